"""Two counts of one thing, each tied to its moment: "2,300 repeat rolls the year before and
1,650 last year", "In the year before the program we lost 1,120 truck-hours, in the 12 months
after 860", "in 2024 hadden we 310 meldingen, in 2025 240".

Each moment is ranked in time (the year before < last year < this year; a year by its number);
each count takes the moment nearest to it (nearest pairs first, each moment once); two counts
with moments of one kind and different ranks are a count that moved, from the earlier to the
later. Only counts written in time order are read; the money, percentages and people among the
numbers are no such counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.text.money import find_money
from assistant.text.people import is_people

_PROGRAMME = (
    r"(?:\s+(?:the|our|de|het)\s+(?:programme|program|training|course|cursus|traject|rollout))"
)
_MONTHS = r"(?:in\s+)?(?:the|de)\s+(?:\d+|twelve|twaalf|six|zes)\s+(?:months|maanden)"
_RELATIVE: tuple[tuple[int, str], ...] = (
    (-2, rf"(?:in\s+)?(?:the|het)\s+(?:year|jaar)\s+(?:before|prior|ervoor|daarvoor|voor|vóór)"
         rf"{_PROGRAMME}?"),
    (-2, rf"{_MONTHS}\s+(?:before|prior|ervoor|daarvoor|voor|vóór){_PROGRAMME}?"),
    (-2, rf"(?:before|voor|vóór){_PROGRAMME}"),
    (-1, r"last\s+year|vorig(?:e)?\s+jaar"),
    (0, r"this\s+year|dit\s+jaar"),
    (0, rf"(?:in\s+)?(?:the|het)\s+(?:year|jaar)\s+(?:after|erna|daarna|na){_PROGRAMME}?"),
    (0, rf"{_MONTHS}\s+(?:after(?:wards)?|since|daarna|erna|sindsdien|na){_PROGRAMME}?"),
    (0, rf"(?:after|na){_PROGRAMME}"),
    (0, rf"since(?:{_PROGRAMME}|\s+then\b|(?=\s*(?:[,.;:)]|$)))|sindsdien|sinds{_PROGRAMME}"),
)  # fmt: skip
"""Moments relative to the programme, earliest first: "the year before" is earlier than "last
year" when both are said, and "last year" earlier than "this year"."""

_RELATIVE_MOMENT = re.compile(
    "|".join(rf"(?P<r{n}>\b{pattern}\b)" for n, (_, pattern) in enumerate(_RELATIVE)),
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:in|during|over|for|of)\s+(?P<year>(?:19|20)\d{2})\b", re.IGNORECASE)
_COUNT = re.compile(r"(?<![\w.,€$£%])(?P<n>\d{1,3}(?:[.,]\d{3})+|\d+)(?![\w%€$£]|[.,]\d)")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
_NEAR = 60
"""How far (characters) a moment may stand from its count."""


@dataclass(frozen=True)
class _Moment:
    kind: str  # "relative" or "year"
    rank: int
    start: int
    end: int


def _moments(sentence: str) -> list[_Moment]:
    found = [
        _Moment("relative", _RELATIVE[int(m.lastgroup[1:])][0], m.start(), m.end())
        for m in _RELATIVE_MOMENT.finditer(sentence)
        if m.lastgroup is not None
    ]
    found += [_Moment("year", int(m["year"]), m.start(), m.end()) for m in _YEAR.finditer(sentence)]
    return found


def _counts(sentence: str, moments: list[_Moment]) -> list[re.Match[str]]:
    money = [(m.start, m.end) for m in find_money(sentence)]
    taken = money + [(m.start, m.end) for m in moments]
    counts = []
    for m in _COUNT.finditer(sentence):
        if any(s <= m.start() < e for s, e in taken):
            continue
        noun = re.match(r"\s+([^\W\d_][\w-]*)", sentence[m.end() :])
        if noun is not None and is_people(noun[1]):
            return []  # "18 operators trained in 2024 and 25 in 2025": who took part
        counts.append(m)
    return counts


def _paired(counts: list[re.Match[str]], moments: list[_Moment]) -> dict[int, _Moment]:
    """Each count's moment: every count with the moment on the same side of it ("85 a month
    before the training, and 125 a month since"; "in the year before we lost 1,120, in the 12
    months after 860"), the side that pairs them all closest; else nearest pairs first, each
    moment and count once."""
    sided = [
        (sum(gap for gap, _ in placed.values()), {i: m for i, (_, m) in placed.items()})
        for placed in (_on_one_side(counts, moments, after=True),
                       _on_one_side(counts, moments, after=False))
        if len(placed) == len(counts)
    ]  # fmt: skip
    if sided:
        return min(sided, key=lambda option: option[0])[1]
    return _nearest(counts, moments)


def _on_one_side(
    counts: list[re.Match[str]], moments: list[_Moment], *, after: bool
) -> dict[int, tuple[int, _Moment]]:
    placed: dict[int, tuple[int, _Moment]] = {}
    used: set[int] = set()
    for index, count in enumerate(counts):
        options = [
            (moment.start - count.end() if after else count.start() - moment.end, moment)
            for moment in moments
            if moment.start not in used
        ]
        options = [(gap, moment) for gap, moment in options if 0 <= gap <= _NEAR]
        if options:
            gap, moment = min(options, key=lambda option: option[0])
            placed[index] = (gap, moment)
            used.add(moment.start)
    return placed


def _nearest(counts: list[re.Match[str]], moments: list[_Moment]) -> dict[int, _Moment]:
    pairs = sorted(
        (max(moment.start - count.end(), count.start() - moment.end, 0), index, moment)
        for index, count in enumerate(counts)
        for moment in moments
    )
    placed: dict[int, _Moment] = {}
    used: set[int] = set()
    for gap, index, moment in pairs:
        if gap > _NEAR or index in placed or moment.start in used:
            continue
        placed[index] = moment
        used.add(moment.start)
    return placed


def moves_in_time(text: str) -> list[re.Match[str]]:
    """Each count said at two moments, in time order, one per sentence of exactly two counts:
    a match whose groups ``a`` and ``b`` are the earlier and the later count (as the patterns of
    ``products.count_moves`` give them)."""
    moves = []
    start = 0
    for mark in [*_SENTENCE_END.finditer(text), None]:
        end = mark.end() if mark is not None else len(text)
        sentence = text[start:end]
        moments = _moments(sentence)
        counts = _counts(sentence, moments) if len(moments) >= 2 else []
        placed = _paired(counts, moments) if len(counts) == 2 else {}
        if (
            len(placed) == 2
            and placed[0].kind == placed[1].kind
            and placed[0].rank < placed[1].rank
        ):
            moves.append(
                _spanning(
                    text,
                    start + counts[0].start(),
                    start + counts[0].end(),
                    start + counts[1].start(),
                    start + counts[1].end(),
                )
            )
        start = end
    return moves


def _spanning(text: str, a_start: int, a_end: int, b_start: int, b_end: int) -> re.Match[str]:
    """A match of ``text`` from ``a_start`` to ``b_end`` with the groups ``a`` and ``b``."""
    pattern = (
        rf"(?s)(?P<a>.{{{a_end - a_start}}}).{{{b_start - a_end}}}(?P<b>.{{{b_end - b_start}}})"
    )
    match = re.compile(pattern).match(text, a_start)
    assert match is not None  # the lengths are taken from ``text`` itself
    return match
