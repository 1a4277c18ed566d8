"""What calibrating to an evaluator's coding gains, measured on comments it never saw.

    .venv/bin/python benchmarks/feedback_calibration.py [--split blind] [--sizes 100 200 300]
        [--repeats 5] [--strength 0.1]

The split plays the evaluator: for each size n, n of its comments (drawn at random, seeded,
``--repeats`` times) are the coded sample the coder is calibrated on, and the rest are the test.
Reports kappa on the test comments with the shipped coder (before) and the calibrated one
(after), and the cross-validated estimate the calibration report gave from the sample alone,
so the two can be compared. ``--strength`` compares the adapter's penalty (choose it on dev,
never on the blind split); ``--house L2=L3`` simulates an evaluator whose codebook differs.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.feedback.agreement import agreement  # noqa: E402
from assistant.feedback.calibration import STRENGTH, calibrate  # noqa: E402
from assistant.feedback.coder import offline_coder  # noqa: E402
from assistant.feedback.models import CommentIn  # noqa: E402
from assistant.feedback.train import load_rows  # noqa: E402


def kappa(coder, rows) -> float:  # type: ignore[no-untyped-def]
    coded = coder.code([CommentIn(text=row["text"]) for row in rows])
    return agreement([row["primary"] for row in rows], [c.primary.value for c in coded]).kappa


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="blind")
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 200, 300])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--strength", type=float, default=STRENGTH)
    parser.add_argument(
        "--house",
        metavar="FROM=TO",
        help="simulate an evaluator with a house rule: their FROM is coded TO (e.g. L2=L3)",
    )
    args = parser.parse_args()
    rows = load_rows(args.split, ROOT / "datasets" / "feedback")
    if args.house:
        old, new = args.house.upper().split("=")
        rows = [
            {**row, "primary": new if row["primary"] == old else row["primary"]} for row in rows
        ]
    shipped = offline_coder()
    house = f", house rule {args.house}" if args.house else ""
    print(
        f"# calibration on {args.split} ({len(rows)} comments), strength {args.strength}{house}\n"
    )
    print("| calibrated on | tested on | kappa before | kappa after | gain | report's CV "
          "estimate (after) | seconds to calibrate |")  # fmt: skip
    print("|---|---|---|---|---|---|---|")
    for size in args.sizes:
        before, after, estimate, seconds = [], [], [], []
        for repeat in range(args.repeats):
            order = np.random.default_rng(1000 + repeat).permutation(len(rows))
            sample = [rows[i] for i in order[:size]]
            test = [rows[i] for i in order[size:]]
            start = time.perf_counter()
            result = calibrate(
                shipped,
                [row["text"] for row in sample],
                [row["primary"] for row in sample],
                name="bench",
                strength=args.strength,
            )
            seconds.append(time.perf_counter() - start)
            calibrated = shipped.calibrated(result.adapter, "bench")
            before.append(kappa(shipped, test))
            after.append(kappa(calibrated, test))
            estimate.append(result.report.kappa_after.value)

        def span(values: list[float]) -> str:
            return f"{statistics.mean(values):.3f} ({min(values):.3f}-{max(values):.3f})"

        gains = [a - b for a, b in zip(after, before, strict=True)]
        print(
            f"| {size} | {len(rows) - size} | {span(before)} | {span(after)} | "
            f"{statistics.mean(gains):+.3f} ({min(gains):+.3f} to {max(gains):+.3f}) | "
            f"{span(estimate)} | {statistics.mean(seconds):.1f} |"
        )
    print(f"\nmean (min-max) over {args.repeats} random draws of the sample")


if __name__ == "__main__":
    main()
