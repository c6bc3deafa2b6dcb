"""A drill, forty-ninth round (issue 18): request types in less common languages. (a) A feed
request put off to a later election in Italian, Portuguese, Romanian, Croatian, Slovenian,
Lithuanian, Polish, French and Greek in Latin letters, beside a filming asked now (the feed is
not counted); near misses ask for the feed now "for the next elections". (b) An application
made as a whole for a later election: it counts. (c) A filming request in Croatian, Slovenian,
Romanian, Portuguese and Lithuanian words; a near miss names a screenshot ("snimak zaslona").
(d) The feed taken back in Romanian and its kin; a near miss takes back the filming. (e)
Photos only, the XML not needed, in Polish, Slovak and Croatian.

Every message was labelled by ``tests/corpus/LABELS.md`` before extraction ran on it. Every text
here is written for the test; names, firms, numbers and addresses are invented. The drill
scores the request types only."""

from __future__ import annotations

import pytest

from intake.extraction.foreign import mainly_foreign
from intake.model import ParsedMessage
from tests.unit.drill_helpers import BOTH, FEED, REC, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, mail

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _mail(text: str, subject: str = "Volby / elections") -> ParsedMessage:
    return mail(body(text), subject=subject, sender="redakce@medii.example", sender_name="Ana Novak")


def _want(types: list[str]) -> Label:
    return label(types, (None, None, None), [], [], (None, None, None))


# (a) the feed put off to a later election, the filming asked now
CASES["it_feed_written_about_before_next"] = (
    _mail(
        "Buongiorno,\n\nchiediamo il permesso di fare riprese nel vostro centro di raccolta "
        "durante lo spoglio. Per l'accesso XML vi scriveremo in vista delle prossime elezioni.\n\n"
        "Ana Novak\n"
    ),
    _want(REC),
)
CASES["pt_feed_escreveremos_proximas"] = (
    _mail(
        "Bom dia,\n\npedimos autorização para filmar no vosso centro de recolha na noite "
        "eleitoral. Quanto ao feed XML, escreveremos antes das próximas eleições.\n\nAna Novak\n"
    ),
    _want(REC),
)
CASES["ro_feed_va_vom_scrie_viitoare"] = (
    _mail(
        "Bună ziua,\n\nsolicităm permisiunea de a filma la centrul de colectare în noaptea "
        "alegerilor. Pentru accesul la XML vă vom scrie înaintea alegerilor viitoare.\n\nAna Novak\n"
    ),
    _want(REC),
)
CASES["hr_feed_javit_cemo_se_sljedeci"] = (
    _mail(
        "Poštovani,\n\nmolimo dozvolu za snimanje u vašem sabirnom mjestu tijekom brojanja "
        "glasova. Za pristup XML-u javit ćemo se pred sljedeće izbore.\n\nAna Novak\n"
    ),
    _want(REC),
)
CASES["sl_feed_pisali_naslednje"] = (
    _mail(
        "Spoštovani,\n\nprosimo za dovoljenje za snemanje v vašem zbirnem centru med štetjem. "
        "Glede dostopa do XML vam bomo pisali pred naslednjimi volitvami.\n\nAna Novak\n"
    ),
    _want(REC),
)
CASES["lt_feed_parasysime_kitiems"] = (
    _mail(
        "Laba diena,\n\nprašome leidimo filmuoti jūsų surinkimo punkte rinkimų naktį. Dėl XML "
        "prieigos parašysime prieš kitus rinkimus.\n\nAna Novak\n"
    ),
    _want(REC),
)
CASES["pl_feed_napiszemy_nastepne"] = (
    _mail(
        "Dzień dobry,\n\nprosimy o zgodę na filmowanie w punkcie zbierania wyników. W sprawie "
        "XML napiszemy do Państwa przed następnymi wyborami.\n\nAna Novak\n"
    ),
    _want(REC),
)
CASES["fr_feed_ecrirons_en_vue"] = (
    _mail(
        "Bonjour,\n\nnous sollicitons l'autorisation de filmer dans votre centre de collecte. "
        "Pour le flux XML, nous vous écrirons en vue des prochaines élections.\n\nAna Novak\n"
    ),
    _want(REC),
)
CASES["el_latin_feed_tha_grapsoume"] = (
    _mail(
        "Kalimera,\n\nzitame adeia na kinimatografisoume (filming) sto kentro syllogis. Gia to "
        "XML tha sas grapsoume prin tis epomenes ekloges.\n\nAna Novak\n"
    ),
    _want(REC),
)
# near misses: the feed asked now, "for the next elections"
CASES["it_near_feed_now_for_next"] = (
    _mail(
        "Buongiorno,\n\nchiediamo l'accesso al feed XML per le prossime elezioni (IP 192.0.2.40) "
        "e il permesso di fare riprese nel centro di raccolta.\n\nAna Novak\n"
    ),
    _want(BOTH),
)
CASES["pt_near_feed_now_for_next"] = (
    _mail(
        "Bom dia,\n\nsolicitamos acesso ao feed XML para as próximas eleições, servidor "
        "192.0.2.41, e autorização para filmar no centro de recolha.\n\nAna Novak\n"
    ),
    _want(BOTH),
)
CASES["hr_near_feed_now_for_next"] = (
    _mail(
        "Poštovani,\n\ntražimo pristup XML-u za sljedeće izbore (IP 192.0.2.42) i dozvolu za "
        "snimanje u sabirnom mjestu.\n\nAna Novak\n"
    ),
    _want(BOTH),
)
# (b) the whole application for a later election: it counts
CASES["fr_whole_en_vue_an_prochain"] = (
    _mail(
        "Madame, Monsieur,\n\nnous avons l'honneur de solliciter, en vue des élections "
        "municipales de l'an prochain, l'accès au flux XML des résultats ainsi que "
        "l'autorisation de tourner dans un centre de collecte. IP de production : 192.0.2.43.\n\n"
        "Ana Novak\n"
    ),
    _want(BOTH),
)
CASES["it_whole_anno_prossimo"] = (
    _mail(
        "Buongiorno,\n\nper le elezioni regionali dell'anno prossimo chiediamo sia l'accesso al "
        "feed XML (IP 192.0.2.44) sia l'autorizzazione a effettuare riprese.\n\nAna Novak\n"
    ),
    _want(BOTH),
)
CASES["de_whole_naechstes_jahr"] = (
    _mail(
        "Guten Tag,\n\nfür die Landtagswahl im nächsten Jahr beantragen wir sowohl den "
        "XML-Zugang (IP 192.0.2.45) als auch eine Drehgenehmigung.\n\nAna Novak\n",
        "Antrag",
    ),
    _want(BOTH),
)
CASES["pl_whole_przyszloroczne"] = (
    _mail(
        "Dzień dobry,\n\nna wybory samorządowe w przyszłym roku wnosimy o dostęp do XML "
        "(IP 192.0.2.46) oraz o zgodę na filmowanie.\n\nAna Novak\n"
    ),
    _want(BOTH),
)
# (c) a filming request in less common languages
CASES["hr_dozvola_za_snimanje"] = (
    _mail(
        "Poštovani,\n\nTelevizija Posavina traži pristup XML poslužitelju (IP 203.0.113.50) kao "
        "i dozvolu za snimanje u jednom od vaših sabirnih mjesta.\n\nAna Novak\n"
    ),
    _want(BOTH),
)
CASES["sl_dovoljenje_za_snemanje"] = (
    _mail(
        "Spoštovani,\n\nprosimo za dostop do XML (IP 203.0.113.51) in za dovoljenje za snemanje "
        "na vašem zbirnem mestu.\n\nAna Novak\n"
    ),
    _want(BOTH),
)
CASES["ro_aprobare_filmare"] = (
    _mail(
        "Bună ziua,\n\nsolicităm acces la XML (IP 203.0.113.52) și aprobare pentru filmare la "
        "centrul de colectare.\n\nAna Novak\n"
    ),
    _want(BOTH),
)
CASES["pt_autorizacao_filmagem"] = (
    _mail(
        "Bom dia,\n\npedimos acesso ao XML (IP 203.0.113.53) e autorização de filmagem no "
        "centro de recolha.\n\nAna Novak\n"
    ),
    _want(BOTH),
)
CASES["lt_leidimo_filmavimui"] = (
    _mail(
        "Laba diena,\n\nprašome prieigos prie XML (IP 203.0.113.54) ir leidimo filmavimui "
        "surinkimo punkte.\n\nAna Novak\n"
    ),
    _want(BOTH),
)
CASES["hr_film_only_snimamo"] = (
    _mail(
        "Poštovani,\n\nmolimo dopuštenje da snimamo kamerom u vašem sabirnom centru u izbornoj "
        "noći.\n\nAna Novak\n"
    ),
    _want(REC),
)
CASES["hr_near_snimak_zaslona"] = (
    _mail(
        "Poštovani,\n\ntražimo pristup XML-u za naš poslužitelj 203.0.113.55; u privitku je "
        "snimak zaslona s postavkama vatrozida.\n\nAna Novak\n"
    ),
    _want(FEED),
)
# (d) the feed taken back
CASES["ro_nu_mai_avem_nevoie_xml"] = (
    _mail(
        "Bună ziua,\n\nsolicităm acces la XML (IP 192.0.2.60) și permisiunea de a filma.\n\n"
        "Revenire: nu mai avem nevoie de XML, rămâne doar filmarea.\n\nAna Novak\n"
    ),
    _want(REC),
)
CASES["pt_desistimos_xml"] = (
    _mail(
        "Bom dia,\n\npedimos acesso ao XML (IP 192.0.2.61) e autorização para filmar.\n\n"
        "Correção: desistimos do acesso XML, fica só o pedido de filmagem.\n\nAna Novak\n"
    ),
    _want(REC),
)
CASES["hr_odustajemo_od_xml"] = (
    _mail(
        "Poštovani,\n\ntražimo pristup XML-u (IP 192.0.2.62) i dozvolu za snimanje.\n\n"
        "Ispravak: odustajemo od XML-a, ostaje samo snimanje.\n\nAna Novak\n"
    ),
    _want(REC),
)
CASES["it_rinunciamo_al_feed"] = (
    _mail(
        "Buongiorno,\n\nchiediamo l'accesso al feed XML (IP 192.0.2.63) e il permesso di fare "
        "riprese.\n\nRettifica: rinunciamo al feed XML, resta solo la richiesta di riprese.\n\n"
        "Ana Novak\n"
    ),
    _want(REC),
)
CASES["ro_near_renuntam_la_filmare"] = (
    _mail(
        "Bună ziua,\n\nsolicităm acces la XML (IP 192.0.2.64) și permisiunea de a filma.\n\n"
        "Revin: renunțăm la filmare, rămâne doar accesul XML.\n\nAna Novak\n"
    ),
    _want(FEED),
)
# (e) photos only, the XML not needed
CASES["pl_zdjecia_xml_niepotrzebny"] = (
    _mail(
        "Dzień dobry,\n\nchciałbym zrobić zdjęcia w waszym punkcie w noc wyborczą. XML nie jest "
        "mi potrzebny.\n\nAna Novak\n"
    ),
    _want(REC),
)
CASES["sk_fotit_xml_nepotrebujem"] = (
    _mail(
        "Dobrý deň,\n\nchcel by som fotiť vo vašom stredisku počas sčítania. XML nepotrebujem.\n\n"
        "Ana Novak\n"
    ),
    _want(REC),
)
CASES["hr_fotografirati_xml_ne_treba"] = (
    _mail(
        "Poštovani,\n\nželio bih fotografirati u vašem sabirnom centru. XML mi ne treba.\n\n"
        "Ana Novak\n"
    ),
    _want(REC),
)
CASES["pl_near_xml_yes_no_photos"] = (
    _mail(
        "Dzień dobry,\n\npotrzebuję dostępu do XML (IP 192.0.2.70), zdjęć robić nie będę.\n\n"
        "Ana Novak\n"
    ),
    _want(FEED),
)

XFAIL: dict[str, str] = {
    "it_whole_anno_prossimo": "a later year after the election an application is for ('elezioni dell'anno prossimo') puts off the nearest request; telling it from a request put off (bn009) needs the sentence's scope (flagged, not certain)",
    "de_whole_naechstes_jahr": "a later year after the election an application is for ('elezioni dell'anno prossimo') puts off the nearest request; telling it from a request put off (bn009) needs the sentence's scope (flagged, not certain)",
    "pl_whole_przyszloroczne": "a later year after the election an application is for ('elezioni dell'anno prossimo') puts off the nearest request; telling it from a request put off (bn009) needs the sentence's scope (flagged, not certain)",
}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_request_types_r49(p: ParsedMessage, want: Label) -> None:
    assert [m for m in misses(p, want) if m.startswith("request_types")] == []


# the language net: a letter in a language the cue lists barely know is unsure throughout
FOREIGN_LETTERS = {
    "hr": "Poštovani,\n\nmolimo vas da nam omogućite pristup rezultatima izbora. Naš poslužitelj "
    "koji će preuzimati podatke ima adresu 203.0.113.80, a testni ćemo javiti kasnije. Hvala "
    "vam unaprijed.\n\nSrdačan pozdrav,\nIvana Kovač\n",
    "sl": "Spoštovani,\n\nprosimo za dostop do rezultatov volitev. Naš strežnik, ki bo prevzemal "
    "podatke, ima naslov 203.0.113.81, testnega pa vam bomo sporočili kasneje. Hvala in lep "
    "pozdrav,\nMaja Novak\n",
    "lt": "Laba diena,\n\nprašome prieigos prie rinkimų rezultatų serverio. Mūsų serverio adresas "
    "yra 203.0.113.82, o bandomąjį adresą pranešime vėliau. Dėkojame.\n\nPagarbiai,\nRūta "
    "Kazlauskienė\n",
    "el": "Kalimera sas,\n\nzitame prosvasi sta apotelesmata ton eklogon gia to kanali mas. O "
    "server mas einai sto 203.0.113.83 kai tha sas steiloume to test argotera. Efcharisto "
    "poly,\nNikos Papadopoulos\n",
}


@pytest.mark.parametrize("lang", sorted(FOREIGN_LETTERS))
def test_less_common_language_is_foreign(lang: str) -> None:
    assert mainly_foreign(FOREIGN_LETTERS[lang])
