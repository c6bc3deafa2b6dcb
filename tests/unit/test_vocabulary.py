"""The closed vocabularies and everything keyed by them: problem codes (README, Czech labels,
notice remedies, triage's defects)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from intake.model import (
    APPLICANT_DEFECTS,
    CONTENT_DEFECTS,
    DEFECT_CODES,
    SIGNATURE_DEFECTS,
    Code,
    Problem,
)
from intake.notices.texts import FIXES_CS, FIXES_EN, defects_for
from intake.pipeline import problems_from_dicts, triage
from intake.web.common import PROBLEMS_CS

README = Path(__file__).resolve().parents[2] / "README.md"
_ITEM = re.compile(r"^- `([a-z0-9_]+)` — (.+)$")


def readme_codes() -> dict[str, str]:
    """The README's list of problem codes: code → its English meaning."""
    text = README.read_text(encoding="utf-8")
    section = text.split("#### Problem codes", 1)[1].split("\n## ", 1)[0]
    found: dict[str, str] = {}
    for line in section.splitlines():
        m = _ITEM.match(line)
        if m:
            assert m.group(1) not in found, f"{m.group(1)} listed twice"
            found[m.group(1)] = m.group(2).strip()
    return found


def test_readme_lists_exactly_the_codes_with_a_meaning() -> None:
    listed = readme_codes()
    assert set(listed) == {c.value for c in Code}
    assert all(len(meaning) > 5 for meaning in listed.values())


def test_readme_marks_exactly_the_defect_codes() -> None:
    marked = {code for code, meaning in readme_codes().items() if "(**defect**)" in meaning}
    assert marked == {c.value for c in DEFECT_CODES}


def test_every_code_has_a_czech_label() -> None:
    assert set(PROBLEMS_CS) == set(Code)
    assert all(label.strip() for label in PROBLEMS_CS.values())


def test_every_defect_has_a_remedy_in_both_languages() -> None:
    assert DEFECT_CODES == SIGNATURE_DEFECTS | CONTENT_DEFECTS
    assert DEFECT_CODES <= set(FIXES_CS)
    assert DEFECT_CODES <= set(FIXES_EN)
    assert set(FIXES_CS) == set(FIXES_EN)  # no English notice falls back to a Czech text
    assert all(c.makes_defective for c in DEFECT_CODES)
    assert not Code.NEEDS_REVIEW.makes_defective and not Code.LATE.makes_defective


@pytest.mark.parametrize("language", ["cs", "en"])
def test_defect_notice_for_a_not_qualified_certificate_has_a_remedy(language: str) -> None:
    stored = [{"code": "certificate_not_qualified", "message": "Podpis není uznávaný."}]
    (defect,) = defects_for(stored, language, formats="PDF")
    assert (
        f"{defect['text']} {defect['fix']}"
        == (FIXES_EN if language == "en" else FIXES_CS)[Code.CERTIFICATE_NOT_QUALIFIED]
    )
    assert defect["fix"]  # what to do, after what is wrong
    if language == "en":
        assert defect["text"] == "The signature is not based on a qualified certificate."


def test_unknown_stored_code_is_left_out_of_notices_and_never_crashes() -> None:
    stored = [{"code": "retired_code", "message": "Stará zpráva."}, {"code": "late"}]
    assert defects_for(stored, "en", formats="PDF") == []  # fail closed: maybe an inner note
    assert Code.parse("retired_code") is None
    assert Code.parse("late") is Code.LATE


def test_notices_tell_exactly_the_codes_with_a_remedy() -> None:
    assert set(FIXES_CS) == set(APPLICANT_DEFECTS) == set(FIXES_EN)
    assert DEFECT_CODES <= APPLICANT_DEFECTS
    told = {c for c in Code if c.told_to_applicant}
    assert told == APPLICANT_DEFECTS
    for officer_only in (Code.NEEDS_REVIEW, Code.LATE, Code.SIGNER_MISMATCH, Code.IP_RANGE):
        assert not officer_only.told_to_applicant


def test_stored_problems_read_back_as_members_and_unknown_ones_left_out() -> None:
    stored = [
        {"code": "malware_detected", "message": "virus", "component": "a.pdf"},
        {"code": "retired_code", "message": "?"},
    ]
    (p,) = problems_from_dicts(stored)
    assert p == Problem(Code.MALWARE_DETECTED, "virus", "a.pdf")
    assert p.to_dict() == {"code": "malware_detected", "message": "virus", "component": "a.pdf"}
    assert type(p.to_dict()["code"]) is str  # stored JSON stays plain strings


@pytest.mark.parametrize("code", sorted(CONTENT_DEFECTS))
def test_triage_sends_every_content_defect_to_defective(code: Code) -> None:
    now = datetime(2022, 12, 1, tzinfo=UTC)
    verdict = triage(
        received_at=now, deadline=now, accepted_signature=True, problems=[Problem(code, "x")]
    )
    assert verdict.state == "defective"
    clean = triage(received_at=now, deadline=now, accepted_signature=True, problems=[])
    assert clean.state == "ready_for_review"


def test_every_channel_has_a_row() -> None:
    from intake.dropfolder import guess_channel
    from intake.model import Channel
    from intake.pipeline import CHANNELS, parse
    from intake.web.common import CHANNELS_CS

    assert set(CHANNELS) == set(Channel)
    assert len({k.extension for k in CHANNELS.values()}) == len(Channel)
    assert set(CHANNELS_CS) == {c.value for c in Channel}
    assert all(label.strip() for label in CHANNELS_CS.values())
    for channel, kind in CHANNELS.items():
        assert guess_channel(f"PODANI.{kind.extension.upper()}", b"x") is channel
        assert parse(b"", channel).channel is channel  # never raises, even on nothing
