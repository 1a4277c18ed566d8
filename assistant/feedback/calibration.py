"""Calibrate the offline coder to an evaluator's own coding, and say what it gained.

Given comments the evaluator coded (and, optionally, comments they have not coded yet), this
fits an ``Adapter`` (``assistant/feedback/adapter.py``) and measures it honestly:

- kappa and per-level agreement *before* (the shipped coder, which never saw these rows) and
  *after* (5-fold cross-validation: each comment is coded by an adapter fitted without it), with
  95 % intervals from a paired bootstrap over the comments;
- a learning curve (the same cross-validation on 25, 50, 75 and 100 % of each training part) and
  what a larger sample would likely add (a log-linear fit of that curve);
- the uncoded comments the calibrated coder is least sure of: the ones to code next.

Pure domain code: the CLI, the API and the store call it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from pydantic import BaseModel, Field

from assistant.errors import InvalidInputError
from assistant.feedback import adapter as adapters
from assistant.feedback import rules
from assistant.feedback.adapter import Adapter, adapter_names
from assistant.feedback.agreement import agreement, cohen_kappa
from assistant.feedback.features import extract
from assistant.feedback.linear import PRIMARY_CLASSES, apply_tie_rule
from assistant.feedback.models import CommentIn, Level
from assistant.feedback.offline import OfflineCoder
from assistant.feedback.text import clean, truncate_for_model
from assistant.messages import Text

FOLDS = 5
MIN_PER_LEVEL = 5
MIN_ROWS = 30
# The adapter's L2 penalty, chosen on the dev split (never on an evaluator's sample or a blind
# set) with benchmarks/feedback_calibration.py: 0.3 gains nothing and loses nothing where the
# evaluator codes as the codebook does, and gains as much as 0.1 where a house rule differs
# (dev with NONE coded L1: +0.12 at 200 coded comments); 0.03 overfits, 3.0 learns too little.
STRENGTH = 0.3
CURVE = (0.25, 0.5, 0.75, 1.0)
BOOTSTRAP = 1000
SUGGESTIONS = 20
GAIN = 0.02  # a kappa gain worth coding more comments for
MAX_FACTOR = 10.0
SEED = 20261204


class Interval(BaseModel):
    value: float
    low: float
    high: float


class LevelGain(BaseModel):
    """One level, as "this level or not": agreement before and after calibration."""

    level: str
    n: int = Field(description="comments the evaluator coded at this level")
    f1_before: float
    f1_after: float
    kappa_before: Interval
    kappa_after: Interval


class CurvePoint(BaseModel):
    rows: int = Field(description="coded comments the adapter was fitted on (per fold)")
    kappa: float


class Suggestion(BaseModel):
    """An uncoded comment the calibrated coder is unsure of: coding it teaches the most."""

    row: int = Field(description="the row's number among the data rows (1 = first)")
    text: str
    primary: Level
    confidence: float


class CalibrationReport(BaseModel):
    name: str
    base_model: str
    coder_model: str = Field(description="what every row it codes records as kp_model")
    rows: int = Field(description="coded comments in the sample")
    uncoded: int = Field(description="comments in the file without a code")
    labels: dict[str, int]
    kappa_before: Interval
    kappa_after: Interval
    kappa_gain: Interval
    applied: bool = Field(
        description="the calibration is applied; false: the cross-validated gain was not beyond "
        "chance, so the stored coder codes exactly as the shipped one"
    )
    macro_f1_before: float
    macro_f1_after: float
    per_level: list[LevelGain]
    disabled_rules: list[str] = Field(description="codebook rules your coding overrules")
    learning_curve: list[CurvePoint]
    projected_kappa: dict[str, float] = Field(
        description="kappa the curve's log-linear fit projects for 1.5x and 2x the sample"
    )
    more_rows_help: bool = Field(description="doubling the sample would likely add >= 0.02")
    rows_for_gain: int | None = Field(
        description="coded comments to add for a projected kappa gain of 0.02 (the log-linear "
        "fit of the curve); none when that would take more than 10x the sample"
    )
    suggestions: list[Suggestion]


@dataclass(frozen=True)
class Calibration:
    adapter: Adapter
    report: CalibrationReport


@dataclass(frozen=True)
class _Prepared:
    """What the adapter needs of each comment, computed once."""

    rule: list[rules.RuleDecision | None]
    names: list[list[str]]
    base: np.ndarray  # shipped primary probabilities (n, K); rows decided by rules too
    heads: np.ndarray  # shipped level-presence probabilities (n, 4)


def read_labels(labels: Sequence[object]) -> list[str | None]:
    """Each label as a level name, ``None`` for an empty cell (an uncoded comment).

    Raises ``InvalidInputError`` naming the labels that are not codebook levels."""
    known = {level.value for level in Level}
    read: list[str | None] = []
    unknown: dict[str, list[int]] = {}
    for row, value in enumerate(labels, start=1):
        text = "" if value is None else str(value).strip()
        if not text:
            read.append(None)
            continue
        label = text.upper()
        if label not in known:
            unknown.setdefault(text, []).append(row)
        read.append(label)
    if unknown:
        found = "; ".join(
            f"'{value}' (rows {', '.join(map(str, rows[:5]))}{'…' if len(rows) > 5 else ''})"
            for value, rows in list(unknown.items())[:8]
        )
        raise InvalidInputError(Text.of("calibration.unknown_labels", found=found))
    return read


def check_sample(labels: Sequence[str | None]) -> dict[str, int]:
    """The count per level of the coded rows, or a clear error when the sample is too small."""
    counts: dict[str, int] = {}
    for label in labels:
        if label is not None:
            counts[label] = counts.get(label, 0) + 1
    total = sum(counts.values())
    if total < MIN_ROWS:
        raise InvalidInputError(Text.of("calibration.too_few_rows", rows=total, minimum=MIN_ROWS))
    if len(counts) < 2:
        raise InvalidInputError(Text.of("calibration.one_level", level=next(iter(counts))))
    thin = {level: n for level, n in counts.items() if n < MIN_PER_LEVEL}
    if thin:
        listed = ", ".join(f"{level} ({n})" for level, n in sorted(thin.items()))
        raise InvalidInputError(
            Text.of("calibration.too_few_per_level", levels=listed, minimum=MIN_PER_LEVEL)
        )
    return dict(sorted(counts.items(), key=lambda item: PRIMARY_CLASSES.index(item[0])))


def calibrate(
    coder: OfflineCoder,
    texts: Sequence[str],
    labels: Sequence[str | None],
    *,
    name: str,
    strength: float = STRENGTH,
    suggestions: int = SUGGESTIONS,
) -> Calibration:
    """Fit an adapter on the coded rows of ``texts``/``labels`` and report what it gains.

    ``labels`` come from ``read_labels``: ``None`` marks an uncoded comment, which is only
    used to suggest what to code next."""
    counts = check_sample(labels)
    coded = [i for i, label in enumerate(labels) if label is not None]
    y = np.asarray([PRIMARY_CLASSES.index(str(labels[i])) for i in coded])
    prepared = _prepare(coder, [texts[i] for i in coded])
    disabled = _disabled_rules(prepared, y)
    before = _predict(coder, prepared, None, disabled=frozenset())
    folds = _folds(y)
    after, top = _cross_validate(coder, prepared, y, folds, strength, disabled)
    curve = []
    for fraction in CURVE[:-1]:
        predicted, _ = _cross_validate(coder, prepared, y, folds, strength, disabled, fraction)
        curve.append(CurvePoint(rows=_fold_rows(len(y), fraction), kappa=_kappa(y, predicted)))
    curve.append(CurvePoint(rows=_fold_rows(len(y), 1.0), kappa=_kappa(y, after)))
    gains = _agreement(y, before, after)
    # applied only when the gain is beyond chance (its bootstrap interval above zero): on 100
    # comments a positive cross-validated gain is often noise
    applied = gains["kappa_gain"].low > 0
    if applied:
        fitted = adapters.fit(
            np.log(np.clip(prepared.base, 1e-12, 1.0)),
            prepared.names,
            y.tolist(),
            strength=strength,
            disabled_rules=disabled,
        )
        model_rows = np.asarray([rule is None or rule.rule in disabled for rule in prepared.rule])
        final = Adapter(
            features=fitted.features,
            weights=fitted.weights,
            bias=fitted.bias,
            scale=fitted.scale,
            disabled_rules=disabled,
            calibration=adapters.isotonic(top[model_rows], (after == y)[model_rows]),
        )
    else:  # calibrating did not beat the shipped coder on this sample: store it unchanged
        final = adapters.identity()
    calibrated = coder.calibrated(final, name)
    projected, rows_for_gain = _projection(curve, len(y))
    report = CalibrationReport(
        name=name,
        base_model=coder.model_name,
        coder_model=calibrated.model_name,
        rows=len(y),
        uncoded=len(labels) - len(coded),
        labels=counts,
        **gains,
        applied=applied,
        disabled_rules=sorted(disabled),
        learning_curve=curve,
        projected_kappa=projected,
        more_rows_help=projected["2x"] - curve[-1].kappa >= GAIN,
        rows_for_gain=rows_for_gain,
        suggestions=_suggest(calibrated, texts, labels, suggestions),
    )
    return Calibration(adapter=final, report=report)


def _prepare(coder: OfflineCoder, texts: Sequence[str]) -> _Prepared:
    decisions: list[rules.RuleDecision | None] = []
    names: list[list[str]] = []
    rows: list[list[int]] = []
    for text in texts:
        cleaned = clean(text).text
        decisions.append(rules.decide(cleaned))
        features = extract(truncate_for_model(cleaned)).names
        names.append(adapter_names(features))
        rows.append(coder.model.indices(features + ["const"]))
    scores, _ = coder.model.score(rows)
    return _Prepared(decisions, names, scores.primary.astype(np.float64), scores.levels)


def _disabled_rules(prepared: _Prepared, y: np.ndarray) -> frozenset[str]:
    return adapters.contradicted_rules(
        [
            (rule.rule, rule.level.value, PRIMARY_CLASSES[label])
            for rule, label in zip(prepared.rule, y, strict=True)
            if rule is not None
        ]
    )


def _predict(
    coder: OfflineCoder,
    prepared: _Prepared,
    adapter: Adapter | None,
    *,
    disabled: frozenset[str],
    rows: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """The coder's primary class per comment (as ``OfflineCoder.code`` decides it) and the
    adapted top probability (before confidence calibration)."""
    index = np.arange(len(prepared.rule)) if rows is None else rows
    primary = prepared.base[index]
    if adapter is not None:
        names = [prepared.names[i] for i in index]
        primary = adapter.probabilities(primary, adapter.rows(names))
    chosen = apply_tie_rule(primary, prepared.heads[index], **coder.model.tie_rule)
    top = primary[np.arange(len(index)), chosen]
    for position, i in enumerate(index):
        decision = prepared.rule[i]
        if decision is not None and decision.rule not in disabled:
            chosen[position] = PRIMARY_CLASSES.index(decision.level.value)
    return chosen, top


def _folds(y: np.ndarray) -> np.ndarray:
    """A stratified fold number per comment, seeded."""
    rng = np.random.default_rng(SEED)
    fold = np.zeros(len(y), dtype=int)
    for label in np.unique(y):
        members = rng.permutation(np.flatnonzero(y == label))
        fold[members] = np.arange(len(members)) % FOLDS
    return fold


def _cross_validate(
    coder: OfflineCoder,
    prepared: _Prepared,
    y: np.ndarray,
    folds: np.ndarray,
    strength: float,
    disabled: frozenset[str],
    fraction: float = 1.0,
) -> tuple[np.ndarray, np.ndarray]:
    """Out-of-fold predictions and top probabilities of adapters fitted on ``fraction`` of
    each training part."""
    predicted = np.zeros(len(y), dtype=int)
    top = np.zeros(len(y))
    base = np.log(np.clip(prepared.base, 1e-12, 1.0))
    rng = np.random.default_rng(SEED + int(fraction * 100))
    for fold in range(FOLDS):
        train = np.flatnonzero(folds != fold)
        if fraction < 1.0:
            train = _stratified_subset(train, y, fraction, rng)
        fitted = adapters.fit(
            base[train],
            [prepared.names[i] for i in train],
            y[train].tolist(),
            strength=strength,
            disabled_rules=disabled,
        )
        test = np.flatnonzero(folds == fold)
        predicted[test], top[test] = _predict(coder, prepared, fitted, disabled=disabled, rows=test)
    return predicted, top


def _fold_rows(rows: int, fraction: float) -> int:
    """Comments one fold's adapter is fitted on, with ``fraction`` of its training part."""
    return int(round(rows * (FOLDS - 1) / FOLDS * fraction))


def _stratified_subset(
    rows: np.ndarray, y: np.ndarray, fraction: float, rng: np.random.Generator
) -> np.ndarray:
    chosen = []
    for label in np.unique(y[rows]):
        members = rows[y[rows] == label]
        keep = max(1, int(round(len(members) * fraction)))
        chosen.append(rng.choice(members, size=keep, replace=False))
    return np.sort(np.concatenate(chosen))


def _kappa(y: np.ndarray, predicted: np.ndarray) -> float:
    return round(
        agreement([PRIMARY_CLASSES[i] for i in y], [PRIMARY_CLASSES[i] for i in predicted]).kappa,
        4,
    )


def _agreement(
    y: np.ndarray, before: tuple[np.ndarray, np.ndarray], after: np.ndarray
) -> dict[str, Any]:
    """Kappa before/after/gain and per level, each with a paired-bootstrap 95 % interval."""
    predicted_before = before[0]
    rng = np.random.default_rng(SEED)
    samples = rng.integers(0, len(y), size=(BOOTSTRAP, len(y)))
    k = len(PRIMARY_CLASSES)

    def kappas(gold: np.ndarray, predicted: np.ndarray, classes: int) -> np.ndarray:
        cells = gold[samples] * classes + predicted[samples]
        matrices = np.stack([np.bincount(row, minlength=classes * classes) for row in cells])
        return np.asarray([cohen_kappa(m.reshape(classes, classes).tolist()) for m in matrices])

    def interval(point: float, draws: np.ndarray) -> Interval:
        low, high = np.percentile(draws, [2.5, 97.5])
        return Interval(value=round(point, 4), low=round(float(low), 4), high=round(float(high), 4))

    draws_before = kappas(y, predicted_before, k)
    draws_after = kappas(y, after, k)
    labels = [PRIMARY_CLASSES[i] for i in y]
    report_before = agreement(labels, [PRIMARY_CLASSES[i] for i in predicted_before])
    report_after = agreement(labels, [PRIMARY_CLASSES[i] for i in after])
    f1_before = {row.label: row.f1 for row in report_before.per_class}
    f1_after = {row.label: row.f1 for row in report_after.per_class}
    per_level = []
    for c, level in enumerate(PRIMARY_CLASSES):
        n = int((y == c).sum())
        if not n:
            continue
        gold, was, now = (y == c).astype(int), (predicted_before == c).astype(int), (after == c)
        per_level.append(
            LevelGain(
                level=level,
                n=n,
                f1_before=round(f1_before.get(level, 0.0), 4),
                f1_after=round(f1_after.get(level, 0.0), 4),
                kappa_before=interval(_binary_kappa(gold, was), kappas(gold, was, 2)),
                kappa_after=interval(
                    _binary_kappa(gold, now.astype(int)), kappas(gold, now.astype(int), 2)
                ),
            )
        )
    return {
        "kappa_before": interval(report_before.kappa, draws_before),
        "kappa_after": interval(report_after.kappa, draws_after),
        "kappa_gain": interval(
            report_after.kappa - report_before.kappa, draws_after - draws_before
        ),
        "macro_f1_before": round(report_before.macro_f1, 4),
        "macro_f1_after": round(report_after.macro_f1, 4),
        "per_level": per_level,
    }


def _binary_kappa(gold: np.ndarray, predicted: np.ndarray) -> float:
    cells = np.bincount(gold * 2 + predicted, minlength=4).reshape(2, 2)
    return cohen_kappa(cells.tolist())


def _projection(curve: list[CurvePoint], rows: int) -> tuple[dict[str, float], int | None]:
    """Kappa at 1.5x and 2x the sample, from a least-squares fit of kappa on log(rows), and the
    coded comments to add for a gain of ``GAIN`` by the same fit."""
    xs = np.log([max(point.rows, 1) for point in curve])
    ys = np.asarray([point.kappa for point in curve])
    slope, intercept = np.polyfit(xs, ys, 1) if len(set(xs.tolist())) > 1 else (0.0, ys[-1])
    slope = max(float(slope), 0.0)  # a falling curve does not promise a loss from more rows
    last = curve[-1].rows
    projected = {
        label: round(min(1.0, float(intercept + slope * math.log(last * factor))), 4)
        for label, factor in (("1.5x", 1.5), ("2x", 2.0))
    }
    factor = math.exp(GAIN / slope) if slope > GAIN / math.log(MAX_FACTOR) else None
    reachable = factor is not None and curve[-1].kappa + GAIN <= 1.0
    return projected, math.ceil(rows * (factor - 1)) if reachable and factor else None


def _suggest(
    coder: OfflineCoder, texts: Sequence[str], labels: Sequence[str | None], limit: int
) -> list[Suggestion]:
    uncoded = [i for i, label in enumerate(labels) if label is None and str(texts[i]).strip()]
    if not uncoded or limit <= 0:
        return []
    results = coder.code([CommentIn(text=texts[i]) for i in uncoded])
    ranked = sorted(zip(uncoded, results, strict=True), key=lambda pair: pair[1].confidence)
    return [
        Suggestion(
            row=i + 1, text=str(texts[i])[:300], primary=coded.primary, confidence=coded.confidence
        )
        for i, coded in ranked[:limit]
    ]
