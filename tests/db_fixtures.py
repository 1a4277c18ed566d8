"""The database tests' databases: each test runs on a fresh SQLite file and, when
``EVALASSIST_TEST_DATABASE_URL`` names a PostgreSQL server (``.ci/run`` starts one with
``scripts/test_postgres.sh``), on a fresh PostgreSQL database too."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, make_url, text

from assistant.settings import Settings
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
