"""A drill, fifty-eighth round (issue 18): the contact. A form's contact table whose name
cell writes the surname in capitals ("HORÁKOVÁ Jitka" under "Příjmení, jméno", "Jan NOVÁK"
under "Name", the surname column in capitals beside a given-name column): the person in
the order of the text, given name first. Near-miss negatives: a cell of capitals with no
vowel (an acronym, no surname) and two rows of people (which one is meant is open).
Every message was labelled by ``tests/corpus/LABELS.md`` before extraction ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.corpus.loader import parse
from tests.unit.drill_helpers import Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, data_message, extract, mail

CASES: dict[str, tuple[ParsedMessage, Label]] = {}
PERSON_ONLY: set[str] = set()
"""The table drills label the person only (their e-mail and phone are other rules')."""

_HEAD = "Žádost média\n☒ přístup k XML s průběžnými výsledky\nprodukční IP\ttestovací IP\n192.0.2.60\t192.0.2.61\n"


def _table(key: str, header: str, rows: list[str], person: str | None) -> None:
    text = _HEAD + header + "\n" + "\n".join(rows) + "\n"
    PERSON_ONLY.add(key)
    CASES[key] = (
        data_message("Žádost", body(text), dm_sender="Vltavské listy a.s."),
        label([], (None, None, None), [], [], (person, None, None)),
    )


_table(
    "cz_surname_first_caps",
    "Příjmení, jméno\tE-mail\tTelefon",
    ["HORÁKOVÁ Jitka\thorakova@vltavskelisty.example\t602 559 183"],
    "Jitka Horáková",
)
_table(
    "sk_priezvisko_meno_caps",
    "Priezvisko, meno\tE-mail\tTelefón",
    ["KOVÁČOVÁ Zuzana\tkovacova@povazskyhlas.example\t0905 118 402"],
    "Zuzana Kováčová",
)
_table(
    "en_name_given_first_caps",
    "Name\tE-mail\tPhone",
    ["Kate MOSS\tmoss@northernecho.example\t+44 7700 900 218"],
    "Kate Moss",
)
_table(
    "de_name_vorname_caps",
    "Name, Vorname\tE-Mail\tTelefon",
    ["SCHNEIDER Anna\tschneider@rundschau.example\t+49 351 8840 211"],
    "Anna Schneider",
)
_table(
    "pl_nazwisko_columns_caps",
    "Nazwisko\tImię\tE-mail",
    ["WIŚNIEWSKA\tAgnieszka\twisniewska@gazeta.example"],
    "Agnieszka Wiśniewska",
)
_table(
    "cz_title_and_caps",
    "Příjmení, jméno\tE-mail\tTelefon",
    ["Mgr. DVOŘÁKOVÁ Eva\tdvorakova@listy.example\t777 410 215"],
    "Eva Dvořáková",
)
_table(
    "cz_plain_comma_still",
    "Příjmení, jméno\tE-mail\tTelefon",
    ["Zbořil, Lukáš\tzboril@listy.example\t777 410 216"],
    "Lukáš Zbořil",
)
# near misses: an acronym in capitals is no surname; two people in the table
_table(
    "cz_acronym_no_person",
    "Jméno\tE-mail\tTelefon",
    ["ČTK Praha\tpraha@ctk.example\t222 098 111"],
    None,
)
_table(
    "cz_titled_supplier_table",
    "Dodavatel serveru\nJméno\tE-mail\tTelefon",
    ["Alois BRABEC\tbrabec@servis.example\t602 118 330"],
    None,
)
_table(
    "cz_crew_with_role_column",
    "Jméno\tFunkce\tTelefon",
    ["Aleš HRUBÝ\tkameraman\t603 118 224"],
    None,
)
_table(
    "en_two_rows_caps",
    "Surname, first name\tE-mail\tPhone",
    ["MOSS Kate\tmoss@northernecho.example\t+44 7700 900 218", "REED Tom\treed@northernecho.example\t+44 7700 900 219"],
    "Kate Moss",
)


# the second class: a contact sentence pointing below at a role ("náš kolega z IT (viz níže)")
# above a signature of several people, each with their role and details; the one bearing it
def _pointer(key: str, text: str, sender: str, name: str, want: tuple[str | None, str | None, str | None]) -> None:
    CASES[key] = (
        mail(body(text), subject="Volby – XML a natáčení", sender=sender, sender_name=name),
        label([], (None, None, None), [], [], want),
    )


_SIG_CZ = (
    "Rozhlas Český ráj, s.r.o. | IČO 26841592\n"
    "Helena Vodičková, šéfredaktorka – 481 320 100, vodickova@rozhlas.example\n"
    "Dušan Krejčí, IT – 731 884 206, krejci@rozhlas.example\n"
    "Tomáš Bureš, tiskový mluvčí – 603 771 440, bures@rozhlas.example\n"
)
_KREJCI = ("Dušan Krejčí", "krejci@rozhlas.example", "+420731884206")
_pointer(
    "cz_colleague_from_it_see_below",
    "Dobrý den,\n\nžádáme o přístup k výsledkům (XML) z adresy 203.0.113.30. Za technickou stránku "
    "odpovídá náš kolega z IT (viz níže), ten je kontaktní osobou.\n\nDěkujeme\n\n" + _SIG_CZ,
    "vodickova@rozhlas.example",
    "Helena Vodičková",
    _KREJCI,
)
_pointer(
    "sk_kolega_z_it_pozri_nizsie",
    "Dobrý deň,\n\nžiadame o prístup k XML s výsledkami volieb zo servera 198.51.100.30. "
    "Kontaktnou osobou je náš kolega z IT (pozri nižšie).\n\nĎakujeme\n\n"
    "Rádio Tatry, s.r.o.\n"
    "Jana Hudecová, šéfredaktorka – 0905 118 402, hudecova@tatry.example\n"
    "Marek Oravec, IT – 0907 331 245, oravec@tatry.example\n",
    "hudecova@tatry.example",
    "Jana Hudecová",
    ("Marek Oravec", "oravec@tatry.example", "+421907331245"),
)
_pointer(
    "en_it_colleague_see_below",
    "Hello,\n\nwe request access to the election results XML feed from 203.0.113.31. Our IT "
    "colleague (see below) is the contact person for this.\n\nKind regards\n\n"
    "Northern Echo Ltd\n"
    "Kate Moss, Editor – +44 7700 900 218, moss@northernecho.example\n"
    "Sam Reed, IT – +44 7700 900 412, reed@northernecho.example\n",
    "moss@northernecho.example",
    "Kate Moss",
    ("Sam Reed", "reed@northernecho.example", "+447700900412"),
)
_pointer(
    "de_kollege_it_siehe_unten",
    "Guten Tag,\n\nwir beantragen den Zugang zu den XML-Wahlergebnissen vom Server 192.0.2.44. "
    "Ansprechpartner ist unser Kollege aus der IT (siehe unten).\n\nMit freundlichen Grüßen\n\n"
    "Rundschau GmbH\n"
    "Anna Schneider, Chefredakteurin – +49 351 8840 211, schneider@rundschau.example\n"
    "Jonas Weber, IT – +49 351 8840 219, weber@rundschau.example\n",
    "schneider@rundschau.example",
    "Anna Schneider",
    ("Jonas Weber", "weber@rundschau.example", "+493518840219"),
)
_pointer(
    "cz_technician_see_below",
    "Dobrý den,\n\nprosíme o přístup k XML s výsledky voleb, server 192.0.2.45. Kontaktní osobou "
    "je náš technik (viz níže).\n\nDěkujeme\n\n"
    "Deník Tábor s.r.o.\n"
    "Eva Dušková, šéfredaktorka – 736 225 901, duskova@deniktabor.example\n"
    "Petr Novák, technik – 604 117 228, novak@deniktabor.example\n",
    "duskova@deniktabor.example",
    "Eva Dušková",
    ("Petr Novák", "novak@deniktabor.example", "+420604117228"),
)
# near miss: "viz níže" for the addresses, no contact words: the sender who signs first
_pointer(
    "cz_see_below_addresses_only",
    "Dobrý den,\n\nžádáme o přístup k výsledkům (XML), adresy viz níže v tabulce IT.\n\n"
    "203.0.113.30\n\nDěkujeme\n\n" + _SIG_CZ,
    "vodickova@rozhlas.example",
    "Helena Vodičková",
    ("Helena Vodičková", "vodickova@rozhlas.example", "+420481320100"),
)


# the third class: a note forwarding an attached e-mail says its writer applies in their own
# name ("žádá sama za sebe"): that writer is the applicant and the contact, with the e-mail of
# the attached message's From header and the phone of its signature
def _eml(key: str, note: str, fwd: str, inner_from: str, inner_body: str, want: tuple[str | None, str | None, str | None]) -> None:
    name, addr = fwd
    raw = (
        f"From: {name} <{addr}>\nTo: podatelna@czso.cz\nSubject: Fw: povolení focení\n"
        "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"BB\"\n\n"
        "--BB\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{note}\n\n--BB\nContent-Type: message/rfc822\nContent-Disposition: attachment; filename=\"zadost.eml\"\n\n"
        f"From: {inner_from}\nTo: {addr}\nSubject: povolení focení\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        f"{inner_body}\n--BB--\n"
    )
    PERSON_ONLY.discard(key)
    CASES[key] = (parse(raw.encode()), label([], (None, None, None), [], [], want))


_eml(
    "cz_forward_she_applies_herself",
    "Dobrý den, posílám dál žádost paní Šebestové, fotí pro nás externě, ale žádá sama za sebe. Kolář",
    ("Jiří Kolář", "kolar@obzor.example"),
    "Lucie Šebestová <sebestova.foto@posta.example>",
    "Dobrý den, pane Koláři,\n\nmohl byste předat ČSÚ moji žádost? Chtěla bych fotografovat ve "
    "volební noc na pracovišti ČSÚ v Brně. Jsem fotografka na volné noze.\n\nLucie Šebestová\n"
    "tel. 777 201 934\n",
    ("Lucie Šebestová", "sebestova.foto@posta.example", "+420777201934"),
)
_eml(
    "sk_forward_ziada_sam_za_seba",
    "Dobrý deň, preposielam žiadosť pána Kováča, fotí pre nás externe, ale žiada sám za seba. Hudec",
    ("Peter Hudec", "hudec@tatry.example"),
    "Martin Kováč <kovac.foto@posta.example>",
    "Dobrý deň,\n\nprosím o povolenie fotografovať počas volebnej noci na pracovisku ČSÚ v "
    "Prahe.\n\nMartin Kováč\ntel. 0905 331 245\n",
    ("Martin Kováč", "kovac.foto@posta.example", "+421905331245"),
)
_eml(
    "en_forward_own_behalf",
    "Hello, forwarding the request of Ms Lane, she shoots for us now and then but applies on her own "
    "behalf. Tom Reed",
    ("Tom Reed", "reed@northernecho.example"),
    "Lois Lane <lane.photo@post.example>",
    "Hello Tom,\n\ncould you pass my request to the CZSO? I would like to take photographs at "
    "the CZSO counting centre in Prague on election night.\n\nLois Lane\nphone +44 7700 900 515\n",
    ("Lois Lane", "lane.photo@post.example", "+447700900515"),
)
# near miss: the forwarder's note makes the forwarder the contact
_eml(
    "cz_forward_contact_is_me",
    "Dobrý den, přeposílám žádost naší fotografky paní Šebestové, kontaktní osobou jsem já, "
    "tel. 606 410 223. Jiří Kolář",
    ("Jiří Kolář", "kolar@obzor.example"),
    "Lucie Šebestová <sebestova.foto@posta.example>",
    "Dobrý den,\n\nprosím o povolení fotografovat ve volební noc na pracovišti ČSÚ v Brně.\n\n"
    "Lucie Šebestová\ntel. 777 201 934\n",
    ("Jiří Kolář", "kolar@obzor.example", "+420606410223"),
)

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    fields = "contact.person" if any(CASES[k][0] is p for k in PERSON_ONLY) else "contact."
    assert [m for m in misses(p, want) if m.startswith(fields)] == []


def test_two_rows_unsure() -> None:
    """Two people in a contacts table with no heading: the first, flagged."""
    p = CASES["en_two_rows_caps"][0]
    field = extract(p).to_dict()["fields"]["contact.person"]
    assert field["certain"] is False
