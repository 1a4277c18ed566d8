"""The batch pipeline: read a row, code it, write it; checkpoint as it goes; resume on request."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from assistant.errors import InvalidInputError
from assistant.feedback.coder import Coder, code_comments
from assistant.feedback.models import MAX_TEXT_CHARS, CodedComment, CommentIn
from assistant.feedback.sinks import KP_COLUMNS, journal_path, open_sink
from assistant.feedback.tables import Table, open_table, output_format
from assistant.messages import Lang as ReaderLang

BATCH_SIZE = 256
Progress = Callable[[int, int | None], None]


@dataclass(frozen=True)
class CodeFileResult:
    output: Path
    rows: int
    coded_now: int
    resumed_from: int
    columns: list[str]


def kp_fields(coded: CodedComment) -> dict[str, Any]:
    return {
        "kp_primary": coded.primary.value,
        "kp_levels": ";".join(level.value for level in coded.levels),
        "kp_roi": coded.roi,
        "kp_confidence": round(coded.confidence, 4),
        "kp_evidence": coded.evidence,
        "kp_rationale": coded.rationale,
        "kp_engine": coded.engine.value,
        "kp_model": coded.model or "",
        "kp_prompt_version": coded.prompt_version or "",
        "kp_prompt_hash": coded.prompt_hash or "",
        "kp_fallback_reason": coded.fallback_reason or "",
    }


def progress_path(output: Path) -> Path:
    return output.with_name(output.name + ".progress.json")


def _fingerprint(table: Table, text_column: str) -> dict[str, Any]:
    stat = table.path.stat()
    return {
        "input": str(table.path.resolve()),
        "size": stat.st_size,
        "mtime_ns": stat.st_mtime_ns,
        "text_column": text_column,
        "sheet": table.sheet,
    }


def _save_progress(path: Path, state: dict[str, Any]) -> None:
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps(state), encoding="utf-8")
    os.replace(temporary, path)


def _load_progress(output: Path, fingerprint: dict[str, Any]) -> dict[str, Any] | None:
    path = progress_path(output)
    if not path.exists():
        return None
    state: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    if any(state.get(key) != value for key, value in fingerprint.items()):
        raise InvalidInputError(
            f"Cannot resume: {path.name} belongs to a different input, column or sheet."
        )
    return state


def _batches(rows: Iterator[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    while batch := list(islice(rows, size)):
        yield batch


def _text(value: Any) -> str:
    """The cell as text, capped for the coder (the output row keeps the whole cell)."""
    return "" if value is None else str(value)[:MAX_TEXT_CHARS]


def code_file(
    *,
    source: Path,
    output: Path,
    text_column: str,
    coder: Coder,
    sheet: str | None = None,
    resume: bool = False,
    batch_size: int = BATCH_SIZE,
    on_progress: Progress | None = None,
    reader: ReaderLang | None = None,
) -> CodeFileResult:
    """Code every row of ``source`` into ``output`` (format from its extension), streaming;
    ``reader`` as in ``code_comments``."""
    table = open_table(source, sheet=sheet)
    if text_column not in table.columns:
        raise InvalidInputError(
            f"Column '{text_column}' not found in {source.name}; columns found: "
            + ", ".join(repr(name) for name in table.columns)
        )
    kind = output_format(output)
    if output.resolve() == source.resolve():
        raise InvalidInputError("The output must be a different file from the input.")
    columns = table.columns + [name for name in KP_COLUMNS if name not in table.columns]
    fingerprint = _fingerprint(table, text_column) | {"columns": columns}
    state = _load_progress(output, fingerprint) if resume else None
    if resume and state is None and output.exists() and not journal_path(output).exists():
        return CodeFileResult(output, table.total or 0, 0, table.total or 0, columns)
    done = int(state["rows"]) if state else 0
    offset = int(state["offset"]) if state else None
    delimiter = "\t" if output.suffix.lower() == ".tsv" else table.delimiter
    sink = open_sink(output, kind, columns, delimiter=delimiter, offset=offset)
    complete = False
    written = done
    try:
        rows = islice(table.rows(), done, None)
        if on_progress:
            on_progress(written, table.total)
        for batch in _batches(rows, batch_size):
            comments = [CommentIn(text=_text(row.get(text_column))) for row in batch]
            coded = code_comments(coder, comments, reader=reader)
            sink.write([row | kp_fields(item) for row, item in zip(batch, coded, strict=True)])
            written += len(batch)
            _save_progress(
                progress_path(output), fingerprint | {"rows": written, "offset": sink.checkpoint()}
            )
            if on_progress:
                on_progress(written, table.total)
        complete = True
    finally:
        sink.close(complete=complete)
    progress_path(output).unlink(missing_ok=True)
    return CodeFileResult(output, written, written - done, done, columns)
