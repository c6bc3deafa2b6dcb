"""Evidence store: content addressing, immutability, verification."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from intake.errors import NotFound
from storage.evidence import EvidenceStore


def test_put_is_content_addressed_and_idempotent(tmp_path: Path) -> None:
    store = EvidenceStore(tmp_path)
    data = b"From: a@b\r\n\r\n\xc5\xbe\xc3\xa1dost\r\n"
    digest = store.put(data)
    assert digest == hashlib.sha256(data).hexdigest()
    assert store.put(data) == digest
    path = store.path_for(digest)
    assert path.read_bytes() == data
    assert path.stat().st_mode & 0o222 == 0  # read-only
    assert list(store.iter_hashes()) == [digest]
    assert [p.name for p in path.parent.iterdir()] == [digest]  # no temp files left


def test_verify_reports_a_changed_blob(tmp_path: Path) -> None:
    store = EvidenceStore(tmp_path)
    good = store.put(b"one")
    bad = store.put(b"two")
    p = store.path_for(bad)
    os.chmod(p, 0o644)
    p.write_bytes(b"tampered")
    results = dict(store.verify())
    assert results[good] is None
    mismatch = results[bad]
    assert mismatch is not None and mismatch.actual == hashlib.sha256(b"tampered").hexdigest()


def test_unknown_or_malformed_names_are_not_found(tmp_path: Path) -> None:
    store = EvidenceStore(tmp_path)
    with pytest.raises(NotFound):
        store.get("0" * 64)
    with pytest.raises(NotFound):
        store.get("../../etc/passwd")
