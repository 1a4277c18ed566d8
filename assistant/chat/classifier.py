"""A small multinomial naive Bayes over words and word pairs, trained on ``intents.yaml``.

It is retrained in a few milliseconds on first use, so the labelled utterances in the repository
are the model: add a line to the YAML file and the classifier knows it.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import yaml

from assistant.chat.models import Intent

_TOKEN = re.compile(r"[a-zà-ÿ]+|\d+")
MIN_CONFIDENCE = 0.45
"""Below this posterior the router asks what the user means instead of guessing."""


def features(text: str) -> list[str]:
    """Lower-cased words (numbers as one token) plus adjacent word pairs."""
    words = ["#" if token.isdigit() else token for token in _TOKEN.findall(text.lower())]
    return words + [f"{a}_{b}" for a, b in zip(words, words[1:], strict=False)]


@dataclass(frozen=True)
class Prediction:
    intent: Intent
    confidence: float


class IntentClassifier:
    """Naive Bayes with Laplace smoothing and uniform priors (the classes are not frequencies)."""

    def __init__(self, examples: dict[Intent, list[str]], *, alpha: float = 0.5) -> None:
        self._counts = {
            intent: Counter(f for t in texts for f in features(t))
            for intent, texts in examples.items()
        }
        self._vocabulary = {f for counts in self._counts.values() for f in counts}
        self._totals = {intent: sum(counts.values()) for intent, counts in self._counts.items()}
        self._alpha = alpha

    def predict(self, text: str) -> Prediction:
        tokens = [f for f in features(text) if f in self._vocabulary]
        if not tokens:
            return Prediction(Intent.UNCLEAR, 0.0)
        size = len(self._vocabulary)
        scores = {
            intent: sum(
                math.log((counts[f] + self._alpha) / (self._totals[intent] + self._alpha * size))
                for f in tokens
            )
            for intent, counts in self._counts.items()
        }
        best = max(scores, key=lambda intent: scores[intent])
        top = scores[best]
        norm = sum(math.exp(score - top) for score in scores.values())
        return Prediction(best, 1.0 / norm)


def load_examples() -> dict[Intent, list[str]]:
    text = (files("assistant.chat") / "intents.yaml").read_text(encoding="utf-8")
    raw = yaml.safe_load(text)
    return {Intent(name): [str(item) for item in items] for name, items in raw.items()}


@cache
def classifier() -> IntentClassifier:
    """The shipped classifier, trained once per process."""
    return IntentClassifier(load_examples())
