"""The fortieth held-out part ``ar`` (tests/corpus/fortieth/ar###-…): what is particular to this
part — its emphasis on unusual applicants and wording (foreign media writing their own languages or
mixing English in, freelancers, universities and institutes, municipalities, agencies, IT
contractors writing for a medium, terse notes and long letters, greetings and sign-offs in eleven
languages), its addresses (ranges, CIDR blocks, netmasks, order words, IPv6 also uncompressed,
replaced, temporary and internal hosts written in the text; a four-address block, an IPv6 test
address and no internal host among the production addresses in the labels), its label mix (mostly
feed access, filming only at least three and both at least four times, at least ten applicants
without an IČO, phones from ten countries, a box ID in a mail) and at least four data messages each
carrying a file, of several kinds, with an annotation of at most 255 characters. The checks every
part shares (ids, files, labels, loading, variety, the sender header, the sender box, the attachment
kinds and the mail clients, charsets, encodings and wrappers of its ``Part`` record) are in
test_corpus_parts.py. These cases were written by hand apart from the extraction rules and are
scored only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

import re
from collections import Counter

from tests.corpus.fortieth_ar_common import FEED, FILM, Style
from tests.corpus.make_fortieth_ar import all_cases

TEXT_KEYS = ("body", "html", "subject")


def _text(case: dict) -> str:
    return "\n".join(str(case.get(k, "")) for k in TEXT_KEYS)


def test_the_part_has_its_emphasis_on_unusual_applicants() -> None:
    """Foreign and mixed-English writers, freelancers, universities and institutes,
    municipalities, agencies, contractors, terse notes and letters all appear."""
    styles = Counter(c["style"] for c in all_cases())
    assert styles[Style.FOREIGN] >= 8, styles
    for style in (Style.MIXED, Style.FREELANCER, Style.UNIVERSITY, Style.CONTRACTOR):
        assert styles[style] >= 2, style
    for style in (Style.TERSE, Style.LETTER, Style.AGENCY, Style.CORRECTION, Style.DATABOX):
        assert styles[style] >= 2, style
    assert styles[Style.MUNICIPALITY] >= 1 and styles[Style.FORWARD] >= 2
    assert len(styles) >= 12
    foreign_words = (
        "Sehr geehrte",
        "Szanowni",
        "Tisztelt",
        "Madame, Monsieur",
        "Buenos días",
        "Hej!",
        "Med vennlig hilsen",
        "Hei Markéta",
        "Gentili signori",
        "Groet",
        "Dobrý deň",
    )
    texts = "\n".join(_text(c) for c in all_cases())
    for word in foreign_words:
        assert word in texts, word


def test_the_part_has_its_address_forms() -> None:
    """Ranges, CIDR blocks, netmasks, order words, IPv6 (also uncompressed), replaced,
    temporary and internal hosts are written in the text; the labels have a four-address block
    and an IPv6 test address, and no internal (10.x) host as a production address."""
    texts = "\n".join(_text(c) for c in all_cases())
    for pattern in (
        r"/30\b",
        r"/31\b",
        r"/32\b",
        r"255\.255\.255\.25[24]",
        r"\d+\.\d+\.\d+\.\d+-\d+\b",
        r"\baž\b",
        r"respectivement|respectivamente|rispettivamente|bzw\.",
        r"2001:0db8:0000",
        r"\b10\.20\.30\.\d+",
        r"nahrazen|dočasný",
    ):
        assert re.search(pattern, texts), pattern
    labels = [c["labels"] for c in all_cases()]
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert not any(ip.startswith("10.") for lab in labels for ip in lab["production_ips"])


def test_the_part_has_its_label_mix() -> None:
    """Feed only mostly, filming only at least three times, both at least four times; at least
    ten applicants without an IČO; phones from ten countries; a box ID in a mail."""
    cases = all_cases()
    types = Counter(tuple(c["labels"]["request_types"]) for c in cases)
    assert types[(FEED,)] > len(cases) // 2, types
    assert types[(FILM,)] >= 3 and types[(FEED, FILM)] >= 4, types
    labels = [c["labels"] for c in cases]
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 10
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+49", "+48", "+36", "+33", "+34", "+46", "+47", "+39"):
        assert any(p.startswith(country) for p in phones), country
    mails = [c["labels"] for c in cases if "databox" not in c]
    assert any(lab["organization"]["databox_id"] for lab in mails), "a box ID in a signature"


def test_data_messages_each_carry_a_file_and_a_short_annotation() -> None:
    """At least four data messages, each with a file and an annotation of at most 255
    characters, with at least four attachment kinds among them."""
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    kinds = set()
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255, case["id"]
        kinds |= {kind for kind, _, _ in case["attachments"]}
    assert len(kinds) >= 4, kinds
