"""The forty-eighth held-out part ``bt`` (tests/corpus/fortyeighth/bt###-…): what is particular
to this part — its emphasis on unusual applicants and wording (media from abroad writing their
own language, alone, with a few Czech words or mixed with English; freelancers, universities,
institutes, a library, a town and a region with their own data boxes; an agency and an IT
contractor writing for the medium; terse notes beside long formal letters), on addresses
written as ranges ("-", "–", "až", "bis", "to"), CIDR blocks, netmasks, pairs "in that order",
IPv6, replaced, shortened and internal hosts, on request types declined, withdrawn,
conditional, for the next election or with a trial run, and at least four data messages that
each carry a file — and its label mix. The checks every part shares are in
test_corpus_parts.py. These cases were written by hand apart from the extraction rules and are
scored only at the end of the round: extraction is deliberately not run here."""

from __future__ import annotations

import email
import email.policy
import ipaddress
import re
from collections import Counter
from typing import Any

from tests.corpus.fortyeighth_bt_common import FEED, FILM, Style
from tests.corpus.label_rules import ico_valid
from tests.corpus.make_fortyeighth_bt import all_cases, files

LANGUAGES = {
    "German": re.compile(r"\b(?:Wir|bitte|beantragen|ersuchen|Grüßen)\b"),
    "Polish": re.compile(r"\b(?:prosimy|wybory|poważaniem)\b"),
    "Slovak": re.compile(r"\b(?:Žiadame|pozdravom|nakrúcať|Nakrúcať)\b"),
    "Hungarian": re.compile(r"(?:Köszönöm|kérelem|Kérelem|Üdvözlettel)"),
    "French": re.compile(r"\b(?:Nous|souhaite|sollicitons)\b"),
    "Spanish": re.compile(r"\b(?:solicitamos|saludo)\b"),
    "Italian": re.compile(r"\b(?:richiesta|chiede|Grazie)\b"),
    "Dutch": re.compile(r"\b(?:Goedemiddag|groet|Beste|Hartelijk)\b"),
    "Swedish": re.compile(r"\b(?:behöver|ansöker|hälsningar|frilansfotograf)\b"),
}
CZECH_WORDS = re.compile(r"Dobrý den|Děkuj|děkuj|na shledanou|S pozdravem")
RANGE = {
    "dash": re.compile(r"\d+\.\d+\.\d+\.\d+ ?[-–] ?(?:\d+\.\d+\.\d+\.)?\d+\b"),
    "až": re.compile(r"\d+\.\d+\.\d+\.\d+ až \d+\.\d+\.\d+\.\d+"),
    "bis": re.compile(r"\d+\.\d+\.\d+\.\d+ bis \d+\.\d+\.\d+\.\d+"),
    "to": re.compile(r"\d+\.\d+\.\d+\.\d+ to \d+\.\d+\.\d+\.\d+"),
}
CIDR = re.compile(r"\b((?:\d{1,3}\.){3}\d{1,3}|[0-9a-fA-F:]*:[0-9a-fA-F:]*)/(\d{2,3})\b(?!\.)")
NETMASK = re.compile(r"((?:\d{1,3}\.){3}\d{1,3})(?:/|,? (?:maska|netmask) )(255\.255\.255\.\d+)")
DOC_NETS = [
    ipaddress.ip_network(n)
    for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "198.18.0.0/15", "2001:db8::/32")
]


def _text(case: dict[str, Any]) -> str:
    return repr(
        [case.get("subject"), case.get("body"), case.get("html"), case.get("attachments")]
    ).replace("\\n", "\n")


def _prod_and_test(case: dict[str, Any]) -> set[str]:
    return set(case["labels"]["production_ips"]) | set(case["labels"]["test_ips"])


def test_applicants_from_abroad_write_their_own_language() -> None:
    cases = all_cases()
    assert len(cases) == 42
    foreign = [c for c in cases if c["style"] == Style.FOREIGN]
    assert len(foreign) >= 12
    found = {lang for lang, rx in LANGUAGES.items() for c in cases if rx.search(_text(c))}
    assert found == set(LANGUAGES), set(LANGUAGES) - found
    with_czech = [c for c in foreign if CZECH_WORDS.search(_text(c))]
    assert len(with_czech) >= 8
    phones = {lab["contact"]["phone"][:3] for lab in (c["labels"] for c in cases)}
    for country in ("+49", "+48", "+42", "+36", "+33", "+34", "+39", "+31", "+46", "+43", "+32"):
        assert country in phones, country
    # a foreign registration number is never taken for an IČO
    assert sum(c["labels"]["organization"]["ico"] is None for c in foreign) >= 10
    assert any("NIP" in _text(c) or "HRB" in _text(c) for c in foreign)


def test_unusual_applicants_and_wording() -> None:
    cases = all_cases()
    styles = Counter(c["style"] for c in cases)
    assert len(styles) >= 10
    assert styles[Style.TERSE] >= 4 and styles[Style.LETTER] >= 3
    assert styles[Style.ONBEHALF] >= 2 and styles[Style.INSTITUTION] >= 3
    names = [c["labels"]["organization"]["name"] for c in cases]
    for word in ("univerzita", "Università", "Institut", "knihovna", "Město", "kraj", "Intézet"):
        assert any(word.lower() in n.lower() for n in names), word
    natural = [
        c for c in cases if c["labels"]["organization"]["name"] == c["labels"]["contact"]["person"]
    ]
    assert len(natural) >= 3
    # on-behalf applications name a second company whose IČO is not the label's
    for case in (c for c in cases if c["style"] == Style.ONBEHALF):
        icos = set(re.findall(r"\b\d{8}\b", _text(case)))
        assert len({i for i in icos if ico_valid(i)}) >= 2, case["id"]
        assert case["labels"]["organization"]["ico"] in icos
    long_ = [c for c in cases if len(_text(c)) > 800]
    short = [c for c in cases if len(_text(c)) < 300]
    assert len(long_) >= 8 and len(short) >= 4


def test_data_messages_carry_files_and_include_public_bodies() -> None:
    boxes = [c for c in all_cases() if "databox" in c]
    assert len(boxes) >= 4
    for case in boxes:
        assert case.get("attachments"), case["id"]
        assert len(case["subject"]) <= 255
        assert case["labels"]["organization"]["databox_id"] == case["databox"]["box"]
    kinds = Counter(c["databox"]["type"] for c in boxes)
    assert kinds[10] >= 2 and kinds[40] >= 1


def test_addresses_are_written_in_many_ways_and_expand_to_the_labels() -> None:
    cases = all_cases()
    for kind, rx in RANGE.items():
        assert any(rx.search(_text(c)) for c in cases), kind
    blocks = 0
    for case in cases:
        text = _text(case)
        for addr, bits in CIDR.findall(text):
            net = ipaddress.ip_network(f"{addr}/{bits}", strict=False)
            if any(net.subnet_of(d) for d in DOC_NETS if d.version == net.version):
                expanded = {str(a) for a in net} if net.num_addresses > 1 else {str(net[0])}
                assert expanded <= _prod_and_test(case), case["id"]
                blocks += 1
        for addr, mask in NETMASK.findall(text):
            net = ipaddress.ip_network(f"{addr}/{mask}", strict=False)
            assert {str(a) for a in net} <= _prod_and_test(case), case["id"]
            blocks += 1
    assert blocks >= 7
    texts = " ".join(_text(c) for c in cases)
    assert "respectively" in texts and "v uvedeném pořadí" in texts
    assert "NAT" in texts and "10.20.0.11" in texts
    assert "0000:0000" in texts and "2001:DB8::A2" in texts
    assert "test .67" in texts


def test_request_types_declined_withdrawn_conditional_and_later() -> None:
    by_id = {c["id"][:5]: c for c in all_cases()}
    types = {k: c["labels"]["request_types"] for k, c in by_id.items()}
    assert types["bt012"] == [FEED]  # filming withdrawn in a postscript
    assert types["bt042"] == [FILM]  # the feed withdrawn in a reply
    assert types["bt030"] == [FILM]  # the feed ticked NE
    assert types["bt011"] == [FEED]  # filming NE
    assert types["bt019"] == [FEED, FILM]  # filming "if you allow it"
    assert types["bt035"] == [FEED] and "příští" in _text(by_id["bt035"])
    assert "next" in _text(by_id["bt014"]) and "Zkušební provoz" in _text(by_id["bt023"])
    assert (
        "198.51.100.190" in _text(by_id["bt042"]) and not by_id["bt042"]["labels"]["production_ips"]
    )
    assert "198.51.100.33" not in by_id["bt017"]["labels"]["production_ips"]
    assert by_id["bt037"]["labels"]["test_ips"] == ["198.18.130.19"]


def test_the_part_has_its_label_mix() -> None:
    labels = [c["labels"] for c in all_cases()]
    types = Counter(tuple(lab["request_types"]) for lab in labels)
    assert types[(FEED,)] >= 20 and types[(FILM,)] >= 5 and types[(FEED, FILM)] >= 10
    for lab in labels:
        if lab["request_types"] == [FILM]:
            assert not lab["production_ips"] and not lab["test_ips"]
        for ip in lab["production_ips"] + lab["test_ips"]:
            addr = ipaddress.ip_address(ip)
            assert str(addr) == ip and any(addr in d for d in DOC_NETS), ip
        assert len(lab["production_ips"]) <= 5 and len(lab["test_ips"]) <= 5
        assert re.fullmatch(r"\+\d{9,14}", lab["contact"]["phone"])
        assert lab["contact"]["email"].endswith(".example")
        if lab["organization"]["ico"]:
            assert (
                ico_valid(lab["organization"]["ico"]) and lab["organization"]["ico"] != "00025593"
            )
        box = lab["organization"]["databox_id"]
        assert box is None or (re.fullmatch(r"[a-z0-9]{7}", box) and box != "2gfaasy")
    assert sum(any(":" in ip for ip in lab["production_ips"]) for lab in labels) >= 6
    assert sum(any(":" in ip for ip in lab["test_ips"]) for lab in labels) >= 2
    assert sum(bool(lab["production_ips"]) and not lab["test_ips"] for lab in labels) >= 5
    assert sum(len(lab["production_ips"]) == 4 for lab in labels) >= 5


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
    for name, data in written.items():
        if name.endswith(".eml"):
            msg = email.message_from_bytes(data, policy=email.policy.default)
            assert str(msg["From"]).rstrip(">").endswith(".example"), name
    assert sum(name.endswith(".xml") for name in written) >= 4
