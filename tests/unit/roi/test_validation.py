"""Bad input is refused with a message that names the field (as a JSON pointer)."""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

import pytest
from pydantic import ValidationError

from assistant.errors import InvalidInputError, invalid_input
from assistant.roi import RoiInput, compute_roi
from assistant.roi.numbers import to_decimal
from tests.unit.roi.builders import benefit, cost, payload, roi_input

D = Decimal


def _full_payload() -> dict[str, Any]:
    return payload(
        benefits=[
            benefit(quantity=2, unit_value=3, adjustments=[{"factor": "0.9", "reason": "r"}])
        ],
        respondents={
            "population": 5,
            "responses": [{"annual_value": 100, "attribution_pct": 50, "confidence_pct": 50}],
        },
    )


def _set(data: dict[str, Any], path: str, value: Any) -> None:
    *parents, last = path.strip("/").split("/")
    target: Any = data
    for part in parents:
        target = target[int(part)] if isinstance(target, list) else target[part]
    if value is _DELETE:
        del target[last]
    else:
        target[last] = value


_DELETE = object()


def _pointers(data: dict[str, Any]) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        RoiInput.model_validate(data)
    return [problem.pointer for problem in invalid_input(caught.value).fields]


@pytest.mark.parametrize(
    ("path", "value", "pointer"),
    [
        ("/costs/0/amount", -1, "/costs/0/amount"),
        ("/costs/0/amount", "-0.01", "/costs/0/amount"),
        ("/costs/0/amount", 10**15, "/costs/0/amount"),
        ("/costs/0/amount", "1e15", "/costs/0/amount"),
        ("/costs/0/amount", 1e300, "/costs/0/amount"),
        ("/costs/0/amount", "NaN", "/costs/0/amount"),
        ("/costs/0/amount", "Infinity", "/costs/0/amount"),
        ("/costs/0/amount", "-inf", "/costs/0/amount"),
        ("/costs/0/amount", float("nan"), "/costs/0/amount"),
        ("/costs/0/amount", float("inf"), "/costs/0/amount"),
        ("/costs/0/amount", "twelve", "/costs/0/amount"),
        ("/costs/0/amount", "", "/costs/0/amount"),
        ("/costs/0/amount", True, "/costs/0/amount"),
        ("/costs/0/amount", None, "/costs/0/amount"),
        ("/costs/0/amount", "0." + "1" * 25, "/costs/0/amount"),
        ("/costs/0/amount", _DELETE, "/costs/0/amount"),
        ("/costs/0/prorate_pct", 101, "/costs/0/prorate_pct"),
        ("/costs/0/prorate_pct", "-0.5", "/costs/0/prorate_pct"),
        ("/costs/0/category", "marketing", "/costs/0/category"),
        ("/costs/0/description", "", "/costs/0/description"),
        ("/costs/0/colour", "red", "/costs/0/colour"),
        ("/benefits/0/attribution_pct", "100.01", "/benefits/0/attribution_pct"),
        ("/benefits/0/confidence_pct", -1, "/benefits/0/confidence_pct"),
        ("/benefits/0/profit_margin_pct", 150, "/benefits/0/profit_margin_pct"),
        ("/benefits/0/quantity", 10**15, "/benefits/0/quantity"),
        ("/benefits/0/unit_value", -5, "/benefits/0/unit_value"),
        ("/benefits/0/unit_value", _DELETE, "/benefits/0/unit_value"),
        ("/benefits/0/quantity", _DELETE, "/benefits/0/quantity"),
        ("/benefits/0/amount", 5, "/benefits/0/amount"),
        ("/benefits/0/period", "hour", "/benefits/0/period"),
        ("/benefits/0/periods_per_year", 0, "/benefits/0/periods_per_year"),
        ("/benefits/0/periods_per_year", 12, "/benefits/0/periods_per_year"),  # period is year
        ("/benefits/0/isolation_method", _DELETE, "/benefits/0/isolation_method"),
        ("/benefits/0/isolation_method", "gut_feeling", "/benefits/0/isolation_method"),
        ("/benefits/0/adjustments/0/factor", "-0.1", "/benefits/0/adjustments/0/factor"),
        ("/benefits/0/adjustments/0/reason", _DELETE, "/benefits/0/adjustments/0/reason"),
        ("/respondents/population", 0, "/respondents/population"),
        (
            "/respondents/responses/0/attribution_pct",
            120,
            "/respondents/responses/0/attribution_pct",
        ),
        ("/respondents/responses/0/annual_value", -1, "/respondents/responses/0/annual_value"),
        ("/respondents/population", 0.5, "/respondents/population"),
        ("/currency", "eur", "/currency"),
        ("/currency", "EURO", "/currency"),
        ("/currency", "E1R", "/currency"),
        ("/participants", -1, "/participants"),
        ("/participants", 1.5, "/participants"),
        ("/participants", _DELETE, "/participants"),
        ("/costs", _DELETE, "/costs"),
        ("/benefit_years", 0, "/benefit_years"),
        ("/discount_rate_pct", 101, "/discount_rate_pct"),
        ("/label", "guess", "/label"),
        ("/intangibles", [""], "/intangibles/0"),
        ("/roi", 300, "/roi"),
    ],
)
def test_bad_fields_are_refused_with_their_pointer(path: str, value: Any, pointer: str) -> None:
    data = copy.deepcopy(_full_payload())
    _set(data, path, value)
    assert pointer in _pointers(data)


def test_a_benefit_line_without_amount_or_quantity_x_unit_value_is_refused() -> None:
    line = benefit()
    del line["amount"]
    data = payload(benefits=[line])
    assert _pointers(data) == ["/benefits/0/amount"]
    with pytest.raises(ValidationError) as caught:
        RoiInput.model_validate(data)
    assert "quantity and unit_value" in invalid_input(caught.value).detail


def test_more_responses_than_the_population_is_refused() -> None:
    answer = {"annual_value": 1, "attribution_pct": 1, "confidence_pct": 1}
    data = payload(respondents={"population": 1, "responses": [answer, answer]})
    assert _pointers(data) == ["/respondents/responses"]


def test_the_domain_error_is_one_line_naming_the_field() -> None:
    data = payload(costs=[cost(-5)])
    with pytest.raises(ValidationError) as caught:
        RoiInput.model_validate(data)
    error = invalid_input(caught.value, what="ROI input")
    assert error.detail.startswith("Invalid ROI input: /costs/0/amount:")
    assert "\n" not in error.detail
    assert error.status == 422 and error.exit_code == 2


@pytest.mark.parametrize(
    "costs",
    [
        [],
        [cost(0)],
        [cost(0), cost("0.00")],
        [cost(100, per_participant=True)],
        [cost(100, prorate_pct=0)],
    ],
)
def test_total_costs_of_zero_is_refused_naming_costs(costs: list[dict[str, Any]]) -> None:
    with pytest.raises(InvalidInputError) as caught:
        compute_roi(roi_input(participants=0, costs=costs))
    assert [problem.pointer for problem in caught.value.fields] == ["/costs"]
    assert caught.value.detail.startswith("/costs: total costs are 0")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (300, "300"),
        ("300", "300"),
        ("300.00", "300.00"),
        (" 300 ", "300"),
        ("3e2", "3E+2"),
        (300.5, "300.5"),
        (0.1, "0.1"),
        (D("0.1234567890123456789"), "0.1234567890123456789"),
        ("999999999999999.99", "999999999999999.99"),
    ],
)
def test_numbers_arrive_as_exact_decimals(raw: Any, expected: str) -> None:
    value = to_decimal(raw)
    assert isinstance(value, Decimal)
    assert str(value) == expected


def test_a_float_is_converted_through_its_shortest_text_not_its_binary_value() -> None:
    assert to_decimal(0.1) == D("0.1") != D(0.1)
    line = RoiInput.model_validate(payload(costs=[cost(0.1)])).costs[0]
    assert line.amount == D("0.1")


def test_numeric_strings_and_numbers_give_the_same_result() -> None:
    as_numbers = compute_roi(
        roi_input(costs=[cost(300)], benefits=[benefit(quantity=0.02, unit_value=45000)])
    )
    as_text = compute_roi(
        roi_input(costs=[cost("300")], benefits=[benefit(quantity="0.02", unit_value="45000")])
    )
    assert as_numbers.model_dump(exclude={"input"}) == as_text.model_dump(exclude={"input"})
