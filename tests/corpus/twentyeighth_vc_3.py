"""Twentyeighth held-out part ``vc``, cases vc029–vc042: a signed mail from a university's press
office, data messages from a town (XLSX), a weekly with its contractor's DOCX, a research
institute (RTF, an IPv6 range) and a daily (TXT), a German daily with an address and netmask, a
Polish portal that withdraws the feed, a terse iPhone note with order words, a Spanish agency,
a filming request left for later, a Finnish broadcaster's HTML table, a town television's
netmask, a Hungarian-language paper from Slovakia correcting itself and a photo agency that
only wants to photograph. Written by hand apart from the extraction rules (see
make_twentyeighth_vc); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentyeighth_vc_common import (
    FEED,
    FILM,
    IPHONE,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I29, I30, I33, I35 = ico("0021653"), ico("0029817"), ico("2638105"), ico("2704819")
I35C, I36, I38, I39 = ico("0614270"), ico("2518364"), ico("6810245"), ico("0038562")
I40, I41, I42 = ico("5017839"), ico("2490516"), ico("4723081")

CASES: list[dict[str, Any]] = [
    {
        "id": "vc029-smime-university-press-office",
        "description": "S/MIME-signed mail from a university's press office for the university "
        "TV of a faculty; the university applies; two production addresses and a test one",
        "style": Style.UNIVERSITY,
        "labels": L(
            [FEED],
            "Vysoká škola Pobeskydí",
            I29,
            None,
            ["198.51.100.130", "198.51.100.131"],
            ["198.51.100.139"],
            "Daniela Křížová",
            "krizova@vspb.example",
            "+420558712406",
        ),
        "from": "Daniela Křížová <krizova@vspb.example>",
        "subject": "Žádost o přístup k XML výsledkům voleb – VŠ Pobeskydí, studentská TV",
        "headers": OUTLOOK,
        "smime": True,
        "body": (
            "Dobrý den,\n\n"
            "jménem Vysoké školy Pobeskydí, IČ "
            f"{I29}, si dovoluji požádat o přístup k výsledkům voleb ve formátu XML pro "
            "studentskou televizi naší Fakulty humanitních studií (TV Kampus), která bude "
            "ve volební noc živě vysílat.\n\n"
            "Servery TV Kampus:\n"
            "  vysílací (produkce)  198.51.100.130, 198.51.100.131\n"
            "  zkušební (test)      198.51.100.139\n\n"
            "O natáčení na sběrném místě nežádáme, studio máme v budově fakulty.\n\n"
            "Kontaktní osoba: Mgr. Daniela Křížová, tisková mluvčí, 558 712 406\n\n"
            "S pozdravem\n"
            "Daniela Křížová\n"
            "tisková mluvčí, Vysoká škola Pobeskydí\n"
            "Univerzitní 1, 738 01 Frýdek-Místek\n"
        ),
    },
    {
        "id": "vc030-databox-town-xlsx-both-ano",
        "description": "town's data message, the application only in an XLSX with ano/ano for "
        "both request types and a production/test column header",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Město Lanškroun nad Loučnou",
            I30,
            "t5wr9hp",
            ["192.0.2.40", "192.0.2.41"],
            ["192.0.2.45"],
            "Ivana Procházková",
            "prochazkova@lanskroun-nl.example",
            "+420465320118",
        ),
        "subject": "Žádost – volby 2025",
        "databox": {
            "box": "t5wr9hp",
            "sender": "Město Lanškroun nad Loučnou",
            "address": "náměstí J. M. Marků 12, 563 01 Lanškroun",
            "type": 10,
        },
        "attachments": [
            (
                "xlsx",
                "volby2025_zadost.xlsx",
                [
                    {
                        "title": "List1",
                        "rows": [
                            ["Žádost o přístup k výsledkům voleb / o povolení natáčení"],
                            ["Žadatel", "Město Lanškroun nad Loučnou"],
                            ["IČO", I30],
                            ["Přístup k XML", "ano"],
                            ["Natáčení (městská TV)", "ano"],
                            ["", "Produkční IP", "Testovací IP"],
                            ["Server 1", "192.0.2.40", "192.0.2.45"],
                            ["Server 2", "192.0.2.41", ""],
                            ["Kontakt", "Ivana Procházková, odbor informatiky"],
                            ["Tel.", "465 320 118"],
                            ["E-mail", "prochazkova@lanskroun-nl.example"],
                        ],
                        "merge": ["A1:C1"],
                    }
                ],
            )
        ],
    },
    {
        "id": "vc031-german-daily-address-netmask",
        "description": "German border daily in German: 'Netz 198.51.100.16 / 255.255.255.252' "
        "is a block of four production addresses; no test system; an HRB number",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Lausitzer Grenzbote GmbH",
            None,
            None,
            ["198.51.100.16", "198.51.100.17", "198.51.100.18", "198.51.100.19"],
            [],
            "Katrin Zeidler",
            "zeidler@grenzbote.example",
            "+4935814290617",
        ),
        "from": "Katrin Zeidler <zeidler@grenzbote.example>",
        "subject": "Zugang XML-Wahlergebnisse – Lausitzer Grenzbote",
        "headers": ZIMBRA,
        "body": (
            "Guten Tag,\n\n"
            "wir, die Lausitzer Grenzbote GmbH (Görlitz, HRB 31477), möchten die "
            "Ergebnisse der tschechischen Parlamentswahl für unsere Leser im Dreiländereck "
            "aufbereiten und bitten um Freischaltung für den XML-Server.\n\n"
            "Unser Netz: 198.51.100.16 / 255.255.255.252 (alle Adressen sind Produktion).\n"
            "Ein Testsystem haben wir nicht.\n\n"
            "Ansprechpartnerin: Katrin Zeidler, Tel. 03581 4290-617 (aus Tschechien bitte "
            "+49 3581 4290617)\n\n"
            "Freundliche Grüße\nKatrin Zeidler\nOnline-Redaktion\n"
        ),
    },
    {
        "id": "vc032-polish-withdraws-feed-film-only",
        "description": "Polish portal in Polish first asks for feed and filming, then in the "
        "same mail gives up the XML access; its addresses no longer count",
        "style": Style.CORRECTION,
        "labels": L(
            [FILM],
            "Gazeta Cieszyńska Sp. z o.o.",
            None,
            None,
            [],
            [],
            "Tomasz Zając",
            "t.zajac@gazetacieszynska.example",
            "+48338527016",
        ),
        "from": "Tomasz Zając <t.zajac@gazetacieszynska.example>",
        "subject": "Wybory w Czechach – dostęp XML i filmowanie",
        "headers": TBIRD,
        "charset": "iso-8859-2",
        "cte": "8bit",
        "body": (
            "Dzień dobry,\n\n"
            "Gazeta Cieszyńska Sp. z o.o. prosi o dostęp do wyników w XML (serwer "
            "203.0.113.33) oraz o zgodę na filmowanie w punkcie zbierania wyników w "
            "Ostrawie.\n\n"
            "AKTUALIZACJA przed wysłaniem: rozmawiałem z działem IT - jednak rezygnujemy z "
            "dostępu do XML, nie zdążymy tego wdrożyć. Prosimy więc tylko o zgodę na "
            "filmowanie (2 osoby, sobota 4.10 wieczorem).\n\n"
            "Kontakt: Tomasz Zając, +48 33 852 70 16\n\n"
            "Pozdrawiam\nTomasz Zając\nGazeta Cieszyńska, Cieszyn\n"
        ),
    },
    {
        "id": "vc033-iphone-terse-order-words-shorthand",
        "description": "three lines from an iPhone: 'prod a test … v tomto pořadí' with the "
        "second address written as '.121'; IČO typed as 'ic'",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Valašský zpravodaj s.r.o.",
            I33,
            None,
            ["192.0.2.120"],
            ["192.0.2.121"],
            "Lubomír Kubeš",
            "kubes@valasskyzpravodaj.example",
            "+420603551972",
        ),
        "from": "Lubomír Kubeš <kubes@valasskyzpravodaj.example>",
        "subject": "XML volby",
        "headers": IPHONE,
        "body": (
            "Dobry den, prosim o pristup k XML vysledkum. prod a test: 192.0.2.120 a .121 "
            "(v tomto poradi).\n"
            f"Valašský zpravodaj s.r.o., ic {I33}\n"
            "Kubeš 603551972\n\n"
            "Odesláno z iPhonu\n"
        ),
    },
    {
        "id": "vc034-spanish-agency-both-ipv6-prod",
        "description": "Spanish agency in Spanish asks for both; two IPv6 production "
        "addresses ('principal', 'respaldo') and an IPv4 test one",
        "style": Style.AGENCY,
        "labels": L(
            [FEED, FILM],
            "Agencia Iberoeuropea de Noticias S.L.",
            None,
            None,
            ["2001:db8:e5::1", "2001:db8:e5::2"],
            ["192.0.2.9"],
            "Lucía Fernández Gil",
            "lfernandez@aien.example",
            "+34915447208",
        ),
        "from": "Lucía Fernández Gil <lfernandez@aien.example>",
        "subject": "Solicitud de acceso XML y permiso de grabación – elecciones checas",
        "headers": OUTLOOK,
        "body": (
            "Estimados señores:\n\n"
            "La Agencia Iberoeuropea de Noticias S.L. (CIF B-87412305) solicita:\n\n"
            "1. Acceso al servidor de resultados en formato XML.\n"
            "   Servidor principal: 2001:db8:e5::1\n"
            "   Servidor de respaldo: 2001:db8:e5::2\n"
            "   Servidor de pruebas: 192.0.2.9\n"
            "2. Permiso para grabar en el centro de recogida de resultados de Praga "
            "(corresponsal y cámara).\n\n"
            "Persona de contacto: Lucía Fernández Gil, +34 915 447 208\n\n"
            "Atentamente,\nLucía Fernández Gil\nJefa de Internacional\n"
            "Agencia Iberoeuropea de Noticias – C/ Almagro 22, 28010 Madrid\n"
        ),
    },
    {
        "id": "vc035-databox-weekly-contractor-docx-nested",
        "description": "a weekly's data message; its contractor's DOCX with a nested address "
        "table (two test addresses) names the contractor's man as the contact",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Týdeník Polabí Media s.r.o.",
            I35,
            "w9dk4ms",
            ["203.0.113.230"],
            ["203.0.113.231", "203.0.113.232"],
            "Marcel Holub",
            "holub@netwise.example",
            "+420776218490",
        ),
        "subject": "Žádost o přístup k XML výsledkům voleb",
        "databox": {
            "box": "w9dk4ms",
            "sender": "Týdeník Polabí Media s.r.o.",
            "address": "Pražská 88, 280 02 Kolín",
        },
        "attachments": [
            (
                "docx",
                "Zadost_XML_TydenikPolabi.docx",
                {
                    "header": "NetWise s.r.o. – IT služby pro média",
                    "blocks": [
                        "Věc: Žádost o přístup k výsledkům voleb ve formátu XML",
                        "Žádost podává vydavatel, technické provedení zajišťuje dodavatel.",
                        {
                            "rows": [
                                ["Žadatel", f"Týdeník Polabí Media s.r.o., IČO {I35}"],
                                ["Dodavatel IT", f"NetWise s.r.o., IČO {I35C}"],
                                ["IP adresy", ""],
                                [
                                    "Kontaktní osoba",
                                    "Marcel Holub (NetWise), 776 218 490, holub@netwise.example",
                                ],
                            ],
                            "nested": {
                                (2, 1): {
                                    "rows": [
                                        ["produkční", "203.0.113.230"],
                                        ["testovací", "203.0.113.231"],
                                        ["testovací", "203.0.113.232"],
                                    ]
                                }
                            },
                        },
                        "Natáčení nepožadujeme.",
                        "Za vydavatele: Ing. Simona Rybová, jednatelka",
                    ],
                    "footer": "NetWise s.r.o., Komenského 5, 280 02 Kolín",
                },
            )
        ],
    },
    {
        "id": "vc036-html-film-only-if-crew-later",
        "description": "HTML-only Outlook mail from a regional TV: feed now, filming only if a "
        "crew becomes free, to be asked for separately — not requested",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "TV Krkonoše a Podkrkonoší, s.r.o.",
            I36,
            None,
            ["198.51.100.88"],
            ["198.51.100.89"],
            "Jakub Vaněk",
            "vanek@tvkrkonose.example",
            "+420499610725",
        ),
        "from": "Vaněk Jakub <vanek@tvkrkonose.example>",
        "subject": "Žádost o přístup k výsledkům voleb (XML)",
        "headers": OUTLOOK,
        "html": (
            '<html><body lang="CS"><div class="WordSection1">'
            '<p class="MsoNormal">Dobrý den,</p>'
            '<p class="MsoNormal">TV Krkonoše a Podkrkonoší, s.r.o., IČO '
            f"{I36}, žádá o přístup k výsledkům voleb ve formátu XML:</p>"
            '<table class="MsoNormalTable" border="1">'
            "<tr><td><b>Produkční IP</b></td><td><b>Testovací IP</b></td></tr>"
            "<tr><td>198.51.100.88</td><td>198.51.100.89</td></tr></table>"
            '<p class="MsoNormal">Natáčení na sběrném místě bychom zvážili, pokud se nám do '
            "voleb uvolní štáb. Pokud ano, požádáme o povolení samostatně – tato žádost se "
            "ho netýká.</p>"
            '<p class="MsoNormal">Kontaktní osoba: Jakub Vaněk, technik vysílání, '
            "+420&nbsp;499&nbsp;610&nbsp;725</p>"
            '<p class="MsoNormal">S pozdravem<br>Jakub Vaněk<br>TV Krkonoše a Podkrkonoší</p>'
            "</div></body></html>"
        ),
    },
    {
        "id": "vc037-finnish-english-html-primary-backup",
        "description": "Finnish broadcaster writes English mixed with Finnish, text+HTML: "
        "primary/backup/test rows, feed and filming, Y-tunnus is not an IČO",
        "style": Style.MIXED,
        "labels": L(
            [FEED, FILM],
            "Pohjolan Uutiset Oy",
            None,
            None,
            ["203.0.113.50", "203.0.113.51"],
            ["203.0.113.59"],
            "Aino Virtanen",
            "aino.virtanen@pohjolanuutiset.example",
            "+358401873256",
        ),
        "from": "Aino Virtanen <aino.virtanen@pohjolanuutiset.example>",
        "subject": "Hakemus / application: XML results + filming, Czech election",
        "headers": OUTLOOK,
        "body": (
            "Hei / Hello,\n\n"
            "Pohjolan Uutiset Oy (Y-tunnus 2874105-3) applies for XML results access and "
            "a filming permit at the Prague collection point.\n\n"
            "Primary 203.0.113.50\nBackup 203.0.113.51\nTest 203.0.113.59\n\n"
            "Contact: Aino Virtanen, +358 40 187 3256\n\n"
            "Ystävällisin terveisin / kind regards\nAino Virtanen\n"
        ),
        "html": (
            "<html><body><p>Hei / Hello,</p><p>Pohjolan Uutiset Oy (Y-tunnus 2874105-3) "
            "applies for XML results access and a filming permit at the Prague collection "
            "point.</p><table border='1'>"
            "<tr><th>Käyttö / use</th><th>IP</th></tr>"
            "<tr><td>Primary</td><td>203.0.113.50</td></tr>"
            "<tr><td>Backup</td><td>203.0.113.51</td></tr>"
            "<tr><td>Test</td><td>203.0.113.59</td></tr></table>"
            "<p>Contact: Aino Virtanen, +358 40 187 3256</p>"
            "<p>Ystävällisin terveisin / kind regards<br>Aino Virtanen</p></body></html>"
        ),
    },
    {
        "id": "vc038-databox-institute-rtf-ipv6-range",
        "description": "a public research institute's data message with an RTF letter: an "
        "IPv6 range of three production addresses written with a dash, no test",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Ústav pro výzkum veřejného mínění, v. v. i.",
            I38,
            "v6nb2xe",
            ["2001:db8:5e::10", "2001:db8:5e::11", "2001:db8:5e::12"],
            [],
            "Richard Matoušek",
            "matousek@uvvm.example",
            "+420221183407",
        ),
        "subject": "Žádost o přístup k výsledkům voleb ve formátu XML",
        "databox": {
            "box": "v6nb2xe",
            "sender": "Ústav pro výzkum veřejného mínění, v. v. i.",
            "address": "Jilská 7, 110 00 Praha 1",
        },
        "attachments": [
            (
                "rtf",
                "UVVM_zadost_volby.rtf",
                [
                    "Ústav pro výzkum veřejného mínění, v. v. i.",
                    f"IČO {I38}",
                    "Věc: Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Náš ústav zpracovává pro média analýzy volebních výsledků. Žádáme "
                    "o přístup k serveru s výsledky z adres 2001:db8:5e::10 – "
                    "2001:db8:5e::12 (produkční cluster). Testovací adresy nepožadujeme.",
                    "Kontaktní osoba: RNDr. Richard Matoušek, Ph.D., oddělení datové "
                    "infrastruktury, tel. 221 183 407, matousek@uvvm.example",
                    "PhDr. Alžběta Horká, ředitelka",
                ],
            )
        ],
    },
    {
        "id": "vc039-town-tv-windows-1250-netmask",
        "description": "a town's television, plain windows-1250 mail: 'síť 192.0.2.224 maska "
        "255.255.255.254' is two production addresses; feed and filming",
        "style": Style.MUNICIPALITY,
        "labels": L(
            [FEED, FILM],
            "Město Rožnov nad Bečvou-Dolní",
            I39,
            None,
            ["192.0.2.224", "192.0.2.225"],
            ["192.0.2.230"],
            "Stanislav Kopecký",
            "kopecky@tv-roznovdolni.example",
            "+420571119634",
        ),
        "from": "Stanislav Kopecký <kopecky@tv-roznovdolni.example>",
        "subject": "Městská televize – žádost o přístup k výsledkům a o natáčení",
        "headers": SEZNAM,
        "charset": "windows-1250",
        "cte": "8bit",
        "body": (
            "Dobrý den,\n\n"
            "Město Rožnov nad Bečvou-Dolní (IČO "
            f"{I39}) provozuje městskou televizi a žádá:\n\n"
            "1) o přístup k výsledkům voleb ve formátu XML – produkční síť 192.0.2.224 maska "
            "255.255.255.254, testovací stroj 192.0.2.230,\n"
            "2) o povolení natáčení na sběrném místě ve Vsetíně.\n\n"
            "Kontakt: Stanislav Kopecký, vedoucí městské TV, 571 119 634\n\n"
            "S pozdravem\nStanislav Kopecký\n"
        ),
    },
    {
        "id": "vc040-hungarian-slovak-paper-corrects-test",
        "description": "a Hungarian-language paper from Slovakia writes Hungarian and English "
        "and corrects its test address in the same mail; a Slovak IČO",
        "style": Style.MIXED,
        "labels": L(
            [FEED],
            "Csallóközi Hírek, s. r. o.",
            I40,
            None,
            ["203.0.113.140"],
            ["203.0.113.142"],
            "Szabó Gábor",
            "szabo@csallokozihirek.example",
            "+421907552183",
        ),
        "from": "Szabó Gábor <szabo@csallokozihirek.example>",
        "subject": "XML access – Csallóközi Hírek",
        "headers": ROUNDCUBE,
        "body": (
            "Tisztelt Hivatal / Dear Sir or Madam,\n\n"
            "a Csallóközi Hírek, s. r. o. (IČO "
            f"{I40}, Dunajská Streda) szeretne hozzáférést kérni az XML választási "
            "eredményekhez.\n\n"
            "Production IP: 203.0.113.140\n"
            "Test IP: 203.0.113.141\n\n"
            "Kapcsolattartó / contact: Szabó Gábor, +421 907 552 183\n\n"
            "Correction / javítás: the test IP is 203.0.113.142, not .141 – elírás, "
            "bocsánat.\n\n"
            "Üdvözlettel / best regards\nSzabó Gábor\n"
        ),
    },
    {
        "id": "vc041-photo-agency-base64-film-only",
        "description": "a photo agency in a base64 mail wants only to photograph and film, says "
        "it does not ask for the XML; IČO written 'IČ: 249 05 16x' with spaces",
        "style": Style.AGENCY,
        "labels": L(
            [FILM],
            "FotoPress CZ s.r.o.",
            I41,
            None,
            [],
            [],
            "Veronika Benešová",
            "benesova@fotopress.example",
            "+420736402218",
        ),
        "from": "Veronika Benešová <benesova@fotopress.example>",
        "subject": "Fotografování a natáčení na sběrném místě – FotoPress",
        "headers": TBIRD,
        "cte": "base64",
        "body": (
            "Dobrý den,\n\n"
            "fotografická agentura FotoPress CZ s.r.o. (IČ: "
            f"{I41[:3]} {I41[3:5]} {I41[5:]}) žádá o povolení fotografovat a pořizovat "
            "krátké videozáznamy na sběrném místě v Praze během volební noci. Budou to dva "
            "fotografové: Veronika Benešová a Adam Štěpán.\n\n"
            "O přístup k XML výsledkům nežádáme.\n\n"
            "Kontakt: Veronika Benešová, 736 402 218 (Adam Štěpán 731 885 020)\n\n"
            "Děkujeme\nVeronika Benešová\nFotoPress CZ s.r.o.\n"
        ),
    },
    {
        "id": "vc042-databox-daily-txt-range-five",
        "description": "a daily's data message: a short annotation and a TXT file with a range "
        "of five production addresses ('.80–.84') and two test addresses",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Hanácký večerník a.s.",
            I42,
            "h7xp3cd",
            ["198.51.100.80", "198.51.100.81", "198.51.100.82", "198.51.100.83", "198.51.100.84"],
            ["198.51.100.90", "198.51.100.91"],
            "Zdeněk Petrů",
            "petru@hanackyvecernik.example",
            "+420581002719",
        ),
        "subject": "XML výsledky voleb – žádost, podrobnosti v příloze",
        "databox": {
            "box": "h7xp3cd",
            "sender": "Hanácký večerník a.s.",
            "address": "Komenského 40, 796 01 Prostějov",
            "ref": "HV-2025-118",
        },
        "attachments": [
            (
                "txt",
                "zadost_xml.txt",
                "Žadatel: Hanácký večerník a.s.\n"
                f"IČO: {I42}\n"
                "Žádáme o přístup k výsledkům voleb ve formátu XML.\n"
                "Produkční servery: 198.51.100.80–.84\n"
                "Testovací servery: 198.51.100.90, 198.51.100.91\n"
                "Natáčení: ne\n"
                "Kontakt: Zdeněk Petrů, 581 002 719, petru@hanackyvecernik.example\n",
            )
        ],
    },
]
