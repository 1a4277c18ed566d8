"""``POST /v1/roi``: the Phillips ROI calculator over HTTP."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Query

from assistant.roi import Lang, RoiInput, RoiResult, compute_roi
from assistant.roi.example import example_input, example_payload

router = APIRouter(tags=["roi"])

_EXAMPLES: dict[str, Any] = {
    "customer_service": {
        "summary": "A complete example (the same as `evalassist roi example`)",
        "value": example_payload("en"),
    },
    "article_22500": {
        "summary": "Minimal: a 22,500 programme that brings 90,000 extra revenue (ROI 300%)",
        "value": {
            "participants": 10,
            "costs": [{"category": "delivery", "description": "Programme", "amount": 22500}],
            "benefits": [
                {
                    "description": "Extra revenue",
                    "amount": 90000,
                    "period": "once",
                    "isolation_method": "control_group",
                }
            ],
        },
    },
}


@router.post("/roi")
def post_roi(
    roi_input: Annotated[RoiInput, Body(openapi_examples=_EXAMPLES)],
    lang: Annotated[Lang, Query(description="Language of formulas and warning texts.")] = "en",
) -> RoiResult:
    """Compute a programme's ROI with the Phillips ROI Methodology (level 5).

    Send the fully loaded **costs** and the monetised **benefits** of one programme; get back
    total costs, adjusted total benefits, net benefits, `roi_pct` = net benefits / costs x 100,
    the benefit-cost ratio `bcr`, `payback_months`, `break_even.benefit_margin_pct` (how far
    benefits may fall before ROI turns negative; null when it already is) or
    `break_even.benefit_rise_pct` (how far benefits must rise to break even, rounded up; set only
    when ROI is negative), and every cost and benefit line with each step (factor, value before
    and after, formula), so the figure can be checked by hand.

    Each benefit line is annualised (`period`: year, month x 12, week x 52, day x 260, once;
    `periods_per_year` overrides), then multiplied by participants (if `per_participant`), profit
    margin (if given), `attribution_pct` (isolation of the programme's effect),
    `confidence_pct` (error adjustment of estimates) and each adjustment factor. With
    `respondents`, each response adds value x attribution x confidence; people who did not
    respond count as zero, and responses with an `exclude_reason` are listed, not counted.
    With `benefit_years` > 1 each year's benefits are added, at present value from year 2
    when `discount_rate_pct` is given.

    Numbers may be JSON numbers or numeric strings (send strings for more than 15 significant
    digits); results are decimal strings rounded half-up at the end (money and `roi_pct` to
    2 places, `payback_months` to 1). `warnings` name the Phillips guiding principles the input
    strains (costs not fully loaded, no isolation, unadjusted estimates, multi-year benefits
    for a short programme, ROI above 1,000%, extreme respondent values); `intangibles` are
    reported, never monetised. Invalid input, including total costs of 0, is a 422
    problem+json whose `errors[].pointer` locates each offending field.
    """
    return compute_roi(roi_input, lang=lang)


@router.get("/roi/example")
def get_roi_example(
    lang: Annotated[Lang, Query(description="Language of the example's descriptions.")] = "en",
) -> RoiInput:
    """A complete, valid input showing every feature (the same as `evalassist roi example`)."""
    return example_input(lang)
