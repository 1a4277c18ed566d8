"""Cost categories from a clause: the keyword rules, the learned model and their combination.

    .venv/bin/python benchmarks/cost_category_eval.py [--set heldout|train-cv]

- ``train-cv``: 5-fold cross-validation on the model's own examples
  (assistant/figures/cost_examples.jsonl); the rules never saw them.
- ``heldout``: datasets/roi_costs/heldout.jsonl, 240 clauses written blind by another helper from
  the category definitions (committed before its first run; never tuned on), read by the
  shipped model.

Reports accuracy and macro-F1 per reader, and per language.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from clause_eval import cross_validated, report, rows_of  # noqa: E402

from assistant.figures.clause_model import ClauseModel  # noqa: E402
from assistant.figures.cost_model import COSTS, cost_model  # noqa: E402
from assistant.planning.money_lines import category_near  # noqa: E402
from assistant.roi import CostCategory  # noqa: E402

_DIGIT = re.compile(r"\d")


def rules(text: str) -> str:
    found = _DIGIT.search(text)
    return str(category_near(text, found.start() if found else len(text)).value)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", choices=["heldout", "train-cv"], default="train-cv")
    args = parser.parse_args()
    predictions: dict[str, list[str]] = {"rules": [], "model": [], "rules, then model": []}

    def predict(model: ClauseModel[CostCategory], text: str) -> None:
        rule, guess = rules(text), model.guess(text).label.value
        predictions["rules"].append(rule)
        predictions["model"].append(guess)
        predictions["rules, then model"].append(guess if rule == "other" else rule)

    if args.set == "train-cv":
        rows = rows_of(ROOT / "assistant/figures/cost_examples.jsonl")
        order = cross_validated(COSTS, CostCategory, predict)
    else:
        rows = rows_of(ROOT / "datasets/roi_costs/heldout.jsonl")
        order = list(range(len(rows)))
        for row in rows:
            predict(cost_model(), row["text"])
    gold = [rows[i]["category"] for i in order]
    langs = [rows[i]["language"] for i in order]
    print(f"{args.set}: {len(gold)} clauses {dict(Counter(langs))}")
    for name, got in predictions.items():
        report(name, gold, got, langs)


if __name__ == "__main__":
    main()
