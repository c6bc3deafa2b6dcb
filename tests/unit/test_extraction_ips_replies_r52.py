"""A drill, fifty-second round (issue 18): corrections and replies - which address holds after
a self-correction naming the replaced last octet ("není 8 ale B"), a reply quoting the office's
letter with the applicant's first addresses, a reapplication citing last time's addresses with
one replaced, a replaced server whose successor is named ("nahradil ho B"), and "only the test
one changes: instead of .61 now B". Near-miss negatives: a machine replaced at the same
address, a correction that adds, last year's list with nothing replaced. Every message was
labelled by ``tests/corpus/LABELS.md`` before extraction ran on it; only the address fields
are asserted.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import FEED, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, mail

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _case(key: str, text: str, prod: list[str], test: list[str], subject: str = "Re: XML") -> None:
    CASES[key] = (
        mail(body(text), subject=subject, sender="info@novinky.example", sender_name="Novinky"),
        label(FEED, ("Novinky s.r.o.", None, None), prod, test, (None, None, None)),
    )


# (a) a self-correction naming the replaced last octet
_case(
    "cs_neni_octet_ale",
    "Dobry den, za Novinky s.r.o. zadam o xml vysledky voleb.\nprod: 192.0.2.21, 192.0.2.22\n"
    "test 192.0.2.30\n\njejda, ta druha produkcni neni 22 ale 192.0.2.23, sorry\n\nPetr Novak\n",
    ["192.0.2.21", "192.0.2.23"],
    ["192.0.2.30"],
)
_case(
    "en_not_octet_but",
    "Hi, Novinky s.r.o. applies for the XML election results feed.\n"
    "production: 198.51.100.40, 198.51.100.41\ntest: 198.51.100.49\n\n"
    "oops - the second production one is not 41 but 198.51.100.44, sorry\n\nJohn Bell\n",
    ["198.51.100.40", "198.51.100.44"],
    ["198.51.100.49"],
)
_case(
    "de_nicht_octet_sondern",
    "Hallo, die Novinky s.r.o. beantragt den Zugang zu den Wahlergebnissen (XML).\n"
    "Produktion: 203.0.113.60, 203.0.113.61\nTest: 203.0.113.69\n\n"
    "Korrektur: die zweite Produktionsadresse ist nicht .61 sondern 203.0.113.66.\n\nJan Berg\n",
    ["203.0.113.60", "203.0.113.66"],
    ["203.0.113.69"],
)
_case(
    "pl_nie_octet_tylko",
    "Dzień dobry, Novinky s.r.o. wnioskuje o dostęp do wyników wyborów w XML.\n"
    "produkcja: 192.0.2.110, 192.0.2.111\ntest: 192.0.2.119\n\n"
    "poprawka: druga produkcyjna to nie 111 tylko 192.0.2.115, przepraszam\n\nJan Nowak\n",
    ["192.0.2.110", "192.0.2.115"],
    ["192.0.2.119"],
)
# near miss: the correction adds a third production address, it replaces none
_case(
    "cs_correction_adds",
    "Dobrý den, Novinky s.r.o. žádá o přístup k výsledkům voleb v XML.\n"
    "produkce: 192.0.2.121, 192.0.2.122\ntest: 192.0.2.129\n\n"
    "oprava: zapomněl jsem ještě třetí produkční 192.0.2.123\n\nPetr Novák\n",
    ["192.0.2.121", "192.0.2.122", "192.0.2.123"],
    ["192.0.2.129"],
)

# (b) last time's addresses cited, one replaced
_case(
    "da_one_replaced",
    "Kære ČSÚ,\n\nNovinky s.r.o. søger igen om adgang til valgresultaterne i XML.\n\n"
    "Ved sidste valg godkendte I disse adresser:\n  produktion 192.0.2.70 og 192.0.2.71\n"
    "  test 192.0.2.79\n\nÆndring: 192.0.2.71 er taget ud af drift og erstattet af 192.0.2.75. "
    "Resten er uændret.\n\nVenlig hilsen\nMikkel Holm\n",
    ["192.0.2.70", "192.0.2.75"],
    ["192.0.2.79"],
)
_case(
    "en_one_replaced",
    "Dear CZSO,\n\nNovinky s.r.o. applies again for the XML results feed.\n\n"
    "At the last election you approved:\n  production 198.51.100.70 and 198.51.100.71\n"
    "  test 198.51.100.79\n\nChange: 198.51.100.71 has been decommissioned and replaced by "
    "198.51.100.75. Everything else is unchanged.\n\nBest regards\nAnna Reid\n",
    ["198.51.100.70", "198.51.100.75"],
    ["198.51.100.79"],
)
_case(
    "de_one_replaced",
    "Sehr geehrte Damen und Herren,\n\ndie Novinky s.r.o. beantragt erneut den XML-Zugang.\n\n"
    "Bei der letzten Wahl genehmigt:\n  Produktion 203.0.113.80 und 203.0.113.81\n"
    "  Test 203.0.113.89\n\nÄnderung: 203.0.113.81 wurde außer Betrieb genommen und durch "
    "203.0.113.85 ersetzt. Der Rest bleibt gleich.\n\nMit freundlichen Grüßen\nJan Berg\n",
    ["203.0.113.80", "203.0.113.85"],
    ["203.0.113.89"],
)
_case(
    "cs_one_replaced",
    "Dobrý den,\n\nNovinky s.r.o. žádá znovu o přístup k výsledkům voleb v XML.\n\n"
    "Při minulých volbách jste nám schválili:\n  produkce 192.0.2.140 a 192.0.2.141\n"
    "  test 192.0.2.149\n\nZměna: 192.0.2.141 jsme vyřadili a nahradila ji 192.0.2.145. "
    "Ostatní beze změny.\n\nS pozdravem\nPetr Novák\n",
    ["192.0.2.140", "192.0.2.145"],
    ["192.0.2.149"],
)
# near miss: last time's list with nothing replaced holds as it is
_case(
    "cs_last_time_unchanged",
    "Dobrý den,\n\nNovinky s.r.o. žádá znovu o přístup k výsledkům voleb v XML, adresy "
    "stejné jako při minulých volbách:\n  produkce 192.0.2.150 a 192.0.2.151\n  test 192.0.2.159\n\n"
    "S pozdravem\nPetr Novák\n",
    ["192.0.2.150", "192.0.2.151"],
    ["192.0.2.159"],
)

# (c) a replaced server whose successor is named
_case(
    "cs_replaced_server_named",
    "Dobrý den,\n\nprodukční server 198.51.100.150 z loňské žádosti jsme minulý měsíc vyřadili, "
    "nahradil ho produkční 198.51.100.155. Testovat budeme z 198.51.100.156.\n\nMarek Šustr\n"
    "Novinky s.r.o.\n",
    ["198.51.100.155"],
    ["198.51.100.156"],
)
_case(
    "en_replaced_server_named",
    "Hello,\n\nthe production server 203.0.113.150 from last year's application was retired last "
    "month; it was replaced by the production server 203.0.113.155. We will test from "
    "203.0.113.156.\n\nMark Hill\nNovinky s.r.o.\n",
    ["203.0.113.155"],
    ["203.0.113.156"],
)
# near miss: the machine replaced, the address kept
_case(
    "en_machine_replaced_same_address",
    "Hello,\n\nNovinky s.r.o. applies for the XML feed.\nProduction: 203.0.113.160 (the box "
    "itself was replaced last year, the address stays)\nTest: 203.0.113.169\n\nMark Hill\n",
    ["203.0.113.160"],
    ["203.0.113.169"],
)
_case(
    "cs_machine_replaced_same_address",
    "Dobrý den,\n\nNovinky s.r.o. žádá o přístup k výsledkům voleb v XML.\nProdukce: 192.0.2.160 "
    "(server jsme loni vyměnili, adresa zůstává stejná)\nTest: 192.0.2.169\n\nPetr Novák\n",
    ["192.0.2.160"],
    ["192.0.2.169"],
)

# (d) only the test address changes
_case(
    "cs_only_test_changes",
    "Dobrý den,\n\nano, žádáme znovu (Novinky s.r.o.). Oproti minulým volbám, kdy jste nám "
    "schválili produkci 198.18.55.60 a test 198.18.55.61, se mění jen test: místo .61 nyní "
    "198.18.55.66. Produkce zůstává.\n\nRadim Žárský\n",
    ["198.18.55.60"],
    ["198.18.55.66"],
)
_case(
    "en_only_test_changes",
    "Hello,\n\nyes, we apply again (Novinky s.r.o.). Last time you approved production "
    "198.18.56.10 and test 198.18.56.11; only the test one changes: instead of .11 now "
    "198.18.56.16. Production stays.\n\nRuth Kay\n",
    ["198.18.56.10"],
    ["198.18.56.16"],
)
_case(
    "sk_only_test_changes",
    "Dobrý deň,\n\náno, žiadame znova (Novinky s.r.o.). Oproti minulým voľbám, keď ste nám "
    "schválili produkciu 198.18.57.20 a test 198.18.57.21, sa mení len test: namiesto .21 teraz "
    "198.18.57.26. Produkcia zostáva.\n\nJana Kováčová\n",
    ["198.18.57.20"],
    ["198.18.57.26"],
)
_case(
    "de_only_test_changes",
    "Guten Tag,\n\nja, wir beantragen erneut (Novinky s.r.o.). Letztes Mal genehmigt: Produktion "
    "198.18.58.30, Test 198.18.58.31. Es ändert sich nur der Test: statt .31 jetzt "
    "198.18.58.36. Die Produktion bleibt.\n\nJan Berg\n",
    ["198.18.58.30"],
    ["198.18.58.36"],
)

# (e) a reply quoting the office's letter with the first addresses
_case(
    "cs_quoted_office_old_addresses",
    "Dobrý den,\n\ndoplňuji: nové adresy jsou produkce 192.0.2.180, 192.0.2.181 a test "
    "192.0.2.190 (ty původní 192.0.2.10 a .11 platit nebudou).\n\nŠtěpán Procházka\n"
    "Novinky s.r.o.\n\n-----Original Message-----\nFrom: podatelna@czso.cz\n\n"
    "> Dobrý den,\n> ve Vaší žádosti chybí testovací adresa. Produkční adresy "
    "192.0.2.10 a 192.0.2.11 jsme zaznamenali.\n> S pozdravem\n> podatelna ČSÚ\n",
    ["192.0.2.180", "192.0.2.181"],
    ["192.0.2.190"],
)

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert [m for m in misses(p, want) if m.split(":")[0].endswith("_ips")] == []
