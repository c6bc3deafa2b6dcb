"""Thirty-seventh held-out part ``ah``, cases ah029–ah042: a data message with addresses on two
XLSX sheets, a re-sent forwarded application with a new phone, a DOCX letterhead with a box ID
and roles by order, an HTML mail with ✔/✘ marks, a data message replacing an address in the
attached PDF, an empty mail from a university faculty, an English TXT with IPv6, an RTF letter
signed by several people, a municipality's ANO/NE form, a Slovak áno/nie form, a phone-typed
cover adding a test address, an authorisation naming a contractor with its own IČO, an S/MIME
mail telling the officer to ignore last year's attachment and a data message with two files.
Written by hand apart from the extraction rules (see make_thirtyseventh_ah); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtyseventh_ah_common import (
    FEED,
    FILM,
    GMAIL,
    OUTLOOK,
    ROUNDCUBE,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I29, I30, I31, I32 = ico("2730418"), ico("2648105"), ico("2516639"), ico("2803177")
I33, I34, I36, I37 = ico("2921540"), ico("7139264"), ico("4728015"), ico("0284791")
I38, I39, I40, I40W = ico("3611870"), ico("2855291"), ico("2697034"), ico("2941862")
I41, I42 = ico("2534827"), ico("2612905")

CASES: list[dict[str, Any]] = [
    {
        "id": "ah029-databox-annotation-xlsx-two-sheets",
        "description": "data message: the annotation asks and names the contact, the XLSX "
        "gives the addresses on sheets named Produkce and Test, the IČO on a third sheet",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED],
            "Slezská vlna s.r.o.",
            I29,
            "s7lv3pk",
            ["198.51.100.30", "198.51.100.31", "198.51.100.32"],
            ["198.51.100.39"],
            "Martina Lysková",
            "lyskova@slezskavlna.example",
            "+420596130884",
        ),
        "subject": "Žádost o přístup k XML výsledkům. IP adresy v příloze (list Produkce, "
        "list Test). Kontakt: Martina Lysková, 596 130 884, lyskova@slezskavlna.example",
        "databox": {
            "box": "s7lv3pk",
            "sender": "Slezská vlna s.r.o.",
            "address": "Nádražní 120, 702 00 Ostrava",
        },
        "attachments": [
            (
                "xlsx",
                "IP_SlezskaVlna.xlsx",
                [
                    {
                        "title": "Produkce",
                        "rows": [
                            ["IP adresa", "server"],
                            ["198.51.100.30", "ov-prod-1"],
                            ["198.51.100.31", "ov-prod-2"],
                            ["198.51.100.32", "ov-prod-3 (záloha)"],
                        ],
                    },
                    {
                        "title": "Test",
                        "rows": [["IP adresa", "server"], ["198.51.100.39", "ov-test"]],
                    },
                    {
                        "title": "Info",
                        "rows": [
                            ["Žadatel", "Slezská vlna s.r.o."],
                            ["IČO", I29],
                            ["Vyplněno", "22. 9. 2026"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "ah030-resent-forward-new-phone",
        "description": "the applicant re-sends her own application (forwarded .eml, first "
        "sent to a wrong address) and gives a new phone in the cover; ISO-8859-2",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Západočeský hlásek, s.r.o.",
            I30,
            None,
            ["192.0.2.120"],
            ["192.0.2.121"],
            "Renata Šimková",
            "simkova@zchlasek.example",
            "+420608551026",
        ),
        "from": "Renata Šimková <simkova@zchlasek.example>",
        "subject": "Fw: Žádost o přístup k výsledkům voleb",
        "headers": TBIRD,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\n"
            "posílám znovu žádost z minulého týdne, původně jsem ji omylem poslala na "
            "špatnou adresu. Údaje platí beze změny, jen můj telefon je nově 608 551 026.\n\n"
            "Děkuji\nRenata Šimková\n"
        ),
        "attachments": [
            (
                "eml",
                "Zadost o pristup k vysledkum voleb.eml",
                {
                    "id": "ah030-inner",
                    "from": "Renata Šimková <simkova@zchlasek.example>",
                    "to": "volby@zchlasek.example",
                    "subject": "Žádost o přístup k výsledkům voleb",
                    "headers": TBIRD,
                    "body": (
                        "Dobrý den,\n\n"
                        f"Západočeský hlásek, s.r.o., IČO {I30}, žádá o přístup k výsledkům "
                        "voleb ve formátu XML.\n\n"
                        "Produkční IP: 192.0.2.120\nTestovací IP: 192.0.2.121\n\n"
                        "Kontakt: Renata Šimková, tel. 377 220 415, simkova@zchlasek.example\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "ah031-docx-letterhead-box-roles-by-order",
        "description": "one-line cover, DOCX letter with IČO and data-box ID in the page "
        "header, a bank account in the footer, roles given by order (první … druhou)",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Rokycanský obzor, a.s.",
            I31,
            "r4ko7bn",
            ["192.0.2.10"],
            ["192.0.2.11"],
            "Vladimír Kuneš",
            "kunes@rokobzor.example",
            "+420371722318",
        ),
        "from": "Vladimír Kuneš <kunes@rokobzor.example>",
        "subject": "Žádost Rokycanský obzor",
        "headers": ZIMBRA,
        "body": "Zasílám žádost, V. Kuneš\n",
        "attachments": [
            (
                "docx",
                "Zadost_RO_CSU.docx",
                {
                    "header": f"Rokycanský obzor, a.s. · Masarykovo nám. 4, 337 01 Rokycany · "
                    f"IČO {I31} · datová schránka r4ko7bn",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                        "V Rokycanech 18. 9. 2026",
                        "Věc: žádost o přístup k výsledkům voleb (XML)",
                        "Žádáme o přístup k průběžným výsledkům voleb ve formátu XML z adres "
                        "192.0.2.10 a 192.0.2.11 – první pro ostrý provoz, druhou pro "
                        "testování.",
                        "Kontaktní osoba: Vladimír Kuneš, technický redaktor, "
                        "tel. 371 722 318, kunes@rokobzor.example.",
                        "S úctou\n\nVladimír Kuneš",
                    ],
                    "footer": "Bankovní spojení: 2801234567/2010 · OR KS Plzeň, B 1442",
                },
            )
        ],
    },
    {
        "id": "ah032-html-check-marks-filming-only",
        "description": "Gmail HTML form with ✔ for filming and ✘ for the feed; the director "
        "sends it, the on-site producer is named the contact; a PDF schedule attached",
        "style": Style.FORM,
        "labels": L(
            [FILM],
            "Dokumentární studio Hrana s.r.o.",
            I32,
            None,
            [],
            [],
            "Klára Benešová",
            "klara@studiohrana.example",
            "+420721448310",
        ),
        "from": "Adam Hrdina <adam@studiohrana.example>",
        "subject": "Žádost o povolení natáčení – Dokumentární studio Hrana",
        "headers": GMAIL,
        "body": (
            "Dobrý den, žádost je v HTML verzi této zprávy, harmonogram v příloze. Adam Hrdina\n"
        ),
        "html": (
            '<div dir="ltr"><div>Dobrý den,</div><div><br></div>'
            f"<div>Dokumentární studio Hrana s.r.o. (IČ {I32}) připravuje dokument o volební "
            "noci. Žádáme:</div>"
            '<table style="border:1px solid #ccc"><tr><td>✔</td><td>povolení natáčet ve '
            "sběrném místě ČSÚ Praha-východ</td></tr>"
            "<tr><td>✘</td><td>přístup k XML s výsledky (nepotřebujeme)</td></tr></table>"
            "<div><br></div><div>Kontakt na místě i pro vyřízení žádosti: produkční Klára "
            "Benešová, 721 448 310, klara@studiohrana.example</div><div><br></div>"
            '<div>--</div><div dir="ltr">Adam Hrdina<br>režisér<br>+420 606 901 233</div>'
            "</div>"
        ),
        "attachments": [
            (
                "pdf",
                "harmonogram_natacení.pdf",
                [
                    "<b>Harmonogram natáčení – volební noc</b>",
                    {
                        "rows": [
                            ["Čas", "Místo", "Štáb"],
                            ["21:30–23:00", "sběrné místo Praha-východ", "3 osoby"],
                            ["23:00–01:00", "redakce", "2 osoby"],
                        ],
                        "widths": [90, 180, 80],
                    },
                ],
            )
        ],
    },
    {
        "id": "ah033-databox-annotation-replaces-production",
        "description": "data message: the annotation replaces the production address of the "
        "attached earlier PDF application; the test address stays",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED],
            "Brdy Media a.s.",
            I33,
            "b5rd2my",
            ["203.0.113.58"],
            ["203.0.113.60"],
            "Jaroslav Cibulka",
            "cibulka@brdymedia.example",
            "+420318620447",
        ),
        "subject": "V příloze naše žádost z 12. 9. Měníme produkční adresu na 203.0.113.58, "
        "původní 203.0.113.52 se ruší. Ostatní beze změny.",
        "databox": {
            "box": "b5rd2my",
            "sender": "Brdy Media a.s.",
            "address": "Pražská 31, 261 01 Příbram",
        },
        "attachments": [
            (
                "pdf",
                "zadost_BM_2026-09-12.pdf",
                [
                    f"Brdy Media a.s., Pražská 31, 261 01 Příbram, IČO {I33}",
                    "Žádost o přístup k výsledkům voleb ve formátu XML",
                    {
                        "rows": [
                            ["Produkční IP adresa", "203.0.113.52"],
                            ["Testovací IP adresa", "203.0.113.60"],
                            ["Kontaktní osoba", "Jaroslav Cibulka, vedoucí IT"],
                            ["Telefon / e-mail", "318 620 447 / cibulka@brdymedia.example"],
                        ],
                        "widths": [140, 220],
                    },
                    "V Příbrami 12. 9. 2026",
                ],
            )
        ],
    },
    {
        "id": "ah034-empty-mail-faculty-pdf-respektive",
        "description": "no body at all, a faculty's PDF letter: the university applies; roles "
        "by 'respektive'",
        "style": Style.EMPTY_BODY,
        "labels": L(
            [FEED],
            "Univerzita Poberounská",
            I34,
            None,
            ["198.51.100.222"],
            ["198.51.100.223"],
            "Ondřej Tesař",
            "tesar@upob.example",
            "+420312600415",
        ),
        "from": '"Ing. Ondřej Tesař, Ph.D." <tesar@upob.example>',
        "subject": "Žádost FI UPOB – XML výsledky voleb",
        "headers": OUTLOOK,
        "body": "",
        "attachments": [
            (
                "pdf",
                "FI_UPOB_zadost_CSU.pdf",
                [
                    "<b>Univerzita Poberounská</b>\nFakulta informatiky\n"
                    f"Nábřeží 9, 266 01 Beroun · IČO {I34}",
                    "Věc: Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Fakulta informatiky Univerzity Poberounské připravuje pro studenty "
                    "předmětu Vizualizace dat živou mapu výsledků. IP adresy 198.51.100.222 "
                    "a 198.51.100.223 budou sloužit pro produkční provoz, respektive "
                    "testování.",
                    "Kontaktní osoba: Ing. Ondřej Tesař, Ph.D., tesar@upob.example, "
                    "+420 312 600 415",
                    "prof. RNDr. Alena Hubená, CSc.\nděkanka",
                ],
            )
        ],
    },
    {
        "id": "ah035-english-txt-ipv6-uk-company",
        "description": "UK data agency writes English, the TXT gives IPv6 and IPv4 production "
        "and an IPv6 test address; its Companies House number is not an IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Grant & Lowe Data Ltd",
            None,
            None,
            ["2001:db8:c0de::80", "203.0.113.250"],
            ["2001:db8:c0de::81"],
            "Oliver Grant",
            "oliver@grantlowe.example",
            "+442079460321",
        ),
        "from": "Oliver Grant <oliver@grantlowe.example>",
        "subject": "Czech election results feed - access request",
        "headers": OUTLOOK,
        "body": (
            "Hi,\n\nOur request is in the attached text file. We cover Central European "
            "elections for several UK and US outlets.\n\nCheers,\nOliver\n"
        ),
        "attachments": [
            (
                "txt",
                "czso_request.txt",
                "ACCESS REQUEST - ELECTION RESULTS XML\n\n"
                "Organisation:   Grant & Lowe Data Ltd (Companies House no. 09128374)\n"
                "Address:        41 Tabernacle Street, London EC2A 4AA\n\n"
                "Production IPs: 2001:db8:c0de::80\n"
                "                203.0.113.250\n"
                "Test IP:        2001:db8:c0de::81\n\n"
                "Filming:        not requested\n\n"
                "Contact:        Oliver Grant\n"
                "Phone:          +44 20 7946 0321\n"
                "Email:          oliver@grantlowe.example\n",
            )
        ],
    },
    {
        "id": "ah036-rtf-letter-three-signatories",
        "description": "assistant's cover, RTF letter asking for both with a backup address; "
        "the signature block names three people and marks one as the contact",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Litoměřický hlas, spol. s r.o.",
            I36,
            None,
            ["192.0.2.150", "192.0.2.151"],
            ["192.0.2.159"],
            "Kateřina Pokorná",
            "pokorna@lthlas.example",
            "+420728190342",
        ),
        "from": "Sekretariát Litoměřický hlas <sekretariat@lthlas.example>",
        "subject": "Žádost – výsledky voleb a natáčení",
        "headers": OUTLOOK,
        "cte": "8bit",
        "body": (
            "Dobrý den,\n\nna žádost pana jednatele zasílám v příloze žádost.\n\n"
            "S pozdravem\nIveta Malá, asistentka\n"
        ),
        "attachments": [
            (
                "rtf",
                "Zadost_LH_volby.rtf",
                [
                    f"Litoměřický hlas, spol. s r.o., Dlouhá 41, 412 01 Litoměřice, IČ: {I36}",
                    "Žádáme o přístup k výsledkům voleb ve formátu XML a o povolení natáčet "
                    "ve sběrném místě v Litoměřicích.",
                    "IP adresy: produkční 192.0.2.150, záložní 192.0.2.151; test: 192.0.2.159",
                    [
                        ["Za Litoměřický hlas", "Kontaktní osoba pro žádost", "Na vědomí"],
                        [
                            "Mgr. Josef Brabec, jednatel\ntel. 416 735 100",
                            "Kateřina Pokorná, redakce online\n728 190 342\npokorna@lthlas.example",
                            "Ing. Pavel Růžička, IT\nruzicka@lthlas.example",
                        ],
                    ],
                ],
            )
        ],
    },
    {
        "id": "ah037-databox-municipality-ano-ne-pdf",
        "description": "data message from a municipality: the annotation names both requests, "
        "the PDF form says ANO to both and gives one production address",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED, FILM],
            "Obec Horní Lhotice",
            I37,
            "o3hl6cs",
            ["192.0.2.111"],
            [],
            "Marie Kadlecová",
            "mistostarosta@hornilhotice.example",
            "+420568870102",
        ),
        "subject": "Žádost obce o přístup k výsledkům voleb a o natáčení – formulář v příloze",
        "databox": {
            "box": "o3hl6cs",
            "sender": "Obec Horní Lhotice",
            "address": "Horní Lhotice 55, 675 21 Horní Lhotice",
            "type": 10,
        },
        "attachments": [
            (
                "pdf",
                "formular_obec.pdf",
                [
                    f"Obec Horní Lhotice, IČO {I37}",
                    {
                        "rows": [
                            ["Žádost", "ANO", "NE"],
                            ["přístup k výsledkům voleb ve formátu XML", "ANO", ""],
                            ["natáčení ve sběrném místě pro obecní kanál", "ANO", ""],
                        ],
                        "widths": [250, 50, 50],
                    },
                    "IP adresa obecního serveru: 192.0.2.111 (testovací nemáme)",
                    "Vyřizuje: Marie Kadlecová, místostarostka, tel. 568 870 102, "
                    "mistostarosta@hornilhotice.example",
                ],
            )
        ],
    },
    {
        "id": "ah038-slovak-docx-ano-nie",
        "description": "Slovak regional TV, DOCX form with áno/nie answers (feed áno, filming "
        "nie); Slovak landline phone",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Záhorská televízia, s.r.o.",
            I38,
            None,
            ["198.51.100.111"],
            ["198.51.100.112"],
            "Peter Kováčik",
            "kovacik@zahorska.example",
            "+421346512290",
        ),
        "from": "Peter Kováčik <kovacik@zahorska.example>",
        "subject": "Žiadosť – prístup k XML výsledkom volieb",
        "headers": ROUNDCUBE,
        "body": "Dobrý deň, v prílohe vyplnený formulár. S pozdravom, P. Kováčik\n",
        "attachments": [
            (
                "docx",
                "ziadost_ZTV.docx",
                {
                    "blocks": [
                        "ŽIADOSŤ MÉDIA",
                        {
                            "rows": [
                                ["Žiadateľ", "Záhorská televízia, s.r.o."],
                                ["IČO", I38],
                                ["Prístup k výsledkom vo formáte XML", "áno"],
                                ["Natáčanie na zbernom mieste", "nie"],
                                ["Produkčná IP adresa", "198.51.100.111"],
                                ["Testovacia IP adresa", "198.51.100.112"],
                                ["Kontaktná osoba", "Peter Kováčik"],
                                ["Telefón", "+421 34 651 2290"],
                                ["E-mail", "kovacik@zahorska.example"],
                            ]
                        },
                        "Senica, 19. 9. 2026",
                    ]
                },
            )
        ],
    },
    {
        "id": "ah039-phone-cover-adds-test-address",
        "description": "phone-typed cover without diacritics: the XLSX lists only production "
        "addresses, the cover adds a test address",
        "style": Style.COVER_CHANGE,
        "labels": L(
            [FEED],
            "Olomoucký puls s.r.o.",
            I39,
            None,
            ["192.0.2.190", "192.0.2.191"],
            ["192.0.2.199"],
            "Tereza Navrátilová",
            "navratilova@olpuls.example",
            "+420734220651",
        ),
        "from": "Tereza Navrátilová <navratilova@olpuls.example>",
        "subject": "zadost xml",
        "headers": GMAIL,
        "cte": "8bit",
        "body": (
            "dobry den, posilam z mobilu, zadost v priloze. v tabulce chybi test, pridejte "
            "prosim 192.0.2.199. dekuji Navratilova\n"
        ),
        "attachments": [
            (
                "xlsx",
                "olpuls_zadost.xlsx",
                [
                    {
                        "title": "List1",
                        "rows": [
                            ["Firma", "Olomoucký puls s.r.o."],
                            ["IČO", I39],
                            ["Kontakt", "Tereza Navrátilová"],
                            ["Telefon", "+420 734 220 651"],
                            ["E-mail", "navratilova@olpuls.example"],
                            [None, None],
                            ["Produkční IP", None],
                            ["192.0.2.190", None],
                            ["192.0.2.191", None],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "ah040-databox-annotation-contractor-authorisation",
        "description": "data message: the request in the annotation names a contractor's "
        "employee as contact; the attached ODT authorisation carries both IČOs",
        "style": Style.DATABOX_ANNOTATION,
        "labels": L(
            [FEED],
            "Znojemský týdeník s.r.o.",
            I40,
            "z6nt3wr",
            ["198.51.100.44", "198.51.100.45"],
            ["198.51.100.46"],
            "Jan Hrdlička",
            "hrdlicka@webhrad.example",
            "+420777400212",
        ),
        "subject": "Žádost o XML: prod 198.51.100.44, 198.51.100.45; test 198.51.100.46. "
        "Kontakt za nás: Jan Hrdlička (WebHrad s.r.o.), hrdlicka@webhrad.example, "
        "777 400 212. Plná moc v příloze.",
        "databox": {
            "box": "z6nt3wr",
            "sender": "Znojemský týdeník s.r.o.",
            "address": "Obroková 9, 669 02 Znojmo",
        },
        "attachments": [
            (
                "odt",
                "plna_moc_WebHrad.odt",
                [
                    "PLNÁ MOC",
                    f"Zmocnitel: Znojemský týdeník s.r.o., IČO {I40}, Obroková 9, 669 02 Znojmo",
                    f"Zmocněnec: WebHrad s.r.o., IČO {I40W}, Přímětická 61, 669 02 Znojmo",
                    "Zmocnitel zmocňuje zmocněnce, aby jeho jménem jednal s Českým "
                    "statistickým úřadem ve věci přístupu k výsledkům voleb ve formátu XML, "
                    "včetně technického nastavení.",
                    "Ve Znojmě 7. 9. 2026",
                    "za zmocnitele: Martin Doubrava, jednatel\n"
                    "za zmocněnce: Jan Hrdlička, jednatel",
                ],
            )
        ],
    },
    {
        "id": "ah041-smime-cp1250-ignore-old-attachment",
        "description": "S/MIME-signed windows-1250 mail: the attached DOCX is last year's "
        "application with other addresses and contact; the body says to ignore it",
        "style": Style.COVER_CHANGE,
        "labels": L(
            [FEED],
            "Příbramský zpravodaj s.r.o.",
            I41,
            None,
            ["203.0.113.20", "203.0.113.21"],
            ["203.0.113.29"],
            "Lucie Vojáčková",
            "vojackova@pbzpravodaj.example",
            "+420731882605",
        ),
        "from": "Lucie Vojáčková <vojackova@pbzpravodaj.example>",
        "subject": "Žádost o přístup k XML – Příbramský zpravodaj",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "smime": True,
        "body": (
            "Dobrý den,\n\n"
            "omlouvám se, omylem jsem přiložila loňskou žádost – přílohu prosím ignorujte, "
            "adresy i kontakt v ní už neplatí. Aktuální údaje:\n\n"
            f"Příbramský zpravodaj s.r.o., IČO {I41}\n"
            "produkční IP: 203.0.113.20, 203.0.113.21\n"
            "testovací IP: 203.0.113.29\n"
            "kontaktní osoba: Lucie Vojáčková, 731 882 605, vojackova@pbzpravodaj.example\n\n"
            "S pozdravem\nLucie Vojáčková\n"
        ),
        "attachments": [
            (
                "docx",
                "zadost_2025.docx",
                {
                    "blocks": [
                        "Žádost o přístup k výsledkům voleb – Příbramský zpravodaj s.r.o.",
                        {
                            "rows": [
                                ["Produkční IP", "203.0.113.5"],
                                ["Testovací IP", "203.0.113.6"],
                                ["Kontakt", "Milan Skála, 606 712 430, skala@pbzpravodaj.example"],
                            ]
                        },
                        "V Příbrami 2. 9. 2025",
                    ]
                },
            )
        ],
    },
    {
        "id": "ah042-databox-two-files-pdf-and-xlsx",
        "description": "data message with a bare annotation and two files: the PDF letter asks "
        "for both and names the contact, the XLSX lists the addresses by purpose",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED, FILM],
            "Regionální vydavatelství Morava, a.s.",
            I42,
            "m9rv5ak",
            ["198.51.100.240", "198.51.100.241"],
            ["198.51.100.249"],
            "Stanislav Mach",
            "mach@rvmorava.example",
            "+420548217360",
        ),
        "subject": "Žádost",
        "databox": {
            "box": "m9rv5ak",
            "sender": "Regionální vydavatelství Morava, a.s.",
            "address": "Cejl 62, 602 00 Brno",
        },
        "attachments": [
            (
                "pdf",
                "RVM_zadost.pdf",
                [
                    f"Regionální vydavatelství Morava, a.s. · Cejl 62, 602 00 Brno · IČO {I42}",
                    "Věc: Žádost o přístup k výsledkům voleb a o povolení natáčení",
                    "Žádáme o přístup k výsledkům voleb ve formátu XML (seznam IP adres je "
                    "v samostatné příloze RVM_IP.xlsx) a o povolení natáčet ve sběrném místě "
                    "Brno-město.",
                    "Kontaktní osoba: Stanislav Mach, tel. 548 217 360, mach@rvmorava.example",
                    "Mgr. Dana Kolářová, předsedkyně představenstva",
                ],
            ),
            (
                "xlsx",
                "RVM_IP.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["Účel", "IP"],
                            ["produkce", "198.51.100.240"],
                            ["produkce", "198.51.100.241"],
                            ["test", "198.51.100.249"],
                        ],
                    }
                ],
            ),
        ],
    },
]
