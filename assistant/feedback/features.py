"""Features shared by training and inference: word 1-2 grams, char 3-5 grams, codebook cues.

Training builds the vocabulary from the same function, so what the shipped model sees at
inference is exactly what it was trained on. Pure Python + numpy; no scikit-learn at runtime.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import Stemmer

from assistant.feedback.cues import ABSENT_PAIRS, PAIRS, find_cues

_TOKEN = re.compile(r"[€$£%]|\d+(?:[.,:/]\d+)*|[^\W\d_]+(?:['’-][^\W\d_]+)*", re.U)
CHAR_RANGE = (3, 5)


@dataclass(frozen=True)
class Features:
    """Feature names of one text (unordered); ``spans`` maps word and cue features to a character
    offset."""

    names: list[str]
    spans: dict[str, int]


def _norm_token(token: str) -> str:
    if token[0].isdigit():
        return "<num>"
    return token.lower().replace("’", "'")


_STEMMERS = (Stemmer.Stemmer("dutch"), Stemmer.Stemmer("english"))


@lru_cache(maxsize=200_000)
def _stems(token: str) -> tuple[str, ...]:
    return tuple(sorted({stemmer.stemWord(token) for stemmer in _STEMMERS}))


@lru_cache(maxsize=200_000)
def _char_grams(word: str) -> tuple[str, ...]:
    padded = f" {word} "
    low, high = CHAR_RANGE
    size = len(padded)
    return tuple(
        "c:" + padded[start : start + n]
        for n in range(low, high + 1)
        for start in range(0, size - n + 1)
    )


def extract(text: str) -> Features:
    """All feature names of ``text`` (a set; binary features)."""
    names: set[str] = set()
    spans: dict[str, int] = {}
    previous = "<s>"
    previous_stem = "<s>"
    for match in _TOKEN.finditer(text):
        token = _norm_token(match.group())
        unigram = "w:" + token
        bigram = f"b:{previous} {token}"
        names.add(unigram)
        names.add(bigram)
        spans.setdefault(unigram, match.start())
        spans.setdefault(bigram, match.start())
        stems = _stems(token) if token[0] != "<" else (token,)
        for stem in stems:
            names.add("s:" + stem)
            names.add(f"t:{previous_stem} {stem}")
            spans.setdefault("s:" + stem, match.start())
        if token[0] != "<":
            names.update(_char_grams(token))
        previous = token
        previous_stem = stems[-1]
    found = find_cues(text.lower())
    for name, offset in found.items():
        spans["k:" + name] = offset
    names.update("k:" + name for name in found)
    names.update(f"p:{a}&{b}" for a, b in PAIRS if a in found and b in found)
    names.update(f"p:{a}&!{b}" for a, b in ABSENT_PAIRS if a in found and b not in found)
    if not found:
        names.add("k:<none>")
    names.add(f"len:{sum(len(text) >= limit for limit in (15, 60, 200))}")
    return Features(names=list(names), spans=spans)


def build_vocab(documents: Iterable[list[str]], *, min_df: int = 2) -> list[str]:
    """Feature names seen in at least ``min_df`` training documents, in a stable order."""
    counts: dict[str, int] = {}
    for names in documents:
        for name in names:
            counts[name] = counts.get(name, 0) + 1
    return sorted(name for name, count in counts.items() if count >= min_df)
