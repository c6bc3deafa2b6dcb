"""Contact details, eleventh round (issue 18): two principles a careful officer applies in
any language and format, each probed in wording unlike any corpus case.

1. Degrees and titles of every country, before or after a name, are no part of the name:
   "DI", "Dipl.-Ing.", "Mag.", "MMag.", "Dr. techn.", "MSc", "MBA", "PhD", "mgr inż.",
   "dr hab.", "Dott.ssa" as much as the Czech "Ing." or "Ph.D.".
2. A newer statement by the same applicant replaces an older one: when the applicant sends
   their own earlier application again (forwarded, attached) and the new text gives a phone
   or e-mail of their own, the new value is the contact's, not the one in the old text.

3. A person the text directs the office to by one name ("kontaktujte prosím Ondřeje:",
   "call Cross on …") is the one person it names in full with that name (unsure).
4. A table of people under a title naming the contact (a sheet "Kontakt", a heading
   "Contact person") holds the contact.

Read by the rules before this round, 19 of the 38 probes failed (4 of 13, 3 of 9, 5 of 8,
7 of 8); after it none (one known gap, a full name written only in the genitive, is xfail).

Every text here is written for the test; names, firms and numbers are invented."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from intake.extraction.model import Extraction
from intake.model import Component, ComponentRole
from tests.unit.extraction_helpers import body, extract, mail, text_file

IP = "Žádáme o přístup k výsledkům z adresy 198.51.100.21.\n"


def _mail(text: str, sender: str = "redakce@media.example", sender_name: str = "") -> Extraction:
    return extract(mail(body(text), sender=sender, sender_name=sender_name))


# ------------------------------------------------------------ 1. degrees of every country --

DEGREES: dict[str, tuple[str, str]] = {
    "austrian_di_before_label": (
        "Sehr geehrte Damen und Herren,\n\nwir beantragen Zugang zum Ergebnisserver von "
        "198.51.100.21.\n\nAnsprechperson: DI Katharina Moser, Tel. +43 512 334 455, "
        "k.moser@alpenblick.example\n",
        "Katharina Moser",
    ),
    "german_dipl_ing_in_signature_block": (
        "Guten Tag,\n\nbitte schalten Sie 198.51.100.21 für den XML-Dienst frei.\n\n"
        "Mit freundlichen Grüßen\n\nDipl.-Ing. Tobias Reinhardt\nLeiter IT\n"
        "Tel. +49 351 8877 6655\nreinhardt@elbkurier.example\n",
        "Tobias Reinhardt",
    ),
    "austrian_mag_and_dr_techn": (
        "Grüß Gott,\n\nwir ersuchen um Zugang von 198.51.100.21 aus.\n"
        "Kontakt: Mag. Dr. techn. Johanna Weiss, johanna.weiss@murtal-news.example, "
        "+43 3842 111 222\n",
        "Johanna Weiss",
    ),
    "english_post_nominals_no_comma": (
        "Hello,\n\nwe request access to the results server from 198.51.100.21.\n\n"
        "Contact person: Oliver Grant MSc MBA\nPhone: +44 7700 900 123\n"
        "Email: o.grant@fenland-post.example\n",
        "Oliver Grant",
    ),
    "polish_mgr_inz": (
        "Dzień dobry,\n\nprosimy o dostęp do wyników z adresu 198.51.100.21.\n"
        "Osoba kontaktowa: mgr inż. Paweł Zieliński, tel. +48 601 222 333, "
        "p.zielinski@gazeta-opolska.example\n",
        "Paweł Zieliński",
    ),
    "polish_dr_hab_in_table": (
        "Dzień dobry,\n\nprosimy o dostęp do wyników z adresu 198.51.100.21.\n\n"
        "Imię i nazwisko\tRola\tTelefon\n"
        "dr hab. Ewa Kaczmarek\tosoba kontaktowa\t+48 602 444 555\n"
        "Jan Wróbel\tredaktor\t+48 603 666 777\n",
        "Ewa Kaczmarek",
    ),
    "czech_degree_after_name_without_diacritics": (
        "Dobry den,\n\nzadame o pristup k vysledkum z adresy 198.51.100.21.\n"
        "Kontaktni osoba: Radek Sedlacek DiS., tel. 604 111 222, sedlacek@jihlavske-noviny.example\n",
        "Radek Sedlacek",
    ),
    "slovak_phd_and_ing_arch": (
        "Dobrý deň,\n\nžiadame o prístup k výsledkom z adresy 198.51.100.21.\n"
        "Kontaktná osoba: Ing. arch. Zuzana Kováčová PhD., +421 905 123 456, "
        "kovacova@zahorie-dnes.example\n",
        "Zuzana Kováčová",
    ),
    "italian_dott_ssa_form": (
        "Buongiorno,\n\nchiediamo l'accesso ai risultati dall'indirizzo 198.51.100.21.\n\n"
        "Referente: Dott.ssa Giulia Ferraro\nTelefono: +39 051 223 3445\n"
        "E-mail: g.ferraro@gazzetta-emilia.example\n",
        "Giulia Ferraro",
    ),
    "austrian_di_fh_capitals_surname": (
        "Sehr geehrte Damen und Herren,\n\nbitte um Freischaltung von 198.51.100.21.\n"
        "Ansprechpartner: DI (FH) Markus EGGER, +43 662 909 808, egger@salzach-online.example\n",
        "Markus Egger",
    ),
    "austrian_di_after_name_in_signature": (
        "Sehr geehrte Damen und Herren,\n\nanbei unser Antrag: Zugang von 198.51.100.21.\n\n"
        "Beste Grüße\nLukas Wimmer DI\nNetzwerkbetrieb\n+43 732 404 505\n"
        "l.wimmer@linzer-blatt.example\n",
        "Lukas Wimmer",
    ),
    "english_prose_bsc_msc_after_comma": (
        "Hi,\n\nplease allow 198.51.100.21 to fetch the results feed.\n"
        "Our contact person is Stefan Brandl, BSc MSc, network engineer "
        "(+44 7700 900 456, s.brandl@dales-herald.example).\n",
        "Stefan Brandl",
    ),
    "german_mmag_parenthesised_phone": (
        "Guten Tag,\n\nwir beantragen Zugang ab 198.51.100.21.\n"
        "Ansprechpartnerin: MMag. Lena Hofer (Tel. +43 1 505 6070, hofer@donaupresse.example)\n",
        "Lena Hofer",
    ),
}


@pytest.mark.parametrize("key", DEGREES)
def test_a_degree_of_any_country_is_no_part_of_the_name(key: str) -> None:
    text, person = DEGREES[key]
    x = _mail(text)
    assert x.contact_person is not None
    assert re.sub(r"\s+", " ", x.contact_person) == person


# ------------------------------------------- 2. a newer statement replaces an older one --


def _eml(name: str, text: str, sender: str, *inner: tuple[str, str]) -> list[Component]:
    """An e-mail attached to the new one (the applicant's earlier message), its body and
    its own attachments (name, text)."""
    raw = (
        f"From: {sender}\r\nTo: podatelna@czso.cz\r\nSubject: Application\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n" + text
    ).encode()
    out = [
        Component(name, ComponentRole.ATTACHMENT, raw, "message/rfc822"),
        Component(f"{name}-body.txt", ComponentRole.BODY_TEXT, text.encode(), "text/plain",
                  parent=name, charset="utf-8", text=text),
    ]
    for file, content in inner:
        out.append(Component(file, ComponentRole.ATTACHMENT, content.encode(), "text/plain",
                             parent=name, charset="utf-8", text=content))
    return out


@dataclass(frozen=True)
class Newer:
    new: str
    extra: tuple[Component, ...] = ()
    subject: str = "Fwd: Žádost"
    sender: str = "a@media.example"
    sender_name: str = ""
    phone: str | None = None
    email: str | None = None


NEWER: dict[str, Newer] = {
    "czech_attached_mail_with_form_new_mobile": Newer(
        "Dobrý den,\n\nznovu posílám naši žádost z minulého měsíce (v příloze).\n"
        "Telefonicky mě nyní zastihnete na čísle 721 400 500.\n\nKarel Doležal\n",
        tuple(_eml(
            "puvodni.eml", "Dobrý den,\nžádost je v příloze.\nKarel Doležal\n",
            "Karel Doležal <dolezal@hanacky-vecernik.example>",
            ("zadost.txt", "Hanácký večerník s.r.o.\nŽádáme o přístup z adresy 198.51.100.31.\n"
                           "Kontakt: Karel Doležal, dolezal@hanacky-vecernik.example, tel. 585 300 200\n"),
        )),
        sender="dolezal@hanacky-vecernik.example", sender_name="Karel Doležal", phone="+420721400500",
    ),
    "english_attached_mail_with_form_new_phone": Newer(
        "Hello,\n\nresending our application from March, attached.\n"
        "Please use my mobile from now on: +44 7700 900 812.\n\nFiona Walsh\n",
        tuple(_eml(
            "march.eml", "Hello,\nplease find our application attached.\nFiona Walsh\n",
            "Fiona Walsh <f.walsh@moorland-gazette.example>",
            ("application.txt", "Moorland Gazette Ltd\nWe request access from 198.51.100.32.\n"
                                "Contact: Fiona Walsh, f.walsh@moorland-gazette.example, +44 1904 550 660\n"),
        )),
        sender="f.walsh@moorland-gazette.example", sender_name="Fiona Walsh", phone="+447700900812",
    ),
    "german_attached_mail_body_new_number": Newer(
        "Guten Tag,\n\nanbei nochmals unser Antrag vom Februar.\n"
        "Sie erreichen mich inzwischen unter +49 170 3344 556.\n\nMaria Vogt\n",
        tuple(_eml(
            "antrag.eml", "Guten Tag,\nwir beantragen Zugang von 198.51.100.33.\n"
                          "Ansprechpartnerin: Maria Vogt, Tel. +49 341 220 330, vogt@saale-bote.example\n",
            "Maria Vogt <vogt@saale-bote.example>",
        )),
        sender="vogt@saale-bote.example", sender_name="Maria Vogt", phone="+491703344556",
    ),
    "czech_no_diacritics_inline_forward": Newer(
        "Dobry den,\n\npreposilam nasi zadost jeste jednou. Volejte mi prosim na 608 220 330.\n\n"
        "Zdenek Hruby\n\n---------- Forwarded message ---------\n"
        "From: Zdenek Hruby <hruby@brodske-listy.example>\nDate: 3. 3. 2026\nSubject: Zadost\n\n"
        "Dobry den,\nzadame o pristup z adresy 198.51.100.34.\n"
        "Kontakt: Zdenek Hruby, tel. 569 111 222, hruby@brodske-listy.example\n",
        sender="hruby@brodske-listy.example", sender_name="Zdenek Hruby", phone="+420608220330",
    ),
    "polish_attached_mail_form_new_phone": Newer(
        "Dzień dobry,\n\nprzesyłam ponownie nasz wniosek z zeszłego miesiąca.\n"
        "Proszę dzwonić na mój numer komórkowy: +48 605 700 800.\n\nTomasz Lis\n",
        tuple(_eml(
            "wniosek.eml", "Dzień dobry,\nwniosek w załączniku.\nTomasz Lis\n",
            "Tomasz Lis <lis@kurier-slaski.example>",
            ("wniosek.txt", "Kurier Śląski sp. z o.o.\nProsimy o dostęp z adresu 198.51.100.35.\n"
                            "Osoba kontaktowa: Tomasz Lis, lis@kurier-slaski.example, tel. +48 32 255 6677\n"),
        )),
        sender="lis@kurier-slaski.example", sender_name="Tomasz Lis", phone="+48605700800",
    ),
    "slovak_attached_mail_new_email": Newer(
        "Dobrý deň,\n\nposielam ešte raz našu žiadosť z januára.\n"
        "Píšte mi prosím na adresu m.kralik@zvolen-dnes.example.\n\nMartin Králik\n",
        tuple(_eml(
            "ziadost.eml", "Dobrý deň,\nžiadame o prístup z adresy 198.51.100.36.\n"
                           "Kontakt: Martin Králik, kralik.martin@postbox-mail.example, +421 905 300 400\n",
            "Martin Králik <kralik.martin@postbox-mail.example>",
        )),
        sender="m.kralik@zvolen-dnes.example", sender_name="Martin Králik",
        email="m.kralik@zvolen-dnes.example",
    ),
    "english_inline_forward_new_email_and_phone": Newer(
        "Hi,\n\nforwarding my earlier request again. Reach me at +353 87 123 4567 or "
        "aoife.byrne@liffey-times.example.\n\nAoife Byrne\n\n"
        "-----Original Message-----\nFrom: Aoife Byrne <abyrne@oldmail.example>\n"
        "Sent: Monday, 2 March 2026\nSubject: Access request\n\n"
        "Hello,\nwe request access from 198.51.100.37.\n"
        "Contact: Aoife Byrne, +353 1 677 8899, abyrne@oldmail.example\n",
        sender="aoife.byrne@liffey-times.example", sender_name="Aoife Byrne",
        phone="+353871234567", email="aoife.byrne@liffey-times.example",
    ),
    "czech_attached_mail_landline_gone": Newer(
        "Dobrý den,\n\nv příloze znovu naše žádost. Pevná linka 495 111 222 už nefunguje, "
        "mobil je 777 300 200.\n\nIvana Šťastná\n",
        tuple(_eml(
            "zadost.eml", "Dobrý den,\nžádáme o přístup z adresy 198.51.100.38.\n"
                          "Kontakt: Ivana Šťastná, stastna@orlicke-noviny.example, tel. 495 111 222\n",
            "Ivana Šťastná <stastna@orlicke-noviny.example>",
        )),
        sender="stastna@orlicke-noviny.example", sender_name="Ivana Šťastná", phone="+420777300200",
    ),
}


@pytest.mark.parametrize("key", NEWER)
def test_a_newer_statement_of_the_applicant_replaces_the_older(key: str) -> None:
    p = NEWER[key]
    x = extract(mail(body(p.new), *p.extra, subject=p.subject, sender=p.sender, sender_name=p.sender_name))
    if p.phone is not None:
        assert x.contact_phone == p.phone
    if p.email is not None:
        assert (x.contact_email or "").casefold() == p.email


def test_an_assistant_forwarding_the_application_gives_her_own_phone_not_the_contacts() -> None:
    """The writer of the new text is not the contact: her phone is no newer statement of his."""
    extra = _eml(
        "zadost.eml", "Dobrý den,\nžádáme o přístup z adresy 198.51.100.39.\n"
                      "Kontakt: Pavel Bartoš, bartos@vysocina-dnes.example, tel. 567 400 500\n",
        "Pavel Bartoš <bartos@vysocina-dnes.example>",
    )
    x = extract(mail(
        body("Dobrý den,\n\nza pana ředitele přeposílám jeho žádost. Mě zastihnete na 603 999 888.\n\n"
             "Lucie Marková, asistentka\n"),
        *extra, subject="Fwd: Žádost", sender="markova@vysocina-dnes.example", sender_name="Lucie Marková",
    ))
    assert x.contact_phone == "+420567400500" or not x.fields["contact.phone"].certain


# ----------------------- 3. a person directed to by one name is the one named in full --

ONE_NAME: dict[str, tuple[str, str]] = {
    "czech_given_name_accusative": (
        "Dobrý den,\n\npíšu za nás oba – já (Hana Říhová, grafika) a kolega Ondřej Pešek ze serverovny.\n"
        "Ohledně přístupu kontaktujte prosím Ondřeje: pesek@tynske-listy.example, 731 222 333.\n"
        + IP + "\nHana Říhová\n",
        "Ondřej Pešek",
    ),
    "czech_no_diacritics_surname_alone": (
        "Dobry den,\n\nzadost podavame ja (Petr Sykora) a nas technik Milan Horak.\n"
        "Kvuli pristupu kontaktujte prosim Horaka: horak@ricansky-posel.example, 606 333 444.\n"
        + IP + "\nPetr Sykora\n",
        "Milan Horak",
    ),
    "english_given_name_at": (
        "Hello,\n\nthere are two of us here: me (Grace Holt, editor) and our sysadmin Priya Nair.\n"
        "For access matters please contact Priya at priya.nair@harbour-news.example, +44 7700 900 314.\n"
        + IP + "\nGrace Holt\n",
        "Priya Nair",
    ),
    "slovak_given_name_accusative": (
        "Dobrý deň,\n\npíšem za oboch – ja (Eva Mináriková, produkcia) a kolega Juraj Baláž z IT.\n"
        "Kvôli prístupu kontaktujte prosím Juraja: balaz@trnava-dnes.example, +421 905 444 555.\n"
        + IP + "\nEva Mináriková\n",
        "Juraj Baláž",
    ),
    "czech_call_given_name_colon": (
        "Dobrý den,\n\nza redakci píšu já, Alena Vrbová; technicky vše zajišťuje Roman Kubát.\n"
        "Kdyby něco, volejte Romana: 737 010 020, kubat@hlas-kraje.example.\n"
        + IP + "\nAlena Vrbová\n",
        "Roman Kubát",
    ),
    "english_call_surname_on": (
        "Hi,\n\nI am writing for myself (Tom Barker) and our engineer Neil Cross.\n"
        "Technical questions: call Cross on +44 7700 900 271 or neil.cross@fen-echo.example.\n"
        + IP + "\nTom Barker\n",
        "Neil Cross",
    ),
    "czech_full_name_in_genitive": (
        "Dobrý den,\n\nnás se to týká dvou: mě (Jitka Malá) a kolegy Vojtěcha Sýkory.\n"
        "Prosím, kontaktujte Vojtěcha, tel. 702 111 999, sykora@krkonosske-zpravy.example.\n"
        + IP + "\nJitka Malá\n",
        "Vojtěch Sýkora",
    ),
    "english_two_people_same_given_name_stays_unsure": (
        "Hello,\n\nme (Anna Lowe) and our two admins, Anna Price and Mark Dunn, run this.\n"
        "Please contact Anna: admins@coast-radio.example, +44 7700 900 555.\n"
        + IP + "\nAnna Lowe\n",
        "",
    ),
}


GAPS = {"czech_full_name_in_genitive"}
"""The person is found, but the full name is written only in the genitive ("kolegy
Vojtěcha Sýkory") and is not turned to the nominative yet."""


@pytest.mark.parametrize(
    "key",
    [pytest.param(k, marks=pytest.mark.xfail(strict=True, reason="genitive")) if k in GAPS else k for k in ONE_NAME],
)
def test_a_person_directed_to_by_one_name_is_the_one_named_in_full(key: str) -> None:
    text, person = ONE_NAME[key]
    x = _mail(text)
    if person:
        assert x.contact_person == person
    else:  # the one name fits two people: whoever is read, it is left to the officer
        assert x.contact_person is None or not x.fields["contact.person"].certain


# ----------------- 4. a table under a title naming the contact holds the contact ---------

TITLED: dict[str, tuple[str, str]] = {
    "czech_sheet_title_one_row": (
        "Servery\nHostname\tIP adresa\tRole\nweb-01\t198.51.100.21\tprodukce\n\n"
        "Kontakt\nJméno\tE-mail\tTelefon\nLenka Pokorná\tpokorna@ceskolipsky-denik.example\t+420 487 111 222\n",
        "Lenka Pokorná",
    ),
    "english_heading_contact_person": (
        "Hosts\nName\tAddress\tUse\nfeed1\t198.51.100.21\tproduction\n\n"
        "Contact person\nName\tEmail\tPhone\nOwen Mercer\towen@wessex-wire.example\t+44 7700 900 101\n",
        "Owen Mercer",
    ),
    "slovak_no_diacritics_title_with_colon": (
        "Kontaktna osoba:\nMeno\tTelefon\tE-mail\nRoman Zeman\t+421 905 222 111\tzeman@orava-dnes.example\n\n"
        "Adresy\nIP\tUcel\n198.51.100.21\tostry provoz\n",
        "Roman Zeman",
    ),
    "german_sheet_pipes": (
        "Ansprechpartner\nName | E-Mail | Telefon\nSabine Kraus | kraus@moselblick.example | +49 651 223 344\n\n"
        "Server\nIP | Zweck\n198.51.100.21 | Produktion\n",
        "Sabine Kraus",
    ),
    "polish_sheet_contact_below_technician_sheet": (
        "Technicy\nImię\tTelefon\nAdam Wójcik\t+48 601 000 111\nPiotr Nowak\t+48 601 000 222\n\n"
        "Kontakt\nImię\tE-mail\tTelefon\nMarta Kubiak\tkubiak@glos-mazur.example\t+48 89 527 1100\n",
        "Marta Kubiak",
    ),
    "czech_contacts_two_rows_first_unsure": (
        "Kontakty\nJméno\tTelefon\tE-mail\nJan Beneš\t602 111 000\tbenes@polabi.example\n"
        "Eva Černá\t602 111 001\tcerna@polabi.example\n",
        "Jan Beneš",
    ),
    "english_title_over_space_aligned_table": (
        "Contact\nName              Phone               Email\n"
        "Megan Foster      +44 7700 900 202    foster@severn-post.example\n",
        "Megan Foster",
    ),
    "czech_inventory_then_contact_sheet_in_capitals": (
        "Stroje\nNázev\tIP\nfeed\t198.51.100.21\n\nKONTAKT\nJméno\tTelefon\nPetra Šimková\t731 400 300\n",
        "Petra Šimková",
    ),
}


@pytest.mark.parametrize("key", TITLED)
def test_a_table_under_a_contact_title_names_the_contact(key: str) -> None:
    table, person = TITLED[key]
    x = extract(mail(
        body("Dobrý den,\n\nžádáme o přístup, údaje jsou v příloze.\n\nJ. Novotný\n"),
        text_file("udaje.txt", table), sender="novotny@media.example", sender_name="Jiří Novotný",
    ))
    assert x.contact_person == person
    if key == "czech_contacts_two_rows_first_unsure":
        assert not x.fields["contact.person"].certain
