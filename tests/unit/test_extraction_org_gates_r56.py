"""A drill, fifty-sixth round (issue 18): two readings of the applicant's name that came out
wrong and certain. (a) A sole trader's data message from their own box whose letter gives the
registered name in quotes ("pod obchodní firmou „Jana Veselá – Studio Veselá“"), the quote
wrapped over two lines by a PDF: the name as written (LABELS.md), unsure, not the box owner's
plain name for certain. (b) A sheet's heading label alone on its line ("Žadatel") above a row
that carries its own label ("Obchodní firma<TAB>X s.r.o."): the row's value, not the label word
kept in the name. Near misses: a person's box with no trade name, a heading above a plain value.
Every message was labelled by ``tests/corpus/LABELS.md`` before extraction ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import dataclasses

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import FEED, REC, Label, drill_params, label, misses
from tests.unit.extraction_helpers import data_message, text_file

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _person_box(annotation: str, text: str, box: str, owner: str) -> ParsedMessage:
    """A data message from a natural person's box in business (type 40)."""
    p = data_message(annotation, text_file("zadost.txt", text), sender=box, dm_sender=owner)
    return dataclasses.replace(p, envelope={**p.envelope, "dmSenderType": "40"})


def _firm_box(annotation: str, text: str, box: str, owner: str) -> ParsedMessage:
    return data_message(annotation, text_file("zadost.txt", text), sender=box, dm_sender=owner)


# (a) a quoted registered name of a sole trader
CASES["cs_trade_quote_wrapped"] = (
    _person_box(
        "Žádost o povolení fotografovat",
        "Žadatel: Jana Veselá, podnikající fyzická osoba pod obchodní firmou „Jana Veselá\n"
        "– Studio Veselá“, IČO 30888549\nMísto podnikání: Polní 12, 533 04 Sezemice\n"
        "Žádám o povolení fotografovat na pracovišti ČSÚ během zpracování výsledků voleb.\n"
        "Kontakt: vesela@studiovesela.example, mobil 731 204 118\nJana Veselá\n",
        "v4kq8mz",
        "Jana Veselá",
    ),
    label(REC, ("Jana Veselá – Studio Veselá", "30888549", "v4kq8mz"), [], [],
          ("Jana Veselá", "vesela@studiovesela.example", "+420731204118")),
)
CASES["cs_trade_quote_one_line"] = (
    _person_box(
        "Žádost o povolení fotografovat",
        "Žadatel: Pavel Kroupa, podnikající fyzická osoba pod obchodní firmou „Pavel Kroupa – Foto Kroupa“, "
        "IČO 84418010\nŽádám o povolení fotografovat na pracovišti ČSÚ během zpracování výsledků voleb.\n"
        "Kontakt: kroupa@fotokroupa.example, mobil 604 771 230\nPavel Kroupa\n",
        "k7wz2pd",
        "Pavel Kroupa",
    ),
    label(REC, ("Pavel Kroupa – Foto Kroupa", "84418010", "k7wz2pd"), [], [],
          ("Pavel Kroupa", "kroupa@fotokroupa.example", "+420604771230")),
)
CASES["sk_trade_quote_wrapped"] = (
    _person_box(
        "Žiadosť o povolenie fotografovať",
        "Žiadateľ: Peter Kováč, podnikajúci pod obchodným menom „Peter Kováč\n– Foto Kováč“, "
        "IČO 72363878\nŽiadam o povolenie fotografovať na pracovisku ČSÚ počas spracovania výsledkov volieb.\n"
        "Kontakt: kovac@fotokovac.example, mobil 604 118 552\nPeter Kováč\n",
        "p3mx7rt",
        "Peter Kováč",
    ),
    label(REC, ("Peter Kováč – Foto Kováč", "72363878", "p3mx7rt"), [], [],
          ("Peter Kováč", "kovac@fotokovac.example", "+420604118552")),
)
CASES["en_trading_as_wrapped"] = (
    _person_box(
        "Request for filming permission",
        'Applicant: Tom Hale, a sole trader trading as "Tom Hale\n- Hale Pictures", IČO 27469689\n'
        "I ask for permission to film at the office's collection point while the election results are processed.\n"
        "Contact: tom@halepictures.example, mobile 732 440 118\nTom Hale\n",
        "h2tq9wn",
        "Tom Hale",
    ),
    label(REC, ("Tom Hale - Hale Pictures", "27469689", "h2tq9wn"), [], [],
          ("Tom Hale", "tom@halepictures.example", "+420732440118")),
)
# near miss: a person's own box, no trade name; a quoted magazine is no registered name
CASES["cs_person_box_no_trade"] = (
    _person_box(
        "Žádost o povolení fotografovat",
        "Žadatel: Lucie Horká, fotografka spolupracující s časopisem „Krajina\nVysočiny“, IČO 91160910\n"
        "Žádám o povolení fotografovat na pracovišti ČSÚ během zpracování výsledků voleb.\n"
        "Kontakt: horka@lhfoto.example, mobil 605 331 207\nLucie Horká\n",
        "l8hk4vd",
        "Lucie Horká",
    ),
    label(REC, ("Lucie Horká", "91160910", "l8hk4vd"), [], [],
          ("Lucie Horká", "horka@lhfoto.example", "+420605331207")),
)

# (b) a heading label above a labelled row of a sheet
CASES["cs_heading_above_trade_label"] = (
    _firm_box(
        "Žádost – volby",
        "Žadatel\nObchodní firma\tChodská televize, s.r.o.\nIČO\t78200504\nPředmět\tpřístup k XML výsledkům voleb\n\n"
        "produkční\t198.51.100.41\n\nKontakt\nJméno\tE-mail\tTelefon\n"
        "Marta Kubová\tkubova@chodskatv.example\t377 118 540\n",
        "c5tv8qa",
        "Chodská televize, s.r.o.",
    ),
    label(FEED, ("Chodská televize, s.r.o.", "78200504", "c5tv8qa"), ["198.51.100.41"], [],
          ("Marta Kubová", "kubova@chodskatv.example", "+420377118540")),
)
CASES["sk_heading_above_trade_label"] = (
    _firm_box(
        "Žiadosť – voľby",
        "Žiadateľ\nObchodné meno\tZáhorie Média s.r.o.\nIČO\t27833429\nPredmet\tprístup k XML výsledkom volieb\n\n"
        "produkčný\t198.51.100.42\n\nKontakt\nMeno\tE-mail\tTelefón\n"
        "Ivan Hruška\thruska@zahoriemedia.example\t+421 905 118 334\n",
        "z6hm3pe",
        "Záhorie Média s.r.o.",
    ),
    label(FEED, ("Záhorie Média s.r.o.", "27833429", "z6hm3pe"), ["198.51.100.42"], [],
          ("Ivan Hruška", "hruska@zahoriemedia.example", "+421905118334")),
)
CASES["de_heading_above_firm_label"] = (
    _firm_box(
        "Antrag – Wahlen",
        "Antragsteller\nFirmenname\tMedienhaus Egerland GmbH\nIČO\t15535843\nGegenstand\tZugang zu XML-Wahlergebnissen\n\n"
        "Produktion\t203.0.113.43\n\nKontakt\nName\tE-Mail\tTelefon\n"
        "Jonas Weber\tweber@egerland.example\t+49 9621 77 4310\n",
        "e2gm5hk",
        "Medienhaus Egerland GmbH",
    ),
    label(FEED, ("Medienhaus Egerland GmbH", "15535843", "e2gm5hk"), ["203.0.113.43"], [],
          ("Jonas Weber", "weber@egerland.example", "+499621774310")),
)
CASES["en_heading_above_company_label"] = (
    _firm_box(
        "Application – elections",
        "Applicant\nCompany name\tRiverbend Media Ltd\nIČO\t16098935\nSubject\taccess to the XML election results\n\n"
        "Production\t203.0.113.44\n\nContact\nName\tE-mail\tPhone\n"
        "Amy Ward\tward@riverbend.example\t+44 117 496 0231\n",
        "r9bm2lt",
        "Riverbend Media Ltd",
    ),
    label(FEED, ("Riverbend Media Ltd", "16098935", "r9bm2lt"), ["203.0.113.44"], [],
          ("Amy Ward", "ward@riverbend.example", "+441174960231")),
)
# near miss: the heading above a plain value, no label of its own
CASES["cs_heading_above_plain_value"] = (
    _firm_box(
        "Žádost – volby",
        "Žadatel\nChebský deník, s.r.o.\nIČO\t27958671\nPředmět\tpřístup k XML výsledkům voleb\n\n"
        "produkční\t198.51.100.45\n\nKontakt\nJméno\tE-mail\tTelefon\n"
        "Hana Rybová\trybova@chebskydenik.example\t354 118 226\n",
        "d4ch7nw",
        "Chebský deník, s.r.o.",
    ),
    label(FEED, ("Chebský deník, s.r.o.", "27958671", "d4ch7nw"), ["198.51.100.45"], [],
          ("Hana Rybová", "rybova@chebskydenik.example", "+420354118226")),
)

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_org_gates_r56(p: ParsedMessage, want: Label) -> None:
    assert misses(p, want) == []
