"""Contact phone, thirty-seventh round (issue 18): a drill written for the test, labelled by
``tests/corpus/LABELS.md`` before extraction ran on it.

1. A helper's number in a free sentence ("my local fixer Tomáš (+420 …), but contact me
   directly: +39 …"; a producer, an interpreter, a driver, a colleague): the helper's, not the
   contact's, up to the writer speaking of themself again; the choice is a guess between
   candidates and is flagged.
2. A bank account ("číslo účtu je 0382719031/0800", "35-601234567/0100"): the number and the
   bank's code after a slash are no phone, not even in the Slovak plan; a Slovak area code
   with a slash ("02/5441 2233") still is one.
3. Numbers of foreign writers in their own plans beside other people's numbers.

Every text here is written for the test; names, firms and numbers are invented."""

from __future__ import annotations

import pytest

from intake.extraction.model import Extraction
from tests.unit.extraction_helpers import body, extract, mail

_ASK = "we would like to film for a few minutes at your counting point on election night."
_CZ_ASK = "žádáme o povolení natáčet na sběrném místě v den sčítání hlasů."


def _phone(x: Extraction) -> tuple[str | None, bool | None]:
    f = x.fields.get("contact.phone")
    return (None, None) if f is None else (str(f.value), f.certain)


def _read(text: str, sender: str = "pisatel@noviny.example", name: str = "") -> Extraction:
    return extract(mail(body(text), sender=sender, sender_name=name))


# (text, sender, sender's name, the labelled phone)
_HELPERS = [
    pytest.param(
        f"Dobrý den,\n{_CZ_ASK}\n\nNa místě mi bude pomáhat tlumočník pan Jiří (tel. 602 118 447),"
        " mě samotnou zastihnete na 0049 171 4432 908.\n\nDěkuji\nAnke Vogel\n",
        "anke.vogel@zeitung.example",
        "Anke Vogel",
        "+491714432908",
        id="cs-interpreter-then-me-german-0049",
    ),
    pytest.param(
        f"Hello,\n{_ASK}\n\nOur driver, Pavel, can be reached on 777 450 221 on the day. For"
        " anything about the request itself, ring me on +33 6 12 34 56 78.\n\nBest,\nClaire Dubois\n",
        "claire.dubois@journal.example",
        "Claire Dubois",
        "+33612345678",
        id="en-driver-then-me-french",
    ),
    pytest.param(
        f"Hello,\n{_ASK}\n\nMy colleague Marta will hold the camera (her number +48 601 222 333)."
        " Please reach me at +48 512 340 876.\n\nKind regards\nPiotr Zieliński\n",
        "piotr.zielinski@gazeta.example",
        "Piotr Zieliński",
        "+48512340876",
        id="en-colleague-then-me-polish",
    ),
    pytest.param(
        f"Buongiorno,\n{_ASK}\n\nIl mio assistente Marco: +39 333 123 4567. Per la richiesta"
        " contattate me: +39 06 4890 1234.\n\nCordiali saluti\nLuca Bianchi\n",
        "luca.bianchi@rai-news.example",
        "Luca Bianchi",
        "+390648901234",
        id="it-assistant-then-me-rome-landline",
    ),
    pytest.param(
        f"Hello,\n{_ASK}\n\nOur producer, Kata, is on +36 30 412 5567; please write or call me"
        " directly at +36 1 234 5678.\n\nThanks,\nAnna Kovács\n",
        "anna.kovacs@hirado.example",
        "Anna Kovács",
        "+3612345678",
        id="en-producer-then-me-budapest",
    ),
    pytest.param(
        "Sehr geehrte Damen und Herren,\nwir möchten am Wahlabend in Ihrer Sammelstelle kurz"
        " filmen.\n\nMein Kollege Stefan (+43 664 123 45 67) begleitet mich; erreichbar bin ich"
        " unter +43 1 531 20 4411.\n\nMit freundlichen Grüßen\nJulia Huber\n",
        "julia.huber@rundfunk.example",
        "Julia Huber",
        "+431531204411",
        id="de-colleague-then-ich-vienna",
    ),
    pytest.param(
        "Goedemiddag,\nwij willen op de verkiezingsavond kort filmen bij uw verzamelpunt.\n\n"
        "Onze fixer ter plaatse is Tomáš: +420 736 550 112. Mij bereikt u op +31 6 1234 5678.\n\n"
        "Met vriendelijke groet\nSanne de Vries\n",
        "sanne.devries@omroep.example",
        "Sanne de Vries",
        "+31612345678",
        id="nl-fixer-then-mij",
    ),
    pytest.param(
        "Buenos días,\nqueremos grabar unos minutos en su punto de recogida.\n\nMi productora,"
        " Lucía, estará en Praga (+34 612 345 678); yo estoy en el +34 915 123 456.\n\n"
        "Saludos\nJavier Ruiz\n",
        "javier.ruiz@noticias.example",
        "Javier Ruiz",
        "+34915123456",
        id="es-producer-then-yo-madrid",
    ),
    pytest.param(
        f"Hello,\n{_ASK}\n\nMy local fixer is Ondřej (+420 736 550 112), you can ring me on"
        " +39 347 118 2056.\n\nGrazie\nSara Conti\n",
        "sara.conti@posta.example",
        "Sara Conti",
        "+393471182056",
        id="en-fixer-then-ring-me",
    ),
    pytest.param(
        f"Dobrý den,\n{_CZ_ASK}\nJsem produkční pořadu a kontakt pro vás: mobil 605 112 334,"
        " pevná linka 224 811 234.\n\nIva Černá\n",
        "iva.cerna@tv.example",
        "Iva Černá",
        "+420605112334",
        id="cs-helper-word-is-the-writers-job-near-miss",
    ),
]


@pytest.mark.parametrize(("text", "sender", "name", "want"), _HELPERS)
def test_a_helpers_number_is_not_the_contacts(text: str, sender: str, name: str, want: str) -> None:
    value, _ = _phone(_read(text, sender, name))
    assert value == want


def test_a_helpers_number_set_aside_by_the_sentence_alone_is_flagged() -> None:
    """The corpus case's shape: the helper first, the writer's own number after "me"."""
    text = (
        f"Hello,\n{_ASK}\n\nMy local fixer is Ondřej (+420 736 550 112), but I'm on"
        " +39 347 118 2056 myself.\n\nGrazie\nSara Conti\n"
    )
    assert _phone(_read(text, "sara.conti@posta.example", "Sara Conti")) == ("+393471182056", False)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param(
            f"Dobrý den,\n{_CZ_ASK}\nJsem asistentka ředitele a kontaktní osobou pro tuto žádost,"
            " volejte mi na 731 445 902.\n\nS pozdravem\nJana Malá\n",
            "+420731445902",
            id="cs-helper-word-is-the-writers-role",
        ),
        pytest.param(
            f"Dobrý den,\n{_CZ_ASK}\n\nS pozdravem\nJana Malá\nasistentka ředitele\n"
            "tel. 603 221 900\n",
            "+420603221900",
            id="cs-assistant-signature",
        ),
    ],
)
def test_a_helper_word_that_is_the_writers_own_role(text: str, want: str) -> None:
    value, _ = _phone(_read(text, "jana.mala@obec.example", "Jana Malá"))
    assert value == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param(
            f"Dobrý den,\n{_CZ_ASK}\nPoplatek uhradíme z účtu 2801234567/2010, případně volejte"
            " 604 118 339.\n\nPetr Novotný\n",
            "+420604118339",
            id="cs-account-then-phone",
        ),
        pytest.param(
            f"Dobrý den,\n{_CZ_ASK}\n\nS pozdravem\nPetr Novotný\nč. ú. 35-601234567/0100\n"
            "tel. 224 811 234\n",
            "+420224811234",
            id="cs-account-with-prefix-a-mobile-shaped-number",
        ),
        pytest.param(
            "Dobrý deň,\nžiadame o povolenie natáčať na zbernom mieste.\nPoplatok uhradíme z"
            " účtu č. 0012345678/1100.\n\nS pozdravom\nZuzana Hrušková\nmobil 0915 222 333\n",
            "+421915222333",
            id="sk-account-then-mobile",
        ),
        pytest.param(
            "Dobrý deň,\nžiadame o povolenie natáčať na zbernom mieste.\n\nS pozdravom\n"
            "Zuzana Hrušková\ntel. 02/5441 2233\n",
            "+421254412233",
            id="sk-area-code-with-slash-near-miss",
        ),
        pytest.param(
            "Dobrý deň,\nžiadame o povolenie natáčať na zbernom mieste.\n\nS pozdravom\n"
            "Zuzana Hrušková\nmobil 0905123456 / po 17. hod.\n",
            "+421905123456",
            id="sk-unspaced-mobile-slash-words-near-miss",
        ),
    ],
)
def test_a_bank_account_is_no_phone(text: str, want: str) -> None:
    value, _ = _phone(_read(text, "podatelna@obec.example"))
    assert value == want


@pytest.mark.parametrize(
    ("text", "sender", "name", "want"),
    [
        pytest.param(
            f"Hello,\n{_ASK}\n\nI'm on +44 7700 900123 (mobile); our office in London is"
            " +44 20 7946 0018.\n\nRegards\nOliver Grant\n",
            "oliver.grant@news.example",
            "Oliver Grant",
            "+447700900123",
            id="en-uk-mobile-before-office",
        ),
        pytest.param(
            "Grüezi\nWir möchten am Wahlabend kurz filmen.\nSie erreichen mich unter"
            " 079 345 67 89 (Schweiz).\n\nFreundliche Grüsse\nReto Meier\n",
            "reto.meier@tagblatt.example",
            "Reto Meier",
            "+41793456789",
            id="de-swiss-mobile-named-country",
        ),
        pytest.param(
            "Bonjour,\nnous souhaitons filmer au point de collecte le soir des élections.\n"
            "Vous pouvez me joindre au 0475 12 34 56 (Belgique).\n\nCordialement\nMarc Dupont\n",
            "marc.dupont@journal.example",
            "Marc Dupont",
            "+32475123456",
            id="fr-belgian-mobile-named-country",
        ),
    ],
)
def test_a_foreign_writers_own_number(text: str, sender: str, name: str, want: str) -> None:
    value, _ = _phone(_read(text, sender, name))
    assert value == want
