"""ROI in conversation: gather figures, show the ``RoiInput`` understood, compute after a yes.

The calculator is the only thing that does arithmetic on money; the chat only repeats the user's
own figures and then the calculator's result.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

from pydantic import ValidationError

from assistant.chat import guard
from assistant.chat.context import Ctx, Draft
from assistant.chat.models import Intent, OpenFigure, RoiFigures, ToolResults
from assistant.chat.phrases import COST_LABELS, ISOLATION, PERIODS
from assistant.chat.roi_arithmetic import (
    benefit_sum,
    cost_sum,
    factors_of,
    unit_name,
    with_its_product,
)
from assistant.chat.roi_corrections import correct_factors
from assistant.chat.roi_figures import (
    Conflict,
    Reading,
    benefit_years,
    conflicts,
    dropped_items,
    excluded_responses,
    item_words,
    keep_for_the_waiting,
    known_benefits,
    known_items,
    merge,
    missing,
    netted_off,
    per_benefit,
    read_figures,
    recountable,
    restated,
    restated_change,
    revised_share,
    settle_total,
    settle_waiting,
    shared_items,
    to_input,
    with_currency,
    without_conflicts,
)
from assistant.chat.router import YES
from assistant.errors import EvalAssistError
from assistant.figures.amounts import names_a, names_a_period
from assistant.figures.cost_model import cost_model
from assistant.figures.cues import find_cues
from assistant.planning.time_savings import TimeUnit, unit_of
from assistant.roi import (
    BenefitLine,
    CostLine,
    IsolationMethod,
    Lang,
    Period,
    RoiInput,
    RoiLine,
    RoiResult,
    compute_roi,
)
from assistant.text.formatting import format_money, format_number, format_percent, join
from assistant.text.language import Language
from assistant.text.money import currency_named, find_money
from assistant.text.numbers import find_numbers
from assistant.text.people import is_people
from assistant.text.percent import find_percentages

_FORECAST = re.compile(r"verwacht|prognose|zou|zal|expect|forecast|would|will", re.IGNORECASE)


def compute(ctx: Ctx, *, correction: bool = False) -> Draft:
    """New or corrected figures: merge them, ask what is missing or contradictory, else confirm.
    When the user went ahead on an open question, the reply first says how the figure was taken
    (the conservative choice), so it is never a silent guess."""
    taken: list[OpenFigure] = []
    took: list[str] = []  # a disputed share taken at its lower value
    draft = _compute(ctx, correction, taken, took)
    rate = time_rate_for(taken[0], ctx.state.roi_figures) if taken else None
    if taken:
        offer = _OFFERS[taken[0].kind][0].replace("roi_offer", "roi_took")
        if rate is not None:
            offer, values = "roi_took_time_rate", _rate_values(rate, ctx.language)
        else:
            values = {}
        took.insert(0, ctx.say(offer, amount=taken[0].shown, **values))
    if not took:
        return draft
    if ctx.state.awaiting == "roi_confirmation" and rate is None:  # "ja" to "does the
        return _calculated(ctx, took, draft)  # participants' rate hold?" answers, no more
    return replace(draft, text="\n\n".join([*took, draft.text]))


def _calculated(ctx: Ctx, took: list[str], summary: Draft) -> Draft:
    """Going ahead on the last open question ("go ahead", "prima, reken maar") asks to calculate:
    the reply says how the figure was taken, lists the figures as understood and gives the
    calculator's result, rather than asking for a yes once more. A correction recalculates."""
    lines = summary.text.removesuffix(ctx.say("roi_confirm")).rstrip()
    result = confirm(ctx)
    if ctx.state.awaiting is not None:  # the calculator refused the input: say why
        return replace(result, text="\n\n".join([*took, result.text]))
    text = "\n\n".join([*took, f"{lines}\n{ctx.say('roi_calculated_with')}", result.text])
    return replace(result, text=text, calculator=summary.calculator | result.calculator)


_SHARES = ("attribution", "confidence")


def _settle_disputed(
    figures: RoiFigures, reading: Reading, ctx: Ctx, took: list[str]
) -> RoiFigures:
    """Two values said for one share stay disputed until the user settles them: naming one of
    them ("30%") or saying the share again settles it; going ahead takes the lower, the
    conservative choice (Phillips), and says so in ``took``. ``reading`` gets the settled value."""
    if not figures.disputed_shares:
        return figures
    disputed = dict(figures.disputed_shares)
    named = [p.low for p in find_percentages(ctx.text, language=ctx.language)]
    for key, values in list(disputed.items()):
        said: list[Decimal] = getattr(reading, key)
        chosen = [value for value in values if value in named]
        if said:
            del disputed[key]
        elif len(chosen) == 1:
            said.append(chosen[0])
            reading.loose_percentages = [
                shown for shown in reading.loose_percentages
                if [p.low for p in find_percentages(shown, language=ctx.language)] != chosen
            ]  # fmt: skip
            del disputed[key]
        elif _goes_ahead(ctx.text, reading):
            lowest = min(disputed.pop(key))
            said.append(lowest)
            took.append(ctx.say("roi_took_lower_share", share=format_percent(lowest, ctx.language)))
    return figures.model_copy(update={"disputed_shares": disputed})


def _compute(ctx: Ctx, correction: bool, taken: list[OpenFigure], took: list[str]) -> Draft:
    intent = Intent.CORRECT_ROI if correction else Intent.COMPUTE_ROI
    state = ctx.state
    base = state.roi_figures if state.roi_figures != RoiFigures() else _from_brief(ctx)
    named = currency_named(ctx.text) if base.currency is None else None
    if named is not None:  # "Alle bedragen zijn in Zweedse kronen, SEK", "all figures in INR"
        base = base.model_copy(update={"currency": named})
    currency = base.currency or "EUR"
    base, text = correct_factors(base, ctx.text)  # "25 hours a week, not 30": a benefit's factor
    asked = tuple(figure.shown for figure in base.open)
    text = _in_section_asked(text, state.awaiting, base, ctx.language)
    text = _the_same_rate(text, base, ctx.language)
    reading, still_open = _read_answer(
        with_currency(text, currency, asked), base, ctx.language, taken
    )
    base = keep_for_the_waiting(base, reading)
    base = dropped_items(base, ctx.text, ctx.language)
    base = excluded_responses(base, ctx.text, ctx.language)
    base = per_benefit(base, reading)
    known_items(base, reading)
    shared_items(base, reading)
    known_benefits(base, reading)
    netted_off(base, reading)
    restated(base, reading, ctx.text, ctx.language)
    restated_change(base, reading, ctx.text, ctx.language)
    revised_share(base, reading, ctx.text, ctx.language)
    base = _settle_disputed(base, reading, ctx, took)
    problems = conflicts(reading)
    if problems:
        state.roi_figures = merge(base, without_conflicts(reading, problems))
        state.roi_figures.disputed_shares |= {
            p.key: list(p.values) for p in problems if p.key in _SHARES
        }  # asked again until settled: an answer that moves on must not lose them
        state.roi_figures.open = [*_open_figures(reading), *still_open]
        total = next((p for p in problems if p.key == "total"), None)
        state.roi_figures.stated_total = total.values[0] if total else None
        state.awaiting = "roi_figures"
        said = reading.currencies[0] if reading.currencies and not base.currency else currency
        text = _conflict_text(ctx, problems[0], said)  # "$" said: not "€"
        return Draft(intent, text, calculator=set(problems[0].values))
    settle_total(base, reading, ctx.text)
    unit_value_missing = [t for _, t in reading.recounts] if not recountable(base.benefits) else []
    figures = merge(base, reading)
    figures.benefit_years = benefit_years(ctx.text) or figures.benefit_years
    figures.open = [*_open_figures(reading), *still_open]
    figures.open += [
        OpenFigure(kind="count", shown=t, context=ctx.text) for t in unit_value_missing
    ]
    state.roi_figures = figures
    if figures.open:
        state.awaiting = "roi_figures"
        first = figures.open[0]
        first.asked += 1
        parts = [ctx.say("roi_ask_intro"), question_text(ctx, first)]
        offer = _OFFERS.get(first.kind)
        if time_rate_for(first, figures) is not None:
            offer = None  # the question offered the participants' rate already
        if first.asked >= 2 and offer is not None:  # asked before: offer the conservative way
            parts.append(ctx.say(offer[0], amount=first.shown))
        # what is asked about is the user's figure, or the reader's arithmetic on the user's
        # figures ("van 55 naar 35 minuten" asked as "20 minuten")
        return Draft(intent, " ".join(parts), calculator=guard.numbers_in(first.shown))
    if figures.disputed_shares:  # still: which of the two shares holds?
        state.awaiting = "roi_figures"
        key, values = next(iter(figures.disputed_shares.items()))
        lowest = format_percent(min(values), ctx.language)
        text = _conflict_text(ctx, Conflict(key, tuple(values)), currency)
        lower = ctx.say("roi_offer_lower_share", share=lowest)
        return Draft(intent, f"{text} {lower}", calculator=set(values))
    if figures.stated_total is not None:  # still: the total or the items?
        items = tuple(c for c in figures.costs if not c.per_participant)
        state.awaiting = "roi_figures"
        amounts = (figures.stated_total, *(c.amount for c in items))
        unsettled = Conflict("total", amounts, items)
        text = _conflict_text(ctx, unsettled, currency)
        return Draft(intent, text, calculator=set(unsettled.values))
    needs = missing(figures)
    if needs:
        state.awaiting = "roi_figures"
        return Draft(intent, " ".join([ctx.say("roi_ask_intro"), ctx.say(f"roi_need_{needs[0]}")]))
    program = state.brief.title
    forecast = bool(_FORECAST.search(ctx.text)) or (
        state.roi_input is not None and state.roi_input.label == "forecast"
    )
    roi_input = to_input(
        figures, program=program, forecast=forecast, cut_reason=ctx.say("roi_cut_reason")
    )
    if roi_input is None:
        state.awaiting = "roi_figures"
        return Draft(intent, ctx.say("roi_need_costs"))
    state.roi_input, state.roi_confirmed, state.awaiting = roi_input, False, "roi_confirmation"
    preview = _preview(roi_input, ctx.language)
    lines = understood(roi_input, ctx.language, preview)
    lines += [f"- {ctx.say('roi_range', range=r, pct=p)}" for r, p in _ranges(reading, ctx)]
    lines += [f"- {ctx.say('roi_money_range', range=r, amount=a)}" for r, a in reading.money_ranges]
    text = "\n".join([ctx.say("roi_understood"), *lines, ctx.say("roi_confirm")])
    shown = guard.numbers_of(preview)
    return Draft(intent, text, tools=ToolResults(roi_input=roi_input), calculator=shown)


def resume(ctx: Ctx) -> str | None:
    """After an aside (a method question, thanks) while an ROI is open: the question it waits on."""
    state = ctx.state
    if state.awaiting == "roi_confirmation":
        return ctx.say("roi_resume", question=ctx.say("roi_confirm"))
    if state.awaiting != "roi_figures":
        return None
    if state.roi_figures.open:
        return ctx.say("roi_resume", question=question_text(ctx, state.roi_figures.open[0]))
    needs = missing(state.roi_figures)
    return ctx.say("roi_resume", question=ctx.say(f"roi_need_{needs[0]}")) if needs else None


def _read_answer(
    text: str, figures: RoiFigures, language: Language, taken: list[OpenFigure]
) -> tuple[Reading, list[OpenFigure]]:
    """The message's figures, and the earlier questions still open. A message that completes no
    line of its own answers the first open question ("per jaar", "dat zijn kosten", "€ 48 per
    uur"): it is read together with that question's sentence. Going ahead on an open question
    ("go ahead", "ja, prima") takes its conservative reading, which ``taken`` records."""
    group = figures.participant_group
    alone = read_figures(
        text, language, group=group, units=figures.units, known=figures.participants
    )
    asked = figures.open[0] if figures.open else None
    if asked is not None and not alone.found_any and _leaves_it_out(text):
        return alone, figures.open[1:]  # "they stay out of the calculation then"
    if asked is not None and _DONT_KNOW.match(text):
        return Reading(), figures.open  # "not sure": no answer (not "sure", a confidence)
    offer = _OFFERS.get(asked.kind) if asked is not None else None
    rate = time_rate_for(asked, figures) if asked is not None else None
    if asked is not None and rate is not None and _goes_ahead(text, alone):
        taken.append(asked)  # "ja": the participants' rate holds for their time saved too
        values = _rate_values(rate, language)
        answer = f"{values['rate']} per {values['unit']}"
        return _as_offered(asked, answer, language, group), figures.open[1:]
    if asked is not None and offer is not None and _goes_ahead(text, alone):
        taken.append(asked)
        if offer[1] is None:  # the conservative choice offered: leave the figure out
            return alone, figures.open[1:]
        return _as_offered(asked, offer[1][language], language, group), figures.open[1:]
    money_answer = asked is not None and asked.kind in ("role", "rate", "value", "count", "times")
    # "Die 96 uur is de daling over een heel jaar. De expert schat 35%.": a period with more
    money_answer |= asked is not None and asked.kind == "period" and names_a_period(text)
    counted = asked is not None and asked.kind == "count"
    completes = not (alone.costs or alone.benefits) or (counted and not alone.benefits)
    # ("Elke klacht kost ons € 250" reads as a cost alone, but answers what one is worth)
    if asked is not None and completes and (money_answer or not alone.found_any):
        rest = figures.open[1:]
        answer = _counted_answer(text, asked, language)
        together = read_figures(
            f"{asked.context.rstrip(' .!?;')} {answer}",
            language,
            group=group,
            units=figures.units,
            known=figures.participants,
        )
        # an answer that makes no line of the kind asked about answers nothing ("ja" to "over
        # which period?" must not turn the benefit's sentence into a cost): the question stays
        answered = {
            "role": bool(together.costs or together.benefits),
            "period": bool(together.benefits),
            "rate": bool(together.benefits),
            "count": bool(together.benefits),
            "times": bool(together.costs),
        }.get(asked.kind, True)
        if answered and asked.shown not in [shown for _, shown in together.questions()]:
            together.also = True
            settle_waiting(together, asked.shares)
            return together, rest
    return alone, [figure for figure in figures.open if figure.shown not in text]


_DONT_KNOW = re.compile(
    r"^\W*(?:(?:i'?m|i am|honestly|eerlijk gezegd)\W+)?(?:not sure|no idea|(?:i )?don'?t know|"
    r"dunno|geen idee|geen flauw idee|weet ik niet|weet ik eigenlijk niet|weet niet)\W*$",
    re.IGNORECASE,
)
"""Not knowing the answer to the open question: it stays open, and is offered next time."""


def _leaves_it_out(text: str) -> bool:
    """ "Leave that out then": the figure asked about is not counted. Not when the message
    names a change of its own ("Client feedback scores went up too but leave that out of the
    money"): that leaves out something else, an intangible, and the question stays open."""
    if not find_cues(text, "left_out") or find_money(text):
        return False  # "de training van € 9.000 is een ander project": that amount is left out
    if find_numbers(text):
        return False  # "our survey went from 3.6 to 4.1, but we don't want to put money on that"
    return not (find_cues(text, "increase") or find_cues(text, "decrease"))


def _counted_answer(text: str, asked: OpenFigure, language: Language) -> str:
    """ "10" or "het waren er 10" to "$3,800 per session: how many times?" counts the thing
    asked about ("10 session"), unless the message counts something else ("10 sessions and 12
    cashiers", "$400 for 2 days")."""
    if asked.kind != "times" or not asked.unit:
        return text
    found = find_numbers(text, language=language)
    if len(found) != 1 or find_money(text, language=language):
        return text
    after = re.findall(r"[^\W\d_]+", text[found[0].end :])[:1]
    if after and (is_people(after[0]) or names_a(after[0], asked.unit)):
        return text  # "12 cashiers"; "4 sessions" is read as it stands
    return f", {found[0].text} {asked.unit}"  # not "het waren er 5" as 5 participants


def _as_offered(asked: OpenFigure, answer: str, language: Language, group: str | None) -> Reading:
    """The figure as the offer said it would be counted, once the user goes ahead: its sentence
    read with the offered answer ("eenmalig", "that is a cost"), else, when that still leaves it
    open, the amount alone as that line (a cost, or a benefit once): an offer taken is kept."""
    together = read_figures(f"{asked.context.rstrip(' .!?;')} {answer}", language, group=group)
    if asked.shown not in [shown for _, shown in together.questions()] and (
        together.costs or together.benefits
    ):
        together.also = True
        settle_waiting(together, asked.shares)
        return together
    found = find_money(asked.shown, language=language)
    reading = Reading(also=True)
    if not found or found[0].amount <= 0:
        return reading
    amount = found[0].amount
    description = " ".join(item_words(asked.context)[:4]).capitalize() or asked.shown
    if asked.kind in ("role", "times"):  # a cost per thing, counted once as offered
        category = cost_model().guess(asked.context).label
        reading.costs = [CostLine(category=category, description=description, amount=amount)]
    else:
        line = BenefitLine(
            description=description,
            amount=amount,
            period=Period.ONCE,
            isolation_method=IsolationMethod.NONE,
        )
        reading.benefits = [line]
        settle_waiting(reading, asked.shares)
    return reading


_OFFERS: dict[str, tuple[str, dict[Language, str] | None]] = {
    "period": ("roi_offer_period", {Language.NL: "eenmalig", Language.EN: "once"}),
    "role": ("roi_offer_role", {Language.NL: "dat zijn kosten", Language.EN: "that is a cost"}),
    "times": ("roi_offer_times", {Language.NL: ", 1 keer", Language.EN: ", 1 time"}),
    "rate": ("roi_offer_leave_out", None),
    "count": ("roi_offer_leave_out", None),
    "value": ("roi_offer_leave_out", None),
    "pct": ("roi_offer_leave_out_share", None),
}
"""What the chat offers, from the second time it asks about a figure, and takes whenever the
user just goes ahead on the question (saying so first: ``roi_took_*``): the most conservative
reading (Phillips: a benefit once, an amount of
unknown role a cost, a benefit without its value left out). A share without its meaning is left
out too: the confirmation lists every line and the calculator warns of an effect not isolated;
a question asked again and again while the user goes ahead is a conversation that never ends
(chat_dev9: 20 of 30 never confirmed). A cost per thing not counted has no conservative count:
it is counted once, and the reply says so and asks for the count if it was more."""


_SECTIONS = {Language.NL: {"costs": "Kosten:"}, Language.EN: {"costs": "Costs:"}}
"""Only an answer to the cost question: the answer to the benefit question often adds a cost
forgotten ("O ja, de evaluatie kostte € 3.000", the participants' hours), which a benefits
label would misread (chat_dev4 confirmed 29 -> 15 with it)."""


def _in_section_asked(
    text: str, awaiting: str | None, figures: RoiFigures, language: Language
) -> str:
    """The answer to "what does the programme cost?" lists costs: read it under that label (its
    own labels and verbs still win), so an item with no cost word ("Eerst de analyse: € 5.500")
    is not asked about."""
    if awaiting != "roi_figures" or figures.open or figures.stated_total is not None:
        return text  # the question asked was about one figure, or nothing was asked
    needs = missing(figures)
    label = _SECTIONS[language].get(needs[0]) if needs else None
    return f"{label}\n{text}" if label else text


_SAME_RATE = re.compile(
    r"(?:\b(?:tegen|at)|\bà)\s+(?:het\s+|the\s+|that\s+)?"
    r"(?:hetzelfde|zelfde|dezelfde|datzelfde|diezelfde|same)\s+"
    r"(?P<rate>uurloon|uurtarief|uurkosten|tarief|loon|(?:loaded\s+|hourly\s+)?(?:rate|wage|"
    r"cost)|hourly)\b",
    re.IGNORECASE,
)
"""Time saved valued "tegen hetzelfde uurloon", "at the same hourly rate": the participants'
(a price "at" or "tegen" it; "charged the same rate as last year" is no such value)."""


_STATED = re.compile(r"\s*(?:van|of|:|is|was)?\s*(?:[$€£¥]|[A-Z]{3}\b)")
"""After "the same rate", its amount said ("hetzelfde uurtarief van € 46")."""


def _the_same_rate(text: str, figures: RoiFigures, language: Language) -> str:
    """ "tegen hetzelfde uurloon" as the rate the participants' time was priced at ("tegen
    € 31,50 per uur"), so the saving it values is read with it."""
    if figures.time_rate is None:
        return text
    rate, unit = figures.time_rate
    at = "tegen" if language is Language.NL else "at"

    def named(m: re.Match[str]) -> str:
        if _STATED.match(text, m.end()):
            return m.group()  # "tegen hetzelfde uurtarief van € 46": the user says it
        hourly = re.search(r"uur|hour", m["rate"], re.IGNORECASE)
        if hourly and unit is not TimeUnit.HOUR:
            return m.group()  # an hourly rate asked, the participants' time priced by the day
        return f"{at} {rate} per {unit_name(unit, language)}"

    return _SAME_RATE.sub(named, text)


def _goes_ahead(text: str, reading: Reading) -> bool:
    """ "reken maar", "prima, doe maar", "go ahead": agreement that answers nothing; a longer
    one when it asks to go on ("Yes, that's all right now. Go ahead and run it.")."""
    if not (YES.match(text) or _GO_ON.match(text)) or reading.found_any:
        return False  # "reken maar", "run it"
    said = len(text.split())
    return said <= 8 or (said <= 20 and bool(_GO_ON.search(text)))


_GO_ON = re.compile(
    r"\b(?:go ahead|run it|run the numbers|calculate|compute|crack on|reken (?:maar|het|door|uit)|"
    r"bereken|doe maar|ga je gang|ga (?:maar )?door)\b",
    re.IGNORECASE,
)


def _open_figures(reading: Reading) -> list[OpenFigure]:
    units = {shown: unit.value for shown, unit in reading.needs_rate} | dict(reading.needs_count)
    return [
        OpenFigure(kind=kind, shown=shown, context=reading.context.get(shown, shown),
                   unit=units[shown] if kind in ("rate", "times") else None)
        for kind, shown in reading.questions()
    ]  # fmt: skip


def question_text(ctx: Ctx, figure: OpenFigure) -> str:
    """The one focused question about an open figure."""
    if figure.kind == "rate":
        unit = unit_name(TimeUnit(figure.unit or "hour"), ctx.language)
        asked = ctx.say("roi_need_rate", quantity=figure.shown, unit=unit)
        rate = time_rate_for(figure, ctx.state.roi_figures)
        if rate is None:
            return asked
        return f"{asked} {ctx.say('roi_offer_time_rate', **_rate_values(rate, ctx.language))}"
    if figure.kind == "times":
        return ctx.say("roi_need_times", amount=figure.shown, unit=figure.unit or "")
    key = {"role": "amount", "period": "amount", "value": "pct", "pct": "pct", "count": "count"}[
        figure.kind
    ]
    return ctx.say(f"roi_need_{figure.kind}", **{key: figure.shown})


_FITS = {TimeUnit.HOUR: ("hour", "minute"), TimeUnit.DAY: ("day",)}
"""Time saved in these units can be valued at a rate per hour or per day."""


def time_rate_for(figure: OpenFigure, figures: RoiFigures) -> tuple[str, TimeUnit] | None:
    """The rate the participants' time was priced at, when ``figure`` is time saved asking for
    its value in a unit that rate fits (Phillips values time saved at the loaded rate of those
    who save it): offered, never taken unasked."""
    if figure.kind != "rate" or figures.time_rate is None:
        return None
    _, unit = figures.time_rate
    return figures.time_rate if (figure.unit or "hour") in _FITS.get(unit, ()) else None


def _rate_values(rate: tuple[str, TimeUnit], language: Language) -> dict[str, str]:
    return {"rate": rate[0], "unit": unit_name(rate[1], language)}


def _ranges(reading: Reading, ctx: Ctx) -> list[tuple[str, str]]:
    """Each range read at its conservative end, with that end as a percentage."""
    found = []
    for text in reading.ranges:
        low = find_percentages(text, language=ctx.language)
        if low:
            found.append((text, format_percent(low[0].low, ctx.language)))
    return found


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
    warnings = list(dict.fromkeys(w.message for w in result.warnings))  # one per message
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
        amount = with_its_product(cost, format_money(cost.amount, cur, language))
        if line is not None and (cost.per_participant or cost.prorate_pct != 100):
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
    if roi_input.respondents is not None:
        lines.append(_respondents_text(roi_input, language, shown.get("/respondents")))
    if roi_input.benefit_years > 1:
        lines.append(say("roi_benefit_years", language, years=roi_input.benefit_years))
    return [f"- {line}" for line in [*lines, *_adjustments(roi_input, language, shown)]]


def _respondents_text(roi_input: RoiInput, language: Language, line: RoiLine | None) -> str:
    """The pasted estimates: how many answered of how many, each one's value x share x
    confidence, the ones left out, and the calculator's sum."""
    from assistant.chat.texts import say

    respondents = roi_input.respondents
    assert respondents is not None
    cur = roi_input.currency
    each = [
        say("roi_response_left_out", language, value=format_money(r.annual_value, cur, language))
        if r.exclude_reason is not None
        else f"{format_money(r.annual_value, cur, language)} × "
        f"{format_percent(r.attribution_pct, language)} × "
        f"{format_percent(r.confidence_pct, language)}"
        for r in respondents.responses
    ]
    total = format_money(line.first_year_value, cur, language) if line is not None else "?"
    return say(
        "roi_respondents",
        language,
        responded=len(respondents.responses),
        population=respondents.population,
        each="; ".join(each),
        sum=total,
    )


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


def _conflict_text(ctx: Ctx, conflict: Conflict, currency: str) -> str:
    lang = ctx.language
    if conflict.key == "participants":
        body = ctx.say(
            "roi_conflict_participants",
            values=join([format_number(v, lang) for v in conflict.values], lang),
        )
    elif conflict.key == "total":
        total, *lines = conflict.values
        shown = _as_written(conflict, currency, lang)
        body = ctx.say(
            "roi_conflict_total",
            total=format_money(total, currency, lang),
            lines=join([shown(v) for v in lines], lang),
        )
    elif conflict.key == "cost":
        amounts = [_as_written(conflict, currency, lang)(v) for v in conflict.values]
        body = ctx.say("roi_conflict_cost", values=join(amounts, lang))
    else:
        body = ctx.say(
            "roi_conflict_pct",
            values=join([format_percent(v, lang) for v in conflict.values], lang),
        )
    return f"{ctx.say('roi_conflict_intro')} {body}"


def _as_written(conflict: Conflict, currency: str, language: Language) -> Callable[[Decimal], str]:
    """An amount of a conflict as the user wrote it: a line the reader multiplied out by its
    factors ("3 uur × € 19"), so a question never shows money the user did not say."""
    written = {line.amount: factors for line in conflict.lines if (factors := factors_of(line))}
    return lambda value: written.get(value) or format_money(value, currency, language)


def _from_brief(ctx: Ctx) -> RoiFigures:
    """Start from the brief's own costs, benefits and participants, when it has them."""
    brief = ctx.state.brief
    return RoiFigures(
        participants=brief.participants,
        costs=list(brief.costs),
        benefits=list(brief.expected_benefits),
    )
