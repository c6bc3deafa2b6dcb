"""The thirty-third held-out part ``bc`` (tests/corpus/thirtythird/bc###-…): what is particular to
this part — its emphasis on unusual applicants and wording (foreign media writing in their own
language or mixed English, freelancers, universities, municipalities, agencies, IT contractors,
terse notes and long letters), its address forms (ranges, CIDR blocks, netmasks, order words,
IPv6, replaced, temporary and internal hosts), its request types (declined, withdrawn,
conditional, put off to a later election, filming only) and its data messages, each with a
file. Also that every generated file loads and every label is valid per tests/corpus/LABELS.md.
These cases were written by hand apart from the extraction rules and are scored only at the end
of the round: extraction is deliberately not run here."""

from __future__ import annotations

import ipaddress
import json
import re
from collections import Counter

from tests.corpus.label_rules import ico_valid
from tests.corpus.loader import parse_path
from tests.corpus.make_thirtythird_bc import PART, all_cases
from tests.corpus.thirtythird_bc_common import FEED, FILM, LOOKALIKES, Style

OFFICE = {"00025593", "2gfaasy"}
E164 = re.compile(r"^\+[1-9]\d{7,14}$")
BOX = re.compile(r"^[a-z0-9]{7}$")


def _text(case: dict) -> str:
    return case.get("body", "") + case.get("html", "") + case.get("subject", "")


def test_the_part_has_42_cases_written_as_files() -> None:
    cases = all_cases()
    assert len(cases) == 42
    assert [c["id"][:5] for c in cases] == [f"bc{n:03d}" for n in range(1, 43)]
    names = set(PART.files())
    for case in cases:
        suffix = ".xml" if "databox" in case else ".eml"
        assert case["id"] + suffix in names and case["id"] + ".json" in names


def test_every_generated_file_loads_and_matches_its_spec() -> None:
    for case in all_cases():
        suffix = ".xml" if "databox" in case else ".eml"
        path = PART.out / f"{case['id']}{suffix}"
        assert path.is_file(), path
        parse_path(path)
        stored = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        assert stored == {
            "id": case["id"],
            "description": case["description"],
            "style": case["style"],
            **case["labels"],
        }


def test_every_label_is_valid() -> None:
    for case in all_cases():
        lab, cid = case["labels"], case["id"]
        types = lab["request_types"]
        assert types and set(types) <= {FEED, FILM} and len(set(types)) == len(types), cid
        org = lab["organization"]
        assert org["name"], cid
        assert org["ico"] is None or (ico_valid(org["ico"]) and org["ico"] not in OFFICE), cid
        assert org["databox_id"] is None or (
            BOX.match(org["databox_id"]) and org["databox_id"] not in OFFICE
        ), cid
        for ip in lab["production_ips"] + lab["test_ips"]:
            assert str(ipaddress.ip_address(ip)) == ip, (cid, ip)  # compressed IPv6 form
        assert len(lab["production_ips"]) <= 5 and len(lab["test_ips"]) <= 5, cid
        assert not set(lab["production_ips"]) & set(lab["test_ips"]), cid
        if FEED not in types:
            assert not lab["production_ips"] and not lab["test_ips"], cid
        phone = lab["contact"]["phone"]
        assert phone is None or E164.match(phone), (cid, phone)
        assert lab["contact"]["person"], cid


def test_the_part_has_its_unusual_applicants() -> None:
    """Foreign writers in many languages, freelancers, universities, municipalities, agencies,
    contractors, terse notes and letters; at least twelve styles."""
    cases = all_cases()
    styles = Counter(c["style"] for c in cases)
    assert styles[Style.FOREIGN] >= 8
    abroad = [c for c in cases if not (c["labels"]["contact"]["phone"] or "+420").startswith("+42")]
    assert len(abroad) >= 16, "foreign writers in other styles too (letters, replies, notes)"
    for style in (Style.TERSE, Style.LETTER, Style.CORRECTION, Style.DATABOX):
        assert styles[style] >= 3, style
    for style in (Style.FREELANCER, Style.UNIVERSITY, Style.CONTRACTOR, Style.AGENCY):
        assert styles[style] >= 2, style
    assert len(styles) >= 12
    phones = {
        lab["contact"]["phone"][:3] for c in cases if (lab := c["labels"])["contact"]["phone"]
    }
    for country in ("+42", "+49", "+48", "+36", "+33", "+34", "+46", "+45", "+47", "+35", "+39"):
        assert country in phones, country
    without_ico = [c for c in cases if c["labels"]["organization"]["ico"] is None]
    assert len(without_ico) >= 12


def test_foreign_registration_numbers_never_label_an_ico() -> None:
    for number in LOOKALIKES:
        assert not ico_valid(number), number
    labelled = {c["labels"]["organization"]["ico"] for c in all_cases()}
    texts = "".join(_text(c) for c in all_cases())
    for number in LOOKALIKES:
        assert number not in labelled
        # every lookalike is written in a message (the Finnish one only in its RTF)
        assert number in re.sub(r"[\s.-]", "", texts) or number == "23456780", number


def test_the_part_has_its_address_forms() -> None:
    """Blocks and ranges expanded, IPv6 in both roles, an expanded IPv6 written in full."""
    labels = [c["labels"] for c in all_cases()]
    assert sum(len(lab["production_ips"]) == 4 for lab in labels) >= 3
    assert sum(len(lab["production_ips"]) == 3 for lab in labels) >= 3
    assert any(":" in ip for lab in labels for ip in lab["production_ips"])
    assert sum(":" in ip for lab in labels for ip in lab["test_ips"]) >= 3
    texts = [_text(c) for c in all_cases()]
    assert any(re.search(r"\d/3[01]\b", t) for t in texts)
    assert any("255.255.255.25" in t for t in texts)
    assert any("0000:0000" in t for t in texts)


def test_the_part_has_its_request_type_mix() -> None:
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FILM,)] >= 3
    assert types[(FEED, FILM)] >= 4
    assert types[(FEED,)] > len(labels) // 2


def test_data_messages_each_carry_a_file() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    kinds = set()
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255, case["id"]
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
        kinds |= {kind for kind, _, _ in case["attachments"]}
    assert len(kinds) >= 4, kinds
