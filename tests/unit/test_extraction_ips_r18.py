"""IP addresses, eighteenth round: principles generalised from the eighteenth part.

1. A part of a document the text marks as not current gives no certain address: a
   spreadsheet's sheet or a table under its own heading called old, previous, last year's,
   inactive or no longer valid by its heading, or by the covering text naming it ("adresy
   na listu 2021 už nepoužíváme", "ignore the 2021 tab"), or the other sections when the
   cover names one current with "only" ("platí jen list 2025"). Its addresses are left out,
   flagged; two sections giving one use with no word on which is current flag that use
   (lb025: last election's sheet beside this year's).
2. A note cell of a table row calling the row's address old or out of use by itself
   ("stará adresa", "stary adres, nieużywany", "neaktivní", "old (inactive)") withdraws
   it, flagged (lc031).
3. Rehearsals and dry runs are test runs, in more languages ("dry runs", "rehearsal",
   "generálka", "nanečisto", "simulacro", "Probelauf"); "en vivo" is live (lc041).
4. A key of a key/value line naming a version ("CLIENT_VERSION=3.1.0.2", "client version =
   …") names no address (lb031).
5. A trace's hops and a ping's replies are routers answering, no address of the applicant's
   (lc030).
"""

from __future__ import annotations

import pytest

from intake.extraction.ips import Role, find_ips
from intake.extraction.sections import sections, status
from tests.unit.docs import xlsx_sheets
from tests.unit.extraction_helpers import attachment, body, extract, mail, text_file

Rows = list[list[str]]


def _sheets(
    cover: str, sheets: list[tuple[str, Rows]]
) -> tuple[list[str], bool | None, list[str], bool | None]:
    x = extract(
        mail(
            body(f"Dobrý den,\n\n{cover}\n\nJan Malý"),
            attachment("adresy.xlsx", xlsx_sheets(sheets)),
        )
    )
    p, t = x.fields.get("production_ips"), x.fields.get("test_ips")
    return (
        [str(a) for a in x.production_ips],
        None if p is None else p.certain,
        [str(a) for a in x.test_ips],
        None if t is None else t.certain,
    )


_OLD_ROWS: Rows = [["Typ", "IP"], ["produkční", "203.0.113.3"], ["testovací", "203.0.113.4"]]
_NEW_ROWS: Rows = [
    ["Typ", "IP"],
    ["produkční", "203.0.113.33"],
    ["produkční", "203.0.113.34"],
    ["testovací", "203.0.113.35"],
]
_NEW = (["203.0.113.33", "203.0.113.34"], ["203.0.113.35"])


# Principle 1: a section the text marks as not current.


@pytest.mark.parametrize(
    ("cover", "old", "new"),
    [
        ("Tabulka s adresami je v příloze.", "Staré adresy", "Adresy"),
        ("The addresses are attached.", "Previous (inactive)", "Current hosts"),
        ("Adresy nájdete v prílohe, list 2022 už neplatí.", "2022", "2026"),
        (
            "Please ignore the sheet Volby 2021, it is kept for reference.",
            "Volby 2021",
            "Volby 2025",
        ),
        ("Posílám tabulku, platí pouze list Letos, ten druhý je historie.", "Minule", "Letos"),
    ],
)
def test_a_section_marked_old_gives_no_address(cover: str, old: str, new: str) -> None:
    production, p_sure, test, t_sure = _sheets(cover, [(old, _OLD_ROWS), (new, _NEW_ROWS)])
    assert (production, test) == _NEW
    assert p_sure is False and t_sure is False


def test_two_sections_for_one_use_without_a_word_on_which_flag_it() -> None:
    production, p_sure, test, t_sure = _sheets(
        "Adresy v příloze.", [("Praha", _OLD_ROWS), ("Brno", _NEW_ROWS)]
    )
    assert production == ["203.0.113.3", "203.0.113.33", "203.0.113.34"]
    assert p_sure is False and t_sure is False


def test_sections_for_different_uses_stay_certain() -> None:
    prod: Rows = [["IP"], ["203.0.113.33"]]
    test: Rows = [["IP"], ["203.0.113.35"]]
    production, p_sure, tests, t_sure = _sheets(
        "Adresy v příloze.", [("Produkce", prod), ("Test", test)]
    )
    assert (production, tests) == (["203.0.113.33"], ["203.0.113.35"])
    assert p_sure is True and t_sure is True


def test_a_single_section_called_old_by_its_heading_stays() -> None:
    """Nothing else is given: the heading's word is no withdrawal of the only list."""
    production, _, test, _ = _sheets("Adresy v příloze.", [("Staré adresy", _OLD_ROWS)])
    assert (production, test) == (["203.0.113.3"], ["203.0.113.4"])


def test_a_heading_naming_old_and_new_is_not_old() -> None:
    parts = sections("Staré a nové adresy\nTyp\tIP\n\nDalší\nTyp\tIP")
    assert [p.title for p in parts] == ["Staré a nové adresy", "Další"]
    assert not status(parts, "").old


def test_a_section_named_current_without_only_leaves_the_other() -> None:
    parts = sections("2024\nTyp\tIP\n\n2025\nTyp\tIP")
    said = status(parts, "List 2025 platí od září.")
    assert not said.old and [p.title for p in said.current] == ["2025"]


# Principle 2: a row's note cell calling its address old.


@pytest.mark.parametrize(
    "note",
    [
        "stará adresa, již nepoužíváme",
        "stary adres, nieużywany",
        "neaktivní",
        "old (inactive)",
        "Previous address",
    ],
)
def test_a_note_cell_calling_the_address_old_withdraws_it(note: str) -> None:
    rows: Rows = [
        ["Typ", "IP", "Poznámka"],
        ["produkční", "203.0.113.99", note],
        ["produkční", "203.0.113.101"],
        ["testovací", "203.0.113.110"],
    ]
    production, p_sure, test, _ = _sheets("Adresy v příloze.", [("Adresy", rows)])
    assert (production, test) == (["203.0.113.101"], ["203.0.113.110"])
    assert p_sure is False


@pytest.mark.parametrize("note", ["starý server nahrazen tímto", "aktivní", "nový stroj"])
def test_a_note_cell_saying_more_keeps_the_address(note: str) -> None:
    rows: Rows = [
        ["Typ", "IP", "Poznámka"],
        ["produkční", "203.0.113.99", note],
        ["testovací", "203.0.113.110"],
    ]
    production, _, test, _ = _sheets("Adresy v příloze.", [("Adresy", rows)])
    assert (production, test) == (["203.0.113.99"], ["203.0.113.110"])


# Principle 3: rehearsals and dry runs.


def _roles(text: str) -> list[tuple[str, Role | None]]:
    return [(str(a), m.role) for m in find_ips(text, joined=True) for a in m.addresses]


P, T = Role.PRODUCTION, Role.TEST


@pytest.mark.parametrize(
    "text",
    [
        "Our live feed comes from 198.51.100.20 and, for the dry runs, from 198.51.100.29.",
        "Live traffic: 198.51.100.20. Rehearsal box: 198.51.100.29.",
        "Ostrý provoz 198.51.100.20, generálka a zkoušky nanečisto z 198.51.100.29.",
        "Recibiremos en vivo desde 198.51.100.20; para el simulacro usaremos 198.51.100.29.",
        "Produktion 198.51.100.20, der Probelauf kommt von 198.51.100.29.",
    ],
)
def test_rehearsals_and_dry_runs_are_tests(text: str) -> None:
    assert _roles(text) == [("198.51.100.20", P), ("198.51.100.29", T)]


def test_a_monitoring_probe_is_no_test_run() -> None:
    assert _roles("Production 198.51.100.20, monitoring probe at 198.51.100.29.") == [
        ("198.51.100.20", P),
        ("198.51.100.29", P),
    ]


# Principle 4: a version key names no address.


@pytest.mark.parametrize(
    "line",
    [
        "CLIENT_VERSION=3.1.0.2",
        "client version = 3.1.0.2",
        "feed.version=4.2.0.1",
        "verze klienta: v3.1.0.2",
    ],
)
def test_a_version_key_names_no_address(line: str) -> None:
    text = f"PROD = 198.51.100.32\ntest = 198.51.100.40\n{line}"
    assert [a for a, _ in _roles(text)] == ["198.51.100.32", "198.51.100.40"]


def test_an_address_key_with_a_version_word_in_the_value_line_stays() -> None:
    text = "produkce: 198.51.100.32\ntest: 198.51.100.40\nserver_ip = 198.51.100.41"
    assert [a for a, _ in _roles(text)] == ["198.51.100.32", "198.51.100.40", "198.51.100.41"]


# Principle 5: a trace's hops and a ping's replies.


@pytest.mark.parametrize(
    "output",
    [
        "traceroute to 192.0.2.61, 30 hops max\n 1  gw.example  0.4 ms\n 2  192.0.2.1  1.9 ms",
        "tracert 192.0.2.61\n  1    <1 ms    <1 ms    <1 ms  192.0.2.1",
        "PING 192.0.2.61\n64 bytes from 192.0.2.1: icmp_seq=1 ttl=64 time=0.3 ms",
        "Reply from 192.0.2.1: bytes=32 time<1ms TTL=64",
    ],
)
def test_a_tools_output_gives_no_hop(output: str) -> None:
    x = extract(
        mail(
            body(
                "Dobrý den,\n\nprodukce: 192.0.2.61\ntest: 192.0.2.64\n\nVýpis v příloze.\n\nJan Malý"
            ),
            text_file("trace.txt", output),
        )
    )
    assert [str(a) for a in x.production_ips] == ["192.0.2.61"]
    assert [str(a) for a in x.test_ips] == ["192.0.2.64"]


def test_a_numbered_list_of_servers_is_no_trace() -> None:
    text = " 1  192.0.2.61 produkce\n 2  192.0.2.64 test"
    assert _roles(text) == [("192.0.2.61", P), ("192.0.2.64", T)]


# Principle 6: a cover note giving the rows of an attached table their uses by place.

_HOSTS: Rows = [
    ["Hostname", "IPv4"],
    ["a.example", "192.0.2.51"],
    ["b.example", "192.0.2.52"],
    ["c.example", "192.0.2.59"],
]


@pytest.mark.parametrize(
    "cover",
    [
        "The sheet lists our hosts: the first two rows are production, the last one is for testing.",
        "V tabulce jsou tři servery, první dva jsou ostré a poslední slouží k testování.",
        "V prílohe sú tri riadky: prvé dva sú produkčné, posledný je testovací.",
        "Attached are our servers. The last row is the staging box; the first two are live.",
    ],
)
def test_rows_placed_by_the_cover_take_their_uses_unsure(cover: str) -> None:
    production, p_sure, test, t_sure = _sheets(cover, [("Hosts", _HOSTS)])
    assert (production, test) == (["192.0.2.51", "192.0.2.52"], ["192.0.2.59"])
    assert p_sure is False and t_sure is False


@pytest.mark.parametrize(
    "cover",
    [
        # the places do not name every row: nothing is read from them
        "The sheet lists our hosts; the first one is production.",
        # no rows spoken of: "first" is about time
        "First we will test the connection, then go live.",
    ],
)
def test_rows_not_all_placed_keep_no_use(cover: str) -> None:
    production, p_sure, test, _ = _sheets(cover, [("Hosts", _HOSTS)])
    assert (production, test) == (["192.0.2.51", "192.0.2.52", "192.0.2.59"], [])
    assert p_sure is False


@pytest.mark.parametrize(
    "cover",
    [
        "The three hosts in the sheet serve production, production and testing respectively.",
        "Servery v tabulce slouží postupně pro ostrý provoz, ostrý provoz a testy.",
        "Adresy v prílohe sú v tomto poradí: produkčná, záložná, testovacia.",
    ],
)
def test_rows_given_their_uses_in_order(cover: str) -> None:
    production, p_sure, test, t_sure = _sheets(cover, [("Hosts", _HOSTS)])
    assert (production, test) == (["192.0.2.51", "192.0.2.52"], ["192.0.2.59"])
    assert p_sure is False and t_sure is False


def test_uses_in_order_fewer_than_the_rows_leave_them_in_doubt() -> None:
    cover = "The hosts in the sheet are for production and testing respectively."
    production, p_sure, test, _ = _sheets(cover, [("Hosts", _HOSTS)])
    assert (production, test) == (["192.0.2.51", "192.0.2.52", "192.0.2.59"], [])
    assert p_sure is False
