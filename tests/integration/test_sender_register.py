"""The sender register (issue 19 §4): every filing linked to a sender record, the same sender
recognised across filings, duplicates merged with the history kept, a corrected organisation
re-linking the filing, earlier filings backfilled, the assigned officer."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import text
from sqlmodel import Session, col, select

from intake.applications import store_application
from intake.decisions import correct, decide
from intake.errors import UsageError
from intake.pipeline import ExtractResult
from storage import audit, senders
from storage.db import session_scope, upgrade_database
from storage.tables import (
    Application,
    AuditEntry,
    Organisation,
    OrganisationEmail,
    Submission,
)
from tests.fakes import submission_row

NOW = datetime(2022, 12, 19, 9, tzinfo=UTC)


@pytest.fixture
def engine(db_engine: Any) -> Any:
    return db_engine


def _filing(
    s: Session, n: int, sender: str, *, channel: str = "email", name: str = "", **meta: str
) -> Submission:
    sub = submission_row(
        n, NOW, channel=channel, state="checked", sender=sender, sender_name=name, meta=dict(meta)
    )
    s.add(sub)
    s.flush()
    return sub


def _read(s: Session, sub: Submission, org: dict[str, Any], ref: str | None = None) -> Submission:
    """The check stage's link, then the extraction's (what ``StageRunner.advance`` does)."""
    senders.link_identity(s, sub, NOW, actor="worker:t")
    data = {"organization": org, "production_ips": [], "test_ips": [], "sender_reference": ref}
    store_application(s, sub, ExtractResult(data=data, problems=()), "c", NOW, actor="worker:t")
    return sub


def _record(s: Session, sub: Submission) -> Organisation:
    rec = s.get(Organisation, sub.sender_id)
    assert rec is not None
    return rec


def test_every_kind_of_filing_gets_a_sender_record(engine: Any) -> None:
    with session_scope(engine) as s:
        org_mail = _read(
            s, _filing(s, 1, "jana@medialni.example", name="Jana Nováková"),
            {"name": "Mediální dům Příklad, a.s.", "ico": "27074358"}, "RED-2022/117",
        )  # fmt: skip
        person = _read(s, _filing(s, 2, "petr@posta.example", name="Petr Svoboda"), {})
        boxed = _read(
            s, _filing(s, 3, "abc2def", channel="databox", name="Rádio Ukázka s.r.o.",
                       dmSenderType="20"),
            {"name": "Rádio Ukázka s.r.o.", "databox_id": "abc2def"},
        )  # fmt: skip
        fo_box = _read(
            s, _filing(s, 4, "xyz9876", channel="databox", name="Karel Novák", dmSenderType="40"),
            {},
        )  # fmt: skip
        a, p, b, f = (_record(s, x) for x in (org_mail, person, boxed, fo_box))
        assert (a.kind, a.name, a.ico, a.emails) == (
            "organisation", "Mediální dům Příklad, a.s.", "27074358", ["jana@medialni.example"]
        )  # fmt: skip
        assert org_mail.sender_reference == "RED-2022/117" and org_mail.origin == "digital"
        assert (p.kind, p.name, p.emails) == ("person", "Petr Svoboda", ["petr@posta.example"])
        assert (b.kind, b.databox_id) == ("organisation", "abc2def")
        assert (f.kind, f.databox_id, f.name) == ("person", "xyz9876", "Karel Novák")
        # the person record made for the first filing before its organisation was known was
        # absorbed by the organisation (no filing left on it), not left as a duplicate
        absorbed = s.exec(select(Organisation).where(col(Organisation.merged_into) == a.id)).all()
        assert [r.kind for r in absorbed] == ["person"]
        assert senders.duplicates(s) == []
        links = s.exec(
            select(AuditEntry).where(
                col(AuditEntry.action) == senders.LINKED,
                col(AuditEntry.subject_id) == str(org_mail.id),
            )
        ).all()
        assert [e.data["basis"] for e in links] == ["email", "extraction"]


def test_the_same_sender_is_recognised_across_filings(engine: Any) -> None:
    with session_scope(engine) as s:
        first = _read(
            s, _filing(s, 1, "jana@medialni.example"),
            {"name": "Mediální dům Příklad, a.s.", "ico": "27074358"},
        )  # fmt: skip
        by_ico = _read(s, _filing(s, 2, "x@other.example"), {"name": "MDP", "ico": "27074358"})
        by_mail = _read(s, _filing(s, 3, "Jana@Medialni.example"), {})
        by_name = _read(
            s, _filing(s, 4, "sekretariat@jinde.example"), {"name": "MEDIÁLNÍ DŮM PŘÍKLAD a. s."}
        )
        box1 = _read(s, _filing(s, 5, "abc2def", channel="databox", name="Rádio"), {})
        box2 = _read(s, _filing(s, 6, "abc2def", channel="databox", name="Rádio"), {})
        other_ico = _read(
            s,
            _filing(s, 7, "y@z.example"),
            {"name": "Mediální dům Příklad a.s.", "ico": "25596641"},
        )
        ids = {x.registry_number: x.sender_id for x in (first, by_ico, by_mail, by_name)}
        assert len(set(ids.values())) == 1, ids
        assert box1.sender_id == box2.sender_id != first.sender_id
        assert other_ico.sender_id != first.sender_id  # another IČO: another organisation
        apps = s.exec(select(Application.organisation_id)).all()
        assert apps.count(first.sender_id) == 4  # the quota counts them together


def test_duplicates_are_listed_and_a_merge_moves_filings_and_keeps_history(engine: Any) -> None:
    with session_scope(engine) as s:
        org = _read(s, _filing(s, 1, "jana@medialni.example"), {"name": "Deník Příklad"})
        person = _read(s, _filing(s, 2, "redakce@priklad.example", name="Redakce"), {})
        later = _read(s, _filing(s, 3, "redakce@priklad.example"), {"name": "Deník Příklad"})
        # the second organisation-less filing stays with the person record; the third names
        # the organisation, which now knows the address: both records share it
        assert later.sender_id == org.sender_id != person.sender_id
        pairs = senders.duplicates(s)
        assert [(p.first.id, p.second.id, p.reasons) for p in pairs] == [
            (org.sender_id, person.sender_id, ["email"])
        ]
        kept, dropped = org.sender_id or 0, person.sender_id or 0
    with session_scope(engine) as s:
        result = senders.merge(s, kept, dropped, actor="referent", now=NOW)
        assert result.filings == [person.id]
    with session_scope(engine) as s:
        moved = s.get(Submission, person.id)
        gone = s.get(Organisation, dropped)
        assert moved is not None and gone is not None
        assert moved.sender_id == kept and gone.merged_into == kept
        assert senders.duplicates(s) == []
        merges = s.exec(select(AuditEntry).where(col(AuditEntry.action) == senders.MERGED)).all()
        # the first filing's own person record was absorbed automatically; then the officer's
        assert [(e.actor, e.data["basis"]) for e in merges] == [
            ("worker:t", "automatic"),
            ("referent", "officer"),
        ]
        assert merges[1].data["merged"] == dropped and merges[1].data["filings"] == [person.id]
        trail = s.exec(
            select(AuditEntry).where(
                col(AuditEntry.subject_id) == str(person.id),
                col(AuditEntry.action) == senders.LINKED,
            )
        ).all()
        assert [e.data["basis"] for e in trail] == ["email", "merge"]  # history kept
        assert list(audit.verify_chain(s)) == []
        with pytest.raises(UsageError):  # merged once, never again
            senders.merge(s, kept, dropped, actor="referent", now=NOW)


def test_records_of_different_senders_cannot_be_merged(engine: Any) -> None:
    with session_scope(engine) as s:
        a = _read(s, _filing(s, 1, "a@x.example"), {"name": "Deník", "ico": "27074358"})
        b = _read(s, _filing(s, 2, "b@y.example"), {"name": "Deník", "ico": "25596641"})
        assert senders.duplicates(s) == []  # same name, different IČO: known to differ
        with pytest.raises(UsageError):
            senders.merge(s, a.sender_id or 0, b.sender_id or 0, actor="referent", now=NOW)


def test_a_corrected_organisation_relinks_the_filing_and_decisions_assign(engine: Any) -> None:
    with session_scope(engine) as s:
        sub = _read(s, _filing(s, 1, "jana@medialni.example"), {"name": "Redakce"})
        sub.state = "ready_for_review"
        wrong = sub.sender_id
        other = _read(s, _filing(s, 2, "x@tv.example"), {"name": "TV Příklad", "ico": "27074358"})
        sub_id = sub.id or 0
    with session_scope(engine) as s:
        correct(s, sub_id, "organization.ico", "27074358", actor="referent")
        sub2 = s.get(Submission, sub_id)
        app = s.exec(select(Application).where(col(Application.submission_id) == sub_id)).one()
        assert sub2 is not None
        assert sub2.sender_id == other.sender_id != wrong
        assert app.organisation_id == other.sender_id
        assert sub2.assigned_to == "referent"  # the first correction took it over
    with session_scope(engine) as s:
        decide(s, sub_id, "refuse", actor="vedouci")
        sub3 = s.get(Submission, sub_id)
        assert sub3 is not None and sub3.assigned_to == "referent"  # taken over already


def test_upgrade_backfills_filings_registered_before_sender_records(engine: Any) -> None:
    with session_scope(engine) as s:
        linked = _read(s, _filing(s, 1, "jana@medialni.example"), {"name": "Deník Příklad"})
        plain = _filing(s, 2, "petr@posta.example", name="Petr")
        fresh = _filing(s, 3, "")
        fresh.state = "received"  # not read yet: the check stage links it
        org_id, ids = linked.sender_id, (linked.id, plain.id, fresh.id)
    with engine.begin() as conn:  # as a registry written before migration 0194 looks
        conn.execute(text("UPDATE submission SET sender_id = NULL"))
        conn.execute(text("UPDATE organisation SET name_key = ''"))
    upgrade_database(engine)
    with session_scope(engine) as s:
        rows = [s.get(Submission, i) for i in ids]
        assert rows[0] is not None and rows[0].sender_id == org_id  # its application's
        assert rows[1] is not None and _record(s, rows[1]).emails == ["petr@posta.example"]
        assert rows[2] is not None and rows[2].sender_id is None
        org = s.get(Organisation, org_id)
        assert org is not None and org.name_key == senders.name_key("Deník Příklad")
    upgrade_database(engine)  # nothing left to do: no second link
    with session_scope(engine) as s:
        backfilled = s.exec(
            select(AuditEntry).where(col(AuditEntry.action) == senders.LINKED)
        ).all()
        assert sum(e.data.get("basis") == "backfill" for e in backfilled) == 2


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Mediální dům Příklad, a.s.", "MEDIÁLNÍ DŮM PŘÍKLAD a. s.", True),
        ("Deník Test, spol. s r. o.", "Denik Test s.r.o.", True),
        ("Deník Test a.s.", "Deník Test s.r.o.", False),
        ("Rádio A", "Rádio B", False),
    ],
)
def test_name_key(a: str, b: str, same: bool) -> None:
    assert (senders.name_key(a) == senders.name_key(b)) is same


def _index(s: Session) -> set[tuple[int, str]]:
    return {(r.organisation_id, r.email) for r in s.exec(select(OrganisationEmail)).all()}


def _lists(s: Session) -> set[tuple[int, str]]:
    return {(o.id or 0, e) for o in s.exec(select(Organisation)).all() for e in o.emails or []}


def test_the_email_index_follows_every_record_through_links_and_merges(engine: Any) -> None:
    """``organisation_email`` (what ``first_by_email`` and the organisation match look up) holds
    exactly the addresses of every record's list, after creation, an added address and a
    merge — and the lookups find the records by it."""
    with session_scope(engine) as s:
        person = _read(s, _filing(s, 1, "jana@redakce.cz"), {})
        org = _read(s, _filing(s, 2, "desk@novy.cz"), {"name": "Deník Nový s.r.o."})
        _read(s, _filing(s, 3, "jana@novy.cz"), {"name": "Deník Nový s.r.o."})
        s.flush()
        assert _index(s) == _lists(s)
        assert "jana@novy.cz" in _record(s, org).emails
        found = senders.first_by_email(s, "jana@novy.cz")
        assert found is not None and found.id == org.sender_id
        senders.merge(s, org.sender_id or 0, person.sender_id or 0, actor="officer:t", now=NOW)
        s.flush()
        assert _index(s) == _lists(s)
        again = senders.first_by_email(s, "jana@redakce.cz")
        assert again is not None and again.id == org.sender_id


def test_the_migration_fills_the_email_index_from_existing_records(db_url: str) -> None:
    from storage.db import make_engine

    eng = make_engine(db_url)
    try:
        upgrade_database(eng, "0194")
        with eng.begin() as c:
            c.execute(
                text(
                    "INSERT INTO organisation (kind, name, name_key, emails, domains, created_at)"
                    " VALUES ('person', 'A', 'a', :e, '[]', :t)"
                ),
                {"e": '["a@x.cz", "b@x.cz"]', "t": NOW},
            )
        upgrade_database(eng)
        with Session(eng) as s:
            assert _index(s) == _lists(s) and len(_index(s)) == 2
    finally:
        eng.dispose()
