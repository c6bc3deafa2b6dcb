"""Thread structure: which text of a reply or forward is the applicant's current word.

Principles (issue 18, sixth round), each tested in wordings and formats unlike the corpus:

1. An e-mail attached to the new one (``message/rfc822``) is an earlier message, not the new
   text: what the new text states wins, the attached message supplies the rest, never for
   certain.
2. Text under a forward header is the forwarded message whatever its rendering (an HTML
   blockquote, quote marks); the person who wrote it signs it.
3. A contact designated in the forwarding note beats the people of the forwarded messages;
   a contact designated in the forwarded application beats the one who merely signs the note.
4. A reply that names a value of the applicant's quoted original (to change, withdraw or
   keep it), or says the rest stands, builds on that original; the office's quoted
   restatement of the application counts when the applicant confirms or corrects it.
5. A note over a document that takes back a whole use of its addresses without naming them
   leaves that use unsure (issue 18, seventh round).
6. A note that disowns an attached file by name (invalid, old, attached by mistake) or names
   the one valid file: the disowned file gives no address, the rest unsure (seventh round).
"""

from __future__ import annotations

import pytest

from intake.extraction.model import Extraction
from intake.model import Component, ComponentRole
from tests.unit.extraction_helpers import body, extract, mail


def _attached_mail(text: str, sender: str = "Jana Malá <mala@listy.example>") -> list[Component]:
    raw = (
        f"From: {sender}\r\nTo: podatelna@czso.cz\r\nSubject: Žádost\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n" + text
    ).encode()
    return [
        Component("stara-zadost.eml", ComponentRole.ATTACHMENT, raw, "message/rfc822"),
        Component(
            "body-2.txt",
            ComponentRole.BODY_TEXT,
            text.encode(),
            "text/plain",
            parent="stara-zadost.eml",
            charset="utf-8",
            text=text,
        ),
    ]


def _x(text: str, *extra: Component, sender: str = "mala@listy.example", name: str = "Jana Malá", subject: str = "Žádost") -> Extraction:
    return extract(mail(body(text), *extra, sender=sender, sender_name=name, subject=subject))


def _html(html: str, sender: str, name: str, subject: str = "Fwd: Žádost") -> Extraction:
    comp = body(html, ComponentRole.BODY_HTML)
    return extract(mail(comp, sender=sender, sender_name=name, subject=subject))


# ---------------------------------------------- 1. an attached e-mail is an earlier message --

_OLD_CS = (
    "Dobrý den,\nListy Jih, s.r.o., IČO 25596641, žádají o přístup k XML výsledkům.\n"
    "Ostrá IP: 203.0.113.50, 203.0.113.51\nTestovací IP: 203.0.113.60\n"
    "Kontakt: Jana Malá, tel. 604 111 222\n"
)


def test_attached_mail_new_phone_in_the_new_text_wins() -> None:
    x = _x(
        "Dobrý den, žádáme znovu, vše jako loni (přikládám loňský e-mail).\n"
        "Jen telefon se změnil, volejte na 731 555 666.\n\nJana Malá",
        *_attached_mail(_OLD_CS),
    )
    assert x.contact_phone == "+420731555666"
    assert not x.fields["contact.phone"].certain  # the attached application gives another
    assert x.production_ips == ("203.0.113.50", "203.0.113.51")


def test_attached_mail_new_test_address_replaces_the_old_test_list_english() -> None:
    x = _x(
        "Hello, same as last year (our old request attached), except for testing:\n"
        "Test IP: 198.51.100.70\n\nJana Malá",
        *_attached_mail(_OLD_CS),
    )
    assert x.test_ips == ("198.51.100.70",)
    assert x.production_ips == ("203.0.113.50", "203.0.113.51")
    assert not x.fields["production_ips"].certain


def test_attached_mail_slovak_without_diacritics_new_test_address_keeps_old_production() -> None:
    old = (
        "Dobry den,\nZiadatel: Noviny Zapad, s.r.o.\nProdukcne IP: 192.0.2.80\n"
        "Testovacie IP: 192.0.2.81\nKontakt: Peter Kral, 0905 123 456\n"
    )
    x = _x(
        "Dobry den, ostatne udaje su rovnake ako v prilozenej ziadosti, len testovacia IP je\n"
        "teraz 192.0.2.91.\n\nPeter Kral",
        *_attached_mail(old, "Peter Kral <kral@zapad.example>"),
        sender="kral@zapad.example",
        name="Peter Kral",
    )
    assert x.production_ips == ("192.0.2.80",) and x.test_ips == ("192.0.2.91",)
    assert not x.fields["production_ips"].certain


def test_attached_mail_contact_named_in_the_new_text_wins() -> None:
    x = _x(
        "Dobrý den, opakujeme loňskou žádost (v příloze).\n"
        "Kontaktní osobou je letos Ondřej Sýkora, 777 888 999, sykora@listy.example.\n\nJana Malá",
        *_attached_mail(_OLD_CS),
    )
    assert x.contact_person == "Ondřej Sýkora"
    assert x.contact_phone == "+420777888999"


def test_attached_mail_ico_and_name_only_there_are_unsure() -> None:
    x = _x(
        "Prosíme o přístup jako loni (původní žádost přikládám), nově i pro 203.0.113.52.\n\n"
        "Jana Malá",
        *_attached_mail(_OLD_CS),
    )
    assert x.organization_ico == "25596641"
    assert not x.fields["organization.ico"].certain


def test_attached_mail_of_the_office_is_never_the_applicants() -> None:
    office = (
        "Dobrý den,\npotvrzujeme registraci.\nČeský statistický úřad\n"
        "IČO 00025593, tel. 274 052 733\nOstrá IP: 203.0.113.90\n"
    )
    x = _x(
        "Dobrý den, přikládám vaše loňské potvrzení. Letos prosíme o ostrou IP 203.0.113.91.\n"
        "Tel. 604 222 333\n\nJana Malá",
        *_attached_mail(office, "Volby ČSÚ <media-volby@czso.cz>"),
    )
    assert x.production_ips == ("203.0.113.91",)
    assert x.contact_phone == "+420604222333"


# -------------------------------------------- 2. text under a forward header is forwarded --


def test_html_forward_in_a_blockquote_its_writer_names_themselves_the_contact() -> None:
    html = (
        "<p>Dobrý den, přeposílám žádost kolegyně.</p><p>Tomáš Veselý, asistent</p>"
        "<p>---------- Původní zpráva ----------</p><p>Od: Hana Krejčí &lt;krejci@obzor.example&gt;</p>"
        "<p>Komu: vesely@obzor.example</p><p>Předmět: XML volby</p>"
        "<blockquote><p>Prosím pošli na ČSÚ: ostrá IP 192.0.2.40, testovací 192.0.2.41.</p>"
        "<p>Kontaktní osobou budu já, mobil 608 123 987.</p><p>Hana Krejčí</p></blockquote>"
    )
    x = _html(html, "vesely@obzor.example", "Tomáš Veselý")
    assert x.contact_person == "Hana Krejčí"
    assert x.contact_phone == "+420608123987"
    assert x.production_ips == ("192.0.2.40",) and x.test_ips == ("192.0.2.41",)


def test_plain_forward_with_quote_marks_english() -> None:
    x = _x(
        "FYI, forwarding as asked.\nPat\n\n"
        "---------- Forwarded message ---------\n"
        "From: Leo Grant <grant@harbour.example>\nDate: Mon, 2 Sep 2024\nSubject: feed\n\n"
        "> Please register production IP 198.51.100.90.\n"
        "> I am the contact for this, +44 7700 900123.\n> Leo Grant\n",
        sender="pat@harbour.example",
        name="Pat Moore",
        subject="Fwd: feed",
    )
    assert x.contact_person == "Leo Grant"
    assert x.contact_phone == "+447700900123"


def test_forwarded_writer_signing_with_surname_only_is_the_header_person() -> None:
    x = _x(
        "Posílám za vedoucího.\nM. Dvořák\n\n"
        "---------- Přeposlaná zpráva ----------\n"
        "Od: Ing. Radim Koubek <koubek@vychod.example>\nKomu: M. Dvořák\n\n"
        "Pošli to prosím na statistický úřad:\nOstrá adresa 203.0.113.14.\n"
        "Kontaktní osobou budu já, 491 222 333.\nKoubek\n",
        sender="dvorak@vychod.example",
        name="Milan Dvořák",
        subject="Fwd: volby",
    )
    assert x.contact_person == "Radim Koubek"
    assert x.contact_email == "koubek@vychod.example"
    assert not x.fields["contact.person"].certain  # the note's signer M. Dvořák competes


def test_forwarded_slovak_self_designation() -> None:
    x = _x(
        "Posielam dalej.\nZuzana\n\n"
        "---------- Forwarded message ---------\n"
        "From: Jozef Hraško <hrasko@tatry.example>\nDate: 3. 9. 2024\nSubject: volby\n\n"
        "Produkčná IP adresa: 192.0.2.55\nKontaktnou osobou som ja, 0907 654 321.\n"
        "Jozef Hraško\n",
        sender="zuzana@tatry.example",
        name="Zuzana Bieliková",
        subject="Fwd: volby",
    )
    assert x.contact_person == "Jozef Hraško"


def test_office_reply_quoted_inside_a_forward_is_never_the_applicants() -> None:
    x = _x(
        "Přeposílám, prosím o vyřízení.\nO. Král\n\n"
        "---------- Forwarded message ---------\n"
        "From: Dana Líbalová <libalova@sever.example>\nDate: 2. 9. 2024\nSubject: Re: volby\n\n"
        "Ostrá IP: 192.0.2.150\n\nDne 1. 9. 2024 media-volby@czso.cz napsal(a):\n"
        "> Dobrý den, pošlete prosím adresu; data budou na serveru 203.0.113.250.\n"
        "> Mgr. Pavla Úřednická, tel. 274 052 999\n",
        sender="kral@sever.example",
        name="Oldřich Král",
        subject="Fwd: Re: volby",
    )
    assert x.production_ips == ("192.0.2.150",)
    assert x.contact_person != "Pavla Úřednická"
    assert x.contact_phone != "+420274052999"


# ------------------------------ 3. the note's designated contact beats the forwarded people --


def test_note_designating_the_contact_beats_the_forwarded_chain_english() -> None:
    x = _x(
        "Hi, see the thread below. Our agency wants the results feed; I'll handle it locally -\n"
        "the contact for this is me: Ruth Adler, +420 602 333 444, ruth@nordpress.example.\n"
        "Ruth\n\n"
        "________________________________\nFrom: IT Desk <it@nordpress.example>\n"
        "Sent: Monday\nSubject: feed addresses\n\n"
        "Feed source addresses:\nproduction 203.0.113.201\ntest 203.0.113.202\n"
        "IT Desk | +49 30 555 0199\n",
        sender="ruth@nordpress.example",
        name="Ruth Adler",
        subject="FW: feed addresses",
    )
    assert x.contact_person == "Ruth Adler"
    assert x.contact_phone == "+420602333444"
    assert x.contact_email == "ruth@nordpress.example"
    assert x.production_ips == ("203.0.113.201",)


def test_note_naming_a_colleague_as_contact_czech() -> None:
    x = _x(
        "Dobrý den, přeposílám požadavek našeho IT.\n"
        "Kontaktní osobou bude Lucie Benešová, 736 100 200.\n\nS pozdravem\nPavel Šíma\n\n"
        "---------- Přeposlaná zpráva ----------\nOd: IT oddělení <it@kraj-noviny.example>\n"
        "Komu: sima@kraj-noviny.example\n\nOstrá IP: 192.0.2.66\nVlastimil Rys, 606 999 888\n",
        sender="sima@kraj-noviny.example",
        name="Pavel Šíma",
        subject="Fwd: IP",
    )
    assert x.contact_person == "Lucie Benešová"
    assert x.contact_phone == "+420736100200"


# ---------------------------------------- 4. a reply builds on the original it names ---------


def test_reply_replacing_an_address_of_the_original_keeps_the_rest_english() -> None:
    x = _x(
        "Hello, one more change: 198.51.100.5 was decommissioned. Please allow 198.51.100.8\n"
        "in its place. Everything else unchanged.\n\nLena\n\n"
        "On 2 Sep 2024, results@czso.cz wrote:\n> Your request is registered.\n>\n"
        "> On 1 Sep 2024, Lena Voss wrote:\n>> Production: 198.51.100.5, 198.51.100.6\n"
        ">> Test: 198.51.100.50\n>> Contact: Lena Voss, +420 733 101 202\n",
        sender="voss@delta.example",
        name="Lena Voss",
        subject="Re: RE: feed",
    )
    assert "198.51.100.5" not in x.production_ips
    assert set(x.production_ips) == {"198.51.100.6", "198.51.100.8"}
    assert x.test_ips == ("198.51.100.50",)
    assert not x.fields["test_ips"].certain


def test_reply_withdrawing_a_test_address_of_the_original_czech() -> None:
    x = _x(
        "Dobrý den, testovací adresu 192.0.2.77 už nepoužíváme, zrušte ji prosím.\n\nIva\n\n"
        "Dne 3. 9. 2024 v 10:00 Iva Horká <horka@lokal.example> napsal(a):\n"
        "> Ostrá IP: 192.0.2.70\n> Testovací IP: 192.0.2.77, 192.0.2.78\n",
        sender="horka@lokal.example",
        name="Iva Horká",
        subject="Re: žádost",
    )
    assert x.production_ips == ("192.0.2.70",)
    assert x.test_ips == ("192.0.2.78",)
    assert not x.fields["production_ips"].certain


def test_office_restatement_confirmed_by_the_applicant_counts() -> None:
    x = _x(
        "Dobrý den, ano, adresy v potvrzení sedí.\n\nKarel Pokorný\n\n"
        "Dne 4. 9. 2024 media-volby@czso.cz napsal(a):\n"
        "> Dobrý den, evidujeme vaši žádost. Ostrý provoz: 203.0.113.120, test: 203.0.113.121.\n"
        "> Český statistický úřad\n",
        sender="pokorny@hlas.example",
        name="Karel Pokorný",
        subject="Re: potvrzení",
    )
    assert x.production_ips == ("203.0.113.120",) and x.test_ips == ("203.0.113.121",)
    assert not x.fields["production_ips"].certain


def test_office_restatement_confirmed_in_english() -> None:
    x = _x(
        "Thanks - the addresses in your summary are correct.\n\nMia\n\n"
        "On 4 Sep 2024, media-volby@czso.cz wrote:\n"
        "> We have registered: production 198.51.100.140, test 198.51.100.141.\n",
        sender="mia@wave.example",
        name="Mia Berg",
        subject="Re: registration",
    )
    assert x.production_ips == ("198.51.100.140",) and x.test_ips == ("198.51.100.141",)
    assert not x.fields["test_ips"].certain


def test_office_restatement_with_one_value_corrected_slovak() -> None:
    x = _x(
        "Dobry den, v potvrdeni je testovacia adresa 192.0.2.211 chybne, spravne je 192.0.2.212.\n"
        "\nMarek\n\n"
        "Dna 4. 9. 2024 media-volby@czso.cz napisal:\n"
        "> Povolime: produkcia 192.0.2.210; test 192.0.2.211.\n",
        sender="marek@vychod.example",
        name="Marek Hudec",
        subject="Re: potvrdenie",
    )
    assert x.production_ips == ("192.0.2.210",)
    assert x.test_ips == ("192.0.2.212",)
    assert not x.fields["production_ips"].certain


def test_office_quoted_addresses_without_confirmation_are_not_taken() -> None:
    x = _x(
        "Dobrý den, děkuji za informaci.\n\nKarel Pokorný\n\n"
        "Dne 4. 9. 2024 media-volby@czso.cz napsal(a):\n"
        "> Náš server s výsledky má adresu 203.0.113.250.\n",
        sender="pokorny@hlas.example",
        name="Karel Pokorný",
        subject="Re: info",
    )
    assert x.production_ips == () and x.test_ips == ()


def test_note_naming_a_colleague_as_contact_slovak_without_diacritics() -> None:
    x = _x(
        "Dobry den, posielam poziadavku nasho IT oddelenia.\n"
        "Kontaktnou osobou bude kolegyna Maria Vargova, 0911 222 333.\n\nS pozdravom\nJan Kovac\n\n"
        "---------- Forwarded message ---------\nFrom: IT <it@vychod-sk.example>\nDate: 2. 9. 2024\n"
        "Subject: IP\n\nProdukcna IP: 192.0.2.99\nLukas Mraz, +421 905 000 111\n",
        sender="kovac@vychod-sk.example",
        name="Jan Kovac",
        subject="Fwd: IP",
    )
    assert x.contact_person == "Maria Vargova"
    assert x.contact_phone == "+421911222333"


def test_forwarded_application_names_the_contact_the_note_only_signs_english() -> None:
    x = _x(
        "Please find the request below.\n\nBest regards,\nSally Dunn\nOffice assistant\n\n"
        "---------- Forwarded message ---------\nFrom: Owen Price <price@coastfm.example>\n"
        "Date: 3 Sep 2024\nSubject: results feed\n\n"
        "Production IP: 203.0.113.61\nContact person: Nadia Khan, +44 7700 900456, khan@coastfm.example\n"
        "Owen Price\n",
        sender="dunn@coastfm.example",
        name="Sally Dunn",
        subject="Fwd: results feed",
    )
    assert x.contact_person == "Nadia Khan"
    assert x.contact_email == "khan@coastfm.example"


def test_two_signers_and_no_contact_named_leave_the_contact_unsure() -> None:
    x = _x(
        "Posílám dál.\n\nS pozdravem\nRoman Bílek\n\n"
        "---------- Přeposlaná zpráva ----------\nOd: Hana Šimková <simkova@jih.example>\n"
        "Komu: bilek@jih.example\n\nProsím o přístup k XML, ostrá IP 198.51.100.201.\n\n"
        "Hana Šimková\ntel. 777 010 020\n",
        sender="bilek@jih.example",
        name="Roman Bílek",
        subject="Fwd: XML",
    )
    assert x.contact_person in ("Hana Šimková", "Roman Bílek")
    assert not x.fields["contact.person"].certain


def test_note_gives_the_same_contacts_new_email_english() -> None:
    x = _x(
        "Forwarding my request from last week again. Please use my new address\n"
        "tom.reed@newsbay.example from now on.\n\nTom Reed\n\n"
        "---------- Forwarded message ---------\nFrom: Tom Reed <reed@oldbay.example>\n"
        "Date: 1 Sep 2024\nSubject: feed\n\nProduction IP: 198.51.100.71\n"
        "Contact: Tom Reed, reed@oldbay.example, +44 7700 900777\n",
        sender="tom.reed@newsbay.example",
        name="Tom Reed",
        subject="Fwd: feed",
    )
    assert x.contact_person == "Tom Reed"
    assert x.contact_email == "tom.reed@newsbay.example"
    assert not x.fields["contact.email"].certain


def test_reply_signed_by_a_colleague_keeps_the_contact_of_the_original() -> None:
    x = _x(
        "Dobrý den, doplňuji testovací adresu 192.0.2.31.\n\nS pozdravem\nKarel Vondra\n\n"
        "Dne 2. 9. 2024 Jitka Malá <mala@vysocina.example> napsala:\n"
        "> Ostrá IP: 192.0.2.30\n> Kontaktní osoba: Jitka Malá, 605 400 300\n",
        sender="vondra@vysocina.example",
        name="Karel Vondra",
        subject="Re: žádost",
    )
    assert x.contact_person == "Jitka Malá"
    assert x.contact_phone == "+420605400300"
    assert not x.fields["contact.person"].certain


def test_chain_of_two_forwards_the_inner_writer_names_themselves_english() -> None:
    x = _x(
        "Hello, our request is below.\nGreta Lind, publisher\n\n"
        "-------- Forwarded Message --------\nSubject: Fwd: addresses\n"
        "From: Ian Cole <cole@fjord.example>\nTo: Greta Lind <lind@fjord.example>\n\n"
        "Greta, this is from Mo, please send it on.\nI.\n\n"
        "-------- Forwarded Message --------\nSubject: addresses\n"
        "From: Mo Aziz <aziz@fjord.example>\n\n"
        "production: 198.51.100.150\ntest: 198.51.100.151\n\n"
        "I'm the contact for the office, +44 7700 900888.\n",
        sender="lind@fjord.example",
        name="Greta Lind",
        subject="Fwd: Fwd: addresses",
    )
    assert x.contact_person == "Mo Aziz"
    assert x.contact_phone == "+447700900888"


def test_note_and_forwarded_text_naming_two_contacts_the_note_wins_unsure() -> None:
    x = _x(
        "Dobrý den, posílám níže. Kontaktní osobou pro vás budu já, 777 303 404.\n\n"
        "S pozdravem\nEliška Horová\n\n"
        "---------- Přeposlaná zpráva ----------\nOd: Tech <tech@zapad-tv.example>\n"
        "Komu: horova@zapad-tv.example\n\nProduction IP: 192.0.2.222\n"
        "Contact person: Felix Brandt, +49 30 555 0177\n",
        sender="horova@zapad-tv.example",
        name="Eliška Horová",
        subject="Fwd: IP",
    )
    assert x.contact_person == "Eliška Horová"
    assert x.contact_phone == "+420777303404"
    assert not x.fields["contact.person"].certain


# 5. A note written over a document that takes back a whole use of its addresses without
#    naming them ("the test address in the form - please do not allow it") never leaves that
#    use's addresses of the document certain: a refusal the address rules read drops them
#    (``ips.refused_uses``), any other taking back leaves them unsure for the officer.

_FORM = (
    "Žadatel: {org}\nKontakt: {who}, {mail}\n"
    "Produkční IP adresa: 198.51.100.41\nTestovací IP adresa: 198.51.100.49\n"
)


def _note_over_form(note: str, org: str = "Horácké listy s.r.o.") -> Extraction:
    form = _FORM.format(org=org, who="Ivana Malá", mail="mala@listy.example")
    from tests.unit.extraction_helpers import text_file

    return extract(mail(body(note), text_file("formular.txt", form)))


@pytest.mark.parametrize(
    ("note", "key"),
    [
        ("Dobrý den, v příloze formulář. Testovací adresu z formuláře prosím nepovolujte, "
         "testovací server už nemáme.", "test_ips"),
        ("Dobry den, posilam formular. Testovaci adresu v nem uvedenou prosim "
         "nepouzivejte, testovat letos nebudeme.", "test_ips"),
        ("Dobrý deň, prikladám formulár. Testovaciu adresu vo formulári prosím "
         "nepovoľujte, testovací server sme zrušili.", "test_ips"),
        ("Hello, the form is attached. Please ignore the test address given in it - "
         "we have no test system this year.", "test_ips"),
        ("Hello, form attached. Please do not enable the production address in the form "
         "yet, the server moves next week.", "production_ips"),
        ("Dobrý den, formulář přikládám. Produkční adresu z formuláře zatím "
         "nezadávejte, server stěhujeme.", "production_ips"),
    ],
)
def test_a_note_taking_back_a_use_of_the_form_never_leaves_it_certain(
    note: str, key: str
) -> None:
    x = _note_over_form(note)
    taken_back = "198.51.100.49" if key == "test_ips" else "198.51.100.41"
    if taken_back in getattr(x, key):
        assert x.fields[key].certain is False
    else:
        assert key not in x.fields or x.fields[key].certain is False


@pytest.mark.parametrize(
    "note",
    [
        "Dobrý den, v příloze posílám vyplněný formulář. Děkuji.",
        "Hello, please find our form attached; the test address is for our staging system.",
    ],
)
def test_a_note_that_takes_nothing_back_leaves_the_form_certain(note: str) -> None:
    x = _note_over_form(note)
    assert x.fields["test_ips"].certain is True


# 6. A note that names an attached file as not valid (an old version, attached by mistake) or
#    names the one file that alone is valid: the disowned file's addresses are not the
#    application's; the choice rests on wording, so the addresses stay unsure.


def _two_files(note: str, old: str = "navrh_stary.txt", new: str = "navrh_novy.txt") -> Extraction:
    from tests.unit.extraction_helpers import text_file

    return extract(
        mail(
            body(note),
            text_file(old, "Produkční IP: 203.0.113.10\nTestovací IP: 203.0.113.19\n"),
            text_file(new, "Produkční IP: 203.0.113.20\nTestovací IP: 203.0.113.29\n"),
        )
    )


@pytest.mark.parametrize(
    "note",
    [
        "Dobrý den, platí pouze soubor navrh_novy.txt, druhý přikládám omylem.",
        "Dobry den, soubor navrh_stary.txt prosim neberte v uvahu, je to stara verze.",
        "Dobrý deň, platí len súbor navrh_novy.txt.",
        "Hello, please disregard navrh_stary.txt - it is an outdated draft.",
        "Hi, only navrh_novy.txt is valid; the other file was attached by mistake.",
        "Dobrý den, přikládám žádost.\nnavrh_stary.txt už neplatí, IP se mění.",
    ],
)
def test_a_file_the_note_disowns_gives_no_address(note: str) -> None:
    x = _two_files(note)
    assert x.fields["production_ips"].value == ["203.0.113.20"]
    assert x.fields["test_ips"].value == ["203.0.113.29"]
    assert x.fields["production_ips"].certain is False


def test_files_the_note_does_not_disown_both_count() -> None:
    x = _two_files("Dobrý den, posílám oba soubory navrh_stary.txt a navrh_novy.txt.")
    assert x.fields["production_ips"].value == ["203.0.113.10", "203.0.113.20"]
