"""Thirtieth held-out part ``xc``, cases xc029–xc042: a university's data message with a nested
DOCX table, a Swiss paper with a netmask, a town paper in format=flowed leaving filming for the
municipal election, Swedish TV's "respectively", a freelancer's data message with the
application only in the annotation, a forward from an IT colleague, a Gmail table with an old
address, a German agency's text form, a Spanish freelancer whose Prague fixer is the contact, a
corrected range, an agency's RTF letter naming the office's box, a long university letter, a
Polish TV's IPv6 range and a contractor whose contact is replaced. Written by hand apart from
the extraction rules (see make_thirtieth_xc); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtieth_xc_common import (
    EVOLUTION,
    FEED,
    FILM,
    GMAIL,
    K9,
    MAC_OUTLOOK,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    L,
    Style,
    ico,
)

I29, I31, I33, I34 = ico("0612839"), ico("2934071"), ico("7301846"), ico("2869350")
I35, I38, I39, I40 = ico("0730261"), ico("4182703"), ico("2520946"), ico("4763102")
I42 = ico("0418572")

CASES: list[dict[str, Any]] = [
    {
        "id": "xc029-databox-university-nested-docx",
        "description": "data message from a university; DOCX letter with the office's own "
        "IČO and box in the address block, a nested table, the IČO only in the footer",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Jihomoravská univerzita v Břeclavi",
            I29,
            "h5rd9qa",
            ["192.0.2.110", "192.0.2.111"],
            ["192.0.2.112"],
            "Pavel Staněk",
            "stanek@jmub.example",
            "+420519440287",
        ),
        "subject": "Žádost JMUB o přístup k XML výsledkům voleb",
        "databox": {
            "box": "h5rd9qa",
            "sender": "Jihomoravská univerzita v Břeclavi",
            "address": "Národních hrdinů 40, 690 02 Břeclav",
        },
        "attachments": [
            (
                "docx",
                "zadost_JMUB.docx",
                {
                    "header": "Jihomoravská univerzita v Břeclavi – Rektorát",
                    "footer": f"Národních hrdinů 40, 690 02 Břeclav | IČO {I29} | www.jmub.example",
                    "blocks": [
                        "Český statistický úřad\nIČO 00025593, datová schránka 2gfaasy",
                        "Č. j.: JMUB/R/0932/2025",
                        "Věc: Žádost o přístup k výsledkům voleb ve formátu XML",
                        "Univerzitní zpravodajský portál JMUB Online žádá o zřízení "
                        "přístupu. Povolení k natáčení nepožadujeme.",
                        {
                            "rows": [
                                ["Položka", "Hodnota"],
                                ["Adresy", ""],
                                [
                                    "Kontakt",
                                    "Ing. Pavel Staněk, CIT JMUB, 519 440 287, stanek@jmub.example",
                                ],
                            ],
                            "nested": {
                                (1, 1): {
                                    "rows": [
                                        ["produkční", "192.0.2.110 a .111"],
                                        ["testovací", "192.0.2.112"],
                                    ]
                                }
                            },
                        },
                        "prof. RNDr. Eva Máchová, CSc., prorektorka",
                    ],
                },
            )
        ],
    },
    {
        "id": "xc030-swiss-paper-netmask-base64",
        "description": "Swiss online paper writes German (base64); production as an "
        "address with the netmask 255.255.255.252, a separate test system",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Limmat Medien AG",
            None,
            None,
            ["203.0.113.8", "203.0.113.9", "203.0.113.10", "203.0.113.11"],
            ["203.0.113.20"],
            "Reto Baumgartner",
            "reto.baumgartner@limmatmedien.example",
            "+41445557219",
        ),
        "from": "Reto Baumgartner <reto.baumgartner@limmatmedien.example>",
        "subject": "Gesuch um Zugang zu den XML-Wahlresultaten",
        "headers": OUTLOOK,
        "cte": "base64",
        "body": (
            "Grüezi\n\n"
            "Die Limmat Medien AG (Zürich, UID CHE-214.556.908) stellt hiermit ein Gesuch "
            "um Zugang zu Ihrem XML-Server mit den Wahlresultaten.\n\n"
            "Produktivsysteme: 203.0.113.8, Netzmaske 255.255.255.252\n"
            "Testsystem: 203.0.113.20\n\n"
            "Ansprechpartner: Reto Baumgartner, Leiter Daten & Grafik, +41 44 555 72 19\n\n"
            "Freundliche Grüsse\nReto Baumgartner\nLimmat Medien AG\n"
        ),
    },
    {
        "id": "xc031-town-paper-flowed-film-later",
        "description": "town newspaper in format=flowed, the roles sentence wrapped; "
        "filming left for the municipal election, so only the feed",
        "style": Style.MUNICIPALITY,
        "labels": L(
            [FEED],
            "Město Bystřice pod Javorem",
            I31,
            None,
            ["198.51.100.181"],
            ["198.51.100.182"],
            "Jana Koubková",
            "koubkova@bystrice-javor.example",
            "+420566590214",
        ),
        "from": "Jana Koubková <koubkova@bystrice-javor.example>",
        "subject": "Bystřické listy – žádost o XML výsledky",
        "headers": K9,
        "flowed": True,
        "body": (
            "Dobrý den, \n"
            "Město Bystřice pod Javorem (IČO "
            f"{I31}) vydává Bystřické listy a chtělo by \n"
            "ve volební noc zveřejňovat výsledky. Stahovat budeme z adresy \n"
            "198.51.100.181, zkušební stahování před volbami poběží z \n"
            "198.51.100.182. \n\n"
            "O natáčení na sběrném místě požádáme až u komunálních voleb, \n"
            "tentokrát ho nepotřebujeme. \n\n"
            "Jana Koubková, redakce Bystřických listů, tel. 566 590 214\n"
        ),
    },
    {
        "id": "xc032-swedish-tv-respectively-alternative",
        "description": "Swedish TV writes English (text and HTML alternative); primary and "
        "backup by 'respectively', test separate, both requests",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Norrsken TV AB",
            None,
            None,
            ["198.51.100.170", "198.51.100.171"],
            ["198.51.100.175"],
            "Elin Söderberg",
            "elin.soderberg@norrskentv.example",
            "+46702555318",
        ),
        "from": "Elin Söderberg <elin.soderberg@norrskentv.example>",
        "subject": "Norrsken TV – XML feed and filming on election night",
        "headers": OUTLOOK,
        "body": (
            "Hello,\n\n"
            "Norrsken TV AB (Stockholm) would like to apply for two things:\n"
            "- access to the XML results feed: 198.51.100.170 and 198.51.100.171 are our "
            "primary and backup servers respectively, 198.51.100.175 is for testing only;\n"
            "- permission to film at the Prague collection point on election night.\n\n"
            "Contact: Elin Söderberg, producer, +46 70 255 53 18\n\n"
            "Med vänliga hälsningar,\nElin Söderberg\n"
        ),
        "html": (
            "<html><body><p>Hello,</p>"
            "<p>Norrsken TV AB (Stockholm) would like to apply for two things:</p><ul>"
            "<li>access to the XML results feed: 198.51.100.170 and 198.51.100.171 are our "
            "primary and backup servers respectively, 198.51.100.175 is for testing only;</li>"
            "<li>permission to film at the Prague collection point on election night.</li>"
            "</ul><p>Contact: Elin Söderberg, producer, +46 70 255 53 18</p>"
            "<p>Med vänliga hälsningar,<br>Elin Söderberg</p></body></html>"
        ),
    },
    {
        "id": "xc033-databox-freelancer-annotation-only",
        "description": "data message from a freelancer's box; the application only in the "
        "annotation, the PDF is a trade-licence extract",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Jan Hrubeš",
            I33,
            "r2vm7kc",
            ["203.0.113.61"],
            ["203.0.113.62"],
            "Jan Hrubeš",
            "hrubes@hrubes-media.example",
            "+420731552908",
        ),
        "subject": (
            f"Přístup XML volby. prod 203.0.113.61, test 203.0.113.62. IČO {I33}. "
            "Kontakt Jan Hrubeš, 731 552 908, hrubes@hrubes-media.example"
        ),
        "databox": {
            "box": "r2vm7kc",
            "sender": "Jan Hrubeš",
            "address": "Husova 8, 397 01 Písek",
            "type": 30,
        },
        "attachments": [
            (
                "pdf",
                "vypis_ZR.pdf",
                [
                    "Výpis z živnostenského rejstříku",
                    f"Jméno: Jan Hrubeš\nIČO: {I33}\nSídlo: Husova 8, 397 01 Písek",
                    "Předmět podnikání: Vydavatelské činnosti, polygrafická výroba",
                    "Vznik oprávnění: 02.05.2016",
                ],
            )
        ],
    },
    {
        "id": "xc034-forward-it-colleague-english-range",
        "description": "editor forwards an IT colleague's English message with a range "
        "'192.0.2.150–152' and adds herself as contact and the IČO",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Týdeník Podbrdsko s.r.o.",
            I34,
            None,
            ["192.0.2.150", "192.0.2.151", "192.0.2.152"],
            ["192.0.2.160"],
            "Markéta Landová",
            "landova@podbrdsko.example",
            "+420736201944",
        ),
        "from": "Markéta Landová <landova@podbrdsko.example>",
        "subject": "Fw: IPs for the election feed",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            f"za Týdeník Podbrdsko s.r.o. (IČO {I34}) žádám o přístup k XML výsledkům "
            "voleb. Adresy posílá náš externí kolega níže. Kontaktní osobou jsem já, "
            "736 201 944.\n\nMarkéta Landová, šéfredaktorka\n\n"
            "-----Original Message-----\n"
            "From: Łukasz Nowicki <lukasz@devhub-krakow.example>\n"
            "Sent: Monday, September 15, 2025 4:02 PM\n"
            "To: Markéta Landová <landova@podbrdsko.example>\n"
            "Subject: IPs for the election feed\n\n"
            "Hi Markéta,\n\n"
            "the production boxes will be 192.0.2.150–152 (three nodes), the staging box "
            "for tests is 192.0.2.160. Node version is 20.11.1 if they ask.\n\n"
            "Cheers, Łukasz\n+48 12 555 30 41\n"
        ),
    },
    {
        "id": "xc035-gmail-html-old-address-row",
        "description": "Gmail HTML table with an old address row marked no longer used, a "
        "new production address and an IPv6 test address",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Datový magazín Kvádr, z. ú.",
            I35,
            None,
            ["198.51.100.6"],
            ["2001:db8:dd::6"],
            "Filip Novotný",
            "filip@kvadr-magazin.example",
            "+420608447120",
        ),
        "from": "Filip Novotný <filip@kvadr-magazin.example>",
        "subject": "Žádost o přístup – Kvádr",
        "headers": GMAIL,
        "html": (
            '<div dir="ltr"><div>Dobrý den,</div><div><br></div>'
            "<div>Datový magazín Kvádr, z. ú. (IČO "
            f"{I35}) žádá o přístup k volebním výsledkům v XML. Přehled adres:</div>"
            "<div><br></div>"
            '<table style="border-collapse:collapse" border="1"><tbody>'
            "<tr><td><b>IP</b></td><td><b>Určení</b></td></tr>"
            "<tr><td>198.51.100.5</td><td>stará produkce – již nepoužíváme</td></tr>"
            "<tr><td>198.51.100.6</td><td>produkce</td></tr>"
            "<tr><td>2001:db8:dd::6</td><td>test</td></tr>"
            "</tbody></table><div><br></div>"
            "<div>Kontakt: Filip Novotný, 608 447 120</div><div><br></div>"
            '<div>-- <br><div dir="ltr" class="gmail_signature">Filip Novotný<br>'
            "Datový magazín Kvádr<br>kvadr-magazin.example</div></div></div>"
        ),
    },
    {
        "id": "xc036-german-agency-txt-form",
        "description": "German agency sends a filled-in text form in German: the feed box "
        "ticked, the filming box not; Czech IČO of its Prague branch",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Mitteleuropäischer Pressedienst GmbH, organizační složka",
            I38,
            None,
            ["203.0.113.120", "203.0.113.121"],
            ["203.0.113.125"],
            "Katrin Vogel",
            "vogel@mepd.example",
            "+420224815730",
        ),
        "from": "Katrin Vogel <vogel@mepd.example>",
        "subject": "Antrag / žádost – MEPD Prag",
        "headers": ROUNDCUBE,
        "body": (
            "Dobrý den / Guten Tag,\n\nanbei unser ausgefülltes Antragsformular.\n\n"
            "Katrin Vogel\nMEPD Büro Prag\n"
        ),
        "attachments": [
            (
                "txt",
                "Antrag_MEPD.txt",
                "ANTRAG / ŽÁDOST\n"
                "================\n"
                "Antragsteller: Mitteleuropäischer Pressedienst GmbH, organizační složka\n"
                f"IČO: {I38}\n"
                "Anschrift: Jungmannova 21, 110 00 Praha 1\n\n"
                "[X] Zugang zum XML-Ergebnisserver\n"
                "[ ] Drehgenehmigung an den Sammelstellen\n\n"
                "Produktion (prim./sek.): 203.0.113.120 / 203.0.113.121\n"
                "Test: 203.0.113.125\n\n"
                "Kontaktperson: Katrin Vogel\n"
                "Telefon: +420 224 815 730\n"
                "E-Mail: vogel@mepd.example\n",
            )
        ],
    },
    {
        "id": "xc037-spanish-freelancer-fixer-contact",
        "description": "Spanish documentary freelancer writes Spanish; both requests, his "
        "Prague fixer is named as the contact for this application",
        "style": Style.FREELANCER,
        "labels": L(
            [FEED, FILM],
            "Pablo Iriarte",
            None,
            None,
            ["192.0.2.230"],
            [],
            "Veronika Šafránková",
            "veronika@fixerprague.example",
            "+420777502316",
        ),
        "from": "Pablo Iriarte <pablo@iriartedocs.example>",
        "subject": "Solicitud de acceso XML y permiso de rodaje",
        "headers": ROUNDCUBE,
        "body": (
            "Buenos días:\n\n"
            "Soy realizador independiente (autónomo, Bilbao) y preparo un documental sobre "
            "las elecciones checas. Solicito:\n"
            "- permiso para rodar en el punto de recogida de Praga la noche electoral;\n"
            "- acceso a los resultados en XML desde la IP 192.0.2.230 (no tengo servidor "
            "de pruebas).\n\n"
            "La persona de contacto para esta solicitud es mi productora local en Praga, "
            "Veronika Šafránková, veronika@fixerprague.example, +420 777 502 316 (habla "
            "checo).\n\n"
            "Gracias,\nPablo Iriarte\n+34 655 501 227\n"
        ),
    },
    {
        "id": "xc038-correction-range-narrowed",
        "description": "news site gives a five-address range and narrows it later in the "
        "same mail (two belong to another project)",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Zprávy z Posázaví, s. r. o.",
            I39,
            None,
            ["203.0.113.30", "203.0.113.31", "203.0.113.32"],
            [],
            "Lukáš Doležal",
            "dolezal@posazavi-zpravy.example",
            "+420604305817",
        ),
        "from": "Lukáš Doležal <dolezal@posazavi-zpravy.example>",
        "subject": "Žádost o přístup k výsledkům voleb (XML)",
        "headers": EVOLUTION,
        "body": (
            "Dobrý den,\n\n"
            f"Zprávy z Posázaví, s. r. o., IČO {I39}, žádají o přístup k XML výsledkům "
            "voleb z adres 203.0.113.30–34. Testovat budeme z produkce.\n\n"
            "Oprava, než to odešlu: kolega mě upozornil, že .33 a .34 patří jinému "
            "projektu – povolte prosím jen 203.0.113.30 až 203.0.113.32.\n\n"
            "Kontakt: Lukáš Doležal, 604 305 817\n\nS pozdravem\nLukáš Doležal\n"
        ),
    },
    {
        "id": "xc039-databox-rtf-agency-office-box",
        "description": "data message from a media-monitoring agency; RTF letter names the "
        "office's box in the address, a contact in the table differs from the signer",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "MEDIAMONITOR Bohemia, a.s.",
            I40,
            "w9ck3zs",
            ["198.51.100.240"],
            ["198.51.100.241"],
            "Roman Šťastný",
            "stastny@mediamonitor.example",
            "+420245006188",
        ),
        "subject": "Žádost o zpřístupnění výsledků voleb – MEDIAMONITOR",
        "databox": {
            "box": "w9ck3zs",
            "sender": "MEDIAMONITOR Bohemia, a.s.",
            "address": "Sokolovská 100, 186 00 Praha 8",
        },
        "attachments": [
            (
                "rtf",
                "zadost_mediamonitor.rtf",
                [
                    "Adresát: Český statistický úřad, ID DS 2gfaasy",
                    f"Odesílatel: MEDIAMONITOR Bohemia, a.s., IČO {I40}, ID DS w9ck3zs",
                    "Věc: Žádost o přístup k výsledkům voleb ve formátu XML",
                    [
                        ["Prostředí", "IP adresa"],
                        ["Produkční", "198.51.100.240"],
                        ["Testovací", "198.51.100.241"],
                    ],
                    "Kontaktní osoba: Roman Šťastný, vedoucí IT, tel. 245 006 188, "
                    "stastny@mediamonitor.example",
                    "Ing. Alena Vrbová, členka představenstva",
                ],
            )
        ],
    },
    {
        "id": "xc040-long-university-letter-windows1250",
        "description": "long letter from a university press office (windows-1250) with "
        "many other numbers; both requests, testing from production",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Západočeská akademie umění a médií",
            ico("6071845"),
            None,
            ["198.51.100.120", "198.51.100.121"],
            [],
            "Klára Mašková",
            "maskova@zaum.example",
            "+420377105290",
        ),
        "from": "Klára Mašková <maskova@zaum.example>",
        "subject": "Žádost ZAUM – přístup k výsledkům voleb a natáčení",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": (
            "Vážená paní, vážený pane,\n\n"
            "dovolte mi, abych se na Vás obrátila jménem Západočeské akademie umění a "
            f"médií (IČO {ico('6071845')}, sídlo Husova 33, 301 00 Plzeň). Naše akademie "
            "již od roku 2014 vychovává budoucí novináře a televizní tvůrce a každé volby "
            "jsou pro naše studenty jedinečnou příležitostí vyzkoušet si práci ve "
            "skutečném zpravodajství. Letos připravujeme ve spolupráci s regionálními "
            "médii šestihodinové živé vysílání (studio v budově B, místnost B-214), "
            "na které bude dohlížet 12 pedagogů a zhruba 45 studentů 2. a 3. ročníku.\n\n"
            "Proto bychom Vás rádi požádali o dvě věci.\n\n"
            "Za prvé o přístup k průběžným výsledkům voleb ve formátu XML. Stahovat "
            "budeme z hlavního serveru 198.51.100.120 a ze záložního 198.51.100.121. "
            "Zvláštní testovací adresu nezřizujeme, testovat budeme přímo z produkčních "
            "adres.\n\n"
            "Za druhé o povolení natáčet na sběrném místě v Plzni (štáb 3 osoby, "
            "předpokládaný čas 20:00–23:30).\n\n"
            "Jako vysoká škola nemáme s úhradou případných nákladů problém; náš účet "
            "je 19-2847310257/0100, variabilní symbol uveďte prosím 2025118.\n\n"
            "Kontaktní osobou pro obě žádosti jsem já: Mgr. Klára Mašková, tisková "
            "mluvčí, tel. 377 105 290 (přímá linka), ústředna 377 105 111.\n\n"
            "Děkuji Vám předem za vstřícnost a přeji klidný průběh voleb.\n\n"
            "S úctou\n\nMgr. Klára Mašková\ntisková mluvčí\nZápadočeská akademie umění a "
            "médií\nHusova 33, 301 00 Plzeň\n"
        ),
    },
    {
        "id": "xc041-polish-tv-ipv6-range",
        "description": "Polish TV writes Polish mixed with English; production as an IPv6 "
        "range of three addresses, an IPv4 test address",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Telewizja Śląsk Cieszyński S.A.",
            None,
            None,
            ["2001:db8:aa::10", "2001:db8:aa::11", "2001:db8:aa::12"],
            ["203.0.113.90"],
            "Karolina Mazur",
            "k.mazur@tvsc.example",
            "+48338521470",
        ),
        "from": "Karolina Mazur <k.mazur@tvsc.example>",
        "subject": "Access request / Wniosek – XML wyniki wyborów",
        "headers": MAC_OUTLOOK,
        "body": (
            "Dzień dobry / Hello,\n\n"
            "Telewizja Śląsk Cieszyński S.A. prosi o dostęp do serwera XML z wynikami "
            "wyborów.\n\n"
            "Production (IPv6 only): 2001:db8:aa::10 – 2001:db8:aa::12\n"
            "Test: 203.0.113.90\n\n"
            "Zgody na filmowanie nie potrzebujemy.\n\n"
            "Kontakt: Karolina Mazur, +48 33 852 14 70\n\n"
            "Pozdrawiam serdecznie\nKarolina Mazur\nDział nowych mediów\n"
        ),
    },
    {
        "id": "xc042-contractor-contact-replaced",
        "description": "IT contractor writes for a local TV; the contact first named "
        "leaves the company, the replacement named later in the mail is the contact",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "TV Brdy Média s.r.o.",
            I42,
            None,
            ["192.0.2.199"],
            [],
            "Lenka Vávrová",
            "vavrova@klikit.example",
            "+420733120948",
        ),
        "from": "Petr Malý <maly@klikit.example>",
        "subject": "TV Brdy – XML volby",
        "headers": SEZNAM,
        "body": (
            "Dobrý den,\n\n"
            "naše firma KlikIT s.r.o. zajišťuje provoz webu pro TV Brdy Média s.r.o. "
            f"(IČO {I42}). Jejich jménem žádáme o přístup k výsledkům voleb v XML pro "
            "server 192.0.2.199 (test nebude).\n\n"
            "Kontaktní osobou bych měl být já, ale koncem září u nás končím – kontaktem "
            "pro tuto žádost proto bude moje kolegyně Lenka Vávrová, "
            "vavrova@klikit.example, 733 120 948.\n\n"
            "Díky a hezký den\nPetr Malý\nKlikIT s.r.o.\n725 880 112\n"
        ),
    },
]
