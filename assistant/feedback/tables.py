"""Streaming readers for survey exports: CSV (sniffed), XLSX (read-only) and JSONL.

A 100,000-row file never sits in memory whole: every reader yields one row at a time.
"""

from __future__ import annotations

import codecs
import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.errors import InvalidInputError
from assistant.messages import Text

FORMATS = {".csv": "csv", ".tsv": "csv", ".txt": "csv", ".xlsx": "xlsx", ".jsonl": "jsonl"}
# What we write: no ".txt" (a CSV under a .txt name surprises whoever opens it).
OUTPUT_FORMATS = {".csv": "csv", ".tsv": "csv", ".xlsx": "xlsx", ".jsonl": "jsonl"}
_SNIFF_BYTES = 64 * 1024


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


def cell_text(value: Any) -> str:
    """A spreadsheet cell as the text a person sees (``3.0`` as ``3``, empty as ``""``)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


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
    _extra: dict[str, Any] = field(default_factory=dict)

    def rows(self) -> Iterator[dict[str, Any]]:
        if self.kind == "csv":
            yield from self._csv_rows()
        elif self.kind == "xlsx":
            yield from self._xlsx_rows()
        else:
            yield from self._jsonl_rows()

    def _csv_rows(self) -> Iterator[dict[str, Any]]:
        with self.path.open(encoding=self.encoding, newline="") as handle:
            reader = csv.reader(handle, delimiter=self.delimiter)
            next(reader, None)
            width = len(self.columns)
            for record in reader:
                if not record:
                    continue
                record = record + [""] * (width - len(record))
                yield dict(zip(self.columns, record, strict=True))

    def _xlsx_rows(self) -> Iterator[dict[str, Any]]:
        from openpyxl import load_workbook

        workbook = load_workbook(self.path, read_only=True, data_only=True)
        try:
            sheet = workbook[self.sheet] if self.sheet else workbook.worksheets[0]
            rows = sheet.iter_rows(values_only=True)
            next(rows, None)
            width = len(self.columns)
            for values in rows:
                cells = [cell_text(value) for value in values][:width]
                if not any(cells):
                    continue
                cells += [""] * (width - len(cells))
                yield dict(zip(self.columns, cells, strict=True))
        finally:
            workbook.close()

    def _jsonl_rows(self) -> Iterator[dict[str, Any]]:
        with self.path.open(encoding=self.encoding) as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    value = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InvalidInputError(
                        Text.of(
                            "feedback.jsonl_invalid",
                            name=self.path.name,
                            line=number,
                            reason=exc.msg,
                        )
                    ) from exc
                if not isinstance(value, dict):
                    raise InvalidInputError(
                        Text.of("feedback.jsonl_not_object", name=self.path.name, line=number)
                    )
                yield value


def open_table(path: Path, *, sheet: str | None = None) -> Table:
    """Open ``path`` for streaming; raises ``InvalidInputError`` for unreadable input."""
    if not path.is_file():
        raise InvalidInputError(Text.of("feedback.file_not_found", path=path))
    kind = table_format(path)
    if kind == "csv":
        return _open_csv(path)
    if kind == "xlsx":
        return _open_xlsx(path, sheet)
    return _open_jsonl(path)


def _open_csv(path: Path) -> Table:
    encoding = sniff_encoding(path)
    with path.open(encoding=encoding, newline="") as handle:
        sample = handle.read(_SNIFF_BYTES)
    delimiter = "\t" if path.suffix.lower() == ".tsv" else sniff_delimiter(sample)
    with path.open(encoding=encoding, newline="") as handle:
        reader = csv.reader(handle, delimiter=delimiter)
        header = next(reader, None)
        if not header:
            raise InvalidInputError(Text.of("feedback.csv_empty", name=path.name))
        total = 0
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
            total += bool(record)
    columns = [name.strip() for name in header]
    return Table(path, "csv", columns, total, encoding=encoding, delimiter=delimiter)


def load_xlsx(path: Path) -> Any:
    """The workbook, read-only with cached values; ``InvalidInputError`` when it is not one."""
    from openpyxl import load_workbook

    try:
        return load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises several unrelated types for a bad file
        raise InvalidInputError(
            Text.of("feedback.xlsx_unreadable", name=path.name, reason=exc)
        ) from exc


def sheet_header(worksheet: Any) -> list[str]:
    """The column names in a worksheet's first row, up to its last filled cell."""
    header = next(worksheet.iter_rows(values_only=True, max_row=1), None) or ()
    width = max((i + 1 for i, value in enumerate(header) if value is not None), default=0)
    return [cell_text(value).strip() for value in header[:width]]


def _open_xlsx(path: Path, sheet: str | None) -> Table:
    workbook = load_xlsx(path)
    try:
        if sheet is not None and sheet not in workbook.sheetnames:
            names = ", ".join(workbook.sheetnames)
            raise InvalidInputError(
                Text.of("feedback.sheet_not_found", sheet=sheet, name=path.name, sheets=names)
            )
        worksheet = workbook[sheet] if sheet else workbook.worksheets[0]
        columns = sheet_header(worksheet)
        if not columns:
            raise InvalidInputError(Text.of("feedback.xlsx_no_header", name=path.name))
        total = worksheet.max_row - 1 if worksheet.max_row else None
    finally:
        workbook.close()
    return Table(path, "xlsx", columns, total, sheet=sheet)


def _open_jsonl(path: Path) -> Table:
    encoding = sniff_encoding(path)
    columns: list[str] = []
    total = 0
    with path.open(encoding=encoding) as handle:
        for line in handle:
            if not line.strip():
                continue
            total += 1
            if not columns:
                try:
                    first = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InvalidInputError(
                        Text.of("feedback.jsonl_invalid", name=path.name, line=1, reason=exc.msg)
                    ) from exc
                if not isinstance(first, dict):
                    raise InvalidInputError(
                        Text.of("feedback.jsonl_not_object", name=path.name, line=1)
                    )
                columns = list(first)
    return Table(path, "jsonl", columns, total, encoding=encoding)
