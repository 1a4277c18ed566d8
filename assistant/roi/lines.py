"""Cost and benefit lines, step by step in the order the Phillips methodology prescribes."""

from __future__ import annotations

from decimal import Decimal

from assistant.roi.models import PERIODS_PER_YEAR, BenefitLine, CostLine, Period
from assistant.roi.numbers import plain, show_money
from assistant.roi.results import StepKind
from assistant.roi.texts import Lang, phrase
from assistant.roi.trace import ExactLine, Trace, start_amount
from assistant.roi.years import BenefitYears


def cost_line(cost: CostLine, *, index: int, participants: int, lang: Lang) -> ExactLine:
    """amount [x participants] x prorate share."""
    trace = start_amount(cost.amount, lang=lang)
    if cost.per_participant:
        trace.times(StepKind.PARTICIPANTS, Decimal(participants), str(participants))
    trace.pct(StepKind.PRORATE, cost.prorate_pct)
    return trace.finish(
        first_year=trace.value,
        kind="cost",
        pointer=f"/costs/{index}",
        description=cost.description,
        category=cost.category,
    )


def benefit_line(
    benefit: BenefitLine, *, index: int, participants: int, years: BenefitYears, lang: Lang
) -> ExactLine:
    """Annual value, then participants, profit margin, attribution, confidence, adjustments."""
    trace = _start(benefit, lang=lang)
    periods = benefit.periods_per_year or Decimal(PERIODS_PER_YEAR[benefit.period])
    trace.times(StepKind.ANNUALISE, periods, plain(periods), phrase(benefit.period.value, lang))
    if benefit.per_participant:
        trace.times(StepKind.PARTICIPANTS, Decimal(participants), str(participants))
    if benefit.profit_margin_pct is not None:
        trace.pct(StepKind.PROFIT_MARGIN, benefit.profit_margin_pct)
    trace.pct(StepKind.ATTRIBUTION, benefit.attribution_pct)
    trace.pct(StepKind.CONFIDENCE, benefit.confidence_pct)
    for adjustment in benefit.adjustments:
        trace.times(
            StepKind.ADJUSTMENT, adjustment.factor, plain(adjustment.factor), adjustment.reason
        )
    first_year = trace.value
    apply_years(trace, years, one_off=benefit.period is Period.ONCE)
    return trace.finish(
        first_year=first_year,
        kind="benefit",
        pointer=f"/benefits/{index}",
        description=benefit.description,
        isolation_method=benefit.isolation_method,
    )


def apply_years(trace: Trace, years: BenefitYears, *, one_off: bool = False) -> None:
    """Carry a first-year value over the benefit years (present value when discounted)."""
    if years.count == 1:
        return
    if one_off:
        trace.times(StepKind.BENEFIT_YEARS, Decimal(1), "1", phrase("one_off", trace.lang))
        return
    trace.times(StepKind.BENEFIT_YEARS, years.factor, years.shown, years.describe(trace.lang))


def _start(benefit: BenefitLine, *, lang: Lang) -> Trace:
    if benefit.amount is not None:
        return start_amount(benefit.amount, lang=lang)
    quantity, unit_value = benefit.quantity, benefit.unit_value
    if quantity is None or unit_value is None:  # the model guarantees one of the two forms
        raise ValueError("benefit line without a value")
    start = quantity * unit_value
    formula = (
        f"{plain(quantity)} × {plain(unit_value)} ({phrase('quantity', lang)}) = "
        f"{show_money(start)}"
    )
    return Trace(lang=lang, start=start, formula=formula, factor=quantity, before=unit_value)
