"""IP addresses, eleventh round: principles generalised from the eleventh held-out part.

1. A table's column names what its cells hold: a token under a column naming a version, a
   client program, an OID or a firmware is no address (eb036).
2. A program named before an address-shaped token in a list of programs with their
   versions makes it that program's version (eb007).
3. A correction naming the wrong address ("X, non Y", "X statt Y") withdraws it (ec012).
4. The use said of an address in its own clause after it is its own (eb018).
5. Trying out or checking the connection is the test use (eb026).
6. A reply adding one use builds on the original quoted one level deeper (ec019).

Outcome: 52 principle probes and 4 controls; before this round 44 of the 52 probes failed
(P1 8/9, P2 6/8, P3 9/10, P4 4/8, P5 8/8, P6 9/9 - counted on the code before each change);
after it all pass."""

from __future__ import annotations

import pytest

from intake.extraction.ips import find_ips
from tests.unit.extraction_helpers import body, certain, extract, mail


def _addresses(text: str) -> list[str]:
    return [str(a) for m in find_ips(text) if not m.excluded for a in m.addresses]


# Principle 1: a table's column names what its cells hold - a token under a column named a
# version, a client program, an OID, a firmware or a build is not an address, in a tab, pipe,
# semicolon or space-aligned table, in any language.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Czech, tabs, a client program's column beside the address column
        (
            "Název\tAdresa IP\tRole\tKlient\nfeed-a\t198.51.100.20\tostrý provoz\t3.2.1.5\n"
            "feed-b\t198.51.100.21\ttest\t3.2.1.6",
            ["198.51.100.20", "198.51.100.21"],
        ),
        # Czech without diacritics, pipes, a version column
        (
            "Server | IP | Verze SW\nhlavni | 192.0.2.44 | 4.1.0.12\nzalozni | 192.0.2.45 | 4.1.0.9",
            ["192.0.2.44", "192.0.2.45"],
        ),
        # English, a semicolon export with an OID column
        (
            "host;address;snmp oid;purpose\nnode1;203.0.113.77;1.3.6.1.2;production\n"
            "node2;203.0.113.78;1.3.6.1.3;test",
            ["203.0.113.77", "203.0.113.78"],
        ),
        # German, tabs, firmware column first
        (
            "Firmware\tAdresse\tZweck\n7.2.0.14\t198.51.100.90\tProduktion\n"
            "7.1.9.3\t198.51.100.91\tTest",
            ["198.51.100.90", "198.51.100.91"],
        ),
        # Polish, a space-aligned table with a "wersja" column
        (
            "Maszyna     Adres IP         Wersja      Przeznaczenie\n"
            "srv-prod    192.0.2.130      2.0.11.4    produkcja\n"
            "srv-test    192.0.2.131      2.0.11.5    testy",
            ["192.0.2.130", "192.0.2.131"],
        ),
        # Slovak, pipes, the client program's version and its build
        (
            "Stroj | IP adresa | Verzia klienta | Build\nfeed | 203.0.113.60 | 5.0.2.1 | 1.0.0.77",
            ["203.0.113.60"],
        ),
        # English, a "Client version" column in a spaced table, one row
        (
            "Machine       IP address       Client version\n"
            "web-1         198.51.100.200   10.4.2.1",
            ["198.51.100.200"],
        ),
        # French, tabs, a "Version" column
        (
            "Serveur\tAdresse IP\tVersion\tUsage\nprincipal\t192.0.2.12\t1.9.0.3\tproduction",
            ["192.0.2.12"],
        ),
        # Italian, pipes, "versione" and "firmware"
        (
            "Server | Indirizzo IP | Versione | Firmware\n"
            "feed1 | 203.0.113.15 | 2.2.0.1 | 6.0.1.2",
            ["203.0.113.15"],
        ),
    ],
)
def test_a_token_under_a_column_naming_no_address_is_no_address(
    text: str, expected: list[str]
) -> None:
    assert _addresses(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a column named by a client machine ("Klient") without another address column holds
        # addresses: the name alone does not make them versions
        ("Klient\tÚčel\n192.0.2.50\tprodukce\n192.0.2.51\ttest", ["192.0.2.50", "192.0.2.51"]),
        # the address column itself says "IP" beside the version word
        ("Stroj | IP verze 4 | Účel\nfeed | 192.0.2.60 | produkce", ["192.0.2.60"]),
    ],
)
def test_a_column_naming_an_address_keeps_it(text: str, expected: list[str]) -> None:
    assert _addresses(text) == expected


# Principle 2: in a list of programs with their versions ("Debian 12.4, nginx 1.24.0, …"), a
# program named before an address-shaped token makes it that program's version, even on a
# line that also speaks of a server.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "server: Ubuntu 22.04, apache 2.4.58, klient volbyget 2.0.1.4\nprodukce: 192.0.2.5",
            ["192.0.2.5"],
        ),
        (
            "Our server runs Debian 12.5, nginx 1.22.1 and the client feedpull 4.0.3.2.\n"
            "Production IP: 198.51.100.9",
            ["198.51.100.9"],
        ),
        (
            "stroj: RHEL 9.3, java 17.0.9, aplikace vysledky-dl 1.2.0.8; ip 203.0.113.4 (ostrý)",
            ["203.0.113.4"],
        ),
        (
            "Server: Windows 2022, IIS 10.0, Software wahlen-sync 3.3.0.1\nProduktion: 192.0.2.77",
            ["192.0.2.77"],
        ),
        (
            "serwer: CentOS 7.9, klient pobieracz 2.7.1.0\nadres produkcyjny: 198.51.100.66",
            ["198.51.100.66"],
        ),
        (
            "Server – FreeBSD 14.0, program volby-stahovac 5.1.0.2, adresa 192.0.2.211",
            ["192.0.2.211"],
        ),
        (
            "server: Alpine 3.19, tool xmlfetch 0.9.8.1\ntest: 203.0.113.222",
            ["203.0.113.222"],
        ),
        (
            "Prostredie: Debian 11.8, python 3.11.2, skript stahni 1.0.0.3\nprodukcia: 198.51.100.33",
            ["198.51.100.33"],
        ),
    ],
)
def test_a_version_in_a_list_of_programs_is_no_address(
    text: str, expected: list[str]
) -> None:
    assert _addresses(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a server's name and its address in a list: no program, no version
        ("servery: feed1 192.0.2.1, feed2 192.0.2.2", ["192.0.2.1", "192.0.2.2"]),
        ("klient na 192.0.2.8, server 192.0.2.9", ["192.0.2.8", "192.0.2.9"]),
    ],
)
def test_named_servers_in_a_list_stay_addresses(text: str, expected: list[str]) -> None:
    assert _addresses(text) == expected


# Principle 3: a correction that gives the right address and names the wrong one ("X, not Y",
# "X instead of Y") withdraws the wrong one wherever it was given before, in any language; the
# list it corrects stays flagged.


@pytest.mark.parametrize(
    "text",
    [
        # Italian: "non" and a correction's own word
        "Indirizzi di produzione: 192.0.2.31, 192.0.2.32\n"
        "Correzione: il secondo è 192.0.2.33, non 192.0.2.32.",
        # German: "nicht" after a "Berichtigung"
        "Produktionsadressen: 192.0.2.31, 192.0.2.32\n"
        "Berichtigung: die zweite Adresse lautet 192.0.2.33, nicht 192.0.2.32.",
        # French: "au lieu de"
        "Adresses de production : 192.0.2.31, 192.0.2.32\n"
        "Rectification : la deuxième adresse est 192.0.2.33 au lieu de 192.0.2.32.",
        # Spanish: "en lugar de"
        "Direcciones de producción: 192.0.2.31, 192.0.2.32\n"
        "Corrección: la segunda es 192.0.2.33 en lugar de 192.0.2.32.",
        # Polish: "zamiast"
        "Adresy produkcyjne: 192.0.2.31, 192.0.2.32\n"
        "Poprawka: druga adresa to 192.0.2.33 zamiast 192.0.2.32.",
        # Portuguese: "não"
        "Endereços de produção: 192.0.2.31, 192.0.2.32\n"
        "Correção: o segundo é 192.0.2.33, não 192.0.2.32.",
        # Dutch: "in plaats van"
        "Productieadressen: 192.0.2.31, 192.0.2.32\n"
        "Verbetering: het tweede adres is 192.0.2.33 in plaats van 192.0.2.32.",
        # German: "statt"
        "Produktion: 192.0.2.31, 192.0.2.32\nKorrektur: 192.0.2.33 statt 192.0.2.32.",
        # Italian: "invece di" in a reply-like line without a heading
        "Produzione: 192.0.2.31, 192.0.2.32\nScusate, vale 192.0.2.33 invece di 192.0.2.32.",
        # Czech without diacritics: "nikoliv"
        "Produkcni adresy: 192.0.2.31, 192.0.2.32\nOprava: druha je 192.0.2.33, nikoliv 192.0.2.32.",
    ],
)
def test_a_correction_naming_the_wrong_address_withdraws_it(text: str) -> None:
    x = extract(mail(body(f"Dobrý den,\n\nžádáme o přístup k XML.\n\n{text}\n\nDěkujeme")))
    assert sorted(x.production_ips) == ["192.0.2.31", "192.0.2.33"], text
    assert not certain(x, "production_ips"), text


def _roles(text: str) -> list[tuple[str, str | None]]:
    return [(str(a), m.role and m.role.value) for m in find_ips(text) for a in m.addresses]


P, T = "production", "test"

# Principle 4: the use said of an address in its own clause after it ("C is a test machine")
# is that address's, not the use of the addresses named in the clause before; an article
# ("a", "an", "ein", "une") is no conjunction that ends the clause.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We connect from 192.0.2.10 and 192.0.2.11 (production); 192.0.2.12 is a test box.",
            [("192.0.2.10", P), ("192.0.2.11", P), ("192.0.2.12", T)],
        ),
        (
            "Live traffic comes from 198.51.100.4; 198.51.100.5 is a staging server we run.",
            [("198.51.100.4", P), ("198.51.100.5", T)],
        ),
        (
            "Production: 203.0.113.8, while 203.0.113.9 is a sandbox used before polling day.",
            [("203.0.113.8", P), ("203.0.113.9", T)],
        ),
        (
            "Our feed reader runs on 192.0.2.20 (live) and 192.0.2.21, which is a test host.",
            [("192.0.2.20", P), ("192.0.2.21", T)],
        ),
        (
            "The servers 198.51.100.30 and 198.51.100.31 are production; 198.51.100.32 is a "
            "development machine.",
            [("198.51.100.30", P), ("198.51.100.31", P), ("198.51.100.32", T)],
        ),
        (
            "Please allow 203.0.113.50 for production. 203.0.113.51 was a trial box last time "
            "and serves as a test machine again.",
            [("203.0.113.50", P), ("203.0.113.51", T)],
        ),
        (
            "Wir nutzen 192.0.2.60 (Produktion); 192.0.2.61 ist ein Testrechner.",
            [("192.0.2.60", P), ("192.0.2.61", T)],
        ),
        (
            "Adresses : 198.51.100.70 (production) ; 198.51.100.71 est une machine d'essai.",
            [("198.51.100.70", P), ("198.51.100.71", T)],
        ),
    ],
)
def test_the_use_said_of_an_address_in_its_own_clause_is_its_own(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _roles(text) == expected


# Principle 5: trying out or checking the connection before the event is the test use, with
# the verb before or after the word for the connection, in any language.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ostrý provoz poběží z 192.0.2.80; spojení budeme zkoušet z 192.0.2.81.",
            [("192.0.2.80", P), ("192.0.2.81", T)],
        ),
        (
            "Data budeme stahovat z 192.0.2.82, zkouset spojeni budeme z 192.0.2.83.",
            [("192.0.2.82", None), ("192.0.2.83", T)],
        ),
        (
            "Produkcia: 198.51.100.84. Spojenie budeme skúšať zo stroja 198.51.100.85.",
            [("198.51.100.84", P), ("198.51.100.85", T)],
        ),
        (
            "Production runs on 203.0.113.86; we will check the connection from 203.0.113.87 "
            "beforehand.",
            [("203.0.113.86", P), ("203.0.113.87", T)],
        ),
        (
            "Produktion: 192.0.2.88. Die Verbindung prüfen wir vorab von 192.0.2.89.",
            [("192.0.2.88", P), ("192.0.2.89", T)],
        ),
        (
            "Produkcja: 198.51.100.90; połączenie sprawdzimy wcześniej z 198.51.100.91.",
            [("198.51.100.90", P), ("198.51.100.91", T)],
        ),
        (
            "Production : 203.0.113.92 ; nous vérifierons la connexion depuis 203.0.113.93.",
            [("203.0.113.92", P), ("203.0.113.93", T)],
        ),
        (
            "Produzione: 192.0.2.94; verificheremo la connessione da 192.0.2.95.",
            [("192.0.2.94", P), ("192.0.2.95", T)],
        ),
    ],
)
def test_trying_the_connection_out_is_the_test_use(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _roles(text) == expected


# Principle 6: a reply that adds one use and says the rest stays as written builds on the
# applicant's original even where it is quoted one level deeper, under the office's quoted
# question (">" the office, ">>" the applicant): the original's other addresses are kept,
# flagged.


def _thread(reply: str, question: str, original: str) -> str:
    quoted = "\n".join(f"> {ln}" if ln else ">" for ln in question.splitlines())
    deeper = "\n".join(f">> {ln}" for ln in original.splitlines())
    return f"{reply}\n\nDne 3. 2. napsala podatelna ČSÚ:\n{quoted}\n>\n{deeper}\n"


_QUESTION = (
    "Dobrý den,\nprosíme o doplnění testovací IP adresy.\nS pozdravem\n"
    "podatelna, Český statistický úřad"
)


@pytest.mark.parametrize(
    ("reply", "original"),
    [
        ("Testovací adresa je 192.0.2.160. Produkční zůstávají, jak jsem psal.",
         "Žádáme o přístup k XML.\nProdukce: 192.0.2.150, 192.0.2.151"),
        ("testovaci adresa: 192.0.2.160, ostatni beze zmen",
         "Zadame o pristup k XML.\nostry provoz: 192.0.2.150, 192.0.2.151"),
        ("Testovacia adresa je 192.0.2.160, ostatné ako som písal.",
         "Žiadame o prístup k XML.\nProdukčné adresy: 192.0.2.150, 192.0.2.151"),
        ("Our test address is 192.0.2.160; production as before.",
         "We request access to the XML feed.\nProduction: 192.0.2.150, 192.0.2.151"),
        ("Testadresse: 192.0.2.160, sonst unverändert.",
         "Wir beantragen den XML-Zugang.\nProduktion: 192.0.2.150, 192.0.2.151"),
        ("Adres testowy: 192.0.2.160, reszta bez zmian.",
         "Prosimy o dostęp do XML.\nProdukcja: 192.0.2.150, 192.0.2.151"),
        ("Indirizzo di test: 192.0.2.160, il resto come prima.",
         "Chiediamo l'accesso al feed XML.\nProduzione: 192.0.2.150, 192.0.2.151"),
        ("Adresse de test : 192.0.2.160, le reste inchangé.",
         "Nous demandons l'accès au flux XML.\nProduction : 192.0.2.150, 192.0.2.151"),
        ("Dirección de pruebas: 192.0.2.160, lo demás sin cambios.",
         "Solicitamos acceso al XML.\nProducción: 192.0.2.150, 192.0.2.151"),
    ],
)
def test_a_reply_adding_one_use_keeps_the_deeper_quoted_original(
    reply: str, original: str
) -> None:
    x = extract(mail(body(_thread(reply, _QUESTION, original))))
    assert list(x.test_ips) == ["192.0.2.160"], reply
    assert sorted(x.production_ips) == ["192.0.2.150", "192.0.2.151"], reply
    assert not certain(x, "production_ips"), reply
