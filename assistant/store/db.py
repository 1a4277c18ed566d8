"""The database: ``make_engine(settings)`` (SQLite in the data directory by default, any
SQLAlchemy URL in ``EVALASSIST_DATABASE_URL``), the declarative ``Base`` every table derives from,
and ``transaction``: a session that commits on success and rolls back on any error."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker

from assistant.settings import Settings


class Base(DeclarativeBase):
    """Every table's base; ``Base.metadata.create_all(engine)`` creates what is missing."""


def make_engine(settings: Settings) -> Engine:
    """The engine for ``settings.resolved_database_url``; SQLite gets WAL and foreign keys."""
    url = settings.resolved_database_url
    if url.startswith("sqlite"):
        settings.ensure_data_dir()
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _sqlite_pragmas(connection: Any, _record: Any) -> None:
    cursor = connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work: everything inside commits together or not at all."""
    with factory() as session, session.begin():
        yield session
