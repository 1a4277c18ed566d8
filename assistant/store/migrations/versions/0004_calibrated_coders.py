"""Calibrated coders: an evaluator's adaptation of the offline coder, stored by workspace and
name; a job may name the coder that codes it.

Plain ADD COLUMN for the job's coder (see 0003 on why no batch rebuild).

Revision ID: 0004_calibrated_coders
Revises: 0003_workspaces
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_calibrated_coders"
down_revision = "0003_workspaces"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "feedback_coders",
        sa.Column("workspace", sa.String(length=63), nullable=False),
        sa.Column("name", sa.String(length=63), nullable=False),
        sa.Column("version", sa.String(length=16), nullable=False),
        sa.Column("base_model", sa.String(length=64), nullable=False),
        sa.Column("adapter", sa.JSON(), nullable=False),
        sa.Column("report", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("workspace", "name"),
    )
    op.add_column("feedback_jobs", sa.Column("coder", sa.String(length=63), nullable=True))


def downgrade() -> None:
    op.drop_column("feedback_jobs", "coder")
    op.drop_table("feedback_coders")
