"""The sixty-first held-out part ``dl`` (tests/corpus/sixtyfirst/dl###-…): what is particular to
this part — attachments, forms and data messages (a file behind every case, fifteen data
messages, ☑/☒/☐, [x]/[ ] and ANO/NE forms, row/column headers and merged role cells,
letterheads, sidebars and footers with identifiers, cover notes that change the file) and the
new file classes of this round, read back from the rendered messages: a DOCX sidebar text box,
a DOCX reviewer's comment, a DOCX table continued over a page break with its header row
repeated, a two-column PDF, an AcroForm PDF, a windows-1250 CSV, a saved .html form, an XLSX
with struck-through "zrušeno" rows and a data message carrying two applications of which the
later replaces the earlier. Extraction is deliberately not run here: the part is scored only
at the end of the round."""

from __future__ import annotations

import email
import email.policy
import io
import re
from collections import Counter
from typing import Any

from tests.corpus.label_rules import ico_valid
from tests.corpus.make_sixtyfirst_dl import all_cases, files
from tests.corpus.rendered import Rendered, member, pdf_text
from tests.corpus.sixtyfirst_dl_common import FEED, FILM, KINDS, Style

IP = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b|2001:db8")


R = Rendered(all_cases, files)
_case, _attachments, _only = R.case, R.attachments, R.only
_member, _pdf_text = member, pdf_text


def test_every_case_carries_a_file_and_the_mix_is_the_parts() -> None:
    cases = all_cases()
    assert len(cases) == 42
    assert [c["id"][:5] for c in cases] == [f"dl{n:03d}" for n in range(1, 43)]
    assert all(c.get("attachments") for c in cases)
    for mark in ("☑", "☒", "☐", "[x]", "[ ]", "ANO", "Yes"):
        assert any(mark in repr(c["attachments"]) for c in cases), mark
    styles = Counter(c["style"] for c in cases)
    assert set(styles) == set(Style)
    assert styles[Style.CORRECTION] >= 5 and styles[Style.DATABOX] >= 12
    kinds = Counter(k for c in cases for k, _, _ in c["attachments"])
    for kind in ("pdf", "docx", "xlsx", "odt", "rtf", "txt", "eml", "di-pdf", "di-acro"):
        assert kinds[kind] >= 1, kind
    for kind in KINDS:
        assert kinds[kind] >= 1, kind
    assert sum(len(c["attachments"]) >= 2 for c in cases) >= 2
    langs = " ".join(c.get("body", "") + c["subject"] for c in cases)
    for word in ("Sehr geehrte", "Dzień dobry", "Tisztelt", "Dobrý deň", "Hello"):
        assert word in langs, word


def test_data_messages() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) == 15
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255
        own = case["labels"]["organization"]["databox_id"]
        assert own == case["databox"]["box"] or case["id"].startswith("dl035")
    assert sum(bool(IP.search(c["subject"])) for c in boxes) >= 1
    assert {c["databox"]["type"] for c in boxes} >= {10, 20, 40}
    parent = _case("dl035")
    assert parent["databox"]["sender"] != parent["labels"]["organization"]["name"]
    assert "ID DS rv7jh4m" in _member(_only("dl035", ".docx"), "word/footer1.xml")


def test_two_applications_the_later_replaces_the_earlier() -> None:
    case = _case("dl002")
    assert "nahrazuje" in case["subject"]
    early, late = _only("dl002", "09-02.pdf"), _only("dl002", "09-09.pdf")
    early_text, late_text = _pdf_text(early), _pdf_text(late)
    labels = case["labels"]
    assert "203.0.113.40" in early_text and "203.0.113.40" not in late_text
    assert all(ip in late_text for ip in labels["production_ips"] + labels["test_ips"])
    assert labels["contact"]["person"] in late_text and "Nedoma" not in str(labels)


def test_docx_sidebar_text_box() -> None:
    xml = _member(_only("dl001", ".docx"), "word/document.xml")
    box = re.search(r"<w:txbxContent>(.*?)</w:txbxContent>", xml)
    assert box and "<v:textbox>" in xml
    labels = _case("dl001")["labels"]
    outside = xml.replace(box.group(0), "")
    for ip in labels["production_ips"] + labels["test_ips"]:
        assert ip in box.group(1) and ip not in outside


def test_docx_reviewer_comment_marks_a_test_address() -> None:
    data = _only("dl008", ".docx")
    comments = _member(data, "word/comments.xml")
    document = _member(data, "word/document.xml")
    assert "jen pro testování" in comments and 'w:author="Aleš Mach"' in comments
    anchored = re.search(
        r'<w:commentRangeStart w:id="1"/><w:r><w:t>([^<]*)</w:t></w:r><w:commentRangeEnd', document
    )
    assert anchored and anchored.group(1) == "203.0.113.16"
    assert _case("dl008")["labels"]["test_ips"] == ["203.0.113.16"]


def test_docx_table_continues_over_a_page_break() -> None:
    xml = _member(_only("dl009", ".docx"), "word/document.xml")
    tables = re.findall(r"<w:tbl>.*?</w:tbl>", xml)
    assert len(tables) == 2
    assert all("<w:tblHeader/>" in t and "Adresa" in t and "Určení" in t for t in tables)
    between = xml[xml.index(tables[0]) + len(tables[0]) : xml.index(tables[1])]
    assert '<w:br w:type="page"/>' in between
    labels = _case("dl009")["labels"]
    assert len(labels["production_ips"]) == 4 and "198.51.100.64" in tables[1]


def test_two_column_pdf_sidebar() -> None:
    import pypdf

    data = _only("dl004", ".pdf")
    page = pypdf.PdfReader(io.BytesIO(data)).pages[0]
    left: list[str] = []
    right: list[str] = []

    def visit(text: str, cm: Any, tm: Any, _font: Any, _size: Any) -> None:
        if text.strip():
            (left if cm[4] + tm[4] < 190 else right).append(text)

    page.extract_text(visitor_text=visit)
    side, letter = " ".join(left), " ".join(right)
    labels = _case("dl004")["labels"]
    assert labels["organization"]["ico"] in side and "pt9x4wd" in side
    assert "198.18.44.10" in letter and "198.18.44.10" not in side
    assert labels["organization"]["ico"] not in letter


def test_acroform_one_box_ticked_one_not() -> None:
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(_only("dl005", ".pdf")))
    values = {name: f.get("/V") for name, f in (reader.get_fields() or {}).items()}
    assert values["chk_xml"] == "/Yes" and values["chk_film"] == "/Off"
    assert values["ip_prod"] == "203.0.113.221; 203.0.113.222"
    assert not IP.search(reader.pages[0].extract_text())


def test_csv_windows_1250_with_a_role_column() -> None:
    for prefix in ("dl003", "dl032"):
        found = [v for n, v in _attachments(prefix).items() if n.endswith(".csv")]
        assert len(found) == 1 and found[0][0] == "text/csv"
        raw = found[0][1]
        text = raw.decode("cp1250")
        assert b"\r\n" in raw and text.splitlines()[0].count(";") == 2
    raw = _only("dl003", ".csv")
    assert "záložní" in raw.decode("cp1250")
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        raise AssertionError("the CSV should not be UTF-8")


def test_saved_html_form_is_an_attachment() -> None:
    case = _case("dl007")
    assert "html" not in case
    ((ctype, data),) = _attachments("dl007").values()
    html = data.decode("utf-8")
    assert ctype == "text/html" and "<form" in html
    assert 'name="typ_xml" checked' in html and 'name="typ_film">' in html
    assert "00025593" in html


def test_xlsx_struck_through_zruseno_rows() -> None:
    import openpyxl

    ws = openpyxl.load_workbook(io.BytesIO(_only("dl006", ".xlsx")))["Adresy"]
    struck = {row[0].value for row in ws.iter_rows(min_row=2) if row[0].font.strike}
    cancelled = {row[0].value for row in ws.iter_rows(min_row=2) if row[2].value == "zrušeno"}
    assert struck == cancelled == {"198.51.100.12", "198.51.100.19"}
    labels = _case("dl006")["labels"]
    assert not struck & set(labels["production_ips"] + labels["test_ips"])


def test_label_mix_and_well_formed() -> None:
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 28 and types[(FILM,)] >= 4 and types[(FEED, FILM)] >= 3
    for lab in labels:
        assert len(lab["production_ips"]) <= 5 and len(lab["test_ips"]) <= 5
        if lab["request_types"] == [FILM]:
            assert not lab["production_ips"] and not lab["test_ips"]
        org, contact = lab["organization"], lab["contact"]
        assert org["ico"] is None or (ico_valid(org["ico"]) and org["ico"] != "00025593")
        assert org["databox_id"] is None or re.fullmatch(r"[a-z0-9]{7}", org["databox_id"])
        assert org["databox_id"] != "2gfaasy"
        assert contact["phone"] is None or re.fullmatch(r"\+\d{9,14}", contact["phone"])
        assert contact["email"] is None or contact["email"].endswith(".example")
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 3
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 3
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 3
    assert sum(not lab["contact"]["phone"].startswith("+420") for lab in labels) >= 5


def test_written_messages_have_the_raw_markers() -> None:
    written = R.written
    raw = b"".join(data for name, data in written.items() if name.endswith(".eml"))
    for marker in (
        b"quoted-printable",
        b"Content-Transfer-Encoding: base64",
        b"Content-Transfer-Encoding: 8bit",
        b"text/html",
        b"windows-1250",
        b"message/rfc822",
        b"text/csv",
    ):
        assert marker in raw, marker
    everything = b"".join(written.values())
    for office in (b"00025593", b"2gfaasy", b"274 052 733"):
        assert office in raw or office in everything, office
    for name, data in written.items():
        if name.endswith(".eml"):
            msg = email.message_from_bytes(data, policy=email.policy.default)
            assert str(msg["From"]).rstrip(">").endswith(".example"), name
