"""sender register: sender records on every filing, merges, assigned officer, origin

The data of earlier filings (their sender records, the records' normalised names) is filled in
by ``storage.db.upgrade_database`` right after the migrations (``storage.senders.backfill``).

Revision ID: 0194
Revises: 0002
Create Date: 2026-12-02 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0194"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("kind", sa.String(length=16), nullable=False, server_default="organisation")
        )
        batch_op.add_column(
            sa.Column("name_key", sa.String(length=512), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("merged_into", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("merged_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.create_index(batch_op.f("ix_organisation_name_key"), ["name_key"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_organisation_merged_into"), ["merged_into"], unique=False
        )
        batch_op.create_foreign_key(
            "fk_organisation_merged_into", "organisation", ["merged_into"], ["id"]
        )

    with op.batch_alter_table("submission", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sender_id", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("sender_reference", sa.Text(), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("origin", sa.String(length=16), nullable=False, server_default="digital")
        )
        batch_op.add_column(
            sa.Column(
                "assigned_to", sqlmodel.sql.sqltypes.AutoString(length=128), nullable=True
            )
        )
        batch_op.add_column(sa.Column("assigned_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.create_index(batch_op.f("ix_submission_sender_id"), ["sender_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_submission_assigned_to"), ["assigned_to"], unique=False
        )
        batch_op.create_foreign_key(
            "fk_submission_sender_id", "organisation", ["sender_id"], ["id"]
        )


def downgrade() -> None:
    with op.batch_alter_table("submission", schema=None) as batch_op:
        batch_op.drop_constraint("fk_submission_sender_id", type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_submission_assigned_to"))
        batch_op.drop_index(batch_op.f("ix_submission_sender_id"))
        for column in ("assigned_at", "assigned_to", "origin", "sender_reference", "sender_id"):
            batch_op.drop_column(column)
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.drop_constraint("fk_organisation_merged_into", type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_organisation_merged_into"))
        batch_op.drop_index(batch_op.f("ix_organisation_name_key"))
        for column in ("merged_at", "merged_into", "name_key", "kind"):
            batch_op.drop_column(column)
