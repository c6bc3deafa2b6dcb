"""The eighteenth held-out part ``lb`` (tests/corpus/eighteenth/lb###-…): what is particular to
this part — its emphasis on attachments, forms and data-box messages (an attachment behind almost
every mail, an empty cover mail, two attachments in one case, forms with ticked and unticked
boxes and ANO/NE columns, at least twelve data messages with the application in the annotation,
the file or both, each with a file) and its label mix (more filming and both-type requests, IČOs
failing the checksum left out, many box IDs, an IPv6 test address, at least ten styles). The
checks every part shares (ids, files, labels, loading, variety, the sender header, the sender
box, the attachment kinds, office MIME types, charsets, wrappers and mail clients of its ``Part``
record) are in test_corpus_parts.py. These cases were written by hand apart from the extraction
rules; extraction is deliberately not run here (they are scored only at the end of the round)."""

from __future__ import annotations

from collections import Counter

from tests.corpus.eighteenth_lb_1 import SK_REG
from tests.corpus.eighteenth_lb_common import FEED, FILM, Style
from tests.corpus.label_rules import ico_valid
from tests.corpus.make_eighteenth_lb import all_cases

DATABOX_STYLES = {Style.DATABOX_ANNOTATION, Style.DATABOX_FILE, Style.DATABOX_BOTH}


def test_the_part_has_its_attachment_emphasis() -> None:
    """Attachments behind almost every mail, an empty cover mail, two attachments in a case."""
    cases = all_cases()
    mails = [c for c in cases if "databox" not in c]
    assert sum(bool(c.get("attachments")) for c in mails) >= len(mails) - 3
    assert any(c.get("body", "x").strip() == "" for c in mails), "an empty cover mail"
    assert any(len(c.get("attachments", [])) >= 2 for c in cases)


def test_the_part_has_forms_with_boxes_and_yes_no_columns() -> None:
    raw = repr(all_cases())
    for marker in ("☒", "☐", "☑", "[x]", "[ ]", "ANO", "NE"):
        assert marker in raw, marker
    assert sum(c["style"] == Style.FORM for c in all_cases()) >= 4


def test_the_part_has_enough_data_messages_of_each_kind() -> None:
    cases = all_cases()
    databox = [c for c in cases if "databox" in c]
    assert len(databox) >= 12
    assert {c["style"] for c in databox} == DATABOX_STYLES
    for case in databox:
        assert case.get("attachments"), f"{case['id']}: a data message carries a file"
    assert all(c["style"] not in DATABOX_STYLES for c in cases if "databox" not in c)


def test_the_part_has_its_label_mix() -> None:
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FILM,)] >= 5 and types[(FEED, FILM)] >= 8, types
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert sum(lab["organization"]["databox_id"] is not None for lab in labels) >= 15
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert len({c["style"] for c in cases}) >= 10


def test_a_registration_number_failing_the_checksum_is_not_labelled() -> None:
    """lb013's Slovak number is written as an IČO but fails the check digit: no IČO."""
    assert not ico_valid(SK_REG)
    (case,) = [c for c in all_cases() if c["id"].startswith("lb013")]
    assert case["labels"]["organization"]["ico"] is None
