"""Calibrating the offline coder to an evaluator's own coding (issue 17)."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.errors import InvalidInputError
from assistant.feedback.adapter import Adapter, contradicted_rules, isotonic
from assistant.feedback.calibration import calibrate, check_sample, read_labels
from assistant.feedback.coder import offline_coder
from assistant.feedback.models import CommentIn, Level
from tests.unit.feedback.house_sample import sample


@pytest.fixture(scope="module")
def house():
    rows = sample()
    texts = [text for text, _ in rows] + ["I might try the checklist at some point, who knows."]
    labels = [label for _, label in rows] + [None]
    return texts, labels, calibrate(offline_coder(), texts, labels, name="house")


def test_calibration_learns_a_house_rule_the_shipped_coder_does_not_know(house) -> None:
    texts, _, result = house
    report = result.report
    assert report.rows == 80 and report.uncoded == 1
    assert report.kappa_before.value < 0.7  # the shipped coder codes intentions L2
    assert report.kappa_after.value >= report.kappa_before.value + 0.2
    assert report.kappa_gain.low > 0  # the bootstrap interval excludes no gain
    coder = offline_coder().calibrated(result.adapter, "house")
    coded = coder.code([CommentIn(text="Ik ga vanaf maandag de nieuwe checklist gebruiken.")])
    assert coded[0].primary is Level.L3
    assert coded[0].model == report.coder_model
    assert report.coder_model.startswith(offline_coder().model_name + "+house@")
    shipped = offline_coder().code([CommentIn(text="Ik ga vanaf maandag de checklist gebruiken.")])
    assert shipped[0].primary is Level.L2  # the shipped coder is unchanged


def test_report_has_curve_levels_and_suggestions(house) -> None:
    _, _, result = house
    report = result.report
    sizes = [point.rows for point in report.learning_curve]
    assert sizes == sorted(sizes) and sizes[-1] == 64
    assert {row.level for row in report.per_level} == {"L1", "L3", "L4"}
    l3 = next(row for row in report.per_level if row.level == "L3")
    assert l3.kappa_after.low <= l3.kappa_after.value <= l3.kappa_after.high
    assert [s.row for s in report.suggestions] == [81]  # the one uncoded comment
    assert set(report.projected_kappa) == {"1.5x", "2x"}


def test_adapter_survives_storage_unchanged(house) -> None:
    texts, _, result = house
    again = Adapter.from_dict(result.adapter.to_dict())
    assert again.digest() == result.adapter.digest()
    items = [CommentIn(text=text) for text in texts[:20]]
    first = offline_coder().calibrated(result.adapter, "house").code(items)
    second = offline_coder().calibrated(again, "house").code(items)
    assert [c.primary for c in first] == [c.primary for c in second]
    assert np.allclose([c.confidence for c in first], [c.confidence for c in second], atol=1e-3)


def test_a_rule_the_evaluator_overrules_is_switched_off() -> None:
    decided = [("minimal", "L1", "NONE")] * 3 + [("minimal", "L1", "L1")]
    assert contradicted_rules(decided) == frozenset({"minimal"})
    assert contradicted_rules([("minimal", "L1", "NONE")] * 2) == frozenset()
    assert contradicted_rules(decided + [("minimal", "L1", "L1")] * 3) == frozenset()


def test_isotonic_is_monotone() -> None:
    points = isotonic([0.9, 0.5, 0.6, 0.95, 0.55, 0.7], [True, False, True, True, False, False])
    assert points["y"] == sorted(points["y"])
    assert points["x"][0] == 0.0 and points["x"][-1] == 1.0


@pytest.mark.parametrize(
    ("labels", "message"),
    [
        (["L1", "L5", "l2", "good"], "L5"),
        (["L1"] * 40, "two levels"),
        (["L1"] * 10, "at least 30"),
        (["L1"] * 30 + ["L2"] * 3, "L2 (3)"),
    ],
)
def test_bad_samples_get_clear_errors(labels, message) -> None:
    with pytest.raises(InvalidInputError) as error:
        check_sample(read_labels(labels))
    assert message in str(error.value)


def test_labels_are_read_leniently_but_strictly() -> None:
    assert read_labels([" l1 ", "", None, "NONE", "none"]) == ["L1", None, None, "NONE", "NONE"]


def test_how_many_more_rows_follows_the_curve() -> None:
    from assistant.feedback.calibration import CurvePoint, _projection

    rising = [CurvePoint(rows=n, kappa=k) for n, k in ((25, 0.60), (50, 0.65), (100, 0.70))]
    projected, more = _projection(rising, 125)
    # kappa = a + b ln n with b = 0.05/ln 2: +0.02 takes a factor 2^(0.4) = 1.32 of the sample
    assert more == 40 and projected["2x"] > projected["1.5x"] > 0.70
    flat = [CurvePoint(rows=n, kappa=0.8) for n in (25, 50, 100)]
    assert _projection(flat, 125) == ({"1.5x": 0.8, "2x": 0.8}, None)


def test_a_calibration_that_does_not_help_is_not_applied() -> None:
    # the evaluator codes exactly as the shipped coder does: nothing to gain
    rows = sample(intention_as="L2")
    texts = [text for text, _ in rows]
    shipped = offline_coder().code([CommentIn(text=text) for text in texts])
    labels = [coded.primary.value for coded in shipped]
    result = calibrate(offline_coder(), texts, labels, name="same")
    assert not result.report.applied and result.adapter.features == []
    coder = offline_coder().calibrated(result.adapter, "same")
    assert [c.primary for c in coder.code([CommentIn(text=t) for t in texts])] == [
        c.primary for c in shipped
    ]
    assert [c.confidence for c in coder.code([CommentIn(text=t) for t in texts])] == [
        c.confidence for c in shipped
    ]
