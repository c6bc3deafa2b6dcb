"""Forty-first held-out part ``au``, cases au015–au028: an Austrian publisher's PDF table, an IT
forward with an IPv6 /126, a paper form with an unticked box in iso-8859-2, an agency's data
message with an XLSX (an old and a temporary address), a Finnish two-liner, a reply that keeps
the quoted original, a Danish crew asking conditionally, an institute's signed mail with a /31
netmask, a Slovak daily's branch, a German freelancer forwarding his own application with a new
phone, an OWA table with IPv6, a university's data message with only a PDF, a Belgian
broadcaster withdrawing the feed and a terse note with a /32 netmask and a version number.
Written by hand apart from the extraction rules (see make_fortyfirst_au); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.fortyfirst_au_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    K9,
    MAC_OUTLOOK,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SAMSUNG,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

I16, I17, I18, I20 = ico("2874106"), ico("4720391"), ico("2561803"), ico("0638275")
I22, I23, I25, I26 = ico("6038471"), ico("0712984"), ico("2443017"), ico("7088145")
I28 = ico("8731206")

CASES: list[dict[str, Any]] = [
    {
        "id": "au015-austrian-publisher-pdf",
        "description": "Austrian publisher in German: a PDF table whose cells wrap, production "
        "and a backup ('Ausfallserver') and one test address; the firm register number",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Waldviertler Medienhaus GmbH",
            None,
            None,
            ["198.51.100.111", "198.51.100.112"],
            ["198.51.100.119"],
            "Stefanie Pichlmayr",
            "s.pichlmayr@waldviertler-medien.example",
            "+436644120983",
        ),
        "from": "Stefanie Pichlmayr <s.pichlmayr@waldviertler-medien.example>",
        "subject": "Ansuchen um Zugang zu den Wahlergebnissen",
        "headers": MAC_OUTLOOK,
        "body": (
            "Grüß Gott,\n\n"
            "anbei unser Ansuchen um Zugang zum XML-Ergebnisserver (PDF). Bei Rückfragen "
            "erreichen Sie mich unter der unten angeführten Nummer.\n\n"
            "Liebe Grüße aus Zwettl\n"
            "Stefanie Pichlmayr\n"
            "Waldviertler Medienhaus GmbH\n"
            "+43 664 4120983\n"
        ),
        "attachments": [
            (
                "pdf",
                "Ansuchen_Wahlergebnisse_CSU.pdf",
                [
                    "Waldviertler Medienhaus GmbH · Landstraße 27 · 3910 Zwettl · FN 318044 t",
                    "An das Tschechische Statistische Amt (ČSÚ), Prag",
                    "Ansuchen um Zugang zu den Wahlergebnissen im XML-Format",
                    "Für die grenzüberschreitende Berichterstattung unserer Wochenzeitung "
                    "„Waldviertler Rundschau“ ersuchen wir um Freischaltung folgender "
                    "Adressen:",
                    {
                        "rows": [
                            ["Verwendung", "IP-Adresse", "Anmerkung"],
                            [
                                "Produktion (Hauptserver)",
                                "198.51.100.111",
                                "Rechenzentrum Krems, Abruf alle 60 Sekunden",
                            ],
                            [
                                "Produktion (Ausfallserver)",
                                "198.51.100.112",
                                "nur bei Störung des Hauptservers aktiv",
                            ],
                            ["Test", "198.51.100.119", "Staging-Umgebung, Version 4.2.1"],
                        ],
                        "widths": [110, 95, 130],
                    },
                    "Ansprechpartnerin: Mag. Stefanie Pichlmayr, Tel. +43 664 4120983, "
                    "s.pichlmayr@waldviertler-medien.example",
                    "Eine Dreh- oder Aufnahmegenehmigung wird nicht benötigt.",
                    "Zwettl, am 8. September 2025",
                ],
            )
        ],
    },
    {
        "id": "au016-forward-it-ipv6-block",
        "description": "an editor forwards IT's note: production an IPv6 /126 (four addresses), "
        "test one IPv6 address; the editor is the contact, IT's engineer only quoted",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Zprávy Vysočina.cz s.r.o.",
            I16,
            None,
            ["2001:db8:77::", "2001:db8:77::1", "2001:db8:77::2", "2001:db8:77::3"],
            ["2001:db8:77::100"],
            "Veronika Stará",
            "stara@zpravyvysocina.example",
            "+420724630158",
        ),
        "from": "Veronika Stará <stara@zpravyvysocina.example>",
        "subject": "Fwd: adresy pro ČSÚ",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "za Zprávy Vysočina.cz s.r.o. (IČO "
            f"{I16}) žádáme o přístup k výsledkům voleb v XML. Adresy posílá náš IT níže, "
            "kontaktní osobou jsem já: Veronika Stará, 724 630 158.\n\n"
            "Díky moc,\nVeronika Stará\nvedoucí vydání\n\n"
            "---------- Forwarded message ---------\n"
            "Od: Lukáš Petrů <petru@zpravyvysocina.example>\n"
            "Date: po 8. 9. 2025 v 16:02\n"
            "Subject: adresy pro ČSÚ\n"
            "To: Veronika Stará <stara@zpravyvysocina.example>\n\n"
            "Ahoj Veru,\n\n"
            "stahovat budeme jen přes IPv6, máme pro to blok 2001:db8:77::/126 (produkce, "
            "všechny čtyři adresy, podle toho, který node zrovna běží). Test dělám z "
            "2001:db8:77::100.\n"
            "IPv4 nemáme, NAT64 nepoužíváme.\n\n"
            "L.\n"
            "--\nLukáš Petrů, IT, tel. 607 118 224\n"
        ),
    },
    {
        "id": "au017-paper-form-unticked-filming",
        "description": "a weekly's form typed into the mail in iso-8859-2: the filming box "
        "left unticked, the feed box ticked; IČO written 'IČ:'",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Týdeník Hořicko, z.s.",
            I17,
            None,
            ["192.0.2.144"],
            ["192.0.2.145"],
            "Miloš Tichý",
            "tichy@tydenikhoricko.example",
            "+420493624117",
        ),
        "from": "Miloš Tichý <tichy@tydenikhoricko.example>",
        "subject": "formulář - žádost volby",
        "headers": SEZNAM,
        "charset": "iso-8859-2",
        "cte": "8bit",
        "body": (
            "Dobrý den, posílám vyplněný formulář.\n\n"
            "ŽÁDOST MÉDIA - VOLBY\n"
            "====================\n"
            "Žadatel: Týdeník Hořicko, z.s.\n"
            f"IČ: {I17}\n"
            "Předmět žádosti:\n"
            "  [X] přístup k výsledkům ve formátu XML\n"
            "  [ ] povolení pořizovat záznam na sběrném místě\n"
            "Produkční IP: 192.0.2.144\n"
            "Testovací IP: 192.0.2.145\n"
            "Kontaktní osoba: Tichý Miloš\n"
            "Telefon: 493 624 117\n"
            "E-mail: tichy@tydenikhoricko.example\n\n"
            "Miloš Tichý, předseda spolku\n"
        ),
    },
    {
        "id": "au018-agency-databox-xlsx-old-temp",
        "description": "an agency's data message with an XLSX: an address marked no longer used, "
        "a temporary test address, a merged role cell over two production rows",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Česká fotografická agentura, a.s.",
            I18,
            "f6ya9pw",
            ["203.0.113.170", "203.0.113.171"],
            ["203.0.113.178"],
            "Dana Vojtíšková",
            "vojtiskova@cfa-foto.example",
            "+420602158349",
        ),
        "subject": "ČFA – přístup k výsledkům voleb, adresy v příloze",
        "databox": {
            "box": "f6ya9pw",
            "sender": "Česká fotografická agentura, a.s.",
            "address": "Žitná 610/19, 110 00 Praha 1",
        },
        "attachments": [
            (
                "xlsx",
                "CFA_volby_IP.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Česká fotografická agentura, a.s."],
                            ["IČO", I18],
                            ["Požadujeme", "přístup k XML výsledkům"],
                            ["Kontakt", "Dana Vojtíšková"],
                            ["Telefon", "+420 602 158 349"],
                            ["E-mail", "vojtiskova@cfa-foto.example"],
                        ],
                    },
                    {
                        "title": "IP adresy",
                        "rows": [
                            ["Role", "Adresa", "Poznámka"],
                            ["produkce", "203.0.113.170", "primární"],
                            [None, "203.0.113.171", "sekundární"],
                            ["test", "203.0.113.178", "dočasná VM jen na zkoušky v září"],
                            ["produkce", "203.0.113.160", "již nepoužíváme – zrušit"],
                        ],
                        "merge": ["A2:A3"],
                    },
                ],
            )
        ],
    },
    {
        "id": "au019-finnish-two-liner",
        "description": "a Finnish daily's two-line English note with Finnish greetings and "
        "abbreviations (prod / test), phone only in the signature",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Savon Iltalehti Oy",
            None,
            None,
            ["198.51.100.33"],
            ["198.51.100.34"],
            "Juha Rautiainen",
            "juha.rautiainen@savoniltalehti.example",
            "+358401882356",
        ),
        "from": "Juha Rautiainen <juha.rautiainen@savoniltalehti.example>",
        "subject": "XML access pls",
        "headers": K9,
        "body": (
            "Hei! Savon Iltalehti Oy would like the Czech election XML feed: prod "
            "198.51.100.33, test 198.51.100.34. No filming.\nKiitos!\n\n"
            "Juha Rautiainen / Savon Iltalehti, Kuopio / +358 40 188 2356\n"
        ),
    },
    {
        "id": "au020-reply-keeps-quoted-original",
        "description": "reply to the office's request for a test address: new temporary test "
        "address, production and contact from the applicant's quoted original; the office's "
        "quoted contacts are not the applicant's",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Nakladatelství Krkonošský posel s.r.o.",
            I20,
            None,
            ["192.0.2.121"],
            ["192.0.2.133"],
            "Šárka Vondráčková",
            "vondrackova@krkonosskyposel.example",
            "+420737402915",
        ),
        "from": "Šárka Vondráčková <vondrackova@krkonosskyposel.example>",
        "subject": "Re: Žádost o přístup – doplnění",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den,\n\n"
            "doplňuji testovací adresu: 192.0.2.133 (dočasná, jen do 20. 9., pak ji "
            "zrušíme). Produkční adresa a kontakt zůstávají podle mé původní žádosti níže.\n\n"
            "Šárka Vondráčková\n\n"
            "Dne 11.09.2025 09:41, Český statistický úřad napsal:\n"
            "> Dobrý den,\n"
            "> děkujeme za žádost. Prosíme o doplnění testovací IP adresy, případně\n"
            "> potvrzení, že testovat budete z produkční adresy.\n"
            "> S pozdravem\n"
            "> Oddělení publikace výsledků voleb, ČSÚ\n"
            "> tel. 274 052 733, podatelna@czso.cz, ID DS 2gfaasy\n"
            ">\n"
            "> Dne 10.09.2025 15:12, Šárka Vondráčková napsal:\n"
            ">> Dobrý den,\n"
            ">> Nakladatelství Krkonošský posel s.r.o., IČO "
            f"{I20}, žádá o přístup k XML s výsledky voleb.\n"
            ">> Produkční IP: 192.0.2.121\n"
            ">> Kontakt: Šárka Vondráčková, 737 402 915\n"
            ">> S pozdravem\n"
            ">> Šárka Vondráčková, redakce Krkonošský posel, Vrchlabí\n"
        ),
    },
    {
        "id": "au021-danish-crew-conditional-feed",
        "description": "Danish TV in English: filming first, then the feed 'if it can be "
        "arranged as well' with one address and no test",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Sydjysk TV A/S",
            None,
            None,
            ["203.0.113.212"],
            [],
            "Mette Kjærsgaard",
            "mk@sydjysktv.example",
            "+4528419077",
        ),
        "from": "Mette Kjærsgaard <mk@sydjysktv.example>",
        "subject": "Sydjysk TV – filming + XML results",
        "headers": OUTLOOK,
        "body": (
            "Dear colleagues at ČSÚ,\n\n"
            "Sydjysk TV A/S (Esbjerg) is sending a two-person crew to Prague for the "
            "elections. We kindly ask for permission to film at a collection point on "
            "election night.\n\n"
            "If it can be arranged as well, we would also like access to the XML results "
            "feed from our newsroom server 203.0.113.212 (we'll test from that same server).\n\n"
            "I'm the contact for both: Mette Kjærsgaard, producer, +45 28 41 90 77, "
            "mk@sydjysktv.example. The crew (Rasmus Lund, +45 31 22 08 64) will arrive on "
            "Friday.\n\n"
            "Venlig hilsen\n"
            "Mette Kjærsgaard\n"
            "Sydjysk TV A/S · CVR 38 21 47 09\n"
        ),
    },
    {
        "id": "au022-institute-smime-netmask31",
        "description": "a public research institute's S/MIME-signed mail: an address with a "
        "/31 netmask (two addresses), no test; 'v. v. i.' legal form, box ID in the signature",
        "style": Style.INSTITUTE,
        "labels": L(
            [FEED],
            "Ústav pro výzkum veřejného mínění, v. v. i.",
            I22,
            "u3vk8hc",
            ["198.51.100.96", "198.51.100.97"],
            [],
            "Petr Lhoták",
            "lhotak@uvvm.example",
            "+420221183460",
        ),
        "from": '"Mgr. Petr Lhoták Ph.D." <lhotak@uvvm.example>',
        "subject": "Žádost ÚVVM o přístup k průběžným výsledkům voleb",
        "headers": TBIRD,
        "smime": True,
        "body": (
            "Vážení kolegové,\n\n"
            "Ústav pro výzkum veřejného mínění, v. v. i., by rád pro výzkumné účely "
            "(projekt GA ČR 24-11802S, analýza průběhu sčítání) zpracovával průběžné "
            "výsledky voleb. Nejsme médium v pravém smyslu, výsledky však budeme "
            "komentovat v přímém přenosu partnerské televize a zveřejňovat na uvvm.example.\n\n"
            "Adresa: 198.51.100.96 s maskou 255.255.255.254 (dva servery v clusteru).\n"
            "Testovací prostředí nemáme, testovat budeme z produkce.\n"
            "Natáčení nepotřebujeme.\n\n"
            "Kontaktní osoba: Mgr. Petr Lhoták, Ph.D., tel. 221 183 460, "
            "lhotak@uvvm.example\n\n"
            "S pozdravem\n"
            "Petr Lhoták\n"
            "Oddělení volebních studií\n"
            "Ústav pro výzkum veřejného mínění, v. v. i.\n"
            f"Jilská 361/1, 110 00 Praha 1 | IČO {I22} | DS: u3vk8hc\n"
        ),
    },
    {
        "id": "au023-slovak-daily-czech-branch",
        "description": "Slovak regional daily writing Slovak with its Czech branch applying; "
        "'primárny/sekundárny/testovací' in one line; Slovak and Czech phones, Slovak IČO "
        "of the parent company",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Záhorské noviny, s.r.o., odštěpný závod Hodonín",
            I23,
            None,
            ["203.0.113.150", "203.0.113.151"],
            ["203.0.113.160"],
            "Zuzana Mikulová",
            "mikulova@zahorskenoviny.example",
            "+420606712334",
        ),
        "from": "Zuzana Mikulová <mikulova@zahorskenoviny.example>",
        "subject": "Žiadosť – výsledky volieb XML + natáčanie Hodonín",
        "headers": SAMSUNG,
        "body": (
            "Dobrý deň,\n\n"
            "žiadateľom je Záhorské noviny, s.r.o., odštěpný závod Hodonín, IČO "
            f"{I23} (materská spoločnosť v Senici má slovenské IČO 36 271 454). Žiadame o:\n"
            "– prístup k výsledkom volieb vo formáte XML: primárny 203.0.113.150, sekundárny "
            "203.0.113.151, testovací 203.0.113.160;\n"
            "– povolenie nakrúcať na zbernom mieste ČSÚ v Hodoníne.\n\n"
            "Kontakt: Zuzana Mikulová, český mobil 606 712 334 (slovenský +421 915 208 771 "
            "mám len cez víkendy), mikulova@zahorskenoviny.example\n\n"
            "Ďakujem,\nZuzana Mikulová\n\n"
            "Odoslané z môjho Galaxy\n"
        ),
    },
    {
        "id": "au024-german-freelancer-forwards-own-eml",
        "description": "a German freelance photographer re-sends his original application as an "
        "attached .eml and changes his phone number in the new text; filming only",
        "style": Style.FORWARD,
        "labels": L(
            [FILM],
            "Matthias Reinwald",
            None,
            None,
            [],
            [],
            "Matthias Reinwald",
            "mail@reinwald-foto.example",
            "+4915229471830",
        ),
        "from": "Matthias Reinwald <mail@reinwald-foto.example>",
        "subject": "WG: Drehgenehmigung Wahlabend – neue Telefonnummer",
        "headers": APPLE,
        "body": (
            "Guten Tag,\n\n"
            "ich habe Ihnen am 3. September den angehängten Antrag geschickt, aber noch "
            "keine Antwort erhalten. Bitte beachten Sie: meine Handynummer hat sich "
            "geändert, neu ist +49 152 29471830 (die alte Nummer im Anhang gilt nicht mehr).\n\n"
            "Viele Grüße\nMatthias Reinwald\nFreier Fotojournalist, Dresden\n"
        ),
        "attachments": [
            (
                "eml",
                "Antrag_Drehgenehmigung.eml",
                {
                    "id": "au024-inner",
                    "from": "Matthias Reinwald <mail@reinwald-foto.example>",
                    "to": "podatelna@czso.cz",
                    "subject": "Antrag auf Drehgenehmigung am Wahlabend",
                    "headers": TBIRD,
                    "body": (
                        "Sehr geehrte Damen und Herren,\n\n"
                        "als freier Fotojournalist (u. a. für Sächsische Landesblätter) "
                        "beantrage ich die Genehmigung, am Wahlabend in einer Ihrer "
                        "Sammelstellen in Ústí nad Labem zu fotografieren und kurze Videos "
                        "aufzunehmen. Den XML-Zugang brauche ich nicht.\n\n"
                        "Matthias Reinwald\n"
                        "Königsbrücker Str. 58, 01099 Dresden\n"
                        "Mobil +49 160 5538172\n"
                        "mail@reinwald-foto.example\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "au025-owa-html-table-ipv6",
        "description": "HTML-only Outlook on the web mail: a table with a row header per role, "
        "production IPv4 plus IPv6 written in full, test IPv6",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Pražský kurýr a.s.",
            I25,
            None,
            ["192.0.2.230", "2001:db8:c0a::e6"],
            ["2001:db8:c0a::f0"],
            "Filip Zedník",
            "filip.zednik@prazskykuryr.example",
            "+420773580261",
        ),
        "from": "Zedník Filip <filip.zednik@prazskykuryr.example>",
        "subject": "Přístup k XML – Pražský kurýr",
        "headers": OWA,
        "html": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body><div style="font-family:Aptos,sans-serif;font-size:12pt">'
            "<p>Dobrý den,</p><p>Pražský kurýr a.s., IČO&nbsp;"
            f"{I25}, žádá o zřízení přístupu k výsledkům voleb ve formátu XML.</p>"
            '<table style="border-collapse:collapse" border="1">'
            "<tbody>"
            "<tr><th>Ostrý provoz</th><td>192.0.2.230</td>"
            "<td>2001:0db8:0c0a:0000:0000:0000:0000:00e6</td></tr>"
            "<tr><th>Testování</th><td>–</td><td>2001:db8:c0a::f0</td></tr>"
            "</tbody></table>"
            "<p>Kontakt: Filip Zedník, vývojář, mobil 773&nbsp;580&nbsp;261.</p>"
            "<p>S pozdravem<br>Filip Zedník<br>Pražský kurýr a.s. | Vodičkova 36, Praha 1"
            "<br>Ústředna: +420 222 510 000</p>"
            '<p style="color:#888;font-size:8pt">Tato zpráva může obsahovat důvěrné '
            "informace.</p></div></body></html>"
        ),
    },
    {
        "id": "au026-university-databox-pdf-only",
        "description": "a university's data message: the annotation says only 'Žádost', the "
        "PDF letter names the office's own box and IČO in its address block",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Univerzita Pardubického kraje",
            I26,
            "w9sn4ra",
            ["198.51.100.201", "198.51.100.202", "198.51.100.203"],
            ["198.51.100.210"],
            "Jakub Řezníček",
            "jakub.reznicek@upk.example",
            "+420466037712",
        ),
        "subject": "Žádost",
        "databox": {
            "box": "w9sn4ra",
            "sender": "Univerzita Pardubického kraje",
            "address": "Studentská 95, 532 10 Pardubice",
        },
        "attachments": [
            (
                "pdf",
                "UPK_zadost_CSU.pdf",
                [
                    "Univerzita Pardubického kraje\nKatedra mediálních studií\n"
                    "Studentská 95, 532 10 Pardubice",
                    "Český statistický úřad\nIČO 00025593, ID DS 2gfaasy\n"
                    "Na padesátém 81, 100 82 Praha 10",
                    "Naše č. j.: UPK/KMS/0912/2025",
                    "Věc: Žádost o přístup k výsledkům voleb a o povolení natáčení",
                    "Univerzita Pardubického kraje (IČO "
                    + I26
                    + ") žádá pro studentskou televizi UPK TV o:",
                    "1. přístup k serveru s výsledky voleb ve formátu XML z adres "
                    "198.51.100.201 až 198.51.100.203 (produkční servery laboratoře), "
                    "testovací adresa 198.51.100.210;",
                    "2. povolení natáčet na sběrném místě v Pardubicích (dva studenti s "
                    "kamerou pod vedením pedagoga).",
                    "Kontaktní osoba: Ing. Jakub Řezníček, tel. 466 037 712, "
                    "jakub.reznicek@upk.example",
                    "doc. Mgr. Hana Boučková, Ph.D., vedoucí katedry",
                ],
            )
        ],
    },
    {
        "id": "au027-belgian-withdraws-feed",
        "description": "Belgian broadcaster in French corrects itself in the same mail: the XML "
        "request withdrawn (they will use an agency), filming kept",
        "style": Style.CORRECTION,
        "labels": L(
            [FILM],
            "Radio-Télévision Meuse-Ardenne ASBL",
            None,
            None,
            [],
            [],
            "Julien Lambotte",
            "j.lambotte@rtma.example",
            "+32476281904",
        ),
        "from": "Julien Lambotte <j.lambotte@rtma.example>",
        "subject": "Demande : flux XML + tournage / RTMA",
        "headers": GMAIL,
        "flowed": True,
        "body": (
            "Bonjour,\n\n"
            "La Radio-Télévision Meuse-Ardenne ASBL (Namur) souhaite couvrir les élections "
            "tchèques. Nous demandons :\n"
            "1) l'accès au flux XML des résultats depuis 198.51.100.66 ;\n"
            "2) l'autorisation de filmer dans un point de collecte à Prague.\n\n"
            "Correction après discussion avec la rédaction : nous retirons la demande n° 1 "
            "(nous utiliserons les dépêches d'agence), seule la demande de tournage est "
            "maintenue.\n\n"
            "Contact : Julien Lambotte, journaliste reporter d'images, +32 476 28 19 04.\n\n"
            "Cordialement,\n"
            "Julien Lambotte\n"
            "RTMA – Rue de Fer 12, 5000 Namur – BCE 0412.663.508\n"
        ),
    },
    {
        "id": "au028-terse-netmask32-version",
        "description": "a terse note: an address with a /32 netmask (one address), a curl "
        "version and a port that are not addresses, test 'stejna'",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Volební Data Lab s.r.o.",
            I28,
            None,
            ["192.0.2.8"],
            [],
            "Vít Šebesta",
            "vit@volebnidatalab.example",
            "+420721004583",
        ),
        "from": "Vít Šebesta <vit@volebnidatalab.example>",
        "subject": "pristup xml",
        "headers": K9,
        "body": (
            "Zdravim,\n"
            f"Volební Data Lab s.r.o., IČO {I28}, dodavame vysledky pro weby vice "
            "regionalnich deniku (na jejich objednavku, ale zadame za sebe).\n"
            "IP 192.0.2.8 maska 255.255.255.255, test stejna.\n"
            "stahujeme curl 7.88.1 pres 443, interval 20 s.\n"
            "Vít Šebesta, 721 004 583\n"
        ),
    },
]
