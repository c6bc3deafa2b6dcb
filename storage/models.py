"""Imports every table module so ``SQLModel.metadata`` is complete (Alembic, tests).

Later areas add their table modules here (one line each)."""

from storage.feed import *  # noqa: F403
from storage.notices import *  # noqa: F403
from storage.tables import *  # noqa: F403
from storage.users import *  # noqa: F403
