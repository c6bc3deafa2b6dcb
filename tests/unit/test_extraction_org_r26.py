"""The organisation, twenty-sixth round (issue 18): a generalisation drill. The messages are
the tests' own, written and labelled (by tests/corpus/LABELS.md) before extraction ran on
them, none a corpus case.

Classes widened: a data message's text and envelope naming one organisation up to
punctuation, spacing or case take the box register's spelling (unless it lost diacritics);
an IČO labelled by dotted initials ("I. Č. O.") or by a label glossed in brackets in another
language ("Reg. No. (IČO)"), read only by its checksum; a municipal office ("Městský úřad",
"Obecní úřad X") applies as its municipality; a sentence's full stop glued to a name ends it;
a name in a signature's cell runs to the cell's bound.
"""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.extraction_helpers import body, data_message, extract, mail, text_file

_IP = "\nProdukční IP: 192.0.2.10\n"


def _norm(v: str) -> str:
    return " ".join(v.split()).casefold()


NAMES: list[tuple[str, ParsedMessage, str]] = []
"""(id, message, the label's organisation name)."""


def add(i: str, text: str, name: str) -> None:
    NAMES.append((i, mail(body(text)), name))


def add_box(i: str, annotation: str, dm_sender: str, name: str, attached: str = "") -> None:
    files = (text_file("zadost.txt", attached),) if attached else ()
    NAMES.append((i, data_message(annotation, *files, dm_sender=dm_sender), name))


# --- the register's spelling of the same name -------------------------------------------
add_box(
    "a01-labelled-applicant-without-comma",
    "Žádost o XML výsledky voleb",
    "Horácké listy, z.s.",
    "Horácké listy, z.s.",
    "Žadatel: Horácké listy z.s.\nIČO: 68043511\nProdukční IP: 192.0.2.41\nKontakt: Eva Nová\n",
)
add_box(
    "a02-english-spaced-legal-form",
    "Request for XML election results",
    "Valašský kurýr, s.r.o.",
    "Valašský kurýr, s.r.o.",
    "Applicant: Valašský kurýr, s. r. o.\nCompany ID: 93672608\nProduction IP: 203.0.113.7\n"
    "Contact: Pavel Kurka, +420 604 111 222\n",
)
add_box(
    "a03-slovak-civic-association",
    "Žiadosť o prístup k výsledkom volieb v XML",
    "Záhorský hlas, o. z.",
    "Záhorský hlas, o. z.",
    "Názov organizácie: Záhorský hlas o.z.\nIČO: 77476280\nIP adresa: 192.0.2.77\n"
    "Kontaktná osoba: Ján Hruška\n",
)
add_box(
    "a04-tab-cell-spol-s-ro",
    "zadost XML",
    "Jesenická televize, spol. s r.o.",
    "Jesenická televize, spol. s r.o.",
    "Organizace:\tJesenická televize spol. s r.o.\nIČO:\t62167766\nIP produkce:\t192.0.2.88\n",
)
add_box(
    "a05-annotation-only",
    "Krkonošský deník a.s. – žádost o XML, produkce 192.0.2.50, kontakt Jana Bílá 603 222 111",
    "Krkonošský deník, a.s.",
    "Krkonošský deník, a.s.",
)
add_box(
    "a06-register-in-capitals",
    "Žádost o přístup k výsledkům",
    "PODHORSKÉ NOVINY, S.R.O.",
    "Podhorské noviny, s.r.o.",
    "Žadatel: Podhorské noviny s.r.o.\nIČO: 14077868\nProdukční IP: 192.0.2.61\n",
)
# near misses: the register lost the diacritics; the register names one more word
add_box(
    "a07-neg-register-without-diacritics",
    "Zadost o XML",
    "Chodsky obcasnik z.s.",
    "Chodský občasník, z.s.",
    "Žadatel: Chodský občasník, z.s.\nIČO: 82948453\nProdukční IP: 192.0.2.62\n",
)
add_box(
    "a08-neg-register-one-more-word",
    "Zadost o XML",
    "Deník Horácko Plus s.r.o.",
    "Deník Horácko s.r.o.",
    "Žadatel: Deník Horácko s.r.o.\nProdukční IP: 192.0.2.63\n",
)

# --- a municipal office applies as its municipality ---------------------------------------
add(
    "c01-village-office-signature",
    "Dobrý den,\nžádáme o přístup k výsledkům voleb ve formátu XML pro web obce."
    + _IP
    + "\nS pozdravem\nMarie Kolářová\nstarostka\nObecní úřad Horní Lhota\nIČO: 56697449\n",
    "Obec Horní Lhota",
)
add(
    "c02-village-letterhead-capitals-dash",
    "OBEC KAMENNÁ – Obecní úřad, Kamenná 12, 594 01 Kamenná\n\nVěc: žádost o XML výsledky\n"
    "Obec Kamenná žádá o přístup k datům voleb." + _IP + "\nJosef Dvořák, starosta\n",
    "Obec Kamenná",
)
add(
    "c03-town-office-in-sentence",
    "Dobrý den,\nza Městský úřad Vrchlabí žádám o zpřístupnění výsledků voleb v XML."
    + _IP
    + "\nDěkuji\nLenka Horká\n",
    "Město Vrchlabí",
)
add(
    "c04-market-town-office",
    "Dobrý den,\nprosíme o XML data k volbám pro náš zpravodaj na webu."
    + _IP
    + "\nTomáš Vrba\nmístostarosta\nÚřad městyse Nový Hrádek\n",
    "Městys Nový Hrádek",
)
add(
    "c05-bare-office-town-in-text",
    "Městský úřad\nodbor vnitřních věcí\n\nVážení,\nv zastoupení města Rokytnice nad Jizerou "
    "žádám o přístup k výsledkům voleb v XML." + _IP + "\nS pozdravem\nIng. Karel Malý\n",
    "Město Rokytnice nad Jizerou",
)
add(
    "c06-english-writer-town-office",
    "Hello,\nI am writing on behalf of Městský úřad Telč, the town's office. We would like the "
    "XML election results for the town website.\nProduction IP: 203.0.113.90\n\nBest regards\n"
    "Hana Veselá\n",
    "Město Telč",
)
# near misses: a region's office; a town's TV company that names the office as its partner
add(
    "c07-neg-region-office",
    "Dobrý den,\nžádáme o XML výsledky voleb."
    + _IP
    + "\nS pozdravem\nPetr Novák\nKrajský úřad Podhorského kraje\n",
    "Podhorský kraj",
)
add(
    "c08-neg-town-tv-company",
    "Dobrý den,\nžádáme o přístup k výsledkům voleb pro vysílání.\nŽadatel: Městská televize "
    "Rokytnice s.r.o.\nIČO: 67457789"
    + _IP
    + "Natáčet budeme ve spolupráci s Městským úřadem Rokytnice.\nJan Pokorný\n",
    "Městská televize Rokytnice s.r.o.",
)

# --- a sentence's full stop glued to a name -----------------------------------------------
add(
    "d01-english-write-for",
    "Hello,\nI write for Baltic News Network. We need the XML results feed on election night.\n"
    "Production IP: 203.0.113.31\n\nThanks\nAnna Ozola\n",
    "Baltic News Network",
)
add(
    "d02-we-are",
    "Hi there,\nwe are Valley Wire. Our newsroom would like access to the election XML.\n"
    "Production IP: 203.0.113.32\n\nRegards\nTom Hale\n",
    "Valley Wire",
)
add(
    "d03-czech-za-radio",
    "Dobrý den,\npíši za Rádio Beskydy Info. Potřebujeme přístup k XML výsledkům voleb."
    + _IP
    + "\nDíky\nKarel Suchý\n",
    "Rádio Beskydy Info",
)
add(
    "d04-slovak-sme",
    "Dobrý deň,\nsme Televízia Liptov. Žiadame o prístup k výsledkom volieb v XML.\n"
    "IP adresa: 192.0.2.34\n\nS pozdravom\nMária Kováčová\n",
    "Televízia Liptov",
)
add(
    "d05-german-arbeite-fuer",
    "Guten Tag,\nich bin Korrespondentin von Radio Salzach Welle. Wir möchten Zugang zu den "
    "XML-Ergebnissen.\nProduktion IP: 203.0.113.35\n\nMit freundlichen Grüßen\nLena Huber\n",
    "Radio Salzach Welle",
)
add(
    "d06-french-correspondent",
    "Bonjour,\nje suis la correspondante de Radio Loire Océan. Nous souhaitons accéder aux "
    "résultats XML.\nIP de production : 203.0.113.36\n\nCordialement\nClaire Martin\n",
    "Radio Loire Océan",
)
# near misses: an abbreviation's stop inside the name
add(
    "d07-neg-abbreviation-dr",
    "Dobrý den,\njsme Nadace Dr. Emila Holuba, chceme zpřístupnit výsledky voleb v XML."
    + _IP
    + "\nIva Malá\n",
    "Nadace Dr. Emila Holuba",
)
add(
    "d08-neg-abbreviation-st",
    "Hello,\nwe are Radio St. Anna Info and we would like the XML election results.\n"
    "Production IP: 203.0.113.38\n\nBest\nJo Kerr\n",
    "Radio St. Anna Info",
)

# --- a name in a signature's cell runs to the cell's bound -------------------------------
add(
    "e01-bar-cells-agency",
    "Hi,\nplease enable the XML results feed for us.\nProd 203.0.113.51\n\n--\n"
    "Anna Holm | Baltic News Agency | Riga office\n",
    "Baltic News Agency",
)
add(
    "e02-bullet-cells-czech",
    "Ahoj,\nprosím o XML výsledky voleb."
    + _IP
    + "\nPetr Dvořák · Rádio Krokodýl Brno · 603 111 222\n",
    "Rádio Krokodýl Brno",
)
add(
    "e03-em-dash-cells",
    "Hello,\nwe would like access to the XML feed.\nProduction IP: 203.0.113.53\n\n"
    "Mark Stone — Harbour Times Weekly — London\n",
    "Harbour Times Weekly",
)
add(
    "e04-slash-cells",
    "Servus,\nbitte um Zugang zu den XML-Wahlergebnissen.\nProduktion IP: 203.0.113.54\n\n"
    "Lena Fischer / Alpine Media Group / Wien\n",
    "Alpine Media Group",
)
add(
    "e05-tab-cells",
    "Hello,\nplease whitelist us for the XML results.\nProduction IP: 203.0.113.55\n\n"
    "Tom Reed\tCoastal Post Digital\t+44 20 7946 0000\n",
    "Coastal Post Digital",
)
add(
    "e06-bar-cells-long",
    "Hi, XML feed please.\nProd 203.0.113.56\n\nJonas Berg | Nordic Press Photo Service | Prague\n",
    "Nordic Press Photo Service",
)
# near misses: the next cell is a place, not the name's; a comma bounds the cell
add(
    "e07-neg-next-cell-place",
    "Hi,\nplease set up the XML feed.\nProd 203.0.113.57\n\nSara Lind | Nordic Wire | Prague Bureau\n",
    "Nordic Wire",
)
add(
    "e08-neg-comma-cells",
    "Hi,\nplease set up the XML feed.\nProd 203.0.113.58\n\nOla Nord, Fjord News, Oslo\n",
    "Fjord News",
)


ICOS: list[tuple[str, ParsedMessage, str | None]] = []
"""(id, message, the label's IČO)."""


def add_ico(i: str, text: str, ico: str | None) -> None:
    ICOS.append((i, mail(body(text)), ico))


add_ico(
    "b01-dotted-initials-with-o",
    "Dobrý den,\nžádáme o XML.\nVydavatel: Horský kurýr s.r.o., I. Č. O.: 936 726 08" + _IP,
    "93672608",
)
add_ico(
    "b02-english-glossed-czech",
    "Hello,\nApplicant: Danube Media CZ s.r.o.\nCompany Reg. No. (IČO): 77476280\n"
    "Production IP: 203.0.113.61\n",
    "77476280",
)
add_ico(
    "b03-czech-glossed-english",
    "Dobrý den,\nŽadatel: Polabský týdeník a.s., IČO (Company ID) 62167766" + _IP,
    "62167766",
)
add_ico(
    "b04-signature-dotted-grouped",
    "Dobrý den,\nprosím o XML výsledky."
    + _IP
    + "\nJana Tichá\nTichá média s.r.o.\nI.Č.: 14 077 868\n",
    "14077868",
)
add_ico(
    "b05-slovak-long-gloss",
    "Dobrý deň,\nŽiadateľ: Novohradské noviny s.r.o.\nIČO (identifikačné číslo organizácie): "
    "82948453\nIP adresa: 192.0.2.65\n",
    "82948453",
)
add_ico(
    "b06-id-no-glossed",
    "Hello,\nwe are Lipa Press s.r.o., ID No. (IČ) 99401045, and need the XML feed.\n"
    "Production IP: 203.0.113.66\n",
    "99401045",
)
add_ico(
    "b07-lower-dotted-in-sentence",
    "Dobrý den, za Hlas Kraje z.s. (i.č. 66834911) žádám o přístup k XML." + _IP,
    "66834911",
)
add_ico(
    "b08-table-dotted-cell",
    "Žadatel\tVysočina Press s.r.o.\nI.Č.\t17907683\nIP\t192.0.2.68\n",
    "17907683",
)
# near misses: a failing checksum; a bracketed word before a number that is no IČO
add_ico(
    "b09-neg-checksum-fails",
    "Dobrý den,\nŽadatel: Beta Média s.r.o., I.Č. 16309668" + _IP,
    None,
)
add_ico(
    "b10-neg-reference-not-ico",
    "Dobrý den,\nŽadatel: Gama Média s.r.o.\nReg. No. (see attachment) 2024/118" + _IP,
    None,
)


@pytest.mark.parametrize("case", NAMES, ids=[c[0] for c in NAMES])
def test_name(case: tuple[str, ParsedMessage, str]) -> None:
    _cid, msg, name = case
    got = extract(msg).fields.get("organization.name")
    assert got is not None and _norm(got.value) == _norm(name)


@pytest.mark.parametrize("case", ICOS, ids=[c[0] for c in ICOS])
def test_ico(case: tuple[str, ParsedMessage, str | None]) -> None:
    _cid, msg, ico = case
    got = extract(msg).fields.get("organization.ico")
    if ico is None:
        assert got is None or not got.certain
    else:  # a signature's IČO is read unsure by the signature's own rule (SIGNATURE)
        assert got is not None and got.value == ico
        assert got.certain or "signature" in _cid
