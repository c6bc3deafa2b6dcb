"""Forty-fourth held-out part ``bf``, cases bf015–bf028: a Slovak phone mail, a mail quoting
the office's own press release, an HTML-only OWA table with merged cells, an iPhone top-post
correcting the phone, a Polish sender in base64, a data message with a workbook, a contact
handed over to a colleague, a German sender asking for both, an RTF behind a Zimbra cover, an
address with a netmask, a Hungarian sender, an HTML-only Gmail signature naming several
people, a filming request withdrawn in a P.S. and a data message with an ODT. Written by hand
apart from the extraction rules (see make_fortyfourth_bf); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortyfourth_bf_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    MAC_OUTLOOK,
    OWA,
    SAMSUNG,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
)

I15, I16, I17, I18 = ico("3640172"), ico("2791543"), ico("0566208"), ico("2934817")
I20, I21, I23, I24 = ico("0471396"), ico("2857064"), ico("0692531"), ico("2710489")
I26, I27, I28 = ico("0583627"), ico("2469150"), ico("0745318")

CASES: list[dict[str, Any]] = [
    {
        "id": "bf015-slovak-samsung-no-diacritics",
        "description": "Slovak sender typing on a Samsung phone without diacritics; 'ostry' "
        "and 'testovaci' server, a Slovak mobile written with a leading zero",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Zahorsky hlas, s. r. o.",
            I15,
            None,
            ["198.51.100.171"],
            ["198.51.100.172"],
            "Marek Hudec",
            "hudec@zahorskyhlas.example",
            "+421905318462",
        ),
        "from": "Marek Hudec <hudec@zahorskyhlas.example>",
        "subject": "pristup k vysledkom volieb",
        "headers": SAMSUNG,
        "cte": "8bit",
        "body": "Dobry den,\n"
        "sme regionalny portal zo Skalice, firma Zahorsky hlas, s. r. o., ICO " + I15 + ".\n"
        "Chceli by sme pristup k XML vysledkom volieb do PS.\n"
        "ostry server 198.51.100.171\n"
        "testovaci 198.51.100.172\n"
        "kontakt ja, Marek Hudec, 0905 318 462 (SK)\n"
        "Dakujem\n"
        "\n"
        "Odoslane z mojho Galaxy\n",
    },
    {
        "id": "bf016-gmail-quotes-office-press-release",
        "description": "the mail quotes the office's press release (its IČO, data box, press "
        "phone, czso.cz) before the request; production as a written range, no test",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Podještědský obzor s.r.o.",
            I16,
            None,
            ["198.51.100.20", "198.51.100.21", "198.51.100.22"],
            [],
            "Simona Pešková",
            "simona.peskova@podjestedsky.example",
            "+420776251930",
        ),
        "from": "Simona Pešková <simona.peskova@podjestedsky.example>",
        "subject": "přístup k výsledkům - podle vaší tiskové zprávy",
        "headers": GMAIL,
        "body": "Dobrý den,\n"
        "\n"
        "ve vaší tiskové zprávě stojí:\n"
        "\n"
        "> Média, která mají zájem o přímý přístup k výsledkům voleb ve formátu XML,\n"
        "> mohou zasílat žádosti do 15. září na podatelna@czso.cz nebo do datové\n"
        "> schránky 2gfaasy. Český statistický úřad, IČO 00025593.\n"
        "> Kontakt pro média: tiskové oddělení, tel. +420 274 052 733, www.czso.cz\n"
        "\n"
        "takže posílám: jsme Podještědský obzor s.r.o., IČO " + I16 + ", a chtěli bychom "
        "přístup. Stahovat budeme z adres 198.51.100.20 až 198.51.100.22, testovací "
        "prostředí nemáme, otestujeme to rovnou na nich.\n"
        "\n"
        "Kdyby bylo potřeba cokoli upřesnit, jsem na 776 251 930.\n"
        "\n"
        "Díky moc a ať se volby vydaří :)\n"
        "Simona Pešková\n"
        "Podještědský obzor\n",
    },
    {
        "id": "bf017-owa-html-only-rowspan",
        "description": "HTML-only OWA mail: a table whose role cell spans two address rows "
        "(rowspan), a filming row with ANO, the contact in the last row",
        "style": Style.HTML,
        "labels": L(
            [FEED, FILM],
            "Plzeňská televize a.s.",
            I17,
            None,
            ["203.0.113.61", "203.0.113.62"],
            ["203.0.113.63", "203.0.113.64"],
            "Michaela Vrbová",
            "vrbova@plzenskatv.example",
            "+420727604318",
        ),
        "from": "Vrbová Michaela <vrbova@plzenskatv.example>",
        "subject": "Volby 2025 – žádost Plzeňská televize",
        "headers": OWA,
        "html": '<html><body><div style="font-family:Calibri,Arial,Helvetica,sans-serif;'
        'font-size:11pt"><p>Dobrý den,</p><p>v příloze této zprávy nic není, vše '
        "posíláme přímo zde:</p>"
        '<table style="border-collapse:collapse" border="1">'
        '<tr><th colspan="2">Plzeňská televize a.s., IČO ' + I17 + "</th></tr>"
        '<tr><td rowspan="2">Produkční IP</td><td>203.0.113.61</td></tr>'
        "<tr><td>203.0.113.62</td></tr>"
        '<tr><td rowspan="2">Testovací IP</td><td>203.0.113.63</td></tr>'
        "<tr><td>203.0.113.64</td></tr>"
        "<tr><td>Přístup k XML</td><td>ANO</td></tr>"
        "<tr><td>Natáčení na pracovišti ČSÚ Plzeň</td><td>ANO</td></tr>"
        "<tr><td>Kontakt</td><td>Michaela Vrbová, +420 727 604 318</td></tr>"
        "</table><p>Děkujeme,<br>Michaela Vrbová<br>Plzeňská televize</p></div>"
        "</body></html>",
    },
    {
        "id": "bf018-iphone-top-post-corrects-phone",
        "description": "an iPhone top-post fixing the phone in the quoted earlier mail that "
        "holds the whole application ('v podpisu mam stare cislo')",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Náchodský posel s.r.o.",
            I18,
            None,
            ["192.0.2.150", "192.0.2.151"],
            ["192.0.2.155"],
            "Ondřej Čapek",
            "capek@nachodskyposel.example",
            "+420605772148",
        ),
        "from": "Ondřej Čapek <capek@nachodskyposel.example>",
        "subject": "Re: Žádost o přístup k XML – Náchodský posel",
        "headers": IPHONE,
        "body": "Jeste oprava, v podpisu mam stare cislo. Spravne je 605 772 148.\n"
        "Capek\n"
        "\n"
        "Odeslano z iPhonu\n"
        "\n"
        "> 3. 9. 2025 v 9:41, Ondřej Čapek <capek@nachodskyposel.example>:\n"
        ">\n"
        "> Dobrý den,\n"
        "> Náchodský posel s.r.o. (IČO " + I18 + ") žádá o přístup k výsledkům voleb v XML.\n"
        "> Produkční adresy: 192.0.2.150, 192.0.2.151\n"
        "> Testovací adresa: 192.0.2.155\n"
        ">\n"
        "> Ondřej Čapek\n"
        "> redaktor online\n"
        "> tel. 605 727 418\n",
    },
    {
        "id": "bf019-polish-english-base64",
        "description": "a Polish news agency writes English in a base64 Thunderbird mail; "
        "'main' and 'backup' servers are both production, a separate test host",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Agencja Informacyjna Śląsk sp. z o.o.",
            None,
            None,
            ["198.18.90.14", "198.18.90.15"],
            ["198.18.90.40"],
            "Katarzyna Wróblewska",
            "k.wroblewska@ais-slask.example",
            "+48601742358",
        ),
        "from": "Katarzyna Wróblewska <k.wroblewska@ais-slask.example>",
        "subject": "Request: election results XML access",
        "headers": TBIRD,
        "cte": "base64",
        "body": "Hello,\n"
        "\n"
        "I am writing on behalf of Agencja Informacyjna Śląsk sp. z o.o. (Katowice, "
        "Poland). We would like to get access to the XML feed with the results of the "
        "Czech parliamentary elections.\n"
        "\n"
        "Main server: 198.18.90.14\n"
        "Backup server: 198.18.90.15\n"
        "Test host: 198.18.90.40\n"
        "\n"
        "We have no Czech IČO; our Polish NIP is 634-28-71-905 if needed.\n"
        "\n"
        "Best regards,\n"
        "Katarzyna Wróblewska\n"
        "IT coordinator\n"
        "tel. +48 601 742 358\n",
    },
    {
        "id": "bf020-databox-xlsx-two-sheets",
        "description": "data message with a short annotation; the workbook puts the applicant "
        "on one sheet and addresses with a role column on another, an old address struck",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Východočeská mediální a.s.",
            I20,
            "p9vc4tz",
            ["203.0.113.201", "203.0.113.202"],
            ["203.0.113.209"],
            "Lenka Matoušková",
            "matouskova@vcmedia.example",
            "+420734882061",
        ),
        "databox": box(
            "p9vc4tz", "Východočeská mediální a.s.", "Masarykovo nám. 6, 500 02 Hradec Králové"
        ),
        "subject": "XML volby – údaje v příloze",
        "attachments": [
            (
                "xlsx",
                "volby_pristup.xlsx",
                [
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Název", "Východočeská mediální a.s."],
                            ["IČO", I20],
                            ["Kontaktní osoba", "Lenka Matoušková"],
                            ["Telefon", "734 882 061"],
                            ["E-mail", "matouskova@vcmedia.example"],
                        ],
                    },
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["Účel", "Adresa", "Poznámka"],
                            ["produkce", "203.0.113.201", ""],
                            ["produkce", "203.0.113.202", ""],
                            ["produkce", "203.0.113.190", "stará, už nepoužívat"],
                            ["test", "203.0.113.209", ""],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "bf021-apple-contact-handed-to-colleague",
        "description": "the sender signs but says she is away and names a colleague with "
        "his own mail and phone as the contact for the application",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Slovácký expres s.r.o.",
            I21,
            None,
            ["192.0.2.120"],
            ["192.0.2.121"],
            "Tomáš Vaněk",
            "vanek@slovackyexpres.example",
            "+420702518446",
        ),
        "from": "Eva Trnková <trnkova@slovackyexpres.example>",
        "subject": "přístup k výsledkům voleb – Slovácký expres",
        "headers": APPLE,
        "body": "Dobrý den,\n"
        "\n"
        "posílám žádost o přístup k XML výsledkům za Slovácký expres s.r.o. "
        "(IČO " + I21 + "). Naše adresa pro stahování je 192.0.2.120, na testování "
        "použijeme 192.0.2.121.\n"
        "\n"
        "Od pondělí jsem ale na dovolené, takže kontaktní osobou bude kolega Tomáš Vaněk "
        "(vanek@slovackyexpres.example, 702 518 446), který má volby technicky na starosti.\n"
        "\n"
        "Hezký den\n"
        "Eva Trnková\n"
        "šéfredaktorka\n"
        "+420 608 300 412\n",
    },
    {
        "id": "bf022-german-english-both-requests",
        "description": "a German public-service regional studio writes English from Mac "
        "Outlook, asks for the feed and to film, its signature lists two people",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Sachsenfunk Medien GmbH",
            None,
            None,
            ["2001:db8:5a::10", "2001:db8:5a::11"],
            ["2001:db8:5a::99"],
            "Jonas Weber",
            "jonas.weber@sachsenfunk.example",
            "+4917623819045",
        ),
        "from": "Jonas Weber <jonas.weber@sachsenfunk.example>",
        "subject": "Election night Prague – data access and filming permission",
        "headers": MAC_OUTLOOK,
        "body": "Dear colleagues,\n"
        "\n"
        "Sachsenfunk Medien GmbH from Dresden is preparing a live programme on the Czech "
        "election. We kindly ask for\n"
        "1) access to the results XML (production 2001:db8:5a::10 and 2001:db8:5a::11, "
        "test 2001:db8:5a::99), and\n"
        "2) permission for a two-person crew to film at the central collection point in "
        "Prague.\n"
        "\n"
        "Contact person for both requests is me.\n"
        "\n"
        "Best,\n"
        "Jonas Weber, Producer, +49 176 23819045\n"
        "Anna Krüger, Camera, +49 151 40277316\n"
        "Sachsenfunk Medien GmbH, Dresden\n",
    },
    {
        "id": "bf023-zimbra-cover-rtf-form",
        "description": "one-line Zimbra cover; the RTF form holds the application in a table "
        "whose test row says 'nepožadujeme', the contact written surname first",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Těšínské listy, s.r.o.",
            I23,
            None,
            ["198.51.100.5", "198.51.100.6"],
            [],
            "Dana Glogarová",
            "glogarova@tesinskelisty.example",
            "+420596112843",
        ),
        "from": "Dana Glogarová <glogarova@tesinskelisty.example>",
        "subject": "zadost",
        "headers": ZIMBRA,
        "body": "Dobrý den, v příloze žádost. S pozdravem D. Glogarová\n",
        "attachments": [
            (
                "rtf",
                "zadost_TL.rtf",
                [
                    "Žádost o přístup k výsledkům voleb (XML)",
                    [
                        ["Žadatel", "Těšínské listy, s.r.o."],
                        ["IČO", I23],
                        ["Produkční IP", "198.51.100.5, 198.51.100.6"],
                        ["Testovací IP", "-- nepožadujeme --"],
                        ["Kontaktní osoba", "Glogarová Dana"],
                        ["Telefon / e-mail", "596 112 843 / glogarova@tesinskelisty.example"],
                    ],
                    "V Českém Těšíně 4. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "bf024-evolution-netmask",
        "description": "production given as an address with a dotted netmask (four "
        "addresses) and a single test address, written by an admin in Evolution",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Kraj Online s.r.o.",
            I24,
            None,
            ["192.0.2.64", "192.0.2.65", "192.0.2.66", "192.0.2.67"],
            ["192.0.2.70"],
            "Pavla Horka",
            "horka@krajonline.example",
            "+420739205517",
        ),
        "from": "Filip Novotný <novotny@krajonline.example>",
        "subject": "IP pro XML vysledky",
        "headers": EVOLUTION,
        "cte": "8bit",
        "body": "Dobry den,\n"
        "\n"
        "za Kraj Online s.r.o. (ICO " + I24 + ") posilam adresy pro pristup k vysledkum:\n"
        "\n"
        "  produkce: 192.0.2.64 mask 255.255.255.252\n"
        "  test:     192.0.2.70\n"
        "\n"
        "Zadost podava a kontaktni osobou je nase vedouci redakce Pavla Horka, "
        "horka@krajonline.example, tel. 739 205 517. Ja jsem jen admin.\n"
        "\n"
        "--\n"
        "Filip Novotny, sysadmin, +420 604 811 029\n"
        "Pavla Horka, vedouci redakce\n"
        "Kraj Online s.r.o.\n",
    },
    {
        "id": "bf025-hungarian-english",
        "description": "a Hungarian portal writes English and signs with the Hungarian name "
        "order; the phone in Hungarian notation with 06",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Duna Hírek Kft.",
            None,
            None,
            ["203.0.113.33"],
            ["203.0.113.34"],
            "Szabó Kinga",
            "szabo.kinga@dunahirek.example",
            "+36301847265",
        ),
        "from": "Szabó Kinga <szabo.kinga@dunahirek.example>",
        "subject": "XML access request - Duna Hírek Kft.",
        "headers": GMAIL,
        "body": "Dear Czech Statistical Office,\n"
        "\n"
        "our news portal Duna Hírek Kft. (Budapest) would like to follow the Czech "
        "elections and asks for access to the results in XML format.\n"
        "Production IP: 203.0.113.33\n"
        "Test IP: 203.0.113.34\n"
        "\n"
        "Thank you in advance,\n"
        "Szabó Kinga\n"
        "data journalist\n"
        "Duna Hírek Kft.\n"
        "Tel.: 06 30 184 7265\n",
    },
    {
        "id": "bf026-gmail-html-only-signature-team",
        "description": "HTML-only Gmail mail with a signature table naming three editors; the "
        "text names the middle one as the contact, his phone in the table",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Mladoboleslavský deník s.r.o.",
            I26,
            None,
            ["198.18.120.7"],
            ["198.18.120.8"],
            "Stanislav Kořínek",
            "korinek@mbdenik.example",
            "+420723409186",
        ),
        "from": "Redakce MB deník <redakce@mbdenik.example>",
        "subject": "žádost o přístup k datům voleb",
        "headers": GMAIL,
        "html": '<div dir="ltr"><div>Dobrý den,</div><div><br></div><div>Mladoboleslavský '
        "deník s.r.o., IČO " + I26 + ", žádá o přístup k výsledkům voleb ve formátu XML. "
        "Stahovat budeme z 198.18.120.7, testovat z 198.18.120.8.</div><div><br></div>"
        "<div>Kontaktní osobou je Stanislav Kořínek (viz níže).</div><div><br></div>"
        '<div>Redakce</div><div><br></div>-- <br><div class="gmail_signature">'
        "<table><tr><td>Bc. Aneta Holá</td><td>šéfredaktorka</td><td>+420 602 331 700</td>"
        "<td>hola@mbdenik.example</td></tr>"
        "<tr><td>Stanislav Kořínek</td><td>editor dat</td><td>+420 723 409 186</td>"
        "<td>korinek@mbdenik.example</td></tr>"
        "<tr><td>Petr Lang</td><td>fotograf</td><td>+420 731 002 884</td>"
        "<td>lang@mbdenik.example</td></tr></table></div></div>",
    },
    {
        "id": "bf027-seznam-ps-withdraws-filming",
        "description": "asks for both in the body, then a P.S. cancels the filming (the "
        "cameraman is ill): only the feed remains",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Znojemský týden s.r.o.",
            I27,
            None,
            ["192.0.2.88"],
            ["192.0.2.89"],
            "Libor Šebesta",
            "libor.sebesta@znojemskytyden.example",
            "+420608175320",
        ),
        "from": "Libor Šebesta <libor.sebesta@znojemskytyden.example>",
        "subject": "volby - přístup a natáčení",
        "headers": SEZNAM,
        "body": "Dobrý den,\n"
        "za Znojemský týden s.r.o., IČO " + I27 + ", žádám:\n"
        "- o přístup k XML s výsledky (produkce 192.0.2.88, test 192.0.2.89)\n"
        "- o povolení natáčet na pracovišti ve Znojmě\n"
        "\n"
        "Kontakt: Libor Šebesta, 608 175 320\n"
        "\n"
        "S pozdravem\n"
        "Šebesta\n"
        "\n"
        "P.S. Natáčení prosím škrtněte, kameraman onemocněl a náhradu nemáme. "
        "Platí jen ten přístup k datům.\n",
    },
    {
        "id": "bf028-databox-odt-annotation-names-requests",
        "description": "data message whose annotation names both requests; the ODT lists "
        "addresses in a table and names the contact below the director's signature",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Rádio Orlice, s.r.o.",
            I28,
            "u3or7km",
            ["198.51.100.111", "198.51.100.112"],
            ["198.51.100.119"],
            "Markéta Šolcová",
            "solcova@radioorlice.example",
            "+420733690218",
        ),
        "databox": box("u3or7km", "Rádio Orlice, s.r.o.", "Palackého 88, 562 01 Ústí nad Orlicí"),
        "subject": "Žádost o přístup k XML výsledkům a o povolení nahrávání na pracovišti ČSÚ",
        "attachments": [
            (
                "odt",
                "zadost_radio_orlice.odt",
                [
                    "Rádio Orlice, s.r.o., IČO " + I28,
                    "Žádáme o přístup k výsledkům voleb ve formátu XML a o povolení pořídit "
                    "zvukový záznam na okresním pracovišti v Ústí nad Orlicí.",
                    [
                        ["Typ", "IP adresa"],
                        ["produkční", "198.51.100.111"],
                        ["produkční", "198.51.100.112"],
                        ["testovací", "198.51.100.119"],
                    ],
                    "Ing. Radim Kolář, jednatel",
                    "Kontakt pro vyřízení: Markéta Šolcová, tel. 733 690 218, "
                    "solcova@radioorlice.example",
                ],
            )
        ],
    },
]
