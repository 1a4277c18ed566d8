"""Train the offline coder: ``python -m assistant.feedback.train`` (needs the dev extra).

Reproducible (fixed seed, sorted vocabulary). Hyper-parameters, level thresholds and the
confidence calibration come from cross-validation on the training split only; the dev split is
read once, at the end, to print the metrics. Writes ``assistant/feedback/artefact/``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

from assistant.feedback.features import build_vocab, extract
from assistant.feedback.linear import (
    ARTEFACT_DIR,
    LEVEL_OUTPUTS,
    META_FILE,
    PRIMARY_CLASSES,
    WEIGHTS_FILE,
    apply_tie_rule,
    artefact_digest,
)
from assistant.feedback.text import clean, truncate_for_model

SEED = 20261123
REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "datasets" / "feedback"
C_GRID = (20.0, 50.0, 100.0)
CHAR_WEIGHTS = (0.1, 0.2, 0.35, 0.5)


def load_rows(split: str, data: Path = DATA) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for path in sorted((data / split).glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            rows.extend(json.loads(line) for line in handle if line.strip())
    return rows


def _matrix(docs: list[list[str]], index: dict[str, int], idf: np.ndarray) -> Any:
    from scipy.sparse import csr_matrix
    from sklearn.preprocessing import normalize

    indptr, indices = [0], []
    for names in docs:
        indices.extend(sorted({index[name] for name in names + ["const"] if name in index}))
        indptr.append(len(indices))
    cols = np.asarray(indices, dtype=np.int64)
    matrix = csr_matrix((idf[cols], cols, indptr), shape=(len(docs), len(index)))
    return normalize(matrix, norm="l2", copy=False)


def _features(rows: list[dict[str, Any]]) -> list[list[str]]:
    return [extract(truncate_for_model(clean(row["text"]).text)).names for row in rows]


def _logreg(c: float, *, balanced: bool) -> Any:
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(
        C=c, max_iter=5000, class_weight="balanced" if balanced else None, random_state=SEED
    )


def _choose(
    docs: list[list[str]],
    index: dict[str, int],
    idf: np.ndarray,
    y: np.ndarray,
    folds: Any,
    grids: tuple[tuple[float, ...], tuple[float, ...]],
) -> tuple[float, float, np.ndarray]:
    """Regularisation C and the weight of the character n-gram group, by 5-fold CV on train."""
    from sklearn.metrics import cohen_kappa_score, f1_score
    from sklearn.model_selection import cross_val_predict

    is_char = np.asarray([name.startswith("c:") for name in index])
    best: tuple[float, float, float, np.ndarray] | None = None
    c_grid, char_weights = grids
    for char_weight in char_weights:
        x = _matrix(docs, index, np.where(is_char, idf * char_weight, idf))
        for c in c_grid:
            proba = cross_val_predict(
                _logreg(c, balanced=True), x, y, cv=folds, method="predict_proba"
            )
            predicted = proba.argmax(axis=1)
            score = f1_score(y, predicted, average="macro") + cohen_kappa_score(y, predicted)
            print(
                f"  char weight {char_weight:<4} C={c:<5} cv macro-F1+kappa={score:.4f}",
                file=sys.stderr,
            )
            if best is None or score > best[0]:
                best = (score, c, char_weight, proba)
    assert best is not None
    return best[1], best[2], best[3]


def _best_threshold(y: np.ndarray, proba: np.ndarray) -> float:
    from sklearn.metrics import f1_score

    grid = np.arange(0.15, 0.80, 0.025)
    scores = [f1_score(y, proba >= t, zero_division=0) for t in grid]
    return float(grid[int(np.argmax(scores))])


def _choose_tie_rule(y: np.ndarray, proba: np.ndarray, heads: np.ndarray) -> dict[str, float]:
    """D12 (on a tie the higher level wins): how close a higher level must come, chosen by CV."""
    from sklearn.metrics import cohen_kappa_score, f1_score

    best = (-1.0, {"head": 1.0, "ratio": 1.0})
    for head in (0.4, 0.5, 0.6, 0.7):
        for ratio in (0.2, 0.35, 0.5, 0.7, 1.0):
            predicted = apply_tie_rule(proba, heads, head=head, ratio=ratio)
            score = f1_score(y, predicted, average="macro") + cohen_kappa_score(y, predicted)
            if score > best[0] + 1e-9:
                best = (score, {"head": head, "ratio": ratio})
    print(f"  tie rule {best[1]} cv macro-F1+kappa={best[0]:.4f}", file=sys.stderr)
    return best[1]


def _calibration(correct: np.ndarray, top: np.ndarray) -> dict[str, list[float]]:
    from sklearn.isotonic import IsotonicRegression

    iso = IsotonicRegression(y_min=0.0, y_max=1.0, out_of_bounds="clip").fit(top, correct)
    xs = np.concatenate(([0.0], iso.X_thresholds_, [1.0]))
    ys = np.concatenate(([iso.y_thresholds_[0]], iso.y_thresholds_, [iso.y_thresholds_[-1]]))
    ys = np.clip(ys, 0.02, 0.99)
    return {"x": [round(float(v), 6) for v in xs], "y": [round(float(v), 6) for v in ys]}


def train(
    data: Path = DATA,
    out: Path | None = None,
    *,
    c_grid: tuple[float, ...] = C_GRID,
    char_weights: tuple[float, ...] = CHAR_WEIGHTS,
) -> Path:
    """Fit on ``data/train`` and write the artefact to ``out`` (default: inside the package)."""
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    out = out or Path(__file__).resolve().parent / ARTEFACT_DIR
    rows = load_rows("train", data)
    print(f"training on {len(rows)} rows from {data / 'train'}", file=sys.stderr)
    docs = _features(rows)
    features = build_vocab(docs, min_df=2)
    features = sorted(set(features) | {"const"})
    index = {name: i for i, name in enumerate(features)}
    df = np.zeros(len(features))
    for names in docs:
        for i in {index[name] for name in names if name in index}:
            df[i] += 1
    df[index["const"]] = len(docs)
    idf = (np.log((1 + len(docs)) / (1 + df)) + 1.0).astype(np.float32)
    y = np.asarray([PRIMARY_CLASSES.index(row["primary"]) for row in rows])
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
    c, char_weight, proba = _choose(docs, index, idf, y, folds, (c_grid, char_weights))
    idf = np.where([name.startswith("c:") for name in features], idf * char_weight, idf)
    idf = idf.astype(np.float32)  # the group weight ships inside the idf vector
    x = _matrix(docs, index, idf)
    primary = _logreg(c, balanced=True).fit(x, y)
    heads, thresholds, head_probas = [], [], []
    for name in LEVEL_OUTPUTS:
        target = np.asarray([name in row["levels"] for row in rows], dtype=int)
        head_proba = cross_val_predict(
            _logreg(c, balanced=False), x, target, cv=folds, method="predict_proba"
        )[:, 1]
        head_probas.append(head_proba)
        thresholds.append(max(_best_threshold(target, head_proba), 0.35))
        heads.append(_logreg(c, balanced=False).fit(x, target))
    tie = _choose_tie_rule(y, proba, np.stack(head_probas, axis=1))
    adjusted = apply_tie_rule(proba, np.stack(head_probas, axis=1), **tie)
    top = proba[np.arange(len(y)), adjusted]
    correct = (adjusted == y).astype(float)
    _print_cv(rows, y, adjusted)
    roi_target = np.asarray([bool(row["roi"]) for row in rows], dtype=int)
    roi_proba = cross_val_predict(
        _logreg(c, balanced=True), x, roi_target, cv=folds, method="predict_proba"
    )[:, 1]
    roi_threshold = _best_threshold(roi_target, roi_proba)
    roi_head = _logreg(c, balanced=True).fit(x, roi_target)
    weights = np.hstack(
        [primary.coef_.T] + [head.coef_.T for head in heads] + [roi_head.coef_.T]
    ).astype(np.float32)
    bias = np.concatenate(
        [primary.intercept_] + [head.intercept_ for head in heads] + [roi_head.intercept_]
    ).astype(np.float32)
    out.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out / WEIGHTS_FILE, weights=weights, bias=bias, idf=idf)
    meta = {
        "version": "pending",
        "features": features,
        "primary_classes": list(PRIMARY_CLASSES),
        "level_outputs": list(LEVEL_OUTPUTS),
        "level_thresholds": thresholds,
        "roi_threshold": roi_threshold,
        "tie_rule": tie,
        "calibration": _calibration(correct, top),
        "training": {
            "rows": len(rows),
            "C": c,
            "char_weight": char_weight,
            "seed": SEED,
            "min_df": 2,
        },
    }
    _write_meta(out, meta)
    meta["version"] = artefact_digest(out)
    _write_meta(out, meta)
    print(
        f"wrote {out} ({len(features)} features, C={c}, char weight {char_weight}, "
        f"level thresholds {thresholds}, "
        f"roi threshold {roi_threshold:.3f})",
        file=sys.stderr,
    )
    return out


def _print_cv(rows: list[dict[str, Any]], y: np.ndarray, predicted: np.ndarray) -> None:
    from assistant.feedback.agreement import agreement, format_agreement

    gold = [PRIMARY_CLASSES[i] for i in y]
    pred = [PRIMARY_CLASSES[i] for i in predicted]
    print("cross-validated on train (model only, no rules):", file=sys.stderr)
    print(format_agreement(agreement(gold, pred)), file=sys.stderr)


def _write_meta(out: Path, meta: dict[str, Any]) -> None:
    (out / META_FILE).write_text(json.dumps(meta, ensure_ascii=False, indent=0) + "\n", "utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DATA, help="folder with train/ and dev/")
    parser.add_argument("--no-eval", action="store_true", help="skip the dev evaluation")
    args = parser.parse_args(argv)
    out = train(args.data)
    if not args.no_eval and (args.data / "dev").is_dir():
        from assistant.feedback.evaluation import evaluate_split, format_summary

        train_texts = [row["text"] for row in load_rows("train", args.data)]
        dev = load_rows("dev", args.data)
        print(format_summary(evaluate_split(dev, directory=out, train_texts=train_texts)))


if __name__ == "__main__":
    main()
