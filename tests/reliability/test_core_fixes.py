"""Regression tests for core bugs found by the crash and fault campaigns."""

from __future__ import annotations

import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from alembic.script import ScriptDirectory

from databox.source import DataboxSource
from databox.standin.server import StandIn
from intake.leases import SourceLease
from intake.model import RawItem
from storage.db import alembic_config, current_revision, make_engine, upgrade_database
from tests.fixtures.common import free_port
from tests.fixtures.isds import add_messages, standin_client


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


def test_databox_message_already_read_is_not_marked_again(
    isds_standin: StandIn, tmp_path: Path
) -> None:
    """The crash campaign found MarkMessageAsDownloaded sent twice: a SIGKILL after the mark
    but before the state file was saved made the next poll fetch and mark it again. A message
    listed as read (state 7) is now acknowledged without a second mark."""
    first, second = add_messages(isds_standin, 2)
    isds_standin.mailbox.mark(first.dm_id)  # the mark that the lost state file forgot
    client = standin_client(isds_standin)
    source = DataboxSource("box", client, tmp_path / "state.json")
    try:
        items = [i for i in source.poll() if isinstance(i, RawItem)]
        assert sorted(i.ref for i in items) == sorted([first.dm_id, second.dm_id])
        for item in items:
            source.acknowledge(item.ref)
    finally:
        source.close()
    assert Counter(isds_standin.mailbox.marked) == {first.dm_id: 1, second.dm_id: 1}


def test_lease_stands_by_while_postgresql_is_down() -> None:
    """The fault campaign found the poller thread dead after a PostgreSQL restart: taking the
    lease raised OperationalError out of the loop. Unreachable database: no lease, no raise."""
    engine = make_engine(f"postgresql+psycopg://postgres@127.0.0.1:{free_port()}/x")
    lease = SourceLease(engine, "mail", Path("/nonexistent"))
    try:
        assert lease.try_acquire() is False
        assert not lease.held
    finally:
        engine.dispose()


def test_processes_starting_together_migrate_one_after_the_other(pg_url: str) -> None:
    """The scale-out test's standby poller died at start: pollers and workers started
    together on an empty PostgreSQL database all ran the migrations, and all but one failed
    (``duplicate key … alembic_version``). Now they take turns; every one succeeds."""
    code = (
        "import sys, time\nfrom storage.db import make_engine, upgrade_database\n"
        "import alembic.command, storage.models\n"
        "e = make_engine(sys.argv[1])\n"
        "while time.time() < float(sys.argv[2]): time.sleep(0.001)\n"  # start together
        "upgrade_database(e)\ne.dispose()\n"
    )
    start = str(time.time() + 4)
    procs = [
        subprocess.Popen([sys.executable, "-c", code, pg_url, start], stderr=subprocess.PIPE)
        for _ in range(4)
    ]
    errors = [p.communicate(timeout=120)[1].decode()[-500:] for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0], errors
