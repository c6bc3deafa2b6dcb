"""The sixtieth held-out part ``di`` (tests/corpus/sixtieth/di###-…): what is particular to this
part — attachments, forms and data messages (a file behind every case, fifteen data messages,
☑/☒/☐, [x]/[ ] and ANO/NE forms, row/column headers and merged role cells, letterheads and
footers with identifiers, cover notes that change the file, forwards as attached .eml) and the
new file classes of this round, read back from the rendered messages: a DOCX with an unaccepted
tracked change, DOCX forms in content controls, a PDF whose values live in AcroForm fields, a
workbook with sheets "2022" and "2023", ODS spreadsheets, a "Žádost – viz příloha" data message
with two disagreeing files, a scanned letter under a garbled OCR layer. Extraction is
deliberately not run here: the part is scored only at the end of the round."""

from __future__ import annotations

import base64
import email
import email.policy
import io
import re
import zipfile
from collections import Counter
from functools import cache
from typing import Any

from lxml import etree

from tests.corpus.label_rules import ico_valid
from tests.corpus.make_sixtieth_di import all_cases, files
from tests.corpus.sixtieth_di_common import FEED, FILM, KINDS, Style

BOXES = re.compile(r"[☐☒☑]|\[[ xX]\]|\bANO\b|\bYes\b|\('(?:box|check)'")
IP = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b|2001:db8")


@cache
def _written() -> dict[str, bytes]:
    return files()


def _case(prefix: str) -> dict[str, Any]:
    return next(c for c in all_cases() if c["id"].startswith(prefix))


def _attachments(prefix: str) -> dict[str, bytes]:
    """File name → bytes of every file a rendered case carries (inside forwarded mails too)."""
    case = _case(prefix)
    if "databox" in case:
        root = etree.fromstring(_written()[case["id"] + ".xml"])
        return {
            f.get("dmFileDescr"): base64.b64decode(f.findtext("{*}dmEncodedContent") or "")
            for f in root.iter("{*}dmFile")
        }
    msg = email.message_from_bytes(_written()[case["id"] + ".eml"], policy=email.policy.default)
    out: dict[str, bytes] = {}
    for part in msg.walk():
        name = part.get_filename()
        payload = part.get_payload(decode=True)
        if name and isinstance(payload, bytes):
            out[name] = payload
    return out


def _only(prefix: str, suffix: str) -> bytes:
    found = [data for name, data in _attachments(prefix).items() if name.endswith(suffix)]
    assert len(found) == 1, (prefix, suffix)
    return found[0]


def _member(data: bytes, name: str) -> str:
    return zipfile.ZipFile(io.BytesIO(data)).read(name).decode("utf-8")


def _pdf_text(data: bytes) -> str:
    import pypdf

    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)


def test_every_case_carries_a_file_and_the_mix_is_the_parts() -> None:
    cases = all_cases()
    assert len(cases) == 42
    assert [c["id"][:5] for c in cases] == [f"di{n:03d}" for n in range(1, 43)]
    assert all(c.get("attachments") for c in cases)
    mails = [c for c in cases if "databox" not in c]
    assert sum(not c.get("body", "x").strip() and "html" not in c for c in mails) >= 2
    forms = [c for c in cases if BOXES.search(repr(c["attachments"]) + c.get("html", ""))]
    assert len(forms) >= 15
    for mark in ("☑", "☒", "☐", "[x]", "[ ]", "ANO"):
        assert any(mark in repr(c["attachments"]) for c in cases), mark
    styles = Counter(c["style"] for c in cases)
    assert set(styles) == set(Style)
    assert styles[Style.CORRECTION] >= 6 and styles[Style.FORWARD] >= 3
    kinds = Counter(k for c in cases for k, _, _ in c["attachments"])
    for kind in ("pdf", "docx", "xlsx", "odt", "rtf", "txt", "eml", *KINDS):
        assert kinds[kind] >= 1, kind
    assert sum(len(c["attachments"]) >= 2 for c in cases) >= 6


def test_data_messages() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 12
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255
        own = case["labels"]["organization"]["databox_id"]
        assert own == case["databox"]["box"] or case["id"].startswith("di010")
    assert sum(bool(IP.search(c["subject"])) for c in boxes) >= 1
    assert sum(c["databox"]["type"] == 40 for c in boxes) >= 2
    parent = _case("di010")
    assert parent["databox"]["sender"] != parent["labels"]["organization"]["name"]
    assert "ID DS rl7pk2b" in _member(_only("di010", ".docx"), "word/document.xml")


def test_viz_priloha_letter_and_form_disagree() -> None:
    case = _case("di002")
    assert case["subject"] == "Žádost – viz příloha"
    files_ = _attachments("di002")
    assert sorted(n.rsplit(".", 1)[1] for n in files_) == ["docx", "pdf"]
    letter = " ".join(_pdf_text(_only("di002", ".pdf")).split())
    form = _member(_only("di002", ".docx"), "word/document.xml")
    assert "203.0.113.70" in letter and "203.0.113.70" not in form
    assert "platí formulář" in letter
    assert case["labels"]["production_ips"] == ["203.0.113.72", "203.0.113.73"]
    assert all(ip in form for ip in case["labels"]["production_ips"])


def test_tracked_change_is_not_accepted() -> None:
    xml = _member(_only("di011", ".docx"), "word/document.xml")
    deleted = re.search(r"<w:del [^>]*>.*?<w:delText[^>]*>([^<]*)</w:delText>", xml)
    inserted = re.search(r"<w:ins [^>]*>.*?<w:t[^>]*>([^<]*)</w:t>", xml)
    assert deleted and deleted.group(1) == "198.51.100.40"
    assert inserted and inserted.group(1) == "198.51.100.44"
    labels = _case("di011")["labels"]
    assert "198.51.100.44" in labels["production_ips"]
    assert "198.51.100.40" not in labels["production_ips"]


def test_content_control_forms() -> None:
    for prefix in ("di001", "di039"):
        xml = _member(_only(prefix, ".docx"), "word/document.xml")
        assert xml.count("<w:sdt>") >= 8 and "<w14:checkbox>" in xml, prefix
        for ip in _case(prefix)["labels"]["production_ips"]:
            value = re.search(rf"<w:sdtContent><w:r><w:t[^>]*>[^<]*{re.escape(ip)}", xml)
            assert value, (prefix, ip)
    first = _member(_only("di001", ".docx"), "word/document.xml")
    assert "<w:showingPlcHdr/>" in first and '<w14:checked w14:val="0"/>' in first


def test_acroform_values_are_only_in_the_fields() -> None:
    import pypdf

    data = _only("di005", ".pdf")
    reader = pypdf.PdfReader(io.BytesIO(data))
    fields = reader.get_fields() or {}
    values = {name: f.get("/V") for name, f in fields.items()}
    assert values["ip_prod"] == "203.0.113.160, 203.0.113.161"
    assert values["chk_xml"] == "/Yes" and values["chk_film"] == "/Off"
    text = reader.pages[0].extract_text()
    assert "Produkční IP adresy" in text and not IP.search(text)
    assert "Kubíková" not in text


def test_workbook_with_election_year_sheets() -> None:
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(_only("di004", ".xlsx")))
    assert wb.sheetnames == ["2022", "2023"]
    this_year = [row[1] for row in wb["2023"].iter_rows(min_row=2, values_only=True)]
    labels = _case("di004")["labels"]
    assert set(labels["production_ips"] + labels["test_ips"]) == set(this_year)
    assert "192.0.2.101" not in labels["production_ips"]


def test_ods_spreadsheets() -> None:
    for prefix in ("di008", "di023"):
        data = _only(prefix, ".ods")
        assert data[30:38] == b"mimetype"
        assert _member(data, "mimetype") == "application/vnd.oasis.opendocument.spreadsheet"
        content = _member(data, "content.xml")
        assert (
            'table:number-rows-spanned="2"' in content and "<table:covered-table-cell/>" in content
        )


def test_scanned_letter_has_an_ocr_layer_with_confusions() -> None:
    import pypdf

    data = _only("di003", ".pdf")
    contents = pypdf.PdfReader(io.BytesIO(data)).pages[0].get_contents()
    assert contents is not None and b"3 Tr" in contents.get_data()
    assert b"/Subtype /Image" in data
    text = _pdf_text(data)
    for garbled in ("P0dbrdský", "IČ0", "vo1eb", "K0ntaktní"):
        assert garbled in text, garbled
    case = _case("di003")
    for ip in case["labels"]["production_ips"] + case["labels"]["test_ips"]:
        assert ip in text
    assert case["labels"]["organization"]["name"] in case["body"]


def test_label_mix_and_well_formed() -> None:
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 25 and types[(FILM,)] >= 4 and types[(FEED, FILM)] >= 5
    for lab in labels:
        assert len(lab["production_ips"]) <= 5 and len(lab["test_ips"]) <= 5
        if lab["request_types"] == [FILM]:
            assert not lab["production_ips"] and not lab["test_ips"]
        org, contact = lab["organization"], lab["contact"]
        assert org["ico"] is None or (ico_valid(org["ico"]) and org["ico"] != "00025593")
        assert org["databox_id"] is None or re.fullmatch(r"[a-z0-9]{7}", org["databox_id"])
        assert contact["phone"] is None or re.fullmatch(r"\+\d{9,14}", contact["phone"])
        assert contact["email"] is None or contact["email"].endswith(".example")
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 4
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 3
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 3
    assert sum(not lab["contact"]["phone"].startswith("+420") for lab in labels) >= 4
    signed = [
        c for c in all_cases() if "databox" not in c and c["labels"]["organization"]["databox_id"]
    ]
    assert len(signed) >= 3


def test_written_messages_have_the_raw_markers() -> None:
    written = _written()
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
        b"application/vnd.oasis.opendocument.spreadsheet",
    ):
        assert marker in raw, marker
    office = (b"00025593", b"2gfaasy", b"274 052 733")
    assert all(m in raw for m in office)
    for name, data in written.items():
        if name.endswith(".eml"):
            msg = email.message_from_bytes(data, policy=email.policy.default)
            assert str(msg["From"]).rstrip(">").endswith(".example"), name
