"""Streaming readers for survey exports: CSV (sniffed), XLSX (read-only) and JSONL.

A 100,000-row file never sits in memory whole: every reader yields one row at a time.

Opening a table reads it through once and refuses, before a job stores any row, what goes
beyond the upload limits (``UploadLimits``): more rows than one job takes, a cell longer than
Excel allows, and for a workbook a zip bomb, a sheet of more cells than allowed (as declared or as
counted) or XML that would make openpyxl build far more than its cells (those checks, and the
workbook reader, are in ``assistant.feedback.xlsx``); the row iterators count again as they go,
so a table opened some other way is held to the same limits.
"""

from __future__ import annotations

import codecs
import csv
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.errors import InvalidInputError, PayloadTooLargeError
from assistant.feedback.xlsx import (
    XlsxWorkbook,
    cell_text,
    cell_too_long,
    check_cells,
    load_xlsx,
    too_many_rows,
    xlsx_rows,
)
from assistant.messages import Text
from assistant.uploads import EXCEL_MAX_COLUMNS, LOCAL_FILE_LIMITS, UploadLimits, amount

FORMATS = {".csv": "csv", ".tsv": "csv", ".txt": "csv", ".xlsx": "xlsx", ".jsonl": "jsonl"}
# What we write: no ".txt" (a CSV under a .txt name surprises whoever opens it).
OUTPUT_FORMATS = {".csv": "csv", ".tsv": "csv", ".xlsx": "xlsx", ".jsonl": "jsonl"}
_SNIFF_BYTES = 64 * 1024
_CSV_FIELD_MAX = 2**31 - 1  # the csv module's limit is a C long (32 bits on Windows)


def table_format(path: Path) -> str:
    kind = FORMATS.get(path.suffix.lower())
    if kind is None:
        raise InvalidInputError(Text.of("feedback.file_type", suffix=path.suffix, name=path.name))
    return kind


def output_format(path: Path) -> str:
    """The format written for ``path``, from its extension (.txt is rejected, not CSV)."""
    kind = OUTPUT_FORMATS.get(path.suffix.lower())
    if kind is None:
        raise InvalidInputError(
            f"Unsupported output type '{path.suffix}' for {path.name}: use "
            + ", ".join(OUTPUT_FORMATS)
            + "."
        )
    return kind


def sniff_encoding(path: Path) -> str:
    """``utf-8-sig`` with a BOM, ``utf-8`` when the whole file decodes, else ``cp1252``."""
    with path.open("rb") as handle:
        head = handle.read(3)
        if head == codecs.BOM_UTF8:
            return "utf-8-sig"
        handle.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        try:
            while chunk := handle.read(1 << 20):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "cp1252"
    return "utf-8"


def sniff_delimiter(sample: str) -> str:
    """The header line decides (exports rarely quote headers); ``csv.Sniffer`` breaks ties."""
    header = sample.splitlines()[0] if sample else ""
    counts = sorted(((header.count(d), d) for d in ",;\t|"), reverse=True)
    if counts[0][0] and counts[0][0] != counts[1][0]:
        return counts[0][1]
    try:
        return csv.Sniffer().sniff(sample[:8192], delimiters=",;\t|").delimiter
    except csv.Error:
        return ","


@dataclass
class Table:
    """An open input: its columns, a row count, and a fresh row iterator on each call."""

    path: Path
    kind: str
    columns: list[str]
    total: int | None
    encoding: str = "utf-8"
    delimiter: str = ","
    sheet: str | None = None
    limits: UploadLimits = LOCAL_FILE_LIMITS
    _extra: dict[str, Any] = field(default_factory=dict)

    def rows(self) -> Iterator[dict[str, Any]]:
        if self.kind == "csv":
            yield from self._csv_rows()
        elif self.kind == "xlsx":
            yield from self._xlsx_rows()
        else:
            yield from self._jsonl_rows()

    def _csv_rows(self) -> Iterator[dict[str, Any]]:
        allow_csv_cells(self.limits.max_cell_chars)
        name = self.path.name
        with self.path.open(encoding=self.encoding, newline="") as handle:
            reader = csv.reader(handle, delimiter=self.delimiter)
            width = len(self.columns)
            count = cells = 0
            try:
                next(reader, None)
                for record in reader:
                    if not record:
                        continue
                    count += 1
                    if count > self.limits.max_job_rows:
                        raise too_many_rows(name, self.limits)
                    cells += max(len(record), width)  # stored padded to the header's width
                    if cells > self.limits.max_sheet_cells:
                        raise _table_too_many_cells(name, width, self.limits)
                    check_cells(record, _line(name, reader.line_num), self.limits)
                    record = record + [""] * (width - len(record))
                    yield dict(zip(self.columns, record, strict=True))
            except csv.Error as exc:
                raise csv_error(name, reader.line_num, exc, self.limits) from exc

    def _xlsx_rows(self) -> Iterator[dict[str, Any]]:
        yield from xlsx_rows(self.path, self.sheet, self.columns, self.limits)

    def _jsonl_rows(self) -> Iterator[dict[str, Any]]:
        count = 0
        with self.path.open(encoding=self.encoding) as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                count += 1
                if count > self.limits.max_job_rows:
                    raise too_many_rows(self.path.name, self.limits)
                yield json_record(line, self.path.name, number, self.limits)


def open_table(
    path: Path, *, sheet: str | None = None, limits: UploadLimits = LOCAL_FILE_LIMITS
) -> Table:
    """Open ``path`` for streaming; raises ``InvalidInputError`` for unreadable input, and
    ``InvalidInputError`` or ``PayloadTooLargeError`` for input beyond ``limits``. Uploads are
    opened with the settings' limits (``UploadLimits.from_settings``); the default reads a
    local file as it is, only refusing a zip bomb (``LOCAL_FILE_LIMITS``)."""
    if not path.is_file():
        raise InvalidInputError(Text.of("feedback.file_not_found", path=path))
    kind = table_format(path)
    if kind == "csv":
        return _open_csv(path, limits)
    if kind == "xlsx":
        with load_xlsx(path, limits=limits) as workbook:
            return xlsx_table(workbook, sheet)
    return _open_jsonl(path, limits)


def xlsx_table(workbook: XlsxWorkbook, sheet: str | None) -> Table:
    """A sheet of an open workbook as a table, checked first (``XlsxWorkbook.checked_sheet``)."""
    worksheet, header = workbook.checked_sheet(sheet)
    total = worksheet.max_row - 1 if worksheet.max_row else None
    return Table(workbook.path, "xlsx", header, total, sheet=sheet, limits=workbook.limits)


# --- limits -----------------------------------------------------------------------------------


def _table_too_many_cells(name: str, columns: int, limits: UploadLimits) -> PayloadTooLargeError:
    return PayloadTooLargeError(
        Text.of(
            "feedback.table_too_many_cells",
            name=name,
            columns=amount(columns),
            limit=amount(limits.max_sheet_cells),
        )
    )


def column_not_found(column: str, source: object, columns: Sequence[str]) -> Text:
    """The column a user named is not in their file (or job): say which columns there are."""
    found = ", ".join(repr(name) for name in columns)
    return Text.of("feedback.column_not_found", column=column, source=source, columns=found)


def _too_many_columns(name: str) -> InvalidInputError:
    return InvalidInputError(
        Text.of("feedback.too_many_columns", name=name, limit=amount(EXCEL_MAX_COLUMNS))
    )


def _line(name: str, line: int) -> Text:
    return Text.of("feedback.where.line", name=name, line=line)


def allow_csv_cells(limit: int) -> None:
    """Let the csv module read cells one character longer than ``limit``, so that a longer cell
    is ours to refuse with a clear message (the module's default stops at 131,072 with an
    error of its own). The module's limit is process-wide: it is raised, never lowered."""
    wanted = min(limit + 1, _CSV_FIELD_MAX)
    if csv.field_size_limit() < wanted:
        csv.field_size_limit(wanted)


def csv_error(name: str, line: int, exc: csv.Error, limits: UploadLimits) -> InvalidInputError:
    """The csv module's error as ours: a cell beyond its field limit is a cell too long."""
    if "field limit" in str(exc):
        return cell_too_long(_line(name, line), limits)
    return InvalidInputError(Text.of("feedback.csv_unreadable", name=name, line=line, reason=exc))


# --- CSV --------------------------------------------------------------------------------------


def _open_csv(path: Path, limits: UploadLimits) -> Table:
    encoding = sniff_encoding(path)
    with path.open(encoding=encoding, newline="") as handle:
        sample = handle.read(_SNIFF_BYTES)
    delimiter = "\t" if path.suffix.lower() == ".tsv" else sniff_delimiter(sample)
    allow_csv_cells(limits.max_cell_chars)
    with path.open(encoding=encoding, newline="") as handle:
        reader = csv.reader(handle, delimiter=delimiter)
        try:
            header = next(reader, None)
            if not header:
                raise InvalidInputError(Text.of("feedback.csv_empty", name=path.name))
            if len(header) > EXCEL_MAX_COLUMNS:
                raise _too_many_columns(path.name)
            check_cells(header, _line(path.name, reader.line_num), limits)
            total = cells = 0
            for record in reader:
                if len(record) > len(header):
                    raise InvalidInputError(
                        Text.of(
                            "feedback.csv_fields",
                            name=path.name,
                            record=total + 1,
                            found=len(record),
                            expected=len(header),
                            delimiter=repr(delimiter),
                        )
                    )
                if not record:
                    continue
                total += 1
                if total > limits.max_job_rows:
                    raise too_many_rows(path.name, limits)
                cells += len(header)  # a job stores each row as wide as the header
                if cells > limits.max_sheet_cells:
                    raise _table_too_many_cells(path.name, len(header), limits)
                check_cells(record, _line(path.name, reader.line_num), limits)
        except csv.Error as exc:
            raise csv_error(path.name, reader.line_num, exc, limits) from exc
    columns = [name.strip() for name in header]
    return Table(path, "csv", columns, total, encoding=encoding, delimiter=delimiter, limits=limits)


# --- JSONL ------------------------------------------------------------------------------------


def json_record(line: str, name: str, number: int, limits: UploadLimits) -> dict[str, Any]:
    """One JSONL line as a record: an object, with no more keys than Excel has columns and no
    value longer than ``limits.max_cell_chars`` (nested values measured as JSON)."""
    try:
        value = json.loads(line)
    except RecursionError as exc:
        raise InvalidInputError(
            Text.of("feedback.jsonl_invalid", name=name, line=number, reason="nested too deeply")
        ) from exc
    except ValueError as exc:  # JSONDecodeError, or a number of more than 4,300 digits
        reason = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
        raise InvalidInputError(
            Text.of("feedback.jsonl_invalid", name=name, line=number, reason=reason)
        ) from exc
    if not isinstance(value, dict):
        raise InvalidInputError(Text.of("feedback.jsonl_not_object", name=name, line=number))
    if len(value) > EXCEL_MAX_COLUMNS:
        raise _too_many_columns(name)
    if any(_json_chars(item) > limits.max_cell_chars for item in value.values()):
        raise cell_too_long(_line(name, number), limits)
    return value


def _json_chars(value: Any) -> int:
    if isinstance(value, str):
        return len(value)
    if isinstance(value, dict | list):
        return len(json.dumps(value, ensure_ascii=False))
    return len(cell_text(value))


def _open_jsonl(path: Path, limits: UploadLimits) -> Table:
    """Every line is read (and checked) here, so a job never stores half a file."""
    encoding = sniff_encoding(path)
    columns: list[str] = []
    total = 0
    with path.open(encoding=encoding) as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            record = json_record(line, path.name, number, limits)
            total += 1
            if total > limits.max_job_rows:
                raise too_many_rows(path.name, limits)
            if not columns:
                columns = list(record)
    return Table(path, "jsonl", columns, total, encoding=encoding, limits=limits)
