"""How often and for how long: rates ("per maand", "a year", "annually", "per rep per month"),
durations ("3 uur", "twee praktijkdagen", "6 weeks", "2-day") and windows ("binnen 6 maanden",
"within six months", "3 months after")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from functools import cache

from pydantic import BaseModel, ConfigDict, Field

from assistant.text.language import Language
from assistant.text.lexicon import alternation, function_words, words
from assistant.text.numbers import DIGITS, parse_number


class Period(StrEnum):
    """What an amount is counted per; ``ONCE`` for a one-off."""

    HOUR = "hour"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    ONCE = "once"


_ADVERBS = {
    Period.HOUR: "hourly",
    Period.DAY: "daily",
    Period.WEEK: "weekly",
    Period.MONTH: "monthly",
    Period.QUARTER: "quarterly",
    Period.YEAR: "yearly",
    Period.ONCE: "once",
}


@dataclass(frozen=True)
class Rate:
    """ "per rep per month": ``period`` MONTH, ``per`` "rep", ``per_person`` True."""

    period: Period | None
    per: str | None
    per_person: bool
    start: int
    end: int
    text: str


@cache
def _rate_pattern() -> re.Pattern[str]:
    per = alternation([w for w in words("periods", "per") if w not in ("a", "an", "/")])
    adverbs = alternation([w for key in _ADVERBS.values() for w in words("periods", key)])
    multi = alternation([w for key in ("day", "week", "month") for w in words("periods", key)
                         if " " in w])  # fmt: skip
    return re.compile(
        rf"(?:(?:(?<![\w])(?:{per})\s+|/\s?|\b(?:a|an)\s+)(?!(?:{per}|a|an)\s)(?P<noun>{multi}|[\w'’-]+)"
        rf"|(?<![\w])(?P<adverb>{adverbs})(?![\w])|(?<![\w])(?P<pp>p\.\s?p\.))",
        re.IGNORECASE,
    )


def _period_of_noun(noun: str) -> Period | None:
    lowered = noun.lower()
    return next(
        (p for p in Period if p is not Period.ONCE and lowered in words("periods", p.value)),
        None,
    )


def _period_of_adverb(text: str) -> Period | None:
    lowered = " ".join(text.lower().split())
    return next((p for p, key in _ADVERBS.items() if lowered in words("periods", key)), None)


def _is_person(noun: str) -> bool:
    from assistant.text.people import is_person

    lowered = noun.lower().strip("'’")
    singular = lowered.removesuffix("s")
    return (
        lowered in words("periods", "person")
        or singular in words("periods", "person")
        or is_person(lowered)  # "per driver", "per operator", "per verpleegkundige"
    )


_LATIN = frozenset({"diem", "diems", "se"})


def find_rates(text: str) -> list[Rate]:
    """Every "per ..." chain, merged: "per rep per month" is one rate."""
    rates: list[Rate] = []
    for m in _rate_pattern().finditer(text):
        if m["pp"]:
            period, per, person = None, m["pp"], True
        elif m["adverb"]:
            period, per, person = _period_of_adverb(m["adverb"]), None, False
        else:
            noun = m["noun"]
            period = _period_of_noun(noun) or _period_of_adverb(noun)
            person = period is None and _is_person(noun)
            if period is None and not person:
                if noun.lower() in _LATIN:
                    continue  # "per diems for the participants": an allowance, no rate
                if noun.lower() in function_words():
                    continue  # "SEK 1,150 each on average": no rate per "on"
                if not m.group().lower().startswith(("a ", "an ")):
                    rates.append(Rate(None, noun, False, m.start(), m.end(), m.group()))
                continue
            per = noun if person else None
        previous = rates[-1] if rates else None
        if previous and not text[previous.end : m.start()].strip():
            rates[-1] = Rate(
                previous.period or period,
                previous.per or per,
                previous.per_person or person,
                previous.start,
                m.end(),
                text[previous.start : m.end()],
            )
        else:
            rates.append(Rate(period, per, person, m.start(), m.end(), m.group()))
    return rates


def period_of(text: str) -> Period | None:
    """The first period a rate in ``text`` names ("€ 40 per deelnemer per maand" -> MONTH)."""
    return next((rate.period for rate in find_rates(text) if rate.period), None)


# --- durations -----------------------------------------------------------------------------


class DurationUnit(StrEnum):
    HOUR = "hour"
    HALF_DAY = "half_day"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


class Duration(BaseModel):
    """A length of time as a number of units, e.g. 2 days or 6 weeks."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    amount: Decimal = Field(gt=0, le=10_000)
    unit: DurationUnit


@dataclass(frozen=True)
class FoundDuration:
    duration: Duration
    start: int
    end: int
    text: str


_NUMBER_WORD = r"[^\W\d_]+(?:-[^\W\d_]+)?"


@cache
def _duration_pattern() -> re.Pattern[str]:
    qualifier = alternation(words("units", "qualifier"))
    return re.compile(
        rf"(?<![\w.,])(?P<num>{DIGITS}|{_NUMBER_WORD})\s?-?\s?(?:(?:{qualifier})\s+(?=\w+))?"
        rf"(?P<unit>half[- ]days?|[^\W\d_][\w'’-]*)",
        re.IGNORECASE,
    )


def unit_of(word: str) -> DurationUnit | None:
    """The unit a word names: "dagen", "weeks", and Dutch compounds "praktijkdagen",
    "tweedaagse"; ``None`` for other words."""
    lowered = word.lower().strip("'’")
    for unit in DurationUnit:
        if lowered in words("units", unit.value):
            return unit
    for unit in (DurationUnit.HALF_DAY, DurationUnit.DAY, DurationUnit.HOUR, DurationUnit.WEEK):
        suffixes = words("units", f"{unit.value}_suffix", Language.NL)
        if any(lowered.endswith(s) and len(lowered) > len(s) + 2 for s in suffixes):
            return unit
    return None


def find_durations(text: str, *, language: Language | None = None) -> list[FoundDuration]:
    """Every duration: "twee dagen", "3 days", "6 weken", "2-day", "anderhalve dag", "4 uur",
    "twee praktijkdagen", "tweedaagse"."""
    found = []
    position = 0
    while (m := _duration_pattern().search(text, position)) is not None:
        position = m.start("unit")
        unit = unit_of(m["unit"])
        if unit is None or _numbered_compound(m["unit"], language):
            continue
        try:
            amount = parse_number(m["num"], language=language)
        except ValueError:
            continue
        position = m.end()
        if 0 < amount <= 10_000:
            duration = Duration(amount=amount, unit=unit)
            found.append(FoundDuration(duration, m.start(), m.end(), m.group()))
    for m in re.finditer(r"(?<![\w])(?P<num>[^\W\d_]+?)(?P<unit>daagse)\b", text, re.I):
        value = _word_amount(m["num"], language)
        if value is not None and not any(f.start <= m.start() < f.end for f in found):
            found.append(FoundDuration(Duration(amount=value, unit=DurationUnit.DAY), *m.span(),
                                       m.group()))  # fmt: skip
    return sorted(found, key=lambda f: f.start)


_IN_MINUTES = {
    "een kwartier": "15 minuten", "kwartier": "15 minuten", "een half uur": "30 minuten",
    "half uur": "30 minuten", "a quarter of an hour": "15 minutes",
    "quarter of an hour": "15 minutes", "half an hour": "30 minutes",
}  # fmt: skip
_TIME_IN_WORDS = re.compile(
    "|".join(sorted(map(re.escape, _IN_MINUTES), key=len, reverse=True)), re.IGNORECASE
)


def in_minutes(text: str) -> str:
    """``text`` with time said in words written as minutes ("een kwartier per dag" -> "15
    minuten per dag"), as the duration reader counts it."""
    return _TIME_IN_WORDS.sub(lambda m: _IN_MINUTES[m.group().lower()], text)


def _numbered_compound(word: str, language: Language | None) -> bool:
    """ "tweedaagse": the number is inside the word, so the word before it is no amount."""
    stem = word.lower().removesuffix("daagse")
    return stem != word.lower() and _word_amount(stem, language) is not None


def _word_amount(word: str, language: Language | None) -> Decimal | None:
    try:
        return parse_number(word, language=language)
    except ValueError:
        return None


def parse_duration(text: str, *, language: Language | None = None) -> Duration:
    """The one duration ``text`` consists of ("twee dagen", "6 weeks"); ``ValueError`` otherwise."""
    found = find_durations(text.strip(), language=language)
    if len(found) != 1 or found[0].text.lower() != text.strip().lower():
        raise ValueError(f"not a duration: {text!r} (write e.g. '2 days' or 'twee dagen')")
    return found[0].duration


# --- windows -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Window:
    """ "binnen 6 maanden" / "3 months after": a span counted from the programme's start."""

    within: Duration
    start: int
    end: int
    text: str


@cache
def _window_pattern() -> re.Pattern[str]:
    within = alternation(words("periods", "within"))
    after = alternation(words("periods", "after"))
    return re.compile(
        rf"(?<![\w])(?:{within})\s+(?:(?:de|the)\s+)?(?:(?:eerste|first|next|komende)\s+)?"
        rf"(?P<lead>(?P<article>an?\s|een\s)?)(?P<rest>[^.;,\n]{{1,40}})"
        rf"|(?P<plain>(?:{DIGITS}|{_NUMBER_WORD})\s?[^\W\d_]+)\s+(?:{after})(?![\w])",
        re.IGNORECASE,
    )


def find_windows(text: str, *, language: Language | None = None) -> list[Window]:
    """Every relative window: "binnen 6 maanden", "within a year", "drie maanden na"."""
    found = []
    for m in _window_pattern().finditer(text):
        piece = m["plain"] or (("1 " if m["article"] else "") + m["rest"])
        durations = find_durations(piece, language=language)
        if not durations or (m["plain"] is None and durations[0].start != 0):
            continue
        duration = durations[0]
        if duration.duration.unit in (DurationUnit.HOUR, DurationUnit.HALF_DAY):
            continue
        offset = m.start("rest") if m["plain"] is None else m.start("plain")
        shift = 2 if m["article"] else 0
        end = offset + duration.end - shift if m["plain"] is None else m.end()
        found.append(Window(duration.duration, m.start(), end, text[m.start() : end]))
    return found
