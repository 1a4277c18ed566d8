"""Agreement statistics against values computed by hand."""

import pytest

from assistant.errors import InvalidInputError
from assistant.feedback.agreement import agreement, cohen_kappa, confusion_matrix

GOLD = ["L1", "L1", "L2", "L2", "L3", "NONE"]
PRED = ["L1", "L2", "L2", "L2", "L1", "NONE"]


def test_confusion_matrix_rows_are_gold() -> None:
    assert confusion_matrix(GOLD, PRED, ["L1", "L2", "L3", "NONE"]) == [
        [1, 1, 0, 0],
        [0, 2, 0, 0],
        [1, 0, 0, 0],
        [0, 0, 0, 1],
    ]


def test_hand_computed_report() -> None:
    report = agreement(GOLD, PRED)
    assert report.labels == ["L1", "L2", "L3", "NONE"]
    assert report.accuracy == pytest.approx(4 / 6)
    # po = 24/36, pe = (2*2 + 2*3 + 1*0 + 1*1)/36 = 11/36, kappa = 13/25
    assert report.kappa == pytest.approx(0.52)
    by_label = {row.label: row for row in report.per_class}
    assert (by_label["L1"].precision, by_label["L1"].recall, by_label["L1"].f1) == (0.5, 0.5, 0.5)
    assert by_label["L2"].precision == pytest.approx(2 / 3)
    assert by_label["L2"].recall == 1.0
    assert by_label["L2"].f1 == pytest.approx(0.8)
    assert (by_label["L3"].f1, by_label["L3"].support) == (0.0, 1)
    assert by_label["NONE"].f1 == 1.0
    assert report.macro_f1 == pytest.approx((0.5 + 0.8 + 0.0 + 1.0) / 4)


@pytest.mark.parametrize(
    ("matrix", "expected"),
    [
        ([[20, 5], [10, 15]], 0.4),  # po 0.7, pe 0.5
        ([[45, 15], [25, 15]], 0.1304),  # po 0.6, pe 0.54
        ([[10, 0], [0, 10]], 1.0),
        ([[5]], 1.0),  # one category, full agreement
        ([[0, 5], [5, 0]], -1.0),
    ],
)
def test_kappa_table(matrix: list[list[int]], expected: float) -> None:
    assert cohen_kappa(matrix) == pytest.approx(expected, abs=1e-4)


def test_labels_follow_codebook_order_and_unknown_labels_last() -> None:
    report = agreement(["NONE", "L4", "X"], ["L4", "L4", "L1"])
    assert report.labels == ["L1", "L4", "NONE", "X"]


def test_empty_or_mismatched_input_is_rejected() -> None:
    with pytest.raises(InvalidInputError):
        agreement([], [])
    with pytest.raises(InvalidInputError):
        agreement(["L1"], ["L1", "L2"])
