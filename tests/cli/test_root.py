import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant import __version__
from assistant.cli import SUBCOMMANDS, app
from assistant.cli.serve import is_loopback
from assistant.store.migrate import head

runner = CliRunner()


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert __version__ in result.output


def test_help_lists_commands() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    assert all(name in result.output for name in SUBCOMMANDS)


@pytest.mark.parametrize("name", SUBCOMMANDS)
def test_every_command_is_found_when_it_is_called(name: str) -> None:
    result = runner.invoke(app, [name, "--help"])
    assert result.exit_code == 0 and f"evalassist {name}" in result.output


def test_serve_refuses_public_bind_without_keys() -> None:
    result = runner.invoke(app, ["serve", "--host", "0.0.0.0"])
    assert result.exit_code == 2
    assert "EVALASSIST_API_KEYS" in result.output


def test_loopback_detection() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("example.org")


def test_serve_refuses_several_workers_on_the_embedded_chroma() -> None:
    result = runner.invoke(app, ["serve", "--workers", "2"])
    assert result.exit_code == 2
    assert "EVALASSIST_CHROMA_URL" in result.output and "one process" in result.output


def test_db_status_names_the_revisions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVALASSIST_DATA_DIR", str(tmp_path))
    assert "none (empty database)" in runner.invoke(app, ["db", "status"]).output
    upgraded = runner.invoke(app, ["db", "upgrade"])
    assert upgraded.exit_code == 0 and "(migrated)" in upgraded.output
    assert f"database revision: {head()}" in runner.invoke(app, ["db", "status"]).output


def test_db_upgrade_loads_neither_the_chat_nor_the_coder_nor_the_knowledge_base(
    tmp_path: Path,
) -> None:
    # Deployments run it beside starting replicas (twenty at once in tests/integration): it
    # took 2.8 s, mostly importing what only other commands use; now 1.3 s on this machine.
    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from assistant.cli import app\n"
        "result = CliRunner().invoke(app, ['db', 'upgrade'])\n"
        "assert result.exit_code == 0, result.output\n"
        "heavy = ('assistant.chat', 'assistant.feedback', 'knowledge_base', 'chromadb')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n"
    )
    env = {**os.environ, "EVALASSIST_DATA_DIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert result.stdout.strip() == "[]"


def test_serve_starts_without_importing_langchains_tracers() -> None:
    # LangChain's retriever base loads its tracers and LangSmith (0.6-1 s of every replica's
    # start); the knowledge base imports it at the first search, the warm-up before that.
    code = (
        "import sys\n"
        "import api.app, assistant.cli.serve, assistant.services, knowledge_base.service\n"
        "heavy = ('langsmith', 'langchain_core.tracers')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
