"""Regression tests for core bugs found by the crash and fault campaigns."""

from __future__ import annotations

from pathlib import Path

from alembic.script import ScriptDirectory

from storage.db import alembic_config, current_revision, make_engine, upgrade_database


def test_current_revision_names_every_branch_head(tmp_path: Path) -> None:
    """``podatelna db upgrade`` crashed printing the revision: the migrations have one branch
    per area, and alembic's get_current_revision refuses more than one head."""
    engine = make_engine(f"sqlite:///{tmp_path}/r.db")
    try:
        assert current_revision(engine) is None
        upgrade_database(engine)
        heads = ScriptDirectory.from_config(alembic_config(engine)).get_heads()
        assert len(heads) > 1
        assert current_revision(engine) == ", ".join(sorted(heads))
    finally:
        engine.dispose()
