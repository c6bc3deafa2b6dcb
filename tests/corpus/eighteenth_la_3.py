"""Eighteenth held-out part ``la``, cases la029–la042: an HTML reply quoting the office's press
release, data messages (PDF, XLSX, RTF), order-only roles, a written range, a TXT attachment
from a phone, a replaced contact, a row-spanning HTML table, a forwarded office instruction,
OIDs and dates in an S/MIME mail, a text form with boxes, a film crew and an Italian sender.
Written by hand apart from the extraction rules (see make_eighteenth_la); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.eighteenth_la_common import (
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    MAC_OUTLOOK,
    OUTLOOK,
    OWA,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

K29, K30, K31, K32 = ico("2703418"), ico("2618439"), ico("4530276"), ico("0694102")
K33, K34, K35, K36 = ico("2883065"), ico("2760214"), ico("2537109"), ico("2264018")
K37, K38, K40, K41 = ico("2608137"), ico("0491285"), ico("2812674"), ico("0286345")

CASES: list[dict[str, Any]] = [
    {
        "id": "la029-owa-html-reply-press-release",
        "description": "HTML-only Outlook on the web reply in base64; the office's press "
        "release quoted below with its IČO, box, spokesperson and phone",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Rádio Krumlov FM s.r.o.",
            K29,
            None,
            ["192.0.2.180"],
            ["192.0.2.181"],
            "Šárka Novotná",
            "novotna@krumlovfm.example",
            "+420723650118",
        ),
        "from": "Šárka Novotná <novotna@krumlovfm.example>",
        "subject": "RE: Tisková zpráva ČSÚ – výsledky voleb pro média",
        "headers": OWA,
        "cte": "base64",
        "html": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8"></head><body dir="ltr">'
            '<div style="font-family: Aptos, Calibri, sans-serif; font-size: 12pt">'
            "Dobrý den,<br><br>reaguji na Vaši tiskovou zprávu. Za Rádio Krumlov FM s.r.o. "
            f"(IČO {K29}) žádáme o přístup k výsledkům voleb v XML.<br><br>"
            "Produkční IP: 192.0.2.180<br>Testovací IP: 192.0.2.181<br><br>"
            "Kontaktní osoba: Šárka Novotná, 723 650 118<br><br>"
            "S pozdravem<br>Šárka Novotná<br>programová ředitelka</div>"
            '<div id="appendonsend"></div><hr style="display:inline-block;width:98%">'
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif">'
            "<b>Od:</b> Český statistický úřad &lt;podatelna@czso.cz&gt;<br>"
            "<b>Odesláno:</b> pondělí 8. září 2025 10:15<br>"
            "<b>Předmět:</b> Tisková zpráva ČSÚ – výsledky voleb pro média</font></div>"
            '<blockquote style="margin-left:0.8ex;border-left:1px solid #ccc;'
            'padding-left:1ex"><p><b>TISKOVÁ ZPRÁVA</b></p>'
            "<p>Český statistický úřad, Na padesátém 81, 100 82 Praha 10, IČO 00025593, "
            "zpřístupní médiím výsledky voleb ve formátu XML. Přístup bude povolen pouze "
            "z ohlášených IP adres (nejvýše 5 produkčních a 5 testovacích).</p>"
            "<p>Žádosti zasílejte na podatelna@czso.cz nebo do datové schránky 2gfaasy "
            "do 19. 9. 2025.</p>"
            "<p>Kontakt pro média: Petra Bílková, tisková mluvčí, tel. 274 052 733</p>"
            "</blockquote></body></html>"
        ),
    },
    {
        "id": "la030-databox-pdf-both-requests",
        "description": "data message with a PDF letter asking for the feed and for filming; "
        "the letter's addressee block is the office with its IČO and box",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Středomoravská televize a.s.",
            K30,
            "w2ne7ua",
            ["203.0.113.60", "203.0.113.61"],
            ["203.0.113.62"],
            "Lukáš Hrdina",
            "hrdina@smtv.example",
            "+420603772915",
        ),
        "subject": "Žádost – XML výsledky voleb a povolení k natáčení",
        "databox": {
            "box": "w2ne7ua",
            "sender": "Středomoravská televize a.s.",
            "address": "Jeremenkova 40, 779 00 Olomouc",
        },
        "attachments": [
            (
                "pdf",
                "SMTV_zadost_CSU.pdf",
                [
                    f"Středomoravská televize a.s.\nJeremenkova 40, 779 00 Olomouc\nIČO {K30}",
                    "Adresát:\nČeský statistický úřad\nNa padesátém 81, 100 82 Praha 10\n"
                    "IČO 00025593, datová schránka 2gfaasy",
                    "Olomouc 17. 9. 2025",
                    "Věc: Žádost o přístup k výsledkům voleb a o povolení k natáčení",
                    "Žádáme o:\n1. zřízení přístupu k výsledkům voleb ve formátu XML pro "
                    "produkční IP adresy 203.0.113.60 a 203.0.113.61 a testovací IP adresu "
                    "203.0.113.62;\n2. povolení k pořizování obrazového a zvukového záznamu "
                    "na sběrném místě v Olomouci ve dnech 3. a 4. 10. 2025.",
                    "Kontaktní osoba: Bc. Lukáš Hrdina, produkční, tel. 603 772 915, "
                    "hrdina@smtv.example",
                    "Ing. Karel Štěpán\npředseda představenstva",
                ],
            )
        ],
    },
    {
        "id": "la031-zimbra-order-first-second",
        "description": "roles given only by order ('první … druhá'), a third address called "
        "záložní, landline phone",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Západočeské listy, spol. s r.o.",
            K31,
            None,
            ["203.0.113.120", "203.0.113.122"],
            ["203.0.113.121"],
            "Richard Mlynář",
            "mlynar@zclisty.example",
            "+420353221908",
        ),
        "from": "Richard Mlynář <mlynar@zclisty.example>",
        "subject": "XML volby – Západočeské listy",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\n"
            f"Západočeské listy, spol. s r.o. (IČO {K31}) žádají o přístup k výsledkům "
            "voleb ve formátu XML.\n\n"
            "Posíláme dvě adresy, 203.0.113.120 a 203.0.113.121 – první je pro ostrý "
            "provoz, druhá pro testování. Kdyby to šlo, přidejte prosím ještě "
            "203.0.113.122 jako záložní server.\n\n"
            "Kontaktní osoba: Richard Mlynář, tel. 353 221 908 (redakce Karlovy Vary)\n\n"
            "Děkujeme\nRichard Mlynář\n"
        ),
    },
    {
        "id": "la032-japanese-bureau-range",
        "description": "English from a Japanese agency's Czech branch: production as a written "
        "range, no test, a local producer named as contact",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Kyokuto News Agency – organizační složka",
            K32,
            None,
            ["203.0.113.200", "203.0.113.201", "203.0.113.202", "203.0.113.203"],
            [],
            "Tereza Pokorná",
            "t.pokorna@kyokuto-news.example",
            "+420608771045",
        ),
        "from": "Haruto Sato <sato@kyokuto-news.example>",
        "subject": "Application for access to election results (XML)",
        "headers": MAC_OUTLOOK,
        "body": (
            "Dear Czech Statistical Office,\n\n"
            "Kyokuto News Agency – organizační složka (Prague bureau of Kyokuto News Agency, "
            f"Tokyo; IČO {K32}) would like to apply for access to the election results in "
            "XML format.\n\n"
            "Our production servers use the range 203.0.113.200 - 203.0.113.203. We have "
            "no test servers.\n\n"
            "For all questions please contact our local producer Ms. Tereza Pokorná, "
            "t.pokorna@kyokuto-news.example, +420 608 771 045. She speaks Czech.\n\n"
            "Thank you very much for your kind help.\n\n"
            "Sincerely,\nHaruto Sato\nBureau Chief, Prague\nKyokuto News Agency\n"
            "Tel. +81 3 5555 0192 (Tokyo desk)\n"
        ),
    },
    {
        "id": "la033-iphone-txt-abbreviations",
        "description": "iPhone note with a TXT attachment using prod/tst abbreviations",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Rádio Tišnov s.r.o.",
            K33,
            None,
            ["192.0.2.21", "192.0.2.22"],
            ["192.0.2.29"],
            "Jana Veselá",
            "vesela@radiotisnov.example",
            "+420720115870",
        ),
        "from": "Jana Veselá <vesela@radiotisnov.example>",
        "subject": "IP adresy pro XML volby",
        "headers": IPHONE,
        "body": (
            "Dobry den, v priloze IP adresy pro pristup k xml s vysledky voleb. "
            f"Zadatel Rádio Tišnov s.r.o., IČO {K33}. Kontakt ja, 720 115 870.\n"
            "Jana Vesela\n\nOdesláno z iPhonu\n"
        ),
        "attachments": [
            (
                "txt",
                "ip.txt",
                "prod 192.0.2.21\nprod 192.0.2.22\ntst  192.0.2.29\n",
            )
        ],
    },
    {
        "id": "la034-contact-replaced-cc",
        "description": "follow-up replaces the contact person (the old one in copy, on "
        "holiday) and repeats the addresses",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Nymburský zpravodaj s.r.o.",
            K34,
            None,
            ["198.51.100.110", "198.51.100.111"],
            ["198.51.100.112"],
            "Lenka Malá",
            "mala@nbzpravodaj.example",
            "+420774600215",
        ),
        "from": "David Šimek <simek@nbzpravodaj.example>",
        "cc": "Jan Horák <horak@nbzpravodaj.example>, Lenka Malá <mala@nbzpravodaj.example>",
        "subject": "Změna kontaktní osoby – žádost o XML (Nymburský zpravodaj)",
        "headers": EVOLUTION,
        "body": (
            "Dobrý den,\n\n"
            "navazuji na naši žádost z minulého týdne o přístup k XML s výsledky voleb "
            f"(Nymburský zpravodaj s.r.o., IČO {K34}; produkční IP 198.51.100.110 a "
            "198.51.100.111, testovací 198.51.100.112 – to se nemění).\n\n"
            "Měníme ale kontaktní osobu: původně jsem uvedl kolegu Jana Horáka "
            "(606 118 402), ten však bude během voleb na dovolené. Kontaktní osobou bude "
            "Lenka Malá, mala@nbzpravodaj.example, tel. 774 600 215. Oba jsou v kopii.\n\n"
            "Díky a hezký den\nDavid Šimek\nšéfredaktor\n"
        ),
    },
    {
        "id": "la035-outlook-html-rowspan",
        "description": "HTML-only Outlook table where a row-spanning cell gives the production "
        "role to two rows",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Boleslavský expres s.r.o.",
            K35,
            None,
            ["192.0.2.150", "192.0.2.151"],
            ["192.0.2.155"],
            "Kamil Tůma",
            "tuma@boleslavskyexpres.example",
            "+420326700451",
        ),
        "from": "Kamil Tůma <tuma@boleslavskyexpres.example>",
        "subject": "Žádost o přístup k XML – Boleslavský expres",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "html": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=windows-1250"></head><body lang="CS"><div class="WordSection1">'
            '<p class="MsoNormal">Dobrý den,</p>'
            '<p class="MsoNormal">Boleslavský expres s.r.o. žádá o přístup k výsledkům '
            "voleb ve formátu XML:</p>"
            '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">'
            "<tr><td><b>Prostředí</b></td><td><b>IP adresa</b></td></tr>"
            '<tr><td rowspan="2" valign="top">Produkční</td><td>192.0.2.150</td></tr>'
            "<tr><td>192.0.2.151</td></tr>"
            "<tr><td>Testovací</td><td>192.0.2.155</td></tr></table>"
            '<p class="MsoNormal">&nbsp;</p>'
            '<p class="MsoNormal">S pozdravem</p>'
            '<p class="MsoNormal"><b>Kamil Tůma</b><br>správce sítě<br>'
            "Boleslavský expres s.r.o.<br>"
            f"IČO: {K35}<br>tel.: +420 326 700 451<br>ústředna: +420 326 700 400</p>"
            "</div></body></html>"
        ),
    },
    {
        "id": "la036-gmail-forward-office-instructions",
        "description": "the applicant forwards the office's instruction mail (with its "
        "contacts) and fills in the values above it",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Info Litoměřicko, z. s.",
            K36,
            None,
            ["198.51.100.33"],
            [],
            "Vojtěch Bláha",
            "blaha@infolitomericko.example",
            "+420605114228",
        ),
        "from": "Vojtěch Bláha <blaha@infolitomericko.example>",
        "subject": "Fwd: Přístup k výsledkům voleb – pokyny",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\nposílám podle vašich pokynů níže:\n\n"
            "název: Info Litoměřicko, z. s.\n"
            f"IČO: {K36}\n"
            "IP (produkce): 198.51.100.33\n"
            "IP (test): –\n"
            "kontakt: Vojtěch Bláha, 605 114 228, blaha@infolitomericko.example\n\n"
            "Díky\nVojtěch Bláha\n\n"
            "---------- Forwarded message ---------\n"
            "Od: Podatelna ČSÚ <podatelna@czso.cz>\n"
            "Date: pá 5. 9. 2025 v 11:20\n"
            "Subject: Přístup k výsledkům voleb – pokyny\n"
            "To: <blaha@infolitomericko.example>\n\n"
            "Dobrý den,\n\n"
            "pro zřízení přístupu k výsledkům voleb ve formátu XML nám zašlete: název a IČO "
            "žadatele, IP adresy (nejvýše 5 produkčních a 5 testovacích), jméno, e-mail "
            "a telefon kontaktní osoby.\n\n"
            "S pozdravem\nPodatelna ČSÚ\nČeský statistický úřad, IČO 00025593\n"
            "ID datové schránky: 2gfaasy\ntel.: +420 274 052 733\n"
        ),
    },
    {
        "id": "la037-databox-xlsx-yes-no-columns",
        "description": "data message with an XLSX form: applicant sheet with filming 'ne', "
        "address sheet with Produkce/Test ano-ne columns",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Regionální vysílání Vysočina a.s.",
            K37,
            "m5ck8yv",
            ["192.0.2.90", "192.0.2.91"],
            ["192.0.2.95"],
            "Marek Holub",
            "holub@rvv.example",
            "+420567210884",
        ),
        "subject": "Žádost o přístup k XML – viz příloha",
        "databox": {
            "box": "m5ck8yv",
            "sender": "Regionální vysílání Vysočina a.s.",
            "address": "Masarykovo nám. 3, 586 01 Jihlava",
        },
        "attachments": [
            (
                "xlsx",
                "formular_volby.xlsx",
                [
                    {
                        "title": "Žadatel",
                        "rows": [
                            ["Položka", "Hodnota"],
                            ["Název", "Regionální vysílání Vysočina a.s."],
                            ["IČO", K37],
                            ["Přístup k XML", "ano"],
                            ["Povolení k natáčení", "ne"],
                            ["Kontaktní osoba", "Marek Holub"],
                            ["Telefon", "+420 567 210 884"],
                            ["E-mail", "holub@rvv.example"],
                        ],
                    },
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["IP adresa", "Produkce", "Test"],
                            ["192.0.2.90", "ano", "ne"],
                            ["192.0.2.91", "ano", "ne"],
                            ["192.0.2.95", "ne", "ano"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "la038-smime-oid-version-date",
        "description": "signed Thunderbird mail with a certificate OID, a client version and "
        "dotted dates near the addresses",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Severní zprávy s.r.o.",
            K38,
            None,
            ["198.51.100.180"],
            ["198.51.100.181"],
            "Viktor Pech",
            "pech@severnizpravy.example",
            "+420472118306",
        ),
        "from": "Ing. Viktor Pech <pech@severnizpravy.example>",
        "subject": "Žádost o přístup k volebnímu XML",
        "headers": TBIRD,
        "smime": True,
        "body": (
            "Dobrý den,\n\n"
            f"Severní zprávy s.r.o., IČO {K38}, žádají o přístup k výsledkům voleb "
            "ve formátu XML.\n\n"
            "Produkční IP: 198.51.100.180\n"
            "Testovací IP: 198.51.100.181\n\n"
            "Stahovat bude náš importér verze 2.4.1 (build 2.4.1.318), zprovoznění "
            "plánujeme do 1.10.2025, testy od 22.9.2025. Zprávu podepisuji kvalifikovaným "
            "certifikátem (politika OID 1.3.6.1.4.1.11801.2.1.1).\n\n"
            "Kontakt: Ing. Viktor Pech, tel. 472 118 306\n\n"
            "S pozdravem\nViktor Pech\nvedoucí vývoje, Severní zprávy s.r.o.\n"
        ),
    },
    {
        "id": "la039-text-form-checkboxes-no-ico",
        "description": "a filled-in text form with bracket checkboxes (feed ticked, filming "
        "not), a blogger without an IČO",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Petr Navrátil",
            None,
            None,
            ["192.0.2.45"],
            [],
            "Petr Navrátil",
            "petr.navratil@blanskoonline.example",
            "+420736902114",
        ),
        "from": "Petr Navrátil <petr.navratil@blanskoonline.example>",
        "subject": "Formulář – žádost o přístup (volby)",
        "headers": SEZNAM,
        "body": (
            "Dobrý den, posílám vyplněný formulář.\n\n"
            "ŽÁDOST – VOLBY 2025\n"
            "Žádám o:\n"
            "  [X] přístup k výsledkům voleb ve formátu XML\n"
            "  [ ] povolení k pořizování záznamu na sběrném místě\n\n"
            "Žadatel (název / jméno): Petr Navrátil\n"
            "IČO: nemám (fyzická osoba, provozuji web Blansko Online)\n"
            "IP adresa produkční: 192.0.2.45\n"
            "IP adresa testovací: ---\n"
            "Kontaktní osoba: Petr Navrátil\n"
            "Telefon: 736 902 114\n"
            "E-mail: petr.navratil@blanskoonline.example\n\n"
            "Děkuji, P. Navrátil\n"
        ),
    },
    {
        "id": "la040-tv-crew-film-only",
        "description": "TV asks only to film and declines the feed; three crew members named, "
        "the production manager is the contact",
        "style": Style.SIGNATURE,
        "labels": L(
            [FILM],
            "Televize Orlicko s.r.o.",
            K40,
            None,
            [],
            [],
            "Denisa Šťastná",
            "stastna@tvorlicko.example",
            "+420736220914",
        ),
        "from": "Klára Musilová <musilova@tvorlicko.example>",
        "subject": "Žádost o povolení natáčení – volby 2025",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            f"Televize Orlicko s.r.o. (IČO {K40}) žádá o povolení natáčet na sběrném místě "
            "ČSÚ v Rychnově nad Kněžnou v sobotu 4. 10. 2025 od 14 do 18 hodin pro "
            "reportáž o sčítání hlasů.\n\n"
            "Štáb:\n"
            "- redaktorka Klára Musilová, 731 554 210\n"
            "- kameraman Jiří Tichý, 604 338 127\n"
            "- zvukař Aleš Brož\n\n"
            "Kontaktní osobou pro tuto žádost je naše vedoucí výroby Denisa Šťastná, "
            "stastna@tvorlicko.example, 736 220 914.\n\n"
            "O přístup k XML s výsledky nežádáme, výsledky přebíráme od agentury.\n\n"
            "S pozdravem\nKlára Musilová\nredaktorka zpravodajství\n"
        ),
    },
    {
        "id": "la041-databox-rtf-footer-ico",
        "description": "data message with an RTF letter: the IČO written with a space in the "
        "footer line, a note that one test address is only temporary",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Zpravodajský portál Brdy s.r.o.",
            K41,
            "a6jz4rb",
            ["198.51.100.66", "198.51.100.67"],
            ["198.51.100.68"],
            "Ilona Kratochvílová",
            "kratochvilova@portalbrdy.example",
            "+420318544270",
        ),
        "subject": "Žádost – přístup k výsledkům voleb",
        "databox": {
            "box": "a6jz4rb",
            "sender": "Zpravodajský portál Brdy s.r.o.",
            "address": "Pražská 88, 261 01 Příbram",
        },
        "attachments": [
            (
                "rtf",
                "zadost_brdy.rtf",
                [
                    "Zpravodajský portál Brdy s.r.o.",
                    "Věc: žádost o přístup k výsledkům voleb ve formátu XML",
                    "Žádáme o zřízení přístupu z těchto adres (náš importér používá API "
                    "verze 2.1):",
                    [
                        ["Produkční IP", "198.51.100.66, 198.51.100.67"],
                        ["Testovací IP", "198.51.100.68 (jen do 30. 9.)"],
                    ],
                    "Kontaktní osoba: Ilona Kratochvílová, tel. 318 544 270, "
                    "kratochvilova@portalbrdy.example",
                    f"Zpravodajský portál Brdy s.r.o. · Pražská 88, Příbram · IČO {K41[:4]} "
                    f"{K41[4:]} · ID DS a6jz4rb",
                ],
            )
        ],
    },
    {
        "id": "la042-italian-english-cidr-ipv6-test",
        "description": "Italian broadcaster in English: production as a /31 block, an IPv6 "
        "test address, phone with 0039, no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Radiotelevisione Adriatica S.p.A.",
            None,
            None,
            ["198.51.100.240", "198.51.100.241"],
            ["2001:db8:ad::7"],
            "Giulia Ferrante",
            "g.ferrante@rtadriatica.example",
            "+390655501234",
        ),
        "from": "Giulia Ferrante <g.ferrante@rtadriatica.example>",
        "subject": "Czech elections - XML access request",
        "headers": MAC_OUTLOOK,
        "body": (
            "Good morning,\n\n"
            "I write you from Radiotelevisione Adriatica S.p.A. (Partita IVA 04455670158), "
            "we are an Italian broadcaster and we follow the Czech elections with a special "
            "edition on 4 October.\n\n"
            "We kindly ask the access to the XML of the results. Our production network is "
            "198.51.100.240/31, for the test we use the address 2001:db8:ad::7 (IPv6).\n\n"
            "For any information you can contact me at the number 0039 06 5550 1234 or by "
            "mail.\n\n"
            "Thank you and best regards,\n"
            "Giulia Ferrante\nResponsabile sistemi editoriali\n"
            "Radiotelevisione Adriatica S.p.A.\n"
        ),
    },
]
