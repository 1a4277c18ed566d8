import json
from pathlib import Path

from typer.testing import CliRunner

from assistant.cli import app

runner = CliRunner()
BRIEF = Path(__file__).parents[1] / "unit" / "planning" / "briefs" / "leadership_nl.txt"


def test_objectives_check_table() -> None:
    result = runner.invoke(app, ["objectives", "check", "Improve communication skills."])
    assert result.exit_code == 0
    assert "Specific" in result.output and "fail" in result.output


def test_objectives_check_json_with_lang() -> None:
    result = runner.invoke(
        app,
        [
            "objectives",
            "check",
            "Verzuim van 6% naar 4,5% voor 1 juli 2027",
            "--lang",
            "nl",
            "--json",
        ],
    )
    assert result.exit_code == 0
    verdict = json.loads(result.stdout)
    assert verdict["language"] == "nl" and verdict["criteria"][4]["passed"] is True


def test_objectives_check_rejects_empty_and_bad_lang() -> None:
    assert runner.invoke(app, ["objectives", "check", "  "]).exit_code == 2
    assert runner.invoke(app, ["objectives", "check", "x", "--lang", "de"]).exit_code == 2


def test_plan_parse_text_json() -> None:
    result = runner.invoke(
        app, ["plan", "parse", "--text", "Reduce turnover by 10% by Q3 2027.", "--json"]
    )
    assert result.exit_code == 0
    extraction = json.loads(result.stdout)
    assert extraction["language"] == "en"
    assert extraction["brief"]["business_goals"][0]["deadline"]["quarter"] == 3
    assert any(q["field"] == "/title" for q in extraction["open_questions"])


def test_plan_parse_file_table() -> None:
    result = runner.invoke(app, ["plan", "parse", "--file", str(BRIEF)])
    assert result.exit_code == 0
    assert "Leiderschap in Balans" in result.output
    assert "Open vragen" in result.output and "EUR 250" in result.output


def test_plan_parse_needs_exactly_one_source(tmp_path: Path) -> None:
    assert runner.invoke(app, ["plan", "parse"]).exit_code == 2
    missing = runner.invoke(app, ["plan", "parse", "--file", str(tmp_path / "none.txt")])
    assert missing.exit_code == 2 and "not found" in missing.output
