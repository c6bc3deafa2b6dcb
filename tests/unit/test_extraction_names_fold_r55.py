"""The shared diacritic fold (``names.UNMARKED``, ``unmarked``, ``unmarked_lower``): one
character for one, every Latin letter with marks to its base letter, case kept or lowered."""

from __future__ import annotations

import unicodedata

import pytest

from intake.extraction.names import UNMARKED, unmarked, unmarked_lower, without_marks

_TABLE_RANGE = [chr(c) for c in range(0xC0, 0x250)]


def test_every_character_of_the_range_keeps_its_length() -> None:
    for c in _TABLE_RANGE:
        assert len(unmarked(c)) == 1, c
        assert len(unmarked_lower(c)) == 1, c


def test_a_text_keeps_its_length_and_offsets() -> None:
    text = "".join(_TABLE_RANGE) + " İstanbul Ångström ĳ ǆ ß"
    assert len(unmarked(text)) == len(text)
    assert len(unmarked_lower(text)) == len(text)


def test_the_table_folds_only_latin_letters_to_ascii_letters() -> None:
    for key, base in UNMARKED.items():
        # Latin-1 to Latin Extended-B, and Latin Extended Additional (Vietnamese "ễ", "ợ")
        assert 0xC0 <= key < 0x250 or 0x1E00 <= key <= 0x1EFF, chr(key)
        assert unicodedata.category(chr(key)).startswith("L"), chr(key)
        assert len(base) == 1 and base.isalpha(), (chr(key), base)
        # ASCII but for letters of their own with a mark ("ǣ" is "æ", "ǯ" is "ʒ")
        assert base.isascii() or base in "æÆʒƷ", (chr(key), base)


def test_every_letter_with_a_one_letter_decomposition_is_in_the_table() -> None:
    for c in _TABLE_RANGE:
        bare = without_marks(c)
        if len(bare) == 1 and bare != c:
            assert UNMARKED[ord(c)] == UNMARKED.get(ord(bare), bare), c


@pytest.mark.parametrize(
    ("word", "folded"),
    [
        ("Žluťoučký kůň úpěl ďábelské ódy", "Zlutoucky kun upel dabelske ody"),  # Czech
        ("Ľubomír Ďurčo, Košice", "Lubomir Durco, Kosice"),  # Slovak
        ("Łódź, Gdańsk, Michał Żółć", "Lodz, Gdansk, Michal Zolc"),  # Polish
        ("Müller, Österreich, Äpfel", "Muller, Osterreich, Apfel"),  # German
        ("Győr, Szőke Árpád, Tűz", "Gyor, Szoke Arpad, Tuz"),  # Hungarian
        ("Français, élève, Noël, garçon", "Francais, eleve, Noel, garcon"),  # French
        ("Đurđević, Ćosić, Šibenik", "Durdevic, Cosic, Sibenik"),  # Croatian
        ("Søren Kierkegaard, Ærø", "Soren Kierkegaard, Æro"),  # Danish: "æ" is a letter of its own
        ("Ştefan Țepeș, Brașov", "Stefan Tepes, Brasov"),  # Romanian
        ("Ħal Qormi, ħobż", "Hal Qormi, hobz"),  # Maltese
        ("Straße", "Straße"),  # "ß" stays: two letters would change the length
    ],
)
def test_words_of_several_languages(word: str, folded: str) -> None:
    assert unmarked(word) == folded
    assert unmarked_lower(word) == folded.lower()


@pytest.mark.parametrize(
    ("letter", "base"),
    [("ł", "l"), ("Ł", "L"), ("đ", "d"), ("Đ", "D"), ("ø", "o"), ("Ø", "O"), ("ħ", "h"), ("ı", "i")],
)
def test_letters_without_a_decomposition_fold_too(letter: str, base: str) -> None:
    assert without_marks(letter) == letter  # NFKD keeps them
    assert unmarked(letter) == base
    assert unmarked_lower(letter) == base.lower()


def test_case_kept_or_lowered() -> None:
    assert unmarked("ČESKÝ Statistický ÚŘAD") == "CESKY Statisticky URAD"
    assert unmarked_lower("ČESKÝ Statistický ÚŘAD") == "cesky statisticky urad"
    assert unmarked_lower("İZMİR") == "izmir"  # folded first: one letter, not "i̇"


def test_ascii_and_other_scripts_stay() -> None:
    assert unmarked("plain ASCII text 1.2.3.4") == "plain ASCII text 1.2.3.4"
    assert unmarked("Ελλάδα Москва – “x” ’") == "Ελλάδα Москва – “x” ’"
