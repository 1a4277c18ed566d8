import io
import json
from pathlib import Path

import pytest
from docx import Document
from typer.testing import CliRunner

from assistant.cli import app
from knowledge_base.service import KnowledgeService
from tests.plan_fixtures import EXAMPLES

runner = CliRunner()


@pytest.fixture(autouse=True)
def _shipped_data(
    shipped_service: KnowledgeService, shipped_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EVALASSIST_DATA_DIR", str(shipped_data_dir))


def test_draft_from_brief_prints_markdown() -> None:
    result = runner.invoke(
        app, ["plan", "draft", "--brief", str(EXAMPLES / "leadership_brief.json")]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# Evaluatieplan: Leiderschap in Beweging")


def test_draft_from_text_json_and_docx(tmp_path: Path) -> None:
    out = tmp_path / "plan.docx"
    text = "Reduce complaints from 120 to 80 per month by Q4 2027. Agents should confirm every fix."
    result = runner.invoke(app, ["plan", "draft", "--text", text, "--json", "--out", str(out)])
    assert result.exit_code == 0, result.output
    plan = json.loads(result.stdout)
    assert plan["language"] == "en" and plan["open_questions"]
    assert Document(io.BytesIO(out.read_bytes())).tables


@pytest.mark.parametrize(
    "args",
    [
        ["plan", "draft"],
        ["plan", "draft", "--text", "x", "--brief", "b.json"],
        ["plan", "draft", "--text", "Reduce errors from 5 to 3 by 2027.", "--out", "plan.pdf"],
        ["plan", "draft", "--brief", "missing.json"],
        [
            "plan",
            "draft",
            "--text",
            "Reduce errors from 5 to 3 by 2027.",
            "--out",
            "/nonexistent/dir/x.md",
        ],
    ],
)
def test_bad_input_exits_2(args: list[str]) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert result.output.startswith("error:") and len(result.output.strip().splitlines()) == 1
    assert "internal error" not in result.output
