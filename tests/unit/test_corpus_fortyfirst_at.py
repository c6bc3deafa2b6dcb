"""The forty-first held-out part ``at`` (tests/corpus/fortyfirst/at###-…): what is particular to
this part — its emphasis on attachments, forms and data messages (at least eight PDFs, six Word
files and five spreadsheets, attachments behind at least six short covers, two empty bodies, at
least six checkbox forms and four with yes/no columns, every style; at least twelve data messages of
at least five attachment kinds, each with a file and an annotation of at most 255 characters, with
the application in the annotation, the file or both, each at least twice) and its label mix (feed
access only at least twenty times, filming only at least three and both at least six times, at least
two applicants without an IČO, an IPv6 test address, a four-address block, production without test
addresses at least three times, a box ID in a mail, phones from five countries, contacts other than
the sender). The checks every part shares (ids, files, labels, loading, variety, the sender header,
the sender box, the attachment kinds and the office MIME types, mail clients, charsets, encodings
and wrappers of its ``Part`` record) are in test_corpus_parts.py. These cases were written by hand
apart from the extraction rules and are scored only at the end of the round: extraction is
deliberately not run here."""

from __future__ import annotations

import re
from collections import Counter

from tests.corpus.fortyfirst_at_common import FEED, FILM, Style
from tests.corpus.make_fortyfirst_at import all_cases

BOXES = re.compile(r"[☒☐✔✘]|\[[xX ]\]")


def _text(content: object) -> str:
    """Every string inside an attachment's content spec, joined."""
    if isinstance(content, str):
        return content
    if isinstance(content, dict):
        return " ".join(_text(v) for v in content.values())
    if isinstance(content, list | tuple):
        return " ".join(_text(v) for v in content)
    return ""


def test_the_part_has_its_attachment_emphasis() -> None:
    """Many PDFs, Word files and spreadsheets, short or empty covers, checkbox forms and yes/no
    columns, every style."""
    cases = all_cases()
    kinds = Counter(kind for c in cases for kind, _, _ in c.get("attachments", []))
    assert kinds["pdf"] >= 8 and kinds["docx"] >= 6 and kinds["xlsx"] >= 5, kinds
    mails = [c for c in cases if "databox" not in c]
    assert sum(c.get("body") == "" for c in mails) >= 2, "empty bodies"
    assert sum(bool(c.get("attachments")) and len(c.get("body", "")) < 120 for c in mails) >= 6
    forms = [c for c in cases if any(BOXES.search(_text(a)) for a in c.get("attachments", []))]
    forms += [c for c in cases if BOXES.search(c.get("html", ""))]
    assert len(forms) >= 6, "checkbox forms"
    ano_ne = [c for c in cases if re.search(r"\bANO\b|\bJa\b|\bYes\b", _text(c.get("attachments")))]
    assert len(ano_ne) >= 4, "yes/no columns"
    styles = Counter(c["style"] for c in cases)
    assert set(styles) == set(Style), styles


def test_the_part_has_at_least_twelve_data_messages_of_every_kind() -> None:
    """At least twelve, the three places the application may be (annotation, file, both) each
    at least twice, each with a file and an annotation of at most 255 characters, of at least
    five attachment kinds."""
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 12
    styles = Counter(c["style"] for c in boxes)
    for style in (Style.DATABOX_ANNOTATION, Style.DATABOX_FILE, Style.DATABOX_BOTH):
        assert styles[style] >= 2, style
    for case in boxes:
        assert case.get("attachments"), f"{case['id']}: ISDS requires a file"
        assert len(case["subject"]) <= 255, case["id"]
    assert len({kind for c in boxes for kind, _, _ in c["attachments"]}) >= 5


def test_the_part_has_its_label_mix() -> None:
    """Feed access only at least twenty times, filming only at least three and both at least six
    times, at least two applicants without an IČO, an IPv6 test address, a four-address block,
    production without test addresses at least three times, a box ID in a mail, phones from five
    countries and at least four contacts other than the sender."""
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 3 and types[(FEED, FILM)] >= 6, types
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 2
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    assert sum(not lab["test_ips"] for lab in labels if lab["production_ips"]) >= 3
    mails = [c["labels"] for c in cases if "databox" not in c]
    assert any(lab["organization"]["databox_id"] for lab in mails)
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+43", "+49", "+44"):
        assert any(p.startswith(country) for p in phones), country
    senders = [c for c in cases if "from" in c]
    others = [c for c in senders if c["labels"]["contact"]["email"] not in c["from"]]
    assert len(others) >= 4, "contacts other than the sender"
