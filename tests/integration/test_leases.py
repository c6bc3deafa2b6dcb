"""One poller per source: a second instance stands by and takes over when the first dies."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from intake.leases import SourceLease

HOLDER = """
import sys, time
from pathlib import Path
from sqlalchemy import create_engine
from intake.leases import SourceLease
lease = SourceLease(create_engine(sys.argv[1]), "csu", Path(sys.argv[2]))
assert lease.try_acquire()
print("held", flush=True)
time.sleep(600)
"""


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_standby_takes_over_when_the_holder_dies(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    url = (f"sqlite:///{tmp_path}/r.db" if backend == "sqlite"
           else str(request.getfixturevalue("pg_url")))
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, url, str(tmp_path / "locks")],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        engine = create_engine(url)
        standby = SourceLease(engine, "csu", tmp_path / "locks")
        other = SourceLease(engine, "another-account", tmp_path / "locks")
        assert not standby.try_acquire()
        assert other.try_acquire()  # leases are per source account
        holder.kill()
        holder.wait()
        deadline = time.monotonic() + 10
        while not standby.try_acquire():
            assert time.monotonic() < deadline, "standby never took over"
            time.sleep(0.1)
        assert standby.still_held()
        standby.release()
        other.release()
        engine.dispose()
    finally:
        holder.kill()
        holder.wait()
