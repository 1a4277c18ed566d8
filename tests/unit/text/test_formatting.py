"""Figures written the way the reader's language writes them (Babel / CLDR)."""

from datetime import date
from decimal import Decimal

import pytest

from assistant.text.formatting import (
    format_money,
    format_month,
    format_number,
    format_percent,
    join,
    month_name,
)
from assistant.text.language import Language

NL, EN = Language.NL, Language.EN
NBSP = "\u00a0"

NUMBERS = [
    ("22500", NL, None, "22.500"),
    ("22500", EN, None, "22,500"),
    ("1234.5", NL, None, "1.234,5"),
    ("1234.5", EN, None, "1,234.5"),
    ("-3.25", NL, None, "-3,25"),
    ("140", NL, 2, "140,00"),
    ("140", EN, 2, "140.00"),
    ("0.125", NL, 2, "0,13"),
    ("1000000", NL, None, "1.000.000"),
    ("999", EN, None, "999"),
]


@pytest.mark.parametrize(("value", "language", "places", "expected"), NUMBERS)
def test_numbers(value: str, language: Language, places: int | None, expected: str) -> None:
    assert format_number(Decimal(value), language, places=places) == expected


MONEY = [
    ("12500", "EUR", NL, True, f"€{NBSP}12.500,00"),
    ("12500", "EUR", NL, None, f"€{NBSP}12.500"),
    ("12500.5", "EUR", NL, None, f"€{NBSP}12.500,50"),
    ("12500", "USD", EN, True, "$12,500.00"),
    ("12500", "USD", EN, None, "$12,500"),
    ("12500", "EUR", EN, True, "€12,500.00"),
    ("12500", "GBP", EN, True, "£12,500.00"),
    ("-500", "EUR", NL, None, f"-€{NBSP}500"),
]


@pytest.mark.parametrize(("value", "currency", "language", "cents", "expected"), MONEY)
def test_money(value: str, currency: str, language: Language, cents: bool | None,
               expected: str) -> None:  # fmt: skip
    assert format_money(Decimal(value), currency, language, cents=cents) == expected


@pytest.mark.parametrize("language", list(Language))
def test_a_dollar_total_is_shown_in_dollars(language: Language) -> None:
    shown = format_money(Decimal("85000"), "USD", language)
    assert "$" in shown and "€" not in shown


PERCENT = [
    ("4.5", NL, f"4,5{NBSP}%"),
    ("4.5", EN, "4.5%"),
    ("6", NL, f"6{NBSP}%"),
    ("6", EN, "6%"),
    ("12.25", NL, f"12,25{NBSP}%"),
    ("100", EN, "100%"),
]


@pytest.mark.parametrize(("value", "language", "expected"), PERCENT)
def test_percent(value: str, language: Language, expected: str) -> None:
    assert format_percent(Decimal(value), language) == expected


def test_lists_and_months() -> None:
    assert join(["a", "b", "c"], NL) == "a, b en c"
    assert join(["a", "b", "c"], EN) == "a, b and c"
    assert join(["a", "b"], NL, style="or") == "a of b"
    assert join([], EN) == ""
    assert month_name(7, NL) == "juli" and month_name(7, EN) == "July"
    assert format_month(date(2027, 3, 1), NL) == "maart 2027"
