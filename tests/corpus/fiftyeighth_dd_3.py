"""Fifty-eighth held-out part ``dd``, cases dd029–dd042: a Polish freelancer in English,
university and freelancer data messages, Slovak and German institutes and freelancers, a
Belgian withdrawing the feed, an IPv6 /126 forwarded inline, a municipal HTML table with a
shorthand range, a correction, a later regional election with 'respektive', a contractor's
workbook with an old address, a town's filming-only data message, an Austrian HTML mail and
an English/Czech startup in base64. Written by hand apart from the extraction rules (see
make_fiftyeighth_dd); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftyeighth_dd_common import (
    APPLE,
    CENTRUM,
    FEED,
    FILM,
    GMAIL,
    K9,
    MAC_OUTLOOK,
    OUTLOOK,
    ROUNDCUBE,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I30, I31, I34, I35, I36, I37 = (
    ico("6201488"),
    ico("4211739"),
    ico("2690415"),
    ico("7318264"),
    ico("0029961"),
    ico("0915728"),
)
I38, I39, I40, I42 = ico("2617094"), ico("4835021"), ico("0027953"), ico("1906352")


def _mail(
    cid: str,
    desc: str,
    style: Style,
    labels: dict[str, Any],
    sender: str,
    subject: str,
    headers: list[tuple[str, str]],
    body: str,
    **extra: Any,
) -> dict[str, Any]:
    case = {
        "id": cid,
        "description": desc,
        "style": style,
        "labels": labels,
        "from": sender,
        "subject": subject,
        "headers": headers,
        "body": body,
    }
    case.update(extra)
    return case


CASES: list[dict[str, Any]] = [
    _mail(
        "dd029-polish-freelance-photographer",
        "a Polish freelance photographer writes English with Polish; the text after the dash "
        "describes his work (no trade name); filming only, no IČO",
        Style.MIXED,
        L(
            [FILM],
            "Tomasz Zieliński",
            None,
            None,
            [],
            [],
            "Tomasz Zieliński",
            "tomasz@zielinskifoto.example",
            "+48601224519",
        ),
        "Tomasz Zieliński <tomasz@zielinskifoto.example>",
        "Photo permit request / prośba o zgodę",
        GMAIL,
        "Hello,\n\nmy name is Tomasz Zieliński – fotograf niezależny (freelance photographer) "
        "from Kraków. I would like to ask for permission to take photos at your collection "
        "point in Prague during the vote count, for a reportage I am selling to Polish "
        "weeklies. I do not need any data access.\n\n"
        "Pozdrawiam / Best regards\nTomasz Zieliński\n+48 601 224 519\n",
    ),
    {
        "id": "dd030-university-databox-docx",
        "description": "a university institute's data message with a DOCX: the university "
        "applies, a range '196 až 199' of four, the contact surname-first in a table",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Severočeská univerzita v Lounech",
            I30,
            "u8xq3mf",
            ["198.51.100.196", "198.51.100.197", "198.51.100.198", "198.51.100.199"],
            ["198.51.100.200"],
            "Jiří Kolařík",
            "jiri.kolarik@scu.example",
            "+420415233871",
        ),
        "databox": box("u8xq3mf", "Severočeská univerzita v Lounech", "Husova 1, 440 01 Louny", 10),
        "subject": "Ústav politologie FF – žádost o přístup k výsledkům voleb",
        "attachments": [
            (
                "docx",
                "zadost_UPOL_volby.docx",
                {
                    "header": "Severočeská univerzita v Lounech | Filozofická fakulta | "
                    "Ústav politologie",
                    "footer": "IČO " + I30,
                    "blocks": [
                        "Ústav politologie FF žádá pro výzkumný projekt volební geografie o "
                        "přístup k průběžným výsledkům na dedikovaném serveru.",
                        {
                            "rows": [
                                ["Produkční IP", "198.51.100.196 až 198.51.100.199"],
                                ["Testovací IP", "198.51.100.200"],
                                ["Kontaktní osoba", "Kolařík Jiří, Mgr., Ph.D."],
                                ["E-mail / tel.", "jiri.kolarik@scu.example / 415 233 871"],
                            ]
                        },
                        "prof. PhDr. Eva Stránská, CSc., vedoucí ústavu",
                    ],
                },
            )
        ],
    },
    _mail(
        "dd031-slovak-institute-temporary-test",
        "a Slovak research institute (n. o.) in flowed Slovak; the test address is temporary "
        "but a test address",
        Style.FOREIGN,
        L(
            [FEED],
            "Inštitút pre verejné politiky, n. o.",
            I31,
            None,
            ["192.0.2.140", "192.0.2.141"],
            ["192.0.2.142"],
            "Zuzana Kováčiková",
            "kovacikova@ivp.example",
            "+421948117305",
        ),
        "Zuzana Kováčiková <kovacikova@ivp.example>",
        "Žiadosť o prístup k dátam z volieb",
        APPLE,
        "Dobrý deň,\n\nInštitút pre verejné politiky, n. o. (IČO " + I31 + ", Bratislava) "
        "pripravuje analýzu českých volieb a žiada o prístup k XML výsledkom.\n\n"
        "Produkčné IP: 192.0.2.140, 192.0.2.141\n"
        "Testovacie: 192.0.2.142 (dočasne, kým nepresunieme server)\n\n"
        "Kontakt: Zuzana Kováčiková, +421 948 117 305\n\nS pozdravom\nZuzana Kováčiková\n",
        flowed=True,
    ),
    _mail(
        "dd032-belgian-feed-withdrawn",
        "French from Belgium asks for both, then gives up the XML access after second "
        "thoughts: filming only and its addresses go with the feed",
        Style.FOREIGN,
        L(
            [FILM],
            "Télé Meuse-Ardenne ASBL",
            None,
            None,
            [],
            [],
            "Julien Lambert",
            "j.lambert@temeuse.example",
            "+3281226410",
        ),
        "Julien Lambert <j.lambert@temeuse.example>",
        "Demande accès XML et tournage",
        MAC_OUTLOOK,
        "Bonjour,\n\nTélé Meuse-Ardenne ASBL (Namur) souhaiterait :\n"
        "- un accès au serveur XML (IP 203.0.113.150, test 203.0.113.151) ;\n"
        "- l'autorisation de tourner dans un centre de collecte.\n\n"
        "Après réflexion avec notre régie, nous renonçons finalement à l'accès XML : merci "
        "de ne traiter que la demande de tournage.\n\n"
        "Julien Lambert, journaliste\n+32 81 22 64 10\n",
    ),
    _mail(
        "dd033-german-freelancer-trade-name",
        "a German freelance journalist with a trade name after a dash (kept whole), IPv4 and "
        "IPv6 production, no test, no IČO",
        Style.FOREIGN,
        L(
            [FEED],
            "Lena Hofbauer – Medienbüro Hofbauer",
            None,
            None,
            ["192.0.2.90", "2001:db8:aa1::90"],
            [],
            "Lena Hofbauer",
            "lena@medienbuero-hofbauer.example",
            "+491714432908",
        ),
        "Lena Hofbauer <lena@medienbuero-hofbauer.example>",
        "Zugang Wahlergebnisse (freie Journalistin)",
        TBIRD,
        "Guten Tag,\n\nich bin freie Datenjournalistin und schreibe als Lena Hofbauer – "
        "Medienbüro Hofbauer (Regensburg, Steuernr. 244/218/40116). Ich beantrage Zugang "
        "zum XML-Ergebnisserver von meinem Server: 192.0.2.90 bzw. per IPv6 "
        "2001:db8:aa1::90. Einen separaten Testserver habe ich nicht.\n\n"
        "Viele Grüße\nLena Hofbauer\nMobil +49 171 4432 908\n",
    ),
    _mail(
        "dd034-inline-forward-ipv6-126",
        "a technician forwards his director's request inline: production an IPv6 /126 block "
        "(four addresses), IPv4 test; the director is the contact",
        Style.FORWARD,
        L(
            [FEED],
            "Rádio Beskydy Plus s.r.o.",
            I34,
            None,
            ["2001:db8:5e::10", "2001:db8:5e::11", "2001:db8:5e::12", "2001:db8:5e::13"],
            ["203.0.113.30"],
            "Martina Kubalová",
            "kubalova@radiobeskydy.example",
            "+420603519722",
        ),
        "Tomáš Pitner <pitner@radiobeskydy.example>",
        "Fwd: žádost o XML",
        K9,
        "Posílám dál, za mě doplněné adresy:\nprodukce 2001:db8:5e::10/126, test 203.0.113.30\n"
        "Pitner, technik\n\n"
        "---------- Forwarded message ---------\n"
        "Od: Martina Kubalová <kubalova@radiobeskydy.example>\n"
        "Předmět: žádost o XML\n\n"
        "Tomáši, pošli prosím ČSÚ žádost o přístup k výsledkům pro Rádio Beskydy Plus s.r.o., "
        "IČO " + I34 + ". Kontakt na mě, 603 519 722.\nMartina Kubalová, ředitelka\n",
    ),
    {
        "id": "dd035-freelancer-databox-filming-pdf",
        "description": "a photographer's data message from a natural person in business: "
        "bare annotation, filming only in the PDF",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Pavel Matějka",
            I35,
            "p9mat2k",
            [],
            [],
            "Pavel Matějka",
            "pavel@matejkafoto.example",
            "+420724318806",
        ),
        "databox": box("p9mat2k", "Pavel Matějka", "Lipová 7, 586 01 Jihlava", 40),
        "subject": "Žádost o fotografování",
        "attachments": [
            (
                "pdf",
                "zadost_foto_Matejka.pdf",
                [
                    "Pavel Matějka, fotograf, IČO " + I35,
                    "Žádám o povolení fotografovat na pracovišti ČSÚ v Jihlavě během "
                    "zpracování výsledků voleb (pro Jihlavský zpravodaj). O data nežádám.",
                    "Kontakt: pavel@matejkafoto.example, 724 318 806",
                ],
            )
        ],
    },
    _mail(
        "dd036-municipal-html-table-shorthand-range",
        "a statutory city's HTML-only table (iso-8859-2): production as '198.51.100.50 - 52', "
        "the contact surname first",
        Style.TABLE,
        L(
            [FEED],
            "Statutární město Krnovice",
            I36,
            None,
            ["198.51.100.50", "198.51.100.51", "198.51.100.52"],
            ["198.51.100.55"],
            "Marie Doležalová",
            "dolezalova@krnovice.example",
            "+420554107322",
        ),
        "Marie Doležalová <dolezalova@krnovice.example>",
        "Žádost města o přístup k výsledkům",
        ZIMBRA,
        "",
        charset="iso-8859-2",
    ),
    _mail(
        "dd037-correction-test-address",
        "the sender corrects her own mail sent an hour earlier (quoted below): the test "
        "address is another one",
        Style.CORRECTION,
        L(
            [FEED],
            "Brněnský večerník online s.r.o.",
            I37,
            None,
            ["198.51.100.160"],
            ["198.51.100.162"],
            "Simona Krejčí",
            "krejci@bvonline.example",
            "+420739201455",
        ),
        "Simona Krejčí <krejci@bvonline.example>",
        "Oprava: Žádost o přístup k výsledkům voleb",
        OUTLOOK,
        "Dobrý den,\n\noprava: testovací adresu jsem uvedla špatně, správně je 198.51.100.162 "
        "(ne .161). Zbytek platí.\n\nSimona Krejčí\n\n"
        "From: Simona Krejčí\nSent: Wednesday, September 3, 2025 9:12 AM\n"
        "Subject: Žádost o přístup k výsledkům voleb\n\n"
        "Dobrý den, Brněnský večerník online s.r.o. (IČO " + I37 + ") žádá o přístup k XML. "
        "Produkce 198.51.100.160, test 198.51.100.161. Kontakt Simona Krejčí, 739 201 455.\n",
    ),
    _mail(
        "dd038-later-regional-election-respektive",
        "an application for the next regional election (counts), both requests, 'a 61' "
        "shorthand and 'respektive' assigning roles",
        Style.PLAIN,
        L(
            [FEED, FILM],
            "TV Šumava regionál s.r.o.",
            I38,
            None,
            ["203.0.113.60", "203.0.113.61"],
            ["203.0.113.62"],
            "Karel Hrubý",
            "hruby@tvsumava.example",
            "+420602448130",
        ),
        "Karel Hrubý <hruby@tvsumava.example>",
        "Krajské volby 2028 – žádost",
        CENTRUM,
        "Dobrý den,\n\nvím, že je to s předstihem, ale TV Šumava regionál s.r.o. (IČO "
        + I38
        + ") tímto žádá na krajské volby 2028 o přístup k XML výsledkům a o povolení natáčet "
        "na pracovišti v Klatovech.\n\n"
        "Adresy 203.0.113.60 a 61, respektive 203.0.113.62, jsou produkční, respektive "
        "testovací.\n\nKarel Hrubý, šéfredaktor, 602 448 130\n",
    ),
    {
        "id": "dd039-contractor-xlsx-old-address",
        "description": "an IT contractor's workbook for a daily: merged header, an old address "
        "marked 'ruší se', the contractor's engineer named as the application's contact",
        "style": Style.AGENCY,
        "labels": L(
            [FEED],
            "Deník Podkrkonoší, a.s.",
            I39,
            None,
            ["198.51.100.6", "198.51.100.7"],
            ["198.51.100.8"],
            "Radim Hošek",
            "hosek@kodexit.example",
            "+420775902113",
        ),
        "from": "Radim Hošek <hosek@kodexit.example>",
        "subject": "Deník Podkrkonoší – podklady k přístupu na volební server",
        "headers": ROUNDCUBE,
        "body": "Dobrý den,\nza Deník Podkrkonoší posílám tabulku s adresami. Jsem kontaktní "
        "osoba pro tuto žádost (dodavatel IT).\nRadim Hošek, Kodex IT s.r.o., 775 902 113\n",
        "attachments": [
            (
                "xlsx",
                "podkrkonosi_IP.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["Žadatel: Deník Podkrkonoší, a.s., IČO " + I39, ""],
                            ["IP adresy", ""],
                            ["Produkce", "Test"],
                            ["198.51.100.6", "198.51.100.8"],
                            ["198.51.100.7", ""],
                            ["198.51.100.5 (stará, ruší se)", ""],
                        ],
                        "merge": ["A1:B1", "A2:B2"],
                    }
                ],
            )
        ],
    },
    {
        "id": "dd040-town-databox-filming-odt",
        "description": "a town's communication office sends a data message with an ODT: "
        "filming for the town newsletter only, XML crossed out as NE",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Město Vrchlabín",
            I40,
            "v2rn7cz",
            [],
            [],
            "Lucie Benešová",
            "benesova@vrchlabin.example",
            "+420499302611",
        ),
        "databox": box("v2rn7cz", "Město Vrchlabín", "Náměstí Míru 1, 543 01 Vrchlabín", 10),
        "subject": "Natáčení – Zpravodaj města",
        "attachments": [
            (
                "odt",
                "nataceni_zpravodaj.odt",
                [
                    "Město Vrchlabín – odbor komunikace, IČO " + I40,
                    [
                        ["Povolení natáčení", "ANO"],
                        ["Přístup k XML výsledkům", "NE"],
                        ["Kontakt", "Lucie Benešová, benesova@vrchlabin.example, 499 302 611"],
                    ],
                ],
            )
        ],
    },
    _mail(
        "dd041-austrian-html-old-address",
        "Austrian German in HTML only: an earlier address is no longer in service, "
        "filming asked as Dreharbeiten",
        Style.FOREIGN,
        L(
            [FEED, FILM],
            "Salzachtal Medien GmbH",
            None,
            None,
            ["192.0.2.200"],
            ["192.0.2.201"],
            "Florian Reiter",
            "f.reiter@salzachtal.example",
            "+43662841927",
        ),
        "Florian Reiter <f.reiter@salzachtal.example>",
        "Ansuchen Datenzugang und Dreharbeiten",
        MAC_OUTLOOK,
        "",
    ),
    _mail(
        "dd042-english-czech-startup-base64",
        "a data startup writes English with Czech bits, addresses from 198.18.0.0/15, "
        "base64; the signer's colleague in copy is not the contact",
        Style.MIXED,
        L(
            [FEED],
            "DataVolby Lab s.r.o.",
            I42,
            None,
            ["198.18.4.10", "198.18.4.11"],
            ["198.18.4.20"],
            "Adam Novotný",
            "adam@datavolby.example",
            "+420720114589",
        ),
        "Adam Novotný <adam@datavolby.example>",
        "Feed access request – DataVolby Lab",
        OUTLOOK,
        "Hi,\n\nwe are DataVolby Lab s.r.o. (IČO " + I42 + "), a small team building election "
        "visualisations for regional media. We'd like access to the results XML.\n\n"
        "prod: 198.18.4.10, 198.18.4.11\ntest: 198.18.4.20\n\n"
        "Kontakt: Adam Novotný, +420 720 114 589 (Eva in cc handles invoices only).\n\n"
        "Díky,\nAdam\n",
        cte="base64",
        cc="eva@datavolby.example",
    ),
]

# HTML-only bodies
CASES[7].pop("body")
CASES[7]["html"] = (
    "<html><body><p>Dobrý den,</p><p>Statutární město Krnovice (IČO " + I36 + ") žádá o "
    "přístup k výsledkům voleb pro městský portál.</p>"
    "<table border='1'><tr><th>Produkční</th><th>Testovací</th></tr>"
    "<tr><td>198.51.100.50 - 52</td><td>198.51.100.55</td></tr></table>"
    "<table border='1'><tr><td>Kontakt</td><td>Doležalová Marie</td></tr>"
    "<tr><td>Tel.</td><td>554 107 322</td></tr></table>"
    "<p>S pozdravem<br>Marie Doležalová, tisková mluvčí</p></body></html>"
)
CASES[12].pop("body")
CASES[12]["html"] = (
    "<div>Sehr geehrte Damen und Herren,<br><br>die Salzachtal Medien GmbH (FN 381245k, "
    "Salzburg) ersucht um Zugang zum XML-Server mit den Wahlergebnissen sowie um eine "
    "Genehmigung für Dreharbeiten in einer Sammelstelle.<br><br>Produktion: 192.0.2.200<br>"
    "Test: 192.0.2.201<br>(Die früher gemeldete 192.0.2.199 ist nicht mehr in Betrieb.)<br><br>"
    "Mit freundlichen Grüßen<br>Florian Reiter<br>Salzachtal Medien GmbH<br>"
    "Tel. +43 662 84 19 27</div>"
)
