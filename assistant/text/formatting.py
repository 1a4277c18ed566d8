"""Numbers, money, percentages, lists and months written the way the reader's language writes
them, by Babel (CLDR): "22.500" / "22,500", "€ 12.500,00" / "€12,500.00", "4,5 %" / "4.5%",
"a, b en c" / "a, b and c"."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

from babel.dates import format_date, get_month_names
from babel.lists import format_list
from babel.numbers import format_currency, format_decimal

from assistant.text.language import Language

_LOCALE = {Language.NL: "nl_NL", Language.EN: "en"}
"""Numbers and money in "en": "$12,500.00" for dollars (en_GB writes "US$")."""
_WORDS_LOCALE = {Language.NL: "nl_NL", Language.EN: "en_GB"}
"""Lists and months in British English: "a, b and c" without the serial comma."""
_PERCENT = {Language.NL: "#,##0.###\u00a0%", Language.EN: "#,##0.###%"}
"""Dutch puts a (non-breaking) space before the percent sign, English does not."""


def format_number(value: Decimal | int, language: Language, *, places: int | None = None) -> str:
    """ "22.500" / "22,500", exactly as stored unless ``places`` fixes the decimals (rounded
    half-up, as the calculator rounds)."""
    amount = Decimal(value)
    if places is not None:
        amount = amount.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    else:
        exponent = amount.normalize().as_tuple().exponent
        places = max(0, -exponent) if isinstance(exponent, int) else 0
    pattern = "#,##0" + ("." + "0" * places if places else "")
    return format_decimal(
        amount, format=pattern, locale=_LOCALE[language], decimal_quantization=True
    )


def format_money(
    value: Decimal, currency: str, language: Language, *, cents: bool | None = None
) -> str:
    """ "€ 12.500,00" (nl), "€12,500.00" / "$12,500.00" (en), in ``currency``'s own symbol.
    ``cents=None`` shows cents only when the amount has them."""
    show_cents = cents if cents is not None else value != value.to_integral_value()
    pattern = None if show_cents else ("¤\u00a0#,##0" if language is Language.NL else "¤#,##0")
    return format_currency(
        value,
        currency,
        format=pattern,
        locale=_LOCALE[language],
        currency_digits=show_cents,
        format_type="standard",
    )


def format_percent(value: Decimal, language: Language, *, places: int | None = None) -> str:
    """``value`` in percent points: 4.5 -> "4,5 %" (nl) / "4.5%" (en); ``places`` fixes the
    decimals (rounded half-up): 45 -> "45,00 %"."""
    from babel.numbers import format_percent as babel_percent

    pattern = _PERCENT[language]
    if places is not None:
        value = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
        pattern = pattern.replace("0.###", "0" + ("." + "0" * places if places else ""))
    return babel_percent(value / 100, format=pattern, locale=_LOCALE[language],
                         decimal_quantization=places is not None)  # fmt: skip


def format_figure(value: Decimal, unit: str | None, language: Language) -> str:
    """A number with its unit: a percentage as "4,5 %" / "4.5%", an ISO currency code in its own
    symbol ("€ 12.500", "$12,500"), any other unit after the number ("3 uur", "7.4 minutes")."""
    from assistant.text.money import currency_codes

    if not unit:
        return format_number(value, language)
    if unit == "%":
        return format_percent(value, language)
    if unit.upper() in currency_codes():
        return format_money(value, unit.upper(), language)
    return f"{format_number(value, language)} {unit}"


def join(
    items: list[str], language: Language, *, style: Literal["standard", "or"] = "standard"
) -> str:
    """ "a, b en c" / "a, b and c"; ``style="or"`` for "a, b of c" / "a, b or c"."""
    return format_list(items, style=style, locale=_WORDS_LOCALE[language]) if items else ""


def month_name(month: int, language: Language) -> str:
    return str(get_month_names("wide", locale=_WORDS_LOCALE[language])[month])


def format_month(value: date, language: Language) -> str:
    """ "juli 2027" / "July 2027"."""
    return format_date(value, "LLLL y", locale=_WORDS_LOCALE[language])
