"""The LLM chat engine: a LangChain agent over the domain tools, checked by the money rule.

The agent gets the session's state, the user's recent messages and six tools. It may take at
most ``max_steps`` model calls in a turn. A failing provider, an exhausted step budget or an
empty answer hands the turn to the offline engine, which says so in ``engine``. Whatever the
model writes passes the same money rule as offline replies: a figure that did not come from the
calculator, the user or a tool of this turn is removed.

Guards keep the model from making a turn worse than the offline engine would:
- the model takes method questions and free talk only; a task (an ROI, a brief, a plan, coding,
  a SMART check), a message with figures, or any turn while a task is open is the offline
  engine's, whose figure reader and state machine carry the task to the calculator: a model that
  misreads one figure costs a wrong ROI, and one that starts a task leaves no state to finish it
  (measured: a blind ROI conversation whose first turn the model took was never confirmed);
- a method answer must be in the conversation's language, and may not say "not covered" when
  the knowledge search found the passages, nor be a function call written as text; else the
  offline engine answers, with the reason;
- an accepted method answer is followed by the knowledge layer's own checked answer (the one
  `evalassist ask` gives): the model's text leads, tailored to the conversation, and can only add
  to what the knowledge base says, never lose it (measured: a small model's accepted answer named
  the method but left out the steps the card gives).
"""

from __future__ import annotations

import json
import logging
import re
from decimal import Decimal
from typing import TYPE_CHECKING

from assistant.chat import guard
from assistant.chat.agent_tools import Collected, build_tools
from assistant.chat.engine import READ_CHARS, OfflineChatEngine, Turn, TurnOutcome
from assistant.chat.models import ChatReply, ChatState, Intent, ToolResults
from assistant.chat.reply_language import choose_language
from assistant.chat.router import has_figures, route
from assistant.llm.engine import EngineInfo
from assistant.prompts import load_prompt
from assistant.text.language import Language
from knowledge_base.answer_guard import language_problem, says_not_covered

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    from langchain.agents.middleware import AgentMiddleware, ModelRequest
    from langchain_core.language_models import BaseChatModel
    from langchain_core.messages import BaseMessage
    from langchain_core.runnables import RunnableConfig

    from assistant.chat.context import ChatTools

log = logging.getLogger("evalassist.chat")
# A function call written out as text (llama-cpp-python's "functions.name:" format) or as JSON.
_CALL_AS_TEXT = re.compile(r"\s*(?:functions\.\w+\s*:|\{\s*\"\w+\"\s*:)")
PROMPT = "chat/system"
MODEL_INTENTS = frozenset(
    {Intent.ASK_METHOD, Intent.SMALLTALK, Intent.OUT_OF_SCOPE, Intent.UNCLEAR}
)
"""The turns the model may take when the turn guard is on (the rest are tasks)."""
FROM_KNOWLEDGE = {Language.NL: "Uit de kennisbank:", Language.EN: "From the knowledge base:"}
HISTORY = 6
"""How many of the user's earlier messages the agent sees (the state carries the rest)."""


class LlmChatEngine:
    """Answers with a tool-using agent; the offline engine answers whenever it cannot."""

    def __init__(
        self,
        model: BaseChatModel,
        *,
        model_name: str,
        tools: ChatTools,
        offline: OfflineChatEngine,
        max_steps: int = 4,
        guard_turns: bool = True,
    ) -> None:
        """``guard_turns=False`` lets the model take figures and open tasks too (benchmarks
        compare the two; the product keeps the guard)."""
        self._model = model
        self._tools = tools
        self._offline = offline
        self._max_steps = max_steps
        self._model_name = model_name
        self.guard_turns = guard_turns

    def respond(self, turn: Turn) -> TurnOutcome:
        state = turn.state.model_copy(deep=True)
        text = turn.text[:READ_CHARS]
        intent = route(text, state)
        if self.guard_turns and not _model_turn(text, state, intent):
            return self._offline.respond(turn)  # the figure reader and the task's state
        language = turn.language or choose_language(text, state.language)
        collected = Collected()
        grounded = intent is Intent.ASK_METHOD
        try:
            answer = self._run(text, turn, state, language, collected, grounded=grounded)
        except Exception as exc:  # provider errors, step budget, malformed tool calls
            log.warning("LLM chat turn failed, answering offline: %s", exc)
            return self._fallback(turn, f"{type(exc).__name__}: {exc}"[:300])
        if not answer.strip():
            return self._fallback(turn, "the model returned an empty answer")
        worse = _worse_method_answer(answer, language, collected)
        if worse:
            return self._fallback(turn, worse)
        sources = _sources(turn, state, collected)
        checked, found = guard.enforce(
            _with_knowledge(answer, collected, language), sources, language
        )
        state.turns += 1
        state.language = language
        reply = ChatReply(
            text=checked,
            language=language,
            intent=_intent(collected),
            citations=collected.citations,
            tools=ToolResults(
                plan=collected.plan,
                roi_input=collected.roi_input,
                roi_result=collected.roi_result,
                coded_comments=collected.coded,
                smart=collected.smart,
            ),
            engine=EngineInfo.llm(self._model_name, load_prompt(PROMPT, language.value)),
            notes=[f"removed unaccounted figure {v.number}" for v in found],
        )
        return TurnOutcome(reply=reply, state=state)

    def _run(
        self,
        text: str,
        turn: Turn,
        state: ChatState,
        language: Language,
        collected: Collected,
        *,
        grounded: bool,
    ) -> str:
        from langchain.agents import create_agent
        from langchain_core.messages import HumanMessage

        prompt = load_prompt(PROMPT, language.value)
        agent = create_agent(
            self._model,
            build_tools(self._tools, state, language, collected),
            system_prompt=prompt.render(state=_state_summary(state)),
            middleware=[_search_first()] if grounded else [],
        )
        history: list[BaseMessage] = [HumanMessage(m) for m in turn.user_history[-HISTORY:]]
        config: RunnableConfig = {"recursion_limit": 2 * self._max_steps}  # model + tools steps
        messages = {"messages": [*history, HumanMessage(text)]}
        result = agent.invoke(messages, config)  # type: ignore[call-overload]  # TypedDict input
        final = result["messages"][-1]
        return final.content if isinstance(final.content, str) else ""

    def _fallback(self, turn: Turn, reason: str) -> TurnOutcome:
        outcome = self._offline.respond(turn)
        engine = outcome.reply.engine.fallen_back(self._model_name, reason)
        reply = outcome.reply.model_copy(update={"engine": engine})
        return TurnOutcome(reply=reply, state=outcome.state)


def _model_turn(text: str, state: ChatState, intent: Intent) -> bool:
    """Whether the model may take this turn: no open task, no figures, not a task."""
    return state.awaiting is None and not has_figures(text) and intent in MODEL_INTENTS


def _search_first() -> AgentMiddleware:
    """A method question is answered from the knowledge base: the first model call must call
    search_knowledge (small local models never pick a tool on their own), and once its result is
    in, the next call writes the answer (small models otherwise call the search again)."""
    from langchain.agents.middleware import wrap_model_call
    from langchain_core.messages import ToolMessage

    @wrap_model_call
    def search_first(request: ModelRequest, handler: Callable[[ModelRequest], Any]) -> Any:
        searched = any(isinstance(message, ToolMessage) for message in request.messages)
        request = request.override(tool_choice="none" if searched else "search_knowledge")
        return handler(request)

    return search_first


def _worse_method_answer(answer: str, language: Language, collected: Collected) -> str | None:
    """Why a method answer is worse than the offline one would be, if it is."""
    if _CALL_AS_TEXT.match(answer):
        return "the model wrote a function call as its answer"
    if not collected.citations:
        return None  # no knowledge search this turn: not a method answer
    wrong_language = language_problem(answer, language)
    if wrong_language:
        return wrong_language
    if says_not_covered(answer) and collected.covered:
        return "the model said the sources do not cover this, while the search found them"
    return None


def _with_knowledge(answer: str, collected: Collected, language: Language) -> str:
    """The model's answer, then what the knowledge searches of the turn answered, if they did."""
    if not collected.answers:
        return answer.strip()
    knowledge = "\n\n".join(collected.answers)
    return f"{answer.strip()}\n\n{FROM_KNOWLEDGE[language]}\n{knowledge}"


def _state_summary(state: ChatState) -> str:
    summary: dict[str, object] = {"plan_id": state.plan_id, "plan_version": state.plan_version}
    if state.roi_result is not None:
        summary["last_roi_result"] = json.loads(
            state.roi_result.model_dump_json(include={"roi_pct", "bcr", "total_costs"})
        )
    return json.dumps(summary, ensure_ascii=False)


def _sources(turn: Turn, state: ChatState, collected: Collected) -> guard.Sources:
    calculator = guard.numbers_of(state.roi_result) | guard.numbers_of(collected.roi_result)
    user = guard.user_numbers([*turn.user_history, turn.text[:READ_CHARS]])
    tools = guard.user_numbers(collected.outputs)
    quoted: set[Decimal] = set().union(*(guard.numbers_in(c.quote) for c in collected.citations))
    return guard.Sources(calculator=calculator, user=user, tools=tools, quoted=quoted)


def _intent(collected: Collected) -> Intent:
    if collected.roi_result is not None:
        return Intent.COMPUTE_ROI
    if collected.plan is not None:
        return Intent.DRAFT_PLAN
    if collected.coded:
        return Intent.CODE_COMMENTS
    if collected.smart is not None:
        return Intent.CHECK_OBJECTIVE
    return Intent.ASK_METHOD if collected.citations else Intent.SMALLTALK
