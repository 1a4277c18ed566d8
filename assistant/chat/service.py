"""``ChatService``: sessions, turns and streamed turns - what REST and the CLI call."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, Literal

from pydantic import BaseModel

from assistant.chat.engine import ChatEngine, Turn
from assistant.chat.models import (
    ChatReply,
    ChatSession,
    ChatSessionInfo,
    MessageIn,
    SessionCreate,
    SessionPage,
    SessionUpdate,
)
from assistant.chat.store import ChatRepository

EventName = Literal["tool", "token", "done"]
_CHUNK = re.compile(r"\S+\s*|\s+")
WORDS_PER_TOKEN_EVENT = 3


class ChatEvent(BaseModel):
    """One server-sent event of a streamed reply."""

    event: EventName
    data: dict[str, Any]


class ChatService:
    def __init__(self, *, repository: ChatRepository, engine: ChatEngine) -> None:
        self.repository = repository
        self.engine = engine

    def create(self, request: SessionCreate) -> ChatSession:
        info = self.repository.create(title=request.title, language=request.language)
        return self.repository.get(info.id)

    def list(self, *, offset: int = 0, limit: int = 20) -> SessionPage:
        return self.repository.list(offset=offset, limit=limit)

    def get(self, session_id: str) -> ChatSession:
        return self.repository.get(session_id)

    def update(self, session_id: str, request: SessionUpdate) -> ChatSessionInfo:
        fields = {name: getattr(request, name) for name in request.model_fields_set}
        return self.repository.update(session_id, fields=fields)

    def delete(self, session_id: str) -> None:
        self.repository.delete(session_id)

    def latest(self) -> ChatSessionInfo | None:
        page = self.repository.list(offset=0, limit=1)
        return page.items[0] if page.items else None

    def send(self, session_id: str, message: MessageIn) -> ChatReply:
        """Answer one message with the session's memory and store the turn."""
        session = self.repository.get(session_id, history=False)
        turn = Turn(
            text=message.text,
            state=session.state,
            user_history=self.repository.user_texts(session_id),
            language=session.language,
        )
        outcome = self.engine.respond(turn)
        self.repository.add_turn(
            session_id, text=message.text, language=outcome.reply.language,
            reply=outcome.reply, state=outcome.state, expected_messages=session.messages,
        )  # fmt: skip
        return outcome.reply

    def stream(self, session_id: str, message: MessageIn) -> Iterator[ChatEvent]:
        """The same turn as events: each tool result, the text in small chunks, then ``done``."""
        reply = self.send(session_id, message)
        return reply_events(reply)


def reply_events(reply: ChatReply) -> Iterator[ChatEvent]:
    tools = reply.tools.model_dump(mode="json", exclude_defaults=True)
    for name, value in tools.items():
        yield ChatEvent(event="tool", data={"tool": name, "result": value})
    if reply.citations:
        citations = [c.model_dump(mode="json") for c in reply.citations]
        yield ChatEvent(event="tool", data={"tool": "citations", "result": citations})
    pieces = _CHUNK.findall(reply.text)
    for start in range(0, len(pieces), WORDS_PER_TOKEN_EVENT):
        yield ChatEvent(event="token", data={"text": "".join(pieces[start : start + 3])})
    yield ChatEvent(event="done", data=reply.model_dump(mode="json"))


def transcript(session: ChatSession) -> str:
    """The session as Markdown, for ``/export``."""
    lines = [f"# {session.title or session.id}", ""]
    for message in session.history:
        who = "**You**" if message.role == "user" else "**evalassist**"
        lines += [f"{who}:", "", message.text, ""]
        if message.reply and message.reply.citations:
            lines += [f"[{c.n}] {c.title} ({c.source}, {c.line_start}-{c.line_end})"
                      for c in message.reply.citations] + [""]  # fmt: skip
    return "\n".join(lines)
