"""The architecture, checked: the domain is a library (no web framework or CLI in it) and no
import circle runs through the packages, lazy and type-checking imports included (grimp reads
every import statement)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from functools import cache

import grimp
import pytest

import assistant
import knowledge_base

FORBIDDEN = ("fastapi", "starlette", "typer", "uvicorn")
PACKAGES = ("assistant", "knowledge_base", "api", "prompts")


def _domain_modules() -> list[str]:
    names = ["assistant", "knowledge_base"]
    for package in (assistant, knowledge_base):
        for info in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
            # Alembic runs the migration scripts itself (they need its context to import).
            if not info.name.startswith(("assistant.cli", "assistant.store.migrations.")):
                names.append(info.name)
    return names


@cache
def _graph() -> grimp.ImportGraph:
    return grimp.build_graph(*PACKAGES, include_external_packages=True)


def test_domain_imports_load_no_web_framework() -> None:
    modules = _domain_modules()
    assert "knowledge_base.bm25" in modules and "assistant.roi.calculator" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        f"print(','.join(m for m in {FORBIDDEN!r} if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "", f"domain imported: {result.stdout.strip()}"


def test_every_package_imports_first() -> None:
    """A module that imports another package's submodule runs that package's ``__init__``
    first: "import assistant.figures" once failed (figures -> planning's __init__ -> the brief
    reader -> figures, half loaded) while every test imported planning before figures. Each
    package is imported first in turn, its modules loaded afresh."""
    packages = [
        f"{package.__name__}.{info.name}"
        for package in (assistant, knowledge_base)
        for info in pkgutil.iter_modules(package.__path__)
        if info.ispkg and info.name != "cli"
    ]
    assert "assistant.figures" in packages
    code = (
        "import importlib, sys\n"
        f"for name in {packages!r}:\n"
        "    for loaded in [m for m in sys.modules if m.split('.')[0] in "
        "('assistant', 'knowledge_base')]:\n"
        "        del sys.modules[loaded]\n"
        "    importlib.import_module(name)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-600:]


@pytest.mark.parametrize("framework", FORBIDDEN)
def test_no_domain_module_imports_a_transport_even_lazily(framework: str) -> None:
    graph = _graph()
    importers = {
        module
        for module in graph.find_modules_that_directly_import(framework)
        if module.startswith(("assistant", "knowledge_base"))
        and not module.startswith("assistant.cli")
    }
    assert importers == set()


def _circles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan, iterative)."""
    modules = sorted(m for m in graph.modules if m.startswith(PACKAGES))
    edges = {
        m: sorted(n for n in graph.find_modules_directly_imported_by(m) if n.startswith(PACKAGES))
        for m in modules
    }
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
    for root in modules:
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            node, child = work.pop()
            if child == 0:
                index[node] = low[node] = len(index)
                stack.append(node)
                on_stack.add(node)
            for position in range(child, len(edges[node])):
                nxt = edges[node][position]
                if nxt not in index:
                    work.append((node, position + 1))
                    work.append((nxt, 0))
                    break
                if nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
            else:
                if low[node] == index[node]:
                    group = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.append(member)
                        if member == node:
                            break
                    if len(group) > 1:
                        found.append(sorted(group))
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
    return found


def test_no_import_circles() -> None:
    assert _circles(_graph()) == []


def test_the_circle_finder_finds_a_circle() -> None:
    graph = grimp.ImportGraph()
    for name in ("assistant.a", "assistant.b", "assistant.c"):
        graph.add_module(name)
    graph.add_import(importer="assistant.a", imported="assistant.b")
    graph.add_import(importer="assistant.b", imported="assistant.a")
    graph.add_import(importer="assistant.c", imported="assistant.a")
    assert _circles(graph) == [["assistant.a", "assistant.b"]]


def test_offline_engines_never_import_their_llm_twins() -> None:
    graph = _graph()
    pairs = [
        ("assistant.feedback.coder", "assistant.feedback.llm_coder"),
        ("assistant.feedback.offline", "assistant.feedback.llm_coder"),
        ("assistant.planning.plan.composer", "assistant.planning.plan.llm_composer"),
        ("knowledge_base.answer", "knowledge_base.llm_answer"),
        ("assistant.chat.engine", "assistant.chat.agent"),
    ]
    for offline, llm in pairs:
        assert not graph.chain_exists(importer=offline, imported=llm), (offline, llm)
