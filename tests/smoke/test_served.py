"""The product started as users start it: ``evalassist serve`` (and ``uvicorn --factory``) as a
process of its own, driven over HTTP. The feedback job worker once never ran under ``serve``
while every in-process test passed."""

from __future__ import annotations

import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.served import BIN, product_env, served, uvicorn_factory_command

COMMENTS = [
    {"id": "a", "text": "Sinds de training gebruik ik de checklist bij elke overdracht."},
    {"id": "b", "text": "De trainer was geweldig en de zaal was prettig."},
]
CSV = "opmerking;afdeling\nIk pas de gesprekstechniek nu toe;zorg\nLeuke dag;ict\n".encode("cp1252")


def wait_finished(client: httpx.Client, job_id: str, timeout_s: float = 60) -> dict[str, object]:
    deadline = time.monotonic() + timeout_s
    while True:
        job: dict[str, object] = client.get(f"/v1/feedback/jobs/{job_id}").json()
        if job["status"] not in ("queued", "running") or time.monotonic() > deadline:
            return job
        time.sleep(0.2)


@pytest.fixture(scope="module", params=["serve", "uvicorn-factory"])
def client(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[httpx.Client]:
    command = None if request.param == "serve" else uvicorn_factory_command(0)
    workdir: Path = tmp_path_factory.mktemp(request.param)
    with (
        served(workdir, command and [*command[:-1], "{port}"]) as url,
        httpx.Client(base_url=url, timeout=30) as http,
    ):
        yield http


def test_a_feedback_job_finishes(client: httpx.Client) -> None:
    job = client.post("/v1/feedback/jobs", json=COMMENTS).json()
    finished = wait_finished(client, job["id"])
    assert finished["status"] == "done", finished
    results = client.get(f"/v1/feedback/jobs/{job['id']}/results").json()
    assert [item["id"] for item in results["items"]] == ["a", "b"]
    assert {item["primary"] for item in results["items"]} <= {"L1", "L2", "L3", "L4", "NONE"}


def test_an_uploaded_csv_job_finishes(client: httpx.Client) -> None:
    job = client.post(
        "/v1/feedback/jobs",
        files={"file": ("opmerkingen.csv", CSV, "text/csv")},
        data={"text_column": "opmerking"},
    ).json()
    assert wait_finished(client, job["id"])["status"] == "done"
    assert client.get(f"/v1/feedback/jobs/{job['id']}/results").json()["total"] == 2


def test_the_knowledge_base_is_ready_and_cites(client: httpx.Client) -> None:
    assert client.get("/healthz").json()["status"] == "ok"
    hits = client.get("/v1/knowledge/search", params={"q": "controlegroep"}).json()
    assert hits["hits"] and hits["hits"][0]["chunk_id"]


def test_evalassist_worker_codes_what_a_replica_without_a_worker_queued(tmp_path: Path) -> None:
    """``serve`` with EVALASSIST_JOB_WORKER=false only queues; ``evalassist worker`` (its own
    process, on the same database) codes the job, and stops cleanly on SIGTERM."""
    with (
        served(tmp_path, EVALASSIST_JOB_WORKER="false") as url,
        httpx.Client(base_url=url, timeout=30) as http,
    ):
        job = http.post("/v1/feedback/jobs", json=COMMENTS).json()
        time.sleep(2)
        assert http.get(f"/v1/feedback/jobs/{job['id']}").json()["status"] == "queued"
        worker = subprocess.Popen(
            [str(BIN / "evalassist"), "worker"],
            env=product_env(tmp_path / "data"),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            assert wait_finished(http, job["id"])["status"] == "done"
        finally:
            worker.send_signal(signal.SIGTERM)
            _, errors = worker.communicate(timeout=30)
        assert worker.returncode == 0, errors.decode()[-2000:]
