"""A drill, forty-seventh round (issue 18): names and organisations typed all in lower case
(phone keyboards, no diacritics, no capitals). A lower-case name is read where a structure
holds it: a contact label ("kontakt:", "kontaktni osoba", "contact", "ansprechpartner"), "jsem
…"/"i am …"/"ich bin …", a closing line of its own at the end, an organisation's legal form
("s.r.o.", "gmbh"). It is certain only when the From header agrees (its display name, or its
mailbox spells the surname); with a weaker cue it is flagged. Near misses: a lower-case phrase
is no name ("kontakt mam v podpisu", "volejte kdykoli", "jsem z redakce", "diky moc").

Each message was labelled by ``tests/corpus/LABELS.md`` before extraction ran on it; the drill
scores the contact person (None: no person may be read) and, where given, the organisation's
name ("": none may be read), and the person's certainty (``sure``: True must be certain, False must be flagged, None
either).

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

from typing import Any

import pytest

from intake.model import ParsedMessage
from tests.corpus.accuracy import _norm
from tests.unit.drill_helpers import drill_params
from tests.unit.extraction_helpers import body, extract, mail


def _mail(text: str, sender: str, name: str = "") -> ParsedMessage:
    return mail(body(text), subject="xml volby", sender=sender, sender_name=name)


def _want(person: str | None, org: str | None = None, sure: bool | None = None) -> dict[str, Any]:
    return {"person": person, "org": org, "sure": sure}


CASES: dict[str, tuple[ParsedMessage, dict[str, Any]]] = {}

# a contact label
CASES["cs_kontaktni_osoba_colon"] = (
    _mail(
        "dobry den\nchceme xml s vysledky voleb pro brnensky kuryr s.r.o.\nip 192.0.2.61\n"
        "kontaktni osoba: tomas pokorny, 604 111 222\n",
        "pokorny@brnenskykuryr.example",
    ),
    _want("tomas pokorny", sure=True),
)
CASES["sk_kontakt_no_colon"] = (
    _mail(
        "dobry den\nziadame o pristup k xml vysledkom volieb, server 198.51.100.44\n"
        "kontakt peter hudak 0905 123 456\nd\n",
        "redakcia@zahorie.example",
    ),
    _want("peter hudak", sure=False),
)
CASES["fr_contact_colon"] = (
    _mail(
        "bonjour, nous voudrions l'acces au flux xml des resultats, serveur 203.0.113.30\n"
        "contact : julie martin 06 12 34 56 78\nmerci\n",
        "julie.martin@lechodunord.example",
    ),
    _want("julie martin", sure=True),
)
# "jsem …", "ich bin …"
CASES["de_ich_bin"] = (
    _mail(
        "hallo\nich bin jonas weber von der lokalzeitung, wir brauchen die wahlergebnisse als "
        "xml, server 192.0.2.90\ngruss\n",
        "jonas.weber@lokalblatt.example",
    ),
    _want("jonas weber", sure=True),
)
CASES["cs_jsem_name_z_redakce"] = (
    _mail(
        "cau, jsem petra kralova z redakce, chceme xml vysledky, ip 192.0.2.33\n",
        "kralova@jihoceske.example",
    ),
    _want("petra kralova", sure=True),
)
# a closing line of its own
CASES["en_closing_display_name"] = (
    _mail(
        "hi, we need the election results xml for our site, server 203.0.113.9\nthanks\n"
        "mark hollis\n",
        "mh@dalesweekly.example",
        "mark hollis",
    ),
    _want("mark hollis", sure=True),
)
CASES["pl_closing_mailbox"] = (
    _mail(
        "dzien dobry\nprosimy o dostep do wynikow wyborow w xml, serwer 198.51.100.12\n"
        "pozdrawiam\nanna nowak\n",
        "anowak@gazetalokalna.example",
    ),
    _want("anna nowak", sure=True),
)
CASES["cs_closing_then_afterthought"] = (
    _mail(
        "dobry den, chceme natacet na pracovisti v jihlave o volbach. volejte 777 000 111\n"
        "martin svoboda\n\njo a prijdem dva\n",
        "svoboda@kamerasvoboda.example",
        "martin svoboda",
    ),
    _want("martin svoboda", sure=True),
)
CASES["cs_closing_no_header_match"] = (
    _mail(
        "dobry den\nchceme xml vysledky voleb, ip 192.0.2.41\ndik\nkarel dvorak\n",
        "info@novinkyzkraje.example",
    ),
    _want("karel dvorak", sure=False),
)
# an organisation with its legal form after a greeting
CASES["cs_org_after_greeting"] = (
    _mail(
        "dobry den, pisecke noviny s.r.o. by chtely xml vysledky, ip 192.0.2.88. tel 603 111 222\n"
        "lenka mala\n",
        "lenka@piseckenoviny.example",
    ),
    _want("lenka mala", org="pisecke noviny s.r.o."),
)
CASES["de_org_gmbh_after_greeting"] = (
    _mail(
        "hallo, die lokalradio ost gmbh moechte die wahlergebnisse als xml, server 198.51.100.70\n"
        "gruss\nsabine krause\n",
        "krause@lokalradio-ost.example",
    ),
    _want("sabine krause", org="lokalradio ost gmbh"),
)
# near misses: a lower-case phrase is no name
CASES["cs_near_kontakt_v_podpisu"] = (
    _mail(
        "dobry den\nchceme xml s vysledky, ip 192.0.2.70\nkontakt mam v podpisu\n",
        "redakce@hlasvalasska.example",
    ),
    _want(None),
)
CASES["cs_near_volejte_kdykoli"] = (
    _mail(
        "dobry den, chceme xml vysledky, ip 192.0.2.71. tel 603 555 111\nvolejte kdykoli\n",
        "redakce@hlasvalasska.example",
    ),
    _want(None),
)
CASES["cs_near_jsem_z_redakce"] = (
    _mail(
        "cau, jsem z redakce hlasu, chceme xml vysledky, ip 192.0.2.72\n",
        "redakce@hlasvalasska.example",
    ),
    _want(None),
)
CASES["cs_near_closing_phrase"] = (
    _mail(
        "dobry den\nchceme xml vysledky voleb, ip 192.0.2.73\ndiky moc\nredakce jihlava\n",
        "redakce@jihlavskelisty.example",
    ),
    _want(None),
)
CASES["en_near_cheers_mate"] = (
    _mail(
        "hi, could we get the results xml, server 203.0.113.74\ncheers mate\n",
        "desk@northnews.example",
    ),
    _want(None),
)

CASES["cs_near_org_possessive"] = (
    # "pro nasi media s.r.o.": a possessive, no name of an organisation
    _mail(
        "dobry den, chceme xml vysledky pro nasi media s.r.o., ip 192.0.2.75\n",
        "redakce@hlasvalasska.example",
    ),
    _want(None, org=""),
)
CASES["cs_near_org_one_word_after_jsme"] = (
    _mail(
        "dobry den, jsme mala s.r.o. a chceme xml vysledky, ip 192.0.2.76\n",
        "redakce@hlasvalasska.example",
    ),
    _want(None, org=""),
)

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_lowercase_names_r47(p: ParsedMessage, want: dict[str, Any]) -> None:
    got = extract(p).to_dict()
    fields = got.get("fields", {})
    problems = []
    have = got["contact"]["person"]
    certain = fields.get("contact.person", {}).get("certain")
    if _norm(have, "contact.person") != _norm(want["person"], "contact.person"):
        problems.append(f"person: want {want['person']!r}, got {have!r} (certain={certain})")
    elif want["person"] is not None and want["sure"] is not None and bool(certain) != want["sure"]:
        problems.append(f"person {have!r}: want certain={want['sure']}, got {certain}")
    if want["org"] is not None:  # "": no organisation may be read
        org = got["organization"]["name"]
        if _norm(org, "organization.name") != _norm(want["org"] or None, "organization.name"):
            problems.append(f"org: want {want['org']!r}, got {org!r}")
    assert problems == []
