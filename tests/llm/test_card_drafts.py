"""Cards drafted by a real model (Qwen2.5-Coder-1.5B via llama-cpp-python, replayed): whatever it
writes, only quotes that stand in the document survive, and every dropped draft says why. As
recorded, the 1.5B model paraphrases every "quote", so all five drafts are dropped."""

from __future__ import annotations

import json

import pytest
from vcr.cassette import Cassette

from assistant.llm import make_chat_model
from assistant.settings import Settings
from knowledge_base.card_drafts import CardDrafter
from knowledge_base.documents import chunk_text
from tests.kb.test_card_drafts import DOCUMENT

pytestmark = [pytest.mark.llm, pytest.mark.vcr]


def test_only_quotes_from_the_document_survive(llm_settings: Settings, vcr: Cassette) -> None:
    model = make_chat_model(llm_settings, max_tokens=1200)
    assert model is not None
    reflowed, chunks = chunk_text(DOCUMENT, collection="acme", doc_id="onboarding.txt", title="O")
    result = CardDrafter(model, model_name=llm_settings.llm_model).draft(
        collection="acme", doc_id="onboarding.txt", reflowed=reflowed, chunks=chunks
    )

    request = json.loads(vcr.requests[0].body)
    assert request["tool_choice"]["function"]["name"] == "DraftCards"
    assert "drie buddy-gesprekken" in request["messages"][0]["content"]
    flat = " ".join(DOCUMENT.split())
    for entry in result.cards:
        assert entry.citations and all(c.quote in flat for c in entry.citations)
        assert entry.collection == "acme" and entry.doc_id == "onboarding.txt"
    assert all(": " in reason for reason in result.rejected)
    assert result.cards == []
    assert sum("quote not in the document" in reason for reason in result.rejected) == 10
    assert (
        sum(reason.endswith("no quote from the document left") for reason in result.rejected) == 5
    )
