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
