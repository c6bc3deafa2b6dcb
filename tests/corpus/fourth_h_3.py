"""Fourth-round held-out part ``h``, cases h029–h042: Polish and Austrian applicants, column
headers and netmasks, a two-line phone note, data-box messages from a town and a university,
a yes/no form, a signed letter with 'resp.', a corrected phone, look-alikes in Slovak, a reply
quoting the office's call, a replaced address and a struck-out request. Written by hand; labels
follow LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fourth_h_common import BOTH, FEED, REC, L, Style, ico, page, paras, table

ICO_ZLATY = ico("2736014")
ICO_KROMERIZ = ico("0028706")
ICO_DATAPOINT = ico("4790318")
ICO_ZPRAVY = ico("0264517")
ICO_AGENTURA = ico("6083229")
ICO_TREBIC = ico("2119480")
ICO_ZAHORIE = ico("3592786")
ICO_VALASSKO = ico("0592201")
ICO_UNIVERZITA = ico("0021667")
ICO_KAMPUS = ico("2266815")
ICO_LABE = ico("4302519")

_H030_TEXT = f"""Dobrý den,

vydavatelství Zlatý list s.r.o., IČO {ICO_ZLATY}, žádá o přístup k vyhrazenému
serveru s výsledky volby prezidenta republiky (XML). Adresy jsou v tabulce,
testovací blok je celá síť s maskou 255.255.255.252."""

_H039_CALL = """> Český statistický úřad nabízí během volby prezidenta republiky médiím
> vyhrazené připojení k serveru s výsledky ve formátu XML. Žádosti
> obsahující nejvýše 5 IP adres pro ostrý provoz a nejvýše 5 testovacích
> adres zasílejte do 23. 12. 2022 na podatelna@czso.cz nebo do datové
> schránky ČSÚ (ID 2gfaasy). Dotazy: tel. 274 052 733."""

_H042_TEXT = f"""Dobrý den,

Labské listy, a.s. (IČO {ICO_LABE}) žádají:"""

CASES: list[dict[str, Any]] = [
    {
        "id": "h029-polish-newspaper-in-polish",
        "description": "Polish regional paper writes in Polish; NIP instead of IČO; +48 mobile",
        "style": Style.WEBMAIL,
        "labels": L(
            FEED,
            "Gazeta Cieszyńska sp. z o.o.",
            None,
            ["203.0.113.180", "203.0.113.181"],
            ["203.0.113.182"],
            "Marek Szczepański",
            "m.szczepanski@gazetacieszynska.example",
            "+48512330118",
        ),
        "from": "Marek Szczepański <m.szczepanski@gazetacieszynska.example>",
        "subject": "Wniosek o dostęp do wyników wyborów (XML) / žádost",
        "headers": [("X-Mailer", "Poczta WP")],
        "body": """Dzień dobry,

w imieniu spółki Gazeta Cieszyńska sp. z o.o. (NIP 548-261-33-07) zwracam się
z prośbą o dostęp do serwera z wynikami wyborów prezydenckich w Czechach w
formacie XML. Nasi czytelnicy w Cieszynie i Czeskim Cieszynie bardzo
interesują się tymi wyborami.

Adresy produkcyjne: 203.0.113.180, 203.0.113.181
Adres testowy: 203.0.113.182

Osoba do kontaktu: Marek Szczepański, tel. kom. +48 512 330 118

Z poważaniem
Marek Szczepański
kierownik działu IT
""",
    },
    {
        "id": "h030-outlook-column-headers-netmask-test",
        "description": "Outlook table with roles in column headers; test block as address + netmask",
        "style": Style.OUTLOOK,
        "labels": L(
            FEED,
            "Zlatý list s.r.o.",
            ICO_ZLATY,
            ["203.0.113.5", "203.0.113.6"],
            ["203.0.113.40", "203.0.113.41", "203.0.113.42", "203.0.113.43"],
            "Stanislav Kolář",
            "kolar@zlatylist.example",
            "+420739551064",
        ),
        "from": "Kolář Stanislav <kolar@zlatylist.example>",
        "subject": "Zlatý list – registrace IP pro volbu prezidenta",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "body": _H030_TEXT
        + """

Ostrý provoz       Test
203.0.113.5        203.0.113.40 / 255.255.255.252
203.0.113.6

Stanislav Kolář
Zlatý list s.r.o. | správa IT
M +420 739 551 064
""",
        "html": page(
            paras(_H030_TEXT)
            + table(
                [
                    ["Ostrý provoz", "Test"],
                    ["203.0.113.5", "203.0.113.40 / 255.255.255.252"],
                    ["203.0.113.6", ""],
                ]
            )
            + paras("Stanislav Kolář\nZlatý list s.r.o. | správa IT\nM +420 739 551 064")
        ),
    },
    {
        "id": "h031-two-line-phone-note",
        "description": "two lines from a phone; test address abbreviated to its last octet",
        "style": Style.NOTE,
        "labels": L(
            FEED,
            "Týdeník Brod",
            None,
            ["198.51.100.141"],
            ["198.51.100.142"],
            "Petr Holub",
            "holub.petr@tydenikbrod.example",
            None,
        ),
        "from": "Petr Holub <holub.petr@tydenikbrod.example>",
        "subject": "IP pro volby",
        "body": """Posílám IP pro XML výsledky voleb: 198.51.100.141 ostrá, .142 test.
Petr Holub, Týdeník Brod

Odesláno z iPhonu
""",
    },
    {
        "id": "h032-databox-town-filming-pdf",
        "description": "a town's data box (public authority) asks to film; the office's box in the"
        " letter's address block",
        "style": Style.DATABOX,
        "labels": L(
            REC,
            "Město Kroměříž",
            ICO_KROMERIZ,
            [],
            [],
            "Lucie Zapletalová",
            "lucie.zapletalova@mesto-kromeriz.example",
            "+420573321290",
            "d7mbz2q",
        ),
        "subject": "Žádost o povolení pořízení záznamu na přebíracím místě",
        "databox": {
            "box": "d7mbz2q",
            "sender": "Město Kroměříž",
            "address": "Velké náměstí 115, 767 01 Kroměříž",
            "type": 10,
            "ref": "MeKM/08812/2022",
        },
        "attachments": [
            (
                "pdf",
                "zadost_natáčení.pdf",
                [
                    "Český statistický úřad, Na padesátém 81, 100 82 Praha 10 "
                    "(ID datové schránky 2gfaasy)",
                    "Naše č. j.: MeKM/08812/2022   Vyřizuje: Lucie Zapletalová",
                    "Město Kroměříž, IČO "
                    + ICO_KROMERIZ
                    + ", vydavatel Kroměřížského zpravodaje, žádá o povolení pořídit "
                    "obrazový záznam na přebíracím místě ČSÚ v okrese Kroměříž dne "
                    "14. 1. 2023. Záznam pořídí pracovník městské televize Zbyněk Hrubý "
                    "(tel. 731 006 219, zbynek.hruby@mesto-kromeriz.example).",
                    "Kontaktní osoba žadatele: Lucie Zapletalová, oddělení komunikace, "
                    "tel. 573 321 290, lucie.zapletalova@mesto-kromeriz.example",
                    "Ing. Vladimír Šimek, tajemník městského úřadu",
                ],
            )
        ],
    },
    {
        "id": "h033-databox-docx-merged-cell-ipv6-127",
        "description": "data message with DOCX: 'ostrý provoz' as a merged cell over two rows, an"
        " IPv6 /127; the IČO only in the footer",
        "style": Style.DATABOX,
        "labels": L(
            FEED,
            "DATAPOINT MEDIA a.s.",
            ICO_DATAPOINT,
            ["198.51.100.7", "2001:db8:44::10", "2001:db8:44::11"],
            ["198.51.100.8"],
            "Vojtěch Bartoš",
            "bartos@datapoint.example",
            "+420732845019",
            "mq5z8ka",
        ),
        "subject": "Registrace pro výsledky voleb",
        "databox": {
            "box": "mq5z8ka",
            "sender": "DATAPOINT MEDIA a.s.",
            "address": "Vinohradská 2405/190, 130 00 Praha 3",
        },
        "attachments": [
            (
                "docx",
                "registrace.docx",
                {
                    "header": "DATAPOINT MEDIA a.s.",
                    "footer": "DATAPOINT MEDIA a.s. | IČO: "
                    + ICO_DATAPOINT
                    + " | Vinohradská 2405/190, Praha 3 | zapsaná u MS v Praze, B 22514",
                    "blocks": [
                        "Věc: žádost o přístup k vyhrazenému serveru s výsledky volby "
                        "prezidenta (XML)",
                        "Žádáme o registraci následujících adres:",
                        {
                            "rows": [
                                ["Určení", "Adresa"],
                                ["Ostrý provoz", "198.51.100.7"],
                                ["", "2001:db8:44::10/127"],
                                ["Test", "198.51.100.8"],
                            ],
                            "merge": [(1, 0, 2, 0)],
                        },
                        "Kontakt: Vojtěch Bartoš, vedoucí infrastruktury, +420 732 845 019, "
                        "bartos@datapoint.example",
                        "Praha 5. 12. 2022",
                        "Vojtěch Bartoš",
                    ],
                },
            )
        ],
    },
    {
        "id": "h034-austrian-radio-primary-secondary-staging",
        "description": "Austrian radio in English: primary/secondary (backup, production) and staging",
        "style": Style.THUNDERBIRD,
        "labels": L(
            FEED,
            "Radio Alpen-Donau GmbH",
            None,
            ["192.0.2.121", "192.0.2.122"],
            ["192.0.2.125"],
            "Lukas Gruber",
            "lukas.gruber@alpendonau.example",
            "+436641234567",
        ),
        "from": "Lukas Gruber <lukas.gruber@alpendonau.example>",
        "subject": "XML election results - Radio Alpen-Donau (Linz)",
        "headers": [("User-Agent", "Mozilla Thunderbird 102.5.1")],
        "body": """Good afternoon,

Radio Alpen-Donau GmbH (Linz, Austria; FN 318452k) would like to receive the
Czech presidential election results in XML. Many listeners in Upper Austria
and South Bohemia follow the election.

primary ingest server ....... 192.0.2.121
secondary (backup) server ... 192.0.2.122
staging ..................... 192.0.2.125

Contact: Lukas Gruber, +43 664 1234567

Thanks and best regards,
Lukas Gruber
Technik / Broadcast IT
""",
    },
    {
        "id": "h035-plain-text-form-ano-ne",
        "description": "plain-text form pasted into a mail: feed ANO, filming NE",
        "style": Style.FORM,
        "labels": L(
            FEED,
            "Zprávy z Třebíče s.r.o.",
            ICO_TREBIC,
            ["198.51.100.11", "198.51.100.12"],
            [],
            "Martina Doležalová",
            "dolezalova@zpravytrebic.example",
            "+420568400712",
        ),
        "from": "Martina Doležalová <dolezalova@zpravytrebic.example>",
        "subject": "žádost - volba prezidenta 2023",
        "body": f"""Dobrý den, vyplněno podle Vašich pokynů:

Žadatel ............................ Zprávy z Třebíče s.r.o.
IČO ................................ {ICO_TREBIC}
Přístup k XML serveru (ANO/NE) ..... ANO
Natáčení na přebíracím místě ....... NE
IP adresy – ostrý provoz ........... 198.51.100.11; 198.51.100.12
IP adresy – test ................... –
Kontaktní osoba .................... Martina Doležalová
Telefon ............................ +420/568 400 712
E-mail ............................. dolezalova@zpravytrebic.example

Děkuji, M. Doležalová
""",
    },
    {
        "id": "h036-smime-signed-letter-resp",
        "description": "S/MIME-signed formal letter; production and test given with 'resp.'",
        "style": Style.SIGNED,
        "labels": L(
            FEED,
            "Zpravodajská agentura Záhoří, a.s.",
            ICO_ZAHORIE,
            ["192.0.2.150"],
            ["192.0.2.151"],
            "Ladislav Vrba",
            "vrba@zahori-agentura.example",
            "+420518303441",
        ),
        "from": "Ladislav Vrba <vrba@zahori-agentura.example>",
        "subject": "Žádost o vyhrazené připojení k výsledkům volby prezidenta",
        "smime": True,
        "body": f"""Vážená paní, vážený pane,

Zpravodajská agentura Záhoří, a.s., IČO {ICO_ZAHORIE}, se sídlem Masarykova 9,
695 01 Hodonín, tímto žádá o vyhrazené připojení k serveru s výsledky volby
prezidenta republiky ve formátu XML.

Pro ostrý provoz a pro testování použijeme adresy 192.0.2.150, resp. 192.0.2.151.

Kontaktní osobou je Ladislav Vrba, vedoucí IT, tel. 518 303 441.

Zpráva je podepsána uznávaným elektronickým podpisem.

S úctou
Ing. Ladislav Vrba
""",
    },
    {
        "id": "h037-corrects-phone-in-signature",
        "description": "the sender says the phone in her signature is old and gives the valid one",
        "style": Style.GMAIL,
        "labels": L(
            BOTH,
            "Valašský týdeník, s.r.o.",
            ICO_VALASSKO,
            ["203.0.113.240", "203.0.113.241"],
            ["203.0.113.242"],
            "Petra Juříková",
            "jurikova@valasskytydenik.example",
            "+420777208311",
        ),
        "from": "Petra Juříková <jurikova@valasskytydenik.example>",
        "subject": "Volby – XML a natáčení (Valašský týdeník)",
        "headers": [("X-Mailer", "Gmail")],
        "body": f"""Dobrý den,

Valašský týdeník, s.r.o. (IČO {ICO_VALASSKO}) žádá o přístup k XML
výsledkům a zároveň o povolení natáčet na přebíracím místě ve Vsetíně
(oba dny 1. kola).

adresy pro ostrý provoz: 203.0.113.240, 203.0.113.241
testovací: 203.0.113.242

Pozor, v patičce mám ještě staré číslo 602 515 003, to už nefunguje.
Volejte prosím na 777 208 311.

Petra Juříková
šéfredaktorka
Valašský týdeník, s.r.o.
tel. 602 515 003
""",
    },
    {
        "id": "h038-slovak-lookalikes-backup-server",
        "description": "Slovak technician: versions, a port, a ticket number and a date beside the"
        " addresses; 'záložný' server is production",
        "style": Style.NOTE,
        "labels": L(
            FEED,
            "Záhorský hlas, s. r. o.",
            ico("3602117"),
            ["198.51.100.60", "198.51.100.61"],
            ["198.51.100.69"],
            "Róbert Kollár",
            "kollar@zahorskyhlas.example",
            "+421907665120",
        ),
        "from": "Robert Kollar <kollar@zahorskyhlas.example>",
        "subject": "XML volby - IP (Zahorsky hlas)",
        "body": f"""Dobrý deň,

za Záhorský hlas, s. r. o. (IČO {ico("3602117")}) posielam IP adresy pre
prístup k XML výsledkom:

hlavný server:   198.51.100.60
záložný server:  198.51.100.61
testovací:       198.51.100.69

Sťahovať budeme cez HTTPS (TLS 1.3) z Apache 2.4.57, port 8443 je otvorený.
Náš interný tiket INC-2022.11.30.114, plánovaný test 14.01.2023 ráno.

Róbert Kollár, správca siete
+421 907 665 120
""",
    },
    {
        "id": "h039-reply-quoting-press-release",
        "description": "reply to the office's press release quoting its addresses and phone; both"
        " requests, backup server",
        "style": Style.REPLY,
        "labels": L(
            BOTH,
            "Rádio Haná Plus s.r.o.",
            ico("2905130"),
            ["192.0.2.70", "192.0.2.71"],
            ["192.0.2.72"],
            "Miroslav Pekař",
            "pekar@radiohanaplus.example",
            "+420602718390",
        ),
        "from": "Miroslav Pekař <pekar@radiohanaplus.example>",
        "subject": "Re: ČSÚ nabízí během volby prezidenta vyhrazené připojení pro média",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "body": f"""Dobrý den,

na Vaši tiskovou zprávu reagujeme žádostí za Rádio Haná Plus s.r.o.,
IČO {ico("2905130")}:

- přístup k XML: ostrý server 192.0.2.70, záložní 192.0.2.71,
  testovací 192.0.2.72
- povolení natáčet na přebíracím místě v Olomouci (redaktor Miroslav Pekař)

Kontakt: Miroslav Pekař, 602 718 390

Dne 1. 12. 2022 v 9:30 napsal(a) Český statistický úřad:
"""
        + _H039_CALL
        + "\n",
    },
    {
        "id": "h040-databox-university-odt-both",
        "description": "a public university's data message with an ODT letter asking for both",
        "style": Style.DATABOX,
        "labels": L(
            BOTH,
            "Slezská technická univerzita v Opavě",
            ICO_UNIVERZITA,
            ["203.0.113.33", "203.0.113.34", "203.0.113.35"],
            ["203.0.113.36", "203.0.113.37"],
            "Roman Šebesta",
            "roman.sebesta@stuo.example",
            "+420553684120",
            "h3rsa9w",
        ),
        "subject": "Žádost o přístup k výsledkům voleb a povolení natáčení – katedra žurnalistiky",
        "databox": {
            "box": "h3rsa9w",
            "sender": "Slezská technická univerzita v Opavě",
            "address": "Na Rybníčku 1, 746 01 Opava",
            "type": 10,
        },
        "attachments": [
            (
                "odt",
                "zadost_katedra.odt",
                [
                    "Slezská technická univerzita v Opavě, IČO " + ICO_UNIVERZITA,
                    "Katedra žurnalistiky a mediálních studií",
                    "Žádáme o přístup k vyhrazenému XML serveru pro studentskou volební "
                    "redakci a o povolení natáčet na přebíracím místě v okrese Opava "
                    "(studentský štáb, dva lidé, 14. 1. 2023).",
                    [
                        ["role", "IP adresy"],
                        ["ostrý provoz", "203.0.113.33 – 203.0.113.35"],
                        ["testovací", "203.0.113.36, 203.0.113.37"],
                    ],
                    "Kontaktní osoba: doc. Mgr. Roman Šebesta, Ph.D., vedoucí katedry, "
                    "tel. 553 684 120, roman.sebesta@stuo.example",
                ],
            )
        ],
    },
    {
        "id": "h041-student-radio-replaces-old-address",
        "description": "student radio (an association), windows-1250; last year's address replaced",
        "style": Style.OUTLOOK,
        "labels": L(
            FEED,
            "Radio Kampus Olomouc, z. s.",
            ICO_KAMPUS,
            ["192.0.2.55", "192.0.2.56"],
            [],
            "Šimon Pokorný",
            "simon.pokorny@radiokampus.example",
            "+420730992144",
        ),
        "from": "Šimon Pokorný <simon.pokorny@radiokampus.example>",
        "subject": "Studentské rádio – přístup k výsledkům",
        "charset": "windows-1250",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "body": f"""Dobrý den,

jsme studentské rádio, provozovatelem je spolek Radio Kampus Olomouc, z. s.,
IČO {ICO_KAMPUS}. Při sněmovních volbách jsme od Vás přístup už měli.

Adresu 192.0.2.5, kterou jsme registrovali minule, už nemáme – nahrazuje ji
192.0.2.55. K ní přidáváme druhý ostrý server 192.0.2.56. Testovací adresu
letos nepotřebujeme.

Šimon Pokorný
technický vedoucí Radia Kampus
730 992 144
""",
    },
    {
        "id": "h042-html-struck-out-filming-max-addresses",
        "description": "HTML mail with the filming request struck out; five production addresses"
        " and a test range of five",
        "style": Style.HTML_ONLY,
        "labels": L(
            FEED,
            "Labské listy, a.s.",
            ICO_LABE,
            [
                "198.51.100.230",
                "198.51.100.231",
                "198.51.100.232",
                "198.51.100.233",
                "198.51.100.234",
            ],
            [
                "198.51.100.240",
                "198.51.100.241",
                "198.51.100.242",
                "198.51.100.243",
                "198.51.100.244",
            ],
            "Eva Königová",
            "konigova@labskelisty.example",
            "+420475210034",
        ),
        "from": "Eva Königová <konigova@labskelisty.example>",
        "subject": "Labské listy – žádost (volba prezidenta)",
        "html": page(
            paras(_H042_TEXT)
            + "<ol><li>o přístup k vyhrazenému serveru s výsledky ve formátu XML,</li>"
            "<li><s>o povolení natáčet na přebíracím místě v Ústí nad Labem</s> "
            "(škrtám, štáb nemáme)</li></ol>"
            + paras(
                "Ostrý provoz (5 adres): 198.51.100.230, 198.51.100.231, 198.51.100.232, "
                "198.51.100.233, 198.51.100.234\n"
                "Test (5 adres): 198.51.100.240–198.51.100.244\n\n"
                "Kontakt: Eva Königová, tel. 475 210 034\n\n"
                "S pozdravem\nEva Königová, online redakce"
            ),
            font="Verdana",
        ),
    },
]
