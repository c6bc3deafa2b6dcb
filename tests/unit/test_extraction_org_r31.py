"""The organisation, thirty-first round (issue 18): a generalisation drill. The messages are
the tests' own, written and labelled (by tests/corpus/LABELS.md) before extraction ran on
them, none a corpus case.

Classes widened: a data box registered to the Czech branch of a firm whose letter or
annotation names the (foreign) parent gives the branch's registered name ("X Ltd,
organizační složka"); foreign legal forms the designator list lacked (Irish DAC/CLG/ULC,
Austrian GesmbH, Icelandic ehf., Polish sp. j./sp. k., Iberian S.L.U./S.A.U. …); a
municipality written without diacritics ("Mesto Stribro", "Statutarni mesto X"); a form's
section heading or label before the IČO ("Identifikační údaje žadatele: IČO …") is no name.
"""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.extraction_helpers import body, data_message, extract, mail, text_file


def _norm(v: str) -> str:
    return " ".join(v.split()).casefold()


NAMES: list[tuple[str, ParsedMessage, str]] = []
"""(id, message, the label's organisation name)."""


def add(i: str, text: str, name: str, sender: str = "a@zpravy.example") -> None:
    NAMES.append((i, mail(body(text), sender=sender), name))


def box(i: str, annotation: str, dm_sender: str, name: str, attached: str | None = None) -> None:
    parts = (text_file("dopis.txt", attached),) if attached else ()
    NAMES.append((i, data_message(annotation, *parts, dm_sender=dm_sender), name))


# --- a data box registered to the Czech branch of the firm the text names -----------------
box(
    "b01-branch-poa-attachment",
    "Žádost o přístup k XML výsledkům voleb, produkční IP 192.0.2.40, kontakt Rūta Kazlauskė, "
    "ruta@balticpress.example",
    "Baltic Press UAB, organizační složka",
    "Baltic Press UAB, organizační složka",
    "PLNÁ MOC\nBaltic Press UAB, Gedimino pr. 9, Vilnius, LT-01103\nzmocňuje paní Rūtu "
    "Kazlauskė k jednání za svou pražskou pobočku ve věci voleb.\nVilnius 2. 9. 2025\n",
)
box(
    "b02-branch-plant-annotation",
    "Helvetia Media AG requests access to the XML election results feed. Production IP "
    "198.51.100.20. Contact: Urs Keller, urs.keller@helvetia.example",
    "Helvetia Media AG, odštěpný závod Praha",
    "Helvetia Media AG, odštěpný závod Praha",
)
box(
    "b03-branch-dash-letter",
    "Access to XML results",
    "Nordic Wire AB – organizační složka",
    "Nordic Wire AB – organizační složka",
    "Nordic Wire AB\nKungsgatan 12, 111 43 Stockholm\n\nDear Sir or Madam,\nwe would like to "
    "receive the XML results feed at 192.0.2.41 (production).\n\nBest regards\nLars Berg\n",
)
box(
    "b04-branch-slovak-parent-comma",
    "Tatra Médiá, a.s. žiada o prístup k výsledkom volieb vo formáte XML, IP 192.0.2.42, "
    "kontakt Ján Kováč, kovac@tatramedia.example",
    "Tatra Médiá, a.s., organizační složka",
    "Tatra Médiá, a.s., organizační složka",
)
box(
    "b05-branch-pobocka-capitals",
    "Žádost o XML data voleb. IP 198.51.100.43.",
    "Vltava Data Ltd, pobočka",
    "Vltava Data Ltd, pobočka",
    "VLTAVA DATA LTD\n10 Bridge Street, Leeds LS1 4AB\n\nWe apply for access to the results feed "
    "for our Czech office.\nKontakt: Tom Reed, tom@vltavadata.example\n",
)
box(
    "b06-branch-german-annotation",
    "Die Rheinland Medien GmbH (Köln) beantragt den Zugang zum XML-Ergebnisdienst. "
    "Produktion 192.0.2.44. Ansprechpartner: Jonas Wolf, wolf@rheinland.example",
    "Rheinland Medien GmbH, organizační složka",
    "Rheinland Medien GmbH, organizační složka",
)
box(
    "b07-no-branch-negative",
    "Alfa Média s.r.o. žádá o přístup k XML výsledkům, IP 192.0.2.45.",
    "Alfa Média s.r.o.",
    "Alfa Média s.r.o.",
)
box(
    "b08-text-names-branch-negative",
    "Beta Press Ltd, organizační složka, žádá o přístup k XML výsledkům, IP 192.0.2.46.",
    "Beta Press Ltd, organizační složka",
    "Beta Press Ltd, organizační složka",
)

# --- foreign legal forms ------------------------------------------------------------------
add(
    "f01-irish-clg-signature",
    "Hello,\n\nWe would like access to the XML results for our community newsroom.\nProduction: "
    "192.0.2.50\n\nThanks,\nAoife Byrne\nHarbour Light Media CLG\nDublin 8\n",
    "Harbour Light Media CLG",
)
add(
    "f02-swedish-ab-sentence",
    "Hi,\n\nNorrsken Nyheter AB covers the Czech elections this year and asks for access to "
    "the XML feed.\nIP 198.51.100.51\n\nRegards\nErik Lund\n",
    "Norrsken Nyheter AB",
)
add(
    "f03-austrian-gesmbh",
    "Sehr geehrte Damen und Herren,\n\nwir, die Wiener Bild GesmbH, beantragen den Zugang zu den "
    "XML-Ergebnissen.\nIP 192.0.2.52\n\nMit freundlichen Grüßen\nAnna Huber\n",
    "Wiener Bild GesmbH",
)
add(
    "f04-spanish-slu-signature",
    "Buenos días,\n\nsolicitamos acceso al servicio XML de resultados electorales.\nIP de "
    "producción: 192.0.2.53\n\nSaludos,\nMarta Ruiz\nNoticias del Sur S.L.U.\nSevilla\n",
    "Noticias del Sur S.L.U.",
)
add(
    "f05-polish-sp-j",
    "Dzień dobry,\n\nKrakowskie Media sp. j. prosi o dostęp do wyników wyborów w formacie XML.\n"
    "IP 192.0.2.54\n\nPozdrawiam\nPiotr Nowak\n",
    "Krakowskie Media sp. j.",
)
add(
    "f06-icelandic-ehf",
    "Hello,\n\nI write for Reykjavik Frettir ehf. We request access to the election results "
    "XML feed from 198.51.100.55.\n\nBest,\nGudrun Jonsdottir\nReykjavik Frettir ehf.\n",
    "Reykjavik Frettir ehf.",
)
add(
    "f07-hungarian-kft-no-dot",
    "Dear colleagues,\n\nBudapesti Hírek Kft would like to receive the XML results.\nIP "
    "192.0.2.56\n\nKind regards\nZsófia Nagy\n",
    "Budapesti Hírek Kft",
)
add(
    "f08-dac-word-negative",
    "Hello,\n\nplease send the feed details to our DAC team lead.\nIP 192.0.2.57\n\nRegards\n"
    "Niamh Kelly\nShannon Wire Ltd\n",
    "Shannon Wire Ltd",
)
add(
    "f09-ab-testing-negative",
    "Hello,\n\nwe will use the results for A/B tests of our live page.\nIP 192.0.2.58\n\n"
    "Regards\nConor Walsh\nLough Media Ltd\n",
    "Lough Media Ltd",
)

# --- a municipality written without diacritics ---------------------------------------------
add(
    "m01-obec-za",
    "dobry den,\nza Obec Dolni Lhota zadame o pristup k xml vysledkum voleb, adresa "
    "192.0.2.60.\nICO 00273457\nNovak, obecni urad\n",
    "Obec Dolni Lhota",
)
add(
    "m02-statutarni-mesto-sentence",
    "Dobry den,\n\nStatutarni mesto Kladenice zada o zrizeni pristupu k XML vysledkum.\nIP "
    "192.0.2.61\n\nS pozdravem\nPavel Zeman\n",
    "Statutarni mesto Kladenice",
)
add(
    "m03-mestys-sentence",
    "Dobry den,\nMestys Vraneno vydava zpravodaj a chtel by zobrazovat vysledky voleb. IP "
    "192.0.2.62\nS pozdravem Jana Kratka\n",
    "Mestys Vraneno",
)
add(
    "m04-slovak-mesto",
    "Dobrý deň,\n\nMesto Banská Lúka žiada o prístup k výsledkom volieb vo formáte XML.\nIP "
    "192.0.2.63\n\nS pozdravom\nMária Hudecová\n",
    "Mesto Banská Lúka",
)
add(
    "m05-obec-publisher",
    "Dobry den,\n\nObec Horni Bradlo vydava mesicnik Bradlacek a rada by zverejnovala vysledky. "
    "Prosime o pristup z 192.0.2.64.\n\nDekuji\nKarel Vesely, starosta\n",
    "Obec Horni Bradlo",
)
add(
    "m06-mesto-comma-ico",
    "Dobry den, zasilam zadost o XML data. Zadatel je Mesto Nove Hrady, ICO 00245232.\nIP "
    "192.0.2.65\nPetra Mala\n",
    "Mesto Nove Hrady",
)
add(
    "m07-seat-in-town-negative",
    "Dobry den,\n\nStribrsky Zpravodaj s.r.o. se sidlem v meste Stribro zada o pristup k XML. "
    "IP 192.0.2.66\n\nS pozdravem\nLuboš Říha\n",
    "Stribrsky Zpravodaj s.r.o.",
)
add(
    "m08-town-named-as-subject-negative",
    "Dobry den,\n\njsme Ceske Noviny a.s. a budeme psat o volbach ve meste Stribro i okoli.\nIP "
    "192.0.2.67\n\nS pozdravem\nIvana Pokorna\n",
    "Ceske Noviny a.s.",
)

# --- a form's heading or label before the IČO --------------------------------------------
add(
    "h01-udaje-o-zadateli",
    "Dobrý den,\n\nMěsto Lipník nad Bečvou vydává zpravodaj a žádá o přístup k výsledkům voleb "
    "ve formátu XML.\n\nÚdaje o žadateli: IČO 00301892, Náměstí 1, 751 31 Lipník\n\nIP "
    "192.0.2.70\n\nS pozdravem\nOndřej Malý\n",
    "Město Lipník nad Bečvou",
)
add(
    "h02-applicant-details",
    "Hello,\n\nLakeside Radio s.r.o. would like access to the XML feed.\n\nApplicant details: "
    "Reg. no. (IČO) 27604977, Praha 4\n\nIP 192.0.2.71\n\nRegards\nMark Hill\n",
    "Lakeside Radio s.r.o.",
)
add(
    "h03-heading-line-above-ico",
    "Dobrý den,\n\nžádáme o přístup k XML výsledkům voleb pro web spolku.\n\nIDENTIFIKAČNÍ ÚDAJE\n"
    "Nový Hlas, z.s.\nIČO: 27604977\n\nIP 192.0.2.72\n\nS pozdravem\nRadka Nová\n",
    "Nový Hlas, z.s.",
)
add(
    "h04-slovak-identifikacne-udaje",
    "Dobrý deň,\n\nObec Malá Ves vydáva obecné noviny a žiada o prístup k výsledkom volieb.\n\n"
    "Identifikačné údaje žiadateľa: IČO 00313271\n\nIP 192.0.2.73\n\nS pozdravom\nPeter Ďurica\n",
    "Obec Malá Ves",
)
add(
    "h05-zadatel-dash-ico",
    "Dobrý den,\n\nVltavské listy, z.ú. žádají o přístup k XML výsledkům.\n\nŽadatel – IČO "
    "27604977\n\nIP 192.0.2.74\n\nDěkuji\nMarek Lev\n",
    "Vltavské listy, z.ú.",
)
add(
    "h06-organisation-identification",
    "Hello,\n\nRiverside Post Ltd requests access to the election XML results.\n\nOrganisation "
    "identification: IČO 27604977\n\nIP 192.0.2.75\n\nRegards\nAnna Bell\n",
    "Riverside Post Ltd",
)
add(
    "h07-applied-name-negative",
    "Dobrý den,\n\nApplied Data Lab s.r.o., IČO 27604977\nžádá o přístup k XML výsledkům.\nIP "
    "192.0.2.76\n\nS pozdravem\nJan Dvořák\n",
    "Applied Data Lab s.r.o.",
)
add(
    "h08-udoli-name-negative",
    "Dobrý den,\n\nÚdolí Média s.r.o., IČO 27604977\nžádá o přístup k výsledkům voleb.\nIP "
    "192.0.2.77\n\nS pozdravem\nEva Sýkorová\n",
    "Údolí Média s.r.o.",
)

# --- a label whose value is the applicant's number, not its name ---------------------------
add(
    "l01-zadatel-colon-ico",
    "Dobrý den,\n\nžádáme o přístup k XML výsledkům voleb.\n\nŽadatel: IČO 27604977\n\nIP "
    "192.0.2.80\n\nS pozdravem\nMarek Lev\nPodbrdský kurýr s.r.o.\n",
    "Podbrdský kurýr s.r.o.",
)
add(
    "l02-applicant-company-id",
    "Hello,\n\nApplicant: Company ID 27604977\nWe request access to the XML results feed.\nIP "
    "198.51.100.81\n\nRegards\nSam Price\nDelta Wire s.r.o.\n",
    "Delta Wire s.r.o.",
)
add(
    "l03-organizace-ic",
    "Dobrý den,\n\nOrganizace: IČ 00261556\nMěsto Lipová žádá o přístup k výsledkům voleb.\nIP "
    "192.0.2.82\n\nS pozdravem\nJana Lípová\n",
    "Město Lipová",
)
add(
    "l04-label-name-then-ico-negative",
    "Dobrý den,\n\nŽadatel: Alfa Zprávy s.r.o., IČO 27604977\nIP 192.0.2.83\n\nS pozdravem\n"
    "Jan Novák\n",
    "Alfa Zprávy s.r.o.",
)
add(
    "l05-label-name-line-below-negative",
    "Dobrý den,\n\nNázev organizace: Beta Rádio, z.s.\nIČO: 27604977\nIP 192.0.2.84\n\n"
    "S pozdravem\nIva Malá\n",
    "Beta Rádio, z.s.",
)


@pytest.mark.parametrize("case", [pytest.param(c, id=c[0]) for c in NAMES])
def test_name(case: tuple[str, ParsedMessage, str]) -> None:
    _cid, msg, name = case
    got = extract(msg).fields.get("organization.name")
    assert got is not None and _norm(str(got.value)) == _norm(name)
