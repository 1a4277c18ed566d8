"""Bring a database to the newest schema with Alembic, once, however many processes start.

Every process calls ``upgrade(engine)`` at start-up (or an operator runs ``evalassist db
upgrade``). The first to take the migration lock migrates; the others wait for the lock, then
find nothing to do. PostgreSQL's lock is an advisory lock held by the migrating connection (freed
if that process dies); SQLite's is a lock on a file beside the database.
"""

from __future__ import annotations

import fcntl
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, text

from assistant.errors import UnavailableError
from assistant.messages import Text
from assistant.settings import Settings
from assistant.store.db import check_connection, make_engine, unavailable

log = logging.getLogger("evalassist.store")
# An arbitrary 64-bit key naming evalassist's migration lock among the database's advisory locks.
MIGRATION_LOCK = 0x6576616C6173_01


def open_database(settings: Settings) -> Engine:
    """The configured database, migrated to the newest schema."""
    engine = make_engine(settings)
    try:
        upgrade(engine)
    except Exception:
        engine.dispose()
        raise
    return engine


def _config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", "assistant.store:migrations")
    config.attributes["connection"] = connection
    return config


def head() -> str:
    """The newest revision the code knows."""
    revision = ScriptDirectory.from_config(_config()).get_current_head()
    assert revision is not None
    return revision


def current(engine: Engine) -> str | None:
    """The revision the database is at (``None``: never migrated)."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def check_schema(engine: Engine) -> None:
    """Raise ``UnavailableError`` unless the database answers and holds the newest schema (a
    damaged file fails here: reading the revision reads the file)."""
    try:
        revision = current(engine)
    except Exception as exc:
        if not unavailable(exc):
            raise
        raise UnavailableError(Text.of("db.unavailable")) from exc
    if revision != head():
        raise UnavailableError(Text.of("db.behind", revision=revision or "-", head=head()))


def upgrade(engine: Engine) -> bool:
    """Migrate to the newest revision under the migration lock; whether anything ran. An
    unreachable database raises ``UnavailableError`` naming it."""
    check_connection(engine)
    if current(engine) == head():
        return False
    with _migration_lock(engine) as connection:
        if MigrationContext.configure(connection).get_current_revision() == head():
            return False
        log.info("migrating the database to revision %s", head())
        command.upgrade(_config(connection), "head")
        connection.commit()
        return True


@contextmanager
def _migration_lock(engine: Engine) -> Iterator[Connection]:
    with engine.connect() as connection:
        if engine.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK})
            connection.commit()
            try:
                yield connection
            finally:
                connection.rollback()
                connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK})
                connection.commit()
        else:
            with _file_lock(engine):
                yield connection


@contextmanager
def _file_lock(engine: Engine) -> Iterator[None]:
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        yield
        return
    path = Path(database).with_name(Path(database).name + ".migrate.lock")
    with path.open("a") as handle:
        fcntl.lockf(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.lockf(handle, fcntl.LOCK_UN)
