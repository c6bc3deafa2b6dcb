"""The third-round held-out cases of hand "e" (tests/corpus/fresh/e###-…): the files on disk
are exactly what ``make_fresh_e`` makes, every label is well-formed and never the office's own,
and the part is varied. The extractor is deliberately not run here: these cases are only scored
at the end of the rule work (``python -m tests.corpus.accuracy --set heldout``).

The checks every part shares (numbering, files on disk, label form, loading) are in
test_corpus_parts.py; this module keeps what is particular to this part."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tests.corpus.fresh_e_common import Style
from tests.corpus.loader import FRESH_DIR
from tests.corpus.make_blind_a import labels_json, render
from tests.corpus.make_fresh_e import N0, PREFIX, all_cases
from tests.corpus.part_checks import messages, read_labels
from tests.corpus.parts import part_paths

SPECS = all_cases()
MESSAGES = messages(part_paths(FRESH_DIR, PREFIX))


def test_the_generator_is_deterministic_and_numbers_cases_from_n0() -> None:
    for n, case in enumerate(SPECS):
        name, raw = render(case, N0 + n)
        assert render(case, N0 + n) == (name, raw), case["id"]
        assert (FRESH_DIR / name).read_bytes() == raw, case["id"]
        assert labels_json(case) == labels_json(case)


def test_the_part_is_varied() -> None:
    styles = Counter(c["style"] for c in SPECS)
    assert set(styles) <= {s.value for s in Style}
    assert len(styles) >= 8, styles
    assert sum(p.suffix == ".xml" for p in MESSAGES) >= 5
    kinds = {kind for c in SPECS for kind, _, _ in c.get("attachments", [])}
    assert {"pdf", "docx", "xlsx", "odt", "rtf"} <= kinds, kinds
    raw = b"".join(p.read_bytes() for p in MESSAGES if p.suffix == ".eml")
    for marker in (
        b'format="flowed"',
        b"quoted-printable",
        b"multipart/alternative",
        b"windows-1250",
        b"iso-8859-2",
        b"multipart/signed",
    ):
        assert marker in raw, marker
    types = Counter(tuple(c["labels"]["request_types"]) for c in SPECS)
    assert len(types) == 3, types
    assert types[("feed_access",)] > len(SPECS) // 2, "mostly feed access"
    assert any(c["labels"]["organization"]["ico"] is None for c in SPECS)
    ips = [ip for c in SPECS for ip in c["labels"]["production_ips"] + c["labels"]["test_ips"]]
    assert any(":" in ip for ip in ips)


def test_a_data_box_label_names_the_envelope_sender() -> None:
    boxes = [c for c in SPECS if "databox" in c]
    assert len(boxes) >= 5
    for case in boxes:
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"], case["id"]


def test_no_two_applicants_share_an_address_or_an_ico() -> None:
    seen_ips = Counter(
        ip for c in SPECS for ip in c["labels"]["production_ips"] + c["labels"]["test_ips"]
    )
    assert [ip for ip, n in seen_ips.items() if n > 1] == []
    icos = Counter(c["labels"]["organization"]["ico"] for c in SPECS)
    assert [i for i, n in icos.items() if i is not None and n > 1] == []


@pytest.mark.parametrize("path", MESSAGES, ids=[p.stem for p in MESSAGES])
def test_the_organisation_is_named_without_surrounding_space(path: Path) -> None:
    org = read_labels(path)["organization"]
    assert org["name"] and org["name"].strip() == org["name"]
