"""The tables of coding jobs: a job, its rows (each record and, once coded, its result), the
batches workers lease, and where an uploaded job came from and who reads it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from assistant.store.db import Base
from assistant.workspaces import DEFAULT_WORKSPACE

# A job is worked on while queued or running.
ACTIVE: tuple[str, ...] = ("queued", "running")


class JobRow(Base):
    __tablename__ = "feedback_jobs"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    # Whose it is: the workspace of the API key that made it (assistant.workspaces).
    workspace: Mapped[str] = mapped_column(
        String(63), index=True, default=DEFAULT_WORKSPACE, server_default=DEFAULT_WORKSPACE
    )
    status: Mapped[str] = mapped_column(String(16), index=True)
    total: Mapped[int] = mapped_column(Integer)
    done: Mapped[int] = mapped_column(Integer, default=0)
    columns: Mapped[list[str]] = mapped_column(JSON)
    text_column: Mapped[str] = mapped_column(String(200))
    # The calibrated coder (assistant.feedback.coders) that codes it; none: the shipped one.
    coder: Mapped[str | None] = mapped_column(String(63), nullable=True)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ItemRow(Base):
    __tablename__ = "feedback_job_items"

    job_id: Mapped[str] = mapped_column(
        ForeignKey("feedback_jobs.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    record: Mapped[dict[str, Any]] = mapped_column(JSON)
    result: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True), nullable=True)


class BatchRow(Base):
    """A slice of a job's items that one worker codes at a time: ``owner`` holds its lease
    until ``lease_until`` (renewed by heartbeats); an expired lease may be taken over."""

    __tablename__ = "feedback_job_batches"
    __table_args__ = (Index("ix_feedback_job_batches_state", "state", "lease_until"),)

    job_id: Mapped[str] = mapped_column(
        ForeignKey("feedback_jobs.id", ondelete="CASCADE"), primary_key=True
    )
    first: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(8))
    owner: Mapped[str | None] = mapped_column(String(120), nullable=True)
    lease_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)


class SourceRow(Base):
    """Where an uploaded job came from (its own table, so existing databases gain it as is)."""

    __tablename__ = "feedback_job_sources"

    job_id: Mapped[str] = mapped_column(
        ForeignKey("feedback_jobs.id", ondelete="CASCADE"), primary_key=True
    )
    filename: Mapped[str] = mapped_column(String(255))
    format: Mapped[str] = mapped_column(String(8))
    encoding: Mapped[str | None] = mapped_column(String(16), nullable=True)
    delimiter: Mapped[str | None] = mapped_column(String(1), nullable=True)
    sheet: Mapped[str | None] = mapped_column(String(255), nullable=True)


class ReaderRow(Base):
    """Who reads a job's results: their language (its own table, so existing databases gain it
    as is; no row for jobs submitted before it existed or without a language)."""

    __tablename__ = "feedback_job_readers"

    job_id: Mapped[str] = mapped_column(
        ForeignKey("feedback_jobs.id", ondelete="CASCADE"), primary_key=True
    )
    lang: Mapped[str | None] = mapped_column(String(8), nullable=True)
