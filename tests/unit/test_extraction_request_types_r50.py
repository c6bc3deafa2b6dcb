"""A drill, fiftieth round (issue 18): requests put off, supposed, planned for a later year,
and a form's rows for two parts of one request.

- Filming asked now, the XML feed put off ("lo chiederemo più avanti", "later", "später",
  "plus tard", "až příště", "zatím ne"): the feed is not asked for, and an address named
  for it is no production address (LABELS: deferred is not requested).
- A fallback after a condition ("Kdyby natáčení nešlo, ozvu se znovu", "Should the filming
  be refused, we'll get back to you"): the request supposed in the condition stays asked.
- Filming asked for an election of a later year with a bracketed word about this year
  ("v roce 2028 (letos bez kamery)"): the aside declines nothing (LABELS: an application
  made as a whole for a later election counts).
- A form answering ANO/NE per row for two parts of one request ("Natáčení ANO",
  "Fotografování NE"): the affirmed row asks for it.

Near misses: both asked now, the filming put off instead of the feed, a put-off with no
condition, a "this year" aside with no later year, a form pasted again with its answer changed.

Every message was labelled by ``tests/corpus/LABELS.md`` before extraction ran on it. Every text
here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import BOTH, FEED, REC, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, mail

CASES: dict[str, tuple[ParsedMessage, Label]] = {}

_WHO = ("Petra Malá", "mala@zpravyjih.example", "+420731204518")
_SIG = "\n\nPetra Malá\nZprávy Jih s.r.o.\ntel. +420 731 204 518\n"


def _mail(text: str) -> ParsedMessage:
    return mail(body(text + _SIG), subject="Žádost", sender=_WHO[1], sender_name=_WHO[0])


def _want(types: list[str], prod: list[str] | None = None, test: list[str] | None = None) -> Label:
    return label(types, ("Zprávy Jih s.r.o.", None, None), prod or [], test or [], _WHO)


# the feed put off while filming is asked now
CASES["it_feed_richiederemo_piu_avanti"] = (
    _mail(
        "Buongiorno,\n\nchiediamo il permesso di effettuare riprese presso il centro di raccolta "
        "di Brno la notte dello spoglio. Il feed XML lo richiederemo più avanti (il server sarà "
        "forse 198.51.100.7)."
    ),
    _want(REC),
)
CASES["it_colon_lo_chiederemo_piu_avanti"] = (
    _mail(
        "Buongiorno,\n\nchiediamo il permesso di fare riprese video a Ostrava.\n\nQuanto al "
        "feed XML dei risultati: lo chiederemo più avanti, quando avremo il server."
    ),
    _want(REC),
)
CASES["en_feed_request_later"] = (
    _mail(
        "Hello,\n\nwe would like permission to film at the Ostrava collection point on election "
        "night. The XML feed: we'll request it later, once IT has chosen a server."
    ),
    _want(REC),
)
CASES["de_zugang_spaeter"] = (
    _mail(
        "Guten Tag,\n\nwir beantragen eine Drehgenehmigung für die Sammelstelle in Pilsen am "
        "Wahlabend. Den XML-Zugang beantragen wir später."
    ),
    _want(REC),
)
CASES["fr_flux_plus_tard"] = (
    _mail(
        "Bonjour,\n\nnous demandons l'autorisation de filmer au centre de collecte de Prague le "
        "soir du dépouillement. Quant au flux XML, nous le demanderons plus tard."
    ),
    _want(REC),
)
CASES["cs_xml_az_priste"] = (
    _mail(
        "Dobrý den,\n\nžádáme o povolení natáčet na pracovišti v Jihlavě ve volební noc. O "
        "přístup k XML požádáme až příště."
    ),
    _want(REC),
)
CASES["cs_xml_zatim_ne"] = (
    _mail(
        "Dobrý den,\n\nžádáme o povolení natáčet na pracovišti v Jihlavě ve volební noc. XML "
        "zatím ne, to vyřešíme později."
    ),
    _want(REC),
)
CASES["it_both_now_near_miss"] = (
    _mail(
        "Buongiorno,\n\nchiediamo il permesso di effettuare riprese a Brno e l'accesso al file "
        "XML dei risultati dal server 198.51.100.7."
    ),
    _want(BOTH, ["198.51.100.7"]),
)
CASES["en_filming_later_near_miss"] = (
    _mail(
        "Hello,\n\nwe request access to the XML feed from our server 192.0.2.33. The filming "
        "permit we will request later."
    ),
    _want(FEED, ["192.0.2.33"]),
)

# a fallback after a condition naming the request asked
CASES["cs_kdyby_natoceni_neslo"] = (
    _mail(
        "Dobrý den,\n\nžádáme o povolení natáčet na pracovišti v Kolíně. Pokud natáčení "
        "povolíte, XML nebudeme potřebovat. Kdyby natáčení nešlo, ozveme se znovu."
    ),
    _want(REC),
)
CASES["en_should_filming_be_refused"] = (
    _mail(
        "Hello,\n\nwe ask for permission to film at the Brno collection point. If the filming "
        "is not possible, we'll get back to you about the XML feed."
    ),
    _want(REC),
)
CASES["de_falls_drehen_nicht_moeglich"] = (
    _mail(
        "Guten Tag,\n\nwir bitten um eine Drehgenehmigung für die Sammelstelle in Brünn. Falls "
        "das Drehen nicht möglich ist, melden wir uns wieder."
    ),
    _want(REC),
)
CASES["sk_ak_by_nakrucanie_neslo"] = (
    _mail(
        "Dobrý deň,\n\nžiadame o povolenie nakrúcať na pracovisku v Brne. Ak by nakrúcanie "
        "nebolo možné, ozveme sa znova."
    ),
    _want(REC),
)
CASES["cs_natoceni_vratime_later_near_miss"] = (
    _mail(
        "Dobrý den,\n\nžádáme o přístup k XML ze serveru 192.0.2.50. K natáčení se vrátíme "
        "později."
    ),
    _want(FEED, ["192.0.2.50"]),
)

# filming for a later year, a bracketed word about this year
CASES["cs_2028_letos_bez_kamery"] = (
    _mail(
        "Dobrý den,\n\nžádám o povolení natáčet na pracovišti v Brně při krajských volbách v "
        "roce 2028 (letos jen obhlídka bez kamery)."
    ),
    _want(REC),
)
CASES["en_2028_this_year_no_camera"] = (
    _mail(
        "Hello,\n\nI request permission to film at the Brno office at the 2028 regional "
        "elections (this year only a visit, no camera)."
    ),
    _want(REC),
)
CASES["de_2028_heuer_ohne_kamera"] = (
    _mail(
        "Guten Tag,\n\nich beantrage eine Drehgenehmigung für die Regionalwahl 2028 in Brünn "
        "(heuer nur eine Besichtigung ohne Kamera)."
    ),
    _want(REC),
)
CASES["cs_letos_bez_natoceni_near_miss"] = (
    _mail(
        "Dobrý den,\n\nžádáme o přístup k XML ze serveru 192.0.2.50 (letos bez natáčení)."
    ),
    _want(FEED, ["192.0.2.50"]),
)

# a form's rows for two parts of one request
CASES["cs_form_natoceni_ano_foto_ne"] = (
    _mail(
        "Žádost o přístup a povolení\nPřístup k výsledkům v XML\tANO\nNatáčení na pracovišti\t"
        "ANO\nFotografování\tNE\nProdukční IP\t192.0.2.70\nTestovací IP\t192.0.2.71"
    ),
    _want(BOTH, ["192.0.2.70"], ["192.0.2.71"]),
)
CASES["en_form_filming_yes_photos_no"] = (
    _mail(
        "Application form\nXML feed: no\nFilming at the collection point: yes\n"
        "Photography: no"
    ),
    _want(REC),
)
CASES["sk_form_foto_ano_video_nie"] = (
    _mail(
        "Žiadosť\nPrístup k XML výsledkom\tÁNO\nVideozáznam (kamera)\tNIE\n"
        "Fotografovanie na pracovisku\tÁNO\nProdukčná IP\t192.0.2.72"
    ),
    _want(BOTH, ["192.0.2.72"]),
)
CASES["cs_form_same_row_changed_near_miss"] = (
    _mail(
        "Přístup k výsledkům v XML\tANO\nNatáčení na pracovišti\tANO\nProdukční IP\t192.0.2.73"
        "\n\nOprava, platí tato verze:\nPřístup k výsledkům v XML\tANO\nNatáčení na pracovišti"
        "\tNE\nProdukční IP\t192.0.2.73"
    ),
    _want(FEED, ["192.0.2.73"]),
)

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert misses(p, want) == []
