"""Persistence: one SQLAlchemy 2 engine for every stored capability (plans, later jobs, chats)."""

from assistant.store.db import Base, make_engine, make_session_factory, transaction

__all__ = ["Base", "make_engine", "make_session_factory", "transaction"]
