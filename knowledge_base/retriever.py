"""Hybrid retrieval: weighted reciprocal-rank fusion of BM25 and dense, as a LangChain retriever."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict, Field

from assistant.text.language import detect_language
from knowledge_base.card_index import CardIndex
from knowledge_base.index import KnowledgeIndex
from knowledge_base.models import HIT_FIELDS, SearchFilters, SearchHit
from knowledge_base.passage_questions import PassageQuestionIndex

Mode = Literal["hybrid", "bm25", "dense"]


@dataclass(frozen=True)
class FusionWeights:
    """``cross_lingual`` scales BM25 when the question's language is not the passages' one:
    words rarely match across languages, the multilingual dense model carries those."""

    bm25: float = 1.0
    dense: float = 2.0
    rrf_k: int = 20
    cross_lingual: float = 0.3
    cards: float = 1.0  # the passages cited by the method cards closest to the question
    questions: float = 1.0  # the passages whose advisors' questions are closest to the question
    card_floor: float = 0.84  # a card brings its passages from this similarity on


def weighted_rrf(
    rankings: Sequence[tuple[Sequence[str], float]], *, rrf_k: int
) -> dict[str, float]:
    """sum over rankings of weight / (rrf_k + rank), ranks starting at 1; best first."""
    fused: dict[str, float] = {}
    for ranking, weight in rankings:
        if weight <= 0:
            continue
        for rank, item in enumerate(ranking, start=1):
            fused[item] = fused.get(item, 0.0) + weight / (rrf_k + rank)
    return dict(sorted(fused.items(), key=lambda pair: (-pair[1], pair[0])))


class HybridRetriever(BaseRetriever):
    """BM25 + dense over the knowledge index; ``hits`` gives pydantic hits with scores."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    index: KnowledgeIndex
    weights: FusionWeights = Field(default_factory=FusionWeights)
    candidates: int = 50
    k: int = 5
    filters: SearchFilters = Field(default_factory=SearchFilters)
    cards: CardIndex | None = None
    questions: PassageQuestionIndex | None = None

    def _bm25(self, query: str, filters: SearchFilters) -> dict[str, float]:
        snapshot = self.index.snapshot
        scores = snapshot.bm25.scores(query)
        if scores.size == 0:
            return {}
        mask = snapshot.mask(filters)
        if mask is not None:
            scores = np.where(mask, scores, 0.0)
        n = min(self.candidates, scores.size)
        top = np.argpartition(-scores, n - 1)[:n]
        top = top[np.argsort(-scores[top], kind="stable")]
        return {snapshot.chunks[i].chunk_id: float(scores[i]) for i in top if scores[i] > 0}

    def _dense(self, query: str, filters: SearchFilters) -> tuple[list[str], dict[str, float]]:
        """The dense ranking, and the cosine similarity of the chunks Chroma returned.

        With sentence windows the ranking score is the chunk's similarity plus its best
        window's (a chunk without windows counts its own similarity twice); a chunk outside
        Chroma's candidates counts the lowest candidate similarity, an upper bound, so a strong
        window can still lift it."""
        vector = self.index.embeddings.embed_query(query)
        similarities = dict(self.index.dense(vector, n=self.candidates, filters=filters))
        snapshot = self.index.snapshot
        if snapshot.window_search.matrix.size == 0 or not similarities:
            return list(similarities), similarities
        best = snapshot.window_search.best(vector, snapshot.mask(filters))
        floor = min(similarities.values())
        n = min(self.candidates, best.size)
        window_top = np.argpartition(-best, n - 1)[:n]
        ids = set(similarities) | {snapshot.chunks[i].chunk_id for i in window_top if best[i] > -1}
        scores = {}
        for chunk_id in ids:
            position = snapshot.position.get(chunk_id)
            if position is None:  # in a shared Chroma but not in this replica's table
                continue
            similarity = similarities.get(chunk_id, floor)
            window = float(best[position])
            scores[chunk_id] = similarity + (window if window > -1 else similarity)
        ranking = sorted(scores, key=lambda chunk_id: (-scores[chunk_id], chunk_id))
        return ranking[: self.candidates], similarities

    def _cards(self, query: str, filters: SearchFilters) -> list[str]:
        """The passages the closest method cards cite, closest card first."""
        if self.cards is None or self.weights.cards <= 0:
            return []
        if filters.language == "en":  # the cards quote Dutch passages
            return []
        ranking: list[str] = []
        collections = {filters.collection} if filters.collection else None
        if filters.collections is not None:
            collections = set(filters.collections) & (collections or set(filters.collections))
        matches = self.cards.match(query, k=3, collections=collections)
        for match in matches:
            if match.similarity < self.weights.card_floor:
                break
            for citation in match.citations:
                if filters.source in (None, citation.source) and citation.chunk_id not in ranking:
                    ranking.append(citation.chunk_id)
        return ranking

    def _questions(self, query: str, filters: SearchFilters) -> list[str]:
        """The passages whose questions are closest to the question, closest first."""
        if self.questions is None or self.weights.questions <= 0:
            return []
        snapshot = self.index.snapshot
        mask = snapshot.mask(filters)

        def allowed(chunk_id: str) -> bool:
            position = snapshot.position.get(chunk_id)
            return position is not None and (mask is None or bool(mask[position]))

        vector = self.index.embeddings.embed_query(query)
        return self.questions.ranking(vector, n=self.candidates, allowed=allowed)

    def hits(
        self,
        query: str,
        *,
        k: int | None = None,
        filters: SearchFilters | None = None,
        mode: Mode = "hybrid",
    ) -> list[SearchHit]:
        filters = filters or self.filters
        bm25 = self._bm25(query, filters) if mode != "dense" and self.weights.bm25 > 0 else {}
        dense_ranking, dense = (
            self._dense(query, filters) if mode != "bm25" and self.weights.dense > 0 else ([], {})
        )
        snapshot = self.index.snapshot
        bm25_weight = self.weights.bm25
        if detect_language(query) != (snapshot.main_language(filters) or "nl"):
            bm25_weight *= self.weights.cross_lingual
        cards = self._cards(query, filters) if mode == "hybrid" else []
        questions = self._questions(query, filters) if mode == "hybrid" else []
        fused = weighted_rrf(
            [
                (list(bm25), bm25_weight),
                (dense_ranking, self.weights.dense),
                (cards, self.weights.cards),
                (questions, self.weights.questions),
            ],
            rrf_k=self.weights.rrf_k,
        )
        hits: list[SearchHit] = []
        for chunk_id, score in fused.items():
            position = snapshot.position.get(chunk_id)
            if position is None:  # in a shared Chroma but not in this replica's table
                continue
            chunk = snapshot.chunks[position]
            hits.append(
                SearchHit(
                    **chunk.model_dump(include=set(HIT_FIELDS)),
                    score=score,
                    dense_similarity=dense.get(chunk_id),
                    bm25_score=bm25.get(chunk_id),
                )
            )
            if len(hits) == (k or self.k):
                break
        return hits

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun, **kwargs: Any
    ) -> list[Document]:
        return [
            Document(page_content=hit.text, metadata=hit.model_dump(exclude={"text"}))
            for hit in self.hits(query)
        ]
