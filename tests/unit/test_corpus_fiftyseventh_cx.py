"""The fifty-seventh held-out part ``cx`` (tests/corpus/fiftyseventh/cx###-…): what is
particular to this part — its emphasis on unusual applicants and wording (foreign media writing
in their own language or mixed with English, a Ukrainian medium writing Czech, a Lithuanian one
writing English, freelancers, universities, municipalities, regional and student TVs, agencies
and IT contractors writing for a medium; terse notes and long letters), on addresses written as
ranges, CIDR blocks, netmasks, with order words, as uncompressed IPv6, replaced, temporary or
internal; on request types declined, withdrawn, deferred, for a later election or filming only;
data messages each carrying a file) and its label mix. The checks every part shares are in
test_corpus_parts.py. These cases were written by hand apart from the extraction rules and are
scored only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

import email
import email.policy
import ipaddress
import re
from collections import Counter
from typing import Any

from tests.corpus.fiftyseventh_cx_common import FEED, FILM, Style
from tests.corpus.label_rules import ico_valid
from tests.corpus.make_fiftyseventh_cx import all_cases, files

DOC_NETS = [
    ipaddress.ip_network(n)
    for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "198.18.0.0/15", "2001:db8::/32")
]
E164 = re.compile(r"\+[1-9]\d{7,14}")

# A phrase only a message in that language writes, for each language the part must have.
LANGUAGES = {
    "german": "Mit freundlichen Grüßen",
    "austrian": "Grüß Gott",
    "polish": "Dzień dobry",
    "slovak": "Dobrý deň",
    "hungarian": "Tisztelt",
    "french": "Cordialement",
    "belgian": "Bien à vous",
    "spanish": "Atentamente",
    "italian": "Cordiali saluti",
    "dutch": "Met vriendelijke groet",
    "swedish": "Vänliga hälsningar",
    "romanian": "Cu stimă",
    "croatian": "Srdačan pozdrav",
}


def _text(case: dict[str, Any]) -> str:
    return repr(case)


def _by_id(fragment: str) -> dict[str, Any]:
    (case,) = [c for c in all_cases() if fragment in c["id"]]
    return case


def test_foreign_applicants_write_in_their_own_languages() -> None:
    cases = all_cases()
    assert len(cases) == 42
    for language, phrase in LANGUAGES.items():
        assert any(phrase in _text(c) for c in cases), language
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 8
    assert styles[Style.FOREIGN] >= 12
    assert styles[Style.TERSE] >= 5 and styles[Style.LETTER] >= 4
    foreign_phones = {
        lab["contact"]["phone"][:3]
        for lab in (c["labels"] for c in cases)
        if lab["contact"]["phone"]
    }
    for country in ("+49", "+48", "+42", "+36", "+33", "+34", "+39", "+31", "+46", "+40", "+38"):
        assert country in foreign_phones, country
    assert sum(c["labels"]["organization"]["ico"] is None for c in cases) >= 12


def test_this_rounds_particular_cases() -> None:
    ukrainian = _by_id("ukrainian")
    assert re.search(r"[А-Яа-яІіЇї]", ukrainian["body"]) and "Dobrý den" in ukrainian["body"]
    assert ukrainian["labels"]["contact"]["person"] in ukrainian["body"]
    lithuanian = _by_id("lithuanian")
    assert "Dear colleagues" in lithuanian["body"] and "UAB" in lithuanian["body"]
    student = _by_id("student-tv")
    assert student["labels"]["request_types"] == [FILM]
    assert "Mgr. " + student["labels"]["contact"]["person"] in student["body"]
    assert not student["from"].startswith(student["labels"]["contact"]["person"])
    short = _by_id("short-range")
    assert "192.0.2.10–12" in short["body"] and "/30" in short["body"]
    assert len(short["labels"]["production_ips"]) == 3 and len(short["labels"]["test_ips"]) == 4
    assert "adresă de producție" in _by_id("romanian")["body"].lower()
    croatian = _by_id("croatian")["body"].lower()
    assert "produkcijska adresa" in croatian and "testna adresa" in croatian
    town = _by_id("town-hall")
    assert (
        "2001:0db8:0000:" in town["body"] and town["labels"]["production_ips"][0] == "2001:db8::a15"
    )
    assert town["labels"]["organization"]["name"].startswith("Město ")


def test_unusual_applicants() -> None:
    labels = [c["labels"] for c in all_cases()]
    names = [lab["organization"]["name"] for lab in labels]
    freelancers = [lab for lab in labels if lab["organization"]["name"] == lab["contact"]["person"]]
    assert len(freelancers) >= 4
    assert sum("univerzit" in n.lower() or "università" in n.lower() for n in names) >= 3
    assert sum(n.startswith(("Město ", "Obec ")) for n in names) >= 2
    assert sum("příspěvková organizace" in n for n in names) >= 3
    for fragment in ("it-contractor", "agency-for-client"):
        case = _by_id(fragment)  # a contractor or agency writes for the medium: two IČOs
        icos = set(re.findall(r"IČO (\d{8})", case["body"]))
        assert len(icos) == 2 and case["labels"]["organization"]["ico"] in icos
        assert case["labels"]["contact"]["email"] in case["from"]


def test_addresses_are_written_many_ways() -> None:
    cases = all_cases()
    text = " ".join(_text(c) for c in cases)
    for marker in ("/30", "255.255.255.252", " bzw. ", "respectievelijk", "respectivement", " až "):
        assert marker in text, marker
    assert re.search(r"\d+\.\d+\.\d+\.\d+ ?[-–] ?\d+\.\d+\.\d+\.\d+", text), "a full dotted range"
    assert "2001:DB8:" in text and "2001:0db8:0000:" in text
    for word in ("interní", "dočasn", "namiesto", "Oprava", "NAT"):
        assert word.lower() in text.lower(), word
    labels = [c["labels"] for c in cases]
    assert sum(len(lab["production_ips"]) == 4 for lab in labels) >= 4
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 4
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 3


def test_request_types_declined_withdrawn_deferred() -> None:
    cases = all_cases()
    types = Counter(tuple(c["labels"]["request_types"]) for c in cases)
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 7 and types[(FEED, FILM)] >= 8
    film_only = [c for c in cases if c["labels"]["request_types"] == [FILM]]
    for case in film_only:
        assert not case["labels"]["production_ips"] and not case["labels"]["test_ips"]
    # film-only cases whose text still names an address (deferred, declined or withdrawn feed)
    assert sum(bool(re.search(r"\d+\.\d+\.\d+\.\d+", _text(c))) for c in film_only) >= 4
    later = _by_id("later-election")
    assert "2028" in _text(later) and later["labels"]["request_types"] == [FEED]
    assert _by_id("withdraws-filming")["labels"]["request_types"] == [FEED]


def test_data_messages_carry_files() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
    assert any(c["databox"]["type"] == 10 for c in boxes)
    kinds = Counter(k for c in all_cases() for k, _, _ in c.get("attachments", []))
    for kind in ("pdf", "docx", "xlsx", "odt", "rtf", "txt", "eml"):
        assert kinds[kind] >= 1, kind


def test_labels_are_well_formed() -> None:
    for case in all_cases():
        lab = case["labels"]
        assert len(lab["production_ips"]) <= 5 and len(lab["test_ips"]) <= 5, case["id"]
        for ip in lab["production_ips"] + lab["test_ips"]:
            addr = ipaddress.ip_address(ip)
            assert str(addr) == ip, ip
            assert any(addr in net for net in DOC_NETS), ip
        org = lab["organization"]
        assert org["ico"] is None or (ico_valid(org["ico"]) and org["ico"] != "00025593")
        assert org["databox_id"] is None or re.fullmatch(r"[a-z0-9]{7}", org["databox_id"])
        assert org["databox_id"] != "2gfaasy"
        contact = lab["contact"]
        assert contact["phone"] is None or E164.fullmatch(contact["phone"]), case["id"]
        assert contact["phone"] != "+420274052733"
        assert contact["email"].endswith(".example"), case["id"]


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
                    or msg.get("X-Gm-Features")
                    or msg.get("X-Originating-Client")
                )
            )
    assert len(clients) >= 10
