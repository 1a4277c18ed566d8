"""How often the offline answerer answers on-topic questions and declines off-topic ones.

On-topic: benchmarks/data/retrieval_eval.jsonl and retrieval_heldout.jsonl. Off-topic:
benchmarks/data/off_topic.jsonl (recipes, sport, tax, programming, ... in Dutch and English).

    .venv/bin/python benchmarks/answer_coverage.py [--show]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.settings import Settings  # noqa: E402
from knowledge_base.models import AskRequest  # noqa: E402
from knowledge_base.service import KnowledgeService  # noqa: E402

DATA = ROOT / "benchmarks" / "data"
SETS = {
    "on-topic": ("retrieval_eval.jsonl", "retrieval_heldout.jsonl"),
    "off-topic": ("off_topic.jsonl",),
}


def questions(files: tuple[str, ...]) -> list[dict[str, str]]:
    return [
        json.loads(line)
        for name in files
        for line in (DATA / name).read_text().splitlines()
        if line.strip()
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list the questions decided wrongly")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        service = KnowledgeService(Settings(data_dir=Path(tmp)))
        service.ensure_ready()
        for label, files in SETS.items():
            items = questions(files)
            wrong = []
            for item in items:
                covered = service.ask(AskRequest(question=item["question"])).covered
                if covered != (label == "on-topic"):
                    wrong.append(item)
            right = len(items) - len(wrong)
            verb = "answered" if label == "on-topic" else "rejected"
            print(f"{label:9} {verb}: {right}/{len(items)} ({right / len(items):.1%})")
            if args.show:
                for item in wrong:
                    print(f"  {item['id']}: {item['question']}")


if __name__ == "__main__":
    main()
