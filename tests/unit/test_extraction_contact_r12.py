"""Contact person, twelfth round (issue 18): principles a careful officer applies in any
language and format, each probed in wording unlike any corpus case.

1. The person the writer directs the office to ("please direct all communication to my PhD
   student …", "richten Sie Anfragen bitte an …", "veškerou komunikaci směřujte na …") is the
   contact, with the details written beside them - not the writer who signs.
2. A familiar given name ("Jirka", "Vítek", "Kasia", "Sepp", "Bill") never replaces the full
   one the text itself writes.

Read by the rules before this round, 13 of the 16 probes failed (8 of 8, 5 of 8); after it
none.

Every text here is written for the test; names, firms and numbers are invented."""

from __future__ import annotations

import pytest

from intake.extraction.model import Extraction
from tests.unit.extraction_helpers import body, extract, mail


def _mail(text: str, sender: str = "redakce@media.example", sender_name: str = "") -> Extraction:
    return extract(mail(body(text), sender=sender, sender_name=sender_name))


DIRECTED_TO: dict[str, tuple[str, str, str]] = {
    "english_direct_all_communication_to_my_student": (
        "Dear colleagues,\n\nour lab would like to use the results feed from 198.51.100.21.\n\n"
        "Please direct all communication to my research assistant Tomas Birch "
        "(birch@uni-lab.example), who maintains the server.\n\nBest wishes,\nProf. Helen Marsh\n",
        "Tomas Birch",
        "birch@uni-lab.example",
    ),
    "english_send_enquiries_to_our_engineer": (
        "Hello,\n\nwe request access to the results feed from 198.51.100.21.\n"
        "Kindly send any enquiries to our engineer Ravi Menon, ravi.menon@delta-news.example.\n\n"
        "Regards\nClaire Booth\nManaging Editor\n",
        "Ravi Menon",
        "ravi.menon@delta-news.example",
    ),
    "english_address_communications_to": (
        "Good morning,\n\nplease allow 198.51.100.21 to read the results feed.\n"
        "Please address all communications to Olga Petrenko (o.petrenko@kyiv-wire.example).\n\n"
        "Sincerely,\nMark Dunn\n",
        "Olga Petrenko",
        "o.petrenko@kyiv-wire.example",
    ),
    "english_direct_requests_to_colleague_table": (
        "Hi,\n\nwe ask for access from 198.51.100.21.\n"
        "Please direct technical questions to my colleague Aoife Kelly, aoife@liffey.example.\n\n"
        "Thanks,\nSean Doyle\n",
        "Aoife Kelly",
        "aoife@liffey.example",
    ),
    "german_richten_sie_anfragen_an": (
        "Sehr geehrte Damen und Herren,\n\nwir beantragen Zugang für 198.51.100.21.\n"
        "Bitte richten Sie alle Anfragen an unseren Techniker Felix Wagner "
        "(wagner@spree-kurier.example).\n\nMit freundlichen Grüßen\nDr. Ute Hahn\n",
        "Felix Wagner",
        "wagner@spree-kurier.example",
    ),
    "czech_obratte_se_na_doktoranda": (
        "Dobrý den,\n\nnáš projekt žádá o přístup z adresy 198.51.100.21.\n"
        "Ve všech věcech se prosím obracejte na mého doktoranda Mgr. Ondřeje Svobodu "
        "(svoboda@fsv-uni.example).\n\nS pozdravem\nprof. Jana Horáková\n",
        "Ondřej Svoboda",
        "svoboda@fsv-uni.example",
    ),
    "english_forward_correspondence_to_student_no_comma": (
        "Dear Sir or Madam,\n\nour project requests the results feed from 198.51.100.21.\n"
        "Please address correspondence to our doctoral student Lena Fischer "
        "(fischer@tu-lab.example, +49 171 2345 678).\n\nKind regards\nProf. Karl Roth\n",
        "Lena Fischer",
        "fischer@tu-lab.example",
    ),
    "english_direct_communication_lowercase_no_diacritics": (
        "hello,\n\nwe would like the results xml feed from 198.51.100.21.\n"
        "please direct communication to our developer Jiri Nemec (nemec@pixel-news.example).\n\n"
        "thanks\nPavel Kos\n",
        "Jiri Nemec",
        "nemec@pixel-news.example",
    ),
}


@pytest.mark.parametrize("key", sorted(DIRECTED_TO))
def test_the_person_the_writer_directs_the_office_to_is_the_contact(key: str) -> None:
    text, person, email = DIRECTED_TO[key]
    x = _mail(text)
    assert x.contact_person == person
    assert x.contact_email == email


# ------------------------------- 2. a familiar given name never replaces the full one --

FULL_IN_TEXT: dict[str, tuple[str, str, str, str]] = {
    # (text, sender, header display name, the full name the text writes)
    "czech_header_vitek_signature_vit": (
        "Dobrý den,\n\nprosím o přístup z adresy 198.51.100.21.\n\nVít Kratochvíl\n+420 604 111 222\n",
        "vitek@foto.example", "Vítek Kratochvíl", "Vít Kratochvíl",
    ),
    "czech_header_jirka_signature_jiri": (
        "Dobrý den,\n\nžádáme o přístup z adresy 198.51.100.21.\n\nS pozdravem\nJiří Málek\n",
        "malek@web.example", "Jirka Málek", "Jiří Málek",
    ),
    "czech_header_tomasek_no_diacritics_text": (
        "Dobry den,\n\nzadame o pristup z adresy 198.51.100.21.\n\nTomáš Vlček\ntel. 602 333 444\n",
        "vlcek@web.example", "Tomášek Vlček", "Tomáš Vlček",
    ),
    "polish_header_kasia_signature_katarzyna": (
        "Dzień dobry,\n\nprosimy o dostęp z adresu 198.51.100.21.\n\nPozdrawiam\nKatarzyna Wrona\n",
        "wrona@gazeta.example", "Kasia Wrona", "Katarzyna Wrona",
    ),
    "polish_header_tomek_signature_tomasz": (
        "Dzień dobry,\n\nprosimy o dostęp z adresu 198.51.100.21.\n\nTomasz Kania\ntel. +48 601 234 567\n",
        "kania@radio.example", "Tomek Kania", "Tomasz Kania",
    ),
    "german_header_sepp_signature_josef": (
        "Grüß Gott,\n\nbitte schalten Sie 198.51.100.21 frei.\n\nLG\nJosef Gruber\n",
        "gruber@alpen.example", "Sepp Gruber", "Josef Gruber",
    ),
    "slovak_header_janko_signature_jan": (
        "Dobrý deň,\n\nžiadame o prístup z adresy 198.51.100.21.\n\nS pozdravom\nJán Kováč\n",
        "kovac@noviny.example", "Janko Kováč", "Ján Kováč",
    ),
    "english_header_bill_signature_william": (
        "Hello,\n\nwe ask for access from 198.51.100.21.\n\nRegards,\nWilliam Shaw\n",
        "shaw@gazette.example", "Bill Shaw", "William Shaw",
    ),
}


@pytest.mark.parametrize("key", sorted(FULL_IN_TEXT))
def test_the_full_given_name_the_text_writes_wins_over_a_familiar_header(key: str) -> None:
    text, sender, display, full = FULL_IN_TEXT[key]
    x = _mail(text, sender=sender, sender_name=display)
    assert x.contact_person == full
