"""Twentythird held-out part ``qa``, cases qa015–qa028: a reply that adds an IPv6 test address to
its own quoted original under the office's quoted answer, a Gmail table with row headers, a
forward carrying the colleague's mail as an attachment, data messages with an XLSX (ano/ne
column) and a TXT, a swap corrected in a P.S., a German sender with a written range, a data-box ID
in a signature, a freelancer's two lines, an HTML table with an empty test row, an RTF letter, a
town's reply under the office's quoted contacts, an IT contractor writing for its client and a
signed agency letter with a CIDR block. Written by hand apart from the extraction rules (see
make_twentythird_qa); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentythird_qa_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    OE,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

I15, I16, I17, I18 = ico("2790134"), ico("2918846"), ico("2661397"), ico("2746613")
I19, I21, I23, I24 = ico("2827510"), ico("2531408"), ico("0934182"), ico("0024171")
I25, I26, I27, I27B = ico("4713285"), ico("0029862"), ico("2670941"), ico("0518337")
I28 = ico("4619452")

CASES: list[dict[str, Any]] = [
    {
        "id": "qa015-reply-adds-ipv6-test",
        "description": "the applicant answers the office's request for a missing test address: "
        "new text gives an IPv6 test address and refers to the quoted original for the rest; "
        "the quoted office answer names an officer, her phone and the office's mailbox",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Rádio Zlatá stezka s.r.o.",
            I15,
            None,
            ["192.0.2.150", "192.0.2.151"],
            ["2001:db8:44::10"],
            "Filip Novotný",
            "novotny@zlatastezka.example",
            "+420605227913",
        ),
        "from": "Filip Novotný <novotny@zlatastezka.example>",
        "subject": "Re: Re: Žádost o přístup k XML – Rádio Zlatá stezka",
        "headers": K9,
        "body": (
            "Dobrý den,\n\n"
            "doplňuji testovací adresu: 2001:db8:44::10 (test máme jen na IPv6).\n"
            "Ostatní údaje platí, jak jsem psal v původní žádosti níže.\n\n"
            "Děkuji\nFilip Novotný\n\n"
            "Dne 23. září 2025 9:41:07 SELČ, podatelna@czso.cz napsal(a):\n"
            "> Vážený pane Novotný,\n"
            ">\n"
            "> děkujeme za žádost. Uveďte prosím ještě testovací IP adresu, případně\n"
            "> sdělte, že ji nepožadujete.\n"
            ">\n"
            "> S pozdravem\n"
            "> Mgr. Dana Horká\n"
            "> Český statistický úřad, Na padesátém 81, 100 82 Praha 10\n"
            "> tel. 274 052 733, podatelna@czso.cz\n"
            ">\n"
            ">> Dobrý den,\n"
            ">>\n"
            ">> za Rádio Zlatá stezka s.r.o. (IČO "
            f"{I15}) žádám o přístup k výsledkům voleb\n"
            ">> ve formátu XML. Produkční adresy: 192.0.2.150 a 192.0.2.151.\n"
            ">>\n"
            ">> Kontakt: Filip Novotný, technik, +420 605 227 913\n"
            ">>\n"
            ">> Filip Novotný\n"
            ">> Rádio Zlatá stezka, Prachatice\n"
        ),
    },
    {
        "id": "qa016-gmail-table-row-headers",
        "description": "Gmail multipart/alternative: the HTML part has a table with row headers "
        "('Ostrý provoz', 'Testovací prostředí') and three addresses in one cell separated by "
        "line breaks",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Slovácké echo s.r.o.",
            I16,
            None,
            ["203.0.113.80", "203.0.113.81", "203.0.113.82"],
            ["203.0.113.88"],
            "Dominik Straka",
            "dominik.straka@slovacke-echo.example",
            "+420603555190",
        ),
        "from": "Dominik Straka <dominik.straka@slovacke-echo.example>",
        "subject": "Žádost o XML výsledky voleb - Slovácké echo",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            f"za vydavatele Slovácké echo s.r.o. (IČO {I16}) žádám o přístup\n"
            "k průběžným výsledkům voleb ve formátu XML.\n\n"
            "Ostrý provoz 203.0.113.80\n203.0.113.81\n203.0.113.82\n"
            "Testovací prostředí 203.0.113.88\n\n"
            "Kontaktní osobou jsem já, tel. +420 603 555 190.\n\n"
            "Děkuji, Dominik Straka\nvývoj webu, Slovácké echo\n"
        ),
        "html": (
            '<div dir="ltr"><div>Dobrý den,</div><div><br></div>'
            f"<div>za vydavatele Slovácké echo s.r.o. (IČO {I16}) žádám o přístup "
            "k průběžným výsledkům voleb ve formátu XML.</div><div><br></div>"
            '<table border="1" cellpadding="4" style="border-collapse:collapse">'
            '<tbody><tr><th style="text-align:left">Ostrý provoz</th>'
            "<td>203.0.113.80<br>203.0.113.81<br>203.0.113.82</td></tr>"
            '<tr><th style="text-align:left">Testovací prostředí</th>'
            "<td>203.0.113.88</td></tr></tbody></table><div><br></div>"
            "<div>Kontaktní osobou jsem já, tel. +420 603 555 190.</div><div><br></div>"
            '<div>Děkuji, Dominik Straka</div><div><span style="color:#888">vývoj webu, '
            "Slovácké echo</span></div></div>"
        ),
    },
    {
        "id": "qa017-forward-colleague-eml",
        "description": "the editor-in-chief forwards her colleague's mail as an attached "
        ".eml and names the colleague as the contact; the colleague's mail says there is no "
        "test address and gives a backup production address",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Kutnohorský večerník s.r.o.",
            I17,
            None,
            ["198.51.100.210", "198.51.100.211"],
            [],
            "Kateřina Říhová",
            "rihova@kh-vecernik.example",
            "+420732800417",
        ),
        "from": "Alena Bartošová <bartosova@kh-vecernik.example>",
        "subject": "Fwd: žádost ČSÚ XML - ke kontrole",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            "v příloze přeposílám žádost naší kolegyně Kateřiny Říhové, která ji omylem\n"
            "poslala jen mně. Kontaktní osobou je ona.\n\n"
            "Zdraví\nAlena Bartošová\nšéfredaktorka, Kutnohorský večerník\n\n"
            "Odesláno z Macu\n"
        ),
        "attachments": [
            (
                "eml",
                "zadost CSU XML - ke kontrole.eml",
                {
                    "id": "qa017-inner",
                    "from": "Kateřina Říhová <rihova@kh-vecernik.example>",
                    "to": "Alena Bartošová <bartosova@kh-vecernik.example>",
                    "subject": "žádost ČSÚ XML - ke kontrole",
                    "body": (
                        "Ahoj Aleno,\n\nposílám ke kontrole, kdyžtak to prosím pošli dál "
                        "na ČSÚ:\n\n---\n"
                        "Dobrý den, za Kutnohorský večerník s.r.o., IČO "
                        f"{I17}, žádáme o přístup k výsledkům voleb ve formátu XML.\n"
                        "produkční: 198.51.100.210\n"
                        "záložní produkční: 198.51.100.211\n"
                        "testovací: žádnou nemáme\n"
                        "Kontakt: Kateřina Říhová, 732 800 417, rihova@kh-vecernik.example\n"
                        "---\n\nKáťa\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "qa018-databox-xlsx-active-column",
        "description": "data message with an XLSX: an 'Aktivní' ano/ne column marks an old "
        "production server as no longer used; contact and IČO on a second sheet",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Regionální televize Jesenicko, s.r.o.",
            I18,
            "j5rf2wx",
            ["192.0.2.91", "192.0.2.92"],
            ["192.0.2.99"],
            "Richard Hanák",
            "hanak@rtv-jesenicko.example",
            "+420584402771",
        ),
        "subject": "Žádost o přístup k XML - RTV Jesenicko (údaje v příloze)",
        "databox": {
            "box": "j5rf2wx",
            "sender": "Regionální televize Jesenicko, s.r.o.",
            "address": "Lipovská 22, 790 01 Jeseník",
        },
        "attachments": [
            (
                "xlsx",
                "RTVJ_IP_volby2025.xlsx",
                [
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["Typ", "IP adresa", "Aktivní", "Poznámka"],
                            ["produkce", "192.0.2.91", "ano", ""],
                            ["produkce", "192.0.2.90", "ne", "starý server, zrušen 6/2025"],
                            ["produkce", "192.0.2.92", "ano", "záloha"],
                            ["test", "192.0.2.99", "ano", ""],
                        ],
                    },
                    {
                        "title": "Kontakt",
                        "rows": [
                            ["Žadatel", "Regionální televize Jesenicko, s.r.o."],
                            ["IČO", I18],
                            ["Kontaktní osoba", "Richard Hanák"],
                            ["Telefon", "+420 584 402 771"],
                            ["E-mail", "hanak@rtv-jesenicko.example"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "qa019-outlook-swap-corrected-ps",
        "description": "the first paragraph lists the roles wrongly and a P.S. says two "
        "addresses were swapped; the corrected roles count",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Hlas Ostravy s.r.o.",
            I19,
            None,
            ["198.51.100.12", "198.51.100.13"],
            ["198.51.100.11"],
            "Radim Šebesta",
            "sebesta@hlasostravy.example",
            "+420596118240",
        ),
        "from": '"Šebesta, Radim" <sebesta@hlasostravy.example>',
        "subject": "Hlas Ostravy – XML výsledky voleb",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            f"společnost Hlas Ostravy s.r.o., IČO {I19}, žádá o přístup k serveru "
            "s výsledky voleb ve formátu XML.\n\n"
            "Produkční IP: 198.51.100.11, 198.51.100.13\n"
            "Testovací IP: 198.51.100.12\n\n"
            "Kontaktní osoba: Radim Šebesta, tel. 596 118 240\n\n"
            "S pozdravem\nRadim Šebesta\nvedoucí online redakce\n\n"
            "P.S. Omlouvám se, při přepisování jsem prohodil .11 a .12 – 198.51.100.11 je "
            "testovací a 198.51.100.12 produkční. Adresa .13 je produkční, jak je uvedeno.\n"
        ),
    },
    {
        "id": "qa020-german-range-mobile",
        "description": "a German publisher in plain English: a written range of three production "
        "addresses, no test address yet, filming too; HRB instead of an IČO, the mobile given "
        "for the sender and a switchboard",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Elbtal Medien GmbH",
            None,
            None,
            ["192.0.2.180", "192.0.2.181", "192.0.2.182"],
            [],
            "Dirk Hoffmann",
            "d.hoffmann@elbtal-medien.example",
            "+491715523098",
        ),
        "from": "Dirk Hoffmann <d.hoffmann@elbtal-medien.example>",
        "subject": "election results / filming - Elbtal Medien",
        "headers": EVOLUTION,
        "body": (
            "Hello,\n\n"
            "we are Elbtal Medien GmbH from Dresden (HRB 31877, Amtsgericht Dresden), we make "
            "the news portal elbtal-heute and a regional radio. For the Czech election we "
            "want make a live ticker for our readers near the border, so we ask for the XML "
            "access.\n\n"
            "Our servers are 192.0.2.180 - 192.0.2.182 (all three for production). Test IP "
            "we have not yet, we send it later if we need.\n\n"
            "Also our reporter Jonas Krüger want to film in the collection point in Ústí nad "
            "Labem on Saturday evening, is this possible? Only small camera, no light.\n\n"
            "Please contact me for everything.\n\n"
            "Thanks and greetings from Dresden\n"
            "Dirk Hoffmann\n"
            "Technischer Leiter\n"
            "Elbtal Medien GmbH, Königsbrücker Str. 61, 01099 Dresden\n"
            "Tel. +49 351 4872 660 (Zentrale) / Mobil +49 171 5523098\n"
        ),
    },
    {
        "id": "qa021-seznam-sig-databox-dic",
        "description": "Seznam mail in windows-1250 with roles in brackets; the signature "
        "carries IČ, DIČ (CZ + the same digits), a data-box ID, a newsroom switchboard and "
        "the sender's mobile",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Poohří dnes s.r.o.",
            I21,
            "xk4p9rm",
            ["203.0.113.190"],
            ["203.0.113.191"],
            "Miloslav Řezníček",
            "reznicek@poohri-dnes.example",
            "+420721004565",
        ),
        "from": "Miloslav Řezníček <reznicek@poohri-dnes.example>",
        "subject": "prosba o přístup k XML výsledkům",
        "headers": SEZNAM,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\n"
            "prosím o zřízení přístupu k výsledkům voleb ve formátu XML pro náš\n"
            "zpravodajský server poohri-dnes.example.\n\n"
            "203.0.113.190 (ostrý)\n"
            "203.0.113.191 (testovací)\n\n"
            "Děkuji a jsem s pozdravem\n\n"
            "Miloslav Řezníček\n"
            "jednatel\n"
            "Poohří dnes s.r.o.\n"
            "Pražská 1450, 440 01 Louny\n"
            f"IČ: {I21}  DIČ: CZ{I21}\n"
            "ID DS: xk4p9rm\n"
            "redakce: 415 210 700, mobil: 721 004 565\n"
        ),
    },
    {
        "id": "qa022-iphone-freelancer-film",
        "description": "two lines from an iPhone: a freelance podcaster without an IČO asks to "
        "record at a collection point, no diacritics, phone number run together",
        "style": Style.PHONE,
        "labels": L(
            [FILM],
            "Martina Horakova",
            None,
            None,
            [],
            [],
            "Martina Horakova",
            "martina.horakova@podcastovna.example",
            "+420739118026",
        ),
        "from": "Martina Horakova <martina.horakova@podcastovna.example>",
        "subject": "nataceni volby Brno",
        "headers": IPHONE,
        "cte": "8bit",
        "body": (
            "Dobry den, muzu v sobotu vecer natacet zvuk a par zaberu na mobil na sbernem "
            "miste v Brne? Jsem na volne noze, delam podcast o volbach.\n"
            "Martina Horakova 739118026\n\n"
            "Odesláno z iPhonu\n"
        ),
    },
    {
        "id": "qa023-outlook-html-empty-test-row",
        "description": "HTML-only Outlook mail: a table with IPv4 and IPv6 columns, the test row "
        "holds only dashes and a note says test access is not needed",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Metropolitní rozhlas Brno, z. ú.",
            I23,
            None,
            ["198.51.100.110", "2001:db8:b00::110"],
            [],
            "Hedvika Pospíšilová",
            "pospisilova@mrb.example",
            "+420541330218",
        ),
        "from": "Pospíšilová Hedvika <pospisilova@mrb.example>",
        "subject": "Žádost o přístup k XML výsledkům – Metropolitní rozhlas Brno",
        "headers": OUTLOOK,
        "html": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body lang="CS"><div class="WordSection1">'
            '<p class="MsoNormal">Dobrý den,</p><p class="MsoNormal">&nbsp;</p>'
            '<p class="MsoNormal">Metropolitní rozhlas Brno, z. ú., IČO '
            f"{I23}, žádá o přístup k serveru s výsledky voleb (XML):</p>"
            '<table class="MsoNormalTable" border="1" cellpadding="0">'
            '<tr><td><p class="MsoNormal"><b>Server</b></p></td>'
            '<td><p class="MsoNormal"><b>IPv4</b></p></td>'
            '<td><p class="MsoNormal"><b>IPv6</b></p></td></tr>'
            '<tr><td><p class="MsoNormal">produkční</p></td>'
            '<td><p class="MsoNormal">198.51.100.110</p></td>'
            '<td><p class="MsoNormal">2001:db8:b00::110</p></td></tr>'
            '<tr><td><p class="MsoNormal">testovací</p></td>'
            '<td><p class="MsoNormal">—</p></td>'
            '<td><p class="MsoNormal">—</p></td></tr></table>'
            '<p class="MsoNormal">Testovací přístup nepotřebujeme, vše vyzkoušíme na '
            'produkčním serveru v týdnu před volbami.</p><p class="MsoNormal">&nbsp;</p>'
            '<p class="MsoNormal">Děkuji,</p>'
            '<p class="MsoNormal"><b>Hedvika Pospíšilová</b><br>produkce a technika<br>'
            "Metropolitní rozhlas Brno, z. ú.<br>Kounicova 688/12, 602 00 Brno<br>"
            "T: +420 541 330 218 | www.mrb.example</p>"
            "</div></body></html>"
        ),
    },
    {
        "id": "qa024-databox-annotation-txt-contact",
        "description": "a municipality's data message with abbreviated roles (prod./test.) in "
        "the annotation and the contact only in an attached text file, the mobile before the "
        "town hall's switchboard",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Obec Dolní Lomnice",
            I24,
            "m2dwq7a",
            ["203.0.113.130", "203.0.113.131"],
            ["203.0.113.139"],
            "Pavel Kříž",
            "kriz@dolnilomnice.example",
            "+420602455781",
        ),
        "subject": "Žádost o přístup k XML výsledkům voleb – prod. 203.0.113.130, "
        "203.0.113.131, test. 203.0.113.139; kontakt viz příloha",
        "databox": {
            "box": "m2dwq7a",
            "sender": "Obec Dolní Lomnice",
            "address": "Dolní Lomnice 1, 257 91 Dolní Lomnice",
            "type": 10,
        },
        "attachments": [
            (
                "txt",
                "kontakt.txt",
                "Obec Dolní Lomnice\n"
                f"IČO: {I24}\n\n"
                "Kontaktní osoba: Pavel Kříž, správce IT obce\n"
                "mobil: 602 455 781\n"
                "e-mail: kriz@dolnilomnice.example\n"
                "(podatelna obce: 317 834 100)\n",
            )
        ],
    },
    {
        "id": "qa025-outlook-express-rtf-letter",
        "description": "a two-line windows-1250 mail from Outlook Express with the application "
        "in an RTF letter: role column 'ostrá'/'testovací', a v.o.s. applicant",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Kladský kurýr, v.o.s.",
            I25,
            None,
            ["192.0.2.120", "192.0.2.121"],
            ["192.0.2.122"],
            "Jindřich Soukup",
            "soukup@kladsky-kuryr.example",
            "+420491421556",
        ),
        "from": "Jindrich Soukup <soukup@kladsky-kuryr.example>",
        "subject": "zadost - volby",
        "headers": OE,
        "charset": "windows-1250",
        "body": "Dobrý den,\nv příloze zasíláme žádost.\nS pozdravem J. Soukup\n",
        "attachments": [
            (
                "rtf",
                "zadost_volby.rtf",
                [
                    "Kladský kurýr, v.o.s.",
                    f"Masarykovo nám. 5, 547 01 Náchod, IČO {I25}",
                    "Český statistický úřad, Na padesátém 81, 100 82 Praha 10",
                    "Věc: žádost o přístup k výsledkům voleb ve formátu XML",
                    "Žádáme o přístup pro tyto adresy:",
                    [
                        ["Druh", "Adresa"],
                        ["ostrá", "192.0.2.120"],
                        ["ostrá", "192.0.2.121"],
                        ["testovací", "192.0.2.122"],
                    ],
                    "Kontaktní osoba: Jindřich Soukup, společník, tel. 491 421 556, "
                    "soukup@kladsky-kuryr.example",
                    "V Náchodě dne 17. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "qa026-town-reply-office-contacts",
        "description": "a town's press officer replies under the office's quoted answer (an "
        "officer's name, the office's phone and mailbox); asks for both, no test address, a "
        "cameraman named, her mobile before the switchboard",
        "style": Style.REPLY,
        "labels": L(
            [FEED, FILM],
            "Město Velké Hradiště",
            I26,
            None,
            ["192.0.2.240"],
            [],
            "Tereza Kolínská",
            "kolinska@velkehradiste.example",
            "+420731222640",
        ),
        "from": "Tereza Kolínská <kolinska@velkehradiste.example>",
        "subject": "Re: Dotaz - může žádat i město?",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den, paní inženýrko,\n\n"
            "moc děkuji za rychlou odpověď. Tak tedy žádáme o obojí:\n\n"
            "- přístup k XML pro náš městský web, server 192.0.2.240, testovací nemáme,\n"
            "- povolení natáčet ve sběrném místě v Olomouci pro městskou televizi\n"
            "  (kameraman Lukáš Vrba).\n\n"
            "Kontaktní osobou jsem já.\n\n"
            "S pozdravem\n"
            "Tereza Kolínská\n"
            "tisková mluvčí\n"
            f"Město Velké Hradiště, Náměstí 1, 783 21 Velké Hradiště, IČO {I26}\n"
            "mobil 731 222 640, ústředna 585 661 111\n\n"
            "Dne 2025-09-19 13:02, podatelna@czso.cz napsal:\n"
            "> Dobrý den,\n"
            "> ano, o přístup k XML i o povolení natáčet může požádat i obec nebo město.\n"
            "> Uveďte prosím produkční a případně testovací IP adresy a kontaktní osobu.\n"
            ">\n"
            "> S pozdravem\n"
            "> Ing. Marta Dvořáková\n"
            "> Český statistický úřad\n"
            "> tel.: +420 274 052 733 | podatelna@czso.cz\n"
        ),
    },
    {
        "id": "qa027-contractor-writes-for-weekly",
        "description": "a web contractor applies in its client's name: the applicant is the "
        "weekly's publisher, the contractor's own IČO also appears, the contractor's "
        "developer is the contact",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Týdeník Berounsko, s.r.o.",
            I27,
            None,
            ["198.51.100.225", "198.51.100.226"],
            ["198.51.100.230"],
            "Aleš Vondráček",
            "vondracek@pixelhouse.example",
            "+420774318902",
        ),
        "from": "Aleš Vondráček <vondracek@pixelhouse.example>",
        "subject": "Žádost o přístup k XML – za Týdeník Berounsko",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "jsme dodavatel webu pro vydavatele Týdeník Berounsko, s.r.o. (IČO "
            f"{I27}) a žádost\n"
            "podáváme jeho jménem (s jednatelem p. Krausem je to domluvené, je v kopii).\n\n"
            "Weby klienta poběží na našem hostingu:\n"
            "  produkce: 198.51.100.225 a 198.51.100.226\n"
            "  test:     198.51.100.230\n\n"
            "Kontaktní osobou pro technické věci jsem já.\n\n"
            "S pozdravem\n"
            "Aleš Vondráček\n"
            "vývojář\n"
            f"Pixelhouse s.r.o. | IČO {I27B} | Husova 30, 266 01 Beroun\n"
            "+420 774 318 902\n"
        ),
        "cc": "Jiří Kraus <kraus@tydenik-berounsko.example>",
    },
    {
        "id": "qa028-smime-agency-cidr-flowed",
        "description": "an S/MIME-signed, format=flowed formal letter from a news agency: a /30 "
        "written in CIDR notation, a test address, the dispatch desk's head as the contact "
        "while the director signs",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Agentura Regionews a.s.",
            I28,
            None,
            ["198.51.100.8", "198.51.100.9", "198.51.100.10", "198.51.100.11"],
            ["198.51.100.40"],
            "Hana Pelcová",
            "pelcova@regionews.example",
            "+420222740311",
        ),
        "from": '"Ing. Vladimír Sýkora, MBA" <sykora@regionews.example>',
        "subject": "Žádost o přístup k výsledkům voleb ve formátu XML",
        "headers": OUTLOOK,
        "flowed": True,
        "smime": True,
        "body": (
            "Vážení,\n\n"
            "Agentura Regionews a.s., se sídlem Vinohradská 2133/118, 130 00 Praha 3, \n"
            f"IČO {I28}, tímto žádá o zřízení přístupu k serveru s průběžnými \n"
            "výsledky voleb do Poslanecké sněmovny ve formátu XML. Produkční \n"
            "stahování poběží z rozsahu 198.51.100.8/30, testovací z adresy \n"
            "198.51.100.40.\n\n"
            "Kontaktní osobou je vedoucí dispečinku Bc. Hana Pelcová, tel. \n"
            "+420 222 740 311, pelcova@regionews.example.\n\n"
            "S úctou\n\n"
            "Ing. Vladimír Sýkora, MBA\n"
            "generální ředitel\n"
            "Agentura Regionews a.s.\n"
        ),
    },
]
