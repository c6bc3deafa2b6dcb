"""Exact byte slices of MIME parts (RFC 2046 §5.1.1), so that an embedded message or a signed
part can be kept byte for byte instead of being re-serialised by the ``email`` package.

Works on ``bytes`` and on ``memoryview`` alike (a view's slices are views: a 50 MB message is
laid out without copying it); the ``*_spans`` forms give offsets instead of slices."""

from __future__ import annotations

import re
from typing import TypeVar

Buf = TypeVar("Buf", bytes, memoryview)
_BLANK = re.compile(rb"\r?\n\r?\n")


def header_end(raw: bytes | memoryview) -> int:
    """Offset of the body: just past the empty line ending the header section; len(raw)
    when there is no empty line (all header)."""
    if raw[:2] == b"\r\n":
        return 2
    if raw[:1] == b"\n":
        return 1
    m = _BLANK.search(raw)  # type: ignore[arg-type]
    return len(raw) if m is None else m.end()


def split_header(raw: Buf) -> tuple[Buf, Buf]:
    """(header section including the empty line, body). No empty line: all header."""
    cut = header_end(raw)
    return raw[:cut], raw[cut:]


def multipart_spans(body: bytes | memoryview, boundary: str) -> list[tuple[int, int]] | None:
    """(start, end) of each body part of a multipart body, or None when the delimiters are
    not where RFC 2046 puts them. The line break before a delimiter belongs to the delimiter."""
    try:
        delim = b"--" + boundary.encode("ascii")
    except UnicodeEncodeError:
        return None
    pattern = re.compile(
        rb"(?:^|\r?\n)" + re.escape(delim) + rb"(--)?[ \t]*(?:\r?\n|$)", re.MULTILINE
    )
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for m in pattern.finditer(body):  # type: ignore[arg-type]
        if start is not None:
            spans.append((start, m.start()))
        if m.group(1):  # close delimiter
            return spans
        start = m.end()
    if start is not None:  # unterminated multipart: the last part runs to the end
        spans.append((start, len(body)))
    return spans or None


def split_multipart(body: Buf, boundary: str) -> list[Buf] | None:
    """The exact bytes of each body part of a multipart body (see ``multipart_spans``)."""
    spans = multipart_spans(body, boundary)
    return None if spans is None else [body[s:e] for s, e in spans]
