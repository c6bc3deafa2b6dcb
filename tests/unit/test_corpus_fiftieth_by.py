"""The fiftieth held-out part ``by`` (tests/corpus/fiftieth/by###-…): what is particular to
this part — its emphasis on attachments, forms and data messages (a file behind every case,
empty bodies carrying the application, checkbox, bracket and ANO/NE/Ja/Nein forms, template
hints and reviewer notes left in the documents, workbooks with several sheets, a notes column
and a totals row, merged and nested table cells, documents with a page header and footer,
forms of other authorities adapted for ČSÚ, cover notes that change the attachment, forwards
as attached .eml; at least eight data messages, each with a file, with the application in the
annotation, in the file or split between them, some with an older and a newer version;
signature blocks with IČO and data-box ID) and its label mix. The checks every part shares
are in test_corpus_parts.py. These cases were written by hand apart from the extraction rules
and are scored only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

import email
import email.policy
import ipaddress
import json
import re
from collections import Counter
from typing import Any

from tests.corpus.fiftieth_by_common import FEED, FILM, Style
from tests.corpus.label_rules import ico_valid
from tests.corpus.make_fiftieth_by import all_cases, files

BOXES = re.compile(r"[☐☒☑]|\[[ xX]\]|\bANO\b|\bJa\b")
HINTS = re.compile(r"sem uveďte IP adresu|example: |vyplňte|fill in", re.IGNORECASE)
NOTES = re.compile(r"\[pozn\.:|\(ověřit s IT\)|ověřit s IT")
IPV4 = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b")
DOC_NETS = [
    ipaddress.ip_network(n)
    for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "198.18.0.0/15", "2001:db8::/32")
]


def _text(value: object) -> str:
    return repr(value)


def _docs(case: dict[str, Any], kind: str) -> list[Any]:
    return [content for k, _, content in case.get("attachments", []) if k == kind]


def test_every_case_carries_a_file_and_forms_are_many() -> None:
    cases = all_cases()
    assert len(cases) == 42
    assert [c["id"][:5] for c in cases] == [f"by{n:03d}" for n in range(1, 43)]
    assert all(c.get("attachments") for c in cases)
    mails = [c for c in cases if "databox" not in c]
    empty = [c for c in mails if not c.get("body", "x").strip() and "html" not in c]
    assert len(empty) >= 3
    assert all(c["style"] == Style.EMPTY for c in empty)
    forms = [c for c in cases if BOXES.search(_text(c.get("attachments")) + c.get("html", ""))]
    assert len(forms) >= 10
    assert sum(bool(_docs(c, "eml")) for c in cases) >= 2
    assert any(_docs(inner, "docx") for c in cases for inner in _docs(c, "eml"))
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 10
    for style in (Style.FORM, Style.TABLE, Style.LETTER, Style.FOREIGN, Style.FORWARD):
        assert styles[style] >= 2, style
    assert styles[Style.CORRECTION] >= 4 and styles[Style.ADAPTED] >= 2


def test_template_hints_reviewer_notes_and_adapted_forms() -> None:
    cases = all_cases()
    hinted = [c for c in cases if HINTS.search(_text(c.get("attachments")) + c.get("html", ""))]
    assert len(hinted) >= 5
    # a template's example address is never a requested one
    for case in hinted:
        for ip in ("192.0.2.1", "2001:db8::1"):
            assert ip not in case["labels"]["production_ips"] + case["labels"]["test_ips"]
    noted = [c for c in cases if NOTES.search(_text(c.get("attachments")))]
    assert len(noted) >= 4
    adapted = [
        c for c in cases if re.search(r"upraven[oý]", _text(c.get("attachments")) + c["subject"])
    ]
    assert len(adapted) >= 3
    assert any(c["style"] == Style.DATABOX for c in adapted)


def test_documents_have_sheets_notes_totals_merges_headers_and_footers() -> None:
    cases = all_cases()
    workbooks = [wb for c in cases for wb in _docs(c, "xlsx")]
    assert any(len(wb) >= 3 for wb in workbooks), "a workbook with three sheets"
    assert sum(len(wb) >= 2 for wb in workbooks) >= 4
    assert any(s.get("merge") for wb in workbooks for s in wb)
    rows = [row for wb in workbooks for s in wb for row in s["rows"]]
    assert sum(row[0] in ("Celkem", "Součet") for row in rows) >= 3, "totals rows"
    assert sum("Poznámka" in row for row in rows) >= 3, "notes columns"
    docs = [d for c in cases for d in _docs(c, "docx")]
    docs += [d for c in cases for inner in _docs(c, "eml") for d in _docs(inner, "docx")]
    assert sum(bool(d.get("header")) and bool(d.get("footer")) for d in docs) >= 6
    tables = [b for d in docs for b in d["blocks"] if isinstance(b, dict)]
    assert any(t.get("merge") for t in tables) and any(t.get("nested") for t in tables)
    kinds = Counter(k for c in cases for k, _, _ in c["attachments"])
    for kind in ("pdf", "docx", "xlsx", "odt", "rtf", "txt", "eml"):
        assert kinds[kind] >= 2, kind


def test_data_messages_cover_annotation_file_both_and_versions() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 8
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255, case["id"]
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
    in_annotation = [c for c in boxes if IPV4.search(c["subject"]) or "2001:db8" in c["subject"]]
    bare = [c for c in boxes if len(c["subject"]) < 40]
    assert len(in_annotation) >= 3 and len(bare) >= 4
    versions = [
        c
        for c in boxes
        if len(c["attachments"]) >= 2 and len({k for k, _, _ in c["attachments"]}) == 1
    ]
    assert len(versions) >= 3, "older and newer version of the application"
    assert any(c["databox"]["type"] == 40 for c in boxes)
    assert len({kind for c in boxes for kind, _, _ in c["attachments"]}) >= 5


def test_signature_blocks_carry_ico_and_box_id() -> None:
    mails = [c for c in all_cases() if "databox" not in c]
    signed = [c for c in mails if c["labels"]["organization"]["databox_id"]]
    assert len(signed) >= 2
    for case in signed:
        assert case["labels"]["organization"]["databox_id"] in case["body"]
        assert case["labels"]["organization"]["ico"] in case["body"]


def test_the_part_has_its_label_mix() -> None:
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 5 and types[(FEED, FILM)] >= 8
    for lab in labels:
        if lab["request_types"] == [FILM]:
            assert not lab["production_ips"] and not lab["test_ips"]
        ips = lab["production_ips"] + lab["test_ips"]
        assert len(lab["production_ips"]) <= 5 and len(lab["test_ips"]) <= 5
        for ip in ips:
            addr = ipaddress.ip_address(ip)
            assert str(addr) == ip and any(addr in n for n in DOC_NETS), ip
        org, contact = lab["organization"], lab["contact"]
        assert org["ico"] is None or (ico_valid(org["ico"]) and org["ico"] != "00025593")
        assert org["databox_id"] is None or re.fullmatch(r"[a-z0-9]{7}", org["databox_id"])
        assert org["databox_id"] != "2gfaasy"
        assert contact["email"].endswith(".example")
        assert re.fullmatch(r"\+\d{9,14}", contact["phone"])
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 3
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 3
    assert any(len(lab["production_ips"]) == 5 for lab in labels)
    phones = [lab["contact"]["phone"] for lab in labels]
    for country in ("+420", "+421", "+43", "+44"):
        assert any(p.startswith(country) for p in phones), country


def test_written_files_have_the_raw_markers_and_labels() -> None:
    written = files()
    raw = b"".join(data for name, data in written.items() if name.endswith(".eml"))
    for marker in (
        b'format="flowed"',
        b"quoted-printable",
        b"Content-Transfer-Encoding: base64",
        b"Content-Transfer-Encoding: 8bit",
        b"multipart/alternative",
        b"text/html",
        b"windows-1250",
        b"iso-8859-2",
        b"multipart/signed",
        b"message/rfc822",
    ):
        assert marker in raw, marker
    clients = set()
    for name, data in written.items():
        if name.endswith(".eml"):
            msg = email.message_from_bytes(data, policy=email.policy.default)
            assert str(msg["From"]).rstrip(">").endswith(".example"), name
            clients.add(
                str(
                    msg["X-Mailer"]
                    or msg["User-Agent"]
                    or msg["X-Gm-Features"]
                    or msg["X-Originating-Client"]
                )
            )
    assert len(clients) >= 10
    for case in all_cases():
        stored = json.loads(written[f"{case['id']}.json"])
        assert stored["style"] == case["style"] and stored["contact"] == case["labels"]["contact"]
    assert sum(name.endswith(".xml") for name in written) >= 8
