"""``mail.lean``: large leaf bodies decoded from the message's bytes must give exactly what the
plain stdlib parse gives. Every message here is parsed twice, with every leaf body spooled
(``BIG_BODY = 0``) and with none, and the two results must be equal."""

from __future__ import annotations

import base64
import contextlib
import quopri
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import mail.lean
from intake.model import ParsedMessage
from mail.mime import parse_email
from tests.mail import samples

TESTS = Path(__file__).resolve().parents[1]
CRLF = b"\r\n"


@contextlib.contextmanager
def big_body(limit: int) -> Iterator[None]:
    saved = mail.lean.BIG_BODY
    mail.lean.BIG_BODY = limit
    try:
        yield
    finally:
        mail.lean.BIG_BODY = saved


def both(raw: bytes) -> tuple[ParsedMessage, ParsedMessage]:
    with big_body(1 << 62):
        plain = parse_email(raw)
    with big_body(0):
        lean = parse_email(raw)
    return plain, lean


def spooled_count(raw: bytes) -> int:
    with big_body(0):
        return len(mail.lean.lean_parse(raw)[1])


def mixed(*parts: bytes, boundary: bytes = b"b1") -> bytes:
    out = b"From: a@example.cz\r\nContent-Type: multipart/mixed; boundary=" + boundary + CRLF
    out += CRLF + b"preamble" + CRLF
    for p in parts:
        out += b"--" + boundary + CRLF + p + CRLF
    return out + b"--" + boundary + b"--" + CRLF + b"epilogue" + CRLF


def attachment(data: bytes, cte: str = "base64", name: str = "a.pdf") -> bytes:
    if cte == "base64":
        body = base64.encodebytes(data).replace(b"\n", CRLF)
    elif cte == "quoted-printable":
        body = quopri.encodestring(data).replace(b"\n", CRLF)
    else:
        body = data
    return (
        f'Content-Type: application/pdf; name="{name}"\r\n'
        f'Content-Disposition: attachment; filename="{name}"\r\n'
        f"Content-Transfer-Encoding: {cte}\r\n\r\n"
    ).encode() + body


def stored_messages() -> list[Path]:
    return sorted(TESTS.glob("corpus/cases/*.eml")) + sorted(TESTS.glob("fuzz/regressions/*/*.eml"))


@pytest.mark.parametrize("path", stored_messages(), ids=lambda p: p.name)
def test_stored_messages_parse_the_same_lean(path: Path) -> None:
    plain, lean = both(path.read_bytes())
    assert lean == plain


@pytest.mark.parametrize(
    "raw",
    [
        samples.simple(size=4000),
        samples.signed_detached(),
        samples.signed_opaque(),
        mixed(attachment(b"%PDF-1.4 " + bytes(range(256)) * 40)),
        mixed(attachment("Žádost o přístup\n".encode() * 200, "quoted-printable", "z.txt")),
        mixed(attachment(b"8bit \xc5\xbe data\r\n" * 50, "8bit", "b.bin")),
        mixed(b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + "Dobrý den".encode() * 99),
        mixed(b"Content-Type: message/rfc822\r\n\r\n" + samples.simple(7, size=3000)),
        mixed(mixed(attachment(b"inner" * 500), boundary=b"inner")),
    ],
    ids=["simple", "detached", "opaque", "b64", "qp", "8bit", "text", "rfc822", "nested"],
)
def test_built_messages_parse_the_same_lean(raw: bytes) -> None:
    assert spooled_count(raw) >= 1  # the lean path really was taken
    plain, lean = both(raw)
    assert lean == plain


@pytest.mark.parametrize(
    ("damage", "recorded"),
    [
        (lambda b: b.replace(b"A", b"!", 3), True),  # characters outside the alphabet
        (lambda b: b"=" + b, True),  # padding where data belongs
        (lambda b: b"x", True),  # length 1 mod 4: undecodable
        (lambda b: b.rstrip(b"=\r\n") + CRLF, True),  # padding left out
        (lambda b: b, False),  # intact
    ],
    ids=["bad-chars", "early-padding", "undecodable", "no-padding", "intact"],
)
def test_damaged_base64_is_recorded_as_the_stdlib_does(damage: object, recorded: bool) -> None:
    good = base64.encodebytes(b"%PDF-1.4 " + bytes(range(250)) * 9 + b"x").replace(b"\n", CRLF)
    header = b'Content-Type: application/pdf\r\nContent-Disposition: attachment; filename="a.pdf"'
    body = damage(good)  # type: ignore[operator]
    raw = mixed(header + b"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + body)
    assert spooled_count(raw) == 1
    plain, lean = both(raw)
    assert lean == plain
    assert ("unreadable_attachment" in {p.code for p in lean.problems}) is recorded


def test_a_forged_reference_in_the_message_is_just_text() -> None:
    """The reference carries a fresh random nonce: text that looks like one stays text."""
    forged = b"podatelna-spooled-body-000000000000000000000000-0"
    raw = mixed(
        b"Content-Type: text/plain\r\n\r\n" + forged,
        attachment(b"%PDF-1.4 secret " * 100),
    )
    plain, lean = both(raw)
    assert lean == plain
    assert forged.decode() in lean.components[0].text


def test_structures_read_differently_fall_back_to_the_plain_parse() -> None:
    """A header line without a colon ends the stdlib's header section early; the layout
    finds the blank line later. The result must still equal the plain parse."""
    raw = mixed(
        b"Content-Type: application/pdf\r\nnot a header line\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n" + base64.encodebytes(b"x" * 3000)
    )
    assert spooled_count(raw) == 0  # the layout's reading was refused
    plain, lean = both(raw)
    assert lean == plain


def test_an_embedded_message_keeps_its_exact_bytes_when_spooled() -> None:
    inner = samples.simple(3, size=5000)
    raw = mixed(b"Content-Type: message/rfc822\r\n\r\n" + inner)
    with big_body(0):
        p = parse_email(raw)
    (eml,) = [c for c in p.components if c.declared_type == "message/rfc822"]
    assert eml.data == inner
    assert b"podatelna-spooled" not in eml.data


def test_a_reencoded_embedded_message_is_serialised_with_its_bodies() -> None:
    """message/rfc822 with a transfer encoding the walker re-serialises: ``unspool`` puts the
    spooled bodies back, so no reference leaks into the component."""
    inner = samples.simple(4, size=5000)
    part = b"Content-Type: message/rfc822\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
    raw = mixed(part + inner)
    plain, lean = both(raw)
    assert lean == plain
    assert all(b"podatelna-spooled" not in c.data for c in lean.components)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                b"From: a@b.cz",
                b"Content-Type: multipart/mixed; boundary=q",
                b"Content-Type: multipart/signed; boundary=q",
                b"--q",
                b"--q--",
                b"Content-Type: message/rfc822",
                b"Content-Type: application/pkcs7-mime",
                b"Content-Transfer-Encoding: base64",
                b"Content-Transfer-Encoding: quoted-printable",
                b"Content-Disposition: attachment; filename=a.pdf",
                b"",
                b"JVBERi0xLjQ=",
                b"=C5=BE=",
                b"\xff\xfe",
                b"MIIB",
            ]
        ),
        max_size=40,
    )
)
def test_generated_mime_parses_the_same_lean(lines: list[bytes]) -> None:
    raw = CRLF.join(lines)
    plain, lean = both(raw)
    assert lean == plain


def test_a_delimiter_ended_by_a_lone_cr_is_not_hidden_in_a_spooled_body() -> None:
    """The stdlib also ends a line at a lone CR, so ``--b1\\rtext`` is a delimiter to it but
    not to the layout: such a body is never spooled (it would hide the delimiter)."""
    raw = mixed(
        b"Content-Type: text/plain\r\n\r\nfirst part" * 50
        + b"\r\n--b1\rContent-Type: text/plain\r\n\r\nsecond part"
    )
    plain, lean = both(raw)
    assert lean == plain


def test_an_unterminated_multipart_is_left_to_the_stdlib() -> None:
    raw = mixed(attachment(b"%PDF-1.4 " * 300)).rsplit(b"--b1--", 1)[0]
    assert spooled_count(raw) == 0
    plain, lean = both(raw)
    assert lean == plain


def test_a_charset_the_codecs_refuse_does_not_change_the_outcome() -> None:
    raw = mixed(b'Content-Type: text/plain; charset="x\x00y"\r\n\r\n' + b"\xe9 8-bit text " * 40)
    plain, lean = both(raw)
    assert lean == plain
    assert lean.components[0].data.startswith(b"\xe9 8-bit")  # read, with a fallback charset
    assert "charset_fallback" in {p.code for p in lean.problems}


def test_mutated_corpus_messages_parse_the_same_lean() -> None:
    """Differential fuzzing at a fixed seed (``/tmp``-free): 400 mutations of the stored
    messages; ``bench/fuzz``'s mutator, the same comparison as above."""
    import random

    from tests.fuzz.harness import mutate

    seeds = [p.read_bytes() for p in stored_messages()]
    rnd = random.Random(20261128)
    for _ in range(400):
        raw = mutate(rnd.choice(seeds), rnd)
        plain, lean = both(raw)
        assert lean == plain, raw[:2000]
