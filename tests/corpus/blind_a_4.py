"""Blind held-out cases a049–a063: a short Apple Mail note, roles by order across a flowed
wrap, DOCX with header/footer, Slovak with CIDR, address plus dotted netmask, "same as last
year", signature blocks with IČ/DIČ, a follow-up adding test addresses, row-header tables,
paired role labels, a data message with XLSX, a Gmail reply quoting the invitation, IPv6 only,
a shorthand range and a yes/no form."""

from __future__ import annotations

from typing import Any

from tests.corpus.blind_a_common import FEED, INVITATION, OFFICE_SIGNATURE, L, Style

OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "cs")]
GMAIL = [("X-Gm-Message-State", "AO0yUKXb7s2LwQ9mC4hR")]
ROUNDCUBE = [("User-Agent", "Roundcube Webmail/1.5.3")]

_QUOTED_INVITATION = "\n".join("> " + line if line else ">" for line in INVITATION.splitlines())
_QUOTED_SIGNATURE = "\n".join("> " + line for line in OFFICE_SIGNATURE.splitlines())
_HTML_INVITATION = "<br>".join(INVITATION.splitlines())
_HTML_SIGNATURE = "<br>".join(OFFICE_SIGNATURE.splitlines())

CASES: list[dict[str, Any]] = [
    {
        "id": "a049-apple-mail-one-address-no-diacritics",
        "description": "Apple Mail on a phone, a three-line note typed without diacritics: "
        "one production address, no test addresses, only the station's name",
        "style": Style.APPLE_MAIL,
        "labels": L(
            FEED,
            "Radio Morava Live",
            None,
            None,
            ["198.51.100.130"],
            [],
            "Martin Hensel",
            "hensel@moravalive.example",
            "+420608777102",
        ),
        "from": "Martin Hensel <hensel@moravalive.example>",
        "subject": "XML vysledky - Radio Morava Live",
        "headers": [("X-Mailer", "iPhone Mail (20C65)")],
        "body": """Dobry den, prosime o povoleni adresy 198.51.100.130 pro ostry provoz XML vysledku.
Testovat nepotrebujeme.
Martin Hensel, Radio Morava Live, 608 777 102

Odeslano z iPhonu
""",
    },
    {
        "id": "a050-roundcube-flowed-v-tomto-poradi",
        "description": "Roundcube format=flowed; roles given by 'v tomto pořadí' in a "
        "sentence soft-wrapped in the middle",
        "style": Style.ROLE_ORDER,
        "labels": L(
            FEED,
            "Chrudimský občasník, z.s.",
            "01879901",
            None,
            ["192.0.2.140"],
            ["192.0.2.141"],
            "Josef Beneš",
            "benes@chrudimsky-obcasnik.example",
            "+420469622350",
        ),
        "from": "Josef Beneš <benes@chrudimsky-obcasnik.example>",
        "subject": "Žádost o vyhrazené připojení",
        "headers": ROUNDCUBE,
        "flowed": True,
        "cte": "8bit",
        "body": """Dobrý den,

spolek Chrudimský občasník, z.s., IČO 01879901, žádá o přístup k XML serveru\x20
s výsledky volby prezidenta. Budeme se připojovat z adres 192.0.2.140 a\x20
192.0.2.141, v tomto pořadí pro ostrý provoz a pro testování.

Kontakt: Josef Beneš, benes@chrudimsky-obcasnik.example, tel. 469 622 350

S pozdravem
Josef Beneš
předseda spolku
""",
    },
    {
        "id": "a051-docx-header-footer-databox",
        "description": "DOCX with the organisation in the page header, its data box in the "
        "footer and a table with two address columns per role",
        "style": Style.ATTACHMENT,
        "labels": L(
            FEED,
            "Slovácký týdeník s.r.o.",
            "63062631",
            "e6pt3vz",
            ["203.0.113.11", "203.0.113.12"],
            ["203.0.113.13"],
            "Roman Hrabal",
            "hrabal@slovacky-tydenik.example",
            "+420572540318",
        ),
        "from": "Roman Hrabal <hrabal@slovacky-tydenik.example>",
        "subject": "Žádost o registraci – Slovácký týdeník",
        "headers": GMAIL,
        "body": """Dobrý den,
v příloze posílám naši žádost o registraci k vyhrazenému připojení.
Roman Hrabal
""",
        "attachments": [
            (
                "docx",
                "Zadost_registrace_2023.docx",
                {
                    "header": "Slovácký týdeník s.r.o. | Mariánské náměstí 3, 686 01 Uherské "
                    "Hradiště | IČO 63062631",
                    "footer": "ID datové schránky: e6pt3vz | www.slovacky-tydenik.example",
                    "blocks": [
                        "Žádost o registraci k vyhrazenému připojení – volba prezidenta 2023",
                        "Žádáme o přístup k serveru s průběžnými výsledky ve formátu XML.",
                        {
                            "rows": [
                                ["Typ provozu", "IP adresa 1", "IP adresa 2"],
                                ["Ostrý provoz", "203.0.113.11", "203.0.113.12"],
                                ["Testovací provoz", "203.0.113.13", ""],
                            ]
                        },
                        "Kontaktní osoba: Roman Hrabal, e-mail hrabal@slovacky-tydenik.example, "
                        "telefon 572 540 318",
                        "V Uherském Hradišti 1. 12. 2022",
                    ],
                },
            )
        ],
    },
    {
        "id": "a052-slovak-long-cidr-landline",
        "description": "long Slovak message, a /31 production block and a /32 test address, "
        "a Bratislava landline with the (0) trunk prefix",
        "style": Style.SLOVAK,
        "labels": L(
            FEED,
            "Bratislavský kuriér, s.r.o.",
            "47921111",
            None,
            ["198.51.100.60", "198.51.100.61"],
            ["198.51.100.75"],
            "Ing. Peter Horváth",
            "horvath@bakurier.example",
            "+421254431122",
        ),
        "from": "Peter Horváth <horvath@bakurier.example>",
        "subject": "Žiadosť o pridelenie prístupu k XML serveru ČSÚ",
        "body": """Vážení,

Bratislavský kuriér, s.r.o., IČO 47 921 111, prevádzkuje spravodajský portál, ktorý
sleduje aj dianie v Českej republike. Pri voľbe prezidenta ČR by sme radi čitateľom
ponúkli priebežné výsledky v reálnom čase, podobne ako sme to robili pri slovenských
voľbách s dátami od nášho štatistického úradu.

Preto žiadame o pridelenie prístupu k Vášmu vyhradenému XML serveru:

adresy pre ostrú prevádzku: 198.51.100.60/31
testovacia adresa: 198.51.100.75/32

Kontaktnou osobou je Ing. Peter Horváth, vedúci vývoja,
e-mail horvath@bakurier.example, tel. +421 (0)2 5443 1122.

Ďakujeme za spoluprácu.

S pozdravom
Ing. Peter Horváth
""",
    },
    {
        "id": "a053-english-netmask-dotted",
        "description": "English from a Polish agency: a production block written as address "
        "and dotted netmask, one test address, a Polish number",
        "style": Style.ENGLISH,
        "labels": L(
            FEED,
            "Agencja Informacyjna Południe sp. z o.o.",
            None,
            None,
            ["192.0.2.248", "192.0.2.249", "192.0.2.250", "192.0.2.251"],
            ["192.0.2.252"],
            "Marta Zielińska",
            "m.zielinska@aip-poludnie.example",
            "+48123456789",
        ),
        "from": "Marta Zielińska <m.zielinska@aip-poludnie.example>",
        "subject": "Request: access to election results XML server",
        "body": """Good morning,

Agencja Informacyjna Południe sp. z o.o. (Kraków, Poland) kindly asks for access to the
XML results server for the Czech presidential election.

Production network: 192.0.2.248 / 255.255.255.252
Test host: 192.0.2.252

Contact person: Marta Zielińska, m.zielinska@aip-poludnie.example, tel. +48 12 345 67 89

Best regards,
Marta Zielińska
""",
    },
    {
        "id": "a054-outlook-same-as-last-year-extension",
        "description": "Outlook; 'same as last year' followed by the full list, the signer's "
        "phone with an extension, IČO only in the signature",
        "style": Style.SIGNATURE,
        "labels": L(
            FEED,
            "Pražská informační agentura, a.s.",
            "25332392",
            None,
            ["203.0.113.41", "203.0.113.42"],
            ["203.0.113.43"],
            "Ing. Olga Veselá",
            "vesela@pia-praha.example",
            "+420266031455",
        ),
        "from": "Veselá Olga <vesela@pia-praha.example>",
        "subject": "Vyhrazené připojení – volba prezidenta",
        "headers": OUTLOOK,
        "body": """Dobrý den,

rádi bychom se opět připojili k serveru s výsledky. Adresy máme stejné jako loni,
pro jistotu je ale vypisuji:

ostrý provoz – 203.0.113.41, 203.0.113.42
test – 203.0.113.43

Kontaktní osobou jsem já.

S pozdravem

Ing. Olga Veselá
vedoucí IT
Pražská informační agentura, a.s.
IČO: 25332392
tel.: +420 266 031 455, kl. 212
vesela@pia-praha.example
""",
        "html": """<html><body lang="CS"><div class="WordSection1">
<p class="MsoNormal">Dobrý den,<o:p></o:p></p>
<p class="MsoNormal">rádi bychom se opět připojili k serveru s výsledky. Adresy máme stejné jako loni,
pro jistotu je ale vypisuji:<o:p></o:p></p>
<p class="MsoNormal">ostrý provoz – 203.0.113.41, 203.0.113.42<o:p></o:p></p>
<p class="MsoNormal">test – 203.0.113.43<o:p></o:p></p>
<p class="MsoNormal">Kontaktní osobou jsem já.<o:p></o:p></p>
<p class="MsoNormal">S pozdravem<o:p></o:p></p>
<p class="MsoNormal"><b>Ing. Olga Veselá</b><br>vedoucí IT<br>Pražská informační agentura, a.s.<br>
IČO: 25332392<br>tel.: +420 266 031 455, kl. 212<br>vesela@pia-praha.example<o:p></o:p></p>
</div></body></html>
""",
    },
    {
        "id": "a055-webmail-signature-ic-dic-ds",
        "description": "HTML-only webmail in quoted-printable; IČ/DIČ, data box and two "
        "phones in the signature, the mobile marked as the one to call",
        "style": Style.WEBMAIL_HTML,
        "labels": L(
            FEED,
            "Opavský a hlučínský deník, s.r.o.",
            "03639461",
            "3ykq9fa",
            ["198.51.100.191", "198.51.100.192"],
            ["198.51.100.199"],
            "Dominik Wolny",
            "wolny@oh-denik.example",
            "+420731509864",
        ),
        "from": "Dominik Wolny <wolny@oh-denik.example>",
        "subject": "Žádost o přístup k XML",
        "headers": [("X-Mailer", "Email.cz")],
        "html": """<div>Dobrý den,</div>
<div>žádáme o přístup k výsledkům volby prezidenta ve formátu XML.</div>
<div>Ostrý provoz: 198.51.100.191, 198.51.100.192</div>
<div>Test: 198.51.100.199</div>
<div>&nbsp;</div>
<div>Děkuji</div>
<div>--&nbsp;</div>
<div>Dominik Wolny | technická podpora redakce</div>
<div>Opavský a hlučínský deník, s.r.o.</div>
<div>IČ/DIČ: 03639461 / CZ03639461 | DS: 3ykq9fa</div>
<div>redakce: 553 612 000 | mobil (volejte prosím sem): 731 509 864</div>
<div>wolny@oh-denik.example</div>
""",
    },
    {
        "id": "a056-followup-adds-test-addresses",
        "description": "Gmail follow-up adding test addresses to the quoted first message, "
        "which holds everything else",
        "style": Style.CORRECTION,
        "labels": L(
            FEED,
            "Mladoboleslavský deník s.r.o.",
            "62237365",
            None,
            ["203.0.113.181", "203.0.113.182"],
            ["198.51.100.101", "198.51.100.102"],
            "Kamila Dušková",
            "duskova@mb-denik.example",
            "+420326719405",
        ),
        "from": "Kamila Dušková <duskova@mb-denik.example>",
        "subject": "Re: Žádost o přístup k XML serveru",
        "headers": GMAIL,
        "body": """Dobrý den,
ještě doplňuji testovací adresy, které jsem včera zapomněla: 198.51.100.101 a 198.51.100.102.
Díky, K. Dušková

st 30. 11. 2022 v 16:05 odesílatel Kamila Dušková <duskova@mb-denik.example> napsal:

> Dobrý den,
>
> Mladoboleslavský deník s.r.o. (IČO 62237365) žádá o vyhrazené připojení k XML
> serveru.
>
> Produkční adresy: 203.0.113.181, 203.0.113.182
>
> Kontaktní osoba: Kamila Dušková, duskova@mb-denik.example, tel. 326 719 405
>
> S pozdravem
> Kamila Dušková
""",
        "html": """<div dir="ltr">Dobrý den,<div>ještě doplňuji testovací adresy, které jsem včera zapomněla: 198.51.100.101 a 198.51.100.102.</div><div>Díky, K. Dušková</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">st 30. 11. 2022 v 16:05 odesílatel Kamila Dušková &lt;<a href="mailto:duskova@mb-denik.example">duskova@mb-denik.example</a>&gt; napsal:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div dir="ltr">Dobrý den,<br><br>Mladoboleslavský deník s.r.o. (IČO 62237365) žádá o vyhrazené připojení k XML serveru.<br><br>Produkční adresy: 203.0.113.181, 203.0.113.182<br><br>Kontaktní osoba: Kamila Dušková, duskova@mb-denik.example, tel. 326 719 405<br><br>S pozdravem<br>Kamila Dušková</div></blockquote></div>
""",
    },
    {
        "id": "a057-outlook-html-row-headers-br-cell",
        "description": "HTML-only Outlook mail, a table with role row headers; two addresses "
        "in one cell separated by a line break, the test cell a dash",
        "style": Style.HTML_TABLE,
        "labels": L(
            FEED,
            "Deník Podřipsko, s.r.o.",
            "11723041",
            None,
            ["192.0.2.51", "192.0.2.52"],
            [],
            "Hynek Stárek",
            "starek@podripsko.example",
            "+420730118266",
        ),
        "from": "Stárek Hynek <starek@podripsko.example>",
        "subject": "Žádost o vyhrazené připojení – Deník Podřipsko",
        "headers": OUTLOOK,
        "html": """<html><body lang="CS"><div class="WordSection1">
<p class="MsoNormal">Dobrý den,<o:p></o:p></p>
<p class="MsoNormal">posíláme žádost o vyhrazené připojení k XML výsledkům.<o:p></o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">
<tr><th align="left"><p class="MsoNormal">Žadatel</p></th><td><p class="MsoNormal">Deník Podřipsko, s.r.o.</p></td></tr>
<tr><th align="left"><p class="MsoNormal">IČO</p></th><td><p class="MsoNormal">11723041</p></td></tr>
<tr><th align="left"><p class="MsoNormal">Produkční adresy</p></th><td><p class="MsoNormal">192.0.2.51<br>192.0.2.52</p></td></tr>
<tr><th align="left"><p class="MsoNormal">Testovací adresy</p></th><td><p class="MsoNormal">–</p></td></tr>
<tr><th align="left"><p class="MsoNormal">Kontaktní osoba</p></th><td><p class="MsoNormal">Hynek Stárek</p></td></tr>
<tr><th align="left"><p class="MsoNormal">Telefon</p></th><td><p class="MsoNormal">730 118 266</p></td></tr>
<tr><th align="left"><p class="MsoNormal">E-mail</p></th><td><p class="MsoNormal">starek@podripsko.example</p></td></tr>
</table>
<p class="MsoNormal">S pozdravem<br>Hynek Stárek<o:p></o:p></p>
</div></body></html>
""",
    },
    {
        "id": "a058-paired-role-label-slash",
        "description": "one label naming both roles with the two addresses paired by a slash "
        "in the same order",
        "style": Style.ROLE_ORDER,
        "labels": L(
            FEED,
            "Rádio Šumava Plus s.r.o.",
            "61137537",
            None,
            ["198.51.100.170"],
            ["198.51.100.171"],
            "Pavel Lukeš",
            "lukes@sumavaplus.example",
            "+420376522731",
        ),
        "from": "Pavel Lukeš <lukes@sumavaplus.example>",
        "subject": "Přístup k serveru s výsledky",
        "body": """Dobrý den,

Rádio Šumava Plus s.r.o., IČO 61137537, Klatovy, žádá o vyhrazené připojení.

Produkční / testovací IP: 198.51.100.170 / 198.51.100.171

Kontakt: Pavel Lukeš, lukes@sumavaplus.example, 376 522 731

Děkujeme.
""",
    },
    {
        "id": "a059-databox-xlsx-yes-no-columns",
        "description": "data message with an XLSX whose address rows have yes/no columns for "
        "production and test; contact on a second sheet",
        "style": Style.DATABOX,
        "labels": L(
            FEED,
            "Českomoravská tisková kancelář, a.s.",
            "18747337",
            "tq6e2vj",
            ["192.0.2.91", "192.0.2.92"],
            ["192.0.2.93"],
            "Ing. Lubomír Zeman",
            "zeman@cmtk.example",
            "+420222870461",
        ),
        "subject": "XML výsledky – žádost o registraci",
        "databox": {
            "box": "tq6e2vj",
            "sender": "Českomoravská tisková kancelář, a.s.",
            "address": "Opletalova 1015/55, 110 00 Praha 1",
        },
        "attachments": [
            (
                "xlsx",
                "cmtk_xml_registrace.xlsx",
                [
                    {
                        "title": "Adresy",
                        "rows": [
                            ["Českomoravská tisková kancelář, a.s., IČO 18747337"],
                            ["IP adresa", "Ostrý provoz", "Test"],
                            ["192.0.2.91", "ano", "ne"],
                            ["192.0.2.92", "ano", "ne"],
                            ["192.0.2.93", "ne", "ano"],
                        ],
                    },
                    {
                        "title": "Kontakt",
                        "rows": [
                            ["Kontaktní osoba", "Ing. Lubomír Zeman"],
                            ["E-mail", "zeman@cmtk.example"],
                            ["Telefon", "+420 222 870 461"],
                        ],
                    },
                ],
            )
        ],
    },
    {
        "id": "a060-gmail-reply-quoting-invitation",
        "description": "Gmail reply above the quoted invitation (gmail_quote) with the "
        "office's example addresses and signature",
        "style": Style.REPLY_OFFICE,
        "labels": L(
            FEED,
            "Naše Brno online, z.s.",
            "08515832",
            None,
            ["203.0.113.231"],
            ["203.0.113.232"],
            "Šárka Müllerová",
            "mullerova@nasebrno.example",
            "+420702336918",
        ),
        "from": "Šárka Müllerová <mullerova@nasebrno.example>",
        "subject": "Re: Vyhrazené připojení pro média",
        "headers": GMAIL,
        "body": f"""Dobrý den,

děkujeme za nabídku. Naše Brno online, z.s., IČO 08515832, se rádo připojí:
ostrý provoz 203.0.113.231, test 203.0.113.232.
Kontakt: Šárka Müllerová, 702 336 918.

Šárka Müllerová

po 14. 11. 2022 v 10:12 odesílatel Kateřina Dvořáčková <volby@czso.cz> napsal:

{_QUOTED_INVITATION}
>
{_QUOTED_SIGNATURE}
""",
        "html": f"""<div dir="ltr"><div>Dobrý den,</div><div><br></div><div>děkujeme za nabídku. Naše Brno online, z.s., IČO 08515832, se rádo připojí:</div><div>ostrý provoz 203.0.113.231, test 203.0.113.232.</div><div>Kontakt: Šárka Müllerová, 702 336 918.</div><div><br></div><div>Šárka Müllerová</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">po 14. 11. 2022 v 10:12 odesílatel Kateřina Dvořáčková &lt;<a href="mailto:volby@czso.cz">volby@czso.cz</a>&gt; napsal:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{_HTML_INVITATION}<br><br>{_HTML_SIGNATURE}</blockquote></div>
""",
    },
    {
        "id": "a061-english-ipv6-only-school",
        "description": "English from a foreign journalism school, IPv6 addresses only, an "
        "Austrian landline",
        "style": Style.ENGLISH,
        "labels": L(
            FEED,
            "Danube School of Journalism",
            None,
            None,
            ["2001:db8:5e:10::20", "2001:db8:5e:10::21"],
            ["2001:db8:5e:99::1"],
            "Dr. Miriam Schuster",
            "schuster@dsj.example",
            "+431427738100",
        ),
        "from": "Miriam Schuster <schuster@dsj.example>",
        "subject": "Student newsroom - access to the election XML feed",
        "body": """Dear Madam or Sir,

our student newsroom at the Danube School of Journalism (Vienna) will cover the Czech
presidential election as a teaching project. We would be grateful for access to the
dedicated XML server. Our network is IPv6-only:

- production: 2001:db8:5e:10::20 and 2001:db8:5e:10::21
- test: 2001:db8:5e:99::1

Contact person: Dr. Miriam Schuster, schuster@dsj.example, +43 1 4277 38100

With kind regards,
Miriam Schuster
""",
    },
    {
        "id": "a062-two-lines-shorthand-range",
        "description": "two-line note from a community radio, a production range written "
        "with a shorthand last octet, no test addresses",
        "style": Style.TWO_LINE,
        "labels": L(
            FEED,
            "Komunitní rádio Dobrá vlna, z.s.",
            "21820392",
            None,
            ["203.0.113.240", "203.0.113.241", "203.0.113.242"],
            [],
            "Hana Stará",
            "stara@dobravlna.example",
            "+420730441267",
        ),
        "from": "Hana Stará <stara@dobravlna.example>",
        "subject": "XML přístup",
        "body": """Prosíme o XML přístup, prod 203.0.113.240–242, test žádný.
Komunitní rádio Dobrá vlna, z.s., IČO 21820392 – Hana Stará, 730 441 267
""",
    },
    {
        "id": "a063-html-form-ano-ne-request-types",
        "description": "HTML-only form with ANO/NE answers for the request types (filming "
        "NE) and a two-column address table",
        "style": Style.FORM,
        "labels": L(
            FEED,
            "Deník Karlovarsko s.r.o.",
            "08709335",
            None,
            ["192.0.2.181", "192.0.2.182"],
            ["192.0.2.188", "192.0.2.189"],
            "Veronika Šebestová",
            "sebestova@denik-karlovarsko.example",
            "+420353228590",
        ),
        "from": "Veronika Šebestová <sebestova@denik-karlovarsko.example>",
        "subject": "Žádost médií – volba prezidenta 2023",
        "headers": OUTLOOK,
        "html": """<html><body>
<p>Dobrý den, zasíláme vyplněnou žádost.</p>
<table border="1" cellpadding="3">
<tr><td>Žadatel</td><td>Deník Karlovarsko s.r.o.</td></tr>
<tr><td>IČO</td><td>08709335</td></tr>
<tr><td>Přístup k vyhrazenému XML serveru</td><td>ANO</td></tr>
<tr><td>Povolení k natáčení na přebíracím místě</td><td>NE</td></tr>
</table>
<p>&nbsp;</p>
<table border="1" cellpadding="3">
<tr><th>Ostrý provoz</th><th>Testování</th></tr>
<tr><td>192.0.2.181</td><td>192.0.2.188</td></tr>
<tr><td>192.0.2.182</td><td>192.0.2.189</td></tr>
</table>
<p>Kontaktní osoba: Veronika Šebestová, sebestova@denik-karlovarsko.example, tel. 353 228 590</p>
<p>S pozdravem<br>Veronika Šebestová</p>
</body></html>
""",
    },
]
