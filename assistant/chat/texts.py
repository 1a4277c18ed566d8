"""How the chat writes: number formats per language and a deterministic choice of phrasing.

Every template has a few variants; ``say`` picks one from the turn number, so the same
conversation always reads the same but consecutive replies do not repeat each other word for word.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from assistant.chat.phrases import PHRASES
from assistant.planning.language import Language

_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£"}


def say(key: str, language: Language, seed: int = 0, **values: object) -> str:
    """The phrase ``key`` in ``language``, variant chosen by ``seed``, filled with ``values``."""
    variants = PHRASES[language][key]
    chosen = variants[seed % len(variants)] if isinstance(variants, tuple) else variants
    return chosen.format(**values)


def number(value: Decimal | int, language: Language, *, places: int | None = None) -> str:
    """ "22.500" / "22,500"; ``places`` fixes the decimals ("140,00")."""
    amount = Decimal(value)
    if places is not None:
        amount = amount.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    sign = "-" if amount < 0 else ""
    text = format(abs(amount), "f")
    whole, _, fraction = text.partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    thousands, decimal_mark = (".", ",") if language is Language.NL else (",", ".")
    out = thousands.join(groups)
    return f"{sign}{out}{decimal_mark}{fraction}" if fraction else f"{sign}{out}"


def money(value: Decimal, currency: str, language: Language) -> str:
    """ "€ 22.500" (whole amounts) or "€ 22.500,50"; other currencies by code."""
    places = 0 if value == value.to_integral_value() else 2
    symbol = _SYMBOLS.get(currency, currency)
    return f"{symbol} {number(value, language, places=places)}"


def exact_money(value: Decimal, currency: str, language: Language) -> str:
    """A calculator figure exactly as computed (two decimals)."""
    symbol = _SYMBOLS.get(currency, currency)
    return f"{symbol} {number(value, language, places=2)}"


def percent(value: Decimal, language: Language) -> str:
    return f"{number(value.normalize(), language)}%"


def join(items: list[str], language: Language) -> str:
    """ "a, b en c" / "a, b and c"."""
    if len(items) <= 1:
        return "".join(items)
    last = " en " if language is Language.NL else " and "
    return ", ".join(items[:-1]) + last + items[-1]
