"""Percentages and ranges of percentages."""

from decimal import Decimal

import pytest

from assistant.text.language import Language
from assistant.text.percent import find_percentages, parse_percentage

PERCENT = [
    ("12,5%", Language.NL, "12.5", None),
    ("12.5%", Language.EN, "12.5", None),
    ("15 %", Language.NL, "15", None),
    ("15%", None, "15", None),
    ("12 procent", Language.NL, "12", None),
    ("10 percent", Language.EN, "10", None),
    ("7 pct", Language.NL, "7", None),
    ("7 pct.", Language.NL, "7", None),
    ("4,5 procent", Language.NL, "4.5", None),
    ("0,5%", Language.NL, "0.5", None),
    ("100%", None, "100", None),
    ("-3%", None, "-3", None),
    ("-2,5%", Language.NL, "-2.5", None),
    ("2 procentpunten", Language.NL, "2", None),
    ("3 percentage points", Language.EN, "3", None),
    ("20-25%", None, "20", "25"),
    ("20 - 25%", None, "20", "25"),
    ("20–25%", None, "20", "25"),
    ("20% - 25%", None, "20", "25"),
    ("20 tot 25 procent", Language.NL, "20", "25"),
    ("20 to 25 percent", Language.EN, "20", "25"),
    ("20 to 25%", Language.EN, "20", "25"),
    ("12,5-15%", Language.NL, "12.5", "15"),
    ("2.5-3.5%", Language.EN, "2.5", "3.5"),
]


@pytest.mark.parametrize(("text", "language", "low", "high"), PERCENT)
def test_one_percentage(text: str, language: Language | None, low: str, high: str | None) -> None:
    found = parse_percentage(text, language=language)
    assert (found.low, found.high) == (Decimal(low), Decimal(high) if high else None)


def test_a_range_has_a_middle() -> None:
    assert parse_percentage("20-25%").value == Decimal("22.5")


IN_SENTENCES = [
    ("verzuim van 6% naar 4,5%", ["6", "4.5"]),
    ("absenteeism from 6% to 4.5%", ["6", "4.5"]),
    ("40% toe te schrijven aan de training, 80% zeker", ["40", "80"]),
    ("groei van 20-25% verwacht", ["20"]),
    ("we hebben 25 deelnemers", []),
    ("versie 2.0 en Q3 2027", []),
]


@pytest.mark.parametrize(("text", "lows"), IN_SENTENCES)
def test_percentages_in_sentences(text: str, lows: list[str]) -> None:
    assert [p.low for p in find_percentages(text)] == [Decimal(v) for v in lows]


@pytest.mark.parametrize("text", ["12,5", "%", "25-20%", "twaalf procent"])
def test_not_a_percentage(text: str) -> None:
    with pytest.raises(ValueError):
        parse_percentage(text)


def test_a_range_between_two_percentages_in_words() -> None:
    [found] = find_percentages("tussen 50 en 60% daarvan")
    assert (found.low, found.high, found.text) == (Decimal(50), Decimal(60), "tussen 50 en 60%")
    assert [p.low for p in find_percentages("between 60 and 50%")] == [Decimal(50)]
    [found] = find_percentages("dat tussen de 70 en 75% door de training komt")
    assert (found.low, found.high) == (Decimal(70), Decimal(75))
