"""Thirty-eighth held-out part ``aj``, cases aj015–aj028: an Outlook HTML table with ano/ne
columns in windows-1250, a reply correcting the applicant's own quoted original, a Polish radio
writing English with an IPv6 test address and a retired address, a chatty Apple Mail note, a
forwarded .eml, a data message with an XLSX sheet, a format=flowed mail whose roles are given by
order, an S/MIME-signed mail of a town, a British freelancer, a student radio, an IČO beside the
VAT number, a Seznam HTML note, a data message with an ODT form and a contact replaced later.
Written by hand apart from the extraction rules (see make_thirtyeighth_aj); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtyeighth_aj_common import (
    APPLE,
    FEED,
    FILM,
    K9,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I15, I16, I18, I19 = ico("2694318"), ico("0517264"), ico("2846170"), ico("4702938")
I20, I21, I22, I24 = ico("2581046"), ico("6347215"), ico("0029853"), ico("0021617")
I25, I26, I27, I28 = ico("2971534"), ico("0643827"), ico("7105249"), ico("2834609")

CASES: list[dict[str, Any]] = [
    {
        "id": "aj015-outlook-html-ano-ne",
        "description": "HTML-only Outlook mail in windows-1250; request types in an ano/ne table "
        "(recording NE), addresses in a second table with a column header",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Pražský kurýr a.s.",
            I15,
            None,
            ["198.51.100.180", "198.51.100.181", "198.51.100.182"],
            ["198.51.100.190", "198.51.100.191"],
            "Barbora Lánská",
            "lanska@prazskykuryr.example",
            "+420222514087",
        ),
        "from": "Lánská Barbora <lanska@prazskykuryr.example>",
        "subject": "Žádost o přístup – volby do PS 2025",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "html": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=windows-1250"></head><body lang="CS">'
            '<div class="WordSection1"><p class="MsoNormal">Dobrý den,</p>'
            '<p class="MsoNormal">v návaznosti na Vaši tiskovou zprávu podává Pražský kurýr '
            f"a.s., IČO {I15}, tuto žádost:</p>"
            '<table class="MsoTableGrid" border="1"><tr><td><b>Požadavek</b></td>'
            "<td><b>ano / ne</b></td></tr>"
            "<tr><td>Přístup k výsledkům voleb (XML)</td><td>ANO</td></tr>"
            "<tr><td>Natáčení / pořizování záznamu na sběrném místě</td><td>NE</td></tr>"
            '</table><p class="MsoNormal">&nbsp;</p>'
            '<table class="MsoTableGrid" border="1"><tr><td><b>Produkční IP</b></td>'
            "<td><b>Testovací IP</b></td></tr>"
            "<tr><td>198.51.100.180</td><td>198.51.100.190</td></tr>"
            "<tr><td>198.51.100.181</td><td>198.51.100.191</td></tr>"
            "<tr><td>198.51.100.182</td><td>&nbsp;</td></tr></table>"
            '<p class="MsoNormal">&nbsp;</p>'
            '<p class="MsoNormal">Kontaktní osoba: Barbora Lánská, datová redakce, '
            "+420 222 514 087, lanska@prazskykuryr.example</p>"
            '<p class="MsoNormal">S pozdravem</p><p class="MsoNormal">Barbora Lánská<br>'
            "Pražský kurýr a.s. | Vinohradská 1620/48, 120 00 Praha 2<br>"
            "ústředna +420 222 514 000</p></div></body></html>"
        ),
    },
    {
        "id": "aj016-reply-own-original-corrected-test",
        "description": "reply to his own earlier mail: the new text corrects only the test "
        "address, the production address and contact come from the quoted original",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Chebský zpravodaj s.r.o.",
            I16,
            None,
            ["203.0.113.88"],
            ["203.0.113.98"],
            "Vladimír Šulc",
            "sulc@chebskyzpravodaj.example",
            "+420354671203",
        ),
        "from": "Vladimír Šulc <sulc@chebskyzpravodaj.example>",
        "subject": "Re: Žádost o XML přístup – Chebský zpravodaj",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            "omlouvám se, v e-mailu níže jsem uvedl špatnou testovací adresu. Správně má "
            "být 203.0.113.98, ta .89 patří tiskárně. Ostatní platí.\n\n"
            "V. Šulc\n\n"
            "> 16. 9. 2025 v 8:14, Vladimír Šulc <sulc@chebskyzpravodaj.example>:\n"
            ">\n"
            "> Dobrý den,\n"
            ">\n"
            f"> Chebský zpravodaj s.r.o. (IČO {I16}) žádá o přístup k výsledkům voleb.\n"
            "> Produkce: 203.0.113.88\n"
            "> Test: 203.0.113.89\n"
            "> Kontakt: Vladimír Šulc, 354 671 203\n"
            ">\n"
            "> Děkuji\n"
            "> Vladimír Šulc, vydavatel\n"
        ),
    },
    {
        "id": "aj017-polish-radio-ipv6-test-retired",
        "description": "Polish radio writing English: an IPv6 test address, an old address "
        "from the last election to be removed, Polish phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Radio Śląsk Cieszyński sp. z o.o.",
            None,
            None,
            ["192.0.2.94"],
            ["2001:db8:77::10"],
            "Agnieszka Wróbel",
            "a.wrobel@radiocieszyn.example",
            "+48338521140",
        ),
        "from": "Agnieszka Wróbel <a.wrobel@radiocieszyn.example>",
        "subject": "XML election results - access request / Radio Śląsk Cieszyński",
        "headers": ROUNDCUBE,
        "body": (
            "Hello,\n\n"
            "we are a regional radio station from Cieszyn (Poland) broadcasting also for "
            "listeners on the Czech side of the river. For the upcoming election we would "
            "like to ask for access to the XML results.\n\n"
            "Applicant: Radio Śląsk Cieszyński sp. z o.o., NIP 548-102-77-31 (we have no "
            "Czech ICO)\n"
            "Production server: 192.0.2.94\n"
            "Test server: 2001:db8:77:0::10\n\n"
            "In 2021 we used 192.0.2.90 - this server is not in use anymore, please delete "
            "it from your list.\n\n"
            "Contact: Agnieszka Wróbel, tel. +48 33 852 11 40\n\n"
            "Best regards / Pozdrawiam\nAgnieszka Wróbel\nRadio Śląsk Cieszyński\n"
        ),
    },
    {
        "id": "aj018-apple-chatty-old-addresses",
        "description": "chatty Apple Mail reply to last year's confirmation: the old addresses (also in "
        "the office's quoted text) no longer valid, new production only, tests from production",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Deník Horácko s.r.o.",
            I18,
            None,
            ["198.51.100.222", "198.51.100.223"],
            [],
            "Petra Zelinková",
            "zelinkova@horacko.example",
            "+420739204118",
        ),
        "from": "Petra Zelinková <zelinkova@horacko.example>",
        "subject": "Re: Přístup k výsledkům voleb – Deník Horácko",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            "zdraví Vás znovu Deník Horácko s.r.o. (IČO "
            f"{I18}) – loni na krajské volby jsme od Vás přístup měli a moc nám pomohl, "
            "díky! Letos jsme se ale přestěhovali k jinému hostingu, takže ty staré adresy "
            "198.51.100.12 a 198.51.100.13 už prosím zrušte, nepoužíváme je.\n\n"
            "Nové jsou 198.51.100.222 a 198.51.100.223 (obě ostré, druhá jako záloha). "
            "Zvlášť testovací nemáme, zkoušet budeme rovnou z těch dvou.\n\n"
            "Kontakt zůstává stejný jako loni, tedy já, 739 204 118.\n\n"
            "Hezký den a ať Vám to v sobotu šlape!\nPetra Zelinková\n\n"
            "> Dne 12. 9. 2024 v 13:27, podatelna@czso.cz napsal(a):\n"
            ">\n"
            "> Vážená paní Zelinková,\n"
            "> přístup k výsledkům voleb ve formátu XML byl zřízen pro adresy\n"
            "> 198.51.100.12 a 198.51.100.13. Případné dotazy směřujte na\n"
            "> podatelna@czso.cz.\n"
            ">\n"
            "> Český statistický úřad\n"
        ),
    },
    {
        "id": "aj019-forward-attached-eml",
        "description": "an assistant forwards the editor-in-chief's application as an attached "
        "message; everything is in the inner mail",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Vltava Press, a.s.",
            I19,
            None,
            ["192.0.2.170"],
            ["192.0.2.171"],
            "Jaroslav Beneš",
            "benes@vltavapress.example",
            "+420602318955",
        ),
        "from": "Asistentka šéfredaktora <asistentka@vltavapress.example>",
        "subject": "FW: Žádost o přístup k výsledkům voleb",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "v příloze přeposílám žádost pana šéfredaktora, která se k Vám zřejmě nedostala "
            "(vrátila se nám jako nedoručitelná kvůli překlepu v adrese).\n\n"
            "S pozdravem\nKlára Müllerová\nasistentka šéfredaktora\n"
        ),
        "attachments": [
            (
                "eml",
                "Zadost_o_pristup.eml",
                {
                    "id": "aj019-inner",
                    "from": "Jaroslav Beneš <benes@vltavapress.example>",
                    "to": "podatelna@czco.cz",
                    "subject": "Žádost o přístup k výsledkům voleb",
                    "headers": OUTLOOK,
                    "body": (
                        "Vážení,\n\n"
                        f"Vltava Press, a.s., IČO {I19}, žádá o přístup k výsledkům "
                        "voleb ve formátu XML.\n\n"
                        "Produkční IP: 192.0.2.170\nTestovací IP: 192.0.2.171\n\n"
                        "Kontaktní osobou jsem já, mobil 602 318 955.\n\n"
                        "Jaroslav Beneš\nšéfredaktor\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "aj020-databox-xlsx-merged-role",
        "description": "data message whose annotation only points to the attached sheet; a "
        "merged 'Produkce' cell spans two rows, a second sheet of contacts",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Mediahouse Ostrava s.r.o.",
            I20,
            "d9rk5vx",
            ["203.0.113.120", "203.0.113.121"],
            ["203.0.113.125"],
            "Roman Fiala",
            "fiala@mhostrava.example",
            "+420596117340",
        ),
        "subject": "Žádost o přístup k XML – viz příloha",
        "databox": {
            "box": "d9rk5vx",
            "sender": "Mediahouse Ostrava s.r.o.",
            "address": "Nádražní 112, 702 00 Ostrava",
        },
        "attachments": [
            (
                "xlsx",
                "zadost_volby_MHO.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Mediahouse Ostrava s.r.o."],
                            ["IČO", I20],
                            ["Požadavek", "přístup k výsledkům voleb (XML)"],
                            [],
                            ["Role", "IP adresa", "Poznámka"],
                            ["Produkce", "203.0.113.120", "primární"],
                            [None, "203.0.113.121", "sekundární"],
                            ["Test", "203.0.113.125", ""],
                        ],
                        "merge": ["A6:A7"],
                    },
                    {
                        "title": "Kontakty",
                        "rows": [
                            ["Jméno", "Funkce", "Telefon", "E-mail"],
                            [
                                "Roman Fiala",
                                "kontaktní osoba",
                                "596 117 340",
                                "fiala@mhostrava.example",
                            ],
                            ["Eliška Nováková", "jednatelka", "596 117 300", ""],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "aj021-flowed-order-roles",
        "description": "format=flowed with delsp: the sentence that gives the roles by order "
        "('první … druhá') is wrapped in the middle",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Hradecký Expres, s.r.o.",
            I21,
            None,
            ["192.0.2.66"],
            ["192.0.2.67"],
            "Tomáš Jireček",
            "jirecek@hkexpres.example",
            "+420495118264",
        ),
        "from": "Tomáš Jireček <jirecek@hkexpres.example>",
        "subject": "Přístup k XML s výsledky",
        "headers": TBIRD,
        "flowed": True,
        "delsp": True,
        "body": (
            "Dobrý den,\n\n"
            "prosím o zřízení přístupu k XML s výsledky voleb pro Hradecký Expres, "
            "s.r.o.,  \n"
            f"IČO {I21}. Posílám dvě adresy, 192.0.2.66 a 192.0.2.67,  \n"
            "z nichž ta první je produkční a druhá slouží jen pro  \n"
            "testování před volbami.\n\n"
            "Kontakt: Tomáš Jireček, 495 118 264, jirecek@hkexpres.example\n\n"
            "Děkuji\nTomáš Jireček\n"
        ),
    },
    {
        "id": "aj022-smime-town-colleague-contact",
        "description": "S/MIME-signed mail of a town office; the signer names a colleague as the "
        "contact, phones written with dashes, the town's box in the signature",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Město Vrchlabí nad Úpou",
            I22,
            "b7fe3ku",
            ["198.51.100.244"],
            [],
            "Zdeněk Hamáček",
            "hamacek@vrchlabinadupou.example",
            "+420499405122",
        ),
        "from": '"Ing. Libuše Řeháková" <rehakova@vrchlabinadupou.example>',
        "subject": "Žádost o zřízení přístupu k výsledkům voleb",
        "headers": OUTLOOK,
        "smime": True,
        "body": (
            "Vážení,\n\n"
            "Město Vrchlabí nad Úpou provozuje městský informační portál a žádá o zřízení "
            "přístupu k výsledkům voleb ve formátu XML z adresy 198.51.100.244 (produkční "
            "server). Testovací adresu nepožadujeme.\n\n"
            "Kontaktní osobou je pan Zdeněk Hamáček, správce informačních systémů, "
            "tel. 499-405-122, hamacek@vrchlabinadupou.example.\n\n"
            "S pozdravem\n\n"
            "Ing. Libuše Řeháková\n"
            "vedoucí odboru vnitřních věcí\n"
            "Město Vrchlabí nad Úpou\n"
            f"IČO: {I22} | ID datové schránky: b7fe3ku\n"
            "tel. 499-405-101 | podatelna@vrchlabinadupou.example\n"
        ),
    },
    {
        "id": "aj023-british-freelancer-film",
        "description": "British freelance videographer without a company asks only to film; "
        "declines the XML feed, a UK mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Oliver Bramwell",
            None,
            None,
            [],
            [],
            "Oliver Bramwell",
            "oliver@bramwellfilms.example",
            "+447700900418",
        ),
        "from": "Oliver Bramwell <oliver@bramwellfilms.example>",
        "subject": "Filming request - election night, Prague",
        "headers": ROUNDCUBE,
        "body": (
            "Hi there,\n\n"
            "I'm a freelance video journalist based in Prague (working on my own account, "
            "no Czech company or ICO) and I'm putting together a short piece on election "
            "night for a UK current-affairs channel. Would it be possible to get permission "
            "to film for about an hour at one of your collection points in Prague on "
            "Saturday 4 October?\n\n"
            "I don't need the XML results feed - no need to set anything up on that side.\n\n"
            "Just me and a small camera, no lighting. Best number to reach me is my UK "
            "mobile +44 7700 900418 (WhatsApp works too).\n\n"
            "Many thanks,\nOliver Bramwell\nbramwellfilms.example\n"
        ),
    },
    {
        "id": "aj024-student-radio-ico-spaced",
        "description": "student radio of a university applies for both types; the university's "
        "IČO written with spaces and 'IČ', a test address labelled 'TST'",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED, FILM],
            "Technická univerzita v Pardubicích",
            I24,
            None,
            ["203.0.113.144"],
            ["203.0.113.145"],
            "Filip Novotný",
            "filip.novotny@radio.tup.example",
            "+420608552714",
        ),
        "from": "Filip Novotný <filip.novotny@radio.tup.example>",
        "subject": "Rádio TUP – XML výsledky a natáčení",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\n"
            "studentské Rádio TUP, které provozuje Technická univerzita v Pardubicích "
            f"(IČ {I24[:2]} {I24[2:4]} {I24[4:6]} {I24[6:]}), by rádo vysílalo speciál k volbám. "
            "Žádáme proto o přístup k XML výsledkům a také o povolení nahrávat zvuk na "
            "sběrném místě v Pardubicích.\n\n"
            "PROD 203.0.113.144\nTST  203.0.113.145\n\n"
            "Kontakt: Filip Novotný (šéfredaktor), 608 552 714\n\n"
            "--\nFilip Novotný | šéfredaktor Rádia TUP\n"
            "Kateřina Slámová | produkce | 608 552 730\n"
            "Rádio TUP, Studentská 95, 532 10 Pardubice\n"
        ),
    },
    {
        "id": "aj025-k9-ico-with-vat",
        "description": "phone-typed note that writes the IČO next to the VAT number, test on a "
        "separate line after the contact",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Valašský web s.r.o.",
            I25,
            None,
            ["192.0.2.182"],
            ["192.0.2.183"],
            "Patrik Machala",
            "machala@valasskyweb.example",
            "+420731228406",
        ),
        "from": "Patrik Machala <machala@valasskyweb.example>",
        "subject": "zadost xml",
        "headers": K9,
        "cte": "8bit",
        "body": (
            "Dobrý den,\nprosím o přístup k XML na volby pro Valašský web s.r.o., "
            f"IČO/DIČ {I25} / CZ{I25}\n"
            "ostrá IP 192.0.2.182\n"
            "kontakt já, Patrik Machala 731 228 406\n"
            "jo a testovací 192.0.2.183\n"
            "díky\n\n"
            "--\nOdesláno z K-9 Mail\n"
        ),
    },
    {
        "id": "aj026-seznam-html-test-same-as-prod",
        "description": "HTML-only Seznam webmail mail with div lines; the test address is "
        "'the same as production', so no test address",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Obecní rozhlas a TV Lipník, o.p.s.",
            I26,
            None,
            ["198.51.100.77"],
            [],
            "Hana Doubravová",
            "doubravova@tvlipnik.example",
            "+420581773610",
        ),
        "from": "Hana Doubravová <doubravova@tvlipnik.example>",
        "subject": "Žádost o přístup k volebním výsledkům",
        "headers": SEZNAM,
        "html": (
            "<div>Dobrý den,</div><div><br></div>"
            "<div>Obecní rozhlas a TV Lipník, o.p.s., IČO "
            f"{I26}, žádá o přístup k výsledkům voleb ve formátu XML.</div><div><br></div>"
            "<div><b>Produkční IP:</b> 198.51.100.77</div>"
            "<div><b>Testovací IP:</b> stejná jako produkční</div>"
            "<div><b>Kontaktní osoba:</b> Hana Doubravová</div>"
            "<div><b>Telefon:</b> 581 773 610</div><div><br></div>"
            "<div>S pozdravem</div><div>Hana Doubravová, ředitelka</div>"
            '<div style="color:#888">--<br>Obecní rozhlas a TV Lipník, o.p.s.<br>'
            "nám. T. G. Masaryka 13, 751 31 Lipník nad Bečvou</div>"
        ),
    },
    {
        "id": "aj027-databox-odt-form-dash-test",
        "description": "data message from a publisher's box; an ODT form table with a dash in "
        "the test row and a ticked/unticked request list",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Regionální vydavatelství Vysočina a.s.",
            I27,
            "h2mz8cq",
            ["203.0.113.30", "203.0.113.31"],
            [],
            "Stanislav Kružík",
            "kruzik@rvvysocina.example",
            "+420567220941",
        ),
        "subject": "Žádost o přístup k výsledkům voleb",
        "databox": {
            "box": "h2mz8cq",
            "sender": "Regionální vydavatelství Vysočina a.s.",
            "address": "Masarykovo nám. 40, 586 01 Jihlava",
        },
        "attachments": [
            (
                "odt",
                "formular_RVV.odt",
                [
                    "Žádost média o přístup k výsledkům voleb",
                    "☒ přístup k výsledkům ve formátu XML",
                    "☐ povolení k pořizování záznamu na sběrném místě",
                    [
                        ["Žadatel", "Regionální vydavatelství Vysočina a.s."],
                        ["IČO", I27],
                        ["Produkční IP adresy", "203.0.113.30, 203.0.113.31"],
                        ["Testovací IP adresy", "–"],
                        ["Kontaktní osoba", "Stanislav Kružík"],
                        ["E-mail", "kruzik@rvvysocina.example"],
                        ["Telefon", "+420 567 220 941"],
                    ],
                    "V Jihlavě dne 17. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "aj028-correction-contact-replaced",
        "description": "the contact named first is replaced later in the same mail by a "
        "colleague with her own phone and e-mail",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Noviny Slovácka, s.r.o.",
            I28,
            None,
            ["192.0.2.130"],
            ["192.0.2.131"],
            "Markéta Vaculíková",
            "vaculikova@novinyslovacka.example",
            "+420604781235",
        ),
        "from": "Pavel Hrbáček <hrbacek@novinyslovacka.example>",
        "subject": "Žádost XML – Noviny Slovácka",
        "headers": TBIRD,
        "charset": "iso-8859-2",
        "cte": "base64",
        "body": (
            "Dobrý den,\n\n"
            f"Noviny Slovácka, s.r.o. (IČO {I28}) žádají o přístup k výsledkům voleb v XML.\n\n"
            "Produkční IP: 192.0.2.130\n"
            "Testovací IP: 192.0.2.131\n"
            "Kontaktní osoba: Pavel Hrbáček, 572 540 118\n\n"
            "PS: Právě jsem zjistil, že volební víkend budu na dovolené, takže kontaktní "
            "osobou bude místo mě kolegyně Markéta Vaculíková, "
            "vaculikova@novinyslovacka.example, tel. 604 781 235.\n\n"
            "Pavel Hrbáček\nNoviny Slovácka, s.r.o.\n"
        ),
    },
]
