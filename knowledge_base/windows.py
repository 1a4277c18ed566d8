"""Sentence windows: short runs of a passage's sentences, embedded on their own.

A 600-1000 character chunk averages several ideas into one vector; a question about one of
them (often worded differently from the article, or in English) can miss it. Each chunk also
gets the vectors of its sentence windows, and its dense score becomes the chunk's similarity
plus that of its best window (max-pooling, "small to big" retrieval).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from knowledge_base.chunking import sentence_spans

WINDOW_CHARS = 350


def sentence_windows(text: str, *, limit: int = WINDOW_CHARS) -> list[str]:
    """From each sentence, as many following sentences as fit in ``limit`` characters (at least
    the sentence itself); distinct windows in text order, line breaks as spaces."""
    spans = sentence_spans(text, 0, len(text))
    windows: dict[str, None] = {}
    for first in range(len(spans)):
        last = first
        while last + 1 < len(spans) and spans[last + 1].end - spans[first].start <= limit:
            last += 1
        windows[text[spans[first].start : spans[last].end].replace("\n", " ")] = None
    return list(windows)


def window_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _empty_vectors() -> np.ndarray:
    return np.zeros((0, 0), dtype=np.float32)


def _empty_strings() -> np.ndarray:
    return np.zeros(0, dtype=str)


@dataclass(frozen=True)
class WindowMatrix:
    """Window vectors (rows), each with its window key and the id of the chunk it belongs to."""

    vectors: np.ndarray = field(default_factory=_empty_vectors)
    keys: np.ndarray = field(default_factory=_empty_strings)
    chunk_ids: np.ndarray = field(default_factory=_empty_strings)

    @property
    def size(self) -> int:
        return int(self.keys.size)

    def select(self, chunk_ids: set[str]) -> WindowMatrix:
        """The rows of the windows of ``chunk_ids``."""
        rows = [i for i, owner in enumerate(self.chunk_ids.tolist()) if owner in chunk_ids]
        if not rows:
            return WindowMatrix()
        return WindowMatrix(self.vectors[rows], self.keys[rows], self.chunk_ids[rows])

    def per_chunk(self) -> dict[str, tuple[list[str], bytes]]:
        """Each chunk's window keys and their float16 vectors as bytes (how they are stored)."""
        rows: dict[str, list[int]] = {}
        for row, owner in enumerate(self.chunk_ids.tolist()):
            rows.setdefault(str(owner), []).append(row)
        vectors = self.vectors.astype(np.float16)
        return {
            owner: ([str(self.keys[r]) for r in owned], vectors[owned].tobytes())
            for owner, owned in rows.items()
        }

    def by_key(self) -> dict[str, np.ndarray]:
        return {str(key): row for key, row in zip(self.keys, self.vectors, strict=True)}

    def owners(self, position: Mapping[str, int]) -> np.ndarray:
        """Each row's chunk position in a snapshot (-1 for a chunk it does not hold)."""
        return np.array([position.get(str(i), -1) for i in self.chunk_ids], dtype=np.int64)

    @classmethod
    def build(
        cls, windows: Sequence[tuple[str, Sequence[str]]], vectors: Mapping[str, np.ndarray]
    ) -> WindowMatrix:
        """``windows`` pairs a chunk id with its window texts; ``vectors`` maps window keys to
        vectors (a window without one is left out)."""
        rows: list[np.ndarray] = []
        keys: list[str] = []
        owners: list[str] = []
        for chunk_id, texts in windows:
            for text in texts:
                key = window_key(text)
                vector = vectors.get(key)
                if vector is not None:
                    rows.append(vector)
                    keys.append(key)
                    owners.append(chunk_id)
        if not rows:
            return cls()
        return cls(np.stack(rows).astype(np.float32), np.array(keys), np.array(owners))

    def save(self, path: Path) -> None:
        """Write atomically (a crash leaves the old file, whose missing rows a later open
        re-embeds)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        staged = path.with_name(path.name + ".tmp")
        with staged.open("wb") as handle:
            np.savez(
                handle,
                vectors=self.vectors.astype(np.float16),
                keys=self.keys,
                chunk_ids=self.chunk_ids,
            )
        os.replace(staged, path)

    @classmethod
    def load(cls, path: Path) -> WindowMatrix:
        if not path.exists():
            return cls()
        with np.load(path, allow_pickle=False) as data:
            return cls(data["vectors"].astype(np.float32), data["keys"], data["chunk_ids"])


@dataclass(frozen=True)
class WindowSearch:
    """A window matrix bound to one snapshot's chunk positions, for scoring queries."""

    matrix: WindowMatrix
    owners: np.ndarray
    chunks: int

    @classmethod
    def bind(cls, matrix: WindowMatrix, position: Mapping[str, int]) -> WindowSearch:
        owners = matrix.owners(position)
        keep = owners >= 0
        if not keep.all():
            matrix = WindowMatrix(matrix.vectors[keep], matrix.keys[keep], matrix.chunk_ids[keep])
            owners = owners[keep]
        return cls(matrix, owners, len(position))

    def best(self, query: np.ndarray, mask: np.ndarray | None = None) -> np.ndarray:
        """Per chunk, the cosine similarity of its best window (-1 for none or masked out)."""
        best = np.full(self.chunks, -1.0, dtype=np.float32)
        if self.matrix.size:
            similarities = self.matrix.vectors @ np.asarray(query, dtype=np.float32)
            np.maximum.at(best, self.owners, similarities)
        if mask is not None:
            best[~mask] = -1.0
        return best
