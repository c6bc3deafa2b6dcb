"""A drill, fifty-seventh round (issue 18): the writer naming themself the contact in chatty
wording ("Kontakt pro ČSÚ klidně dej na mě", "put me down as the contact", "wpiszcie mnie
jako osobę kontaktową") in an e-mail a colleague forwards as an attached .eml with a bare
note: the contact is the attached e-mail's author (its From header), not the forwarder.
Near-miss negatives: the attached e-mail names no contact (the forwarder signs in full and is
the default contact), and the forwarder's own mail with the same sentence (the forwarder is
the contact). Every message was labelled by ``tests/corpus/LABELS.md`` before extraction ran
on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import Component, ComponentRole, ParsedMessage
from tests.unit.drill_helpers import FEED, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, mail

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _eml(name: str, text: str, sender: str) -> list[Component]:
    raw = (
        f"From: {sender}\r\nTo: kolega@firma.example\r\nSubject: podklady\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n" + text
    ).encode()
    return [
        Component(name, ComponentRole.ATTACHMENT, raw, "message/rfc822"),
        Component(f"{name}-body.txt", ComponentRole.BODY_TEXT, text.encode(), "text/plain",
                  parent=name, charset="utf-8", text=text),
    ]


def _fwd(key: str, note: str, fwd: tuple[str, str], inner: str, author: str, want: tuple[str, str]) -> None:
    CASES[key] = (
        mail(body(note), *_eml("podklady.eml", inner, author), subject="Fw: podklady",
             sender=fwd[1], sender_name=fwd[0]),
        label(FEED, (None, None, None), [], [], (want[0], want[1], None)),
    )


_fwd(
    "cz_dej_na_me",
    "Dobrý den, posílám podklady od kolegy, platí vše. Hana Veselá, ředitelka\n\nOdesláno z iPhonu\n",
    ("Hana Veselá", "vesela@listyhane.example"),
    "Hano,\nchceme přístup k XML s výsledky voleb ze serveru 192.0.2.40. Kontakt pro ČSÚ "
    "klidně dej na mě (603 118 442).\nOta\n",
    "Ota Brabec <brabec@listyhane.example>",
    ("Ota Brabec", "brabec@listyhane.example"),
)
_fwd(
    "sk_dajte_na_mna",
    "Dobrý deň, preposielam podklady nášho technika.\nS pozdravom Eva Hudáková\n",
    ("Eva Hudáková", "hudakova@novinyzahorie.example"),
    "Evka,\npotrebujeme prístup k XML s výsledkami volieb, server 198.51.100.40. Kontakt "
    "pre úrad pokojne dajte na mňa, 0905 331 270.\nJuro\n",
    "Juraj Kollár <kollar@novinyzahorie.example>",
    ("Juraj Kollár", "kollar@novinyzahorie.example"),
)
_fwd(
    "en_put_me_down",
    "Hi, forwarding the details from our developer.\nAnna Wells\n",
    ("Anna Wells", "wells@valleypost.example"),
    "Anna,\nwe need the election results XML feed from 203.0.113.40. Just put me down as the "
    "contact, +44 7700 900 331.\nRob\n",
    "Rob Carter <carter@valleypost.example>",
    ("Rob Carter", "carter@valleypost.example"),
)
_fwd(
    "de_mich_als_ansprechpartner",
    "Guten Tag, anbei die Angaben unseres Entwicklers.\nPetra Lang\n",
    ("Petra Lang", "lang@talbote.example"),
    "Petra,\nwir brauchen Zugang zu den XML-Wahlergebnissen, Server 192.0.2.41. Trag mich "
    "ruhig als Ansprechpartner ein, 0151 2200 4411.\nJonas\n",
    "Jonas Weber <weber@talbote.example>",
    ("Jonas Weber", "weber@talbote.example"),
)
_fwd(
    "pl_wpiszcie_mnie",
    "Dzień dobry, przesyłam dane od naszego informatyka.\nAnna Nowak\n",
    ("Anna Nowak", "nowak@gazetaslaska.example"),
    "Aniu,\npotrzebujemy dostępu do XML z wynikami wyborów, serwer 198.51.100.41. Jako "
    "kontakt wpiszcie mnie, tel. +48 601 220 331.\nPiotr\n",
    "Piotr Zieliński <zielinski@gazetaslaska.example>",
    ("Piotr Zieliński", "zielinski@gazetaslaska.example"),
)
_fwd(
    "cz_napiste_me_jako_kontakt",
    "Dobrý den, přeposílám od kolegyně.\nPavel Král\n",
    ("Pavel Král", "kral@hlasvysociny.example"),
    "Pavle,\nprosím o přístup k XML s výsledky, server 192.0.2.42. Napište mě jako kontakt, "
    "jsem na 737 220 119.\nIva\n",
    "Iva Dostálová <dostalova@hlasvysociny.example>",
    ("Iva Dostálová", "dostalova@hlasvysociny.example"),
)
_fwd(
    "cz_kontakt_dejte_na_mne",
    "Dobrý den, viz níže.\nRenata Malá\n",
    ("Renata Malá", "mala@rychlezpravy.example"),
    "Renato,\nservery pro XML s výsledky jsou 203.0.113.42. Kontakt dejte prosím na mne, "
    "604 119 228.\nLukáš\n",
    "Lukáš Beneš <benes@rychlezpravy.example>",
    ("Lukáš Beneš", "benes@rychlezpravy.example"),
)
# near misses: the forwarder's note names her the contact (the newest word); no
# self-declaration in the attached e-mail; a negated verb
_fwd(
    "cz_note_names_forwarder",
    "Dobrý den, posílám podklady od kolegy. Kontaktní osobou pro tuto žádost jsem já, 777 120 331.\n"
    "S pozdravem\nKlára Šustrová\n",
    ("Klára Šustrová", "sustrova@jizerskelisty.example"),
    "Kláro,\nservery pro XML s výsledky jsou 192.0.2.47. Kontakt pro ČSÚ klidně dej na mě.\nVojta\n",
    "Vojtěch Růžička <ruzicka@jizerskelisty.example>",
    ("Klára Šustrová", "sustrova@jizerskelisty.example"),
)
_fwd(
    "cz_negated",
    "Dobrý den, přeposílám podklady od kolegy.\nMarta Kubů\n",
    ("Marta Kubů", "kubu@listyposazavi.example"),
    "Marto,\nservery pro XML s výsledky jsou 192.0.2.48. Kontakt nedávejte na mě, jsem od pondělí pryč.\nOnda\n",
    "Ondřej Vlk <vlk@listyposazavi.example>",
    ("Marta Kubů", "kubu@listyposazavi.example"),
)
# no self-declaration in the attached e-mail; a negated verb
_fwd(
    "cz_no_declaration",
    "Dobrý den, posílám podklady od kolegy, kontaktní osobou jsem já.\nHana Veselá\n",
    ("Hana Veselá", "vesela@listyhane.example"),
    "Hano,\nservery pro XML s výsledky jsou 192.0.2.43 a 192.0.2.44.\nOta\n",
    "Ota Brabec <brabec@listyhane.example>",
    ("Hana Veselá", "vesela@listyhane.example"),
)
_fwd(
    "cz_plain_forward_no_contact",
    "Dobrý den, přeposílám podklady.\nMarek Šíp\n",
    ("Marek Šíp", "sip@zpravyzlin.example"),
    "Marku,\nservery pro XML s výsledky jsou 192.0.2.45. Na mě dej vědět, až to pošleš.\nJirka\n",
    "Jiří Hora <hora@zpravyzlin.example>",
    ("Marek Šíp", "sip@zpravyzlin.example"),
)


def _own(key: str, text: str, sender: str, name: str) -> None:
    CASES[key] = (
        mail(body(text), subject="Volby – přístup k datům", sender=sender, sender_name=name),
        label(FEED, (None, None, None), [], [], (name, sender, None)),
    )


_own(
    "cz_own_dej_na_me",
    "Dobrý den,\nprosíme o přístup k XML s výsledky, server 192.0.2.46. Kontakt pro vás "
    "klidně dejte na mě, 605 118 220.\n\nDíky\nTereza Malá\n",
    "mala@noviny.example",
    "Tereza Malá",
)
_own(
    "en_own_put_me_down",
    "Hello,\nplease give us access to the XML results feed from 203.0.113.46. Put me down as "
    "the contact, I'm on +44 7700 900 118.\n\nBest,\nLiam Hart\n",
    "hart@riverside.example",
    "Liam Hart",
)

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert [m for m in misses(p, want) if m.startswith(("contact.person", "contact.email"))] == []
