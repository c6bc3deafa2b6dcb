"""A drill, forty-second round (issue 18): address roles from corrections and yes/no tables.

(a) A correction of one use's address ("Oprava: testovací je B", "testovací má být B, ne A
(ta je produkční)") after a text giving the same address for both uses: the corrected use
takes the new address, the other use keeps the old one. Near misses: a correction of the
production address (test stays), a correction withdrawing an address of one use only.
(b) A label before a list that names one use and says there is none of the other ("IP (obě
produkční, test zatím nemáme): A, B"): the named use is the addresses'.
(c) A table whose use comes from a yes/no column per row (ano/ne, áno/nie, yes/no, ja/nein,
✓/✗, x/–) in HTML, DOCX, XLSX and tab-separated text: each row takes the use its "yes" cell
names.

Every message was labelled by ``tests/corpus/LABELS.md`` before extraction ran on it. Every text
here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import Component, ComponentRole, ParsedMessage
from tests.corpus.heldout_docs import docx_doc, xlsx_doc
from tests.unit.drill_helpers import FEED, Label, drill_params, label, misses
from tests.unit.extraction_helpers import attachment, body, mail, text_file

CASES: dict[str, tuple[ParsedMessage, Label]] = {}

_CS = ("Jana Vlčková", "vlckova@podhorsky.example", "+420602418330")
_CS_ORG = ("Podhorský týdeník s.r.o.", None, None)
_SIG_CS = "\nS pozdravem\nJana Vlčková\nPodhorský týdeník s.r.o.\ntel. 602 418 330\n"


def _mail(text: str, *extra: Component, html: bool = False) -> ParsedMessage:
    role = ComponentRole.BODY_HTML if html else ComponentRole.BODY_TEXT
    return mail(
        body(text, role, name="body.html" if html else "body"),
        *extra,
        subject="Přístup k výsledkům voleb",
        sender=_CS[1],
        sender_name=_CS[0],
    )


def _cs(prod: list[str], test: list[str]) -> Label:
    return label(FEED, _CS_ORG, prod, test, _CS)


# (a) a correction of one use
CASES["cs_test_digit_slip"] = (
    _mail(
        "Dobrý den,\n\nžádáme o přístup k XML s výsledky voleb.\n"
        "Produkční server: 192.0.2.41\nTestovací: 192.0.2.41\n"
        "Oprava: testovací je 192.0.2.14, přehodila jsem číslice.\n" + _SIG_CS
    ),
    _cs(["192.0.2.41"], ["192.0.2.14"]),
)
CASES["sk_test_digit_slip"] = (
    _mail(
        "Dobrý deň,\n\nprosíme o prístup k XML s výsledkami volieb.\n"
        "Produkčná IP: 198.51.100.27\nTestovacia IP: 198.51.100.27\n"
        "Oprava – testovacia je 198.51.100.72, pomýlila som sa.\n" + _SIG_CS
    ),
    _cs(["198.51.100.27"], ["198.51.100.72"]),
)
CASES["en_test_digit_slip"] = (
    _mail(
        "Hello,\n\nwe ask for access to the election results XML.\n"
        "Production: 203.0.113.58\nTest: 203.0.113.58\n"
        "Correction: the test one is 203.0.113.85, sorry for the typo.\n" + _SIG_CS
    ),
    _cs(["203.0.113.58"], ["203.0.113.85"]),
)
CASES["de_test_digit_slip"] = (
    _mail(
        "Guten Tag,\n\nwir beantragen den Zugang zu den Wahlergebnissen (XML).\n"
        "Produktion: 192.0.2.36\nTest: 192.0.2.36\n"
        "Korrektur: Test ist 192.0.2.63, Tippfehler.\n" + _SIG_CS
    ),
    _cs(["192.0.2.36"], ["192.0.2.63"]),
)
CASES["cs_cover_swap_attached_form"] = (
    _mail(
        "Dobrý den,\n\nv příloze žádost. Oprava: testovací adresa v příloze má být "
        "198.51.100.94, ne 198.51.100.49 (ta je produkční a je tam správně).\n" + _SIG_CS,
        text_file("zadost.txt", "Produkční IP adresa: 198.51.100.49\nTestovací IP adresa: 198.51.100.49\n"),
    ),
    _cs(["198.51.100.49"], ["198.51.100.94"]),
)
CASES["sk_cover_swap_attached_form"] = (
    _mail(
        "Dobrý deň,\n\nv prílohe žiadosť. Oprava: testovacia adresa má byť 203.0.113.61, "
        "nie 203.0.113.16 (tá je produkčná).\n" + _SIG_CS,
        text_file("ziadost.txt", "Produkčná IP: 203.0.113.16\nTestovacia IP: 203.0.113.16\n"),
    ),
    _cs(["203.0.113.16"], ["203.0.113.61"]),
)
CASES["en_cover_swap_attached_form"] = (
    _mail(
        "Hello,\n\nthe form is attached. Correction: the test address in it should be "
        "192.0.2.83, not 192.0.2.38 (that one is production).\n" + _SIG_CS,
        text_file("form.txt", "Production IP: 192.0.2.38\nTest IP: 192.0.2.38\n"),
    ),
    _cs(["192.0.2.38"], ["192.0.2.83"]),
)
CASES["de_cover_swap_attached_form"] = (
    _mail(
        "Guten Tag,\n\nanbei der Antrag. Korrektur: die Testadresse muss 198.51.100.71 lauten, "
        "nicht 198.51.100.17 (das ist die Produktion).\n" + _SIG_CS,
        text_file("antrag.txt", "Produktion IP: 198.51.100.17\nTest IP: 198.51.100.17\n"),
    ),
    _cs(["198.51.100.17"], ["198.51.100.71"]),
)
# near misses: the other use corrected; a correction withdrawing the address outright
CASES["cs_production_corrected_test_stays"] = (
    _mail(
        "Dobrý den,\n\nžádáme o přístup k XML.\nProdukční: 192.0.2.52\nTestovací: 192.0.2.52\n"
        "Oprava: produkční je 192.0.2.25, testovací zůstává.\n" + _SIG_CS
    ),
    _cs(["192.0.2.25"], ["192.0.2.52"]),
)
CASES["en_distinct_addresses_corrected"] = (
    _mail(
        "Hello,\n\nplease give us access to the XML feed.\nProduction: 203.0.113.41\n"
        "Test: 203.0.113.90\nCorrection: production should read 203.0.113.14.\n" + _SIG_CS
    ),
    _cs(["203.0.113.14"], ["203.0.113.90"]),
)

# (b) a label naming one use and denying the other
CASES["cs_label_both_prod_no_test"] = (
    _mail(
        "Dobrý den,\n\nžádáme o přístup k XML.\n"
        "Adresy (obě ostré, testovací zatím nemáme): 192.0.2.101, 192.0.2.102\n" + _SIG_CS
    ),
    _cs(["192.0.2.101", "192.0.2.102"], []),
)
CASES["sk_label_both_prod_no_test"] = (
    _mail(
        "Dobrý deň,\n\nprosíme o prístup k XML.\n"
        "IP (obe produkčné, testovaciu zatiaľ nemáme): 198.51.100.111, 198.51.100.112\n" + _SIG_CS
    ),
    _cs(["198.51.100.111", "198.51.100.112"], []),
)
CASES["en_label_both_prod_no_test"] = (
    _mail(
        "Hello,\n\nwe ask for access to the XML feed.\n"
        "IPs (both production, we don't have a test server yet): 203.0.113.121, 203.0.113.122\n"
        + _SIG_CS
    ),
    _cs(["203.0.113.121", "203.0.113.122"], []),
)
CASES["de_label_both_prod_no_test"] = (
    _mail(
        "Guten Tag,\n\nwir beantragen den Zugang.\n"
        "IP-Adressen (beide Produktion, Test haben wir noch nicht): 192.0.2.131, 192.0.2.132\n"
        + _SIG_CS
    ),
    _cs(["192.0.2.131", "192.0.2.132"], []),
)
CASES["cs_label_no_prod_only_test"] = (
    _mail(
        "Dobrý den,\n\nžádáme o přístup k XML.\n"
        "IP (ostrou zatím nemáme, jen testovací): 198.51.100.141\n" + _SIG_CS
    ),
    _cs([], ["198.51.100.141"]),
)

# (c) yes/no columns per row
A, B = "203.0.113.151", "203.0.113.152"
CASES["cs_html_ano_ne"] = (
    _mail(
        "<div>Dobrý den, žádáme o přístup k XML s výsledky voleb.</div>"
        "<table border='1'><tr><th>IP adresa</th><th>produkční</th><th>testovací</th></tr>"
        f"<tr><td>{A}</td><td>ano</td><td>ne</td></tr>"
        f"<tr><td>{B}</td><td>ne</td><td>ano</td></tr></table>"
        "<div>S pozdravem<br>Jana Vlčková<br>Podhorský týdeník s.r.o.<br>tel. 602 418 330</div>",
        html=True,
    ),
    _cs([A], [B]),
)
CASES["en_docx_yes_no"] = (
    _mail(
        "Hello,\n\nthe application is attached.\n" + _SIG_CS,
        attachment(
            "application.docx",
            docx_doc({"blocks": [
                "Access to the election results XML",
                {"rows": [["IP address", "Production", "Test"], [A, "yes", "no"], [B, "no", "yes"]]},
            ]}),
        ),
    ),
    _cs([A], [B]),
)
CASES["sk_xlsx_ano_nie"] = (
    _mail(
        "Dobrý deň,\n\nv prílohe adresy.\n" + _SIG_CS,
        attachment(
            "adresy.xlsx",
            xlsx_doc([{"title": "IP", "rows": [
                ["IP adresa", "Produkčná", "Testovacia"], [A, "áno", "nie"], [B, "nie", "áno"],
            ]}]),
        ),
    ),
    _cs([A], [B]),
)
CASES["de_tabs_ja_nein"] = (
    _mail(
        "Guten Tag,\n\nwir beantragen den Zugang zu den Wahlergebnissen.\n\n"
        f"IP-Adresse\tProduktion\tTest\n{A}\tja\tnein\n{B}\tnein\tja\n" + _SIG_CS
    ),
    _cs([A], [B]),
)
CASES["cs_html_ticks"] = (
    _mail(
        "<p>Dobrý den, žádáme o přístup k XML.</p>"
        "<table><tr><td>Adresa</td><td>Ostrá</td><td>Test</td></tr>"
        f"<tr><td>{A}</td><td>✗</td><td>✓</td></tr>"
        f"<tr><td>{B}</td><td>✓</td><td>✗</td></tr></table>"
        "<p>S pozdravem<br>Jana Vlčková<br>Podhorský týdeník s.r.o.<br>tel. 602 418 330</p>",
        html=True,
    ),
    _cs([B], [A]),
)
CASES["cs_tabs_x_dash"] = (
    _mail(
        "Dobrý den,\n\nžádáme o přístup k XML.\n\n"
        f"IP\tprodukce\ttest\n{A}\tx\t–\n{B}\tx\t–\n" + _SIG_CS
    ),
    _cs([A, B], []),
)

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert [m for m in misses(p, want) if m.split(":")[0].endswith("_ips")] == []
