"""Nineteenth held-out part ``ma``, cases ma015–ma028: a Polish broadcaster in English, office
documents attached to short mails (RTF, PDF with wrapped cells, XLSX with a yes/no column, ODT),
a forwarded .eml, an S/MIME-signed letter, a reply to the office's request for details, an old
address replaced, a data message with only a spreadsheet, an Outlook table with row headers, a
Hungarian sender in base64 and a written range typed on a phone. Written by hand apart from the
extraction rules (see make_nineteenth_ma); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.nineteenth_ma_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    K9,
    MAC_OUTLOOK,
    OUTLOOK,
    SAMSUNG,
    SEZNAM,
    TBIRD,
    TBIRD_LINUX,
    L,
    Style,
    ico,
)

I16, I17, I18, I19 = ico("2731549"), ico("4539102"), ico("0617733"), ico("2828095")
I20, I21, I22, I24 = ico("2666031"), ico("0459127"), ico("2780116"), ico("0825364")
I25, I26, I28 = ico("2912470"), ico("2554018"), ico("0603385")

_FWD_INNER: dict[str, Any] = {
    "id": "ma020-inner",
    "from": "Daniel Pospíšil <pospisil@brnenskyvecernik.example>",
    "to": "podatelna@czso.cz",
    "subject": "Žádost o přístup k výsledkům voleb – Brněnský večerník",
    "headers": TBIRD,
    "body": (
        "Dobrý den,\n\n"
        "Brněnský večerník, s.r.o., IČO "
        f"{I20}, žádá o přístup k serveru s výsledky voleb do Poslanecké sněmovny.\n\n"
        "IP adresy (produkční): 198.51.100.141, 198.51.100.142\n"
        "IP adresa (testovací): 198.51.100.143\n\n"
        "Kontaktní osoba: Daniel Pospíšil, +420 545 213 870\n\n"
        "S pozdravem\nDaniel Pospíšil\nvedoucí online redakce\n"
    ),
}

CASES: list[dict[str, Any]] = [
    {
        "id": "ma015-polish-tv-english-both",
        "description": "a Polish TV writing English asks for both; 'primary' and 'secondary' "
        "servers are production, a staging address is the test one; Polish phone, no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Telewizja Beskidy Sp. z o.o.",
            None,
            None,
            ["203.0.113.160", "203.0.113.161"],
            ["203.0.113.170"],
            "Agnieszka Wróbel",
            "a.wrobel@tvbeskidy.example",
            "+48501227904",
        ),
        "from": "Agnieszka Wróbel <a.wrobel@tvbeskidy.example>",
        "subject": "Election results feed + filming request (Telewizja Beskidy)",
        "headers": MAC_OUTLOOK,
        "body": (
            "Good morning,\n\n"
            "I am writing on behalf of Telewizja Beskidy Sp. z o.o. from Bielsko-Biała. "
            "For our election coverage we would kindly ask for two things:\n\n"
            "a) access to the XML results server. Our primary server is 203.0.113.160 and "
            "secondary 203.0.113.161; for staging we use 203.0.113.170.\n"
            "b) a permission for our cameraman to film at the collection point in Ostrava "
            "(Mr. Paweł Zając, +48 602 118 330).\n\n"
            "Contact for both matters is me, Agnieszka Wróbel, mobile +48 501 227 904.\n\n"
            "Thank you in advance and best regards,\n"
            "Agnieszka Wróbel\nHead of News Desk\nTelewizja Beskidy Sp. z o.o.\n"
            "NIP 937-000-11-22\n"
        ),
    },
    {
        "id": "ma016-cp1250-rtf-letter",
        "description": "windows-1250 short mail; the application is only in an attached RTF "
        "letter with a table, IČO written 'IČ:'",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Mladoboleslavský zpravodaj, spol. s r. o.",
            I16,
            None,
            ["192.0.2.210"],
            ["192.0.2.211"],
            "Jiřina Hrubá",
            "hruba@mbzpravodaj.example",
            "+420326777051",
        ),
        "from": "Jiřina Hrubá <hruba@mbzpravodaj.example>",
        "subject": "Žádost o přístup",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\nv příloze zasílám naši žádost o přístup k výsledkům voleb.\n\n"
            "S pozdravem\nJiřina Hrubá\n"
        ),
        "attachments": [
            (
                "rtf",
                "zadost_volby_2025.rtf",
                [
                    "Mladoboleslavský zpravodaj, spol. s r. o.",
                    f"Jičínská 155, 293 01 Mladá Boleslav, IČ: {I16}",
                    "Věc: žádost o přístup k serveru s výsledky voleb",
                    "Žádáme o zpřístupnění výsledků voleb ve formátu XML pro naše "
                    "zpravodajství. Připojovat se budeme z následujících adres:",
                    [
                        ["Prostředí", "IP adresa"],
                        ["produkční", "192.0.2.210"],
                        ["testovací", "192.0.2.211"],
                    ],
                    "Kontaktní osoba: Jiřina Hrubá, tel. 326 777 051, hruba@mbzpravodaj.example",
                    "V Mladé Boleslavi 9. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "ma017-pdf-wrapped-cells",
        "description": "a PDF with a narrow table whose cells wrap: two addresses in one "
        "production cell, the role label split over lines",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Rozhlas Podkrkonoší, s.r.o.",
            I17,
            None,
            ["198.51.100.51", "198.51.100.52"],
            ["198.51.100.53"],
            "Tomáš Kulhánek",
            "kulhanek@rozhlaspodkrkonosi.example",
            "+420499620314",
        ),
        "from": "Tomáš Kulhánek <kulhanek@rozhlaspodkrkonosi.example>",
        "subject": "Rozhlas Podkrkonoší - žádost (PDF)",
        "headers": APPLE,
        "body": "Dobrý den,\nposílám vyplněnou žádost v PDF.\n\nTomáš Kulhánek\n",
        "attachments": [
            (
                "pdf",
                "zadost_rozhlas_podkrkonosi.pdf",
                [
                    "Rozhlas Podkrkonoší, s.r.o., IČO " + I17 + "\nHorská 402, 543 01 Vrchlabí",
                    "Žádost o přístup k výsledkům voleb ve formátu XML",
                    {
                        "rows": [
                            ["Druh adresy", "Adresy"],
                            ["Produkční (ostrý provoz)", "198.51.100.51, 198.51.100.52"],
                            ["Testovací (jen před volbami)", "198.51.100.53"],
                        ],
                        "widths": [70, 80],
                    },
                    "Kontakt: Tomáš Kulhánek, technik, 499 620 314",
                ],
            )
        ],
    },
    {
        "id": "ma018-xlsx-yes-no-column",
        "description": "an XLSX from a contractor with a request sheet (ano/ne column: "
        "recording 'ne') and an address sheet with a role column",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Naše Ostravsko a.s.",
            I18,
            None,
            ["203.0.113.20", "203.0.113.21", "203.0.113.22"],
            ["203.0.113.30"],
            "Stanislav Mrázek",
            "mrazek@hostit-ostrava.example",
            "+420597310662",
        ),
        "from": "Stanislav Mrázek <mrazek@hostit-ostrava.example>",
        "subject": "Naše Ostravsko a.s. – podklady k přístupu na volební server",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "jménem našeho zákazníka Naše Ostravsko a.s. posílám v příloze tabulku "
            "s údaji pro přístup k výsledkům. Technicky vše zajišťujeme my, proto jsem "
            "uveden jako kontakt.\n\n"
            "Stanislav Mrázek\nHostIT Ostrava s.r.o.\nmobil 597 310 662\n"
        ),
        "attachments": [
            (
                "xlsx",
                "nase_ostravsko_volby.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Položka", "Hodnota"],
                            ["Žadatel", "Naše Ostravsko a.s."],
                            ["IČO", I18],
                            ["Přístup k XML výsledkům", "ano"],
                            ["Natáčení ve sběrném místě", "ne"],
                            ["Kontaktní osoba", "Stanislav Mrázek"],
                            ["Telefon", "+420 597 310 662"],
                            ["E-mail", "mrazek@hostit-ostrava.example"],
                        ],
                    },
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["#", "Role", "IP"],
                            [1, "PROD", "203.0.113.20"],
                            [2, "PROD", "203.0.113.21"],
                            [3, "PROD (záloha)", "203.0.113.22"],
                            [4, "TEST", "203.0.113.30"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "ma019-odt-linux-thunderbird",
        "description": "a plain Thunderbird mail on Linux with an ODT application; the "
        "document gives a test address that the mail body then withdraws",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Svobodné Pootaví, z. ú.",
            I19,
            None,
            ["192.0.2.90"],
            [],
            "Jakub Fiala",
            "fiala@pootavi.example",
            "+420723094518",
        ),
        "from": "Jakub Fiala <fiala@pootavi.example>",
        "subject": "žádost o XML výsledky (Svobodné Pootaví)",
        "headers": TBIRD_LINUX,
        "charset": "iso-8859-2",
        "cte": "8bit",
        "body": (
            "Dobrý den,\n\n"
            "v příloze posílám žádost ve formátu ODT. Jen jedna změna proti dokumentu: "
            "testovací adresu 192.0.2.91 nakonec mít nebudeme, ten stroj jsme zrušili, takže "
            "prosím jen tu produkční.\n\n"
            "Díky,\nJakub Fiala\n"
        ),
        "attachments": [
            (
                "odt",
                "zadost-pootavi.odt",
                [
                    "Svobodné Pootaví, z. ú.",
                    f"IČO {I19}, Nábřeží 1. máje 24, 386 01 Strakonice",
                    "Žádáme o přístup k serveru s výsledky voleb (XML).",
                    [
                        ["produkční IP", "192.0.2.90"],
                        ["testovací IP", "192.0.2.91"],
                    ],
                    "Kontakt: Jakub Fiala, 723 094 518, fiala@pootavi.example",
                ],
            )
        ],
    },
    {
        "id": "ma020-forwarded-eml-resend",
        "description": "a one-line resend with the original application attached as message/"
        "rfc822; everything is in the attached mail",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Brněnský večerník, s.r.o.",
            I20,
            None,
            ["198.51.100.141", "198.51.100.142"],
            ["198.51.100.143"],
            "Daniel Pospíšil",
            "pospisil@brnenskyvecernik.example",
            "+420545213870",
        ),
        "from": "Daniel Pospíšil <pospisil@brnenskyvecernik.example>",
        "subject": "Fwd: Žádost o přístup k výsledkům voleb – Brněnský večerník",
        "headers": TBIRD,
        "body": (
            "Dobrý den, posílám znovu v příloze, zatím nám nepřišlo potvrzení. "
            "Děkuji, D. Pospíšil\n"
        ),
        "attachments": [("eml", "zadost.eml", _FWD_INNER)],
    },
    {
        "id": "ma021-smime-regional-studio-film",
        "description": "an S/MIME-signed formal letter asking only for a recording permit, "
        "with the crew and the contact; it says no feed access is wanted",
        "style": Style.SIGNATURE,
        "labels": L(
            [FILM],
            "Regionální televize Vysočina TV, a.s.",
            I21,
            None,
            [],
            [],
            "Michaela Zedníková",
            "zednikova@vysocinatv.example",
            "+420731804266",
        ),
        "from": "Michaela Zedníková <zednikova@vysocinatv.example>",
        "subject": "Žádost o povolení natáčení ve sběrném místě ČSÚ",
        "headers": OUTLOOK,
        "smime": True,
        "body": (
            "Vážená paní, vážený pane,\n\n"
            "Regionální televize Vysočina TV, a.s., IČO "
            f"{I21}, si dovoluje požádat o povolení pořídit obrazový záznam ve sběrném místě "
            "ČSÚ v Jihlavě během sčítání hlasů 4. 10. 2025 mezi 14:00 a 18:00.\n\n"
            "O přístup k serveru s výsledky nežádáme, využíváme výstupy ČTK.\n\n"
            "Štáb: redaktor Ondřej Bláha (tel. 777 901 233), kameraman Luděk Čermák.\n"
            "Kontaktní osoba: Michaela Zedníková, produkční, tel. 731 804 266.\n\n"
            "S úctou\n\n"
            "Michaela Zedníková\nprodukce zpravodajství\n"
            "Regionální televize Vysočina TV, a.s.\nJiráskova 2, 586 01 Jihlava\n"
        ),
    },
    {
        "id": "ma022-reply-to-office-request",
        "description": "a reply to the office's request for a missing test address: the "
        "office's quoted text carries its phone and address; the applicant's own original "
        "below it has the production address, name and contact",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Deník Horácko s.r.o.",
            I22,
            None,
            ["203.0.113.88"],
            ["203.0.113.89"],
            "Iveta Musilová",
            "musilova@horacko.example",
            "+420566110375",
        ),
        "from": "Iveta Musilová <musilova@horacko.example>",
        "subject": "Re: Doplnění žádosti – přístup k výsledkům",
        "headers": SEZNAM,
        "body": (
            "Dobrý den,\n\n"
            "omlouvám se, testovací adresu jsem zapomněla: 203.0.113.89. Ostatní údaje "
            "platí tak, jak jsem je poslala.\n\n"
            "Iveta Musilová\n\n"
            "---------- Původní e-mail ----------\n"
            "Od: podatelna@czso.cz\n"
            "Datum: 12. 9. 2025 13:20:07\n"
            "Předmět: Doplnění žádosti – přístup k výsledkům\n\n"
            "> Dobrý den,\n"
            "> k vyřízení Vaší žádosti prosím doplňte testovací IP adresu (nebo uveďte, že "
            "ji nepožadujete).\n"
            "> S pozdravem\n"
            "> podatelna ČSÚ, Na padesátém 81, 100 82 Praha 10, tel. 274 052 733\n"
            ">\n"
            "> ---------- Původní e-mail ----------\n"
            "> Od: Iveta Musilová <musilova@horacko.example>\n"
            ">\n"
            ">> Dobrý den, Deník Horácko s.r.o. (IČO "
            f"{I22}) žádá o přístup k XML s výsledky voleb.\n"
            ">> Produkční IP: 203.0.113.88\n"
            ">> Kontaktní osoba: Iveta Musilová, tel. 566 110 375\n"
        ),
    },
    {
        "id": "ma023-italian-english-declines-filming",
        "description": "an Italian news site writing English explicitly declines filming; "
        "test and production given by 'respectively', Italian phone, no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Notizie Centro Europa S.r.l.",
            None,
            None,
            ["198.51.100.180"],
            ["198.51.100.181"],
            "Giulia Ferrante",
            "g.ferrante@notiziece.example",
            "+390521448702",
        ),
        "from": "Giulia Ferrante <g.ferrante@notiziece.example>",
        "subject": "Access to XML election results – Notizie Centro Europa",
        "headers": GMAIL,
        "cte": "base64",
        "body": (
            "Hello,\n\n"
            "we are Notizie Centro Europa S.r.l., an online news agency based in Parma "
            "covering Central Europe. We would like to receive the live election results "
            "through your XML server.\n\n"
            "Our production and test servers are 198.51.100.180 and 198.51.100.181 "
            "respectively.\n\n"
            "We will not film or record anything at your premises, so no permit for that "
            "is needed.\n\n"
            "Contact: Giulia Ferrante, tel. +39 0521 448702\n\n"
            "Grazie mille,\nGiulia Ferrante\nP.IVA 02845170349\n"
        ),
    },
    {
        "id": "ma024-k9-old-address-replaced",
        "description": "an Android note: last election's address is no longer used, the new "
        "one is; a test address 'same as last time' is given again in full",
        "style": Style.PHONE_NOTE,
        "labels": L(
            [FEED],
            "Noviny Otrokovicka s.r.o.",
            I24,
            None,
            ["203.0.113.105"],
            ["203.0.113.6"],
            "Adam Holub",
            "holub@novinyotrokovicka.example",
            "+420604219877",
        ),
        "from": "Adam Holub <holub@novinyotrokovicka.example>",
        "subject": "pristup volby - Noviny Otrokovicka",
        "headers": K9,
        "cte": "8bit",
        "body": (
            "Dobry den,\n"
            "zadame znovu o pristup k xml vysledkum (Noviny Otrokovicka s.r.o., ICO "
            f"{I24}).\n"
            "Minule jsme meli produkcni 203.0.113.5, ten uz nepouzivame, novy je 203.0.113.105. "
            "Test zustava stejny jako minule, tj. 203.0.113.6.\n"
            "Kontakt ja, Adam Holub, 604219877\n\n"
            "-- \nOdesláno z K-9 Mail.\n"
        ),
    },
    {
        "id": "ma025-databox-xlsx-only",
        "description": "a data message whose annotation says only 'Žádost'; an XLSX form with "
        "a merged role cell spanning two production rows and the contact below",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Mediaservis Morava a.s.",
            I25,
            "m2ra7kc",
            ["192.0.2.150", "192.0.2.151"],
            ["192.0.2.160"],
            "Kamila Vitásková",
            "vitaskova@mediaservismorava.example",
            "+420585004271",
        ),
        "subject": "Žádost",
        "databox": {
            "box": "m2ra7kc",
            "sender": "Mediaservis Morava a.s.",
            "address": "Holická 31, 779 00 Olomouc",
        },
        "attachments": [
            (
                "xlsx",
                "CSU_volby_formular.xlsx",
                [
                    {
                        "title": "Formulář",
                        "rows": [
                            ["Žádost o přístup k výsledkům voleb (XML)", None],
                            ["Žadatel", "Mediaservis Morava a.s."],
                            ["IČO", I25],
                            ["Produkční IP", "192.0.2.150"],
                            [None, "192.0.2.151"],
                            ["Testovací IP", "192.0.2.160"],
                            ["Kontaktní osoba", "Kamila Vitásková"],
                            ["Telefon", "585 004 271"],
                            ["E-mail", "vitaskova@mediaservismorava.example"],
                        ],
                        "merge": ["A1:B1", "A4:A5"],
                    }
                ],
            )
        ],
    },
    {
        "id": "ma026-outlook-alt-row-headers",
        "description": "Outlook multipart/alternative with an HTML table whose row headers "
        "give the roles, a backup row counted as production, and a switchboard after the "
        "contact's mobile",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Liberecký expres, a. s.",
            I26,
            None,
            ["198.51.100.10", "198.51.100.11"],
            ["198.51.100.12"],
            "Denisa Pokorná",
            "pokorna@liberecky-expres.example",
            "+420737550812",
        ),
        "from": "Denisa Pokorná <pokorna@liberecky-expres.example>",
        "subject": "Liberecký expres – přístup k volebním datům",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "Liberecký expres, a. s. (IČO "
            f"{I26}) žádá o přístup k XML výsledkům voleb.\n\n"
            "Hlavní server\t198.51.100.10\n"
            "Záložní server\t198.51.100.11\n"
            "Testovací server\t198.51.100.12\n\n"
            "Kontakt: Denisa Pokorná, mobil 737 550 812 (ústředna redakce 485 100 100)\n\n"
            "S pozdravem\nDenisa Pokorná\n"
        ),
        "html": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body lang="CS"><div class="WordSection1">'
            '<p class="MsoNormal">Dobrý den,</p><p class="MsoNormal">&nbsp;</p>'
            '<p class="MsoNormal">Liberecký expres, a. s. (IČO '
            f"{I26}) žádá o přístup k XML výsledkům voleb.</p>"
            '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">'
            '<tr><th><p class="MsoNormal">Hlavní server</p></th>'
            '<td><p class="MsoNormal">198.51.100.10</p></td></tr>'
            '<tr><th><p class="MsoNormal">Záložní server</p></th>'
            '<td><p class="MsoNormal">198.51.100.11</p></td></tr>'
            '<tr><th><p class="MsoNormal">Testovací server</p></th>'
            '<td><p class="MsoNormal">198.51.100.12</p></td></tr></table>'
            '<p class="MsoNormal">&nbsp;</p>'
            '<p class="MsoNormal">Kontakt: Denisa Pokorná, mobil 737&nbsp;550&nbsp;812 '
            "(ústředna redakce 485&nbsp;100&nbsp;100)</p>"
            '<p class="MsoNormal">S pozdravem<br>Denisa Pokorná</p></div></body></html>'
        ),
    },
    {
        "id": "ma027-hungarian-english-base64",
        "description": "a Hungarian publisher writing imperfect English in a base64 body; "
        "the test address comes first in the sentence, Hungarian phone, no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Dunatáj Média Kft.",
            None,
            None,
            ["192.0.2.120"],
            ["192.0.2.121"],
            "Zoltán Kertész",
            "kertesz.zoltan@dunataj.example",
            "+36309118452",
        ),
        "from": "Kertész Zoltán <kertesz.zoltan@dunataj.example>",
        "subject": "election data access request",
        "headers": SAMSUNG,
        "cte": "base64",
        "body": (
            "Dear colleagues,\n\n"
            "our company Dunatáj Média Kft. (Győr, Hungary) is doing portal for the "
            "hungarian speaking readers in Slovakia and Czechia and we want to show the "
            "czech election result live. Please can you give us the access to XML server.\n\n"
            "For testing before the election we will use 192.0.2.121, and in the election "
            "night the real server is 192.0.2.120.\n\n"
            "Contact person is me, Zoltán Kertész, +36 30 911 8452.\n\n"
            "Thank you very much,\nKertész Zoltán\nIT manager, Dunatáj Média Kft.\n\n"
            "Sent from my Galaxy\n"
        ),
    },
    {
        "id": "ma028-samsung-range-dash",
        "description": "a phone-typed note giving production as a written range with a dash "
        "(.40-43, four addresses) and a test address in parentheses",
        "style": Style.PHONE_NOTE,
        "labels": L(
            [FEED],
            "Týdeník Kroměřížska s.r.o.",
            I28,
            None,
            ["198.51.100.40", "198.51.100.41", "198.51.100.42", "198.51.100.43"],
            ["198.51.100.44"],
            "Pavel Urbánek",
            "urbanek@tydenikkm.example",
            "+420776301948",
        ),
        "from": "Pavel Urbánek <urbanek@tydenikkm.example>",
        "subject": "Zadost xml",
        "headers": SAMSUNG,
        "body": (
            "Dobrý den, Týdeník Kroměřížska s.r.o. IČO "
            f"{I28} žádá o přístup k XML výsledkům. Produkce 198.51.100.40-43 "
            "(test 198.51.100.44). Kontakt Pavel Urbánek 776 301 948\n\n"
            "Odesláno z mého Galaxy\n"
        ),
    },
]
