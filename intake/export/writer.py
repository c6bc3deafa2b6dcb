"""Hand-over of filings to an eSSL: one directory per filing with the original message
(byte-identical to the evidence store), its components, the verification record
(``verification.json``) and ``metadata.xml`` (schema ``podatelna-export-1.xsd``, copied
alongside). Written atomically (a temporary directory renamed into place) and audited."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session

from intake.errors import StorageError, UsageError
from intake.export.plan import ExportFile, directory_name, export_files
from storage import audit
from storage.evidence import EvidenceStore
from storage.registry import submission_parts
from storage.tables import Submission, utcnow

__all__ = ["Exported", "directory_name", "export_submission"]


@dataclass(frozen=True)
class Exported:
    registry_number: str
    directory: Path
    files: int


def _blob(evidence: EvidenceStore, sha256: str) -> bytes:
    """The evidence blob ``sha256``, re-hashed: a changed original is never handed over."""
    data = evidence.get(sha256)
    if hashlib.sha256(data).hexdigest() != sha256:
        raise StorageError(f"evidence blob {sha256} does not match its hash; not exported")
    return data


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | (os.O_DIRECTORY if path.is_dir() else 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_tree(files: list[ExportFile], tmp: Path) -> None:
    dirs = {tmp}
    for f in files:
        target = tmp / f.path
        target.parent.mkdir(parents=True, exist_ok=True)
        dirs.add(target.parent)
        with target.open("xb") as fh:
            fh.write(f.data)
            fh.flush()
            os.fsync(fh.fileno())
    for d in sorted(dirs, key=lambda p: len(p.parts), reverse=True):
        _fsync(d)


def write_atomically(files: list[ExportFile], target: Path, *, replace: bool) -> None:
    """Write ``files`` into a new directory ``target``: a temporary sibling first, renamed
    into place only when complete (an existing ``target`` is replaced only if ``replace``)."""
    parent = target.parent
    parent.mkdir(parents=True, exist_ok=True)
    if target.exists() and not replace:
        raise UsageError(f"{target} exists already (use --replace to export again)")
    tmp = Path(tempfile.mkdtemp(prefix=f".tmp-{target.name}-", dir=parent))
    old: Path | None = None
    try:
        _write_tree(files, tmp)
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=f".old-{target.name}-", dir=parent))
            os.replace(target, old / target.name)
        os.rename(tmp, target)
        _fsync(parent)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        if old is not None and not target.exists():
            with contextlib.suppress(OSError):
                os.rename(old / target.name, target)
        raise
    finally:
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)


def export_submission(
    s: Session,
    sub: Submission,
    evidence: EvidenceStore,
    root: Path,
    *,
    originator: str,
    actor: str,
    replace: bool = False,
) -> Exported:
    """Export ``sub`` to ``root/<registry number>/``; the audit entry is appended in ``s``
    (committed by the caller, after the directory is in place)."""
    parts = submission_parts(s, sub.id)
    original = _blob(evidence, sub.sha256)
    blobs = [_blob(evidence, c.sha256) for c in parts.components]
    files = export_files(sub, parts, original, blobs, originator=originator, exported_at=utcnow())
    target = root / directory_name(sub.registry_number)
    write_atomically(files, target, replace=replace)
    metadata = next(f for f in files if f.path == "metadata.xml")
    audit.append(
        s,
        actor=actor,
        action="submission.exported",
        subject_type="submission",
        subject_id=sub.id or "",
        data={
            "directory": str(target),
            "files": len(files),
            "original_sha256": sub.sha256,
            "metadata_sha256": hashlib.sha256(metadata.data).hexdigest(),
        },
    )
    return Exported(sub.registry_number, target, len(files))
