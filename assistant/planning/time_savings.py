"""Time saved at a rate: "3 uur per week à EUR 45 per uur" is quantity × unit value, not EUR 45.

An advisor states a benefit as hours (minutes, days) saved per period and what that time is
worth; the ROI calculator multiplies them (``BenefitLine.quantity`` × ``unit_value``). The tables
below name the words; nothing here does arithmetic on money except the unit conversions (60
minutes to the hour): exact where one is, else a minute's value to the calculator's 20 decimals.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from assistant.roi.models import BenefitLine, IsolationMethod, Period
from assistant.roi.numbers import MAX_DECIMAL_PLACES
from assistant.text.language import Language
from assistant.text.money import Money
from assistant.text.numbers import ABOUT, DIGITS_OR_WORD, RANGE_JOIN, parse_number
from assistant.text.people import is_people, is_person


class TimeUnit(StrEnum):
    MINUTE = "minute"
    HOUR = "hour"
    DAY = "day"
    WEEK = "week"  # saved ("3 weken eerder productief") or valued ("één week is € 9.000 waard")


_SAVED_UNITS: dict[TimeUnit, str] = {
    TimeUnit.MINUTE: r"minuten|minuut|minutes?|mins?",
    TimeUnit.HOUR: r"(?:[a-z]{3,}(?:s|-))?uren|uur|(?:[a-z]{3,}-)?hours|hours?|hrs?",
    TimeUnit.DAY: r"werkdagen|werkdag|dagen|dag|working days?|days?",
    TimeUnit.WEEK: r"weken|weeks?",
}
"""Hours also of a thing: "704 storingsuren", "machine-uren", "3 crane-hours", "man-hours" (in
the plural: "een productie-uur" is the unit a value is given for)."""
_RATE_UNITS: dict[TimeUnit, str] = {
    TimeUnit.MINUTE: r"minuut|minute|min",
    TimeUnit.HOUR: r"uur|hour|hr|u|h",
    TimeUnit.DAY: r"werkdag|dag|working day|day",
}
_RATE_NAMES: dict[TimeUnit, str] = {
    TimeUnit.HOUR: r"uurtarief|uurloon|uurprijs|uurkosten|uurwaarde|hourly (?:rate|wage|cost|pay)|"
    r"(?:rate|cost|wage) per hour|\w+uur\b(?= kost)|"
    r"(?:(?:integraal|integrale|interne?)\s+tarief|(?:internal|loaded|fully loaded) rate)"
    r"(?=\s*(?:is|was|of|van|:|=)?\s*$)",  # "mijn integraal tarief is € 72", right before it
    TimeUnit.DAY: r"dagtarief|dagloon|dagprijs|daily rate|day rate|(?:rate|cost) per day",
}
_SAVED = re.compile(
    rf"(?<![\w.,])(?P<num>{DIGITS_OR_WORD})\s?(?:(?:extra|more|meer|additional|"
    r"(?!(?:per|pro|for|voor|van|of|and|en|or|to|tot|naar|the|het|een)\b)[a-z-]{3,})\s)?"
    r"(?P<unit>"
    + "|".join(f"(?P<{unit.name}>{words})" for unit, words in _SAVED_UNITS.items())
    + r")(?!\w)",
    re.IGNORECASE,
)
_SAVING_CUE = re.compile(
    r"\b(?:bespa\w*|tijdwinst|opbrengst\w*|baten|benefits?|winnen|wint|minder tijd|sneller|"
    r"saves?|saved|saving\w*|"
    r"time gained|gains?|less time|faster|quicker|extra|more|bills?|billed|declareert|"
    r"declareren|frees? up|freed up|vrij(?:gespeeld|gemaakt)?|gedaald|daalde|daalt|dropped|fell|"
    r"reduced|verminderd|minder|less|fewer|korter|shorter|went down|came down|gone down|is down|"
    r"was down|decreased|declined|shrank|afgenomen|nam af|namen af|teruggebracht|verschil|"
    r"difference)\b|"
    r"\b(?:uur|uren|dagen|dag|weken|week|hours?|days?|weeks?)\s+(?:eerder|sooner|earlier)\b",
    re.IGNORECASE,
)
_RATE_AFTER = re.compile(
    r"^\s?(?:per|/|an?|p/)\s?(?P<unit>"
    + "|".join(f"(?P<{unit.name}>{words})" for unit, words in _RATE_UNITS.items())
    + r")(?!\w)",
    re.IGNORECASE,
)
_RATE_BEFORE = re.compile(
    "(?:" + "|".join(f"(?P<{unit.name}>{words})" for unit, words in _RATE_NAMES.items())
    + r")\b[^\d€$£]{0,50}$",
    re.IGNORECASE,
)  # fmt: skip
_ONE_UNIT = re.compile(
    r"\b(?:een|[eé]én|one|an?|that|dat|die|each|every|elk|elke|ieder|iedere)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:[\w-]*(?P<uur>uur)|[\w-]*(?P<dag>dag)|(?P<hour>(?:[^\W\d_]+-)?hour)|"
    r"(?P<day>working day|(?:[^\W\d_]+-)?day)|(?P<week>week)|"
    r"(?P<minute>[\w-]*minuut|(?:[^\W\d_]+-)?minute))\b"
    r"(?P<gap>[^\d€$£]{0,45})$",
    re.IGNORECASE,
)
_EACH_OF_THOSE = re.compile(
    r"\b(?:each|every|elk|elke|ieder|iedere)\s+(?:of|van)\s+(?:those|these|the|die|deze|de)\s+"
    r"(?:[\w-]+\s+)?(?:(?P<hour>hours|uren)|(?P<day>days|dagen)|(?P<week>weeks|weken)|"
    r"(?P<minute>minutes|minuten))\b(?P<gap>[^\d€$£]{0,45})$",
    re.IGNORECASE,
)
"""Each of the units of time saved, before its value: "We value each of those weeks at €600"."""
_PERIOD_OR_SAVING = re.compile(
    r"\b(?:per|week|maand|jaar|month|year|bespa\w*|saves?|saved|minder|less|fewer)\b|/",
    re.IGNORECASE,
)
_PER_PERSON = re.compile(
    r"\b(?:elke|iedere?|per|each|every)\s+(?:deelnemer|participant|persoon|person|medewerker|"
    r"werknemer|employee|cursist|learner|trainee|agent|teamleider|manager|head|hoofd)\b|"
    r"\bp\.p\.|\b(?:each|ieder|elk)\b(?!\s+(?:week|maand|jaar|dag|month|year|day|time|keer))",
    re.IGNORECASE,
)

DESCRIPTIONS: dict[Language, dict[TimeUnit, str]] = {
    Language.NL: {TimeUnit.MINUTE: "Tijdsbesparing in minuten",
                  TimeUnit.HOUR: "Tijdsbesparing in uren", TimeUnit.DAY: "Tijdsbesparing in dagen",
                  TimeUnit.WEEK: "Tijdwinst in weken"},
    Language.EN: {TimeUnit.MINUTE: "Time saved in minutes", TimeUnit.HOUR: "Time saved in hours",
                  TimeUnit.DAY: "Time saved in days", TimeUnit.WEEK: "Time gained in weeks"},
}  # fmt: skip
"""A time-saving benefit line's description names its unit, so a reader can show "3 uur"."""


@dataclass(frozen=True)
class TimeSaved:
    """ "3 uur" in a clause that says time is saved."""

    quantity: Decimal
    unit: TimeUnit
    start: int
    end: int
    text: str
    low_of: tuple[str, str] | None = None
    """The range this is the low end of and that end, as written ("12 à 15 minuten", "12
    minuten"): the conservative end."""


def times_saved(
    clause: str, language: Language | None = None, *, said_saved: bool = False
) -> list[TimeSaved]:
    """The amounts of time a clause says are saved ("elke deelnemer bespaart 3 uur");
    ``said_saved`` when the words before it said so ("... went down 10 minutes, so 3,000 staff
    hours a year")."""
    said_saved = said_saved or bool(_SAVING_CUE.search(clause))
    if not said_saved and not _FROM_TO.search(clause):
        return []
    found = []
    for m in _SAVED.finditer(clause):
        unit = next(u for u in TimeUnit if m[u.name])
        moved = _MOVED_TO.search(clause, max(0, m.start() - 40), m.start())
        if not said_saved and not _a_tasks_time_fell(clause, m, moved, language):
            continue
        try:
            value = parse_number(m["num"], language=language)
        except ValueError:
            if not (_A.fullmatch(m["num"]) and _SAVES.search(clause, 0, m.start())):
                continue
            value = Decimal(1)  # "saves an hour a week", "bespaart een uur per dag"
        if moved is not None:  # "daalde van 300 naar 240 dagen per jaar": 60 days, not 240
            try:
                value = parse_number(moved["num"], language=language) - value
            except ValueError:
                continue
            said = clause[moved.start() : m.end()]  # as written: "van 55 naar 35 minuten"
            if value > 0:
                found.append(TimeSaved(value, unit, moved.start(), m.end(), said))
            continue
        low = _LOW_END.search(clause, max(0, m.start() - 12), m.start())
        if low is not None and moved is None:
            with contextlib.suppress(ValueError):  # "12 à 15 minuten": 12, the conservative end
                high, value = value, parse_number(low["num"], language=language)
                if Decimal(0) < value < high:
                    said = clause[low.start() : m.end()]
                    low_of = (said, f"{low['num']} {m['unit']}")
                    found.append(TimeSaved(value, unit, low.start(), m.end(), said, low_of))
                    continue
                value = high
        if value > 0:
            found.append(TimeSaved(value, unit, m.start(), m.end(), m.group()))
    return found


_LOW_END = re.compile(rf"(?<![\w.,])(?P<num>\d+(?:[.,]\d+)?)\s?{RANGE_JOIN}\s?$", re.I)
"""Before a duration, the low end of its range ("12 à [15 minuten]", "2-[3 hours]")."""


_A = re.compile(r"an?|een|[eé]én", re.IGNORECASE)
_SAVES = re.compile(
    r"\b(?:saves?|saved|gains?|gained|frees? up|freed up|bespaart|besparen|bespaarde|"
    r"bespaarden|wint|winnen|wonnen|won)\s+(?:(?:about|ongeveer|zo'n|ruim|bijna|almost)\s+)?$",
    re.IGNORECASE,
)
"""A saving verb right before "an hour": one hour saved, not "a day" said as a period."""
_MOVED_TO = re.compile(
    rf"\b(?:van|from)\s+{ABOUT}(?P<num>\d[\d.,]*)\s+"
    rf"(?:(?:{_SAVED_UNITS[TimeUnit.MINUTE]}|{_SAVED_UNITS[TimeUnit.HOUR]})\s+)?(?:naar|to)\s+$",
    re.I,
)
"""Before a duration, the level it moved from ("van 300 naar [240 dagen]", "from 25 minutes to
[15 minutes]")."""
_FROM_TO = re.compile(r"\b(?:van|from)\s.*\b(?:naar|to)\s", re.I)


def _a_tasks_time_fell(
    clause: str, m: re.Match[str], moved: re.Match[str] | None, language: Language | None
) -> bool:
    """Whether a duration with no saving word is time that fell ("processing a request went from
    25 to 15 minutes", "de omsteltijd ging van 95 naar 60 minuten", "downtime went from 310 to
    250 hours a year"): minutes or hours (days said per year are counted elsewhere)."""
    if moved is None or not (m["MINUTE"] or m["HOUR"]):
        return False
    try:
        return parse_number(moved["num"], language=language) > parse_number(
            m["num"], language=language
        )
    except ValueError:
        return False


def rate_unit(clause: str, money: Money) -> tuple[TimeUnit, int] | None:
    """The time unit an amount is a rate for ("EUR 45 per uur", "€400/day", "uurtarief € 45",
    "lab hour €60") and where the rate's wording ends in ``clause``."""
    after = _RATE_AFTER.match(clause[money.end : money.end + 20])
    if after:
        return next(u for u in TimeUnit if after[u.name]), money.end + after.end()
    before = _RATE_BEFORE.search(clause[max(0, money.start - 60) : money.start])
    if before:
        return next(u for u in _RATE_NAMES if before[u.name]), money.end
    if _SOMEONES_HOUR.search(clause[max(0, money.start - 40) : money.start]):
        return TimeUnit.HOUR, money.end
    unit = unit_of_someone(clause[max(0, money.start - 50) : money.start])
    return (unit, money.end) if unit is not None else None


def a_persons_day_costs(before: str) -> bool:
    """Whether ``before`` ends with a day named by whose it is, before its price: "Een
    monteursdag kost ons", "an engineer day costs us"."""
    day = _SOMEONES_DAY.search(before[-40:])
    return day is not None and is_a_persons_day(day["day"])


def is_a_persons_day(word: str) -> bool:
    """Whether ``word`` is a day named by whose it is ("monteursdag", "engineer day",
    "verpleegkundigedag"), not by what fills it ("trainingsdag", "verzuimdag")."""
    lowered = word.lower()
    whole = re.fullmatch(r"(?P<who>[^\W\d][\w-]*?)(?:s|en|['’]s|s['’])?[ -]?(?:dag|day)", lowered)
    if whole is None:
        return False
    who = whole["who"]
    return len(who) > 2 and any(is_person(w) or is_people(w) for w in (who, who + "s", who + "en"))


def unit_of_someone(before: str) -> TimeUnit | None:
    """ "a day of a planner costs us", "een uur van een verpleegkundige kost": the hour or day
    of a person ``before`` ends with prices (not "a day of training")."""
    m = _A_UNIT_OF_SOMEONE.search(before)
    if m is None or not (is_person(m["who"]) or is_people(m["who"])):
        return None
    return TimeUnit.HOUR if m["hour"] else TimeUnit.DAY


_A_UNIT_OF_SOMEONE = re.compile(
    r"\b(?:an?|one|each|every|een|[eé]én|elke?|iedere?)\s+(?:(?P<hour>hour|uur)|day|dag)\s+"
    r"(?:of|van)\s+(?:an?|one|een|[eé]én|our|onze?|the|de|het)?\s*(?P<who>[^\W\d][\w-]*)\s*"
    r"(?:[:=]|costs?(?:\s+us)?|kost(?:\s+ons)?|is(?:\s+worth)?|at|à)?\s*$",
    re.IGNORECASE,
)
"""One unit of someone's time right before its value: "a day of a planner costs us NOK 7,800",
"een uur van een verpleegkundige kost € 48" (not "a day of training", said with no value)."""


_SOMEONES_DAY = re.compile(
    r"\b(?P<day>[^\W\d][\w-]*?(?:['’]s|s['’])?[ -]?(?:dag|day))\s*"
    r"(?:[:=]|costs?(?:\s+us)?|kost(?:\s+ons)?|is(?:\s+worth)?|at|à)?"
    r"(?:\s+(?:about|around|ongeveer|zo'n|gemiddeld))?\s*$",
    re.IGNORECASE,
)
"""A day named by whose it is, right before its value: "Een monteursdag kost ons € 360", "An
officer's day costs us R1,650"."""


_SOMEONES_HOUR = re.compile(
    r"\b(?!(?:an?|one|per|each|every|the|een|elk|elke)\b)"
    r"(?:[^\W\d]+[ -]hour|[^\W\d]+[ -]uur|[^\W\d]+suur|(?:man|mens|werk|arbeids)uur)"
    r"\s*(?:[:=]|costs?(?:\s+us)?|kost(?:\s+ons)?|is(?:\s+worth)?|at|à)?\s*$",
    re.IGNORECASE,
)
"""Someone's hour right before its value: "lab hour €60", "staff hour costs EUR 22",
"Chauffeursuur: € 36", "manuur" (not "2 hours", "an hour a week", "zaalhuur", "factuur")."""


def value_of_one_unit(clause: str, money: Money) -> TimeUnit | None:
    """The unit of time an amount is the value of ("an agent hour is worth $29", "Dat uur
    waarderen we op € 72", "Een uur stilstand kost ons € 2.900", "een verzuimdag kost € 250"),
    not an amount per period or a saving ("een uur per week bespaart € 500")."""
    before = clause[max(0, money.start - 90) : money.start]
    m = _ONE_UNIT.search(before) or _EACH_OF_THOSE.search(before)
    if m is None or _PERIOD_OR_SAVING.search(m["gap"]):
        return None
    said = m.groupdict()
    if said["week"]:
        return TimeUnit.WEEK
    if said["minute"]:
        return TimeUnit.MINUTE  # "Een OK-minuut kost ons € 14"
    return TimeUnit.HOUR if said.get("uur") or said["hour"] else TimeUnit.DAY


def per_person(text: str) -> bool:
    """Whether a figure is stated per participant ("elke deelnemer", "per person", "each")."""
    return bool(_PER_PERSON.search(text))


def in_rate_unit(
    saved: TimeSaved, rate: Decimal, unit: TimeUnit
) -> tuple[Decimal, Decimal, TimeUnit] | None:
    """``(quantity, unit_value, unit)`` for the calculator, exactly where a conversion is exact
    (else the minute's value to the calculator's precision); ``None`` when the units need a
    figure the text does not give (hours in a working day)."""
    if saved.unit is unit:
        return saved.quantity, rate, unit
    if (saved.unit, unit) == (TimeUnit.HOUR, TimeUnit.MINUTE):
        return saved.quantity * 60, rate, TimeUnit.MINUTE
    if (saved.unit, unit) == (TimeUnit.MINUTE, TimeUnit.HOUR):
        for quantity, value, in_unit in (
            (saved.quantity / 60, rate, TimeUnit.HOUR),
            (saved.quantity, rate / 60, TimeUnit.MINUTE),
        ):
            if _exact(quantity) and _exact(value):
                return quantity, value, in_unit
        # "20 minutes at £22 an hour": neither 1/3 hour nor £0.3666... a minute is exact; the
        # minute's value to the calculator's 20 decimals is off by less than 10^-18 a year
        return saved.quantity, (rate / 60).quantize(_FINEST), TimeUnit.MINUTE
    return None


_FINEST = Decimal(10) ** -MAX_DECIMAL_PLACES


def saving_line(
    values: tuple[Decimal, Decimal, TimeUnit],
    period: Period,
    *,
    per_participant: bool,
    language: Language,
    shown: str | None = None,
) -> BenefitLine:
    """The benefit line of time saved at a rate: ``in_rate_unit``'s quantity x unit value, its
    description naming the unit (so a reader can show "3 uur") and, when the quantity is a
    product the user said in parts, ``shown`` ("1,5 uur × 1.300 uitvaarten")."""
    quantity, unit_value, unit = values
    named = DESCRIPTIONS[language][unit]
    return BenefitLine(
        description=f"{named}{_SHOWN}{shown}" if shown else named,
        quantity=quantity,
        unit_value=unit_value,
        period=period,
        per_participant=per_participant,
        isolation_method=IsolationMethod.NONE,
    )


_SHOWN = ": "
"""Between a time-saving line's unit and the product its quantity was said as."""


def unit_of(description: str) -> TimeUnit | None:
    """The unit of a time-saving line from its description (either language)."""
    for table in DESCRIPTIONS.values():
        for unit, text in table.items():
            if description == text or description.startswith(f"{text}{_SHOWN}"):
                return unit
    return None


def shown_product(description: str) -> str | None:
    """The product a time-saving line's quantity was said as ("1,5 uur × 1.300 uitvaarten")."""
    if unit_of(description) is None or _SHOWN not in description:
        return None
    return description.split(_SHOWN, 1)[1]


def _exact(value: Decimal) -> bool:
    return value == value.quantize(Decimal("0.0001"))
