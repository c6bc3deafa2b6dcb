"""A drill, fifty-third round (issue 18): a contact whose name the text types without
diacritics ("Pavla Richterova", a phone's keyboard, an ASCII mailer) while a header of the
message (Cc, To, Reply-To) writes the same person with them ("Pavla Richterová"): the
contact is written in the fullest form the message gives (LABELS), so the header's spelling
wins. Near misses: a header person of another given name or another surname (a colleague, a
namesake) must not lend their spelling; a name the text already writes with diacritics stays.
(b) A signature drawn as a picture whose alt text gives the phone or the address ("Ondřej
Baloun | editor dat | +420 731 …"): the reader sees those details, so they are read; an
icon's alt ("tel", "logo") is nothing to read.
Every message was labelled by ``tests/corpus/LABELS.md`` before extraction ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import Channel, ParsedMessage
from tests.unit.drill_helpers import BOTH, FEED, REC, Label, drill_params, html_body, label, misses
from tests.unit.extraction_helpers import body, mail

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _mail(text: str, sender: str, name: str, **headers: str) -> ParsedMessage:
    return ParsedMessage(
        channel=Channel.EMAIL,
        subject="volby",
        sender=sender,
        sender_name=name,
        components=(body(text),),
        headers={k.replace("_", "-"): v for k, v in headers.items()},
    )



CASES["cz_cc_producer_no_diacritics"] = (
    _mail(
        "Dobry den,\nTV Hana s.r.o. by chtela natacet o volebni noci na vasem pracovisti v Prerove.\n"
        "Vse zarizuje produkcni Marketa Dvorakova, dvorakova@tvhana.example, 739 411 205, piste ji.\n"
        "Diky Sedlak\n",
        "sedlak@tvhana.example",
        "Ondřej Sedlák",
        Cc="Markéta Dvořáková <dvorakova@tvhana.example>",
    ),
    label(REC, ("TV Hana s.r.o.", None, None), [], [], ("Markéta Dvořáková", "dvorakova@tvhana.example", "+420739411205")),
)
CASES["sk_to_header_colleague"] = (
    _mail(
        "Dobry den,\nza Zahorsky hlas s.r.o. ziadame o pristup k vysledkom volieb, server 192.0.2.41.\n"
        "Kontakt: Lubica Stefanikova, stefanikova@zahlas.example, 0905 312 877.\n"
        "S pozdravom\nJan Hudak\n",
        "hudak@zahlas.example",
        "Ján Hudák",
        To="podatelna@czso.cz, Ľubica Štefániková <stefanikova@zahlas.example>",
    ),
    label(FEED, ("Zahorsky hlas s.r.o.", None, None), ["192.0.2.41"], [], ("Ľubica Štefániková", "stefanikova@zahlas.example", "+421905312877")),
)
CASES["pl_reply_to"] = (
    _mail(
        "Dzien dobry,\nRadio Opole Sp. z o.o. prosi o dostep do wynikow wyborow z serwera 198.51.100.61.\n"
        "Osoba kontaktowa: Zofia Wloszczowska, z.wloszczowska@radioopole.example, +48 601 224 319.\n"
        "Pozdrawiam\nPiotr Nowak\n",
        "nowak@radioopole.example",
        "Piotr Nowak",
        Reply_To="Zofia Włoszczowska <z.wloszczowska@radioopole.example>",
    ),
    label(FEED, ("Radio Opole Sp. z o.o.", None, None), ["198.51.100.61"], [], ("Zofia Włoszczowska", "z.wloszczowska@radioopole.example", "+48601224319")),
)
CASES["cz_signature_ascii_cc_full"] = (
    _mail(
        "Dobry den,\nzadame o pristup k vysledkum voleb pro Jihlavske listy s.r.o., server 192.0.2.140.\n\n"
        "S pozdravem\nRadek Kriz\nJihlavske listy s.r.o.\ntel. 604 118 230\n",
        "kriz@jihlavskelisty.example",
        "",
        Cc="Radek Kříž <kriz@jihlavskelisty.example>",
    ),
    label(FEED, ("Jihlavske listy s.r.o.", None, None), ["192.0.2.140"], [], ("Radek Kříž", "kriz@jihlavskelisty.example", "+420604118230")),
)
CASES["de_cc_umlaut"] = (
    _mail(
        "Guten Tag,\nfuer die Muenchner Rundschau GmbH beantragen wir Zugang zum Wahlergebnis-Feed, Server 203.0.113.77.\n"
        "Ansprechpartnerin: Juergen? nein - Baerbel Koehler, koehler@rundschau.example, +49 89 4411 2290.\n"
        "Gruesse\nThomas Maier\n",
        "maier@rundschau.example",
        "Thomas Maier",
        Cc="Bärbel Köhler <koehler@rundschau.example>",
    ),
    label(FEED, ("Muenchner Rundschau GmbH", None, None), ["203.0.113.77"], [], ("Baerbel Koehler", "koehler@rundschau.example", "+498944112290")),
)
# near misses: another person in the header keeps nothing
CASES["cz_cc_other_given_name"] = (
    _mail(
        "Dobry den,\nTV Hana s.r.o. by chtela natacet o volebni noci v Prerove.\n"
        "Kontakt: Pavel Dvorak, dvorak@tvhana.example, 739 411 206.\n"
        "Diky Sedlak\n",
        "sedlak@tvhana.example",
        "Ondřej Sedlák",
        Cc="Petra Dvořáková <p.dvorakova@tvhana.example>",
    ),
    label(REC, ("TV Hana s.r.o.", None, None), [], [], ("Pavel Dvorak", "dvorak@tvhana.example", "+420739411206")),
)
CASES["cz_text_has_diacritics"] = (
    _mail(
        "Dobrý den,\nTV Hana s.r.o. by chtěla natáčet o volební noci v Přerově a žádá i o přístup k výsledkům, server 192.0.2.42.\n"
        "Kontakt: Markéta Dvořáková, dvorakova@tvhana.example, 739 411 205.\n"
        "Díky Sedlák\n",
        "sedlak@tvhana.example",
        "Ondřej Sedlák",
        Cc="Marketa Dvorakova <dvorakova@tvhana.example>",
    ),
    label(BOTH, ("TV Hana s.r.o.", None, None), ["192.0.2.42"], [], ("Markéta Dvořáková", "dvorakova@tvhana.example", "+420739411205")),
)

# (b) a signature picture whose alt text carries the details
def _html(html: str, sender: str, name: str) -> ParsedMessage:
    return mail(html_body(html), subject="Přístup k výsledkům voleb", sender=sender, sender_name=name)


CASES["cz_alt_pipes"] = (
    _html(
        "<div>Dobrý den,</div><div>za Podlipanský deník s.r.o. žádáme o přístup k výsledkům, server 192.0.2.150.</div>"
        "<div>Kontaktní osoba jsem já, telefon je v podpisu.</div><div>Díky</div>"
        '<div><img src="cid:sig1" alt="Jana Malá | redaktorka | Podlipanský deník | +420 602 311 478 | mala@podlipansky.example"></div>',
        "mala@podlipansky.example",
        "Jana Malá",
    ),
    label(FEED, ("Podlipanský deník s.r.o.", None, None), ["192.0.2.150"], [], ("Jana Malá", "mala@podlipansky.example", "+420602311478")),
)
CASES["en_alt_dashes"] = (
    _html(
        "<p>Hello,</p><p>Northgate Media Ltd asks for access to the results feed from 203.0.113.90.</p>"
        "<p>I am the contact; my number is in the signature below.</p><p>Thanks</p>"
        '<p><img src="cid:sig" alt="Tom Reed - Data Desk - Northgate Media - +44 20 7946 0321"></p>',
        "tom.reed@northgate.example",
        "Tom Reed",
    ),
    label(FEED, ("Northgate Media Ltd", None, None), ["203.0.113.90"], [], ("Tom Reed", "tom.reed@northgate.example", "+442079460321")),
)
CASES["de_alt_dots"] = (
    _html(
        "<div>Guten Tag,</div><div>die Spreewald Zeitung GmbH beantragt den Zugang zum Ergebnis-Feed, Server 198.51.100.90.</div>"
        "<div>Ansprechpartnerin bin ich.</div><div>Viele Grüße</div>"
        '<div><img src="cid:s" alt="Katrin Vogel · Redaktion · Tel. +49 30 1234 5678"></div>',
        "vogel@spreewald.example",
        "Katrin Vogel",
    ),
    label(FEED, ("Spreewald Zeitung GmbH", None, None), ["198.51.100.90"], [], ("Katrin Vogel", "vogel@spreewald.example", "+493012345678")),
)
CASES["sk_alt_mobile"] = (
    _html(
        "<div>Dobrý deň,</div><div>Liptovské noviny s.r.o. žiadajú o prístup k výsledkom volieb zo servera 192.0.2.151.</div>"
        "<div>Kontakt som ja.</div><div>S pozdravom</div>"
        '<div><img alt="Mgr. Peter Kováč, vedúci vydania, mobil 0905 441 273" src="cid:podpis"></div>',
        "kovac@liptovske.example",
        "Peter Kováč",
    ),
    label(FEED, ("Liptovské noviny s.r.o.", None, None), ["192.0.2.151"], [], ("Peter Kováč", "kovac@liptovske.example", "+421905441273")),
)
# near misses: an icon's or a logo's alt gives nothing to read
CASES["cz_alt_logo_only"] = (
    _html(
        "<div>Dobrý den,</div><div>za Kutnohorský kurýr s.r.o. žádám o přístup k výsledkům, server 192.0.2.152.</div>"
        "<div>S pozdravem</div><div>Lukáš Pešek</div>"
        '<div><img src="cid:logo" alt="logo Kutnohorský kurýr"></div>',
        "pesek@kurýr.example".replace("ý", "y"),
        "Lukáš Pešek",
    ),
    label(FEED, ("Kutnohorský kurýr s.r.o.", None, None), ["192.0.2.152"], [], ("Lukáš Pešek", "pesek@kuryr.example", None)),
)
CASES["cz_alt_icon_tel"] = (
    _html(
        "<div>Dobrý den,</div><div>za Kutnohorský kurýr s.r.o. žádám o přístup k výsledkům, server 192.0.2.153.</div>"
        "<div>S pozdravem</div><div>Lukáš Pešek</div>"
        '<div><img src="cid:i1" alt="tel"> 731 220 418</div>',
        "pesek@kuryr.example",
        "Lukáš Pešek",
    ),
    label(FEED, ("Kutnohorský kurýr s.r.o.", None, None), ["192.0.2.153"], [], ("Lukáš Pešek", "pesek@kuryr.example", "+420731220418")),
)


XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert [m for m in misses(p, want) if m.startswith("contact.")] == []


def test_an_address_in_an_image_alt_text_stays_hidden() -> None:
    """Digits joined by dots (an IP address in a screenshot's alt text) are no signature's
    detail: the alt text is not read as a line, while a phone in a signature picture is."""
    from intake.content.text import html_to_text

    shot = html_to_text('<p>Viz obrázek.</p><p><img src="cid:fw" alt="firewall 203.0.113.77 a 203.0.113.78"></p>')
    assert "203.0.113.77" not in shot
    sig = html_to_text('<p><img src="cid:s" alt="Jan Novák | +420 731 220 418"></p>')
    assert "+420 731 220 418" in sig
