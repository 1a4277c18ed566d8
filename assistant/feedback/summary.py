"""One streaming pass over a coded export: counts, ROI mentions, lowest confidence, agreement."""

from __future__ import annotations

import heapq
from collections import Counter
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from assistant.errors import InvalidInputError
from assistant.feedback import rules
from assistant.feedback.agreement import agreement
from assistant.feedback.models import LEVELS, AgreementReport, Level
from assistant.feedback.tables import open_table
from assistant.feedback.text import detect_lang, has_language_evidence
from assistant.messages import Text

LOWEST = 20
ROI_LISTED = 50
UNKNOWN_LANG = "unknown"
_VALID_LABELS = frozenset(level.value for level in LEVELS)
_SHOWN_VALUES, _SHOWN_ROWS = 10, 5


def report_lang(text: str) -> str:
    """The language a comment counts under in a report.

    Fillers, dashes, empty cells and keyboard noise (NONE by rule) carry no language of their own:
    they count as ``unknown`` rather than falling back to English. A filler that *is* language
    ("n.v.t.", "geen opmerkingen", "no comment") keeps its language (n.v.t. = nl).
    """
    decision = rules.decide(text)
    if decision is not None and decision.level is Level.NONE and not has_language_evidence(text):
        return UNKNOWN_LANG
    return detect_lang(text)


class LabelCheck:
    """Collects label values outside L1-L4/NONE with their (1-based data) rows, then rejects."""

    def __init__(self) -> None:
        self.bad: dict[tuple[str, str], list[int]] = {}

    def __call__(self, value: str, *, column: str, row: int) -> str:
        if value not in _VALID_LABELS:
            self.bad.setdefault((column, value), []).append(row)
        return value

    def raise_if_bad(self) -> None:
        if not self.bad:
            return
        parts = []
        for (column, value), found in list(self.bad.items())[:_SHOWN_VALUES]:
            rows = ", ".join(map(str, found[:_SHOWN_ROWS]))
            rows += ", ..." if len(found) > _SHOWN_ROWS else ""
            key = "feedback.labels_found" if len(found) > 1 else "feedback.label_found"
            parts.append(Text.of(key, value=repr(value), column=repr(column), rows=rows))
        more = len(self.bad) - _SHOWN_VALUES
        raise InvalidInputError(
            Text.of(
                "feedback.unknown_labels",
                found=tuple(parts),
                more=Text.of("feedback.more_labels", count=more) if more > 0 else "",
                allowed=", ".join(level.value for level in LEVELS),
            )
        )


class ReviewItem(BaseModel):
    row: int
    text: str
    primary: str
    levels: str
    confidence: float
    evidence: str


class FileSummary(BaseModel):
    rows: int
    primary: dict[str, int]
    levels: dict[str, int]
    by_lang: dict[str, dict[str, int]]
    roi_count: int
    roi_mentions: list[ReviewItem]
    lowest_confidence: list[ReviewItem]
    agreement: AgreementReport | None = None


def _item(row: int, record: dict[str, Any], text_column: str) -> ReviewItem:
    try:
        confidence = float(record.get("kp_confidence") or 0.0)
    except ValueError:
        confidence = 0.0
    return ReviewItem(
        row=row,
        text=str(record.get(text_column) or "")[:1000],
        primary=str(record.get("kp_primary") or ""),
        levels=str(record.get("kp_levels") or ""),
        confidence=confidence,
        evidence=str(record.get("kp_evidence") or "")[:300],
    )


def _is_true(value: Any) -> bool:
    return value is True or str(value).strip().lower() in ("true", "1", "yes", "ja")


def read_columns(path: Path, *names: str | None, sheet: str | None = None) -> Any:
    table = open_table(path, sheet=sheet)
    missing = [name for name in names if name and name not in table.columns]
    if missing:
        raise InvalidInputError(
            f"Column '{missing[0]}' not found in {path.name}; columns found: "
            + ", ".join(repr(name) for name in table.columns)
        )
    return table


def summarise(
    path: Path, *, text_column: str, gold_column: str | None = None, sheet: str | None = None
) -> FileSummary:
    """Summarise a coded file (with ``kp_*`` columns) without loading it whole."""
    table = read_columns(path, text_column, "kp_primary", gold_column, sheet=sheet)
    primary: Counter[str] = Counter()
    levels: Counter[str] = Counter()
    by_lang: dict[str, Counter[str]] = {}
    roi: list[ReviewItem] = []
    roi_count = 0
    lowest: list[tuple[float, int, ReviewItem]] = []
    gold: list[str] = []
    predicted: list[str] = []
    check = LabelCheck()
    rows = 0
    for rows, record in enumerate(table.rows(), start=1):
        label = str(record.get("kp_primary") or "")
        primary[label] += 1
        levels.update(part for part in str(record.get("kp_levels") or "").split(";") if part)
        lang = report_lang(str(record.get(text_column) or ""))
        by_lang.setdefault(lang, Counter())[label] += 1
        item = _item(rows, record, text_column)
        if _is_true(record.get("kp_roi")):
            roi_count += 1
            if len(roi) < ROI_LISTED:
                roi.append(item)
        entry = (-item.confidence, -rows, item)
        if len(lowest) < LOWEST:
            heapq.heappush(lowest, entry)
        elif entry > lowest[0]:
            heapq.heapreplace(lowest, entry)
        if gold_column:
            value = str(record.get(gold_column) or "").strip().upper()
            if value:
                gold.append(check(value, column=gold_column, row=rows))
                predicted.append(label)
    check.raise_if_bad()
    return FileSummary(
        rows=rows,
        primary=dict(primary),
        levels=dict(levels),
        by_lang={lang: dict(counts) for lang, counts in sorted(by_lang.items())},
        roi_count=roi_count,
        roi_mentions=roi,
        lowest_confidence=[item for _, _, item in sorted(lowest, reverse=True)],
        agreement=agreement(gold, predicted) if gold_column else None,
    )


def file_agreement(
    path: Path, *, gold_column: str, pred_column: str, sheet: str | None = None
) -> AgreementReport:
    """Agreement between two label columns of a file, over rows where both are filled."""
    table = read_columns(path, gold_column, pred_column, sheet=sheet)
    gold: list[str] = []
    predicted: list[str] = []
    check = LabelCheck()
    for row, record in enumerate(table.rows(), start=1):
        g = str(record.get(gold_column) or "").strip().upper()
        p = str(record.get(pred_column) or "").strip().upper()
        if g and p:
            gold.append(check(g, column=gold_column, row=row))
            predicted.append(check(p, column=pred_column, row=row))
    check.raise_if_bad()
    return agreement(gold, predicted)
