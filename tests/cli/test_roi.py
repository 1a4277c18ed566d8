"""``evalassist roi compute|example`` through Typer's CliRunner."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.cli import app
from assistant.roi import Lang, RoiResult, compute_roi
from assistant.roi.example import example_input, example_payload

runner = CliRunner()


@pytest.fixture
def example_file(tmp_path: Path) -> Path:
    path = tmp_path / "roi.json"
    path.write_text(json.dumps(example_payload()), encoding="utf-8")
    return path


def test_compute_from_a_file_prints_the_table(example_file: Path) -> None:
    result = runner.invoke(app, ["roi", "compute", "--input", str(example_file)])
    assert result.exit_code == 0, result.output
    expected = compute_roi(example_input())
    for text in ("Costs", "Benefits", "Totals", f"{expected.roi_pct} %", str(expected.total_costs)):
        assert text in result.stdout
    assert "Higher customer satisfaction" in result.stdout  # intangibles are reported


def test_compute_from_stdin_as_json_is_the_roi_result() -> None:
    result = runner.invoke(
        app, ["roi", "compute", "--input", "-", "--json"], input=json.dumps(example_payload())
    )
    assert result.exit_code == 0, result.output
    assert RoiResult.model_validate_json(result.stdout) == compute_roi(example_input())


def test_compute_in_dutch_labels_the_table_and_warnings(tmp_path: Path) -> None:
    path = tmp_path / "roi.json"
    path.write_text(json.dumps({**example_payload("nl"), "benefit_years": 2}), encoding="utf-8")
    result = runner.invoke(app, ["roi", "compute", "-i", str(path), "--lang", "nl"])
    assert result.exit_code == 0, result.output
    assert "Totale kosten" in result.stdout and "Waarschuwingen" in result.stdout
    assert "long_term" in result.stdout


def test_json_fractions_are_read_exactly() -> None:
    body = {**example_payload(), "costs": [{**example_payload()["costs"][0]}]}
    text = json.dumps(body).replace('"amount": 1500', '"amount": 1500.1234567890123456789')
    result = runner.invoke(app, ["roi", "compute", "-i", "-", "--json"], input=text)
    assert result.exit_code == 0, result.output
    echoed = json.loads(result.stdout)["input"]["costs"][0]["amount"]
    assert Decimal(echoed) == Decimal("1500.1234567890123456789")


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (json.dumps({**example_payload(), "currency": "euro"}), "/currency"),
        (json.dumps({**example_payload(), "costs": []}), "/costs"),
        (json.dumps({**example_payload(), "participants": -3}), "/participants"),
        (json.dumps({**example_payload(), "bogus": True}), "/bogus"),
        (json.dumps([1, 2]), "Invalid ROI input"),
        ("{ not json", "not valid JSON"),
        ('{"participants": NaN}', "/participants"),
    ],
)
def test_bad_input_exits_2_with_one_line_naming_the_field(text: str, named: str) -> None:
    result = runner.invoke(app, ["roi", "compute", "-i", "-"], input=text)
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ")
    assert named in lines[0]


def test_an_out_of_range_percentage_names_its_pointer(tmp_path: Path) -> None:
    data = example_payload()
    data["benefits"][0]["attribution_pct"] = 150
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = runner.invoke(app, ["roi", "compute", "--input", str(path)])
    assert result.exit_code == 2
    assert "/benefits/0/attribution_pct" in result.stderr


def test_a_missing_input_file_exits_2(tmp_path: Path) -> None:
    result = runner.invoke(app, ["roi", "compute", "--input", str(tmp_path / "nope.json")])
    assert result.exit_code == 2
    assert "not found" in result.stderr


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_example_round_trips_through_compute(lang: Lang) -> None:
    example = runner.invoke(app, ["roi", "example", "--lang", lang])
    assert example.exit_code == 0
    assert json.loads(example.stdout) == example_payload(lang)
    result = runner.invoke(
        app, ["roi", "compute", "-i", "-", "--json", "--lang", lang], input=example.stdout
    )
    assert result.exit_code == 0, result.output
    assert RoiResult.model_validate_json(result.stdout).warnings == []


@pytest.mark.parametrize("args", [["roi"], ["roi", "compute"], ["roi", "example"]])
def test_help_everywhere(args: list[str]) -> None:
    result = runner.invoke(app, [*args, "--help"])
    assert result.exit_code == 0
    assert "Usage" in result.stdout


def test_roi_is_listed_in_the_root_help() -> None:
    assert "roi" in runner.invoke(app, ["--help"]).stdout


def test_compute_requires_input() -> None:
    result = runner.invoke(app, ["roi", "compute"])
    assert result.exit_code == 2
    assert "--input" in result.output


@pytest.mark.parametrize(
    ("lang", "costs", "label", "absent"),
    [
        ("nl", 1000, "Baten moeten stijgen met (break-even)", "dalen met"),
        ("en", 1000, "Benefits must rise by (break-even)", "may fall by"),
        ("en", 100, "Benefits may fall by (break-even)", "must rise by"),
    ],
)
def test_break_even_says_rise_on_a_loss_and_fall_on_a_gain(
    lang: str, costs: int, label: str, absent: str
) -> None:
    body = {
        "participants": 1,
        "costs": [{"category": "delivery", "description": "Trainer", "amount": costs}],
        "benefits": [
            {
                "description": "Saved",
                "amount": "280.9",
                "period": "year",
                "isolation_method": "control_group",
            }
        ],
    }
    result = runner.invoke(
        app, ["roi", "compute", "-i", "-", "--lang", lang], input=json.dumps(body)
    )
    assert result.exit_code == 0, result.output
    row = next(line for line in result.stdout.splitlines() if "break-even" in line)
    assert label in row and absent not in row
    # costs 1000 on benefits 280.90: they must rise by 719.10 / 280.90 = 256 %
    assert ("256.00 %" in row) == (costs == 1000)
    assert "-" not in row.replace("break-even", "")
