"""A message cut into sentences (pysbd, via ``assistant.text.sentences``) and clauses, each
knowing the section a label opened ("Kosten: ...", "Benefits - ...")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from assistant.figures.cues import pattern
from assistant.text.language import Language
from assistant.text.money import find_money
from assistant.text.sentences import sentence_spans

_SPLIT = re.compile(r"[,;:]\s+|\s+[–—-]\s+|\s\((?=[^)]*\))|\)\s")
_JOIN = re.compile(r"\s+(?:en|and|plus|maar|but|daarnaast|besides|terwijl|while)\s+", re.I)
_CONTINUES = re.compile(
    r"\W*(?:en|and|plus|verder|daarnaast|ook|also|besides|further|furthermore|bovendien)\b", re.I
)


@dataclass(frozen=True)
class Clause:
    start: int
    end: int
    sentence: int
    """The index of its sentence in the message."""
    section: str | None
    """ "cost" or "benefit" when a label opened the section it stands in."""


@dataclass(frozen=True)
class Message:
    """A message's text and its clauses, with the lookups the readers share."""

    text: str
    parts: list[Clause] = field(default_factory=list)

    @classmethod
    def of(cls, text: str, language: Language) -> Message:
        return cls(text, clauses(text, language))

    def clause_at(self, offset: int) -> Clause:
        for clause in self.parts:
            if clause.start <= offset < clause.end:
                return clause
        return min(self.parts, key=lambda c: min(abs(c.start - offset), abs(c.end - offset)))

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """Each sentence's span, by index."""
        spans: dict[int, tuple[int, int]] = {}
        for clause in self.parts:
            start, _ = spans.get(clause.sentence, (clause.start, clause.end))
            spans[clause.sentence] = (start, clause.end)
        return [spans[i] for i in sorted(spans)]

    def sentence_text(self, index: int) -> str:
        start, end = self.sentences[index]
        return self.text[start:end]

    def continues(self, index: int) -> bool:
        """Whether sentence ``index`` goes on with the one before ("Verder: ...", "Plus ...")."""
        return index > 0 and bool(_CONTINUES.match(self.text, self.sentences[index][0]))


def _label(text: str, start: int) -> tuple[str | None, int]:
    """The section a sentence's opening label names, and where the label ends."""
    for kind in ("cost_labels", "benefit_labels"):
        label = rf"\W*(?:[\w'’]+\s+)?(?:{pattern(kind).pattern})\s*[:=–—-]\s*"
        m = re.compile(label, re.I).match(text, start)
        if m:
            return ("cost" if kind == "cost_labels" else "benefit"), m.end()
    return None, start


def clauses(text: str, language: Language) -> list[Clause]:
    """The message's clauses in order: split at commas, colons, semicolons and dashes, and at
    "en"/"and" where that leaves one amount of money on each side."""
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
