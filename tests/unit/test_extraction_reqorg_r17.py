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
