"""Round 19: IPv6 addresses written as their last groups ("::1") are completed from a whole
address, never read as the fragment itself."""

from __future__ import annotations

import ipaddress

import pytest

from intake.extraction.ips import Role, find_ips
from intake.extraction.review import Reason
from tests.unit.extraction_helpers import body, certain, extract, mail, text_file


def _by_role(text: str, context: str = "") -> dict[Role | None, list[str]]:
    out: dict[Role | None, list[str]] = {}
    for m in find_ips(text, context=context):
        if not m.excluded:
            out.setdefault(m.role, []).extend(str(a) for a in m.addresses)
    return out


@pytest.mark.parametrize(
    ("text", "context", "prod", "test"),
    [
        (
            "Ta adresa končící ::a je ostrá, ta s koncovkou ::b je testovací.",
            "> povolte 2001:db8:77::a a 2001:db8:77::b",
            "2001:db8:77::a",
            "2001:db8:77::b",
        ),
        (
            "Production is the one ending in ::5, the other one (::6) is for testing.",
            "> hosts: 2001:db8:9:1::5, 2001:db8:9:1::6",
            "2001:db8:9:1::5",
            "2001:db8:9:1::6",
        ),
        (
            "Produkční server: 2001:db8:f00::10, testovací ::11",
            "",
            "2001:db8:f00::10",
            "2001:db8:f00::11",
        ),
        (
            "Prvá adresa (posledná skupina ::20) je produkčná, druhá (::21) testovacia.",
            ">> 2001:db8:4:5::20 a 2001:db8:4:5::21",
            "2001:db8:4:5::20",
            "2001:db8:4:5::21",
        ),
    ],
)
def test_v6_fragment_completed(text: str, context: str, prod: str, test: str) -> None:
    found = find_ips(text, context=context)
    roles = _by_role(text, context)
    assert roles.get(Role.PRODUCTION) == [prod]
    assert roles.get(Role.TEST) == [test]
    # the completed address is never certain
    assert all(not m.certain for m in found if ipaddress.ip_address(test) in m.addresses)
    assert all(str(a).startswith("2001:") for m in found for a in m.addresses)


def test_v6_fragment_without_whole_address_is_no_value() -> None:
    # no whole address ends so: the fragment is never a value, the text is flagged
    found = find_ips("Produkční je ta končící ::7, testovací ::8.", context="> 2001:db8::1")
    assert not any(ipaddress.IPv6Address("::7") in m.addresses for m in found)
    assert not any(ipaddress.IPv6Address("::8") in m.addresses for m in found)


def test_v6_fragment_ambiguous_is_no_value() -> None:
    # two whole addresses of different networks end so: no guess
    found = find_ips(
        "Ostrý provoz: ::1", context="> 2001:db8:a::1 a 2001:db8:b::1"
    )
    assert all(ipaddress.IPv6Address("::1") not in m.addresses for m in found)
    assert not any(m.addresses for m in found if m.role is Role.PRODUCTION)


def test_whole_v6_unchanged() -> None:
    # whole addresses (also an IPv4-mapped one) are read as before, certain on a label
    found = find_ips("Produkční IP: 2001:db8:c0::1\nTestovací IP: ::ffff:192.0.2.7")
    assert [str(a) for m in found for a in m.addresses] == ["2001:db8:c0::1", "192.0.2.7"]
    assert found[0].certain and found[0].doubt is None
    assert Reason.SHORTHAND not in {m.doubt for m in found}


@pytest.mark.parametrize(
    "line",
    [
        "Verze parseru\t3.1.0.12",
        "Version of the client: 2.0.1.4",
        "Firmware routeru | 1.2.3.4",
        "verzia klienta;4.0.1.2",
        "Software stahovače volby: 5.1.0.3",
    ],
)
def test_labelled_version_cell_is_no_address(line: str) -> None:
    text = "Typ\tIP adresa\nPROD\t203.0.113.61\nTST\t203.0.113.70\n" + line
    roles = _by_role(text)
    assert roles == {Role.PRODUCTION: ["203.0.113.61"], Role.TEST: ["203.0.113.70"]}


@pytest.mark.parametrize(
    "line",
    ["Verze IP adresy: 203.0.113.9", "Firmware server: 203.0.113.9"],
)
def test_version_label_naming_an_address_stays(line: str) -> None:
    assert any(
        ipaddress.IPv4Address("203.0.113.9") in m.addresses for m in find_ips(line)
    )


@pytest.mark.parametrize(
    "note",
    [
        "- gw.example / 10.0.5.10 je náš interní stroj, ten neřešte",
        "- 192.168.20.4 is only our internal build box, please ignore it",
        "- lokální server 172.16.3.3 nepovolujte",
        "- vnútorná adresa 10.1.1.1 (netreba riešiť)",
    ],
)
def test_internal_address_called_internal_is_withdrawn(note: str) -> None:
    text = f"Žádáme o XML:\n- produkce: 198.51.100.5\n- test: 198.51.100.77\n{note}\n"
    roles = _by_role(text)
    assert roles == {Role.PRODUCTION: ["198.51.100.5"], Role.TEST: ["198.51.100.77"]}


def test_internal_address_without_a_note_stays() -> None:
    found = find_ips("produkce: 198.51.100.5\ntest: 10.0.5.10\n")
    assert any(ipaddress.IPv4Address("10.0.5.10") in m.addresses and not m.excluded for m in found)


def test_only_internal_addresses_stay() -> None:
    # nothing reaches the internet: the officer sees what was written
    found = find_ips("produkce: 10.0.0.5 (interní síť)\ntest: 10.0.0.6 (interní)\n")
    assert all(not m.excluded for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "Ostrý server má 203.0.113.200, na zkoušky .201. Děkujeme.",
        "Production runs on 203.0.113.200 and testing on .201.",
        "Produkčná adresa 203.0.113.200, testovacia .201.",
        "Pro ostrý provoz 203.0.113.200; testovat budeme z .201.\nS pozdravem",
    ],
)
def test_role_tail_before_a_full_stop(text: str) -> None:
    roles = _by_role(text)
    assert roles == {Role.PRODUCTION: ["203.0.113.200"], Role.TEST: ["203.0.113.201"]}


def test_role_tail_out_of_range_or_a_date_is_no_address() -> None:
    for text in (
        "Ostrý provoz 203.0.113.200, testovací začne 1. 10.",
        "Ostrý provoz 203.0.113.200, testovací .300.",
    ):
        found = find_ips(text)
        assert [str(a) for m in found for a in m.addresses] == ["203.0.113.200"]


def test_internal_address_asked_for_stays() -> None:
    found = find_ips("Ostré: 203.0.113.7 a ještě interní 10.0.0.12, přes který jede parser.")
    assert all(not m.excluded for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "Stahovat bude server 192.0.2.44, zkoušet to budeme z 192.0.2.45.",
        "Ostrý odběr poběží na 192.0.2.44, ale nejdřív to zkusíme ze stroje 192.0.2.45.",
        "Feed poberie 192.0.2.44, vyskúšame to zo 192.0.2.45.",
        "The feed goes to 192.0.2.44; we will try it first from 192.0.2.45.",
        "Server máme na 192.0.2.44, a ještě bychom to předtím zkoušeli z notebooku, ten má "
        "192.0.2.45",
    ],
)
def test_trying_it_from_a_machine_is_test(text: str) -> None:
    roles = _by_role(text)
    assert roles.get(Role.TEST) == ["192.0.2.45"]
    assert "192.0.2.44" not in roles.get(Role.TEST, [])


def test_trying_without_a_machine_is_no_cue() -> None:
    # "zkusíme" with no "from" after it says nothing of the address
    roles = _by_role("Zkusíme to prosím co nejdřív, povolte 192.0.2.44.")
    assert Role.TEST not in roles


def test_before_that_in_the_past_stays_past() -> None:
    found = find_ips("Předtím jsme měli 192.0.2.30, nově povolte 192.0.2.31.")
    old = [m for m in found if ipaddress.IPv4Address("192.0.2.30") in m.addresses]
    assert old and (old[0].excluded or old[0].doubt is Reason.PAST)


def test_and_without_addition_describes_first() -> None:
    # "a to" (namely) still says what the first address is
    roles = _by_role("Povolte 192.0.2.50 a to pro ostrý provoz, testovací 192.0.2.51.")
    assert roles.get(Role.PRODUCTION) == ["192.0.2.50"]
    assert roles.get(Role.TEST) == ["192.0.2.51"]


@pytest.mark.parametrize(
    "text",
    [
        "Ostrý je nově 203.0.113.105. Test zůstává stejný jako minule, tj. 203.0.113.6.",
        "Production is now 203.0.113.105. Testing stays the same as before, i.e. 203.0.113.6.",
        "Ostrá bude 203.0.113.105, testovací zostáva rovnaká, t. j. 203.0.113.6.",
        "Produkce: 203.0.113.105. Testovací zůstane stejná, tedy 203.0.113.6.",
    ],
)
def test_use_kept_then_its_address_in_apposition(text: str) -> None:
    roles = _by_role(text)
    assert roles.get(Role.TEST) == ["203.0.113.6"]
    assert roles.get(Role.PRODUCTION) == ["203.0.113.105"]


def test_use_kept_without_its_address_stays_neutral() -> None:
    # the kept use has no address here: the one address is production's
    roles = _by_role("Test zůstává stejný jako minule. Ostrý je nově 203.0.113.105.")
    assert roles == {Role.PRODUCTION: ["203.0.113.105"]}


@pytest.mark.parametrize(
    "text",
    [
        "- testovací adresa nemá být 192.0.2.58, ale 192.0.2.59",
        "the test address should not be 192.0.2.58 but 192.0.2.59",
        "testovacia adresa nemala byť 192.0.2.58, ale 192.0.2.59",
        "testovací IP neměla být 192.0.2.58 – správně 192.0.2.59",
    ],
)
def test_modal_denied_then_contrast_withdraws_first(text: str) -> None:
    found = find_ips(text)
    old = [m for m in found if ipaddress.IPv4Address("192.0.2.58") in m.addresses]
    new = [m for m in found if ipaddress.IPv4Address("192.0.2.59") in m.addresses]
    assert old and all(m.excluded for m in old)
    assert new and not any(m.excluded for m in new)


@pytest.mark.parametrize(
    "text",
    [
        "pozor: testovací adresa je 203.0.113.242, v příloze je chybně 203.0.113.241",
        "note: test is 203.0.113.242, the letter wrongly gives 203.0.113.241",
        "testovacia je 203.0.113.242, v žiadosti je omylom uvedená 203.0.113.241",
        "testovací je 203.0.113.242, v příloze je chybně .241",
    ],
)
def test_address_said_wrong_is_withdrawn(text: str) -> None:
    found = find_ips(text)
    bad = [m for m in found if ipaddress.IPv4Address("203.0.113.241") in m.addresses]
    good = [m for m in found if ipaddress.IPv4Address("203.0.113.242") in m.addresses]
    assert bad and all(m.excluded for m in bad)
    assert good and not any(m.excluded for m in good)


def test_wrong_word_followed_by_the_right_address_keeps_it() -> None:
    found = find_ips("Opravujeme chybně uvedenou adresu, správně je 203.0.113.242.")
    assert found and not any(m.excluded for m in found)


def test_not_without_modal_before_contrast_stays() -> None:
    # no contrast after: "nemá být" alone does not withdraw a label's address
    found = find_ips("Testovací adresa: 192.0.2.58 (nemá být veřejně uvedena)")
    assert found and not any(m.excluded for m in found)


@pytest.mark.parametrize(
    ("text", "first", "count"),
    [
        ("Produkční prostředí\t203.0.113.160/3 1\tdva servery", "203.0.113.160", 2),
        ("Production: 198.51.100.0/2 9", "198.51.100.0", 8),
        ("Ostrý provoz: 192.0.2.64/3 0, testovací 192.0.2.80", "192.0.2.64", 4),
        ("Produkce 203.0.113.8/2 9 (záložní linka)", "203.0.113.8", 8),
    ],
)
def test_prefix_split_by_a_space_is_joined_and_flagged(text: str, first: str, count: int) -> None:
    found = find_ips(text)
    block = next(m for m in found if m.is_block)
    assert str(block.addresses[0]) == first and block.count == count
    assert not block.certain and block.doubt is Reason.BROKEN_ADDRESS


def test_prefix_and_a_separate_number_stay() -> None:
    # a whole prefix and a number after it: nothing is joined
    found = find_ips("Produkce: 203.0.113.160/31 2 servery")
    assert [m.count for m in found] == [2]
    assert found[0].doubt is not Reason.BROKEN_ADDRESS
    # a prefix of two digits then a digit: no join either
    found = find_ips("Produkce: 203.0.113.160/30 1 server")
    assert [m.count for m in found] == [4]


_LETTER = (
    "Žádost o přístup k výsledkům voleb ve formátu XML\n"
    "Žádáme o přístup z adres 198.51.100.180, 198.51.100.181 a 198.51.100.189.\n"
)


@pytest.mark.parametrize(
    "cover",
    [
        "V dopise jsou adresy jen vyjmenované: první dvě (198.51.100.180 a 198.51.100.181) jsou "
        "produkční, poslední (198.51.100.189) je testovací.",
        "To clarify the letter: 198.51.100.180 and 198.51.100.181 are production, "
        "198.51.100.189 is for testing.",
        "Upresňujem: produkčné sú 198.51.100.180 a 198.51.100.181, testovacia 198.51.100.189.",
        "Ostré jsou 198.51.100.180, 198.51.100.181; na testy 198.51.100.189.",
    ],
)
def test_cover_places_addresses_the_attachment_only_lists(cover: str) -> None:
    x = extract(mail(body(cover), text_file("zadost.txt", _LETTER)))
    assert [str(a) for a in x.production_ips] == ["198.51.100.180", "198.51.100.181"]
    assert [str(a) for a in x.test_ips] == ["198.51.100.189"]
    assert not certain(x, "test_ips")


def test_cover_placing_only_some_leaves_the_list() -> None:
    # the cover places one address only: the letter's other addresses stay as listed
    cover = "Upřesňuji: 198.51.100.189 je testovací."
    x = extract(mail(body(cover), text_file("zadost.txt", _LETTER)))
    assert "198.51.100.180" in [str(a) for a in x.production_ips]
    assert [str(a) for a in x.test_ips] == ["198.51.100.189"]
