"""A drill, forty-fifth round (issue 18): addresses in tables and in order. (a) A table whose
role columns are ticked (x, ✓, ☒, "ano", "ja") - the address takes the role of the column
holding the mark, in PDF, DOCX, XLSX, HTML and plain text; (b) "resp." / "bzw." /
"respectively" inside a table cell whose label names two uses in order; (c) named hosts with
their uses, then their addresses "in this order". Near-miss negatives: the uses named in the
reverse order, a mark "ne" that ticks nothing, the order given after the addresses. Every
message was labelled by ``tests/corpus/LABELS.md`` before extraction ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import Component, ComponentRole, ParsedMessage
from tests.unit.docs import docx_bytes, pdf_table, xlsx_bytes
from tests.unit.drill_helpers import FEED, Label, drill_params, label, misses
from tests.unit.extraction_helpers import attachment, body, mail

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _mail(text: str, sender: str, name: str, *extra: Component) -> ParsedMessage:
    return mail(body(text), *extra, subject="Výsledky voleb", sender=sender, sender_name=name)


def _html(html: str, sender: str, name: str) -> ParsedMessage:
    return mail(
        body(html, ComponentRole.BODY_HTML, name="body.html"),
        subject="Výsledky voleb",
        sender=sender,
        sender_name=name,
    )


# (a) role columns ticked
CASES["cs_pdf_plain_ticks"] = (
    _mail(
        "Listy Valašska s.r.o., IČO 27145981\nKontakt: Pavel Hájek, 604 218 337\n",
        "hajek@listyvalassko.example",
        "Pavel Hájek",
        attachment(
            "zadost.pdf",
            pdf_table(
                [
                    ["Adresa", "Ostrý provoz", "Testování"],
                    ["198.51.100.20", "✓", ""],
                    ["198.51.100.29", "", "✓"],
                    ["198.51.100.21", "✓", ""],
                ],
                [140, 90, 90],
                "TOP",
                grid=False,
                heading="Žádost o přístup k XML výsledkům voleb",
            ),
        ),
    ),
    label(
        FEED,
        ("Listy Valašska s.r.o.", "27145981", None),
        ["198.51.100.20", "198.51.100.21"],
        ["198.51.100.29"],
        ("Pavel Hájek", "hajek@listyvalassko.example", "+420604218337"),
    ),
)
CASES["en_pdf_grid_x"] = (
    _mail(
        "Hello, our application is attached.\n\nRegards,\nAnna Clarke\nNorthgate Post Ltd\n"
        "+44 161 496 0731\n",
        "anna.clarke@northgate.example",
        "Anna Clarke",
        attachment(
            "application.pdf",
            pdf_table(
                [
                    ["IP address", "Production", "Test"],
                    ["203.0.113.40", "", "X"],
                    ["203.0.113.41", "X", ""],
                ],
                [140, 90, 90],
                "TOP",
                grid=True,
                heading="Northgate Post Ltd requests access to the election results feed.",
            ),
        ),
    ),
    label(
        FEED,
        ("Northgate Post Ltd", None, None),
        ["203.0.113.41"],
        ["203.0.113.40"],
        ("Anna Clarke", "anna.clarke@northgate.example", "+441614960731"),
    ),
)
CASES["de_docx_ja_columns"] = (
    _mail(
        "Guten Tag,\n\nanbei unser Antrag.\n\nMit freundlichen Grüßen\nJonas Weber\n"
        "Oberlausitzer Rundschau GmbH\nTel. +49 3581 4870 22\n",
        "weber@ol-rundschau.example",
        "Jonas Weber",
        attachment(
            "antrag.docx",
            docx_bytes(
                [
                    "Oberlausitzer Rundschau GmbH beantragt den Zugang zu den XML-Wahlergebnissen.",
                    [
                        ["IP-Adresse", "Produktion", "Test"],
                        ["192.0.2.140", "ja", ""],
                        ["192.0.2.141", "ja", ""],
                        ["192.0.2.149", "", "ja"],
                    ],
                ]
            ),
        ),
    ),
    label(
        FEED,
        ("Oberlausitzer Rundschau GmbH", None, None),
        ["192.0.2.140", "192.0.2.141"],
        ["192.0.2.149"],
        ("Jonas Weber", "weber@ol-rundschau.example", "+493581487022"),
    ),
)
CASES["pl_xlsx_x_columns"] = (
    _mail(
        "Dzień dobry,\n\nw załączniku wniosek.\n\nPozdrawiam\nKatarzyna Nowak\n"
        "Gazeta Cieszyńska sp. z o.o.\ntel. +48 33 852 14 70\n",
        "k.nowak@gazetacieszynska.example",
        "Katarzyna Nowak",
        attachment(
            "wniosek.xlsx",
            xlsx_bytes(
                [
                    ["Gazeta Cieszyńska sp. z o.o. - dostęp do wyników wyborów (XML)"],
                    ["Adres IP", "produkcja", "test"],
                    ["198.51.100.60", "", "x"],
                    ["198.51.100.61", "x", ""],
                ]
            ),
        ),
    ),
    label(
        FEED,
        ("Gazeta Cieszyńska sp. z o.o.", None, None),
        ["198.51.100.61"],
        ["198.51.100.60"],
        ("Katarzyna Nowak", "k.nowak@gazetacieszynska.example", "+48338521470"),
    ),
)
CASES["sk_html_box_ticks"] = (
    _html(
        "<p>Dobrý deň,</p><p>Spišský denník s.r.o. žiada o prístup k výsledkom volieb.</p>"
        "<table border=1><tr><th>IP adresa</th><th>produkčná</th><th>testovacia</th></tr>"
        "<tr><td>192.0.2.210</td><td>☒</td><td>☐</td></tr>"
        "<tr><td>192.0.2.219</td><td>☐</td><td>☒</td></tr></table>"
        "<p>S pozdravom<br>Ján Kováč<br>Spišský denník s.r.o.<br>tel. 0905 331 874</p>",
        "kovac@spisskydennik.example",
        "Ján Kováč",
    ),
    label(
        FEED,
        ("Spišský denník s.r.o.", None, None),
        ["192.0.2.210"],
        ["192.0.2.219"],
        ("Ján Kováč", "kovac@spisskydennik.example", "+421905331874"),
    ),
)
CASES["cs_text_spaced_ano_ne"] = (
    _mail(
        "Dobrý den,\n\nRádio Podbrdsko s.r.o. žádá o přístup k XML s výsledky voleb.\n\n"
        "IP adresa          produkční    testovací\n"
        "203.0.113.130      ne           ano\n"
        "203.0.113.131      ano          ne\n\n"
        "S pozdravem\nLenka Říhová\nRádio Podbrdsko s.r.o.\ntel. 731 884 205\n",
        "rihova@podbrdsko.example",
        "Lenka Říhová",
    ),
    label(
        FEED,
        ("Rádio Podbrdsko s.r.o.", None, None),
        ["203.0.113.131"],
        ["203.0.113.130"],
        ("Lenka Říhová", "rihova@podbrdsko.example", "+420731884205"),
    ),
)
CASES["cs_text_spaced_sparse_x"] = (
    _mail(
        "Dobrý den,\n\nTýdeník Boskovicko s.r.o. žádá o přístup k XML s výsledky voleb.\n\n"
        "Adresa            Ostrá     Test\n"
        "192.0.2.80        x\n"
        "192.0.2.88                  x\n\n"
        "S pozdravem\nRoman Kunc\nTýdeník Boskovicko s.r.o.\ntel. 732 519 046\n",
        "kunc@boskovicko.example",
        "Roman Kunc",
    ),
    label(
        FEED,
        ("Týdeník Boskovicko s.r.o.", None, None),
        ["192.0.2.80"],
        ["192.0.2.88"],
        ("Roman Kunc", "kunc@boskovicko.example", "+420732519046"),
    ),
)

CASES["hu_docx_igen_nem"] = (
    _mail(
        "Tisztelt Címzett!\n\nMellékelten küldjük kérelmünket.\n\nÜdvözlettel\nNagy Péter\n"
        "Dunántúli Napló Kft.\ntel. +36 30 418 2277\n",
        "nagy.peter@dunantulinaplo.example",
        "Nagy Péter",
        attachment(
            "kerelem.docx",
            docx_bytes(
                [
                    "A Dunántúli Napló Kft. hozzáférést kér a választási eredményekhez (XML).",
                    [
                        ["IP-cím", "éles", "teszt"],
                        ["203.0.113.160", "nem", "igen"],
                        ["203.0.113.161", "igen", "nem"],
                    ],
                ]
            ),
        ),
    ),
    label(
        FEED,
        ("Dunántúli Napló Kft.", None, None),
        ["203.0.113.161"],
        ["203.0.113.160"],
        ("Nagy Péter", "nagy.peter@dunantulinaplo.example", "+36304182277"),
    ),
)
CASES["cs_text_spaced_x_with_note"] = (
    _mail(
        "Dobrý den,\n\nHlas Slovácka s.r.o. žádá o přístup k XML s výsledky voleb.\n\n"
        "IP adresa         Produkce    Test    Poznámka\n"
        "198.51.100.40     x                   hlavní stroj\n"
        "198.51.100.49                 x       notebook redakce\n\n"
        "S pozdravem\nMilan Straka\nHlas Slovácka s.r.o.\ntel. 739 602 118\n",
        "straka@hlasslovacka.example",
        "Milan Straka",
    ),
    label(
        FEED,
        ("Hlas Slovácka s.r.o.", None, None),
        ["198.51.100.40"],
        ["198.51.100.49"],
        ("Milan Straka", "straka@hlasslovacka.example", "+420739602118"),
    ),
)

# (b) "resp." in a table cell under a label naming two uses
CASES["de_html_bzw_cell"] = (
    _html(
        "<p>Guten Tag,</p><p>die Vogtland Anzeiger GmbH beantragt Zugang zu den "
        "Wahlergebnissen (XML).</p>"
        "<table border=1><tr><th>Rechner</th><th>Adresse</th></tr>"
        "<tr><td>Produktion / Test</td><td>198.51.100.170 bzw. 198.51.100.179</td></tr>"
        "</table><p>Mit freundlichen Grüßen<br>Lea Braun<br>Vogtland Anzeiger GmbH<br>"
        "Tel. +49 3741 2288 15</p>",
        "braun@vogtland-anzeiger.example",
        "Lea Braun",
    ),
    label(
        FEED,
        ("Vogtland Anzeiger GmbH", None, None),
        ["198.51.100.170"],
        ["198.51.100.179"],
        ("Lea Braun", "braun@vogtland-anzeiger.example", "+493741228815"),
    ),
)
CASES["cs_docx_header_pair_resp"] = (
    _mail(
        "Dobrý den, v příloze žádost.\n\nS pozdravem\nIvana Malá\nJihlavské listy s.r.o.\n"
        "tel. 605 118 274\n",
        "mala@jihlavskelisty.example",
        "Ivana Malá",
        attachment(
            "zadost.docx",
            docx_bytes(
                [
                    "Jihlavské listy s.r.o. žádá o přístup k výsledkům voleb ve formátu XML.",
                    [
                        ["Server", "IP adresa (ostrá / testovací)"],
                        ["feed01", "192.0.2.30 resp. 192.0.2.39"],
                    ],
                ]
            ),
        ),
    ),
    label(
        FEED,
        ("Jihlavské listy s.r.o.", None, None),
        ["192.0.2.30"],
        ["192.0.2.39"],
        ("Ivana Malá", "mala@jihlavskelisty.example", "+420605118274"),
    ),
)
CASES["sk_tab_resp_then_backup"] = (
    _mail(
        "Dobrý deň,\n\nTV Liptov s.r.o. žiada o prístup k výsledkom volieb a o povolenie "
        "nakrúcať.\n\n"
        "Server\tIP\n"
        "produkčný / testovací\t203.0.113.70, resp. 203.0.113.79\n"
        "záložný produkčný\t203.0.113.71\n\n"
        "S pozdravom\nPeter Baláž\nTV Liptov s.r.o.\ntel. 0915 402 771\n",
        "balaz@tvliptov.example",
        "Peter Baláž",
    ),
    label(
        ["feed_access", "recording_permit"],
        ("TV Liptov s.r.o.", None, None),
        ["203.0.113.70", "203.0.113.71"],
        ["203.0.113.79"],
        ("Peter Baláž", "balaz@tvliptov.example", "+421915402771"),
    ),
)
CASES["en_tab_reversed_respectively"] = (
    _mail(
        "Hello,\n\nDales Courier Ltd applies for access to the results feed.\n\n"
        "Use\tAddresses\n"
        "test / live\t192.0.2.250 and 192.0.2.240 respectively\n\n"
        "Kind regards,\nTom Ashby\nDales Courier Ltd\n+44 1756 496 120\n",
        "ashby@dalescourier.example",
        "Tom Ashby",
    ),
    label(
        FEED,
        ("Dales Courier Ltd", None, None),
        ["192.0.2.240"],
        ["192.0.2.250"],
        ("Tom Ashby", "ashby@dalescourier.example", "+441756496120"),
    ),
)
CASES["cs_html_vysilaci_resp"] = (
    _html(
        "<p>Dobrý den,</p><p>Televize Zlínsko s.r.o. žádá o přístup k výsledkům voleb.</p>"
        "<table border=1><tr><th>Stroj</th><th>IP</th></tr>"
        "<tr><td>vysílací / zkušební</td><td>198.51.100.120, resp. 198.51.100.129</td></tr>"
        "</table><p>Zdraví<br>Ondřej Mach<br>Televize Zlínsko s.r.o.<br>tel. 737 205 918</p>",
        "mach@tvzlinsko.example",
        "Ondřej Mach",
    ),
    label(
        FEED,
        ("Televize Zlínsko s.r.o.", None, None),
        ["198.51.100.120"],
        ["198.51.100.129"],
        ("Ondřej Mach", "mach@tvzlinsko.example", "+420737205918"),
    ),
)

# (c) named hosts with their uses, then the addresses in this order
CASES["en_hosts_same_order"] = (
    _mail(
        "Hello,\n\nMoorland Herald Ltd applies for access to the XML results.\n\n"
        "We will fetch from feed1 (production), feed2 (production, standby) and feedtest; "
        "their addresses, in the same order, are 203.0.113.10, 203.0.113.11 and "
        "203.0.113.19.\n\nKind regards,\nSarah Hill\nMoorland Herald Ltd\n+44 1392 496 014\n",
        "hill@moorlandherald.example",
        "Sarah Hill",
    ),
    label(
        FEED,
        ("Moorland Herald Ltd", None, None),
        ["203.0.113.10", "203.0.113.11"],
        ["203.0.113.19"],
        ("Sarah Hill", "hill@moorlandherald.example", "+441392496014"),
    ),
)
CASES["de_hosts_reihenfolge"] = (
    _mail(
        "Guten Tag,\n\ndie Erzgebirgsbote GmbH beantragt den Zugang zu den Wahlergebnissen.\n\n"
        "Abrufen werden die Rechner wahl-a (Test), wahl-b (Produktion) und wahl-c "
        "(Produktion, Reserve); ihre Adressen lauten in dieser Reihenfolge 192.0.2.159, "
        "192.0.2.150 und 192.0.2.151.\n\nMit freundlichen Grüßen\nPaul Richter\n"
        "Erzgebirgsbote GmbH\nTel. +49 3733 5612 40\n",
        "richter@erzgebirgsbote.example",
        "Paul Richter",
    ),
    label(
        FEED,
        ("Erzgebirgsbote GmbH", None, None),
        ["192.0.2.150", "192.0.2.151"],
        ["192.0.2.159"],
        ("Paul Richter", "richter@erzgebirgsbote.example", "+493733561240"),
    ),
)
CASES["pl_hosts_kolejnosc"] = (
    _mail(
        "Dzień dobry,\n\nGłos Podhala sp. z o.o. prosi o dostęp do wyników wyborów (XML).\n\n"
        "Dane pobierać będą serwery wybory1 (produkcja), wybory2 (produkcja, zapas) oraz "
        "wybory-test; ich adresy w tej kolejności: 198.51.100.80, 198.51.100.81 i "
        "198.51.100.89.\n\nPozdrawiam\nMarek Wójcik\nGłos Podhala sp. z o.o.\n"
        "tel. +48 18 201 44 90\n",
        "wojcik@glospodhala.example",
        "Marek Wójcik",
    ),
    label(
        FEED,
        ("Głos Podhala sp. z o.o.", None, None),
        ["198.51.100.80", "198.51.100.81"],
        ["198.51.100.89"],
        ("Marek Wójcik", "wojcik@glospodhala.example", "+48182014490"),
    ),
)
CASES["sk_hosts_uvedenom_poradi"] = (
    _mail(
        "Dobrý deň,\n\nNovinky Orava s.r.o. žiada o prístup k výsledkom volieb.\n\n"
        "Servery volby-test, volby-a (produkčný) a volby-b (produkčný, záloha) majú "
        "v uvedenom poradí adresy 203.0.113.229, 203.0.113.220 a 203.0.113.221.\n\n"
        "S pozdravom\nZuzana Hrončeková\nNovinky Orava s.r.o.\ntel. 0908 744 210\n",
        "hroncekova@novinkyorava.example",
        "Zuzana Hrončeková",
    ),
    label(
        FEED,
        ("Novinky Orava s.r.o.", None, None),
        ["203.0.113.220", "203.0.113.221"],
        ["203.0.113.229"],
        ("Zuzana Hrončeková", "hroncekova@novinkyorava.example", "+421908744210"),
    ),
)
CASES["cs_hosts_two_sentences"] = (
    _mail(
        "Dobrý den,\n\nDeník Vysočina s.r.o. žádá o přístup k XML s výsledky voleb.\n\n"
        "Stahovat budou servery data1 (ostrý), data2 (ostrý, záložní) a data-zk (zkušební). "
        "Jejich adresy v uvedeném pořadí: 192.0.2.60, 192.0.2.61 a 192.0.2.69.\n\n"
        "S pozdravem\nJiří Dvořák\nDeník Vysočina s.r.o.\ntel. 608 330 172\n",
        "dvorak@denikvysocina.example",
        "Jiří Dvořák",
    ),
    label(
        FEED,
        ("Deník Vysočina s.r.o.", None, None),
        ["192.0.2.60", "192.0.2.61"],
        ["192.0.2.69"],
        ("Jiří Dvořák", "dvorak@denikvysocina.example", "+420608330172"),
    ),
)
CASES["cs_order_after_addresses_negative"] = (
    _mail(
        "Dobrý den,\n\nKurýr Haná s.r.o. žádá o přístup k XML s výsledky voleb.\n\n"
        "Adresy 203.0.113.90, 203.0.113.99 a 203.0.113.91 jsou v tomto pořadí pro ostrý, "
        "testovací a ostrý provoz.\n\n"
        "S pozdravem\nEva Šimková\nKurýr Haná s.r.o.\ntel. 603 551 980\n",
        "simkova@kuryrhana.example",
        "Eva Šimková",
    ),
    label(
        FEED,
        ("Kurýr Haná s.r.o.", None, None),
        ["203.0.113.90", "203.0.113.91"],
        ["203.0.113.99"],
        ("Eva Šimková", "simkova@kuryrhana.example", "+420603551980"),
    ),
)

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_layout_r45(p: ParsedMessage, want: Label) -> None:
    assert misses(p, want) == []
