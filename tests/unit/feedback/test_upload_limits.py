"""Uploaded tables are held to the upload limits before a job stores anything: zip bombs refused
from the zip directory alone, sheets too large as declared or as counted, rows beyond a job's
limit and cells beyond Excel's, each refusal naming its limit (and the setting that raises it)."""

from __future__ import annotations

import csv
import io
import json
import os
import time
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
from openpyxl import Workbook

from assistant.errors import EvalAssistError, InvalidInputError, PayloadTooLargeError
from assistant.feedback.inspect import inspect_table
from assistant.feedback.service import FeedbackService
from assistant.feedback.tables import open_table
from assistant.settings import Settings
from assistant.uploads import (
    DEFAULT_LIMITS,
    RATIO_MIN_BYTES,
    NotAZipError,
    UploadLimits,
    check_zip,
)

MB = 1024 * 1024
SMALL = UploadLimits(
    max_job_rows=5,
    max_cell_chars=100,
    max_sheet_cells=1_000,
    max_unpacked_bytes=10 * MB,
    max_compression_ratio=100,
    max_document_chars=10_000,
)
SHEET = "xl/worksheets/sheet1.xml"
HEAD = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
)
# One row, the same every time (no r attributes): it compresses about 1,000-fold.
SAME_ROW = (
    b'<row><c t="inlineStr"><is><t>ja</t></is></c><c t="inlineStr"><is><t>x</t></is></c></row>'
)


def workbook_bytes(rows: Iterable[Iterable[object]] = ()) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "data"
    sheet.append(["id", "text"])
    for row in rows:
        sheet.append(list(row))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def inline(ref: str, text: str) -> bytes:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'.encode()


def sheet_xml(rows: Iterable[bytes], *, dimension: str | None = None) -> Iterator[bytes]:
    """A worksheet part in pieces: header row, ``rows``, as streamed into the zip."""
    yield HEAD
    if dimension:
        yield f'<dimension ref="{dimension}"/>'.encode()
    yield b'<sheetData><row r="1">' + inline("A1", "id") + inline("B1", "text") + b"</row>"
    yield from rows
    yield b"</sheetData></worksheet>"


def repeated(row: bytes, total_bytes: int) -> Iterator[bytes]:
    chunk = row * (64 * 1024 // len(row) + 1)
    for _ in range(total_bytes // len(chunk) + 1):
        yield chunk


def xlsx_with(path: Path, sheet: Iterable[bytes], *, member: str = SHEET) -> Path:
    """A real workbook whose ``member`` is replaced by ``sheet``, streamed into the zip in
    chunks (zipfile's streaming writer): a bomb never sits in the test's memory."""
    with (
        zipfile.ZipFile(io.BytesIO(workbook_bytes())) as source,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out,
    ):
        for info in source.infolist():
            if info.filename == member:
                with out.open(member, "w") as stream:
                    for chunk in sheet:
                        stream.write(chunk)
            else:
                out.writestr(info, source.read(info.filename))
    return path


@pytest.fixture
def no_openpyxl(monkeypatch: pytest.MonkeyPatch) -> None:
    """The refusal must come before openpyxl opens the workbook."""

    def refuse(*_: object, **__: object) -> None:
        raise AssertionError("openpyxl opened a workbook the checks should have refused")

    monkeypatch.setattr(openpyxl, "load_workbook", refuse)


def refusal(
    kind: type[EvalAssistError], call: Callable[..., object], *args: object, **kwargs: object
) -> str:
    with pytest.raises(kind) as caught:
        call(*args, **kwargs)
    return caught.value.detail


# --- zip bombs --------------------------------------------------------------------------------


@pytest.mark.usefixtures("no_openpyxl")
def test_an_xlsx_zip_bomb_is_refused_from_the_zip_directory(tmp_path: Path) -> None:
    bomb = xlsx_with(tmp_path / "bomb.xlsx", sheet_xml(repeated(SAME_ROW, 50 * MB)))
    assert bomb.stat().st_size < 200_000  # 50 MB of sheet in well under 200 KB
    for call, kwargs in (
        (open_table, {}),
        (inspect_table, {"filename": "bomb.xlsx"}),
    ):
        detail = refusal(PayloadTooLargeError, call, bomb, limits=DEFAULT_LIMITS, **kwargs)
        assert "zip bomb" in detail and SHEET in detail
        assert "more than the 100 times allowed" in detail
        assert "EVALASSIST_MAX_COMPRESSION_RATIO" in detail


@pytest.mark.usefixtures("no_openpyxl")
def test_an_xlsx_that_unpacks_beyond_the_limit_is_refused(tmp_path: Path) -> None:
    big = xlsx_with(tmp_path / "big.xlsx", sheet_xml(repeated(SAME_ROW, 12 * MB)))
    limits = replace(SMALL, max_compression_ratio=1_000_000)
    detail = refusal(PayloadTooLargeError, open_table, big, limits=limits)
    assert "more than the 10 MB allowed" in detail
    assert "EVALASSIST_MAX_UNPACKED_BYTES" in detail


def test_check_zip_reads_the_directory_and_spares_small_parts(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("small.xml", b"<a/>" * (RATIO_MIN_BYTES // 8))  # far compressed, small
        archive.writestr("plain.bin", bytes(range(256)) * 64)
    members = check_zip(buffer.getvalue(), max_unpacked_bytes=2 * MB, max_ratio=100)
    assert [member.filename for member in members] == ["small.xml", "plain.bin"]
    with pytest.raises(PayloadTooLargeError, match="EVALASSIST_MAX_UNPACKED_BYTES"):
        check_zip(buffer.getvalue(), max_unpacked_bytes=500_000, max_ratio=100)


def test_a_file_that_is_no_zip_is_a_clear_422(tmp_path: Path) -> None:
    with pytest.raises(NotAZipError, match="not a zip archive"):
        check_zip(b"id,text\n1,hallo\n", max_unpacked_bytes=MB, max_ratio=100, name="x.xlsx")
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"id,text\n1,hallo\n")
    detail = refusal(InvalidInputError, open_table, fake, limits=SMALL)
    assert "fake.xlsx is not a readable .xlsx workbook" in detail


# --- sheets too large -------------------------------------------------------------------------


@pytest.mark.usefixtures("no_openpyxl")
def test_a_sheet_declaring_too_many_cells_is_refused(tmp_path: Path) -> None:
    rows = [b'<row r="2">' + inline("A2", "1") + inline("B2", "fine") + b"</row>"]
    lying = xlsx_with(tmp_path / "dim.xlsx", sheet_xml(rows, dimension="A1:ZZ999999"))
    detail = refusal(PayloadTooLargeError, open_table, lying, limits=DEFAULT_LIMITS)
    assert "declares 701,999,298 cells (999,999 rows × 702 columns)" in detail
    assert "more than the 4,000,000 allowed (limit: EVALASSIST_MAX_SHEET_CELLS)" in detail


def test_cells_are_counted_as_a_job_would_store_them(tmp_path: Path) -> None:
    # A header of 16,384 columns makes every row that wide once stored: a few kilobytes that
    # used to become hundreds of megabytes of job rows.
    header = b'<row r="1">' + b'<c t="inlineStr"><is><t>h</t></is></c>' * 16_384 + b"</row>"
    rows = (f'<row r="{n}">'.encode() + inline(f"A{n}", "x") + b"</row>" for n in range(2, 300))
    parts = [HEAD, b"<sheetData>", header, *rows, b"</sheetData></worksheet>"]
    wide = xlsx_with(tmp_path / "wide.xlsx", parts)
    assert wide.stat().st_size < 10_000
    detail = refusal(PayloadTooLargeError, open_table, wide, limits=DEFAULT_LIMITS)
    assert "holds more than 4,000,000 cells (limit: EVALASSIST_MAX_SHEET_CELLS)" in detail
    flat = tmp_path / "wide.csv"
    flat.write_text(",".join(f"c{n}" for n in range(16_384)) + "\n" + "x\n" * 300)
    detail = refusal(PayloadTooLargeError, open_table, flat, limits=DEFAULT_LIMITS)
    assert "more than 4,000,000 cells (16,384 columns per row)" in detail


@pytest.mark.usefixtures("no_openpyxl")
def test_a_sheet_without_a_dimension_is_stopped_at_the_cell_limit(tmp_path: Path) -> None:
    rows = (
        f'<row r="{n}">'.encode() + inline(f"A{n}", "1") + inline(f"B{n}", "x") + b"</row>"
        for n in range(2, 600)
    )
    sheet = xlsx_with(tmp_path / "cells.xlsx", sheet_xml(rows))
    detail = refusal(PayloadTooLargeError, open_table, sheet, limits=SMALL)
    assert "holds more than 1,000 cells" in detail and "EVALASSIST_MAX_SHEET_CELLS" in detail


@pytest.mark.parametrize(
    ("row", "kind", "expected"),
    [
        (b'<row r="2">' + inline("XFE2", "x") + b"</row>", InvalidInputError, "16,384 columns"),
        (b'<row r="2">' + b"<c/>" * 16_385 + b"</row>", InvalidInputError, "16,384 columns"),
        (b'<row r="1e300"><c t="n"><v>1</v></c></row>', PayloadTooLargeError, "1,048,576"),
        (
            b'<row r="2"><c t="inlineStr"><is>' + b"<r/>" * 270_000 + b"</is></c></row>",
            PayloadTooLargeError,
            "XML elements",
        ),
    ],
    ids=["beyond-XFD", "too-many-cells", "row-number", "row-elements"],
)
@pytest.mark.usefixtures("no_openpyxl")
def test_rows_openpyxl_would_choke_on_are_refused(
    tmp_path: Path, row: bytes, kind: type[EvalAssistError], expected: str
) -> None:
    sheet = xlsx_with(tmp_path / "row.xlsx", sheet_xml([row]))
    limits = replace(DEFAULT_LIMITS, max_compression_ratio=1_000_000)  # not the zip's ratio
    assert expected in refusal(kind, open_table, sheet, limits=limits)


@pytest.mark.usefixtures("no_openpyxl")
def test_a_part_of_endless_empty_elements_is_refused(tmp_path: Path) -> None:
    junk = [HEAD, b"<sheetData/>", b"<extLst>", *repeated(b"<ext/>", 100_000), b"</extLst>"]
    sheet = xlsx_with(tmp_path / "junk.xlsx", [*junk, b"</worksheet>"])
    detail = refusal(PayloadTooLargeError, open_table, sheet, limits=SMALL)
    assert f"{SHEET} in junk.xlsx holds more than 1,000 XML elements besides its rows" in detail
    assert "(limit: EVALASSIST_MAX_SHEET_CELLS)" in detail


@pytest.mark.usefixtures("no_openpyxl")
def test_a_workbook_of_endless_elements_in_its_rows_is_refused(tmp_path: Path) -> None:
    rows = repeated(b"<row><c><is><r><t>1</t></r></is></c></row>", 4 * MB)  # 5 elements a row
    sheet = xlsx_with(tmp_path / "rows.xlsx", sheet_xml(rows))
    limits = replace(
        SMALL, max_sheet_cells=100_000, max_job_rows=MB, max_compression_ratio=1_000_000
    )
    detail = refusal(PayloadTooLargeError, open_table, sheet, limits=limits)
    assert "rows.xlsx holds more than 400,000 XML elements in all" in detail
    assert "(limit: 4 × EVALASSIST_MAX_SHEET_CELLS)" in detail


@pytest.mark.usefixtures("no_openpyxl")
def test_a_document_type_declaration_is_refused(tmp_path: Path) -> None:
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b"<sheetData><row><c><v>&b;</v></c></row></sheetData></worksheet>"
    )
    sheet = xlsx_with(tmp_path / "laughs.xlsx", [laughs])
    detail = refusal(InvalidInputError, open_table, sheet, limits=DEFAULT_LIMITS)
    assert "document type declaration" in detail and SHEET in detail


# --- rows beyond a job ------------------------------------------------------------------------


def write_csv(path: Path, rows: int, *, text: str = "prima") -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "text"])
        writer.writerows([n, text] for n in range(rows))
    return path


def test_a_csv_of_a_million_rows_is_refused_while_it_is_counted(tmp_path: Path) -> None:
    source = tmp_path / "many.csv"
    source.write_text("text\n" + "x\n" * 1_000_000, encoding="utf-8")  # 2 MB
    detail = refusal(InvalidInputError, open_table, source, limits=DEFAULT_LIMITS)
    assert "more than 200,000 rows" in detail and "EVALASSIST_MAX_JOB_ROWS" in detail


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".xlsx"])
def test_rows_beyond_a_job_are_refused_not_cut(tmp_path: Path, suffix: str) -> None:
    def source(rows: int) -> Path:
        path = tmp_path / f"rows{rows}{suffix}"
        if suffix == ".csv":
            return write_csv(path, rows)
        if suffix == ".jsonl":
            lines = (json.dumps({"id": n, "text": "prima"}) for n in range(rows))
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
            return path
        path.write_bytes(workbook_bytes([n, "prima"] for n in range(rows)))
        return path

    table = open_table(source(5), limits=SMALL)
    assert table.total == 5 and len(list(table.rows())) == 5
    detail = refusal(InvalidInputError, open_table, source(6), limits=SMALL)
    assert "more than 5 rows; one job takes at most 5" in detail
    assert "(limit: EVALASSIST_MAX_JOB_ROWS)" in detail


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".xlsx"])
def test_rows_are_counted_again_while_streaming(tmp_path: Path, suffix: str) -> None:
    """A table opened under other limits still stops at the job limit it carries."""
    path = tmp_path / f"rows{suffix}"
    if suffix == ".csv":
        write_csv(path, 8)
    elif suffix == ".jsonl":
        path.write_text("".join(f'{{"text": "r{n}"}}\n' for n in range(8)), encoding="utf-8")
    else:
        path.write_bytes(workbook_bytes([n, "prima"] for n in range(8)))
    table = replace(open_table(path), limits=SMALL)
    rows = table.rows()
    assert len([next(rows) for _ in range(5)]) == 5
    with pytest.raises(InvalidInputError, match="EVALASSIST_MAX_JOB_ROWS"):
        next(rows)


# --- cells beyond Excel's limit ---------------------------------------------------------------


def test_a_csv_cell_beyond_the_csv_modules_own_limit_is_a_422(tmp_path: Path) -> None:
    """The csv module stops at 131,072 characters with an error of its own (a 500 before)."""
    source = write_csv(tmp_path / "huge.csv", 2, text="a" * 200_000)
    detail = refusal(InvalidInputError, open_table, source, limits=DEFAULT_LIMITS)
    assert "huge.csv line 2 has a cell of more than 32,767 characters" in detail
    assert "(limit: EVALASSIST_MAX_CELL_CHARS)" in detail


def test_a_local_file_keeps_its_huge_cells(tmp_path: Path) -> None:
    """Without upload limits (the CLI codes a local file), a huge cell is read whole."""
    source = write_csv(tmp_path / "huge.csv", 2, text="a" * 200_000)
    assert [len(row["text"]) for row in open_table(source).rows()] == [200_000, 200_000]


@pytest.mark.parametrize(
    ("name", "content", "where"),
    [
        ("long.csv", "id;text\n1;kort\n2;" + "b" * 101 + "\n", "long.csv line 3"),
        ("long.csv", 'id;text\n1;kort\n2;"' + "b" * 5_000, "long.csv line 3"),  # unclosed quote
        ("long.jsonl", '{"text": "kort"}\n{"text": "' + "b" * 101 + '"}\n', "long.jsonl line 2"),
        ("long.jsonl", '{"text": "kort", "meta": {"a": "' + "b" * 95 + '"}}\n', "line 1"),
    ],
)
def test_a_cell_beyond_the_limit_is_refused(
    tmp_path: Path, name: str, content: str, where: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    detail = refusal(InvalidInputError, open_table, path, limits=SMALL)
    assert f"{where} has a cell of more than 100 characters" in detail
    assert "EVALASSIST_MAX_CELL_CHARS" in detail


@pytest.mark.usefixtures("no_openpyxl")
def test_a_long_xlsx_cell_is_refused_before_openpyxl_reads_it(tmp_path: Path) -> None:
    shared = tmp_path / "shared.xlsx"
    shared.write_bytes(workbook_bytes([[1, "b" * 101]]))  # openpyxl writes a shared string
    assert "EVALASSIST_MAX_CELL_CHARS" in refusal(
        InvalidInputError, open_table, shared, limits=SMALL
    )
    rows = [b'<row r="2">' + inline("A2", "1") + inline("B2", "b" * 101) + b"</row>"]
    inline_sheet = xlsx_with(tmp_path / "inline.xlsx", sheet_xml(rows))
    detail = refusal(InvalidInputError, open_table, inline_sheet, limits=SMALL)
    assert "inline.xlsx row 2 has a cell of more than 100 characters" in detail


def test_broken_jsonl_is_a_422_not_a_crash(tmp_path: Path) -> None:
    deep = tmp_path / "deep.jsonl"
    deep.write_text('{"text": ' + "[" * 100_000 + "]" * 100_000 + "}\n", encoding="utf-8")
    assert "nested too deeply" in refusal(InvalidInputError, open_table, deep)
    digits = tmp_path / "digits.jsonl"
    digits.write_text('{"text": "ok"}\n{"n": ' + "9" * 5_000 + "}\n", encoding="utf-8")
    assert "digits.jsonl line 2" in refusal(InvalidInputError, open_table, digits)


def test_limits_come_from_the_settings(tmp_path: Path) -> None:
    assert UploadLimits.from_settings(Settings(data_dir=tmp_path)) == DEFAULT_LIMITS
    settings = Settings(data_dir=tmp_path, max_job_rows=7, max_cell_chars=500)
    limits = UploadLimits.from_settings(settings)
    assert (limits.max_job_rows, limits.max_cell_chars) == (7, 500)


def test_the_feedback_service_reads_uploads_with_the_settings_limits(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data", max_job_rows=5, max_unpacked_bytes=MB)
    service = FeedbackService(settings)
    six = write_csv(tmp_path / "six.csv", 6).read_bytes()
    with pytest.raises(InvalidInputError, match="more than 5 rows"):
        service.inspect_file(filename="six.csv", content=iter([six]), sheet=None)
    with pytest.raises(InvalidInputError, match="more than 5 rows"):
        service.submit_file(filename="six.csv", content=iter([six]), text_column="text", sheet=None)
    bomb = xlsx_with(tmp_path / "bomb.xlsx", sheet_xml(repeated(SAME_ROW, 2 * MB)))
    with pytest.raises(PayloadTooLargeError, match="EVALASSIST_MAX_UNPACKED_BYTES"):
        service.inspect_file(filename="bomb.xlsx", content=iter([bomb.read_bytes()]), sheet=None)
    assert not (tmp_path / "data" / "evalassist.db").exists()  # refused before any job


def test_upload_files_a_killed_process_left_are_removed_at_start(settings: Settings) -> None:
    service = FeedbackService(settings)
    uploads = settings.data_dir / "uploads"
    old, fresh = uploads / "upload-killed", uploads / "upload-live"
    for folder in (old, fresh):
        folder.mkdir(parents=True)
        (folder / "enquete.csv").write_text("text\nx\n")
    hours_ago = time.time() - 2 * 3600
    os.utime(old, (hours_ago, hours_ago))
    assert service.remove_stale_uploads() == 1
    assert not old.exists() and fresh.exists()
