"""Dates and deadlines as briefs state them, validated: the pydantic ``DateRef`` over the reading
in ``assistant.text.dates``.

"voor 1 juli 2027" is a day, "Q3 2027" a quarter, "eind 2026" a year, "binnen 12 maanden" a
window. Nothing is filled in: a month without a day stays a month.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from assistant.text import dates as reading
from assistant.text.periods import Duration


class DateRef(BaseModel):
    """A point or window in time, at the precision the brief gives it.

    Give either a calendar point (``year``, optionally ``quarter`` or ``month`` and ``day``) or a
    window (``within``, relative to the programme start). A plain string is parsed: "2027-07-01",
    "Q3 2027", "eind 2026", "binnen 12 maanden", "by July 2027".
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    text: Annotated[str, Field(min_length=1, max_length=200)]
    year: Annotated[int, Field(ge=2000, le=2100)] | None = None
    quarter: Annotated[int, Field(ge=1, le=4)] | None = None
    month: Annotated[int, Field(ge=1, le=12)] | None = None
    day: Annotated[int, Field(ge=1, le=31)] | None = None
    within: Duration | None = None

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, value: Any) -> Any:
        if isinstance(value, date):
            return {"text": value.isoformat(), **_ymd(value)}
        if isinstance(value, str):
            found = find_dates(value)
            if len(found) != 1:
                raise ValueError(
                    f"not one date or deadline: {value!r} (write e.g. '2027-07-01', 'Q3 2027', "
                    "'eind 2026' or 'binnen 12 maanden')"
                )
            return found[0].ref.model_dump(exclude={"text"}) | {"text": value.strip()}
        return value

    @model_validator(mode="after")
    def _consistent(self) -> DateRef:
        if (self.year is None) == (self.within is None):
            raise ValueError("give either a calendar year or a window ('within'), not both")
        if self.day is not None and self.month is None:
            raise ValueError("a day needs a month")
        if self.quarter is not None and self.month is not None:
            raise ValueError("give a quarter or a month, not both")
        if self.day is not None:
            self.as_date()
        return self

    def as_date(self) -> date | None:
        """The calendar day, when the brief names one."""
        if self.year is None or self.month is None or self.day is None:
            return None
        try:
            return date(self.year, self.month, self.day)
        except ValueError:
            raise ValueError(f"no such date: {self.text!r}") from None


@dataclass(frozen=True)
class FoundDate:
    ref: DateRef
    start: int
    end: int
    is_start: bool
    """Introduced as a start ("start op", "vanaf", "starting") rather than a deadline."""


def find_dates(text: str) -> list[FoundDate]:
    """Every date, month, quarter, cued year and relative window in ``text`` that makes a valid
    ``DateRef``, in order."""
    found = []
    for mention in reading.find_dates(text):
        ref = _ref(mention)
        if ref is not None:
            found.append(FoundDate(ref, mention.start, mention.end, mention.is_start))
    return found


def _ref(mention: reading.DateMention) -> DateRef | None:
    text = mention.text.strip()
    if mention.within is not None:
        return DateRef(text=text, within=mention.within)
    fields = {"year": mention.year, "quarter": mention.quarter, "month": mention.month}
    try:
        return DateRef(text=text, day=mention.day, **fields)
    except ValueError:
        return None


def _ymd(value: date) -> dict[str, int]:
    return {"year": value.year, "month": value.month, "day": value.day}
