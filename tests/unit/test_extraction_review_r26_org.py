"""Review of the twenty-sixth round (issue 18): the organisation and the request types.

Each test reproduces a reviewer's example (and a variant or two of the same class). Wording
and names are the tests' own, none a corpus case."""

from __future__ import annotations

import time

import pytest

from intake.extraction import request_types as rt
from tests.unit.extraction_helpers import body, extract, mail

_TAIL = "\nAdresy pro ostrý provoz: 192.0.2.10\nKontakt: Iva Nová, 603 123 456, iva@posta.example\n"


def _x(text: str):  # type: ignore[no-untyped-def]
    return extract(mail(body(text + _TAIL), sender="x@posta.example"))


def _name(text: str) -> tuple[str | None, bool]:
    v = _x(text).fields.get("organization.name")
    return (v.value, v.certain) if v is not None else (None, False)


# 1. French "enregistrer": the words before what is recorded are whole words.
@pytest.mark.parametrize(
    "text",
    [
        "Bonjour, nous demandons l'accès au flux XML. Nous aimerions enregistrer la raison de notre demande.",
        "Bonjour, nous demandons l'accès au flux XML. Merci d'enregistrer la liaison avec notre serveur.",
    ],
)
def test_enregistrer_does_not_match_inside_a_word(text: str) -> None:
    assert "recording_permit" not in _x(text).request_types


def test_enregistrer_still_names_what_is_recorded() -> None:
    x = _x("Bonjour, nous demandons l'accès au flux XML. Nous aimerions enregistrer l'ambiance.")
    assert "recording_permit" in x.request_types


def test_enregistrer_is_quick_on_a_long_word() -> None:
    start = time.perf_counter()
    for pat in (rt._REC_CUES, rt._ANY_CUE):
        pat.search("enregistrer " + "a" * 400 + " x")
    assert time.perf_counter() - start < 0.5


# 4. "wrongly" alone is no mistake in the request.
@pytest.mark.parametrize(
    "text",
    [
        "Hello, we request access to the XML feed. We would like to film the count because last year it was wrongly reported.",
        "Hello, we request access to the XML feed. We also want to film the count, as the results were wrongly described in the past.",
    ],
)
def test_wrongly_reported_is_not_a_withdrawal(text: str) -> None:
    x = _x(text)
    assert "recording_permit" in x.request_types


# 8. "Případně" at the start of a sentence is the same condition as "případně".
def test_sentence_initial_pripadne_is_left_to_the_office() -> None:
    a = _x("Dobrý den, žádáme o přístup k XML. Případně bychom i natáčeli, je-li třeba.")
    b = _x("Dobrý den, žádáme o přístup k XML. případně bychom i natáčeli, je-li třeba.")
    assert tuple(a.request_types) == tuple(b.request_types) == ("feed_access", "recording_permit")
    assert a.fields["request_types"].certain == b.fields["request_types"].certain
