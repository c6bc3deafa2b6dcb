"""The organisation, thirty-first round (issue 18): a generalisation drill of universities,
faculties, schools and student media. The messages are the tests' own, written and labelled
(by tests/corpus/LABELS.md) before extraction ran on them, none a corpus case.

Classes widened: a name that a sentence opens on the line above an IČO line and the line
break cuts ("žadatelem je Univerzita Jana Amose" / "Komenského v Přerově, IČO …") is read
whole, not as the IČO line's first cell; a school's name with lower-case genitive
complements between its head and its seat ("Vysoká škola regionálního rozvoje v Kladně");
a university's genitive name made nominative keeps such a complement's own case (only the
head's agreeing adjectives change: "Vysoké školy báňské", not "… regionálního rozvoje").
"""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.extraction_helpers import body, extract, mail, text_file


def _norm(v: str) -> str:
    return " ".join(v.split()).casefold()


NAMES: list[tuple[str, ParsedMessage, str]] = []
"""(id, message, the label's organisation name)."""


def add(i: str, text: str, name: str, pdf_text: str | None = None) -> None:
    parts = [body(text)]
    if pdf_text is not None:
        parts.append(text_file("zadost.txt", pdf_text))
    NAMES.append((i, mail(*parts, subject="Žádost o přístup", sender="redakce@skola.example"), name))


# --- a name wrapped across the lines of a sentence before its IČO ---------------------------
add(
    "d01-wrapped-person-name",
    "Dobrý den,\n\nnaše katedra nemá právní subjektivitu, proto žádost podává Univerzita Tomáše\n"
    "Garrigua Bati ve Zlíně, IČO 27604977, jejímž jménem jedná děkan.\nProdukční adresa: "
    "192.0.2.140\n\nS pozdravem\nMgr. Lenka Dvořáková\n",
    "Univerzita Tomáše Garrigua Bati ve Zlíně",
)
add(
    "d02-wrapped-lower-complement",
    "Vážení,\n\nstudentské rádio Kampus nemá vlastní IČO, a proto žádáme za Vysokou školu\n"
    "mezinárodního obchodu a logistiky v Jihlavě, IČ 27604977, o přístup k výsledkům.\n"
    "IP adresa serveru: 198.51.100.141\n\nDěkuji\nPetr Kovář\n",
    "Vysoká škola mezinárodního obchodu a logistiky v Jihlavě",
)
add(
    "d03-wrapped-at-seat",
    "Dobrý den,\n\nžádost o přístup k datům podává jménem naší fakulty Vysoká škola Karla Engliše v\n"
    "Brně, IČO 27604977, která je zřizovatelem studentské televize.\nIP: 192.0.2.142\n\n"
    "S pozdravem\nJan Sýkora\n",
    "Vysoká škola Karla Engliše v Brně",
)
# --- lower-case genitive complements between the head and the seat ----------------------------
add(
    "d04-letterhead-lower-complement",
    "Dobrý den,\n\nv příloze posíláme žádost.\n\nS pozdravem\nIvana Malá\n",
    "Vysoká škola zdravotnictví a sociální práce v Třebíči",
    "Vysoká škola zdravotnictví a sociální práce v Třebíči\nKarlovo náměstí 5, 674 01 Třebíč\n"
    "IČO 27604977\n\nVěc: Žádost o přístup k výsledkům voleb\n\nStudentský časopis Puls žádá o "
    "přístup k výsledkům ve formátu XML.\nProdukční IP: 192.0.2.143\n\nIvana Malá\n",
)
add(
    "d05-operated-by-academy",
    "Dobrý den,\n\nstudentská televize UniTV, kterou provozuje Akademie výtvarných umění a designu v "
    "Olomouci, žádá o přístup k volebním datům.\nIP 198.51.100.144\n\nS pozdravem\nOndřej Beran\n",
    "Akademie výtvarných umění a designu v Olomouci",
)
add(
    "d06-genitive-after-jmenem",
    "Vážení,\n\njménem Vysoké školy regionálního rozvoje a veřejné správy v Kolíně (IČO 27604977) "
    "žádám o zřízení přístupu pro naši studentskou redakci.\nAdresa: 192.0.2.145\n\nS pozdravem\n"
    "Marta Horáková\n",
    "Vysoká škola regionálního rozvoje a veřejné správy v Kolíně",
)
add(
    "d07-accusative-after-zastupuji",
    "Dobrý den,\n\nzastupuji Univerzitu obrany v Brně, IČO 27604977, a žádám o přístup k výsledkům "
    "pro redakci fakultního zpravodaje.\nProdukční IP: 192.0.2.146\n\nplk. Mgr. Karel Pokorný\n",
    "Univerzita obrany v Brně",
)
add(
    "d08-slovak-v-mene",
    "Dobrý deň,\n\nv mene Vysokej školy múzických umení v Bratislave (IČO 27604977) žiadame o "
    "prístup k výsledkom volieb pre študentské rádio.\nIP: 198.51.100.147\n\nS pozdravom\n"
    "Zuzana Kováčová\n",
    "Vysoká škola múzických umení v Bratislave",
)
add(
    "d09-english-student-radio",
    "Hello,\n\nthe student radio of Vysoká škola ekonomie a managementu v Praze (company ID "
    "27604977) requests access to the XML results.\nProduction IP: 192.0.2.148\n\nKind regards\n"
    "Tomáš Novotný\n",
    "Vysoká škola ekonomie a managementu v Praze",
)
add(
    "d10-signature-lower-adjectives",
    "Dobrý den,\n\nprosíme o přístup k výsledkům voleb pro náš studentský web.\nIP 192.0.2.149\n\n"
    "S pozdravem\nMgr. Jana Nová\nVysoká škola hotelová a ekonomická v Kutné Hoře\n"
    "IČO 27604977\n",
    "Vysoká škola hotelová a ekonomická v Kutné Hoře",
)
# --- a person's name inside the university's name --------------------------------------------
add(
    "d11-faculty-of-person-university",
    "Dobrý den,\n\nFakulta umění a designu Univerzity Jana Evangelisty Purkyně v Ústí nad Labem "
    "(IČO 27604977) žádá o přístup k výsledkům.\nIP 198.51.100.150\n\nS pozdravem\nEva Šimková\n",
    "Univerzita Jana Evangelisty Purkyně v Ústí nad Labem",
)
add(
    "d12-no-diacritics-person",
    "Dobry den,\n\nredakce studentskeho casopisu Kampus, Univerzita Jana Evangelisty Purkyne v "
    "Usti nad Labem, ICO 27604977, zada o pristup k vysledkum.\nIP 192.0.2.151\n\nDekuji\n"
    "Jiri Novak\n",
    "Univerzita Jana Evangelisty Purkyne v Usti nad Labem",
)
add(
    "d13-saint-in-name",
    "Dobrý deň,\n\nžiadateľom je Univerzita sv. Cyrila a Metoda v Trnave, IČO 27604977, za ktorú "
    "koná dekan fakulty.\nIP: 198.51.100.152\n\nS pozdravom\nMartin Hudec\n",
    "Univerzita sv. Cyrila a Metoda v Trnave",
)
add(
    "d14-pro-accusative",
    "Dobrý den,\n\nprosíme o přidělení přístupu pro Akademii múzických umění v Praze, IČO 27604977, "
    "kde studentská televize připravuje volební vysílání.\nIP 192.0.2.153\n\nS pozdravem\n"
    "Klára Veselá\n",
    "Akademie múzických umění v Praze",
)
add(
    "d15-brackets-lower-adjectives",
    "Dobrý den,\n\nVysoká škola ekonomická a správní (IČO 27604977) žádá o přístup k výsledkům pro "
    "svůj studentský portál.\nIP 198.51.100.154\n\nS pozdravem\nRadek Holub\n",
    "Vysoká škola ekonomická a správní",
)
add(
    "d16-possessive-academy-operates",
    "Dobrý den,\n\nnaše studentské rádio provozuje Janáčkova akademie múzických umění v Brně "
    "(IČO 27604977). Žádáme o přístup k XML výsledkům.\nIP 192.0.2.155\n\nS pozdravem\n"
    "Pavla Dušková\n",
    "Janáčkova akademie múzických umění v Brně",
)
# --- near misses: a school named, another applicant -------------------------------------------
add(
    "n01-alumnus-of-school",
    "Dobrý den,\n\njsem absolvent Vysoké školy regionálního rozvoje v Kladně a dnes pracuji jako "
    "redaktor. Žádost podává Deník Polabí s.r.o., IČO 27604977.\nIP 192.0.2.156\n\nS pozdravem\n"
    "Josef Král\n",
    "Deník Polabí s.r.o.",
)
add(
    "n02-wrapped-company-not-school",
    "Dobrý den,\n\njsem absolventka Univerzity Jana Amose Komenského a dnes pracuji pro firmu\n"
    "Mediaprint Plus s.r.o., IČO 27604977, která žádá o přístup.\nIP 198.51.100.157\n\n"
    "S pozdravem\nAlena Říhová\n",
    "Mediaprint Plus s.r.o.",
)
add(
    "n03-letterhead-unit-line",
    "Dobrý den,\n\nv příloze zasíláme žádost.\n\nS pozdravem\nLukáš Marek\n",
    "Vysoká škola podnikání a práva",
    "Vysoká škola podnikání a práva\nKatedra médií · IČO 27604977\n\nŽádáme o přístup k výsledkům "
    "voleb.\nIP 192.0.2.158\n\nLukáš Marek\n",
)
add(
    "n04-verb-after-school",
    "Dobrý den,\n\nStudentská média Zlín, z. s. (IČO 27604977) žádají o přístup k výsledkům. "
    "Vysoká škola pořádá ve Zlíně volební debatu.\nIP 198.51.100.159\n\nS pozdravem\nIva Králová\n",
    "Studentská média Zlín, z. s.",
)

# --- a second batch, other shapes ------------------------------------------------------------
add(
    "e01-slovak-accusative-long-field",
    "Dobrý deň,\n\nzastupujem Univerzitu veterinárskeho lekárstva a farmácie v Košiciach, IČO "
    "27604977, a žiadam o prístup k výsledkom pre študentský časopis.\nIP 192.0.2.160\n\n"
    "S pozdravom\nPeter Baláž\n",
    "Univerzita veterinárskeho lekárstva a farmácie v Košiciach",
)
add(
    "e02-wrapped-no-seat",
    "Dobrý den,\n\nstudentský časopis Kampus vydává a financuje Vysoká škola polytechnická\n"
    "Jihlava, IČO 27604977, proto žádost podáváme jejím jménem.\nIP 198.51.100.161\n\n"
    "S pozdravem\nHana Černá\n",
    "Vysoká škola polytechnická Jihlava",
)
add(
    "e03-english-on-behalf",
    "Dear colleagues,\n\nI am writing on behalf of Akademie výtvarných umění v Praze (IČO "
    "27604977), whose student magazine would like access to the XML results.\nIP 192.0.2.162\n\n"
    "Best regards\nAnna Lee\n",
    "Akademie výtvarných umění v Praze",
)
add(
    "e04-adjective-first-field-seat",
    "Dobrý den,\n\nza Západočeskou vysokou školu umění a designu v Plzni (IČO 27604977) žádám o "
    "přístup k výsledkům pro studentskou televizi.\nIP 198.51.100.163\n\nS pozdravem\n"
    "Filip Říha\n",
    "Západočeská vysoká škola umění a designu v Plzni",
)
add(
    "e05-student-of-school-negative",
    "Dobrý den,\n\nstuduji na Univerzitě obrany v Brně a píšu pro web Volby Live, z. s., IČO "
    "27604977, který žádá o přístup.\nIP 192.0.2.164\n\nS pozdravem\nVít Kolář\n",
    "Volby Live, z. s.",
)
add(
    "e06-broadcasts-from-campus-negative",
    "Dobrý den,\n\nnaše redakce Rádio Kampus Brno, IČO 27604977, vysílá z areálu Univerzity "
    "obrany v Brně a žádá o přístup k výsledkům.\nIP 198.51.100.165\n\nS pozdravem\n"
    "Olga Dvořáková\n",
    "Rádio Kampus Brno",
)


@pytest.mark.parametrize("case", [pytest.param(c, id=c[0]) for c in NAMES])
def test_name(case: tuple[str, ParsedMessage, str]) -> None:
    _cid, msg, name = case
    got = extract(msg).fields.get("organization.name")
    assert got is not None and _norm(str(got.value)) == _norm(name)
