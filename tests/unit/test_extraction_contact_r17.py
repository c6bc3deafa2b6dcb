"""Contact person, e-mail and phone, seventeenth round (issue 18): classes of writing probed
in wording unlike the corpus cases.

1. A name declined after "s"/"se" (with) and a role between them ("domluvte se s naší
   produkční Janou Kopeckou", "veďte komunikaci se zástupcem ředitele Petrem Vlčkem") is the
   contact in the nominative, never certain.
2. A line that gives the valid value and, in a clause of its own, calls another one old
   ("platí číslo …, to staré (…) už nepoužívám"): the old one gives way whichever words it
   is nearer to; never certain.
3. A number reached through the switchboard with an extension ("(linka 112)", "kl. 31",
   "ext. 45") gives way to the person's own number beside it (a mobile), and rivals it.
4. A contact a sentence names by the given name alone ("my colleague Priya", "s kolegou
   Ondřejem") is the one full name the text writes with that given name (a forwarded
   header, a signature); never certain, and left alone when two people share it.
5. The sender who signs above another person's signature entry with its own address
   ("Petr Malý | ředitel | maly@…") stays the contact with the sender's address; flagged.

Every text here is written for the test; names, firms and numbers are invented."""

from __future__ import annotations

import pytest

from intake.extraction.model import Extraction
from tests.unit.extraction_helpers import body, extract, mail, text_file


def _value(x: Extraction, key: str) -> str | None:
    f = x.fields.get(key)
    return None if f is None else str(f.value)


# ------------- 1. a name in the instrumental after a role ---------------------------------

# key: (text, the contact)
WITH_ROLE: dict[str, tuple[str, str]] = {
    "domlouvejte_s_produkcni": (
        "Dobrý den,\n\nžádáme o povolení natáčení ve volební noci.\nTermín a podrobnosti prosím "
        "domlouvejte s naší vedoucí produkce Janou Kopeckou, jana.kopecka@film.example, "
        "731 222 333.\n\nS pozdravem\nRoman Král, jednatel\n",
        "Jana Kopecká",
    ),
    "komunikaci_se_zastupcem": (
        "Vážení,\n\nžádáme o přístup k XML výstupu (server 203.0.113.7).\nVeškerou komunikaci "
        "prosím veďte se zástupcem ředitele Petrem Vlčkem (vlcek@denik.example, 602 444 555).\n\n"
        "Za redakci\nIng. Marta Dušková, ředitelka\n",
        "Petr Vlček",
    ),
    "resit_s_technikem": (
        "Dobrý den,\n\nprosíme o data výsledků, produkční adresa 198.51.100.20.\nTechnické věci "
        "řešte s naším technikem Ondřejem Malým, malý@radio.example, tel. 777 888 999.\n\n"
        "Děkuji\nLucie Horká\n",
        "Ondřej Malý",
    ),
    "slovak_s_kolegynou": (
        "Dobrý deň,\n\nžiadame o prístup k výsledkom, server 192.0.2.44.\nKorešpondenciu "
        "prosím komunikujte s našou koordinátorkou Evou Hudákovou, hudakova@tv.example, "
        "+421 905 666 777.\n\nS pozdravom\nMarek Kováč, riaditeľ\n",
        "Eva Hudáková",
    ),
    "kontakt_s_redaktorkou_attachment": (
        "Vše ostatní prosím domluvte přímo s redaktorkou zpravodajství Zuzanou Nedbalovou, "
        "nedbalova@tyden.example, 608 999 111.\n",
        "Zuzana Nedbalová",
    ),
}


@pytest.mark.parametrize("key", sorted(WITH_ROLE))
def test_a_name_after_s_and_a_role_is_read_in_the_nominative(key: str) -> None:
    text, person = WITH_ROLE[key]
    if key.endswith("_attachment"):
        p = mail(body("Dobrý den, žádost v příloze.\n"), text_file("zadost.txt", "Žádáme o povolení natáčení.\n" + text))
    else:
        p = mail(body(text), sender="info@media.example")
    x = extract(p)
    assert _value(x, "contact.person") == person
    assert not x.fields["contact.person"].certain


def test_a_closing_with_s_keeps_the_name_as_written() -> None:
    """"S pozdravem" and "s úctou" are closings: the name after them is no instrumental."""
    text = (
        "Dobrý den,\n\nžádáme o přístup k XML, server 203.0.113.9.\n"
        "Kontaktní osobou je Jan Novák, novak@zpravy.example, 603 111 222.\n\nS úctou\nJan Novák\n"
    )
    x = extract(mail(body(text)))
    assert _value(x, "contact.person") == "Jan Novák"


def test_a_nominative_after_a_role_with_s_is_not_declined() -> None:
    """A name after "s" and a role whose words have no instrumental ending stays as written
    ("s kameramanem Jiří Beneš" written carelessly): not turned into another name."""
    text = (
        "Dobrý den,\n\nžádáme o přístup k XML, server 203.0.113.9.\n"
        "Podrobnosti prosím domluvte s produkční Hana Veselá, vesela@zpravy.example, 603 111 222.\n"
    )
    x = extract(mail(body(text)))
    assert _value(x, "contact.person") == "Hana Veselá"


# ------------- 2. a line that gives the valid value and calls another one old -------------

_QUOTED_SIG = "\n\n> Dobrý den,\n> žádáme o přístup k XML, server 203.0.113.50.\n>\n> Pavla Říhová\n> {old}\n"

# key: (new text, the old value in the quoted signature, the contact's value, field)
CALLED_OLD: dict[str, tuple[str, str, str, str]] = {
    "czech_plati_then_stare": (
        "Dobrý den,\n\nomlouvám se, platí číslo 605 111 222, to staré (605 111 122) už nepoužívám.\n\nP. Říhová",
        "tel. 605 111 122", "+420605111222", "contact.phone",
    ),
    "english_right_then_old_dash": (
        "Hello,\n\nmy number is +420 605 111 222 - the old one (605 111 122) no longer works.\n\nPavla",
        "tel. 605 111 122", "+420605111222", "contact.phone",
    ),
    "slovak_aktualne_stare": (
        "Dobrý deň,\n\naktuálne číslo je +421 905 111 222, staré 905 111 122 už nefunguje.\n\nP. Říhová",
        "tel. +421 905 111 122", "+421905111222", "contact.phone",
    ),
    "email_old_after_new": (
        "Dobrý den,\n\npište prosím na rihova@noviny.example, stará adresa pavla@stare.example už nefunguje.\n\nP. Říhová",
        "pavla@stare.example", "rihova@noviny.example", "contact.email",
    ),
}


@pytest.mark.parametrize("key", sorted(CALLED_OLD))
def test_the_value_its_own_clause_calls_old_gives_way(key: str) -> None:
    new, old, want, field = CALLED_OLD[key]
    x = extract(mail(body(new + _QUOTED_SIG.format(old=old)), sender="p.rihova@noviny.example"))
    assert _value(x, field) == want
    assert not x.fields[field].certain


def test_new_value_after_the_old_one_still_wins() -> None:
    """"Staré číslo … už neplatí, nové je …": the order of the sentences of old rounds."""
    text = "Dobrý den,\n\nmoje staré číslo 602 111 222 už neplatí, nové je 603 333 444.\n\nJan Malý"
    x = extract(mail(body(text + _QUOTED_SIG.format(old="tel. 602 111 222"))))
    assert _value(x, "contact.phone") == "+420603333444"


def test_words_about_the_footer_withdraw_the_footers_number() -> None:
    """No value in the clause that calls a value old: the footer's number is withdrawn, the
    number to call is the contact's."""
    text = (
        "Dobrý den,\n\nžádáme o přístup k XML, server 203.0.113.51.\n"
        "Volejte mi na 777 888 999, staré číslo v podpisu už neplatí.\n\nJan Malý\ntel. 602 111 222\n"
    )
    x = extract(mail(body(text)))
    assert _value(x, "contact.phone") == "+420777888999"


# ------------- 3. a line through the switchboard with an extension beside a mobile ---------

# key: (text, the contact's phone)
EXTENSION: dict[str, tuple[str, str]] = {
    "czech_klapka_then_mobil": (
        "Dobrý den,\n\nžádáme o přístup k XML, server 203.0.113.60.\n"
        "Kontakt: Ivana Malá, mala@radio.example, tel. 466 100 200, kl. 31, mobil 731 456 789\n",
        "+420731456789",
    ),
    "czech_linka_bracket_wrapped": (
        "Dobrý den,\n\nžádáme o přístup k XML, server 203.0.113.61.\n"
        "Kontaktní osoba: Karel Dvořák, dvorak@radio.example, tel.\n"
        "385 200 300 (linka 112), mobil 608 321 654\n",
        "+420608321654",
    ),
    "english_ext": (
        "Hello,\n\nwe request the feed, server 198.51.100.70.\n"
        "Contact: Emma Hill, emma.hill@news.example, phone +420 224 000 111 ext. 45, "
        "mobile +420 777 654 321\n",
        "+420777654321",
    ),
    "slovak_klapka_bracket": (
        "Dobrý deň,\n\nžiadame o prístup k výsledkom, server 192.0.2.70.\n"
        "Kontakt: Peter Kováč, kovac@tv.example, tel. +421 2 5000 1000 (klapka 20), "
        "mobil +421 905 123 987\n",
        "+421905123987",
    ),
}


@pytest.mark.parametrize("key", sorted(EXTENSION))
def test_a_mobile_beside_a_line_with_an_extension_is_the_contacts(key: str) -> None:
    text, phone = EXTENSION[key]
    x = extract(mail(body(text), sender="desk@media.example"))
    assert _value(x, "contact.phone") == phone
    assert not x.fields["contact.phone"].certain  # which one to call is a choice


def test_a_line_with_an_extension_alone_is_the_contacts() -> None:
    text = (
        "Dobrý den,\n\nžádáme o přístup k XML, server 203.0.113.62.\n"
        "Kontakt: Ivana Malá, mala@radio.example, tel. 466 100 200 (linka 31)\n"
    )
    x = extract(mail(body(text)))
    assert _value(x, "contact.phone") == "+420466100200"


def test_a_mobile_then_a_switchboard_keeps_the_mobile() -> None:
    """No extension: the first number, the person's mobile, as before."""
    text = (
        "Dobrý den,\n\nžádáme o přístup k XML, server 203.0.113.63.\n"
        "Kontakt: Ivana Malá, mala@radio.example, mobil 731 456 789, ústředna 466 100 200\n"
    )
    x = extract(mail(body(text)))
    assert _value(x, "contact.phone") == "+420731456789"
    assert x.fields["contact.phone"].certain


# ------------- 4. a contact named by the given name, the full name written elsewhere ------

# key: (text, the contact)
GIVEN_ONLY: dict[str, tuple[str, str]] = {
    "english_forward_header": (
        "Hi all,\n\nforwarding the request of our agency below. My colleague Priya is the contact "
        "for anything technical.\n\nMark\n\nFrom: Priya Raman <p.raman@wire.example>\nSent: Tuesday\n"
        "Subject: feed\n\nMark, servers: prod 203.0.113.80, test 203.0.113.81. Mobile +420 731 000 111.\nPriya\n",
        "Priya Raman",
    ),
    "czech_kolega_signature": (
        "Dobrý den,\n\nžádáme o přístup k XML, server 203.0.113.82. Kontaktní osobou bude kolega "
        "Ondřej.\n\nS pozdravem\nMarie Černá, ředitelka, 602 000 111\nOndřej Vávra, technik, 777 000 222\n",
        "Ondřej Vávra",
    ),
    "czech_instrumental_s_kolegou": (
        "Dobrý den,\n\nžádáme o přístup k XML, server 203.0.113.83. Technické věci prosím řešte "
        "s kolegou Ondřejem.\n\nS pozdravem\nMarie Černá, ředitelka, 602 000 111\n"
        "Ondřej Vávra, technik, 777 000 222\n",
        "Ondřej Vávra",
    ),
    "slovak_kolegyna": (
        "Dobrý deň,\n\nžiadame o prístup, server 192.0.2.84. Kontaktnou osobou je kolegyňa "
        "Zuzana.\n\nS pozdravom\nPeter Kráľ, riaditeľ, +421 905 000 111\n"
        "Zuzana Hrušková, IT, +421 907 000 222\n",
        "Zuzana Hrušková",
    ),
}


@pytest.mark.parametrize("key", sorted(GIVEN_ONLY))
def test_a_given_name_alone_is_the_one_full_name_the_text_writes(key: str) -> None:
    text, person = GIVEN_ONLY[key]
    x = extract(mail(body(text), sender="boss@media.example"))
    assert _value(x, "contact.person") == person
    assert not x.fields["contact.person"].certain


def test_two_people_of_that_given_name_keep_it_alone() -> None:
    text = (
        "Dobrý den,\n\nžádáme o přístup k XML, server 203.0.113.85. Kontaktní osobou bude kolega "
        "Ondřej.\n\nS pozdravem\nOndřej Malý, ředitel, 602 000 111\nOndřej Vávra, technik, 777 000 222\n"
    )
    x = extract(mail(body(text)))
    assert _value(x, "contact.person") not in ("Ondřej Malý", "Ondřej Vávra")
    assert not x.fields["contact.person"].certain


def test_a_given_name_nobody_writes_in_full_stays_unsure() -> None:
    text = (
        "Dobrý den,\n\nžádáme o přístup k XML, server 203.0.113.86. Kontaktní osobou bude kolega "
        "Ondřej, 777 000 222.\n\nS pozdravem\nMarie Černá, ředitelka\n"
    )
    x = extract(mail(body(text)))
    assert _value(x, "contact.person") != "Marie Černá"
    assert not x.fields["contact.person"].certain


# ------------- 5. the sender signs above another person's address -------------------------

# key: (text, sender name, sender address, the contact, their e-mail)
SENDER_SIGNS: dict[str, tuple[str, str, str, str, str]] = {
    "czech_pipes": (
        "Dobrý den,\n\nžádáme o přístup k XML, server 203.0.113.90.\n\nLenka Svobodová\n"
        "redaktorka | mobil 602 111 333\nPetr Malý | ředitel | 222 000 111 | maly@listy.example\n",
        "Lenka Svobodová", "svobodova@listy.example", "Lenka Svobodová", "svobodova@listy.example",
    ),
    "english_commas": (
        "Hello,\n\nplease register our server 198.51.100.90 for the feed.\n\nTom Baker, producer, "
        "+44 7700 900 123\nAnna Lee, Head of News, anna.lee@wire.example\n",
        "Tom Baker", "tbaker@wire.example", "Tom Baker", "tbaker@wire.example",
    ),
    "slovak_lines": (
        "Dobrý deň,\n\nžiadame o prístup, server 192.0.2.90.\n\nS pozdravom\nMiroslava Hrdá\n"
        "+421 905 222 333\nJuraj Kmeť, šéfredaktor, kmet@noviny.example\n",
        "Miroslava Hrdá", "hrda@noviny.example", "Miroslava Hrdá", "hrda@noviny.example",
    ),
    "display_surname_first": (
        "Dobrý den,\n\nžádáme o přístup k XML, server 203.0.113.91.\n\nOndřej Kolář\n"
        "technik | 731 222 444\nJana Bílá | jednatelka | bila@radio.example\n",
        "Kolář, Ondřej", "o.kolar@radio.example", "Ondřej Kolář", "o.kolar@radio.example",
    ),
}


@pytest.mark.parametrize("key", sorted(SENDER_SIGNS))
def test_the_sender_signing_is_the_contact_not_the_owner_of_an_address_below(key: str) -> None:
    text, display, address, person, email = SENDER_SIGNS[key]
    x = extract(mail(body(text), sender=address, sender_name=display))
    assert _value(x, "contact.person") == person
    assert _value(x, "contact.email") == email
    assert not x.fields["contact.person"].certain


def test_a_shared_mailbox_sender_leaves_the_address_owner() -> None:
    """The sender is a desk, not the signer: the rule does not fire."""
    text, _, _, _, _ = SENDER_SIGNS["czech_pipes"]
    x = extract(mail(body(text), sender="redakce@listy.example", sender_name="Redakce Listy"))
    assert _value(x, "contact.email") != "redakce@listy.example"


def test_a_labelled_contact_stays_the_contact() -> None:
    text = (
        "Dobrý den,\n\nžádáme o přístup k XML, server 203.0.113.92.\n"
        "Kontakt: Petr Malý, maly@listy.example, 222 000 111\n\nLenka Svobodová\nredaktorka\n"
    )
    x = extract(mail(body(text), sender="svobodova@listy.example", sender_name="Lenka Svobodová"))
    assert _value(x, "contact.person") == "Petr Malý"
    assert _value(x, "contact.email") == "maly@listy.example"


def test_a_sentence_sending_the_office_to_anothers_address_keeps_them() -> None:
    """The address is given in a sentence that sends the office to its owner, not in their
    signature entry: the owner stays the contact although the sender signs."""
    text = (
        "Dobrý den,\n\nžádáme o přístup k XML, server 203.0.113.93.\n"
        "Vše technické řeší Marek, pište mu prosím: marek.sova@listy.example, 777 321 000.\n\n"
        "Lenka Svobodová, Marek Sova\n"
    )
    x = extract(mail(body(text), sender="svobodova@listy.example", sender_name="Lenka Svobodová"))
    assert _value(x, "contact.email") == "marek.sova@listy.example"
    assert _value(x, "contact.person") == "Marek Sova"
