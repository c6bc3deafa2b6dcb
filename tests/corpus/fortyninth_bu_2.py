"""Forty-ninth held-out part ``bu``, cases bu015–bu028: a forward as an attached .eml, an
inline forward whose latest word replaces old addresses, an HTML-only Gmail mail with a
several-person signature table, a data message with a workbook and a written range, a German
sender writing English, a windows-1250 Seznam note that corrects a typo, an iso-8859-2 faculty
letter, a signed mail from a servis@ mailbox, a data message from a photographer, addresses
pasted from a ticket system, an inline answer under the officer's question and the office's
signature, an HTML-only mail from Austria, a contact corrected mid-message and an ODT behind a
phone-typed cover. Written by hand apart from the extraction rules (see make_fortyninth_bu);
labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortyninth_bu_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    MAC_OUTLOOK,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    L,
    Style,
    box,
    ico,
)

I15, I16, I17, I18 = ico("2618094"), ico("0473915"), ico("2791350"), ico("2560481")
I20, I21, I22, I23 = ico("2853107"), ico("0021654"), ico("2714603"), ico("7305128")
I24, I25, I27, I28 = ico("2681539"), ico("0469812"), ico("2907465"), ico("2746150")

CASES: list[dict[str, Any]] = [
    {
        "id": "bu015-forward-attached-eml-tech-note",
        "description": "the editor forwards the technician's mail as an attached .eml with one "
        "line of her own; the addresses and the named contact are only in the inner mail",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Chebský kurýr s.r.o.",
            I15,
            None,
            ["203.0.113.201", "203.0.113.202"],
            ["203.0.113.209"],
            "David Souček",
            "soucek@chebskykuryr.example",
            "+420604229718",
        ),
        "from": "Martina Zelená <zelena@chebskykuryr.example>",
        "subject": "Fwd: IP pro volby",
        "headers": APPLE,
        "body": "Dobrý den, posílám technické údaje od kolegy, prosíme o přístup k výsledkům "
        "pro Chebský kurýr s.r.o. (IČO " + I15 + "). Díky, M. Zelená, šéfredaktorka\n",
        "attachments": [
            (
                "eml",
                "IP pro volby.eml",
                {
                    "id": "bu015-inner",
                    "from": "David Souček <soucek@chebskykuryr.example>",
                    "to": "zelena@chebskykuryr.example",
                    "subject": "IP pro volby",
                    "body": "Martino,\n\npro ČSÚ: produkce 203.0.113.201 a 203.0.113.202, "
                    "test 203.0.113.209. Kontaktní osobu klidně napiš mě, David Souček, "
                    "604 229 718, ať to s nima řeším přímo.\n\nD.\n",
                },
            )
        ],
    },
    {
        "id": "bu016-inline-forward-old-addresses-replaced",
        "description": "an inline forward of a two-level history: last year's addresses in the "
        "quoted original, the top note says they are replaced and gives the new ones",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "TV Podbrdsko s.r.o.",
            I16,
            None,
            ["198.51.100.221", "198.51.100.222"],
            ["198.51.100.230"],
            "Robert Klíma",
            "klima@tvpodbrdsko.example",
            "+420720551803",
        ),
        "from": "Robert Klíma <klima@tvpodbrdsko.example>",
        "subject": "FW: Žádost o přístup – volby 2024",
        "headers": MAC_OUTLOOK,
        "body": "Dobrý den,\n\npřeposílám naši loňskou žádost, platí vše kromě adres – "
        "staré 198.51.100.21 a .22 už nepoužíváme, nové produkční jsou 198.51.100.221 a "
        "198.51.100.222, testovací 198.51.100.230.\n\nRobert Klíma\nTV Podbrdsko\n"
        "720 551 803\n\n"
        "From: Robert Klíma <klima@tvpodbrdsko.example>\nDate: Monday, 2 September 2024 "
        "9:14\nTo: podatelna@czso.cz\nSubject: Žádost o přístup – volby 2024\n\n"
        "Dobrý den,\nTV Podbrdsko s.r.o., IČO " + I16 + ", žádá o přístup k výsledkům.\n"
        "Produkce: 198.51.100.21, 198.51.100.22\nTest: 198.51.100.30\nKontakt: Robert Klíma, "
        "klima@tvpodbrdsko.example, 720 551 803\n",
    },
    {
        "id": "bu017-html-only-gmail-signature-table-film",
        "description": "HTML-only Gmail mail asking only to film; the signature is a table of "
        "three people, one row marked as the contact for filming",
        "style": Style.HTML,
        "labels": L(
            [FILM],
            "Studio Ostrůvek s.r.o.",
            I17,
            None,
            [],
            [],
            "Kamila Brožová",
            "brozova@ostruvek.example",
            "+420734662190",
        ),
        "from": "Jakub Ryšavý <rysavy@ostruvek.example>",
        "subject": "Povolení natáčení – volební noc",
        "headers": GMAIL,
        "html": '<div dir="ltr"><div>Dobrý den,</div><div><br></div><div>produkční studio '
        "Studio Ostrůvek s.r.o. (IČO " + I17 + ") připravuje dokument o volbách a prosí o "
        "povolení natáčet na vašem pracovišti v Plzni ve večer sčítání. XML výsledky "
        'nepotřebujeme.</div><div><br></div><div>--</div><table style="font-size:12px">'
        "<tr><td><b>Jakub Ryšavý</b></td><td>režisér</td><td>+420 731 005 442</td></tr>"
        "<tr><td><b>Kamila Brožová</b></td><td>produkce – kontakt pro natáčení</td>"
        "<td>+420 734 662 190<br>brozova@ostruvek.example</td></tr>"
        "<tr><td><b>Petr Kočí</b></td><td>kamera</td><td>+420 608 117 230</td></tr></table>"
        "</div>",
    },
    {
        "id": "bu018-databox-xlsx-range",
        "description": "data message with a bare annotation; the workbook writes production as a "
        "range (.100–.103) expanded to four addresses and a test address in a second sheet",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Zlínská televize, a.s.",
            I18,
            "zt7m3qa",
            ["198.51.100.100", "198.51.100.101", "198.51.100.102", "198.51.100.103"],
            ["198.51.100.110"],
            "Filip Doležal",
            "dolezal@zlintv.example",
            "+420730448172",
        ),
        "databox": box("zt7m3qa", "Zlínská televize, a.s.", "Tř. T. Bati 210, 760 01 Zlín"),
        "subject": "Volby – přístup k XML",
        "attachments": [
            (
                "xlsx",
                "volby_ZTV.xlsx",
                [
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Žadatel", "Zlínská televize, a.s."],
                            ["IČO", I18],
                            ["Žádáme o", "přístup k výsledkům (XML)"],
                            ["Kontakt", "Doležal Filip"],
                            ["e-mail", "dolezal@zlintv.example"],
                            ["tel.", "730 448 172"],
                        ],
                    },
                    {
                        "title": "IP",
                        "rows": [
                            ["Účel", "Adresy"],
                            ["produkce", "198.51.100.100 – 198.51.100.103"],
                            ["test", "198.51.100.110"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "bu019-german-sender-english",
        "description": "a German broadcaster writing English, no Czech IČO; production IPv6 "
        "and IPv4, test in a later paragraph; a German mobile and a Berlin switchboard",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Ostwind Rundfunk GmbH",
            None,
            None,
            ["2001:db8:be::5", "192.0.2.205"],
            ["192.0.2.206"],
            "Jonas Becker",
            "j.becker@ostwind-rundfunk.example",
            "+4915142207318",
        ),
        "from": "Jonas Becker <j.becker@ostwind-rundfunk.example>",
        "subject": "Application: election results feed and filming permit",
        "headers": APPLE,
        "body": "Dear Sir or Madam,\n\nOstwind Rundfunk GmbH (Berlin) would like to apply for "
        "access to the election results server and for permission to film at your Prague "
        "collection point on election night.\n\nOur production systems connect from "
        "2001:db8:be::5 and 192.0.2.205.\n\nWe also have a staging system for testing, "
        "192.0.2.206.\n\nI am the contact for both requests: Jonas Becker, "
        "+49 151 4220 7318.\n\nBest regards\nJonas Becker\nHead of Data Desk\n"
        "Ostwind Rundfunk GmbH | Schönhauser Allee 7, 10119 Berlin\nT +49 30 2045 100 "
        "(switchboard)\n",
    },
    {
        "id": "bu020-windows1250-seznam-typo-corrected",
        "description": "windows-1250 8bit Seznam mail, chatty; a production address is typed "
        "wrong and corrected two lines later ('pardon, překlep')",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Hlas Berounska s.r.o.",
            I20,
            None,
            ["203.0.113.105"],
            ["203.0.113.106"],
            "Ivana Šimková",
            "hlasberounska@email.example",
            "+420736118402",
        ),
        "from": "Hlas Berounska <hlasberounska@email.example>",
        "subject": "výsledky voleb - žádost",
        "headers": SEZNAM,
        "charset": "windows-1250",
        "cte": "8bit",
        "body": "Dobrý den :)\n\npíšu za Hlas Berounska s.r.o. (IČO " + I20 + "), chtěli bysme "
        "se připojit na ten váš server s výsledky.\nostrý server 203.0.113.150\ntestovací "
        "203.0.113.106\n\npardon, překlep – ten ostrý je 203.0.113.105, ne 150.\n\nkdyby "
        "něco, Ivana Šimková, 736 118 402\n",
    },
    {
        "id": "bu021-iso88592-faculty-letter",
        "description": "iso-8859-2 letter from a faculty's department: the applicant is the "
        "university as written; the dean's office line and the department head are not the contact",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED, FILM],
            "Univerzita Horního Polabí",
            I21,
            None,
            ["198.18.90.10"],
            ["198.18.90.11"],
            "Jitka Macháčková",
            "jitka.machackova@uhp.example",
            "+420466037215",
        ),
        "from": "Jitka Macháčková <jitka.machackova@uhp.example>",
        "subject": "Žádost o přístup k výsledkům voleb a o natáčení",
        "headers": EVOLUTION,
        "charset": "iso-8859-2",
        "body": "Vážená paní, vážený pane,\n\nkatedra mediálních studií Fakulty "
        "humanitních studií Univerzity Horního Polabí (IČO " + I21 + ") žádá o přístup k "
        "průběžným výsledkům voleb pro studentský zpravodajský web a o povolení natáčet "
        "na pracovišti v Pardubicích.\n\nServer webu: 198.18.90.10, testovací instance: "
        "198.18.90.11.\n\nKontaktní osobou je Mgr. Jitka Macháčková, tel. 466 037 215 "
        "(přímá linka).\n\nS úctou\ndoc. PhDr. Karel Novotný, Ph.D.\nvedoucí katedry\n\n"
        "Univerzita Horního Polabí, Fakulta humanitních studií\nděkanát: 466 037 100\n",
    },
    {
        "id": "bu022-smime-servis-mailbox",
        "description": "S/MIME-signed mail from a shared servis@ mailbox signed by the service "
        "team; one member is named as the contact with his own address and mobile",
        "style": Style.SHARED,
        "labels": L(
            [FEED],
            "Česká regionální agentura, a.s.",
            I22,
            None,
            ["203.0.113.33", "203.0.113.34", "203.0.113.35"],
            ["203.0.113.36"],
            "Vladimír Pech",
            "pech@cra-zpravy.example",
            "+420725803664",
        ),
        "from": "Servis ČRA <servis@cra-zpravy.example>",
        "subject": "Žádost o přístup k volebnímu serveru",
        "headers": OUTLOOK,
        "smime": True,
        "body": "Dobrý den,\n\nČeská regionální agentura, a.s., IČO " + I22 + ", žádá o "
        "přístup k dedikovanému serveru s výsledky voleb.\n\nProdukční IP: 203.0.113.33, "
        "203.0.113.34, 203.0.113.35\nTestovací IP: 203.0.113.36\n\nZa tým servisu je "
        "kontaktní osobou Vladimír Pech (pech@cra-zpravy.example, +420 725 803 664).\n\n"
        "S pozdravem\nServisní tým ČRA\nVladimír Pech · Hana Koubková · Ondřej Marek\n"
        "dispečink 24/7: +420 222 731 800\n",
    },
    {
        "id": "bu023-databox-photographer-pdf",
        "description": "data message from a photographer in business (box type 40); filming "
        "only, the PDF is a short letter; the applicant is the person herself",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Zuzana Kolínská",
            I23,
            "zk8w2nd",
            [],
            [],
            "Zuzana Kolínská",
            "foto@kolinska.example",
            "+420775302918",
        ),
        "databox": box("zk8w2nd", "Zuzana Kolínská", "Lidická 33, 602 00 Brno", kind=40),
        "subject": "žádost o povolení fotografovat",
        "attachments": [
            (
                "pdf",
                "zadost_foto.pdf",
                [
                    "Zuzana Kolínská, fotografka | IČO " + I23 + " | Lidická 33, Brno",
                    "Dobrý den,",
                    "žádám o povolení fotografovat na krajském pracovišti ČSÚ v Brně během "
                    "zpracování výsledků voleb (reportáž pro týdeník na volné noze). Přístup "
                    "k datům nepotřebuji.",
                    "Kontakt: foto@kolinska.example, 775 302 918",
                    "Zuzana Kolínská",
                ],
            )
        ],
    },
    {
        "id": "bu024-ticket-system-paste",
        "description": "the addresses are a pasted internal firewall ticket (source, "
        "destination, environment fields); the ticket's destination and requester are not the applicant's",
        "style": Style.PASTE,
        "labels": L(
            [FEED],
            "Novinky Pojizeří s.r.o.",
            I24,
            None,
            ["198.51.100.150", "198.51.100.151"],
            ["198.51.100.152"],
            "Jakub Mareš",
            "mares@pojizeri.example",
            "+420731508246",
        ),
        "from": "Jakub Mareš <mares@pojizeri.example>",
        "subject": "přístup k výsledkům voleb – Novinky Pojizeří",
        "headers": ROUNDCUBE,
        "body": "Dobrý den,\n\nza Novinky Pojizeří s.r.o. (IČO " + I24 + ") žádám o přístup "
        "k XML výsledkům. Adresy kopíruji z našeho ticketu pro firewall:\n\n"
        "[#NET-4471] Povolit odchozí HTTPS na volby ČSÚ\nStav: Vyřešeno\n"
        "Zadal: Lukáš Beneš\nZdroj (PROD): 198.51.100.150, 198.51.100.151\n"
        "Zdroj (UAT): 198.51.100.152\nCíl: server ČSÚ (adresu dodá ČSÚ)\nPort: 443/tcp\n\n"
        "UAT = náš testovací server. Kontakt: Jakub Mareš, 731 508 246.\n\nDíky\nJakub Mareš\n",
    },
    {
        "id": "bu025-inline-answer-under-officer-question",
        "description": "answers inline under the officer's quoted question, whose signature "
        "has the office's IČO and phone; production from the quoted original, test given now",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Tachovský zpravodaj s.r.o.",
            I25,
            None,
            ["192.0.2.120"],
            ["192.0.2.121"],
            "Roman Kučera",
            "kucera@tachovsky.example",
            "+420721664035",
        ),
        "from": "Roman Kučera <kucera@tachovsky.example>",
        "subject": "Re: Vaše žádost o přístup k výsledkům voleb",
        "headers": K9,
        "body": "Dobrý den, odpovídám do textu.\n\n> Dobrý den, v žádosti Tachovského "
        "zpravodaje s.r.o.\n> (IČO " + I25 + ") chybí testovací IP adresa. Produkční\n"
        "> 192.0.2.120 máme. Doplňte prosím testovací adresu.\n\n"
        "Testovací bude 192.0.2.121.\n\n> Uveďte také telefon kontaktní osoby.\n\n"
        "Roman Kučera, 721 664 035 (jsem i kontaktní osoba).\n\nR. Kučera\nTachovský zpravodaj s.r.o.\n\n> S pozdravem\n"
        "> Mgr. Petra Dušková\n> Český statistický úřad, IČO 00025593\n"
        "> tel. +420 274 052 733, ID DS 2gfaasy\n\n-- \nOdesláno z K-9 Mail\n",
    },
    {
        "id": "bu026-html-only-austrian-list",
        "description": "HTML-only mail from an Austrian outlet in English, roles as bold list "
        "items; no IČO; both requests; an Austrian mobile beside an office number",
        "style": Style.HTML,
        "labels": L(
            [FEED, FILM],
            "Donauwelle Media GmbH",
            None,
            None,
            ["203.0.113.222", "203.0.113.223"],
            ["203.0.113.224"],
            "Lisa Gruber",
            "gruber@donauwelle.example",
            "+436642093711",
        ),
        "from": "Lisa Gruber <gruber@donauwelle.example>",
        "subject": "Czech elections – results feed + camera permit",
        "headers": ROUNDCUBE,
        "html": "<html><body><p>Hello,</p><p>Donauwelle Media GmbH (Vienna) applies for:</p>"
        "<ul><li>access to the XML results feed</li><li>a permit for our camera team at "
        "the ČSÚ collection point in Brno</li></ul><p><b>Production:</b> 203.0.113.222, "
        "203.0.113.223<br><b>Test:</b> 203.0.113.224</p><p>Contact: Lisa Gruber, mobile "
        "+43 664 2093711 (office +43 1 890 44 00)</p><p>Kind regards,<br>Lisa Gruber<br>"
        "Donauwelle Media GmbH</p></body></html>",
    },
    {
        "id": "bu027-apple-mail-contact-corrected",
        "description": "the message names one contact, then corrects itself in a postscript: "
        "the colleague takes over because he is on leave from Monday",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Mladoboleslavský týden s.r.o.",
            I27,
            None,
            ["198.18.33.40"],
            ["198.18.33.41"],
            "Dana Pešková",
            "peskova@mbtyden.example",
            "+420602330841",
        ),
        "from": "Karel Hanák <hanak@mbtyden.example>",
        "subject": "Žádost – výsledky voleb",
        "headers": APPLE,
        "body": "Dobrý den,\n\nMladoboleslavský týden s.r.o. (IČO " + I27 + ") žádá o "
        "přístup k výsledkům. Produkce 198.18.33.40, test 198.18.33.41.\nKontakt: Karel "
        "Hanák, 605 990 213.\n\nKarel Hanák\n\nPS: oprava – od pondělí jsem na dovolené, "
        "kontaktní osobou bude kolegyně Dana Pešková, peskova@mbtyden.example, "
        "602 330 841.\n",
    },
    {
        "id": "bu028-iphone-cover-odt-form",
        "description": "a phone-typed cover with no data; the ODT form carries both requests, "
        "the addresses in a table and the contact written surname first",
        "style": Style.COVER,
        "labels": L(
            [FEED, FILM],
            "Orlické listy s.r.o.",
            I28,
            None,
            ["192.0.2.33", "192.0.2.34"],
            ["192.0.2.35"],
            "Blanka Šedivá",
            "sediva@orlickelisty.example",
            "+420739214067",
        ),
        "from": "Blanka Šedivá <sediva@orlickelisty.example>",
        "subject": "zadost",
        "headers": IPHONE,
        "body": "dobry den posilam vyplneny formular v priloze, dekuji Sediva\n\n"
        "Odeslano z iPhonu\n",
        "attachments": [
            (
                "odt",
                "formular_volby.odt",
                [
                    "ŽÁDOST MÉDIA – VOLBY",
                    [
                        ["Název", "Orlické listy s.r.o."],
                        ["IČO", I28],
                        ["Přístup k XML výsledkům", "ANO"],
                        ["Natáčení / fotografování", "ANO"],
                        ["Produkční IP", "192.0.2.33, 192.0.2.34"],
                        ["Testovací IP", "192.0.2.35"],
                        ["Kontaktní osoba", "Šedivá Blanka"],
                        ["Telefon", "739 214 067"],
                        ["E-mail", "sediva@orlickelisty.example"],
                    ],
                ],
            )
        ],
    },
]
