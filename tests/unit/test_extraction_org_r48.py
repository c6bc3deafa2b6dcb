"""A drill, forty-eighth round (issue 18): the organisation. (a) A label word or a column
header ("Name", "Név", "Nazwa", "Nom", "Název") is never the value: a section heading merged
across a sheet's cells ("Applicant | Applicant | Applicant") is no header row of columns, and
the row under it ("Name | X Kft.") is a label with its value; near misses: a true header row
over a row of values, a person's "Name" row beside the organisation's. (b) A party's role
written as a label without a colon before the applicant's name ("Klient<tab>X s.r.o.",
"Auftraggeber<tab>X GmbH", "Customer<tab>X Ltd") when an IT contractor writes for its client:
the client is the applicant, with the client's IČO, not the contractor's in its signature.
(c) An IČO label mangled by a phone keyboard or autocorrect ("Ivo", "IČ0", "IC0"): the eight
digits read only when they pass the checksum, never for certain; near misses: the same slip
before a number that fails the checksum, a man called Ivo. Every message was labelled by
``tests/corpus/LABELS.md`` before extraction ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import Component, ParsedMessage
from tests.unit.docs import docx_bytes, xlsx_sheets
from tests.unit.drill_helpers import BOTH, FEED, REC, Label, drill_params, html_body, label, misses
from tests.unit.extraction_helpers import attachment, body, mail

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _mail(text: str, sender: str, name: str, *extra: Component, subject: str = "Přístup k XML") -> ParsedMessage:
    return mail(body(text), *extra, subject=subject, sender=sender, sender_name=name)


def _sheet(file: str, *sheets: tuple[str, list[list[str]]]) -> Component:
    return attachment(file, xlsx_sheets(list(sheets)))


# (a) a label word or a column header is no value
CASES["hu_xlsx_merged_kerelmezo_nev"] = (
    _mail(
        "Dear Sir or Madam,\n\nplease find our application attached.\n\nBest regards,\n"
        "Kovács Péter\nTisza Hírek Kft., Szeged\n",
        "kovacs.peter@tiszahirek.example",
        "Kovács Péter",
        _sheet(
            "kerelem.xlsx",
            (
                "Kérelmező",
                [
                    ["Kérelmező", "Kérelmező", "Kérelmező"],
                    ["Név", "Tisza Hírek Kft.", ""],
                    ["Adószám", "13579246-2-06", ""],
                    ["Production IP", "198.19.20.10", ""],
                    ["Test IP", "198.19.20.11", ""],
                ],
            ),
        ),
        subject="Application - XML election results",
    ),
    label(
        FEED,
        ("Tisza Hírek Kft.", None, None),
        ["198.19.20.10"],
        ["198.19.20.11"],
        ("Kovács Péter", "kovacs.peter@tiszahirek.example", None),
    ),
)
CASES["en_xlsx_merged_applicant_name"] = (
    _mail(
        "Hello,\n\nour application for the results feed is in the attached workbook.\n\n"
        "Kind regards,\nOwen Price\nRiverbank Media Ltd\n",
        "owen.price@riverbank.example",
        "Owen Price",
        _sheet(
            "application.xlsx",
            (
                "Form",
                [
                    ["Applicant details", "Applicant details"],
                    ["Name", "Riverbank Media Ltd"],
                    ["Production server", "203.0.113.40"],
                    ["Test server", "203.0.113.41"],
                ],
            ),
        ),
        subject="Election results feed - application",
    ),
    label(
        FEED,
        ("Riverbank Media Ltd", None, None),
        ["203.0.113.40"],
        ["203.0.113.41"],
        ("Owen Price", "owen.price@riverbank.example", None),
    ),
)
CASES["pl_xlsx_merged_wnioskodawca_nazwa"] = (
    _mail(
        "Dzień dobry,\n\nw załączniku przesyłam wniosek o dostęp do wyników wyborów w XML.\n\n"
        "Z poważaniem\nTomasz Wójcik\nGazeta Podhalańska sp. z o.o.\n",
        "wojcik@gazetapodhalanska.example",
        "Tomasz Wójcik",
        _sheet(
            "wniosek.xlsx",
            (
                "Wniosek",
                [
                    ["Wnioskodawca", "Wnioskodawca", "Wnioskodawca"],
                    ["Nazwa", "Gazeta Podhalańska sp. z o.o.", ""],
                    ["Adres IP produkcyjny", "192.0.2.120", ""],
                    ["Adres IP testowy", "192.0.2.121", ""],
                ],
            ),
        ),
        subject="Wniosek - wyniki wyborów XML",
    ),
    label(
        FEED,
        ("Gazeta Podhalańska sp. z o.o.", None, None),
        ["192.0.2.120"],
        ["192.0.2.121"],
        ("Tomasz Wójcik", "wojcik@gazetapodhalanska.example", None),
    ),
)
CASES["fr_xlsx_merged_demandeur_nom"] = (
    _mail(
        "Madame, Monsieur,\n\nvous trouverez notre demande d'accès au flux XML en pièce jointe.\n\n"
        "Cordialement,\nClaire Dubois\nÉditions du Rhône SARL\n",
        "claire.dubois@editionsrhone.example",
        "Claire Dubois",
        _sheet(
            "demande.xlsx",
            (
                "Demande",
                [
                    ["Demandeur", "Demandeur"],
                    ["Nom", "Éditions du Rhône SARL"],
                    ["Serveur de production", "198.51.100.140"],
                    ["Serveur de test", "198.51.100.141"],
                ],
            ),
        ),
        subject="Demande d'accès - résultats des élections",
    ),
    label(
        FEED,
        ("Éditions du Rhône SARL", None, None),
        ["198.51.100.140"],
        ["198.51.100.141"],
        ("Claire Dubois", "claire.dubois@editionsrhone.example", None),
    ),
)
CASES["cs_xlsx_merged_zadatel_nazev"] = (
    _mail(
        "Dobrý den,\n\nv příloze posíláme žádost o přístup k XML s výsledky voleb.\n\n"
        "S pozdravem\nPetra Kratochvílová\nZpravodaj Kralupy s.r.o.\n",
        "kratochvilova@zpravodajkralupy.example",
        "Petra Kratochvílová",
        _sheet(
            "zadost.xlsx",
            (
                "Žádost",
                [
                    ["Žadatel", "Žadatel", "Žadatel"],
                    ["Název", "Zpravodaj Kralupy s.r.o.", ""],
                    ["IČO", "18985530", ""],
                    ["Produkční IP", "192.0.2.140", ""],
                    ["Testovací IP", "192.0.2.141", ""],
                ],
            ),
        ),
    ),
    label(
        FEED,
        ("Zpravodaj Kralupy s.r.o.", "18985530", None),
        ["192.0.2.140"],
        ["192.0.2.141"],
        ("Petra Kratochvílová", "kratochvilova@zpravodajkralupy.example", None),
    ),
)
CASES["en_xlsx_true_header_row_name_over_value"] = (
    _mail(
        "Hello,\n\nplease see the table attached for our feed access.\n\nRegards,\nGrace Hill\n",
        "grace.hill@valleypost.example",
        "Grace Hill",
        _sheet(
            "access.xlsx",
            (
                "Sheet1",
                [
                    ["Name", "Production", "Test"],
                    ["Valley Post Ltd", "198.51.100.150", "198.51.100.151"],
                ],
            ),
        ),
        subject="Election results feed",
    ),
    label(
        FEED,
        ("Valley Post Ltd", None, None),
        ["198.51.100.150"],
        ["198.51.100.151"],
        ("Grace Hill", "grace.hill@valleypost.example", None),
    ),
)
CASES["de_xlsx_person_name_row_beside_organisation"] = (
    _mail(
        "Guten Tag,\n\nanbei unser Antrag auf Zugang zu den Wahlergebnissen (XML).\n\n"
        "Mit freundlichen Grüßen\nJonas Becker\n",
        "becker@mainecho.example",
        "Jonas Becker",
        _sheet(
            "antrag.xlsx",
            (
                "Antrag",
                [
                    ["Organisation", "Main-Echo Medien GmbH"],
                    ["Name", "Jonas Becker"],
                    ["Produktion", "203.0.113.160"],
                    ["Test", "203.0.113.161"],
                ],
            ),
        ),
        subject="Antrag XML Wahlergebnisse",
    ),
    label(
        FEED,
        ("Main-Echo Medien GmbH", None, None),
        ["203.0.113.160"],
        ["203.0.113.161"],
        ("Jonas Becker", "becker@mainecho.example", None),
    ),
)
CASES["sk_docx_merged_ziadatel_nazov"] = (
    _mail(
        "Dobrý deň,\n\nv prílohe posielame žiadosť o prístup k výsledkom volieb v XML.\n\n"
        "S pozdravom\nJana Kollárová\nKysucké noviny s.r.o.\n",
        "kollarova@kysuckenoviny.example",
        "Jana Kollárová",
        attachment(
            "ziadost.docx",
            docx_bytes(
                [
                    "Žiadosť o prístup k XML",
                    [
                        ["Žiadateľ", "Žiadateľ"],
                        ["Názov", "Kysucké noviny s.r.o."],
                        ["IČO", "31495583"],
                        ["Produkčná IP", "192.0.2.150"],
                        ["Testovacia IP", "192.0.2.151"],
                    ],
                ]
            ),
        ),
        subject="Žiadosť o prístup k XML",
    ),
    label(
        FEED,
        ("Kysucké noviny s.r.o.", "31495583", None),
        ["192.0.2.150"],
        ["192.0.2.151"],
        ("Jana Kollárová", "kollarova@kysuckenoviny.example", None),
    ),
)
CASES["en_html_table_colspan_applicant_name"] = (
    mail(
        html_body(
            "<p>Hello,</p><p>our application for the results feed:</p><table>"
            "<tr><td colspan='2'>Applicant</td></tr>"
            "<tr><td>Name</td><td>Northgate Radio Ltd</td></tr>"
            "<tr><td>Production IP</td><td>198.51.100.160</td></tr>"
            "<tr><td>Test IP</td><td>198.51.100.161</td></tr></table>"
            "<p>Kind regards,<br>Ruth Ellis<br>Northgate Radio Ltd</p>"
        ),
        subject="Results feed application",
        sender="ruth.ellis@northgate.example",
        sender_name="Ruth Ellis",
    ),
    label(
        FEED,
        ("Northgate Radio Ltd", None, None),
        ["198.51.100.160"],
        ["198.51.100.161"],
        ("Ruth Ellis", "ruth.ellis@northgate.example", None),
    ),
)

# (b) a party's role as a label without a colon: an IT contractor writes for its client
CASES["cs_xlsx_zakaznik_contractor_signature"] = (
    _mail(
        "Dobrý den,\n\njako správce serverů podáváme žádost za vydavatelství Rádio Beskydy s.r.o. "
        "(IČO 45633720), které je žadatelem.\n\nŽádáme o přístup k XML s výsledky voleb, adresy "
        "jsou v příloze.\n\nS pozdravem\nMartin Hruška\nHostServis Morava s.r.o., IČO 49837681\n",
        "hruska@hostservis.example",
        "Martin Hruška",
        _sheet(
            "adresy.xlsx",
            (
                "IP",
                [
                    ["Zákazník", "Rádio Beskydy s.r.o."],
                    ["produkce", "192.0.2.170"],
                    ["test", "192.0.2.171"],
                ],
            ),
        ),
    ),
    label(
        FEED,
        ("Rádio Beskydy s.r.o.", "45633720", None),
        ["192.0.2.170"],
        ["192.0.2.171"],
        ("Martin Hruška", "hruska@hostservis.example", None),
    ),
)
CASES["sk_xlsx_klient_contractor_signature"] = (
    _mail(
        "Dobrý deň,\n\nsme IT dodávateľ spoločnosti Záhorie dnes s.r.o. (IČO 04003055) a v jej "
        "mene žiadame o prístup k výsledkom volieb v XML. Adresy sú v prílohe.\n\n"
        "S pozdravom\nPeter Baláž\nNetPro Slovakia s.r.o., IČO 37193589\n",
        "balaz@netpro.example",
        "Peter Baláž",
        _sheet(
            "ip.xlsx",
            (
                "IP adresy",
                [
                    ["Klient", "Záhorie dnes s.r.o."],
                    ["Účel", "Adresa"],
                    ["produkcia", "198.51.100.175"],
                    ["test", "198.51.100.176"],
                ],
            ),
        ),
    ),
    label(
        FEED,
        ("Záhorie dnes s.r.o.", "04003055", None),
        ["198.51.100.175"],
        ["198.51.100.176"],
        ("Peter Baláž", "balaz@netpro.example", None),
    ),
)
CASES["de_xlsx_auftraggeber"] = (
    _mail(
        "Guten Tag,\n\nwir betreuen die Server der Oberland Kurier GmbH und stellen den Antrag in "
        "ihrem Namen; Antragsteller ist der Verlag. Die Adressen stehen in der Tabelle.\n\n"
        "Mit freundlichen Grüßen\nLukas Wagner\nAlpenNet IT GmbH\n",
        "wagner@alpennet.example",
        "Lukas Wagner",
        _sheet(
            "adressen.xlsx",
            (
                "Adressen",
                [
                    ["Auftraggeber", "Oberland Kurier GmbH"],
                    ["Produktion", "203.0.113.180"],
                    ["Test", "203.0.113.181"],
                ],
            ),
        ),
        subject="Antrag XML Wahlergebnisse (für Kunden)",
    ),
    label(
        FEED,
        ("Oberland Kurier GmbH", None, None),
        ["203.0.113.180"],
        ["203.0.113.181"],
        ("Lukas Wagner", "wagner@alpennet.example", None),
    ),
)
CASES["en_xlsx_customer"] = (
    _mail(
        "Hello,\n\nwe host the servers of Harbour Times Ltd and apply on their behalf for the "
        "results feed; the addresses are in the sheet.\n\nKind regards,\nSam Turner\n"
        "Cloudyard Hosting Ltd\n",
        "sam.turner@cloudyard.example",
        "Sam Turner",
        _sheet(
            "servers.xlsx",
            (
                "Servers",
                [
                    ["Customer", "Harbour Times Ltd"],
                    ["Production", "198.51.100.185"],
                    ["Test", "198.51.100.186"],
                ],
            ),
        ),
        subject="Results feed - application for a customer",
    ),
    label(
        FEED,
        ("Harbour Times Ltd", None, None),
        ["198.51.100.185"],
        ["198.51.100.186"],
        ("Sam Turner", "sam.turner@cloudyard.example", None),
    ),
)
CASES["cs_text_objednatel_tab"] = (
    _mail(
        "Dobrý den,\n\nza našeho klienta žádáme o přístup k výsledkům voleb v XML.\n\n"
        "Objednatel\tPražský kurýr a.s.\nProdukční IP\t192.0.2.190\nTestovací IP\t192.0.2.191\n\n"
        "S pozdravem\nOndřej Malý\nDataCentrum Praha s.r.o.\n",
        "maly@datacentrum.example",
        "Ondřej Malý",
    ),
    label(
        FEED,
        ("Pražský kurýr a.s.", None, None),
        ["192.0.2.190"],
        ["192.0.2.191"],
        ("Ondřej Malý", "maly@datacentrum.example", None),
    ),
)
CASES["cs_xlsx_klient_with_dodavatel_row"] = (
    _mail(
        "Dobrý den,\n\nžádost o přístup k XML podáváme jménem klienta, údaje jsou v tabulce.\n\n"
        "S pozdravem\nKarel Vávra\n",
        "vavra@sitemaster.example",
        "Karel Vávra",
        _sheet(
            "zadost.xlsx",
            (
                "Údaje",
                [
                    ["Dodavatel", "SiteMaster s.r.o."],
                    ["Klient", "Týdeník Vysočina s.r.o."],
                    ["Produkce", "203.0.113.195"],
                    ["Test", "203.0.113.196"],
                ],
            ),
        ),
    ),
    label(
        FEED,
        ("Týdeník Vysočina s.r.o.", None, None),
        ["203.0.113.195"],
        ["203.0.113.196"],
        ("Karel Vávra", "vavra@sitemaster.example", None),
    ),
)
CASES["cs_text_klient_single_space_line"] = (
    _mail(
        "Dobrý den,\n\npro našeho zákazníka žádáme o přístup k výsledkům voleb v XML.\n\n"
        "Klient Brněnský týdeník s.r.o.\nProdukční IP: 203.0.113.210\nTestovací IP: 203.0.113.211\n\n"
        "S pozdravem\nRoman Sýkora\nWebHosting Morava s.r.o.\n",
        "sykora@webhostingmorava.example",
        "Roman Sýkora",
    ),
    label(
        FEED,
        ("Brněnský týdeník s.r.o.", None, None),
        ["203.0.113.210"],
        ["203.0.113.211"],
        ("Roman Sýkora", "sykora@webhostingmorava.example", None),
    ),
)

# (c) an IČO label mangled by a keyboard or autocorrect
CASES["cs_phone_ivo_for_ico"] = (
    _mail(
        "Dobry den,\nprosim o povoleni natacet ve volebni noci na pracovisti CSU v Brne, "
        "jsem kameraman na volne noze, OSVC: Radek Šimek, Ivo 64148131.\nXML nepotrebuju.\n\n"
        "Dekuji Simek\n\nOdesláno z mého Galaxy\n",
        "simek.video@postbox.example",
        "Radek Šimek",
        subject="Povoleni nataceni",
    ),
    label(
        REC,
        ("Radek Šimek", "64148131", None),
        [],
        [],
        ("Radek Šimek", "simek.video@postbox.example", None),
    ),
)
CASES["cs_ic_zero_for_o"] = (
    _mail(
        "Dobrý den,\n\nžádáme o přístup k XML s výsledky voleb.\nHorácký deník s.r.o., IČ0: "
        "52347664\nProdukční IP: 192.0.2.200\nTestovací IP: 192.0.2.201\n\n"
        "S pozdravem\nAlena Marková\nHorácký deník s.r.o.\n",
        "markova@horackydenik.example",
        "Alena Marková",
    ),
    label(
        FEED,
        ("Horácký deník s.r.o.", "52347664", None),
        ["192.0.2.200"],
        ["192.0.2.201"],
        ("Alena Marková", "markova@horackydenik.example", None),
    ),
)
CASES["cs_ic_zero_no_diacritics"] = (
    _mail(
        "Dobry den,\n\nzadame o pristup k XML a o povoleni natacet.\nTV Ostravsko a.s., IC0 "
        "40902358\nProdukcni IP: 198.51.100.205\nTestovaci IP: 198.51.100.206\n\n"
        "Diky\nJiri Pokorny\nTV Ostravsko a.s.\n",
        "pokorny@tvostravsko.example",
        "Jiří Pokorný",
    ),
    label(
        BOTH,
        ("TV Ostravsko a.s.", "40902358", None),
        ["198.51.100.205"],
        ["198.51.100.206"],
        ("Jiří Pokorný", "pokorny@tvostravsko.example", None),
    ),
)
CASES["cs_lowercase_ico_phone"] = (
    _mail(
        "dobry den, zadam o povoleni fotit ve volebni noci v Plzni, jsem OSVC Marek Dvořák, "
        "ičo 08929084, xml nechci\n\nMarek Dvořák\n",
        "dvorak.foto@postbox.example",
        "Marek Dvořák",
        subject="foceni volby",
    ),
    label(
        REC,
        ("Marek Dvořák", "08929084", None),
        [],
        [],
        ("Marek Dvořák", "dvorak.foto@postbox.example", None),
    ),
)
CASES["neg_ivo_failing_checksum"] = (
    _mail(
        "Dobry den,\nprosim o povoleni fotit ve volebni noci v Olomouci, jsem fotograf na volne "
        "noze, OSVC: Pavel Krejčí, Ivo 12345678.\nXML nepotrebuju.\n\nDekuji Krejci\n",
        "krejci.foto@postbox.example",
        "Pavel Krejčí",
        subject="Povoleni foceni",
    ),
    label(
        REC,
        ("Pavel Krejčí", None, None),
        [],
        [],
        ("Pavel Krejčí", "krejci.foto@postbox.example", None),
    ),
)
CASES["neg_man_called_ivo_with_phone"] = (
    _mail(
        "Dobrý den,\n\nRádio Haná s.r.o. (IČO 23642670) žádá o přístup k XML s výsledky voleb.\n"
        "Produkční IP: 192.0.2.210\nTestovací IP: 192.0.2.211\n\n"
        "Technik: Ivo Bartoš, tel. 602 118 447\n\nS pozdravem\nIvo Bartoš\nRádio Haná s.r.o.\n",
        "bartos@radiohana.example",
        "Ivo Bartoš",
    ),
    label(
        FEED,
        ("Rádio Haná s.r.o.", "23642670", None),
        ["192.0.2.210"],
        ["192.0.2.211"],
        ("Ivo Bartoš", "bartos@radiohana.example", "+420602118447"),
    ),
)

XFAIL: dict[str, str] = {
    "cs_text_klient_single_space_line": "a party's role word and the name in one cell, a single "
    "space apart (\"Klient X s.r.o.\"): the run of capitalised words before the legal form takes "
    "the role word in (flagged, never certain)",
}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert misses(p, want) == []
