"""A PDF page's layout text as pypdf gives it (``page.extract_text(extraction_mode="layout")``),
its content stream read by a faster reader of the same grammar.

pypdf reads a content stream's operators and operands byte by byte through a file object (a
read, a seek back and a pattern per token, a call per character of a string): for the short
pages of an application that is the largest part of the layout text's cost. ``operations``
reads the common tokens (operators, numbers, simple names, strings without nesting or rare
escapes, arrays of those) from the bytes with patterns, and hands every other token (a
dictionary, a hex string, a name with ``#``, an inline image, a token too long for the first
reads, a malformed token) to pypdf's own reader at the same offset with the same budget of
tokens. Each fast path is a transcription of pypdf's code for the tokens it takes: the same
objects, the same offsets after them, the same limit checks in the same order, so the list of
operations (and any error raised) is pypdf's for every stream, by construction; the
transcribed pypdf functions are pinned by a hash of their source
(``tests/unit/test_content_pdfops.py``), which fails when pypdf changes them."""

from __future__ import annotations

import re
from io import BytesIO
from typing import Any

from pypdf._configuration import get_configuration
from pypdf._text_extraction import _layout_mode
from pypdf._utils import read_until_regex, skip_over_comment
from pypdf.errors import LimitReachedError
from pypdf.generic import (
    ArrayObject,
    ByteStringObject,
    ContentStream,
    FloatObject,
    NameObject,
    NullObject,
    NumberObject,
    StreamObject,
    read_object,
)
from pypdf.generic._data_structures import IndirectPattern
from pypdf.generic._image_inline import read_inline_image
from pypdf.generic._utils import StreamParsingBudget

_SPACE = re.compile(rb"[\x00\t\n\f\r ]*")
"""pypdf's ``WHITESPACES`` (``read_non_whitespace``): NUL, tab, LF, FF, CR, space."""
_ARRAY_SPACE = re.compile(rb"[\x00\t\n\x0b\f\r ]*")
"""``tok.isspace() or tok in WHITESPACES`` (``ArrayObject.read_from_stream``): VT too."""
_DELIMITER = re.compile(rb"\s+|[\(\)<>\[\]{}/%]")
"""``NameObject.delimiter_pattern``."""
_LINE_END = re.compile(rb"[\r\n]")
_FIRST_READS = 112
"""Bytes ``read_until_regex`` reads in its first three chunks (16 + 32 + 64): a delimiter
found in them ends the token before any of its length limits (128 for an operator, 4096 for a
name) can be reached."""
_STRING = re.compile(rb"\((?:[^()\\]|\\[0-3][0-7][0-7]|\\[nrtbf()/\\ %<>\[\]#_&$])*\)")
"""A string ``read_string_from_stream`` reads without nesting, line continuations, short or
overflowing octal codes or unknown escapes: each byte itself, each escape one byte."""
_ESCAPE = re.compile(rb"\\(?:[0-3][0-7][0-7]|.)", re.DOTALL)
_ESCAPED = {
    b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f", b"(": b"(", b")": b")",
    b"/": b"/", b"\\": b"\\", b" ": b" ", b"%": b"%", b"<": b"<", b">": b">", b"[": b"[",
    b"]": b"]", b"#": b"#", b"_": b"_", b"&": b"&", b"$": b"$",
}  # fmt: skip
"""pypdf's ``__ESCAPE_DICT__`` as bytes."""
_TOKEN = re.compile(
    rb"[\x00\t\n\f\r ]*(?:"
    rb"(?P<op>[A-Za-z'\"][^\s()<>\[\]{}/%]{0,110})(?=[\s()<>\[\]{}/%])"
    rb"|(?P<num>(?![+-]?\d+\s+\d+\s+R[^a-zA-Z])[+\-.0-9][+,\-.0-9]{0,18})(?=[^+,\-.0-9])"
    rb"|(?P<name>/[^\s()<>\[\]{}/%#\x80-\xff]{0,111})(?=[\s()<>\[\]{}/%])"
    rb"|(?P<str>\((?:[^()\\]|\\[0-3][0-7][0-7]|\\[nrtbf()/\\ %<>\[\]#_&$])*\))"
    rb")?"
)
"""White space (``WHITESPACES``) and the next token when a fast path takes it, exactly as
pypdf reads it: an operator (a letter or quote, then up to its delimiter within the first
reads); a number of at most 19 bytes followed by a byte that ends it, that starts no indirect
reference (``IndirectPattern``; ``read_object`` reads both from a peek of 20 bytes); a name
of ASCII bytes without ``#`` ended within the first reads; a string as ``_STRING``."""
_NUMBER_START = frozenset(b"0123456789+-.")
_OPERATOR_START = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'\"")
"""``peek.isalpha() or peek in (b"'", b'"')`` of a byte: ASCII letters and the quotes."""


def layout_text(page: Any) -> str:
    """``str(page.extract_text(extraction_mode="layout"))``: pypdf's
    ``PageObject._layout_mode_text`` with its defaults (no debug files), the content stream's
    operations read by ``operations``."""
    fonts = page._layout_mode_fonts()
    contents = page.get("/Contents")
    if contents is not None:
        contents = contents.get_object()
    if not isinstance(contents, (ArrayObject, StreamObject)):
        return ""
    ops = iter(operations(ContentStream(contents, page.pdf, "bytes")))
    bt_groups = _layout_mode.text_show_operations(ops, fonts, True, None)
    if not bt_groups:
        return ""
    ty_groups = _layout_mode.y_coordinate_groups(bt_groups, None)
    char_width = _layout_mode.fixed_char_width(bt_groups, 1.25)
    return str(_layout_mode.fixed_width_page(ty_groups, char_width, True, 1))


def operations(content: Any) -> list[tuple[Any, bytes]]:
    """``content.operations`` of a fresh ``ContentStream`` made with ``forced_encoding``
    ``"bytes"`` (``ContentStream._parse_content_stream``), read as pypdf reads them."""
    data: bytes = content._data
    ops: list[tuple[Any, bytes]] = []
    if not data:
        return ops
    reader = _Reader(data, content)
    budget = reader.budget
    operands: list[Any] = []
    end = len(data)
    pos = 0
    match = _TOKEN.match
    while True:
        m = match(data, pos)
        pos = m.end()  # type: ignore[union-attr]
        kind = m.lastgroup  # type: ignore[union-attr]
        if kind is None:  # white space only: the end, or a token for the slower paths
            if pos >= end:
                break
            c = data[pos]
            if c == 0x25:  # "%": a comment, up to and with its line's end
                found = _LINE_END.search(data, pos + 1)
                pos = found.end() if found else end
                continue
            if c not in _OPERATOR_START:
                ContentStream._check_limits(parsing_budget=budget, token_decrement=1)
                obj, pos = reader.operand(pos)
                operands.append(obj)
                continue
            token, pos = reader.token(pos, ContentStream._OPERATOR_LENGTH_LIMIT)
            kind = "op"
        else:
            token = m.group(kind)  # type: ignore[union-attr]
        if kind == "op" and token == b"BI":
            assert operands == []  # (pypdf's own check, kept as it is)
            ContentStream._check_limits(parsing_budget=budget, token_decrement=2)
            image, pos = reader.inline_image(pos)
            ops.append((image, b"INLINE IMAGE"))
            continue
        # ``ContentStream._check_limits(parsing_budget=budget, token_decrement=1)``
        budget.remaining_budget -= 1
        if budget.remaining_budget < 0:
            raise LimitReachedError("Reached maximum number of tokens per stream.")
        if kind == "op":
            ops.append((operands, token))
            operands = []
        else:
            operands.append(_fast_object(kind, token))
    return ops


def _fast_object(kind: str, token: bytes) -> Any:
    """The object ``read_object`` makes of a token one of ``_TOKEN``'s groups took."""
    if kind == "num":
        return FloatObject(token) if b"." in token else NumberObject(token)
    if kind == "name":
        return NameObject(token.decode("ascii"))
    raw = token[1:-1]
    return ByteStringObject(_ESCAPE.sub(_unescape, raw) if b"\\" in raw else raw)


class _Reader:
    """Tokens of one content stream: the fast paths, and pypdf's readers at an offset."""

    def __init__(self, data: bytes, content: Any) -> None:
        self.data = data
        self.content = content
        self.stream = BytesIO(data)
        self.budget = StreamParsingBudget(
            remaining_budget=get_configuration().stream_parsing_work_maximum_count
        )

    def token(self, pos: int, limit: int) -> tuple[bytes, int]:
        """``read_until_regex(stream, NameObject.delimiter_pattern, limit)`` at ``pos``."""
        data = self.data
        found = _DELIMITER.search(data, pos, pos + _FIRST_READS)
        if found is not None:
            return data[pos : found.start()], found.start()
        if len(data) - pos <= _FIRST_READS:
            return data[pos:], len(data)
        self.stream.seek(pos)
        token = read_until_regex(
            stream=self.stream, regex=NameObject.delimiter_pattern, length=limit
        )
        return token, self.stream.tell()

    def inline_image(self, pos: int) -> tuple[Any, int]:
        self.stream.seek(pos)
        image = read_inline_image(
            content_stream=self.content, stream=self.stream, parsing_budget=self.budget
        )
        return image, self.stream.tell()

    def operand(self, pos: int) -> tuple[Any, int]:
        """``read_object(stream, None, "bytes", parsing_budget=…)`` at ``pos``."""
        data = self.data
        c = data[pos]
        if c in _NUMBER_START:
            return self.number(pos)
        if c == 0x28:  # "("
            found = _STRING.match(data, pos)
            if found is not None:
                return _fast_object("str", found.group()), found.end()
        elif c == 0x2F and pos + 1 < len(data):  # "/" and a name's first byte
            found = _DELIMITER.search(data, pos + 1, pos + 1 + _FIRST_READS)
            if found is not None:
                raw = data[pos : found.start()]
                if b"#" not in raw and raw.isascii():
                    return NameObject(raw.decode("ascii")), found.start()
        elif c == 0x5B:  # "["
            return self.array(pos)
        return self.pypdf_object(pos)

    def number(self, pos: int) -> tuple[Any, int]:
        """``read_object``'s numbers: an indirect reference or a number of 20 bytes at most
        in the first 20 bytes; else pypdf reads it."""
        peek = self.data[pos : pos + 20]
        if IndirectPattern.match(peek) is None:
            number_end = NumberObject.NumberPattern.search(peek)
            if number_end is not None:
                num = peek[: number_end.start()]
                return (FloatObject(num) if b"." in num else NumberObject(num)), pos + len(num)
        return self.pypdf_object(pos)

    def array(self, pos: int) -> tuple[Any, int]:
        """``ArrayObject.read_from_stream`` at ``pos`` (on its ``[``)."""
        data = self.data
        end = len(data)
        arr = ArrayObject()
        remaining = get_configuration().array_maximum_element_count
        pos += 1
        while True:
            pos = _ARRAY_SPACE.match(data, pos).end()  # type: ignore[union-attr]
            if pos >= end:
                break
            c = data[pos]
            if c == 0x25:  # "%": pypdf's comment reader
                pos = self.comment(pos)
                continue
            if c == 0x5D:  # "]"
                pos += 1
                break
            remaining = ArrayObject._check_limits(
                remaining_elements=remaining, parsing_budget=self.budget
            )
            if c == 0x6E and data[pos + 1 : pos + 4] == b"ull":  # "null"
                arr.append(NullObject())
                pos += 4
                continue
            obj, pos = self.operand(pos)
            arr.append(obj)
        return arr, pos

    def comment(self, pos: int) -> int:
        self.stream.seek(pos)
        skip_over_comment(self.stream)
        return self.stream.tell()

    def pypdf_object(self, pos: int) -> tuple[Any, int]:
        self.stream.seek(pos)
        obj = read_object(self.stream, None, "bytes", parsing_budget=self.budget)
        return obj, self.stream.tell()


def _unescape(m: re.Match[bytes]) -> bytes:
    code = m.group()[1:]
    return _ESCAPED[code] if len(code) == 1 else bytes((int(code, 8),))
