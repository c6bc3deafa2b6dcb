"""Sixty-second held-out part ``dn``, cases dn001–dn014: a top-posted "platí beze změny, viz
níže" over the applicant's own mail from last year, an answer to the office's defect notice
giving only the missing phone, a shared newsroom mailbox's mail sent on behalf of one person
naming another the contact (roles in parentheses on one comma-separated line), a Markdown pipe
table, a terminal paste with ``ip addr`` beside ``curl ifconfig.me``, a data message with the
addresses in the annotation and a PDF letter, an iPhone note without diacritics, an HTML-only
Seznam table, a Teams chat pasted above the applicant's summary, a correction, an Austrian
station writing English, a data message with a DOCX letter, a three-person signature and a
chatty format=flowed (delsp) Apple Mail note. Written by hand apart from the extraction rules
(see make_sixtysecond_dn); labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.sixtysecond_dn_common import (
    APPLE,
    CLAWS,
    EMCLIENT,
    FEED,
    FILM,
    IPHONE,
    MAC_OUTLOOK,
    NEOMUTT,
    OUTLOOK,
    OWA,
    SEZNAM,
    TBIRD,
    ZIMBRA,
    L,
    Style,
    box,
    ico,
    on_behalf,
)

I1, I2, I3, I4, I5 = ico("2715308"), ico("0843192"), ico("2690471"), ico("0917356"), ico("2745813")
I6, I8, I9, I10, I12 = (
    ico("0528437"),
    ico("2603985"),
    ico("0874129"),
    ico("2768540"),
    ico("0635291"),
)
I13, I14 = ico("2819476"), ico("0497563")

_DN001 = f"""Dobrý den,

i pro letošní volby do Poslanecké sněmovny žádáme o přístup k výsledkům ve formátu XML. Údaje platí beze změny, viz níže.

Děkuji
Petra Kubíčková

From: Kubíčková Petra
Sent: Tuesday, August 13, 2024 9:41 AM
To: podatelna@czso.cz
Subject: Žádost o přístup k XML – krajské volby 2024

Dobrý den,

Hodonínský obzor s.r.o., IČO {I1}, žádá o přístup k průběžným výsledkům voleb do zastupitelstev krajů ve formátu XML.

Produkční server: 192.0.2.57
Záložní server: 192.0.2.58
Testovací server: 192.0.2.60

Kontaktní osoba: Petra Kubíčková, tel. 606 218 447, kubickova@hodoninskyobzor.example

S pozdravem
Petra Kubíčková
vedoucí online vydání
Hodonínský obzor s.r.o.
"""

_DN002 = f"""Dobrý den,

telefon: +420 / 602 11 22 33

Radek Šimek

Dne 15.09.2025 v 13:20 podatelna ČSÚ napsal(a):
> Vážený pane Šimku,
>
> Vaše žádost o přístup k průběžným výsledkům voleb ze dne 12. 9. 2025 neobsahuje
> telefonní číslo kontaktní osoby, které je podle podmínek přístupu povinným údajem.
> Doplňte je prosím odpovědí na tento e-mail do 19. 9. 2025.
>
> S pozdravem
>
> podatelna
> Český statistický úřad
> Na padesátém 81, 100 82 Praha 10
> IČO 00025593 | ID datové schránky 2gfaasy
> tel. 274 052 733
>
> Dne 12.09.2025 v 8:05 Radek Šimek napsal(a):
>> Dobrý den,
>>
>> za Rakovnický zpravodaj s.r.o. (IČO {I2}) žádáme o přístup k XML s výsledky voleb do PS.
>>
>> IP produkce: 198.51.100.61
>> testovat budeme ze stejné adresy.
>>
>> Kontakt: Radek Šimek, simek@rakovnickyzpravodaj.example
>>
>> Díky
>> Radek Šimek
"""

_DN003 = f"""Dobrý den,

jménem vydavatele Týdeníku Vysočina, společnosti Vysočina Press s.r.o., IČO {I3}, žádám o přístup k průběžným výsledkům voleb ve formátu XML.

Adresy: 203.0.113.41 (prod), 203.0.113.42 (prod), 203.0.113.49 (test)

Kontaktní osobou pro žádost i pro technické věci je náš správce webu pan Jiří Souček, soucek@tydenikvysocina.example, tel. (+420) 603-418-257.

Odpovídejte prosím na adresu redakce, schránku čte víc lidí.

S pozdravem

Kamila Dvořáková
vedoucí vydání
Týdeník Vysočina | Vysočina Press s.r.o.
Masarykovo nám. 12, 586 01 Jihlava
"""

_DN004 = f"""Dobrý den,

jsme malá datová redakce (Datalab Jih, z. ú., IČO {I4}) a o volební noci bychom rádi stavěli vlastní živé grafy z vašeho XML. Žádáme tedy o přístup.

Adresy, ze kterých budeme stahovat:

| role     | adresa           | poznámka            |
|----------|------------------|---------------------|
| produkce | 198.51.100.70    | hlavní server       |
| produkce | 2001:db8:5a::70  | tentýž stroj, IPv6  |
| test     | 198.51.100.79    | staging             |

**Kontakt:** Vojtěch Malý, vojtech@datalab-jih.example, +420 774 310 552

Díky!

--
Vojtěch Malý
Datalab Jih, z. ú.
České Budějovice
"""

_DN005 = f"""Dobrý den,

posílám za Ostravský expres s.r.o. (IČO {I5}) žádost o přístup k výsledkům voleb v XML. Jsem správce serverů redakce a zároveň kontaktní osoba.

Abych nic nepřepsal, kopíruju přímo z terminálu. Server stojí za NATem, ta vnitřní adresa 10.40.2.15 je jen naše interní, ven jde pod veřejnou:

```
rehak@feed01:~$ ip -4 addr show eth0
2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc fq_codel state UP group default qlen 1000
    inet 10.40.2.15/24 brd 10.40.2.255 scope global eth0
       valid_lft forever preferred_lft forever
rehak@feed01:~$ curl ifconfig.me
203.0.113.87
```

To je produkce. Testovací stroj:

```
rehak@feedtest:~$ curl ifconfig.me
203.0.113.88
```

Shrnuto: produkce 203.0.113.87, test 203.0.113.88.

Aleš Řehák
IT, Ostravský expres s.r.o.
mobil 731 442 905
"""

_DN009 = f"""Dobrý den,

Brněnský zpravodaj a.s., IČO {I9}, žádá o přístup k průběžným výsledkům voleb ve formátu XML. Níže vkládám domluvu z našeho kanálu v Teams, ať je vidět, odkud adresy jsou:

[15:02] Novák Tomáš
jaký IP dáme statistikům?
[15:03] Benešová Alena
produkce 198.51.100.101 a 198.51.100.102
[15:03] Novák Tomáš
a test? ta .109 z minula už přece neběží
[15:05] Benešová Alena
jo, .109 je zrušená. test dej 198.51.100.110
[15:06] Novák Tomáš
👍

Shrnuto: produkční adresy 198.51.100.101 a 198.51.100.102, testovací 198.51.100.110.
Kontaktní osoba: Alena Benešová, benesova@brnenskyzpravodaj.example, tel. 604 228 391.

S pozdravem
Tomáš Novák
šéfredaktor webu
Brněnský zpravodaj a.s.
"""

_DN011 = """Dear Sir or Madam,

Regionalfernsehen Waldviertel GmbH (FN 412877 s, Landesgericht Krems) is a regional TV station in Lower Austria, close to the Czech border. For the elections to the Chamber of Deputies we would like to:

- get access to the XML results feed, from our playout server 2001:db8:a7::15 and our web server 203.0.113.65 (test: 203.0.113.66),
- film a short report at your regional office in České Budějovice on election night (two people, one camera).

My colleague Julia Stadler from our newsroom will be your contact person: j.stadler@rtv-waldviertel.example, +43 664 218 4471.

Kind regards,

Stefan Hofbauer
Technical Director
Regionalfernsehen Waldviertel GmbH
A-3950 Gmünd, Stadtplatz 21
T +43 2852 512 30
"""

_DN013 = f"""Dobrý den,

Písecký hlas s.r.o. žádá o přístup k výsledkům voleb ve formátu XML pro naše zpravodajství z volební noci.

IP adresy:
- produkce 192.0.2.140
- test 192.0.2.141

S technickými i ostatními dotazy k žádosti se prosím obracejte na kolegu Brože (kontakty v podpisu).

Děkuji

{"-- "}
Redakce Píseckého hlasu
Mgr. Eva Malá, šéfredaktorka | mala@piseckyhlas.example | 608 114 520
Lukáš Brož, technika a web | broz@piseckyhlas.example | 721 900 334
Renata Kalinová, inzerce | kalinova@piseckyhlas.example | 608 114 521
Písecký hlas s.r.o. | Velké nám. 3, 397 01 Písek | IČO {I13}
"""

_DN014 = (
    "Dobrý den, paní Vrbová,\n\nsnad se máte dobře a léto bylo aspoň trochu odpočinkové – u "
    "nás  \nv redakci to bylo samé stěhování, tak se omlouvám, že píšu na  \nposlední chvíli."
    "\n\nZase bychom rádi dostali přístup k tomu XML s výsledky, letos  \nuž z nového serveru,"
    " má adresu 198.51.100.121. Ten starý  \n(198.51.100.120) jsme minulý měsíc vypnuli, "
    "takže ten prosím  \nvyškrtněte. Testovat budeme z toho nového taky, druhou adresu  \n"
    "nemáme.\n\nA jinak všechno při starém – Valašský hlasatel s.r.o., IČO " + I14 + ",  \n"
    "kontakt jsem já, mobil pořád 737 450 218.\n\nDíky moc a ať vám to v sobotu v noci "
    "šlape!\n\nZdeněk Kolář\n"
)

CASES: list[dict[str, Any]] = [
    {
        "id": "dn001-unchanged-top-posted-own-last-year-mail",
        "description": "a two-line top-posted 'údaje platí beze změny, viz níže' for this "
        "year's election; every field only in the applicant's own mail from last year quoted "
        "below it (a backup server counts as production)",
        "style": Style.UNCHANGED,
        "labels": L(
            [FEED],
            "Hodonínský obzor s.r.o.",
            I1,
            None,
            ["192.0.2.57", "192.0.2.58"],
            ["192.0.2.60"],
            "Petra Kubíčková",
            "kubickova@hodoninskyobzor.example",
            "+420606218447",
        ),
        "from": "Kubíčková Petra <kubickova@hodoninskyobzor.example>",
        "subject": "RE: Žádost o přístup k XML – krajské volby 2024",
        "headers": OUTLOOK,
        "body": _DN001,
    },
    {
        "id": "dn002-reply-defect-notice-only-the-phone",
        "description": "the answer to the office's defect notice gives only the missing phone "
        "('+420 / 602 11 22 33'); the notice (the office's IČO, box and phone) quotes the "
        "original two-line application at the second level",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Rakovnický zpravodaj s.r.o.",
            I2,
            None,
            ["198.51.100.61"],
            [],
            "Radek Šimek",
            "simek@rakovnickyzpravodaj.example",
            "+420602112233",
        ),
        "from": "Radek Šimek <simek@rakovnickyzpravodaj.example>",
        "subject": "Re: Výzva k doplnění žádosti – přístup k výsledkům voleb",
        "headers": TBIRD,
        "body": _DN002,
    },
    {
        "id": "dn003-shared-mailbox-on-behalf-roles-in-parentheses",
        "description": "sent from the newsroom's shared mailbox on behalf of the editor (Sender "
        "header), who signs; the contact is the web admin she names; roles in parentheses on "
        "one comma-separated line; the publisher (with the IČO) applies, not the weekly; phone "
        "as '(+420) 603-418-257'",
        "style": Style.SHARED,
        "labels": L(
            [FEED],
            "Vysočina Press s.r.o.",
            I3,
            None,
            ["203.0.113.41", "203.0.113.42"],
            ["203.0.113.49"],
            "Jiří Souček",
            "soucek@tydenikvysocina.example",
            "+420603418257",
        ),
        "from": "Redakce Týdeník Vysočina <redakce@tydenikvysocina.example>",
        "subject": "Žádost o přístup k datům z voleb (XML)",
        "headers": on_behalf(OUTLOOK, "Kamila Dvořáková <dvorakova@tydenikvysocina.example>"),
        "body": _DN003,
    },
    {
        "id": "dn004-markdown-pipe-table-ipv6",
        "description": "a Markdown pipe table (role | address | note) sent as plain text from "
        "NeoMutt, an IPv6 production row, a **bold** contact label; the applicant an institute "
        "('z. ú.')",
        "style": Style.PIPETABLE,
        "labels": L(
            [FEED],
            "Datalab Jih, z. ú.",
            I4,
            None,
            ["198.51.100.70", "2001:db8:5a::70"],
            ["198.51.100.79"],
            "Vojtěch Malý",
            "vojtech@datalab-jih.example",
            "+420774310552",
        ),
        "from": "Vojtěch Malý <vojtech@datalab-jih.example>",
        "subject": "Žádost: přístup k XML výsledků voleb (Datalab Jih)",
        "headers": NEOMUTT,
        "cte": "8bit",
        "body": _DN004,
    },
    {
        "id": "dn005-terminal-ip-addr-beside-curl-ifconfig",
        "description": "fenced blocks pasted from a terminal: 'ip -4 addr' shows the private "
        "NAT address (not the applicant's public one), 'curl ifconfig.me' the production and, "
        "on a second host, the test address; a summary line repeats them",
        "style": Style.TERMINAL,
        "labels": L(
            [FEED],
            "Ostravský expres s.r.o.",
            I5,
            None,
            ["203.0.113.87"],
            ["203.0.113.88"],
            "Aleš Řehák",
            "rehak@ostravskyexpres.example",
            "+420731442905",
        ),
        "from": "Aleš Řehák <rehak@ostravskyexpres.example>",
        "subject": "IP adresy pro volební XML – Ostravský expres",
        "headers": CLAWS,
        "body": _DN005,
    },
    {
        "id": "dn006-databox-annotation-addresses-pdf-letter",
        "description": "data message: the addresses only in the annotation ('prod …, test …'), "
        "the PDF letter points to it and names the contact (not the signing director)",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Přerovský deník s.r.o.",
            I6,
            "k4rw2mf",
            ["192.0.2.130", "192.0.2.131"],
            ["192.0.2.139"],
            "Lenka Šťastná",
            "stastna@prerovskydenik.example",
            "+420777604219",
        ),
        "databox": box("k4rw2mf", "Přerovský deník s.r.o.", "Palackého 18, 750 02 Přerov"),
        "subject": "Žádost o přístup k XML výsledkům voleb do PS 2025 – prod 192.0.2.130, "
        "192.0.2.131, test 192.0.2.139",
        "attachments": [
            (
                "pdf",
                "zadost_CSU_XML.pdf",
                [
                    "Přerovský deník s.r.o., Palackého 18, 750 02 Přerov, IČO " + I6,
                    "Český statistický úřad\nNa padesátém 81\n100 82 Praha 10",
                    "Věc: Žádost o přístup k průběžným výsledkům voleb",
                    "Žádáme o přístup k průběžným výsledkům voleb do Poslanecké sněmovny ve "
                    "formátu XML. Produkční a testovací IP adresy jsou uvedeny v poznámce "
                    "datové zprávy.",
                    "Kontaktní osoba: Lenka Šťastná, vedoucí digitální redakce, "
                    "stastna@prerovskydenik.example, tel. 777 604 219",
                    "V Přerově dne 15. 9. 2025\nIng. Karel Vodička, jednatel",
                ],
            )
        ],
    },
    {
        "id": "dn007-iphone-no-diacritics-00420-phone",
        "description": "typed on an iPhone without diacritics, one production address and no "
        "test one, the company without an IČO, the phone as '00420602113544'",
        "style": Style.PHONE,
        "labels": L(
            [FEED],
            "Info Plus Media s.r.o.",
            None,
            None,
            ["198.51.100.14"],
            [],
            "Martin Hovorka",
            "hovorka@infoplusmedia.example",
            "+420602113544",
        ),
        "from": "Martin Hovorka <hovorka@infoplusmedia.example>",
        "subject": "xml volby",
        "headers": IPHONE,
        "cte": "8bit",
        "body": "Dobry den, prosim o pristup k xml s vysledky voleb pro nas web, firma Info "
        "Plus Media s.r.o.  ip serveru 198.51.100.14 , test zvlast nemame.\nkontakt ja, tel "
        "00420602113544\ndiky\nMartin Hovorka\n\nOdesláno z iPhonu\n",
    },
    {
        "id": "dn008-seznam-html-only-table-base64",
        "description": "HTML-only Seznam mail in base64: a two-column table with both "
        "production addresses in one cell split by <br> and a dash for the test address",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Krkonošské noviny, z. s.",
            I8,
            None,
            ["192.0.2.90", "192.0.2.91"],
            [],
            "Jitka Pavlíková",
            "pavlikova@krkonosskenoviny.example",
            "+420603775118",
        ),
        "from": "Jitka Pavlíková <pavlikova@krkonosskenoviny.example>",
        "subject": "Žádost o přístup k výsledkům voleb",
        "headers": SEZNAM,
        "cte": "base64",
        "html": "<div>Dobrý den,</div><div><br></div><div>posílám žádost o přístup k "
        'výsledkům voleb ve formátu XML:</div><div><br></div><table border="1" '
        'cellpadding="4" style="border-collapse:collapse"><tbody>'
        "<tr><td>Žadatel</td><td>Krkonošské noviny, z. s.</td></tr>"
        "<tr><td>IČO</td><td>" + I8 + "</td></tr>"
        "<tr><td>Produkční IP</td><td>192.0.2.90<br>192.0.2.91</td></tr>"
        "<tr><td>Testovací IP</td><td>–</td></tr>"
        "<tr><td>Kontaktní osoba</td><td>Jitka Pavlíková</td></tr>"
        "<tr><td>E-mail</td><td>pavlikova@krkonosskenoviny.example</td></tr>"
        "<tr><td>Telefon</td><td>603 775 118</td></tr></tbody></table><div><br></div>"
        "<div>Děkuji,</div><div>Jitka Pavlíková</div><div>Krkonošské noviny</div>",
    },
    {
        "id": "dn009-teams-chat-then-summary",
        "description": "a Teams chat pasted (surname-first names, an old test address said "
        "to be cancelled, a thumbs-up) before the sender's own summary naming a colleague "
        "from the chat as the contact",
        "style": Style.CHATLOG,
        "labels": L(
            [FEED],
            "Brněnský zpravodaj a.s.",
            I9,
            None,
            ["198.51.100.101", "198.51.100.102"],
            ["198.51.100.110"],
            "Alena Benešová",
            "benesova@brnenskyzpravodaj.example",
            "+420604228391",
        ),
        "from": "Tomáš Novák <novak@brnenskyzpravodaj.example>",
        "subject": "Žádost o přístup k XML – Brněnský zpravodaj",
        "headers": OWA,
        "body": _DN009,
    },
    {
        "id": "dn010-emclient-correction-production-typo",
        "description": "the production address given, then corrected further down ('správně "
        "je 203.0.113.151 (ne .150)'); the test address stays",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Chebské listy s.r.o.",
            I10,
            None,
            ["203.0.113.151"],
            ["203.0.113.158"],
            "Hana Vojtíšková",
            "vojtiskova@chebskelisty.example",
            "+420728330614",
        ),
        "from": "Hana Vojtíšková <vojtiskova@chebskelisty.example>",
        "subject": "Žádost o přístup k výsledkům voleb – Chebské listy",
        "headers": EMCLIENT,
        "body": "Dobrý den,\n\nChebské listy s.r.o., IČO " + I10 + ", žádají o přístup k "
        "průběžným výsledkům voleb v XML.\n\nProdukční server: 203.0.113.150\nTestovací "
        "server: 203.0.113.158\n\nKontakt: Hana Vojtíšková, tel. 728 330 614\n\nOprava – "
        "právě mi kolega z IT píše, že jsem produkční adresu opsala špatně, správně je "
        "203.0.113.151 (ne .150). Testovací sedí.\n\nS pozdravem\nHana Vojtíšková\n"
        "redaktorka\nChebské listy s.r.o.\n",
    },
    {
        "id": "dn011-austrian-english-feed-and-filming",
        "description": "an Austrian regional TV writes English: feed (IPv6 playout server and "
        "an IPv4 web server, a test address in parentheses) and filming; a commercial-register "
        "number (FN) but no IČO; the contact is a colleague, not the signing director",
        "style": Style.FOREIGN,
        "labels": L(
            [FEED, FILM],
            "Regionalfernsehen Waldviertel GmbH",
            None,
            None,
            ["2001:db8:a7::15", "203.0.113.65"],
            ["203.0.113.66"],
            "Julia Stadler",
            "j.stadler@rtv-waldviertel.example",
            "+436642184471",
        ),
        "from": "Stefan Hofbauer <s.hofbauer@rtv-waldviertel.example>",
        "subject": "Request: access to election results XML feed and filming permission",
        "headers": MAC_OUTLOOK,
        "body": _DN011,
    },
    {
        "id": "dn012-databox-docx-letter-slashed-phone",
        "description": "data message with a DOCX letter: a type/address table, the contact "
        "(not the signing director) with the phone as '+420 / 605 33 12 90'",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Mladoboleslavský region s.r.o.",
            I12,
            "v9hd3ts",
            ["198.18.40.10", "198.18.40.11"],
            ["198.18.40.20"],
            "Michal Kučera",
            "kucera@mbregion.example",
            "+420605331290",
        ),
        "databox": box(
            "v9hd3ts",
            "Mladoboleslavský region s.r.o.",
            "Komenského nám. 61, 293 01 Mladá Boleslav",
        ),
        "subject": "Žádost o přístup k výsledkům voleb",
        "attachments": [
            (
                "docx",
                "zadost_volby_XML.docx",
                {
                    "header": "Mladoboleslavský region s.r.o. | IČO " + I12,
                    "blocks": [
                        "Věc: Žádost o přístup k průběžným výsledkům voleb do Poslanecké "
                        "sněmovny ve formátu XML",
                        "Tímto žádáme o přístup k průběžným výsledkům voleb ve formátu XML "
                        "z následujících adres:",
                        {
                            "rows": [
                                ["Typ", "IP adresa"],
                                ["produkční", "198.18.40.10"],
                                ["produkční", "198.18.40.11"],
                                ["testovací", "198.18.40.20"],
                            ]
                        },
                        "Kontaktní osoba: Michal Kučera, technický ředitel, "
                        "kucera@mbregion.example, tel. +420 / 605 33 12 90",
                        "V Mladé Boleslavi dne 16. 9. 2025",
                        "Ing. Zdeňka Holubová, jednatelka",
                    ],
                },
            )
        ],
    },
    {
        "id": "dn013-zimbra-three-person-signature-contact-by-surname",
        "description": "the body names the contact only by surname ('na kolegu Brože'); the "
        "three-person signature gives his full name, e-mail and phone beside the editor's and "
        "the ad manager's; the sender is the editor",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Písecký hlas s.r.o.",
            I13,
            None,
            ["192.0.2.140"],
            ["192.0.2.141"],
            "Lukáš Brož",
            "broz@piseckyhlas.example",
            "+420721900334",
        ),
        "from": "Eva Malá <mala@piseckyhlas.example>",
        "subject": "Žádost o přístup k výsledkům voleb (XML)",
        "headers": ZIMBRA,
        "body": _DN013,
    },
    {
        "id": "dn014-apple-flowed-delsp-chatty-old-server",
        "description": "chatty format=flowed (delsp) Apple Mail note to a known officer: a new "
        "server, the old one in parentheses to be struck out, testing from the new one",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Valašský hlasatel s.r.o.",
            I14,
            None,
            ["198.51.100.121"],
            [],
            "Zdeněk Kolář",
            "kolar@valasskyhlasatel.example",
            "+420737450218",
        ),
        "from": "Zdeněk Kolář <kolar@valasskyhlasatel.example>",
        "subject": "Volby a XML, zase po roce :)",
        "headers": APPLE,
        "flowed": True,
        "delsp": True,
        "body": _DN014,
    },
]
