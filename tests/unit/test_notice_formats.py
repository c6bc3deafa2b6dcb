"""The defect notice quotes the accepted formats of the content policy in force (the same
``ContentPolicy.describe()`` the public conditions page shows), not a list of its own."""

from __future__ import annotations

from datetime import UTC, datetime

from intake.config import Settings
from intake.content import formats as f
from intake.content.check import ContentPolicy
from intake.notices.outbox import Outbox
from intake.notices.render import render, submission_context
from tests.fakes import submission_row

WHEN = datetime(2022, 12, 19, 9, 0, tzinfo=UTC)


def _defect_body(settings: Settings, language: str) -> str:
    sub = submission_row(
        7,
        WHEN,
        state="defective",
        problems={
            "check": [
                {
                    "code": "unsupported_format",
                    "message": "Soubor x.exe má nepřijímaný formát (application/x-dosexec).",
                }
            ]
        },
    )
    outbox = Outbox(settings)
    ctx = submission_context(
        sub,
        None,
        settings.campaign,
        settings.notices,
        language=language,
        now=WHEN,
        formats=outbox.accepted_formats,
    )
    return render(None, "defect", language, ctx).body


def test_defect_notice_lists_the_configured_formats() -> None:
    narrow = Settings(mode="development", content={"allowed_formats": [f.PDF, f.ODT, f.ZIP]})
    assert Outbox(narrow).accepted_formats == "PDF, ODT, ZIP"
    body = _defect_body(narrow, "cs")
    assert "v některém z přijímaných formátů: PDF, ODT, ZIP." in body
    assert "DOCX" not in body and "{formats}" not in body
    assert "accepted formats: PDF, ODT, ZIP." in _defect_body(narrow, "en")


def test_default_notice_quotes_the_whole_default_policy() -> None:
    settings = Settings(mode="development")
    body = _defect_body(settings, "cs")
    assert ContentPolicy().describe().labels in body
    assert "PDF, DOCX, ODT, TXT nebo XML" not in body  # the old hard-coded list
    for label in ("PDF", "DOCX", "ODT", "XLSX", "JPEG", "ZFO", "ASiC-E"):
        assert label in body
