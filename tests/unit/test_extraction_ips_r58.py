"""A drill, fifty-eighth round (issue 18): addresses (1) the test environment given only as a
URL ("Testovací prostředí běží na https://198.51.100.5/feed"): the address inside a URL that
the text gives a use is that use's address; (2) a temporary address that stops before the
election and is replaced by a new one named for it ("dočasně na A, ta ale končí 30. 9. a
volby už poběží z nové B"): only the new one. Near-miss negatives: an address inside a URL
with no use (a status page, a web we publish on) stays out; a temporary address said to stay
is kept. Every message was labelled by ``tests/corpus/LABELS.md`` before extraction ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import FEED, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, mail

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _case(key: str, text: str, prod: list[str], test: list[str]) -> None:
    CASES[key] = (
        mail(body(text), subject="XML volby", sender="it@vysilac.example", sender_name="Jan Vrba"),
        label(FEED, ("Vysílač Morava s.r.o.", None, None), prod, test,
              ("Jan Vrba", "it@vysilac.example", "+420731440221")),
    )


_HEAD = "Dobrý den,\n\nVysílač Morava s.r.o. žádá o přístup k XML s výsledky voleb.\n\n"
_TAIL = "\n\nKontakt: Jan Vrba, 731 440 221\n"

# (1) the test environment only as a URL
_case("cz_test_url", _HEAD + "Produkční server: 192.0.2.20\n"
      "Testovací prostředí běží na https://198.51.100.7/api, povolte ho prosím taky." + _TAIL,
      ["192.0.2.20"], ["198.51.100.7"])
_case("en_staging_url_port", _HEAD + "Production server: 203.0.113.40\n"
      "Our test environment is at http://203.0.113.41:8080/feed - please allow it as test too." + _TAIL,
      ["203.0.113.40"], ["203.0.113.41"])
_case("de_test_url", _HEAD + "Produktivserver: 192.0.2.90\n"
      "Die Testumgebung läuft unter https://192.0.2.91/xml, bitte auch als Test freischalten." + _TAIL,
      ["192.0.2.90"], ["192.0.2.91"])
_case("sk_test_url", _HEAD + "Produkčná adresa: 198.51.100.30\n"
      "Testovacie prostredie beží na https://198.51.100.31/volby, prosím povoľte aj túto adresu ako testovaciu." + _TAIL,
      ["198.51.100.30"], ["198.51.100.31"])
# near misses: a URL with no use stays out
_case("cz_url_status_page", _HEAD + "Produkční server: 192.0.2.5\n"
      "Výsledky pak zobrazujeme na https://198.51.100.9/volby pro naše čtenáře." + _TAIL,
      ["192.0.2.5"], [])
_case("en_url_status_page", _HEAD + "Production server: 203.0.113.70\n"
      "Our public status page is http://203.0.113.77/status if you need it." + _TAIL,
      ["203.0.113.70"], [])

# near misses: the production address written again inside a web page's URL with no use
# ("http://A/status je náš monitoring") stays production (corpus h108)
_case("cz_prod_again_in_status_url", _HEAD + "Stahovat budeme z 192.0.2.61 (ostrý provoz).\n"
      "Pro kontrolu: http://192.0.2.61/status je náš monitoring." + _TAIL,
      ["192.0.2.61"], [])
_case("en_prod_again_in_status_url", _HEAD + "Production: 203.0.113.61\n"
      "Our status page, for reference: https://203.0.113.61/health" + _TAIL,
      ["203.0.113.61"], [])

# (2) a temporary address that ends before the election, replaced by a named one
_case("cz_temp_ends_new_named", _HEAD + "Teď jedeme dočasně z 203.0.113.10, ten ale končí koncem září "
      "a volby už poběží z nového 203.0.113.11.\nTest: 203.0.113.12" + _TAIL,
      ["203.0.113.11"], ["203.0.113.12"])
_case("en_temp_ends_new_named", _HEAD + "We are temporarily on 192.0.2.30, which ends on 30 September, "
      "and the election will run from the new 192.0.2.31.\nTest: 192.0.2.32" + _TAIL,
      ["192.0.2.31"], ["192.0.2.32"])
_case("sk_temp_ends_new_named", _HEAD + "Teraz sme dočasne na 198.51.100.60, tá však končí 30. 9. "
      "a voľby už pobežia z novej 198.51.100.61.\nTest: 198.51.100.62" + _TAIL,
      ["198.51.100.61"], ["198.51.100.62"])
# near miss: the temporary one stays alongside the new one
_case("cz_temp_stays", _HEAD + "Teď jsme na 203.0.113.30 a ten nám zůstává; volby poběží "
      "také z nového 203.0.113.31.\nTest: 203.0.113.32" + _TAIL,
      ["203.0.113.30", "203.0.113.31"], ["203.0.113.32"])

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert [m for m in misses(p, want) if m.split(":")[0].endswith("_ips")] == []
