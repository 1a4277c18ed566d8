import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.cli import app
from knowledge_base.service import KnowledgeService

runner = CliRunner()
CONTRACT_KEYS = {"chunk_id", "source", "title", "text", "score", "start", "end"}


@pytest.fixture(autouse=True)
def _shipped_data(
    shipped_service: KnowledgeService, shipped_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EVALASSIST_DATA_DIR", str(shipped_data_dir))


def test_ingest_again_reports_nothing_changed() -> None:
    result = runner.invoke(app, ["kb", "ingest"])
    assert result.exit_code == 0, result.output
    assert "Nothing changed" in result.output


def test_search_json() -> None:
    result = runner.invoke(app, ["kb", "search", "Wat is twijfelmoed?", "--k", "2", "--json"])
    assert result.exit_code == 0, result.output
    body = json.loads(result.stdout)
    assert len(body["hits"]) == 2 and body["hits"][0]["title"] == "Twijfelmoed"


def test_batch_search_follows_the_contract(tmp_path: Path) -> None:
    queries = tmp_path / "q.jsonl"
    queries.write_text(
        '{"id": "a", "question": "Wat is reverse mentoring?"}\n'
        '{"id": 7, "question": "What is the basic ROI formula for training?"}\n',
        encoding="utf-8",
    )
    result = runner.invoke(app, ["kb", "search", "--queries", str(queries), "--k", "3", "--json"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["id"] for line in lines] == ["a", 7]
    for line in lines:
        assert set(line) == {"id", "hits"} and len(line["hits"]) == 3
        for hit in line["hits"]:
            assert set(hit) == CONTRACT_KEYS
            assert isinstance(hit["start"], int) and hit["end"] > hit["start"]


def test_batch_search_reports_bad_lines_and_exits_2(tmp_path: Path) -> None:
    queries = tmp_path / "q.jsonl"
    queries.write_text('not json\n{"id": "ok", "question": "ROI"}\n{"id": "x"}\n', "utf-8")
    result = runner.invoke(app, ["kb", "search", "--queries", str(queries), "--json"])
    assert result.exit_code == 2
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["id"] for line in lines] == [None, "ok", "x"]
    assert "error" in lines[0] and lines[1]["hits"] and "error" in lines[2]


@pytest.mark.parametrize(
    "line",
    [
        '{"question": "Wat is reverse mentoring?"}',
        '{"id": null, "question": "Wat is reverse mentoring?"}',
        '{"id": "", "question": "Wat is reverse mentoring?"}',
        '{"id": ["a"], "question": "Wat is reverse mentoring?"}',
        '{"id": "a"}',
        '{"id": "a", "question": "  "}',
    ],
)
def test_a_batch_line_without_id_or_question_is_an_error_line(tmp_path: Path, line: str) -> None:
    queries = tmp_path / "q.jsonl"
    queries.write_text(line + '\n{"id": "ok", "question": "ROI"}\n', "utf-8")
    result = runner.invoke(app, ["kb", "search", "--queries", str(queries), "--json"])
    assert result.exit_code == 2
    bad, good = (json.loads(row) for row in result.stdout.splitlines())
    assert bad["hits"] == [] and bad["error"].startswith("line 1: ")
    assert good["id"] == "ok" and good["hits"] and "error" not in good


def test_query_together_with_a_queries_file_is_rejected(tmp_path: Path) -> None:
    queries = tmp_path / "q.jsonl"
    queries.write_text('{"id": "a", "question": "ROI"}\n', "utf-8")
    result = runner.invoke(app, ["kb", "search", "ROI", "--queries", str(queries), "--json"])
    assert result.exit_code == 2 and result.stdout == ""
    assert "not both" in result.output and len(result.output.strip().splitlines()) == 1


def test_search_without_query_is_bad_input() -> None:
    result = runner.invoke(app, ["kb", "search"])
    assert result.exit_code == 2
    assert "QUERY" in result.output


def test_sources_and_ask() -> None:
    sources = runner.invoke(app, ["kb", "sources", "--json"])
    assert sources.exit_code == 0, sources.output
    shipped = [s for s in json.loads(sources.stdout) if s["collection"] == "articles"]
    assert len(shipped) == 5
    assert max(len(s["articles"]) for s in shipped) >= 20
    answer = runner.invoke(app, ["ask", "Wat is de intention-behavior gap?"])
    assert answer.exit_code == 0, answer.output
    assert "[1]" in answer.stdout and "Bronnen:" in answer.stdout


def test_add_and_remove_an_organisation_document(tmp_path: Path) -> None:
    document = tmp_path / "beleid.md"
    document.write_text(
        "# Ons leerbeleid\n\nIedere medewerker krijgt jaarlijks een persoonlijk "
        "opleidingsbudget van 1500 euro voor de zuurstokfabriek-academie.\n",
        encoding="utf-8",
    )
    added = runner.invoke(app, ["kb", "add", str(document), "--collection", "cli-test"])
    assert added.exit_code == 0, added.output
    found = runner.invoke(
        app,
        ["kb", "search", "zuurstokfabriek opleidingsbudget", "--collection", "cli-test", "--json"],
    )
    assert json.loads(found.stdout)["hits"][0]["source"] == "beleid.md"
    again = runner.invoke(app, ["kb", "add", str(document), "--collection", "cli-test"])
    assert "Nothing changed" in again.output
    removed = runner.invoke(app, ["kb", "remove", "cli-test", "beleid.md"])
    assert removed.exit_code == 0, removed.output
    unsupported = runner.invoke(app, ["kb", "add", str(tmp_path), "--collection", "cli-test"])
    assert unsupported.exit_code == 2


def test_cards_lists_the_method_cards_and_their_coverage() -> None:
    listed = runner.invoke(app, ["kb", "cards", "--json"])
    assert listed.exit_code == 0, listed.output
    cards = json.loads(listed.stdout)
    assert len(cards) >= 60 and {"v-model", "isolation", "roi-formula"} <= {c["id"] for c in cards}
    coverage = runner.invoke(app, ["kb", "cards", "--coverage", "--json"])
    assert coverage.exit_code == 0, coverage.output
    body = json.loads(coverage.stdout)
    assert body["passages"] >= 250 and body["uncovered"] == []
