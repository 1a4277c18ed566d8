"""Jobs shared by workers through batch leases: each row coded once, whoever codes it, and a
dead worker's batch taken over when its lease expires. On SQLite and PostgreSQL."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine, func, select, update

from assistant.errors import ConflictError, NotFoundError
from assistant.feedback import leases
from assistant.feedback.jobs import JOB_BATCH, BatchRow, ItemRow, JobRow, JobStore
from assistant.feedback.models import CodedComment, CommentIn
from tests.unit.feedback.conftest import CountingCoder


def _records(n: int) -> list[dict[str, str]]:
    return [
        {"id": str(i), "text": f"Ik leerde veel over feedback geven (opmerking {i})."}
        for i in range(n)
    ]


def _submit(store: JobStore, n: int) -> str:
    return store.submit(_records(n), columns=["id", "text"], text_column="text").id


def _wait_done(store: JobStore, job_id: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while store.status(job_id).status != "done":
        assert time.monotonic() < deadline, store.status(job_id)
        time.sleep(0.05)


def test_a_job_is_split_into_batches_and_done_counts_rows(db_engine: Engine) -> None:
    store = JobStore(db_engine, CountingCoder())
    job_id = _submit(store, JOB_BATCH * 2 + 7)
    with store.sessions() as session:
        assert session.scalar(select(func.count()).select_from(BatchRow)) == 3
    assert store.work_once() is True
    assert (store.status(job_id).status, store.status(job_id).done) == ("running", JOB_BATCH)
    store.run(job_id)
    status = store.status(job_id)
    assert (status.status, status.done, status.total) == ("done", 407, 407)
    assert store.work_once() is False


def test_four_workers_on_two_stores_code_every_row_exactly_once(db_engine: Engine) -> None:
    """Two "replicas" (stores with their own owners) of two threads each, one database."""
    coder = CountingCoder()
    replicas = [JobStore(db_engine, coder, threads=2) for _ in range(2)]
    job_id = _submit(replicas[0], 3_000)
    for replica in replicas:
        replica.start()
    try:
        _wait_done(replicas[1], job_id)
    finally:
        for replica in replicas:
            replica.close()
    counts = Counter(coder.seen)
    assert len(counts) == 3_000 and set(counts.values()) == {1}
    assert replicas[0].status(job_id).done == 3_000
    with replicas[0].sessions() as session:
        coded = session.scalar(
            select(func.count()).select_from(ItemRow).where(ItemRow.result.is_not(None))
        )
        owners = session.scalars(select(BatchRow.attempts)).all()
    assert coded == 3_000 and set(owners) == {1}


def test_an_expired_lease_is_taken_over_and_the_old_owner_cannot_complete(
    db_engine: Engine,
) -> None:
    dead = JobStore(db_engine, CountingCoder(), lease_s=1)
    alive = JobStore(db_engine, CountingCoder(), lease_s=1)
    job_id = _submit(dead, 10)
    held = leases.claim(dead.sessions, owner=dead.owner, now=_now(), lease=dead.lease)
    assert held is not None
    # while the lease runs nobody else gets the batch
    assert leases.claim(alive.sessions, owner=alive.owner, now=_now(), lease=alive.lease) is None
    later = _now() + timedelta(seconds=2)
    taken = leases.claim(alive.sessions, owner=alive.owner, now=later, lease=alive.lease)
    assert taken is not None and (taken.job_id, taken.first) == (held.job_id, held.first)
    assert leases.complete(dead.sessions, held, [(0, {"x": 1})], now=later) is False
    assert leases.renew(dead.sessions, held, until=later) is False
    assert leases.complete(alive.sessions, taken, [(i, {"x": 2}) for i in range(10)], now=later)
    status = alive.status(job_id)
    assert (status.status, status.done) == ("done", 10)
    with alive.sessions() as session:
        results = session.scalars(select(ItemRow.result)).all()
    assert results == [{"x": 2}] * 10


def test_a_worker_renews_its_lease_while_a_slow_batch_codes(db_engine: Engine) -> None:
    class SlowCoder(CountingCoder):
        def code(self, batch: Sequence[CommentIn]) -> list[CodedComment]:
            time.sleep(1.5)
            return super().code(batch)

    store = JobStore(db_engine, SlowCoder(), lease_s=1)
    rival = JobStore(db_engine, CountingCoder(), lease_s=1)
    job_id = _submit(store, 5)
    store.start()
    try:
        time.sleep(1.2)  # past the first lease: only heartbeats keep the batch
        assert rival.work_once() is False
        _wait_done(store, job_id)
    finally:
        store.close()
    assert store.status(job_id).done == 5


def test_a_cancelled_job_is_not_claimed(db_engine: Engine) -> None:
    store = JobStore(db_engine, CountingCoder())
    job_id = _submit(store, 10)
    store.cancel(job_id)
    assert store.work_once() is False


def test_finished_jobs_past_retention_are_deleted_with_their_rows(db_engine: Engine) -> None:
    store = JobStore(db_engine, CountingCoder(), retention_days=30)
    old, recent, active = (_submit(store, 3) for _ in range(3))
    store.run(old)
    store.run(recent)
    with store.sessions.begin() as session:
        session.execute(
            update(JobRow)
            .where(JobRow.id.in_([old, active]))
            .values(updated_at=_now() - timedelta(days=31))
        )
    assert leases.sweep(store.sessions, before=_now() - timedelta(days=30)) == 1
    with pytest.raises(NotFoundError):
        store.status(old)
    assert store.status(recent).status == "done" and store.status(active).status == "queued"
    with store.sessions() as session:
        assert (
            session.scalar(select(func.count()).select_from(ItemRow).where(ItemRow.job_id == old))
            == 0
        )


def test_delete_removes_a_finished_job_and_refuses_an_active_one(db_engine: Engine) -> None:
    store = JobStore(db_engine, CountingCoder())
    job_id = _submit(store, 3)
    with pytest.raises(ConflictError, match="cancel"):
        store.delete(job_id)
    store.run(job_id)
    store.delete(job_id)
    with pytest.raises(NotFoundError):
        store.status(job_id)


def _now() -> datetime:
    return datetime.now(UTC)


def test_an_upload_cut_off_mid_way_is_swept_but_one_arriving_is_not(db_engine: Engine) -> None:
    store = JobStore(db_engine, CountingCoder())
    job_id = _submit(store, 3)
    with store.sessions.begin() as session:  # as a process killed while storing rows leaves it
        session.execute(update(JobRow).values(total=0, status="queued"))
    assert leases.sweep_interrupted(store.sessions, started_before=_now() - timedelta(hours=1)) == 0
    assert (
        leases.sweep_interrupted(store.sessions, started_before=_now() + timedelta(seconds=1)) == 1
    )
    with pytest.raises(NotFoundError):
        store.status(job_id)
    with store.sessions() as session:
        assert session.scalar(select(func.count()).select_from(ItemRow)) == 0


def test_rows_that_fail_mid_way_leave_no_job_behind(db_engine: Engine) -> None:
    store = JobStore(db_engine, CountingCoder())

    def rows() -> Iterator[dict[str, str]]:
        yield from _records(2_500)
        raise OSError("the disk went away")

    with pytest.raises(OSError):
        store.submit(rows(), columns=["id", "text"], text_column="text")
    assert store.recent(offset=0, limit=10).total == 0
    with store.sessions() as session:
        assert session.scalar(select(func.count()).select_from(ItemRow)) == 0
