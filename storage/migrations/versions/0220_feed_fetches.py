"""feed tokens: last fetch time and the version each token holds

Revision ID: 0220
Revises: 0210
Create Date: 2026-12-05 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0220"
down_revision: str | Sequence[str] | None = "0210"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("feed_token", schema=None) as batch_op:
        batch_op.add_column(sa.Column("last_fetch_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("held_version", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("held_profile", sqlmodel.sql.sqltypes.AutoString(length=8), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table("feed_token", schema=None) as batch_op:
        batch_op.drop_column("held_profile")
        batch_op.drop_column("held_version")
        batch_op.drop_column("last_fetch_at")
