"""The domain is a library: importing it must not drag in a web framework or the CLI."""

import pkgutil
import subprocess
import sys

import assistant

FORBIDDEN = ("fastapi", "starlette", "typer", "uvicorn")


def _domain_modules() -> list[str]:
    names = ["assistant", "knowledge_base"]
    for info in pkgutil.walk_packages(assistant.__path__, "assistant."):
        if not info.name.startswith("assistant.cli"):
            names.append(info.name)
    return names


def test_domain_imports_load_no_web_framework() -> None:
    modules = _domain_modules()
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        f"print(','.join(m for m in {FORBIDDEN!r} if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "", f"domain imported: {result.stdout.strip()}"
    assert len(modules) > 3
