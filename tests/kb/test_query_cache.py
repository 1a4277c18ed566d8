"""The question-embedding LRU cache: repeats skip the model, passages pass through."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from knowledge_base.embeddings import CachedQueryEmbeddings


class CountingEmbeddings:
    model_name = "test/counting"

    def __init__(self) -> None:
        self.queries: list[str] = []
        self.passages = 0

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        self.passages += len(texts)
        return np.ones((len(texts), 3), dtype=np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        self.queries.append(text)
        return np.array([len(text), 1.0, 0.0], dtype=np.float32)


def test_repeated_question_is_embedded_once() -> None:
    inner = CountingEmbeddings()
    cached = CachedQueryEmbeddings(inner)
    first = cached.embed_query("wat is ROI?")
    second = cached.embed_query("wat is ROI?")
    assert inner.queries == ["wat is ROI?"]
    assert np.array_equal(first, second)
    assert cached.model_name == "test/counting"


def test_cached_vectors_are_read_only() -> None:
    vector = CachedQueryEmbeddings(CountingEmbeddings()).embed_query("q")
    with pytest.raises(ValueError):
        vector[0] = 5.0


def test_least_recently_used_question_is_evicted() -> None:
    inner = CountingEmbeddings()
    cached = CachedQueryEmbeddings(inner, size=2)
    cached.embed_query("a")
    cached.embed_query("b")
    cached.embed_query("a")  # "b" is now the oldest
    cached.embed_query("c")
    cached.embed_query("a")
    cached.embed_query("b")
    assert inner.queries == ["a", "b", "c", "b"]


def test_passages_are_never_cached() -> None:
    inner = CountingEmbeddings()
    cached = CachedQueryEmbeddings(inner)
    cached.embed_passages(["x", "y"])
    cached.embed_passages(["x", "y"])
    assert inner.passages == 4
