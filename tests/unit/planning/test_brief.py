from decimal import Decimal
from typing import Any

import pytest
from pydantic import ValidationError

from assistant.planning import Methodology, ProgramBrief
from assistant.planning.lines import BenefitLine
from assistant.text.language import Language
from assistant.text.periods import DurationUnit

GOAL = {"description": "Verzuim van 6% naar 4,5%", "baseline": "6", "target": "4,5", "unit": "%"}


def test_minimal_brief_with_a_goal() -> None:
    brief = ProgramBrief.model_validate({"title": "Leiderschap", "business_goals": [GOAL]})
    assert brief.methodology is Methodology.PHILLIPS
    assert brief.language is Language.NL
    assert brief.business_goals[0].target == Decimal("4.5")


def test_minimal_brief_with_a_behaviour_detects_english() -> None:
    brief = ProgramBrief.model_validate(
        {"title": "Service", "desired_behaviours": ["Agents summarise the question first"]}
    )
    assert brief.language is Language.EN


@pytest.mark.parametrize(
    ("data", "pointer"),
    [
        ({"business_goals": [GOAL]}, "/title"),
        ({"title": "X"}, "/"),
        ({"title": "X", "business_goals": [GOAL], "budget": 1}, "/budget"),
        ({"title": "X", "business_goals": [{"kpi": "NPS"}]}, "/business_goals/0/description"),
        ({"title": "X", "business_goals": [GOAL], "participants": -1}, "/participants"),
        ({"title": "X", "business_goals": [GOAL], "language": "de"}, "/language"),
        ({"title": "X", "business_goals": [GOAL], "methodology": "roi"}, "/methodology"),
        ({"title": "X", "business_goals": [GOAL], "duration": "soon"}, "/duration"),
        ({"title": "X", "business_goals": [GOAL], "start_date": "someday"}, "/start_date"),
        (
            {"title": "X", "business_goals": [{**GOAL, "deadline": "later"}]},
            "/business_goals/0/deadline",
        ),
    ],
)
def test_invalid_briefs_name_the_field(data: dict[str, Any], pointer: str) -> None:
    with pytest.raises(ValidationError) as error:
        ProgramBrief.model_validate(data)
    locations = ["/" + "/".join(str(p) for p in e["loc"]) for e in error.value.errors()]
    assert any(loc.startswith(pointer) for loc in locations), locations


def test_missing_goal_message_is_clear() -> None:
    with pytest.raises(ValidationError, match="at least one business goal"):
        ProgramBrief.model_validate({"title": "X"})


def test_strings_are_parsed() -> None:
    brief = ProgramBrief.model_validate(
        {
            "title": "X",
            "business_goals": [{**GOAL, "deadline": "Q3 2027"}],
            "duration": "twee dagen",
            "start_date": "2026-09-01",
        }
    )
    assert brief.duration is not None and brief.duration.unit is DurationUnit.DAY
    assert brief.business_goals[0].deadline is not None
    assert brief.business_goals[0].deadline.quarter == 3
    assert brief.start_date is not None and brief.start_date.day == 1


def test_round_trip() -> None:
    brief = ProgramBrief.model_validate(
        {"title": "X", "business_goals": [{**GOAL, "deadline": "binnen 12 maanden"}]}
    )
    assert ProgramBrief.model_validate_json(brief.model_dump_json()) == brief


@pytest.mark.parametrize(
    "line",
    [
        {"description": "x", "period": "year", "isolation_method": "none"},
        {
            "description": "x",
            "amount": 1,
            "quantity": 1,
            "unit_value": 1,
            "period": "year",
            "isolation_method": "none",
        },
        {"description": "x", "quantity": 1, "period": "year", "isolation_method": "none"},
    ],
)
def test_benefit_line_needs_one_way_to_a_value(line: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        BenefitLine.model_validate(line)
