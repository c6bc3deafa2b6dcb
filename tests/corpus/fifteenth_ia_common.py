"""Shared vocabulary of the fifteenth held-out part ``ia``: its styles (a closed set, the one
its writer's test listed), so the shared part checks (tests/unit/test_corpus_parts.py) can hold
every ``ia`` label's style to it.

These cases were written by hand apart from the extraction rules: score them only at the end of
the fifteenth round, never tune against them."""

from __future__ import annotations

from enum import StrEnum


class Style(StrEnum):
    """How an ``ia`` application is written."""

    MOBILE = "mobile"
    CHATTY = "chatty"
    HTML = "html"
    OUTLOOK = "outlook"
    GMAIL = "gmail"
    THUNDERBIRD = "thunderbird"
    APPLE_MAIL = "apple-mail"
    FORMAL = "formal"
    FOREIGN = "foreign"
    FORWARD = "forward"
    REPLY = "reply"
    CORRECTION = "correction"
    ATTACHMENT = "attachment"
    DATABOX = "databox"
    WEBMAIL = "webmail"
