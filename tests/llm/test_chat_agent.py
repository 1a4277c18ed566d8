"""The LLM chat agent against recorded traffic from a real OpenAI-compatible server.

Recorded with scripts/record_cassettes.sh (llama.cpp + SmolLM2-135M, which never picks a tool
on its own): the request advertises the six domain tools with the system prompt and the state,
and the model's free text still passes the money rule. The tool loop itself is proven with a
scripted model in tests/chat/test_llm_agent.py.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from vcr.cassette import Cassette

from assistant.chat.agent import LlmChatEngine
from assistant.chat.context import ChatTools
from assistant.chat.engine import OfflineChatEngine, Turn
from assistant.chat.models import ChatState
from assistant.llm import make_chat_model
from assistant.services import Services
from assistant.settings import Settings
from knowledge_base.service import KnowledgeService

pytestmark = [pytest.mark.llm, pytest.mark.vcr]
TOOLS = {
    "search_knowledge", "compute_roi", "code_feedback", "check_objective", "draft_plan",
    "revise_plan",
}  # fmt: skip


def test_agent_turn_advertises_the_tools_and_answers_in_the_users_language(
    llm_settings: Settings, shipped_service: KnowledgeService, tmp_path: Path, vcr: Cassette
) -> None:
    services = Services(settings=llm_settings, _knowledge=shipped_service)
    tools = ChatTools.from_services(services)
    model = make_chat_model(llm_settings, max_tokens=120)
    assert model is not None
    engine = LlmChatEngine(
        model, model_name="smollm2", tools=tools, offline=OfflineChatEngine(tools)
    )
    question = "Hoe isoleer je het effect van een training op de resultaten?"
    reply = engine.respond(Turn(text=question, state=ChatState(), user_history=[])).reply

    body = json.loads(vcr.requests[0].body)
    assert {tool["function"]["name"] for tool in body["tools"]} == TOOLS
    assert body["messages"][0]["role"] == "system"
    assert "compute_roi" in body["messages"][0]["content"]
    assert body["messages"][-1]["content"] == question
    assert reply.engine.engine == "llm"
    assert reply.engine.model == "smollm2"
    assert reply.language.value == "nl"
    assert reply.text
    services.close()
