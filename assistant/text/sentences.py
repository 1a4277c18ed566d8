"""Sentences of Dutch and English text, with character spans, by pysbd (rule-based, offline),
which knows abbreviations such as "bijv.", "e.g.", "Dr." and decimals such as "4,5" / "4.5"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
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


_ENDING_ABBREVIATION = re.compile(
    r"\b(?:p\.p|pp|p\.st|e\.d|etc|enz)\.\s+(?=[A-ZÀ-Ý]|(?:de|het|een|we|wij|ze|zij|ik|the|"
    r"they|our|onze|ons|my|mijn)\s)"
)
"""Abbreviations that end what they follow ("€ 25 p.p. Elke chauffeur ...", "€ 25 pp. de
koeriers kregen ..."): before a capital letter or a word that opens a sentence, a sentence ends
there, which pysbd does not do after an abbreviation."""


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


_WINDOW = 2_000
"""pysbd's time grows with the square of a line's length (8,000 characters take 0.3 s, 20,000
several seconds): a long line is segmented a window at a time."""


def _line_spans(line: str, language: Language) -> Iterator[tuple[int, int]]:
    """pysbd's sentence spans of one line, a window at a time. A window's last sentence may run
    on, and the one before may end at an abbreviation only because the window cut what follows
    ("Dr." before "Jan"): the next window starts at the second last sentence. A sentence longer
    than a window is cut at the window's end."""
    pos = 0
    while pos < len(line):
        window = line[pos : pos + _WINDOW]
        spans = _segmenter(language).segment(window)
        if pos + _WINDOW >= len(line):
            yield from ((pos + s.start, pos + s.end) for s in spans)
            return
        keep = max(len(spans) - 2, 1)
        yield from ((pos + s.start, pos + s.end) for s in spans[:keep])
        pos += spans[keep].start if keep < len(spans) else len(window)


def sentence_spans(text: str, language: Language = Language.NL) -> list[Sentence]:
    """Every sentence of ``text`` with its trimmed span; a line break always ends a sentence."""
    return list(_sentence_spans(text, language))


@lru_cache(maxsize=256)
def _sentence_spans(text: str, language: Language) -> tuple[Sentence, ...]:
    """Kept per text: one message is read by several readers (router, figures, isolation)."""
    found: list[Sentence] = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            in_line: list[Sentence] = []
            for span_start, span_end in _line_spans(line, language):
                piece = line[span_start:span_end]
                lead = len(piece) - len(piece.lstrip())
                stripped = piece.strip()
                if not stripped:
                    continue
                start = offset + span_start + lead
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
    return tuple(found)


def split_sentences(text: str, language: Language = Language.NL) -> list[str]:
    return [sentence.text for sentence in sentence_spans(text, language)]


def sentence_at(text: str, offset: int, language: Language = Language.NL) -> str | None:
    """The sentence containing character ``offset``, if any."""
    return next((s.text for s in sentence_spans(text, language) if s.start <= offset < s.end), None)
