"""Contact details, eleventh round (issue 18): two principles a careful officer applies in
any language and format, each probed in wording unlike any corpus case.

1. Degrees and titles of every country, before or after a name, are no part of the name:
   "DI", "Dipl.-Ing.", "Mag.", "MMag.", "Dr. techn.", "MSc", "MBA", "PhD", "mgr inż.",
   "dr hab.", "Dott.ssa" as much as the Czech "Ing." or "Ph.D.".
2. A newer statement by the same applicant replaces an older one: when the applicant sends
   their own earlier application again (forwarded, attached) and the new text gives a phone
   or e-mail of their own, the new value is the contact's, not the one in the old text.

Every text here is written for the test; names, firms and numbers are invented."""

from __future__ import annotations

import re

import pytest

from intake.extraction.model import Extraction
from tests.unit.extraction_helpers import body, extract, mail

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
