"""The LLM chat agent against recorded traffic from a real OpenAI-compatible server.

Recorded with scripts/record_cassettes.sh (llama.cpp + SmolLM2-135M). A method question makes
the first call name search_knowledge (SmolLM2 never picks a tool on its own); the tool runs
against the shipped knowledge base and its result goes back to the server, which refuses that
second request (llama-cpp-python 0.3.36 rejects an assistant tool-call message whose content is
null, as OpenAI sends it): HTTP 500, so the offline engine answers, with citations. The
successful multi-step paths are proven with a scripted model in tests/chat/test_llm_agent.py.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from vcr.cassette import Cassette

from assistant.chat.agent import LlmChatEngine
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


def test_method_question_calls_the_knowledge_tool_then_falls_back_on_a_server_error(
    llm_settings: Settings, shipped_service: KnowledgeService, tmp_path: Path, vcr: Cassette
) -> None:
    services = Services(settings=llm_settings, _knowledge=shipped_service)
    tools = services.chat_tools()
    model = make_chat_model(llm_settings, max_tokens=120)
    assert model is not None
    engine = LlmChatEngine(
        model, model_name="smollm2", tools=tools, offline=OfflineChatEngine(tools)
    )
    question = "Hoe isoleer je het effect van een training op de resultaten?"
    reply = engine.respond(Turn(text=question, state=ChatState(), user_history=[])).reply

    first = json.loads(vcr.requests[0].body)
    assert {tool["function"]["name"] for tool in first["tools"]} == TOOLS
    assert first["tool_choice"]["function"]["name"] == "search_knowledge"
    assert first["messages"][0]["role"] == "system"
    assert "compute_roi" in first["messages"][0]["content"]
    assert first["messages"][-1]["content"] == question
    assert len(vcr.requests) == 2
    second = json.loads(vcr.requests[1].body)
    assert second["messages"][-1]["role"] == "tool"
    assert '"answer"' in second["messages"][-1]["content"]
    assert second.get("tool_choice") in (None, "auto")
    assert vcr.responses[1]["status"]["code"] == 500
    assert reply.engine.engine == "offline-fallback"
    assert reply.engine.fallback_reason and "500" in reply.engine.fallback_reason
    assert reply.engine.fallback_reason.startswith("smollm2: ")
    assert reply.engine.prompt_version == "chat-offline-1"
    assert reply.language.value == "nl"
    assert reply.text
    known = {chunk.chunk_id for chunk in shipped_service.index.snapshot.chunks}
    assert reply.citations and {c.chunk_id for c in reply.citations} <= known
    services.close()
