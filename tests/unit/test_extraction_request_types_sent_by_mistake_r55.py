"""A drill, fifty-fifth round (issue 18): a word of "by mistake" about a document or file
sent ("PDF je stará verze odeslaná omylem", "the PDF was attached by mistake") takes no
request back: the request types are those the valid text asks for. Near-miss negatives: a
request itself sent or ticked by mistake ("žádost o natáčení jsme odeslali omylem",
"filming ticked by mistake"). Every message was labelled by ``tests/corpus/LABELS.md`` before
extraction ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import BOTH, FEED, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, mail, text_file

CASES: dict[str, tuple[ParsedMessage, Label]] = {}

_APP = (
    "Žádáme o přístup k XML výsledkům voleb a o povolení natáčet na pracovišti ČSÚ.\n"
    "Produkční IP: 192.0.2.140\nTestovací IP: 192.0.2.149\n"
)


def _case(key: str, subject: str, text: str, want: list[str], attach: str = _APP) -> None:
    CASES[key] = (
        mail(body(text), text_file("zadost.txt", attach), subject=subject,
             sender="it@media.example", sender_name="X"),
        label(want, (None, None, None), [], [], (None, None, None)),
    )


_case(
    "cz_subject_pdf_sent_by_mistake",
    "Žádost o přístup a natáčení – platí přiložený TXT, PDF je stará verze odeslaná omylem",
    "Dobrý den,\n\nv příloze žádost.\n\nEva Malá\n",
    BOTH,
)
_case(
    "cz_body_file_sent_by_mistake",
    "Žádost o přístup k výsledkům a natáčení",
    "Dobrý den,\n\nplatí přiložená žádost. Včerejší soubor jsme omylem poslali bez podpisu.\n\n"
    "Eva Malá\n",
    BOTH,
)
_case(
    "en_pdf_attached_by_mistake",
    "Access to results and filming permit",
    "Hello,\n\nthe text file is valid; the PDF was attached by mistake, please ignore it.\n\n"
    "Anna Lee\n",
    BOTH,
)
_case(
    "de_datei_versehentlich",
    "Antrag: Datenzugang und Dreherlaubnis",
    "Guten Tag,\n\ndie PDF-Datei wurde versehentlich gesendet, gültig ist der Anhang zadost.txt."
    "\n\nKarl Maier\n",
    BOTH,
)
_case(
    "pl_plik_omylkowo",
    "Wniosek o dostęp i filmowanie",
    "Dzień dobry,\n\nplik PDF wysłaliśmy omyłkowo, ważny jest załącznik TXT.\n\nPiotr Nowak\n",
    BOTH,
)
# near-miss negatives: the request itself by mistake
_case(
    "neg_filming_ticked_by_mistake",
    "Žádost o přístup k výsledkům",
    "Dobrý den,\n\nnatáčení jsme v žádosti zaškrtli omylem, žádáme jen o XML.\n\nEva Malá\n",
    FEED,
)
_case(
    "neg_filming_request_sent_by_mistake",
    "Žádost o přístup k výsledkům",
    "Dobrý den,\n\nžádost o natáčení jsme odeslali omylem, platí jen přístup k XML.\n\n"
    "Eva Malá\n",
    FEED,
)

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert [m for m in misses(p, want) if m.startswith("request_types")] == []
