"""Answer quality: retrieval (hit@1, hit@5, MRR@10) and what the offline answer says.

    .venv/bin/python benchmarks/answer_eval.py [--show-misses] [--json]

Sets (benchmarks/data/):
- answers_blind.jsonl - the blind set of issue 13 (written from the sources alone, committed
  before the first run, never tuned on): retrieval, share of answers holding every key point
  ("useful"), English questions answered in English, off-topic questions rejected.
- answers_dev.jsonl, answers_dev2.jsonl, answers_dev3.jsonl (development, same format; dev2 and
  dev3 written by helpers from the five sources only and first measured before anything was tuned
  on them).
- retrieval_eval.jsonl (development), retrieval_heldout.jsonl, retrieval_heldout2.jsonl (blind):
  retrieval, answers covered, and answers citing the evidence passage.
- off_topic.jsonl (development): rejected share.

A hit is a returned passage that overlaps a question's evidence (verbatim in the source file).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.settings import Settings  # noqa: E402
from assistant.text.language import detect_language  # noqa: E402
from knowledge_base.catalog import SOURCES_DIR  # noqa: E402
from knowledge_base.models import Answer, AskRequest, SearchFilters  # noqa: E402
from knowledge_base.service import KnowledgeService  # noqa: E402

DATA = ROOT / "benchmarks" / "data"
EARLIER = ("retrieval_eval", "retrieval_heldout", "retrieval_heldout2")

Span = tuple[str, int, int]


def spans_of(item: dict[str, Any]) -> list[Span]:
    """Evidence as (source, start, end) in source-text offsets, for either set format."""
    if "evidence" in item and isinstance(item["evidence"], list):
        pairs = [(e["source"], e["quote"]) for e in item["evidence"]]
    else:
        pairs = [(item["source"], item["evidence"])]
        pairs += [(a["source"], a["evidence"]) for a in item.get("alternatives", [])]
    spans = []
    for source, quote in pairs:
        text = (SOURCES_DIR / source).read_text("utf-8")
        # Verbatim but for line breaks: the source files keep the articles' wrapped lines.
        found = re.search(r"\s+".join(map(re.escape, quote.split())), text)
        if found is None:
            raise SystemExit(f"{item['id']}: evidence not verbatim in {source}")
        spans.append((source, found.start(), found.end()))
    return spans


def overlaps(service: KnowledgeService, chunk_id: str, spans: list[Span]) -> bool:
    snapshot = service.index.snapshot
    position = snapshot.position.get(chunk_id)
    if position is None:
        return False
    chunk = snapshot.chunks[position]
    return any(
        chunk.source == source and chunk.source_start < end and start < chunk.source_end
        for source, start, end in spans
    )


def first_rank(service: KnowledgeService, question: str, spans: list[Span]) -> int | None:
    hits = service.retriever(k=10).hits(question, k=10, filters=SearchFilters())
    for rank, hit in enumerate(hits, start=1):
        if overlaps(service, hit.chunk_id, spans):
            return rank
    return None


def keys_held(answer: Answer, item: dict[str, Any]) -> list[bool]:
    text = answer.answer
    return [re.search(point["key"], text, re.IGNORECASE) is not None for point in item["points"]]


def in_language(answer: Answer, language: str) -> bool:
    """The answer's own words (not its quotes) are in ``language``."""
    if answer.language != language:
        return False
    words = re.sub(r"\[\d+\]", " ", answer.answer)
    return detect_language(words) == language


def evaluate(
    service: KnowledgeService, items: list[dict[str, Any]], *, show: bool
) -> dict[str, Any]:
    on_topic = [i for i in items if not i.get("off_topic")]
    off_topic = [i for i in items if i.get("off_topic")]
    ranks: list[int | None] = []
    covered = useful = cites = english = english_right = 0
    for item in on_topic:
        spans = spans_of(item)
        rank = first_rank(service, item["question"], spans)
        ranks.append(rank)
        answer = service.ask(AskRequest(question=item["question"]))
        covered += answer.covered
        cites += any(overlaps(service, c.chunk_id, spans) for c in answer.citations)
        held = keys_held(answer, item) if "points" in item else []
        useful += bool(held) and all(held) and answer.covered
        if item["language"] == "en":
            english += 1
            english_right += in_language(answer, "en")
        if show and (rank is None or rank > 5 or (held and not all(held))):
            print(
                f"MISS {item['id']} rank={rank} keys={held} cards={answer.cards}: "
                f"{item['question']}",
                file=sys.stderr,
            )
    rejected = 0
    for item in off_topic:
        answer = service.ask(AskRequest(question=item["question"]))
        rejected += not answer.covered
        if show and answer.covered:
            print(
                f"ACCEPTED off-topic {item['id']} {answer.cards}: {item['question']}",
                file=sys.stderr,
            )
    n = len(on_topic) or 1
    result: dict[str, Any] = {"questions": len(items), "on_topic": len(on_topic)}
    if on_topic:
        result |= {
            "hit@1": sum(r == 1 for r in ranks if r) / n,
            "hit@5": sum(r <= 5 for r in ranks if r) / n,
            "mrr@10": sum(1 / r for r in ranks if r) / n,
            "covered": covered / n,
            "cites_evidence": cites / n,
        }
        if "points" in on_topic[0]:
            result["useful"] = useful / n
        if english:
            result["english_in_english"] = english_right / english
    if off_topic:
        result |= {"off_topic": len(off_topic), "off_topic_rejected": rejected / len(off_topic)}
    return result


def load(name: str, *, off_topic: bool = False) -> list[dict[str, Any]]:
    items = [
        json.loads(line)
        for line in (DATA / f"{name}.jsonl").read_text("utf-8").splitlines()
        if line
    ]
    if off_topic:
        for item in items:
            item["off_topic"] = True
    return items


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--sets", nargs="+", default=["answers_blind", *EARLIER, "off_topic"], help="set names"
    )
    args = parser.parse_args()
    sets = {name: load(name, off_topic=name == "off_topic") for name in args.sets}
    with tempfile.TemporaryDirectory() as tmp:
        service = KnowledgeService(Settings(data_dir=Path(tmp)))
        service.ensure_ready()
        results = {
            name: evaluate(service, items, show=args.show_misses) for name, items in sets.items()
        }
    if args.json:
        print(json.dumps(results, indent=2))
        return
    columns = [
        "hit@1",
        "hit@5",
        "mrr@10",
        "covered",
        "cites_evidence",
        "useful",
        "english_in_english",
        "off_topic_rejected",
    ]
    print("| set | n | " + " | ".join(columns) + " |")
    print("|---|---|" + "---|" * len(columns))
    for name, values in results.items():
        cells = [f"{values[c]:.3f}" if c in values else "-" for c in columns]
        print(f"| {name} | {values['questions']} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
