"""Twentysixth held-out part ``ta``, cases ta001–ta014: an iPhone note from a freelancer, an
HTML-only Outlook table with role columns, a reply to the office's press release, a correction,
a forward from IT, a Slovak Gmail table, a Polish sender writing English, data messages, a
signature naming several people and a reply that leans on its own quoted original. Written by
hand apart from the extraction rules (see make_twentysixth_ta); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentysixth_ta_common import (
    APPLE,
    FEED,
    FILM,
    GMAIL,
    IPHONE,
    OUTLOOK,
    SEZNAM,
    TBIRD,
    L,
    Style,
    ico,
)

I2, I3, I4, I5 = ico("2811406"), ico("4719350"), ico("0631872"), ico("2937154")
I6, I8, I9, I10 = ico("3592017"), ico("2746183"), ico("0519264"), ico("2865379")
I12, I13, I14 = ico("2683901"), ico("0712485"), ico("4608231")

OFFICE_RELEASE = (
    "> Český statistický úřad (IČO 00025593, datová schránka 2gfaasy) umožní médiím\n"
    "> přístup k průběžným výsledkům voleb ve formátu XML. Žádosti zasílejte na\n"
    "> podatelna@czso.cz nejpozději do 10. září; uveďte až 5 produkčních a až 5\n"
    "> testovacích IP adres, kontaktní osobu, e-mail a telefon. Dotazy: oddělení\n"
    "> komunikace, tel. 274 052 733, server volby.example:8443 (TLS 1.3).\n"
)

CASES: list[dict[str, Any]] = [
    {
        "id": "ta001-iphone-freelancer-no-ico",
        "description": "three lines typed on an iPhone by a freelance blogger without an IČO; "
        "roles given by 'hlavni' and 'na zkousku'",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Ondřej Kratochvíl",
            None,
            None,
            ["198.51.100.23"],
            ["198.51.100.87"],
            "Ondřej Kratochvíl",
            "ondra.kratochvil@volebnimapa.example",
            "+420736451902",
        ),
        "from": "Ondřej Kratochvíl <ondra.kratochvil@volebnimapa.example>",
        "subject": "pristup k xml",
        "headers": IPHONE,
        "cte": "8bit",
        "body": (
            "Dobry den, delam nezavisle volebni mapu (volebnimapa.example), nemam firmu ani ico,"
            " jsem jen fyzicka osoba. Chtel bych pristup k XML s vysledky.\n"
            "hlavni server 198.51.100.23\nna zkousku 198.51.100.87\n"
            "Dekuji moc, Ondřej Kratochvíl, 736 451 902\n\n"
            "Odesláno z iPhonu\n"
        ),
    },
    {
        "id": "ta002-outlook-html-role-columns",
        "description": "HTML-only Outlook mail, a table whose column headers give the role "
        "(Produkce | Test) with two rows, the second test cell empty",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Vltavská mediální, a.s.",
            I2,
            None,
            ["203.0.113.140", "203.0.113.141"],
            ["203.0.113.150"],
            "Radka Homolková",
            "homolkova@vltavska-media.example",
            "+420602117384",
        ),
        "from": "Homolková Radka <homolkova@vltavska-media.example>",
        "subject": "Volby 2026 - žádost o přístup k XML výsledkům",
        "headers": OUTLOOK,
        "html": (
            '<html xmlns:v="urn:schemas-microsoft-com:vml" '
            'xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
            "<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:Aptos} "
            '--></style></head><body lang="CS" link="#467886">'
            '<div class="WordSection1"><p class="MsoNormal">Dobrý den,<o:p></o:p></p>'
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<p class="MsoNormal">za společnost Vltavská mediální, a.s. (IČO&nbsp;'
            f"{I2}) bych Vás ráda požádala o zřízení přístupu k volebnímu serveru, "
            "odkud stahujeme XML s výsledky pro naše weby. Adresy posílám v tabulce:"
            "<o:p></o:p></p>"
            '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
            'style="border-collapse:collapse">'
            '<tr><td width="120"><p class="MsoNormal"><b>Server</b></p></td>'
            '<td width="160"><p class="MsoNormal"><b>Produkce</b></p></td>'
            '<td width="160"><p class="MsoNormal"><b>Test</b></p></td></tr>'
            '<tr><td><p class="MsoNormal">web-01</p></td>'
            '<td><p class="MsoNormal">203.0.113.140</p></td>'
            '<td><p class="MsoNormal">203.0.113.150</p></td></tr>'
            '<tr><td><p class="MsoNormal">web-02</p></td>'
            '<td><p class="MsoNormal">203.0.113.141</p></td>'
            '<td><p class="MsoNormal"><o:p>&nbsp;</o:p></p></td></tr>'
            "</table>"
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<p class="MsoNormal">Kontaktní osobou pro tuto žádost budu já.<o:p></o:p></p>'
            '<p class="MsoNormal">Děkuji a přeji hezký den<o:p></o:p></p>'
            '<p class="MsoNormal"><b>Radka Homolková</b><br>produktová manažerka | '
            "Vltavská mediální, a.s.<br>Mob.: +420&nbsp;602&nbsp;117&nbsp;384 | "
            "Recepce: +420&nbsp;221&nbsp;400&nbsp;100<br>"
            '<a href="mailto:homolkova@vltavska-media.example">'
            "homolkova@vltavska-media.example</a><o:p></o:p></p>"
            '<p class="MsoNormal"><span style="font-size:7.5pt;color:#7F7F7F">Před '
            "vytištěním tohoto e-mailu zvažte dopad na životní prostředí.</span>"
            "<o:p></o:p></p></div></body></html>"
        ),
    },
    {
        "id": "ta003-reply-to-office-release",
        "description": "short reply above the office's quoted press release, which carries the "
        "office's IČO, data box, phone and a port; applicant gives one production address",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Rádio Beskydy s.r.o.",
            I3,
            None,
            ["192.0.2.118"],
            [],
            "Lubomír Hrabovský",
            "hrabovsky@radiobeskydy.example",
            "+420558620147",
        ),
        "from": "Lubomír Hrabovský <hrabovsky@radiobeskydy.example>",
        "subject": "Re: Výsledky voleb ve formátu XML pro média",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\nreaguji na Vaši zprávu a žádám o přístup pro Rádio Beskydy s.r.o.,"
            f" IČ {I3}.\n\nIP serveru: 192.0.2.118 (testovací nemáme)\n"
            "Kontakt: Lubomír Hrabovský, tel. 558 620 147, hrabovsky@radiobeskydy.example\n\n"
            "S pozdravem\nL. Hrabovský\ntechnik vysílání\n\n"
            "Dne 28. 8. 2026 v 9:12 Český statistický úřad napsal(a):\n" + OFFICE_RELEASE
        ),
    },
    {
        "id": "ta004-correction-test-address",
        "description": "plain mail that corrects its own test address two paragraphs later "
        "('překlep, správně je …')",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Jihomoravský zpravodaj, z.s.",
            I4,
            None,
            ["198.51.100.201"],
            ["198.51.100.213"],
            "Kateřina Vybíralová",
            "vybiralova@jmzpravodaj.example",
            "+420731902446",
        ),
        "from": "Kateřina Vybíralová <vybiralova@jmzpravodaj.example>",
        "subject": "žádost XML volby",
        "headers": SEZNAM,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\nJihomoravský zpravodaj, z.s., IČO "
            f"{I4}, žádá o přístup k výsledkům voleb ve formátu XML.\n\n"
            "produkční IP: 198.51.100.201\ntestovací IP: 198.51.100.231\n\n"
            "Kontaktní osoba: Kateřina Vybíralová, 731 902 446.\n\n"
            "Ještě oprava - v testovací adrese jsem udělala překlep, správně je "
            "198.51.100.213 (ne .231).\n\nDěkuji, K. Vybíralová\n"
        ),
    },
    {
        "id": "ta005-forward-from-it-contact-named",
        "description": "editor-in-chief forwards the IT admin's mail; the admin's quoted text has "
        "the addresses, the forwarder names the admin as contact",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Deník Podbrdsko s.r.o.",
            I5,
            None,
            ["203.0.113.66", "203.0.113.67"],
            ["203.0.113.90"],
            "Vojtěch Sýkora",
            "sykora@podbrdsko.example",
            "+420720388915",
        ),
        "from": "Marie Dušková <duskova@podbrdsko.example>",
        "subject": "Fwd: adresy pro ČSÚ",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\nposílám žádost o přístup k XML výsledkům voleb za Deník Podbrdsko "
            f"s.r.o. (IČO {I5}). Technické údaje níže od našeho správce, kontaktní osobou je "
            "prosím on – Vojtěch Sýkora.\n\nMarie Dušková\nšéfredaktorka\n\n"
            "---------- Forwarded message ---------\n"
            "Od: Vojtěch Sýkora <sykora@podbrdsko.example>\n"
            "Date: út 1. 9. 2026 v 14:05\nSubject: adresy pro ČSÚ\n"
            "To: Marie Dušková <duskova@podbrdsko.example>\n\n"
            "Ahoj Marie,\n\ntady jsou ty adresy:\nostré: 203.0.113.66 a 203.0.113.67\n"
            "test: 203.0.113.90\n\nkdyby něco, jsem na 720 388 915.\nVojta\n"
        ),
    },
    {
        "id": "ta006-slovak-gmail-row-headers",
        "description": "Slovak HTML-only Gmail, a two-column table with the role in the row header "
        "(Produkčná/Testovacia), IČO with spaces",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Východoslovenské noviny, s. r. o.",
            I6,
            None,
            ["192.0.2.50"],
            ["192.0.2.51"],
            "Martina Kollárová",
            "kollarova@vsnoviny.example",
            "+421905318204",
        ),
        "from": "Martina Kollárová <kollarova@vsnoviny.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb (XML)",
        "headers": GMAIL,
        "html": (
            '<div dir="ltr"><div>Dobrý deň,</div><div><br></div>'
            "<div>naša redakcia píše aj o českých voľbách a chceli by sme požiadať o prístup "
            "k výsledkom vo formáte XML.</div><div><br></div>"
            '<table border="1" cellpadding="4" style="border-collapse:collapse">'
            "<tbody><tr><th>Žiadateľ</th><td>Východoslovenské noviny, s. r. o.</td></tr>"
            f"<tr><th>IČO</th><td>{I6[:2]} {I6[2:5]} {I6[5:]}</td></tr>"
            "<tr><th>Produkčná IP</th><td>192.0.2.50</td></tr>"
            "<tr><th>Testovacia IP</th><td>192.0.2.51</td></tr>"
            "<tr><th>Kontakt</th><td>Martina Kollárová, +421 905 318 204</td></tr>"
            "</tbody></table><div><br></div><div>Ďakujem pekne,</div>"
            '<div>Martina</div><div><br></div><span class="gmail_signature_prefix">-- </span>'
            '<br><div dir="ltr" class="gmail_signature">Martina Kollárová<br>'
            "online redakcia VSN<br>Košice</div></div>"
        ),
    },
    {
        "id": "ta007-polish-english-respectively",
        "description": "Polish sender writing English; roles only from 'respectively', "
        "a Polish mobile, no Czech IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Gazeta Śląska Sp. z o.o.",
            None,
            None,
            ["203.0.113.12"],
            ["203.0.113.19"],
            "Paweł Wróblewski",
            "p.wroblewski@gazetaslaska.example",
            "+48601274833",
        ),
        "from": "Paweł Wróblewski <p.wroblewski@gazetaslaska.example>",
        "subject": "Access to election results XML - Gazeta Śląska",
        "headers": APPLE,
        "body": (
            "Dear Sir or Madam,\n\nI am writing on behalf of Gazeta Śląska Sp. z o.o. "
            "(Katowice, KRS 0000512843), a regional daily. We would like to cover the Czech "
            "election live and kindly ask for access to the XML results server.\n\n"
            "Our servers are 203.0.113.12 and 203.0.113.19, for production and testing "
            "respectively.\n\nPlease contact me in case of any questions: +48 601 274 833.\n\n"
            "Best regards / Z poważaniem\nPaweł Wróblewski\nHead of Data Desk\n"
            "Gazeta Śląska Sp. z o.o.\nul. Mariacka 14, 40-014 Katowice\n"
        ),
    },
    {
        "id": "ta008-databox-annotation-with-extract",
        "description": "data message: the whole application in the annotation, the attached PDF "
        "is only an extract from the commercial register",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "TV Polabí s.r.o.",
            I8,
            "t3vpl8b",
            ["198.51.100.170"],
            ["198.51.100.171"],
            "Jan Mareš",
            None,
            "+420604552019",
        ),
        "subject": "Zadost o pristup k XML vysledkum voleb; prod. IP 198.51.100.170, test. IP "
        "198.51.100.171; kontakt Jan Mareš, tel. 604 552 019",
        "databox": {
            "box": "t3vpl8b",
            "sender": "TV Polabí s.r.o.",
            "address": "Pražská 311, 290 01 Poděbrady",
        },
        "attachments": [
            (
                "pdf",
                "vypis_OR.pdf",
                [
                    "Výpis z obchodního rejstříku",
                    "vedeného Městským soudem v Praze, oddíl C, vložka 198347",
                    {
                        "rows": [
                            ["Datum vzniku a zápisu:", "3. března 2011"],
                            ["Obchodní firma:", "TV Polabí s.r.o."],
                            ["Sídlo:", "Pražská 311, 290 01 Poděbrady"],
                            ["Identifikační číslo:", f"{I8[:3]} {I8[3:5]} {I8[5:]}"],
                            ["Předmět podnikání:", "provozování televizního vysílání"],
                            ["Jednatel:", "Jan Mareš, den vzniku funkce: 3. března 2011"],
                        ],
                        "widths": [150, 280],
                    },
                    "Údaje platné ke dni 1. září 2026 03:40",
                ],
            )
        ],
    },
    {
        "id": "ta009-chatty-versions-ports",
        "description": "long chatty mail with a parser version, a port, a date and a postal "
        "code among the addresses; backup server counts as production",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Krkonošský týdeník s.r.o.",
            I9,
            None,
            ["192.0.2.33", "192.0.2.34"],
            ["192.0.2.99"],
            "Tomáš Fiala",
            "fiala@krkonossky-tydenik.example",
            "+420777640218",
        ),
        "from": "Tomáš Fiala <fiala@krkonossky-tydenik.example>",
        "subject": "Zase volby :) – přístup k datům",
        "headers": TBIRD,
        "flowed": True,
        "body": (
            "Dobrý den,\n\nzdravím z Trutnova! Loni při krajských volbách jsme Vaše XML "
            "poprvé zkusili a musím říct, že to fungovalo skvěle, tak bychom to rádi "
            "zopakovali i letos. Náš parser (volby-parser 2.4.1.0) už máme "
            "připravený, jen potřebujeme povolit adresy.\n\n"
            "Hlavní server je 192.0.2.33, záložní běží na 192.0.2.34 (stahuje \n"
            "jen když hlavní spadne, port 443). Na testování před 3.10. \n"
            "použijeme 192.0.2.99.\n\n"
            f"Firma: Krkonošský týdeník s.r.o., IČO {I9}, Horská 1204, 541 01 Trutnov.\n\n"
            "Kdyby bylo cokoliv potřeba, volejte mi klidně i večer na 777 640 218.\n\n"
            "Díky moc a ať se volby vydaří!\nTomáš Fiala\n"
        ),
    },
    {
        "id": "ta010-signature-several-people",
        "description": "signature block lists three people with phones; the text names the "
        "second one as contact",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED, FILM],
            "Regionální televize Haná, a.s.",
            I10,
            None,
            ["203.0.113.200"],
            ["203.0.113.201"],
            "Lenka Zapletalová",
            "zapletalova@rthana.example",
            "+420603775281",
        ),
        "from": '"RT Haná - zpravodajství" <zpravy@rthana.example>',
        "subject": "Žádost: XML výsledky + natáčení na sběrném místě",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\nRegionální televize Haná, a.s. žádá\n"
            "1) o přístup k výsledkům voleb v XML – produkce 203.0.113.200, test "
            "203.0.113.201,\n2) o povolení natáčet na sběrném místě ČSÚ v Olomouci ve večerních"
            " hodinách.\n\nKontaktní osobou pro obě žádosti je Lenka Zapletalová (viz níže).\n\n"
            "S pozdravem\n\nredakce zpravodajství RT Haná\n"
            "--\nMgr. Petr Hanák, šéfredaktor, +420 602 118 340, hanak@rthana.example\n"
            "Lenka Zapletalová, produkce, +420 603 775 281, zapletalova@rthana.example\n"
            "Bc. Jiří Navrátil, IT, +420 604 990 112, navratil@rthana.example\n"
            f"Regionální televize Haná, a.s. | IČO {I10} | Horní náměstí 5, 779 00 Olomouc\n"
        ),
    },
    {
        "id": "ta011-austrian-crew-recording-only",
        "description": "Austrian broadcaster in English asks only to film; explicitly does not "
        "need the XML feed; no Czech IČO; crew member is not the contact",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Alpenblick Medien GmbH",
            None,
            None,
            [],
            [],
            "Sabine Gruber",
            "s.gruber@alpenblick.example",
            "+436641827305",
        ),
        "from": "Sabine Gruber <s.gruber@alpenblick.example>",
        "subject": "Filming request - election night Prague",
        "headers": OUTLOOK,
        "body": (
            "Dear colleagues,\n\nAlpenblick Medien GmbH (FN 412733 k, Vienna) is preparing a "
            "short report about the Czech parliamentary election. We would like to ask for "
            "permission to film at one of your collection points in Prague on election "
            "night.\n\nWe do not need access to the XML results – we will use the public "
            "website.\n\nOur crew: camera Florian Berger (+43 676 5521 904), sound Lukas "
            "Weiss.\nContact person for this request is me, Sabine Gruber, mobile "
            "+43 664 1827305.\n\nKind regards,\nSabine Gruber\nProducer, Alpenblick Medien GmbH\n"
            "Mariahilfer Straße 88, 1070 Wien\n"
        ),
    },
    {
        "id": "ta012-seznam-cp1250-ic-spaced",
        "description": "Seznam webmail in windows-1250, IČ written '278 46 921'-style with "
        "spaces and a bank account and ZIP code nearby",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Chebské listy s.r.o.",
            I12,
            None,
            ["198.51.100.5"],
            ["198.51.100.6"],
            "Jaroslava Poláková",
            "chebskelisty@seznam.example",
            "+420354412870",
        ),
        "from": "Chebské listy <chebskelisty@seznam.example>",
        "subject": "přístup k výsledkům voleb",
        "headers": SEZNAM,
        "charset": "windows-1250",
        "cte": "8bit",
        "body": (
            "Dobrý den,\n\nprosíme o zřízení přístupu k XML s výsledky voleb pro náš "
            "zpravodajský web.\n\nIP adresa pro ostrý provoz: 198.51.100.5\n"
            "IP adresa pro test: 198.51.100.6\n\nKontakt: Jaroslava Poláková, "
            "tel. 354 412 870\n\nChebské listy s.r.o.\nKlášterní 9, 350 02 Cheb\n"
            f"IČ: {I12[:3]} {I12[3:5]} {I12[5:]}\nč. ú. 2700183641/2010\n"
        ),
    },
    {
        "id": "ta013-databox-docx-only-in-file",
        "description": "data message with a bare annotation; the application is only in the "
        "DOCX, a table with merged role cell and the office's box in the letterhead",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Mediahaus Morava a.s.",
            I13,
            "m9hq4rz",
            ["192.0.2.160", "192.0.2.161"],
            ["192.0.2.170"],
            "Zdeněk Kubíček",
            "kubicek@mediahausmorava.example",
            "+420549217700",
        ),
        "subject": "Žádost",
        "databox": {
            "box": "m9hq4rz",
            "sender": "Mediahaus Morava a.s.",
            "address": "Cejl 62, 602 00 Brno",
        },
        "attachments": [
            (
                "docx",
                "zadost_pristup_volby.docx",
                {
                    "header": "Mediahaus Morava a.s. | Cejl 62, 602 00 Brno",
                    "blocks": [
                        "Český statistický úřad\nNa padesátém 81, 100 82 Praha 10\n"
                        "ID datové schránky: 2gfaasy",
                        "Věc: Žádost o přístup k výsledkům voleb ve formátu XML",
                        f"Mediahaus Morava a.s., IČO {I13}, žádá o zřízení přístupu "
                        "k volebnímu serveru z těchto adres:",
                        {
                            "rows": [
                                ["Určení", "IP adresa"],
                                ["Produkční", "192.0.2.160"],
                                ["", "192.0.2.161"],
                                ["Testovací", "192.0.2.170"],
                            ],
                            "merge": [(1, 0, 2, 0)],
                        },
                        "Kontaktní osoba: Zdeněk Kubíček, vedoucí IT, tel. 549 217 700, "
                        "kubicek@mediahausmorava.example",
                        "V Brně dne 2. 9. 2026\nIng. Helena Skálová, předsedkyně představenstva",
                    ],
                },
            )
        ],
    },
    {
        "id": "ta014-reply-quoted-original-used",
        "description": "applicant replies to the office's request for a missing test address; "
        "the new text adds it and refers to its own quoted original for the rest",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Zlínský rozhlas s.r.o.",
            I14,
            None,
            ["203.0.113.80"],
            ["203.0.113.81"],
            "Pavel Machala",
            "machala@zlinskyrozhlas.example",
            "+420605331947",
        ),
        "from": "Pavel Machala <machala@zlinskyrozhlas.example>",
        "subject": "Re: Re: Žádost o přístup – doplnění",
        "headers": APPLE,
        "body": (
            "Dobrý den,\n\nomlouvám se, testovací adresa je 203.0.113.81. Ostatní údaje "
            "platí, jak jsem psal v původní žádosti níže.\n\nDíky, Pavel Machala\n\n"
            "> Dne 3. 9. 2026 v 10:41, podatelna@czso.cz napsal(a):\n>\n"
            "> Dobrý den, ve Vaší žádosti chybí testovací IP adresa. Doplňte ji prosím.\n"
            "> Český statistický úřad, podatelna, tel. 274 052 733\n>\n"
            ">> Dne 2. 9. 2026 v 16:20, Pavel Machala napsal(a):\n>>\n"
            ">> Dobrý den,\n>> za Zlínský rozhlas s.r.o. (IČO "
            f"{I14}) žádám o přístup k XML\n"
            ">> s výsledky voleb. Produkční server: 203.0.113.80. Kontakt: Pavel Machala,\n"
            ">> mobil 605 331 947.\n>>\n>> Pavel Machala, technický ředitel\n"
        ),
    },
]
