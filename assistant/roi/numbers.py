"""Exact numbers for money: parsing JSON numbers or numeric strings into ``Decimal``, rounding.

Floats never take part in arithmetic: a float that arrives from a JSON parser is converted through
its shortest ``repr`` (``0.1`` -> ``Decimal("0.1")``), so the digits the user wrote are kept.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, ROUND_UP, Decimal, InvalidOperation
from typing import Annotated

from pydantic import BeforeValidator, Field

from assistant.messages import Text, TextValueError

MAX_AMOUNT = Decimal(10) ** 15
MAX_DECIMAL_PLACES = 20
MAX_TEXT_LENGTH = 64
CENT = Decimal("0.01")
TENTH = Decimal("0.1")
HUNDRED = Decimal(100)


def to_decimal(value: object) -> object:
    """Accept ints, floats (via ``str``), ``Decimal`` and numeric strings; refuse the rest."""
    if isinstance(value, bool):
        raise TextValueError(Text.of("number.boolean"))
    if isinstance(value, int | float):
        value = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    elif isinstance(value, str):
        value = _parse_text(value)
    if isinstance(value, Decimal):
        return _check_finite(value)
    return value


def _parse_text(text: str) -> Decimal:
    stripped = text.strip()
    if not stripped or len(stripped) > MAX_TEXT_LENGTH:
        raise TextValueError(Text.of("number.empty"))
    try:
        return Decimal(stripped)
    except InvalidOperation:
        raise TextValueError(Text.of("number.invalid", text=repr(text))) from None


def _check_finite(value: Decimal) -> Decimal:
    if not value.is_finite():
        raise TextValueError(Text.of("number.infinite"))
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -MAX_DECIMAL_PLACES:
        raise TextValueError(Text.of("number.decimals", places=MAX_DECIMAL_PLACES))
    return value


Number = Annotated[Decimal, BeforeValidator(to_decimal)]
Amount = Annotated[Number, Field(ge=0, lt=MAX_AMOUNT)]
"""Money or a count: non-negative and below 10^15."""
Percent = Annotated[Number, Field(ge=0, le=100)]
"""A percentage from 0 to 100 inclusive."""


def half_up(value: Decimal, unit: Decimal) -> Decimal:
    """Round half-up to ``unit`` (``CENT``, ``TENTH``); only ever applied to final figures."""
    return value.quantize(unit, rounding=ROUND_HALF_UP)


def at_least(value: Decimal, unit: Decimal) -> Decimal:
    """Round away from zero to ``unit``: for a figure that must be reached, never understated."""
    return value.quantize(unit, rounding=ROUND_UP)


def money(value: Decimal) -> Decimal:
    return half_up(value, CENT)


def plain(value: Decimal) -> str:
    """A factor as written, without exponent or trailing zeros (``1.50`` -> ``1.5``)."""
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "") else text


def show_money(value: Decimal) -> str:
    return format(money(value), "f")


def show_pct(value: Decimal) -> str:
    return f"{plain(value)}%"
