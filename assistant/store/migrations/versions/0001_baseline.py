"""The schema as it stood before migrations: plans, chat sessions and feedback jobs.

Revision ID: 0001_baseline
Revises:
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_baseline"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create each table a database made before migrations lacks (older ones gained tables
    one by one); a new database gets them all."""
    existing = set(sa.inspect(op.get_bind()).get_table_names())
    if "chat_sessions" not in existing:
        op.create_table(
            "chat_sessions",
            sa.Column("id", sa.String(length=32), nullable=False),
            sa.Column("title", sa.String(length=200), nullable=False),
            sa.Column("titled", sa.Boolean(), nullable=False),
            sa.Column("language", sa.String(length=2), nullable=True),
            sa.Column("state", sa.Text(), nullable=False),
            sa.Column("messages", sa.Integer(), nullable=False),
            sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
            sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
            sa.PrimaryKeyConstraint("id"),
        )
        with op.batch_alter_table("chat_sessions", schema=None) as batch_op:
            batch_op.create_index(
                batch_op.f("ix_chat_sessions_updated_at"), ["updated_at"], unique=False
            )
    if "feedback_jobs" not in existing:
        op.create_table(
            "feedback_jobs",
            sa.Column("id", sa.String(length=32), nullable=False),
            sa.Column("status", sa.String(length=16), nullable=False),
            sa.Column("total", sa.Integer(), nullable=False),
            sa.Column("done", sa.Integer(), nullable=False),
            sa.Column("columns", sa.JSON(), nullable=False),
            sa.Column("text_column", sa.String(length=200), nullable=False),
            sa.Column("error", sa.Text(), nullable=True),
            sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
            sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
            sa.PrimaryKeyConstraint("id"),
        )
        with op.batch_alter_table("feedback_jobs", schema=None) as batch_op:
            batch_op.create_index(batch_op.f("ix_feedback_jobs_status"), ["status"], unique=False)
    if "plans" not in existing:
        op.create_table(
            "plans",
            sa.Column("id", sa.String(length=32), nullable=False),
            sa.Column("title", sa.String(length=200), nullable=False),
            sa.Column("latest_version", sa.Integer(), nullable=False),
            sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
            sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
            sa.PrimaryKeyConstraint("id"),
        )
        with op.batch_alter_table("plans", schema=None) as batch_op:
            batch_op.create_index(batch_op.f("ix_plans_updated_at"), ["updated_at"], unique=False)
    if "chat_messages" not in existing:
        op.create_table(
            "chat_messages",
            sa.Column("session_id", sa.String(length=32), nullable=False),
            sa.Column("position", sa.Integer(), nullable=False),
            sa.Column("role", sa.String(length=10), nullable=False),
            sa.Column("text", sa.Text(), nullable=False),
            sa.Column("language", sa.String(length=2), nullable=True),
            sa.Column("intent", sa.String(length=40), nullable=True),
            sa.Column("reply", sa.JSON(), nullable=True),
            sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
            sa.ForeignKeyConstraint(["session_id"], ["chat_sessions.id"], ondelete="CASCADE"),
            sa.PrimaryKeyConstraint("session_id", "position"),
        )
    if "feedback_job_items" not in existing:
        op.create_table(
            "feedback_job_items",
            sa.Column("job_id", sa.String(length=32), nullable=False),
            sa.Column("position", sa.Integer(), nullable=False),
            sa.Column("record", sa.JSON(), nullable=False),
            sa.Column("result", sa.JSON(none_as_null=True), nullable=True),
            sa.ForeignKeyConstraint(["job_id"], ["feedback_jobs.id"], ondelete="CASCADE"),
            sa.PrimaryKeyConstraint("job_id", "position"),
        )
    if "feedback_job_readers" not in existing:
        op.create_table(
            "feedback_job_readers",
            sa.Column("job_id", sa.String(length=32), nullable=False),
            sa.Column("lang", sa.String(length=8), nullable=True),
            sa.ForeignKeyConstraint(["job_id"], ["feedback_jobs.id"], ondelete="CASCADE"),
            sa.PrimaryKeyConstraint("job_id"),
        )
    if "feedback_job_sources" not in existing:
        op.create_table(
            "feedback_job_sources",
            sa.Column("job_id", sa.String(length=32), nullable=False),
            sa.Column("filename", sa.String(length=255), nullable=False),
            sa.Column("format", sa.String(length=8), nullable=False),
            sa.Column("encoding", sa.String(length=16), nullable=True),
            sa.Column("delimiter", sa.String(length=1), nullable=True),
            sa.Column("sheet", sa.String(length=255), nullable=True),
            sa.ForeignKeyConstraint(["job_id"], ["feedback_jobs.id"], ondelete="CASCADE"),
            sa.PrimaryKeyConstraint("job_id"),
        )
    if "plan_versions" not in existing:
        op.create_table(
            "plan_versions",
            sa.Column("plan_id", sa.String(length=32), nullable=False),
            sa.Column("version", sa.Integer(), nullable=False),
            sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
            sa.Column("body", sa.Text(), nullable=False),
            sa.ForeignKeyConstraint(["plan_id"], ["plans.id"], ondelete="CASCADE"),
            sa.PrimaryKeyConstraint("plan_id", "version"),
        )


def downgrade() -> None:
    op.drop_table("plan_versions")
    op.drop_table("feedback_job_sources")
    op.drop_table("feedback_job_readers")
    op.drop_table("feedback_job_items")
    op.drop_table("chat_messages")
    with op.batch_alter_table("plans", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plans_updated_at"))

    op.drop_table("plans")
    with op.batch_alter_table("feedback_jobs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_feedback_jobs_status"))

    op.drop_table("feedback_jobs")
    with op.batch_alter_table("chat_sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_chat_sessions_updated_at"))

    op.drop_table("chat_sessions")
