"""Count lines of hand-written text reading: regexes, word tables and the code that uses them.

Run by hand: ``.venv/bin/python benchmarks/reading_lines.py [PATH ...]`` (default: the whole
repo's domain packages). A top-level definition (assignment, function or class) counts as
reading when its own source calls the ``re`` module (a regex or the function that applies it), or
when it is a word table: an assignment whose string literals are mostly single words or
space-separated word lists (``frozenset({"de", "het", ...})``, ``words("de het een ...")``) -
phrase tables for replies are not reading. Its non-blank, non-comment lines are summed,
docstrings included. Data files (YAML lexicons) are not code and are not counted.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

DEFAULT = ["assistant", "knowledge_base"]


def _is_word_table(node: ast.AST) -> bool:
    if not isinstance(node, ast.Assign | ast.AnnAssign):
        return False
    strings = [
        n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)
    ]
    wordy = [t for t in strings if t.islower() and not any(c in t for c in ".,?!{}:")]
    return len(strings) >= 5 and len(wordy) >= 0.8 * len(strings)


def _uses_re(node: ast.AST) -> bool:
    return any(
        isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name) and n.value.id == "re"
        for n in ast.walk(node)
    )


def _names(node: ast.AST) -> set[str]:
    if isinstance(node, ast.FunctionDef | ast.ClassDef):
        return {node.name}
    targets = node.targets if isinstance(node, ast.Assign) else [getattr(node, "target", None)]
    return {t.id for t in targets if isinstance(t, ast.Name)}


def reading_lines(path: Path) -> tuple[int, list[str]]:
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    lines = source.splitlines()
    nodes = [n for n in tree.body if not isinstance(n, ast.Import | ast.ImportFrom | ast.Expr)]
    reading: set[int] = set()
    for index, node in enumerate(nodes):
        if _uses_re(node) or _is_word_table(node):
            reading.add(index)
    total, names = 0, []
    for index in sorted(reading):
        node = nodes[index]
        start = min([node.lineno] + [d.lineno for d in getattr(node, "decorator_list", [])])
        body = lines[start - 1 : node.end_lineno]
        total += sum(1 for line in body if line.strip() and not line.strip().startswith("#"))
        names.extend(sorted(_names(node)))
    return total, names


def main() -> None:
    roots = [Path(p) for p in (sys.argv[1:] or DEFAULT)]
    files = sorted(f for root in roots for f in ([root] if root.is_file() else root.rglob("*.py")))
    grand = 0
    for file in files:
        count, names = reading_lines(file)
        if count:
            grand += count
            print(f"{count:5d}  {file}  ({', '.join(names)})")
    print(f"{grand:5d}  total in {sum(1 for f in files if reading_lines(f)[0])} modules")


if __name__ == "__main__":
    main()
