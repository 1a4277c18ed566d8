"""A corrected factor of a benefit or of a cost's product: "they save 25 hours a week, not 30",
"€4.5 million, not 5", "het uurtarief is € 46, niet € 44" (participants' time of 8 uur x € 44).

The figure reader reads a message's amounts by their roles; a correction that names only one
factor of a product (the hours of a time saving, the base of a KPI change, the rate of the
participants' time) has no role of its own and would be asked about as a cost or a benefit. Here
the replaced figure is looked up among the benefit lines' factors and the rates and quantities of
the cost lines the reader multiplied (their "8 uur × € 44"; "advisors spent 2 days, not 1.5"):
where it is exactly one of them, the new figure takes its place (a cost's product is recomputed
from its own factors) and the correction's words are taken out of the text the reader still
reads.
"""

from __future__ import annotations

import re
from decimal import Decimal

from assistant.chat.models import RoiFigures
from assistant.roi import CostLine
from assistant.text.lexicon import alternation, words
from assistant.text.money import find_money
from assistant.text.numbers import ABOUT, DIGITS, SCALES, parse_number

_SCALE_WORDS = alternation([w for key in SCALES for w in words("numbers", key)])
_SCALE = rf"(?:\s?(?:{_SCALE_WORDS}|k€)(?!\w))?"
"""A scale word, whole: not the "k" of "€ 12,50 kost"."""
_FIGURE = (
    rf"(?:[A-Z]{{0,2}}[$€£¥₹₩₪₺₦₱]\s?|(?:EUR|USD|GBP|INR|Rs\.?)\s)?(?:{DIGITS})(?![\d.,]?\d)"
    rf"{_SCALE}(?:\s?(?:euro|eur))?"
)
_CORRECTION = re.compile(
    rf"(?P<new>{_FIGURE})(?P<words>[^\d,;.!?]{{0,40}}?)[,;]?\s*"
    rf"(?:and )?(?:not|niet|instead of|in plaats van|i\.p\.v\.)\s+(?P<old>{_FIGURE})\b",
    re.IGNORECASE,
)
_SHOULD_BE = re.compile(
    rf"\b(?:should be|should have been|should read|is actually|was actually|"
    rf"moet (?:\w+ )?zijn|is eigenlijk|was eigenlijk)\s+(?:{ABOUT})?(?P<new>{_FIGURE})"
    rf"[^\d.!?;]{{0,40}}?\b(?:the|de|het|not|niet|instead of|in plaats van)\s+(?P<old>{_FIGURE})\b",
    re.IGNORECASE,
)
"""The corrected figure first, the replaced one after it: "the shutdown cost should be ₹32
lakh, the 38 included a one-off repair" (the replaced figure within a factor 3 of the new one:
"should be € 5.000 for the 3 days" corrects no 3)."""
_FACTORS = ("quantity", "unit_value")


def correct_factors(figures: RoiFigures, text: str) -> tuple[RoiFigures, str]:
    """``figures`` with each corrected benefit factor replaced, and ``text`` without the
    corrections it applied (unchanged where a replaced figure is not exactly one factor)."""
    corrections = [*_CORRECTION.finditer(text), *_SHOULD_BE.finditer(text)]
    for m in sorted(corrections, key=lambda m: m.start(), reverse=True):
        new, old = _value(m["new"]), _value(m["old"])
        if new is None or old is None:
            continue
        scale = _scale(m["new"], new)
        olds = {old, old * scale}
        if m.re is _SHOULD_BE:  # "the 38" may be any number: only one near the new figure
            olds = {value for value in olds if new / 3 <= value <= new * 3}
        found = [
            (index, name)
            for index, line in enumerate(figures.benefits)
            for name in _FACTORS
            if getattr(line, name) in olds
        ]
        rated = [n for n, line in enumerate(figures.costs) if _rate_of(line) in olds]
        counted = (
            []
            if find_money(m["old"]) or find_money(m["new"])
            else [n for n, line in enumerate(figures.costs) if _quantity_of(line) in olds]
        )  # "advisors spent 2 days, not 1.5": the days of "1.5 days × £130"
        if len(found) + len(rated) + len(counted) != 1:
            continue
        if counted:
            costs = list(figures.costs)
            costs[counted[0]] = _with_quantity(costs[counted[0]], m["new"].strip(), new)
            figures = figures.model_copy(update={"costs": costs})
        elif found:
            index, name = found[0]
            lines = list(figures.benefits)
            lines[index] = lines[index].model_copy(update={name: new})
            figures = figures.model_copy(update={"benefits": lines})
        else:
            costs = list(figures.costs)
            costs[rated[0]] = _with_rate(costs[rated[0]], m["old"], m["new"], new)
            figures = figures.model_copy(update={"costs": costs})
        text = text[: m.start()] + text[m.end() :]
    return figures, text


_PRODUCT = re.compile(r"\((?P<quantity>[^()×]+?)\s×\s(?P<rate>[^()×]+)\)\s*$")
"""How the reader names a cost it multiplied: "Deelnemerstijd (8 uur × € 44)"."""


def _rate_of(line: CostLine) -> Decimal | None:
    product = _PRODUCT.search(line.description)
    money = find_money(product["rate"]) if product else []
    return money[0].amount if len(money) == 1 else None


def _with_rate(line: CostLine, old_text: str, new_text: str, new: Decimal) -> CostLine:
    """The cost with its rate replaced and its product recomputed from the same quantity."""
    old = _rate_of(line)
    if old is None or old == 0:
        return line
    product = _PRODUCT.search(line.description)
    assert product is not None  # _rate_of found it
    head = line.description[: product.start("rate")]
    described = f"{head}{new_text.strip()})"
    return line.model_copy(update={"amount": line.amount / old * new, "description": described})


def _quantity_of(line: CostLine) -> Decimal | None:
    product = _PRODUCT.search(line.description)
    number = _LEADING_NUMBER.match(product["quantity"]) if product else None
    if number is None:
        return None
    try:
        return parse_number(number.group())
    except ValueError:
        return None


_LEADING_NUMBER = re.compile(rf"\s*(?:{DIGITS})(?![\d.,]?\d)")


def _with_quantity(line: CostLine, new_text: str, new: Decimal) -> CostLine:
    """The cost with its quantity replaced (as the user wrote it) and its product recomputed
    from the same rate."""
    old = _quantity_of(line)
    if old is None or old == 0:
        return line
    product = _PRODUCT.search(line.description)
    assert product is not None  # _quantity_of found it
    number = _LEADING_NUMBER.match(product["quantity"])
    assert number is not None
    start = product.start("quantity") + number.start()
    end = product.start("quantity") + number.end()
    described = f"{line.description[:start]}{new_text}{line.description[end:]}"
    return line.model_copy(update={"amount": line.amount / old * new, "description": described})


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
