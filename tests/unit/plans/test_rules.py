"""The plan's hard rules, on the example briefs and on briefs written for these tests."""

from decimal import Decimal

import pytest

from assistant.llm.engine import Engine
from assistant.planning import Methodology, ProgramBrief
from assistant.planning.plan import OfflineComposer, PlanDraftRequest, draft_plan
from assistant.planning.plan.export import to_markdown
from assistant.planning.plan.models import FigureKind, Level, Plan, cited_ids
from assistant.planning.plan.rules import (
    PlanRuleError,
    brief_numbers,
    enforce,
    missing_numbers,
    plan_text,
    presented_as_measured,
)
from tests.plan_fixtures import EXAMPLE_BRIEFS, example_request

SECTOR_BRIEFS = [
    {
        "title": "Lean in de wijkverpleging",
        "language": "nl",
        "methodology": "kirkpatrick",
        "business_goals": [
            {
                "description": "Reistijd per cliëntbezoek omlaag",
                "kpi": "reistijd per bezoek",
                "baseline": "11,5",
                "target": 9,
                "unit": "minuten",
                "deadline": "Q4 2027",
            }
        ],
        "learning_activities": ["Twee workshops van 3,5 uur"],
    },
    {
        "title": "Retail upselling academy",
        "language": "en",
        "participants": 1250,
        "business_goals": [
            {
                "description": "Grow basket value to EUR 42.80 by June 2027",
                "kpi": "basket value",
                "target": "42.80",
                "unit": "EUR",
            }
        ],
        "desired_behaviours": ["Store staff offer one relevant add-on at every checkout"],
        "costs": [{"category": "delivery", "description": "Academy", "amount": "98765.43"}],
        "expected_benefits": [
            {
                "description": "Margin on add-ons",
                "amount": 250000,
                "period": "year",
                "profit_margin_pct": "22.5",
                "attribution_pct": 35,
                "confidence_pct": 80,
                "isolation_method": "control_group",
            }
        ],
    },
    {
        "title": "Cybersecurity awareness",
        "language": "en",
        "methodology": "phillips",
        "desired_behaviours": ["Employees report every suspicious e-mail within 1 hour"],
    },
]


def _plans(composer: OfflineComposer) -> list[Plan]:
    requests = [example_request(name) for name in EXAMPLE_BRIEFS]
    requests += [PlanDraftRequest(brief=ProgramBrief.model_validate(b)) for b in SECTOR_BRIEFS]
    return [draft_plan(request, composer=composer) for request in requests]


@pytest.fixture(scope="module")
def plans(composer: OfflineComposer) -> list[Plan]:
    return _plans(composer)


def test_every_brief_number_appears_unchanged_in_plan_and_markdown(plans: list[Plan]) -> None:
    for plan in plans:
        assert missing_numbers(plan.brief, plan_text(plan), plan.language) == [], plan.title
        assert missing_numbers(plan.brief, to_markdown(plan), plan.language) == [], plan.title


def test_brief_numbers_reads_texts_and_values() -> None:
    brief = ProgramBrief.model_validate(SECTOR_BRIEFS[0])
    tokens, values = brief_numbers(brief)
    assert "3,5" in tokens and "2027" in tokens
    assert Decimal("11.5") in values and Decimal(9) in values


def test_a_dropped_number_is_caught(plans: list[Plan]) -> None:
    plan = plans[0]
    text = plan_text(plan).replace("6.8", "6.9").replace("6,8", "6,9")
    assert "6,8" in missing_numbers(plan.brief, text, plan.language)


def test_every_method_recommendation_cites_an_existing_passage(
    plans: list[Plan], known_chunk_ids: set[str]
) -> None:
    for plan in plans:
        cited = cited_ids(plan)
        assert cited and set(cited) <= known_chunk_ids
        assert {c.chunk_id for c in plan.citations} == set(cited)
        for objective in plan.objectives:
            if objective.origin == "method":
                assert objective.citation_ids
        for citation in plan.citations:
            assert citation.quote.split(" […] ")[0][:40].strip() != ""


def test_enforce_rejects_an_unknown_citation(plans: list[Plan]) -> None:
    with pytest.raises(PlanRuleError, match="unknown passage"):
        enforce(plans[0], exists=lambda chunk_id: False)


def test_nothing_is_presented_as_measured(plans: list[Plan]) -> None:
    for plan in plans:
        assert presented_as_measured(plan) == []
        if plan.roi_forecast is not None:
            assert plan.roi_forecast.label == "forecast"
    results = [o for o in plans[0].objectives if o.level == Level.RESULTS]
    text = results[0].text
    assert "6,8\u00a0% (nulmeting)" in text and "5,5\u00a0% (streefwaarde)" in text
    assert results[0].target is not None and results[0].target.kind is FigureKind.TARGET


def test_a_measured_figure_in_a_draft_breaks_the_rule(plans: list[Plan]) -> None:
    plan = plans[0]
    objective = plan.objectives[-2]
    assert objective.target is not None
    measured = objective.model_copy(
        update={"target": objective.target.model_copy(update={"kind": FigureKind.MEASURED})}
    )
    broken = plan.model_copy(
        update={"objectives": [*plan.objectives[:-2], measured, plan.objectives[-1]]}
    )
    assert presented_as_measured(broken)


def test_same_brief_same_plan(composer: OfflineComposer) -> None:
    first = [p.model_dump_json() for p in _plans(composer)]
    second = [p.model_dump_json() for p in _plans(composer)]
    assert first == second


def test_engine_is_recorded(plans: list[Plan]) -> None:
    assert all(p.engine.engine is Engine.OFFLINE and p.engine.prompt_version for p in plans)


def test_methodologies(plans: list[Plan]) -> None:
    for plan in plans:
        levels = {o.level for o in plan.objectives}
        mp = plan.measurement_plan
        if plan.methodology is Methodology.PHILLIPS:
            assert levels == set(Level) and len(mp.levels) == 5
            assert mp.phillips is not None and mp.kirkpatrick is None
        else:
            assert levels == set(Level) - {Level.ROI} and len(mp.levels) == 4
            assert mp.kirkpatrick is not None and mp.phillips is None
            assert plan.roi_forecast is None
            assert "geen ROI" in mp.kirkpatrick.label or "not an ROI" in mp.kirkpatrick.label


def _break_every_rule(plan: Plan) -> Plan:
    """A plan that lost a brief number, shows a figure as measured and a target without label."""
    activities = [*plan.brief.learning_activities, "Drie sessies van 4,25 uur"]
    brief = plan.brief.model_copy(update={"learning_activities": activities})
    index, objective = next(
        (i, o) for i, o in enumerate(plan.objectives) if o.level is Level.RESULTS and o.target
    )
    assert objective.target is not None and objective.baseline is not None
    changed = objective.model_copy(
        update={
            "baseline": objective.baseline.model_copy(update={"kind": FigureKind.MEASURED}),
            "text": objective.text.replace("(streefwaarde)", ""),
        }
    )
    objectives = [*plan.objectives[:index], changed, *plan.objectives[index + 1 :]]
    return plan.model_copy(update={"brief": brief, "objectives": objectives})


def test_broken_rules_are_named_in_dutch_and_english(plans: list[Plan]) -> None:
    broken = _break_every_rule(plans[0])
    with pytest.raises(PlanRuleError) as raised:
        enforce(broken, exists=lambda chunk_id: False)
    dutch, english = raised.value.detail_in("nl"), raised.value.detail_in("en")
    assert dutch.startswith("Het opgestelde plan voldoet niet aan een harde regel: ")
    for sentence in (
        "het getal 4,25 uit de briefing ontbreekt",
        "die niet in de kennisbank staat",
        "staat als gemeten waarde",
        "de streefwaarde staat zonder aanduiding in de tekst",
    ):
        assert sentence in dutch
    for english_only in ("cites", "missing", "kind 'measured'", "without its label"):
        assert english_only not in dutch
    assert english.startswith("The drafted plan breaks a hard rule: ")
    for sentence in (
        "number 4,25 from the brief is missing",
        "cites unknown passage",
        "kind 'measured'",
        "target without its label",
    ):
        assert sentence in english
    assert str(raised.value) == english  # logs and the CLI keep the English text
    fields = {problem.pointer: problem.message_in("nl") for problem in raised.value.fields}
    assert any(pointer.endswith("/baseline") for pointer in fields)
