"""A corrected factor of a benefit: "they save 25 hours a week, not 30", "€4.5 million, not 5".

The figure reader reads a message's amounts by their roles; a correction that names only one
factor of a product (the hours of a time saving, the base of a KPI change) has no role of its own
and would be asked about as a cost or a benefit. Here the replaced figure is looked up among the
benefit lines' factors: where it is exactly one of them, the new figure takes its place and the
correction's words are taken out of the text the reader still reads.
"""

from __future__ import annotations

import re
from decimal import Decimal

from assistant.chat.models import RoiFigures
from assistant.text.money import find_money
from assistant.text.numbers import DIGITS, parse_number

_SCALE = r"(?:\s?(?:million|miljoen|mln|m|thousand|duizend|k|k€))?"
_FIGURE = rf"(?:[$€£]\s?|(?:EUR|USD|GBP)\s)?(?:{DIGITS}){_SCALE}(?:\s?(?:euro|eur))?"
_CORRECTION = re.compile(
    rf"(?P<new>{_FIGURE})(?P<words>[^\d,;.!?]{{0,40}}?)[,;]?\s*"
    rf"(?:and )?(?:not|niet|instead of|in plaats van|i\.p\.v\.)\s+(?P<old>{_FIGURE})\b",
    re.IGNORECASE,
)
_FACTORS = ("quantity", "unit_value")


def correct_factors(figures: RoiFigures, text: str) -> tuple[RoiFigures, str]:
    """``figures`` with each corrected benefit factor replaced, and ``text`` without the
    corrections it applied (unchanged where a replaced figure is not exactly one factor)."""
    for m in reversed(list(_CORRECTION.finditer(text))):
        new, old = _value(m["new"]), _value(m["old"])
        if new is None or old is None:
            continue
        scale = _scale(m["new"], new)
        found = [
            (index, name)
            for index, line in enumerate(figures.benefits)
            for name in _FACTORS
            if getattr(line, name) in {old, old * scale}
        ]
        if len(found) != 1:
            continue
        index, name = found[0]
        lines = list(figures.benefits)
        lines[index] = lines[index].model_copy(update={name: new})
        figures = figures.model_copy(update={"benefits": lines})
        text = text[: m.start()] + text[m.end() :]
    return figures, text


def _value(figure: str) -> Decimal | None:
    money = find_money(figure)
    if money:
        return money[0].amount
    try:
        return parse_number(figure)
    except ValueError:
        return None


def _scale(figure: str, value: Decimal) -> Decimal:
    """What the figure's scale word multiplies by ("4.5 million": 10^6), else 1."""
    digits = re.search(DIGITS, figure)
    if digits is None:
        return Decimal(1)
    try:
        plain = parse_number(digits.group())
    except ValueError:
        return Decimal(1)
    return value / plain if plain else Decimal(1)
