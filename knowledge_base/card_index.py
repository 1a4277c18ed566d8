"""Finding the method cards a question asks for.

Each card is found by its keys: its titles and the ways an advisor might ask for it, in Dutch and
English. Keys and questions are embedded alike (as queries: question to question is a symmetric
match), and a card's similarity is that of its closest key. BM25 over the keys breaks near-ties
with the words the question shares with them. The key vectors ship beside the cards
(``cards/card_embeddings.npz``, named by the cards' digest and the embedding model); when either
differs they are computed at start-up (about ten seconds with the default model).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from knowledge_base.bm25 import Bm25Index
from knowledge_base.cards import CARDS_DIR, LANGUAGES, Card, CardSet, shipped_citations
from knowledge_base.embeddings import Embeddings
from knowledge_base.models import SHIPPED_COLLECTION, Citation

log = logging.getLogger(__name__)

SHIPPED_KEYS = CARDS_DIR / "card_embeddings.npz"
LEXICAL_WEIGHT = 0.004
"""How much one unit of BM25 score over a card's keys adds to its similarity."""


@dataclass(frozen=True)
class CardMatch:
    card: Card
    similarity: float  # cosine of the question and the card's closest key
    lexical: float  # BM25 of the question over the card's keys
    score: float  # similarity plus a small lexical tie-break; what cards are ranked by


def card_keys(card: Card) -> list[str]:
    """What a card is found by: its titles and questions in both languages."""
    keys = [card.title[language] for language in LANGUAGES]
    return keys + [q for language in LANGUAGES for q in card.questions[language]]


def embed_keys(embeddings: Embeddings, texts: Sequence[str]) -> np.ndarray:
    """Keys embedded as queries when the model distinguishes (e5 does), else as passages."""
    embed_queries = getattr(embeddings, "embed_queries", None)
    vectors = embed_queries(texts) if embed_queries else embeddings.embed_passages(texts)
    return np.asarray(vectors, dtype=np.float32)


def load_key_vectors(
    cards: CardSet, embeddings: Embeddings, path: Path = SHIPPED_KEYS
) -> np.ndarray:
    """The shipped key vectors when they match these cards and this model, else fresh ones."""
    keys = [key for card in cards.cards for key in card_keys(card)]
    if path.is_file():
        with np.load(path) as shipped:
            if (
                str(shipped["digest"]) == cards.digest
                and str(shipped["model"]) == embeddings.model_name
            ):
                return np.asarray(shipped["vectors"], dtype=np.float32)
    log.info("embedding %d card keys (no shipped vectors for these cards and model)", len(keys))
    return embed_keys(embeddings, keys) if keys else np.zeros((0, 0), np.float32)


def save_key_vectors(cards: CardSet, embeddings: Embeddings, path: Path = SHIPPED_KEYS) -> None:
    keys = [key for card in cards.cards for key in card_keys(card)]
    vectors = embed_keys(embeddings, keys).astype(np.float16)
    np.savez_compressed(path, vectors=vectors, digest=cards.digest, model=embeddings.model_name)


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
    vectors: np.ndarray  # one row per key
    owner: np.ndarray  # the entry of each key
    bm25: tuple[Bm25Index, ...]  # over the entries' keys, per language


def _bm25(entries: Sequence[IndexedCard]) -> tuple[Bm25Index, ...]:
    return tuple(
        Bm25Index.build(
            [" ".join([e.card.title[language], *e.card.questions[language]]) for e in entries],
            [language] * len(entries),
        )
        for language in LANGUAGES
    )


def _owners(entries: Sequence[IndexedCard]) -> np.ndarray:
    return np.asarray(
        [n for n, entry in enumerate(entries) for _ in card_keys(entry.card)], dtype=np.int64
    )


class CardIndex:
    """Cards ranked for a question: dense similarity to their keys, BM25 as a tie-break.

    The shipped cards are fixed; cards drafted from an organisation's document are added and
    removed with it. Readers see one consistent table (it is replaced whole, never edited)."""

    def __init__(self, cards: CardSet, embeddings: Embeddings) -> None:
        self.cards = cards
        self._embeddings = embeddings
        entries = tuple(IndexedCard(card, shipped_citations(card)) for card in cards.cards)
        vectors = load_key_vectors(cards, embeddings)
        self._table = _Table(entries, vectors, _owners(entries), _bm25(entries))
        self._lock = threading.Lock()

    @property
    def digest(self) -> str:
        return self.cards.digest

    @property
    def entries(self) -> tuple[IndexedCard, ...]:
        return self._table.entries

    def citations(self, card_id: str) -> tuple[Citation, ...]:
        entry = next((e for e in self._table.entries if e.card.id == card_id), None)
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
        keys = [key for entry in drafted for key in card_keys(entry.card)]
        fresh = embed_keys(self._embeddings, keys) if keys else None
        with self._lock:
            table = self._table
            keep = [
                n
                for n, entry in enumerate(table.entries)
                if (entry.collection, entry.doc_id) not in documents
            ]
            entries = tuple(table.entries[n] for n in keep) + tuple(drafted)
            vectors = table.vectors[np.isin(table.owner, keep)]
            if fresh is not None:
                vectors = np.vstack([vectors, fresh.astype(vectors.dtype)])
            self._table = _Table(entries, vectors, _owners(entries), _bm25(entries))

    def match(
        self, question: str, *, k: int = 5, collections: set[str] | None = None
    ) -> list[CardMatch]:
        """The ``k`` cards closest to ``question``, best first (only ``collections`` when
        given)."""
        table = self._table
        if not table.entries:
            return []
        vector = self._embeddings.embed_query(question)
        similarities = table.vectors @ vector
        best = np.full(len(table.entries), -1.0, dtype=np.float32)
        np.maximum.at(best, table.owner, similarities)
        lexical = np.maximum.reduce([index.scores(question) for index in table.bm25])
        scores = best + LEXICAL_WEIGHT * lexical
        if collections is not None:
            allowed = np.asarray([e.collection in collections for e in table.entries])
            scores = np.where(allowed, scores, -np.inf)
        order = [i for i in np.argsort(-scores, kind="stable")[:k] if np.isfinite(scores[i])]
        return [
            CardMatch(
                card=table.entries[i].card,
                similarity=float(best[i]),
                lexical=float(lexical[i]),
                score=float(scores[i]),
            )
            for i in order
        ]
