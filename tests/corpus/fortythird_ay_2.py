"""Forty-third held-out part ``ay``, cases ay015–ay028: a Gmail HTML-only mail with its
signature, a reply chain quoting the office's signature, an iPhone note with a Slovak number, a
forward with the vendor's message attached (windows-1250, 8bit), a Polish sender writing
English, a town's data message with a spreadsheet, a postscript that drops an old address, an
OWA HTML table with a backup server, a phone-typed filming request naming the camera operator,
a German sender, a follow-up that adds filming to its own quoted application, a signed formal
letter, a Hungarian sender with an RTF and a filming-only data message. Written by hand apart
from the extraction rules (see make_fortythird_ay); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortythird_ay_common import (
    ANDROID,
    APPLE,
    CENTRUM,
    FEED,
    FILM,
    GMAIL,
    HORDE,
    IPHONE,
    OUTLOOK,
    OUTLOOK_MAC,
    OWA,
    TBIRD,
    L,
    Style,
    box,
    ico,
)

I15, I16, I17, I18, I20 = (
    ico("2745018"),
    ico("0386275"),
    ico("2921736"),
    ico("0459813"),
    ico("0028471"),
)
I21, I22, I23, I25 = ico("2610592"), ico("0714368"), ico("2837104"), ico("0192546")
I26, I28 = ico("2566829"), ico("0837215")

_OFFICE_SIG = (
    "Ivana Malá\noddělení podatelny\nČeský statistický úřad | Na padesátém 81, 100 82 Praha 10\n"
    "IČO 00025593 | ID DS 2gfaasy | tel. +420 274 052 733 | www.czso.cz\n"
)

CASES: list[dict[str, Any]] = [
    {
        "id": "ay015-gmail-html-only-signature",
        "description": "Gmail HTML-only mail: facts in bold inside <div>s, the contact only in "
        "the gmail_signature block below the greeting",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Deník Kladensko s.r.o.",
            I15,
            None,
            ["203.0.113.150"],
            ["203.0.113.151"],
            "Šárka Nováková",
            "novakova@denikkladensko.example",
            "+420724551038",
        ),
        "from": "Šárka Nováková <novakova@denikkladensko.example>",
        "subject": "přístup k výsledkům voleb – Deník Kladensko",
        "headers": GMAIL,
        "html": (
            '<div dir="ltr">Dobrý den,<div><br></div><div>posílám žádost za Deník Kladensko '
            f"s.r.o. (IČO {I15}) o přístup k výsledkům voleb ve formátu XML. Natáčet u Vás "
            "nebudeme.</div><div><br></div><div>produkční IP: <b>203.0.113.150</b></div><div>"
            "testovací IP: <b>203.0.113.151</b></div><div><br></div><div>Kdyby bylo potřeba "
            "cokoli doplnit, ozvěte se mi.</div><div><br></div><div>Děkuji</div><div><br></div>"
            '<span class="gmail_signature_prefix">-- </span><br><div dir="ltr" '
            'class="gmail_signature"><div dir="ltr"><b>Šárka Nováková</b><div>online '
            'editorka</div><div>Deník Kladensko</div><div>+420 724 551 038</div><div><a href="'
            'mailto:novakova@denikkladensko.example">novakova@denikkladensko.example</a></div>'
            "</div></div></div>\n"
        ),
    },
    {
        "id": "ay016-outlook-reply-chain-office-signature",
        "description": "Outlook reply chain: the top adds the missing test address, the office's "
        "question below it carries the office's IČO, box, phone and web, the original "
        "application at the bottom has the rest",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Echo Region s.r.o.",
            I16,
            None,
            ["198.51.100.80"],
            ["198.51.100.88"],
            "Jaroslav Pech",
            "pech@echoregion.example",
            "+420608114227",
        ),
        "from": "Jaroslav Pech <pech@echoregion.example>",
        "subject": "RE: Žádost o přístup k XML",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den, paní Malá,\n\ndoplňuji: testovací adresa bude 198.51.100.88. Produkční "
            "zůstává, jak jsem psal.\n\nS pozdravem\nJaroslav Pech\n\n"
            "From: Podatelna ČSÚ <podatelna@czso.cz>\n"
            "Sent: Tuesday, September 23, 2025 10:41 AM\n"
            "To: Jaroslav Pech <pech@echoregion.example>\n"
            "Subject: RE: Žádost o přístup k XML\n\n"
            "Dobrý den,\nve Vaší žádosti chybí testovací IP adresa. Prosíme o doplnění, případně "
            "o sdělení, že budete testovat z produkční adresy.\n\nS pozdravem\n"
            + _OFFICE_SIG
            + "\n"
            "From: Jaroslav Pech <pech@echoregion.example>\n"
            "Sent: Monday, September 22, 2025 3:15 PM\n"
            "To: podatelna@czso.cz\n"
            "Subject: Žádost o přístup k XML\n\n"
            "Dobrý den,\nžádáme o přístup k XML s výsledky voleb.\n"
            f"Žadatel: Echo Region s.r.o., IČO {I16}\nProdukční IP: 198.51.100.80\n"
            "Kontakt: Jaroslav Pech, 608 114 227\n\nJaroslav Pech\nEcho Region\n"
        ),
    },
    {
        "id": "ay017-iphone-no-diacritics-slovak-number",
        "description": "iPhone note without diacritics asking for both, the roles after the "
        "addresses, a Czech weekly's reporter on a Slovak mobile; the name with diacritics "
        "only in the From header",
        "style": Style.PHONE,
        "labels": L(
            [FEED, FILM],
            "Tydenik Podluzi s.r.o.",
            I17,
            None,
            ["192.0.2.66"],
            ["192.0.2.67"],
            "Zuzana Kováčová",
            "kovacova@tydenikpodluzi.example",
            "+421948220615",
        ),
        "from": "Zuzana Kováčová <kovacova@tydenikpodluzi.example>",
        "subject": "XML + natáčení Brno",
        "headers": IPHONE,
        "body": (
            "Dobry den,\nprosim o pristup k XML vysledkum + povoleni natacet v Brne na "
            "pracovisti (ja a kameraman)\n"
            f"Tydenik Podluzi s.r.o. ICO {I17}\n"
            "IP 192.0.2.66 produkce, 192.0.2.67 test\n"
            "Jsem na slovenskem cisle +421 948 220 615\nZuzana Kovacova\n\nOdesláno z iPhonu\n"
        ),
    },
    {
        "id": "ay018-thunderbird-forward-attached-vendor-mail",
        "description": "windows-1250 8bit cover forwarding the hosting vendor's mail as an "
        "attached message; the vendor says to test from production and signs with his own "
        "phone, the contact is the sender",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Krajské listy Vysočina, a.s.",
            I18,
            None,
            ["203.0.113.90", "203.0.113.91"],
            [],
            "Helena Marková",
            "markova@krajskelisty.example",
            "+420567220914",
        ),
        "from": "Helena Marková <markova@krajskelisty.example>",
        "subject": "Fwd: Žádost – přístup na volební server",
        "headers": TBIRD,
        "charset": "windows-1250",
        "cte": "8bit",
        "body": (
            "Dobrý den,\n\nv příloze přeposílám zprávu našeho dodavatele hostingu s IP\n"
            "adresami. Žádáme o přístup k výsledkům voleb ve formátu XML pro\n"
            f"Krajské listy Vysočina, a.s. (IČO {I18}).\n\n"
            "Kontaktní osoba: Helena Marková, tel. 567 220 914.\n\n"
            "Helena Marková\nvedoucí vydání\nKrajské listy Vysočina\n"
        ),
        "attachments": [
            (
                "eml",
                "Re: IP adresy pro ČSÚ.eml",
                {
                    "id": "ay018-inner",
                    "from": "Roman Ptáček <ptacek@hostrix.example>",
                    "to": "markova@krajskelisty.example",
                    "subject": "Re: IP adresy pro ČSÚ",
                    "body": (
                        "Dobrý den paní Marková,\n\nadresy pro ČSÚ:\n"
                        "- produkční: 203.0.113.90, 203.0.113.91\n"
                        "- testovací: samostatnou nemáme, testujte z produkce\n\n"
                        "Roman Ptáček\nHostrix s.r.o. | 731 908 222\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "ay019-polish-english-ipv6-production-nip",
        "description": "Polish publisher writing English: IPv6-only production addresses, an "
        "IPv4 test address, a Polish NIP that is not an IČO, a Polish landline",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Gazeta Cieszyńska Sp. z o.o.",
            None,
            None,
            ["2001:db8:48::1", "2001:db8:48::2"],
            ["198.51.100.248"],
            "Agnieszka Wróbel",
            "a.wrobel@gazetacieszynska.example",
            "+48338524117",
        ),
        "from": "Agnieszka Wróbel <a.wrobel@gazetacieszynska.example>",
        "subject": "Application - access to election results (XML)",
        "headers": APPLE,
        "body": (
            "Hello,\n\nI am writing on behalf of Gazeta Cieszyńska Sp. z o.o. (Cieszyn, Poland, "
            "NIP 548-261-77-30). Many of our readers live and work on the Czech side of the "
            "border, so we would like to get access to the XML election results server.\n\n"
            "Production (IPv6 only): 2001:db8:48::1 and 2001:db8:48::2\n"
            "Test: 198.51.100.248\n\nWe will not be filming. Please contact me at "
            "+48 33 852 41 17 or by e-mail.\n\nBest regards\nAgnieszka Wróbel\nDigital editor\n"
            "Gazeta Cieszyńska\n"
        ),
    },
    {
        "id": "ay020-databox-town-xlsx-backup-row",
        "description": "a town's data message; the XLSX asks for both with ANO rows, a "
        "'záloha' production row and the contact with phone and e-mail in one cell",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Město Horní Lhota",
            I20,
            "r2mc5vk",
            ["198.18.30.5", "198.18.30.6"],
            ["198.18.30.9"],
            "Blanka Řezníčková",
            "reznickova@hornilhota.example",
            "+420577918204",
        ),
        "subject": "Městská televize Horní Lhota – žádost o přístup k výsledkům a o natáčení, "
        "podrobnosti v tabulce",
        "databox": box("r2mc5vk", "Město Horní Lhota", "Náměstí Míru 1, 763 23 Horní Lhota", 10),
        "attachments": [
            (
                "xlsx",
                "MTV_Horni_Lhota_volby.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Položka", "Hodnota"],
                            ["Žadatel", "Město Horní Lhota (Městská televize)"],
                            ["IČO", I20],
                            ["Přístup k XML výsledkům", "ANO"],
                            ["Natáčení na pracovišti ČSÚ", "ANO – Zlín, 4. 10. odpoledne"],
                            ["Produkční IP", "198.18.30.5"],
                            ["Produkční IP (záloha)", "198.18.30.6"],
                            ["Testovací IP", "198.18.30.9"],
                            [
                                "Kontakt",
                                "Blanka Řezníčková, 577 918 204, reznickova@hornilhota.example",
                            ],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "ay021-android-postscript-drops-old-address",
        "description": "Gmail for Android: the body lists last year's two production "
        "addresses, the postscript says the second is old and unused; the test address stays",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Valašský expres s.r.o.",
            I21,
            None,
            ["192.0.2.22"],
            ["192.0.2.29"],
            "Vladimír Souček",
            "soucek@valasskyexpres.example",
            "+420737114560",
        ),
        "from": "Vladimír Souček <soucek@valasskyexpres.example>",
        "subject": "Re: přístup k výsledkům",
        "headers": ANDROID,
        "body": (
            "Dobrý den,\n\nchtěl bych požádat o přístup k výsledkům voleb (XML) pro Valašský "
            f"expres s.r.o., IČO {I21}. Posílám IP, co jsme měli minule: 192.0.2.22, "
            "192.0.2.23, a test 192.0.2.29.\n\nKontakt: já, 737 114 560.\n\n"
            "Vladimír Souček\n\n"
            "PS: tak jsem to ověřil u kolegy, ta .23 už je stará a nepoužívá se, takže jen "
            "192.0.2.22. Test platí.\n"
        ),
    },
    {
        "id": "ay022-owa-html-table-backup-server",
        "description": "HTML-only OWA mail in windows-1250, base64: a server table with a "
        "backup ('záložní') row between production and test, filming declined below",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "RTV Krumlov s.r.o.",
            I22,
            None,
            ["203.0.113.180", "203.0.113.181"],
            ["203.0.113.189"],
            "Dušan Mareš",
            "mares@rtvkrumlov.example",
            "+420380711442",
        ),
        "from": "Dušan Mareš <mares@rtvkrumlov.example>",
        "subject": "Žádost RTV Krumlov - výsledky voleb XML",
        "headers": OWA,
        "charset": "windows-1250",
        "cte": "base64",
        "html": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=windows-1250"></head><body><div style="font-family: Aptos, Arial, '
            'sans-serif; font-size: 12pt;">Dobrý den,<br><br>žádáme o přístup k výsledkům voleb '
            "ve formátu XML. Naše servery:<br><br>"
            '<table border="1" style="border-collapse:collapse">'
            "<tr><th>Server</th><th>IP adresa</th></tr>"
            "<tr><td>Produkční</td><td>203.0.113.180</td></tr>"
            "<tr><td>Záložní</td><td>203.0.113.181</td></tr>"
            "<tr><td>Testovací</td><td>203.0.113.189</td></tr></table><br>"
            f"Žadatel: RTV Krumlov s.r.o., IČO {I22}<br>"
            "Kontakt: Dušan Mareš, 380 711 442<br><br>Natáčet na pracovišti nebudeme.<br><br>"
            "S pozdravem<br>Dušan Mareš<br>technický ředitel</div></body></html>"
        ),
    },
    {
        "id": "ay023-centrum-no-diacritics-filming-crew",
        "description": "phone-typed filming request without diacritics naming the camera "
        "operator with his number; the coordinator who writes is the contact",
        "style": Style.PHONE,
        "labels": L(
            [FILM],
            "TV Podbrdy s.r.o.",
            I23,
            None,
            [],
            [],
            "Petra Jiroušková",
            "jirouskova@tvpodbrdy.example",
            "+420725660193",
        ),
        "from": "Petra Jiroušková <jirouskova@tvpodbrdy.example>",
        "subject": "nataceni volby Pribram",
        "headers": CENTRUM,
        "body": (
            "dobry den, chteli bychom v sobotu 4.10. natacet na vasem pracovisti v Pribrami, "
            "prijede nas kameraman Jiri Vacek (+420 721 004 338), ja to koordinuju z redakce. "
            f"XML nepotrebujeme. TV Podbrdy s.r.o., ico {I23}. moje cislo 725 660 193\n"
            "dik PJ\n"
        ),
    },
    {
        "id": "ay024-german-english-dashed-range",
        "description": "German publisher writing English: production as a dashed range of "
        "four, a commercial-register number and no IČO, a German landline",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Elbland Medien GmbH",
            None,
            None,
            ["198.51.100.160", "198.51.100.161", "198.51.100.162", "198.51.100.163"],
            ["198.51.100.170"],
            "Jonas Weber",
            "j.weber@elbland-medien.example",
            "+493514402718",
        ),
        "from": "Jonas Weber <j.weber@elbland-medien.example>",
        "subject": "Request: XML access Czech parliamentary election",
        "headers": OUTLOOK_MAC,
        "body": (
            "Dear colleagues,\n\nElbland Medien GmbH (Dresden) publishes a bilingual news site "
            "for the Saxon-Czech border region and would like to request access to your XML "
            "election results server.\n\nProduction IPs: 198.51.100.160 - 198.51.100.163\n"
            "Test IP: 198.51.100.170\n\nPlease direct any questions to me: Jonas Weber, "
            "+49 351 4402 718.\n\nBest regards / Mit freundlichen Grüßen\nJonas Weber\n"
            "Elbland Medien GmbH | Amtsgericht Dresden HRB 41276\n"
        ),
    },
    {
        "id": "ay025-gmail-followup-adds-filming",
        "description": "a follow-up to the sender's own application quoted below it: the new "
        "top adds filming, everything else (addresses, contact) only in the quoted part",
        "style": Style.REPLY,
        "labels": L(
            [FEED, FILM],
            "Rozhlas Východ s.r.o.",
            I25,
            None,
            ["192.0.2.140"],
            ["192.0.2.141"],
            "Ivo Dvořák",
            "dvorak@rozhlasvychod.example",
            "+420495118302",
        ),
        "from": "Ivo Dvořák <dvorak@rozhlasvychod.example>",
        "subject": "Re: Žádost o přístup k XML – Rozhlas Východ",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\nještě doplním – rádi bychom letos také natáčeli na pracovišti v "
            "Hradci Králové, přijede redaktor se zvukařem. Jinak vše platí.\n\nDěkuji\n"
            "Ivo Dvořák\n\n"
            "čt 18. 9. 2025 v 10:12 odesílatel Ivo Dvořák <dvorak@rozhlasvychod.example> "
            "napsal:\n\n"
            "> Dobrý den,\n>\n> žádáme o přístup k výsledkům voleb ve formátu XML.\n>\n"
            f"> Rozhlas Východ s.r.o., IČO {I25}\n> produkční IP: 192.0.2.140\n"
            "> testovací IP: 192.0.2.141\n> kontakt: Ivo Dvořák, tel. 495 118 302\n>\n"
            "> S pozdravem\n> Ivo Dvořák\n"
        ),
    },
    {
        "id": "ay026-smime-letter-box-in-signature",
        "description": "S/MIME-signed formal letter: a /31 production block, the technical "
        "contact named in the body, the director's signature block with IČO and data-box ID",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Regionální vysílání Slovácko, a.s.",
            I26,
            "f3kx8qa",
            ["198.51.100.100", "198.51.100.101"],
            ["198.51.100.110"],
            "Tomáš Bednář",
            "bednar@rvslovacko.example",
            "+420572503118",
        ),
        "from": "Renata Škodová <skodova@rvslovacko.example>",
        "subject": "Žádost o zřízení přístupu k výsledkům voleb",
        "headers": OUTLOOK,
        "smime": True,
        "body": (
            "Vážené dámy, vážení pánové,\n\nspolečnost Regionální vysílání Slovácko, a.s. tímto "
            "žádá o zřízení přístupu k výsledkům voleb do Poslanecké sněmovny ve formátu XML.\n\n"
            "Produkční adresy: 198.51.100.100/31\nTestovací adresa: 198.51.100.110\n\n"
            "Kontaktní osobou pro technické záležitosti této žádosti je pan Tomáš Bednář, "
            "bednar@rvslovacko.example, tel. 572 503 118.\n\nS úctou\n\n"
            "Ing. Renata Škodová\nředitelka\nRegionální vysílání Slovácko, a.s.\n"
            f"Masarykovo nám. 7, 686 01 Uherské Hradiště\nIČO: {I26} | ID datové schránky: "
            "f3kx8qa\n"
        ),
    },
    {
        "id": "ay027-hungarian-english-rtf-surname-first",
        "description": "Hungarian sender writing English, his name surname first; the RTF "
        "table has the addresses and his mobile, the body signature only the office line",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Dunamenti Hírek Kft.",
            None,
            None,
            ["203.0.113.240"],
            ["203.0.113.241"],
            "Szabó Bence",
            "szabo.bence@dunamentihirek.example",
            "+36304182276",
        ),
        "from": "Szabó Bence <szabo.bence@dunamentihirek.example>",
        "subject": "Application for election data access",
        "headers": HORDE,
        "body": (
            "Dear Sir/Madam,\n\nplease find attached our application for access to the election "
            "results feed.\n\nBest regards,\nSzabó Bence\nDunamenti Hírek Kft.\n"
            "Tel. (office): +36 96 512 400\n"
        ),
        "attachments": [
            (
                "rtf",
                "application_DH.rtf",
                [
                    "APPLICATION – ACCESS TO ELECTION RESULTS (XML)",
                    [
                        ["Applicant", "Dunamenti Hírek Kft. (Győr, Hungary)"],
                        ["Production IP", "203.0.113.240"],
                        ["Test IP", "203.0.113.241"],
                        ["Contact person", "Szabó Bence"],
                        ["Mobile", "+36 30 418 2276"],
                        ["E-mail", "szabo.bence@dunamentihirek.example"],
                    ],
                    "We do not request a filming permit.",
                    "Győr, 19 September 2025",
                ],
            )
        ],
    },
    {
        "id": "ay028-databox-odt-filming-crew",
        "description": "filming-only data message: the ODT names a reporter and a camera "
        "operator with phones, the reporter marked as the contact, XML declined",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Jizerská televize, z.ú.",
            I28,
            "b8vq3nt",
            [],
            [],
            "Nikola Pešková",
            "peskova@jizerskatv.example",
            "+420604990215",
        ),
        "subject": "Žádost o povolení natáčení – volby 2025",
        "databox": box("b8vq3nt", "Jizerská televize, z.ú.", "Moskevská 12, 460 01 Liberec"),
        "attachments": [
            (
                "odt",
                "zadost_natáčení_JTV.odt",
                [
                    f"Jizerská televize, z.ú. | Moskevská 12, 460 01 Liberec | IČO {I28}",
                    "Věc: žádost o povolení natáčení",
                    "Žádáme o povolení pořídit obrazový a zvukový záznam na krajském pracovišti "
                    "ČSÚ v Liberci dne 4. 10. 2025 mezi 14. a 18. hodinou. O přístup k datům "
                    "ve formátu XML nežádáme.",
                    [
                        ["Štáb", "Jméno", "Telefon"],
                        ["redaktorka (kontaktní osoba)", "Nikola Pešková", "604 990 215"],
                        ["kameraman", "Lukáš Hrdina", "777 305 118"],
                    ],
                    "E-mail kontaktní osoby: peskova@jizerskatv.example",
                    "Mgr. Daniel Rulík, ředitel",
                ],
            )
        ],
    },
]
