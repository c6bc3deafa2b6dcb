"""Request types, thirty-fifth round (issue 18): a request list whose item a later sentence
withdraws by a number that closes the sentence ("retiramos la solicitud del punto 2. El
acceso XML sigue en pie.", dc006): the number's full stop ends the sentence - it is a
reference, not an item's own number as in a line opening "Bod 2. …". Messages written for
the test and labelled (``tests/corpus/LABELS.md``) before extraction ran on them; near
misses: an item list numbered "1." / "2." with no reference, a postscript keeping item 2.

Every text here is written for the test; names and firms are invented."""

from __future__ import annotations

import pytest

from tests.unit.extraction_helpers import BOTH, FEED, REC, body, extract, mail

_IP = "198.51.100.140"
_ITEMS_ES = (
    "Estimados señores:\n\nsolicitamos:\n1) acceso a los resultados en formato XML desde "
    f"{_IP};\n2) permiso para grabar en la sala de recuento de Brno.\n\nUn saludo,\nMarta Ruiz\n"
    "Diario del Sur\n\n"
)
_ITEMS_CZ = (
    "Dobrý den,\n\nžádáme o:\n1) přístup k XML výsledkům voleb z adresy "
    f"{_IP},\n2) povolení k natáčení ve volební místnosti.\n\nS pozdravem\nPetr Malý\n"
    "Zpravodaj Polabí\n\n"
)
_ITEMS_EN = (
    "Hello,\n\nwe request:\n1) access to the XML results feed from "
    f"{_IP};\n2) a permit to film at the counting centre.\n\nBest regards,\nAnn Fox\n"
    "Daily Courier\n\n"
)

CASES: list[tuple[str, tuple[str, ...], str]] = [
    # (id, the label, body)
    ("es_retiramos_del_punto", FEED, _ITEMS_ES + "P.D.: retiramos la solicitud del punto 2. "
     "El resto sigue en pie.\n"),
    ("es_anulamos_punto_eol", FEED, _ITEMS_ES + "P.D.: el cámara está enfermo, anulamos el "
     "punto 2.\n"),
    ("cz_rusime_bod", FEED, _ITEMS_CZ + "PS: Kameraman onemocněl, proto rušíme bod 2. "
     "Přístup k XML platí dál.\n"),
    ("cz_stahujeme_bod", FEED, _ITEMS_CZ + "PS: Žádost podle bodu 2 stahujeme, viz výše bod 2.\n"),
    ("en_withdraw_item", FEED, _ITEMS_EN + "P.S. Our cameraman cannot travel, so we withdraw "
     "item 2. The feed request stands.\n"),
    ("en_cancel_point_eol", FEED, _ITEMS_EN + "P.S. Please cancel point 2.\n"),
    ("fr_retirons_point", FEED, _ITEMS_ES.replace("Estimados señores:", "Madame, Monsieur,")
     + "P.S. : nous retirons la demande du point 2. L'accès XML reste valable.\n"),
    ("it_ritiriamo_punto", FEED, _ITEMS_ES.replace("Estimados señores:", "Gentili signori,")
     + "P.S.: ritiriamo la richiesta del punto 2. L'accesso XML resta.\n"),
    ("de_ziehen_punkt_zurueck", FEED, _ITEMS_EN.replace("Hello,", "Guten Tag,")
     + "PS: Den Antrag unter Punkt 2. ziehen wir zurück.\n"),
    ("sk_rusime_bod", FEED, _ITEMS_CZ.replace("Dobrý den", "Dobrý deň")
     + "PS: Žiadosť z bodu 2. rušíme, kameraman nemôže prísť.\n"),
    # near misses: a postscript keeping item 2, a reference to item 1 being withdrawn
    ("near_keep_point_2", BOTH, _ITEMS_ES + "P.D.: mantenemos también el punto 2. Gracias.\n"),
    ("near_withdraw_point_1", REC, _ITEMS_EN + "P.S. We withdraw item 1. The filming permit "
     "request stands.\n"),
]


@pytest.mark.parametrize(("cid", "want", "text"), CASES, ids=[c[0] for c in CASES])
def test_round35_item_withdrawn_by_a_sentence_closing_number(
    cid: str, want: tuple[str, ...], text: str
) -> None:
    x = extract(mail(body(text), subject="Solicitud"))
    assert tuple(x.request_types) == want


def test_an_item_numbered_with_a_full_stop_is_no_reference() -> None:
    """ "Bod 2. Natáčení …" opening a line is the item's own number: both requests stay."""
    x = extract(
        mail(
            body(
                "Dobrý den,\n\nBod 1. Přístup k XML výsledkům voleb z adresy 203.0.113.9.\n"
                "Bod 2. Povolení k natáčení ve volební místnosti.\n\nS pozdravem\nPetr Malý\n"
            ),
            subject="Žádost",
        )
    )
    assert tuple(x.request_types) == BOTH
