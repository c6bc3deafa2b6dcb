"""A drill, forty-fourth round (issue 18): request types a message does not ask for.

(a) A filming request whose clause names the election's results only as the time of the
filming, far from the filming's word ("natáčet pro zpravodaj a televizi na pracovišti při
zpracování výsledků voleb"): not a request for the feed. (b) A cover note or (c) a data
message's annotation that takes back a request type the attached form asks for, in Czech,
Slovak, English, German and Polish, also past a relative clause ("natáčení, které je tam
zaškrtnuté, nepotřebujeme"). Near misses: the feed asked beside the filming, a cover or an
annotation that only repeats a request.

Every message was labelled by ``tests/corpus/LABELS.md`` before extraction ran on it. Every text
here is written for the test; names, firms, numbers and addresses are invented. The drill
scores the request types only."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import BOTH, FEED, REC, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, data_message, mail, text_file

CASES: dict[str, tuple[ParsedMessage, Label]] = {}

_SIG = "\nS pozdravem\nIrena Malá\ntel. 731 204 518\n"
_FORM = (
    "ŽÁDOST MÉDIA\n[x] Přístup k výsledkům voleb (XML)\n[x] Natáčení na pracovišti ČSÚ\n"
    "Název: Zprávy Polabí s.r.o.\nProdukční IP: 192.0.2.10\nKontakt: Irena Malá, 731 204 518\n"
)


def _mail(text: str, *extra: object) -> ParsedMessage:
    return mail(body(text), *extra, subject="Žádost", sender="mala@polabi.example", sender_name="Irena Malá")  # type: ignore[arg-type]


def _cover(text: str) -> ParsedMessage:
    return _mail(text + _SIG, text_file("formular.txt", _FORM))


def _box(annotation: str) -> ParsedMessage:
    return data_message(annotation, text_file("formular.txt", _FORM), dm_sender="Zprávy Polabí s.r.o.")


def _want(types: list[str], prod: list[str] | None = None) -> Label:
    return label(types, (None, None, None), prod or [], [], (None, None, None))


# (a) the results named only as the filming's time
CASES["cs_film_for_two_outlets_during_results"] = (
    _mail(
        "Dobrý den,\n\nměsto žádá o povolení natáčet pro Jičínský zpravodaj a kabelovou televizi "
        "na pracovišti ČSÚ v Jičíně při zpracování výsledků voleb.\n" + _SIG
    ),
    _want(REC),
)
CASES["sk_film_for_paper_and_tv_during_results"] = (
    _mail(
        "Dobrý deň,\n\nmesto žiada o povolenie natáčať pre mestské noviny a televíziu na pracovisku "
        "v Senici počas spracovania výsledkov volieb.\n" + _SIG
    ),
    _want(REC),
)
CASES["en_film_for_newsletter_and_tv_during_results"] = (
    _mail(
        "Hello,\n\nthe town asks for permission to film for its newsletter and local TV at the "
        "collection point in Brno during the processing of the election results.\n" + _SIG
    ),
    _want(REC),
)
CASES["de_drehen_fuer_blatt_und_tv_waehrend_ergebnisse"] = (
    _mail(
        "Guten Tag,\n\ndie Stadt bittet um die Erlaubnis zu filmen für das Amtsblatt und das "
        "Stadtfernsehen in der Sammelstelle in Pilsen während der Auszählung der Wahlergebnisse.\n" + _SIG
    ),
    _want(REC),
)
CASES["pl_filmowanie_dla_gazety_i_tv_podczas_wynikow"] = (
    _mail(
        "Dzień dobry,\n\nmiasto prosi o zgodę na filmowanie dla gazety miejskiej i telewizji "
        "kablowej w punkcie w Opolu podczas opracowywania wyników wyborów.\n" + _SIG
    ),
    _want(REC),
)
CASES["cs_near_film_and_access_to_results"] = (
    _mail(
        "Dobrý den,\n\nžádáme o povolení natáčet na pracovišti v Jičíně a o přístup k výsledkům "
        "voleb ve formátu XML.\nIP adresa: 192.0.2.61\n" + _SIG
    ),
    _want(BOTH, ["192.0.2.61"]),
)
CASES["en_near_film_and_results_feed"] = (
    _mail(
        "Hello,\n\nwe ask for permission to film at the collection point in Brno and for access "
        "to the election results feed.\nServer IP: 192.0.2.62\n" + _SIG
    ),
    _want(BOTH, ["192.0.2.62"]),
)
CASES["cs_near_film_for_two_and_results_xml"] = (
    _mail(
        "Dobrý den,\n\nžádáme o povolení natáčet pro zpravodaj a televizi a také o zasílání "
        "výsledků voleb v XML na adresu 192.0.2.63.\n" + _SIG
    ),
    _want(BOTH, ["192.0.2.63"]),
)

# (b) a cover note takes back the filming its attached form ticks
CASES["cs_cover_relative_filming_not_needed"] = (
    _cover("Dobrý den,\nposílám formulář. Natáčení, které je v něm zaškrtnuté, nakonec nepotřebujeme."),
    _want(FEED, ["192.0.2.10"]),
)
CASES["sk_cover_relative_filming_not_needed"] = (
    _cover("Dobrý deň,\nposielam formulár. Natáčanie, ktoré je vo formulári označené, už nepotrebujeme."),
    _want(FEED, ["192.0.2.10"]),
)
CASES["en_cover_relative_filming_no_longer"] = (
    _cover("Hello,\nattached is our form. The filming, which is ticked in it, is no longer needed."),
    _want(FEED, ["192.0.2.10"]),
)
CASES["de_cover_relative_dreharbeiten_entfallen"] = (
    _cover("Guten Tag,\nanbei das Formular. Die Dreharbeiten, die dort angekreuzt sind, entfallen."),
    _want(FEED, ["192.0.2.10"]),
)
CASES["pl_cover_relative_rezygnujemy"] = (
    _cover("Dzień dobry,\nw załączniku formularz. Z filmowania, które jest zaznaczone, rezygnujemy."),
    _want(FEED, ["192.0.2.10"]),
)
CASES["cs_cover_plain_not_needed"] = (
    _cover("Dobrý den,\nv příloze formulář, natáčení už nepotřebujeme."),
    _want(FEED, ["192.0.2.10"]),
)
CASES["en_cover_filming_is_off"] = (
    _cover("Hello,\nour form is attached. Please note that the filming is off."),
    _want(FEED, ["192.0.2.10"]),
)
CASES["cs_near_cover_relative_repeats"] = (
    _cover("Dobrý den,\nposílám formulář. Natáčení, které je v něm zaškrtnuté, proběhne ve volební noc."),
    _want(BOTH, ["192.0.2.10"]),
)
CASES["de_near_cover_relative_repeats"] = (
    _cover("Guten Tag,\nanbei das Formular. Die Dreharbeiten, die dort angekreuzt sind, finden am Wahlabend statt."),
    _want(BOTH, ["192.0.2.10"]),
)
CASES["en_near_cover_relative_adds"] = (
    _cover("Hello,\nattached is our form. The filming, which we ticked, matters most to us."),
    _want(BOTH, ["192.0.2.10"]),
)

# (c) a data message's one-line annotation takes back the filming
CASES["cs_annotation_no_longer_requested"] = (
    _box("Žádost o XML - natáčení uvedené v příloze již nežádáme"),
    _want(FEED, ["192.0.2.10"]),
)
CASES["en_annotation_no_longer_requested"] = (
    _box("Application - the filming in the attached form is no longer requested"),
    _want(FEED, ["192.0.2.10"]),
)
CASES["de_annotation_entfallen"] = (
    _box("Antrag Wahlergebnisse - die Dreharbeiten entfallen"),
    _want(FEED, ["192.0.2.10"]),
)
CASES["pl_annotation_rezygnujemy"] = (
    _box("Wniosek o dostęp do danych - rezygnujemy z filmowania"),
    _want(FEED, ["192.0.2.10"]),
)
CASES["cs_near_annotation_repeats_both"] = (
    _box("Žádost o přístup k výsledkům a o natáčení - formulář v příloze"),
    _want(BOTH, ["192.0.2.10"]),
)
CASES["en_near_annotation_names_filming"] = (
    _box("Application for the results feed and filming"),
    _want(BOTH, ["192.0.2.10"]),
)

XFAIL: dict[str, str] = {
    "pl_annotation_rezygnujemy": "the Polish withdrawal in a one-line annotation also loses the feed it names (flagged)",
}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_request_types_r44(p: ParsedMessage, want: Label) -> None:
    assert [m for m in misses(p, want) if m.startswith("request_types")] == []
