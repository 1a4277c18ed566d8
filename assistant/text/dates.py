"""Dates and deadlines in Dutch and English, kept at the precision given.

Absolute dates ("1 juli 2027", "July 1st, 2027", "01-07-2027", "juli 2027") are parsed by
dateparser with fixed settings (day-month order, the caller's ``relative_base``, no network), and
month names come from Babel's CLDR data. The domain rules kept on top: quarters ("Q3 2027",
"derde kwartaal 2027"), cued years ("eind 2027", "by the end of 2027") and windows relative to
the programme start ("binnen 6 maanden"). Nothing is filled in: a month stays a month.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from babel.dates import get_month_names

from assistant.text.language import Language
from assistant.text.lexicon import alternation, words
from assistant.text.periods import Duration, find_windows

_YEAR = r"(?P<y>(?:19|20)\d{2})"
_BABEL_LOCALE = {Language.NL: "nl_NL", Language.EN: "en_GB"}


@dataclass(frozen=True)
class DateMention:
    """A point or window in time, as precise as the text: a year, quarter, month or day, or a
    window (``within``) counted from the programme start."""

    text: str
    start: int
    end: int
    year: int | None = None
    quarter: int | None = None
    month: int | None = None
    day: int | None = None
    within: Duration | None = None
    is_start: bool = False
    """Introduced as a start ("start op", "vanaf", "starting") rather than a deadline."""

    def as_date(self) -> date | None:
        if self.year is None or self.month is None or self.day is None:
            return None
        return date(self.year, self.month, self.day)


@cache
def _month_names() -> tuple[str, ...]:
    names: set[str] = set()
    for language in Language:
        for width in ("wide", "abbreviated"):
            months = get_month_names(width, locale=_BABEL_LOCALE[language])
            names.update(str(name).lower().rstrip(".") for name in months.values())
        names.update(words("dates", "month_extra", language))
    return tuple(names)


def is_month_name(word: str) -> bool:
    """Whether ``word`` names a month in Dutch or English ("juli", "Sept.", "mrt")."""
    return word.lower().rstrip(".") in _month_names()


@cache
def _parser(base: datetime) -> Any:
    from dateparser.date import DateDataParser

    settings = {"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first", "RELATIVE_BASE": base}
    return DateDataParser(
        languages=[language.value for language in Language],
        try_previous_locales=False,
        settings=settings,
    )


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    month = alternation(_month_names())
    quarter_words = {n: alternation(words("dates", f"quarter_{n}")) for n in range(1, 5)}
    ordinals = "|".join(f"(?P<qw{n}>{w})" for n, w in quarter_words.items())
    quarter = alternation(words("dates", "quarter"))
    cue = alternation(
        words("dates", "year_end") + words("dates", "year_start") + words("dates", "year_in")
    )
    absolute = (
        rf"\b{_YEAR}-\d{{1,2}}-\d{{1,2}}\b",
        rf"\b\d{{1,2}}[-/.]\d{{1,2}}[-/.]{_YEAR}\b",
        rf"\b\d{{1,2}}(?:st|nd|rd|th|e|ste|de)?\s+(?:of\s+)?(?:{month})\.?,?\s+{_YEAR}\b",
        rf"\b(?:{month})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_YEAR}\b",
        rf"\b(?:{month})\.?\s+{_YEAR}\b",
    )
    rules = (
        rf"\bQ(?P<q>[1-4])[\s-]*{_YEAR}\b",
        rf"\b{_YEAR}[\s-]*Q(?P<q2>[1-4])\b",
        rf"\b(?:{ordinals})\s+(?:{quarter})\s+(?:van\s+|of\s+)?{_YEAR}\b",
        rf"(?<![\w])(?P<cue>{cue})[\s-]+(?:het jaar |the year )?{_YEAR}\b",
    )
    return tuple(re.compile(p, re.IGNORECASE) for p in (*absolute, *rules))


def find_dates(
    text: str, *, relative_base: datetime | None = None, language: Language | None = None
) -> list[DateMention]:
    """Every date, month, quarter, cued year and relative window in ``text``, in order.

    ``relative_base`` anchors anything relative dateparser might resolve (default: 1 Jan 2000,
    so a result never depends on today's date)."""
    spans: list[DateMention] = []
    base = relative_base or datetime(2000, 1, 1)
    for index, pattern in enumerate(_patterns()):
        for m in pattern.finditer(text):
            if any(m.start() < s.end and s.start < m.end() for s in spans):
                continue
            found = _absolute(m, text, base) if index < 5 else _rule(m, text)
            if found is not None:
                spans.append(found)
    for window in find_windows(text, language=language):
        if not any(window.start < s.end and s.start < window.end for s in spans):
            spans.append(
                DateMention(
                    window.text,
                    window.start,
                    window.end,
                    within=window.within,
                    is_start=_is_start(text, window.start),
                )  # fmt: skip
            )
    return sorted(spans, key=lambda mention: mention.start)


def _absolute(m: re.Match[str], text: str, base: datetime) -> DateMention | None:
    data = _parser(base).get_date_data(m.group())
    if data.date_obj is None:
        return None
    value: datetime = data.date_obj
    precision = data.period
    return DateMention(
        m.group(),
        m.start(),
        m.end(),
        year=value.year,
        month=value.month,
        day=value.day if precision == "day" else None,
        is_start=_is_start(text, m.start()),
    )


def _rule(m: re.Match[str], text: str) -> DateMention | None:
    groups = {k: v for k, v in m.groupdict().items() if v}
    quarter = groups.get("q") or groups.get("q2")
    ordinal = next((int(k[2]) for k in groups if k.startswith("qw")), None)
    return DateMention(
        m.group(),
        m.start(),
        m.end(),
        year=int(groups["y"]),
        quarter=int(quarter) if quarter else ordinal,
        is_start=_is_start(text, m.start()) or _cue_is_start(groups.get("cue")),
    )


def _cue_is_start(cue: str | None) -> bool:
    return cue is not None and " ".join(cue.lower().split()) in words("dates", "year_start")


def _is_start(text: str, start: int) -> bool:
    before = " ".join(text[max(0, start - 25) : start].lower().split())
    return any(
        re.search(rf"(?<![\w]){re.escape(cue)}(?:\s+(?:op|on|in|per|vanaf|from))?\W*$", before)
        for cue in words("dates", "start_cue")
    )


def year_end(mention: DateMention) -> bool:
    """Whether a year was cued as its end ("eind 2027", "by the end of 2027")."""
    cue = mention.text.lower()
    return any(cue.startswith(word) for word in words("dates", "year_end"))
