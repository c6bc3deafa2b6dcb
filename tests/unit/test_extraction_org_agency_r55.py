"""A drill, fifty-fifth round (issue 18): an agency or a contractor passes on its client's
application attached as an e-mail, its own firm and IČO in the cover's signature, the
client's name and IČO in the attached message: the client applies, the cover's firm does not
("přeposíláme v příloze jejich žádost", "we forward their application", "leiten ihren Antrag
weiter"). Near misses: a cover whose writer applies itself and attaches its supplier's
message; a cover passing on an application whose attached message names no IČO. Every
message was labelled by ``tests/corpus/LABELS.md`` before extraction ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from mail.mime import parse_email
from tests.unit.drill_helpers import FEED, Label, drill_params, label, misses

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _eml(cover: str, inner: str, *, cover_from: tuple[str, str], inner_from: tuple[str, str]) -> ParsedMessage:
    """A cover note with an earlier e-mail attached as a message."""
    raw = (
        f"From: {cover_from[1]} <{cover_from[0]}>\nTo: podatelna@czso.cz\nSubject: Fwd: XML volby\n"
        "Date: Mon, 02 Dec 2030 10:00:00 +0000\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="b1"\n\n'
        '--b1\nContent-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n\n'
        f"{cover}\n\n--b1\nContent-Type: message/rfc822\n"
        'Content-Disposition: attachment; filename="zadost.eml"\n\n'
        f"From: {inner_from[1]} <{inner_from[0]}>\nTo: podatelna@czso.cz\nSubject: XML volby\n"
        "Date: Mon, 25 Nov 2030 09:00:00 +0000\nMIME-Version: 1.0\n"
        'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n\n'
        f"{inner}\n\n--b1--\n"
    )
    return parse_email(raw.encode("utf-8"))


CASES["cs_agency_forwards_client"] = (
    _eml(
        "Dobrý den,\n\njako PR agentura pro Rádio Hanácko přeposíláme v příloze jejich žádost, "
        "zřejmě se k Vám nedostala.\n\nKomunikace Olomouc s.r.o. (IČO 27074358)\nRoman Šilhán",
        "Dobrý den,\n\nRádio Hanácko s.r.o. (IČO 25596641) žádá o přístup k výsledkům voleb v XML.\n\n"
        "Produkce: 198.51.100.90\n\nKontakt: Jana Vrbová, 731 220 415\n\nJana Vrbová",
        cover_from=("silhan@komunikace.example", "Roman Šilhán"),
        inner_from=("vrbova@radiohanacko.example", "Jana Vrbová"),
    ),
    label(FEED, ("Rádio Hanácko s.r.o.", "25596641", None), ["198.51.100.90"], [],
          ("Jana Vrbová", "vrbova@radiohanacko.example", "+420731220415")),
)
CASES["en_agency_forwards_their_application"] = (
    _eml(
        "Hello,\n\nwe handle press relations for Vltava Weekly and forward their application attached; "
        "it seems it did not reach you.\n\nBest regards\nMartin Cole\nBrightline Media s.r.o., IČO 24829871",
        "Hello,\n\nVltava Weekly s.r.o. (IČO 28435575) asks for access to the XML election results.\n\n"
        "Production server: 203.0.113.91\n\nContact: Eva Malá, +420 602 118 330\n\nEva Malá",
        cover_from=("cole@brightline.example", "Martin Cole"),
        inner_from=("mala@vltavaweekly.example", "Eva Malá"),
    ),
    label(FEED, ("Vltava Weekly s.r.o.", "28435575", None), ["203.0.113.91"], [],
          ("Eva Malá", "mala@vltavaweekly.example", "+420602118330")),
)
CASES["sk_agency_posiela_ich_ziadost"] = (
    _eml(
        "Dobrý deň,\n\nako agentúra pre TV Záhorie posielame v prílohe ich žiadosť.\n\n"
        "S pozdravom\nPeter Baláž\nMediaPro Slovakia s.r.o., IČO 27112357",
        "Dobrý deň,\n\nTV Záhorie s.r.o., IČO 26185610, žiada o prístup k výsledkom volieb v XML.\n\n"
        "Produkčná IP: 192.0.2.92\n\nKontakt: Lucia Hrušková, +421 905 331 220\n\nLucia Hrušková",
        cover_from=("balaz@mediapro.example", "Peter Baláž"),
        inner_from=("hruskova@tvzahorie.example", "Lucia Hrušková"),
    ),
    label(FEED, ("TV Záhorie s.r.o.", "26185610", None), ["192.0.2.92"], [],
          ("Lucia Hrušková", "hruskova@tvzahorie.example", "+421905331220")),
)
CASES["cs_agency_forwards_client_with_correction"] = (
    _eml(
        "Dobrý den,\n\nza klienta, Rádio Hanácko, přeposíláme v příloze jejich žádost. Jedna oprava: "
        "testovací adresa je 198.51.100.99, ne .98.\n\nKomunikace Olomouc s.r.o. (IČO 27074358)\nRoman Šilhán",
        "Dobrý den,\n\nRádio Hanácko s.r.o. (IČO 25596641) žádá o přístup k výsledkům voleb v XML.\n\n"
        "Produkce: 198.51.100.90\nTest: 198.51.100.98\n\nKontakt: Jana Vrbová, 731 220 415\n\nJana Vrbová",
        cover_from=("silhan@komunikace.example", "Roman Šilhán"),
        inner_from=("vrbova@radiohanacko.example", "Jana Vrbová"),
    ),
    label(FEED, ("Rádio Hanácko s.r.o.", "25596641", None), ["198.51.100.90"], ["198.51.100.99"],
          ("Jana Vrbová", "vrbova@radiohanacko.example", "+420731220415")),
)
CASES["de_agency_forwards_with_correction"] = (
    _eml(
        "Guten Tag,\n\nals Agentur für den Sender Radio Pilsen leiten wir ihren Antrag im Anhang weiter. "
        "Eine Korrektur: die Test-IP ist 203.0.113.97, nicht .96.\n\nMedienbüro Prag s.r.o., IČO 24829871\n"
        "Jan Keller",
        "Guten Tag,\n\nRadio Pilsen s.r.o. (IČO 28435575) beantragt den Zugang zu den XML-Wahlergebnissen.\n\n"
        "Produktion: 203.0.113.95\nTest: 203.0.113.96\n\nKontakt: Petr Novák, +420 606 221 430\n\nPetr Novák",
        cover_from=("keller@medienbuero.example", "Jan Keller"),
        inner_from=("novak@radiopilsen.example", "Petr Novák"),
    ),
    label(FEED, ("Radio Pilsen s.r.o.", "28435575", None), ["203.0.113.95"], ["203.0.113.97"],
          ("Petr Novák", "novak@radiopilsen.example", "+420606221430")),
)
# near miss: the cover's firm applies, its supplier's message attached for the addresses
CASES["cs_own_firm_attaches_supplier_message"] = (
    _eml(
        "Dobrý den,\n\nžádáme o přístup k XML s výsledky voleb. Adresy serverů najdete ve zprávě "
        "našeho dodavatele v příloze.\n\nS pozdravem\nKarel Dušek\nBrněnský deník s.r.o., IČO 26942640",
        "Dobrý den,\n\nserver pro Brněnský deník má adresu 198.51.100.93.\n\nHosting Morava s.r.o.\n"
        "Ondřej Malý",
        cover_from=("dusek@brnenskydenik.example", "Karel Dušek"),
        inner_from=("maly@hostingmorava.example", "Ondřej Malý"),
    ),
    label(FEED, ("Brněnský deník s.r.o.", "26942640", None), ["198.51.100.93"], [],
          ("Karel Dušek", "dusek@brnenskydenik.example", None)),
)

# near miss: the cover's firm applies and passes on its supplier's message, which names the
# supplier with its IČO
CASES["cs_own_firm_forwards_supplier_message_with_ico"] = (
    _eml(
        "Dobrý den,\n\nžádáme o přístup k XML s výsledky voleb. Náš dodavatel Hosting Morava nám poslal "
        "adresy, přeposíláme v příloze jeho zprávu. Testovací adresa je nakonec 198.51.100.94.\n\n"
        "S pozdravem\nKarel Dušek\nBrněnský deník s.r.o., IČO 26942640",
        "Dobrý den,\n\nserver pro Vás má adresu 198.51.100.93.\n\nHosting Morava s.r.o., IČO 27112357\n"
        "Ondřej Malý",
        cover_from=("dusek@brnenskydenik.example", "Karel Dušek"),
        inner_from=("maly@hostingmorava.example", "Ondřej Malý"),
    ),
    label(FEED, ("Brněnský deník s.r.o.", "26942640", None), ["198.51.100.93"], ["198.51.100.94"],
          ("Karel Dušek", "dusek@brnenskydenik.example", None)),
)

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_org_agency_r55(p: ParsedMessage, want: Label) -> None:
    assert misses(p, want) == []
