"""A drill, forty-fifth round (issue 18): the contact person's spelling and order.
(a) A contact written without diacritics whose name the data message's envelope (a person's
own box) or the e-mail's header writes with them: the diacritics are given (LABELS.md); a
different person of that surname keeps their own name. (b) A table under a contact heading
(a sheet or section "Kontakt") whose header row names a name column ("Příjmení, jméno",
"Name", "Meno a priezvisko") and whose next row gives the person, surname first with a comma
or given name first. (c) A Czech name written surname first in a form's cell ("Jandera Marek")
that the sender's header or the envelope writes given name first: turned round; a Hungarian
writer's name keeps the writer's order.

Each message was labelled by ``tests/corpus/LABELS.md`` before extraction ran on it; the drill
scores the contact person and its certainty (``want``: the person; ``sure``: True when it must
be certain, False when it must be flagged, None when either is right).

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

from typing import Any

import pytest

from intake.model import Channel, ParsedMessage
from tests.corpus.accuracy import _norm
from tests.unit.drill_helpers import drill_params
from tests.unit.extraction_helpers import body, extract, mail, text_file

CASES: dict[str, tuple[ParsedMessage, dict[str, Any]]] = {}


def _want(person: str, sure: bool | None = True) -> dict[str, Any]:
    return {"person": person, "sure": sure}


def _box(name: str, box_type: str, text: str, file: str = "zadost.docx") -> ParsedMessage:
    return ParsedMessage(
        channel=Channel.DATABOX,
        subject="zadost volby",
        sender="k3mx8pw",
        sender_name=name,
        envelope={"dbIDSender": "k3mx8pw", "dmSender": name, "dmSenderType": box_type, "dmAnnotation": "zadost volby"},
        components=(text_file(file, text),),
    )


def _mail(text: str, sender: str, name: str, attached: str = "", file: str = "formular.docx") -> ParsedMessage:
    extra = (text_file(file, attached),) if attached else ()
    return mail(body(text), *extra, subject="Volby - přístup k datům", sender=sender, sender_name=name)


# (a) diacritics from the envelope of a person's box or from the header
CASES["cs_box40_letter_without_marks"] = (
    _box(
        "Vladimír Kuchař",
        "40",
        "Žádost o přístup k výsledkům voleb\nIČO: 75128365\n"
        "Produkční adresa: 192.0.2.222\nTel.: 603 918 472, e-mail: vlada@kucharvolby.example\n"
        "Kontaktní osoba: Vladimir Kuchar\n\nS pozdravem\nVladimir Kuchar\n",
    ),
    _want("Vladimír Kuchař"),
)
CASES["cs_box30_signature_only_without_marks"] = (
    _box(
        "Ing. Jiří Šťastný",
        "30",
        "Dobrý den,\nžádám o přístup k XML výsledkům voleb pro svůj zpravodajský web.\n"
        "IP adresa serveru: 198.51.100.14\n\nDěkuji\nJiri Stastny\ntel. 777 301 552\n",
        "zadost.odt",
    ),
    _want("Jiří Šťastný"),
)
CASES["sk_box_form_without_marks"] = (
    _box(
        "Ľubomír Ďuriš",
        "40",
        "Žiadosť o prístup k výsledkom volieb\nKontaktná osoba:\tLubomir Duris\n"
        "Telefón:\t+421 905 118 402\nIP adresa:\t203.0.113.61\n",
    ),
    _want("Ľubomír Ďuriš"),
)
CASES["pl_box_letter_without_marks"] = (
    _box(
        "Łukasz Wójcik",
        "40",
        "Dzień dobry,\nproszę o dostęp do wyników wyborów (XML).\nAdres IP: 192.0.2.90\n"
        "Osoba kontaktowa: Lukasz Wojcik, tel. +48 601 234 567\n",
    ),
    _want("Łukasz Wójcik", None),
)
CASES["en_box_letter_without_marks"] = (
    _box(
        "Tomáš Řezníček",
        "40",
        "Hello,\nI am a freelance journalist and request access to the election results feed.\n"
        "Server IP: 198.51.100.77\nContact person: Tomas Reznicek, phone +420 604 552 118\n",
    ),
    _want("Tomáš Řezníček"),
)
CASES["cs_box_other_given_name_kept"] = (
    # the box is the father's, the contact his son: not the same person
    _box(
        "Vladimír Kuchař",
        "40",
        "Žádost o přístup k výsledkům voleb\nIP adresa: 192.0.2.223\n"
        "Kontaktní osoba: Petr Kuchar, tel. 603 918 473\n",
    ),
    _want("Petr Kuchar", None),
)
CASES["cs_mail_header_with_marks"] = (
    _mail(
        "Dobrý den,\nv příloze zasílám žádost.\nMiroslav",
        "mirek@obzor.example",
        "Miroslav Křížek",
        "Žádost o přístup k výsledkům voleb\nŽadatel: Obzor Praha s.r.o., IČO 27193181\n"
        "IP: 192.0.2.31\nKontakt: Miroslav Krizek, 731 224 908\n",
    ),
    _want("Miroslav Křížek"),
)
CASES["de_mail_signature_with_marks"] = (
    _mail(
        "Guten Tag,\nwir beantragen Zugang zu den Wahlergebnissen (XML).\n"
        "Produktions-IP: 203.0.113.20\nAnsprechpartner: Jurgen Kohler\n\n"
        "Mit freundlichen Grüßen\nJürgen Köhler\nTel. +49 30 901 820 17\n",
        "j.koehler@tagespost.example",
        "",
    ),
    _want("Jürgen Köhler"),
)

CASES["cs_box20_company_kept_bare"] = (
    # a company's box: its name is no spelling of the contact's
    _box(
        "Kuchař Media s.r.o.",
        "20",
        "Žádost o přístup k výsledkům voleb\nIP adresa: 192.0.2.224\n"
        "Kontaktní osoba: Vladimir Kuchar, tel. 603 918 474\n",
    ),
    _want("Vladimir Kuchar", None),
)
CASES["cs_box_text_has_marks_envelope_bare"] = (
    # the text gives the marks the registered name lacks: the text's spelling stands
    _box(
        "Vladimir Kuchar",
        "40",
        "Žádost o přístup k výsledkům voleb\nIP adresa: 192.0.2.225\n"
        "Kontaktní osoba: Vladimír Kuchař, tel. 603 918 475\n",
    ),
    _want("Vladimír Kuchař", None),
)
CASES["hu_box_letter_without_marks"] = (
    _box(
        "Kovács Eszter",
        "40",
        "Tisztelt Hivatal!\nKérem a választási eredmények XML hozzáférését.\nIP cím: 203.0.113.71\n"
        "Kapcsolattartó: Kovacs Eszter, +36 30 555 1203\n",
    ),
    _want("Kovács Eszter", None),
)

# (b) a table under a contact heading with a name column
CASES["cs_sheet_surname_comma_given"] = (
    _mail(
        "Dobrý den, vše je v tabulce v příloze.\nDík, Zbořil\n",
        "zboril@mnzlin.example",
        "Lukas Zboril",
        "Žadatel\nNázev\tMoravské noviny Zlín, a.s.\nIČO\t28630548\n\n"
        "IP\nRole\tAdresa\nprodukční\t203.0.113.128\n\n"
        "Kontakt\nPříjmení, jméno\tE-mail\tTelefon\nZbořil, Lukáš\tzboril@mnzlin.example\t734 916 280\n",
        "volby.xlsx",
    ),
    _want("Lukáš Zbořil"),
)
CASES["cs_section_name_column_given_first"] = (
    _mail(
        "Dobrý den, posílám vyplněnou tabulku.\nS pozdravem Hana\n",
        "hana@regionplus.example",
        "",
        "Žádost o přístup k výsledkům\nIP adresa\t192.0.2.150\n\n"
        "Kontaktní osoba\nJméno\tTelefon\tE-mail\nHana Kolářová\t605 332 190\thana@regionplus.example\n",
        "zadost.xlsx",
    ),
    _want("Hana Kolářová"),
)
CASES["en_sheet_name_column"] = (
    _mail(
        "Hi, the application is in the attached workbook.\nBest, Owen\n",
        "owen@valleynews.example",
        "",
        "Applicant\nName\tValley News Ltd\n\nAddresses\nproduction\t198.51.100.40\n\n"
        "Contact\nName\tEmail\tPhone\nOwen Harris\towen@valleynews.example\t+44 117 496 0321\n",
        "request.xlsx",
    ),
    _want("Owen Harris"),
)
CASES["de_sheet_name_vorname"] = (
    _mail(
        "Guten Tag, der Antrag liegt als Tabelle bei.\nGruß J. Krüger\n",
        "krueger@lausitzblick.example",
        "",
        "Antragsteller\nName\tLausitzblick GmbH\n\nIP\nProduktion\t203.0.113.88\n\n"
        "Ansprechpartner\nName, Vorname\tE-Mail\tTelefon\nKrüger, Jonas\tkrueger@lausitzblick.example\t+49 355 201 440\n",
        "antrag.xlsx",
    ),
    _want("Jonas Krüger"),
)
CASES["sk_sheet_meno_priezvisko"] = (
    _mail(
        "Dobrý deň, žiadosť je v prílohe.\nS pozdravom Ján\n",
        "jan.bielik@zahorie.example",
        "",
        "Žiadateľ\nNázov\tZáhorie dnes s.r.o.\n\nIP adresy\nprodukčná\t192.0.2.160\n\n"
        "Kontakt\nMeno a priezvisko\tTelefón\tE-mail\nJán Bielik\t0905 442 118\tjan.bielik@zahorie.example\n",
        "ziadost.xlsx",
    ),
    _want("Ján Bielik"),
)
CASES["cs_sheet_two_columns_surname_given"] = (
    _mail(
        "Dobrý den, žádost v příloze.\nDvořák\n",
        "dvorak@jihlavske.example",
        "",
        "Žadatel\nNázev\tJihlavské listy s.r.o.\n\nIP\nprodukční\t192.0.2.170\n\n"
        "Kontakt\nPříjmení\tJméno\tTelefon\nDvořák\tOndřej\t731 552 004\n",
        "zadost.xlsx",
    ),
    _want("Ondřej Dvořák", None),
)
CASES["cs_sheet_two_contacts_flagged"] = (
    # two people in the contact sheet: the first, but which one is meant is open
    _mail(
        "Dobrý den, žádost v tabulce.\nRedakce\n",
        "redakce@brodskelisty.example",
        "",
        "Žadatel\nNázev\tBrodské listy s.r.o.\n\nIP\nprodukční\t192.0.2.195\n\n"
        "Kontakty\nJméno\tRole\tTelefon\nJana Benešová\ttechnika\t602 441 118\n"
        "Pavel Říha\tobsah\t602 441 119\n",
        "zadost.xlsx",
    ),
    _want("Jana Benešová", False),
)
CASES["cs_supplier_table_not_contact"] = (
    # the table names the supplier's technician; the contact signs the letter
    _mail(
        "Dobrý den,\nžádáme o přístup k výsledkům voleb, IP 192.0.2.180.\n\n"
        "S pozdravem\nKarel Musil\nPodřipský deník s.r.o.\ntel. 606 221 874\n",
        "musil@podripsky.example",
        "Karel Musil",
        "Dodavatel serveru\nJméno\tTelefon\nAlois Brabec\t602 118 330\n",
        "dodavatel.xlsx",
    ),
    _want("Karel Musil", None),
)

CASES["pl_sheet_imie_nazwisko"] = (
    _mail(
        "Dzień dobry, wniosek w załączniku.\nPozdrawiam, Anna\n",
        "a.zielinska@gazetaslaska.example",
        "",
        "Wnioskodawca\nNazwa\tGazeta Śląska sp. z o.o.\n\nIP\nprodukcja\t198.51.100.90\n\n"
        "Kontakt\nImię i nazwisko\tTelefon\tE-mail\nAnna Zielińska\t+48 601 222 333\ta.zielinska@gazetaslaska.example\n",
        "wniosek.xlsx",
    ),
    _want("Anna Zielińska"),
)
CASES["fr_sheet_nom_prenom_columns"] = (
    _mail(
        "Bonjour, la demande est dans le tableau joint.\nCordialement\n",
        "c.lefevre@lavoix.example",
        "",
        "Demandeur\nNom\tLa Voix du Nord-Est SARL\n\nIP\nproduction\t203.0.113.33\n\n"
        "Contact\nNom\tPrénom\tTéléphone\nLefèvre\tClaire\t+33 3 20 11 22 33\n",
        "demande.xlsx",
    ),
    _want("Claire Lefèvre", None),
)
CASES["en_contact_name_column_is_desk"] = (
    # the name cell holds a desk, not a person: the signer is the contact
    _mail(
        "Hello,\nplease find our request attached.\n\nKind regards\nOwen Harris\nValley News Ltd\n",
        "owen@valleynews.example",
        "Owen Harris",
        "Addresses\nproduction\t198.51.100.41\n\n"
        "Contact\nName\tPhone\nValley News newsroom\t+44 117 496 0322\n",
        "request.xlsx",
    ),
    _want("Owen Harris", None),
)
CASES["cs_crew_sheet_not_contact"] = (
    # a crew sheet's name column is no contact: the signer is
    _mail(
        "Dobrý den,\nžádáme o povolení natáčet na přebíracím místě.\n\nS pozdravem\nRadim Šebek\nTV Polabí\n",
        "sebek@tvpolabi.example",
        "Radim Šebek",
        "Štáb\nJméno\tFunkce\nAlena Horká\tkamera\n",
        "stab.xlsx",
    ),
    _want("Radim Šebek", None),
)

# (c) surname first in a form's cell, the header or the envelope writes it given name first
CASES["cs_form_cell_header_given_first"] = (
    _mail(
        "",
        "jandera@krtv.example",
        "Marek Jandera",
        "ŽÁDOST MÉDIA\n[x] přístup k serveru s výsledky\nAdresy produkční\t192.0.2.41\n"
        "Kontakt\tJandera Marek\nTel.\t+420 731 648 205\nMail\tjandera@krtv.example\n",
    ),
    _want("Marek Jandera"),
)
CASES["cs_form_colon_header_given_first"] = (
    _mail(
        "Dobrý den, zasílám formulář.\n",
        "holub@vychodnicechy.example",
        "Petr Holub",
        "Formulář žádosti\nIP adresa: 198.51.100.52\nKontaktní osoba: Holub Petr\nTelefon: 608 771 203\n",
    ),
    _want("Petr Holub"),
)
CASES["cs_box_form_envelope_given_first"] = (
    _box(
        "Marek Jandera",
        "40",
        "Formulář\nProdukční IP\t192.0.2.44\nKontakt\tJandera Marek\nTelefon\t731 648 205\n",
    ),
    _want("Marek Jandera"),
)
CASES["sk_form_cell_header_given_first"] = (
    _mail(
        "Dobrý deň, posielam formulár.\n",
        "krajcer@novinyzapad.example",
        "Peter Krajcer",
        "Formulár\nIP adresa\t192.0.2.190\nKontaktná osoba\tKrajcer Peter\nTelefón\t0905 331 220\n",
    ),
    _want("Peter Krajcer"),
)
CASES["hu_form_writer_order_kept"] = (
    # a Hungarian writer: the form's order is the writer's (LABELS.md)
    _mail(
        "Jó napot kívánok, csatolom a kérelmet.\n",
        "halasz.reka@hirek.example.hu",
        "Réka Halász",
        "Kérelem\nIP cím\t203.0.113.99\nKapcsolattartó\tHalász Réka\nTelefon\t+36 30 412 5521\n",
    ),
    _want("Halász Réka", None),
)
CASES["cs_form_other_sender_flagged"] = (
    # an assistant sends; nothing tells the order of the contact's name for sure
    _mail(
        "Dobrý den, za kolegu posílám formulář.\nEva Nová, asistentka\n",
        "nova@krtv.example",
        "Eva Nová",
        "ŽÁDOST\nAdresy produkční\t192.0.2.45\nKontakt\tJandera Marek\nTel.\t+420 731 648 206\n",
    ),
    _want("Marek Jandera", False),
)

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_contact_person_r45(p: ParsedMessage, want: dict[str, Any]) -> None:
    got = extract(p).to_dict()
    person = got["contact"]["person"]
    certain = got.get("fields", {}).get("contact.person", {}).get("certain")
    problems = []
    right = _norm(person, "contact.person") == _norm(want["person"], "contact.person")
    if not right and (want["sure"] is not False or certain):
        problems.append(f"person: want {want['person']!r}, got {person!r} (certain={certain})")
    if right and want["sure"] is not None and bool(certain) != want["sure"]:
        problems.append(f"certainty: want {want['sure']}, got {certain}")
    assert problems == []
