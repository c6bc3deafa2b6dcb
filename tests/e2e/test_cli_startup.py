"""``podatelna inspect`` starts fast because it imports only what it uses (issue 16; the time
itself is a benchmark figure, bench/startup.py). Each case runs in a fresh interpreter, since
this test session has long imported everything."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fixtures.pki import TestPKI

ROOT = Path(__file__).resolve().parents[2]

NEVER_FOR_INSPECT = (
    "sqlalchemy", "sqlmodel", "alembic", "psycopg",  # the database
    "fastapi", "starlette", "uvicorn", "jinja2", "playwright",  # the web app, templates
    "requests", "urllib3", "zeep", "imapclient", "smtplib",  # network clients
    "xsdata", "pyhanko.generated",  # the EU trusted lists' XML bindings (no lists cached)
    "reportlab", "intake.notices", "intake.feed.service", "intake.service", "intake.web",
    "storage.db", "storage.tables", "databox.client",
)  # fmt: skip
"""Modules (and their submodules) that ``inspect`` needs none of."""
NEVER_FOR_THE_PARSER = (*NEVER_FOR_INSPECT, "pyhanko", "aiohttp", "pydantic", "intake.config")
"""Building the argument parser (every command registered) imports no command's work."""

PROBE = """
import contextlib, io, json, sys
from intake.cli import main
with contextlib.redirect_stdout(io.StringIO()) as out, contextlib.redirect_stderr(io.StringIO()):
    rc = main(sys.argv[1:])
from asn1crypto import cms, x509

def usable(cls, name):
    try:
        cls.unmap(name)
        return True
    except ValueError:
        return False

print(json.dumps({
    "rc": rc, "out": out.getvalue(), "modules": sorted(sys.modules),
    # pyHanko extends asn1crypto's OID maps on import; a map asn1crypto has already reversed
    # before that would refuse these names to every later signature in the process
    "names": {n: usable(c, n) for c, n in ((cms.CMSAttributeType, "signing_certificate_v2"),
                                            (x509.ExtensionId, "qc_statements"))},
}))
"""


def probe(cwd: Path, *argv: str) -> dict:  # type: ignore[type-arg]
    p = subprocess.run(
        [sys.executable, "-c", PROBE, *argv],
        cwd=cwd,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert p.returncode == 0, p.stderr
    result: dict = json.loads(p.stdout)  # type: ignore[type-arg]
    return result


def loaded(modules: list[str], names: tuple[str, ...]) -> list[str]:
    return [m for m in modules for n in names if m == n or m.startswith(n + ".")]


def test_the_parser_imports_no_commands_work(tmp_path: Path) -> None:
    got = probe(tmp_path)  # no command: prints the help, exit 2
    assert got["rc"] == 2
    assert loaded(got["modules"], NEVER_FOR_THE_PARSER) == []


def _inspect(tmp_path: Path, pki: TestPKI, name: str, raw: bytes) -> dict:  # type: ignore[type-arg]
    f = tmp_path / name
    f.write_bytes(raw)
    got = probe(
        tmp_path, "inspect", str(f), "--json",
        "--trust-dir", str(pki.anchors_dir), "--trust-dir", str(pki.isds_anchors_dir),
        "--crl-dir", str(pki.crl_dir),
    )  # fmt: skip
    assert got["rc"] == 0
    return got


def test_inspect_of_a_signed_mail_imports_no_database_web_or_network_client(
    tmp_path: Path, pki: TestPKI
) -> None:
    got = _inspect(tmp_path, pki, "signed.eml", pki.smime("qualified"))
    assert json.loads(got["out"])["signature"]["status"] == "valid"  # it did verify
    assert loaded(got["modules"], NEVER_FOR_INSPECT) == []


def test_inspect_of_an_unsigned_mail_imports_no_database_web_or_network_client(
    tmp_path: Path, pki: TestPKI
) -> None:
    got = _inspect(tmp_path, pki, "plain.eml", pki.headers("alice@example.cz") + pki.entity())
    assert json.loads(got["out"])["signature"]["status"] == "missing"
    assert loaded(got["modules"], NEVER_FOR_INSPECT) == []
    # no HTML body, no winmail.dat: their parsers stay unloaded too
    assert loaded(got["modules"], ("bs4", "tnefparse")) == []


@pytest.mark.parametrize("kind", ["opaque", "zfo", "pdf", "nested"])
def test_pyhankos_asn1_names_survive_any_input(tmp_path: Path, pki: TestPKI, kind: str) -> None:
    """The pipeline no longer imports pyHanko before it parses anything; whatever it parses
    first must not freeze asn1crypto's maps before pyHanko extends them."""
    raw = {
        "opaque": lambda: pki.opaque("qualified"),
        "zfo": pki.zfo,
        "pdf": lambda: _mail_with_pdf(pki),
        "nested": lambda: pki.nested_in_mixed("qualified"),
    }[kind]()
    got = _inspect(tmp_path, pki, "in.zfo" if kind == "zfo" else "in.eml", raw)
    assert got["names"] == {"signing_certificate_v2": True, "qc_statements": True}


def _mail_with_pdf(pki: TestPKI) -> bytes:
    import base64

    pdf = base64.encodebytes(pki.signed_pdf("qualified")).replace(b"\n", b"\r\n")
    return (
        pki.headers("alice@example.cz")
        + b'Content-Type: multipart/mixed; boundary="b1"\r\n\r\n--b1\r\n'
        + b"Content-Type: text/plain; charset=utf-8\r\n\r\nZadost v priloze.\r\n--b1\r\n"
        + b'Content-Type: application/pdf; name="z.pdf"\r\nContent-Transfer-Encoding: base64\r\n'
        + b'Content-Disposition: attachment; filename="z.pdf"\r\n\r\n'
        + pdf
        + b"\r\n--b1--\r\n"
    )
