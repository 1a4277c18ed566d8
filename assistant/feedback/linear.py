"""The shipped linear model: weights in ``.npz`` (no pickle), vocabulary and metadata in JSON."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from importlib import resources
from itertools import chain
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from assistant.errors import EvalAssistError

ARTEFACT_DIR = "artefact"
WEIGHTS_FILE = "kp_linear.npz"
META_FILE = "kp_linear.json"
PRIMARY_CLASSES = ("L1", "L2", "L3", "L4", "NONE")
LEVEL_OUTPUTS = ("L1", "L2", "L3", "L4")

FloatArray = NDArray[np.float32]


@dataclass(frozen=True)
class Scores:
    """Per-comment probabilities: primary softmax (n, 5), level sigmoids (n, 4), roi (n,)."""

    primary: FloatArray
    levels: FloatArray
    roi: FloatArray


class LinearModel:
    """Multinomial primary + one-vs-rest level + roi logistic heads over one feature space."""

    def __init__(
        self, weights: FloatArray, bias: FloatArray, idf: FloatArray, meta: dict[str, Any]
    ) -> None:
        self.weights = weights
        self.bias = bias
        self.idf = idf
        self.meta = meta
        self.features: list[str] = meta["features"]
        self.index: dict[str, int] = {name: i for i, name in enumerate(self.features)}
        self.level_thresholds = np.asarray(meta["level_thresholds"], dtype=np.float32)
        self.roi_threshold = float(meta["roi_threshold"])
        self.calibration_x = np.asarray(meta["calibration"]["x"], dtype=np.float64)
        self.calibration_y = np.asarray(meta["calibration"]["y"], dtype=np.float64)
        self.version: str = meta["version"]
        self.tie_rule: dict[str, float] = meta.get("tie_rule", {"head": 1.01, "ratio": 1.0})

    @classmethod
    def load(cls, directory: Path | None = None) -> LinearModel:
        base = directory or Path(str(resources.files("assistant.feedback") / ARTEFACT_DIR))
        try:
            meta = json.loads((base / META_FILE).read_text(encoding="utf-8"))
            with np.load(base / WEIGHTS_FILE, allow_pickle=False) as data:
                weights = data["weights"].astype(np.float32)
                bias = data["bias"].astype(np.float32)
                idf = data["idf"].astype(np.float32)
        except (OSError, KeyError, ValueError) as exc:
            raise EvalAssistError(
                f"The offline feedback model is missing or damaged in {base}: {exc}. "
                "Rebuild it with: python -m assistant.feedback.train"
            ) from exc
        if weights.shape != (len(meta["features"]), len(PRIMARY_CLASSES) + len(LEVEL_OUTPUTS) + 1):
            raise EvalAssistError("The offline feedback model's weights and vocabulary disagree.")
        return cls(weights, bias, idf, meta)

    def indices(self, names: list[str]) -> list[int]:
        return [i for i in map(self.index.get, names) if i is not None]

    def score(self, rows: list[list[int]]) -> tuple[Scores, list[FloatArray]]:
        """Probabilities for feature-index rows, plus each row's normalised feature values."""
        lengths = np.fromiter((len(row) for row in rows), dtype=np.int64, count=len(rows))
        flat = np.fromiter(chain.from_iterable(rows), dtype=np.int64, count=int(lengths.sum()))
        starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
        values = self.idf[flat]
        norms = np.sqrt(np.add.reduceat(values * values, starts))
        values = values / np.repeat(norms, lengths)
        logits = np.add.reduceat(self.weights[flat] * values[:, None], starts) + self.bias
        n_primary = len(PRIMARY_CLASSES)
        primary = logits[:, :n_primary]
        primary = np.exp(primary - primary.max(axis=1, keepdims=True))
        primary /= primary.sum(axis=1, keepdims=True)
        heads = (1.0 / (1.0 + np.exp(-logits[:, n_primary:]))).astype(np.float32)
        scores = Scores(primary=primary, levels=heads[:, :-1], roi=heads[:, -1])
        return scores, np.split(values, np.cumsum(lengths)[:-1])

    def calibrate(self, top_probability: float) -> float:
        return float(np.interp(top_probability, self.calibration_x, self.calibration_y))


def apply_tie_rule(
    primary: np.ndarray, heads: np.ndarray, *, head: float, ratio: float
) -> np.ndarray:
    """Codebook D12: prefer a higher level that is clearly present and nearly as probable.

    ``primary`` is (n, 5) softmax over L1..L4, NONE; ``heads`` is (n, 4) level-presence
    probabilities. Returns the chosen class index per row.
    """
    chosen = primary.argmax(axis=1)
    result: np.ndarray = chosen.copy()
    none = PRIMARY_CLASSES.index("NONE")
    for row, best in enumerate(chosen):
        if best == none:
            continue
        for level in range(len(LEVEL_OUTPUTS) - 1, best, -1):
            if heads[row, level] >= head and primary[row, level] >= ratio * primary[row, best]:
                result[row] = level
                break
    return result


def artefact_digest(directory: Path) -> str:
    digest = hashlib.sha256()
    for name in (WEIGHTS_FILE, META_FILE):
        digest.update((directory / name).read_bytes())
    return digest.hexdigest()[:12]
