"""``evalassist db``: the database's schema (replicas also migrate at start-up, under a lock)."""

from __future__ import annotations

import typer

from assistant.cli.common import handle_errors, load_settings, stdout

app = typer.Typer(
    help="The database schema: migrate it, or show its revision.", no_args_is_help=True
)


@app.command()
@handle_errors
def upgrade() -> None:
    """Migrate the configured database to the newest schema (safe to run while replicas start)."""
    from assistant.store.db import make_engine
    from assistant.store.migrate import current, head
    from assistant.store.migrate import upgrade as migrate

    engine = make_engine(load_settings())
    try:
        ran = migrate(engine)
        revision = current(engine)
    finally:
        engine.dispose()
    stdout().print(f"database at revision {revision} ({'migrated' if ran else 'already newest'})")
    assert revision == head()


@app.command()
@handle_errors
def status() -> None:
    """Show the database's revision and the newest one this version knows."""
    from assistant.store.db import check_connection, make_engine
    from assistant.store.migrate import current, head

    engine = make_engine(load_settings())
    try:
        check_connection(engine)
        revision = current(engine)
    finally:
        engine.dispose()
    stdout().print(f"database revision: {revision or 'none (empty database)'}; newest: {head()}")
