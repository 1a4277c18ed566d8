"""REST: uploads read the way jobs read them (POST /feedback/inspect), jobs on a chosen sheet,
the list of jobs, and downloads that keep the upload's conventions."""

import io
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from openpyxl import Workbook, load_workbook

from tests.api.test_feedback import wait_done

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
HEADER = "Toelichting (één zin)"
FORMULA = '=HYPERLINK("http://evil.example","klik")'


def cp1252_csv() -> bytes:
    lines = [
        f"nr;{HEADER};afdeling",
        "1;Ik pas de techniek nu toe bij elk gesprek.;zorg",
        "2;=SUM(A1:A2) café;ict",
        "3;Leuke dag, goede koffie;hr",
    ]
    return ("\r\n".join(lines) + "\r\n").encode("cp1252")


def notes_first_workbook() -> bytes:
    """A workbook as survey tools export it: a notes sheet first, the answers second."""
    workbook = Workbook()
    notes = workbook.active
    notes.title = "Toelichting"
    notes.append(["Export van de enquête, 3 maart"])
    notes.append(["Anonieme antwoorden; verwijder niets."])
    data = workbook.create_sheet("Antwoorden")
    data.append(["respondent", "Wat neem je mee?", "score"])
    data.append([1, "Sinds de training gebruik ik de checklist bij elke overdracht.", 8])
    data.append([2, FORMULA, 3])
    data.cell(row=3, column=2).data_type = "s"  # typed as text in Excel, not a live formula
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def inspect(client: TestClient, name: str, content: bytes, **data: str) -> dict:
    response = client.post("/v1/feedback/inspect", files={"file": (name, content)}, data=data)
    assert response.status_code == 200, response.text
    body: dict = response.json()
    return body


def test_inspect_reads_a_cp1252_semicolon_csv_as_jobs_do(client: TestClient) -> None:
    info = inspect(client, "export.csv", cp1252_csv())
    assert (info["format"], info["encoding"], info["delimiter"]) == ("csv", "cp1252", ";")
    assert info["columns"] == ["nr", HEADER, "afdeling"] and info["total"] == 3
    assert info["sample"][1][HEADER] == "=SUM(A1:A2) café"
    job = client.post(
        "/v1/feedback/jobs",
        files={"file": ("export.csv", cp1252_csv())},
        data={"text_column": info["columns"][1]},
    )
    assert job.status_code == 202, job.text


def test_inspect_picks_the_data_sheet_of_a_workbook_with_notes_first(client: TestClient) -> None:
    info = inspect(client, "enquete.xlsx", notes_first_workbook())
    assert [s["name"] for s in info["sheets"]] == ["Toelichting", "Antwoorden"]
    assert info["sheets"][0]["columns"] == ["Export van de enquête, 3 maart"]
    assert info["sheet"] == "Antwoorden" and info["columns"][1] == "Wat neem je mee?"
    assert info["total"] == 2 and info["sample"][0]["respondent"] == "1"
    chosen = inspect(client, "enquete.xlsx", notes_first_workbook(), sheet="Toelichting")
    assert chosen["sheet"] == "Toelichting" and chosen["columns"] == [
        "Export van de enquête, 3 maart"
    ]


def test_inspect_rejects_what_it_cannot_read(client: TestClient) -> None:
    bad = client.post("/v1/feedback/inspect", files={"file": ("notes.pdf", b"%PDF-1.4")})
    assert bad.status_code == 422 and ".pdf" in bad.json()["detail"]
    broken = client.post("/v1/feedback/inspect", files={"file": ("x.xlsx", b"not a zip")})
    assert broken.status_code == 422 and "not a readable .xlsx" in broken.json()["detail"]
    missing = client.post(
        "/v1/feedback/inspect",
        files={"file": ("e.xlsx", notes_first_workbook())},
        data={"sheet": "Blad9"},
    )
    assert missing.status_code == 422 and "Antwoorden" in missing.json()["detail"]
    assert client.post("/v1/feedback/inspect", json={}).status_code == 422


def test_a_job_runs_on_the_chosen_sheet_and_exports_a_usable_workbook(
    client: TestClient,
) -> None:
    response = client.post(
        "/v1/feedback/jobs",
        files={"file": ("enquete.xlsx", notes_first_workbook(), XLSX)},
        data={"text_column": "Wat neem je mee?", "sheet": "Antwoorden"},
    )
    assert response.status_code == 202, response.text
    job = response.json()
    assert job["source"] == {
        "filename": "enquete.xlsx",
        "format": "xlsx",
        "encoding": None,
        "delimiter": None,
        "sheet": "Antwoorden",
    }
    assert wait_done(client, job["id"])["total"] == 2
    download = client.get(f"/v1/feedback/jobs/{job['id']}/results?format=xlsx")
    sheet = load_workbook(io.BytesIO(download.content)).active
    assert [c.value for c in sheet[1]][:4] == [
        "respondent",
        "Wat neem je mee?",
        "score",
        "kp_primary",
    ]
    formula = sheet.cell(row=3, column=2)
    assert (formula.value, formula.data_type) == (FORMULA, "s")
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref.startswith("A1:")
    assert 'filename="enquete-coded.xlsx"' in download.headers["content-disposition"]


def test_the_csv_download_keeps_the_uploads_delimiter(client: TestClient) -> None:
    job = client.post(
        "/v1/feedback/jobs",
        files={"file": ("export.csv", cp1252_csv())},
        data={"text_column": HEADER},
    ).json()
    wait_done(client, job["id"])
    download = client.get(f"/v1/feedback/jobs/{job['id']}/results?format=csv")
    assert download.content.startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM: Excel reads it
    lines = download.content.decode("utf-8-sig").splitlines()
    assert lines[0].startswith(f"nr;{HEADER};afdeling;kp_primary;")
    assert lines[2].startswith("2;'=SUM(A1:A2) café;ict;")  # the CSV keeps its neutralisation
    assert 'filename="export-coded.csv"' in download.headers["content-disposition"]


def test_jobs_are_listed_newest_first_and_paginated(client: TestClient) -> None:
    first = client.post(
        "/v1/feedback/jobs", files={"file": ("a.csv", cp1252_csv())}, data={"text_column": HEADER}
    ).json()
    second = client.post("/v1/feedback/jobs", json=[{"text": "Leuke dag"}]).json()
    page = client.get("/v1/feedback/jobs?limit=1").json()
    assert (page["total"], page["limit"], page["offset"], page["next_offset"]) == (2, 1, 0, 1)
    assert [j["id"] for j in page["items"]] == [second["id"]]
    assert page["items"][0]["source"] is None
    rest = client.get("/v1/feedback/jobs?offset=1&limit=1").json()
    assert [j["id"] for j in rest["items"]] == [first["id"]] and rest["next_offset"] is None
    listed = rest["items"][0]
    assert listed["source"]["filename"] == "a.csv" and listed["text_column"] == HEADER
    assert set(listed) >= {"status", "progress", "done", "total", "created_at"}
    assert client.get("/v1/feedback/jobs?limit=0").status_code == 422


@pytest.mark.parametrize("name", ["../../etc/passwd.csv", "C:\\\\Users\\\\me\\\\export.csv"])
def test_a_file_name_is_kept_without_its_folders(client: TestClient, name: str) -> None:
    job = client.post(
        "/v1/feedback/jobs", files={"file": (name, cp1252_csv())}, data={"text_column": HEADER}
    ).json()
    assert "/" not in job["source"]["filename"] and "\\\\" not in job["source"]["filename"]
    assert Path(job["source"]["filename"]).suffix == ".csv"
