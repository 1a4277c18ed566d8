from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api import create_app
from assistant.services import Services
from assistant.settings import Settings
from assistant.text.language import detect_language
from knowledge_base.documents import chunk_shipped
from knowledge_base.service import KnowledgeService
from tests.served import LOCAL_URL


@pytest.fixture
def kb_client(shipped_service: KnowledgeService) -> Iterator[TestClient]:
    settings = shipped_service.settings.model_copy(update={"max_upload_bytes": 4096})
    services = Services(settings=settings, _knowledge=shipped_service)
    with TestClient(create_app(settings, services=services), base_url=LOCAL_URL) as client:
        yield client


def test_search(kb_client: TestClient) -> None:
    response = kb_client.get(
        "/v1/knowledge/search", params={"q": "Wat is reverse mentoring?", "k": 3}
    )
    assert response.status_code == 200
    hits = response.json()["hits"]
    assert len(hits) == 3 and "reverse mentoring" in hits[0]["text"].lower()
    assert {"chunk_id", "source", "title", "text", "score", "start", "end"} <= set(hits[0])


def test_search_validates_parameters(kb_client: TestClient) -> None:
    response = kb_client.get("/v1/knowledge/search", params={"q": "", "k": 0})
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"


def test_ask_and_sources(kb_client: TestClient) -> None:
    answer = kb_client.post("/v1/knowledge/ask", json={"question": "What does BANI stand for?"})
    assert answer.status_code == 200
    body = answer.json()
    assert body["language"] == "en" and body["engine"] == "offline"
    assert body["prompt_version"].startswith(("method-cards@", "answer-extractive-"))
    sources = kb_client.get("/v1/knowledge/sources").json()
    assert {s["doc_id"] for s in sources if s["collection"] == "articles"} >= {
        "004_68e4cea68f8ed269.txt"
    }


@pytest.mark.parametrize("language", ["nl", "en"])
def test_ask_answers_in_the_requested_language(kb_client: TestClient, language: str) -> None:
    # a question in the other language: the explicit language wins over the detected one
    question = {
        "nl": "How do you calculate the ROI of a training?",
        "en": "Hoe bereken je de ROI van een training?",
    }[language]
    detected = kb_client.post("/v1/knowledge/ask", json={"question": question}).json()
    assert detected["language"] != language  # read from the question alone
    body = kb_client.post(
        "/v1/knowledge/ask", json={"question": question, "language": language}
    ).json()
    assert body["language"] == language and body["cards"]  # a method card answers ...
    assert detect_language(body["answer"]) == language  # ... in the language asked for
    assert body["covered"] and body["citations"]


def test_ask_rejects_an_unknown_language(kb_client: TestClient) -> None:
    response = kb_client.post(
        "/v1/knowledge/ask", json={"question": "Wat is ROI?", "language": "de"}
    )
    assert response.status_code == 422
    assert "language" in response.text


def test_upload_and_delete_a_document(kb_client: TestClient) -> None:
    text = b"Onze organisatie meet de impact van de kwispelacademie met 360-graden feedback."
    created = kb_client.post(
        "/v1/knowledge/documents",
        data={"collection": "api-test"},
        files={"file": ("kwispel.txt", text, "text/plain")},
    )
    assert created.status_code == 201, created.text
    assert created.json()["documents"][0]["status"] == "added"
    hits = kb_client.get(
        "/v1/knowledge/search", params={"q": "kwispelacademie", "collection": "api-test"}
    ).json()["hits"]
    assert hits[0]["source"] == "kwispel.txt"
    deleted = kb_client.delete("/v1/knowledge/documents/api-test/kwispel.txt")
    assert deleted.status_code == 200 and deleted.json()["status"] == "removed"
    assert kb_client.delete("/v1/knowledge/documents/api-test/kwispel.txt").status_code == 404


@pytest.mark.parametrize(
    ("name", "data", "status"),
    [("a.exe", b"MZ", 422), ("a.pdf", b"%PDF-1.4 junk", 422), ("a.txt", b"x" * 80_000, 413)],
)
def test_bad_uploads_are_problems(
    kb_client: TestClient, name: str, data: bytes, status: int
) -> None:
    before = len(kb_client.get("/v1/knowledge/sources").json())
    response = kb_client.post(
        "/v1/knowledge/documents", data={"collection": "api-test"}, files={"file": (name, data)}
    )
    assert response.status_code == status
    assert response.headers["content-type"] == "application/problem+json"
    assert len(kb_client.get("/v1/knowledge/sources").json()) == before


def test_shipped_articles_cannot_be_deleted(kb_client: TestClient) -> None:
    response = kb_client.delete("/v1/knowledge/documents/articles/000_dca13e6c8155944b.txt")
    assert response.status_code == 422


def test_upload_limit_is_larger_than_the_body_limit(settings: Settings) -> None:
    app = create_app(settings.model_copy(update={"max_body_bytes": 1024}))
    with TestClient(app, base_url=LOCAL_URL) as client:
        big = client.post(
            "/v1/knowledge/ask",
            content=b"{" + b" " * 2000 + b"}",
            headers={"Content-Type": "application/json"},
        )
        assert big.status_code == 413


def test_a_passage_opens_with_the_text_around_it(
    kb_client: TestClient, shipped_service: KnowledgeService
) -> None:
    entry = next(e for e in shipped_service.catalog.entries if e.file.startswith("002_"))
    reflowed, chunks = chunk_shipped(entry)
    middle = chunks[len(chunks) // 2]
    response = kb_client.get(f"/v1/knowledge/passages/{middle.chunk_id}")
    assert response.status_code == 200
    body = response.json()
    assert body["text"] == middle.text and body["source"] == entry.file
    assert body["before"] and body["after"]
    # before, passage and after are consecutive stretches of the article, without overlap
    start = reflowed.text.index(body["before"])
    joined = reflowed.text[start : reflowed.text.index(body["after"]) + len(body["after"])]
    assert " ".join(joined.split()) == " ".join(
        (body["before"] + " " + body["text"] + " " + body["after"]).split()
    )
    first = kb_client.get(f"/v1/knowledge/passages/{chunks[0].chunk_id}").json()
    assert first["before"] == ""  # an article's first passage has nothing before it


def test_an_unknown_passage_is_404(kb_client: TestClient) -> None:
    response = kb_client.get("/v1/knowledge/passages/not-a-chunk")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
