"""Dutch addresses the user as "je"/"jij"/"jouw", as the page does: no "u"/"uw" in any Dutch text
the product ships (page strings, chat replies and intents, prompts, messages, questions, CLI)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# "u", "uw", "U", "Uw" as words in running text; not inside regex alternations like (je|uw|your).
FORMAL = re.compile(r"(?<![\w|(:\\'-])(?:u|uw|U|Uw|UW)(?![\w|)'-])")
ALLOWED_REGEX = re.compile(r"\(\?|\\b|\\s")
# The reading package's word lists recognise what users write (a user may well write "u"); the
# product never says them.
INPUT_LEXICON_FOLDER = ROOT / "assistant/text/lexicons"


def _python_strings(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    strings = [
        n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
    ]
    return [s for s in strings if not ALLOWED_REGEX.search(s)]


def _shipped_texts() -> list[tuple[str, str]]:
    texts: list[tuple[str, str]] = []
    for folder in ("assistant", "api", "knowledge_base"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            texts += [(str(path.relative_to(ROOT)), s) for s in _python_strings(path)]
    for path in [
        ROOT / "api/web/static/i18n/nl.js",
        *sorted(
            p for p in (ROOT / "assistant").rglob("*.yaml") if INPUT_LEXICON_FOLDER not in p.parents
        ),
    ]:
        texts += [
            (str(path.relative_to(ROOT)), line) for line in path.read_text("utf-8").splitlines()
        ]
    for path in sorted((ROOT / "prompts").rglob("*")):
        if path.is_file() and path.suffix in (".md", ".txt", ".yaml"):
            texts += [(str(path.relative_to(ROOT)), path.read_text("utf-8"))]
    return texts


def test_no_formal_dutch_address_in_shipped_texts() -> None:
    found = [
        f"{where}: {text[max(0, m.start() - 30) : m.end() + 30]!r}"
        for where, text in _shipped_texts()
        for m in FORMAL.finditer(text)
    ]
    assert found == []


@pytest.mark.parametrize(
    "sentence", ["Wilt u beginnen?", "Uw bericht is leeg.", "Dank u.", "Waar werkt u aan?"]
)
def test_the_scan_catches_formal_forms(sentence: str) -> None:
    assert FORMAL.search(sentence)


@pytest.mark.parametrize(
    "sentence", ["Wil je beginnen?", "(?:je|jouw|uw|your)", "menu", "U-bocht", "Jouw bericht"]
)
def test_the_scan_leaves_informal_text_and_patterns_alone(sentence: str) -> None:
    assert not FORMAL.search(sentence)
