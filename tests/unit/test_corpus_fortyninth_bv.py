"""The forty-ninth held-out part ``bv`` (tests/corpus/fortyninth/bv###-…): what is particular
to this part — its emphasis on attachments, forms and data messages (a file behind nearly every
case, empty bodies carrying the application, [x]/[ ], ☒/☐ and ANO/NE forms with fields struck
out or marked "zrušeno"/"neplatí", forms filled partly in English, workbooks whose address rows
carry a status column (aktivní/vyřazeno/plánováno), merged and nested table cells, documents
whose footer repeats the applicant with old details, forwards as attached .eml; at least eight
data messages with the application in the annotation, in a file or split between them, some
whose first file is only a cover letter; signature blocks with IČO and data-box ID) and its
label mix. The checks every part shares are in test_corpus_parts.py. These cases were written
by hand apart from the extraction rules and are scored only at the end of the round:
extraction is deliberately not run here."""

from __future__ import annotations

import email
import email.policy
import ipaddress
import re
from collections import Counter
from typing import Any

from tests.corpus.fortyninth_bv_common import FEED, FILM, Style
from tests.corpus.label_rules import ico_valid
from tests.corpus.make_fortyninth_bv import all_cases, files

BOXES = re.compile(r"[☐☒]|&#974[46];|\[[ xX]\]|\bANO\b")
CANCELLED = re.compile(r"zrušeno|neplatí|<strike>|<s>", re.IGNORECASE)
ENGLISH = re.compile(r"\b(?:Contact|Production|Phone|Applicant|Request(?:ed)?|filming)\b")
STATUS = ("aktivní", "vyřazeno", "plánováno")
IPV4 = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b")
DOC_NETS = [
    ipaddress.ip_network(n)
    for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "198.18.0.0/15", "2001:db8::/32")
]


def _text(value: object) -> str:
    return repr(value)


def _docs(case: dict[str, Any], kind: str) -> list[Any]:
    return [content for k, _, content in case.get("attachments", []) if k == kind]


def test_files_carry_the_applications_and_forms_are_many() -> None:
    cases = all_cases()
    assert len(cases) == 42
    assert sum(bool(c.get("attachments")) for c in cases) >= 36
    mails = [c for c in cases if "databox" not in c]
    empty = [c for c in mails if not c.get("body", "x").strip() and "html" not in c]
    assert len(empty) >= 3
    forms = [
        c
        for c in cases
        if BOXES.search(_text(c.get("attachments")) + c.get("html", "") + c.get("body", ""))
    ]
    assert len(forms) >= 12
    cancelled = [c for c in forms if CANCELLED.search(_text(c))]
    assert len(cancelled) >= 5, "forms with fields struck out or marked zrušeno/neplatí"
    english = [c for c in cases if ENGLISH.search(_text(c.get("attachments")))]
    assert len(english) >= 3, "forms filled partly in English"
    assert sum(bool(_docs(c, "eml")) for c in cases) >= 3
    assert any(_docs(inner, "xlsx") for c in cases for inner in _docs(c, "eml"))
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 8
    for style in (Style.FORM, Style.TABLE, Style.LETTER, Style.FOREIGN, Style.CORRECTION):
        assert styles[style] >= 2, style
    assert styles[Style.DATABOX] >= 8


def test_workbooks_have_status_columns_sheets_and_merges() -> None:
    cases = all_cases()
    workbooks = [wb for c in cases for wb in _docs(c, "xlsx")]
    with_status = [wb for wb in workbooks if all(s in _text(wb) for s in STATUS)]
    assert len(with_status) >= 3
    assert any(len(wb) >= 3 for wb in workbooks)
    assert sum(len(wb) >= 2 for wb in workbooks) >= 3
    assert sum(any(s.get("merge") for s in wb) for wb in workbooks) >= 2
    for case in cases:
        text = _text(_docs(case, "xlsx"))
        for row in re.findall(r"\[('[^\]]*?)\]", text):
            if "vyřazeno" in row:
                addr = IPV4.search(row)
                assert addr, case["id"]
                lab = case["labels"]
                assert addr.group() not in lab["production_ips"] + lab["test_ips"], case["id"]
    kinds = Counter(k for c in cases for k, _, _ in c.get("attachments", []))
    for kind in ("pdf", "docx", "xlsx", "odt", "rtf", "txt", "eml"):
        assert kinds[kind] >= 2, kind


def test_footers_repeat_old_details_the_label_does_not_take() -> None:
    cases = all_cases()
    docs = [(c, d) for c in cases for d in _docs(c, "docx")]
    assert sum(bool(d.get("header")) and bool(d.get("footer")) for _, d in docs) >= 4
    tables = [b for _, d in docs for b in d["blocks"] if isinstance(b, dict)]
    assert any(t.get("merge") for t in tables) and any(t.get("nested") for t in tables)
    old = 0
    for case, doc in docs:
        footer = doc.get("footer", "")
        phones = re.findall(r"tel\. (\d{3} \d{3} \d{3})", footer)
        for phone in phones:
            old += 1
            assert "+420" + phone.replace(" ", "") != case["labels"]["contact"]["phone"]
    assert old >= 3


def test_data_messages_cover_annotation_file_both_and_cover_first() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 8
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255, case["id"]
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
    in_annotation = [c for c in boxes if IPV4.search(c["subject"]) or "2001:db8" in c["subject"]]
    bare = [c for c in boxes if len(c["subject"]) < 45]
    assert len(in_annotation) >= 3 and len(bare) >= 4
    cover_first = [
        c
        for c in boxes
        if len(c["attachments"]) >= 2
        and not IPV4.search(_text(c["attachments"][0][2]))
        and "dopis" in c["attachments"][0][1]
    ]
    assert len(cover_first) >= 3
    assert any(len(c["attachments"]) >= 3 for c in boxes)
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
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 4 and types[(FEED, FILM)] >= 8
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
        assert re.fullmatch(r"\+\d{9,15}", contact["phone"])
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 4
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 5
    assert any(len(lab["production_ips"]) == 4 for lab in labels)
    phones = [lab["contact"]["phone"] for lab in labels]
    for country in ("+420", "+43", "+421"):
        assert any(p.startswith(country) for p in phones), country


def test_written_messages_have_the_raw_markers() -> None:
    written = files()
    assert len(written) == 84
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
    for name, data in written.items():
        if name.endswith(".eml"):
            msg = email.message_from_bytes(data, policy=email.policy.default)
            assert str(msg["From"]).rstrip(">").endswith(".example"), name
    assert sum(name.endswith(".xml") for name in written) >= 8
