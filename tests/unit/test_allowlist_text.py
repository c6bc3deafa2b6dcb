"""The allow-list page's Czech wording of version reasons and left-out addresses, and the
state of a token against the newest version."""

from __future__ import annotations

import pytest

from intake.feed.overview import TokenState, profile_addresses, token_state
from intake.gate import NEEDS_OVERRIDE, NEVER_PUBLISHED
from intake.web.allowlist_text import WITHHELD_CS, reason_cs, withheld_cs


@pytest.mark.parametrize(
    ("stored", "czech"),
    [
        ("initial version", "Úvodní verze seznamu."),
        ("profile schedule", "Přepnutí profilu podle harmonogramu živého zpracování."),
        (
            "ready_for_review -> approved CSU-EP/2022/000004",
            "Podání CSU-EP/2022/000004: stav k posouzení → schváleno.",
        ),
        (
            "approved -> withdrawn CSU-EP/2022/000004",
            "Podání CSU-EP/2022/000004: stav schváleno → vzato zpět.",
        ),
        (
            "ready_for_review -> approved CSU-EP/2022/000007 (override of non_public_ip, "
            "too_many_test_ips: Laboratoř (budova B): adresy ověřeny telefonicky)",
            "Podání CSU-EP/2022/000007: stav k posouzení → schváleno. Schváleno s výjimkou "
            "(neveřejná IP adresa, příliš mnoho testovacích adres), odůvodnění: Laboratoř "
            "(budova B): adresy ověřeny telefonicky",
        ),
        (
            "correction of production_ips CSU-EP/2022/000002",
            "Oprava údaje „Adresy pro ostrý provoz“ podání CSU-EP/2022/000002.",
        ),
        (
            "profile override live: začíná živé zpracování",
            "Ruční nastavení profilu: ručně nastaven na LIVE. Důvod: začíná živé zpracování",
        ),
        (
            "profile override auto:",
            "Ruční nastavení profilu: podle harmonogramu živého zpracování.",
        ),
        ("something new", "something new"),
    ],
)
def test_reasons_read_as_czech_sentences(stored: str, czech: str) -> None:
    assert reason_cs(stored) == czech


def test_every_reason_an_address_is_left_out_has_czech_words() -> None:
    reasons = {why for _, why in NEVER_PUBLISHED} | {why for _, why in NEEDS_OVERRIDE}
    reasons |= {"invalid", "non-public"}
    assert reasons <= set(WITHHELD_CS), reasons - set(WITHHELD_CS)
    assert "nikdy" in withheld_cs("loopback")
    assert "výjimkou" in withheld_cs("documentation")


@pytest.mark.parametrize(
    ("revoked", "held", "fetched", "latest", "state"),
    [
        (True, 3, True, 3, TokenState.REVOKED),
        (False, None, False, 3, TokenState.NEVER),
        (False, None, True, 3, TokenState.NEVER),  # only the signature so far
        (False, 2, True, 3, TokenState.STALE),
        (False, 3, True, 3, TokenState.CURRENT),
    ],
)
def test_token_state(
    revoked: bool, held: int | None, fetched: bool, latest: int, state: TokenState
) -> None:
    assert token_state(revoked, held, fetched, latest) is state


def test_profile_addresses_count_distinct_addresses_per_profile() -> None:
    entries = [
        {"address": "198.51.100.7", "role": "production", "registry_number": "1"},
        {"address": "198.51.100.7", "role": "production", "registry_number": "2"},
        {"address": "203.0.113.9", "role": "test", "registry_number": "1"},
    ]
    assert profile_addresses(entries) == {"test": 2, "live": 1}
