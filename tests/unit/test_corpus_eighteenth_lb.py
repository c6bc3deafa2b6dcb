"""The eighteenth held-out part ``lb`` (tests/corpus/eighteenth/lb###-…): what is particular to
this part — its emphasis on attachments, forms and data-box messages (every office kind, text
files and forwarded .eml files, forms with ticked and unticked boxes and ANO/NE columns, data
messages with the application in the annotation, the file or both, cover notes that change the
attachment) and its label mix — plus that every file it writes loads and every label is valid
per tests/corpus/LABELS.md. These cases were written by hand apart from the extraction rules;
extraction is deliberately not run here (they are scored only at the end of the round)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tests.corpus.eighteenth_lb_1 import SK_REG
from tests.corpus.eighteenth_lb_common import FEED, FILM, Style
from tests.corpus.label_rules import ico_valid
from tests.corpus.loader import EIGHTEENTH_DIR
from tests.corpus.make_eighteenth_lb import N0, PREFIX, all_cases, files
from tests.corpus.part_checks import (
    check_files_on_disk,
    check_ids_numbered,
    check_labels,
    check_loads,
    messages,
    read_labels,
)
from tests.corpus.parts import part_paths

COUNT = 42
ON_DISK = messages(part_paths(EIGHTEENTH_DIR, PREFIX))
STYLES = {s.value for s in Style}
DATABOX_STYLES = {Style.DATABOX_ANNOTATION, Style.DATABOX_FILE, Style.DATABOX_BOTH}


def test_ids_are_numbered_and_the_generator_is_deterministic() -> None:
    ids = [c["id"] for c in all_cases()]
    check_ids_numbered(ids, PREFIX, COUNT)
    assert N0 == 4900
    assert files() == files()


def test_the_files_on_disk_are_exactly_what_the_generator_makes() -> None:
    check_files_on_disk(part_paths(EIGHTEENTH_DIR, PREFIX), files())
    assert {p.stem for p in ON_DISK} == {c["id"] for c in all_cases()}


@pytest.mark.parametrize("path", ON_DISK, ids=[p.stem for p in ON_DISK])
def test_every_file_loads_and_its_label_is_valid(path: Path) -> None:
    labels = read_labels(path)
    check_labels(path.stem, labels, STYLES)
    check_loads(path)
    ico = labels["organization"]["ico"]
    assert ico is None or ico_valid(ico)
    for ip in labels["production_ips"] + labels["test_ips"]:
        assert isinstance(ip, str)


def test_the_part_has_its_attachment_emphasis() -> None:
    """Every attachment kind, short or empty cover mails, .eml forwards, two attachments."""
    cases = all_cases()
    kinds = Counter(kind for c in cases for kind, _, _ in c.get("attachments", []))
    assert {"pdf", "docx", "odt", "xlsx", "rtf", "txt", "eml"} <= set(kinds), kinds
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
    assert sum(p.suffix == ".xml" for p in ON_DISK) == len(databox)
    assert {c["style"] for c in databox} == DATABOX_STYLES
    for case in databox:
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
        assert case.get("attachments"), f"{case['id']}: a data message carries a file"
    assert all(c["style"] not in DATABOX_STYLES for c in cases if "databox" not in c)


def test_the_part_has_its_label_mix() -> None:
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert set(types) == {(FEED,), (FILM,), (FEED, FILM)}, types
    assert types[(FILM,)] >= 5 and types[(FEED, FILM)] >= 8
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert sum(lab["organization"]["databox_id"] is not None for lab in labels) >= 15
    assert any(":" in ip for lab in labels for ip in lab["production_ips"])
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(not lab["test_ips"] for lab in labels if lab["production_ips"])
    assert len({c["style"] for c in cases}) >= 10


def test_a_registration_number_failing_the_checksum_is_not_labelled() -> None:
    """lb013's Slovak number is written as an IČO but fails the check digit: no IČO."""
    assert not ico_valid(SK_REG)
    (case,) = [c for c in all_cases() if c["id"].startswith("lb013")]
    assert case["labels"]["organization"]["ico"] is None


def test_the_raw_messages_mix_clients_charsets_and_wrappers() -> None:
    raw = b"".join(p.read_bytes() for p in ON_DISK)
    for marker in (
        b"windows-1250",
        b"iso-8859-2",
        b"multipart/signed",
        b"message/rfc822",
        b"text/html",
        b"Microsoft Outlook",
        b"Thunderbird",
        b"Apple Mail",
        b"Seznam Email",
        b"Roundcube",
        b"iPhone Mail",
        b"Zimbra",
        b"X-Gm-Message-State",
        b"<p:dmAnnotation>",
    ):
        assert marker in raw, marker
