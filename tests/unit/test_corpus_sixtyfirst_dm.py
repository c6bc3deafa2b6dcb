"""The sixty-first held-out part ``dm`` (tests/corpus/sixtyfirst/dm###-…): what is particular
to this part — unusual applicants and wording (foreign media in their own languages and
scripts, a Vietnamese community weekly with Czech terms, a Russian-language weekly in Cyrillic,
an Austrian public broadcaster's correspondent filming only, a public broadcaster's regional
studio with its IČP on the letterhead, a Lithuanian company's Czech branch, a town, a city
district, universities, freelancers, agencies and IT contractors; ranges, CIDR blocks,
netmasks, 'respectively' and 'the former … the latter' in several languages, zero-padded
octets, a trailing port, full-width digits, uncompressed IPv6, replaced/temporary/internal
hosts; declined, withdrawn, conditional, deferred, later-election and filming-only requests;
data messages carrying files) and its label mix. The checks every part shares are in
test_corpus_parts.py. Extraction is deliberately not run here."""

from __future__ import annotations

import email
import email.policy
import ipaddress
import re
from collections import Counter
from typing import Any

from tests.corpus.label_rules import ico_valid
from tests.corpus.make_sixtyfirst_dm import all_cases, files
from tests.corpus.sixtyfirst_dm_common import FEED, FILM, Style

DOC_NETS = [
    ipaddress.ip_network(n)
    for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "198.18.0.0/15", "2001:db8::/32")
]
LANG_MARKERS = {
    "vi": "Trân trọng cảm ơn",
    "ru": "С уважением",
    "de": "Mit freundlichen Grüßen",
    "ja": "テスト用サーバー",
    "lt": "Pagarbiai",
    "lv": "Ar cieņu",
    "et": "Lugupidamisega",
    "fi": "Ystävällisin terveisin",
    "ro": "Cu stimă",
    "sl": "Lep pozdrav",
    "sr-Latn": "Srdačno",
    "sr-Cyrl": "Срдачан поздрав",
    "tr": "Saygılarımızla",
    "ca": "Salutacions cordials",
    "nl": "Met vriendelijke groet",
    "da": "Med venlig hilsen",
    "sv": "Vänliga hälsningar",
    "no": "Vennlig hilsen",
    "sk": "S pozdravom",
    "en": "Kind regards",
    "cs": "Dobrý den",
}
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
FULL_WIDTH = re.compile(r"[\uff10-\uff19]+[\uff0e\u3002]")


def _case(prefix: str) -> dict[str, Any]:
    return next(c for c in all_cases() if c["id"].startswith(prefix))


def _text(case: dict[str, Any]) -> str:
    return repr(case)


def test_languages_styles_and_applicants() -> None:
    cases = all_cases()
    assert len(cases) == 42
    assert [c["id"][:5] for c in cases] == [f"dm{n:03d}" for n in range(1, 43)]
    text = repr(cases)
    for lang, marker in LANG_MARKERS.items():
        assert marker in text, lang
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 9 and styles[Style.FOREIGN] >= 20
    assert styles[Style.TERSE] >= 3 and styles[Style.DATABOX] >= 5
    names = [c["labels"]["organization"]["name"] for c in cases]
    assert sum(n.startswith(("Město", "Městská část")) for n in names) == 2
    assert sum("Univer" in n or "Ülikool" in n for n in names) == 5
    assert sum(bool(CYRILLIC.search(n)) for n in names) == 1  # the Serbian weekly
    persons = [c["labels"]["contact"]["person"] for c in cases]
    assert sum(bool(CYRILLIC.search(p)) for p in persons) == 4


def test_this_rounds_named_cases() -> None:
    vi = _case("dm001")
    assert "Kontaktní osoba" in vi["body"] and "volby do Poslanecké sněmovny" in vi["body"]
    assert vi["labels"]["contact"]["person"].startswith("Nguyễn")
    ru = _case("dm002")
    assert CYRILLIC.search(ru["body"]) and "198.51.100.7:443" in ru["body"]
    assert ru["labels"]["production_ips"] == ["198.51.100.7"] and not ru["labels"]["test_ips"]
    at = _case("dm003")
    assert at["labels"]["request_types"] == [FILM]
    assert "XML-Daten benötigen wir nicht" in at["body"] and "Korrespondentin" in at["body"]
    ja = _case("dm004")
    assert FULL_WIDTH.search(ja["body"]) and ja["labels"]["test_ips"] == ["203.0.113.29"]
    zeros = _case("dm021")
    assert "192.000.002.010" in zeros["body"] and zeros["labels"]["production_ips"][0] == (
        "192.0.2.10"
    )
    studio = _case("dm020")
    assert "IČP 1004583921" in studio["body"] and "není samostatnou" in studio["body"]
    assert "IČO " + studio["labels"]["organization"]["ico"] in studio["body"]
    assert "Televizní studio" not in studio["labels"]["organization"]["name"]
    assert "Testipalvelin" in _case("dm008")["body"]
    assert "Server de test" in _case("dm009")["body"]
    assert "eerstgenoemde" in _case("dm015")["body"] and "laatstgenoemde" in _case("dm015")["body"]
    assert "den förra" in _case("dm035")["body"] and "den senare" in _case("dm035")["body"]
    branch = _case("dm031")
    assert branch["labels"]["organization"]["name"].endswith("odštěpný závod")
    assert not ico_valid("304518276") and "304518276" in _text(branch)


def test_address_shapes_and_request_twists() -> None:
    cases = all_cases()
    text = repr(cases)
    for marker in (
        "/30",
        "/31",
        "/127",
        "255.255.255.254",
        "255.255.255.252",
        " kuni 203",
        " až 198",
        " through 198",
        "odnosno",
        "respectievelijk",
        "bzw. ",
        "2001:0db8:04d2:0000",
        "10.0.4.12",
        "midlertidig",
    ):
        assert marker in text, marker
    for lab in (c["labels"] for c in cases):
        ips = lab["production_ips"] + lab["test_ips"]
        for gone in ("10.0.4.12", "203.0.113.174", "192.0.2.90", "198.51.100.233"):
            assert gone not in ips  # internal, corrected, replaced or deferred
    assert _case("dm010")["labels"]["request_types"] == [FILM]  # feed withdrawn
    assert _case("dm037")["labels"]["request_types"] == [FEED]  # filming withdrawn
    assert _case("dm017")["labels"]["request_types"] == [FILM]  # feed deferred
    assert _case("dm014")["labels"]["request_types"] == [FEED, FILM]  # conditional, asked
    assert _case("dm012")["labels"]["request_types"] == [FEED]  # later election as a whole
    assert _case("dm013")["labels"]["production_ips"][1] == "2001:db8:4d2::11"
    assert _case("dm018")["labels"]["production_ips"][1] == "198.51.100.201"  # temporary


def test_data_messages_carry_files() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) == 6
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
    assert {c["databox"]["type"] for c in boxes} == {10, 20, 40}


def test_label_mix_and_well_formed() -> None:
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 25 and types[(FILM,)] >= 5 and types[(FEED, FILM)] >= 8
    assert sum(lab["organization"]["ico"] is None for lab in labels) >= 20
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 2
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 5
    for lab in labels:
        ips = lab["production_ips"] + lab["test_ips"]
        assert len(lab["production_ips"]) <= 5 and len(lab["test_ips"]) <= 5
        for ip in ips:
            addr = ipaddress.ip_address(ip)
            assert str(addr) == ip and any(addr in n for n in DOC_NETS), ip
        if lab["request_types"] == [FILM]:
            assert not ips
        org = lab["organization"]
        assert org["ico"] is None or (ico_valid(org["ico"]) and org["ico"] != "00025593")
        assert org["databox_id"] is None or re.fullmatch(r"[a-z0-9]{7}", org["databox_id"])
        assert org["databox_id"] != "2gfaasy"
        contact = lab["contact"]
        assert re.fullmatch(r"\+\d{8,15}", contact["phone"])
        assert contact["email"].endswith(".example")
    phones = [lab["contact"]["phone"] for lab in labels]
    for country in (
        "+370",
        "+371",
        "+372",
        "+358",
        "+40",
        "+386",
        "+381",
        "+90",
        "+34",
        "+31",
        "+32",
        "+45",
        "+46",
        "+47",
        "+49",
        "+421",
        "+1",
    ):
        assert any(p.startswith(country) for p in phones), country


def test_written_messages_have_the_raw_markers() -> None:
    written = files()
    assert sum(name.endswith(".xml") for name in written) == 6
    raw = b"".join(data for name, data in written.items() if name.endswith(".eml"))
    for marker in (
        b'format="flowed"',
        b"quoted-printable",
        b"Content-Transfer-Encoding: base64",
        b"Content-Transfer-Encoding: 8bit",
        b"multipart/alternative",
        b"text/html",
        b"iso-8859-5",
        b"windows-1250",
        b"iso-8859-2",
        b"multipart/signed",
        b"message/rfc822",
    ):
        assert marker in raw, marker
    kinds = Counter(k for c in all_cases() for k, _, _ in c.get("attachments", []))
    for kind in ("pdf", "docx", "xlsx", "odt", "rtf", "txt", "eml"):
        assert kinds[kind] >= 1, kind
    clients = {repr(c.get("headers")) for c in all_cases() if "headers" in c}
    assert len(clients) >= 15
    office = b"00025593"
    assert sum(office in data for name, data in written.items() if name.endswith(".eml")) >= 2
    for name, data in written.items():
        if name.endswith(".eml"):
            msg = email.message_from_bytes(data, policy=email.policy.default)
            assert str(msg["From"]).rstrip(">").endswith(".example"), name
            assert not msg.defects, name
