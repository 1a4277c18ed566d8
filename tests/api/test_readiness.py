"""``/readyz`` checks what a request needs; a request that needs a database that went away gets
503 with a problem body, not 500; DELETE removes a finished job."""

from __future__ import annotations

import time
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import create_engine, make_url, text

from api import create_app
from assistant.settings import Settings
from tests.db_fixtures import POSTGRES_URL, fresh_postgres
from tests.served import LOCAL_URL

COMMENTS = [{"id": "a", "text": "Ik pas de feedbackmethode nu toe in mijn team."}]


def test_ready_when_the_database_chroma_and_the_index_answer(client: TestClient) -> None:
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["checks"] == {"database": "ok", "chroma": "ok", "index": "ok"}


def test_healthz_stays_liveness_only(client: TestClient) -> None:
    assert client.get("/healthz").json()["status"] == "ok"


def test_a_database_that_went_away_gives_503_on_readyz_and_requests(tmp_path: Path) -> None:
    with fresh_postgres() as url:
        settings = Settings(data_dir=tmp_path / "data", database_url=url, db_pool_timeout_s=2)
        with TestClient(
            create_app(settings), raise_server_exceptions=False, base_url=LOCAL_URL
        ) as client:
            assert client.get("/readyz").status_code == 200
            name = make_url(url).database
            admin = create_engine(str(POSTGRES_URL), isolation_level="AUTOCOMMIT")
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
            admin.dispose()
            ready = client.get("/readyz", headers={"Accept-Language": "nl"})
            assert ready.status_code == 503
            assert ready.headers["content-type"] == "application/problem+json"
            assert ready.json()["detail"].startswith("database:")
            listed = client.get("/v1/plans")
            assert listed.status_code == 503, listed.text
            assert listed.json()["type"].endswith("/unavailable")
            assert listed.headers["Retry-After"] == "5"


def test_delete_cancels_an_active_job_and_removes_a_finished_one(client: TestClient) -> None:
    job = client.post("/v1/feedback/jobs", json=COMMENTS).json()
    deadline = time.monotonic() + 30
    while client.get(f"/v1/feedback/jobs/{job['id']}").json()["status"] != "done":
        assert time.monotonic() < deadline
        time.sleep(0.05)
    assert client.delete(f"/v1/feedback/jobs/{job['id']}").status_code == 204
    assert client.get(f"/v1/feedback/jobs/{job['id']}").status_code == 404
    assert client.delete(f"/v1/feedback/jobs/{job['id']}").status_code == 404


def test_a_damaged_database_file_is_reported_by_readyz_and_gets_503(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    with TestClient(
        create_app(settings), base_url=LOCAL_URL, raise_server_exceptions=False
    ) as client:
        assert client.get("/readyz").status_code == 200
        services = client.app.state.services  # type: ignore[attr-defined]
        services.db.dispose()  # let go of open connections, as after a restart
        (tmp_path / "data" / "evalassist.db").write_bytes(b"this is not a database" * 512)
        for name in ("evalassist.db-wal", "evalassist.db-shm"):
            (tmp_path / "data" / name).unlink(missing_ok=True)
        ready = client.get("/readyz")
        assert ready.status_code == 503 and ready.json()["detail"].startswith("database:")
        assert client.get("/v1/plans").status_code == 503
