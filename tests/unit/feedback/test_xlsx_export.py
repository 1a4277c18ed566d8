"""The XLSX a person downloads: header frozen, filters on, columns sized to their content, and
cells a spreadsheet would evaluate kept as plain text cells (no apostrophe shown)."""

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from assistant.feedback.sinks import MAX_WIDTH, MIN_WIDTH, write_xlsx

COLUMNS = ["nr", "opmerking", "kp_confidence"]


def export(tmp_path: Path, rows: list[dict[str, object]]) -> Worksheet:
    journal = tmp_path / "rows.jsonl"
    journal.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    write_xlsx(tmp_path / "out.xlsx", COLUMNS, journal)
    return load_workbook(tmp_path / "out.xlsx").active


@pytest.mark.parametrize(
    "text",
    [
        '=HYPERLINK("http://evil.example","klik")',
        "+31 6 1234",
        "-x",
        "@SUM(A1)",
        "=1+1",
        "\tindented",
    ],
)
def test_formula_like_text_is_a_text_cell_without_apostrophe(tmp_path: Path, text: str) -> None:
    sheet = export(tmp_path, [{"nr": "1", "opmerking": text, "kp_confidence": 0.5}])
    cell = sheet.cell(row=2, column=2)
    assert (cell.value, cell.data_type) == (text, "s")
    assert sheet.cell(row=2, column=3).data_type == "n"  # numbers stay numbers


def test_header_frozen_filtered_and_columns_sized(tmp_path: Path) -> None:
    rows = [
        {
            "nr": str(n),
            "opmerking": "kort" if n % 2 else "een veel langere opmerking " * n,
            "kp_confidence": 0.91,
        }
        for n in range(1, 8)
    ]
    sheet = export(tmp_path, rows)
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:C8"
    widths = {c: sheet.column_dimensions[c].width for c in "ABC"}
    assert widths["A"] == MIN_WIDTH  # "nr" and short numbers: the minimum
    assert widths["B"] == MAX_WIDTH  # long comments: capped
    assert widths["C"] == len("kp_confidence") + 2  # the header is the widest


def test_an_empty_export_still_has_its_header(tmp_path: Path) -> None:
    sheet = export(tmp_path, [])
    assert [c.value for c in sheet[1]] == COLUMNS and sheet.auto_filter.ref == "A1:C1"
