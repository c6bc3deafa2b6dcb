"""Exact byte slices of MIME parts (RFC 2046 §5.1.1), so that an embedded message or a signed
part can be kept byte for byte instead of being re-serialised by the ``email`` package.

Works on ``bytes`` and on ``memoryview`` alike (a view's slices are views: a 50 MB message is
laid out without copying it); the ``*_spans`` forms give offsets instead of slices."""

from __future__ import annotations

import re
from collections.abc import Iterator
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
    if b"\r" in delim or b"\n" in delim:
        found = _delimiter_pattern(delim).finditer(body)  # type: ignore[arg-type]
        lines = [(m.start(), m.end(), bool(m.group(1))) for m in found]
    else:
        lines = _delimiter_lines(body, delim)
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for first, end, close in lines:
        if start is not None:
            spans.append((start, first))
        if close:
            return spans
        start = end
    if start is not None:  # unterminated multipart: the last part runs to the end
        spans.append((start, len(body)))
    return spans or None


def _delimiter_pattern(delim: bytes) -> re.Pattern[bytes]:
    """A delimiter line: the line break before it, the delimiter, ``--`` if it closes, then
    white space to the end of its line."""
    return re.compile(rb"(?:^|\r?\n)" + re.escape(delim) + rb"(--)?[ \t]*(?:\r?\n|$)", re.MULTILINE)


def _delimiter_lines(body: bytes | memoryview, delim: bytes) -> list[tuple[int, int, bool]]:
    """(start, end, closes) of each match of ``_delimiter_pattern(delim)`` in ``body``, in
    order, found from the delimiter's occurrences at a line start (a literal search is a
    fraction of the pattern's cost, which tries its line-break prefix at every byte).
    ``delim`` holds no line break, so no two matches can share an occurrence and a match's
    start is the earliest of the CRLF, LF or line start just before its occurrence that lies
    past the previous match."""
    out: list[tuple[int, int, bool]] = []
    size, done = len(body), 0
    for i in _line_starts(body, delim):
        if i < done:
            continue
        if i - 2 >= done and body[i - 2 : i] == b"\r\n":
            first = i - 2
        elif i - 1 >= done and body[i - 1 : i] == b"\n":
            first = i - 1
        else:  # the start of a line just past the previous match
            first = i
        end, close = _line_end(body, i + len(delim), size)
        if end >= 0:
            out.append((first, end, close))
            done = end
    return out


_LF_DASHES = re.compile(rb"\n--")


def _line_starts(body: bytes | memoryview, delim: bytes) -> Iterator[int]:
    """Offsets of ``delim`` (which starts with ``--``) at 0 or just after an LF, in order."""
    n = len(delim)
    if body[:n] == delim:
        yield 0
    at = 0
    while (m := _LF_DASHES.search(body, at)) is not None:  # type: ignore[call-overload]
        at = m.start() + 1
        if body[at : at + n] == delim:
            yield at


def _line_end(body: bytes | memoryview, j: int, size: int) -> tuple[int, bool]:
    """(end, closes) of a delimiter line whose delimiter ends at ``j``: an optional ``--``,
    spaces and tabs, then CRLF, LF or the end; end -1 when something else follows."""
    close = body[j : j + 2] == b"--"
    k = j + 2 if close else j
    while k < size and body[k] in (0x20, 0x09):
        k += 1
    if body[k : k + 2] == b"\r\n":
        return k + 2, close
    if body[k : k + 1] == b"\n":
        return k + 1, close
    if k == size:
        return k, close
    return -1, False


def split_multipart(body: Buf, boundary: str) -> list[Buf] | None:
    """The exact bytes of each body part of a multipart body (see ``multipart_spans``)."""
    spans = multipart_spans(body, boundary)
    return None if spans is None else [body[s:e] for s, e in spans]
