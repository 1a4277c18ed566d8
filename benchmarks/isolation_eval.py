"""The isolation method from a message: the reader's cue words, the learned model and both.

    .venv/bin/python benchmarks/isolation_eval.py [--set heldout|train-cv]

- ``train-cv``: 5-fold cross-validation on the model's own examples
  (assistant/figures/isolation_examples.jsonl).
- ``heldout``: datasets/roi_isolation/heldout.jsonl, 200 chat messages written blind by another
  helper from the method definitions and the sources (committed before its first run; never
  tuned on), read by the shipped model.

Reports accuracy and macro-F1 per reader and per language, and the confusions of the combined
reader (the one the chat uses).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from clause_eval import cross_validated, report, rows_of  # noqa: E402

from assistant.figures.clause_model import ClauseModel  # noqa: E402
from assistant.figures.isolation import isolation_named, isolation_of  # noqa: E402
from assistant.figures.isolation_model import ISOLATION, isolation_model  # noqa: E402
from assistant.roi import IsolationMethod  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", choices=["heldout", "train-cv"], default="heldout")
    args = parser.parse_args()
    predictions: dict[str, list[str]] = {"cue words": [], "model": [], "cue words, model": []}

    def predict(model: ClauseModel[IsolationMethod], text: str) -> None:
        rule = isolation_named(text, None)
        guess = model.guess(text).label
        predictions["cue words"].append((rule or IsolationMethod.NONE).value)
        predictions["model"].append(guess.value)
        combined = isolation_of(text, None, model)
        predictions["cue words, model"].append((combined or IsolationMethod.NONE).value)

    if args.set == "train-cv":
        rows = rows_of(ROOT / "assistant/figures/isolation_examples.jsonl")
        order = cross_validated(ISOLATION, IsolationMethod, predict)
        gold = [rows[i]["label"] for i in order]
        languages = [rows[i]["language"] for i in order]
    else:
        rows = rows_of(ROOT / "datasets/roi_isolation/heldout.jsonl")
        for row in rows:
            predict(isolation_model(), row["text"])
        gold = [row["label"] for row in rows]
        languages = [row["language"] for row in rows]
    print(f"{args.set}: {len(gold)} messages {dict(Counter(languages))}")
    for name, got in predictions.items():
        report(name, gold, got, languages)
    misses = Counter(
        (g, p) for g, p in zip(gold, predictions["cue words, model"], strict=True) if g != p
    )
    print("misses (expected, read):", misses.most_common())


if __name__ == "__main__":
    main()
