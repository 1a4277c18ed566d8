"""REST: an upload beyond the limits is a 413 or 422 problem that names the limit, never a 500
and never a job; inspecting it says the same before anyone submits it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api import create_app
from assistant.settings import Settings
from tests.served import LOCAL_URL
from tests.unit.feedback.test_upload_limits import SAME_ROW, repeated, sheet_xml, xlsx_with

MB = 1024 * 1024
NL = {"Accept-Language": "nl-NL,nl;q=0.9"}


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    settings = Settings(
        data_dir=tmp_path / "data",
        max_job_rows=5,
        max_cell_chars=100,
        max_unpacked_bytes=MB,
        max_compression_ratio=100,
    )
    with TestClient(create_app(settings), base_url=LOCAL_URL) as test_client:
        yield test_client


def problem(response, status: int) -> str:  # a TestClient response
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    detail: str = response.json()["detail"]
    return detail


@pytest.mark.parametrize("path", ["/v1/feedback/jobs", "/v1/feedback/inspect"])
def test_an_xlsx_zip_bomb_is_a_413_problem(client: TestClient, tmp_path: Path, path: str) -> None:
    bomb = xlsx_with(tmp_path / "bomb.xlsx", sheet_xml(repeated(SAME_ROW, 50 * MB)))
    response = client.post(
        path, files={"file": ("bomb.xlsx", bomb.read_bytes())}, data={"text_column": "text"}
    )
    detail = problem(response, 413)
    assert detail.startswith("bomb.xlsx unpacks to 50")
    assert "more than the 1 MB allowed" in detail
    assert "(limit: EVALASSIST_MAX_UNPACKED_BYTES)" in detail
    assert client.get("/v1/feedback/jobs").json()["total"] == 0


def test_rows_and_cells_beyond_the_limits_are_422_problems(client: TestClient) -> None:
    six = "id,text\n" + "".join(f"{n},prima\n" for n in range(6))
    response = client.post(
        "/v1/feedback/jobs", files={"file": ("six.csv", six.encode())}, data={"text_column": "text"}
    )
    assert "more than 5 rows" in problem(response, 422)
    response = client.post("/v1/feedback/inspect", files={"file": ("six.csv", six.encode())})
    assert "(limit: EVALASSIST_MAX_JOB_ROWS)" in problem(response, 422)
    huge = "id,text\n1," + "a" * 200_000 + "\n"  # beyond the csv module's own limit
    response = client.post(
        "/v1/feedback/jobs",
        files={"file": ("huge.csv", huge.encode())},
        data={"text_column": "text"},
        headers=NL,
    )
    detail = problem(response, 422)
    assert detail.startswith("Regel 2 van huge.csv heeft een cel van meer dan 100 tekens")
    assert "(grens: EVALASSIST_MAX_CELL_CHARS)" in detail
    assert client.get("/v1/feedback/jobs").json()["total"] == 0
