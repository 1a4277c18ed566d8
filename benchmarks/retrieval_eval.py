"""Retrieval quality on question sets in benchmarks/data/: hit@1, hit@5 and MRR@10.

A hit is a returned chunk that overlaps the question's evidence snippet (a verbatim substring
of the source file) - or one of its listed alternatives - in source-text offsets.

    .venv/bin/python benchmarks/retrieval_eval.py [--data FILE ...] [--show-misses]

The sets: retrieval_eval.jsonl (56, written with the retriever), retrieval_heldout.jsonl (40,
written before tuning) and retrieval_heldout2.jsonl (40, written by someone who saw neither the
retriever nor the other sets; mostly paraphrased). Default: all three, one table each.

It indexes the shipped sources into a temporary data directory (embeddings come from the
shipped cache, so nothing is embedded) and queries BM25-only, dense-only and hybrid.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.settings import Settings  # noqa: E402
from knowledge_base.catalog import SOURCES_DIR  # noqa: E402
from knowledge_base.models import SearchFilters  # noqa: E402
from knowledge_base.service import KnowledgeService  # noqa: E402

MODES = ("bm25", "dense", "hybrid")
DEFAULT_DATA = [
    ROOT / "benchmarks" / "data" / f"{name}.jsonl"
    for name in ("retrieval_eval", "retrieval_heldout", "retrieval_heldout2")
]


def evidence_spans(item: dict[str, object]) -> list[tuple[str, int, int]]:
    pairs = [(item["source"], item["evidence"])]
    pairs += [(alt["source"], alt["evidence"]) for alt in item.get("alternatives", [])]  # type: ignore[attr-defined]
    spans = []
    for source, evidence in pairs:
        text = (SOURCES_DIR / str(source)).read_text("utf-8")
        start = text.find(str(evidence))
        if start < 0:
            raise SystemExit(f"{item['id']}: evidence not found verbatim in {source}")
        spans.append((str(source), start, start + len(str(evidence))))
    return spans


def first_relevant_rank(service: KnowledgeService, question: str, spans, mode: str) -> int | None:  # type: ignore[no-untyped-def]
    hits = service.retriever(k=10).hits(question, k=10, filters=SearchFilters(), mode=mode)  # type: ignore[arg-type]
    snapshot = service.index.snapshot
    for rank, hit in enumerate(hits, start=1):
        chunk = snapshot.chunks[snapshot.position[hit.chunk_id]]
        for source, start, end in spans:
            if chunk.source == source and chunk.source_start < end and start < chunk.source_end:
                return rank
    return None


def metrics(ranks: Iterable[int | None]) -> dict[str, float]:
    ranks = list(ranks)
    n = len(ranks) or 1
    return {
        "hit@1": sum(r == 1 for r in ranks if r) / n,
        "hit@5": sum(r <= 5 for r in ranks if r) / n,
        "mrr@10": sum(1 / r for r in ranks if r) / n,
    }


@dataclass
class SetResult:
    groups: dict[str, int]  # group -> questions in it
    table: dict[tuple[str, str], dict[str, float]]  # (group, mode) -> metrics


def evaluate(service: KnowledgeService, path: Path, *, show_misses: bool) -> SetResult:
    items = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]
    ranks: dict[str, list[int | None]] = {mode: [] for mode in MODES}
    for item in items:
        spans = evidence_spans(item)
        for mode in MODES:
            rank = first_relevant_rank(service, item["question"], spans, mode)
            ranks[mode].append(rank)
            if show_misses and mode == "hybrid" and (rank is None or rank > 5):
                print(f"MISS {item['id']} ({rank}): {item['question']}", file=sys.stderr)
    groups = {
        "all": [True] * len(items),
        "nl": [i["language"] == "nl" for i in items],
        "en": [i["language"] == "en" for i in items],
        "paraphrased": [bool(i["paraphrased"]) for i in items],
    }
    table = {
        (group, mode): metrics(r for r, keep in zip(ranks[mode], mask, strict=True) if keep)
        for group, mask in groups.items()
        for mode in MODES
    }
    return SetResult({g: sum(mask) for g, mask in groups.items()}, table)


def print_table(name: str, result: SetResult) -> None:
    groups, table = result.groups, result.table
    print(
        f"\n{name}: {groups['all']} questions ({groups['nl']} nl, {groups['en']} en, "
        f"{groups['paraphrased']} paraphrased)\n"
    )
    print("| questions | retriever | hit@1 | hit@5 | MRR@10 |")
    print("|---|---|---|---|---|")
    for (group, mode), values in table.items():
        print(
            f"| {group} (n={groups[group]}) | {mode} | {values['hit@1']:.3f} | "
            f"{values['hit@5']:.3f} | {values['mrr@10']:.3f} |"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, nargs="+", default=DEFAULT_DATA)
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        service = KnowledgeService(Settings(data_dir=Path(tmp)))
        service.ensure_ready()
        results = {
            path.stem: evaluate(service, path, show_misses=args.show_misses) for path in args.data
        }
    if args.json:
        print(
            json.dumps(
                {
                    name: {f"{g}/{m}": v for (g, m), v in result.table.items()}
                    for name, result in results.items()
                },
                indent=1,
            )
        )
        return
    for name, result in results.items():
        print_table(name, result)


if __name__ == "__main__":
    main()
