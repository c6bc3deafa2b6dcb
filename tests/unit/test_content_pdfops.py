"""Proofs for the faster reading of a PDF page's content stream (``intake.content.pdfops``,
issue 18): its operations are pypdf's for every stream, and its layout text is pypdf's.

The fast paths transcribe pypdf's readers (pypdf 7.1.1); ``test_pypdf_readers_as_transcribed``
fails when pypdf changes one of them, so that the transcription is read again."""

from __future__ import annotations

import hashlib
import inspect
import io
import random
from collections.abc import Iterator
from typing import Any

import pytest
from pypdf import PdfReader, apply_configuration
from pypdf.generic import ContentStream, DecodedStreamObject

from intake.content.pdfops import layout_text, operations
from tests.unit.docs import pdf_bytes, pdf_drawn, pdf_grid, pdf_table


def _sources() -> dict[str, str]:
    """The pypdf code ``pdfops`` transcribes or calls, and the constants it copies."""
    import pypdf._utils as utils
    import pypdf.generic._utils as gutils
    from pypdf import PageObject
    from pypdf.generic import ArrayObject, NameObject, NumberObject, read_object
    from pypdf.generic._data_structures import IndirectPattern

    parts = {
        "_parse_content_stream": inspect.getsource(ContentStream._parse_content_stream),
        "ContentStream._check_limits": inspect.getsource(ContentStream._check_limits),
        "ContentStream.__init__": inspect.getsource(ContentStream.__init__),
        "operations": inspect.getsource(ContentStream.operations.fget),  # type: ignore[attr-defined]
        "read_object": inspect.getsource(read_object),
        "ArrayObject.read_from_stream": inspect.getsource(ArrayObject.read_from_stream),
        "ArrayObject._check_limits": inspect.getsource(ArrayObject._check_limits),
        "NameObject.read_from_stream": inspect.getsource(NameObject.read_from_stream),
        "NameObject.unnumber": inspect.getsource(NameObject.unnumber),
        "read_string_from_stream": inspect.getsource(gutils.read_string_from_stream),
        "create_string_object": inspect.getsource(gutils.create_string_object),
        "read_until_regex": inspect.getsource(utils.read_until_regex),
        "read_non_whitespace": inspect.getsource(utils.read_non_whitespace),
        "_layout_mode_text": inspect.getsource(PageObject._layout_mode_text),
        "extract_text": inspect.getsource(PageObject.extract_text),
    }
    constants = (
        utils.WHITESPACES,
        sorted(gutils.__ESCAPE_DICT__.items()),  # type: ignore[attr-defined]
        NameObject.delimiter_pattern.pattern,
        NameObject.CHARSETS,
        NumberObject.NumberPattern.pattern,
        IndirectPattern.pattern,
        ContentStream._OPERATOR_LENGTH_LIMIT,
        NameObject._LENGTH_LIMIT,
    )
    parts["constants"] = repr(constants)
    return {k: hashlib.sha256(v.encode()).hexdigest()[:16] for k, v in parts.items()}


PINNED = {
    "_parse_content_stream": "22261045ee7e2947",
    "ContentStream._check_limits": "e52ecccc2a104eb0",
    "ContentStream.__init__": "3488d946b85098ff",
    "operations": "d5739fa4f5807c99",
    "read_object": "9c2542b22d54f0f5",
    "ArrayObject.read_from_stream": "1b61a94602d1e634",
    "ArrayObject._check_limits": "befd6f390e2b6c8f",
    "NameObject.read_from_stream": "ec64b8e2cce14987",
    "NameObject.unnumber": "f4f20857f40362ae",
    "read_string_from_stream": "279c4dc1260e71f0",
    "create_string_object": "f2d0a2f323f4931f",
    "read_until_regex": "eb03c666ceac5274",
    "read_non_whitespace": "625f5fffad4a480f",
    "_layout_mode_text": "ea638d9ec67539aa",
    "extract_text": "9628dd9fdebdb142",
    "constants": "25ead0a8231353ad",
}
"""Hashes of ``_sources()`` for pypdf 7.1.1."""


def test_pypdf_readers_as_transcribed() -> None:
    assert _sources() == PINNED


def _same(a: Any, b: Any) -> bool:
    """Equal values of the same types, all the way down (a ``FloatObject`` is no
    ``NumberObject``, a ``ByteStringObject`` no ``TextStringObject``)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    return bool(a == b) or (a != a and b != b)  # (a NaN equals itself here)


def _outcome(read: Any, data: bytes) -> Any:
    """What reading ``data`` gives: the operations, or the error's type and message."""
    stream = DecodedStreamObject()
    stream.set_data(data)
    try:
        return read(ContentStream(stream, None, "bytes"))
    except Exception as exc:
        return (type(exc), str(exc))


def _check(data: bytes) -> None:
    want = _outcome(lambda c: c.operations, data)
    got = _outcome(operations, data)
    assert _same(got, want), data


# fmt: off
_TOKENS = [
    # operators: short, with quotes, odd bytes, at and past the first reads' length
    b"BT", b"ET", b"Tj", b"TJ", b"'", b'"', b"T*", b"Tf", b"re", b"q", b"Q", b"cm", b"Do",
    b"a\x00b", b"x" * 110, b"y" * 111, b"z" * 112, b"w" * 127, b"v" * 128, b"u" * 300,
    # numbers: signs, dots, commas, long runs, references
    b"0", b"12", b"-3.5", b"+.5", b".", b"-", b"+-", b"1,5", b"1.2.3", b"--4", b"1e5",
    b"1" * 18, b"2" * 19, b"3" * 20, b"4" * 25, b"1.5" * 7, b"5 0 R", b"5 0 R ", b"5 0 Rx",
    b"12 7 R]", b"-1 0 R/", b"1 2", b"1 2 3", b"0 0 R",
    # names: plain, empty, with #, non-ASCII, long, with NUL
    b"/F1", b"/F2+0", b"/", b"/A#20B", b"/#", b"/\xc5\xa1", b"/\xff\xfe", b"/a\x00b",
    b"/" + b"n" * 110, b"/" + b"n" * 111, b"/" + b"n" * 112, b"/" + b"n" * 200,
    b"/" + b"n" * 5000,
    # strings: escapes of every kind, octal short and overflowing, nesting, continuations
    b"()", b"(abc)", b"(a\\)b)", b"(a\\(b)", b"(\\001\\002)", b"(\\1)", b"(\\12)", b"(\\123)",
    b"(\\1234)", b"(\\400)", b"(\\777)", b"(\\8)", b"(\\n\\r\\t\\b\\f)", b"(\\\\)", b"(\\/\\ \\%)",
    b"(\\<\\>\\[\\]\\#\\_\\&\\$)", b"(\\q)", b"(\\\n)", b"(\\\r\n)", b"(a(b)c)", b"(a(b)",
    b"(line\nbreak)", b"(\x00\xff)", b"(unterminated", b"(\\", b"(\\0", b"(\\00",
    # arrays, dictionaries, hex strings, booleans, nulls
    b"[]", b"[1 2 3]", b"[(a) -250 (b)]", b"[[1] [2]]", b"[null 1]", b"[nul]", b"[n]",
    b"[1 %c\n 2]", b"[1 %c", b"[\x0b1\x0b]", b"[/A /B#20]", b"[1 0 R]", b"[(\\q)]", b"[",
    b"[1", b"<<>>", b"<< /A 1 >>", b"<414243>", b"<41 4>", b"<", b"true", b"false", b"null",
    b"endobj", b"]", b")", b"{", b"}", b">",
    # comments and inline images
    b"%comment\n", b"%c\r", b"%c", b"BI /W 1 /H 1 /BPC 8 /CS /G ID \x00 EI", b"BI",
]
# fmt: on
_SPACES = [b" ", b"\n", b"\r\n", b"\t", b"\x00", b"\x0c", b"\x0b", b"", b"  \n "]


def _streams(count: int, seed: int) -> Iterator[bytes]:
    rnd = random.Random(seed)
    for _ in range(count):
        parts = []
        for _ in range(rnd.randint(1, 12)):
            parts.append(rnd.choice(_TOKENS))
            parts.append(rnd.choice(_SPACES))
        data = b"".join(parts)
        yield data
        yield data[: rnd.randint(0, len(data))]  # cut anywhere


def test_operations_as_pypdf_reads_them_over_made_up_streams() -> None:
    for data in _streams(4000, 18):
        _check(data)


def test_operations_as_pypdf_reads_them_for_each_token_alone_and_between_others() -> None:
    for tok in _TOKENS:
        for space in _SPACES:
            for data in (
                tok,
                tok + space,
                b"1 2 " + tok + space + b"Td",
                b"[" + tok + space + b"]",
            ):
                _check(data)


def test_limits_reached_as_pypdf_reaches_them() -> None:
    for budget, elements in ((0, 100), (1, 100), (3, 100), (7, 100), (20, 2), (20, 0)):
        with apply_configuration(
            stream_parsing_work_maximum_count=budget, array_maximum_element_count=elements
        ):
            for data in _streams(300, budget * 10 + elements):
                _check(data)


def _drawn(c: Any) -> None:
    c.drawString(50, 800, "Tabulka (škrtněte)")
    c.line(40, 790, 300, 790)


def _pdfs() -> list[bytes]:
    return [
        pdf_bytes(["Žádost o přístup (č. 1)", "IP: 192.0.2.1   role: test", "\\ backslash"]),
        pdf_table(
            [["Název organizace", "Východočeský týden s.r.o."], ["Kontakt", "a@example.cz"]],
            [120, 160],
            "TOP",
        ),
        pdf_grid([["Adresa", "Role"], ["2001:db8::1", "produkce"]], [120, 120], "MIDDLE"),
        pdf_drawn(_drawn),
    ]


@pytest.mark.parametrize("n", range(4))
def test_layout_text_is_pypdfs(n: int) -> None:
    reader = PdfReader(io.BytesIO(_pdfs()[n]))
    for page in reader.pages:
        ops = page.get_contents()
        assert ops is not None
        _check(ops.get_data())
        assert layout_text(page) == str(page.extract_text(extraction_mode="layout"))
