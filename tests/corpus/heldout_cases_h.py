"""Held-out cases: replies that quote the office (its press release, its signature with its
own phone, e-mail, IČO and data-box ID — none of which is the applicant's), and forwards."""

from __future__ import annotations

from typing import Any

from tests.corpus.heldout_common import FEED, OFFICE_FOOTER, PRESS_RELEASE, L, Style

R = Style.REPLY
W = Style.FORWARD


def _quote(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.splitlines())


_INNER_FORWARD: dict[str, Any] = {
    "id": "h079-inner",
    "from": "Ladislav Kříž <kriz@it.trebicsky-denik.example>",
    "to": "sekretariat@trebicsky-denik.example",
    "subject": "podklady pro ČSÚ",
    "body": """Ahoj,
pro žádost na ČSÚ: Třebíčský deník s.r.o., IČO 08971650.
Ostrý provoz 192.0.2.231 a 192.0.2.232, test 192.0.2.239.
Kontaktní osoba jsem já: Ladislav Kříž, 568 840 117, kriz@it.trebicsky-denik.example
Láďa
""",
}

CASES: list[dict[str, Any]] = [
    {
        "id": "h071-reply-press-release",
        "style": R,
        "description": "reply quoting the office's press release with its phone, e-mail and DS ID",
        "from": "Alena Fojtíková <fojtikova@uherske-listy.example>",
        "subject": "Re: Vyhrazené připojení pro média – volba prezidenta 2023",
        "body": f"""Dobrý den,

na základě níže uvedené tiskové zprávy žádáme o přístup.
Uherské listy s.r.o., IČO 06108946
ostré IP: 203.0.113.11, 203.0.113.12
testovací IP: 203.0.113.19
Kontakt: Alena Fojtíková, 572 501 826, fojtikova@uherske-listy.example

Dne 28. 11. 2022 v 9:15 Český statistický úřad <infoservis@czso.cz> napsal(a):
{_quote(PRESS_RELEASE)}
""",
        "labels": L(
            FEED,
            "Uherské listy s.r.o.",
            "06108946",
            None,
            ["203.0.113.11", "203.0.113.12"],
            ["203.0.113.19"],
            "Alena Fojtíková",
            "fojtikova@uherske-listy.example",
            "+420572501826",
        ),
    },
    {
        "id": "h072-reply-office-signature",
        "style": R,
        "description": "reply to an officer's request for missing data; the quoted footer has the office IČO, DS and phone",
        "from": "Vilém Kotas <kotas@frydecky-zpravodaj.example>",
        "subject": "RE: Doplnění žádosti – chybí kontakt",
        "body": f"""Dobrý den,

doplňuji: kontaktní osoba Vilém Kotas, tel. 558 111 604, kotas@frydecky-zpravodaj.example.
Adresy zůstávají: produkce 198.51.100.71, test 198.51.100.79.
Frýdecký zpravodaj, z.s., IČO 20492511

Vilém Kotas

-----Original Message-----
From: Marcela Úřední <volby-media@czso.cz>
Sent: Monday, December 12, 2022 10:02 AM
To: Vilém Kotas <kotas@frydecky-zpravodaj.example>
Subject: Doplnění žádosti – chybí kontakt

Dobrý den,
ve Vaší žádosti chybí telefon a e-mail kontaktní osoby. Prosím o doplnění.

{OFFICE_FOOTER}
""",
        "labels": L(
            FEED,
            "Frýdecký zpravodaj, z.s.",
            "20492511",
            None,
            ["198.51.100.71"],
            ["198.51.100.79"],
            "Vilém Kotas",
            "kotas@frydecky-zpravodaj.example",
            "+420558111604",
        ),
    },
    {
        "id": "h073-reply-refers-to-own-original",
        "style": R,
        "description": "reply changing only the test address; production addresses are in the applicant's own quoted original",
        "from": "Soňa Pavelková <pavelkova@zpravy-kutna-hora.example>",
        "subject": "Re: Žádost o vyhrazené připojení – Zprávy Kutná Hora",
        "body": """Dobrý den,

omlouvám se, v původní žádosti níže jsem uvedla špatnou testovací adresu.
Platí 192.0.2.98 místo 192.0.2.97, ostrý provoz zůstává beze změny.

Soňa Pavelková

On Thu, 8 Dec 2022 at 14:20, Soňa Pavelková <pavelkova@zpravy-kutna-hora.example> wrote:
> Dobrý den,
> Zprávy Kutná Hora s.r.o. (IČO 47825642) žádají o vyhrazené připojení.
> Ostrý provoz: 192.0.2.91, 192.0.2.92
> Test: 192.0.2.97
> Kontakt: Soňa Pavelková, 327 512 098, pavelkova@zpravy-kutna-hora.example
""",
        "labels": L(
            FEED,
            "Zprávy Kutná Hora s.r.o.",
            "47825642",
            None,
            ["192.0.2.91", "192.0.2.92"],
            ["192.0.2.98"],
            "Soňa Pavelková",
            "pavelkova@zpravy-kutna-hora.example",
            "+420327512098",
        ),
    },
    {
        "id": "h074-reply-outlook-header-block",
        "style": R,
        "description": "top-posted answer above an Outlook 'Od:/Odesláno:' block from the office with its footer",
        "from": "Bedřich Malina <malina@vyskovske-noviny.example>",
        "subject": "RE: Vaše žádost o přístup k XML",
        "body": f"""Dobrý den, paní inženýrko,

ano, adresa 203.0.113.141 je produkční, 203.0.113.142 testovací. Jiné nepotřebujeme.
Vyškovské noviny s.r.o., IČO 11389613. Volejte prosím na 517 330 256.

B. Malina

Od: Marcela Úřední <volby-media@czso.cz>
Odesláno: úterý 13. prosince 2022 8:47
Komu: malina@vyskovske-noviny.example
Předmět: Vaše žádost o přístup k XML

Dobrý den, ve Vaší žádosti nejsou rozlišeny produkční a testovací adresy
(203.0.113.141, 203.0.113.142). Prosím o upřesnění.

{OFFICE_FOOTER}
""",
        "labels": L(
            FEED,
            "Vyškovské noviny s.r.o.",
            "11389613",
            None,
            ["203.0.113.141"],
            ["203.0.113.142"],
            "Bedřich Malina",
            "malina@vyskovske-noviny.example",
            "+420517330256",
        ),
    },
    {
        "id": "h075-reply-html-blockquote-office",
        "style": R,
        "description": "HTML reply; the office's message and signature in a blockquote",
        "from": "Kateřina Lhotská <lhotska@tachovsky-tydenik.example>",
        "subject": "Re: Potvrzení přijetí žádosti",
        "html": """<html><body><div>Dobrý den,</div>
<div>posílám ještě testovací adresu 198.51.100.239, ostré jsou 198.51.100.231 a 198.51.100.232.</div>
<div>Tachovský týdeník, z.s., IČO 24853801</div>
<div>Kateřina Lhotská, 374 722 611, lhotska@tachovsky-tydenik.example</div>
<br><div>Dne 14.12.2022 Český statistický úřad napsal:</div>
<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">
Dobrý den, potvrzujeme přijetí Vaší žádosti.<br>
Ing. Marcela Úřední<br>Český statistický úřad<br>IČO: 00025593, ID DS: 2gfaasy<br>
tel.: +420 274 052 733<br>volby-media@czso.cz</blockquote></body></html>""",
        "labels": L(
            FEED,
            "Tachovský týdeník, z.s.",
            "24853801",
            None,
            ["198.51.100.231", "198.51.100.232"],
            ["198.51.100.239"],
            "Kateřina Lhotská",
            "lhotska@tachovsky-tydenik.example",
            "+420374722611",
        ),
    },
    {
        "id": "h076-reply-no-new-data",
        "style": R,
        "description": "reply confirming data; the applicant's original (quoted) holds everything",
        "from": "Jiří Šafář <safar@lounsky-posel.example>",
        "subject": "Re: Re: Žádost – Lounský posel",
        "body": f"""Dobrý den, údaje v mé žádosti níže jsou úplné a správné, prosím o registraci.
J. Šafář

Dne 12. 12. 2022 napsal(a) Marcela Úřední:
> Dobrý den, potvrďte prosím, že údaje jsou úplné.
{_quote(OFFICE_FOOTER)}
>
> Dne 11. 12. 2022 napsal(a) Jiří Šafář:
>> Lounský posel s.r.o., IČO 18614205
>> produkce 203.0.113.61, 203.0.113.62; test 203.0.113.69
>> Jiří Šafář, 415 204 371, safar@lounsky-posel.example
""",
        "labels": L(
            FEED,
            "Lounský posel s.r.o.",
            "18614205",
            None,
            ["203.0.113.61", "203.0.113.62"],
            ["203.0.113.69"],
            "Jiří Šafář",
            "safar@lounsky-posel.example",
            "+420415204371",
        ),
    },
    {
        "id": "h077-forward-inline-gmail",
        "style": W,
        "description": "Gmail inline forward by an assistant; the application is the forwarded text",
        "from": "Sekretariát <sekretariat@blanensky-obzor.example>",
        "subject": "Fwd: žádost o XML",
        "body": """Dobrý den, přeposílám žádost pana Zemana.
Sekretariát, tel. 516 400 400

---------- Forwarded message ---------
Od: Zdeněk Zeman <zeman@blanensky-obzor.example>
Date: pá 9. 12. 2022 v 16:40
Subject: žádost o XML
To: <sekretariat@blanensky-obzor.example>

Blanenský obzor s.r.o., IČO 50843621
Produkční adresy: 192.0.2.151, 192.0.2.152
Testovací: 192.0.2.159
Kontaktní osoba: Zdeněk Zeman, 516 418 229, zeman@blanensky-obzor.example
""",
        "labels": L(
            FEED,
            "Blanenský obzor s.r.o.",
            "50843621",
            None,
            ["192.0.2.151", "192.0.2.152"],
            ["192.0.2.159"],
            "Zdeněk Zeman",
            "zeman@blanensky-obzor.example",
            "+420516418229",
        ),
    },
    {
        "id": "h078-forward-outlook-english",
        "style": W,
        "description": "Outlook forward with English header block, colleague's note above",
        "from": "Marie Kolínová <kolinova@pelhrimovske-noviny.example>",
        "subject": "FW: XML registrace",
        "body": """Dobrý den,
přeposílám žádost technika, podepsanou verzi pošleme datovou schránkou.
Marie Kolínová, asistentka, 565 100 200

From: Petr Vávra <vavra@pelhrimovske-noviny.example>
Sent: Friday, December 9, 2022 3:12 PM
To: Marie Kolínová <kolinova@pelhrimovske-noviny.example>
Subject: XML registrace

Pelhřimovské noviny s.r.o. – IČO 32779836 – DS whyeufx
ostrý: 198.51.100.11, 198.51.100.12
test: 198.51.100.19
Petr Vávra, technik, 565 322 817, vavra@pelhrimovske-noviny.example
""",
        "labels": L(
            FEED,
            "Pelhřimovské noviny s.r.o.",
            "32779836",
            "whyeufx",
            ["198.51.100.11", "198.51.100.12"],
            ["198.51.100.19"],
            "Petr Vávra",
            "vavra@pelhrimovske-noviny.example",
            "+420565322817",
        ),
    },
    {
        "id": "h079-forward-attached-eml",
        "style": W,
        "description": "internal mail forwarded as an attached .eml; the cover note adds nothing",
        "from": "Sekretariát <sekretariat@trebicsky-denik.example>",
        "subject": "Fw: podklady pro ČSÚ",
        "body": "Dobrý den,\nv příloze přeposílám podklady k žádosti o vyhrazené připojení.\nSekretariát Třebíčský deník\n",
        "attachments": [("eml", "podklady.eml", _INNER_FORWARD)],
        "labels": L(
            FEED,
            "Třebíčský deník s.r.o.",
            "08971650",
            None,
            ["192.0.2.231", "192.0.2.232"],
            ["192.0.2.239"],
            "Ladislav Kříž",
            "kriz@it.trebicsky-denik.example",
            "+420568840117",
        ),
    },
    {
        "id": "h080-forward-with-correction-above",
        "style": W,
        "description": "forward where the forwarder overrides the test address given in the forwarded text",
        "from": "Ing. Otto Bílek <bilek@domazlicky-denik.example>",
        "subject": "Fwd: Žádost o připojení",
        "body": """Dobrý den,
přeposílám žádost kolegyně; testovací adresu prosím berte 203.0.113.29,
ne tu uvedenou níže. Ostatní platí.
Otto Bílek, IT

-------- Přeposlaná zpráva --------
Předmět: Žádost o připojení
Datum: Mon, 12 Dec 2022 09:03:11 +0100
Od: Věra Zelenková <zelenkova@domazlicky-denik.example>

Domažlický deník, s.r.o., IČO 00014541
Produkce: 203.0.113.21
Test: 203.0.113.28
Kontakt: Věra Zelenková, 379 722 441, zelenkova@domazlicky-denik.example
""",
        "labels": L(
            FEED,
            "Domažlický deník, s.r.o.",
            "00014541",
            None,
            ["203.0.113.21"],
            ["203.0.113.29"],
            "Věra Zelenková",
            "zelenkova@domazlicky-denik.example",
            "+420379722441",
        ),
    },
]
