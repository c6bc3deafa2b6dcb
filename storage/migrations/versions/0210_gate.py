"""approval gate: override reason and overridden codes of a decision, withheld addresses of
an allow-list version

Revision ID: 0210
Revises: 0200
Create Date: 2026-12-02 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0210"
down_revision: str | Sequence[str] | None = "0200"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("decision", schema=None) as batch_op:
        batch_op.add_column(sa.Column("override_reason", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("overridden", sa.JSON(), nullable=True))
    with op.batch_alter_table("allowlist_version", schema=None) as batch_op:
        batch_op.add_column(sa.Column("withheld", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("allowlist_version", schema=None) as batch_op:
        batch_op.drop_column("withheld")
    with op.batch_alter_table("decision", schema=None) as batch_op:
        batch_op.drop_column("overridden")
        batch_op.drop_column("override_reason")
