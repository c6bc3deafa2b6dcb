"""Contact phone, twenty-first round (issue 18): classes of writing probed in wording
unlike the corpus cases.

1. An agency (or any other writer) forwarding its client's message and signing with its own
   name on a line of its own: its note is no text of the contact's, so its own number does not
   replace the number the client's message gives.
2. The words in brackets after a number ("(centrala)", "(switchboard)") say what that number
   is, not what the next number of the line is; "kom." and the mobile words of foreign
   writers ("móvil", "cellulare", "celular") mark the person's own number.
3. A desk word that completes the person's job title ("technik redakce", "Head of Newsroom")
   does not make the person's number the organisation's.
4. A run of capitalised words followed by an identifier or a legal form ("Kurýr Brodska,
   IČ …") is an organisation, no other person a number could belong to.
5. The writer offering themselves for the arrangements ("pro domluvu jsem k dispozici já,
   tel. …", "I am available on …") after naming a crew member gives their own number.

Every text here is written for the test; names, firms and numbers are invented."""

from __future__ import annotations

import pytest

from intake.extraction.contact import CSU, _PhoneKind, _phones
from intake.extraction.model import Extraction
from intake.model import Channel
from intake.pipeline import parse
from tests.unit.extraction_helpers import body, extract, mail


def _phone(x: Extraction) -> tuple[str | None, bool | None]:
    f = x.fields.get("contact.phone")
    return (None, None) if f is None else (str(f.value), f.certain)


def _kinds(text: str, person: str | None = None) -> list[tuple[str, _PhoneKind]]:
    return _phones(text, CSU, person, attribute=person is not None)


# ------------- 1. a forwarder's own number is not the contact's newer one ----------------

_EML = """From: {fwd_name} <{fwd_addr}>
To: podatelna@czso.cz
Subject: FW: zadost
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="BOUND"

--BOUND
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

{note}

--BOUND
Content-Type: message/rfc822
Content-Disposition: attachment; filename="puvodni.eml"

From: {name} <{addr}>
To: {fwd_addr}
Subject: zadost
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

{inner}

--BOUND--
"""

_INNER = (
    "Dobrý den,\n\nžádáme o přístup k výsledkům voleb ve formátu XML pro Stezka média s.r.o., "
    "IČO 27082440.\nprodukce 198.51.100.40, test 198.51.100.41\n"
    "kontakt: {name}, {phone}, {addr}\n\nDíky\n"
)

FORWARDS = {
    "czech_pr_agency": (
        "Dobrý den,\n\nza našeho klienta posílám v příloze jeho žádost. Kontaktní osobou je "
        "pan Ondřej Vávra, viz původní zpráva.\n\nS pozdravem\nKlára Dostálová\n"
        "Agentura Lumen PR s.r.o.\n+420 251 002 900",
        "Ondřej Vávra",
        "vavra@stezka.example",
        "728 114 603",
        "+420728114603",
    ),
    "english_agency_table_signature": (
        "Hello,\n\nplease find attached the request of our client. Their editor remains the "
        "contact.\n\nBest regards\nPeter Lang\nLang Communications Ltd.\nTel +420 222 901 515",
        "Hana Pokorná",
        "pokorna@stezka.example",
        "606 771 248",
        "+420606771248",
    ),
    "slovak_agency_pipe_signature": (
        "Dobrý deň,\n\nposielame žiadosť nášho klienta, kontakt zostáva podľa pôvodnej správy.\n\n"
        "S pozdravom\nMarek Hudák | Mediaservis Tatra | +421 2 5441 0700",
        "Zuzana Králová",
        "kralova@stezka.example",
        "775 093 120",
        "+420775093120",
    ),
    "assistant_passing_on_with_office_line": (
        "Přeposílám žádost šéfredaktora, prosím o vyřízení.\n\nLenka Šafránková\n"
        "sekretariát vydavatelství\ntel. 234 567 100",
        "Tomáš Beneš",
        "benes@stezka.example",
        "603 880 214",
        "+420603880214",
    ),
}


def _forward(note: str, name: str, addr: str, phone: str, *, fwd: str = "Agent") -> Extraction:
    inner = _INNER.format(name=name, phone=phone, addr=addr)
    raw = _EML.format(
        fwd_name=fwd, fwd_addr="office@agency.example", note=note, name=name, addr=addr, inner=inner
    )
    return extract(parse(raw.encode(), Channel.EMAIL))


@pytest.mark.parametrize("key", sorted(FORWARDS))
def test_a_forwarders_signed_note_keeps_the_clients_number(key: str) -> None:
    note, name, addr, phone, want = FORWARDS[key]
    assert _phone(_forward(note, name, addr, phone))[0] == want


def test_the_contacts_own_new_note_still_gives_their_new_number() -> None:
    """Near miss: the contact forwards their own earlier message with a new number."""
    note = "Dobrý den,\n\nposílám znovu, volejte mi nyní na 731 200 455.\n\nOndřej Vávra"
    x = _forward(note, "Ondřej Vávra", "vavra@stezka.example", "728 114 603", fwd="Ondřej Vávra")
    assert _phone(x)[0] == "+420731200455"


# ------------- 2. a number's bracket words are its own; foreign mobile words -------------

BRACKETED = {
    "polish_kom_after_centrala": (
        "tel. +48 33 852 17 00 (centrala), kom. +48 601 294 385",
        "+48601294385",
    ),
    "czech_mobil_after_ustredna": (
        "tel. 222 710 500 (ústředna), mobil 777 210 334",
        "+420777210334",
    ),
    "english_cell_after_switchboard": (
        "phone +420 224 300 100 (switchboard) / cell +420 608 551 902",
        "+420608551902",
    ),
    "german_handy_after_zentrale": (
        "Tel. +43 1 588 40 (Zentrale), Handy +43 664 210 3377",
        "+436642103377",
    ),
    "spanish_movil": ("Tel. oficina +34 915 550 100, móvil +34 622 418 905", "+34622418905"),
    "italian_cellulare": (
        "tel. +39 06 4470 1000 (redazione), cellulare +39 347 120 5589",
        "+393471205589",
    ),
}


@pytest.mark.parametrize("key", sorted(BRACKETED))
def test_the_bracket_after_a_number_is_that_numbers_own(key: str) -> None:
    text, own = BRACKETED[key]
    kinds = dict(_kinds(text, "Anna Nowak"))
    assert kinds[own] is _PhoneKind.OWN
    assert _PhoneKind.ORGANIZATION in kinds.values()


def test_a_desk_word_before_the_second_number_still_counts() -> None:
    """Near miss: the second number's own words name the switchboard."""
    kinds = dict(_kinds("mobil 777 210 334 (osobní), ústředna 222 710 500", "Anna Nowak"))
    assert kinds["+420222710500"] is _PhoneKind.ORGANIZATION
    assert kinds["+420777210334"] is _PhoneKind.OWN


def test_a_spanish_writers_czech_mobile_in_the_text_beats_the_home_number() -> None:
    text = (
        "Buenos días:\n\nsoy corresponsal de La Voz del Norte y solicito acceso a los resultados "
        "en XML.\nIP producción 198.51.100.90, pruebas 198.51.100.91.\n\n"
        "Mientras dure el recuento estaré en Brno, mi móvil checo: 731 445 902.\n\n"
        "Saludos,\nLucía Ferrer\nTel. +34 911 220 450\n"
    )
    assert _phone(extract(mail(body(text), sender="lf@vozdelnorte.example")))[0] == "+420731445902"


# ------------- 3. a desk word in the person's job title ---------------------------------

TITLED = [
    "Kontaktní osoba: Bc. Lukáš Král, technik redakce, tel. +420 731 408 266",
    "Kontakt: Mgr. Eva Holá, vedoucí recepce, telefon 604 512 778",
    "Contact: Tom Grey, Head of Newsroom, phone +420 605 330 119",
    "Ansprechpartner: Jonas Keller, Leiter der Redaktion, Tel. +420 739 020 455",
    "Kontakt: Jana Malá, asistentka sekretariátu, tel. 777 889 210",
    "kontaktná osoba: Ing. Peter Zeman, koordinátor redakcie, tel. +421 905 662 140",
]


@pytest.mark.parametrize("line", TITLED)
def test_a_desk_word_in_a_job_title_is_no_switchboard(line: str) -> None:
    found = _kinds(line, None)
    assert len(found) == 1 and found[0][1] is not _PhoneKind.ORGANIZATION


@pytest.mark.parametrize(
    "line",
    [
        "Kontakt: Eva Holá, redakce: 222 710 500",
        "tel. recepce 222 710 501, Eva Holá",
        "Vyřizuje: Eva Holá, tisková mluvčí ústředna 469 300 100",
        "Kontakt: Jan Vrba, programový ředitel\nústředna 571 411 600",
    ],
)
def test_a_desk_word_of_its_own_stays_the_organisations(line: str) -> None:
    assert _kinds(line, None)[0][1] is _PhoneKind.ORGANIZATION


def test_a_wrapped_number_after_a_job_title_with_a_desk_word() -> None:
    text = (
        "Věc: žádost o XML\nŽádáme o přístup pro 198.51.100.30 (produkce) a 198.51.100.31 (test).\n"
        "Kontakt pro technické věci: Bc. Pavel Hrubý, technik redakce, tel. +420 733 408\n"
        "219, e-mail hruby@listy.example\n\nS pozdravem\nJana Dlouhá\njednatelka\n"
    )
    assert _phone(extract(mail(body(text), sender="dlouha@listy.example")))[0] == "+420733408219"


# ------------- 4. an organisation named before its identifier --------------------------

ORG_RUNS = [
    ("Jan Kratochvíl, Kurýr Brodska, IČ 74026194, 604 118 327", "Jan Kratochvíl"),
    ("Eva Horká – Hlas Podlesí, IČO 27082440 – 731 220 908", "Eva Horká"),
    ("Petra Malá, Noviny Poodří s.r.o., tel. 605 112 870", "Petra Malá"),
    ("Tom Reed, Danube Post Ltd, +420 777 412 095", "Tom Reed"),
    ("Anna Nowak, Radio Olza sp. z o.o., kom. +48 601 220 334", "Anna Nowak"),
    ("Karel Vít | Zpravodaj Lužice | IČ 08174938 | 739 551 200", "Karel Vít"),
]


@pytest.mark.parametrize(("line", "person"), ORG_RUNS)
def test_an_organisation_before_its_identifier_is_no_other_person(line: str, person: str) -> None:
    assert all(k is not _PhoneKind.OTHER for _, k in _kinds(line, person))


def test_another_person_before_the_number_still_counts() -> None:
    """Near miss: a person (no identifier after them) named before the number."""
    found = _kinds("Jan Kratochvíl, kameraman Luboš Kadlec 604 118 327", "Jan Kratochvíl")
    assert found[0][1] is _PhoneKind.OTHER


def test_a_two_line_phone_note() -> None:
    text = "Prosím o XML. 198.51.100.60 prod, 198.51.100.61 test.\nEva Horká, Hlas Podlesí, IČ 27082440, 731 220 908\n"
    assert _phone(extract(mail(body(text), sender="horka@hlas.example")))[0] == "+420731220908"


# ------------- 5. the writer available for the arrangements ----------------------------

AVAILABLE = {
    "czech_k_dispozici_ja": "Natáčet přijde kameraman Josef Krejčí. Pro domluvu jsem k dispozici já, tel. 566 520 118.",
    "czech_vam_rada": "Točit bude reportér Vít Šimek; jsem Vám ráda k dispozici na čísle 566 520 118.",
    "slovak_k_dispozicii": "Nakrúcať bude redaktor Ján Hric. Na dohodnutie som k dispozícii ja, tel. 566 520 118.",
    "english_available": "Our reporter Mark Dunn will film. I am available on 566 520 118 for the arrangements.",
    "german_zur_verfuegung": "Es dreht unser Reporter Jan Berg. Für Absprachen stehe ich Ihnen unter 566 520 118 zur Verfügung.",
    "czech_k_dispozici_budu": "Redaktor Luboš Hanák přijede s kamerou, k dispozici budu já na 566 520 118.",
}


@pytest.mark.parametrize("key", sorted(AVAILABLE))
def test_the_writer_available_for_arrangements_gives_their_number(key: str) -> None:
    text = (
        "Dobrý den,\n\nprosíme o povolení natáčení na sběrném místě v sobotu.\n"
        f"{AVAILABLE[key]}\n\nDěkuji\nRenata Holubová\ntisková mluvčí\nMěsto Dolní Lhota\n"
    )
    x = extract(mail(body(text), sender="holubova@lhota.example"))
    assert _phone(x)[0] == "+420566520118"


def test_a_crew_members_own_number_stays_theirs() -> None:
    """Near miss: the number is the crew member's, the writer only signs."""
    text = (
        "Dobrý den,\n\nprosíme o povolení natáčení na sběrném místě v sobotu.\n"
        "Natáčet bude kameraman Josef Krejčí, tel. 604 777 120.\n\nDěkuji\nRenata Holubová\n"
    )
    x = extract(mail(body(text), sender="holubova@lhota.example"))
    assert _phone(x) != ("+420604777120", True)


def test_the_contacts_own_note_with_a_firm_line_still_gives_their_new_number() -> None:
    """Near miss: the contact's own note signed with their name and their firm's line."""
    note = "Posílám znovu, mám nové číslo 731 200 455.\n\nOndřej Vávra\nStezka média s.r.o."
    x = _forward(note, "Ondřej Vávra", "vavra@stezka.example", "728 114 603", fwd="Ondřej Vávra")
    assert _phone(x)[0] == "+420731200455"


def test_a_foreign_desk_word_alone_stays_the_organisations() -> None:
    assert _kinds("Tel. +34 915 550 100 (oficina)", "Anna Nowak")[0][1] is _PhoneKind.ORGANIZATION


@pytest.mark.parametrize(
    "sentence",
    ["Pro domluvu je k dispozici náš kameraman Josef Krejčí.", "The crew is available from noon."],
)
def test_someone_else_available_is_no_self_declaration(sentence: str) -> None:
    from intake.extraction.contact import _SELF_CONTACT

    assert _SELF_CONTACT.search(sentence) is None


# ------------- 6. the writer's own number said in the text over the signature's ----------

SAID_MINE = {
    "czech_mobil_behem_voleb": "Během voleb budu v Brně, můj mobil: 731 445 902.",
    "english_my_czech_mobile": "I will be in Prague for the count; my Czech mobile is 731 445 902.",
    "german_meine_handynummer": "Während der Wahl bin ich in Prag, meine Handynummer dort: +420 731 445 902.",
    "polish_moj_numer": "W czasie wyborów jestem w Pradze, mój numer tutaj: +420 731 445 902.",
    "slovak_moje_cislo": "Počas volieb budem v Prahe, moje číslo je 731 445 902.",
    "italian_il_mio_cellulare": "Durante lo spoglio sarò a Praga, il mio cellulare ceco: 731 445 902.",
}


def _letter(sentence: str, signature: str = "Tel. +34 911 220 450") -> str:
    return (
        "Dobrý den,\n\nžádám o přístup k výsledkům ve formátu XML.\n"
        "IP produkce 198.51.100.90, test 198.51.100.91.\n\n"
        f"{sentence}\n\nS pozdravem\nLucía Ferrer\n{signature}\n"
    )


@pytest.mark.parametrize("key", sorted(SAID_MINE))
def test_the_writers_own_number_said_in_the_text_beats_the_signatures(key: str) -> None:
    x = extract(mail(body(_letter(SAID_MINE[key])), sender="lf@vozdelnorte.example"))
    assert _phone(x) == ("+420731445902", False)


def test_a_number_called_old_is_not_said_mine() -> None:
    """Near miss: the writer's own number called out of use stays out."""
    x = extract(
        mail(
            body(_letter("Můj starý mobil 731 445 902 už nefunguje.")),
            sender="lf@vozdelnorte.example",
        )
    )
    assert _phone(x)[0] == "+34911220450"


def test_the_writers_number_is_not_another_named_contacts() -> None:
    """Near miss: the contact is another person; the writer's own number is not theirs."""
    text = _letter(
        "Kontaktní osoba: Petr Malý, tel. 604 118 327.\nMůj mobil pro jiné věci: 731 445 902.", ""
    )
    x = extract(mail(body(text), sender="lf@vozdelnorte.example"))
    assert _phone(x)[0] == "+420604118327"
