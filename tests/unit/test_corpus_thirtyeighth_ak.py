"""The thirty-eighth held-out part ``ak`` (tests/corpus/thirtyeighth/ak###-…): what is particular
to this part — its emphasis on attachments, forms and data-box messages (every attachment kind
including forwarded .eml, cover notes and empty bodies, forms with box characters, brackets and
ANO/NE or YES/NO columns, at least twelve data messages with the application in the annotation,
in the file or in both, identifiers in letterheads and signatures), its label mix, and that every
generated file loads and every label is valid per tests/corpus/LABELS.md. The checks every part
shares are in test_corpus_parts.py. These cases were written by hand apart from the extraction
rules and are scored only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

import ipaddress
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from tests.corpus.label_rules import ico_valid
from tests.corpus.loader import parse_path
from tests.corpus.make_thirtyeighth_ak import PART, all_cases
from tests.corpus.part_checks import check_files_on_disk, check_labels, check_loads
from tests.corpus.parts import part_paths
from tests.corpus.thirtyeighth_ak_common import FEED, FILM, Style

OUT = PART.out
PATHS = part_paths(OUT, "ak")
MESSAGES = [p for p in PATHS if p.suffix in (".eml", ".xml")]
BOXES = re.compile(r"[☐☒☑✔✘]|\[[xX ]\]|\([xX ]\)")


def _text(case: dict) -> str:
    """Everything written in a case spec (body, HTML, subject, attachment contents)."""
    return repr({k: v for k, v in case.items() if k not in ("labels", "description")})


def test_the_files_on_disk_are_the_generators_output() -> None:
    assert len(all_cases()) == 42
    check_files_on_disk(PATHS, PART.files())


@pytest.mark.parametrize("path", MESSAGES, ids=lambda p: p.stem)
def test_every_message_loads(path: Path) -> None:
    assert parse_path(path).components
    check_loads(path)


@pytest.mark.parametrize("path", MESSAGES, ids=lambda p: p.stem)
def test_every_label_is_valid(path: Path) -> None:
    labels = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    check_labels(path.stem, labels, {s.value for s in Style})
    org, contact = labels["organization"], labels["contact"]
    assert org["ico"] is None or ico_valid(org["ico"])
    assert contact["phone"] is None or re.fullmatch(r"\+[1-9]\d{7,14}", contact["phone"])
    assert set(labels["request_types"]) <= {FEED, FILM}
    for ip in labels["production_ips"] + labels["test_ips"]:
        assert str(ipaddress.ip_address(ip)) == ip


def test_the_part_has_its_attachment_and_form_emphasis() -> None:
    """Every attachment kind, forwarded .eml, empty bodies, short covers, forms and tables."""
    cases = all_cases()
    mails = [c for c in cases if "databox" not in c]
    kinds = Counter(kind for c in cases for kind, _, _ in c.get("attachments", []))
    for kind in ("pdf", "docx", "odt", "xlsx", "rtf", "txt", "eml"):
        assert kinds[kind] >= 1, kind
    assert kinds["pdf"] >= 8 and kinds["docx"] >= 5 and kinds["xlsx"] >= 5
    assert sum(bool(c.get("attachments")) for c in mails) >= len(mails) - 3
    empty = [
        c
        for c in mails
        if not c.get("body", "x").strip() or "Odesláno z iPhonu" == (c.get("body", "").strip())
    ]
    assert len(empty) >= 3
    assert sum(bool(BOXES.search(_text(c))) for c in cases) >= 6
    assert sum("ANO" in _text(c) or "YES" in _text(c) for c in cases) >= 3
    assert (
        sum(
            any(
                k == "xlsx" and any(s.get("merge") for s in v)
                for k, _, v in c.get("attachments", [])
            )
            for c in cases
        )
        >= 3
    )
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 10
    for style in (Style.FORM, Style.TABLE, Style.CORRECTION, Style.EMPTY, Style.FOREIGN):
        assert styles[style] >= 3, style


def test_data_messages_carry_files_and_short_annotations() -> None:
    """At least twelve data messages, each with a file, an annotation of at most 255
    characters, the application in the annotation, the file or both, the label naming the
    envelope's sender box."""
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 12
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255, case["id"]
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
    styles = Counter(c["style"] for c in boxes)
    for style in (Style.DATABOX_NOTE, Style.DATABOX_FILE, Style.DATABOX_BOTH):
        assert styles[style] >= 3, style
    assert len({kind for c in boxes for kind, _, _ in c["attachments"]}) >= 5


def test_the_part_has_its_label_mix() -> None:
    """Every request-type combination, applicants without an IČO, IPv6 production and test
    addresses, a four-address block, production without test addresses, box IDs from a mail's
    letterhead or signature, phones from several countries, and contacts other than the
    sender."""
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] and types[(FILM,)] >= 3 and types[(FEED, FILM)] >= 3
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 2
    assert any(":" in ip for lab in labels for ip in lab["production_ips"])
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(len(lab["production_ips"]) >= 4 for lab in labels)
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 5
    mails = [c for c in cases if "databox" not in c]
    assert sum(bool(c["labels"]["organization"]["databox_id"]) for c in mails) >= 3
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+43", "+44", "+49"):
        assert any(p.startswith(country) for p in phones), country
    others = [c for c in mails if c["labels"]["contact"]["email"] not in c["from"]]
    assert len(others) >= 3
