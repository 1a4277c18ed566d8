"""The role words of ``lexicons/roles.yaml`` as patterns, and where they stand in a text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from assistant.text.lexicon import words


@dataclass(frozen=True)
class Cue:
    kind: str
    """The lexicon key: "cost_verbs", "attribution", "decrease" ..."""
    start: int
    end: int


def _term(term: str) -> str:
    """A "*" at either end stands for the rest of a word ("kost*", "*kosten"); "..." for one to
    four words of a clause (a Dutch separable verb: "namen ... af" is "namen met 7,5% af")."""
    if " ... " in term:
        return r"(?:\s+[^\s.;:!?]+){1,4}?\s+".join(_term(part) for part in term.split(" ... "))
    core = re.escape(term.strip("*")).replace(r"\ ", r"\s+")
    before = r"[\w-]*" if term.startswith("*") else ""
    after = r"[\w-]*" if term.endswith("*") else ""
    return before + core + after


@cache
def pattern(kind: str) -> re.Pattern[str]:
    """Any word of ``kind`` in either language, as a whole word (a starred one as a prefix)."""
    terms = sorted(set(words("roles", kind)), key=len, reverse=True)
    body = r"(?<![\w-])(?:" + "|".join(_term(t) for t in terms) + r")(?![\w])"
    if kind in _MOVES:
        body = _NOT_PHRASAL_BEFORE + body + r"(?!\s+out\b)"
    return re.compile(body, re.I)


_MOVES = ("decrease", "increase")
_NOT_PHRASAL_BEFORE = "".join(
    rf"(?<!\b{verb}\s)" for verb in ("signed", "sign", "set", "showed", "show", "turned", "follow")
)
"""People who "dropped out" or "signed up" did not move a figure down or up."""


def find_cues(text: str, *kinds: str, start: int = 0, end: int | None = None) -> list[Cue]:
    """Every cue of the given kinds between ``start`` and ``end``, in order."""
    stop = len(text) if end is None else end
    found = [
        Cue(kind, m.start(), m.end())
        for kind in kinds
        for m in pattern(kind).finditer(text, start, stop)
    ]
    return sorted(found, key=lambda cue: cue.start)


def distance(cue: Cue, start: int, end: int) -> int:
    """Characters between a cue and a span (0 when they touch or overlap)."""
    if cue.end <= start:
        return start - cue.end
    if cue.start >= end:
        return cue.start - end
    return 0
