"""Every ROI figure in one message, each with the role its sentence gives it.

The numbers themselves are read by ``assistant.text`` (money, percentages, people, rates,
sentences); the domain rules on top live beside this module:

- ``shares``: a percentage takes the nearest cue (attribution, confidence, a change, a margin,
  a conservative cut);
- ``products``: a change next to an amount is a benefit of quantity x value, time saved next to
  a rate one of quantity x rate;
- ``amounts``: any other amount is a cost, a benefit or a total by what governs it, or a
  question;
- here: participants, the isolation method, and what is left to ask.
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
from collections.abc import Mapping
from decimal import Decimal

from assistant.figures.amounts import (
    EACH_AFTER,
    FACULTY,
    PRODUCT,
    Amount,
    amounts,
    durations_from,
    each_of_a_group,
    each_one_spent,
    hourly_rate,
    names_a,
    names_every_person,
    per_member_of,
    same_group,
    states_its_product,
    teaches,
    time_cost,
)
from assistant.figures.categories import (
    SHARED_SYSTEM,
    TIME_OF_PEOPLE,
    after_the_previous_amount,
    category_of,
    others_work,
)
from assistant.figures.clauses import Message
from assistant.figures.cost_model import sure_category
from assistant.figures.cues import find_cues
from assistant.figures.isolation import isolation_named, isolation_of, untrained_site
from assistant.figures.participants import (
    NOT_TAKING_PART,
    counted,
    others_each,
    participants,
    taught_it,
    under_faculty_label,
    unit_counts,
)
from assistant.figures.products import (
    COST_OF_ONE,
    SO_THAT_IS,
    count_changes,
    kpi_changes,
    level_changes,
    time_savings,
    volume_savings,
)
from assistant.figures.reading import Reading
from assistant.figures.responses import responses
from assistant.figures.scope import scope_of
from assistant.figures.shares import Share, complement, file_share, said_twice, shares
from assistant.planning.money_lines import cost_category
from assistant.planning.time_savings import TimeUnit, is_a_persons_day, unit_of
from assistant.roi import BenefitLine, CostCategory, CostLine, IsolationMethod, Period
from assistant.text.language import Language
from assistant.text.lexicon import function_words
from assistant.text.money import Money, find_money
from assistant.text.numbers import DIGITS, DIGITS_OR_WORD, parse_number
from assistant.text.people import PeopleCount, find_people, is_people, is_person
from assistant.text.periods import DurationUnit, find_durations, find_rates, in_minutes, period_of
from assistant.text.periods import Period as RatePeriod

_PAY_AND_BENEFITS = re.compile(
    r"(?:\b(?:salary|salaries|wages?|pay|compensation|rate|cost)|/\s?(?:hr|hour|h)|"
    r"\bper\s+(?:hour|hr|uur)|\ban?\s+hour)\s*"
    r"(?:\+|&|and|plus|with|incl\.?|including)\s*(?:fringe\s+)?benefits\b",
    re.IGNORECASE,
)
"""Employee benefits beside pay ("avg salary + benefits is $46/hr", "hourly rate incl. benefits
$52", "6 hrs each at $58/hr with benefits"): an hourly cost's words, not a benefit of the
programme."""
_BY_ESTIMATE = frozenset(
    {None, IsolationMethod.MANAGEMENT_ESTIMATE, IsolationMethod.SUPERVISOR_ESTIMATE}
)
"""Isolations a forecast read against its actual outcome takes over: none, or the estimate of
someone who only said how sure they are."""
_PERSONS_SHORT = re.compile(r"(?<=\d )pers\.?(?=\s|$)", re.IGNORECASE)
"""Dutch "pers." after a count: persons (not a people noun itself, or "per" would be a person)."""
_PER_PERSON_DOTTED = re.compile(r"(?<!\w)p\.\s?p\.(?=[^\S\n]+(?:[a-zà-ÿ]|[€$£\d]))")
"""A dotted "p.p." inside a sentence ("12 uur p.p. à $ 36,75"), not one that ends it ("Lunch
€ 15 p.p. De trainer ...")."""
_RATE_MOVED = re.compile(
    r"\b(?:from|van)\s+(?P<a>\d+(?:[.,]\d+)?)\s?%\s+(?:to|naar|tot)\s+(?P<b>\d+(?:[.,]\d+)?)\s?%"
    r"(?:\s+(?:of|van)\s+(?:the\s+|de\s+|het\s+|our\s+|onze\s+|all\s+|alle\s+)?"
    r"(?:(?:roughly|about|around|approximately|some|ongeveer|circa|zo'n|ca\.?)\s+)?"
    r"(?P<n>\d{1,3}(?:[.,\s]\d{3})+|\d+)(?![\d.,]*\s?%)(?![.,]?\d))?",
    re.IGNORECASE,
)
"""A rate that moved between two percentages of a count: "went from 6.1% to 4.9% of the 410,000
parcels we deliver a year"."""


_OF_A_BASE = re.compile(
    r"\s+(?:of|van)\s+(?:(?:the|de|het|our|onze|their|hun|total|totale)\s+)*[^\W\d_]"
)
"""After a rate's two levels, the base they are shares of: "of turnover", "van de omzet"."""


def _recurring_amount(text: str, language: Language) -> bool:
    """Whether ``text`` states an amount with its period ("R410 million a year", "€ 1,8 mln per
    jaar"): a base a rate of it can be a share of."""
    return any(
        period_of(text[m.start : m.end + 25]) is not None or _YEARLY.match(text, m.end)
        for m in find_money(text, language=language)
    )


_YEARLY = re.compile(r"\s*(?:yearly|annual|jaarlijkse?|per jaar|ARR|p\.a\.)(?!\w)", re.IGNORECASE)


def _rate_moved(moved: re.Match[str], language: Language, text: str = "") -> str:
    """The move of a rate of a count as the number it moved by ("down by 4920 parcels"); a
    rate of a base named by a word ("from 2.9% to 2.3% of turnover", "van 2,1% naar 1,8% van
    de omzet") as the points it moved by ("down by 0.6% of turnover") when the message states a
    recurring amount for it to be a change of; else left as written, and asked about."""
    try:
        a, b = (
            parse_number(moved["a"], language=language),
            parse_number(moved["b"], language=language),
        )
    except ValueError:
        return moved.group()
    based = _OF_A_BASE.match(text, moved.end()) and _recurring_amount(text, language)
    if a != b and not moved["n"] and (based or _of_a_comparison(text, moved.start())):
        points = format(abs(a - b).normalize(), "f")
        if language is Language.NL:
            return f"{'omlaag' if a > b else 'omhoog'} met {points.replace('.', ',')}%"
        return f"{'down' if a > b else 'up'} by {points}%"
    if a == b or not moved["n"]:  # not "of €410,000": the number after "of" starts the base
        return moved.group()
    try:
        base = parse_number(moved["n"].replace(" ", ""), language=language)
    except ValueError:
        return moved.group()
    down = a > b
    change = format((abs(a - b) * base / 100).normalize(), "f")
    if language is Language.NL:
        return f"met {change.replace('.', ',')} {'minder' if down else 'meer'}"
    return f"{'down' if down else 'up'} by {change}"


def _of_a_comparison(text: str, at: int) -> bool:
    """Whether the words before ``at`` (its sentence and the one before) name a comparison group
    ("a comparison group: 15 adjusters who weren't trained. Their leakage went from 4.0% to
    3.8%"): the points that rate moved by are a change to net off, with no base of its own."""
    window = text[max(0, at - _COMPARISON_REACH) : at]
    return bool(find_cues(window, "control_group")) or untrained_site(window)


_COMPARISON_REACH = 160


_NEGATED = re.compile(
    rf"\b(?:niet|not|geen|no longer|in plaats van|instead of|i\.p\.v\.|ipv)\s+"
    r"(?:EUR|USD|GBP|JPY|CHF|SEK|NOK|DKK|PLN|ZAR|INR|KES|AUD|CAD|NZD|PHP|THB|[ACU]S?\$|NZ\$|"
    rf"€|\$|£|¥|₹|kr)?\s?(?:{DIGITS})(?:\s?(?:euro|eur|k|€|%|procent|percent))?"
    r"(?![\d.,]*\s?[-–]\s?\d)",  # "niet 20-25%" is a range, not a replaced 20
    re.IGNORECASE,
)
_AT = re.compile(r"(?:\bà|\bat|\btegen|\bx|×|\d+\s+[\w-]+\s+(?:van|of))\s*$", re.IGNORECASE)
_BASELINE = re.compile(
    r"\b(?:used to|previously|before|vroeger|voorheen|eerder|was|were|waren|now|nu|"
    r"inmiddels|currently|from .{1,30} to|van .{1,30} naar)\b",
    re.IGNORECASE,
)


_SECTION_LABELS = {
    Language.NL: {"cost": "Kosten", "benefit": "Baten"},
    Language.EN: {"cost": "Costs", "benefit": "Benefits"},
}
_OPENS_WITH_LABEL = re.compile(r"\s*[^\W\d][\w' -]{0,30}:")


def read(
    text: str,
    language: Language,
    *,
    group: str | None = None,
    units: Mapping[str, int] | None = None,
    known: int | None = None,
) -> Reading:
    """Every ROI figure in ``text``; amounts after "niet"/"not"/"geen" are the replaced ones.
    ``group`` names the participants as the conversation did ("associates"), so "each associate
    reckons ..." is the participants' own estimate; ``units`` are the sites, teams or stores it
    counted ("5 sites"), so "7 per site" took part is 35; ``known`` is how many took part as
    the conversation counted them, so "the 42 auditors each save" is a part of them."""
    table = responses(text, language)
    for row in table:  # the table's figures are no costs, benefits or loose shares
        text = f"{text[: row.start]}{' ' * (row.end - row.start)}{text[row.end :]}"
    said_not = [money.amount for m in _NEGATED.finditer(text) for money in find_money(m.group())]
    text = _NEGATED.sub(lambda m: " " * len(m.group()), text)
    text = _PAY_AND_BENEFITS.sub(lambda m: m.group()[: -len("benefits")] + "on-costs", text)
    text = in_minutes(text)
    text = _PER_PERSON_DOTTED.sub("pp  ", text)  # "12 uur p.p. à $ 36,75": no sentence ends
    text = _PERSONS_SHORT.sub("personen", text)  # "9 pers. x 16 uur x € 41"
    text = _RATE_MOVED.sub(lambda m: _rate_moved(m, language, text), text)
    text = _BARE_LOW.sub(lambda m: _as_money_like_the_high(m, language), text)
    text = _without_worked_products(text, language)
    message = Message.of(text, language)
    reading = Reading(said_not=said_not, responses=table)
    money = find_money(text, language=language)
    reading.currencies = list(dict.fromkeys(m.currency for m in money))
    who = participants(message, language, group, units, known)
    reading.units = unit_counts(text, language)
    reading.participants = who.counts
    reading.group = who.groups[-1] if who.groups else None
    found_shares = shares(message, language)
    members = group or reading.group
    found = [per_member_of(a, members) for a in amounts(message, money)] if money else []
    used = {a.money.start for a in found if a.money.amount <= 0}  # never a value or a rate
    used |= _left_out(message, found)
    used |= _reference_levels(message, found)
    used |= _restated(message, found)
    used |= _money_ranges(message, found, reading)
    volume_savings(message, found, used, reading, language)
    level_changes(message, found, used, reading)
    kpi_changes(message, found_shares, found, used, reading, language)
    count_changes(message, found_shares, found, used, reading, language)
    time_savings(message, found, used, reading, language, members, known)
    for amount in found:
        if amount.money.amount <= 0:
            reading.unclear.append(amount.money.text)  # a negative amount: asked, never guessed
        elif amount.money.start not in used:
            _file(message, amount, found, reading, members, {**(units or {}), **reading.units})
    _prorate(message, found_shares, reading)
    _correction_factors(text, reading, language)
    named = _per_benefit(message, found_shares)
    if named:
        reading.per_benefit = named
        found_shares = [s for s in found_shares if s.role not in _PER_BENEFIT]
    else:
        found_shares = _scoped(message, found_shares, reading)
    reading.shares_for_all = any(
        _for_all(message.sentence_text(message.clause_at(s.start).sentence))
        for s in found_shares
        if s.role in _PER_BENEFIT
    )
    for share in found_shares:
        file_share(share, reading)
    complement(found_shares, reading)
    said_twice(found_shares, reading)
    if not named:
        reading.shares_of = _shares_of(message, found_shares, reading)
    _unasked_baselines(message, found, reading)
    _periods_in_a_year(text, reading)
    named_group = group or next(iter(who.groups), None)
    reading.isolation = isolation_of(text, named_group, language=language)
    reading.isolation_guessed = reading.isolation is not None and (
        isolation_named(text, named_group) is None
    )
    if reading.compared and reading.isolation in (None, IsolationMethod.CONTROL_GROUP):
        reading.isolation, reading.isolation_guessed = IsolationMethod.CONTROL_GROUP, False
    elif reading.forecast and not reading.attribution and reading.isolation in _BY_ESTIMATE:
        # "Our forecast was 14 recordables; we had 7. The plant manager ... says take 80%
        # confidence": the forecast isolates the drop, the manager only says how sure
        reading.isolation, reading.isolation_guessed = IsolationMethod.FORECASTING, False
    if reading.benefits and not reading.attribution and find_cues(text, "in_full"):
        reading.attribution.append(Decimal(100))  # "count that in full, no isolation needed"
        reading.isolation = IsolationMethod.NONE
    for kind, shown in reading.questions():
        at = text.find(shown)
        if at >= 0:
            clause = message.clause_at(at)
            sentence = message.sentence_text(clause.sentence)
            label = _SECTION_LABELS[language].get(clause.section or "")
            if label and not _OPENS_WITH_LABEL.match(sentence):  # "Baten: ... . Eén week ..."
                sentence = f"{label}: {sentence}"  # the answer is read with it, in its section
            if kind == "rate":  # "Ze werken 44 weken per jaar": read again with the rate
                sentence = " ".join([sentence, *_years_said(message, clause.sentence)])
            reading.context.setdefault(shown, sentence)  # a product may have set both sentences
    if not money:
        reading.scope = scope_of(text)
    return reading


_PER_BENEFIT = ("attribution", "confidence")
_LABEL = re.compile(r"\s*(?:[-*•]\s*)?(?P<name>[^\W\d][\w'/ -]{1,40}?)\s*:\s")


_SHARE_OF = re.compile(
    r"\s*(?:of|van)\s+(?:the|de|het|that|die|dat|our|onze|ons)?\s*"
    r"(?P<name>[^\W\d][\w' -]{2,50}?)(?=\s*(?:[,;.()]|\b(?:is|was|are|were|komt|kwam|toe|aan|"
    r"due|down|thanks|to|and|en|door|dankzij|we|wij)\b|$))",
    re.IGNORECASE,
)
"""A share naming what it is of: "60% of the drop in deviations", "30% van de donatiestijging"."""


def _per_benefit(
    message: Message, found: list[Share]
) -> list[tuple[str, Decimal | None, Decimal | None]]:
    """Attribution and confidence under two or more names: one per sentence under a label
    ("Verzuim: 50% door het traject, zekerheid 70%. Verloop: ook 50%, zekerheid 60%."), or each
    attribution naming what it is of, a confidence going with the attribution before it ("60% of
    the drop in deviations is due to the training (confidence 80%), and 50% of the avoided
    remediation (confidence 70%)"): each name's own figures; empty unless every such share has a
    name."""
    return _per_label(message, found) or _per_share_of(message, found)


def _per_share_of(
    message: Message, found: list[Share]
) -> list[tuple[str, Decimal | None, Decimal | None]]:
    named: dict[str, list[Decimal | None]] = {}
    name = None
    for share in (s for s in found if s.role in _PER_BENEFIT):
        if share.role == "attribution":
            said = _share_named(message.text, share)
            if said is None or said in named:
                return []
            name = said
            named[name] = [share.value, None]
        elif name is None or named[name][1] is not None:
            return []  # a confidence before any attribution, or two for one
        else:
            named[name][1] = share.value
    return [(n, pair[0], pair[1]) for n, pair in named.items()] if len(named) >= 2 else []


_FOR_ALL = re.compile(
    r"\b(?:all|alle|allebei|beide|both|each of them|overall|across the board|in total|"
    r"voor (?:alles|allemaal|het geheel)|everything|alles)\b",
    re.IGNORECASE,
)


def _scoped(message: Message, found: list[Share], reading: Reading) -> list[Share]:
    """An attribution or confidence in a message of several benefits that speaks of one of them
    ("Van die schadedaling komt 60% door de training", "60% confident on that one", "Zekerheid
    80% bij de eenmalige, 65% bij de structurele"): written into that benefit's line, not
    applied to all. It speaks of the one benefit whose words the words right after it (else its
    clause, else its sentence) share most; a share for all of them ("voor alle drie", "for
    both") or naming none stays the message's. Returns the shares left to the message."""
    lines = reading.benefits
    if len(lines) < 2:
        return found
    amounts = find_money(message.text)
    told = [
        _stems(line.description)
        | _source_words(message, amounts, line)
        | (_TIME_WORDS if unit_of(line.description) is not None else set())
        for line in lines
    ]  # fmt: skip
    left = []
    after_its_benefit = _after_each_benefit(message, amounts, lines, found)
    for share in found:
        if share.role not in _PER_BENEFIT:
            left.append(share)
            continue
        clause = message.clause_at(share.start)
        sentence = message.sentence_text(clause.sentence)
        later = [other.start for other in found if share.end <= other.start < clause.end]
        after = message.text[share.end : min([*later, clause.end, share.end + 40])]
        span = message.sentences[clause.sentence]
        in_sentence = sum(span[0] <= o.start < span[1] and o.role in _PER_BENEFIT for o in found)
        if _for_all(after) or (in_sentence == 1 and _for_all(sentence)):
            left.append(share)  # "confidence 75% for all three", "Voor alle drie ... 80% zeker"
            continue
        alone = sum(clause.start <= o.start < clause.end and o.role in _PER_BENEFIT for o in found)
        wider = [message.text[clause.start : clause.end], sentence] if alone == 1 else []
        line = None
        for said in (after, *wider):
            line = _numbered(message, amounts, lines, said)
            line = line if line is not None else _the_one_named(said.replace(share.text, " "), told)
            if line is not None:
                break
        line = line if line is not None else after_its_benefit.get(share.start)
        if line is None:
            left.append(share)
            continue
        field = "attribution_pct" if share.role == "attribution" else "confidence_pct"
        reading.benefits[line] = reading.benefits[line].model_copy(update={field: share.value})
    return left


def _shares_of(message: Message, found: list[Share], reading: Reading) -> str | None:
    """What the attribution and confidence of a message without a benefit of its own say they
    are of, in their clauses ("The shrinkage figure is 50% due to the course, based on the
    trend line": "shrinkage figure"); ``None`` when they name nothing, or speak of all."""
    said = [s for s in found if s.role in _PER_BENEFIT]
    if reading.benefits or not said or len(reading.attribution) + len(reading.confidence) > 2:
        return None
    names = []
    for share in said:
        clause = message.clause_at(share.start)
        if _for_all(message.sentence_text(clause.sentence)):
            return None
        text = message.text[clause.start : clause.end].replace(share.text, " ")
        names += [w for w in re.findall(r"[^\W\d_]{4,}", text) if _stems(w)]
    return " ".join(dict.fromkeys(names)) or None


_ONLY = re.compile(r"\b(?:only|alleen|enkel|just)\b", re.IGNORECASE)
_ITEM = re.compile(r"\b(?:item|punt|nummer|nr\.?|number|no\.|#)\s*(?P<n>\d{1,2})\b", re.IGNORECASE)
_ITEM_START = re.compile(r"(?m)^\s*(?P<n>\d{1,2})\s*[.)]\s")
"""The start of a numbered list item ("3. Scrap batches ...", "2) afkeur ...")."""


def _for_all(text: str) -> bool:
    """Said of every benefit ("for all three", "across the board"), not "both only for the
    margin"."""
    return bool(_FOR_ALL.search(text)) and not _ONLY.search(text)


def _numbered(
    message: Message, amounts: list[Money], lines: list[BenefitLine], said: str
) -> int | None:
    """The benefit of the numbered list item a share names ("60% attribution on item 3" after
    "1. ... 2. ... 3. Scrap batches went from 30 to 18 a month, each costs £220"): the index of
    the one benefit line, in the reading's order, whose amount stands in that item."""
    item = _ITEM.search(said)
    if item is None:
        return None
    starts = list(_ITEM_START.finditer(message.text))
    at = next((n for n, m in enumerate(starts) if m["n"] == item["n"]), None)
    if at is None:
        return None
    start = starts[at]
    stop = starts[at + 1].start() if at + 1 < len(starts) else len(message.text)
    inside = {m.amount for m in amounts if start.start() <= m.start < stop}
    valued = [n for n, line in enumerate(lines) if {line.amount, line.unit_value} & inside]
    return valued[0] if len(valued) == 1 else None


def _after_each_benefit(
    message: Message, amounts: list[Money], lines: list[BenefitLine], found: list[Share]
) -> dict[int, int]:
    """Shares that follow each benefit in turn ("(1) overtime ... $148k ... 70% of that drop,
    80% confident. (2) ... 3,000 staff hours at $46/hr. 50-60% of that, 70% confidence"): each
    share's line (by the share's start) when every benefit is followed by shares of its own
    before the next one begins; empty otherwise (shares said after all of them are for all)."""
    where: dict[int, int] = {}  # a line's first amount in the text: the line
    for index, line in enumerate(lines):
        value = line.amount if line.amount is not None else line.unit_value
        at = next(
            (m.start for m in amounts if m.amount == value or m.text in line.description), None
        )  # "(€ 46.000 → € 12.500)": a level change by the levels it names
        if at is None or at in where:
            return {}
        where[at] = index
    starts = sorted(where)
    bounds = [*starts[1:], len(message.text)]
    placed: dict[int, int] = {}
    for share in (s for s in found if s.role in _PER_BENEFIT):
        spans = zip(starts, bounds, strict=True)
        at = next((a for a, b in spans if a < share.start < b), None)
        if at is None:
            return {}
        placed[share.start] = where[at]
    return placed if set(placed.values()) == set(range(len(lines))) else {}


def _source_words(message: Message, amounts: list[Money], line: BenefitLine) -> set[str]:
    """The words of the sentence a benefit's amount (or value of one) stands in."""
    value = line.amount if line.amount is not None else line.unit_value
    for money in amounts:
        if money.amount == value:
            sentence = message.sentence_text(message.clause_at(money.start).sentence)
            return _stems(sentence)
    return set()


def _the_one_named(text: str, told: list[set[str]]) -> int | None:
    """The line whose words (their first six letters, or a whole word that begins one:
    "claims" and "claimlast") ``text`` shares most, when one shares more than every other."""
    said = _stems(text)
    overlaps = [sum(any(_same_word(w, t) for t in words) for w in said) for words in told]
    best = max(overlaps)
    if best == 0 or overlaps.count(best) > 1:
        return None
    return overlaps.index(best)


def _same_word(said: str, told: str) -> bool:
    if said == told:
        return True
    short, long = sorted((said.removesuffix("s"), told), key=len)
    return len(short) >= 5 and long.startswith(short)


_TIME_WORDS = frozenset({"tijd", "tijdwi", "tijdsb", "time", "hours", "uren", "minute"})
"""What a time saving goes by ("60% op de tijdwinst"), whatever the message called it."""


def _stems(text: str) -> set[str]:
    common = _names_nothing()
    return {word[:6] for word in re.findall(r"[^\W\d_]{4,}", text.lower()) if word not in common}


@functools.cache
def _names_nothing() -> frozenset[str]:
    return function_words() | _NAMES_NOTHING


_NAMES_NOTHING = frozenset(
    {"training", "cursus", "course", "programma", "programme", "program", "traject", "zeker",
     "zekerheid", "confident", "confidence", "sure", "toeschrijving", "attribution", "denk",
     "think", "schat", "estimate", "komt", "door", "thanks", "dankzij", "year", "jaar", "month",
     "maand", "week", "euro", "about", "ongeveer"}
)  # fmt: skip
"""Words any share's sentence or any benefit may say: they point at no benefit."""


_TIME_LABEL = re.compile(r"(?:^|[.;]\s*)([^\W\d][\w-]*)\s+(?:time|tijd)\s*[:=-]", re.IGNORECASE)


def _time_of(said: str, members: str | None) -> bool:
    """A label naming the participants' time ("rep time: 3 days x 8 hrs"): per person, unless
    a total is said."""
    label = _TIME_LABEL.search(said)
    if label is None or find_cues(said, "total"):
        return False
    word = label.group(1)
    return is_person(word) or (members is not None and same_group(word, members))


_NAMED_BEFORE = re.compile(
    r"(?:^|[,;:.]\s*|\b(?:and|en|while|terwijl)\s+)(?:the|de|het|our|onze|ons)?\s*"
    r"(?P<name>[^\W\d][\w' -]{2,40}?)\s+(?:is|was|are|were|komt|kwam)(?:\s+(?:for|voor))?\s*$",
    re.IGNORECASE,
)
"""A share whose benefit is named before it: "the insurance saving is 100% due to it"."""


def _share_named(text: str, share: Share) -> str | None:
    """What an attribution share is of: named after it ("60% of the drop in deviations") or
    before it ("the insurance saving is 100% due to it")."""
    after = _SHARE_OF.match(text, share.end)
    if after is not None:
        return after["name"].strip()
    before = _NAMED_BEFORE.search(text, max(0, share.start - 60), share.start)
    before = before or _FOR_NAMED.search(text, max(0, share.start - 60), share.start)
    return before["name"].strip() if before is not None else None


_FOR_NAMED = re.compile(
    r"\b(?:for|voor|bij)\s+(?:the|de|het|our|onze)?\s*"
    r"(?!(?:that|this|it|those|these|them|die|dat|deze|dit|hem|hen)\b)"
    r"(?P<name>[^\W\d][\w' -]{2,40}?),?\s+"
    r"(?:they|we|he|she|ze|zij|wij|hij)\s+(?:say|said|estimate|think|reckon|put it at|"
    r"zeggen|zei|zeiden|schatten|denken|houden het op)\s*$",
    re.IGNORECASE,
)
"""A share for a benefit named before it: "For downtime they say 75%" (not "For that one they
say 40%": the one said before it, ``_after_each_benefit``)."""


def _per_label(
    message: Message, found: list[Share]
) -> list[tuple[str, Decimal | None, Decimal | None]]:
    named: dict[str, list[Decimal | None]] = {}
    for share in (s for s in found if s.role in _PER_BENEFIT):
        start, _ = message.sentences[message.clause_at(share.start).sentence]
        label = _LABEL.match(message.text, start)
        if label is None or label.end() > share.start:
            return []
        pair = named.setdefault(label["name"].strip(), [None, None])
        slot = _PER_BENEFIT.index(share.role or "")
        if pair[slot] is not None:
            return []  # two attributions under one name: the conflict question asks
        pair[slot] = share.value
    if len(named) < 2:
        return []
    return [(name, pair[0], pair[1]) for name, pair in named.items()]


_OWN_WORDS = 6


def _speaks_of_its_own(message: Message, sentence: int, at: int) -> bool:
    """Whether a sentence says something of its own before a cue ("Daarnaast voelen beveiligers
    zich zekerder; dit is niet in geld uitgedrukt"), so the cue is about that, not about the
    sentence before ("It was about £90. Actually, leave that out")."""
    start = message.sentences[sentence][0]
    return len(re.findall(r"[^\W\d_]{2,}", message.text[start:at])) > _OWN_WORDS


def _left_out(message: Message, found: list[Amount]) -> set[int]:
    """The amounts the user says not to count: those of a sentence saying so ("de koffie € 90
    tellen we niet mee"), or, when it names none, of the sentence before ("It was only about
    £90. Actually, leave that out"), those of a sentence that puts them in another project
    ("(€ 9.000) is een ander project"; never the sentence before: "We also raised the stands, but
    that was a separate project"), and those said to be in another amount already (before
    "already included", after "already includes")."""
    left: set[int] = set()
    inside: dict[int, int] = {}  # a sentence's first "zit al in" / "already included"
    for cue in find_cues(message.text, "included"):
        inside.setdefault(message.clause_at(cue.start).sentence, cue.start)
    for sentence, cue_start in inside.items():
        before = [a for a in found if a.clause.sentence == sentence and a.money.end <= cue_start]
        if before:  # "trainer €6,000; the venue of €1,200 is already included in that fee": the
            left.add(before[-1].money.start)  # €1,200, and not the € 31.000 it is inside
    for cue in find_cues(message.text, "includes"):  # "$45k; that already includes the
        sentence = message.clause_at(cue.start).sentence  # printed playbooks ($3,600)"
        own = [a for a in found if a.clause.sentence == sentence]
        after = [a for a in own if a.money.start >= cue.end]
        if after and any(a.money.end <= cue.start for a in own):
            left.add(after[0].money.start)
    for cue in find_cues(message.text, "left_out"):
        sentence = message.clause_at(cue.start).sentence
        own = [a for a in found if a.clause.sentence == sentence]
        before = [a for a in found if a.clause.sentence == sentence - 1]
        if not own and re.search(r"\d", message.sentence_text(sentence)):
            continue  # "morale went from 3.2 to 3.6, but don't put a value on that": not before
        if not own and _speaks_of_its_own(message, sentence, cue.start):
            continue  # "Daarnaast is de relatie met opdrachtgevers verbeterd; dit is niet in
        left |= {a.money.start for a in own or before}  # geld uitgedrukt": an intangible
    for cue in find_cues(message.text, "other_project"):  # "(€ 9.000) is een ander project"
        sentence = message.clause_at(cue.start).sentence
        left |= {a.money.start for a in found if a.clause.sentence == sentence}
    return left


_BETWEEN = re.compile(r"\b(?:between|tussen)\s+(?:de\s+|the\s+)?$", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"\s*(?:and|en|à|-|–|—)\s*", re.IGNORECASE)
_TO_JOIN = re.compile(r"\s*(?:tot|to|à|-|–|—)\s*", re.IGNORECASE)
_FROM = re.compile(r"\b(?:from|van|vanaf)\s+(?:about\s+|ongeveer\s+|zo'n\s+)?$", re.IGNORECASE)
"""A range said without "between" ("€ 8.000 tot € 12.000", "$8,000 to $12,000") is one unless
it is a move ("from $8,000 to $12,000")."""
_BARE_LOW = re.compile(
    rf"\b(?P<between>between|tussen)\s+(?:de\s+|the\s+)?(?P<low>{DIGITS})(?=\s+(?:and|en)\s+)",
    re.IGNORECASE,
)


def _as_money_like_the_high(m: re.Match[str], language: Language) -> str:
    """ "tussen de 8 en 12 k€": the low end in the high end's currency and scale ("8 k€"), so
    the range reads as money at both ends."""
    rest = m.string[m.end() :]
    join = re.match(r"\s+(?:and|en)\s+", rest)
    assert join is not None  # the lookahead
    money = find_money(rest[join.end() : join.end() + 40], language=language)
    if not money or money[0].start != 0 or find_money(m["low"], language=language):
        return m.group()
    high = money[0].text
    digits = re.search(rf"{DIGITS}", high)
    if digits is None:
        return m.group()
    low = f"{high[: digits.start()]}{m['low']}{high[digits.end() :]}"
    return m.group()[: m.start("low") - m.start()] + low


_FACTOR_BEFORE = re.compile(r"(?<![\w.,])(?P<n>\d+(?:[.,]\d+)?)\s*[x×*]\s*$", re.IGNORECASE)


def _without_worked_products(text: str, language: Language) -> str:
    """ "dus 3 × € 52 = € 156 per stuk": the user's own product, when it holds, is the figure;
    its factors are blanked so they are not read as a second amount."""
    money = find_money(text, language=language)
    for price, result in zip(money, money[1:], strict=False):
        factor = _FACTOR_BEFORE.search(text, max(0, price.start - 15), price.start)
        if factor is None or not re.fullmatch(r"\s*=\s*", text[price.end : result.start]):
            continue
        try:
            times = parse_number(factor["n"], language=language)
        except ValueError:
            continue
        if times * price.amount == result.amount:
            text = (
                text[: factor.start()]
                + " " * (result.start - factor.start())
                + text[result.start :]
            )
    return text


_ONE_UNIT_COSTS = re.compile(
    r"\b(?:each|every|per|elke?|iedere?|[eé]én|een|one|an?)\s+[\w-]+(?:\s+[\w-]+)?\s+"
    rf"(?:costs?|kost|kostte)\b|{COST_OF_ONE}",
    re.IGNORECASE,
)
"""What one item costs ("a recordable costs us", "the cost of a recordable at"): a benefit's
unit value, whose range is taken at its low end."""


def _money_ranges(message: Message, found: list[Amount], reading: Reading) -> set[int]:
    """ "between $4,000 and $5,000", "tussen € 8.000 en € 12.000": one figure at its
    conservative end (Phillips: the lower benefit, the higher cost), the other end no figure of
    its own; the confirmation says which end was taken."""
    text, dropped = message.text, set()
    for low, high in zip(found, found[1:], strict=False):
        if low.money.start in dropped:
            continue
        said_before = max(0, low.money.start - 25)
        between = _RANGE_JOIN.fullmatch(text, low.money.end, high.money.start) and _BETWEEN.search(
            text, said_before, low.money.start
        )
        to = _TO_JOIN.fullmatch(text, low.money.end, high.money.start) and not _FROM.search(
            text, said_before, low.money.start
        )  # "€ 8.000 tot € 12.000", not "van € 8.000 tot € 12.000"
        if not (between or to) or low.clause.sentence != high.clause.sentence:
            continue
        before = text[message.sentences[low.clause.sentence][0] : low.money.start]
        a_cost = low.role == "cost" and not _ONE_UNIT_COSTS.search(before)
        keep, drop = (
            (high, low) if a_cost == (high.money.amount >= low.money.amount) else (low, high)
        )
        dropped.add(drop.money.start)
        reading.money_ranges.append((f"{low.money.text}–{high.money.text}", keep.money.text))
    return dropped


def _reference_levels(message: Message, found: list[Amount]) -> set[int]:
    """The forecast a result is measured against: "de forecast kwam uit op € 3,2 mln, de
    werkelijke omzet was € 96.000 hoger" - the € 96.000 above the forecast is the benefit, the
    forecast itself is no line."""
    text, levels = message.text, set()
    for amount in found:
        start = max(
            [message.sentences[amount.clause.sentence][0]]
            + [a.money.end for a in found if a.money.end <= amount.money.start]
        )  # the forecast is named after any amount before it in its sentence
        if amount.role == "cost" or not find_cues(
            text, "reference_level", start=start, end=amount.money.start
        ):
            continue  # "budgeted € 20.000, spent € 2.000 more": the cost is both
        later = [
            a for a in found
            if a.clause.sentence == amount.clause.sentence and a.money.start > amount.money.end
            and a.role != "cost"
        ]  # fmt: skip
        for other in later:
            after = find_cues(text, "increase", "decrease", start=other.money.end,
                              end=min(len(text), other.money.end + 15))  # fmt: skip
            if after:  # "... € 96.000 hoger", "$40k above"
                levels.add(amount.money.start)
                break
    return levels


def _restated(message: Message, found: list[Amount]) -> set[int]:
    """An amount said again as a gain after "so that's" in its sentence ("we paid $36,000 in
    fines the year before and nothing this year, so that's $36,000 a year avoided"): the later
    saying is the figure, the earlier one only how it came about."""
    earlier = set()
    for first, later in itertools.combinations(found, 2):
        if first.money.amount != later.money.amount:
            continue
        if first.clause.sentence != later.clause.sentence:
            continue
        clause = later.clause
        gained = find_cues(message.text, "benefit_verbs", "benefit_nouns", start=clause.start,
                           end=clause.end)  # fmt: skip
        if gained and SO_THAT_IS.search(message.text, first.money.end, later.money.start):
            earlier.add(first.money.start)  # not "£8,000 plus VAT ... so count just £8,000"
    return earlier


def _file(
    message: Message,
    amount: Amount,
    found: list[Amount],
    reading: Reading,
    members: str | None,
    units: Mapping[str, int],
) -> None:
    """One amount into the reading as a cost, a benefit, a total or a question; a benefit per
    site, store or clinic the conversation counted is one for all of them."""
    money = amount.money
    if reading.benefits and _a_comparison_moved(message, amount):
        net = _net_of_amount(reading.benefits[-1], amount)
        if net is not None:  # "... daalden met € 150.000. Zwolle deed niet mee; daar daalden de
            reading.benefits[-1] = net  # faalkosten met 40k": € 110.000
            reading.compared = True
            return
    if amount.role == "total":
        reading.totals.append(money.amount)
    elif amount.role == "cost":
        _file_cost(message, amount, found, reading, members, units)
    elif amount.role == "benefit":
        if amount.period is None:
            reading.without_period.append(money.text)
            return
        per_unit = _per_unit(amount, units)
        count = per_unit[0] if per_unit else 1
        shown = f" ({per_unit[1]} × {money.text})" if per_unit else ""
        reading.benefits.append(
            BenefitLine(
                description=f"{amount.description}{shown}"[:500],
                amount=count * money.amount,
                period=amount.period,
                per_participant=amount.per_participant,
                isolation_method=IsolationMethod.NONE,
            )
        )
    elif not _repeated(amount, found):
        reading.unclear.append(money.text)


def _per_unit(amount: Amount, units: Mapping[str, int]) -> tuple[int, str] | None:
    """ "€ 1.400 per kliniek per maand" with "14 dierenklinieken" counted: (14, "14
    dierenklinieken"); ``None`` for a rate per person or per nothing counted."""
    rate = amount.rate
    if rate is None or rate.per is None or rate.per_person:
        return None
    found = counted(rate.per, units)
    if found is None or found[0] <= 1:
        return None
    n, name = found
    return n, f"{n} {name}"


def _a_comparison_moved(message: Message, amount: Amount) -> bool:
    """An amount by which the same measure moved where the programme was not given ("Zwolle deed
    niet mee ...; daar daalden de faalkosten met 40k"): the change of a comparison group."""
    clause = message.text[amount.clause.start : amount.clause.end]
    if not find_cues(clause, "decrease", "increase"):
        return False
    sentence = amount.clause.sentence
    said = " ".join(message.sentence_text(i) for i in range(max(0, sentence - 1), sentence + 1))
    return bool(find_cues(said, "control_group") or NOT_TAKING_PART.search(said))


def _net_of_amount(changed: BenefitLine, compared: Amount) -> BenefitLine | None:
    """A benefit net of the comparison group's change in the same measure, when that moved
    less; ``None`` when the benefit is no amount or the comparison moved as much."""
    if changed.amount is None or compared.money.amount >= changed.amount:
        return None
    return changed.model_copy(
        update={
            "amount": changed.amount - compared.money.amount,
            "description": f"{changed.description} (− {compared.money.text})"[:500],
        }
    )


def _file_cost(
    message: Message,
    amount: Amount,
    found: list[Amount],
    reading: Reading,
    members: str | None,
    units: Mapping[str, int],
) -> None:
    """A cost line; a rate per hour or day is the factor of a cost ("4 uur à € 46 per uur"),
    and a rate per anything else ("€ 250 per verzuimdag") is a value to ask about. ``members``
    names the participants ("monteurs"), ``units`` the groups counted ("2 groepen")."""
    money, rate = amount.money, amount.rate
    if _factor_of_a_product(message, amount, found):
        return  # "8 uur pp à 16 euro, dus 128 euro pp": the 128 is the cost
    category = category_of(message, amount, found, members)
    each_day = _per_person_per_day(message, amount) or _per_person_per_thing(message, amount)
    if each_day is not None:  # "catering € 14,50 per deelnemer per dag, de training was 2 dagen"
        value, shown = each_day
        description = f"{amount.description} ({shown})"[:500]
        reading.costs.append(
            CostLine(category=category, description=description, amount=value, per_participant=True)
        )
        return
    if amount.time_rate:
        start, end = message.sentences[amount.clause.sentence]
        start = durations_from(message, money, amount.clause)
        product = time_cost(message.text, amount, start, end)
        clause = message.text[amount.clause.start : amount.clause.end]
        a_thing = category in _THINGS or cost_category(clause) in _THINGS
        venue = product is None and bool(_VENUE.search(message.text, start, money.start))
        if venue:
            a_thing, category = True, CostCategory.FACILITIES  # "in een vergaderzaal, € 600
        if product is None and a_thing and rate is not None and rate.period is RatePeriod.DAY:
            product = _over_the_days(message, amount)  # per dag" ... "trainer 2 dagen"
        if product is None:
            if not states_its_product(message.text, amount):
                reading.unclear.append(money.text)  # a rate without a duration: asked
            return  # else the sentence states the product itself ("so $96 per agent")
        value, shown = product
        before = message.text[after_the_previous_amount(amount, found, start) : money.start]
        # "een instructeur: € 2.750 per dag" is the delivery, "room hire £150 a day" the
        # facilities (a thing the clause's words name, not only the model's guess: "it was 5
        # hours each at $45" names none); other time is the participants'
        machine = bool(_MACHINE_HOUR.search(message.text, start, end))
        if machine and category is CostCategory.PARTICIPANT_TIME:
            category = CostCategory.OTHER  # "een pers stond 6 uur stil; een machine-uur kost
        thing = venue or machine or (category in _THINGS and cost_category(clause) in _THINGS)
        everyone = names_every_person(before) and not FACULTY.search(before)
        people = not teaches(before, members) and not thing  # "Each handler spent 10 hours in
        people = people and (everyone or not _others_work(clause))  # the workshop": their own
        people = people and not others_work(before) and not _others_spent(before, members)
        said = message.text[start : money.start]
        if people and _MY_OWN.search(said):  # "ik heb zelf 20 uur aan de behoefteanalyse
            people = False  # besteed, mijn uurtarief is € 55": the writer's work on an item
            named = cost_category(said)
            category = named if named is not CostCategory.OTHER else category
        each = people and bool(
            amount.per_participant
            or names_every_person(said)
            or each_one_spent(said)  # "Iedere caissière volgde 3 uur training, uurloon € 17,50"
            or each_of_a_group(before)  # "officer time, 5 hours each at £30"
            or (TIME_OF_PEOPLE.search(said) and not find_cues(said, "total"))
            or _time_of(said, members)
            or not _a_total_said(message.text, start, end, money)
        )  # "de deelnemers zaten elk 4 uur", "Managers' time: one full day of 7 hours"; any
        # other participant time in hours is what one of them spent, unless a total is said
        if people and each:
            reading.time_rate = _time_rate(message.text, amount) or reading.time_rate
        crew = others_each(said, members) if each else _faculty_each(message, said, amount)
        if crew is not None:  # "the two managers' time (2 days each at £240 a day)": they ran
            value, shown = value * crew.count, f"{crew.count} × {shown}"  # it with the trainer
            people = each = False
            if category is CostCategory.PARTICIPANT_TIME:
                category = CostCategory.DELIVERY
        reading.costs.append(
            CostLine(
                category=CostCategory.PARTICIPANT_TIME if people else category,
                description=f"{amount.description} ({shown})"[:500],
                amount=value,
                per_participant=each,
            )
        )
        return
    if rate is not None and rate.per is not None and not rate.per_person:
        per_unit = _per_unit(amount, units)  # "2 groepen", then "trainer € 1.800 per groep"
        counted = _count_of_each(message, amount, rate.per) or (
            (Decimal(per_unit[0]), per_unit[1]) if per_unit else None
        )
        if counted is not None:  # "gaven 14 workshops, interne kosten € 450 per workshop"
            reading.costs.append(_so_many(category, amount, *counted))
        elif not _repeated(amount, found):  # a cost of so many, not said how many: asked
            reading.needs_count.append((money.text, rate.per))
            start, end = message.sentences[amount.clause.sentence]
            reading.context[money.text] = message.text[start:end]
        return
    if rate is None and (counted := _so_many_of_one(message, amount)) is not None:
        reading.costs.append(_so_many(category, amount, *counted))  # "a day of training costs
        return  # $1,200 and we ran 3 days"
    if any(line.amount == money.amount for line in reading.costs) and _repeated(amount, found):
        return  # "£8,000 plus VAT ... so count just £8,000": said twice, counted once
    times = _times(message, amount, members)
    if times is not None:
        count, shown, people = times
        description = " ".join(amount.description.replace(shown, " ").split()).strip(" :x×*")
        written = f"{shown} × {money.text}"
        reading.costs.append(
            CostLine(
                category=category,
                description=(f"{description} ({written})" if description else written)[:500]
                if not people
                else description or amount.description,
                amount=money.amount if people else count * money.amount,
                per_participant=people or amount.per_participant,
            )
        )
        return
    counted = _items_each(message, amount) or _each_of_counted(message, amount)
    if counted is not None:
        reading.costs.append(_so_many(category, amount, *counted))
        return
    months = _over_periods(message, amount)
    if months is not None:  # "€ 4 per persoon per maand, 12 maanden": € 48 per person
        line = _so_many(category, amount, *months)
        reading.costs.append(line.model_copy(update={"per_participant": amount.per_participant}))
        return
    reading.costs.append(
        CostLine(
            category=category,
            description=amount.description,
            amount=money.amount,
            per_participant=amount.per_participant,
        )
    )


_RECURRING = {RatePeriod.WEEK: DurationUnit.WEEK, RatePeriod.MONTH: DurationUnit.MONTH}


def _time_rate(text: str, amount: Amount) -> tuple[str, TimeUnit] | None:
    """The hourly or daily rate a participant's time is priced at ("uurtarief € 46", "$260/day")."""
    if hourly_rate(text, amount):
        return amount.money.text, TimeUnit.HOUR
    if amount.rate is not None and amount.rate.period is RatePeriod.DAY:
        return amount.money.text, TimeUnit.DAY
    return None


def _over_periods(message: Message, amount: Amount) -> tuple[Decimal, str] | None:
    """A cost per week or month and the weeks or months its sentence says it ran, after the
    price ("app € 4 per persoon per maand, 12 maanden", "$300 a month for 6 months"), as
    (the count, "12 maanden"); without them the cost stays what one period costs."""
    rate = amount.rate
    unit = _RECURRING.get(rate.period) if rate is not None and rate.period else None
    if unit is None:
        return None
    end = message.sentences[amount.clause.sentence][1]
    for found in find_durations(message.text[amount.money.end : end]):
        if found.duration.unit is unit and found.duration.amount > 1:
            return found.duration.amount, found.text
    return None


_ONE_COSTS = re.compile(
    r"\b(?:a|an|one|each|every|een|één|eén|elke|iedere)\s+(?P<per>[^\W\d_]+)"
    r"(?:\s+(?:of|van)\s+(?P<of>[^\W\d_]+(?:\s+[^\W\d_]+)?)|\s+(?P<what>[^\W\d_]+))?\s+"
    r"(?:costs?|cost us|kost|kostte|kostten|was|is|came to)\s+(?:us\s+|ons\s+)?"
    r"(?:(?:about|around|roughly|ongeveer|zo'n|circa)\s+)?$",
    re.IGNORECASE,
)
"""The price of one thing said before it ("a day of training costs", "elke sessie kostte")."""


def _so_many_of_one(message: Message, amount: Amount) -> tuple[Decimal, str] | None:
    """The price of one day or thing ("a day of training costs $1,200", "each session cost
    €500") times the days the message names or the things its sentence counts ("we ran 3
    days", "4 sessions"), as (count, "3 days"); not a person's day ("a day of a planner")."""
    one = _ONE_COSTS.search(message.text, amount.clause.start, amount.money.start)
    if one is None or _HOUR_UNIT.fullmatch(one["per"]):
        return None  # "an hour of coaching costs €120": a rate, read with the hours
    named = (one["per"], *(one["of"] or one["what"] or "").split())
    if any(is_person(word) for word in named) or is_a_persons_day(one["per"]):
        return None  # "a day of a planner costs us NOK 7,800", "een monteursdag kost € 360"
    if one["per"].lower().endswith(("dag", "day")):  # "een trainingsdag kost € 1.100"
        return _the_days(message)
    return _count_of_each(message, amount, one["per"])


_ITEMS_AT = re.compile(
    rf"(?<![\w.,])(?P<num>{DIGITS_OR_WORD})\s+(?P<items>[^\W\d][\w-]*(?:\s+[^\W\d][\w-]*)?)\s+"
    r"(?P<at>at|of|à|a|van|voor|for|x|×)\s*$",
    re.IGNORECASE,
)
_COUNT_THEN_PRICE = re.compile(
    rf"\W*(?:[^\W\d_][\w-]*:\s*)?(?P<num>{DIGITS_OR_WORD})\s+"
    r"(?P<items>[^\W\d][\w-]*(?:\s+[^\W\d][\w-]*){0,7}?)\s+(?P<at>à|at|for|voor)\s*$",
    re.IGNORECASE,
)
"""A clause (after a label) that starts counting things and prices them ("6 bijeenkomsten door
bureau De Brug à € 1.850", "Costs: 4 workshops with an external trainer at £900 each"), however
many words name the things."""


_MY_OWN = re.compile(
    r"\b(?:ik|(?-i:I))\s+(?:heb|had|spent|besteedde|put in|worked|werkte)\b|\b(?:myself|mezelf)\b|"
    r"\b(?:mijn|my)\s+(?:eigen\s+|own\s+)?"
    r"(?:uurtarief|tarief|uren|tijd|rate|hourly rate|time|hours)\b",
    re.IGNORECASE,
)
"""The writer's own time: not the participants'."""
_TIMES_BEFORE = re.compile(
    rf"(?<![\w.,€$£])(?P<num>{DIGITS})(?:\s+(?P<items>[^\W\d][\w-]*))?\s*[x×*]\s*$", re.IGNORECASE
)
_TIMES_AFTER = re.compile(
    rf"\s*[x×*]\s*(?P<num>{DIGITS})(?![\w.,]\d)(?:\s+(?P<items>[^\W\d][\w-]*))?", re.IGNORECASE
)


def _times(
    message: Message, amount: Amount, members: str | None
) -> tuple[Decimal, str, bool] | None:
    """An amount multiplied as written ("licenties: 150 x € 18", "3 sessions x €950", "€ 35 x
    40 deelnemers"), as (count, the count as written, whether the count is of the participants:
    then the amount is each one's). Other people ("14 people x $640" for the remote sites, "10
    mentors at £200") are counted as written. Hours and days at a rate are read before this."""
    text = message.text
    before = _TIMES_BEFORE.search(text, amount.clause.start, amount.money.start)
    after = _TIMES_AFTER.match(text, amount.money.end, amount.clause.end)
    found = before or after
    if found is None:
        return None
    factors = [found]
    while before is not None and (
        more := _TIMES_BEFORE.search(text, amount.clause.start, factors[0].start())
    ):
        factors.insert(0, more)  # "4 dagen × 8 uur × € 52 per persoon": 32
    try:
        count = functools.reduce(operator.mul, (parse_number(f["num"]) for f in factors))
    except ValueError:
        return None
    if count <= 1:
        return None
    items = found["items"] or ""
    first = factors[0].start("num")
    shown = text[first : found.end("items") if items else found.end("num")]
    ours = _PARTICIPANTS.fullmatch(items.strip()) or (members and same_group(items, members))
    return count, shown, bool(items) and bool(ours)


def _faculty_each(message: Message, said: str, amount: Amount) -> PeopleCount | None:
    """ "trainers: twee eigen senior-monteurs, elk 6 dagen à € 560", "two of our supervisors
    taught it, 120 hrs each at $95/hr": so many people who teach, each for the time a rate
    prices."""
    if not each_of_a_group(said):
        return None
    counted = [p for p in find_people(said) if p.count > 1]
    if not counted:
        return None
    if under_faculty_label(message.text, amount.money.start) or taught_it(said, counted[-1]):
        return counted[-1]
    return None


def _so_many(category: CostCategory, amount: Amount, count: Decimal, shown: str) -> CostLine:
    """So many things at the amount each, with the product as written ("14 workshops × € 450");
    each participant's when they are counted per participant ("3 coachgesprekken per deelnemer
    à € 175")."""
    return CostLine(
        category=category,
        description=f"{amount.description} ({shown} × {amount.money.text})"[:500],
        amount=count * amount.money.amount,
        per_participant=any(rate.per_person for rate in find_rates(shown)),
    )


_PARTICIPANTS = re.compile(
    r"(?:\w+\s+)?(?:deelnemers?|participants?|cursisten|cursist|trainees?|learners?|attendees?)",
    re.IGNORECASE,
)


_COUNTED = re.compile(
    rf"(?<![\w.,])(?P<num>{DIGITS_OR_WORD})\s+(?P<words>[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?)",
    re.IGNORECASE,
)


def _count_of_each(message: Message, amount: Amount, per: str) -> tuple[Decimal, str] | None:
    """A price per thing its sentence counts ("gaven 14 workshops, € 450 per workshop", "the 12
    coaching sessions cost $150 per session", "room hire was $300 per session, 6 sessions"), or
    a sentence before it, as (the count, "14 workshops"); a count before the price first."""
    start, end = message.sentences[amount.clause.sentence]
    counted = list(_COUNTED.finditer(message.text, start, end))
    before = [m for m in counted if m.start() < amount.money.start]
    after = [m for m in counted if m.start() >= amount.money.end]
    earlier = list(_COUNTED.finditer(message.text, 0, start))[::-1]  # "86 milkers took part,
    for m in before + after + earlier:  # from 40 farms. The vets charged NZ$350 per farm."
        words = m["words"].split()
        named = next((i for i, word in enumerate(words) if names_a(word, per)), None)
        if named is None:
            continue
        try:
            count = parse_number(m["num"])
        except ValueError:
            continue
        if count > 1:
            return count, " ".join([m["num"], *words[: named + 1]])
    return None


def _items_each(message: Message, amount: Amount) -> tuple[Decimal, str] | None:
    """ "8 sessions at £450 each", "3 workshops van € 900 per stuk", "6 sessies à € 1.100": so
    many things at a price each, as (count, "8 sessions"); not people ("12 agents at €40 each"
    is per participant)."""
    text = message.text
    for items, named in (
        (_ITEMS_AT.search(text, amount.clause.start, amount.money.start), 2),
        (_COUNT_THEN_PRICE.match(text, amount.clause.start, amount.money.start), 1),
    ):  # the things are named by the count's next words, or its next word in a longer clause
        if items is None:
            continue
        if items["at"] != "à" and not EACH_AFTER.match(text, amount.money.end):
            return None  # "6 sessies à € 1.100" is a price each; "8 sessions at £450" needs "each"
        try:
            count = parse_number(items["num"])
        except ValueError:
            continue  # "bureau De Brug à": no count; the clause may start with one
        if count <= 1:
            continue  # "an external trainer at £900 each": the clause may start with a count
        rates = [r for r in find_rates(items["items"]) if r.per_person]  # "... per deelnemer"
        things = items["items"][: rates[0].start] if rates else items["items"]
        if any(is_person(word) for word in things.split()[:named]):
            return None
        shown = text[items.start("num") : items.start("items") + len(items["items"])]
        return count, shown
    return None


_EACH_BEFORE = re.compile(
    r"\b(?:each|elk|elke|ieder|iedere)(?:\s+(?:cost|costs|costing|kost|kostte|kostten|at|à|"
    r"was|is|billed|charged|for|voor|van))?\s*:?\s*$",
    re.IGNORECASE,
)


def _each_of_counted(message: Message, amount: Amount) -> tuple[Decimal, str] | None:
    """A price each of the things its sentence counted just before ("We ran 4 sessions, each
    cost €500", "3 workshops, elk € 900"), as (count, "4 sessions"); not people or time ("12
    agents, each at €40" is per participant)."""
    text = message.text
    start, _ = message.sentences[amount.clause.sentence]
    if not _EACH_BEFORE.search(text, start, amount.money.start):
        return None
    for m in reversed(list(_COUNTED.finditer(text, start, amount.money.start))):
        thing = m["words"].split()[0]
        if unit_of(thing) is not None or thing.lower() in _NOT_THINGS:
            continue  # "4 sessions of 3 hours, each ...": the sessions
        try:
            count = parse_number(m["num"])
        except ValueError:
            continue
        if len(thing) < 4 or not thing.isalpha() or is_person(thing):
            return None  # "750 ok fine each € 1.250": no things; "12 agents, each": people
        return (count, f"{m['num']} {thing}") if count > 1 else None
    return None


_NOT_THINGS = {"each", "elk", "elke", "ieder", "iedere", "per", "of", "van", "cost", "kost"}


def _per_person_per_day(message: Message, amount: Amount) -> tuple[Decimal, str] | None:
    """An amount per person per day or hour with the days or hours the message names: each
    person's cost over all of them, as (value, the product as written)."""
    rate = amount.rate
    if rate is None or not rate.per_person or rate.period not in (RatePeriod.DAY, RatePeriod.HOUR):
        return None
    start, end = message.sentences[amount.clause.sentence]
    later = message.sentences[min(amount.clause.sentence + 1, len(message.sentences) - 1)][1]
    unit = _DAY_UNIT if rate.period is RatePeriod.DAY else _HOUR_UNIT
    for until in (end, later):  # its own sentence first, then the next
        product = time_cost(message.text, amount, start, until)
        if product is not None and unit.search(product[1].split("×")[-2]):
            return product
    if rate.period is RatePeriod.DAY:
        return _over_the_days(message, amount)
    return None  # "lunch € 15 per person per day; they spent 6 hours in class": no product


_THEN_PER = re.compile(r"\s*(?:per|each|elke?|a|an)\s+(?P<thing>[^\W\d_][\w-]*)", re.IGNORECASE)


def _per_person_per_thing(message: Message, amount: Amount) -> tuple[Decimal, str] | None:
    """A price per participant per thing the message counts once ("reiskosten: € 25 per
    deelnemer per bijeenkomst" with "6 bijeenkomsten"): each one's cost over all of them, as
    (value, the product as written); ``None`` when the message counts the thing never or in
    more than one way."""
    rate = amount.rate
    if rate is None or not rate.per_person or rate.period is not None:
        return None
    then = _THEN_PER.match(message.text, amount.money.end + rate.end)
    if then is None or is_person(then["thing"]):
        return None
    counts: dict[Decimal, str] = {}
    for m in _COUNTED.finditer(message.text):
        counted = m["words"].split()[0]
        inside = amount.money.start <= m.start() < amount.money.end
        if inside or not names_a(counted, then["thing"]):
            continue
        try:
            count = parse_number(m["num"])
        except ValueError:
            continue
        if count > 1 and count == count.to_integral_value():
            counts.setdefault(count, f"{m['num']} {counted}")
    if len(counts) != 1:
        return None
    [(count, shown)] = counts.items()
    return count * amount.money.amount, f"{shown} × {amount.money.text}"


_VENUE = re.compile(
    r"\b(?:\w*zaal(?:tje)?|zalen|ruimte|lokaal|venue|(?:meeting |training |conference )?rooms?|"
    r"locatie|location)\b",
    re.IGNORECASE,
)
"""A room the programme was held in: a price per day in its sentence is the venue's."""
_DAYS = re.compile(
    rf"(?<![\w.,])(?P<num>{DIGITS_OR_WORD})[\s-]?(?:dagen|dag|days?|daagse)\b", re.IGNORECASE
)


def _over_the_days(message: Message, amount: Amount) -> tuple[Decimal, str] | None:
    """A price per day of a thing (a room, lunch each) over the days of the programme, when the
    message names one number of days ("trainer 2 dagen à € 1.400. ... zaal € 600 per dag"): as
    (value, the product as written); ``None`` when it names none or several."""
    days = _the_days(message)
    if days is None:
        return None
    count, shown = days
    return count * amount.money.amount, f"{shown} × {amount.money.text}"


def _the_days(message: Message) -> tuple[Decimal, str] | None:
    """The one number of days (more than one) the message names, as written; ``None`` when it
    names none or several."""
    days: dict[Decimal, str] = {}
    for m in _DAYS.finditer(message.text):
        try:
            count = parse_number(m["num"])
        except ValueError:
            continue
        if count > 1 and count == count.to_integral_value():
            days.setdefault(count, m.group())
    if len(days) != 1:
        return None
    [(count, shown)] = days.items()
    return count, shown


_DAY_UNIT = re.compile(r"dag|day", re.IGNORECASE)
_HOUR_UNIT = re.compile(r"uur|uren|hour|hrs?\b|\d\s?[uh]\b", re.IGNORECASE)


_WHO_SPENT = re.compile(
    r"(?:^|[.;:!?]\s*|\b(?:and|en)\s+)(?:our|onze|ons|the|de|het)?\s*(?:own|eigen)?\s*"
    r"(?:[\w-]+\s+)?(?P<who>[\w-]+)\s+(?:put in|spent|invested|worked|besteedden|staken|"
    r"werkten|investeerden)\b",
    re.IGNORECASE,
)
_ANYONE = frozenset(
    {"people", "staff", "employees", "everyone", "colleagues", "workers", "participants",
     "mensen", "medewerkers", "iedereen", "collega's", "deelnemers", "cursisten"}
)  # fmt: skip


def _others_spent(before: str, members: str | None) -> bool:
    """Whether people other than the participants spent the hours a rate prices ("Our own
    field officers put in about 120 hours organising ..., at NZ$58 an hour" when the milkers took
    part): their work on the programme, not the participants' time."""
    if not members:
        return False
    spent = list(_WHO_SPENT.finditer(before))
    if not spent or not _RUNNING_IT.search(before, spent[-1].end()) or _EACH_ONE.search(before):
        return False
    who = spent[-1]["who"]
    return is_people(who) and who.lower() not in _ANYONE and not same_group(who, members)


_RUNNING_IT = re.compile(
    r"\b(?:organi[sz]\w*|co-?facilitat\w*|facilitat\w*|coordinat\w*|prepar\w*|"
    r"organiseren|organiseerden|voorbereid\w*|co[oö]rdin\w*|begeleid\w*)",
    re.IGNORECASE,
)
"""What others do for the programme: organising, (co-)facilitating, preparing it."""
_EACH_ONE = re.compile(r"\b(?:each|every|elke?|iedere?)\b", re.IGNORECASE)


def _a_total_said(text: str, start: int, end: int, money: Money) -> bool:
    """Whether the sentence says a total ("in totaal 120 uur"); not a rate said to be all-in
    ("Een monteursdag kost ons € 360 all-in": everything in that day's price)."""
    return any(
        not 0 <= cue.start - money.end <= 2
        for cue in find_cues(text, "total", start=start, end=end)
    )


def _others_work(clause: str) -> bool:
    """Whether hours or days at a rate are the work of someone other than the participants,
    as the cost model reads the clause with certainty ("our designer's time: 80 hrs x $50",
    "De evaluator rekende € 680 per dag, zes dagen", "het bureau heeft 18 uur à € 115 gerekend
    voor de analyse vooraf")."""
    return sure_category(clause, at=_SURE) in _WORK_OF_OTHERS


_WORK_OF_OTHERS = frozenset({CostCategory.NEEDS_ASSESSMENT, CostCategory.DESIGN_DEVELOPMENT,
                             CostCategory.DELIVERY, CostCategory.EVALUATION})  # fmt: skip
_SURE = 0.7


_MACHINE_HOUR = re.compile(
    r"\b(?:machine|pers|press|truck|lorry|vehicle|voertuig|kraan|crane|installatie|equipment|"
    r"robot|oven|lijn|line|draai|bedrijfs|productie|production|run|spindle|spindel)"
    r"s?[- ]?(?:uur|uren|hours?|hrs?)\b",
    re.IGNORECASE,
)
"""The hourly rate of a machine's time ("een machine-uur kost ons € 180", "each press hour costs
$240"): a cost of the hours it stood still, no one's time."""
_THINGS = frozenset({CostCategory.FACILITIES, CostCategory.TRAVEL_LODGING,
                     CostCategory.MATERIALS, CostCategory.ACQUISITION})  # fmt: skip
"""Costs of things, not people: a rate per day of these is no one's time."""


def _factor_of_a_product(message: Message, amount: Amount, found: list[Amount]) -> bool:
    """An amount the same sentence goes on to multiply out ("... at $32 an hour, so $96 per
    agent"): a factor, not a cost of its own."""
    later = [
        a for a in found
        if a.clause.sentence == amount.clause.sentence and a.money.start > amount.money.start
    ]  # fmt: skip
    if not later:
        return False
    between = message.text[amount.money.end : later[0].money.start]
    before = message.text[max(0, amount.money.start - 25) : amount.money.start]
    unit_price = amount.time_rate or amount.rate is not None or bool(_AT.search(before))
    return unit_price and bool(PRODUCT.search(between)) and len(between) <= 80


_FACTOR = re.compile(
    r"\b(?:correctie|correction|adjustment|aanpassings?|reductie|reduction|veiligheids|safety)?"
    r"[- ]?factor\s*(?:van|of|=|:)?\s*(?P<value>0?[.,]\d{1,3})\b"
    r"|\b(?:multiply|multiplied|vermenigvuldig\w*)\s+(?:[\w-]+\s+){0,3}?(?:by|with|met)\s+"
    r"(?P<times>0?[.,]\d{1,3})\b",
    re.IGNORECASE,
)
"""A correction written as a factor below 1 ("een correctiefactor van 0,85", "multiply by 0.9"):
a cut of what it leaves off (15%, 10%)."""


def _correction_factors(text: str, reading: Reading, language: Language) -> None:
    for m in _FACTOR.finditer(text):
        factor = parse_number(m["value"] or m["times"], language=language)
        if 0 < factor < 1:
            cut = Decimal(format(((1 - factor) * 100).normalize(), "f"))
            if cut not in reading.adjustments:
                reading.adjustments.append(cut)


def _prorate(message: Message, shares: list[Share], reading: Reading) -> None:
    """ "The LMS licence is €12,000 a year, but only a quarter of its use is for this academy":
    the programme is charged its share of the cost line in the same sentence, or in the nearest
    one before when its own names no amount ("€ 8.000; daarvan hoort 10% bij ...", "gekocht voor
    € 24.000. Die gebruiken we ook voor ... Reken 25% ervan toe aan de training")."""
    for share in (s for s in shares if s.role == "prorate"):
        sentence = message.clause_at(share.start).sentence
        start, end = message.sentences[sentence]
        while sentence and not find_money(message.text[start:end]):
            sentence -= 1
            start, end = message.sentences[sentence]
        index = next(
            (i for i, line in reversed(list(enumerate(reading.costs)))
             if any(m.amount == line.amount for m in find_money(message.text[start:end]))),
            None,
        )  # fmt: skip
        if index is None:
            reading.loose_percentages.append(share.text)
            reading.item_shares.append((share.text, share.value))  # of an item said before?
            continue
        line = reading.costs[index]
        update: dict[str, object] = {"prorate_pct": share.value}
        if SHARED_SYSTEM.search(message.text, start, end):
            update["category"] = CostCategory.OVERHEAD  # "the LMS licence ..., a quarter of it"
        reading.costs[index] = line.model_copy(update=update)


_IN_A_YEAR = re.compile(
    r"\b(?P<n>\d{1,3})\s+(?P<working>(?:werk|work(?:ing)?)\s*)?(?:[\w-]+\s+)?"
    r"(?:(?P<week>[^\W\d_]*weken|weeks)|(?P<day>[^\W\d_]*dagen|days)|(?P<month>maanden|months))"
    r"(?P<year>\s*(?:per|a|an|in een|in a|/|p\.?)\s*(?:jaar|year|yr|j)\b)?",
    re.IGNORECASE,
)
_A_SEASON = re.compile(
    r"\b(?:seizoen|season)\s+(?:telt|heeft|duurt|has|runs|lasts|is)\s+(?:about\s+|zo'n\s+)?$",
    re.IGNORECASE,
)
"""A season's days ("Ons seizoen telt 120 skidagen", "our season has 120 ski days"): a year's."""
_A_WORKING_YEAR = {"week": range(20, 54), "day": range(100, 367), "month": range(6, 13)}
"""How many working weeks (days, months) a year may have when the year is not said: "(220
werkdagen)" is a year of them; "2 werkdagen" is how long something took."""


def _years_said(message: Message, besides: int) -> list[str]:
    """The other sentences that say how many weeks (days, months) make a year."""
    return [
        message.sentence_text(i)
        for i in range(len(message.sentences))
        if i != besides
        and any(m["year"] or m["working"] for m in _IN_A_YEAR.finditer(message.sentence_text(i)))
    ]


def _periods_in_a_year(text: str, reading: Reading) -> None:
    """ "Reken met 46 werkweken per jaar", "use 45 working weeks a year", "over 220 working
    days", "40 oogstweken per jaar": a weekly (daily, monthly) benefit of this message recurs
    that many times a year, not 52 (260, 12)."""
    for m in _IN_A_YEAR.finditer(text):
        name = next(name for name in ("week", "day", "month") if m[name])
        said_a_year = m["year"] is not None or bool(_A_SEASON.search(text, 0, m.start()))
        if not said_a_year and not (m["working"] and int(m["n"]) in _A_WORKING_YEAR[name]):
            continue
        period = Period(name)
        reading.benefits = [
            line.model_copy(update={"periods_per_year": Decimal(m["n"])})
            if line.period is period
            else line
            for line in reading.benefits
        ]


def _repeated(amount: Amount, found: list[Amount]) -> bool:
    """The same amount said earlier in the message."""
    return any(
        a.money.amount == amount.money.amount and a.money.start < amount.money.start for a in found
    )


def _unasked_baselines(message: Message, found: list[Amount], reading: Reading) -> None:
    """ "We used to lose € 4.500 a month, now € 3.000, so we save € 1.500": the before and after
    figures of a stated saving describe it; they are not asked about."""
    with_benefit = {
        a.clause.sentence for a in found if a.role == "benefit" and a.period is not None
    }
    keep = []
    for shown in reading.unclear:
        amount = next((a for a in found if a.money.text == shown), None)
        sentence = None if amount is None else amount.clause.sentence
        if sentence in with_benefit and _BASELINE.search(message.sentence_text(sentence or 0)):
            continue
        keep.append(shown)
    reading.unclear = keep
