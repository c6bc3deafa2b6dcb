"""A drill, fifty-sixth round (issue 18): a foreign tax or company number whose nine digits
read as a Czech phone ("NIPC 514 280 377", "PIB 108472936", "OIB 48217396054"): an identifier,
never the contact's phone. Near misses: the contact's real number on the next line or later
in the same line is still read. Every message was labelled by ``tests/corpus/LABELS.md``
before extraction ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import FEED, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, mail

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _case(key: str, text: str, sender: str, name: str, phone: str | None) -> None:
    msg = mail(body(text), subject="XML election results", sender=sender, sender_name=name)
    CASES[key] = (msg, label(FEED, (None, None, None), ["203.0.113.10"], [], (name, sender, phone)))


_case(
    "pt_nipc_only",
    "Bom dia,\n\ngostaríamos de ter acesso ao feed XML dos resultados, IP 203.0.113.10.\n\n"
    "Obrigado,\nAna Sousa\nJornal Douro Hoje, Lda. – NIPC 514 280 377\n",
    "ana.sousa@dourohoje.example", "Ana Sousa", None,
)
_case(
    "sr_pib_only",
    "Poštovani,\n\nmolimo pristup rezultatima u XML formatu, IP 203.0.113.10.\n\n"
    "Srdačan pozdrav,\nMarko Ilić\nRadio Sremska Info d.o.o., PIB 108472936\n",
    "marko.ilic@sremskainfo.example", "Marko Ilić", None,
)
_case(
    "al_nipt_only",
    "Dear Sir or Madam,\n\nwe request access to the XML results from 203.0.113.10.\n\n"
    "Best regards,\nElira Hoxha\nTirana Daily Sh.p.k., NIPT 612 408 377\n",
    "elira.hoxha@tiranadaily.example", "Elira Hoxha", None,
)
# near misses: the contact's own number is still read
_case(
    "pt_nipc_then_phone",
    "Bom dia,\n\ngostaríamos de ter acesso ao feed XML dos resultados, IP 203.0.113.10.\n\n"
    "Obrigado,\nAna Sousa\nJornal Douro Hoje, Lda. – NIPC 514 280 377\ntelemóvel +351 912 407 385\n",
    "ana.sousa@dourohoje.example", "Ana Sousa", "+351912407385",
)
_case(
    "dk_cvr_then_phone",
    "Dear Sir or Madam,\n\nwe request access to the XML results from 203.0.113.10.\n\n"
    "Best regards,\nMads Jensen\nAarhus Valgdata ApS, CVR 41 28 03 77, mobile +45 20 41 83 96\n",
    "mj@aarhusvalg.example", "Mads Jensen", "+4520418396",
)

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert [m for m in misses(p, want) if m.startswith("contact.phone")] == []
