"""The figures briefs and chat messages hold, read by ``assistant.text`` (these cases pinned the
old ``planning.numbers`` reader and now guard its replacement), and duration labels in plans."""

from decimal import Decimal

import pytest

from assistant.planning.plan.format import duration_label
from assistant.text.language import Language
from assistant.text.money import find_money, parse_money
from assistant.text.numbers import parse_number
from assistant.text.percent import find_percentages, parse_percentage
from assistant.text.periods import Duration, DurationUnit, find_durations, parse_duration

NL, EN = Language.NL, Language.EN


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("22.500", NL, "22500"),
        ("22,500", EN, "22500"),
        ("1.500", NL, "1500"),
        ("1,500", EN, "1500"),
        ("1.500", EN, "1.500"),
        ("1,500", NL, "1.500"),
        ("1.500", None, "1500"),
        ("1,500", None, "1500"),
        ("4,5", NL, "4.5"),
        ("4.5", EN, "4.5"),
        ("4,5", None, "4.5"),
        ("1.234,56", NL, "1234.56"),
        ("1,234.56", EN, "1234.56"),
        ("1.234.567", None, "1234567"),
        ("1,234,567", None, "1234567"),
        ("1234,567", NL, "1234.567"),
        ("0,75", NL, "0.75"),
        ("85000", None, "85000"),
        ("twee", NL, "2"),
        ("three", EN, "3"),
        ("anderhalve", NL, "1.5"),
        ("twaalf", NL, "12"),
    ],
)
def test_parse_number(text: str, language: Language | None, expected: str) -> None:
    assert parse_number(text, language=language) == Decimal(expected)


@pytest.mark.parametrize("text", ["", "abc", "1.2.3,4,5", "12a", "--3"])
def test_parse_number_refuses_non_numbers(text: str) -> None:
    with pytest.raises(ValueError):
        parse_number(text)


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("EUR 22.500", "22500", "EUR"),
        ("EUR 22,500", "22500", "EUR"),
        ("€ 85.000,-", "85000", "EUR"),
        ("€85.000", "85000", "EUR"),
        ("€ 1.234,56", "1234.56", "EUR"),
        ("22.500 euro", "22500", "EUR"),
        ("22,500 euros", "22500", "EUR"),
        ("45.000 EUR", "45000", "EUR"),
        ("$120,000", "120000", "USD"),
        ("USD 120,000.50", "120000.50", "USD"),
        ("15.000 dollar", "15000", "USD"),
        ("£ 9,999", "9999", "GBP"),
        ("€85k", "85000", "EUR"),
        ("EUR 1,2 mln", "1200000", "EUR"),
        ("1.5 million USD", "1500000", "USD"),
        ("EUR 1.500", "1500", "EUR"),
        ("EUR 350", "350", "EUR"),
    ],
)
def test_parse_money(text: str, amount: str, currency: str) -> None:
    money = parse_money(text)
    assert (money.amount, money.currency) == (Decimal(amount), currency)


def test_find_money_keeps_order_and_positions() -> None:
    text = "Trainer EUR 30.000, locatie € 8.000 en materialen 2.500 euro."
    found = find_money(text)
    assert [m.amount for m in found] == [Decimal(30000), Decimal(8000), Decimal(2500)]
    assert [text[m.start : m.end] for m in found] == ["EUR 30.000", "€ 8.000", "2.500 euro"]


def test_plain_numbers_and_years_are_not_money() -> None:
    assert find_money("40 teamleiders in 2027, 12 maanden") == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("4,5%", NL, "4.5"),
        ("15 %", NL, "15"),
        ("6%", None, "6"),
        ("12 procent", NL, "12"),
        ("10 percent", EN, "10"),
        ("4.5%", EN, "4.5"),
        ("0,5 %", NL, "0.5"),
        ("100%", None, "100"),
    ],
)
def test_parse_percentage(text: str, language: Language | None, expected: str) -> None:
    assert parse_percentage(text, language=language).value == Decimal(expected)


def test_find_percentages_in_a_goal() -> None:
    found = find_percentages("verzuim van 6% naar 4,5% binnen 12 maanden", language=NL)
    assert [f.value for f in found] == [Decimal(6), Decimal("4.5")]


@pytest.mark.parametrize(
    ("text", "amount", "unit"),
    [
        ("twee dagen", "2", DurationUnit.DAY),
        ("3 days", "3", DurationUnit.DAY),
        ("6 weken", "6", DurationUnit.WEEK),
        ("six weeks", "6", DurationUnit.WEEK),
        ("2-day", "2", DurationUnit.DAY),
        ("3-daagse", "3", DurationUnit.DAY),
        ("tweedaagse", "2", DurationUnit.DAY),
        ("anderhalve dag", "1.5", DurationUnit.DAY),
        ("halve dag", "0.5", DurationUnit.DAY),
        ("4 uur", "4", DurationUnit.HOUR),
        ("1,5 uur", "1.5", DurationUnit.HOUR),
        ("3 dagdelen", "3", DurationUnit.HALF_DAY),
        ("2 half-days", "2", DurationUnit.HALF_DAY),
        ("12 maanden", "12", DurationUnit.MONTH),
        ("1 jaar", "1", DurationUnit.YEAR),
        ("twee trainingsdagen", "2", DurationUnit.DAY),
        ("3 training days", "3", DurationUnit.DAY),
    ],
)
def test_parse_duration(text: str, amount: str, unit: DurationUnit) -> None:
    assert parse_duration(text) == Duration(amount=Decimal(amount), unit=unit)


@pytest.mark.parametrize("text", ["twee", "dagen", "2 appels", "binnen 3 dagen"])
def test_parse_duration_refuses(text: str) -> None:
    with pytest.raises(ValueError):
        parse_duration(text)


def test_find_durations_in_text() -> None:
    found = find_durations("Een programma van 6 weken met twee trainingsdagen en 4 uur coaching.")
    assert [(f.duration.amount, f.duration.unit) for f in found] == [
        (Decimal(6), DurationUnit.WEEK),
        (Decimal(2), DurationUnit.DAY),
        (Decimal(4), DurationUnit.HOUR),
    ]


@pytest.mark.parametrize(
    ("duration", "language", "label"),
    [
        (Duration(amount=Decimal(2), unit=DurationUnit.DAY), NL, "2 dagen"),
        (Duration(amount=Decimal(1), unit=DurationUnit.DAY), EN, "1 day"),
        (Duration(amount=Decimal("1.5"), unit=DurationUnit.WEEK), EN, "1.5 weeks"),
        (Duration(amount=Decimal("1.5"), unit=DurationUnit.DAY), NL, "1,5 dagen"),
    ],
)
def test_duration_label(duration: Duration, language: Language, label: str) -> None:
    assert duration_label(duration, language) == label
