"""A small learned reader of one clause, for where keyword rules run out.

Logistic regression over the clause's letter groups (3-5 letters inside words: "proeverij"
shares "proev" with "proeven"), its words and its multilingual-e5 sentence vector (which carries
paraphrases and both languages), after a mask has taken out what does not decide the label
(amounts, percentages). Fitted on labelled examples a helper wrote (a JSON-lines file beside the
model) by ``scripts/build_text_caches.py``, which ships the examples' vectors and the fitted
arrays; a guess costs ~10 ms, mostly the sentence vector, and is cached per masked clause.

Two readers use it: the cost category of a cost clause (``cost_model``) and how a message says
the programme's effect was isolated (``isolation_model``).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import numpy as np

if TYPE_CHECKING:
    from assistant.chat.classifier import Embed

L = TypeVar("L")


@dataclass(frozen=True)
class Guess(Generic[L]):
    label: L
    probability: float


@dataclass(frozen=True)
class ClauseData:
    """One clause model's files (in ``assistant.figures``) and how it reads a clause."""

    name: str
    """``{name}_examples.jsonl``, ``{name}_vectors.npz``, ``{name}_model.npz``."""
    label_field: str
    mask: Callable[[str], str]
    sentence_weight: float

    def _path(self, suffix: str) -> Path:
        return Path(str(files("assistant.figures") / f"{self.name}_{suffix}"))

    @property
    def vectors(self) -> Path:
        return self._path("vectors.npz")

    @property
    def fitted(self) -> Path:
        return self._path("model.npz")

    def load_examples(self) -> tuple[list[str], list[str]]:
        raw = self._path("examples.jsonl").read_text(encoding="utf-8")
        rows = [json.loads(line) for line in raw.splitlines() if line.strip()]
        return [row["text"] for row in rows], [row[self.label_field] for row in rows]

    def example_texts(self) -> list[str]:
        """The examples as the model embeds them (for scripts/build_text_caches.py)."""
        return list(dict.fromkeys(self.mask(text) for text in self.load_examples()[0]))

    def digest(self, texts: Sequence[str], labels: Sequence[str]) -> str:
        lines = "\n".join(f"{label}\t{text}" for text, label in zip(texts, labels, strict=True))
        return hashlib.sha256(f"{self.sentence_weight}\n{lines}".encode()).hexdigest()[:16]

    def load_fitted(self) -> dict[str, np.ndarray]:
        with np.load(self.fitted, allow_pickle=False) as data:
            return {name: data[name] for name in data.files}


class ClauseModel(Generic[L]):
    """Logistic regression over letter groups, words and the clause's e5 sentence vector."""

    def __init__(
        self,
        data: ClauseData,
        fitted: dict[str, np.ndarray],
        embed: Embed,
        label: Callable[[str], L],
    ) -> None:
        from sklearn.feature_extraction.text import CountVectorizer

        self._data, self._embed = data, embed
        self._letters = CountVectorizer(
            analyzer="char_wb", ngram_range=(3, 5), vocabulary=list(fitted["letters"])
        )
        self._words = CountVectorizer(ngram_range=(1, 2), vocabulary=list(fitted["words"]))
        self._idf = fitted["letters_idf"], fitted["words_idf"]
        self._coef, self._intercept = fitted["coef"], fitted["intercept"]
        self.classes = [label(str(name)) for name in fitted["classes"]]
        self.digest = str(fitted["digest"])

    def guess(self, text: str) -> Guess[L]:
        return self._guess(self._data.mask(text))

    @lru_cache(maxsize=4096)  # noqa: B019 - one model per process, kept for good
    def _guess(self, plain: str) -> Guess[L]:
        """A conversation reads a message more than once (alone, then with the question it
        answers): each masked clause is embedded once."""
        sentence = np.asarray(self._embed([plain])[0], dtype=np.float64)
        letters = _tfidf(self._letters.transform([plain]), self._idf[0])
        words = _tfidf(self._words.transform([plain]), self._idf[1])
        features = np.concatenate([letters, words, sentence * self._data.sentence_weight])
        scores = self._coef @ features + self._intercept
        probabilities = np.exp(scores - scores.max())
        probabilities /= probabilities.sum()
        best = int(probabilities.argmax())
        return Guess(self.classes[best], float(probabilities[best]))


def _tfidf(counts: Any, idf: np.ndarray) -> np.ndarray:
    """As ``TfidfVectorizer(sublinear_tf=True)``: (1 + log tf) x idf, then unit length."""
    row = np.asarray(counts.toarray()[0], dtype=np.float64)
    row[row > 0] = 1 + np.log(row[row > 0])
    row *= idf
    norm = np.linalg.norm(row)
    return row / norm if norm else row


def fit(
    data: ClauseData,
    texts: Sequence[str],
    labels: Sequence[str],
    embed: Embed,
    *,
    shipped: dict[str, np.ndarray] | None = None,
    c: float = 10.0,
) -> dict[str, np.ndarray]:
    """The fitted model's arrays (what ``{name}_model.npz`` holds), from labelled clauses."""
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    from assistant.chat.classifier import text_key

    plain = [data.mask(text) for text in texts]
    vectors = dict(shipped or {})
    todo = [text for text in dict.fromkeys(plain) if text_key(text) not in vectors]
    if todo:
        vectors.update(zip(map(text_key, todo), embed(todo), strict=True))
    sentence = np.stack([vectors[text_key(text)] for text in plain]).astype(np.float64)
    letters = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True)
    words = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)
    features = hstack(
        [
            letters.fit_transform(plain),
            words.fit_transform(plain),
            csr_matrix(sentence * data.sentence_weight),
        ]
    ).tocsr()
    model = LogisticRegression(C=c, max_iter=3000).fit(features, list(labels))
    return {
        "letters": np.array(letters.get_feature_names_out(), dtype=str),
        "words": np.array(words.get_feature_names_out(), dtype=str),
        "letters_idf": letters.idf_,
        "words_idf": words.idf_,
        "coef": model.coef_.astype(np.float32),
        "intercept": model.intercept_,
        "classes": np.array(model.classes_, dtype=str),
        "digest": np.array(data.digest(texts, labels)),
    }
