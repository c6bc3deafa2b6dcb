"""Twentyfifth held-out part ``sc``, cases sc015–sc028: a long letter with a replaced server, a
terse radio note with 'TST', an application for a later election, a polite conditional filming
request, a Norwegian broadcaster mixing English and Norwegian, a DOCX form with ticked and
unticked boxes, an agency's data message with a PDF range, a reply to the office's query that
points to the applicant's own quoted original, a town TV declining the feed in an ano/ne table,
a freelancer without an IČO on IPv6, a contractor's XLSX with netmasks, an Austrian radio's ODT,
a Polish-minority weekly mixing Polish and Czech and a freelancer's data message with an RTF.
Written by hand apart from the extraction rules (see make_twentyfifth_sc); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.twentyfifth_sc_common import (
    FEED,
    FILM,
    GMAIL,
    K9,
    OUTLOOK,
    OWA,
    ROUNDCUBE,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    ico,
)

I15, I16, I17, I18 = ico("2519804"), ico("4738291"), ico("0863157"), ico("2604718")
I20, I21, I22, I23 = ico("0197426"), ico("2935617"), ico("6348102"), ico("0028417")
I25, I27, I28 = ico("2871054"), ico("2271938"), ico("7650392")

CASES: list[dict[str, Any]] = [
    {
        "id": "sc015-long-letter-replaced-server",
        "description": "a long letter with history: last election's server is decommissioned "
        "and replaced, the new one and a test server apply",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Vydavatelství Krkonošský posel, s. r. o.",
            I15,
            None,
            ["192.0.2.35"],
            ["192.0.2.36"],
            "Jaroslav Hanuš",
            "hanus@krkonosskyposel.example",
            "+420499871206",
        ),
        "from": "Jaroslav Hanuš <hanus@krkonosskyposel.example>",
        "subject": "Žádost o obnovení přístupu k výsledkům voleb (XML)",
        "headers": TBIRD,
        "cte": "qp",
        "body": (
            "Vážená paní, vážený pane,\n\n"
            "obracím se na Vás jménem Vydavatelství Krkonošský posel, s. r. o., vydavatele "
            "stejnojmenného týdeníku a zpravodajského webu pro Trutnovsko a Jilemnicko. "
            "Vaše XML výsledky jsme s úspěchem používali už při sněmovních volbách v roce "
            "2021 a při krajských volbách 2024; čtenáři oceňují, že u nás najdou výsledky "
            "po jednotlivých obcích dřív než kdekoli jinde.\n\n"
            "Od té doby se však u nás leccos změnilo. Server, ze kterého jsme data stahovali "
            "(192.0.2.30), jsme letos v létě vyřadili – byl to ještě stroj z roku 2016 a "
            "poslední aktualizace systému pro něj vyšla v roce 2022. Nahradil ho nový server "
            "s adresou 192.0.2.35, který prosím povolte místo původního. Nově máme také "
            "samostatný testovací stroj, 192.0.2.36, na kterém bychom rádi ověřili zpracování "
            "dat během Vašeho zkušebního provozu.\n\n"
            "Žádáme tedy o přístup k serveru s výsledky voleb do Poslanecké sněmovny ve "
            "formátu XML. O natáčení na sběrných místech tentokrát nežádáme.\n\n"
            f"Identifikační údaje: IČO {I15}, sídlo Horská 412, 541 01 Trutnov.\n\n"
            "Kontaktní osobou jsem já; jsem k zastižení na tel. 499 871 206 (přímá linka), "
            "o víkendu voleb pak nepřetržitě.\n\n"
            "Děkuji za vyřízení a jsem s pozdravem\n\n"
            "Jaroslav Hanuš\n"
            "vedoucí vydání\n"
            "Vydavatelství Krkonošský posel, s. r. o.\n"
            "tel. ústředna 499 871 200\n"
        ),
    },
    {
        "id": "sc016-terse-radio-tst",
        "description": "a three-line note: 'prod' two addresses, 'TST' one, 'IČ:' in the "
        "signature, surname-only sign-off with a phone",
        "style": Style.TERSE,
        "labels": L(
            [FEED],
            "Rádio Pálava s.r.o.",
            I16,
            None,
            ["198.51.100.14", "198.51.100.15"],
            ["198.51.100.16"],
            "Tomáš Bauer",
            "bauer@radiopalava.example",
            "+420777604219",
        ),
        "from": "Tomáš Bauer <bauer@radiopalava.example>",
        "subject": "XML volby - Rádio Pálava",
        "headers": K9,
        "cte": "8bit",
        "body": (
            "Feed XML prosím.\n"
            "prod 198.51.100.14, 198.51.100.15 / TST 198.51.100.16\n"
            "Bauer 777 604 219\n\n"
            "--\n"
            f"Rádio Pálava s.r.o., IČ: {I16}\n"
        ),
    },
    {
        "id": "sc017-later-election",
        "description": "applies now for next year's municipal elections and says it does not "
        "need this year's; still a feed request",
        "style": Style.LETTER,
        "labels": L(
            [FEED],
            "Regionální vydavatelství Jihlavsko s.r.o.",
            I17,
            None,
            ["203.0.113.30"],
            ["203.0.113.31"],
            "Dagmar Pokorná",
            "pokorna@jihlavsko.example",
            "+420567301884",
        ),
        "from": "Dagmar Pokorná <pokorna@jihlavsko.example>",
        "subject": "Přístup k XML výsledkům – komunální volby 2026",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "letošní sněmovní volby pokrýváme jen převzatým obsahem, takže pro ně přístup "
            "nepotřebujeme. Rádi bychom se ale s předstihem přihlásili k přístupu k serveru "
            "s výsledky ve formátu XML pro volby do zastupitelstev obcí na podzim 2026, kde "
            "budeme mít vlastní výsledkový servis pro 120 obcí Jihlavska.\n\n"
            "Pokud žádosti na příští rok zatím nepřijímáte, berte prosím tento e-mail jako "
            "předběžnou a dejte nám vědět, kdy ji máme poslat znovu.\n\n"
            "Regionální vydavatelství Jihlavsko s.r.o.\n"
            f"IČO: {I17}\n"
            "Server: 203.0.113.30\n"
            "Testovací server: 203.0.113.31\n"
            "Kontakt: Dagmar Pokorná, 567 301 884\n\n"
            "S pozdravem\n"
            "Dagmar Pokorná\n"
            "ředitelka\n"
        ),
    },
    {
        "id": "sc018-conditional-filming-html",
        "description": "plain and HTML alternative; filming asked for 'if possible' (a polite "
        "conditional that still asks), feed with two production and one test address",
        "style": Style.HTML,
        "labels": L(
            [FEED, FILM],
            "Televize Západ s.r.o.",
            I18,
            None,
            ["203.0.113.50", "203.0.113.51"],
            ["203.0.113.52"],
            "Monika Vaňková",
            "vankova@tvzapad.example",
            "+420603914027",
        ),
        "from": "Monika Vaňková <vankova@tvzapad.example>",
        "subject": "Volby – XML data a případné natáčení v Plzni",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "Televize Západ s.r.o. (IČO "
            f"{I18}) žádá o přístup k výsledkům voleb ve formátu XML:\n"
            "produkční servery 203.0.113.50 a 203.0.113.51, testovací server 203.0.113.52.\n\n"
            "Pokud to bude možné, rádi bychom také natočili krátkou reportáž na sběrném "
            "místě v Plzni (redaktorka a kameraman, cca 30 minut).\n\n"
            "Kontakt: Monika Vaňková, 603 914 027\n\n"
            "Děkuji,\nMonika Vaňková\nTelevize Západ\n"
        ),
        "html": (
            '<div dir="ltr"><div>Dobrý den,</div><div><br></div>'
            "<div>Televize Západ s.r.o. (IČO "
            f"{I18}) žádá o přístup k výsledkům voleb ve formátu XML:<br>"
            "produkční servery <b>203.0.113.50</b> a <b>203.0.113.51</b>, testovací server "
            "<b>203.0.113.52</b>.</div><div><br></div>"
            "<div>Pokud to bude možné, rádi bychom také natočili krátkou reportáž na "
            "sběrném místě v Plzni (redaktorka a kameraman, cca 30 minut).</div>"
            "<div><br></div><div>Kontakt: Monika Vaňková, 603 914 027</div><div><br></div>"
            "<div>Děkuji,</div><div>Monika Vaňková</div><div>Televize Západ</div></div>"
        ),
    },
    {
        "id": "sc019-norwegian-english-mix",
        "description": "Norwegian broadcaster mixing English and Norwegian, both requests; "
        "production two IPv4 and one IPv6, one test; the org.nr. is not an IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Nordlys Kringkasting AS",
            None,
            None,
            ["198.51.100.170", "198.51.100.171", "2001:db8:170::5"],
            ["198.51.100.175"],
            "Ingrid Solberg",
            "ingrid.solberg@nordlys-kk.example",
            "+4791234567",
        ),
        "from": "Ingrid Solberg <ingrid.solberg@nordlys-kk.example>",
        "subject": "Søknad / application: election results feed + filming in Prague",
        "headers": OWA,
        "body": (
            "Hei / Hello,\n\n"
            "Nordlys Kringkasting AS (org.nr. 918 204 776) will cover the Czech election "
            "for our foreign desk. Vi søker om:\n\n"
            "1. Access to the XML results server\n"
            "   - produksjon: 198.51.100.170, 198.51.100.171 og 2001:db8:170::5\n"
            "   - test: 198.51.100.175\n"
            "2. Permission to film at the results collection point in Prague on election "
            "night (reporter + photographer).\n\n"
            "Kontaktperson: Ingrid Solberg, +47 912 34 567, "
            "ingrid.solberg@nordlys-kk.example\n\n"
            "Med vennlig hilsen / Kind regards\n"
            "Ingrid Solberg\n"
            "Utenriksredaksjonen, Nordlys Kringkasting\n"
            "Sentralbord +47 22 04 70 00\n"
        ),
    },
    {
        "id": "sc020-docx-form-checkboxes",
        "description": "a filled-in DOCX form: the feed box ticked, the filming box unticked, "
        "the test-address field left as dots",
        "style": Style.FORM,
        "labels": L(
            [FEED],
            "Slánský zpravodaj s.r.o.",
            I20,
            None,
            ["192.0.2.130"],
            [],
            "Vladimíra Růžičková",
            "ruzickova@slanskyzpravodaj.example",
            "+420312547116",
        ),
        "from": "Vladimíra Růžičková <ruzickova@slanskyzpravodaj.example>",
        "subject": "formulář – volby",
        "headers": ZIMBRA,
        "body": ("Dobrý den, v příloze posílám vyplněný formulář.\nS pozdravem V. Růžičková\n"),
        "attachments": [
            (
                "docx",
                "formular_media_volby.docx",
                {
                    "blocks": [
                        "ŽÁDOST MÉDIA – VOLBY DO POSLANECKÉ SNĚMOVNY",
                        "Požaduji (zaškrtněte):",
                        "☒ přístup k výsledkům voleb ve formátu XML",
                        "☐ povolení k pořizování obrazových a zvukových záznamů na sběrném místě",
                        {
                            "rows": [
                                ["Název žadatele", "Slánský zpravodaj s.r.o."],
                                ["IČO", I20],
                                ["Produkční IP adresa/y", "192.0.2.130"],
                                ["Testovací IP adresa/y", "……………………"],
                                ["Kontaktní osoba", "Vladimíra Růžičková"],
                                ["Telefon", "312 547 116"],
                                ["E-mail", "ruzickova@slanskyzpravodaj.example"],
                            ]
                        },
                        "Datum: 10. 9. 2025          Podpis: V. Růžičková",
                    ]
                },
            )
        ],
    },
    {
        "id": "sc021-agency-databox-pdf-range",
        "description": "a press agency's data message, application only in the PDF; "
        "production written as 'až' range of three, one test address",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Tisková agentura Morava, a.s.",
            I21,
            "tm4rv9a",
            ["192.0.2.180", "192.0.2.181", "192.0.2.182"],
            ["192.0.2.190"],
            "Ivo Krejčí",
            "krejci@tamorava.example",
            "+420541226903",
        ),
        "subject": "TAM – žádost o XML výsledky voleb",
        "databox": {
            "box": "tm4rv9a",
            "sender": "Tisková agentura Morava, a.s.",
            "address": "Kounicova 20, 602 00 Brno",
        },
        "attachments": [
            (
                "pdf",
                "TAM_zadost_CSU.pdf",
                [
                    f"Tisková agentura Morava, a.s.\nKounicova 20, 602 00 Brno\nIČO {I21}",
                    "Český statistický úřad\nNa padesátém 81, 100 82 Praha 10",
                    "V Brně dne 11. září 2025",
                    "Věc: Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Tisková agentura Morava žádá o zpřístupnění průběžných výsledků "
                    "voleb do Poslanecké sněmovny ve formátu XML pro svůj zpravodajský "
                    "servis. Agentura bude data odebírat z těchto adres:",
                    {
                        "rows": [
                            ["Účel", "IP adresy"],
                            ["Produkce (cluster redakčního systému)", "192.0.2.180 až 192.0.2.182"],
                            ["Test", "192.0.2.190"],
                        ],
                        "widths": [150, 170],
                    },
                    "Kontaktní osoba: Ivo Krejčí, vedoucí IT, tel. 541 226 903, "
                    "krejci@tamorava.example",
                    "Mgr. Eva Šimková\npředsedkyně představenstva",
                ],
            )
        ],
    },
    {
        "id": "sc022-reply-to-office-query",
        "description": "a reply to the office's request for a missing test address: the new "
        "text adds it and refers to the applicant's own quoted original for the rest; the "
        "office's quoted text carries its own phone",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Liberecký expres, s.r.o.",
            I22,
            None,
            ["198.51.100.60"],
            ["198.51.100.61"],
            "Jitka Šebestová",
            "sebestova@lbcexpres.example",
            "+420605338270",
        ),
        "from": "Jitka Šebestová <sebestova@lbcexpres.example>",
        "subject": "RE: Vaše žádost o přístup k XML – doplnění",
        "headers": OUTLOOK,
        "body": (
            "Dobrý den,\n\n"
            "doplňuji testovací adresu: 198.51.100.61. Ostatní údaje platí tak, jak jsem je "
            "uvedla v původní žádosti níže.\n\n"
            "Jitka Šebestová\n\n"
            "-----Původní zpráva-----\n"
            "Od: podatelna <podatelna@czso.cz>\n"
            "Odesláno: čtvrtek 11. září 2025 9:02\n"
            "Komu: Jitka Šebestová <sebestova@lbcexpres.example>\n"
            "Předmět: Vaše žádost o přístup k XML – doplnění\n\n"
            "Dobrý den,\n"
            "ve Vaší žádosti chybí testovací IP adresa. Doplňte ji prosím odpovědí na tento "
            "e-mail, případně nám sdělte, že testovací adresu nepožadujete.\n"
            "S pozdravem\n"
            "podatelna ČSÚ, tel. 274 052 733\n\n"
            "-----Původní zpráva-----\n"
            "Od: Jitka Šebestová <sebestova@lbcexpres.example>\n"
            "Odesláno: středa 10. září 2025 16:40\n"
            "Komu: podatelna@czso.cz\n"
            "Předmět: Žádost o přístup k XML\n\n"
            "Dobrý den,\n"
            f"Liberecký expres, s.r.o., IČO {I22}, žádá o přístup k výsledkům voleb "
            "ve formátu XML. Produkční server: 198.51.100.60.\n"
            "Kontakt: Jitka Šebestová, tel. 605 338 270.\n"
            "Děkuji, Jitka Šebestová, Liberecký expres\n"
        ),
    },
    {
        "id": "sc023-town-tv-ano-ne-table",
        "description": "a municipality's town TV in an HTML-only Zimbra mail: an ano/ne table "
        "declines the feed and asks to film",
        "style": Style.MUNICIPALITY,
        "labels": L(
            [FILM],
            "Městys Dolní Voříkov",
            I23,
            None,
            [],
            [],
            "Simona Kubíčková",
            "kubickova@dolnivorikov.example",
            "+420607452118",
        ),
        "from": "Simona Kubíčková <kubickova@dolnivorikov.example>",
        "subject": "Městská televize Voříkov – žádost",
        "headers": ZIMBRA,
        "html": (
            '<html><body><div style="font-family: arial, helvetica, sans-serif; '
            'font-size: 12pt; color: #000000">'
            "<div>Dobrý den,</div><div><br></div>"
            "<div>městys Dolní Voříkov provozuje kabelovou Městskou televizi Voříkov. "
            "Na základě Vaší výzvy podáváme žádost:</div><div><br></div>"
            '<table border="1" cellpadding="3" style="border-collapse: collapse">'
            "<tr><th>Požadavek</th><th>ano / ne</th></tr>"
            "<tr><td>Přístup k výsledkům voleb ve formátu XML</td><td>ne</td></tr>"
            "<tr><td>Natáčení na sběrném místě (Pelhřimov)</td><td>ano</td></tr>"
            "</table><div><br></div>"
            f"<div>Žadatel: Městys Dolní Voříkov, IČO {I23}</div>"
            "<div>Kontaktní osoba: Simona Kubíčková, redaktorka MTV, tel. 607 452 118</div>"
            "<div><br></div><div>S pozdravem</div><div>Simona Kubíčková</div>"
            "<div>Úřad městyse Dolní Voříkov, tel. 565 390 111</div>"
            "</div></body></html>"
        ),
    },
    {
        "id": "sc024-freelancer-no-ico-ipv6",
        "description": "a freelance journalist without a company; production one IPv6 and one "
        "IPv4, no test; software version numbers in the text",
        "style": Style.FREELANCER,
        "labels": L(
            [FEED],
            "Štěpán Machala",
            None,
            None,
            ["2001:db8:c0fe::1", "203.0.113.201"],
            [],
            "Štěpán Machala",
            "stepan.machala@posta.example",
            "+420739118645",
        ),
        "from": "Štěpán Machala <stepan.machala@posta.example>",
        "subject": "Žádost o přístup k XML – nezávislý novinář",
        "headers": GMAIL,
        "body": (
            "Dobrý den,\n\n"
            "jsem nezávislý datový novinář (píšu pro několik regionálních webů na volné "
            "noze, firmu ani IČO nemám) a chtěl bych požádat o přístup k výsledkům voleb "
            "ve formátu XML. Data zpracovávám vlastním skriptem (Python 3.12.4, lxml 5.3.0) "
            "a výstupy poskytuji redakcím.\n\n"
            "Stahovat budu ze svého VPS: 2001:db8:c0fe::1, IPv4 203.0.113.201.\n"
            "Testovací adresu nepotřebuji.\n\n"
            "Telefon 739 118 645.\n\n"
            "Děkuji,\nŠtěpán Machala\n"
        ),
    },
    {
        "id": "sc025-contractor-xlsx-netmasks",
        "description": "a hosting contractor sends an XLSX with address and netmask columns "
        "(a /31 is two addresses, 255.255.255.255 one); the contact is the publisher's "
        "named person",
        "style": Style.CONTRACTOR,
        "labels": L(
            [FEED],
            "Týdeník Dvůr s.r.o.",
            I25,
            None,
            ["198.51.100.128", "198.51.100.129"],
            ["198.51.100.140"],
            "Ivana Horká",
            "horka@tydenikdvur.example",
            "+420499320557",
        ),
        "from": '"DataMost s.r.o. – podpora" <podpora@datamost.example>',
        "subject": "Týdeník Dvůr – podklady pro přístup k XML",
        "headers": TBIRD,
        "body": (
            "Dobrý den,\n\n"
            "jako provozovatel serverů pro Týdeník Dvůr s.r.o. posíláme v příloze adresy, "
            "ze kterých bude redakce stahovat výsledky voleb ve formátu XML. Žádost podáváme "
            "jménem vydavatele.\n\n"
            "Kontaktní osobou za vydavatele je paní Ivana Horká, horka@tydenikdvur.example, "
            "tel. 499 320 557. Na nás se obracejte jen v technických věcech "
            "(podpora@datamost.example, 800 100 321).\n\n"
            "S pozdravem\nTým podpory DataMost s.r.o.\n"
        ),
        "attachments": [
            (
                "xlsx",
                "tydenik_dvur_adresy.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Vydavatel", "Týdeník Dvůr s.r.o.", "", ""],
                            ["IČO", I25, "", ""],
                            ["", "", "", ""],
                            ["Role", "IP", "Maska", "Poznámka"],
                            ["produkční", "198.51.100.128", "255.255.255.254", "2 uzly"],
                            ["testovací", "198.51.100.140", "255.255.255.255", ""],
                        ],
                    }
                ],
            )
        ],
    },
    {
        "id": "sc026-austrian-radio-odt",
        "description": "Austrian radio writing German with an ODT table; two production and "
        "two test addresses separated by slashes; filming declined; the FN is not an IČO",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Radio Donauwelle GmbH",
            None,
            None,
            ["203.0.113.120", "203.0.113.121"],
            ["203.0.113.125", "203.0.113.126"],
            "Florian Gruber",
            "f.gruber@donauwelle.example",
            "+436641287753",
        ),
        "from": '"Mag. Florian Gruber" <f.gruber@donauwelle.example>',
        "subject": "Zugang XML-Wahlergebnisse – Radio Donauwelle (Linz)",
        "headers": ROUNDCUBE,
        "body": (
            "Grüß Gott,\n\n"
            "anbei unser Antrag auf Zugang zu den Wahlergebnissen im XML-Format.\n\n"
            "Freundliche Grüße aus Linz\n"
            "Florian Gruber\n"
        ),
        "attachments": [
            (
                "odt",
                "Antrag_CSU_Donauwelle.odt",
                [
                    "Radio Donauwelle GmbH, Hauptplatz 6, 4020 Linz, Österreich",
                    "FN 219734 s, Landesgericht Linz",
                    "Antrag auf Zugang zum Server mit den Wahlergebnissen (XML)",
                    [
                        ["Verwendung", "IP-Adressen"],
                        ["Produktion", "203.0.113.120 / 203.0.113.121"],
                        ["Test", "203.0.113.125 / 203.0.113.126"],
                    ],
                    "Dreharbeiten an den Sammelstellen sind nicht geplant und werden nicht "
                    "beantragt.",
                    "Ansprechpartner: Mag. Florian Gruber, Online-Redaktion, "
                    "+43 664 1287753, f.gruber@donauwelle.example",
                ],
            )
        ],
    },
    {
        "id": "sc027-polish-minority-weekly-mixed",
        "description": "a Czech association publishing a Polish-minority weekly writes in "
        "Polish mixed with Czech; Polish role words, Czech IČO and phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED],
            "Kurier Zaolziański, z.s.",
            I27,
            None,
            ["192.0.2.55"],
            ["192.0.2.56"],
            "Tadeusz Kohut",
            "kohut@kurierzaolzianski.example",
            "+420558731406",
        ),
        "from": "Tadeusz Kohut <kohut@kurierzaolzianski.example>",
        "subject": "Žádost o přístup k výsledkům voleb / wniosek",
        "headers": OWA,
        "cte": "base64",
        "body": (
            "Dzień dobry / Dobrý den,\n\n"
            "piszę w imieniu stowarzyszenia Kurier Zaolziański, z.s. (Český Těšín), które "
            "wydaje tygodnik dla polskiej mniejszości. Prosimy o dostęp do wyników wyborów "
            "w formacie XML – žádáme o přístup k výsledkům ve formátu XML.\n\n"
            "Serwer produkcyjny: 192.0.2.55\n"
            "Serwer testowy: 192.0.2.56\n\n"
            f"IČO: {I27}\n"
            "Osoba kontaktowa / kontaktní osoba: Tadeusz Kohut, tel. 558 731 406\n\n"
            "Z poważaniem / S pozdravem\n"
            "Tadeusz Kohut\n"
            "redaktor naczelny\n"
        ),
    },
    {
        "id": "sc028-freelancer-databox-rtf",
        "description": "a self-employed journalist's data message: annotation says only 'viz "
        "příloha', the RTF letter gives a main and a backup server (both production) and no "
        "test",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Veronika Doubravová",
            I28,
            "vd3kq8w",
            ["203.0.113.90", "203.0.113.91"],
            [],
            "Veronika Doubravová",
            "veronika@doubravova-media.example",
            "+420776204581",
        ),
        "subject": "Žádost – viz příloha",
        "databox": {
            "box": "vd3kq8w",
            "sender": "Mgr. Veronika Doubravová",
            "address": "Lipová 8, 370 06 České Budějovice",
            "type": 30,
        },
        "attachments": [
            (
                "rtf",
                "zadost_XML_Doubravova.rtf",
                [
                    "Mgr. Veronika Doubravová – Doubravová Media",
                    f"IČO {I28}, Lipová 8, 370 06 České Budějovice",
                    "Český statistický úřad",
                    "Žádost o přístup k výsledkům voleb ve formátu XML",
                    "Jako OSVČ provozuji zpravodajský podcast a web o jihočeské politice a "
                    "žádám o přístup k serveru s výsledky voleb.",
                    [
                        ["hlavní server", "203.0.113.90"],
                        ["záložní server", "203.0.113.91"],
                        ["testovací server", "nemám"],
                    ],
                    "Kontakt: tel. 776 204 581, veronika@doubravova-media.example",
                    "Veronika Doubravová",
                ],
            )
        ],
    },
]
