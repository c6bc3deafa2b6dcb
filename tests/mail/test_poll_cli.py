"""Acceptance: ``podatelna poll --once`` against Dovecot registers every message once and moves
it; a second poll registers nothing; a SIGKILL between commit and MOVE loses and doubles nothing.
(``--no-process``: this is about intake; the pipeline stages have tests of their own.)"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.fixtures.common import write_config
from tests.fixtures.imap import Dovecot
from tests.mail import samples

ROOT = Path(__file__).resolve().parents[2]
PODATELNA = ROOT / ".venv" / "bin" / "podatelna"


def config(tmp_path: Path, d: Dovecot, user: str) -> Path:
    drop = tmp_path / "drop"
    (drop / "new").mkdir(parents=True)
    imap = d.source_toml(
        user,
        'folder = "INBOX"\nprocessed_folder = "Processed"\nquarantine_folder = "Quarantine"\n'
        'trusted_mx = "mx.podatelna.example"\n',
    )
    return write_config(
        tmp_path, f'[[source]]\nkind = "dropfolder"\nname = "drop"\npath = "{drop}"\n{imap}'
    )


def podatelna(
    cfg: Path, *args: str, kill_at: int | None = None
) -> subprocess.CompletedProcess[str]:
    cmd = [str(PODATELNA), "--config", str(cfg), "poll", "--once", "--no-process", *args]
    if kill_at is not None:
        cmd = [
            sys.executable,
            "-m",
            "tests.mail.poll_proc",
            "--kill-at",
            str(kill_at),
            "--",
            *cmd[1:],
        ]
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=120)


def submissions(tmp_path: Path) -> list[tuple[str, str, str]]:
    db = sqlite3.connect(tmp_path / "registry.db")
    try:
        return db.execute(
            "select source, source_ref, sha256 from submission order by id"
        ).fetchall()
    finally:
        db.close()


def messages(n: int) -> list[bytes]:
    rcv = "from mail.example.cz by mx.podatelna.example; Fri, 27 Nov 2026 10:00:0{} +0100"
    out = [samples.simple(i, received=rcv.format(i % 10)) for i in range(n - 2)]
    return out + [samples.signed_detached(1), samples.signed_opaque(2)]


def test_poll_once_registers_each_message_once_and_moves_it(
    dovecot: Dovecot, tmp_path: Path
) -> None:
    user = dovecot.add_user()
    dovecot.append(user, messages(12))
    cfg = config(tmp_path, dovecot, user)
    (tmp_path / "drop" / "new" / "dropped.eml").write_bytes(samples.simple(99))

    first = podatelna(cfg)
    assert first.returncode == 0, first.stderr
    assert "podatelna: registered 12, already known 0, notices 0, failed 0" in first.stdout
    assert "drop: registered 1" in first.stdout  # drop folder and IMAP side by side
    rows = submissions(tmp_path)
    imap_rows = [r for r in rows if r[0] == "podatelna"]
    assert len(imap_rows) == 12 and len({r[2] for r in imap_rows}) == 12
    assert all(r[1].startswith("INBOX/") for r in imap_rows)
    assert dovecot.uids(user) == [] and len(dovecot.uids(user, "Processed")) == 12

    second = podatelna(cfg)
    assert second.returncode == 0, second.stderr
    assert "podatelna: registered 0, already known 0" in second.stdout
    assert len(submissions(tmp_path)) == 13


def test_sigkill_between_commit_and_move(dovecot: Dovecot, tmp_path: Path) -> None:
    user = dovecot.add_user()
    msgs = messages(6)
    dovecot.append(user, msgs)
    cfg = config(tmp_path, dovecot, user)

    crashed = podatelna(cfg, "--source", "podatelna", kill_at=3)
    assert crashed.returncode == -9, crashed.stderr
    # the batch of six was committed in one transaction before the first acknowledgement ...
    assert len(submissions(tmp_path)) == 6
    assert len(dovecot.uids(user)) == 6  # ... and the kill came before anything was moved

    again = podatelna(cfg, "--source", "podatelna")
    assert again.returncode == 0, again.stderr
    assert "registered 0, already known 6" in again.stdout
    rows = submissions(tmp_path)
    assert len(rows) == 6 and len({r[2] for r in rows}) == 6  # nothing lost, nothing doubled
    assert dovecot.uids(user) == [] and len(dovecot.uids(user, "Processed")) == 6


def test_wrong_password_is_reported_and_other_sources_carry_on(
    dovecot: Dovecot, tmp_path: Path
) -> None:
    user = dovecot.add_user()
    cfg = config(tmp_path, dovecot, user)
    cfg.write_text(
        cfg.read_text().replace(f'password = "{dovecot.password}"', 'password = "wrong-one"')
    )
    (tmp_path / "drop" / "new" / "a.eml").write_bytes(samples.simple(1))
    r = podatelna(cfg)
    assert r.returncode == 1
    assert "podatelna: registered 0" in r.stdout and "login refused" in r.stdout
    assert "wrong-one" not in r.stdout + r.stderr
    assert "drop: registered 1" in r.stdout


def test_uidvalidity_reset_after_crash_is_deduplicated_by_hash(
    dovecot: Dovecot, tmp_path: Path
) -> None:
    user = dovecot.add_user()
    dovecot.append(user, messages(4))
    cfg = config(tmp_path, dovecot, user)
    crashed = podatelna(cfg, "--source", "podatelna", kill_at=3)
    assert crashed.returncode == -9, crashed.stderr
    assert len(submissions(tmp_path)) == 4 and len(dovecot.uids(user)) == 4
    dovecot.doveadm("mailbox", "update", "-u", user, "--uid-validity", "777", "INBOX")

    again = podatelna(cfg, "--source", "podatelna")
    assert again.returncode == 0, again.stderr
    assert "registered 0, already known 4" in again.stdout  # same bytes, new refs
    rows = submissions(tmp_path)
    assert len(rows) == 4 and len({r[2] for r in rows}) == 4
    assert dovecot.uids(user) == [] and len(dovecot.uids(user, "Processed")) == 4
