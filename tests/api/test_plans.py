import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from fastapi.testclient import TestClient

from api import create_app
from assistant.services import Services
from knowledge_base.service import KnowledgeService
from tests.plan_fixtures import EXAMPLES
from tests.served import LOCAL_URL


@pytest.fixture
def plan_client(shipped_service: KnowledgeService, tmp_path: Path) -> Iterator[TestClient]:
    settings = shipped_service.settings.model_copy(
        update={"database_url": f"sqlite:///{tmp_path / 'plans.db'}"}
    )
    services = Services(settings=settings, _knowledge=shipped_service)
    with TestClient(create_app(settings, services=services), base_url=LOCAL_URL) as client:
        yield client
    services.close()


def _brief() -> dict[str, object]:
    return json.loads((EXAMPLES / "leadership_brief.json").read_text(encoding="utf-8"))


def test_lifecycle(plan_client: TestClient) -> None:
    created = plan_client.post("/v1/plans", json={"brief": _brief()})
    assert created.status_code == 201, created.text
    record = created.json()
    plan_id = record["id"]
    assert created.headers["location"] == f"/v1/plans/{plan_id}"
    assert record["version"] == 1 and record["plan"]["roi_forecast"]["label"] == "forecast"

    plan_client.post(
        "/v1/plans",
        json={
            "text": "We want to cut errors from 40 to 30 per "
            "month by Q1 2028. Agents should double-check "
            "every order."
        },
    )
    page = plan_client.get("/v1/plans", params={"limit": 1}).json()
    assert page["total"] == 2 and len(page["items"]) == 1 and page["next_offset"] == 1

    plan = plan_client.get(f"/v1/plans/{plan_id}").json()["plan"]
    plan["title"] = "Leiderschap in Beweging 2.0"
    updated = plan_client.put(f"/v1/plans/{plan_id}", json=plan)
    assert updated.status_code == 200, updated.text
    assert updated.json()["version"] == 2
    assert (
        plan_client.get(f"/v1/plans/{plan_id}", params={"version": 1}).json()["plan"]["title"]
        == "Leiderschap in Beweging"
    )

    md = plan_client.get(f"/v1/plans/{plan_id}/export", params={"format": "md"})
    assert md.headers["content-type"].startswith("text/markdown")
    assert md.text.startswith("# Evaluatieplan: Leiderschap in Beweging 2.0")
    docx = plan_client.get(f"/v1/plans/{plan_id}/export", params={"format": "docx"})
    assert "attachment" in docx.headers["content-disposition"]
    assert Document(io.BytesIO(docx.content)).tables
    as_json = plan_client.get(f"/v1/plans/{plan_id}/export", params={"format": "json"})
    assert as_json.json()["title"] == "Leiderschap in Beweging 2.0"
    # Downloads are named after the title and version, not the id.
    for response, name in (
        (md, "leiderschap-in-beweging-2-0-v2.md"),
        (docx, "leiderschap-in-beweging-2-0-v2.docx"),
        (as_json, "leiderschap-in-beweging-2-0-v2.json"),
    ):
        assert response.headers["content-disposition"] == f'attachment; filename="{name}"'
    first = plan_client.get(f"/v1/plans/{plan_id}/export", params={"format": "docx", "version": 1})
    assert 'filename="leiderschap-in-beweging-v1.docx"' in first.headers["content-disposition"]


def test_not_found_is_problem_json(plan_client: TestClient) -> None:
    for response in (
        plan_client.get("/v1/plans/missing"),
        plan_client.get("/v1/plans/missing/export"),
        plan_client.put("/v1/plans/missing", json={}),
    ):
        assert response.status_code in (404, 422)
        assert response.headers["content-type"] == "application/problem+json"
    assert plan_client.get("/v1/plans/missing").status_code == 404


def test_bad_requests(plan_client: TestClient) -> None:
    both = plan_client.post("/v1/plans", json={"brief": _brief(), "text": "x"})
    assert both.status_code == 422 and "not both" in both.json()["detail"]
    neither = plan_client.post("/v1/plans", json={})
    assert neither.status_code == 422
    assert "not both" not in neither.json()["detail"]
    assert "give 'brief'" in neither.json()["detail"]
    no_goal = plan_client.post("/v1/plans", json={"brief": {"title": "Nothing"}})
    assert no_goal.status_code == 422
    dangling = plan_client.post("/v1/plans", json={"brief": _brief()}).json()
    plan = dangling["plan"]
    plan["citations"] = plan["citations"][1:]
    response = plan_client.put(f"/v1/plans/{dangling['id']}", json=plan)
    assert response.status_code == 422 and "citations" in response.text


def _stored(plan_client: TestClient) -> tuple[str, dict[str, Any]]:
    record = plan_client.post("/v1/plans", json={"brief": _brief()}).json()
    return record["id"], record["plan"]


def _pointers(response: Any) -> list[str]:
    return [error["pointer"] for error in response.json().get("errors", [])]


def test_edit_cannot_forge_the_roi_forecast(plan_client: TestClient) -> None:
    plan_id, plan = _stored(plan_client)
    plan["roi_forecast"]["roi_pct"] = "999.00"
    response = plan_client.put(f"/v1/plans/{plan_id}", json=plan)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert "/roi_forecast" in _pointers(response)
    assert plan_client.get(f"/v1/plans/{plan_id}").json()["version"] == 1


def test_edit_without_forecast_gets_the_calculators(plan_client: TestClient) -> None:
    plan_id, plan = _stored(plan_client)
    forecast = plan["roi_forecast"]
    plan["roi_forecast"] = None
    response = plan_client.put(f"/v1/plans/{plan_id}", json=plan)
    assert response.status_code == 200, response.text
    assert response.json()["plan"]["roi_forecast"]["roi_pct"] == forecast["roi_pct"]


def test_edit_cannot_cite_an_unknown_passage(plan_client: TestClient) -> None:
    plan_id, plan = _stored(plan_client)
    forged = "kb-does-not-exist-0001"
    first = plan["citations"][0]["chunk_id"]
    plan["citations"][0]["chunk_id"] = forged
    text = json.dumps(plan).replace(f'"{first}"', f'"{forged}"')
    response = plan_client.put(f"/v1/plans/{plan_id}", json=json.loads(text))
    assert response.status_code == 422, response.text
    assert "/citations/0/chunk_id" in _pointers(response)
    assert forged in response.json()["detail"]


def test_legitimate_text_edit_is_stored_as_version_2(plan_client: TestClient) -> None:
    plan_id, plan = _stored(plan_client)
    plan["objectives"][0]["text"] += " (herzien met de opdrachtgever)"
    response = plan_client.put(f"/v1/plans/{plan_id}", json=plan)
    assert response.status_code == 200, response.text
    assert response.json()["version"] == 2
    assert response.json()["plan"]["roi_forecast"] == plan["roi_forecast"]


def test_an_organisation_named_with_a_number_gets_its_plan(plan_client: TestClient) -> None:
    brief = {**_brief(), "organisation": "Team 42"}
    created = plan_client.post("/v1/plans", json={"brief": brief})
    assert created.status_code == 201, created.text


def test_a_one_line_free_text_brief_gets_its_plan(plan_client: TestClient) -> None:
    text = "Programma: Grip op Verzuim. Doel: verzuim van 6% naar 4,5% binnen een jaar."
    created = plan_client.post("/v1/plans", json={"text": text})
    assert created.status_code == 201, created.text
    assert created.json()["plan"]["title"] == "Grip op Verzuim"


@pytest.mark.parametrize("query", ["offset=9223372036854775808", "version=9223372036854775808"])
def test_an_index_beyond_what_is_stored_is_422(plan_client: TestClient, query: str) -> None:
    path = "/v1/plans?" if query.startswith("offset") else "/v1/plans/x?"
    assert plan_client.get(path + query).status_code == 422
    assert plan_client.get("/v1/feedback/jobs?offset=9223372036854775808").status_code == 422
    assert plan_client.get("/v1/chat/sessions?offset=9223372036854775808").status_code == 422


def test_two_edits_from_one_version_the_second_gets_412(plan_client: TestClient) -> None:
    plan_id, plan = _stored(plan_client)
    etag = plan_client.get(f"/v1/plans/{plan_id}").headers["ETag"]
    assert etag == '"1"'
    first, second = json.loads(json.dumps(plan)), json.loads(json.dumps(plan))
    first["objectives"][0]["text"] += " (eerste)"
    second["objectives"][0]["text"] += " (tweede)"
    saved = plan_client.put(f"/v1/plans/{plan_id}", json=first, headers={"If-Match": etag})
    assert saved.status_code == 200 and saved.headers["ETag"] == '"2"'
    stale = plan_client.put(f"/v1/plans/{plan_id}", json=second, headers={"If-Match": etag})
    assert stale.status_code == 412 and stale.json()["type"].endswith("/precondition-failed")
    assert plan_client.get(f"/v1/plans/{plan_id}").json()["latest_version"] == 2
    odd = plan_client.put(f"/v1/plans/{plan_id}", json=second, headers={"If-Match": "abc"})
    assert odd.status_code == 412


@pytest.fixture
def team_plans(shipped_service: KnowledgeService, tmp_path: Path) -> Iterator[TestClient]:
    settings = shipped_service.settings.model_copy(
        update={
            "database_url": f"sqlite:///{tmp_path / 'plans.db'}",
            "api_keys": ("team-a=key-of-team-a", "team-b=key-of-team-b"),
            "max_plan_objectives": 10,
        }
    )
    services = Services(settings=settings, _knowledge=shipped_service)
    with TestClient(create_app(settings, services=services), base_url=LOCAL_URL) as client:
        yield client
    services.close()


def test_a_plan_is_its_workspaces_own(team_plans: TestClient) -> None:
    a, b = {"Authorization": "Bearer key-of-team-a"}, {"Authorization": "Bearer key-of-team-b"}
    record = team_plans.post("/v1/plans", json={"brief": _brief()}, headers=a).json()
    plan_id = record["id"]
    assert team_plans.get(f"/v1/plans/{plan_id}", headers=b).status_code == 404
    assert team_plans.get(f"/v1/plans/{plan_id}/export", headers=b).status_code == 404
    assert team_plans.put(f"/v1/plans/{plan_id}", json=record["plan"], headers=b).status_code == 404
    assert team_plans.get("/v1/plans", headers=b).json()["total"] == 0
    assert team_plans.get(f"/v1/plans/{plan_id}", headers=a).status_code == 200


def test_a_plan_with_more_objectives_than_allowed_is_422(team_plans: TestClient) -> None:
    a = {"Authorization": "Bearer key-of-team-a"}
    record = team_plans.post("/v1/plans", json={"brief": _brief()}, headers=a).json()
    plan = record["plan"]
    plan["objectives"] = (plan["objectives"] * 11)[:11]
    refused = team_plans.put(f"/v1/plans/{record['id']}", json=plan, headers=a)
    assert refused.status_code == 422 and "EVALASSIST_MAX_PLAN_OBJECTIVES" in refused.text
