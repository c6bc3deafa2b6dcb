"""minisign format: our signatures verify (also with the minisign tool), tampering fails."""

from __future__ import annotations

import base64
import shutil
import subprocess
from pathlib import Path

import pytest

from intake.feed import minisign
from tests.fixtures.common import missing

DATA = b"allow 198.51.100.7;\ndeny all;\n"
COMMENT = "timestamp:1671000000\tversion:7\tprofile:live\tformat:nginx"


def test_round_trip_and_trusted_comment_fields() -> None:
    key = minisign.generate()
    sig = key.sign(DATA, COMMENT)
    v = minisign.verify(DATA, sig, key.public)
    assert v.trusted_comment == COMMENT
    assert v.fields() == {
        "timestamp": "1671000000",
        "version": "7",
        "profile": "live",
        "format": "nginx",
    }


def test_tampering_is_rejected() -> None:
    key = minisign.generate()
    sig = key.sign(DATA, COMMENT)
    with pytest.raises(minisign.SignatureError):
        minisign.verify(DATA + b"allow 192.0.2.1;\n", sig, key.public)
    forged_comment = sig.replace("version:7", "version:9")
    assert forged_comment != sig
    with pytest.raises(minisign.SignatureError):
        minisign.verify(DATA, forged_comment, key.public)
    lines = sig.splitlines()
    raw = bytearray(base64.b64decode(lines[1]))
    raw[-1] ^= 1
    lines[1] = base64.b64encode(bytes(raw)).decode()
    with pytest.raises(minisign.SignatureError):
        minisign.verify(DATA, "\n".join(lines) + "\n", key.public)
    with pytest.raises(minisign.SignatureError):
        minisign.verify(DATA, sig, minisign.generate().public)
    with pytest.raises(minisign.SignatureError):
        minisign.verify(DATA, "garbage", key.public)


def test_key_files_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "k" / "minisign.key"
    key = minisign.load_or_create(path)
    assert path.stat().st_mode & 0o777 == 0o600
    again = minisign.load_or_create(path)
    assert again == key
    pub = minisign.load_public_key(path.with_suffix(".pub").read_text())
    assert pub == key.public
    bare = path.with_suffix(".pub").read_text().splitlines()[1]
    assert minisign.load_public_key(bare) == key.public


def _minisign() -> str:
    tool = shutil.which("minisign")
    if tool is None:
        missing("minisign", "apt-get install minisign")
    return tool


def test_minisign_tool_verifies_our_signature(tmp_path: Path) -> None:
    tool = _minisign()
    key = minisign.generate()
    (tmp_path / "k.pub").write_text(key.public.to_file())
    (tmp_path / "list").write_bytes(DATA)
    (tmp_path / "list.minisig").write_text(key.sign(DATA, COMMENT))
    r = subprocess.run(
        [tool, "-V", "-p", str(tmp_path / "k.pub"), "-m", str(tmp_path / "list")],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 0, r.stderr
    assert "version:7" in r.stdout
    (tmp_path / "list").write_bytes(DATA + b"#")
    r = subprocess.run(
        [tool, "-V", "-p", str(tmp_path / "k.pub"), "-m", str(tmp_path / "list")],
        capture_output=True,
        text=True,
    )
    assert r.returncode != 0


def test_we_verify_the_minisign_tool_and_read_its_keys(tmp_path: Path) -> None:
    tool = _minisign()
    pub, sec = tmp_path / "t.pub", tmp_path / "t.key"
    subprocess.run(
        [tool, "-G", "-W", "-p", str(pub), "-s", str(sec)], check=True, capture_output=True
    )
    (tmp_path / "f").write_bytes(DATA)
    subprocess.run(
        [tool, "-S", "-s", str(sec), "-m", str(tmp_path / "f"), "-t", COMMENT],
        check=True,
        capture_output=True,
    )
    public = minisign.load_public_key(pub.read_text())
    v = minisign.verify(DATA, (tmp_path / "f.minisig").read_text(), public)
    assert v.fields()["version"] == "7"
    secret = minisign.load_secret_key(sec.read_text())
    assert secret.public == public
    # and the tool signs with a key file we wrote
    ours = minisign.generate()
    (tmp_path / "o.key").write_text(ours.to_file())
    subprocess.run(
        [
            tool,
            "-S",
            "-s",
            str(tmp_path / "o.key"),
            "-m",
            str(tmp_path / "f"),
            "-x",
            str(tmp_path / "o.sig"),
        ],
        check=True,
        capture_output=True,
    )
    minisign.verify(DATA, (tmp_path / "o.sig").read_text(), ours.public)
