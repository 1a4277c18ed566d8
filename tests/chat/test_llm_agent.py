"""The LLM chat agent's loop with a scripted model: tools run through the domain, errors reach
the model, steps are bounded, the money rule holds, and failures fall back to offline."""

from __future__ import annotations

import json
import socket
from typing import Any

import pytest

from assistant.chat.agent import LlmChatEngine
from assistant.chat.engine import OfflineChatEngine, Turn
from assistant.chat.models import ChatState
from assistant.llm import make_chat_model
from assistant.roi import RoiInput, compute_roi
from assistant.services import Services
from assistant.settings import Settings
from assistant.text.language import Language, detect_language
from knowledge_base.models import AskRequest
from tests.fakes import ScriptedToolModel

ROI_INPUT = {
    "participants": 10,
    "costs": [
        {"category": "delivery", "description": "Trainer", "amount": "20000"},
        {"category": "participant_time", "description": "Salaries", "amount": "5000"},
    ],
    "benefits": [
        {"description": "Fewer errors", "amount": "4000", "period": "month",
         "isolation_method": "control_group"},
    ],
}  # fmt: skip


def _engine(
    services: Services, script: list[tuple[str, dict[str, Any]]], **kwargs: Any
) -> tuple[LlmChatEngine, ScriptedToolModel]:
    model = ScriptedToolModel(script=script, seen=[], tool_choices=[])
    tools = services.chat_tools()
    engine = LlmChatEngine(
        model, model_name="scripted", tools=tools, offline=OfflineChatEngine(tools), **kwargs
    )
    return engine, model


def _turn(text: str) -> Turn:
    return Turn(text=text, state=ChatState(), user_history=[])


def test_roi_comes_from_the_calculator_and_its_figures_may_be_quoted(services: Services) -> None:
    expected = compute_roi(RoiInput.model_validate(ROI_INPUT), lang="en")
    script: list[tuple[str, dict[str, Any]]] = [
        ("compute_roi", {"roi_input": ROI_INPUT}),
        ("text", {"content": f"The ROI is {expected.roi_pct}% with a BCR of {expected.bcr}."}),
    ]
    engine, model = _engine(services, script, guard_turns=False)  # the agent's own ROI loop
    outcome = engine.respond(_turn("What is the ROI of our programme?"))
    assert "search_knowledge" not in model.tool_choices
    reply = outcome.reply
    assert reply.engine.engine == "llm"
    assert reply.tools.roi_result == expected
    assert outcome.state.roi_result == expected
    assert str(expected.roi_pct) in reply.text and not reply.notes
    tool_message = model.seen[1][-1]
    assert str(expected.roi_pct) in str(tool_message.content)


def test_an_invented_money_figure_is_removed(services: Services) -> None:
    script = [("text", {"content": "Your ROI will be 480% for sure."})]
    engine, _ = _engine(services, script, guard_turns=False)  # the money rule, whatever the turn
    reply = engine.respond(_turn("What ROI can we expect?")).reply
    assert reply.engine.engine == "llm"
    assert "480" not in reply.text
    assert reply.notes == ["removed unaccounted figure 480"]


def test_a_tool_error_is_shown_to_the_model_not_swallowed(services: Services) -> None:
    bad = {"participants": 10, "costs": [], "benefits": []}
    script: list[tuple[str, dict[str, Any]]] = [
        ("compute_roi", {"roi_input": bad}),
        ("text", {"content": "Which costs are there?"}),
    ]
    engine, model = _engine(services, script, guard_turns=False)
    reply = engine.respond(_turn("Compute the ROI please")).reply
    error = str(model.seen[1][-1].content)
    assert error.startswith("error:") and "costs" in error
    assert reply.text == "Which costs are there?"
    assert reply.tools.roi_result is None


def test_citations_from_the_knowledge_base_are_carried(services: Services) -> None:
    script = [
        ("search_knowledge", {"question": "Hoe isoleer je het effect van een training?"}),
        ("text", {"content": "Met een controlegroep of schattingen [1]."}),
    ]
    engine, model = _engine(services, script)
    reply = engine.respond(_turn("Hoe isoleer je het effect van een training?")).reply
    assert model.tool_choices[0] == "search_knowledge"  # a method question is grounded first
    assert model.tool_choices[1] == "none"  # the search is in: now the answer
    assert reply.citations
    assert reply.language.value == "nl"
    known = {chunk.chunk_id for chunk in services.knowledge.index.snapshot.chunks}
    assert {c.chunk_id for c in reply.citations} <= known


def test_an_accepted_method_answer_keeps_the_knowledge_bases_answer_under_it(
    services: Services,
) -> None:
    question = "How do I isolate the effect of a training programme on results?"
    written = "Compare with a control group [1]."
    script = [("search_knowledge", {"question": question}), ("text", {"content": written})]
    engine, _ = _engine(services, script)
    offline = services.knowledge.ask(AskRequest(question=question, language="en"))
    reply = engine.respond(_turn(question)).reply
    assert reply.engine.engine == "llm"
    assert offline.covered
    lead, knowledge = reply.text.split("\n\nFrom the knowledge base:\n")
    assert lead == written
    assert knowledge == offline.answer  # the one search of the turn: numbered alike


def test_a_model_answer_without_a_covering_search_stands_alone(services: Services) -> None:
    engine, _ = _engine(services, [("text", {"content": "Hello! How can I help?"})])
    reply = engine.respond(_turn("Thanks, that helps!")).reply
    assert reply.engine.engine == "llm" and reply.text == "Hello! How can I help?"


def test_steps_are_bounded_then_the_offline_engine_answers(services: Services) -> None:
    forever = [("check_objective", {"text": "Improve communication."})]
    engine, model = _engine(services, forever, max_steps=2, guard_turns=False)
    reply = engine.respond(_turn("Is 'Improve communication.' SMART?")).reply
    assert len(model.seen) == 2
    assert reply.engine.engine == "offline-fallback"
    assert reply.engine.fallback_reason and "Recursion" in reply.engine.fallback_reason
    assert reply.text


def test_a_provider_that_is_down_hands_the_turn_to_offline(services: Services) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings = Settings(
        data_dir=services.settings.data_dir, llm_provider="openai", llm_model="down",
        openai_api_key="x", openai_base_url=f"http://127.0.0.1:{port}/v1", llm_max_retries=0,
    )  # fmt: skip
    model = make_chat_model(settings)
    assert model is not None
    tools = services.chat_tools()
    engine = LlmChatEngine(model, model_name="down", tools=tools, offline=OfflineChatEngine(tools))
    reply = engine.respond(_turn("Wat meet je op niveau drie?")).reply
    assert reply.engine.engine == "offline-fallback"
    assert reply.engine.fallback_reason and "Connection" in reply.engine.fallback_reason
    assert reply.text


def test_the_knowledge_tool_answers_in_the_conversations_language(services: Services) -> None:
    question = "Hoe werkt de return on investment in learning and development?"
    script = [
        ("search_knowledge", {"question": question}),
        ("text", {"content": "Zo werkt het [1]."}),
    ]
    engine, model = _engine(services, script)
    state = ChatState(language=Language.NL)
    engine.respond(Turn(text=question, state=state, user_history=[]))
    tool_output = json.loads(str(model.seen[1][-1].content))
    assert detect_language(tool_output["answer"]) == "nl", tool_output


def test_tasks_figures_and_open_tasks_are_the_offline_engines_not_the_models(
    services: Services,
) -> None:
    engine, model = _engine(services, [("text", {"content": "never asked"})])
    for task in ("Ik wil de ROI van onze training berekenen.", "Maak een evaluatieplan."):
        assert engine.respond(_turn(task)).reply.engine.engine == "offline"
    figures = engine.respond(_turn("The agency billed us $45k and 20 people took part."))
    assert figures.reply.engine.engine == "offline" and not model.seen
    assert figures.state.awaiting is not None  # the offline reader opened the ROI
    follow_up = Turn(text="yes", state=figures.state, user_history=[figures.reply.text])
    assert engine.respond(follow_up).reply.engine.engine == "offline"
    assert not model.seen


@pytest.mark.parametrize(
    ("written", "reason"),
    [
        ("The sources do not cover this question, sorry.", "while the search found them"),
        ("Je gebruikt een controlegroep of schattingen van deelnemers [1].", "the answer is in nl"),
    ],
)
def test_a_method_answer_worse_than_the_search_found_is_replaced(
    services: Services, written: str, reason: str
) -> None:
    question = "How do I isolate the effect of a training programme on results?"
    script = [("search_knowledge", {"question": question}), ("text", {"content": written})]
    engine, _ = _engine(services, script)
    reply = engine.respond(_turn(question)).reply
    assert reply.engine.engine == "offline-fallback"
    assert reply.engine.fallback_reason and reason in reply.engine.fallback_reason
    assert reply.language.value == "en" and reply.citations


def test_a_function_call_written_as_the_answer_is_replaced(services: Services) -> None:
    engine, _ = _engine(services, [("text", {"content": 'functions.compute_roi:\n{"x": 1}'})])
    reply = engine.respond(_turn("What does the behaviour level measure?")).reply
    assert reply.engine.engine == "offline-fallback"
    assert reply.engine.fallback_reason and "function call as its answer" in (
        reply.engine.fallback_reason
    )
