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

_SPLIT = re.compile(r"[,;:]\s+|\s+[–—-]\s+|\s\((?=[^)]*\))(?![^()a-zA-Z]*\d[^()a-zA-Z]*\))|\)\s")
"""Clauses end at commas, dashes and asides, not at a bare figure in brackets ("kreeg het boek
(€ 32,50)"): that is the amount of the words before it."""
_ASIDE = re.compile(r"\s\([^()\d€$£]*\)\s")
"""An aside without figures ("The study of the causes (beforehand) cost EUR 8,500"): it stays
in its clause, so the amount keeps the words it is about."""
_JOIN = re.compile(r"\s+(?:en|and|plus|\+|maar|but|daarnaast|besides|terwijl|while)\s+", re.I)
_THEN = re.compile(
    r"\s+(?:en|and)\s+(?=(?:ze|zij|we|wij|hij|er|they|he|she|there|"
    r"(?:elke|iedere?|each|every)\s+[^\W\d_][\w-]*\s+(?!kost|costs?\b)[^\W\d_]+)\s)",
    re.IGNORECASE,
)
"""A new statement after an amount ("materiaal 15 euro pp en ze kregen de uren doorbetaald: 8
uur pp à 16 euro", "€ 14.400 gefactureerd en elke agent zat een dag in de les"): what it says is
about the amount after it, not the one before (but "and each one costs" prices the one before)."""
_ITEM = re.compile(r"\s*(?:[-*•–]|\d+[.)])\s")
_REMARK = re.compile(
    r"\s*(?:(?:dat|dit|die|het|that|this|it)(?:'s|\s+(?:is|was|zijn|waren|geldt|gold|betreft|are|"
    r"were|applies))|(?:(?:we'?ll|we will|we|let'?s|let us|wij|ik|I'?ll|I)\s+)?"
    r"(?:count|treat|book|use|take|reken|rekenen|tel|tellen|boek|neem|nemen|gebruik|gebruiken|"
    r"hanteer|hanteren)\s+(?:it|that|this|them|het|dat|dit|die))\b",
    re.IGNORECASE,
)  # "Dat is een eenmalige winst", "Count it as a one-off benefit", "We'll use that as the
# programme's share"
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


_SAID = re.compile(
    r"(?:it|this|that|there|we|they|het|dit|dat|er|wij|ze|zij)\s+"
    r"(?:was|is|were|are|had|have|waren|zijn|hadden|hebben|heeft)\b",
    re.IGNORECASE,
)
"""A subject and its verb: a sentence before the colon, not the label of what follows."""


def key_of(text: str, clause: Clause) -> str | None:
    """The key of a "key: value" clause ("ontwerp trainingsprogramma (extern)")."""
    key = _KEY.match(text, clause.start, clause.end)
    if key is None or find_money(key.group()) or _SAID.match(key.group().strip()):
        return None  # "It was a two-day residential course: hotel and travel ...": no label
    return text[key.start() : key.end()].strip(" :")


@dataclass(frozen=True)
class Message:
    """A message's text and its clauses, with the lookups the readers share."""

    text: str
    parts: list[Clause] = field(default_factory=list)

    spans: list[tuple[int, int]] = field(default_factory=list)
    """Every sentence's span, by index (a sentence may hold no clause: a bare label)."""

    @classmethod
    def of(cls, text: str, language: Language) -> Message:
        spans = [(s.start, s.end) for s in sentence_spans(text, language)]
        return cls(text, clauses(text, language), spans)

    def clause_at(self, offset: int) -> Clause:
        for clause in self.parts:
            if clause.start <= offset < clause.end:
                return clause
        if not self.parts:
            return Clause(0, len(self.text), 0, None)
        return min(self.parts, key=lambda c: min(abs(c.start - offset), abs(c.end - offset)))

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """Each sentence's span, by index."""
        if self.spans:
            return self.spans
        ends: dict[int, tuple[int, int]] = {}
        for clause in self.parts:
            start, _ = ends.get(clause.sentence, (clause.start, clause.end))
            ends[clause.sentence] = (start, clause.end)
        return [ends.get(i, (0, 0)) for i in range(max(ends, default=-1) + 1)]

    def sentence_text(self, index: int) -> str:
        start, end = self.sentences[index]
        return self.text[start:end]

    def remark_on(self, index: int) -> str | None:
        """The next sentence when it only says more about sentence ``index``: it points back
        and has no figure of its own ("Dat is een eenmalige winst, per medewerker.", "That's
        every year.")."""
        if index + 1 >= len(self.sentences):
            return None
        following = self.sentence_text(index + 1)
        if _REMARK.match(following) and not re.search(r"\d", following):
            return following
        return None

    def continues(self, index: int) -> bool:
        """Whether sentence ``index`` goes on with the one before ("Verder: ...", "Plus ...", the
        next item of a list)."""
        if index == 0:
            return False
        start, before = self.sentences[index][0], self.sentences[index - 1][0]
        listed = _ITEM.match(self.text, start) and _ITEM.match(self.text, before)
        return bool(listed or _CONTINUES.match(self.text, start))


def _label(text: str, start: int) -> tuple[str | None, int]:
    """The section a sentence's opening label names ("Kosten:", "Benefits -", or a heading line
    naming costs or benefits: "Costs of the induction programme for officers:"), and where the
    label ends."""
    for kind in ("cost_labels", "benefit_labels"):
        label = rf"[^\w€$£]*(?:[^\W\d]+\s+)?(?:{pattern(kind).pattern})\s*[:=–—-]\s*"
        m = re.compile(label, re.I).match(text, start)
        if m:
            return ("cost" if kind == "cost_labels" else "benefit"), m.end()
    heading = _HEADING.match(text, start)
    if heading is not None:
        named = [k for k in ("cost_labels", "benefit_labels") if pattern(k).search(heading[1])]
        if len(named) == 1:  # "Costs and benefits:" names no one section
            return ("cost" if named[0] == "cost_labels" else "benefit"), heading.end()
    return None, start


_HEADING = re.compile(r"\s*([^\W\d][^\n:€$£\d]{0,100}):[ \t]*\n\s*")
"""A line of words ending in a colon, the list on the lines below it."""


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


_KEY = re.compile(r"[^€$£%:;!?\n]{1,60}:\s+|[^€$£%:;!?\n–—-]{1,60}\s[–—-]\s+(?=[^\n]*\d)")
"""The key of a "key: value" or "key - value" line ("trainer: €4.500", "Toeschrijving: 50%",
"Venue hire - $2,800"), kept with its value: it names what the figure is."""


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    cuts = [start]
    key = _KEY.match(text, start, end)
    if key is not None and find_money(key.group()):
        key = None  # "In totaal EUR 25.000: ..." is a figure, not a key
    asides = [m.span() for m in _ASIDE.finditer(text, start, end)]
    cuts += [
        m.end() for m in _SPLIT.finditer(text, start, end)
        if not (key is not None and m.end() <= key.end())
        and not any(a <= m.start() < b for a, b in asides)
    ]  # fmt: skip
    cuts.append(end)
    pieces: list[tuple[int, int]] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        found = find_money(text[a:b])
        if len(found) > 1:
            inner = [a, *[m.start() for m in _JOIN.finditer(text, a, b)], b]
            pieces.extend(zip(inner, inner[1:], strict=False))
        elif found and (then := _THEN.search(text, a + found[0].end, b)) is not None:
            pieces.extend([(a, then.start()), (then.start(), b)])
        else:
            pieces.append((a, b))
    return [(a, b) for a, b in pieces if text[a:b].strip()]
