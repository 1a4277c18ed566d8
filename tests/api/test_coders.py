"""REST: calibrate a coder to your own coding, use it for jobs and classify, and manage it."""

import csv
import io

from fastapi.testclient import TestClient

from assistant.feedback.coder import offline_coder
from tests.api.test_feedback import wait_done
from tests.unit.feedback.house_sample import sample

INTENTION = "Ik ga vanaf maandag de nieuwe checklist gebruiken."


def _items() -> list[dict]:
    return [{"text": text, "label": label} for text, label in sample()] + [
        {"text": "Maybe I'll try it someday.", "label": None}
    ]


def test_calibrate_use_and_delete_a_coder(client: TestClient) -> None:
    made = client.post("/v1/feedback/coders", json={"name": "house", "items": _items()})
    assert made.status_code == 201, made.text
    coder = made.json()
    assert coder["name"] == "house" and coder["model"].startswith(offline_coder().model_name)
    report = coder["report"]
    assert report["rows"] == 80 and report["uncoded"] == 1
    assert report["kappa_after"]["value"] > report["kappa_before"]["value"]
    assert [s["row"] for s in report["suggestions"]] == [81]

    again = client.post("/v1/feedback/coders", json={"name": "house", "items": _items()})
    assert again.status_code == 409
    assert "house" in again.json()["detail"]
    assert [c["name"] for c in client.get("/v1/feedback/coders").json()] == ["house"]

    comments = {"comments": [{"id": "1", "text": INTENTION}]}
    shipped = client.post("/v1/feedback/classify", json=comments).json()["items"][0]
    house = client.post("/v1/feedback/classify?coder=house", json=comments).json()["items"][0]
    assert (shipped["primary"], house["primary"]) == ("L2", "L3")
    assert house["model"] == coder["model"]

    job = client.post("/v1/feedback/jobs?coder=house", json=[{"id": "1", "text": INTENTION}])
    assert job.status_code == 202 and job.json()["coder"] == "house"
    assert wait_done(client, job.json()["id"])["status"] == "done"
    rows = client.get(f"/v1/feedback/jobs/{job.json()['id']}/results").json()["items"]
    assert rows[0]["primary"] == "L3" and rows[0]["model"] == coder["model"]

    assert client.delete("/v1/feedback/coders/house").status_code == 204
    assert client.get("/v1/feedback/coders/house").status_code == 404
    missing = client.post("/v1/feedback/jobs?coder=house", json=[{"text": INTENTION}])
    assert missing.status_code == 404


def test_calibrate_from_an_upload(client: TestClient) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(["opmerking", "code"])
    writer.writerows(sample())
    files = {"file": ("coded.csv", buffer.getvalue().encode("utf-8"), "text/csv")}
    form = {"text_column": "opmerking", "label_column": "code", "name": "upload-1"}
    made = client.post("/v1/feedback/coders", files=files, data=form)
    assert made.status_code == 201, made.text
    assert made.json()["report"]["labels"] == {"L1": 16, "L3": 48, "L4": 16}
    same = client.post(
        "/v1/feedback/coders",
        files=files,
        data={**form, "label_column": "opmerking", "name": "upload-2"},
    )
    assert same.status_code == 422 and "same" in same.json()["detail"]


def test_bad_samples_are_refused_with_the_reason(client: TestClient) -> None:
    unknown = [{"text": "x", "label": "L7"}] + [{"text": "y", "label": "L1"}] * 40
    response = client.post("/v1/feedback/coders", json={"name": "a", "items": unknown})
    assert response.status_code == 422 and "L7" in response.json()["detail"]
    thin = [{"text": "y", "label": "L1"}] * 40 + [{"text": "z", "label": "L2"}] * 2
    response = client.post("/v1/feedback/coders", json={"name": "a", "items": thin})
    assert response.status_code == 422 and "L2 (2)" in response.json()["detail"]
    response = client.post("/v1/feedback/coders", json={"name": "no spaces!", "items": _items()})
    assert response.status_code == 422
