"""Round 33: a drill of the class "uses given only by the order of a sentence" - ordinal
words pointing into a list of addresses (první/druhá/třetí, prvá/druhá/tretia, the first /
the second / the third, the former / the latter, erste/zweite, la primera/segunda, poslední,
zbývající/ostatní, "první dvě"), after the list or before it, on its line or across a line
break; labelled by LABELS.md (a backup is production) before extraction was run. The uses an
order gives are a reading, never certain. Near misses: ordinals counting something else
("první kolo voleb", "the first round of testing", "druhá adresa je stejná jako loni")."""

from __future__ import annotations

import pytest

from tests.unit.extraction_helpers import SIG, body, extract, mail

_LEAD = "Dobrý den,\nZpravodaj Hřebečsko, s.r.o. žádá o přístup k XML výsledkům voleb.\n"


def _read(text: str) -> tuple[list[str], list[str], bool]:
    x = extract(mail(body(_LEAD + text + SIG)))
    certain = all(x.fields[k].certain for k in ("production_ips", "test_ips") if k in x.fields)
    return [str(a) for a in x.production_ips], [str(a) for a in x.test_ips], certain


_ORDER = [
    pytest.param(
        "Zasíláme IP adresy 203.0.113.5, 203.0.113.6 a 203.0.113.7. První je produkční, druhá "
        "testovací a třetí záložní.\n",
        ["203.0.113.5", "203.0.113.7"],
        ["203.0.113.6"],
        id="o01-cs-one-line-three",
    ),
    pytest.param(
        "Naše adresy jsou 198.51.100.20 a 198.51.100.21,\nta první slouží pro ostrý provoz, ta "
        "druhá pro testování.\n",
        ["198.51.100.20"],
        ["198.51.100.21"],
        id="o02-cs-ta-prvni-ta-druha-wrapped",
    ),
    pytest.param(
        "Prideľte prosím prístup pre adresy 192.0.2.40, 192.0.2.41 a 192.0.2.42;\nprvá je "
        "produkčná, druhá testovacia a tretia záložná.\n",
        ["192.0.2.40", "192.0.2.42"],
        ["192.0.2.41"],
        id="o03-sk-prva-druha-tretia-wrapped",
    ),
    pytest.param(
        "We will connect from 203.0.113.80, 203.0.113.81 and 203.0.113.82 -\nthe first is our "
        "production server, the second is for testing and the third is a standby machine.\n",
        ["203.0.113.80", "203.0.113.82"],
        ["203.0.113.81"],
        id="o04-en-first-second-third-wrapped",
    ),
    pytest.param(
        "Please whitelist 198.51.100.60 and 198.51.100.61. The former is the live feed server, "
        "the latter our staging box.\n",
        ["198.51.100.60"],
        ["198.51.100.61"],
        id="o05-en-former-latter",
    ),
    pytest.param(
        "Wir greifen von 192.0.2.90, 192.0.2.91 und 192.0.2.92 zu. Die erste ist für den "
        "Produktivbetrieb, die zweite für Tests, die dritte ist ein Backup.\n",
        ["192.0.2.90", "192.0.2.92"],
        ["192.0.2.91"],
        id="o06-de-erste-zweite-dritte",
    ),
    pytest.param(
        "Adresy 203.0.113.10, 203.0.113.11, 203.0.113.12 a 203.0.113.13 – první tři jsou "
        "produkční, poslední testovací.\n",
        ["203.0.113.10", "203.0.113.11", "203.0.113.12"],
        ["203.0.113.13"],
        id="o07-cs-prvni-tri-posledni",
    ),
    pytest.param(
        "Používáme servery 192.0.2.50, 192.0.2.51 a 192.0.2.52. První z nich je testovací, "
        "zbývající dva jsou produkční.\n",
        ["192.0.2.51", "192.0.2.52"],
        ["192.0.2.50"],
        id="o08-cs-zbyvajici",
    ),
    pytest.param(
        "Odesíláme z adres 198.51.100.30, 198.51.100.31, 198.51.100.32.\nDruhá je testovací, "
        "ostatní produkční.\n",
        ["198.51.100.30", "198.51.100.32"],
        ["198.51.100.31"],
        id="o09-cs-ostatni-next-line",
    ),
    pytest.param(
        "Produkční je první, testovací druhá: 192.0.2.70, 192.0.2.71.\n",
        ["192.0.2.70"],
        ["192.0.2.71"],
        id="o10-cs-before-the-list",
    ),
    pytest.param(
        "The first address below is for production, the second for testing:\n203.0.113.100\n"
        "203.0.113.101\n",
        ["203.0.113.100"],
        ["203.0.113.101"],
        id="o11-en-before-a-column",
    ),
    pytest.param(
        "Adresy 192.0.2.1, 192.0.2.2, 192.0.2.3, 192.0.2.4 a 192.0.2.5; první dvě jsou "
        "produkční, třetí testovací a zbylé dvě záložní.\n",
        ["192.0.2.1", "192.0.2.2", "192.0.2.4", "192.0.2.5"],
        ["192.0.2.3"],
        id="o12-cs-five-prvni-dve-zbyle",
    ),
    pytest.param(
        "Posielame IP 203.0.113.150 a 203.0.113.151 – prvá pre ostrú prevádzku, druhá na "
        "testovanie.\n",
        ["203.0.113.150"],
        ["203.0.113.151"],
        id="o13-sk-prva-druha",
    ),
    pytest.param(
        "Our servers are 198.51.100.90 and 198.51.100.91; the\nfirst one handles production "
        "traffic and the second one is a test instance.\n",
        ["198.51.100.90"],
        ["198.51.100.91"],
        id="o14-en-broken-after-the",
    ),
    pytest.param(
        "Wir nutzen 192.0.2.120 und 192.0.2.121, wobei letztere nur zu Testzwecken dient und "
        "erstere produktiv ist.\n",
        ["192.0.2.120"],
        ["192.0.2.121"],
        id="o15-de-letztere-erstere",
    ),
    pytest.param(
        "Máme adresy 203.0.113.30, 203.0.113.31 a 203.0.113.32. Obě první jsou produkční, "
        "třetí je testovací.\n",
        ["203.0.113.30", "203.0.113.31"],
        ["203.0.113.32"],
        id="o16-cs-obe-prvni",
    ),
    pytest.param(
        "Servery 192.0.2.140, 192.0.2.141:\nprvní server je ostrý, druhý server testovací.\n",
        ["192.0.2.140"],
        ["192.0.2.141"],
        id="o17-cs-masculine-server",
    ),
    pytest.param(
        "IPs 198.51.100.110, 198.51.100.111, 198.51.100.112 — the first two are production "
        "servers, the last one is for testing.\n",
        ["198.51.100.110", "198.51.100.111"],
        ["198.51.100.112"],
        id="o18-en-first-two-last-one",
    ),
    pytest.param(
        "Direcciones 192.0.2.160 y 192.0.2.161: la primera es de producción, la segunda de "
        "pruebas.\n",
        ["192.0.2.160"],
        ["192.0.2.161"],
        id="o19-es-primera-segunda",
    ),
    pytest.param(
        "Prosíme o povolení adres 203.0.113.170 a 203.0.113.171.\nPrvní adresa patří "
        "produkčnímu serveru,\ndruhá testovacímu prostředí.\n",
        ["203.0.113.170"],
        ["203.0.113.171"],
        id="o20-cs-note-over-two-lines",
    ),
]


@pytest.mark.parametrize(("text", "prod", "test"), _ORDER)
def test_uses_by_order(text: str, prod: list[str], test: list[str]) -> None:
    got_prod, got_test, certain = _read(text)
    assert (got_prod, got_test) == (prod, test)
    assert not certain


_NEAR = [
    pytest.param(
        "Adresy 192.0.2.200 a 192.0.2.201 jsou produkční. Data potřebujeme už pro první kolo "
        "voleb, druhé kolo budeme testovat.\n",
        ["192.0.2.200", "192.0.2.201"],
        [],
        id="n1-cs-prvni-kolo",
    ),
    pytest.param(
        "Produkční adresa je 198.51.100.210, testovací 198.51.100.211. Druhá adresa je stejná "
        "jako loni.\n",
        ["198.51.100.210"],
        ["198.51.100.211"],
        id="n2-cs-druha-adresa-stejna",
    ),
    pytest.param(
        "Production: 203.0.113.220\nTest: 203.0.113.221\nThe first round of testing will start "
        "in May.\n",
        ["203.0.113.220"],
        ["203.0.113.221"],
        id="n3-en-first-round",
    ),
    pytest.param(
        "Pro ostrý provoz používáme 192.0.2.230 a 192.0.2.231; první je v Praze, druhý v Brně.\n",
        ["192.0.2.230", "192.0.2.231"],
        [],
        id="n4-cs-prvni-druhy-places",
    ),
    pytest.param(
        "Testovací adresy: 198.51.100.240, 198.51.100.241. První z nich budeme používat hlavně "
        "v prvním týdnu.\n",
        [],
        ["198.51.100.240", "198.51.100.241"],
        id="n5-cs-prvni-z-nich-no-use",
    ),
    pytest.param(
        "Produktion: 192.0.2.250 und 192.0.2.251. Die erste Runde der Tests beginnt im Juni.\n",
        ["192.0.2.250", "192.0.2.251"],
        [],
        id="n6-de-erste-runde",
    ),
]


@pytest.mark.parametrize(("text", "prod", "test"), _NEAR)
def test_ordinals_of_something_else(text: str, prod: list[str], test: list[str]) -> None:
    got_prod, got_test, _ = _read(text)
    assert (got_prod, got_test) == (prod, test)


def test_near_miss_labelled_lines_stay_certain() -> None:
    assert _read(_NEAR[2].values[0])[2]
