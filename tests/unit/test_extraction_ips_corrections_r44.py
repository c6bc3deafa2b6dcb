"""A drill, forty-fourth round (issue 18): addresses corrected or replaced. (a) A message
that corrects its own address a few lines later by the last octet or the whole address
(".87 ne .78", "should end in .87, not .78", ".87 statt .78", ".87 nie .78", ".87 nem
.78"); (b) a forwarded or quoted chain whose newer message corrects an address of the older
message's list (the newest author's word wins); (c) a cover that calls the attached form's
test address old and gives a new one, while the form's production block stays; (d) an
internal host "not to be registered" beside production and a temporary test machine. Near
misses: a last octet after "ne" that names no address, a denial of a use, a correction
naming the old address in full. Every message was labelled by ``tests/corpus/LABELS.md``
before extraction ran on it; only the address fields are scored.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import Component, ParsedMessage
from tests.unit.drill_helpers import FEED, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, mail, text_file

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _mail(text: str, sender: str, name: str, *extra: Component) -> ParsedMessage:
    return mail(
        body(text), *extra, subject="Přístup k výsledkům voleb", sender=sender, sender_name=name
    )


def _case(key: str, text: str, prod: list[str], test: list[str], *extra: Component) -> None:
    CASES[key] = (
        _mail(text, "novak@listy.example", "Petr Novák", *extra),
        label(FEED, ("Listy s.r.o.", None, None), prod, test,
              ("Petr Novák", "novak@listy.example", None)),
    )


# (a) a correction in the same message, by last octet
_case(
    "cz_ma_koncit_ne",
    "Dobrý den,\nprosíme o přístup k XML výsledkům voleb, Listy s.r.o.\n"
    "produkce 203.0.113.80\ntestovací 203.0.113.78\n"
    "jo a oprava, ta testovací má končit .87 ne .78, překlep\n\nPetr Novák\n",
    ["203.0.113.80"],
    ["203.0.113.87"],
)
_case(
    "en_should_end_not",
    "Hello,\nListy s.r.o. asks for access to the election results feed.\n"
    "Production: 198.51.100.20\nTest: 198.51.100.29\n"
    "Sorry, typo: the test one should end in .92, not .29.\n\nPetr Novák\n",
    ["198.51.100.20"],
    ["198.51.100.92"],
)
_case(
    "de_statt",
    "Guten Tag,\nwir beantragen den Zugang zu den Wahlergebnissen für Listy s.r.o.\n"
    "Produktion: 192.0.2.14\nTest: 192.0.2.41\n"
    "Korrektur: der Testserver endet auf .44 statt .41.\n\nPetr Novák\n",
    ["192.0.2.14"],
    ["192.0.2.44"],
)
_case(
    "de_und_nicht",
    "Guten Tag,\nZugang zu den Wahlergebnissen (XML) für Listy s.r.o.\n"
    "Produktionsserver: 192.0.2.60\nTestserver: 192.0.2.66\n"
    "Tippfehler, richtig ist beim Test .68 und nicht .66.\n\nPetr Novák\n",
    ["192.0.2.60"],
    ["192.0.2.68"],
)
_case(
    "pl_nie",
    "Dzień dobry,\nprosimy o dostęp do wyników wyborów w XML dla Listy s.r.o.\n"
    "produkcja 203.0.113.33\ntest 203.0.113.35\n"
    "poprawka: testowy ma być .53, nie .35\n\nPetr Novák\n",
    ["203.0.113.33"],
    ["203.0.113.53"],
)
_case(
    "sk_ne_produkcna",
    "Dobrý deň,\nžiadame o prístup k výsledkom volieb, Listy s.r.o.\n"
    "produkčná 198.51.100.71\ntestovacia 198.51.100.75\n"
    "oprava: produkčná má končiť .17 ne .71\n\nPetr Novák\n",
    ["198.51.100.17"],
    ["198.51.100.75"],
)
_case(
    "hu_nem",
    "Jó napot,\nhozzáférést kérünk a választási eredményekhez, Listy s.r.o.\n"
    "éles: 192.0.2.90\nteszt: 192.0.2.98\n"
    "javítás: a teszt vége .89 nem .98\n\nPetr Novák\n",
    ["192.0.2.90"],
    ["192.0.2.89"],
)
_case(
    "cz_whole_address_ne",
    "Dobrý den,\nžádáme o přístup k výsledkům voleb v XML, Listy s.r.o.\n"
    "produkční: 203.0.113.40\ntestovací: 203.0.113.44\n"
    "oprava: testovací je 203.0.113.45, ne 203.0.113.44\n\nPetr Novák\n",
    ["203.0.113.40"],
    ["203.0.113.45"],
)
# near miss: the octet after "ne" names no address read before: nothing withdrawn
_case(
    "cz_ne_names_nothing",
    "Dobrý den,\nžádáme o přístup k výsledkům voleb v XML, Listy s.r.o.\n"
    "produkce 192.0.2.10 a 192.0.2.11\ntest 192.0.2.20\n\nPetr Novák\n",
    ["192.0.2.10", "192.0.2.11"],
    ["192.0.2.20"],
)

# (b) a later message of a forwarded chain corrects the earlier one's list
_case(
    "cz_fw_chain_neni_ale",
    "Dobrý den, posílám žádost od kolegy, platí jeho poslední verze.\nPetr Novák\n\n"
    "From: Jan Malý <maly@listy.example>\nSent: Wednesday, September 3, 2025 4:12 PM\n"
    "To: Petr Novák <novak@listy.example>\nSubject: RE: žádost XML\n\n"
    "Petře, ještě oprava: druhá produkční není .62, ale 203.0.113.26, zbytek platí.\nJan\n\n"
    "From: Jan Malý <maly@listy.example>\nSent: Wednesday, September 3, 2025 2:55 PM\n"
    "To: Petr Novák <novak@listy.example>\nSubject: žádost XML\n\n"
    "Listy s.r.o. žádá o přístup k výsledkům voleb v XML.\n"
    "Produkční IP: 203.0.113.25, 203.0.113.62\nTestovací IP: 203.0.113.30\n",
    ["203.0.113.25", "203.0.113.26"],
    ["203.0.113.30"],
)
_case(
    "en_fw_chain_instead_of",
    "Hi, forwarding our application; my colleague's last word applies.\nPetr Novák\n\n"
    "From: Jan Maly <maly@listy.example>\nSent: Monday, June 2, 2025 10:02 AM\n"
    "To: Petr Novak <novak@listy.example>\nSubject: RE: results feed\n\n"
    "One fix: the test server is 198.51.100.58, not .85; the rest stands.\nJan\n\n"
    "From: Jan Maly <maly@listy.example>\nSent: Monday, June 2, 2025 9:15 AM\n"
    "To: Petr Novak <novak@listy.example>\nSubject: results feed\n\n"
    "Listy s.r.o. requests access to the election results XML feed.\n"
    "Production: 198.51.100.50\nTest: 198.51.100.85\n",
    ["198.51.100.50"],
    ["198.51.100.58"],
)

# (c) a cover calling the form's test address old; the form's production block stays
_FORM = (
    "Žádost o přístup k výsledkům voleb (XML)\nŽadatel: Listy s.r.o.\n"
    "Produkční síť: 192.0.2.32 maska 255.255.255.252\nTestovací adresa: 192.0.2.38\n"
)
_case(
    "cz_cover_old_test_netmask",
    "Dobrý den,\n\npřikládám žádost. Použil jsem loňský formulář a testovací adresa 192.0.2.38 "
    "v něm je ještě ta stará; letos testujeme z 192.0.2.40.\n\nPetr Novák\n",
    ["192.0.2.32", "192.0.2.33", "192.0.2.34", "192.0.2.35"],
    ["192.0.2.40"],
    text_file("zadost.txt", _FORM),
)
_case(
    "en_cover_test_replaced",
    "Hello,\n\nthe attached form is ours; the test address 192.0.2.38 in it is the old one, "
    "please use 192.0.2.41 for testing instead.\n\nPetr Novák\n",
    ["192.0.2.32", "192.0.2.33", "192.0.2.34", "192.0.2.35"],
    ["192.0.2.41"],
    text_file("zadost.txt", _FORM),
)

# (d) an internal host not to be registered drops alone
_case(
    "cz_internal_neregistrovat_table",
    "Dobrý den,\n\nListy s.r.o. žádá o přístup k výsledkům voleb ve formátu XML.\n\n"
    "adresa          | k čemu\n"
    "172.16.4.2      | interní stroj ve studiu, jen pro info, neregistrovat\n"
    "192.0.2.70      | produkce (veřejná adresa studia)\n"
    "192.0.2.77      | test - dočasně pronajatý VPS, po volbách ho zrušíme\n\nPetr Novák\n",
    ["192.0.2.70"],
    ["192.0.2.77"],
)
_case(
    "en_internal_do_not_register",
    "Hello,\n\nListy s.r.o. requests access to the election results XML feed.\n\n"
    "10.0.8.15 - internal box in the newsroom, FYI only, do not register\n"
    "203.0.113.90 - production (public address)\n"
    "203.0.113.95 - test, a temporary rented VM we cancel after the election\n\nPetr Novák\n",
    ["203.0.113.90"],
    ["203.0.113.95"],
)
_case(
    "cz_temporary_test_only",
    "Dobrý den,\n\nListy s.r.o. žádá o přístup k výsledkům voleb v XML.\n"
    "Produkce: 198.51.100.40\n"
    "Test: 198.51.100.44 (dočasný pronajatý server, po volbách zrušíme)\n\nPetr Novák\n",
    ["198.51.100.40"],
    ["198.51.100.44"],
)

_case(
    "en_internal_not_register_aligned",
    "Hello,\n\nListy s.r.o. requests access to the election results XML feed.\n\n"
    "Address        Purpose\n"
    "10.20.0.5      internal newsroom box, do not register\n"
    "198.51.100.60  production server\n"
    "198.51.100.61  test (temporary cloud VM)\n\nPetr Novák\n",
    ["198.51.100.60"],
    ["198.51.100.61"],
)
_case(
    "cz_internal_nepovolovat_aligned",
    "Dobrý den,\n\nListy s.r.o. žádá o přístup k výsledkům voleb v XML.\n\n"
    "IP             poznámka\n"
    "192.168.10.4   interní server redakce, nepovolovat\n"
    "203.0.113.140  produkce\n"
    "203.0.113.141  test, dočasný\n\nPetr Novák\n",
    ["203.0.113.140"],
    ["203.0.113.141"],
)
# (b) more chains: a reply above its quoted original, an Outlook chain in German
_case(
    "de_chain_korrektur_statt",
    "Guten Tag, anbei der Antrag meines Kollegen, seine letzte Fassung gilt.\nPetr Novák\n\n"
    "From: Jan Maly <maly@listy.example>\nSent: Tuesday, June 3, 2025 11:40 AM\n"
    "To: Petr Novak <novak@listy.example>\nSubject: AW: Wahlergebnisse\n\n"
    "Korrektur: der zweite Produktionsserver ist 192.0.2.57 statt .75, sonst bleibt alles.\n"
    "Jan\n\n"
    "From: Jan Maly <maly@listy.example>\nSent: Tuesday, June 3, 2025 10:05 AM\n"
    "To: Petr Novak <novak@listy.example>\nSubject: Wahlergebnisse\n\n"
    "Listy s.r.o. beantragt den Zugang zu den Wahlergebnissen (XML).\n"
    "Produktion: 192.0.2.50, 192.0.2.75\nTest: 192.0.2.59\n",
    ["192.0.2.50", "192.0.2.57"],
    ["192.0.2.59"],
)
# near miss: an older message below a newer one that gives its own list; the newer list
# stands and the older one is only history (no correction words)
_case(
    "cz_chain_no_correction",
    "Dobrý den, posílám žádost od kolegy.\nPetr Novák\n\n"
    "From: Jan Malý <maly@listy.example>\nSent: Wednesday, September 3, 2025 4:12 PM\n"
    "To: Petr Novák <novak@listy.example>\nSubject: žádost XML\n\n"
    "Listy s.r.o. žádá o přístup k výsledkům voleb v XML.\n"
    "Produkční IP: 203.0.113.25, 203.0.113.62\nTestovací IP: 203.0.113.30\n",
    ["203.0.113.25", "203.0.113.62"],
    ["203.0.113.30"],
)


XFAIL: dict[str, str] = {
    "en_cover_test_replaced": "addresses (r44-corr, class c left): 'the test address A in it is "
    "the old one' after an address is not read as withdrawing it (the clause about 'the old "
    "one' may mean another); both test addresses kept, flagged",
}


def _ip_misses(p: ParsedMessage, want: Label) -> list[str]:
    return [m for m in misses(p, want) if m.split(":")[0].endswith("_ips")]


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert _ip_misses(p, want) == []
