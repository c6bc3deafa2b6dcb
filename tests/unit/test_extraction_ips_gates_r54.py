"""A drill, fifty-fourth round (issue 18): two gates on addresses. (a) Answers typed inline
under the office's quoted questions ("> >> IP adresy testovací:" then the answer unquoted):
the use of each answer comes from the quoted question, which the section rules skip, so an
address may land under the wrong use; never certain. (b) A table cell whose address carries
a bracketed note calling it the old server or out of use ("192.0.2.21 (starý server,
nepoužívat)"): it is withdrawn, or at least its use is never certain. Near-miss negatives: a
reply whose own text names the uses itself, a note naming the new server. Every message was
labelled by ``tests/corpus/LABELS.md`` before extraction ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import Component, ParsedMessage
from tests.corpus.accuracy import _get, _norm
from tests.unit.drill_helpers import FEED, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, extract, mail, text_file

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _mail(text: str, sender: str, name: str, *extra: Component) -> ParsedMessage:
    return mail(body(text), *extra, subject="Re: Doplnění žádosti", sender=sender, sender_name=name)


def _asked(answers: tuple[str, str, str], prod_q: str, test_q: str, contact_q: str) -> str:
    return (
        "> k Vaší žádosti nám chybí několik údajů:\n>\n"
        f">> {prod_q}\n{answers[0]}\n>> {test_q}\n{answers[1]}\n>> {contact_q}\n{answers[2]}\n"
        ">\n> S pozdravem\n> podatelna\n"
    )


# (a) answers inline under the office's quoted questions
CASES["cs_inline_prod_then_test"] = (
    _mail(
        "Dobrý den,\nodpovídám do textu.\nPavel Horák\nHanácký deník s.r.o.\n\n"
        "Dne 4. 9. 2025 podatelna napsal(a):\n"
        + _asked(
            ("198.51.100.40 a 198.51.100.41", "198.51.100.50", "Pavel Horák, 731 220 911"),
            "IP adresy produkční (max. 5):",
            "IP adresy testovací (max. 5):",
            "Kontaktní osoba (jméno, telefon):",
        ),
        "horak@hanackydenik.example",
        "Pavel Horák",
    ),
    label(
        FEED,
        ("Hanácký deník s.r.o.", None, None),
        ["198.51.100.40", "198.51.100.41"],
        ["198.51.100.50"],
        ("Pavel Horák", "horak@hanackydenik.example", "+420731220911"),
    ),
)
CASES["sk_inline_answers"] = (
    _mail(
        "Dobrý deň,\nodpovede píšem priamo pod otázky.\nJana Kováčová\nTrnavský hlas s.r.o.\n\n"
        "Dňa 3. 9. 2025 podatelna napísal(a):\n"
        + _asked(
            ("203.0.113.60", "203.0.113.61", "Jana Kováčová, 0905 221 300"),
            "Produkčné IP adresy:",
            "Testovacie IP adresy:",
            "Kontaktná osoba:",
        ),
        "kovacova@trnavskyhlas.example",
        "Jana Kováčová",
    ),
    label(
        FEED,
        ("Trnavský hlas s.r.o.", None, None),
        ["203.0.113.60"],
        ["203.0.113.61"],
        ("Jana Kováčová", "kovacova@trnavskyhlas.example", "+421905221300"),
    ),
)
CASES["en_inline_answers"] = (
    _mail(
        "Hello,\nanswers inline below.\nOwen Price\nRiverside Gazette Ltd\n\n"
        "On 4 Sep 2025 the filing office wrote:\n"
        + _asked(
            ("192.0.2.140, 192.0.2.141", "192.0.2.150", "Owen Price, +44 117 496 0555"),
            "Production IP addresses (max. 5):",
            "Test IP addresses (max. 5):",
            "Technical contact:",
        ),
        "owen.price@riverside.example",
        "Owen Price",
    ),
    label(
        FEED,
        ("Riverside Gazette Ltd", None, None),
        ["192.0.2.140", "192.0.2.141"],
        ["192.0.2.150"],
        ("Owen Price", "owen.price@riverside.example", "+441174960555"),
    ),
)
CASES["de_inline_answers"] = (
    _mail(
        "Guten Tag,\ndie Antworten stehen unter Ihren Fragen.\nJonas Weber\nGrenzland Kurier GmbH\n\n"
        "Am 4.9.2025 schrieb die Podatelna:\n"
        + _asked(
            ("198.51.100.70", "198.51.100.71", "Jonas Weber, +49 351 440 2210"),
            "Produktive IP-Adressen:",
            "Test-IP-Adressen:",
            "Ansprechpartner:",
        ),
        "weber@grenzland.example",
        "Jonas Weber",
    ),
    label(
        FEED,
        ("Grenzland Kurier GmbH", None, None),
        ["198.51.100.70"],
        ["198.51.100.71"],
        ("Jonas Weber", "weber@grenzland.example", "+493514402210"),
    ),
)
# near miss: the reply names the uses itself, the quoted question only above
CASES["cs_reply_names_uses_itself"] = (
    _mail(
        "Dobrý den,\n\nprodukční IP: 198.51.100.80\ntestovací IP: 198.51.100.81\n\n"
        "S pozdravem\nEva Malá\nZnojemský týden s.r.o.\ntel. 731 220 955\n\n"
        "Dne 4. 9. 2025 podatelna napsal(a):\n> Doplňte prosím IP adresy produkční a testovací.\n",
        "mala@znojemsky.example",
        "Eva Malá",
    ),
    label(
        FEED,
        ("Znojemský týden s.r.o.", None, None),
        ["198.51.100.80"],
        ["198.51.100.81"],
        ("Eva Malá", "mala@znojemsky.example", "+420731220955"),
    ),
)


def _sheet(rows: list[list[str]]) -> Component:
    return text_file("adresy.tsv", "\n".join("\t".join(r) for r in rows) + "\n")


def _table_mail(
    rows: list[list[str]], org: str, sender: str, name: str, phone: str
) -> ParsedMessage:
    return mail(
        body(
            f"Dobrý den,\n\nžádost o přístup k XML s výsledky voleb, adresy v příloze.\n\n"
            f"{name}\n{org}\ntel. {phone}\n"
        ),
        _sheet(rows),
        subject="Přístup k výsledkům voleb",
        sender=sender,
        sender_name=name,
    )


# (b) a cell noting its address is the old server
CASES["cs_row_old_server_cell"] = (
    _table_mail(
        [
            ["Produkce", "192.0.2.20", "192.0.2.21 (starý server, nepoužívat)", "192.0.2.22"],
            ["Test", "192.0.2.29"],
        ],
        "Orlický expres s.r.o.",
        "safar@orlicky.example",
        "Ivo Šafář",
        "491 407 300",
    ),
    label(
        FEED,
        ("Orlický expres s.r.o.", None, None),
        ["192.0.2.20", "192.0.2.22"],
        ["192.0.2.29"],
        ("Ivo Šafář", "safar@orlicky.example", "+420491407300"),
    ),
)
CASES["en_row_old_box_cell"] = (
    _table_mail(
        [
            ["Production", "203.0.113.20", "203.0.113.21 (old server, do not use)"],
            ["Test", "203.0.113.29"],
        ],
        "Harbour Post Ltd",
        "lee@harbour.example",
        "Sam Lee",
        "+44 117 496 0123",
    ),
    label(
        FEED,
        ("Harbour Post Ltd", None, None),
        ["203.0.113.20"],
        ["203.0.113.29"],
        ("Sam Lee", "lee@harbour.example", "+441174960123"),
    ),
)
CASES["de_row_alter_server_cell"] = (
    _table_mail(
        [
            ["Produktion", "198.51.100.20", "198.51.100.21 (alter Server, nicht mehr verwenden)"],
            ["Test", "198.51.100.29"],
        ],
        "Vogtland Anzeiger GmbH",
        "braun@vogtland.example",
        "Lena Braun",
        "+49 351 440 2299",
    ),
    label(
        FEED,
        ("Vogtland Anzeiger GmbH", None, None),
        ["198.51.100.20"],
        ["198.51.100.29"],
        ("Lena Braun", "braun@vogtland.example", "+493514402299"),
    ),
)
# near miss: a note naming the new server keeps the address
CASES["cs_row_new_server_cell"] = (
    _table_mail(
        [["Produkce", "192.0.2.40", "192.0.2.41 (nový server)"], ["Test", "192.0.2.49"]],
        "Kladenský list s.r.o.",
        "dvorak@kladensky.example",
        "Petr Dvořák",
        "731 220 977",
    ),
    label(
        FEED,
        ("Kladenský list s.r.o.", None, None),
        ["192.0.2.40", "192.0.2.41"],
        ["192.0.2.49"],
        ("Petr Dvořák", "dvorak@kladensky.example", "+420731220977"),
    ),
)

XFAIL: dict[str, str] = {}


def _wrong_certain(p: ParsedMessage, want: Label) -> list[str]:
    got = extract(p).to_dict()
    out = []
    for key in ("production_ips", "test_ips"):
        if _norm(_get(got, key), key) != _norm(_get(want, key), key):
            if got.get("fields", {}).get(key, {}).get("certain"):
                out.append(f"{key}: {_get(got, key)!r} certain")
    return out


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, {}))
def test_no_wrong_certain_ips(p: ParsedMessage, want: Label) -> None:
    assert _wrong_certain(p, want) == []


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert misses(p, want) == []
