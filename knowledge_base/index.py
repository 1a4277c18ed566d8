"""The index: a Chroma collection (dense) plus a BM25 index and chunk table persisted beside it.

Writes are idempotent and per document: chunk ids derive from source and content, so a
re-ingest embeds nothing, and a changed file replaces only its own chunks.
"""

from __future__ import annotations

import re
import shutil
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlparse

import numpy as np

from assistant.errors import NotFoundError, ProviderError
from assistant.messages import Text
from knowledge_base.bm25 import Bm25Index
from knowledge_base.embeddings import ChromaEmbeddingAdapter, Embeddings
from knowledge_base.models import Chunk, DocumentChange, IngestReport, SearchFilters, SourceInfo
from knowledge_base.store import (
    DocumentRecord,
    EmbeddingCache,
    Manifest,
    dump_chunks,
    dump_json,
    load_chunks,
    load_manifest,
    replace_dir,
    write_atomic,
)
from knowledge_base.windows import WindowMatrix, WindowSearch, sentence_windows, window_key

Progress = Callable[[int, int], None]
_EMBED_BATCH = 8
_CHROMA_BATCH = 1000
# Search breadth of the HNSW graph: the default (100) against 50 candidates dropped true
# neighbours on the shipped articles; exhaustive-like recall costs well under a millisecond.
HNSW_EF_SEARCH = 500


@dataclass
class PreparedDocument:
    info: SourceInfo
    content_hash: str
    chunks: list[Chunk]


@dataclass
class Snapshot:
    """An immutable view for searching; writers build a new one and swap it in."""

    chunks: list[Chunk] = field(default_factory=list)
    bm25: Bm25Index = field(default_factory=lambda: Bm25Index(None, 0))
    windows: WindowMatrix = field(default_factory=WindowMatrix)

    def __post_init__(self) -> None:
        self.position = {chunk.chunk_id: i for i, chunk in enumerate(self.chunks)}
        self.window_search = WindowSearch.bind(self.windows, self.position)
        self._columns = {
            "collection": np.array([c.collection for c in self.chunks], dtype=object),
            "source": np.array([c.source for c in self.chunks], dtype=object),
            "language": np.array([c.language for c in self.chunks], dtype=object),
        }

        self._main_language: dict[str, str | None] = {}

    def main_language(self, filters: SearchFilters) -> str | None:
        """The most common passage language among the chunks the filters select; memoised per
        filter, since a snapshot never changes (writers swap in a new one)."""
        key = filters.model_dump_json()
        if key not in self._main_language:
            mask = self.mask(filters)
            column = self._columns["language"]
            languages = column if mask is None else column[mask]
            main = None
            if languages.size:
                values, counts = np.unique(languages.astype(str), return_counts=True)
                main = str(values[int(np.argmax(counts))])
            self._main_language[key] = main
        return self._main_language[key]

    def mask(self, filters: SearchFilters) -> np.ndarray | None:
        selected = None
        for name, value in filters.model_dump(exclude_none=True).items():
            column = self._columns[name] == value
            selected = column if selected is None else selected & column
        return selected


def _collection_name(model: str) -> str:
    return "evalassist-" + re.sub(r"[^a-zA-Z0-9]+", "-", model).strip("-").lower()


def chroma_where(filters: SearchFilters) -> dict[str, Any] | None:
    clauses = [{key: value} for key, value in filters.model_dump(exclude_none=True).items()]
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


def _batches(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _metadata(chunk: Chunk) -> dict[str, Any]:
    data = chunk.model_dump(exclude={"chunk_id", "text", "authors"})
    data["authors"] = "; ".join(chunk.authors)
    return data


class KnowledgeIndex:
    def __init__(
        self,
        *,
        directory: Path,
        embeddings: Embeddings,
        chroma_url: str | None = None,
        caches: Sequence[Path] = (),
        window_caches: Sequence[Path] = (),
        windows: bool = True,
    ) -> None:
        """``caches`` / ``window_caches``: files of known chunk / sentence-window vectors;
        ``windows=False`` skips sentence windows (ingest embeds ~2.5x fewer texts, dense
        search uses the chunk vectors alone)."""
        self.directory = directory
        self.embeddings = embeddings
        self._chroma_url = chroma_url
        self._caches = caches
        self._window_caches = window_caches
        self._use_windows = windows
        self._lock = threading.RLock()
        self._collection: Any = None
        self._manifest = Manifest(model=embeddings.model_name)
        self.snapshot = Snapshot()
        self._opened = False
        self.last_embedded = 0

    @property
    def _model_dir(self) -> Path:
        return self.directory / _collection_name(self.embeddings.model_name)

    @property
    def manifest(self) -> Manifest:
        return self._manifest

    def _chroma(self) -> Any:
        if self._collection is None:
            import chromadb
            from chromadb.config import Settings as ChromaSettings

            options = ChromaSettings(anonymized_telemetry=False)
            try:
                if self._chroma_url:
                    url = urlparse(self._chroma_url)
                    client: Any = chromadb.HttpClient(
                        host=url.hostname or "127.0.0.1",
                        port=url.port or (443 if url.scheme == "https" else 8000),
                        ssl=url.scheme == "https",
                        settings=options,
                    )
                else:
                    client = chromadb.PersistentClient(
                        path=str(self.directory / "chroma"), settings=options
                    )
                self._collection = client.get_or_create_collection(
                    _collection_name(self.embeddings.model_name),
                    embedding_function=ChromaEmbeddingAdapter(self.embeddings),
                    configuration={"hnsw": {"space": "cosine", "ef_search": HNSW_EF_SEARCH}},
                )
            except Exception as exc:  # connection refused, bad URL, server error
                raise ProviderError(Text.of("kb.chroma_unavailable", reason=exc)) from exc
        return self._collection

    def open(self, progress: Progress | None = None) -> None:
        """Load the persisted BM25 index and chunk table; re-add chunks Chroma lacks."""
        with self._lock:
            if self._opened:
                return
            model_dir = self._model_dir
            self._manifest = load_manifest(model_dir / "manifest.json", self.embeddings.model_name)
            chunks = load_chunks(model_dir / "chunks.jsonl")
            bm25 = Bm25Index.load(model_dir / "bm25", len(chunks))
            if bm25.size != len(chunks):
                bm25 = Bm25Index.build(
                    [c.lexical_text() for c in chunks], [c.language for c in chunks]
                )
            windows = WindowMatrix()
            if self._use_windows:
                windows = WindowMatrix.load(model_dir / "windows.npz")
            self.snapshot = Snapshot(chunks, bm25, windows)
            self._repair(progress)
            self._repair_windows(progress)
            self._opened = True

    def _repair(self, progress: Progress | None) -> None:
        chunks = self.snapshot.chunks
        if self._chroma().count() == len(chunks):
            return
        present: set[str] = set()
        for batch in _batches([c.chunk_id for c in chunks], _CHROMA_BATCH):
            present.update(self._chroma().get(ids=list(batch), include=[])["ids"])
        missing = [c for c in chunks if c.chunk_id not in present]
        if missing:
            self._upsert(missing, self._vectors(missing, progress, window_chunks=[])[0])

    def _repair_windows(self, progress: Progress | None) -> None:
        """Embed the windows of chunks that have none (an index from before windows, or a
        write that stopped between Chroma and the window file)."""
        if not self._use_windows:
            return
        snapshot = self.snapshot
        covered = set(snapshot.windows.chunk_ids.tolist())
        missing = [c for c in snapshot.chunks if c.chunk_id not in covered]
        if not missing:
            return
        _, added = self._vectors([], progress, window_chunks=missing)
        windows = _merge(snapshot.windows, added, keep=set(snapshot.position))
        windows.save(self._model_dir / "windows.npz")
        self.snapshot = Snapshot(snapshot.chunks, snapshot.bm25, windows)

    def _cache(self, paths: Sequence[Path]) -> EmbeddingCache:
        cache = EmbeddingCache(self.embeddings.model_name)
        for path in paths:
            cache.load(path)
        return cache

    def _vectors(
        self,
        chunks: list[Chunk],
        progress: Progress | None,
        *,
        window_chunks: list[Chunk] | None = None,
    ) -> tuple[np.ndarray, WindowMatrix]:
        """Vectors for ``chunks`` and the window matrix of ``window_chunks`` (default: the
        same chunks): from the caches when known, else computed in batches, one progress."""
        cache = self._cache(self._caches)
        todo: list[tuple[str, str]] = [
            (c.chunk_id, c.embedding_text()) for c in chunks if cache.get(c.chunk_id) is None
        ]
        windows: list[tuple[str, list[str]]] = []
        window_cache = EmbeddingCache(self.embeddings.model_name)
        if self._use_windows:
            window_cache = self._cache(self._window_caches)
            for key, vector in self.snapshot.windows.by_key().items():
                window_cache.put(key, vector)
            for chunk in chunks if window_chunks is None else window_chunks:
                windows.append((chunk.chunk_id, sentence_windows(chunk.text)))
        texts = {window_key(t): t for _, ts in windows for t in ts}
        window_todo = [(k, t) for k, t in texts.items() if window_cache.get(k) is None]
        total = len(todo) + len(window_todo)
        if progress:
            progress(0, total)
        done = 0
        for target, items in ((cache, todo), (window_cache, window_todo)):
            for batch in _batches(items, _EMBED_BATCH):
                vectors = self.embeddings.embed_passages([text for _, text in batch])
                for (key, _), vector in zip(batch, vectors, strict=True):
                    target.put(key, vector)
                done += len(batch)
                if progress:
                    progress(done, total)
        self.last_embedded = total
        matrix = WindowMatrix.build(windows, dict(window_cache.items()))
        if not chunks:
            return np.zeros((0, 0), dtype=np.float32), matrix
        found = [cache.get(c.chunk_id) for c in chunks]
        return np.stack([v for v in found if v is not None]), matrix

    def _upsert(self, chunks: list[Chunk], vectors: np.ndarray) -> None:
        for start in range(0, len(chunks), _CHROMA_BATCH):
            batch = chunks[start : start + _CHROMA_BATCH]
            self._chroma().upsert(
                ids=[c.chunk_id for c in batch],
                embeddings=vectors[start : start + _CHROMA_BATCH],
                documents=[c.text for c in batch],
                metadatas=[_metadata(c) for c in batch],
            )

    def apply(
        self, documents: Sequence[PreparedDocument], *, progress: Progress | None = None
    ) -> IngestReport:
        """Add or replace documents; unchanged ones (same hash and chunk ids) cost nothing."""
        began = time.perf_counter()
        with self._lock:
            self.open()
            changes: list[DocumentChange] = []
            records = dict(self._manifest.documents)
            adding: list[Chunk] = []
            removing: set[str] = set()
            replaced: set[str] = set()
            for doc in documents:
                key = Manifest.key(doc.info.collection, doc.info.doc_id)
                old = records.get(key)
                old_ids = set(old.chunk_ids) if old else set()
                new_ids = [c.chunk_id for c in doc.chunks]
                doc.info.chunks = len(new_ids)
                if old and old.content_hash == doc.content_hash and old.chunk_ids == new_ids:
                    changes.append(self._change(doc, "unchanged", kept=len(new_ids)))
                    continue
                adding.extend(doc.chunks)
                removing |= old_ids - set(new_ids)
                replaced.add(key)
                records[key] = DocumentRecord(
                    info=doc.info, content_hash=doc.content_hash, chunk_ids=new_ids
                )
                status: Literal["added", "replaced"] = "replaced" if old else "added"
                changes.append(
                    self._change(
                        doc,
                        status,
                        added=len(set(new_ids) - old_ids),
                        removed=len(old_ids - set(new_ids)),
                        kept=len(old_ids & set(new_ids)),
                    )
                )
            self.last_embedded = 0
            if replaced:
                vectors, windows = self._vectors(adding, progress)
                self._upsert(adding, vectors)
                self._delete(sorted(removing))
                kept = [
                    c
                    for c in self.snapshot.chunks
                    if Manifest.key(c.collection, c.doc_id) not in replaced
                ]
                self._commit(kept + adding, records, windows)
            return IngestReport(
                documents=changes,
                embedded=self.last_embedded,
                seconds=round(time.perf_counter() - began, 3),
            )

    @staticmethod
    def _change(
        doc: PreparedDocument,
        status: Literal["added", "replaced", "unchanged"],
        *,
        added: int = 0,
        removed: int = 0,
        kept: int = 0,
    ) -> DocumentChange:
        return DocumentChange(
            collection=doc.info.collection,
            doc_id=doc.info.doc_id,
            status=status,
            chunks_added=added,
            chunks_removed=removed,
            chunks_kept=kept,
        )

    def remove(self, collection: str, doc_id: str) -> DocumentChange:
        with self._lock:
            self.open()
            key = Manifest.key(collection, doc_id)
            records = dict(self._manifest.documents)
            record = records.pop(key, None)
            if record is None:
                raise NotFoundError(
                    Text.of(
                        "kb.document_not_found", doc_id=repr(doc_id), collection=repr(collection)
                    )
                )
            self._delete(record.chunk_ids)
            kept = [c for c in self.snapshot.chunks if Manifest.key(c.collection, c.doc_id) != key]
            self._commit(kept, records, WindowMatrix())
            return DocumentChange(
                collection=collection,
                doc_id=doc_id,
                status="removed",
                chunks_removed=len(record.chunk_ids),
            )

    def _delete(self, ids: Sequence[str]) -> None:
        for batch in _batches(list(ids), _CHROMA_BATCH):
            self._chroma().delete(ids=list(batch))

    def _commit(
        self, chunks: list[Chunk], records: dict[str, DocumentRecord], added: WindowMatrix
    ) -> None:
        """Persist chunk table, BM25 index, window vectors and manifest, then swap in the new
        snapshot. ``added`` holds the windows of the new chunks; kept chunks keep theirs."""
        model_dir = self._model_dir
        windows = _merge(self.snapshot.windows, added, keep={c.chunk_id for c in chunks})
        windows.save(model_dir / "windows.npz")
        bm25 = Bm25Index.build([c.lexical_text() for c in chunks], [c.language for c in chunks])
        staged = model_dir / "bm25.new"
        if staged.exists():
            shutil.rmtree(staged)
        bm25.save(staged)
        staged.mkdir(parents=True, exist_ok=True)
        replace_dir(model_dir / "bm25", staged)
        write_atomic(model_dir / "chunks.jsonl", dump_chunks(chunks))
        manifest = Manifest(model=self.embeddings.model_name, documents=records)
        write_atomic(model_dir / "manifest.json", dump_json(manifest))
        self._manifest = manifest
        self.snapshot = Snapshot(chunks, bm25, windows)

    def dense(
        self, vector: np.ndarray, *, n: int, filters: SearchFilters
    ) -> list[tuple[str, float]]:
        """Chunk ids and cosine similarities of the ``n`` nearest passages."""
        if not self.snapshot.chunks:
            return []
        result = self._chroma().query(
            query_embeddings=[vector],
            n_results=min(n, len(self.snapshot.chunks)),
            where=chroma_where(filters),
            include=["distances"],
        )
        ids = result["ids"][0]
        distances = result["distances"][0] if result.get("distances") else [1.0] * len(ids)
        return [(i, 1.0 - float(d)) for i, d in zip(ids, distances, strict=True)]


def _merge(old: WindowMatrix, added: WindowMatrix, *, keep: set[str]) -> WindowMatrix:
    """The rows of ``old`` whose chunk is in ``keep`` and not re-windowed in ``added``, then
    ``added``."""
    renewed = set(added.chunk_ids.tolist())
    rows = [
        i
        for i, chunk_id in enumerate(old.chunk_ids.tolist())
        if chunk_id in keep and chunk_id not in renewed
    ]
    if not rows:
        return added
    if added.size == 0:
        return WindowMatrix(old.vectors[rows], old.keys[rows], old.chunk_ids[rows])
    return WindowMatrix(
        np.concatenate([old.vectors[rows], added.vectors]),
        np.concatenate([old.keys[rows], added.keys]),
        np.concatenate([old.chunk_ids[rows], added.chunk_ids]),
    )
