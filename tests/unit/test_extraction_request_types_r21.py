"""Request types, twenty-first round (issue 18): a cover note saying a box of the attached
form was ticked by mistake takes that request back (and only that one); a negated
intention with its own object ("to nechceme") followed by "only …" is not that
intention's object; a yes/no value with a bracketed remark ("JA (team på 2)") is still the
row's value; a Nordic or compound permit word ("Filmtillatelse") names filming. Wording,
formats and names are the tests' own, none a corpus case."""

from __future__ import annotations

import pytest

from intake.extraction import request_types as rt

FEED = (rt.FEED,)
REC = (rt.RECORDING,)
BOTH = (rt.FEED, rt.RECORDING)

_FORM_BOTH = (
    "ŽÁDOST O PŘÍSTUP\n"
    "[x] přístup k výsledkům ve formátu XML\n"
    "[x] povolení k pořizování záznamu na přebíracím místě\n"
    "Produkční IP 192.0.2.44\n"
)


def _read(
    cover: str, form: str = _FORM_BOTH, has_ips: bool = True
) -> tuple[tuple[str, ...], object]:
    return rt.request_types(
        [(form, rt.Part.TEXT), ("Žádost", rt.Part.SUBJECT), (cover, rt.Part.TEXT)], has_ips
    )


# ---------------- a box ticked by mistake, taken back by the cover note ----------------
@pytest.mark.parametrize(
    "cover",
    [
        pytest.param(
            "Zasílám formulář. Políčko natáčení jsem označil omylem, prosím neberte ho v potaz.",
            id="cs-oznacil-omylem",
        ),
        pytest.param(
            "V příloze žádost; natáčení je tam zaškrtnuté nedopatřením.", id="cs-nedopatrenim"
        ),
        pytest.param(
            "Ahoj, nakrúcanie som vo formulári zaškrtol omylom. Stačí nám XML.", id="sk-omylom"
        ),
        pytest.param(
            "Please note the filming box was ticked by mistake - we only need the XML feed.",
            id="en-by-mistake",
        ),
        pytest.param(
            "Attached. I mistakenly checked the recording permit option; please ignore it.",
            id="en-mistakenly",
        ),
        pytest.param(
            "Anbei der Antrag. Die Drehgenehmigung habe ich versehentlich angekreuzt.",
            id="de-versehentlich",
        ),
        pytest.param("W załączniku wniosek, nagrywanie zaznaczyłam omyłkowo.", id="pl-omylkowo"),
        pytest.param(
            "<p>Dobrý den,</p><p>ten <b>záznam na přebíracím místě</b> je zaškrtnutý omylem.</p>",
            id="cs-html",
        ),
    ],
)
def test_a_box_ticked_by_mistake_is_taken_back(cover: str) -> None:
    types, why = _read(cover)
    assert types == FEED
    assert why is not None  # a sentence against a ticked box: the officer looks


@pytest.mark.parametrize(
    "cover",
    [
        # the mistake is leaving a box out: nothing is taken back
        pytest.param("Natáčení jsme omylem nezaškrtli, chceme ho také.", id="cs-omission"),
        pytest.param(
            "I forgot to tick the filming box by mistake, we want that too.", id="en-forgot"
        ),
        # a mistake about something else: the form stands
        pytest.param(
            "Omlouvám se, předchozí e-mail odešel omylem bez přílohy.", id="cs-other-mistake"
        ),
        pytest.param(
            "Sorry, I sent the last message to the wrong address by mistake.", id="en-other-mistake"
        ),
    ],
)
def test_a_mistake_that_takes_nothing_back(cover: str) -> None:
    assert _read(cover)[0] == BOTH


# ---------------- "to nechceme, jen X": the negation has its own object ----------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param(
            "Natáčení jsem uvedl chybou, to nechceme, jen ten přístup k XML.",
            FEED,
            id="cs-to-nechceme-jen",
        ),
        pytest.param("Natáčet už nepotřebujeme, to nechceme, pouze XML data.", FEED, id="cs-pouze"),
        pytest.param(
            "Filming was a slip, we don't want that, just the XML feed.", FEED, id="en-just"
        ),
        pytest.param(
            "XML feed: that we do not need, only a permit to film at the collection point.",
            REC,
            id="en-only-film",
        ),
        pytest.param(
            "Den XML-Zugang wollen wir nicht, sondern nur eine Drehgenehmigung.",
            REC,
            id="de-sondern-nur",
        ),
    ],
)
def test_a_negation_with_its_own_object_before_only(text: str, want: tuple[str, ...]) -> None:
    assert rt.request_types([(text, rt.Part.TEXT)], want == FEED)[0] == want


def test_a_negated_intention_still_takes_its_object_after_an_aside() -> None:
    text = "We do not intend, unlike last year, to film at the collection point. Please register the XML feed."
    assert rt.request_types([(text, rt.Part.TEXT)], True)[0] == FEED


# ---------------- a permit compound, and a value with a bracketed remark ----------------
@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Søker\tTV Nord AS\nTilgang til XML\tJA\nFilmtillatelse (Brno)\tJA (to personer)\n",
            id="no-tab",
        ),
        pytest.param(
            "Adgang til XML-data: ja\nFototilladelse på indsamlingsstedet: ja (1 fotograf)\n",
            id="da-colon",
        ),
        pytest.param("XML-åtkomst | ja\nFilmtillstånd | ja (två personer)\n", id="sv-pipe"),
        pytest.param(
            "Access to the XML feed: yes\nFilm permit (Ostrava): yes (crew of three)\n",
            id="en-film-permit",
        ),
        pytest.param(
            "Přístup k XML: ano\nPovolení k natáčení: ano (2 osoby, kamera)\n", id="cs-remark"
        ),
        pytest.param("XML-Zugang: ja\nDrehgenehmigung: ja (Team aus Wien)\n", id="de-remark"),
    ],
)
def test_a_permit_row_with_a_remark_asks_for_filming(text: str) -> None:
    assert rt.request_types([(text, rt.Part.TEXT)], True)[0] == BOTH


@pytest.mark.parametrize(
    "text",
    [
        # a remark that undoes or puts off the value: not read as a sure yes
        pytest.param(
            "Přístup k XML: ano\nPovolení k natáčení: ano (ale až v příštím roce)\n",
            id="cs-put-off",
        ),
        pytest.param(
            "Access to the XML feed: yes\nFilming permit: yes (cancelled)\n", id="en-cancelled"
        ),
    ],
)
def test_a_remark_that_undoes_the_value_leaves_it_unsure(text: str) -> None:
    types, why = rt.request_types([(text, rt.Part.TEXT)], True)
    assert rt.RECORDING not in types or why is not None


def test_a_film_law_is_no_permit() -> None:
    text = "Žádáme o přístup k XML.\nFilmloven gjelder ikke for oss.\n"
    assert rt.request_types([(text, rt.Part.TEXT)], True)[0] == FEED


_FORM_ITEMS = (
    "ŽÁDOST\n"
    "1) [x] přístup k výsledkům ve formátu XML\n"
    "2) [x] povolení k natáčení na přebíracím místě\n"
    "IP 192.0.2.4\n"
)


@pytest.mark.parametrize(
    ("cover", "part"),
    [
        pytest.param(
            "Žádost o XML. Natáčení je zaškrtnuté omylem.", rt.Part.SUBJECT, id="cs-annotation"
        ),
        pytest.param("Bod 2 jsem ve formuláři zaškrtl omylem.", rt.Part.TEXT, id="cs-item-ref"),
        pytest.param(
            "The second box (filming) got ticked accidentally.", rt.Part.TEXT, id="en-accidentally"
        ),
        pytest.param(
            "Oprava: ten křížek u natáčení tam je nedopatřením.", rt.Part.TEXT, id="cs-krizek"
        ),
        pytest.param("XML zaškrtnuto správně, natáčení omylem.", rt.Part.TEXT, id="cs-contrast"),
    ],
)
def test_a_mistaken_box_in_other_layouts(cover: str, part: rt.Part) -> None:
    types, why = rt.request_types([(_FORM_ITEMS, rt.Part.TEXT), (cover, part)], True)
    assert types == FEED
    assert why is not None


def test_an_omission_by_mistake_keeps_both() -> None:
    cover = "Natáčení bylo omylem vynecháno, prosíme doplnit."
    assert rt.request_types([(_FORM_ITEMS, rt.Part.TEXT), (cover, rt.Part.TEXT)], True)[0] == BOTH
