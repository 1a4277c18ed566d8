"""The knowledge base's records in the shared database: what every replica reads its local
search index from, and where every write goes first.

A write runs in ``KbStore.writing()``: it bumps the model's version before anything else, which
takes the version row's lock (SQLite: the write lock), so writers on any replica go one at a
time and see each other's documents; readers poll ``version()`` and reload when it moved.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import numpy as np
from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from knowledge_base.models import Chunk, SourceInfo
from knowledge_base.store import DocumentRecord, Manifest
from knowledge_base.tables import KbChunkRow, KbDocumentRow, KbVersionRow
from knowledge_base.windows import WindowMatrix


@dataclass
class Loaded:
    """Everything a replica needs to search, as of ``version``."""

    version: int
    records: dict[str, DocumentRecord]
    chunks: list[Chunk]
    windows: WindowMatrix
    cards: dict[str, list[dict[str, Any]]]


def _record(row: KbDocumentRow) -> DocumentRecord:
    return DocumentRecord(
        info=SourceInfo.model_validate(row.info),
        content_hash=row.content_hash,
        chunk_ids=list(row.chunk_ids),
    )


class Writer:
    """The documents of one write transaction (the version already bumped)."""

    def __init__(self, session: Session, model: str) -> None:
        self.session = session
        self.model = model

    def record(self, collection: str, doc_id: str) -> DocumentRecord | None:
        row = self.session.get(KbDocumentRow, (self.model, collection, doc_id))
        return _record(row) if row is not None else None

    def put(
        self,
        record: DocumentRecord,
        chunks: list[Chunk],
        windows: WindowMatrix,
        *,
        cards: list[dict[str, Any]] | None = None,
    ) -> None:
        """Add or replace one document with its chunks and their sentence windows."""
        info = record.info
        self.remove(info.collection, info.doc_id)
        self.session.execute(
            insert(KbDocumentRow).values(
                model=self.model,
                collection=info.collection,
                doc_id=info.doc_id,
                info=info.model_dump(mode="json"),
                content_hash=record.content_hash,
                chunk_ids=record.chunk_ids,
                cards=cards,
                updated_at=datetime.now(UTC),
            )
        )
        stored = windows.per_chunk()
        if chunks:
            self.session.execute(
                insert(KbChunkRow),
                [
                    {
                        "model": self.model,
                        "chunk_id": chunk.chunk_id,
                        "collection": chunk.collection,
                        "doc_id": chunk.doc_id,
                        "ordinal": ordinal,
                        "chunk": chunk.model_dump(mode="json"),
                        "window_keys": stored.get(chunk.chunk_id, ([], b""))[0],
                        "window_vectors": stored.get(chunk.chunk_id, ([], b""))[1],
                    }
                    for ordinal, chunk in enumerate(chunks)
                ],
            )

    def set_cards(self, collection: str, doc_id: str, cards: list[dict[str, Any]]) -> None:
        self.session.execute(
            update(KbDocumentRow)
            .where(*self._document(collection, doc_id))
            .values(cards=cards, updated_at=datetime.now(UTC))
        )

    def put_windows(self, windows: WindowMatrix) -> None:
        """Store sentence windows of chunks that had none (an index from before windows)."""
        for chunk_id, (keys, vectors) in windows.per_chunk().items():
            self.session.execute(
                update(KbChunkRow)
                .where(KbChunkRow.model == self.model, KbChunkRow.chunk_id == chunk_id)
                .values(window_keys=keys, window_vectors=vectors)
            )

    def remove(self, collection: str, doc_id: str) -> DocumentRecord | None:
        """Delete one document and its chunks; what was there (``None``: nothing)."""
        old = self.record(collection, doc_id)
        if old is not None:
            self.session.execute(
                delete(KbChunkRow).where(
                    KbChunkRow.model == self.model,
                    KbChunkRow.collection == collection,
                    KbChunkRow.doc_id == doc_id,
                )
            )
            self.session.execute(delete(KbDocumentRow).where(*self._document(collection, doc_id)))
        return old

    def _document(self, collection: str, doc_id: str) -> tuple[Any, ...]:
        return (
            KbDocumentRow.model == self.model,
            KbDocumentRow.collection == collection,
            KbDocumentRow.doc_id == doc_id,
        )


class KbStore:
    """One embedding model's documents in the shared database."""

    def __init__(self, sessions: sessionmaker[Session], model: str) -> None:
        self.sessions = sessions
        self.model = model

    def version(self) -> int:
        with self.sessions() as session:
            return session.scalar(select(KbVersionRow.version).where(self._mine())) or 0

    def is_empty(self) -> bool:
        with self.sessions() as session:
            found = session.scalar(
                select(KbDocumentRow.doc_id).where(KbDocumentRow.model == self.model).limit(1)
            )
            return found is None

    @contextmanager
    def writing(self) -> Iterator[Writer]:
        """One write: the version bumped first (the writers' lock), committed with the rest."""
        self._ensure_version_row()
        with self.sessions.begin() as session:
            session.execute(
                update(KbVersionRow)
                .where(self._mine())
                .values(version=KbVersionRow.version + 1, updated_at=datetime.now(UTC))
            )
            yield Writer(session, self.model)

    def load(self) -> Loaded:
        """The documents, chunks (in document order), windows and drafted cards, consistently
        as of one version."""
        with self.sessions.begin() as session:
            version = session.scalar(select(KbVersionRow.version).where(self._mine())) or 0
            documents = session.scalars(
                select(KbDocumentRow)
                .where(KbDocumentRow.model == self.model)
                .order_by(KbDocumentRow.collection, KbDocumentRow.doc_id)
            ).all()
            rows = session.execute(
                select(
                    KbChunkRow.chunk,
                    KbChunkRow.chunk_id,
                    KbChunkRow.window_keys,
                    KbChunkRow.window_vectors,
                )
                .where(KbChunkRow.model == self.model)
                .order_by(KbChunkRow.collection, KbChunkRow.doc_id, KbChunkRow.ordinal)
            ).all()
        records = {Manifest.key(d.collection, d.doc_id): _record(d) for d in documents}
        cards = {Manifest.key(d.collection, d.doc_id): d.cards for d in documents if d.cards}
        chunks = [Chunk.model_validate(row.chunk) for row in rows]
        return Loaded(version, records, chunks, _windows(rows), cards)

    def _ensure_version_row(self) -> None:
        with self.sessions() as session:
            if session.scalar(select(KbVersionRow.version).where(self._mine())) is not None:
                return
        try:
            with self.sessions.begin() as session:
                session.add(KbVersionRow(model=self.model, version=0, updated_at=datetime.now(UTC)))
        except IntegrityError:  # another replica made it first
            pass

    def _mine(self) -> Any:
        return KbVersionRow.model == self.model


def _windows(rows: Any) -> WindowMatrix:
    keys: list[str] = []
    owners: list[str] = []
    blocks: list[np.ndarray] = []
    for row in rows:
        if not row.window_keys:
            continue
        vectors = np.frombuffer(row.window_vectors, dtype=np.float16)
        blocks.append(vectors.reshape(len(row.window_keys), -1))
        keys.extend(row.window_keys)
        owners.extend([row.chunk_id] * len(row.window_keys))
    if not blocks:
        return WindowMatrix()
    return WindowMatrix(np.concatenate(blocks).astype(np.float32), np.array(keys), np.array(owners))
