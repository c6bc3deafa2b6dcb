"""Organisation name and contact of a sole trader, thirty-fifth round (issue 18), helper
r35-names.

Listed miss: db033 (empty body, a DOCX headed "Barbora Nedomová – Nedoma Foto" / "OSVČ, IČO
…", sent by "Nedoma Foto <foto@…>"): the trade name after the dash carries the person's own
surname and reads like a name itself, so the sole trader's "Full Name – trade name" was cut to
the person; and the e-mail "foto@…" spelled the "surname" Foto of that trade name, which then
displaced the signer as the contact.

Classes fixed:

1. A person's name and a dash before a trade name carrying the person's own surname (its
   first four letters, folded) is the sole trader's business name as written, even where the
   trade name looks like a person's name ("Nedoma Foto", "Kubeš Studio").
2. A name in the text carrying the contact person's own surname is theirs (the trade name,
   a relative's form): never "another person" an e-mail spells.

The drill's messages were labelled by ``tests/corpus/LABELS.md`` before any extraction was
run on them; wording and names are the tests' own, none a corpus case."""

from __future__ import annotations

import pytest

from tests.unit.extraction_helpers import body, extract, mail, text_file

# (id, sender name, sender address, body, attachment text or "", wanted org name, wanted person)
_Case = tuple[str, str, str, str, str, str, str]

_CASES: list[_Case] = [
    (
        "s01-docx-like-heading-osvc",
        "Kubeš Studio",
        "studio@kubesstudio.example",
        "",
        "Tomáš Kubeš – Kubeš Studio\nOSVČ, IČO 00660540, Palackého 12, 602 00 Brno\n\n"
        "Žádám o povolení natáčet ve volební noci v sídle ČSÚ.\n\nKontakt: 731 555 210, studio@kubesstudio.example\n\n"
        "Tomáš Kubeš\n",
        "Tomáš Kubeš – Kubeš Studio",
        "Tomáš Kubeš",
    ),
    (
        "s02-body-heading-hyphen",
        "Hrubá Video",
        "info@hrubavideo.example",
        "Jana Hrubá - Hrubá Video\nIČO 32154691, Nádražní 3, Olomouc\n\nDobrý den, žádám o povolení "
        "pořídit záznam při vyhlašování výsledků. Jsem živnostnice, točím pro regionální weby.\n\n"
        "Telefon 604 111 875\nJana Hrubá",
        "",
        "Jana Hrubá - Hrubá Video",
        "Jana Hrubá",
    ),
    (
        "s03-sk-foto-heading",
        "Foto Šimko",
        "foto@simkofoto.example",
        "",
        "Marek Šimko – Foto Šimko\nživnostník, IČO 90103459, Hlavná 8, Košice\n\n"
        "Žiadam o povolenie fotografovať počas volebnej noci.\nKontakt: 0905 222 333\n\nMarek Šimko\n",
        "Marek Šimko – Foto Šimko",
        "Marek Šimko",
    ),
    (
        "s04-en-freelance-heading",
        "Novotny Films",
        "films@novotnyfilms.example",
        "",
        "Petra Novotná – Novotny Films\nSelf-employed, IČO 52599001, Vinohradská 40, Praha 2\n\n"
        "I would like to request a permit to film at the results centre on election night.\n"
        "Phone: +420 777 123 456\n\nPetra Novotná\n",
        "Petra Novotná – Novotny Films",
        "Petra Novotná",
    ),
    (
        "s05-cs-trade-name-with-word-audio",
        "Dvořák Audio",
        "zvuk@dvorakaudio.example",
        "Dobrý den,\npřikládám žádost.\nS pozdravem\nOndřej Dvořák",
        "Ondřej Dvořák – Dvořák Audio\nOSVČ, IČO 39201112, Husova 1, Tábor\n\nŽádám o povolení "
        "pořídit zvukový záznam.\nKontakt: 608 999 111\n\nOndřej Dvořák\n",
        "Ondřej Dvořák – Dvořák Audio",
        "Ondřej Dvořák",
    ),
    (
        "s06-cs-the-reversed-order",
        "Malá Foto",
        "foto@malafoto.example",
        "",
        "Malá Foto – Petra Malá\nOSVČ, IČO 91539838, Jiráskova 5, Pardubice\n\nŽádám o povolení "
        "fotografovat.\nKontakt: 605 101 202\n\nPetra Malá\n",
        "Malá Foto – Petra Malá",
        "Petra Malá",
    ),
    (
        "s07-cs-sentence-in-brackets",
        "Straka Media",
        "info@strakamedia.example",
        "Dobrý den,\njsem OSVČ (Lucie Straková – Straka Media, IČO 52599001) a žádám o povolení "
        "natáčet ve volební noci.\nTelefon: 776 543 210\nS pozdravem\nLucie Straková",
        "",
        "Lucie Straková – Straka Media",
        "Lucie Straková",
    ),
    (
        "s08-en-reversed-freelance",
        "Kovac Photo",
        "hello@kovacphoto.example",
        "",
        "Kovac Photo – Martin Kováč\nFreelance photographer, IČO 80670521, Lidická 9, Brno\n\n"
        "I am requesting permission to take photographs on election night.\nPhone: 737 212 121\n\nMartin Kováč\n",
        "Kovac Photo – Martin Kováč",
        "Martin Kováč",
    ),
    # near-miss negatives: an employee signing for an outlet of another name; two persons of
    # one surname (not a trade name)
    (
        "n01-employee-of-outlet",
        "TV Východ",
        "redakce@tvvychod.example",
        "",
        "Pavla Nová – TV Východ\nTV Východ s.r.o., IČO 12659894, Masarykova 2, Hradec Králové\n\n"
        "Žádáme o povolení natáčet.\nKontakt: 602 300 400\n\nPavla Nová\n",
        "TV Východ s.r.o.",
        "Pavla Nová",
    ),
    (
        "n02-kin-not-trade",
        "Jan Beneš",
        "jan.benes@example.com",
        "Dobrý den,\nžádám o povolení fotografovat volební noc, jsem fotograf na volné noze, IČO 45877530. "
        "Asistovat mi bude Lucie Benešová.\nTelefon 603 404 505\nJan Beneš",
        "",
        "Jan Beneš",
        "Jan Beneš",
    ),
]


@pytest.mark.parametrize("case", _CASES, ids=[c[0] for c in _CASES])
def test_sole_trader_drill(case: _Case) -> None:
    _id, name, addr, text, attached, want_org, want_person = case
    parts = [body(text)] + ([text_file("zadost.txt", attached)] if attached else [])
    x = extract(mail(*parts, sender=addr, sender_name=name))
    assert (x.organization_name, x.contact_person) == (want_org, want_person)
