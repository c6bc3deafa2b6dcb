"""Twentyfirst held-out part ``oa``, cases oa015–oa028: a format=flowed delsp mail wrapping the
roles, a correction of an address and a phone, a data message with the application only in a
DOCX, a Polish portal in English, a reply completing the applicant's own quoted original under
the office's question, an XLSX with a merged role cell, a film-only ODT from a school, an HTML
yes/no table, a forwarded press release from an iPhone, a Hungarian agency's RTF, a chatty
radio asking for both, a municipality's data message with an XLSX, a reply replacing last
year's addresses and contact, and a hobby web's text file. Written by hand apart from the
extraction rules (see make_twentyfirst_oa); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentyfirst_oa_common import (
    BOTH,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    OUTLOOK,
    OUTLOOK14,
    SAMSUNG,
    SEZNAM,
    TBIRD,
    YAHOO,
    ZIMBRA,
    L,
    Style,
    ico,
)

P1, P2, P3, P5 = ico("2795431"), ico("0618207"), ico("2561974"), ico("2837105")
P6, P7, P8, P9 = ico("2917364"), ico("2603859"), ico("0639471"), ico("2740018")
P10, P11, P12 = ico("2876603"), ico("7051126"), ico("0750349")

CASES: list[dict[str, Any]] = [
    {
        "id": "oa015-flowed-delsp-wrapped-roles",
        "description": "format=flowed with delsp: the sentence giving production and test "
        "roles is soft-wrapped right before each address",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Zlínský týdeník s.r.o.",
            P1,
            None,
            ["198.51.100.140"],
            ["198.51.100.141"],
            "Hana Fojtíková",
            "fojtikova@zlinskytydenik.example",
            "+420577218904",
        ),
        "from": "Hana Fojtíková <fojtikova@zlinskytydenik.example>",
        "subject": "Žádost o přístup k výsledkům voleb (Zlínský týdeník)",
        "headers": TBIRD,
        "flowed": True,
        "delsp": True,
        "body": (
            "Dobrý den,\n\n"
            f"společnost Zlínský týdeník s.r.o., IČO {P1}, žádá o přístup k XML s  \n"
            "výsledky voleb. Produkční adresa našeho serveru je  \n"
            "198.51.100.140 a testovací adresa, kterou budeme používat jen do  \n"
            "konce září, je 198.51.100.141.\n\n"
            "Kontaktní osoba: Hana Fojtíková, tel. 577 218 904,  \n"
            "fojtikova@zlinskytydenik.example\n\n"
            "S pozdravem\n"
            "Hana Fojtíková\n"
        ),
    },
    {
        "id": "oa016-samsung-correction-address-and-phone",
        "description": "phone-typed mail correcting a mistyped production address and the "
        "phone number in the same message",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Nové Prachaticko s.r.o.",
            P2,
            None,
            ["203.0.113.33", "203.0.113.43"],
            ["203.0.113.50"],
            "Jaroslav Kubeš",
            "kubes@noveprachaticko.example",
            "+420605118242",
        ),
        "from": "Jaroslav Kubeš <kubes@noveprachaticko.example>",
        "subject": "Volby - pristup k XML",
        "headers": SAMSUNG,
        "cte": "8bit",
        "body": (
            "Dobrý den,\n"
            f"za Nové Prachaticko s.r.o. (IČO {P2}) prosím o přístup k výsledkům.\n"
            "Produkční: 203.0.113.33, 203.0.113.34\n"
            "Test: 203.0.113.50\n"
            "Oprava - ta druhá produkční je překlep, má být 203.0.113.43, ne .34.\n"
            "Kontakt já, tel 605 118 224 - pardon, 605 118 242.\n"
            "Kubeš\n\n"
            "Odesláno z mého Galaxy\n"
        ),
    },
    {
        "id": "oa017-databox-docx-only-file",
        "description": "data message with a bare annotation; the application is only in the "
        "DOCX (header IČO, the office's box ID in the address block, main/backup/test rows)",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Vydavatelství Úpa, spol. s r.o.",
            P3,
            "b8tn5xq",
            ["198.51.100.120", "198.51.100.121"],
            ["198.51.100.129"],
            "Tereza Machová",
            "machova@upa-media.example",
            "+420499318225",
        ),
        "subject": "Žádost – volby 2025",
        "databox": {
            "box": "b8tn5xq",
            "sender": "Vydavatelství Úpa, spol. s r.o.",
            "address": "Horská 88, 541 01 Trutnov",
        },
        "attachments": [
            (
                "docx",
                "zadost_CSU_2025.docx",
                {
                    "header": f"Vydavatelství Úpa, spol. s r.o. · Horská 88, 541 01 Trutnov · "
                    f"IČO {P3}",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81, 100 82 Praha 10\nID DS: 2gfaasy",
                        "Trutnov 12. 9. 2025",
                        "Žádost o zřízení přístupu k serveru s výsledky voleb",
                        "Vydavatelství Úpa, spol. s r.o., vydavatel zpravodajského webu "
                        "Krkonošské listy, žádá o přístup k průběžným výsledkům voleb "
                        "ve formátu XML z těchto adres:",
                        {
                            "rows": [
                                ["Hlavní server", "198.51.100.120"],
                                ["Záložní server", "198.51.100.121"],
                                ["Testovací server", "198.51.100.129"],
                            ]
                        },
                        "Kontaktní osoba: Ing. Tereza Machová, tel. +420 499 318 225, "
                        "machova@upa-media.example",
                        "Ing. Stanislav Kříž, jednatel",
                    ],
                },
            )
        ],
    },
    {
        "id": "oa018-polish-portal-english",
        "description": "Polish news portal writing non-native English, a NIP but no IČO, no "
        "test server, a Polish landline",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Wiadomości Pogranicza sp. z o.o.",
            None,
            None,
            ["192.0.2.170", "192.0.2.171"],
            [],
            "Katarzyna Zielińska",
            "k.zielinska@wiadomoscipogranicza.example",
            "+48774410263",
        ),
        "from": "Katarzyna Zielińska <k.zielinska@wiadomoscipogranicza.example>",
        "subject": "Request for access - election result XML",
        "headers": YAHOO,
        "body": (
            "Hello,\n\n"
            "we are news portal from Opole region, we write also about Czech neighbours and "
            "we want to make results of your elections live on our page. Please we ask for "
            "access to XML server.\n\n"
            "Our company: Wiadomości Pogranicza sp. z o.o., ul. Krakowska 17, 45-018 Opole, "
            "NIP 754-310-22-85\n"
            "IP of our servers: 192.0.2.170, 192.0.2.171 (both production, we dont have "
            "test server)\n"
            "Contact person: Katarzyna Zielińska, tel. +48 77 441 02 63\n\n"
            "Thank you very much and sorry for my english.\n"
            "Best regards\n"
            "Katarzyna Zielińska\n"
        ),
    },
    {
        "id": "oa019-outlook-reply-completes-quoted-original",
        "description": "Outlook reply adding only the test address the office asked for; "
        "production, organisation and contact are in the applicant's own quoted original, "
        "the office's question and signature quoted between",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Slovácké noviny, spol. s r.o.",
            P5,
            None,
            ["198.51.100.160", "198.51.100.161"],
            ["198.51.100.199"],
            "Ivana Mlčochová",
            "mlcochova@slovackenoviny.example",
            "+420572540118",
        ),
        "from": "Mlčochová Ivana <mlcochova@slovackenoviny.example>",
        "subject": "RE: Žádost o přístup k výsledkům voleb - doplnění",
        "headers": OUTLOOK14,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\n"
            "doplňuji testovací adresu: 198.51.100.199. Ostatní údaje platí, jak jsem je "
            "uvedla v původním e-mailu níže.\n\n"
            "S pozdravem\n"
            "Ivana Mlčochová\n\n"
            "-----Original Message-----\n"
            "From: podatelna <podatelna@czso.cz>\n"
            "Sent: Tuesday, September 16, 2025 10:12 AM\n"
            "To: Mlčochová Ivana <mlcochova@slovackenoviny.example>\n"
            "Subject: RE: Žádost o přístup k výsledkům voleb\n\n"
            "Dobrý den,\n"
            "děkujeme za žádost. Uveďte prosím, zda budete používat i testovací adresu.\n\n"
            "Podatelna ČSÚ\n"
            "Český statistický úřad, Na padesátém 81, 100 82 Praha 10\n"
            "tel.: +420 274 052 733 | podatelna@czso.cz\n\n"
            "-----Original Message-----\n"
            "From: Mlčochová Ivana <mlcochova@slovackenoviny.example>\n"
            "Sent: Monday, September 15, 2025 2:47 PM\n"
            "To: podatelna <podatelna@czso.cz>\n"
            "Subject: Žádost o přístup k výsledkům voleb\n\n"
            "Dobrý den,\n"
            f"Slovácké noviny, spol. s r.o., IČO {P5}, žádají o přístup k XML "
            "s výsledky voleb.\n"
            "Produkční IP: 198.51.100.160 a 198.51.100.161\n"
            "Kontaktní osoba: Ivana Mlčochová, tel. 572 540 118\n\n"
            "Ivana Mlčochová\n"
            "Slovácké noviny\n"
        ),
    },
    {
        "id": "oa020-evolution-xlsx-merged-role",
        "description": "Evolution mail with an XLSX: the production role in a cell merged "
        "over two rows (main and backup), contact on a second sheet",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "TV Ralsko a.s.",
            P6,
            None,
            ["198.51.100.40", "198.51.100.41"],
            ["198.51.100.48"],
            "Filip Šrámek",
            "sramek@tvralsko.example",
            "+420487120556",
        ),
        "from": "Filip Šrámek <sramek@tvralsko.example>",
        "subject": "TV Ralsko - žádost o XML výsledky",
        "headers": EVOLUTION,
        "body": (
            "Dobrý den,\n\n"
            "TV Ralsko a.s. žádá o přístup k výsledkům voleb. Adresy a kontakt jsou "
            "v přiložené tabulce.\n\n"
            "Filip Šrámek\n"
        ),
        "attachments": [
            (
                "xlsx",
                "TVRalsko_volby.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["Prostředí", "IP adresa", "Poznámka"],
                            ["Produkce", "198.51.100.40", "hlavní"],
                            ["", "198.51.100.41", "záloha"],
                            ["Test", "198.51.100.48", "do 3. 10."],
                        ],
                        "merge": ["A2:A3"],
                    },
                    {
                        "title": "Kontakt",
                        "rows": [
                            ["Firma", "TV Ralsko a.s."],
                            ["IČO", P6],
                            ["Kontaktní osoba", "Filip Šrámek"],
                            ["E-mail", "sramek@tvralsko.example"],
                            ["Telefon", "+420 487 120 556"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "oa021-school-film-only-odt",
        "description": "student's Gmail with an ODT letter: filming only, the project "
        "supervisor named as contact; students of the crew with their own phones",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FILM],
            "Vysoká škola mediálních studií Kolín, o.p.s.",
            P7,
            None,
            [],
            [],
            "Alena Křížová",
            "krizova@vsms-kolin.example",
            "+420321744610",
        ),
        "from": "Vojtěch Pazdera <pazdera.vojtech@vsms-kolin.example>",
        "subject": "Žádost o povolení natáčení – studentský projekt",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "v příloze posílám žádost naší školy o povolení natáčet na sběrném místě. "
            "Kontaktní osobou je vedoucí projektu, paní docentka Křížová (údaje v dopise).\n\n"
            "Děkuji,\n"
            "Vojtěch Pazdera\n"
            "student 3. ročníku, tel. 731 205 884\n"
        ),
        "attachments": [
            (
                "odt",
                "zadost_nataceni.odt",
                [
                    "Vysoká škola mediálních studií Kolín, o.p.s.",
                    f"Kutnohorská 21, 280 02 Kolín, IČO {P7}",
                    "Věc: Žádost o povolení pořizovat obrazový a zvukový záznam",
                    "Žádáme o povolení natáčet na sběrném místě ČSÚ v Kolíně v době "
                    "zpracování výsledků voleb pro studentský dokumentární film. Přístup "
                    "k výsledkům ve formátu XML nepožadujeme.",
                    [
                        ["Člen štábu", "Role", "Telefon"],
                        ["Vojtěch Pazdera", "režie", "731 205 884"],
                        ["Nikola Hrubá", "kamera", "736 118 402"],
                    ],
                    "Kontaktní osoba: doc. Mgr. Alena Křížová, Ph.D., vedoucí projektu, "
                    "tel. 321 744 610, krizova@vsms-kolin.example",
                ],
            )
        ],
    },
    {
        "id": "oa022-zimbra-html-ano-ne-table",
        "description": "HTML-only Zimbra mail in iso-8859-2: a yes/no table declines filming, "
        "an address table with row headers",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Zprávy z Ještědu s.r.o.",
            P8,
            None,
            ["203.0.113.150", "203.0.113.151"],
            ["203.0.113.159"],
            "Daniela Kratochvílová",
            "kratochvilova@zpravyzjestedu.example",
            "+420485330917",
        ),
        "from": "Daniela Kratochvílová <kratochvilova@zpravyzjestedu.example>",
        "subject": "Žádost média – volby 2025",
        "headers": ZIMBRA,
        "charset": "iso-8859-2",
        "html": (
            '<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: '
            '10pt; color: #000000"><div>Dobrý den,</div><div><br></div>'
            f"<div>Zprávy z Ještědu s.r.o., IČO {P8}, podávají žádost:</div><br>"
            '<table border="1" cellspacing="0" cellpadding="3">'
            "<tr><th>Požadavek</th><th>ANO/NE</th></tr>"
            "<tr><td>Přístup k XML s výsledky voleb</td><td>ANO</td></tr>"
            "<tr><td>Povolení natáčení na sběrném místě</td><td>NE</td></tr></table><br>"
            '<table border="1" cellspacing="0" cellpadding="3">'
            "<tr><th>Produkční IP</th><td>203.0.113.150</td><td>203.0.113.151</td></tr>"
            "<tr><th>Testovací IP</th><td>203.0.113.159</td><td></td></tr></table>"
            "<div><br></div><div>Kontakt: Daniela Kratochvílová</div>"
            "<div><br></div><div>-- </div><div>Daniela Kratochvílová<br>produkce webu<br>"
            "Zprávy z Ještědu | tel. 485 330 917</div></div></body></html>"
        ),
    },
    {
        "id": "oa023-iphone-forwarded-press-release",
        "description": "iPhone forward of the office's press release with the applicant's text "
        "on top; the release names an office spokesman, phone and addresses",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Vltavská média s.r.o.",
            P9,
            None,
            ["192.0.2.20"],
            ["192.0.2.21"],
            "Simona Paurová",
            "paurova@vltavskamedia.example",
            "+420602445581",
        ),
        "from": "Simona Paurová <paurova@vltavskamedia.example>",
        "subject": "Fwd: Tisková zpráva ČSÚ – výsledky voleb pro média",
        "headers": IPHONE,
        "body": (
            "Dobrý den, na základě níže přeposlané tiskové zprávy žádáme o přístup. "
            f"Vltavská média s.r.o., IČO {P9}. Ostrý server 192.0.2.20, zkušební 192.0.2.21. "
            "Kontakt: Simona Paurová, 602 44 55 81.\n\n"
            "Odesláno z iPhonu\n\n"
            "Začátek přeposílané zprávy:\n\n"
            "> Od: Český statistický úřad <podatelna@czso.cz>\n"
            "> Datum: 1. září 2025 11:02:17 SELČ\n"
            "> Předmět: Tisková zpráva ČSÚ – výsledky voleb pro média\n"
            ">\n"
            "> ČSÚ nabízí médiím přímé napojení na průběžné výsledky voleb ve formátu XML.\n"
            "> Žádost musí obsahovat název a IČO žadatele, nejvýše pět produkčních a pět\n"
            "> testovacích IP adres a kontaktní osobu. Zasílejte ji na podatelna@czso.cz\n"
            "> nebo do datové schránky 2gfaasy.\n"
            ">\n"
            "> Kontakt pro média: Petr Novotný, oddělení komunikace, tel. 274 052 733\n"
            "> Český statistický úřad, Na padesátém 81, 100 82 Praha 10, IČO 00025593\n"
        ),
    },
    {
        "id": "oa024-hungarian-agency-rtf",
        "description": "Hungarian agency in English with an RTF table: an IPv6 and an IPv4 "
        "production row and an IPv4 test row; a company registry number but no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Duna Hírügynökség Kft.",
            None,
            None,
            ["2001:db8:77::20", "192.0.2.222"],
            ["192.0.2.223"],
            "Zsófia Nagy",
            "nagy.zsofia@dunahir.example",
            "+3614887720",
        ),
        "from": "Nagy Zsófia <nagy.zsofia@dunahir.example>",
        "subject": "Application: access to election results XML",
        "headers": TBIRD,
        "body": (
            "Dear Sir/Madam,\n\n"
            "please find attached the application of Duna Hírügynökség Kft. (Budapest) for "
            "access to the election results server. The addresses are listed in the table "
            "in the document.\n\n"
            "Best regards,\n"
            "Zsófia Nagy\n"
            "Duna Hírügynökség Kft. | Cg. 01-09-334812\n"
        ),
        "attachments": [
            (
                "rtf",
                "CSU_application_DunaHir.rtf",
                [
                    "Duna Hírügynökség Kft., Váci út 141, 1138 Budapest, Hungary",
                    "Application for access to the XML results of the Czech election",
                    [
                        ["Role", "IP address"],
                        ["Production", "2001:db8:77::20"],
                        ["Production", "192.0.2.222"],
                        ["Test", "192.0.2.223"],
                    ],
                    "Contact person: Zsófia Nagy, +36 1 488 7720, nagy.zsofia@dunahir.example",
                    "Budapest, 10 September 2025",
                ],
            )
        ],
    },
    {
        "id": "oa025-chatty-radio-both-port-version",
        "description": "chatty Seznam mail from a radio presenter asking for the feed and a "
        "live broadcast from the collection point; 'ostrá'/'zkušební', a stream port and an "
        "encoder version",
        "style": Style.CHATTY,
        "labels": L(
            BOTH,
            "Rádio Hřebeny s.r.o.",
            P10,
            None,
            ["203.0.113.230"],
            ["203.0.113.231"],
            "Jakub Říha",
            "jakub.riha@radiohrebeny.example",
            "+420777208915",
        ),
        "from": "Jakub Říha <jakub.riha@radiohrebeny.example>",
        "subject": "volby - XML + živý vstup",
        "headers": SEZNAM,
        "cte": "base64",
        "body": (
            "Zdravím do Prahy!\n\n"
            "Jsem moderátor Rádia Hřebeny a na volební noc chystáme speciál. Potřebovali "
            "bychom dvě věci – jednak XML s výsledky (ostrá adresa 203.0.113.230, zkušební "
            "203.0.113.231), a jednak bych rád dělal živé vstupy přímo ze sběrného místa, "
            "takže prosím i o povolení nahrávat/vysílat odtamtud.\n\n"
            "Technicky: stream jede na portu 8000, enkodér verze 4.1.2, ale to asi "
            "nepotřebujete :)\n\n"
            f"Rádio Hřebeny s.r.o., IČO {P10}\n"
            "Kontakt: já, Jakub Říha, 777 208 915\n\n"
            "Díky, Kuba\n"
        ),
    },
    {
        "id": "oa026-databox-municipality-xlsx",
        "description": "a municipality's data message: the annotation points to the XLSX, which "
        "has label/value rows with a dash for the test address; no test address",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Město Horní Jasenná",
            P11,
            "m2q7fzc",
            ["198.51.100.210"],
            [],
            "Roman Klíma",
            "klima@hornijasenna.example",
            "+420571664302",
        ),
        "subject": "Žádost o přístup k výsledkům voleb – IP adresy a kontakt v příloze",
        "databox": {
            "box": "m2q7fzc",
            "sender": "Město Horní Jasenná",
            "address": "Masarykovo nám. 1, 756 12 Horní Jasenná",
            "type": 10,
        },
        "attachments": [
            (
                "xlsx",
                "volby_pristup.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Město Horní Jasenná"],
                            ["IČO", P11],
                            ["Účel", "výsledky na webu města a na infokanálu"],
                            ["Produkční IP", "198.51.100.210"],
                            ["Testovací IP", "—"],
                            ["Kontaktní osoba", "Bc. Roman Klíma, správce IT"],
                            ["Telefon", "+420 571 664 302"],
                            ["E-mail", "klima@hornijasenna.example"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "oa027-reply-own-last-year-new-addresses",
        "description": "reply over the applicant's own application from last year: new "
        "addresses replace the quoted old ones, and a new contact replaces the quoted one",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Brodský týdeník s.r.o.",
            P12,
            None,
            ["192.0.2.110", "192.0.2.111"],
            ["192.0.2.119"],
            "Renata Šimková",
            "simkova@brodskytydenik.example",
            "+420569433127",
        ),
        "from": "Redakce Brodský týdeník <redakce@brodskytydenik.example>",
        "subject": "RE: Žádost o přístup k XML výsledkům 2024",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "posíláme znovu žádost jako loni (viz níže), letos ale s jinými adresami:\n"
            "produkce 192.0.2.110 a 192.0.2.111, test 192.0.2.119.\n"
            "Loňské adresy uvedené níže už nepoužíváme.\n\n"
            "Pan Dvořák u nás již nepracuje, kontaktní osobou bude nově paní Renata "
            "Šimková, simkova@brodskytydenik.example, tel. 569 433 127.\n\n"
            "Redakce Brodského týdeníku\n\n"
            "From: Karel Dvořák <dvorak@brodskytydenik.example>\n"
            "Sent: Wednesday, August 28, 2024 9:15 AM\n"
            "To: podatelna@czso.cz\n"
            "Subject: Žádost o přístup k XML výsledkům 2024\n\n"
            "Dobrý den,\n"
            f"Brodský týdeník s.r.o., IČO {P12}, žádá o přístup k výsledkům voleb v XML.\n"
            "Produkční IP: 192.0.2.10\n"
            "Testovací IP: 192.0.2.19\n"
            "Kontakt: Karel Dvořák, 569 433 120, dvorak@brodskytydenik.example\n"
        ),
    },
    {
        "id": "oa028-k9-hobby-web-txt",
        "description": "K-9 note without diacritics with a text file; a hobby web run by one "
        "person without a company or IČO; the test address is temporary",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Libor Sýkora",
            None,
            None,
            ["203.0.113.120", "203.0.113.121"],
            ["203.0.113.122"],
            "Libor Sýkora",
            "libor@volebni-mapa.example",
            "+420604871229",
        ),
        "from": "Libor Sýkora <libor@volebni-mapa.example>",
        "subject": "xml vysledky - volebni-mapa.example",
        "headers": K9,
        "body": (
            "dobry den, posilam v priloze ip adresy pro pristup k xml. zadna firma to neni, "
            "web volebni-mapa.example delam po vecerech sam, ico nemam.\n"
            "diky L. Sykora\n"
        ),
        "attachments": [
            (
                "txt",
                "ip.txt",
                "prod 203.0.113.120\n"
                "prod 203.0.113.121\n"
                "test 203.0.113.122 (jen do 30.9.)\n\n"
                "kontakt: Libor Sýkora, 604 871 229, libor@volebni-mapa.example\n",
            )
        ],
    },
]
