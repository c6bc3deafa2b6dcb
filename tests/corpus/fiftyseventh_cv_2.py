"""Fifty-seventh held-out part ``cv``, cases cv015–cv028: a Slovak HTML-only Gmail table, a
data message whose annotation corrects the PDF's phone, a forwarded .eml, an S/MIME-signed
university letter with IPv6, a Pole writing English from OWA, a freelance photographer on an
iPhone, an HTML-only /30 block, a reply to the office's query quoting its signature, a data
message with a workbook, a Hungarian writing English, a signature naming several people, a
format=flowed role sentence wrapped mid-way, a German replacing an old address and an ODT
behind a Seznam cover. Written by hand apart from the extraction rules (see
make_fiftyseventh_cv); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fiftyseventh_cv_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    MAC_OUTLOOK,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    L,
    Style,
    box,
    ico,
)

I15, I16, I17, I18 = ico("3615092"), ico("2718406"), ico("0694315"), ico("0021649")
I21, I22, I23, I25 = ico("2857013"), ico("0462871"), ico("2593740"), ico("2684159")
I26, I28 = ico("2671405"), ico("0729538")

CASES: list[dict[str, Any]] = [
    {
        "id": "cv015-slovak-gmail-html-only",
        "description": "HTML-only Gmail from a Slovak outlet: a table with 'Produkčné'/'Testovacie' "
        "rows, no IČO at all (a Slovak company) and a Slovak mobile; both requests",
        "style": Style.HTML,
        "labels": L(
            [FEED, FILM],
            "Záhorské médiá, s.r.o.",
            None,
            None,
            ["198.51.100.150", "198.51.100.151"],
            ["198.51.100.155"],
            "Martina Kollárová",
            "kollarova@zahorskemedia.example",
            "+421905318447",
        ),
        "from": "Martina Kollárová <kollarova@zahorskemedia.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb a natáčanie",
        "headers": GMAIL,
        "html": '<div dir="ltr"><div>Dobrý deň,</div><div><br></div>'
        "<div>Záhorské médiá, s.r.o. (Senica, SR) žiadajú o prístup k výsledkom volieb vo "
        "formáte XML a o povolenie natáčať na pracovisku ČSÚ v Brne počas volebnej noci."
        "</div><div><br></div>"
        '<table border="1" cellpadding="3"><tbody>'
        "<tr><td>Produkčné IP</td><td>198.51.100.150, 198.51.100.151</td></tr>"
        "<tr><td>Testovacie IP</td><td>198.51.100.155</td></tr>"
        "<tr><td>Kontaktná osoba</td><td>Martina Kollárová</td></tr>"
        "<tr><td>Telefón</td><td>+421 905 318 447</td></tr>"
        "<tr><td>Sídlo</td><td>Hurbanova 9, 905 01 Senica, SR</td></tr>"
        "</tbody></table><div><br></div>"
        "<div>S pozdravom</div><div>Martina Kollárová</div>"
        '<div class="gmail_signature">Záhorské médiá, s.r.o. | redakcia</div></div>',
    },
    {
        "id": "cv016-databox-annotation-corrects-pdf-phone",
        "description": "data message: the PDF application gives the contact's old mobile, the "
        "annotation says the number changed and gives the new one",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Vltavín Média, s.r.o.",
            I16,
            "v5nh2qa",
            ["192.0.2.30", "192.0.2.31"],
            ["192.0.2.39"],
            "Alena Čermáková",
            "cermakova@vltavin.example",
            "+420604771285",
        ),
        "databox": box("v5nh2qa", "Vltavín Média, s.r.o.", "Husova 221, 370 01 České Budějovice"),
        "subject": "Žádost o přístup k výsledkům voleb (XML). Pozor: paní Čermáková má nové "
        "číslo 604 771 285, číslo v PDF již neplatí.",
        "attachments": [
            (
                "pdf",
                "zadost_XML_Vltavin.pdf",
                [
                    "Vltavín Média, s.r.o., IČO " + I16,
                    "Žádost o zpřístupnění výsledků voleb",
                    {
                        "rows": [
                            ["Produkční IP adresy", "192.0.2.30\n192.0.2.31"],
                            ["Testovací IP adresa", "192.0.2.39"],
                            ["Kontaktní osoba", "Alena Čermáková"],
                            ["E-mail", "cermakova@vltavin.example"],
                            ["Mobil", "731 402 966"],
                        ],
                        "widths": [160, 260],
                    },
                    "Jan Rybář, jednatel",
                ],
            )
        ],
    },
    {
        "id": "cv017-forwarded-eml-from-chief-editor",
        "description": "the office manager forwards the chief editor's mail as an attached .eml; "
        "her own note only adds the IČO; the editor inside is the contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Posázaví Press s.r.o.",
            I17,
            None,
            ["198.18.40.10", "198.18.40.11"],
            ["198.18.40.20"],
            "Filip Navrátil",
            "navratil@posazavipress.example",
            "+420722503118",
        ),
        "from": "Sekretariát Posázaví Press <sekretariat@posazavipress.example>",
        "subject": "Fw: žádost o výsledky voleb",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\n"
        "v příloze přeposílám žádost našeho šéfredaktora. IČO společnosti Posázaví Press "
        "s.r.o. je " + I17 + ".\n\n"
        "Hana Stejskalová\nsekretariát\n",
        "attachments": [
            (
                "eml",
                "zadost_sefredaktor.eml",
                {
                    "id": "cv017-inner",
                    "from": "Filip Navrátil <navratil@posazavipress.example>",
                    "to": "sekretariat@posazavipress.example",
                    "subject": "žádost o výsledky voleb",
                    "headers": APPLE,
                    "body": "Hani, pošli to prosím na ČSÚ:\n\n"
                    "Žádáme o přístup k výsledkům voleb ve formátu XML.\n"
                    "Produkce: 198.18.40.10, 198.18.40.11\n"
                    "Test: 198.18.40.20\n"
                    "Kontakt: Filip Navrátil, 722 503 118, navratil@posazavipress.example\n\n"
                    "Díky, F.\n",
                },
            )
        ],
    },
    {
        "id": "cv018-smime-university-faculty-ipv6",
        "description": "S/MIME-signed mail from a faculty: the university applies; IPv6 production "
        "and test addresses, one written with a /127 prefix (two addresses)",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Univerzita Jana Ámose v Mikulově, veřejná vysoká škola",
            I18,
            None,
            ["2001:db8:77::10", "2001:db8:77::11"],
            ["2001:db8:77::20"],
            "Daniel Beneš",
            "benes@fsv.ujam.example",
            "+420519330871",
        ),
        "from": "Daniel Beneš <benes@fsv.ujam.example>",
        "subject": "Žádost fakulty o přístup k výsledkům voleb",
        "headers": OUTLOOK,
        "smime": True,
        "body": "Vážení,\n\n"
        "Fakulta sociálních věd Univerzity Jana Ámose v Mikulově pořádá volební noc se "
        "studentským zpravodajstvím a žádá o přístup k výsledkům voleb ve formátu XML.\n"
        "Žadatelem je Univerzita Jana Ámose v Mikulově, veřejná vysoká škola, IČO " + I18 + ".\n\n"
        "Produkční server: 2001:db8:77::10/127\n"
        "Testovací server: 2001:db8:77::20\n\n"
        "Kontaktní osoba: Ing. Daniel Beneš, Ph.D., tel. 519 330 871\n\n"
        "S pozdravem\nDaniel Beneš\nCentrum výpočetní techniky FSV\n",
    },
    {
        "id": "cv019-polish-english-owa",
        "description": "a Polish news portal writing English from OWA, with the signature in "
        "Polish; both requests; a Polish mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Portal Śląski Sp. z o.o.",
            None,
            None,
            ["203.0.113.110", "203.0.113.111"],
            ["203.0.113.119"],
            "Agnieszka Wróbel",
            "a.wrobel@portalslaski.example",
            "+48601442873",
        ),
        "from": "Agnieszka Wróbel <a.wrobel@portalslaski.example>",
        "subject": "Election results access + filming request",
        "headers": OWA,
        "body": "Hello,\n\n"
        "we are Portal Śląski Sp. z o.o. from Katowice and we would like to report on the "
        "Czech elections. Could you please give us access to the XML results and also allow "
        "our reporter to film at the CZSO office in Ostrava on election night?\n\n"
        "IP addresses - production: 203.0.113.110, 203.0.113.111; testing: 203.0.113.119\n\n"
        "Thank you in advance.\n\n"
        "Z poważaniem / Kind regards\n"
        "Agnieszka Wróbel\nkierownik działu technicznego\nPortal Śląski Sp. z o.o.\n"
        "tel. kom. +48 601 442 873\n",
    },
    {
        "id": "cv020-iphone-freelance-photographer-film-only",
        "description": "a freelance photographer without a company or IČO asks on her phone "
        "to photograph; no addresses",
        "style": Style.PHONE,
        "labels": L(
            [FILM],
            "Simona Kadlecová",
            None,
            None,
            [],
            [],
            "Simona Kadlecová",
            "simona.kadlecova@fotopost.example",
            "+420774209531",
        ),
        "from": "Simona Kadlecová <simona.kadlecova@fotopost.example>",
        "subject": "foceni volby",
        "headers": IPHONE,
        "body": "Dobry den,\n"
        "jsem fotografka na volne noze a chtela bych pozadat o povoleni fotit v den voleb "
        "na vasem pracovisti v Praze (pro agenturu, ktere fotky prodavam). Zadne "
        "technicke pripojeni nepotrebuju.\n"
        "Simona Kadlecova\n"
        "774 209 531\n\n"
        "Odesláno z iPhonu\n",
    },
    {
        "id": "cv021-roundcube-html-only-cidr",
        "description": "HTML-only Roundcube mail: the production block as a /30 in a <pre>, the "
        "test address in a list item",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Severočeský zpravodaj, s.r.o.",
            I21,
            None,
            ["198.51.100.164", "198.51.100.165", "198.51.100.166", "198.51.100.167"],
            ["198.51.100.170"],
            "Václav Kučera",
            "kucera@sczpravodaj.example",
            "+420475600831",
        ),
        "from": "Václav Kučera <kucera@sczpravodaj.example>",
        "subject": "XML výsledky - Severočeský zpravodaj",
        "headers": ROUNDCUBE,
        "html": '<html><body style="font-family:sans-serif">'
        "<p>Dobrý den,</p><p>prosíme o zařazení mezi odběratele výsledků voleb. "
        "Severočeský zpravodaj, s.r.o., IČO " + I21 + ".</p>"
        "<p>Produkce (celý blok):</p><pre>198.51.100.164/30</pre>"
        "<ul><li>test: 198.51.100.170</li></ul>"
        "<p>Kontakt: Václav Kučera, tel. 475 600 831</p>"
        '<p>--&nbsp;<br>Václav Kučera<br><a href="mailto:kucera@sczpravodaj.example">'
        "kucera@sczpravodaj.example</a></p></body></html>",
    },
    {
        "id": "cv022-reply-to-office-query-quoting-its-signature",
        "description": "an answer to the office's query for the missing test address; the quoted "
        "office mail carries its phone and IČO, the applicant's details are in the quoted "
        "original below it",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Rádio Haná Plus s.r.o.",
            I22,
            None,
            ["192.0.2.120"],
            ["192.0.2.121"],
            "Michal Sedláček",
            "sedlacek@radiohanaplus.example",
            "+420608213774",
        ),
        "from": "Michal Sedláček <sedlacek@radiohanaplus.example>",
        "subject": "RE: Doplnění žádosti - Rádio Haná Plus",
        "headers": OUTLOOK,
        "body": "Dobrý den,\n\n"
        "testovací adresa bude 192.0.2.121.\n\n"
        "S pozdravem\nMichal Sedláček\n\n"
        "From: Podatelna ČSÚ <podatelna@czso.cz>\n"
        "Sent: Wednesday, September 17, 2025 10:02 AM\n"
        "Subject: Doplnění žádosti - Rádio Haná Plus\n\n"
        "Dobrý den,\n"
        "ve Vaší žádosti chybí testovací IP adresa. Prosíme o doplnění.\n"
        "Podatelna ČSÚ\n"
        "Český statistický úřad, Na padesátém 81, Praha 10, IČO 00025593\n"
        "tel. +420 274 052 733 | www.czso.cz\n\n"
        "From: Michal Sedláček <sedlacek@radiohanaplus.example>\n"
        "Sent: Tuesday, September 16, 2025 2:15 PM\n"
        "Subject: Žádost o přístup k výsledkům voleb\n\n"
        "Dobrý den,\n"
        "Rádio Haná Plus s.r.o. (IČO " + I22 + ") žádá o přístup k XML s výsledky voleb "
        "z produkční adresy 192.0.2.120.\n"
        "Kontakt: Michal Sedláček, 608 213 774.\n",
    },
    {
        "id": "cv023-databox-xlsx-five-production",
        "description": "data message with a workbook: five production addresses in a column "
        "under a merged title, the test address and the contact on a second sheet",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Mediální skupina Podřipsko a.s.",
            I23,
            "p2mx7rc",
            ["198.18.60.1", "198.18.60.2", "198.18.60.3", "198.18.60.4", "198.18.60.5"],
            ["198.18.61.1"],
            "Irena Koubková",
            "koubkova@msp.example",
            "+420416551920",
        ),
        "databox": box(
            "p2mx7rc", "Mediální skupina Podřipsko a.s.", "Komenského 12, 413 01 Roudnice"
        ),
        "subject": "Přístup k výsledkům voleb - údaje v příloze",
        "attachments": [
            (
                "xlsx",
                "volby_IP.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Mediální skupina Podřipsko a.s. - produkční IP", None],
                            ["198.18.60.1", "server A"],
                            ["198.18.60.2", "server B"],
                            ["198.18.60.3", "server C"],
                            ["198.18.60.4", "server D"],
                            ["198.18.60.5", "záložní"],
                        ],
                        "merge": ["A1:B1"],
                    },
                    {
                        "title": "Test a kontakt",
                        "rows": [
                            ["Testovací IP", "198.18.61.1"],
                            ["IČO", I23],
                            ["Kontakt", "Irena Koubková"],
                            ["Telefon", "416 551 920"],
                            ["E-mail", "koubkova@msp.example"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "cv024-hungarian-english-android",
        "description": "a Hungarian editor writing English from K-9 Mail, her name given "
        "given-name first in the English text; Hungarian mobile; production only",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Dunamente Hírek Kft.",
            None,
            None,
            ["192.0.2.180", "192.0.2.181"],
            [],
            "Réka Halász",
            "halasz.reka@dunamente.example",
            "+36301457892",
        ),
        "from": "Halász Réka <halasz.reka@dunamente.example>",
        "subject": "request: election results feed",
        "headers": K9,
        "body": "Dear colleagues,\n\n"
        "Dunamente Hírek Kft. (Győr, Hungary) asks for access to the election results "
        "server. We will use 192.0.2.180 and 192.0.2.181 for production; we don't have a "
        "separate test machine.\n\n"
        "Contact person: Réka Halász, +36 30 145 7892\n\n"
        "thanks,\nRéka\n\n-- \nSent from my Android device with K-9 Mail.\n",
    },
    {
        "id": "cv025-signature-names-several-people",
        "description": "Mac Outlook; the signature block lists the chief editor, the IT man "
        "and the press officer, the text names the IT man as the contact; both requests",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED, FILM],
            "Rozhlas Český ráj, s.r.o.",
            I25,
            None,
            ["203.0.113.30", "203.0.113.31"],
            ["203.0.113.35"],
            "Dušan Krejčí",
            "krejci@rozhlascr.example",
            "+420731884206",
        ),
        "from": "Helena Vodičková <vodickova@rozhlascr.example>",
        "subject": "Volby - XML a natáčení",
        "headers": MAC_OUTLOOK,
        "body": "Dobrý den,\n\n"
        "Rozhlas Český ráj, s.r.o. žádá o přístup k výsledkům (XML) z adres 203.0.113.30 a "
        "203.0.113.31, test 203.0.113.35, a o povolení natáčet na pracovišti v Liberci. Za "
        "technickou stránku odpovídá náš kolega z IT (viz níže), ten je kontaktní osobou.\n\n"
        "Děkujeme\n\n"
        "Rozhlas Český ráj, s.r.o. | IČO " + I25 + "\n"
        "Helena Vodičková, šéfredaktorka – 481 320 100, vodickova@rozhlascr.example\n"
        "Dušan Krejčí, IT – 731 884 206, krejci@rozhlascr.example\n"
        "Tomáš Bureš, tiskový mluvčí – 603 771 440, bures@rozhlascr.example\n",
    },
    {
        "id": "cv026-flowed-role-sentence-wrapped",
        "description": "format=flowed Thunderbird mail: the role sentence wraps in the middle, "
        "'testovací' at the end of one line and its address at the start of the next",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Kladenské listy, s.r.o.",
            I26,
            None,
            ["198.51.100.61", "198.51.100.62"],
            ["198.51.100.69"],
            "Adam Říha",
            "riha@kladenskelisty.example",
            "+420312244870",
        ),
        "from": "Adam Říha <riha@kladenskelisty.example>",
        "subject": "Volby - žádost o přístup",
        "headers": TBIRD,
        "flowed": True,
        "body": "Dobrý den,\n\n"
        "za Kladenské listy, s.r.o. (IČO " + I26 + ") žádám o přístup k \n"
        "výsledkům voleb. Naše produkční adresy jsou 198.51.100.61 a \n"
        "198.51.100.62, testovací \n"
        "198.51.100.69. Kontaktní osoba: Adam Říha, tel. 312 244 870.\n\n"
        "Děkuji\nAdam Říha\n",
    },
    {
        "id": "cv027-german-english-old-address-replaced",
        "description": "a German agency writing English names last year's address as replaced "
        "and gives the new one; German landline",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Nachrichtenbüro Elbe GmbH",
            None,
            None,
            ["203.0.113.81", "203.0.113.82"],
            ["203.0.113.88"],
            "Jonas Weber",
            "weber@nb-elbe.example",
            "+4935121774410",
        ),
        "from": "Jonas Weber <weber@nb-elbe.example>",
        "subject": "Election feed access 2025 - Nachrichtenbüro Elbe",
        "headers": TBIRD,
        "body": "Good morning,\n\n"
        "as in previous years, Nachrichtenbüro Elbe GmbH (Dresden) would like access to the "
        "election results XML. Please note that our old server 203.0.113.80 has been "
        "replaced by 203.0.113.81; the second production server 203.0.113.82 stays. Test: "
        "203.0.113.88.\n\n"
        "Contact: Jonas Weber, phone +49 351 21774410\n\n"
        "Kind regards\nJonas Weber\nIT Operations\n",
    },
    {
        "id": "cv028-seznam-cover-odt-form",
        "description": "two-line Seznam cover; the ODT is a filled-in form with role rows and an "
        "ANO/NE request column (both ANO)",
        "style": Style.COVER,
        "labels": L(
            [FEED, FILM],
            "Vyškovský týden s.r.o.",
            I28,
            None,
            ["192.0.2.210"],
            ["192.0.2.211"],
            "Ludmila Pešková",
            "peskova@vyskovskytyden.example",
            "+420517348902",
        ),
        "from": "Ludmila Pešková <peskova@vyskovskytyden.example>",
        "subject": "zadost volby",
        "headers": SEZNAM,
        "body": "Dobrý den, v příloze vyplněný formulář.\nL. Pešková\n",
        "attachments": [
            (
                "odt",
                "formular_volby.odt",
                [
                    "Žádost média – volby",
                    [
                        ["Žadatel", "Vyškovský týden s.r.o."],
                        ["IČO", I28],
                        ["Přístup k XML výsledkům", "ANO"],
                        ["Povolení natáčet/fotografovat", "ANO"],
                        ["Produkční IP", "192.0.2.210"],
                        ["Testovací IP", "192.0.2.211"],
                        ["Kontaktní osoba", "Ludmila Pešková"],
                        ["Telefon", "517 348 902"],
                        ["E-mail", "peskova@vyskovskytyden.example"],
                    ],
                ],
            )
        ],
    },
]
