"""Offline plan drafting time: cold (first draft, index opened) and warm (later drafts).

Run from a checkout: ``.venv/bin/python benchmarks/plan_bench.py [--runs 20]``. Uses a temporary
EVALASSIST_DATA_DIR, so the first start builds the knowledge index from the shipped embedding
cache; that build is reported apart from drafting. Warm figures time ``draft_plan`` alone on the
three example briefs (the text brief includes free-text extraction), plus Markdown and DOCX export.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.planning.plan import OfflineComposer, draft_plan  # noqa: E402
from assistant.planning.plan.export import to_docx, to_markdown  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from knowledge_base.service import KnowledgeService  # noqa: E402
from tests.plan_fixtures import EXAMPLE_BRIEFS, example_request  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data_dir:
        started = time.perf_counter()
        knowledge = KnowledgeService(Settings(data_dir=Path(data_dir)))
        knowledge.ensure_ready()
        print(f"knowledge index ready (first start): {time.perf_counter() - started:.2f} s")
        composer = OfflineComposer(knowledge)
        requests = {name: example_request(name) for name in EXAMPLE_BRIEFS}
        started = time.perf_counter()
        draft_plan(requests[EXAMPLE_BRIEFS[0]], composer=composer)
        print(f"first draft (cold caches): {time.perf_counter() - started:.3f} s")
        for name, request in requests.items():
            times, exports = [], []
            for _ in range(args.runs):
                started = time.perf_counter()
                plan = draft_plan(request, composer=composer)
                times.append(time.perf_counter() - started)
                started = time.perf_counter()
                to_markdown(plan)
                to_docx(plan)
                exports.append(time.perf_counter() - started)
            print(
                f"{name:32s} warm draft: median {statistics.median(times):.3f} s, "
                f"max {max(times):.3f} s; md+docx export median {statistics.median(exports):.3f} s"
            )


if __name__ == "__main__":
    main()
