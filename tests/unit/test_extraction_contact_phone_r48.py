"""A drill, forty-eighth round (issue 18): the contact's phone. (a) Form lines where a label
stands alone on the line above its value ("Telefon:" / "585 207 316"): the value is read
under its label, and the digits under an identifier's label ("IČO:" / "0471 6299", "NIP:",
"Steuernummer:", "Company No.:") never become a phone; (b) several numbers of one signature
or cell where only one is the contact's own (a landline, switchboard, fax, "ústředna",
"Zentrale", "recepce" beside a mobile or direct line); (c) a mobile split by a phone's line
break. Near-miss negatives: the own number first, a fax after the mobile, an identifier
with no phone at all. Every message was labelled by ``tests/corpus/LABELS.md`` before
extraction ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import Component, ParsedMessage
from tests.unit.drill_helpers import FEED, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, mail, text_file

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _mail(text: str, sender: str, name: str, *extra: Component) -> ParsedMessage:
    return mail(body(text), *extra, subject="Přístup k výsledkům voleb", sender=sender, sender_name=name)


def _form(sender: str, text: str) -> ParsedMessage:
    return mail(
        body("Dobrý den,\nv příloze posíláme vyplněný formulář.\nS pozdravem sekretariát\n"),
        text_file("formular.txt", text),
        subject="Formulář – volby",
        sender=sender,
        sender_name="Sekretariát",
    )


def _want(phone: str | None) -> Label:
    return label(FEED, (None, None, None), [], [], (None, None, phone))


# (a) form lines: a label alone on the line above its value
CASES["cz_form_ic_above_landline"] = (
    _form(
        "sekretariat@jihoceskelisty.example",
        "ŽÁDOST O PŘÍSTUP\n\nŽadatel:\nJihočeské listy s.r.o.\n\nIČ:\n0283 1147\n\n"
        "IP adresa:\n192.0.2.61\n\nKontaktní osoba:\nPetr Vávra\n\nTelefon:\n387 220 514\n",
    ),
    _want("+420387220514"),
)
CASES["sk_form_dic_above_mobile"] = (
    _form(
        "sekretariat@zahorie.example",
        "ŽIADOSŤ\n\nNázov:\nZáhorie dnes s.r.o.\n\nDIČ:\n2021 4567 89\n\n"
        "Kontaktná osoba:\nMarta Ľuptáková\n\nTelefón:\n0907 334 218\n",
    ),
    _want("+421907334218"),
)
CASES["en_form_company_no_above"] = (
    _form(
        "office@northgazette.example",
        "APPLICATION FORM\n\nApplicant:\nNorth Gazette Ltd\n\nCompany No.:\n0451 2290\n\n"
        "Contact person:\nAlice Moore\n\nPhone:\n+44 20 7946 0321\n",
    ),
    _want("+442079460321"),
)
CASES["de_form_steuernummer_above"] = (
    _form(
        "sekretariat@spreebote.example",
        "ANTRAG\n\nAntragsteller:\nSpreebote GmbH\n\nSteuernummer:\n0293 5518 40\n\n"
        "Ansprechpartnerin:\nKatrin Vogel\n\nTelefonnummer:\n+49 30 2547 7314\n",
    ),
    _want("+493025477314"),
)
CASES["pl_form_nip_above"] = (
    _form(
        "biuro@glosbeskidu.example",
        "WNIOSEK\n\nWnioskodawca:\nGłos Beskidu sp. z o.o.\n\nNIP:\n0527 2314 88\n\n"
        "Osoba kontaktowa:\nAnna Nowak\n\nTelefon kontaktowy:\n+48 601 233 410\n",
    ),
    _want("+48601233410"),
)
CASES["cz_form_account_above_mobile"] = (
    _form(
        "sekretariat@podlipi.example",
        "Žadatel:\nPodlipský týdeník, z. s.\n\nČíslo účtu:\n0524 1187 / 0800\n\n"
        "Kontakt:\nIvana Dušková\n\nMobil:\n604 771 280\n",
    ),
    _want("+420604771280"),
)
CASES["cz_form_ico_inline_phone_below"] = (
    _form(
        "sekretariat@hanackenoviny.example",
        "Žadatel: Hanácké noviny s.r.o.\nIČO: 04716299\n\nKontaktní osoba:\nLenka Horká\n\n"
        "Telefon:\n585 207 316\n",
    ),
    _want("+420585207316"),
)
CASES["cz_form_ico_above_no_phone"] = (
    _form(
        "sekretariat@vltavin.example",
        "Žadatel:\nVltavín, z. s.\n\nIČO:\n0471 6299\n\nKontaktní osoba:\nJan Kos\n\n"
        "E-mail:\nkos@vltavin.example\n",
    ),
    _want(None),
)
CASES["cz_form_phone_label_after_blank"] = (
    _form(
        "sekretariat@brnenskyden.example",
        "Kontaktní osoba:\nRadek Souček\n\nTel. č.:\n\n731 402 118\n\nE-mail:\nsoucek@brnenskyden.example\n",
    ),
    _want("+420731402118"),
)

# (b) several numbers in one signature or cell
CASES["cz_tel_landline_then_mobil"] = (
    _mail(
        "Dobrý den,\nžádáme o přístup k XML, IP 192.0.2.71.\n\nS pozdravem\nJana Horká\n"
        "Hradecký deník s.r.o.\ntel. 495 512 330, mobil 731 220 455\n",
        "horka@hradecky.example",
        "Jana Horká",
    ),
    _want("+420731220455"),
)
CASES["cz_ustredna_then_mobil"] = (
    _mail(
        "Dobrý den,\nprosíme o přístup k výsledkům, IP 192.0.2.72.\n\nPavel Kříž\nPlzeňský kurýr\n"
        "ústředna 377 110 200, mobil 605 413 882\n",
        "kriz@plzenskykuryr.example",
        "Pavel Kříž",
    ),
    _want("+420605413882"),
)
CASES["de_zentrale_then_handy"] = (
    _mail(
        "Guten Tag,\nwir beantragen den Zugang, IP 203.0.113.72.\n\nMit freundlichen Grüßen\n"
        "Stefan Huber\nDonaukurier GmbH\nZentrale: +43 1 588 21-0\nHandy: +43 664 218 4410\n",
        "huber@donaukurier.example",
        "Stefan Huber",
    ),
    _want("+436642184410"),
)
CASES["cz_recepce_then_prima"] = (
    _mail(
        "Dobrý den,\nžádáme o přístup, IP 192.0.2.73.\n\nMarie Bílá\nRádio Střed\n"
        "recepce 241 442 100\npřímá linka 241 442 131\n",
        "bila@radiostred.example",
        "Marie Bílá",
    ),
    _want("+420241442131"),
)
CASES["en_switchboard_pipe_mobile"] = (
    _mail(
        "Hello,\nwe apply for feed access, IP 203.0.113.74.\n\nBest regards\nTom Reed\nPrague Post Online\n"
        "Switchboard +420 222 310 100 | Mobile +420 777 512 904\n",
        "reed@praguepost.example",
        "Tom Reed",
    ),
    _want("+420777512904"),
)
CASES["sk_tel_fax_mob"] = (
    _mail(
        "Dobrý deň,\nžiadame o prístup, IP 192.0.2.75.\n\nS pozdravom\nĽubica Kováčová\nBratislavský denník\n"
        "tel.: 02/4445 1200, fax: 02/4445 1201, mob.: 0915 332 870\n",
        "kovacova@badennik.example",
        "Ľubica Kováčová",
    ),
    _want("+421915332870"),
)
CASES["pl_tel_then_kom"] = (
    _mail(
        "Dzień dobry,\nprosimy o dostęp, IP 203.0.113.76.\n\nPozdrawiam\nPiotr Zieliński\nGazeta Śląska\n"
        "tel. +48 32 256 11 20, kom. +48 601 442 870\n",
        "zielinski@gazetaslaska.example",
        "Piotr Zieliński",
    ),
    _want("+48601442870"),
)
CASES["cz_table_cell_tel_then_mobil"] = (
    _mail(
        "Dobrý den,\nžádáme o přístup.\n\nProdukční IP: 192.0.2.77\n"
        "Kontaktní osoba: Eva Malá, tel. 466 301 220, mobil 736 115 402, mala@pardubak.example\n",
        "redakce@pardubak.example",
        "Pardubák",
    ),
    _want("+420736115402"),
)
CASES["near_cz_mobile_then_fax"] = (
    _mail(
        "Dobrý den,\nžádáme o přístup, IP 192.0.2.78.\n\nOndřej Malý\nKutnohorský list\n"
        "tel. 603 112 448, fax 327 512 331\n",
        "maly@kutnohorsky.example",
        "Ondřej Malý",
    ),
    _want("+420603112448"),
)
CASES["near_cz_mobil_then_landline"] = (
    _mail(
        "Dobrý den,\nžádáme o přístup, IP 192.0.2.79.\n\nJana Horká\nHradecký deník s.r.o.\n"
        "mobil 731 220 455, tel. 495 512 330\n",
        "horka@hradecky.example",
        "Jana Horká",
    ),
    _want("+420731220455"),
)

# (c) a mobile split by a phone's line break
CASES["cz_phone_split_after_first_group"] = (
    _mail(
        "dobry den\nchceme pristup k xml, ip 192.0.2.80\nmuj mobil je 604\n518 330\ndiky Karel Novy\n",
        "novy@obzor.example",
        "Karel Nový",
    ),
    _want("+420604518330"),
)
CASES["en_phone_split_after_second_group"] = (
    _mail(
        "hi, pls give us access to the feed, ip 203.0.113.81. call me on +420 739 415\n226 if needed\n"
        "thx Mark Bell\n",
        "bell@eastnews.example",
        "Mark Bell",
    ),
    _want("+420739415226"),
)

_LANDLINE_FIRST = (
    "phone (r48, class b left): an unmarked landline before the person's own mobile in one line"
    " ('tel. 495 …, mobil 731 …') is labelled the mobile in br035 but the landline in 52-smime-"
    "signed, da002, da018 (tuning): the corpus's labels conflict, so the first is kept, flagged"
)

XFAIL: dict[str, str] = {
    "cz_tel_landline_then_mobil": _LANDLINE_FIRST,
    "sk_tel_fax_mob": _LANDLINE_FIRST,
    "pl_tel_then_kom": _LANDLINE_FIRST,
    "cz_table_cell_tel_then_mobil": _LANDLINE_FIRST,
}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert [m for m in misses(p, want) if m.startswith("contact.phone")] == []
