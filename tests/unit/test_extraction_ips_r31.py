"""Round 31 (issue 18): a cover note changing one address of the attached application, with
a drill written and labelled by LABELS.md before extraction was run on it.

The class: the cover (the mail body) withdraws one address of the attached form and gives
the new one; what it says of the old one stands next to it, in parentheses or in a clause
after the new address ("testovací adresa A už neplatí (ten server jsme zrušili), testovat
budeme z B" (yb006), "adresu A nahraďte adresou B, starý virtuál se ruší" (yb017)). The new
address takes the old one's place and use, the attachment's other addresses stay in its
order. Near misses: a word of removal outside the parentheses that governs the next address,
and a removal clause about no old machine, which withdraws the address before it.
"""

from __future__ import annotations

import pytest

from tests.unit.extraction_helpers import SIG, body, extract, mail, text_file


def _read(cover: str, form: str) -> tuple[list[str], list[str]]:
    x = extract(mail(body(cover + SIG), text_file("zadost.txt", form)))
    return [str(a) for a in x.production_ips], [str(a) for a in x.test_ips]


_FORM_HEAD = "Žádost o přístup k výsledkům voleb (XML)\nOrganizace: Zprávy Pomoraví s.r.o.\n"

_CASES = [
    pytest.param(
        "Dobrý den,\n\nposílám vyplněný formulář. Jen jedna věc se změnila: testovací stroj "
        "203.0.113.17 z formuláře už nepoužívejte (byl odstaven při migraci), nově testujeme z "
        "203.0.113.18.\n",
        _FORM_HEAD + "Produkční IP: 203.0.113.10, 203.0.113.11\nTestovací IP: 203.0.113.17\n",
        ["203.0.113.10", "203.0.113.11"],
        ["203.0.113.18"],
        id="d1-cz-paren-odstaven",
    ),
    pytest.param(
        "Hello,\n\nplease find our application attached. One change since we filled it in: "
        "replace 192.0.2.41 with 192.0.2.45, the old box is being retired this month. "
        "Everything else is as in the form.\n",
        "Application for XML access\nProduction IPs: 192.0.2.40, 192.0.2.41\nTest IP: 192.0.2.49\n",
        ["192.0.2.40", "192.0.2.45"],
        ["192.0.2.49"],
        id="d2-en-old-box-retired",
    ),
    pytest.param(
        "Dobrý deň,\n\nv prílohe je naša žiadosť. Oprava: namiesto 198.51.100.21 uveďte prosím "
        "198.51.100.25, starý server sa ruší. Ostatné údaje sú správne.\n",
        "Žiadosť o prístup\nProdukčné IP: 198.51.100.20, 198.51.100.21\nTestovacia IP: 198.51.100.29\n",
        ["198.51.100.20", "198.51.100.25"],
        ["198.51.100.29"],
        id="d3-sk-stary-server-sa-rusi",
    ),
    pytest.param(
        "Dobrý den,\n\nk přiložené žádosti: produkční adresa 203.0.113.51 je už neaktivní (VM "
        "jsme smazali), místo ní prosím povolte 203.0.113.55.\n",
        _FORM_HEAD
        + "Produkční IP adresy: 203.0.113.50; 203.0.113.51\nTestovací IP: 203.0.113.59\n",
        ["203.0.113.50", "203.0.113.55"],
        ["203.0.113.59"],
        id="d4-cz-paren-smazali",
    ),
    pytest.param(
        "Hi,\n\nattached is the signed form. A small update: the test IP 198.51.100.133 in the "
        "form is no longer valid (we shut that server down last week), we will test from "
        "198.51.100.134 instead.\n",
        "Production: 198.51.100.130\nTest: 198.51.100.133\n",
        ["198.51.100.130"],
        ["198.51.100.134"],
        id="d5-en-paren-shut-down",
    ),
    pytest.param(
        "Dobrý den,\n\nposílám žádost v příloze. Druhou produkční adresu 192.0.2.62 prosím "
        "změňte na 192.0.2.66, stará virtuálka se vypíná.\n",
        _FORM_HEAD + "Produkční IP: 192.0.2.61, 192.0.2.62\nTestovací IP: 192.0.2.69\n",
        ["192.0.2.61", "192.0.2.66"],
        ["192.0.2.69"],
        id="d6-cz-stara-virtualka",
    ),
    pytest.param(
        "Guten Tag,\n\nanbei unser Antrag. Bitte ersetzen Sie 203.0.113.91 durch 203.0.113.95, "
        "der alte Server wird abgeschaltet.\n",
        "Antrag\nProduktions-IP: 203.0.113.90, 203.0.113.91\nTest-IP: 203.0.113.99\n",
        ["203.0.113.90", "203.0.113.95"],
        ["203.0.113.99"],
        id="d7-de-alte-server",
    ),
    # near misses: the removal governs the next address, or is said of no old machine
    pytest.param(
        "Dobrý den,\n\nv příloze žádost. Produkce 192.0.2.10 zůstává, zrušte ale (prosím co "
        "nejdříve) 192.0.2.11.\n",
        _FORM_HEAD + "Produkční IP: 192.0.2.10, 192.0.2.11\nTestovací IP: 192.0.2.19\n",
        ["192.0.2.10"],
        ["192.0.2.19"],
        id="n1-cz-zruste-outside-paren",
    ),
    pytest.param(
        "Dobrý den,\n\nv příloze žádost. Adresu 198.51.100.41 z formuláře prosím zrušte, ten "
        "stroj se ruší.\n",
        _FORM_HEAD + "Produkční IP: 198.51.100.40, 198.51.100.41\nTestovací IP: 198.51.100.49\n",
        ["198.51.100.40"],
        ["198.51.100.49"],
        id="n2-cz-removal-of-its-own",
    ),
    pytest.param(
        "Dobrý den,\n\nk žádosti v příloze: testovací adresy z formuláře 198.51.100.77 (server "
        "jsme zrušili) a 198.51.100.78 už neplatí.\n",
        _FORM_HEAD + "Produkční IP: 198.51.100.70\nTestovací IP: 198.51.100.77, 198.51.100.78\n",
        ["198.51.100.70"],
        [],
        id="n3-cz-paren-inside-list",
    ),
    pytest.param(
        "Hello,\n\nthe form is attached. The test address 198.51.100.49 given there: please "
        "remove it (that machine is being retired), production stays as it is.\n",
        "Production IPs: 198.51.100.40, 198.51.100.41\nTest IP: 198.51.100.49\n",
        ["198.51.100.40", "198.51.100.41"],
        [],
        id="n4-en-remove-it-paren",
    ),
]


@pytest.mark.parametrize(("cover", "form", "prod", "test"), _CASES)
def test_cover_changes_one_address(cover: str, form: str, prod: list[str], test: list[str]) -> None:
    assert _read(cover, form) == (prod, test)
