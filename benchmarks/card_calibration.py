"""Calibrate how method cards are matched and when one answers, on development questions only.

    .venv/bin/python benchmarks/card_calibration.py

Development questions: benchmarks/data/retrieval_eval.jsonl (on-topic, each with the passage
that answers it) and benchmarks/data/off_topic.jsonl. The blind sets are never read here.

- Card ranking: how often the first (and any of the first three) cards cites the answering
  passage, scoring cards by their keys, texts, quotes, or the mean of the three.
- Thresholds: for each similarity, the share of on-topic questions whose first card is right and
  reaches it, and the share of off-topic questions whose first card stays below it.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from answer_eval import load, overlaps, spans_of  # noqa: E402

from assistant.settings import Settings  # noqa: E402
from knowledge_base.card_index import KINDS  # noqa: E402
from knowledge_base.service import KnowledgeService  # noqa: E402


def per_kind(service: KnowledgeService, question: str) -> dict[str, np.ndarray]:
    table = service.cards._table  # noqa: SLF001 - a benchmark looks inside
    vector = service.embeddings.embed_query(question)
    found = {}
    for kind in KINDS:
        best = np.full(len(table.entries), -1.0, dtype=np.float32)
        np.maximum.at(best, table.owners[kind], table.vectors[kind] @ vector)
        found[kind] = best
    found["mean"] = sum(found[kind] for kind in KINDS) / len(KINDS)
    return found


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        service = KnowledgeService(Settings(data_dir=Path(tmp)))
        service.ensure_ready()
        entries = service.cards.entries
        on = load("retrieval_eval")
        ranking: dict[str, list[tuple[bool, bool]]] = {k: [] for k in (*KINDS, "mean")}
        right_best: list[tuple[bool, float]] = []
        for item in on:
            spans = spans_of(item)
            scores = per_kind(service, item["question"])
            for kind, values in scores.items():
                top = list(np.argsort(-values)[:3])
                hits = [
                    any(overlaps(service, c.chunk_id, spans) for c in entries[n].citations)
                    for n in top
                ]
                ranking[kind].append((hits[0], any(hits)))
            right_best.append((ranking["mean"][-1][0], float(scores["mean"].max())))
        off_best = [
            float(per_kind(service, item["question"])["mean"].max())
            for item in load("off_topic", off_topic=True)
        ]
    print(f"{len(entries)} cards; {len(on)} on-topic and {len(off_best)} off-topic questions\n")
    print("| cards scored by | first card right | right in first three |")
    print("|---|---|---|")
    for kind, results in ranking.items():
        first = np.mean([a for a, _ in results])
        three = np.mean([b for _, b in results])
        print(f"| {kind} | {first:.3f} | {three:.3f} |")
    print("\n| similarity >= | on-topic: right card reaches it | off-topic: rejected |")
    print("|---|---|---|")
    for threshold in np.arange(0.80, 0.88, 0.005):
        reached = np.mean([right and best >= threshold for right, best in right_best])
        rejected = np.mean([best < threshold for best in off_best])
        print(f"| {threshold:.3f} | {reached:.3f} | {rejected:.3f} |")


if __name__ == "__main__":
    main()
