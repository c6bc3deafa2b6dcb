"""The thirty-second held-out part ``zc`` (tests/corpus/thirtysecond/zc###-…): what is particular
to this part — unusual applicants and wording (foreign media writing their own language or mixed
English, freelancers, universities and an institute, municipalities, agencies, IT contractors
writing for a medium, terse notes, long letters), addresses as ranges, CIDR blocks, netmasks,
order words, IPv6, replaced, temporary or internal hosts, request types declined, withdrawn,
conditional, left for a later election or filming only, labels that name their applicant and
never the Statistical Office, phones from ten countries, and at least four data messages, each
with a file of several kinds and an annotation within 255 characters. The checks every part
shares (ids, files, labels, loading, variety, the sender header, the sender box, the mail
clients, charsets, encodings, wrappers, annotations and attachment kinds of its ``Part`` record)
are in test_corpus_parts.py. These cases were written by hand apart from the extraction rules
and are scored only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from tests.corpus.make_thirtysecond_zc import all_cases
from tests.corpus.thirtysecond_zc_common import FEED, FILM, Style


def _text(case: dict[str, Any]) -> str:
    parts = [case.get("subject", ""), case.get("body", ""), case.get("html", "")]
    for _, _, content in case.get("attachments", []):
        parts.append(repr(content))
    return "\n".join(parts)


def test_every_label_names_its_applicant_never_the_statistical_office() -> None:
    """The shared label checks allow an empty name and look for the office's identifiers, not
    its name."""
    for case in all_cases():
        name = case["labels"]["organization"]["name"]
        assert name.strip() and "statistick" not in name.casefold(), case["id"]


def test_the_part_has_its_unusual_applicants() -> None:
    """Foreign and mixed-language media, freelancers, academia, municipalities, agencies,
    contractors, terse notes and letters."""
    styles = Counter(c["style"] for c in all_cases())
    assert styles[Style.FOREIGN] + styles[Style.MIXED] >= 10, styles
    for style in (
        Style.FREELANCE,
        Style.ACADEMIC,
        Style.MUNICIPAL,
        Style.TERSE,
        Style.DATABOX,
    ):
        assert styles[style] >= 3, style
    for style in (Style.AGENCY, Style.CONTRACTOR, Style.LETTER, Style.REPLY, Style.HTML):
        assert styles[style] >= 2, style
    assert len(styles) >= 12
    text = "\n".join(_text(c) for c in all_cases())
    for word in (
        "Sehr geehrte",
        "Szanowni",
        "Dobrý deň",
        "Tisztelt",
        "Madame",
        "Estimados",
        "Kære",
        "Med vennlig hilsen",
        "Buenos días",
        "Dzień dobry",
    ):
        assert word in text, word


def test_the_part_has_its_address_forms_and_label_mix() -> None:
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    text = "\n".join(_text(c) for c in cases)
    assert re.search(r"\d/30\b", text) and re.search(r"\d/31\b", text)
    assert "255.255.255.252" in text
    assert re.search(r"\d–\d{2,3}\b", text) and " through " in text and " bis " in text
    assert sum(len(lab["production_ips"]) >= 3 for lab in labels) >= 5
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FILM,)] >= 5 and types[(FEED, FILM)] >= 5 and types[(FEED,)] >= 20, types
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 10
    mails = [c["labels"] for c in cases if "databox" not in c]
    assert any(lab["organization"]["databox_id"] for lab in mails), "a box ID in a signature"
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+49", "+48", "+36", "+33", "+34", "+45", "+46", "+47"):
        assert any(p.startswith(country) for p in phones), country


def test_data_messages_each_carry_a_file_of_several_kinds_and_a_short_annotation() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    for case in boxes:
        assert case.get("attachments"), f"{case['id']}: a data message carries a file"
        assert len(case["subject"]) <= 255, case["id"]
    kinds = {kind for c in boxes for kind, _, _ in c["attachments"]}
    assert len(kinds) >= 4, kinds
