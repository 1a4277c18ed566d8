"""Alembic's environment: always run by ``assistant.store.migrate`` on a connection it holds
(under the migration lock), never from an ini file.

No ``target_metadata``: revisions are written by hand, and tests/unit/store/test_migrations.py
compares the migrated schema with the tables' metadata. Importing every table module here would
load the chat, the coder and the knowledge base into each `evalassist db upgrade`.
"""

from __future__ import annotations

from alembic import context

connection = context.config.attributes["connection"]
context.configure(connection=connection, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
