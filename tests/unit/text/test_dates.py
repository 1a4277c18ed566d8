"""Dates and deadlines at the precision given."""

from datetime import date, datetime
from decimal import Decimal

import pytest

from assistant.text.dates import find_dates, year_end
from assistant.text.periods import DurationUnit

DATES = [
    ("voor 1 juli 2027", (2027, None, 7, 1)),
    ("uiterlijk 15 maart 2027", (2027, None, 3, 15)),
    ("op 3 sept. 2027", (2027, None, 9, 3)),
    ("12 mrt 2027", (2027, None, 3, 12)),
    ("1 januari 2028", (2028, None, 1, 1)),
    ("by July 1st, 2027", (2027, None, 7, 1)),
    ("on 1 July 2027", (2027, None, 7, 1)),
    ("the 1st of July 2027", (2027, None, 7, 1)),
    ("March 15, 2027", (2027, None, 3, 15)),
    ("01-07-2027", (2027, None, 7, 1)),
    ("01/07/2027", (2027, None, 7, 1)),
    ("1.7.2027", (2027, None, 7, 1)),
    ("2027-07-01", (2027, None, 7, 1)),
    ("juli 2027", (2027, None, 7, None)),
    ("in oktober 2026", (2026, None, 10, None)),
    ("by September 2027", (2027, None, 9, None)),
    ("Q3 2027", (2027, 3, None, None)),
    ("Q1-2028", (2028, 1, None, None)),
    ("2027 Q4", (2027, 4, None, None)),
    ("derde kwartaal 2027", (2027, 3, None, None)),
    ("het eerste kwartaal van 2028", (2028, 1, None, None)),
    ("the second quarter of 2027", (2027, 2, None, None)),
    ("eind 2027", (2027, None, None, None)),
    ("einde 2026", (2026, None, None, None)),
    ("by the end of 2027", (2027, None, None, None)),
    ("begin 2028", (2028, None, None, None)),
    ("31 februari 2027", (2027, None, 2, None)),
]


@pytest.mark.parametrize(("text", "expected"), DATES)
def test_dates(text: str, expected: tuple[int, int | None, int | None, int | None]) -> None:
    (found,) = find_dates(text)
    assert (found.year, found.quarter, found.month, found.day) == expected
    assert text[found.start : found.end] == found.text


def test_a_day_is_a_date() -> None:
    (found,) = find_dates("voor 1 juli 2027")
    assert found.as_date() == date(2027, 7, 1)


def test_a_month_stays_a_month() -> None:
    (found,) = find_dates("juli 2027")
    assert found.as_date() is None


@pytest.mark.parametrize(
    ("text", "amount", "unit"),
    [("binnen 6 maanden", "6", DurationUnit.MONTH), ("within a year", "1", DurationUnit.YEAR),
     ("binnen twaalf maanden na de start", "12", DurationUnit.MONTH)],
)  # fmt: skip
def test_windows_count_from_the_start(text: str, amount: str, unit: DurationUnit) -> None:
    (found,) = find_dates(text)
    assert found.year is None and found.within is not None
    assert (found.within.amount, found.within.unit) == (Decimal(amount), unit)


@pytest.mark.parametrize(
    ("text", "is_start"),
    [("start op 1 maart 2027", True), ("vanaf september 2026", True),
     ("starting in Q2 2027", True), ("begin 2028", True), ("klaar voor 1 juli 2027", False),
     ("deadline Q4 2027", False)],
)  # fmt: skip
def test_start_or_deadline(text: str, is_start: bool) -> None:
    (found,) = find_dates(text)
    assert found.is_start is is_start


def test_year_end_cue() -> None:
    assert year_end(find_dates("eind 2027")[0])
    assert not year_end(find_dates("begin 2027")[0])


def test_several_in_order_and_not_today_dependent() -> None:
    text = "Start in Q1 2027, evaluatie binnen 6 maanden en rapport voor 1 december 2027."
    base = datetime(2020, 5, 5)
    found = find_dates(text, relative_base=base)
    assert [(f.year, f.quarter, f.month, f.day) for f in found] == [
        (2027, 1, None, None),
        (None, None, None, None),
        (2027, None, 12, 1),
    ]
    assert found == find_dates(text, relative_base=datetime(2031, 1, 1))


@pytest.mark.parametrize("text", ["25 deelnemers", "in 2027", "versie 2.0", "morgen", "2027"])
def test_no_date_where_there_is_none(text: str) -> None:
    found = find_dates(text)
    assert all(f.year == 2027 for f in found) if text == "in 2027" else found == []
