"""A coded CSV evaluates nothing in a spreadsheet: not its header, and not a formula hidden after a
separator, whichever list separator the spreadsheet splits on (Excel uses ";" in Dutch, "," in
English, whatever the file's own delimiter is)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from assistant.feedback.sinks import open_sink

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
COLUMNS = ["=1+1", "@SUM(A1)", "opmerking"]
HIDDEN = [
    "x;=1+1",
    "x,=1+1",
    "x;;@SUM(A1)",
    "x\t-2+3",
    'x;"=1+1',
    'regel een\n=HYPERLINK("http://evil.example")',
]


def export(tmp_path: Path, delimiter: str) -> str:
    path = tmp_path / "out.csv"
    sink = open_sink(path, "csv", COLUMNS, delimiter=delimiter, offset=None)
    sink.write([{"=1+1": "1", "@SUM(A1)": "-5", "opmerking": text} for text in HIDDEN])
    sink.close(complete=True)
    return path.read_text(encoding="utf-8-sig")


def formulas(text: str, separator: str) -> list[str]:
    """The cells a spreadsheet splitting on ``separator`` would evaluate."""
    cells = [cell for row in csv.reader(io.StringIO(text), delimiter=separator) for cell in row]
    return [cell for cell in cells if cell.startswith(TRIGGERS) and cell != "-5"]


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
@pytest.mark.parametrize("separator", [",", ";", "\t"])
def test_no_cell_is_a_formula_whatever_the_spreadsheet_splits_on(
    tmp_path: Path, delimiter: str, separator: str
) -> None:
    assert formulas(export(tmp_path, delimiter), separator) == []


@pytest.mark.parametrize("delimiter", [",", ";"])
def test_the_files_own_delimiter_keeps_each_value_in_one_cell(
    tmp_path: Path, delimiter: str
) -> None:
    rows = list(csv.reader(io.StringIO(export(tmp_path, delimiter)), delimiter=delimiter))
    assert rows[0] == ["'=1+1", "'@SUM(A1)", "opmerking"]
    assert [row[2] for row in rows[1:]] == [
        "x;'=1+1",
        "x,'=1+1",
        "x;;'@SUM(A1)",
        "x\t'-2+3",
        "x;\"'=1+1",
        'regel een\n\'=HYPERLINK("http://evil.example")',
    ]
    assert [row[1] for row in rows[1:]] == ["-5"] * len(HIDDEN)  # numbers stay numbers
