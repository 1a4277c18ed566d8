"""Reading ROI figures from chat messages, merging corrections, and noticing contradictions.

Amounts are sorted into cost and benefit lines by the brief reader (``read_money``); people
counts and percentages by the planning finders. Nothing is guessed: an amount whose role is
unclear, a benefit without a period, a percentage without a cue, or two different values for the
same thing in one message become questions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import TypeVar

from pydantic import ValidationError

from assistant.chat.models import RoiFigures
from assistant.planning.money_lines import read_money
from assistant.planning.time_savings import TimeUnit, per_person
from assistant.roi import BenefitLine, CostLine, IsolationMethod, RoiInput
from assistant.text.language import Language
from assistant.text.money import find_money
from assistant.text.numbers import DIGITS
from assistant.text.people import find_people
from assistant.text.percent import find_percentages

_NEGATED = re.compile(
    rf"\b(?:niet|not|in plaats van|instead of|i\.p\.v\.|ipv)\s+(?:EUR|€|\$|£)?\s?(?:{DIGITS})"
    r"(?:\s?(?:euro|eur|k))?",
    re.IGNORECASE,
)
_TOTAL = re.compile(r"\b(?:in totaal|totaal|totale|total|all-in|alles bij elkaar)\b", re.I)
_ATTRIBUTION = re.compile(
    r"toe\s?te\s?schrijven|toeschrijv\w*|attribut\w*|aandeel|door de training|dankzij|"
    r"isolat\w*|due to the (?:training|programme|program)|share of|effect van",
    re.IGNORECASE,
)
_CONFIDENCE = re.compile(r"zeker\w*|betrouwba\w*|vertrouwen|confiden\w*|sure|certain", re.I)
_ISOLATION: tuple[tuple[IsolationMethod, str], ...] = (
    (IsolationMethod.CONTROL_GROUP, r"controlegroep|control group"),
    (IsolationMethod.TREND_LINE, r"trendlijn|trend line|trendanalyse"),
    (IsolationMethod.SUPERVISOR_ESTIMATE, r"schatting (?:van )?(?:de )?leidinggevenden?|"
     r"leidinggevenden? schat|manager(?:s'?)? estimates?|supervisor estimates?"),
    (IsolationMethod.PARTICIPANT_ESTIMATE, r"schatting (?:van )?(?:de )?deelnemers|"
     r"deelnemers schatten|participant estimates?|participants estimate"),
    (IsolationMethod.EXPERT_ESTIMATE, r"expert\w*"),
)  # fmt: skip


T = TypeVar("T")


@dataclass
class Reading:
    """What one message says about the ROI figures."""

    participants: list[int] = field(default_factory=list)
    costs: list[CostLine] = field(default_factory=list)
    benefits: list[BenefitLine] = field(default_factory=list)
    totals: list[Decimal] = field(default_factory=list)
    attribution: list[Decimal] = field(default_factory=list)
    confidence: list[Decimal] = field(default_factory=list)
    loose_percentages: list[str] = field(default_factory=list)
    isolation: IsolationMethod | None = None
    unclear: list[str] = field(default_factory=list)
    without_period: list[str] = field(default_factory=list)
    currencies: list[str] = field(default_factory=list)
    needs_rate: list[tuple[str, TimeUnit]] = field(default_factory=list)
    scope: Scope | None = None
    """A correction of who an earlier line is per ("dat is per deelnemer"), without a figure."""

    @property
    def found_any(self) -> bool:
        return bool(
            self.participants or self.costs or self.benefits or self.totals or self.attribution
            or self.confidence or self.isolation or self.unclear or self.without_period
            or self.loose_percentages or self.needs_rate or self.scope
        )  # fmt: skip


@dataclass(frozen=True)
class Scope:
    """Whether the last cost or benefit line is per participant or for the whole group."""

    line: str
    """ "cost" or "benefit"."""
    per_participant: bool


_WHOLE_GROUP = re.compile(
    r"\b(?:voor alle deelnemers(?: samen)?|voor de hele groep|(?:alle )?samen|in totaal|"
    r"for all participants|for the whole group|altogether|combined|in total|all together)\b",
    re.IGNORECASE,
)
_COST_WORD = re.compile(r"\b(?:kost\w*|cost\w*|fee|fees|prijs|price|tarief)\b", re.IGNORECASE)
_BENEFIT_WORD = re.compile(r"\b(?:bespa\w*|opbrengst\w*|baten|sav\w+|benefits?|winst|gain\w*)\b",
                           re.IGNORECASE)  # fmt: skip


def scope_of(text: str) -> Scope | None:
    """ "per deelnemer", "nee, dat is per deelnemer", "that is for all participants together"."""
    if per_person(text):
        per = True
    elif _WHOLE_GROUP.search(text):
        per = False
    else:
        return None
    costs = _COST_WORD.search(text) and not _BENEFIT_WORD.search(text)
    return Scope("cost" if costs else "benefit", per)


# A speaker correcting themselves mid-message: what follows replaces the same kind of figure.
_CORRECTION = re.compile(
    r"\b(?:nee,?\s+wacht|wacht\s+even|ik\s+bedoel(?:de)?|oeps|no,?\s+wait|i\s+mean[t]?|oops|"
    r"scratch\s+that)\b|\b(?:correctie|correction)\s*:",
    re.IGNORECASE,
)


def read_figures(text: str, language: Language) -> Reading:
    """Every ROI figure in one message. Amounts after "niet"/"not" are the ones being replaced;
    after a self-correction ("nee wacht", "I mean") the figures that follow replace those of the
    same kind before it."""
    corrections = list(_CORRECTION.finditer(text))
    if corrections:
        cut = corrections[-1]
        before = read_figures(text[: cut.start()], language)
        return _corrected(before, _read(text[cut.end() :], language))
    return _read(text, language)


def _corrected(before: Reading, after: Reading) -> Reading:
    return Reading(
        participants=after.participants or before.participants,
        costs=_merge_costs(before.costs, after.costs),
        benefits=after.benefits or before.benefits,
        totals=after.totals or before.totals,
        attribution=after.attribution or before.attribution,
        confidence=after.confidence or before.confidence,
        loose_percentages=before.loose_percentages + after.loose_percentages,
        isolation=after.isolation or before.isolation,
        unclear=before.unclear + after.unclear,
        without_period=before.without_period + after.without_period,
        currencies=_unique(before.currencies + after.currencies),
        needs_rate=before.needs_rate + after.needs_rate,
        scope=after.scope or before.scope,
    )


def _read(text: str, language: Language) -> Reading:
    text = _NEGATED.sub(" ", text)
    sentences = [s for s in re.split(r"(?<=[.!?])\s+|\n+|:\s+", text) if s.strip()]
    reading = Reading()
    totals: list[Decimal] = []
    for sentence in sentences:
        for found in find_money(sentence, language=language):
            if _TOTAL.search(sentence[max(0, found.start - 30) : found.start]):
                totals.append(found.amount)
    money = read_money(sentences, language)
    reading.totals = _unique(totals)
    reading.costs = [line for line in money.costs if line.amount not in reading.totals]
    if reading.totals and not reading.costs:
        reading.costs = [line for line in money.costs if line.amount in reading.totals][:1]
        reading.totals = []
    reading.benefits = money.benefits
    unclear = [a for a in money.unclear if not _is_total_text(a, reading)]
    reading.unclear = [a for a in unclear if not _rescued(a, sentences, reading, language)]
    reading.without_period = money.benefits_without_period
    reading.needs_rate = money.needs_rate
    reading.currencies = money.currencies
    if not (money.costs or money.benefits or find_money(text, language=language)):
        reading.scope = scope_of(text)
    reading.participants = _unique([p.count for p in find_people(text, language=language)])
    _percentages(text, language, reading)
    for method, pattern in _ISOLATION:
        if re.search(pattern, text, re.IGNORECASE):
            reading.isolation = method
            break
    return reading


_BARE = re.compile(
    r"(?<![\w.,€$£])(?P<num>\d{1,3}(?:[.,]\d{3})+|\d{4,7})(?![\w.,]*\s?(?:%|procent|percent))"
    r"(?!\s?(?:EUR|USD|GBP|€|euro|dollar|deelnemer|participant|medewerker|employee|mensen|people))",
    re.IGNORECASE,
)
_YEAR = re.compile(r"^(?:19|20)\d\d$")


def with_currency(text: str, currency: str) -> str:
    """Bare amounts in an ROI conversation ("the trainer fee is 15,000") get the session's
    currency, so they read as money; years and people counts are left alone."""
    money = [(m.start, m.end) for m in find_money(text)]

    def add(m: re.Match[str]) -> str:
        if _YEAR.match(m["num"]) or any(s <= m.start() < e for s, e in money):
            return m.group()
        return f"{currency} {m['num']}"

    return _BARE.sub(add, text)


_GAIN = re.compile(
    r"\b(?:extra\s+)?(?:marge|margin|profit|winst|value|waarde|omzet|revenue)\b", re.IGNORECASE
)


def _rescued(amount_text: str, sentences: list[str], reading: Reading, language: Language) -> bool:
    """An amount the brief reader left unclear that names a gain and a period is a benefit."""
    for sentence in sentences:
        gain = _GAIN.search(sentence)
        if amount_text not in sentence or gain is None:
            continue
        as_benefit = read_money([_GAIN.sub("benefit", sentence)], language).benefits
        lines = [line for line in as_benefit if find_money(amount_text)[0].amount == line.amount]
        if lines:
            reading.benefits.append(lines[0].model_copy(update={"description": gain.group()}))
            return True
    return False


def _is_total_text(amount_text: str, reading: Reading) -> bool:
    return any(m.amount in reading.totals for m in find_money(amount_text))


_CLAUSE_END = re.compile(r"[,;.!?]\s|\n|\s(?:en|and)\s")


def _percentages(text: str, language: Language, reading: Reading) -> None:
    """Each percentage takes the nearest cue, preferring one in its own clause: in "60 % toe te
    schrijven, 80 % zeker" the 60 is attribution and the 80 confidence."""
    for found in find_percentages(text, language=language):
        start, end = max(0, found.start - 60), found.end + 40
        cues = []
        for kind, pattern in (("confidence", _CONFIDENCE), ("attribution", _ATTRIBUTION)):
            for cue in pattern.finditer(text, start, end):
                before = cue.end() <= found.start
                gap = text[cue.end() : found.start] if before else text[found.end : cue.start()]
                cues.append((bool(_CLAUSE_END.search(gap)), len(gap), kind))
        if not cues:
            reading.loose_percentages.append(found.text)
            continue
        kind = min(cues)[2]
        share = found.low  # a range ("60-70%") counts at its conservative end
        (reading.confidence if kind == "confidence" else reading.attribution).append(share)
    reading.attribution = _unique(reading.attribution)
    reading.confidence = _unique(reading.confidence)


def _unique(values: list[T]) -> list[T]:
    return list(dict.fromkeys(values))


@dataclass(frozen=True)
class Conflict:
    """Two different values for one thing: the key names it, ``values`` as the user wrote them."""

    key: str
    values: tuple[Decimal, ...]


def conflicts(reading: Reading) -> list[Conflict]:
    """Contradictions inside one message: these get a question, never a pick."""
    found = []
    if len(reading.participants) > 1:
        found.append(Conflict("participants", tuple(Decimal(n) for n in reading.participants)))
    for key, values in (("attribution", reading.attribution), ("confidence", reading.confidence)):
        if len(values) > 1:
            found.append(Conflict(key, tuple(values)))
    costs = reading.costs
    for index, line in enumerate(costs):
        twin = next((other for other in costs[index + 1 :] if other.amount != line.amount
                     and _same_item(other.description, line.description)), None)  # fmt: skip
        if twin is not None:
            found.append(Conflict("cost", tuple(sorted((line.amount, twin.amount)))))
            break
    if reading.totals:
        lines = sum((line.amount for line in reading.costs if not line.per_participant), Decimal(0))
        if any(total != lines for total in reading.totals):
            found.append(Conflict("total", (*reading.totals, *[c.amount for c in reading.costs])))
    return found


def without_conflicts(reading: Reading, found: list[Conflict]) -> Reading:
    """The reading with every contradicted kind of figure left out (kept: the undisputed rest)."""
    keys = {conflict.key.split(":")[0] for conflict in found}
    return replace(
        reading,
        participants=[] if "participants" in keys else reading.participants,
        costs=[] if keys & {"cost", "total"} else reading.costs,
        totals=[],
        attribution=[] if "attribution" in keys else reading.attribution,
        confidence=[] if "confidence" in keys else reading.confidence,
    )


def merge(figures: RoiFigures, reading: Reading) -> RoiFigures:
    """Later statements replace earlier ones of the same kind; new cost categories are added."""
    update: dict[str, object] = {}
    if reading.participants:
        update["participants"] = reading.participants[-1]
    if reading.currencies:
        update["currency"] = reading.currencies[0]
    if reading.costs:
        update["costs"] = _merge_costs(figures.costs, reading.costs)
    if reading.benefits:
        update["benefits"] = reading.benefits
    if reading.attribution:
        update["attribution_pct"] = reading.attribution[-1]
    if reading.confidence:
        update["confidence_pct"] = reading.confidence[-1]
    if reading.isolation is not None:
        update["isolation_method"] = reading.isolation
    if reading.scope is not None:
        _rescope(figures, reading.scope, update)
    return figures.model_copy(update=update)


def _rescope(figures: RoiFigures, scope: Scope, update: dict[str, object]) -> None:
    """Set "per participant" on the last line of the kind the correction is about."""
    name = "costs" if scope.line == "cost" else "benefits"
    lines = list(getattr(figures, name))
    if lines:
        lines[-1] = lines[-1].model_copy(update={"per_participant": scope.per_participant})
        update[name] = lines


_FILLER = frozenset(
    {
        "actually",
        "eigenlijk",
        "the",
        "and",
        "for",
        "costs",
        "cost",
        "kost",
        "kosten",
        "bedragen",
        "bedraagt",
        "zijn",
        "are",
        "is",
        "was",
        "voor",
        "van",
        "een",
        "het",
        "der",
        "total",
        "totaal",
        "totale",
        "programme",
        "programma",
        "per",
        "year",
        "jaar",
        "month",
        "maand",
        "expect",
        "expected",
        "verwacht",
        "verwachten",
        "levert",
        "oplevert",
        "brings",
        "about",
        "ongeveer",
        "wait",
        "nee",
        "not",
        "niet",
        "eur",
        "euro",
        "euros",
        "usd",
        "dollar",
        "dollars",
        "gbp",
        "deelnemers",
        "participants",
        "opbrengst",
        "benefit",
        "benefits",
        "rendement",
        "bereken",
        "calculate",
        "wacht",
        "roi",
        "brengt",
        "saves",
        "save",
        "our",
        "onze",
        "ons",
    }
)


def item_words(description: str) -> list[str]:
    """The words that say what a line is about ("workshop", "coaching", "extra margin")."""
    words = re.findall(r"[a-zà-ÿ]{3,}", description.lower())
    return [word for word in words if word not in _FILLER]


def _same_item(a: str, b: str) -> bool:
    return bool(set(item_words(a)) & set(item_words(b)))


def _merge_costs(old: list[CostLine], new: list[CostLine]) -> list[CostLine]:
    """A new line replaces the old line about the same item, or the only old line of its
    category when it is the only new one too; other new lines are added."""
    merged = list(old)
    for line in new:
        same = [i for i, c in enumerate(merged) if _same_item(c.description, line.description)]
        if not same:
            in_category = [i for i, c in enumerate(merged) if c.category == line.category]
            alone = sum(n.category == line.category for n in new) == 1
            same = in_category if len(in_category) == 1 and alone else []
        if same:
            merged[same[0]] = line
        else:
            merged.append(line)
    return merged


def missing(figures: RoiFigures) -> list[str]:
    """What the calculator still needs, most important first."""
    needs = []
    if not figures.costs:
        needs.append("costs")
    if not figures.benefits:
        needs.append("benefits")
    if figures.participants is None:
        needs.append("participants")
    return needs


def to_input(figures: RoiFigures, *, program: str | None, forecast: bool) -> RoiInput | None:
    """The ``RoiInput`` the figures describe; ``None`` while something is missing or invalid."""
    if missing(figures):
        return None
    benefit_update: dict[str, object] = {}
    if figures.attribution_pct is not None:
        benefit_update["attribution_pct"] = figures.attribution_pct
    if figures.confidence_pct is not None:
        benefit_update["confidence_pct"] = figures.confidence_pct
    if figures.isolation_method is not None:
        benefit_update["isolation_method"] = figures.isolation_method
    benefits = [line.model_copy(update=benefit_update) for line in figures.benefits]
    try:
        return RoiInput(
            program=program[:200] if program else None,
            currency=figures.currency or "EUR",
            participants=figures.participants or 0,
            costs=figures.costs,
            benefits=benefits,
            label="forecast" if forecast else "actual",
        )
    except ValidationError:
        return None
