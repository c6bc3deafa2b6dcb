"""Contact person's name shape, thirty-fifth round (issue 18), helper r35-names.

Listed miss: dc029 ("Contacto: Jordi Puig i Ferrer, tel. …", From "Jordi Puig i Ferrer"): a
Catalan name of two surnames joined by "i" is no run of capitalised words, so neither the label
nor the display name gave a person, and the mailbox "jpuig@" picked the run "Jordi Puig".

Class fixed: two surnames joined by "and" as Catalan ("i"), Spanish ("y") and Portuguese ("e")
write them, after a given name and a surname (particles allowed: "María de la Cruz y Pérez"),
one capitalised word after the conjunction, are one person's name as written; a conjunction
before a lower-case word or a second given name and surname is no such name ("Jordi Puig i
jo", "Petr a Jana Novákovi", "Jan Novák i Eva Nová").

The drill's messages were labelled by ``tests/corpus/LABELS.md`` before any extraction was
run on them; wording and names are the tests' own, none a corpus case."""

from __future__ import annotations

import pytest

from intake.extraction.contact import display_person, person_name
from tests.unit.extraction_helpers import body, extract, mail

# (id, sender name, sender address, body, wanted person)
_CASES: list[tuple[str, str, str, str, str]] = [
    (
        "j01-ca-label-and-from",
        "Marta Soler i Vidal",
        "msoler@lavanguardia-local.example",
        "Bon dia,\nsol·licitem accés XML als resultats per a 203.0.113.21.\n"
        "Contacte: Marta Soler i Vidal, tel. +34 933 112 233\nSalutacions,\nMarta Soler i Vidal\nRàdio Garrotxa",
        "Marta Soler i Vidal",
    ),
    (
        "j02-es-y-signature",
        "José Ortega y Gasset",
        "jortega@diariosur.example",
        "Estimados señores:\nsolicitamos acceso al XML para la IP 203.0.113.22.\n"
        "Persona de contacto: José Ortega y Gasset, +34 952 100 200\nAtentamente,\nDiario del Sur S.L.",
        "José Ortega y Gasset",
    ),
    (
        "j03-pt-e-label",
        "Redação Norte",
        "redacao@jornalnorte.example",
        "Bom dia,\npedimos acesso ao XML dos resultados para 203.0.113.23.\n"
        "Contacto: Pedro Costa e Silva, telefone +351 222 333 444\nCumprimentos,\nJornal do Norte, Lda.",
        "Pedro Costa e Silva",
    ),
    (
        "j04-es-particles-y",
        "María de la Cruz y Pérez",
        "mcruz@ondasur.example",
        "Hola,\nsolicito acceso XML para 203.0.113.24 en nombre de Onda Sur S.L.\nTeléfono: +34 954 000 111\n"
        "Un saludo,\nMaría de la Cruz y Pérez",
        "María de la Cruz y Pérez",
    ),
    (
        "j05-en-letter-catalan-name",
        "Pau Ribas i Serra",
        "pribas@catnews.example",
        "Dear colleagues,\nCat News S.L. requests XML access for 203.0.113.25.\n"
        "Contact person: Pau Ribas i Serra (phone +34 934 555 666)\nRegards,\nPau Ribas i Serra",
        "Pau Ribas i Serra",
    ),
    (
        "j06-cs-letter-foreign-contact",
        "Núria Vila i Puig",
        "nvila@radiobarcelona.example",
        "Dobrý den,\nžádáme o přístup k XML pro 203.0.113.26.\nKontaktní osoba: Núria Vila i Puig, +34 932 777 888\n"
        "S pozdravem\nRàdio Barcelona S.L.",
        "Núria Vila i Puig",
    ),
    (
        "j07-pt-signature-after-closing",
        "Ana Sousa e Costa",
        "asousa@radiominho.example",
        "Bom dia,\na Rádio Minho, Lda. pede acesso ao XML para 203.0.113.29.\nTelefone: +351 253 111 222\n"
        "Com os melhores cumprimentos,\nAna Sousa e Costa",
        "Ana Sousa e Costa",
    ),
    (
        "j08-es-technical-contact-label",
        "Redacción Levante",
        "redaccion@levante.example",
        "Buenos días:\nLevante Digital S.L. solicita acceso XML para 203.0.113.30.\n"
        "Contacto técnico: Luis García y Ramos, tel. +34 961 222 333\nUn saludo",
        "Luis García y Ramos",
    ),
    # near-miss negatives
    (
        "n01-cs-two-persons-a",
        "Jan Novák",
        "novak@zpravy.example",
        "Dobrý den,\nžádáme o XML pro 203.0.113.27. Kontaktní osoba: Jan Novák, tel. 603 111 222.\n"
        "Natáčet budou Petr a Jana Novákovi.\nJan Novák",
        "Jan Novák",
    ),
    (
        "n02-ca-i-jo",
        "Anna Puig",
        "apuig@diari.example",
        "Bon dia,\nsol·licitem accés XML per a 203.0.113.28. Hi anirem en Jordi Puig i jo.\n"
        "Contacte: Anna Puig, +34 933 000 999\nAnna Puig",
        "Anna Puig",
    ),
]


@pytest.mark.parametrize("case", _CASES, ids=[c[0] for c in _CASES])
def test_joined_surnames_drill(case: tuple[str, str, str, str, str]) -> None:
    _id, name, addr, text, want = case
    x = extract(mail(body(text), sender=addr, sender_name=name))
    assert x.contact_person == want


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("Jordi Puig i Ferrer", "Jordi Puig i Ferrer"),
        ("Ana Maria Costa e Silva", "Ana Maria Costa e Silva"),
        ("Jordi Puig i jo", None),
        ("Petr a Jana Novákovi", None),
        ("Praha i Brno", None),
    ],
)
def test_joined_surnames_read_as_one_name(raw: str, want: str | None) -> None:
    assert person_name(raw) == want and display_person(raw) == want
