"""Contact person, twelfth round (issue 18): principles a careful officer applies in any
language and format, each probed in wording unlike any corpus case.

1. The person the writer directs the office to ("please direct all communication to my PhD
   student …", "richten Sie Anfragen bitte an …", "veškerou komunikaci směřujte na …") is the
   contact, with the details written beside them - not the writer who signs.
2. A familiar given name ("Jirka", "Vítek", "Kasia", "Sepp", "Bill") never replaces the full
   one the text itself writes.

3. A newer statement replaces an older one for the person too: the writer of a covering
   text naming themselves the contact ("kontaktní osobou jsem nově já, …", "Ansprechpartnerin
   bin jetzt ich, …", "please contact me instead, …") replaces the contact labelled in the
   attached document (unsure).

Read by the rules before this round, 13 of the first 16 probes failed (8 of 8, 5 of 8);
after it none. Of the 8 probes of principle 3, 6 failed before; after it none.

Every text here is written for the test; names, firms and numbers are invented."""

from __future__ import annotations

import pytest

from intake.extraction.model import Extraction
from tests.unit.extraction_helpers import body, extract, mail, text_file


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


# ---------------- 3. the covering text's newer contact replaces the attached document's --

FORM = "Žádost o přístup\nOstrý provoz\t198.51.100.21\nKontakt\t{old}\n"


def _covered(cover: str, form: str, sender: str) -> Extraction:
    return extract(mail(body(cover), text_file("zadost.txt", form), sender=sender))


NEWER_PERSON: dict[str, tuple[str, str, str, str]] = {
    # (covering text, the attached form's contact, sender, the newer contact)
    "czech_colleague_left_writer_now": (
        "Dobrý den,\n\nposílám formulář. Uvedený kolega u nás už nepracuje, kontaktní osobou "
        "jsem teď já, Hana Riedlová, tel. 602 555 111.\n",
        "Ondřej Pech, pech@mesto-news.example", "riedlova@mesto-news.example", "Hana Riedlová",
    ),
    "czech_without_diacritics": (
        "Dobry den,\n\nv priloze formular. Kontaktni osobou jsem nove ja, Lucie Dvorakova, "
        "dvorakova@radio-sever.example.\n",
        "Karel Bily, bily@radio-sever.example", "dvorakova@radio-sever.example", "Lucie Dvorakova",
    ),
    "slovak_som_ja": (
        "Dobrý deň,\n\nposielam tlačivo. Kontaktnou osobou som odteraz ja, Mária Kováčová, "
        "tel. +421 905 123 456.\n",
        "Peter Sloboda, sloboda@noviny-zapad.example", "kovacova@noviny-zapad.example", "Mária Kováčová",
    ),
    "english_contact_is_now_me": (
        "Hello,\n\nplease find our form attached. The contact named there has left; please "
        "contact me instead, Rachel Green, +44 7911 123456.\n",
        "Ross Geller, ross@central-post.example", "rachel@central-post.example", "Rachel Green",
    ),
    "german_ansprechpartner_bin_ich": (
        "Guten Tag,\n\nanbei unser Antrag. Herr Kaiser ist nicht mehr bei uns - Ansprechpartnerin "
        "bin jetzt ich, Nina Berg, Tel. +49 171 2345 678.\n",
        "Jonas Kaiser, kaiser@spree-kurier.example", "berg@spree-kurier.example", "Nina Berg",
    ),
    "czech_obracejte_se_na_mne": (
        "Dobrý den,\n\nformulář přikládám, jen kontakt se změnil: obracejte se prosím na mne, "
        "Tereza Marková, markova@tydenik-jih.example.\n",
        "Jan Vocásek, vocasek@tydenik-jih.example", "markova@tydenik-jih.example", "Tereza Marková",
    ),
    "english_call_me_instead": (
        "Hi,\n\nform attached; for anything about it call me, Omar Haddad, on +44 20 7946 0000.\n",
        "Lisa Grey, grey@harbour-news.example", "haddad@harbour-news.example", "Omar Haddad",
    ),
    "czech_kontaktujte_me_with_colon": (
        "Dobrý den,\n\nv příloze posílám žádost. Kontaktujte prosím mě: Pavel Doubek, "
        "606 777 888.\n",
        "Irena Malá, mala@zpravy-vysocina.example", "doubek@zpravy-vysocina.example", "Pavel Doubek",
    ),
}


@pytest.mark.parametrize("key", sorted(NEWER_PERSON))
def test_the_covering_texts_newer_contact_replaces_the_attached_one(key: str) -> None:
    cover, old, sender, person = NEWER_PERSON[key]
    x = _covered(cover, FORM.format(old=old), sender)
    assert x.contact_person == person
