"""The offline answerer embeds each candidate sentence once, however often it is asked."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from knowledge_base.answer import OfflineAnswerer
from knowledge_base.models import SearchHit

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
