"""Thirty-first held-out part ``ya``, cases ya029–ya042: a Zimbra table with line breaks in a
cell, an Outlook-on-the-web thread replacing a test address, a phone note testing on production,
an agency forwarding the office's instructions, an Italian radio's RTF, a data message with a
DOCX footer and a power of attorney, a chatty mail full of other numbers, an ano/ne table, an
address range, an Austrian IPv6 test address, a company footer with a box ID, a contractor with
its own IČO, a PDF letter declining filming and a reply withdrawing filming. Written by hand apart
from the extraction rules (see make_thirtyfirst_ya); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtyfirst_ya_common import (
    APPLE,
    FEED,
    GMAIL,
    IPHONE,
    K9,
    MAC_OUTLOOK,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I29, I30, I31, I32 = ico("2759014"), ico("2918356"), ico("2263870"), ico("4571209")
I34, I35, I36, I37 = ico("2604397"), ico("6398125"), ico("2875903"), ico("4826170")
I39, I40, I40C, I41 = ico("2714582"), ico("0619283"), ico("2836091"), ico("2530674")
I42 = ico("2965817")

CASES: list[dict[str, Any]] = [
    {
        "id": "ya029-zimbra-br-in-cell",
        "description": "HTML-only Zimbra mail, row headers give the roles and three production "
        "addresses share one cell separated by line breaks",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Slezská mediální, s.r.o.",
            I29,
            None,
            ["198.51.100.100", "198.51.100.101", "198.51.100.102"],
            ["198.51.100.110"],
            "Bohdana Kresová",
            "kresova@slezskamedialni.example",
            "+420725301884",
        ),
        "from": "Bohdana Kresová <kresova@slezskamedialni.example>",
        "subject": "Přístup k výsledkům voleb – Slezská mediální",
        "headers": ZIMBRA,
        "html": (
            '<html><body><div style="font-family: arial, helvetica, sans-serif; '
            'font-size: 12pt; color: #000000"><div>Dobrý den,</div><div><br></div>'
            "<div>společnost Slezská mediální, s.r.o. (IČO "
            f"{I29}) žádá o přístup k volebním výsledkům ve formátu XML:</div><div><br></div>"
            '<table border="1" cellspacing="0" cellpadding="3"><tbody>'
            "<tr><th>Produkční adresy</th><td>198.51.100.100<br>198.51.100.101<br>"
            "198.51.100.102</td></tr>"
            "<tr><th>Testovací</th><td>198.51.100.110</td></tr>"
            "</tbody></table><div><br></div>"
            "<div>Děkuji a zdravím</div><div><br></div>"
            "<div>--&nbsp;</div><div>Bohdana Kresová<br>vedoucí digitálu<br>"
            "Slezská mediální, s.r.o.<br>Nádražní 1020/12, 702 00 Ostrava<br>"
            "mobil: +420 725 301 884<br>recepce: +420 596 110 200</div></div></body></html>"
        ),
    },
    {
        "id": "ya030-owa-thread-test-replaced",
        "description": "Outlook-on-the-web follow-up to the writer's own quoted mail from the day "
        "before: the test address there is replaced, production unchanged",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Východočeský portál s.r.o.",
            I30,
            None,
            ["203.0.113.224"],
            ["203.0.113.226"],
            "Hedvika Lorencová",
            "lorencova@vcportal.example",
            "+420466050318",
        ),
        "from": "Hedvika Lorencová <lorencova@vcportal.example>",
        "subject": "RE: Žádost o přístup k XML – Východočeský portál",
        "headers": OWA,
        "body": (
            "Dobrý den,\n\n"
            "ještě jedna změna k mé včerejší žádosti níže: testovací adresu 203.0.113.225 "
            "prosím nepoužívejte, ten server rušíme, nahradila ji 203.0.113.226. Produkční "
            "adresa zůstává beze změny.\n\n"
            "Děkuji\nHedvika Lorencová\n\n"
            "________________________________\n"
            "Od: Hedvika Lorencová <lorencova@vcportal.example>\n"
            "Odesláno: středa 10. září 2025 17:03\n"
            "Komu: podatelna@czso.cz <podatelna@czso.cz>\n"
            "Předmět: Žádost o přístup k XML – Východočeský portál\n\n"
            "Dobrý den,\n\n"
            f"Východočeský portál s.r.o., IČO {I30}, žádá o přístup k výsledkům voleb.\n"
            "Produkční IP: 203.0.113.224\n"
            "Testovací IP: 203.0.113.225\n"
            "Kontakt: Hedvika Lorencová, tel. 466 050 318\n\n"
            "Hedvika Lorencová\n"
        ),
    },
    {
        "id": "ya031-k9-test-on-same",
        "description": "phone note without diacritics: one address, testing 'na ty samy' gives "
        "no test address; 'ic' in lower case",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Vltavin z.s.",
            I31,
            None,
            ["192.0.2.88"],
            [],
            "Stanislav Mrkvicka",
            "mrkvicka@vltavin.example",
            "+420702118334",
        ),
        "from": "Standa Mrkvicka <mrkvicka@vltavin.example>",
        "subject": "xml vysledky",
        "headers": K9,
        "cte": "8bit",
        "body": (
            "dobry den, za Vltavin z.s. (ic "
            f"{I31}) bysme chteli pristup k xml vysledkum voleb. ip 192.0.2.88, testovat "
            "budem na ty samy adrese, jinou nemame.\n"
            "kontakt Stanislav Mrkvicka 702 118 334\n"
            "dik\n\n"
            "-- \nOdesláno z mého zařízení Android pomocí K-9 Mail.\n"
        ),
    },
    {
        "id": "ya032-agency-forwards-office-instructions",
        "description": "an agency forwards the office's own instructions with a template and an "
        "example address and writes its data on top; the office's contacts are in the "
        "forwarded part",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Tisková agentura Střed, a.s.",
            I32,
            None,
            ["198.51.100.30", "198.51.100.31"],
            ["198.51.100.35"],
            "Marek Holeček",
            "holecek@tastred.example",
            "+420222870455",
        ),
        "from": "Marek Holeček <holecek@tastred.example>",
        "subject": "Fwd: Pokyny pro média – výsledky voleb",
        "headers": MAC_OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "podle Vašich pokynů (přeposílám je pro pořádek níže) posílám údaje:\n\n"
            f"Tisková agentura Střed, a.s., IČO {I32}\n"
            "produkční IP: 198.51.100.30 a 198.51.100.31\n"
            "testovací IP: 198.51.100.35\n"
            "kontakt: Marek Holeček, vedoucí datového týmu, +420 222 870 455\n\n"
            "Děkuji\nMarek Holeček\n\n"
            "---------- Přeposlaná zpráva ----------\n"
            "Od: Český statistický úřad <podatelna@czso.cz>\n"
            "Datum: 5. 9. 2025 11:20\n"
            "Předmět: Pokyny pro média – výsledky voleb\n\n"
            "Vážení,\n"
            "žádosti o přístup k výsledkům zasílejte na podatelna@czso.cz nebo do datové "
            "schránky 2gfaasy v této podobě:\n\n"
            "  Žadatel, IČO:\n"
            "  Produkční IP (nejvýše 5): např. 192.0.2.1\n"
            "  Testovací IP (nejvýše 5):\n"
            "  Kontaktní osoba, telefon, e-mail:\n\n"
            "Dotazy: tel. 274 052 733\n"
            "Český statistický úřad, IČO 00025593\n"
        ),
    },
    {
        "id": "ya033-italian-radio-rtf",
        "description": "Italian radio writing English with an RTF form attached; no IČO "
        "(partita IVA instead), Italian landline",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Radio Adriatica Notizie S.r.l.",
            None,
            None,
            ["203.0.113.5"],
            ["203.0.113.6"],
            "Giulia Ferrante",
            "g.ferrante@radioadriatica.example",
            "+390648219930",
        ),
        "from": "Giulia Ferrante <g.ferrante@radioadriatica.example>",
        "subject": "Application - XML election results",
        "headers": TBIRD,
        "body": (
            "Good morning,\n\n"
            "please find attached our application for access to the election results in "
            "XML format. Sorry for my English, we are a small radio in Rome with a "
            "programme for the Czech community in Italy.\n\n"
            "Cordiali saluti,\nGiulia Ferrante\n"
        ),
        "attachments": [
            (
                "rtf",
                "application_CSU.rtf",
                [
                    "APPLICATION FOR ACCESS TO ELECTION RESULTS (XML)",
                    [
                        ["Applicant", "Radio Adriatica Notizie S.r.l."],
                        ["Company ID", "P.IVA IT 07419250581 (no Czech IČO)"],
                        ["Production IP", "203.0.113.5"],
                        ["Test IP", "203.0.113.6"],
                        ["Contact person", "Giulia Ferrante"],
                        ["Phone", "+39 06 4821 9930"],
                        ["E-mail", "g.ferrante@radioadriatica.example"],
                    ],
                    "Roma, 12/09/2025",
                ],
            )
        ],
    },
    {
        "id": "ya034-databox-docx-footer-poa",
        "description": "data message with a DOCX whose footer carries the IČO and a text power "
        "of attorney naming the contact; the letter names the office's box",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Nakladatelství Pod Radhoštěm s.r.o.",
            I34,
            "r5pk2xe",
            ["192.0.2.44", "192.0.2.45"],
            ["192.0.2.46"],
            "Jan Chovanec",
            "chovanec@podradhostem.example",
            "+420556771402",
        ),
        "subject": "Žádost o přístup k výsledkům voleb + plná moc",
        "databox": {
            "box": "r5pk2xe",
            "sender": "Nakladatelství Pod Radhoštěm s.r.o.",
            "address": "Horní 88, 756 61 Rožnov pod Radhoštěm",
        },
        "attachments": [
            (
                "docx",
                "zadost_volby.docx",
                {
                    "footer": f"Nakladatelství Pod Radhoštěm s.r.o. | IČO: {I34} | "
                    "Horní 88, 756 61 Rožnov p. R.",
                    "blocks": [
                        "Český statistický úřad (ID DS: 2gfaasy)",
                        "Věc: Žádost o přístup k výsledkům voleb",
                        "Žádáme o zpřístupnění výsledků voleb ve formátu XML pro naše "
                        "zpravodajské weby.",
                        {
                            "rows": [
                                ["Typ", "IP adresa"],
                                ["produkční", "192.0.2.44"],
                                ["produkční", "192.0.2.45"],
                                ["testovací", "192.0.2.46"],
                            ]
                        },
                        "Kontaktní osoba: Jan Chovanec (pověřen plnou mocí v příloze), "
                        "tel. +420 556 771 402, chovanec@podradhostem.example",
                        "Lenka Mikešová, jednatelka",
                    ],
                },
            ),
            (
                "txt",
                "plna_moc.txt",
                "PLNÁ MOC\n\n"
                f"Nakladatelství Pod Radhoštěm s.r.o., IČO {I34}, zastoupené jednatelkou "
                "Lenkou Mikešovou, zmocňuje pana Jana Chovance, nar. 4. 6. 1988, k jednání "
                "s Českým statistickým úřadem ve věci přístupu k výsledkům voleb.\n\n"
                "V Rožnově pod Radhoštěm dne 10. 9. 2025\n\nLenka Mikešová\n",
            ),
        ],
    },
    {
        "id": "ya035-chatty-many-other-numbers",
        "description": "chatty mail full of other numbers (reference, bank account, postal "
        "code, port, version, date) around one production and one test address",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Olomoucký kurýr, s.r.o.",
            I35,
            None,
            ["203.0.113.150"],
            ["203.0.113.151"],
            "Vít Skála",
            "skala@olkuryr.example",
            "+420604550218",
        ),
        "from": "Vít Skála <skala@olkuryr.example>",
        "subject": "Volby – přístup k XML (naše zn. RED-112/2025)",
        "headers": GMAIL,
        "cte": "base64",
        "body": (
            "Dobrý den,\n\n"
            "po roce zase já :) Naše zn. RED-112/2025 – kdybyste k tomu chtěli fakturu za "
            "cokoli, účet máme 2400123456/2010, ale myslím, že je to zdarma.\n\n"
            "Letos jsme přešli na nový stahovač (verze 1.12.3, tahá to přes HTTPS na port "
            "8443 u nás a ukládá do DB), takže adresy jsou jiné než loni:\n"
            "- ostrý server: 203.0.113.150\n"
            "- testovací: 203.0.113.151\n\n"
            "Testovat bychom chtěli klidně už od 1. 10. 2025, ve volební noc 3.–4. 10. pak "
            "ostrý provoz.\n\n"
            f"Firma: Olomoucký kurýr, s.r.o., Riegrova 12, 779 00 Olomouc, IČO {I35}.\n"
            "Kontakt: já, mobil 604 550 218.\n\n"
            "Díky a ať to letos sype!\nVít Skála\n"
        ),
    },
    {
        "id": "ya036-outlook-html-ano-ne",
        "description": "HTML-only Outlook mail: a table of request types with ANO/NE column "
        "(filming NE), addresses in the running text",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Hradecký magazín s.r.o.",
            I36,
            None,
            ["198.51.100.90"],
            ["198.51.100.91"],
            "Renata Bílková",
            "bilkova@hkmagazin.example",
            "+420495220117",
        ),
        "from": "Bílková Renata <bilkova@hkmagazin.example>",
        "subject": "Žádost – volby 2025 – Hradecký magazín",
        "headers": OUTLOOK,
        "html": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8"></head><body lang="CS"><div class="WordSection1">'
            '<p class="MsoNormal">Dobrý den,</p>'
            f'<p class="MsoNormal">Hradecký magazín s.r.o., IČO {I36}, podává tuto žádost:</p>'
            '<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0">'
            '<tr><td><p class="MsoNormal"><b>Požadavek</b></p></td>'
            '<td><p class="MsoNormal"><b>ano / ne</b></p></td></tr>'
            '<tr><td><p class="MsoNormal">Přístup k výsledkům voleb (XML)</p></td>'
            '<td><p class="MsoNormal">ANO</p></td></tr>'
            '<tr><td><p class="MsoNormal">Povolení k natáčení na sběrném místě</p></td>'
            '<td><p class="MsoNormal">NE</p></td></tr></table>'
            '<p class="MsoNormal">&nbsp;</p>'
            '<p class="MsoNormal">Stahovat budeme z produkční adresy 198.51.100.90, '
            "testovací je 198.51.100.91.</p>"
            '<p class="MsoNormal">Kontakt: Renata Bílková, tel. 495 220 117</p>'
            '<p class="MsoNormal">&nbsp;</p>'
            '<p class="MsoNormal">S pozdravem<br>Renata Bílková<br>vydavatelka</p>'
            "</div></body></html>"
        ),
    },
    {
        "id": "ya037-iphone-written-range",
        "description": "iPhone note, format=flowed with delsp, production as a written range "
        "of four addresses soft-wrapped after the dash, 'test zadny'",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Ceskolipsky zpravodaj s.r.o.",
            I37,
            None,
            ["198.51.100.20", "198.51.100.21", "198.51.100.22", "198.51.100.23"],
            [],
            "Pavel Kyncl",
            "kyncl@clzpravodaj.example",
            "+420775212904",
        ),
        "from": "Pavel Kyncl <kyncl@clzpravodaj.example>",
        "subject": "Zadost xml",
        "headers": IPHONE,
        "flowed": True,
        "delsp": True,
        "body": (
            "Dobry den,\n"
            f"Ceskolipsky zpravodaj s.r.o., ICO {I37}, zada o pristup k vysledkum voleb "
            "v xml.\n"
            "prod rozsah 198.51.100.20 -  \n198.51.100.23\n"
            "test zadny\n"
            "Kontakt Pavel Kyncl 775212904\n\n"
            "Odesláno z iPhonu\n"
        ),
    },
    {
        "id": "ya038-austrian-ipv6-test",
        "description": "Austrian radio writing English with German words, an IPv6 test address "
        "after a slash-separated pair of labels, Vienna landline, no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Donauwelle Hörfunk GmbH",
            None,
            None,
            ["198.51.100.160"],
            ["2001:db8:77::5"],
            "Lukas Hofbauer",
            "hofbauer@donauwelle.example",
            "+4315320448",
        ),
        "from": "Lukas Hofbauer <hofbauer@donauwelle.example>",
        "subject": "Zugang XML Wahlergebnisse / access to election results",
        "headers": APPLE,
        "body": (
            "Dear colleagues,\n\n"
            "Donauwelle Hörfunk GmbH from Vienna would like to apply for access to the "
            "election results (XML). We have no Czech IČO (Firmenbuch FN 412587 t).\n\n"
            "Production (Produktion): 198.51.100.160\n"
            "Test: 2001:db8:77::5 (our test system is IPv6 only)\n\n"
            "Contact: Lukas Hofbauer, +43 1 5320448, hofbauer@donauwelle.example\n\n"
            "Thank you and best regards,\nLukas Hofbauer\nNachrichtenredaktion\n"
        ),
    },
    {
        "id": "ya039-company-footer-box-id",
        "description": "Seznam mail whose company footer carries the IČO with spaces, the DIČ and "
        "the data-box ID next to a court file number",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Kladenské noviny, a.s.",
            I39,
            "q7mn2ab",
            ["192.0.2.180"],
            ["192.0.2.181"],
            "Ondřej Pecka",
            "pecka@kladenskenoviny.example",
            "+420312600741",
        ),
        "from": "Ondřej Pecka <pecka@kladenskenoviny.example>",
        "subject": "přístup k výsledkům voleb",
        "headers": SEZNAM,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\n"
            "žádáme o přístup k výsledkům voleb v XML z adresy 192.0.2.180 (produkce) a "
            "192.0.2.181 (test). Kontaktní osobou jsem já.\n\n"
            "S pozdravem\n"
            "Ondřej Pecka\n"
            "technický redaktor | tel. 312 600 741\n\n"
            "Kladenské noviny, a.s. | nám. Starosty Pavla 2, 272 01 Kladno\n"
            f"IČO: {I39[:3]} {I39[3:5]} {I39[5:]} | DIČ: CZ{I39} | Datová schránka: q7mn2ab\n"
            "Spisová značka B 20417 vedená u Městského soudu v Praze\n"
        ),
    },
    {
        "id": "ya040-contractor-own-ico-client-contact",
        "description": "an IT contractor applies for its client; its own IČO in the signature, "
        "the client's IČO in the text and the client's editor named as the contact",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Zpravodajství Hodonínsko s.r.o.",
            I40,
            None,
            ["203.0.113.240", "203.0.113.241"],
            [],
            "Ludmila Zapletalová",
            "zapletalova@hodoninsko.example",
            "+420518334902",
        ),
        "from": "Tomáš Bureš <bures@netpoint.example>",
        "subject": "Žádost o přístup k XML za klienta Zpravodajství Hodonínsko",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\n"
            "jménem našeho klienta, společnosti Zpravodajství Hodonínsko s.r.o., IČO "
            f"{I40}, žádáme o přístup k výsledkům voleb ve formátu XML. Servery, které pro "
            "klienta spravujeme: 203.0.113.240 a 203.0.113.241, obě produkční. Testovací "
            "prostředí nemají.\n\n"
            "Kontaktní osobou za klienta je paní Ludmila Zapletalová, šéfredaktorka, "
            "zapletalova@hodoninsko.example, tel. 518 334 902. Technické dotazy klidně "
            "na mě.\n\n"
            "S pozdravem\n"
            "Tomáš Bureš\n"
            "NetPoint Solutions s.r.o.\n"
            f"IČO {I40C}, DIČ CZ{I40C}\n"
            "tel. +420 777 145 620\n"
        ),
    },
    {
        "id": "ya041-databox-pdf-declines-filming",
        "description": "data message with a PDF letter that asks for the feed and explicitly "
        "declines filming; the annotation names both topics",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Hanácký rozhlas, s.r.o.",
            I41,
            "d4fa9mt",
            ["192.0.2.120"],
            ["192.0.2.121"],
            "Oldřich Kučera",
            "kucera@hanackyrozhlas.example",
            "+420582345019",
        ),
        "subject": "Volby 2025 – XML výsledky / natáčení",
        "databox": {
            "box": "d4fa9mt",
            "sender": "Hanácký rozhlas, s.r.o.",
            "address": "Palackého 7, 796 01 Prostějov",
        },
        "attachments": [
            (
                "pdf",
                "HR_zadost_volby.pdf",
                [
                    f"Hanácký rozhlas, s.r.o., Palackého 7, 796 01 Prostějov, IČO {I41}",
                    "Věc: Volby 2025 – přístup k výsledkům ve formátu XML",
                    "Žádáme o přístup k výsledkům voleb ve formátu XML z produkční adresy "
                    "192.0.2.120; pro testování použijeme adresu 192.0.2.121.",
                    "O povolení k natáčení na sběrném místě letos nežádáme, zpravodajství "
                    "povedeme ze studia.",
                    "Kontaktní osoba: Ing. Oldřich Kučera, technik vysílání, "
                    "tel. 582 345 019, kucera@hanackyrozhlas.example",
                    "Mgr. Ilona Šustrová, ředitelka",
                ],
            )
        ],
    },
    {
        "id": "ya042-reply-withdraws-filming",
        "description": "the writer replies to her own quoted application, withdraws the filming "
        "request and keeps the feed; the addresses are only in the quoted original",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Plzeňská nedělní s.r.o.",
            I42,
            None,
            ["203.0.113.33"],
            ["203.0.113.34"],
            "Martina Šebestová",
            "sebestova@plzenskanedelni.example",
            "+420737118260",
        ),
        "from": "Martina Šebestová <sebestova@plzenskanedelni.example>",
        "subject": "Re: žádost – XML výsledky a natáčení",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "omlouvám se za zmatek – natáčení na sběrném místě rušíme, štáb ten večer "
            "nakonec mít nebudeme. Přístup k XML výsledkům ale prosím vyřiďte podle "
            "původní žádosti níže.\n\n"
            "Martina Šebestová\n\n"
            "-----Original Message-----\n"
            "From: Martina Šebestová <sebestova@plzenskanedelni.example>\n"
            "Sent: Tuesday, September 9, 2025 3:12 PM\n"
            "To: podatelna@czso.cz\n"
            "Subject: žádost – XML výsledky a natáčení\n\n"
            "Dobrý den,\n"
            f"Plzeňská nedělní s.r.o. (IČO {I42}) žádá:\n"
            "1) o přístup k výsledkům voleb v XML – produkční IP 203.0.113.33, testovací "
            "IP 203.0.113.34\n"
            "2) o povolení natáčet na sběrném místě v Plzni ve volební noc\n"
            "Kontakt: Martina Šebestová, 737 118 260\n"
            "Děkuji, M. Šebestová\n"
        ),
    },
]
