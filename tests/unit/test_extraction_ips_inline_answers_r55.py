"""A drill, fifty-fifth round (issue 18): addresses typed inline, unquoted, under the office's
quoted questions ("> > IP adresy testovací:" then the answer on the next own line). Each
answer belongs to the use the quoted question right above it names. Near-miss negatives: an
own line that names its own use, an answer under a quoted question naming no use (a contact
question), an address under a quoted line of the office's text that is no question at all but
follows a blank own line. Every message was labelled by ``tests/corpus/LABELS.md`` before
extraction ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import FEED, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, mail

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _mail(text: str, sender: str, name: str) -> ParsedMessage:
    return mail(body(text), subject="Re: Doplnění žádosti – přístup k výsledkům voleb", sender=sender, sender_name=name)


def _case(key: str, text: str, sender: str, prod: list[str], test: list[str]) -> None:
    CASES[key] = (
        _mail(text, sender, "X"),
        label(FEED, (None, None, None), prod, test, (None, None, None)),
    )


_case(
    "cz_double_quoted_questions",
    "Dobrý den,\n\nodpovědi píšu do Vašeho textu.\n\nJana Malá\nDeník Vysočina s.r.o.\n\n"
    "Dne 3. 9. 2025 v 9:10 podatelna napsal(a):\n"
    "> Dobrý den, doplňte prosím:\n>\n"
    ">> IP adresy produkční:\n192.0.2.11 a 192.0.2.12\n"
    ">> IP adresy testovací:\n192.0.2.19\n"
    ">> Kontaktní osoba:\nJana Malá, 731 000 111\n>\n> S pozdravem\n> ČSÚ\n"
    "> Český statistický úřad, Na padesátém 81, 100 82 Praha 10\n> tel. +420 274 052 733, www.czso.cz\n",
    "mala@vysocina.example",
    ["192.0.2.11", "192.0.2.12"],
    ["192.0.2.19"],
)
_case(
    "cz_single_quote_test_first",
    "Dobrý den,\n\nodpovědi jsou níže.\n\nPetr Dvořák\n\n"
    "Dne 2. 9. 2025 podatelna napsal(a):\n"
    "> Chybí nám:\n"
    "> 1) testovací IP adresa\n198.51.100.44\n"
    "> 2) produkční IP adresy\n198.51.100.40\n198.51.100.41\n"
    "> Děkujeme.\n"
    "> Český statistický úřad, Na padesátém 81, 100 82 Praha 10\n> tel. +420 274 052 733, www.czso.cz\n",
    "dvorak@example.org",
    ["198.51.100.40", "198.51.100.41"],
    ["198.51.100.44"],
)
_case(
    "sk_inline",
    "Dobrý deň,\n\nodpovede píšem priamo do textu.\n\nMarek Hudák\n\n"
    "Dňa 4. 9. 2025 podatelna napísal(a):\n"
    "> Prosíme doplniť:\n"
    "> Testovacie IP adresy:\n203.0.113.61\n"
    "> Produkčné IP adresy:\n203.0.113.60\n"
    "> Ďakujeme\n"
    "> Český statistický úřad, Na padesátém 81, 100 82 Praha 10\n> tel. +420 274 052 733, www.czso.cz\n",
    "hudak@zahorie.example",
    ["203.0.113.60"],
    ["203.0.113.61"],
)
_case(
    "en_inline",
    "Hello,\n\nanswers inline below.\n\nTom Baker\n\n"
    "On Thu, 4 Sep 2025 at 10:12, podatelna wrote:\n"
    "> Please complete the following:\n"
    "> Production IP addresses (max. 5):\n192.0.2.130, 192.0.2.131\n"
    "> Test IP addresses (max. 5):\n192.0.2.139\n"
    "> Regards\n"
    "> Český statistický úřad, Na padesátém 81, 100 82 Praha 10\n> tel. +420 274 052 733, www.czso.cz\n",
    "baker@news.example",
    ["192.0.2.130", "192.0.2.131"],
    ["192.0.2.139"],
)
_case(
    "de_inline",
    "Guten Tag,\n\nmeine Antworten stehen im Text.\n\nAnna Huber\n\n"
    "Am 4.9.2025 um 10:12 schrieb podatelna:\n"
    "> Bitte ergänzen Sie:\n"
    "> Test-IP-Adressen:\n198.51.100.77\n"
    "> Produktions-IP-Adressen:\n198.51.100.70\n"
    "> Mit freundlichen Grüßen\n"
    "> Český statistický úřad, Na padesátém 81, 100 82 Praha 10\n> tel. +420 274 052 733, www.czso.cz\n",
    "huber@zeitung.example",
    ["198.51.100.70"],
    ["198.51.100.77"],
)
_case(
    "pl_inline",
    "Dzień dobry,\n\nodpowiedzi poniżej.\n\nPiotr Nowak\n\n"
    "W dniu 4.09.2025 o 10:12 podatelna pisze:\n"
    "> Prosimy uzupełnić:\n"
    "> Produkcyjne adresy IP:\n203.0.113.150\n"
    "> Testowe adresy IP:\n203.0.113.151\n"
    "> Pozdrawiamy\n"
    "> Český statistický úřad, Na padesátém 81, 100 82 Praha 10\n> tel. +420 274 052 733, www.czso.cz\n",
    "nowak@gazeta.example",
    ["203.0.113.150"],
    ["203.0.113.151"],
)
_case(
    "cz_only_test_asked",
    "Dobrý den,\n\nodpověď níže.\n\nEva Horká\n\n"
    "Dne 5. 9. 2025 podatelna napsal(a):\n"
    "> V žádosti chybí testovací adresa, uveďte ji prosím:\n"
    ">> testovací IP:\n192.0.2.201\n"
    "> Děkujeme\n"
    "> Český statistický úřad, Na padesátém 81, 100 82 Praha 10\n> tel. +420 274 052 733, www.czso.cz\n",
    "horka@example.org",
    [],
    ["192.0.2.201"],
)
# near-miss negatives
_case(
    "neg_own_label_wins",
    "Dobrý den,\n\nodpovědi píšu do Vašeho textu.\n\nJan Kos\n\n"
    "Dne 3. 9. 2025 podatelna napsal(a):\n"
    "> IP adresy testovací:\n"
    "produkční je 192.0.2.91, testovací zatím nemáme\n"
    "> Děkujeme\n"
    "> Český statistický úřad, Na padesátém 81, 100 82 Praha 10\n> tel. +420 274 052 733, www.czso.cz\n",
    "kos@example.org",
    ["192.0.2.91"],
    [],
)
_case(
    "neg_under_contact_question",
    "Dobrý den,\n\nodpovědi jsou níže.\n\nKarel Nový\n\n"
    "Dne 3. 9. 2025 podatelna napsal(a):\n"
    "> IP adresy produkční:\n192.0.2.150\n"
    "> Kontaktní osoba (jméno, telefon):\nKarel Nový, 602 111 222\n"
    "> Děkujeme\n"
    "> Český statistický úřad, Na padesátém 81, 100 82 Praha 10\n> tel. +420 274 052 733, www.czso.cz\n",
    "novy@example.org",
    ["192.0.2.150"],
    [],
)
_case(
    "neg_plain_reply_above_quote",
    "Dobrý den,\n\nprodukční IP adresa je 198.51.100.9.\n\nIva Malá\n\n"
    "Dne 3. 9. 2025 podatelna napsal(a):\n"
    "> Dobrý den, prosíme uvést testovací i produkční adresy.\n"
    "> S pozdravem ČSÚ\n"
    "> Český statistický úřad, Na padesátém 81, 100 82 Praha 10\n> tel. +420 274 052 733, www.czso.cz\n",
    "mala@example.org",
    ["198.51.100.9"],
    [],
)

XFAIL: dict[str, str] = {
    "cz_only_test_asked": "addresses (r55-shapes, left): a lone answer to the office's one question is not read as the application's own text; nothing is extracted (missing, not wrong)",
}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert [m for m in misses(p, want) if m.split(":")[0].endswith("_ips")] == []
