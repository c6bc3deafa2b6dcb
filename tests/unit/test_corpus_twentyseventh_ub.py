"""The twentyseventh held-out part ``ub`` (tests/corpus/twentyseventh/ub###-…): what is particular
to this part — its emphasis on attachments, forms and data-box messages (applications behind
short cover mails or empty bodies, a file behind all but at most two cases; checkbox forms and
ANO/NE columns; at least twelve data messages, each with a file and an annotation within 255
characters) and its label mix (at least three applicants without an IČO, an IPv6 test address, a
block of four production addresses, a box ID in a mail's signature, phones from five countries).
The checks every part shares (ids, files, labels, loading, variety, the sender header, the sender
box, the attachment kinds, office MIME types, charsets, encodings, wrappers and mail clients of
its ``Part`` record) are in test_corpus_parts.py. These cases were written by hand apart from the
extraction rules and are scored only at the end of the round: extraction is deliberately not run
here."""

from __future__ import annotations

from tests.corpus.make_twentyseventh_ub import all_cases

BOXES = ("☒", "☐", "☑", "■", "□", "[x]", "[ ]", "✔", "✘")


def _text(case: dict) -> str:
    """Everything written in a case: body, HTML, annotation and attachment contents."""
    parts = [case.get("body", ""), case.get("html", ""), case.get("subject", "")]
    parts += [repr(content) for _, _, content in case.get("attachments", [])]
    return "\n".join(parts)


def test_the_part_has_its_attachment_form_and_databox_emphasis() -> None:
    cases = all_cases()
    assert sum(bool(c.get("attachments")) for c in cases) >= len(cases) - 2
    assert sum(c.get("body") == "" for c in cases) >= 2, "empty-bodied mails"
    assert sum(any(b in _text(c) for b in BOXES) for c in cases) >= 6, "checkbox forms"
    assert sum("ANO" in _text(c) for c in cases) >= 4
    databox = [c for c in cases if "databox" in c]
    assert len(databox) >= 12
    for case in databox:
        assert case["attachments"], case["id"]
        assert len(case["subject"]) <= 255, case["id"]


def test_the_part_has_its_label_mix() -> None:
    labels = [c["labels"] for c in all_cases()]
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert any(":" in ip for lab in labels for ip in lab["test_ips"])
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    mails = [c["labels"] for c in all_cases() if "databox" not in c]
    assert any(lab["organization"]["databox_id"] for lab in mails), "a box ID in a signature"
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+43", "+44", "+49"):
        assert any(p.startswith(country) for p in phones), country
