"""Twentyninth held-out part ``wa``, cases wa015–wa028: a format=flowed mail whose roles come
only from word order, an Outlook HTML form with box characters, a reply to the office's query,
a Polish sender with an IPv6 production address, data messages with PDF and ODT files, old
addresses the sender retires, a municipality in ISO-8859-2 that wants to film only, a contractor,
an XLSX sheet with a merged role cell, an S/MIME-signed letter, an Italian freelancer, a chatty
note full of abbreviations and a webmail yes/no table. Written by hand apart from the extraction
rules (see make_twentyninth_wa); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentyninth_wa_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    K9,
    MAC_OUTLOOK,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

I15, I16, I17, I19 = ico("2861943"), ico("0298514"), ico("4713620"), ico("6138452")
I20, I21, I22, I23 = ico("2580736"), ico("0027851"), ico("0791346"), ico("2904127")
I24, I26, I27, I28 = ico("4538261"), ico("2719563"), ico("0562471"), ico("2893015")

CASES: list[dict[str, Any]] = [
    {
        "id": "wa015-k9-flowed-order-wrapped",
        "description": "format=flowed from K-9; roles only by order ('první … druhá …') in a "
        "sentence wrapped across soft breaks",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Slovácký deník, s.r.o.",
            I15,
            None,
            ["203.0.113.201"],
            ["203.0.113.202"],
            "Jakub Mikulka",
            "mikulka@slovackydenik.example",
            "+420739018226",
        ),
        "from": "Jakub Mikulka <mikulka@slovackydenik.example>",
        "subject": "Pristup XML volby - Slovácký deník",
        "headers": K9,
        "flowed": True,
        "body": (
            "Dobrý den,\n\n"
            "za Slovácký deník, s.r.o. (IČO "
            f"{I15}) prosím o zřízení přístupu k XML s výsledky. Posílám dvě adresy, \n"
            "203.0.113.201 a 203.0.113.202, z nichž první je produkční a druhá slouží \n"
            "jen pro testování před volbami.\n\n"
            "Kontakt: Jakub Mikulka, 739 018 226\n\n"
            "Díky\nJ. Mikulka\n"
        ),
    },
    {
        "id": "wa016-outlook-html-checkbox-form",
        "description": "HTML-only Outlook mail pasted from a form: feed ticked (☒), filming "
        "unticked (☐), test row left empty",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Pošumavské noviny s.r.o.",
            I16,
            None,
            ["192.0.2.161"],
            [],
            "Blanka Řezníčková",
            "reznickova@posumavske.example",
            "+420376522818",
        ),
        "from": "Řezníčková Blanka <reznickova@posumavske.example>",
        "subject": "Formulář – žádost média (volby 2025)",
        "headers": OUTLOOK,
        "html": (
            '<html><head><meta charset="utf-8"></head><body>'
            '<p class="MsoNormal">Dobrý den, posílám vyplněný formulář.</p>'
            '<table class="MsoNormalTable" border="1" cellpadding="3">'
            "<tr><td>Žadatel</td><td>Pošumavské noviny s.r.o.</td></tr>"
            f"<tr><td>IČO</td><td>{I16}</td></tr>"
            "<tr><td>Požadujeme</td><td>☒ přístup k výsledkům voleb (XML)<br>"
            "☐ povolení k natáčení / pořizování záznamu na sběrném místě</td></tr>"
            "<tr><td>IP adresa produkční</td><td>192.0.2.161</td></tr>"
            "<tr><td>IP adresa testovací</td><td></td></tr>"
            "<tr><td>Kontaktní osoba</td><td>Blanka Řezníčková</td></tr>"
            "<tr><td>Telefon</td><td>376 522 818</td></tr>"
            "<tr><td>E-mail</td><td>reznickova@posumavske.example</td></tr>"
            "</table>"
            '<p class="MsoNormal">S pozdravem<br>Blanka Řezníčková<br>Pošumavské noviny, '
            "Klatovy</p></body></html>"
        ),
    },
    {
        "id": "wa017-reply-adds-phone-quoting-original",
        "description": "reply to the office's request for a phone; the office's quote has its "
        "own switchboard, the applicant's quoted original has the rest",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Lounský expres s.r.o.",
            I17,
            None,
            ["198.51.100.93"],
            ["198.51.100.94"],
            "Roman Šťastný",
            "stastny@lounskyexpres.example",
            "+420723600114",
        ),
        "from": "Roman Šťastný <stastny@lounskyexpres.example>",
        "subject": "Re: Vaše žádost o přístup k XML – chybí telefon",
        "headers": EVOLUTION,
        "body": (
            "Dobrý den,\n\n"
            "telefon: 723 600 114. Vše ostatní podle mé původní žádosti níže.\n\n"
            "Roman Šťastný\n\n"
            "On Tue, 2025-09-16 at 10:12 +0200, podatelna@czso.cz wrote:\n"
            "> Dobrý den,\n"
            "> ve Vaší žádosti chybí telefon kontaktní osoby. V případě dotazů volejte\n"
            "> 274 051 111 nebo pište na podatelna@czso.cz.\n"
            "> Český statistický úřad\n"
            ">\n"
            "> > Dobrý den,\n"
            "> > Lounský expres s.r.o., IČO "
            f"{I17}, žádá o přístup k XML výsledkům.\n"
            "> > Produkce: 198.51.100.93\n"
            "> > Test: 198.51.100.94\n"
            "> > Kontakt: Roman Šťastný, stastny@lounskyexpres.example\n"
        ),
    },
    {
        "id": "wa018-polish-english-ipv6-production",
        "description": "Polish broadcaster writing English from Mac Outlook: an IPv4 and an "
        "IPv6 production address, IPv6 written in full, Polish phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Radio Śląsk Cieszyn Sp. z o.o.",
            None,
            None,
            ["203.0.113.115", "2001:db8:4c::15"],
            ["203.0.113.116"],
            "Agnieszka Wróbel",
            "a.wrobel@radioslask.example",
            "+48338521460",
        ),
        "from": "Agnieszka Wróbel <a.wrobel@radioslask.example>",
        "subject": "Request: XML election results access",
        "headers": MAC_OUTLOOK,
        "body": (
            "Good morning,\n\n"
            "Radio Śląsk Cieszyn Sp. z o.o. (Polish tax no. NIP 548-260-31-77) would like "
            "to request access to the XML election results.\n\n"
            "Production: 203.0.113.115 and 2001:0db8:004c:0000:0000:0000:0000:0015\n"
            "Test: 203.0.113.116\n\n"
            "I am the contact person - Agnieszka Wróbel, phone +48 33 852 14 60.\n\n"
            "Best regards,\nAgnieszka Wróbel\nNewsroom, Radio Śląsk Cieszyn\n"
            "ul. Głęboka 18, 43-400 Cieszyn, Poland\n"
        ),
    },
    {
        "id": "wa019-databox-university-pdf-wrapped",
        "description": "data message from a university; the application only in a PDF with a "
        "narrow table whose cells wrap; the faculty applies as its university",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Západočeská univerzita v Plzni",
            ico("4977735"),
            "u2wn7ka",
            ["192.0.2.90", "192.0.2.91"],
            ["192.0.2.95"],
            "Petra Hynková",
            "hynkova@fpe.zcu.example",
            "+420377636210",
        ),
        "subject": "Žádost – výsledky voleb XML (Fakulta)",
        "databox": {
            "box": "u2wn7ka",
            "sender": "Západočeská univerzita v Plzni",
            "address": "Univerzitní 2732/8, 301 00 Plzeň",
            "type": 10,
        },
        "attachments": [
            (
                "pdf",
                "zadost_volby_fakulta.pdf",
                [
                    "Západočeská univerzita v Plzni, Fakulta politologie a médií "
                    "(studentské médium Kampus)",
                    f"IČO: {ico('4977735')}",
                    "Věc: žádost o přístup k výsledkům voleb ve formátu XML",
                    "Studentská redakce bude ve volební noci vysílat živé zpravodajství. "
                    "Žádáme o přístup z následujících adres:",
                    {
                        "rows": [
                            ["Účel", "Adresa"],
                            ["produkční servery (primární a záložní)", "192.0.2.90, 192.0.2.91"],
                            ["testovací server pro přípravu grafiky", "192.0.2.95"],
                        ],
                        "widths": [110, 90],
                    },
                    "Kontaktní osoba: Mgr. Petra Hynková, Ph.D., tel. 377 636 210, "
                    "hynkova@fpe.zcu.example",
                    "doc. PhDr. Karel Brož, Ph.D.\nděkan",
                ],
            )
        ],
    },
    {
        "id": "wa020-evolution-old-address-retired",
        "description": "last year's address named as no longer used, the new one given; test "
        "address written with a /32",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Hlas Orlicka s.r.o.",
            I20,
            None,
            ["192.0.2.140"],
            ["192.0.2.141"],
            "Stanislav Kopecký",
            "kopecky@hlasorlicka.example",
            "+420604802317",
        ),
        "from": "Stanislav Kopecký <kopecky@hlasorlicka.example>",
        "subject": "XML výsledky – Hlas Orlicka, nové IP",
        "headers": EVOLUTION,
        "body": (
            "Dobrý den,\n\n"
            "jako každé volby bychom rádi opět odebírali výsledky v XML. Loni jsme to "
            "tahali z 192.0.2.14, ten server jsme ale v létě zrušili a už ho "
            "nepoužíváme. Nově tedy:\n\n"
            "  produkce 192.0.2.140\n"
            "  test     192.0.2.141/32\n\n"
            f"Hlas Orlicka s.r.o., IČO {I20}, kontakt já - Stanislav Kopecký, 604 802 317.\n\n"
            "Díky a ať to letos sečtete rychle :)\nS. Kopecký\n"
        ),
    },
    {
        "id": "wa021-iso88592-town-film-only",
        "description": "ISO-8859-2 mail from a town hall: filming for the town's TV only; the "
        "XML feed explicitly not needed",
        "style": Style.SIGNATURE,
        "labels": L(
            [FILM],
            "Město Bystřice pod Lopeníkem",
            I21,
            None,
            [],
            [],
            "Zuzana Halabalová",
            "halabalova@bystricepl.example",
            "+420572644120",
        ),
        "from": "Zuzana Halabalová <halabalova@bystricepl.example>",
        "subject": "Žádost o povolení natáčení",
        "headers": TBIRD,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\n"
            "Město Bystřice pod Lopeníkem, IČO "
            f"{I21}, žádá o povolení pořídit videozáznam na sběrném místě ČSÚ v Uherském "
            "Hradišti pro městskou kabelovou televizi (reportáž cca 3 minuty).\n"
            "O přístup k datovému výstupu (XML) nežádáme.\n\n"
            "Kontaktní osoba: Zuzana Halabalová, tel. 572 644 120.\n\n"
            "S pozdravem\n\n"
            "Zuzana Halabalová, referentka pro vnější vztahy\n"
            "Ing. Milan Kotas, starosta, tel. 572 644 101\n"
            "Městský úřad Bystřice pod Lopeníkem, Nám. 1, 687 55\n"
        ),
    },
    {
        "id": "wa022-contractor-for-news-site",
        "description": "IT contractor writes for a news site's publisher; the publisher "
        "applies, the contractor is named as the contact; his own company's IČO also given",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Vysočina Online s.r.o.",
            I22,
            None,
            ["198.51.100.240", "198.51.100.241"],
            ["198.51.100.250"],
            "Tomáš Wagner",
            "tomas@wagnerdev.example",
            "+420731990244",
        ),
        "from": "Tomáš Wagner <tomas@wagnerdev.example>",
        "subject": "Vysočina Online – žádost o XML feed (za klienta)",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            "jsem dodavatel IT pro zpravodajský portál vysocinaonline.example. Jménem "
            "vydavatele, společnosti Vysočina Online s.r.o., IČO "
            f"{I22}, žádám o přístup k výsledkům voleb v XML (plná moc od jednatele "
            "může být dodána na vyžádání).\n\n"
            "prod: 198.51.100.240, 198.51.100.241\n"
            "test: 198.51.100.250\n\n"
            "Kontaktní osobou pro technickou stránku budu já.\n\n"
            "Tomáš Wagner\nWagner Development s.r.o. (IČO "
            f"{I23})\n+420 731 990 244\n"
        ),
    },
    {
        "id": "wa023-tbird-xlsx-merged-role-cell",
        "description": "short mail with an XLSX sheet where a merged cell spans two "
        "production rows; the contact is on a second sheet",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Regionální vysílání Haná, a.s.",
            I24,
            None,
            ["203.0.113.20", "203.0.113.21"],
            ["203.0.113.25"],
            "Jaroslav Dvořák",
            "dvorak@rvhana.example",
            "+420581117503",
        ),
        "from": "Jaroslav Dvořák <dvorak@rvhana.example>",
        "subject": "Žádost o přístup – tabulka v příloze",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\nv příloze posílám tabulku s údaji pro přístup k XML výsledkům "
            "voleb.\n\nS pozdravem\nJaroslav Dvořák\nRegionální vysílání Haná, a.s.\n"
        ),
        "attachments": [
            (
                "xlsx",
                "CSU_pristup.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["Účel", "IP adresa", "Poznámka"],
                            ["Produkce", "203.0.113.20", "Přerov"],
                            [None, "203.0.113.21", "Olomouc (záloha)"],
                            ["Test", "203.0.113.25", ""],
                        ],
                        "merge": ["A2:A3"],
                    },
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Název", "Regionální vysílání Haná, a.s."],
                            ["IČO", I24],
                            ["Kontaktní osoba", "Jaroslav Dvořák"],
                            ["Telefon", "+420 581 117 503"],
                            ["E-mail", "dvorak@rvhana.example"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "wa024-smime-formal-both-types",
        "description": "S/MIME-signed formal letter asking for both the feed and filming; "
        "IČO with spaces, two backup addresses, camera crew named besides the contact",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED, FILM],
            "Česká regionální televize, a.s.",
            ico("2617430"),
            None,
            ["192.0.2.40", "192.0.2.41", "192.0.2.42"],
            ["192.0.2.48"],
            "Helena Vacková",
            "vackova@crtv.example",
            "+420602117445",
        ),
        "from": "Helena Vacková <vackova@crtv.example>",
        "subject": "Žádost o přístup k výsledkům voleb a o povolení natáčení",
        "headers": OUTLOOK,
        "smime": True,
        "body": (
            "Vážení,\n\n"
            "Česká regionální televize, a.s., IČO "
            f"{ico('2617430')[:3]} {ico('2617430')[3:5]} {ico('2617430')[5:]}, se sídlem "
            "Na Příkopě 22, 110 00 Praha 1, tímto žádá\n\n"
            "1. o zřízení přístupu k výsledkům voleb ve formátu XML z adres\n"
            "   - hlavní: 192.0.2.40\n"
            "   - záložní: 192.0.2.41 a 192.0.2.42\n"
            "   - testovací: 192.0.2.48\n"
            "2. o povolení natáčení na sběrném místě v Praze 10 dne 4. 10. 2025 "
            "(štáb: redaktor Jiří Sobota, kameraman Milan Tůma, tel. 605 300 882).\n\n"
            "Kontaktní osobou je Helena Vacková, vedoucí produkce, tel. +420 602 117 445, "
            "vackova@crtv.example.\n\n"
            "S úctou\n\nMgr. Helena Vacková\nvedoucí produkce\n"
            "Česká regionální televize, a.s.\nústředna +420 222 310 000\n"
        ),
    },
    {
        "id": "wa025-italian-freelancer-partita-iva",
        "description": "Italian freelance journalist writing sloppy English, no Czech IČO but "
        "an Italian VAT number; one server, test the same machine",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Giulia Ferraresi",
            None,
            None,
            ["198.51.100.199"],
            [],
            "Giulia Ferraresi",
            "giulia.ferraresi@ferraresi-news.example",
            "+393474408126",
        ),
        "from": "Giulia Ferraresi <giulia.ferraresi@ferraresi-news.example>",
        "subject": "xml results access for italian freelance",
        "headers": GMAIL,
        "body": (
            "hello,\n\n"
            "i am italian freelance journalist, i write about czech election for few "
            "italian newspapers (i am not employee, i sell articles myself). i would like "
            "the access to the xml results please, from my server 198.51.100.199 — i will "
            "test also from same server, i have not another.\n"
            "i have no czech company number, only italian partita iva IT04417290368.\n\n"
            "my cell +39 347 440 8126\n\n"
            "grazie mille!\nGiulia Ferraresi\n"
        ),
    },
    {
        "id": "wa026-databox-odt-contact-in-annotation",
        "description": "data message: the annotation names the contact and points to the ODT, "
        "the ODT table has the addresses and the IČO",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Krkonošský zpravodaj, o.p.s.",
            I26,
            "k3vd8ph",
            ["192.0.2.71"],
            ["192.0.2.72"],
            "Jitka Dvořáková",
            "dvorakova@krkzpravodaj.example",
            "+420499871322",
        ),
        "subject": "Žádost o XML výsledky – údaje v příloze. Kontakt: Jitka Dvořáková, "
        "499 871 322, dvorakova@krkzpravodaj.example",
        "databox": {
            "box": "k3vd8ph",
            "sender": "Krkonošský zpravodaj, o.p.s.",
            "address": "Horská 4, 543 01 Vrchlabí",
        },
        "attachments": [
            (
                "odt",
                "zadost.odt",
                [
                    "Krkonošský zpravodaj, o.p.s.",
                    "Žádost o zřízení přístupu k výsledkům voleb ve formátu XML",
                    [
                        ["Položka", "Údaj"],
                        ["IČO", I26],
                        ["Produkční IP", "192.0.2.71"],
                        ["Testovací IP", "192.0.2.72"],
                    ],
                    "Ve Vrchlabí 10. září 2025",
                ],
            )
        ],
    },
    {
        "id": "wa027-seznam-abbreviations-tst-zal",
        "description": "chatty webmail with abbreviations: 'prod', 'zál.', 'TST'; IČ with a "
        "slash-less dotted form and a bank account number nearby",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Info Kladno s.r.o.",
            I27,
            None,
            ["203.0.113.160", "203.0.113.161"],
            ["203.0.113.170"],
            "Václav Brabec",
            "brabec@infokladno.example",
            "+420606334710",
        ),
        "from": "Václav Brabec <brabec@infokladno.example>",
        "subject": "jsme tu zas :) xml volby",
        "headers": SEZNAM,
        "body": (
            "Zdravím,\n\n"
            "tak zase volby, zase prosíme o XML. Letos máme:\n"
            "prod 203.0.113.160\nzál. 203.0.113.161\nTST 203.0.113.170\n\n"
            "Fakturační údaje kdyby něco: Info Kladno s.r.o., IČ: "
            f"{I27[:2]}.{I27[2:5]}.{I27[5:]}, č. ú. 2301458890/2010\n"
            "Kontakt furt já, Brabec, 606 334 710.\n\nVašek Brabec\n"
        ),
    },
    {
        "id": "wa028-roundcube-html-yes-no-columns",
        "description": "HTML-only Roundcube mail with an ano/ne table of request types "
        "(feed ano, filming ne) and a labelled address table",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Deník Podbrdsko, z. ú.",
            I28,
            None,
            ["198.51.100.130"],
            ["198.51.100.131"],
            "Karolína Fialová",
            "fialova@podbrdsko.example",
            "+420737240915",
        ),
        "from": "Karolína Fialová <fialova@podbrdsko.example>",
        "subject": "Žádost - Deník Podbrdsko",
        "headers": ROUNDCUBE,
        "html": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
            "</head><body style='font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>"
            "<p>Dobrý den,</p><p>žádáme o následující:</p>"
            "<table border='1'><tr><th>Žádost</th><th>ano</th><th>ne</th></tr>"
            "<tr><td>přístup k výsledkům voleb (XML)</td><td>X</td><td></td></tr>"
            "<tr><td>povolení natáčení na sběrném místě</td><td></td><td>X</td></tr>"
            "</table><p>&nbsp;</p>"
            "<table border='1'><tr><td>produkční IP</td><td>198.51.100.130</td></tr>"
            "<tr><td>testovací IP</td><td>198.51.100.131</td></tr></table>"
            f"<p>Deník Podbrdsko, z. ú., IČO {I28}<br>"
            "Kontaktní osoba: Karolína Fialová, 737 240 915</p>"
            "<p>S pozdravem<br>Karolína Fialová</p>"
            '<div id="signature">-- <br>Deník Podbrdsko | Příbram</div></body></html>'
        ),
    },
]
