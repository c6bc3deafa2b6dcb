"""A drill, fifty-fifth round (issue 18): a data message sent from a group's or a parent's
box for its station, the letter naming the parent with the parent's IČO and the station as
the applicant, the station's IČO in the letter's footer ("Rádio X s.r.o., Náměstí 3, Lipno |
IČO … | ID datové schránky …"): the station's IČO, not the parent's (unsure). Near miss: a
station sending from its own box, the same footer. Every message was labelled by
``tests/corpus/LABELS.md`` before extraction ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import FEED, Label, drill_params, label, misses
from tests.unit.extraction_helpers import data_message, text_file

CASES: dict[str, tuple[ParsedMessage, Label]] = {}

CASES["cs_parent_box_station_footer"] = (
    data_message(
        "Žádost Rádia Šumava – volby",
        text_file(
            "zadost.txt",
            "Rádio Šumava s.r.o. – člen skupiny Jihočeská média\nČeský statistický úřad\n"
            "Věc: žádost o přístup k výsledkům voleb\n"
            "Vážení, žádost posíláme datovou schránkou naší mateřské společnosti (Jihočeská média a.s., "
            "IČO 27074358). Žadatelem je Rádio Šumava s.r.o.; odpovězte prosím do naší schránky rs5km2q.\n"
            "Žádáme o zpřístupnění XML s výsledky voleb.\nprodukce\t198.51.100.130\n"
            "Kontakt: Jiří Kalina, tel. 723 118 440, kalina@radiosumava.example\n"
            "Rádio Šumava s.r.o., Náměstí 7, 385 01 Vimperk | IČO 25596641 | ID datové schránky: rs5km2q\n",
        ),
        sender="jm7q2xa",
        dm_sender="Jihočeská média a.s.",
    ),
    label(FEED, ("Rádio Šumava s.r.o.", "25596641", "rs5km2q"), ["198.51.100.130"], [],
          ("Jiří Kalina", "kalina@radiosumava.example", "+420723118440")),
)
CASES["en_parent_box_station_footer"] = (
    data_message(
        "Application of Radio Krkonoše",
        text_file(
            "application.txt",
            "Radio Krkonoše s.r.o.\nCzech Statistical Office\n"
            "We send this application through the data box of our parent company (Severní média a.s., "
            "IČO 28435575). The applicant is Radio Krkonoše s.r.o.; please reply to our own box rk8pz3m.\n"
            "We request access to the XML election results.\nproduction\t203.0.113.131\n"
            "Contact: Petra Hájková, phone 731 220 119, hajkova@radiokrkonose.example\n"
            "Radio Krkonoše s.r.o., Horní 12, 543 01 Vrchlabí | IČO 26942640 | data box: rk8pz3m\n",
        ),
        sender="sm4h7ka",
        dm_sender="Severní média a.s.",
    ),
    label(FEED, ("Radio Krkonoše s.r.o.", "26942640", "rk8pz3m"), ["203.0.113.131"], [],
          ("Petra Hájková", "hajkova@radiokrkonose.example", "+420731220119")),
)
# near miss: the station's own box, the same footer
CASES["cs_own_box_footer"] = (
    data_message(
        "Žádost Rádia Podyjí",
        text_file(
            "zadost.txt",
            "Rádio Podyjí s.r.o.\nČeský statistický úřad\nVěc: žádost o přístup k výsledkům voleb\n"
            "Žádáme o zpřístupnění XML s výsledky voleb.\nprodukce\t192.0.2.132\n"
            "Kontakt: Adam Šťastný, tel. 604 550 118, stastny@radiopodyji.example\n"
            "Rádio Podyjí s.r.o., Masarykova 2, 669 02 Znojmo | IČO 27112357 | ID datové schránky: rp3dn7k\n",
        ),
        sender="rp3dn7k",
        dm_sender="Rádio Podyjí s.r.o.",
    ),
    label(FEED, ("Rádio Podyjí s.r.o.", "27112357", "rp3dn7k"), ["192.0.2.132"], [],
          ("Adam Šťastný", "stastny@radiopodyji.example", "+420604550118")),
)

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_org_group_box_r55(p: ParsedMessage, want: Label) -> None:
    assert misses(p, want) == []
