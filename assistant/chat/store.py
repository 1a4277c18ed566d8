"""Chat sessions in the shared database: a session row with its state, one row per message."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, String, Text, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, Session, mapped_column, sessionmaker

from assistant.chat.models import (
    ChatMessage,
    ChatReply,
    ChatSession,
    ChatSessionInfo,
    ChatState,
    SessionPage,
)
from assistant.errors import ConflictError, InvalidInputError, NotFoundError
from assistant.messages import Text as Message
from assistant.store.db import Base, transaction
from assistant.text.language import Language
from assistant.workspaces import DEFAULT_WORKSPACE


class ChatSessionRow(Base):
    __tablename__ = "chat_sessions"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    # Whose it is: the workspace of the API key that made it (assistant.workspaces).
    workspace: Mapped[str] = mapped_column(
        String(63), index=True, default=DEFAULT_WORKSPACE, server_default=DEFAULT_WORKSPACE
    )
    title: Mapped[str] = mapped_column(String(200))
    titled: Mapped[bool] = mapped_column(default=False)
    language: Mapped[str | None] = mapped_column(String(2), nullable=True)
    state: Mapped[str] = mapped_column(Text)
    messages: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)


class ChatMessageRow(Base):
    __tablename__ = "chat_messages"

    session_id: Mapped[str] = mapped_column(
        ForeignKey("chat_sessions.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    role: Mapped[str] = mapped_column(String(10))
    text: Mapped[str] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(2), nullable=True)
    intent: Mapped[str | None] = mapped_column(String(40), nullable=True)
    reply: Mapped[dict[str, object] | None] = mapped_column(JSON, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


def _now() -> datetime:
    return datetime.now(UTC)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _info(row: ChatSessionRow) -> ChatSessionInfo:
    return ChatSessionInfo(
        id=row.id,
        title=row.title,
        language=Language(row.language) if row.language else None,
        created_at=_aware(row.created_at),
        updated_at=_aware(row.updated_at),
        messages=row.messages,
    )


def _message(row: ChatMessageRow) -> ChatMessage:
    return ChatMessage(
        position=row.position,
        role="user" if row.role == "user" else "assistant",
        text=row.text,
        language=Language(row.language) if row.language else None,
        intent=row.intent,
        reply=ChatReply.model_validate(row.reply) if row.reply else None,
        created_at=_aware(row.created_at),
    )


class ChatRepository:
    """One workspace's sessions and their messages (another workspace's are not found); a
    turn (question, answer, new state) commits as one."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        *,
        workspace: str = DEFAULT_WORKSPACE,
        max_sessions: int | None = None,
    ) -> None:
        self._sessions = sessions
        self.workspace = workspace
        self.max_sessions = max_sessions

    def scoped(self, workspace: str) -> ChatRepository:
        return ChatRepository(self._sessions, workspace=workspace, max_sessions=self.max_sessions)

    def _mine(self) -> Any:
        return ChatSessionRow.workspace == self.workspace

    def create(self, *, title: str | None, language: Language | None) -> ChatSessionInfo:
        now = _now()
        row = ChatSessionRow(
            id=uuid.uuid4().hex, workspace=self.workspace, title=title or "",
            titled=title is not None,
            language=language.value if language else None,
            state=ChatState().model_dump_json(), messages=0, created_at=now, updated_at=now,
        )  # fmt: skip
        with transaction(self._sessions) as session:
            held = session.scalar(
                select(func.count()).select_from(ChatSessionRow).where(self._mine())
            )
            if self.max_sessions is not None and (held or 0) >= self.max_sessions:
                raise InvalidInputError(
                    Message.of(
                        "chat.too_many_sessions",
                        limit=f"{self.max_sessions:,}",
                        setting="EVALASSIST_MAX_SESSIONS_PER_WORKSPACE",
                    )
                )
            session.add(row)
        return _info(row)

    def _row(self, session: Session, session_id: str) -> ChatSessionRow:
        row = session.get(ChatSessionRow, session_id)
        if row is None or row.workspace != self.workspace:
            raise NotFoundError(Message.of("chat.session_not_found", session_id=repr(session_id)))
        return row

    def get(self, session_id: str, *, history: bool = True) -> ChatSession:
        with self._sessions() as session:
            row = self._row(session, session_id)
            messages = []
            if history:
                rows = session.scalars(
                    select(ChatMessageRow)
                    .where(ChatMessageRow.session_id == session_id)
                    .order_by(ChatMessageRow.position)
                ).all()
                messages = [_message(item) for item in rows]
            return ChatSession(
                **_info(row).model_dump(),
                state=ChatState.model_validate_json(row.state),
                history=messages,
            )

    def user_texts(self, session_id: str) -> list[str]:
        with self._sessions() as session:
            return list(session.scalars(
                select(ChatMessageRow.text)
                .where(ChatMessageRow.session_id == session_id, ChatMessageRow.role == "user")
                .order_by(ChatMessageRow.position)
            ).all())  # fmt: skip

    def list(self, *, offset: int, limit: int) -> SessionPage:
        with self._sessions() as session:
            total = (
                session.scalar(select(func.count()).select_from(ChatSessionRow).where(self._mine()))
                or 0
            )
            rows = session.scalars(
                select(ChatSessionRow)
                .where(self._mine())
                .order_by(ChatSessionRow.updated_at.desc(), ChatSessionRow.id)
                .offset(offset)
                .limit(limit)
            ).all()
            return SessionPage(items=[_info(r) for r in rows], total=total, offset=offset,
                               limit=limit)  # fmt: skip

    def update(self, session_id: str, *, fields: dict[str, object]) -> ChatSessionInfo:
        with transaction(self._sessions) as session:
            row = self._row(session, session_id)
            if "title" in fields and fields["title"] is not None:
                row.title, row.titled = str(fields["title"]), True
            if "language" in fields:
                language = fields["language"]
                row.language = str(language) if language is not None else None
            row.updated_at = _now()
            return _info(row)

    def delete(self, session_id: str) -> None:
        with transaction(self._sessions) as session:
            session.delete(self._row(session, session_id))

    def add_turn(
        self, session_id: str, *, text: str, language: Language, reply: ChatReply,
        state: ChatState, expected_messages: int,
    ) -> None:  # fmt: skip
        """Store the user's message, the reply and the new state; a concurrent turn conflicts."""
        now = _now()
        conflict = ConflictError(
            f"Chat session {session_id!r} received another message at the same time; "
            "send this one again."
        )
        try:
            with transaction(self._sessions) as session:
                row = self._row(session, session_id)
                if row.messages != expected_messages:
                    raise conflict
                position = row.messages
                session.add(ChatMessageRow(
                    session_id=session_id, position=position, role="user", text=text,
                    language=language.value, intent=reply.intent.value, created_at=now,
                ))  # fmt: skip
                session.add(ChatMessageRow(
                    session_id=session_id, position=position + 1, role="assistant",
                    text=reply.text, language=reply.language.value, intent=reply.intent.value,
                    reply=reply.model_dump(mode="json"), created_at=now,
                ))  # fmt: skip
                row.messages = position + 2
                row.state = state.model_dump_json()
                row.updated_at = now
                if not row.titled and not row.title and text.strip():
                    row.title = _title(text)
        except IntegrityError as exc:  # the same position written twice
            raise conflict from exc


def _title(text: str) -> str:
    """A session's automatic title: the start of its first message."""
    words = " ".join(text.split())
    return words if len(words) <= 60 else words[:59].rstrip() + "…"
