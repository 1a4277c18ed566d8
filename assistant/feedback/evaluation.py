"""Evaluate the offline coder on a labelled split: per language, class, difficulty; calibration."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from assistant.feedback.agreement import agreement
from assistant.feedback.models import AgreementReport, CommentIn
from assistant.feedback.offline import OfflineCoder


class CalibrationBin(BaseModel):
    low: float
    high: float
    n: int
    accuracy: float
    mean_confidence: float


class Evaluation(BaseModel):
    overall: AgreementReport
    by_group: dict[str, dict[str, AgreementReport]]
    levels_f1: dict[str, float]
    levels_exact: float
    roi_f1: float
    roi_accuracy: float
    calibration: list[CalibrationBin]


def _f1(gold: list[bool], predicted: list[bool]) -> float:
    tp = sum(g and p for g, p in zip(gold, predicted, strict=True))
    fp = sum(p and not g for g, p in zip(gold, predicted, strict=True))
    fn = sum(g and not p for g, p in zip(gold, predicted, strict=True))
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


CALIBRATION_EDGES = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001)


def calibration_bins(
    confidence: list[float], correct: list[bool], edges: tuple[float, ...] = CALIBRATION_EDGES
) -> list[CalibrationBin]:
    bins = []
    for low, high in zip(edges, edges[1:], strict=False):
        members = [i for i, c in enumerate(confidence) if low <= c < high]
        if members:
            bins.append(
                CalibrationBin(
                    low=low,
                    high=min(high, 1.0),
                    n=len(members),
                    accuracy=sum(correct[i] for i in members) / len(members),
                    mean_confidence=sum(confidence[i] for i in members) / len(members),
                )
            )
    return bins


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def evaluate_split(
    rows: list[dict[str, Any]],
    *,
    directory: Path | None = None,
    train_texts: list[str] | None = None,
) -> Evaluation:
    """Score the shipped coder on ``rows``; ``train_texts`` adds a seen-in-train slice."""
    coder = OfflineCoder.load(directory)
    seen = {_norm(text) for text in train_texts or []}
    coded = coder.code([CommentIn(id=row["id"], text=row["text"]) for row in rows])
    gold = [row["primary"] for row in rows]
    predicted = [item.primary.value for item in coded]
    groups: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i, row in enumerate(rows):
        for key in ("lang", "difficulty", "context"):
            groups[key][str(row.get(key, "?"))].append(i)
        if train_texts is not None:
            groups["text_in_train"]["yes" if _norm(row["text"]) in seen else "no"].append(i)
    by_group = {
        key: {
            value: agreement([gold[i] for i in members], [predicted[i] for i in members])
            for value, members in sorted(values.items())
        }
        for key, values in groups.items()
    }
    levels_f1 = {}
    for level in ("L1", "L2", "L3", "L4"):
        levels_f1[level] = _f1(
            [level in row["levels"] for row in rows],
            [any(x.value == level for x in item.levels) for item in coded],
        )
    roi_gold = [bool(row["roi"]) for row in rows]
    roi_pred = [item.roi for item in coded]
    return Evaluation(
        overall=agreement(gold, predicted),
        by_group=by_group,
        levels_f1=levels_f1,
        levels_exact=sum(
            sorted(row["levels"]) == sorted(x.value for x in item.levels)
            for row, item in zip(rows, coded, strict=True)
        )
        / len(rows),
        roi_f1=_f1(roi_gold, roi_pred),
        roi_accuracy=sum(g == p for g, p in zip(roi_gold, roi_pred, strict=True)) / len(rows),
        calibration=calibration_bins(
            [item.confidence for item in coded],
            [g == p for g, p in zip(gold, predicted, strict=True)],
        ),
    )


def format_summary(result: Evaluation) -> str:
    o = result.overall
    lines = [
        f"dev: n={o.n} kappa={o.kappa:.3f} macro-F1={o.macro_f1:.3f} accuracy={o.accuracy:.3f}",
        "per class: "
        + "  ".join(
            f"{r.label} P={r.precision:.2f} R={r.recall:.2f} F1={r.f1:.2f} (n={r.support})"
            for r in o.per_class
        ),
    ]
    for key, groups in result.by_group.items():
        lines.append(
            f"by {key}: "
            + "  ".join(
                f"{value} n={rep.n} kappa={rep.kappa:.3f} F1={rep.macro_f1:.3f} "
                f"acc={rep.accuracy:.3f}"
                for value, rep in groups.items()
            )
        )
    lines.append(
        "levels F1: "
        + "  ".join(f"{k}={v:.3f}" for k, v in result.levels_f1.items())
        + f"  exact-set={result.levels_exact:.3f}"
    )
    lines.append(f"roi: F1={result.roi_f1:.3f} accuracy={result.roi_accuracy:.3f}")
    lines.append(
        "calibration: "
        + "  ".join(
            f"[{b.low:.1f},{b.high:.1f}) n={b.n} acc={b.accuracy:.2f} conf={b.mean_confidence:.2f}"
            for b in result.calibration
        )
    )
    return "\n".join(lines)
