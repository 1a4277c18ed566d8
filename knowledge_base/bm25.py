"""BM25 over chunk texts with Dutch and English stemming (``bm25s`` + ``PyStemmer``)."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import bm25s
import numpy as np
import Stemmer
from bm25s.stopwords import STOPWORDS_DUTCH, STOPWORDS_EN

from assistant.text.language import Language

_TOKEN = re.compile(r"[^\W_]+")
_AMPERSAND = re.compile(r"(?<=[^\W_])&(?=[^\W_])")
_STOPWORDS = frozenset(STOPWORDS_DUTCH) | frozenset(STOPWORDS_EN) | {"wel", "waar", "welke"}
_STEMMERS = {Language.NL: "dutch", Language.EN: "english"}
logging.getLogger("bm25s").setLevel(logging.WARNING)


@lru_cache(maxsize=2)
def _stemmer(language: Language) -> Stemmer.Stemmer:
    return Stemmer.Stemmer(_STEMMERS[language])


def _words(text: str) -> list[str]:
    words = _TOKEN.findall(_AMPERSAND.sub("", text.lower()))
    return [w for w in words if w not in _STOPWORDS and (len(w) > 1 or w.isdigit())]


def tokenize(text: str, language: Language) -> list[str]:
    return list(_tokens(text, language))


@lru_cache(maxsize=65536)
def _tokens(text: str, language: Language) -> tuple[str, ...]:
    """Kept per process: every knowledge service indexes the same shipped passages and cards."""
    return tuple(_stemmer(language).stemWords(_words(text)))


def query_tokens(text: str) -> list[str]:
    """Both stemmings: a question may be English while the passages are Dutch, or vice versa."""
    words = _words(text)
    stems = [*_stemmer(Language.NL).stemWords(words), *_stemmer(Language.EN).stemWords(words)]
    return list(dict.fromkeys(stems))


class Bm25Index:
    """A bm25s index over documents given in order; scores come back in that order."""

    def __init__(self, model: bm25s.BM25 | None, size: int) -> None:
        self._model = model
        self.size = size

    @classmethod
    def build(cls, texts: Sequence[str], languages: Sequence[Language]) -> Bm25Index:
        return _built(tuple(texts), tuple(languages))

    def scores(self, query: str) -> np.ndarray:
        if self._model is None:
            return np.zeros(0, dtype=np.float32)
        vocab: dict[str, int] = self._model.vocab_dict
        ids = [vocab[t] for t in query_tokens(query) if t in vocab]
        if not ids:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self._model.get_scores_from_ids(ids), dtype=np.float32)

    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        if self._model is not None:
            self._model.save(str(directory), show_progress=False)

    @classmethod
    def load(cls, directory: Path, size: int) -> Bm25Index:
        if size == 0 or not (directory / "params.index.json").exists():
            return cls(None, 0)
        model = bm25s.BM25.load(str(directory), show_progress=False)
        return cls(model, size)


@lru_cache(maxsize=16)
def _built(texts: tuple[str, ...], languages: tuple[Language, ...]) -> Bm25Index:
    """Kept per process for the same documents: every knowledge service of a process (a test,
    a replica's restart) indexes the same shipped passages and cards. An index is only read
    once built, so one is safely shared."""
    if not texts:
        return Bm25Index(None, 0)
    model = bm25s.BM25()
    corpus = [tokenize(t, lang) or ["\u2205"] for t, lang in zip(texts, languages, strict=True)]
    model.index(corpus, show_progress=False)
    return Bm25Index(model, len(texts))
