"""An answer in the language the caller asks for: a Dutch conversation that quotes an English
phrase ("return on investment in learning and development") is answered in Dutch, by the
offline and the LLM engine alike; without a language the question's own language decides."""

from __future__ import annotations

import pytest

from assistant.text.language import Language
from knowledge_base.answer import NOT_COVERED, OfflineAnswerer
from knowledge_base.llm_answer import LlmAnswerer
from knowledge_base.models import AskRequest, SearchHit
from tests.fakes import ScriptedToolModel

MIXED = "Hoe werkt de return on investment in learning and development?"
"""Dutch with English loan words: the knowledge base's old stop-word detector read it as English."""
TEXT = "Een controlegroep isoleert het effect van het programma op de bedrijfsresultaten."


def _hit(dense: float) -> SearchHit:
    return SearchHit(
        chunk_id="c1", collection="articles", source="001.txt", title="Isolatie", text=TEXT,
        score=1.0, start=0, end=len(TEXT), line_start=1, line_end=2, language="nl",
        dense_similarity=dense, bm25_score=4.0 if dense > 0.5 else 0.0,
    )  # fmt: skip


def test_the_mixed_question_alone_reads_as_dutch() -> None:
    assert OfflineAnswerer(None).answer(MIXED, [_hit(0.9)]).language == "nl"


@pytest.mark.parametrize(
    ("question", "language", "lead"),
    [
        (MIXED, "nl", "Volgens de bronnen:"),
        ("How does a control group isolate the effect?", "nl", "Volgens de bronnen:"),
        ("Hoe isoleert een controlegroep het effect?", "en", "According to the sources"),
    ],
)
def test_offline_answer_follows_the_explicit_language(question, language, lead) -> None:
    answer = OfflineAnswerer(None).answer(question, [_hit(0.9)], language=language)
    assert answer.language == language and answer.covered
    assert answer.answer.startswith(lead)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_not_covered_is_said_in_the_explicit_language(language) -> None:
    answer = OfflineAnswerer(None).answer(MIXED, [_hit(0.1)], language=language)
    assert not answer.covered
    assert (answer.language, answer.answer) == (language, NOT_COVERED[language])


def test_llm_answer_uses_the_prompt_of_the_explicit_language() -> None:
    model = ScriptedToolModel(
        script=[("GroundedAnswer", {"answer": "Met een controlegroep [1].", "cited": [1]})], seen=[]
    )
    answerer = LlmAnswerer(model, model_name="scripted", fallback=OfflineAnswerer(None))
    answer = answerer.answer(MIXED, [_hit(0.9)], language=Language.NL)
    assert answer.engine == "llm" and answer.language == "nl"
    assert "Antwoord in het Nederlands" in str(model.seen[0][-1].content)


def test_llm_fallback_keeps_the_explicit_language() -> None:
    bad = ("GroundedAnswer", {"answer": "Bron [9].", "cited": [9]})
    model = ScriptedToolModel(script=[bad, bad], seen=[])
    answerer = LlmAnswerer(model, model_name="scripted", fallback=OfflineAnswerer(None))
    answer = answerer.answer(MIXED, [_hit(0.9)], language=Language.NL)
    assert answer.engine == "offline-fallback" and answer.language == "nl"
    assert answer.answer.startswith("Volgens de bronnen")


def test_ask_request_accepts_only_known_languages() -> None:
    assert AskRequest(question="Wat is ROI?").language is None
    assert AskRequest(question="Wat is ROI?", language="en").language == "en"
    with pytest.raises(ValueError):
        AskRequest(question="Wat is ROI?", language="de")
