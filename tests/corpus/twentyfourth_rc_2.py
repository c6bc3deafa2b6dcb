"""Twentyfourth held-out part ``rc``, cases rc015–rc028: an institute's data message with a PDF,
a filming request withdrawn in a postscript, a town television asking only to film, Norwegian
and Finnish media, temporary and internal hosts, an XLSX from a contractor with a cancelled
row, a Slovak television with a backup server, a long ODT letter, a data message declining the
feed, a freelancer forwarding his own application, a village's bracket form and an expat weekly.
Written by hand apart from the extraction rules (see make_twentyfourth_rc); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentyfourth_rc_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    MUTT,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

I15, I16, I17 = ico("6838104"), ico("2750136"), ico("7119426")
I19, I20, I21 = ico("0592747"), ico("2914058"), ico("4803362")
I21X, I22, I23 = ico("0517693"), ico("3601557"), ico("4529806")
I24, I27, I28 = ico("2660915"), ico("0026839"), ico("0847213")

CASES: list[dict[str, Any]] = [
    {
        "id": "rc015-institute-databox-pdf-range",
        "description": "data message from a research institute, application only in a PDF; "
        "production as a written range in a narrow table cell that wraps, IPv6 test",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Institut pro studium veřejné komunikace, v. v. i.",
            I15,
            "u5tq2mz",
            ["192.0.2.10", "192.0.2.11", "192.0.2.12"],
            ["2001:db8:77::5"],
            "Kryštof Lánský",
            "lansky@ispk.example",
            "+420221403657",
        ),
        "subject": "Žádost o přístup k výsledkům voleb – ISPK",
        "databox": {
            "box": "u5tq2mz",
            "sender": "Institut pro studium veřejné komunikace, v. v. i.",
            "address": "Jilská 1, 110 00 Praha 1",
        },
        "attachments": [
            (
                "pdf",
                "ISPK_zadost_CSU.pdf",
                [
                    "Institut pro studium veřejné komunikace, v. v. i.\nJilská 1, "
                    "110 00 Praha 1\nIČO: " + I15,
                    "Český statistický úřad, Na padesátém 81, 100 82 Praha 10",
                    "Naše č. j.: ISPK-274/2025",
                    "Věc: Žádost o zřízení přístupu k výsledkům voleb ve formátu XML",
                    "Institut realizuje výzkumný projekt Volební noc v médiích (TL05000123), "
                    "v jehož rámci sleduje průběžné zveřejňování výsledků. Pro sběr dat "
                    "žádáme o přístup k serveru s výsledky:",
                    {
                        "rows": [
                            ["Účel", "Adresy"],
                            ["Produkční sběr (3 uzly)", "192.0.2.10 – 192.0.2.12"],
                            ["Testovací prostředí", "2001:db8:77::5"],
                            [
                                "Kontaktní osoba",
                                "Mgr. Kryštof Lánský, lansky@ispk.example, tel. 221 403 657",
                            ],
                        ],
                        "widths": [150, 90],
                    },
                    "Natáčení ani pořizování záznamů na sběrných místech neplánujeme.",
                    "prof. Ing. Eliška Vondrová, CSc.\nředitelka",
                ],
            )
        ],
    },
    {
        "id": "rc016-filming-withdrawn-in-ps",
        "description": "asks for feed and filming, then withdraws filming in a postscript",
        "style": Style.DECLINED,
        "labels": L(
            [FEED],
            "Rádio Beskyd spol. s r.o.",
            I16,
            None,
            ["198.51.100.111"],
            [],
            "Šárka Mikulcová",
            "mikulcova@radiobeskyd.example",
            "+420736285019",
        ),
        "from": "Šárka Mikulcová <mikulcova@radiobeskyd.example>",
        "subject": "žádost - XML výsledky + natáčení",
        "headers": SEZNAM,
        "body": (
            "Dobrý den,\n\n"
            "Rádio Beskyd spol. s r.o., IČO " + I16 + ", by rádo požádalo o přístup k "
            "výsledkům voleb ve formátu XML a o povolení pořídit zvukový záznam na "
            "krajském sběrném místě ve Frýdku-Místku.\n\n"
            "Naše IP: 198.51.100.111 (testovací nemáme)\n"
            "Kontakt: Šárka Mikulcová, 736 285 019\n\n"
            "Děkuji\nŠárka Mikulcová\nRádio Beskyd\n\n"
            "P.S. Omlouvám se, právě mi šéfredaktor řekl, že reportéra na sběrné místo "
            "nakonec nepošleme, takže žádost o natáčení/záznam prosím berte jako "
            "bezpředmětnou. Platí jen to XML.\n"
        ),
    },
    {
        "id": "rc017-town-tv-filming-only-html",
        "description": "HTML-only mail from a town's contributory organisation asking only to "
        "film; the crew listed with their own phones, the contact is the editor",
        "style": Style.FILMING,
        "labels": L(
            [FILM],
            "Městská televize Kolínec, příspěvková organizace",
            I17,
            None,
            [],
            [],
            "Michaela Doubravová",
            "doubravova@tvkolinec.example",
            "+420773408215",
        ),
        "from": "Michaela Doubravová <doubravova@tvkolinec.example>",
        "subject": "Povolení k natáčení na sběrném místě – Městská televize Kolínec",
        "headers": OWA,
        "html": (
            '<html><head><meta charset="utf-8"></head><body>'
            '<div style="font-family:Segoe UI,sans-serif;font-size:11pt">'
            "<p>Dobrý den,</p>"
            "<p>Městská televize Kolínec, příspěvková organizace (IČ&nbsp;" + I17 + "), "
            "žádá o povolení natáčet na sběrném místě ČSÚ v Kolíně v noci z "
            "pátku na sobotu. Výsledky ve formátu XML nepotřebujeme.</p>"
            "<p>Štáb:</p><ul>"
            "<li>Jakub Tesař – kameraman, 602 118 440</li>"
            "<li>Lukáš Vaněk – zvukař, 605 933 271</li>"
            "</ul>"
            "<p>Kontaktní osoba: <b>Michaela Doubravová</b>, redaktorka, "
            "tel. 773&nbsp;408&nbsp;215.</p>"
            "<p>Děkuji,<br>Michaela Doubravová<br>Městská televize Kolínec<br>"
            "Karlovo nám. 3, 280 02 Kolín</p>"
            "</div></body></html>"
        ),
    },
    {
        "id": "rc018-norwegian-newspaper",
        "description": "Norwegian-language mail from an Oslo daily; produksjon/test, "
        "Norwegian phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Dagsposten Vest AS",
            None,
            None,
            ["203.0.113.214"],
            ["203.0.113.215"],
            "Ingrid Solbakken",
            "ingrid.solbakken@dagspostenvest.example",
            "+4791538826",
        ),
        "from": "Ingrid Solbakken <ingrid.solbakken@dagspostenvest.example>",
        "subject": "Søknad om tilgang til valgresultater (XML)",
        "headers": APPLE,
        "body": (
            "Hei,\n\n"
            "Dagsposten Vest AS ønsker tilgang til valgresultatene i XML-format for vår "
            "utenriksdesk under valget i Tsjekkia.\n\n"
            "IP-adresse for produksjon: 203.0.113.214\n"
            "IP-adresse for test: 203.0.113.215\n\n"
            "Vi trenger ikke tillatelse til filming.\n\n"
            "Kontaktperson: Ingrid Solbakken, tlf. +47 915 38 826\n\n"
            "Vennlig hilsen\nIngrid Solbakken\nDataredaksjonen, Dagsposten Vest\n"
            "Org.nr. 912 345 678\n"
        ),
    },
    {
        "id": "rc019-temporary-test-host",
        "description": "a temporary test machine to be switched off after the election, the "
        "production server described first; a date and a ticket number in the text",
        "style": Style.HOSTS,
        "labels": L(
            [FEED],
            "Deník Krkonoše s.r.o.",
            I19,
            None,
            ["203.0.113.100"],
            ["203.0.113.99"],
            "Zdeněk Hůla",
            "hula@denikkrkonose.example",
            "+420499870316",
        ),
        "from": "Zdeněk Hůla <hula@denikkrkonose.example>",
        "subject": "Re: žádost o XML – doplnění IP",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "posílám žádost Deníku Krkonoše s.r.o. (IČO " + I19 + ") o přístup k XML s "
            "výsledky voleb.\n\n"
            "Ostrý provoz pojede ze serveru 203.0.113.100. Pro testování jsme si na dobu "
            "do 10. 10. 2025 pronajali dočasný virtuál 203.0.113.99 (ticket u "
            "poskytovatele #48213), po volbách ho zrušíme.\n\n"
            "Kontakt: Zdeněk Hůla, 499 870 316\n\n"
            "S pozdravem\nZdeněk Hůla\nIT, Deník Krkonoše\n"
        ),
    },
    {
        "id": "rc020-internal-host-behind-nat",
        "description": "an internal 10.x address and the public NAT address; only the public "
        "one is to be whitelisted",
        "style": Style.HOSTS,
        "labels": L(
            [FEED],
            "Zpravodajstvi Morava plus a.s.",
            I20,
            None,
            ["198.51.100.150"],
            [],
            "Radek Fiala",
            "fiala@moravaplus.example",
            "+420585224901",
        ),
        "from": "Radek Fiala <fiala@moravaplus.example>",
        "subject": "Přístup k XML výsledkům – Morava plus",
        "headers": MUTT,
        "cte": "7bit",
        "charset": "utf-8",
        "body": (
            "Dobry den,\n\n"
            "za Zpravodajstvi Morava plus a.s. (ICO " + I20 + ") zadam o pristup k "
            "vysledkum voleb v XML.\n\n"
            "Stahovat bude interni stroj 10.20.0.5, ven ale chodi pres NAT s verejnou "
            "adresou 198.51.100.150 - do whitelistu tedy prosim jen tu verejnou. Test "
            "nepotrebujeme.\n\n"
            "Kontakt: Radek Fiala, 585 224 901\n\n"
            "-- \nRadek Fiala, sysadmin\nMorava plus | Olomouc\n"
        ),
    },
    {
        "id": "rc021-contractor-xlsx-cancelled-row",
        "description": "an IT agency sends an XLSX for a radio; one row marked as cancelled, "
        "the radio's IČO in the sheet, the agency's in the signature",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Rádio Vltava Jih s.r.o.",
            I21,
            None,
            ["192.0.2.101", "192.0.2.102"],
            ["192.0.2.109"],
            "Tomáš Brejcha",
            "brejcha@netsluzby.example",
            "+420777904512",
        ),
        "from": "Tomáš Brejcha <brejcha@netsluzby.example>",
        "subject": "Rádio Vltava Jih – IP adresy pro XML výsledky voleb",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "jako dodavatel IT pro Rádio Vltava Jih s.r.o. posílám v příloze tabulku s "
            "údaji k žádosti o přístup k výsledkům voleb ve formátu XML. Kontaktní osobou "
            "za technickou stránku jsem já.\n\n"
            "S pozdravem\nTomáš Brejcha\nNetSlužby Budějovice s.r.o., IČO " + I21X + "\n"
            "mob. 777 904 512\n"
        ),
        "attachments": [
            (
                "xlsx",
                "vltava_jih_IP.xlsx",
                [
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["Žadatel", "Rádio Vltava Jih s.r.o.", "", ""],
                            ["IČO", I21, "", ""],
                            ["", "", "", ""],
                            ["Server", "IP adresa", "Role", "Stav"],
                            ["web1", "192.0.2.101", "produkce", "aktivní"],
                            ["web2", "192.0.2.102", "produkce", "aktivní"],
                            ["web-old", "192.0.2.100", "produkce", "zrušeno 06/2025"],
                            ["stage", "192.0.2.109", "test", "aktivní"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "rc022-slovak-tv-backup",
        "description": "Slovak regional television writing Slovak: ostrý and záložný server "
        "(both production) and a test server",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Televízia Pohronie, s. r. o.",
            I22,
            None,
            ["198.51.100.190", "198.51.100.191"],
            ["198.51.100.199"],
            "Miroslava Kováčiková",
            "kovacikova@tvpohronie.example",
            "+421905447120",
        ),
        "from": "Miroslava Kováčiková <kovacikova@tvpohronie.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb v XML",
        "headers": GMAIL,
        "body": (
            "Dobrý deň,\n\n"
            "Televízia Pohronie, s. r. o., IČO " + I22 + ", žiada o prístup k výsledkom "
            "volieb vo formáte XML, ktoré chceme použiť vo vysielaní pre divákov z "
            "česko-slovenského pohraničia.\n\n"
            "Ostrý server: 198.51.100.190\n"
            "Záložný server: 198.51.100.191\n"
            "Testovací server: 198.51.100.199\n\n"
            "Kontaktná osoba: Miroslava Kováčiková, tel. 0905 447 120\n\n"
            "S pozdravom\nMiroslava Kováčiková\nvedúca spravodajstva\n"
            "Televízia Pohronie, Námestie SNP 8, 974 01 Banská Bystrica\n"
        ),
    },
    {
        "id": "rc023-publisher-odt-long-letter",
        "description": "long formal ODT letter from a publishing house; feed and filming, the "
        "crew named, the contact a separate person named near the end",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Nakladatelství Lipový list a.s.",
            I23,
            None,
            ["192.0.2.221"],
            ["192.0.2.222"],
            "Bohumila Štorková",
            "storkova@lipovylist.example",
            "+420602551874",
        ),
        "from": "Sekretariát Lipový list <sekretariat@lipovylist.example>",
        "subject": "Žádost – výsledky voleb a natáčení (Lipový list)",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\nv příloze posíláme žádost podepsanou předsedou představenstva.\n\n"
            "Sekretariát, Nakladatelství Lipový list a.s.\n"
        ),
        "attachments": [
            (
                "odt",
                "zadost_CSU_volby.odt",
                [
                    "Nakladatelství Lipový list a.s., Palackého 1205/12, 612 00 Brno, "
                    "IČO " + I23 + ", zapsaná v obchodním rejstříku u Krajského soudu v "
                    "Brně, oddíl B, vložka 3391",
                    "Český statistický úřad",
                    "V Brně 9. září 2025",
                    "Věc: Žádost o přístup k výsledkům voleb ve formátu XML a o povolení "
                    "natáčení na sběrném místě",
                    "Vážené dámy, vážení pánové,",
                    "naše nakladatelství vydává regionální týdeník Lipový list a provozuje "
                    "zpravodajský portál lipovylist.example, který v minulých volbách "
                    "navštívilo během volební noci přes 180 000 čtenářů. I letos chceme "
                    "čtenářům přinášet průběžné výsledky po obcích a okrscích, a proto "
                    "žádáme o zřízení přístupu k výsledkům voleb ve formátu XML.",
                    "Náš produkční server má adresu 192.0.2.221, testovací server "
                    "192.0.2.222. Oba stroje provozujeme ve vlastní serverovně.",
                    "Dále žádáme o povolení natáčet a fotografovat na sběrném místě v "
                    "Brně. Štáb bude tvořit redaktor Igor Palán a fotograf Vít Sedlák.",
                    [
                        ["Člen štábu", "Funkce", "Číslo OP"],
                        ["Igor Palán", "redaktor", "204118337"],
                        ["Vít Sedlák", "fotograf", "207725190"],
                    ],
                    "Kontaktní osobou pro obě části žádosti je vedoucí digitální "
                    "redakce Bohumila Štorková, storkova@lipovylist.example, "
                    "mobil 602 551 874.",
                    "Předem děkujeme za kladné vyřízení.",
                    "S úctou",
                    "Ing. Leoš Hrabal\npředseda představenstva",
                ],
            )
        ],
    },
    {
        "id": "rc024-databox-feed-declined-docx",
        "description": "data message from a news portal; the DOCX asks only for filming and "
        "says in so many words that the XML feed is not requested",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Portál Střed, s.r.o.",
            I24,
            "f8nw4ja",
            [],
            [],
            "Jana Kratochvílová",
            "kratochvilova@portalstred.example",
            "+420721664093",
        ),
        "subject": "Žádost o povolení pořizovat záznam – volby 2025",
        "databox": {
            "box": "f8nw4ja",
            "sender": "Portál Střed, s.r.o.",
            "address": "Husova 22, 586 01 Jihlava",
        },
        "attachments": [
            (
                "docx",
                "zadost_nataceni.docx",
                {
                    "blocks": [
                        "Portál Střed, s.r.o., Husova 22, 586 01 Jihlava, IČO " + I24,
                        "Věc: Žádost o povolení pořizovat obrazový a zvukový záznam",
                        "Žádáme o povolení pořizovat obrazový a zvukový záznam na sběrném "
                        "místě ČSÚ v Jihlavě během sčítání hlasů.",
                        "O přístup k výsledkům ve formátu XML tentokrát nežádáme – "
                        "výsledky přebíráme od agentury.",
                        {
                            "rows": [
                                ["Kontaktní osoba", "Jana Kratochvílová"],
                                ["Telefon", "+420 721 664 093"],
                                ["E-mail", "kratochvilova@portalstred.example"],
                            ]
                        },
                        "Mgr. Pavel Kratochvíl, jednatel",
                    ]
                },
            )
        ],
    },
    {
        "id": "rc025-freelancer-forwards-own-original",
        "description": "a freelancer forwards his own earlier application as an attached "
        "message and corrects only the phone in the new text",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Vilém Straka",
            None,
            None,
            ["203.0.113.66"],
            ["203.0.113.67"],
            "Vilém Straka",
            "vilem.straka@volebnidata.example",
            "+420739208516",
        ),
        "from": "Vilém Straka <vilem.straka@volebnidata.example>",
        "subject": "Fwd: Žádost o přístup k XML – OPRAVA telefonu",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            "přeposílám svou žádost z minulého týdne – změnilo se jen moje telefonní "
            "číslo, staré 608 440 121 už nemám. Nové: 739 208 516. Zbytek platí.\n\n"
            "Vilém Straka\n"
        ),
        "attachments": [
            (
                "eml",
                "Zadost o pristup k XML.eml",
                {
                    "id": "rc025-inner",
                    "from": "Vilém Straka <vilem.straka@volebnidata.example>",
                    "subject": "Žádost o přístup k XML",
                    "headers": APPLE,
                    "body": (
                        "Dobrý den,\n\n"
                        "jsem nezávislý novinář a provozuji web Volební data "
                        "(bez IČO, žádám jako fyzická osoba). Žádám o přístup k "
                        "výsledkům voleb ve formátu XML.\n\n"
                        "Produkční server: 203.0.113.66\nTestovací server: 203.0.113.67\n\n"
                        "Telefon 608 440 121, e-mail vilem.straka@volebnidata.example\n\n"
                        "Děkuji, Vilém Straka\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "rc026-finnish-agency-slash31",
        "description": "Finnish agency writing English; production as a /31 (two addresses), "
        "Finnish phone, a Y-tunnus that is not an IČO",
        "style": Style.RANGE,
        "labels": L(
            [FEED],
            "Pohjoisviesti Oy",
            None,
            None,
            ["198.51.100.62", "198.51.100.63"],
            [],
            "Aino Rautiainen",
            "aino.rautiainen@pohjoisviesti.example",
            "+358405127734",
        ),
        "from": "Aino Rautiainen <aino.rautiainen@pohjoisviesti.example>",
        "subject": "XML results access for Pohjoisviesti",
        "headers": OUTLOOK,
        "body": (
            "Good morning,\n\n"
            "Pohjoisviesti Oy (Y-tunnus 2817734-5), a Finnish news agency, applies for "
            "access to the XML election results server. Our fetchers sit in "
            "198.51.100.62/31 - please allow both addresses. We have no separate test "
            "environment.\n\n"
            "Contact person: Aino Rautiainen, +358 40 512 7734\n\n"
            "Ystävällisin terveisin / Kind regards\nAino Rautiainen\n"
            "Head of Data Services, Pohjoisviesti Oy\nHelsinki\n"
        ),
    },
    {
        "id": "rc027-village-bracket-form",
        "description": "a village fills a text form with bracket ticks ([x] feed, [ ] "
        "filming), the IČO written with spaces, its data-box ID in the signature",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Obec Stará Hlína",
            I27,
            "xq7b2hd",
            ["192.0.2.33"],
            [],
            "Věra Novotná",
            "obec@starahlina.example",
            "+420384722105",
        ),
        "from": "Obec Stará Hlína <obec@starahlina.example>",
        "subject": "Formulář žádosti – volby",
        "headers": SEZNAM,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den, posíláme vyplněný formulář.\n\n"
            "ŽÁDOST\n"
            "[x] přístup k výsledkům voleb ve formátu XML\n"
            "[ ] povolení natáčení / pořizování záznamu\n\n"
            "Žadatel: Obec Stará Hlína\n"
            "IČ: " + " ".join([I27[:2], I27[2:5], I27[5:]]) + "\n"
            "IP adresa produkční: 192.0.2.33\n"
            "IP adresa testovací: ---\n"
            "Kontaktní osoba: Věra Novotná, účetní obce\n"
            "Telefon: 384 722 105\n"
            "E-mail: obec@starahlina.example\n\n"
            "Věra Novotná\nObecní úřad Stará Hlína, Stará Hlína 12, 379 01 Třeboň\n"
            "ID datové schránky: xq7b2hd\n"
        ),
    },
    {
        "id": "rc028-expat-weekly-live-staging",
        "description": "English-language weekly in Prague: 'live' and 'staging' servers; the "
        "IČO in the footer as 'Company ID'",
        "style": Style.MIXED,
        "labels": L(
            [FEED],
            "Vltava Courier s.r.o.",
            I28,
            None,
            ["203.0.113.240"],
            ["203.0.113.241"],
            "Oliver Pembroke",
            "oliver@vltavacourier.example",
            "+447700900318",
        ),
        "from": "Oliver Pembroke <oliver@vltavacourier.example>",
        "subject": "Election night - XML access request (Vltava Courier)",
        "headers": GMAIL,
        "body": (
            "Dear colleagues,\n\n"
            "apologies for writing in English - our Czech editor is on holiday. Vltava "
            "Courier, the English weekly for Prague expats, would like access to the "
            "live XML results during the election.\n\n"
            "Live server: 203.0.113.240\nStaging server: 203.0.113.241\n\n"
            "I'm the contact: Oliver Pembroke, my UK mobile +44 7700 900318 works in "
            "Prague too.\n\n"
            "Cheers,\nOliver\n\n"
            "--\nOliver Pembroke | Digital Editor | Vltava Courier\n"
            "Vltava Courier s.r.o. | Company ID (IČO): " + I28 + " | Karlova 27, Praha 1\n"
        ),
    },
]
