"""A drill, fifty-sixth round (issue 18): a contact's phone written with its country code and
cut by a line break (a PDF's or a narrow form's wrapped line: "Tel. +43 1 523" / "88 10"). The
number's end is read from the next line's leading digit groups when that makes a valid number,
never for certain. Near misses: a complete number at a line's end followed by a line of digits
(a year, a reference) keeps its own digits; a number followed by a postcode line is not
lengthened by it. Every message was labelled by ``tests/corpus/LABELS.md`` before extraction
ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import FEED, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, mail, text_file

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _case(key: str, cover: str, form: str, sender: str, name: str, org: str, phone: str | None) -> None:
    msg = mail(body(cover), text_file("form.txt", form), subject="Election results XML", sender=sender, sender_name=name)
    CASES[key] = (msg, label(FEED, (org, None, None), ["203.0.113.10"], [], (name, sender, phone)))


_case(
    "de_vienna_wrapped",
    "Sehr geehrte Damen und Herren,\n\nanbei unser Antrag.\n\nMit freundlichen Grüßen\nAnna Huber\n",
    "Donaukanal Medien GmbH\nAntrag auf Zugang zu den XML-Ergebnissen\nProduktions-IP: 203.0.113.10\n"
    "Ansprechpartnerin: Anna Huber, a.huber@donaukanal.example, Tel. +43 1 523\n88 10\n",
    "a.huber@donaukanal.example", "Anna Huber", "Donaukanal Medien GmbH", "+4315238810",
)
_case(
    "en_edinburgh_wrapped",
    "Dear Sir or Madam,\n\nplease find our application attached.\n\nKind regards,\nTom Reid\n",
    "Lothian Data Ltd\nApplication for access to the XML results feed\nProduction IP: 203.0.113.10\n"
    "Contact: Tom Reid, t.reid@lothiandata.example, phone +44 131 496\n0372\n",
    "t.reid@lothiandata.example", "Tom Reid", "Lothian Data Ltd", "+441314960372",
)
_case(
    "pl_mobile_wrapped",
    "Dzień dobry,\n\nw załączeniu wniosek.\n\nPozdrawiam\nJan Nowak\n",
    "Gazeta Opolska sp. z o.o.\nWniosek o dostęp do wyników w XML\nAdres produkcyjny: 203.0.113.10\n"
    "Kontakt: Jan Nowak, jan.nowak@gazetaopolska.example, tel. +48 601\n234 567\n",
    "jan.nowak@gazetaopolska.example", "Jan Nowak", "Gazeta Opolska sp. z o.o.", "+48601234567",
)
_case(
    "fr_paris_wrapped",
    "Madame, Monsieur,\n\nveuillez trouver ci-joint notre demande.\n\nCordialement,\nClaire Roux\n",
    "Seine Info SAS\nDemande d'accès aux résultats XML\nAdresse de production : 203.0.113.10\n"
    "Contact : Claire Roux, c.roux@seineinfo.example, tél. +33 1 42 68\n53 00\n",
    "c.roux@seineinfo.example", "Claire Roux", "Seine Info SAS", "+33142685300",
)
_case(
    "hu_budapest_wrapped",
    "Tisztelt Hölgyem/Uram!\n\nMellékelten küldjük kérelmünket.\n\nÜdvözlettel\nKovács Anna\n",
    "Duna Hírek Kft.\nKérelem az XML eredményekhez\nÉles IP-cím: 203.0.113.10\n"
    "Kapcsolattartó: Kovács Anna, kovacs.anna@dunahirek.example, tel. +36 1 234\n5678\n",
    "kovacs.anna@dunahirek.example", "Kovács Anna", "Duna Hírek Kft.", "+3612345678",
)
_case(
    "cz_mobile_wrapped",
    "Dobrý den,\n\nv příloze posílám žádost.\n\nS pozdravem\nPetr Malý\n",
    "Rokycanský týdeník s.r.o.\nŽádost o přístup k výsledkům voleb v XML\nProdukční IP: 203.0.113.10\n"
    "Kontaktní osoba: Petr Malý, maly@rokycansky.example, tel. +420 602\n318 447\n",
    "maly@rokycansky.example", "Petr Malý", "Rokycanský týdeník s.r.o.", "+420602318447",
)
# near misses
_case(
    "cz_near_complete_then_year",
    "Dobrý den,\n\nv příloze posílám žádost.\n\nS pozdravem\nIva Zelená\n",
    "Berounský deník s.r.o.\nŽádost o přístup k výsledkům voleb v XML\nProdukční IP: 203.0.113.10\n"
    "Kontaktní osoba: Iva Zelená, zelena@berounsky.example, tel. +420 724 518 330\n2026\n",
    "zelena@berounsky.example", "Iva Zelená", "Berounský deník s.r.o.", "+420724518330",
)
_case(
    "de_near_complete_then_number",
    "Hallo,\n\nanbei der Antrag.\n\nGrüße\nLukas Brandl\n",
    "Salzach Radio GmbH\nAntrag auf Zugang zu den XML-Ergebnissen\nProduktions-IP: 203.0.113.10\n"
    "Ansprechpartner: Lukas Brandl, brandl@salzachradio.example, Tel. +43 662 845 120\n12\n",
    "brandl@salzachradio.example", "Lukas Brandl", "Salzach Radio GmbH", "+43662845120",
)

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert [m for m in misses(p, want) if m.startswith("contact.phone")] == []
