"""Thirty-third held-out part ``ba``, cases ba029–ba042: a data message with an RTF power of
attorney, a faculty's TXT attachment, a Slovak freelancer on an iPhone, Seznam HTML with row
headers, an Austrian writing English about a backup server, an internal forward of the office's
press release, a correction that also declines filming, an IT contractor writing for a medium,
a PDF form with an unticked box, a 'resp.' sentence in Gmail, an XLSX by e-mail, a Ukrainian
freelancer, an IPv6 test address on a Samsung phone and a top-posted reply over the office's
signature. Written by hand apart from the extraction rules (see make_thirtythird_ba); labels
follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtythird_ba_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    OWA,
    SAMSUNG,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

I29, I30, I32, I34 = ico("2793416"), ico("0021622"), ico("2856107"), ico("0640821")
I35, I36C, I36, I37 = ico("2917385"), ico("0874213"), ico("2608944"), ico("4713590")
I38, I39, I41, I42 = ico("0359184"), ico("2775061"), ico("2631987"), ico("0917443")

CASES: list[dict[str, Any]] = [
    {
        "id": "ba029-databox-rtf-authorisation",
        "description": "data message: the application in the annotation with 'záloha'; the "
        "RTF file is only an authorisation of the contact person",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Rádio Haná, s.r.o.",
            I29,
            "t6pd4xa",
            ["198.51.100.77", "198.51.100.78"],
            [],
            "Richard Navrátil",
            "navratil@radiohana.example",
            "+420581200914",
        ),
        "subject": (
            "Přístup k XML výsledkům voleb. IP: 198.51.100.77, záloha 198.51.100.78, test "
            "nebude. Kontakt R. Navrátil, navratil@radiohana.example, tel. 581 200 914. "
            "Pověření v příloze."
        ),
        "databox": {
            "box": "t6pd4xa",
            "sender": "Rádio Haná, s.r.o.",
            "address": "Kosmonautů 6, 779 00 Olomouc",
        },
        "attachments": [
            (
                "rtf",
                "povereni.rtf",
                [
                    "POVĚŘENÍ",
                    f"Rádio Haná, s.r.o., IČO {I29}, pověřuje pana Richarda Navrátila, "
                    "vedoucího techniky, jednáním s Českým statistickým úřadem ve věci "
                    "přístupu k výsledkům voleb 2025.",
                    [["Jméno", "Funkce"], ["Richard Navrátil", "vedoucí techniky"]],
                    "V Olomouci 9. 9. 2025, Lenka Horáková, jednatelka",
                ],
            )
        ],
    },
    {
        "id": "ba030-faculty-txt-attachment",
        "description": "a faculty's mail with a TXT attachment; the applicant is the "
        "university, the contact a doctoral student, a netmask-looking /24 in prose",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Univerzita Jana Evangelisty Purkyně v Ústí nad Labem",
            I30,
            None,
            ["203.0.113.58"],
            ["203.0.113.59"],
            "Filip Brabec",
            "filip.brabec@ujep.example",
            "+420475286332",
        ),
        "from": "Filip Brabec <filip.brabec@ujep.example>",
        "subject": "Žádost FSE UJEP – přístup k výsledkům voleb",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "za katedru politologie Filozofické fakulty posílám v příloze žádost o přístup "
            "k výsledkům voleb (pro výzkumný projekt a živý přenos na webu fakulty). "
            "Naše síť je 203.0.113.0/24, ale konkrétní adresy jsou v příloze.\n\n"
            "S pozdravem\nMgr. Filip Brabec\ndoktorand, katedra politologie FF UJEP\n"
        ),
        "attachments": [
            (
                "txt",
                "zadost_volby_UJEP.txt",
                "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB\n\n"
                "Žadatel: Univerzita Jana Evangelisty Purkyně v Ústí nad Labem\n"
                "         (Filozofická fakulta, katedra politologie)\n"
                f"IČO: {I30}\n\n"
                "IP adresa serveru (produkce): 203.0.113.58\n"
                "IP adresa pro testování:      203.0.113.59\n\n"
                "Kontaktní osoba: Mgr. Filip Brabec\n"
                "Tel.: 475 286 332\nE-mail: filip.brabec@ujep.example\n\n"
                "Schválil: doc. PhDr. Roman Lukeš, Ph.D., vedoucí katedry\n",
            )
        ],
    },
    {
        "id": "ba031-slovak-freelancer-iphone-film",
        "description": "iPhone note in Slovak from a freelance videographer without an IČO, "
        "only filming, Slovak mobile written with 00421",
        "style": Style.PHONE_NOTE,
        "labels": L(
            [FILM],
            "Zuzana Hrušovská",
            None,
            None,
            [],
            [],
            "Zuzana Hrušovská",
            "zuzka.hrusovska@mail.example",
            "+421948207331",
        ),
        "from": "Zuzana Hrušovská <zuzka.hrusovska@mail.example>",
        "subject": "Natáčanie volebná noc",
        "headers": IPHONE,
        "body": (
            "Dobrý deň, som nezávislá videografka zo Slovenska, robím reportáž o českých "
            "voľbách pre jeden slovenský YouTube kanál. Mohla by som v sobotu večer "
            "natočiť krátke zábery na zbernom mieste? Iba kamera, bez svetiel.\n"
            "Dáta XML nepotrebujem.\n"
            "Číslo 00421 948 207 331\n"
            "Ďakujem, Zuzana Hrušovská\n\n"
            "Odoslané z iPhonu\n"
        ),
    },
    {
        "id": "ba032-seznam-html-row-headers",
        "description": "HTML-only Seznam mail: row headers on the left, two addresses in one "
        "cell split by <br>, the phone in a separate row",
        "style": Style.HTML_TABLE,
        "labels": L(
            [FEED],
            "Mostecký metropolitní zpravodaj s.r.o.",
            I32,
            None,
            ["192.0.2.24", "192.0.2.25"],
            ["192.0.2.26"],
            "Dominik Tichý",
            "tichy@mmzpravodaj.example",
            "+420739884016",
        ),
        "from": "Dominik Tichý <tichy@mmzpravodaj.example>",
        "subject": "XML výsledky – Mostecký metropolitní zpravodaj",
        "headers": SEZNAM,
        "cte": "base64",
        "html": (
            "<div>Dobrý den,<br><br>posílám údaje k žádosti o přístup k výsledkům voleb.</div>"
            '<table border="1" style="border-collapse:collapse">'
            "<tr><th>Organizace</th><td>Mostecký metropolitní zpravodaj s.r.o.</td></tr>"
            f"<tr><th>IČO</th><td>{I32}</td></tr>"
            "<tr><th>Produkční IP</th><td>192.0.2.24<br>192.0.2.25</td></tr>"
            "<tr><th>Testovací IP</th><td>192.0.2.26</td></tr>"
            "<tr><th>Kontakt</th><td>Dominik Tichý</td></tr>"
            "<tr><th>Telefon</th><td>739 884 016</td></tr>"
            "</table><div><br>Děkuji<br>D. Tichý</div>"
            '<div style="color:#888">---------- Vytvořeno v Email.cz ----------</div>'
        ),
    },
    {
        "id": "ba033-austrian-backup-english",
        "description": "English from an Austrian news site: 'primary' and 'backup' are both "
        "production, 'staging' is the test address, an Austrian phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Donaukurier Online GmbH",
            None,
            None,
            ["203.0.113.101", "203.0.113.102"],
            ["203.0.113.109"],
            "Lukas Hofbauer",
            "hofbauer@donaukurier.example",
            "+436641927305",
        ),
        "from": "Lukas Hofbauer <hofbauer@donaukurier.example>",
        "subject": "Czech elections - results feed for Donaukurier",
        "headers": OWA,
        "body": (
            "Dear colleagues,\n\n"
            "Donaukurier Online GmbH (Linz, FN 388412 t) would like to receive the live "
            "results of the Czech election for our live blog.\n\n"
            "Primary server: 203.0.113.101\nBackup server: 203.0.113.102\n"
            "Staging (for your test run on 2 October): 203.0.113.109\n\n"
            "Contact: Lukas Hofbauer, mobile +43 664 1927305\n\n"
            "Kind regards\nLukas Hofbauer\nHead of Digital, Donaukurier Online\n"
        ),
    },
    {
        "id": "ba034-internal-forward-press-release",
        "description": "a manager forwards the office's press release (quoted, with the office's "
        "identifiers and phone) after an internal exchange; the application is on top",
        "style": Style.FORWARD,
        "labels": L(
            [FEED, FILM],
            "Jihlavské noviny, a.s.",
            I34,
            None,
            ["198.51.100.183"],
            ["198.51.100.184"],
            "Alžběta Doležalová",
            "dolezalova@jihlavskenoviny.example",
            "+420567443120",
        ),
        "from": "Alžběta Doležalová <dolezalova@jihlavskenoviny.example>",
        "subject": "Fwd: Tisková zpráva ČSÚ – výsledky voleb pro média",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\n"
            f"na základě níže přeposlané zprávy žádáme za Jihlavské noviny, a.s. (IČO {I34}) "
            "o přístup k XML: produkce 198.51.100.183, test 198.51.100.184. Zároveň "
            "prosíme o povolení natáčení ve sběrném místě v Jihlavě.\n"
            "Kontakt: Alžběta Doležalová, 567 443 120.\n\n"
            "A. Doležalová\n\n"
            "Začátek přeposílané zprávy:\n\n"
            "Od: Martin Kratochvíl <kratochvil@jihlavskenoviny.example>\n"
            "Předmět: Tisková zpráva ČSÚ – výsledky voleb pro média\n\n"
            "Alžbě, vyřídíš to prosím? Loni jsme měli 198.51.100.18, to už neplatí.\nM.\n\n"
            "> Český statistický úřad (IČO 00025593) poskytne médiím výsledky voleb\n"
            "> ve formátu XML. Žádosti přijímá podatelna@czso.cz nebo datová\n"
            "> schránka 2gfaasy. Informace: tiskové oddělení, tel. 274 052 733.\n"
        ),
    },
    {
        "id": "ba035-correction-and-declined-filming",
        "description": "Outlook mail that strikes one production address and replaces it, and "
        "says they will not film after all",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Liberecký večerník s.r.o.",
            I35,
            None,
            ["192.0.2.12", "192.0.2.13"],
            ["192.0.2.14"],
            "Hana Stejskalová",
            "stejskalova@lbvecernik.example",
            "+420485900371",
        ),
        "from": "Hana Stejskalová <stejskalova@lbvecernik.example>",
        "subject": "Žádost o přístup + natáčení – OPRAVA",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\n"
            f"Liberecký večerník s.r.o., IČO {I35}, žádá o přístup k výsledkům voleb:\n"
            "produkční IP: 192.0.2.10, 192.0.2.13\n"
            "testovací IP: 192.0.2.14\n\n"
            "OPRAVA: adresu 192.0.2.10 prosím škrtněte, nahraďte ji 192.0.2.12. A natáčet "
            "nakonec nebudeme, takže povolení k natáčení už nepotřebujeme – původně jsem "
            "ho chtěla v předmětu.\n\n"
            "Kontakt: Hana Stejskalová, 485 900 371\n\n"
            "S pozdravem\nHana Stejskalová\n"
        ),
    },
    {
        "id": "ba036-it-contractor-for-medium",
        "description": "an IT firm applies on behalf of its client medium; the firm's IČO "
        "appears too, the contractor's engineer is the named contact",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Regionální vysílání Vysočina s.r.o.",
            I36,
            None,
            ["203.0.113.150", "203.0.113.151"],
            ["203.0.113.155"],
            "Ondřej Blažek",
            "blazek@datafort.example",
            "+420608370912",
        ),
        "from": '"Ing. Ondřej Blažek" <blazek@datafort.example>',
        "subject": "Žádost o přístup – pro klienta Regionální vysílání Vysočina",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "jsme dodavatel IT (DataFort s.r.o., IČO "
            f"{I36C}) a spravujeme servery pro našeho klienta, společnost Regionální "
            f"vysílání Vysočina s.r.o., IČO {I36}. Jejím jménem žádáme o přístup k XML "
            "s výsledky voleb (plná moc v příloze našeho loňského podání, rádi ji pošleme "
            "znovu).\n\n"
            "prod: 203.0.113.150, 203.0.113.151\ntest: 203.0.113.155\n\n"
            "Kontaktní osoba za klienta pro technické věci: Ondřej Blažek (já), "
            "+420 608 370 912.\n\n"
            "S pozdravem\nIng. Ondřej Blažek\nDataFort s.r.o. | Jihlava\n"
            "hotline 565 111 222 (jen pro naše zákazníky)\n"
        ),
    },
    {
        "id": "ba037-databox-pdf-form-unticked",
        "description": "data message 'viz příloha'; the PDF form has a ticked [X] feed and an "
        "unticked [ ] filming box, addresses in a table",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Valašský posel, spolek",
            I37,
            "h3vq7nd",
            ["198.51.100.240"],
            ["198.51.100.241"],
            "Jiří Mikulenka",
            "mikulenka@valasskyposel.example",
            "+420571665093",
        ),
        "subject": "Žádost – volby 2025, viz příloha",
        "databox": {
            "box": "h3vq7nd",
            "sender": "Valašský posel, spolek",
            "address": "Horní náměstí 3, 757 01 Valašské Meziříčí",
        },
        "attachments": [
            (
                "pdf",
                "formular_media_volby.pdf",
                [
                    "FORMULÁŘ – ŽÁDOST MÉDIA",
                    f"Žadatel: Valašský posel, spolek    IČO: {I37}",
                    "[X] přístup k výsledkům voleb ve formátu XML\n"
                    "[ ] povolení pořizovat obrazový a zvukový záznam na sběrném místě",
                    {
                        "rows": [
                            ["Produkční IP", "Testovací IP"],
                            ["198.51.100.240", "198.51.100.241"],
                        ],
                        "widths": [150, 150],
                    },
                    "Kontaktní osoba: Jiří Mikulenka   Telefon: 571 665 093\n"
                    "E-mail: mikulenka@valasskyposel.example",
                    "Datum: 18. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "ba038-gmail-resp-order",
        "description": "chatty Gmail mail where two addresses get their roles only from a "
        "Czech 'resp.' sentence, plus a version number and a date",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Brněnský Metropolitan s.r.o.",
            I38,
            None,
            ["198.51.100.33"],
            ["198.51.100.34"],
            "Vojtěch Řezníček",
            "reznicek@brnometropolitan.example",
            "+420777205318",
        ),
        "from": "Vojtěch Řezníček <reznicek@brnometropolitan.example>",
        "subject": "Re: volby – XML",
        "headers": GMAIL,
        "body": (
            "Čau, teda dobrý den :)\n\n"
            "kolegyně říkala, že se máme přihlásit přes vás. Jsme Brněnský Metropolitan "
            f"s.r.o. (IČO {I38}), takový menší městský web. Budeme stahovat z adres "
            "198.51.100.33 resp. 198.51.100.34 – první je ostrá, druhá testovací. Stahovač "
            "je upravený skript v Pythonu 3.12.4, běží od 1.10.\n\n"
            "Kdyžtak volejte 777 205 318.\n\n"
            "Díky moc, Vojta Řezníček\n"
        ),
        "html": (
            '<div dir="ltr"><p>Čau, teda dobrý den :)</p><p>kolegyně říkala, že se máme '
            "přihlásit přes vás. Jsme Brněnský Metropolitan s.r.o. (IČO "
            f"{I38}), takový menší městský web. Budeme stahovat z adres 198.51.100.33 "
            "resp. 198.51.100.34 – první je ostrá, druhá testovací. Stahovač je upravený "
            "skript v Pythonu 3.12.4, běží od 1.10.</p><p>Kdyžtak volejte 777 205 318.</p>"
            "<p>Díky moc, Vojta Řezníček</p></div>"
        ),
    },
    {
        "id": "ba039-email-xlsx-two-sheets",
        "description": "Outlook mail with an XLSX: addresses on one sheet with merged role "
        "cells, the contact on another; the mail itself names no addresses",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Kraj Online, z.ú.",
            I39,
            None,
            ["192.0.2.201", "192.0.2.202", "192.0.2.203"],
            ["192.0.2.208", "192.0.2.209"],
            "Markéta Slaninová",
            "slaninova@krajonline.example",
            "+420353410872",
        ),
        "from": "Markéta Slaninová <slaninova@krajonline.example>",
        "subject": "Žádost – Kraj Online (tabulka)",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            f"Kraj Online, z.ú., IČO {I39}, žádá o přístup k výsledkům voleb. Adresy "
            "a kontakt jsou v přiložené tabulce.\n\n"
            "S pozdravem\nMarkéta Slaninová\nKraj Online, z.ú., Karlovy Vary\n"
        ),
        "attachments": [
            (
                "xlsx",
                "KrajOnline_IP.xlsx",
                [
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["Role", "IP", "Pozn."],
                            ["produkce", "192.0.2.201", "web"],
                            [None, "192.0.2.202", "web"],
                            [None, "192.0.2.203", "aplikace"],
                            ["test", "192.0.2.208", ""],
                            [None, "192.0.2.209", ""],
                        ],
                        "merge": ["A2:A4", "A5:A6"],
                    },
                    {
                        "title": "Kontakt",
                        "rows": [
                            ["Kontaktní osoba", "Markéta Slaninová"],
                            ["Telefon", "353 410 872"],
                            ["E-mail", "slaninova@krajonline.example"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "ba040-ukrainian-freelancer-film",
        "description": "English from a Ukrainian freelance journalist living in Prague, no IČO, "
        "filming only, Ukrainian and Czech numbers (the Czech one for contact)",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Olena Marchenko",
            None,
            None,
            [],
            [],
            "Olena Marchenko",
            "olena.marchenko@freepress.example",
            "+420773118409",
        ),
        "from": "Olena Marchenko <olena.marchenko@freepress.example>",
        "subject": "Permission to film at a collection point",
        "headers": GMAIL,
        "body": (
            "Dear Czech Statistical Office,\n\n"
            "I am freelance journalist from Ukraine, living in Prague, and I prepare "
            "a video report for Ukrainian online media about how Czech elections are "
            "counted. I would like to ask permission to film at one of your collection "
            "points on Saturday evening. I do not need the XML data.\n\n"
            "Please reach me on my Czech number +420 773 118 409 (my Ukrainian number "
            "+380 67 412 3390 works only on WhatsApp).\n\n"
            "Thank you very much,\nOlena Marchenko\n"
        ),
    },
    {
        "id": "ba041-samsung-ipv6-test",
        "description": "phone-typed note: IPv4 production and an IPv6 test address, lower-case "
        "name, IČO after 'ic.'",
        "style": Style.PHONE_NOTE,
        "labels": L(
            [FEED],
            "Benešovský zpravodaj s.r.o.",
            I41,
            None,
            ["203.0.113.45"],
            ["2001:db8:77::45"],
            "Lenka Vacková",
            "vackova@bnzpravodaj.example",
            "+420725601884",
        ),
        "from": "Lenka Vacková <vackova@bnzpravodaj.example>",
        "subject": "pristup k vysledkum",
        "headers": SAMSUNG,
        "cte": "8bit",
        "body": (
            "dobry den, za benešovský zpravodaj s.r.o. ic. " + I41 + " prosim o "
            "pristup k xml. prod 203.0.113.45, test mame pres ipv6 2001:db8:77::45\n"
            "lenka vacková 725601884\n\n"
            "Odesláno z mého Galaxy\n"
        ),
    },
    {
        "id": "ba042-top-posted-reply-office-signature",
        "description": "top-posted reply confirming data; below it the office's message with "
        "its officer's signature, phone and box, and the applicant's own original",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Týdeník Podbrdsko s.r.o.",
            I42,
            None,
            ["192.0.2.97"],
            ["192.0.2.98"],
            "Roman Kučera",
            "kucera@podbrdsko.example",
            "+420318620447",
        ),
        "from": "Roman Kučera <kucera@podbrdsko.example>",
        "subject": "RE: Vaše žádost o přístup k výsledkům voleb",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "ano, potvrzuji – adresy i kontakt platí tak, jak jsem je poslal.\n\n"
            "Roman Kučera\n\n"
            "From: podatelna <podatelna@czso.cz>\n"
            "Sent: Wednesday, September 17, 2025 11:05 AM\n"
            "To: Roman Kučera <kucera@podbrdsko.example>\n"
            "Subject: Vaše žádost o přístup k výsledkům voleb\n\n"
            "Dobrý den, potvrďte prosím, že údaje níže jsou správné.\n"
            "Mgr. Kateřina Veselá\nČeský statistický úřad, IČO 00025593, DS 2gfaasy\n"
            "tel. 274 052 733\n\n"
            "From: Roman Kučera <kucera@podbrdsko.example>\n"
            "Sent: Tuesday, September 16, 2025 3:40 PM\n\n"
            f"Týdeník Podbrdsko s.r.o., IČO {I42}\n"
            "Produkční IP: 192.0.2.97\nTestovací IP: 192.0.2.98\n"
            "Kontakt: Roman Kučera, +420 318 620 447\n"
        ),
    },
]
