"""Workspaces: plans, chat sessions and feedback jobs belong to the workspace of the API key
that made them; what exists already belongs to the default one.

Plain ADD COLUMN (no batch rebuild): rebuilding feedback_jobs on SQLite would drop the table
its rows refer to, and with foreign keys on that deletes them.

Revision ID: 0003_workspaces
Revises: 0002_leases_kb
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_workspaces"
down_revision = "0002_leases_kb"
branch_labels = None
depends_on = None

TABLES = ("chat_sessions", "feedback_jobs", "plans")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(
            table,
            sa.Column("workspace", sa.String(length=63), server_default="default", nullable=False),
        )
        op.create_index(f"ix_{table}_workspace", table, ["workspace"], unique=False)


def downgrade() -> None:
    for table in TABLES:
        op.drop_index(f"ix_{table}_workspace", table_name=table)
        op.drop_column(table, "workspace")
