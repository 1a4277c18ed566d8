"""Agreement statistics between two codings: pure functions, no I/O."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.errors import InvalidInputError
from assistant.feedback.models import LEVELS, AgreementReport, AgreementRow
from assistant.messages import Text


def label_order(gold: Sequence[str], predicted: Sequence[str]) -> list[str]:
    """Codebook levels first (L1..L4, NONE), then any other label alphabetically."""
    seen = set(gold) | set(predicted)
    known = [level.value for level in LEVELS if level.value in seen]
    return known + sorted(seen - set(known))


def confusion_matrix(
    gold: Sequence[str], predicted: Sequence[str], labels: Sequence[str]
) -> list[list[int]]:
    position = {label: i for i, label in enumerate(labels)}
    matrix = [[0] * len(labels) for _ in labels]
    for g, p in zip(gold, predicted, strict=True):
        matrix[position[g]][position[p]] += 1
    return matrix


def cohen_kappa(matrix: Sequence[Sequence[int]]) -> float:
    """Cohen's kappa; 1.0 when both coders agree perfectly on a single category."""
    n = sum(map(sum, matrix))
    if n == 0:
        return 0.0
    observed = sum(matrix[i][i] for i in range(len(matrix))) / n
    rows = [sum(row) for row in matrix]
    cols = [sum(column) for column in zip(*matrix, strict=True)]
    expected = sum(r * c for r, c in zip(rows, cols, strict=True)) / (n * n)
    if expected == 1.0:
        return 1.0 if observed == 1.0 else 0.0
    return float((observed - expected) / (1.0 - expected))


def _ratio(num: float, den: float) -> float:
    return num / den if den else 0.0


def per_class(matrix: Sequence[Sequence[int]], labels: Sequence[str]) -> list[AgreementRow]:
    result = []
    for i, label in enumerate(labels):
        tp = matrix[i][i]
        support = sum(matrix[i])
        predicted = sum(row[i] for row in matrix)
        precision, recall = _ratio(tp, predicted), _ratio(tp, support)
        f1 = _ratio(2 * precision * recall, precision + recall)
        result.append(
            AgreementRow(label=label, precision=precision, recall=recall, f1=f1, support=support)
        )
    return result


def agreement(gold: Sequence[str], predicted: Sequence[str]) -> AgreementReport:
    """Accuracy, kappa, macro-F1 (over every label either side used), per class, confusion."""
    if len(gold) != len(predicted):
        raise InvalidInputError(Text.of("feedback.agreement_lengths"))
    if not gold:
        raise InvalidInputError(Text.of("feedback.agreement_empty"))
    labels = label_order(gold, predicted)
    matrix = confusion_matrix(gold, predicted, labels)
    rows = per_class(matrix, labels)
    return AgreementReport(
        n=len(gold),
        labels=labels,
        accuracy=sum(matrix[i][i] for i in range(len(labels))) / len(gold),
        kappa=cohen_kappa(matrix),
        macro_f1=sum(row.f1 for row in rows) / len(rows),
        per_class=rows,
        confusion=matrix,
    )


def format_agreement(report: AgreementReport) -> str:
    """A plain-text table for the terminal."""
    lines = [
        f"n={report.n}  accuracy={report.accuracy:.3f}  kappa={report.kappa:.3f}  "
        f"macro-F1={report.macro_f1:.3f}",
        "",
        f"{'class':<8}{'P':>7}{'R':>7}{'F1':>7}{'n':>6}",
    ]
    lines += [
        f"{row.label:<8}{row.precision:>7.3f}{row.recall:>7.3f}{row.f1:>7.3f}{row.support:>6}"
        for row in report.per_class
    ]
    width = max(6, *(len(label) + 1 for label in report.labels))
    lines += ["", "confusion (rows gold, columns predicted)"]
    lines.append(" " * width + "".join(f"{label:>{width}}" for label in report.labels))
    for label, row in zip(report.labels, report.confusion, strict=True):
        lines.append(f"{label:<{width}}" + "".join(f"{count:>{width}}" for count in row))
    return "\n".join(lines)
