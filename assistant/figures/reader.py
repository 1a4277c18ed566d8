"""Every ROI figure in one message, each with the role its sentence gives it.

The numbers themselves are read by ``assistant.text`` (money, percentages, people, rates,
sentences); this module holds only the domain rules on top:

- a percentage takes the nearest cue in its clause: attribution ("toe te schrijven", "due to"),
  confidence ("zeker", "sure"), a change ("daalde met 9 %", "fell 9%") or a margin;
- a change of a KPI next to a yearly amount is a benefit of quantity x value ("de claimlast van
  EUR 310.000 per jaar daalde met 9 %" is 9 % x EUR 310.000 per year);
- time saved next to a rate ("2 hours a week at EUR 48 an hour") is a benefit of quantity x rate;
- any other amount is a cost or a benefit by the verb that governs it ("kostte", "billed",
  "bespaart"), else the noun that names it ("budget", "besparing"), else the label of its section
  ("Kosten:"), else the cost item it names ("trainer", "zaalhuur"); with none of those it is asked
  about, never guessed;
- a rate after an amount says whom and which period it is per ("per medewerker per maand").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from assistant.figures.clauses import Clause, clauses
from assistant.figures.cues import Cue, distance, find_cues
from assistant.figures.scope import Scope, scope_of
from assistant.planning.money_lines import cost_category
from assistant.planning.time_savings import (
    DESCRIPTIONS,
    TimeSaved,
    TimeUnit,
    in_rate_unit,
    per_person,
    rate_unit,
    times_saved,
)
from assistant.roi import BenefitLine, CostCategory, CostLine, IsolationMethod, Period
from assistant.text.language import Language
from assistant.text.money import Money, find_money
from assistant.text.numbers import DIGITS
from assistant.text.people import find_people, is_person
from assistant.text.percent import Percentage, find_percentages
from assistant.text.periods import Period as RatePeriod
from assistant.text.periods import Rate, find_rates

_NEGATED = re.compile(
    rf"\b(?:niet|not|in plaats van|instead of|i\.p\.v\.|ipv)\s+(?:EUR|€|\$|£)?\s?(?:{DIGITS})"
    r"(?:\s?(?:euro|eur|k))?",
    re.IGNORECASE,
)
_FRACTIONS = {
    "de helft": Decimal(50), "half": Decimal(50), "een derde": Decimal("33.33"),
    "a third": Decimal("33.33"), "one third": Decimal("33.33"), "twee derde": Decimal("66.67"),
    "two thirds": Decimal("66.67"), "een kwart": Decimal(25), "a quarter": Decimal(25),
    "one quarter": Decimal(25), "driekwart": Decimal(75), "three quarters": Decimal(75),
}  # fmt: skip
"""Shares written as words; a third is taken as 33.33 % (rounded down, the conservative side)."""
_FRACTION = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(k) for k in _FRACTIONS) + r")(?![\w-])", re.I
)
_SHARE_OF = re.compile(r"\s*(?:van|of)\s+(?:de|het|the|that|die|dat|this|deze|dit|it)\b", re.I)
_PERIODS: dict[RatePeriod, Period] = {
    RatePeriod.YEAR: Period.YEAR, RatePeriod.MONTH: Period.MONTH, RatePeriod.WEEK: Period.WEEK,
    RatePeriod.DAY: Period.DAY,
}  # fmt: skip
_ONCE = re.compile(r"\b(?:eenmalig\w*|een keer|één keer|one-off|one off|one-time|once)\b", re.I)
_EVERY_PERSON = re.compile(r"\b(?:elke|iedere?|elk|each|every|per)\s+([\w-]+)", re.I)
_ISOLATION = (
    IsolationMethod.CONTROL_GROUP,
    IsolationMethod.TREND_LINE,
    IsolationMethod.SUPERVISOR_ESTIMATE,
    IsolationMethod.PARTICIPANT_ESTIMATE,
    IsolationMethod.CUSTOMER_INPUT,
    IsolationMethod.EXPERT_ESTIMATE,
)
_EDGE = re.compile(
    r"^(?:en|and|plus|daarnaast|ook|also|then|dan|we|wij|ze|they|us|ons|kosten|costs|baten|"
    r"benefits)\b\s*|\s*\b(?:à|a|at|of|van|was|were|is|are|waren|zijn|voor|for|op|met|by|"
    r"an|een|extra)$",
    re.IGNORECASE,
)
_PCT_CUES = ("attribution", "confidence", "decrease", "increase", "margin")


@dataclass
class Reading:
    """What one message says about the ROI figures."""

    participants: list[int] = field(default_factory=list)
    costs: list[CostLine] = field(default_factory=list)
    benefits: list[BenefitLine] = field(default_factory=list)
    totals: list[Decimal] = field(default_factory=list)
    attribution: list[Decimal] = field(default_factory=list)
    confidence: list[Decimal] = field(default_factory=list)
    margin: list[Decimal] = field(default_factory=list)
    loose_percentages: list[str] = field(default_factory=list)
    isolation: IsolationMethod | None = None
    unclear: list[str] = field(default_factory=list)
    """Amounts whose role the text does not say: asked about."""
    without_period: list[str] = field(default_factory=list)
    without_value: list[str] = field(default_factory=list)
    """A KPI change ("daalde met 9 %") with no amount it is a change of."""
    currencies: list[str] = field(default_factory=list)
    needs_rate: list[tuple[str, TimeUnit]] = field(default_factory=list)
    ranges: list[str] = field(default_factory=list)
    """Ranges ("20-25 %") of which the conservative end was taken; the confirmation says so."""
    scope: Scope | None = None
    """Without an amount: whom the last line is per ("dat is per deelnemer")."""
    also: bool = False
    """The message adds to the figures given before ("ook", "also") instead of replacing them."""
    context: dict[str, str] = field(default_factory=dict)
    """For each figure asked about (as written), the sentence it stands in: an answer to the
    question is read together with it."""

    def questions(self) -> list[tuple[str, str]]:
        """What the text leaves open, most basic first, as (kind, figure as written)."""
        return [
            *(("role", t) for t in self.unclear),
            *(("value", t) for t in self.without_value),
            *(("period", t) for t in self.without_period),
            *(("rate", t) for t, _ in self.needs_rate),
            *(("pct", t) for t in self.loose_percentages),
        ]

    @property
    def found_any(self) -> bool:
        return bool(
            self.participants or self.costs or self.benefits or self.totals or self.attribution
            or self.confidence or self.isolation or self.unclear or self.without_period
            or self.loose_percentages or self.needs_rate or self.without_value or self.margin
            or self.scope
        )  # fmt: skip


@dataclass(frozen=True)
class _Share:
    """A percentage (or a share in words) and the role its cue gave it."""

    value: Decimal
    start: int
    end: int
    text: str
    role: str | None
    ranged: bool = False


def read(text: str, language: Language) -> Reading:
    """Every ROI figure in ``text``; amounts after "niet"/"not" are the replaced ones."""
    text = _NEGATED.sub(lambda m: " " * len(m.group()), text)
    parts = clauses(text, language)
    reading = Reading()
    money = find_money(text, language=language)
    reading.currencies = list(dict.fromkeys(m.currency for m in money))
    people = find_people(text, language=language)
    reading.participants = list(dict.fromkeys(p.count for p in people))
    shares = [_share(text, found, parts) for found in _percent_mentions(text, language)]
    used: set[int] = set()
    _kpi_changes(text, parts, shares, money, used, reading)
    _time_savings(text, parts, money, used, reading, language)
    for found in money:
        if found.start not in used:
            _sort(text, found, _clause_at(parts, found.start), reading)
    for share in shares:
        _file_share(share, reading)
    reading.isolation = _isolation(text)
    for _, shown in reading.questions():
        at = text.find(shown)
        if at >= 0:
            reading.context[shown] = _sentence_text(text, parts, _clause_at(parts, at).sentence)
    if not money:
        reading.scope = scope_of(text)
    return reading


# --- percentages ------------------------------------------------------------------------------


def _percent_mentions(text: str, language: Language) -> list[Percentage]:
    found = find_percentages(text, language=language)
    for m in _FRACTION.finditer(text):
        value = _FRACTIONS[m.group().lower()]
        found.append(Percentage(value, None, m.start(), m.end(), m.group()))
    return sorted(found, key=lambda p: p.start)


def _share(text: str, found: Percentage, parts: list[Clause]) -> _Share:
    """The percentage's role from the nearest cue in its clause, else within its sentence."""
    clause = _clause_at(parts, found.start)
    cues = find_cues(text, *_PCT_CUES, start=clause.start, end=clause.end)
    cues = [c for c in cues if not (c.start < found.end and found.start < c.end)]
    if not cues:
        sentence = [c for c in parts if c.sentence == clause.sentence]
        cues = find_cues(text, *_PCT_CUES, start=sentence[0].start, end=sentence[-1].end)
        cues = [c for c in cues if distance(c, found.start, found.end) <= 40]
    role = None
    if cues:
        share_of = _SHARE_OF.match(text, found.end) and any(
            c.kind in ("attribution", "confidence") for c in cues
        )
        if share_of:
            cues = [c for c in cues if c.kind in ("attribution", "confidence")]
        nearest = min(cues, key=lambda c: _closeness(c, found))
        role = "change" if nearest.kind in ("decrease", "increase") else nearest.kind
    ranged = found.high is not None
    return _Share(found.low, found.start, found.end, found.text, role, ranged)


def _closeness(cue: Cue, found: Percentage) -> tuple[int, bool]:
    """Nearest first; at equal distance a cue before the percentage ("Toeschrijving 60%")."""
    return distance(cue, found.start, found.end), cue.start > found.end


def _file_share(share: _Share, reading: Reading) -> None:
    if share.role == "change":
        return  # filed with its amount by _kpi_changes
    target = {
        "attribution": reading.attribution,
        "confidence": reading.confidence,
        "margin": reading.margin,
    }.get(share.role or "")
    if target is None:
        reading.loose_percentages.append(share.text)
        return
    if share.value not in target:
        target.append(share.value)
    if share.ranged:
        reading.ranges.append(share.text)


# --- benefits of quantity x value -------------------------------------------------------------


def _kpi_changes(
    text: str,
    parts: list[Clause],
    shares: list[_Share],
    money: list[Money],
    used: set[int],
    reading: Reading,
) -> None:
    """A change percentage and the amount it is a change of: one benefit line of quantity x
    value. The amount is the nearest in the same sentence that no cost verb governs."""
    for share in (s for s in shares if s.role == "change"):
        sentence = _clause_at(parts, share.start).sentence
        candidates = [
            m for m in money
            if m.start not in used and _clause_at(parts, m.start).sentence == sentence
            and _verb(text, m, _clause_at(parts, m.start)) != "cost"
        ]  # fmt: skip
        if not candidates:
            reading.without_value.append(share.text)
            continue
        value = min(candidates, key=lambda m: abs(m.start - share.start))
        used.add(value.start)
        clause = _clause_at(parts, value.start)
        rate = _rate_after(text, value, clause)
        period = _period(text, clause, rate)
        if period is None:
            reading.without_period.append(value.text)
            continue
        if share.ranged:
            reading.ranges.append(share.text)
        phrase = _describe(text, value, clause, rate, (share.start, share.end))
        reading.benefits.append(
            BenefitLine(
                description=f"{phrase} ({share.text})"[:500],
                quantity=share.value / 100,
                unit_value=value.amount,
                period=period,
                per_participant=_per_person(text, value, clause, rate),
                isolation_method=IsolationMethod.NONE,
            )
        )


def _time_savings(
    text: str,
    parts: list[Clause],
    money: list[Money],
    used: set[int],
    reading: Reading,
    language: Language,
) -> None:
    """Time saved ("2 uur per week") at a rate ("à EUR 48 per uur"): quantity x rate, per the
    period the saving names, per participant when every one of them saves it."""
    savings: list[tuple[TimeSaved, Clause]] = []
    for clause in parts:
        for saved in times_saved(text[clause.start : clause.end], language):
            savings.append((saved, clause))
    if not savings:
        return
    rates: list[tuple[Money, TimeUnit, Clause]] = []
    for m in money:
        clause = _clause_at(parts, m.start)
        local = text[clause.start : clause.end]
        shifted = Money(m.amount, m.currency, m.start - clause.start, m.end - clause.start, m.text)
        found = rate_unit(local, shifted)
        if found is not None and _verb(text, m, clause) != "cost":
            rates.append((m, found[0], clause))
    for saved, clause in savings:
        same = [r for r in rates if r[2].sentence == clause.sentence and r[0].start not in used]
        pick = same or ([rates[0]] if len({(r[0].amount, r[1]) for r in rates}) == 1 else [])
        if not pick:
            reading.needs_rate.append((saved.text, saved.unit))
            continue
        rate, unit, _ = min(pick, key=lambda r: abs(r[0].start - clause.start))
        values = in_rate_unit(saved, rate.amount, unit)
        used.add(rate.start)
        if values is None:
            reading.needs_rate.append((saved.text, saved.unit))
            continue
        period = _saving_period(_sentence_text(text, parts, clause.sentence))
        if period is None:
            reading.without_period.append(saved.text)
            continue
        local = text[clause.start : clause.end]
        reading.benefits.append(
            BenefitLine(
                description=DESCRIPTIONS[language][values[2]],
                quantity=values[0],
                unit_value=values[1],
                period=period,
                per_participant=_names_every_person(local),
                isolation_method=IsolationMethod.NONE,
            )
        )


def _saving_period(sentence: str) -> Period | None:
    """The first period the sentence names that is not the rate's own unit ("per uur")."""
    for found in find_rates(sentence):
        if found.period in _PERIODS:
            return _PERIODS[found.period]
    if _ONCE.search(sentence):
        return Period.ONCE
    return None


# --- amounts ----------------------------------------------------------------------------------


def _sort(text: str, money: Money, clause: Clause, reading: Reading) -> None:
    """File one amount as a cost, a benefit, a total, or an amount to ask about."""
    role = _role(text, money, clause)
    local = text[clause.start : clause.end]
    rate = _rate_after(text, money, clause)
    description = _describe(text, money, clause, rate)
    if role == "total":
        reading.totals.append(money.amount)
    elif role == "cost":
        if rate is not None and rate.per is not None and not rate.per_person:
            reading.unclear.append(money.text)  # "EUR 250 per verzuimdag": a value, not a cost
            return
        category = cost_category(local)
        reading.costs.append(
            CostLine(
                category=category if category else CostCategory.OTHER,
                description=description,
                amount=money.amount,
                per_participant=_per_person(text, money, clause, rate),
            )
        )
    elif role == "benefit":
        period = _period(text, clause, rate)
        if period is None:
            reading.without_period.append(money.text)
            return
        reading.benefits.append(
            BenefitLine(
                description=description,
                amount=money.amount,
                period=period,
                per_participant=_per_person(text, money, clause, rate),
                isolation_method=IsolationMethod.NONE,
            )
        )
    else:
        reading.unclear.append(money.text)


def _describe(
    text: str, money: Money, clause: Clause, rate: Rate | None, *more: tuple[int, int]
) -> str:
    """The clause's own words for the amount ("De trainer", "Extra marge"), without the amount,
    its rate, the verbs and the section label."""
    chars = list(text[clause.start : clause.end])
    spans = [(money.start, money.end), *more]
    if rate is not None:
        spans.append((money.end + rate.start, money.end + rate.end))
    spans += [
        (c.start, c.end)
        for c in find_cues(
            text,
            "cost_verbs",
            "benefit_verbs",
            "total",
            "decrease",
            "increase",
            start=clause.start,
            end=clause.end,
        )
    ]
    for start, end in spans:
        for index in range(max(start, clause.start), min(end, clause.end)):
            chars[index - clause.start] = " "
    words = " ".join("".join(chars).split())
    for _ in range(3):
        words = _EDGE.sub("", words).strip(" ,;:.-–()")
    if len(words) < 3:
        words = " ".join(text[clause.start : clause.end].split()).strip(" ,;:.")
    return (words[:1].upper() + words[1:])[:500] or "-"


def _role(text: str, money: Money, clause: Clause) -> str | None:
    """Cost or benefit (or a total): the governing verb, else the naming noun, else the section's
    label, else a cost item named in the clause."""
    verb = _verb(text, money, clause)
    cues = _cues(text, money, clause, "total")
    if cues and cues[0].end <= money.start and money.start - cues[0].end <= 30:
        return "total"
    if verb is not None:
        return verb
    nouns = _cues(text, money, clause, "cost_nouns", "benefit_nouns")
    if nouns:
        if nouns[0].kind == "cost_nouns" and _cues(text, money, clause, "decrease"):
            return "benefit"  # "de verzuimkosten dalen met EUR 40.000": a saving
        return "cost" if nouns[0].kind == "cost_nouns" else "benefit"
    if clause.section is not None:
        return clause.section
    if _cues(text, money, clause, "cost_compounds"):
        return "benefit" if _cues(text, money, clause, "decrease") else "cost"
    if cost_category(text[clause.start : clause.end]) is not CostCategory.OTHER:
        return "cost"
    return None


def _verb(text: str, money: Money, clause: Clause) -> str | None:
    verbs = _cues(text, money, clause, "cost_verbs", "benefit_verbs")
    if not verbs:
        return None
    return "cost" if verbs[0].kind == "cost_verbs" else "benefit"


def _cues(text: str, money: Money, clause: Clause, *kinds: str) -> list[Cue]:
    """The cues of ``kinds`` in the amount's clause, nearest first."""
    found = [
        c for c in find_cues(text, *kinds, start=clause.start, end=clause.end)
        if not (c.start < money.end and money.start < c.end)
    ]  # fmt: skip
    return sorted(found, key=lambda c: distance(c, money.start, money.end))


def _rate_after(text: str, money: Money, clause: Clause) -> Rate | None:
    """The "per ..." chain right after an amount ("per medewerker per maand"), or before it
    ("per deelnemer € 35")."""
    after = text[money.end : max(clause.end, money.end)]
    for rate in find_rates(after):
        if rate.start <= 3:
            return rate
        break
    before = text[clause.start : money.start]
    rates = find_rates(before)
    if rates and len(before) - rates[-1].end <= 2 and rates[-1].per_person:
        return rates[-1]
    return None


def _per_person(text: str, money: Money, clause: Clause, rate: Rate | None) -> bool:
    if rate is not None and rate.per_person:
        return True
    return _names_every_person(text[clause.start : clause.end])


def _names_every_person(clause: str) -> bool:
    """ "elke verpleegkundige", "every rep", "per deelnemer": a figure per person."""
    if per_person(clause):
        return True
    return any(is_person(m[1]) for m in _EVERY_PERSON.finditer(clause))


def _period(text: str, clause: Clause, rate: Rate | None) -> Period | None:
    """The period an amount recurs in: its own rate, else a period in its clause, else "once"."""
    if rate is not None and rate.period in _PERIODS:
        return _PERIODS[rate.period]
    local = text[clause.start : clause.end]
    for found in find_rates(local):
        if found.period in _PERIODS:
            return _PERIODS[found.period]
    if _ONCE.search(local):
        return Period.ONCE
    return None


def _isolation(text: str) -> IsolationMethod | None:
    for method in _ISOLATION:
        if find_cues(text, method.value):
            return method
    return None


def _clause_at(parts: list[Clause], offset: int) -> Clause:
    for clause in parts:
        if clause.start <= offset < clause.end:
            return clause
    return min(parts, key=lambda c: min(abs(c.start - offset), abs(c.end - offset)))


def _sentence_text(text: str, parts: list[Clause], sentence: int) -> str:
    mine = [c for c in parts if c.sentence == sentence]
    return text[mine[0].start : mine[-1].end]
