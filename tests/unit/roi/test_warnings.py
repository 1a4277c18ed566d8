"""The six Phillips guiding-principle warnings: when each fires, and its texts."""

from __future__ import annotations

import re
from typing import Any

import pytest

from assistant.roi import IsolationMethod, WarningCode, compute_roi
from assistant.roi.texts import LANGS
from assistant.roi.warnings import TEXTS
from tests.unit.roi.builders import benefit, cost, roi_input, time_cost

ESTIMATES = [
    "participant_estimate",
    "supervisor_estimate",
    "management_estimate",
    "expert_estimate",
    "customer_input",
]


def _warnings(**fields: Any) -> list[tuple[WarningCode, str | None]]:
    fields.setdefault("costs", [cost(), time_cost()])
    return [(w.code, w.pointer) for w in compute_roi(roi_input(**fields)).warnings]


def test_a_clean_input_has_no_warnings() -> None:
    assert _warnings() == []


@pytest.mark.parametrize(
    ("costs", "fires"),
    [
        ([cost()], True),
        ([cost(), cost(category="overhead")], True),
        ([cost(), time_cost()], False),
        ([time_cost(0), cost()], False),
    ],
)
def test_costs_without_participant_time_are_not_fully_loaded(
    costs: list[dict[str, Any]], fires: bool
) -> None:
    found = (WarningCode.COSTS_NOT_FULLY_LOADED, "/costs") in _warnings(costs=costs)
    assert found is fires


@pytest.mark.parametrize(
    ("method", "confidence", "fires"),
    [*((m, 100, True) for m in ESTIMATES), *((m, 90, False) for m in ESTIMATES)]
    + [("control_group", 100, False), ("trend_line", 100, False), ("forecasting", 100, False)],
)
def test_an_estimate_without_confidence_adjustment_is_flagged(
    method: str, confidence: int, fires: bool
) -> None:
    line = benefit(isolation_method=method, confidence_pct=confidence)
    found = (WarningCode.ESTIMATE_WITHOUT_CONFIDENCE, "/benefits/0") in _warnings(benefits=[line])
    assert found is fires


@pytest.mark.parametrize("method", [m.value for m in IsolationMethod])
def test_only_isolation_method_none_is_flagged_as_not_isolated(method: str) -> None:
    lines = [benefit(), benefit(isolation_method=method, confidence_pct=80)]
    found = (WarningCode.NO_ISOLATION, "/benefits/1") in _warnings(benefits=lines)
    assert found is (method == "none")


@pytest.mark.parametrize(
    ("years", "long_term", "fires"),
    [(1, False, False), (2, False, True), (5, False, True), (2, True, False), (1, True, False)],
)
def test_multi_year_benefits_need_a_long_term_programme(
    years: int, long_term: bool, fires: bool
) -> None:
    found = (WarningCode.MULTI_YEAR_NOT_LONG_TERM, "/benefit_years") in _warnings(
        benefit_years=years, long_term=long_term
    )
    assert found is fires


@pytest.mark.parametrize(
    ("benefits", "fires"),
    [("2200", False), ("2200.001", False), ("2200.02", True), ("100000", True)],
)
def test_roi_above_1000_pct_is_not_credible(benefits: str, fires: bool) -> None:
    # costs 200: 2200 is exactly 1,000 %; 2200.001 is 1,000.0005 %, reported as 1,000.00 %
    found = (WarningCode.ROI_NOT_CREDIBLE, None) in _warnings(
        costs=[cost(100), time_cost(100)], benefits=[benefit(benefits)]
    )
    assert found is fires


def _responses(*values: int, excluded: int | None = None) -> dict[str, Any]:
    return {
        "population": 10,
        "responses": [
            {
                "annual_value": value,
                "attribution_pct": 50,
                "confidence_pct": 50,
                **({"exclude_reason": "outlier"} if index == excluded else {}),
            }
            for index, value in enumerate(values)
        ],
    }


@pytest.mark.parametrize(
    ("respondents", "flagged"),
    [
        (_responses(100, 100, 300), []),
        (_responses(100, 100, 301), ["/respondents/responses/2"]),
        (_responses(100, 200, 301, 1000), ["/respondents/responses/3"]),  # median 250.5
        (_responses(100, 100, 5000, excluded=2), []),  # excluded: listed, not flagged
        (_responses(0, 0, 1), ["/respondents/responses/2"]),
        (_responses(5000), []),
    ],
)
def test_respondent_values_over_3x_the_median_are_flagged_not_excluded(
    respondents: dict[str, Any], flagged: list[str]
) -> None:
    found = _warnings(respondents=respondents)
    assert [p for code, p in found if code is WarningCode.EXTREME_RESPONDENT_VALUE] == flagged


def test_every_warning_has_a_one_line_text_in_dutch_and_english() -> None:
    assert set(TEXTS) == set(WarningCode)
    for texts in TEXTS.values():
        assert set(texts) == set(LANGS)
        assert texts["nl"] != texts["en"]
        assert all(text and "\n" not in text for text in texts.values())


@pytest.mark.parametrize("lang", LANGS)
def test_warnings_are_worded_in_the_requested_language(lang: Any) -> None:
    result = compute_roi(roi_input(benefits=[benefit(isolation_method="none")]), lang=lang)
    assert [w.message for w in result.warnings] == [
        TEXTS[WarningCode.COSTS_NOT_FULLY_LOADED][lang],
        TEXTS[WarningCode.NO_ISOLATION][lang],
    ]


def test_warnings_say_it_in_words_and_name_a_field_only_in_brackets() -> None:
    """Advisors read these in the chat and on the page: a field name such as participant_time
    may follow in brackets for API users, never stand in for the words."""
    for texts in TEXTS.values():
        for text in texts.values():
            outside_brackets = re.sub(r"\([^)]*\)", "", text)
            assert not re.search(r"\b[a-z]+_[a-z_]+\b", outside_brackets), text
