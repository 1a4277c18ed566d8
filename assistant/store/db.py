"""The database: ``make_engine(settings)`` (SQLite in the data directory by default, any
SQLAlchemy URL in ``EVALASSIST_DATABASE_URL``), the declarative ``Base`` every table derives from,
``transaction``: a session that commits on success and rolls back on any error, and
``unavailable``: whether an error means the database cannot be reached (503, not 500)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, create_engine, event, make_url, text
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker

from assistant.errors import InvalidInputError, UnavailableError
from assistant.messages import Text
from assistant.settings import Settings


class Base(DeclarativeBase):
    """Every table's base. The schema itself is made by the migrations (``store.migrate``)."""


def make_engine(settings: Settings) -> Engine:
    """The engine for ``settings.resolved_database_url``: SQLite gets WAL and foreign keys, a
    server database a pool of the configured size whose connections are checked before use.
    A URL that is not one, or whose driver is not installed, is said plainly."""
    url = settings.resolved_database_url
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise InvalidInputError(Text.of("db.bad_url", reason=exc)) from exc
    try:
        if parsed.get_backend_name() == "sqlite":
            settings.ensure_data_dir()
            engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
            event.listen(engine, "connect", _sqlite_pragmas)
            return engine
        return create_engine(
            url,
            pool_pre_ping=True,
            pool_size=settings.db_pool_size,
            max_overflow=settings.db_max_overflow,
            pool_timeout=settings.db_pool_timeout_s,
        )
    except (ModuleNotFoundError, NoSuchModuleError) as exc:
        driver = getattr(exc, "name", None) or parsed.drivername
        raise InvalidInputError(Text.of("db.driver_missing", driver=repr(driver))) from exc


def check_connection(engine: Engine) -> None:
    """Connect once and run ``SELECT 1``; an unreachable database says where and why."""
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as exc:
        if not unavailable(exc):
            raise
        url = engine.url.render_as_string(hide_password=True)
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        raise UnavailableError(Text.of("db.unreachable", url=url, reason=reason)) from exc


def unavailable(exc: BaseException) -> bool:
    """Whether ``exc`` means the database cannot be reached (down, restarting, pool exhausted)
    rather than a fault in the request or the code."""
    if isinstance(exc, PoolTimeout) or corrupt(exc):
        return True
    if isinstance(exc, DBAPIError):
        if exc.connection_invalidated:
            return True
        name = type(exc.orig).__name__ if exc.orig is not None else ""
        return name in {"OperationalError", "InterfaceError"} and not _sqlite_fault(exc)
    return False


def _sqlite_fault(exc: DBAPIError) -> bool:
    """SQLite reports a missing table or a locked file as OperationalError too; only a file it
    cannot open counts as unreachable."""
    if exc.orig is None or type(exc.orig).__module__ != "sqlite3":
        return False
    return "unable to open" not in str(exc.orig)


# What SQLite says of a file that is not (or no longer) a sound database.
_CORRUPT = ("file is not a database", "database disk image is malformed")


def corrupt(exc: BaseException) -> bool:
    """Whether ``exc`` says the database file is damaged: nothing can be served from it."""
    return isinstance(exc, DBAPIError) and any(phrase in str(exc.orig) for phrase in _CORRUPT)


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
