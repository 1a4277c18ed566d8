"""``evalassist chat``: piped input until EOF, slash commands, history kept across runs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.cli import app
from knowledge_base.service import KnowledgeService

runner = CliRunner()


@pytest.fixture(autouse=True)
def _data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shipped_service: KnowledgeService,
          shipped_data_dir: Path) -> None:  # fmt: skip
    """A fresh database; the knowledge index is copied in by pointing at the shipped one."""
    monkeypatch.setenv("EVALASSIST_DATA_DIR", str(shipped_data_dir))
    monkeypatch.setenv("EVALASSIST_DATABASE_URL", f"sqlite:///{tmp_path / 'chat.db'}")


def test_piped_conversation_and_resume(tmp_path: Path) -> None:
    script = ("Hallo\nBereken de ROI: de training kost EUR 10.000 voor 20 deelnemers en "
              "levert EUR 30.000 per jaar op.\n")  # fmt: skip
    first = runner.invoke(app, ["chat"], input=script)
    assert first.exit_code == 0, first.output
    assert "Hallo!" in first.output and "Klopt dit?" in first.output
    second = runner.invoke(app, ["chat"], input="ja\n")
    assert second.exit_code == 0, second.output
    assert "2 messages" not in second.output and "4 messages" in second.output
    assert "200,00\u00a0%" in second.output
    export = tmp_path / "out.md"
    third = runner.invoke(app, ["chat"], input=f"/export {export}\n/quit\nnot sent\n")
    assert third.exit_code == 0 and export.read_text(encoding="utf-8").count("**You**") == 3


def test_new_session_json_and_multiline_comments() -> None:
    runner.invoke(app, ["chat"], input="Hello\n")
    script = "Code these comments:\\\n- Great trainer.\\\n- I now plan my week on Mondays.\n"
    result = runner.invoke(app, ["chat", "--new", "--json"], input=script)
    assert result.exit_code == 0, result.output
    reply = json.loads(result.stdout.strip().splitlines()[-1])
    assert reply["intent"] == "code_comments" and len(reply["tools"]["coded_comments"]) == 2
    listing = runner.invoke(app, ["chat"], input="/sessions\n/plan\n")
    assert listing.output.count("Hello") >= 1 and "No plan in this session yet." in listing.output


def test_unknown_session_and_command_exit_2() -> None:
    assert runner.invoke(app, ["chat", "--session", "nope"], input="").exit_code == 2
    assert runner.invoke(app, ["chat"], input="/frobnicate\n").exit_code == 2


def test_export_to_a_missing_directory_exits_2(tmp_path: Path) -> None:
    runner.invoke(app, ["chat"], input="Hallo\n")
    result = runner.invoke(app, ["chat"], input=f"/export {tmp_path / 'nope' / 'x.md'}\n")
    assert result.exit_code == 2 and "does not exist" in result.output
    assert "internal error" not in result.output
