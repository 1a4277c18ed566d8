"""The schema comes from the Alembic migrations: on a new database, on one made before them,
and when many processes start on an empty database at once."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, create_engine, func, inspect, select

from assistant.errors import InvalidInputError, UnavailableError
from assistant.feedback.jobs import BatchRow, ItemRow
from assistant.settings import Settings
from assistant.store.db import make_engine
from assistant.store.migrate import current, head, open_database, upgrade
from assistant.store.tables import metadata
from tests.db_fixtures import insert_legacy_job, legacy_database
from tests.served import free_port, product_env

EVALASSIST = Path(sys.executable).with_name("evalassist")
# Eight at once here; tests/integration/test_replicas.py starts twenty whole replicas.
PROCESSES = 8


def test_a_new_database_gets_every_table_and_the_newest_revision(db_engine: Engine) -> None:
    assert current(db_engine) == head()
    tables = set(inspect(db_engine).get_table_names())
    assert {"feedback_jobs", "feedback_job_batches", "kb_documents", "plans"} <= tables


def test_the_migrations_make_exactly_what_the_models_declare(db_engine: Engine) -> None:
    with db_engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), metadata())
    assert differences == []


def test_a_second_upgrade_does_nothing(db_engine: Engine) -> None:
    assert upgrade(db_engine) is False


def test_a_database_from_before_migrations_keeps_its_rows_and_its_queued_job_runs(
    database_url: str,
) -> None:
    """Made by ``create_all`` of the tables of the day, with a half-coded job in it."""
    engine = create_engine(database_url)
    legacy_database(engine, without=("feedback_job_readers",))
    rows = [
        {"record": {"text": f"c{i}"}, "result": {"level": 1} if i < 200 else None}
        for i in range(450)
    ]
    insert_legacy_job(engine, "old", status="running", done=200, rows=rows)
    assert upgrade(engine) is True
    with engine.connect() as connection:
        batches = connection.execute(
            select(BatchRow.first, BatchRow.last).order_by(BatchRow.first)
        ).all()
        items = connection.scalar(select(func.count()).select_from(ItemRow))
    assert [tuple(b) for b in batches] == [(200, 400), (400, 450)]
    assert items == 450 and current(engine) == head()
    engine.dispose()


def test_processes_migrating_one_empty_database_at_once_all_succeed(
    database_url: str, tmp_path: Path
) -> None:
    env = product_env(tmp_path / "data", EVALASSIST_DATABASE_URL=database_url)
    processes = [
        subprocess.Popen(
            [str(EVALASSIST), "db", "upgrade"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        for _ in range(PROCESSES)
    ]
    outputs = [
        (p.wait(timeout=120), p.stdout.read().decode() if p.stdout else "") for p in processes
    ]
    assert [code for code, _ in outputs] == [0] * PROCESSES, outputs
    assert sum("(migrated)" in out for _, out in outputs) == 1
    engine = create_engine(database_url)
    assert current(engine) == head()
    engine.dispose()


def test_a_missing_driver_is_named_with_the_extra_to_install(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, database_url="postgresql+pg8000://u@localhost/db")
    with pytest.raises(InvalidInputError, match=r"'pg8000'.*evalassist\[postgres\]"):
        make_engine(settings)


def test_an_unreachable_database_is_named_without_its_password(tmp_path: Path) -> None:
    url = f"postgresql+psycopg://evalassist:secret@127.0.0.1:{free_port()}/evalassist"
    with pytest.raises(UnavailableError) as raised:
        open_database(Settings(data_dir=tmp_path, database_url=url, db_pool_timeout_s=2))
    assert "127.0.0.1" in raised.value.detail and "secret" not in raised.value.detail


def test_serve_says_at_start_up_that_the_database_cannot_be_reached(tmp_path: Path) -> None:
    url = f"postgresql+psycopg://evalassist:secret@127.0.0.1:{free_port()}/evalassist"
    result = subprocess.run(
        [str(EVALASSIST), "serve", "--port", str(free_port())],
        env=product_env(tmp_path / "data", EVALASSIST_DATABASE_URL=url),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 3
    assert "database" in result.stderr and "cannot be reached" in result.stderr
    assert "Traceback" not in result.stderr
