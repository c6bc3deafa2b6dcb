"""A drill, fifty-third round (issue 18): a contact whose name the text types without
diacritics ("Pavla Richterova", a phone's keyboard, an ASCII mailer) while a header of the
message (Cc, To, Reply-To) writes the same person with them ("Pavla Richterová"): the
contact is written in the fullest form the message gives (LABELS), so the header's spelling
wins. Near misses: a header person of another given name or another surname (a colleague, a
namesake) must not lend their spelling; a name the text already writes with diacritics stays.
Every message was labelled by ``tests/corpus/LABELS.md`` before extraction ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import Channel, ParsedMessage
from tests.unit.drill_helpers import BOTH, FEED, REC, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body

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

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert [m for m in misses(p, want) if m.startswith("contact.")] == []
