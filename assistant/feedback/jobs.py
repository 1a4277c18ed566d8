"""Coding jobs persisted in SQL (SQLite by default): submitted, run in the background, resumable.

Each batch of results is committed in one transaction together with the job's progress, so a
restarted server continues from the last committed batch and never codes a row twice.
"""

from __future__ import annotations

import json
import logging
import threading
import uuid
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from itertools import islice
from typing import Any, Literal

from pydantic import BaseModel, Field
from sqlalchemy import (
    JSON,
    DateTime,
    Engine,
    ForeignKey,
    Integer,
    String,
    Text,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.orm import Mapped, mapped_column

from assistant.errors import ConflictError, NotFoundError
from assistant.feedback.coder import Coder, code_comments
from assistant.feedback.models import MAX_TEXT_CHARS, CodedComment, CommentIn, JobResultItem
from assistant.messages import LANGS
from assistant.messages import Lang as ReaderLang
from assistant.messages import Text as Message
from assistant.store.db import Base, make_session_factory

log = logging.getLogger("evalassist.feedback.jobs")
JobStatus = Literal["queued", "running", "done", "cancelled", "failed"]
ACTIVE: tuple[str, ...] = ("queued", "running")
JOB_BATCH = 200
INSERT_BATCH = 2_000


class JobRow(Base):
    __tablename__ = "feedback_jobs"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    status: Mapped[str] = mapped_column(String(16), index=True)
    total: Mapped[int] = mapped_column(Integer)
    done: Mapped[int] = mapped_column(Integer, default=0)
    columns: Mapped[list[str]] = mapped_column(JSON)
    text_column: Mapped[str] = mapped_column(String(200))
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


class JobSource(BaseModel):
    """The uploaded file a job codes, and how it was read (so exports keep its conventions)."""

    filename: str
    format: str
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None


class JobStatusOut(BaseModel):
    """A job's state; ``progress`` is the share of comments coded so far (0-1)."""

    id: str
    status: JobStatus
    total: int
    done: int
    progress: float
    error: str | None = None
    created_at: datetime
    updated_at: datetime
    text_column: str | None = None
    source: JobSource | None = Field(None, description="The uploaded file; none for JSON jobs.")
    language: ReaderLang | None = Field(
        None,
        description="The reader's language (from `Accept-Language` or `language` at submission): "
        "rationales for comments without a language of their own (empty cells, dashes) use it.",
    )


class JobPage(BaseModel):
    """One page of jobs, newest first."""

    items: list[JobStatusOut]
    total: int
    limit: int
    offset: int
    next_offset: int | None


def _now() -> datetime:
    return datetime.now(UTC)


def _aware(moment: datetime) -> datetime:
    """SQLite returns naive datetimes; every stored moment is UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _status(
    row: JobRow, source: SourceRow | None = None, reader: ReaderRow | None = None
) -> JobStatusOut:
    return JobStatusOut(
        id=row.id,
        status=row.status,
        total=row.total,
        done=row.done,
        progress=round(row.done / row.total, 4) if row.total else 1.0,
        error=row.error,
        created_at=_aware(row.created_at),
        updated_at=_aware(row.updated_at),
        text_column=row.text_column,
        source=JobSource.model_validate(source, from_attributes=True) if source else None,
        language=_reader_lang(reader),
    )


def _reader_lang(reader: ReaderRow | None) -> ReaderLang | None:
    lang = reader.lang if reader else None
    return next((known for known in LANGS if known == lang), None)


class JobStore:
    """Jobs and their items in one database, plus one background worker thread."""

    def __init__(self, engine: Engine, coder: Coder) -> None:
        self.engine = engine
        Base.metadata.create_all(self.engine)
        self.sessions = make_session_factory(self.engine)
        self.coder = coder
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def submit(
        self,
        records: Iterable[dict[str, Any]],
        *,
        columns: list[str],
        text_column: str,
        source: JobSource | None = None,
        reader: ReaderLang | None = None,
    ) -> JobStatusOut:
        """Store the records as a queued job; ``reader`` is the language its results are read
        in (see ``code_comments``)."""
        job_id = uuid.uuid4().hex
        now = _now()
        with self.sessions.begin() as session:
            session.add(
                JobRow(
                    id=job_id,
                    status="queued",
                    total=0,
                    done=0,
                    columns=columns,
                    text_column=text_column,
                    created_at=now,
                    updated_at=now,
                )
            )
            session.flush()
            if source is not None:
                session.add(SourceRow(job_id=job_id, **source.model_dump()))
            if reader is not None:
                session.add(ReaderRow(job_id=job_id, lang=reader))
        total = 0
        iterator = iter(records)
        while chunk := list(islice(iterator, INSERT_BATCH)):
            with self.sessions.begin() as session:
                session.execute(
                    insert(ItemRow),
                    [
                        {"job_id": job_id, "position": total + i, "record": r, "result": None}
                        for i, r in enumerate(chunk)
                    ],
                )
            total += len(chunk)
        with self.sessions.begin() as session:
            session.execute(
                update(JobRow)
                .where(JobRow.id == job_id)
                .values(total=total, status="queued" if total else "done")
            )
        self._wake.set()
        return self.status(job_id)

    def status(self, job_id: str) -> JobStatusOut:
        with self.sessions() as session:
            row = session.get(JobRow, job_id)
            if row is None:
                raise NotFoundError(Message.of("feedback.job_not_found", job_id=job_id))
            return _status(row, session.get(SourceRow, job_id), session.get(ReaderRow, job_id))

    def source(self, job_id: str) -> JobSource | None:
        """How the job's uploaded file was read; ``None`` for JSON jobs."""
        return self.status(job_id).source

    def recent(self, *, offset: int, limit: int) -> JobPage:
        """Jobs newest first, each with its status, progress and file name."""
        with self.sessions() as session:
            total = session.scalar(select(func.count()).select_from(JobRow)) or 0
            rows = session.execute(
                select(JobRow, SourceRow, ReaderRow)
                .outerjoin(SourceRow, SourceRow.job_id == JobRow.id)
                .outerjoin(ReaderRow, ReaderRow.job_id == JobRow.id)
                .order_by(JobRow.created_at.desc(), JobRow.id)
                .offset(offset)
                .limit(limit)
            ).all()
            items = [_status(job, source, reader) for job, source, reader in rows]
        next_offset = offset + len(items) if offset + len(items) < total else None
        return JobPage(
            items=items, total=total, limit=limit, offset=offset, next_offset=next_offset
        )

    def cancel(self, job_id: str) -> JobStatusOut:
        with self.sessions.begin() as session:
            row = session.get(JobRow, job_id)
            if row is None:
                raise NotFoundError(Message.of("feedback.job_not_found", job_id=job_id))
            if row.status in ACTIVE:
                row.status, row.updated_at = "cancelled", _now()
        return self.status(job_id)

    def results(self, job_id: str) -> tuple[JobRow, Iterator[tuple[dict[str, Any], CodedComment]]]:
        """The job and its coded records in order; only for finished jobs."""
        with self.sessions() as session:
            job = session.get(JobRow, job_id)
        if job is None:
            raise NotFoundError(Message.of("feedback.job_not_found", job_id=job_id))
        if job.status != "done":
            status = Message.of(f"feedback.status.{job.status}")
            raise ConflictError(Message.of("feedback.job_not_done", job_id=job_id, status=status))
        return job, self._iter_results(job_id)

    def page(self, job_id: str, *, offset: int, limit: int) -> tuple[int, list[JobResultItem]]:
        """One page of a finished job's coded comments, each with its text, and the job's total."""
        job, _ = self.results(job_id)
        with self.sessions() as session:
            rows = session.execute(
                select(ItemRow.record, ItemRow.result)
                .where(ItemRow.job_id == job_id)
                .order_by(ItemRow.position)
                .offset(offset)
                .limit(limit)
            ).all()
        return job.total, [
            JobResultItem.model_validate({**result, "text": str(record.get(job.text_column) or "")})
            for record, result in rows
        ]

    def _iter_results(self, job_id: str) -> Iterator[tuple[dict[str, Any], CodedComment]]:
        position = 0
        while True:
            with self.sessions() as session:
                items = session.scalars(
                    select(ItemRow)
                    .where(ItemRow.job_id == job_id, ItemRow.position >= position)
                    .order_by(ItemRow.position)
                    .limit(INSERT_BATCH)
                ).all()
            if not items:
                return
            for item in items:
                yield item.record, CodedComment.model_validate(item.result)
            position = items[-1].position + 1

    # background work ------------------------------------------------------------------------

    def start(self) -> None:
        """Start the worker; it resumes every queued or running job from its last batch."""
        if self._thread is None:
            self._stop.clear()
            self._thread = threading.Thread(target=self._loop, name="feedback-jobs", daemon=True)
            self._thread.start()
            self._wake.set()

    def close(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout=30)
            self._thread = None

    def _loop(self) -> None:
        while not self._stop.is_set():
            self._wake.wait(timeout=5)
            self._wake.clear()
            while not self._stop.is_set() and (job_id := self._next_job()):
                try:
                    self.run(job_id)
                except Exception as exc:  # a job fails alone; the worker keeps serving others
                    log.exception("feedback job %s failed", job_id)
                    self._finish(job_id, "failed", f"{type(exc).__name__}: {exc}")

    def _next_job(self) -> str | None:
        with self.sessions() as session:
            return session.scalars(
                select(JobRow.id)
                .where(JobRow.status.in_(ACTIVE), JobRow.total > 0)
                .order_by(JobRow.created_at)
                .limit(1)
            ).first()

    def run(self, job_id: str) -> None:
        """Code the job's remaining items batch by batch; stops between batches if cancelled."""
        with self.sessions.begin() as session:
            job = session.get(JobRow, job_id)
            if job is None or job.status not in ACTIVE:
                return
            job.status, job.updated_at = "running", _now()
            text_column = job.text_column
            reader = _reader_lang(session.get(ReaderRow, job_id))
        while not self._stop.is_set():
            with self.sessions.begin() as session:
                status = session.scalar(select(JobRow.status).where(JobRow.id == job_id))
                if status != "running":
                    return
                items = session.scalars(
                    select(ItemRow)
                    .where(ItemRow.job_id == job_id, ItemRow.result.is_(None))
                    .order_by(ItemRow.position)
                    .limit(JOB_BATCH)
                ).all()
                if not items:
                    break
                comments = [
                    CommentIn(
                        id=str(i.record.get("id") or i.position),
                        text=str(i.record.get(text_column) or "")[:MAX_TEXT_CHARS],
                    )
                    for i in items
                ]
                coded_items = code_comments(self.coder, comments, reader=reader)
                for item, coded in zip(items, coded_items, strict=True):
                    item.result = json.loads(coded.model_dump_json())
                session.execute(
                    update(JobRow)
                    .where(JobRow.id == job_id)
                    .values(done=JobRow.done + len(items), updated_at=_now())
                )
        else:
            return
        self._finish(job_id, "done", None)

    def _finish(self, job_id: str, status: str, error: str | None) -> None:
        with self.sessions.begin() as session:
            session.execute(
                update(JobRow)
                .where(JobRow.id == job_id, JobRow.status.in_(ACTIVE))
                .values(status=status, error=error, updated_at=_now())
            )
