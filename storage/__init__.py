"""Persistence: SQLModel tables, Alembic migrations, repositories, content-addressed evidence store.

``storage.db`` (``make_engine``, ``session_scope``, ``upgrade_database``), ``storage.evidence``
(``EvidenceStore``), ``storage.registry`` and ``storage.audit``; import from those modules (this
file imports nothing, so importing one of them never runs the others). Imports nothing of ours
but ``intake.model`` and ``intake.errors``."""
