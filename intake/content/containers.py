"""Unpacking containers — ZIP, ASiC-E/ASiC-S, ISDOCX, EML, ZFO — with limits against bombs.

Each ``unpack_*`` returns the members as (name, data, role) or raises ``ContainerError``
(damaged, encrypted, or over a limit). The caller applies the depth limit and recursion.
"""

from __future__ import annotations

import email
import email.policy
import io
import zipfile
import zlib
from dataclasses import dataclass
from email.message import Message

from intake.content import formats as f
from intake.model import ComponentRole


class ContainerError(Exception):
    """The container cannot be unpacked (damaged, encrypted, or over a limit)."""

    def __init__(self, message: str, *, limit: bool = False) -> None:
        super().__init__(message)
        self.limit = limit


@dataclass
class Budget:
    """Limits shared by the whole unpacking of one submission."""

    max_expanded_bytes: int
    max_ratio: int
    max_members: int
    max_depth: int
    expanded: int = 0
    members: int = 0

    def take(self, n_bytes: int, n_members: int = 0) -> None:
        self.expanded += n_bytes
        self.members += n_members
        if self.members > self.max_members:
            raise ContainerError(f"more than {self.max_members} files in containers", limit=True)
        if self.expanded > self.max_expanded_bytes:
            raise ContainerError(
                f"containers expand to more than {self.max_expanded_bytes} bytes", limit=True
            )


@dataclass(frozen=True)
class Member:
    name: str
    data: bytes
    role: ComponentRole = ComponentRole.ATTACHMENT
    declared_type: str = "application/octet-stream"
    charset: str | None = None


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, budget: Budget) -> bytes:
    if info.flag_bits & 0x1:
        raise ContainerError(f"{info.filename}: encrypted ZIP member")
    ratio_cap = budget.max_ratio * max(info.compress_size, 1)
    if info.file_size > ratio_cap and info.file_size > 1024 * 1024:
        raise ContainerError(
            f"{info.filename}: compression ratio above {budget.max_ratio}", limit=True
        )
    out = bytearray()
    try:
        with zf.open(info) as fh:
            while True:
                chunk = fh.read(256 * 1024)
                if not chunk:
                    break
                out += chunk
                budget.take(len(chunk))
                if len(out) > ratio_cap and len(out) > 1024 * 1024:
                    raise ContainerError(
                        f"{info.filename}: compression ratio above {budget.max_ratio}", limit=True
                    )
    except ContainerError:
        raise
    except (
        zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError, zlib.error
    ) as exc:
        raise ContainerError(f"{info.filename}: {exc}") from exc
    return bytes(out)


def unpack_zip(data: bytes, budget: Budget, *, skip_meta_inf: bool = False) -> list[Member]:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ContainerError(f"damaged ZIP: {exc}") from exc
    out: list[Member] = []
    with zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        budget.take(0, len(infos))
        for info in infos:
            name = info.filename
            if name == "mimetype":
                continue
            role = ComponentRole.ATTACHMENT
            if name.startswith("META-INF/"):
                if skip_meta_inf:
                    role = ComponentRole.SIGNATURE
                else:
                    continue
            out.append(Member(name, _read_member(zf, info, budget), role))
    return out


def unpack_eml(data: bytes, budget: Budget) -> list[Member]:
    """Bodies and attachments of an e-mail that nobody has unpacked yet."""
    try:
        msg = email.message_from_bytes(data, policy=email.policy.compat32)
    except Exception as exc:  # the stdlib parser rarely raises; be safe
        raise ContainerError(f"damaged e-mail: {exc}") from exc
    out: list[Member] = []
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            continue
        n += 1
        payload = _payload(part)
        budget.take(len(payload), 1)
        ctype = part.get_content_type()
        filename = part.get_filename()
        if ctype in ("application/pkcs7-signature", "application/x-pkcs7-signature"):
            role = ComponentRole.SIGNATURE
        elif filename is None and ctype == "text/plain":
            role = ComponentRole.BODY_TEXT
        elif filename is None and ctype == "text/html":
            role = ComponentRole.BODY_HTML
        else:
            role = ComponentRole.ATTACHMENT
        name = filename or f"part-{n}{'.html' if ctype == 'text/html' else '.txt'}"
        out.append(Member(name, payload, role, ctype, part.get_content_charset()))
    return out


def _payload(part: Message) -> bytes:
    data = part.get_payload(decode=True)
    return data if isinstance(data, bytes) else b""


def unpack_zfo(data: bytes, budget: Budget) -> list[Member]:
    """The files of a data-box message (ZFO) attached to a submission, via ``databox.zfo``."""
    from databox.zfo import parse_zfo

    parsed = parse_zfo(data)
    if not parsed.components and parsed.problems:
        raise ContainerError("; ".join(p.message for p in parsed.problems))
    out: list[Member] = []
    for c in parsed.components:
        if c.role is ComponentRole.ENVELOPE:
            continue
        budget.take(len(c.data), 1)
        out.append(Member(c.name, c.data, c.role, c.declared_type, c.charset))
    return out


def unpack(detected_type: str, data: bytes, budget: Budget) -> list[Member]:
    if detected_type in (f.ZIP, f.ISDOCX):
        return unpack_zip(data, budget)
    if detected_type in (f.ASICE, f.ASICS):
        return unpack_zip(data, budget, skip_meta_inf=True)
    if detected_type == f.EML:
        return unpack_eml(data, budget)
    if detected_type == f.ZFO:
        return unpack_zfo(data, budget)
    raise ContainerError(f"not a container: {detected_type}")
