"""The fifty-second held-out part ``ci`` (tests/corpus/fiftysecond/ci###-…): what is particular
to this part — its emphasis on unusual applicants and wording (foreign media in their own
language, among them Portuguese, Romanian, Finnish, Danish and Norwegian, an English speaker in
broken Czech, freelancers, universities asking for data for a study, a municipality and a town's
television filming in two districts, an IT contractor writing for a medium, terse notes and
long letters; ranges written "von .10 bis .14" / "od .10 do .14" / "from .10 to .14", CIDR
blocks with a stated exception, netmasks, 'respectively', IPv6, replaced and internal hosts,
the previous election's addresses with changes; requests declined, withdrawn, conditional,
deferred or for a by-election, a regional or a later election only; data messages each with a
file) and its label mix. The checks every part shares are in test_corpus_parts.py. These cases
were written by hand apart from the extraction rules and are scored only at the end of the
round: extraction is deliberately not run here."""

from __future__ import annotations

import email
import email.policy
import ipaddress
import re
from collections import Counter
from typing import Any

from tests.corpus.fiftysecond_ci_common import FEED, FILM, Style
from tests.corpus.label_rules import ico_valid
from tests.corpus.make_fiftysecond_ci import all_cases, files

DOC_NETS = [
    ipaddress.ip_network(n)
    for n in (
        "192.0.2.0/24",
        "198.51.100.0/24",
        "203.0.113.0/24",
        "198.18.0.0/15",
        "2001:db8::/32",
    )
]


def _text(case: dict[str, Any]) -> str:
    return repr({k: v for k, v in case.items() if k not in ("labels", "description")})


def _labels() -> list[dict[str, Any]]:
    return [c["labels"] for c in all_cases()]


def test_foreign_applicants_write_in_many_languages() -> None:
    cases = all_cases()
    assert len(cases) == 42
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 8
    assert styles[Style.FOREIGN] >= 14
    assert styles[Style.BROKEN] >= 1 and styles[Style.TERSE] >= 3 and styles[Style.LETTER] >= 5
    words = {  # a word only that language's application uses
        "German": "beantragt",
        "Polish": "Z poważaniem",
        "Slovak": "S pozdravom",
        "Hungarian": "Kapcsolattartó",
        "French": "sollicitons",
        "Spanish": "respectivamente",
        "Italian": "Cordiali saluti",
        "Dutch": "Met vriendelijke groet",
        "Swedish": "Vänliga hälsningar",
        "Portuguese": "Com os melhores cumprimentos",
        "Romanian": "Cu stimă",
        "Finnish": "Ystävällisin terveisin",
        "Danish": "Venlig hilsen",
        "Norwegian": "Mvh",
        "broken Czech": "ja jsem novinar",
    }
    for language, word in words.items():
        assert any(word in _text(c) for c in cases), language
    phones = {lab["contact"]["phone"] for lab in _labels() if lab["contact"]["phone"]}
    for code in ("+49", "+48", "+44", "+421", "+36", "+33", "+34", "+39", "+31", "+46"):
        assert any(p.startswith(code) for p in phones), code
    for code in ("+351", "+40", "+358", "+45", "+47", "+43", "+421"):
        assert any(p.startswith(code) for p in phones), code


def test_unusual_applicants() -> None:
    cases = all_cases()
    names = [c["labels"]["organization"]["name"] for c in cases]
    people = [
        c for c in cases if c["labels"]["organization"]["name"] == c["labels"]["contact"]["person"]
    ]
    assert len(people) >= 3, "freelancers applying for themselves"
    assert sum("univerzita" in n.lower() or "università" in n.lower() for n in names) >= 2
    research = [c for c in cases if re.search(r"výzkum|studi[eo]|study", _text(c), re.I)]
    assert research and all(c["labels"]["request_types"] == [FEED] for c in research)
    town = [c for c in cases if "Okres" in _text(c) and "Jihlava" in _text(c)]
    assert len(town) == 1 and town[0]["labels"]["request_types"] == [FILM]
    assert any(n.startswith("Město ") for n in names)
    assert any(
        "Netlogic" in _text(c) and "Netlogic" not in c["labels"]["organization"]["name"]
        for c in cases
    )


def test_addresses_written_unusually() -> None:
    text = "\n".join(_text(c) for c in all_cases())
    for marker in (
        "von 198.51.100.10 bis .14",
        "od 203.0.113.10 do .14",
        "from 192.0.2.10 to .14",
        "do 192.0.2.140 ao .143",
        "de la 198.51.100.30 până la",
        "/30 okrem .7",
        "/29 kromě",
        "255.255.255.252",
        "255.255.255.254",
        "respectivamente",
        "/126",
        "2001:0db8:004a:",
        "NAT",
        "vyřadili",
        "erstattet af",
    ):
        assert marker in text, marker
    by_id = {c["id"]: c["labels"] for c in all_cases()}
    assert by_id["ci004-slovak-slash30-except"]["production_ips"][-1] == "203.0.113.6"
    assert len(by_id["ci030-cidr-29-three-exceptions"]["production_ips"]) == 5
    assert (
        "203.0.113.71" not in by_id["ci014-danish-previous-election-one-replaced"]["production_ips"]
    )
    assert not any(ip.startswith("10.") for lab in _labels() for ip in lab["test_ips"])


def test_requests_declined_withdrawn_deferred_or_limited() -> None:
    by_id = {c["id"]: c for c in all_cases()}
    for cid in ("ci008-italian-filming-feed-deferred", "ci015-norwegian-feed-withdrawn-ps"):
        lab = by_id[cid]["labels"]
        assert lab["request_types"] == [FILM] and not lab["production_ips"], cid
        assert re.search(r"\d+\.\d+\.\d+\.\d+", _text(by_id[cid])), cid
    assert by_id["ci032-conditional-filming"]["labels"]["request_types"] == [FEED, FILM]
    assert by_id["ci033-application-for-later-election"]["labels"]["request_types"] == [FEED]
    text = "\n".join(_text(c) for c in by_id.values())
    assert "doplňovací volby do Senátu" in text and "zastupitelstev krajů" in text


def test_data_messages_each_carry_a_file() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 6
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255, case["id"]
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
    assert {c["databox"]["type"] for c in boxes} >= {10, 20, 40}


def test_the_part_has_its_label_mix() -> None:
    labels = _labels()
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 5 and types[(FEED, FILM)] >= 8
    for lab in labels:
        if lab["request_types"] == [FILM]:
            assert not lab["production_ips"] and not lab["test_ips"]
        assert len(lab["production_ips"]) <= 5 and len(lab["test_ips"]) <= 5
        for ip in lab["production_ips"] + lab["test_ips"]:
            addr = ipaddress.ip_address(ip)
            assert str(addr) == ip and any(addr in net for net in DOC_NETS), ip
        ico = lab["organization"]["ico"]
        assert ico is None or (ico_valid(ico) and ico != "00025593")
        box = lab["organization"]["databox_id"]
        assert box is None or (re.fullmatch(r"[a-z0-9]{7}", box) and box != "2gfaasy")
        contact = lab["contact"]
        assert contact["email"].endswith(".example")
        assert re.fullmatch(r"\+\d{8,15}", contact["phone"]), contact
        assert contact["phone"] != "+420274052733"
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 15
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 5
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 6
    assert sum(len(lab["production_ips"]) == 5 for lab in labels) >= 4


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
                msg.get("X-Mailer")
                or msg.get("User-Agent")
                or msg.get("X-Pm-Origin")
                or msg.get("X-Originating-Client")
                or msg.get("X-Gm-Features")
            )
    assert len(clients - {None}) >= 10
    kinds = Counter(k for c in all_cases() for k, _, _ in c.get("attachments", []))
    for kind in ("pdf", "docx", "xlsx", "odt", "rtf", "eml"):
        assert kinds[kind] >= 1, kind
