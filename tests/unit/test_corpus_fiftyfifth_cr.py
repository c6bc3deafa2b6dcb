"""The fifty-fifth held-out part ``cr`` (tests/corpus/fiftyfifth/cr###-…): what is particular
to this part — its emphasis on unusual applicants and wording (foreign media in their own
language or mixed with English, freelancers applying as themselves, universities and
institutes, municipalities and regional TVs, IT contractors writing for a medium, terse notes
and long letters), addresses written as ranges, CIDR blocks, netmasks, order words, IPv6,
old/replaced, temporary and internal hosts, request types declined, withdrawn, conditional,
for a later election or filming only, data messages each with a file — and the round's
required cases. The checks every part shares are in test_corpus_parts.py. These cases were
written by hand apart from the extraction rules and are scored only at the end of the round:
extraction is deliberately not run here."""

from __future__ import annotations

import email
import email.policy
import ipaddress
import re
from collections import Counter
from typing import Any

from tests.corpus.fiftyfifth_cr_common import FEED, FILM, Style
from tests.corpus.label_rules import ico_valid
from tests.corpus.make_fiftyfifth_cr import all_cases, files

LANGUAGE_MARKERS = {
    "es": "Atentamente",
    "it": "Cordiali saluti",
    "sk": "produkčné / testovacie",
    "pl": "zakres od",
    "hr": "Adresa za testiranje",
    "de": "Mit freundlichen Grüßen",
    "hu": "Üdvözlettel",
    "fr": "Madame, Monsieur",
    "nl": "Met vriendelijke groet",
    "sv": "Med vänliga hälsningar",
    "pt": "Obrigado",
    "no": "Produksjon",
    "fi": "tuotanto",
}


def _text(case: dict[str, Any]) -> str:
    return repr({k: v for k, v in case.items() if k not in ("labels", "description")})


def _case(prefix: str) -> dict[str, Any]:
    [case] = [c for c in all_cases() if c["id"].startswith(prefix)]
    return case


def test_foreign_languages_and_mixes_are_many() -> None:
    cases = all_cases()
    assert len(cases) == 42
    text = "".join(_text(c) for c in cases)
    for lang, marker in LANGUAGE_MARKERS.items():
        assert marker in text, lang
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 8
    assert styles[Style.FOREIGN] >= 10 and styles[Style.MIXED] >= 4
    assert styles[Style.TERSE] >= 4 and styles[Style.LETTER] >= 4
    foreign_phones = [
        c["labels"]["contact"]["phone"]
        for c in cases
        if c["labels"]["contact"]["phone"]
        and not c["labels"]["contact"]["phone"].startswith("+420")
    ]
    assert len({p[:3] for p in foreign_phones}) >= 12


def test_unusual_applicants() -> None:
    labels = [c["labels"] for c in all_cases()]
    names = [lab["organization"]["name"] for lab in labels]
    selves = [lab for lab in labels if lab["organization"]["name"] == lab["contact"]["person"]]
    assert len(selves) >= 3, "freelancers applying as themselves"
    for word in ("Univerz", "Uniwersytet", "Institute", "v. v. i.", "Město", "Městys"):
        assert any(word in n for n in names), word
    assert "Univerzita Horního Povltaví, veřejná vysoká škola" in names
    for suffix in ("S.L.", "S.r.l.", "s. r. o.", "sp. z o.o.", "d.o.o.", "Kft.", "GmbH", "AB"):
        assert any(n.endswith(suffix) for n in names), suffix
    # IT contractors write for a medium: the contractor's IČO is in the text, not the label
    for prefix in ("cr011", "cr036"):
        case = _case(prefix)
        icos = re.findall(r"(?<!\d)\d{8}(?!\d)", _text(case))
        assert any(ico_valid(i) and i != case["labels"]["organization"]["ico"] for i in icos)
    foreign = [lab for lab in labels if lab["contact"]["phone"][:4] not in ("+420", "+421")]
    assert all(lab["organization"]["ico"] is None for lab in foreign)


def test_addresses_written_many_ways() -> None:
    text = "".join(_text(c) for c in all_cases())
    for marker in (
        "zakres od",
        "maska 255.255.255.254",
        "s maskou 255.255.255.252",
        "/30",
        "/126",
        "/127",
        " t/m ",
        "respectively",
        "bzw.",
        "rispettivamente",
        "respektive",
        "2001:db8:1f0:0:0:0:0:20",
        "RÉGI (törlendő)",
        "nahrazuje",
        "dočasný server",
        "10.20.0.15",
        "and .171",
    ):
        assert marker in text, marker
    labels = [c["labels"] for c in all_cases()]
    assert sum(len(lab["production_ips"]) == 4 for lab in labels) >= 5
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 5
    hu = _case("cr008")["labels"]
    assert "203.0.113.20" not in hu["production_ips"] + hu["test_ips"]
    for lab in labels:
        for ip in lab["production_ips"] + lab["test_ips"]:
            assert str(ipaddress.ip_address(ip)) == ip
            assert not ipaddress.ip_address(ip).is_private or ip.startswith(
                ("192.0.2.", "198.51.100.", "203.0.113.", "198.18.", "198.19.", "2001:db8:")
            )


def test_request_types_declined_withdrawn_conditional_later() -> None:
    cases = all_cases()
    types = Counter(tuple(c["labels"]["request_types"]) for c in cases)
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 6 and types[(FEED, FILM)] >= 8
    for c in cases:
        lab = c["labels"]
        if lab["request_types"] == [FILM]:
            assert not lab["production_ips"] and not lab["test_ips"], c["id"]
    assert "nur Drehgenehmigung, kein Datenzugang" in _text(_case("cr007"))
    assert _case("cr007")["labels"]["request_types"] == [FILM]
    assert _case("cr027")["labels"]["request_types"] == [FILM]  # feed withdrawn in a P.S.
    assert _case("cr017")["labels"]["request_types"] == [FEED]  # filming withdrawn
    assert FILM in _case("cr023")["labels"]["request_types"]  # conditional still asks
    assert "2028" in _text(_case("cr024")) and _case("cr024")["labels"]["request_types"]


def test_data_messages_each_carry_a_file() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
    assert sum(c["databox"]["type"] == 10 for c in boxes) >= 2
    assert sum(c["databox"]["type"] == 40 for c in boxes) >= 2


def test_labels_are_well_formed() -> None:
    office = ("00025593", "2gfaasy", "czso.cz", "+420274052733")
    kinds = Counter(k for c in all_cases() for k, _, _ in c.get("attachments", []))
    for kind in ("pdf", "docx", "xlsx", "odt", "rtf", "eml"):
        assert kinds[kind] >= 1, kind
    for case in all_cases():
        lab = case["labels"]
        org, contact = lab["organization"], lab["contact"]
        assert org["ico"] is None or ico_valid(org["ico"]), case["id"]
        assert org["databox_id"] is None or (
            len(org["databox_id"]) == 7 and org["databox_id"].isalnum()
        )
        assert contact["email"].endswith(".example")
        assert contact["phone"].startswith("+") and contact["phone"][1:].isdigit()
        assert len(lab["production_ips"]) <= 5 and len(lab["test_ips"]) <= 5
        assert not any(o in repr(lab) for o in office), case["id"]


def test_written_messages_have_the_raw_markers() -> None:
    raw = b"".join(data for name, data in files().items() if name.endswith(".eml"))
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
    for name, data in files().items():
        if name.endswith(".eml"):
            msg = email.message_from_bytes(data, policy=email.policy.default)
            assert str(msg["From"]).rstrip(">").endswith(".example"), name
