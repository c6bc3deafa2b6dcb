"""Twentieth held-out part ``nb``, cases nb001–nb014: a PDF form with box characters, a DOCX
letter sent with an empty body (box ID in its footer), data messages with the application only
in the annotation, in both the annotation and the file, and only in the file, an XLSX with a
role column and a contacts sheet, a cover note that corrects the attached letter, an ODT form
with ANO/NE columns, a forwarded .eml, a Slovak RTF letter, a TXT form with [x]/[ ] and a
netmask, an HTML table with roles as column headers and a German broadcaster's PDF. Written by
hand apart from the extraction rules (see make_twentieth_nb); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from tests.corpus.twentieth_nb_common import (
    APPLE,
    FEED,
    FILM,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

I1, I2, I3, I4 = ico("2851734"), ico("4690218"), ico("2617390"), ico("2730155")
I5, I6, I7, I8 = ico("2569804"), ico("2813476"), ico("2294017"), ico("2701392")
I9, I10, I11, I12 = ico("3648120"), ico("2590743"), ico("2938561"), ico("2476019")
I13 = ico("7351862")

CASES: list[dict[str, Any]] = [
    {
        "id": "nb001-outlook-pdf-box-characters",
        "description": "two-line cover mail from an assistant; the PDF form ticks the XML "
        "box and leaves the filming box empty, addresses in a row-headed table, the contact "
        "is a named colleague",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Zpravodajství Polabí s.r.o.",
            I1,
            None,
            ["198.51.100.14", "198.51.100.15"],
            ["198.51.100.19"],
            "Ondřej Brázda",
            "brazda@zpravypolabi.example",
            "+420326771904",
        ),
        "from": "Hrubá Lucie <hruba@zpravypolabi.example>",
        "subject": "Žádost - volby 2025 - formulář",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\r\n\r\n"
            "v příloze zasílám vyplněný a podepsaný formulář žádosti.\r\n\r\n"
            "S pozdravem\r\n"
            "Lucie Hrubá\r\n"
            "asistentka šéfredaktora\r\n"
            "Zpravodajství Polabí s.r.o. | Palackého 412/3, 288 02 Nymburk\r\n"
            "tel. 325 512 000\r\n"
        ),
        "attachments": [
            (
                "pdf",
                "formular_zadost_Polabi.pdf",
                [
                    "<b>ŽÁDOST MÉDIA – volby do Poslanecké sněmovny 2025</b>",
                    "Žadatel (název, právní forma): Zpravodajství Polabí s.r.o.\n"
                    f"IČO: {I1}\n"
                    "Sídlo: Palackého 412/3, 288 02 Nymburk",
                    "Předmět žádosti (zaškrtněte):",
                    "☒ přístup k průběžným výsledkům ve formátu XML (volební server)\n"
                    "☐ povolení k pořizování obrazových a zvukových záznamů na sběrném místě",
                    {
                        "rows": [
                            ["", "IP adresa 1", "IP adresa 2", "IP adresa 3"],
                            ["Produkční", "198.51.100.14", "198.51.100.15", ""],
                            ["Testovací", "198.51.100.19", "", ""],
                        ],
                        "widths": [80, 110, 110, 110],
                    },
                    "Kontaktní osoba: Ing. Ondřej Brázda\n"
                    "Telefon: +420 326 771 904\n"
                    "E-mail: brazda@zpravypolabi.example",
                    "V Nymburce dne 11. 9. 2025\n"
                    "Mgr. Karel Šimek, jednatel ........................ (podpis)",
                ],
            )
        ],
    },
    {
        "id": "nb002-apple-docx-empty-body-footer-box",
        "description": "nothing but a DOCX letter; publisher and weekly both named, IČO "
        "and data-box ID only in the letter's footer next to a bank account and DIČ",
        "style": Style.EMPTY_BODY,
        "labels": L(
            [FEED],
            "Vydavatelství Horácko, spol. s r.o.",
            I2,
            "h3bq9xe",
            ["203.0.113.24", "203.0.113.25"],
            ["203.0.113.30"],
            "Radim Kubíček",
            "kubicek@horacko-tydenik.example",
            "+420731552018",
        ),
        "from": "Redakce Horácko <redakce@horacko-tydenik.example>",
        "subject": "Žádost o XML – Týdeník Horácko",
        "headers": APPLE,
        "body": "",
        "attachments": [
            (
                "docx",
                "CSU_zadost_volby.docx",
                {
                    "header": "TÝDENÍK HORÁCKO – nezávislé zprávy z Třebíčska od roku 1991",
                    "footer": f"Vydavatelství Horácko, spol. s r.o. · Hlavní 14, 674 01 Třebíč "
                    f"· IČO: {I2} · DIČ: CZ{I2} · ID datové schránky: h3bq9xe · "
                    "č. ú. 2100456789/2010",
                    "blocks": [
                        "Český statistický úřad\nodbor zpracování výsledků voleb\n"
                        "Na padesátém 81, 100 82 Praha 10",
                        "V Třebíči 9. září 2025",
                        "Věc: žádost o zpřístupnění výsledků voleb ve formátu XML",
                        "Vážené dámy, vážení pánové,",
                        "vydavatelství Horácko, spol. s r.o., vydavatel Týdeníku Horácko a "
                        "zpravodajského webu horacko-tydenik.example, žádá o přístup k "
                        "serveru s průběžnými výsledky voleb do Poslanecké sněmovny 2025. "
                        "Požadavky na přístup uvádíme níže.",
                        {
                            "rows": [
                                ["Prostředí", "IP adresy"],
                                ["Produkční (ostrý provoz)", "203.0.113.24\n203.0.113.25"],
                                ["Testovací", "203.0.113.30"],
                            ]
                        },
                        "Kontaktní osoba pro technické záležitosti: Radim Kubíček, "
                        "tel. 731 552 018, kubicek@horacko-tydenik.example",
                        "Děkujeme a jsme s pozdravem",
                        "Jana Plachá\nředitelka vydavatelství",
                    ],
                },
            )
        ],
    },
    {
        "id": "nb003-databox-annotation-only-power-of-attorney",
        "description": "data message with the whole application in the annotation "
        "(abbreviated prod./test.); the attached PDF is only a power of attorney",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Rádio Beskydy s.r.o.",
            I3,
            "t8wn4kc",
            ["192.0.2.140"],
            ["192.0.2.141"],
            "Tomáš Lyčka",
            "lycka@radiobeskydy.example",
            "+420596113870",
        ),
        "subject": "Žádost o přístup k XML výsledkům voleb. Prod. IP 192.0.2.140, test. IP "
        "192.0.2.141. Kontakt: Tomáš Lyčka, 596 113 870, lycka@radiobeskydy.example. "
        "Plná moc v příloze.",
        "databox": {
            "box": "t8wn4kc",
            "sender": "Rádio Beskydy s.r.o.",
            "address": "Zámecká 5, 738 01 Frýdek-Místek",
        },
        "attachments": [
            (
                "pdf",
                "plna_moc_Lycka.pdf",
                [
                    "<b>PLNÁ MOC</b>",
                    f"Rádio Beskydy s.r.o., IČO {I3}, se sídlem Zámecká 5, 738 01 "
                    "Frýdek-Místek, zapsaná v obchodním rejstříku vedeném Krajským soudem v "
                    "Ostravě, oddíl C, vložka 21877, zastoupená jednatelem Ing. Pavlem "
                    "Sikorou,",
                    "zmocňuje",
                    "pana Tomáše Lyčku, nar. 4. 6. 1988, bytem Ostravská 19, Frýdek-Místek,",
                    "k jednání s Českým statistickým úřadem ve věci přístupu k výsledkům voleb "
                    "do Poslanecké sněmovny 2025, včetně podání žádosti a jejích změn.",
                    "Ve Frýdku-Místku dne 12. 9. 2025",
                    "Ing. Pavel Sikora, jednatel",
                    "Zmocnění přijímám: Tomáš Lyčka",
                ],
            )
        ],
    },
    {
        "id": "nb004-thunderbird-xlsx-role-column-contacts-sheet",
        "description": "XLSX with PROD/TST in a role column and a dotted parser version below, "
        "a second sheet with two people where the role column names the office's contact",
        "style": Style.SPREADSHEET,
        "labels": L(
            [FEED],
            "Vltava Online a.s.",
            I4,
            None,
            ["203.0.113.61", "203.0.113.62"],
            ["203.0.113.70"],
            "Eliška Vondrová",
            "vondrova@vltava-online.example",
            "+420603441285",
        ),
        "from": "Martin Dvořáček <dvoracek@vltava-online.example>",
        "subject": "Vltava Online - žádost o přístup k volebním datům (XML)",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            f"za společnost Vltava Online a.s. (IČO {I4}) žádáme o zpřístupnění volebních "
            "dat ve formátu XML.\n\n"
            'Adresy a kontakty jsou v přiložené tabulce, list "IP" a list "Kontakty". '
            "Tabulku máme sdílenou v rámci IT, proto ji posílám v Excelu.\n\n"
            "Díky\nMartin Dvořáček\nIT provoz, Vltava Online a.s.\n"
        ),
        "attachments": [
            (
                "xlsx",
                "vltava_online_volby2025.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["Typ", "IP adresa", "Lokalita", "Pozn."],
                            ["PROD", "203.0.113.61", "DC Praha-Chodov", "primární"],
                            ["PROD", "203.0.113.62", "DC Brno", "záloha"],
                            ["TST", "203.0.113.70", "kancelář Č. Budějovice", "do 30. 9."],
                            [None, None, None, None],
                            ["Verze parseru", "3.1.0.12", None, None],
                        ],
                    },
                    {
                        "title": "Kontakty",
                        "rows": [
                            ["Jméno", "Role", "Telefon", "E-mail"],
                            [
                                "Martin Dvořáček",
                                "správa serverů",
                                "+420 724 190 336",
                                "dvoracek@vltava-online.example",
                            ],
                            [
                                "Eliška Vondrová",
                                "kontaktní osoba pro ČSÚ",
                                "+420 603 441 285",
                                "vondrova@vltava-online.example",
                            ],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "nb005-cover-note-corrects-docx",
        "description": "the cover mail corrects the attached letter: another test address "
        "and another contact person than the letter gives",
        "style": Style.COVER_NOTE,
        "labels": L(
            [FEED],
            "Jihlavské listy, s.r.o.",
            I5,
            None,
            ["192.0.2.57"],
            ["192.0.2.59"],
            "Petra Šindelářová",
            "sindelarova@jihlavskelisty.example",
            "+420567300412",
        ),
        "from": "Petra Šindelářová <sindelarova@jihlavskelisty.example>",
        "subject": "Žádost o přístup k výsledkům voleb - Jihlavské listy",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\n"
            "v příloze posílám naši žádost o přístup k výsledkům voleb ve formátu XML.\n\n"
            "Omlouvám se, v dopise jsou dvě chyby a podepsaný dokument už nestihnu opravit:\n"
            "- testovací adresa nemá být 192.0.2.58, ale 192.0.2.59 (.58 je naše tiskárna "
            ":-) ),\n"
            "- kontaktní osobou nebude pan Hrdlička, jak je uvedeno v dopise, protože u nás "
            "k 30. 9. končí. Uveďte prosím mě, Petru Šindelářovou, tel. 567 300 412.\n\n"
            "Všechno ostatní v dopise platí.\n\n"
            "Děkuji\nPetra Šindelářová\nvedoucí vydání\n"
        ),
        "attachments": [
            (
                "docx",
                "zadost_XML_JL.docx",
                {
                    "blocks": [
                        f"Jihlavské listy, s.r.o., Masarykovo nám. 27, 586 01 Jihlava, IČO {I5}",
                        "Český statistický úřad, Na padesátém 81, 100 82 Praha 10",
                        "Jihlava 8. 9. 2025",
                        "Žádost o přístup k výsledkům voleb ve formátu XML",
                        "Žádáme o zřízení přístupu na volební server z následujících adres:",
                        "Produkční IP adresa: 192.0.2.57",
                        "Testovací IP adresa: 192.0.2.58",
                        "Kontaktní osoba: Jakub Hrdlička, tel. 567 300 418, "
                        "hrdlicka@jihlavskelisty.example",
                        "S pozdravem\nIng. Miloš Pacal, jednatel",
                    ]
                },
            )
        ],
    },
    {
        "id": "nb006-databox-annotation-and-pdf-both-types",
        "description": "data message whose annotation names both requests and whose PDF "
        "letter gives the details; crew named, one of them the contact for both",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "TV Podještědí s.r.o.",
            I6,
            "m5xr2pa",
            ["198.51.100.120", "198.51.100.121"],
            ["198.51.100.125"],
            "Veronika Kalousová",
            "kalousova@tvpodjestedi.example",
            "+420606218993",
        ),
        "subject": "Žádost o přístup k datům (XML) a o povolení natáčet na sběrném místě v "
        "Liberci – TV Podještědí s.r.o.",
        "databox": {
            "box": "m5xr2pa",
            "sender": "TV Podještědí s.r.o.",
            "address": "Husova 33, 460 01 Liberec",
            "ref": "TVP-2025-088",
        },
        "attachments": [
            (
                "pdf",
                "TVP_zadost_CSU.pdf",
                [
                    "TV Podještědí s.r.o., Husova 33, 460 01 Liberec",
                    "Naše zn.: TVP-2025-088                       V Liberci 15. 9. 2025",
                    "Věc: Žádost o přístup k výsledkům voleb a o povolení pořizovat záznam",
                    "Vážení,",
                    f"společnost TV Podještědí s.r.o. (IČO {I6}) žádá:",
                    "1) o přístup k volebnímu serveru s výsledky ve formátu XML z těchto "
                    "adres: produkční 198.51.100.120 a 198.51.100.121, testovací "
                    "198.51.100.125;",
                    "2) o povolení pořizovat obrazový a zvukový záznam na sběrném místě ČSÚ v "
                    "Liberci dne 4. 10. 2025 od 14:00 (štáb: redaktorka Veronika Kalousová, "
                    "kameraman Luboš Fiala, tel. 608 440 127).",
                    "Kontaktní osoba pro obě žádosti: Veronika Kalousová, mobil 606 218 993, "
                    "kalousova@tvpodjestedi.example.",
                    "S pozdravem\nBc. Jiří Mareš, jednatel",
                ],
            )
        ],
    },
    {
        "id": "nb007-odt-form-ano-ne-filming-only",
        "description": "ODT form: an X in the NE column of the XML row and in the ANO column "
        "of the filming row, IP fields left as dashes",
        "style": Style.FORM,
        "labels": L(
            [FILM],
            "Spolek Kamera Plzeň, z. s.",
            I7,
            None,
            [],
            [],
            "Filip Beneš",
            "benes@kameraplzen.example",
            "+420777082415",
        ),
        "from": "Filip Beneš <benes@kameraplzen.example>",
        "subject": "formulář - natáčení volby",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\nposíláme vyplněný formulář (ODT, z LibreOffice).\n\n"
            "Děkujeme\nFilip Beneš\nSpolek Kamera Plzeň\n"
        ),
        "attachments": [
            (
                "odt",
                "formular_media_Kamera_Plzen.odt",
                [
                    "FORMULÁŘ ŽÁDOSTI – MÉDIA",
                    "Název žadatele: Spolek Kamera Plzeň, z. s.",
                    f"IČO: {I7}",
                    "Sídlo: Americká 41, 301 00 Plzeň",
                    [
                        ["Požadavek", "ANO", "NE"],
                        ["Přístup k výsledkům ve formátu XML (volební server)", "", "X"],
                        ["Povolení k pořizování záznamu na sběrném místě", "X", ""],
                    ],
                    "Produkční IP adresy: —",
                    "Testovací IP adresy: —",
                    "Kontaktní osoba: Filip Beneš, 777 082 415, benes@kameraplzen.example",
                    "Místo a doba natáčení: sběrné místo Plzeň, 3. 10. 2025 od 20:00 do "
                    "půlnoci, 2 osoby, 1 kamera bez světel",
                    "Datum: 10. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "nb008-forward-eml-misdirected-application",
        "description": "an assistant forwards as .eml the editor's application that went to "
        "a wrong address; the application inside names the editor as contact, backup server "
        "counts as production",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Náchodský deník s.r.o.",
            I8,
            None,
            ["192.0.2.160", "192.0.2.161"],
            ["192.0.2.170"],
            "Vojtěch Rys",
            "rys@nachodskydenik.example",
            "+420491427006",
        ),
        "from": "Klára Pešková <peskova@nachodskydenik.example>",
        "subject": "FW: žádost o přístup k XML – Náchodský deník",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\r\n\r\n"
            "šéfredaktor Vojtěch Rys poslal minulý týden žádost přímo paní z tiskového "
            "oddělení, která je teď podle automatické odpovědi mimo kancelář a doporučila "
            "poslat to na podatelnu. Přeposílám tedy původní zprávu v příloze, údaje "
            "v ní platí.\r\n\r\n"
            "S pozdravem\r\nKlára Pešková\r\nsekretariát redakce\r\n"
        ),
        "attachments": [
            (
                "eml",
                "zadost o pristup k XML.eml",
                {
                    "id": "nb008-inner",
                    "from": "Vojtěch Rys <rys@nachodskydenik.example>",
                    "to": "tiskove@czso.cz",
                    "subject": "žádost o přístup k XML",
                    "date": datetime(2025, 9, 4, 14, 22, 5, tzinfo=UTC),
                    "headers": APPLE,
                    "body": (
                        "Dobrý den,\n\n"
                        f"Náchodský deník s.r.o., IČO {I8}, prosí o přístup k výsledkům "
                        "voleb ve formátu XML.\n\n"
                        "Naše servery: 192.0.2.160 (hlavní) a 192.0.2.161 (záložní).\n"
                        "Testovací stroj: 192.0.2.170\n\n"
                        "Kontaktní osoba jsem já, Vojtěch Rys, tel. 491 427 006.\n\n"
                        "Děkuji\nVojtěch Rys\nšéfredaktor\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "nb009-slovak-rtf-letter",
        "description": "Slovak publisher, short Slovak cover mail, RTF letter with a role "
        "table (produkčné/testovacie), Slovak phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Záhorské noviny, s. r. o.",
            I9,
            None,
            ["203.0.113.81", "203.0.113.82"],
            ["203.0.113.88"],
            "Zuzana Kováčiková",
            "kovacikova@zahorskenoviny.example",
            "+421346512207",
        ),
        "from": "Mgr. Zuzana Kováčiková <kovacikova@zahorskenoviny.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb (XML)",
        "headers": OUTLOOK,
        "cte": "base64",
        "body": (
            "Dobrý deň,\r\n\r\n"
            "v prílohe posielame žiadosť o prístup k výsledkom volieb do Poslaneckej "
            "snemovne vo formáte XML. Originál s podpisom pošleme poštou, ak to bude "
            "potrebné.\r\n\r\n"
            "S pozdravom\r\nZuzana Kováčiková\r\nZáhorské noviny\r\n"
        ),
        "attachments": [
            (
                "rtf",
                "ziadost_CSU.rtf",
                [
                    "Záhorské noviny, s. r. o., Námestie slobody 6, 901 01 Malacky",
                    f"IČO: {I9[:2]} {I9[2:5]} {I9[5:]}",
                    "Český štatistický úrad, Na padesátém 81, 100 82 Praha 10, Česká republika",
                    "Vec: Žiadosť o prístup k výsledkom volieb vo formáte XML",
                    "Vážení, naše vydavateľstvo pravidelne informuje aj o dianí v Českej "
                    "republike a radi by sme v noci volieb zverejňovali priebežné výsledky. "
                    "Žiadame preto o prístup z týchto adries:",
                    [
                        ["Prostredie", "IP adresa"],
                        ["produkčné", "203.0.113.81"],
                        ["produkčné", "203.0.113.82"],
                        ["testovacie", "203.0.113.88"],
                    ],
                    "Kontaktná osoba: Mgr. Zuzana Kováčiková, tel.: +421 34 651 2207, "
                    "e-mail: kovacikova@zahorskenoviny.example",
                    "V Malackách 10. 9. 2025\nPeter Hudák, konateľ",
                ],
            )
        ],
    },
    {
        "id": "nb010-databox-docx-ipv6-office-ids",
        "description": "data message, the DOCX letter's address block prints the office's "
        "IČO and data box; IPv4 and IPv6 columns per role row, switchboard before mobile",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Regionální mediální servis a.s.",
            I10,
            "q2vh7ms",
            ["198.51.100.90", "2001:db8:4a::90"],
            ["2001:db8:4a::99"],
            "Daniel Vojáček",
            "vojacek@rms-pardubice.example",
            "+420728330614",
        ),
        "subject": "Žádost – přístup k výsledkům voleb (XML)",
        "databox": {
            "box": "q2vh7ms",
            "sender": "Regionální mediální servis a.s.",
            "address": "Palackého 210, 530 02 Pardubice",
        },
        "attachments": [
            (
                "docx",
                "RMS_zadost_volby_2025.docx",
                {
                    "header": "Regionální mediální servis a.s. | Palackého 210, 530 02 Pardubice",
                    "footer": f"IČO: {I10} · zapsaná v OR vedeném KS v Hradci Králové, "
                    "oddíl B, vložka 2417",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10\n"
                        "IČO: 00025593, datová schránka: 2gfaasy",
                        "Naše značka: RMS/2025/0412          Pardubice 16. 9. 2025",
                        "Věc: Žádost o přístup k průběžným výsledkům voleb ve formátu XML",
                        "Provozujeme zpravodajské weby pro Pardubický a Královéhradecký kraj a "
                        "žádáme o přístup k volebnímu serveru. Naše servery jsou dostupné po "
                        "IPv4 i IPv6:",
                        {
                            "rows": [
                                ["Role", "IPv4", "IPv6"],
                                ["produkční", "198.51.100.90", "2001:db8:4a::90"],
                                ["testovací", "—", "2001:db8:4a::99"],
                            ]
                        },
                        "Kontaktní osoba: Ing. Daniel Vojáček, vedoucí IT, tel. (ústředna) "
                        "466 050 300, mobil 728 330 614, vojacek@rms-pardubice.example",
                        "S pozdravem\nMgr. Helena Jirásková\npředsedkyně představenstva",
                    ],
                },
            )
        ],
    },
    {
        "id": "nb011-seznam-txt-bracket-form-netmask",
        "description": "the writer retyped the form into a TXT file: [x]/[ ] boxes, a test "
        "block written as an address with a netmask, IČ in pairs",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "BRNO-INFO s.r.o.",
            I11,
            None,
            ["203.0.113.101", "203.0.113.102"],
            ["203.0.113.104", "203.0.113.105", "203.0.113.106", "203.0.113.107"],
            "Aleš Kratochvíl",
            "kratochvil@brnenskytydenik.example",
            "+420608725119",
        ),
        "from": "Aleš Kratochvíl <kratochvil@brnenskytydenik.example>",
        "subject": "zadost volby xml",
        "headers": SEZNAM,
        "cte": "8bit",
        "body": (
            "Dobry den,\n"
            "v priloze txt s vyplnenou zadosti, formular jsem si prepsal z vaseho webu do "
            "textu, Word nemam. Kdyby to nestacilo, dejte vedet.\n"
            "Kratochvil\n"
        ),
        "attachments": [
            (
                "txt",
                "zadost_brnensky_tydenik.txt",
                "ŽÁDOST O PŘÍSTUP – VOLBY DO PS 2025\n"
                "===================================\n\n"
                "Žadatel: BRNO-INFO s.r.o. (vydavatel Brněnského týdeníku)\n"
                f"IČ: {I11[:2]} {I11[2:4]} {I11[4:6]} {I11[6:]}\n"
                "Adresa: Křenová 63, 602 00 Brno\n\n"
                "Žádám o:\n"
                "[x] přístup k výsledkům voleb ve formátu XML\n"
                "[ ] povolení k natáčení / pořizování záznamu na sběrném místě\n\n"
                "Produkční IP: 203.0.113.101, 203.0.113.102\n"
                "Testovací IP: 203.0.113.104 maska 255.255.255.252 (celý blok)\n\n"
                "Kontakt: Aleš Kratochvíl / 608 725 119 / kratochvil@brnenskytydenik.example\n\n"
                "Brno, 13.9.2025\n",
            )
        ],
    },
    {
        "id": "nb012-owa-html-columns-are-roles",
        "description": "HTML-only Outlook on the web mail: the table's column headers give "
        "the roles, the second test cell is empty; IČ and DIČ in the signature",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Kutnohorsko Media, s.r.o.",
            I12,
            None,
            ["198.51.100.150", "198.51.100.151"],
            ["198.51.100.160"],
            "Hedvika Marešová",
            "maresova@kutnohorsko.example",
            "+420327512690",
        ),
        "from": "Marešová Hedvika <maresova@kutnohorsko.example>",
        "subject": "Přístup k volebním výsledkům XML – Kutnohorsko Media",
        "headers": OWA,
        "html": (
            '<html><head><meta charset="utf-8"></head><body>'
            '<div style="font-family:Aptos,sans-serif;font-size:12pt">'
            "<p>Dobrý den,</p>"
            "<p>prosíme o zřízení přístupu k volebním výsledkům ve formátu XML pro náš "
            "zpravodajský portál kutnohorsko.example. Adresy posíláme v tabulce:</p>"
            '<table border="1" style="border-collapse:collapse">'
            "<thead><tr><th>Produkční adresy</th><th>Testovací adresy</th></tr></thead>"
            "<tbody><tr><td>198.51.100.150</td><td>198.51.100.160</td></tr>"
            "<tr><td>198.51.100.151</td><td>&nbsp;</td></tr></tbody></table>"
            "<p>Kontaktní osobou jsem já.</p>"
            "<p>S pozdravem</p>"
            "<p><b>Hedvika Marešová</b><br>produkce a vývoj webu<br>"
            "Kutnohorsko Media, s.r.o.<br>Husova 118, 284 01 Kutná Hora<br>"
            f"IČ: {I12} | DIČ: CZ{I12}<br>"
            "T: +420 327 512 690</p>"
            "</div></body></html>"
        ),
    },
    {
        "id": "nb013-databox-freelancer-pdf-filming",
        "description": "data message from a self-employed film-maker's box (type PFO); the "
        "PDF asks to film and explicitly declines the XML feed",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Jan Kotrba",
            I13,
            "w6kd3ne",
            [],
            [],
            "Jan Kotrba",
            "kotrba@kotrbafilm.example",
            "+420605233871",
        ),
        "subject": "Žádost o povolení natáčení – dokument Volební noc",
        "databox": {
            "box": "w6kd3ne",
            "sender": "Jan Kotrba",
            "address": "Okružní 7, 397 01 Písek",
            "type": 30,
        },
        "attachments": [
            (
                "pdf",
                "Kotrba_zadost_natáčení.pdf",
                [
                    f"Jan Kotrba – audiovizuální tvorba, IČO: {I13}, Okružní 7, 397 01 Písek",
                    "Český statistický úřad, krajská správa České Budějovice",
                    "Žádost o povolení k pořizování záznamu",
                    "Dobrý den, připravuji nezávislý dokumentární film o průběhu volební "
                    "noci v menších městech. Žádám o povolení pořizovat zvukový a obrazový "
                    "záznam na sběrném místě ČSÚ v Písku v noci z 3. na 4. 10. 2025 (zhruba "
                    "21:00–01:00). Natáčet budu sám, s jednou kamerou na stativu.",
                    "O přístup k XML datům s výsledky nežádám, nepotřebuji je.",
                    "Kontakt: Jan Kotrba, +420 605 233 871, kotrba@kotrbafilm.example",
                    "V Písku 17. 9. 2025\nJan Kotrba",
                ],
            )
        ],
    },
    {
        "id": "nb014-english-pdf-german-broadcaster",
        "description": "German broadcaster writing English; PDF table calls the test "
        "machine 'Staging', no Czech IČO but a German register number, German phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Elbtal Medien GmbH",
            None,
            None,
            ["192.0.2.180", "192.0.2.181"],
            ["192.0.2.190"],
            "Jonas Richter",
            "j.richter@elbtal-medien.example",
            "+4935144072219",
        ),
        "from": "Jonas Richter <j.richter@elbtal-medien.example>",
        "subject": "Request for access to the election results XML feed",
        "headers": APPLE,
        "body": (
            "Dear Sir or Madam,\n\n"
            "Elbtal Medien GmbH, a regional broadcaster in Saxony, would like to cover the "
            "Czech parliamentary election live. Please find our request for access to the "
            "XML results server attached as a PDF.\n\n"
            "We are a German company and do not have a Czech IČO; our commercial register "
            "entry is HRB 31877 (Amtsgericht Dresden).\n\n"
            "Best regards / Mit freundlichen Grüßen\n"
            "Jonas Richter\nHead of Online Desk\nElbtal Medien GmbH\n"
            "Ostra-Allee 9, 01067 Dresden\n"
        ),
        "attachments": [
            (
                "pdf",
                "Elbtal_access_request_CZSO.pdf",
                [
                    "<b>Elbtal Medien GmbH – Access request, Czech parliamentary election 2025</b>",
                    "Applicant: Elbtal Medien GmbH, Ostra-Allee 9, 01067 Dresden, Germany\n"
                    "Register: HRB 31877, Amtsgericht Dresden; VAT ID DE 287 441 903",
                    {
                        "rows": [
                            ["Environment", "IP address", "Remarks"],
                            ["Production", "192.0.2.180", "primary ingest"],
                            ["Production", "192.0.2.181", "failover"],
                            ["Staging", "192.0.2.190", "testing only, until 30 Sep"],
                        ],
                        "widths": [100, 120, 180],
                    },
                    "Technical contact: Jonas Richter, +49 351 4407 2219, "
                    "j.richter@elbtal-medien.example",
                    "Dresden, 12 September 2025",
                ],
            )
        ],
    },
]
