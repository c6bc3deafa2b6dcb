"""Twentysecond held-out part ``pc``, cases pc015–pc028: a regional TV's long letter as ODT, a
two-line note, a conditional filming request with "resp.", filming left for a later election, a
forward from IT with an HTML table, a Finnish bureau with a last-octet range, a data message with
the filming request only in its annotation, a student radio behind a university firewall, a
correction, an Austrian broadcaster's DOCX, a PDF form with ticked boxes, an agency's RTF with a
full-form IPv6, roles by order ("první … druhá … třetí") and a Slovak university. Written by
hand apart from the extraction rules (see make_twentysecond_pc); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentysecond_pc_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    OUTLOOK,
    ROUNDCUBE,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I15, I16, I17, I18 = ico("2870431"), ico("7402619"), ico("0961375"), ico("2593718")
I19, I21, I22, I23 = ico("4631207"), ico("2718095"), ico("2274139"), ico("0638247")
I25, I26, I27, I28 = ico("2541806"), ico("0392684"), ico("2681470"), ico("4218930")

CASES: list[dict[str, Any]] = [
    {
        "id": "pc015-regional-tv-long-letter-odt",
        "description": "long formal letter as ODT sent by an assistant: both types, a table of "
        "roles (záloha), the head of news is the contact, the cameraman's phone also given",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Televize Podkrkonoší, s.r.o.",
            I15,
            None,
            ["203.0.113.100", "203.0.113.101"],
            ["203.0.113.110"],
            "Tereza Holubová",
            "holubova@tvpodkrkonosi.example",
            "+420736402915",
        ),
        "from": "Romana Fialová <fialova@tvpodkrkonosi.example>",
        "subject": "Žádost TV Podkrkonoší – volby 2025",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\n"
            "v zastoupení paní Holubové posílám v příloze žádost naší televize o přístup "
            "k výsledkům voleb a o povolení natáčení.\n\n"
            "S pozdravem\n"
            "Romana Fialová\n"
            "asistentka vedení, Televize Podkrkonoší\n"
        ),
        "attachments": [
            (
                "odt",
                "Zadost_CSU_TVP_2025.odt",
                [
                    "Televize Podkrkonoší, s.r.o.",
                    f"Tyršova 118, 541 01 Trutnov, IČO {I15}",
                    "Český statistický úřad, Na padesátém 81, 100 82 Praha 10",
                    "V Trutnově dne 11. září 2025",
                    "Věc: Žádost o zpřístupnění výsledků voleb ve formátu XML a o povolení "
                    "natáčení na sběrném místě",
                    "Vážené dámy, vážení pánové,",
                    "Televize Podkrkonoší vysílá regionální zpravodajství pro Trutnovsko, "
                    "Náchodsko a Jilemnicko již od roku 2004. Při každých volbách připravujeme "
                    "mimořádné vysílání, ve kterém průběžně komentujeme sečtené výsledky za "
                    "jednotlivé obce regionu. Při volbách do Poslanecké sněmovny v roce 2021 "
                    "jsme výsledky přebírali ručně z webu, což se ukázalo jako pomalé a "
                    "náchylné k chybám. Letos bychom proto rádi využili přímý přístup "
                    "k serveru s výsledky ve formátu XML.",
                    "Naše technické oddělení připravilo tyto adresy:",
                    [
                        ["Účel", "IP adresa"],
                        ["Produkční server", "203.0.113.100"],
                        ["Záložní server", "203.0.113.101"],
                        ["Testovací server", "203.0.113.110"],
                    ],
                    "Zároveň žádáme o povolení natáčení na sběrném místě v Hradci Králové "
                    "v sobotu 4. 10. 2025 mezi 14. a 20. hodinou. Štáb bude dvoučlenný: "
                    "redaktorka Mgr. Tereza Holubová a kameraman Petr Sádlo "
                    "(tel. 728 110 402). Natáčet budeme bez umělého osvětlení a nebudeme "
                    "překážet práci pracovníků úřadu.",
                    "Kontaktní osobou pro obě žádosti je vedoucí zpravodajství Mgr. Tereza "
                    "Holubová, mobil 736 402 915, e-mail holubova@tvpodkrkonosi.example.",
                    "Děkujeme za vyřízení a těšíme se na spolupráci.",
                    "Ing. Miroslav Štěpán, jednatel",
                ],
            )
        ],
    },
    {
        "id": "pc016-two-line-note-iphone",
        "description": "two lines from a phone: abbreviations prod/test, an outlet without legal "
        "form, IČ written as 'IČ', nine-digit phone",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Kurýr Brodska",
            I16,
            None,
            ["192.0.2.60"],
            ["192.0.2.61"],
            "Jan Kratochvíl",
            "kratochvil@kuryrbrodska.example",
            "+420604118327",
        ),
        "from": "Jan Kratochvíl <kratochvil@kuryrbrodska.example>",
        "subject": "XML volby",
        "headers": IPHONE,
        "cte": "8bit",
        "body": (
            "Prosím o přístup XML volby. 192.0.2.60 prod, 192.0.2.61 test.\n"
            f"Jan Kratochvíl, Kurýr Brodska, IČ {I16}, 604 118 327\n\n"
            "Odesláno z iPhonu\n"
        ),
    },
    {
        "id": "pc017-conditional-filming-resp",
        "description": "online outlet: roles only by 'budeme stahovat ostře, resp. testovat'; "
        "filming asked politely on condition of capacity (counts); DIČ beside the IČO",
        "style": Style.SCOPE,
        "labels": L(
            [FEED, FILM],
            "Zdopravdy média, z. ú.",
            I17,
            None,
            ["198.51.100.110"],
            ["198.51.100.119"],
            "Adéla Konečná",
            "konecna@zdopravdy.example",
            "+420702331845",
        ),
        "from": "Adéla Konečná <konecna@zdopravdy.example>",
        "subject": "Žádost o přístup k výsledkům + případně natáčení",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "za redakci zpravodajského webu zdopravdy.example bych ráda požádala o přístup "
            "k výsledkům voleb ve formátu XML. Z adres 198.51.100.110 a 198.51.100.119 budeme "
            "stahovat ostře, resp. testovat.\n\n"
            "Pokud to kapacita sběrného místa v Pardubicích dovolí, rádi bychom tam v sobotu "
            "večer také natáčeli (2 lidé, bez světel). Prosíme tedy i o povolení natáčení.\n\n"
            "Kontakt: Adéla Konečná, 702 331 845\n\n"
            "Děkuji a zdravím\n"
            "Adéla Konečná\n"
            "Zdopravdy média, z. ú.\n"
            f"IČO: {I17} | DIČ: CZ{I17}\n"
        ),
    },
    {
        "id": "pc018-filming-later-election-cidr31",
        "description": "radio station: a /31 block, filming explicitly left for a later "
        "(regional) election, port and TLS version numbers, redakce phone after the mobile",
        "style": Style.SCOPE,
        "labels": L(
            [FEED],
            "Rádio Beskydy Plus, s.r.o.",
            I18,
            None,
            ["198.51.100.54", "198.51.100.55"],
            [],
            "Radim Kubala",
            "kubala@beskydyplus.example",
            "+420608224517",
        ),
        "from": "Radim Kubala <kubala@beskydyplus.example>",
        "subject": "Rádio Beskydy Plus – přístup k XML s výsledky",
        "headers": K9,
        "body": (
            "Dobrý den,\n\n"
            f"Rádio Beskydy Plus, s.r.o. (IČO {I18}) žádá o přístup k serveru s výsledky "
            "voleb do Poslanecké sněmovny.\n\n"
            "Produkční adresy: 198.51.100.54/31 (dva servery v režimu active-passive)\n"
            "Testovací adresu nemáme.\n"
            "Stahovat budeme přes HTTPS (port 443, TLS 1.3), interval cca 30 s.\n\n"
            "O povolení natáčení na sběrném místě požádáme samostatně až před krajskými "
            "volbami v roce 2028, letos natáčet nebudeme.\n\n"
            "Kontaktní osoba: Radim Kubala, technický vedoucí, mobil 608 224 517\n"
            "(redakce: 556 710 200)\n\n"
            "Děkuji, Radim Kubala\n"
        ),
    },
    {
        "id": "pc019-forward-from-it-html-table",
        "description": "editor forwards IT's HTML mail with a table (produkce, DR lokalita, "
        "staging/test); editor is the contact, the IT man's signature has his own phone",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Krajské noviny Vysočina a.s.",
            I19,
            None,
            ["203.0.113.140", "203.0.113.141"],
            ["203.0.113.148"],
            "Markéta Šustrová",
            "sustrova@knvysocina.example",
            "+420777208316",
        ),
        "from": "Markéta Šustrová <sustrova@knvysocina.example>",
        "subject": "Fwd: IP adresy pro volby (XML ČSÚ)",
        "headers": GMAIL,
        "html": (
            '<div dir="ltr"><div>Dobrý den,</div><div><br></div>'
            "<div>za vydavatele Krajské noviny Vysočina a.s., IČO "
            f"{I19}, žádáme o přístup k výsledkům voleb ve formátu XML. Adresy od našeho IT "
            "posílám níže. Kontaktní osoba jsem já, Markéta Šustrová, tel. 777 208 316.</div>"
            "<div><br></div><div>Děkuji</div><div>Markéta Šustrová</div>"
            "<div>zástupkyně šéfredaktora</div><div><br></div>"
            '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- '
            "Forwarded message ---------<br>Od: <b>Tomáš Bílek</b> "
            "&lt;bilek@knvysocina.example&gt;<br>Date: út 9. 9. 2025 v 15:12<br>"
            "Subject: IP adresy pro volby (XML ČSÚ)<br>To: Markéta Šustrová "
            "&lt;sustrova@knvysocina.example&gt;<br></div><br>"
            '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px '
            'solid #ccc;padding-left:1ex">Ahoj Markéto, tady jsou adresy:<br>'
            '<table border="1" cellpadding="4" style="border-collapse:collapse">'
            "<tr><th>Prostředí</th><th>Veřejná IP</th></tr>"
            "<tr><td>Produkce</td><td>203.0.113.140</td></tr>"
            "<tr><td>Produkce – DR lokalita (Brno)</td><td>203.0.113.141</td></tr>"
            "<tr><td>Staging / test</td><td>203.0.113.148</td></tr>"
            "</table><br>T.<br>--<br>Tomáš Bílek, IT | +420 602 417 530</blockquote>"
            "</div></div>"
        ),
    },
    {
        "id": "pc020-fi-mixed-english-octet-range",
        "description": "Finnish bureau mixing English and Finnish: a range written with the last "
        "octet only (150-153), filming declined in both languages, Y-tunnus",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Itä-Suomen Viestintä Oy",
            None,
            None,
            ["203.0.113.150", "203.0.113.151", "203.0.113.152", "203.0.113.153"],
            ["203.0.113.160"],
            "Aino Lehtonen",
            "aino.lehtonen@isviestinta.example",
            "+358407152268",
        ),
        "from": "Aino Lehtonen <aino.lehtonen@isviestinta.example>",
        "subject": "Request: access to election results XML (Itä-Suomen Viestintä)",
        "headers": OUTLOOK,
        "body": (
            "Hei / Hello,\n\n"
            "we are the Central Europe desk of Itä-Suomen Viestintä Oy and would like to "
            "receive access to your XML server with the election results.\n\n"
            "Production IPs (tuotanto): 203.0.113.150-153\n"
            "Test IP (testi): 203.0.113.160\n\n"
            "No filming this time (ei kuvauksia tällä kertaa).\n\n"
            "Contact person / yhteyshenkilö: Aino Lehtonen, +358 40 715 2268\n\n"
            "Kiitos, thank you!\n"
            "Aino Lehtonen\n"
            "Itä-Suomen Viestintä Oy, Y-tunnus 2843517-9\n"
            "Kauppakatu 22, 70100 Kuopio\n"
        ),
    },
    {
        "id": "pc021-databox-filming-in-annotation",
        "description": "TV company's data message: the filming request and contact only in the "
        "annotation, the attached crew list names other people and phones, feed declined",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Hanácká televizní společnost, s.r.o.",
            I21,
            "w2nd5ca",
            [],
            [],
            "Ondřej Vrba",
            "vrba@hts-tv.example",
            "+420737415208",
        ),
        "from": "Hanácká televizní společnost <info@hts-tv.example>",
        "subject": "Žádost o povolení natáčení na sběrném místě ČSÚ v Olomouci 4. 10. 2025; "
        "kontakt Ondřej Vrba, 737 415 208, vrba@hts-tv.example; seznam štábu v příloze",
        "databox": {
            "box": "w2nd5ca",
            "sender": "Hanácká televizní společnost, s.r.o.",
            "address": "Palackého 9, 779 00 Olomouc",
        },
        "attachments": [
            (
                "txt",
                "stab_volby.txt",
                "Hanácká televizní společnost, s.r.o.\n"
                f"IČO {I21}\n\n"
                "Seznam členů štábu – natáčení na sběrném místě Olomouc, 4. 10. 2025\n\n"
                "1. Ondřej Vrba – redaktor, vedoucí štábu, 737 415 208\n"
                "2. Kamil Dostál – kameraman, 731 554 019\n"
                "3. Iva Bartáková – zvuk, 720 318 606\n\n"
                "Přístup k XML výsledkům nepožadujeme.\n",
            )
        ],
    },
    {
        "id": "pc022-student-radio-behind-firewall",
        "description": "students' association radio: IČO in groups of three, a public address "
        "with a private one 'not to be used', the technician named as contact, chairwoman signs",
        "style": Style.INSTITUTION,
        "labels": L(
            [FEED],
            "Studentské rádio Kampus, z. s.",
            I22,
            None,
            ["192.0.2.230"],
            [],
            "Šimon Kolář",
            "kolar@radiokampus.example",
            "+420721448093",
        ),
        "from": "Veronika Trnková <predsedkyne@radiokampus.example>",
        "subject": "Studentské rádio Kampus – žádost o XML výsledky voleb",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\n"
            "jsme studentské rádio vysílající na internetu pro studenty a zaměstnance "
            "univerzity. Ve volební noci chystáme živé vysílání a rádi bychom výsledky "
            "přebírali přímo z vašeho XML.\n\n"
            "Naše veřejná adresa je 192.0.2.230 (jsme za firewallem univerzity, interní "
            "adresu 172.16.4.10 prosím nikam neuvádějte, ta ven nevidí). Testovací adresu "
            "nepotřebujeme.\n\n"
            "Technicky to má na starosti Šimon Kolář (kolar@radiokampus.example, "
            "721 448 093) – v případě dotazů kontaktujte prosím jeho.\n\n"
            "S pozdravem\n"
            "Veronika Trnková\n"
            "předsedkyně spolku\n"
            "Studentské rádio Kampus, z. s.\n"
            f"IČO: {I22[:3]} {I22[3:6]} {I22[6:]}\n"
            "tel. 732 905 114\n"
        ),
    },
    {
        "id": "pc023-typo-corrected-later",
        "description": "daily's mail lists two production addresses, then corrects the second "
        "one by its last octet at the end of the same message",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Deník Poodří, s.r.o.",
            I23,
            None,
            ["198.51.100.31", "198.51.100.38"],
            ["198.51.100.45"],
            "Hynek Plachý",
            "plachy@denikpoodri.example",
            "+420774203118",
        ),
        "from": '"Plachý Hynek" <plachy@denikpoodri.example>',
        "subject": "Žádost o přístup k XML výsledkům – Deník Poodří",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\n"
            f"Deník Poodří, s.r.o., IČO {I23}, žádá o přístup k serveru s výsledky voleb.\n\n"
            "produkční: 198.51.100.31, 198.51.100.33\n"
            "testovací: 198.51.100.45\n\n"
            "Kontakt: Hynek Plachý, mob. 774 203 118\n\n"
            "OPRAVA – druhá produkční adresa je 198.51.100.38, ne .33 (překlep, omlouvám se).\n\n"
            "S pozdravem\n"
            "Hynek Plachý\n"
            "vedoucí online vydání\n"
            "Deník Poodří | Nádražní 1204, 742 35 Odry\n"
        ),
    },
    {
        "id": "pc024-at-broadcaster-docx-german",
        "description": "Austrian broadcaster: English cover mail, German DOCX with a role table "
        "(primär/Backup/Testsystem), filming asked too, register numbers in header and footer",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED, FILM],
            "Alpenland Rundfunk GmbH",
            None,
            None,
            ["198.51.100.160", "198.51.100.161"],
            ["198.51.100.169"],
            "Lukas Pfeiffer",
            "l.pfeiffer@alpenland-rundfunk.example",
            "+431536774412",
        ),
        "from": '"Mag. Lukas Pfeiffer" <l.pfeiffer@alpenland-rundfunk.example>',
        "subject": "Application: XML election results and filming permit (Alpenland Rundfunk)",
        "headers": APPLE,
        "body": (
            "Dear Sir or Madam,\n\n"
            "please find attached our application (in German – I hope this is acceptable).\n\n"
            "Best regards\n"
            "Lukas Pfeiffer\n"
            "Alpenland Rundfunk, Wien\n"
        ),
        "attachments": [
            (
                "docx",
                "Antrag_CSU_Wahl2025.docx",
                {
                    "header": "Alpenland Rundfunk GmbH, Argentinierstraße 22, 1040 Wien",
                    "footer": "FN 412873 k, Handelsgericht Wien, UID ATU68243157",
                    "blocks": [
                        "Tschechisches Statistikamt (ČSÚ)",
                        "Wien, am 10. September 2025",
                        "Antrag auf Zugang zu den Wahlergebnissen im XML-Format und "
                        "Drehgenehmigung",
                        "Sehr geehrte Damen und Herren,",
                        "die Alpenland Rundfunk GmbH beantragt für die Wahl zum "
                        "Abgeordnetenhaus den Zugang zum Ergebnisserver. Bitte schalten Sie "
                        "folgende Adressen frei:",
                        {
                            "rows": [
                                ["Verwendung", "IP-Adresse", "Anmerkung"],
                                ["Produktion (primär)", "198.51.100.160", "Wien"],
                                ["Produktion (Backup)", "198.51.100.161", "Rechenzentrum Linz"],
                                ["Testsystem", "198.51.100.169", "nur bis 30.09."],
                            ]
                        },
                        "Zusätzlich beantragen wir eine Drehgenehmigung für die Sammelstelle "
                        "in Brno am Wahlabend (Team: 3 Personen).",
                        "Ansprechpartner: Mag. Lukas Pfeiffer, Tel. +43 1 536 77 4412, "
                        "l.pfeiffer@alpenland-rundfunk.example",
                        "Mit freundlichen Grüßen",
                        "Mag. Lukas Pfeiffer, Chef vom Dienst",
                    ],
                },
            )
        ],
    },
    {
        "id": "pc025-pdf-form-only-filming-ticked",
        "description": "PDF form: the feed box unticked (☐), the filming box ticked (☒), "
        "address fields left with dashes",
        "style": Style.FORM,
        "labels": L(
            [FILM],
            "Vydavatelství Krkonošský posel, s.r.o.",
            I25,
            None,
            [],
            [],
            "Dana Hlaváčová",
            "hlavacova@krkposel.example",
            "+420603774215",
        ),
        "from": "Dana Hlaváčová <hlavacova@krkposel.example>",
        "subject": "Formulář žádosti – Krkonošský posel",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\nv příloze posílám vyplněný formulář.\n\n"
            "S pozdravem\nDana Hlaváčová\nKrkonošský posel\n"
        ),
        "attachments": [
            (
                "pdf",
                "formular_zadost.pdf",
                [
                    "<b>Žádost médií – volby do Poslanecké sněmovny 2025</b>",
                    {
                        "rows": [
                            ["Žadatel", "Vydavatelství Krkonošský posel, s.r.o."],
                            ["IČO", I25],
                            ["Sídlo", "Horská 51, 543 51 Špindlerův Mlýn"],
                        ],
                        "widths": [120, 300],
                    },
                    "Předmět žádosti (zaškrtněte):",
                    "☐ Přístup k výsledkům voleb ve formátu XML",
                    "☒ Povolení k natáčení / pořizování záznamu na sběrných místech",
                    {
                        "rows": [
                            ["", "Produkční IP", "Testovací IP"],
                            ["1", "—", "—"],
                            ["2", "—", "—"],
                        ],
                        "widths": [30, 180, 180],
                    },
                    {
                        "rows": [
                            ["Kontaktní osoba", "Dana Hlaváčová"],
                            ["E-mail", "hlavacova@krkposel.example"],
                            ["Telefon", "603 774 215"],
                        ],
                        "widths": [120, 300],
                    },
                    "Datum: 15. 9. 2025        Podpis: D. Hlaváčová",
                ],
            )
        ],
    },
    {
        "id": "pc026-agency-rtf-full-ipv6",
        "description": "regional agency's RTF table: an IPv6 written in full with leading zeros, "
        "an IPv4 production and a test row; contact and phone in the RTF only",
        "style": Style.AGENCY,
        "labels": L(
            [FEED],
            "Agentura Regiopress, s.r.o.",
            I26,
            None,
            ["2001:db8:a00::5", "203.0.113.230"],
            ["203.0.113.231"],
            "Jiří Šafránek",
            "safranek@regiopress.example",
            "+420585226417",
        ),
        "from": "Jiří Šafránek <safranek@regiopress.example>",
        "subject": "Regiopress – žádost o přístup (příloha RTF)",
        "headers": OUTLOOK,
        "body": "Dobrý den, žádost je v příloze. Děkuji, J. Šafránek\n",
        "attachments": [
            (
                "rtf",
                "Regiopress_zadost.rtf",
                [
                    "Agentura Regiopress, s.r.o.",
                    f"IČO {I26}, Riegrova 7, 772 00 Olomouc",
                    "Žádost o přístup k výsledkům voleb ve formátu XML",
                    [
                        ["Určení", "Adresa"],
                        ["Produkční", "2001:0db8:0a00:0000:0000:0000:0000:0005"],
                        ["Produkční", "203.0.113.230"],
                        ["Testovací", "203.0.113.231"],
                    ],
                    "Kontaktní osoba: Jiří Šafránek, tel. 585 226 417, safranek@regiopress.example",
                ],
            )
        ],
    },
    {
        "id": "pc027-roles-by-order-first-second-third",
        "description": "TV mail in windows-1250: roles only by order ('první … druhá … třetí'); "
        "filming not planned, only 'if it changes we will write'",
        "style": Style.ORDER,
        "labels": L(
            [FEED],
            "Polabská televize, a.s.",
            I27,
            None,
            ["203.0.113.180", "203.0.113.181"],
            ["203.0.113.189"],
            "Martin Žák",
            "zak@polabska-tv.example",
            "+420602915433",
        ),
        "from": "Martin Žák <zak@polabska-tv.example>",
        "subject": "Polabská televize - přístup k výsledkům voleb",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "cte": "8bit",
        "body": (
            "Dobrý den,\n\n"
            f"Polabská televize, a.s. (IČ {I27}) žádá o přístup k výsledkům voleb ve formátu "
            "XML. Posíláme tři adresy: 203.0.113.180, 203.0.113.181, 203.0.113.189 - první "
            "je produkční, druhá záložní a třetí testovací.\n\n"
            "Natáčení na sběrných místech zatím neplánujeme; pokud se to změní, ozveme se "
            "zvlášť.\n\n"
            "Kontakt: Martin Žák, tel. 602 915 433\n\n"
            "Martin Žák\nvedoucí vysílací techniky\nPolabská televize, a.s.\n"
        ),
    },
    {
        "id": "pc028-sk-university-documentary",
        "description": "Slovak university department in Slovak: feed for a student newsroom "
        "and filming for a documentary; Slovak IČO and a fixed line with extension",
        "style": Style.INSTITUTION,
        "labels": L(
            [FEED, FILM],
            "Univerzita Považia v Trenčíne",
            I28,
            None,
            ["198.51.100.222"],
            ["198.51.100.223"],
            "Zuzana Kováčiková",
            "zuzana.kovacikova@upt.example",
            "+421327401412",
        ),
        "from": '"doc. Mgr. Zuzana Kováčiková, PhD." <zuzana.kovacikova@upt.example>',
        "subject": "Žiadosť o prístup k výsledkom volieb a o povolenie nakrúcania",
        "headers": ZIMBRA,
        "body": (
            "Vážení,\n\n"
            "Katedra žurnalistiky Univerzity Považia v Trenčíne pripravuje so študentmi "
            "volebné spravodajstvo a krátky dokumentárny film o sčítaní hlasov v Českej "
            "republike. Žiadame preto:\n\n"
            "a) o prístup k serveru s výsledkami volieb vo formáte XML –\n"
            "   produkčná IP: 198.51.100.222, testovacia: 198.51.100.223,\n"
            "b) o povolenie nakrúcania na zbernom mieste v Brne 4. 10. 2025 (3 študenti "
            "a pedagóg).\n\n"
            "Kontaktná osoba: doc. Mgr. Zuzana Kováčiková, PhD., tel. +421 32 7401 412\n\n"
            "S pozdravom\n"
            "Zuzana Kováčiková\n"
            "Univerzita Považia v Trenčíne, Katedra žurnalistiky\n"
            f"Študentská 2, 911 50 Trenčín, IČO {I28}\n"
        ),
    },
]
