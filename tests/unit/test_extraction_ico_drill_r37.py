"""IČO and data-box ID after a printed form's leader (issue 18, round 37, r37-drill): a form
filled in by hand or retyped keeps the dots, the ellipsis or the rule of underscores between the
key and the value ("IČO: ........ 1234…", "ID DS: ____ abc1234"), and the key's colon may stand
before or after the leader. Found by the thirty-seventh blind drill
(``test_extraction_drill_r37.py``, ``cz_form_dotted_rows``). Every message was labelled by
``tests/corpus/LABELS.md`` before extraction ran on it; texts, names and numbers are invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import Label, label, misses
from tests.unit.extraction_helpers import body, data_message, mail, text_file

FEED = ["feed_access"]
REC = ["recording_permit"]

CASES: dict[str, tuple[ParsedMessage, Label]] = {}

# an ellipsis character as the leader, IČ without O, data box in the same form
CASES["ellipsis_leader_ic_and_box"] = (
    mail(
        body("Posílám vyplněnou žádost.\nPetra Lánská"),
        text_file(
            "zadost.txt",
            "ŽÁDOST O PŘÍSTUP K VÝSLEDKŮM VOLEB\n\n"
            "Žadatel: Kralupská média s.r.o.\n"
            "IČ: ………… 27180433\n"
            "Datová schránka: ………… k2m7px4\n"
            "Adresa serveru: 192.0.2.140\n"
            "Kontaktní osoba: Petra Lánská, tel. 724 300 118\n",
        ),
        sender="lanska@kralupsko.example",
        sender_name="Petra Lánská",
    ),
    label(
        FEED,
        ("Kralupská média s.r.o.", "27180433", "k2m7px4"),
        ["192.0.2.140"],
        [],
        ("Petra Lánská", "lanska@kralupsko.example", "+420724300118"),
    ),
)

# English form, a colon after the leader
CASES["en_company_id_leader_colon_after"] = (
    mail(
        body(
            "APPLICATION FORM – ELECTION RESULTS FEED\n\n"
            "Applicant ........: Vltava Pictures s.r.o.\n"
            "Company ID ........: 91980577\n"
            "Production server .: 203.0.113.18\n"
            "Contact person ....: Daniel Brooks\n"
            "Phone .............: +420 604 118 772\n"
        ),
        sender="daniel@vltavapictures.example",
        sender_name="Daniel Brooks",
    ),
    label(
        FEED,
        ("Vltava Pictures s.r.o.", "91980577", None),
        ["203.0.113.18"],
        [],
        ("Daniel Brooks", "daniel@vltavapictures.example", "+420604118772"),
    ),
)

# spaced dots, as a scanned form's text layer gives them
CASES["spaced_dots_leader"] = (
    mail(
        body(
            "Dobrý den, žádost o povolení natáčení:\n\n"
            "Název: Rádio Labe Plus s.r.o.\n"
            "IČO: . . . . . . . . 26100851\n"
            "Kontakt: Veronika Šafránková, 608 772 134\n"
        ),
        subject="Povolení natáčení",
        sender="safrankova@radiolabe.example",
        sender_name="Veronika Šafránková",
    ),
    label(
        REC,
        ("Rádio Labe Plus s.r.o.", "26100851", None),
        [],
        [],
        ("Veronika Šafránková", "safrankova@radiolabe.example", "+420608772134"),
    ),
)

# Slovak form with a rule of underscores, in a data message
CASES["sk_underscore_rule_databox"] = (
    data_message(
        "Žiadosť o prístup k výsledkom volieb",
        text_file(
            "ziadost.txt",
            "Obchodné meno: Záhorské noviny, s. r. o.\n"
            "IČO: ______________ 22838473\n"
            "IP adresa servera: 198.51.100.56\n"
            "Kontaktná osoba: Peter Hudec, hudec@zahorskenoviny.example, +421 905 441 278\n",
        ),
        sender="z8np2qa",
        dm_sender="Záhorské noviny, s. r. o.",
    ),
    label(
        FEED,
        ("Záhorské noviny, s. r. o.", "22838473", "z8np2qa"),
        ["198.51.100.56"],
        [],
        ("Peter Hudec", "hudec@zahorskenoviny.example", "+421905441278"),
    ),
)

# near-miss: the form's IČO row left blank (a natural person), a phone in the next row
CASES["blank_ico_row_natural_person"] = (
    mail(
        body(
            "Žadatel: Tomáš Jireš (fyzická osoba, bez IČO)\n"
            "IČO: ..............\n"
            "Telefon: ........ 604 228 119\n"
            "Žádám o povolení pořizovat fotografie při sčítání hlasů v Kolíně.\n"
        ),
        subject="Žádost o povolení",
        sender="tomas.jires@posta.example",
        sender_name="Tomáš Jireš",
    ),
    label(
        REC,
        ("Tomáš Jireš", None, None),
        [],
        [],
        ("Tomáš Jireš", "tomas.jires@posta.example", "+420604228119"),
    ),
)

# near-miss: a bank account and a reference number after leaders are not an IČO
CASES["leader_rows_other_numbers"] = (
    mail(
        body(
            "Žadatel ........ Krkonošský deník, z.s.\n"
            "IČO ........ 23055821\n"
            "Číslo účtu ........ 2400123456/2010\n"
            "Číslo jednací ........ 20326751\n"
            "IP ........ 198.51.100.141\n"
            "Kontakt ........ Radek Šimek, 499 401 223\n"
        ),
        subject="Žádost XML",
        sender="simek@krkonossky.example",
        sender_name="Radek Šimek",
    ),
    label(
        FEED,
        ("Krkonošský deník, z.s.", "23055821", None),
        ["198.51.100.141"],
        [],
        ("Radek Šimek", "simek@krkonossky.example", "+420499401223"),
    ),
)

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(
    ("p", "want"),
    [
        pytest.param(
            p,
            want,
            id=name,
            marks=[pytest.mark.xfail(strict=True, reason=XFAIL[name])] if name in XFAIL else [],
        )
        for name, (p, want) in CASES.items()
    ],
)
def test_form_leader(p: ParsedMessage, want: Label) -> None:
    assert misses(p, want) == []
