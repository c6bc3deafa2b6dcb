"""The twentyseventh held-out part ``ub`` (tests/corpus/twentyseventh/ub###-…): what is particular
to this part — its emphasis on attachments, forms and data-box messages (applications in PDF,
DOCX, ODT, XLSX, RTF, TXT and forwarded .eml files behind short cover mails or empty bodies;
checkbox forms; tables with role columns, row headers and merged cells; at least twelve data
messages with the application in the annotation, in the file or both) and its label mix — plus
that every generated file loads and every label is valid per LABELS.md. These cases were written
by hand apart from the extraction rules and are scored only at the end of the round: extraction
is deliberately not run here."""

from __future__ import annotations

import ipaddress
import re
from collections import Counter
from pathlib import Path

import pytest

from tests.corpus.label_rules import ico_valid
from tests.corpus.loader import parse_path
from tests.corpus.make_twentyseventh_ub import PART, all_cases
from tests.corpus.parts import part_paths
from tests.corpus.twentyseventh_ub_common import FEED, FILM, Style

PATHS = [p for p in part_paths(PART.out, PART.prefix) if p.suffix in (".eml", ".xml")]
BOXES = ("☒", "☐", "☑", "■", "□", "[x]", "[ ]", "✔", "✘")


def _text(case: dict) -> str:
    """Everything written in a case: body, HTML, annotation and attachment contents."""
    parts = [case.get("body", ""), case.get("html", ""), case.get("subject", "")]
    parts += [repr(content) for _, _, content in case.get("attachments", [])]
    return "\n".join(parts)


def test_the_files_on_disk_are_what_the_generator_makes() -> None:
    expected = PART.files()
    on_disk = part_paths(PART.out, PART.prefix)
    assert sorted(p.name for p in on_disk) == sorted(expected)
    for path in on_disk:
        assert path.read_bytes() == expected[path.name], path.name


@pytest.mark.parametrize("path", PATHS, ids=[p.stem for p in PATHS])
def test_every_file_loads(path: Path) -> None:
    parsed = parse_path(path)
    assert parsed.components
    if path.suffix == ".xml":
        assert not parsed.problems, parsed.problems


def test_every_label_is_valid() -> None:
    for case in all_cases():
        lab = case["labels"]
        assert lab["request_types"] and set(lab["request_types"]) <= {FEED, FILM}, case["id"]
        ico = lab["organization"]["ico"]
        assert ico is None or (ico_valid(ico) and ico != "00025593"), case["id"]
        box = lab["organization"]["databox_id"]
        assert box is None or (re.fullmatch(r"[a-z0-9]{7}", box) and box != "2gfaasy")
        phone = lab["contact"]["phone"]
        assert phone is None or re.fullmatch(r"\+[1-9]\d{7,14}", phone), case["id"]
        for key in ("production_ips", "test_ips"):
            assert isinstance(lab[key], list)
            for ip in lab[key]:
                assert str(ipaddress.ip_address(ip)) == ip, ip
        if FEED not in lab["request_types"]:
            assert not lab["production_ips"] and not lab["test_ips"], case["id"]


def test_the_part_has_its_attachment_form_and_databox_emphasis() -> None:
    cases = all_cases()
    kinds = Counter(kind for c in cases for kind, _, _ in c.get("attachments", []))
    assert set(kinds) == {"pdf", "docx", "odt", "xlsx", "rtf", "txt", "eml"}, kinds
    assert sum(bool(c.get("attachments")) for c in cases) >= len(cases) - 2
    assert sum(c.get("body") == "" for c in cases) >= 2, "empty-bodied mails"
    assert sum(any(b in _text(c) for b in BOXES) for c in cases) >= 6, "checkbox forms"
    assert sum("ANO" in _text(c) for c in cases) >= 4
    databox = [c for c in cases if "databox" in c]
    assert len(databox) >= 12
    for case in databox:
        assert case["attachments"], case["id"]
        assert len(case["subject"]) <= 255, case["id"]
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 8 and set(styles) <= set(Style)


def test_the_part_has_its_label_mix() -> None:
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert set(types) == {(FEED,), (FILM,), (FEED, FILM)}, types
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert any(":" in ip for lab in labels for ip in lab["production_ips"])
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    assert any(not lab["test_ips"] for lab in labels if lab["production_ips"])
    mails = [c["labels"] for c in all_cases() if "databox" not in c]
    assert any(lab["organization"]["databox_id"] for lab in mails), "a box ID in a signature"
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+43", "+44", "+49"):
        assert any(p.startswith(country) for p in phones), country
