"""``evalassist feedback code`` and ``evalassist feedback agreement`` through Typer's runner."""

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.cli import app

runner = CliRunner()


@pytest.fixture
def export(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("EVALASSIST_DATA_DIR", str(tmp_path / "data"))
    path = tmp_path / "export.csv"
    path.write_bytes(
        (
            "nr;opmerking;mens\n"
            "1;De trainer was top, maar het lokaal was te klein.;L1\n"
            "2;n.v.t.;NONE\n"
            "3;<script>alert('x')</script>Ik weet nu hoe ik een draaitabel maak.;L2\n"
            "4;Since the course I start every meeting with a safety moment.;L3\n"
            "5;The training cost €9,000 and cut our rework costs by €30,000 this year.;L4\n"
        ).encode("cp1252")
    )
    return path


def test_code_with_gold_and_reports(export: Path, tmp_path: Path) -> None:
    out, report = tmp_path / "out.xlsx", tmp_path / "report.html"
    result = runner.invoke(
        app,
        [
            "feedback",
            "code",
            str(export),
            "--text-column",
            "opmerking",
            "--output",
            str(out),
            "--gold-column",
            "mens",
            "--report",
            str(report),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "kappa=" in result.output
    page = report.read_text(encoding="utf-8")
    assert "<svg" in page and "<script>alert" not in page and "&lt;script&gt;" in page
    md = tmp_path / "report.md"
    result = runner.invoke(
        app,
        [
            "feedback",
            "code",
            str(export),
            "--text-column",
            "opmerking",
            "--output",
            str(tmp_path / "o.csv"),
            "--report",
            str(md),
        ],
    )
    assert result.exit_code == 0, result.output
    assert (tmp_path / "report.svg").read_text().startswith("<svg")
    assert "<script>" not in md.read_text(encoding="utf-8")


def test_code_json_summary(export: Path, tmp_path: Path) -> None:
    result = runner.invoke(
        app,
        [
            "feedback",
            "code",
            str(export),
            "--text-column",
            "opmerking",
            "--output",
            str(tmp_path / "o.jsonl"),
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["rows"] == 5 and summary["summary"]["primary"]["NONE"] == 1
    assert summary["summary"]["roi_count"] == 1


def test_missing_column_exits_2_listing_columns(export: Path, tmp_path: Path) -> None:
    result = runner.invoke(
        app,
        [
            "feedback",
            "code",
            str(export),
            "--text-column",
            "comment",
            "--output",
            str(tmp_path / "o.csv"),
        ],
    )
    assert result.exit_code == 2
    assert "'nr', 'opmerking', 'mens'" in result.output


def test_unsupported_output_and_missing_input(export: Path, tmp_path: Path) -> None:
    bad = runner.invoke(
        app,
        [
            "feedback",
            "code",
            str(export),
            "--text-column",
            "opmerking",
            "--output",
            str(tmp_path / "o.pdf"),
        ],
    )
    assert bad.exit_code == 2 and ".pdf" in bad.output
    missing = runner.invoke(
        app,
        [
            "feedback",
            "code",
            str(tmp_path / "nope.csv"),
            "--text-column",
            "x",
            "--output",
            str(tmp_path / "o.csv"),
        ],
    )
    assert missing.exit_code == 2


def test_agreement_command(tmp_path: Path) -> None:
    path = tmp_path / "coded.csv"
    path.write_text(
        "gold,pred\nL1,L1\nL1,L2\nL2,L2\nL2,L2\nL3,L1\nNONE,NONE\n,L1\n", encoding="utf-8"
    )
    result = runner.invoke(
        app,
        [
            "feedback",
            "agreement",
            str(path),
            "--gold-column",
            "gold",
            "--pred-column",
            "pred",
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["n"] == 6 and report["kappa"] == pytest.approx(0.52)
    text = runner.invoke(
        app, ["feedback", "agreement", str(path), "--gold-column", "gold", "--pred-column", "pred"]
    )
    assert "kappa=0.520" in text.output and "confusion" in text.output


def test_help_lists_feedback_commands() -> None:
    result = runner.invoke(app, ["feedback", "--help"])
    assert result.exit_code == 0 and "code" in result.output and "agreement" in result.output


@pytest.mark.parametrize(
    ("option", "name", "expected"),
    [
        ("--output", "nonexistent/o.csv", "does not exist"),
        ("--output", "o.txt", "must end in one of .csv, .jsonl, .tsv, .xlsx"),
        ("--report", "nonexistent/r.md", "does not exist"),
        ("--report", "r.pdf", "must end in one of .htm, .html, .md"),
    ],
)
def test_bad_output_paths_exit_2_before_coding(
    export: Path, tmp_path: Path, option: str, name: str, expected: str
) -> None:
    paths = {"--output": str(tmp_path / "o.csv"), option: str(tmp_path / name)}
    args = ["feedback", "code", str(export), "--text-column", "opmerking"]
    for flag, value in paths.items():
        args += [flag, value]
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and expected in lines[0]
    assert "internal error" not in result.output
    assert not (tmp_path / "o.csv").exists() and not (tmp_path / "o.txt").exists()


def test_output_that_is_a_directory_exits_2(export: Path, tmp_path: Path) -> None:
    (tmp_path / "dir.csv").mkdir()
    result = runner.invoke(
        app,
        [
            "feedback",
            "code",
            str(export),
            "--text-column",
            "opmerking",
            "--output",
            str(tmp_path / "dir.csv"),
        ],
    )
    assert result.exit_code == 2 and "is a directory" in result.output


def test_agreement_rejects_unknown_labels(tmp_path: Path) -> None:
    path = tmp_path / "coded.csv"
    path.write_text("gold,pred\nL1,L1\nL5,L2\nL2,L2\n", encoding="utf-8")
    result = runner.invoke(
        app, ["feedback", "agreement", str(path), "--gold-column", "gold", "--pred-column", "pred"]
    )
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "'L5' in 'gold' (row 2)" in lines[0] and "L1, L2, L3" in lines[0]


@pytest.mark.parametrize(("lang", "empty"), [("nl", "Leeg of alleen"), ("en", "Empty or")])
def test_lang_sets_the_language_of_rationales_for_cells_without_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, empty: str
) -> None:
    monkeypatch.setenv("EVALASSIST_DATA_DIR", str(tmp_path / "data"))
    source, out = tmp_path / "in.csv", tmp_path / "out.csv"
    source.write_text('text\n-\n""\nIk heb veel geleerd.\n', encoding="utf-8")
    args = ["feedback", "code", str(source), "--text-column", "text", "--output", str(out)]
    result = runner.invoke(app, [*args, "--lang", lang])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert [row["kp_rationale"].startswith(empty) for row in rows] == [True, True, False]
    assert rows[2]["kp_rationale"].startswith("Leren")  # a Dutch comment keeps its language


def test_without_lang_cells_without_a_language_stay_english(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EVALASSIST_DATA_DIR", str(tmp_path / "data"))
    source, out = tmp_path / "in.csv", tmp_path / "out.csv"
    source.write_text("text\n-\n", encoding="utf-8")
    args = ["feedback", "code", str(source), "--text-column", "text", "--output", str(out)]
    assert runner.invoke(app, args).exit_code == 0
    assert "Empty or punctuation only" in out.read_text(encoding="utf-8-sig")


def test_calibrate_then_code_with_the_calibrated_coder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.unit.feedback.house_sample import sample

    monkeypatch.setenv("EVALASSIST_DATA_DIR", str(tmp_path / "data"))
    coded = tmp_path / "coded.csv"
    with coded.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["comment", "code"])
        writer.writerows(sample())
    args = ["feedback", "calibrate", str(coded), "--text-column", "comment"]
    result = runner.invoke(app, [*args, "--label-column", "code", "--name", "house", "--json"])
    assert result.exit_code == 0, result.output
    stored = json.loads(result.stdout)
    assert stored["report"]["kappa_after"]["value"] > stored["report"]["kappa_before"]["value"]
    taken = runner.invoke(app, [*args, "--label-column", "code", "--name", "house"])
    assert taken.exit_code != 0 and "exists already" in taken.output
    same = runner.invoke(app, [*args, "--label-column", "comment", "--name", "other"])
    assert same.exit_code != 0 and "are the same" in same.output

    source = tmp_path / "new.csv"
    source.write_text("comment\nIk ga vanaf maandag de checklist gebruiken.\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    code = ["feedback", "code", str(source), "--text-column", "comment", "-o", str(out)]
    result = runner.invoke(app, [*code, "--coder", "house"])
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8-sig") as handle:
        row = next(csv.DictReader(handle))
    assert row["kp_primary"] == "L3" and row["kp_model"] == stored["model"]
    listed = runner.invoke(app, ["feedback", "coders"])
    assert "house" in listed.stdout
