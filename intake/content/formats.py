"""File format identified by content, not by the declared name or type (NSESSS 2.1.3).

puremagic gives the first guess from magic bytes; ZIP-based and text formats are then told
apart by looking inside (``mimetype`` member, ``[Content_Types].xml``, decodability).
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from dataclasses import dataclass

import puremagic

PDF = "application/pdf"
ZIP = "application/zip"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
ODT = "application/vnd.oasis.opendocument.text"
ODS = "application/vnd.oasis.opendocument.spreadsheet"
ODP = "application/vnd.oasis.opendocument.presentation"
ASICE = "application/vnd.etsi.asic-e+zip"
ASICS = "application/vnd.etsi.asic-s+zip"
ISDOCX = "application/x-isdocx"
ISDOC = "application/x-isdoc+xml"
ZFO = "application/x-zfo"
EML = "message/rfc822"
TEXT = "text/plain"
HTML = "text/html"
XML = "application/xml"
RTF = "application/rtf"
DOC = "application/msword"
XLS = "application/vnd.ms-excel"
PPT = "application/vnd.ms-powerpoint"
JPEG = "image/jpeg"
PNG = "image/png"
GIF = "image/gif"
TIFF = "image/tiff"
MPEG = "video/mpeg"
MP3 = "audio/mpeg"
WAV = "audio/x-wav"
PKCS7 = "application/pkcs7-signature"
PKCS7_MIME = "application/pkcs7-mime"
CERT = "application/pkix-cert"
TST = "application/timestamp-reply"
OCTET = "application/octet-stream"

CONTAINERS = frozenset({ZIP, ASICE, ASICS, ISDOCX, EML, ZFO})

ISDS_ALLOWED: frozenset[str] = frozenset(
    {
        # vyhláška 194/2009 příloha 3 and vyhláška 259/2012 §23 output formats
        PDF,
        TEXT,
        HTML,
        XML,
        ISDOC,
        ISDOCX,
        RTF,
        DOC,
        XLS,
        PPT,
        DOCX,
        XLSX,
        PPTX,
        ODT,
        ODS,
        ODP,
        JPEG,
        PNG,
        GIF,
        TIFF,
        MPEG,
        MP3,
        WAV,
        ZFO,
        EML,
        ZIP,
        ASICE,
        ASICS,
        PKCS7,
        PKCS7_MIME,
        CERT,
        TST,
    }
)
"""Default accepted formats: the ISDS list (vyhláška 194/2009 příloha 3) plus the containers
NSESSS 2.4.1 requires us to unpack."""

_EXT: dict[str, str] = {
    ".pdf": PDF,
    ".docx": DOCX,
    ".xlsx": XLSX,
    ".pptx": PPTX,
    ".odt": ODT,
    ".ods": ODS,
    ".odp": ODP,
    ".rtf": RTF,
    ".doc": DOC,
    ".xls": XLS,
    ".ppt": PPT,
    ".jpg": JPEG,
    ".jpeg": JPEG,
    ".png": PNG,
    ".gif": GIF,
    ".tif": TIFF,
    ".tiff": TIFF,
    ".zip": ZIP,
    ".zfo": ZFO,
    ".eml": EML,
    ".html": HTML,
    ".htm": HTML,
    ".txt": TEXT,
    ".xml": XML,
    ".mp3": MP3,
    ".wav": WAV,
    ".mpg": MPEG,
    ".mpeg": MPEG,
    ".isdoc": ISDOC,
    ".isdocx": ISDOCX,
    ".asice": ASICE,
    ".sce": ASICE,
    ".asics": ASICS,
    ".scs": ASICS,
    ".p7s": PKCS7,
    ".p7m": PKCS7_MIME,
    ".cer": CERT,
    ".crt": CERT,
    ".der": CERT,
    ".tst": TST,
}

_HEADER_LINE = re.compile(rb"^[A-Za-z][A-Za-z0-9-]{1,60}:[ \t]", re.MULTILINE)
_MAIL_HEADERS = re.compile(
    rb"^(?:From|To|Subject|Date|Message-ID|MIME-Version|Received|Content-Type):", re.I | re.M
)


def _zip_kind(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
            if "mimetype" in names:
                info = zf.getinfo("mimetype")
                if info.file_size < 200:
                    mt = zf.read("mimetype").decode("ascii", "replace").strip()
                    known = {ODT, ODS, ODP, ASICE, ASICS}
                    if mt in known:
                        return mt
                    if mt.startswith("application/vnd.etsi.asic-e"):
                        return ASICE
                    if mt.startswith("application/vnd.etsi.asic-s"):
                        return ASICS
            if "[Content_Types].xml" in names:
                if any(n.startswith("word/") for n in names):
                    return DOCX
                if any(n.startswith("xl/") for n in names):
                    return XLSX
                if any(n.startswith("ppt/") for n in names):
                    return PPTX
            if "META-INF/manifest.xml" in names and any(
                n.lower().endswith(".isdoc") for n in names
            ):
                return ISDOCX
            if any(n.startswith("META-INF/") and "signature" in n.lower() for n in names):
                return ASICE
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError, zlib.error):
        return ZIP
    return ZIP


def _is_cms_signed(data: bytes) -> bool:
    # DER SEQUENCE … OID 1.2.840.113549.1.7.2 (signedData)
    return data[:1] == b"\x30" and b"\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x07\x02" in data[:32]


def _looks_text(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return False
    bad = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return bad <= max(2, len(sample) // 200)


def detect(data: bytes, name: str = "") -> str:
    """The MIME type of ``data`` judged by its content (``name`` only breaks ties among
    text formats that content alone cannot tell apart)."""
    if not data:
        return "application/x-empty"
    head = data[:16]
    if head.startswith(b"%PDF-") or b"%PDF-" in data[:1024]:
        return PDF
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _zip_kind(data)
    if head.startswith(b"MZ"):
        return "application/x-dosexec"
    if head.startswith(b"\x7fELF"):
        return "application/x-executable"
    if head.startswith(b"{\\rtf"):
        return RTF
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        low = name.lower()
        if low.endswith((".xls", ".xlt")):
            return XLS
        if low.endswith((".ppt", ".pps")):
            return PPT
        return DOC
    if _is_cms_signed(data):
        low = name.lower()
        if low.endswith(".zfo"):
            return ZFO
        if b"dmFile" in data or b"http://isds.czechpoint.cz" in data:
            return ZFO
        return PKCS7
    if _looks_text(data):
        return _text_kind(data, name)
    try:
        guess = puremagic.from_string(data, mime=True)
    except (puremagic.PureError, ValueError):
        guess = ""
    if guess:
        return {"image/jpg": JPEG, "image/x-png": PNG}.get(guess, guess)
    return OCTET


def _text_kind(data: bytes, name: str) -> str:
    start = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith(b"<?xml"):
        if b"isdoc" in data[:4096].lower():
            return ISDOC
        return HTML if b"<html" in data[:4096].lower() else XML
    if start.startswith((b"<!doctype html", b"<html")):
        return HTML
    head = data[:4096]
    # an e-mail opens with its headers, even one whose body is a short HTML page (a message
    # attached whole, its <body> in the first lines): read as HTML, its raw transfer encoding
    # (quoted-printable soft breaks inside the tags) would scramble the tables
    if len(_MAIL_HEADERS.findall(head)) >= 2 and _HEADER_LINE.match(head):
        return EML
    if b"<body" in start and b"</" in data[:8192]:
        return HTML
    if b"-----BEGIN CERTIFICATE-----" in head:
        return CERT
    return TEXT


def extension_type(name: str) -> str | None:
    """The type a file name claims (for reporting mismatches only)."""
    dot = name.rfind(".")
    return _EXT.get(name[dot:].lower()) if dot >= 0 else None


@dataclass(frozen=True)
class AcceptedFormat:
    """One accepted format as the published intake conditions state it."""

    media_type: str
    label: str
    """Short name a sender knows (``PDF``, ``DOCX``, ``ASiC-E``)."""
    name_cs: str
    """What it is, in Czech."""
    extensions: tuple[str, ...]
    """File-name extensions usual for it (the type is judged by content, not by these)."""
    unpacked: bool
    """A container whose contents are unpacked and checked one by one (NSESSS 2.4.1)."""


FORMAT_NAMES: dict[str, tuple[str, str]] = {
    PDF: ("PDF", "dokument PDF (také PDF/A)"),
    TEXT: ("TXT", "prostý text"),
    HTML: ("HTML", "webová stránka (HTML)"),
    XML: ("XML", "data ve formátu XML"),
    ISDOC: ("ISDOC", "elektronická faktura ISDOC"),
    ISDOCX: ("ISDOCX", "balíček elektronické faktury ISDOCX"),
    RTF: ("RTF", "dokument RTF"),
    DOC: ("DOC", "dokument Microsoft Word 97–2003"),
    DOCX: ("DOCX", "dokument Microsoft Word (Office Open XML)"),
    ODT: ("ODT", "textový dokument OpenDocument"),
    XLS: ("XLS", "sešit Microsoft Excel 97–2003"),
    XLSX: ("XLSX", "sešit Microsoft Excel (Office Open XML)"),
    ODS: ("ODS", "tabulka OpenDocument"),
    PPT: ("PPT", "prezentace Microsoft PowerPoint 97–2003"),
    PPTX: ("PPTX", "prezentace Microsoft PowerPoint (Office Open XML)"),
    ODP: ("ODP", "prezentace OpenDocument"),
    JPEG: ("JPEG", "obrázek JPEG"),
    PNG: ("PNG", "obrázek PNG"),
    GIF: ("GIF", "obrázek GIF"),
    TIFF: ("TIFF", "obrázek TIFF"),
    MPEG: ("MPEG", "video MPEG"),
    MP3: ("MP3", "zvuk MP3"),
    WAV: ("WAV", "zvuk WAV"),
    ZFO: ("ZFO", "datová zpráva ISDS"),
    EML: ("EML", "e-mailová zpráva"),
    ZIP: ("ZIP", "archiv ZIP"),
    ASICE: ("ASiC-E", "podepsaný kontejner ASiC-E"),
    ASICS: ("ASiC-S", "podepsaný kontejner ASiC-S"),
    PKCS7: ("P7S", "samostatný elektronický podpis (PKCS#7/CMS)"),
    PKCS7_MIME: ("P7M", "podepsaná nebo šifrovaná zpráva (PKCS#7/CMS)"),
    CERT: ("CER", "certifikát X.509"),
    TST: ("TST", "elektronické časové razítko"),
}
"""Labels and Czech names of the formats podatelna can tell apart, in the order the
published conditions list them (documents, images, sound and video, containers, signatures)."""


def accepted_formats(allowed: frozenset[str]) -> tuple[AcceptedFormat, ...]:
    """``allowed`` (detected media types) as the published list: known types in the order of
    ``FORMAT_NAMES``, then any other configured type under its media type."""
    known = [t for t in FORMAT_NAMES if t in allowed]
    rest = sorted(allowed - FORMAT_NAMES.keys())
    return tuple(_accepted(t) for t in known + rest)


def _accepted(media_type: str) -> AcceptedFormat:
    label, name = FORMAT_NAMES.get(media_type, (media_type, media_type))
    extensions = tuple(sorted(ext for ext, t in _EXT.items() if t == media_type))
    return AcceptedFormat(media_type, label, name, extensions, media_type in CONTAINERS)
