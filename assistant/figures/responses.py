"""Per-respondent estimates pasted as a table: one line per respondent with the yearly value
they estimate, the share they put down to the programme and how sure they are ("A  S$6,000
60%  80%", "Anna: € 4.000, 50%, 70%"). Phillips' participant estimates, summed one by one by
the calculator (``RoiInput.respondents``), never read as costs or loose percentages."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from assistant.text.language import Language
from assistant.text.money import find_money
from assistant.text.numbers import find_numbers
from assistant.text.percent import find_percentages

MIN_ROWS = 2
"""Fewer lines of one amount and two percentages are a sentence, not a table."""


@dataclass(frozen=True)
class Response:
    """One respondent's line: who (as labelled), the yearly value, attribution, confidence."""

    label: str
    annual_value: Decimal
    attribution: Decimal
    confidence: Decimal
    start: int
    end: int


_LABEL = re.compile(r"^[\s|*•-]*(?P<label>[^\W\d_][\w .'-]{0,24}?)?[\s|:.,-]*$")


def responses(text: str, language: Language) -> list[Response]:
    """The table's lines, in order: each an optional short label, one amount, then two
    percentages (attribution, confidence) and nothing else; none unless two or more lines
    are such rows."""
    rows = []
    at = 0
    for line in text.split("\n"):
        start, at = at, at + len(line) + 1
        row = _row(line, language)
        if row is not None:
            label, value, attribution, confidence = row
            rows.append(Response(label, value, attribution, confidence, start, start + len(line)))
    return rows if len(rows) >= MIN_ROWS else []


def _row(line: str, language: Language) -> tuple[str, Decimal, Decimal, Decimal] | None:
    shares = find_percentages(line, language=language)
    if len(shares) != 2:
        return None
    money = [(m.start, m.end, m.amount) for m in find_money(line, language=language)]
    if not money:  # "Anna\t42000\t60%\t80%": the amount in the conversation's currency
        numbers = find_numbers(line, language=language, words_too=False)
        money = [
            (n.start, n.end, n.value) for n in numbers
            if not any(s.start <= n.start < s.end for s in shares)
        ]  # fmt: skip
    if len(money) != 1 or any(s.start < money[0][1] for s in shares):
        return None
    start, end, value = money[0]
    label = _LABEL.match(line[:start])
    rest = line[end : shares[0].start] + line[shares[0].end : shares[1].start]
    if label is None or re.search(r"[^\W\d_]{3,}", rest + line[shares[1].end :]):
        return None  # words between or after the figures: a sentence
    return (label["label"] or "").strip(), value, shares[0].low, shares[1].low
