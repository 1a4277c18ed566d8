"""Properties that must hold for any input, checked with hypothesis."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.roi import RoiInput, compute_roi

D = Decimal
ROUNDING_SLACK = D("0.505")  # bcr has 2 places (x100 = +-0.5), roi_pct 2 places (+-0.005)

money = st.decimals(min_value=D("0.01"), max_value=D("1000000"), places=2)
percent = st.decimals(min_value=D(0), max_value=D(100), places=2)
factor = st.decimals(min_value=D(0), max_value=D(1), places=3)

cost_lines = st.fixed_dictionaries(
    {
        "category": st.sampled_from(["delivery", "participant_time", "overhead"]),
        "description": st.just("cost"),
        "amount": money,
    },
    optional={"per_participant": st.booleans(), "prorate_pct": percent.filter(bool)},
)
benefit_lines = st.fixed_dictionaries(
    {
        "description": st.just("benefit"),
        "amount": money,
        "period": st.sampled_from(["year", "month", "week", "day", "once"]),
        "isolation_method": st.sampled_from(["control_group", "participant_estimate", "none"]),
    },
    optional={
        "per_participant": st.booleans(),
        "profit_margin_pct": percent,
        "attribution_pct": percent,
        "confidence_pct": percent,
        "adjustments": st.lists(
            st.fixed_dictionaries({"factor": factor, "reason": st.just("r")}), max_size=2
        ),
    },
)
responses = st.lists(
    st.fixed_dictionaries(
        {"annual_value": money, "attribution_pct": percent, "confidence_pct": percent}
    ),
    max_size=5,
)
inputs = st.fixed_dictionaries(
    {
        "participants": st.integers(min_value=1, max_value=500),
        "costs": st.lists(cost_lines, min_size=1, max_size=4),
        "benefits": st.lists(benefit_lines, max_size=4),
    },
    optional={
        "benefit_years": st.integers(min_value=1, max_value=5),
        "discount_rate_pct": percent,
        "respondents": responses.map(lambda r: {"population": 5, "responses": r}),
    },
)


def _scaled(data: dict[str, Any], k: Decimal) -> dict[str, Any]:
    """Every money amount multiplied by ``k``; counts, percentages and factors kept."""
    scaled = {**data}
    scaled["costs"] = [{**line, "amount": line["amount"] * k} for line in data["costs"]]
    scaled["benefits"] = [{**line, "amount": line["amount"] * k} for line in data["benefits"]]
    if "respondents" in data:
        answers = data["respondents"]["responses"]
        scaled["respondents"] = {
            "population": 5,
            "responses": [{**a, "annual_value": a["annual_value"] * k} for a in answers],
        }
    return scaled


@settings(max_examples=300, deadline=None)
@given(inputs)
def test_roi_is_bcr_minus_1_times_100_within_rounding(data: dict[str, Any]) -> None:
    result = compute_roi(RoiInput.model_validate(data))
    assert abs(result.roi_pct - (result.bcr - 1) * 100) <= ROUNDING_SLACK


@settings(max_examples=300, deadline=None)
@given(inputs, st.decimals(min_value=D("0.01"), max_value=D(1000), places=2))
def test_scaling_every_amount_by_k_leaves_roi_unchanged(data: dict[str, Any], k: Decimal) -> None:
    original = compute_roi(RoiInput.model_validate(data))
    scaled = compute_roi(RoiInput.model_validate(_scaled(data, k)))
    assert scaled.roi_pct == original.roi_pct
    assert scaled.bcr == original.bcr


@settings(max_examples=300, deadline=None)
@given(inputs, cost_lines)
def test_adding_a_cost_never_raises_roi(data: dict[str, Any], extra: dict[str, Any]) -> None:
    before = compute_roi(RoiInput.model_validate(data))
    after = compute_roi(RoiInput.model_validate({**data, "costs": [*data["costs"], extra]}))
    assert after.roi_pct <= before.roi_pct
    assert after.total_costs >= before.total_costs


@settings(max_examples=300, deadline=None)
@given(inputs.filter(lambda d: d["benefits"]), factor, st.data())
def test_an_adjustment_factor_of_at_most_1_never_raises_benefits(
    data: dict[str, Any], extra: Decimal, draw: st.DataObject
) -> None:
    index = draw.draw(st.integers(min_value=0, max_value=len(data["benefits"]) - 1))
    benefits = [dict(line) for line in data["benefits"]]
    line = benefits[index]
    line["adjustments"] = [*line.get("adjustments", []), {"factor": extra, "reason": "p"}]
    before = compute_roi(RoiInput.model_validate(data))
    after = compute_roi(RoiInput.model_validate({**data, "benefits": benefits}))
    assert after.total_benefits <= before.total_benefits
    assert (
        after.lines[len(data["costs"]) + index].value
        <= before.lines[len(data["costs"]) + index].value
    )


@settings(max_examples=200, deadline=None)
@given(inputs)
def test_every_line_ends_at_its_value_and_steps_chain(data: dict[str, Any]) -> None:
    for line in compute_roi(RoiInput.model_validate(data)).lines:
        assert line.steps[-1].value_after == line.value
        for previous, step in zip(line.steps, line.steps[1:], strict=False):
            assert step.value_before == previous.value_after
