"""What notices tell the applicant (issue 15 §5): the real defects of the filing with what to
do — never an uncertain extracted value, an officer's note or a raw problem code."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

import pytest

from intake.config import PRAGUE, CampaignConfig, NoticesConfig
from intake.model import Code
from intake.notices.render import LANGUAGES, render, submission_context
from intake.notices.texts import TEMPLATE_NAMES
from storage.tables import Application, Submission
from tests.fakes import submission_row

INTERNAL_PHRASES = (
    "ověří referent",
    "posoudí referent",
    "Nejistý údaj",
    "vyžaduje kontrolu",
    "výjimk",  # an approval's override is the office's business
    "override",
    "Spolu s dřívějšími žádostmi",  # the quota note that comes with needs_review
)
RECEIVED = datetime(2022, 12, 19, 10, 15, 42, tzinfo=PRAGUE)
NOTE = "Nejistý údaj – adresy pro ostrý provoz: 198.51.100.7; ověří referent."
QUOTA_NOTE = (
    "Organizace podala už 1 dřívější žádost(i) a tato neuvádí, že je nahrazuje nebo "
    "doplňuje; adresy se sčítají — posoudí referent."
)


def _submission(problems: dict[str, list[dict[str, str]]]) -> Submission:
    return submission_row(
        7,
        RECEIVED,
        id=7,
        state="defective",
        subject="Žádost",
        sender="redakce@example.cz",
        message_id="<z7@example.cz>",
        problems=problems,
    )


def _application(uncertain: tuple[str, ...] = ()) -> Application:
    fields = {name: {"certain": False, "component": "body.txt"} for name in uncertain}
    return Application(
        submission_id=7,
        campaign="test",
        production_ips=["198.51.100.7"],
        test_ips=["203.0.113.9"],
        updated_at=RECEIVED,
        data={"organization": {"name": "Deník Test"}, "fields": fields},
    )


def _context(sub: Submission, app: Application, language: str) -> dict[str, Any]:
    ctx = submission_context(
        sub,
        app,
        CampaignConfig(),
        NoticesConfig(),
        language=language,
        now=RECEIVED,
        reason="Doplňte prosím podpis.",
        formats="PDF, TXT",
    )
    ctx["announcement_subject"] = "Technická schůzka"
    ctx["announcement_body"] = "Schůzka se koná v budově ČSÚ."
    return ctx


ONLY_NOTES = {
    "check": [{"code": "charset_fallback", "message": "Kódování textu odhadnuto."}],
    "verify": [{"code": "signer_mismatch", "message": "Podepsal jiný než odesílatel."}],
    "extract": [
        {"code": "needs_review", "message": NOTE},
        {"code": "ip_range", "message": "Žádost uvádí rozsahy nebo bloky adres: 198.51.100.0/30"},
    ],
    "triage": [{"code": "needs_review", "message": QUOTA_NOTE}],
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("template", ["receipt", "defect", "accepted"])
def test_uncertain_values_and_notes_are_no_defects(template: str, language: str) -> None:
    ctx = _context(_submission(ONLY_NOTES), _application(("production_ips",)), language)
    assert ctx["defects"] == []
    text = render(None, template, language, ctx)
    assert not re.search(r"^\d+\. ", text.body, re.M), text.body  # no numbered defect
    for phrase in INTERNAL_PHRASES:
        assert phrase not in text.body


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_real_defect_is_listed_with_its_remedy_and_the_notes_are_not(language: str) -> None:
    problems = {
        **ONLY_NOTES,
        "verify": [{"code": "signature_missing", "message": "Zpráva není podepsána."}],
    }
    ctx = _context(_submission(problems), _application(), language)
    body = render(None, "defect", language, ctx).body
    assert [d["fix"] != "" for d in ctx["defects"]] == [True]
    assert re.findall(r"^\d+\. ", body, re.M) == ["1. "]
    assert ("signed" if language == "en" else "podepsán") in body


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_address_defect_from_an_uncertain_list_waits_for_the_officer(language: str) -> None:
    problems = {
        "extract": [
            {"code": "too_many_production_ips", "message": "Požadováno 7 adres (nejvýše 5)."},
            {"code": "needs_review", "message": NOTE},
            {"code": "missing_contact_phone", "message": "Chybí kontaktní telefon."},
        ]
    }
    sub = _submission(problems)
    uncertain = _context(sub, _application(("production_ips",)), language)["defects"]
    certain = _context(sub, _application(), language)["defects"]
    assert len(uncertain) == 1  # the phone only: the count of addresses is not sure yet
    assert len(certain) == 2


def _every_problem() -> dict[str, list[dict[str, str]]]:
    """Every code in every stage, each with an officer-style note as its message."""
    items = [{"code": c.value, "message": f"{NOTE} ({c.value})"} for c in Code]
    items.append({"code": "retired_code", "message": "Interní poznámka; ověří referent."})
    return {"check": items, "verify": [], "extract": [], "triage": []}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("template", TEMPLATE_NAMES)
def test_no_rendered_notice_carries_an_internal_note_or_a_raw_code(
    template: str, language: str
) -> None:
    """Every template in both languages, rendered for a filing with every problem there is
    (each message an officer's note): told are only the remedies, in words."""
    sub = _submission(_every_problem())
    for app in (_application(), _application(("production_ips", "test_ips"))):
        text = render(None, template, language, _context(sub, app, language))
        for part in (text.subject, text.body):
            for phrase in INTERNAL_PHRASES:
                assert phrase not in part, (template, language, phrase)
            for code in [*Code, "retired_code"]:
                if "_" in str(code):  # a single-word code ("late") is an ordinary word
                    assert str(code) not in part, (template, language, code)
