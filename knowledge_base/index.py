"""The index: a Chroma collection (dense vectors) and, in this process, a BM25 index and the
sentence-window matrix, both built from the documents and chunks in the shared database.

Writes are idempotent and per document: chunk ids derive from source and content, so a
re-ingest embeds nothing, and a changed file replaces only its own chunks. Every write goes to
the database (and Chroma) first; each process reloads its snapshot when the shared version moves,
so replicas sharing a database and a Chroma server see one knowledge base.
"""

from __future__ import annotations

import fcntl
import json
import re
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Literal
from urllib.parse import urlparse

import numpy as np
from sqlalchemy.orm import Session, sessionmaker

from assistant.errors import NotFoundError, UnavailableError
from assistant.messages import Text
from knowledge_base.bm25 import Bm25Index
from knowledge_base.embeddings import ChromaEmbeddingAdapter, Embeddings
from knowledge_base.models import Chunk, DocumentChange, IngestReport, SearchFilters, SourceInfo
from knowledge_base.shared import KbStore
from knowledge_base.store import (
    DocumentRecord,
    EmbeddingCache,
    Manifest,
    load_chunks,
    load_manifest,
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
        self.collections = frozenset(c.collection for c in self.chunks)

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
            if name == "collections":
                column = np.isin(self._columns["collection"], list(value))
            else:
                column = self._columns[name] == value
            selected = column if selected is None else selected & column
        return selected


def _collection_name(model: str) -> str:
    return "evalassist-" + re.sub(r"[^a-zA-Z0-9]+", "-", model).strip("-").lower()


def chroma_where(filters: SearchFilters) -> dict[str, Any] | None:
    clauses = [
        {"collection": {"$in": list(value)}} if key == "collections" else {key: value}
        for key, value in filters.model_dump(exclude_none=True).items()
    ]
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
        sessions: sessionmaker[Session],
        chroma_url: str | None = None,
        caches: Sequence[Path] = (),
        window_caches: Sequence[Path] = (),
        windows: bool = True,
    ) -> None:
        """``directory``: the embedded Chroma (without ``chroma_url``) and files of an index
        from before the database; ``sessions``: the shared database; ``caches`` /
        ``window_caches``: files of known chunk / sentence-window vectors; ``windows=False``
        skips sentence windows (ingest embeds ~2.5x fewer texts, dense search uses the chunk
        vectors alone)."""
        self.directory = directory
        self.embeddings = embeddings
        self.store = KbStore(sessions, embeddings.model_name)
        self._chroma_url = chroma_url
        self._caches = caches
        self._window_caches = window_caches
        self._use_windows = windows
        self._lock = threading.RLock()
        self._collection: Any = None
        self._chroma_lock: IO[str] | None = None
        self._manifest = Manifest(model=embeddings.model_name)
        self.drafted: dict[str, list[dict[str, Any]]] = {}
        self.snapshot = Snapshot()
        self.version = -1
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
                    self._lock_embedded_chroma()
                    client = chromadb.PersistentClient(
                        path=str(self.directory / "chroma"), settings=options
                    )
                self._collection = client.get_or_create_collection(
                    _collection_name(self.embeddings.model_name),
                    embedding_function=ChromaEmbeddingAdapter(self.embeddings),
                    configuration={"hnsw": {"space": "cosine", "ef_search": HNSW_EF_SEARCH}},
                )
            except UnavailableError:
                raise
            except Exception as exc:  # connection refused, bad URL, server error
                raise UnavailableError(Text.of("kb.chroma_unavailable", reason=exc)) from exc
        return self._collection

    def _lock_embedded_chroma(self) -> None:
        """An embedded Chroma belongs to one process: a second one on the same data directory
        would keep its own copy of the vectors and lose the other's writes."""
        if self._chroma_lock is not None:
            return
        self.directory.mkdir(parents=True, exist_ok=True)
        handle = (self.directory / "chroma.lock").open("a")
        try:
            fcntl.lockf(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            handle.close()
            raise UnavailableError(
                Text.of("kb.chroma_in_use", path=str(self.directory / "chroma"))
            ) from exc
        self._chroma_lock = handle

    def close(self) -> None:
        """Let go of the embedded Chroma (another process may open it after this one)."""
        if self._chroma_lock is not None:
            self._chroma_lock.close()
            self._chroma_lock = None

    def ping(self) -> None:
        """Raise ``UnavailableError`` unless Chroma answers."""
        try:
            self._chroma().count()
        except UnavailableError:
            raise
        except Exception as exc:
            raise UnavailableError(Text.of("kb.chroma_unavailable", reason=exc)) from exc

    def open(self, progress: Progress | None = None) -> None:
        """Load the documents from the database (once importing an index from before it),
        build the local BM25 index, and re-add chunks or windows the stores lack."""
        with self._lock:
            if self._opened:
                return
            self._import_files()
            self._load()
            self._repair(progress)
            self._repair_windows(progress)
            self._opened = True

    def refresh(self) -> bool:
        """Reload the snapshot if another process changed the shared knowledge base; whether
        it did. Cheap when nothing changed: one small query."""
        if not self._opened or self.store.version() == self.version:
            return False
        with self._lock:
            if self.store.version() == self.version:
                return False
            self._load()
            return True

    def _load(self) -> None:
        loaded = self.store.load()
        chunks = loaded.chunks
        bm25 = Bm25Index.build([c.lexical_text() for c in chunks], [c.language for c in chunks])
        windows = loaded.windows if self._use_windows else WindowMatrix()
        self._manifest = Manifest(model=self.embeddings.model_name, documents=loaded.records)
        self.drafted = loaded.cards
        self.snapshot = Snapshot(chunks, bm25, windows)
        self.version = loaded.version

    def _import_files(self) -> None:
        """An index kept in files (before the database held it) moves into the database once,
        its organisation documents and drafted cards with it."""
        model_dir = self._model_dir
        manifest_path = model_dir / "manifest.json"
        if not manifest_path.is_file() or not self.store.is_empty():
            return
        manifest = load_manifest(manifest_path, self.embeddings.model_name)
        chunks = load_chunks(model_dir / "chunks.jsonl")
        windows = WindowMatrix.load(model_dir / "windows.npz")
        by_document: dict[str, list[Chunk]] = {}
        for chunk in chunks:
            by_document.setdefault(Manifest.key(chunk.collection, chunk.doc_id), []).append(chunk)
        with self.store.writing() as writer:
            for key, record in manifest.documents.items():
                owned = by_document.get(key, [])
                drafts = (
                    self.directory / "cards" / record.info.collection / f"{record.info.doc_id}.json"
                )
                cards = json.loads(drafts.read_text("utf-8")) if drafts.is_file() else None
                mine = windows.select({c.chunk_id for c in owned})
                writer.put(record, owned, mine, cards=cards)

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
        write that stopped half-way) and store them."""
        if not self._use_windows:
            return
        snapshot = self.snapshot
        covered = set(snapshot.windows.chunk_ids.tolist())
        missing = [c for c in snapshot.chunks if c.chunk_id not in covered]
        if not missing:
            return
        _, added = self._vectors([], progress, window_chunks=missing)
        if added.size:
            with self.store.writing() as writer:
                writer.put_windows(added)
        self._load()

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
        """Add or replace documents; unchanged ones (same hash and chunk ids) cost nothing.
        Vectors are computed before the write; the write itself re-checks each document
        against the database, so a replica that lost the race to write it writes nothing."""
        began = time.perf_counter()
        with self._lock:
            self.open()
            self.refresh()
            known = self._manifest.documents
            changing = [doc for doc in documents if not _same(known.get(_key(doc)), doc)]
            self.last_embedded = 0
            vectors, windows = self._vectors([c for doc in changing for c in doc.chunks], progress)
            offset, rows = 0, {}
            for doc in changing:
                rows[_key(doc)] = (offset, offset + len(doc.chunks))
                offset += len(doc.chunks)
            changes: list[DocumentChange] = []
            with self.store.writing() as writer:
                for doc in documents:
                    old = writer.record(doc.info.collection, doc.info.doc_id)
                    new_ids = [c.chunk_id for c in doc.chunks]
                    doc.info.chunks = len(new_ids)
                    if _same(old, doc) or _key(doc) not in rows:
                        changes.append(self._change(doc, "unchanged", kept=len(new_ids)))
                        continue
                    first, last = rows[_key(doc)]
                    self._upsert(doc.chunks, vectors[first:last])
                    old_ids = set(old.chunk_ids) if old else set()
                    self._delete(sorted(old_ids - set(new_ids)))
                    mine = set(new_ids)
                    writer.put(
                        DocumentRecord(
                            info=doc.info, content_hash=doc.content_hash, chunk_ids=new_ids
                        ),
                        doc.chunks,
                        windows.select(mine),
                    )
                    status: Literal["added", "replaced"] = "replaced" if old else "added"
                    changes.append(
                        self._change(
                            doc,
                            status,
                            added=len(mine - old_ids),
                            removed=len(old_ids - mine),
                            kept=len(old_ids & mine),
                        )
                    )
            self._load()
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
        """Delete a document from the database and Chroma (on any replica: the database, not
        this process's snapshot, says whether it exists)."""
        with self._lock:
            self.open()
            with self.store.writing() as writer:
                record = writer.remove(collection, doc_id)
                if record is None:
                    raise NotFoundError(
                        Text.of(
                            "kb.document_not_found",
                            doc_id=repr(doc_id),
                            collection=repr(collection),
                        )
                    )
                self._delete(record.chunk_ids)
            self._load()
            return DocumentChange(
                collection=collection,
                doc_id=doc_id,
                status="removed",
                chunks_removed=len(record.chunk_ids),
            )

    def set_cards(self, collection: str, doc_id: str, cards: list[dict[str, Any]]) -> None:
        """Store the method cards drafted from a document beside it."""
        with self._lock, self.store.writing() as writer:
            writer.set_cards(collection, doc_id, cards)
        self.drafted[Manifest.key(collection, doc_id)] = cards

    def _delete(self, ids: Sequence[str]) -> None:
        for batch in _batches(list(ids), _CHROMA_BATCH):
            self._chroma().delete(ids=list(batch))

    def dense(
        self, vector: np.ndarray, *, n: int, filters: SearchFilters
    ) -> list[tuple[str, float]]:
        """Chunk ids and cosine similarities of the ``n`` nearest passages (of this snapshot:
        vectors of a write another replica has not committed yet are left out)."""
        snapshot = self.snapshot
        if not snapshot.chunks:
            return []
        try:
            result = self._chroma().query(
                query_embeddings=[vector],
                n_results=min(n, len(snapshot.chunks)),
                where=chroma_where(filters),
                include=["distances"],
            )
        except UnavailableError:
            raise
        except Exception as exc:  # the Chroma server went away mid-request
            raise UnavailableError(Text.of("kb.chroma_unavailable", reason=exc)) from exc
        ids = result["ids"][0]
        distances = result["distances"][0] if result.get("distances") else [1.0] * len(ids)
        return [
            (i, 1.0 - float(d))
            for i, d in zip(ids, distances, strict=True)
            if i in snapshot.position
        ]


def _key(doc: PreparedDocument) -> str:
    return Manifest.key(doc.info.collection, doc.info.doc_id)


def _same(record: DocumentRecord | None, doc: PreparedDocument) -> bool:
    return (
        record is not None
        and record.content_hash == doc.content_hash
        and record.chunk_ids == [c.chunk_id for c in doc.chunks]
    )


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
