"""Quality of the offline feedback coder on the held-out dev split (never trained or tuned on).

Run from a checkout: ``.venv/bin/python benchmarks/feedback_eval.py [--split dev] [--json]``.
Prints Cohen's kappa and macro-F1 overall, per language, per class, per difficulty and per
context, the multi-label and roi scores, and the calibration bins (accuracy per confidence bin).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.feedback.evaluation import evaluate_split  # noqa: E402
from assistant.feedback.train import load_rows  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", default="dev")
    parser.add_argument("--data", type=Path, default=ROOT / "datasets" / "feedback")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    rows = load_rows(args.split, args.data)
    train_texts = [row["text"] for row in load_rows("train", args.data)]
    result = evaluate_split(rows, train_texts=train_texts)
    if args.json:
        print(result.model_dump_json(indent=2))
        return
    o = result.overall
    print(f"# offline coder on {args.split} ({o.n} comments)\n")
    print("| slice | n | kappa | macro-F1 | accuracy |")
    print("|---|---|---|---|---|")
    print(f"| overall | {o.n} | {o.kappa:.3f} | {o.macro_f1:.3f} | {o.accuracy:.3f} |")
    for key, groups in result.by_group.items():
        for value, rep in groups.items():
            print(
                f"| {key}={value} | {rep.n} | {rep.kappa:.3f} | {rep.macro_f1:.3f} | "
                f"{rep.accuracy:.3f} |"
            )
    print("\n| class | precision | recall | F1 | n |")
    print("|---|---|---|---|---|")
    for row in o.per_class:
        print(
            f"| {row.label} | {row.precision:.3f} | {row.recall:.3f} | {row.f1:.3f} | "
            f"{row.support} |"
        )
    print("\nconfusion (rows gold, columns predicted): " + ", ".join(o.labels))
    for label, counts in zip(o.labels, o.confusion, strict=True):
        print(f"  {label:<5} {counts}")
    print(
        "\nlevels (multi-label) F1: "
        + ", ".join(f"{k}={v:.3f}" for k, v in result.levels_f1.items())
        + f"; exact set match {result.levels_exact:.3f}"
    )
    print(f"roi: F1 {result.roi_f1:.3f}, accuracy {result.roi_accuracy:.3f}")
    print("\n| confidence bin | n | accuracy | mean confidence |")
    print("|---|---|---|---|")
    for b in result.calibration:
        print(
            f"| [{b.low:.1f}, {b.high:.1f}) | {b.n} | {b.accuracy:.3f} | {b.mean_confidence:.3f} |"
        )


if __name__ == "__main__":
    main()
