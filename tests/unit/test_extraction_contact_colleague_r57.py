"""A drill, fifty-seventh round (issue 18): the contact's phone. A chatty writer passes on a
colleague's number in passing ("náš Petr z IT … s ním … má soukromý mobil 606 …, ale volejte
spíš mně") and gives her own further on ("Já jsem na 732 …"): the contact is the writer with
her own number. Near-miss negatives: the writer names the colleague as the contact ("volejte
jemu"), and a colleague mentioned with no number of his. Every message was labelled by
``tests/corpus/LABELS.md`` before extraction ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import FEED, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, mail

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _case(key: str, text: str, sender: str, name: str, phone: str | None) -> None:
    CASES[key] = (
        mail(body(text), subject="Volby – přístup k datům", sender=sender, sender_name=name),
        label(FEED, (None, None, None), [], [], (None, None, phone)),
    )


_case(
    "cz_it_guy_private_then_me",
    "Dobrý den,\n\nrádi bychom znovu přístup k XML s výsledky voleb.\n\n"
    "Náš Honza z IT mi psal, že server je 192.0.2.14. Kdybyste s ním něco řešili, má soukromý "
    "mobil 605 220 117, ale radši volejte mně.\n\nJá jsem na 731 408 226.\n\n"
    "Díky!\nAlena Krejčí\nJihočeský týdeník\n",
    "krejci@jctydenik.example",
    "Alena Krejčí",
    "+420731408226",
)
_case(
    "sk_kolega_sukromne",
    "Dobrý deň,\n\nžiadame o prístup k XML s výsledkami volieb, server 198.51.100.14.\n\n"
    "Náš správca Ivan to nastavoval, keby ste s ním potrebovali niečo riešiť, má súkromné číslo "
    "0907 331 245, ale radšej volajte mne.\n\nMňa zastihnete na 0905 118 402.\n\n"
    "Ďakujem,\nZuzana Kováčová\nPovažský hlas\n",
    "kovacova@povazskyhlas.example",
    "Zuzana Kováčová",
    "+421905118402",
)
_case(
    "en_developer_his_cell",
    "Hi,\n\nwe'd like access to the election results XML feed again, from 203.0.113.14.\n\n"
    "Our developer Sam set it up; if you need him for anything technical, his personal cell is "
    "+44 7700 900 412, but please call me first.\n\nI'm on +44 7700 900 218.\n\n"
    "Thanks,\nKate Moss\nNorthern Echo Ltd\n",
    "moss@northernecho.example",
    "Kate Moss",
    "+447700900218",
)
_case(
    "de_admin_privat",
    "Guten Tag,\n\nwir möchten wieder Zugang zu den XML-Wahlergebnissen, Server 192.0.2.44.\n\n"
    "Unser Admin Jens hat das eingerichtet; falls Sie mit ihm etwas klären müssen, seine private "
    "Nummer ist 0171 4402218, aber rufen Sie bitte lieber mich an.\n\n"
    "Ich bin unter 0151 22003344 erreichbar.\n\nGrüße\nSabine Roth\nOberland Kurier GmbH\n",
    "roth@oberlandkurier.example",
    "Sabine Roth",
    "+4915122003344",
)
_case(
    "cz_other_matter_between",
    "Dobrý den,\n\nprosíme o přístup k XML s výsledky voleb, server 192.0.2.17.\n\n"
    "Náš Tomáš z IT to nastavoval, kdybyste s ním něco řešili, má soukromý mobil 608 331 902, "
    "ale prosím volejte spíš mně.\n\nA ještě: v pondělí bychom u vás rádi natočili krátkou "
    "reportáž, přijede jen kameraman a já.\n\nJá jsem na 739 114 620.\n\n"
    "Díky,\nLenka Horáková\nTýdeník Kroměříž\n",
    "horakova@tydenikkm.example",
    "Lenka Horáková",
    "+420739114620",
)
# near misses: the writer hands the contact to the colleague; a colleague with no number
_case(
    "cz_call_him_instead",
    "Dobrý den,\n\nprosíme o přístup k XML s výsledky voleb, server 192.0.2.15.\n\n"
    "Technické věci řeší náš kolega z IT Petr Novák, volejte prosím rovnou jemu: 604 117 228.\n\n"
    "Díky,\nIrena Malá\nDeník Brno\n",
    "mala@denikbrno.example",
    "Irena Malá",
    "+420604117228",
)
_case(
    "cz_colleague_no_number",
    "Dobrý den,\n\nprosíme o přístup k XML s výsledky voleb, server 192.0.2.16.\n\n"
    "Náš Honza z IT mi to nadiktoval, s ním to bylo rychlé. Já jsem na 736 225 901.\n\n"
    "Díky,\nEva Dušková\nDeník Tábor\n",
    "duskova@deniktabor.example",
    "Eva Dušková",
    "+420736225901",
)

XFAIL: dict[str, str] = {
    "cz_other_matter_between": "contact (r57-replies, left; heldout55 cp002): the writer's 'volejte spíš mně' after a colleague's private number, her own number two paragraphs on past a paragraph naming a cameraman: the colleague's number is kept (flagged)",
    "de_admin_privat": "contact (r57-replies, left): 'rufen Sie bitte lieber mich an' after a colleague's private number is not read as the writer asking to be called, so the colleague's number stays the candidate (flagged)",
}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert [m for m in misses(p, want) if m.startswith("contact.phone")] == []
