"""Numbers as advisors type them, in digits and words, Dutch and English conventions."""

from decimal import Decimal

import pytest

from assistant.text.language import Language
from assistant.text.numbers import find_numbers, parse_number, parse_word_number

NL, EN = Language.NL, Language.EN

DIGITS = [
    ("22.500", NL, "22500"),
    ("22,500", EN, "22500"),
    ("22.500", None, "22500"),
    ("22,500", None, "22500"),
    ("22.5", EN, "22.5"),
    ("22,5", NL, "22.5"),
    ("4,5", NL, "4.5"),
    ("4.5", EN, "4.5"),
    ("4,5", EN, "4.5"),
    ("1.500", EN, "1.5"),
    ("1,500", NL, "1.5"),
    ("1.234.567", NL, "1234567"),
    ("1,234,567", EN, "1234567"),
    ("1.234,56", NL, "1234.56"),
    ("1,234.56", EN, "1234.56"),
    ("1.234,56", EN, "1234.56"),
    ("1,234.56", NL, "1234.56"),
    ("12500", NL, "12500"),
    ("0,75", NL, "0.75"),
    ("0.75", EN, "0.75"),
    ("-3", NL, "-3"),
    ("-2,5", NL, "-2.5"),
    ("-1,200", EN, "-1200"),
    ("1,5 mln", NL, "1500000"),
    ("2,5 miljoen", NL, "2500000"),
    ("1.5 million", EN, "1500000"),
    ("30k", EN, "30000"),
    ("30K", NL, "30000"),
    ("18 k", NL, "18000"),
    ("2 duizend", NL, "2000"),
    ("3 thousand", EN, "3000"),
    ("1,2 mld", NL, "1200000000"),
    ("2 bn", EN, "2000000000"),
    ("12.5k", EN, "12500"),
]


@pytest.mark.parametrize(("text", "language", "expected"), DIGITS)
def test_digits(text: str, language: Language | None, expected: str) -> None:
    assert parse_number(text, language=language) == Decimal(expected)


WORDS = [
    ("een", NL, "1"),
    ("één", NL, "1"),
    ("twee", NL, "2"),
    ("drie", NL, "3"),
    ("elf", NL, "11"),
    ("twaalf", NL, "12"),
    ("dertien", NL, "13"),
    ("veertien", NL, "14"),
    ("vijftien", NL, "15"),
    ("zestien", NL, "16"),
    ("zeventien", NL, "17"),
    ("negentien", NL, "19"),
    ("twintig", NL, "20"),
    ("vijfentwintig", NL, "25"),
    ("vierentwintig", NL, "24"),
    ("achtendertig", NL, "38"),
    ("honderd", NL, "100"),
    ("honderdtwintig", NL, "120"),
    ("tweehonderdvijftig", NL, "250"),
    ("duizend", NL, "1000"),
    ("half", NL, "0.5"),
    ("anderhalf", NL, "1.5"),
    ("anderhalve", NL, "1.5"),
    ("tweeënhalf", NL, "2.5"),
    ("drieënhalve", NL, "3.5"),
    ("one", EN, "1"),
    ("two", EN, "2"),
    ("thirteen", EN, "13"),
    ("fourteen", EN, "14"),
    ("sixteen", EN, "16"),
    ("seventeen", EN, "17"),
    ("nineteen", EN, "19"),
    ("twenty-five", EN, "25"),
    ("twenty five", EN, "25"),
    ("one hundred and twenty", EN, "120"),
    ("two thousand five hundred", EN, "2500"),
    ("half", EN, "0.5"),
    ("three and a half", EN, "3.5"),
    ("two and a half thousand", EN, "2500"),  # chat dev14 q10
    ("twee en een half", NL, "2.5"),
    ("drie en een halve duizend", NL, "3500"),
    ("vijfentwintig", None, "25"),
    ("twenty-five", None, "25"),
]


@pytest.mark.parametrize(("text", "language", "expected"), WORDS)
def test_number_words(text: str, language: Language | None, expected: str) -> None:
    assert parse_number(text, language=language) == Decimal(expected)


@pytest.mark.parametrize(
    "text", ["", "abc", "twee dagen", "1.2.3", "12,34,5", "deelnemers", "1.50.000", "€"]
)
def test_not_a_number(text: str) -> None:
    with pytest.raises(ValueError):
        parse_number(text)


@pytest.mark.parametrize("word", ["de", "training", "and", "en", "koffie"])
def test_plain_words_are_no_number_words(word: str) -> None:
    assert parse_word_number(word) is None


FIND = [
    ("vijfentwintig deelnemers en twee praktijkdagen", NL, ["25", "2"]),
    ("twenty-five agents for two days", EN, ["25", "2"]),
    ("een training voor twintig mensen", NL, ["20"]),
    ("a course for thirteen people", EN, ["13"]),
    ("van 12.500 naar 14.000", NL, ["12500", "14000"]),
    ("from 12,500 to 14,000", EN, ["12500", "14000"]),
    ("budget 1,5 mln en 30k extra", NL, ["1500000", "30000"]),
    ("19 of negentien", NL, ["19", "19"]),
    ("one hundred and twenty reps", EN, ["120"]),
    ("plus two and a half thousand for the kick-off", EN, ["2500"]),
    ("a half day and a full day", EN, ["0.5"]),
    ("geen getal hier", NL, []),
    ("only count the ones who completed, tens of them", EN, []),  # text2num reads "ones" as 1
    ("zes mensen", NL, ["6"]),
]


@pytest.mark.parametrize(("text", "language", "expected"), FIND)
def test_find_numbers(text: str, language: Language, expected: list[str]) -> None:
    assert [f.value for f in find_numbers(text, language=language)] == [
        Decimal(e) for e in expected
    ]


def test_found_numbers_keep_where_they_stood() -> None:
    text = "we hebben vijfentwintig deelnemers"
    (found,) = find_numbers(text)
    assert text[found.start : found.end] == found.text == "vijfentwintig"
    assert found.in_words


def test_a_list_bullet_is_no_minus_sign() -> None:
    found = find_numbers("Baten:\n- 55 bezoeken minder\n- daling van - 9 punten", language=NL)
    assert [f.value for f in found] == [Decimal(55), Decimal(-9)]
