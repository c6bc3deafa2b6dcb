"""Twentysixth held-out part ``ta``, cases ta015–ta028: format=flowed soft breaks in a role
sentence, a declined request type, a plain-text checkbox form, a Roundcube table with a
spanning cell, a German sender with IPv6, data messages with XLSX and RTF files, a netmask,
old addresses, a phone-typed note naming a colleague, a student without an IČO, a double
forward with the office's quoted contacts, a UK sender and a replaced contact. Written by hand
apart from the extraction rules (see make_twentysixth_ta); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentysixth_ta_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    OUTLOOK,
    OUTLOOK_MAC,
    ROUNDCUBE,
    SAMSUNG,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I15, I16, I17, I18 = ico("0284719"), ico("2519063"), ico("4873025"), ico("2936410")
I20, I21, I22, I23 = ico("0716253"), ico("2478916"), ico("3660182"), ico("2805947")
I25, I27, I28 = ico("0593184"), ico("2742658"), ico("6109734")

CASES: list[dict[str, Any]] = [
    {
        "id": "ta015-flowed-role-sentence-wrapped",
        "description": "format=flowed Thunderbird mail whose role sentence is soft-wrapped "
        "between the production and the test address",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Plzeňský expres, spol. s r.o.",
            I15,
            None,
            ["198.51.100.44"],
            ["198.51.100.45"],
            "Michaela Šindelářová",
            "sindelarova@plzenskyexpres.example",
            "+420377920614",
        ),
        "from": "Michaela Šindelářová <sindelarova@plzenskyexpres.example>",
        "subject": "Přístup k XML – Plzeňský expres",
        "headers": TBIRD,
        "flowed": True,
        "body": (
            "Dobrý den,\n\nobracím se na Vás jménem společnosti Plzeňský expres, \n"
            f"spol. s r.o. (IČO {I15}) se žádostí o přístup k výsledkům voleb \n"
            "ve formátu XML. Data budeme stahovat z produkčního serveru s adresou \n"
            "198.51.100.44, zatímco testovací prostředí, na kterém si vše \n"
            "vyzkoušíme předem, má adresu 198.51.100.45.\n\n"
            "Kontaktní osobou jsem já, telefon 377 920 614.\n\n"
            "S přátelským pozdravem\nMichaela Šindelářová\nvedoucí online vydání\n"
        ),
    },
    {
        "id": "ta016-declined-recording",
        "description": "mail that mentions filming only to decline it ('o natáčení tentokrát "
        "nežádáme'); only the feed counts",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Liberecký deník online s.r.o.",
            I16,
            None,
            ["203.0.113.30"],
            [],
            "Filip Novotný",
            "novotny@ldonline.example",
            "+420733218056",
        ),
        "from": "Filip Novotný <novotny@ldonline.example>",
        "subject": "XML výsledky voleb",
        "headers": OUTLOOK_MAC,
        "body": (
            "Dobrý den,\n\nloni jsme od Vás měli i povolení k natáčení na sběrném místě, "
            "o natáčení tentokrát nežádáme – stačí nám přístup k XML s výsledky.\n\n"
            "Adresa našeho serveru: 203.0.113.30. Testovací adresu nemáme.\n\n"
            f"Liberecký deník online s.r.o., IČO {I16}\n"
            "Filip Novotný, vývojář, 733 218 056\n"
        ),
    },
    {
        "id": "ta017-text-form-checkboxes",
        "description": "plain-text form pasted from the office's template with [X] and [ ] boxes;"
        " the filming box is unticked",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Kladenský zpravodaj s.r.o.",
            I17,
            None,
            ["192.0.2.210", "192.0.2.211"],
            ["192.0.2.220"],
            "Richard Sedláček",
            "sedlacek@kladenskyzpravodaj.example",
            "+420312245780",
        ),
        "from": "Richard Sedláček <sedlacek@kladenskyzpravodaj.example>",
        "subject": "Formulář – žádost média",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den, vyplněný formulář posílám v těle mailu.\n\n"
            "ŽÁDOST MÉDIA\n"
            "Žádám o:\n  [X] přístup k výsledkům ve formátu XML\n"
            "  [ ] povolení k pořizování záznamu na sběrném místě\n\n"
            "Žadatel ........... Kladenský zpravodaj s.r.o.\n"
            f"IČO ............... {I17}\n"
            "Produkční IP ...... 192.0.2.210, 192.0.2.211\n"
            "Testovací IP ...... 192.0.2.220\n"
            "Kontaktní osoba ... Richard Sedláček\n"
            "Telefon ........... +420 312 245 780\n"
            "E-mail ............ sedlacek@kladenskyzpravodaj.example\n\n"
            "Díky, R. Sedláček\n"
        ),
    },
    {
        "id": "ta018-roundcube-rowspan",
        "description": "HTML-only Roundcube mail, a table where 'Produkce' spans two rows and "
        "'Test' one; a netmask column says /32",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Vysočina News a.s.",
            I18,
            None,
            ["198.51.100.120", "198.51.100.124"],
            ["198.51.100.130"],
            "Hynek Procházka",
            "prochazka@vysocinanews.example",
            "+420567301422",
        ),
        "from": "Hynek Procházka <prochazka@vysocinanews.example>",
        "subject": "Zadost o pristup - Vysocina News",
        "headers": ROUNDCUBE,
        "html": (
            '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=UTF-8"></head><body style="font-size: 10pt; '
            'font-family: Verdana,Geneva,sans-serif"><p>Dobrý den,</p><p>Vysočina News a.s. '
            f"(IČO {I18}) žádá o povolení přístupu k XML výsledkům voleb.</p>"
            '<table border="1" cellspacing="0" cellpadding="3"><tbody>'
            "<tr><td><strong>Role</strong></td><td><strong>IP</strong></td>"
            "<td><strong>Maska</strong></td></tr>"
            '<tr><td rowspan="2">Produkce</td><td>198.51.100.120</td><td>/32</td></tr>'
            "<tr><td>198.51.100.124</td><td>/32</td></tr>"
            "<tr><td>Test</td><td>198.51.100.130</td><td>/32</td></tr>"
            "</tbody></table><p>Kontakt: Hynek Procházka, 567 301 422</p>"
            '<div id="signature">-- <br>Hynek Procházka<br>Vysočina News a.s., Jihlava'
            "</div></body></html>"
        ),
    },
    {
        "id": "ta019-german-english-ipv6",
        "description": "German news agency writing English; IPv6 for both roles, a German "
        "landline, no Czech IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Nachrichtenagentur Mitteldeutschland GmbH",
            None,
            None,
            ["2001:db8:4a::10", "198.51.100.99"],
            ["2001:db8:4a::20"],
            "Jonas Hoffmann",
            "hoffmann@nam-agentur.example",
            "+493419127745",
        ),
        "from": "Jonas Hoffmann <hoffmann@nam-agentur.example>",
        "subject": "Request: access to Czech election results feed",
        "headers": TBIRD,
        "body": (
            "Hello,\n\nNachrichtenagentur Mitteldeutschland GmbH (Leipzig) would like to "
            "receive the official election results via your XML interface.\n\n"
            "Production: 2001:db8:4a:0:0:0:0:10 and 198.51.100.99 (IPv4 fallback)\n"
            "Test: 2001:db8:4a::20\n\n"
            "Contact: Jonas Hoffmann, +49 341 9127745, hoffmann@nam-agentur.example\n\n"
            "Thanks in advance and best regards\nJonas Hoffmann\nIT Operations\n"
            "Nachrichtenagentur Mitteldeutschland GmbH, Amtsgericht Leipzig HRB 38512\n"
        ),
    },
    {
        "id": "ta020-databox-xlsx-table",
        "description": "data message from a publisher; the addresses only in an XLSX sheet with "
        "a role column and a second sheet of unrelated contacts",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Vydavatelství Radegast, s.r.o.",
            I20,
            "r5dg2xk",
            ["203.0.113.100", "203.0.113.101"],
            ["203.0.113.110"],
            "Barbora Hrušková",
            "hruskova@radegast-vyd.example",
            "+420596118342",
        ),
        "subject": "Žádost o přístup k XML výsledkům voleb – údaje v příloze",
        "databox": {
            "box": "r5dg2xk",
            "sender": "Vydavatelství Radegast, s.r.o.",
            "address": "Nádražní 1840, 738 01 Frýdek-Místek",
        },
        "attachments": [
            (
                "xlsx",
                "pristup_volby.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Vydavatelství Radegast, s.r.o."],
                            ["IČO", I20],
                            [],
                            ["Typ", "IP adresa", "Poznámka"],
                            ["PROD", "203.0.113.100", "web"],
                            ["PROD", "203.0.113.101", "aplikace"],
                            ["TST", "203.0.113.110", ""],
                            [],
                            ["Kontaktní osoba", "Barbora Hrušková"],
                            ["Telefon", "+420 596 118 342"],
                            ["E-mail", "hruskova@radegast-vyd.example"],
                        ],
                    },
                    {
                        "title": "Redakce",
                        "rows": [
                            ["Jméno", "Funkce", "Telefon"],
                            ["Aleš Kopecký", "šéfredaktor", "+420 596 118 300"],
                            ["Ivana Lysková", "sekretariát", "+420 596 118 301"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "ta021-netmask-block",
        "description": "production given as an address with a dotted netmask (a /30, four "
        "addresses), test as a single address",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Ostravské listy a.s.",
            I21,
            None,
            ["192.0.2.64", "192.0.2.65", "192.0.2.66", "192.0.2.67"],
            ["192.0.2.80"],
            "Radim Kolář",
            "kolar@netbridge.example",
            "+420739004561",
        ),
        "from": "Radim Kolář <kolar@netbridge.example>",
        "subject": "Ostravské listy – povolení přístupu k XML",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\njsme dodavatelem IT pro Ostravské listy a.s. (IČO "
            f"{I21}) a jejich jménem žádáme o přístup k výsledkům voleb ve formátu XML.\n\n"
            "Produkce: 192.0.2.64 maska 255.255.255.252 (celý blok)\n"
            "Test: 192.0.2.80\n\n"
            "Kontaktní osobou pro technické věci jsem já.\n\n"
            "S pozdravem\nRadim Kolář\nNetBridge s.r.o., síťová infrastruktura\n"
            "mobil: +420 739 004 561 | hotline: 800 100 200\n"
        ),
    },
    {
        "id": "ta022-old-addresses-left-out",
        "description": "the mail lists last year's addresses as no longer used before the new ones",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Hradecký kurýr s.r.o.",
            I22,
            None,
            ["198.51.100.151"],
            ["198.51.100.152"],
            "Eva Tichá",
            "ticha@hradeckykuryr.example",
            "+420495218607",
        ),
        "from": "Eva Tichá <ticha@hradeckykuryr.example>",
        "subject": "Re: přístup k volebním datům 2026",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\nv minulých volbách jsme stahovali z 198.51.100.15 a testovali z "
            "198.51.100.16 – tyhle adresy už nepoužíváme, server jsme přestěhovali.\n\n"
            "Nově prosím povolte:\nprodukce 198.51.100.151\ntest 198.51.100.152\n\n"
            f"Hradecký kurýr s.r.o., IČO {I22}\nKontakt: Eva Tichá, 495 218 607\n\n"
            "Děkuji,\nEva Tichá\n"
        ),
    },
    {
        "id": "ta023-samsung-colleague-contact",
        "description": "phone-typed note without diacritics; the contact is a colleague named "
        "with his own mobile and e-mail, the sender only writes",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Radio Relax Znojmo s.r.o.",
            I23,
            None,
            ["203.0.113.55"],
            ["203.0.113.56"],
            "Jan Dvořák",
            "dvorak@radiorelax.example",
            "+420739512086",
        ),
        "from": "Simona Pokorna <pokorna@radiorelax.example>",
        "subject": "volby xml",
        "headers": SAMSUNG,
        "cte": "8bit",
        "body": (
            "dobry den posilam zadost o pristup k xml vysledkum, Radio Relax Znojmo s.r.o. "
            f"ico {I23}. prod 203.0.113.55 test 203.0.113.56. technicky to resi kolega "
            "Jan Dvořák, volejte prosim jemu 739 512 086 nebo dvorak@radiorelax.example\n"
            "diky Pokorna\n\nOdesláno z mého Galaxy\n"
        ),
    },
    {
        "id": "ta024-student-no-ico",
        "description": "a student journalist for a school project without IČO or company; "
        "one address, no test",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Adéla Vondráčková",
            None,
            None,
            ["192.0.2.141"],
            [],
            "Adéla Vondráčková",
            "adela.vondrackova@studmail.example",
            "+420776203519",
        ),
        "from": "Adéla Vondráčková <adela.vondrackova@studmail.example>",
        "subject": "Prosba o přístup k výsledkům (studentský projekt)",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\njsem studentka žurnalistiky a s kamarády chystáme na volební noc "
            "vlastní studentský live blog. Nejsme firma ani spolek, žádost podávám sama "
            "za sebe. Mohla bych prosím dostat přístup k XML s výsledky? Blog poběží na "
            "serveru s IP 192.0.2.141.\n\nMoc děkuji!\nAdéla Vondráčková\n776 203 519\n"
        ),
    },
    {
        "id": "ta025-double-forward-office-contacts",
        "description": "forward of a forward: the innermost quote is the office's reply with its "
        "own phone, e-mail and IČO; the applicant's data is in the middle message",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Deník Slovácko, s.r.o.",
            I25,
            None,
            ["198.51.100.77"],
            ["198.51.100.78"],
            "Lukáš Straka",
            "straka@denikslovacko.example",
            "+420572114930",
        ),
        "from": "Lukáš Straka <straka@denikslovacko.example>",
        "subject": "Fw: Fw: Volby – XML přístup",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nposílám znovu naši žádost, jak jste chtěli, tentokrát přímo na "
            "podatelnu. Údaje platí.\n\nLukáš Straka\n\n"
            "________________________________\nOd: Lukáš Straka\n"
            "Odesláno: středa 2. září 2026 8:15\nKomu: volby@czso.cz\n"
            "Předmět: Fw: Volby – XML přístup\n\n"
            f"Deník Slovácko, s.r.o., IČO {I25}, žádá o přístup k XML výsledkům.\n"
            "Produkční IP 198.51.100.77, testovací IP 198.51.100.78.\n"
            "Kontakt: Lukáš Straka, 572 114 930, straka@denikslovacko.example\n\n"
            "________________________________\nOd: volby@czso.cz\n"
            "Odesláno: úterý 1. září 2026 15:02\n\n"
            "Dobrý den, žádosti přijímá výhradně podatelna@czso.cz nebo datová schránka "
            "2gfaasy.\nČeský statistický úřad, IČO 00025593, Na padesátém 81, Praha 10, "
            "tel. +420 274 052 733\n"
        ),
    },
    {
        "id": "ta026-uk-both-types",
        "description": "British broadcaster in English asks for both the feed and filming; "
        "a UK mobile and an office line",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Northbridge Broadcasting Ltd",
            None,
            None,
            ["203.0.113.222"],
            ["203.0.113.223"],
            "Oliver Whitfield",
            "oliver.whitfield@northbridge.example",
            "+447700900417",
        ),
        "from": "Oliver Whitfield <oliver.whitfield@northbridge.example>",
        "subject": "Czech election coverage - data feed and filming",
        "headers": APPLE,
        "body": (
            "Hi there,\n\nNorthbridge Broadcasting Ltd (Company No. 08812345) will cover the "
            "Czech election from Prague. We'd like two things please:\n\n"
            "- access to the XML results feed from 203.0.113.222 (live) and 203.0.113.223 "
            "(staging)\n- permission for a two-person crew to film at a collection point\n\n"
            "Best to reach me on my mobile +44 7700 900417 (office +44 20 7946 0832).\n\n"
            "Cheers,\nOliver Whitfield\nSenior Producer, Northbridge Broadcasting Ltd\n"
        ),
    },
    {
        "id": "ta027-contact-replaced",
        "description": "contact named first, then replaced within the same mail by a colleague "
        "with her own phone",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Pardubický večerník s.r.o.",
            I27,
            None,
            ["192.0.2.240"],
            ["192.0.2.241"],
            "Tereza Malá",
            "mala@pcvecernik.example",
            "+420608447120",
        ),
        "from": "Jana Bílková <bilkova@pcvecernik.example>",
        "subject": "Žádost o přístup k XML",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nPardubický večerník s.r.o. (IČO "
            f"{I27}) žádá o přístup k výsledkům voleb.\n\n"
            "Produkční IP: 192.0.2.240\nTestovací IP: 192.0.2.241\n"
            "Kontaktní osoba: Jana Bílková, 466 510 233\n\n"
            "P.S. Teď jsem si uvědomila, že v době voleb budu na dovolené – kontaktní "
            "osobou bude místo mě kolegyně Tereza Malá, mobil 608 447 120, "
            "mala@pcvecernik.example.\n\nJana Bílková\nsekretariát redakce\n"
        ),
    },
    {
        "id": "ta028-databox-rtf-letter",
        "description": "data message whose annotation only points to the RTF; the letter has a "
        "table with role rows and the IČO as 'IČ:'",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Obec Dolní Bečva",
            I28,
            "d2bc7wn",
            ["198.51.100.190"],
            ["198.51.100.191"],
            "Stanislav Vaculík",
            "vaculik@dolnibecva.example",
            "+420571645118",
        ),
        "subject": "Žádost o přístup k výsledkům voleb – viz příloha",
        "databox": {
            "box": "d2bc7wn",
            "sender": "Obec Dolní Bečva",
            "address": "Dolní Bečva 340, 756 55 Dolní Bečva",
            "type": 10,
        },
        "attachments": [
            (
                "rtf",
                "zadost.rtf",
                [
                    "Obec Dolní Bečva, Dolní Bečva 340, 756 55",
                    f"IČ: {I28}",
                    "Věc: žádost o přístup k výsledkům voleb (XML) pro obecní web a "
                    "kabelovou televizi",
                    [
                        ["Údaj", "Hodnota"],
                        ["IP produkční", "198.51.100.190"],
                        ["IP testovací", "198.51.100.191"],
                        ["Kontakt", "Stanislav Vaculík, správce sítě"],
                        ["Tel.", "571 645 118"],
                        ["E-mail", "vaculik@dolnibecva.example"],
                    ],
                    "Bc. Alena Křenková, starostka",
                ],
            )
        ],
    },
]
