"""A drill, fifty-first round (issue 18): a table of uses whose header row starts with an
empty corner cell ("\tprodukce\ttest") right under a long title line without a full stop (a
document's text, cd025). The header must stay a row of its own: joined to the title as a
wrapped sentence, it loses its corner cell and every address moves one column over (the
production addresses read as test, for certain). Near-miss negatives: sentences that really
wrap onto the next line (a long clause, a format=flowed soft break). Every message was labelled
by ``tests/corpus/LABELS.md`` before extraction ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import Component, ParsedMessage
from tests.unit.drill_helpers import FEED, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, mail, text_file

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _doc(cover: str, doc: str, sender: str, name: str) -> ParsedMessage:
    att: Component = text_file("zadost.txt", doc)
    return mail(body(cover), att, subject="žádost", sender=sender, sender_name=name)


def _mail(text: str, sender: str, name: str) -> ParsedMessage:
    return mail(body(text), subject="Přístup k výsledkům voleb", sender=sender, sender_name=name)


CASES["cz_doc_test_column_dash"] = (
    _doc(
        "Dobrý den, žádost je v příloze.\nKubát\n",
        "Orlický týdeník s.r.o.\nŽádost o přístup k průběžným výsledkům voleb (XML)\n"
        "\tprodukce\ttest\nIP 1\t192.0.2.31\t—\nIP 2\t192.0.2.32\t—\n"
        "Kontakt: Petr Kubát, kubat@orlicky.example, 603 118 442\n",
        "kubat@orlicky.example",
        "Petr Kubát",
    ),
    label(
        FEED,
        ("Orlický týdeník s.r.o.", None, None),
        ["192.0.2.31", "192.0.2.32"],
        [],
        ("Petr Kubát", "kubat@orlicky.example", "+420603118442"),
    ),
)
CASES["cz_doc_both_columns"] = (
    _doc(
        "Posílám žádost.\n",
        "Rádio Podbrdsko s.r.o.\nŽádáme o přístup k průběžným výsledkům voleb do zastupitelstev\n"
        "\tprodukce\ttest\nserver 1\t198.51.100.41\t198.51.100.45\n"
        "Kontakt: Jana Čapková, capkova@podbrdsko.example\n",
        "capkova@podbrdsko.example",
        "Jana Čapková",
    ),
    label(
        FEED,
        ("Rádio Podbrdsko s.r.o.", None, None),
        ["198.51.100.41"],
        ["198.51.100.45"],
        ("Jana Čapková", "capkova@podbrdsko.example", None),
    ),
)
CASES["cz_body_test_first"] = (
    _mail(
        "Dobrý den,\n\nžádost o přístup k průběžným výsledkům voleb pro náš portál\n"
        "\ttestovací\tprodukční\nadresa\t203.0.113.71\t203.0.113.72\n\n"
        "Ondřej Mach\nPortál Vysočina s.r.o.\n",
        "mach@portalvysocina.example",
        "Ondřej Mach",
    ),
    label(
        FEED,
        ("Portál Vysočina s.r.o.", None, None),
        ["203.0.113.72"],
        ["203.0.113.71"],
        ("Ondřej Mach", "mach@portalvysocina.example", None),
    ),
)
CASES["sk_doc_test_empty"] = (
    _doc(
        "Dobrý deň, žiadosť posielam v prílohe.\nHudec\n",
        "Gemerské noviny s.r.o.\nŽiadosť o prístup k priebežným výsledkom volieb pre redakciu\n"
        "\tprodukčná\ttestovacia\nIP\t192.0.2.150\t-\n"
        "Kontakt: Martin Hudec, hudec@gemerske.example\n",
        "hudec@gemerske.example",
        "Martin Hudec",
    ),
    label(
        FEED,
        ("Gemerské noviny s.r.o.", None, None),
        ["192.0.2.150"],
        [],
        ("Martin Hudec", "hudec@gemerske.example", None),
    ),
)
CASES["en_doc_two_rows"] = (
    _doc(
        "Hello, please find our application attached.\nRuth\n",
        "Valley Herald Ltd\nApplication for access to the live election results feed for our newsroom\n"
        "\tproduction\ttest\nhost 1\t198.51.100.60\t198.51.100.62\nhost 2\t198.51.100.61\tn/a\n"
        "Contact: Ruth Ellis, ruth.ellis@valleyherald.example\n",
        "ruth.ellis@valleyherald.example",
        "Ruth Ellis",
    ),
    label(
        FEED,
        ("Valley Herald Ltd", None, None),
        ["198.51.100.60", "198.51.100.61"],
        ["198.51.100.62"],
        ("Ruth Ellis", "ruth.ellis@valleyherald.example", None),
    ),
)
CASES["en_same_as_production_cell"] = (
    _doc(
        "Hi, application attached.\n",
        "Northgate Radio Ltd\nRequest for access to the provisional election results in XML\n"
        "\tproduction\ttest\nIP 1\t203.0.113.130\tsame as production\nIP 2\t203.0.113.131\t-\n"
        "Contact: Sam Hughes, sam@northgate.example\n",
        "sam@northgate.example",
        "Sam Hughes",
    ),
    label(
        FEED,
        ("Northgate Radio Ltd", None, None),
        ["203.0.113.130", "203.0.113.131"],
        [],
        ("Sam Hughes", "sam@northgate.example", None),
    ),
)
CASES["de_doc_prod_test"] = (
    _doc(
        "Guten Tag, anbei unser Antrag.\n",
        "Grenzland Kurier GmbH\nAntrag auf Zugang zu den laufenden Wahlergebnissen für unsere Redaktion\n"
        "\tproduktiv\ttest\nServer\t192.0.2.91\t192.0.2.92\n"
        "Kontakt: Jörg Maier, maier@grenzland.example\n",
        "maier@grenzland.example",
        "Jörg Maier",
    ),
    label(
        FEED,
        ("Grenzland Kurier GmbH", None, None),
        ["192.0.2.91"],
        ["192.0.2.92"],
        ("Jörg Maier", "maier@grenzland.example", None),
    ),
)
CASES["pl_doc_prod_test"] = (
    _doc(
        "Dzień dobry, wniosek w załączniku.\n",
        "Gazeta Cieszyńska sp. z o.o.\nWniosek o dostęp do bieżących wyników wyborów dla naszej redakcji\n"
        "\tprodukcja\ttest\nIP 1\t198.51.100.201\t198.51.100.202\n"
        "Kontakt: Anna Wójcik, wojcik@cieszynska.example\n",
        "wojcik@cieszynska.example",
        "Anna Wójcik",
    ),
    label(
        FEED,
        ("Gazeta Cieszyńska sp. z o.o.", None, None),
        ["198.51.100.201"],
        ["198.51.100.202"],
        ("Anna Wójcik", "wojcik@cieszynska.example", None),
    ),
)
# near-miss negatives: sentences that do wrap onto the next line
CASES["cz_wrapped_clause_negative"] = (
    _mail(
        "Dobrý den,\n\nnaše servery pro stahování výsledků budou mít tyto adresy, produkční\n"
        "bude 192.0.2.5 a testovací 192.0.2.6.\n\nLenka Malá\nZprávy z Polabí s.r.o.\n",
        "mala@polabi.example",
        "Lenka Malá",
    ),
    label(
        FEED,
        ("Zprávy z Polabí s.r.o.", None, None),
        ["192.0.2.5"],
        ["192.0.2.6"],
        ("Lenka Malá", "mala@polabi.example", None),
    ),
)
CASES["en_flowed_soft_break_negative"] = (
    _mail(
        "Hello,\n\nthe production address of our server for the results download is \n"
        "203.0.113.17, the test one 203.0.113.18.\n\nTom Reed\nCoast FM Ltd\n",
        "tom.reed@coastfm.example",
        "Tom Reed",
    ),
    label(
        FEED,
        ("Coast FM Ltd", None, None),
        ["203.0.113.17"],
        ["203.0.113.18"],
        ("Tom Reed", "tom.reed@coastfm.example", None),
    ),
)

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert [m for m in misses(p, want) if m.split(":")[0].endswith("_ips")] == []
