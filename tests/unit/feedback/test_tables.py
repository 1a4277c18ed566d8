"""CSV / XLSX / JSONL round trips: encodings, delimiters, sheets, injection cells, order kept."""

import csv
import json
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from assistant.errors import InvalidInputError
from assistant.feedback.coder import offline_coder
from assistant.feedback.pipeline import code_file
from assistant.feedback.sinks import KP_COLUMNS, neutralise
from assistant.feedback.tables import open_table, sniff_delimiter

ROWS = [
    ("1", "De cursus was leerzaam, maar de koffie was koud. Café prima!", "8"),
    ("2", "n.v.t.", ""),
    ("3", '=HYPERLINK("http://evil.example","klik")', "-3"),
    ("4", "Since the course I use the checklist in every shift handover.", "7"),
    ("5", "@SUM(A1:A3) + tab\tinside", "5"),
]
HEADER = ["id", "opmerking", "score"]


def write_csv(path: Path, *, delimiter: str, encoding: str) -> None:
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(HEADER)
        writer.writerows(ROWS)


def read_csv(path: Path) -> list[dict[str, str]]:
    table = open_table(path)
    return list(table.rows())


@pytest.mark.parametrize(
    ("delimiter", "encoding"),
    [(";", "cp1252"), (",", "utf-8-sig"), (",", "utf-8"), ("\t", "utf-8")],
)
def test_csv_round_trip(tmp_path: Path, delimiter: str, encoding: str) -> None:
    source = tmp_path / "in.csv"
    write_csv(source, delimiter=delimiter, encoding=encoding)
    table = open_table(source)
    assert (table.delimiter, table.columns, table.total) == (delimiter, HEADER, len(ROWS))
    out = tmp_path / "out.csv"
    result = code_file(source=source, output=out, text_column="opmerking", coder=offline_coder())
    assert result.rows == len(ROWS)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 with a BOM
    rows = read_csv(out)
    assert list(rows[0]) == HEADER + list(KP_COLUMNS)
    assert [r["id"] for r in rows] == [r[0] for r in ROWS]
    assert rows[0]["opmerking"] == ROWS[0][1]  # accents survive cp1252 -> utf-8
    assert rows[1]["kp_primary"] == "NONE" and rows[1]["kp_engine"] == "rules"
    assert rows[0]["kp_engine"] == "offline" and rows[0]["kp_model"].startswith("kp-linear@")
    assert rows[0]["kp_prompt_version"] and rows[0]["kp_fallback_reason"] == ""
    assert rows[2]["opmerking"].startswith("'=HYPERLINK")  # neutralised
    assert rows[2]["score"] == "-3"  # numbers are not text formulas
    assert rows[4]["opmerking"].startswith("'@")
    assert all(r["kp_roi"] in ("true", "false") for r in rows)
    assert all(0 <= float(r["kp_confidence"]) <= 1 for r in rows)


def test_xlsx_round_trip_with_sheet(tmp_path: Path) -> None:
    source = tmp_path / "in.xlsx"
    workbook = Workbook()
    workbook.active.title = "intro"
    workbook.active.append(["nothing here"])
    sheet = workbook.create_sheet("antwoorden")
    sheet.append(HEADER)
    for row in ROWS:
        sheet.append([int(row[0]), row[1], row[2]])
    workbook.save(source)
    out = tmp_path / "out.xlsx"
    code_file(
        source=source,
        output=out,
        text_column="opmerking",
        coder=offline_coder(),
        sheet="antwoorden",
    )
    result = load_workbook(out, read_only=True)
    values = list(result.active.iter_rows(values_only=True))
    assert list(values[0]) == HEADER + list(KP_COLUMNS)
    assert [v[0] for v in values[1:]] == ["1", "2", "3", "4", "5"]
    assert values[3][1] in (None, "")  # an input formula has no cached text: empty, NONE
    assert values[3][3] == "NONE"
    assert values[2][3] == "NONE"
    assert not (tmp_path / "out.xlsx.partial.jsonl").exists()
    with pytest.raises(InvalidInputError, match="antwoorden"):
        open_table(source, sheet="missing")


def test_jsonl_round_trip_keeps_types_and_order(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        "\n".join(json.dumps({"id": int(r[0]), "text": r[1], "meta": {"k": r[2]}}) for r in ROWS)
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    code_file(source=source, output=out, text_column="text", coder=offline_coder())
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == [1, 2, 3, 4, 5]
    assert rows[0]["meta"] == {"k": "8"}
    assert rows[1]["kp_primary"] == "NONE" and rows[1]["kp_roi"] is False
    assert list(rows[0])[:3] == ["id", "text", "meta"]


def test_csv_to_xlsx_and_jsonl_to_csv(tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    write_csv(source, delimiter=";", encoding="cp1252")
    code_file(
        source=source, output=tmp_path / "o.xlsx", text_column="opmerking", coder=offline_coder()
    )
    formula = load_workbook(tmp_path / "o.xlsx").active.cell(row=4, column=2)
    # a text cell in the workbook, never a live formula, and shown without an apostrophe
    assert (formula.value, formula.data_type) == (ROWS[2][1], "s")
    code_file(
        source=tmp_path / "o.xlsx",
        output=tmp_path / "o.csv",
        text_column="opmerking",
        coder=offline_coder(),
    )
    rows = read_csv(tmp_path / "o.csv")
    assert len(rows) == len(ROWS) and rows[3]["kp_primary"] in ("L3", "L4")


def test_missing_column_lists_the_columns_found(tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    write_csv(source, delimiter=";", encoding="utf-8")
    with pytest.raises(InvalidInputError, match="'id', 'opmerking', 'score'") as info:
        code_file(
            source=source, output=tmp_path / "o.csv", text_column="comment", coder=offline_coder()
        )
    assert info.value.exit_code == 2


def test_long_comment_is_kept_whole_in_the_output(tmp_path: Path, counting_coder) -> None:
    source = tmp_path / "in.jsonl"
    long_text = "The trainer was great. " + "Lots of detail about the exercises. " * 400
    source.write_text(json.dumps({"text": long_text}) + "\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    code_file(source=source, output=out, text_column="text", coder=offline_coder())
    assert read_csv(out)[0]["text"] == long_text


def test_fillers_never_reach_the_engine(tmp_path: Path, counting_coder) -> None:
    source = tmp_path / "in.csv"
    source.write_text('text\n\n-\nn.v.t.\nGreat session\n""\n', encoding="utf-8")
    code_file(source=source, output=tmp_path / "o.csv", text_column="text", coder=counting_coder)
    assert counting_coder.seen == ["Great session"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+31 6 1234", "'+31 6 1234"),
        ("-x", "'-x"),
        ("@x", "'@x"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("-5", "-5"),
        ("+3.5", "+3.5"),
        ("-", "-"),
        ("ok", "ok"),
        (3, 3),
    ],
)
def test_neutralise(value: object, expected: object) -> None:
    assert neutralise(value) == expected


def test_sniff_delimiter_fallback() -> None:
    assert sniff_delimiter("a;b;c\n") == ";"
    assert sniff_delimiter("single\n") == ","


def test_a_huge_cell_is_coded_on_its_start_and_kept_whole(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    huge = "I learned a lot about planning. " * 5000  # 160,000 characters
    source.write_text(json.dumps({"text": huge}) + "\n", encoding="utf-8")
    code_file(source=source, output=tmp_path / "o.jsonl", text_column="text", coder=offline_coder())
    row = json.loads((tmp_path / "o.jsonl").read_text(encoding="utf-8"))
    assert row["text"] == huge and row["kp_primary"] == "L2"


def test_a_row_with_too_many_fields_fails_before_coding(tmp_path: Path, counting_coder) -> None:
    source = tmp_path / "in.csv"
    source.write_text("id;text\n1;fine\n2;broken; unquoted\n", encoding="utf-8")
    with pytest.raises(InvalidInputError, match="record 2 has 3 fields"):
        code_file(
            source=source, output=tmp_path / "o.csv", text_column="text", coder=counting_coder
        )
    assert counting_coder.seen == []


def test_short_rows_are_padded(tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text("id,text,extra\n1,Great trainer\n", encoding="utf-8")
    code_file(source=source, output=tmp_path / "o.tsv", text_column="text", coder=offline_coder())
    lines = (tmp_path / "o.tsv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[1].split("\t")[:4] == ["1", "Great trainer", "", "L1"]
