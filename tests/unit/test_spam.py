"""Whose spam mark counts (intake/spam.py): only one written above the trusted relay's
Received line diverts an e-mail; the sender can neither divert his own filing nor escape the
relay's mark; configuration keys and the composition root's rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from intake.bootstrap import spam_rules
from intake.config import load_settings
from intake.errors import ConfigurationError
from intake.model import Channel
from intake.spam import SpamMark, SpamRule, spam_mark, summary, value_is_spam
from tests.spammail import RELAY, spam_eml

RULE = SpamRule(RELAY)


def test_the_relays_mark_above_its_received_line_diverts() -> None:
    assert spam_mark(spam_eml(1), Channel.EMAIL, RULE) == SpamMark("X-Spam-Flag", "YES", RELAY)


def test_a_mark_the_sender_wrote_below_the_relays_line_does_not_divert() -> None:
    own = spam_eml(1, above=None, below="YES")
    assert spam_mark(own, Channel.EMAIL, RULE) is None
    # nor does a Received line of his own naming the trusted relay, with the mark above it
    forged = spam_eml(2, above=None, below="YES", forged_received=True)
    assert spam_mark(forged, Channel.EMAIL, RULE) is None


def test_the_sender_cannot_escape_the_relays_mark() -> None:
    # his own "NO" (below the relay's line, or above a forged one) is not read
    assert spam_mark(spam_eml(1, below="NO"), Channel.EMAIL, RULE) is not None
    forged = spam_eml(2, below="NO", forged_received=True)
    assert spam_mark(forged, Channel.EMAIL, RULE) is not None
    # the relay's "NO" is no mark
    assert spam_mark(spam_eml(3, above="NO", below="YES"), Channel.EMAIL, RULE) is None


def test_without_a_trusted_relay_nothing_is_diverted() -> None:
    assert spam_mark(spam_eml(1), Channel.EMAIL, SpamRule(None)) is None
    assert spam_mark(spam_eml(1), Channel.EMAIL, None) is None
    # a relay that is not the trusted one
    assert spam_mark(spam_eml(1, relay="mx.cizi.example"), Channel.EMAIL, RULE) is None
    # the diversion turned off
    assert spam_mark(spam_eml(1), Channel.EMAIL, SpamRule(RELAY, values=())) is None


def test_data_messages_are_never_diverted() -> None:
    assert spam_mark(spam_eml(1), Channel.DATABOX, RULE) is None


def test_header_and_values_are_configurable_and_compared_without_case() -> None:
    rspamd = SpamRule(RELAY.upper() + ".", header="x-spam", values=("yes",))
    assert spam_mark(spam_eml(1, header="X-Spam", above="Yes"), Channel.EMAIL, rspamd)
    assert spam_mark(spam_eml(1), Channel.EMAIL, rspamd) is None  # other header
    assert value_is_spam("Yes, score=7.1 required=5.0", ("YES",))
    assert value_is_spam(" yes ", ("YES",))
    assert not value_is_spam("Yesterday", ("YES",))
    assert not value_is_spam("No, score=0.1", ("YES",))


def test_summary_gives_sender_subject_and_the_beginning_of_the_text() -> None:
    shown = summary(spam_eml(4, body="Dobrý den,\r\n\r\n  " + "slovo " * 200), Channel.EMAIL)
    assert shown.sender == "Obchodník 4 <obchod4@odesilatel.example>"
    assert shown.subject == "Výhodná nabídka"
    assert shown.preview.startswith("Dobrý den, slovo slovo")
    assert shown.preview.endswith("…") and len(shown.preview) <= 401


def _config(tmp_path: Path, body: str) -> Path:
    f = tmp_path / "podatelna.toml"
    f.write_text('mode = "development"\n' + body, encoding="utf-8")
    return f


def test_configuration_per_source(tmp_path: Path) -> None:
    settings = load_settings(
        _config(
            tmp_path,
            '[[source]]\nkind = "dropfolder"\nname = "drop"\npath = "in"\n'
            'trusted_mx = "mx.podatelna.example"\n'
            '[[source]]\nkind = "imap"\nname = "mail"\nhost = "h"\nusername = "u"\n'
            'spam_header = "X-Spam"\nspam_values = ["Yes", "True"]\n'
            '[[source]]\nkind = "databox"\nname = "box"\n',
        )
    )
    assert spam_rules(settings) == {
        "drop": SpamRule("mx.podatelna.example", "X-Spam-Flag", ("YES",)),
        "mail": SpamRule(None, "X-Spam", ("Yes", "True")),
    }


@pytest.mark.parametrize(
    "body",
    [
        '[[source]]\nkind = "imap"\nname = "m"\nhost = "h"\nusername = "u"\n'
        'spam_header = "X-Spam Flag:"\n',
        '[[source]]\nkind = "dropfolder"\nname = "d"\npath = "in"\nspam_values = [" "]\n',
        # a data box has no such headers: the keys are refused there
        '[[source]]\nkind = "databox"\nname = "b"\nspam_header = "X-Spam-Flag"\n',
    ],
)
def test_bad_spam_configuration_is_refused(tmp_path: Path, body: str) -> None:
    with pytest.raises(ConfigurationError):
        load_settings(_config(tmp_path, body))


@pytest.mark.parametrize(
    ("action", "data", "subject", "expected"),
    [
        (
            "spam.kept",
            {"header": "X-Spam-Flag", "value": "YES", "relay": RELAY, "channel": "email"},
            "3",
            "Zpráva č. 3 označená poštovním serverem jako nevyžádaná pošta (X-Spam-Flag: YES "
            "od mx.podatelna.example) uložena bez zaevidování",
        ),
        (
            "spam.released",
            {"registry_number": "CSU-EP/2022/000009", "submission_id": 9},
            "3",
            "Zpráva č. 3 z nevyžádané pošty zaevidována jako podání pod evidenčním číslem "
            "CSU-EP/2022/000009",
        ),
        (
            "spam.dismissed",
            {"sha256": "ab" * 32},
            "4",
            "Zpráva č. 4 z nevyžádané pošty posouzena: není podání (zůstává uložena)",
        ),
        (
            "submission.released_from_spam",
            {
                "spam_id": 3,
                "registry_number": "CSU-EP/2022/000009",
                "header": "X-Spam-Flag",
                "value": "YES",
                "relay": RELAY,
            },
            "9",
            "Zpráva č. 3 z nevyžádané pošty (X-Spam-Flag: YES od mx.podatelna.example) "
            "zaevidována jako podání pod evidenčním číslem CSU-EP/2022/000009 s původním "
            "časem doručení",
        ),
    ],
)
def test_history_sentences(
    action: str, data: dict[str, object], subject: str, expected: str
) -> None:
    from intake.web.history import sentence

    assert sentence(action, data, subject) == expected
