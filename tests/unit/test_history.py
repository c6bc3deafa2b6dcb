"""Audit entries as Czech sentences (intake/web/history.py): what an officer reads in the
history of a filing and in the audit log, never a code, a Python value or JSON."""

from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace

import pytest

from intake.web.history import describe, describe_actor, sentence


@pytest.mark.parametrize(
    ("action", "data", "subject", "expected"),
    [
        (
            "submission.received",
            {"channel": "email", "registry_number": "CSU-EP/2026/000042"},
            "7",
            "Podání přijato e-mailem a zaevidováno pod evidenčním číslem CSU-EP/2026/000042",
        ),
        (
            "submission.received",
            {"channel": "databox", "registry_number": "CSU-EP/2026/000043"},
            "8",
            "Podání přijato z datové schránky a zaevidováno pod evidenčním číslem "
            "CSU-EP/2026/000043",
        ),
        (
            "submission.state",
            {"from": "verified", "to": "extracted"},
            "7",
            "Stav změněn: ověřeno → vytěženo",
        ),
        (
            "submission.state",
            {
                "from": "ready_for_review",
                "to": "refused",
                "decision": "refuse",
                "reason": "chybí IČO",
            },
            "7",
            "Rozhodnutí: Zamítnuto (stav k posouzení → zamítnuto); důvod: chybí IČO",
        ),
        (
            "submission.state",
            {"from": "ready_for_review", "to": "approved", "decision": "approve", "reason": None},
            "7",
            "Rozhodnutí: Schváleno (stav k posouzení → schváleno)",
        ),
        (
            "application.corrected",
            {"field": "production_ips", "old": ["192.0.2.1"], "new": ["192.0.2.21", "192.0.2.22"]},
            "7",
            "Opraven údaj „Adresy pro ostrý provoz“: 192.0.2.1 → 192.0.2.21, 192.0.2.22 "
            "(přidáno: 192.0.2.21, 192.0.2.22; odebráno: 192.0.2.1)",
        ),
        (
            "application.corrected",
            {"field": "test_ips", "old": ["192.0.2.1", "192.0.2.2"], "new": ["192.0.2.2"]},
            "7",
            "Opraven údaj „Testovací adresy“: 192.0.2.1, 192.0.2.2 → 192.0.2.2 "
            "(odebráno: 192.0.2.1)",
        ),
        (
            "application.corrected",
            {"field": "request_types", "old": [], "new": ["feed_access"]},
            "7",
            "Opraven údaj „Druh žádosti“: – → Přístup k datům (XML server) "
            "(přidáno: Přístup k datům (XML server))",
        ),
        (
            "application.confirmed",
            {"field": "production_ips", "value": ["198.51.100.7", "198.51.100.8"]},
            "7",
            "Potvrzen údaj „Adresy pro ostrý provoz“, jak byl vytěžen: 198.51.100.7, 198.51.100.8",
        ),
        (
            "application.rechecked",
            {"before": ["needs_review", "non_public_ip"], "after": ["too_many_test_ips"]},
            "7",
            "Problémy podání přepočítány po opravě: nově příliš mnoho testovacích adres; "
            "odpadlo vyžaduje kontrolu, neveřejná IP adresa",
        ),
        (
            "application.rechecked",
            {
                "before": ["too_many_production_ips"],
                "after": [],
                "because_of": "CSU-EP/2026/000007",
            },
            "8",
            "Kvóta organizace přepočítána po opravě podání CSU-EP/2026/000007: "
            "odpadlo příliš mnoho adres pro ostrý provoz",
        ),
        (
            "notice.held",
            {"kind": "receipt", "key": "receipt-3"},
            "3",
            "Referent zadržel oznámení „potvrzení doručení“ před odesláním",
        ),
        (
            "notice.released",
            {"kind": "verification_result", "key": "result-3"},
            "3",
            "Referent uvolnil zadržené oznámení „výsledek ověření“ k odeslání",
        ),
        (
            "application.corrected",
            {"field": "contact.phone", "old": None, "new": "+420 777 1"},
            "7",
            "Opraven údaj „Kontaktní telefon“: – → +420 777 1",
        ),
        (
            "notice.sent",
            {"kind": "defect", "channel": "email", "recipient": "jana@example.cz"},
            "3",
            "Odeslána výzva k odstranění vad na jana@example.cz",
        ),
        (
            "notice.sent",
            {"kind": "receipt", "channel": "email", "recipient": "jana@example.cz"},
            "3",
            "Odesláno potvrzení doručení na jana@example.cz",
        ),
        (
            "notice.sent",
            {"kind": "verification_result", "channel": "databox", "recipient": "abc2def"},
            "3",
            "Odeslán výsledek ověření do datové schránky abc2def",
        ),
        (
            "user.login_failed",
            {"ip": "127.0.0.1", "failed": 5, "throttled": True},
            "jana",
            "Neúspěšné přihlášení: chybné heslo (pokus 5) – účet dočasně zablokován",
        ),
        ("user.created", {"role": "auditor"}, "petr", "Vytvořen účet petr (role: auditor)"),
    ],
)
def test_sentences(action: str, data: dict[str, object], subject: str, expected: str) -> None:
    assert sentence(action, data, subject) == expected


def test_stage_failure_keeps_the_english_error_out_of_the_sentence() -> None:
    error = "ValueError: Insufficient data - 12 bytes requested but only 3 available"
    text = sentence("submission.stage_failed", {"state": "checked", "error": error, "attempt": 2})
    assert "Insufficient" not in text and "ValueError" not in text
    assert text.startswith("Zpracování ve stavu „zkontrolováno“ se nezdařilo (pokus 2)")


def test_unknown_and_malformed_records_still_read_as_czech() -> None:
    assert sentence("something.new", {"x": 1}) == "Jiná událost (popis je v technických údajích)"
    broken = sentence("application.corrected", None)
    assert broken == "Opraven údaj „údaj žádosti“: – → –"
    assert "None" not in sentence("submission.state", {"from": None, "to": None})


@pytest.mark.parametrize(
    ("actor", "expected"),
    [
        ("worker:host:4242", "systém – zpracování podání"),
        ("worker:notices", "systém – odesílání oznámení"),
        ("system:intake", "systém – příjem zpráv"),
        ("source:drop", "systém – příjem zpráv"),
        ("system", "systém"),
        ("cli:jana", "jana (příkazový řádek)"),
        ("anonymous", "nepřihlášený uživatel"),
        ("referent", "referent"),
    ],
)
def test_actors(actor: str, expected: str) -> None:
    assert describe_actor(actor) == expected


def test_describe_keeps_the_raw_record_for_the_disclosure() -> None:
    entry = SimpleNamespace(
        at=datetime(2026, 1, 5, 10, 0, tzinfo=UTC),
        actor="worker:host:1",
        action="submission.state",
        subject_id="7",
        data={"from": "received", "to": "checked"},
    )
    line = describe(entry)
    assert line.sentence == "Stav změněn: přijato → zkontrolováno"
    assert line.who == "systém – zpracování podání"
    assert (line.action, line.actor) == ("submission.state", "worker:host:1")
    assert line.data_json == '{"from": "received", "to": "checked"}'
