"""The LLM answer engine's own logic, with a scripted model: citations map to real chunk ids."""

from __future__ import annotations

from typing import Any

from knowledge_base.answer import OfflineAnswerer
from knowledge_base.llm_answer import LlmAnswerer
from knowledge_base.models import SearchHit
from tests.fakes import ScriptedToolModel


def _hit(n: int, text: str) -> SearchHit:
    return SearchHit(
        chunk_id=f"chunk-{n}",
        collection="articles",
        source=f"00{n}.txt",
        title=f"Article {n}",
        text=text,
        score=1.0 / n,
        start=0,
        end=len(text),
        line_start=n,
        line_end=n + 3,
        language="nl",
        dense_similarity=0.9,
        bm25_score=4.0,
    )


HITS = [
    _hit(1, "Een controlegroep isoleert het effect van het programma op de resultaten."),
    _hit(2, "Schattingen van deelnemers krijgen een conservatieve correctie voor onzekerheid."),
]


def _answerer(script: list[tuple[str, dict[str, Any]]]) -> tuple[LlmAnswerer, ScriptedToolModel]:
    model = ScriptedToolModel(script=script, seen=[])
    return LlmAnswerer(model, model_name="scripted", fallback=OfflineAnswerer(None)), model


def test_valid_answer_keeps_the_models_text_and_maps_citations_to_chunks() -> None:
    text = "Use a control group [1], or estimates with a conservative correction [2]."
    answerer, model = _answerer([("GroundedAnswer", {"answer": text, "cited": [1, 2]})])
    answer = answerer.answer("How do I isolate the effect of training?", HITS)
    assert answer.engine == "llm"
    assert answer.answer == text
    assert answer.language == "en"
    assert [c.chunk_id for c in answer.citations] == ["chunk-1", "chunk-2"]
    assert answer.citations[1].quote == HITS[1].text
    assert answer.prompt_version == "knowledge/answer@1.1"
    assert len(model.seen) == 1


def test_a_citation_marker_in_the_text_counts_even_if_not_listed() -> None:
    answerer, _ = _answerer(
        [("GroundedAnswer", {"answer": "Met een controlegroep [1].", "cited": []})]
    )
    answer = answerer.answer("Hoe isoleer je het effect?", HITS)
    assert answer.engine == "llm"
    assert [c.n for c in answer.citations] == [1]


def test_an_invented_passage_number_is_retried_then_corrected() -> None:
    script = [
        ("GroundedAnswer", {"answer": "Zie bron [7].", "cited": [7]}),
        ("GroundedAnswer", {"answer": "Met een controlegroep [1].", "cited": [1]}),
    ]
    answerer, model = _answerer(script)
    answer = answerer.answer("Hoe isoleer je het effect?", HITS)
    assert answer.engine == "llm"
    assert len(model.seen) == 2
    assert "[7] do not exist" in str(model.seen[1][-1].content)


def test_two_invalid_answers_fall_back_to_offline_with_the_reason() -> None:
    bad = ("GroundedAnswer", {"answer": "Bron [9].", "cited": [9]})
    answerer, model = _answerer([bad, bad])
    answer = answerer.answer("Hoe isoleer je het effect van een programma?", HITS)
    assert answer.engine == "offline-fallback"
    assert answer.model is None and answer.prompt_version == "answer-extractive-1"
    assert answer.fallback_reason and answer.fallback_reason.startswith("scripted: ")
    assert "do not exist" in answer.fallback_reason
    assert all(c.chunk_id in {"chunk-1", "chunk-2"} for c in answer.citations)
    assert len(model.seen) == 2


def test_an_answer_in_the_other_language_is_retried_then_falls_back() -> None:
    dutch = "Je isoleert het effect met een controlegroep of met gecorrigeerde schattingen [1]."
    answerer, model = _answerer([("GroundedAnswer", {"answer": dutch, "cited": [1]})] * 2)
    answer = answerer.answer("How do I isolate the effect of a training programme?", HITS)
    assert answer.engine == "offline-fallback"
    assert answer.fallback_reason and "the answer is in nl, the question in en" in (
        answer.fallback_reason
    )
    assert answer.language == "en"
    assert "the answer is in nl" in str(model.seen[1][-1].content)


def test_a_listed_passage_the_answer_does_not_use_is_invalid() -> None:
    text = "Use a control group to isolate the effect of the programme [1]."
    script = [
        ("GroundedAnswer", {"answer": text, "cited": [1, 2]}),
        ("GroundedAnswer", {"answer": text, "cited": [1]}),
    ]
    answerer, model = _answerer(script)
    answer = answerer.answer("How do I isolate the effect of training?", HITS)
    assert answer.engine == "llm"
    assert [c.n for c in answer.citations] == [1]
    assert "passages [2] are listed but the answer does not use them" in str(
        model.seen[1][-1].content
    )


def test_a_listed_passage_whose_words_the_answer_shares_is_used_without_a_marker() -> None:
    text = "Isolate the effect with a control group, or correct the estimates conservatively."
    answerer, _ = _answerer([("GroundedAnswer", {"answer": text, "cited": [1, 2]})])
    answer = answerer.answer("How do I isolate the effect of training?", HITS)
    assert answer.engine == "llm"
    assert [c.chunk_id for c in answer.citations] == ["chunk-1", "chunk-2"]


def test_not_covered_while_retrieval_found_the_passages_is_the_offline_answer() -> None:
    said = "De bronnen behandelen dit niet."
    answerer, _ = _answerer([("GroundedAnswer", {"answer": said, "cited": [1, 2]})])
    question = "Hoe isoleer je het effect van het programma op de resultaten met een controlegroep?"
    answer = answerer.answer(question, HITS)
    offline = OfflineAnswerer(None).answer(question, HITS)
    assert offline.covered
    assert answer.engine == "offline-fallback"
    assert answer.fallback_reason and "do not cover this, while retrieval found them" in (
        answer.fallback_reason
    )
    assert answer.answer == offline.answer and answer.covered


def test_an_answer_resting_on_none_of_the_offline_passages_is_replaced() -> None:
    kirkpatrick = _hit(4, "Het Kirkpatrick-model kent vier niveaus van evaluatie.")
    hits = [*HITS, _hit(3, "Een vragenlijst meet de tevredenheid na afloop."), kirkpatrick]
    text = "Use the Kirkpatrick model and its four levels [4]."
    answerer, _ = _answerer([("GroundedAnswer", {"answer": text, "cited": [4]})])
    question = "How do I isolate the effect of the programme on results with a control group?"
    offline = OfflineAnswerer(None).answer(question, hits)
    assert offline.covered and "chunk-4" not in {c.chunk_id for c in offline.citations}
    answer = answerer.answer(question, hits)
    assert answer.engine == "offline-fallback"
    assert answer.fallback_reason and "cites none of the passages" in answer.fallback_reason


def test_the_fallback_rests_on_the_questions_own_retrieval_not_the_rewritten_one() -> None:
    said = "De bronnen behandelen dit niet."
    answerer, _ = _answerer([("GroundedAnswer", {"answer": said, "cited": [1]})])
    question = "Hoe isoleer je het effect van het programma op de resultaten met een controlegroep?"
    moved = [_hit(5, "Het Kirkpatrick-model kent vier niveaus van evaluatie.")]
    answer = answerer.answer(question, moved, offline_hits=HITS)
    offline = OfflineAnswerer(None).answer(question, HITS)
    assert offline.covered and answer.engine == "offline-fallback"
    assert answer.answer == offline.answer
    assert {c.chunk_id for c in answer.citations} == {c.chunk_id for c in offline.citations}
