"""Thirty-seventh held-out part ``ag``, cases ag015–ag028: a village's filming request from
Outlook Express in windows-1250, a reply that replaces the contact over the applicant's quoted
original, a Polish daily writing English with "respectively", an XLSX sheet with an old address,
an IT contractor with version numbers, a format=flowed delsp mail wrapped mid-sentence, a
university faculty's data message with an ODT, a forward chain carrying the office's press
release, a British outlet with a multi-person signature, an RTF letter, a Seznam HTML mail with
a corrected phone, an Austrian TV crew, an S/MIME-signed agency letter and a data message with a
cover note and a sheet. Written by hand apart from the extraction rules (see
make_thirtyseventh_ag); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtyseventh_ag_common import (
    APPLE,
    CLAWS,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    MAC_OUTLOOK,
    OE,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    YAHOO,
    L,
    Style,
    ico,
)

I15, I16, I18, I19 = ico("0027344"), ico("2804417"), ico("2936021"), ico("0455173")
I20, I21, I22, I24 = ico("2687290"), ico("0064981"), ico("2558346"), ico("2619705")
I25, I27, I28, I19C = ico("0318862"), ico("2764532"), ico("2481967"), ico("0791534")

CASES: list[dict[str, Any]] = [
    {
        "id": "ag015-outlook-express-village-film",
        "description": "a village mayor on Outlook Express (windows-1250) asks only to film for "
        "the village cable TV; bank account and postal code as other numbers",
        "style": Style.LETTER,
        "labels": L(
            [FILM],
            "Obec Lhotka u Berouna",
            I15,
            None,
            [],
            [],
            "Miroslav Cejnar",
            "starosta@lhotka-ub.example",
            "+420311672045",
        ),
        "from": "Obec Lhotka - starosta <starosta@lhotka-ub.example>",
        "subject": "Žádost o povolení natáčení",
        "headers": OE,
        "charset": "windows-1250",
        "body": (
            "Vážení,\n\n"
            "Obec Lhotka u Berouna, IČ: "
            f"{I15}, se sídlem Lhotka 12, 266 01 Beroun, žádá o povolení pořídit "
            "videozáznam na sběrném místě Českého statistického úřadu v Berouně v den "
            "sčítání hlasů. Záznam bude použit pouze pro obecní kabelovou televizi "
            "a obecní zpravodaj.\n\n"
            "Natáčet bude paní Věra Holá, obecní kronikářka. Kontaktní osobou jsem já.\n\n"
            "Správní poplatek, bude-li nějaký, uhradíme na Váš účet, naše číslo účtu je "
            "0382719031/0800.\n\n"
            "S úctou\n"
            "Miroslav Cejnar\n"
            "starosta obce\n"
            "tel.: 311 672 045\n"
        ),
    },
    {
        "id": "ag016-roundcube-reply-new-contact",
        "description": "reply to the office's query: the contact is replaced by a colleague with "
        "her own phone; addresses and organisation only in the applicant's quoted original; "
        "the office's contacts quoted too",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Liberecký týden s.r.o.",
            I16,
            None,
            ["198.51.100.45", "198.51.100.46"],
            ["198.51.100.47"],
            "Jana Řeháková",
            "rehakova@libereckytyden.example",
            "+420776203418",
        ),
        "from": "Ota Kratochvíl <kratochvil@libereckytyden.example>",
        "subject": "Re: Vaše žádost – doplnění kontaktu",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\n"
            "děkuji za upozornění. Kontaktní osobou místo mě bude kolegyně Jana Řeháková, "
            "rehakova@libereckytyden.example, mobil 776 203 418 – já budu v době voleb na "
            "dovolené. Adresy z původní žádosti platí.\n\n"
            "Ota Kratochvíl\n\n"
            "Dne 2026-09-16 10:11, podatelna@czso.cz napsal:\n"
            "> Vážený pane Kratochvíle,\n"
            "> k Vaší žádosti prosíme o uvedení kontaktní osoby dosažitelné v noci\n"
            "> z 3. na 4. 10. 2026. Dotazy: oddělení komunikace, tel. 274 052 733.\n"
            ">\n"
            "> Odesláno: 2026-09-15 14:27, Ota Kratochvíl:\n"
            ">> Dobrý den,\n"
            ">> Liberecký týden s.r.o., IČO "
            f"{I16}, žádá o přístup k XML výsledkům.\n"
            ">> Produkce: 198.51.100.45, 198.51.100.46\n"
            ">> Test: 198.51.100.47\n"
            ">> Ota Kratochvíl, IT, 485 100 266\n"
        ),
    },
    {
        "id": "ag017-polish-respectively",
        "description": "Polish daily writing English: two addresses given 'for production and "
        "testing, respectively'; Polish KRS and NIP numbers but no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Gazeta Śląska Sp. z o.o.",
            None,
            None,
            ["203.0.113.130"],
            ["203.0.113.131"],
            "Krzysztof Nowicki",
            "k.nowicki@gazetaslaska.example",
            "+48322119047",
        ),
        "from": "Krzysztof Nowicki <k.nowicki@gazetaslaska.example>",
        "subject": "Application: access to Czech election results (XML)",
        "headers": TBIRD,
        "body": (
            "Good morning,\n\n"
            "on behalf of Gazeta Śląska Sp. z o.o. (Katowice, KRS 0000418253, NIP "
            "634-281-19-02) I would like to request access to the server with the Czech "
            "election results in XML. We run a live page for readers in the border "
            "region.\n\n"
            "Our servers 203.0.113.130 and 203.0.113.131 will be used for production and "
            "testing, respectively.\n\n"
            "Contact person: Krzysztof Nowicki (me), +48 32 211 90 47.\n\n"
            "Best regards / Z poważaniem\nKrzysztof Nowicki\nDział IT, Gazeta Śląska\n"
        ),
    },
    {
        "id": "ag018-mac-outlook-xlsx-old-address",
        "description": "XLSX attachment: a sheet of addresses with a type column including an old "
        "address marked no longer used, a second sheet with contacts",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "RTV Morava s.r.o.",
            I18,
            None,
            ["198.51.100.180", "198.51.100.181"],
            ["198.51.100.190"],
            "Libor Vávra",
            "vavra@rtvmorava.example",
            "+420585230114",
        ),
        "from": "Libor Vávra <vavra@rtvmorava.example>",
        "subject": "RTV Morava – žádost o XML výsledky",
        "headers": MAC_OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "za RTV Morava s.r.o. (IČO "
            f"{I18}) žádám o přístup k výsledkům voleb ve formátu XML. Adresy a kontakty "
            "jsou v přiložené tabulce.\n\n"
            "Libor Vávra\nvedoucí techniky\nRTV Morava s.r.o.\n"
        ),
        "attachments": [
            (
                "xlsx",
                "RTV_Morava_IP.xlsx",
                [
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["Typ", "IP adresa", "Poznámka"],
                            ["produkční", "198.51.100.180", "hlavní encoder"],
                            ["produkční", "198.51.100.181", "záloha"],
                            ["testovací", "198.51.100.190", ""],
                            ["produkční", "198.51.100.120", "stará – už nepoužíváme, neuvádět"],
                        ],
                    },
                    {
                        "title": "Kontakty",
                        "rows": [
                            ["Role", "Jméno", "Telefon", "E-mail"],
                            [
                                "kontaktní osoba",
                                "Libor Vávra",
                                "585 230 114",
                                "vavra@rtvmorava.example",
                            ],
                            [
                                "šéfredaktor",
                                "Kamil Hanák",
                                "585 230 100",
                                "hanak@rtvmorava.example",
                            ],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "ag019-claws-contractor-versions",
        "description": "an IT contractor writes for a regional daily; version numbers and a "
        "kernel version that look like addresses; the contractor names himself contact",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Deník Horácko s.r.o.",
            I19,
            None,
            ["192.0.2.88"],
            ["192.0.2.89"],
            "Pavel Jelínek",
            "jelinek@bitpoint.example",
            "+420739004562",
        ),
        "from": "Pavel Jelinek <jelinek@bitpoint.example>",
        "subject": "Deník Horácko - přístup k volebním XML",
        "headers": CLAWS,
        "body": (
            "Dobrý den,\n\n"
            "jsme externí IT dodavatel (BitPoint s.r.o., IČO "
            f"{I19C}) a spravujeme web pro Deník Horácko s.r.o., IČO {I19}. Jejich jménem "
            "žádám o přístup k serveru s výsledky voleb ve formátu XML.\n\n"
            "Stahování poběží na serveru 192.0.2.88 (Debian 12.7, kernel 6.1.0.25, "
            "curl 8.5.0), testovací instance na 192.0.2.89. Klient je náš vlastní, "
            "verze 2.4.1.3.\n\n"
            "Kontaktní osobou pro tuto žádost jsem já – Pavel Jelínek, 739 004 562.\n"
            "Plnou moc od vydavatele mohu doložit.\n\n"
            "--\nPavel Jelínek\nBitPoint s.r.o. | servis a správa serverů\n"
        ),
    },
    {
        "id": "ag020-apple-flowed-delsp-wrapped",
        "description": "format=flowed with delsp=yes, the sentence giving both roles wrapped over "
        "soft line breaks (one inside a word)",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Zlínský zpravodaj, s.r.o.",
            I20,
            None,
            ["203.0.113.140"],
            ["203.0.113.141"],
            "Barbora Matoušková",
            "matouskova@zlinskyzpravodaj.example",
            "+420732880147",
        ),
        "from": "Barbora Matoušková <matouskova@zlinskyzpravodaj.example>",
        "subject": "Prosba o přístup k XML",
        "headers": APPLE,
        "flowed": True,
        "delsp": True,
        "body": (
            "Dobrý den,\n\n"
            "letos poprvé chceme mít na webu výsledky hned, jak je zveřejníte, tak  \n"
            "prosím o přístup. Data budeme stahovat z adresy 203.0.113.140, zatímco  \n"
            "testovat budeme z 203.0.113.141 (ta se ve volební noc vypne). Jsme  \n"
            "Zlínský zpravodaj, s.r.o., IČO "
            f"{I20}.\n\n"
            "Kdyby bylo potřeba cokoli upřesnit, jsem k zastiže"
            " \nní na 732 880 147.\n\n"
            "Hezký den\nBára Matoušková\n"
        ),
    },
    {
        "id": "ag021-databox-university-odt",
        "description": "data message from a university whose faculty applies; the ODT names the "
        "faculty, a table of addresses, the annotation only points to the file",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Univerzita Poohří",
            I21,
            "u7fe3ck",
            ["198.51.100.220", "198.51.100.221"],
            ["198.51.100.222"],
            "Jakub Šťastný",
            "stastny@fzs.upoohri.example",
            "+420474551208",
        ),
        "subject": "Fakulta žurnalistiky – žádost o přístup k výsledkům voleb (viz příloha)",
        "databox": {
            "box": "u7fe3ck",
            "sender": "Univerzita Poohří",
            "address": "Hlavní 1, 430 01 Chomutov",
            "type": 10,
        },
        "attachments": [
            (
                "odt",
                "zadost_FZ.odt",
                [
                    "Univerzita Poohří, Fakulta žurnalistiky a médií",
                    f"IČO: {I21}",
                    "Žádost o přístup k průběžným výsledkům voleb ve formátu XML",
                    "Studentská redakce fakulty bude ve volební noc vysílat živé "
                    "zpravodajství. Prosíme o povolení přístupu z těchto adres:",
                    [
                        ["účel", "IP"],
                        ["provoz", "198.51.100.220"],
                        ["provoz", "198.51.100.221"],
                        ["test", "198.51.100.222"],
                    ],
                    "O povolení k natáčení nežádáme.",
                    "Kontaktní osoba: Ing. Jakub Šťastný, Ph.D., tel. 474 551 208, "
                    "stastny@fzs.upoohri.example",
                    "doc. PhDr. Alena Krausová, CSc., děkanka",
                ],
            )
        ],
    },
    {
        "id": "ag022-gmail-forward-chain-press-release",
        "description": "editor forwards a colleague's internal mail which itself forwarded the "
        "office's press release (office IČO, box, phone); addresses in the colleague's part, "
        "contact named in the top part",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Echo Plzeňska s.r.o.",
            I22,
            None,
            ["192.0.2.150", "192.0.2.151"],
            ["192.0.2.155"],
            "Marek Vondra",
            "vondra@echoplzenska.example",
            "+420728661045",
        ),
        "from": "Simona Bartáková <bartakova@echoplzenska.example>",
        "subject": "Fwd: Fwd: TZ ČSÚ – výsledky voleb pro média",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "posílám žádost Echo Plzeňska s.r.o. (IČO "
            f"{I22}) o přístup k XML výsledkům – adresy jsou níže od kolegy Vondry, který "
            "bude i kontaktní osobou (vondra@echoplzenska.example, 728 661 045).\n\n"
            "Simona Bartáková, šéfredaktorka\n\n"
            "---------- Forwarded message ---------\n"
            "Od: Marek Vondra <vondra@echoplzenska.example>\n"
            "Date: po 14. 9. 2026 v 11:20\n"
            "Subject: Fwd: TZ ČSÚ – výsledky voleb pro média\n"
            "To: Simona Bartáková <bartakova@echoplzenska.example>\n\n\n"
            "Simono, tady je ta tisková zpráva. Pro nás: produkce 192.0.2.150 a 192.0.2.151, "
            "test 192.0.2.155. Pošli to prosím za redakci.\n"
            "M.\n\n"
            "---------- Forwarded message ---------\n"
            "Od: Český statistický úřad <info@stat-tz.example>\n"
            "Date: čt 10. 9. 2026 v 9:00\n"
            "Subject: TZ ČSÚ – výsledky voleb pro média\n\n"
            "Český statistický úřad (IČO 00025593) poskytne médiím výsledky voleb ve formátu "
            "XML. Žádosti přijímá podatelna@czso.cz a datová schránka 2gfaasy do 25. 9. 2026. "
            "Uveďte nejvýše 5 produkčních a 5 testovacích IP adres (např. 192.0.2.1). "
            "Informace pro média: 274 052 733.\n"
        ),
    },
    {
        "id": "ag023-british-signature-ipv6-test",
        "description": "British outlet writing English asks for both; the producer is named "
        "contact with a mobile before the switchboard; several people in the signature; IPv6 "
        "test address",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED, FILM],
            "Northbridge News Ltd",
            None,
            None,
            ["203.0.113.180", "203.0.113.181"],
            ["2001:db8:cafe::18"],
            "Aisha Khan",
            "aisha.khan@northbridgenews.example",
            "+447700900123",
        ),
        "from": "Tom Whitaker <tom.whitaker@northbridgenews.example>",
        "subject": "Czech elections - results feed and filming request",
        "headers": OUTLOOK,
        "body": (
            "Hi,\n\n"
            "Northbridge News Ltd (company no. 08814420, registered in England and Wales) "
            "would like to apply for two things for the Czech election night:\n"
            "- access to your XML results server: live from 203.0.113.180 and "
            "203.0.113.181, testing from 2001:db8:cafe::18;\n"
            "- permission for a two-person crew to film at a collection point in Prague.\n\n"
            "Our producer Aisha Khan will be your contact for this "
            "(aisha.khan@northbridgenews.example, mobile +44 7700 900123).\n\n"
            "Cheers,\n\n"
            "Tom Whitaker | Foreign Editor\n"
            "Aisha Khan | Producer | +44 7700 900123\n"
            "Rory Campbell | Camera | +44 7700 900456\n"
            "Northbridge News Ltd | 14 Quay Street, Manchester M3 3HN | +44 161 496 0000\n"
        ),
    },
    {
        "id": "ag024-evolution-rtf-letter",
        "description": "the application only in an RTF letter with a table of addresses "
        "(záloha row) and IČ written with dots",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Hanácký rozhlas, spol. s r. o.",
            I24,
            None,
            ["198.51.100.66", "198.51.100.67"],
            ["198.51.100.68"],
            "Irena Vlčková",
            "vlckova@hanackyrozhlas.example",
            "+420587402933",
        ),
        "from": "Irena Vlčková <vlckova@hanackyrozhlas.example>",
        "subject": "Žádost Hanáckého rozhlasu",
        "headers": EVOLUTION,
        "body": "Dobrý den,\n\nv příloze zasílám naši žádost.\n\nI. Vlčková\n",
        "attachments": [
            (
                "rtf",
                "zadost_HR.rtf",
                [
                    "Hanácký rozhlas, spol. s r. o., Horní náměstí 8, 779 00 Olomouc",
                    f"IČ: {I24[:2]}.{I24[2:5]}.{I24[5:]}",
                    "Věc: žádost o přístup k výsledkům voleb ve formátu XML",
                    "Žádáme o zpřístupnění serveru s výsledky voleb z těchto adres:",
                    [
                        ["Server", "Adresa"],
                        ["hlavní", "198.51.100.66"],
                        ["záloha", "198.51.100.67"],
                        ["test", "198.51.100.68"],
                    ],
                    "Kontakt: Irena Vlčková, technická ředitelka, tel. 587 402 933, "
                    "vlckova@hanackyrozhlas.example",
                    "V Olomouci 11. 9. 2026",
                ],
            )
        ],
    },
    {
        "id": "ag025-seznam-html-phone-corrected",
        "description": "HTML-only Seznam webmail mail; the phone number in the table is "
        "corrected in a line below it",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Kladenský expres s.r.o.",
            I25,
            None,
            ["192.0.2.120"],
            ["192.0.2.121"],
            "Roman Beneš",
            "benes@kladenskyexpres.example",
            "+420603551872",
        ),
        "from": "Roman Beneš <benes@kladenskyexpres.example>",
        "subject": "Žádost o přístup k XML",
        "headers": SEZNAM,
        "html": (
            "<html><body><div>Dobrý den,</div><div>žádáme o přístup k XML s výsledky "
            "voleb.</div><br>"
            '<table border="1" style="border-collapse:collapse">'
            "<tr><td>Firma</td><td>Kladenský expres s.r.o.</td></tr>"
            f"<tr><td>IČO</td><td>{I25}</td></tr>"
            "<tr><td>Produkční IP</td><td>192.0.2.120</td></tr>"
            "<tr><td>Testovací IP</td><td>192.0.2.121</td></tr>"
            "<tr><td>Kontakt</td><td>Roman Beneš</td></tr>"
            "<tr><td>Telefon</td><td>606 551 872</td></tr>"
            "</table><br>"
            "<div><b>Oprava:</b> telefon je 603 551 872, ne 606 – překlep, "
            "omlouvám se.</div><br>"
            "<div>Roman Beneš</div><div>--<br>Odesláno z Email.cz</div></body></html>"
        ),
    },
    {
        "id": "ag026-yahoo-austrian-crew",
        "description": "Austrian TV crew writing English asks only to film; Firmenbuch number, "
        "no IČO; the feed explicitly not requested",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Alpenblick TV GmbH",
            None,
            None,
            [],
            [],
            "Lukas Gruber",
            "lukas.gruber@alpenblick.example",
            "+436641237789",
        ),
        "from": "Lukas Gruber <lukas.gruber@alpenblick.example>",
        "subject": "Filming permission - election night Brno",
        "headers": YAHOO,
        "body": (
            "Dear colleagues,\n\n"
            "Alpenblick TV GmbH (Graz, FN 412877 h) is preparing a report on the Czech "
            "elections for Austrian regional TV. We kindly ask for permission to film at "
            "your collection point in Brno on election night (camera, no lights).\n\n"
            "We are not applying for the XML data service, we only need the filming "
            "permit.\n\n"
            "Contact: Lukas Gruber, producer, +43 664 1237789\n\n"
            "Best regards\nLukas Gruber\n\n"
            "Sent from Yahoo Mail for iPhone\n"
        ),
    },
    {
        "id": "ag027-smime-agency-letter",
        "description": "S/MIME-signed formal letter from a news agency; IČO written with "
        "spaces, data-box ID in the signature block, contact named with degrees",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Česká mediální agentura, a.s.",
            I27,
            "c9vmh4r",
            ["203.0.113.20", "203.0.113.21", "203.0.113.22"],
            ["203.0.113.30"],
            "Kateřina Jirásková",
            "jiraskova@cma-zpravy.example",
            "+420222190344",
        ),
        "from": "Kateřina Jirásková <jiraskova@cma-zpravy.example>",
        "subject": "Žádost o zpřístupnění výsledků voleb – Česká mediální agentura",
        "headers": OUTLOOK,
        "smime": True,
        "body": (
            "Vážení,\n\n"
            "Česká mediální agentura, a.s., IČO "
            f"{I27[:3]} {I27[3:5]} {I27[5:]}, se sídlem Opletalova 22, 110 00 Praha 1, "
            "tímto žádá o zřízení přístupu k serveru s průběžnými výsledky voleb ve "
            "formátu XML.\n\n"
            "Produkční adresy: 203.0.113.20, 203.0.113.21, 203.0.113.22\n"
            "Testovací adresa: 203.0.113.30\n\n"
            "Kontaktní osobou je podepsaná.\n\n"
            "S pozdravem\n\n"
            "Mgr. Kateřina Jirásková, MBA\n"
            "ředitelka zpravodajství\n"
            "Česká mediální agentura, a.s.\n"
            "tel.: +420 222 190 344 (přímá linka)\n"
            "ID datové schránky: c9vmh4r\n"
        ),
    },
    {
        "id": "ag028-databox-txt-cover-xlsx",
        "description": "data message with a text cover note and an XLSX application sheet "
        "(ano/ne column), the annotation says only that the application is attached",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Vydavatelství Šumava, s.r.o.",
            I28,
            "s5wq8bn",
            ["198.51.100.240"],
            ["198.51.100.241"],
            "Josef Kahuda",
            "kahuda@sumava-noviny.example",
            "+420380120776",
        ),
        "subject": "Žádost o přístup k výsledkům voleb a natáčení – v příloze",
        "databox": {
            "box": "s5wq8bn",
            "sender": "Vydavatelství Šumava, s.r.o.",
            "address": "Náměstí Svornosti 4, 381 01 Český Krumlov",
        },
        "attachments": [
            (
                "txt",
                "pruvodni_dopis.txt",
                "Dobrý den,\n\nv příloze posíláme vyplněnou tabulku se žádostí. "
                "Děkujeme za vyřízení.\n\nVydavatelství Šumava, s.r.o.\n",
            ),
            (
                "xlsx",
                "zadost_sumava.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Položka", "Hodnota"],
                            ["Žadatel", "Vydavatelství Šumava, s.r.o."],
                            ["IČO", I28],
                            ["Přístup k XML výsledkům", "ano"],
                            ["Natáčení na sběrném místě", "ano"],
                            ["Produkční IP", "198.51.100.240"],
                            ["Testovací IP", "198.51.100.241"],
                            ["Kontaktní osoba", "Josef Kahuda"],
                            ["Telefon", "+420 380 120 776"],
                            ["E-mail", "kahuda@sumava-noviny.example"],
                        ],
                    }
                ],
            ),
        ],
    },
]
