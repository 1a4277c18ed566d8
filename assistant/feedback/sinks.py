"""Streaming writers for coded exports, safe to open in Excel, resumable at a byte offset.

CSV and JSONL are appended to directly. XLSX cannot be appended to, so rows go to a JSONL journal
beside the output and become the workbook when the run completes.
"""

from __future__ import annotations

import csv
import json
import re
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
)
_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^[+-]?\d+(?:[.,]\d+)*$")


def neutralise(value: Any) -> Any:
    """OWASP CSV injection: prefix a quote to text cells that a spreadsheet would evaluate."""
    if (
        isinstance(value, str)
        and value.startswith(_TRIGGERS)
        and value != "-"
        and not _NUMBER.match(value)
    ):
        return "'" + value
    return value


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
        self.handle = _open_at(path, offset, encoding="utf-8-sig" if offset is None else "utf-8",
                               newline="")
        self.writer = csv.DictWriter(
            self.handle, fieldnames=columns, delimiter=delimiter, extrasaction="ignore"
        )
        if offset is None:
            self.writer.writeheader()

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


def write_xlsx(path: Path, columns: list[str], journal: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    def cell(value: Any) -> Any:
        value = neutralise(_text(value))
        return ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("coded")
    sheet.append([cell(name) for name in columns])
    with journal.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            sheet.append([cell(row.get(name, "")) for name in columns])
    workbook.save(path)


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
