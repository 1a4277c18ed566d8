"""Several replicas as an operator runs them: PostgreSQL, a Chroma server and ``evalassist
serve`` processes, each with its own data directory. Needs EVALASSIST_TEST_DATABASE_URL."""

from __future__ import annotations

import signal
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine, text

from tests.db_fixtures import fresh_postgres
from tests.integration.servers import Chroma, Postgres, Replica, chroma_server

pytestmark = [pytest.mark.replicas, pytest.mark.chroma_server]
ROWS = 20_000
DOCUMENT = (
    "Het buddyprogramma van Acme koppelt elke nieuwe monteur aan een ervaren collega. "
    "Na drie maanden meten we de first-time-fix-rate van de nieuwe monteurs opnieuw. "
) * 6
# Counts every write of a coded result, so a row coded twice cannot hide behind one result.
COUNT_WRITES = """
CREATE TABLE result_writes (job_id text, position int, writes int, PRIMARY KEY (job_id, position));
CREATE FUNCTION count_result_write() RETURNS trigger AS $$
BEGIN
  INSERT INTO result_writes VALUES (NEW.job_id, NEW.position, 1)
  ON CONFLICT (job_id, position) DO UPDATE SET writes = result_writes.writes + 1;
  RETURN NEW;
END $$ LANGUAGE plpgsql;
CREATE TRIGGER count_result_writes AFTER UPDATE OF result ON feedback_job_items
  FOR EACH ROW WHEN (NEW.result IS NOT NULL) EXECUTE FUNCTION count_result_write();
"""


@pytest.fixture
def shared(tmp_path: Path) -> Iterator[tuple[str, Chroma]]:
    with fresh_postgres() as database, chroma_server(tmp_path / "chroma") as chroma:
        yield database, chroma


def _env(database: str, chroma: Chroma, **extra: str) -> dict[str, str]:
    return {
        "EVALASSIST_DATABASE_URL": database,
        "EVALASSIST_CHROMA_URL": chroma.url,
        "EVALASSIST_JOB_LEASE_S": "5",
        "EVALASSIST_KB_REFRESH_S": "1",
        # These tests are about shared stores; the chat warm-up (a classifier fit per replica)
        # would only compete with twenty start-ups for two cores. tests/e2e keep it on.
        "EVALASSIST_WARM_UP": "false",
        **extra,
    }


def _until(check: Callable[[], bool], timeout: float = 30.0) -> float:
    """Seconds until ``check()`` is true."""
    began = time.monotonic()
    while not check():
        assert time.monotonic() - began < timeout, "timed out"
        time.sleep(0.1)
    return time.monotonic() - began


def _hits(base: str, query: str) -> list[str]:
    found = httpx.get(f"{base}/v1/knowledge/search", params={"q": query, "collection": "acme"})
    found.raise_for_status()
    return [hit["chunk_id"] for hit in found.json()["hits"]]


def test_two_replicas_share_documents_and_finish_a_killed_replicas_job(
    shared: tuple[str, Chroma], tmp_path: Path
) -> None:
    database, chroma = shared
    a = Replica(tmp_path / "a", **_env(database, chroma))
    b = Replica(tmp_path / "b", **_env(database, chroma))
    try:
        a.wait_ready()
        b.wait_ready()

        # An upload on A: searchable and quotable on B, deletable from B, then gone on A.
        added = httpx.post(
            f"{a.url}/v1/knowledge/documents",
            files={"file": ("buddy.txt", DOCUMENT.encode(), "text/plain")},
            data={"collection": "acme"},
            timeout=60,
        )
        assert added.status_code == 201, added.text
        _until(lambda: bool(_hits(b.url, "buddyprogramma monteur")), timeout=10)
        chunk_id = _hits(b.url, "buddyprogramma monteur")[0]
        assert "buddyprogramma" in httpx.get(f"{b.url}/v1/knowledge/passages/{chunk_id}").text
        assert httpx.delete(f"{b.url}/v1/knowledge/documents/acme/buddy.txt").status_code == 200
        _until(lambda: not _hits(a.url, "buddyprogramma monteur"), timeout=10)
        assert httpx.get(f"{a.url}/v1/knowledge/passages/{chunk_id}").status_code == 404

        # A 20,000-row job submitted to A; A killed mid-job; B finishes it.
        engine = create_engine(database)
        with engine.begin() as connection:
            connection.exec_driver_sql(COUNT_WRITES)
        comments = [
            {"id": str(i), "text": f"Sinds de training geef ik vaker feedback aan collega {i}."}
            for i in range(ROWS)
        ]
        job = httpx.post(f"{a.url}/v1/feedback/jobs", json=comments, timeout=120).json()
        status = f"{b.url}/v1/feedback/jobs/{job['id']}"
        _until(lambda: httpx.get(status).json()["done"] >= ROWS // 5, timeout=120)
        held_by_a = text(
            "SELECT count(*) FROM feedback_job_batches WHERE state = 'todo' AND owner LIKE :a"
        ).bindparams(a=f"%:{a.process.pid}:%")
        with engine.connect() as connection:  # kill A while it holds a batch's lease

            def frozen_holding_a_lease() -> bool:
                a.process.send_signal(signal.SIGSTOP)
                if connection.scalar(held_by_a):
                    return True
                a.process.send_signal(signal.SIGCONT)
                return False

            _until(frozen_holding_a_lease, timeout=60)
        a.kill()
        _until(lambda: httpx.get(status).json()["status"] == "done", timeout=300)
        final = httpx.get(status).json()
        assert (final["done"], final["total"]) == (ROWS, ROWS)
        with engine.connect() as connection:
            writes = connection.execute(
                text("SELECT count(*), min(writes), max(writes) FROM result_writes")
            ).one()
            uncoded = connection.scalar(
                text("SELECT count(*) FROM feedback_job_items WHERE result IS NULL")
            )
            taken_over = connection.scalar(
                text("SELECT count(*) FROM feedback_job_batches WHERE attempts > 1")
            )
        engine.dispose()
        assert tuple(writes) == (ROWS, 1, 1) and uncoded == 0
        assert taken_over >= 1, "the batch A held when it died was not taken over"
    finally:
        a.stop()
        b.stop()


def test_twenty_replicas_started_at_once_on_an_empty_database_all_come_up(
    shared: tuple[str, Chroma], tmp_path: Path
) -> None:
    database, chroma = shared
    replicas = [
        Replica(tmp_path / f"r{n}", **_env(database, chroma, EVALASSIST_JOB_WORKER="false"))
        for n in range(20)
    ]
    try:
        for replica in replicas:
            replica.wait_ready(timeout=300)
        engine = create_engine(database)
        with engine.connect() as connection:
            revisions = connection.scalar(text("SELECT count(*) FROM alembic_version"))
            documents = connection.scalar(text("SELECT count(*) FROM kb_documents"))
        engine.dispose()
        assert revisions == 1 and documents == 5
        assert all(httpx.get(f"{r.url}/readyz").status_code == 200 for r in replicas)
    finally:
        for replica in replicas:
            replica.stop()


def test_serve_with_two_workers_shares_the_server_stores(
    shared: tuple[str, Chroma], tmp_path: Path
) -> None:
    database, chroma = shared
    replica = Replica(tmp_path / "w", "--workers", "2", **_env(database, chroma))
    try:
        replica.wait_ready()
        searches = [
            httpx.get(f"{replica.url}/v1/knowledge/search", params={"q": f"ROI niveau {n}"})
            for n in range(40)
        ]
        assert [s.status_code for s in searches] == [200] * 40
        comments = [{"id": str(i), "text": f"Goede training, opmerking {i}."} for i in range(3_000)]
        job = httpx.post(f"{replica.url}/v1/feedback/jobs", json=comments, timeout=60).json()
        status = f"{replica.url}/v1/feedback/jobs/{job['id']}"
        _until(lambda: httpx.get(status).json()["status"] == "done", timeout=120)
        assert httpx.get(status).json()["done"] == 3_000
    finally:
        replica.stop()


def test_requests_during_a_database_or_chroma_restart_get_503_then_succeed(
    tmp_path: Path,
) -> None:
    postgres = Postgres()
    postgres.start()
    try:
        with chroma_server(tmp_path / "chroma") as chroma:
            replica = Replica(tmp_path / "r", **_env(postgres.url, chroma))
            try:
                replica.wait_ready()
                plans, search = f"{replica.url}/v1/plans", f"{replica.url}/v1/knowledge/search"
                assert httpx.get(plans).status_code == 200

                postgres.stop()
                down = httpx.get(plans, timeout=30)
                assert down.status_code == 503 and down.json()["type"].endswith("/unavailable")
                assert httpx.get(f"{replica.url}/readyz", timeout=30).status_code == 503
                postgres.start()
                _until(lambda: httpx.get(plans, timeout=30).status_code == 200, timeout=30)

                chroma.stop()
                down = httpx.get(search, params={"q": "ROI"}, timeout=30)
                assert down.status_code == 503 and down.json()["type"].endswith("/unavailable")
                assert httpx.get(f"{replica.url}/readyz", timeout=30).status_code == 503
                chroma.start()
                _until(
                    lambda: httpx.get(search, params={"q": "ROI"}, timeout=30).status_code == 200,
                    timeout=30,
                )
                assert httpx.get(f"{replica.url}/readyz").status_code == 200
            finally:
                replica.stop()
    finally:
        postgres.remove()
