"""What a handler gets (``Ctx``: the message, its language, the session's state, the tools) and
what it gives back (``Draft``: the reply text and the structured results behind it)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Protocol

from assistant.chat.models import ChatState, Intent, ToolResults
from assistant.chat.texts import say
from assistant.feedback.models import CodedComment, CommentIn
from assistant.text.language import Language
from knowledge_base.models import Answer, AskRequest, Citation

if TYPE_CHECKING:
    from assistant.planning.plan import Plan, PlanDraftRequest
    from assistant.store.plans import PlanRecord


class PlanDesk(Protocol):
    """Drafting and storing plans (``PlanService`` has it)."""

    def create(self, request: PlanDraftRequest) -> PlanRecord: ...

    def get(self, plan_id: str, version: int | None = None) -> PlanRecord: ...

    def update(self, plan_id: str, plan: Plan) -> PlanRecord: ...


@dataclass(frozen=True)
class ChatTools:
    """The domain capabilities a chat turn may call; each is the same function REST calls."""

    ask: Callable[[AskRequest], Answer]
    code: Callable[[Sequence[CommentIn]], list[CodedComment]]
    plans: Callable[[], PlanDesk]


@dataclass
class Ctx:
    text: str
    language: Language
    state: ChatState
    tools: ChatTools
    seed: int
    pending: list[str] = field(default_factory=list)
    """The brief fields the previous reply asked about."""

    def say(self, key: str, **values: object) -> str:
        return say(key, self.language, self.seed, **values)


@dataclass
class Draft:
    """A handler's reply before the money rule checks it."""

    intent: Intent
    text: str
    tools: ToolResults = field(default_factory=ToolResults)
    citations: list[Citation] = field(default_factory=list)
    numbers: set[Decimal] = field(default_factory=set)
    """Counts the handler computed itself (comments coded, criteria met): plain, never money."""
    calculator: set[Decimal] = field(default_factory=set)
    """Figures of a calculator result the tool computed this turn (a plan's ROI forecast), or
    the figure reader's own arithmetic on the user's figures that a question shows ("6 × € 1.100"
    read as € 6.600, asked about beside another reading)."""
    language: Language | None = None
    """The language the text is actually in, when a tool decided it (a knowledge-base answer
    follows the question's language)."""
