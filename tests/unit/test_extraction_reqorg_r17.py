"""Request types and the organisation, seventeenth round (issue 18). Wording, formats and
names are the tests' own, none a corpus case.

- A word of the sentence opening a line or a sentence (a verb, a pronoun, a contraction: in
  Czech, Slovak or English, capitalised because it opens the sentence) is never part of a
  name found by its legal form, and a name whose start the reader had to find after such a
  word is never certain on its own.
- A line whose words before a name are a sentence's ("I'm writing on behalf of X Ltd
  (Oslo)") never lends them to the name as its "fuller spelling".
"""

from __future__ import annotations

import pytest

from tests.unit.extraction_helpers import body as _body
from tests.unit.extraction_helpers import extract as _x
from tests.unit.extraction_helpers import mail as _mail
from tests.unit.extraction_helpers import text_file

_TAIL = "\nAdresy pro ostrý provoz: 192.0.2.10\nKontakt: Iva Nová, 603 123 456, iva@posta.example\n"


def _name(text: str) -> tuple[str | None, bool]:
    x = _x(_mail(_body(text + _TAIL), sender="x@posta.example"))
    v = x.fields.get("organization.name")
    return (v.value, v.certain) if v is not None else (None, False)


def _attached_name(text: str) -> tuple[str | None, bool]:
    x = _x(
        _mail(
            _body("Dobrý den, žádost v příloze.\n"),
            text_file("zadost.txt", text + _TAIL),
            sender="x@posta.example",
        )
    )
    v = x.fields.get("organization.name")
    return (v.value, v.certain) if v is not None else (None, False)


# ------------- a sentence's opening word is no word of the name -------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param(
            "Redakce Týdeníku Lipno\nŽádáme o přístup k XML.\nProvozuje Lipenská média s.r.o., Nádražní 4, IČO 27074358",
            "Lipenská média s.r.o.",
            id="cs-verb-footer-with-ico",
        ),
        pytest.param(
            "Vydáva Podtatranské noviny, s. r. o., so sídlom v Poprade.\nŽiadame o prístup k XML.",
            "Podtatranské noviny, s. r. o.",
            id="sk-verb-opens-line",
        ),
        pytest.param(
            "I've joined Harbour Light Media Ltd this spring and handle its election coverage.",
            "Harbour Light Media Ltd",
            id="en-contraction-verb",
        ),
        pytest.param(
            "Please register Kestrel Data Ltd for the XML results feed.",
            "Kestrel Data Ltd",
            id="en-imperative",
        ),
        pytest.param(
            "Žádá Rádio Brázda s.r.o., Polní 8, IČO 27074358, o přístup k XML.",
            "Rádio Brázda s.r.o.",
            id="cs-verb-subject-after",
        ),
        pytest.param(
            "Spravujeme Datové noviny a.s. a posíláme jejich žádost o XML.",
            "Datové noviny a.s.",
            id="cs-first-person-verb",
        ),
    ],
)
def test_a_sentence_word_opening_the_line_is_not_part_of_the_name(text: str, want: str) -> None:
    value, certain = _name(text)
    assert value == want
    assert not certain  # where the name starts was read from a sentence


def test_a_verb_footer_in_an_attachment_is_cut_and_flagged() -> None:
    value, certain = _attached_name(
        "TÝDENÍK SOVA\nProsíme o přístup k XML výsledkům.\nVydává Sova Press s.r.o., Lipová 3, Brno, IČO 27074358\n"
    )
    assert value == "Sova Press s.r.o."
    assert not certain


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a name's own first word that only looks like a sentence's stays
        pytest.param("Žadatel: Naše Brno, z.s.\nŽádáme o přístup k XML.", "Naše Brno, z.s.", id="possessive-name"),
        pytest.param("Žadatel: Die Presse Wien GmbH\nWir beantragen Zugang zu XML.", "Die Presse Wien GmbH", id="article-name"),
        pytest.param("Žadatel: On Air Media Ltd\nWe request access to the XML feed.", "On Air Media Ltd", id="on-air"),
    ],
)
def test_a_name_whose_first_word_only_looks_like_a_sentence_word_keeps_it(text: str, want: str) -> None:
    value, certain = _name(text)
    assert value == want
    assert certain


# ------------- a sentence's words are no "fuller spelling" of a name -------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param("I'm writing on behalf of Fjordlys Radio AS (Bergen). We need the XML feed.", "Fjordlys Radio AS", id="en-im-behalf"),
        pytest.param("We're writing for Kestrel Data Ltd (Leeds), who need the results feed.", "Kestrel Data Ltd", id="en-were-for"),
        pytest.param("I work at Blue Harbour Media Ltd (Cork) and we need the XML feed.", "Blue Harbour Media Ltd", id="en-work-at"),
        pytest.param("Píšu za Rádio Brázda s.r.o. (Tábor) a prosím o XML.", "Rádio Brázda s.r.o.", id="cs-pisu-za"),
    ],
)
def test_a_sentence_before_a_name_in_brackets_is_not_its_fuller_spelling(text: str, want: str) -> None:
    value, _ = _name(text)
    assert value == want


def test_a_signature_line_still_gives_the_fuller_name() -> None:
    value, _ = _name(
        "Dobrý den,\nžádáme za společnost Lipa, a.s. o přístup k XML.\n\nS pozdravem\nJan Malý\nTelevizní společnost Lipa, a.s.\n"
    )
    assert value == "Televizní společnost Lipa, a.s."


# ------------- recording sound or pictures named by a verb of recording -------------
# "nahrát rozhovory", "nahrávat zvuk na sběrném místě", "record interviews at the count": a
# request for the recording permit as much as "natáčet"; "nahrát data do systému" (to load
# data) and "náhradní server" (a backup) are no recording.

_IP = "\nAdresy pro ostrý provoz: 192.0.2.10\n"
_SIG = "\nKontakt: Iva Nová, 603 123 456, iva@posta.example\n"


def _types(text: str) -> tuple[tuple[str, ...], bool]:
    x = _x(_mail(_body(text + _IP + _SIG), sender="x@posta.example"))
    return tuple(x.request_types), x.fields["request_types"].certain


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Prosíme o přístup k XML a o svolení nahrát krátké rozhovory s voliči u vás v budově.", id="cs-nahrat-rozhovory"),
        pytest.param("Žiadame o prístup k XML výsledkom a o možnosť nahrávať zvuk priamo na zbernom mieste.", id="sk-nahravat-zvuk"),
        pytest.param("Potřebujeme: 1) data v XML, 2) povolení nahrát atmosféru na sběrném místě.", id="cs-list-atmosfera"),
        pytest.param("We ask for the XML results feed and for permission to record interviews at your collection point.", id="en-record-interviews"),
        pytest.param("Kromě XML bychom rádi nahrávali reportáž pro rozhlas přímo u vás ve volební noci.", id="cs-nahravali-reportaz"),
    ],
)
def test_a_verb_of_recording_sound_asks_for_the_recording_permit(text: str) -> None:
    types, _ = _types(text)
    assert types == ("feed_access", "recording_permit")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Žádáme o přístup k XML. Výsledky si budeme nahrávat do naší databáze.", id="cs-load-data"),
        pytest.param("Žádáme o přístup k XML, náhradní server má adresu níže.", id="cs-nahradni"),
        pytest.param("Please give us the XML feed; we will upload the results to our site.", id="en-upload"),
    ],
)
def test_loading_data_or_a_backup_is_no_recording(text: str) -> None:
    types, certain = _types(text)
    assert types == ("feed_access",)
    assert certain


# ------------- a recording the cues do not count leaves the reading unsure -------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Žádáme o přístup k XML a prosíme, aby náš reportér mohl ve vaší budově použít mikrofon.", id="cs-mikrofon"),
        pytest.param("Please give us the XML feed and let us capture some video at your office.", id="en-capture-video"),
        pytest.param("Prosím o XML, a ještě bychom rádi pořídili pár záběrů přímo u vás.", id="cs-zabery"),
        pytest.param("Žiadame o prístup k XML a chceli by sme u vás zachytiť zvuk na mikrofón.", id="sk-mikrofon"),
    ],
)
def test_a_recording_word_in_an_asking_sentence_leaves_the_types_unsure(text: str) -> None:
    types, certain = _types(text)
    assert "feed_access" in types
    assert not certain or "recording_permit" in types


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Žádáme o přístup k XML. Rozhovory u vás dělat nebudeme.", id="cs-not-needed"),
        pytest.param("Žádáme o přístup k XML. Výsledky pak ukážeme v našem videu na webu.", id="cs-no-ask-in-sentence"),
    ],
)
def test_a_recording_word_declined_or_outside_an_ask_keeps_the_types_certain(text: str) -> None:
    types, certain = _types(text)
    assert types == ("feed_access",)
    assert certain


# ------------- a request put off to another time is not asked for now -------------

_FILM = " Žádáme o povolení natáčet na přebíracím místě v Kolíně."


def _types_without_addresses(text: str) -> tuple[str, ...]:
    x = _x(_mail(_body(text + _SIG), sender="x@posta.example"))
    return tuple(x.request_types)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The results feed: not this time, we will ask for it before the autumn vote." + _FILM, id="en-not-this-time"),
        pytest.param("As for XML data - not for now." + _FILM, id="en-not-for-now"),
        pytest.param("O přístup k XML požádáme až příště." + _FILM, id="cs-az-priste"),
        pytest.param("Prístup k XML výsledkom si vyžiadame až nabudúce." + _FILM, id="sk-az-nabuduce"),
        pytest.param("We will not need the XML feed this year, not at this stage." + _FILM, id="en-not-at-this-stage"),
    ],
)
def test_a_type_put_off_to_another_time_is_not_counted(text: str) -> None:
    assert _types_without_addresses(text) == ("recording_permit",)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("This time we also need the XML feed, not only the filming." + _FILM, id="en-this-time-too"),
        pytest.param("Přístup k XML potřebujeme hned, natáčení také." + _FILM, id="cs-now"),
    ],
)
def test_a_type_asked_for_now_still_counts(text: str) -> None:
    assert _types_without_addresses(text) == ("feed_access", "recording_permit")


# ------------- the IČO as a key and its value, or in the cell beside the name -------------


def _ico(attached: str, body: str = "viz příloha\n") -> tuple[str | None, bool]:
    x = _x(_mail(_body(body), text_file("zadost.txt", attached), sender="x@posta.example"))
    v = x.fields.get("organization.ico")
    return (v.value, v.certain) if v is not None else (None, False)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("ico = 45317054", id="spaced-equals"),
        pytest.param("IČO=45317054", id="tight-equals"),
        pytest.param("ICO => 45317054", id="arrow"),
        pytest.param("IČO organizace = 45317054", id="whose-equals"),
        pytest.param("ic := 45317054", id="assign"),
    ],
)
def test_an_ico_written_as_a_key_and_value_is_read(line: str) -> None:
    text = f"zadatel = Rádio Pěnice, z.s.\n{line}\nprodukce = 192.0.2.10\nkontakt = Eva Malá, eva@posta.example\n"
    assert _ico(text) == ("45317054", True)


def test_eight_digits_in_the_cell_beside_a_name_with_a_legal_form_are_its_ico_unsure() -> None:
    text = "Hanácké listy s.r.o.\t61860336\nžádáme o přístup k XML\nprodukce\t192.0.2.10\nkontakt\tEva Malá\n"
    assert _ico(text) == ("61860336", False)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Hanácké listy s.r.o.\t12345670\nprodukce\t192.0.2.10\n", id="cell-failing-checksum"),
        pytest.param("verze = 26185610\nprodukce = 192.0.2.10\n", id="other-key"),
    ],
)
def test_numbers_that_are_no_ico_stay_unread(text: str) -> None:
    assert _ico(text)[0] is None


# ------------- a sender's name written surname first is a person, not an organisation -------------


def _org_from_sender(sender_name: str, text: str) -> tuple[str | None, bool]:
    x = _x(_mail(_body(text), sender="writer@posta.example", sender_name=sender_name))
    v = x.fields.get("organization.name")
    return (v.value, v.certain) if v is not None else (None, False)


@pytest.mark.parametrize(
    ("sender_name", "signed"),
    [
        pytest.param("Walsh, Fiona", "Fiona Walsh", id="en"),
        pytest.param("Dvořáková, Petra", "Petra Dvořáková", id="cs"),
        pytest.param("O’Neill, Siobhan", "Siobhan O’Neill", id="apostrophe"),
        pytest.param("Kováč, Martin", "Martin Kováč", id="sk"),
    ],
)
def test_a_surname_first_sender_writing_on_their_own_is_the_person(sender_name: str, signed: str) -> None:
    text = (
        "Hello,\nI write a small newsletter on my own, no company behind it. Could I get the XML results feed?\n"
        f"Server: 192.0.2.10\n\nThanks,\n{signed}\n+420 605 111 222\n"
    )
    value, certain = _org_from_sender(sender_name, text)
    assert value == signed
    assert not certain


def test_a_display_name_of_an_organisation_with_a_comma_stays_an_organisation() -> None:
    text = "Dobrý den,\nžádáme o přístup k XML.\nServer: 192.0.2.10\n\nIva Nová\n603 123 456\n"
    value, _ = _org_from_sender("Rádio Vlna, s.r.o.", text)
    assert value == "Rádio Vlna, s.r.o."


# ------------- a subject describing the writer names no organisation -------------


def _org_with_subject(subject: str, text: str) -> tuple[str | None, bool]:
    x = _x(_mail(_body(text), subject=subject, sender="writer@posta.example"))
    v = x.fields.get("organization.name")
    return (v.value, v.certain) if v is not None else (None, False)


_FREELANCE_TEXT = (
    "Hello,\nI'm a freelance reporter (no company, I work for myself). Please give me the XML results feed.\n"
    "Server: 192.0.2.10\n\nMarta Nowak\n+48 512 111 222\n"
)


@pytest.mark.parametrize(
    "subject",
    [
        pytest.param("Freelance reporter - election coverage", id="en-freelance"),
        pytest.param("Independent reporter – XML feed", id="en-independent"),
        pytest.param("Reporter na volné noze – žádost o XML", id="cs-volna-noha"),
        pytest.param("Self-employed journalist: results feed", id="en-self-employed"),
    ],
)
def test_a_subject_describing_the_writer_is_no_organisation(subject: str) -> None:
    value, certain = _org_with_subject(subject, _FREELANCE_TEXT)
    assert value == "Marta Nowak"
    assert not certain


@pytest.mark.parametrize("cell", ["Lipnický Reporter", "Deník Sever", "Studio Producer Brno"])
def test_a_subject_naming_an_outlet_is_no_description_of_the_writer(cell: str) -> None:
    from intake.extraction.org import _describes_the_writer

    assert not _describes_the_writer(cell)


# ------------- a place or a person named after a university's head noun keeps its form -------------


@pytest.mark.parametrize(
    ("genitive", "nominative"),
    [
        pytest.param("Univerzity Hradec Králové", "Univerzita Hradec Králové", id="place-with-adjective"),
        pytest.param("Univerzity Ústí nad Labem", "Univerzita Ústí nad Labem", id="place-with-preposition"),
        pytest.param("Univerzity Tomáše Bati", "Univerzita Tomáše Bati", id="person"),
        pytest.param("Univerzity Karlovy", "Univerzita Karlova", id="possessive-adjective-declines"),
        pytest.param("Polabské univerzity", "Polabská univerzita", id="adjective-before-declines"),
        pytest.param("Vysoké školy Morava", "Vysoká škola Morava", id="two-word-head"),
    ],
)
def test_a_university_name_made_nominative_keeps_the_names_after_its_head(genitive: str, nominative: str) -> None:
    from intake.extraction.org import _nominative_name

    assert _nominative_name(genitive.split()) == nominative


def test_a_unit_of_a_university_named_with_its_town_gives_the_university() -> None:
    value, certain = _name(
        "Katedra sociologie Pedagogické fakulty žádá jménem Univerzity Dvůr Králové (IČO 27074358) o přístup k XML."
    )
    assert value == "Univerzita Dvůr Králové"
    assert not certain
