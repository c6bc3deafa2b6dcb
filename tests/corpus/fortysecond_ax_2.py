"""Forty-second held-out part ``ax``, cases ax015–ax028: an Austrian broadcaster's replaced
server, a Polish agency's ODT form, a town's television in iso-8859-2, an institute's reply that
refers to its quoted original, a terse data message with a power of attorney, a long PDF letter
from a student newsroom, a Hungarian name in capitals, a declined feed in a Gmail HTML mail, a
contractor's forward as an attached message, an IPv6 correction, a municipality's RTF letter, an
S/MIME-signed agency mail, a Norwegian temporary host and an internal address left out. Written by
hand apart from the extraction rules (see make_fortysecond_ax); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortysecond_ax_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    K9,
    MAC_OUTLOOK,
    OUTLOOK,
    ROUNDCUBE,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I17, I18, I19, I20 = ico("0024513"), ico("0782219"), ico("2140875"), ico("6198330")
I22, I23, I24, I25 = ico("8861240"), ico("2570318"), ico("0931287"), ico("0027419")
I26, I28 = ico("2615497"), ico("0544370")

CASES: list[dict[str, Any]] = [
    {
        "id": "ax015-austrian-replaced-server",
        "description": "Austrian broadcaster in German: the old server is being switched off and "
        "replaced, no test address ('keine')",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Salzkammer Rundfunk GmbH",
            None,
            None,
            ["203.0.113.85"],
            [],
            "Florian Hasenöhrl",
            "hasenoehrl@salzkammer-rundfunk.example",
            "+436642187730",
        ),
        "from": "Florian Hasenöhrl <hasenoehrl@salzkammer-rundfunk.example>",
        "subject": "Zugang XML-Wahlergebnisse - Serverwechsel",
        "headers": APPLE,
        "cte": "8bit",
        "body": (
            "Grüß Gott,\n\n"
            "wie bei den letzten Wahlen bitten wir für die Salzkammer Rundfunk GmbH um "
            "Zugang zu den XML-Ergebnissen.\n\n"
            "Achtung, Änderung: unser bisheriger Server 203.0.113.80 wird Ende September "
            "abgeschaltet und ist durch 203.0.113.85 ersetzt. Bitte nur noch die neue "
            "Adresse freischalten.\n"
            "Test-IP: keine\n\n"
            "Bei Fragen: Florian Hasenöhrl, +43 664 2187730\n\n"
            "Schöne Grüße aus Bad Ischl\nFlorian Hasenöhrl\nTechnik / IT\n"
        ),
    },
    {
        "id": "ax016-polish-agency-odt-form",
        "description": "Polish agency fills the Czech form as ODT: ticked feed box, unticked "
        "filming box, Polish labels added in brackets",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Agencja Informacyjna Śląsk Sp. z o.o.",
            None,
            None,
            ["198.51.100.120"],
            ["198.51.100.121"],
            "Krzysztof Mazur",
            "k.mazur@ais-katowice.example",
            "+48322504118",
        ),
        "from": "Krzysztof Mazur <k.mazur@ais-katowice.example>",
        "subject": "Formularz / formulář - přístup XML",
        "headers": TBIRD,
        "body": (
            "Dzień dobry,\n\nw załączniku przesyłam wypełniony formularz.\n\n"
            "Pozdrawiam\nKrzysztof Mazur\nAIS Katowice\n"
        ),
        "attachments": [
            (
                "odt",
                "formular_AIS.odt",
                [
                    "ŽÁDOST MÉDIA – VOLBY (wniosek mediów)",
                    [
                        ["Žadatel (wnioskodawca)", "Agencja Informacyjna Śląsk Sp. z o.o."],
                        ["IČO", "— (firma polska, NIP 634-281-07-55)"],
                        ["[X] přístup k XML výsledkům", "[ ] povolení k natáčení"],
                        ["Produkční IP (produkcyjny)", "198.51.100.120"],
                        ["Testovací IP (testowy)", "198.51.100.121"],
                        ["Kontaktní osoba", "Krzysztof Mazur"],
                        ["Telefon", "+48 32 250 41 18"],
                        ["E-mail", "k.mazur@ais-katowice.example"],
                    ],
                    "Katowice, 11.09.2025",
                ],
            )
        ],
    },
    {
        "id": "ax017-town-tv-iso-8859-2",
        "description": "a town's own television in iso-8859-2 asks for both; the sender forwards "
        "the contact to a named colleague with her own mobile",
        "style": Style.MUNICIPAL,
        "labels": L(
            [FEED, FILM],
            "Město Třebenice nad Ohří",
            I17,
            None,
            ["192.0.2.150"],
            ["192.0.2.151"],
            "Dana Vondráčková",
            "vondrackova@trebenice.example",
            "+420731228604",
        ),
        "from": "Miroslav Beneš <benes@trebenice.example>",
        "subject": "Televize Třebenice - volby - XML a natáčení",
        "headers": ZIMBRA,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\n"
            f"Město Třebenice nad Ohří (IČO {I17}) provozuje místní kabelovou televizi a "
            "informační obrazovky. Pro volby žádáme:\n"
            "- o přístup k výsledkům ve formátu XML: produkce 192.0.2.150, test 192.0.2.151,\n"
            "- o povolení natáčet reportáž na sběrném místě v Lounech.\n\n"
            "Kontaktní osobou pro obojí bude Ing. Dana Vondráčková z odboru vnitřních věcí, "
            "mobil 731 228 604, vondrackova@trebenice.example.\n\n"
            "S pozdravem\nMiroslav Beneš\nvedoucí odboru vnitřních věcí\n"
            "tel. 415 690 211\n"
        ),
    },
    {
        "id": "ax018-institute-reply-quoted-original",
        "description": "an institute answers the office's request for a test address; the "
        "production address is only in its own quoted original, the office's text in between",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Institut pro volební analýzy, z. ú.",
            I18,
            None,
            ["198.51.100.88"],
            ["198.51.100.89"],
            "Ondřej Pilát",
            "pilat@ipva.example",
            "+420224310872",
        ),
        "from": "Ondřej Pilát <pilat@ipva.example>",
        "subject": "Re: Re: žádost o přístup k XML - doplnění",
        "headers": TBIRD,
        "flowed": True,
        "body": (
            "Dobrý den,\n\n"
            "doplňuji: testovací adresa bude 198.51.100.89. Produkční zůstává, jak jsem "
            "psal v původní žádosti níže.\n\n"
            "Ondřej Pilát\n\n"
            "Dne 12. 9. 2025 v 9:02 podatelna napsal(a):\n"
            "> Dobrý den,\n"
            "> děkujeme za žádost. Prosíme o doplnění testovací IP adresy, případně\n"
            "> potvrzení, že ji nepožadujete. Dotazy: tel. 274 052 733.\n"
            "> Český statistický úřad, IČO 00025593, ID DS 2gfaasy\n"
            ">\n"
            "> Dne 11. 9. 2025 v 16:40 Ondřej Pilát napsal(a):\n"
            ">> Dobrý den,\n"
            f">> Institut pro volební analýzy, z. ú. (IČO {I18}) žádá o přístup k XML\n"
            ">> výsledkům voleb. Produkční IP: 198.51.100.88.\n"
            ">> Kontakt: Ondřej Pilát, tel. 224 310 872\n"
        ),
    },
    {
        "id": "ax019-terse-databox-power-of-attorney",
        "description": "one-line annotation of a data message without diacritics names the "
        "contact by surname; his full name is in the attached power of attorney",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Pech Media s.r.o.",
            I19,
            "w2c9hn4",
            ["198.51.100.77"],
            ["198.51.100.78"],
            "Adam Tolar",
            None,
            "+420731220904",
        ),
        "from": "Pech Media <info@pechmedia.example>",
        "subject": "Zadost XML volby - prod 198.51.100.77, test 198.51.100.78, kontakt p. Tolar "
        "(zmocnenec, viz plna moc) 731 220 904",
        "databox": {
            "box": "w2c9hn4",
            "sender": "Pech Media s.r.o.",
            "address": "Palackého 7, 301 00 Plzeň",
        },
        "attachments": [
            (
                "txt",
                "plna_moc.txt",
                "PLNÁ MOC\n\n"
                f"Společnost Pech Media s.r.o., IČO {I19}, zastoupená jednatelkou Michaelou "
                "Veselou, zmocňuje pana Adama Tolara, nar. 4. 3. 1991, k jednání s Českým "
                "statistickým úřadem ve věci přístupu k výsledkům voleb.\n\n"
                "V Plzni dne 8. 9. 2025\nMichaela Veselá, jednatelka\n",
            )
        ],
    },
    {
        "id": "ax020-student-newsroom-long-pdf-letter",
        "description": "long PDF letter from a university's student newsroom with grant and "
        "postal numbers, a wrapped table cell giving two production addresses",
        "style": Style.INSTITUTION,
        "labels": L(
            [FEED, FILM],
            "Slezská univerzita v Opavě",
            I20,
            None,
            ["192.0.2.171", "192.0.2.172"],
            ["192.0.2.179"],
            "Jakub Řezníček",
            "reznicek@studio.slu-opava.example",
            "+420553684117",
        ),
        "from": "Jakub Řezníček <reznicek@studio.slu-opava.example>",
        "subject": "Žádost Studentského studia SU – volby 2025",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nv příloze posílám podepsanou žádost (PDF). Děkuji.\n\n"
            "Jakub Řezníček\nStudentské studio SU\n"
        ),
        "attachments": [
            (
                "pdf",
                "zadost_studio_SU.pdf",
                [
                    "Slezská univerzita v Opavě\nFilozoficko-přírodovědecká fakulta\n"
                    "Studentské studio SU\nMasarykova třída 37, 746 01 Opava",
                    "Český statistický úřad\nNa padesátém 81, 100 82 Praha 10",
                    "V Opavě 9. 9. 2025",
                    "Věc: Žádost o přístup k výsledkům voleb a o povolení natáčení",
                    "Vážené dámy, vážení pánové,",
                    "Studentské studio naší fakulty již od roku 2017 připravuje volební "
                    "vysílání. Projekt je podpořen z grantu SGF/14/2025 ve výši 85 000 Kč a "
                    "vysílá na webu i na kabelovém kanálu Opava (kanál 412). Studenti si tím "
                    "plní praxi v rozsahu 6 kreditů.",
                    "Žádáme Vás proto o přístup k průběžným výsledkům voleb ve formátu XML a "
                    "rovněž o povolení natáčet krátké vstupy na krajském sběrném místě v "
                    "Ostravě. Natáčet budou dva studenti s kamerou Sony PXW-Z190.",
                    {
                        "rows": [
                            ["Účel", "IP adresa", "Poznámka"],
                            [
                                "Produkční servery (vysílací a webový)",
                                "192.0.2.171, 192.0.2.172",
                                "oba ve fakultní síti 192.0.2.160/27",
                            ],
                            ["Testovací server", "192.0.2.179", "virtuál, jen do 30. 9."],
                        ],
                        "widths": [130, 110, 150],
                    },
                    f"Žadatel: Slezská univerzita v Opavě, IČO {I20}, Na Rybníčku 626/1, "
                    "746 01 Opava.",
                    "Kontaktní osoba: Mgr. Jakub Řezníček, koordinátor studia, "
                    "tel. 553 684 117, reznicek@studio.slu-opava.example",
                    "S úctou\n\nprof. Ing. Hana Lichnovská, CSc.\nděkanka fakulty",
                ],
            )
        ],
    },
    {
        "id": "ax021-hungarian-capitals-range-ipv6-test",
        "description": "Hungarian agency in English via Roundcube: contact in capitals surname "
        "first, production as a written range, IPv6 test",
        "style": Style.AGENCY,
        "labels": L(
            [FEED],
            "Pannon Sajtóügynökség Zrt.",
            None,
            None,
            ["203.0.113.100", "203.0.113.101", "203.0.113.102", "203.0.113.103"],
            ["2001:db8:b0::7"],
            "Nagy Boglárka",
            "nagy.boglarka@pannonsajto.example",
            "+3614882037",
        ),
        "from": "Pannon Sajtóügynökség <hirek@pannonsajto.example>",
        "subject": "Request - XML results access (Pannon Sajtóügynökség Zrt.)",
        "headers": ROUNDCUBE,
        "body": (
            "Dear Colleagues,\n\n"
            "Pannon Sajtóügynökség Zrt. (Hungarian press agency, Budapest) requests access "
            "to the election results in XML.\n\n"
            "Production: 203.0.113.100 to 203.0.113.103\n"
            "Test: 2001:db8:b0::7\n\n"
            "Contact person: NAGY Boglárka, IT desk, +36 1 488 2037, "
            "nagy.boglarka@pannonsajto.example\n\n"
            "Üdvözlettel / Best regards,\nPannon Sajtóügynökség - hírszerkesztőség\n"
        ),
    },
    {
        "id": "ax022-podcast-gmail-html-feed-declined",
        "description": "a podcaster's Gmail multipart/alternative mail: recording only, the feed "
        "answered 'ne'; trade name joined by a dash",
        "style": Style.FREELANCE,
        "labels": L(
            [FILM],
            "Alžběta Krausová – Zvukovna Kraus",
            I22,
            None,
            [],
            [],
            "Alžběta Krausová",
            "alzbeta@zvukovna-kraus.example",
            "+420739805162",
        ),
        "from": "Alžběta Krausová <alzbeta@zvukovna-kraus.example>",
        "subject": "Nahrávání zvuku na sběrném místě",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "dělám podcast o komunální politice a ráda bych nahrála zvuk (rozhovory, "
            "atmosféru) na sběrném místě v Hradci Králové ve volební noci. Fakturuji jako "
            f"Alžběta Krausová – Zvukovna Kraus, IČO {I22}.\n\n"
            "Nahrávání zvuku: ano\nPřístup k XML: ne\n\n"
            "Tel. 739 805 162\n\nDíky,\nAlžběta Krausová\n"
        ),
        "html": (
            '<div dir="ltr"><div>Dobrý den,</div><div><br></div>'
            "<div>dělám podcast o komunální politice a ráda bych nahrála zvuk (rozhovory, "
            "atmosféru) na sběrném místě v Hradci Králové ve volební noci. Fakturuji jako "
            f"Alžběta Krausová – Zvukovna Kraus, IČO {I22}.</div><div><br></div>"
            "<div><b>Nahrávání zvuku:</b> ano<br><b>Přístup k XML:</b> ne</div>"
            "<div><br></div><div>Tel. 739 805 162</div><div><br></div>"
            "<div>Díky,</div><div>Alžběta Krausová</div></div>"
        ),
    },
    {
        "id": "ax023-contractor-forwards-eml",
        "description": "a hosting contractor forwards the editor's original as an attached "
        "message and adds the addresses; the editor stays the contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Vydavatelství Krkonošský kurýr s.r.o.",
            I23,
            None,
            ["198.51.100.150", "198.51.100.151"],
            ["198.51.100.160"],
            "Filip Šebesta",
            "sebesta@krkonosskykuryr.example",
            "+420603771290",
        ),
        "from": "Hosting Vrchlabí <podpora@hosting-vrchlabi.example>",
        "subject": "Fwd: žádost Krkonošský kurýr - doplněné IP",
        "headers": K9,
        "body": (
            "Dobrý den,\n\n"
            "jsme správci serverů Krkonošského kurýru. Pan Šebesta nás požádal o doplnění "
            "adres k jeho žádosti (přeposlaná zpráva v příloze):\n\n"
            "produkční: 198.51.100.150, 198.51.100.151\n"
            "testovací: 198.51.100.160\n\n"
            "Kontaktní osoba zůstává pan Šebesta, viz přeposlaná zpráva. Na nás jen "
            "technické dotazy (podpora, 499 100 200).\n\n"
            "Hosting Vrchlabí, Tereza Novotná\n"
        ),
        "attachments": [
            (
                "eml",
                "zadost_kuryr.eml",
                {
                    "id": "ax023-inner",
                    "from": "Filip Šebesta <sebesta@krkonosskykuryr.example>",
                    "to": "podpora@hosting-vrchlabi.example",
                    "subject": "žádost na ČSÚ",
                    "body": (
                        "Ahoj,\n\nprosím pošlete na ČSÚ naši žádost o XML výsledky voleb, "
                        "adresy doplňte vy, já je nevím.\n\n"
                        "Žadatel: Vydavatelství Krkonošský kurýr s.r.o., IČO "
                        f"{I23}\nKontakt: Filip Šebesta, šéfredaktor, 603 771 290\n\n"
                        "Díky, Filip\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "ax024-ipv6-typo-correction",
        "description": "a tech site gives IPv4 and IPv6 production addresses, corrects the IPv6 "
        "one further down, and tests from production",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Bajtovník s.r.o.",
            I24,
            None,
            ["192.0.2.30", "2001:db8:12::3a"],
            [],
            "Vojtěch Hrubý",
            "hruby@bajtovnik.example",
            "+420604227915",
        ),
        "from": "Vojtěch Hrubý <hruby@bajtovnik.example>",
        "subject": "XML vysledky - Bajtovnik",
        "headers": K9,
        "body": (
            "Dobrý den,\n\n"
            f"Bajtovník s.r.o. (IČO {I24}) žádá o přístup k XML výsledkům.\n"
            "Produkce: 192.0.2.30 a 2001:db8:12::30\n"
            "Test zvlášť nemáme, testovat budeme na produkci.\n\n"
            "Oprava: ta IPv6 je překlep, správně 2001:db8:12::3a (ne ::30).\n\n"
            "Vojtěch Hrubý, 604 227 915\n"
        ),
    },
    {
        "id": "ax025-databox-rtf-municipality-film",
        "description": "a municipality's data message with an RTF letter asking to film for the "
        "town chronicle; its ano/ne table says no to the XML feed",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Obec Stará Paka u Jičína",
            I25,
            "b7qn3xe",
            [],
            [],
            "Renata Soukupová",
            "kronika@starapaka.example",
            "+420493771806",
        ),
        "from": "Obec Stará Paka <obec@starapaka.example>",
        "subject": "Žádost o povolení natáčení - volby",
        "databox": {
            "box": "b7qn3xe",
            "sender": "Obec Stará Paka u Jičína",
            "address": "Revoluční 2, 507 91 Stará Paka",
            "type": 10,
        },
        "attachments": [
            (
                "rtf",
                "zadost_nataceni.rtf",
                [
                    "Obec Stará Paka u Jičína, Revoluční 2, 507 91 Stará Paka, IČO " + I25,
                    "Český statistický úřad, ID DS 2gfaasy",
                    "Věc: žádost o povolení pořízení záznamu",
                    "Obec vede obrazovou kroniku a ráda by pořídila krátký videozáznam "
                    "z práce sběrného místa v Jičíně.",
                    [
                        ["Požadavek", "ano/ne"],
                        ["Povolení k natáčení", "ano"],
                        ["Přístup k výsledkům XML", "ne"],
                    ],
                    "Kontakt: Renata Soukupová, kronikářka, tel. 493 771 806, "
                    "kronika@starapaka.example",
                    "Ing. Pavel Jiránek, starosta",
                ],
            )
        ],
    },
    {
        "id": "ax026-smime-agency-databox-in-signature",
        "description": "S/MIME-signed Outlook mail from an agency: IČO with spaces next to a DIČ, "
        "phone with 00420, box ID in the signature",
        "style": Style.AGENCY,
        "labels": L(
            [FEED],
            "Česká tisková služba EKO, a.s.",
            I26,
            "g4ea8mp",
            ["203.0.113.180", "203.0.113.181", "203.0.113.182"],
            ["203.0.113.190", "203.0.113.191"],
            "Kamila Dvořáková",
            "dvorakova@ctseko.example",
            "+420725660318",
        ),
        "from": "Kamila Dvořáková <dvorakova@ctseko.example>",
        "subject": "Žádost o přístup k XML výsledkům voleb",
        "headers": OUTLOOK,
        "smime": True,
        "body": (
            "Dobrý den,\n\n"
            "Česká tisková služba EKO, a.s. žádá o zřízení přístupu k výsledkům voleb.\n\n"
            "Produkční: 203.0.113.180, 203.0.113.181, 203.0.113.182\n"
            "Testovací: 203.0.113.190, 203.0.113.191\n\n"
            "Kontaktní osoba: Kamila Dvořáková, 00420 725 660 318\n\n"
            "S pozdravem\n\nKamila Dvořáková\nvedoucí datové redakce\n"
            "Česká tisková služba EKO, a.s.\n"
            f"IČO: {I26[:2]} {I26[2:5]} {I26[5:]} | DIČ: CZ{I26}\n"
            "ID datové schránky: g4ea8mp\n"
            "ústředna 222 500 100\n"
        ),
    },
    {
        "id": "ax027-norwegian-temporary-host",
        "description": "Norwegian broadcaster in Norwegian and English: a temporary election "
        "night host is production, a separate test host",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Fjordkanalen AS",
            None,
            None,
            ["198.51.100.140"],
            ["198.51.100.141"],
            "Sindre Haugland",
            "sindre.haugland@fjordkanalen.example",
            "+4792418370",
        ),
        "from": "Sindre Haugland <sindre.haugland@fjordkanalen.example>",
        "subject": "Søknad om tilgang / access request XML",
        "headers": MAC_OUTLOOK,
        "body": (
            "Hei,\n\n"
            "Fjordkanalen AS (org.nr. 918 447 205) søker om tilgang til valgresultatene i "
            "XML-format. / We apply for access to the XML results.\n\n"
            "Midlertidig server, kun valgnatten (temporary, election night only): "
            "198.51.100.140\n"
            "Testserver: 198.51.100.141\n\n"
            "Kontakt: Sindre Haugland, +47 924 18 370\n\n"
            "Vennlig hilsen / Kind regards\nSindre Haugland\n"
        ),
    },
    {
        "id": "ax028-contractor-internal-host",
        "description": "an IT contractor names an internal 10.x host behind NAT that must not be "
        "entered, the public address, and a test /32",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Rádio Podřipsko, spol. s r.o.",
            I28,
            None,
            ["192.0.2.220"],
            ["192.0.2.221"],
            "Libor Mach",
            "mach@itmach.example",
            "+420776314590",
        ),
        "from": "Libor Mach <mach@itmach.example>",
        "subject": "Rádio Podřipsko - přístup k XML výsledkům",
        "headers": ZIMBRA,
        "cte": "base64",
        "body": (
            "Dobrý den,\n\n"
            "za Rádio Podřipsko, spol. s r.o. (IČO "
            f"{I28}), pro které zajišťuji IT, žádám o přístup k XML výsledkům voleb.\n\n"
            "Stahovací server má interní adresu 10.20.0.15, tu prosím nikam nezadávejte, "
            "ven jdeme přes NAT z veřejné adresy 192.0.2.220 (produkce).\n"
            "Test: 192.0.2.221/32\n\n"
            "Kontakt: Libor Mach (externí správce), 776 314 590\n\n"
            "Libor Mach\nIT Mach, Roudnice n. L.\n"
        ),
    },
]
