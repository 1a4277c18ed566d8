"""The chat engine seam and the offline engine: route, call one tool, reply, check the figures.

``ChatEngine`` is what ``ChatService`` calls; ``assistant/engines.py`` picks the implementation
from the settings (this offline engine, or the LLM agent in ``agent.py`` falling back to it).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Protocol

from assistant.chat import guard, handle_other, handle_plan, handle_roi
from assistant.chat.context import ChatTools, Ctx, Draft
from assistant.chat.models import ChatReply, ChatState, Intent
from assistant.chat.reply_language import choose_language
from assistant.chat.router import question_in_passing, route
from assistant.llm.engine import Engine, EngineInfo
from assistant.text.language import Language

log = logging.getLogger("evalassist.chat")
READ_CHARS = 20_000
"""The engine reads at most this much of one message (a long paste of comments fits)."""
OFFLINE_VERSION = "chat-offline-1"


@dataclass(frozen=True)
class Turn:
    """One user message with everything the engine may use to answer it."""

    text: str
    state: ChatState
    user_history: Sequence[str]
    """The user's earlier messages in this session, oldest first."""
    language: Language | None = None
    """The session's reply-language override."""


@dataclass(frozen=True)
class TurnOutcome:
    reply: ChatReply
    state: ChatState


class ChatEngine(Protocol):
    """Answers one turn; each reply carries the engine record that produced it."""

    def respond(self, turn: Turn) -> TurnOutcome: ...


Handler = Callable[[Ctx], Draft]

HANDLERS: dict[Intent, Handler] = {
    Intent.ASK_METHOD: handle_other.ask_method,
    Intent.DESCRIBE_PROGRAMME: handle_plan.describe,
    Intent.DRAFT_PLAN: handle_plan.draft,
    Intent.REVISE_PLAN: handle_plan.revise,
    Intent.SHOW_PLAN: handle_plan.show,
    Intent.COMPUTE_ROI: handle_roi.compute,
    Intent.CORRECT_ROI: lambda ctx: handle_roi.compute(ctx, correction=True),
    Intent.CONFIRM_ROI: handle_roi.confirm,
    Intent.CODE_COMMENTS: handle_other.code_comments,
    Intent.CHECK_OBJECTIVE: handle_other.check,
}
_ROI_TURNS = (Intent.COMPUTE_ROI, Intent.CORRECT_ROI, Intent.CONFIRM_ROI)
_PHRASE_ONLY = {
    Intent.GREETING: "greeting",
    Intent.HELP: "help",
    Intent.SMALLTALK: "smalltalk",
    Intent.OUT_OF_SCOPE: "out_of_scope",
    Intent.UNCLEAR: "unclear",
    Intent.EMPTY: "empty",
    Intent.SAFETY: "safety",
}


class OfflineChatEngine:
    """Deterministic: the same conversation always gets the same replies."""

    info = EngineInfo(engine=Engine.OFFLINE, prompt_version=OFFLINE_VERSION)

    def __init__(self, tools: ChatTools) -> None:
        self.tools = tools

    def respond(self, turn: Turn) -> TurnOutcome:
        state = turn.state.model_copy(deep=True)
        text = turn.text[:READ_CHARS]
        language = turn.language or choose_language(text, state.language)
        intent = route(text, state)
        pending, state.pending = state.pending, []
        ctx = Ctx(text=text, language=language, state=state, tools=self.tools, seed=state.turns,
                  pending=pending)  # fmt: skip
        draft = self._handle(intent, ctx)
        reply_language = draft.language or turn.language or language
        notes = [ctx.say("long_note")] if len(turn.text) > READ_CHARS else []
        sources = _sources(turn, state, draft)
        body = "\n".join([*notes, draft.text]) if notes else draft.text
        checked, found = guard.enforce(body, sources, reply_language)
        if found:
            log.warning("money rule removed %d unaccounted figure(s)", len(found))
        state.turns += 1
        state.language = reply_language
        reply = ChatReply(
            text=checked,
            language=reply_language,
            intent=draft.intent,
            citations=draft.citations,
            tools=draft.tools,
            engine=self.info,
            notes=[f"removed unaccounted figure {v.number}" for v in found],
        )
        return TurnOutcome(reply=reply, state=state)

    def _handle(self, intent: Intent, ctx: Ctx) -> Draft:
        if intent in _PHRASE_ONLY:
            draft = Draft(intent, ctx.say(_PHRASE_ONLY[intent]))
        else:
            draft = HANDLERS[intent](ctx)
        if intent in (Intent.COMPUTE_ROI, Intent.CORRECT_ROI):
            draft = _answering_in_passing(draft, ctx)
        if intent not in _ROI_TURNS and intent not in (Intent.SAFETY, Intent.EMPTY):
            waiting = handle_roi.resume(ctx)
            if waiting is not None:  # the aside is answered; the ROI keeps its thread
                draft = replace(draft, text=f"{draft.text}\n\n{waiting}")
        return draft


def _answering_in_passing(draft: Draft, ctx: Ctx) -> Draft:
    """Figures that also ask a method question get its answer first; the ROI part follows and
    ends with what it waits on. A question no card covers is left to the ROI part."""
    asked = question_in_passing(ctx.text)
    if asked is None:
        return draft
    answer = handle_other.ask_method(replace(ctx, text=asked))
    if not answer.citations:
        return draft
    return replace(draft, text=f"{answer.text}\n\n{draft.text}", citations=answer.citations)


def _sources(turn: Turn, state: ChatState, draft: Draft) -> guard.Sources:
    calculator = guard.numbers_of(state.roi_result)
    user = guard.user_numbers([*turn.user_history, turn.text[:READ_CHARS]])
    user |= guard.numbers_of(state.roi_input)
    tools = guard.numbers_of(draft.tools) | draft.numbers
    quoted: set[Decimal] = set().union(*(guard.numbers_in(c.quote) for c in draft.citations))
    tools |= {Decimal(c.n) for c in draft.citations}
    if draft.tools.plan is not None:
        tools |= {Decimal(draft.tools.plan.version)}
    if len(turn.text) > READ_CHARS:
        tools |= {Decimal(READ_CHARS)}
    calculator |= draft.calculator | guard.numbers_of(draft.tools.roi_result)
    return guard.Sources(calculator=calculator, user=user, tools=tools, quoted=quoted)
