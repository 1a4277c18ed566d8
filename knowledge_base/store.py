"""The manifest of documents, the readers of an index kept in files before the database held it,
and embedding caches."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from pydantic import BaseModel, Field

from knowledge_base.arrays import read_npz
from knowledge_base.models import Chunk, SourceInfo

SHIPPED_CACHE = Path(__file__).parent / "sources" / "embeddings.npz"
SHIPPED_WINDOWS = Path(__file__).parent / "sources" / "window_embeddings.npz"


class DocumentRecord(BaseModel):
    info: SourceInfo
    content_hash: str
    chunk_ids: list[str] = Field(default_factory=list)


class Manifest(BaseModel):
    model: str
    documents: dict[str, DocumentRecord] = Field(default_factory=dict)

    @staticmethod
    def key(collection: str, doc_id: str) -> str:
        return f"{collection}/{doc_id}"


def load_manifest(path: Path, model: str) -> Manifest:
    if not path.exists():
        return Manifest(model=model)
    return Manifest.model_validate_json(path.read_text("utf-8"))


def load_chunks(path: Path) -> list[Chunk]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as handle:
        return [Chunk.model_validate_json(line) for line in handle if line.strip()]


class EmbeddingCache:
    """Embeddings by chunk id for one model; the shipped file spares a first start ~100 s."""

    def __init__(self, model: str) -> None:
        self.model = model
        self._vectors: dict[str, np.ndarray] = {}

    def load(self, path: Path) -> EmbeddingCache:
        if path.exists():
            data = read_npz(path)
            if str(data["model"]) == self.model:
                vectors = data["vectors"]
                self._vectors.update(zip(data["ids"].tolist(), vectors, strict=True))
        return self

    def __len__(self) -> int:
        return len(self._vectors)

    def items(self) -> list[tuple[str, np.ndarray]]:
        return list(self._vectors.items())

    def get(self, chunk_id: str) -> np.ndarray | None:
        return self._vectors.get(chunk_id)

    def put(self, chunk_id: str, vector: np.ndarray) -> None:
        self._vectors[chunk_id] = vector

    def save(self, path: Path, ids: list[str]) -> None:
        vectors = np.stack([self._vectors[i] for i in ids]).astype(np.float16)
        np.savez_compressed(path, model=np.array(self.model), ids=np.array(ids), vectors=vectors)
