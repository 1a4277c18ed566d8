"""A message cut into sentences (pysbd, via ``assistant.text.sentences``) and clauses, each
knowing the section a label opened ("Kosten: ...", "Benefits: ...")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.figures.cues import pattern
from assistant.text.language import Language
from assistant.text.money import find_money
from assistant.text.sentences import sentence_spans

_SPLIT = re.compile(r"[,;:]\s+|\s+[–—-]\s+|\s\((?=[^)]*\))|\)\s")
_JOIN = re.compile(r"\s+(?:en|and|plus|maar|but|daarnaast|besides|terwijl|while)\s+", re.I)


@dataclass(frozen=True)
class Clause:
    start: int
    end: int
    sentence: int
    """The index of its sentence in the message."""
    section: str | None
    """ "cost" or "benefit" when a label opened the section it stands in."""


def _label(text: str, start: int) -> tuple[str | None, int]:
    """The section a sentence's opening label names, and where the label ends."""
    for kind in ("cost_labels", "benefit_labels"):
        m = re.compile(rf"\W*(?:{pattern(kind).pattern})\s*[:=]\s*", re.I).match(text, start)
        if m:
            return ("cost" if kind == "cost_labels" else "benefit"), m.end()
    return None, start


def clauses(text: str, language: Language) -> list[Clause]:
    """The message's clauses in order: split at commas, semicolons and dashes, and at "en"/"and"
    where that leaves one amount of money on each side."""
    found: list[Clause] = []
    section: str | None = None
    for index, sentence in enumerate(sentence_spans(text, language)):
        label, start = _label(text, sentence.start)
        if label is not None:
            section = label
        for piece_start, piece_end in _pieces(text, start, sentence.end):
            found.append(Clause(piece_start, piece_end, index, section))
    return found


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    cuts = [start]
    cuts += [m.end() for m in _SPLIT.finditer(text, start, end)]
    cuts.append(end)
    pieces: list[tuple[int, int]] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        if len(find_money(text[a:b])) > 1:
            inner = [a, *[m.start() for m in _JOIN.finditer(text, a, b)], b]
            pieces.extend(zip(inner, inner[1:], strict=False))
        else:
            pieces.append((a, b))
    return [(a, b) for a, b in pieces if text[a:b].strip()]
