"""The forty-eighth held-out part ``bs`` (tests/corpus/fortyeighth/bs###-…): what is particular
to this part — its emphasis on attachments, forms and data messages (a file behind every case,
empty bodies and a signature-only body carrying the application, ☒/☐, [x]/[ ] and
ANO/NE/Ja/Nein/TAK/NIE forms, scanned forms with labels above values or in two columns,
workbooks with one row per server and role/hostname/note columns, workbooks with two and three
sheets and merged cells, letterheads whose header and footer name other people and numbers,
cover notes, second files and annotations that change the attachment, forwards as attached
.eml; at least eight data messages, each with a file, with the application in the annotation,
in the file or split, several of them only saying "viz příloha"; signature blocks with IČO and
data-box ID) and its label mix. The checks every part shares are in test_corpus_parts.py.
These cases were written by hand apart from the extraction rules and are scored only at the end
of the round: extraction is deliberately not run here."""

from __future__ import annotations

import email
import email.policy
import ipaddress
import re
from collections import Counter
from typing import Any

from tests.corpus.fortyeighth_bs_common import FEED, FILM, Style
from tests.corpus.label_rules import ico_valid
from tests.corpus.make_fortyeighth_bs import all_cases, files

BOXES = re.compile(r"[☐☒☑]|\[[ xX]\]|\bANO\b|\bJa\b|\bTAK\b")
IPV4 = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b")
ROLE_HEADERS = {"role", "hostname"}
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
    assert [c["id"][:5] for c in cases] == [f"bs{n:03d}" for n in range(1, 43)]
    assert all(c.get("attachments") for c in cases)
    mails = [c for c in cases if "databox" not in c]
    empty = [c for c in mails if not c.get("body", "x").strip() and "html" not in c]
    assert len(empty) >= 3
    assert all(c["style"] == Style.EMPTY for c in empty)
    forms = [c for c in cases if BOXES.search(_text(c.get("attachments")) + c.get("html", ""))]
    assert len(forms) >= 12
    assert sum(bool(_docs(c, "eml")) for c in cases) >= 3
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 10
    for style in (Style.FORM, Style.TABLE, Style.LETTER, Style.FOREIGN, Style.FORWARD):
        assert styles[style] >= 2, style
    assert styles[Style.SCAN] >= 4 and styles[Style.CORRECTION] >= 4


def test_scanned_forms_put_labels_above_values_or_in_two_columns() -> None:
    scans = [c for c in all_cases() if c["style"] == Style.SCAN]
    stacked = 0
    columns = 0
    for case in scans:
        for kind, _, content in case["attachments"]:
            if kind == "txt" and re.search(r"^Kontaktní osoba:\n\S", content, re.M):
                stacked += 1
            if kind == "txt" and re.search(r"\S {8,}\S", content):
                columns += 1
            if (
                kind == "pdf"
                and "Kontaktní osoba" in content
                and not any(isinstance(b, dict) for b in content)
            ):
                stacked += 1
            if kind == "pdf" and any(
                isinstance(b, dict) and len(b["rows"][0]) == 2 for b in content
            ):
                columns += 1
    assert stacked >= 2 and columns >= 2


def test_workbooks_have_server_rows_sheets_and_merges() -> None:
    cases = all_cases()
    workbooks = [wb for c in cases for wb in _docs(c, "xlsx")]
    server_rows = [
        s
        for wb in workbooks
        for s in wb
        if any(ROLE_HEADERS <= {str(cell).lower() for cell in row} for row in s["rows"])
    ]
    assert len(server_rows) >= 5
    notes = [s for s in server_rows if any("pozn" in str(c) for c in s["rows"][0] + s["rows"][1])]
    assert len(notes) >= 4
    assert any(len(wb) >= 3 for wb in workbooks), "a workbook with three sheets"
    assert sum(len(wb) >= 2 for wb in workbooks) >= 4
    assert sum(any(s.get("merge") for s in wb) for wb in workbooks) >= 4
    docs = [d for c in cases for d in _docs(c, "docx")]
    assert sum(bool(d.get("header")) and bool(d.get("footer")) for d in docs) >= 8
    tables = [b for d in docs for b in d["blocks"] if isinstance(b, dict)]
    assert any(t.get("merge") for t in tables) and any(t.get("nested") for t in tables)
    kinds = Counter(k for c in cases for k, _, _ in c["attachments"])
    for kind in ("pdf", "docx", "xlsx", "odt", "rtf", "txt", "eml"):
        assert kinds[kind] >= 3, kind


def test_letterheads_name_people_who_are_not_the_contact() -> None:
    cases = all_cases()
    found = 0
    for case in cases:
        contact = case["labels"]["contact"]["person"]
        for d in _docs(case, "docx"):
            edge = d.get("header", "") + " " + d.get("footer", "")
            if contact not in edge and re.search(r"\d{3} \d{3} \d{3}", edge):
                found += 1
        for blocks in _docs(case, "pdf"):
            edge = " ".join(b for b in (blocks[0], blocks[-1]) if isinstance(b, str))
            if contact not in edge and re.search(r"\d{3} \d{3} \d{3}", edge):
                found += 1
    assert found >= 8


def test_data_messages_cover_annotation_file_and_both() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 8
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255, case["id"]
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
    in_annotation = [c for c in boxes if IPV4.search(c["subject"]) or "2001:db8" in c["subject"]]
    see_attachment = [c for c in boxes if "viz příloha" in c["subject"].lower()]
    assert len(in_annotation) >= 4 and len(see_attachment) >= 5
    assert sum(len(c["subject"]) < 30 for c in see_attachment) >= 4
    assert sum(c["databox"]["type"] == 40 for c in boxes) >= 3
    assert len({kind for c in boxes for kind, _, _ in c["attachments"]}) >= 6
    assert any(len(c["attachments"]) >= 2 for c in boxes)


def test_signature_blocks_carry_ico_and_box_id() -> None:
    mails = [c for c in all_cases() if "databox" not in c]
    signed = [c for c in mails if c["labels"]["organization"]["databox_id"]]
    assert len(signed) >= 3
    for case in signed:
        assert case["labels"]["organization"]["databox_id"] in _text(case)
        assert case["labels"]["organization"]["ico"] in _text(case)


def test_the_part_has_its_label_mix() -> None:
    cases = all_cases()
    labels = [c["labels"] for c in cases]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 5 and types[(FEED, FILM)] >= 8
    for lab in labels:
        assert lab["request_types"] and set(lab["request_types"]) <= {FEED, FILM}
        if lab["request_types"] == [FILM]:
            assert not lab["production_ips"] and not lab["test_ips"]
        assert len(lab["production_ips"]) <= 5 and len(lab["test_ips"]) <= 5
        for ip in lab["production_ips"] + lab["test_ips"]:
            addr = ipaddress.ip_address(ip)
            assert str(addr) == ip and any(addr in net for net in DOC_NETS), ip
        org, contact = lab["organization"], lab["contact"]
        assert org["ico"] is None or (ico_valid(org["ico"]) and org["ico"] != "00025593")
        assert org["databox_id"] is None or re.fullmatch(r"[a-z0-9]{7}", org["databox_id"])
        assert org["databox_id"] != "2gfaasy"
        assert contact["email"] is None or contact["email"].endswith(".example")
        assert contact["phone"] is None or re.fullmatch(r"\+\d{8,15}", contact["phone"])
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 4
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 4
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 3
    assert sum(len(lab["production_ips"]) == 4 for lab in labels) >= 3
    assert any(len(lab["production_ips"]) == 5 for lab in labels)
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+43", "+48", "+36"):
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
    assert written == files(), "the part renders byte-identically"
