"""Sixth-round held-out cases n029–n042: data-box messages, forms and tables inside threads,
roles by order, look-alikes, Slovak, English and Czech without diacritics (issue 18).

Written by hand from the text, labelled by tests/corpus/LABELS.md; never tuned against."""

from __future__ import annotations

from typing import Any

from tests.corpus.sixth_n_common import (
    BOTH,
    FEED,
    OFFICE_SIG,
    REC,
    L,
    Style,
    ico,
    quote,
)

ICO_PRIBRAM = ico("2630144")
ICO_HRADEC = ico("4537082")
ICO_JIHLAVA = ico("0290461")
ICO_RADIO_Z = ico("2699418")
ICO_DATA_LAB = ico("0870235")
ICO_MOST = ico("2581073")
ICO_SVITAVY = ico("0027704")
ICO_NOVINY = ico("4531917")
ICO_CTV = ico("2717263")

N029: dict[str, Any] = {
    "id": "n029-databox-annotation-only",
    "description": "data message whose whole request is the annotation; the organisation is "
    "the envelope's sender, no IČO given",
    "style": Style.DATABOX,
    "subject": "Zadost o pristup k XML vysledkum voleb: ostra IP 203.0.113.90, "
    "test 203.0.113.91, kontakt Jana Bila 605 211 778 bila@pribramskenoviny.example",
    "databox": {
        "box": "p2nd8vc",
        "sender": "Příbramské noviny s.r.o.",
        "address": "Pražská 18, 261 01 Příbram",
    },
    "attachments": [
        ("txt", "pruvodni.txt", "Dobry den, udaje k zadosti jsou v poznamce zpravy. Jana Bila\n")
    ],
    "labels": L(
        FEED,
        "Příbramské noviny s.r.o.",
        None,
        "p2nd8vc",
        ["203.0.113.90"],
        ["203.0.113.91"],
        "Jana Bila",
        "bila@pribramskenoviny.example",
        "+420605211778",
    ),
}

N030: dict[str, Any] = {
    "id": "n030-form-filled-in-reply",
    "description": "the applicant fills in the office's plain-text form in a reply: feed "
    "ticked, filming unticked; the office's own data are in the quoted part",
    "style": Style.FORM,
    "from": "Vít Hájek <hajek@hradeckyden.example>",
    "subject": "Re: Formulář žádosti – volby 2022",
    "body": f"""Dobrý den, vyplněno níže.

ŽADATEL: HRADECKÝ DEN s.r.o.
IČO: {ICO_HRADEC}
POŽADUJI:
  [X] přístup k XML výsledkům
  [ ] povolení k natáčení
IP ADRESY – OSTRÝ PROVOZ: 198.51.100.150, 198.51.100.151
IP ADRESY – TEST: 198.51.100.152
KONTAKTNÍ OSOBA: Vít Hájek
TELEFON: +420 773 104 625
E-MAIL: hajek@hradeckyden.example

Vít Hájek

> Dobrý den, posíláme formulář. Vyplňte jej prosím a pošlete zpět.
>
> ŽADATEL:
> IČO:
> POŽADUJI:
>   [ ] přístup k XML výsledkům
>   [ ] povolení k natáčení
> IP ADRESY – OSTRÝ PROVOZ:
> IP ADRESY – TEST:
> KONTAKTNÍ OSOBA:
> TELEFON:
> E-MAIL:
>
{quote(OFFICE_SIG)}
""",
    "labels": L(
        FEED,
        "HRADECKÝ DEN s.r.o.",
        ICO_HRADEC,
        None,
        ["198.51.100.150", "198.51.100.151"],
        ["198.51.100.152"],
        "Vít Hájek",
        "hajek@hradeckyden.example",
        "+420773104625",
    ),
}

N031: dict[str, Any] = {
    "id": "n031-two-line-over-forward",
    "description": "a two-line cover note over a forwarded mail from the publisher's "
    "director that holds all the data",
    "style": Style.TWO_LINE,
    "from": "Ilona Marková <markova@jihlavskelisty.example>",
    "subject": "Fwd: žádost XML",
    "body": f"""Posílám za pana ředitele, prosím o vyřízení.
I. Marková

---------- Přeposlaná zpráva ----------
Od: Mgr. Karel Šebek <sebek@jihlavskelisty.example>
Komu: Ilona Marková

Ilono, pošli prosím na ČSÚ:
Jihlavské listy, spol. s r.o., IČO {ICO_JIHLAVA}, žádáme o XML výsledky voleb.
Ostré IP 192.0.2.10 a 192.0.2.11, testovací 192.0.2.12.
Kontaktní osobou budu já, 567 303 118.
Šebek
""",
    "labels": L(
        FEED,
        "Jihlavské listy, spol. s r.o.",
        ICO_JIHLAVA,
        None,
        ["192.0.2.10", "192.0.2.11"],
        ["192.0.2.12"],
        "Karel Šebek",
        "sebek@jihlavskelisty.example",
        "+420567303118",
    ),
}

N032: dict[str, Any] = {
    "id": "n032-chatty-thread-several-voices",
    "description": "long chatty internal thread sent on to the office; the last word fixes "
    "the contact and moves one address from test to production",
    "style": Style.CHATTY,
    "from": "Dominik Vávra <vavra@radio-z.example>",
    "cc": "Petra Horká <horka@radio-z.example>",
    "subject": "Re: Re: Re: volby - co pošleme statistikům",
    "body": f"""Dobrý den,

posílám naši interní diskusi, ať nemusím nic přepisovat. Platí poslední
stav, tj. podle Petry: ostré 192.0.2.170 a 192.0.2.171, testovací
192.0.2.172. Kontakt Petra Horká, 739 400 615. Žadatel Rádio Z, s.r.o.,
IČO {ICO_RADIO_Z}.

Dominik Vávra, ředitel

On 20/09/2022 16:02, Petra Horká wrote:
> Domčo, .171 bude taky ostrá, nový stroj, na test nám stačí .172.
> Kontakt klidně dej na mě, jsem v noci ve službě.
>
> On 20/09/2022 15:40, Dominik Vávra wrote:
>> Tak jak to máme? Já bych dal ostrou .170 a testy .171 a .172, kontakt já.
>>
>> On 20/09/2022 11:15, Petra Horká wrote:
>>> Ahoj, na volby máme k dispozici 192.0.2.170, .171 a .172. Uvidíme, co
>>> z toho půjde do ostrého provozu. Kafe v kuchyňce došlo, mimochodem.
""",
    "labels": L(
        FEED,
        "Rádio Z, s.r.o.",
        ICO_RADIO_Z,
        None,
        ["192.0.2.170", "192.0.2.171"],
        ["192.0.2.172"],
        "Petra Horká",
        "horka@radio-z.example",
        "+420739400615",
    ),
}

N033: dict[str, Any] = {
    "id": "n033-html-table-in-forward",
    "description": "Gmail forward of a colleague's HTML mail whose table gives the role in a "
    "row header spanning two addresses",
    "style": Style.HTML_TABLE,
    "from": "Lucie Pavlíková <lucie.pavlikova@datalab-zurnal.example>",
    "subject": "Fwd: Adresy pro přístup k výsledkům",
    "body": f"""Dobrý den,
přeposílám údaje od kolegy. Žadatel: DataLab žurnál, o.p.s., IČO {ICO_DATA_LAB}.
Kontakt: Lucie Pavlíková, +420 720 118 905.

---------- Forwarded message ---------
Od: Ondřej Liška
Předmět: Adresy pro přístup k výsledkům

ostrý provoz  203.0.113.40
              203.0.113.41
test          203.0.113.42
""",
    "html": f"""<div dir="ltr">Dobrý den,<div>přeposílám údaje od kolegy. Žadatel: DataLab žurnál,
o.p.s., IČO {ICO_DATA_LAB}.</div><div>Kontakt: Lucie Pavlíková, +420 720 118 905.</div><br>
<div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>
Od: <strong>Ondřej Liška</strong><br>Předmět: Adresy pro přístup k výsledkům<br></div><br>
<table border="1" cellpadding="4">
<tr><th rowspan="2">ostrý provoz</th><td>203.0.113.40</td></tr>
<tr><td>203.0.113.41</td></tr>
<tr><th>test</th><td>203.0.113.42</td></tr>
</table></div></div>""",
    "labels": L(
        FEED,
        "DataLab žurnál, o.p.s.",
        ICO_DATA_LAB,
        None,
        ["203.0.113.40", "203.0.113.41"],
        ["203.0.113.42"],
        "Lucie Pavlíková",
        "lucie.pavlikova@datalab-zurnal.example",
        "+420720118905",
    ),
}

N034: dict[str, Any] = {
    "id": "n034-databox-pdf-refers-to-earlier-letter",
    "description": "data message with a PDF letter that refers to an earlier application and "
    "repeats its addresses, replacing the test one; the office's data in the address block",
    "style": Style.DATABOX,
    "subject": "Doplnění a oprava žádosti o přístup k výsledkům voleb",
    "databox": {
        "box": "m8vy3qa",
        "sender": "MOSTECKÝ KURÝR a.s.",
        "address": "Radniční 1, 434 01 Most",
        "ref": "MK/114/2022",
    },
    "attachments": [
        (
            "pdf",
            "oprava-zadosti.pdf",
            [
                "Adresát: Český statistický úřad, IČO 00025593, datová schránka 2gfaasy",
                "Odesílatel: MOSTECKÝ KURÝR a.s., IČO " + ICO_MOST,
                "Věc: oprava naší žádosti ze dne 8. 9. 2022",
                "V žádosti ze dne 8. 9. 2022 jsme uvedli testovací adresu 198.51.100.240, "
                "kterou již nepoužíváme. Úplný a platný seznam adres je tento:",
                {
                    "rows": [
                        ["Provoz", "IP adresa"],
                        ["ostrý", "198.51.100.230"],
                        ["ostrý", "198.51.100.231"],
                        ["testovací", "198.51.100.241"],
                    ],
                    "widths": [120, 160],
                },
                "Kontaktní osoba: Roman Tůma, IT, tuma@mosteckykuryr.example, 476 707 215",
            ],
        )
    ],
    "labels": L(
        FEED,
        "MOSTECKÝ KURÝR a.s.",
        ICO_MOST,
        "m8vy3qa",
        ["198.51.100.230", "198.51.100.231"],
        ["198.51.100.241"],
        "Roman Tůma",
        "tuma@mosteckykuryr.example",
        "+420476707215",
    ),
}

N035: dict[str, Any] = {
    "id": "n035-roles-respectively-in-reply",
    "description": "reply to the office: production and test addresses given in one sentence "
    "with 'resp.'; the office's quoted signature carries its identifiers",
    "style": Style.ROLE_ORDER,
    "from": "Stanislav Dušek <dusek@svitavskynovinky.example>",
    "subject": "Re: Dotaz k žádosti – Svitavské novinky",
    "body": f"""Dobrý den,

omlouvám se za nejasnost. Ostrá, resp. testovací adresa je 192.0.2.90,
resp. 192.0.2.91. Víc adres nemáme. Žadatelem je Město Svitavy (IČO
{ICO_SVITAVY}), které novinky vydává.

Stanislav Dušek, redaktor, 461 550 238

> Dobrý den, z Vaší žádosti nepoznáme, která adresa je ostrá a která
> testovací. Upřesněte to prosím.
{quote(OFFICE_SIG)}
""",
    "labels": L(
        FEED,
        "Město Svitavy",
        ICO_SVITAVY,
        None,
        ["192.0.2.90"],
        ["192.0.2.91"],
        "Stanislav Dušek",
        "dusek@svitavskynovinky.example",
        "+420461550238",
    ),
}

N036: dict[str, Any] = {
    "id": "n036-lookalikes-in-tech-reply",
    "description": "technician's reply full of version numbers, a date and an OID next to the "
    "real addresses; one old address explicitly dropped",
    "style": Style.LOOKALIKES,
    "from": "Jiří Bláha <blaha@novinyvychod.example>",
    "subject": "Re: technické údaje k přístupu",
    "body": f"""Dobrý den,

k Vašim dotazům: stahovat bude skript na serveru s nginx 1.22.1 a
Pythonem 3.10.6 (OpenSSL 3.0.2), certifikát máme s politikou 1.3.6.1.4.1.311.
Výsledky chceme tahat od 23.09.2022.

Ostrý provoz: 198.18.12.4 a 198.18.12.5
Testování: 198.18.13.4
Adresu 198.18.12.3 z loňska už neuvádějte, ten stroj neexistuje.

Žadatel: NOVINY VÝCHOD s.r.o., IČO {ICO_NOVINY}
Jiří Bláha, správce systémů, tel. 491 613 702

> Dobrý den, upřesněte prosím adresy pro ostrý a testovací provoz.
{quote(OFFICE_SIG)}
""",
    "labels": L(
        FEED,
        "NOVINY VÝCHOD s.r.o.",
        ICO_NOVINY,
        None,
        ["198.18.12.4", "198.18.12.5"],
        ["198.18.13.4"],
        "Jiří Bláha",
        "blaha@novinyvychod.example",
        "+420491613702",
    ),
}

N037: dict[str, Any] = {
    "id": "n037-english-filming-not-needed",
    "description": "English forward between a Berlin desk and its Prague producer; the feed is "
    "wanted, filming explicitly not",
    "style": Style.ENGLISH,
    "from": "Jana Lindner <j.lindner@spreekurier.example>",
    "subject": "Fwd: results feed for Czech elections",
    "body": """Good afternoon,

I am forwarding our desk's request. Spreekurier Medien GmbH (Berlin)
would like access to the XML results feed. We do not need permission
to film - no crew will be in Prague this time.

Live addresses: 2001:db8:5b::1, 2001:db8:5b::2
Test: none

I am the contact person: Jana Lindner, +49 30 901820 44.

Jana Lindner, producer

-------- Forwarded Message --------
From: Desk Berlin <desk@spreekurier.example>
Subject: results feed for Czech elections

Jana, can you request the Czech feed again? IPv6 only this year.
""",
    "labels": L(
        FEED,
        "Spreekurier Medien GmbH",
        None,
        None,
        ["2001:db8:5b::1", "2001:db8:5b::2"],
        [],
        "Jana Lindner",
        "j.lindner@spreekurier.example",
        "+493090182044",
    ),
}

N038: dict[str, Any] = {
    "id": "n038-no-diacritics-both-in-forward",
    "description": "Czech without diacritics, forwarded from the regional TV's manager: feed "
    "and filming both wanted; a CIDR /31 for production",
    "style": Style.FORWARD_OWN,
    "cte": "7bit",
    "charset": "us-ascii",
    "from": "Filip Stary <stary@ctv-region.example>",
    "subject": "Fw: zadost CTV - XML a nataceni",
    "body": f"""Dobry den,
posilam zadost naseho jednatele, kontakt pro oboji jsem ja (Filip Stary,
mobil 728 305 117).
F. Stary

-----Puvodni zprava-----
Od: Ing. Milan Koubek
Predmet: zadost CTV - XML a nataceni

Filipe, posli to prosim na statistiky:
CTV REGION s.r.o., ICO {ICO_CTV}, zada
 - o pristup k XML vysledkum, ostre IP 203.0.113.32/31, testovaci 203.0.113.34
 - o povoleni natacet ve scitacim stredisku Pardubice v sobotu odpoledne.
Koubek
""",
    "labels": L(
        BOTH,
        "CTV REGION s.r.o.",
        ICO_CTV,
        None,
        ["203.0.113.32", "203.0.113.33"],
        ["203.0.113.34"],
        "Filip Stary",
        "stary@ctv-region.example",
        "+420728305117",
    ),
}

N039: dict[str, Any] = {
    "id": "n039-iso-8859-2-test-address-corrected",
    "description": "ISO-8859-2 reply correcting only the test address of the quoted original "
    "(a digit typo), which the officer confirmed",
    "style": Style.CORRECTION,
    "charset": "iso-8859-2",
    "from": "Renata Holá <hola@karlovarsky-expres.example>",
    "subject": "Re: Potvrzení přijetí žádosti",
    "body": """Dobrý den,

v potvrzení vidím testovací adresu 192.0.2.193, to je můj překlep,
správně je 192.0.2.139. Ostré adresy jsou v pořádku.

Renata Holá
Karlovarský expres, z. s.
tel. 353 228 604

> Dobrý den, potvrzujeme přijetí žádosti, evidenční číslo 2022/0402.
> Povolíme: ostrý provoz 192.0.2.130, 192.0.2.131; test 192.0.2.193.
> Český statistický úřad, media-volby@czso.cz
""",
    "labels": L(
        FEED,
        "Karlovarský expres, z. s.",
        None,
        None,
        ["192.0.2.130", "192.0.2.131"],
        ["192.0.2.139"],
        "Renata Holá",
        "hola@karlovarsky-expres.example",
        "+420353228604",
    ),
}

N040: dict[str, Any] = {
    "id": "n040-outlook-quotes-press-release",
    "description": "Outlook windows-1250 reply to the office's press release (its phone, IČO "
    "and data box quoted); the applicant's data only in the new text",
    "style": Style.OUTLOOK,
    "charset": "windows-1250",
    "headers": [("X-Mailer", "Microsoft Outlook 15.0")],
    "from": "Tereza Malinová <malinova@zpravy-olomouc.example>",
    "subject": "RE: Tisková zpráva – přístup médií k výsledkům voleb",
    "body": """Dobrý den,

reagujeme na Vaši tiskovou zprávu. Olomoucké zprávy, z. s. žádají
o přístup k výsledkům: produkční 198.51.100.201, 198.51.100.202 a
198.51.100.203, testovací 198.51.100.209.
Kontakt Tereza Malinová, mobil +420 606 338 172.

S pozdravem
Tereza Malinová

From: Český statistický úřad <media-volby@czso.cz>
Sent: Tuesday, August 30, 2022 9:00 AM
Subject: Tisková zpráva – přístup médií k výsledkům voleb

Český statistický úřad (IČO 00025593) umožní médiím stahovat průběžné
výsledky voleb ve formátu XML. Žádosti posílejte do 16. září e-mailem
nebo do datové schránky 2gfaasy. Dotazy: +420 274 052 733.
""",
    "labels": L(
        FEED,
        "Olomoucké zprávy, z. s.",
        None,
        None,
        ["198.51.100.201", "198.51.100.202", "198.51.100.203"],
        ["198.51.100.209"],
        "Tereza Malinová",
        "malinova@zpravy-olomouc.example",
        "+420606338172",
    ),
}

N041: dict[str, Any] = {
    "id": "n041-slovak-photographer-filming",
    "description": "Slovak freelance photographer replying with the date and place the office "
    "asked for; filming only, no company",
    "style": Style.SLOVAK,
    "from": "Matúš Greguš <matus.gregus@fotomail.example>",
    "subject": "Re: Povolenie na fotografovanie a natáčanie",
    "body": f"""Dobrý deň,

ďakujem za odpoveď. Natáčať a fotografovať by som chcel v sobotu večer
v sčítacom stredisku v Brne, sám, bez štábu. Som nezávislý fotograf,
žiadnu firmu nemám. XML dáta nepotrebujem.

Matúš Greguš
+421 915 602 339

> Dobrý deň, uveďte prosím, kde a kedy chcete natáčať.
{quote(OFFICE_SIG)}
>
>> Dobrý deň, chcel by som požiadať o povolenie natáčať počas volieb
>> na pracovisku ČSÚ. Matúš Greguš
""",
    "labels": L(
        REC,
        "Matúš Greguš",
        None,
        None,
        [],
        [],
        "Matúš Greguš",
        "matus.gregus@fotomail.example",
        "+421915602339",
    ),
}

N042: dict[str, Any] = {
    "id": "n042-plain-part-cut-before-contact",
    "description": "mail whose plain part stops after the addresses; the HTML part the "
    "officer reads goes on with the contact and the phone",
    "style": Style.GMAIL,
    "from": "Aneta Sýkorová <sykorova@teplickytyden.example>",
    "subject": "Žádost o XML výsledky – Teplický týden",
    "body": """Dobrý den,
Teplický týden, s.r.o. žádá o přístup k XML výsledkům voleb.
Ostrá IP: 203.0.113.150
Testovací IP: 203.0.113.151
""",
    "html": """<div dir="ltr">
<p>Dobrý den,<br>Teplický týden, s.r.o. žádá o přístup k XML výsledkům voleb.</p>
<p>Ostrá IP: 203.0.113.150<br>Testovací IP: 203.0.113.151</p>
<p>Kontaktní osoba: Aneta Sýkorová, tel. 604 552 871</p>
<p>S pozdravem<br>Aneta Sýkorová<br>produkční</p>
</div>""",
    "labels": L(
        FEED,
        "Teplický týden, s.r.o.",
        None,
        None,
        ["203.0.113.150"],
        ["203.0.113.151"],
        "Aneta Sýkorová",
        "sykorova@teplickytyden.example",
        "+420604552871",
    ),
}

CASES = [N029, N030, N031, N032, N033, N034, N035, N036, N037, N038, N039, N040, N041, N042]
