"""Coding jobs persisted in the database: submitted, coded in the background by any number of
workers (threads, processes, replicas), resumable.

A job's rows are split into batches; a worker leases one batch at a time (``leases``), so
workers share a job, a dead worker's batch is taken over when its lease expires, and each
batch's results are committed together with the job's progress: every row is coded once.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import threading
import time
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from itertools import islice
from typing import Any, Literal

from pydantic import BaseModel, Field
from sqlalchemy import Engine, delete, func, insert, select, update
from sqlalchemy.orm import Session

from assistant.errors import ConflictError, InvalidInputError, NotFoundError
from assistant.feedback import leases
from assistant.feedback.coder import Coder, code_comments
from assistant.feedback.coders import CoderStore
from assistant.feedback.jobs_tables import (
    ACTIVE,
    BatchRow,
    ItemRow,
    JobRow,
    ReaderRow,
    SourceRow,
)
from assistant.feedback.models import MAX_TEXT_CHARS, CodedComment, CommentIn, JobResultItem
from assistant.messages import LANGS
from assistant.messages import Lang as ReaderLang
from assistant.messages import Text as Message
from assistant.store.db import make_session_factory, unavailable
from assistant.workspaces import DEFAULT_WORKSPACE

__all__ = ["ACTIVE", "BatchRow", "ItemRow", "JobRow", "JobStore", "ReaderRow", "SourceRow"]

log = logging.getLogger("evalassist.feedback.jobs")
JobStatus = Literal["queued", "running", "done", "cancelled", "failed"]
JOB_BATCH = 200
INSERT_BATCH = 2_000
# How often an idle worker looks for work another process queued (its own wake it at once).
POLL_S = 2.0
SWEEP_EVERY_S = 3600.0
# An upload still without its total after this long was cut off (its process died).
INTERRUPTED_AFTER = timedelta(hours=1)


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
    coder: str | None = Field(None, description="the calibrated coder coding it; none: shipped")
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
        coder=row.coder,
        source=JobSource.model_validate(source, from_attributes=True) if source else None,
        language=_reader_lang(reader.lang if reader else None),
    )


def _reader_lang(lang: str | None) -> ReaderLang | None:
    return next((known for known in LANGS if known == lang), None)


def _job(session: Session, job_id: str, workspace: str) -> JobRow:
    """The job, if it is the workspace's (another workspace's job is not found)."""
    row = session.get(JobRow, job_id)
    if row is None or row.workspace != workspace:
        raise NotFoundError(Message.of("feedback.job_not_found", job_id=job_id))
    return row


def worker_name() -> str:
    """Who holds a lease: host, process and a random part (several stores in one process)."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


class JobStore:
    """Jobs and their rows in one database, plus this process's worker threads."""

    def __init__(
        self,
        engine: Engine,
        coder: Coder,
        *,
        lease_s: float = 60.0,
        retention_days: int = 0,
        threads: int = 1,
        max_active: int | None = None,
    ) -> None:
        """``lease_s``: how long a batch stays ours without a heartbeat; ``retention_days``:
        finished jobs older than this are deleted (0 keeps them); ``threads``: workers;
        ``max_active``: jobs one workspace may have queued or running."""
        self.max_active = max_active
        self.engine = engine
        self.sessions = make_session_factory(self.engine)
        self.coder = coder
        self.coders = CoderStore(self.sessions)
        self.lease = timedelta(seconds=lease_s)
        self.retention = timedelta(days=retention_days) if retention_days else None
        self.owner = worker_name()
        self.threads = threads
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._workers: list[threading.Thread] = []
        self._swept = 0.0

    def submit(
        self,
        records: Iterable[dict[str, Any]],
        *,
        columns: list[str],
        text_column: str,
        source: JobSource | None = None,
        reader: ReaderLang | None = None,
        workspace: str = DEFAULT_WORKSPACE,
        coder: str | None = None,
    ) -> JobStatusOut:
        """Store the records as a queued job of ``workspace``; ``reader`` is the language its
        results are read in (see ``code_comments``); ``coder`` names the workspace's calibrated
        coder that codes it (none: the shipped one)."""
        if coder is not None:
            self.coders.coder(coder, workspace=workspace)  # exists, and fits this install
        job_id = uuid.uuid4().hex
        now = _now()
        with self.sessions.begin() as session:
            self._check_room(session, workspace)
            session.add(
                JobRow(
                    id=job_id,
                    workspace=workspace,
                    status="queued",
                    total=0,
                    done=0,
                    columns=columns,
                    text_column=text_column,
                    coder=coder,
                    created_at=now,
                    updated_at=now,
                )
            )
            session.flush()
            if source is not None:
                session.add(SourceRow(job_id=job_id, **source.model_dump()))
            if reader is not None:
                session.add(ReaderRow(job_id=job_id, lang=reader))
        try:
            total = self._store_rows(job_id, records)
        except BaseException:  # a file that fails mid-way leaves no half job behind
            with self.sessions.begin() as session:
                session.execute(delete(JobRow).where(JobRow.id == job_id))
            raise
        with self.sessions.begin() as session:
            leases.add_batches(session, job_id, total, JOB_BATCH)
            session.execute(
                update(JobRow)
                .where(JobRow.id == job_id)
                .values(total=total, status="queued" if total else "done")
            )
        self._wake.set()
        return self.status(job_id, workspace=workspace)

    def _store_rows(self, job_id: str, records: Iterable[dict[str, Any]]) -> int:
        """Insert the job's rows in batches; how many there were."""
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
        return total

    def _check_room(self, session: Session, workspace: str) -> None:
        if self.max_active is None:
            return
        active = session.scalar(
            select(func.count())
            .select_from(JobRow)
            .where(JobRow.workspace == workspace, JobRow.status.in_(ACTIVE))
        )
        if (active or 0) >= self.max_active:
            raise InvalidInputError(
                Message.of(
                    "feedback.too_many_active_jobs",
                    limit=self.max_active,
                    setting="EVALASSIST_MAX_ACTIVE_JOBS",
                )
            )

    def status(self, job_id: str, *, workspace: str = DEFAULT_WORKSPACE) -> JobStatusOut:
        with self.sessions() as session:
            row = _job(session, job_id, workspace)
            return _status(row, session.get(SourceRow, job_id), session.get(ReaderRow, job_id))

    def delete(self, job_id: str, *, workspace: str = DEFAULT_WORKSPACE) -> None:
        """Remove a finished job and its rows; a queued or running one must be cancelled first."""
        with self.sessions.begin() as session:
            row = _job(session, job_id, workspace)
            if row.status in ACTIVE:
                status = Message.of(f"feedback.status.{row.status}")
                raise ConflictError(
                    Message.of("feedback.job_still_active", job_id=job_id, status=status)
                )
            session.execute(delete(JobRow).where(JobRow.id == job_id))

    def source(self, job_id: str, *, workspace: str = DEFAULT_WORKSPACE) -> JobSource | None:
        """How the job's uploaded file was read; ``None`` for JSON jobs."""
        return self.status(job_id, workspace=workspace).source

    def recent(self, *, offset: int, limit: int, workspace: str = DEFAULT_WORKSPACE) -> JobPage:
        """The workspace's jobs newest first, each with its status, progress and file name."""
        mine = JobRow.workspace == workspace
        with self.sessions() as session:
            total = session.scalar(select(func.count()).select_from(JobRow).where(mine)) or 0
            rows = session.execute(
                select(JobRow, SourceRow, ReaderRow)
                .outerjoin(SourceRow, SourceRow.job_id == JobRow.id)
                .outerjoin(ReaderRow, ReaderRow.job_id == JobRow.id)
                .where(mine)
                .order_by(JobRow.created_at.desc(), JobRow.id)
                .offset(offset)
                .limit(limit)
            ).all()
            items = [_status(job, source, reader) for job, source, reader in rows]
        next_offset = offset + len(items) if offset + len(items) < total else None
        return JobPage(
            items=items, total=total, limit=limit, offset=offset, next_offset=next_offset
        )

    def cancel(self, job_id: str, *, workspace: str = DEFAULT_WORKSPACE) -> JobStatusOut:
        with self.sessions.begin() as session:
            row = _job(session, job_id, workspace)
            if row.status in ACTIVE:
                row.status, row.updated_at = "cancelled", _now()
        return self.status(job_id, workspace=workspace)

    def results(
        self, job_id: str, *, workspace: str = DEFAULT_WORKSPACE
    ) -> tuple[JobRow, Iterator[tuple[dict[str, Any], CodedComment]]]:
        """The job and its coded records in order; only for finished jobs."""
        with self.sessions() as session:
            job = _job(session, job_id, workspace)
        if job.status != "done":
            status = Message.of(f"feedback.status.{job.status}")
            raise ConflictError(Message.of("feedback.job_not_done", job_id=job_id, status=status))
        return job, self._iter_results(job_id)

    def page(
        self, job_id: str, *, offset: int, limit: int, workspace: str = DEFAULT_WORKSPACE
    ) -> tuple[int, list[JobResultItem]]:
        """One page of a finished job's coded comments, each with its text, and the job's total."""
        job, _ = self.results(job_id, workspace=workspace)
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
        """Start the worker threads; they resume every queued or running job (batches whose
        lease expired included) and look for new ones every ``POLL_S`` seconds."""
        if not self._workers:
            self._stop.clear()
            for number in range(self.threads):
                thread = threading.Thread(
                    target=self._loop, name=f"feedback-jobs-{number}", daemon=True
                )
                thread.start()
                self._workers.append(thread)
            self._wake.set()

    def close(self) -> None:
        self._stop.set()
        self._wake.set()
        for thread in self._workers:
            thread.join(timeout=30)
        self._workers = []

    def wait(self) -> None:
        """Block until ``close`` (from another thread or a signal handler)."""
        self._stop.wait()

    def _loop(self) -> None:
        while not self._stop.is_set():
            self._sweep_when_due()
            try:
                worked = self.work_once()
            except Exception as exc:  # the worker outlives any one failure; its lease expires
                if unavailable(exc):
                    log.warning("feedback jobs: database unavailable (%s); retrying", exc)
                else:
                    log.exception("feedback jobs: worker error; retrying")
                worked = False
            if not worked:
                self._wake.wait(timeout=POLL_S)
                self._wake.clear()

    def run(self, job_id: str) -> None:
        """Code the job's free batches in this thread until none is left (or ``close``)."""
        while not self._stop.is_set() and self.work_once(job_id):
            pass

    def work_once(self, job_id: str | None = None) -> bool:
        """Claim one free batch (of ``job_id``, or of the oldest job), code it and complete it;
        whether there was one."""
        held = leases.claim(
            self.sessions, owner=self.owner, now=_now(), lease=self.lease, job_id=job_id
        )
        if held is None:
            return False
        try:
            with self._heartbeat(held):
                results = self._code(held)
        except Exception as exc:  # a job fails alone; the worker keeps serving others
            if unavailable(exc):  # not the job's fault: its lease expires, someone retries
                raise
            leases.release(self.sessions, held)
            log.exception("feedback job %s failed", held.job_id)
            self._finish(held.job_id, "failed", f"{type(exc).__name__}: {exc}")
            return True
        if results is None:
            leases.release(self.sessions, held)
            return False
        if not leases.complete(self.sessions, held, results, now=_now()):
            log.warning("feedback job %s: lease on rows %d- lost", held.job_id, held.first)
        return True

    def _code(self, held: leases.Claim) -> list[tuple[int, dict[str, Any]]] | None:
        """The batch's coded rows; ``None`` when this worker is stopping."""
        work = leases.rows_to_code(self.sessions, held)
        if self._stop.is_set():
            return None
        comments = [
            CommentIn(
                id=str(record.get("id") or position),
                text=str(record.get(work.text_column) or "")[:MAX_TEXT_CHARS],
            )
            for position, record in work.rows
        ]
        coder = self.coder
        if work.coder is not None:
            coder = self.coders.coder(work.coder, workspace=work.workspace)
        coded = code_comments(coder, comments, reader=_reader_lang(work.reader))
        return [
            (position, json.loads(result.model_dump_json()))
            for (position, _), result in zip(work.rows, coded, strict=True)
        ]

    @contextmanager
    def _heartbeat(self, held: leases.Claim) -> Iterator[None]:
        """Renew the batch's lease every third of its length while the block runs."""
        done = threading.Event()

        def beat() -> None:
            while not done.wait(self.lease.total_seconds() / 3):
                try:
                    if not leases.renew(self.sessions, held, until=_now() + self.lease):
                        return
                except Exception:  # a missed beat only shortens the lease
                    log.warning("feedback job %s: lease renewal failed", held.job_id)

        thread = threading.Thread(target=beat, name="feedback-lease", daemon=True)
        thread.start()
        try:
            yield
        finally:
            done.set()
            thread.join()

    def _sweep_when_due(self) -> None:
        """At start and then hourly: delete uploads a dead process left half stored, and
        finished jobs past the retention period."""
        now = time.monotonic()
        if self._swept and now - self._swept < SWEEP_EVERY_S:
            return
        self._swept = now
        try:
            interrupted = leases.sweep_interrupted(
                self.sessions, started_before=_now() - INTERRUPTED_AFTER
            )
            expired = (
                leases.sweep(self.sessions, before=_now() - self.retention)
                if self.retention is not None
                else 0
            )
        except Exception as exc:
            log.warning("feedback jobs: sweep failed (%s)", exc)
            return
        if interrupted or expired:
            log.info("feedback jobs: deleted %d interrupted uploads, %d expired jobs",
                     interrupted, expired)  # fmt: skip

    def _finish(self, job_id: str, status: str, error: str | None) -> None:
        with self.sessions.begin() as session:
            session.execute(
                update(JobRow)
                .where(JobRow.id == job_id, JobRow.status.in_(ACTIVE))
                .values(status=status, error=error, updated_at=_now())
            )
