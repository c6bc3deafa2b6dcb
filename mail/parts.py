"""Walking a parsed MIME tree into ``Component`` values (used by ``mail.mime.parse_email``).

Every part becomes at most a few components; nothing here raises to the caller: a part that
cannot be read is kept as far as possible and a ``Problem`` is recorded instead.
"""

from __future__ import annotations

import email
import email.errors
import email.policy
import io
import re
from email.generator import BytesGenerator
from email.header import decode_header, make_header
from email.message import EmailMessage, Message

from intake.model import Code, Component, ComponentRole, Problem
from mail.charsets import decode_header_bytes, decode_text
from mail.containers import expand_tnef, html_to_text, unwrap_pkcs7
from mail.headers import raw_value, text_value
from mail.lean import decode_spooled, lean_parse, unspool
from mail.rawparts import split_header, split_multipart

MAX_DEPTH = 12
MAX_PARTS = 1000
"""MIME parts read per message; the rest is recorded as ``mime_too_many_parts``, not read
(10 000 parts otherwise cost seconds in every stage)."""
SIGNATURE_TYPES = {"application/pkcs7-signature", "application/x-pkcs7-signature"}
PKCS7_MIME_TYPES = {"application/pkcs7-mime", "application/x-pkcs7-mime"}
TNEF_TYPES = {"application/ms-tnef", "application/vnd.ms-tnef"}
_QUOTED_NAME = re.compile(r'(?:^|;)\s*(?:file)?name="([^"]*)"', re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_BASE64_DEFECTS = (
    email.errors.InvalidBase64PaddingDefect,
    email.errors.InvalidBase64CharactersDefect,
    email.errors.InvalidBase64LengthDefect,
)


def clean_name(name: str | None) -> str | None:
    """A sender-given file name without path components or control characters."""
    if name is None:
        return None
    name = _CONTROL.sub("", name)
    name = re.split(r"[/\\]", name)[-1].strip().lstrip(".").strip()
    return name or None


def _filename(part: Message) -> str | None:
    try:
        name = part.get_filename()
    except Exception:
        name = None
    if name is not None and ("\ufffd" in name or _has_surrogates(name)):
        # raw 8-bit parameter from a broken MUA: re-read it from the original bytes
        fixed = Message()
        for header in ("Content-Disposition", "Content-Type"):
            value = raw_value(part, header)
            if value is not None:
                fixed[header] = value
        try:
            name = fixed.get_filename() or name
        except Exception:
            pass
    if name is not None:
        name = _windows_path_name(part) or name
    if name is not None and "=?" in name:
        try:
            name = str(make_header(decode_header(name)))
        except Exception:
            pass
    return clean_name(decode_header_bytes(name)) if name is not None else None


def _windows_path_name(part: Message) -> str | None:
    """Old Outlook/IE sent ``filename="C:\\dir\\a.pdf"`` with unescaped backslashes, which
    quoted-string unescaping turns into ``C:dira.pdf``; read such a name from the raw header."""
    for header in ("Content-Disposition", "Content-Type"):
        value = raw_value(part, header) or ""
        m = _QUOTED_NAME.search(value)
        if m and "\\" in m.group(1):
            return m.group(1).replace("\\\\", "\\").rsplit("\\", 1)[-1]
    return None


def _has_surrogates(value: str) -> bool:
    try:
        value.encode("utf-8")
        return False
    except UnicodeEncodeError:
        return True


def message_bytes(msg: Message) -> bytes:
    """Bytes of an embedded message as parsed (headers kept as received, CRLF line ends)."""
    buf = io.BytesIO()
    policy = email.policy.compat32.clone(linesep="\r\n")
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0, policy=policy).flatten(msg)
    return buf.getvalue()


class Walker:
    """Collects components and problems from one message tree."""

    def __init__(self, spooled: dict[str, memoryview] | None = None) -> None:
        self.spooled: dict[str, memoryview] = dict(spooled or {})
        """Leaf bodies left out of the parse (``mail.lean``), by the payload that stands in."""
        self.components: list[Component] = []
        self.problems: list[Problem] = []
        self._names: set[str] = set()
        self._bodies = 0
        self._parts = 0

    # -- bookkeeping ---------------------------------------------------------------------
    def unique(self, name: str) -> str:
        if name not in self._names:
            self._names.add(name)
            return name
        stem, dot, ext = name.rpartition(".")
        if not dot or not stem:
            stem, ext = name, ""
        n = 2
        while True:
            candidate = f"{stem}-{n}.{ext}" if ext else f"{stem}-{n}"
            if candidate not in self._names:
                self._names.add(candidate)
                return candidate
            n += 1

    def add(self, component: Component) -> Component:
        self.components.append(component)
        return component

    def problem(self, code: Code, message: str, component: str | None = None) -> None:
        self.problems.append(Problem(code, message, component))

    def body_name(self, ext: str) -> str:
        self._bodies += 1
        return self.unique(f"body.{ext}" if self._bodies == 1 else f"body-{self._bodies}.{ext}")

    # -- walking -------------------------------------------------------------------------
    def walk(
        self,
        part: Message,
        parent: str | None,
        depth: int = 0,
        raw: bytes | memoryview | None = None,
    ) -> None:
        """``raw``: the part's exact bytes when known (kept for embedded messages)."""
        view = memoryview(raw) if isinstance(raw, bytes) else raw
        if depth > MAX_DEPTH:
            self.problem(Code.MIME_TOO_DEEP, "Zpráva je vnořena příliš hluboko; zbytek se nečte.")
            return
        self._parts += 1
        if self._parts > MAX_PARTS:
            if self._parts == MAX_PARTS + 1:
                self.problem(
                    Code.MIME_TOO_MANY_PARTS,
                    f"Zpráva má více než {MAX_PARTS} částí; další části se nečtou.",
                )
            return
        try:
            self._walk(part, parent, depth, view)
        except Exception as exc:  # a parser must never stop on one bad part
            self.problem(
                Code.UNREADABLE_PART,
                f"Část zprávy ({part.get_content_type()}) nelze přečíst: {type(exc).__name__}.",
            )

    def _walk(self, part: Message, parent: str | None, depth: int, raw: memoryview | None) -> None:
        ctype = part.get_content_type()
        filename = _filename(part)
        if ctype == "message/rfc822" or (
            ctype == "message/global" and part.get_content_disposition() != "inline"
        ):
            self._embedded(part, parent, filename, depth, raw)
        elif part.is_multipart():
            subs = [sub for sub in part.get_payload() if isinstance(sub, Message)]
            raws = _sub_raws(part, raw, len(subs))
            for sub, sub_raw in zip(subs, raws, strict=True):
                self.walk(sub, parent, depth + 1, sub_raw)
        elif part.get_content_maintype() == "multipart":
            self.problem(
                Code.MALFORMED_MIME, "Vícedílná část bez platných hranic; čte se jako text."
            )
            self._text(part, parent, "plain", None)
        elif ctype in SIGNATURE_TYPES:
            name = self.unique(filename or "smime.p7s")
            self.add(
                Component(name, ComponentRole.SIGNATURE, self._payload(part, name), ctype, parent)
            )
        elif ctype in PKCS7_MIME_TYPES and (
            filename is None or filename.lower().startswith("smime")
        ):
            self._pkcs7(part, parent, filename, depth)
        elif ctype in TNEF_TYPES or (filename or "").lower() == "winmail.dat":
            self._tnef(part, parent, filename)
        elif (
            part.get_content_maintype() == "text"
            and part.get_content_subtype() in ("plain", "html")
            and filename is None
            and part.get_content_disposition() != "attachment"
        ):
            self._text(part, parent, part.get_content_subtype(), None)
        else:
            name = self.unique(filename or _synthetic_name(ctype, len(self.components) + 1))
            self.add(
                Component(name, ComponentRole.ATTACHMENT, self._payload(part, name), ctype, parent)
            )

    def parse(self, raw: bytes) -> EmailMessage:
        """A nested message (an unwrapped signature, a re-encoded rfc822), parsed leanly."""
        msg, spooled = lean_parse(raw)
        self.spooled.update(spooled)
        return msg

    def _payload(self, part: Message, name: str) -> bytes:
        before = len(part.defects)
        try:  # a spooled body's stand-in is plain ASCII: this never fails for one
            payload = part.get_payload()
        except Exception:  # e.g. 8-bit payload under a charset name the codecs refuse
            payload = None
        body = self.spooled.get(payload) if isinstance(payload, str) else None
        damaged = False
        data: object
        try:
            if body is not None:
                data, damaged = decode_spooled(part, body)
            else:
                data = part.get_payload(decode=True)
        except Exception:
            data = None
        if not isinstance(data, bytes):
            if body is not None:
                data = bytes(body)
            elif isinstance(payload, str):
                data = payload.encode("utf-8", "surrogateescape")
            else:
                data = b""
            self.problem(Code.UNREADABLE_ATTACHMENT, f"Přílohu {name} nelze dekódovat.", name)
        elif damaged or any(isinstance(d, _BASE64_DEFECTS) for d in part.defects[before:]):
            self.problem(
                Code.UNREADABLE_ATTACHMENT,
                f"Příloha {name} má poškozené kódování base64; obsah nemusí být úplný.",
                name,
            )
        return data

    def _text(self, part: Message, parent: str | None, subtype: str, name: str | None) -> None:
        ext = "html" if subtype == "html" else "txt"
        name = name or self.body_name(ext)
        data = self._payload(part, name)
        decoded = decode_text(data, part.get_content_charset())
        if decoded.fallback:
            self.problem(
                Code.CHARSET_FALLBACK,
                f"Text {name}: {decoded.fallback}; dekódováno jako {decoded.charset}.",
                name,
            )
        if subtype == "html":
            role, text = ComponentRole.BODY_HTML, html_to_text(decoded.text)
        else:
            role, text = ComponentRole.BODY_TEXT, decoded.text.replace("\r\n", "\n")
        self.add(
            Component(name, role, data, part.get_content_type(), parent, decoded.charset, text)
        )

    def _embedded(
        self,
        part: Message,
        parent: str | None,
        filename: str | None,
        depth: int,
        raw: memoryview | None,
    ) -> None:
        payload = part.get_payload()
        cte = str(part.get("Content-Transfer-Encoding", "7bit")).strip().lower()
        if isinstance(payload, list) and payload and isinstance(payload[0], Message):
            inner: Message = payload[0]
            if raw is not None and cte in ("7bit", "8bit", "binary"):
                data = bytes(split_header(raw)[1])  # exact bytes as received
            else:
                data = unspool(message_bytes(inner), self.spooled)
        else:  # non-standard transfer encoding of message/rfc822: decode and parse ourselves
            data = self._payload(part, filename or "message.eml")
            inner = self.parse(data)
        if filename is None:
            subject = clean_name(text_value(inner, "Subject"))
            filename = f"{subject[:80]}.eml" if subject else "message.eml"
        elif not filename.lower().endswith(".eml"):
            filename += ".eml"
        name = self.unique(filename)
        self.add(Component(name, ComponentRole.ATTACHMENT, data, "message/rfc822", parent))
        self.walk(inner, name, depth + 1, data)

    def _pkcs7(self, part: Message, parent: str | None, filename: str | None, depth: int) -> None:
        ctype = part.get_content_type()
        name = self.unique(filename or "smime.p7m")
        data = self._payload(part, name)
        try:
            unwrapped = unwrap_pkcs7(data)
        except ValueError as exc:
            self.problem(Code.UNREADABLE_SIGNATURE, f"Podpis {name} nelze přečíst: {exc}", name)
            self.add(Component(name, ComponentRole.ATTACHMENT, data, ctype, parent))
            return
        if unwrapped.kind == "enveloped_data":
            self.problem(
                Code.ENCRYPTED_CONTENT, f"Zpráva {name} je zašifrovaná; obsah nelze číst.", name
            )
        if unwrapped.content is None:
            self.add(Component(name, ComponentRole.ATTACHMENT, data, ctype, parent))
            return
        self.add(Component(name, ComponentRole.SIGNATURE, data, ctype, parent))
        self.walk(self.parse(unwrapped.content), name, depth + 1, unwrapped.content)

    def _tnef(self, part: Message, parent: str | None, filename: str | None) -> None:
        name = self.unique(filename or "winmail.dat")
        data = self._payload(part, name)
        self.add(Component(name, ComponentRole.ATTACHMENT, data, part.get_content_type(), parent))
        try:
            content = expand_tnef(data)
        except ValueError as exc:
            self.problem(Code.UNREADABLE_ATTACHMENT, f"Obsah {name} nelze rozbalit: {exc}", name)
            return
        if content.body_text:
            body = self.body_name("txt")
            raw = content.body_text.encode("utf-8")
            self.add(
                Component(
                    body,
                    ComponentRole.BODY_TEXT,
                    raw,
                    "text/plain",
                    name,
                    "utf-8",
                    content.body_text,
                )
            )
        if content.body_html:
            body = self.body_name("html")
            raw = content.body_html.encode("utf-8")
            text = html_to_text(content.body_html)
            self.add(
                Component(body, ComponentRole.BODY_HTML, raw, "text/html", name, "utf-8", text)
            )
        if content.body_rtf:
            self.add(
                Component(
                    self.unique("body.rtf"),
                    ComponentRole.ATTACHMENT,
                    content.body_rtf,
                    "application/rtf",
                    name,
                )
            )
        for i, (att_name, att_data) in enumerate(content.attachments, 1):
            att = self.unique(clean_name(att_name) or f"attachment-{i}.bin")
            self.add(
                Component(att, ComponentRole.ATTACHMENT, att_data, "application/octet-stream", name)
            )


def _sub_raws(part: Message, raw: memoryview | None, count: int) -> list[memoryview | None]:
    """Exact bytes of the sub-parts of a multipart part, when they can be located and agree
    with what the parser found; else Nones (the parts are then re-serialised if needed)."""
    boundary = part.get_boundary()
    if raw is not None and boundary:
        raws = split_multipart(split_header(raw)[1], boundary)
        if raws is not None and len(raws) == count:
            return list(raws)
    return [None] * count


def _synthetic_name(ctype: str, n: int) -> str:
    ext = {
        "application/pdf": "pdf",
        "text/plain": "txt",
        "text/html": "html",
        "text/calendar": "ics",
        "image/jpeg": "jpg",
        "image/png": "png",
        "application/xml": "xml",
        "text/xml": "xml",
    }.get(ctype, "bin")
    return f"part-{n}.{ext}"
