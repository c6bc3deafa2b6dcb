"""Find S/MIME signatures in a message's exact raw bytes (never a re-serialised email object).

The message is first made CRLF-canonical (bare LF -> CRLF), then walked on raw bytes: for
``multipart/signed`` the signed entity is the exact slice between the first boundary line's CRLF
and the CRLF preceding the next delimiter (RFC 1847 / 8551); opaque ``pkcs7-mime`` signed-data
and ``.p7s`` / ``.p7m`` attachments are decoded from their part bodies. ``micalg`` is ignored.
"""

from __future__ import annotations

import base64
import binascii
import quopri
import re
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import Message

from asn1crypto import cms

SIG_TYPES = ("application/pkcs7-signature", "application/x-pkcs7-signature")
MIME_TYPES = ("application/pkcs7-mime", "application/x-pkcs7-mime")
MAX_DEPTH = 12


def canonical_crlf(raw: bytes) -> bytes:
    if raw.count(b"\n") == raw.count(b"\r\n"):
        return raw  # already canonical (the usual case for messages straight from SMTP/IMAP)
    return re.sub(rb"(?<!\r)\n", b"\r\n", raw)


@dataclass(frozen=True)
class Entity:
    """One MIME entity as a slice of the canonical raw message."""

    headers: Message
    raw: memoryview
    """Headers + CRLF CRLF + body, exactly (a view of the message: nothing is copied)."""
    body: memoryview

    @property
    def content_type(self) -> str:
        return self.headers.get_content_type().lower()

    def param(self, name: str) -> str | None:
        v = self.headers.get_param(name, header="content-type")
        if isinstance(v, tuple):
            v = v[2]
        return str(v) if v is not None else None

    @property
    def filename(self) -> str:
        name = self.headers.get_filename() or self.param("name") or ""
        return str(name)

    def decoded(self) -> bytes:
        cte = str(self.headers.get("content-transfer-encoding", "7bit")).strip().lower()
        if cte == "base64":
            try:
                return base64.b64decode(self.body, validate=False)  # skips line breaks
            except binascii.Error:
                return b""
        if cte == "quoted-printable":
            return quopri.decodestring(bytes(self.body))
        return bytes(self.body)


_HEADER_END = re.compile(rb"\r\n\r\n")


def parse_entity(raw: bytes | memoryview) -> Entity:
    view = memoryview(raw)
    m = _HEADER_END.search(view)  # type: ignore[call-overload]
    if view[:2] == b"\r\n":
        head, body = view[:0], view[2:]
    elif m is None:
        head, body = view, view[len(view) :]
    else:
        head, body = view[: m.start() + 2], view[m.end() :]
    return Entity(headers=_mime_headers(bytes(head)), raw=view, body=body)


_WANTED = ("content-type", "content-transfer-encoding", "content-disposition")
_FIELD = re.compile(rb"^([!-9;-~]+)[ \t]*:(.*)$")


def _mime_headers(head: bytes) -> Message:
    """The MIME headers of an entity (Content-Type, -Transfer-Encoding, -Disposition), unfolded;
    values are parsed by the ``email`` package, the other headers are not needed here."""
    msg = Message()
    name: bytes | None = None
    value: list[bytes] = []

    def flush() -> None:
        if name is not None and name.decode("ascii", "replace").lower() in _WANTED:
            msg[name.decode("ascii")] = b" ".join(v.strip() for v in value).decode("latin-1")

    for line in head.split(b"\r\n"):
        if line[:1] in (b" ", b"\t") and name is not None:
            value.append(line)
            continue
        flush()
        m = _FIELD.match(line)
        name, value = (m.group(1), [m.group(2)]) if m else (None, [])
    flush()
    return msg


def split_multipart(body: memoryview, boundary: str) -> list[memoryview]:
    """Body parts of a multipart body, as exact byte slices (without the delimiter CRLFs)."""
    b = re.escape(boundary.encode("latin-1"))
    delim = re.compile(rb"(?:^|\r\n)--" + b + rb"(--)?[ \t]*(?=\r\n|$)")
    parts: list[memoryview] = []
    start: int | None = None
    for m in delim.finditer(body):  # type: ignore[call-overload]
        if start is not None:
            parts.append(body[start : m.start()])
        if m.group(1):
            return parts
        start = m.end() + 2  # skip the CRLF ending the delimiter line
    if start is not None:  # no close delimiter: take the rest
        parts.append(body[start:])
    return parts


@dataclass(frozen=True)
class FoundSignature:
    signed_data: cms.SignedData
    detached_content: bytes | memoryview | None
    """Exact signed entity / file for detached signatures; None for opaque (encapsulated)."""
    covered: str
    """Human description of what is covered."""
    form: str
    """``multipart/signed``, ``opaque``, ``p7s-attachment``, ``p7m-attachment``."""


@dataclass(frozen=True)
class Scan:
    signatures: tuple[FoundSignature, ...]
    unsigned_parts: tuple[str, ...]
    """Content parts outside every signed entity (e.g. a footer added by a list server)."""
    errors: tuple[str, ...]
    """Parts that could not be evaluated (e.g. encrypted S/MIME)."""
    broken: tuple[str, ...] = ()
    """Signature containers that are malformed (an invalid signature, not a missing one)."""


def _signed_data(der: bytes) -> cms.SignedData | None:
    try:
        ci = cms.ContentInfo.load(der)
        if ci["content_type"].native != "signed_data":
            return None
        sd = ci["content"]
        if not isinstance(sd, cms.SignedData) or len(sd["signer_infos"]) < 1:
            return None
        return sd
    except (ValueError, TypeError, KeyError):
        return None


def scan_message(raw: bytes) -> Scan:
    canonical = canonical_crlf(raw)
    sigs: list[FoundSignature] = []
    unsigned: list[str] = []
    errors: list[str] = []
    broken: list[str] = []
    _walk(parse_entity(canonical), sigs, unsigned, (errors, broken), depth=0, path="message")
    return Scan(tuple(sigs), tuple(unsigned), tuple(errors), tuple(broken))


def _is_signed_container(e: Entity) -> bool:
    ct = e.content_type
    if ct == "multipart/signed":
        return True
    if ct in MIME_TYPES:
        return True
    return e.filename.lower().endswith((".p7m", ".p7s"))


def _walk(
    e: Entity,
    sigs: list[FoundSignature],
    unsigned: list[str],
    problems: tuple[list[str], list[str]],
    depth: int,
    path: str,
) -> None:
    errors, broken = problems
    if depth > MAX_DEPTH:
        errors.append(f"{path}: nesting too deep")
        return
    ct = e.content_type
    if ct == "multipart/signed":
        boundary = e.param("boundary")
        parts = split_multipart(e.body, boundary) if boundary else []
        if len(parts) != 2:
            broken.append(f"{path}: multipart/signed without exactly two parts")
            return
        sig_part = parse_entity(parts[1])
        if sig_part.content_type not in SIG_TYPES and not sig_part.filename.lower().endswith(
            ".p7s"
        ):
            broken.append(f"{path}: unsupported signature protocol {sig_part.content_type}")
            return
        sd = _signed_data(sig_part.decoded())
        if sd is None:
            broken.append(f"{path}: signature part is not CMS SignedData")
            return
        sigs.append(FoundSignature(sd, parts[0], f"{path}: signed MIME entity", "multipart/signed"))
        return
    if ct in MIME_TYPES or (
        e.filename.lower().endswith(".p7m") and ct in ("application/octet-stream",)
    ):
        smime_type = (e.param("smime-type") or "").lower()
        if smime_type and smime_type != "signed-data":
            errors.append(f"{path}: S/MIME {smime_type} not supported")
            return
        sd = _signed_data(e.decoded())
        if sd is None:
            broken.append(f"{path}: pkcs7-mime body is not CMS SignedData")
            return
        what = e.filename or "opaque signed MIME entity"
        form = "opaque" if ct in MIME_TYPES else "p7m-attachment"
        sigs.append(FoundSignature(sd, None, f"{path}: {what}", form))
        return
    if ct.startswith("multipart/"):
        boundary = e.param("boundary")
        parts = split_multipart(e.body, boundary) if boundary else []
        entities = [parse_entity(p) for p in parts]
        by_name = {x.filename: x for x in entities if x.filename}
        detached_targets = {
            x.filename[:-4] for x in entities if x.filename.lower().endswith(".p7s")
        }
        for i, child in enumerate(entities):
            child_path = f"{path}/{i + 1}"
            if child.filename.lower().endswith(".p7s"):
                target = by_name.get(child.filename[:-4])
                sd = _signed_data(child.decoded())
                if sd is None or target is None:
                    broken.append(
                        f"{child_path}: detached {child.filename} without its signed file"
                    )
                    continue
                sigs.append(
                    FoundSignature(
                        sd, target.decoded(), f"attachment {target.filename}", "p7s-attachment"
                    )
                )
                continue
            if child.filename and child.filename in detached_targets:
                continue  # covered by its .p7s sibling (verified above or below)
            _walk(child, sigs, unsigned, problems, depth + 1, child_path)
        return
    if ct == "message/rfc822":
        return  # an attached e-mail is content, not a signature layer of this message
    unsigned.append(e.filename or f"{path} ({ct})")


def signed_entities(scan: Scan) -> Iterator[FoundSignature]:
    yield from scan.signatures
