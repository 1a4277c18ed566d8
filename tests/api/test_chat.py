"""``/v1/chat``: sessions CRUD, paginated lists, replies as JSON and as server-sent events."""

from __future__ import annotations

import json
from collections.abc import Iterator
from decimal import Decimal

import pytest
from fastapi.testclient import TestClient

from api import create_app
from assistant.roi import RoiInput, compute_roi
from assistant.services import Services
from knowledge_base.service import KnowledgeService
from tests.served import LOCAL_URL


@pytest.fixture
def client(tmp_path, shipped_service: KnowledgeService) -> Iterator[TestClient]:
    settings = shipped_service.settings.model_copy(update={"data_dir": tmp_path / "data"})
    services = Services(settings=settings, _knowledge=shipped_service)
    with TestClient(create_app(settings, services=services), base_url=LOCAL_URL) as test_client:
        yield test_client
    services.close()


def _events(body: str) -> list[tuple[str, dict]]:
    events = []
    for block in body.strip().split("\n\n"):
        fields = dict(line.split(": ", 1) for line in block.splitlines())
        events.append((fields["event"], json.loads(fields["data"])))
    return events


def test_session_lifecycle(client: TestClient) -> None:
    created = client.post("/v1/chat/sessions", json={"language": "en"})
    assert created.status_code == 201
    session = created.json()
    assert session["language"] == "en" and session["history"] == []
    sid = session["id"]
    for n in range(3):
        client.post("/v1/chat/sessions", json={"title": f"extra {n}"})
    page = client.get("/v1/chat/sessions", params={"limit": 2, "offset": 1}).json()
    assert page["total"] == 4 and len(page["items"]) == 2
    renamed = client.patch(f"/v1/chat/sessions/{sid}", json={"title": "ROI Leadership"})
    assert renamed.status_code == 200 and renamed.json()["title"] == "ROI Leadership"
    assert renamed.json()["language"] == "en"
    cleared = client.patch(f"/v1/chat/sessions/{sid}", json={"language": None})
    assert cleared.json()["language"] is None and cleared.json()["title"] == "ROI Leadership"
    assert client.delete(f"/v1/chat/sessions/{sid}").status_code == 204
    missing = client.get(f"/v1/chat/sessions/{sid}")
    assert missing.status_code == 404
    assert missing.headers["content-type"].startswith("application/problem+json")


def test_messages_with_memory_and_structured_results(client: TestClient) -> None:
    sid = client.post("/v1/chat/sessions", json={}).json()["id"]
    first = client.post(f"/v1/chat/sessions/{sid}/messages", json={
        "text": "Bereken de ROI: de training kost EUR 15.000 voor 20 deelnemers en levert "
                "EUR 45.000 per jaar op."})  # fmt: skip
    assert first.status_code == 200
    understood = first.json()
    assert understood["intent"] == "compute_roi" and understood["language"] == "nl"
    roi_input = RoiInput.model_validate(understood["tools"]["roi_input"])
    reply = client.post(f"/v1/chat/sessions/{sid}/messages", json={"text": "ja"}).json()
    assert reply["intent"] == "confirm_roi"
    assert Decimal(reply["tools"]["roi_result"]["roi_pct"]) == compute_roi(roi_input).roi_pct
    session = client.get(f"/v1/chat/sessions/{sid}").json()
    assert session["messages"] == 4 and [m["role"] for m in session["history"]] == [
        "user", "assistant", "user", "assistant"]  # fmt: skip
    assert session["state"]["roi_result"]["roi_pct"] == "200.00"
    assert session["history"][3]["reply"]["tools"]["roi_result"]["bcr"] == "3.00"


def test_streamed_reply_as_server_sent_events(client: TestClient) -> None:
    sid = client.post("/v1/chat/sessions", json={}).json()["id"]
    response = client.post(
        f"/v1/chat/sessions/{sid}/messages",
        json={"text": "How do I isolate the effect of a training programme?"},
        headers={"Accept": "text/event-stream"},
    )
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/event-stream")
    events = _events(response.text)
    names = [name for name, _ in events]
    assert names[-1] == "done" and names.count("done") == 1 and "token" in names
    assert names.index("tool") < names.index("token")
    done = events[-1][1]
    tokens = "".join(data["text"] for name, data in events if name == "token")
    assert tokens == done["text"] and done["intent"] == "ask_method"
    tools = {data["tool"]: data["result"] for name, data in events if name == "tool"}
    assert [c["n"] for c in tools["citations"]] == [c["n"] for c in done["citations"]]
    assert done["citations"]


def test_bad_requests(client: TestClient) -> None:
    sid = client.post("/v1/chat/sessions", json={}).json()["id"]
    assert client.post(f"/v1/chat/sessions/{sid}/messages", json={}).status_code == 422
    too_long = client.post(f"/v1/chat/sessions/{sid}/messages", json={"text": "x" * 100_001})
    assert too_long.status_code == 422
    empty = client.post(f"/v1/chat/sessions/{sid}/messages", json={"text": ""})
    assert empty.status_code == 200 and empty.json()["intent"] == "empty"
    assert client.post("/v1/chat/sessions/nope/messages", json={"text": "hi"}).status_code == 404
    assert client.post("/v1/chat/sessions", json={"title": ""}).status_code == 422
    assert client.get("/v1/chat/sessions", params={"limit": 0}).status_code == 422
