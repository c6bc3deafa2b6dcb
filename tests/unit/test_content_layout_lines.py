"""Proofs for the speed cuts of the PDF path of the content check (issue 18): the layout
lines' spacing collapsed by ``str.split`` in place of a pattern, and pdfium's character boxes
read without the wrapper of ``get_charbox``."""

from __future__ import annotations

import re
import sys

from intake.content.pdfgrid import _chars
from intake.content.text import _layout_lines
from tests.unit.docs import pdf_table


def _layout_lines_as_written(text: str) -> str:
    """``_layout_lines`` as it was written before the cut."""
    out: list[str] = []
    for ln in text.splitlines():
        ln = ln.rstrip()
        out.append(ln if re.search(r" {3,}", ln) else re.sub(r"\s+", " ", ln).strip())
    return "\n".join(out)


def test_white_space_is_the_same_for_the_pattern_and_str_split() -> None:
    """``\\s`` of a str pattern matches exactly the characters ``str.isspace`` takes (those
    ``str.split()`` and ``str.strip()`` cut at), over every code point: so
    ``" ".join(ln.split())`` is ``re.sub(r"\\s+", " ", ln).strip()`` for every line."""
    space = re.compile(r"\s")
    differ = [
        hex(c)
        for c in range(sys.maxunicode + 1)
        if (space.match(chr(c)) is not None) != chr(c).isspace()
    ]
    assert differ == []


def test_layout_lines_read_as_before() -> None:
    lines = [
        "",
        "   ",
        "Žádost o přístup",
        "  Žádost  o\tpřístup  ",
        "Název   Hodnota",
        "a\u00a0\u00a0b\u2003c\u3000 d",
        "\x1c\x1d\x1e\x1fx\x85y\u2028z",
        "jméno:  Jan  Novák    tel. 777 123 456",
        "  \t  odsazeno",
        "konec\u00a0 ",
    ]
    text = "\n".join(lines) + "\r\nřádek\r  dva  slova \x0b tři\x0c"
    assert _layout_lines(text) == _layout_lines_as_written(text)
    for ln in lines:
        assert _layout_lines(ln) == _layout_lines_as_written(ln)


def test_character_boxes_as_pdfium_wrapper_gives_them() -> None:
    import pypdfium2 as pdfium

    data = pdf_table(
        [["Název organizace", "Východočeský týden s.r.o."], ["Kontakt", "jan.novak@example.cz"]],
        [120, 160],
        "TOP",
    )
    pdf = pdfium.PdfDocument(data)
    try:
        page = pdf[0]
        height = page.get_height()
        text = page.get_textpage()
        try:
            got = _chars(text, height)
            count = text.count_chars()
            whole = text.get_text_range(0, count)
            want = []
            for i in range(count):
                left, bottom, right, top = text.get_charbox(i, loose=True)
                want.append((whole[i], (left, height - top, right, height - bottom)))
        finally:
            text.close()
    finally:
        pdf.close()
    assert count > 40
    assert got == want
