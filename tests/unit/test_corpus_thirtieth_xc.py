"""The thirtieth held-out part ``xc`` (tests/corpus/thirtieth/xc###-…): what is particular to
this part — its emphasis on unusual applicants and wording (foreign media writing in their own
language, freelancers, universities and institutes, municipalities, agencies, IT contractors,
terse notes, long letters, phones from ten countries), on addresses written as ranges, CIDR
blocks, netmasks, order words, IPv6, replaced, temporary or internal hosts, on request types
declined, withdrawn, conditional, left for a later election or filming only, labels that name
their applicant (never the office) and a contact person with an e-mail, and data messages that
each carry a file of several kinds and an annotation within 255 characters. The checks every part
shares (ids, files, labels, loading, variety, the sender header, the sender box, the mail clients,
charsets, encodings, wrappers and attachment kinds of its ``Part`` record) are in
test_corpus_parts.py. These cases were written by hand apart from the extraction rules and are
scored only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from tests.corpus.make_thirtieth_xc import all_cases
from tests.corpus.thirtieth_xc_common import FEED, FILM, Style


def _text(case: dict[str, Any]) -> str:
    """A case's own text: body, HTML, subject and the content of its attachments."""
    parts = [case.get("body", ""), case.get("html", ""), case["subject"]]
    for _, _, content in case.get("attachments", []):
        parts.append(
            _text(content) if isinstance(content, dict) and "subject" in content else repr(content)
        )
    return "\n".join(parts)


def test_every_label_names_its_applicant_and_a_contact() -> None:
    """An applicant's name that is not the statistical office's, a contact person and an
    e-mail in every label (the shared label checks allow them to be empty)."""
    for case in all_cases():
        org, contact = case["labels"]["organization"], case["labels"]["contact"]
        assert org["name"] and "statistick" not in org["name"].casefold(), case["id"]
        assert contact["person"] and contact["email"], case["id"]


def test_the_part_has_its_applicant_emphasis() -> None:
    """Foreign media in their own languages, freelancers, universities and institutes,
    municipalities, agencies and contractors, terse notes and long letters."""
    styles = Counter(c["style"] for c in all_cases())
    assert styles[Style.FOREIGN] >= 8
    for style in (Style.FREELANCER, Style.UNIVERSITY, Style.MUNICIPALITY, Style.CONTRACTOR):
        assert styles[style] >= 2, style
    assert styles[Style.TERSE] >= 2 and styles[Style.LETTER] >= 2
    assert len(styles) >= 12, styles
    text = "\n".join(_text(c) for c in all_cases())
    for language_marker in (
        "Sehr geehrte",  # German
        "Szanowni Państwo",  # Polish
        "Dobrý deň",  # Slovak
        "Tisztelt",  # Hungarian
        "Madame, Monsieur",  # French
        "Estimados",  # Spanish
        "Tack så mycket",  # Swedish
        "Venlig hilsen",  # Danish
        "Med vennlig hilsen",  # Norwegian
    ):
        assert language_marker in text, language_marker
    foreign_phones = {c["labels"]["contact"]["phone"][:3] for c in all_cases()}
    for country in ("+49", "+48", "+42", "+36", "+43", "+46", "+45", "+47", "+41", "+32"):
        assert country in foreign_phones, country


def test_the_part_has_its_address_emphasis() -> None:
    """Blocks, netmasks, written ranges, order words, IPv6 and hosts that are not labelled
    (old, internal, outside the requested subset)."""
    cases = all_cases()
    texts = {c["id"]: _text(c) for c in cases}
    assert sum(bool(re.search(r"\d/(29|30|31)\b", t)) for t in texts.values()) >= 3
    assert sum("255.255.255." in t for t in texts.values()) >= 2
    assert sum(bool(re.search(r"\d[-–]\d|\bbis\b| až ", t)) for t in texts.values()) >= 4
    assert sum(bool(re.search(r"respectiv", t)) for t in texts.values()) >= 2
    labels = [c["labels"] for c in cases]
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 3
    assert sum(any(":" in ip for ip in lab["test_ips"]) for lab in labels) >= 3
    assert sum(len(lab["production_ips"]) >= 3 for lab in labels) >= 6
    assert "10.20.0.15" in texts["xc013-nat-internal-hosts"]
    for case_id, unlabelled in (
        ("xc008-contractor-replaced-host", "192.0.2.15"),
        ("xc035-gmail-html-old-address-row", "198.51.100.5"),
        ("xc038-correction-range-narrowed", "203.0.113.33"),
        ("xc023-contractor-subset-of-slash29", "192.0.2.35"),
    ):
        lab = next(c["labels"] for c in cases if c["id"] == case_id)
        assert unlabelled not in lab["production_ips"] + lab["test_ips"], case_id


def test_the_part_has_its_request_type_mix() -> None:
    """Filming only, both, declined, withdrawn and later-election requests."""
    types = Counter(tuple(c["labels"]["request_types"]) for c in all_cases())
    assert types[(FILM,)] >= 4 and types[(FEED, FILM)] >= 5 and types[(FEED,)] >= 25
    by_id = {c["id"]: c["labels"]["request_types"] for c in all_cases()}
    assert by_id["xc010-spanish-tv-feed-withdrawn"] == [FILM]
    assert by_id["xc027-hungarian-freelancer-withdraws-filming"] == [FEED]
    assert by_id["xc009-terse-film-next-election"] == [FEED]
    assert by_id["xc031-town-paper-flowed-film-later"] == [FEED]


def test_data_messages_each_carry_a_file_and_a_short_annotation() -> None:
    databox = [c for c in all_cases() if "databox" in c]
    assert len(databox) >= 4
    kinds = set()
    for case in databox:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255, case["id"]
        kinds |= {kind for kind, _, _ in case["attachments"]}
    assert len(kinds) >= 4, kinds
