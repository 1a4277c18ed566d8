"""Chat sessions and their turns in the database, on SQLite and PostgreSQL: a replica that
takes over a session reads what another stored, and two turns sent at once do not both land."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from assistant.chat.models import ChatReply, ChatState, Intent
from assistant.chat.store import ChatRepository
from assistant.errors import ConflictError, NotFoundError
from assistant.store.db import make_session_factory
from assistant.text.language import Language


def _reply(text: str) -> ChatReply:
    return ChatReply(text=text, language=Language.NL, intent=Intent.ASK_METHOD)


def test_a_turn_stored_by_one_process_is_read_by_another(db_engine: Engine) -> None:
    first, second = (ChatRepository(make_session_factory(db_engine)) for _ in range(2))
    info = first.create(title=None, language=Language.NL)
    first.add_turn(
        info.id, text="Wat is niveau 3?", language=Language.NL, reply=_reply("Gedrag."),
        state=ChatState(), expected_messages=0,
    )  # fmt: skip
    session = second.get(info.id)
    assert [m.text for m in session.history] == ["Wat is niveau 3?", "Gedrag."]
    assert session.history[1].reply == _reply("Gedrag.")
    assert second.list(offset=0, limit=10).items[0].title == "Wat is niveau 3?"


def test_a_turn_on_a_stale_history_conflicts_and_delete_removes_the_messages(
    db_engine: Engine,
) -> None:
    repository = ChatRepository(make_session_factory(db_engine))
    info = repository.create(title="t", language=None)
    repository.add_turn(
        info.id, text="a", language=Language.NL, reply=_reply("b"), state=ChatState(),
        expected_messages=0,
    )  # fmt: skip
    with pytest.raises(ConflictError):
        repository.add_turn(
            info.id, text="c", language=Language.NL, reply=_reply("d"), state=ChatState(),
            expected_messages=0,
        )  # fmt: skip
    assert len(repository.get(info.id).history) == 2
    repository.delete(info.id)
    with pytest.raises(NotFoundError):
        repository.get(info.id)
