"""Problems speak the reader's language: ``Accept-Language`` picks Dutch or English titles,
details and field sentences; the JSON shape and the pointers stay the same."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api import create_app
from assistant.services import Services
from assistant.settings import Settings
from tests.served import LOCAL_URL

NL = {"Accept-Language": "nl-NL,nl;q=0.9,en;q=0.8"}
EN = {"Accept-Language": "en-GB,en;q=0.9"}
COSTS = [{"category": "delivery", "description": "Trainer", "amount": "1000"}]


def _keys(problem: dict) -> tuple[list[str], list[str]]:
    return sorted(problem), [error["pointer"] for error in problem.get("errors", [])]


def test_plan_without_a_name_in_both_languages(client: TestClient) -> None:
    body = {"brief": {"business_goals": [{"description": "Minder verzuim"}]}}
    dutch = client.post("/v1/plans", json=body, headers=NL)
    english = client.post("/v1/plans", json=body, headers=EN)
    assert dutch.status_code == english.status_code == 422
    assert dutch.headers["content-type"] == "application/problem+json"
    assert _keys(dutch.json()) == _keys(english.json())
    assert dutch.json()["errors"] == [
        {"pointer": "/brief/title", "detail": "Geef het programma een naam."}
    ]
    assert english.json()["errors"] == [
        {"pointer": "/brief/title", "detail": "Give the programme a name."}
    ]
    assert dutch.json()["title"] == "Ongeldige invoer"
    assert english.json()["title"] == "Invalid input"
    assert "Geef het programma een naam" in dutch.json()["detail"]


def test_generic_field_sentences_name_the_field_in_words(client: TestClient) -> None:
    body = {"participants": "veel", "costs": [{**COSTS[0], "amount": "-5"}], "benefit_years": 30}
    errors = {
        e["pointer"]: e["detail"]
        for e in client.post("/v1/roi", json=body, headers=NL).json()["errors"]
    }
    assert errors == {
        "/participants": "Vul bij het aantal deelnemers een heel getal in, zoals 12.",
        "/costs/0/amount": "Vul bij het bedrag 0 of meer in.",
        "/benefit_years": "Vul bij het aantal batenjaren 10 of minder in.",
    }
    english = client.post("/v1/roi", json=body, headers=EN).json()["errors"]
    assert {e["pointer"] for e in english} == set(errors)
    assert "Write a whole number for the number of participants" in english[0]["detail"]


def test_a_value_the_domain_rejects_is_explained_in_dutch(client: TestClient) -> None:
    body = {"participants": 3, "costs": [{**COSTS[0], "amount": "12,3.4"}]}
    problem = client.post("/v1/roi", json=body, headers=NL).json()
    assert problem["errors"] == [
        {
            "pointer": "/costs/0/amount",
            "detail": "'12,3.4' is geen getal; schrijf bijvoorbeeld 1250,50.",
        }
    ]


def test_domain_422_is_localised_and_english_text_is_unchanged(client: TestClient) -> None:
    body = {"participants": 3, "costs": [{**COSTS[0], "amount": "0"}]}
    dutch = client.post("/v1/roi", json=body, headers=NL).json()
    english = client.post("/v1/roi", json=body).json()
    assert dutch["detail"].startswith("De totale kosten zijn 0")
    assert dutch["errors"] == [
        {"pointer": "/costs", "detail": "de totale kosten moeten boven 0 liggen"}
    ]
    assert english["detail"] == (
        "/costs: total costs are 0, so ROI is undefined; add the programme's fully loaded costs"
    )
    assert english["title"] == "Invalid input"


@pytest.mark.parametrize(
    ("path", "dutch", "english"),
    [
        ("/v1/plans/nope", "Er is geen plan met id 'nope'.", "No plan with id 'nope'."),
        (
            "/v1/feedback/jobs/nope",
            "Er is geen codeertaak met id nope.",
            "No feedback job with id nope.",
        ),
        ("/v1/no-such-route", "Dit adres bestaat niet.", "Not Found"),
    ],
)
def test_not_found_in_both_languages(
    client: TestClient, path: str, dutch: str, english: str
) -> None:
    nl, en = client.get(path, headers=NL).json(), client.get(path, headers=EN).json()
    assert (nl["status"], nl["title"], nl["detail"]) == (404, "Niet gevonden", dutch)
    assert (en["status"], en["title"], en["detail"]) == (404, "Not found", english)


@pytest.mark.parametrize("header", [None, "de-DE,de;q=0.9", "fr, nl;q=0", "*"])
def test_english_for_clients_that_ask_for_neither_language(
    client: TestClient, header: str | None
) -> None:
    headers = {"Accept-Language": header} if header else {}
    problem = client.get("/v1/plans/nope", headers=headers).json()
    assert (problem["title"], problem["detail"]) == ("Not found", "No plan with id 'nope'.")


@pytest.fixture
def idle_client(settings: Settings) -> Iterator[TestClient]:
    services = Services.build(settings.model_copy(update={"job_worker": False}))
    with TestClient(create_app(settings, services=services), base_url=LOCAL_URL) as client:
        yield client
    services.close()


def test_conflict_names_the_job_state_in_dutch(idle_client: TestClient) -> None:
    job = idle_client.post("/v1/feedback/jobs", json=[{"text": "Goede training"}]).json()
    idle_client.delete(f"/v1/feedback/jobs/{job['id']}")
    dutch = idle_client.get(f"/v1/feedback/jobs/{job['id']}/results", headers=NL)
    english = idle_client.get(f"/v1/feedback/jobs/{job['id']}/results")
    assert dutch.status_code == english.status_code == 409
    assert dutch.json()["title"] == "Conflict"
    assert dutch.json()["detail"] == (
        f"Taak {job['id']} is geannuleerd; de resultaten zijn er zodra de taak klaar is."
    )
    assert english.json()["detail"] == (
        f"Job {job['id']} is cancelled; results exist once it is done."
    )


def test_upload_errors_in_dutch(client: TestClient) -> None:
    files = {"file": ("opmerkingen.csv", b"id;toelichting\n1;Goed\n", "text/csv")}
    form = {"text_column": "text"}
    problem = client.post("/v1/feedback/jobs", files=files, data=form, headers=NL).json()
    assert problem["detail"] == (
        "Kolom 'text' staat niet in opmerkingen.csv; gevonden kolommen: 'id', 'toelichting'"
    )
    wrong = {"file": ("notes.pdf", b"%PDF", "application/pdf")}
    problem = client.post("/v1/feedback/jobs", files=wrong, headers=NL).json()
    assert problem["detail"].startswith("Bestandstype '.pdf' van upload.pdf wordt niet ondersteund")


def test_knowledge_upload_errors_in_dutch(client: TestClient) -> None:
    files = {"file": ("notities.exe", b"binary", "application/octet-stream")}
    form = {"collection": "eigen"}
    problem = client.post("/v1/knowledge/documents", files=files, data=form, headers=NL).json()
    assert problem["title"] == "Ongeldige invoer"
    assert problem["detail"].startswith("Bestandstype '.exe' wordt niet ondersteund")


def test_chat_session_errors_in_dutch(client: TestClient) -> None:
    problem = client.get("/v1/chat/sessions/nope", headers=NL).json()
    assert problem["detail"] == "Er is geen chatgesprek met id 'nope'."
