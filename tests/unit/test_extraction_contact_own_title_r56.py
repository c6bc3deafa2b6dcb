"""A drill, fifty-sixth round (issue 18): the contact named in a sentence with a degree before
the name and their own job title after it ("Dr Fiona McAllister, Research Fellow (…, +44 …)"):
the title is no second person, so the e-mail and phone after it stay the contact's; a surname
with a capital inside it ("McAllister", "DeVries", "MacLeod") is one word. Near misses: a
second, titled person named after the contact with their own number. Every message was
labelled by ``tests/corpus/LABELS.md`` before extraction ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import FEED, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, mail

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _case(key: str, text: str, sender: str, name: str, org: str, contact: tuple[str | None, str | None, str | None]) -> None:
    msg = mail(body(text), subject="Election results XML feed", sender=sender, sender_name=name)
    CASES[key] = (msg, label(FEED, (org, None, None), ["203.0.113.10"], [], contact))


_case(
    "en_fellow_brackets",
    "Dear Sir or Madam,\n\nthe Clyde Institute for Voting Studies requests access to the XML "
    "results feed from 203.0.113.10; no test server.\n\nThe contact for this application is "
    "Dr Ewan MacLeod, Research Fellow (e.macleod@clydeivs.example, +44 141 496 0815).\n\n"
    "Yours faithfully,\nProfessor Moira Grant\nDirector\nClyde Institute for Voting Studies\n",
    "m.grant@clydeivs.example", "Moira Grant", "Clyde Institute for Voting Studies",
    ("Ewan MacLeod", "e.macleod@clydeivs.example", "+441414960815"),
)
_case(
    "en_senior_fellow_commas",
    "Hello,\n\nWicklow Election Lab Ltd asks for access to the XML results (production "
    "203.0.113.10).\n\nPlease contact Ms Aoife O'Brien, Senior Research Fellow, "
    "aobrien@wicklowlab.example, +353 87 412 3390.\n\nBest wishes,\nAoife O'Brien\n",
    "aobrien@wicklowlab.example", "Aoife O'Brien", "Wicklow Election Lab Ltd",
    ("Aoife O'Brien", "aobrien@wicklowlab.example", "+353874123390"),
)
_case(
    "de_wissenschaftliche_mitarbeiterin",
    "Sehr geehrte Damen und Herren,\n\ndas Institut für Wahlforschung Nord e.V. beantragt den "
    "Zugang zu den XML-Ergebnissen (Produktions-IP 203.0.113.10).\n\nAnsprechpartnerin ist "
    "Dr. Katrin DeVries, wissenschaftliche Mitarbeiterin (devries@ifw-nord.example, "
    "+49 40 4289 3716).\n\nMit freundlichen Grüßen\nProf. Dr. Jens Hoffmann\nInstitutsleiter\n",
    "hoffmann@ifw-nord.example", "Jens Hoffmann", "Institut für Wahlforschung Nord e.V.",
    ("Katrin DeVries", "devries@ifw-nord.example", "+494042893716"),
)
_case(
    "cz_vyzkumna_pracovnice",
    "Dobrý den,\n\nInstitut volebních studií, z. ú. žádá o přístup k výsledkům voleb v XML "
    "(produkční IP 203.0.113.10).\n\nKontaktní osobou je Mgr. Jana Nováková, výzkumná "
    "pracovnice (novakova@ivs.example, 602 318 447).\n\nS pozdravem\nprof. Karel Dvořák\nředitel\n",
    "dvorak@ivs.example", "Karel Dvořák", "Institut volebních studií, z. ú.",
    ("Jana Nováková", "novakova@ivs.example", "+420602318447"),
)
_case(
    "en_mc_surname_title_before",
    "Dear colleagues,\n\nLothian Results Ltd requests XML feed access for 203.0.113.10.\n\n"
    "Our contact is Mr Angus McKay, Data Engineer (a.mckay@lothianresults.example, "
    "+44 131 496 0528).\n\nRegards,\nAngus McKay\n",
    "a.mckay@lothianresults.example", "Angus McKay", "Lothian Results Ltd",
    ("Angus McKay", "a.mckay@lothianresults.example", "+441314960528"),
)

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert [m for m in misses(p, want) if m.startswith("contact.")] == []
