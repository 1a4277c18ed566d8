"""Reading XLSX uploads safely. Before openpyxl opens a workbook, ``check_xlsx`` reads its zip
directory (refusing a zip bomb) and streams every XML part through expat, refusing a sheet of
more cells than allowed (as declared or as counted), a row beyond Excel's size, a cell longer
than allowed and XML that would make openpyxl build far more than its cells; ``load_xlsx`` then
opens it read-only, ``XlsxWorkbook.checked_sheet`` checks a sheet's header and rows, and
``xlsx_rows`` streams its rows one at a time, counting again as it goes. The row and cell limit
errors here are shared with the CSV and JSONL readers (``assistant.feedback.tables``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from assistant.errors import EvalAssistError, InvalidInputError, PayloadTooLargeError
from assistant.messages import Text
from assistant.uploads import (
    EXCEL_MAX_COLUMNS,
    EXCEL_MAX_ROWS,
    LOCAL_FILE_LIMITS,
    NotAZipError,
    UploadLimits,
    amount,
    scan_xml_parts,
)

# XML elements openpyxl may hold for one row of a sheet (or one shared string): a cell takes
# two or three (<c><v>), rich text a few more per run.
_RECORD_ELEMENTS = 16 * EXCEL_MAX_COLUMNS
# XML elements of a whole workbook, per cell allowed: bounds the time the check takes.
_ELEMENTS_PER_CELL = 4


# --- limits shared with the CSV and JSONL readers ---------------------------------------------


def cell_text(value: Any) -> str:
    """A spreadsheet cell as the text a person sees (``3.0`` as ``3``, empty as ``""``)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def too_many_rows(name: str, limits: UploadLimits) -> InvalidInputError:
    return InvalidInputError(
        Text.of("feedback.too_many_rows", name=name, limit=amount(limits.max_job_rows))
    )


def cell_too_long(where: Text, limits: UploadLimits) -> InvalidInputError:
    return InvalidInputError(
        Text.of("feedback.cell_too_long", where=where, limit=amount(limits.max_cell_chars))
    )


def check_cells(cells: list[str], where: Text, limits: UploadLimits) -> None:
    """Refuse a row with a cell longer than ``limits.max_cell_chars`` (422)."""
    if cells and max(map(len, cells)) > limits.max_cell_chars:
        raise cell_too_long(where, limits)


# --- workbooks --------------------------------------------------------------------------------


def too_many_cells(sheet: str, name: str, limits: UploadLimits) -> PayloadTooLargeError:
    return PayloadTooLargeError(
        Text.of(
            "feedback.sheet_too_many_cells",
            sheet=sheet,
            name=name,
            limit=amount(limits.max_sheet_cells),
        )
    )


def _row(name: str, row: int) -> Text:
    return Text.of("feedback.where.row", name=name, row=row)


class XlsxWorkbook:
    """An XLSX upload checked against the limits, then open read-only (``load_xlsx``)."""

    def __init__(self, path: Path, limits: UploadLimits) -> None:
        self.path = path
        self.limits = limits
        self._valued_rows = check_xlsx(path, limits)
        self.book = _load_workbook(path)

    def __enter__(self) -> XlsxWorkbook:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self.book.close()

    @property
    def worksheets(self) -> list[Any]:
        return list(self.book.worksheets)

    def worksheet(self, sheet: str | None) -> Any:
        """The named worksheet, or the first; ``InvalidInputError`` naming the sheets there are."""
        if sheet is None:
            return self.book.worksheets[0]
        if sheet not in self.book.sheetnames:
            names = ", ".join(self.book.sheetnames)
            raise InvalidInputError(
                Text.of("feedback.sheet_not_found", sheet=sheet, name=self.path.name, sheets=names)
            )
        return self.book[sheet]

    def header(self, worksheet: Any) -> list[str]:
        return sheet_header(worksheet, name=self.path.name, limits=self.limits)

    def checked_sheet(self, sheet: str | None) -> tuple[Any, list[str]]:
        """The sheet and its header, after checking its declared size and its rows with values."""
        worksheet = self.worksheet(sheet)
        name, limits = self.path.name, self.limits
        rows, columns = worksheet.max_row or 0, worksheet.max_column or 0
        if rows * columns > limits.max_sheet_cells:
            raise _declared_too_large(repr(worksheet.title), name, rows, columns, limits)
        part = getattr(worksheet, "_worksheet_path", None)  # the zip member the check counted
        data_rows = self._valued_rows.get(str(part), 0) - 1  # an upper bound: rows with a value
        if data_rows > limits.max_job_rows:
            raise too_many_rows(name, limits)
        header = self.header(worksheet)
        if not header:
            raise InvalidInputError(Text.of("feedback.xlsx_no_header", name=name))
        if data_rows * len(header) > limits.max_sheet_cells:  # a job stores rows header-wide
            raise too_many_cells(repr(worksheet.title), name, limits)
        return worksheet, header


def load_xlsx(path: Path, *, limits: UploadLimits = LOCAL_FILE_LIMITS) -> XlsxWorkbook:
    """The workbook, checked (``check_xlsx``) and then opened read-only with cached values;
    ``InvalidInputError`` when it is not one, ``PayloadTooLargeError`` when it is too large."""
    return XlsxWorkbook(path, limits)


def _load_workbook(path: Path) -> Any:
    from openpyxl import load_workbook

    try:
        return load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises several unrelated types for a bad file
        raise _unreadable(path.name, exc) from exc


def _unreadable(name: str, reason: object) -> InvalidInputError:
    return InvalidInputError(Text.of("feedback.xlsx_unreadable", name=name, reason=reason))


def sheet_values(
    worksheet: Any, name: str, *, max_row: int | None = None
) -> Iterator[tuple[Any, ...]]:
    """The worksheet's rows of values; openpyxl's errors on a bad sheet as ``InvalidInputError``
    (it raises them while iterating, long after the workbook opened)."""
    rows = worksheet.iter_rows(values_only=True, max_row=max_row)
    while True:
        try:
            values = next(rows)
        except StopIteration:
            return
        except EvalAssistError:
            raise
        except Exception as exc:
            raise _unreadable(name, exc) from exc
        yield values


def sheet_header(
    worksheet: Any, *, name: str = "", limits: UploadLimits = LOCAL_FILE_LIMITS
) -> list[str]:
    """The column names in a worksheet's first row, up to its last filled cell."""
    header = next(sheet_values(worksheet, name or str(worksheet.title), max_row=1), None) or ()
    width = max((i + 1 for i, value in enumerate(header) if value is not None), default=0)
    columns = [cell_text(value) for value in header[:width]]
    check_cells(columns, _row(name, 1), limits)
    return [column.strip() for column in columns]


def xlsx_rows(
    path: Path, sheet: str | None, columns: list[str], limits: UploadLimits
) -> Iterator[dict[str, Any]]:
    """The rows of ``sheet`` (or the first sheet) below its header, as wide as ``columns``;
    rows without a value are skipped, and the limits are held again as the rows are read."""
    name = path.name
    workbook = _load_workbook(path)
    try:
        worksheet = workbook[sheet] if sheet else workbook.worksheets[0]
        rows = sheet_values(worksheet, name)
        cells = len(next(rows, None) or ())
        width = len(columns)
        count = 0
        for number, values in enumerate(rows, start=2):
            texts = [cell_text(value) for value in values[:width]]
            # as openpyxl built them (gaps filled), and as stored (as wide as the header)
            cells += max(len(values), width) if any(texts) else len(values)
            if cells > limits.max_sheet_cells:
                raise too_many_cells(repr(worksheet.title), name, limits)
            if not any(texts):
                continue
            count += 1
            if count > limits.max_job_rows:
                raise too_many_rows(name, limits)
            check_cells(texts, _row(name, number), limits)
            texts += [""] * (width - len(texts))
            yield dict(zip(columns, texts, strict=True))
    finally:
        workbook.close()


def _declared_too_large(
    sheet: str, name: str, rows: int, columns: int, limits: UploadLimits
) -> PayloadTooLargeError:
    return PayloadTooLargeError(
        Text.of(
            "feedback.sheet_declared_too_large",
            sheet=sheet,
            name=name,
            cells=amount(rows * columns),
            rows=amount(rows),
            columns=amount(columns),
            limit=amount(limits.max_sheet_cells),
        )
    )


def check_xlsx(path: Path, limits: UploadLimits) -> dict[str, int]:
    """Check a workbook before openpyxl opens it: its zip directory (``check_zip``), then every
    XML part streamed through ``_XlsxPart``. Returns each part's rows with values (the rows a
    job may take, header included), by zip member name."""
    try:
        limits.check_zip(path, name=path.name)
    except NotAZipError as exc:
        raise _unreadable(path.name, exc.reason) from exc
    parts: dict[str, _XlsxPart] = {}
    elements = [0]  # of the whole package, shared by its parts

    def part(member: str) -> _XlsxPart:
        parts[member] = _XlsxPart(path.name, member, limits, elements)
        return parts[member]

    scan_xml_parts(path, name=path.name, part=part)
    return {member: counted.valued_rows for member, counted in parts.items()}


_REF = re.compile(r"([A-Za-z]*)(\d*)")


def _column(letters: str) -> int:
    """``A`` = 1, ``XFD`` = 16,384; more than three letters is beyond any column."""
    if len(letters) > 3:
        return EXCEL_MAX_COLUMNS + 1
    index = 0
    for letter in letters.upper():
        index = index * 26 + ord(letter) - 64
    return index


def _row_number(text: str) -> int | None:
    """A row's ``r`` as openpyxl reads it (``"7"``, ``"7.0"``); ``None`` when it cannot."""
    try:
        return int(text)
    except ValueError:
        try:
            value = float(text)
        except ValueError:
            return None
        return int(value) if value.is_integer() else None


class _XlsxPart:
    """What openpyxl would build from one XML part of a workbook, counted as expat reads it:
    refuses (``PayloadTooLargeError``) a declared ``<dimension>`` or a count of cells (as
    openpyxl fills them in: a row is as wide as its last cell) beyond ``max_sheet_cells``, a
    row wider than Excel's 16,384 columns or numbered beyond its 1,048,576 rows, a cell or shared
    string longer than ``max_cell_chars`` (``InvalidInputError``), and XML elements far beyond
    what that many cells need. Counts the rows with a value, which a job would take."""

    def __init__(self, name: str, part: str, limits: UploadLimits, elements: list[int]) -> None:
        self.name, self.part, self.limits = name, part, limits
        self.elements = elements  # of the whole package: [count]
        self.max_elements = _ELEMENTS_PER_CELL * limits.max_sheet_cells
        self.outside = 0  # elements outside rows and shared strings: openpyxl keeps them
        self.record = ""  # "row" or "si" while inside one
        self.record_elements = 0
        self.row = 0  # the current row's number
        self.column = 0  # the current cell's column
        self.width = 0  # the current row's width (its last cell's column)
        self.row_cells = 0
        self.cells = 0
        self.valued = False
        self.valued_rows = 0
        self.in_text = False
        self.chars = 0  # characters of the current cell or shared string
        self.dimension = False

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        self.elements[0] += 1
        if self.elements[0] > self.max_elements:
            raise PayloadTooLargeError(
                Text.of(
                    "feedback.xlsx_package_elements",
                    name=self.name,
                    limit=amount(self.max_elements),
                    factor=_ELEMENTS_PER_CELL,
                )
            )
        name = tag.rpartition(":")[2]
        if self.record:
            self.record_elements += 1
            if self.record_elements > _RECORD_ELEMENTS:
                raise PayloadTooLargeError(
                    Text.of(
                        "feedback.xlsx_row_elements",
                        row=self.row,
                        part=self.part,
                        name=self.name,
                        limit=amount(_RECORD_ELEMENTS),
                    )
                )
            if name == "c" and self.record == "row":
                self._cell(attrs.get("r"))
            elif name in ("v", "t"):
                self.in_text = self.valued = True
            elif name == "is":
                self.valued = True
            return
        self.outside += 1
        if self.outside > self.limits.max_sheet_cells:
            raise PayloadTooLargeError(
                Text.of(
                    "feedback.xlsx_elements",
                    part=self.part,
                    name=self.name,
                    limit=amount(self.limits.max_sheet_cells),
                )
            )
        if name == "row":
            self._row(attrs.get("r"))
        elif name == "si":
            self.record, self.record_elements, self.chars = "si", 0, 0
        elif name == "dimension" and not self.dimension:
            self.dimension = True
            self._dimension(attrs.get("ref", ""))

    def end(self, tag: str) -> None:
        if self.in_text:
            self.in_text = False
        elif self.record and tag.rpartition(":")[2] == self.record:
            if self.record == "row" and self.valued:
                self.valued_rows += 1
            self.record = ""

    def text(self, data: str) -> None:
        if self.in_text:
            self.chars += len(data)
            if self.chars > self.limits.max_cell_chars:
                where = (
                    _row(self.name, self.row)
                    if self.record == "row"
                    else Text.of("feedback.where.file", name=self.name)
                )
                raise cell_too_long(where, self.limits)

    def _row(self, ref: str | None) -> None:
        number = _row_number(ref) if ref is not None else self.row + 1
        if number is not None:
            self.row = number
        if self.row > EXCEL_MAX_ROWS:
            raise PayloadTooLargeError(
                Text.of(
                    "feedback.xlsx_row_number",
                    part=self.part,
                    name=self.name,
                    limit=amount(EXCEL_MAX_ROWS),
                )
            )
        self.record, self.record_elements = "row", 0
        self.column = self.width = self.row_cells = 0
        self.valued = False

    def _cell(self, ref: str | None) -> None:
        self.row_cells += 1
        letters = _REF.match(ref).group(1) if ref else ""  # type: ignore[union-attr]
        self.column = _column(letters) if letters else self.column + 1
        self.chars = 0
        if self.column > EXCEL_MAX_COLUMNS or self.row_cells > EXCEL_MAX_COLUMNS:
            raise InvalidInputError(
                Text.of(
                    "feedback.xlsx_row_width",
                    row=self.row,
                    part=self.part,
                    name=self.name,
                    limit=amount(EXCEL_MAX_COLUMNS),
                )
            )
        if self.column > self.width:
            self.cells += self.column - self.width
            self.width = self.column
            if self.cells > self.limits.max_sheet_cells:
                raise too_many_cells(self.part, self.name, self.limits)

    def _dimension(self, ref: str) -> None:
        corners = [_REF.fullmatch(corner) for corner in ref.split(":")]
        if len(corners) != 2 or not all(corner and all(corner.groups()) for corner in corners):
            return  # a single cell, or nothing openpyxl would read as a size
        last = corners[1]
        assert last is not None
        columns, rows = _column(last.group(1)), int(last.group(2))
        if rows * columns > self.limits.max_sheet_cells:
            raise _declared_too_large(self.part, self.name, rows, columns, self.limits)
