"""Content-addressed evidence store: every received item byte-for-byte, never modified.

Layout: ``<dir>/sha256/ab/cd/<hex>``. A write goes temp file → its bytes durable → rename →
the rename durable, so after ``put`` returns the blob survives a crash or power loss. On Linux
(5.8 or later) a list of blobs is made durable with two ``syncfs`` calls, one before the
renames and one after; elsewhere with an fsync of each file and of each touched directory
(and of each directory above whose entry this store has not synced yet). Blobs are made
read-only; a blob that exists already is not rewritten (same hash, same bytes).
"""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import logging
import os
import platform
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import cast

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
        """Store several blobs durably and return their digests, in order. Every new blob is
        written to a temp file, its bytes made durable, renamed into place, and the renames
        made durable, before this returns: on Linux with two ``syncfs`` calls for the whole
        list (one flush of the file system for the bytes, one for the names), elsewhere with
        an fsync of each file and of each touched directory.

        Raises StorageError when a write is refused; blobs written before stay (harmless:
        content-addressed and unreferenced until registered)."""
        digests = [sha256_hex(data) for data in blobs]
        new: dict[str, bytes] = {}
        for digest, data in zip(digests, blobs, strict=True):
            target = self.path_for(digest)
            if not (target.exists() and target.stat().st_size == len(data)):
                new[digest] = data
        if new and _SYNCFS is not None:
            self._put_flushed(new)
        elif new:
            self._put_fsynced(new)
        return digests

    def _put_flushed(self, new: dict[str, bytes]) -> None:
        """Temp files written, one ``syncfs`` of each file system they are on, the renames,
        the same ``syncfs`` again: the bytes are durable before any name points at them."""
        renames: list[tuple[str, Path]] = []
        what = ""
        try:
            for digest, data in new.items():
                what = f"the write of {digest}"
                target = self.path_for(digest)
                renames.append((_write_temp(target, data, fsync=False), target))
            what = f"the write of {len(new)} blob(s)"
            devices = _devices([self.root, *(t.parent for _, t in renames)])
            _flush(devices)
            while renames:
                tmp, target = renames[-1]
                os.replace(tmp, target)
                renames.pop()
            _flush(devices)
        except OSError as exc:
            raise StorageError(f"evidence store refused {what}: {exc}") from exc
        finally:
            for tmp, _ in renames:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)

    def _put_fsynced(self, new: dict[str, bytes]) -> None:
        """Each file fsynced and renamed into place, then every touched directory fsynced
        once (each directory above only until its own entry is known durable)."""
        dirs: set[Path] = set()
        entered: set[Path] = set()
        for digest, data in new.items():
            target = self.path_for(digest)
            try:
                os.replace(_write_temp(target, data, fsync=True), target)
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


def _write_temp(target: Path, data: bytes, *, fsync: bool) -> str:
    """``data`` in a new read-only temp file beside ``target`` (fsynced if asked); its path.
    Raises OSError, leaving no temp file behind."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            if fsync:
                os.fsync(f.fileno())
        os.chmod(tmp, 0o444)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return tmp


def _devices(paths: list[Path]) -> list[Path]:
    """One directory of each file system among ``paths``."""
    seen: dict[int, Path] = {}
    for path in paths:
        seen.setdefault(os.stat(path).st_dev, path)
    return list(seen.values())


def _flush(dirs: list[Path]) -> None:
    """``syncfs`` of the file system of each directory; raises OSError on a failure (the
    kernel reports write-back errors since Linux 5.8)."""
    assert _SYNCFS is not None
    for path in dirs:
        fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
        try:
            if _SYNCFS(fd) != 0:
                err = ctypes.get_errno()
                raise OSError(err, os.strerror(err), str(path))
        finally:
            os.close(fd)


def _load_syncfs() -> Callable[[int], int] | None:
    """libc's ``syncfs`` on Linux 5.8 or later (earlier kernels do not report write-back
    errors from it), else None: the fsync path."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        major, minor = (int(x) for x in platform.release().split(".")[:2])
    except ValueError:
        return None
    if (major, minor) < (5, 8):
        return None
    try:
        fn = ctypes.CDLL(None, use_errno=True).syncfs
    except (OSError, AttributeError):
        return None
    fn.argtypes = [ctypes.c_int]
    fn.restype = ctypes.c_int
    return cast(Callable[[int], int], fn)


_SYNCFS = _load_syncfs()


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
