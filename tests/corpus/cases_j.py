"""Tuning cases 96–105: a bracket-ticked form, corrections inside one message, replies that
quote the office's press release or an officer's signature, forwards, and replies that refer
to the applicant's own quoted original."""

from __future__ import annotations

from typing import Any

from tests.corpus.cases_a import BOTH, FEED, L
from tests.corpus.tuning_common import Style

_INNER_ENGLISH: dict[str, Any] = {
    "id": "inner-105",
    "from": "Tomasz Wiśniewski <t.wisniewski@vistula-news.example>",
    "to": "Anna Kowal <a.kowal@vistula-news.example>",
    "subject": "CZ election feed - details for the application",
    "body": """Anna,

here is everything the Czech Statistical Office asks for:

Applicant: Vistula News Sp. z o.o.
Production addresses: 203.0.113.201, 203.0.113.202
Test address: 203.0.113.209
Contact person: Tomasz Wiśniewski, +48 22 123 45 67, t.wisniewski@vistula-news.example

Tomasz
""",
    "labels": {},
}

CASES: list[dict[str, Any]] = [
    {
        "id": "96-checkbox-brackets-both",
        "description": "plain-text form with [x]/[ ] ticks: both requests ticked, recording "
        "details filled in below",
        "style": Style.FORM_CHECKBOX,
        "from": "Zuzana Kalinová <kalinova@studio-brno.example>",
        "subject": "Žádost – XML + přebírací místo",
        "body": """Dobrý den, posílám vyplněné údaje.

[x] přístup k vyhrazenému serveru s výsledky (XML)
[x] povolení k přítomnosti na přebíracím místě
[ ] jiné

Žadatel: Studio Brno Média s.r.o., IČO 29248060
ostrý provoz: 192.0.2.131, 192.0.2.132
test: 192.0.2.139

Natáčení:
osoba: Aleš Vrba, kameraman
rozsah: obrazový a zvukový záznam, do 15 minut
přebírací místo: Brno-město

Kontaktní osoba: Zuzana Kalinová, 541 220 377, kalinova@studio-brno.example
""",
        "labels": L(
            BOTH,
            "Studio Brno Média s.r.o.",
            "29248060",
            None,
            ["192.0.2.131", "192.0.2.132"],
            ["192.0.2.139"],
            "Zuzana Kalinová",
            "kalinova@studio-brno.example",
            "+420541220377",
        ),
    },
    {
        "id": "97-correction-same-line",
        "description": "the test address corrected in the same message ('oprava, správně')",
        "style": Style.CORRECTION,
        "from": "Martin Doležal <dolezal@hlas-podbrdska.example>",
        "subject": "Žádost o připojení k XML – Hlas Podbrdska",
        "body": """Dobrý den,

Hlas Podbrdska s.r.o., IČO 39352285, žádá o přístup k serveru s výsledky.

Produkční IP: 198.51.100.171, 198.51.100.172
Testovací IP: 198.51.100.187 – oprava, správně 198.51.100.178 (přehozené číslice)

Martin Doležal
IT, Hlas Podbrdska
tel. 318 623 045
dolezal@hlas-podbrdska.example
""",
        "labels": L(
            FEED,
            "Hlas Podbrdska s.r.o.",
            "39352285",
            None,
            ["198.51.100.171", "198.51.100.172"],
            ["198.51.100.178"],
            "Martin Doležal",
            "dolezal@hlas-podbrdska.example",
            "+420318623045",
        ),
    },
    {
        "id": "98-correction-postscript",
        "description": "a postscript withdraws one production address and gives its replacement",
        "style": Style.CORRECTION,
        "from": "Pavlína Jirásková <jiraskova@radio-orlice.example>",
        "subject": "Rádio Orlice – registrace XML",
        "body": """Dobrý den,

Rádio Orlice, spol. s r.o. (IČO 28358210) žádá o přístup k vyhrazenému serveru.

IP adresy pro ostrý provoz: 203.0.113.161, 203.0.113.162
testovací IP adresa: 203.0.113.169

Kontaktní osoba: Pavlína Jirásková, +420 494 321 880, jiraskova@radio-orlice.example

Děkuji,
Pavlína Jirásková

PS: Kolega mě právě upozornil, že server 203.0.113.162 rušíme – prosím tuto adresu
neuvádějte, místo ní povolte 203.0.113.163.
""",
        "labels": L(
            FEED,
            "Rádio Orlice, spol. s r.o.",
            "28358210",
            None,
            ["203.0.113.161", "203.0.113.163"],
            ["203.0.113.169"],
            "Pavlína Jirásková",
            "jiraskova@radio-orlice.example",
            "+420494321880",
        ),
    },
    {
        "id": "99-reply-quoting-press-release",
        "description": "reply to the office's press release: the quoted release carries the "
        "office's phone, e-mail, IČO and data box; the applicant gives no IČO",
        "style": Style.REPLY,
        "from": "Michaela Rybová <rybova@presto-zpravy.example>",
        "subject": "Re: Tisková zpráva ČSÚ – registrace médií k výsledkům voleb",
        "body": """Dobrý den,

na základě vaší tiskové zprávy se hlásíme k odběru výsledků.
Redakce Presto zprávy (vydává Presto Media, a.s.) – adresy pro ostrý provoz
192.0.2.141 a 192.0.2.142, pro testování 192.0.2.149.
Kontaktní osoba Michaela Rybová, 603 451 772.

M. Rybová

Dne 1. 12. 2022 v 10:00 Tiskové oddělení ČSÚ <media@czso.cz> napsal(a):
> TISKOVÁ ZPRÁVA
> Český statistický úřad zahajuje registraci médií k vyhrazenému připojení
> k serveru s průběžnými výsledky volby prezidenta republiky 2023.
> Žádosti přijímá elektronická podatelna (podatelna@czso.cz, datová schránka
> 2gfaasy) do 2. 1. 2023.
> Kontakt pro média: tiskové oddělení, tel. +420 274 052 733, media@czso.cz
> Český statistický úřad, Na padesátém 81, 100 82 Praha 10, IČO 00025593
""",
        "labels": L(
            FEED,
            "Presto Media, a.s.",
            None,
            None,
            ["192.0.2.141", "192.0.2.142"],
            ["192.0.2.149"],
            "Michaela Rybová",
            "rybova@presto-zpravy.example",
            "+420603451772",
        ),
    },
    {
        "id": "100-html-reply-quoting-officer-signature",
        "description": "HTML reply (blockquote) to an officer whose signature carries the "
        "office's data box, IČO and direct line",
        "style": Style.REPLY,
        "from": "Tadeáš Kolman <kolman@nase-brno.example>",
        "subject": "Re: Doplnění žádosti – Naše Brno",
        "html": """<div>Dobrý den, pane Referente,</div>
<div>doplňuji chybějící údaje: organizace Naše Brno, z.s., IČO 33592292, datová schránka
nb7q2ks. Testovací adresa bude 2001:db8:b0::99, ostrá zůstává 2001:db8:b0::1.</div>
<div>Kontaktní osoba: Tadeáš Kolman, 739 402 585.</div>
<div><br></div><div>Tadeáš Kolman</div>
<div class="gmail_quote"><div dir="ltr" class="gmail_attr">čt 15. 12. 2022 v 8:41
odesílatel Jan Referent &lt;jan.referent@czso.cz&gt; napsal:</div>
<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">
<div>Dobrý den, ve Vaší žádosti chybí IČO a testovací adresa.</div>
<div>Ing. Jan Referent<br>oddělení podatelny<br>Český statistický úřad<br>
IČO: 00025593 | ID DS: 2gfaasy<br>tel.: +420 274 052 401<br>jan.referent@czso.cz</div>
</blockquote></div>""",
        "labels": L(
            FEED,
            "Naše Brno, z.s.",
            "33592292",
            "nb7q2ks",
            ["2001:db8:b0::1"],
            ["2001:db8:b0::99"],
            "Tadeáš Kolman",
            "kolman@nase-brno.example",
            "+420739402585",
        ),
    },
    {
        "id": "101-outlook-forward-english-headers",
        "description": "Outlook forward (English From/Sent/To block) of a colleague's draft; "
        "the forwarder adds the IČO",
        "style": Style.FORWARD,
        "from": "Jitka Nováčková <novackova@ceskolipsky-denik.example>",
        "subject": "FW: podklady pro ČSÚ",
        "body": """Dobrý den,

přeposílám žádost, kterou připravil náš technik. Doplňuji IČO: 61326712.

Jitka Nováčková, asistentka vedení, tel. 487 300 100

From: Radek Pešek <pesek@ceskolipsky-denik.example>
Sent: Wednesday, December 14, 2022 4:12 PM
To: Jitka Nováčková <novackova@ceskolipsky-denik.example>
Subject: podklady pro ČSÚ

Žadatel: Českolipský deník s.r.o.
IP adresy pro ostrý provoz: 198.51.100.181, 198.51.100.182
IP adresa pro test: 198.51.100.189
Kontaktní osoba: Radek Pešek, 731 600 245, pesek@ceskolipsky-denik.example
""",
        "labels": L(
            FEED,
            "Českolipský deník s.r.o.",
            "61326712",
            None,
            ["198.51.100.181", "198.51.100.182"],
            ["198.51.100.189"],
            "Radek Pešek",
            "pesek@ceskolipsky-denik.example",
            "+420731600245",
        ),
    },
    {
        "id": "102-forward-with-change-on-top",
        "description": "inline forward of a complete application; the forwarder's note on top "
        "replaces its test address",
        "style": Style.FORWARD,
        "from": "Stanislav Bureš <bures@radio-sumava.example>",
        "subject": "Fwd: Žádost o vyhrazené připojení – Rádio Šumava",
        "body": """Dobrý den,

přeposílám žádost kolegyně Marešové, která ji odeslala na starou adresu podatelny.
Jedna změna: testovací adresa se mění na 203.0.113.175 (203.0.113.174 už nemáme).
Ostatní platí, kontaktní osobou zůstává kolegyně.

S. Bureš

---------- Forwarded message ---------
Od: Lenka Marešová <maresova@radio-sumava.example>
Date: út 13. 12. 2022 v 11:20
Subject: Žádost o vyhrazené připojení – Rádio Šumava
To: <podatelna@csu-stara.example>

Rádio Šumava a.s., IČO 96560126
Ostrý provoz: 203.0.113.171, 203.0.113.172
Testování: 203.0.113.174
Kontaktní osoba: Lenka Marešová, tel. 376 512 980, maresova@radio-sumava.example
""",
        "labels": L(
            FEED,
            "Rádio Šumava a.s.",
            "96560126",
            None,
            ["203.0.113.171", "203.0.113.172"],
            ["203.0.113.175"],
            "Lenka Marešová",
            "maresova@radio-sumava.example",
            "+420376512980",
        ),
    },
    {
        "id": "103-reply-to-own-original-adds-test",
        "description": "the applicant replies to their own quoted application and only adds "
        "a test address; everything else is in the quote",
        "style": Style.REPLY,
        "from": "Eduard Kalous <kalous@tydenik-horizont.example>",
        "subject": "Re: Žádost o přístup k XML – Týdeník Horizont",
        "body": """Dobrý den,

k mé žádosti níže ještě doplňuji testovací adresu 192.0.2.159. Ostatní údaje platí.

E. Kalous

Dne 12. 12. 2022 v 9:05 Eduard Kalous <kalous@tydenik-horizont.example> napsal(a):
> Dobrý den,
> Týdeník Horizont a.s., IČO 85184888, žádá o přístup k XML serveru.
> Ostrý provoz: 192.0.2.151, 192.0.2.152
> Kontaktní osoba: Eduard Kalous, 602 118 340, kalous@tydenik-horizont.example
""",
        "labels": L(
            FEED,
            "Týdeník Horizont a.s.",
            "85184888",
            None,
            ["192.0.2.151", "192.0.2.152"],
            ["192.0.2.159"],
            "Eduard Kalous",
            "kalous@tydenik-horizont.example",
            "+420602118340",
        ),
    },
    {
        "id": "104-reply-to-own-original-replaces",
        "description": "reply to the applicant's own quoted application: the production "
        "addresses are replaced (shorthand octets), the quoted test address stays",
        "style": Style.CORRECTION,
        "from": "Bohdana Veselá <vesela@kutnohorske-listy.example>",
        "subject": "Re: registrace k XML serveru",
        "body": """Dobrý den,

omlouvám se, adresy pro ostrý provoz z mé původní zprávy už neplatí – přecházíme
k jinému poskytovateli. Nové jsou 198.51.100.191 a .192. Testovací adresa zůstává.

Bohdana Veselá

> Kutnohorské listy, z.s., IČO 33868085
> IP adresy pro ostrý provoz: 198.51.100.195, 198.51.100.196
> testovací IP: 198.51.100.199
> Kontakt: Bohdana Veselá, 327 512 604, vesela@kutnohorske-listy.example
""",
        "labels": L(
            FEED,
            "Kutnohorské listy, z.s.",
            "33868085",
            None,
            ["198.51.100.191", "198.51.100.192"],
            ["198.51.100.199"],
            "Bohdana Veselá",
            "vesela@kutnohorske-listy.example",
            "+420327512604",
        ),
    },
    {
        "id": "105-english-forward-as-attachment",
        "description": "English: an assistant forwards a colleague's mail as an attached "
        "message; the application data are inside it",
        "style": Style.FORWARD,
        "from": "Anna Kowal <a.kowal@vistula-news.example>",
        "subject": "Fw: CZ election feed - details for the application",
        "body": """Dear Sir or Madam,

please find attached the details of our application for access to the results server
of the Czech presidential election. Vistula News is registered in Poland and has no
Czech company ID.

Kind regards,
Anna Kowal
Office Manager
""",
        "attachments": [("eml", "application-details.eml", _INNER_ENGLISH)],
        "labels": L(
            FEED,
            "Vistula News Sp. z o.o.",
            None,
            None,
            ["203.0.113.201", "203.0.113.202"],
            ["203.0.113.209"],
            "Tomasz Wiśniewski",
            "t.wisniewski@vistula-news.example",
            "+48221234567",
        ),
    },
]
