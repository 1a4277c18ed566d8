"""An evaluator's coded sample: the text and label columns of a CSV, XLSX or JSONL export."""

from __future__ import annotations

from pathlib import Path

from assistant.errors import InvalidInputError
from assistant.feedback.calibration import read_labels
from assistant.feedback.models import MAX_TEXT_CHARS
from assistant.feedback.tables import column_not_found, open_table
from assistant.messages import Text
from assistant.uploads import LOCAL_FILE_LIMITS, UploadLimits


def read_sample(
    path: Path,
    *,
    text_column: str,
    label_column: str,
    sheet: str | None = None,
    limits: UploadLimits = LOCAL_FILE_LIMITS,
    name: str | None = None,
) -> tuple[list[str], list[str | None]]:
    """Every row's comment and code (``None`` where the code cell is empty: not coded yet)."""
    if text_column == label_column:
        raise InvalidInputError(Text.of("calibration.same_columns", column=text_column))
    table = open_table(path, sheet=sheet, limits=limits)
    for column in (text_column, label_column):
        if column not in table.columns:
            raise InvalidInputError(column_not_found(column, name or path.name, table.columns))
    texts: list[str] = []
    raw: list[object] = []
    for record in table.rows():
        texts.append(str(record.get(text_column) or "")[:MAX_TEXT_CHARS])
        raw.append(record.get(label_column))
    return texts, read_labels(raw)
