"""A drill, fifty-fifth round (issue 18): a reply to the office's notice of a defect that
restates the application ("žadatel X s.r.o., IČO …") and asks for a missing value; the reply
gives it and says the rest stands, naming its firm by a shortened name or not at all: the
applicant and IČO are those the office's message restates (unsure). Near misses: a reply
whose own signature names its firm with its IČO. And a label alone on its line over a form's
title (a sheet's "Žadatel", then "Žádost o přístup …"): the name is in the row below; near
miss: the label alone over the name itself. Every message was labelled by
``tests/corpus/LABELS.md`` before extraction ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import FEED, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, mail, text_file

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _reply(new: str, quoted: str, sender: str, name: str = "") -> ParsedMessage:
    office = (
        "\n\n----- Původní zpráva -----\nOd: \"Podatelna ČSÚ\" <podatelna@czso.cz>\nKomu: " + sender + "\n"
        "Předmět: Výzva k odstranění vad podání\n\n" + "\n".join("> " + ln for ln in quoted.splitlines())
    )
    return mail(body(new + office), subject="Re: Výzva k odstranění vad podání", sender=sender, sender_name=name)


_NOTICE_CS = (
    "Vážení,\nVaše žádost o zpřístupnění výsledků voleb (žadatel {org}, IČO {ico}, produkční IP\n"
    "adresa {ip}) neobsahuje kontaktní osobu. Doplňte ji prosím do 5 pracovních dnů.\n\n"
    "Český statistický úřad\nNa padesátém 81, 100 82 Praha 10\nIČO 00025593"
)
CASES["cs_rest_stands_short_name"] = (
    _reply(
        "Dobrý den,\n\nkontaktní osoba: Pavla Richterová, richterova@trebickyzpravodaj.example, tel. 604 221 318\n\n"
        "Ostatní údaje platí.\n\nredakce Třebíčský zpravodaj",
        _NOTICE_CS.format(org="Třebíčský zpravodaj s.r.o.", ico="27074358", ip="198.51.100.110"),
        "redakce@trebickyzpravodaj.example",
    ),
    label(FEED, ("Třebíčský zpravodaj s.r.o.", "27074358", None), ["198.51.100.110"], [],
          ("Pavla Richterová", "richterova@trebickyzpravodaj.example", "+420604221318")),
)
CASES["cs_rest_stands_no_name"] = (
    _reply(
        "Dobrý den,\n\ndoplňujeme kontakt: Ondřej Sýkora, sykora@kolinskelisty.example, 731 440 112. "
        "Zbytek zůstává beze změny.\n\nDěkujeme",
        _NOTICE_CS.format(org="Kolínské listy a.s.", ico="25596641", ip="203.0.113.111"),
        "info@kolinskelisty.example",
    ),
    label(FEED, ("Kolínské listy a.s.", "25596641", None), ["203.0.113.111"], [],
          ("Ondřej Sýkora", "sykora@kolinskelisty.example", "+420731440112")),
)
# near miss: the reply's own signature names the firm with its IČO
CASES["cs_rest_stands_own_signature"] = (
    _reply(
        "Dobrý den,\n\nkontaktní osoba: Marie Králová, kralova@pisecko.example, tel. 602 118 900\n\n"
        "Ostatní údaje platí.\n\nS pozdravem\nMarie Králová\nPísecko Media s.r.o., IČO 28435575",
        _NOTICE_CS.format(org="Písecko Media s.r.o.", ico="28435575", ip="192.0.2.112"),
        "kralova@pisecko.example",
        "Marie Králová",
    ),
    label(FEED, ("Písecko Media s.r.o.", "28435575", None), ["192.0.2.112"], [],
          ("Marie Králová", "kralova@pisecko.example", "+420602118900")),
)



# A label alone on its line over a form's title (a sheet's "Žadatel" heading, then "Žádost o
# přístup k XML …"): the title is the form's heading, not the applicant; the name is in the
# labelled row below. Near miss: the label alone over the applicant's name itself.
def _sheet(text: str, sender: str, name: str) -> ParsedMessage:
    return mail(body("\n"), text_file("zadost.txt", text), subject="XML", sender=sender, sender_name=name)


CASES["cs_sheet_heading_over_title"] = (
    _sheet(
        "Žadatel\nŽádost o přístup k XML s výsledky voleb\nNázev\tRokycanský týdeník s.r.o.\nIČO\t27074358\n"
        "Kontaktní osoba\tHana Vrbová\nE-mail\tvrbova@rokycanskytydenik.example\nTelefon\t605 331 870\n\n"
        "Produkční IP\t198.51.100.120\n",
        "vrbova@rokycanskytydenik.example", "Hana Vrbová",
    ),
    label(FEED, ("Rokycanský týdeník s.r.o.", "27074358", None), ["198.51.100.120"], [],
          ("Hana Vrbová", "vrbova@rokycanskytydenik.example", "+420605331870")),
)
CASES["en_sheet_heading_over_title"] = (
    _sheet(
        "Applicant\nApplication for access to the election results XML\nName\tSouth Bohemia Post s.r.o.\n"
        "Company ID\t25596641\nContact person\tKarel Bláha\nE-mail\tblaha@sbpost.example\nPhone\t+420 731 118 442\n\n"
        "Production IP\t203.0.113.121\n",
        "blaha@sbpost.example", "Karel Bláha",
    ),
    label(FEED, ("South Bohemia Post s.r.o.", "25596641", None), ["203.0.113.121"], [],
          ("Karel Bláha", "blaha@sbpost.example", "+420731118442")),
)
CASES["de_sheet_heading_over_title"] = (
    _sheet(
        "Antragsteller\nAntrag auf Zugang zu den XML-Wahlergebnissen\nName\tEgerland Medien GmbH\n"
        "Ansprechpartner\tJürgen Wolf\nE-Mail\twolf@egerland.example\nTelefon\t+49 9631 22 41 90\n\n"
        "Produktions-IP\t192.0.2.122\n",
        "wolf@egerland.example", "Jürgen Wolf",
    ),
    label(FEED, ("Egerland Medien GmbH", None, None), ["192.0.2.122"], [],
          ("Jürgen Wolf", "wolf@egerland.example", "+499631224190")),
)
CASES["cs_sheet_heading_over_name"] = (
    _sheet(
        "Žadatel\nBerounský deník s.r.o.\nIČO\t28435575\nKontaktní osoba\tIva Malá\nE-mail\tmala@berounskydenik.example\n"
        "Telefon\t731 552 180\n\nProdukční IP\t198.51.100.123\n",
        "mala@berounskydenik.example", "Iva Malá",
    ),
    label(FEED, ("Berounský deník s.r.o.", "28435575", None), ["198.51.100.123"], [],
          ("Iva Malá", "mala@berounskydenik.example", "+420731552180")),
)


XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_org_restated_r55(p: ParsedMessage, want: Label) -> None:
    assert misses(p, want) == []
