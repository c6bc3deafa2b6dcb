"""The officer roles of the web UI (a closed set, importable without the database layer: the
command line offers them as choices before it knows which command runs)."""

ROLES = ("officer", "admin", "auditor")
"""``officer`` decides and corrects; ``admin`` can do the same (and scripted decisions);
``auditor`` only reads."""
