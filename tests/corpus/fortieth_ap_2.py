"""Fortieth held-out part ``ap``, cases ap015–ap028: a reply to the office's request for a
missing contact (the applicant's own quoted original carries the addresses), an IT contractor
among version numbers, a Roundcube HTML list with roles by order, an old address replaced, a
data message with a PDF table, a Polish sender with "respectively", a film crew declining the
feed, a phone note changing its contact, an XLSX attachment, a forward of the office's own
instructions, an Italian agency, a university faculty's data message, an ano/ne table and an
IČO written beside the VAT number. Written by hand apart from the extraction rules (see
make_fortieth_ap); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortieth_ap_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    K9,
    MAC_OUTLOOK,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

I15, I16, I17, I18 = ico("2783046"), ico("0582917"), ico("2436158"), ico("4629371")
I19, I21, I22, I23 = ico("7053184"), ico("2690451"), ico("0173962"), ico("2815539")
I24, I26, I27, I28 = ico("0497206"), ico("0021622"), ico("3308715"), ico("2579164")
CONTRACTOR_ICO = ico("0635481")

CASES: list[dict[str, Any]] = [
    {
        "id": "ap015-reply-office-asked-contact",
        "description": "reply to the office's request to complete the application: the new "
        "text adds the contact, the addresses are in the applicant's quoted original, the "
        "office's quoted request carries its own phone and box",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Východočeská televize s.r.o.",
            I15,
            None,
            ["198.51.100.151", "198.51.100.152"],
            ["198.51.100.159"],
            "Michaela Dušková",
            "duskova@vctv.example",
            "+420466305178",
        ),
        "from": "Redakce VCTV <redakce@vctv.example>",
        "subject": "RE: Doplnění žádosti – přístup k XML (č. j. CSU-048812/2025)",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "omlouváme se, kontakt jsme opravdu zapomněli uvést. Kontaktní osobou je "
            "Michaela Dušková, e-mail duskova@vctv.example, telefon 466 305 178. IP adresy "
            "zůstávají tak, jak jsme je poslali v původní žádosti níže.\n\n"
            "S pozdravem\nredakce VCTV\n\n"
            "From: Podatelna ČSÚ <podatelna@czso.cz>\n"
            "Sent: Wednesday, September 17, 2025 11:20 AM\n"
            "To: Redakce VCTV <redakce@vctv.example>\n"
            "Subject: Doplnění žádosti – přístup k XML (č. j. CSU-048812/2025)\n\n"
            "Dobrý den,\n\n"
            "ve Vaší žádosti chybí kontaktní osoba (jméno, e-mail, telefon). Doplňte ji "
            "prosím odpovědí na tento e-mail nebo do datové schránky 2gfaasy.\n\n"
            "Podatelna ČSÚ, tel. 274 051 111\n\n"
            "From: Redakce VCTV <redakce@vctv.example>\n"
            "Sent: Tuesday, September 16, 2025 2:05 PM\n"
            "To: podatelna@czso.cz\n"
            "Subject: Žádost o přístup k XML\n\n"
            "Dobrý den, Východočeská televize s.r.o., IČO "
            f"{I15}, žádá o přístup k XML s výsledky voleb.\n"
            "Produkční IP: 198.51.100.151, 198.51.100.152\n"
            "Testovací IP: 198.51.100.159\n"
            "Redakce VCTV, Pardubice\n"
        ),
    },
    {
        "id": "ap016-contractor-version-numbers",
        "description": "an IT contractor writes for a news site: dotted version numbers, "
        "a date and a port around one production address, the contractor's own IČO in "
        "his signature",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Zlínský zpravodaj s.r.o.",
            I16,
            None,
            ["203.0.113.17"],
            [],
            "Vladimír Šťastný",
            "stastny@webhaus.example",
            "+420777014382",
        ),
        "from": '"Vladimír Šťastný (WebHaus)" <stastny@webhaus.example>',
        "subject": "Zlínský zpravodaj – XML výsledky voleb, technické údaje",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            "na základě plné moci v příloze píšu za našeho klienta Zlínský zpravodaj s.r.o., "
            f"IČO {I16}, který žádá o přístup k výsledkům voleb ve formátu XML.\n\n"
            "Technika: stahovač běží na serveru 203.0.113.17 (Debian 12.7, nginx 1.26.2, "
            "náš modul vysledky-xml 4.1.0.3). Připojení HTTPS, odchozí port 443. Testovací "
            "adresu nepotřebujeme, zkoušet budeme z téhož serveru 30. 9. 2025.\n\n"
            "Kontaktní osobou pro tuto žádost jsem já.\n\n"
            "S pozdravem\n\nVladimír Šťastný\nWebHaus – Vladimír Šťastný, IČO "
            f"{CONTRACTOR_ICO}\nmobil: +420 777 014 382\n"
        ),
        "attachments": [
            (
                "pdf",
                "plna_moc_zlinsky_zpravodaj.pdf",
                [
                    "PLNÁ MOC",
                    f"Zlínský zpravodaj s.r.o., IČO {I16}, se sídlem tř. Tomáše Bati 201, "
                    "760 01 Zlín, zastoupená jednatelkou Ing. Hanou Kovářovou,",
                    "zmocňuje Vladimíra Šťastného, nar. 4. 6. 1984, k podání žádosti o přístup "
                    "k výsledkům voleb ve formátu XML u Českého statistického úřadu a "
                    "k jednání ve věcech s ní souvisejících.",
                    "Ve Zlíně dne 12. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "ap017-roundcube-html-order-roles",
        "description": "HTML-only Roundcube mail: two addresses in a list, roles given by the "
        "order of the sentence after it ('první … druhá')",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Kladenský týden s.r.o.",
            I17,
            None,
            ["192.0.2.57"],
            ["192.0.2.58"],
            "Petra Königová",
            "konigova@kladenskytyden.example",
            "+420312247809",
        ),
        "from": "Petra Königová <konigova@kladenskytyden.example>",
        "subject": "žádost o XML výsledky",
        "headers": ROUNDCUBE,
        "html": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
            '</head><body style="font-size: 10pt; font-family: Verdana,Geneva,sans-serif">'
            "<p>Dobrý den,</p>"
            "<p>Kladenský týden s.r.o. (IČO "
            f"{I17}) žádá o přístup k výsledkům voleb ve formátu XML. Adresy:</p>"
            "<ul><li>192.0.2.57</li><li>192.0.2.58</li></ul>"
            "<p>První z nich je ostrý server redakce, druhá slouží jen pro testování.</p>"
            "<p>Kontakt: Petra Königová, 312 247 809</p>"
            "<p>S pozdravem<br>Petra Königová<br>vydavatelka</p>"
            '<div class="pre" style="color:#888">-- <br>Kladenský týden | '
            "nám. Starosty Pavla 44, 272 01 Kladno</div>"
            "</body></html>"
        ),
    },
    {
        "id": "ap018-old-address-no-longer-used",
        "description": "last election's production address explicitly retired and replaced; "
        "the test address kept from last time",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Deník Podluží s.r.o.",
            I18,
            None,
            ["198.51.100.44"],
            ["198.51.100.45"],
            "Roman Švestka",
            "svestka@podluzi.example",
            "+420604738215",
        ),
        "from": "Roman Švestka <svestka@podluzi.example>",
        "subject": "Opět žádost o XML výsledky – Deník Podluží",
        "headers": SEZNAM,
        "body": (
            "Dobrý den,\n\n"
            "tak jako při krajských volbách v roce 2024 bychom i letos rádi odebírali "
            "výsledky ve formátu XML. Žadatel je stejný: Deník Podluží s.r.o., IČO "
            f"{I18}.\n\n"
            "Jedna změna: loňský server 198.51.100.33 už nepoužíváme (přešli jsme do "
            "cloudu), nová produkční adresa je 198.51.100.44. Testovací zůstává "
            "198.51.100.45.\n\n"
            "Kontakt jsem pořád já, Roman Švestka, 604 738 215.\n\n"
            "Díky moc a ať to letos sčítání odsýpá :)\nRoman\n"
        ),
    },
    {
        "id": "ap019-databox-pdf-wrapped-table",
        "description": "data message with a PDF letter: narrow table cells wrap the addresses and "
        "the roles; both requests; the sender's box on the envelope",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Česká rozhlasová síť a.s.",
            I19,
            "t8fn3ka",
            ["203.0.113.21", "203.0.113.22", "203.0.113.23"],
            ["203.0.113.29"],
            "Daniel Kočí",
            "koci@crsit.example",
            "+420272116540",
        ),
        "subject": "Žádost o přístup k výsledkům voleb a povolení k natáčení",
        "databox": {
            "box": "t8fn3ka",
            "sender": "Česká rozhlasová síť a.s.",
            "address": "Jankovcova 1569/2c, 170 00 Praha 7",
        },
        "attachments": [
            (
                "pdf",
                "CRS_zadost_CSU.pdf",
                [
                    f"Česká rozhlasová síť a.s.\nJankovcova 1569/2c, 170 00 Praha 7\nIČO: {I19}",
                    "Věc: Žádost o přístup k výsledkům voleb a o povolení pořizovat záznam",
                    "Žádáme o zřízení přístupu k výsledkům voleb ve formátu XML a o povolení "
                    "natáčet na sběrném místě ČSÚ v Praze ve dnech 3. a 4. 10. 2025.",
                    {
                        "rows": [
                            ["Účel adresy", "IP adresy"],
                            [
                                "Produkční (ostrý provoz)",
                                "203.0.113.21, 203.0.113.22, 203.0.113.23",
                            ],
                            ["Testovací (před volbami)", "203.0.113.29"],
                        ],
                        "widths": [80, 90],
                    },
                    "Kontaktní osoba: Daniel Kočí, vedoucí vysílací techniky, "
                    "tel. 272 116 540, koci@crsit.example",
                    "V Praze dne 18. 9. 2025\nIng. Renata Slámová, členka představenstva",
                ],
            )
        ],
    },
    {
        "id": "ap020-polish-english-respectively",
        "description": "Polish radio writes English; production and test addresses given in one "
        "sentence with 'respectively', a Polish phone and NIP",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Radio Śląsk Cieszyński Sp. z o.o.",
            None,
            None,
            ["198.51.100.90"],
            ["198.51.100.99"],
            "Katarzyna Wójcik",
            "k.wojcik@radiocieszyn.example",
            "+48338521470",
        ),
        "from": "Katarzyna Wójcik <k.wojcik@radiocieszyn.example>",
        "subject": "Access to XML results - Radio Śląsk Cieszyński",
        "headers": TBIRD,
        "body": (
            "Good morning,\n\n"
            "I am writing on behalf of Radio Śląsk Cieszyński Sp. z o.o. (NIP 548-271-93-06), "
            "a local radio broadcasting on both sides of the border. We kindly ask for "
            "access to the election results in XML format.\n\n"
            "Our production and test server addresses are 198.51.100.90 and 198.51.100.99, "
            "respectively.\n\n"
            "Contact person: Katarzyna Wójcik, tel. +48 33 852 14 70.\n\n"
            "With kind regards,\nKatarzyna Wójcik\nDział techniczny / Technical dept.\n"
        ),
    },
    {
        "id": "ap021-film-crew-declines-feed",
        "description": "regional TV asks only to film at a collection point and says it does not "
        "need the XML; the cameraman and a reporter with their phones, the producer is contact",
        "style": Style.CHATTY,
        "labels": L(
            [FILM],
            "Televize Vysočina Plus s.r.o.",
            I21,
            None,
            [],
            [],
            "Jitka Nováčková",
            "novackova@tvvysocinaplus.example",
            "+420736590214",
        ),
        "from": "Jitka Nováčková <novackova@tvvysocinaplus.example>",
        "subject": "natáčení na sběrném místě v Jihlavě",
        "headers": MAC_OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "Televize Vysočina Plus s.r.o. (IČO "
            f"{I21}) by ráda natáčela na sběrném místě v Jihlavě v sobotu 4. 10. dopoledne "
            "– krátký příspěvek o tom, jak se výsledky dostávají z okrsků k Vám.\n\n"
            "Přístup k XML datům nepotřebujeme, výsledky přebíráme od ČTK.\n\n"
            "Štáb: redaktor Pavel Štoudek (739 551 028) a kameraman Jan Lorenc "
            "(732 108 447). Vše ostatní prosím řešte se mnou jako producentkou – "
            "736 590 214.\n\n"
            "Děkuji,\nJitka Nováčková\nproducentka zpravodajství\n"
        ),
    },
    {
        "id": "ap022-mobile-contact-changed",
        "description": "phone-typed note that first names the sender as the contact, then "
        "changes its mind and names a colleague with her number",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Jablonecky mesicnik s.r.o.",
            I22,
            None,
            ["192.0.2.205"],
            [],
            "Jana Musilova",
            "musilova@jbmesicnik.example",
            "+420777482036",
        ),
        "from": "Karel Brož <broz@jbmesicnik.example>",
        "subject": "Re: xml",
        "headers": K9,
        "flowed": True,
        "cte": "8bit",
        "body": (
            "dobry den posilam udaje k zadosti o xml vysledky voleb: \n"
            f"Jablonecky mesicnik s.r.o., ICO {I22}, server 192.0.2.205 (test \n"
            "nemame). kontakt ja 604 119 330 – vlastne ne, budu ten vikend \n"
            "pryc, kontakt bude kolegyne Jana Musilova, \n"
            "musilova@jbmesicnik.example, 777 482 036\n"
            "diky Broz\n"
        ),
    },
    {
        "id": "ap023-apple-mail-xlsx-attachment",
        "description": "short Apple Mail with an XLSX attachment holding the application: a "
        "sheet with a 'Typ' column using PROD/TEST/ZÁLOHA",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Liberecký puls a.s.",
            I23,
            None,
            ["203.0.113.71", "203.0.113.72"],
            ["203.0.113.79"],
            "Vojtěch Lhoták",
            "lhotak@libpuls.example",
            "+420485130762",
        ),
        "from": "Vojtěch Lhoták <lhotak@libpuls.example>",
        "subject": "Žádost o přístup XML – Liberecký puls",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\nv příloze posílám vyplněnou tabulku s žádostí o přístup k XML "
            "výsledkům voleb.\n\nDěkuji\nVojtěch Lhoták\n\nOdesláno z Macu\n"
        ),
        "attachments": [
            (
                "xlsx",
                "liberecky_puls_volby.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Liberecký puls a.s."],
                            ["IČO", I23],
                            ["Kontaktní osoba", "Vojtěch Lhoták"],
                            ["E-mail", "lhotak@libpuls.example"],
                            ["Telefon", "485 130 762"],
                            [],
                            ["Typ", "IP adresa", "Poznámka"],
                            ["PROD", "203.0.113.71", "primární"],
                            ["ZÁLOHA", "203.0.113.72", "sekundární DC"],
                            ["TEST", "203.0.113.79", "staging"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "ap024-forward-office-instructions",
        "description": "the applicant answers above a forwarded chain holding the office's own "
        "instructions (the office's server address, IČO and phone) and a colleague's note",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Brněnský večerník, s.r.o.",
            I24,
            None,
            ["198.51.100.181"],
            ["198.51.100.182"],
            "Hynek Vrba",
            "vrba@brnenskyvecernik.example",
            "+420541009327",
        ),
        "from": "Hynek Vrba <vrba@brnenskyvecernik.example>",
        "subject": "Fwd: Volby – pokyny ČSÚ k XML",
        "headers": OWA,
        "body": (
            "Dobrý den,\n\n"
            "podle Vašich pokynů (přeposílám je níže, jak mi je poslala kolegyně) žádáme "
            "o přístup k XML výsledkům voleb.\n\n"
            f"Žadatel: Brněnský večerník, s.r.o., IČO {I24}\n"
            "Produkce: 198.51.100.181\nTest: 198.51.100.182\n"
            "Kontakt: Hynek Vrba, 541 009 327\n\n"
            "Hynek Vrba\nBrněnský večerník\n\n"
            "________________________________\n"
            "Od: Simona Krejčí <krejci@brnenskyvecernik.example>\n"
            "Odesláno: pondělí 15. září 2025 8:12\n"
            "Komu: Hynek Vrba <vrba@brnenskyvecernik.example>\n"
            "Předmět: FW: Volby – pokyny ČSÚ k XML\n\n"
            "Hynku, tohle je od statistiků, vyřídíš to prosím? S.\n\n"
            "________________________________\n"
            "Od: Český statistický úřad <podatelna@czso.cz>\n"
            "Odesláno: pátek 12. září 2025 13:40\n"
            "Předmět: Volby – pokyny ČSÚ k XML\n\n"
            "Výsledky budou publikovány na adrese https://volby-xml.czso.example/ "
            "(IP 192.0.2.250, záložní 192.0.2.251).\n"
            "Žádost musí obsahovat: název a IČO žadatele, produkční a testovací IP adresy,\n"
            "kontaktní osobu. Český statistický úřad, IČO 00025593, ID DS 2gfaasy,\n"
            "infoservis tel. +420 274 056 789.\n"
        ),
    },
    {
        "id": "ap025-italian-signature-several",
        "description": "Italian agency writes English; the sender asks the office to use a "
        "colleague from the signature block of three people as the contact",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Agenzia Notizie Adriatiche S.r.l.",
            None,
            None,
            ["203.0.113.150", "203.0.113.151"],
            ["203.0.113.158"],
            "Giulia Ferri",
            "g.ferri@ana-notizie.example",
            "+390712208461",
        ),
        "from": "Marco Bellandi <m.bellandi@ana-notizie.example>",
        "subject": "ANA - request for XML election results access",
        "headers": GMAIL,
        "body": (
            "Dear colleagues,\n\n"
            "Agenzia Notizie Adriatiche S.r.l. (P.IVA IT02871440427) would like to receive "
            "access to the Czech election results in XML.\n\n"
            "Production IPs: 203.0.113.150, 203.0.113.151\nTest IP: 203.0.113.158\n\n"
            "Please use Giulia as the contact person for this request, I am travelling "
            "during the election week.\n\n"
            "Kind regards,\n\n"
            "Marco Bellandi – Foreign desk, +39 071 220 8400, m.bellandi@ana-notizie.example\n"
            "Giulia Ferri – Data & Systems, +39 071 220 8461, g.ferri@ana-notizie.example\n"
            "Andrea Conti – Photo desk, +39 335 771 0294, a.conti@ana-notizie.example\n"
            "ANA – Via Marconi 18, 60125 Ancona, Italia\n"
        ),
    },
    {
        "id": "ap026-databox-university-odt",
        "description": "data message from a university whose faculty's student TV applies; the "
        "annotation is short, the ODT letter has both requests and a table",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Univerzita Pardubice",
            I26,
            "p6vb2mz",
            ["192.0.2.220"],
            ["192.0.2.221"],
            "Tereza Hlaváčová",
            "tereza.hlavacova@upce.example",
            "+420466036819",
        ),
        "subject": "FF – studentská televize – žádost volby 2025",
        "databox": {
            "box": "p6vb2mz",
            "sender": "Univerzita Pardubice",
            "address": "Studentská 95, 532 10 Pardubice",
            "type": 10,
        },
        "attachments": [
            (
                "odt",
                "zadost_FF_UPa.odt",
                [
                    "Univerzita Pardubice, Fakulta filozofická",
                    "Studentská 95, 532 10 Pardubice",
                    "Věc: Žádost o přístup k výsledkům voleb a o povolení natáčet",
                    "Studentská televize fakulty (UPa TV) připravuje volební vysílání. "
                    "Univerzita Pardubice, IČO "
                    f"{I26}, proto žádá o přístup k výsledkům voleb ve formátu XML a o "
                    "povolení natáčet na sběrném místě v Pardubicích.",
                    [
                        ["Adresa", "Využití"],
                        ["192.0.2.220", "vysílací pracoviště (produkce)"],
                        ["192.0.2.221", "výuková laboratoř (testování)"],
                    ],
                    "Kontaktní osoba: Mgr. Tereza Hlaváčová, Ph.D., vedoucí UPa TV, "
                    "tereza.hlavacova@upce.example, tel. 466 036 819",
                    "prof. PhDr. Ivan Skála, CSc., děkan",
                ],
            )
        ],
    },
    {
        "id": "ap027-owa-html-ano-ne-table",
        "description": "HTML mail copying a form as a table with ano/ne in a column: XML ano, "
        "natáčení ne",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Ostravské listy a.s.",
            I27,
            None,
            ["198.51.100.12"],
            ["198.51.100.13"],
            "Barbora Szturcová",
            "szturcova@ostravskelisty.example",
            "+420596332811",
        ),
        "from": "Barbora Szturcová <szturcova@ostravskelisty.example>",
        "subject": "Formulář – žádost o přístup k výsledkům",
        "headers": OWA,
        "html": (
            '<html><body><div style="font-family:Calibri,Arial;font-size:11pt">'
            "<p>Dobrý den,</p><p>posílám žádost podle Vašeho formuláře:</p>"
            '<table border="1" cellpadding="3" style="border-collapse:collapse">'
            "<tr><th>Položka</th><th>Údaj</th></tr>"
            "<tr><td>Žadatel</td><td>Ostravské listy a.s.</td></tr>"
            f"<tr><td>IČO</td><td>{I27}</td></tr>"
            "<tr><td>Přístup k výsledkům ve formátu XML</td><td>ano</td></tr>"
            "<tr><td>Povolení k natáčení na sběrném místě</td><td>ne</td></tr>"
            "<tr><td>Produkční IP adresy</td><td>198.51.100.12</td></tr>"
            "<tr><td>Testovací IP adresy</td><td>198.51.100.13</td></tr>"
            "<tr><td>Kontaktní osoba</td><td>Barbora Szturcová</td></tr>"
            "<tr><td>Telefon</td><td>+420&nbsp;596&nbsp;332&nbsp;811</td></tr>"
            "<tr><td>E-mail</td><td>szturcova@ostravskelisty.example</td></tr>"
            "</table><p>Děkuji<br>B. Szturcová</p></div></body></html>"
        ),
    },
    {
        "id": "ap028-ico-dic-slash",
        "description": "IČO written together with the VAT number as 'IČ/DIČ: … / CZ…', a "
        "bank account and postal code in the signature, 'záložní' server",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Mladoboleslavský deník s.r.o.",
            I28,
            None,
            ["192.0.2.141", "192.0.2.142"],
            [],
            "Jaroslav Tichý",
            "tichy@mbdenik.example",
            "+420326710455",
        ),
        "from": "Jaroslav Tichý <tichy@mbdenik.example>",
        "subject": "přístup k volebnímu XML",
        "headers": TBIRD,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\n"
            "žádáme o přístup k výsledkům voleb ve formátu XML z našeho hlavního serveru "
            "192.0.2.141 a záložního serveru 192.0.2.142. Testovací adresu neuvádíme.\n\n"
            "Kontakt pro technické záležitosti: Jaroslav Tichý, tel. 326 710 455\n\n"
            "S pozdravem\nJaroslav Tichý\n\n"
            "Mladoboleslavský deník s.r.o.\nTř. Václava Klementa 1459, 293 01 Mladá Boleslav\n"
            f"IČ/DIČ: {I28} / CZ{I28}\n"
            "Bankovní spojení: 2400218775/2010\n"
        ),
    },
]
