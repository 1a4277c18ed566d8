"""Warm `ask` latency: retrieval with the method cards plus the offline answer, per question.

    .venv/bin/python benchmarks/ask_bench.py

The knowledge base is built in a temporary data directory (shipped vectors, nothing embedded),
the embedding model is loaded with one question not in the sets, then every question of the
development sets (retrieval_eval.jsonl and off_topic.jsonl) is asked once: each is new to the
query cache, so every timing includes embedding the question. Goal: p95 <= 100 ms on 2 cores.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.settings import Settings  # noqa: E402
from knowledge_base.models import AskRequest  # noqa: E402
from knowledge_base.service import KnowledgeService  # noqa: E402

DATA = ROOT / "benchmarks" / "data"


def main() -> None:
    questions = [
        json.loads(line)["question"]
        for name in ("retrieval_eval", "off_topic")
        for line in (DATA / f"{name}.jsonl").read_text("utf-8").splitlines()
        if line
    ]
    with tempfile.TemporaryDirectory() as tmp:
        began = time.perf_counter()
        service = KnowledgeService(Settings(data_dir=Path(tmp)))
        service.ensure_ready()
        service.ask(AskRequest(question="Wat is een leerdoel?"))
        ready = time.perf_counter() - began
        timings = []
        for question in questions:
            start = time.perf_counter()
            service.ask(AskRequest(question=question))
            timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    p95 = timings[min(len(timings) - 1, round(0.95 * len(timings)) - 1)]
    print(f"start-up (build + first ask): {ready:.1f} s")
    print(
        f"warm ask over {len(timings)} new questions: p50 {statistics.median(timings):.1f} ms, "
        f"p95 {p95:.1f} ms, max {timings[-1]:.1f} ms"
    )


if __name__ == "__main__":
    main()
