"""From a document's text to chunks: reflow, split at article boundaries, chunk."""

from __future__ import annotations

import bisect

from knowledge_base.catalog import Section, SourceEntry, sections_of
from knowledge_base.chunking import DocumentPart, chunk_document
from knowledge_base.models import SHIPPED_COLLECTION, Chunk
from knowledge_base.reflow import Reflowed, reflow


def parts_for(reflowed: Reflowed, sections: list[Section]) -> list[DocumentPart]:
    """Reflowed offset ranges of line-based sections (reflow put a break at each start)."""
    parts: list[DocumentPart] = []
    for number, section in enumerate(sections):
        first = bisect.bisect_left(reflowed.seg_line, section.line_start)
        if first >= len(reflowed.seg_line) or reflowed.seg_line[first] > section.line_end:
            continue
        start = reflowed.seg_out[first]
        if number + 1 < len(sections):
            nxt = bisect.bisect_left(reflowed.seg_line, sections[number + 1].line_start)
            end = reflowed.seg_out[nxt] if nxt < len(reflowed.seg_out) else len(reflowed.text)
        else:
            end = len(reflowed.text)
        parts.append(DocumentPart(start, end, section.title, section.authors))
    return parts


def chunk_text(
    text: str, *, collection: str, doc_id: str, title: str, sections: list[Section] | None = None
) -> tuple[Reflowed, list[Chunk]]:
    line_count = text.count("\n") + 1
    sections = sections or [Section(1, line_count, title, ())]
    reflowed = reflow(text, breaks=[s.line_start for s in sections])
    parts = parts_for(reflowed, sections)
    return reflowed, chunk_document(reflowed, parts, collection=collection, doc_id=doc_id)


def chunk_shipped(entry: SourceEntry) -> tuple[Reflowed, list[Chunk]]:
    text = entry.path.read_text("utf-8")
    sections = sections_of(entry, text.count("\n") + 1)
    return chunk_text(
        text,
        collection=SHIPPED_COLLECTION,
        doc_id=entry.file,
        title=entry.title,
        sections=sections,
    )
