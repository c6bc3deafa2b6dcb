"""Content-addressed evidence store: every received item byte-for-byte, never modified.

Layout: ``<dir>/sha256/ab/cd/<hex>``. A write goes temp file → fsync → rename → fsync of the
directory (and of each directory above whose entry this store has not synced yet), so after
``put`` returns the blob survives a crash or power loss. Blobs are made
read-only; a blob that exists already is not rewritten (same hash, same bytes).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from intake.errors import NotFound, StorageError

logger = logging.getLogger(__name__)
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Mismatch:
    sha256: str
    """The name (expected hash) of the blob."""
    actual: str | None
    """What its bytes hash to now, or None when it could not be read."""
    path: Path


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class EvidenceStore:
    """Durable, append-only blob store keyed by SHA-256."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self._durable: set[Path] = set()
        """Directories whose own entry (in their parent) this store has fsynced: a new blob
        in one of them needs only its own directory synced, not every level above."""

    def path_for(self, sha256: str) -> Path:
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            raise NotFound(f"not a SHA-256 hex digest: {sha256[:80]!r}")
        return self.root / "sha256" / sha256[:2] / sha256[2:4] / sha256

    def put(self, data: bytes) -> str:
        """Store ``data`` durably and return its SHA-256 hex digest.

        Raises StorageError when the write is refused (disk full, permissions)."""
        return self.put_many([data])[0]

    def put_many(self, blobs: list[bytes]) -> list[str]:
        """Store several blobs durably: each file fsynced and renamed into place, then every
        touched directory fsynced once. Returns their digests, in order.

        Raises StorageError when a write is refused; blobs written before stay (harmless:
        content-addressed and unreferenced until registered)."""
        digests = []
        dirs: set[Path] = set()
        entered: set[Path] = set()
        for data in blobs:
            digest = sha256_hex(data)
            digests.append(digest)
            target = self.path_for(digest)
            if target.exists() and target.stat().st_size == len(data):
                continue
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
                fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=target.parent)
                try:
                    with os.fdopen(fd, "wb") as f:
                        f.write(data)
                        f.flush()
                        os.fsync(f.fileno())
                    os.chmod(tmp, 0o444)
                    os.replace(tmp, target)
                except BaseException:
                    with contextlib.suppress(OSError):
                        os.unlink(tmp)
                    raise
            except OSError as exc:
                raise StorageError(f"evidence store refused the write of {digest}: {exc}") from exc
            leaf = target.parent
            dirs.add(leaf)  # the blob's entry
            for d in (leaf, leaf.parent):  # a directory's own entry, unless known durable
                if d not in self._durable:
                    dirs.add(d.parent)
                    entered.add(d)
        try:
            for d in sorted(dirs, key=lambda p: len(p.parts), reverse=True):
                _fsync_dir(d)
        except OSError as exc:
            raise StorageError(f"evidence store could not sync {exc.filename}: {exc}") from exc
        self._durable.update(entered)
        return digests

    def get(self, sha256: str) -> bytes:
        try:
            return self.path_for(sha256).read_bytes()
        except FileNotFoundError as exc:
            raise NotFound(f"evidence blob {sha256} is missing") from exc
        except OSError as exc:
            raise StorageError(f"cannot read evidence blob {sha256}: {exc}") from exc

    def exists(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def iter_hashes(self) -> Iterator[str]:
        base = self.root / "sha256"
        if not base.is_dir():
            return
        for path in sorted(base.glob("??/??/*")):
            if path.is_file() and not path.name.startswith(".tmp-"):
                yield path.name

    def verify(self) -> Iterator[tuple[str, Mismatch | None]]:
        """Re-hash every blob; yields (name, None) when intact or (name, Mismatch)."""
        for name in self.iter_hashes():
            path = self.path_for(name)
            try:
                h = hashlib.sha256()
                with path.open("rb") as f:
                    while chunk := f.read(_CHUNK):
                        h.update(chunk)
                actual: str | None = h.hexdigest()
            except OSError:
                actual = None
            yield name, (None if actual == name else Mismatch(name, actual, path))


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
