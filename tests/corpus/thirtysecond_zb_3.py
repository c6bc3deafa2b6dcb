"""Thirty-second held-out part ``zb``, cases zb029–zb042: a data message with abbreviated roles
in its annotation and a power of attorney attached, an English PDF with "respectively", a
freelancer's ODT checkbox form, a TXT export from an IT contractor, a forwarded original whose
cover changes an address, an IPv6 data message, an XLSX with row headers, a Polish agency's
HTML Yes/No table, a DOCX checkbox form in a data message, an iPhone mail with only a PDF, a
cover mail replacing the contact of its RTF, an XLSX with an address range, a forwarded mail
carrying the director's PDF and a village's TXT with a /31 block. Written by hand apart from
the extraction rules (see make_thirtysecond_zb); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtysecond_zb_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OWA,
    ROUNDCUBE,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I29, I31, I32, I33 = ico("2845902"), ico("7412856"), ico("2570143"), ico("2638291")
I34, I35, I37, I38 = ico("2471805"), ico("4720193"), ico("2596310"), ico("2780542")
I39, I40, I41, I42 = ico("2913487"), ico("2509736"), ico("2681254"), ico("0041529")

CASES: list[dict[str, Any]] = [
    {
        "id": "zb029-databox-annotation-abbreviations",
        "description": "data message: application in the annotation with 'prod.' and 'TST' "
        "and a shortened second address ('a .61'); the file is a power of attorney",
        "style": Style.DATABOX_ANNOTATION,
        "labels": L(
            [FEED],
            "Hradecký magazín s.r.o.",
            I29,
            "hm2gq6w",
            ["198.51.100.60", "198.51.100.61"],
            ["198.51.100.69"],
            "Vojtěch Sládek",
            "sladek@hradeckymagazin.example",
            "+420775902314",
        ),
        "subject": (
            f"Hradecký magazín s.r.o., IČO {I29}: žádáme o přístup k XML výsledkům voleb. "
            "prod. 198.51.100.60 a .61, TST 198.51.100.69. Kontakt V. Sládek, 775 902 314, "
            "sladek@hradeckymagazin.example"
        ),
        "databox": {
            "box": "hm2gq6w",
            "sender": "Hradecký magazín s.r.o.",
            "address": "Gočárova třída 1620, 500 02 Hradec Králové",
        },
        "attachments": [
            (
                "pdf",
                "plna_moc_Sladek.pdf",
                [
                    "PLNÁ MOC",
                    f"Společnost Hradecký magazín s.r.o., IČO {I29}, se sídlem Gočárova třída "
                    "1620, 500 02 Hradec Králové, zastoupená jednatelkou Ing. Petrou "
                    "Vlčkovou,",
                    "zmocňuje",
                    "pana Vojtěcha Sládka, nar. 14. 6. 1989, vedoucího IT,",
                    "k podání žádosti o přístup k výsledkům voleb u Českého statistického "
                    "úřadu a ke všem souvisejícím úkonům.",
                    "V Hradci Králové dne 5. 9. 2025\n\nIng. Petra Vlčková, jednatelka",
                    "Plnou moc přijímám: Vojtěch Sládek",
                ],
            )
        ],
    },
    {
        "id": "zb030-english-flowed-respectively",
        "description": "UK outlet, format=flowed cover; the PDF gives production and test in "
        "one sentence with 'respectively'",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Northbridge Media Ltd",
            None,
            None,
            ["203.0.113.5"],
            ["203.0.113.7"],
            "Oliver Grant",
            "oliver.grant@northbridge-media.example",
            "+447700900418",
        ),
        "from": "Oliver Grant <oliver.grant@northbridge-media.example>",
        "subject": "Election results XML feed - application (Northbridge Media)",
        "headers": APPLE,
        "flowed": True,
        "body": (
            "Hello,\n\n"
            "I'm attaching our application for access to the live results feed for the "
            "upcoming Czech parliamentary election. Apologies that it comes in English - "
            "happy to provide anything else you need.\n\n"
            "Best wishes,\nOliver\n\n"
            "--\nOliver Grant | Data Editor | Northbridge Media Ltd\n"
            "+44 7700 900418\n"
        ),
        "attachments": [
            (
                "pdf",
                "Northbridge_CZSO_application.pdf",
                [
                    "Northbridge Media Ltd · 41 Hatton Row, London EC1N 8XA · Company No. 09817342",
                    "Application for access to the election results server",
                    "Northbridge Media runs a live results page for European elections. "
                    "Our production and test servers are 203.0.113.5 and 203.0.113.7 "
                    "respectively; both will fetch over HTTPS only.",
                    "We are not requesting permission to film.",
                    "Contact: Oliver Grant, Data Editor, +44 7700 900418, "
                    "oliver.grant@northbridge-media.example",
                ],
            )
        ],
    },
    {
        "id": "zb031-databox-pfo-odt-checkboxes-trade-name",
        "description": "freelancer's data message; ODT form ticks sound recording and leaves "
        "the feed box empty; name joined to a trade name by a dash",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FILM],
            "Tereza Malinová – Malina Audio",
            I31,
            "tm6wa4c",
            [],
            [],
            "Tereza Malinová",
            "tereza@malinaaudio.example",
            "+420604377218",
        ),
        "subject": "Formulář – žádost o povolení pořízení záznamu",
        "databox": {
            "box": "tm6wa4c",
            "sender": "Tereza Malinová",
            "address": "Kpt. Jaroše 19, 602 00 Brno",
            "type": 30,
        },
        "attachments": [
            (
                "odt",
                "formular_Malinova.odt",
                [
                    "Formulář žádosti médií",
                    f"Žadatel: Tereza Malinová – Malina Audio, IČO {I31}",
                    [
                        ["", "Předmět žádosti"],
                        ["☐", "přístup k výsledkům voleb ve formátu XML"],
                        ["☒", "povolení pořizovat zvukový záznam na sběrném místě"],
                    ],
                    "Podcast „Sčítání“, nahrávání rozhovorů s členy komisí, Brno 4. 10. 2025.",
                    "Kontakt: Tereza Malinová, +420 604 377 218, tereza@malinaaudio.example",
                ],
            )
        ],
    },
    {
        "id": "zb032-contractor-txt-export",
        "description": "an IT contractor sends a TXT export of a web form for a weekly; the "
        "contractor is the named contact, the weekly the applicant",
        "style": Style.COVER_NOTE,
        "labels": L(
            [FEED],
            "Týdeník Kroměřížska s.r.o.",
            I32,
            None,
            ["192.0.2.30", "192.0.2.31", "192.0.2.32"],
            [],
            "Radek Šimeček",
            "simecek@webdilna.example",
            "+420731118566",
        ),
        "from": "Radek Šimeček <simecek@webdilna.example>",
        "subject": "Žádost o XML – Týdeník Kroměřížska (za WebDílnu)",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "jsme dodavatel webu pro Týdeník Kroměřížska a jejich jménem posílám žádost "
            "o přístup k výsledkům voleb. Údaje jsou v přiloženém exportu z našeho "
            "formuláře. Technicky vše zařizujeme my, proto jsem uveden jako kontakt.\n\n"
            "Radek Šimeček\nWebDílna s.r.o.\n"
        ),
        "attachments": [
            (
                "txt",
                "export_zadost_TK.txt",
                "# export formulare zadost-csu v3.2.0, 2025-09-12T14:03:55+02:00\n"
                "zadatel.nazev: Týdeník Kroměřížska s.r.o.\n"
                f"zadatel.ico: {I32}\n"
                "pozadavek.xml: ano\n"
                "pozadavek.nataceni: ne\n"
                "ip.produkce: 192.0.2.30, 192.0.2.31, 192.0.2.32\n"
                "ip.test: (nevyplněno)\n"
                "kontakt.jmeno: Radek Šimeček (WebDílna s.r.o., dodavatel)\n"
                "kontakt.email: simecek@webdilna.example\n"
                "kontakt.tel: +420 731 118 566\n",
            )
        ],
    },
    {
        "id": "zb033-forward-own-original-address-changed",
        "description": "the applicant forwards its own original application as .eml; the "
        "cover replaces the production address, the rest stays as in the original",
        "style": Style.COVER_CORRECTION,
        "labels": L(
            [FEED],
            "Litoměřický kurýr s.r.o.",
            I33,
            None,
            ["198.51.100.185"],
            ["198.51.100.190"],
            "Gabriela Nováková",
            "novakova@litomerickykuryr.example",
            "+420416731902",
        ),
        "from": "Gabriela Nováková <novakova@litomerickykuryr.example>",
        "subject": "Fwd: Žádost o přístup k výsledkům voleb",
        "headers": IPHONE,
        "cte": "base64",
        "body": (
            "Dobrý den,\n\n"
            "přeposílám naši žádost ze 3. 9. Jediná změna: produkční adresa 198.51.100.180 "
            "už platit nebude, nahraďte ji prosím adresou 198.51.100.185 (stěhujeme "
            "server). Testovací adresa i kontakt zůstávají.\n\n"
            "Děkuji\nGabriela Nováková\n"
        ),
        "attachments": [
            (
                "eml",
                "Zadost o pristup k vysledkum voleb.eml",
                {
                    "id": "zb033-inner",
                    "from": "Gabriela Nováková <novakova@litomerickykuryr.example>",
                    "to": "podatelna@czso.cz",
                    "subject": "Žádost o přístup k výsledkům voleb",
                    "body": (
                        "Dobrý den,\n\n"
                        f"společnost Litoměřický kurýr s.r.o. (IČO {I33}) žádá o přístup "
                        "k výsledkům voleb ve formátu XML.\n\n"
                        "Produkční server: 198.51.100.180\n"
                        "Testovací server: 198.51.100.190\n\n"
                        "Kontaktní osoba: Gabriela Nováková, tel. 416 731 902\n\n"
                        "S pozdravem\nGabriela Nováková\nLitoměřický kurýr\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "zb034-databox-ipv6-annotation-and-docx",
        "description": "data message with IPv6 production and test in the annotation, the "
        "DOCX letter repeats them and names the contact",
        "style": Style.DATABOX_BOTH,
        "labels": L(
            [FEED],
            "Český internetový deník, a.s.",
            I34,
            "ci7dn5e",
            ["2001:db8:c0::15"],
            ["2001:db8:c0::16"],
            "Jaroslav Pech",
            "pech@cidenik.example",
            "+420222510774",
        ),
        "subject": (
            "Žádost o přístup k XML s výsledky voleb (produkce 2001:db8:c0::15, test "
            "2001:db8:c0::16) – formální žádost v příloze."
        ),
        "databox": {
            "box": "ci7dn5e",
            "sender": "Český internetový deník, a.s.",
            "address": "Na Pankráci 1683/127, 140 00 Praha 4",
        },
        "attachments": [
            (
                "docx",
                "CID_zadost_XML.docx",
                {
                    "header": f"Český internetový deník, a.s. | IČO {I34}",
                    "blocks": [
                        "Věc: Žádost o přístup k výsledkům voleb",
                        "Žádáme o přístup k serveru s výsledky voleb. Stahujeme výhradně "
                        "přes IPv6.",
                        {
                            "rows": [
                                ["Prostředí", "Adresa", "Prefix"],
                                ["produkce", "2001:db8:c0::15", "/128"],
                                ["test", "2001:db8:c0::16", "/128"],
                            ]
                        },
                        "Kontaktní osoba: Jaroslav Pech, vedoucí infrastruktury, "
                        "tel. 222 510 774, pech@cidenik.example",
                        "Mgr. Olga Reichová, předsedkyně představenstva",
                    ],
                },
            )
        ],
    },
    {
        "id": "zb035-xlsx-row-headers-across",
        "description": "XLSX with the roles as row headers and the addresses across the "
        "columns, an empty cell and a note column",
        "style": Style.TABLE,
        "labels": L(
            [FEED],
            "Nakladatelství Šumava, spol. s r.o.",
            I35,
            None,
            ["192.0.2.181", "192.0.2.182", "192.0.2.183"],
            ["192.0.2.191"],
            "Zdeněk Kolář",
            "kolar@nakladatelstvisumava.example",
            "+420376500281",
        ),
        "from": "Zdeněk Kolář <kolar@nakladatelstvisumava.example>",
        "subject": "Žádost o přístup k výsledkům – Nakladatelství Šumava",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\n"
            f"za Nakladatelství Šumava, spol. s r.o. (IČ: {I35}) zasílám v příloze "
            "tabulku s IP adresami pro přístup k XML výsledkům voleb.\n"
            "Kontakt: Zdeněk Kolář, tel. 376 500 281.\n\n"
            "S pozdravem\nZdeněk Kolář\nspráva sítě\n"
        ),
        "attachments": [
            (
                "xlsx",
                "IP_adresy_NS.xlsx",
                [
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["Role", "IP 1", "IP 2", "IP 3", "Poznámka"],
                            [
                                "Produkce",
                                "192.0.2.181",
                                "192.0.2.182",
                                "192.0.2.183",
                                "web + aplikace",
                            ],
                            ["Test", "192.0.2.191", None, None, "staging"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "zb036-polish-agency-html-yes-no",
        "description": "Polish agency writing English, plain and HTML with a Yes/No table "
        "(filming No); NIP and KRS numbers that are not an IČO, Polish phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Agencja Informacyjna Odra sp. z o.o.",
            None,
            None,
            ["198.51.100.210"],
            ["198.51.100.211"],
            "Marta Wiśniewska",
            "m.wisniewska@aiodra.example",
            "+48713442095",
        ),
        "from": "Marta Wiśniewska <m.wisniewska@aiodra.example>",
        "subject": "Application - access to election results (AI Odra)",
        "headers": TBIRD,
        "body": (
            "Dear colleagues,\n\n"
            "Agencja Informacyjna Odra sp. z o.o. (Wrocław, NIP 894-301-22-17, "
            "KRS 0000612587) applies as follows:\n\n"
            "Access to XML results feed: Yes\n"
            "Permission to film at a collection point: No\n"
            "Production IP: 198.51.100.210\n"
            "Test IP: 198.51.100.211\n"
            "Contact: Marta Wiśniewska, +48 71 344 20 95\n\n"
            "Best regards,\nMarta Wiśniewska\nforeign desk, AI Odra\n"
        ),
        "html": (
            "<p>Dear colleagues,</p>"
            "<p>Agencja Informacyjna Odra sp. z o.o. (Wrocław, NIP 894-301-22-17, "
            "KRS 0000612587) applies as follows:</p>"
            '<table border="1"><tr><th></th><th>Yes</th><th>No</th></tr>'
            "<tr><td>Access to XML results feed</td><td>✔</td><td></td></tr>"
            "<tr><td>Permission to film at a collection point</td><td></td><td>✔</td></tr>"
            "</table>"
            "<p>Production IP: 198.51.100.210<br>Test IP: 198.51.100.211<br>"
            "Contact: Marta Wiśniewska, +48 71 344 20 95</p>"
            "<p>Best regards,<br>Marta Wiśniewska<br>foreign desk, AI Odra</p>"
        ),
    },
    {
        "id": "zb037-databox-docx-checkbox-film-only",
        "description": "data message with a DOCX form: feed box unticked with empty address "
        "fields, filming ticked; contact is the reporter, not the signing director",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FILM],
            "Rádio Dyje, s.r.o.",
            I37,
            "rd3yj8v",
            [],
            [],
            "Stanislav Hudec",
            "hudec@radiodyje.example",
            "+420739215047",
        ),
        "subject": "Žádost o povolení pořízení záznamu – formulář v příloze",
        "databox": {
            "box": "rd3yj8v",
            "sender": "Rádio Dyje, s.r.o.",
            "address": "Obroková 7, 669 02 Znojmo",
        },
        "attachments": [
            (
                "docx",
                "formular_RD.docx",
                {
                    "header": f"Rádio Dyje, s.r.o. · Obroková 7, 669 02 Znojmo · IČO {I37}",
                    "blocks": [
                        "FORMULÁŘ ŽÁDOSTI MÉDIÍ – VOLBY 2025",
                        "☐ Žádám o přístup k výsledkům voleb ve formátu XML",
                        "☒ Žádám o povolení pořizovat zvukový záznam na sběrném místě",
                        {
                            "rows": [
                                ["Produkční IP adresy", ""],
                                ["Testovací IP adresy", ""],
                                ["Kontaktní osoba", "Stanislav Hudec, redaktor"],
                                ["Telefon", "739 215 047"],
                                ["E-mail", "hudec@radiodyje.example"],
                            ]
                        },
                        "Ve Znojmě 16. 9. 2025\nMgr. Libor Šťastný, ředitel",
                    ],
                },
            )
        ],
    },
    {
        "id": "zb038-iphone-signature-only-pdf",
        "description": "iPhone mail whose body is only the device signature; the PDF letter "
        "asks for both and names the contact",
        "style": Style.EMPTY_BODY,
        "labels": L(
            [FEED, FILM],
            "Nový Hlas Slovácka s.r.o.",
            I38,
            None,
            ["203.0.113.130", "203.0.113.131"],
            ["203.0.113.139"],
            "Renata Slavíková",
            "slavikova@novyhlasslovacka.example",
            "+420572118390",
        ),
        "from": "Renata Slavíková <slavikova@novyhlasslovacka.example>",
        "subject": "Žádost NHS",
        "headers": IPHONE,
        "body": "\n\nOdesláno z iPhonu\n",
        "attachments": [
            (
                "pdf",
                "Zadost_NHS_2025.pdf",
                [
                    f"Nový Hlas Slovácka s.r.o.\nMasarykovo nám. 21, 686 01 Uherské Hradiště"
                    f"\nIČO {I38}",
                    "Věc: Žádost o přístup k výsledkům voleb a o povolení natáčení",
                    "Žádáme o zřízení přístupu k serveru s výsledky voleb ve formátu XML "
                    "pro produkční servery 203.0.113.130 a 203.0.113.131 a testovací "
                    "server 203.0.113.139. Dále žádáme o povolení natáčet na sběrném místě "
                    "v Uherském Hradišti (redaktorka a kameraman).",
                    "Kontaktní osoba: Renata Slavíková, +420 572 118 390, "
                    "slavikova@novyhlasslovacka.example",
                    "V Uherském Hradišti 10. 9. 2025\nRenata Slavíková, šéfredaktorka",
                ],
            )
        ],
    },
    {
        "id": "zb039-cover-replaces-rtf-contact",
        "description": "RTF letter names a contact on maternity leave; the cover mail names "
        "her replacement with his own phone",
        "style": Style.COVER_CORRECTION,
        "labels": L(
            [FEED],
            "Posázavský zpravodaj s.r.o.",
            I39,
            None,
            ["192.0.2.71", "192.0.2.72"],
            [],
            "Jiří Holub",
            "holub@posazavskyzpravodaj.example",
            "+420739550126",
        ),
        "from": "Jiří Holub <holub@posazavskyzpravodaj.example>",
        "subject": "Žádost o přístup k výsledkům voleb – Posázavský zpravodaj",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\n"
            "posílám žádost připravenou ještě v srpnu. Kontaktní osobou místo kolegyně "
            "Benešové, která je od září na mateřské dovolené, budu já – Jiří Holub, "
            "tel. 739 550 126, holub@posazavskyzpravodaj.example. Zbytek žádosti platí.\n\n"
            "S pozdravem\nJiří Holub\n"
        ),
        "attachments": [
            (
                "rtf",
                "zadost_PZ.rtf",
                [
                    f"Posázavský zpravodaj s.r.o., Benešovská 310, 257 01 Poříčí nad Sázavou,"
                    f" IČO {I39}",
                    "Věc: žádost o přístup k výsledkům voleb",
                    [
                        ["Produkční IP", "192.0.2.71, 192.0.2.72"],
                        ["Testovací IP", "nepotřebujeme"],
                        ["Kontaktní osoba", "Lucie Benešová, 604 228 417"],
                    ],
                    "V Poříčí nad Sázavou 21. 8. 2025",
                ],
            )
        ],
    },
    {
        "id": "zb040-databox-xlsx-address-range",
        "description": "data message with an XLSX whose production row gives a written range "
        "of three addresses, the test row a single one",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "Karlovarské listy a.s.",
            I40,
            "kl8vr2d",
            ["203.0.113.10", "203.0.113.11", "203.0.113.12"],
            ["203.0.113.15"],
            "Hynek Šafránek",
            "safranek@karlovarskelisty.example",
            "+420353228604",
        ),
        "subject": "Žádost o přístup k výsledkům voleb. Tabulka s adresami a kontaktem v příloze.",
        "databox": {
            "box": "kl8vr2d",
            "sender": "Karlovarské listy a.s.",
            "address": "T. G. Masaryka 30, 360 01 Karlovy Vary",
        },
        "attachments": [
            (
                "xlsx",
                "KL_pristup.xlsx",
                [
                    {
                        "title": "List1",
                        "rows": [
                            ["Žadatel", "Karlovarské listy a.s."],
                            ["IČO", I40],
                            ["Produkční IP", "203.0.113.10 – 203.0.113.12"],
                            ["Testovací IP", "203.0.113.15"],
                            ["Kontakt", "Hynek Šafránek"],
                            ["Tel.", "353 228 604"],
                            ["E-mail", "safranek@karlovarskelisty.example"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "zb041-forward-director-mail-with-pdf",
        "description": "an assistant forwards the director's mail (an .eml carrying the PDF "
        "application); the PDF names the contact, the assistant only signs the cover",
        "style": Style.FORWARD,
        "labels": L(
            [FEED, FILM],
            "Slezská televize a.s.",
            I41,
            None,
            ["198.51.100.50"],
            ["198.51.100.51"],
            "Lubomír Janoušek",
            "janousek@slezskatv.example",
            "+420596117482",
        ),
        "from": "Asistentka ředitele <asistentka@slezskatv.example>",
        "subject": "FW: žádost ČSÚ",
        "headers": OWA,
        "body": (
            "Dobrý den,\n\n"
            "na pokyn pana ředitele přeposílám jeho e-mail se žádostí Slezské televize "
            "(v příloze). Děkuji za vyřízení.\n\n"
            "Ivana Krpcová\nasistentka generálního ředitele\n"
        ),
        "attachments": [
            (
                "eml",
                "zadost CSU.eml",
                {
                    "id": "zb041-inner",
                    "from": "Lubomír Janoušek <janousek@slezskatv.example>",
                    "to": "Asistentka ředitele <asistentka@slezskatv.example>",
                    "subject": "žádost ČSÚ",
                    "body": "Ivano, pošlete to prosím na podatelnu ČSÚ. Díky, LJ\n",
                    "attachments": [
                        (
                            "pdf",
                            "STV_zadost_volby.pdf",
                            [
                                f"Slezská televize a.s., Sokolská třída 2800/60, 702 00 "
                                f"Ostrava, IČO {I41}",
                                "Věc: Žádost o přístup k výsledkům voleb a povolení natáčení",
                                {
                                    "rows": [
                                        ["Produkční IP", "198.51.100.50"],
                                        ["Testovací IP", "198.51.100.51"],
                                        ["Natáčení", "ano – sběrné místo Ostrava, 2 štáby"],
                                    ],
                                    "widths": [120, 260],
                                },
                                "Kontaktní osoba: Lubomír Janoušek, generální ředitel, "
                                "přímá linka 596 117 482, janousek@slezskatv.example",
                            ],
                        )
                    ],
                },
            )
        ],
    },
    {
        "id": "zb042-databox-village-txt-cidr-31",
        "description": "a village's data message with a TXT: IČO with leading zeros in "
        "groups, production as a /31 block, testing from production",
        "style": Style.DATABOX_FILE,
        "labels": L(
            [FEED],
            "Obec Horní Lipiny",
            I42,
            "oh5lp9t",
            ["192.0.2.240", "192.0.2.241"],
            [],
            "Drahomíra Pešková",
            "peskova@hornilipiny.example",
            "+420737448019",
        ),
        "subject": "Žádost obce o přístup k výsledkům voleb",
        "databox": {
            "box": "oh5lp9t",
            "sender": "Obec Horní Lipiny",
            "address": "Horní Lipiny 1, 793 26 Horní Lipiny",
            "type": 10,
        },
        "attachments": [
            (
                "txt",
                "zadost_obec.txt",
                "Obec Horní Lipiny\n"
                f"IČ: {I42[:2]} {I42[2:4]} {I42[4:6]} {I42[6:]}\n\n"
                "Věc: žádost o přístup k výsledkům voleb\n\n"
                "Obec žádá o přístup k výsledkům voleb ve formátu XML pro obecní web a "
                "informační kanál. Naše servery jsou v rozsahu 192.0.2.240/31. Testovat "
                "budeme ze stejných adres, zvláštní testovací adresu nemáme.\n\n"
                "Kontakt: Drahomíra Pešková, místostarostka, tel. 737 448 019, "
                "peskova@hornilipiny.example\n",
            )
        ],
    },
]
