"""Who a programme or objective is about: "40 teamleiders", "120 call-centre agents", "managers"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.planning.language import Language
from assistant.planning.lexicon import NOT_PEOPLE, ORG_UNITS, PEOPLE, PEOPLE_SUFFIX
from assistant.planning.numbers import QUANTITY, WORD_NUMBERS, find_money, parse_number

_COUNT = re.compile(
    rf"(?<![\w.,€$£-])(?P<n>{QUANTITY})\s+(?P<g>[\w'’-]+(?:\s+[\w'’-]+){{0,2}})", re.IGNORECASE
)
_NOT_COUNTS = frozenset({"een", "één", "eén", "one", "half", "halve", "anderhalf", "anderhalve"})
_SCOPE = re.compile(
    r"^\s+(?:van|bij|in|of|at|from)\s+(?:de\s+|het\s+|the\s+)?(?:afdeling\s+|department\s+)?"
    r"[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)*"
)
_TOKEN = re.compile(r"[\w'’-]+")


@dataclass(frozen=True)
class PeopleCount:
    count: int
    group: str
    """The group as written, e.g. "teamleiders van Klantcontact" or "call-centre agents"."""


def is_people(word: str) -> bool:
    word = word.lower()
    if word in NOT_PEOPLE:
        return False
    return word in PEOPLE or bool(PEOPLE_SUFFIX.match(word))


def find_people(text: str, language: Language | None = None) -> list[PeopleCount]:
    """Every counted group of people in ``text``, in order; amounts of money are never counts."""
    money = [(m.start, m.end) for m in find_money(text)]
    found = []
    for m in _COUNT.finditer(text):
        if m["n"].lower() in _NOT_COUNTS or any(s <= m.start() < e for s, e in money):
            continue
        words = m["g"].split()
        for size in range(1, len(words) + 1):
            if is_people(words[size - 1].strip("'’")):
                value = parse_number(m["n"], language=language)
                if value != value.to_integral_value():
                    break
                group = " ".join(words[:size])
                end = m.start("g") + len(group)
                scope = _SCOPE.match(text[end:])
                found.append(PeopleCount(int(value), group + (scope.group() if scope else "")))
                break
    return found


def find_actor(text: str) -> str | None:
    """The first people noun with its count or modifier, else the first organisational unit."""
    tokens = _TOKEN.findall(text)
    for matches in (is_people, lambda word: word.lower() in ORG_UNITS):
        for index, token in enumerate(tokens):
            if matches(token):
                start = index
                while start > 0 and index - start < 2 and _modifier(tokens[start - 1]):
                    start -= 1
                return " ".join(tokens[start : index + 1])
    return None


def _modifier(token: str) -> bool:
    return token.isdigit() or "-" in token or token.lower() in WORD_NUMBERS
