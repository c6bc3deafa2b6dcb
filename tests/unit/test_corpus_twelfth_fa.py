"""The twelfth held-out part ``fa`` (tests/corpus/twelfth/fa###-…): the files on disk are
exactly what its generator makes, every label is well-formed and never the office's own, every
message loads, the part is varied, and it has its e-mail emphasis (HTML-only mails, quoted
replies, forwards, corrections, foreign senders). Extraction is deliberately not run here: the
part is only scored at the end of the rule work."""

from __future__ import annotations

import email
import email.policy
import re
from pathlib import Path

import pytest

from tests.corpus import part_checks
from tests.corpus.make_twelfth_fa import PART, all_cases, files
from tests.corpus.parts import part_paths
from tests.corpus.twelfth_fa_common import FEED, FILM, Style

ON_DISK = part_paths(PART.out, PART.prefix)
MESSAGES = part_checks.messages(ON_DISK)


def test_ids_are_numbered_fa001_to_fa042() -> None:
    part_checks.check_ids_numbered([c["id"] for c in all_cases()], "fa", 42)


def test_the_files_on_disk_are_what_the_generator_makes() -> None:
    part_checks.check_files_on_disk(ON_DISK, files())


def test_the_generator_is_deterministic() -> None:
    assert files() == files()


@pytest.mark.parametrize("path", MESSAGES, ids=[p.stem for p in MESSAGES])
def test_every_label_is_well_formed(path: Path) -> None:
    part_checks.check_labels(path.stem, part_checks.read_labels(path), set(Style))


@pytest.mark.parametrize("path", MESSAGES, ids=[p.stem for p in MESSAGES])
def test_every_message_loads(path: Path) -> None:
    part_checks.check_loads(path)


@pytest.mark.parametrize(
    "path", [p for p in MESSAGES if p.suffix == ".eml"], ids=lambda p: str(p.stem)
)
def test_the_sender_header_is_one_example_address(path: Path) -> None:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    addresses = msg["From"].addresses
    assert len(addresses) == 1 and addresses[0].domain.endswith(".example")


def test_the_part_is_varied() -> None:
    cases = all_cases()
    assert len({c["style"] for c in cases}) >= 8
    kinds = {kind for c in cases for kind, _, _ in c.get("attachments", [])}
    assert {"pdf", "docx", "xlsx", "odt", "rtf", "txt"} <= kinds
    databox = [c for c in cases if "databox" in c]
    assert len(databox) >= 2
    for case in databox:
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
        assert case.get("attachments"), "a data message needs an attached file"
    types = {tuple(c["labels"]["request_types"]) for c in cases}
    assert types == {(FEED,), (FILM,), (FEED, FILM)}
    labels = [c["labels"] for c in cases]
    assert any(lab["organization"]["ico"] is None for lab in labels)
    assert any(":" in ip for lab in labels for ip in lab["production_ips"])
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(not lab["test_ips"] for lab in labels if lab["production_ips"])


def test_the_part_has_its_e_mail_emphasis() -> None:
    """HTML-only mails, quoted histories, forwards, replies, corrections, follow-ups and
    foreign senders, from many mail clients."""
    cases = all_cases()
    assert sum("html" in c and "body" not in c for c in cases) >= 3
    assert sum(bool(re.search(r"^>", c.get("body", ""), re.M)) for c in cases) >= 3
    styles = {c["style"] for c in cases}
    assert {Style.FORWARD, Style.REPLY, Style.CORRECTION, Style.FOLLOWUP, Style.FOREIGN} <= styles
    clients = {v for c in cases for _, v in c.get("headers", [])}
    assert len(clients) >= 8
