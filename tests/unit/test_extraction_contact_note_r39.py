"""Short notes after a conversation, and signatures under a mail client's sign-off,
thirty-ninth round (issue 18), helper r39-note.

Listed misses:

* ao038: a one-line note after a phone call ("Jak jsme se dnes domluvili po telefonu:
  203.0.113.199 (prod), … Josef Hrubý, 731 660 215"): "po telefonu:" before the address was
  read as a telephone's label, so the address was dropped (and with it the request type); the
  first name-like cell of the line ("Hlasatel Šumavy", the outlet) was taken as the signer,
  and the phone, beside another name, was not the contact's.
* an023: a signature "Jan Čermák / IT správce / mobil …" under "Kontaktní osobou jsem já."
  with Outlook's "Odesláno z Outlooku verze …" below it: the sign-off pushed the name out of
  the signature's window, so the From header's "Čermák Jan" (surname first) was taken.

Classes fixed:

1. A call the text refers to ("po telefonu:", "as agreed on the phone:", "dle telefonátu:",
   "telefonicky:") is no telephone's label: the address after it is read. A real label
   ("Tel.:", "Telefon:", "Phone:") still names no address.
2. A mail client's sign-off below a signature ("Odesláno z Outlooku", "Sent from my iPhone",
   "Odoslané z …") is no line of it: the signer above is read.
3. A one-line note whose signature runs on at its end ("…, IČO …. Name, phone"): the name is
   read from the sentence that holds the detail, not the note's first capitalised words.

The drill's messages were labelled by ``tests/corpus/LABELS.md`` before any extraction was
run on them; wording and names are the tests' own, none a corpus case."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.extraction_helpers import body, extract, mail

# wanted: request types, production, test, person, phone; ... is not checked
_Want = tuple[object, object, object, object, object]
_CASES: list[tuple[str, ParsedMessage, _Want]] = []


def _case(cid: str, p: ParsedMessage, *want: object) -> None:
    _CASES.append((cid, p, (want[0], want[1], want[2], want[3], want[4])))


FEED = ["feed_access"]

# ---- class 1: a call referred to before an address ------------------------------------------
_case(
    "c1a-cs-po-telefonu",
    mail(
        body(
            "Dobrý den, posílám tu IP, co jsme si říkali po telefonu: 198.51.100.44\n\nDíky\nMarek Šindelář\n777 204 318\n"
        ),
        sender="sindelar@jihlavskelisty.example",
        sender_name="Marek Šindelář",
    ),
    FEED,
    ["198.51.100.44"],
    [],
    "Marek Šindelář",
    "+420777204318",
)
_case(
    "c1b-en-on-the-phone",
    mail(
        body(
            "Hi,\nas agreed on the phone: 203.0.113.58 for the election results feed.\n\n"
            "Best,\nClaire Dobson\n+420 603 551 209\n"
        ),
        sender="claire@centraleuropeview.example",
        sender_name="Claire Dobson",
    ),
    FEED,
    ["203.0.113.58"],
    [],
    "Claire Dobson",
    "+420603551209",
)
_case(
    "c1c-sk-podla-telefonatu",
    mail(
        body(
            "Dobrý deň, podľa telefonátu: 192.0.2.131 pre voľby, test nemáme.\nS pozdravom\nPeter Kukučka\n0905 118 442\n"
        ),
        sender="kukucka@zahorie.example",
        sender_name="Peter Kukučka",
    ),
    FEED,
    ["192.0.2.131"],
    [],
    "Peter Kukučka",
    "+421905118442",
)
_case(
    "c1d-cs-telefonicky-domluveno",
    mail(
        body(
            "Jak jsme se dohodli přes telefon: ostrá 198.51.100.201, testovací 198.51.100.202.\n\nKarel Hudec\n"
        ),
        sender="hudec@radiopodhoran.example",
        sender_name="Karel Hudec",
    ),
    FEED,
    ["198.51.100.201"],
    ["198.51.100.202"],
    "Karel Hudec",
    ...,
)
# near misses: a real telephone's label before a dotted number names no address
_case(
    "c1e-neg-tel-label",
    mail(
        body(
            "Žádáme o přístup k výsledkům voleb.\nIP serveru: 203.0.113.20\n\n"
            "Kontakt: Eva Lánská, tel.: 603 118 220\nÚstředna redakce, telefon: 221.45.67.89\n"
        ),
        sender="lanska@vecernikpraha.example",
    ),
    FEED,
    ["203.0.113.20"],
    [],
    "Eva Lánská",
    "+420603118220",
)
_case(
    "c1f-neg-phone-label-en",
    mail(
        body(
            "Please grant feed access for 198.51.100.70.\n\nContact: Tom Haas\nPhone: 420.777.118.33\n"
        ),
        sender="haas@danubewire.example",
    ),
    FEED,
    ["198.51.100.70"],
    [],
    "Tom Haas",
    ...,
)

# ---- class 2: a mail client's sign-off below the signature ----------------------------------
_case(
    "c2a-cs-iphone",
    mail(
        body(
            "Dobrý den,\nžádáme o přístup k volebním datům, produkční IP 198.51.100.80.\n"
            "Kontaktní osobou jsem já.\n\nLenka Vitásková\nredakce\n+420 736 210 118\n\nOdesláno z iPhonu\n"
        ),
        sender="vitaskova@hlasbrna.example",
        sender_name="Vitásková Lenka",
    ),
    FEED,
    ["198.51.100.80"],
    [],
    "Lenka Vitásková",
    "+420736210118",
)
_case(
    "c2b-en-sent-from-phone",
    mail(
        body(
            "Hello, we request the XML feed.\nProduction: 203.0.113.141\nI'll be the contact for this.\n\n"
            "Mark Ellison\nIT\n+44 7700 900123\n\nSent from my Galaxy\n"
        ),
        sender="ellison@northsea.example",
        sender_name="Ellison Mark",
    ),
    FEED,
    ["203.0.113.141"],
    [],
    "Mark Ellison",
    "+447700900123",
)
_case(
    "c2c-sk-odoslane",
    mail(
        body(
            "Dobrý deň,\nprosíme o prístup k výsledkom volieb, IP 192.0.2.57.\nKontaktnou osobou som ja.\n\n"
            "Zuzana Mikulová\nredaktorka\n0915 220 318\n\nOdoslané z aplikácie Pošta pre Windows\n"
        ),
        sender="mikulova@kysuce.example",
        sender_name="Mikulová Zuzana",
    ),
    FEED,
    ["192.0.2.57"],
    [],
    "Zuzana Mikulová",
    "+421915220318",
)
# near misses: a sign-off alone under a text with no signature; a signature with no sign-off
_case(
    "c2d-neg-signoff-no-name",
    mail(
        body(
            "Žádost o přístup k výsledkům voleb, IP 198.51.100.99.\n\nOdesláno z Outlooku pro Android\n"
        ),
        sender="redakce@tydenikkraj.example",
        sender_name="Týdeník Kraj",
    ),
    FEED,
    ["198.51.100.99"],
    [],
    ...,
    None,
)
_case(
    "c2e-neg-plain-signature",
    mail(
        body(
            "Dobrý den,\nžádáme o přístup k výsledkům voleb, IP 203.0.113.77.\n\n"
            "S pozdravem\nOndřej Balcar\n602 330 118\n"
        ),
        sender="balcar@nasepolabi.example",
        sender_name="Ondřej Balcar",
    ),
    FEED,
    ["203.0.113.77"],
    [],
    "Ondřej Balcar",
    "+420602330118",
)

# ---- class 3: a one-line note with its signature run on at its end ---------------------------
_case(
    "c3a-cs-one-line",
    mail(
        body(
            "Viz telefonát – IP pro volby 198.51.100.230, Noviny Pootaví, IČO 27074358. Alena Kubíková, 604 221 377"
        ),
        sender="kubikova@pootavi.example",
        sender_name="Alena Kubíková",
    ),
    FEED,
    ["198.51.100.230"],
    [],
    "Alena Kubíková",
    "+420604221377",
)
_case(
    "c3b-en-sms-like",
    mail(
        body(
            "Following our call: feed IP 203.0.113.150. Lakeside Courier. Jonas Weber, +420 731 118 902"
        ),
        sender="weber@lakeside.example",
        sender_name="Jonas Weber",
    ),
    FEED,
    ["203.0.113.150"],
    [],
    "Jonas Weber",
    "+420731118902",
)
_case(
    "c3c-sk-one-line",
    mail(
        body(
            "Ako sme sa dohodli, prístup pre 192.0.2.210. Týždenník Orava. Ján Brezina, 0908 330 114"
        ),
        sender="brezina@orava.example",
        sender_name="Ján Brezina",
    ),
    FEED,
    ["192.0.2.210"],
    [],
    "Ján Brezina",
    "+421908330114",
)
# near misses: the name in the detail's own first sentence; a name in an earlier sentence and
# none beside the detail
_case(
    "c3d-neg-name-first",
    mail(
        body("Pavla Horká, 605 118 330, Listy Vysočiny – prosím o přístup pro 198.51.100.31."),
        sender="horka@listyvysociny.example",
        sender_name="Pavla Horká",
    ),
    FEED,
    ["198.51.100.31"],
    [],
    "Pavla Horká",
    "+420605118330",
)
_case(
    "c3e-neg-no-name-beside",
    mail(
        body("Píše Radim Kovář z Echa Valašska. Přístup pro 203.0.113.12, volejte 739 221 005"),
        sender="kovar@echovalasska.example",
        sender_name="Radim Kovář",
    ),
    FEED,
    ["203.0.113.12"],
    [],
    "Radim Kovář",
    "+420739221005",
)

# ---- second batch, written after the first passed -----------------------------------------
_case(
    "d1-en-by-phone",
    mail(
        body(
            "Hi, as discussed by phone: 198.51.100.17 (production) and 198.51.100.18 (test).\n\nRegards\nNina Ross\n"
        ),
        sender="ross@baltictimes.example",
        sender_name="Nina Ross",
    ),
    FEED,
    ["198.51.100.17"],
    ["198.51.100.18"],
    "Nina Ross",
    None,
)
_case(
    "d2-cs-telefonicky",
    mail(
        body(
            "Telefonicky dohodnuto: přístup k datům voleb pro 203.0.113.66.\nS pozdravem\nIvana Sýkorová\n608 440 127\n"
        ),
        sender="sykorova@zlinskyobzor.example",
        sender_name="Ivana Sýkorová",
    ),
    FEED,
    ["203.0.113.66"],
    [],
    "Ivana Sýkorová",
    "+420608440127",
)
_case(
    "d3-cs-pipe-signature-one-line",
    mail(
        body(
            "Dle tel. hovoru zasílám IP 192.0.2.88 pro výsledky voleb. Roman Tichý | Rádio Haná | 731 402 115"
        ),
        sender="tichy@radiohana.example",
        sender_name="Roman Tichý",
    ),
    FEED,
    ["192.0.2.88"],
    [],
    "Roman Tichý",
    "+420731402115",
)
_case(
    "d4-cs-outlook-ios-after-closing",
    mail(
        body(
            "Dobrý den,\nžádáme o přístup k výsledkům voleb z IP 198.51.100.150.\n\n"
            "Díky\nTereza Holubová\nTýdeník Opava\n\nZískat Outlook pro iOS\nSent from Outlook for iOS\n"
        ),
        sender="holubova@tydenikopava.example",
        sender_name="Holubová Tereza",
    ),
    FEED,
    ["198.51.100.150"],
    [],
    "Tereza Holubová",
    None,
)
_case(
    "d5-neg-telefon-label-in-table-row",
    mail(
        body(
            "Žádost o přístup k výsledkům voleb\nIP: 203.0.113.9\nJméno: Filip Řezníček\n"
            "Telefon: 776 402 118\nFax: 221.402.119.00\n"
        ),
        sender="reznicek@mostecko.example",
    ),
    FEED,
    ["203.0.113.9"],
    [],
    "Filip Řezníček",
    "+420776402118",
)


def _norm(v: object) -> object:
    if isinstance(v, list):
        return [str(x) for x in v]
    return None if v is None else " ".join(str(v).split()).casefold()


def _wrong(p: ParsedMessage, want: _Want) -> list[str]:
    got = extract(p).to_dict()
    have = (
        got["request_types"],
        got["production_ips"],
        got["test_ips"],
        got["contact"]["person"],
        got["contact"]["phone"],
    )
    keys = ("request_types", "production_ips", "test_ips", "contact.person", "contact.phone")
    out = []
    for key, w, h in zip(keys, want, have, strict=True):
        if w is not ... and _norm(h) != _norm(w):
            certain = got.get("fields", {}).get(key, {}).get("certain")
            out.append(f"{key}: want {w!r}, got {h!r} (certain={certain})")
    return out


@pytest.mark.parametrize(("cid", "p", "want"), _CASES, ids=[c[0] for c in _CASES])
def test_drill(cid: str, p: ParsedMessage, want: _Want) -> None:
    assert _wrong(p, want) == []
