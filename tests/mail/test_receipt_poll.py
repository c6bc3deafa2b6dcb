"""Acceptance (issue 17): a back-dated ``Received:`` header never sets the filing time.
``podatelna poll --once`` with the real stages, through the drop folder and through IMAP on the
real Dovecot: the receipt time comes from a ``Received:`` header only when the source's trusted
relay added it within ``max_receipt_skew`` before the arrival; the register's year follows."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from tests.fixtures.common import write_config
from tests.fixtures.imap import Dovecot
from tests.mail import samples

ROOT = Path(__file__).resolve().parents[2]
PODATELNA = ROOT / ".venv" / "bin" / "podatelna"
MX = "mx.podatelna.example"
Y2K = "Sat, 1 Jan 2000 00:00:00 +0000"


def config(tmp_path: Path, d: Dovecot, user: str) -> Path:
    drop = tmp_path / "drop"
    (drop / "new").mkdir(parents=True)
    return write_config(
        tmp_path,
        f"""[campaign]
deadline = "2000-06-30T23:59:59+02:00"
[trust]
fetch_revocation = false
use_trusted_lists = false

[[source]]
kind = "dropfolder"
name = "drop"
path = "{drop}"
trusted_mx = "{MX}"
"""
        + d.source_toml(user, f'trusted_mx = "{MX}"\nmax_receipt_skew = "2d"\n'),
    )


def poll(cfg: Path) -> None:
    r = subprocess.run(
        [str(PODATELNA), "--config", str(cfg), "poll", "--once"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert r.returncode == 0, r.stdout + r.stderr


def filings(tmp_path: Path) -> dict[str, dict[str, Any]]:
    """Per source reference: registry number, receipt time, state, on time, decision."""
    db = sqlite3.connect(tmp_path / "registry.db")
    try:
        rows = db.execute(
            "select source_ref, registry_number, received_at, state, on_time, meta "
            "from submission"
        ).fetchall()
        audit = {
            json.loads(d)["source_ref"]: json.loads(d).get("receipt")
            for (d,) in db.execute(
                "select data from audit_entry where action = 'submission.received'"
            )
        }
    finally:
        db.close()
    out = {}
    for ref, number, at, state, on_time, meta in rows:
        when = datetime.fromisoformat(at)
        receipt = json.loads(meta)["receipt"]
        assert audit[ref] == receipt  # recorded with the filing and in its audit entry
        out[ref.rsplit("/", 1)[-1]] = {
            "number": number,
            "at": when if when.tzinfo else when.replace(tzinfo=UTC),
            "state": state,
            "on_time": on_time,
            "reason": receipt["reason"],
        }
    return out


def year(at: datetime) -> int:
    return at.astimezone(ZoneInfo("Europe/Prague")).year


def received(host: str, when: datetime | str) -> str:
    date = when if isinstance(when, str) else format_datetime(when)
    return f"from mail.example.cz (mail.example.cz [192.0.2.7]) by {host} with ESMTPS; {date}"


def test_back_dated_received_headers_do_not_set_the_filing_time(
    dovecot: Dovecot, tmp_path: Path
) -> None:
    user = dovecot.add_user()
    cfg = config(tmp_path, dovecot, user)
    start = datetime.now(UTC).replace(microsecond=0)
    new = tmp_path / "drop" / "new"
    (new / "forged.eml").write_bytes(samples.simple(1, received=received("evil.example", Y2K)))
    (new / "namedropped.eml").write_bytes(samples.simple(2, received=received(MX, Y2K)))
    fresh = start - timedelta(minutes=10)
    (new / "fresh.eml").write_bytes(samples.simple(3, received=received(MX, fresh)))
    internal = start - timedelta(hours=1)
    c = dovecot.client(user)
    for n, rcv in (
        (11, received("evil.example", Y2K)),  # a forged top header
        (12, received(MX, internal - timedelta(minutes=5))),  # trusted, within the skew
        (13, received(MX, internal - timedelta(days=3))),  # trusted, outside the skew
        (14, received(MX, internal + timedelta(hours=1))),  # trusted, after the arrival
    ):
        c.append("INBOX", samples.simple(n, received=rcv), msg_time=internal)
    c.logout()

    poll(cfg)
    end = datetime.now(UTC)
    f = filings(tmp_path)
    assert len(f) == 7, f

    # the forged drop: filed at its arrival (registration), in this year's register
    for name, reason in (("forged.eml", "untrusted_relay"), ("namedropped.eml", "too_old")):
        got = f[name]
        assert start <= got["at"] <= end, got
        assert got["reason"] == reason
        assert got["number"].startswith(f"CSU-EP/{year(got['at'])}/") and year(got["at"]) > 2000
        assert got["state"] == "late" and got["on_time"] == 0  # the 2000 deadline has passed
    assert f["fresh.eml"]["at"] == fresh and f["fresh.eml"]["reason"] == "trusted_relay"

    uids = sorted(k for k in f if k.isdigit())
    forged, within, outside, after = (f[u] for u in uids)
    assert (forged["at"], forged["reason"]) == (internal, "untrusted_relay")
    assert (within["at"], within["reason"]) == (internal - timedelta(minutes=5), "trusted_relay")
    assert (outside["at"], outside["reason"]) == (internal, "too_old")
    assert (after["at"], after["reason"]) == (internal, "after_arrival")
    for got in (forged, within, outside, after):
        assert got["number"].startswith(f"CSU-EP/{year(got['at'])}/")
