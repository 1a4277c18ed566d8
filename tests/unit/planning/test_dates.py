from typing import Any

import pytest
from pydantic import ValidationError

from assistant.planning.dates import DateRef, find_dates
from assistant.text.periods import Duration, DurationUnit


def _month(n: int) -> Duration:
    return Duration(amount=n, unit=DurationUnit.MONTH)


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("binnen 12 maanden", {"within": _month(12)}),
        ("within 12 months", {"within": _month(12)}),
        ("binnen een jaar", {"within": Duration(amount=1, unit=DurationUnit.YEAR)}),
        ("within a year", {"within": Duration(amount=1, unit=DurationUnit.YEAR)}),
        ("in de komende 6 maanden", {"within": _month(6)}),
        ("3 maanden na de training", {"within": _month(3)}),
        ("three months after the programme", {"within": _month(3)}),
        ("by Q3 2027", {"year": 2027, "quarter": 3}),
        ("Q1-2027", {"year": 2027, "quarter": 1}),
        ("2027-Q2", {"year": 2027, "quarter": 2}),
        ("in het derde kwartaal van 2027", {"year": 2027, "quarter": 3}),
        ("in the fourth quarter of 2026", {"year": 2026, "quarter": 4}),
        ("voor 1 juli 2027", {"year": 2027, "month": 7, "day": 1}),
        ("vóór 15 maart 2027", {"year": 2027, "month": 3, "day": 15}),
        ("by 1 July 2027", {"year": 2027, "month": 7, "day": 1}),
        ("by July 1, 2027", {"year": 2027, "month": 7, "day": 1}),
        ("on the 3rd of March 2027", {"year": 2027, "month": 3, "day": 3}),
        ("2027-03-01", {"year": 2027, "month": 3, "day": 1}),
        ("1-9-2026", {"year": 2026, "month": 9, "day": 1}),
        ("01/09/2026", {"year": 2026, "month": 9, "day": 1}),
        ("juli 2027", {"year": 2027, "month": 7}),
        ("by September 2026", {"year": 2026, "month": 9}),
        ("eind 2026", {"year": 2026}),
        ("end of 2026", {"year": 2026}),
        ("by the end of 2026", {"year": 2026}),
        ("uiterlijk in 2027", {"year": 2027}),
        ("ultimo 2026", {"year": 2026}),
    ],
)
def test_find_one_date(text: str, fields: dict[str, Any]) -> None:
    found = find_dates(text)
    assert len(found) == 1
    ref = found[0].ref
    assert ref.model_dump(exclude={"text"}, exclude_none=True) == {
        k: (v.model_dump() if isinstance(v, Duration) else v) for k, v in fields.items()
    }


@pytest.mark.parametrize(
    "text", ["40 teamleiders", "EUR 2.027", "Q5 2027", "week 12", "het jaar 1999"]
)
def test_no_date(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize(
    ("text", "is_start"),
    [
        ("Het programma start op 1 september 2026.", True),
        ("Starting 1 September 2026.", True),
        ("vanaf maart 2027", True),
        ("Het verzuim daalt voor 1 juli 2027.", False),
        ("by Q3 2027", False),
    ],
)
def test_start_or_deadline(text: str, is_start: bool) -> None:
    assert find_dates(text)[0].is_start is is_start


@pytest.mark.parametrize(
    ("value", "year", "quarter"),
    [("Q3 2027", 2027, 3), ("2027-07-01", 2027, None), ("eind 2026", 2026, None)],
)
def test_dateref_accepts_a_string(value: str, year: int, quarter: int | None) -> None:
    ref = DateRef.model_validate(value)
    assert (ref.text, ref.year, ref.quarter) == (value, year, quarter)


@pytest.mark.parametrize("value", ["someday", "Q3 2027 or Q4 2027", "", {"text": "x"}])
def test_dateref_refuses(value: Any) -> None:
    with pytest.raises(ValidationError):
        DateRef.model_validate(value)


def test_dateref_as_date() -> None:
    assert str(DateRef.model_validate("1 juli 2027").as_date()) == "2027-07-01"
    assert DateRef.model_validate("Q3 2027").as_date() is None
