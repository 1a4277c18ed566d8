"""The knowledge base's pydantic models: what callers send, and what search and answers return."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, Field, field_validator

from assistant.llm.engine import EngineRecord
from assistant.text.language import Language

SHIPPED_COLLECTION = "articles"
_COLLECTION_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,62}$")


def validate_collection_name(name: str) -> str:
    if not _COLLECTION_RE.fullmatch(name):
        raise ValueError(
            "collection names are 1-63 characters: lowercase letters, digits, '-' or '_'"
        )
    return name


class Chunk(BaseModel):
    """One indexed passage, with everything needed to cite it back to its source."""

    chunk_id: str
    collection: str
    doc_id: str
    source: str
    title: str
    authors: list[str] = Field(default_factory=list)
    language: Language
    text: str
    start: int = Field(description="offset of the first character in the reflowed document")
    end: int = Field(description="offset after the last character in the reflowed document")
    line_start: int = Field(description="first source line (1-based)")
    line_end: int = Field(description="last source line (1-based, inclusive)")
    source_start: int = Field(description="offset of the first character in the source text")
    source_end: int = Field(description="offset after the last character in the source text")

    def embedding_text(self) -> str:
        """What gets embedded: the passage alone (a shared title made a file's chunks alike)."""
        return self.text

    def lexical_text(self) -> str:
        """What BM25 indexes: the article title adds the words a question may use for it."""
        return f"{self.title}\n{self.text}"


class SearchFilters(BaseModel):
    collection: str | None = None
    source: str | None = None
    language: Language | None = None
    # The collections a workspace may read (the shipped one and its own); None: any.
    collections: tuple[str, ...] | None = None


HIT_FIELDS = frozenset(
    {
        "chunk_id",
        "collection",
        "source",
        "title",
        "authors",
        "text",
        "start",
        "end",
        "line_start",
        "line_end",
        "language",
    }
)
"""The fields a search hit takes from the chunk it is."""


class SearchHit(BaseModel):
    chunk_id: str
    collection: str
    source: str
    title: str
    authors: list[str] = Field(default_factory=list)
    text: str
    score: float = Field(description="weighted reciprocal-rank fusion score (higher is better)")
    start: int
    end: int
    line_start: int
    line_end: int
    language: Language
    dense_similarity: float | None = Field(
        default=None, description="cosine similarity of query and passage, when dense ranked it"
    )
    bm25_score: float | None = None

    def contract_dict(self) -> dict[str, object]:
        """The batch-search contract: exactly these keys, relied on by external evaluations."""
        return {
            "chunk_id": self.chunk_id,
            "source": self.source,
            "title": self.title,
            "text": self.text,
            "score": round(self.score, 6),
            "start": self.start,
            "end": self.end,
        }


class Passage(BaseModel):
    """One passage by id, with the text around it in its document (what a citation opens)."""

    chunk_id: str
    collection: str
    source: str
    title: str
    authors: list[str] = Field(default_factory=list)
    language: Language
    line_start: int
    line_end: int
    text: str
    before: str = Field(description="the document's text just before the passage (up to a chunk)")
    after: str = Field(description="the document's text just after the passage (up to a chunk)")


class SearchRequest(BaseModel):
    query: str = Field(min_length=1, max_length=2000)
    k: int = Field(default=5, ge=1, le=50)
    filters: SearchFilters = Field(default_factory=SearchFilters)


class SearchResponse(BaseModel):
    query: str
    hits: list[SearchHit]


class AskRequest(BaseModel):
    question: str = Field(min_length=1, max_length=2000)
    k: int = Field(default=5, ge=1, le=20)
    collection: str | None = None
    language: Language | None = Field(
        default=None,
        description="answer in this language (e.g. the conversation's); "
        "detected from the question when absent",
    )

    @field_validator("question")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("the question is empty")
        return value


class Citation(BaseModel):
    n: int = Field(description="the number used as [n] in the answer text")
    chunk_id: str
    source: str
    title: str
    authors: list[str] = Field(default_factory=list)
    line_start: int
    line_end: int
    quote: str
    language: Language | None = Field(
        None, description="the quote's language: quotes stay in the sources' words, untranslated"
    )

    @classmethod
    def of_hit(cls, hit: SearchHit, *, n: int, quote: str) -> Citation:
        """A retrieved passage cited as [n], with the words quoted from it."""
        return cls(
            n=n,
            chunk_id=hit.chunk_id,
            source=hit.source,
            title=hit.title,
            authors=hit.authors,
            line_start=hit.line_start,
            line_end=hit.line_end,
            quote=quote,
            language=hit.language,
        )


class Answer(EngineRecord):
    """An answer with its citations and the engine record that produced it (fields flat)."""

    question: str
    language: Language
    answer: str
    citations: list[Citation]
    covered: bool = Field(description="false when the sources do not cover the question")
    cards: list[str] = Field(
        default_factory=list, description="the method cards the answer comes from, by id"
    )
    nearest: list[str] = Field(
        default_factory=list, description="when not covered: the closest method cards, by id"
    )
    nearest_titles: list[str] = Field(
        default_factory=list, description="their titles, in the answer's language"
    )


class SourceInfo(BaseModel):
    """A document in the knowledge base, shipped or added by an organisation."""

    collection: str
    doc_id: str
    title: str
    authors: list[str] = Field(default_factory=list)
    publisher: str | None = None
    year: int | None = None
    language: Language
    description: str | None = None
    chunks: int = 0
    articles: list[ArticleInfo] = Field(default_factory=list)


class ArticleInfo(BaseModel):
    title: str
    authors: list[str] = Field(default_factory=list)
    kind: str = "article"
    line_start: int
    line_end: int


class DocumentChange(BaseModel):
    collection: str
    doc_id: str
    status: Literal["added", "replaced", "unchanged", "removed"]
    chunks_added: int = 0
    chunks_removed: int = 0
    chunks_kept: int = 0


class IngestReport(BaseModel):
    documents: list[DocumentChange]
    embedded: int = Field(
        description="texts (chunks, sentence windows) whose embedding had to be computed"
    )
    seconds: float
    cards_drafted: list[str] = Field(
        default_factory=list, description="method cards the language model drafted and kept"
    )
    cards_rejected: list[str] = Field(
        default_factory=list, description="drafted cards or quotes dropped, each with why"
    )

    @property
    def changed(self) -> bool:
        return any(doc.status != "unchanged" for doc in self.documents)


SourceInfo.model_rebuild()
