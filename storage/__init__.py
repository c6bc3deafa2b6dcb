"""Persistence: SQLModel tables, Alembic migrations, repositories, content-addressed evidence store.

Imports nothing of ours but ``intake.model`` and ``intake.errors``."""

from storage.db import make_engine, session_scope, upgrade_database
from storage.evidence import EvidenceStore

__all__ = ["EvidenceStore", "make_engine", "session_scope", "upgrade_database"]
