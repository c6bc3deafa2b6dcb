"""Addresses, thirty-ninth round (issue 18, helper r39-addr): a drill written and labelled by
``tests/corpus/LABELS.md`` before extraction was run on it. Every text is invented.

Class A — a use said to stay unchanged with its address written straight after it ("testovací
zůstává beze změny A", ao010): the words name that address's use. Near misses: the unchanged
use's address not given, another use's address after a comma.

Class B — a space-aligned table (PDF text) whose address cell wraps a list with its separator
on a line of its own, beside a role cell wrapping too (am039): the list stays in its row.
Near misses: rows with no separator; a separator standing in another column.

Class C — a removal still to come written before the address (a role cell's note "po volbách
bude zrušen", ao014): the address is in use now, not withdrawn. Near misses: an imperative to
remove it now, a removal that has happened.

Class D — a cover (a data message's annotation, an e-mail body) telling not to set up an
address its attachment gives, with a verb of setting up or granting (an041): the cover
overrides the attachment. Near misses: a refusal of "anything else", a set-up put off to later.
"""

from __future__ import annotations

import pytest

from intake.model import ComponentRole
from tests.unit.extraction_helpers import SIG, body, data_message, extract, mail, text_file


def _ips(x: object) -> tuple[list[str], list[str]]:
    return (
        [str(a) for a in x.production_ips],  # type: ignore[attr-defined]
        [str(a) for a in x.test_ips],  # type: ignore[attr-defined]
    )


def _body(text: str) -> tuple[list[str], list[str]]:
    return _ips(extract(mail(body(text + SIG, ComponentRole.BODY_TEXT))))


def _with_file(cover: str, letter: str) -> tuple[list[str], list[str]]:
    return _ips(extract(mail(body(cover + SIG), text_file("zadost.txt", letter))))


_UNCHANGED = [
    pytest.param(
        "Dobrý den,\nprodukční server jsme přestěhovali, nová adresa je 192.0.2.40. Testovací"
        " zůstává stejná 192.0.2.41.\n",
        ["192.0.2.40"],
        ["192.0.2.41"],
        id="a1-cz-stejna",
    ),
    pytest.param(
        "Dobrý deň,\nprodukčná adresa sa mení na 198.51.100.20, testovacia zostáva bez zmeny"
        " 198.51.100.21.\n",
        ["198.51.100.20"],
        ["198.51.100.21"],
        id="a2-sk-bez-zmeny",
    ),
    pytest.param(
        "Hello,\nour live feed host moves to 203.0.113.30; the test one stays the same"
        " 203.0.113.31.\n",
        ["203.0.113.30"],
        ["203.0.113.31"],
        id="a3-en-stays-the-same",
    ),
    pytest.param(
        "Guten Tag,\ndie Testadresse bleibt unverändert 192.0.2.80, produktiv neu 192.0.2.81.\n",
        ["192.0.2.81"],
        ["192.0.2.80"],
        id="a4-de-bleibt",
    ),
    pytest.param(
        "Dobrý den,\ntestovací zůstává beze změny, produkční bude nově 192.0.2.60.\n",
        ["192.0.2.60"],
        [],
        id="a5-neg-unchanged-not-given",
    ),
    pytest.param(
        "Dobrý den,\nprodukční zůstává beze změny jako loni a testovací je nově 192.0.2.70.\n",
        [],
        ["192.0.2.70"],
        id="a6-neg-other-use-after",
    ),
    pytest.param(
        "Dobrý den,\nostrý provoz: 192.0.2.91\ntestovací je nově 192.0.2.98, ostrý provoz zůstává"
        " beze změny.\n",
        ["192.0.2.91"],
        ["192.0.2.98"],
        id="a7-neg-unchanged-after-the-address",
    ),
]


@pytest.mark.parametrize(("text", "prod", "test"), _UNCHANGED)
def test_unchanged_use_names_the_address_after_it(
    text: str, prod: list[str], test: list[str]
) -> None:
    assert _body(text) == (prod, test)


_COVER = "Dobrý den, žádost posíláme v příloze."

_WRAPPED = [
    pytest.param(
        "Žádost o přístup k výsledkům voleb (XML)\n\n"
        "          Použití           Adresa\n"
        "          Ostrý provoz      192.0.2.10\n"
        "          (hlavní           ;\n"
        "          servery)          192.0.2.11\n"
        "          Test              192.0.2.20\n",
        ["192.0.2.10", "192.0.2.11"],
        ["192.0.2.20"],
        id="b1-cz-semicolon-line",
    ),
    pytest.param(
        "Request for access to the XML results\n\n"
        "      Purpose              IP address\n"
        "      Production           198.51.100.5\n"
        "      (primary and         ,\n"
        "      backup)              198.51.100.6\n"
        "      Testing              198.51.100.9\n"
        "      (staging             ,\n"
        "      box)                 198.51.100.10\n",
        ["198.51.100.5", "198.51.100.6"],
        ["198.51.100.10", "198.51.100.9"],
        id="b2-en-two-wrapped-rows",
    ),
    pytest.param(
        "Žiadosť o prístup k XML\n\n"
        "    Testovacia          203.0.113.50\n"
        "    (pred voľbami)      ,\n"
        "                        203.0.113.51\n"
        "    Produkčná           203.0.113.40\n",
        ["203.0.113.40"],
        ["203.0.113.50", "203.0.113.51"],
        id="b3-sk-test-first-blank-label-line",
    ),
    pytest.param(
        "Žádost o přístup k XML\n\n"
        "    Produkční           192.0.2.30,\n"
        "    (ostrý provoz)      192.0.2.31\n"
        "    Testovací           192.0.2.32\n",
        ["192.0.2.30", "192.0.2.31"],
        ["192.0.2.32"],
        id="b4-comma-on-address-line",
    ),
    pytest.param(
        "Žádost o přístup k XML\n\n"
        "    Produkční           192.0.2.33\n"
        "    (ostrý provoz)\n"
        "    Testovací           192.0.2.34\n"
        "    (před volbami)\n",
        ["192.0.2.33"],
        ["192.0.2.34"],
        id="b5-neg-no-separator",
    ),
    pytest.param(
        "Žádost o přístup k XML\n\n"
        "    Produkční      192.0.2.35      hlavní, záložní\n"
        "    Testovací      192.0.2.36      ,\n",
        ["192.0.2.35"],
        ["192.0.2.36"],
        id="b6-neg-separator-in-note-column",
    ),
]


@pytest.mark.parametrize(("letter", "prod", "test"), _WRAPPED)
def test_wrapped_list_separator_keeps_the_row(
    letter: str, prod: list[str], test: list[str]
) -> None:
    got = _with_file(_COVER, letter)
    assert (sorted(got[0]), sorted(got[1])) == (sorted(prod), sorted(test))


_TO_COME = [
    pytest.param(
        "Dobrý den,\nprodukční server: 192.0.2.89\n"
        "Dočasný testovací stroj, který po volbách zrušíme: 192.0.2.90\n",
        ["192.0.2.89"],
        ["192.0.2.90"],
        id="c1-cz-zrusime-before",
    ),
    pytest.param(
        "Hello,\nProduction\t198.51.100.70\n"
        "Test (temporary VM, will be decommissioned after the count)\t198.51.100.71\n",
        ["198.51.100.70"],
        ["198.51.100.71"],
        id="c2-en-tab-row-note",
    ),
    pytest.param(
        "Dobrý deň,\nProdukčný server\t203.0.113.80\n"
        "Testovací server (po voľbách bude zrušený)\t203.0.113.81\n",
        ["203.0.113.80"],
        ["203.0.113.81"],
        id="c3-sk-bude-zruseny",
    ),
    pytest.param(
        "Guten Tag,\nProduktiv: 192.0.2.96\nTestserver (wird nach der Wahl abgeschaltet): 192.0.2.97\n",
        ["192.0.2.96"],
        ["192.0.2.97"],
        id="c4-de-wird-abgeschaltet",
    ),
    pytest.param(
        "Dobrý den,\nzrušte prosím testovací 192.0.2.93, produkční 192.0.2.94 zůstává.\n",
        ["192.0.2.94"],
        [],
        id="c5-neg-imperative-now",
    ),
    pytest.param(
        "Dobrý den,\ntestovací server jsme už zrušili, jeho adresa 192.0.2.95 neplatí;"
        " produkční je 192.0.2.98.\n",
        ["192.0.2.98"],
        [],
        id="c6-neg-removed-already",
    ),
]


@pytest.mark.parametrize(("text", "prod", "test"), _TO_COME)
def test_removal_to_come_before_the_address(text: str, prod: list[str], test: list[str]) -> None:
    assert _body(text) == (prod, test)


_FORM = (
    "Žádost o přístup k výsledkům voleb ve formátu XML\n\n"
    "    produkce         192.0.2.60, 192.0.2.61\n"
    "    test             192.0.2.62\n"
)

_REFUSED = [
    pytest.param(
        "Testovací adresu 192.0.2.62 z přílohy nenastavujte, testy dělat nebudeme.",
        True,
        [],
        id="d1-databox-nenastavujte",
    ),
    pytest.param(
        "Dobrý deň, žiadosť je v prílohe. Testovaciu adresu 192.0.2.62 prosím nezriaďujte.",
        False,
        [],
        id="d2-mail-sk-nezriadujte",
    ),
    pytest.param(
        "Hello, the form is attached. Please do not set up the test address 192.0.2.62 from it.",
        False,
        [],
        id="d3-mail-en-do-not-set-up",
    ),
    pytest.param(
        "Přístup pro testovací adresu 192.0.2.62 zatím neaktivujte, produkční ano.",
        True,
        [],
        id="d4-databox-neaktivujte",
    ),
    pytest.param(
        "Adresy jsou v příloze, nic jiného nezřizujte.",
        True,
        ["192.0.2.62"],
        id="d5-neg-nothing-else",
    ),
    pytest.param(
        "Dobrý den, žádost v příloze. Testovací adresu 192.0.2.62 nastavte prosím až po 1. září.",
        False,
        ["192.0.2.62"],
        id="d6-neg-set-up-later",
    ),
]


@pytest.mark.parametrize(("cover", "databox", "test"), _REFUSED)
def test_cover_refusing_to_set_up(cover: str, databox: bool, test: list[str]) -> None:
    letter = text_file("zadost.txt", _FORM + "\nKontaktní osoba: Iva Nová, 603 123 456\n")
    if databox:
        x = extract(data_message(cover, letter, dm_sender="Zprávy s.r.o."))
    else:
        x = extract(mail(body(cover + SIG), letter))
    assert _ips(x) == (["192.0.2.60", "192.0.2.61"], test)


# a second round of the drill, written after the first passed
_MORE = [
    pytest.param(
        "Dobrý den,\nnová produkční adresa: 192.0.2.50\nTestovací zůstává beze změny:\n192.0.2.51\n",
        ["192.0.2.50"],
        ["192.0.2.51"],
        id="e1-unchanged-label-line-above",
    ),
    pytest.param(
        "Hi,\nproduction is now 198.51.100.60 and testing remains unchanged at 198.51.100.61.\n",
        ["198.51.100.60"],
        ["198.51.100.61"],
        id="e2-en-remains-unchanged-at",
    ),
    pytest.param(
        "Dobrý den,\nprodukce: 192.0.2.10\ntestovací virtuál – po volbách ho smažeme:\n192.0.2.11\n",
        ["192.0.2.10"],
        ["192.0.2.11"],
        id="e4-removal-to-come-in-heading-line",
    ),
    pytest.param(
        "Dobrý den,\nprodukce: 192.0.2.10\ntestovací adresy smažte:\n192.0.2.11\n",
        ["192.0.2.10"],
        [],
        id="e7-neg-heading-removal-now",
    ),
]


@pytest.mark.parametrize(("text", "prod", "test"), _MORE)
def test_more_unchanged_and_to_come(text: str, prod: list[str], test: list[str]) -> None:
    assert _body(text) == (prod, test)


_MORE_COVERS = [
    pytest.param(
        "Hi, our form is attached; please don't configure 192.0.2.62, we will not test.",
        [],
        id="e5-en-dont-configure",
    ),
    pytest.param(
        "Dobrý den, posílám žádost. Adresu 192.0.2.62 pro testování nezakládejte, nebude potřeba.",
        [],
        id="e6-cz-nezakladejte",
    ),
]


@pytest.mark.parametrize(("cover", "test"), _MORE_COVERS)
def test_more_covers(cover: str, test: list[str]) -> None:
    letter = text_file("zadost.txt", _FORM + "\nKontaktní osoba: Iva Nová, 603 123 456\n")
    x = extract(mail(body(cover + SIG), letter))
    assert _ips(x) == (["192.0.2.60", "192.0.2.61"], test)


def test_html_cover_refuses_to_set_up() -> None:
    letter = text_file("zadost.txt", _FORM + "\nKontaktní osoba: Iva Nová, 603 123 456\n")
    html = (
        "<p>Dobrý den,</p><p>žádost je v příloze. Testovací IP <b>192.0.2.62</b> prosím"
        " nezřizujte.</p><p>" + SIG + "</p>"
    )
    x = extract(mail(body(html, ComponentRole.BODY_HTML, name="body.html"), letter))
    assert _ips(x) == (["192.0.2.60", "192.0.2.61"], [])
