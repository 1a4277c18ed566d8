"""Dates and deadlines as briefs state them, in Dutch and English, kept at the precision given.

"voor 1 juli 2027" is a day, "Q3 2027" a quarter, "eind 2026" a year, "binnen 12 maanden" a
window. Nothing is filled in: a month without a day stays a month.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from assistant.planning.numbers import QUANTITY, Duration, find_durations

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "januari january jan",
        "februari february feb",
        "maart march mrt mar",
        "april apr",
        "mei may",
        "juni june jun",
        "juli july jul",
        "augustus august aug",
        "september sept sep",
        "oktober october okt oct",
        "november nov",
        "december dec",
    ),
    start=1,
):
    MONTHS.update(dict.fromkeys(_names.split(), _number))
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_ORDINAL_QUARTERS = {
    "eerste": 1, "first": 1, "1e": 1, "1st": 1,
    "tweede": 2, "second": 2, "2e": 2, "2nd": 2,
    "derde": 3, "third": 3, "3e": 3, "3rd": 3,
    "vierde": 4, "fourth": 4, "4e": 4, "4th": 4,
}  # fmt: skip
_YEAR = r"(?P<y>20\d{2})"
_YEAR_CUE = (
    r"(?:by the end of|end of|eind(?:e)?(?: van)?|ultimo|year-end|begin|start of|uiterlijk|"
    r"in|by|before|voor|vóór|per)"
)
_RELATIVE_TAIL = r"(?:na|after|following|from)\b"
_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        rf"\b{_YEAR}-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}})\b",
        rf"\b(?P<d>\d{{1,2}})[-/.](?P<m>\d{{1,2}})[-/.]{_YEAR}\b",
        rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th|e)?\s+(?:of\s+)?(?P<mon>{_MONTH})\.?,?\s+{_YEAR}\b",
        rf"\b(?P<mon>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}\b",
        rf"\b(?P<mon>{_MONTH})\.?\s+{_YEAR}\b",
        rf"\bQ(?P<q>[1-4])[\s-]*{_YEAR}\b",
        rf"\b{_YEAR}[\s-]*Q(?P<q2>[1-4])\b",
        rf"\b(?P<qw>{'|'.join(_ORDINAL_QUARTERS)})\s+(?:kwartaal|quarter)\s+(?:van\s+|of\s+)?{_YEAR}\b",
        rf"\b{_YEAR_CUE}[\s-]+(?:het jaar |the year )?{_YEAR}\b",
        rf"\b(?:binnen|within|in)\s+(?:de\s+|the\s+)?(?:eerste\s+|first\s+|next\s+|komende\s+)?"
        rf"(?P<rel>(?:{QUANTITY}|an?)\s?(?:jaar|year|maanden|maand|months?|weken|weeks?|"
        rf"dagen|days?))\b",
        rf"\b(?P<rel2>{QUANTITY}\s?(?:maanden|maand|months?|weken|weeks?|dagen|days?))"
        rf"\s+{_RELATIVE_TAIL}",
    )
)
_START_CUES = re.compile(
    r"(?:start\w*|begin\w*|vanaf|per|from|kick\w*\s*off|aanvang|startdatum|start date)"
    r"(?:\s+(?:op|on|in|per|vanaf|from))?\W*$",
    re.IGNORECASE,
)


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
    """Every date, month, quarter, cued year and relative window in ``text``, in order."""
    spans: list[tuple[int, int, DateRef]] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < end and start < m.end() for start, end, _ in spans):
                continue
            ref = _ref(m)
            if ref is not None:
                spans.append((m.start(), m.end(), ref))
    spans.sort(key=lambda item: item[0])
    return [
        FoundDate(ref, start, end, bool(_START_CUES.search(text[max(0, start - 25) : start])))
        for start, end, ref in spans
    ]


def _ref(m: re.Match[str]) -> DateRef | None:
    groups = {k: v for k, v in m.groupdict().items() if v}
    text = m.group().strip()
    relative = groups.get("rel") or groups.get("rel2")
    if relative:
        found = find_durations(re.sub(r"^an?\s", "1 ", relative, flags=re.IGNORECASE))
        return DateRef(text=text, within=found[0].duration) if found else None
    fields: dict[str, int] = {"year": int(groups["y"])}
    if "mon" in groups:
        fields["month"] = MONTHS[groups["mon"].lower()]
    elif "m" in groups:
        fields["month"] = int(groups["m"])
    if "d" in groups:
        fields["day"] = int(groups["d"])
    quarter = groups.get("q") or groups.get("q2")
    if quarter:
        fields["quarter"] = int(quarter)
    elif "qw" in groups:
        fields["quarter"] = _ORDINAL_QUARTERS[groups["qw"].lower()]
    try:
        return DateRef(text=text, **fields)
    except ValueError:
        return None


def _ymd(value: date) -> dict[str, int]:
    return {"year": value.year, "month": value.month, "day": value.day}
