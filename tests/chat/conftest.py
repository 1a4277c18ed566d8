"""Chat fixtures: the services over the shared shipped knowledge index, and a conversation
helper that checks the money rule on every reply it gets."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import pytest

from assistant.chat import ChatReply, ChatService, MessageIn, SessionCreate, guard
from assistant.roi import compute_roi
from assistant.services import Services
from assistant.settings import Settings
from assistant.text.language import Language
from knowledge_base.service import KnowledgeService


@pytest.fixture
def services(tmp_path: Path, shipped_service: KnowledgeService) -> Iterator[Services]:
    """Fresh database per test; the knowledge index is the session-wide shipped one."""
    settings = Settings(data_dir=tmp_path / "data")
    built = Services(settings=settings, _knowledge=shipped_service)
    yield built
    built.close()


@pytest.fixture
def chat(services: Services) -> ChatService:
    return services.chat


def assert_money_rule(reply: ChatReply, *, user: list[str], calculator: set[Decimal]) -> None:
    """Every number in the reply comes from the user, the calculator, or this reply's tools."""
    tools = guard.numbers_of(reply.tools) | {Decimal(c.n) for c in reply.citations}
    quoted: set[Decimal] = set().union(*(guard.numbers_in(c.quote) for c in reply.citations))
    sources = guard.Sources(
        calculator=calculator, user=guard.user_numbers(user), tools=tools, quoted=quoted
    )
    problems = guard.violations(reply.text, sources)
    assert not problems, f"unaccounted figures {problems} in: {reply.text}"
    money_problems = [p for p in problems if p.money]
    assert not money_problems


@dataclass
class Conversation:
    """Send messages one by one; each reply is checked against the money rule."""

    services: Services
    language: Language | None = None
    session_id: str = ""
    user: list[str] = field(default_factory=list)
    calculator: set[Decimal] = field(default_factory=set)
    replies: list[ChatReply] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.session_id = self.chat.create(SessionCreate(language=self.language)).id

    @property
    def chat(self) -> ChatService:
        return self.services.chat

    def say(self, text: str) -> ChatReply:
        self.user.append(text)
        reply = self.chat.send(self.session_id, MessageIn(text=text))
        if reply.tools.roi_result is not None:
            self.calculator |= guard.numbers_of(reply.tools.roi_result)
        if reply.tools.roi_input is not None:  # the confirmation shows the calculator's steps
            self.calculator |= guard.numbers_of(compute_roi(reply.tools.roi_input))
        if reply.tools.plan is not None:
            forecast = self.services.plans.get(reply.tools.plan.plan_id).plan.roi_forecast
            self.calculator |= guard.numbers_of(forecast)
        assert_money_rule(reply, user=self.user, calculator=self.calculator)
        assert not reply.notes, reply.notes
        self.replies.append(reply)
        return reply


@pytest.fixture
def talk(services: Services) -> Callable[..., Conversation]:
    def start(language: Language | None = None) -> Conversation:
        return Conversation(services=services, language=language)

    return start
