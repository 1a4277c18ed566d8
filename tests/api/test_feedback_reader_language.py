"""REST: empty cells, fillers and language-less comments are explained in the reader's language.

The reader's language comes from ``?language=`` (or the multipart ``language`` field), else
``Accept-Language``; comments with a language of their own keep theirs.
"""

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from assistant.feedback import rationale
from assistant.feedback.coder import offline_coder
from assistant.feedback.jobs import JobStore
from assistant.settings import Settings
from assistant.store.db import make_engine
from assistant.store.migrate import upgrade
from tests.api.test_feedback import wait_done
from tests.db_fixtures import insert_legacy_job, legacy_database

# (comment, the rule that codes it) for cells that carry no language a reader could follow
WITHOUT_LANGUAGE = [
    ("", "empty"),
    ("   ", "empty"),
    ("-", "empty"),
    ("???", "empty"),
    ("xxx", "noise"),
    ("asdf", "noise"),
    ("8/10", "rating"),
    ("5 stars", "rating"),
    ("Super!", "minimal"),
]
FILLERS = [("n.v.t.", "filler"), ("no comment", "filler"), ("geen opmerkingen", "filler")]
DUTCH = "Ik heb veel geleerd over feedback geven."
ENGLISH = "Since the course I use the checklist in every handover."


def classify(client: TestClient, texts: list[str], **kwargs) -> list[dict]:
    comments = [{"id": str(n), "text": text} for n, text in enumerate(texts)]
    response = client.post("/v1/feedback/classify", json={"comments": comments}, **kwargs)
    assert response.status_code == 200, response.text
    return response.json()["items"]


def expected(rule: str, lang: str) -> str:
    return rationale.for_rule(rule, lang=lang, stripped=False)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_classify_explains_cells_without_language_in_the_readers_language(
    client: TestClient, lang: str
) -> None:
    cells = WITHOUT_LANGUAGE + FILLERS
    items = classify(client, [text for text, _ in cells], headers={"Accept-Language": lang})
    assert [item["rationale"] for item in items] == [expected(rule, lang) for _, rule in cells]
    assert expected("empty", "nl") != expected("empty", "en")


def test_language_less_cells_take_the_readers_language_as_theirs(client: TestClient) -> None:
    texts = [text for text, _ in WITHOUT_LANGUAGE]
    items = classify(client, texts, headers={"Accept-Language": "nl-NL,nl;q=0.9,en;q=0.8"})
    assert {item["lang"] for item in items} == {"nl"}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_comments_with_a_language_keep_it(client: TestClient, lang: str) -> None:
    items = classify(client, [DUTCH, ENGLISH], headers={"Accept-Language": lang})
    assert [item["lang"] for item in items] == ["nl", "en"]
    assert items[0]["rationale"].startswith("Leren")
    assert items[1]["rationale"].startswith("Behaviour")


def test_without_accept_language_the_reader_is_english(client: TestClient) -> None:
    items = classify(client, ["", "8/10"])
    assert [item["rationale"] for item in items] == [
        expected("empty", "en"),
        expected("rating", "en"),
    ]


def test_the_language_parameter_overrides_accept_language(client: TestClient) -> None:
    items = classify(client, ["-"], params={"language": "nl"}, headers={"Accept-Language": "en"})
    assert items[0]["rationale"] == expected("empty", "nl")


@pytest.mark.parametrize(
    ("lang", "phrase"), [("nl", "Kies bij de taal een van de mogelijkheden"), ("en", "Choose")]
)
def test_an_unknown_language_parameter_is_a_plain_error(
    client: TestClient, lang: str, phrase: str
) -> None:
    response = client.post(
        "/v1/feedback/classify?language=fr",
        json={"comments": [{"text": "-"}]},
        headers={"Accept-Language": lang},
    )
    assert response.status_code == 422
    assert phrase in response.json()["errors"][0]["detail"]


def results(client: TestClient, job_id: str) -> list[dict]:
    assert wait_done(client, job_id)["status"] == "done"
    return client.get(f"/v1/feedback/jobs/{job_id}/results").json()["items"]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_json_job_keeps_the_readers_language(client: TestClient, lang: str) -> None:
    comments = [{"text": ""}, {"text": "n.v.t."}, {"text": DUTCH}]
    job = client.post("/v1/feedback/jobs", json=comments, headers={"Accept-Language": lang})
    assert job.status_code == 202 and job.json()["language"] == lang
    items = results(client, job.json()["id"])
    assert [i["rationale"] for i in items[:2]] == [
        expected("empty", lang),
        expected("filler", lang),
    ]
    assert items[2]["lang"] == "nl" and items[2]["rationale"].startswith("Leren")
    listed = client.get("/v1/feedback/jobs").json()["items"]
    assert listed[0]["language"] == lang


@pytest.mark.parametrize(
    ("form", "header", "lang"), [(None, "nl", "nl"), ("en", "nl", "en"), ("nl", "en", "nl")]
)
def test_an_upload_job_keeps_the_readers_language(
    client: TestClient, form: str | None, header: str, lang: str
) -> None:
    content = "nr;opmerking\n1;\n2;-\n3;8/10\n".encode("cp1252")
    response = client.post(
        "/v1/feedback/jobs",
        files={"file": ("export.csv", content, "text/csv")},
        data={"text_column": "opmerking"} | ({"language": form} if form else {}),
        headers={"Accept-Language": header},
    )
    assert response.status_code == 202, response.text
    assert response.json()["language"] == lang
    items = results(client, response.json()["id"])
    assert [i["rationale"] for i in items] == [
        expected("empty", lang),
        expected("empty", lang),
        expected("rating", lang),
    ]


@pytest.mark.parametrize(("lang", "phrase"), [("nl", "de taal"), ("en", "the language")])
def test_an_unknown_language_field_on_an_upload_is_a_plain_error(
    client: TestClient, lang: str, phrase: str
) -> None:
    response = client.post(
        "/v1/feedback/jobs",
        files={"file": ("export.csv", b"text\n-\n", "text/csv")},
        data={"language": "de"},
        headers={"Accept-Language": lang},
    )
    assert response.status_code == 422
    body = response.json()
    assert body["errors"][0]["pointer"] == "/language"
    assert phrase in body["errors"][0]["detail"]


def test_a_database_from_before_reader_languages_still_runs_its_jobs(tmp_path: Path) -> None:
    """Existing databases have no reader table: it is added, and their jobs code as before."""
    engine = make_engine(Settings(data_dir=tmp_path / "legacy"))
    legacy_database(engine, without=("feedback_job_readers",))
    insert_legacy_job(
        engine, "old", status="queued", done=0, rows=[{"record": {"text": ""}, "result": None}]
    )
    upgrade(engine)  # what every start does: the reader table is added, the job batched
    store = JobStore(engine, offline_coder())
    store.run("old")
    assert store.status("old").language is None
    _, coded = store.results("old")
    assert [c.rationale for _, c in coded] == [expected("empty", "en")]
    engine.dispose()
