"""Twentyseventh held-out part ``ua``, cases ua015–ua028: a Seznam mail in ISO-8859-2 from a
blogger without an IČO, a Roundcube table with row headers, a Polish agency with an IPv6
production address, a reply quoting the office's press release (with its sample address), a
contact replaced in the same mail, an XLSX with an old address, an S/MIME letter, an Italian
crew that declines the feed, an old address, an internal forward chain, an IPv6 test address, a
faculty, an RTF data message and an HTML form with checkboxes. Written by hand apart from the
extraction rules (see make_twentyseventh_ua); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentyseventh_ua_common import (
    EVOLUTION,
    FEED,
    FILM,
    K9,
    MAC_OUTLOOK,
    OUTLOOK,
    ROUNDCUBE,
    SEZNAM,
    ZIMBRA,
    L,
    Style,
    ico,
)

V16, V18, V19, V20 = ico("2731046"), ico("0475319"), ico("2859023"), ico("4620781")
V21, V23, V24, V25 = ico("0035218"), ico("2790534"), ico("6192047"), ico("2533870")
V26, V27, V28 = ico("0021662"), ico("0084275"), ico("2918563")

CASES: list[dict[str, Any]] = [
    {
        "id": "ua015-seznam-latin2-blogger",
        "description": "Seznam mail in ISO-8859-2 from a blogger with no company and no IČO; "
        "one address, no test server",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Kamil Brož",
            None,
            None,
            ["192.0.2.230"],
            [],
            "Kamil Brož",
            "kamil.broz@volicskyblog.example",
            "+420721440936",
        ),
        "from": "Kamil Brož <kamil.broz@volicskyblog.example>",
        "subject": "prosba o XML s výsledky (volební blog)",
        "headers": SEZNAM,
        "charset": "iso-8859-2",
        "body": (
            "Dobrý den,\n\n"
            "píšu si už osm let blog o volbách (volicskyblog.example, cca 5 tisíc čtenářů "
            "ve volební noc) a letos bych chtěl výsledky zobrazovat rovnou z Vašich XML. "
            "Nejsem firma ani OSVČ, dělám to po večerech, takže IČO nemám.\n\n"
            "Server mám jen jeden, VPS s adresou 192.0.2.230, testovací nemám.\n\n"
            "Kdyby to šlo, byl bych moc rád. Telefon 721 440 936.\n\n"
            "Děkuji, Kamil Brož\n"
        ),
    },
    {
        "id": "ua016-roundcube-html-row-headers",
        "description": "HTML-only Roundcube mail, a table whose row headers give the roles and "
        "whose cells hold two addresses each",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Rádio Beskydy s.r.o.",
            V16,
            None,
            ["203.0.113.21", "203.0.113.22"],
            ["203.0.113.23", "203.0.113.24"],
            "Michal Kocurek",
            "kocurek@radiobeskydy.example",
            "+420558637210",
        ),
        "from": "Michal Kocurek <kocurek@radiobeskydy.example>",
        "subject": "Volby 2025 – žádost o přístup k XML",
        "headers": ROUNDCUBE,
        "html": (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
            '</head><body style="font-size:10pt;font-family:Verdana,Geneva,sans-serif">'
            "<p>Dobrý den,</p>"
            "<p>Rádio Beskydy s.r.o. žádá o přístup k výsledkům voleb ve formátu XML.</p>"
            '<table border="1" cellpadding="4">'
            f'<tr><th align="left">IČO</th><td>{V16}</td></tr>'
            '<tr><th align="left">Produkční servery</th><td>203.0.113.21<br>'
            "203.0.113.22</td></tr>"
            '<tr><th align="left">Testovací servery</th><td>203.0.113.23, '
            "203.0.113.24</td></tr>"
            '<tr><th align="left">Kontakt</th><td>Michal Kocurek, '
            "kocurek@radiobeskydy.example, 558 637 210</td></tr>"
            "</table>"
            "<p>Děkuji</p>"
            '<div id="signature">-- <br>Michal Kocurek<br>technika, Rádio Beskydy<br>'
            "Frýdek-Místek</div></body></html>"
        ),
    },
    {
        "id": "ua017-polish-agency-ipv6",
        "description": "Polish agency writing English with 'prod.'/'test.' abbreviations, "
        "IPv6 production address, asks also to film; +48 phone, no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Agencja Informacyjna Wisła Sp. z o.o.",
            None,
            None,
            ["198.51.100.77", "2001:db8:4a::10"],
            ["198.51.100.78"],
            "Katarzyna Wójcik",
            "k.wojcik@aiwisla.example",
            "+48226104318",
        ),
        "from": "Katarzyna Wójcik <k.wojcik@aiwisla.example>",
        "subject": "Election night - XML access + filming request",
        "headers": OUTLOOK,
        "body": (
            "Hello,\n\n"
            "I write on behalf of Agencja Informacyjna Wisła Sp. z o.o. (Warsaw, KRS "
            "0000417263, NIP 521-318-22-47). We would like to:\n"
            "a) receive the election results in XML,\n"
            "b) film at your collection point in Prague on the election night "
            "(2 people, one camera).\n\n"
            "Our IPs:\n"
            "prod. 198.51.100.77, 2001:db8:4a:0:0:0:0:10\n"
            "test. 198.51.100.78\n\n"
            "Contact: Katarzyna Wójcik, +48 22 610 43 18, k.wojcik@aiwisla.example\n\n"
            "Best regards / Z poważaniem\n"
            "Katarzyna Wójcik\n"
        ),
    },
    {
        "id": "ua018-reply-to-press-release-sample-ip",
        "description": "reply above the office's quoted press release, which carries a sample "
        "address, the office's IČO and phone; contact is a named colleague",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Deník Tábor s.r.o.",
            V18,
            None,
            ["203.0.113.150"],
            ["203.0.113.151"],
            "Jitka Marešová",
            "maresova@deniktabor.example",
            "+420381270554",
        ),
        "from": "Stanislav Vokoun <vokoun@deniktabor.example>",
        "subject": "RE: Tisková zpráva ČSÚ – výsledky voleb v XML pro média",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "reaguji na tiskovou zprávu níže. Deník Tábor s.r.o., IČO "
            f"{V18}, žádá o přístup:\n"
            "produkční 203.0.113.150\n"
            "testovací 203.0.113.151\n"
            "Kontaktní osobou bude kolegyně Jitka Marešová, maresova@deniktabor.example, "
            "tel. 381 270 554.\n\n"
            "Stanislav Vokoun\nředitel, Deník Tábor\n\n"
            "From: Český statistický úřad <podatelna@czso.cz>\n"
            "Sent: Monday, September 8, 2025 10:00 AM\n"
            "Subject: Tisková zpráva ČSÚ – výsledky voleb v XML pro média\n\n"
            "Český statistický úřad (IČO 00025593) nabízí médiím přístup k průběžným "
            "výsledkům voleb ve formátu XML. V žádosti uveďte IP adresy (např. "
            "192.0.2.1), nejvýše pět produkčních a pět testovacích.\n"
            "Žádosti: podatelna@czso.cz, datová schránka 2gfaasy. Informace: "
            "tel. 274 052 304.\n"
        ),
    },
    {
        "id": "ua019-contact-replaced-in-same-mail",
        "description": "the contact first named goes on leave; a later paragraph names her "
        "replacement with his own e-mail and phone",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Zlínské zprávy s.r.o.",
            V19,
            None,
            ["192.0.2.61"],
            ["192.0.2.62"],
            "Jan Vítek",
            "vitek@zlinskezpravy.example",
            "+420602338140",
        ),
        "from": "Petra Malá <mala@zlinskezpravy.example>",
        "subject": "žádost o XML – Zlínské zprávy",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\n"
            f"Zlínské zprávy s.r.o. (IČ: {V19}) žádají o přístup k výsledkům voleb.\n"
            "Produkce: 192.0.2.61\nTest: 192.0.2.62\n"
            "Kontakt: Petra Malá, 577 010 442\n\n"
            "Ještě oprava ke kontaktu: od 1. října jsem mimo redakci, takže kontaktní "
            "osobou místo mě bude Jan Vítek, vitek@zlinskezpravy.example, mobil "
            "602 338 140.\n\n"
            "Děkuji\nPetra Malá\n"
        ),
    },
    {
        "id": "ua020-databox-xlsx-old-row",
        "description": "data message with an XLSX sheet; one row is marked as the old "
        "address no longer used",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "RTV Jeseník, spol. s r.o.",
            V20,
            "q2wz7hs",
            ["198.51.100.91", "198.51.100.92"],
            ["198.51.100.95"],
            "Zdeněk Hampl",
            "hampl@rtvjesenik.example",
            "+420584401327",
        ),
        "subject": "Žádost o přístup k výsledkům voleb (IP adresy v příloze)",
        "databox": {
            "box": "q2wz7hs",
            "sender": "RTV Jeseník, spol. s r.o.",
            "address": "Lipovská 15, 790 01 Jeseník",
        },
        "attachments": [
            (
                "xlsx",
                "ip_adresy_volby.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "RTV Jeseník, spol. s r.o."],
                            ["IČO", V20],
                            ["Kontakt", "Zdeněk Hampl"],
                            ["E-mail", "hampl@rtvjesenik.example"],
                            ["Telefon", "+420 584 401 327"],
                            [],
                            ["IP adresa", "Typ", "Poznámka"],
                            ["198.51.100.90", "produkční", "stará – již nepoužíváme, zrušit"],
                            ["198.51.100.91", "produkční", ""],
                            ["198.51.100.92", "produkční", "záloha"],
                            ["198.51.100.95", "testovací", ""],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "ua021-smime-formal-letter-both",
        "description": "S/MIME-signed formal letter in base64 asking for both; the director "
        "signs, a named editor is the contact",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Plzeňská televize a.s.",
            V21,
            None,
            ["203.0.113.180"],
            ["203.0.113.181"],
            "Tereza Benešová",
            "benesova@plzenskatv.example",
            "+420377889215",
        ),
        "from": '"Ing. Vladimír Hořejší MBA" <horejsi@plzenskatv.example>',
        "subject": "Žádost o přístup k výsledkům voleb a povolení natáčení",
        "headers": OUTLOOK,
        "cte": "base64",
        "smime": True,
        "body": (
            "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10\n\n"
            "V Plzni dne 9. 9. 2025\n\n"
            "Věc: Žádost o přístup k výsledkům voleb ve formátu XML a o povolení "
            "natáčení\n\n"
            "Vážení,\n\n"
            f"Plzeňská televize a.s., IČO {V21}, žádá o zřízení přístupu k výsledkům "
            "voleb do Poslanecké sněmovny ve formátu XML z produkční adresy "
            "203.0.113.180 a testovací adresy 203.0.113.181 a současně o povolení "
            "natáčet na sběrném místě ČSÚ v Plzni.\n\n"
            "Kontaktní osobou je Mgr. Tereza Benešová, editorka zpravodajství, "
            "tel. +420 377 889 215, benesova@plzenskatv.example.\n\n"
            "S úctou\n\nIng. Vladimír Hořejší, MBA\ngenerální ředitel\n"
            "Plzeňská televize a.s.\n"
        ),
    },
    {
        "id": "ua022-italian-crew-no-feed",
        "description": "Italian TV crew writes English: filming only, the feed explicitly not "
        "needed; +39 phone, no IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Telenord Italia S.r.l.",
            None,
            None,
            [],
            [],
            "Giulia Ferraro",
            "g.ferraro@telenord.example",
            "+393471228905",
        ),
        "from": "Giulia Ferraro <g.ferraro@telenord.example>",
        "subject": "Filming request - Czech elections",
        "headers": MAC_OUTLOOK,
        "body": (
            "Good morning,\n\n"
            "my name is Giulia Ferraro, I am a producer at Telenord Italia S.r.l. (Milano). "
            "We are preparing a short feature about the Czech elections and we would like "
            "to ask for permission to shoot at one of your vote collection points, "
            "ideally in Prague, on Saturday 4 October in the afternoon.\n\n"
            "We don't need access to the XML data feed, only the filming permission.\n\n"
            "Crew: me, camera operator Marco Bellini (+39 333 901 2244).\n"
            "My mobile: +39 347 122 8905\n\n"
            "Grazie mille and best regards,\nGiulia Ferraro\n"
        ),
    },
    {
        "id": "ua023-k9-old-address-replaced",
        "description": "K-9 reply above the office's quoted notice: last election's "
        "address is no longer used, the new one replaces it; no test server",
        "style": Style.MOBILE,
        "labels": L(
            [FEED],
            "Českolipský týden s.r.o.",
            V23,
            None,
            ["192.0.2.55"],
            [],
            "David Řehoř",
            "rehor@cltyden.example",
            "+420739602115",
        ),
        "from": "David Řehoř <rehor@cltyden.example>",
        "subject": "Re: Volby 2025 – přístup k výsledkům pro média",
        "headers": K9,
        "body": (
            "Dobrý den, žádáme jako minule o přístup k XML výsledkům. Minule jsme měli "
            "192.0.2.50, ta už neplatí, nově jen 192.0.2.55. Test nemáme.\n"
            f"Českolipský týden s.r.o., IČO {V23}\n"
            "David Řehoř 739 602 115\n\n"
            "------ Původní zpráva ------\n"
            "Od: Český statistický úřad <podatelna@czso.cz>\n"
            "Předmět: Volby 2025 – přístup k výsledkům pro média\n\n"
            "Vážení partneři, i letos zpřístupníme výsledky voleb ve formátu XML. "
            "Žádosti s IP adresami zasílejte do 19. 9. 2025 na podatelna@czso.cz "
            "nebo do datové schránky 2gfaasy. Dotazy: tel. 274 054 120.\n"
        ),
    },
    {
        "id": "ua024-outlook-internal-forward-chain",
        "description": "office manager forwards an internal chain; the IT admin's quoted "
        "mail gives the addresses and offers himself as contact, the manager agrees",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Pražský metropol, a.s.",
            V24,
            None,
            ["198.51.100.160", "198.51.100.161", "198.51.100.162"],
            ["198.51.100.170"],
            "Martin Jelínek",
            "jelinek@prazskymetropol.example",
            "+420733581206",
        ),
        "from": "Sekretariát Pražský metropol <sekretariat@prazskymetropol.example>",
        "subject": "FW: adresy pro ČSÚ",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "přeposílám žádost o přístup k výsledkům voleb v XML za Pražský metropol, a.s. "
            f"(IČO {V24}). Adresy a kontakt jsou v e-mailu pana Jelínka níže, "
            "kontaktujte prosím přímo jeho.\n\n"
            "S pozdravem\nIvana Králová\nsekretariát\n\n"
            "From: Jelínek Martin <jelinek@prazskymetropol.example>\n"
            "Sent: Thursday, September 11, 2025 4:12 PM\n"
            "To: Sekretariát <sekretariat@prazskymetropol.example>\n"
            "Subject: adresy pro ČSÚ\n\n"
            "Ivano,\n\n"
            "pro tu žádost na statistický úřad:\n"
            "produkční 198.51.100.160, 198.51.100.161 a 198.51.100.162\n"
            "testovací 198.51.100.170\n"
            "Kontakt klidně já – 733 581 206.\n\n"
            "Martin\n"
        ),
    },
    {
        "id": "ua025-evolution-ipv6-test",
        "description": "Evolution mail, two IPv4 production addresses and an IPv6 test "
        "address written in full",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Liberecký online s.r.o.",
            V25,
            None,
            ["203.0.113.44", "203.0.113.45"],
            ["2001:db8:77::2"],
            "Ladislav Kubíček",
            "kubicek@liberec-online.example",
            "+420774512093",
        ),
        "from": "Ladislav Kubíček <kubicek@liberec-online.example>",
        "subject": "XML výsledky voleb – Liberecký online",
        "headers": EVOLUTION,
        "body": (
            "Dobrý den,\n\n"
            f"žádáme o přístup k XML s výsledky voleb pro Liberecký online s.r.o., IČO {V25}.\n\n"
            "  produkce:  203.0.113.44\n"
            "             203.0.113.45\n"
            "  test:      2001:0db8:0077:0000:0000:0000:0000:0002\n\n"
            "Kontakt: Ladislav Kubíček, +420 774 512 093\n\n"
            "-- \nLadislav Kubíček\nadmin, Liberecký online\n"
        ),
    },
    {
        "id": "ua026-zimbra-faculty-applies-as-university",
        "description": "a faculty's department writes from Zimbra; it applies as its "
        "university, the IČO of the university, a research project number as noise",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Vysoká škola regionálních studií Plzeň",
            V26,
            None,
            ["192.0.2.171"],
            ["192.0.2.172"],
            "Hynek Pazdera",
            "pazdera@vsrs-plzen.example",
            "+420377631450",
        ),
        "from": '"doc. Mgr. Hynek Pazdera, Ph.D." <pazdera@vsrs-plzen.example>',
        "subject": "Žádost o přístup k výsledkům voleb – výzkum",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\n"
            "katedra politologie Fakulty společenských studií Vysoké školy regionálních "
            "studií Plzeň (IČO "
            f"{V26}) by ráda v rámci projektu GA ČR 25-10427S sledovala průběžné výsledky "
            "voleb. Žádáme proto o přístup k výsledkům ve formátu XML: server "
            "192.0.2.171, testovací 192.0.2.172.\n\n"
            "S pozdravem\n\n"
            "doc. Mgr. Hynek Pazdera, Ph.D.\n"
            "vedoucí katedry politologie\n"
            "Fakulta společenských studií\n"
            "Vysoká škola regionálních studií Plzeň\n"
            "Univerzitní 22, 301 00 Plzeň\n"
            "tel. 377 631 450 | sekretariát 377 631 400\n"
        ),
    },
    {
        "id": "ua027-databox-rtf-municipality",
        "description": "a town sends an RTF letter by data box; the letter states the "
        "office's box and IČO, the applicant's own are in the envelope and the letter head",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Město Horní Radouň",
            V27,
            "m8jd4fe",
            ["203.0.113.240"],
            [],
            "Simona Vacková",
            "vackova@horniradoun.example",
            "+420384392118",
        ),
        "subject": "Žádost o přístup k výsledkům voleb",
        "databox": {
            "box": "m8jd4fe",
            "sender": "Město Horní Radouň",
            "address": "Náměstí 1, 378 42 Horní Radouň",
            "type": 10,
        },
        "attachments": [
            (
                "rtf",
                "zadost_volby.rtf",
                [
                    f"Město Horní Radouň, Náměstí 1, 378 42 Horní Radouň, IČO {V27}",
                    "Český statistický úřad, datová schránka 2gfaasy",
                    "Č. j.: MHR 412/2025",
                    "Město Horní Radouň provozuje informační web a žádá o přístup "
                    "k výsledkům voleb ve formátu XML z adresy 203.0.113.240 "
                    "(testovací adresu nemáme).",
                    "Vyřizuje: Simona Vacková, tel. 384 392 118, vackova@horniradoun.example",
                    "Jiří Mráz, starosta",
                ],
            )
        ],
    },
    {
        "id": "ua028-mac-outlook-html-checkboxes",
        "description": "HTML form from Mac Outlook with ☒/☐ boxes: feed ticked, filming "
        "unticked; test address box empty",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Moravskoslezský Večerník s.r.o.",
            V28,
            None,
            ["198.51.100.222"],
            [],
            "Ivo Štěpánek",
            "stepanek@msvecernik.example",
            "+420597208614",
        ),
        "from": "Ivo Štěpánek <stepanek@msvecernik.example>",
        "subject": "Formulář žádosti – volby",
        "headers": MAC_OUTLOOK,
        "html": (
            '<html><body style="font-family:Calibri,sans-serif">'
            "<p>Dobrý den, posílám vyplněný formulář.</p>"
            "<p>☒ žádám o přístup k výsledkům voleb ve formátu XML<br>"
            "☐ žádám o povolení pořizovat záznam na sběrném místě</p>"
            '<table border="1" cellspacing="0">'
            "<tr><td>Žadatel</td><td>Moravskoslezský Večerník s.r.o.</td></tr>"
            f"<tr><td>IČO</td><td>{V28}</td></tr>"
            "<tr><td>Produkční IP</td><td>198.51.100.222</td></tr>"
            "<tr><td>Testovací IP</td><td></td></tr>"
            "<tr><td>Kontaktní osoba</td><td>Ivo Štěpánek</td></tr>"
            "<tr><td>E-mail</td><td>stepanek@msvecernik.example</td></tr>"
            "<tr><td>Telefon</td><td>597 208 614</td></tr>"
            "</table><p>Děkuji, Ivo Štěpánek</p></body></html>"
        ),
    },
]
