"""organisation_email: the sender records' e-mail addresses, indexed (lookups stay flat as the
register grows; issue 20)

Revision ID: 0520
Revises: 0194
Create Date: 2026-12-04 22:30:00
"""

import json
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0520"
down_revision: str | Sequence[str] | None = "0194"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    table = op.create_table(
        "organisation_email",
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("email", sqlmodel.sql.sqltypes.AutoString(length=512), nullable=False),
        sa.ForeignKeyConstraint(["organisation_id"], ["organisation.id"]),
        sa.PrimaryKeyConstraint("organisation_id", "email"),
    )
    op.create_index(
        op.f("ix_organisation_email_email"), "organisation_email", ["email"], unique=False
    )
    rows = []
    for oid, emails in op.get_bind().execute(sa.text("SELECT id, emails FROM organisation")):
        found = json.loads(emails) if isinstance(emails, str) else (emails or [])
        rows += [{"organisation_id": oid, "email": e} for e in dict.fromkeys(found)]
    if rows:
        op.bulk_insert(table, rows)


def downgrade() -> None:
    op.drop_index(op.f("ix_organisation_email_email"), table_name="organisation_email")
    op.drop_table("organisation_email")
