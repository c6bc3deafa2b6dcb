"""The sixty-first held-out part ``dk`` (tests/corpus/sixtyfirst/dk###-…): what is particular
to this part — e-mail as people really send it (phone-typed notes without diacritics, chatty
mails, two dozen mail clients, HTML-only mails with tables, replies and forwards with quoted
history including the office's own identifiers, corrections, signatures naming several people,
format=flowed with and without delsp, foreign senders writing English or Slovak, six data
messages) and this round's new classes ("[EXTERNAL]"/"[EXT]" subject tags with warning banners
and a group's legal disclaimer, the contact only in a vCard or a one-line "IČ | DIČ | ID DS |
tel." footer, answers interleaved with the office's quoted questions three levels deep, a
subject the body corrects, host names beside addresses and one without, an out-of-office reply
quoted above the application, slashed "prod/test" lines) — and its label mix. The checks every
part shares are in test_corpus_parts.py. These cases were written by hand apart from the
extraction rules and are scored only at the end of the round: extraction is deliberately not
run here."""

from __future__ import annotations

import email
import email.policy
import re
from collections import Counter
from typing import Any

from tests.corpus.make_sixtyfirst_dk import all_cases, files
from tests.corpus.sixtyfirst_dk_common import FEED, FILM, Style

OFFICE = ("00025593", "2gfaasy", "274 052 733")
IPV4 = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b")


def _text(case: dict[str, Any]) -> str:
    return (case.get("body") or "") + (case.get("html") or "")


def _one(marker: str) -> dict[str, Any]:
    found = [c for c in all_cases() if marker in _text(c)]
    assert found, marker
    return found[0]


def _style(style: Style) -> list[dict[str, Any]]:
    return [c for c in all_cases() if c["style"] == style]


def test_external_tags_banners_and_group_disclaimers() -> None:
    external = _style(Style.EXTERNAL)
    assert len(external) >= 3
    subjects = [c["subject"] for c in external]
    assert any("[EXTERNAL]" in s for s in subjects) and any("[EXT]" in s for s in subjects)
    gateway = _one("POZOR: Tento e-mail pochází z externího zdroje. Neotvírejte")
    assert gateway["body"].startswith("POZOR: Tento e-mail pochází z externího zdroje")
    assert gateway["subject"].startswith("[EXTERNAL] ")
    assert _one("CAUTION: This email originated from outside of the organization")
    disclaimers = [c for c in external if "skupiny" in c["body"] and "Disclaimer" in c["body"]]
    disclaimers += [c for c in external if "je členem skupiny" in c["body"]]
    assert len(disclaimers) >= 2
    for case in disclaimers:
        tail = case["body"][-900:]
        assert case["labels"]["organization"]["name"] in tail, case["id"]


def test_contact_only_in_a_vcard_or_a_one_line_footer() -> None:
    (vcard,) = _style(Style.VCARD)
    (kind, filename, content) = vcard["attachments"][0]
    assert kind == "txt" and filename.endswith(".vcf") and content.startswith("BEGIN:VCARD")
    person = vcard["labels"]["contact"]["person"]
    assert person not in vcard["body"] and f"FN:{person}" in content
    assert vcard["labels"]["contact"]["email"] not in vcard["body"]
    footer = _one("| DIČ: CZ")
    last = footer["body"].rstrip("\n").rsplit("\n", 1)[-1]
    assert re.fullmatch(r".+ \| IČ: \d{8} \| DIČ: CZ\d{8} \| ID DS: \w{7} \| tel\. [\d ]+", last)
    assert footer["labels"]["organization"]["databox_id"] in last


def test_inline_answers_to_the_office_three_levels_deep() -> None:
    (inline,) = _style(Style.INLINE)
    body = inline["body"]
    assert re.search(r"\n> Uveďte testovací adresu[^\n]*\n\n\d", body)
    assert "\n>> " in body and "\n>>> " in body
    assert all(o in body for o in ("00025593", "2gfaasy", "274 052 733"))
    answers = [line for line in body.split("\n") if IPV4.search(line) and not line[:1] == ">"]
    assert len(answers) >= 2


def test_subject_hostname_autoreply_and_slashed_classes() -> None:
    (subject,) = _style(Style.SUBJECT)
    in_subject = set(IPV4.findall(subject["subject"]))
    labelled = set(subject["labels"]["production_ips"] + subject["labels"]["test_ips"])
    assert len(in_subject) == 2 and in_subject - labelled and labelled - in_subject
    hostnames = _style(Style.HOSTNAME)
    assert len(hostnames) >= 2
    assert _one("feed-a.redakce.bnoviny.example.cz (192.0.2.10)")
    bare = _one("stage.redakce.bnoviny.example.cz\n")
    assert bare["labels"]["test_ips"] == []
    (autoreply,) = _style(Style.AUTOREPLY)
    body = autoreply["body"]
    assert autoreply["subject"].startswith("FW: Automatická odpověď:")
    assert body.index("mimo kancelář") < body.index("Kontaktní osoba:")
    slashed = _style(Style.SLASHED)
    assert len(slashed) >= 2
    assert re.search(r"IP prod/test: [\d.]+ / [\d.]+", _one("IP prod/test:")["body"])
    for case in slashed:
        lab = case["labels"]
        assert lab["production_ips"] and len(lab["production_ips"]) == len(lab["test_ips"])


def test_html_only_mails_replies_and_office_quotes() -> None:
    cases = all_cases()
    assert len(cases) == 42
    html_only = [c for c in cases if "html" in c and c.get("body") is None]
    assert len(html_only) >= 2 and all("<table" in c["html"] for c in html_only)
    assert sum(c["style"] in (Style.REPLY, Style.INLINE, Style.EXTERNAL) for c in cases) >= 5
    quoting = [c for c in cases if sum(o in repr(c) for o in OFFICE) >= 2]
    assert len(quoting) >= 3
    assert sum("274 052 733" in repr(c) for c in cases) >= 4
    for case in cases:
        lab = case["labels"]
        assert lab["organization"]["ico"] != "00025593"
        assert lab["organization"]["databox_id"] != "2gfaasy"
        assert lab["contact"]["phone"] != "+420274052733"


def test_many_clients_and_phone_typed_mails() -> None:
    cases = all_cases()
    mails = [c for c in cases if "databox" not in c]
    clients = {tuple(c["headers"]) for c in mails if c.get("headers")}
    assert len(clients) >= 20
    phone = _style(Style.PHONE)
    assert len(phone) >= 3
    for case in phone:
        assert not any(ch in case["body"][:120] for ch in "ěščřžýáíéůú"), case["id"]
    flowed = [c for c in cases if c.get("flowed")]
    assert any(c.get("delsp") for c in flowed) and any(not c.get("delsp") for c in flowed)
    for case in flowed:
        soft = "  \n" if case.get("delsp") else " \n"
        assert soft in case["body"], case["id"]
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 15
    for style in (Style.FOREIGN, Style.CORRECTION, Style.DATABOX, Style.SIGNATURE):
        assert styles[style] >= 3, style
    foreign = " ".join(c["body"] for c in _style(Style.FOREIGN))
    assert "Dear" in foreign and "Dobrý deň" in foreign


def test_data_messages_carry_the_application_in_annotation_or_file() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 5
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255
    in_annotation = [c for c in boxes if IPV4.search(c["subject"])]
    assert len(in_annotation) >= 2
    kinds = Counter(kind for c in boxes for kind, _, _ in c["attachments"])
    for kind in ("pdf", "docx", "xlsx", "odt", "rtf", "txt"):
        assert kinds[kind] >= 1, kind
    assert any(len(c["attachments"]) == 2 for c in boxes)
    borrowed = [
        c for c in boxes if c["labels"]["organization"]["databox_id"] != c["databox"]["box"]
    ]
    assert len(borrowed) == 1 and borrowed[0]["labels"]["organization"]["databox_id"]
    assert {c["databox"]["type"] for c in boxes} >= {10, 20, 40}


def test_the_part_has_its_label_mix() -> None:
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 4 and types[(FEED, FILM)] >= 6
    for lab in labels:
        if lab["request_types"] == [FILM]:
            assert not lab["production_ips"] and not lab["test_ips"]
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 4
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 3
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 4
    assert sum(len(lab["production_ips"]) == 4 for lab in labels) >= 1  # a written range
    phones = [lab["contact"]["phone"] for lab in labels if lab["contact"]["phone"]]
    for country in ("+420", "+421", "+48", "+43", "+44"):
        assert any(p.startswith(country) for p in phones), country


def test_written_messages_have_the_raw_markers() -> None:
    written = files()
    raw = b"".join(data for name, data in written.items() if name.endswith(".eml"))
    for marker in (
        b'format="flowed"',
        b'delsp="yes"',
        b"quoted-printable",
        b"Content-Transfer-Encoding: base64",
        b"Content-Transfer-Encoding: 8bit",
        b"Content-Transfer-Encoding: 7bit",
        b"multipart/alternative",
        b"text/html",
        b"windows-1250",
        b"iso-8859-2",
        b"multipart/signed",
        b"message/rfc822",
        b"Microsoft Outlook 16.0",
        b"Microsoft-MacOutlook",
        b"X-Mailer: Outlook for iOS",
        b"X-Originating-Client: owa",
        b"Thunderbird/128",
        b"Apple Mail",
        b"iPhone Mail",
        b"K-9 Mail for Android",
        b"Samsung Mail",
        b"Email.cz (Seznam Email)",
        b"Centrum.cz Mail",
        b"Roundcube Webmail",
        b"Zimbra",
        b"X-Google-Smtp-Source",
        b"Evolution",
        b"Claws Mail",
        b"eM_Client",
        b"User-Agent: Mutt/",
        b"KMail",
        b"YahooMailAndroidMobile",
        b"Horde Application Framework",
        b"HCL Notes",
        b"X-Pm-Message-Id",
        b"X-Readdle-Message-ID",
        b"Airmail",
        b"SOGoMail",
        b"GroupWise",
        b"Cyrus-JMAP",
        b'filename="Tomas_Kratochvil.vcf"',
    ):
        assert marker in raw, marker
    boxes = b"".join(data for name, data in written.items() if name.endswith(".xml"))
    assert b"<p:dmAnnotation>" in boxes
    for name, data in written.items():
        if name.endswith(".eml"):
            msg = email.message_from_bytes(data, policy=email.policy.default)
            assert str(msg["From"]).rstrip(">").endswith(".example"), name
