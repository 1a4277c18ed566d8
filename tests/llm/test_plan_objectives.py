"""The LLM plan engine against recorded traffic from a real OpenAI-compatible server.

Recorded with scripts/record_cassettes.sh (llama.cpp + SmolLM2-135M): request shape, tool-call
parsing and the guard against invented figures. SmolLM2's wording is not judged here.
"""

from __future__ import annotations

import json

import pytest
from vcr.cassette import Cassette

from assistant.llm import make_chat_model
from assistant.planning.plan import OfflineComposer, draft_plan
from assistant.planning.plan.llm_composer import LlmComposer
from assistant.planning.plan.rules import broken_rules
from assistant.settings import Settings
from tests.plan_fixtures import example_request

pytestmark = [pytest.mark.llm, pytest.mark.vcr]


def test_plan_engine_sends_the_method_objectives_and_keeps_the_hard_rules(
    llm_settings: Settings,
    composer: OfflineComposer,
    known_chunk_ids: set[str],
    vcr: Cassette,
) -> None:
    model = make_chat_model(llm_settings, max_tokens=400)
    assert model is not None
    llm = LlmComposer(model, model_name="smollm2", offline=composer)
    request = example_request("leadership_brief.json")
    offline = draft_plan(request, composer=composer)

    plan = draft_plan(request, composer=llm)

    sent = json.loads(vcr.requests[0].body)
    assert sent["tools"][0]["function"]["name"] == "ObjectiveRewrites"
    prompt = sent["messages"][0]["content"]
    for objective in offline.objectives:
        assert (objective.id in prompt) == (objective.origin == "method")
    assert plan.engine.model == "smollm2"
    assert plan.citations == offline.citations
    assert plan.roi_forecast == offline.roi_forecast
    # As recorded (with the method-card quotes as passages): SmolLM2's first arguments are
    # accepted, and an accepted rewrite must still keep every hard rule. (A rejected answer sent
    # back once, and the fallback after a second failure, are covered with a scripted model in
    # tests/unit/plans.)
    assert len(vcr.requests) == 1
    assert plan.engine.engine == "llm" and plan.engine.fallback_reason is None
    assert broken_rules(plan, exists=known_chunk_ids.__contains__) == []
    assert [o.id for o in plan.objectives] == [o.id for o in offline.objectives]
    assert plan.objectives != offline.objectives  # the model's wording was taken
