"""Sentences of Dutch and English text, with character spans, by pysbd (rule-based, offline),
which knows abbreviations such as "bijv.", "e.g.", "Dr." and decimals such as "4,5" / "4.5"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from assistant.text.language import Language


@dataclass(frozen=True)
class Sentence:
    text: str
    """The sentence without surrounding whitespace."""
    start: int
    end: int


_MORE_ABBREVIATIONS = ("incl", "excl", "approx")
"""Abbreviations of prices that pysbd's lists lack ("uurloon incl. werkgeverslasten € 38",
"€ 500 excl. btw"): without them a price is cut from the words that name it."""


_ENDING_ABBREVIATION = re.compile(r"\b(?:p\.p|p\.st|e\.d|etc|enz)\.\s+(?=[A-ZÀ-Ý])")
"""Abbreviations that end what they follow ("€ 25 p.p. Elke chauffeur ..."): before a capital
letter a sentence ends there, which pysbd does not do after an abbreviation."""


@cache
def _segmenter(language: Language) -> Any:
    import pysbd
    from pysbd.languages import LANGUAGE_CODES

    known = LANGUAGE_CODES[language.value].Abbreviation.ABBREVIATIONS
    known.extend(a for a in _MORE_ABBREVIATIONS if a not in known)
    return pysbd.Segmenter(language=language.value, clean=False, char_span=True)


@cache
def _abbreviations(language: Language) -> frozenset[str]:
    from pysbd.languages import LANGUAGE_CODES

    _segmenter(language)  # adds ours to the list
    return frozenset(LANGUAGE_CODES[language.value].Abbreviation.ABBREVIATIONS)


def _cut_after_abbreviation(sentence: str, following: str, language: Language) -> bool:
    """pysbd ends a sentence at a known abbreviation before a symbol or a digit ("gedaald van
    gem. € 2.300 naar ..."); a sentence goes on after one unless a capital letter follows."""
    last = sentence.rsplit(None, 1)[-1].lower()
    return (
        last.endswith(".")
        and last[:-1].lstrip("(") in _abbreviations(language)
        and not following[:1].isupper()
    )


def sentence_spans(text: str, language: Language = Language.NL) -> list[Sentence]:
    """Every sentence of ``text`` with its trimmed span; a line break always ends a sentence."""
    found: list[Sentence] = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            in_line: list[Sentence] = []
            for span in _segmenter(language).segment(line):
                piece = line[span.start : span.end]
                lead = len(piece) - len(piece.lstrip())
                stripped = piece.strip()
                if not stripped:
                    continue
                start = offset + span.start + lead
                end = start + len(stripped)
                if in_line and _cut_after_abbreviation(in_line[-1].text, stripped, language):
                    start = in_line.pop().start
                for cut in _ENDING_ABBREVIATION.finditer(text, start, end):
                    before = text[start : cut.end()].rstrip()
                    in_line.append(Sentence(before, start, start + len(before)))
                    start = cut.end()
                in_line.append(Sentence(text[start:end], start, end))
            found += in_line
        offset += len(line) + 1
    return found


def split_sentences(text: str, language: Language = Language.NL) -> list[str]:
    return [sentence.text for sentence in sentence_spans(text, language)]


def sentence_at(text: str, offset: int, language: Language = Language.NL) -> str | None:
    """The sentence containing character ``offset``, if any."""
    return next((s.text for s in sentence_spans(text, language) if s.start <= offset < s.end), None)
