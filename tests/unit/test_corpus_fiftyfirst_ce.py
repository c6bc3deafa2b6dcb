"""The fifty-first held-out part ``ce`` (tests/corpus/fiftyfirst/ce###-…): what is particular to
this part — its emphasis on attachments, forms and data messages (a file behind every case,
empty bodies, ANO/NE forms with both ticked and explained in the cover, spreadsheet-exported
PDFs with the header row on every page, DOCX text boxes and footnotes, OCR'd TXT with O/l
slips, data messages from a company's branches, annotation/file splits, signature blocks with
IČO and box ID) and its label mix. The checks every part shares are in test_corpus_parts.py.
These cases were written by hand apart from the extraction rules and are scored only at the end
of the round: extraction is deliberately not run here."""

from __future__ import annotations

import email
import email.policy
import ipaddress
import re
from collections import Counter
from typing import Any

from tests.corpus.fiftyfirst_ce_common import FEED, FILM, Style, ocr
from tests.corpus.label_rules import ico_valid
from tests.corpus.make_fiftyfirst_ce import all_cases, files

BOXES = re.compile(r"[☐☒☑]|\[[ xX]\]|\bANO\b|\bJa\b|\bTAK\b")
IPV4 = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b")
DOC_NETS = [
    ipaddress.ip_network(n)
    for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "198.18.0.0/15", "2001:db8::/32")
]


def _text(value: object) -> str:
    return repr(value)


def _docs(case: dict[str, Any], kind: str) -> list[Any]:
    return [content for k, _, content in case.get("attachments", []) if k == kind]


def test_every_case_carries_a_file_and_the_styles_are_many() -> None:
    cases = all_cases()
    assert len(cases) == 42
    assert [c["id"][:5] for c in cases] == [f"ce{i:03d}" for i in range(1, 43)]
    assert all(c.get("attachments") for c in cases)
    mails = [c for c in cases if "databox" not in c]
    empty = [c for c in mails if not c.get("body", "x").strip() and "html" not in c]
    assert len(empty) >= 4 and all(c["style"] == Style.EMPTY for c in empty)
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 8
    for style in (Style.FORM, Style.TABLE, Style.LETTER, Style.FOREIGN, Style.SCAN):
        assert styles[style] >= 2, style
    kinds = Counter(k for c in cases for k, _, _ in c["attachments"])
    for kind in ("pdf", "docx", "xlsx", "odt", "rtf", "txt", "eml"):
        assert kinds[kind] >= 2, kind


def test_forms_with_ano_and_ne_both_ticked_are_explained_in_the_cover() -> None:
    cases = all_cases()
    forms = [c for c in cases if BOXES.search(_text(c.get("attachments")) + c.get("html", ""))]
    assert len(forms) >= 8
    both = [c for c in cases if "ANO i" in c.get("body", "") and "NE" in c.get("body", "")]
    assert len(both) >= 3
    for case in both:
        assert BOXES.search(_text(case["attachments"])), case["id"]


def test_pdf_exports_repeat_their_header_row_on_every_page() -> None:
    exports = []
    for case in all_cases():
        for pdf in _docs(case, "pdf"):
            tables = [b for b in pdf if isinstance(b, dict)]
            pages = [b for b in pdf if isinstance(b, str) and re.search(r"(?i)strana \d", b)]
            if len(tables) >= 2 and len({_text(t["rows"][0]) for t in tables}) == 1:
                assert len(pages) == len(tables), case["id"]
                exports.append(case["id"])
    assert len(exports) >= 3


def test_docx_text_boxes_and_footnotes_carry_details() -> None:
    docs = [d for c in all_cases() for d in _docs(c, "docx")]
    paras = [b for d in docs for b in d["blocks"] if isinstance(b, str)]
    assert sum(p.startswith("[Textové pole]") for p in paras) >= 2
    assert sum(bool(re.match(r"[¹²³] ", p)) for p in paras) >= 3
    assert sum(bool(d.get("header")) and bool(d.get("footer")) for d in docs) >= 5


def test_ocr_slips_hide_the_labelled_ico() -> None:
    scans = []
    for case in all_cases():
        ico = case["labels"]["organization"]["ico"]
        for txt in _docs(case, "txt"):
            if ico and ocr(ico) != ico and ocr(ico) in txt:
                assert ico not in txt, case["id"]
                assert ico_valid(ico)
                assert any(ocr(ip) in txt for ip in case["labels"]["production_ips"]), case["id"]
                scans.append(case["id"])
    assert len(scans) >= 4


def test_data_messages_cover_branches_annotation_and_file() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 8
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255, case["id"]
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
    branches = [c for c in boxes if "odštěpný závod" in c["databox"]["sender"]]
    assert len(branches) >= 3
    for case in branches:
        name = case["labels"]["organization"]["name"]
        assert "závod" not in name and case["databox"]["sender"].startswith(name), case["id"]
    in_annotation = [c for c in boxes if IPV4.search(c["subject"])]
    bare = [c for c in boxes if len(c["subject"]) < 30]
    assert len(in_annotation) >= 3 and len(bare) >= 4
    assert sum(c["databox"]["type"] == 40 for c in boxes) >= 2
    assert len({kind for c in boxes for kind, _, _ in c["attachments"]}) >= 5


def test_signature_blocks_carry_ico_and_box_id() -> None:
    mails = [c for c in all_cases() if "databox" not in c]
    signed = [c for c in mails if c["labels"]["organization"]["databox_id"]]
    assert len(signed) >= 2
    for case in signed:
        assert case["labels"]["organization"]["databox_id"] in _text(case)
        assert case["labels"]["organization"]["ico"] in _text(case)


def test_the_part_has_its_label_mix() -> None:
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 4 and types[(FEED, FILM)] >= 10
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
        assert contact["email"].endswith(".example")
        assert re.fullmatch(r"\+\d{9,14}", contact["phone"])
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 3
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 3
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    phones = [lab["contact"]["phone"] for lab in labels]
    for country in ("+420", "+43", "+48", "+49"):
        assert any(p.startswith(country) for p in phones), country


def test_written_messages_have_the_raw_markers() -> None:
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
    assert written == files()
