"""Tuning cases 106–115: format=flowed soft breaks and hard-wrapped lines, look-alikes of
addresses (version numbers, OIDs, dates, netmasks, gateways, retired addresses), IČO in
several forms (one with a wrong checksum) and data-box IDs in signature blocks."""

from __future__ import annotations

from typing import Any

from tests.corpus.cases_a import FEED, L
from tests.corpus.tuning_common import Style


def _soft(text: str) -> str:
    """A format=flowed body: '~' before a line end marks a soft break (a trailing space);
    '--~' is the signature separator '-- '."""
    return text.replace("~\n", " \n")


CASES: list[dict[str, Any]] = [
    {
        "id": "106-flowed-list-across-soft-breaks",
        "description": "format=flowed: the address list and the contact line run across soft "
        "breaks",
        "style": Style.FLOWED,
        "flowed": True,
        "from": "Radovan Bílek <bilek@prazsky-kuryr.example>",
        "subject": "Žádost o zařazení na seznam povolených adres",
        "body": _soft(
            """Dobrý den,

za redakci Pražský kurýr, a.s. (IČO 50155393) žádám o zařazení našich~
adres do seznamu povolených adres. Pro ostrý provoz používáme 192.0.2.181,~
192.0.2.182 a 192.0.2.183, pro testovací provoz adresu~
192.0.2.189.

Kontaktní osoba: Ing. Radovan Bílek, tel.~
+420 606 313 414, e-mail~
bilek@prazsky-kuryr.example

Děkuji.

--~
Radovan Bílek
Pražský kurýr
"""
        ),
        "labels": L(
            FEED,
            "Pražský kurýr, a.s.",
            "50155393",
            None,
            ["192.0.2.181", "192.0.2.182", "192.0.2.183"],
            ["192.0.2.189"],
            "Radovan Bílek",
            "bilek@prazsky-kuryr.example",
            "+420606313414",
        ),
    },
    {
        "id": "107-flowed-phone-split",
        "description": "format=flowed: the name and the phone number of the contact are "
        "split by soft breaks; IČO grouped 3-2-3",
        "style": Style.FLOWED,
        "flowed": True,
        "from": "Barbora Křížová <krizova@zlinsky-zpravodaj.example>",
        "subject": "Zlínský zpravodaj – vyhrazené připojení",
        "body": _soft(
            """Dobrý den,

Zlínský zpravodaj s.r.o., IČO: 444 58 924, žádá o přístup k serveru s výsledky~
voleb. Ostrý provoz: 2001:db8:2a:10::1, 2001:db8:2a:10::2. Testovací provoz:~
2001:db8:2a:20::1.

Na případné dotazy odpoví kontaktní osoba Barbora~
Křížová, telefon 605 111~
909, krizova@zlinsky-zpravodaj.example.

S pozdravem
B. Křížová
"""
        ),
        "labels": L(
            FEED,
            "Zlínský zpravodaj s.r.o.",
            "44458924",
            None,
            ["2001:db8:2a:10::1", "2001:db8:2a:10::2"],
            ["2001:db8:2a:20::1"],
            "Barbora Křížová",
            "krizova@zlinsky-zpravodaj.example",
            "+420605111909",
        ),
    },
    {
        "id": "108-hard-wrapped-prose",
        "description": "plain text hard-wrapped by the client: role words and addresses fall "
        "on different lines; IČO with a leading zero",
        "style": Style.FLOWED,
        "from": "Tomáš Onderka <onderka@radio-ostravica.example>",
        "subject": "prosba o přístup k XML výsledkům",
        "body": """Dobrý den,

obracím se na Vás jménem společnosti Rádio Ostravica s.r.o., IČO 01117858,
se žádostí o přístup k vyhrazenému serveru. Pro ostrý provoz budeme
používat adresy 203.0.113.221, 203.0.113.222 a 203.0.113.223; pro
testovací provoz adresu 203.0.113.229. Kontaktní osobou je Tomáš
Onderka, tel. 596 110 842, e-mail onderka@radio-ostravica.example.

Děkuji a přeji hezký den
Tomáš Onderka
""",
        "labels": L(
            FEED,
            "Rádio Ostravica s.r.o.",
            "01117858",
            None,
            ["203.0.113.221", "203.0.113.222", "203.0.113.223"],
            ["203.0.113.229"],
            "Tomáš Onderka",
            "onderka@radio-ostravica.example",
            "+420596110842",
        ),
    },
    {
        "id": "109-lookalike-version-oid-date",
        "description": "a four-part version number, a certificate OID and dates that look "
        "like addresses next to the real ones",
        "style": Style.LOOKALIKE,
        "from": "Dušan Kolář <kolar@graf-redakce.example>",
        "subject": "XML feed – Datová redakce Graf",
        "body": """Dobrý den,

Datová redakce Graf s.r.o. (IČO 57502846) žádá o přístup k XML serveru.

Stahovat bude náš importér (verze 10.4.2.1) ze serverů:
ostrý provoz: 192.0.2.191, 192.0.2.192
testovací provoz: 192.0.2.199

Zprávy podepisujeme certifikátem s politikou OID 2.5.29.32; testovat začneme
5.1.2023, ostrý provoz od 13.1.2023.

Kontakt: Dušan Kolář, 775 203 118, kolar@graf-redakce.example
""",
        "labels": L(
            FEED,
            "Datová redakce Graf s.r.o.",
            "57502846",
            None,
            ["192.0.2.191", "192.0.2.192"],
            ["192.0.2.199"],
            "Dušan Kolář",
            "kolar@graf-redakce.example",
            "+420775203118",
        ),
    },
    {
        "id": "110-lookalike-netmask-after-address",
        "description": "an address followed by a netmask meaning a block of four, and a test "
        "host with a /32 netmask",
        "style": Style.LOOKALIKE,
        "from": "NOC Kabel Plus <noc@kabelplus-media.example>",
        "subject": "Kabel Plus Media – povolení adres pro XML",
        "body": """Dobrý den,

Kabel Plus Media a.s., IČO 68103352, žádá o přístup k vyhrazenému serveru.

Ostrý provoz: síť 198.51.100.200 255.255.255.252 (celý blok)
Testovací provoz: 198.51.100.210 255.255.255.255

Kontaktní osoba: Jaroslav Pátek, dohled sítě, +420 553 880 012,
patek@kabelplus-media.example
""",
        "labels": L(
            FEED,
            "Kabel Plus Media a.s.",
            "68103352",
            None,
            ["198.51.100.200", "198.51.100.201", "198.51.100.202", "198.51.100.203"],
            ["198.51.100.210"],
            "Jaroslav Pátek",
            "patek@kabelplus-media.example",
            "+420553880012",
        ),
    },
    {
        "id": "111-lookalike-retired-and-gateway",
        "description": "retired addresses 'no longer used' and a gateway that need not be "
        "allowed, next to the requested ones",
        "style": Style.LOOKALIKE,
        "from": "Gabriela Šustrová <sustrova@hanacke-noviny.example>",
        "subject": "Hanácké noviny – nové adresy pro XML server",
        "body": """Dobrý den,

Hanácké noviny a.s. (IČO 82823359) žádají o přístup k serveru s výsledky.
Adresy 203.0.113.5 a 203.0.113.6, které jsme uváděli v roce 2018, již nepoužíváme.

Nově:
- ostrý provoz 203.0.113.231, 203.0.113.232
- test 203.0.113.239

Pro úplnost: výchozí brána naší sítě je 203.0.113.225, tu povolovat nemusíte.

Gabriela Šustrová, správa IT, 585 770 316, sustrova@hanacke-noviny.example
""",
        "labels": L(
            FEED,
            "Hanácké noviny a.s.",
            "82823359",
            None,
            ["203.0.113.231", "203.0.113.232"],
            ["203.0.113.239"],
            "Gabriela Šustrová",
            "sustrova@hanacke-noviny.example",
            "+420585770316",
        ),
    },
    {
        "id": "112-ico-grouped-with-dic-letterhead",
        "description": "letterhead with 'IČ' grouped 3-2-3, DIČ and the data-box ID; an "
        "extension ('ext.') after the contact's phone",
        "style": Style.SIGNATURE,
        "from": "Nakladatelství Pramen <redakce@pramen-nakladatelstvi.example>",
        "subject": "Žádost o přístup k XML výsledkům",
        "body": """NAKLADATELSTVÍ PRAMEN, s.r.o. | IČ 902 44 192 | DIČ CZ90244192 | DS pr4m3nx

Dobrý den,

žádáme o povolení přístupu k serveru s výsledky volby prezidenta.
IP adresa pro ostrý provoz: 192.0.2.201
IP adresa pro testovací provoz: 192.0.2.209

Vyřizuje: Olga Machalová, tel. 222 716 430 ext. 12, machalova@pramen-nakladatelstvi.example
""",
        "labels": L(
            FEED,
            "NAKLADATELSTVÍ PRAMEN, s.r.o.",
            "90244192",
            "pr4m3nx",
            ["192.0.2.201"],
            ["192.0.2.209"],
            "Olga Machalová",
            "machalova@pramen-nakladatelstvi.example",
            "+420222716430",
        ),
    },
    {
        "id": "113-ico-wrong-checksum",
        "description": "IČO with a typo (checksum fails): an officer records no IČO",
        "style": Style.SIGNATURE,
        "from": "Věra Holubcová <holubcova@benesovsky-hlas.example>",
        "subject": "Benešovský hlas – registrace XML",
        "body": """Dobrý den,

prosíme o přístup k vyhrazenému serveru pro Benešovský hlas, z.s.

Produkční adresy: 198.51.100.231, 198.51.100.232
Testovací adresa: 198.51.100.239

S pozdravem
Věra Holubcová
předsedkyně spolku
Benešovský hlas, z.s. | IČO 58035053
tel. 317 724 519 | holubcova@benesovsky-hlas.example
""",
        "labels": L(
            FEED,
            "Benešovský hlas, z.s.",
            None,
            None,
            ["198.51.100.231", "198.51.100.232"],
            ["198.51.100.239"],
            "Věra Holubcová",
            "holubcova@benesovsky-hlas.example",
            "+420317724519",
        ),
    },
    {
        "id": "114-databox-in-signature-block",
        "description": "IČO, DIČ and data-box ID only in the signature block, separated by "
        "vertical bars",
        "style": Style.SIGNATURE,
        "from": "Filip Svatoš <svatos@radio-rubin.example>",
        "subject": "Přístup na XML server – Rádio Rubín",
        "body": """Dobrý den,

rádi bychom se připojili k serveru s výsledky. Ostré adresy 203.0.113.241
a 203.0.113.242, testovací 203.0.113.249.

Díky,

Filip Svatoš
technický ředitel
Rádio Rubín s.r.o.
Mobil: +420 724 635 190
E-mail: svatos@radio-rubin.example
IČ: 99566494 | DIČ: CZ99566494 | ID DS: rb5k8vt
""",
        "labels": L(
            FEED,
            "Rádio Rubín s.r.o.",
            "99566494",
            "rb5k8vt",
            ["203.0.113.241", "203.0.113.242"],
            ["203.0.113.249"],
            "Filip Svatoš",
            "svatos@radio-rubin.example",
            "+420724635190",
        ),
    },
    {
        "id": "115-english-signature-databox-live-and-test",
        "description": "English: one address for live and test, another live only; company "
        "ID and data box in the signature",
        "style": Style.ENGLISH,
        "from": "Nora Blake <nora.blake@harborline.example>",
        "subject": "Registration - election results XML",
        "body": """Hello,

we would like to register two servers for the results feed:
198.51.100.241 (live and test) and 198.51.100.242 (live only).

Regards,
Nora Blake
Head of Engineering
Harbor Line Media s.r.o. · Company ID 96168251 · Data box ID: h2x9mfe
+420 770 188 204 · nora.blake@harborline.example
""",
        "labels": L(
            FEED,
            "Harbor Line Media s.r.o.",
            "96168251",
            "h2x9mfe",
            ["198.51.100.241", "198.51.100.242"],
            ["198.51.100.241"],
            "Nora Blake",
            "nora.blake@harborline.example",
            "+420770188204",
        ),
    },
]
