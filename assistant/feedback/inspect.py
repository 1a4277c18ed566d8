"""What an uploaded survey export holds, read exactly as a job will read it: format, encoding,
delimiter, sheets, columns, a row count and a few sample rows, so people pick the right sheet
and column before they start coding (the web page asks this instead of parsing files itself)."""

from __future__ import annotations

from itertools import islice
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field

from assistant.feedback.tables import Table, open_table, xlsx_table
from assistant.feedback.xlsx import XlsxWorkbook, cell_text, load_xlsx
from assistant.uploads import DEFAULT_LIMITS, UploadLimits

SAMPLE_ROWS = 5
SAMPLE_CHARS = 300


class SheetInfo(BaseModel):
    """One worksheet of a workbook: its header and the number of rows below it."""

    name: str
    columns: list[str]
    rows: int | None = Field(description="Rows below the header (None when unknown).")


class TableInfo(BaseModel):
    """An upload as the coder will read it."""

    filename: str
    format: Literal["csv", "xlsx", "jsonl"]
    encoding: str | None = Field(None, description="csv/jsonl: utf-8, utf-8-sig or cp1252.")
    delimiter: str | None = Field(None, description="csv: the field separator found.")
    sheets: list[SheetInfo] = Field(default_factory=list, description="xlsx: every sheet.")
    sheet: str | None = Field(None, description="xlsx: the sheet these columns come from.")
    columns: list[str]
    total: int | None = Field(description="Data rows (without the header).")
    sample: list[dict[str, str]] = Field(description="The first few rows, cells as text.")


def inspect_table(
    path: Path,
    *,
    filename: str,
    sheet: str | None = None,
    limits: UploadLimits = DEFAULT_LIMITS,
) -> TableInfo:
    """Describe ``path``. For a workbook without ``sheet``, the first sheet that looks like a
    table (a header of two or more columns with rows below it) is chosen, so a leading notes
    or cover sheet is skipped; the first sheet when none does. Input beyond ``limits`` is
    refused as a job would refuse it (the workbook is checked once, before anything else)."""
    sheets: list[SheetInfo] = []
    if path.suffix.lower() == ".xlsx":
        with load_xlsx(path, limits=limits) as workbook:
            sheets = _sheets(workbook)
            if sheet is None and sheets:
                sheet = next((s.name for s in sheets if _looks_like_table(s)), sheets[0].name)
            table = xlsx_table(workbook, sheet)
    else:
        table = open_table(path, sheet=sheet, limits=limits)
    return TableInfo(
        filename=filename,
        format=table.kind,
        encoding=table.encoding if table.kind != "xlsx" else None,
        delimiter=table.delimiter if table.kind == "csv" else None,
        sheets=sheets,
        sheet=sheet,
        columns=table.columns,
        total=table.total,
        sample=_sample(table),
    )


def list_sheets(path: Path, *, limits: UploadLimits = DEFAULT_LIMITS) -> list[SheetInfo]:
    """Every worksheet with its header row and row count (read-only, one row per sheet)."""
    with load_xlsx(path, limits=limits) as workbook:
        return _sheets(workbook)


def _sheets(workbook: XlsxWorkbook) -> list[SheetInfo]:
    sheets = []
    for worksheet in workbook.worksheets:
        rows = worksheet.max_row - 1 if worksheet.max_row else None
        sheets.append(
            SheetInfo(name=worksheet.title, columns=workbook.header(worksheet), rows=rows)
        )
    return sheets


def _looks_like_table(sheet: SheetInfo) -> bool:
    return sum(bool(name) for name in sheet.columns) >= 2 and bool(sheet.rows)


def _sample(table: Table) -> list[dict[str, str]]:
    return [
        {str(key): _text(value) for key, value in row.items()}
        for row in islice(table.rows(), SAMPLE_ROWS)
    ]


def _text(value: Any) -> str:
    return cell_text(value)[:SAMPLE_CHARS]
