"""The fifteenth held-out part ``ib`` (tests/corpus/fifteenth/ib###-…): ids numbered in order,
the files on disk exactly what the generator makes (and the same bytes on every run), every
label well-formed and never the office's own, every message loads, and the variety of this
part — its emphasis on attachments, forms and data-box messages. Extraction is deliberately not
run here: the set is only scored at the very end of the rule work."""

from __future__ import annotations

import email
import email.policy
import ipaddress
from pathlib import Path

import pytest

from tests.corpus import part_checks
from tests.corpus.make_fifteenth_ib import PART, all_cases, files
from tests.corpus.parts import part_paths

STYLES = {
    "form",
    "letter",
    "databox",
    "spreadsheet",
    "outlook",
    "plain",
    "gmail",
    "forward",
    "reply",
    "html",
    "signed",
}
CASES = all_cases()


def test_ids_are_numbered_in_order() -> None:
    part_checks.check_ids_numbered([c["id"] for c in CASES], "ib", 42)


def test_files_on_disk_are_what_the_generator_makes() -> None:
    first = files()
    assert files() == first
    part_checks.check_files_on_disk(part_paths(PART.out, PART.prefix), first)


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_label_is_well_formed_and_message_loads(case: dict[str, object]) -> None:
    path = PART.out / f"{case['id']}.{'xml' if 'databox' in case else 'eml'}"
    labels = part_checks.read_labels(path)
    part_checks.check_labels(str(case["id"]), labels, STYLES)
    part_checks.check_loads(path)


def test_data_messages_name_their_sender_box_and_carry_a_file() -> None:
    boxes = [c for c in CASES if "databox" in c]
    assert len(boxes) >= 4
    for case in boxes:
        assert case["attachments"], case["id"]
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]


def test_the_part_is_varied() -> None:
    assert len({c["style"] for c in CASES}) >= 8
    kinds = {kind for c in CASES for kind, _, _ in c.get("attachments", [])}
    assert {"docx", "pdf", "xlsx", "odt", "rtf", "txt"} <= kinds
    assert sum(bool(c.get("attachments")) for c in CASES) >= 35
    combos = {tuple(sorted(c["labels"]["request_types"])) for c in CASES}
    assert combos == {("feed_access",), ("recording_permit",), ("feed_access", "recording_permit")}
    labels = [c["labels"] for c in CASES]
    assert any(lab["organization"]["ico"] is None for lab in labels)
    assert any(lab["production_ips"] and not lab["test_ips"] for lab in labels)
    assert any(
        ipaddress.ip_address(ip).version == 6 for lab in labels for ip in lab["production_ips"]
    )


def test_out_dir_is_the_fifteenth_set() -> None:
    assert PART.out == Path(__file__).parents[1] / "corpus" / "fifteenth"
    assert PART.n0 == 4000


def test_every_sender_header_is_one_example_address() -> None:
    for path in PART.out.glob("ib[0-9][0-9][0-9]-*.eml"):
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        addresses = msg["From"].addresses
        assert len(addresses) == 1, path.name
        assert addresses[0].domain.endswith(".example"), path.name
