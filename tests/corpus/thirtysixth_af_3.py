"""Thirty-sixth held-out part ``af``, cases af029–af042: a weekly's long RTF letter full of other
numbers, a publisher's data message with a merged XLSX role cell, a British freelancer's
"respectively", an editor forwarding IT's range inline, a Slovak university testing from
production, a freelancer's data message to film, an IT contractor's HTML table of internal and
public hosts, a Norwegian broadcaster withdrawing its XML request, a first/second order in
iso-8859-2 among version numbers, a town's data message with a netmask in a wrapped PDF table, a
Spanish agency with an IPv6 test address, a Finnish site's temporary host, a contact replaced
within one mail and an agency listing five production addresses. Written by hand apart from the
extraction rules (see make_thirtysixth_af); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.thirtysixth_af_common import (
    APPLE,
    CLAWS,
    FEED,
    FILM,
    GMAIL,
    K9,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I29, I30, I32, I33 = ico("2643815"), ico("2871930"), ico("4519263"), ico("3781246")
I34, I35, I35C, I37 = ico("8802417"), ico("2519684"), ico("0749152"), ico("2266031")
I38, I41, I42 = ico("0030561"), ico("2583079"), ico("4937102")

CASES: list[dict[str, Any]] = [
    {
        "id": "af029-weekly-long-letter-rtf",
        "description": "a weekly's long RTF letter among reference numbers, a bank account, "
        "a port and a server version; the contact a named editor, not the signatory",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Týdeník Poohří, s.r.o.",
            I29,
            None,
            ["192.0.2.40", "192.0.2.41"],
            ["192.0.2.42"],
            "Jitka Pešková",
            "peskova@tydenikpoohri.example",
            "+420415228904",
        ),
        "from": "Sekretariát Týdeník Poohří <sekretariat@tydenikpoohri.example>",
        "subject": "Žádost – volby do Poslanecké sněmovny 2025 (naše č. j. TP/58/2025)",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\nna pokyn šéfredaktora zasíláme v příloze žádost našeho týdeníku.\n\n"
            "S pozdravem\nsekretariát redakce\n"
        ),
        "attachments": [
            (
                "rtf",
                "Zadost_CSU_TP-58-2025.rtf",
                [
                    "Týdeník Poohří, s.r.o., Mírové náměstí 3, 438 01 Žatec",
                    f"IČO: {I29}, DIČ: CZ{I29}, č. ú. 19-2045870217/0100",
                    "Naše č. j.: TP/58/2025          V Žatci dne 8. září 2025",
                    "Věc: Žádost o přístup k výsledkům voleb ve formátu XML a o povolení natáčení",
                    "Vážení,\nTýdeník Poohří vychází od roku 1991 a v posledních letech se "
                    "stále více věnujeme i zpravodajství na webu. Při minulých volbách "
                    "(7.–8. 10. 2022) jsme výsledky přebírali ručně, což bylo pomalé. "
                    "Proto se letos obracíme s žádostí o přímý přístup k serveru s výsledky "
                    "ve formátu XML.",
                    "Náš server (nginx 1.24.0, stahování přes HTTPS na portu 8443 přes proxy) "
                    "má adresy uvedené níže:",
                    [
                        ["Účel", "IP adresa"],
                        ["produkční", "192.0.2.40"],
                        ["produkční – záložní", "192.0.2.41"],
                        ["testovací", "192.0.2.42"],
                    ],
                    "Zároveň žádáme o povolení natáčet na sběrném místě v Lounech, kde "
                    "bychom chtěli pořídit krátkou reportáž pro náš videokanál.",
                    "Kontaktní osobou pro obě žádosti je redaktorka Jitka Pešková, "
                    "tel. 415 228 904, e-mail peskova@tydenikpoohri.example.",
                    "S úctou\nMgr. Vladimír Kratochvíl\nšéfredaktor a jednatel\ntel. 415 228 900",
                ],
            )
        ],
    },
    {
        "id": "af030-databox-publisher-xlsx-merged",
        "description": "publisher's data message with a short annotation; the XLSX gives the "
        "production role once in a merged cell over two rows",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Vltavské noviny, s.r.o.",
            I30,
            "v6nt3rx",
            ["203.0.113.101", "203.0.113.102"],
            ["203.0.113.109"],
            "Lucie Benešová",
            "benesova@vltavskenoviny.example",
            "+420380417552",
        ),
        "subject": "Vltavské noviny, s.r.o. – žádost o přístup k XML výsledkům voleb "
        "(údaje v tabulce v příloze)",
        "databox": {
            "box": "v6nt3rx",
            "sender": "Vltavské noviny, s.r.o.",
            "address": "Latrán 19, 381 01 Český Krumlov",
        },
        "attachments": [
            (
                "xlsx",
                "VN_zadost_IP.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Role", "IP adresa", "Poznámka"],
                            ["Produkce", "203.0.113.101", "web"],
                            [None, "203.0.113.102", "mobilní aplikace"],
                            ["Test", "203.0.113.109", "staging"],
                            [],
                            ["Žadatel", "Vltavské noviny, s.r.o.", None],
                            ["IČO", I30, None],
                            ["Kontaktní osoba", "Lucie Benešová", None],
                            ["Telefon", "380 417 552", None],
                            ["E-mail", "benesova@vltavskenoviny.example", None],
                        ],
                        "merge": ["A2:A3"],
                    }
                ],
            )
        ],
    },
    {
        "id": "af031-uk-freelancer-respectively",
        "description": "British freelance journalist in English, two addresses 'for production "
        "and testing respectively', a UK mobile, no company",
        "style": Style.FREELANCER,
        "labels": L(
            [FEED],
            "Oliver Harper",
            None,
            None,
            ["192.0.2.220"],
            ["192.0.2.221"],
            "Oliver Harper",
            "oliver@harperfield.example",
            "+447700900418",
        ),
        "from": "Oliver Harper <oliver@harperfield.example>",
        "subject": "Election results feed - access request (freelance)",
        "headers": GMAIL,
        "body": (
            "Hello,\n\n"
            "I'm a freelance journalist based in Brno, writing on Czech politics for several "
            "UK and Irish outlets. For election night I'm building a small live results "
            "page and would be grateful for access to your XML results server.\n\n"
            "Please whitelist 192.0.2.220 and 192.0.2.221 for production and testing "
            "respectively.\n\n"
            "I won't need a filming permit.\n\n"
            "Many thanks,\nOliver Harper\n+44 7700 900418\nharperfield.example\n"
        ),
    },
    {
        "id": "af032-forward-inline-it-range",
        "description": "editor forwards IT's mail inline: production a shorthand range "
        "'120-122', one test address; the contact is the IT colleague named by the editor",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Moravskoslezský večerník a.s.",
            I32,
            None,
            ["198.51.100.120", "198.51.100.121", "198.51.100.122"],
            ["198.51.100.123"],
            "Adam Šustek",
            "sustek@msvecernik.example",
            "+420596114730",
        ),
        "from": "Jarmila Krestová <krestova@msvecernik.example>",
        "subject": "Fwd: adresy pro ČSÚ",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "Moravskoslezský večerník a.s. (IČO "
            f"{I32}) žádá o přístup k výsledkům voleb ve formátu XML. Adresy posílám níže "
            "od našeho IT; kontaktní osobou pro Vás bude kolega Adam Šustek z IT, který "
            "zprávu psal.\n\n"
            "Jarmila Krestová\nzástupkyně šéfredaktora\n\n"
            "---------- Forwarded message ---------\n"
            "Od: Adam Šustek <sustek@msvecernik.example>\n"
            "Date: po 8. 9. 2025 v 9:41\n"
            "Subject: adresy pro ČSÚ\n"
            "To: Jarmila Krestová <krestova@msvecernik.example>\n\n"
            "Jarmilo,\n\n"
            "pro tu žádost:\n"
            "prod: 198.51.100.120-122\n"
            "test: 198.51.100.123\n\n"
            "Kdyby chtěli něco upřesnit, klidně na mě, 596 114 730.\n\n"
            "Adam\n"
        ),
    },
    {
        "id": "af033-sk-university-test-from-prod",
        "description": "Slovak university's faculty in Slovak: test from the production address "
        "(no test address), filming explicitly not requested",
        "style": Style.UNIVERSITY,
        "labels": L(
            [FEED],
            "Podunajská univerzita v Komárne",
            I33,
            None,
            ["192.0.2.185"],
            [],
            "Zuzana Baloghová",
            "baloghova@puk.example",
            "+421357702314",
        ),
        "from": "Zuzana Baloghová <baloghova@puk.example>",
        "subject": "Žiadosť – prístup k výsledkom volieb (XML), Fakulta masmédií",
        "headers": ROUNDCUBE,
        "charset": "iso-8859-2",
        "body": (
            "Vážení,\n\n"
            "Fakulta masmédií Podunajskej univerzity v Komárne prevádzkuje študentský "
            "spravodajský portál, na ktorom počas volebnej noci študenti pripravujú živé "
            "spravodajstvo. Žiadame preto o prístup k výsledkom vo formáte XML.\n\n"
            f"Žiadateľ: Podunajská univerzita v Komárne, IČO {I33}\n"
            "IP adresa servera: 192.0.2.185. Testovať budeme z tej istej adresy, "
            "samostatný testovací server nemáme.\n\n"
            "O povolenie na nakrúcanie nežiadame.\n\n"
            "Kontaktná osoba: Mgr. Zuzana Baloghová, PhD., tel. +421 35 770 2314\n\n"
            "S pozdravom\nZuzana Baloghová\nKatedra žurnalistiky FMM PUK\n"
        ),
    },
    {
        "id": "af034-databox-freelancer-film-annotation",
        "description": "freelance camerawoman's data message (PFO box), the filming request in "
        "the annotation, a press-card scan as the file",
        "style": Style.DATABOX,
        "labels": L(
            [FILM],
            "Jana Zedníková",
            I34,
            "z3jn8qe",
            [],
            [],
            "Jana Zedníková",
            "zednikova.video@mail.example",
            "+420736550871",
        ),
        "subject": "Žádost o povolení natáčet ve sběrném místě Olomouc ve volební noci. "
        "Jana Zedníková, kameramanka na volné noze, tel. 736 550 871, "
        "zednikova.video@mail.example",
        "databox": {
            "box": "z3jn8qe",
            "sender": "Jana Zedníková",
            "address": "Wolkerova 12, 779 00 Olomouc",
            "type": 30,
        },
        "attachments": [
            (
                "pdf",
                "novinarsky_prukaz.pdf",
                [
                    "NOVINÁŘSKÝ PRŮKAZ",
                    "Jana Zedníková",
                    f"kameramanka – OSVČ, IČO {I34}",
                    "Průkaz č. 2025/0418, platnost do 31. 12. 2026",
                ],
            )
        ],
    },
    {
        "id": "af035-contractor-html-internal-public",
        "description": "IT contractor's HTML table of hosts with internal and public addresses; "
        "the TV's named contact, not the contractor who writes",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Televize Slovácko s.r.o.",
            I35,
            None,
            ["203.0.113.70", "203.0.113.71"],
            ["203.0.113.72"],
            "Ivana Horká",
            "horka@tvslovacko.example",
            "+420572611408",
        ),
        "from": "Petr Vaculík <vaculik@hostline.example>",
        "subject": "Televize Slovácko – žádost o přístup k XML (technické údaje)",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\n"
            "za našeho zákazníka Televize Slovácko s.r.o. (IČO "
            f"{I35}) posílám žádost o přístup k výsledkům voleb ve formátu XML.\n\n"
            "Host       interní IP    veřejná IP      účel\n"
            "xml-fe01   172.16.8.11   203.0.113.70    produkce\n"
            "xml-fe02   172.16.8.12   203.0.113.71    produkce\n"
            "xml-stg    172.16.9.20   203.0.113.72    test\n\n"
            "Povolujte prosím jen veřejné adresy. Kontaktní osoba na straně televize: "
            "Ivana Horká, vedoucí zpravodajství, 572 611 408, horka@tvslovacko.example. "
            "Technické dotazy klidně na mě.\n\n"
            f"Petr Vaculík\nHostLine s.r.o., IČO {I35C}\n+420 603 447 190\n"
        ),
        "html": (
            "<html><body><p>Dobrý den,</p>"
            "<p>za našeho zákazníka Televize Slovácko s.r.o. (IČO "
            f"{I35}) posílám žádost o přístup k výsledkům voleb ve formátu XML.</p>"
            "<table border='1' cellspacing='0' cellpadding='3'>"
            "<tr><th>Host</th><th>interní IP</th><th>veřejná IP</th><th>účel</th></tr>"
            "<tr><td>xml-fe01</td><td>172.16.8.11</td><td>203.0.113.70</td>"
            "<td>produkce</td></tr>"
            "<tr><td>xml-fe02</td><td>172.16.8.12</td><td>203.0.113.71</td>"
            "<td>produkce</td></tr>"
            "<tr><td>xml-stg</td><td>172.16.9.20</td><td>203.0.113.72</td>"
            "<td>test</td></tr></table>"
            "<p>Povolujte prosím jen veřejné adresy. Kontaktní osoba na straně televize: "
            "Ivana Horká, vedoucí zpravodajství, 572 611 408, horka@tvslovacko.example. "
            "Technické dotazy klidně na mě.</p>"
            f"<p>Petr Vaculík<br>HostLine s.r.o., IČO {I35C}<br>+420 603 447 190</p>"
            "</body></html>"
        ),
    },
    {
        "id": "af036-no-reply-withdraws-feed",
        "description": "Norwegian broadcaster replies to its own earlier mail (quoted): the XML "
        "request is withdrawn, only filming stays; the contact from the original",
        "style": Style.REPLY,
        "labels": L(
            [FILM],
            "Vestlandet Kringkasting AS",
            None,
            None,
            [],
            [],
            "Ingrid Haugland",
            "ingrid.haugland@vestkring.example",
            "+4791552087",
        ),
        "from": "Ingrid Haugland <ingrid.haugland@vestkring.example>",
        "subject": "Re: Søknad om XML-tilgang og filmtillatelse",
        "headers": APPLE,
        "body": (
            "Hei igjen,\n\n"
            "en endring: vi trekker søknaden om XML-tilgang – vi får tallene fra et "
            "nyhetsbyrå. Vi trenger bare filmtillatelsen for valgkvelden i Praha.\n"
            "(In English: please disregard the XML access request; only the filming permit "
            "stands.)\n\n"
            "Hilsen\nIngrid\n\n"
            "> 9. sep. 2025 kl. 14:20 skrev Ingrid Haugland "
            "<ingrid.haugland@vestkring.example>:\n"
            ">\n"
            "> Hei,\n"
            "> Vestlandet Kringkasting AS søker om tilgang til XML-serveren med valgresultater\n"
            "> (produksjon 198.51.100.240, test 198.51.100.241) og om tillatelse til å filme\n"
            "> i resultatsenteret i Praha. Kontaktperson: Ingrid Haugland, +47 915 52 087.\n"
            ">\n"
            "> Med vennlig hilsen\n"
            "> Ingrid Haugland, nyhetsredaksjonen, Vestlandet Kringkasting\n"
        ),
    },
    {
        "id": "af037-iso-first-second-decoys",
        "description": "iso-8859-2 mail giving roles by order ('první … druhá') among an OS "
        "version, a date and a postal code",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Rádio Valašsko Online, z. s.",
            I37,
            None,
            ["192.0.2.150"],
            ["192.0.2.151"],
            "Karel Mikeska",
            "mikeska@radiovalassko.example",
            "+420571844926",
        ),
        "from": "Karel Mikeska <mikeska@radiovalassko.example>",
        "subject": "Žádost o přístup k výsledkům voleb",
        "headers": K9,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\n"
            "spolek Rádio Valašsko Online, z. s., IČ "
            f"{I37}, Horní náměstí 5, 757 01 Valašské Meziříčí, by chtěl 5.10.2025 od "
            "14.00 vysílat průběžné výsledky voleb. Prosíme o přístup k XML.\n\n"
            "Posíláme dvě adresy: 192.0.2.150 a 192.0.2.151. První je pro ostrý provoz, "
            "druhá pro testování. Oba stroje běží na Debianu 12.7.\n\n"
            "Kontakt: Karel Mikeska, 571 844 926\n\n"
            "Díky a hezký den\nKarel Mikeska\n"
        ),
    },
    {
        "id": "af038-databox-town-pdf-netmask-wrapped",
        "description": "town's data message with a PDF whose narrow table wraps an address and "
        "its netmask (four addresses); the letter names the office's box as addressee",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Město Bystřice pod Hřebenem",
            I38,
            "b9mh4cu",
            ["198.51.100.244", "198.51.100.245", "198.51.100.246", "198.51.100.247"],
            [],
            "Alena Kopecká",
            "kopecka@bystricepodhrebenem.example",
            "+420566590231",
        ),
        "subject": "Žádost o zřízení přístupu k výsledkům voleb ve formátu XML",
        "databox": {
            "box": "b9mh4cu",
            "sender": "Město Bystřice pod Hřebenem",
            "address": "Náměstí 1, 592 31 Bystřice pod Hřebenem",
            "type": 10,
        },
        "attachments": [
            (
                "pdf",
                "MBpH_zadost_CSU.pdf",
                [
                    "Město Bystřice pod Hřebenem, Náměstí 1, 592 31",
                    "Adresát: Český statistický úřad, ID DS 2gfaasy",
                    "Č. j.: MBpH/4471/2025",
                    "Věc: Žádost o zřízení přístupu k výsledkům voleb",
                    "Město žádá o přístup k výsledkům voleb ve formátu XML pro městský "
                    "informační portál.",
                    {
                        "rows": [
                            ["Údaj", "Hodnota"],
                            ["Žadatel (IČO)", f"Město Bystřice pod Hřebenem ({I38})"],
                            ["Produkční adresy", "198.51.100.244 maska 255.255.255.252"],
                            ["Testovací adresa", "—"],
                            [
                                "Kontakt",
                                "Alena Kopecká, odbor vnitřních věcí, "
                                "566 590 231, kopecka@bystricepodhrebenem.example",
                            ],
                        ],
                        "widths": [90, 120],
                    },
                    "Mgr. Pavel Dušek, starosta",
                ],
            )
        ],
    },
    {
        "id": "af039-es-agency-ipv6-test-both",
        "description": "Spanish agency writing Spanish: two production IPv4 addresses, an IPv6 "
        "test address, and a request to record video too",
        "style": Style.AGENCY,
        "labels": L(
            [FEED, FILM],
            "Agencia Iberoamericana de Noticias, S.A.",
            None,
            None,
            ["203.0.113.180", "203.0.113.181"],
            ["2001:db8:77::10"],
            "Lucía Fernández",
            "lfernandez@ain-noticias.example",
            "+34914356028",
        ),
        "from": "Lucía Fernández <lfernandez@ain-noticias.example>",
        "subject": "Solicitud de acceso a resultados electorales y permiso de grabación",
        "headers": OUTLOOK,
        "body": (
            "Estimados señores:\n\n"
            "La Agencia Iberoamericana de Noticias, S.A. solicita:\n\n"
            "a) acceso al servidor de resultados en formato XML desde las direcciones "
            "203.0.113.180 y 203.0.113.181 (producción) y 2001:db8:77::10 (pruebas);\n"
            "b) permiso para grabar vídeo en el centro de recogida de resultados de Praga "
            "la noche electoral (un cámara de nuestra delegación en Viena).\n\n"
            "Persona de contacto: Lucía Fernández, jefa de la mesa internacional, "
            "tel. +34 914 356 028.\n\n"
            "Atentamente,\nLucía Fernández\nAIN – Agencia Iberoamericana de Noticias\n"
            "C/ de Alcalá 118, 28009 Madrid\n"
        ),
    },
    {
        "id": "af040-fi-temporary-host-not-whitelisted",
        "description": "Finnish site writing English: a temporary host to be shut down and not "
        "to be allowed, the final production address and a test address",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Pohjolan Uutismedia Oy",
            None,
            None,
            ["198.51.100.181"],
            ["198.51.100.182"],
            "Aino Virtanen",
            "aino.virtanen@pohjolanuutiset.example",
            "+358405518273",
        ),
        "from": "Aino Virtanen <aino.virtanen@pohjolanuutiset.example>",
        "subject": "XML results access – Pohjolan Uutismedia",
        "headers": CLAWS,
        "body": (
            "Hyvää päivää / good day,\n\n"
            "Pohjolan Uutismedia Oy (Oulu) would like access to the XML election results.\n\n"
            "Our current host 198.51.100.180 is temporary and will be shut down on 30 "
            "September, so please do not whitelist it. Final production server: "
            "198.51.100.181. Test server: 198.51.100.182.\n\n"
            "No filming permit needed.\n\n"
            "Contact: Aino Virtanen, +358 40 551 8273\n\n"
            "Ystävällisin terveisin / kind regards\nAino Virtanen\n"
        ),
    },
    {
        "id": "af041-correction-contact-replaced",
        "description": "radio names one contact, then in the same (flowed, delsp) mail replaces "
        "him with a colleague and her mobile",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Rádio Český ráj, s.r.o.",
            I41,
            None,
            ["203.0.113.30"],
            ["203.0.113.31"],
            "Veronika Hasilová",
            "hasilova@radiocr.example",
            "+420604213557",
        ),
        "from": "Lukáš Brabec <brabec@radiocr.example>",
        "subject": "přístup k výsledkům voleb – Rádio Český ráj",
        "headers": SEZNAM,
        "flowed": True,
        "delsp": True,
        "body": (
            "Dobrý den,\n\n"
            f"Rádio Český ráj, s.r.o., IČO {I41}, žádá o přístup k výsledkům voleb ve "
            "formátu XML. Produkční IP 203.0.113.30, testovací IP 203.0.113.31.\n\n"
            "Kontaktní osobou budu já, Lukáš Brabec, 602 118 340.\n\n"
            "Oprava, než to odešlu: v týdnu voleb budu na dovolené, kontaktní osobou proto "
            "bude kolegyně Veronika Hasilová, hasilova@radiocr.example, mobil 604 213 557.\n\n"
            "S pozdravem\nLukáš Brabec\ntechnik, Rádio Český ráj\n"
        ),
    },
    {
        "id": "af042-agency-five-prod-html-both",
        "description": "regional agency (windows-1250, HTML alternative): five production "
        "addresses in a comma list, two test, filming 'ano (2 osoby)'",
        "style": Style.AGENCY,
        "labels": L(
            [FEED, FILM],
            "Agentura Regiony Press, s.r.o.",
            I42,
            None,
            ["198.51.100.11", "198.51.100.12", "198.51.100.13", "198.51.100.14", "198.51.100.15"],
            ["198.51.100.21", "198.51.100.22"],
            "Roman Holeček",
            "holecek@regionypress.example",
            "+420734662018",
        ),
        "from": "Roman Holeček <holecek@regionypress.example>",
        "subject": "Agentura Regiony Press – žádost o přístup a natáčení",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": (
            "Dobrý den,\n\n"
            f"Agentura Regiony Press, s.r.o., IČO {I42}, žádá:\n\n"
            "Přístup k XML: ano\n"
            "Produkční IP: 198.51.100.11, 198.51.100.12, 198.51.100.13, 198.51.100.14, "
            "198.51.100.15\n"
            "Testovací IP: 198.51.100.21, 198.51.100.22\n"
            "Povolení k natáčení: ano (2 osoby, sběrné místo Hradec Králové)\n\n"
            "Kontaktní osoba: Roman Holeček, 734 662 018\n\n"
            "S pozdravem\nRoman Holeček\nvedoucí zpravodajství\n"
        ),
        "html": (
            "<html><body><p>Dobrý den,</p>"
            f"<p>Agentura Regiony Press, s.r.o., IČO {I42}, žádá:</p>"
            "<p>Přístup k XML: <b>ano</b><br>"
            "Produkční IP: 198.51.100.11, 198.51.100.12, 198.51.100.13, 198.51.100.14, "
            "198.51.100.15<br>"
            "Testovací IP: 198.51.100.21, 198.51.100.22<br>"
            "Povolení k natáčení: <b>ano</b> (2 osoby, sběrné místo Hradec Králové)</p>"
            "<p>Kontaktní osoba: Roman Holeček, 734 662 018</p>"
            "<p>S pozdravem<br>Roman Holeček<br>vedoucí zpravodajství</p></body></html>"
        ),
    },
]
