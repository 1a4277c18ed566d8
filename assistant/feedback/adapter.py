"""A layer that adapts the shipped coder's primary level to an evaluator's own coding.

The shipped linear model stays as it is. On top of its primary log-probabilities the adapter
learns, from the evaluator's coded comments, a scale for those log-probabilities, a bias per
level and weights for the comment's word, stem and cue features (the same ``features.extract``
the shipped model reads, without the character n-grams). It is a multinomial logistic
regression with the shipped model as its offset, L2-regularised toward "change nothing", fitted
with L-BFGS (scipy). Rules the evaluator's coding contradicts (say, "prima" coded NONE) are
switched off, so the model decides those comments too.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import NDArray

from assistant.feedback.linear import PRIMARY_CLASSES

K = len(PRIMARY_CLASSES)
MIN_FEATURE_ROWS = 2  # a feature the evaluator's sample holds once teaches nothing general
# A rule is switched off when at least this many of the sample's comments it decides are coded
# otherwise by the evaluator, and they are the majority of those it decides.
RULE_MIN_ROWS = 3

FloatArray = NDArray[np.float64]


def adapter_names(names: Sequence[str]) -> list[str]:
    """The feature names the adapter reads: words, stems, bigrams, cues, length; no char grams."""
    return [name for name in names if not name.startswith("c:")]


@dataclass(frozen=True, eq=False)
class Adapter:
    """Primary log-probabilities ``base`` become ``scale * base + x @ weights + bias``."""

    features: list[str]
    weights: FloatArray  # (len(features), K)
    bias: FloatArray  # (K,)
    scale: float
    disabled_rules: frozenset[str] = frozenset()
    calibration: dict[str, list[float]] = field(default_factory=dict)
    index: dict[str, int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "index", {name: i for i, name in enumerate(self.features)})

    def rows(self, feature_names: Sequence[Sequence[str]]) -> list[list[int]]:
        index = self.index
        return [sorted({index[n] for n in names if n in index}) for names in feature_names]

    def log_probabilities(self, base: FloatArray, rows: list[list[int]]) -> FloatArray:
        """Adapted primary log-probabilities (n, K) for base primary probabilities' logs."""
        logits = self.scale * base + _sparse(rows, len(self.features)) @ self.weights + self.bias
        return _log_softmax(logits)

    def probabilities(self, base_probabilities: NDArray[Any], rows: list[list[int]]) -> FloatArray:
        base = np.log(np.clip(base_probabilities.astype(np.float64), 1e-12, 1.0))
        return np.exp(self.log_probabilities(base, rows))

    def confidence(self, top_probability: float) -> float:
        """The adapted top probability, calibrated on the sample's held-out predictions."""
        if not self.calibration:
            return top_probability
        return float(np.interp(top_probability, self.calibration["x"], self.calibration["y"]))

    def to_dict(self) -> dict[str, Any]:
        used = np.flatnonzero(np.abs(self.weights).max(axis=1) >= 1e-5)
        return {
            "features": [self.features[i] for i in used],
            "weights": np.round(self.weights[used], 5).tolist(),
            "bias": np.round(self.bias, 5).tolist(),
            "scale": round(self.scale, 5),
            "disabled_rules": sorted(self.disabled_rules),
            "calibration": self.calibration,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Adapter:
        weights = np.asarray(data["weights"], dtype=np.float64).reshape(-1, K)
        return cls(
            features=list(data["features"]),
            weights=weights,
            bias=np.asarray(data["bias"], dtype=np.float64),
            scale=float(data["scale"]),
            disabled_rules=frozenset(data.get("disabled_rules", ())),
            calibration=dict(data.get("calibration") or {}),
        )

    def digest(self) -> str:
        text = json.dumps(self.to_dict(), sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(text.encode()).hexdigest()[:10]


def fit(
    base: FloatArray,
    feature_names: Sequence[Sequence[str]],
    labels: Sequence[int],
    *,
    strength: float,
    disabled_rules: frozenset[str] = frozenset(),
) -> Adapter:
    """Fit the adapter to ``labels`` (indices into ``PRIMARY_CLASSES``).

    ``base``: the shipped model's primary log-probabilities (n, K); ``feature_names``: each
    comment's ``adapter_names``; ``strength``: the L2 penalty per comment (larger keeps the
    adapter closer to the shipped model).
    """
    from scipy.optimize import minimize

    counts: dict[str, int] = {}
    for names in feature_names:
        for name in set(names):
            counts[name] = counts.get(name, 0) + 1
    features = sorted(name for name, count in counts.items() if count >= MIN_FEATURE_ROWS)
    index = {name: i for i, name in enumerate(features)}
    rows = [sorted({index[n] for n in names if n in index}) for names in feature_names]
    x = _sparse(rows, len(features))
    y = np.zeros((len(labels), K))
    y[np.arange(len(labels)), np.asarray(labels)] = 1.0
    n, f = len(labels), len(features)
    penalty = strength / max(n, 1)

    def loss(theta: FloatArray) -> tuple[float, FloatArray]:
        weights = theta[: f * K].reshape(f, K)
        bias = theta[f * K : f * K + K]
        scale = theta[-1]
        logits = scale * base + x @ weights + bias
        log_p = _log_softmax(logits)
        diff = (np.exp(log_p) - y) / n
        value = -float((y * log_p).sum()) / n
        value += 0.5 * penalty * (float((weights**2).sum()) + float((bias**2).sum()))
        value += 0.5 * penalty * (scale - 1.0) ** 2
        grad_w = np.asarray(x.T @ diff) + penalty * weights
        grad_b = diff.sum(axis=0) + penalty * bias
        grad_s = float((diff * base).sum()) + penalty * (scale - 1.0)
        return value, np.concatenate([grad_w.ravel(), grad_b, [grad_s]])

    start = np.zeros(f * K + K + 1)
    start[-1] = 1.0
    result = minimize(loss, start, jac=True, method="L-BFGS-B", options={"maxiter": 500})
    theta = result.x
    return Adapter(
        features=features,
        weights=theta[: f * K].reshape(f, K),
        bias=theta[f * K : f * K + K],
        scale=float(theta[-1]),
        disabled_rules=disabled_rules,
    )


def identity() -> Adapter:
    """The adapter that changes nothing (the shipped coder's probabilities and confidence)."""
    return Adapter(features=[], weights=np.zeros((0, K)), bias=np.zeros(K), scale=1.0)


def contradicted_rules(decided: Sequence[tuple[str, str, str]]) -> frozenset[str]:
    """Rules whose decisions the evaluator's coding overrules.

    ``decided``: (rule name, the rule's level, the evaluator's level) per sample comment a rule
    decided. A rule is switched off when ``RULE_MIN_ROWS`` or more of its decisions are coded
    otherwise and those are the majority."""
    seen: dict[str, list[bool]] = {}
    for rule, level, label in decided:
        seen.setdefault(rule, []).append(level == label)
    return frozenset(
        rule
        for rule, agreed in seen.items()
        if agreed.count(False) >= RULE_MIN_ROWS and agreed.count(False) > len(agreed) / 2
    )


def isotonic(top: Sequence[float], correct: Sequence[bool]) -> dict[str, list[float]]:
    """Pool-adjacent-violators fit of correctness on the top probability, as interpolation
    points (the same form as the shipped model's calibration)."""
    order = np.argsort(np.asarray(top, dtype=np.float64), kind="stable")
    xs = np.asarray(top, dtype=np.float64)[order]
    ys = np.asarray(correct, dtype=np.float64)[order]
    blocks: list[list[float]] = []  # [sum of y, count, max x]
    for x, y in zip(xs, ys, strict=True):
        blocks.append([y, 1.0, x])
        while len(blocks) > 1 and blocks[-2][0] / blocks[-2][1] > blocks[-1][0] / blocks[-1][1]:
            total, count, right = blocks.pop()
            blocks[-1][0] += total
            blocks[-1][1] += count
            blocks[-1][2] = right
    points_x = [0.0] + [block[2] for block in blocks] + [1.0]
    levels = [block[0] / block[1] for block in blocks]
    points_y = [levels[0], *levels, levels[-1]]
    return {
        "x": [round(float(v), 6) for v in points_x],
        "y": [round(float(np.clip(v, 0.02, 0.99)), 6) for v in points_y],
    }


def _sparse(rows: list[list[int]], width: int) -> Any:
    """Rows of feature indices as an L2-normalised binary CSR matrix (n, width)."""
    from scipy.sparse import csr_matrix

    lengths = np.fromiter((len(row) for row in rows), dtype=np.int64, count=len(rows))
    indptr = np.concatenate(([0], np.cumsum(lengths)))
    columns = np.fromiter((i for row in rows for i in row), dtype=np.int64, count=int(indptr[-1]))
    values = np.repeat(1.0 / np.sqrt(np.maximum(lengths, 1)), lengths)
    return csr_matrix((values, columns, indptr), shape=(len(rows), width))


def _log_softmax(logits: FloatArray) -> FloatArray:
    shifted = logits - logits.max(axis=1, keepdims=True)
    result: FloatArray = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    return result
