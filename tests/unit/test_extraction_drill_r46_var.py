"""A blind drill, forty-sixth round (issue 18): variants of the forty-fifth part's misses.

The forty-fifth part's misses were fixed last round by widening a rule for each class; these
messages test whether the widening covers the class in other languages, layouts and positions:
an address withdrawn by what it is (a printer, a NAS, a router), a use refused as a whole ("do
not register the test one"), a letter O or l typed for a digit, role columns ticked in a table,
"resp." inside a cell under a two-role label, named hosts with their addresses "in this order",
a lone "+1" beside a North American number, a phone split over a line break, a switchboard and
a direct line, deny/block labels, a header row naming an organisation and the two uses. Near
misses are read the other way. Every message was labelled by ``tests/corpus/LABELS.md``
before extraction ran on it; each is scored field by field as the corpus runner scores a case.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import Component, ParsedMessage
from tests.unit.docs import docx_bytes, pdf_table, xlsx_bytes
from tests.unit.drill_helpers import FEED, Label, drill_params, html_body, label, misses
from tests.unit.extraction_helpers import attachment, body, data_message, mail, text_file

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _m(text: str, sender: str, name: str, *extra: Component, html: bool = False) -> ParsedMessage:
    part = html_body(text) if html else body(text)
    return mail(part, *extra, subject="Výsledky voleb XML", sender=sender, sender_name=name)


def _c(
    key: str,
    msg: ParsedMessage,
    org: str | None,
    prod: list[str],
    test: list[str],
    contact: tuple[str | None, str | None, str | None],
    ico: str | None = None,
    box: str | None = None,
) -> None:
    CASES[key] = (msg, label(FEED, (org, ico, box), prod, test, contact))


# --- A. an address withdrawn by what it is ---------------------------------------------------

_c(
    "a1_cs_reply_above_quote_printer",
    _m(
        "Ještě oprava: ta .61 je naše tiskárna, testovací je 198.51.100.62.\n\nPetra Malá\n\n"
        "-----Původní zpráva-----\nOd: Petra Malá <mala@hornickelisty.example>\n"
        "Předmět: Výsledky voleb XML\n\nDobrý den,\nHornické listy s.r.o. žádají o přístup k "
        "výsledkům voleb v XML.\nProdukční IP: 198.51.100.60\nTestovací IP: 198.51.100.61\n\n"
        "Petra Malá\ntel. 603 441 872\n",
        "mala@hornickelisty.example",
        "Petra Malá",
    ),
    "Hornické listy s.r.o.",
    ["198.51.100.60"],
    ["198.51.100.62"],
    ("Petra Malá", "mala@hornickelisty.example", "+420603441872"),
)
_c(
    "a2_pl_to_drukarka",
    _m(
        "Dzień dobry,\n\nRadio Beskidy sp. z o.o. prosi o dostęp do wyników wyborów w XML.\n"
        "Produkcja: 192.0.2.40\nTest: 192.0.2.44\n\nPrzepraszam, adres testowy to 192.0.2.45 - "
        ".44 to nasza drukarka.\n\nPozdrawiam\nAdam Zając\ntel. +48 601 222 333\n",
        "zajac@radiobeskidy.example",
        "Adam Zając",
    ),
    "Radio Beskidy sp. z o.o.",
    ["192.0.2.40"],
    ["192.0.2.45"],
    ("Adam Zając", "zajac@radiobeskidy.example", "+48601222333"),
)
_c(
    "a3_en_html_that_one_is_nas",
    _m(
        "<p>Hello,</p><p>Riverside Echo Ltd applies for access to the election results XML "
        "feed.</p><ul><li>Production: 203.0.113.70</li><li>Production: 203.0.113.71</li>"
        "<li>Test: 203.0.113.75</li></ul><p>Sorry, scratch 203.0.113.71 - that one is our NAS, "
        "not a server.</p><p>Best regards,<br>Tom Avery<br>+44 20 7946 0321</p>",
        "avery@riversideecho.example",
        "Tom Avery",
        html=True,
    ),
    "Riverside Echo Ltd",
    ["203.0.113.70"],
    ["203.0.113.75"],
    ("Tom Avery", "avery@riversideecho.example", "+442079460321"),
)
_c(
    "a4_de_router_in_ps",
    _m(
        "Guten Tag,\n\ndie Erzgebirgs-Post GmbH beantragt den Zugang zu den Wahlergebnissen im "
        "XML-Format.\nProduktion: 198.51.100.90, 198.51.100.91\nTest: 198.51.100.99\n\n"
        "Mit freundlichen Grüßen\nLukas Brandt\nTel. +49 371 5520 118\n\n"
        "PS: Die .91 bitte streichen, das ist unser Router, kein Server.\n",
        "brandt@erzgebirgspost.example",
        "Lukas Brandt",
    ),
    "Erzgebirgs-Post GmbH",
    ["198.51.100.90"],
    ["198.51.100.99"],
    ("Lukas Brandt", "brandt@erzgebirgspost.example", "+493715520118"),
)
# near miss: the printer is named beside, not as, an address of the list
_c(
    "a5_cs_printer_beside_neg",
    _m(
        "Dobrý den,\nRádio Kraslice s.r.o. žádá o přístup k výsledkům voleb v XML.\n"
        "Produkční IP: 192.0.2.150\nTestovací IP: 192.0.2.151\n\nOba servery stojí v serverovně "
        "hned vedle tiskárny, kdyby technik hledal.\n\nIvana Dušková\ntel. 777 310 228\n",
        "duskova@radiokraslice.example",
        "Ivana Dušková",
    ),
    "Rádio Kraslice s.r.o.",
    ["192.0.2.150"],
    ["192.0.2.151"],
    ("Ivana Dušková", "duskova@radiokraslice.example", "+420777310228"),
)

# found by probing the drill's phrasing: a device named after a dash and a shorthand octet, or
# in the sentence of the octet itself
_c(
    "a6_de_octet_is_router_kein_server",
    _m(
        "Guten Tag,\n\ndie Saale-Kurier GmbH beantragt den Zugang zu den XML-Wahlergebnissen.\n"
        "Produktion: 198.51.100.92, 198.51.100.93\nTest: 198.51.100.98\n\n"
        "Die .93 ist unser Router, kein Server.\n\nGrüße\nJonas Ebert\nTel. +49 345 6810 27\n",
        "ebert@saalekurier.example",
        "Jonas Ebert",
    ),
    "Saale-Kurier GmbH",
    ["198.51.100.92"],
    ["198.51.100.98"],
    ("Jonas Ebert", "ebert@saalekurier.example", "+49345681027"),
)
_c(
    "a7_cs_dash_octet_printer",
    _m(
        "Dobry den,\nRadio Beroun s.r.o. zada o pristup k vysledkum voleb v XML.\n"
        "Produkce: 192.0.2.160\nTest: 192.0.2.164\n\nPardon, test je 192.0.2.165 - .164 je "
        "nase tiskarna.\n\nMilos Kral\ntel. 721 330 418\n",
        "kral@radioberoun.example",
        "Milos Kral",
    ),
    "Radio Beroun s.r.o.",
    ["192.0.2.160"],
    ["192.0.2.165"],
    ("Milos Kral", "kral@radioberoun.example", "+420721330418"),
)

# --- B. a use refused as a whole ---------------------------------------------------------------

_c(
    "b1_cs_annotation_no_test",
    data_message(
        "Žádost o XML – testovací adresu nezadávejte",
        text_file(
            "zadost.txt",
            "Žádáme o přístup k výsledkům voleb ve formátu XML.\nProdukční IP: 203.0.113.110\n"
            "Testovací IP: 203.0.113.119\nKontakt: Marek Solar, 604 118 992\n",
        ),
        dm_sender="Vysočina Média a.s.",
        sender="k3vd8pe",
    ),
    "Vysočina Média a.s.",
    ["203.0.113.110"],
    [],
    ("Marek Solar", None, "+420604118992"),
    box="k3vd8pe",
)
_c(
    "b2_en_reply_skip_test",
    _m(
        "One more thing: please don't register the test IP at all, we will test from "
        "production.\n\nMaria\n\n> Hello,\n> Lakeside Herald Ltd applies for access to the "
        "election XML.\n> Production IP: 198.51.100.120\n> Test IP: 198.51.100.129\n>\n"
        "> Maria Lind\n> +44 161 496 0555\n",
        "lind@lakesideherald.example",
        "Maria Lind",
    ),
    "Lakeside Herald Ltd",
    ["198.51.100.120"],
    [],
    ("Maria Lind", "lind@lakesideherald.example", "+441614960555"),
)
_c(
    "b3_de_test_nicht_freischalten",
    _m(
        "Guten Tag,\n\nRadio Vogtland GmbH beantragt den Zugang zu den XML-Wahlergebnissen.\n"
        "Produktion: 192.0.2.170\nTest: 192.0.2.179\n\nDie Test-IP bitte nicht freischalten, "
        "wir testen direkt auf dem Produktivsystem.\n\nViele Grüße\nSabine Roth\n"
        "Tel. +49 3741 2280 15\n",
        "roth@radiovogtland.example",
        "Sabine Roth",
    ),
    "Radio Vogtland GmbH",
    ["192.0.2.170"],
    [],
    ("Sabine Roth", "roth@radiovogtland.example", "+493741228015"),
)
# near miss: only the old address is refused; the new test address stays
_c(
    "b4_cs_old_refused_neg",
    _m(
        "Dobrý den,\nRádio Tábor s.r.o. žádá o přístup k výsledkům voleb v XML.\n"
        "Produkční IP: 198.51.100.140\nTestovací IP: 198.51.100.146\n\nLoňskou testovací "
        "adresu 198.51.100.145 už prosím nezadávejte.\n\nJan Pešek\ntel. 602 515 880\n",
        "pesek@radiotabor.example",
        "Jan Pešek",
    ),
    "Rádio Tábor s.r.o.",
    ["198.51.100.140"],
    ["198.51.100.146"],
    ("Jan Pešek", "pesek@radiotabor.example", "+420602515880"),
)

# --- C. a letter O or l typed for a digit ------------------------------------------------------

_c(
    "c1_cs_capital_o_in_octet",
    _m(
        "Dobry den,\nRadio Orlice s.r.o. zada o pristup k vysledkum voleb v XML.\n"
        "Produkcni IP: 198.51.1OO.30\nTestovaci IP: 198.51.100.31\n\nKarel Dvorak\n"
        "tel. 736 410 552\n",
        "dvorak@radioorlice.example",
        "Karel Dvorak",
    ),
    "Radio Orlice s.r.o.",
    ["198.51.100.30"],
    ["198.51.100.31"],
    ("Karel Dvorak", "dvorak@radioorlice.example", "+420736410552"),
)
_c(
    "c2_en_html_lower_l_first",
    _m(
        "<p>Hi,</p><p>Harbour Times Ltd requests access to the election results XML.</p>"
        "<table><tr><td>Production IP</td><td>l92.0.2.18</td></tr><tr><td>Test IP</td>"
        "<td>192.0.2.19</td></tr></table><p>Regards,<br>Nina Hart<br>+44 117 496 0742</p>",
        "hart@harbourtimes.example",
        "Nina Hart",
        html=True,
    ),
    "Harbour Times Ltd",
    ["192.0.2.18"],
    ["192.0.2.19"],
    ("Nina Hart", "hart@harbourtimes.example", "+441174960742"),
)
_c(
    "c3_pl_docx_o_last_octet",
    _m(
        "Dzień dobry,\nw załączniku wniosek.\n\nPozdrawiam\nEwa Kowal\ntel. +48 602 311 478\n",
        "kowal@gazetaopolska.example",
        "Ewa Kowal",
        attachment(
            "wniosek.docx",
            docx_bytes(
                [
                    "Gazeta Opolska sp. z o.o. prosi o dostęp do wyników wyborów w formacie XML.",
                    [["Adres produkcyjny", "203.0.113.2O"], ["Adres testowy", "203.0.113.21"]],
                ]
            ),
        ),
    ),
    "Gazeta Opolska sp. z o.o.",
    ["203.0.113.20"],
    ["203.0.113.21"],
    ("Ewa Kowal", "kowal@gazetaopolska.example", "+48602311478"),
)
# near miss: a host name with letters is no address
_c(
    "c4_cs_hostname_neg",
    _m(
        "Dobrý den,\nRádio Olomouc s.r.o. žádá o přístup k výsledkům voleb v XML.\n"
        "Produkční IP: 192.0.2.210 (server OL10-web)\n\nLenka Horská\ntel. 731 200 447\n",
        "horska@radioolomouc.example",
        "Lenka Horská",
    ),
    "Rádio Olomouc s.r.o.",
    ["192.0.2.210"],
    [],
    ("Lenka Horská", "horska@radioolomouc.example", "+420731200447"),
)

# --- D. role columns ticked -----------------------------------------------------------------

_c(
    "d1_en_text_tab_yes",
    _m(
        "Hello,\nBaltic Wire Ltd applies for access to the election results XML.\n\n"
        "Address\tLive\tTest\n203.0.113.140\tyes\t\n203.0.113.149\t\tyes\n\n"
        "Regards,\nOlaf Berg\n+44 20 7946 0177\n",
        "berg@balticwire.example",
        "Olaf Berg",
    ),
    "Baltic Wire Ltd",
    ["203.0.113.140"],
    ["203.0.113.149"],
    ("Olaf Berg", "berg@balticwire.example", "+442079460177"),
)
_c(
    "d2_pl_pdf_tak",
    _m(
        "Dzień dobry,\nwniosek w załączniku.\n\nPozdrawiam\nPiotr Lis\ntel. +48 603 554 120\n",
        "lis@kurierzamojski.example",
        "Piotr Lis",
        attachment(
            "wniosek.pdf",
            pdf_table(
                [
                    ["Adres IP", "Produkcja", "Test"],
                    ["198.51.100.160", "tak", ""],
                    ["198.51.100.169", "", "tak"],
                ],
                [140, 90, 90],
                "TOP",
                grid=False,
                heading="Kurier Zamojski sp. z o.o. - wniosek o dostęp do wyników wyborów XML",
            ),
        ),
    ),
    "Kurier Zamojski sp. z o.o.",
    ["198.51.100.160"],
    ["198.51.100.169"],
    ("Piotr Lis", "lis@kurierzamojski.example", "+48603554120"),
)
_c(
    "d3_cs_text_spaced_check",
    _m(
        "Dobrý den,\nTýdeník Rakovnicko s.r.o. žádá o přístup k XML s výsledky voleb.\n\n"
        "IP                 Produkce   Test\n"
        "192.0.2.230        ✔\n"
        "192.0.2.231        ✔\n"
        "192.0.2.239                   ✔\n\n"
        "S pozdravem\nOta Vacek\ntel. 725 880 341\n",
        "vacek@rakovnicko.example",
        "Ota Vacek",
    ),
    "Týdeník Rakovnicko s.r.o.",
    ["192.0.2.230", "192.0.2.231"],
    ["192.0.2.239"],
    ("Ota Vacek", "vacek@rakovnicko.example", "+420725880341"),
)

# --- E. "resp." inside a cell under a two-role label ---------------------------------------

_c(
    "e1_pl_odpowiednio_cell",
    _m(
        "<p>Dzień dobry,</p><p>Radio Kielce sp. z o.o. prosi o dostęp do wyników wyborów "
        "w XML.</p><table border=1><tr><td>Adres produkcyjny / testowy</td>"
        "<td>192.0.2.60 odpowiednio 192.0.2.69</td></tr></table>"
        "<p>Pozdrawiam<br>Marta Wróbel<br>tel. +48 41 344 20 15</p>",
        "wrobel@radiokielce.example",
        "Marta Wróbel",
        html=True,
    ),
    "Radio Kielce sp. z o.o.",
    ["192.0.2.60"],
    ["192.0.2.69"],
    ("Marta Wróbel", "wrobel@radiokielce.example", "+48413442015"),
)
_c(
    "e2_sk_docx_resp_cell",
    _m(
        "Dobrý deň,\nv prílohe posielame žiadosť.\n\nS pozdravom\nPeter Hudák\n"
        "tel. 0907 118 224\n",
        "hudak@zemplinskenoviny.example",
        "Peter Hudák",
        attachment(
            "ziadost.docx",
            docx_bytes(
                [
                    "Zemplínske noviny s.r.o. žiada o prístup k výsledkom volieb vo formáte XML.",
                    [["IP adresa produkčná, resp. testovacia", "203.0.113.180, resp. 203.0.113.189"]],
                ]
            ),
        ),
    ),
    "Zemplínske noviny s.r.o.",
    ["203.0.113.180"],
    ["203.0.113.189"],
    ("Peter Hudák", "hudak@zemplinskenoviny.example", "+421907118224"),
)
_c(
    "e3_en_respectively_line",
    _m(
        "Hello,\nNorthern Ledger Ltd applies for access to the election results XML.\n"
        "Production and test IP: 198.51.100.200 and 198.51.100.209 respectively\n\n"
        "Kind regards,\nGrace Young\n+44 191 496 0088\n",
        "young@northernledger.example",
        "Grace Young",
    ),
    "Northern Ledger Ltd",
    ["198.51.100.200"],
    ["198.51.100.209"],
    ("Grace Young", "young@northernledger.example", "+441914960088"),
)

# --- F. named hosts, then addresses in this order --------------------------------------------

_c(
    "f1_hu_ebben_a_sorrendben",
    _m(
        "Tisztelt Hivatal!\n\nA Dunántúli Hírek Kft. hozzáférést kér a választási eredmények "
        "XML-adataihoz. Két gépünk van: az éles szerver és a tesztszerver, címük ebben a "
        "sorrendben: 192.0.2.80 és 192.0.2.89.\n\nÜdvözlettel\nKovács Anna\n"
        "tel. +36 1 555 2104\n",
        "kovacs@dunantulihirek.example",
        "Kovács Anna",
    ),
    "Dunántúli Hírek Kft.",
    ["192.0.2.80"],
    ["192.0.2.89"],
    ("Kovács Anna", "kovacs@dunantulihirek.example", "+3615552104"),
)
_c(
    "f2_cs_html_poradi",
    _m(
        "<p>Dobrý den,</p><p>Rádio Vltava Sever s.r.o. žádá o přístup k XML s výsledky voleb. "
        "Stahovat budou dva stroje – produkční <b>web01</b> a testovací <b>dev01</b> – "
        "s adresami (v tomto pořadí) 203.0.113.90 a 203.0.113.99.</p>"
        "<p>Děkuji<br>Tereza Kubátová<br>tel. 608 224 190</p>",
        "kubatova@vltavasever.example",
        "Tereza Kubátová",
        html=True,
    ),
    "Rádio Vltava Sever s.r.o.",
    ["203.0.113.90"],
    ["203.0.113.99"],
    ("Tereza Kubátová", "kubatova@vltavasever.example", "+420608224190"),
)
# near miss: the order is reversed (test first)
_c(
    "f3_en_reverse_order_neg",
    _m(
        "Hello,\nCoastline Radio Ltd applies for access to the election results XML.\n"
        "We use two hosts, a staging box for testing and the live server, at these addresses "
        "in that order: 198.51.100.219 and 198.51.100.210.\n\nBest,\nLiam Cross\n"
        "+44 29 2018 0455\n",
        "cross@coastlineradio.example",
        "Liam Cross",
    ),
    "Coastline Radio Ltd",
    ["198.51.100.210"],
    ["198.51.100.219"],
    ("Liam Cross", "cross@coastlineradio.example", "+442920180455"),
)

# --- G. a lone +1 beside a North American number ----------------------------------------------

_c(
    "g1_us_plus_one_parens_area",
    _m(
        "Hello,\n\nPrairie Signal Inc. requests access to the election results XML feed.\n"
        "Production server: 203.0.113.150\n\nThanks,\nDana Fox\nPrairie Signal Inc.\n"
        "+1 (312) 555-0182\n",
        "fox@prairiesignal.example",
        "Dana Fox",
    ),
    "Prairie Signal Inc.",
    ["203.0.113.150"],
    [],
    ("Dana Fox", "fox@prairiesignal.example", "+13125550182"),
)
_c(
    "g2_us_one_dash_dots",
    _m(
        "Dobrý den,\n\nspolečnost Harbor Light Media LLC žádá o přístup k XML s výsledky "
        "voleb.\nProdukční server: 203.0.113.151\n\nS pozdravem\nRuth Wells\n"
        "tel. 1.617.555.0139\n",
        "wells@harborlight.example",
        "Ruth Wells",
    ),
    "Harbor Light Media LLC",
    ["203.0.113.151"],
    [],
    ("Ruth Wells", "wells@harborlight.example", "+16175550139"),
)
_c(
    "g3_ca_plus_one_after",
    _m(
        "Bonjour,\n\nLe Courrier du Nord Inc. demande l'accès aux résultats électoraux en XML.\n"
        "Serveur de production : 198.51.100.230\n\nCordialement,\nJulie Roy\n"
        "Tél. 514 555-0164 (+1)\n",
        "roy@courriernord.example",
        "Julie Roy",
    ),
    "Courrier du Nord Inc.",
    ["198.51.100.230"],
    [],
    ("Julie Roy", "roy@courriernord.example", "+15145550164"),
)

# --- H. a phone split over a line break ------------------------------------------------------

_c(
    "h1_cs_split_mobile",
    _m(
        "Dobrý den,\nRádio Jihlava s.r.o. žádá o přístup k výsledkům voleb v XML.\n"
        "Produkční IP: 192.0.2.240\n\nKontaktní osoba: Hana Vlková, tel. +420 602\n"
        "338 415\n\nS pozdravem\nHana Vlková\n",
        "vlkova@radiojihlava.example",
        "Hana Vlková",
    ),
    "Rádio Jihlava s.r.o.",
    ["192.0.2.240"],
    [],
    ("Hana Vlková", "vlkova@radiojihlava.example", "+420602338415"),
)
_c(
    "h2_de_split_in_signature",
    _m(
        "Guten Tag,\n\ndie Lausitzer Welle GmbH beantragt den Zugang zu den XML-Wahlergebnissen."
        "\nProduktion: 198.51.100.240\n\nMit freundlichen Grüßen\nMaximilian Krüger, "
        "Leiter der Onlineredaktion, Tel. +49\n355 4810 227\n",
        "krueger@lausitzerwelle.example",
        "Maximilian Krüger",
    ),
    "Lausitzer Welle GmbH",
    ["198.51.100.240"],
    [],
    ("Maximilian Krüger", "krueger@lausitzerwelle.example", "+493554810227"),
)

# --- I. a switchboard and a direct line -------------------------------------------------------

_c(
    "i1_pl_centrala_bezposredni",
    _m(
        "Dzień dobry,\n\nRadio Podlasie sp. z o.o. prosi o dostęp do wyników wyborów w XML.\n"
        "Adres produkcyjny: 192.0.2.250\n\nPozdrawiam\nTomasz Wilk\n"
        "tel. centrala +48 85 744 10 00, bezpośredni +48 85 744 10 37\n",
        "wilk@radiopodlasie.example",
        "Tomasz Wilk",
    ),
    "Radio Podlasie sp. z o.o.",
    ["192.0.2.250"],
    [],
    ("Tomasz Wilk", "wilk@radiopodlasie.example", "+48857441037"),
)
_c(
    "i2_sk_lines_apart",
    _m(
        "Dobrý deň,\n\nRádio Poprad s.r.o. žiada o prístup k výsledkom volieb v XML.\n"
        "Produkčná IP: 203.0.113.250\n\nS pozdravom\nMária Hrušková\n"
        "Ústredňa: +421 52 772 10 00\nPriama linka: +421 52 772 10 45\n",
        "hruskova@radiopoprad.example",
        "Mária Hrušková",
    ),
    "Rádio Poprad s.r.o.",
    ["203.0.113.250"],
    [],
    ("Mária Hrušková", "hruskova@radiopoprad.example", "+421527721045"),
)
_c(
    "i3_en_main_then_direct",
    _m(
        "Hello,\n\nWessex Gazette Ltd applies for access to the election results XML.\n"
        "Production IP: 198.51.100.250\n\nRegards,\nOwen Price\nMain office: +44 1202 496 000 | "
        "Direct: +44 1202 496 318\n",
        "price@wessexgazette.example",
        "Owen Price",
    ),
    "Wessex Gazette Ltd",
    ["198.51.100.250"],
    [],
    ("Owen Price", "price@wessexgazette.example", "+441202496318"),
)

# --- J. deny / block labels -------------------------------------------------------------------

_c(
    "j1_pl_nie_dopuszczac",
    _m(
        "Dzień dobry,\nGazeta Lubuska Nowa sp. z o.o. prosi o dostęp do wyników wyborów XML.\n"
        "Dopuścić: 203.0.113.160\nNie dopuszczać: 203.0.113.161\n\nPozdrawiam\nJan Mazur\n"
        "tel. +48 68 320 11 45\n",
        "mazur@lubuskanowa.example",
        "Jan Mazur",
    ),
    "Gazeta Lubuska Nowa sp. z o.o.",
    ["203.0.113.160"],
    [],
    ("Jan Mazur", "mazur@lubuskanowa.example", "+48683201145"),
)
_c(
    "j2_sk_nepovolovat",
    _m(
        "Dobrý deň,\nRádio Liptov s.r.o. žiada o prístup k výsledkom volieb v XML.\n"
        "Povoliť: 192.0.2.100\nNepovoľovať: 192.0.2.101 (starý server)\n\nS pozdravom\n"
        "Juraj Baláž\ntel. 0905 212 664\n",
        "balaz@radioliptov.example",
        "Juraj Baláž",
    ),
    "Rádio Liptov s.r.o.",
    ["192.0.2.100"],
    [],
    ("Juraj Baláž", "balaz@radioliptov.example", "+421905212664"),
)
_c(
    "j3_en_html_do_not_allow_row",
    _m(
        "<p>Hello,</p><p>Midland Courier Ltd applies for access to the election results XML."
        "</p><table border=1><tr><td>Allow</td><td>198.51.100.170</td></tr>"
        "<tr><td>Do not allow</td><td>198.51.100.171</td></tr></table>"
        "<p>Regards,<br>Emma Stone<br>+44 121 496 0612</p>",
        "stone@midlandcourier.example",
        "Emma Stone",
        html=True,
    ),
    "Midland Courier Ltd",
    ["198.51.100.170"],
    [],
    ("Emma Stone", "stone@midlandcourier.example", "+441214960612"),
)
_c(
    "j4_de_nicht_zulassen",
    _m(
        "Guten Tag,\nder Harzer Bote GmbH beantragt den Zugang zu den XML-Wahlergebnissen.\n"
        "Zulassen: 192.0.2.110\nNicht zulassen: 192.0.2.111\n\nGrüße\nPaul Heine\n"
        "Tel. +49 3941 5580 12\n",
        "heine@harzerbote.example",
        "Paul Heine",
    ),
    "Harzer Bote GmbH",
    ["192.0.2.110"],
    [],
    ("Paul Heine", "heine@harzerbote.example", "+493941558012"),
)

# near misses: a negation that is not of allowing
_c(
    "j5_de_nicht_vergessen_neg",
    _m(
        "Guten Tag,\ndie Altmark Zeitung GmbH beantragt den Zugang zu den XML-Wahlergebnissen.\n"
        "Bitte nicht vergessen, zulassen: 203.0.113.120\nTest: 203.0.113.129\n\nGrüße\n"
        "Nina Vogt\nTel. +49 3931 6610 44\n",
        "vogt@altmarkzeitung.example",
        "Nina Vogt",
    ),
    "Altmark Zeitung GmbH",
    ["203.0.113.120"],
    ["203.0.113.129"],
    ("Nina Vogt", "vogt@altmarkzeitung.example", "+493931661044"),
)
_c(
    "j6_pl_nie_tylko_neg",
    _m(
        "Dzień dobry,\nRadio Warmia sp. z o.o. prosi o dostęp do wyników wyborów XML.\n"
        "Adres produkcyjny (nie tylko do testów): 192.0.2.130\n\nPozdrawiam\nOla Sowa\n"
        "tel. +48 89 523 40 11\n",
        "sowa@radiowarmia.example",
        "Ola Sowa",
    ),
    "Radio Warmia sp. z o.o.",
    ["192.0.2.130"],
    [],
    ("Ola Sowa", "sowa@radiowarmia.example", "+48895234011"),
)

# --- K. a header row naming the organisation and the uses --------------------------------------

_c(
    "k1_cs_html_header_row",
    _m(
        "<p>Dobrý den,</p><p>žádáme o přístup k výsledkům voleb ve formátu XML.</p>"
        "<table border=1><tr><th>Organizace</th><th>Produkce</th><th>Test</th></tr>"
        "<tr><td>Rádio Krkonoše s.r.o.</td><td>203.0.113.190</td><td>203.0.113.199</td></tr>"
        "</table><p>S pozdravem<br>Vít Šimek<br>tel. 604 990 271</p>",
        "simek@radiokrkonose.example",
        "Vít Šimek",
        html=True,
    ),
    "Rádio Krkonoše s.r.o.",
    ["203.0.113.190"],
    ["203.0.113.199"],
    ("Vít Šimek", "simek@radiokrkonose.example", "+420604990271"),
)
_c(
    "k2_pl_xlsx_header_row",
    _m(
        "Dzień dobry,\nwniosek o dostęp do wyników wyborów XML w załączniku.\n\nPozdrawiam\n"
        "Ola Nowicka\ntel. +48 604 220 118\n",
        "nowicka@glospomorza.example",
        "Ola Nowicka",
        attachment(
            "wniosek.xlsx",
            xlsx_bytes(
                [
                    ["Organizacja", "Produkcja", "Test"],
                    ["Głos Pomorza sp. z o.o.", "192.0.2.190", "192.0.2.199"],
                ]
            ),
        ),
    ),
    "Głos Pomorza sp. z o.o.",
    ["192.0.2.190"],
    ["192.0.2.199"],
    ("Ola Nowicka", "nowicka@glospomorza.example", "+48604220118"),
)


# --- L. a person's own data box gives the diacritics; M. a contact table's header row ---------

_c(
    "l1_cs_person_box_ascii_letter",
    data_message(
        "zadost XML volby",
        text_file(
            "zadost.txt",
            "Dobry den,\nzadam o pristup k XML vysledkum voleb pro svuj zpravodajsky web.\n"
            "IP adresa serveru: 192.0.2.61\n\nTomas Reznicek\ntel. 777 410 228\n",
        ),
        dm_sender="Tomáš Řezníček",
        sender_name="Tomáš Řezníček",
        sender="r8tm2qa",
    ),
    "Tomáš Řezníček",
    ["192.0.2.61"],
    [],
    ("Tomáš Řezníček", None, "+420777410228"),
    box="r8tm2qa",
)
_c(
    "m1_cs_html_contact_table_surname_first",
    _m(
        "<p>Dobrý den,</p><p>Rádio Slapy s.r.o. žádá o přístup k výsledkům voleb v XML, "
        "produkční IP 203.0.113.210.</p><p>Kontaktní osoba:</p><table border=1><tr>"
        "<th>Příjmení</th><th>Jméno</th><th>Telefon</th></tr><tr><td>Horák</td><td>Milan</td>"
        "<td>603 552 901</td></tr></table><p>Redakce Rádia Slapy</p>",
        "redakce@radioslapy.example",
        "",
        html=True,
    ),
    "Rádio Slapy s.r.o.",
    ["203.0.113.210"],
    [],
    ("Milan Horák", "redakce@radioslapy.example", "+420603552901"),
)
_c(
    "m2_de_docx_nachname_vorname",
    _m(
        "Guten Tag,\nanbei unser Antrag.\n\nRedaktion Elbtal-Anzeiger\n",
        "redaktion@elbtalanzeiger.example",
        "",
        attachment(
            "antrag.docx",
            docx_bytes(
                [
                    "Elbtal-Anzeiger GmbH beantragt den Zugang zu den XML-Wahlergebnissen.",
                    "Produktions-IP: 192.0.2.70",
                    "Ansprechpartner:",
                    [["Nachname", "Vorname", "Telefon"], ["Lange", "Frieda", "+49 351 4470 312"]],
                ]
            ),
        ),
    ),
    "Elbtal-Anzeiger GmbH",
    ["192.0.2.70"],
    [],
    ("Frieda Lange", "redaktion@elbtalanzeiger.example", "+493514470312"),
)

XFAIL: dict[str, str] = {
    "a4_de_router_in_ps": "an address withdrawn in a P.S. below the signature (another block): "
    "the octet named there is only left unsure, not withdrawn (flagged)",
}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill_r46_var(p: ParsedMessage, want: Label) -> None:
    assert misses(p, want) == []
