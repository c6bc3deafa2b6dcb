"""Round 29: a generalisation drill of three address classes (labelled by LABELS.md before
extraction was run): an RTF form whose table of uses has an empty corner cell ("|Prod|Test|"
over "1|A|B|" - every cell of an RTF row ends with a bar, so the header's first bar ends an
empty cell, not a table border); a list written as groups whose uses follow in order
("A/B and C/D respectively"); and an address called replaced in a passive whose new one
follows in a clause of its own ("A – nahrazen, nyní B"). Near misses of each class keep
their earlier reading."""

from __future__ import annotations

import pytest

from tests.unit.extraction_helpers import SIG, attachment, body, extract, mail


def _read(text: str, *rtf: bytes) -> tuple[list[str], list[str], bool]:
    files = [attachment(f"form{k}.rtf", data) for k, data in enumerate(rtf)]
    x = extract(mail(body(text + SIG), *files))
    certain = all(x.fields[k].certain for k in ("production_ips", "test_ips") if k in x.fields)
    return [str(a) for a in x.production_ips], [str(a) for a in x.test_ips], certain


def _rtf_escape(text: str) -> str:
    return "".join(ch if ord(ch) < 128 else f"\\u{ord(ch)}?" for ch in text)


def _rtf(lines: list[str], rows: list[list[str]]) -> bytes:
    """An RTF document as word processors write it: paragraphs, then a table, one cell group
    ("\\trowd … \\row") a row."""
    out = [r"{\rtf1\ansi\ansicpg1250\deff0{\fonttbl{\f0 Calibri;}}\f0\fs22"]
    out += [rf"\pard {_rtf_escape(line)}\par" for line in lines]
    for row in rows:
        edges = "".join(rf"\cellx{2400 * (k + 1)}" for k in range(len(row)))
        cells = " ".join(rf"\pard\intbl {_rtf_escape(c)}\cell" for c in row)
        out.append(rf"\trowd{edges} {cells} \row")
    out.append(r"\pard\par}")
    return "\n".join(out).encode("latin-1")


_HEAD = ["Žádost o přístup k XML výsledkům voleb", "Žadatel: Zpravodaj Hřebečsko, s.r.o."]

_CORNER = [
    pytest.param(
        _rtf(
            _HEAD,
            [
                ["", "Ostrý provoz", "Testovací provoz"],
                ["1", "192.0.2.10", "192.0.2.20"],
                ["2", "192.0.2.11", "192.0.2.21"],
                ["3", "192.0.2.12", ""],
            ],
        ),
        ["192.0.2.10", "192.0.2.11", "192.0.2.12"],
        ["192.0.2.20", "192.0.2.21"],
        id="c1-cs-numbered-three-rows",
    ),
    pytest.param(
        _rtf(_HEAD, [["", "Testovací", "Produkční"], ["1.", "198.51.100.7", "198.51.100.3"]]),
        ["198.51.100.3"],
        ["198.51.100.7"],
        id="c2-cs-test-column-first",
    ),
    pytest.param(
        _rtf(
            ["Application for XML feed access"],
            [
                ["", "Live", "Staging"],
                ["Primary", "203.0.113.40", "203.0.113.50"],
                ["Secondary", "203.0.113.41", ""],
            ],
        ),
        ["203.0.113.40", "203.0.113.41"],
        ["203.0.113.50"],
        id="c3-en-row-labels",
    ),
    pytest.param(
        _rtf(
            ["Žiadosť o prístup k XML", "Žiadateľ: Novohradské noviny, s.r.o."],
            [["", "Produkčná IP", "Testovacia IP"], ["1.", "192.0.2.130", "192.0.2.140"]],
        ),
        ["192.0.2.130"],
        ["192.0.2.140"],
        id="c4-sk-single-row",
    ),
    pytest.param(
        _rtf(
            _HEAD,
            [
                ["", "Produkce", "Test", "Poznámka"],
                ["server A", "198.51.100.60", "198.51.100.70", "redakční systém"],
                ["server B", "", "198.51.100.71", "náhradní"],
            ],
        ),
        ["198.51.100.60"],
        ["198.51.100.70", "198.51.100.71"],
        id="c5-cs-note-column",
    ),
    pytest.param(
        _rtf(
            ["Antrag auf Zugang zu den XML-Ergebnissen"],
            [["", "Produktion", "Test"], ["Server 1", "203.0.113.120", "203.0.113.121"]],
        ),
        ["203.0.113.120"],
        ["203.0.113.121"],
        id="c6-de-server-rows",
    ),
]


@pytest.mark.parametrize(("rtf", "prod", "test"), _CORNER)
def test_an_rtf_table_with_an_empty_corner_cell(
    rtf: bytes, prod: list[str], test: list[str]
) -> None:
    got_prod, got_test, _ = _read("Dobrý den, žádost je v příloze.\n", rtf)
    assert (got_prod, got_test) == (prod, test)


def test_near_miss_bars_on_both_sides_are_a_border() -> None:
    """A table typed with bars as borders ("|Prod|Test|" over "|A|B|"): no empty cell."""
    got = _read("Dobrý den,\n|Produkce|Test|\n|192.0.2.80|192.0.2.90|\n")
    assert got[:2] == (["192.0.2.80"], ["192.0.2.90"])


def test_near_miss_rows_without_a_closing_bar_are_not_shifted() -> None:
    """A bordered header over rows typed loosely ("A | B"): the first cell holds the first
    address."""
    got = _read("Dobrý den,\n| Produkce | Test |\n192.0.2.81 | 192.0.2.91\n")
    assert got[:2] == (["192.0.2.81"], ["192.0.2.91"])


_GROUPS = [
    pytest.param(
        "Dobrý den,\nprodukční a testovací adresy jsou 192.0.2.10, 192.0.2.11 a 192.0.2.20, "
        "192.0.2.21 (v tomto pořadí).\n",
        ["192.0.2.10", "192.0.2.11"],
        ["192.0.2.20", "192.0.2.21"],
        id="g1-cs-commas-within-and-between",
    ),
    pytest.param(
        "Dobrý deň,\npre ostrú a testovaciu prevádzku použijeme 198.51.100.5/198.51.100.6, "
        "resp. 198.51.100.7.\n",
        ["198.51.100.5", "198.51.100.6"],
        ["198.51.100.7"],
        id="g2-sk-slash-pair-resp-single",
    ),
    pytest.param(
        "Guten Tag,\nunsere Produktions- und Testsysteme haben die Adressen 203.0.113.1 und "
        "203.0.113.2 bzw. 203.0.113.3 und 203.0.113.4.\n",
        ["203.0.113.1", "203.0.113.2"],
        ["203.0.113.3", "203.0.113.4"],
        id="g3-de-und-within-bzw-between",
    ),
    pytest.param(
        "Hello,\nour live and test servers are (192.0.2.1, 192.0.2.2) and (192.0.2.3, "
        "192.0.2.4), respectively.\n",
        ["192.0.2.1", "192.0.2.2"],
        ["192.0.2.3", "192.0.2.4"],
        id="g4-en-parenthesised-groups",
    ),
    pytest.param(
        "Hi,\nthe test and production hosts are 198.51.100.30 / 198.51.100.31 and "
        "198.51.100.40 / 198.51.100.41 respectively.\n",
        ["198.51.100.40", "198.51.100.41"],
        ["198.51.100.30", "198.51.100.31"],
        id="g5-en-test-first-spaced-slashes",
    ),
    pytest.param(
        "Dzień dobry,\nadresy produkcyjne i testowe to odpowiednio 192.0.2.50, 192.0.2.51 oraz "
        "192.0.2.60, 192.0.2.61.\n",
        ["192.0.2.50", "192.0.2.51"],
        ["192.0.2.60", "192.0.2.61"],
        id="g6-pl-odpowiednio-oraz",
    ),
    pytest.param(
        "Dobrý den,\nIP pro produkci a pro test: 203.0.113.5 a 203.0.113.6, 203.0.113.7 a "
        "203.0.113.8 (v uvedeném pořadí).\n",
        ["203.0.113.5", "203.0.113.6"],
        ["203.0.113.7", "203.0.113.8"],
        id="g7-cs-and-within-comma-between",
    ),
]


@pytest.mark.parametrize(("text", "prod", "test"), _GROUPS)
def test_a_list_in_groups_takes_one_use_per_group_in_order(
    text: str, prod: list[str], test: list[str]
) -> None:
    got_prod, got_test, certain = _read(text)
    assert (got_prod, got_test) == (prod, test)
    assert not certain  # the order is read from a free sentence


def test_near_miss_three_addresses_in_no_groups_are_not_split() -> None:
    """ "A, B and C respectively" for two uses: which group is which is not written."""
    prod, test, certain = _read(
        "Hello,\nthe production and test addresses are 192.0.2.1, 192.0.2.2 and 192.0.2.3 "
        "respectively.\n"
    )
    assert not certain
    assert (prod, test) != (["192.0.2.1", "192.0.2.2"], ["192.0.2.3"])


def test_near_miss_groups_of_unequal_size_joined_by_commas_are_not_split() -> None:
    """ "A, B, C and D respectively": commas within and between read no groups."""
    _, _, certain = _read(
        "Hi,\nproduction and test: 192.0.2.1, 192.0.2.2, 192.0.2.3 and 192.0.2.4 respectively.\n"
    )
    assert not certain


def test_near_miss_uses_named_between_groups_keep_their_labels() -> None:
    got = _read("Dobrý den,\nprodukce: 192.0.2.5/192.0.2.6, test: 192.0.2.7/192.0.2.8.\n")
    assert got[:2] == (["192.0.2.5", "192.0.2.6"], ["192.0.2.7", "192.0.2.8"])


_REPLACED = [
    pytest.param(
        "Hello,\nproduction: 192.0.2.1\ntest: 192.0.2.9 (replaced; now 192.0.2.19)\n",
        ["192.0.2.1"],
        ["192.0.2.19"],
        id="r1-en-parenthesis-semicolon",
    ),
    pytest.param(
        "Dobrý den,\nostrý server 203.0.113.2.\nTestovací server 198.51.100.4 byl vyměněn, "
        "nově 198.51.100.14.\n",
        ["203.0.113.2"],
        ["198.51.100.14"],
        id="r2-cs-vymenen-nove",
    ),
    pytest.param(
        "Dobrý deň,\nprodukčná IP: 192.0.2.200\ntestovacia IP: 203.0.113.60 – nahradená, "
        "teraz 203.0.113.61\n",
        ["192.0.2.200"],
        ["203.0.113.61"],
        id="r3-sk-nahradena-teraz",
    ),
    pytest.param(
        "Guten Tag,\nProduktion: 198.51.100.50\nTestserver: 192.0.2.70 – abgelöst, jetzt "
        "192.0.2.71\n",
        ["198.51.100.50"],
        ["192.0.2.71"],
        id="r4-de-abgeloest-jetzt",
    ),
    pytest.param(
        "Hi,\nProduction 203.0.113.30\nStaging 198.51.100.80 — superseded, now: 198.51.100.81\n",
        ["203.0.113.30"],
        ["198.51.100.81"],
        id="r5-en-superseded-now-colon",
    ),
    pytest.param(
        "Dobrý den,\nprodukce\t192.0.2.150\ntest\t192.0.2.30 (nahrazen) – nyní 192.0.2.31\n",
        ["192.0.2.150"],
        ["192.0.2.31"],
        id="r6-cs-tab-parenthesis-dash",
    ),
    pytest.param(
        "Dzień dobry,\nserwer produkcyjny: 198.51.100.9\nserwer testowy: 203.0.113.90 – "
        "zastąpiony, teraz 203.0.113.91\n",
        ["198.51.100.9"],
        ["203.0.113.91"],
        id="r7-pl-zastapiony-teraz",
    ),
]


@pytest.mark.parametrize(("text", "prod", "test"), _REPLACED)
def test_an_address_called_replaced_gives_way_to_the_new_one(
    text: str, prod: list[str], test: list[str]
) -> None:
    got_prod, got_test, _ = _read(text)
    assert (got_prod, got_test) == (prod, test)


def test_near_miss_something_else_replaced_keeps_both() -> None:
    """A disk replaced, "now it runs also on B": no version after "běží i" either."""
    got = _read("Dobrý den,\nprodukce: 192.0.2.10 – nahrazen disk, nyní běží i 192.0.2.11\n")
    assert got[:2] == (["192.0.2.10", "192.0.2.11"], [])


def test_near_miss_the_other_use_replaced_keeps_the_first() -> None:
    got = _read(
        "Dobrý den,\nprodukční IP 192.0.2.5 zůstává, nahrazena je jen testovací, nyní 192.0.2.6.\n"
    )
    assert "192.0.2.5" in got[0]  # not withdrawn: the replaced one is the test address
    # the use of the new one is read from the cue before "nyní" - not yet: it goes with the
    # production address, flagged (a blind spot left of round 29's drill)
    assert not got[2]
