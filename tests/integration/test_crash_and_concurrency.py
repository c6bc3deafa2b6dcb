"""Crash between store and acknowledge; concurrent importers on PostgreSQL."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import create_engine, text

from storage import audit
from storage.db import make_engine, session_scope
from tests.fakes import eml

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tests.integration.intake_proc", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_sigkill_between_store_and_acknowledge(tmp_path: Path) -> None:
    """GIVEN three files in a drop folder WHEN the worker is SIGKILLed right after they were
    committed (one batch) but before the first acknowledgement, and restarted THEN each item
    is stored once and acknowledged once."""
    drop, db = tmp_path / "drop", f"sqlite:///{tmp_path}/reg.db"
    (drop / "new").mkdir(parents=True)
    for i in range(3):
        (drop / "new" / f"m{i}.eml").write_bytes(eml(i))
    common = [
        "--db",
        db,
        "--evidence",
        str(tmp_path / "ev"),
        "--drop",
        str(drop),
        "--ack-log",
        str(tmp_path / "acks"),
    ]
    crashed = run("poll", *common, "--kill-after-commit")
    assert crashed.returncode == -9, crashed.stderr
    eng = create_engine(db)
    with eng.connect() as c:
        assert c.execute(text("select count(*) from submission")).scalar() == 3
    assert sorted(p.name for p in (drop / "new").iterdir()) == ["m0.eml", "m1.eml", "m2.eml"]

    assert not (tmp_path / "acks").exists()  # nothing was acknowledged before the kill
    again = run("poll", *common)
    assert again.returncode == 0, again.stderr
    acks = (tmp_path / "acks").read_text().split()
    assert sorted(acks) == ["m0.eml", "m1.eml", "m2.eml"]  # each exactly once
    assert sorted(p.name for p in (drop / "cur").iterdir()) == ["m0.eml", "m1.eml", "m2.eml"]
    with eng.connect() as c:
        rows = c.execute(text("select source_ref, state from submission order by id")).all()
    assert sorted(r[0] for r in rows) == ["m0.eml", "m1.eml", "m2.eml"]
    assert {r[1] for r in rows} == {"ready_for_review"}
    eng.dispose()


def test_four_concurrent_importers_on_postgresql_gapless(tmp_path: Path, pg_url: str) -> None:
    """GIVEN 200 messages offered to 4 concurrent importers (each all 200, shuffled) THEN
    200 submissions with registry numbers 1..200, unique and gapless, audit chain intact."""
    files = []
    for i in range(200):
        f = tmp_path / f"m{i:03d}.eml"
        f.write_bytes(eml(i, body=f"unique {i}"))
        files.append(str(f))
    eng = make_engine(pg_url)
    from storage.db import upgrade_database

    upgrade_database(eng)
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.integration.intake_proc",
                "import",
                "--db",
                pg_url,
                "--evidence",
                str(tmp_path / "ev"),
                "--seed",
                str(seed),
                *files,
            ],
            cwd=ROOT,
            stderr=subprocess.PIPE,
            text=True,
        )
        for seed in range(4)
    ]
    for p in procs:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
    with eng.connect() as c:
        seqs = [r[0] for r in c.execute(text("select registry_seq from submission"))]
        numbers = [r[0] for r in c.execute(text("select registry_number from submission"))]
    assert sorted(seqs) == list(range(1, 201))
    assert len(set(numbers)) == 200
    with session_scope(eng) as s:
        assert list(audit.verify_chain(s)) == []
    eng.dispose()
