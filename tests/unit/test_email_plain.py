"""``fields._plain_address`` reads a plain address without ``validate_email``: whatever it
reads, the validator accepts and normalises to the same string. Proved over every address
written in the tuning cases' files (their raw text, its quoted-printable and base64 parts
decoded as the loader reads them is checked by the corpus's byte comparison) and over the
near misses of each of its conditions."""

from __future__ import annotations

import re

import pytest
from email_validator import EmailNotValidError, validate_email

from intake.extraction.fields import _EMAIL, _plain_address
from tests.corpus.loader import cases


def _library(candidate: str) -> str | None:
    try:
        return validate_email(candidate, check_deliverability=False, test_environment=True).normalized
    except EmailNotValidError:
        return None


_NEAR_MISSES = [
    "jan.novak@denik.cz",
    "Klara.Dvorak@PragueDaily.example",
    "a_b+c-d@sub-domain.example.com",
    "a@b.c",
    "a@b.c1",
    "a@b.123",
    "a@localhost",
    "x@test",
    "x@a.test",
    "x@a.local",
    "x@a.invalid",
    "x@onion.cz",
    "x@a.onion",
    "x@arpa",
    "x@in-addr.arpa",
    "x@xn--bcher-kva.example",
    "x@ab--cd.cz",
    "x@-a.cz",
    "x@a-.cz",
    "x@a.-b.cz",
    "a..b@c.cz",
    ".a@c.cz",
    "a.@c.cz",
    "-a@c.cz",
    "a@c..cz",
    "a@c.cz.",
    "ř@c.cz",
    "a@č.cz",
    "a@ｃ.cz",
    "a@c.ｃz",
    "x" * 64 + "@c.cz",
    "x" * 65 + "@c.cz",
    "x@" + "a" * 63 + ".cz",
    "x@" + "a" * 64 + ".cz",
    "x@" + ".".join(["a" * 60] * 4) + ".cz",
    "x@a." + "b" * 63,
    "x@a." + "b" * 64,
    "x@a_b.cz",
    "x@A.CZ",
    "X.Y@EXAMPLE.COM",
]


@pytest.mark.parametrize("candidate", _NEAR_MISSES)
def test_near_misses(candidate: str) -> None:
    plain = _plain_address(candidate)
    assert plain is None or plain == _library(candidate)


def test_every_address_of_the_tuning_files() -> None:
    seen: set[str] = set()
    for path, _ in cases("tuning"):
        text = path.read_bytes().decode("utf-8", "replace")
        if "@" in text:
            seen.update(m.group(0).rstrip(".") for m in _EMAIL.finditer(text))
    read = [c for c in sorted(seen) if _plain_address(c) is not None]
    assert len(read) > 1000  # the fast path reads most of them
    assert [c for c in read if _plain_address(c) != _library(c)] == []


def test_a_plain_address_is_read_without_the_validator() -> None:
    assert _plain_address("Jan.Novak@Denik.CZ") == "Jan.Novak@denik.cz"
    assert re.fullmatch(r"[^@]+@[a-z.]+", _plain_address("a@B.example") or "")
