"""Addresses, thirty-fifth round (issue 18): a drill written and labelled by
``tests/corpus/LABELS.md`` before extraction was run on it. Every text is invented.

Class 1 — a dotted version of a form or a template ("šablona 2.4.1.7", "Vorlage 3.1.0.2",
"(2.4.1.7)" after a heading in capitals, db010): never an address. Near misses: a use's
label before an address that looks like a version, a heading naming an address in brackets.

Class 2 — a form's hint showing how to write an address ("(Vyplňte IP adresu ve tvaru např.
192.0.2.1)", "Example: …", db024): never the applicant's address. Near misses: "např." in a
free sentence listing the applicant's own addresses.

Class 3 — a list given for production, then words in brackets or after it saying the tests
run from those same machines, no separate test environment (dc006, in Spanish, French,
Italian, Polish, Czech, Slovak, German, English): production, no test address, and no use
for the last address from the parenthesis. Near misses: a test address named in the
parenthesis, testing from them only for a while, a list given for tests.
"""

from __future__ import annotations

import pytest

from tests.unit.extraction_helpers import SIG, body, extract, mail, text_file


def _read_text(text: str) -> tuple[list[str], list[str]]:
    x = extract(mail(body(text + SIG)))
    return [str(a) for a in x.production_ips], [str(a) for a in x.test_ips]


def _read_form(cover: str, form: str) -> tuple[list[str], list[str]]:
    x = extract(mail(body(cover + SIG), text_file("zadost.txt", form)))
    return [str(a) for a in x.production_ips], [str(a) for a in x.test_ips]


_VERSION_CASES = [
    pytest.param(
        "ŽÁDOST O ZPŘÍSTUPNĚNÍ VÝSLEDKŮ (šablona 3.2.0.1)\nProdukční IP: 198.51.100.61\n"
        "Testovací IP: 198.51.100.62\n",
        ["198.51.100.61"],
        ["198.51.100.62"],
        id="v1-cz-sablona-in-heading",
    ),
    pytest.param(
        "ŽIADOSŤ O PRÍSTUP K VÝSLEDKOM VOLIEB (2.4.1.7)\nProdukčná adresa: 203.0.113.14\n",
        ["203.0.113.14"],
        [],
        id="v2-sk-bare-version-in-capital-heading",
    ),
    pytest.param(
        "Antrag auf Zugang zum XML-Feed, Vorlage 3.1.0.2\nProduktions-IP: 192.0.2.91\n",
        ["192.0.2.91"],
        [],
        id="v3-de-vorlage",
    ),
    pytest.param(
        "Application form (template 1.12.3.4)\nProduction address: 198.51.100.201\n"
        "Test address: 198.51.100.202\n",
        ["198.51.100.201"],
        ["198.51.100.202"],
        id="v4-en-template",
    ),
    pytest.param(
        "WNIOSEK O DOSTĘP (szablon 4.0.2.1)\nAdres produkcyjny: 203.0.113.77\n",
        ["203.0.113.77"],
        [],
        id="v5-pl-szablon",
    ),
    pytest.param(
        "Formulář – revize 2.1.0.3\nIP produkce ........ 192.0.2.150\nIP test ........... 192.0.2.151\n",
        ["192.0.2.150"],
        ["192.0.2.151"],
        id="v6-cz-revize-dotted-leaders",
    ),
    pytest.param(
        "SOLICITUD DE ACCESO (plantilla 2.0.1.5)\nIP de producción: 198.51.100.33\n",
        ["198.51.100.33"],
        [],
        id="v7-es-plantilla",
    ),
    pytest.param(
        "Formulář vydání 5.2.0.1\nProdukční IP: 203.0.113.140\n",
        ["203.0.113.140"],
        [],
        id="v8-cz-vydani",
    ),
    pytest.param(
        "ŽÁDOST O PŘÍSTUP\nProdukční IP: 9.12.20.7\n",
        ["9.12.20.7"],
        [],
        id="vn1-near-miss-version-shaped-address-under-a-label",
    ),
    pytest.param(
        "PRODUKČNÍ SERVER (198.51.100.9)\n",
        ["198.51.100.9"],
        [],
        id="vn2-near-miss-address-in-brackets-of-a-heading",
    ),
]


@pytest.mark.parametrize(("form", "production", "test"), _VERSION_CASES)
def test_a_version_of_the_form_is_no_address(
    form: str, production: list[str], test: list[str]
) -> None:
    assert _read_form("Dobrý den,\nv příloze žádost.\n", form) == (production, test)


_EXAMPLE_CASES = [
    pytest.param(
        "(Vyplňte IP adresu ve tvaru např. 192.0.2.1)\nIP adresa serveru: 198.51.100.45\n",
        ["198.51.100.45"],
        id="e1-cz-hint-napr",
    ),
    pytest.param(
        "Uveďte veřejnou IP adresu (napr. 10.0.0.1):\nProdukční IP: 203.0.113.66\n",
        ["203.0.113.66"],
        id="e2-cz-instruction-napr-in-brackets",
    ),
    pytest.param(
        "Please enter the public address in dotted form, e.g. 192.0.2.10.\n"
        "Production IP: 198.51.100.87\n",
        ["198.51.100.87"],
        id="e3-en-enter-eg",
    ),
    pytest.param(
        "Bitte tragen Sie die IP-Adresse ein (z. B. 192.0.2.99).\nProduktions-IP: 203.0.113.5\n",
        ["203.0.113.5"],
        id="e4-de-zb",
    ),
    pytest.param(
        "Příklad: 192.0.2.1\nProdukční adresa: 198.51.100.222\n",
        ["198.51.100.222"],
        id="e5-cz-example-label",
    ),
    pytest.param(
        "Example: 203.0.113.1\nProduction address: 192.0.2.230\n",
        ["192.0.2.230"],
        id="e6-en-example-label",
    ),
    pytest.param(
        "Podaj adres IP (np. 192.0.2.4)\nAdres produkcyjny: 198.51.100.19\n",
        ["198.51.100.19"],
        id="e7-pl-np",
    ),
    pytest.param(
        "Indique la dirección IP (p. ej. 192.0.2.8)\nIP de producción: 203.0.113.212\n",
        ["203.0.113.212"],
        id="e8-es-p-ej",
    ),
    pytest.param(
        "Přístup prosíme z několika strojů, např. 198.51.100.70 a 198.51.100.71.\n",
        ["198.51.100.70", "198.51.100.71"],
        id="en1-near-miss-napr-listing-own-addresses",
    ),
    pytest.param(
        "Our production servers, e.g. 203.0.113.30 and 203.0.113.31, need access.\n",
        ["203.0.113.30", "203.0.113.31"],
        id="en2-near-miss-eg-in-a-free-sentence",
    ),
]


@pytest.mark.parametrize(("form", "production"), _EXAMPLE_CASES)
def test_an_example_in_a_hint_is_no_address(form: str, production: list[str]) -> None:
    assert _read_form("Dobrý den,\nv příloze žádost.\n", form)[0] == production


_TESTED_CASES = [
    pytest.param(
        "solicitamos acceso desde nuestras direcciones de producción 198.51.100.140 y "
        "198.51.100.141 (las pruebas las haremos desde esas mismas máquinas).\n",
        ["198.51.100.140", "198.51.100.141"],
        [],
        id="s1-es-mismas-maquinas",
    ),
    pytest.param(
        "nous demandons l'accès depuis nos adresses de production 203.0.113.50 et "
        "203.0.113.51 (les tests se feront depuis les mêmes machines).\n",
        ["203.0.113.50", "203.0.113.51"],
        [],
        id="s2-fr-memes-machines",
    ),
    pytest.param(
        "chiediamo l'accesso dagli indirizzi di produzione 192.0.2.60 e 192.0.2.61 (i test "
        "li faremo dalle stesse macchine).\n",
        ["192.0.2.60", "192.0.2.61"],
        [],
        id="s3-it-stesse-macchine",
    ),
    pytest.param(
        "prosimy o dostęp z adresów produkcyjnych 198.51.100.80 i 198.51.100.81 (testy "
        "będziemy robić z tych samych maszyn).\n",
        ["198.51.100.80", "198.51.100.81"],
        [],
        id="s4-pl-tych-samych",
    ),
    pytest.param(
        "produkční adresy jsou 203.0.113.90 a 203.0.113.91 (testovat budeme z těchže strojů, "
        "samostatné testovací prostředí nemáme).\n",
        ["203.0.113.90", "203.0.113.91"],
        [],
        id="s5-cz-tychze-and-denial-after",
    ),
    pytest.param(
        "acceso desde las IP de producción 192.0.2.120 y 192.0.2.121; no tenemos entorno de "
        "pruebas aparte.\n",
        ["192.0.2.120", "192.0.2.121"],
        [],
        id="s6-es-no-separate-environment",
    ),
    pytest.param(
        "Produktionsadressen 198.51.100.150 und 198.51.100.151 (getestet wird von denselben "
        "Rechnern aus).\n",
        ["198.51.100.150", "198.51.100.151"],
        [],
        id="s7-de-denselben-rechnern",
    ),
    pytest.param(
        "Production addresses 203.0.113.160 and 203.0.113.161 (we'll test from these same "
        "machines, there is no separate test environment).\n",
        ["203.0.113.160", "203.0.113.161"],
        [],
        id="s8-en-these-same-machines",
    ),
    pytest.param(
        "adresses de production 192.0.2.170 et 192.0.2.171 (pas d'environnement de test "
        "séparé).\n",
        ["192.0.2.170", "192.0.2.171"],
        [],
        id="s9-fr-no-separate-environment",
    ),
    pytest.param(
        "produkční adresy 198.51.100.140 a 198.51.100.141 (testovací 198.51.100.150).\n",
        ["198.51.100.140", "198.51.100.141"],
        ["198.51.100.150"],
        id="sn1-near-miss-test-address-in-parenthesis",
    ),
    pytest.param(
        "testovací adresy 203.0.113.40 a 203.0.113.41 (testovat budeme z těchže strojů).\n",
        [],
        ["203.0.113.40", "203.0.113.41"],
        id="sn2-near-miss-list-given-for-tests",
    ),
]


@pytest.mark.parametrize(("text", "production", "test"), _TESTED_CASES)
def test_tested_from_the_production_machines(
    text: str, production: list[str], test: list[str]
) -> None:
    assert _read_text("Dobrý den,\n\n" + text) == (production, test)


def test_tested_from_them_only_for_a_while_is_never_certain() -> None:
    """Testing from the production machines "until our own test server arrives": the last
    address's use is a reading - never certain."""
    x = extract(
        mail(
            body(
                "Dobrý den,\n\nprodukční adresy 198.51.100.140 a 198.51.100.141 (testovat budeme "
                "dočasně z těchže strojů, než dostaneme vlastní).\n" + SIG
            )
        )
    )
    assert "198.51.100.140" in [str(a) for a in x.production_ips]
    assert not x.fields["production_ips"].certain
    if x.test_ips:
        assert not x.fields["test_ips"].certain
