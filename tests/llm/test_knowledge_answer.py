"""The LLM answer engine against recorded traffic from a real OpenAI-compatible server.

Recorded with scripts/record_cassettes.sh (llama-cpp-python, Qwen2.5-Coder-1.5B-Instruct): the
request shape, tool-call parsing, the guards against answers worse than the offline one, retry
and fallback, and answers the guards accept.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from vcr.cassette import Cassette

from assistant.llm import EngineInfo, make_chat_model
from assistant.prompts import load_prompt
from assistant.settings import Settings
from knowledge_base.answer import OfflineAnswerer
from knowledge_base.card_answer import CardAnswerer, CardThresholds
from knowledge_base.card_index import CardIndex
from knowledge_base.cards import parse_cards
from knowledge_base.llm_answer import PROMPT, LlmAnswerer
from knowledge_base.models import SearchHit
from tests.kb_fixtures import HashEmbeddings

pytestmark = [pytest.mark.llm, pytest.mark.vcr]

ISOLATION = (
    "Belangrijk is dat je ook hier onderzoekt welk percentage van de resultaten daadwerkelijk "
    "door het L&D-programma komt. Dit kan via bijvoorbeeld een controlegroep of via een "
    "schatting van de deelnemer en zijn/haar leidinggevende, waar je vervolgens een "
    "conservatieve correctie op toepast."
)
LEVEL_FIVE = (
    "De echte kracht van de Phillips ROI Methodology komt tot uiting in niveau 5, waarin de "
    "investering in L&D wordt afgezet tegen de netto opbrengsten."
)


def _hit(n: int, text: str) -> SearchHit:
    return SearchHit(
        chunk_id=f"chunk-{n}",
        collection="articles",
        source="001_b50b49e582bad973.txt",
        title="Phillips ROI Methodology",
        text=text,
        score=1.0 / n,
        start=0,
        end=len(text),
        line_start=10 * n,
        line_end=10 * n + 5,
        language="nl",
        dense_similarity=0.9,
        bm25_score=5.0,
    )


HITS = [_hit(1, ISOLATION), _hit(2, LEVEL_FIVE)]


def _answerer(settings: Settings, *, max_tokens: int = 300) -> LlmAnswerer:
    model = make_chat_model(settings, max_tokens=max_tokens)
    assert model is not None
    return LlmAnswerer(model, model_name=settings.llm_model, fallback=OfflineAnswerer(None))


@pytest.mark.parametrize(
    ("question", "language", "accepted"),
    [
        # As recorded, Qwen says "De bronnen behandelen dit niet." and still lists passages 1
        # and 2, which do cover it: the offline answer, with the reason.
        pytest.param(
            "Hoe isoleer je het effect van een L&D-programma op de resultaten?", "nl", False,
            id="nl-not-covered-while-found",
        ),
        # A controlled comparison with and without the training, citing passage 1 (which names
        # the control group): accepted at once, mapped to the real chunk.
        pytest.param(
            "How do you isolate the effect of a training programme on results?", "en", True,
            id="en-accepted",
        ),
    ],
)  # fmt: skip
def test_an_answer_is_accepted_only_when_it_is_no_worse_than_offline(
    llm_settings: Settings, vcr: Cassette, question: str, language: str, accepted: bool
) -> None:
    answer = _answerer(llm_settings).answer(question, HITS)

    first = json.loads(vcr.requests[0].body)
    assert first["tools"][0]["function"]["name"] == "GroundedAnswer"
    assert first["tool_choice"]["function"]["name"] == "GroundedAnswer"
    assert ISOLATION in first["messages"][0]["content"]
    assert question in first["messages"][0]["content"]
    assert len(vcr.requests) == 1
    assert answer.language == language
    assert answer.covered
    assert answer.citations[0].chunk_id == "chunk-1"
    if accepted:
        assert answer.engine == "llm" and answer.model == llm_settings.llm_model
        assert "control" in answer.answer
        assert answer.prompt_version == "knowledge/answer@1.1"
        expected = EngineInfo.llm(llm_settings.llm_model, load_prompt(PROMPT, language))
        assert answer.prompt_hash == expected.prompt_hash
        assert answer.fallback_reason is None
    else:
        assert answer.engine == "offline-fallback"
        assert answer.fallback_reason == (
            f"{llm_settings.llm_model}: the model said the sources do not cover this, "
            "while retrieval found them"
        )
        assert answer.answer == OfflineAnswerer(None).answer(question, HITS).answer


def test_truncated_output_is_retried_once_then_falls_back(
    llm_settings: Settings, vcr: Cassette
) -> None:
    question = "Hoe isoleer je het effect van een L&D-programma op de resultaten?"
    answer = _answerer(llm_settings, max_tokens=6).answer(question, HITS)

    assert len(vcr.requests) == 2
    retry = json.loads(vcr.requests[1].body)["messages"][-1]["content"]
    assert "previous answer was invalid" in retry
    assert answer.engine == "offline-fallback"
    assert answer.fallback_reason
    assert answer.citations and answer.citations[0].chunk_id in {h.chunk_id for h in HITS}


def test_weak_passages_are_not_sent_to_the_model(llm_settings: Settings, vcr: Cassette) -> None:
    weak = [hit.model_copy(update={"dense_similarity": 0.5, "bm25_score": 0.0}) for hit in HITS]
    answer = _answerer(llm_settings).answer("Wat is de hoofdstad van Peru?", weak)
    assert len(vcr.requests) == 0
    assert not answer.covered
    assert answer.answer == "De bronnen behandelen dit niet."


ISOLATION_CARD = {
    "id": "isolation",
    "title": {"nl": "Het effect isoleren", "en": "Isolating the effect"},
    "answer": {
        "nl": "Onderzoek welk deel van de resultaten door het programma komt: met een "
        "controlegroep, of met een schatting van deelnemer en leidinggevende met een "
        "conservatieve correctie.",
        "en": "Find out which share of the results the programme caused: with a control group, "
        "or with an estimate by the participant and their manager, conservatively corrected.",
    },
    "points": {
        "nl": ["Controlegroep", "Schatting met correctie"],
        "en": ["Control group", "Estimate"],
    },
    "questions": {
        "nl": [
            f"Hoe toon ik aan dat de training het verschil maakte, variant {n}?" for n in range(8)
        ],
        "en": [f"How do I show the training made the difference, variant {n}?" for n in range(8)],
    },
    "citations": [
        {
            "source": "001_b50b49e582bad973.txt",
            "quote": "Dit kan via bijvoorbeeld een controlegroep of via een schatting van de "
            "deelnemer en zijn/haar leidinggevende",
        }
    ],
}


def _card_answerer(settings: Settings, tmp_path: Path) -> LlmAnswerer:
    path = tmp_path / "cards.yaml"
    path.write_text(yaml.safe_dump([ISOLATION_CARD], allow_unicode=True), encoding="utf-8")
    cards = CardAnswerer(
        CardIndex(parse_cards([path]), HashEmbeddings()),
        OfflineAnswerer(None),
        thresholds=CardThresholds(alone=0.0, nearest=0.0),
    )
    model = make_chat_model(settings, max_tokens=300)
    assert model is not None
    return LlmAnswerer(model, model_name=settings.llm_model, fallback=cards, cards=cards)


def test_the_closest_card_is_sent_and_its_quotes_come_first(
    llm_settings: Settings, vcr: Cassette, tmp_path: Path
) -> None:
    question = "How do I show the training made the difference, variant 3?"
    answer = _card_answerer(llm_settings, tmp_path).answer(question, HITS)

    sent = json.loads(vcr.requests[0].body)["messages"][0]["content"]
    assert "Isolating the effect: Find out which share of the results" in sent
    assert "[1] Grip krijgen op Learning & Development" in sent  # the card's quote, first
    assert "[2] Phillips ROI Methodology" in sent and "[3] Phillips ROI Methodology" in sent
    assert answer.cards == ["isolation"]
    assert answer.language == "en"
    # As recorded: a control group against the participant's and manager's estimate,
    # conservatively corrected, citing all three passages; each shares its words with the answer.
    assert answer.engine == "llm", answer.fallback_reason
    assert [c.n for c in answer.citations] == [1, 2, 3]
    model_text, card = answer.answer.split("\n\nFrom the method card:\n")
    assert "control group" in model_text
    assert card.startswith("Find out which share of the results")  # the checked answer stays
    assert "- Control group" in card and "- Estimate" in card


def test_the_question_is_rewritten_in_the_sources_terms_or_kept(
    llm_settings: Settings, vcr: Cassette
) -> None:
    question = "How can I tell whether the coaching, and not the market, raised our sales?"
    query = _answerer(llm_settings).rewrite_query(question)

    request = json.loads(vcr.requests[0].body)
    assert request["tool_choice"]["function"]["name"] == "SearchQuery"
    assert question in request["messages"][0]["content"]
    assert query.startswith(question)
    rewritten = query[len(question) :].strip()
    if vcr.responses[-1]["status"]["code"] == 200 and rewritten:
        assert "\n" in query and len(rewritten) <= 300
