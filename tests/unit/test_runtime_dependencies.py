"""What `make run` installs is enough for the product: every third-party module the shipped
packages import comes from a runtime dependency in pyproject.toml (or one it pulls in), not from
the dev extra. The browser and smoke tests run in the dev environment, so they cannot see this:
the ROI chat once crashed under `make run` on a fresh machine because the clause models imported
scikit-learn, then a dev-only dependency."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import PackageNotFoundError, packages_distributions, requires
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ("assistant", "api", "knowledge_base", "prompts")
DEV_ONLY_MODULES = {"assistant/feedback/train.py"}
"""Run by hand to refit the shipped coder, never by the product."""


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~;\[\s]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def _runtime_closure() -> set[str]:
    """The runtime dependencies and, through their metadata, everything they require."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    todo = [_name(r) for r in project["dependencies"]]
    seen: set[str] = set()
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        try:
            needed = requires(name) or []
        except PackageNotFoundError:
            continue
        todo += [_name(r) for r in needed if "extra ==" not in r]
    return seen


def _imported(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
    return found


def test_every_module_the_product_imports_is_installed_by_make_run() -> None:
    owners = packages_distributions()
    runtime = _runtime_closure()
    missing = set()
    for package in SHIPPED:
        for path in (ROOT / package).rglob("*.py"):
            if path.relative_to(ROOT).as_posix() in DEV_ONLY_MODULES:
                continue
            for module in _imported(path):
                if module in SHIPPED or module in sys.stdlib_module_names or module == "__future__":
                    continue
                distributions = {d.lower().replace("_", "-") for d in owners.get(module, [])}
                if distributions and not distributions & runtime:
                    missing.add(f"{path.relative_to(ROOT)}: {module} ({', '.join(distributions)})")
    assert not missing, "imported but only in the dev extra:\n" + "\n".join(sorted(missing))
