"""Streaming writers for coded exports, safe to open in Excel, resumable at a byte offset.

CSV and JSONL are appended to directly. XLSX cannot be appended to, so rows go to a JSONL journal
beside the output and become the workbook when the run completes.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, Protocol

from assistant.errors import InvalidInputError

KP_COLUMNS = (
    "kp_primary",
    "kp_levels",
    "kp_roi",
    "kp_confidence",
    "kp_evidence",
    "kp_rationale",
    "kp_engine",
    "kp_model",
    "kp_prompt_version",
    "kp_prompt_hash",
    "kp_fallback_reason",
)
_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^[+-]?\d+(?:[.,]\d+)*$")
# Where a spreadsheet may start a new cell inside a field: Excel splits on its own list separator
# (";" in Dutch, "," in English) whatever the file's delimiter, and once that breaks the quoting,
# a line break inside a field starts a new row.
_SEPARATOR = re.compile(r'([,;\t\r\n]"*)')


def neutralise(value: Any) -> Any:
    """OWASP CSV injection: prefix a quote to text a spreadsheet would evaluate, at the cell's
    start and after each separator in it (``x;=1+1`` -> ``x;'=1+1``), for CSV; XLSX writes
    such values as text cells instead."""
    if not isinstance(value, str):
        return value
    parts = _SEPARATOR.split(_neutralise_start(value))
    parts[2::2] = map(_neutralise_start, parts[2::2])
    return "".join(parts)


def _neutralise_start(text: str) -> str:
    if text.startswith(_TRIGGERS) and text != "-" and not _NUMBER.match(text):
        return "'" + text
    return text


class Sink(Protocol):
    def write(self, rows: list[dict[str, Any]]) -> None: ...

    def checkpoint(self) -> int: ...

    def close(self, *, complete: bool) -> None: ...


def _open_at(path: Path, offset: int | None, **kwargs: Any) -> IO[str]:
    """Open for writing at ``offset`` (truncating anything after it), or fresh when ``None``."""
    handle: IO[str]
    if offset is None:
        handle = path.open("w", **kwargs)
        return handle
    if not path.exists() or path.stat().st_size < offset:
        raise InvalidInputError(f"Cannot resume: {path.name} is shorter than its checkpoint.")
    with path.open("r+b") as raw:
        raw.truncate(offset)
    handle = path.open("a", **kwargs)
    return handle


class CsvSink:
    def __init__(
        self, path: Path, columns: list[str], *, delimiter: str, offset: int | None
    ) -> None:
        self.handle = _open_at(
            path, offset, encoding="utf-8-sig" if offset is None else "utf-8", newline=""
        )
        self.writer = csv.DictWriter(
            self.handle, fieldnames=columns, delimiter=delimiter, extrasaction="ignore"
        )
        if offset is None:
            self.writer.writerow({name: neutralise(name) for name in columns})

    def write(self, rows: list[dict[str, Any]]) -> None:
        for row in rows:
            self.writer.writerow({key: neutralise(_text(value)) for key, value in row.items()})

    def checkpoint(self) -> int:
        self.handle.flush()
        return self.handle.tell()

    def close(self, *, complete: bool) -> None:
        self.handle.close()


class JsonlSink:
    def __init__(self, path: Path, *, offset: int | None) -> None:
        self.handle = _open_at(path, offset, encoding="utf-8")

    def write(self, rows: list[dict[str, Any]]) -> None:
        self.handle.write("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows))

    def checkpoint(self) -> int:
        self.handle.flush()
        return self.handle.tell()

    def close(self, *, complete: bool) -> None:
        self.handle.close()


class XlsxSink:
    """Journal rows as JSONL; on completion stream them into a write-only workbook."""

    def __init__(self, path: Path, columns: list[str], *, offset: int | None) -> None:
        self.path = path
        self.columns = columns
        self.journal_path = journal_path(path)
        self.journal = JsonlSink(self.journal_path, offset=offset)

    def write(self, rows: list[dict[str, Any]]) -> None:
        self.journal.write(rows)

    def checkpoint(self) -> int:
        return self.journal.checkpoint()

    def close(self, *, complete: bool) -> None:
        self.journal.close(complete=complete)
        if complete:
            write_xlsx(self.path, self.columns, self.journal_path)
            self.journal_path.unlink()


def journal_path(path: Path) -> Path:
    return path.with_name(path.name + ".partial.jsonl")


MIN_WIDTH, MAX_WIDTH = 8, 60


def write_xlsx(path: Path, columns: list[str], journal: Path) -> None:
    """The journal as a workbook a person can work in: a frozen header row with filters, columns
    as wide as their content (capped), and every text as a text cell, so ``=SUM(...)`` in a
    comment shows as typed, is never evaluated, and needs no ``'`` prefix."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    widths, count = _measure(columns, journal)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("coded")
    sheet.freeze_panes = "A2"
    if columns:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{count + 1}"
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.append([_xlsx_cell(sheet, name) for name in columns])
    for row in _journal_rows(journal):
        sheet.append([_xlsx_cell(sheet, row.get(name, "")) for name in columns])
    workbook.save(path)


def _xlsx_cell(sheet: Any, value: Any) -> Any:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    value = _text(value)
    if not isinstance(value, str):
        return value
    cell = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("", value))
    cell.data_type = "s"  # text as typed: never a formula, whatever it starts with
    return cell


def _measure(columns: list[str], journal: Path) -> tuple[list[float], int]:
    """Each column's display width (its longest line of header or cell, within bounds) and the
    number of rows."""
    longest = [len(name) for name in columns]
    count = 0
    for row in _journal_rows(journal):
        count += 1
        for index, name in enumerate(columns):
            text = str(_text(row.get(name, "")))
            longest[index] = max(longest[index], max(map(len, text.splitlines() or [""])))
    return [float(min(MAX_WIDTH, max(MIN_WIDTH, n + 2))) for n in longest], count


def _journal_rows(journal: Path) -> Iterator[dict[str, Any]]:
    with journal.open(encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)


def _text(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return value


def open_sink(
    path: Path, kind: str, columns: list[str], *, delimiter: str, offset: int | None
) -> Sink:
    if kind == "csv":
        return CsvSink(path, columns, delimiter=delimiter, offset=offset)
    if kind == "xlsx":
        return XlsxSink(path, columns, offset=offset)
    return JsonlSink(path, offset=offset)
