"""The database tests' databases: each test runs on a fresh SQLite file and, when
``EVALASSIST_TEST_DATABASE_URL`` names a PostgreSQL server (``.ci/run`` starts one with
``scripts/test_postgres.sh``), on a fresh PostgreSQL database too."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import JSON, DateTime, Engine, column, create_engine, insert, make_url, table, text

from assistant.settings import Settings
from assistant.store.migrate import _config as _alembic_config
from assistant.store.migrate import open_database

# Read at import: the autouse fixture that cleans EVALASSIST_* variables runs before each test.
POSTGRES_URL = os.environ.get("EVALASSIST_TEST_DATABASE_URL")


@contextmanager
def fresh_postgres() -> Iterator[str]:
    """A new, empty database on the test server; dropped afterwards."""
    if not POSTGRES_URL:
        pytest.skip("EVALASSIST_TEST_DATABASE_URL is not set (scripts/test_postgres.sh)")
    name = f"evalassist_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database's URL: SQLite, then PostgreSQL when a test server is configured."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'evalassist.db'}"
        return
    with fresh_postgres() as url:
        yield url


@pytest.fixture
def db_settings(database_url: str, tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data", database_url=database_url)


@pytest.fixture
def db_engine(db_settings: Settings) -> Iterator[Engine]:
    """The database, migrated to the newest schema."""
    engine = open_database(db_settings)
    yield engine
    engine.dispose()


def legacy_database(engine: Engine, *, without: tuple[str, ...] = ()) -> None:
    """Make ``engine``'s empty database look as databases did before migrations: the baseline
    tables (made by ``create_all`` in those days) and no revision; ``without`` drops tables a
    database of an even older release lacked."""
    with engine.connect() as connection:
        config = _alembic_config(connection)
        command.upgrade(config, "0001_baseline")
        for table in ("alembic_version", *without):
            connection.execute(text(f"DROP TABLE {table}"))
        connection.commit()


def insert_legacy_job(
    engine: Engine, job_id: str, *, status: str, done: int, rows: list[dict[str, Any]]
) -> None:
    """A job as a database from before migrations holds it (the columns of the day only);
    each row: ``record`` and ``result`` (``None``: not coded yet)."""
    jobs = table(
        "feedback_jobs", column("id"), column("status"), column("total"), column("done"),
        column("columns", JSON), column("text_column"), column("created_at", DateTime()),
        column("updated_at", DateTime()),
    )  # fmt: skip
    items = table(
        "feedback_job_items", column("job_id"), column("position"), column("record", JSON),
        column("result", JSON(none_as_null=True)),
    )  # fmt: skip
    now = datetime.now(UTC)
    with engine.begin() as connection:
        connection.execute(
            insert(jobs).values(
                id=job_id, status=status, total=len(rows), done=done, columns=["text"],
                text_column="text", created_at=now, updated_at=now,
            )
        )  # fmt: skip
        connection.execute(
            insert(items), [{"job_id": job_id, "position": i, **row} for i, row in enumerate(rows)]
        )
