"""The fifty-fifth held-out part ``cp`` (tests/corpus/fiftyfifth/cp###-…): what is particular
to this part — e-mail as people really send it (phone-typed notes without diacritics, chatty
mails, at least ten mail clients, HTML-only mails with tables, quoted replies and forwards, the
office's own identifiers in quoted history, corrections inside one message, signatures naming
several people, format=flowed wrapping inside a role sentence, foreign senders writing English
with phones from several countries, data messages each carrying a file) and the cases this
round asks for. The checks every part shares are in test_corpus_parts.py. These cases were
written by hand apart from the extraction rules and are scored only at the end of the round:
extraction is deliberately not run here."""

from __future__ import annotations

import email
import email.policy
import re
from collections import Counter
from typing import Any

from tests.corpus.fiftyfifth_cp_common import CLIENTS, FEED, FILM, Style
from tests.corpus.label_rules import ico_valid
from tests.corpus.make_fiftyfifth_cp import all_cases, files

OFFICE = ("00025593", "2gfaasy", "274 052 733")
QUOTED = re.compile(r"^>|^(?:From|Od): .*czso\.cz|Forwarded message|Přeposlaná zpráva", re.M)
DIACRITICS = re.compile(r"[áčďéěíňóřšťúůýž]", re.I)
DOC_RANGES = re.compile(
    r"^(?:192\.0\.2\.|198\.51\.100\.|203\.0\.113\.|198\.1[89]\.\d{1,3}\.)\d{1,3}$|^2001:db8:"
)


def _case(case_id: str) -> dict[str, Any]:
    return next(c for c in all_cases() if c["id"].startswith(case_id))


def _text(case: dict[str, Any]) -> str:
    return (case.get("body") or "") + (case.get("html") or "") + repr(case.get("attachments"))


def _mails() -> list[dict[str, Any]]:
    return [c for c in all_cases() if "databox" not in c]


def test_real_mail_clients_and_html_only_mails() -> None:
    mails = _mails()
    assert len(all_cases()) == 42
    clients = {tuple(c["headers"]) for c in mails}
    assert len(clients) >= 10
    assert all(tuple(c["headers"]) in {tuple(h) for h in CLIENTS} for c in mails)
    html_only = [c for c in mails if "html" in c and "body" not in c]
    assert len(html_only) >= 4
    assert all("<table" in c["html"] or "<br>" in c["html"] for c in html_only)
    assert sum("html" in c and "body" in c for c in mails) >= 2
    styles = Counter(c["style"] for c in all_cases())
    assert len(styles) >= 8
    for style in (Style.PHONE, Style.CHATTY, Style.HTML, Style.REPLY, Style.FOREIGN):
        assert styles[style] >= 3, style
    phone_typed = [c for c in mails if c["style"] == Style.PHONE]
    assert sum(not DIACRITICS.search(c["body"].split("Odesláno")[0]) for c in phone_typed) >= 2


def test_quoted_history_and_the_offices_identifiers() -> None:
    mails = _mails()
    quoted = [c for c in mails if QUOTED.search(c.get("body") or "")]
    assert len(quoted) >= 2
    assert sum(c["style"] == Style.REPLY for c in quoted) >= 2
    office = [c for c in all_cases() if any(x in _text(c) for x in OFFICE)]
    assert len(office) >= 2
    for case in all_cases():
        labels = case["labels"]
        assert labels["organization"]["ico"] != "00025593", case["id"]
        assert labels["organization"]["databox_id"] != "2gfaasy", case["id"]
        assert labels["contact"]["phone"] != "+420274052733", case["id"]
        assert "czso" not in (labels["contact"]["email"] or ""), case["id"]
    assert sum(c.get("attachments", [[None]])[0][0] == "eml" for c in mails) >= 1


def test_this_rounds_particular_cases() -> None:
    defect = _case("cp004")
    assert "Ostatní údaje platí" in defect["body"] and "chybí telefonní" in defect["body"]
    named = _case("cp005")
    person = named["labels"]["contact"]["person"]
    assert "Kontaktní osobou bude" in named["body"] and person not in named["from"]
    three = _case("cp006")
    assert three["headers"][0][1].startswith("Microsoft Outlook")
    assert three["body"].count(" | +420 ") == 3
    same = _case("cp007")
    assert "stejná jako loni" in same["body"]
    assert same["labels"]["test_ips"][0] in same["body"].split("> ", 1)[1]
    german = _case("cp008")
    assert "+49 (0)30" in german["body"] and german["labels"]["contact"]["phone"][:5] == "+4930"
    table = _case("cp003")
    assert "body" not in table and table["html"].count("<th>") == 2
    assert table["html"].index("<th>") < table["html"].index("<td>")
    chatty = _case("cp002")
    assert "soukromý" in chatty["body"] and "+420606913274" != chatty["labels"]["contact"]["phone"]
    assert "606 913 274" in chatty["body"]
    flowed = [c for c in all_cases() if c.get("flowed")]
    assert flowed and all(re.search(r"(produkční|testovat budeme z) \n", c["body"]) for c in flowed)


def test_data_messages_carry_files() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255, case["id"]
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
    kinds = Counter(k for c in all_cases() for k, _, _ in c.get("attachments", []))
    for kind in ("pdf", "docx", "xlsx", "odt", "rtf", "eml"):
        assert kinds[kind] >= 1, kind


def test_the_part_has_its_label_mix() -> None:
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 3 and types[(FEED, FILM)] >= 8
    for lab in labels:
        if lab["request_types"] == [FILM]:
            assert not lab["production_ips"] and not lab["test_ips"]
        assert len(lab["production_ips"]) <= 5 and len(lab["test_ips"]) <= 5
        for ip in lab["production_ips"] + lab["test_ips"]:
            assert DOC_RANGES.match(ip), ip
        org = lab["organization"]
        assert org["ico"] is None or ico_valid(org["ico"])
        assert org["databox_id"] is None or re.fullmatch(r"[a-z0-9]{7}", org["databox_id"])
        assert lab["contact"]["email"].endswith(".example")
        assert re.fullmatch(r"\+\d{9,14}", lab["contact"]["phone"])
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 4
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 2
    assert any(any(":" in ip for ip in lab["test_ips"]) for lab in labels)
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 3
    phones = [lab["contact"]["phone"] for lab in labels]
    for country in ("+420", "+421", "+49", "+43", "+48", "+36", "+44", "+33"):
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
    agents = set()
    for name, data in written.items():
        if name.endswith(".eml"):
            msg = email.message_from_bytes(data, policy=email.policy.default)
            assert str(msg["From"]).rstrip(">").endswith(".example"), name
            agents.add(str(msg["X-Mailer"] or msg["User-Agent"] or msg["X-Originating-Client"]))
    assert len(agents) >= 10
    assert sum(name.endswith(".xml") for name in written) >= 4
