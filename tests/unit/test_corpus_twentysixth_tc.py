"""The twentysixth held-out part ``tc`` (tests/corpus/twentysixth/tc###-…): what is particular
to this part — its emphasis on unusual applicants and wording (foreign media writing in their
own languages, mixed English, freelancers, universities and institutes, municipalities,
agencies and IT contractors, terse notes and long letters), its address forms (ranges, CIDR
blocks, netmasks, IPv6, replaced, temporary and internal hosts), its request types (declined,
withdrawn, conditional, left for a later election, filming only), its data messages (each with a
file and an annotation within 255 characters, of several kinds) and that no foreign register
number is labelled as an IČO. The checks every part shares (ids, files, labels, loading, variety,
the sender header, the sender box, the mail clients, charsets, encodings and attachment kinds of
its ``Part`` record) are in test_corpus_parts.py. These cases were written by hand apart from the
extraction rules and are scored only at the end of the round: extraction is deliberately not run
here."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from tests.corpus.make_twentysixth_tc import all_cases
from tests.corpus.twentysixth_tc_common import FEED, FILM, Style


def _text(case: dict[str, Any]) -> str:
    """Everything a case writes by hand: subject, body, HTML and attachment contents."""
    parts = [case["subject"], case.get("body", ""), case.get("html", "")]
    parts += [repr(content) for _, _, content in case.get("attachments", [])]
    return "\n".join(parts)


def test_the_part_has_its_applicant_and_language_emphasis() -> None:
    """Foreign media writing in at least eight languages, mixed English, freelancers,
    universities and institutes, municipalities, agencies and contractors, terse notes."""
    cases = all_cases()
    styles = Counter(c["style"] for c in cases)
    assert styles[Style.FOREIGN] >= 10 and len(styles) >= 12, styles
    for style in (Style.FREELANCER, Style.ACADEMIC, Style.MUNICIPAL, Style.CONTRACTOR):
        assert styles[style] >= 2, style
    text = "\n".join(_text(c) for c in cases)
    for word in (
        "bzw.",  # German
        "odpowiednio",  # Polish
        "v uvedenom poradí",  # Slovak
        "Éles szerver",  # Hungarian
        "respectivement",  # French
        "Servidor de pruebas",  # Spanish
        "Testserver",  # Swedish
        "filme ved",  # Danish
        "produksjon",  # Norwegian
        "rispettivamente",  # Italian
    ):
        assert word in text, word
    phones = [c["labels"]["contact"]["phone"] for c in cases]
    for code in ("+43", "+48", "+421", "+36", "+33", "+34", "+46", "+45", "+47", "+39", "+358"):
        assert any(p.startswith(code) for p in phones), code
    assert sum("databox" not in c and len(c.get("body", "")) < 260 for c in cases) >= 3


def test_the_part_has_its_address_forms() -> None:
    """Ranges, CIDR blocks (/30, /31, /127), netmasks (after a space, in a column, after a
    slash), IPv6 (also written uncompressed), replaced, temporary and internal hosts."""
    text = "\n".join(_text(c) for c in all_cases())
    for needle in ("/30", "/31", "/127", "255.255.255.252", "/255.255.255.254", "bis", "–8"):
        assert needle in text or needle.replace("–", "-") in text, needle
    assert "2001:0db8:abcd:0012" in text
    assert re.search(r"zrušili|nepoužíváme", text) and re.search(r"dočasný|tillfällig", text)
    assert re.search(r"\b10\.0\.3\.15|172\.16\.4\.10|10\.8\.0\.0/24", text)
    labels = [c["labels"] for c in all_cases()]
    assert sum(len(lab["production_ips"]) == 4 for lab in labels) >= 4
    assert any(len(lab["test_ips"]) == 2 and ":" in lab["test_ips"][0] for lab in labels)
    internal = ("10.", "172.16.")
    for lab in labels:
        assert not any(ip.startswith(internal) for ip in lab["production_ips"] + lab["test_ips"])


def test_the_part_has_its_request_type_mix() -> None:
    """Filming only at least four times, both types, and feed-only cases where filming is
    declined, withdrawn or left for a later election."""
    cases = all_cases()
    types = Counter(tuple(c["labels"]["request_types"]) for c in cases)
    assert types[(FILM,)] >= 4 and types[(FEED, FILM)] >= 8 and types[(FEED,)] >= 20, types
    by_id = {c["id"][:5]: c for c in cases}
    assert by_id["tc011"]["labels"]["request_types"] == [FEED]  # withdrawn in the same mail
    assert by_id["tc012"]["labels"]["request_types"] == [FEED]  # for a later election
    assert by_id["tc022"]["labels"]["request_types"] == [FEED, FILM]  # conditional, but asked


def test_data_messages_each_carry_a_file_with_a_short_annotation() -> None:
    databox = [c for c in all_cases() if "databox" in c]
    assert len(databox) >= 4
    kinds = set()
    for case in databox:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255, case["id"]
        kinds |= {kind for kind, _, _ in case["attachments"]}
    assert len(kinds) >= 4, kinds


def test_no_label_names_a_foreign_register_number_as_ico() -> None:
    """NIP, REGON, CIF, CVR, tax and organisation numbers are not IČO: foreign applicants
    without a Czech or Slovak IČO carry none."""
    for case in all_cases():
        if case["style"] == Style.FOREIGN and case["labels"]["organization"]["ico"]:
            assert "IČO" in _text(case), case["id"]
