"""The calibration report as plain text for the terminal."""

from __future__ import annotations

from assistant.feedback.calibration import CalibrationReport, Interval


def _ci(value: Interval) -> str:
    return f"{value.value:.3f} [{value.low:.3f}, {value.high:.3f}]"


def _verdict(report: CalibrationReport) -> str:
    if not report.applied:
        return (
            "the gain on your sample is not beyond chance: the stored coder codes exactly as the "
            "shipped one"
        )
    return "the calibrated coder agrees with you better than the shipped one, beyond chance"


def format_calibration(report: CalibrationReport) -> str:
    counts = ", ".join(f"{level} {n}" for level, n in report.labels.items())
    lines = [
        f"coder '{report.name}' stored ({report.coder_model})",
        f"calibrated on {report.rows} coded comments ({counts}); {report.uncoded} uncoded",
        "",
        "kappa with your coding, 95 % interval (after: 5-fold cross-validated on your sample)",
        f"  before  {_ci(report.kappa_before)}   macro-F1 {report.macro_f1_before:.3f}",
        f"  after   {_ci(report.kappa_after)}   macro-F1 {report.macro_f1_after:.3f}",
        f"  gain    {_ci(report.kappa_gain)}",
        "  " + _verdict(report),
        "",
        f"{'level':<6}{'n':>5}{'F1 before':>11}{'F1 after':>10}"
        f"{'kappa before':>28}{'kappa after':>28}",
    ]
    lines += [
        f"{row.level:<6}{row.n:>5}{row.f1_before:>11.3f}{row.f1_after:>10.3f}"
        f"{_ci(row.kappa_before):>28}{_ci(row.kappa_after):>28}"
        for row in report.per_level
    ]
    if report.disabled_rules:
        lines += ["", "rules your coding overrules (switched off): " + ", ".join(
            report.disabled_rules)]  # fmt: skip
    curve = ", ".join(f"{point.rows} rows: {point.kappa:.3f}" for point in report.learning_curve)
    lines += ["", f"learning curve (kappa by rows calibrated on): {curve}"]
    projected = report.projected_kappa
    advice = (
        f"coding about {report.rows_for_gain} more comments would likely add 0.02"
        if report.rows_for_gain is not None
        else "more coded comments are unlikely to add 0.02 (it would take over 10x the sample)"
    )
    lines.append(
        f"projected: {projected['1.5x']:.3f} with 1.5x, {projected['2x']:.3f} with 2x the "
        f"coded comments; {advice}"
    )
    if report.suggestions:
        lines += ["", "code these next (the calibrated coder is least sure of them):"]
        lines += [
            f"  row {item.row:>6}  {item.primary.value:<4} {item.confidence:.2f}  "
            + item.text[:80].replace("\n", " ")
            for item in report.suggestions
        ]
    return "\n".join(lines)
