"""ROI in conversation: gather figures, show the ``RoiInput`` understood, compute after a yes.

The calculator is the only thing that does arithmetic on money; the chat only repeats the user's
own figures and then the calculator's result.
"""

from __future__ import annotations

import re
from decimal import Decimal

from pydantic import ValidationError

from assistant.chat import guard
from assistant.chat.context import Ctx, Draft
from assistant.chat.models import Intent, RoiFigures, ToolResults
from assistant.chat.phrases import COST_LABELS, ISOLATION, PERIODS
from assistant.chat.roi_arithmetic import benefit_sum, cost_sum, unit_name
from assistant.chat.roi_figures import (
    Conflict,
    Reading,
    conflicts,
    item_words,
    merge,
    missing,
    read_figures,
    to_input,
    with_currency,
    without_conflicts,
)
from assistant.errors import EvalAssistError
from assistant.planning.time_savings import unit_of
from assistant.roi import Lang, RoiInput, RoiLine, RoiResult, compute_roi
from assistant.text.formatting import format_money, format_number, format_percent, join
from assistant.text.language import Language

_FORECAST = re.compile(r"verwacht|prognose|zou|zal|expect|forecast|would|will", re.IGNORECASE)


def compute(ctx: Ctx, *, correction: bool = False) -> Draft:
    """New or corrected figures: merge them, ask what is missing or contradictory, else confirm."""
    intent = Intent.CORRECT_ROI if correction else Intent.COMPUTE_ROI
    state = ctx.state
    base = state.roi_figures if state.roi_figures != RoiFigures() else _from_brief(ctx)
    currency = base.currency or "EUR"
    reading = read_figures(with_currency(ctx.text, currency), ctx.language)
    problems = conflicts(reading)
    if problems:
        state.roi_figures = merge(base, without_conflicts(reading, problems))
        state.awaiting = "roi_figures"
        return Draft(intent, _conflict_text(ctx, problems[0], currency))
    figures = merge(base, reading)
    state.roi_figures = figures
    questions = _questions(ctx, reading, figures)
    if questions:
        state.awaiting = "roi_figures"
        return Draft(intent, " ".join([ctx.say("roi_ask_intro"), *questions[:2]]))
    program = state.brief.title
    forecast = bool(_FORECAST.search(ctx.text)) or (
        state.roi_input is not None and state.roi_input.label == "forecast"
    )
    roi_input = to_input(figures, program=program, forecast=forecast)
    if roi_input is None:
        state.awaiting = "roi_figures"
        return Draft(intent, ctx.say("roi_need_costs"))
    state.roi_input, state.roi_confirmed, state.awaiting = roi_input, False, "roi_confirmation"
    preview = _preview(roi_input, ctx.language)
    text = "\n".join([ctx.say("roi_understood"), *understood(roi_input, ctx.language, preview),
                      ctx.say("roi_confirm")])  # fmt: skip
    shown = guard.numbers_of(preview)
    return Draft(intent, text, tools=ToolResults(roi_input=roi_input), calculator=shown)


def _preview(roi_input: RoiInput, language: Language) -> RoiResult | None:
    """The calculator's own run on the input, so the confirmation shows its steps; ``None``
    when it cannot run yet (the error is reported after "ja")."""
    try:
        return compute_roi(roi_input, lang="nl" if language is Language.NL else "en")
    except (EvalAssistError, ValidationError, ValueError):
        return None


def confirm(ctx: Ctx) -> Draft:
    """The user said yes: run the calculator on the confirmed input and report its result."""
    state = ctx.state
    if state.roi_input is None:
        return Draft(Intent.CONFIRM_ROI, ctx.say("roi_nothing_pending"))
    try:
        lang: Lang = "nl" if ctx.language is Language.NL else "en"
        result = compute_roi(state.roi_input, lang=lang)
    except (EvalAssistError, ValidationError, ValueError) as exc:
        state.awaiting = "roi_figures"
        reason = getattr(exc, "detail", str(exc))
        return Draft(Intent.CONFIRM_ROI, ctx.say("roi_invalid", reason=reason))
    state.roi_result, state.roi_confirmed, state.awaiting = result, True, None
    tools = ToolResults(roi_input=state.roi_input, roi_result=result)
    return Draft(Intent.CONFIRM_ROI, result_text(ctx, result), tools=tools)


def result_text(ctx: Ctx, result: RoiResult) -> str:
    lang, cur = ctx.language, result.currency
    payback = ""
    if result.payback_months is not None:
        months = format_number(result.payback_months, lang, places=1)
        payback = ctx.say("roi_payback", months=months)
    text = ctx.say(
        "roi_result",
        roi=format_percent(result.roi_pct, lang, places=2),
        bcr=format_number(result.bcr, lang, places=2),
        costs=format_money(result.total_costs, cur, lang, cents=True),
        benefits=format_money(result.total_benefits, cur, lang, cents=True),
        net=format_money(result.net_benefits, cur, lang, cents=True),
        payback=payback,
    )
    warnings = [w.message for w in result.warnings]
    if warnings:
        text += "\n" + ctx.say("roi_warnings", warnings=" ".join(warnings))
    return text


def understood(
    roi_input: RoiInput, language: Language, preview: RoiResult | None = None
) -> list[str]:
    """The input as a short list in the user's own figures; with the calculator's ``preview``,
    each line shows the arithmetic the calculator will do on it."""
    from assistant.chat.texts import say

    cur = roi_input.currency
    lines = [say("roi_participants", language, n=roi_input.participants)]
    per = say("per_participant", language)
    shown = {line.pointer: line for line in preview.lines} if preview else {}
    for index, cost in enumerate(roi_input.costs):
        label = _label(cost.description, COST_LABELS[language][cost.category.value])
        line = shown.get(f"/costs/{index}")
        per_text = per if cost.per_participant else ""
        amount = format_money(cost.amount, cur, language)
        if line is not None and cost.per_participant:
            amount, per_text = cost_sum(cost, line, cur, language), ""
        lines.append(say("roi_cost", language, label=label, amount=amount, per=per_text))
    for index, benefit in enumerate(roi_input.benefits):
        name = say("roi_time_saved", language) if unit_of(benefit.description) else ""
        label = name or _label(benefit.description, "")
        label = f" ({label})" if label else ""
        line = shown.get(f"/benefits/{index}")
        if line is not None:
            lines.append(say("roi_benefit_sum", language, label=label,
                             sum=benefit_sum(benefit, line, cur, language)))  # fmt: skip
            continue
        amount = format_money(benefit.amount or Decimal(0), cur, language)
        lines.append(
            say(
                "roi_benefit",
                language,
                label=label,
                amount=amount,
                period=PERIODS[language][benefit.period.value],
                per=per if benefit.per_participant else "",
            )
        )
    return [f"- {line}" for line in [*lines, *_adjustments(roi_input, language, shown)]]


def _adjustments(roi_input: RoiInput, language: Language, shown: dict[str, RoiLine]) -> list[str]:
    """Attribution and confidence (when the sums do not show them) and the isolation method."""
    from assistant.chat.texts import say

    first = roi_input.benefits[0] if roi_input.benefits else None
    if first is None:
        return []
    lines = []
    if not shown:
        if first.attribution_pct != 100:
            lines.append(say("roi_attribution", language,
                             pct=format_percent(first.attribution_pct, language)))  # fmt: skip
        if first.confidence_pct != 100:
            lines.append(say("roi_confidence", language,
                             pct=format_percent(first.confidence_pct, language)))  # fmt: skip
    if first.isolation_method.value == "none":
        lines.append(say("roi_no_isolation", language))
    else:
        method = ISOLATION[language][first.isolation_method.value]
        lines.append(say("roi_isolation", language, method=method))
    return lines


def _label(description: str, fallback: str) -> str:
    """A line's own short name ("trainer", "extra margin"), else its category's."""
    words = item_words(description)
    return " ".join(words[:2]) if words else fallback


def _questions(ctx: Ctx, reading: Reading, figures: RoiFigures) -> list[str]:
    asked = [ctx.say("roi_need_period", amount=a) for a in reading.without_period]
    asked += [ctx.say("roi_need_role", amount=a) for a in reading.unclear]
    asked += [ctx.say("roi_need_pct", pct=p) for p in reading.loose_percentages]
    asked += [ctx.say("roi_need_rate", quantity=q, unit=unit_name(u, ctx.language))
              for q, u in reading.needs_rate]  # fmt: skip
    if asked:
        return asked
    return [ctx.say(f"roi_need_{need}") for need in missing(figures)]


def _conflict_text(ctx: Ctx, conflict: Conflict, currency: str) -> str:
    lang = ctx.language
    if conflict.key == "participants":
        body = ctx.say(
            "roi_conflict_participants",
            values=join([format_number(v, lang) for v in conflict.values], lang),
        )
    elif conflict.key == "total":
        total, *lines = conflict.values
        body = ctx.say(
            "roi_conflict_total",
            total=format_money(total, currency, lang),
            lines=join([format_money(v, currency, lang) for v in lines], lang),
        )
    elif conflict.key.startswith("cost:"):
        amounts = [format_money(v, currency, lang) for v in conflict.values]
        body = ctx.say("roi_conflict_cost", values=join(amounts, lang))
    else:
        body = ctx.say(
            "roi_conflict_pct",
            values=join([format_percent(v, lang) for v in conflict.values], lang),
        )
    return f"{ctx.say('roi_conflict_intro')} {body}"


def _from_brief(ctx: Ctx) -> RoiFigures:
    """Start from the brief's own costs, benefits and participants, when it has them."""
    brief = ctx.state.brief
    return RoiFigures(
        participants=brief.participants,
        costs=list(brief.costs),
        benefits=list(brief.expected_benefits),
    )
