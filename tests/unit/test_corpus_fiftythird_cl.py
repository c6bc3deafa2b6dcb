"""The fifty-third held-out part ``cl`` (tests/corpus/fiftythird/cl###-…): what is particular
to this part — unusual applicants and wording (foreign media in their own language or mixed
with English, freelancers, universities and institutes, a town and municipal/regional TV,
agencies and IT contractors writing for a medium, terse notes and long formal letters),
addresses as ranges, CIDR blocks, netmasks, order words, IPv6 ranges and /127 blocks,
replaced, temporary and internal hosts, requests declined, withdrawn, conditional, deferred or
for a later election, and at least four data messages with a file — and its label mix. The
checks every part shares are in test_corpus_parts.py. These cases were written by hand apart
from the extraction rules and are scored only at the end of the round: extraction is
deliberately not run here."""

from __future__ import annotations

import email
import email.policy
import ipaddress
import re
from collections import Counter
from typing import Any

from tests.corpus.fiftythird_cl_common import FEED, FILM, Style
from tests.corpus.label_rules import ico_valid
from tests.corpus.make_fiftythird_cl import all_cases, files

IPV4 = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b")
DOC_NETS = [
    ipaddress.ip_network(n)
    for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "198.18.0.0/15", "2001:db8::/32")
]
LANGUAGES = {
    "German": "Mit freundlichen Grüßen",
    "Austrian German": "Grüß Gott",
    "Swiss German": "Grüezi",
    "Polish": "Dzień dobry",
    "Slovak": "Dobrý deň",
    "Hungarian": "Tisztelt",
    "French": "Madame, Monsieur",
    "Spanish": "Estimados señores",
    "Italian": "Gentili signori",
    "Dutch": "Geachte heer",
    "Swedish": "Hej",
    "Greek in Latin letters": "Kalimera",
    "Turkish": "Sayın yetkili",
    "Albanian": "Pershendetje",
    "Catalan": "Bon dia",
    "Icelandic": "Góðan dag",
}


def _text(case: dict[str, Any]) -> str:
    return repr({k: v for k, v in case.items() if k not in ("labels", "description")})


def _by_id(slug: str) -> dict[str, Any]:
    (case,) = [c for c in all_cases() if c["id"].endswith(slug)]
    return case


def test_foreign_applicants_write_their_own_languages() -> None:
    cases = all_cases()
    assert len(cases) == 42
    texts = [_text(c) for c in cases]
    for language, marker in LANGUAGES.items():
        assert any(marker in t for t in texts), language
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 8
    assert styles[Style.FOREIGN] + styles[Style.MIXED] >= 18
    assert styles[Style.MIXED] >= 6 and styles[Style.TERSE] >= 3
    assert styles[Style.LETTER] + styles[Style.COVER] >= 4
    phones = [c["labels"]["contact"]["phone"] for c in cases]
    countries = ("+49", "+48", "+421", "+36", "+33", "+34", "+39", "+31", "+46", "+30", "+90")
    for country in countries + ("+355", "+354", "+43", "+41", "+32"):
        assert any(p and p.startswith(country) for p in phones), country
    # the Czech-speaking correspondent: a foreign phone first, a Czech SIM beside it
    corr = _by_id("czech-speaking-austrian-correspondent-two-phones")
    assert "česká SIM" in corr["body"] and corr["labels"]["contact"]["phone"].startswith("+43")


def test_unusual_applicants() -> None:
    labels = {c["id"]: c["labels"] for c in all_cases()}
    names = [lab["organization"]["name"] for lab in labels.values()]
    assert sum(bool(re.search(r"Univerz|Universit", n)) for n in names) >= 4
    assert any("Institut" in n for n in names)
    freelancers = [
        lab for lab in labels.values() if lab["organization"]["name"] == lab["contact"]["person"]
    ]
    assert len(freelancers) >= 3
    town = _by_id("databox-town-information-screen")
    assert town["databox"]["type"] == 10 and "obrazovk" in repr(town["attachments"])
    assert town["labels"]["request_types"] == [FEED] and not town["labels"]["test_ips"]
    # the freelancer filming for two outlets applies for one: that outlet, he the contact
    two = _by_id("freelancer-two-outlets-applies-for-one")
    assert two["labels"]["organization"]["name"] == "Valašská televize s.r.o."
    assert "Rožnovský zpravodaj" in two["body"]
    # contractors and agencies writing for a medium: the sender's firm is not the applicant
    for slug in (
        "dutch-it-contractor-for-broadcaster",
        "it-contractor-internal-host-nat",
        "english-it-contractor-xlsx",
        "agency-forwards-client-eml-correction",
    ):
        case = _by_id(slug)
        firm = case["from"].split("@")[1].split(".")[0]
        assert firm not in case["labels"]["organization"]["name"].lower().replace(" ", "")
    assert sum(lab["organization"]["ico"] is None for lab in labels.values()) >= 15


def test_addresses_are_written_in_many_ways() -> None:
    cases = all_cases()
    texts = [_text(c) for c in cases]
    joined = "\n".join(texts)
    assert joined.count("255.255.255.") >= 2
    assert "x.x.x.10 – 12" in joined
    assert sum(bool(re.search(r"\bresp(\.|ektive|ectievelijk)", t)) for t in texts) >= 4
    assert sum("/127" in t for t in texts) >= 3
    for word in (" bis ", " hasta ", " à ", "dhe"):
        assert word in joined, word
    labels = [c["labels"] for c in cases]
    for lab in labels:
        ips = lab["production_ips"] + lab["test_ips"]
        assert len(lab["production_ips"]) <= 5 and len(lab["test_ips"]) <= 5
        for ip in ips:
            addr = ipaddress.ip_address(ip)
            assert str(addr) == ip and any(addr in net for net in DOC_NETS), ip
    v6_runs = [lab for lab in labels if sum(":" in ip for ip in lab["production_ips"]) >= 3]
    assert len(v6_runs) >= 3, "IPv6 ranges expanded"
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 8
    # addresses in the text that are old, replaced, withdrawn or go with a declined feed
    unlabelled = [
        c["id"]
        for c in cases
        if set(IPV4.findall(_text(c)))
        - set(c["labels"]["production_ips"] + c["labels"]["test_ips"])
        - {"255.255.255.252", "255.255.255.254"}
        - {ip for ip in IPV4.findall(_text(c)) if ip.startswith("10.")}
    ]
    assert len(unlabelled) >= 6
    withdrawn = _by_id("reply-withdraws-last-test-keeps-production")["labels"]
    assert withdrawn["production_ips"] == ["192.0.2.14"] and withdrawn["test_ips"] == []


def test_requests_declined_withdrawn_conditional_deferred() -> None:
    labels = {c["id"]: c["labels"] for c in all_cases()}
    types = Counter(tuple(lab["request_types"]) for lab in labels.values())
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 5 and types[(FEED, FILM)] >= 8
    for lab in labels.values():
        if lab["request_types"] == [FILM]:
            assert not lab["production_ips"] and not lab["test_ips"]
    assert _by_id("spanish-correspondent-filming-dropped-ps")["labels"]["request_types"] == [FEED]
    assert _by_id("italian-daily-film-now-feed-later")["labels"]["request_types"] == [FILM]
    assert _by_id("municipal-tv-reply-declines-feed")["labels"]["request_types"] == [FILM]
    assert FILM in _by_id("hungarian-conditional-filming-capitals")["labels"]["request_types"]
    for slug in ("french-university-lab-later-election", "italian-tv-later-election-docx"):
        assert FEED in _by_id(slug)["labels"]["request_types"], slug
    assert "Moravskoslezský kraj" in _by_id("catalan-one-region-results")["body"]


def test_data_messages_carry_files() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
    assert {c["databox"]["type"] for c in boxes} >= {10, 20, 40}


def test_labels_are_well_formed() -> None:
    for case in all_cases():
        lab = case["labels"]
        org, contact = lab["organization"], lab["contact"]
        assert org["ico"] is None or (ico_valid(org["ico"]) and org["ico"] != "00025593")
        assert org["databox_id"] is None or re.fullmatch(r"[a-z0-9]{7}", org["databox_id"])
        assert org["databox_id"] != "2gfaasy"
        assert contact["email"].endswith(".example")
        assert re.fullmatch(r"\+\d{8,15}", contact["phone"]), case["id"]
        assert contact["phone"] != "+420274052733"
        assert lab["request_types"] in ([FEED], [FILM], [FEED, FILM])


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
                    msg.get("X-Mailer")
                    or msg.get("User-Agent")
                    or msg.get("X-Originating-Client")
                    or msg.get("X-Gm-Features")
                )
            )
    assert len(clients) >= 10
    kinds = Counter(k for c in all_cases() for k, _, _ in c.get("attachments", []))
    for kind in ("pdf", "docx", "xlsx", "odt", "rtf", "eml"):
        assert kinds[kind] >= 1, kind
