"""Sixty-second held-out part ``dn``, cases dn015–dn028: test addresses "the same as last
year" with last year's mail quoted below (Gmail), a Samsung filming note without diacritics, a
forward of the office's press release (its IČO, box and phone), a Slovak portal, a data message
whose text file is a tab-aligned two-column list with Windows line endings, an HTML-only
windows-1250 Outlook table, a bounced application re-sent as an attached .eml, an S/MIME
signed letter, a format=flowed correction of the phone, a K-9 follow-up quoting its own first
mail, a data message sent from the parent company's box (XLSX and PDF), a chatty Yahoo mail
dropping the filming, an ASCII table with a /30 and a British freelancer's filming request.
Written by hand apart from the extraction rules (see make_sixtysecond_dn); labels follow
tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.sixtysecond_dn_common import (
    FEED,
    FILM,
    GMAIL,
    HORDE,
    K9,
    KMAIL,
    MUTT,
    OUTLOOK,
    SAMSUNG,
    TBIRD,
    YAHOO,
    L,
    Style,
    box,
    gmail_html,
    ico,
)

I15, I16, I17, I18, I19 = (
    ico("2634719"),
    ico("0781246"),
    ico("2597830"),
    ico("5031742"),
    ico("7604518"),
)
I20, I21, I22, I23, I24 = (
    ico("2710695"),
    ico("0658314"),
    ico("2847203"),
    ico("0913578"),
    ico("2664190"),
)
I25, I26, I27, PARENT = ico("0572846"), ico("2209361"), ico("2938415"), ico("2681057")

_DN015 = f"""Dobrý den,

i letos žádáme za Kutnohorské listy s.r.o. o přístup k výsledkům voleb v XML. Produkční server máme nový, 192.0.2.201. Testovací adresy stejné jako loni, viz můj loňský mail níže. Kontakt taky beze změny.

Děkuji
Ivana Černá

po 9. 9. 2024 v 10:14 odesílatel Ivana Černá <ivana.cerna@kutnohorskelisty.example> napsal:

> Dobrý den,
>
> Kutnohorské listy s.r.o., IČO {I15}, žádají o přístup k průběžným výsledkům voleb do zastupitelstev krajů ve formátu XML.
>
> Produkce: 192.0.2.180
> Test: 192.0.2.188, 192.0.2.189
>
> Kontaktní osoba: Ivana Černá, tel. 604 771 092
>
> S pozdravem
> Ivana Černá
> Kutnohorské listy s.r.o.
"""

_DN017 = f"""Dobrý den,

na základě Vaší tiskové zprávy níže žádáme o přístup k průběžným výsledkům voleb ve formátu XML. Žadatel: Náchodský týdeník s.r.o., IČO {I17}.

Server pro stahování: 203.0.113.222
Testovací: 203.0.113.223

Kontaktní osobou jsem já, tel. 775 218 640.

S pozdravem
Šárka Hronková
vedoucí internetového vydání
Náchodský týdeník s.r.o.

-----Original Message-----
From: Informační servis ČSÚ <infoservis@czso.cz>
Sent: Monday, September 1, 2025 10:00 AM
Subject: Tisková zpráva ČSÚ – přístup médií k výsledkům voleb

Český statistický úřad (IČO 00025593) umožní médiím přístup k průběžným výsledkům voleb do Poslanecké sněmovny ve formátu XML. Žádosti s uvedením nejvýše 5 produkčních a 5 testovacích IP adres, kontaktní osoby, e-mailu a telefonu zasílejte na podatelna@czso.cz nebo do datové schránky 2gfaasy do 19. září 2025. Média, která chtějí ve volební noc natáčet na pracovištích úřadu, o to požádají stejnou cestou.

Dotazy: tel. 274 052 733
"""

_DN018 = f"""Dobrý deň,

sme regionálny spravodajský portál z Košíc a voľby do českej Poslaneckej snemovne budeme sledovať aj pre našich čitateľov. V mene spoločnosti Východné správy, s.r.o., IČO {I18}, žiadame:

1. o prístup k priebežným výsledkom volieb vo formáte XML – produkčná IP adresa 198.51.100.160, testovacia 198.51.100.161;
2. o povolenie natáčať vo volebnú noc na vašom krajskom pracovisku v Ostrave (redaktor a kameraman).

Kontaktná osoba: Miroslava Kováčová, kovacova@vychodnespravy.example, +421 905 318 226.

S pozdravom
Miroslava Kováčová
šéfredaktorka
Východné správy, s.r.o.
Hlavná 44, 040 01 Košice
"""

_DN022 = f"""Vážení,

společnost Severočeská média a.s., se sídlem Mírové náměstí 3, 400 01 Ústí nad Labem, IČO {I22}, tímto žádá:

a) o přístup k průběžným výsledkům voleb do Poslanecké sněmovny ve formátu XML z těchto adres:
   produkční: 203.0.113.100, 203.0.113.101, 203.0.113.102
   testovací: 203.0.113.110
b) o povolení pořizovat obrazový a zvukový záznam na krajském pracovišti ČSÚ v Ústí nad Labem ve volební noc.

Kontaktní osobou pro obě části žádosti je Mgr. Kristýna Moravcová, vedoucí zpravodajství, moravcova@severoceskemedia.example, tel. 475 210 388, mobil 736 118 902.

S úctou

Ing. Vladimír Havel
předseda představenstva
Severočeská média a.s. | IČO {I22} | ID datové schránky hx7tb2p
"""

_DN023 = (
    "Dobrý den,\n\nza Třebíčské noviny s.r.o. (IČO " + I23 + ") žádám o přístup k průběžným "
    "\nvýsledkům voleb ve formátu XML.\n\nProdukce: 192.0.2.66\nTest: 192.0.2.67\n\n"
    "Kontaktní osoba: Adéla Šebestová, sebestova@trebicskenoviny.example\n\nS pozdravem\n"
    "Adéla Šebestová\nTřebíčské noviny s.r.o.\ntel. 568 440 127\n\nP.S. Číslo v podpisu je "
    "stará pevná linka, ta už nefunguje. \nVolejte mi prosím na mobil 00420 733 601 845.\n"
)

_DN024 = f"""Jeste test ip: 198.51.100.243, zapomnel jsem.
RK

On 16 September 2025 09:12:40 CEST, Robert Kolb <kolb@jesenickyzpravodaj.example> wrote:
>Dobry den,
>Jesenicky zpravodaj s.r.o. (ICO {I24}) zada o pristup k XML vysledkum voleb. Produkcni server 198.51.100.240.
>Kontakt Robert Kolb, 605 118 274
>Diky
"""

_DN026 = f"""Dobrý den,

nevím, jestli píšu správně, kolegyně mi dala tuhle adresu, tak to zkusím :) Jsme malý online magazín Kolínský puls (vydává ho spolek Kolínský puls, z. s., IČO {I26}) a letos bychom poprvé chtěli mít výsledky voleb živě na webu. Náš programátor říká, že potřebuje přístup k vašemu XML z adresy 192.0.2.35 a na testy prý 192.0.2.36.

Původně jsme k vám chtěli přijít i natáčet, ale nakonec na to nemáme lidi, takže natáčení ne, jen to XML.

Kdyby bylo potřeba cokoli doplnit, volejte klidně na 731 008 442, jsem Lucie Marešová.

Díky a hezký den!
Lucie
"""

_DN027 = f"""Dobrý den,

Zlín Online s.r.o., IČO {I27}, žádá o přístup k průběžným výsledkům voleb ve formátu XML.

+-----------+------------------+-----------------------+
| účel      | adresa           | pozn.                 |
+-----------+------------------+-----------------------+
| produkce  | 203.0.113.200/30 | cluster, 4 uzly       |
| test      | 203.0.113.210    | staging               |
+-----------+------------------+-----------------------+

Kontaktní osoba: Jan Dušek, dusek@zlinonline.example, tel. 605 872 113

{"-- "}
Jan Dušek
Zlín Online s.r.o.
"""

_DN028 = """Hello,

I'm a freelance video journalist based in London, working on a short piece about the Czech parliamentary elections for several UK outlets. I'd like to ask for permission to film at your head office in Prague on election night - just me with a small camera and a tripod, no lighting, maybe 30-40 minutes.

I don't need the XML results feed.

My details:
Oliver Grant
oliver.grant@olivergrant.example
+44 7700 900 412

Many thanks,
Oliver
"""

CASES: list[dict[str, Any]] = [
    {
        "id": "dn015-gmail-test-same-as-last-year-quoted",
        "description": "a new production server; 'testovací adresy stejné jako loni, viz níže' "
        "with last year's own mail quoted (its two test addresses, the replaced production "
        "one, the IČO and the phone); Gmail text and HTML twin",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Kutnohorské listy s.r.o.",
            I15,
            None,
            ["192.0.2.201"],
            ["192.0.2.188", "192.0.2.189"],
            "Ivana Černá",
            "ivana.cerna@kutnohorskelisty.example",
            "+420604771092",
        ),
        "from": "Ivana Černá <ivana.cerna@kutnohorskelisty.example>",
        "subject": "Re: Žádost o přístup k XML – Kutnohorské listy",
        "headers": GMAIL,
        "body": _DN015,
        "html": gmail_html(_DN015),
    },
    {
        "id": "dn016-samsung-filming-only-no-diacritics",
        "description": "a phone-typed filming request without diacritics, the feed declined "
        "('XML nepotrebujeme'), the phone as '(+420) 737-204-118'",
        "style": Style.PHONE,
        "labels": L(
            [FILM],
            "TV Nisa s.r.o.",
            I16,
            None,
            [],
            [],
            "Marek Peterka",
            "peterka@tvnisa.example",
            "+420737204118",
        ),
        "from": "Marek Peterka <peterka@tvnisa.example>",
        "subject": "nataceni volby",
        "headers": SAMSUNG,
        "body": "Dobry den,\nchteli bychom v sobotu vecer natacet na vasem pracovisti v "
        "Liberci, kamera + redaktor, cca 20 min. Jsme TV Nisa s.r.o., ICO " + I16 + ". XML "
        "nepotrebujeme, vysledky bereme z webu.\nKontakt: Marek Peterka, (+420) 737-204-118\n"
        "Dekuji\n\n\nOdesláno ze zařízení Samsung Galaxy\n",
    },
    {
        "id": "dn017-forward-office-press-release",
        "description": "the application written above the office's forwarded press release, "
        "which carries the office's IČO, data box, address and phone",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Náchodský týdeník s.r.o.",
            I17,
            None,
            ["203.0.113.222"],
            ["203.0.113.223"],
            "Šárka Hronková",
            "hronkova@nachodskytydenik.example",
            "+420775218640",
        ),
        "from": "Šárka Hronková <hronkova@nachodskytydenik.example>",
        "subject": "FW: Tisková zpráva ČSÚ – přístup médií k výsledkům voleb",
        "headers": OUTLOOK,
        "body": _DN017,
    },
    {
        "id": "dn018-slovak-portal-feed-and-filming",
        "description": "a Košice portal writing Slovak: feed and filming as numbered points, a "
        "Slovak IČO, a +421 phone",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Východné správy, s.r.o.",
            I18,
            None,
            ["198.51.100.160"],
            ["198.51.100.161"],
            "Miroslava Kováčová",
            "kovacova@vychodnespravy.example",
            "+421905318226",
        ),
        "from": "Miroslava Kováčová <kovacova@vychodnespravy.example>",
        "subject": "Žiadosť o prístup k výsledkom volieb a o povolenie natáčania",
        "headers": HORDE,
        "body": _DN018,
    },
    {
        "id": "dn019-databox-freelancer-tab-list-crlf",
        "description": "data message from a natural person in business: the attached text "
        "file is a tab-aligned two-column list with Windows line endings (roles and "
        "addresses, then the contact), the phone as '+420 / 731 55 40 12'",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Ondřej Vlček",
            I19,
            "q2mc8wn",
            ["198.51.100.190", "198.51.100.191"],
            ["198.51.100.199"],
            "Ondřej Vlček",
            "vlcek@vlcekdata.example",
            "+420731554012",
        ),
        "databox": box("q2mc8wn", "Ondřej Vlček", "Husova 210, 530 02 Pardubice", 40),
        "subject": "Žádost o přístup k XML výsledkům voleb – údaje v příloze",
        "attachments": [
            (
                "txt",
                "adresy.txt",
                "Žádost o přístup k průběžným výsledkům voleb (XML)\r\n\r\n"
                "Žadatel\tOndřej Vlček, OSVČ, IČO " + I19 + "\r\n"
                "Kontakt\tOndřej Vlček\r\n"
                "E-mail\t\tvlcek@vlcekdata.example\r\n"
                "Telefon\t\t+420 / 731 55 40 12\r\n\r\n"
                "produkce\t198.51.100.190\r\n"
                "produkce\t198.51.100.191\r\n"
                "test\t\t198.51.100.199\r\n",
            )
        ],
    },
    {
        "id": "dn020-outlook-html-1250-table-surname-first",
        "description": "HTML-only windows-1250 Outlook mail: a table asking for the feed and "
        "filming ('ano'/'ano'), the contact row written surname first ('Bednář Pavel')",
        "style": Style.HTML,
        "labels": L(
            [FEED, FILM],
            "TV Kladno s.r.o.",
            I20,
            None,
            ["192.0.2.230", "192.0.2.231"],
            ["192.0.2.239"],
            "Pavel Bednář",
            "bednar@tvkladno.example",
            "+420602447193",
        ),
        "from": "Bednář Pavel <bednar@tvkladno.example>",
        "subject": "Žádost – XML výsledky a natáčení ve volební noc",
        "headers": OUTLOOK,
        "charset": "windows-1250",
        "html": '<html><head><meta http-equiv="Content-Type" content="text/html; '
        'charset=windows-1250"></head><body lang=CS><div class=WordSection1>'
        "<p class=MsoNormal>Dobrý den,<o:p></o:p></p><p class=MsoNormal>posíláme žádost "
        "o přístup k výsledkům voleb a o povolení natáčení:<o:p></o:p></p>"
        "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>"
        "<tr><td><p class=MsoNormal>Žadatel</p></td><td><p class=MsoNormal>TV Kladno s.r.o."
        "</p></td></tr><tr><td><p class=MsoNormal>IČO</p></td><td><p class=MsoNormal>"
        + I20
        + "</p></td></tr><tr><td><p class=MsoNormal>Přístup k XML</p></td><td><p "
        "class=MsoNormal>ano</p></td></tr><tr><td><p class=MsoNormal>Natáčení na pracovišti "
        "ČSÚ (Praha)</p></td><td><p class=MsoNormal>ano</p></td></tr><tr><td><p "
        "class=MsoNormal>Produkční IP</p></td><td><p class=MsoNormal>192.0.2.230, 192.0.2.231"
        "</p></td></tr><tr><td><p class=MsoNormal>Testovací IP</p></td><td><p class=MsoNormal>"
        "192.0.2.239</p></td></tr><tr><td><p class=MsoNormal>Kontaktní osoba</p></td><td><p "
        "class=MsoNormal>Bednář Pavel</p></td></tr><tr><td><p class=MsoNormal>Telefon</p></td>"
        "<td><p class=MsoNormal>602 447 193</p></td></tr><tr><td><p class=MsoNormal>E-mail</p>"
        '</td><td><p class=MsoNormal><a href="mailto:bednar@tvkladno.example">'
        "bednar@tvkladno.example</a></p></td></tr></table><p class=MsoNormal><o:p>&nbsp;"
        "</o:p></p><p class=MsoNormal>S pozdravem<o:p></o:p></p><p class=MsoNormal>Pavel "
        "Bednář<br>produkce<br>TV Kladno s.r.o.</p></div></body></html>",
    },
    {
        "id": "dn021-kmail-bounced-application-attached-eml",
        "description": "a two-line note re-sending last week's application as an attached "
        ".eml (it went to a mistyped office address); the data only inside, testing from "
        "production",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Berounský deník s.r.o.",
            I21,
            None,
            ["198.18.12.5", "198.18.12.6"],
            [],
            "Petr Zeman",
            "zeman@berounskydenik.example",
            "+420608551270",
        ),
        "from": "Petr Zeman <zeman@berounskydenik.example>",
        "subject": "Fwd: Žádost o přístup k XML výsledkům voleb",
        "headers": KMAIL,
        "body": "Dobrý den,\n\nv příloze posílám znovu naši žádost z minulého týdne – "
        "odeslal jsem ji omylem na podatelna@czso.example (překlep v doméně) a vrátila se "
        "mi. Údaje v ní platí.\n\nPetr Zeman\n",
        "attachments": [
            (
                "eml",
                "Žádost o přístup k XML výsledkům voleb.eml",
                {
                    "id": "dn021-inner",
                    "from": "Petr Zeman <zeman@berounskydenik.example>",
                    "to": "podatelna@czso.example",
                    "subject": "Žádost o přístup k XML výsledkům voleb",
                    "headers": KMAIL,
                    "body": "Dobrý den,\n\nBerounský deník s.r.o., IČO " + I21 + ", žádá o "
                    "přístup k průběžným výsledkům voleb ve formátu XML.\n\nProdukční IP: "
                    "198.18.12.5, 198.18.12.6\nTestovací IP: není, testujeme z produkce.\n\n"
                    "Kontakt: Petr Zeman, zeman@berounskydenik.example, tel. 608 551 270\n\n"
                    "S pozdravem\nPetr Zeman\nvedoucí vývoje\n",
                },
            )
        ],
    },
    {
        "id": "dn022-outlook-smime-letter-contact-line-and-mobile",
        "description": "an S/MIME signed formal letter: feed and filming under a) and b), the "
        "box ID in the signature block, the contact (not the signing chairman) with a line and a mobile "
        "side by side",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Severočeská média a.s.",
            I22,
            "hx7tb2p",
            ["203.0.113.100", "203.0.113.101", "203.0.113.102"],
            ["203.0.113.110"],
            "Kristýna Moravcová",
            "moravcova@severoceskemedia.example",
            "+420475210388",
        ),
        "from": "Ing. Vladimír Havel <havel@severoceskemedia.example>",
        "subject": "Žádost o přístup k průběžným výsledkům voleb a o povolení pořizovat záznam",
        "headers": OUTLOOK,
        "smime": True,
        "body": _DN022,
    },
    {
        "id": "dn023-thunderbird-flowed-phone-corrected-in-ps",
        "description": "format=flowed Thunderbird mail (no delsp): the phone in the signature "
        "is a dead landline, the PS gives the mobile as '00420 733 601 845'",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Třebíčské noviny s.r.o.",
            I23,
            None,
            ["192.0.2.66"],
            ["192.0.2.67"],
            "Adéla Šebestová",
            "sebestova@trebicskenoviny.example",
            "+420733601845",
        ),
        "from": "Adéla Šebestová <sebestova@trebicskenoviny.example>",
        "subject": "Žádost o přístup k XML",
        "headers": TBIRD,
        "flowed": True,
        "body": _DN023,
    },
    {
        "id": "dn024-k9-followup-test-address-quotes-first",
        "description": "a phone-typed follow-up giving only the forgotten test address above "
        "its own first mail quoted K-9 style ('>' without a space); no diacritics anywhere, so "
        "the name is labelled as typed",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Jesenicky zpravodaj s.r.o.",
            I24,
            None,
            ["198.51.100.240"],
            ["198.51.100.243"],
            "Robert Kolb",
            "kolb@jesenickyzpravodaj.example",
            "+420605118274",
        ),
        "from": "Robert Kolb <kolb@jesenickyzpravodaj.example>",
        "subject": "Re: Zadost o pristup k XML",
        "headers": K9,
        "body": _DN024,
    },
    {
        "id": "dn025-databox-parent-box-xlsx-and-pdf",
        "description": "data message sent from the parent holding's box for its subsidiary: "
        "the subsidiary's own box ID in the PDF cover letter's signature block, the data in "
        "the XLSX; the holding's IČO is not the applicant's",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Táborský týdeník s.r.o.",
            I25,
            "t8kx2re",
            ["203.0.113.170", "203.0.113.171"],
            ["203.0.113.175"],
            "Jakub Vondráček",
            "vondracek@taborskytydenik.example",
            "+420724516330",
        ),
        "databox": box("m5sj7qa", "MEDIA JIH holding a.s.", "Lannova 12, 370 01 České Budějovice"),
        "subject": "Žádost dceřiné společnosti Táborský týdeník s.r.o. o přístup k XML "
        "výsledkům voleb",
        "attachments": [
            (
                "pdf",
                "pruvodni_dopis.pdf",
                [
                    "MEDIA JIH holding a.s., Lannova 12, 370 01 České Budějovice, IČO " + PARENT,
                    "Věc: Žádost o přístup k průběžným výsledkům voleb",
                    "Žádost podáváme z datové schránky mateřské společnosti, protože přístup "
                    "do schránky Táborského týdeníku má jen jednatel, který je nyní na "
                    "dovolené. Žadatelem je Táborský týdeník s.r.o.; údaje jsou v přiložené "
                    "tabulce.",
                    "S pozdravem\nMgr. Hana Řezáčová, jednatelka\nTáborský týdeník s.r.o.\n"
                    "Žižkova 7, 390 01 Tábor\nIČO " + I25 + ", ID DS t8kx2re",
                ],
            ),
            (
                "xlsx",
                "zadost_XML.xlsx",
                [
                    {
                        "title": "Žádost",
                        "rows": [
                            ["Žadatel", "Táborský týdeník s.r.o."],
                            ["IČO", I25],
                            ["Kontaktní osoba", "Jakub Vondráček"],
                            ["E-mail", "vondracek@taborskytydenik.example"],
                            ["Telefon", "+420 724 516 330"],
                            [],
                            ["Typ", "IP adresa"],
                            ["produkce", "203.0.113.170"],
                            ["produkce", "203.0.113.171"],
                            ["test", "203.0.113.175"],
                        ],
                    }
                ],
            ),
        ],
    },
    {
        "id": "dn026-yahoo-chatty-filming-dropped",
        "description": "a chatty first-timer: the magazine and its publishing association (the "
        "one with the IČO), the addresses as what 'our programmer says', the filming first "
        "wanted then dropped, the name only in the last sentence",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Kolínský puls, z. s.",
            I26,
            None,
            ["192.0.2.35"],
            ["192.0.2.36"],
            "Lucie Marešová",
            "lucie.maresova@kolinskypuls.example",
            "+420731008442",
        ),
        "from": "Lucie Marešová <lucie.maresova@kolinskypuls.example>",
        "subject": "XML s výsledky voleb",
        "headers": YAHOO,
        "body": _DN026,
    },
    {
        "id": "dn027-mutt-ascii-table-slash-30",
        "description": "an ASCII box table (+---+) from Mutt with the production cluster "
        "written as a /30 (four addresses) and one test address",
        "style": Style.PIPETABLE,
        "labels": L(
            [FEED],
            "Zlín Online s.r.o.",
            I27,
            None,
            ["203.0.113.200", "203.0.113.201", "203.0.113.202", "203.0.113.203"],
            ["203.0.113.210"],
            "Jan Dušek",
            "dusek@zlinonline.example",
            "+420605872113",
        ),
        "from": "Jan Dušek <dusek@zlinonline.example>",
        "subject": "zadost o pristup k XML (volby 2025)",
        "headers": MUTT,
        "cte": "8bit",
        "body": _DN027,
    },
    {
        "id": "dn028-british-freelancer-filming-only",
        "description": "a London freelancer asks in English only to film in Prague and says "
        "he does not need the feed; no company, so his own name; a +44 mobile",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "Oliver Grant",
            None,
            None,
            [],
            [],
            "Oliver Grant",
            "oliver.grant@olivergrant.example",
            "+447700900412",
        ),
        "from": "Oliver Grant <oliver.grant@olivergrant.example>",
        "subject": "Filming request – election night in Prague",
        "headers": GMAIL,
        "body": _DN028,
        "html": gmail_html(_DN028),
    },
]
