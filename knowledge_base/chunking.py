"""Sentence-aware chunks (~600-1000 characters, overlapping) with stable ids and offsets."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from assistant.text.language import detect_language
from knowledge_base.models import Chunk
from knowledge_base.reflow import Reflowed

MIN_CHARS = 600
MAX_CHARS = 1000
OVERLAP_CHARS = 200
_MIN_USEFUL = 40
_BOUNDARY = re.compile(r"(?<=[.!?…◆])[\"'”’)]*\s+(?=[\"'“‘(\[A-Z0-9À-Ý•-])|\n+")
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:bijv|bv|o\.a|e\.g|i\.e|dr|drs|mr|prof|ca|nr|vs|m\.b\.t|t\.a\.v|z\.g\.a\.v)\.|\b[A-Z]\.)$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    paragraph: bool  # starts a new paragraph


@dataclass(frozen=True)
class DocumentPart:
    """A section of a reflowed document that chunks must not cross (an article, or the file)."""

    start: int
    end: int
    title: str
    authors: tuple[str, ...] = ()


def sentence_spans(text: str, start: int, end: int) -> list[Span]:
    """Sentences (and list items, headings) of ``text[start:end]`` as trimmed spans."""
    spans: list[Span] = []
    cursor = start
    paragraph = True
    for match in _BOUNDARY.finditer(text, start, end):
        newline = match.group().strip("\n") == ""
        if newline or not _ABBREVIATIONS.search(text, cursor, match.start()):
            spans.extend(_trimmed(text, cursor, match.start(), paragraph))
            paragraph = "\n" in match.group()
            cursor = match.end()
    spans.extend(_trimmed(text, cursor, end, paragraph))
    return [piece for span in spans for piece in _split_long(text, span)]


def _trimmed(text: str, start: int, end: int, paragraph: bool) -> list[Span]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return [Span(start, end, paragraph)] if end > start else []


def _split_long(text: str, span: Span) -> Iterator[Span]:
    start = span.start
    first = True
    while span.end - start > MAX_CHARS:
        cut = text.rfind(" ", start + MIN_CHARS, start + MAX_CHARS)
        cut = cut if cut > start else start + MAX_CHARS
        yield Span(start, cut, span.paragraph and first)
        start, first = cut + 1, False
    yield Span(start, span.end, span.paragraph and first)


def _windows(spans: list[Span]) -> Iterator[tuple[int, int]]:
    """Greedy packing of sentences into windows, preferring paragraph starts, with overlap."""
    window: list[Span] = []
    for span in spans:
        size = span.end - window[0].start if window else 0
        if window and (size > MAX_CHARS or (span.paragraph and size >= MIN_CHARS)):
            yield window[0].start, window[-1].end
            # Overlap: the last sentences (or a heading / lead-in line) travel with the next chunk.
            carried: list[Span] = []
            for previous in reversed(window[1:]):
                if window[-1].end - previous.start > OVERLAP_CHARS:
                    break
                carried.insert(0, previous)
            window = carried
        window.append(span)
        while len(window) > 1 and window[-1].end - window[0].start > MAX_CHARS:
            window.pop(0)
    if window:
        yield window[0].start, window[-1].end


def chunk_id(*, collection: str, doc_id: str, title: str, text: str, occurrence: int) -> str:
    key = "\x1f".join((collection, doc_id, title, text, str(occurrence)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


def chunk_document(
    reflowed: Reflowed, parts: list[DocumentPart], *, collection: str, doc_id: str
) -> list[Chunk]:
    """Chunks of every part, in document order; identical passages get distinct ids."""
    chunks: list[Chunk] = []
    seen: Counter[tuple[str, str]] = Counter()
    text = reflowed.text
    for part in parts:
        windows = list(_windows(sentence_spans(text, part.start, part.end)))
        if len(windows) > 1 and windows[-1][1] - windows[-1][0] < _MIN_USEFUL:
            windows[-2] = (windows[-2][0], windows[-1][1])
            windows.pop()
        for start, end in windows:
            passage = text[start:end]
            if sum(ch.isalpha() for ch in passage) < _MIN_USEFUL // 2:
                continue
            seen[(part.title, passage)] += 1
            chunks.append(
                Chunk(
                    chunk_id=chunk_id(
                        collection=collection,
                        doc_id=doc_id,
                        title=part.title,
                        text=passage,
                        occurrence=seen[(part.title, passage)],
                    ),
                    collection=collection,
                    doc_id=doc_id,
                    source=doc_id,
                    title=part.title,
                    authors=list(part.authors),
                    language=detect_language(passage),
                    text=passage,
                    start=start,
                    end=end,
                    line_start=reflowed.line_at(start),
                    line_end=reflowed.line_at(end - 1),
                    source_start=reflowed.source_offset(start),
                    source_end=reflowed.source_offset(end - 1) + 1,
                )
            )
    return chunks
