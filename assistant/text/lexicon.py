"""The word lists the readers use, loaded once from ``lexicons/*.yaml``.

Every file holds an ``nl`` and an ``en`` table with the same keys (a test checks the parity);
values are lists of lower-case words or phrases. A ``shared`` table, when present, holds entries
that are the same in both languages (currency symbols, ISO codes).
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from assistant.yaml_files import load_yaml

LANGUAGES = ("nl", "en")
"""The table names; ``assistant.text.language.Language`` values (a StrEnum) are these strings,
so this module needs no import of it (language.py reads its function words from here)."""
Table = dict[str, tuple[str, ...]]


@cache
def load(name: str) -> dict[str, Table]:
    """The tables of ``lexicons/<name>.yaml`` by section (``nl``, ``en``, maybe ``shared``)."""
    raw = load_yaml(
        resources.files(__package__).joinpath(f"lexicons/{name}.yaml").read_text("utf-8")
    )
    return {
        section: {key: tuple(str(v).lower() for v in values) for key, values in table.items()}
        for section, table in raw.items()
    }


def table(name: str, language: str | None = None) -> Table:
    """One language's table, or both languages merged (each key's words from both) for ``None``."""
    tables = load(name)
    languages = [str(language)] if language else list(LANGUAGES)
    merged: dict[str, list[str]] = {}
    for lang in languages:
        for key, values in tables[lang].items():
            merged.setdefault(key, []).extend(v for v in values if v not in merged.get(key, []))
    for key, values in tables.get("shared", {}).items():
        merged.setdefault(key, []).extend(values)
    return {key: tuple(values) for key, values in merged.items()}


@cache
def words(name: str, key: str, language: str | None = None) -> tuple[str, ...]:
    """Kept per key: the readers look words up in their inner loops."""
    return table(name, language).get(key, ())


@cache
def function_words() -> frozenset[str]:
    """The function words of both languages ("the", "on", "de", "op"): words that name nothing
    a reader looks for."""
    return frozenset(words("function_words", "words"))


def alternation(terms: tuple[str, ...] | list[str] | frozenset[str]) -> str:
    """A regex alternation of ``terms`` (escaped, longest first, spaces as ``\\s+``)."""
    ordered = sorted(set(terms), key=len, reverse=True)
    return "|".join(re.escape(term).replace(r"\ ", r"\s+") for term in ordered)
