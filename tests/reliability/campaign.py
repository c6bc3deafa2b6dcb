"""Shared parts of the crash and fault campaigns: a real intake deployment in a temp dir
(PostgreSQL registry, Dovecot account, ISDS stand-in), signed e-mails and sealed data-box
messages, ``podatelna`` child processes, and the end-of-campaign ledger checks."""

from __future__ import annotations

import hashlib
import os
import secrets
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from imapclient import IMAPClient
from sqlalchemy import Engine, create_engine, text

from databox.standin.server import StandIn
from databox.zfo import PRAGUE
from tests.fixtures.imap import Dovecot
from tests.fixtures.isds import ISDS_USER, add_messages, standin_password
from tests.fixtures.pki import TestPKI

ROOT = Path(__file__).resolve().parents[2]
TERMINAL = ("ready_for_review", "defective", "late")


def signed_mails(pki: TestPKI, n: int, tag: str) -> dict[str, bytes]:
    """``n`` S/MIME-signed (qualified test signer) applications, by unique Message-ID."""
    out = {}
    for i in range(n):
        mid = f"<{tag}-{i:05d}.{secrets.token_hex(4)}@example.cz>"
        entity = pki.entity(
            f"Dobrý den,\r\nžádáme o přístup k XML serveru výsledků voleb (č. {i}).\r\n"
            f"Redakce {i} s.r.o., IP 192.0.2.{i % 250 + 1}, tel. +420 601 {i:03d} {i % 1000:03d}\r\n"
        )
        raw = pki.smime("qualified", entity=entity)
        raw = raw.replace(b"Message-ID: <t@example.test>", f"Message-ID: {mid}".encode())
        out[mid] = (
            b"Received: from mail.example.cz by mx.podatelna.example; "
            b"Fri, 27 Nov 2026 10:00:00 +0100\r\n" + raw
        )
    return out


def databox_messages(server: StandIn, n: int) -> list[str]:
    """``n`` sealed received messages, all delivered in the recent past; their dmIDs."""
    start = datetime.now(PRAGUE) - timedelta(minutes=40)
    step = timedelta(seconds=max(1, 1800 // max(n, 1)))
    return [m.dm_id for m in add_messages(server, n, start=start, step=step)]


@dataclass
class Deployment:
    """One podatelna installation under ``dir`` talking to real servers."""

    dir: Path
    db_url: str
    dovecot: Dovecot | None = None
    user: str = ""
    standin: StandIn | None = None
    evidence_dir: Path | None = None
    procs: list[subprocess.Popen[bytes]] = field(default_factory=list)
    _engine: Engine | None = None

    @property
    def cfg(self) -> Path:
        return self.dir / "podatelna.toml"

    def write_config(self, pki: TestPKI | None = None, *, databox_timeout: float = 5.0) -> None:
        anchors = self.dir / "anchors"
        anchors.mkdir(exist_ok=True)
        trust = "fetch_revocation = false\nuse_trusted_lists = false\n"
        if pki is not None:
            (anchors / "root.pem").write_bytes((pki.anchors_dir / "root.pem").read_bytes())
            trust += f'crl_dir = "{pki.crl_dir}"\n'
        if self.standin is not None:
            self.standin.authority.write_ca(anchors / "isds-standin-ca.pem")
        evidence = self.evidence_dir or self.dir / "evidence"
        text_ = (
            f'mode = "development"\n[database]\nurl = "{self.db_url}"\n'
            f'[evidence]\ndir = "{evidence}"\n[worker]\npoll_seconds = 0.2\n'
            f'[trust]\nanchors_dir = "{anchors}"\n{trust}'
        )
        if self.dovecot is not None:
            d = self.dovecot
            text_ += (
                f'[[source]]\nkind = "imap"\nname = "mail"\nhost = "{d.host}"\nport = {d.port}\n'
                f'security = "starttls"\nca_file = "{d.tls.ca}"\nusername = "{self.user}"\n'
                f'password = "{d.password}"\nprocessed_folder = "Processed"\n'
                'quarantine_folder = "Quarantine"\ntrusted_mx = "mx.podatelna.example"\n'
                "timeout_seconds = 5\n"
            )
        if self.standin is not None:
            s = self.standin
            text_ += (
                f'[[source]]\nkind = "databox"\nname = "box"\nbase_url = "{s.url}"\n'
                f'login = "password"\nusername = "{ISDS_USER}"\n'
                f'password = "{standin_password(s)}"\npage_size = 25\n'
                f"timeout_seconds = {databox_timeout}\n"
            )
        self.cfg.write_text(text_, encoding="utf-8")

    # ---- processes -------------------------------------------------------------------

    def env(self) -> dict[str, str]:
        return {k: v for k, v in os.environ.items() if not k.startswith("PODATELNA_")}

    def start(self, *args: str, log: str = "proc") -> subprocess.Popen[bytes]:
        out = open(self.dir / f"{log}.log", "ab")  # noqa: SIM115 - closed with the process
        p = subprocess.Popen(
            [sys.executable, "-m", "intake", "--config", str(self.cfg), *args],
            cwd=self.dir,
            env=self.env(),
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        out.close()
        self.procs.append(p)
        return p

    def run(self, *args: str, timeout: float = 240) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "intake", "--config", str(self.cfg), *args],
            cwd=self.dir,
            env=self.env(),
            capture_output=True,
            text=True,
            timeout=timeout,
        )

    def stop_all(self) -> None:
        for p in self.procs:
            if p.poll() is None:
                p.send_signal(signal.SIGKILL)
            p.wait()
        self.procs.clear()

    def log(self, name: str) -> str:
        path = self.dir / f"{name}.log"
        return path.read_text(errors="replace") if path.exists() else ""

    # ---- observations ----------------------------------------------------------------

    def sql(self, query: str) -> list[Any]:
        if self._engine is None:
            self._engine = create_engine(self.db_url, pool_pre_ping=True, pool_size=1)
        with self._engine.connect() as c:
            return list(c.execute(text(query)).all())

    def close(self) -> None:
        self.stop_all()
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    def scalar(self, query: str) -> int:
        try:
            return int(self.sql(query)[0][0])
        except Exception:  # the table may not exist yet (first start migrates)
            return 0

    def imap_client(self) -> IMAPClient:
        assert self.dovecot is not None
        return self.dovecot.client(self.user)


def message_ids(client: IMAPClient, folder: str) -> Counter[str]:
    """Message-IDs of every message in ``folder`` (a Counter: duplicates show as > 1)."""
    if not client.folder_exists(folder):
        return Counter()
    client.select_folder(folder, readonly=True)
    uids = client.search(["ALL"])
    ids: Counter[str] = Counter()
    for i in range(0, len(uids), 500):
        got = client.fetch(uids[i : i + 500], ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"])
        for data in got.values():
            raw = data[b"BODY[HEADER.FIELDS (MESSAGE-ID)]"].decode().strip()
            ids[raw.split(":", 1)[1].strip() if ":" in raw else raw] += 1
    return ids


def folder_count(client: IMAPClient, folder: str) -> int:
    if not client.folder_exists(folder):
        return 0
    return int(client.folder_status(folder, [b"MESSAGES"])[b"MESSAGES"])


@dataclass
class Ledger:
    """What the campaign ended with; ``problems()`` lists every broken promise."""

    submissions: int
    expected: int
    lost: int
    duplicated: int
    seq_gaps: list[int]
    unacked: int
    double_acks: int
    stage_repeats: int
    audit_ok: bool
    evidence_ok: bool
    figures: dict[str, Any] = field(default_factory=dict)

    def problems(self) -> list[str]:
        out = []
        if self.submissions != self.expected:
            out.append(f"{self.submissions} submissions for {self.expected} messages")
        if self.lost:
            out.append(f"{self.lost} lost")
        if self.duplicated:
            out.append(f"{self.duplicated} duplicated")
        if self.seq_gaps:
            out.append(f"registry numbers not gapless: {self.seq_gaps[:10]}")
        if self.unacked:
            out.append(f"{self.unacked} source messages not acknowledged")
        if self.double_acks:
            out.append(f"{self.double_acks} source messages acknowledged more than once")
        if self.stage_repeats:
            out.append(f"{self.stage_repeats} stage transitions recorded twice")
        if not self.audit_ok:
            out.append("audit verify failed")
        if not self.evidence_ok:
            out.append("evidence verify failed")
        return out


def ledger(dep: Deployment, mails: dict[str, bytes], dm_ids: list[str]) -> Ledger:
    """Count everything against the source messages (by Message-ID, dmID and SHA-256)."""
    rows = dep.sql("select source, source_ref, sha256, registry_seq from submission")
    expected = len(mails) + len(dm_ids)
    shas = Counter(r[2] for r in rows)
    mail_shas = Counter(r[2] for r in rows if r[0] == "mail")
    box_refs = Counter(r[1] for r in rows if r[0] == "box")
    expected_shas = {hashlib.sha256(raw).hexdigest() for raw in mails.values()}
    lost = len(expected_shas - set(mail_shas)) + len(set(dm_ids) - set(box_refs))
    duplicated = sum(n - 1 for n in shas.values() if n > 1) + sum(
        n - 1 for c in (mail_shas, box_refs) for n in c.values() if n > 1
    )
    seqs = sorted(r[3] for r in rows)
    gaps = sorted(set(range(1, len(rows) + 1)) - set(seqs)) + [
        s for s, n in Counter(seqs).items() if n > 1
    ]
    unacked = double = 0
    figures: dict[str, Any] = {}
    if dep.dovecot is not None:
        c = dep.imap_client()
        try:
            processed = message_ids(c, "Processed")
            inbox = folder_count(c, "INBOX")
            quarantine = folder_count(c, "Quarantine")
        finally:
            c.logout()
        unacked += inbox + quarantine + len(set(mails) - set(processed))
        double += sum(1 for n in processed.values() if n > 1)
        figures.update(inbox_left=inbox, processed=sum(processed.values()))
    if dep.standin is not None:
        marks = Counter(dep.standin.mailbox.marked)
        unacked += len(set(dm_ids) - set(marks))
        double += sum(1 for n in marks.values() if n > 1)
        figures.update(mark_calls=sum(marks.values()), marked=len(marks))
    moves = dep.sql("select subject_id, data from audit_entry where action = 'submission.state'")
    per = Counter((sid, (d if isinstance(d, dict) else {}).get("to")) for sid, d in moves)
    repeats = sum(n - 1 for n in per.values() if n > 1)
    audit_run = dep.run("audit", "verify")
    evidence_run = dep.run("evidence", "verify")
    figures.update(
        audit=(audit_run.stdout + audit_run.stderr).strip()[-300:],
        evidence=(evidence_run.stdout + evidence_run.stderr).strip()[-300:],
    )
    return Ledger(
        submissions=len(rows),
        expected=expected,
        lost=lost,
        duplicated=duplicated,
        seq_gaps=gaps,
        unacked=unacked,
        double_acks=double,
        stage_repeats=repeats,
        audit_ok=audit_run.returncode == 0,
        evidence_ok=evidence_run.returncode == 0,
        figures=figures,
    )


def wait_for(what: str, done: Callable[[], bool], timeout: float, *, every: float = 0.2) -> None:
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(every)
