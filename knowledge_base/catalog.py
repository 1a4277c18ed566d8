"""The shipped articles and their metadata (``sources/sources.yaml``)."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, Field

from assistant.text.language import Language
from assistant.yaml_files import load_yaml
from knowledge_base.models import SHIPPED_COLLECTION, ArticleInfo, SourceInfo

SOURCES_DIR = Path(__file__).parent / "sources"


class _ArticleEntry(BaseModel):
    lines: tuple[int, int]
    kind: str = "article"
    title: str
    authors: list[str] = Field(default_factory=list)
    note: str | None = None


class SourceEntry(BaseModel):
    file: str
    title: str
    authors: list[str] = Field(default_factory=list)
    publisher: str | None = None
    year: int | None = None
    language: Language
    description: str
    contact: str | None = None
    editor: str | None = None
    articles: list[_ArticleEntry] = Field(default_factory=list)

    @property
    def path(self) -> Path:
        return SOURCES_DIR / self.file

    def info(self, chunks: int = 0) -> SourceInfo:
        return SourceInfo(
            collection=SHIPPED_COLLECTION,
            doc_id=self.file,
            title=self.title,
            authors=self.authors,
            publisher=self.publisher,
            year=self.year,
            language=self.language,
            description=self.description,
            chunks=chunks,
            articles=[
                ArticleInfo(
                    title=a.title,
                    authors=a.authors,
                    kind=a.kind,
                    line_start=a.lines[0],
                    line_end=a.lines[1],
                )
                for a in self.articles
            ],
        )


@dataclass(frozen=True)
class Section:
    """A run of source lines that belongs to one article (or the whole file)."""

    line_start: int
    line_end: int
    title: str
    authors: tuple[str, ...]


class _Catalog(BaseModel):
    sources: list[SourceEntry]


@dataclass(frozen=True)
class SourceCatalog:
    entries: tuple[SourceEntry, ...]

    @classmethod
    def load(cls, path: Path | None = None) -> SourceCatalog:
        data = load_yaml((path or SOURCES_DIR / "sources.yaml").read_text("utf-8"))
        return cls(entries=tuple(_Catalog.model_validate(data).sources))

    def entry(self, file: str) -> SourceEntry | None:
        return next((e for e in self.entries if e.file == file), None)


def sections_of(entry: SourceEntry, line_count: int) -> list[Section]:
    """Article boundaries of a source; a source without articles is one section."""
    if not entry.articles:
        return [Section(1, line_count, entry.title, tuple(entry.authors))]
    return [
        Section(a.lines[0], min(a.lines[1], line_count), a.title, tuple(a.authors))
        for a in sorted(entry.articles, key=lambda a: a.lines[0])
    ]


def section_at(sections: list[Section], line: int) -> Section:
    starts = [s.line_start for s in sections]
    return sections[max(0, bisect.bisect_right(starts, line) - 1)]
