"""An e-mail address cut by a line wrap is one address (issue 18, seventh round).

Principle: a word processor breaks a line inside a word only when the word does not fit, and
an e-mail address is one word. A careful reader joins the pieces again when a piece alone
makes no sense - a domain ending in no top-level domain, or a lone fragment that together with
the local part spells the name written beside it - and leaves apart words that stand alone.
Tested in table cells (ruled PDF grids) and in the columns of a two-column page.
"""

from __future__ import annotations

import pytest

from intake.content.pdfgrid import join_cell
from intake.content.text import _rejoin_addresses
from intake.content.wraps import glued_address, known_domain


@pytest.mark.parametrize(
    ("cell", "joined"),
    [
        # English form, the domain cut before its top-level domain's end
        ("Contact: Emily Clarke\nemily.clarke@harbour-news.c\nom", "Contact: Emily Clarke emily.clarke@harbour-news.com"),
        # Slovak, the domain cut inside a reserved documentation name
        ("Kontakt: Ľubica Hrašková,\nhraskova@noviny-zapad.exam\nple, tel. 0905 111 222", "Kontakt: Ľubica Hrašková, hraskova@noviny-zapad.example, tel. 0905 111 222"),
        # Czech without diacritics, the local part cut after a comma
        ("Odpovedna osoba: Radek Sedlacek, sedla\ncek@stredocesky-den.cz", "Odpovedna osoba: Radek Sedlacek, sedlacek@stredocesky-den.cz"),
        # Czech with diacritics, a surname with a feminine ending cut in two
        ("Jitka Koudelková koudel\nkova@radio-brod.example", "Jitka Koudelková koudelkova@radio-brod.example"),
    ],
)
def test_a_cut_address_in_a_cell_is_joined(cell: str, joined: str) -> None:
    assert join_cell(cell) == joined


@pytest.mark.parametrize(
    "cell",
    [
        "Napište prosím na\nnovak@listy.example",  # a preposition, not a fragment of the name
        "Jan Novák, e-mail\nnovak@listy.example",  # a label before the address
        "info@kraj-tv.cz\nnebo redakce",  # a whole domain: the next words stand alone
        "Contact Anna Berg via\nanna.berg@nordic-wire.example",  # the name already whole
    ],
)
def test_words_that_stand_alone_stay_apart(cell: str) -> None:
    assert "@" in join_cell(cell) and " " + cell.split("\n")[1] in join_cell(cell)


def test_two_columns_keep_their_places_when_a_cut_address_is_joined() -> None:
    page = (
        "   Reporter: Tomás Ferreira          Servers: 192.0.2.10,\n"
        "   ferreira@lisbon-daily.exa         192.0.2.11\n"
        "   mple                              Test: 192.0.2.20"
    )
    lines = _rejoin_addresses(page).split("\n")
    assert lines[1] == "   ferreira@lisbon-daily.example     192.0.2.11"
    assert lines[2].strip() == "Test: 192.0.2.20"
    assert lines[2].index("Test") == page.split("\n")[2].index("Test")


def test_a_local_part_cut_in_a_column_is_joined() -> None:
    page = (
        "  Zodpovedná osoba: Mária Kováčová    Žiadame o prístup\n"
        "  kovaco                              k výsledkom volieb\n"
        "  va@tv-dunaj.example                 IP: 198.51.100.5"
    )
    assert "kovacova@tv-dunaj.example" in _rejoin_addresses(page)


def test_a_column_of_whole_words_is_left_as_it_is() -> None:
    page = "  napište na               Produkce: 192.0.2.1\n  horak@zpravy.example      Test: 192.0.2.2"
    assert _rejoin_addresses(page) == page


@pytest.mark.parametrize(
    ("domain", "known"),
    [("listy.cz", True), ("news.co.uk", True), ("firma.example", True), ("firma.exa", False), ("x.co", True)],
)
def test_top_level_domains_come_from_the_public_suffix_list(domain: str, known: bool) -> None:
    assert known_domain(domain) is known


def test_an_address_whose_domain_is_whole_takes_no_more() -> None:
    assert not glued_address("redakce@kraj-tv.cz", "nebo")
    assert not glued_address("Jan Novák, e-mail", "novak@listy.example")
