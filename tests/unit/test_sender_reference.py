"""The sender's own reference (intake/extraction/reference.py): taken only after a label for
the writer's own number, never the office's number quoted back, never when ambiguous."""

from __future__ import annotations

import pytest

from intake.extraction.reference import find_sender_reference
from intake.extraction.segments import Block, Kind, Line

OWN = ("CSU", "ČSÚ", "CZSO", "CSU-EP/")


def _blocks(text: str, kind: Kind = Kind.OWN) -> list[Block]:
    lines = tuple(Line(i, t) for i, t in enumerate(text.splitlines(), start=1))
    return [Block("body.txt", kind, lines)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Naše značka: RED-2022/117\nDobrý den, žádáme o přístup.", "RED-2022/117"),
        ("Naše zn.: 45/2022-OPS", "45/2022-OPS"),
        ("Č. j.: MV-12345-3/OAM-2022\nVěc: žádost", "MV-12345-3/OAM-2022"),
        ("Our ref.: NEWS/2022/55\nDear Sir or Madam,", "NEWS/2022/55"),
        ("Ref. TV-881", "TV-881"),
        # letterhead columns: the office's reference first, the sender's own after a gap
        ("Váš dopis zn.: CSU-0042/2022    Naše značka: ABC-7/2022    Vyřizuje: Novák", "ABC-7/2022"),
        ("Naše značka: RED-1/2022 Ze dne 12. 12. 2022", "RED-1/2022"),
    ],
)
def test_the_senders_reference_is_found(text: str, expected: str) -> None:
    hit = find_sender_reference(_blocks(text), OWN)
    assert hit is not None and hit.value == expected and hit.component == "body.txt"


@pytest.mark.parametrize(
    "text",
    [
        "Váš dopis zn.: 1234/2022",  # the office's reference quoted back
        "Vaše zn.: ABC-1/2022",
        "Your ref.: 2022/17",
        "Č. j.: CSU-003456/2022-61",  # the office's own č. j.
        "Naše značka: CSU-EP/2022/000012",  # the office's registry number
        "Značka: Škoda",  # no digit: not a reference
        "Ref. viz naše předchozí korespondence z roku 2021 a další",  # a sentence
        "Prosím o vyřízení. Naše značka je v příloze.",
        "Naše značka: RED-1/2022\nČ. j.: RED-2/2022",  # two different: none
    ],
)
def test_no_reference_is_taken_when_it_is_not_the_senders(text: str) -> None:
    assert find_sender_reference(_blocks(text), OWN) is None


def test_the_same_value_twice_is_one_reference() -> None:
    own = _blocks("Naše značka: RED-9/2022\nS pozdravem\nRED-9/2022 naše zn.: RED-9/2022")
    hit = find_sender_reference(own, OWN)
    assert hit is not None and hit.value == "RED-9/2022"
