"""Numbers as people write them in Dutch and English briefs: amounts, percentages, durations.

``22.500`` is twenty-two thousand five hundred in Dutch, ``22,500`` in English, ``4,5`` is four and
a half. Values become ``Decimal`` so the digits the user wrote are kept exactly. Shared by brief
extraction, the SMART checker and the chat assistant ("EUR 22.500", "twee dagen", "15 %").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from assistant.planning.language import Language

NUMBER = r"\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
"""A written number: digits, optionally grouped by ``.`` or ``,`` and with decimals."""

WORD_NUMBERS: dict[str, Decimal] = {
    word: Decimal(value)
    for value, words in {
        "0.5": "half halve",
        "1": "een één eén one",
        "1.5": "anderhalf anderhalve",
        "2": "twee two",
        "3": "drie three",
        "4": "vier four",
        "5": "vijf five",
        "6": "zes six",
        "7": "zeven seven",
        "8": "acht eight",
        "9": "negen nine",
        "10": "tien ten",
        "11": "elf eleven",
        "12": "twaalf twelve",
        "15": "vijftien fifteen",
        "18": "achttien eighteen",
        "20": "twintig twenty",
        "24": "vierentwintig",
        "30": "dertig thirty",
        "40": "veertig forty",
        "50": "vijftig fifty",
        "60": "zestig sixty",
        "90": "negentig ninety",
        "100": "honderd hundred",
    }.items()
    for word in words.split()
}
WORD_NUMBER = "|".join(sorted(WORD_NUMBERS, key=len, reverse=True))
QUANTITY = rf"(?:{NUMBER}|(?<![\w-])(?:{WORD_NUMBER})(?![\w]))"
"""A number in digits or in words ("twee", "three", "anderhalve")."""

_THOUSANDS_SEPARATOR = {Language.NL: ".", Language.EN: ","}
_MULTIPLIERS: dict[str, Decimal] = {
    "k": Decimal(1000),
    "duizend": Decimal(1000),
    "thousand": Decimal(1000),
    "mln": Decimal(10) ** 6,
    "mio": Decimal(10) ** 6,
    "miljoen": Decimal(10) ** 6,
    "million": Decimal(10) ** 6,
}


def parse_number(text: str, *, language: Language | None = None, money: bool = False) -> Decimal:
    """Read one written number; raises ``ValueError`` when ``text`` is not one.

    A single separator followed by exactly three digits is ambiguous ("1.500", "1,500"): it is a
    thousands separator for money (amounts have at most two decimals), when it is the language's
    thousands separator, or when the language is unknown; otherwise it is the decimal separator.
    """
    raw = text.strip()
    word = WORD_NUMBERS.get(raw.lower())
    if word is not None:
        return word
    if not re.fullmatch(NUMBER, raw):
        raise ValueError(f"not a number: {text!r}")
    separators = [char for char in raw if char in ".,"]
    if not separators:
        return Decimal(raw)
    if len(set(separators)) == 2:
        decimal_mark = separators[-1]
        return _join(raw, decimal_mark=decimal_mark)
    mark = separators[0]
    head, _, tail = raw.rpartition(mark)
    if len(separators) > 1:
        return _join(raw, decimal_mark=None)
    if len(tail) != 3 or len(head) > 3:
        return _join(raw, decimal_mark=mark)
    thousands = money or language is None or _THOUSANDS_SEPARATOR[language] == mark
    return _join(raw, decimal_mark=None if thousands else mark)


def _join(raw: str, *, decimal_mark: str | None) -> Decimal:
    if decimal_mark is None:
        return Decimal(raw.replace(".", "").replace(",", ""))
    whole, _, fraction = raw.rpartition(decimal_mark)
    digits = whole.replace(".", "").replace(",", "")
    return Decimal(f"{digits}.{fraction}")


# --- percentages --------------------------------------------------------------------------

PERCENT = rf"(?<![\w.,])(?P<pct>{NUMBER})\s?(?:%|procent\b|percent\b|pct\b\.?)"
_PERCENT = re.compile(PERCENT, re.IGNORECASE)


@dataclass(frozen=True)
class Found:
    """A value found in a text, with where it was found and how it was written."""

    value: Decimal
    start: int
    end: int
    text: str


def find_percentages(text: str, *, language: Language | None = None) -> list[Found]:
    """Every percentage: "4,5%", "15 %", "12 procent", "10 percent"."""
    return [
        Found(parse_number(m["pct"], language=language), m.start(), m.end(), m.group())
        for m in _PERCENT.finditer(text)
    ]


def parse_percentage(text: str, *, language: Language | None = None) -> Decimal:
    """The one percentage ``text`` consists of; ``ValueError`` otherwise."""
    found = find_percentages(text.strip(), language=language)
    if len(found) != 1 or found[0].text != text.strip():
        raise ValueError(f"not a percentage: {text!r}")
    return found[0].value


# --- money ---------------------------------------------------------------------------------

CURRENCIES: dict[str, str] = {
    "eur": "EUR",
    "€": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "usd": "USD",
    "$": "USD",
    "dollar": "USD",
    "dollars": "USD",
    "gbp": "GBP",
    "£": "GBP",
}
_CURRENCY = r"(?:EUR|USD|GBP|€|\$|£)"
_CURRENCY_AFTER = r"(?:EUR|USD|GBP|€|euros?|dollars?)"
_MULTIPLIER = r"(?:\s?(?P<mult{n}>k|K|mln\.?|mio|miljoen|million)(?![\w]))?"
_MONEY = re.compile(
    rf"(?P<cur1>{_CURRENCY})\s?(?P<num1>{NUMBER}){_MULTIPLIER.format(n=1)}(?:,-)?"
    rf"|(?<![\w.,])(?P<num2>{NUMBER}){_MULTIPLIER.format(n=2)}\s?(?P<cur2>{_CURRENCY_AFTER})(?!\w)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Money:
    """An amount with its ISO 4217 currency, where it stood in the text and how it was written."""

    amount: Decimal
    currency: str
    start: int
    end: int
    text: str


def find_money(text: str) -> list[Money]:
    """Every amount of money: "EUR 22.500", "€ 85.000,-", "22,500 euro", "$120,000", "€85k"."""
    found = []
    for m in _MONEY.finditer(text):
        number = m["num1"] or m["num2"]
        currency = CURRENCIES[(m["cur1"] or m["cur2"]).lower()]
        amount = parse_number(number, money=True)
        multiplier = m["mult1"] or m["mult2"]
        if multiplier:
            amount = _whole(amount * _MULTIPLIERS[multiplier.lower().rstrip(".")])
        found.append(Money(amount, currency, m.start(), m.end(), m.group()))
    return found


def parse_money(text: str) -> Money:
    """The one amount ``text`` consists of; ``ValueError`` otherwise."""
    found = find_money(text.strip())
    if len(found) != 1 or found[0].text != text.strip():
        raise ValueError(f"not an amount of money: {text!r}")
    return found[0]


# --- durations -----------------------------------------------------------------------------


class DurationUnit(StrEnum):
    HOUR = "hour"
    HALF_DAY = "half_day"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


_UNIT_WORDS: dict[DurationUnit, str] = {
    DurationUnit.HOUR: r"uur|uren|hours?|hrs?",
    DurationUnit.HALF_DAY: r"dagdel(?:en)?|half[- ]days?",
    DurationUnit.DAY: r"(?:trainings|werk|les)?dag(?:en)?|(?:training |working )?days?|daagse",
    DurationUnit.WEEK: r"weken|week|weeks",
    DurationUnit.MONTH: r"maanden|maand|months?",
    DurationUnit.YEAR: r"jaren|jaar|years?",
}
_DURATION = re.compile(
    rf"(?<![\w.,])(?P<num>{QUANTITY}|(?:{WORD_NUMBER})(?=daagse))\s?-?\s?"
    rf"(?P<unit>{'|'.join(f'(?P<{u.name}>{w})' for u, w in _UNIT_WORDS.items())})(?![\w])",
    re.IGNORECASE,
)
_UNIT_LABELS: dict[Language, dict[DurationUnit, tuple[str, str]]] = {
    Language.NL: {
        DurationUnit.HOUR: ("uur", "uur"),
        DurationUnit.HALF_DAY: ("dagdeel", "dagdelen"),
        DurationUnit.DAY: ("dag", "dagen"),
        DurationUnit.WEEK: ("week", "weken"),
        DurationUnit.MONTH: ("maand", "maanden"),
        DurationUnit.YEAR: ("jaar", "jaar"),
    },
    Language.EN: {
        DurationUnit.HOUR: ("hour", "hours"),
        DurationUnit.HALF_DAY: ("half-day", "half-days"),
        DurationUnit.DAY: ("day", "days"),
        DurationUnit.WEEK: ("week", "weeks"),
        DurationUnit.MONTH: ("month", "months"),
        DurationUnit.YEAR: ("year", "years"),
    },
}


class Duration(BaseModel):
    """A length of time as a number of units, e.g. 2 days or 6 weeks."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    amount: Decimal = Field(gt=0, le=10_000)
    unit: DurationUnit

    def label(self, language: Language) -> str:
        """ "2 dagen", "1.5 days" - the amount exactly as stored."""
        singular, plural = _UNIT_LABELS[language][self.unit]
        return f"{_plain(self.amount)} {singular if self.amount == 1 else plural}"


@dataclass(frozen=True)
class FoundDuration:
    duration: Duration
    start: int
    end: int
    text: str


def find_durations(text: str, *, language: Language | None = None) -> list[FoundDuration]:
    """Every duration: "twee dagen", "3 days", "6 weken", "2-day", "anderhalve dag", "4 uur"."""
    found = []
    for m in _DURATION.finditer(text):
        unit = next(u for u in DurationUnit if m[u.name])
        amount = parse_number(m["num"], language=language)
        if amount > 0:
            found.append(FoundDuration(Duration(amount=amount, unit=unit), *m.span(), m.group()))
    return found


def parse_duration(text: str, *, language: Language | None = None) -> Duration:
    """The one duration ``text`` consists of ("twee dagen", "6 weeks"); ``ValueError`` otherwise."""
    found = find_durations(text.strip(), language=language)
    if len(found) != 1 or found[0].text.lower() != text.strip().lower():
        raise ValueError(f"not a duration: {text!r} (write e.g. '2 days' or 'twee dagen')")
    return found[0].duration


def _whole(value: Decimal) -> Decimal:
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value


def _plain(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text if "." not in text else text.rstrip("0").rstrip(".")
