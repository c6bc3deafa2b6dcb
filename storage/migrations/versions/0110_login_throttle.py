"""login throttling: failures under unknown user names, failures per client address

Revision ID: 0110
Revises: 0100
Create Date: 2026-12-05 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0110"
down_revision: str | Sequence[str] | None = "0100"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "login_name_failure",
        sa.Column("name_hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("throttled_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_failed_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("name_hash"),
    )
    with op.batch_alter_table("login_name_failure", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_login_name_failure_last_failed_at"), ["last_failed_at"], unique=False
        )
    op.create_table(
        "login_address_failure",
        sa.Column("address", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("window_start", sa.DateTime(timezone=True), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("address"),
    )
    with op.batch_alter_table("login_address_failure", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_login_address_failure_window_start"), ["window_start"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("login_address_failure", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_login_address_failure_window_start"))
    op.drop_table("login_address_failure")
    with op.batch_alter_table("login_name_failure", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_login_name_failure_last_failed_at"))
    op.drop_table("login_name_failure")
