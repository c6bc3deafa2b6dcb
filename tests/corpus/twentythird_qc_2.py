"""Twenty-third held-out part ``qc``, cases qc015–qc028: a town's long letter in windows-1250
whose contact is replaced at the end, an Austrian broadcaster's reply that completes its quoted
original under the office's quoted query, a freelancer forwarding his host's mail as an
attachment (a /31), an agency's HTML table with yes/no columns, a village that wants only to
film at a later election, an institute's RTF with a conditional filming request and IPv6, a
Slovak TV's ODT beside a version number, a Finnish student union on a temporary host, a data
message with only a PDF, a society's internet radio with 'resp.', an English 'respectively', a
Polish-language Czech paper with a netmask, a flowed mail wrapping the role sentence and a
region's S/MIME-signed mail with its box ID in the signature. Written by hand apart from the
extraction rules (see make_twentythird_qc); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentythird_qc_common import (
    APPLE,
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

I15, I17, I18, I19, I20 = (
    ico("0027531"),
    ico("7412059"),
    ico("2634719"),
    ico("0057316"),
    ico("6038127"),
)
I21, I23, I24, I26, I27, I28 = (
    ico("4658210"),
    ico("2815630"),
    ico("2207148"),
    ico("2694205"),
    ico("4455031"),
    ico("7089124"),
)

CASES: list[dict[str, Any]] = [
    {
        "id": "qc015-town-letter-contact-replaced",
        "description": "a town's long windows-1250 letter asking for the feed and for filming "
        "with a backup server; the sender names himself as contact, then hands the contact to "
        "a colleague in an addendum",
        "style": Style.MUNICIPAL,
        "labels": L(
            [FEED, FILM],
            "Město Horní Lhotka nad Úpou",
            I15,
            None,
            ["192.0.2.120", "192.0.2.121"],
            ["192.0.2.125"],
            "Ivana Rybová",
            "rybova@mestohl.example",
            "+420731406228",
        ),
        "from": '"Mgr. Jiří Šimek" <simek@mestohl.example>',
        "subject": "Žádost města Horní Lhotka nad Úpou – výsledky voleb a natáčení",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "body": (
            "Vážení,\n\n"
            "Město Horní Lhotka nad Úpou (IČ: "
            f"{I15}) provozuje kabelovou televizi Lhotecká TV a zpravodajský portál "
            "lhotka-info.example, který ve volební noci sleduje kolem dvou tisíc občanů. "
            "Při posledních volbách jsme výsledky přebírali ručně z webu, což se ukázalo "
            "jako nespolehlivé – proto se letos obracíme přímo na Vás.\n\n"
            "Žádáme tímto:\n"
            "a) o zřízení přístupu k serveru s výsledky voleb ve formátu XML, a to pro "
            "hlavní server 192.0.2.120 a záložní server 192.0.2.121; testovat budeme "
            "z adresy 192.0.2.125;\n"
            "b) o povolení natáčet pro Lhoteckou TV na sběrném místě ČSÚ v Hradci Králové "
            "(kameraman a redaktorka, asi hodinu kolem půlnoci).\n\n"
            "Kontaktní osobou pro tuto žádost jsem já, tel. 499 312 118.\n\n"
            "Omlouváme se za případné nepřesnosti, žádost podáváme poprvé.\n\n"
            "S pozdravem\n\n"
            "Mgr. Jiří Šimek\n"
            "tiskový mluvčí\n"
            "Město Horní Lhotka nad Úpou\n"
            "Náměstí 1, 542 31 Horní Lhotka nad Úpou\n\n"
            "Doplnění: od 1. do 6. října budu na dovolené, kontaktní osobou pro tuto žádost "
            "proto bude místo mě kolegyně Mgr. Ivana Rybová, vedoucí odboru kancelář "
            "starosty, tel. 731 406 228, rybova@mestohl.example.\n"
        ),
    },
    {
        "id": "qc016-austrian-reply-completes-original",
        "description": "reply in English to the office's query (quoted with the office's IČO, "
        "box and phone) adds the test addresses; production and contact are in the "
        "applicant's quoted original which the new text points to",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Donauwelle Rundfunk GmbH",
            None,
            None,
            ["203.0.113.140", "203.0.113.141"],
            ["198.51.100.221", "198.51.100.222"],
            "Matthias Gruber",
            "m.gruber@donauwelle.example",
            "+431711462290",
        ),
        "from": "Matthias Gruber <m.gruber@donauwelle.example>",
        "subject": "AW: Re: XML feed access - Donauwelle Rundfunk",
        "headers": OUTLOOK,
        "body": (
            "Dear Sir or Madam,\n\n"
            "thank you for your quick answer. As requested, here are our test addresses: "
            "198.51.100.221 and 198.51.100.222. Production addresses and contact remain as in "
            "my original e-mail below.\n\n"
            "Best regards / Mit freundlichen Grüßen\n"
            "Matthias Gruber\n"
            "Donauwelle Rundfunk GmbH, Wien\n\n"
            "-----Ursprüngliche Nachricht-----\n"
            "Von: podatelna@czso.cz\n"
            "Gesendet: Montag, 15. September 2025 09:12\n"
            "An: Matthias Gruber <m.gruber@donauwelle.example>\n"
            "Betreff: Re: XML feed access - Donauwelle Rundfunk\n\n"
            "Dobrý den, / Dear Mr Gruber,\n\n"
            "Vaše žádost neobsahuje testovací IP adresy. / Your request does not state any "
            "test IP addresses. Please send them, or confirm that you do not need any.\n\n"
            "Český statistický úřad, Na padesátém 81, 100 82 Praha 10\n"
            "IČO 00025593, datová schránka 2gfaasy, tel. 274 052 733\n\n"
            "-----Ursprüngliche Nachricht-----\n"
            "Von: Matthias Gruber <m.gruber@donauwelle.example>\n"
            "Gesendet: Freitag, 12. September 2025 16:40\n"
            "An: podatelna@czso.cz\n"
            "Betreff: XML feed access - Donauwelle Rundfunk\n\n"
            "Dear colleagues,\n\n"
            "Donauwelle Rundfunk GmbH (FN 318847 t, Handelsgericht Wien) requests access to the "
            "XML election results.\n"
            "Production: 203.0.113.140, 203.0.113.141\n"
            "Contact: myself, Matthias Gruber, +43 1 711 46 2290, "
            "m.gruber@donauwelle.example\n"
            "Test addresses will follow.\n\n"
            "Kind regards\nMatthias Gruber\n"
        ),
    },
    {
        "id": "qc017-freelancer-forwards-host-eml",
        "description": "a freelance journalist with a trade IČO applies and attaches his "
        "hosting provider's mail as .eml: the /31 block is only in the attached message",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Tomáš Bureš",
            I17,
            None,
            ["203.0.113.96", "203.0.113.97"],
            [],
            "Tomáš Bureš",
            "tomas@buresovy-texty.example",
            "+420606814250",
        ),
        "from": "Tomáš Bureš <tomas@buresovy-texty.example>",
        "subject": "Fwd: IP adresy pro ČSÚ",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            f"jsem novinář na volné noze (OSVČ, IČO {I17}) a na svém webu "
            "buresovy-texty.example budu ve volební noci průběžně komentovat výsledky. Tímto "
            "žádám o přístup k výsledkům voleb ve formátu XML.\n\n"
            "Technické údaje mi poslal můj hostingový poskytovatel – jeho e-mail přikládám, "
            "adresy z něj prosím použijte jako produkční. Testovací adresu nemám.\n\n"
            "Kontakt: já, 606 814 250.\n\n"
            "Děkuji,\nTomáš Bureš\n"
        ),
        "attachments": [
            (
                "eml",
                "Re_ VPS adresy.eml",
                {
                    "id": "qc017-inner",
                    "from": "Podpora WebHostel <podpora@webhostel.example>",
                    "to": "tomas@buresovy-texty.example",
                    "subject": "Re: VPS adresy [Ticket #448120]",
                    "body": (
                        "Dobrý den, pane Bureši,\n\n"
                        "Váš VPS (tarif Standard 4) má přidělen blok 203.0.113.96/31, tedy "
                        "dvě adresy; odchozí spojení mohou používat obě. IPv6 zatím nemáte "
                        "aktivní.\n\n"
                        "S pozdravem\nPodpora WebHostel\ntel. 800 100 220\n"
                    ),
                },
            )
        ],
    },
    {
        "id": "qc018-agency-html-yes-no-columns",
        "description": "agency's Outlook mail with a text and an HTML part: addresses in a table "
        "with 'ano'/'ne' production and test columns and a request list where filming is NE",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Středomoravská zpravodajská agentura, a.s.",
            I18,
            None,
            ["198.51.100.40", "198.51.100.41"],
            ["198.51.100.42"],
            "Vojtěch Navrátil",
            "navratil@smza.example",
            "+420585331207",
        ),
        "from": "Redakce SMZA <redakce@smza.example>",
        "subject": "Žádost SMZA – výsledky voleb",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            f"Středomoravská zpravodajská agentura, a.s., IČO {I18}, žádá:\n"
            "Přístup k výsledkům ve formátu XML: ANO\n"
            "Povolení k natáčení na sběrném místě: NE\n\n"
            "IP adresa        Produkce  Test\n"
            "198.51.100.40    ano       ne\n"
            "198.51.100.41    ano       ne\n"
            "198.51.100.42    ne        ano\n\n"
            "Kontaktní osoba: Vojtěch Navrátil, navratil@smza.example, tel. 585 331 207\n\n"
            "S pozdravem\nredakce SMZA\nústředna 585 331 200\n"
        ),
        "html": (
            '<html><head><meta charset="utf-8"></head><body style="font-family:Calibri">'
            "<p>Dobrý den,</p>"
            f"<p>Středomoravská zpravodajská agentura, a.s., IČO {I18}, žádá:</p>"
            "<ul><li>Přístup k výsledkům ve formátu XML: <b>ANO</b></li>"
            "<li>Povolení k natáčení na sběrném místě: <b>NE</b></li></ul>"
            '<table border="1" cellpadding="4" style="border-collapse:collapse">'
            "<tr><th>IP adresa</th><th>Produkce</th><th>Test</th></tr>"
            "<tr><td>198.51.100.40</td><td>ano</td><td>ne</td></tr>"
            "<tr><td>198.51.100.41</td><td>ano</td><td>ne</td></tr>"
            "<tr><td>198.51.100.42</td><td>ne</td><td>ano</td></tr>"
            "</table>"
            "<p>Kontaktní osoba: Vojtěch Navrátil, "
            '<a href="mailto:navratil@smza.example">navratil@smza.example</a>, '
            "tel. 585 331 207</p>"
            "<p>S pozdravem<br>redakce SMZA<br>ústředna 585 331 200</p>"
            "</body></html>"
        ),
    },
    {
        "id": "qc019-village-film-later-election",
        "description": "a village mayor's unaccented Seznam note: filming only, and only at the "
        "2026 municipal election; the XML is not wanted",
        "style": Style.TERSE,
        "labels": L(
            [FILM],
            "obec Kvetna",
            I19,
            None,
            [],
            [],
            "Milan Dvořák",
            "starosta@obeckvetna.example",
            "+420602115839",
        ),
        "from": "Milan Dvorak <starosta@obeckvetna.example>",
        "subject": "natáčení - obec Kvetna",
        "headers": SEZNAM,
        "cte": "8bit",
        "body": (
            "Dobry den,\n"
            f"obec Kvetna (IC {I19}) zada o povoleni natacet na vasem sbernem miste "
            "v Pardubicich, ale az pri komunalnich volbach 2026, letos v rijnu ne. Jde o "
            "videokroniku obce. XML data nepotrebujeme.\n"
            "Kontakt starosta Milan Dvořák, 602 115 839\n"
            "Dvorak\n"
        ),
    },
    {
        "id": "qc020-institute-rtf-conditional-film",
        "description": "institute's secretariat sends an RTF letter: IPv6 and IPv4 production "
        "rows, a test row, and a filming request made only 'if conditions allow' (still asked)",
        "style": Style.INSTITUTION,
        "labels": L(
            [FEED, FILM],
            "Ústav pro studium voleb a demokracie, v. v. i.",
            I20,
            None,
            ["2001:db8:5e::80", "198.51.100.80"],
            ["198.51.100.81"],
            "Alžběta Krausová",
            "krausova@usvd.example",
            "+420210310442",
        ),
        "from": "Sekretariát ÚSVD <sekretariat@usvd.example>",
        "subject": "Žádost ÚSVD v. v. i. o přístup k výsledkům voleb",
        "headers": ZIMBRA,
        "body": (
            "Dobrý den,\n\n"
            "na pokyn paní ředitelky zasíláme v příloze žádost našeho ústavu.\n\n"
            "S pozdravem\nsekretariát ÚSVD\n"
        ),
        "attachments": [
            (
                "rtf",
                "zadost_USVD.rtf",
                [
                    f"Ústav pro studium voleb a demokracie, v. v. i.\nJilská 3, 110 00 Praha 1\n"
                    f"IČ {I20}",
                    "Český statistický úřad\nNa padesátém 81, 100 82 Praha 10",
                    "Věc: Žádost o přístup k výsledkům voleb a o povolení pořízení záznamu",
                    "Ústav žádá o zřízení přístupu k serveru s výsledky voleb ve formátu XML "
                    "z těchto adres:",
                    [
                        ["Role", "Adresa"],
                        ["produkční", "2001:db8:5e::80"],
                        ["produkční", "198.51.100.80"],
                        ["testovací", "198.51.100.81"],
                    ],
                    "Dále žádáme – pokud to provozní podmínky dovolí – o povolení pořídit "
                    "videozáznam na sběrném místě v Praze pro náš výzkumný dokument o volební "
                    "noci. Pokud by to nebylo možné, přístup k XML tím není dotčen.",
                    "Kontaktní osoba: doc. PhDr. Alžběta Krausová, Ph.D., vedoucí oddělení "
                    "volebních studií, tel. +420 210 310 442, krausova@usvd.example",
                    "V Praze dne 9. 9. 2025\n\nprof. Ing. Věra Holubcová, CSc.\nředitelka",
                ],
            )
        ],
    },
    {
        "id": "qc021-slovak-tv-odt-version",
        "description": "Slovak regional TV's ODT with production, backup and test rows next to a "
        "four-part client version number; phone written with 00421",
        "style": Style.ATTACHMENT,
        "labels": L(
            [FEED],
            "Televízia Zemplín, s. r. o.",
            I21,
            None,
            ["192.0.2.160", "192.0.2.161"],
            ["192.0.2.170"],
            "Peter Hudák",
            "hudak@tvzemplin.example",
            "+421566421180",
        ),
        "from": "Peter Hudák <hudak@tvzemplin.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb – TV Zemplín",
        "headers": K9,
        "body": (
            "Dobrý deň,\n\nv prílohe posielam našu žiadosť. Ďakujem za vybavenie.\n\n"
            "Peter Hudák\nTelevízia Zemplín\n"
        ),
        "attachments": [
            (
                "odt",
                "ziadost_TVZ.odt",
                [
                    "Televízia Zemplín, s. r. o., Námestie osloboditeľov 9, 071 01 Michalovce",
                    f"IČO: {I21[:2]} {I21[2:5]} {I21[5:]}",
                    "Žiadosť o prístup k výsledkom volieb vo formáte XML",
                    "Výsledky budeme spracúvať vlastným klientom ElectRead 1.4.2.7 (knižnica "
                    "libxml2 2.9.14). Prosíme o povolenie týchto adries:",
                    [
                        ["Prostredie", "IP adresa"],
                        ["produkčná", "192.0.2.160"],
                        ["produkčná (záložná)", "192.0.2.161"],
                        ["testovacia", "192.0.2.170"],
                    ],
                    "Kontaktná osoba: Peter Hudák, tel. 00421 56 642 1180, hudak@tvzemplin.example",
                    "V Michalovciach 8. 9. 2025",
                ],
            )
        ],
    },
    {
        "id": "qc022-finnish-student-union-temporary-host",
        "description": "English from a Finnish student union: the permanent server is being "
        "replaced and must not be allowed, a temporary VM is the only production host",
        "style": Style.INSTITUTION,
        "labels": L(
            [FEED],
            "Student Union of the University of Eastern Lakeland",
            None,
            None,
            ["198.51.100.77"],
            [],
            "Aino Kettunen",
            "aino.kettunen@kampusviesti.example",
            "+358407712093",
        ),
        "from": "Aino Kettunen <aino.kettunen@kampusviesti.example>",
        "subject": "XML results access for Kampusviesti (student newspaper)",
        "headers": APPLE,
        "body": (
            "Hello,\n\n"
            "I'm the data editor of Kampusviesti, the student newspaper published by the "
            "Student Union of the University of Eastern Lakeland (Business ID 1938274-6). "
            "We have a Czech exchange-student team covering the election live, and we'd "
            "like to apply for access to the XML results.\n\n"
            "One complication: our permanent server (198.51.100.70) is being replaced this "
            "month and will not be in use on election night, so please don't whitelist it. "
            "We'll run the ingest from a temporary cloud VM at 198.51.100.77. We have no "
            "separate test setup.\n\n"
            "Contact: me, Aino Kettunen, +358 40 771 2093.\n\n"
            "Kiitos! / Thank you!\n"
            "Aino\n"
        ),
    },
    {
        "id": "qc023-databox-pdf-only",
        "description": "data message with a one-word annotation and a PDF letter: its letterhead "
        "has the box ID, the addressee block the office's; a wrapped table cell holds two "
        "production addresses",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Vydavatelství Polabí s.r.o.",
            I23,
            "v3pl9xk",
            ["203.0.113.200", "203.0.113.201"],
            ["203.0.113.209"],
            "Hynek Král",
            "kral@vydpolabi.example",
            "+420775180226",
        ),
        "subject": "Žádost",
        "databox": {
            "box": "v3pl9xk",
            "sender": "Vydavatelství Polabí s.r.o.",
            "address": "Palackého 240, 290 01 Poděbrady",
        },
        "attachments": [
            (
                "pdf",
                "zadost_polabi.pdf",
                [
                    f"Vydavatelství Polabí s.r.o. | Palackého 240, 290 01 Poděbrady | IČO {I23} | "
                    f"DIČ CZ{I23} | ID DS v3pl9xk | tel. 326 700 400 (ústředna)",
                    "Český statistický úřad\nNa padesátém 81, 100 82 Praha 10\nID DS 2gfaasy",
                    "Věc: Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Vydavatelství Polabí s.r.o., vydavatel deníku Polabský hlas a webu "
                    "polabskyhlas.example, žádá o přístup k výsledkům voleb z těchto adres:",
                    {
                        "rows": [
                            ["Prostředí", "IP adresy"],
                            [
                                "Produkční prostředí (primární a záložní lokalita)",
                                "203.0.113.200, 203.0.113.201",
                            ],
                            ["Testovací prostředí", "203.0.113.209"],
                        ],
                        "widths": [110, 90],
                    },
                    "Kontaktní osoba: Bc. Hynek Král, vedoucí online vydání, mobil 775 180 226, "
                    "kral@vydpolabi.example",
                    "V Poděbradech 12. 9. 2025\nIng. Radovan Macháček, jednatel",
                ],
            )
        ],
    },
    {
        "id": "qc024-society-radio-resp",
        "description": "a society's internet radio in a chatty Gmail: two addresses given as "
        "'produkční, resp. testovací' and a tentative request to record sound",
        "style": Style.FREELANCE,
        "labels": L(
            [FEED, FILM],
            "Kulturní Podkopec, z. s.",
            I24,
            None,
            ["192.0.2.150"],
            ["192.0.2.151"],
            "Jakub Strnad",
            "kuba@radiopodkopcem.example",
            "+420777204611",
        ),
        "from": "Kuba Strnad <kuba@radiopodkopcem.example>",
        "subject": "Rádio Pod Kopcem - výsledky + nahrávání",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "jsme malé internetové rádio Rádio Pod Kopcem, provozuje ho spolek Kulturní "
            f"Podkopec, z. s. (IČO {I24}), všichni jsme dobrovolníci :) Chtěli bychom jednak "
            "přístup k XML s výsledky voleb – adresy 192.0.2.150 a 192.0.2.151 jsou "
            "produkční, resp. testovací – a jednak, jestli by to šlo, povolení nahrávat zvuk "
            "na sběrném místě v Jihlavě pro naši volební reportáž.\n\n"
            "Kontakt: Jakub Strnad, 777 204 611\n\n"
            "Díky moc!\nKuba\n"
        ),
    },
    {
        "id": "qc025-uk-freelancer-respectively",
        "description": "UK sole trader without a company: 'production and test servers are "
        "X and Y respectively', a UK mobile and a postcode",
        "style": Style.FREELANCE,
        "labels": L(
            [FEED],
            "Fiona McAllister",
            None,
            None,
            ["203.0.113.30"],
            ["203.0.113.31"],
            "Fiona McAllister",
            "fiona@mcallisterdata.example",
            "+447700900418",
        ),
        "from": "Fiona McAllister <fiona@mcallisterdata.example>",
        "subject": "Access to the XML election results - freelance data journalist",
        "headers": ROUNDCUBE,
        "body": (
            "Dear Sir or Madam,\n\n"
            "I am a freelance data journalist based in Edinburgh (self-employed, I do not "
            "trade through a company) and I cover Central European elections for several "
            "British and Irish outlets. I would like to apply for access to the XML results "
            "for the Czech parliamentary election.\n\n"
            "My production and test servers are 203.0.113.30 and 203.0.113.31 "
            "respectively.\n\n"
            "You can reach me on +44 7700 900418 or at this address.\n\n"
            "Many thanks,\n"
            "Fiona McAllister\n"
            "4/2 Marchmont Road, Edinburgh EH9 1HX\n"
        ),
    },
    {
        "id": "qc026-polish-minority-paper-netmask",
        "description": "Polish-language paper of the Czech Polish minority, ISO-8859-2 8bit: "
        "production as an address with the mask 255.255.255.254 (two addresses), a test "
        "address and a Czech IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Kurier Olzy, z. s.",
            I26,
            None,
            ["203.0.113.8", "203.0.113.9"],
            ["203.0.113.12"],
            "Wanda Kaszper",
            "kaszper@kurierolzy.example",
            "+420558731042",
        ),
        "from": "Wanda Kaszper <kaszper@kurierolzy.example>",
        "subject": "Prosba o pristup k vysledkum voleb / Prośba o dostęp",
        "headers": TBIRD,
        "charset": "iso-8859-2",
        "cte": "8bit",
        "body": (
            "Vážení, Szanowni Państwo,\n\n"
            "w imieniu redakcji dwutygodnika Kurier Olzy (wydawca: Kurier Olzy, z. s., "
            f"IČO {I26}, Český Těšín) prosimy o dostęp do wyników wyborów w formacie XML.\n\n"
            "Adres produkcyjny: 203.0.113.8 z maską 255.255.255.254 (czyli dwa adresy)\n"
            "Adres testowy: 203.0.113.12\n\n"
            "Kontakt: Wanda Kaszper, tel. +420 558 731 042\n\n"
            "Omlouváme se za polštinu, česky rozumíme a rádi odpovíme i česky.\n\n"
            "Z poważaniem / S pozdravem\n"
            "Wanda Kaszper\n"
            "Kurier Olzy\n"
        ),
    },
    {
        "id": "qc027-university-tv-flowed",
        "description": "format=flowed mail of a university's student TV: the role sentence "
        "wraps between 'testovací' and its address",
        "style": Style.INSTITUTION,
        "labels": L(
            [FEED],
            "Severočeská univerzita v Děčíně",
            I27,
            None,
            ["198.51.100.150"],
            ["198.51.100.151"],
            "Adéla Matoušková",
            "matouskova@unitv.sudc.example",
            "+420412556093",
        ),
        "from": "Adéla Matoušková <matouskova@unitv.sudc.example>",
        "subject": "UniTV – přístup k výsledkům voleb",
        "headers": TBIRD,
        "flowed": True,
        "body": (
            "Dobrý den,\n\n"
            "jménem studentské televize UniTV, kterou provozuje Severočeská univerzita \n"
            f"v Děčíně (IČO {I27}), žádáme o přístup k výsledkům voleb ve formátu XML. \n"
            "Produkční adresa našeho serveru je 198.51.100.150 a testovací \n"
            "198.51.100.151. Vysílat budeme od 14:00 do půlnoci na kanálu \n"
            "unitv.sudc.example/live.\n\n"
            "Kontaktní osobou jsem já, Adéla Matoušková, vedoucí zpravodajství UniTV, \n"
            "tel. 412 556 093.\n\n"
            "Děkujeme!\n"
            "Adéla Matoušková\n"
        ),
    },
    {
        "id": "qc028-region-smime-box-in-signature",
        "description": "S/MIME-signed mail of a regional authority's press office asking for the "
        "feed and filming; box ID and IČO in the signature, a switchboard after the mobile",
        "style": Style.MUNICIPAL,
        "labels": L(
            [FEED, FILM],
            "Podhorský kraj",
            I28,
            "p9kr3ha",
            ["198.51.100.240", "198.51.100.241"],
            [],
            "Hana Vondrová",
            "vondrova@podhorsky-kraj.example",
            "+420736512004",
        ),
        "from": '"Mgr. Hana Vondrová" <vondrova@podhorsky-kraj.example>',
        "subject": "Podhorský kraj – žádost o přístup k výsledkům a o natáčení",
        "headers": OUTLOOK,
        "smime": True,
        "body": (
            "Dobrý den,\n\n"
            "Podhorský kraj zajišťuje ve volební noci vysílání krajského informačního "
            "portálu a žádá proto o přístup k výsledkům voleb ve formátu XML z adres "
            "198.51.100.240 a 198.51.100.241 (obě produkční, testovací prostředí "
            "nemáme). Zároveň žádáme o povolení pro náš štáb natáčet na krajském sběrném "
            "místě ČSÚ.\n\n"
            "Kontaktní osobou jsem já.\n\n"
            "S pozdravem\n\n"
            "Mgr. Hana Vondrová\n"
            "tisková mluvčí\n"
            "Krajský úřad Podhorského kraje\n"
            "mobil: 736 512 004\n"
            "ústředna: 485 226 111\n"
            f"IČO: {I28} | ID DS: p9kr3ha\n"
        ),
    },
]
