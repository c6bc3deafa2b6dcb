"""The thirteenth held-out part with prefix ``gb`` (tests/corpus/thirteenth/gb###-…): the files
on disk are exactly what its generator makes, every label is well-formed and never the
office's own, every message loads, and the part is varied with its emphasis on attachments,
forms and data-box messages. Extraction is deliberately not run here: the set is only scored
at the end of the rule work."""

from __future__ import annotations

import email
import email.policy
import ipaddress
from collections import Counter
from email.utils import getaddresses
from pathlib import Path

import pytest

from tests.corpus import make_thirteenth_gb
from tests.corpus.make_heldout import labels_json
from tests.corpus.part_checks import (
    check_files_on_disk,
    check_ids_numbered,
    check_labels,
    check_loads,
    messages,
    read_labels,
)
from tests.corpus.parts import part_paths
from tests.corpus.thirteenth_gb_common import Style

PART = make_thirteenth_gb.PART
SPECS = PART.cases()
STYLES = frozenset(s.value for s in Style)
ON_DISK = part_paths(PART.out, PART.prefix)


def test_ids_are_numbered_in_order() -> None:
    check_ids_numbered([c["id"] for c in SPECS], "gb", 42)


def test_the_files_on_disk_are_what_the_generator_makes() -> None:
    check_files_on_disk(ON_DISK, PART.files())


def test_the_generator_is_deterministic() -> None:
    assert PART.files() == PART.files()


@pytest.mark.parametrize("path", messages(ON_DISK), ids=lambda p: p.stem)
def test_labels_are_well_formed_and_messages_load(path: Path) -> None:
    labels = read_labels(path)
    check_labels(path.stem, labels, STYLES)
    check_loads(path)


def test_labels_on_disk_are_the_specs() -> None:
    for case in SPECS:
        on_disk = (PART.out / f"{case['id']}.json").read_text(encoding="utf-8")
        assert on_disk == labels_json(case)


def test_an_e_mail_sender_header_is_one_example_address() -> None:
    for path in ON_DISK:
        if path.suffix != ".eml":
            continue
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.SMTP)
        senders = getaddresses([str(msg["From"])])
        assert len(senders) == 1, path.name
        assert senders[0][1].endswith(".example"), (path.name, senders)


def test_a_data_message_label_names_its_sender_box() -> None:
    for case in SPECS:
        if "databox" in case:
            assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
            assert case.get("attachments"), case["id"]


def test_the_part_is_varied_with_its_attachment_emphasis() -> None:
    styles = Counter(c["style"] for c in SPECS)
    assert len(styles) >= 8, styles
    kinds = {kind for c in SPECS for kind, _, _ in c.get("attachments", [])}
    assert {"docx", "pdf", "xlsx", "odt", "rtf", "txt"} <= kinds
    assert sum("databox" in c for c in SPECS) >= 6
    assert all(c.get("attachments") for c in SPECS)
    combos = {tuple(c["labels"]["request_types"]) for c in SPECS}
    assert {("feed_access",), ("recording_permit",), ("feed_access", "recording_permit")} <= combos
    labels = [c["labels"] for c in SPECS]
    assert any(lab["organization"]["ico"] is None for lab in labels)
    assert any(
        ipaddress.ip_address(ip).version == 6 for lab in labels for ip in lab["production_ips"]
    )
    assert any(lab["production_ips"] and not lab["test_ips"] for lab in labels)


def test_no_two_applicants_share_an_ico() -> None:
    owners: dict[str, set[str]] = {}
    for case in SPECS:
        org = case["labels"]["organization"]
        if org["ico"]:
            owners.setdefault(org["ico"], set()).add(org["name"].casefold())
    assert all(len(names) == 1 for names in owners.values()), owners
