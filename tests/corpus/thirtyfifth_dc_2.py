"""Thirty-fifth held-out part ``dc``, cases dc015–dc028: a Norwegian daily asking to film "if
possible", a Danish spreadsheet with an old row, an Austrian broadcaster's checkbox form, a
press agency's HTML table with a written range and a /31, a university's data message with a
PDF, a municipal forward where the spokesperson takes over as contact, a Polish crew that
declines the feed and names a local fixer, a podcaster's ODT yes/no form, a reply completing
an own earlier mail, an RTF letter with 'first two … last', a Slovak IPv6 block, an agency's
data message with a spreadsheet, a small town's long letter asking only to film and a terse
English freelancer. Written by hand apart from the extraction rules (see make_thirtyfifth_dc);
labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtyfifth_dc_common import (
    APPLE,
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    K9,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

I18, I19, I20, I22 = ico("4417290"), ico("0021674"), ico("0027530"), ico("0931847")
I23, I24, I25, I26 = ico("2806335"), ico("2572148"), ico("4671302"), ico("2913640")
I27 = ico("0057241")

CASES: list[dict[str, Any]] = [
    {
        "id": "dc015-norwegian-filming-if-possible",
        "description": "Norwegian daily writes Norwegian: feed plus filming 'if you allow "
        "it' (a request that stands); 'reserve' server is production",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Vestlandsnytt AS",
            None,
            None,
            ["198.51.100.180", "198.51.100.181"],
            [],
            "Ingrid Haugland",
            "ingrid.haugland@vestlandsnytt.example",
            "+4741255630",
        ),
        "from": "Ingrid Haugland <ingrid.haugland@vestlandsnytt.example>",
        "subject": "Søknad: tilgang til valgresultater (XML) og filming",
        "headers": APPLE,
        "body": (
            "Hei,\n\n"
            "Vestlandsnytt AS (org.nr. 918 447 302) søker om tilgang til de foreløpige "
            "valgresultatene i XML-format.\n\n"
            "Hovedserver: 198.51.100.180\n"
            "Reserveserver: 198.51.100.181\n"
            "Egen testserver har vi ikke.\n\n"
            "Vi vil gjerne også filme ved innsamlingsstedet i Praha på valgnatten, hvis "
            "dere tillater det. Vi er to personer (journalist og fotograf).\n\n"
            "Kontaktperson: Ingrid Haugland, mobil +47 412 55 630\n\n"
            "Med vennlig hilsen\nIngrid Haugland\nutenriksredaksjonen, Vestlandsnytt\n"
        ),
    },
    {
        "id": "dc016-danish-xlsx-old-row",
        "description": "Danish paper writes English and Danish; an XLSX with an environment "
        "column and a row marked old/no longer used",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Dagbladet Sønderjylland A/S",
            None,
            None,
            ["203.0.113.31", "203.0.113.32"],
            ["203.0.113.35"],
            "Mette Søgaard",
            "mso@dagbladet-sj.example",
            "+4528714406",
        ),
        "from": "Mette Søgaard <mso@dagbladet-sj.example>",
        "subject": "Application: XML election results – Dagbladet Sønderjylland",
        "headers": OWA,
        "body": (
            "Dear colleagues at ČSÚ,\n\n"
            "Dagbladet Sønderjylland A/S applies for access to the XML election results. "
            "Our IP addresses are listed in the attached spreadsheet (sheet 'IP').\n\n"
            "Contact person: Mette Søgaard, +45 28 71 44 06.\n\n"
            "Venlig hilsen / Kind regards\n"
            "Mette Søgaard\nDatajournalist\nDagbladet Sønderjylland A/S, CVR 27 41 88 05\n"
        ),
        "attachments": [
            (
                "xlsx",
                "IP_adresser.xlsx",
                [
                    {
                        "title": "IP",
                        "rows": [
                            ["Miljø", "IP-adresse", "Bemærkning"],
                            ["Produktion", "203.0.113.31", "web01"],
                            ["Produktion", "203.0.113.32", "web02"],
                            ["Produktion", "203.0.113.30", "gammel – bruges ikke længere"],
                            ["Test", "203.0.113.35", "staging"],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "dc017-austrian-checkbox-form",
        "description": "Austrian broadcaster fills a German checkbox form: feed ticked, "
        "filming unticked; primary/secondary servers; test 'keine'",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Salzkammergut Rundfunk GmbH",
            None,
            None,
            ["192.0.2.170", "192.0.2.171"],
            [],
            "Lukas Pichler",
            "l.pichler@skg-rundfunk.example",
            "+436643812290",
        ),
        "from": "Lukas Pichler <l.pichler@skg-rundfunk.example>",
        "subject": "Antrag Wahlergebnisse – Salzkammergut Rundfunk",
        "headers": TBIRD,
        "body": (
            "Grüß Gott,\n\n"
            "anbei unser Antrag, direkt in die Mail geschrieben:\n\n"
            "Antragsteller: Salzkammergut Rundfunk GmbH, FN 318842 t, Bad Ischl\n\n"
            "Beantragt wird:\n"
            "[x] Zugang zu den Wahlergebnissen im XML-Format\n"
            "[ ] Drehgenehmigung in der Sammelstelle\n\n"
            "IP-Adressen\n"
            "  Primär:    192.0.2.170\n"
            "  Sekundär:  192.0.2.171\n"
            "  Test:      keine\n\n"
            "Ansprechpartner: Lukas Pichler, Tel. +43 664 381 2290\n\n"
            "Beste Grüße aus Bad Ischl\nLukas Pichler\nTechnik / IT\n"
        ),
    },
    {
        "id": "dc018-agency-html-range-and-31",
        "description": "HTML-only Gmail from an agency's assistant: production as a written "
        "range of four, test as a /31; the data editor named as contact",
        "style": Style.AGENCY,
        "labels": L(
            [FEED],
            "Zpravodajská agentura Střed, a.s.",
            I18,
            None,
            ["203.0.113.100", "203.0.113.101", "203.0.113.102", "203.0.113.103"],
            ["203.0.113.110", "203.0.113.111"],
            "Marek Hájek",
            "hajek@agentura-stred.example",
            "+420724361908",
        ),
        "from": "Simona Vlková <asistentka@agentura-stred.example>",
        "subject": "Žádost o přístup – Zpravodajská agentura Střed",
        "headers": GMAIL,
        "html": (
            '<div dir="ltr"><div>Dobrý den,</div><div><br></div>'
            "<div>za Zpravodajskou agenturu Střed, a.s. (IČO&nbsp;" + I18 + ") posílám "
            "žádost o přístup k výsledkům voleb v XML:</div><div><br></div>"
            '<table style="border-collapse:collapse" border="1"><tbody>'
            "<tr><td><b>Typ</b></td><td><b>Adresy</b></td></tr>"
            "<tr><td>produkce</td><td>203.0.113.100 – 203.0.113.103</td></tr>"
            "<tr><td>test</td><td>203.0.113.110/31</td></tr>"
            "</tbody></table><div><br></div>"
            "<div>Kontaktní osoba: Marek Hájek, šéfeditor dat, tel. 724&nbsp;361&nbsp;908, "
            '<a href="mailto:hajek@agentura-stred.example">hajek@agentura-stred.example</a>'
            "</div><div><br></div>"
            "<div>S pozdravem</div><div>Simona Vlková</div>"
            "<div>asistentka ředitele | Zpravodajská agentura Střed, a.s. | 226 011 400</div>"
            "</div>"
        ),
    },
    {
        "id": "dc019-university-databox-pdf-ipv6",
        "description": "university data message, the application only in a PDF from one of "
        "its institutes; production IPv4 + IPv6, test IPv6; office's box in the letter",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Jihomoravská univerzita v Břeclavi",
            I19,
            "u2kd8wr",
            ["198.51.100.12", "2001:db8:c0a::12"],
            ["2001:db8:c0a::99"],
            "Petr Zedník",
            "zednik@jmub.example",
            "+420519402733",
        ),
        "subject": "Žádost – přístup k volebním datům XML (Ústav žurnalistiky)",
        "databox": {
            "box": "u2kd8wr",
            "sender": "Jihomoravská univerzita v Břeclavi",
            "address": "Školní 1, 690 02 Břeclav",
        },
        "attachments": [
            (
                "pdf",
                "zadost_UZ_volby.pdf",
                [
                    "Jihomoravská univerzita v Břeclavi | Fakulta sociálních studií | "
                    "Ústav žurnalistiky",
                    "Český statistický úřad, ID DS 2gfaasy",
                    "Č. j.: JMUB/FSS/4418/2025",
                    "Věc: Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Ústav žurnalistiky připravuje se studenty volební studio. Jménem "
                    f"Jihomoravské univerzity v Břeclavi, IČO {I19}, žádáme o přístup:",
                    {
                        "rows": [
                            ["Účel", "Adresa"],
                            ["produkční server (IPv4)", "198.51.100.12"],
                            ["produkční server (IPv6)", "2001:db8:c0a::12"],
                            ["testovací počítač v učebně (jen IPv6)", "2001:db8:c0a::99"],
                        ],
                        "widths": [120, 110],
                    },
                    "Kontaktní osoba: Ing. Petr Zedník, Ph.D., tel. +420 519 402 733, "
                    "zednik@jmub.example",
                    "prof. Mgr. Hana Lounová, Dr., ředitelka ústavu",
                ],
            )
        ],
    },
    {
        "id": "dc020-municipal-forward-spokesperson-contact",
        "description": "a town's spokesperson forwards her IT colleague's mail with the "
        "addresses, adds filming for the town TV and names herself the contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED, FILM],
            "Město Bělá nad Sázavou",
            I20,
            None,
            ["192.0.2.180"],
            ["192.0.2.181"],
            "Tereza Malá",
            "mala@bela-nad-sazavou.example",
            "+420733915240",
        ),
        "from": "Tereza Malá <mala@bela-nad-sazavou.example>",
        "subject": "Fwd: adresy pro ČSÚ",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            f"Město Bělá nad Sázavou (IČO {I20}) žádá o přístup k výsledkům voleb ve formátu "
            "XML pro náš zpravodajský portál; adresy posílá kolega z IT níže. Zároveň bychom "
            "rádi natočili pro Bělskou televizi krátkou reportáž na Vašem sběrném místě "
            "v Benešově.\n\n"
            "Kontaktní osobou budu já (ne kolega Jirout), tel. 733 915 240.\n\n"
            "Tereza Malá\ntisková mluvčí, Město Bělá nad Sázavou\n\n"
            "---------- Forwarded message ---------\n"
            "From: Jirout Aleš <jirout@bela-nad-sazavou.example>\n"
            "Date: po 8. 9. 2025 v 14:02\n"
            "Subject: adresy pro ČSÚ\n"
            "To: Tereza Malá <mala@bela-nad-sazavou.example>\n\n"
            "Terko, tady to je:\n"
            "ostrý server portálu – 192.0.2.180\n"
            "testovací – 192.0.2.181\n"
            "firewall je na verzi 7.4.3.2, kdyby se ptali.\n"
            "Aleš, 317 870 155\n"
        ),
    },
    {
        "id": "dc021-polish-crew-declines-feed-fixer",
        "description": "Polish TV writes English: filming only, declines the XML feed "
        "explicitly; the contact is the crew's local fixer with a Czech number",
        "style": Style.MIXED,
        "labels": L(
            [FILM],
            "Telewizja Odra Sp. z o.o.",
            None,
            None,
            [],
            [],
            "Petra Šimková",
            "petra.simkova@fixer-praha.example",
            "+420776208341",
        ),
        "from": "Anna Zielińska <a.zielinska@tvodra.example>",
        "subject": "Filming permit request – Telewizja Odra, election night",
        "headers": GMAIL,
        "body": (
            "Dear Sir or Madam,\n\n"
            "Telewizja Odra Sp. z o.o. (Wrocław) would like to film a short report at your "
            "results collection point in Prague on election night. Crew: reporter Anna "
            "Zielińska, camera Paweł Kruk.\n\n"
            "We do not need the XML results feed – our Warsaw desk gets the numbers from a "
            "news agency.\n\n"
            "Our local contact for this request is our fixer in Prague, Petra Šimková "
            "(petra.simkova@fixer-praha.example, +420 776 208 341); she speaks Czech and "
            "will coordinate everything on site.\n\n"
            "Z poważaniem / Kind regards\n"
            "Anna Zielińska\nreporter, Telewizja Odra\n+48 71 334 20 18\n"
        ),
    },
    {
        "id": "dc022-podcaster-odt-yes-no",
        "description": "a one-person podcast with an IČO sends an ODT form with ano/ne "
        "answers: feed yes, filming no; production as /32",
        "style": Style.FREELANCE,
        "labels": L(
            [FEED],
            "Jakub Řezníček",
            I22,
            None,
            ["198.51.100.250"],
            [],
            "Jakub Řezníček",
            "jakub@nahrane-podcast.example",
            "+420608331475",
        ),
        "from": "Jakub Řezníček <jakub@nahrane-podcast.example>",
        "subject": "Žádost – podcast Na hraně",
        "headers": EVOLUTION,
        "body": ("Dobrý den,\nposílám vyplněnou žádost v příloze (odt).\nJakub Řezníček\n"),
        "attachments": [
            (
                "odt",
                "zadost_nahrane.odt",
                [
                    "Žádost o přístup k výsledkům voleb",
                    [
                        ["Položka", "Údaj"],
                        ["Žadatel", "Jakub Řezníček (podcast Na hraně)"],
                        ["IČO", I22],
                        ["Přístup k XML výsledkům", "ano"],
                        ["Natáčení na sběrném místě", "ne"],
                        ["Produkční IP", "198.51.100.250/32"],
                        ["Testovací IP", "—"],
                        ["Kontakt", "Jakub Řezníček, 608 331 475, jakub@nahrane-podcast.example"],
                    ],
                    "Podcast vydávám sám jako fyzická osoba, nemám s.r.o.",
                ],
            )
        ],
    },
    {
        "id": "dc023-reply-completes-own-original",
        "description": "reply to the office's query: new text gives the test address and "
        "refers to the quoted own original for the rest; office quoted in between",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Jizerské listy s.r.o.",
            I23,
            None,
            ["192.0.2.33"],
            ["192.0.2.34"],
            "Roman Kučera",
            "kucera@jizerskelisty.example",
            "+420481330926",
        ),
        "from": "Roman Kučera <kucera@jizerskelisty.example>",
        "subject": "Re: Re: Přístup k XML – doplnění",
        "headers": ROUNDCUBE,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\n"
            "doplňuji: testovací adresa je 192.0.2.34. Jinak vše platí podle mé původní "
            "žádosti níže.\n\n"
            "R. Kučera\n\n"
            "Dne 12.09.2025 09:41, podatelna@czso.cz napsal:\n"
            "> Dobrý den,\n"
            "> ve Vaší žádosti chybí testovací IP adresa. Pokud ji nemáte, napište to\n"
            "> prosím výslovně. Dotazy: tel. 274 051 111.\n"
            "> Podatelna ČSÚ, IČO 00025593, ID DS 2gfaasy\n"
            ">\n"
            "> Dne 11.09.2025 16:20, Roman Kučera napsal:\n"
            ">> Dobrý den,\n"
            ">> žádáme o přístup k výsledkům voleb v XML.\n"
            f">> Jizerské listy s.r.o., IČO {I23}\n"
            ">> produkční server 192.0.2.33\n"
            ">> kontakt: Roman Kučera, 481 330 926, kucera@jizerskelisty.example\n"
        ),
    },
    {
        "id": "dc024-rtf-radio-first-two-last",
        "description": "RTF letter from a regional radio: three addresses, roles given by "
        "'první dvě … poslední'; feed and filming; windows-1250 body",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED, FILM],
            "Rádio Podhoří spol. s r.o.",
            I24,
            None,
            ["203.0.113.140", "203.0.113.141"],
            ["203.0.113.150"],
            "Blanka Stehlíková",
            "stehlikova@radiopodhori.example",
            "+420777402116",
        ),
        "from": "Blanka Stehlíková <stehlikova@radiopodhori.example>",
        "subject": "Žádost Rádio Podhoří",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\nv příloze posílám naši žádost ve formátu RTF.\n\n"
            "Blanka Stehlíková\nRádio Podhoří\n"
        ),
        "attachments": [
            (
                "rtf",
                "zadost_radio_podhori.rtf",
                [
                    f"Rádio Podhoří spol. s r.o., Husova 33, 466 01 Jablonec n. N., IČO {I24}",
                    "Věc: žádost o přístup k výsledkům voleb a o povolení natáčení",
                    "Žádáme o přístup k výsledkům voleb ve formátu XML z adres "
                    "203.0.113.140, 203.0.113.141 a 203.0.113.150 – první dvě jsou pro ostrý "
                    "provoz, poslední pro testování.",
                    "Dále žádáme o povolení pořídit zvukový záznam na sběrném místě "
                    "v Liberci během volební noci.",
                    "Kontaktní osoba: Blanka Stehlíková, mobil 777 402 116.",
                    "Ing. Otakar Beneš, jednatel",
                ],
            )
        ],
    },
    {
        "id": "dc025-slovak-ipv6-block",
        "description": "Slovak TV writes Slovak: production as an IPv6 /127 plus an IPv4, "
        "test IPv4; Slovak IČO with dots",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Dunajské správy, s. r. o.",
            I25,
            None,
            ["2001:db8:77::a", "2001:db8:77::b", "192.0.2.222"],
            ["192.0.2.223"],
            "Gábor Szabó",
            "szabo@dunajskespravy.example",
            "+421917224508",
        ),
        "from": "Gábor Szabó <szabo@dunajskespravy.example>",
        "subject": "Prístup k výsledkom volieb – Dunajské správy",
        "headers": K9,
        "body": (
            "Dobrý deň,\n\n"
            f"za Dunajské správy, s. r. o. (IČO {I25[:2]}.{I25[2:5]}.{I25[5:]}, "
            "Dunajská Streda) žiadam o prístup k výsledkom volieb v XML.\n\n"
            "Produkcia: 2001:db8:77::a/127 a 192.0.2.222\n"
            "Test: 192.0.2.223\n\n"
            "Kontakt: Gábor Szabó, +421 917 224 508\n\n"
            "S pozdravom\nGábor Szabó\n"
        ),
    },
    {
        "id": "dc026-databox-agency-xlsx-nat",
        "description": "agency data message: short annotation, XLSX with a range row, a NAT "
        "internal address not to register and the contact on a second sheet",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Mediaforum CZ, s.r.o.",
            I26,
            "m3fz9pk",
            ["192.0.2.120", "192.0.2.121", "192.0.2.122"],
            ["192.0.2.125"],
            "Daniela Horáková",
            "horakova@mediaforum.example",
            "+420736118522",
        ),
        "subject": "Žádost o přístup k výsledkům voleb – viz příloha",
        "databox": {
            "box": "m3fz9pk",
            "sender": "Mediaforum CZ, s.r.o.",
            "address": "Vinohradská 112, 130 00 Praha 3",
        },
        "attachments": [
            (
                "xlsx",
                "Mediaforum_zadost.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Žadatel", "Mediaforum CZ, s.r.o.", "IČO", I26],
                            ["Role", "IP", "Poznámka", ""],
                            ["produkce", "192.0.2.120-122", "3 stroje za balancerem", ""],
                            ["test", "192.0.2.125", "", ""],
                            ["interní (NAT)", "10.1.1.20", "neregistrovat", ""],
                        ],
                    },
                    {
                        "title": "Kontakt",
                        "rows": [
                            ["Jméno", "Telefon", "E-mail"],
                            [
                                "Daniela Horáková",
                                "+420 736 118 522",
                                "horakova@mediaforum.example",
                            ],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "dc027-long-letter-small-town-filming-only",
        "description": "long chatty letter from a small town's office: filming only, the XML "
        "feed not needed; the mayor signs, the secretary is named contact",
        "style": Style.MUNICIPALITY,
        "labels": L(
            [FILM],
            "Městys Nový Ostrov",
            I27,
            None,
            [],
            [],
            "Jitka Pavlíková",
            "sekretariat@novyostrov.example",
            "+420569441203",
        ),
        "from": "Městys Nový Ostrov <sekretariat@novyostrov.example>",
        "subject": "Prosba o povolení natáčení – Ostrovské listy",
        "headers": SEZNAM,
        "body": (
            "Vážení pracovníci Českého statistického úřadu,\n\n"
            "obracím se na Vás jménem Městyse Nový Ostrov, obce s necelými dvěma tisíci "
            "obyvatel na Vysočině. Náš měsíčník Ostrovské listy a obecní facebook letos "
            "připravují seriál o tom, jak funguje demokracie „od okrsku až po Prahu“. "
            "Děti ze základní školy natáčely už v okrskové volební komisi (se souhlasem "
            "komise, samozřejmě) a rádi bychom příběh dovedli až k Vám.\n\n"
            "Chtěli bychom Vás proto požádat o povolení natáčet krátký materiál (cca 3 minuty) "
            "na sběrném místě ve Žďáru nad Sázavou, kam naše komise odváží výsledky. Natáčela "
            "by paní Pavlíková s jedním dospělým doprovodem a dvěma žáky 9. třídy, bez "
            "světel, jen na mobilní telefon se stabilizátorem.\n\n"
            "O přístup k těm XML datům nežádáme – výsledky do listů přebíráme z Vašeho webu "
            "volby.cz až druhý den, to nám stačí.\n\n"
            f"Pro pořádek: Městys Nový Ostrov, IČO {I27}, Náměstí 1, 592 14 Nový Ostrov. "
            "Kontaktní osobou je paní Jitka Pavlíková, sekretářka úřadu a zároveň "
            "redaktorka listů, tel. 569 441 203 (přímá linka), e-mail "
            "sekretariat@novyostrov.example.\n\n"
            "Předem moc děkujeme za vstřícnost. Pokud by natáčení nebylo možné, "
            "pochopíme to.\n\n"
            "S pozdravem\n\n"
            "Miroslav Trnka\nstarosta\nMěstys Nový Ostrov\ntel. 602 771 930\n"
        ),
    },
    {
        "id": "dc028-terse-english-freelancer",
        "description": "terse English note from a UK freelancer without a company; no test "
        "box; UK mobile",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Tom Ashcroft",
            None,
            None,
            ["198.51.100.199"],
            [],
            "Tom Ashcroft",
            "tom@ashcroft-writes.example",
            "+447700900412",
        ),
        "from": "Tom Ashcroft <tom@ashcroft-writes.example>",
        "subject": "XML feed access",
        "headers": APPLE,
        "body": (
            "Hi,\n\n"
            "Freelance, writing a live blog on the Czech election for a couple of UK "
            "outlets. Need XML feed access from 198.51.100.199. No test box.\n\n"
            "Tom Ashcroft\n+44 7700 900412\n"
        ),
    },
]
