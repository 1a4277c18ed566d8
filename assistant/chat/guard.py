"""The money rule, enforced: every number in a reply must come from somewhere we can name.

A figure in a money context (a currency, or ROI / BCR / payback / net benefit words nearby) is
allowed only when the ROI calculator produced it in this session, the user wrote it, or a source
passage cited in this very reply says it (a worked example of the sources). Any other
number must appear in the user's messages, a tool's output of this turn, or the handful of
constants the templates use (levels 1-5). A sentence with an unaccounted number is removed and
replaced by a short note, so nothing invented ever reaches the user.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from pydantic import BaseModel

from assistant.figures.shares import fraction_values
from assistant.text.language import Language
from assistant.text.money import find_money
from assistant.text.numbers import DIGITS, SPACE_GROUPED, parse_number
from assistant.text.percent import find_percentages
from assistant.text.periods import in_minutes

_NUMBER = re.compile(rf"(?:(?<=\b[A-Z]{{3}})|(?<![\w]))(?:{DIGITS})(?![\w])")
"""A number on its own, or right after a currency code ("CHF3,500": Babel writes codes without
a space; read as one number, not as "500")."""
_CODE_BEFORE = re.compile(r"\b[A-Z]{3}\s?-?$")
_NEGATIVE = re.compile(r"(?:^|[^\S\n]|\()-(?:(?:[A-Z]{0,3}[$¥]|[€£₹]|[A-Z]{3})\s?)?$")
"""A minus before the number, also before its currency ("-€6,600.00", "-US$ 6.600",
"-DKK297,150.00", "-CA$ 5"); a list item's dash ("- $3.00 back per $1") is not one."""
_CITATION = re.compile(r"\[\d+\]")
_THOUSANDS = re.compile(r"(?<![\w.,])(?P<num>\d+(?:[.,]\d+)?)\s?[kK]\b")
_SPACE_GROUPED = re.compile(rf"(?<![\w.,]){SPACE_GROUPED}")
_CURRENCY_BEFORE = re.compile(r"(?:€|\$|£|\b(?:eur|usd|gbp))\s?-?$", re.IGNORECASE)
_CURRENCY_AFTER = re.compile(
    r"^(?:\s?(?:k|mln|mio|miljoen|million))?\s?(?:€|euros?|eur|"
    r"usd|dollars?|gbp)\b|^,-",
    re.IGNORECASE,
)
_FIGURE_WORD = re.compile(
    r"\b(?:roi|bcr|rendement|return|baten[- ]kosten\w*|benefit[- ]cost|payback|"
    r"terugverdien\w*|netto|net)\b",
    re.IGNORECASE,
)
_LEVEL_BEFORE = re.compile(r"\b(?:level|levels|niveau|niveaus)\s?$", re.IGNORECASE)
_WINDOW = 40
TEMPLATE_NUMBERS = frozenset(Decimal(n) for n in range(1, 6))
"""Kirkpatrick/Phillips levels and SMART's five criteria: constants of the templates."""


def candidates(token: str) -> set[Decimal]:
    """Every value a written number can mean (Dutch or English grouping, money or not)."""
    values = set()
    for language in (Language.NL, Language.EN, None):
        for money in (False, True):
            try:
                values.add(parse_number(token, language=language, money=money))
            except (ValueError, InvalidOperation):
                continue
    return {value.normalize() for value in values}


def numbers_in(text: str) -> set[Decimal]:
    """All values ``text`` mentions: plain numbers, money ("EUR 85k"), percentages."""
    found: set[Decimal] = set()
    for match in _NUMBER.finditer(text):
        found |= candidates(match.group())
    found |= {money.amount.normalize() for money in find_money(text)}
    for m in _THOUSANDS.finditer(text):  # "2K", "6k" without a currency
        found |= {(value * 1000).normalize() for value in candidates(m["num"])}
    for m in _SPACE_GROUPED.finditer(text):  # "28 000", as the chat's figure reader reads it
        found.add(Decimal(re.sub(r"\s", "", m.group())).normalize())
    for pct in find_percentages(text):
        found |= {bound.normalize() for bound in (pct.low, pct.high) if bound is not None}
    return found


def numbers_of(model: BaseModel | None) -> set[Decimal]:
    """Every number inside a tool's output (a calculator result, a verdict, a plan)."""
    if model is None:
        return set()
    return _walk(model.model_dump(mode="python"))


def _walk(value: object) -> set[Decimal]:
    if isinstance(value, bool):
        return set()
    if isinstance(value, Decimal | int | float):
        try:
            number = Decimal(str(value)).normalize()
        except InvalidOperation:
            return set()
        # a fraction the tool holds (a KPI change of 0.085) is written as a percentage (8,5 %)
        return {number, (number * 100).normalize()} if 0 < abs(number) < 1 else {number}
    if isinstance(value, str):
        return numbers_in(value)
    if isinstance(value, dict):
        return set().union(*(_walk(item) for item in value.values())) if value else set()
    if isinstance(value, list | tuple):
        return set().union(*(_walk(item) for item in value)) if value else set()
    return set()


@dataclass
class Sources:
    """Where the numbers of one reply may come from."""

    calculator: set[Decimal] = field(default_factory=set)
    user: set[Decimal] = field(default_factory=set)
    tools: set[Decimal] = field(default_factory=set)
    quoted: set[Decimal] = field(default_factory=set)
    """Numbers in the source passages the reply cites."""

    def money_ok(self, values: set[Decimal]) -> bool:
        return bool(values & (self.calculator | self.user | self.quoted))

    def plain_ok(self, values: set[Decimal]) -> bool:
        known = self.calculator | self.user | self.tools | self.quoted | TEMPLATE_NUMBERS
        return bool(values & known)


@dataclass(frozen=True)
class Violation:
    number: str
    money: bool
    sentence: str


def violations(text: str, sources: Sources) -> list[Violation]:
    """The numbers in ``text`` that no allowed source accounts for."""
    clean = _CITATION.sub(" ", text)
    found = []
    for match in _NUMBER.finditer(clean):
        values = candidates(match.group())
        if _NEGATIVE.search(clean[max(0, match.start() - 8) : match.start()]):
            values = {-value for value in values}
        money = _money_context(clean, match.start(), match.end())
        allowed = sources.money_ok(values) if money else sources.plain_ok(values)
        if not allowed:
            found.append(Violation(match.group(), money, _sentence_of(clean, match.start())))
    return found


def _money_context(text: str, start: int, end: int) -> bool:
    """A currency next to the number, a percentage near ROI words, or the value right after
    ROI / BCR / payback / net: these are the figures only the calculator or the user may give."""
    before, after = text[max(0, start - 6) : start], text[end : end + 12]
    if _CURRENCY_BEFORE.search(before) or _CODE_BEFORE.search(before):
        return True
    if _CURRENCY_AFTER.match(after):
        return True
    if _LEVEL_BEFORE.search(text[max(0, start - 10) : start]):
        return False  # "ROI (level 5)": a level, not a figure
    near = text[max(0, start - _WINDOW) : end + _WINDOW]
    if after.lstrip().startswith("%") and _FIGURE_WORD.search(near):
        return True
    return bool(_FIGURE_WORD.search(text[max(0, start - 30) : start]))


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n")


def _sentence_of(text: str, index: int) -> str:
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.start() >= index:
            return text[start : m.start()].strip()
        start = m.end()
    return text[start:].strip()


REMOVED = {
    Language.NL: "(Hier stond een bedrag of getal dat niet uit de calculator of je eigen "
    "gegevens komt; dat laat ik weg.)",
    Language.EN: "(A figure that did not come from the calculator or your own data was "
    "left out here.)",
}


def enforce(text: str, sources: Sources, language: Language) -> tuple[str, list[Violation]]:
    """``text`` with every line holding an unaccounted number replaced by a note."""
    found = violations(text, sources)
    if not found:
        return text, []
    bad = {v.sentence for v in found}
    lines = []
    for line in text.split("\n"):
        parts = _SENTENCE_END.split(line)
        kept = [p for p in parts if _CITATION.sub(" ", p).strip() not in bad]
        if len(kept) < len(parts):
            kept.append(REMOVED[language])
        lines.append(" ".join(kept))
    return "\n".join(lines), found


def user_numbers(texts: Iterable[str]) -> set[Decimal]:
    """What the user's messages say, shares and time in words included ("de helft" is 50 %,
    "een kwartier" 15 minutes, as the figure reader takes them)."""
    found: set[Decimal] = set()
    for text in texts:
        found |= numbers_in(in_minutes(text)) | {v.normalize() for v in fraction_values(text)}
    return found
