"""The knowledge base's source of truth, in the shared database: its documents, their chunks
(each with its sentence-window vectors) and a version per embedding model that every write
bumps, so each replica knows when to reload its local search index."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Index, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from assistant.store.db import Base


class KbDocumentRow(Base):
    __tablename__ = "kb_documents"

    model: Mapped[str] = mapped_column(String(200), primary_key=True)
    collection: Mapped[str] = mapped_column(String(63), primary_key=True)
    doc_id: Mapped[str] = mapped_column(String(255), primary_key=True)
    info: Mapped[dict[str, Any]] = mapped_column(JSON)
    content_hash: Mapped[str] = mapped_column(String(64))
    chunk_ids: Mapped[list[str]] = mapped_column(JSON)
    # Method cards a language model drafted from the document (None: none drafted).
    cards: Mapped[list[dict[str, Any]] | None] = mapped_column(
        JSON(none_as_null=True), nullable=True
    )
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class KbChunkRow(Base):
    __tablename__ = "kb_chunks"
    __table_args__ = (Index("ix_kb_chunks_document", "model", "collection", "doc_id"),)

    model: Mapped[str] = mapped_column(String(200), primary_key=True)
    chunk_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    collection: Mapped[str] = mapped_column(String(63))
    doc_id: Mapped[str] = mapped_column(String(255))
    ordinal: Mapped[int] = mapped_column(Integer)
    chunk: Mapped[dict[str, Any]] = mapped_column(JSON)
    # The chunk's sentence windows: their keys and float16 vectors, row after row.
    window_keys: Mapped[list[str]] = mapped_column(JSON)
    window_vectors: Mapped[bytes] = mapped_column(LargeBinary)


class KbVersionRow(Base):
    """One row per embedding model; a writer bumps ``version`` first thing in its transaction,
    which also serialises writers (the row lock, or SQLite's write lock)."""

    __tablename__ = "kb_versions"

    model: Mapped[str] = mapped_column(String(200), primary_key=True)
    version: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
