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


@pytest.mark.parametrize("path", ["syncfs", "fsync"])
def test_put_many_stores_each_blob_once_on_either_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, path: str
) -> None:
    from storage import evidence

    if path == "fsync":
        monkeypatch.setattr(evidence, "_SYNCFS", None)
    elif evidence._SYNCFS is None:
        pytest.skip("no syncfs on this system")
    store = EvidenceStore(tmp_path)
    blobs = [b"one", b"two", b"one", b"three" * 1000]
    digests = store.put_many(blobs)
    assert digests == [hashlib.sha256(b).hexdigest() for b in blobs]
    assert sorted(store.iter_hashes()) == sorted(set(digests))
    for digest, data in zip(digests, blobs, strict=True):
        assert store.get(digest) == data
        assert store.path_for(digest).stat().st_mode & 0o222 == 0
    assert not [p for p in tmp_path.rglob(".tmp-*")]
    assert store.put_many([b"two", b"four"])[1] == hashlib.sha256(b"four").hexdigest()


def test_a_failed_flush_leaves_no_blob_and_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from intake.errors import StorageError
    from storage import evidence

    def failing(fd: int) -> int:
        import ctypes

        ctypes.set_errno(5)  # EIO: write-back failed
        return -1

    monkeypatch.setattr(evidence, "_SYNCFS", failing)
    store = EvidenceStore(tmp_path)
    with pytest.raises(StorageError, match="refused the write of 2 blob"):
        store.put_many([b"lost", b"also lost"])
    assert list(store.iter_hashes()) == []
    assert not [p for p in tmp_path.rglob(".tmp-*")]
