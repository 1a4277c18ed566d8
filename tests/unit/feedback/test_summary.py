"""File summaries: the language fillers count under, and labels outside the codebook rejected."""

from pathlib import Path

import pytest

from assistant.errors import InvalidInputError
from assistant.feedback.summary import file_agreement, report_lang, summarise


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("-", "unknown"),
        ("", "unknown"),
        ("?", "unknown"),
        ("asdf", "unknown"),
        ("n.v.t.", "nl"),  # the Dutch abbreviation of "niet van toepassing"
        ("Geen opmerkingen", "nl"),
        ("No comment", "en"),
        ("Great trainer, but the room was too small.", "en"),
        ("De trainer was top en het lokaal te klein.", "nl"),
    ],
)
def test_report_language_of_fillers(text: str, lang: str) -> None:
    assert report_lang(text) == lang


def _coded(tmp_path: Path, rows: list[tuple[str, str, str]]) -> Path:
    path = tmp_path / "coded.csv"
    lines = ["text;kp_primary;kp_levels;kp_confidence;gold"]
    lines += [f"{text};{pred};{pred};0.9;{gold}" for text, pred, gold in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_dutch_file_fillers_are_not_counted_as_english(tmp_path: Path) -> None:
    path = _coded(
        tmp_path,
        [
            ("De trainer was erg goed.", "L1", "L1"),
            ("-", "NONE", "NONE"),
            ("n.v.t.", "NONE", "NONE"),
            ("", "NONE", ""),
        ],
    )
    summary = summarise(path, text_column="text")
    assert summary.by_lang == {"nl": {"L1": 1, "NONE": 1}, "unknown": {"NONE": 2}}


def test_unknown_labels_are_rejected_with_their_rows(tmp_path: Path) -> None:
    path = _coded(
        tmp_path,
        [("a b c", "L1", "L1"), ("d e f", "L2", "L5"), ("g", "L2", "l5"), ("h", "X", "L2")],
    )
    with pytest.raises(InvalidInputError) as caught:
        file_agreement(path, gold_column="gold", pred_column="kp_primary")
    message = caught.value.detail
    assert "'L5' in 'gold' (rows 2, 3)" in message and "'X' in 'kp_primary' (row 4)" in message
    assert "Allowed: L1, L2, L3, L4, NONE" in message and "\n" not in message
    with pytest.raises(InvalidInputError, match="'L5' in 'gold'"):
        summarise(path, text_column="text", gold_column="gold")
