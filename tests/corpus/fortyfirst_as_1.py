"""Forty-first held-out part ``as``, cases as001–as014: an iPhone note, an Outlook HTML table in
windows-1250, a reply quoting the office's press release, a chatty correction, data messages, a
Polish sender in English, a faculty asking only to film, a forward from an IT contractor, a
signature naming three people, a Slovak phone note, a ticked form, an ano/ne table, a freelancer
without an IČO and a German agency's RTF letter. Written by hand apart from the extraction rules
(see make_fortyfirst_as); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortyfirst_as_common import (
    APPLE,
    BOTH,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OFFICE_BOX,
    OFFICE_ICO,
    OFFICE_MAIL,
    OUTLOOK,
    OWA,
    SAMSUNG,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

I1, I2, I3, I4 = ico("2914376"), ico("2650813"), ico("0683127"), ico("2271590")
I5, I7, I8, I9 = ico("2846015"), ico("0021639"), ico("2573941"), ico("4718230")
I10, I11, I12 = ico("3651987"), ico("2806452"), ico("0493178")

PRESS = (
    "> Český statistický úřad\n"
    "> TISKOVÁ ZPRÁVA – Výsledky voleb do Poslanecké sněmovny pro média\n"
    ">\n"
    "> Média, která chtějí v den voleb přebírat průběžné výsledky ve formátu XML,\n"
    "> mohou požádat o přístup na dedikovaný server. Žádost zašlete na\n"
    f"> {OFFICE_MAIL} nebo do datové schránky {OFFICE_BOX} (IČO úřadu {OFFICE_ICO}).\n"
    "> Uveďte nejvýše 5 produkčních a 5 testovacích IP adres, kontaktní osobu,\n"
    "> e-mail a telefon. Testovací provoz poběží 1. 10. 2025 od 14:00 do 16:00.\n"
    ">\n"
    "> Kontakt pro média: Oddělení komunikace ČSÚ, tel. 274 052 649,\n"
    "> media@czso.cz\n"
)

CASES: list[dict[str, Any]] = [
    {
        "id": "as001-iphone-two-lines",
        "description": "three lines typed on an iPhone without diacritics, IČO as 'ic:' with "
        "a space, phone with dashes",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Brnenske listy s.r.o.",
            I1,
            None,
            ["203.0.113.12"],
            ["203.0.113.13"],
            "Tomas Zeleny",
            "zeleny@brnenskelisty.example",
            "+420604118392",
        ),
        "from": "Tomas Zeleny <zeleny@brnenskelisty.example>",
        "subject": "pristup xml volby",
        "headers": IPHONE,
        "cte": "8bit",
        "body": (
            "Dobry den, chtel bych pristup na vas volebni xml server pro Brnenske listy s.r.o. "
            f"(ic: {I1[:4]} {I1[4:]})\n"
            "ostra 203.0.113.12 testovaci 203.0.113.13\n"
            "kdyztak volejte 604-118-392, Zeleny\n\n"
            "Odesláno z iPhonu\n"
        ),
    },
    {
        "id": "as002-outlook-html-columns-cp1250",
        "description": "HTML-only Outlook mail in windows-1250; the roles are the column "
        "headers of a table with an empty cell, the contact a colleague in a row below",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Rádio Haná Plus a.s.",
            I2,
            None,
            ["198.51.100.20", "198.51.100.21"],
            ["198.51.100.30"],
            "Radek Otáhal",
            "otahal@radiohanaplus.example",
            "+420585312907",
        ),
        "from": "Vendula Křížová <krizova@radiohanaplus.example>",
        "subject": "Přístup k výsledkům voleb – Rádio Haná Plus",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "html": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=windows-1250"><style>p.MsoNormal{margin:0;font-family:Aptos}</style>'
            '</head><body><div class="WordSection1">'
            '<p class="MsoNormal">Dobrý den,</p>'
            '<p class="MsoNormal">za Rádio Haná Plus a.s. (IČO ' + I2 + ") bychom Vás chtěli "
            "požádat o přístup k volebnímu serveru s výsledky v XML. Přehled adres:</p>"
            '<table border="1" cellpadding="4" style="border-collapse:collapse">'
            "<tr><td><b>Produkční IP</b></td><td><b>Testovací IP</b></td></tr>"
            "<tr><td>198.51.100.20</td><td>198.51.100.30</td></tr>"
            "<tr><td>198.51.100.21</td><td>&nbsp;</td></tr>"
            "</table>"
            '<p class="MsoNormal">&nbsp;</p>'
            '<p class="MsoNormal">Technický kontakt: Radek Otáhal, správce sítě, '
            "tel. 585 312 907, otahal@radiohanaplus.example</p>"
            '<p class="MsoNormal">Děkuji a zdravím</p>'
            '<p class="MsoNormal">Vendula Křížová<br>asistentka ředitele<br>'
            "Rádio Haná Plus a.s. | Horní náměstí 14, 779 00 Olomouc<br>"
            "tel. 585 312 900</p></div></body></html>"
        ),
    },
    {
        "id": "as003-reply-press-release-flowed",
        "description": "format=flowed reply above the office's quoted press release, which "
        "carries the office's mail, box, IČO, phone and a date; production only",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Jihočeský týdeník, s. r. o.",
            I3,
            None,
            ["192.0.2.57"],
            [],
            "Alena Hrubá",
            "hruba@jctydenik.example",
            "+420721445018",
        ),
        "from": "Alena Hrubá <hruba@jctydenik.example>",
        "subject": "Re: TISKOVÁ ZPRÁVA – Výsledky voleb do Poslanecké sněmovny pro média",
        "headers": TBIRD,
        "flowed": True,
        "body": (
            "Dobrý den,\n\n"
            "reaguji na tiskovou zprávu níže a za Jihočeský týdeník, s. r. o. (IČO "
            f"{I3}) žádám o přístup k výsledkům ve formátu XML. Stahovat budeme z \n"
            "jediného serveru 192.0.2.57, testovací adresu nemáme, zkoušet \n"
            "budeme přímo z něj.\n\n"
            "Kontaktní osoba: Alena Hrubá, mobil 721 445 018, hruba@jctydenik.example\n\n"
            "S pozdravem\nAlena Hrubá\nvedoucí online vydání\n\n"
            "Dne 12. 9. 2025 v 10:02 ČSÚ napsal(a):\n" + PRESS
        ),
    },
    {
        "id": "as004-chatty-correction-in-text",
        "description": "chatty Seznam mail that corrects its own production address "
        "mid-sentence ('ne .55 ale .57')",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Zpravodaj Podbrdska, z. s.",
            I4,
            None,
            ["203.0.113.57"],
            ["203.0.113.60"],
            "Jaroslav Mrázek",
            "mrazek.jaroslav@email.cz.example",
            "+420737906114",
        ),
        "from": "Jaroslav Mrázek <mrazek.jaroslav@email.cz.example>",
        "subject": "prosba o přístup na volby",
        "headers": SEZNAM,
        "body": (
            "Zdravím do statistického úřadu,\n\n"
            "jsme malý spolek, co vydává Zpravodaj Podbrdska (Zpravodaj Podbrdska, z. s., "
            f"IČO {I4}), a letos bychom poprvé zkusili dávat výsledky voleb živě na web. "
            "Kamarád, co nám dělá server, říkal, že je potřeba poslat IP adresy, tak tady "
            "jsou: hlavní 203.0.113.55 – pardon, ne .55 ale 203.0.113.57, to .55 je "
            "tiskárna :) – a na zkoušení 203.0.113.60.\n\n"
            "Kdyby něco, jsem k zastižení na 737 906 114 nebo tady na mailu.\n\n"
            "Díky moc a hezký den\nJarda Mrázek\n"
        ),
    },
    {
        "id": "as005-databox-annotation-extract",
        "description": "data message with the application only in the annotation; the file "
        "is a commercial-register extract with the IČO",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Týdeník Ústecko s.r.o.",
            I5,
            "u4t7xbe",
            ["192.0.2.90"],
            ["192.0.2.91"],
            "Petr Kubíček",
            "kubicek@tydenikustecko.example",
            "+420731220415",
        ),
        "subject": "Žádost o přístup k XML výsledkům voleb: prod. 192.0.2.90, test. "
        "192.0.2.91. Kontakt Petr Kubíček, 731 220 415, kubicek@tydenikustecko.example. "
        "Výpis z OR přikládáme.",
        "databox": {
            "box": "u4t7xbe",
            "sender": "Týdeník Ústecko s.r.o.",
            "address": "Mírové náměstí 36/8, 400 01 Ústí nad Labem",
        },
        "attachments": [
            (
                "pdf",
                "vypis_OR_Tydenik_Ustecko.pdf",
                [
                    "Výpis z obchodního rejstříku, vedeného Krajským soudem v Ústí nad Labem, "
                    "oddíl C, vložka 41207",
                    {
                        "rows": [
                            ["Datum vzniku a zápisu:", "3. března 2016"],
                            ["Obchodní firma:", "Týdeník Ústecko s.r.o."],
                            ["Sídlo:", "Mírové náměstí 36/8, 400 01 Ústí nad Labem"],
                            ["Identifikační číslo:", f"{I5[:3]} {I5[3:5]} {I5[5:]}"],
                            ["Právní forma:", "Společnost s ručením omezeným"],
                            ["Předmět podnikání:", "Vydavatelské činnosti, polygrafická výroba"],
                            ["Jednatel:", "Ing. Michaela Brožová, dat. nar. 4. 6. 1979"],
                        ],
                        "widths": [150, 300],
                    },
                    "Údaje platné ke dni 10. 9. 2025 05:41",
                ],
            )
        ],
    },
    {
        "id": "as006-polish-english-both",
        "description": "a Polish broadcaster in English: primary and secondary servers, "
        "testing from the primary, filming too; no Czech IČO, a Polish NIP that is not one",
        "style": Style.FOREIGN,
        "labels": L(
            BOTH,
            "Telewizja Beskidy Sp. z o.o.",
            None,
            None,
            ["198.51.100.140", "198.51.100.141"],
            [],
            "Agnieszka Wróbel",
            "a.wrobel@tvbeskidy.example",
            "+48338124560",
        ),
        "from": "Agnieszka Wróbel <a.wrobel@tvbeskidy.example>",
        "subject": "Election results feed + filming request (Telewizja Beskidy)",
        "headers": OUTLOOK,
        "body": (
            "Dear Sir or Madam,\n\n"
            "I am writing on behalf of Telewizja Beskidy Sp. z o.o., a regional TV station "
            "from Bielsko-Biała (NIP 5471928306). For our cross-border election evening we "
            "would like to ask for two things:\n\n"
            "1) access to your XML results server. Our primary server is 198.51.100.140 and "
            "the secondary one is 198.51.100.141. We do not have a separate test machine, "
            "we will run the test on the primary.\n"
            "2) permission for our crew (2 persons, camera + reporter) to film at one of your "
            "collection points in Ostrava on election night.\n\n"
            "Please excuse my English, I hope everything is clear. The contact person is me.\n\n"
            "Best regards / Z poważaniem\n"
            "Agnieszka Wróbel\nNews Department Coordinator\nTelewizja Beskidy Sp. z o.o.\n"
            "ul. Partyzantów 44, 43-300 Bielsko-Biała, Poland\n"
            "tel. +48 33 812 45 60 | fax +48 33 812 45 61\n"
        ),
    },
    {
        "id": "as007-gmail-faculty-film-only",
        "description": "Gmail multipart/alternative from a student; a faculty applies as its "
        "university, only filming, the contact is the supervising teacher",
        "style": Style.CHATTY,
        "labels": L(
            [FILM],
            "Univerzita Střední Moravy",
            I7,
            None,
            [],
            [],
            "Hana Berková",
            "hana.berkova@usm.example",
            "+420585633271",
        ),
        "from": "Matěj Dvořák <matej.dvorak@student.usm.example>",
        "subject": "Natáčení na sběrném místě – studentská televize",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "jsem student 2. ročníku žurnalistiky na Filozofické fakultě Univerzity Střední "
            f"Moravy (IČO univerzity {I7}) a v rámci předmětu Televizní zpravodajství bychom "
            "rádi natočili krátkou reportáž o tom, jak se v noci zpracovávají výsledky na "
            "sběrném místě v Olomouci. XML data nepotřebujeme, jde nám jen o natáčení (2–3 "
            "studenti, jedna kamera, bez světel).\n\n"
            "Za fakultu to má na starosti naše vyučující doc. Mgr. Hana Berková, Ph.D., "
            "která je kontaktní osobou: hana.berkova@usm.example, tel. 585 633 271.\n\n"
            "Díky za vyřízení!\nMatěj Dvořák\n"
        ),
        "html": (
            '<div dir="ltr"><div>Dobrý den,</div><div><br></div><div>jsem student 2. ročníku '
            "žurnalistiky na Filozofické fakultě Univerzity Střední Moravy (IČO univerzity "
            f"{I7}) a v rámci předmětu Televizní zpravodajství bychom rádi natočili krátkou "
            "reportáž o tom, jak se v noci zpracovávají výsledky na sběrném místě v Olomouci. "
            "XML data nepotřebujeme, jde nám jen o natáčení (2–3 studenti, jedna kamera, bez "
            "světel).</div><div><br></div><div>Za fakultu to má na starosti naše vyučující "
            "doc. Mgr. Hana Berková, Ph.D., která je kontaktní osobou: "
            '<a href="mailto:hana.berkova@usm.example">hana.berkova@usm.example</a>, tel. '
            "585 633 271.</div><div><br></div><div>Díky za vyřízení!</div><div>Matěj Dvořák"
            "</div></div>"
        ),
    },
    {
        "id": "as008-forward-contractor-block",
        "description": "an editor forwards the IT contractor's mail; the quoted mail gives a "
        "/30 production block and a test address, the new text names the contractor as contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Deník Polabí, s.r.o.",
            I8,
            None,
            ["198.51.100.64", "198.51.100.65", "198.51.100.66", "198.51.100.67"],
            ["198.51.100.70"],
            "Filip Novotný",
            "novotny@netwise.example",
            "+420776203118",
        ),
        "from": '"Mgr. Eva Holubová" <holubova@denikpolabi.example>',
        "subject": "FW: IP adresy pro ČSÚ – volby",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            f"Deník Polabí, s.r.o., IČO {I8}, žádá o přístup k volebním výsledkům v XML. "
            "Technické údaje posílám níže od našeho dodavatele. Kontaktní osobou pro "
            "zřízení přístupu je pan Novotný z NetWise (údaje v jeho podpisu), já jsem "
            "k dispozici za redakci.\n\n"
            "Eva Holubová\nšéfredaktorka, Deník Polabí\ntel. 325 512 440\n\n"
            "From: Filip Novotný <novotny@netwise.example>\n"
            "Sent: Monday, September 8, 2025 4:12 PM\n"
            "To: Holubová Eva <holubova@denikpolabi.example>\n"
            "Subject: IP adresy pro ČSÚ – volby\n\n"
            "Ahoj Evo,\n\n"
            "pro ČSÚ: produkce poběží z rozsahu 198.51.100.64/30 (loadbalancer), test z "
            "198.51.100.70. Port 443 odchozí máme povolený.\n\n"
            "Filip\n--\nFilip Novotný | NetWise s.r.o.\nmobil +420 776 203 118\n"
            "novotny@netwise.example\n"
        ),
    },
    {
        "id": "as009-apple-signature-three-people",
        "description": "Apple Mail with a signature block of three people; the contact is "
        "'the second in the signature'; an IPv6 production address",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Krkonošský deník a.s.",
            I9,
            None,
            ["192.0.2.140", "2001:db8:4a::10"],
            ["192.0.2.141"],
            "Ivana Šedá",
            "seda@krkonosskydenik.example",
            "+420603771240",
        ),
        "from": "Ondřej Pokorný <pokorny@krkonosskydenik.example>",
        "subject": "Žádost o XML přístup – Krkonošský deník",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            f"Krkonošský deník a.s. (IČO {I9}) žádá o přístup k výsledkům voleb ve formátu "
            "XML.\n\n"
            "Produkční adresy: 192.0.2.140 a 2001:db8:4a:0:0:0:0:10\n"
            "Testovací adresa: 192.0.2.141\n\n"
            "Kontaktní osobou bude kolegyně uvedená v podpisu jako druhá.\n\n"
            "Děkujeme\n\n"
            "Ondřej Pokorný | šéfredaktor | +420 603 771 200 | pokorny@krkonosskydenik.example\n"
            "Ivana Šedá | vedoucí IT | +420 603 771 240 | seda@krkonosskydenik.example\n"
            "Lukáš Beran | produkce | +420 603 771 255 | beran@krkonosskydenik.example\n"
            "Krkonošský deník a.s., Palackého 112, 541 01 Trutnov\n"
        ),
    },
    {
        "id": "as010-samsung-slovak",
        "description": "Slovak phone mail from Samsung Email, IČO with spaces, Slovak role "
        "words, a +421 mobile",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Záhorské noviny, s. r. o.",
            I10,
            None,
            ["203.0.113.150"],
            ["203.0.113.151"],
            "Miroslav Kučera",
            "kucera@zahorskenoviny.example",
            "+421905318446",
        ),
        "from": "Miroslav Kučera <kucera@zahorskenoviny.example>",
        "subject": "ziadost xml volby CZ",
        "headers": SAMSUNG,
        "body": (
            "Dobrý deň,\n"
            "prosím o prístup k výsledkom volieb v XML, píšeme aj o českých voľbách. "
            f"Záhorské noviny, s. r. o., IČO {I10[:2]} {I10[2:5]} {I10[5:]}.\n"
            "produkčná IP 203.0.113.150\ntestovacia IP 203.0.113.151\n"
            "kontakt ja, 0905 318 446\n"
            "Ďakujem, Kučera\n\n"
            "Odoslané z môjho Galaxy\n"
        ),
    },
    {
        "id": "as011-databox-docx-checkboxes",
        "description": "data message with a DOCX form: the feed box ticked, the filming box "
        "left empty; a table with a test row; the annotation says only 'žádost'",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "TV Pomoraví, s.r.o.",
            I11,
            "tvp8k2m",
            ["192.0.2.33"],
            ["192.0.2.34"],
            "Libor Hanák",
            "hanak@tvpomoravi.example",
            "+420572503816",
        ),
        "subject": "Žádost – volby 2025",
        "databox": {
            "box": "tvp8k2m",
            "sender": "TV Pomoraví, s.r.o.",
            "address": "Masarykovo nám. 5, 686 01 Uherské Hradiště",
        },
        "attachments": [
            (
                "docx",
                "formular_volby_TVP.docx",
                {
                    "header": "TV Pomoraví, s.r.o. | Masarykovo nám. 5 | 686 01 Uherské Hradiště",
                    "footer": f"IČO {I11} | DIČ CZ{I11} | www.tvpomoravi.example",
                    "blocks": [
                        "Žádost o součinnost při volbách do Poslanecké sněmovny 2025",
                        "Žádáme o (zaškrtněte):",
                        "☒ přístup k výsledkům voleb ve formátu XML",
                        "☐ povolení pořizovat zvukové a obrazové záznamy na sběrném místě",
                        {
                            "rows": [
                                ["Typ", "IP adresa"],
                                ["produkční", "192.0.2.33"],
                                ["testovací", "192.0.2.34"],
                            ]
                        },
                        "Kontaktní osoba: Libor Hanák, technik vysílání",
                        "Telefon: 572 503 816, e-mail: hanak@tvpomoravi.example",
                        "V Uherském Hradišti dne 11. 9. 2025, Mgr. Jana Šimková, jednatelka",
                    ],
                },
            )
        ],
    },
    {
        "id": "as012-owa-html-ano-ne",
        "description": "HTML-only Outlook on the web mail with an ano/ne table of request "
        "types (filming NE) and three production addresses",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Mediahouse Vysočina a.s.",
            I12,
            None,
            ["203.0.113.81", "203.0.113.82", "203.0.113.83"],
            ["203.0.113.90"],
            "Zdeněk Sýkora",
            "sykora@mhvysocina.example",
            "+420567114290",
        ),
        "from": "Sýkora Zdeněk <sykora@mhvysocina.example>",
        "subject": "Volby 2025 – žádost Mediahouse Vysočina",
        "headers": OWA,
        "cte": "base64",
        "html": (
            '<html><body><div style="font-family:Calibri,Arial;font-size:11pt">'
            "<p>Dobrý den,</p><p>posílám žádost naší společnosti Mediahouse Vysočina a.s., "
            f"IČO {I12}:</p>"
            '<table border="1" cellspacing="0"><tr><th>Požadavek</th><th>ano/ne</th></tr>'
            "<tr><td>Přístup k výsledkům (XML)</td><td>ANO</td></tr>"
            "<tr><td>Natáčení na sběrném místě</td><td>NE</td></tr></table><br>"
            '<table border="1" cellspacing="0"><tr><th>Server</th><th>IP</th></tr>'
            "<tr><td>web 1</td><td>203.0.113.81</td></tr>"
            "<tr><td>web 2</td><td>203.0.113.82</td></tr>"
            "<tr><td>web 3</td><td>203.0.113.83</td></tr>"
            "<tr><td>test</td><td>203.0.113.90</td></tr></table>"
            "<p>Servery web 1–3 jsou produkční (za balancerem).</p>"
            "<p>S pozdravem<br>Zdeněk Sýkora<br>IT Mediahouse Vysočina a.s.<br>"
            "+420 567 114 290</p></div></body></html>"
        ),
    },
    {
        "id": "as013-gmail-freelancer-no-ico",
        "description": "a freelance blogger without an IČO yet applies for herself; one "
        "address; a postal code and a bank-account-like number in the text",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Kristýna Málková",
            None,
            None,
            ["192.0.2.218"],
            [],
            "Kristýna Málková",
            "kristyna.malkova@gmail.example",
            "+420728660153",
        ),
        "from": "Kristýna Málková <kristyna.malkova@gmail.example>",
        "subject": "XML výsledky pro můj blog",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "píšu nezávislý blog o komunální a celostátní politice na Liberecku "
            "(malkova-pise.example) a ráda bych letos dávala výsledky živě. Jsem na volné "
            "noze, IČO zatím nemám (živnost teprve zakládám), takže žádám sama za sebe.\n\n"
            "Můj VPS má adresu 192.0.2.218, jiný stroj nemám.\n"
            "Kdyby bylo potřeba něco zaplatit, můj účet je 2801937415/2010, ale asi ne :)\n\n"
            "Kristýna Málková\nJablonecká 12, 460 01 Liberec\n+420 728 660 153\n"
        ),
    },
    {
        "id": "as014-german-agency-rtf",
        "description": "a German agency in English with an RTF letter: the table gives two "
        "production addresses and one test address; a German phone, no IČO",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Mitteldeutscher Nachrichtendienst GmbH",
            None,
            None,
            ["198.51.100.210", "198.51.100.211"],
            ["198.51.100.219"],
            "Jens Hoffmann",
            "j.hoffmann@mdnd.example",
            "+493412239045",
        ),
        "from": "Jens Hoffmann <j.hoffmann@mdnd.example>",
        "subject": "Application for access to Czech election results (XML)",
        "headers": TBIRD,
        "body": (
            "Dear colleagues,\n\n"
            "please find attached our application for access to the XML results of the "
            "Czech parliamentary election. All details are in the letter.\n\n"
            "Kind regards\nJens Hoffmann\n"
        ),
        "attachments": [
            (
                "rtf",
                "MDND_application_CZSO.rtf",
                [
                    "Mitteldeutscher Nachrichtendienst GmbH\nPetersstraße 19, 04109 Leipzig\n"
                    "HRB 30418, Amtsgericht Leipzig",
                    "Leipzig, 9 September 2025",
                    "Application for access to the election results server",
                    "Mitteldeutscher Nachrichtendienst GmbH applies for access to the XML "
                    "results feed. Our servers:",
                    [
                        ["Role", "IP address"],
                        ["Production", "198.51.100.210"],
                        ["Production", "198.51.100.211"],
                        ["Test", "198.51.100.219"],
                    ],
                    "Contact: Jens Hoffmann, Head of Data Desk, +49 341 223 90 45, "
                    "j.hoffmann@mdnd.example",
                ],
            )
        ],
    },
]
