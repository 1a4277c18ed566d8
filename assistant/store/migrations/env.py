"""Alembic's environment: always run by ``assistant.store.migrate`` on a connection it holds
(under the migration lock), never from an ini file."""

from __future__ import annotations

from alembic import context

from assistant.store.tables import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata(), render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
