"""A drill (26 messages), fifty-seventh round (issue 18): request types, (1) leave to take
photographs asked with a verb other than "pořízení"/"robić" ("pořídit pár fotografií", "udělat
fotky", "urobiť fotky", "zhotoviť snímky", "robienie zdjęć", "take photos", "Fotos machen",
"prendre des photos", "scattare foto", "hacer fotos", "fényképeket készíteni") beside a feed
request; (2) a decline after a semicolon or comma that names one request type only
("…pořídit fotografie…; přístup k datům nepotřebujeme"): it cancels that type, not the other
one its sentence named; (3) photographs beside a verb the cues do not know: flagged. Near-miss negatives: photographs sent or spoken of, not taken; a
decline of the photographs themselves. Every message was labelled by
``tests/corpus/LABELS.md`` before extraction ran on it; the test also asks that a wrong reading
is never certain.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.docs import pdf_bytes
from tests.unit.drill_helpers import BOTH, FEED, REC, Label, drill_params, label, misses
from tests.unit.extraction_helpers import attachment, body, mail, text_file

CASES: dict[str, tuple[ParsedMessage, Label]] = {}

_IPS = "PRODUCTION:\n198.18.9.5\n\nTEST:\n198.18.9.250\n"


def _mail(key: str, text: str, want: list[str], subject: str = "Žádost") -> None:
    CASES[key] = (
        mail(body(text), subject=subject, sender="desk@news.example", sender_name="X"),
        label(want, (None, None, None), [], [], (None, None, None)),
    )


def _pdf(key: str, lines: list[str], want: list[str], cover: str = "Attached.\n") -> None:
    CASES[key] = (
        mail(body(cover), attachment("request.pdf", pdf_bytes(lines)),
             text_file("addresses.txt", _IPS), subject="files", sender="desk@news.example",
             sender_name="X"),
        label(want, (None, None, None), [], [], (None, None, None)),
    )


# (1) photo verbs beside a feed request
_mail("cz_udelat_fotky",
      "Dobrý den,\nprosíme o přístup k XML s výsledky voleb a chtěli bychom na sběrném místě "
      "udělat pár fotek pro článek.\nPetr Dvořák\n", BOTH)
_mail("cz_poridit_snimky_na_pracovisti",
      "Dobrý den,\nžádáme o zpřístupnění XML výstupu. Zároveň prosíme o svolení pořídit snímky "
      "na pracovišti ČSÚ během sčítání.\nJana Veselá\n", BOTH)
_mail("sk_spravit_fotografie",
      "Dobrý deň,\nžiadame o prístup k XML výsledkom volieb a o súhlas spraviť niekoľko "
      "fotografií v zbernom mieste.\nMarek Kováč\n", BOTH, subject="Žiadosť")
_pdf("sk_pdf_urobit_fotky_pracovisko",
     ["Žiadosť o prístup k výsledkom volieb (XML).",
      "Prosíme tiež o povolenie urobiť fotky na pracovisku ŠÚ SR."], BOTH)
_pdf("pl_pdf_robienie_zdjec_sam",
     ["Wniosek", "Prosimy o dostęp do wyników w formacie XML.",
      "Prosimy również o zgodę na robienie zdjęć w lokalu komisji."], BOTH)
_mail("en_take_photos",
      "Hello,\nwe would like access to the XML results feed and permission to take a few "
      "photos at the counting centre on election night.\nTom Hart\n", BOTH, subject="Request")
_mail("de_fotos_machen",
      "Guten Tag,\nwir bitten um Zugang zum XML-Feed der Wahlergebnisse und möchten in der "
      "Zählstelle einige Fotos machen.\nUlla Berg\n", BOTH, subject="Antrag")
_mail("fr_prendre_des_photos",
      "Bonjour,\nnous demandons l'accès au flux XML des résultats et l'autorisation de prendre "
      "des photos au centre de collecte.\nLuc Morel\n", BOTH, subject="Demande")
_mail("it_scattare_foto",
      "Buongiorno,\nchiediamo l'accesso al feed XML dei risultati e il permesso di scattare "
      "alcune foto presso il centro di raccolta.\nGiulia Neri\n", BOTH, subject="Richiesta")
_mail("es_hacer_fotos",
      "Buenos días:\nsolicitamos acceso al feed XML de resultados y permiso para hacer fotos en "
      "el centro de recogida.\nPablo Ruiz\n", BOTH, subject="Solicitud")
_mail("hu_fenykepeket_kesziteni",
      "Tisztelt Hivatal!\nKérjük a hozzáférést az XML eredményekhez, és engedélyt szeretnénk "
      "fényképeket készíteni a gyűjtőhelyen.\nNagy Péter\n", BOTH, subject="Kérelem")
_mail("cz_only_photos_rec",
      "Dobrý den,\nžádáme jen o povolení zhotovit fotografie na sběrném místě, data "
      "nepotřebujeme.\nIva Malá\n", REC)
# (3) an unknown verb beside photographs: at least flagged (the drill's second test)
_mail("cz_cvaknout_fotky",
      "Dobrý den,\nžádáme o přístup k XML výsledkům voleb a rádi bychom na sběrném místě "
      "cvakli pár fotek.\nEva Malá\n", BOTH)
_mail("de_fotos_knipsen",
      "Guten Tag,\nwir beantragen den Zugang zum XML-Feed und möchten in der Zählstelle ein "
      "paar Fotos knipsen.\nUlla Berg\n", BOTH, subject="Antrag")
_mail("en_snap_photos",
      "Hello,\nwe request access to the XML results feed and would like to snap a few photos "
      "at the collection point.\nTom Hart\n", BOTH, subject="Request")
# near-miss negatives: photographs sent or spoken of, not taken
_mail("neg_cz_fotky_posilame",
      "Dobrý den,\nžádáme o přístup k XML výsledkům voleb. Fotky serverovny posíláme v "
      "příloze, ať vidíte, že jsme připraveni.\nPetr Dvořák\n", FEED)
_mail("neg_en_photos_taken_last_year",
      "Hello,\nwe request access to the XML results feed. The photos we took at your office "
      "last year are on our website.\nTom Hart\n", FEED, subject="Request")
_mail("neg_de_fotos_anbei",
      "Guten Tag,\nwir beantragen den Zugang zum XML-Feed. Fotos unseres Rechenzentrums "
      "liegen bei.\nUlla Berg\n", FEED, subject="Antrag")

# (2) a decline after a semicolon or comma names only its own type
_mail("cz_foto_strednik_data_ne",
      "Dobrý den,\nprosíme o svolení udělat fotografie ve sběrném místě pro reportáž; přístup "
      "k XML datům nepotřebujeme.\nIva Malá\n", REC)
_mail("sk_foto_strednik_data_nie",
      "Dobrý deň,\nžiadame o povolenie zhotoviť fotografie na pracovisku; prístup k XML "
      "výstupu nepotrebujeme.\nMarek Kováč\n", REC, subject="Žiadosť")
_mail("en_photos_semicolon_no_feed",
      "Hello,\nwe ask for permission to take photographs at the collection point; we do not "
      "need access to the XML feed.\nTom Hart\n", REC, subject="Request")
_mail("cz_data_strednik_natacet_ne",
      "Dobrý den,\nžádáme o přístup k XML výsledkům voleb; natáčet na sběrném místě "
      "nebudeme.\nEva Malá\n", FEED)
_mail("de_feed_semicolon_keine_dreharbeiten",
      "Guten Tag,\nwir beantragen den Zugang zum XML-Feed; eine Drehgenehmigung brauchen wir "
      "nicht.\nUlla Berg\n", FEED, subject="Antrag")
_mail("cz_natacet_carka_data_ne",
      "Dobrý den,\nprosíme o povolení natáčet ve sběrném místě, přístup k datovému výstupu "
      "nepotřebujeme.\nEva Malá\n", REC)
# near-miss negatives: a decline of the photographs themselves
_mail("neg_cz_data_ano_fotky_ne",
      "Dobrý den,\nžádáme o přístup k XML výsledkům voleb; fotky na sběrném místě dělat "
      "nebudeme.\nEva Malá\n", FEED)
_mail("neg_en_feed_no_photos",
      "Hello,\nwe request access to the XML results feed; we will not take any photos at the "
      "collection point.\nTom Hart\n", FEED, subject="Request")

_UNKNOWN_VERB = (
    "a verb of taking photographs the cues do not know ('cvaknout', 'knipsen'): the photographs "
    "beside an asking sentence flag the reading (the filming net), the permit is not read"
)
XFAIL: dict[str, str] = {k: _UNKNOWN_VERB for k in ("cz_cvaknout_fotky", "de_fotos_knipsen")}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert [m for m in misses(p, want) if m.startswith("request_types")] == []


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, {}))
def test_never_wrong_and_certain(p: ParsedMessage, want: Label) -> None:
    assert [m for m in misses(p, want) if m.startswith("request_types") and "certain=True" in m] == []
