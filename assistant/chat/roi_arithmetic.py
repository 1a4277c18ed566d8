"""The arithmetic the calculator will do on one line, in the user's words, before they confirm:
"3 uur × € 45 × 52 weken × 25 deelnemers = € 175.500 per jaar, × 60% toeschrijving × 80%
zekerheid = € 84.240 per jaar".

Every value after an "=" is the calculator's own (a preview run of ``compute_roi``); this module
only words the steps the calculator recorded.
"""

from __future__ import annotations

import re
from decimal import Decimal

from assistant.planning.time_savings import TimeUnit, shown_product, unit_of
from assistant.roi import BenefitLine, CostLine, Period, RoiLine, RoiStep, StepKind
from assistant.text.formatting import format_money, format_number, format_percent
from assistant.text.language import Language
from assistant.text.money import find_money
from assistant.text.numbers import parse_number

_TIME: dict[Language, dict[TimeUnit, tuple[str, str]]] = {
    Language.NL: {TimeUnit.MINUTE: ("minuut", "minuten"), TimeUnit.HOUR: ("uur", "uur"),
                  TimeUnit.DAY: ("dag", "dagen"), TimeUnit.WEEK: ("week", "weken")},
    Language.EN: {TimeUnit.MINUTE: ("minute", "minutes"), TimeUnit.HOUR: ("hour", "hours"),
                  TimeUnit.DAY: ("day", "days"), TimeUnit.WEEK: ("week", "weeks")},
}  # fmt: skip
"""The unit of time saved ("3 uur")."""
_COUNTS: dict[Language, dict[str, tuple[str, str]]] = {
    Language.NL: {"week": ("week", "weken"), "month": ("maand", "maanden"),
                  "day": ("werkdag", "werkdagen"), "participants": ("deelnemer", "deelnemers")},
    Language.EN: {"week": ("week", "weeks"), "month": ("month", "months"),
                  "day": ("working day", "working days"),
                  "participants": ("participant", "participants")},
}  # fmt: skip
"""What the calculator multiplies by: periods in a year, participants."""
_FACTORS: dict[Language, dict[StepKind, str]] = {
    Language.NL: {StepKind.PROFIT_MARGIN: "winstmarge", StepKind.ATTRIBUTION: "toeschrijving",
                  StepKind.CONFIDENCE: "zekerheid", StepKind.ADJUSTMENT: "correctie",
                  StepKind.PRORATE: "deel voor dit programma"},
    Language.EN: {StepKind.PROFIT_MARGIN: "profit margin", StepKind.ATTRIBUTION: "attribution",
                  StepKind.CONFIDENCE: "confidence", StepKind.ADJUSTMENT: "adjustment",
                  StepKind.PRORATE: "share for this programme"},
}  # fmt: skip
_PER_PERSON = {Language.NL: " per deelnemer", Language.EN: " per participant"}
_PER_YEAR = {Language.NL: "per jaar", Language.EN: "a year"}
_ONCE = {Language.NL: "eenmalig", Language.EN: "once"}
_PCT_STEPS = (StepKind.PROFIT_MARGIN, StepKind.ATTRIBUTION, StepKind.CONFIDENCE)


def benefit_sum(benefit: BenefitLine, line: RoiLine, currency: str, language: Language) -> str:
    """One benefit line's arithmetic, from its value to its adjusted value per year."""
    per = _ONCE[language] if benefit.period is Period.ONCE else _PER_YEAR[language]
    parts = [_base(benefit, currency, language)]
    multiplied = adjusting = False
    for step in line.steps[1:]:
        if step.factor is None or step.factor == 1 or step.kind is StepKind.BENEFIT_YEARS:
            continue
        if step.kind in _PCT_STEPS or step.kind is StepKind.ADJUSTMENT:
            if multiplied and not adjusting:
                parts.append(f"= {format_money(step.value_before, currency, language)} {per},")
            elif not adjusting:
                parts.append(f"{per},")
            adjusting = True
            parts.append(_factor(step, language))
        else:
            parts.append(_count(step, benefit.period, language))
        multiplied = True
    if multiplied:
        parts.append(f"= {format_money(line.first_year_value, currency, language)} {per}")
    else:
        parts.append(per)
    return " ".join(parts)


def cost_sum(cost: CostLine, line: RoiLine, currency: str, language: Language) -> str:
    """ "€ 500 per deelnemer × 25 deelnemers = € 12.500" for a per-participant cost, "€ 12.000 ×
    25 % deel voor dit programma = € 3.000" for a prorated one."""
    text = with_its_product(cost, format_money(cost.amount, currency, language))
    text += _PER_PERSON[language] if cost.per_participant else ""
    steps = [s for s in line.steps[1:] if s.factor is not None and s.factor != 1]
    if not steps:
        return text
    factors = [_count(s, Period.YEAR, language) if s.kind is StepKind.PARTICIPANTS
               else _factor(s, language) for s in steps]  # fmt: skip
    return " ".join([text, *factors, "=", format_money(line.value, currency, language)])


_WRITTEN_PRODUCT = re.compile(
    r"\((?P<sum>[^()×=]*=\s*)?(?P<count>\d[\d.,]*)\s[^()×=]*×\s*(?P<price>[^()×=]+)\)\s*$"
)
"""The product the figure reader wrote after a line's words: "(6 bijeenkomsten × € 1.850)",
"(3 uur + 4 uur = 7 uur × € 52)"."""


def with_its_product(cost: CostLine, amount: str) -> str:
    """ "6 × € 1.850 = € 11.100": a cost the reader multiplied out, shown with the user's own
    factors; just ``amount`` when the line holds no product or one that no longer gives it (a
    corrected amount)."""
    m = _product_that_holds(cost)
    if m is None:
        return amount
    if m["sum"]:  # "3 uur + 4 uur = 7 uur × € 52 = € 364"
        factors = cost.description[m.start() + 1 : m.start("price")].strip()
        return f"{factors} {m['price'].strip()} = {amount}"
    return f"{m['count']} × {m['price'].strip()} = {amount}"


def factors_of(cost: CostLine) -> str | None:
    """ "3 uur × € 19": the factors the user wrote for a cost the reader multiplied out, while
    they still give it; ``None`` for a line without one (or a sum of durations)."""
    m = _product_that_holds(cost)
    return None if m is None or m["sum"] else m.group()[1:-1].strip()


def _product_that_holds(cost: CostLine) -> re.Match[str] | None:
    """The product the reader wrote in the line's description, while it still gives the line's
    amount (not after a correction of the amount)."""
    m = _WRITTEN_PRODUCT.search(cost.description)
    if m is None:
        return None
    prices = find_money(m["price"])
    try:
        count = parse_number(m["count"])
    except ValueError:
        return None
    return m if len(prices) == 1 and count * prices[0].amount == cost.amount else None


def unit_name(unit: TimeUnit, language: Language) -> str:
    """ "uur", "dag": the unit a rate is asked for."""
    return _TIME[language][unit][0]


def _base(benefit: BenefitLine, currency: str, language: Language) -> str:
    if benefit.quantity is None or benefit.unit_value is None:
        return format_money(benefit.amount or Decimal(0), currency, language)
    unit = unit_of(benefit.description)
    if unit is None and benefit.quantity < 1:  # a KPI change: "9 % × € 310.000"
        share = format_percent(benefit.quantity * 100, language)
        return f"{share} × {format_money(benefit.unit_value, currency, language)}"
    words = _plural(_TIME[language][unit], benefit.quantity) if unit else ""
    quantity = f"{format_number(benefit.quantity.normalize(), language)} {words}".strip()
    said = shown_product(benefit.description)
    if said is not None:  # "1,5 uur × 1.300 uitvaarten = 1.950 uur": the user's own factors
        quantity = f"{said} = {quantity}"
    hourly = _cents(benefit.unit_value * 60)
    if (
        unit is TimeUnit.MINUTE
        and _cents(benefit.unit_value) != benefit.unit_value
        and abs(benefit.unit_value * 60 - hourly) < Decimal("1e-12")
    ):  # "£22 an hour" as the user said it, not its £0.3666... a minute
        return f"{quantity} × {format_money(hourly, currency, language)}{_AN_HOUR[language]}"
    return f"{quantity} × {format_money(benefit.unit_value, currency, language)}"


_AN_HOUR = {Language.NL: " per uur", Language.EN: " an hour"}


def _cents(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"))


def _count(step: RoiStep, period: Period, language: Language) -> str:
    key = "participants" if step.kind is StepKind.PARTICIPANTS else period.value
    factor = step.factor or Decimal(1)
    forms = _COUNTS[language].get(key)
    words = _plural(forms, factor) if forms else ""
    return f"× {format_number(factor.normalize(), language)} {words}".rstrip()


def _factor(step: RoiStep, language: Language) -> str:
    factor = step.factor or Decimal(1)
    word = _FACTORS[language].get(step.kind, "")
    if step.kind is StepKind.ADJUSTMENT:
        return f"× {format_number(factor.normalize(), language)} ({word})"
    return f"× {format_percent(factor * 100, language)} {word}"


def _plural(forms: tuple[str, str], value: Decimal) -> str:
    return forms[0] if value == 1 else forms[1]
