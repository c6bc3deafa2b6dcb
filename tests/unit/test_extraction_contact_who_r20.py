"""Contact person, e-mail and phone, twentieth round (issue 18): choosing the contact among
several people, probed in wording unlike the corpus cases.

1. A contact sentence pointing into a signature of several people, by order ("druhý
   z podepsaných", "the second of us") or by a role only one of them bears with a reference
   to the signature ("náš technik (viz podpis)"): that person with their own entry's
   e-mail and phone, never certain.
2. A set phrase naming another person the contact outranks the writer asking to be turned
   to for technical questions; the verb-first order ("Nově je kontaktní osobou …") is a set
   phrase too.

Every text here is written for the test; names, firms and numbers are invented."""

from __future__ import annotations

import pytest

from intake.extraction.model import Extraction
from tests.unit.extraction_helpers import body, extract, mail


def _value(x: Extraction, key: str) -> str | None:
    f = x.fields.get(key)
    return None if f is None else str(f.value)


def _certain(x: Extraction, key: str) -> bool:
    return bool(x.fields[key].certain)


_HEAD = (
    "Dobrý den,\n\nVltavské listy s.r.o., IČO 27104567, žádají o přístup k výsledkům voleb v XML.\n"
    "Produkce: 198.51.100.40\n\n"
)
_TWO = (
    "\nS pozdravem\n\nIng. Karel Doubek, ředitel\ntel. +420 381 220 100, doubek@vltavske.example\n\n"
    "Mgr. Eva Šindelářová, vedoucí vývoje\ntel. +420 381 220 177, sindelarova@vltavske.example\n"
)
_THREE = (
    "\nS pozdravem\n\nKarel Doubek\nředitel\ntel. 381 220 100 | doubek@vltavske.example\n\n"
    "Eva Šindelářová\nprogramátorka\ntel. 381 220 177 | sindelarova@vltavske.example\n\n"
    "Tomáš Hejda\nadministrátor serverů\ntel. 381 220 190 | hejda@vltavske.example\n\n"
    "Vltavské listy s.r.o. | Tábor\n"
)

# key: (sentence, signature, person, email, phone)
POINTED: dict[str, tuple[str, str, str, str, str]] = {
    "druhy_z_podepsanych": (
        "Kontaktem pro technické věci je druhý z podepsaných.\n",
        _TWO,
        "Eva Šindelářová",
        "sindelarova@vltavske.example",
        "+420381220177",
    ),
    "second_of_us": (
        "For this request the contact person is the second of us.\n",
        _TWO,
        "Eva Šindelářová",
        "sindelarova@vltavske.example",
        "+420381220177",
    ),
    "role_viz_podpis": (
        "Kontaktovat prosím našeho administrátora serverů, viz podpis.\n",
        _THREE,
        "Tomáš Hejda",
        "hejda@vltavske.example",
        "+420381220190",
    ),
    "role_podpis_nize": (
        "Kontaktní osobou bude programátorka, údaje v podpisu.\n",
        _THREE,
        "Eva Šindelářová",
        "sindelarova@vltavske.example",
        "+420381220177",
    ),
    "posledni_z_podepsanych": (
        "Kontaktní osobou je poslední z podepsaných.\n",
        _THREE,
        "Tomáš Hejda",
        "hejda@vltavske.example",
        "+420381220190",
    ),
}


@pytest.mark.parametrize("key", sorted(POINTED))
def test_a_sentence_pointing_into_the_signature_chooses_that_signee(key: str) -> None:
    sentence, signature, person, email, phone = POINTED[key]
    x = extract(mail(body(_HEAD + sentence + signature), sender="doubek@vltavske.example"))
    assert _value(x, "contact.person") == person
    assert _value(x, "contact.email") == email
    assert _value(x, "contact.phone") == phone
    assert not _certain(x, "contact.person")


# near misses: a role two signees share, or no pointer at all, leaves the first signer
NOT_POINTED: dict[str, tuple[str, str]] = {
    "role_without_reference": ("Kontaktní osobou bude programátorka.\n", _THREE),
    "no_pointer": ("Kontaktní údaje najdete v podpisu.\n", _TWO),
    "third_of_two": ("Kontaktní osobou je třetí z podepsaných.\n", _TWO),
}


@pytest.mark.parametrize("key", sorted(NOT_POINTED))
def test_no_pointer_keeps_the_first_signer(key: str) -> None:
    sentence, signature = NOT_POINTED[key]
    x = extract(mail(body(_HEAD + sentence + signature), sender="doubek@vltavske.example"))
    assert _value(x, "contact.person") == "Karel Doubek"


_CONTRACTOR_SIGN = (
    "\nS pozdravem\nLukáš Vojta\nNetLab s.r.o.\n+420 602 555 313 | vojta@netlab.example\n"
)

# key: (text, person)
NAMED_OVER_SELF: dict[str, tuple[str, str]] = {
    "kontaktni_osobou_za_klienta": (
        "Kontaktní osobou za klienta je jeho ředitelka Marie Křížová, tel. 381 220 155, "
        "krizova@vltavske.example. Technické dotazy směřujte na mě.\n",
        "Marie Křížová",
    ),
    "nove_je_kontaktni_osobou": (
        "Nově je kontaktní osobou Bc. Marie Křížová, 381 220 155, krizova@vltavske.example.\n",
        "Marie Křížová",
    ),
    "contact_person_is_call_me": (
        "The contact person is Marie Křížová (krizova@vltavske.example, +420 381 220 155); "
        "for the servers call me.\n",
        "Marie Křížová",
    ),
    "bude_kontaktnou_osobou": (
        "Od septembra bude kontaktnou osobou Marie Křížová, krizova@vltavske.example, 381 220 155.\n",
        "Marie Křížová",
    ),
}


@pytest.mark.parametrize("key", sorted(NAMED_OVER_SELF))
def test_a_set_phrase_naming_another_outranks_the_writer(key: str) -> None:
    text, person = NAMED_OVER_SELF[key]
    x = extract(mail(body(_HEAD + text + _CONTRACTOR_SIGN), sender="vojta@netlab.example"))
    assert _value(x, "contact.person") == person
    assert _value(x, "contact.email") == "krizova@vltavske.example"
    assert _value(x, "contact.phone") == "+420381220155"


def test_the_writer_asking_to_be_turned_to_stays_without_another_named() -> None:
    x = extract(
        mail(
            body(_HEAD + "Technické dotazy směřujte na mě.\n" + _CONTRACTOR_SIGN),
            sender="vojta@netlab.example",
        )
    )
    assert _value(x, "contact.person") == "Lukáš Vojta"


def test_a_past_contact_is_not_named_by_the_verb_first_phrase() -> None:
    text = "Kontaktní osobou byl dříve pan Jiří Malina. Technické dotazy směřujte na mě.\n"
    x = extract(mail(body(_HEAD + text + _CONTRACTOR_SIGN), sender="vojta@netlab.example"))
    assert _value(x, "contact.person") == "Lukáš Vojta"


def test_a_name_in_the_pointing_sentence_outranks_a_role_it_also_names() -> None:
    """The sentence refers to the signature and names the director's role, but names the
    technician: the name wins over the role."""
    x = extract(
        mail(
            body(
                "Dobrý den,\n\nžádáme o přístup z adresy 192.0.2.77. Ve věcech techniky se "
                "obracejte na pana\nVrbu (kontakt v podpisu), žádost podepisuje jednatelka.\n\n"
                "S pozdravem\n\nMgr. Olga Kmínková\njednatelka\nkminkova@lipa.example | "
                "+420 777 100 200\n\nTomáš Vrba\ntechnik\nvrba@lipa.example | mob. 777 300 400\n"
            ),
            sender="kminkova@lipa.example",
            sender_name="Olga Kmínková",
        )
    )
    assert _value(x, "contact.person") == "Tomáš Vrba"
    assert _value(x, "contact.phone") == "+420777300400"
