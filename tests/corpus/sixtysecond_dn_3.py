"""Sixty-second held-out part ``dn``, cases dn029–dn042: a WhatsApp chat pasted above the
summary (the first address corrected in the chat), a Roundcube signature naming two people
with "(+420) 606-320-184" phones, a top-posted answer to the office's question (its IČO, box
and phone) over the original mail, an HTML-only iso-8859-2 Centrum table with an uncompressed
IPv6 address, a town's data message (ODT), a data message with the addresses in the annotation
and an RTF letter beside a PDF table, an Outlook for iOS forward naming the IT colleague the
contact, a chatty Spark mail, a terminal paste of ``curl -4``/``curl -6``, a GroupWise letter
for feed and a sound recording, a Slovak TV filming now and deferring the feed, an HCL Notes
mail whose department signature names the contact, a SOGo correction replacing one address and
a Postbox two-liner. Written by hand apart from the extraction rules (see make_sixtysecond_dn);
labels follow tests/corpus/LABELS.md."""

from __future__ import annotations

from typing import Any

from tests.corpus.sixtysecond_dn_common import (
    AIRMAIL,
    CENTRUM,
    EVOLUTION,
    FEED,
    FILM,
    GROUPWISE,
    MAC_OUTLOOK,
    MAILSPRING,
    NOTES,
    OUTLOOK_IOS,
    POSTBOX,
    ROUNDCUBE,
    SOGO,
    SPARK,
    L,
    Style,
    box,
    ico,
)

I29, I30, I31, I32, I33 = (
    ico("2817364"),
    ico("0695283"),
    ico("2756019"),
    ico("0438651"),
    ico("0029648"),
)
I34, I36, I37, I38, I39 = (
    ico("2658130"),
    ico("2893514"),
    ico("0817462"),
    ico("2640973"),
    ico("5047218"),
)
I40, I41, I42 = ico("0473196"), ico("2729385"), ico("0586214")

_DN029 = f"""Dobrý den,

Rádio Beskydy s.r.o. (IČO {I29}) žádá o přístup k výsledkům voleb v XML. Adresy jsme dnes ladili s kolegou na WhatsAppu, vkládám to pro jistotu celé:

[16.09.25 14:31:07] Jakub Řezníček: Filipe, jakou IP dáme pro ČSÚ?
[16.09.25 14:33:52] Filip Onderka: produkční 198.51.100.50
[16.09.25 14:34:10] Filip Onderka: sorry, 198.51.100.53, .50 je tiskárna 🙈
[16.09.25 14:34:41] Jakub Řezníček: a test?
[16.09.25 14:35:15] Filip Onderka: test 198.51.100.54
[16.09.25 14:35:30] Jakub Řezníček: díky 👍

Takže: produkce 198.51.100.53, test 198.51.100.54. Kontaktní osobou jsem já, telefon 00420 608 217 335.

Jakub Řezníček
programový ředitel
Rádio Beskydy s.r.o.
"""

_DN030 = f"""Dobrý den,

prosíme o přístup k průběžným výsledkům voleb ve formátu XML pro Svitavský den s.r.o. Produkční IP: 192.0.2.110 a 192.0.2.111, testovací IP: 192.0.2.119.

Kontaktní osoba: Denisa Horáková

S pozdravem

Denisa Horáková | editorka webu | (+420) 606-320-184 | horakova@svitavskyden.example
Martin Hruška | šéfredaktor | (+420) 606-320-100 | hruska@svitavskyden.example
--
Svitavský den s.r.o. | náměstí Míru 41, 568 02 Svitavy | IČO {I30}
"""

_DN031 = f"""Dobrý den,

.12 je testovací, ostatní dvě produkční. Omlouvám se za nejasnost.

Jaroslav Vaněk

Od: podatelna ČSÚ <podatelna@czso.cz>
Datum: úterý 16. září 2025 11:02
Komu: Jaroslav Vaněk <vanek@krnovskelisty.example>
Předmět: Dotaz k žádosti o přístup k XML

Dobrý den,

ve Vaší žádosti uvádíte tři IP adresy (192.0.2.10, 192.0.2.11, 192.0.2.12) bez rozlišení, které jsou produkční a které testovací. Upřesněte to prosím.

S pozdravem
podatelna
Český statistický úřad, IČO 00025593, ID DS 2gfaasy
tel. 274 052 733

Od: Jaroslav Vaněk <vanek@krnovskelisty.example>
Datum: pondělí 15. září 2025 16:40
Komu: podatelna@czso.cz
Předmět: Žádost o přístup k XML

Dobrý den,

Krnovské listy s.r.o., IČO {I31}, žádají o přístup k výsledkům voleb v XML. Adresy 192.0.2.10, 192.0.2.11, 192.0.2.12.
Kontakt: Jaroslav Vaněk, 604 552 781.

Děkuji
Jaroslav Vaněk
"""

_DN035 = """Posílám za Mostecký kurýr s.r.o. žádost o přístup k XML s výsledky voleb, adresy níže od našeho IT. Kontaktní osobou je kolega Dlouhý.

Karel Straka
šéfredaktor

Stáhněte si Outlook pro iOS
________________________________
From: Roman Dlouhý <dlouhy@mostecky.example>
Sent: Tuesday, September 16, 2025 8:54:12 AM
To: Karel Straka <straka@mostecky.example>
Subject: IP pro volby

Karle,

na ten ČSÚ:
prod: 192.0.2.150, 192.0.2.151
test: 192.0.2.159

Kdyby něco, 777 300 442.

Roman Dlouhý
IT, Mostecký kurýr s.r.o.
"""

_DN036 = f"""Dobrý den, pane Kadlec,

to jsem zase já z Prostějovského deníku 🙂 Doufám, že jste si po krajských volbách trochu odpočinul. Letos nás čeká Sněmovna, tak posílám žádost o XML, ať to máme včas.

Servery máme po migraci do cloudu nové: 198.51.100.80 a 198.51.100.81 (oba ostré), na testy 198.51.100.88. Ty staré adresy z loňska prosím zrušte.

Firma pořád stejná, Prostějovský deník s.r.o., IČO {I36}. A kontakt pořád já, jen mám nové číslo: 739 115 604.

Díky moc a ať to v noci šlape!
Tereza Musilová
"""

_DN037 = f"""Dobrý den,

žádám za Jihlavské listy s.r.o. (IČO {I37}) o přístup k průběžným výsledkům voleb ve formátu XML. Stahovat budeme z jednoho serveru (IPv4 i IPv6), testovat budeme na tom samém, samostatnou testovací adresu nemáme. Výstup z dnešního rána:

```
navratil@volby:~$ curl -4 ifconfig.me; echo
198.51.100.44
navratil@volby:~$ curl -6 ifconfig.me; echo
2001:db8:44::1
```

Kontakt: Filip Navrátil, +420 / 731 20 66 18

S pozdravem
Filip Navrátil
Jihlavské listy s.r.o.
"""

_DN038 = f"""Vážená paní, vážený pane,

Regionální rozhlas Jih, o.p.s., se sídlem Nádražní 14, 370 01 České Budějovice, IČO {I38}, žádá pro volby do Poslanecké sněmovny:

1. o přístup k průběžným výsledkům voleb ve formátu XML; produkční adresy 203.0.113.240 a 203.0.113.241, testovací adresa 203.0.113.249;
2. o povolení pořídit ve volební noc zvukový záznam (rozhovor s pracovníkem úřadu) na krajském pracovišti ČSÚ v Českých Budějovicích.

Kontaktní osobou je Ing. Bohumil Šťastný, technický vedoucí, stastny@rozhlasjih.example, tel. +420 / 602 44 18 77.

S pozdravem

Mgr. Alžběta Tichá
ředitelka
Regionální rozhlas Jih, o.p.s.
"""

_DN039 = f"""Dobrý deň,

som redaktor regionálnej televízie TV Záhorie, s.r.o. (IČO {I39}) zo Skalice. Vo volebnú noc by sme radi natočili krátku reportáž na vašom krajskom pracovisku v Brne (redaktor a kameraman, približne hodinu).

O prístup k XML s výsledkami požiadame až pri ďalších voľbách, keď už bude hotový náš nový server (bude mať adresu 198.51.100.222).

Kontakt: Juraj Mikuš, +421 911 204 557, mikus@tvzahorie.example

Ďakujem a pozdravujem
Juraj Mikuš
"""

_DN040 = f"""Dobrý den,

Vltavská média, spol. s r.o. žádá o přístup k průběžným výsledkům voleb do Poslanecké sněmovny ve formátu XML.

Produkční adresy: 198.18.120.14, 198.18.120.15, 2001:db8:120::14
Testovací adresa: 198.18.120.30

Kontaktní osobou je vedoucí našeho oddělení digitálních služeb Ing. Aleš Pátek (kontakty níže).

S pozdravem

Blanka Šustrová
asistentka vedení

Vltavská média, spol. s r.o.
Oddělení digitálních služeb
Ing. Aleš Pátek, vedoucí oddělení, tel. +420 224 330 871, ales.patek@vltavskamedia.example
Petr Rybář, správa serverů, tel. +420 224 330 875, petr.rybar@vltavskamedia.example
Rybná 27, 110 00 Praha 1 | IČO {I40} | DIČ CZ{I40}
"""

_DN041 = f"""Dobrý den,

zasíláme žádost Znojemského týdne s.r.o. (IČO {I41}) o přístup k výsledkům voleb v XML.

Produkce: 192.0.2.20, 192.0.2.21
Test: 192.0.2.29

Kontakt: Michaela Holubová, 721 440 680

EDIT: adresa 192.0.2.21 už neplatí, server jsme minulý týden vyměnili – nahradila ji 192.0.2.24. Ostatní platí.

Michaela Holubová
Znojemský týden s.r.o.
"""

CASES: list[dict[str, Any]] = [
    {
        "id": "dn029-whatsapp-chat-first-address-corrected",
        "description": "a WhatsApp chat pasted with timestamps: the colleague's first "
        "production address is the printer's and corrected two lines later; the sender's "
        "summary below; the phone as '00420 608 217 335'",
        "style": Style.CHATLOG,
        "labels": L(
            [FEED],
            "Rádio Beskydy s.r.o.",
            I29,
            None,
            ["198.51.100.53"],
            ["198.51.100.54"],
            "Jakub Řezníček",
            "reznicek@radiobeskydy.example",
            "+420608217335",
        ),
        "from": "Jakub Řezníček <reznicek@radiobeskydy.example>",
        "subject": "Žádost o XML výsledky – Rádio Beskydy",
        "headers": MAILSPRING,
        "body": _DN029,
    },
    {
        "id": "dn030-roundcube-two-person-pipe-signature",
        "description": "a two-person signature with pipes and '(+420) 606-320-184' phones; "
        "the contact is the first, named without details in the body; the IČO only in the "
        "footer",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Svitavský den s.r.o.",
            I30,
            None,
            ["192.0.2.110", "192.0.2.111"],
            ["192.0.2.119"],
            "Denisa Horáková",
            "horakova@svitavskyden.example",
            "+420606320184",
        ),
        "from": "Denisa Horáková <horakova@svitavskyden.example>",
        "subject": "Přístup k výsledkům voleb v XML – Svitavský den",
        "headers": ROUNDCUBE,
        "body": _DN030,
    },
    {
        "id": "dn031-mac-outlook-answer-office-question-roles",
        "description": "a one-line top-posted answer ('.12 je testovací, ostatní dvě "
        "produkční') above the office's question (its IČO, box and phone) and the original "
        "mail listing three addresses without roles",
        "style": Style.REPLY,
        "labels": L(
            [FEED],
            "Krnovské listy s.r.o.",
            I31,
            None,
            ["192.0.2.10", "192.0.2.11"],
            ["192.0.2.12"],
            "Jaroslav Vaněk",
            "vanek@krnovskelisty.example",
            "+420604552781",
        ),
        "from": "Jaroslav Vaněk <vanek@krnovskelisty.example>",
        "subject": "Re: Dotaz k žádosti o přístup k XML",
        "headers": MAC_OUTLOOK,
        "body": _DN031,
    },
    {
        "id": "dn032-centrum-html-iso-8859-2-ipv6-uncompressed",
        "description": "HTML-only iso-8859-2 Centrum mail: a table of IPv6 addresses, one "
        "written in full uncompressed form (labelled compressed), the test one compressed",
        "style": Style.HTML,
        "labels": L(
            [FEED],
            "Hanácký večerník s.r.o.",
            I32,
            None,
            ["2001:db8:3c::10", "2001:db8:3c::11"],
            ["2001:db8:3c::20"],
            "Renata Skálová",
            "skalova@hanackyvecernik.example",
            "+420585311224",
        ),
        "from": "Renata Skálová <skalova@hanackyvecernik.example>",
        "subject": "Žádost o přístup k výsledkům voleb",
        "headers": CENTRUM,
        "charset": "iso-8859-2",
        "html": "<html><body><p>Dobrý den,</p><p>Hanácký večerník s.r.o., IČO " + I32 + ", "
        "žádá o přístup k průběžným výsledkům voleb ve formátu XML. Naše servery mají jen "
        'IPv6:</p><table border="1" cellspacing="0"><tr><th>Server</th><th>Adresa</th>'
        "</tr><tr><td>produkční 1</td><td>2001:0db8:003c:0000:0000:0000:0000:0010</td></tr>"
        "<tr><td>produkční 2</td><td>2001:db8:3c::11</td></tr><tr><td>testovací</td><td>"
        "2001:db8:3c::20</td></tr></table><p>Kontaktní osoba: Renata Skálová, tel. 585 311 "
        "224, skalova@hanackyvecernik.example</p><p>S pozdravem<br>Renata Skálová<br>"
        "Hanácký večerník s.r.o.</p></body></html>",
    },
    {
        "id": "dn033-databox-town-odt-feed-and-filming",
        "description": "data message from a town (a public authority's box) publishing a "
        "newsletter: the town applies; feed from one address with no test one and filming "
        "for the town's TV; the contact is the editor, not the signing mayor",
        "style": Style.DATABOX,
        "labels": L(
            [FEED, FILM],
            "Město Rýmařov",
            I33,
            "b7nq4ze",
            ["198.18.90.4"],
            [],
            "Pavla Šindlerová",
            "sindlerova@rymarov.example",
            "+420554254310",
        ),
        "databox": box("b7nq4ze", "Město Rýmařov", "náměstí Míru 230/1, 795 01 Rýmařov", 10),
        "subject": "Žádost – Rýmařovský horizont – výsledky voleb a natáčení",
        "attachments": [
            (
                "odt",
                "zadost_CSU.odt",
                [
                    "Město Rýmařov, vydavatel zpravodaje Rýmařovský horizont, IČO " + I33,
                    "Věc: Žádost o přístup k výsledkům voleb a o povolení natáčení",
                    "Žádáme o přístup k průběžným výsledkům voleb ve formátu XML pro web "
                    "zpravodaje (produkční IP adresa 198.18.90.4, testovací adresu nemáme) a "
                    "o povolení natáčet pro městskou televizi ve volební noc na krajském "
                    "pracovišti ČSÚ v Ostravě.",
                    "Kontaktní osoba: Bc. Pavla Šindlerová, redaktorka, "
                    "sindlerova@rymarov.example, tel. 554 254 310",
                    "Ing. Luděk Šimko, starosta",
                ],
            )
        ],
    },
    {
        "id": "dn034-databox-annotation-rtf-letter-pdf-table",
        "description": "data message: the addresses in the annotation, an RTF letter with the "
        "contact and a PDF table repeating the addresses",
        "style": Style.DATABOX,
        "labels": L(
            [FEED],
            "Orlický deník a.s.",
            I34,
            "f3wk9pd",
            ["203.0.113.131", "203.0.113.132"],
            ["203.0.113.139"],
            "Vladimíra Jirásková",
            "jiraskova@orlickydenik.example",
            "+420465521907",
        ),
        "databox": box("f3wk9pd", "Orlický deník a.s.", "Palackého 74, 562 01 Ústí nad Orlicí"),
        "subject": "Přístup k XML výsledkům voleb: prod 203.0.113.131, 203.0.113.132; test "
        "203.0.113.139; kontakt v příloze",
        "attachments": [
            (
                "rtf",
                "zadost.rtf",
                [
                    "Orlický deník a.s., IČO " + I34,
                    "Věc: Žádost o přístup k průběžným výsledkům voleb ve formátu XML",
                    "Žádáme o přístup k průběžným výsledkům voleb. Adresy uvádíme v poznámce "
                    "zprávy a v přiložené tabulce.",
                    "Kontaktní osoba: Vladimíra Jirásková, jiraskova@orlickydenik.example, "
                    "tel. 465 521 907",
                    "Mgr. Ondřej Beneš, předseda představenstva",
                ],
            ),
            (
                "pdf",
                "IP_adresy.pdf",
                [
                    "Orlický deník a.s. – IP adresy pro přístup k XML",
                    {
                        "rows": [
                            ["Role", "IP adresa"],
                            ["produkční", "203.0.113.131"],
                            ["produkční", "203.0.113.132"],
                            ["testovací", "203.0.113.139"],
                        ],
                        "widths": [120, 160],
                    },
                ],
            ),
        ],
    },
    {
        "id": "dn035-outlook-ios-forward-it-colleague-contact",
        "description": "the editor-in-chief forwards from his phone the IT colleague's mail "
        "with 'prod:'/'test:' lines and names him the contact by surname; his phone only in "
        "the forwarded mail; no IČO",
        "style": Style.FORWARD,
        "labels": L(
            [FEED],
            "Mostecký kurýr s.r.o.",
            None,
            None,
            ["192.0.2.150", "192.0.2.151"],
            ["192.0.2.159"],
            "Roman Dlouhý",
            "dlouhy@mostecky.example",
            "+420777300442",
        ),
        "from": "Karel Straka <straka@mostecky.example>",
        "subject": "Fwd: IP pro volby",
        "headers": OUTLOOK_IOS,
        "body": _DN035,
    },
    {
        "id": "dn036-spark-chatty-cloud-migration",
        "description": "a chatty note to a known officer: two new production servers ('oba "
        "ostré'), a test one, last year's addresses to be dropped (not given), a new phone "
        "number",
        "style": Style.CHATTY,
        "labels": L(
            [FEED],
            "Prostějovský deník s.r.o.",
            I36,
            None,
            ["198.51.100.80", "198.51.100.81"],
            ["198.51.100.88"],
            "Tereza Musilová",
            "musilova@prostejovskydenik.example",
            "+420739115604",
        ),
        "from": "Tereza Musilová <musilova@prostejovskydenik.example>",
        "subject": "XML na Sněmovnu",
        "headers": SPARK,
        "body": _DN036,
    },
    {
        "id": "dn037-evolution-terminal-curl-dual-stack",
        "description": "a fenced terminal paste of 'curl -4/-6 ifconfig.me' gives one "
        "server's IPv4 and IPv6 addresses; testing on the same server; the phone as '+420 / "
        "731 20 66 18'",
        "style": Style.TERMINAL,
        "labels": L(
            [FEED],
            "Jihlavské listy s.r.o.",
            I37,
            None,
            ["198.51.100.44", "2001:db8:44::1"],
            [],
            "Filip Navrátil",
            "navratil@jihlavskelisty.example",
            "+420731206618",
        ),
        "from": "Filip Navrátil <navratil@jihlavskelisty.example>",
        "subject": "Žádost o přístup k XML – Jihlavské listy",
        "headers": EVOLUTION,
        "body": _DN037,
    },
    {
        "id": "dn038-groupwise-letter-feed-and-sound-recording",
        "description": "a formal letter from a public-benefit company: feed and a sound "
        "recording (an interview) at a regional office; the contact is the technician, not the "
        "signing director, phone as '+420 / 602 44 18 77'",
        "style": Style.LETTER,
        "labels": L(
            [FEED, FILM],
            "Regionální rozhlas Jih, o.p.s.",
            I38,
            None,
            ["203.0.113.240", "203.0.113.241"],
            ["203.0.113.249"],
            "Bohumil Šťastný",
            "stastny@rozhlasjih.example",
            "+420602441877",
        ),
        "from": "Alžběta Tichá <ticha@rozhlasjih.example>",
        "subject": "Žádost o přístup k výsledkům voleb a o povolení pořídit zvukový záznam",
        "headers": GROUPWISE,
        "body": _DN038,
    },
    {
        "id": "dn039-slovak-tv-filming-feed-deferred",
        "description": "a Slovak TV writes Slovak: filming now, the XML deferred to the next "
        "election with the future server's address (not labelled)",
        "style": Style.FOREIGN,
        "labels": L(
            [FILM],
            "TV Záhorie, s.r.o.",
            I39,
            None,
            [],
            [],
            "Juraj Mikuš",
            "mikus@tvzahorie.example",
            "+421911204557",
        ),
        "from": "Juraj Mikuš <mikus@tvzahorie.example>",
        "subject": "Natáčanie vo volebnú noc",
        "headers": AIRMAIL,
        "body": _DN039,
    },
    {
        "id": "dn040-notes-department-signature-names-contact",
        "description": "the assistant sends and signs; the contact is the department head she "
        "names, his line and e-mail in the department signature beside the server admin's; "
        "the IČO and DIČ in the footer; an IPv6 production address",
        "style": Style.SIGNATURE,
        "labels": L(
            [FEED],
            "Vltavská média, spol. s r.o.",
            I40,
            None,
            ["198.18.120.14", "198.18.120.15", "2001:db8:120::14"],
            ["198.18.120.30"],
            "Aleš Pátek",
            "ales.patek@vltavskamedia.example",
            "+420224330871",
        ),
        "from": "Blanka Šustrová <blanka.sustrova@vltavskamedia.example>",
        "subject": "Žádost o přístup k výsledkům voleb – Vltavská média",
        "headers": NOTES,
        "body": _DN040,
    },
    {
        "id": "dn041-sogo-edit-replaces-one-address",
        "description": "an 'EDIT:' paragraph says one of the two production addresses no "
        "longer works and gives its replacement; the other and the test address stay",
        "style": Style.CORRECTION,
        "labels": L(
            [FEED],
            "Znojemský týden s.r.o.",
            I41,
            None,
            ["192.0.2.20", "192.0.2.24"],
            ["192.0.2.29"],
            "Michaela Holubová",
            "holubova@znojemskytyden.example",
            "+420721440680",
        ),
        "from": "Michaela Holubová <holubova@znojemskytyden.example>",
        "subject": "Žádost o XML – Znojemský týden",
        "headers": SOGO,
        "body": _DN041,
    },
    {
        "id": "dn042-postbox-two-line-feed-and-filming",
        "description": "a two-line note: feed from one address and filming in Prague in one "
        "sentence, the contact with phone in the next",
        "style": Style.CHATTY,
        "labels": L(
            [FEED, FILM],
            "TV Podbrdsko s.r.o.",
            I42,
            None,
            ["198.18.3.77"],
            [],
            "Ivo Krejčí",
            "krejci@tvpodbrdsko.example",
            "+420603228190",
        ),
        "from": "Ivo Krejčí <krejci@tvpodbrdsko.example>",
        "subject": "volby – XML a natáčení",
        "headers": POSTBOX,
        "body": "Dobrý den, TV Podbrdsko s.r.o., IČO " + I42 + ", žádá o přístup k XML "
        "s výsledky (IP 198.18.3.77) a o povolení natáčet ve volební noc na pracovišti ČSÚ v "
        "Praze.\nKontakt Ivo Krejčí, 603 228 190. Díky.\n",
    },
]
