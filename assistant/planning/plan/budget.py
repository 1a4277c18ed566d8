"""The brief's cost and benefit lines as the plan shows them, and the ROI forecast built from
them by the calculator (label "forecast"): the plan never computes a money figure itself."""

from __future__ import annotations

from decimal import Decimal

from assistant.errors import InvalidInputError
from assistant.planning.brief import Methodology, ProgramBrief
from assistant.planning.plan.context import Context
from assistant.planning.plan.models import Budget
from assistant.planning.plan.phillips import cost_text
from assistant.roi import RoiInput, RoiResult, compute_roi
from assistant.roi.models import BenefitLine
from assistant.text.formatting import format_figure

_WORDS = {
    "nl": {
        "per": "per",
        "year": "jaar",
        "month": "maand",
        "week": "week",
        "day": "dag",
        "once": "eenmalig",
        "participant": "per deelnemer",
        "attribution": "toeschrijving",
        "confidence": "zekerheid",
        "margin": "winstmarge",
        "periods": "perioden per jaar",
        "adjustment": "correctie",
        "note.phillips": "De bedragen uit de brief; de ROI-prognose hieronder rekent ermee.",
        "note.no_benefits": "De bedragen uit de brief. Er is nog geen ROI-prognose: de brief "
        "noemt geen verwachte baten in geld.",
        "note.no_costs": "De bedragen uit de brief. Er is nog geen ROI-prognose: de brief "
        "noemt geen kosten.",
        "note.failed": "De bedragen uit de brief. Er is geen ROI-prognose: de rekenmodule kon "
        "er met deze bedragen geen maken (zie de open vragen).",
        "note.kirkpatrick": "De bedragen uit de brief, ter informatie: in Kirkpatrick-modus "
        "rekent het plan geen ROI.",
    },
    "en": {
        "per": "per",
        "year": "year",
        "month": "month",
        "week": "week",
        "day": "day",
        "once": "once",
        "participant": "per participant",
        "attribution": "attribution",
        "confidence": "confidence",
        "margin": "profit margin",
        "periods": "periods per year",
        "adjustment": "adjustment",
        "note.phillips": "The amounts from the brief; the ROI forecast below uses them.",
        "note.no_benefits": "The amounts from the brief. There is no ROI forecast yet: the "
        "brief names no expected benefits in money.",
        "note.no_costs": "The amounts from the brief. There is no ROI forecast yet: the brief "
        "names no costs.",
        "note.failed": "The amounts from the brief. There is no ROI forecast: the calculator "
        "could not make one from these amounts (see the open questions).",
        "note.kirkpatrick": "The amounts from the brief, for information: in Kirkpatrick mode "
        "the plan calculates no ROI.",
    },
}


def build_budget(ctx: Context, *, forecast: bool) -> Budget | None:
    """The brief's money lines, or None without any; ``forecast``: the plan has an ROI forecast."""
    brief = ctx.brief
    if not brief.costs and not brief.expected_benefits:
        return None
    return Budget(
        costs=[cost_text(ctx, line) for line in brief.costs],
        benefits=[benefit_text(ctx, line) for line in brief.expected_benefits],
        note=budget_note(brief, forecast=forecast),
    )


def budget_note(brief: ProgramBrief, *, forecast: bool) -> str:
    """What the money lines are for: the forecast below only when there is one, else why not."""
    words = _WORDS[brief.language.value]
    if brief.methodology is not Methodology.PHILLIPS:
        return words["note.kirkpatrick"]
    if forecast:
        return words["note.phillips"]
    if not brief.expected_benefits:
        return words["note.no_benefits"]
    if not brief.costs:
        return words["note.no_costs"]
    return words["note.failed"]


def benefit_text(ctx: Context, line: BenefitLine) -> str:
    w, n = _WORDS[ctx.language.value], ctx.number
    if line.amount is not None:
        value = format_figure(line.amount, ctx.currency, ctx.language)
    else:
        unit_value = format_figure(line.unit_value or Decimal(0), ctx.currency, ctx.language)
        value = f"{n(line.quantity)} x {unit_value}"
    period = w["once"] if line.period.value == "once" else f"{w['per']} {w[line.period.value]}"
    parts = [f"{line.description}: {value} {period}"]
    if line.per_participant:
        parts.append(w["participant"])
    if line.periods_per_year is not None:
        parts.append(f"{n(line.periods_per_year)} {w['periods']}")
    if line.profit_margin_pct is not None:
        parts.append(f"{w['margin']} {ctx.percent(line.profit_margin_pct)}")
    parts.append(f"{w['attribution']} {ctx.percent(line.attribution_pct)}")
    parts.append(f"{w['confidence']} {ctx.percent(line.confidence_pct)}")
    parts.extend(f"{w['adjustment']} x {n(a.factor)} ({a.reason})" for a in line.adjustments)
    return "; ".join(parts)


def roi_forecast(ctx: Context) -> tuple[RoiResult | None, str | None]:
    """The calculator's forecast when the brief has costs and expected benefits, or why not."""
    return forecast_for(ctx.brief, currency=ctx.currency)


def forecast_for(brief: ProgramBrief, *, currency: str) -> tuple[RoiResult | None, str | None]:
    """The forecast a Phillips brief's cost and benefit lines give, or why there is none; also
    what an edited plan's ``roi_forecast`` is checked against."""
    phillips = brief.methodology is Methodology.PHILLIPS
    if not phillips or not brief.costs or not brief.expected_benefits:
        return None, None
    roi_input = RoiInput(
        program=brief.title,
        currency=currency,
        participants=brief.participants or 0,
        costs=brief.costs,
        benefits=brief.expected_benefits,
        label="forecast",
    )
    try:
        return compute_roi(roi_input, lang=brief.language.value), None
    except InvalidInputError as exc:
        return None, exc.detail
