"""Request types (issue 18, fifth round): a decline that names no request refers to the
request its sentence named before it, and a request called moot, irrelevant or to be ignored
is taken back. Every text here is written for the test in wording of its own (Czech with and
without diacritics, Slovak, English); none is a corpus case."""

from __future__ import annotations

import pytest

from intake.extraction.model import Extraction
from tests.unit.extraction_helpers import FEED, REC, extract, mail
from tests.unit.extraction_helpers import body as _body

_SIG = "\nKontakt: Eva Hrubá, 604 222 333, hruba@noviny.example\n"
_FEED_LINE = "Žádáme o přístup k XML výsledkům, ostrá adresa 8.8.8.8.\n"
_REC_LINE = "Žádáme o povolení natáčet na přebíracím místě v Brně.\n"


def _text(body: str) -> Extraction:
    return extract(mail(_body(body + _SIG), sender="hruba@noviny.example", sender_name="Eva Hrubá"))


# ------------------------------------------------- a decline naming no request ----------


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            _FEED_LINE + "Povolení k natáčení na přebíracím místě nám nabízel kolega, o to však nežádáme.",
            FEED,
        ),
        (
            "Prístup k XML výsledkom máme zabezpečený cez materskú firmu, oň preto nežiadame.\n"
            "Žiadame o povolenie nakrúcať na preberacom mieste v Žiline.",
            REC,
        ),
        (
            "Ostrá adresa: 8.8.8.8\nYour press release mentions filming at the collection points, "
            "but we don't need that.\nPlease give us the XML results feed.",
            FEED,
        ),
        (
            "Pristup k XML vysledkum resi nase materska spolecnost, o ten tedy nezadame.\n"
            "Zadame o povoleni natacet na prebirac\u00edm miste v Brne.",
            REC,
        ),
        (
            "Regarding access to the XML results server: our parent company already has it, "
            "so we will not request it.\nWe ask for permission to film at the collection point in Ostrava.",
            REC,
        ),
    ],
)
def test_a_decline_naming_no_request_refers_to_the_one_its_sentence_named(
    body: str, want: tuple[str, ...]
) -> None:
    assert _text(body).request_types == want


def test_a_decline_in_a_sentence_naming_both_requests_stays_unplaced() -> None:
    x = _text("XML i natáčení jsme probírali s vedením, jedno z toho nepotřebujeme.\n" + _REC_LINE)
    assert not x.fields["request_types"].certain


# ------------------------------------------------- a request called moot ----------------


@pytest.mark.parametrize(
    "later",
    [
        "Update: please ignore the filming request, our crew is unavailable that weekend.",
        "Doplnenie: žiadosť o nakrúcanie je už irelevantná, štáb nemáme.",
        "Dodatek: požadavek na natáčení prosím berte jako nerelevantní.",
        "PS: natáčení je bezpředmětné, kameraman onemocněl.",
        "PS: natacení je bezpredmetne, kameraman onemocnel.",
        "Addendum: the recording permit is now moot, nobody can come.",
    ],
)
def test_a_request_called_moot_or_to_be_ignored_is_taken_back(later: str) -> None:
    x = _text(_FEED_LINE + _REC_LINE + "\n" + later)
    assert x.request_types == FEED
    assert not x.fields["request_types"].certain


# ------------------------------------------------- a reference to a numbered item -------
# (fifth round) "bod 2", "item 2", "žiadame iba o bod 1": a reference to an item of the
# text's numbered list means the request that item names.


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "Žádáme:\n1) přístup k XML výsledkům, ostrá 8.8.8.8\n2) povolení natáčet na přebíracím "
            "místě v Písku\n\nPS: bod 2 prosím škrtněte.",
            FEED,
        ),
        (
            "Žiadame o:\n1. prístup k XML výsledkom (8.8.8.8),\n2. povolenie nakrúcať na preberacom "
            "mieste.\nOprava: bod 2 vypúšťame, žiadame iba o bod 1.",
            FEED,
        ),
        (
            "We request (1) access to the XML results feed from 8.8.8.8 and (2) permission to film "
            "at a collection point.\nUpdate: please withdraw item 2.",
            FEED,
        ),
        (
            "Zadame o 1) pristup k XML a 2) povoleni natacet v Brne.\nBod 1 rusime, data resi agentura.",
            REC,
        ),
        (
            "Žádáme o 1) povolení natáčet na přebíracím místě v Písku, 2) přístup k XML výsledkům "
            "z 8.8.8.8.\nBod 1 berte prosím jako zrušený.",
            FEED,
        ),
    ],
)
def test_a_reference_to_a_numbered_item_means_the_request_it_names(body: str, want: tuple[str, ...]) -> None:
    x = _text(body)
    assert x.request_types == want
    assert not x.fields["request_types"].certain


def test_a_reference_to_no_item_of_a_list_changes_nothing() -> None:
    x = _text("Žádáme o 1) přístup k XML z 8.8.8.8 a 2) povolení natáčet v Písku.\nBod 3 ruším.")
    assert x.request_types == ("feed_access", "recording_permit")
