"""Exact byte slices of MIME parts (RFC 2046 §5.1.1), so that an embedded message or a signed
part can be kept byte for byte instead of being re-serialised by the ``email`` package."""

from __future__ import annotations

import re

_BLANK = re.compile(rb"\r?\n\r?\n")


def split_header(raw: bytes) -> tuple[bytes, bytes]:
    """(header section including the empty line, body). No empty line: all header."""
    if raw.startswith((b"\r\n", b"\n")):
        n = 2 if raw.startswith(b"\r\n") else 1
        return raw[:n], raw[n:]
    m = _BLANK.search(raw)
    if m is None:
        return raw, b""
    return raw[: m.end()], raw[m.end() :]


def split_multipart(body: bytes, boundary: str) -> list[bytes] | None:
    """The exact bytes of each body part of a multipart body, or None when the delimiters are
    not where RFC 2046 puts them. The line break before a delimiter belongs to the delimiter."""
    try:
        delim = b"--" + boundary.encode("ascii")
    except UnicodeEncodeError:
        return None
    pattern = re.compile(
        rb"(?:^|\r?\n)" + re.escape(delim) + rb"(--)?[ \t]*(?:\r?\n|$)", re.MULTILINE
    )
    parts: list[bytes] = []
    start: int | None = None
    for m in pattern.finditer(body):
        if start is not None:
            parts.append(body[start : m.start()])
        if m.group(1):  # close delimiter
            return parts
        start = m.end()
    if start is not None:  # unterminated multipart: the last part runs to the end
        parts.append(body[start:])
    return parts or None
