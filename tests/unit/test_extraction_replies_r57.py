"""A drill, fifty-seventh round (issue 18): replies. (a) The applicant answers the office's
quoted list of what is missing between its numbered or bulleted items ("> 1. IČO žadatele"
then "IČO 06183948" unquoted), saying so ("odpovídám do textu", "answers in the text",
"odpowiadam w tekście"); the answers are the applicant's own text, each address taking the
use of the item right above it. Near-miss negatives: the same list answered with no word
saying the answers are inline and no blank line parting them (the lines stay the office's
quote), and an item answered with a use of its own. (b) A one-word answer ("Testovací.",
"Test.") to the office's quoted question whether one address is for production or testing.
Every message was labelled by ``tests/corpus/LABELS.md`` before extraction ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import FEED, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, mail

CASES: dict[str, tuple[ParsedMessage, Label]] = {}
_SIG = "> Český statistický úřad, IČO 00025593, tel. +420 274 052 733\n"


def _mail(text: str, sender: str, name: str) -> ParsedMessage:
    return mail(body(text), subject="Re: Doplnění žádosti", sender=sender, sender_name=name)


def _case(key: str, text: str, sender: str, want: tuple[str | None, list[str], list[str], str | None]) -> None:
    ico, prod, test, phone = want
    CASES[key] = (
        _mail(text, sender, "X"),
        label(FEED, (None, ico, None), prod, test, (None, None, phone)),
    )


_HEAD_CZ = (
    "Od: Volby ČSÚ <volby@czso.cz>\nDatum: středa 8. října 2025 9:15\n"
    "Předmět: Doplnění žádosti\n\n"
)

# (a) answers between the items of the office's quoted list
_case(
    "cz_numbered_do_textu",
    "Dobrý den, odpovídám do textu.\n\n" + _HEAD_CZ
    + "> Dobrý den, k žádosti o přístup k výsledkům voleb (produkční adresa 192.0.2.60)\n"
    "> prosíme doplnit:\n> 1. IČO žadatele\nIČO 27184455\n> 2. telefon na kontaktní osobu\n"
    "603 118 240\n> 3. testovací adresu\n192.0.2.61\n>\n> Děkujeme,\n" + _SIG,
    "kral@example.org",
    ("27184455", ["192.0.2.60"], ["192.0.2.61"], "+420603118240"),
)
_case(
    "sk_paren_items",
    "Dobrý deň, odpovedám priamo do textu.\n\n" + _HEAD_CZ
    + "> Prosíme doplniť:\n> a) IČO\n36 184 527\n> b) telefón\n0905 112 334\n"
    "> c) testovaciu IP adresu\n198.51.100.31\n>\n> Ďakujeme,\n" + _SIG,
    "hudak@example.sk",
    ("36184527", [], ["198.51.100.31"], "+421905112334"),
)
_case(
    "en_dashes_inline",
    "Hi, I have replied in the text below.\n\n"
    "On Wed, 8 Oct 2025 at 09:15, Volby CSU <volby@czso.cz> wrote:\n"
    "> Please add:\n> - your company registration number (IČO)\nIČO 05512344\n"
    "> - the test address\n203.0.113.140\n> - the production addresses\n203.0.113.130, 203.0.113.131\n"
    ">\n> Regards,\n" + _SIG,
    "ward@example.com",
    ("05512344", ["203.0.113.130", "203.0.113.131"], ["203.0.113.140"], None),
)
_case(
    "pl_w_tekscie",
    "Dzień dobry, odpowiadam w tekście.\n\n"
    "W dniu 8.10.2025 o 09:15 Volby CSU <volby@czso.cz> pisze:\n"
    "> Prosimy uzupełnić:\n> 1) adres testowy\n192.0.2.171\n> 2) adresy produkcyjne\n"
    "192.0.2.170\n>\n> Pozdrawiamy,\n" + _SIG,
    "nowak@example.pl",
    (None, ["192.0.2.170"], ["192.0.2.171"], None),
)
_case(
    "de_im_text_bullets",
    "Guten Tag, Antworten im Text.\n\n"
    "Am 08.10.2025 um 09:15 schrieb Volby CSU <volby@czso.cz>:\n"
    "> Bitte ergänzen Sie:\n> • Test-IP-Adresse\n198.51.100.201\n> • Telefon\n+49 351 440 2210\n"
    ">\n> Mit freundlichen Grüßen\n" + _SIG,
    "weber@example.de",
    (None, [], ["198.51.100.201"], "+493514402210"),
)
_case(
    "cz_numbered_answer_names_use",
    "Dobrý den, odpovědi píšu do textu.\n\n" + _HEAD_CZ
    + "> Prosíme doplnit:\n> 1. IP adresy\nprodukční 192.0.2.80, testovací 192.0.2.81\n"
    "> 2. IČO\n04711220\n>\n> Děkujeme,\n" + _SIG,
    "pokorna@example.cz",
    ("04711220", ["192.0.2.80"], ["192.0.2.81"], None),
)
# near miss: no cue and no blank lines; the unmarked lines read as the office's text wrapped
_case(
    "cz_no_cue_stays_quoted_ico",
    "Dobrý den, posílám doplnění, IČO je 25190997.\n\nJan Veselý\n\n" + _HEAD_CZ
    + "> Prosíme doplnit:\n> 1. IČO žadatele\n> 2. telefon\n>\n> Děkujeme,\n" + _SIG,
    "vesely@example.cz",
    ("25190997", [], [], None),
)

# (b) one word answering the office's quoted production-or-test question
_case(
    "cz_one_word_testovaci",
    "Testovací.\n\nV. K.\n\n"
    "Dne 8. 10. 2025 v 9:15 Volby ČSÚ <volby@czso.cz> napsal(a):\n"
    "> Dobrý den, je adresa 198.51.100.77 produkční, nebo testovací?\n>\n> Děkujeme,\n" + _SIG
    + ">\n>> Žádáme o přístup k XML s výsledky voleb.\n>> Produkce: 198.51.100.70, 198.51.100.71\n"
    ">> Dále 198.51.100.77\n",
    "kubin@example.cz",
    (None, ["198.51.100.70", "198.51.100.71"], ["198.51.100.77"], None),
)
_case(
    "en_one_word_test",
    "Test.\n\nR.\n\n"
    "On Wed, 8 Oct 2025 at 09:15, Volby CSU <volby@czso.cz> wrote:\n"
    "> Is 203.0.113.55 a production or a test address?\n>\n> Regards,\n" + _SIG
    + ">\n>> We request access to the election results XML feed.\n"
    ">> Production: 203.0.113.50\n>> Also 203.0.113.55\n",
    "reed@example.com",
    (None, ["203.0.113.50"], ["203.0.113.55"], None),
)
_case(
    "sk_one_word_produkcna",
    "Produkčná.\n\nM. B.\n\n"
    "Dňa 8. 10. 2025 o 9:15 Volby ČSÚ <volby@czso.cz> napísal(a):\n"
    "> Je adresa 192.0.2.95 produkčná alebo testovacia?\n>\n> Ďakujeme,\n" + _SIG
    + ">\n>> Žiadame o prístup k XML s výsledkami volieb.\n>> Test: 192.0.2.90\n>> Ďalej 192.0.2.95\n",
    "bartos@example.sk",
    (None, ["192.0.2.95"], ["192.0.2.90"], None),
)
_case(
    "de_one_word_produktiv",
    "Produktiv.\n\nGruß, T. Lang\n\n"
    "Am 08.10.2025 um 09:15 schrieb Volby CSU <volby@czso.cz>:\n"
    "> Ist die Adresse 192.0.2.205 für den Produktiv- oder den Testbetrieb?\n>\n> Grüße,\n" + _SIG
    + ">\n>> Wir beantragen den Zugang zu den XML-Wahlergebnissen.\n>> Test: 192.0.2.200\n"
    ">> Außerdem 192.0.2.205\n",
    "lang@example.de",
    (None, ["192.0.2.205"], ["192.0.2.200"], None),
)
# near misses: a yes answering a question that names one use keeps the original's uses
_case(
    "cz_ano_keeps_uses",
    "Ano.\n\nE. H.\n\n"
    "Dne 8. 10. 2025 v 9:15 Volby ČSÚ <volby@czso.cz> napsal(a):\n"
    "> Je adresa 203.0.113.99 opravdu testovací?\n>\n> Děkujeme,\n" + _SIG
    + ">\n>> Žádáme o přístup k XML s výsledky voleb.\n>> Produkce: 203.0.113.90\n"
    ">> Test: 203.0.113.99\n",
    "hajek@example.cz",
    (None, ["203.0.113.90"], ["203.0.113.99"], None),
)
_case(
    "cz_one_word_two_addresses_asked",
    "Testovací.\n\nE. H.\n\n"
    "Dne 8. 10. 2025 v 9:15 Volby ČSÚ <volby@czso.cz> napsal(a):\n"
    "> Jsou adresy 203.0.113.98 a 203.0.113.99 produkční, nebo testovací?\n>\n> Děkujeme,\n" + _SIG
    + ">\n>> Žádáme o přístup k XML s výsledky voleb.\n>> Produkce: 203.0.113.90\n"
    ">> Dále 203.0.113.98, 203.0.113.99\n",
    "hajek@example.cz",
    (None, ["203.0.113.90"], ["203.0.113.98", "203.0.113.99"], None),
)

XFAIL: dict[str, str] = {
}

_FIELDS = ("production_ips", "test_ips", "organization.ico", "contact.phone")


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert [m for m in misses(p, want) if m.split(":")[0] in _FIELDS] == []
