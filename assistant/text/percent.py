"""Percentages: "12,5%", "15 %", "12 procent", "10 percent", "-3%", ranges "20-25%",
"20 tot 25 procent", "20 to 25%", "between 50 and 60%"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from assistant.text.language import Language
from assistant.text.numbers import DIGITS, RANGE_JOIN, parse_digits

_SIGN = r"(?:(?<=^)|(?<=[\s(]))[-−+]"
_PERCENT = re.compile(
    rf"(?<![\w.,])(?P<low>(?:{_SIGN})?(?:{DIGITS}))"
    rf"(?:\s?%?\s?{RANGE_JOIN}\s?(?P<high>(?:{_SIGN})?(?:{DIGITS})))?"
    rf"\s?(?:%|procent\b|percent\b|pct\b\.?|procentpunt(?:en)?\b|percentage points?\b)",
    re.IGNORECASE,
)

_BETWEEN = re.compile(
    rf"\b(?:between|tussen)\s+(?:de\s+|the\s+)?(?P<low>{DIGITS})\s?%?\s+(?:and|en)\s+"
    rf"(?P<high>{DIGITS})"
    r"\s?(?:%|procent\b|percent\b)",
    re.IGNORECASE,
)
"""A range in words: "between 50 and 60%", "tussen 50 en 60 procent", "tussen de 70 en 75%"."""
_SINGLE = re.compile(rf"[-−+]?(?:{DIGITS})\s?(?:%|procent\b|percent\b)", re.IGNORECASE)


@dataclass(frozen=True)
class Percentage:
    """A percentage, or a range of them (``low`` to ``high``), where it stood in the text."""

    low: Decimal
    high: Decimal | None
    start: int
    end: int
    text: str

    @property
    def value(self) -> Decimal:
        """The single value, or the middle of a range."""
        return self.low if self.high is None else (self.low + self.high) / 2


def find_percentages(text: str, *, language: Language | None = None) -> list[Percentage]:
    """Every percentage or range of percentages in ``text``, in order; "from 6% to 4.5%" is two
    percentages, not a range (a range never runs downwards)."""
    found = []
    for between in _BETWEEN.finditer(text):
        bounds = _signed(between["low"], language), _signed(between["high"], language)
        if bounds[0] < bounds[1]:
            found.append(Percentage(*bounds, between.start(), between.end(), between.group()))
    taken = [(p.start, p.end) for p in found]
    position = 0
    while (m := _PERCENT.search(text, position)) is not None:
        if any(start <= m.start() < end for start, end in taken):
            position = m.end()
            continue
        low = _signed(m["low"], language)
        high = _signed(m["high"], language) if m["high"] else None
        position = m.end()
        if high is not None and high < low:
            single = _SINGLE.match(text, m.start())
            if single is not None:
                found.append(Percentage(low, None, m.start(), single.end(), single.group()))
            position = m.start("high")
            continue
        found.append(Percentage(low, high, m.start(), m.end(), m.group()))
    return sorted(found, key=lambda p: p.start)


def parse_percentage(text: str, *, language: Language | None = None) -> Percentage:
    """The one percentage (or range) ``text`` consists of; ``ValueError`` otherwise."""
    found = find_percentages(text.strip(), language=language)
    if len(found) != 1 or found[0].text != text.strip():
        raise ValueError(f"not a percentage: {text!r}")
    return found[0]


def _signed(text: str, language: Language | None) -> Decimal:
    sign = -1 if text[0] in "-−" else 1
    return sign * parse_digits(text.lstrip("-−+"), language=language)
