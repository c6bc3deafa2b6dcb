"""``ips.find_ips`` returns at once when no line it reads (``_lines_to_read``) has an
address's shape (``_MAYBE_ADDRESS``): its line loop adds a mention only from a line's items
or stray tokens (both read only where ``_MAYBE_ADDRESS`` matches) or through a mask line
(which only changes a mention already found), and what follows the loop turns no mentions
into none. These tests run the real functions on lines and texts without that shape."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from intake.extraction import ips

_SHAPELESS = [
    "Produkční IP: bude doplněna, testovací stejná jako produkční.",
    "255.x maska 255. 255 | 255; 1. 2. 3. 4",
    "IP adresy   Role   Poznámka\n---   ---   ---\nA   produkce   (bude\n    odpojeno)",
    "Povolit | Adresa | Od | Do\nano | viz níže | - | -",
    "Adresy (v tomto pořadí):\n- první\n- druhá\n1) ostrá, 2) testovací:",
    "Síť s maskou\n255 .255 – tu povolte\nstejné jako loni, test = produkce",
    "v1 a verze 2 (build 7); čas 12 h; IČO 12345678; tel. 603 123 456",
]


def _no_shape(text: str) -> bool:
    return ips._MAYBE_ADDRESS.search(text) is None


def _reads_nothing(line: str) -> None:
    strays: list[str] = []
    assert ips._items(line, None, strays) == []
    assert strays == []
    assert ips._with_mask([], 1, line) is False


def test_shapeless_lines_give_no_mention() -> None:
    for text in _SHAPELESS:
        assert _no_shape(text), text
        lines = ips._lines_to_read(text, False)[0]
        assert all(_no_shape(line) for _, line in lines)
        for _, line in lines:
            _reads_nothing(line)
        assert ips.find_ips(text) == []
        assert ips.find_ips(text, joined=True) == []


def test_no_mentions_stay_none() -> None:
    assert ips._networks_as_context(ips._past_withdrawn([])) == []
    assert ips._with_copies([], [(1, ips.Role.TEST, ips.Role.PRODUCTION)]) == []


def test_a_shaped_line_is_still_read() -> None:
    # r38: the test use said to be production's gives no test address (LABELS): the line
    # naming production the same as test is the one still copied
    found = ips.find_ips("Test: 192.0.2.7\nProdukce: stejná jako test")
    assert [(str(m.addresses[0]), m.role) for m in found] == [
        ("192.0.2.7", ips.Role.TEST),
        ("192.0.2.7", ips.Role.PRODUCTION),
    ]


@given(
    st.text(
        alphabet="0123456789.:;|-/ \t\nabcdefIPtesprodukcmask255áí()",
        max_size=80,
    )
)
def test_any_line_without_the_shape_reads_nothing(text: str) -> None:
    for _, line in ips._lines_to_read(text, False)[0]:
        if _no_shape(line):
            _reads_nothing(line)
