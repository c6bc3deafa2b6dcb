"""Forty-fourth held-out part ``bh``, cases bh015–bh028: a Dutch site that leaves filming for a
later election, a Swedish radio in English with a dashed range, a terse note without
diacritics, an Austrian RTF form with a netmask, a research institute's data message with an
ODT, a freelance photographer who only photographs, a long formal PDF letter with a direct line
and a switchboard, a Polish university's IPv6 /126, a correction of a test address, a minority
paper's data message with a workbook, a municipality's HTML table, a German agency dropping the
feed in a reply, a contractor's English cover for a weekly's ODT and an Italian crew letter.
Written by hand apart from the extraction rules (see make_fortyfourth_bh); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortyfourth_bh_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    K9,
    OUTLOOK,
    OWA,
    PROTON,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    L,
    Style,
    box,
    ico,
)

I17, I19, I21, I23 = ico("0589372"), ico("6801455"), ico("2718306"), ico("0397824")
I24, I25, I27, I27X = ico("2681470"), ico("0051216"), ico("2934568"), ico("0762913")

CASES: list[dict[str, Any]] = [
    {
        "id": "bh015-dutch-filming-later-election",
        "description": "Dutch news site in Dutch: feed now, filming only for the later "
        "presidential election (to be requested then); IPv6 production, no test",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Noordzee Nieuws B.V.",
            None,
            None,
            ["2001:db8:a10::5"],
            [],
            "Pieter van Dijk",
            "pvandijk@noordzeenieuws.example",
            "+31207943318",
        ),
        "from": "Pieter van Dijk <pvandijk@noordzeenieuws.example>",
        "subject": "Aanvraag toegang verkiezingsuitslagen (XML)",
        "headers": EVOLUTION,
        "body": (
            "Geachte heer/mevrouw,\n\n"
            "Noordzee Nieuws B.V. (Amsterdam) vraagt hierbij toegang aan tot de XML-feed met "
            "de uitslagen van de Tsjechische Kamerverkiezingen.\n\n"
            "Onze productieserver is alleen via IPv6 bereikbaar: 2001:db8:a10::5. Een aparte "
            "testomgeving hebben wij niet; we testen vanaf dezelfde server.\n\n"
            "Filmopnamen in uw kantoren zijn deze keer niet nodig. Voor de "
            "presidentsverkiezing van volgend jaar willen we graag een cameraploeg sturen; "
            "daarvoor dienen we te zijner tijd een aparte aanvraag in.\n\n"
            "Contactpersoon: Pieter van Dijk, tel. +31 (0)20 794 3318\n\n"
            "Met vriendelijke groet,\n"
            "Pieter van Dijk\n"
            "Hoofd data-redactie, Noordzee Nieuws\n"
        ),
    },
    {
        "id": "bh016-swedish-english-dash-range",
        "description": "Swedish radio writes in English with Swedish greetings; both "
        "requests; production as '192.0.2.33-35' (three addresses)",
        "style": Style.MIXED,
        "labels": L(
            [FEED, FILM],
            "Östersjö Radio AB",
            None,
            None,
            ["192.0.2.33", "192.0.2.34", "192.0.2.35"],
            ["192.0.2.40"],
            "Linnea Holmqvist",
            "linnea.holmqvist@ostersjoradio.example",
            "+46841023357",
        ),
        "from": "Linnea Holmqvist <linnea.holmqvist@ostersjoradio.example>",
        "subject": "Election results XML access + filming permit (Östersjö Radio)",
        "headers": OWA,
        "body": (
            "Hej!\n\n"
            "Östersjö Radio AB (Stockholm) covers the Czech election with a reporter on the "
            "ground this autumn. We would like to ask for two things:\n\n"
            "  * access to the XML results server\n"
            "  * permission to record audio and video at your Prague office on election "
            "night\n\n"
            "Production IPs: 192.0.2.33-35\n"
            "Test IP: 192.0.2.40\n\n"
            "Our reporter in Prague will be Anders Nyberg (+46 70 551 82 19); for this "
            "application please contact me.\n\n"
            "Med vänliga hälsningar / Best regards\n"
            "Linnea Holmqvist\n"
            "Technical producer, Östersjö Radio AB\n"
            "+46 8 410 233 57\n"
        ),
    },
    {
        "id": "bh017-terse-no-diacritics-k9",
        "description": "terse flowed note typed without diacritics; second address written "
        "as a bare last octet, test in parentheses",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Benesovsko media s.r.o.",
            I17,
            None,
            ["203.0.113.17", "203.0.113.18"],
            ["203.0.113.19"],
            "Hana Lisá",
            "lisa@benesovsko.example",
            "+420604229871",
        ),
        "from": "Hana Lisá <lisa@benesovsko.example>",
        "subject": "pristup xml",
        "headers": K9,
        "flowed": True,
        "body": (
            "dobry den, prosim o xml pristup pro zpravodajsky web Benesovsko media \n"
            "s.r.o., ico " + I17 + ". ip 203.0.113.17 a 18 (test 19). natacet \n"
            "nebudeme.\n"
            "diky, Hana Lisa 604229871\n"
        ),
    },
    {
        "id": "bh018-austrian-rtf-form-netmask",
        "description": "Austrian broadcaster's RTF form in German: production with a netmask "
        "255.255.255.254 (two addresses), filming ticked 'nein'; an academic title",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Donauland Rundfunk GmbH",
            None,
            None,
            ["198.51.100.96", "198.51.100.97"],
            ["198.51.100.104"],
            "Stefanie Auer",
            "auer@donauland-rundfunk.example",
            "+43158624410",
        ),
        "from": "Mag. Stefanie Auer <auer@donauland-rundfunk.example>",
        "subject": "Antrag Medienzugang Wahlen",
        "headers": OUTLOOK,
        "body": (
            "Sehr geehrte Damen und Herren,\n\n"
            "anbei unser ausgefülltes Antragsformular.\n\n"
            "Mit freundlichen Grüßen\nStefanie Auer\n"
        ),
        "attachments": [
            (
                "rtf",
                "Antrag_Donauland.rtf",
                [
                    "ANTRAG – Medienzugang zu den Wahlergebnissen",
                    [
                        ["Antragsteller", "Donauland Rundfunk GmbH, Wien, FN 318442 k"],
                        ["Zugang XML-Ergebnisse", "ja"],
                        ["Dreharbeiten in den Räumen des Amtes", "nein"],
                        ["IP Produktion", "198.51.100.96 / 255.255.255.254"],
                        ["IP Test", "198.51.100.104"],
                        ["Ansprechpartnerin", "Mag. Stefanie Auer"],
                        ["Telefon", "+43 1 5862 4410"],
                        ["E-Mail", "auer@donauland-rundfunk.example"],
                    ],
                    "Wien, am 2. September 2025",
                ],
            )
        ],
    },
    {
        "id": "bh019-institute-databox-odt",
        "description": "a public research institute's data message; the ODT letter asks for "
        "the feed for research, the head of department signs, a researcher is the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Ústav pro výzkum veřejného mínění, v. v. i.",
            I19,
            "u8vvm2c",
            ["198.18.130.10", "198.18.130.11"],
            ["198.18.130.20"],
            "Ondřej Malina",
            "malina@uvvm.example",
            "+420221403567",
        ),
        "databox": box(
            "u8vvm2c",
            "Ústav pro výzkum veřejného mínění, v. v. i.",
            "Na Florenci 1332/23, 110 00 Praha 1",
        ),
        "subject": "Žádost o zpřístupnění výsledků voleb ve formátu XML pro výzkumné účely",
        "attachments": [
            (
                "odt",
                "UVVM_zadost_XML.odt",
                [
                    "Ústav pro výzkum veřejného mínění, v. v. i.",
                    "Na Florenci 1332/23, 110 00 Praha 1, IČO " + I19,
                    "Věc: žádost o přístup k výsledkům voleb",
                    "Pro projekt srovnání předvolebních průzkumů s výsledky žádáme o "
                    "přístup k průběžným výsledkům ve formátu XML. Záznamy na pracovištích "
                    "pořizovat nebudeme.",
                    [
                        ["Účel", "IP adresa"],
                        ["produkční (sběr dat)", "198.18.130.10"],
                        ["produkční (záloha)", "198.18.130.11"],
                        ["testovací", "198.18.130.20"],
                    ],
                    "Kontaktní osoba: RNDr. Ondřej Malina, Ph.D., oddělení kvantitativních "
                    "metod, tel. 221 403 567, malina@uvvm.example",
                    "doc. Mgr. Hedvika Srbová, Ph.D., vedoucí oddělení",
                ],
            )
        ],
    },
    {
        "id": "bh020-freelance-photographer-only",
        "description": "freelance photographer without an IČO asks only to photograph; "
        "plain text and HTML alternatives; mentions the outlet he sells to",
        "style": Style.TERSE,
        "labels": L(
            [FILM],
            "Vojtěch Šindelář",
            None,
            None,
            [],
            [],
            "Vojtěch Šindelář",
            "sindelar.foto@posta.example",
            "+420739015662",
        ),
        "from": "Vojtěch Šindelář <sindelar.foto@posta.example>",
        "subject": "fotografování ve volební noci",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "jsem fotograf na volné noze (bez IČO, fotky prodávám hlavně Týdeníku "
            "Vysočina) a rád bych požádal o povolení fotografovat ve volební noci na "
            "pracovišti v Jihlavě. Data ani XML nepotřebuju.\n\n"
            "Díky\nVojtěch Šindelář\n739 015 662\n"
        ),
        "html": (
            '<div dir="ltr"><p>Dobrý den,</p><p>jsem fotograf na volné noze (bez IČO, '
            "fotky prodávám hlavně Týdeníku Vysočina) a rád bych požádal o povolení "
            "fotografovat ve volební noci na pracovišti v Jihlavě. Data ani XML "
            "nepotřebuju.</p><p>Díky<br>Vojtěch Šindelář<br>739 015 662</p></div>"
        ),
    },
    {
        "id": "bh021-long-letter-pdf-direct-line",
        "description": "long formal PDF letter of a regional weekly: the executive signs, a "
        "named head of online is the contact with a direct line beside the switchboard; "
        "primary and backup production servers",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Vydavatelství Krkonošský týdeník, s.r.o.",
            I21,
            None,
            ["198.51.100.220", "198.51.100.221"],
            ["198.51.100.229"],
            "Dana Kolářová",
            "kolarova@krkonossky-tydenik.example",
            "+420499812236",
        ),
        "from": "Sekretariát Krkonošský týdeník <sekretariat@krkonossky-tydenik.example>",
        "subject": "Žádost - volby 2025",
        "headers": SEZNAM,
        "body": (
            "Dobrý den,\n\nv příloze zasíláme naši žádost. Originál podepsaný jednatelem "
            "máme k dispozici.\n\nS pozdravem\nsekretariát\n"
        ),
        "attachments": [
            (
                "pdf",
                "Zadost_KT_volby2025.pdf",
                [
                    "VYDAVATELSTVÍ KRKONOŠSKÝ TÝDENÍK, s.r.o.\nHorská 318, 543 01 Vrchlabí\n"
                    "IČO " + I21 + ", zapsaná v obchodním rejstříku vedeném Krajským soudem v "
                    "Hradci Králové, oddíl C",
                    "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                    "Naše značka: KT/84/2025          Ve Vrchlabí dne 1. září 2025",
                    "Věc: Žádost o přístup k výsledkům voleb do Poslanecké sněmovny a o "
                    "povolení pořizovat záznam",
                    "Vážení,",
                    "Krkonošský týdeník vychází již třicet let a jeho internetová verze je v "
                    "regionu nejčtenějším zpravodajským webem. Ve volební noci chceme našim "
                    "čtenářům přinášet výsledky ze všech obcí Krkonoš v reálném čase, a proto "
                    "si dovolujeme požádat o zpřístupnění výsledků ve formátu XML. Současně "
                    "žádáme o povolení, aby naše redaktorka a fotograf mohli pořídit "
                    "fotografie a krátké video na krajském pracovišti v Hradci Králové.",
                    "Pro příjem dat budeme používat dva produkční servery, 198.51.100.220 "
                    "(primární) a 198.51.100.221 (záložní), a testovací server "
                    "198.51.100.229.",
                    "Kontaktní osobou pro tuto žádost je vedoucí online redakce Bc. Dana "
                    "Kolářová, kolarova@krkonossky-tydenik.example, přímá linka 499 812 236 "
                    "(ústředna 499 812 200).",
                    "Děkujeme za vyřízení a jsme s pozdravem",
                    "Ing. Vladislav Hanuš\njednatel",
                ],
            )
        ],
    },
    {
        "id": "bh022-polish-university-ipv6-126",
        "description": "Polish university in English: production as the IPv6 block "
        "2001:db8:2b::/126 (four addresses), no test; a Polish academic title",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Uniwersytet Nadwiślański w Płocku",
            None,
            None,
            ["2001:db8:2b::", "2001:db8:2b::1", "2001:db8:2b::2", "2001:db8:2b::3"],
            [],
            "Tomasz Zieliński",
            "t.zielinski@unp.example",
            "+48243671902",
        ),
        "from": "Tomasz Zieliński <t.zielinski@unp.example>",
        "subject": "Request: access to election results XML (research project)",
        "headers": TBIRD,
        "cte": "base64",
        "body": (
            "Dear Sir or Madam,\n\n"
            "I am writing on behalf of Uniwersytet Nadwiślański w Płocku (Faculty of "
            "Political Science), which runs a comparative project on election-night "
            "reporting in Central Europe. We kindly request access to the XML feed of the "
            "Czech election results.\n\n"
            "Our collector cluster uses the IPv6 prefix 2001:db8:2b::/126 in production. We "
            "will test from the same machines, so no separate test address is needed.\n\n"
            "We do not intend to film or photograph.\n\n"
            "Contact: dr hab. Tomasz Zieliński, prof. UNP\n"
            "tel. +48 24 367 19 02\n\n"
            "Yours faithfully,\n"
            "Tomasz Zieliński\n"
        ),
    },
    {
        "id": "bh023-correction-swapped-test",
        "description": "a short follow-up corrects a transposed test address in the quoted "
        "original; production and contact come from the quote",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Zprávy z Hané s.r.o.",
            I23,
            None,
            ["203.0.113.40"],
            ["203.0.113.54"],
            "Libor Tichý",
            "tichy@zpravyzhane.example",
            "+420776300125",
        ),
        "from": "Libor Tichý <tichy@zpravyzhane.example>",
        "subject": "Re: Žádost o přístup k XML - Zprávy z Hané (OPRAVA)",
        "headers": APPLE,
        "body": (
            "Dobrý den, omlouvám se, v předchozím mailu jsem přehodil číslice u testovací "
            "adresy – místo 203.0.113.45 má být 203.0.113.54. Zbytek platí.\n\n"
            "L. Tichý\n\n"
            "> Dne 3. 9. 2025 v 10:02, Libor Tichý <tichy@zpravyzhane.example> napsal:\n"
            ">\n"
            "> Dobrý den,\n"
            "> Zprávy z Hané s.r.o., IČO " + I23 + ", žádají o přístup k výsledkům voleb v XML.\n"
            "> produkční IP: 203.0.113.40\n"
            "> testovací IP: 203.0.113.45\n"
            "> Kontakt: Libor Tichý, 776 300 125, tichy@zpravyzhane.example\n"
            "> Natáčení nežádáme.\n"
            "> S pozdravem\n"
            "> Libor Tichý, IT\n"
        ),
    },
    {
        "id": "bh024-minority-paper-databox-xlsx",
        "description": "a Polish-minority paper's data message in Polish and Czech; the "
        "workbook puts requests with Tak/Nie and addresses on two sheets",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Kurier Zaolziański, o.p.s.",
            I24,
            "k4zz9wa",
            ["198.51.100.180"],
            ["198.51.100.181"],
            "Renata Sikora",
            "sikora@kurierzaolzianski.example",
            "+420596112748",
        ),
        "databox": box(
            "k4zz9wa",
            "Kurier Zaolziański, o.p.s.",
            "Střelniční 28, 737 01 Český Těšín",
        ),
        "subject": "Wniosek / žádost o přístup k XML výsledkům voleb",
        "attachments": [
            (
                "xlsx",
                "KZ_wniosek_zadost.xlsx",
                [
                    {
                        "title": "Wnioskodawca",
                        "rows": [
                            ["Wnioskodawca / žadatel", "Kurier Zaolziański, o.p.s."],
                            ["IČO", I24],
                            ["Dostęp XML / přístup XML", "Tak / Ano"],
                            ["Nagrywanie / natáčení", "Nie / Ne"],
                            ["Osoba kontaktowa", "Renata Sikora"],
                            ["Telefon", "+420 596 112 748"],
                            ["E-mail", "sikora@kurierzaolzianski.example"],
                        ],
                    },
                    {
                        "title": "Adresy IP",
                        "rows": [
                            ["Rola / role", "IP"],
                            ["produkcja / produkce", "198.51.100.180"],
                            ["test", "198.51.100.181"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "bh025-municipality-html-table",
        "description": "a small municipality's TV: an HTML table with a role column, a "
        "backup production row; the mayor signs but the IT administrator is the contact",
        "style": Style.TABLE,
        "labels": L(
            [FEED, FILM],
            "Městys Velké Pole",
            I25,
            None,
            ["192.0.2.140", "192.0.2.141"],
            ["192.0.2.150"],
            "Petr Dolejš",
            "dolejs@velkepole.example",
            "+420567212339",
        ),
        "from": "Městys Velké Pole <podatelna@velkepole.example>",
        "subject": "Žádost městyse Velké Pole (TV Velké Pole) - volby",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\n"
            "Městys Velké Pole, IČO " + I25 + ", provozovatel obecní TV Velké Pole, žádá o "
            "přístup k výsledkům voleb (XML) a o povolení natáčet na pracovišti v Jihlavě.\n\n"
            "Role       | IP adresa\n"
            "produkce   | 192.0.2.140\n"
            "záloha     | 192.0.2.141\n"
            "test       | 192.0.2.150\n\n"
            "Kontakt: Petr Dolejš, správce IT, dolejs@velkepole.example, +420 567 212 339\n\n"
            "Jan Kubíček, starosta\n"
        ),
        "html": (
            "<html><body><p>Dobrý den,</p><p>Městys Velké Pole, IČO " + I25 + ", "
            "provozovatel obecní TV Velké Pole, žádá o přístup k výsledkům voleb (XML) a o "
            "povolení natáčet na pracovišti v Jihlavě.</p>"
            '<table border="1"><tr><th>Role</th><th>IP adresa</th></tr>'
            "<tr><td>produkce</td><td>192.0.2.140</td></tr>"
            "<tr><td>záloha</td><td>192.0.2.141</td></tr>"
            "<tr><td>test</td><td>192.0.2.150</td></tr></table>"
            "<p>Kontakt: Petr Dolejš, správce IT, dolejs@velkepole.example, "
            "+420 567 212 339</p><p>Jan Kubíček, starosta</p></body></html>"
        ),
    },
    {
        "id": "bh026-german-agency-drops-feed-reply",
        "description": "German photo agency answers in German: the feed from the quoted "
        "first mail is no longer wanted, only the photo permit; quoted addresses drop out",
        "style": Style.REPLY,
        "labels": L(
            [FILM],
            "Mitteldeutsche Bildagentur GmbH",
            None,
            None,
            [],
            [],
            "Uwe Brandtner",
            "brandtner@md-bildagentur.example",
            "+493412290118",
        ),
        "from": "Uwe Brandtner <brandtner@md-bildagentur.example>",
        "subject": "AW: Antrag XML-Zugang und Fotogenehmigung",
        "headers": PROTON,
        "body": (
            "Guten Tag,\n\n"
            "danke für Ihre Rückfrage. Nach Rücksprache mit der Redaktion brauchen wir den "
            "XML-Zugang doch nicht – die Zahlen liefert uns ein Partner. Bitte betrachten "
            "Sie unseren Antrag nur noch als Antrag auf die Fotogenehmigung für den "
            "Wahlabend in Prag (ein Fotograf, Herr Lars Kühne).\n\n"
            "Beste Grüße\n"
            "Uwe Brandtner\n"
            "Mitteldeutsche Bildagentur GmbH, Leipzig\n"
            "+49 341 2290 118\n\n"
            "Am 29.08.2025 schrieb Uwe Brandtner:\n"
            "> Sehr geehrte Damen und Herren,\n"
            "> die Mitteldeutsche Bildagentur GmbH beantragt den Zugang zu den XML-Daten\n"
            "> (Produktion 198.18.61.20, Test 198.18.61.21) sowie eine Fotogenehmigung\n"
            "> für den Wahlabend in Ihrer Zentrale in Prag.\n"
            "> Ansprechpartner: Uwe Brandtner\n"
        ),
    },
    {
        "id": "bh027-contractor-english-cover-odt",
        "description": "a foreign developer at an IT contractor writes an English cover for a "
        "Czech weekly's ODT; production as a /30, the contractor's IČO in the signature",
        "style": Style.COVER,
        "labels": L(
            [FEED],
            "Týdeník Posázaví, s.r.o.",
            I27,
            None,
            ["198.18.5.4", "198.18.5.5", "198.18.5.6", "198.18.5.7"],
            ["198.18.5.9"],
            "Markéta Vlčková",
            "vlckova@tydenikposazavi.example",
            "+420721406993",
        ),
        "from": "Daniel Okafor <daniel.okafor@pixelgrid.example>",
        "subject": "XML access application – Týdeník Posázaví",
        "headers": OUTLOOK,
        "body": (
            "Hello,\n\n"
            "we host the website of Týdeník Posázaví and I am sending their application for "
            "the election results feed (ODT attached, filled in by the editor). Sorry for "
            "writing in English, my Czech is not good enough yet.\n\n"
            "Best regards,\n"
            "Daniel Okafor\n"
            "Pixelgrid s.r.o., IČO " + I27X + "\n"
        ),
        "attachments": [
            (
                "odt",
                "Posazavi_zadost.odt",
                [
                    "Žádost o přístup k výsledkům voleb ve formátu XML",
                    [
                        ["Žadatel", "Týdeník Posázaví, s.r.o."],
                        ["IČO", I27],
                        ["Produkční adresy", "198.18.5.4/30"],
                        ["Testovací adresa", "198.18.5.9"],
                        ["Natáčení", "nežádáme"],
                        ["Kontakt", "Markéta Vlčková, šéfredaktorka"],
                        ["Telefon / e-mail", "721 406 993 / vlckova@tydenikposazavi.example"],
                    ],
                    "V Benešově 5. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "bh028-italian-crew-letter-docx",
        "description": "Italian production company's DOCX letter in Italian: filming only, "
        "the XML explicitly not needed; director signs, producer is the 'referente'",
        "style": Style.LETTER,
        "labels": L(
            [FILM],
            "Studio Dolomiti Film S.r.l.",
            None,
            None,
            [],
            [],
            "Giulia Ferrante",
            "g.ferrante@dolomitifilm.example",
            "+390471308624",
        ),
        "from": "Giulia Ferrante <g.ferrante@dolomitifilm.example>",
        "subject": "Richiesta permesso di ripresa - elezioni",
        "headers": APPLE,
        "body": "Buongiorno, in allegato la nostra richiesta. Cordiali saluti, Giulia Ferrante\n",
        "attachments": [
            (
                "docx",
                "Dolomiti_richiesta_riprese.docx",
                {
                    "header": "STUDIO DOLOMITI FILM S.r.l. – Via Museo 12, 39100 Bolzano",
                    "footer": "P. IVA IT02871350219",
                    "blocks": [
                        "Spett.le Ufficio Statistico Ceco",
                        "Oggetto: richiesta di autorizzazione alle riprese",
                        "Studio Dolomiti Film S.r.l. sta realizzando un documentario sulle "
                        "democrazie dell'Europa centrale e chiede di poter effettuare riprese "
                        "video presso la Vostra sede di Praga nella notte dello spoglio. Non "
                        "abbiamo bisogno dell'accesso ai dati XML.",
                        {
                            "rows": [
                                ["Troupe", "Ruolo"],
                                ["Matteo Pichler", "regista"],
                                ["Sara Obwexer", "operatrice"],
                                ["Giulia Ferrante", "produttrice (referente)"],
                            ]
                        },
                        "Referente: Giulia Ferrante, +39 0471 308 624, "
                        "g.ferrante@dolomitifilm.example",
                        "Matteo Pichler, regista e amministratore",
                    ],
                },
            )
        ],
    },
]
