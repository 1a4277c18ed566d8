"""Finding the method cards a question asks for.

A card is matched three ways, each a cosine similarity with the question (multilingual e5):
- its keys: its titles and the ways an advisor might ask for it, in Dutch and English, embedded
  as questions (question to question);
- its texts: title, answer and key points per language, embedded as passages;
- its quotes, embedded as passages.
A card's similarity is the mean of its best key, best text and best quote; on the development
questions that mean put the right card first more often (0.61) than keys alone (0.48), texts
alone (0.57) or quotes alone (0.45) (``benchmarks/card_calibration.py``). BM25 over the keys
breaks near-ties. The vectors ship beside the cards (``cards/card_embeddings.npz``, named by the
cards' digest and the embedding model); when either differs they are computed at start-up.
"""

from __future__ import annotations

import functools
import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np

from knowledge_base.arrays import read_npz
from knowledge_base.bm25 import Bm25Index
from knowledge_base.cards import CARDS_DIR, LANGUAGES, Card, CardSet, shipped_citations
from knowledge_base.embeddings import Embeddings
from knowledge_base.models import SHIPPED_COLLECTION, Citation

log = logging.getLogger(__name__)

SHIPPED_VECTORS = CARDS_DIR / "card_embeddings.npz"
LEXICAL_WEIGHT = 0.004
"""How much one unit of BM25 score over a card's keys adds to its similarity. 0.004 rather than
0.002: on the 3,552 advisors' questions of the passages that a card cites, the first card cited
the question's passage for 0.669 instead of 0.652 (``benchmarks/card_ranking.py``), and
answers_dev2's answers held every key point for 0.750 instead of 0.679 (answers_dev 0.883 and
retrieval_eval unchanged). A softmax classifier over the cards' keys and texts, added to this
score, was tried and dropped: on 1,435 of those questions 0.656 against 0.651 without it, and
answers_dev2 unchanged."""
KINDS = ("keys", "texts", "quotes")
PASSAGE_MARGIN = 0.03
"""A card this close to the closest one comes first when it cites the passage whose advisors'
question is closest to the question (and the closest card does not): on the development
questions the answers holding every key point went from 0.817 to 0.867, the same from a margin
of 0.02 to 0.06, and no retrieval or off-topic figure moved."""


class AskedPassages(Protocol):
    """Passages ranked by how close their advisors' questions are to a question vector
    (``passage_questions.PassageQuestionIndex``)."""

    def ranking(self, vector: np.ndarray, *, n: int) -> list[str]: ...


@dataclass(frozen=True)
class CardMatch:
    card: Card
    similarity: float  # mean of the best key, text and quote cosine
    lexical: float  # BM25 of the question over the card's keys
    score: float  # similarity plus a small lexical tie-break; what cards are ranked by
    citations: tuple[Citation, ...] = ()
    """The card's citations, the quote closest to the question first."""


def card_keys(card: Card) -> list[str]:
    """What a card is asked as: its titles and questions in both languages."""
    keys = [card.title[language] for language in LANGUAGES]
    return keys + [q for language in LANGUAGES for q in card.questions[language]]


def card_texts(card: Card) -> list[str]:
    """What a card says, per language: title, answer and key points."""
    return [
        " ".join([card.title[language] + ".", card.answer[language], *card.points[language]])
        for language in LANGUAGES
    ]


def _texts(card: Card, quotes: Sequence[str], kind: str) -> list[str]:
    if kind == "keys":
        return card_keys(card)
    return card_texts(card) if kind == "texts" else list(quotes)


def embed_keys(embeddings: Embeddings, texts: Sequence[str]) -> np.ndarray:
    """Keys embedded as queries when the model distinguishes (e5 does), else as passages."""
    embed_queries = getattr(embeddings, "embed_queries", None)
    vectors = embed_queries(texts) if embed_queries else embeddings.embed_passages(texts)
    return np.asarray(vectors, dtype=np.float32)


def embed_kind(embeddings: Embeddings, kind: str, texts: Sequence[str]) -> np.ndarray:
    if not texts:
        return np.zeros((0, 0), np.float32)
    if kind == "keys":
        return embed_keys(embeddings, texts)
    return np.asarray(embeddings.embed_passages(texts), dtype=np.float32)


def _card_quotes(card: Card) -> list[str]:
    return [quote.quote for quote in card.citations]


def compute_vectors(
    entries: Sequence[tuple[Card, Sequence[str]]], embeddings: Embeddings
) -> dict[str, np.ndarray]:
    return {
        kind: embed_kind(
            embeddings, kind, [t for card, quotes in entries for t in _texts(card, quotes, kind)]
        )
        for kind in KINDS
    }


def load_vectors(
    cards: CardSet, embeddings: Embeddings, path: Path = SHIPPED_VECTORS
) -> dict[str, np.ndarray]:
    """The shipped vectors when they match these cards and this model, else fresh ones."""
    if path.is_file():
        shipped = read_npz(path)
        if (
            set(KINDS) <= set(shipped)
            and str(shipped["digest"]) == cards.digest
            and str(shipped["model"]) == embeddings.model_name
        ):
            return {kind: shipped[kind] for kind in KINDS}
    log.info(
        "embedding %d method cards (no shipped vectors for them and this model)", len(cards.cards)
    )
    return compute_vectors([(card, _card_quotes(card)) for card in cards.cards], embeddings)


def save_vectors(cards: CardSet, embeddings: Embeddings, path: Path = SHIPPED_VECTORS) -> None:
    vectors = compute_vectors([(card, _card_quotes(card)) for card in cards.cards], embeddings)
    arrays: dict[str, object] = {kind: v.astype(np.float16) for kind, v in vectors.items()}
    np.savez_compressed(path, digest=cards.digest, model=embeddings.model_name, **arrays)  # type: ignore[arg-type]


@dataclass(frozen=True)
class IndexedCard:
    """A card with its quotes resolved to citations; shipped, or drafted from an upload."""

    card: Card
    citations: tuple[Citation, ...]
    collection: str = SHIPPED_COLLECTION
    doc_id: str | None = None


@dataclass(frozen=True)
class _Table:
    entries: tuple[IndexedCard, ...]
    vectors: dict[str, np.ndarray]  # per kind, one row per text of that kind
    owners: dict[str, np.ndarray]  # per kind, the entry of each row
    bm25: tuple[Bm25Index, ...]  # over the entries' keys, per language

    @functools.cached_property
    def by_id(self) -> dict[str, IndexedCard]:
        return {entry.card.id: entry for entry in self.entries}


def _bm25(entries: Sequence[IndexedCard]) -> tuple[Bm25Index, ...]:
    return tuple(
        Bm25Index.build(
            [" ".join([e.card.title[language], *e.card.questions[language]]) for e in entries],
            [language] * len(entries),
        )
        for language in LANGUAGES
    )


def _quotes(entry: IndexedCard) -> list[str]:
    return [citation.quote for citation in entry.citations]


def _owners(entries: Sequence[IndexedCard]) -> dict[str, np.ndarray]:
    return {
        kind: np.asarray(
            [n for n, e in enumerate(entries) for _ in _texts(e.card, _quotes(e), kind)],
            dtype=np.int64,
        )
        for kind in KINDS
    }


class CardIndex:
    """Cards ranked for a question: dense similarity to their keys, BM25 as a tie-break.

    The shipped cards are fixed; cards drafted from an organisation's document are added and
    removed with it. Readers see one consistent table (it is replaced whole, never edited)."""

    def __init__(
        self,
        cards: CardSet,
        embeddings: Embeddings,
        questions: AskedPassages | None = None,
    ) -> None:
        self.cards = cards
        self._embeddings = embeddings
        self._questions = questions
        entries = tuple(IndexedCard(card, shipped_citations(card)) for card in cards.cards)
        vectors = load_vectors(cards, embeddings)
        self.shipped_keys = vectors["keys"]
        """The shipped cards' key vectors (what the domain check counts as inside)."""
        self._table = _Table(entries, vectors, _owners(entries), _bm25(entries))
        self._lock = threading.Lock()

    def vector(self, question: str) -> np.ndarray:
        """The question as the cards are matched with it."""
        return self._embeddings.embed_query(question)

    @property
    def digest(self) -> str:
        return self.cards.digest

    @property
    def entries(self) -> tuple[IndexedCard, ...]:
        return self._table.entries

    def citations(self, card_id: str) -> tuple[Citation, ...]:
        entry = self._table.by_id.get(card_id)
        return entry.citations if entry else ()

    def add(self, drafted: Sequence[IndexedCard]) -> None:
        """Add cards drafted from documents, replacing those documents' earlier cards."""
        self._replace({(e.collection, e.doc_id) for e in drafted}, drafted)

    def remove(self, collection: str, doc_id: str) -> None:
        """Drop the cards drafted from one document."""
        self._replace({(collection, doc_id)}, [])

    def _replace(
        self, documents: set[tuple[str, str | None]], drafted: Sequence[IndexedCard]
    ) -> None:
        fresh = compute_vectors([(e.card, _quotes(e)) for e in drafted], self._embeddings)
        with self._lock:
            table = self._table
            keep = [
                n
                for n, entry in enumerate(table.entries)
                if (entry.collection, entry.doc_id) not in documents
            ]
            entries = tuple(table.entries[n] for n in keep) + tuple(drafted)
            vectors = {}
            for kind in KINDS:
                kept = table.vectors[kind][np.isin(table.owners[kind], keep)]
                parts = [v for v in (kept, fresh[kind]) if v.size]
                vectors[kind] = np.vstack(parts) if parts else kept
            self._table = _Table(entries, vectors, _owners(entries), _bm25(entries))

    def match(
        self,
        question: str,
        *,
        k: int = 5,
        collections: set[str] | None = None,
        asked_passage_first: bool = False,
    ) -> list[CardMatch]:
        """The ``k`` cards closest to ``question``, best first (only ``collections`` when
        given); with ``asked_passage_first``, a close card citing the passage the question is
        asked for first (how the answerer picks its card)."""
        table = self._table
        if not table.entries:
            return []
        vector = self.vector(question)
        best = np.zeros(len(table.entries), dtype=np.float32)
        for kind in KINDS:
            per_card = np.full(len(table.entries), -1.0, dtype=np.float32)
            if table.vectors[kind].size:
                np.maximum.at(per_card, table.owners[kind], table.vectors[kind] @ vector)
            best += per_card / len(KINDS)
        lexical = np.maximum.reduce([index.scores(question) for index in table.bm25])
        scores = best + LEXICAL_WEIGHT * lexical
        if collections is not None:
            allowed = np.asarray([e.collection in collections for e in table.entries])
            scores = np.where(allowed, scores, -np.inf)
        order = [i for i in np.argsort(-scores, kind="stable")[:k] if np.isfinite(scores[i])]
        if asked_passage_first:
            order = self._asked_passage_first(table, order, best, vector)
        return [
            CardMatch(
                card=table.entries[i].card,
                similarity=float(best[i]),
                lexical=float(lexical[i]),
                score=float(scores[i]),
                citations=_closest_first(table, i, vector),
            )
            for i in order
        ]

    def _asked_passage_first(
        self, table: _Table, order: list[int], similarity: np.ndarray, vector: np.ndarray
    ) -> list[int]:
        """``order`` with the first card within ``PASSAGE_MARGIN`` of the closest that cites the
        passage the question is asked for (its advisors' question closest) put first."""
        if self._questions is None or not order:
            return order
        asked = set(self._questions.ranking(vector, n=1))
        best = similarity[order[0]]
        for i in order:
            if best - similarity[i] > PASSAGE_MARGIN:
                break
            if asked & {citation.chunk_id for citation in table.entries[i].citations}:
                return [i, *(j for j in order if j != i)]
        return order


def _closest_first(table: _Table, entry: int, vector: np.ndarray) -> tuple[Citation, ...]:
    """An entry's citations ordered by how close their quotes are to the question (a card's
    first quote is often its general one, the question may be about a detail of another)."""
    citations = table.entries[entry].citations
    rows = np.flatnonzero(table.owners["quotes"] == entry)
    if len(rows) != len(citations) or not table.vectors["quotes"].size:
        return citations
    similarity = table.vectors["quotes"][rows] @ vector
    return tuple(citations[n] for n in np.argsort(-similarity, kind="stable"))
