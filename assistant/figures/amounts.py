"""Amounts of money as costs, benefits or totals, by what governs them in their sentence.

The role is, in order: the verb nearest the amount in its clause ("kostte", "billed",
"bespaart"), else the noun naming it ("budget", "besparing"; a cost that fell is a saving), else a
change ("went up by $600,000"), else the label of its section ("Kosten:"), else the role of the
amount before it in an enumeration ("We spent $45k on X, $12k on Y"), else the cues of the whole
sentence, else a compound ("verzuimkosten") or a cost item ("trainer", "zaalhuur") in the
clause. With none of those the amount is asked about.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass, replace
from decimal import Decimal

from assistant.figures.clauses import Clause, Message
from assistant.figures.cost_model import sure_category
from assistant.figures.cues import Cue, distance, find_cues
from assistant.planning.money_lines import cost_category
from assistant.planning.time_savings import (
    TimeUnit,
    a_persons_day_costs,
    rate_unit,
    times_saved,
    unit_of_someone,
)
from assistant.roi import CostCategory, Period
from assistant.roi.numbers import MAX_DECIMAL_PLACES
from assistant.text.formatting import format_number
from assistant.text.language import Language
from assistant.text.lexicon import words
from assistant.text.money import Money, find_money
from assistant.text.numbers import ABOUT, DIGITS_OR_WORD, find_numbers, parse_number
from assistant.text.people import PeopleCount, find_people, is_people, is_person
from assistant.text.periods import Period as RatePeriod
from assistant.text.periods import Rate, find_rates

PERIODS: dict[RatePeriod, Period] = {
    RatePeriod.YEAR: Period.YEAR, RatePeriod.MONTH: Period.MONTH, RatePeriod.WEEK: Period.WEEK,
    RatePeriod.DAY: Period.DAY,
}  # fmt: skip
_TIME_RATES = (RatePeriod.HOUR, RatePeriod.DAY)
_ONCE = re.compile(
    r"\b(?:eenmalig\w*|een keer|[eé]én keer|one-off|one off|one-time|once|in one go)\b", re.I
)
_YEARLY = re.compile(
    r"\b(?:over the year|this year|last year|in a year|every year|each year|per annum|"
    r"dit jaar|vorig jaar|op jaarbasis|in een jaar|elk jaar|ieder jaar|per jaar|jaarlijks\w*|"
    r"over een (?:heel |vol )?jaar|over a (?:whole |full )?year|in a (?:whole |full )?year|"
    r"(?:in|over|during) the (?:first |next |last )?(?:twelve|12) months|"
    r"(?:in|over) de (?:eerste |komende |afgelopen )?(?:twaalf|12) maanden|"
    r"in (?:the|its) first year|in het eerste jaar|in the year (?:after|since)|"
    r"(?:in )?het jaar (?:erna|daarna|na)|"
    r"(?:the|a|per|each|every|last|this|previous) season(?: before)?|"
    r"(?:the )?(?:previous|prior|preceding) year|the year before|a year (?:earlier|before)|"
    r"(?:vorige|voorgaande|afgelopen) jaar|het jaar (?:ervoor|daarvoor)|een jaar eerder|"
    r"(?:vorig|dit|elk|ieder|per) seizoen|het seizoen (?:ervoor|daarvoor)|"
    r"annual\w*|yearly)\b",
    re.IGNORECASE,
)
"""A season comes once a year: "up $185,000 on the season before", "per seizoen"."""
_EVERY_PERSON = re.compile(
    r"\b(?:elke|iedere?|elk|each|every|per)\s+([\w-]+)(?:\s+([\w-]+))?", re.I
)
_PERSON_EACH = re.compile(
    r"\b([\w-]+)\s*(?:\(\d+\))?\s*[:,]?\s+(?:each|elk|ieder)\b", re.IGNORECASE
)
_EDGE = re.compile(
    r"^(?:en|and|plus|daarnaast|verder|ook|also|then|dan|we|wij|ze|they|us|ons|kosten|costs|"
    r"baten|benefits|so|dus|about|ongeveer|zo'n|around|roughly)\b\s*|\s*\b(?:à|a|at|of|van|was|"
    r"were|is|are|waren|zijn|voor|for|op|met|by|an|een|extra|en|and|on|aan|from|to|van|naar|"
    r"tot|cost)$",
    re.IGNORECASE,
)
_OF_THE_AMOUNT = re.compile(r"\s(?:van|of|ter waarde van|worth)\s*$", re.IGNORECASE)
"""An item named before its amount ("The consultant's invoice of $12,000 covered three
programmes"): the item is what comes before."""
_GENERIC_HEAD = re.compile(
    r"(?:(?:de|het|een|the|an?|our|ons|onze|total|totale|totaal|totaalbedrag)\s+)*"
    r"(?:bedrag|kosten|kost|costs?|amount|sum|som|totaal|total|prijs|price|budget|investering|"
    r"investment|.{0,2})",
    re.IGNORECASE,
)
"""A head that names no item ("Een bedrag van € 5.000 voor de trainer"): the rest does."""
_ADRIFT = re.compile(
    r"\b(?:us|ons|me|mij|them|hen|heeft|hebben|hadden|has|have|had)\b\s*", re.IGNORECASE
)
"""Words a blanked verb leaves behind ("The agency [billed] us", "De trainer heeft ons
[gefactureerd]"): an object pronoun or an auxiliary names no item."""
_A_YEAR = re.compile(r"\s+(?:per|a|an|in een|in a)\s+(?:jaar|year)\b", re.IGNORECASE)
_BOTH_WORDS = r"(?:allebei|beide|both)(?:\s+(?:de|the))?"
_BOTH = rf"{_BOTH_WORDS}(?=\s)"
"""Both of two ("Ze waren allebei de dagen uit de winkel", "both days"): 2."""


def _duration_number(num: str) -> Decimal:
    """The number of a duration: "allebei de", "both" are 2, else the number as written."""
    return Decimal(2) if re.fullmatch(_BOTH_WORDS, num, re.IGNORECASE) else parse_number(num)


_HOURS = re.compile(
    rf"(?<![\w.,])(?P<num>{_BOTH}|{DIGITS_OR_WORD})[\s-]?(?:(?:full|whole|volle|hele)\s+|"
    r"(?!(?:per|an?|een|of|van|and|en|or)\b)[^\W\d_]{3,}[ -]"
    r"(?=(?:hours?|hrs?|uren|uur|days?|dagen)\b))?"  # "2 training days"
    r"(?P<unit>(?:trainings|les|werk|cursus|opleidings|contact|praktijk)?uren|uur|hours?|hrs?|"
    r"(?<=\d)[hu]|(?<=\d\s)[hu]|"
    r"[a-z]*dagen|[a-z]*dag|days?|dagdelen|dagdeel|minuten|minutes|mins?)\b",
    re.IGNORECASE,
)
_DAYS_OF = re.compile(
    rf"(?<![\w.,])(?P<num>{DIGITS_OR_WORD})\s?(?:[^\W\d_][\w-]*\s+)?(?:van|of|à|a|x|×)"
    r"(?:\s+(?:elk|ieder|each))?\s*$",
    re.IGNORECASE,
)
"""The days or sessions before "... of 8 hours": "2 dagen van 8 uur", "two days of 7.5 hours",
"3 bijeenkomsten van 3 uur", "4 workshops x 2 hours", "2 x 4 uur", "3 gesprekken van elk 1 uur"."""
_HOUR_UNITS = frozenset({"uren", "uur", "hour", "hours", "hr", "hrs", "h"})
_DAY_UNITS = frozenset({"dag", "dagen", "day", "days"})
_A_DAY = re.compile(r"\s+(?:a|per|each|elke|iedere)\s+(?:day|dag)\b", re.IGNORECASE)
"""Hour units; the Dutch one-letter "8u" is matched by its length (the form-of-address check
reads every string literal)."""
_FLOATING_EACH = re.compile(
    r"\b(?:each|elk|ieder)\b(?=\s*(?:$|[^\w\s]|\d|(?:een|a|an|at|à|tegen|for|voor|of|van|in|on|op|"
    r"about|ongeveer|zo'n|around|roughly|nearly|almost|bijna|ruim|over|gemiddeld|average|"
    r"on average|circa|ca)\b))",
    re.IGNORECASE,
)
""""each"/"elk" not followed by a noun ("5 hours each at", "zaten elk 2 dagen", "waren elk een
dag"): each of the people the sentence is about; "elk jaar", "each session" are not."""
EACH_AFTER = re.compile(r"\s*(?:each|apiece|elk|per stuk|per keer)\b", re.IGNORECASE)
"""A price each, right after an amount: "8 sessions at £450 each", "€1,250 each"."""
_EACH_PER = re.compile(r"\b(?:each|elk|ieder)\s+per\b", re.IGNORECASE)
_PROGRAMME_WORDS = re.compile(
    r"\b(?:training\w*|programm\w*|program|cursus\w*|course\w*|traject\w*|opleiding\w*|"
    r"leergang\w*|workshop\w*)\b",
    re.IGNORECASE,
)
_BASELINE = re.compile(
    r"\b(?:used to|previously|vroeger|voorheen|now|nu|inmiddels|currently|"
    r"van .{1,30} naar|from .{1,30} to)\b",
    re.IGNORECASE,
)
"""Before and after figures of a change ("we used to lose € 4.500 a month, now € 3.000")."""
PRODUCT = re.compile(
    r"\b(?:so|dus|that'?s|dat is|i\.e\.|oftewel|call that|dat rekenen we)\b|=", re.IGNORECASE
)


@dataclass(frozen=True)
class Amount:
    """One amount with what its sentence says about it."""

    money: Money
    clause: Clause
    role: str | None
    """ "cost", "benefit", "total" or ``None`` (to ask about)."""
    rate: Rate | None
    period: Period | None
    per_participant: bool
    description: str
    time_rate: bool = False
    """A rate per hour or day ("€ 46 per uur"): a factor, not a cost of its own."""
    paid_hours: bool = False
    """The rate of hours its sentence spends ("12 uur per persoon, uurprijs € 65"), not saves."""


def amounts(message: Message, money: list[Money]) -> list[Amount]:
    """Each amount with its role, an enumeration carrying its role to the next amount."""
    found: list[Amount] = []
    for item in money:
        clause = message.clause_at(item.start)
        previous = found[-1] if found else None
        carried = None
        if previous is not None and previous.role in ("cost", "benefit"):
            same = previous.clause.sentence == clause.sentence
            if same or message.continues(clause.sentence):
                carried = previous.role
        found.append(_amount(message, item, clause, carried))
    return _among_costs(message, found)


def _among_costs(message: Message, found: list[Amount]) -> list[Amount]:
    """In a message whose amounts are all costs but some that no word gives a role, those are
    costs too when their clause names a cost item the cost model is sure of ("The trainer cost
    £2,750. Mileage was £470.", "Printing: $420.") and no period, benefit, change or value. Not
    the participants' time: the model reads outcomes as that ("Staff turnover: €15,000",
    "Less absenteeism"); those, and anything with a benefit, a total or a period in sight, stay
    to ask about."""
    if {a.role for a in found} != {"cost", None}:
        return found
    text = message.text
    kinds = ("benefit_verbs", "benefit_nouns", "value_words", "decrease", "increase")

    def a_cost_item(a: Amount) -> bool:
        clause = text[a.clause.start : a.clause.end]
        if a.period is not None or find_cues(clause, *kinds):
            return False
        sure = sure_category(clause, at=_SURE_ITEM)
        return sure is not None and sure is not CostCategory.PARTICIPANT_TIME

    return [replace(a, role="cost") if a.role is None and a_cost_item(a) else a for a in found]


_SURE_ITEM = 0.8


def _amount(message: Message, money: Money, clause: Clause, carried: str | None) -> Amount:
    text = message.text
    rate = rate_after(text, money, clause)
    role = _role(message, money, clause, carried)
    sentence_start = message.sentences[clause.sentence][0]
    time_rate = (rate is not None and _per_time(rate)) or (
        (rate is None or not rate.per_person)  # "5 days each, valued at $1,250 per manager"
        and _hourly(text, money, clause, sentence_start)
    )
    time_rate = time_rate or bool(
        rate is not None
        and rate.per_person
        and _A_DAY_COSTS.search(text, max(sentence_start, money.start - 40), money.start)
    )  # "A brewing day costs us £210 per person": a day of each one's time
    start, end = message.sentences[clause.sentence]
    hours = time_rate and any(
        not _A_YEAR.match(text, h.end())
        for h in _durations(text, durations_from(message, money, clause), money.start)
    )  # not "Reken met 210 werkdagen per jaar en € 36 per uur"
    paid_hours = hours and not times_saved(text[start:end])
    if paid_hours and role is None:
        role = "cost"  # "4 uur per verpleegkundige à € 46 per uur": participants' time
    return Amount(
        money=money,
        clause=clause,
        role=role,
        rate=rate,
        period=period_of(message, clause, rate),
        per_participant=per_participant(text, clause, rate),
        description=describe(text, money, clause, rate),
        time_rate=time_rate,
        paid_hours=paid_hours,
    )


def durations_from(message: Message, money: Money, clause: Clause) -> int:
    """Where the durations a rate multiplies may start: its own sentence, or the sentence
    before when its own names none before the rate and that one names some and no amount of
    its own ("Elke deelnemer was er 6 uur mee bezig. Het gemiddelde uurloon is € 32.")."""
    text = message.text
    start = message.sentences[clause.sentence][0]
    own = (
        h for h in _durations(text, start, money.start)
        if not a_persons_day_costs(text[h.start() : money.start])
        and not _A_DAY_COSTS.search(text[h.start() : money.start])
    )  # fmt: skip  # not "Een monteursdag kost ons": the day priced, not days spent; nor "a
    # day" of a rate before ("C$310 a day fully loaded, shift leads more like C$420 a day")
    if clause.sentence == 0 or next(own, None) is not None:
        return start
    before, end = message.sentences[clause.sentence - 1]
    said = text[before:end]
    spent = any(not _A_YEAR.match(text, h.end()) for h in _durations(text, before, end))
    if not spent or find_money(said) or times_saved(said):
        return start  # not "We rekenen met 210 werkdagen per jaar."
    return before


def _per_time(rate: Rate) -> bool:
    """A rate per hour, day or half day ("€ 950 per dagdeel"), not per person."""
    if rate.per_person:
        return False
    half_days = {w.lower() for lang in Language for w in words("units", "half_day", lang)}
    return rate.period in _TIME_RATES or (rate.per or "").lower() in half_days


_HOURS_AT = re.compile(
    r"(?:uur|uren|hours?|hrs?|\d\s?h|dagen|dagdelen|days)\b[^.€$£\d]{0,50}\b(?:à|a|at|tegen|x|×|"
    r"(?:rate|[a-z]*tarief|[a-z]*loon|wage|cost|kosten)"
    r"(?:\s*\(?(?:incl\.?|inclusief|inclusive|including|excl\.?|exclusief|with|met)\s[^.€$£\d(),]{0,30}\)?)?"
    r"(?:\s+(?:of|van|is|was|bedraagt|about|around|roughly|approx\.?|ongeveer|circa|zo'n)){0,2})"
    r"\s*:?\s*$",
    re.IGNORECASE,
)
"""A price per hour or day by its place: "5 hours each at £30", "35 hours each at an internal
cost rate of £55", "24 uur elk, intern tarief € 62,50", "Instructor: 10 days at €850", "zaten 3
dagen in de training; wij rekenen met een dagtarief van € 320", "2 dagen, dagtarief inclusief
werkgeverslasten € 520"."""


_DAY_RATE = re.compile(r"\b(?:dagtarief|dagloon|daily rate|day rate)\b", re.IGNORECASE)


def _priced_as_subject(unit: str) -> re.Pattern[str]:
    """A unit of time as the subject of its price, right before the amount ("... uur kost ons",
    "... day is about")."""
    return re.compile(
        rf"\b(?:{unit})\s+(?:costs?|kost|kostte|is|was)(?:\s+(?:us|ons))?"
        r"(?:\s+(?:about|around|roughly|ongeveer|zo'n|gemiddeld))?\s*$",
        re.IGNORECASE,
    )


_AN_HOUR_COSTS = _priced_as_subject(r"[\w-]*(?<![hH])uur|hour")
"""An hour as the subject of its price: "a nursing hour costs us €48", "een werkuur kost € 52", "A
loaded adviser hour is about A$61" (not "huur", rent)."""


def _hourly(text: str, money: Money, clause: Clause, sentence_start: int) -> bool:
    """ "12 uur ... tegen een uurtarief van € 45", "5 hours each at £30": a price per hour."""
    local = text[clause.start : clause.end]
    shifted = Money(money.amount, money.currency, money.start - clause.start,
                    money.end - clause.start, money.text)  # fmt: skip
    named = rate_unit(local, shifted)
    if named is not None and named[0] is TimeUnit.HOUR:
        return True
    if named is not None and _DAY_RATE.search(local, max(0, shifted.start - 60), shifted.start):
        return True  # "Gemiddeld dagtarief over alle functies: € 410", like "€ 410 per dag"
    if (
        named is not None
        and named[0] is TimeUnit.DAY
        and unit_of_someone(local[max(0, shifted.start - 50) : shifted.start])
    ):
        return True  # "a day of a planner costs us NOK 7,800"
    before = text[max(sentence_start, money.start - 60) : money.start]
    if a_persons_day_costs(before):
        return True  # "Een monteursdag kost ons € 360": a day of the participants' time
    return bool(
        _HOURS_AT.search(before) or _AN_HOUR_COSTS.search(before) or _DAYS_OF_A_PRICE.search(before)
    )


_DAYS_OF_A_PRICE = re.compile(
    r"(?<!\bvan\s)(?<![\w.,])(?:\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)\s+"
    r"(?:dagen|dagdelen|avonden|trainingsdagen|praktijkdagen)\s+van\s*$",
    re.IGNORECASE,
)
"""A count of days "van" a price, each ("een externe trainer: 6 dagen van € 1.150"); not the length
of what cost it ("een training van 2 dagen van € 4.000": the training's price)."""


_A_DAY_COSTS = _priced_as_subject(r"[\w-]*dag|[\w-]*day")
"""A day as the subject of its price ("A brewing day costs us", "een werkdag kost ons"): never a
day spent (``durations_from``); priced per head, a day of each one's time ("... £210 per
person", in ``_amount``), not a day of a trainer or a room ("a training day costs €1,200")."""


def _role(message: Message, money: Money, clause: Clause, carried: str | None) -> str | None:
    text = message.text
    if lost_output(message, clause):
        return "cost"  # "lost revenue while they were away €10,400": their time, not a gain
    role = _cue_role(text, money, clause.start, clause.end)
    if role is None:
        role = clause.section or carried
    local = text[clause.start : clause.end]
    sentence = message.sentences[clause.sentence]
    if role is None and not _BASELINE.search(local):
        role = _cue_role(text, money, *_between_amounts(text, money, sentence))
    if role is None and _cues(text, money, clause.start, clause.end, "cost_compounds"):
        role = "cost"
    if role is None and cost_category(local) is not CostCategory.OTHER:
        role = "cost"
    if role is None and _cues(text, money, *sentence, "make_verbs"):
        role = "cost"  # "Our L&D team built the modules, that was $12k all in"
    if role is None and _cues(text, money, *sentence, "value_words"):
        role = "benefit"  # "worth £96 to us", after every cost signal
    if role is None and cost_category(text[sentence[0] : sentence[1]]) is not CostCategory.OTHER:
        role = "cost"  # "De tijd van de leidinggevenden: ... €620 per persoon"
    totals = _cues(text, money, clause.start, money.start, "total")
    if _AT_A_RATE.search(text, max(0, money.start - 10), money.start):
        totals = []  # "12 uur in totaal à € 75": the rate the hours are at, not a total
    if role in ("cost", None) and totals and money.start - totals[0].end <= 30:
        item = cost_category(_PROGRAMME_WORDS.sub(" ", local)) is not CostCategory.OTHER
        return role if item else "total"  # "reiskosten in totaal €1.150": that item's total
    return role


_AT_A_RATE = re.compile(r"(?:\bà|\bat|\btegen|@|\bx|×)\s*$", re.IGNORECASE)


def lost_output(message: Message, clause: Clause) -> bool:
    """ "Sales we missed because reps weren't on the road", "gemiste productie op de bouwplaats":
    what the participants did not produce while in the programme, a cost of their time; not
    when the sentence says it changed (a KPI of lost sales that fell is a benefit)."""
    text, (start, end) = message.text, message.sentences[clause.sentence]
    cues = find_cues(text, "lost_output", start=start, end=clause.end)
    if not cues or find_money(text[cues[-1].end : clause.start]):
        return False  # none, or one that names an earlier amount of the sentence
    return not find_cues(text, "decrease", "increase", start=start, end=end)


def _between_amounts(text: str, money: Money, sentence: tuple[int, int]) -> tuple[int, int]:
    """The part of the sentence around ``money`` up to the amounts on either side: a verb past
    the next amount is that amount's ("The LMS subscription is EUR 18,000 a year, building the
    modules cost EUR 24,500, finance adds ...": not "adds" for the subscription)."""
    start, end = sentence
    others = [(start + m.start, start + m.end) for m in find_money(text[start:end])]
    begin = max([e for _, e in others if e <= money.start], default=start)
    stop = min([b for b, _ in others if b >= money.end], default=end)
    return begin, stop


_PLAIN = re.compile(r"adds|added|add|levert|leverde|leverden|leveren", re.IGNORECASE)
"""Benefit verbs that say only that something is added or delivered: a cost when what they add
names a cost item ("adds an overhead surcharge", "de leverancier leverde de training voor")."""


_AMOUNTED = re.compile(
    r"came to|comes to|amounted to|kwam(?:en)? (?:uit )?op|komt (?:uit )?op|bedroeg", re.I
)
"""Verbs that only say how much: a cost unless a benefit is named ("the venue came to £900",
"extra sales came to $2,500")."""


def _cue_role(text: str, money: Money, start: int, end: int) -> str | None:
    """The role the cues between ``start`` and ``end`` give: the nearest verb, else the nearest
    noun (a cost that falls is a saving), else a change (an amount something rose or fell by)."""
    verbs = _cues(text, money, start, end, "cost_verbs", "benefit_verbs")
    only_how_much = bool(verbs) and _AMOUNTED.fullmatch(text[verbs[0].start : verbs[0].end])
    if only_how_much and _cues(text, money, start, end, "benefit_nouns"):
        return "benefit"  # "extra sales per store came to $2,500 a month"
    plain = verbs and _PLAIN.fullmatch(text, verbs[0].start, verbs[0].end)
    if plain and verbs[0].kind == "benefit_verbs":
        verb = verbs[0]
        object_ = (
            text[verb.end : money.start]
            if verb.end <= money.start
            else text[money.end : verb.start]
        )
        # "finance adds an overhead surcharge of EUR 2,200", "leverde de training voor"
        if cost_category(object_) is not CostCategory.OTHER:
            return "cost"
    change = [
        c for c in _cues(text, money, start, end, "decrease", "increase")
        if _changes_by(text, c, money)
    ]  # fmt: skip
    fell_by = [c for c in change if c.kind == "decrease"]
    if (
        verbs
        and fell_by
        and distance(fell_by[0], money.start, money.end)
        < distance(verbs[0], money.start, money.end)
    ):
        return "benefit"  # "agency staff spend fell by £180,000 a year": what it fell by
    if verbs:
        return "cost" if verbs[0].kind == "cost_verbs" else "benefit"
    nouns = _cues(text, money, start, end, "cost_nouns", "benefit_nouns", "cost_compounds")
    if nouns:
        if nouns[0].kind != "benefit_nouns":
            falls = any(c.kind == "decrease" for c in change)
            return "benefit" if falls else ("cost" if nouns[0].kind == "cost_nouns" else None)
        return "benefit"
    return "benefit" if change else None


_BY = re.compile(rf"\s*(?:(?:by|met|with|of|van)\s+|[\w-]+\s*:\s*)?{ABOUT}$", re.IGNORECASE)
"""What stands between a change word and the amount it changed by: "down by about", "minder
overwerk: ruwweg"."""


def _changes_by(text: str, cue: Cue, money: Money) -> bool:
    """A change the amount is the size of: "went up by $600,000", "daalden met € 40.000",
    "€ 9.000 minder per maand" - not any "up" in the sentence ("put the team up ... £95")."""
    if cue.end <= money.start:
        between = text[cue.end : money.start]
        if money.start - cue.end <= 25 and _BY.fullmatch(between):
            return True
        return money.start - cue.end <= 50 and bool(_OBJECT_BY.fullmatch(between))
    return cue.start - money.end <= 12


_OBJECT_BY = re.compile(rf"\s+(?:[^\W\d][\w'’-]*\s+){{1,4}}(?:by|met)\s+{ABOUT}", re.IGNORECASE)
"""A change said of its object: "our insurer cut the fleet premium by £9,000"."""


def _cues(text: str, money: Money, start: int, end: int, *kinds: str) -> list[Cue]:
    """The cues of ``kinds`` in the span, not inside the amount, nearest first."""
    found = [
        c for c in find_cues(text, *kinds, start=start, end=end)
        if not (c.start < money.end and money.start < c.end)
    ]  # fmt: skip
    return sorted(found, key=lambda c: distance(c, money.start, money.end))


def is_cost_verb(text: str, money: Money, clause: Clause) -> bool:
    verbs = _cues(text, money, clause.start, clause.end, "cost_verbs", "benefit_verbs")
    return bool(verbs) and verbs[0].kind == "cost_verbs"


def rate_after(text: str, money: Money, clause: Clause) -> Rate | None:
    """The "per ..." chain right after an amount ("per medewerker per maand"), or before it
    ("per deelnemer € 35")."""
    after = text[money.end : max(clause.end, money.end)]
    for rate in find_rates(after):
        if rate.start <= 3:
            following = re.match(r"\s*([\w-]+)", after[rate.end :])
            person = following is not None and is_person(following[1])
            if rate.per is not None and person and not rate.per_person:  # "per crew member"
                return Rate(rate.period, rate.per, True, rate.start, rate.end, rate.text)
            return rate
        break
    before = text[clause.start : money.start]
    rates = find_rates(before)
    indefinite = bool(rates) and rates[-1].text.lower().startswith(("a ", "an "))
    if rates and len(before) - rates[-1].end <= 2 and rates[-1].per_person and not indefinite:
        return rates[-1]  # "per deelnemer € 35"; "by a contractor €4,000" is no rate
    opening = rates[0] if rates and not before[: rates[0].start].strip(" ,;:-") else None
    if opening is not None and opening.text.lower().startswith("per ") and len(rates) == 1:
        return opening  # "per sessie kwam er een schrijfcoach bij van € 425", "Per maand € 400"
    return None


def per_member_of(amount: Amount, group: str | None) -> Amount:
    """ "$180 per CSM" when the participants are "12 CSMs": a rate per one of them, whatever
    the noun (the people lexicon cannot know every role's abbreviation)."""
    rate = amount.rate
    if rate is None or rate.per is None or rate.per_person or not group:
        return amount
    if not same_group(rate.per, group):
        return amount
    return replace(amount, rate=replace(rate, per_person=True), per_participant=True)


def names_a(word: str, thing: str) -> bool:
    """Whether ``word`` names a ``thing``, also as the head of a Dutch compound
    ("intervisiesessies" a "sessie", "coachingsgesprekken" a "gesprek")."""
    if same_group(word, thing):
        return True
    head = singular(thing)
    return len(head) >= 4 and singular(word).endswith(head)


def same_group(noun: str, group: str) -> bool:
    """Whether ``noun`` names the group ("inkoper" and "inkopers", "CSM" and "12 CSMs",
    "associates" and "senior associates"): the same last word, singular."""
    words, named = noun.split(), group.split()
    if not (words and named):
        return False
    a, b = words[-1].lower().strip("'’."), named[-1].lower().strip("'’.")
    return bool({a, singular(a)} & {b, singular(b)})  # "admin" and "admins"


def singular(noun: str) -> str:
    """The noun without a plural or possessive ending ("sessies" -> "sessie", "CSMs" -> "csm")."""
    lowered = noun.lower().strip("'’.")
    for end in ("'s", "’s", "en", "s", "n"):
        if lowered.endswith(end) and len(lowered) - len(end) >= 2:
            return lowered[: -len(end)]
    return lowered


def per_participant(text: str, clause: Clause, rate: Rate | None) -> bool:
    if rate is not None and rate.per_person:
        return True
    local = text[clause.start : clause.end]
    if find_cues(local, "total"):
        return False  # "laminated cards for everyone came to $350 total"
    return names_every_person(local) or _each_of_those_before(text, clause)


_OPENS_WITH_EACH = re.compile(r"\s*(?:(?:and|en)\s+)?(?:each|elk|ieder)\b", re.IGNORECASE)
_PEOPLE_BEFORE = re.compile(r"([^\W\d][\w'-]*)\s*(?:\(\d+\))?\s*[:,;]?\s*$")


def _each_of_those_before(text: str, clause: Clause) -> bool:
    """A clause opening with "each" right after the people it means ("Store managers (25) | each
    report €500 less shrinkage", "the 5 sales managers: each now closes £4k more")."""
    if not _OPENS_WITH_EACH.match(text, clause.start):
        return False
    before = _PEOPLE_BEFORE.search(text, max(0, clause.start - 60), clause.start)
    return before is not None and (is_people(before[1]) or is_person(before[1]))


_EACH_SPENT = re.compile(
    r"\b(?:elke|iedere?|each|every)\s+(?P<noun>[^\W\d_][\w-]*)\s+(?:[^\W\d_][\w-]*\s+){0,3}?"
    rf"(?:{DIGITS_OR_WORD})\s?(?:uur|uren|hours?|hrs?|dagen|dag|days?|dagdelen|dagdeel)\b",
    re.IGNORECASE,
)
_NOT_ONE_PERSON = re.compile(
    r"(?:sessie|session|module|les|lesson|keer|time|training|workshop|cursus|course|meeting|"
    r"bijeenkomst|dag|day|week|maand|month|jaar|year|ronde|round|groep|group|team|ploeg|shift|"
    r"dienst|filiaal|vestiging|site|branch|store|winkel|afdeling|department|class|klas)\w*$",
    re.IGNORECASE,
)


def each_one_spent(clause: str) -> bool:
    """ "Iedere caissière volgde 3 uur training", "every technician spent 4 hours": time each of
    someone spent, whatever they are called (not "each session lasted 3 hours")."""
    m = _EACH_SPENT.search(clause)
    return m is not None and not _NOT_ONE_PERSON.match(m["noun"])


def names_every_person(clause: str) -> bool:
    """ "elke verpleegkundige", "every rep", "per new agent", "pp", "iedereen": a figure per
    person."""
    if re.search(r"\bpp\b|\bp\.p\b|\beach\b(?:\s+on average)?\W*$|"
                 r"\bper (?:persoon|person|head|hoofd|kop)\b|"
                 r"\b(?:iedereen|everyone|everybody|each of them|ieder van hen|elk van hen)\b|"
                 r"\b(?:they|ze|zij)\s+(?:each|elk|ieder)\b|"
                 r"\b(?:each|every)\s+[^\W\d_][\w-]*['’]s\s+(?:time|hours|days?|wages?|salary)\b",
                 clause, re.I):  # fmt: skip
        return True
    if any(is_person(m[1]) for m in _PERSON_EACH.finditer(clause)):
        return True  # "our 12 agents each save"
    each = _FLOATING_EACH.search(clause) or _EACH_PER.search(clause)
    named = re.findall(r"[^\W\d][\w'-]*", clause[: each.start()]) if each else []
    if any(is_person(w) or is_people(w) for w in named):  # also "binnendienstmedewerkers"
        return True  # "Trained fundraisers raised £2,900 more each per year"
    starts = [w.start() for w in re.finditer(r"\b(?:elke?|iedere?|each|every|per)\b", clause, re.I)]
    for m in filter(None, (_EVERY_PERSON.match(clause, start) for start in starts)):
        if any(rate.period for rate in find_rates(m.group())):
            continue  # "per jaar hoger": a period, not a person
        if any(is_person(word) for word in m.groups() if word):
            return True
    return False


def period_of(message: Message, clause: Clause, rate: Rate | None) -> Period | None:
    """The period an amount recurs in: its own rate, else a period in its clause, else in its
    sentence ("jaarlijks", "over the year", "one-off"), else in a remark right after it ("Dat
    is een eenmalige winst")."""
    if rate is not None and rate.period in PERIODS:
        return PERIODS[rate.period]
    sentence = message.sentence_text(clause.sentence)
    remark = message.remark_on(clause.sentence) or ""
    for span in (message.text[clause.start : clause.end], sentence, remark):
        for found in find_rates(span):
            if found.period in PERIODS:
                return PERIODS[found.period]
        if _YEARLY.search(span):
            return Period.YEAR
        if _ONCE.search(span):
            return Period.ONCE
    return None


def names_a_period(text: str) -> bool:
    """Whether ``text`` names how often something recurs ("per maand", "over een heel jaar")."""
    periods = any(rate.period in PERIODS for rate in find_rates(text))
    return periods or bool(_YEARLY.search(text) or _ONCE.search(text))


def states_its_product(text: str, amount: Amount) -> bool:
    """ "8 uur pp à 16 euro, dus 128 euro pp", "..., so $96 per agent": the sentence gives the
    product of the rate itself."""
    return bool(PRODUCT.search(text[amount.money.end : amount.clause.end + 200][:80]))


def time_cost(
    text: str,
    amount: Amount,
    message_start: int | None = None,
    message_end: int | None = None,
) -> tuple[Decimal, str] | None:
    """ "4 uur per verpleegkundige à € 46 per uur": the hours before a rate in a cost clause (or
    after it in its sentence: "€ 2.750 per dag, en we hebben 3 praktijkdagen gedraaid"), as
    (hours x rate, the product as written); ``None`` when the sentence states the product itself
    ("..., so $96 per agent") or names no duration."""
    clause = amount.clause
    if states_its_product(text, amount):
        return None
    hour_days = _HOUR_DAYS.search(text, clause.start, amount.money.start)
    if hour_days is None and message_start is not None:
        hour_days = _HOUR_DAYS.search(text, message_start, amount.money.start)
    if hour_days is not None and hourly_rate(text, amount):
        try:  # "two 8-hour days, ... $24 an hour": 16 hours
            quantity = parse_number(hour_days["days"]) * parse_number(hour_days["hours"])
        except ValueError:
            pass
        else:
            return quantity * amount.money.amount, f"{hour_days.group()} × {amount.money.text}"
    hours = _counted(_durations(text, clause.start, amount.money.start))
    if not hours and message_start is not None:  # "spent 24 hours on it, ... at $70 an hour"
        hours = _counted(_durations(text, message_start, amount.money.start))
    hours = _without_breakdowns(text, hours)
    if not hours and message_end is not None:  # "€ 2.750 per dag; we draaiden 3 praktijkdagen"
        hours = _without_breakdowns(text, _durations(text, amount.money.end, message_end))
    if not hours:
        return None
    last = hours[-1]
    terms = _summed_terms(text, hours)
    if not terms:
        return None
    # "2 dagen van 8 uur": 16 hours; "3 uur met de e-learning bezig en 4 uur in de workshop": 7
    quantity = sum((term.quantity for term in terms), Decimal(0))
    shown = " + ".join(term.said for term in terms)
    if len(terms) > 1:
        shown = f"{shown} = {_total(quantity, terms)}"
    if _unit_family(last) == "hour":
        quantity /= 60  # "45 minutes each at €52 an hour": 0.75 hours
    days = _DAYS_OF.search(text, max(0, last.start() - 40), last.start())
    if (
        last["unit"].lower() in _DAY_UNITS
        and days is None
        and not _A_DAY.match(text, last.end())
        and hourly_rate(text, amount)
    ):  # "twee dagen, uurloon € 30": a working day of 8 hours, shown in the product
        quantity *= WORKING_DAY_HOURS
        unit = "uur" if last["unit"].lower().startswith("dag") else "hours"
        shown = f"{shown} × {WORKING_DAY_HOURS} {unit}"
    sessions = _sessions_each_lasted(text, last)
    if sessions is not None and days is None and len(terms) == 1:
        quantity *= sessions[0]  # "3 sessions ... Each session was 3 hours"
        shown = f"{sessions[1]} × {shown}"
    days_of_hours = _A_DAY.match(text, last.end()) and last["unit"].lower() in _HOUR_UNITS
    spent = [h for h in hours[:-1] if h["unit"].lower() in _DAY_UNITS]
    if days_of_hours and spent and days is None:
        try:  # "1.5 days in training, 7.5 hours a day": 11.25 hours
            quantity *= parse_number(spent[-1]["num"])
            shown = f"{spent[-1].group()} × {last.group()}"  # not "2 full days (8 h"
        except ValueError:
            pass
    crew = _CREW_EACH.search(
        text, clause.start if message_start is None else message_start, last.start()
    )
    if (
        crew is not None
        and FACULTY.search(crew["who"])
        and not find_money(text[crew.end() : last.start()])  # not an earlier item's people
    ):
        try:  # "twee trainers die elk 2 dagdelen gaven à € 650": 4 dagdelen
            quantity *= parse_number(crew["num"])
            shown = f"{crew['num']} {crew['who']} × {shown}"
        except ValueError:
            pass
    # "20 minutes at €22 an hour": a third of an hour is not exact; the cost to the calculator's
    # 20 decimals is off by less than 10^-19
    cost = quantity * amount.money.amount
    exponent = cost.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -MAX_DECIMAL_PLACES:
        cost = cost.quantize(_FINEST)
    return cost, f"{shown} × {amount.money.text}"


_FINEST = Decimal(10) ** -MAX_DECIMAL_PLACES
_EACH_LASTED = re.compile(
    r"\b(?:each|every|elke|iedere)\s+(?P<kind>[^\W\d_][\w-]{2,})\s+(?:was|lasted|took|ran|is|"
    rf"duurde|duurt|nam)\s+(?:{ABOUT})?$",
    re.IGNORECASE,
)


def _sessions_each_lasted(text: str, duration: re.Match[str]) -> tuple[Decimal, str] | None:
    """The sessions counted around "Each session was 3 hours" ("the trainer was €4,200 for three
    evening sessions. Each session was 3 hours", "Each session was 2 hours; there were three
    sessions"): the one count of that kind in the message, as (count, as written)."""
    each = _EACH_LASTED.search(text, max(0, duration.start() - 40), duration.start())
    if each is None or is_person(each["kind"]) or is_people(each["kind"]):
        return None  # "Elke chauffeur was 4 uur bezig": each one's time, not a session's
    kind = re.compile(
        rf"\s+(?:[^\W\d_][\w-]*\s+)?{re.escape(each['kind'].lower().rstrip('s'))}\w{{0,3}}\b",
        re.IGNORECASE,
    )
    counts = [
        (n.value, text[n.start : found.end()])
        for n in find_numbers(text)
        if n.value > 1 and (found := kind.match(text, n.end)) is not None
    ]
    return counts[0] if len({value for value, _ in counts}) == 1 else None


WORKING_DAY_HOURS = 8
"""The hours of a working day, where days are priced at an hourly rate and no hours a day are
said: shown in the product the confirmation lists ("2 dagen × 8 uur × € 30"), so never a silent
guess."""

_HOUR_DAYS = re.compile(
    rf"(?<![\w.,])(?P<days>{DIGITS_OR_WORD})\s+(?:full\s+|volle\s+)?(?P<hours>\d+(?:[.,]\d+)?)"
    r"[\s-]?(?:hours?|hrs?|uurs?|u)[\s-]?(?:werk|work|training|les)?"
    r"(?:days?|dagen|dag|shifts?|diensten|dienst|sessions?|sessies?|workshops?|lessons?|lessen|"
    r"classes|modules?)\b",
    re.IGNORECASE,
)
"""Days (or shifts, sessions) said with their length: "two 8-hour days", "3 8-uursdagen", "two
12-hour shifts"."""


def hourly_rate(text: str, amount: Amount) -> bool:
    """Whether the amount is a price per hour ("$24 an hour", "uurloon € 30"), by its rate or
    by the time unit its clause names (``rate_unit``)."""
    if amount.rate is not None and amount.rate.period is not None:
        return amount.rate.period is RatePeriod.HOUR
    clause, money = amount.clause, amount.money
    shifted = Money(money.amount, money.currency, money.start - clause.start,
                    money.end - clause.start, money.text)  # fmt: skip
    named = rate_unit(text[clause.start : clause.end], shifted)
    return named is not None and named[0] is TimeUnit.HOUR


_CREW_EACH = re.compile(
    rf"(?<![\w.,])(?P<num>{DIGITS_OR_WORD})\s+(?P<who>[^\W\d][\w-]*)"
    r"(?:\s+(?:die|who|that)\s+|\s*,\s*|\s+)(?:elk|ieder|each|both|allebei|beiden)\b",
    re.IGNORECASE,
)
"""So many people who each did the hours or days: "twee trainers die elk 2 dagdelen gaven",
"2 coaches, each 3 days"."""
FACULTY = re.compile(
    r"trainer|facilitator|instruct|spreker|speaker|begeleider|\bcoach(?:es)?\b", re.I
)
"""The people who teach a programme, not those who take it."""


def teaches(text: str, members: str | None = None) -> bool:
    """Whether ``text`` names people who teach, other than the participants themselves ("Elke
    coach zat 12 uur in de training" when the re-integratiecoaches took part)."""
    named = (members or "").lower()
    return any(not (named and m.group().lower() in named) for m in FACULTY.finditer(text))


_ONE = re.compile(r"een|[eé]én|one|an?", re.IGNORECASE)


_PRICES = re.compile(
    r"\s*(?:[\w-]+\s+){0,3}?(?:kost|kostte|costs?|is worth|is waard|waarderen|valued)\b", re.I
)


def _prices_one(duration: re.Match[str]) -> bool:
    """ "een uur kost ons", "an hour costs": one unit priced, not time spent."""
    return bool(_ONE.fullmatch(duration["num"])) and bool(
        _PRICES.match(duration.string, duration.end())
    )


def _counted(hours: list[re.Match[str]]) -> list[re.Match[str]]:
    """Without "een uur" in "6 uur ..., en een uur kost ons € 42": the unit the rate prices, not
    a duration (kept when it is the only one: "een dag van 8 uur")."""
    counted = [h for h in hours if not _ONE.fullmatch(h["num"])]
    return counted if counted else ([] if len(hours) == 1 and _prices_one(hours[0]) else hours)


def _durations(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The durations between ``start`` and ``end`` whose number reads as one ("8 uur", "twee
    dagen"; not "praktijkdag" or "per uur")."""
    found = []
    at = start
    while (m := _HOURS.search(text, at, end)) is not None:
        try:
            _duration_number(m["num"])
        except ValueError:
            at = m.start() + 1  # "did two days": "did" is no number, but "two days" is
            continue
        found.append(m)
        at = m.end()
    return found


_JOINED = re.compile(
    r"[^\d.;:!?€$£¥₹]{0,60}?(?:\bplus\b|\+|\ben\b|\band\b|\bnog\b)[^\d.;:!?€$£¥₹]{0,30}",
    re.IGNORECASE,
)
"""What joins two durations one person spent ("3 uur e-learning plus 8 uur praktijkdag", "3 uur
met de e-learning bezig en 4 uur in de workshop", "..., plus de 3 coachgesprekken van elk"): a
few words with "and" or "plus" and no other figure."""


def _unit_family(duration: re.Match[str]) -> str:
    """Hours and minutes are one family (the product is in hours), days and half days others."""
    return _family(duration["unit"].lower())


def _family(unit: str) -> str:
    if unit in _HOUR_UNITS or len(unit) == 1 or unit.startswith("min") or unit.endswith("uren"):
        return "hour"
    return "half day" if unit.startswith("dagde") else "day"


@dataclass(frozen=True)
class _Term:
    """A duration with the sessions it is the length of: its minutes, or days or half days
    (``quantity``), as written (``said``) and its unit."""

    quantity: Decimal
    said: str
    unit: str
    start: int


def _term(text: str, duration: re.Match[str]) -> _Term | None:
    """ "4 uur" 240 minutes, "6 bijeenkomsten van 4 uur" 1440, "3 coachgesprekken van elk 1 uur"
    180, "30 minuten" 30, "2 dagen" 2 (days). Minutes keep a sum of hours and minutes exact."""
    try:
        quantity = _duration_number(duration["num"])
    except ValueError:
        return None
    start = duration.start()
    unit = duration["unit"].lower()
    sessions = _DAYS_OF.search(text, max(0, start - 40), start)
    if sessions is not None and any(map(is_people, re.findall(r"[^\W\d_]+", sessions.group()))):
        sessions = None  # "9 people x 16 hours x €41": 16 hours each, the people counted apart
    times = sessions is not None and bool(re.search(r"[x×]\s*$", sessions.group(), re.IGNORECASE))
    if sessions is not None and (_unit_family(duration) == "hour" or times):  # "2 x 3 dagen": 6
        with contextlib.suppress(ValueError):
            quantity, start = quantity * parse_number(sessions["num"]), sessions.start()
    if _unit_family(duration) == "hour" and not unit.startswith("min"):
        quantity *= 60
    return _Term(quantity, text[start : duration.end()], unit, start)


def _total(quantity: Decimal, terms: list[_Term]) -> str:
    """A sum of durations in the words of its parts: "7 uur", "8.5 hours", "45 minutes", "3
    dagen"."""
    units = [term.unit for term in terms]
    dutch = any(
        u in ("uur", "uren", "minuten") or (len(u) == 1 and u != "h") or "dag" in u for u in units
    )  # the one-letter Dutch "8u" by its length (the form-of-address check reads literals)
    language = Language.NL if dutch else Language.EN
    family = _family(units[-1])
    if family == "hour" and all(u.startswith("min") for u in units):
        return f"{format_number(quantity, language)} {units[-1]}"
    if family == "hour":
        quantity /= 60
    word = {
        "hour": ("uur", "hours"),
        "day": ("dagen", "days"),
        "half day": ("dagdelen", "dagdelen"),
    }[family][0 if dutch else 1]
    return f"{format_number(quantity, language)} {word}"


def _summed_terms(text: str, hours: list[re.Match[str]]) -> list[_Term]:
    """The durations, ending with the last one, that one person spent in turn and a rate prices
    together: "3 uur e-learning plus 8 uur praktijkdag", "6 bijeenkomsten van 4 uur, plus de 3
    coachgesprekken van elk 1 uur". Only durations of one family joined by "and" or "plus" with
    no other figure between are summed; empty when the last one's number does not read."""
    last = _term(text, hours[-1])
    if last is None:
        return []
    terms = [last]
    for earlier in reversed(hours[:-1]):
        term = _term(text, earlier)
        if (
            term is None
            or _unit_family(earlier) != _unit_family(hours[-1])
            or not _JOINED.fullmatch(text[earlier.end() : terms[0].start])
            or _names_someone(text[earlier.end() : terms[0].start])
        ):
            break  # "de trainer gaf 3 uur les en de deelnemers zaten 4 uur": not one's time
        terms.insert(0, term)
    return terms


def _without_breakdowns(text: str, hours: list[re.Match[str]]) -> list[re.Match[str]]:
    """Without the durations in brackets that break down the one before them ("6 uur pp (4 uur
    e-learning, 2 uur workshop)"): the total is said, its parts are not added again."""
    kept = []
    for index, found in enumerate(hours):
        opened = text.rfind("(", 0, found.start())
        inside = opened >= 0 and ")" not in text[opened : found.start()]
        before = [h for h in hours[:index] if h.end() <= opened]
        if inside and before and _BEFORE_BRACKET.fullmatch(text[before[-1].end() : opened]):
            continue
        kept.append(found)
    return kept


_BEFORE_BRACKET = re.compile(r"\s*(?:[^\W\d_][\w.]*\s*){0,3}", re.IGNORECASE)
"""Between a duration and the bracket that breaks it down: "pp", "per person", "each"."""


def _names_someone(span: str) -> bool:
    """Whether ``span`` names people or a trainer: hours after it may be someone else's."""
    return any(is_people(w) or is_person(w) for w in re.findall(r"[^\W\d_]+", span)) or bool(
        FACULTY.search(span)
    )


_EACH_OF_THEM = re.compile(r"\s+(?:[^\W\d_]+\s+){0,2}?(?:each|elk|ieder)\b", re.IGNORECASE)


def a_part_each(span: str, language: Language, participants: int | None) -> PeopleCount | None:
    """ "the 42 auditors each save 2 hours", 50 took part: a counted part of the participants
    that each gain something (the gain is theirs times 42, not every participant's)."""
    if participants is None:
        return None
    return next(
        (
            p
            for p in find_people(span, language=language)
            if p.count < participants and _EACH_OF_THEM.match(span, p.end)
        ),
        None,
    )


def each_of_a_group(span: str) -> bool:
    """ "3 hours each at", "de monteurs zaten elk 2 dagen": "each" standing for every one of the
    people the sentence is about (not "each session", "elk jaar")."""
    return _FLOATING_EACH.search(span) is not None


def _unwrapped(words: str) -> str:
    """Without a bracket at either end that does not close ("(extern", "trainer)"); "The coach
    (external)" keeps its aside."""
    if words.startswith("(") and ")" not in words:
        words = words[1:]
    if words.endswith("("):  # "het waren 3 trainingsdagen (elke dienst 1 dag)": the aside blanked
        words = words[:-1].rstrip()
    if words.endswith(")") and "(" not in words:
        words = words[:-1]
    if words.startswith("(") and words.endswith(")") and words.count("(") == 1:
        words = words[1:-1]
    return words.strip()


def describe(
    text: str, money: Money, clause: Clause, rate: Rate | None, *more: tuple[int, int]
) -> str:
    """The clause's own words for the amount ("De trainer", "Extra marge"), without the amount,
    its rate, the verbs and the section label."""
    head = _OF_THE_AMOUNT.search(text, clause.start, money.start)
    spans = [(money.start, money.end), *more]
    if head and not _GENERIC_HEAD.fullmatch(text[clause.start : head.start()].strip(" ,;:")):
        clause = replace(clause, end=money.start)  # "De zaalhuur van € 6.000 delen we met ..."
    elif head:
        spans.append(head.span())  # "De kosten [van] € 3.000 voor catering"
    chars = list(text[clause.start : clause.end])
    if rate is not None:
        spans.append((money.end + rate.start, money.end + rate.end))
    kinds = ("cost_verbs", "benefit_verbs", "total", "decrease", "increase")
    spans += [(c.start, c.end) for c in find_cues(text, *kinds, start=clause.start, end=clause.end)]
    for start, end in spans:
        for index in range(max(start, clause.start), min(end, clause.end)):
            chars[index - clause.start] = " "
    words = " ".join(_ADRIFT.sub("", "".join(chars)).split()).replace("( )", "")
    for _ in range(8):
        words = _unwrapped(_EDGE.sub("", words).strip(" ,;:.-–"))
    if len(words) < 3:
        words = " ".join(text[clause.start : clause.end].split()).strip(" ,;:.")
    return (words[:1].upper() + words[1:])[:500] or "-"
