"""Contact person: the order of a name's words, fortieth round (issue 18), helper r40-name.

Listed misses: ar004 ("Kapcsolattartó: Szűcs Tamás", From and signature "Szűcs Tamás") and
ar025 ("Kapcsolattartó: Halász Réka"): Hungarian writers give the surname first; the value
came out in the text's order, certain, where LABELS.md labels a name given name first.

Class: a person's name of two words whose last word is a given name and whose first is a
surname (Hungarian order; Czech, Slovak, Polish and German forms and tables "Čermák Jan").
The code had no given-name list, so nothing told the order. Now ``name_order`` reads the
words against given names and surnames generated from the Faker person lists
(``name_data``); a sure contact person that the lists read surname first is flagged
(NAME_ORDER). The value keeps the text's order: 31 older Hungarian labels of the tuning set
write the name surname first, as the text does (reported to the lead).

The drill's messages were labelled by ``tests/corpus/LABELS.md`` (given name first) before any
extraction was run on them; wording and names are the tests' own, none a corpus case. A
surname-first name passes when the value is the label or is flagged for its order."""

from __future__ import annotations

import pytest

from intake.extraction.name_order import NameOrder, name_order
from intake.extraction.review import Reason
from tests.unit.extraction_helpers import body, extract, mail

# (id, sender name, sender address, body, wanted person (LABELS.md: given name first))
_SURNAME_FIRST: list[tuple[str, str, str, str, str]] = [
    (
        "n01-cs-form-line",
        "Redakce Jizerské listy",
        "redakce@jizerske.example",
        "Dobrý den,\nžádáme o přístup k XML výsledků voleb pro adresu 203.0.113.41.\n\n"
        "Kontaktní osoba: Čermák Jan\nTelefon: 602 114 778\n\nDěkujeme\nJizerské listy s.r.o.",
        "Jan Čermák",
    ),
    (
        "n02-sk-form-line",
        "Spravodajca Orava",
        "info@orava-spravy.example",
        "Dobrý deň,\nprosíme o prístup k XML serveru pre IP 203.0.113.42 (produkcia).\n"
        "Kontaktná osoba: Horváthová Zuzana, tel. +421 905 332 118\nS pozdravom\nOravské správy s.r.o.",
        "Zuzana Horváthová",
    ),
    (
        "n03-hu-header-and-label",
        "Kiss Péter",
        "kiss.peter@tiszahir.example",
        "Tisztelt Hivatal!\nA Tisza Hírek Kft. hozzáférést kér az XML szerverhez: 203.0.113.43.\n"
        "Kapcsolattartó: Kiss Péter, +36 30 555 1234\n\nÜdvözlettel:\nKiss Péter\nfőszerkesztő",
        "Péter Kiss",
    ),
    (
        "n04-pl-label",
        "Redakcja Nowiny",
        "redakcja@nowiny-slask.example",
        "Dzień dobry,\nprosimy o dostęp do serwera XML z adresu 203.0.113.44.\n"
        "Osoba do kontaktu: Wiśniewska Agnieszka, tel. +48 601 222 333\nZ poważaniem\nNowiny Śląskie sp. z o.o.",
        "Agnieszka Wiśniewska",
    ),
    (
        "n05-de-at-form",
        "Regionalzeitung Waldviertel",
        "office@rz-waldviertel.example",
        "Sehr geehrte Damen und Herren,\nwir ersuchen um Zugang zum XML-Server für 203.0.113.45.\n"
        "Ansprechpartnerin: Hoffmann Sabine\nTelefon: +43 664 123 4567\nMit freundlichen Grüßen\nRZ Waldviertel GmbH",
        "Sabine Hoffmann",
    ),
    (
        "n06-cs-signature-only",
        "",
        "dvorakova@krkonose-tv.example",
        "Dobrý den,\nprosím o zřízení přístupu k XML pro naši IP 203.0.113.46.\n\n"
        "S pozdravem\nDvořáková Lenka\nKrkonošská televize s.r.o.\ntel. 731 222 909",
        "Lenka Dvořáková",
    ),
    (
        "n07-hu-english-letter",
        "Németh Katalin",
        "nemeth.katalin@pestiradio.example",
        "Dear Sir or Madam,\nPesti Rádió Kft. asks for access to the results XML from 203.0.113.47.\n"
        "Contact person: Németh Katalin, phone +36 20 444 8899\nKind regards,\nNémeth Katalin",
        "Katalin Németh",
    ),
    (
        "n08-en-table-surname-column-first",
        "Ops Desk",
        "ops@northstar-news.example",
        "Hello,\nplease grant XML access to 203.0.113.48.\n\nContact: Fischer Thomas | +49 151 2233 4455\n"
        "Regards,\nNorthstar News GmbH",
        "Thomas Fischer",
    ),
]

# near misses: given name first, or both words given names: kept as written, not flagged for order
_GIVEN_FIRST: list[tuple[str, str, str, str, str]] = [
    (
        "g01-cs-both-given-names",
        "Jan Tomáš",
        "tomas@podjestedi.example",
        "Dobrý den,\nžádám o přístup k XML pro 203.0.113.51.\nKontaktní osoba: Jan Tomáš, tel. 604 111 222\n"
        "S pozdravem\nJan Tomáš\nPodještědský zpravodaj",
        "Jan Tomáš",
    ),
    (
        "g02-cs-petr-pavel",
        "",
        "pavel@hlasbrna.example",
        "Dobrý den,\nprosíme o XML přístup, IP 203.0.113.52.\nKontakt: Petr Pavel, 605 333 444\nHlas Brna s.r.o.",
        "Petr Pavel",
    ),
    (
        "g03-sk-martin-jan",
        "Martin Ján",
        "jan@zvolen-dnes.example",
        "Dobrý deň,\nžiadame o prístup k XML, adresa 203.0.113.53.\nKontaktná osoba: Martin Ján\n"
        "S pozdravom\nMartin Ján\nZvolen dnes",
        "Martin Ján",
    ),
    (
        "g04-hu-given-first-english",
        "Tamás Varga",
        "tamas.varga@balatonhir.example",
        "Dear Sir or Madam,\nBalaton Hír Kft. asks for XML access from 203.0.113.54.\n"
        "Contact: Tamás Varga, +36 30 777 1212\nBest regards,\nTamás Varga",
        "Tamás Varga",
    ),
    (
        "g05-pl-given-first",
        "Katarzyna Nowak",
        "k.nowak@gazeta-opole.example",
        "Dzień dobry,\nprosimy o dostęp XML z adresu 203.0.113.55.\nKontakt: Katarzyna Nowak, +48 602 111 999\n"
        "Pozdrawiam\nKatarzyna Nowak",
        "Katarzyna Nowak",
    ),
    (
        "g06-nl-particles",
        "Sanne van der Berg",
        "sanne@nieuwsnoord.example",
        "Hello,\nwe request XML access for 203.0.113.56.\nContact: Sanne van der Berg, +31 6 1234 5678\n"
        "Kind regards,\nSanne van der Berg",
        "Sanne van der Berg",
    ),
]


@pytest.mark.parametrize("case", _SURNAME_FIRST, ids=[c[0] for c in _SURNAME_FIRST])
def test_surname_first_name_given_first_or_flagged(case: tuple[str, str, str, str, str]) -> None:
    _id, name, addr, text, want = case
    x = extract(mail(body(text), sender=addr, sender_name=name))
    field = x.fields["contact.person"]
    assert x.contact_person is not None
    if x.contact_person.casefold() != want.casefold():
        assert not field.certain
        assert sorted(x.contact_person.casefold().split()) == sorted(want.casefold().split())


@pytest.mark.parametrize("case", _GIVEN_FIRST, ids=[c[0] for c in _GIVEN_FIRST])
def test_given_first_name_kept(case: tuple[str, str, str, str, str]) -> None:
    _id, name, addr, text, want = case
    x = extract(mail(body(text), sender=addr, sender_name=name))
    assert x.contact_person == want
    assert x.fields["contact.person"].reason != Reason.NAME_ORDER


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("Halász Réka", NameOrder.SURNAME_FIRST),
        ("Čermák Jan", NameOrder.SURNAME_FIRST),
        ("Nowak Katarzyna", NameOrder.SURNAME_FIRST),
        ("Réka Halász", NameOrder.GIVEN_FIRST),
        ("Jan Čermák", NameOrder.GIVEN_FIRST),
        ("Jan Tomáš", NameOrder.GIVEN_FIRST),
        ("Petr Pavel", NameOrder.GIVEN_FIRST),
        ("Jan-Niklas Weber", NameOrder.GIVEN_FIRST),
        ("Sanne van der Berg", NameOrder.UNKNOWN),
        ("Novák", NameOrder.UNKNOWN),
    ],
)
def test_name_order(name: str, want: NameOrder) -> None:
    assert name_order(name) is want
