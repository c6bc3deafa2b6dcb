"""submission: partial index for the pipeline's claim (oldest submission still to process)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 01:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TO_PROCESS = "state IN ('received', 'checked', 'verified', 'extracted')"


def upgrade() -> None:
    op.create_index(
        "ix_submission_to_process",
        "submission",
        ["received_at", "id"],
        unique=False,
        postgresql_where=sa.text(TO_PROCESS),
        sqlite_where=sa.text(TO_PROCESS),
    )


def downgrade() -> None:
    op.drop_index("ix_submission_to_process", table_name="submission")
