"""Request types and the organisation, eighteenth round (issue 18). Wording, formats and
names are the tests' own, none a corpus case.

- A label or an opening word of the organisation typed without diacritics ("Zadatel",
  "Nazev spolecnosti", "Ziadatel") reads as written with them: never a word of the name.
- A name's words typed without diacritics in one text and with them in another are one
  name: the spelling with diacritics is kept.
- A sole trader's business name written with the person's name in the letterhead ("Jana
  Malá – JM Foto") is the applicant's name as written; the data box's register name (the
  person alone) does not replace it, and the value stays unsure.
- A thing the applicant says they lack yet ("we have not yet got access to the XML feed")
  is no decline: the reading is unsure, never a certain decline.
- A permit to film in Swiss and Austrian German ("Drehbewilligung") asks for filming, a
  condition does not withdraw it.
"""

from __future__ import annotations

import pytest

from intake.extraction import request_types as rt
from tests.unit.extraction_helpers import body as _body
from tests.unit.extraction_helpers import data_message as _data_message
from tests.unit.extraction_helpers import extract as _x
from tests.unit.extraction_helpers import mail as _mail
from tests.unit.extraction_helpers import text_file

_TAIL = "\nAdresy pro ostrý provoz: 192.0.2.10\nKontakt: Iva Nová, 603 123 456, iva@posta.example\n"


def _name(text: str) -> tuple[str | None, bool]:
    x = _x(_mail(_body(text + _TAIL), sender="x@posta.example"))
    v = x.fields.get("organization.name")
    return (v.value, v.certain) if v is not None else (None, False)


def _types(text: str) -> tuple[tuple[str, ...], rt.Reason | None]:
    return rt.request_types([(text, rt.Part.TEXT)], False)


# ------------- a label or an opener typed without diacritics -------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param(
            "Dobry den, zadatel Kovárna Hlinsko s.r.o., ICO 27074358.",
            "Kovárna Hlinsko s.r.o.",
            id="cs-zadatel-in-sentence",
        ),
        pytest.param(
            "ZADATEL: Modrá Hora a.s.\nICO: 27074358", "Modrá Hora a.s.", id="cs-upper-label"
        ),
        pytest.param(
            "Nazev spolecnosti: Zvonice Media s.r.o.\nPosilame adresy.",
            "Zvonice Media s.r.o.",
            id="cs-bare-two-word-label",
        ),
        pytest.param(
            "Ziadatel: Horehronské vysielanie, s.r.o.\nProsime o pristup k XML.",
            "Horehronské vysielanie, s.r.o.",
            id="sk-ziadatel",
        ),
        pytest.param(
            "Spolecnost Lesní Echo a.s. zada o pristup k XML.",
            "Lesní Echo a.s.",
            id="cs-bare-opener",
        ),
    ],
)
def test_a_label_typed_without_diacritics_is_no_word_of_the_name(text: str, want: str) -> None:
    assert _name(text)[0] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a name whose first word only looks like a label word without its diacritics
        pytest.param(
            "Zadar Travel s.r.o. žádá o přístup k XML.",
            "Zadar Travel s.r.o.",
            id="name-opening-like-a-label",
        ),
        pytest.param(
            "Zahrada Tisku a.s. žádá o přístup k XML.",
            "Zahrada Tisku a.s.",
            id="name-opening-like-zadatel",
        ),
        # a possessive typed without diacritics opens the name ("Nase" for "Naše")
        pytest.param(
            "Nase Lipno s.r.o. žádá o přístup k XML.",
            "Nase Lipno s.r.o.",
            id="bare-possessive-opens-name",
        ),
    ],
)
def test_words_that_only_resemble_a_label_stay(text: str, want: str) -> None:
    assert _name(text)[0] == want


# ------------- one name spelled with and without diacritics -------------


@pytest.mark.parametrize(
    ("cover", "attached", "want"),
    [
        pytest.param(
            "Dobrý den, posílám žádost.\nKarel Malý\nPodještědský zpravodaj\n",
            "Zadatel: Podjestedsky zpravodaj, s.r.o.\nICO: 27074358\n",
            "Podještědský zpravodaj, s.r.o.",
            id="cs-cover-signature",
        ),
        pytest.param(
            "Dobrý deň, žiadosť v prílohe.\nZa Považský týždenník\nJana Malá\n",
            "Ziadatel: Povazsky tyzdennik s.r.o.\n",
            "Považský týždenník s.r.o.",
            id="sk-cover-for",
        ),
        pytest.param(
            "Hello, the form of Ústecké listy is attached.\n",
            "Applicant: Ustecke listy a.s.\n",
            "Ústecké listy a.s.",
            id="en-cover-mentions",
        ),
        pytest.param(
            "Dobrý den,\nžádost za Radio Šumava Plus.\n",
            "Nazev firmy: Radio Sumava Plus s.r.o.\n",
            "Radio Šumava Plus s.r.o.",
            id="cs-part-of-name",
        ),
    ],
)
def test_the_spelling_with_diacritics_of_a_name_typed_bare(
    cover: str, attached: str, want: str
) -> None:
    x = _x(_mail(_body(cover), text_file("zadost.txt", attached + _TAIL), sender="x@posta.example"))
    assert x.fields["organization.name"].value == want


def test_a_different_word_with_diacritics_is_not_taken() -> None:
    # "Rada" (a council) and "Ráda" are different words: only a whole run of words counts
    x = _x(
        _mail(
            _body("Ráda bych požádala o XML.\n"),
            text_file("zadost.txt", "Zadatel: Rada Media s.r.o.\n" + _TAIL),
        )
    )
    assert x.fields["organization.name"].value == "Rada Media s.r.o."


def test_a_name_written_bare_everywhere_stays_bare() -> None:
    x = _x(
        _mail(
            _body("Dobry den, zadost v priloze.\n"),
            text_file("zadost.txt", "Zadatel: Horni Les s.r.o.\n" + _TAIL),
        )
    )
    assert x.fields["organization.name"].value == "Horni Les s.r.o."


# ------------- a sole trader's business name beside the register's -------------


@pytest.mark.parametrize(
    ("letter", "register", "want"),
    [
        pytest.param(
            "Petra Kalinová – PK Video\nIČO: 27074358\n\nŽádám o povolení natáčet.\n",
            "Petra Kalinová",
            "Petra Kalinová – PK Video",
            id="cs-en-dash",
        ),
        pytest.param(
            "Ing. Ondřej Vlk - Vlk Audio\nIČ 27074358\nŽádám o povolení pořídit zvukový záznam.\n",
            "Ondřej Vlk",
            "Ing. Ondřej Vlk - Vlk Audio",
            id="cs-degree-hyphen",
        ),
        pytest.param(
            "Marek Brázda — MB Studio\nIČO 27074358\nProsím o povolení fotografovat.\n",
            "Marek Brázda",
            "Marek Brázda — MB Studio",
            id="em-dash",
        ),
        pytest.param(
            "Zuzana Hrubá – ZH Media\nIČO: 27074358\nŽiadam o povolenie nakrúcať.\n",
            "Zuzana Hrubá",
            "Zuzana Hrubá – ZH Media",
            id="sk",
        ),
    ],
)
def test_a_sole_traders_letterhead_name_beside_the_register(
    letter: str, register: str, want: str
) -> None:
    x = _x(_data_message("žádost", text_file("zadost.txt", letter), dm_sender=register))
    v = x.fields["organization.name"]
    assert v.value is not None and v.value.replace("Ing. ", "") == want.replace("Ing. ", "")
    assert not v.certain


def test_another_persons_trade_name_yields_to_the_register() -> None:
    # the dash joins a different person's name: not the sender's own business name
    letter = "Petra Kalinová – PK Video\nIČO: 27074358\nŽádám o povolení natáčet.\n"
    x = _x(_data_message("žádost", text_file("zadost.txt", letter), dm_sender="Tomáš Zelený"))
    assert x.fields["organization.name"].value == "Tomáš Zelený"


def test_a_register_name_alone_in_the_letter_stays() -> None:
    letter = "Petra Kalinová\nIČO: 27074358\nŽádám o povolení natáčet.\n"
    x = _x(_data_message("žádost", text_file("zadost.txt", letter), dm_sender="Petra Kalinová"))
    assert x.fields["organization.name"].value == "Petra Kalinová"


# ------------- lacking a thing yet is no decline -------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "We have not yet got access to the election XML, so please register us. We also want to film.",
            id="en-not-yet-got",
        ),
        pytest.param(
            "We don't currently have access to the XML results; kindly set it up. A crew would also like to film.",
            id="en-dont-have",
        ),
        pytest.param(
            "Zatím nemáme přístup k XML výsledkům, prosíme o zřízení. Chtěli bychom také natáčet.",
            id="cs-zatim-nemame",
        ),
        pytest.param(
            "Prístup k XML výsledkom ešte nemáme, prosíme o registráciu. Chceme aj nakrúcať.",
            id="sk-este-nemame",
        ),
        pytest.param(
            "Wir haben noch keinen Zugang zu den XML-Ergebnissen, bitte schalten Sie uns frei. Wir möchten auch filmen.",
            id="de-noch-keinen",
        ),
    ],
)
def test_lacking_the_feed_yet_is_never_a_certain_decline(text: str) -> None:
    types, why = _types(text)
    assert "recording_permit" in types
    assert "feed_access" in types or why is not None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param(
            "Zatím nemáme zájem o natáčení, prosíme jen o přístup k XML.",
            ("feed_access",),
            id="cs-no-interest-is-a-decline",
        ),
        pytest.param(
            "We do not need a filming permit, only access to the XML feed.",
            ("feed_access",),
            id="en-not-needed",
        ),
    ],
)
def test_a_true_decline_stays_a_decline(text: str, want: tuple[str, ...]) -> None:
    assert _types(text)[0] == want


# ------------- a German permit to film, conditional -------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Wir beantragen Zugang zum XML-Dienst. Eine Drehbewilligung brauchen wir nur, falls unser Team akkreditiert wird, bitte erteilen Sie sie trotzdem.",
            id="de-ch-dreh",
        ),
        pytest.param(
            "Bitte um Zugang zu den XML-Wahlergebnissen sowie um eine Filmbewilligung für das Medienzentrum, sofern die Akkreditierung klappt.",
            id="de-at-film",
        ),
        pytest.param(
            "Wir bitten um Zugang zum XML und um eine Aufnahmegenehmigung, falls wir rechtzeitig vor Ort sind.",
            id="de-aufnahme",
        ),
        pytest.param(
            "We ask for XML access and, only if our reporter is accredited, a filming permit — please grant it already now.",
            id="en-conditional",
        ),
    ],
)
def test_a_conditional_filming_permit_counts(text: str) -> None:
    assert _types(text)[0] == ("feed_access", "recording_permit")


def test_a_declined_german_filming_permit_stays_declined() -> None:
    text = "Wir bitten um Zugang zum XML. Eine Drehbewilligung benötigen wir nicht."
    assert _types(text)[0] == ("feed_access",)
