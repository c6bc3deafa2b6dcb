"""A PDF option struck through by a drawn line (``intake.content.pdfstrike``): the words a
horizontal rule crosses in their middle are read as struck text, on a page whose text
invites or tells of striking; an underline, a rule elsewhere or a page without such words
leaves the text as it is. Made at test time, wording the tests' own."""

from __future__ import annotations

from typing import Any

import pytest

from intake.content.marks import STROKE, unstrike
from intake.content.text import document_text
from intake.extraction import request_types as rt
from tests.unit.docs import pdf_drawn

_PDF = "application/pdf"


def _form(head: str, options: list[str], strike_at: int, dy: float, rect: bool = False) -> bytes:
    def draw(c: Any) -> None:
        c.drawString(60, 780, head)
        for i, opt in enumerate(options):
            y = 750 - 20 * i
            c.drawString(60, y, opt)
            if i == strike_at:
                width = c.stringWidth(opt, "DejaVu", 10)
                if rect:
                    c.rect(58, y + dy - 0.4, width + 4, 0.8, stroke=0, fill=1)
                else:
                    c.line(58, y + dy, 62 + width, y + dy)

    return pdf_drawn(draw)


def _text(data: bytes) -> str:
    text = document_text(data, _PDF)
    assert text is not None
    return text


_CS = [
    "Žádám o přístup k výsledkům ve formátu XML",
    "Žádám o povolení k natáčení na přebíracím místě",
]
_EN = ["Access to the XML results feed", "Permit to film at a collection point"]


@pytest.mark.parametrize(
    ("head", "options", "rect"),
    [
        pytest.param("ŽÁDOST (nehodící se škrtněte)", _CS, False, id="cs-line"),
        pytest.param("ŽIADOSŤ (nehodiace sa prečiarknite)", _CS, True, id="sk-rect"),
        pytest.param("APPLICATION (delete as appropriate)", _EN, False, id="en-line"),
        pytest.param("ANTRAG (Nichtzutreffendes streichen)", _EN, True, id="de-rect"),
    ],
)
def test_a_struck_option_is_struck_text(head: str, options: list[str], rect: bool) -> None:
    text = _text(_form(head, options, 1, 3.5, rect))
    struck = [ln for ln in text.splitlines() if STROKE in ln]
    assert [unstrike(ln).strip() for ln in struck] == [options[1]]
    assert rt.request_types([(text, rt.Part.TEXT)], True)[0] == (rt.FEED,)


@pytest.mark.parametrize(
    ("head", "dy"),
    [
        pytest.param("ŽÁDOST (nehodící se škrtněte)", -2.0, id="underline"),
        pytest.param("ŽÁDOST (nehodící se škrtněte)", 12.0, id="rule-between-lines"),
        pytest.param("ŽÁDOST (zaškrtněte, o co žádáte)", 3.5, id="no-strike-hint"),
    ],
)
def test_a_rule_that_is_no_stroke_leaves_the_text(head: str, dy: float) -> None:
    assert STROKE not in _text(_form(head, _CS, 1, dy))


@pytest.mark.parametrize(
    ("head", "options"),
    [
        pytest.param(
            "DEMANDE (rayer la mention inutile)",
            ["Accès aux résultats XML", "Autorisation de tournage"],
            id="fr",
        ),
        pytest.param(
            "WNIOSEK (niepotrzebne skreślić)",
            ["Dostęp do wyników XML", "Zgoda na nagrywanie w punkcie"],
            id="pl",
        ),
    ],
)
def test_a_struck_feed_option_leaves_the_filming(head: str, options: list[str]) -> None:
    text = _text(_form(head, options, 0, 3.5))
    assert [unstrike(ln).strip() for ln in text.splitlines() if STROKE in ln] == [options[0]]
    assert rt.request_types([(text, rt.Part.TEXT)], False)[0] == (rt.RECORDING,)
