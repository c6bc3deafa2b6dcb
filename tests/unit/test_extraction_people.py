"""Contact, fifth round (issue 18): principles a careful officer applies in any language and
format, each tested in wording unlike the corpus.

- A table of people (a header naming the name column, rows of people below) gives the
  contact as the row the table marks: a role cell that names a contact, or a yes/tick in a
  column whose header names the contact. That row's e-mail and phone are the contact's.
- The same person written twice (ASCII and with diacritics, a short given name and the full
  one, a bare given name and the full name of the sender) is reported in the fullest form.

Every text here is written for the test; none is a corpus case."""

from __future__ import annotations

from intake.extraction.model import Extraction
from intake.model import ComponentRole
from tests.unit.docs import docx_bytes, xlsx_bytes
from tests.unit.extraction_helpers import attachment, mail
from tests.unit.extraction_helpers import body as _body
from tests.unit.extraction_helpers import certain as _certain
from tests.unit.extraction_helpers import extract as _x
from tests.unit.extraction_helpers import text_file as _file


def _mail(body: str, *files: tuple[str, bytes | str], sender: str = "", name: str = "") -> Extraction:
    parts = (
        _file(n, d) if isinstance(d, str) else attachment(n, d) for n, d in files
    )
    return _x(mail(_body(body), *parts, sender=sender or "info@redakce.example", sender_name=name))


def _contact(x: Extraction) -> tuple[str | None, str | None, str | None]:
    return x.contact_person, x.contact_email, x.contact_phone


# ------------------------------------------------------------ a table of people -----------


def test_role_column_names_the_contact_in_a_tab_table_signed_by_another() -> None:
    doc = (
        "Funkce\tJméno\tE-mail\tTelefon\n"
        "jednatel\tOldřich Sýkora\tsykora@hlasatel.example\t602 100 200\n"
        "kontaktní osoba\tIrena Vondrová\tvondrova@hlasatel.example\t733 400 500\n"
        "fotograf\tPavel Šrámek\tsramek@hlasatel.example\t605 600 700\n"
    )
    x = _mail("Posíláme žádost, osoby v příloze.\n\nOldřich Sýkora\njednatel", ("osoby.txt", doc))
    assert _contact(x) == ("Irena Vondrová", "vondrova@hlasatel.example", "+420733400500")
    assert _certain(x, "contact.person")


def test_html_table_of_people_with_the_role_in_the_first_column() -> None:
    html = (
        "<p>Dobrý den,</p><p>Firma Alfa a.s. žádá o přístup k výsledkům.</p><table>"
        "<tr><th>Role</th><th>Jméno</th><th>E-mail</th><th>Telefon</th></tr>"
        "<tr><td>Statutární zástupce</td><td>Ing. Karel Dub</td><td>dub@alfa.example</td>"
        "<td>+420 325 510 100</td></tr>"
        "<tr><td>Kontaktní osoba</td><td>Iva Lípová</td><td>lipova@alfa.example</td>"
        "<td>721 000 118</td></tr>"
        "<tr><td>Kameraman</td><td>Petr Buk</td><td>buk@alfa.example</td><td>604 000 317</td></tr>"
        "</table><p>S pozdravem<br>Ing. Karel Dub<br>předseda představenstva</p>"
    )
    comp = _body(html, ComponentRole.BODY_HTML)
    x = _x(mail(comp, sender="dub@alfa.example", sender_name="Karel Dub"))
    assert _contact(x) == ("Iva Lípová", "lipova@alfa.example", "+420721000118")
    assert _certain(x, "contact.person")


def test_mark_column_in_an_xlsx_sheet_without_diacritics() -> None:
    data = xlsx_bytes(
        [
            ["Jmeno", "Pozice", "Email", "Mobil", "Kontakt pro CSU"],
            ["Radek Bures", "reditel", "bures@vlna.example", "777 010 020", ""],
            ["Simona Hajkova", "IT", "hajkova@vlna.example", "777 030 040", "x"],
            ["Petr Dolezal", "redaktor", "dolezal@vlna.example", "777 050 060", ""],
        ]
    )
    x = _mail("Dobry den, zadost o pristup je v tabulce.\nRadek Bures", ("lide.xlsx", data))
    assert _contact(x) == ("Simona Hajkova", "hajkova@vlna.example", "+420777030040")


def test_slovak_table_with_an_ano_nie_column() -> None:
    doc = (
        "Meno | Funkcia | Telefón | Kontaktná osoba\n"
        "Juraj Kováč | konateľ | +421 905 111 222 | nie\n"
        "Mária Ondrejková | správkyňa siete | +421 907 333 444 | áno\n"
    )
    x = _mail("Dobrý deň, v prílohe posielame údaje.\nJuraj Kováč", ("udaje.txt", doc))
    assert x.contact_person == "Mária Ondrejková"
    assert x.contact_phone == "+421907333444"


def test_english_space_aligned_table_with_the_contact_role() -> None:
    doc = (
        "Name              Role                     Phone\n"
        "Oliver Grant      managing editor          +44 20 7946 0100\n"
        "Priya Raman       technical contact        +44 20 7946 0177\n"
        "Leo Marsh         camera operator          +44 20 7946 0199\n"
    )
    x = _mail("Hello, our people are listed in the attachment.\nOliver Grant", ("team.txt", doc))
    assert x.contact_person == "Priya Raman"
    assert x.contact_phone == "+442079460177"


def test_docx_table_with_the_e_mail_inside_the_role_cell() -> None:
    data = docx_bytes(
        [
            "Žádost o povolení natáčení",
            [
                ["Osoba", "Úloha", "Telefon"],
                ["Bohumil Kříž", "zvukař", "724 800 900"],
                ["Alžběta Nová", "kontakt pro úřad, nova@obzor.example", "724 100 300"],
            ],
            "Ing. Tadeáš Vrána, ředitel",
        ]
    )
    x = _mail("V příloze.", ("zadost.docx", data))
    assert _contact(x) == ("Alžběta Nová", "nova@obzor.example", "+420724100300")


def test_two_rows_marked_as_contact_are_for_the_officer() -> None:
    doc = (
        "Name\tRole\tE-mail\n"
        "Anna Berg\tcontact (content)\tberg@nordic.example\n"
        "Erik Lund\tcontact (technical)\tlund@nordic.example\n"
    )
    x = _mail("Please see the attached list.\nAnna Berg", ("people.txt", doc))
    assert not _certain(x, "contact.person")


def test_former_contact_row_is_not_the_contact() -> None:
    doc = (
        "Jméno\tRole\tTelefon\n"
        "Vilém Hora\tbývalý kontakt (odešel)\t608 111 000\n"
        "Dana Rybová\tkontaktní osoba\t608 222 000\n"
    )
    x = _mail("Dobrý den, posílám aktuální údaje.\nKarel Mach", ("kontakty.txt", doc))
    assert x.contact_person == "Dana Rybová"
    assert x.contact_phone == "+420608222000"


# --------------------------------------------- the fullest form of the same person --------


def test_header_without_diacritics_and_the_name_written_in_the_text() -> None:
    x = _mail(
        "Dobrý den,\nžádám o povolení natáčet ve volební noci v Jihlavě.\n\n"
        "Radomír Šťastný\nkameraman na volné noze, IČO 27082440\nHusova 12, 586 01 Jihlava\n"
        "+420 606 505 404\n\nOdesláno z mobilu\n",
        sender="stastny@posta.example",
        name="Radomir Stastny",
    )
    assert x.contact_person == "Radomír Šťastný"


def test_english_text_with_the_czech_name_signed_after_a_degree() -> None:
    x = _mail(
        "Dear colleagues,\nwe would like to take the results feed for our model.\n"
        "Production: 192.0.2.61\nTesting: 192.0.2.62\n\nWe will credit the office as the source.\n\n"
        "Best wishes,\nJiří Čermák, Ph.D.\nsenior researcher\n+420 777 010 101\n",
        sender="cermak@uni.example",
        name="Jiri Cermak",
    )
    assert x.contact_person == "Jiří Čermák"


def test_slovak_signature_with_diacritics_over_an_ascii_header() -> None:
    x = _mail(
        "Dobrý deň,\nprosíme o prístup k serveru s výsledkami.\nProdukčná IP: 198.51.100.61\n\n"
        "S pozdravom\nĽubomír Ďurčo\n",
        sender="durco@noviny.example",
        name="Lubomir Durco",
    )
    assert x.contact_person == "Ľubomír Ďurčo"


def test_short_given_name_in_the_signature_and_the_full_one_in_the_header() -> None:
    x = _mail(
        "Hello,\nI would like to photograph the counting in Brno.\n\nThanks!\nMagda Lindqvist\n",
        sender="m.lindqvist@foto.example",
        name="Magdalena Lindqvist",
    )
    assert x.contact_person == "Magdalena Lindqvist"
    assert not _certain(x, "contact.person")


def test_a_bare_given_name_signing_is_the_sender_with_an_apostrophe_name() -> None:
    x = _mail(
        "Hi,\nI'm a freelance reporter and would like to film at a collection point.\n\n"
        "Cheers,\nNiamh\n",
        sender="niamh@mail.example",
        name="Niamh O'Sullivan",
    )
    assert x.contact_person == "Niamh O'Sullivan"


def test_namesake_with_another_given_name_is_not_merged() -> None:
    x = _mail(
        "Dobrý den,\nžádáme o přístup. Produkční IP: 192.0.2.71\n"
        "Technické věci řeší můj bratr Petr Hruban.\n\nS pozdravem\nPavel Hruban\n",
        sender="hruban@vysilac.example",
        name="Pavel Hruban",
    )
    assert x.contact_person != "Petr Hruban"
    assert x.contact_person in ("Pavel Hruban", None) or not _certain(x, "contact.person")


# ------------------------------ the person introduced as the contact beats the signer -----


def _signed(text: str, signer: str) -> Extraction:
    return _mail(f"Dobrý den,\n\n{text}\n\nS pozdravem\n\n{signer}\nředitel\n", name=signer)


def test_slovak_set_phrase_with_a_degree_inside_the_sentence() -> None:
    x = _signed(
        "Žiadame o prístup k serveru. Kontaktnou osobou bude naša správkyňa siete Mgr. Ivana "
        "Kráľová, kralova@vychod.example, mobil +421 907 222 111.",
        "Ondrej Tichý",
    )
    assert _contact(x) == ("Ivana Kráľová", "kralova@vychod.example", "+421907222111")


def test_czech_contact_word_before_a_degree_abbreviation() -> None:
    x = _signed(
        "Prosíme o přístup k datům. Kontaktem pro technické věci bude kolega Dr. Hynek Bartoš, "
        "bartos@jih.example, tel. 606 404 303.",
        "Marta Ševčíková",
    )
    assert _contact(x) == ("Hynek Bartoš", "bartos@jih.example", "+420606404303")


def test_english_pronoun_sentence_points_to_the_person_before() -> None:
    x = _mail(
        "Hi,\nwe would like the results feed. Please direct technical questions to our developer "
        "Nina Falk - nina.falk@harbour.example, +44 20 7946 0555. She will be our contact for "
        "the feed.\n\nBest,\nRuth Alder\nManaging Editor\n+44 20 7946 0500\n",
        name="Ruth Alder",
    )
    assert _contact(x) == ("Nina Falk", "nina.falk@harbour.example", "+442079460555")


def test_czech_pronoun_sentence_after_the_named_technician() -> None:
    x = _signed(
        "Technické věci u nás řeší Ing. Karel Vávra, vavra@sever.example, 603 707 808. "
        "On bude i kontaktní osobou pro tuto žádost.",
        "Jitka Horáková",
    )
    assert _contact(x) == ("Karel Vávra", "vavra@sever.example", "+420603707808")


def test_slovak_demonstrative_sentence_without_diacritics() -> None:
    x = _signed(
        "Technicke otazky riesi nas kolega Peter Balaz, balaz@zapad.example, 0905 121 212. "
        "Ten je pre vas kontaktnou osobou.",
        "Silvia Mrazova",
    )
    assert x.contact_person == "Peter Balaz"
    assert x.contact_email == "balaz@zapad.example"


def test_pronoun_after_two_people_decides_nothing() -> None:
    x = _signed(
        "Na místo přijedou Ing. Jan Malý a Mgr. Eva Zelená, zelena@vychod.example. "
        "Ona je kontaktní osobou.",
        "Hana Dvořáková",
    )
    assert not _certain(x, "contact.person")


def test_surname_alone_after_a_degree_is_the_full_name_written_elsewhere() -> None:
    letter = (
        "Městská knihovna Kamenice\nNaše zn.: MK/118 • Vyřizuje: Mgr. Šimečková\n"
        "Žádáme o přístup k výsledkům z adresy 192.0.2.31.\n"
        "S pozdravem\nIng. Pavel Král\nředitel\n"
    )
    x = _mail("V příloze žádost knihovny.\n\nBohdana Šimečková\nknihovnice", ("zadost.txt", letter))
    assert x.contact_person == "Bohdana Šimečková"


def test_surname_alone_with_two_people_of_that_surname_stays_open() -> None:
    letter = (
        "Vyřizuje: Ing. Brabec\nŽádáme o přístup z adresy 192.0.2.32.\n"
        "Štáb: Tomáš Brabec (kameraman), Jana Brabec (zvuk)\n"
    )
    x = _mail("V příloze žádost.", ("zadost.txt", letter))
    assert x.contact_person not in ("Tomáš Brabec", "Jana Brabec") or not _certain(x, "contact.person")


# ----------------------------- an e-mail that spells another person's name is theirs ------


def test_former_contacts_address_in_the_writers_line_is_not_the_writers() -> None:
    x = _mail(
        "Dobrý den,\nloni nás zastupoval Milan Kratochvíl (kratochvil@vlny.example), ten už\n"
        "u nás není, letos to mám na starosti já, Lenka Bílá, tel. 777 321 654.\n\nLenka",
        sender="lenka@vlny.example",
        name="Lenka Bílá",
    )
    assert x.contact_person == "Lenka Bílá"
    assert x.contact_email == "lenka@vlny.example"


def test_english_previous_contact_who_left() -> None:
    x = _mail(
        "Hello,\nour previous contact Mark Dunne (mdunne@coast.example) has left the company;\n"
        "I am handling it now - Olivia Price, +44 20 7946 0808.\n\nOlivia",
        sender="olivia@coast.example",
        name="Olivia Price",
    )
    assert x.contact_person == "Olivia Price"
    assert x.contact_email == "olivia@coast.example"


def test_slovak_without_diacritics_colleague_address_in_the_same_line() -> None:
    x = _mail(
        "Dobry den,\nminuly rok to riesil kolega Juraj Hlinka (hlinka@dunaj.example), teraz\n"
        "to mam ja - Zuzana Kmetova, telefon 0905 333 222.\n\nZuzana",
        sender="kmetova@dunaj.example",
        name="Zuzana Kmetova",
    )
    assert x.contact_email == "kmetova@dunaj.example"


def test_both_addresses_in_one_line_the_contacts_own_is_taken() -> None:
    x = _mail(
        "Hello,\nwe would like the results feed. I took over from Lukas Berg (berg@tide.example),\n"
        "Mia Roth, mia.roth@tide.example, +44 20 7946 0909.\n\nBest regards,\nMia Roth\nEditor\n",
        sender="newsroom@tide.example",
        name="Tide Newsroom",
    )
    assert x.contact_email == "mia.roth@tide.example"


def test_contacts_address_spelling_her_own_name_is_kept() -> None:
    x = _mail(
        "Dobrý den,\nžádáme o přístup z adresy 192.0.2.81.\n\n"
        "Jana Malá, jana.mala@obzor.example, 606 111 222\n",
        sender="redakce@obzor.example",
    )
    assert x.contact_email == "jana.mala@obzor.example"


def test_a_generic_address_beside_the_contact_is_kept() -> None:
    x = _mail(
        "Dobrý den,\nžádáme o přístup z adresy 192.0.2.82.\n\n"
        "Petr Kolář, technika@obzor.example, 606 111 333\n",
        sender="redakce@obzor.example",
    )
    assert x.contact_email == "technika@obzor.example"


# ----------------- a phone or e-mail the text calls old is withdrawn, its successor used -----


def _sig_mail(text: str, sig: str, sender: str = "marta@listy.example") -> Extraction:
    return _mail(f"Dobrý den,\n\n{text}\n\nS pozdravem\n{sig}", sender=sender, name="")


def test_czech_number_said_to_be_invalid_and_the_one_to_call_in_the_same_sentence() -> None:
    x = _sig_mail(
        "Žádáme o přístup z adresy 192.0.2.91.\nTelefon 603 111 000 z podpisu už neplatí, "
        "zastihnete mě na 739 222 333.",
        "Marta Krejčí\nredaktorka\ntel. 603 111 000\n",
    )
    assert x.contact_phone == "+420739222333"
    assert not _certain(x, "contact.phone")


def test_slovak_old_number_and_the_new_one_in_the_next_sentence() -> None:
    x = _sig_mail(
        "Žiadame o prístup z adresy 192.0.2.92.\nPozor, číslo 0905 111 222 v pätičke je staré "
        "a nefunguje.\nVolajte mi prosím na 0917 333 444.",
        "Lucia Hrubá\nredaktorka\nmobil 0905 111 222\n",
    )
    assert x.contact_phone == "+421917333444"


def test_english_number_in_the_signature_that_no_longer_works() -> None:
    x = _sig_mail(
        "We ask for access from 192.0.2.93.\nThe number in my signature (+44 20 7946 0111) no "
        "longer works - please call +44 20 7946 0222 instead of it.",
        "Grace Holt\nreporter\n+44 20 7946 0111\n",
    )
    assert x.contact_phone == "+442079460222"


def test_footer_phone_called_old_without_repeating_it() -> None:
    x = _sig_mail(
        "Please ignore the old phone in my footer, it is out of service.\n"
        "My mobile is +44 7700 900 123.\nAccess from 192.0.2.94, please.",
        "Ian Lowe\nnews editor\nTel +44 20 7946 0333\n",
    )
    assert x.contact_phone == "+447700900123"


def test_czech_e_mail_said_to_be_invalid_and_the_new_address() -> None:
    x = _sig_mail(
        "Žádáme o přístup z adresy 192.0.2.95.\nAdresa novak@stary-server.example už neplatí, "
        "pište prosím na jan.novak@listy.example.",
        "Jan Novák\nJan Novák, novak@stary-server.example\n",
    )
    assert x.contact_email == "jan.novak@listy.example"


def test_old_server_addresses_do_not_touch_the_phone() -> None:
    x = _sig_mail(
        "Ostrý provoz: 192.0.2.96. Staré adresy serverů už neplatí.",
        "Marta Krejčí\nredaktorka\ntel. 603 111 000\n",
    )
    assert x.contact_phone == "+420603111000"
    assert _certain(x, "contact.phone")


def test_a_contact_column_of_phones_is_no_mark_the_role_decides() -> None:
    doc = (
        "Jméno\tFunkce\tKontakt\n"
        "Rudolf Mareš\tšéfredaktor\t777 500 600\n"
        "Klára Dušková\tkontaktní osoba pro ČSÚ\t777 500 611\n"
    )
    x = _mail("Dobrý den, osoby v příloze.\nRudolf Mareš", ("osoby.txt", doc))
    assert x.contact_person == "Klára Dušková"
    assert x.contact_phone == "+420777500611"


def test_footer_phone_called_old_and_the_one_to_call_in_the_same_line() -> None:
    x = _sig_mail(
        "Žádáme o přístup z adresy 192.0.2.97.\n"
        "Telefon v podpisu už nefunguje, volejte mi prosím na 608 777 888.",
        "Marta Krejčí | Listy | tel. 603 111 000\n",
    )
    assert x.contact_phone == "+420608777888"
