"""The job queue's leases: a worker claims one batch of a job's rows, renews its lease while it
codes them, and completes the batch in one transaction that also counts the rows and finishes
the job. A worker that dies stops renewing; once its lease expires another worker claims the
batch. A worker whose lease was taken over cannot complete it, so every row is coded (and
counted in ``done``) exactly once.

PostgreSQL: claims use ``SELECT ... FOR UPDATE SKIP LOCKED``, so workers on many replicas never
wait for each other. SQLite (one machine) runs the same statements without the row locks; the
claim's conditional ``UPDATE`` is what makes it exclusive on both.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, NamedTuple, cast

from sqlalchemy import CursorResult, Executable, delete, func, insert, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from assistant.feedback.jobs_tables import ACTIVE, BatchRow, ItemRow, JobRow, ReaderRow
from assistant.workspaces import DEFAULT_WORKSPACE

FINISHED = ("done", "cancelled", "failed")


@dataclass(frozen=True)
class Claim:
    """One batch leased to one worker: the job's rows ``first`` to ``last`` (exclusive)."""

    job_id: str
    first: int
    last: int
    owner: str


def add_batches(session: Session, job_id: str, total: int, size: int) -> None:
    """Split a new job's ``total`` rows into batches of ``size``, none leased."""
    rows = [
        {"job_id": job_id, "first": first, "last": min(first + size, total), "state": "todo"}
        for first in range(0, total, size)
    ]
    if rows:
        session.execute(insert(BatchRow), [{**row, "attempts": 0} for row in rows])


def claim(
    sessions: sessionmaker[Session],
    *,
    owner: str,
    now: datetime,
    lease: timedelta,
    job_id: str | None = None,
) -> Claim | None:
    """Lease the oldest job's first free batch (one never leased, or whose lease expired) to
    ``owner``; ``None`` when there is none (or another worker won it in the meantime)."""
    free = or_(BatchRow.lease_until.is_(None), BatchRow.lease_until < now)
    with sessions.begin() as session:
        query = (
            select(BatchRow.job_id, BatchRow.first, BatchRow.last)
            .join(JobRow, JobRow.id == BatchRow.job_id)
            .where(BatchRow.state == "todo", free, JobRow.status.in_(ACTIVE))
            .order_by(JobRow.created_at, BatchRow.job_id, BatchRow.first)
            .limit(1)
            .with_for_update(of=BatchRow, skip_locked=True)
        )
        if job_id is not None:
            query = query.where(BatchRow.job_id == job_id)
        found = session.execute(query).first()
        if found is None:
            return None
        won = _changed(
            session,
            update(BatchRow)
            .where(
                BatchRow.job_id == found.job_id,
                BatchRow.first == found.first,
                BatchRow.state == "todo",
                free,
            )
            .values(owner=owner, lease_until=now + lease, attempts=BatchRow.attempts + 1),
        )
        if won != 1:
            return None
        session.execute(
            update(JobRow)
            .where(JobRow.id == found.job_id, JobRow.status == "queued")
            .values(status="running", updated_at=now)
        )
        return Claim(found.job_id, found.first, found.last, owner)


def renew(sessions: sessionmaker[Session], held: Claim, *, until: datetime) -> bool:
    """Extend the lease (a heartbeat); ``False`` when it is no longer ours."""
    with sessions.begin() as session:
        statement = (
            update(BatchRow).where(*_held(held), BatchRow.state == "todo").values(lease_until=until)
        )
        return _changed(session, statement) == 1


class BatchWork(NamedTuple):
    """What a worker needs to code a batch: where the text is, who reads the results, which
    calibrated coder codes them (none: the shipped one) and the rows not yet coded."""

    text_column: str
    reader: str | None
    coder: str | None
    workspace: str
    rows: list[tuple[int, dict[str, Any]]]


def rows_to_code(sessions: sessionmaker[Session], held: Claim) -> BatchWork:
    """The job's text column, reader language, coder and the batch's rows not yet coded."""
    with sessions() as session:
        job = session.get(JobRow, held.job_id)
        reader = session.get(ReaderRow, held.job_id)
        rows = session.execute(
            select(ItemRow.position, ItemRow.record)
            .where(
                ItemRow.job_id == held.job_id,
                ItemRow.position >= held.first,
                ItemRow.position < held.last,
                ItemRow.result.is_(None),
            )
            .order_by(ItemRow.position)
        ).all()
    return BatchWork(
        text_column=job.text_column if job is not None else "",
        reader=reader.lang if reader is not None else None,
        coder=job.coder if job is not None else None,
        workspace=job.workspace if job is not None else DEFAULT_WORKSPACE,
        rows=[(position, record) for position, record in rows],
    )


def complete(
    sessions: sessionmaker[Session],
    held: Claim,
    results: list[tuple[int, dict[str, Any]]],
    *,
    now: datetime,
) -> bool:
    """Store the batch's results, count them in the job and finish the job when no batch is
    left, all in one transaction; ``False`` (nothing written) when the lease was lost."""
    with sessions.begin() as session:
        won = _changed(
            session,
            update(BatchRow)
            .where(*_held(held), BatchRow.state == "todo")
            .values(state="done", owner=None, lease_until=None),
        )
        if won != 1:
            return False
        if results:
            session.execute(
                update(ItemRow),
                [
                    {"job_id": held.job_id, "position": position, "result": result}
                    for position, result in results
                ],
            )
        # The job's row lock orders completions of one job: the last one sees every other.
        session.execute(
            update(JobRow)
            .where(JobRow.id == held.job_id)
            .values(done=JobRow.done + len(results), updated_at=now)
        )
        left = session.scalar(
            select(func.count())
            .select_from(BatchRow)
            .where(BatchRow.job_id == held.job_id, BatchRow.state == "todo")
        )
        if not left:
            session.execute(
                update(JobRow)
                .where(JobRow.id == held.job_id, JobRow.status.in_(ACTIVE))
                .values(status="done", updated_at=now)
            )
        return True


def release(sessions: sessionmaker[Session], held: Claim) -> None:
    """Give a batch back unfinished (the worker stops), so another may claim it at once."""
    with sessions.begin() as session:
        session.execute(
            update(BatchRow)
            .where(*_held(held), BatchRow.state == "todo")
            .values(owner=None, lease_until=None)
        )


def sweep(sessions: sessionmaker[Session], *, before: datetime) -> int:
    """Delete finished jobs (their rows and batches with them) that ended before ``before``."""
    with sessions.begin() as session:
        return _changed(
            session, delete(JobRow).where(JobRow.status.in_(FINISHED), JobRow.updated_at < before)
        )


def sweep_interrupted(sessions: sessionmaker[Session], *, started_before: datetime) -> int:
    """Delete uploads that never finished arriving (the process storing them died): a job is
    queued with no total until its last row is stored, which takes seconds, not hours."""
    with sessions.begin() as session:
        return _changed(
            session,
            delete(JobRow).where(
                JobRow.status == "queued", JobRow.total == 0, JobRow.created_at < started_before
            ),
        )


def _changed(session: Session, statement: Executable) -> int:
    """How many rows an UPDATE or DELETE changed."""
    return int(cast(CursorResult[Any], session.execute(statement)).rowcount)


def _held(held: Claim) -> tuple[Any, ...]:
    return (
        BatchRow.job_id == held.job_id,
        BatchRow.first == held.first,
        BatchRow.owner == held.owner,
    )
