"""Thirty-fourth held-out part ``cc``, cases cc015–cc028: an agency's XLSX of address ranges, a
town's DOCX letter with ano/ne columns and its box ID in the signature, a Slovak freelancer on
IPv6, a forwarded .eml, Austrian German with a block written twice, a checkbox form in HTML, a
Danish RTF, data messages with the application only in an ODT or a DOCX, an English-writing
researcher naming a professor as contact, a phone note with 'resp.', a Hungarian PDF, a typo
corrected in the same mail and a Finnish broadcaster's internal hosts behind NAT. Written by hand
apart from the extraction rules (see make_thirtyfourth_cc); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtyfourth_cc_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    K9,
    OUTLOOK,
    OWA,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I15, I16, I17, I18 = ico("2874105"), ico("0027391"), ico("5218460"), ico("0614283")
I20, I22, I23, I24 = ico("2265018"), ico("2537904"), ico("7140326"), ico("2948170")
I26, I28 = ico("0839461"), ico("0057236")

CASES: list[dict[str, Any]] = [
    {
        "id": "cc015-xlsx-agency-ranges",
        "description": "a photo and data agency sends an XLSX whose rows give ranges as 'od' "
        "and 'do' columns; the contact on a second sheet",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Agentura Mediafakta, s.r.o.",
            I15,
            None,
            ["203.0.113.60", "203.0.113.61", "203.0.113.62"],
            ["203.0.113.70"],
            "Klára Benešová",
            "benesova@mediafakta.example",
            "+420724318056",
        ),
        "from": "Agentura Mediafakta <podpora@mediafakta.example>",
        "subject": "Žádost o přístup k serveru s výsledky – Mediafakta",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\n"
            "v příloze posíláme vyplněnou tabulku s adresami pro přístup k výsledkům "
            "voleb ve formátu XML. Kontaktní osoba je uvedena na druhém listu.\n\n"
            "Děkujeme\n"
            "tým podpory Agentury Mediafakta\n"
        ),
        "attachments": [
            (
                "xlsx",
                "mediafakta_IP_volby2025.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Žadatel", "Agentura Mediafakta, s.r.o.", "", ""],
                            ["IČO", I15, "", ""],
                            ["Účel", "Od", "Do", "Poznámka"],
                            ["produkce", "203.0.113.60", "203.0.113.62", "3 stahovací uzly"],
                            ["test", "203.0.113.70", "203.0.113.70", "jen jedna adresa"],
                        ],
                    },
                    {
                        "title": "Kontakt",
                        "rows": [
                            ["Kontaktní osoba", "Klára Benešová"],
                            ["Funkce", "vedoucí datového týmu"],
                            ["E-mail", "benesova@mediafakta.example"],
                            ["Mobil", "724 318 056"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "cc016-town-docx-ano-ne",
        "description": "a town's press officer attaches a DOCX with ano/ne columns (feed ano, "
        "filming ne) and gives the town's box ID in her signature",
        "style": Style.MUNICIPALITY,
        "labels": L(
            [FEED],
            "Město Brodek nad Jizerou",
            I16,
            "b7rm2kq",
            ["192.0.2.180", "192.0.2.181"],
            [],
            "Simona Jelínková",
            "jelinkova@brodeknj.example",
            "+420481620210",
        ),
        "from": "Bc. Simona Jelínková <jelinkova@brodeknj.example>",
        "subject": "Žádost města Brodek nad Jizerou – výsledky voleb XML",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "v příloze zasílám žádost města o přístup k výsledkům voleb pro městský "
            "zpravodajský portál a infokanál.\n\n"
            "S pozdravem\n"
            "Bc. Simona Jelínková\n"
            "tisková mluvčí\n"
            "Město Brodek nad Jizerou | Masarykovo nám. 1, 512 45 Brodek nad Jizerou\n"
            "tel. +420 481 620 210 | ústředna 481 620 100\n"
            "ID datové schránky: b7rm2kq\n"
        ),
        "attachments": [
            (
                "docx",
                "zadost_mesto_Brodek.docx",
                {
                    "header": "Město Brodek nad Jizerou – Městský úřad",
                    "blocks": [
                        "Věc: Žádost o přístup k výsledkům voleb",
                        f"Žadatel: Město Brodek nad Jizerou, IČO {I16}",
                        {
                            "rows": [
                                ["Požadavek", "ano / ne"],
                                ["Přístup k výsledkům ve formátu XML", "ano"],
                                ["Povolení k natáčení na sběrném místě", "ne"],
                            ]
                        },
                        {
                            "rows": [
                                ["Adresy", "IP"],
                                ["Produkční", "192.0.2.180, 192.0.2.181"],
                                ["Testovací", "—"],
                            ]
                        },
                        "Kontaktní osoba: Bc. Simona Jelínková, tisková mluvčí, "
                        "+420 481 620 210, jelinkova@brodeknj.example",
                        "Ing. Radek Novotný, starosta",
                    ],
                    "footer": f"IČO {I16} | www.brodeknj.example",
                },
            )
        ],
    },
    {
        "id": "cc017-slovak-freelancer-ipv6",
        "description": "a Slovak one-man outlet (name and trade name joined by a dash) asks for "
        "both in Slovak, IPv6 production and test, format=flowed, a Slovak mobile without +421",
        "style": Style.FREELANCER,
        "labels": L(
            [FEED, FILM],
            "Peter Ďurica – Ďurica Media",
            I17,
            None,
            ["2001:db8:77::5"],
            ["2001:db8:77::6"],
            "Peter Ďurica",
            "peter@duricamedia.example",
            "+421905312448",
        ),
        "from": "Peter Ďurica <peter@duricamedia.example>",
        "subject": "ziadost XML + natacanie",
        "headers": K9,
        "flowed": True,
        "body": (
            "Dobrý deň,\n\n"
            "som živnostník (Peter Ďurica – Ďurica Media, IČO "
            f"{I17}) a robím spravodajský web o Záhorí a o voľbách u \n"
            "susedov. Prosím o dve veci:\n\n"
            "a) prístup k XML výsledkom – produkčná adresa 2001:db8:77::5, testovacia \n"
            "2001:db8:77::6 (IPv4 nemám, iba IPv6)\n"
            "b) povolenie natáčať na zbernom mieste v Hodoníne vo volebnú noc\n\n"
            "Telefón 0905 312 448.\n\n"
            "Ďakujem, Peter Ďurica\n"
        ),
    },
    {
        "id": "cc018-forwarded-eml-from-editor",
        "description": "an office manager forwards the editor-in-chief's mail as an attached "
        ".eml; the application and its contact are in the attached message",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Zprávy z Poohří s.r.o.",
            I18,
            None,
            ["198.51.100.110", "198.51.100.111"],
            ["198.51.100.119"],
            "Radek Pokorný",
            "pokorny@zpravyzpoohri.example",
            "+420777402913",
        ),
        "from": "Jitka Malá <asistentka@zpravyzpoohri.example>",
        "subject": "Fwd: žádost o XML výsledky",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            "přeposílám žádost našeho šéfredaktora, který je do konce týdne na cestách. "
            "Odpovídejte prosím přímo jemu.\n\n"
            "Jitka Malá\n"
            "asistentka vedení, Zprávy z Poohří\n"
            "tel. 415 210 300\n"
        ),
        "attachments": [
            (
                "eml",
                "zadost_XML.eml",
                {
                    "id": "cc018-inner",
                    "from": "Radek Pokorný <pokorny@zpravyzpoohri.example>",
                    "to": "asistentka@zpravyzpoohri.example",
                    "subject": "žádost o XML výsledky",
                    "body": (
                        "Jitko, pošli to prosím na ČSÚ, díky.\n\n"
                        "---\n"
                        "Žádost o přístup k výsledkům voleb ve formátu XML\n\n"
                        f"Zprávy z Poohří s.r.o., IČO {I18}, Žatec\n"
                        "produkční IP: 198.51.100.110, 198.51.100.111\n"
                        "testovací IP: 198.51.100.119\n"
                        "kontaktní osoba: Radek Pokorný, šéfredaktor, 777 402 913, "
                        "pokorny@zpravyzpoohri.example\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "cc019-austrian-block-written-twice",
        "description": "an Austrian publisher in German writes one production block both as "
        "CIDR and with its netmask (four addresses once), and a test address",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Waldviertler Rundschau Verlags-GmbH",
            None,
            None,
            ["198.51.100.32", "198.51.100.33", "198.51.100.34", "198.51.100.35"],
            ["198.51.100.40"],
            "Sabine Hörmann",
            "hoermann@wv-rundschau.example",
            "+43282253411",
        ),
        "from": "Sabine Hörmann <hoermann@wv-rundschau.example>",
        "subject": "Zugang XML-Wahlergebnisse – Waldviertler Rundschau",
        "headers": OUTLOOK,
        "body": (
            "Grüß Gott,\n\n"
            "die Waldviertler Rundschau Verlags-GmbH (FN 112233 k, Zwettl) ersucht um "
            "Freischaltung für Ihre XML-Wahlergebnisse.\n\n"
            "Produktion: 198.51.100.32/30 (also 198.51.100.32 mit Subnetzmaske "
            "255.255.255.252)\n"
            "Test: 198.51.100.40\n\n"
            "Ansprechpartnerin: Mag. Sabine Hörmann, Tel. +43 2822 53 4 11, "
            "hoermann@wv-rundschau.example\n\n"
            "Mit besten Grüßen aus dem Waldviertel\n"
            "Sabine Hörmann\n"
        ),
    },
    {
        "id": "cc020-html-checkbox-form",
        "description": "an HTML-only webmail form: ☒ feed, ☐ filming, and an address table "
        "with the roles in its column headers",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Rádio Podlesí, z. s.",
            I20,
            None,
            ["203.0.113.160", "203.0.113.161"],
            ["203.0.113.165"],
            "Aleš Kučera",
            "kucera@radiopodlesi.example",
            "+420603448172",
        ),
        "from": "Aleš Kučera <kucera@radiopodlesi.example>",
        "subject": "Formulář – žádost o přístup (Rádio Podlesí)",
        "headers": GMAIL,
        "html": (
            '<div dir="ltr"><p>Dobrý den, posílám vyplněný formulář.</p>'
            "<p><b>Žadatel:</b> Rádio Podlesí, z. s.<br><b>IČO:</b> "
            f"{I20}<br><b>Sídlo:</b> Lesní 4, 783 21 Chudobín</p>"
            "<p><b>Žádám o:</b><br>☒ přístup k výsledkům voleb (XML)<br>"
            "☐ povolení k pořizování záznamu na sběrném místě</p>"
            '<table border="1" cellpadding="4" style="border-collapse:collapse">'
            "<tr><th>Produkční IP</th><th>Testovací IP</th></tr>"
            "<tr><td>203.0.113.160</td><td>203.0.113.165</td></tr>"
            "<tr><td>203.0.113.161</td><td></td></tr></table>"
            "<p><b>Kontaktní osoba:</b> Aleš Kučera<br><b>Telefon:</b> 603&nbsp;448&nbsp;172"
            "<br><b>E-mail:</b> kucera@radiopodlesi.example</p>"
            "<p>--<br>Aleš Kučera<br>Rádio Podlesí – komunitní rádio Litovelska</p></div>"
        ),
    },
    {
        "id": "cc021-danish-rtf-range-til",
        "description": "a Danish agency's short English mail with an RTF in Danish: a range "
        "'til' (to), no test address",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Nordlys Pressebureau ApS",
            None,
            None,
            ["192.0.2.240", "192.0.2.241", "192.0.2.242", "192.0.2.243"],
            [],
            "Mette Kjær Jensen",
            "mkj@nordlys-presse.example",
            "+4533124578",
        ),
        "from": "Mette Kjær Jensen <mkj@nordlys-presse.example>",
        "subject": "Application XML results access",
        "headers": TBIRD,
        "body": (
            "Dear Sir or Madam,\n\n"
            "please find our application attached (in Danish, I hope that is acceptable – "
            "the addresses and names are the important part).\n\n"
            "Best regards\n"
            "Mette Kjær Jensen\n"
        ),
        "attachments": [
            (
                "rtf",
                "ansoegning_CSU.rtf",
                [
                    "Nordlys Pressebureau ApS\nCVR-nr. 38 11 42 57\nVesterbrogade 88, "
                    "1620 København V",
                    "Ansøgning om adgang til valgresultater i XML-format",
                    "Vi ansøger om adgang fra følgende IP-adresser:",
                    [
                        ["Formål", "IP-adresser"],
                        ["Produktion", "192.0.2.240 til 192.0.2.243"],
                        ["Test", "ingen – vi tester fra produktion"],
                    ],
                    "Kontaktperson: Mette Kjær Jensen, redaktør, tlf. +45 33 12 45 78, "
                    "mkj@nordlys-presse.example",
                ],
            )
        ],
    },
    {
        "id": "cc022-databox-odt-only",
        "description": "a publisher's data message whose annotation says only 'Žádost'; the "
        "ODT letter holds everything and prints the office's box and IČO",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Vydavatelství Krkonošský kurýr, a.s.",
            I22,
            "kk8r3vp",
            ["203.0.113.100"],
            ["203.0.113.101"],
            "Hynek Pospíšil",
            "pospisil@krkonossky-kuryr.example",
            "+420499733120",
        ),
        "subject": "Žádost",
        "databox": {
            "box": "kk8r3vp",
            "sender": "Vydavatelství Krkonošský kurýr, a.s.",
            "address": "Horská 311, 543 01 Vrchlabí",
        },
        "attachments": [
            (
                "odt",
                "zadost_kuryr.odt",
                [
                    "Vydavatelství Krkonošský kurýr, a.s., Horská 311, 543 01 Vrchlabí",
                    "Český statistický úřad, Na padesátém 81, 100 82 Praha 10 "
                    "(IČO 00025593, datová schránka 2gfaasy)",
                    "Věc: žádost o přístup k výsledkům voleb ve formátu XML",
                    f"Vydavatelství Krkonošský kurýr, a.s., IČO {I22}, žádá o zřízení "
                    "přístupu pro tyto adresy:",
                    [
                        ["Role", "Adresa"],
                        ["produkční", "203.0.113.100"],
                        ["testovací", "203.0.113.101"],
                    ],
                    "Kontaktní osoba: Hynek Pospíšil, vedoucí online vydání, "
                    "tel. 499 733 120, pospisil@krkonossky-kuryr.example",
                    "Ve Vrchlabí 11. 9. 2025, Ing. Marta Zemanová, předsedkyně představenstva",
                ],
            )
        ],
    },
    {
        "id": "cc023-researcher-english-professor-contact",
        "description": "a postdoc writes English for a university institute and names the "
        "professor as contact; a lab test machine in use until the end of September",
        "style": Style.UNIVERSITY,
        "labels": L(
            [FEED],
            "Středočeská univerzita v Kladně",
            I23,
            None,
            ["198.51.100.150"],
            ["198.51.100.151"],
            "Jiří Beneš",
            "jiri.benes@scu-kladno.example",
            "+420312608441",
        ),
        "from": "Aisha Raman <aisha.raman@scu-kladno.example>",
        "subject": "XML results access for a research project (Středočeská univerzita)",
        "headers": OWA,
        "body": (
            "Dear colleagues,\n\n"
            "I am a postdoctoral researcher at the Institute for Electoral Research of "
            "Středočeská univerzita v Kladně (university ID / IČO "
            f"{I23}). For our project on\n"
            "turnout dynamics we would like to download the results in XML during the "
            "count.\n\n"
            "Our collection server is 198.51.100.150. For testing we will use the lab "
            "machine\n"
            "198.51.100.151 - it is only temporary (it will be decommissioned at the end "
            "of\n"
            "September), but it is the one we test from until then.\n\n"
            "Please list prof. Jiří Beneš, head of the institute, as the contact person:\n"
            "jiri.benes@scu-kladno.example, +420 312 608 441. I am happy to answer any "
            "technical\n"
            "questions myself (ext. 447).\n\n"
            "Kind regards,\n"
            "Aisha Raman, PhD\n"
            "Institute for Electoral Research, Středočeská univerzita v Kladně\n"
        ),
    },
    {
        "id": "cc024-phone-note-resp",
        "description": "a note typed on a phone: roles by 'resp.', no diacritics, IČ written "
        "with spaces",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Brnensky Metropol s.r.o.",
            I24,
            None,
            ["203.0.113.11"],
            ["203.0.113.12"],
            "Filip Dvorak",
            "dvorak@brnenskymetropol.example",
            "+420606731284",
        ),
        "from": "Filip Dvorak <dvorak@brnenskymetropol.example>",
        "subject": "pristup xml",
        "headers": IPHONE,
        "cte": "8bit",
        "body": (
            "Dobry den, prosime o pristup k xml vysledkum. adresy 203.0.113.11 a "
            "203.0.113.12 – produkce resp. test.\n"
            f"Brnensky Metropol s.r.o., IC {I24[:4]} {I24[4:]}\n"
            "Filip Dvorak, 606 731 284\n\n"
            "Odesláno z iPhonu\n"
        ),
    },
    {
        "id": "cc025-hungarian-pdf-eles-teszt",
        "description": "a Hungarian agency's PDF in Hungarian: éles (live) and teszt columns "
        "with wrapped cells, a contact name in Hungarian order",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Pannon Hírügynökség Zrt.",
            None,
            None,
            ["192.0.2.210", "192.0.2.211"],
            ["192.0.2.219"],
            "Kovács Dóra",
            "kovacs.dora@pannonhir.example",
            "+3614882210",
        ),
        "from": "Kovács Dóra <kovacs.dora@pannonhir.example>",
        "subject": "Kérelem / application – XML access",
        "headers": APPLE,
        "body": (
            "Dear Sir or Madam,\n\n"
            "attached is our application for the XML election results, signed by our CEO.\n\n"
            "Üdvözlettel / Best regards\n"
            "Kovács Dóra\n"
        ),
        "attachments": [
            (
                "pdf",
                "kerelem_CSU_2025.pdf",
                [
                    "Pannon Hírügynökség Zrt.\n1075 Budapest, Károly krt. 3.\n"
                    "Cégjegyzékszám: 01-10-047712",
                    "Tárgy: Kérelem hozzáférésre a választási eredmények XML szerveréhez",
                    "Kérjük a hozzáférés engedélyezését az alábbi IP-címekről:",
                    {
                        "rows": [
                            ["Éles szerver (production)", "Teszt szerver"],
                            ["192.0.2.210, 192.0.2.211 (két csomópont)", "192.0.2.219"],
                        ],
                        "widths": [110, 90],
                    },
                    "Kapcsolattartó: Kovács Dóra, online főszerkesztő-helyettes, "
                    "+36 1 488 2210, kovacs.dora@pannonhir.example",
                    "Budapest, 2025. szeptember 10.\nSzabó Gergely, vezérigazgató",
                ],
            )
        ],
    },
    {
        "id": "cc026-typo-corrected-windows-1250",
        "description": "a mail in windows-1250, 8bit, corrects a transposed address in its "
        "last lines; no test address",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Jihočeská obrazová agentura s.r.o.",
            I26,
            None,
            ["192.0.2.57", "192.0.2.58"],
            [],
            "Michal Řehoř",
            "rehor@jcoa.example",
            "+420387440913",
        ),
        "from": "Michal Řehoř <rehor@jcoa.example>",
        "subject": "Přístup k výsledkům voleb XML – JČOA",
        "headers": SEZNAM,
        "charset": "windows-1250",
        "cte": "8bit",
        "body": (
            "Dobrý den,\n\n"
            f"Jihočeská obrazová agentura s.r.o., IČO {I26}, žádá o přístup k výsledkům "
            "voleb ve formátu XML z adres 192.0.2.57 a 192.0.2.85. Testovací adresu "
            "nemáme.\n\n"
            "Kontakt: Michal Řehoř, 387 440 913\n\n"
            "Oprava: ve druhé adrese jsem přehodil číslice, správně je 192.0.2.58, "
            "ne 192.0.2.85.\n\n"
            "Řehoř\n"
        ),
    },
    {
        "id": "cc027-finnish-internal-hosts-nat",
        "description": "a Finnish broadcaster in English names internal host names and private "
        "addresses behind NAT; the public production and staging addresses count",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Pohjola Uutiset Oy",
            None,
            None,
            ["203.0.113.180"],
            ["203.0.113.181"],
            "Antti Virtanen",
            "antti.virtanen@pohjolauutiset.example",
            "+358401234567",
        ),
        "from": "Antti Virtanen <antti.virtanen@pohjolauutiset.example>",
        "subject": "Request: XML election data access (Pohjola Uutiset)",
        "headers": OUTLOOK,
        "body": (
            "Hello,\n\n"
            "Pohjola Uutiset Oy (Business ID 2345678-9, Helsinki) requests access to the "
            "XML results service for the Czech elections.\n\n"
            "Our fetchers fetch-01.int (10.4.2.11) and fetch-02.int (10.4.2.12) are "
            "internal and leave the network through NAT:\n"
            "  - production egress: 203.0.113.180\n"
            "  - staging egress (for tests): 203.0.113.181\n"
            "Please whitelist only the two public egress addresses.\n\n"
            "Contact person: Antti Virtanen, +358 40 123 4567\n\n"
            "Ystävällisin terveisin / Best regards,\n"
            "Antti Virtanen\n"
            "Lead Developer, Pohjola Uutiset\n"
        ),
    },
    {
        "id": "cc028-databox-municipality-film-only",
        "description": "a village's data message asks only to film at the collection point, "
        "the DOCX says the XML data are not requested; the chronicler is the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Obec Lipová Lhota",
            I28,
            "ll5x9wa",
            [],
            [],
            "Kamil Vaněk",
            None,
            "+420724118390",
        ),
        "subject": "Žádost o povolení natáčení na sběrném místě ČSÚ v Pardubicích",
        "databox": {
            "box": "ll5x9wa",
            "sender": "Obec Lipová Lhota",
            "address": "Lipová Lhota 12, 538 21 Slatiňany",
            "type": 10,
        },
        "attachments": [
            (
                "docx",
                "zadost_natáčení.docx",
                {
                    "blocks": [
                        f"Obec Lipová Lhota, Lipová Lhota 12, 538 21 Slatiňany, IČO {I28}",
                        "Věc: Žádost o povolení pořízení videozáznamu",
                        "Obec Lipová Lhota připravuje k 700. výročí obce dokumentární film "
                        "a prosí o povolení natáčet na sběrném místě Českého statistického "
                        "úřadu v Pardubicích ve volební noc (cca 30 minut, 2 osoby).",
                        "O přístup k datům ve formátu XML nežádáme.",
                        "Kontaktní osoba: Kamil Vaněk, kronikář obce, tel. 724 118 390.",
                        "Jana Kroupová, starostka obce",
                    ],
                },
            )
        ],
    },
]
