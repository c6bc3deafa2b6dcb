"""A drill, fifty-third round (issue 18): uses given by the order of a sentence. (a) Groups of
addresses of different sizes parted by a "respectively" word ("A a B, respektive C", "A/30
bzw. C und D"); (b) the uses named only in an aside after the list ("(eerst productie, dan
test)"); (c) a line of a letter ending in "A, respektive" that goes on with the next
addresses; (d) the Catalan test word "proves" ("Per a proves: A"); (e) a last octet
after the word ("A resp. .51 na test"). Near misses: groups with
no use named, a list with the same use twice, the English verb "proves". Only the address
fields are scored. Every message was labelled by ``tests/corpus/LABELS.md`` before
extraction ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import drill_params, misses
from tests.unit.extraction_helpers import body, mail

CASES: dict[str, tuple[ParsedMessage, dict[str, list[str]]]] = {}


def _mail(text: str) -> ParsedMessage:
    return mail(
        body(
            "Dobrý den,\n\nprosíme o přístup k XML výsledkům voleb pro Rádio Hanák s.r.o.\n\n"
            + text
            + "\n\nS pozdravem\nPetr Novák\n"
        ),
        subject="Přístup k výsledkům voleb",
        sender="novak@radiohanak.example",
        sender_name="Petr Novák",
    )


def _case(key: str, text: str, prod: list[str], test: list[str]) -> None:
    CASES[key] = (_mail(text), {"production_ips": prod, "test_ips": test})


# (a) groups of different sizes parted by a "respectively" word
_case(
    "cs_groups_respektive",
    "Ostrý a testovací server mají adresy 192.0.2.10 a 192.0.2.11, respektive 192.0.2.20.",
    ["192.0.2.10", "192.0.2.11"],
    ["192.0.2.20"],
)
_case(
    "sk_groups_resp_block",
    "Produkčné a testovacie prostredie: 198.51.100.8/30, resp. 198.51.100.20 a 198.51.100.21.",
    ["198.51.100.8", "198.51.100.9", "198.51.100.10", "198.51.100.11"],
    ["198.51.100.20", "198.51.100.21"],
)
_case(
    "de_groups_bzw",
    "Produktions- und Testsystem haben die Adressen 203.0.113.40 und 203.0.113.41 bzw. "
    "203.0.113.50.",
    ["203.0.113.40", "203.0.113.41"],
    ["203.0.113.50"],
)
_case(
    "en_groups_respectively",
    "Production and test hosts: 198.51.100.8/31, respectively 198.51.100.12 and 198.51.100.13.",
    ["198.51.100.8", "198.51.100.9"],
    ["198.51.100.12", "198.51.100.13"],
)
_case(
    "nl_groups_label",
    "Productie en test: 203.0.113.200 en 203.0.113.201, respectievelijk 203.0.113.210.",
    ["203.0.113.200", "203.0.113.201"],
    ["203.0.113.210"],
)
_case(
    "fr_groups_respectivement",
    "Nos serveurs de production et de test : 192.0.2.60 et 192.0.2.61, respectivement "
    "192.0.2.70.",
    ["192.0.2.60", "192.0.2.61"],
    ["192.0.2.70"],
)
_case(
    "cs_test_first_groups",
    "Testovací a produkční stroje: 192.0.2.90, respektive 192.0.2.80 a 192.0.2.81.",
    ["192.0.2.80", "192.0.2.81"],
    ["192.0.2.90"],
)

# (b) the uses named only in an aside after the list
_case(
    "de_aside_order",
    "Die Adressen sind 203.0.113.100 und 203.0.113.101 bzw. 203.0.113.110 (zuerst die "
    "Produktionsserver, dann der Testserver).",
    ["203.0.113.100", "203.0.113.101"],
    ["203.0.113.110"],
)
_case(
    "cs_aside_order",
    "Adresy jsou 192.0.2.140, respektive 192.0.2.150 a 192.0.2.151 (nejdřív produkční, "
    "potom testovací).",
    ["192.0.2.140"],
    ["192.0.2.150", "192.0.2.151"],
)
_case(
    "en_aside_not_order",
    "Our production server (a backup of the old one) and our test server use 192.0.2.5 and "
    "192.0.2.6 respectively.",
    ["192.0.2.5"],
    ["192.0.2.6"],
)

# (c) a letter's line ending in "A, respektive"
_case(
    "cs_wrapped_respektive",
    "Vaše oddělení nás požádalo o upřesnění; produkční a testovací prostředí mají\n"
    "adresy 192.0.2.200 a 192.0.2.201, respektive\n192.0.2.210.",
    ["192.0.2.200", "192.0.2.201"],
    ["192.0.2.210"],
)
_case(
    "de_wrapped_beziehungsweise",
    "Für den Live-Betrieb und für Tests nutzen wir die Adressen 198.51.100.40/31, beziehungsweise\n"
    "198.51.100.50.",
    ["198.51.100.40", "198.51.100.41"],
    ["198.51.100.50"],
)

# (d) the Catalan test word
_case(
    "ca_per_a_proves",
    "Servidor de producció: 198.51.100.33\nPer a proves: 198.51.100.34",
    ["198.51.100.33"],
    ["198.51.100.34"],
)
_case(
    "ca_entorn_de_proves_first",
    "Entorn de proves: 198.51.100.44\nProducció: 198.51.100.43",
    ["198.51.100.43"],
    ["198.51.100.44"],
)

# (e) the next use's address written by its last octet after the "respectively" word
_case(
    "sk_resp_octet_test",
    "Adresa 198.51.100.20 resp. .21 pre testovanie.",
    ["198.51.100.20"],
    ["198.51.100.21"],
)
_case(
    "de_bzw_octet_test",
    "Abruf von 203.0.113.5 bzw. .6 für Tests.",
    ["203.0.113.5"],
    ["203.0.113.6"],
)
_case(
    "cs_resp_octet_no_use",
    "IP 192.0.2.160 resp. .161.",
    ["192.0.2.160", "192.0.2.161"],
    [],
)

# near misses
_case(
    "en_proves_verb",
    "Our server is 198.51.100.33. This proves our long interest in the results.",
    ["198.51.100.33"],
    [],
)
_case(
    "cs_resp_no_uses",
    "Naše adresy jsou 192.0.2.30 a 192.0.2.31, respektive 192.0.2.32.",
    ["192.0.2.30", "192.0.2.31", "192.0.2.32"],
    [],
)
_case(
    "de_bzw_same_use",
    "Unsere Produktionsserver: 203.0.113.60 und 203.0.113.61 bzw. 203.0.113.62.",
    ["203.0.113.60", "203.0.113.61", "203.0.113.62"],
    [],
)

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_order_drill(p: ParsedMessage, want: dict[str, list[str]]) -> None:
    got = [m for m in misses(p, {**_FULL, **want}) if m.split(":")[0] in want]
    assert got == []


_FULL: dict[str, object] = {
    "request_types": [],
    "organization": {"name": None, "ico": None, "databox_id": None},
    "contact": {"person": None, "email": None, "phone": None},
}
