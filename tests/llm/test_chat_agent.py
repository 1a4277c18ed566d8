"""The LLM chat agent's whole tool loop against recorded traffic from a real local server.

Recorded with scripts/record_cassettes.sh (llama-cpp-python 0.3.36, chatml-function-calling,
Qwen2.5-Coder-1.5B-Instruct Q4_K_M). A method question: the first call must name
search_knowledge; the tool runs against the shipped knowledge base (its answer engine is the
same model, so its rewrite and grounded-answer calls are in the cassette too); the tool's result
goes back as a user turn (that server does not render tool turns), and the last call, asked for
text, sees the earlier call as a sentence (shown its own ``functions.name:`` syntax, the model
wrote another call instead of an answer); it writes the answer, which the guards accept, and the
knowledge base's own answer follows it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

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


def _agent_requests(vcr: Cassette) -> list[dict[str, Any]]:
    bodies = [json.loads(request.body) for request in vcr.requests]
    return [
        body for body in bodies if {t["function"]["name"] for t in body.get("tools", [])} == TOOLS
    ]


def test_a_method_question_runs_search_tool_result_and_answer_end_to_end(
    llm_settings: Settings, shipped_service: KnowledgeService, tmp_path: Path, vcr: Cassette
) -> None:
    services = Services(settings=llm_settings, _knowledge=shipped_service)
    tools = services.chat_tools()
    model = make_chat_model(llm_settings, max_tokens=300)
    assert model is not None
    engine = LlmChatEngine(
        model, model_name=llm_settings.llm_model, tools=tools, offline=OfflineChatEngine(tools)
    )
    question = "Hoe isoleer je het effect van een training op de resultaten?"
    reply = engine.respond(Turn(text=question, state=ChatState(), user_history=[])).reply

    first, last = _agent_requests(vcr)
    assert first["tool_choice"] == {"type": "function", "function": {"name": "search_knowledge"}}
    assert first["messages"][0]["role"] == "system"
    assert first["messages"][-1]["content"] == question
    assert len(vcr.requests) == 2  # the search tool's answer engine is the shipped offline one
    call, result = last["messages"][-2:]
    assert call == {
        "role": "assistant",
        "content": f'I called search_knowledge with {{"question": "{question}"}}.',
    }
    assert result["role"] == "user" and result["content"].startswith("Result of search_knowledge:")
    assert '"covered": true' in result["content"]
    assert last["tool_choice"] == "none"
    assert all(response["status"]["code"] == 200 for response in vcr.responses)

    assert reply.engine.engine == "llm", reply.engine.fallback_reason
    assert reply.engine.model == llm_settings.llm_model
    assert reply.language.value == "nl"
    written = json.loads(vcr.responses[-1]["body"]["string"])["choices"][0]["message"]["content"]
    lead, knowledge = reply.text.split("\n\nUit de kennisbank:\n")
    assert lead and lead in written  # the model's answer leads, then the knowledge base's own
    assert knowledge == json.loads(result["content"].split(":", 1)[1])["answer"]
    known = {chunk.chunk_id for chunk in shipped_service.index.snapshot.chunks}
    assert reply.citations and {c.chunk_id for c in reply.citations} <= known
    services.close()
