"""The twentyfourth held-out part ``rb`` (tests/corpus/twentyfourth/rb###-…): what is particular
to this part — its emphasis on attachments, forms and data messages (every attachment kind incl.
a forwarded .eml, empty or near-empty bodies, checkbox forms with unticked boxes, [x]/[ ] and
ANO/NE answers, cover notes amending the attached file, at least twelve data messages with the
application in the annotation only, in the file only and in both) and its label mix — plus that
every generated file loads and every label is valid per tests/corpus/LABELS.md. These cases were
written by hand apart from the extraction rules and are scored only at the end of the round:
extraction is deliberately not run here."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from tests.corpus.make_twentyfourth_rb import PART, all_cases
from tests.corpus.part_checks import (
    check_files_on_disk,
    check_ids_numbered,
    check_labels,
    check_loads,
    messages,
    read_labels,
)
from tests.corpus.parts import part_paths
from tests.corpus.twentyfourth_rb_common import EMPTY, FEED, FILM, TICK, TICK2, Style

STYLES = frozenset(s.value for s in Style)
PATHS = messages(part_paths(PART.out, PART.prefix))


def _text(value: Any) -> str:
    """Every string inside a case spec or attachment content, joined."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return "\n".join(_text(v) for v in value.values())
    if isinstance(value, list | tuple):
        return "\n".join(_text(v) for v in value)
    return ""


def test_the_part_has_42_numbered_cases_and_its_files_on_disk() -> None:
    ids = [c["id"] for c in all_cases()]
    check_ids_numbered(ids, "rb", 42)
    check_files_on_disk(part_paths(PART.out, PART.prefix), PART.files())
    assert PART.n0 == 6700 and PART.files() == PART.files()


@pytest.mark.parametrize("path", PATHS, ids=[p.stem for p in PATHS])
def test_every_file_loads_and_its_label_is_valid(path: Any) -> None:
    check_labels(path.stem, read_labels(path), STYLES)
    check_loads(path)


def test_every_attachment_kind_and_bodies_that_say_nothing() -> None:
    cases = all_cases()
    kinds = Counter(kind for c in cases for kind, _, _ in c.get("attachments", []))
    for kind in ("pdf", "docx", "odt", "xlsx", "rtf", "txt", "eml"):
        assert kinds[kind] >= 1, kind
    mails = [c for c in cases if "databox" not in c]
    assert sum(bool(c.get("attachments")) for c in mails) >= 20
    assert any(c.get("body") == "" for c in mails), "an empty body"
    styles = Counter(c["style"] for c in cases)
    for style in (Style.EMPTY_BODY, Style.AMENDING_NOTE, Style.FORWARDED_EML):
        assert styles[style] >= 2, style
    assert len(styles) >= 10


def test_forms_have_ticked_and_unticked_answers() -> None:
    texts = [_text(c) for c in all_cases()]
    assert any(EMPTY in t and (TICK in t or TICK2 in t) for t in texts)
    assert any("[x]" in t and "[ ]" in t for t in texts)
    assert sum("ANO" in t and ("NE" in t.split()) for t in texts) >= 1
    assert Counter(c["style"] for c in all_cases())[Style.FORM] >= 4


def test_at_least_twelve_data_messages_of_every_shape() -> None:
    box = [c for c in all_cases() if "databox" in c]
    assert len(box) >= 12
    styles = Counter(c["style"] for c in box)
    assert styles[Style.DATABOX_ANNOTATION] >= 3 and styles[Style.DATABOX_FILE] >= 5
    assert styles[Style.DATABOX_BOTH] >= 3
    for case in box:
        assert len(case["subject"]) <= 255, "dmAnnotation holds at most 255 characters"
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
        assert case.get("attachments"), "ISDS carries at least one file in every message"
        if case["style"] == Style.DATABOX_ANNOTATION:
            files = _text([content for _, _, content in case["attachments"]])
            lab = case["labels"]
            for value in (*lab["production_ips"], *lab["test_ips"], lab["contact"]["phone"]):
                assert value is None or value not in files, (case["id"], value)
    kinds = {kind for c in box for kind, _, _ in c.get("attachments", [])}
    assert {"pdf", "docx", "xlsx", "odt", "rtf", "txt"} <= kinds
    assert len({c["databox"]["type"] for c in box}) >= 3


def test_the_part_has_its_label_mix() -> None:
    """All three request-type combinations, declined and withdrawn requests, applicants
    without an IČO, IPv6 on both roles, a netmask block of four, box IDs in mail
    signatures or letterheads, phones from five countries."""
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 15 and types[(FILM,)] >= 4 and types[(FEED, FILM)] >= 8, types
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 4
    assert any(":" in ip for lab in labels for ip in lab["production_ips"])
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    assert any(lab["production_ips"] and not lab["test_ips"] for lab in labels)
    mails = [c["labels"] for c in all_cases() if "databox" not in c]
    assert sum(bool(lab["organization"]["databox_id"]) for lab in mails) >= 3
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+43", "+48", "+49"):
        assert any(phone.startswith(country) for phone in phones), country


def test_the_raw_messages_carry_the_parts_mail_mix() -> None:
    raw = b"".join(p.read_bytes() for p in PATHS)
    for marker in (
        b"multipart/signed",
        b"message/rfc822",
        b"windows-1250",
        b"iso-8859-2",
        b"text/html",
        b"multipart/alternative",
        b"Content-Transfer-Encoding: base64",
        b"Microsoft Outlook",
        b"Thunderbird",
        b"Apple Mail",
        b"iPhone Mail",
        b"Seznam Email",
        b"Roundcube",
        b"Zimbra",
        b"Outlook on the web",
        b"K-9 Mail for Android",
    ):
        assert marker in raw, marker
