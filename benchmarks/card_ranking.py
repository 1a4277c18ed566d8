"""How often the first method card cites the passage an advisor's question was written for.

    .venv/bin/python benchmarks/card_ranking.py [--lexical 0.002 0.004 0.006]

The questions are the advisors' questions of the shipped passages (``knowledge_base/
passage_questions/``, written from each passage alone, both languages): a large development set
for card ranking, not an evaluation set. A card is right when it cites one of the question's
passages; questions whose passages no card cites are left out. Cards are scored as
``CardIndex.match`` scores them (mean of the best key, text and quote cosine plus a weight times
BM25 over the keys), for each lexical weight given.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.settings import Settings  # noqa: E402
from knowledge_base.card_index import KINDS, LEXICAL_WEIGHT  # noqa: E402
from knowledge_base.passage_questions import load_questions, question_vectors  # noqa: E402
from knowledge_base.service import KnowledgeService  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lexical", type=float, nargs="+", default=[LEXICAL_WEIGHT])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        service = KnowledgeService(Settings(data_dir=Path(tmp)))
        service.ensure_ready()
        table = service.cards._table  # noqa: SLF001 - a benchmark looks inside
        cited = [{c.chunk_id for c in entry.citations} for entry in table.entries]
        questions = load_questions()
        vectors = question_vectors(service.embeddings, questions.questions)
        right: dict[float, list[bool]] = {weight: [] for weight in args.lexical}
        for question, chunks, vector in zip(
            questions.questions, questions.chunk_ids, vectors, strict=True
        ):
            good = np.array([bool(c & set(chunks)) for c in cited])
            if not good.any():
                continue
            similarity = np.zeros(len(table.entries), dtype=np.float32)
            for kind in KINDS:
                best = np.full(len(table.entries), -1.0, dtype=np.float32)
                np.maximum.at(best, table.owners[kind], table.vectors[kind] @ vector)
                similarity += best / len(KINDS)
            lexical = np.maximum.reduce([index.scores(question) for index in table.bm25])
            for weight in args.lexical:
                right[weight].append(bool(good[np.argmax(similarity + weight * lexical)]))
    for weight, hits in right.items():
        print(f"lexical weight {weight}: first card right {np.mean(hits):.3f} of {len(hits)}")


if __name__ == "__main__":
    main()
