"""Sixth-round held-out cases n015–n028: replies and forwards with attachments, data-box
messages, Slovak and English threads (issue 18).

Written by hand from the text, labelled by tests/corpus/LABELS.md; never tuned against."""

from __future__ import annotations

from typing import Any

from tests.corpus.sixth_n_common import (
    FEED,
    OFFICE_SIG,
    REC,
    L,
    Style,
    ico,
    quote,
)

ICO_DENIK_VYSOCINA = ico("2914857")
ICO_BROD_RADIO = ico("2447306")
ICO_ZLIN_TV = ico("6072511")
ICO_KOLIN = ico("0023551")
ICO_OSTRAVA_UNI = ico("6198783")
ICO_INFOSERVIS = ico("0481119")
ICO_PLZEN = ico("2720039")
ICO_EKONOM = ico("4900862")
ICO_LIBEREC = ico("0526217")

N015: dict[str, Any] = {
    "id": "n015-gmail-answers-missing-contact",
    "description": "Gmail reply: the office asked who the contact is; the answer names a "
    "colleague; the addresses are in the applicant's own quoted first mail",
    "style": Style.GMAIL,
    "from": "Redakce Vysočina Dnes <redakce@vysocinadnes.example>",
    "subject": "Re: žádost o přístup k výsledkům",
    "body": f"""Dobrý den,
kontaktní osobou bude náš správce sítě Radim Kopecký, radim.kopecky@vysocinadnes.example,
tel. 776 014 392.
Redakce

út 13. 9. 2022 v 11:20 odesílatel <media-volby@czso.cz> napsal:
{
        quote(f'''Dobrý den, v žádosti chybí kontaktní osoba. Prosíme o doplnění.

{OFFICE_SIG}

po 12. 9. 2022 v 8:03 odesílatel Redakce Vysočina Dnes napsal:
> Dobrý den,
> Deník Vysočina Dnes s.r.o., IČO {ICO_DENIK_VYSOCINA}, žádá o přístup k XML výsledkům.
> Ostrý provoz: 203.0.113.101, 203.0.113.102
> Test: 203.0.113.103''')
    }
""",
    "html": f"""<div dir="ltr">Dobrý den,<div>kontaktní osobou bude náš správce sítě Radim
Kopecký, <a href="mailto:radim.kopecky@vysocinadnes.example">radim.kopecky@vysocinadnes.example</a>,
tel. 776 014 392.</div><div>Redakce</div></div><br><div class="gmail_quote"><div dir="ltr"
class="gmail_attr">út 13. 9. 2022 v 11:20 odesílatel &lt;media-volby@czso.cz&gt; napsal:<br></div>
<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid
rgb(204,204,204);padding-left:1ex">Dobrý den, v žádosti chybí kontaktní osoba. Prosíme o
doplnění.<br><br>{OFFICE_SIG.replace(chr(10), "<br>")}<br><br>
<div class="gmail_quote">po 12. 9. 2022 v 8:03 odesílatel Redakce Vysočina Dnes napsal:<br>
<blockquote class="gmail_quote">Dobrý den,<br>Deník Vysočina Dnes s.r.o., IČO
{ICO_DENIK_VYSOCINA}, žádá o přístup k XML výsledkům.<br>Ostrý provoz: 203.0.113.101,
203.0.113.102<br>Test: 203.0.113.103</blockquote></div></blockquote></div>""",
    "labels": L(
        FEED,
        "Deník Vysočina Dnes s.r.o.",
        ICO_DENIK_VYSOCINA,
        None,
        ["203.0.113.101", "203.0.113.102"],
        ["203.0.113.103"],
        "Radim Kopecký",
        "radim.kopecky@vysocinadnes.example",
        "+420776014392",
    ),
}

N016: dict[str, Any] = {
    "id": "n016-databox-letter-answers-office-letter",
    "description": "data message with a DOCX letter answering the office's letter; the "
    "office's IČO and data box are printed in the reference line; the addresses are new",
    "style": Style.DATABOX,
    "subject": "Odpověď na výzvu k doplnění žádosti – Rádio Brod",
    "databox": {
        "box": "r7kq2mx",
        "sender": "RÁDIO BROD s.r.o.",
        "address": "Husova 210, 580 01 Havlíčkův Brod",
        "ref": "RB-2022/77",
    },
    "attachments": [
        (
            "docx",
            "doplneni-zadosti.docx",
            {
                "header": f"RÁDIO BROD s.r.o. | IČO {ICO_BROD_RADIO} | ID DS r7kq2mx",
                "blocks": [
                    "Český statistický úřad, Na padesátém 81, 100 82 Praha 10",
                    "IČO 00025593, ID datové schránky 2gfaasy",
                    "Váš dopis č. j. ČSÚ-6120/2022 ze dne 14. 9. 2022 – výzva k doplnění",
                    "Vážení,",
                    "v návaznosti na Vaši výzvu doplňujeme naši žádost o přístup k XML "
                    "výsledkům voleb o IP adresy. Jiné údaje se nemění.",
                    {
                        "rows": [
                            ["Provoz", "IP adresa"],
                            ["ostrý", "198.51.100.170"],
                            ["ostrý (záložní linka)", "198.51.100.171"],
                            ["testovací", "198.51.100.172"],
                        ]
                    },
                    "Kontaktní osoba: Ing. Věra Pokorná, pokorna@radiobrod.example, "
                    "tel. +420 569 430 118",
                    "Jan Pokorný, jednatel",
                ],
            },
        )
    ],
    "labels": L(
        FEED,
        "RÁDIO BROD s.r.o.",
        ICO_BROD_RADIO,
        "r7kq2mx",
        ["198.51.100.170", "198.51.100.171"],
        ["198.51.100.172"],
        "Věra Pokorná",
        "pokorna@radiobrod.example",
        "+420569430118",
    ),
}

N017: dict[str, Any] = {
    "id": "n017-databox-pdf-table-filming-and-no-feed",
    "description": "data message from a TV company with a PDF asking only for filming; the "
    "form table says no to the XML feed",
    "style": Style.DATABOX,
    "subject": "Žádost o povolení natáčení – volby 2022",
    "databox": {
        "box": "zt4hw9b",
        "sender": "Zlínská televize, a.s.",
        "address": "tř. Tomáše Bati 1, 760 01 Zlín",
    },
    "attachments": [
        (
            "pdf",
            "zadost-natoceni.pdf",
            [
                "Zlínská televize, a.s., IČO " + ICO_ZLIN_TV,
                "Žádost o povolení natáčení na pracovišti ČSÚ při zpracování výsledků voleb",
                {
                    "rows": [
                        ["Požadavek", "Ano / Ne"],
                        ["Přístup k XML výsledkům (vyhrazený server)", "NE"],
                        ["Natáčení ve sčítacím středisku Zlín", "ANO"],
                    ],
                    "widths": [260, 80],
                },
                "Termín: sobota 24. 9. 2022 od 14:00, štáb 2 osoby.",
                "Kontakt: Michaela Vaculíková, dramaturgyně, vaculikova@zlintv.example, "
                "mobil 736 118 204",
            ],
        )
    ],
    "labels": L(
        REC,
        "Zlínská televize, a.s.",
        ICO_ZLIN_TV,
        "zt4hw9b",
        [],
        [],
        "Michaela Vaculíková",
        "vaculikova@zlintv.example",
        "+420736118204",
    ),
}

N018: dict[str, Any] = {
    "id": "n018-webmail-html-forward-windows-1250",
    "description": "HTML-only webmail in windows-1250: the town's spokesman forwards the "
    "newsroom editor's request and adds the town's IČO; the editor is the contact",
    "style": Style.WEBMAIL_HTML,
    "charset": "windows-1250",
    "cte": "base64",
    "from": "Tiskový mluvčí <mluvci@mesto-kolin.example>",
    "subject": "Fwd: Kolínský zpravodaj - výsledky voleb XML",
    "html": f"""<html><body><div>Dobrý den,</div>
<div>přeposílám žádost naší redakce. Žadatelem je Město Kolín, IČO {ICO_KOLIN}
(zpravodaj vydáváme sami, nemá vlastní IČO).</div>
<div>Leoš Bednář, tiskový mluvčí</div>
<br><div>---------- Původní zpráva ----------<br>
Od: Šárka Jelínková &lt;jelinkova@mesto-kolin.example&gt;<br>
Komu: mluvci@mesto-kolin.example<br>
Předmět: Kolínský zpravodaj - výsledky voleb XML</div>
<blockquote><p>Leoši, prosím pošli to na statistiky. Chceme XML výsledky na web
zpravodaje.<br>Ostrá adresa: 192.0.2.120<br>Testovací: 192.0.2.121<br>
Kontakt jsem já, mobil 602 447 981 (na pevnou linku redakce 321 748 215<br>
ve volební noci nikdo nebude).<br>Šárka Jelínková, šéfredaktorka</p>
</blockquote></body></html>""",
    "labels": L(
        FEED,
        "Město Kolín",
        ICO_KOLIN,
        None,
        ["192.0.2.120"],
        ["192.0.2.121"],
        "Šárka Jelínková",
        "jelinkova@mesto-kolin.example",
        "+420602447981",
    ),
}

N019: dict[str, Any] = {
    "id": "n019-slovak-forward-netmask",
    "description": "Slovak: the head of news forwards the technician's mail; the production "
    "block is written as an address with a netmask",
    "style": Style.SLOVAK,
    "from": "Rastislav Hudec <hudec@tvdunaj.example>",
    "subject": "Fw: IP adresy pre ČSÚ",
    "body": """Dobrý deň,

posielam technické údaje od nášho kolegu. Televízia DUNAJ, a.s. žiada
o prístup k XML výsledkom volieb. Kontaktná osoba som ja, mobil 0903 441 276.

S pozdravom
Rastislav Hudec, vedúci spravodajstva

-------- Pôvodná správa --------
Od: Marek Čief <cief@tvdunaj.example>
Komu: Rastislav Hudec

Ahoj Rasťo,
produkcia: 198.51.100.8 maska 255.255.255.252
test: 198.51.100.20
Marek
""",
    "labels": L(
        FEED,
        "Televízia DUNAJ, a.s.",
        None,
        None,
        ["198.51.100.8", "198.51.100.9", "198.51.100.10", "198.51.100.11"],
        ["198.51.100.20"],
        "Rastislav Hudec",
        "hudec@tvdunaj.example",
        "+421903441276",
    ),
}

N020: dict[str, Any] = {
    "id": "n020-reply-with-corrected-xlsx",
    "description": "reply sending a corrected XLSX: the quoted first mail gave swapped "
    "addresses; only the new sheet counts",
    "style": Style.ATTACHMENT,
    "from": "Ing. Pavel Soukup <soukup@infoservis.example>",
    "subject": "RE: Žádost INFOSERVIS – opravená tabulka",
    "body": f"""Dobrý den,

v původní zprávě jsem omylem prohodil ostré a testovací adresy. V příloze
posílám opravenou tabulku, platí prosím ona.

Pavel Soukup
INFOSERVIS, v.o.s., IČO {ICO_INFOSERVIS}
+420 603 218 744

> Dobrý den, žádáme o přístup k výsledkům. Ostré: 203.0.113.71, 203.0.113.72,
> testovací: 203.0.113.11. Pavel Soukup, INFOSERVIS, v.o.s.
""",
    "attachments": [
        (
            "xlsx",
            "adresy-oprava.xlsx",
            [
                {
                    "title": "IP adresy",
                    "rows": [
                        ["Druh provozu", "IP adresa", "Poznámka"],
                        ["ostrý", "203.0.113.11", "hlavní server"],
                        ["testovací", "203.0.113.71", ""],
                        ["testovací", "203.0.113.72", ""],
                    ],
                }
            ],
        )
    ],
    "labels": L(
        FEED,
        "INFOSERVIS, v.o.s.",
        ICO_INFOSERVIS,
        None,
        ["203.0.113.11"],
        ["203.0.113.71", "203.0.113.72"],
        "Pavel Soukup",
        "soukup@infoservis.example",
        "+420603218744",
    ),
}

N021: dict[str, Any] = {
    "id": "n021-university-odt-forwarded-twice",
    "description": "a university's press office forwards the student TV's ODT request, passed "
    "on from the faculty; the ODT names the student editor as the contact",
    "style": Style.FORWARD_OWN,
    "from": "Tiskové oddělení <press@osu-univ.example>",
    "subject": "Fwd: Fwd: Žádost studentské televize o data z voleb",
    "body": """Dobrý den,

na žádost Filozofické fakulty přeposíláme žádost naší studentské televize.
Formálně žádá univerzita, podrobnosti jsou v příloze.

Tiskové oddělení

---------- Forwarded message ---------
From: Proděkanát FF <prodekan.ff@osu-univ.example>
Subject: Fwd: Žádost studentské televize o data z voleb

Prosíme o předání na ČSÚ. Děkujeme.

---------- Forwarded message ---------
From: Klára Vojtíšková <klara.vojtiskova@osu-univ.example>
Subject: Žádost studentské televize o data z voleb

Dobrý den, posílám žádost v příloze. Klára
""",
    "attachments": [
        (
            "odt",
            "zadost-stv.odt",
            [
                "Ostravská univerzita, IČO " + ICO_OSTRAVA_UNI,
                "Studentská televize OU – žádost o přístup k XML výsledkům voleb",
                [
                    ["Účel", "Adresa"],
                    ["produkce", "192.0.2.80"],
                    ["produkce", "192.0.2.81"],
                    ["test", "192.0.2.88"],
                ],
                "Kontaktní osoba: Klára Vojtíšková, šéfredaktorka STV OU, tel. 597 092 310",
            ],
        )
    ],
    "labels": L(
        FEED,
        "Ostravská univerzita",
        ICO_OSTRAVA_UNI,
        None,
        ["192.0.2.80", "192.0.2.81"],
        ["192.0.2.88"],
        "Klára Vojtíšková",
        "klara.vojtiskova@osu-univ.example",
        "+420597092310",
    ),
}

N022: dict[str, Any] = {
    "id": "n022-rtf-letter-reply-adds-ico",
    "description": "reply with an RTF letter; the mail text adds the IČO the office asked for "
    "and notes that one test address from the letter is no longer used",
    "style": Style.REPLY_OFFICE,
    "from": "Blanka Tichá <ticha@plzenskylist.example>",
    "subject": "Re: Doplnění IČO",
    "body": f"""Dobrý den,

naše IČO je {ICO_PLZEN}. Zároveň upozorňuji, že testovací adresa
198.18.7.31 z přiloženého dopisu se už nepoužívá, zůstává jen 198.18.7.30.
Dopis přikládám znovu.

Blanka Tichá
Plzeňský list, s.r.o.

> Dobrý den, v žádosti chybí IČO žadatele. Prosíme o doplnění.
{quote(OFFICE_SIG)}
""",
    "attachments": [
        (
            "rtf",
            "zadost-plzensky-list.rtf",
            [
                "Plzeňský list, s.r.o., Americká 41, Plzeň",
                "Žádost o přístup k XML výsledkům voleb",
                [
                    ["ostrý provoz", "198.18.7.10"],
                    ["ostrý provoz", "198.18.7.11"],
                    ["testovací provoz", "198.18.7.30"],
                    ["testovací provoz", "198.18.7.31"],
                ],
                "Kontakt: Blanka Tichá, tel. 377 220 915",
            ],
        )
    ],
    "labels": L(
        FEED,
        "Plzeňský list, s.r.o.",
        ICO_PLZEN,
        None,
        ["198.18.7.10", "198.18.7.11"],
        ["198.18.7.30"],
        "Blanka Tichá",
        "ticha@plzenskylist.example",
        "+420377220915",
    ),
}

N023: dict[str, Any] = {
    "id": "n023-three-signatures-html",
    "description": "HTML mail signed by three people (publisher, editor, admin); the text "
    "says the editor is the contact; the admin's phone is not hers",
    "style": Style.SIGNATURE,
    "from": "Ekonomický týdeník <sekretariat@ekotydenik.example>",
    "subject": "Přístup k výsledkům voleb – Ekonomický týdeník",
    "body": f"""Dobrý den,

EKONOM MEDIA a.s., IČO {ICO_EKONOM}, žádá o přístup k serveru s XML výsledky.
Ostré adresy: 203.0.113.180, 203.0.113.181, 203.0.113.182
Testovací adresy: 203.0.113.190

Kontaktní osobou je redaktorka Lenka Šťastná.

Ing. Robert Klíma, vydavatel, klima@ekotydenik.example
Lenka Šťastná, redaktorka, stastna@ekotydenik.example, 734 556 219
Jaroslav Mach, správce, mach@ekotydenik.example, 734 556 200
""",
    "html": f"""<html><body><p>Dobrý den,</p>
<p>EKONOM MEDIA a.s., IČO {ICO_EKONOM}, žádá o přístup k serveru s XML výsledky.</p>
<p><b>Ostré adresy:</b> 203.0.113.180, 203.0.113.181, 203.0.113.182<br>
<b>Testovací adresy:</b> 203.0.113.190</p>
<p>Kontaktní osobou je redaktorka Lenka Šťastná.</p>
<table><tr>
<td>Ing. Robert Klíma<br>vydavatel<br>klima@ekotydenik.example</td>
<td>Lenka Šťastná<br>redaktorka<br>stastna@ekotydenik.example<br>734 556 219</td>
<td>Jaroslav Mach<br>správce<br>mach@ekotydenik.example<br>734 556 200</td>
</tr></table></body></html>""",
    "labels": L(
        FEED,
        "EKONOM MEDIA a.s.",
        ICO_EKONOM,
        None,
        ["203.0.113.180", "203.0.113.181", "203.0.113.182"],
        ["203.0.113.190"],
        "Lenka Šťastná",
        "stastna@ekotydenik.example",
        "+420734556219",
    ),
}

N024: dict[str, Any] = {
    "id": "n024-smime-contact-handover",
    "description": "signed reply: the first message's contact goes on leave and hands over to "
    "a colleague with a new e-mail and phone",
    "style": Style.CORRECTION,
    "smime": True,
    "from": "Jitka Novotná <novotna@liberecky-vecernik.example>",
    "subject": "Re: Žádost o přístup – změna kontaktní osoby",
    "body": f"""Dobrý den,

od 20. 9. budu na dovolené, kontaktní osobou k naší žádosti proto místo
mě bude kolega Michal Beneš, benes@liberecky-vecernik.example,
tel. 605 772 318. Ostatní beze změny.

Jitka Novotná

Dne 15. 9. 2022 v 9:10 Jitka Novotná napsal(a):
> Dobrý den,
> Liberecký večerník, spol. s r.o. (IČO {ICO_LIBEREC}) žádá o přístup k XML výsledkům.
> ostrý provoz 192.0.2.240, 192.0.2.241; test 192.0.2.250
> Kontakt: Jitka Novotná, 482 311 560
""",
    "labels": L(
        FEED,
        "Liberecký večerník, spol. s r.o.",
        ICO_LIBEREC,
        None,
        ["192.0.2.240", "192.0.2.241"],
        ["192.0.2.250"],
        "Michal Beneš",
        "benes@liberecky-vecernik.example",
        "+420605772318",
    ),
}

N025: dict[str, Any] = {
    "id": "n025-no-diacritics-new-email",
    "description": "Czech without diacritics: a freelancer's reply changes the contact e-mail "
    "to a new address; the addresses are in his own quoted mail",
    "style": Style.REPLY_OFFICE,
    "cte": "7bit",
    "charset": "us-ascii",
    "from": "Vojta Kriz <vojta.kriz@freemail.example>",
    "subject": "Re: zadost o pristup",
    "body": """Dobry den,
jen jeste: odpovidejte mi prosim uz na novou adresu kriz@datazurnal.example,
tahle freemailova schranka konci.
V. Kriz

On Fri, 16 Sep 2022 at 10:05, Vojta Kriz <vojta.kriz@freemail.example> wrote:
> Dobry den,
> jsem nezavisly datovy novinar (OSVC, Vojtech Kriz, bez firmy) a chtel bych
> pristup k XML vysledkum. Produkcni IP 198.51.100.58, testovaci zadne.
> Tel 604 223 918
> Vojtech Kriz
""",
    "labels": L(
        FEED,
        "Vojtech Kriz",
        None,
        None,
        ["198.51.100.58"],
        [],
        "Vojtech Kriz",
        "kriz@datazurnal.example",
        "+420604223918",
    ),
}

N026: dict[str, Any] = {
    "id": "n026-forward-filming-only-feed-declined",
    "description": "the producer forwards the reporter's request for filming; the reporter "
    "writes that the feed is not wanted (they take results from an agency)",
    "style": Style.RECORDING,
    "from": "Produkce Regionální zprávy <produkce@regzpravy.example>",
    "subject": "Fwd: natáčení při sčítání hlasů",
    "body": """Dobrý den,

přeposílám žádost naší reportérky. Za společnost Regionální zprávy s.r.o.
prosím o vyřízení, kontaktní osobou je reportérka Eva Šindelářová.

Produkce

-------- Přeposlaná zpráva --------
Od: Eva Šindelářová <sindelarova@regzpravy.example>

Chtěli bychom natočit reportáž o tom, jak se v noci sčítají hlasy, ideálně
na krajském pracovišti v Hradci Králové. XML výstup nepotřebujeme, výsledky
bereme od agentury. Jsem na čísle 725 663 104.
Eva Šindelářová
""",
    "labels": L(
        REC,
        "Regionální zprávy s.r.o.",
        None,
        None,
        [],
        [],
        "Eva Šindelářová",
        "sindelarova@regzpravy.example",
        "+420725663104",
    ),
}

N027: dict[str, Any] = {
    "id": "n027-english-range-one-decommissioned",
    "description": "English reply: the quoted request gave a production range; the reply "
    "drops its last address as decommissioned",
    "style": Style.ENGLISH,
    "from": "Tom Keller <tkeller@eurowire.example>",
    "subject": "Re: Eurowire - access to results feed",
    "body": """Hi,

small update: please leave out 198.51.100.12 from the range below, that box
has been decommissioned. The rest stays as requested.

Tom

On Mon, Sep 19, 2022 at 14:22, Tom Keller wrote:
> Hello,
> Eurowire Ltd (London) requests access to the election results XML feed.
> Production: 198.51.100.10-198.51.100.12
> Test: 2001:db8:e0::5
> Contact: Tom Keller, +44 20 7946 0112, tkeller@eurowire.example
""",
    "labels": L(
        FEED,
        "Eurowire Ltd",
        None,
        None,
        ["198.51.100.10", "198.51.100.11"],
        ["2001:db8:e0::5"],
        "Tom Keller",
        "tkeller@eurowire.example",
        "+442079460112",
    ),
}

N028: dict[str, Any] = {
    "id": "n028-apple-mail-old-server-retired",
    "description": "Apple Mail: a short note and a forwarded older mail to a colleague; "
    "the newer text says which of the forwarded addresses is retired",
    "style": Style.APPLE_MAIL,
    "headers": [("X-Mailer", "Apple Mail (2.3696.120.41)")],
    "from": "Adam Průša <prusa@brnenskytyden.example>",
    "subject": "Fwd: IP pro volby",
    "body": """Dobrý den,

posílám žádost za Brněnský týden, z. ú. Níže je mail od našeho IT,
jen adresa 203.0.113.5 už neplatí (server jsme zrušili), ostatní ano.
Kontakt: já, 731 880 462.

Adam Průša
šéfredaktor

Začátek přeposílané zprávy:

Od: Lubomír Dvořák <it@brnenskytyden.example>
Předmět: IP pro volby

Ostrý: 203.0.113.5, 203.0.113.6, 203.0.113.7
Testovací: 203.0.113.8
L.
""",
    "labels": L(
        FEED,
        "Brněnský týden, z. ú.",
        None,
        None,
        ["203.0.113.6", "203.0.113.7"],
        ["203.0.113.8"],
        "Adam Průša",
        "prusa@brnenskytyden.example",
        "+420731880462",
    ),
}

CASES = [N015, N016, N017, N018, N019, N020, N021, N022, N023, N024, N025, N026, N027, N028]
