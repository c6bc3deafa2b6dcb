"""The sixteenth held-out part ``jc`` (tests/corpus/sixteenth/jc###-…): the files on disk are
exactly what its generator makes, every label is well-formed and never the office's own, every
message loads, and the part is varied with its emphasis on unusual applicants (foreign media,
freelancers, universities, municipalities, agencies and contractors). Extraction is deliberately
not run here: the part is scored only at the end of the rule work."""

from __future__ import annotations

import pytest

from tests.corpus import part_checks
from tests.corpus.make_sixteenth_jc import PART, all_cases, files
from tests.corpus.parts import part_paths
from tests.corpus.sixteenth_jc_common import FEED, FILM, Style

CASE_COUNT = 42


def test_ids_are_numbered_in_order() -> None:
    part_checks.check_ids_numbered([c["id"] for c in all_cases()], PART.prefix, CASE_COUNT)


def test_files_on_disk_are_what_the_generator_makes() -> None:
    part_checks.check_files_on_disk(part_paths(PART.out, PART.prefix), files())


def test_the_generator_is_deterministic() -> None:
    assert files() == files()


@pytest.mark.parametrize("case", all_cases(), ids=lambda c: c["id"])
def test_labels_are_well_formed(case: dict[str, object]) -> None:
    path = PART.out / f"{case['id']}.json"
    part_checks.check_labels(path.stem, part_checks.read_labels(path), set(Style))


@pytest.mark.parametrize("case", all_cases(), ids=lambda c: c["id"])
def test_every_message_loads(case: dict[str, object]) -> None:
    suffix = ".xml" if "databox" in case else ".eml"
    part_checks.check_loads(PART.out / f"{case['id']}{suffix}")


def test_a_data_message_carries_a_file_and_names_its_box() -> None:
    boxed = [c for c in all_cases() if "databox" in c]
    assert len(boxed) >= 2
    for case in boxed:
        assert case["attachments"], case["id"]
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]


def test_the_part_is_varied() -> None:
    cases = all_cases()
    assert len({c["style"] for c in cases}) >= 8
    kinds = {kind for c in cases for kind, _, _ in c.get("attachments", [])}
    assert len(kinds) >= 4, kinds
    combos = {tuple(sorted(c["labels"]["request_types"])) for c in cases}
    assert combos == {(FEED,), (FILM,), (FEED, FILM)}
    assert any(":" in ip for c in cases for ip in c["labels"]["production_ips"])
    assert any(c["labels"]["production_ips"] and not c["labels"]["test_ips"] for c in cases)


def test_the_part_has_its_applicant_emphasis() -> None:
    cases = all_cases()
    assert sum(c["style"] == Style.FOREIGN for c in cases) >= 8
    assert sum(c["labels"]["organization"]["ico"] is None for c in cases) >= 8
    assert sum(c["labels"]["organization"]["ico"] is not None for c in cases) >= 10
    assert {Style.FREELANCER, Style.UNIVERSITY, Style.MUNICIPAL, Style.AGENCY} <= {
        c["style"] for c in cases
    }
    assert Style.CONTRACTOR in {c["style"] for c in cases}
