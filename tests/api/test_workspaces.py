"""Each API key belongs to a workspace: what one workspace makes, another cannot read, change
or delete (404), and each workspace has its own limits."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api import create_app
from assistant.settings import Settings
from tests.served import LOCAL_URL

A = {"Authorization": "Bearer key-of-team-a"}
B = {"Authorization": "Bearer key-of-team-b"}
COMMENT = [{"id": "a", "text": "Ik pas de feedbackmethode nu toe."}]


@pytest.fixture
def two_teams(settings: Settings) -> Iterator[TestClient]:
    keys = ("team-a=key-of-team-a", "team-b=key-of-team-b")
    limits = {"api_keys": keys, "max_sessions_per_workspace": 10, "max_active_jobs": 1}
    with TestClient(create_app(settings.model_copy(update=limits)), base_url=LOCAL_URL) as client:
        yield client


def test_a_chat_session_is_its_workspaces_own(two_teams: TestClient) -> None:
    made = two_teams.post("/v1/chat/sessions", json={"title": "A's"}, headers=A).json()
    assert two_teams.get(f"/v1/chat/sessions/{made['id']}", headers=B).status_code == 404
    assert two_teams.delete(f"/v1/chat/sessions/{made['id']}", headers=B).status_code == 404
    sent = two_teams.post(
        f"/v1/chat/sessions/{made['id']}/messages", json={"text": "Wat is niveau 3?"}, headers=B
    )
    assert sent.status_code == 404
    assert two_teams.get("/v1/chat/sessions", headers=B).json()["total"] == 0
    assert two_teams.get("/v1/chat/sessions", headers=A).json()["total"] == 1
    assert two_teams.get(f"/v1/chat/sessions/{made['id']}", headers=A).status_code == 200


def test_a_workspace_keeps_at_most_its_limit_of_sessions(two_teams: TestClient) -> None:
    for _ in range(10):
        assert two_teams.post("/v1/chat/sessions", json={}, headers=A).status_code == 201
    refused = two_teams.post("/v1/chat/sessions", json={}, headers=A)
    assert refused.status_code == 422 and "EVALASSIST_MAX_SESSIONS_PER_WORKSPACE" in refused.text
    assert two_teams.post("/v1/chat/sessions", json={}, headers=B).status_code == 201


def test_a_job_is_its_workspaces_own_and_active_jobs_are_limited(two_teams: TestClient) -> None:
    job = two_teams.post("/v1/feedback/jobs", json=COMMENT * 3000, headers=A).json()
    assert two_teams.get(f"/v1/feedback/jobs/{job['id']}", headers=B).status_code == 404
    assert two_teams.delete(f"/v1/feedback/jobs/{job['id']}", headers=B).status_code == 404
    assert two_teams.get("/v1/feedback/jobs", headers=B).json()["total"] == 0
    results = two_teams.get(f"/v1/feedback/jobs/{job['id']}/results", headers=B)
    assert results.status_code == 404
    if two_teams.get(f"/v1/feedback/jobs/{job['id']}", headers=A).json()["status"] != "done":
        second = two_teams.post("/v1/feedback/jobs", json=COMMENT, headers=A)
        assert second.status_code == 422 and "EVALASSIST_MAX_ACTIVE_JOBS" in second.text
    assert two_teams.post("/v1/feedback/jobs", json=COMMENT, headers=B).status_code == 202


def test_an_organisation_document_is_its_workspaces_own(two_teams: TestClient) -> None:
    text = b"Het buddyprogramma van Acme koppelt elke nieuwe monteur aan een collega. " * 8
    for headers in (A, B):  # both call their collection "acme" and upload the same file name
        added = two_teams.post(
            "/v1/knowledge/documents",
            files={"file": ("buddy.txt", text, "text/plain")},
            data={"collection": "acme"},
            headers=headers,
        )
        assert added.status_code == 201 and added.json()["documents"][0]["collection"] == "acme"
    query = {"q": "buddyprogramma monteur", "collection": "acme"}
    hits_a = two_teams.get("/v1/knowledge/search", params=query, headers=A).json()["hits"]
    hits_b = two_teams.get("/v1/knowledge/search", params=query, headers=B).json()["hits"]
    assert hits_a and hits_b and {h["collection"] for h in hits_a + hits_b} == {"acme"}
    assert not {h["chunk_id"] for h in hits_a} & {h["chunk_id"] for h in hits_b}
    assert (
        two_teams.get(f"/v1/knowledge/passages/{hits_a[0]['chunk_id']}", headers=B).status_code
        == 404
    )
    assert two_teams.delete("/v1/knowledge/documents/acme/buddy.txt", headers=B).status_code == 200
    assert two_teams.get("/v1/knowledge/search", params=query, headers=A).json()["hits"]
    assert not two_teams.get("/v1/knowledge/search", params=query, headers=B).json()["hits"]
    shipped = list(two_teams.get("/v1/knowledge/sources", headers=B).json())
    assert shipped and all(s["collection"] == "articles" for s in shipped)
    assert any(
        s["collection"] == "acme" for s in two_teams.get("/v1/knowledge/sources", headers=A).json()
    )
