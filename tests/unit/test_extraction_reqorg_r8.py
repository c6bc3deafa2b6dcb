"""Request types and the organisation, eighth round (issue 18): principles written for the
test in wording of their own (Czech with and without diacritics, Slovak, English; prose, a
form, a reply), none a corpus case."""

from __future__ import annotations

import pytest

from intake.extraction.request_types import FEED, RECORDING, Part, request_types
from tests.unit.extraction_helpers import SIG as _SIG
from tests.unit.extraction_helpers import body as _body
from tests.unit.extraction_helpers import extract as _x
from tests.unit.extraction_helpers import mail as _mail


def _types(text: str) -> tuple[str, ...]:
    return request_types([(text, Part.TEXT)], has_ips=True)[0]


# ------------------------------------------- a bracketed aside is a scope of its own -----
# A negation inside brackets is about what the aside says (an address's role, a detail),
# never about a request named outside them; a negation after the closing bracket is not
# inside the aside.


@pytest.mark.parametrize(
    "text",
    [
        "Žádáme o přístup k XML (adresa 192.0.2.5, záložní žádná) a také o natáčení na "
        "přebíracím místě.",
        "zadame o XML (server 198.51.100.4, testovaci nemame) a chceme i natacet ve Zline.",
        "žiadame o prístup k XML (produkčná 192.0.2.7, testovacia žiadna) a tiež o povolenie "
        "nakrúcať na preberacom mieste.",
        "We would like XML access (192.0.2.7, test: none) and also permission to film at the "
        "collection point in Brno.",
        "Doplňuji: XML chceme (IP 203.0.113.9 – test nepotřebujeme) a přijedeme natáčet do "
        "Jihlavy.",
        "Zadost | XML (IP 192.0.2.66, bez zalohy) a natoceni reportaze na prebiracim miste v "
        "Kladne",
    ],
)
def test_a_negation_inside_brackets_declines_no_request_outside(text: str) -> None:
    assert _types(text) == (FEED, RECORDING)


@pytest.mark.parametrize(
    "text",
    [
        "O přístup k XML (server 192.0.2.5 a 192.0.2.6) již nežádáme, prosíme jen o povolení "
        "natáčet v Ostravě.",
        "o pristup k XML (adresy 192.0.2.5, 192.0.2.6) uz nezadame; natacet v Opave ale chceme.",
        "O prístup k XML (adresa 192.0.2.5) už nežiadame, žiadame iba o povolenie nakrúcať.",
        "The XML feed (addresses 192.0.2.5 and .6) is no longer needed; we only ask for "
        "permission to film at the collection point.",
    ],
)
def test_a_negation_after_a_closed_aside_declines_the_request_before_it(text: str) -> None:
    assert _types(text) == (RECORDING,)


def test_a_negation_inside_brackets_about_a_request_still_declines_it() -> None:
    assert _types("Žádáme o přístup k XML (natáčet nebudeme), server 192.0.2.5.") == (FEED,)


# --------------------- a later correction takes back what a form ticked, in any wording -----
# A request is taken back by any form of a withdrawing verb (active or passive: "berte jako
# staženou", "je odvolána", "treat it as withdrawn") or by saying it cannot be done
# ("nestihneme", "nezvládneme", "we cannot make it"); a clause that takes back "that part"
# without naming it refers to the request its sentence named before it.


@pytest.mark.parametrize(
    "text",
    [
        "Přístup k XML: ano\nNatáčení: ano\n\nOprava: natáčení nakonec nezvládneme, tuto část "
        "žádosti berte jako zrušenou.",
        "XML ☒  natáčení ☒\nPS: s natáčením to nevyjde, tu položku prosím považujte za "
        "staženou.",
        "Prístup k XML: áno\nNakrúcanie: áno\nOprava: nakrúcanie nestihneme, túto časť žiadosti "
        "berte ako stiahnutú.",
        "XML feed: yes\nFilming: yes\nUpdate: we cannot make the filming after all, please "
        "treat that part as withdrawn.",
        "Přístup k XML | ano\nNatáčení | ano\n\nNatáčet nakonec nestihneme, tato část žádosti "
        "je odvolána.",
        "XML: ano\nNataceni: ano\n\nk nataceni: nestihneme to, povazujte to za stazene.",
    ],
)
def test_a_later_correction_takes_back_a_ticked_request(text: str) -> None:
    assert _types(text) == (FEED,)


@pytest.mark.parametrize(
    "text",
    [
        "Žádáme o přístup k XML, stahujeme data každou minutu ze serveru 192.0.2.5.",
        "Zadame o pristup k XML, data stahujeme kazdou minutu.",
        "Prosíme o XML přístup, pro stažení dat použijeme server 192.0.2.5.",
    ],
)
def test_downloading_is_no_taking_back(text: str) -> None:
    assert request_types([(text, Part.TEXT)], has_ips=True) == ((FEED,), None)


def test_taking_back_something_the_sentence_does_not_name_keeps_the_requests() -> None:
    text = "XML: ano\nNatáčení: ano\n\nStarší verzi této žádosti prosím berte jako staženou."
    assert _types(text) == (FEED, RECORDING)


# ------------------------- an IČO belongs to the organisation it is written beside ------
# An agency, a contractor or a representative filing for its client writes its own IČO
# beside its own name (on the line, or in its signature block under the name); that is not
# the applicant's IČO. The field stays empty and flagged, never the intermediary's number.

_AGENCY_ICO = "59715839"


def _ico(text: str) -> tuple[str | None, bool | None]:
    x = _x(_mail(_body(text + "\nProdukční IP: 192.0.2.10\n" + _SIG)))
    f = x.fields.get("organization.ico")
    return (x.organization_ico, None if f is None else f.certain)


@pytest.mark.parametrize(
    "text",
    [
        "V zastoupení našeho klienta Baltic Radio SIA žádáme o přístup k XML. Naše agentura: "
        f"Mediaservis Plus s.r.o., IČO {_AGENCY_ICO}, vyřizuje jen komunikaci.",
        "Jmenem naseho klienta Nordic Press AB zadame o pristup k XML. My (Agentura Vltava "
        f"s.r.o., ICO {_AGENCY_ICO}) vyrizujeme jen komunikaci.",
        "V mene nášho klienta Dunaj Press Kft. žiadame o prístup k XML. Sme agentúra Tatra PR "
        f"s.r.o., IČO {_AGENCY_ICO}.",
        "On behalf of our client Nordlys Media AS we request access to the XML results. Our "
        f"agency, Bridge Communications Ltd (IČO {_AGENCY_ICO}), only handles the paperwork.",
        f"Žadatel: Lumen Radio GmbH\nZastupuje: Mediaservis Plus s.r.o., IČO {_AGENCY_ICO}",
        "Dobrý den, jménem našeho klienta Lumen Radio GmbH žádáme o přístup k XML.\n\n"
        f"Petra Malá\nMediaservis Plus s.r.o.\nIČO: {_AGENCY_ICO}",
    ],
)
def test_an_intermediarys_ico_is_not_the_applicants(text: str) -> None:
    value, certain = _ico(text)
    assert value is None and not certain


@pytest.mark.parametrize(
    "text",
    [
        f"Rádio Sever s.r.o., IČO {_AGENCY_ICO}, žádá o přístup k XML.",
        f"Žadatel: Rádio Sever s.r.o.\nIČO: {_AGENCY_ICO}",
        f"Dobrý den, žádáme o přístup k XML.\n\nPetra Malá\nRádio Sever s.r.o.\nIČO: {_AGENCY_ICO}",
    ],
)
def test_the_applicants_own_ico_beside_its_name_stays(text: str) -> None:
    assert _ico(text)[0] == _AGENCY_ICO


# -------------------- the client a writer acts for, introduced by an apposition ------------
# "za našeho klienta, kterým je X", "for our client, which is X", "zastupujeme klienta: X":
# the client named after a relative clause, a comma or a colon is the applicant, not the
# writer's own firm (a contractor running the servers, an agency).


def _org(text: str) -> str | None:
    return _x(_mail(_body(text + "\nProdukční IP: 192.0.2.10\n" + _SIG))).organization_name


@pytest.mark.parametrize(
    ("text", "client"),
    [
        ("Píšeme za našeho klienta, kterým je Rádio Podlesí s.r.o. My (NetServis s.r.o.) pro "
         "něj jen provozujeme servery.", "Rádio Podlesí s.r.o."),
        ("Piseme za naseho klienta, kterym je Radio Podlesi s.r.o.; my (NetServis s.r.o.) mu "
         "spravujeme servery.", "Radio Podlesi s.r.o."),
        ("Píšem za nášho klienta, ktorým je Rádio Tatry s.r.o. My (WebOps s.r.o.) mu len "
         "spravujeme servery.", "Rádio Tatry s.r.o."),
        ("I am writing for our client, which is Harbour FM Ltd, and we (CloudOps s.r.o.) only run "
         "their servers.", "Harbour FM Ltd"),
        ("Zastupujeme klienta: Rádio Podlesí s.r.o.\nNaše firma NetServis s.r.o. zajišťuje "
         "servery.", "Rádio Podlesí s.r.o."),
        ("Jménem našeho zákazníka, společnosti Lesní rádio a.s., žádáme o přístup k XML. "
         "Servery provozuje NetServis s.r.o.", "Lesní rádio a.s."),
    ],
)
def test_a_client_named_after_an_apposition_is_the_applicant(text: str, client: str) -> None:
    assert _org(text) == client


# ------------------- a name never holds a word of the sentence: it starts after it --------
# "Časopis X vydává Y s.r.o.", "X is published by Y Ltd", "Vydavatelem X je Y a.s.": a verb,
# an auxiliary or a pronoun inside what was read as a name ends the sentence's part before
# the name; the legal entity starts after it (and after lower-case words such as "spolek").


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Zpravodaj Horní Lhota vydává Obecní nakladatelství Lhota, s.r.o., a žádá o přístup "
         "k XML.", "Obecní nakladatelství Lhota, s.r.o."),
        ("Mesicnik Brana vydava spolek Brana Kraje, z. s.; zadame o pristup k XML.",
         "Brana Kraje, z. s."),
        ("Týždenník Dolina vydáva občianske združenie Dolina Plus, o. z., žiadame o prístup.",
         "Dolina Plus, o. z."),
        ("The Riverside Courier is published by Courier Media Ltd, and we ask for XML access.",
         "Courier Media Ltd"),
        ("Vydavatelem Hlasu Polabí je Polabská média a.s., prosíme o přístup k XML.",
         "Polabská média a.s."),
        ("Web Lužnice Dnes provozuje Lužnice Online s.r.o. a rád by bral výsledky z XML.",
         "Lužnice Online s.r.o."),
    ],
)
def test_the_entity_named_after_a_sentence_verb_is_the_name(sentence: str, name: str) -> None:
    assert _org("Dobrý den,\n" + sentence) == name


# ---------------------------------------- a declined name is reported in its nominative ----
# A name read after a preposition or a governing noun is declined ("za Jihomoravskou
# televizi", "redaktorka Studentské televize"): the register's form is the nominative — the
# same name written elsewhere in the text (a signature), else formed from the feminine
# endings of its adjective and noun (the language's nominative "-á", also in a text typed
# without diacritics); never for certain.


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Píšu za Jihomoravskou televizi, s.r.o. a žádám o přístup k XML.",
         "Jihomoravská televize, s.r.o."),
        ("zadame za Krajskou agenturu Vysocina, a.s. o pristup k XML.",
         "Krajská agentura Vysocina, a.s."),
        ("jsem redaktorka Studentské televize Brno, z. ú. a prosím o přístup k XML.",
         "Studentská televize Brno, z. ú."),
        ("som redaktor Regionálnej televízie Orava, s.r.o. a žiadam o prístup k XML.",
         "Regionálna televízia Orava, s.r.o."),
        ("prosíme o zařazení Podřipského týdeníku a.s. mezi média s přístupem k XML.\n\n--\n"
         "Podřipský týdeník a.s. | Roudnice", "Podřipský týdeník a.s."),
        ("posílám za Okresní agenturu Zlín, a.s. žádost o přístup k XML.",
         "Okresní agentura Zlín, a.s."),
    ],
)
def test_a_declined_name_is_given_in_its_nominative(sentence: str, name: str) -> None:
    x = _x(_mail(_body("Dobrý den,\n" + sentence + "\nProdukční IP: 192.0.2.10\n" + _SIG)))
    field = x.fields["organization.name"]
    assert x.organization_name == name and not field.certain


# ------------------------------- a sole trader's business name: person – trade name ------
# A natural person trading under a name writes it as the register does, their full name and
# the trade name joined by a dash ("Petra Malá – Malá Foto"): that whole is the applicant's
# name, not the trade name alone.

_TRADER_ICO = "77962541"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (f"Jsem OSVČ (Petra Malá – Malá Foto, IČO {_TRADER_ICO}) a prosím o přístup k XML.",
         "Petra Malá – Malá Foto"),
        (f"podnikam jako Tomas Ruzicka – RuzaNews, ICO {_TRADER_ICO}, a prosim o XML.",
         "Tomas Ruzicka – RuzaNews"),
        (f"Som živnostník: Ján Kováč – Kováč Video, IČO {_TRADER_ICO}. Žiadam o prístup k XML.",
         "Ján Kováč – Kováč Video"),
        (f"I work as a sole trader (Emma Clarke — Clarke Pictures, IČO {_TRADER_ICO}) and ask "
         "for XML access.", "Emma Clarke — Clarke Pictures"),
        (f"Prosím o přístup k XML.\n\nPetr Dvořák – Dvořák Media\nIČO: {_TRADER_ICO}",
         "Petr Dvořák – Dvořák Media"),
        (f"podnikám pod jménem „Jana Bílá – Bílé Studio“, IČO {_TRADER_ICO}. Prosím o XML.",
         "Jana Bílá – Bílé Studio"),
    ],
)
def test_a_sole_traders_name_keeps_the_person(text: str, name: str) -> None:
    assert _org("Dobrý den,\n" + text) == name


# ------------ an institution's name runs through its own lower-case words and its seat ----
# "Vysoká škola mediálních studií v Kolíně", "Střední škola polygrafická Brno": the field of
# a school (a genitive, an adjective) and its seat ("v Trnave") are part of its name, up to
# the sentence's verb.


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Vysoká škola mediálních studií v Kolíně připravuje se studenty volební studio.",
         "Vysoká škola mediálních studií v Kolíně"),
        ("Vysoka skola ekonomicka v Jihlave chce vysledky voleb z XML.",
         "Vysoka skola ekonomicka v Jihlave"),
        ("Vysoká škola múzických umení v Bratislave pripravuje volebné štúdio.",
         "Vysoká škola múzických umení v Bratislave"),
        ("Střední škola polygrafická Brno chystá volební vysílání.",
         "Střední škola polygrafická Brno"),
        ("Prosíme o přístup k XML.\n\nS pozdravem\nJana Malá\nAkademie výtvarných umění v Lhotce",
         "Akademie výtvarných umění v Lhotce"),
        ("Vysoká škola politických studií chystá volební studio a prosí o XML.",
         "Vysoká škola politických studií"),
    ],
)
def test_an_institution_keeps_its_field_and_seat(text: str, name: str) -> None:
    assert _org("Dobrý den,\n" + text) == name


# ------------------------- an identifier in brackets: whose it is, by what the brackets say -
# "X (veřejná vysoká škola, IČO …)": a kind in words before the identifier describes the name
# before the brackets (a unit's university made nominative); "X (vydavatel: Y, IČO …)": the
# publisher labelled inside the brackets is the applicant, the one with the IČO.

_BRACKET_ICO = "62409069"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (f"Oddělení analýz Slezské univerzity (veřejná vysoká škola, IČO {_BRACKET_ICO}) žádá "
         "o přístup k XML.", "Slezská univerzita"),
        (f"laboratoř dat Polabské univerzity (veřejná vysoká škola, IČO {_BRACKET_ICO}) by ráda "
         "získala přístup k XML.", "Polabská univerzita"),
        (f"Department of Politics, University of Eastham (public university, Company ID "
         f"{_BRACKET_ICO}) asks for XML access.", "University of Eastham"),
        (f"Lhotecký zpravodaj (vydavatel: obec Lhota, IČO {_BRACKET_ICO}) žádá o registraci.",
         "obec Lhota"),
        (f"Mesicnik Brana (vydavatel: mesto Brana, ICO {_BRACKET_ICO}) zada o pristup k XML.",
         "mesto Brana"),
        (f"Obecné noviny (vydavateľ: obec Lúka, IČO {_BRACKET_ICO}) žiadajú o prístup k XML.",
         "obec Lúka"),
    ],
)
def test_an_identifier_in_brackets_names_its_owner(text: str, name: str) -> None:
    assert _org("Dobrý den,\n" + text) == name


# ------------------------------- a place in the sentence is not the start of a name ------
# "zastupujeme v České republice estonský deník X AS": capitalised words right after a
# preposition of place are where, not who; the description after them ("estonský deník",
# "the Polish daily") is the sentence's too; the name is what follows.


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("zastupujeme v Německu bavorský týdeník Alpen Woche GmbH, který žádá o přístup k XML.",
         "Alpen Woche GmbH"),
        ("zastupujeme v Ceske republice slovensky dennik Dunaj Press a.s., ktery zada o XML.",
         "Dunaj Press a.s."),
        ("zastupujeme na Slovensku rakúsky denník Wiener Blatt GmbH, ktorý žiada o prístup k XML.",
         "Wiener Blatt GmbH"),
        ("we represent in the Czech Republic the Polish daily Gazeta Nowa Sp. z o.o., which "
         "asks for XML access.", "Gazeta Nowa Sp. z o.o."),
        ("Ve Vídni sídlící deník Wiener Tag GmbH žádá o přístup k XML.", "Wiener Tag GmbH"),
        ("Kulturní a informační centrum Kroměříž, příspěvková organizace, žádá o přístup k XML.",
         "Kulturní a informační centrum Kroměříž, příspěvková organizace"),
    ],
)
def test_a_place_before_a_name_is_not_part_of_it(text: str, name: str) -> None:
    assert _org("Dobrý den,\n" + text) == name


# ----------------------- the same name with and without diacritics: the fullest form -----
# A name typed without diacritics in one place and written with them in another (the data
# box's register, a signature) is one organisation; the form with diacritics is reported,
# never the other way round.


def _dm_org(text: str, registered: str) -> str | None:
    from tests.unit.extraction_helpers import data_message, text_file

    doc = text_file("zadost.txt", text + "\nIP: 192.0.2.10\n" + _SIG)
    return _x(data_message("Žádost", doc, dm_sender=registered)).organization_name


def test_the_registers_diacritics_complete_a_name_typed_without_them() -> None:
    name = _dm_org("Jihocesky tyden s.r.o., ICO 64047300\nZadame o pristup k XML.",
                   "Jihočeský týden s.r.o.")
    assert name == "Jihočeský týden s.r.o."


def test_an_english_name_typed_plain_takes_the_registers_form() -> None:
    name = _dm_org("Applicant: Prazsky Kuryr Ltd\nWe ask for XML access.", "Pražský Kurýr Ltd")
    assert name == "Pražský Kurýr Ltd"


def test_a_plain_register_never_strips_the_texts_diacritics() -> None:
    name = _dm_org("Žadatel: Jihočeský týden s.r.o.\nŽádáme o přístup k XML.",
                   "Jihocesky tyden s.r.o.")
    assert name == "Jihočeský týden s.r.o."


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Zadame o XML za Horacky zpravodaj s.r.o.\n\n--\nHorácký zpravodaj s.r.o. | Jihlava",
         "Horácký zpravodaj s.r.o."),
        ("Ziadame o XML za Zahorsky dennik s.r.o.\n\n--\nZáhorský denník s.r.o. | Senica",
         "Záhorský denník s.r.o."),
        ("Žádáme o XML za Horácký zpravodaj s.r.o.\n\n--\nHoracky zpravodaj s.r.o. | Jihlava",
         "Horácký zpravodaj s.r.o."),
    ],
)
def test_a_signatures_diacritics_complete_the_name(text: str, name: str) -> None:
    assert _org("Dobrý den,\n" + text) == name


# --------------- a surname in the subject is the person the text names in full ------------
# A natural person applying for themselves often puts only their surname in the subject
# ("XML – Novotná"); the text names the same person in full (the signature): the fullest
# form is the applicant's name, never for certain.


@pytest.mark.parametrize(
    ("subject", "text", "name"),
    [
        ("XML – Novotná", "jsem novinářka na volné noze a žádám o XML.\n\nEva Novotná",
         "Eva Novotná"),
        ("pristup k XML - Kriz", "jsem nezavisly novinar, prosim o XML.\n\nVojtech Kriz",
         "Vojtech Kriz"),
        ("Žiadosť – Kováčová", "som novinárka na voľnej nohe a žiadam o XML.\n\nMária Kováčová",
         "Mária Kováčová"),
        ("XML feed – Whitfield", "I am a freelance journalist asking for XML access.\n\n"
         "Anna Whitfield", "Anna Whitfield"),
        ("Registrace / Horák", "Jsem fotograf na volné noze.\nJméno: Petr Horák\nŽádám o XML.",
         "Petr Horák"),
    ],
)
def test_a_surname_in_the_subject_is_the_person_named_in_full(
    subject: str, text: str, name: str
) -> None:
    x = _x(_mail(_body("Dobrý den,\n" + text + "\nProdukční IP: 192.0.2.10\n"), subject=subject))
    assert x.organization_name == name and not x.fields["organization.name"].certain


def test_a_publication_in_the_subject_stays_as_written() -> None:
    x = _x(_mail(_body("Dobrý den,\nHlas Kraje žádá o XML.\nProdukční IP: 192.0.2.10\n"
                       "Eva Novotná"), subject="XML – Hlas Kraje"))
    assert x.organization_name == "Hlas Kraje"


# ------------------------------------------ an IČO label in its various written forms ----
# The label glued to its digits ("ICO27845613") or carrying whose number it is before the
# colon or "je"/"is" ("IČO spolku:", "IČO našej spoločnosti:", "Company ID of the
# publisher:", "IČO vydavatele Alfa s.r.o. je …") is a label.

_FORM_ICO = "64047300"


@pytest.mark.parametrize(
    "line",
    [
        f"za Radio Lhota s.r.o. ICO{_FORM_ICO} prosim o pripojeni na XML.",
        f"Rádio Lhota s.r.o., IČO{_FORM_ICO}, žádá o přístup k XML.",
        f"IČO spolku: {_FORM_ICO}",
        f"IČO našej spoločnosti: {_FORM_ICO}",
        f"Company ID of the publisher: {_FORM_ICO}",
        f"IČO firmy | {_FORM_ICO}",
        f"doplňuji: IČO vydavatele Lesní listy s.r.o. je {_FORM_ICO}.",
        f"The Company ID of Harbour Media Ltd is {_FORM_ICO}.",
    ],
)
def test_an_ico_label_in_its_written_forms(line: str) -> None:
    assert _ico("Dobrý den, žádáme o přístup k XML.\n" + line)[0] == _FORM_ICO


def test_an_ico_label_saying_there_is_none_labels_no_number() -> None:
    text = f"Dobrý den, IČO nemáme, {_FORM_ICO} je číslo naší objednávky."
    assert _ico(text)[0] is None
