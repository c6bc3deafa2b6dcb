"""The twenty-third held-out part ``qc`` (tests/corpus/twentythird/qc###-…): what is particular
to this part — its emphasis on unusual applicants and wording (foreign media in their own
languages, freelancers, universities and institutes, municipalities, agencies, IT contractors
writing for a medium, terse notes and long letters), its addresses (ranges, CIDR blocks,
netmasks, order words, IPv6, replaced, temporary and internal hosts), its request types
(declined, withdrawn, conditional, for a later election, filming only; at least six film-only
and four asking for both) and at least four data messages. The checks every part shares (ids, files, labels,
loading, variety, the sender header, the sender box, the mail clients, charsets, encodings,
wrappers and attachment kinds of its ``Part`` record) are in test_corpus_parts.py. These cases
were written by hand apart from the extraction rules and are scored only at the end of the round:
extraction is deliberately not run here."""

from __future__ import annotations

import re
from collections import Counter

from tests.corpus.make_twentythird_qc import all_cases
from tests.corpus.twentythird_qc_common import FEED, FILM, Style

CASES = all_cases()
STYLES = {s.value for s in Style}


def _text(case: dict) -> str:
    """Everything the applicant wrote that is plain text in the spec (body, HTML, subject)."""
    return " ".join(str(case.get(k, "")) for k in ("subject", "body", "html"))


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
    """Ranges, CIDR blocks, netmasks, order words, an IPv6 test address, internal, replaced and
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
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert sum(len(lab["production_ips"]) == 4 for lab in labels) >= 3


def test_the_part_has_its_request_type_mix() -> None:
    """Several film-only cases (declined, withdrawn, later election) and several asking for
    both."""
    types = Counter(tuple(c["labels"]["request_types"]) for c in CASES)
    assert types[(FILM,)] >= 6 and types[(FEED, FILM)] >= 4, types
