"""Job batches with leases (so several workers share a job, each row coded once) and the
knowledge base's documents, chunks and version in the database (shared by replicas).

Jobs still queued or running when this runs get batches for their rows not yet coded.

Revision ID: 0002_leases_kb
Revises: 0001_baseline
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_leases_kb"
down_revision = "0001_baseline"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "kb_chunks",
        sa.Column("model", sa.String(length=200), nullable=False),
        sa.Column("chunk_id", sa.String(length=64), nullable=False),
        sa.Column("collection", sa.String(length=63), nullable=False),
        sa.Column("doc_id", sa.String(length=255), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("chunk", sa.JSON(), nullable=False),
        sa.Column("window_keys", sa.JSON(), nullable=False),
        sa.Column("window_vectors", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("model", "chunk_id"),
    )
    with op.batch_alter_table("kb_chunks", schema=None) as batch_op:
        batch_op.create_index(
            "ix_kb_chunks_document", ["model", "collection", "doc_id"], unique=False
        )

    op.create_table(
        "kb_documents",
        sa.Column("model", sa.String(length=200), nullable=False),
        sa.Column("collection", sa.String(length=63), nullable=False),
        sa.Column("doc_id", sa.String(length=255), nullable=False),
        sa.Column("info", sa.JSON(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("chunk_ids", sa.JSON(), nullable=False),
        sa.Column("cards", sa.JSON(none_as_null=True), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("model", "collection", "doc_id"),
    )
    op.create_table(
        "kb_versions",
        sa.Column("model", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("model"),
    )
    op.create_table(
        "feedback_job_batches",
        sa.Column("job_id", sa.String(length=32), nullable=False),
        sa.Column("first", sa.Integer(), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=8), nullable=False),
        sa.Column("owner", sa.String(length=120), nullable=True),
        sa.Column("lease_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["job_id"], ["feedback_jobs.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("job_id", "first"),
    )
    with op.batch_alter_table("feedback_job_batches", schema=None) as batch_op:
        batch_op.create_index(
            "ix_feedback_job_batches_state", ["state", "lease_until"], unique=False
        )
    _batch_unfinished_jobs()


# The batch size jobs had when this revision was written (feedback.jobs.JOB_BATCH then).
_BATCH = 200


def _batch_unfinished_jobs() -> None:
    bind = op.get_bind()
    jobs = (
        bind.execute(
            sa.text(
                "SELECT id FROM feedback_jobs WHERE status IN ('queued', 'running') AND total > 0"
            )
        )
        .scalars()
        .all()
    )
    for job_id in jobs:
        positions = (
            bind.execute(
                sa.text(
                    "SELECT position FROM feedback_job_items WHERE job_id = :job AND result IS NULL"
                    " ORDER BY position"
                ),
                {"job": job_id},
            )
            .scalars()
            .all()
        )
        rows = [
            {
                "job": job_id,
                "first": positions[i],
                "last": positions[min(i + _BATCH, len(positions)) - 1] + 1,
            }
            for i in range(0, len(positions), _BATCH)
        ]
        if rows:
            bind.execute(
                sa.text(
                    "INSERT INTO feedback_job_batches (job_id, first, last, state, attempts)"
                    " VALUES (:job, :first, :last, 'todo', 0)"
                ),
                rows,
            )


def downgrade() -> None:
    with op.batch_alter_table("feedback_job_batches", schema=None) as batch_op:
        batch_op.drop_index("ix_feedback_job_batches_state")

    op.drop_table("feedback_job_batches")
    op.drop_table("kb_versions")
    op.drop_table("kb_documents")
    with op.batch_alter_table("kb_chunks", schema=None) as batch_op:
        batch_op.drop_index("ix_kb_chunks_document")

    op.drop_table("kb_chunks")
