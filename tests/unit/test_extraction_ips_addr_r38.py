"""Round 38 (issue 18), helper r38-addr: three classes of which addresses stand, with a drill
written and labelled by LABELS.md before extraction was run on it.

1. A row of a plain-text list or config excerpt commented out ("#192.0.2.12  old server",
   "// A (zrušeno)", "-- A") beside rows the list keeps: not an address asked for (ak010).
   Near misses: comment marks that head a group rather than hide an address ("# Produkce"),
   a list whose every row bears the same mark.
2. The one address given, then the tests said to run from that same machine, in the Nordic
   and Dutch languages too ("vi tester fra samme server", "testen doen we vanaf hetzelfde
   adres"): production, no test address (al036). Near misses: a test address of its own.
3. The test use said to be the production one on a labelled line of its own ("Testovací IP:
   stejná jako produkční", "Test IP: same as production", an HTML row): the tests run from
   the production machine, no test address (LABELS; aj026). Near misses: a test address of
   its own after the same words.
"""

from __future__ import annotations

import pytest

from intake.model import Component, ComponentRole
from tests.unit.extraction_helpers import SIG, body, extract, mail, text_file


def _read(text: str) -> tuple[list[str], list[str]]:
    x = extract(mail(body(text + SIG)))
    return [str(a) for a in x.production_ips], [str(a) for a in x.test_ips]


_COMMENTED = [
    pytest.param(
        "Dobrý den,\n\nseznam pro firewall:\n\n198.51.100.10   produkce\n198.51.100.11   produkce\n"
        "# 198.51.100.9   puvodni, zruseno\n198.51.100.15   test\n",
        ["198.51.100.10", "198.51.100.11"], ["198.51.100.15"], id="c1-cz-hash-space",
    ),
    pytest.param(
        "Hello,\n\nplease whitelist the following (copied from our proxy config):\n\n"
        "203.0.113.5     live\n// 203.0.113.4 decommissioned\n203.0.113.6     test\n",
        ["203.0.113.5"], ["203.0.113.6"], id="c2-en-slashes",
    ),
    pytest.param(
        "Dobrý den, posílám IP adresy naší redakce:\n\n192.0.2.45\n--192.0.2.44\n\nDěkuji.",
        ["192.0.2.45"], [], id="c3-cz-double-dash",
    ),
    pytest.param(
        "Dobrý deň,\n\nadresy pre prístup:\n\n  # 203.0.113.70  (už nepoužívame)\n"
        "  203.0.113.71  produkcia\n  203.0.113.72  test\n",
        ["203.0.113.71"], ["203.0.113.72"], id="c4-sk-indented-hash",
    ),
    pytest.param(
        "Dobrý den,\nvýpis z konfigurace:\n\n192.0.2.10 produkční\n"
        "//192.0.2.12 (zrušeno)\n192.0.2.11 testovací\n",
        ["192.0.2.10"], ["192.0.2.11"], id="c5-cz-slashes-zruseno",
    ),
    pytest.param(
        "Hi,\n\naddresses:\n\n## 198.51.100.100 old box\n198.51.100.101 production\n"
        "198.51.100.102 production\n",
        ["198.51.100.101", "198.51.100.102"], [], id="c6-en-double-hash-first",
    ),
    pytest.param(  # near miss: the marks head groups, they hide no address
        "Dobrý den,\n\n# Produkce\n192.0.2.20\n# Test\n192.0.2.21\n",
        ["192.0.2.20"], ["192.0.2.21"], id="c7-near-hash-headings",
    ),
    pytest.param(  # near miss: every row bears the mark - a list's bullet, not a comment
        "Dobrý den, adresy:\n-- 198.51.100.5 produkce\n-- 198.51.100.6 test\n",
        ["198.51.100.5"], ["198.51.100.6"], id="c8-near-every-row-marked",
    ),
    pytest.param(  # near miss: a semicolon table's empty first cell
        "Produkční IP;Testovací IP\n203.0.113.31;203.0.113.32\n;203.0.113.33\n",
        ["203.0.113.31"], ["203.0.113.32", "203.0.113.33"], id="c9-near-semicolon-cell",
    ),
]

_SAME_MACHINE = [
    pytest.param(
        "Hej,\n\nvi vil gerne have adgang til XML-valgresultaterne.\n"
        "Vår server: 203.0.113.30. Vi tester fra den samme serveren.\n",
        ["203.0.113.30"], [], id="d1-no-den-samme-serveren",
    ),
    pytest.param(
        "Hej,\nvi ansöker om åtkomst från IP 198.51.100.80 (vi testar också från samma adress).\n",
        ["198.51.100.80"], [], id="d2-sv-samma-adress",
    ),
    pytest.param(
        "Goedendag,\nons IP-adres is 192.0.2.60; testen doen we vanaf hetzelfde adres.\n",
        ["192.0.2.60"], [], id="d3-nl-vanaf-hetzelfde",
    ),
    pytest.param(
        "Kære modtager,\nIP: 203.0.113.90 – fra samme maskine kører vi også vores test.\n",
        ["203.0.113.90"], [], id="d4-da-from-first",
    ),
    pytest.param(
        "Guten Tag,\nunsere Adresse: 198.51.100.90 (testen werden wir vom selben Rechner aus).\n",
        ["198.51.100.90"], [], id="d5-de-vom-selben-rechner",
    ),
    pytest.param(
        "Hello,\nsource IP 192.0.2.200 - testing will also be done from that same host.\n",
        ["192.0.2.200"], [], id="d6-en-that-same-host",
    ),
    pytest.param(  # near miss: a test address of its own
        "Hej,\nvores server: 203.0.113.10. Til test bruger vi en anden server: 203.0.113.11.\n",
        ["203.0.113.10"], ["203.0.113.11"], id="d7-near-da-anden-server",
    ),
    pytest.param(  # near miss: the same network, an address of its own
        "Hej,\nproduktion 198.51.100.5, test från samma nät: 198.51.100.6\n",
        ["198.51.100.5"], ["198.51.100.6"], id="d8-near-sv-samma-nat",
    ),
]

_SAME_AS_PRODUCTION = [
    pytest.param(
        "Produkční IP: 198.51.100.40\nTestovací IP: stejná jako produkční\n",
        ["198.51.100.40"], [], id="e1-cz-label",
    ),
    pytest.param(
        "Production IP: 203.0.113.15\nTest IP: identical to production\n",
        ["203.0.113.15"], [], id="e2-en-identical",
    ),
    pytest.param(
        "Produkčná adresa: 192.0.2.33\nTestovacia adresa: rovnaká ako produkčná\n",
        ["192.0.2.33"], [], id="e3-sk-rovnaka",
    ),
    pytest.param(
        "Ostrý provoz: 198.51.100.41\nTest: totéž\n",
        ["198.51.100.41"], [], id="e4-cz-totez",
    ),
    pytest.param(
        "Produktiv-IP: 203.0.113.77\nTest-IP: dieselbe wie Produktion\n",
        ["203.0.113.77"], [], id="e5-de-dieselbe",
    ),
    pytest.param(
        "IP pro ostrý provoz: 192.0.2.55\nIP pro testování: stejná jako pro ostrý provoz\n",
        ["192.0.2.55"], [], id="e6-cz-ip-pro-testovani",
    ),
    pytest.param(  # near miss: a test address of its own after the words
        "Produkční IP: 192.0.2.56\nTestovací IP: stejná jako loni, tj. 192.0.2.57\n",
        ["192.0.2.56"], ["192.0.2.57"], id="e7-near-jako-loni",
    ),
    pytest.param(  # near miss: the same network, an address of its own
        "Produkční IP: 192.0.2.58\nTestovací IP: ze stejné sítě, 192.0.2.59\n",
        ["192.0.2.58"], ["192.0.2.59"], id="e8-near-stejna-sit",
    ),
]


@pytest.mark.parametrize(("text", "production", "test"), _COMMENTED)
def test_commented_out_rows(text: str, production: list[str], test: list[str]) -> None:
    assert _read(text) == (production, test)


@pytest.mark.parametrize(("text", "production", "test"), _SAME_MACHINE)
def test_tested_from_the_same_machine(text: str, production: list[str], test: list[str]) -> None:
    assert _read(text) == (production, test)


@pytest.mark.parametrize(("text", "production", "test"), _SAME_AS_PRODUCTION)
def test_test_use_same_as_production(text: str, production: list[str], test: list[str]) -> None:
    assert _read(text) == (production, test)


def _read_parts(*parts: Component) -> tuple[list[str], list[str]]:
    x = extract(mail(*parts))
    return [str(a) for a in x.production_ips], [str(a) for a in x.test_ips]


def test_html_table_row_test_same_as_production() -> None:
    html = (
        "<p>Dobrý den, žádáme o přístup k XML výsledkům voleb.</p><table>"
        "<tr><td>Produkční IP</td><td>198.51.100.140</td></tr>"
        "<tr><td>Testovací IP</td><td>totožná s produkční</td></tr></table>"
        "<p>S pozdravem<br>Iva Nová, tel. 603 123 456</p>"
    )
    assert _read_parts(body(html, ComponentRole.BODY_HTML)) == (["198.51.100.140"], [])


def test_html_divs_english_test_same_as_live() -> None:
    html = (
        "<div>Hello,</div><div>we ask for access to the XML results.</div>"
        "<div><b>Live IP:</b> 203.0.113.141</div><div><b>Test IP:</b> same as live</div>"
        "<div>Regards, Iva Nová</div>"
    )
    assert _read_parts(body(html, ComponentRole.BODY_HTML)) == (["203.0.113.141"], [])


def test_txt_attachment_with_commented_out_row() -> None:
    listing = "; seznam adres\n192.0.2.150 ostrý\n#192.0.2.149 starý, vypnuto\n192.0.2.151 test\n"
    parts = (
        body("Dobrý den, adresy jsou v příloze." + SIG),
        text_file("adresy.txt", listing),
    )
    assert _read_parts(*parts) == (["192.0.2.150"], ["192.0.2.151"])
