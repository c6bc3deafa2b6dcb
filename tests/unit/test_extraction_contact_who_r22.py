"""Contact person, e-mail and phone, twenty-second round (issue 18): which person is the
contact, probed in wording unlike the corpus cases.

1. A forwarder takes the contact role over: their note asks to be turned to, whatever the
   order of "se", "prosím" and other words around the verb ("v této věci se proto prosím
   obracejte na mě"): the forwarder, with the phone of their note, never certain.
2. A contact role and its verb with lower-case words between them, in the languages of our
   foreign senders ("Osobą kontaktową w tej sprawie jest …", "Ansprechpartnerin für diese
   Anfrage ist …", "The contact person for this request is …"): the person named there.

Every text here is written for the test; names, firms and numbers are invented."""

from __future__ import annotations

import unicodedata

import pytest

from intake.extraction.model import Extraction
from tests.unit.extraction_helpers import body, extract, mail


def _value(x: Extraction, key: str) -> str | None:
    f = x.fields.get(key)
    return None if f is None else str(f.value)


# ------------- 1. a forwarder who takes the contact over ---------------------------------

_FORWARDED = (
    "\n________________________________\nOd: Beneš Pavel <benes@vysocina-dnes.example>\n"
    "Odesláno: pondělí 4. září 2025 9:12\nKomu: Malá Jana <mala@vysocina-dnes.example>\n"
    "Předmět: žádost o XML\n\nDobrý den,\nVysočina dnes s.r.o., IČO 27104567, žádá o přístup "
    "k výsledkům voleb.\nprodukce: 198.51.100.30\n\nKontakt: Pavel Beneš, "
    "benes@vysocina-dnes.example, 602 418 927\n\nPavel Beneš\n"
)

TAKES_OVER: dict[str, str] = {
    "words_between": (
        "Dobrý den,\nposílám dál žádost kolegy Beneše, který je teď v nemocnici. Ve všem, co se "
        "týká žádosti, se tedy prosím obracejte na mě, tel. 731 264 905.\n\nJana Malá\nredakce\n"
    ),
    "verb_after_objects": (
        "Dobrý den,\nkolega Beneš odjel na služební cestu, a tak přeposílám jeho žádost. S dotazy "
        "obraťte se laskavě na mne – mobil 731 264 905.\n\nS pozdravem\nJana Malá\n"
    ),
    "slovak": (
        "Dobrý deň,\nposielam ďalej žiadosť kolegu Beneša, ktorý je na dovolenke. V tejto veci "
        "sa preto obracajte na mňa, telefón 731 264 905.\n\nJana Malá\n"
    ),
    "direct_to_me": (
        "Dobrý den,\npřeposílám žádost pana Beneše, od zítra nebude v kanceláři. Dotazy proto "
        "směřujte až do konce měsíce na mě (731 264 905).\n\nJana Malá, asistentka\n"
    ),
}


@pytest.mark.parametrize("key", sorted(TAKES_OVER))
def test_a_forwarder_asking_to_be_turned_to_is_the_contact(key: str) -> None:
    x = extract(mail(body(TAKES_OVER[key] + _FORWARDED), sender="mala@vysocina-dnes.example", subject="FW: žádost o XML"))
    assert _value(x, "contact.person") == "Jana Malá"
    assert _value(x, "contact.phone") == "+420731264905"
    assert _value(x, "contact.email") == "mala@vysocina-dnes.example"
    assert not x.fields["contact.person"].certain


NOT_ME: dict[str, str] = {
    "someone_else_not_me": (
        "Dobrý den,\npřeposílám žádost kolegy. S dotazy se obracejte na pana Beneše, ne na mě.\n\n"
        "Jana Malá\n"
    ),
    "plain_forward": "Dobrý den,\npřeposílám žádost kolegy Beneše, prosím o vyřízení.\n\nJana Malá\n",
}


@pytest.mark.parametrize("key", sorted(NOT_ME))
def test_a_forwarder_not_asking_to_be_turned_to_leaves_the_original_contact(key: str) -> None:
    x = extract(mail(body(NOT_ME[key] + _FORWARDED), sender="mala@vysocina-dnes.example", subject="FW: žádost o XML"))
    assert _value(x, "contact.person") == "Pavel Beneš"
    assert _value(x, "contact.phone") == "+420602418927"


# ------------- 2. words between a contact role and its verb ------------------------------

_HEAD = (
    "Dobrý den,\nRadio Podhůří s.r.o., IČO 27104567, žádá o přístup k výsledkům voleb v XML.\n"
    "Produkce: 198.51.100.40\n\n"
)
_SIGN = "\nS pozdravem\nKarel Vondra\nředitel\n"

# key: (sentence, person)
ROLE_GAP: dict[str, tuple[str, str]] = {
    "polish_future": (
        "Osobą kontaktową w sprawie nagrania będzie nasza reporterka Anna Nowak, "
        "nowak@podhuri.example, tel. +48 601 220 117.\n",
        "Anna Nowak",
    ),
    "german": (
        "Ansprechpartnerin für diese Anfrage ist Frau Lena Vogt (vogt@podhuri.example, "
        "+49 170 2203 117).\n",
        "Lena Vogt",
    ),
    "english": (
        "The contact person for all technical questions is Ms Jane Calder, calder@podhuri.example, "
        "+420 601 220 117.\n",
        "Jane Calder",
    ),
    "french": (
        "La personne de contact pour cette demande est Mme Claire Dubois, dubois@podhuri.example, "
        "+420 601 220 117.\n",
        "Claire Dubois",
    ),
}


@pytest.mark.parametrize("key", sorted(ROLE_GAP))
def test_a_contact_role_with_words_before_its_verb_names_the_contact(key: str) -> None:
    sentence, person = ROLE_GAP[key]
    x = extract(mail(body(_HEAD + sentence + _SIGN), sender="vondra@podhuri.example"))
    assert _value(x, "contact.person") == person
    assert _value(x, "contact.email") == person.split()[-1].lower() + "@podhuri.example"


ROLE_NO_NAME: dict[str, str] = {
    # a capitalised word between role and verb: the sentence says something else of a person
    "english_name_before_verb": "Our contact person Jane Calder is on leave until May.\n",
    # the verb is followed by no name
    "polish_no_name": "Osoba kontaktowa w tej sprawie jest podana w załączniku.\n",
}


@pytest.mark.parametrize("key", sorted(ROLE_NO_NAME))
def test_a_contact_role_not_followed_by_a_name_is_not_read_as_one(key: str) -> None:
    x = extract(mail(body(_HEAD + ROLE_NO_NAME[key] + _SIGN), sender="vondra@podhuri.example"))
    assert _value(x, "contact.person") not in ("On Leave", "Podana", "Podana W")


# ------------- 3. a handover wrapped over lines, by a verb of taking the agenda over ------

_LABELLED = "Kontaktní osoba: Jana Malá, 315 622 810\n\n"

# key: (note below the label, successor)
HANDOVER: dict[str, tuple[str, str]] = {
    "prebira_wrapped": (
        "Jen doplňuji, že celou věc ode mě od listopadu přebírá kolegyně Eva Krejčová,\n"
        "proto se v souvislosti se žádostí obracejte raději na ni:\n"
        "krejcova@podhuri.example, tel. 602 118 430.\n",
        "Eva Krejčová",
    ),
    "prevezme_slovak": (
        "Ešte dodávam: od decembra to po mne prevezme kolegyňa Zuzana Hudcová, kontaktujte\n"
        "preto prosím ju, hudcova@podhuri.example, 602 118 430.\n",
        "Zuzana Hudcová",
    ),
    "english_takes_over": (
        "Please note that from next week Tom Ridley takes over this project from me, so\n"
        "kindly contact him instead: ridley@podhuri.example, +420 602 118 430.\n",
        "Tom Ridley",
    ),
    "german_uebernimmt": (
        "Meine Aufgaben übernimmt ab morgen Frau Lena Vogt, bitte kontaktieren Sie\n"
        "dann sie: vogt@podhuri.example, +420 602 118 430.\n",
        "Lena Vogt",
    ),
}


@pytest.mark.parametrize("key", sorted(HANDOVER))
def test_a_wrapped_handover_names_the_successor_unsure(key: str) -> None:
    note, person = HANDOVER[key]
    x = extract(mail(body(_HEAD + _LABELLED + note + "\nDěkuji\nJana Malá\n"), sender="mala@podhuri.example"))
    assert _value(x, "contact.person") == person
    folded = unicodedata.normalize("NFKD", person.split()[-1].lower()).encode("ascii", "ignore").decode()
    assert _value(x, "contact.email") == folded + "@podhuri.example"
    assert _value(x, "contact.phone") == "+420602118430"
    assert not x.fields["contact.person"].certain


NO_HANDOVER: dict[str, str] = {
    # the agenda is taken over, but the office is not asked to turn to anyone
    "no_contact_word": "Od listopadu přebírá účetnictví kolegyně Eva Krejčová.\n",
    # a wrapped sentence that hands nothing over
    "plain_wrapped": "S dotazy k serveru se obracejte na mě, rád vysvětlím, jak budeme\ndata stahovat.\n",
}


@pytest.mark.parametrize("key", sorted(NO_HANDOVER))
def test_no_handover_keeps_the_labelled_contact(key: str) -> None:
    x = extract(mail(body(_HEAD + _LABELLED + NO_HANDOVER[key] + "\nDěkuji\nJana Malá\n"), sender="mala@podhuri.example"))
    assert _value(x, "contact.person") == "Jana Malá"
    assert _value(x, "contact.phone") == "+420315622810"
