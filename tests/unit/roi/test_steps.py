"""Each step of the calculation, one table per step."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from assistant.roi import RoiLine, StepKind, compute_roi
from tests.unit.roi.builders import benefit, cost, roi_input, time_cost

D = Decimal


def _benefit_line(participants: int = 1, **fields: Any) -> RoiLine:
    result = compute_roi(roi_input(participants=participants, benefits=[benefit(**fields)]))
    return result.lines[-1]


@pytest.mark.parametrize(
    ("period", "periods_per_year", "annual"),
    [
        ("year", None, "100.00"),
        ("month", None, "1200.00"),
        ("week", None, "5200.00"),
        ("day", None, "26000.00"),
        ("once", None, "100.00"),
        ("week", 48, "4800.00"),
        ("day", 220, "22000.00"),
        ("month", "10.5", "1050.00"),
    ],
)
def test_annual_value_is_amount_times_periods_per_year(
    period: str, periods_per_year: Any, annual: str
) -> None:
    extra = {} if periods_per_year is None else {"periods_per_year": periods_per_year}
    line = _benefit_line(amount=100, period=period, **extra)
    step = line.steps[1]
    assert step.kind is StepKind.ANNUALISE
    assert step.value_after == D(annual)
    assert line.value == D(annual)


@pytest.mark.parametrize(
    ("fields", "value"),
    [
        ({}, "1000.00"),
        ({"per_participant": True}, "30000.00"),
        ({"profit_margin_pct": 25}, "250.00"),
        ({"attribution_pct": 50}, "500.00"),
        ({"confidence_pct": 80}, "800.00"),
        ({"adjustments": [{"factor": "0.9", "reason": "r"}]}, "900.00"),
        (
            {"adjustments": [{"factor": "0.5", "reason": "a"}, {"factor": "0.5", "reason": "b"}]},
            "250.00",
        ),
        ({"attribution_pct": 0}, "0.00"),
        (
            {
                "per_participant": True,
                "profit_margin_pct": 25,
                "attribution_pct": 50,
                "confidence_pct": 80,
                "adjustments": [{"factor": "0.9", "reason": "r"}],
            },
            "2700.00",  # 1000 x 30 x 25% x 50% x 80% x 0.9
        ),
    ],
)
def test_each_benefit_factor_multiplies_the_annual_value(
    fields: dict[str, Any], value: str
) -> None:
    assert _benefit_line(participants=30, amount=1000, **fields).value == D(value)


def test_benefit_steps_come_in_the_prescribed_order() -> None:
    line = _benefit_line(
        participants=2,
        quantity=3,
        unit_value=10,
        period="month",
        per_participant=True,
        profit_margin_pct=40,
        attribution_pct=50,
        confidence_pct=75,
        adjustments=[{"factor": "0.9", "reason": "x"}, {"factor": "0.8", "reason": "y"}],
    )
    assert [step.kind for step in line.steps] == [
        StepKind.BASE,
        StepKind.ANNUALISE,
        StepKind.PARTICIPANTS,
        StepKind.PROFIT_MARGIN,
        StepKind.ATTRIBUTION,
        StepKind.CONFIDENCE,
        StepKind.ADJUSTMENT,
        StepKind.ADJUSTMENT,
    ]
    assert [step.factor for step in line.steps] == [
        D(3),
        D(12),
        D(2),
        D("0.4"),
        D("0.5"),
        D("0.75"),
        D("0.9"),
        D("0.8"),
    ]
    for previous, step in zip(line.steps, line.steps[1:], strict=False):
        assert step.value_before == previous.value_after
    assert line.steps[-1].value_after == line.value == D("77.76")  # 360x2x.4x.5x.75x.9x.8
    assert line.steps[2].formula == "360.00 × 2 (participants) = 720.00"
    assert "(adjustment: y)" in line.steps[-1].formula


@pytest.mark.parametrize(
    ("amount", "per_participant", "participants", "prorate_pct", "value"),
    [
        (1000, False, 10, 100, "1000.00"),
        (100, True, 10, 100, "1000.00"),
        (100, True, 10, 50, "500.00"),
        (1000, False, 0, 25, "250.00"),
        ("99.99", True, 3, "33.33", "99.98"),  # 299.97 x 33.33% = 99.980001
    ],
)
def test_cost_line_is_amount_times_participants_times_prorate_share(
    amount: Any, per_participant: bool, participants: int, prorate_pct: Any, value: str
) -> None:
    line = cost(amount, per_participant=per_participant, prorate_pct=prorate_pct)
    result = compute_roi(roi_input(participants=participants, costs=[line, time_cost(1)]))
    assert result.lines[0].value == D(value)
    assert result.lines[0].steps[-1].kind is StepKind.PRORATE


@pytest.mark.parametrize(
    ("years", "rate", "total"),
    [
        (1, None, "1000.00"),
        (1, 10, "1000.00"),
        (3, None, "3000.00"),
        (3, 0, "3000.00"),
        (2, 10, "1909.09"),  # 1000 + 1000 / 1.1
        (3, 5, "2859.41"),  # 1000 + 1000 / 1.05 + 1000 / 1.05^2
        (5, 100, "1937.50"),  # 1000 x (1 + 1/2 + 1/4 + 1/8 + 1/16)
    ],
)
def test_benefit_years_add_present_values_of_years_2_to_n(
    years: int, rate: Any, total: str
) -> None:
    extra = {} if rate is None else {"discount_rate_pct": rate}
    result = compute_roi(roi_input(benefit_years=years, long_term=True, **extra))
    assert result.total_benefits == D(total)
    assert result.first_year_benefits == D("1000.00")


def test_a_one_off_benefit_is_counted_in_year_1_only() -> None:
    result = compute_roi(
        roi_input(
            benefit_years=3, long_term=True, benefits=[benefit(500, period="once"), benefit()]
        )
    )
    assert result.total_benefits == D("3500.00")
    assert result.lines[1].steps[-1].kind is StepKind.BENEFIT_YEARS
    assert result.lines[1].steps[-1].factor == 1


@pytest.mark.parametrize(
    ("costs", "first_year", "payback"),
    [
        ("300", "900", "4.0"),
        ("22500", "90000", "3.0"),
        ("1", "240", "0.1"),
        ("1000", "1", "12000.0"),
    ],
)
def test_payback_months_is_costs_over_first_year_benefits_times_12(
    costs: str, first_year: str, payback: str
) -> None:
    result = compute_roi(roi_input(costs=[cost(costs)], benefits=[benefit(first_year)]))
    assert result.payback_months == D(payback)


def test_payback_uses_first_year_benefits_not_the_multi_year_total() -> None:
    result = compute_roi(roi_input(costs=[cost(600)], benefit_years=3, long_term=True))
    assert result.payback_months == D("7.2")  # 600 / 1000 x 12


def test_no_benefits_mean_no_payback_and_no_margin() -> None:
    result = compute_roi(roi_input(benefits=[]))
    assert result.payback_months is None
    assert result.break_even.benefit_margin_pct is None
    assert result.break_even.benefit_rise_pct is None
    assert (result.roi_pct, result.bcr) == (D("-100.00"), D("0.00"))


@pytest.mark.parametrize(
    ("costs", "benefits", "margin"),
    [
        ("22500", "90000", "75.00"),  # 67,500 / 90,000
        ("100", "100", "0.00"),
        ("300", "900", "66.67"),  # 600 / 900 = 66.666...
    ],
)
def test_break_even_margin_is_how_far_benefits_may_fall(
    costs: str, benefits: str, margin: str
) -> None:
    result = compute_roi(roi_input(costs=[cost(costs)], benefits=[benefit(benefits)]))
    assert result.break_even.benefit_margin_pct == D(margin)
    assert result.break_even.benefit_rise_pct is None
    assert result.break_even.benefits_needed == D(costs).quantize(D("0.01"))


@pytest.mark.parametrize(
    ("costs", "benefits", "rise"),
    [
        ("200", "100", "100.00"),  # 100 more on 100
        ("1000", "280.9", "256.00"),  # 719.1 / 280.9 = 2.56
        ("900", "300", "200.00"),
        ("35612.5", "1000", "3461.25"),  # the "may fall -3,461.25%"
        ("100", "30", "233.34"),  # 233.333...: rounded up, so the rise always suffices
        ("100", "99.99", "0.02"),  # 0.0100...: a rise of 0.01% would fall just short
    ],
)
def test_break_even_on_a_loss_is_how_far_benefits_must_rise(
    costs: str, benefits: str, rise: str
) -> None:
    result = compute_roi(roi_input(costs=[cost(costs)], benefits=[benefit(benefits)]))
    assert result.break_even.benefit_rise_pct == D(rise)
    assert result.break_even.benefit_margin_pct is None
    assert result.roi_pct < 0
    assert D(benefits) * (1 + D(rise) / 100) >= D(costs)


@pytest.mark.parametrize(
    ("costs", "benefits", "field", "expected"),
    [
        ("8000", "8010", "roi_pct", "0.13"),  # exactly 0.125: half-up, not half-even
        ("200", "201", "bcr", "1.01"),  # exactly 1.005
        ("1", "240", "payback_months", "0.1"),  # exactly 0.05
        ("1", "0.005", "total_benefits", "0.01"),
        ("1", "0.015", "total_benefits", "0.02"),
    ],
)
def test_final_figures_round_half_up(costs: str, benefits: str, field: str, expected: str) -> None:
    result = compute_roi(roi_input(costs=[cost(costs)], benefits=[benefit(benefits)]))
    assert getattr(result, field) == D(expected)


def test_rounding_happens_only_at_the_end() -> None:
    # three lines of 0.004 each: 0.012 in total; rounding each line first would give 0.00
    result = compute_roi(roi_input(costs=[cost(1)], benefits=[benefit("0.004")] * 3))
    assert result.total_benefits == D("0.01")
    assert [line.value for line in result.lines[1:]] == [D("0.00")] * 3
    assert result.roi_pct == D("-98.80")  # (0.012 - 1) / 1 x 100


def _respondents(population: int) -> dict[str, Any]:
    return {
        "population": population,
        "responses": [
            {"annual_value": 10000, "attribution_pct": 50, "confidence_pct": 80},
            {"annual_value": 5000, "attribution_pct": 100, "confidence_pct": 50},
            {
                "annual_value": 8000,
                "attribution_pct": 50,
                "confidence_pct": 50,
                "exclude_reason": "left",
            },
        ],
    }


@pytest.mark.parametrize("population", [3, 10, 1000])
def test_respondents_sum_their_adjusted_estimates_and_non_respondents_count_zero(
    population: int,
) -> None:
    result = compute_roi(roi_input(benefits=[], respondents=_respondents(population)))
    assert result.total_benefits == D("6500.00")  # 10000x50%x80% + 5000x100%x50%, never scaled up
    assert result.respondents is not None
    assert result.respondents.model_dump() == {
        "population": population,
        "responded": 3,
        "included": 2,
        "excluded": 1,
        "non_respondents": population - 3,
    }
    line = result.lines[-1]
    assert line.pointer == "/respondents"
    assert [step.kind for step in line.steps] == [
        StepKind.BASE,
        StepKind.RESPONDENT,
        StepKind.RESPONDENT,
        StepKind.EXCLUDED,
        StepKind.NON_RESPONDENTS,
    ]
    assert f"{population - 3} × 0" in line.steps[-1].formula


def test_excluded_responses_are_listed_with_their_reason_and_pointer() -> None:
    result = compute_roi(roi_input(respondents=_respondents(10)))
    assert [item.model_dump() for item in result.excluded_responses] == [
        {"pointer": "/respondents/responses/2", "annual_value": D("8000"), "reason": "left"}
    ]
    assert result.total_benefits == D("7500.00")  # plus the 1000 benefit line


def test_respondent_benefits_also_run_over_the_benefit_years() -> None:
    result = compute_roi(
        roi_input(benefits=[], respondents=_respondents(10), benefit_years=2, long_term=True)
    )
    assert (result.first_year_benefits, result.total_benefits) == (D("6500.00"), D("13000.00"))


def test_the_input_and_intangibles_are_echoed() -> None:
    data = roi_input(intangibles=["Beter teamwerk"], program="P", label="forecast")
    result = compute_roi(data)
    assert result.input == data
    assert result.intangibles == ["Beter teamwerk"]
    assert (result.program, result.label, result.currency) == ("P", "forecast", "EUR")


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_formulas_are_worded_in_the_requested_language(lang: Any) -> None:
    result = compute_roi(
        roi_input(participants=2, costs=[cost(5, per_participant=True)]), lang=lang
    )
    word = {"en": "participants", "nl": "deelnemers"}[lang]
    assert result.lines[0].steps[1].formula == f"5.00 × 2 ({word}) = 10.00"
