"""The twenty-third held-out part ``qc`` (tests/corpus/twentythird/qc###-…): what is particular
to this part — its emphasis on unusual applicants and wording (foreign media in their own
languages, freelancers, universities and institutes, municipalities, agencies, IT contractors
writing for a medium, terse notes and long letters), its addresses (ranges, CIDR blocks,
netmasks, order words, IPv6, replaced, temporary and internal hosts), its request types
(declined, withdrawn, conditional, for a later election, filming only) and its data messages;
plus that every file loads and every label is valid per LABELS.md. These cases were written by
hand apart from the extraction rules and are scored only at the end of the round: extraction is
deliberately not run here."""

from __future__ import annotations

import ipaddress
import re
from collections import Counter
from pathlib import Path

import pytest

from tests.corpus.heldout_docs import BUILDERS
from tests.corpus.label_rules import ico_valid
from tests.corpus.loader import TWENTYTHIRD_DIR, parse_path
from tests.corpus.make_twentythird_qc import N0, PREFIX, all_cases, files
from tests.corpus.part_checks import check_files_on_disk, check_labels, messages, read_labels
from tests.corpus.parts import part_paths
from tests.corpus.twentythird_qc_common import FEED, FILM, Style

CASES = all_cases()
PATHS = messages(part_paths(TWENTYTHIRD_DIR, PREFIX))
STYLES = {s.value for s in Style}


def _text(case: dict) -> str:
    """Everything the applicant wrote that is plain text in the spec (body, HTML, subject)."""
    return " ".join(str(case.get(k, "")) for k in ("subject", "body", "html"))


def test_the_part_has_42_cases_numbered_from_its_offset() -> None:
    assert len(CASES) == 42 and N0 == 6500 and PREFIX == "qc"
    assert [c["id"][:5] for c in CASES] == [f"qc{n:03d}" for n in range(1, 43)]
    assert all(re.fullmatch(r"qc\d{3}-[a-z0-9-]+", c["id"]) for c in CASES)


def test_the_files_on_disk_are_what_the_generator_makes() -> None:
    check_files_on_disk(part_paths(TWENTYTHIRD_DIR, PREFIX), files())
    assert len(PATHS) == 42


@pytest.mark.parametrize("path", PATHS, ids=[p.stem for p in PATHS])
def test_every_file_loads(path: Path) -> None:
    parsed = parse_path(path)
    assert parsed.components
    if path.suffix == ".xml":
        assert not parsed.problems, parsed.problems


@pytest.mark.parametrize("path", PATHS, ids=[p.stem for p in PATHS])
def test_every_label_is_valid(path: Path) -> None:
    """LABELS.md: IČO checksum, E.164 phones, lists of canonical addresses, the two request
    types, never the office's own data."""
    labels = read_labels(path)
    check_labels(path.stem, labels, STYLES)
    ico = labels["organization"]["ico"]
    assert ico is None or ico_valid(ico)
    phone = labels["contact"]["phone"]
    assert phone is None or re.fullmatch(r"\+[1-9]\d{7,14}", phone)
    for key in ("production_ips", "test_ips"):
        assert isinstance(labels[key], list)
        for ip in labels[key]:
            assert str(ipaddress.ip_address(ip)) == ip
    assert set(labels["request_types"]) <= {FEED, FILM}


def test_the_part_has_its_unusual_applicants() -> None:
    """Foreign media in at least seven languages, freelancers, institutions, municipalities,
    agencies and contractors; at least 4 data messages; every style used."""
    styles = Counter(c["style"] for c in CASES)
    assert set(styles) == STYLES, set(STYLES) - set(styles)
    assert styles[Style.FOREIGN] >= 8
    for style in (Style.FREELANCE, Style.INSTITUTION, Style.MUNICIPAL, Style.AGENCY):
        assert styles[style] >= 2, style
    assert sum("databox" in c for c in CASES) >= 4
    languages = {
        "de": "Mit freundlichen Grüßen",
        "pl": "Z poważaniem",
        "hu": "Üdvözlettel",
        "fr": "Madame, Monsieur",
        "es": "Atentamente",
        "no": "Vennlig hilsen",
        "it": "Cordiali saluti",
        "nl": "Met vriendelijke groet",
        "sk": "Dobrý deň",
        "en": "Dear Sir or Madam",
    }
    for lang, marker in languages.items():
        assert any(marker in _text(c) for c in CASES), lang
    foreign = [c["labels"] for c in CASES if c["style"] == Style.FOREIGN]
    assert sum(lab["organization"]["ico"] is None for lab in foreign) >= 6


def test_the_part_has_its_unusual_addresses() -> None:
    """Ranges, CIDR blocks, netmasks, order words, IPv6 in both roles, internal, replaced and
    temporary hosts that stay out of the labels, and blocks expanded to their addresses."""
    text = " ".join(_text(c) for c in CASES)
    for pattern in (
        r"\d+\.\d+\.\d+\.\d+/3[01]",
        r"::\w+/127",
        r"255\.255\.255\.25[24]",
        r"\d+\.\d+\.\d+\.\d+-\d+\b",
        r"\d+\.\d+\.\d+\.\d+–\d+\b",
        r"první je produkční, druhá",
        r"respectively",
        r"resp\. testovací",
        r"10\.\d+\.\d+\.\d+",
    ):
        assert re.search(pattern, text) or any(
            re.search(pattern, str(c.get("attachments"))) for c in CASES
        ), pattern
    labels = [c["labels"] for c in CASES]
    every_ip = [ip for lab in labels for ip in lab["production_ips"] + lab["test_ips"]]
    assert not any(ip.startswith("10.") for ip in every_ip), "internal hosts are never labelled"
    assert "198.51.100.70" not in every_ip and "198.51.100.9" not in every_ip
    assert any(":" in ip for lab in labels for ip in lab["production_ips"])
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert sum(len(lab["production_ips"]) == 4 for lab in labels) >= 3


def test_the_part_has_its_request_type_mix() -> None:
    """Every combination, several film-only cases (declined, withdrawn, later election)."""
    types = Counter(tuple(c["labels"]["request_types"]) for c in CASES)
    assert set(types) == {(FEED,), (FILM,), (FEED, FILM)}
    assert types[(FILM,)] >= 6 and types[(FEED, FILM)] >= 4
    for case in CASES:
        lab = case["labels"]
        if FEED not in lab["request_types"]:
            assert not lab["production_ips"] and not lab["test_ips"], case["id"]


def test_the_part_mixes_encodings_and_attachments() -> None:
    raw = b"".join(p.read_bytes() for p in PATHS)
    for marker in (
        b"windows-1250",
        b"iso-8859-2",
        b'format="flowed"',
        b"Content-Transfer-Encoding: base64",
        b"quoted-printable",
        b"multipart/alternative",
        b"multipart/signed",
        b"message/rfc822",
        b"text/html",
    ):
        assert marker in raw, marker
    kinds = {kind for c in CASES for kind, _, _ in c.get("attachments", [])}
    assert set(BUILDERS) | {"eml"} <= kinds, kinds
