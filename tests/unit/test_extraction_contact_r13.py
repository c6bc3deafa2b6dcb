"""Contact person, thirteenth round (issue 18): principles a careful officer applies in any
language and format, each probed in wording unlike any corpus case.

1. The person the text designates for the matter - the one questions are to be directed to,
   the one designated or entrusted with the communication - is the contact, with the details
   written beside them, not the writer who signs; a person reached by such a sentence is
   never certain (the choice between the designated person and the signer rests on the
   wording), and a colleague the sentence names is the contact even when they are in copy.
   Beside another person the text gives with their own details (an e-mail, a phone right
   after the name, also after a preposition: "spolehnout se na Tomáše Berana (beran@…)"),
   the signer is never certain.
2. A name written surname first is read given name first when the text tells the order: the
   writer's own signature (after a closing formula of any adjective, "Mit besten Grüßen")
   over the header's "Pichler Stefan", a restatement in the other order at once ("Tóth Bence
   (Bence Tóth)"), a surname in capitals.
3. A contact phrase that points on to the name after a pronoun and a colon ("kontaktní osobou
   bude tedy on: Jan …", "Ansprechpartner ist dann er: …") names the contact.
4. Principle 1 in Polish, whose directing verbs take the genitive ("pytania prosimy kierować
   do Pana Adama Nowaka", "zwracać się do Ewy Malinowskiej"): the name turned back to the
   nominative, never certain.

Read by the rules before this round (commit ab582e1), 18 of the first 23 probes failed (of
principle 1: 8 of 10 and 4 of 4; of principle 2: 6 of 9), of principle 3 2 of 8, of
principle 4 4 of 4; after it none.

Every text here is written for the test; names, firms and numbers are invented."""

from __future__ import annotations

import pytest

from intake.extraction.model import Extraction
from tests.unit.extraction_helpers import body, certain, data_message, extract, mail, text_file


def _mail(text: str, sender: str = "redakce@media.example", sender_name: str = "") -> Extraction:
    return extract(mail(body(text), sender=sender, sender_name=sender_name))


# ------------------------ 1. the person the text designates beats the signer ----------

DESIGNATED: dict[str, tuple[str, str, str]] = {
    # (text, the designated person, their e-mail)
    "czech_questions_directed_to_her_accusative": (
        "Dobrý den,\n\nžádáme o přístup k výsledkům z adresy 198.51.100.21.\n"
        "Technické otázky směřujte prosím na paní Hanu Veselou, hana.vesela@obzor.example, "
        "731 222 333.\n\nS pozdravem\nIng. Petr Malý\nředitel\n",
        "Hana Veselá",
        "hana.vesela@obzor.example",
    ),
    "czech_no_diacritics_dotazy_smerujte": (
        "Dobry den,\n\nzadame o pristup z adresy 198.51.100.21.\n"
        "Dotazy prosim smerujte na Karla Kopecka (karel.kopecek@vecernik.example).\n\n"
        "Diky\nMarta Slaba\n",
        "Karel Kopecek",
        "karel.kopecek@vecernik.example",
    ),
    "slovak_otazky_smerujte_na": (
        "Dobrý deň,\n\nžiadame o prístup z adresy 198.51.100.21.\n"
        "Otázky prosím smerujte na Jána Kollára (kollar@tatry-dnes.example).\n\n"
        "S pozdravom\nMgr. Eva Bieliková\nkonateľka\n",
        "Ján Kollár",
        "kollar@tatry-dnes.example",
    ),
    "czech_designated_colleague_nominative": (
        "Dobrý den,\n\nnaše redakce žádá o přístup z adresy 198.51.100.21.\n"
        "Pro veškerou komunikaci k této žádosti je určen kolega Radek Novotný "
        "(novotny@kraj-tv.example, 604 555 210).\n\nS pozdravem\nJUDr. Alena Horká\njednatelka\n",
        "Radek Novotný",
        "novotny@kraj-tv.example",
    ),
    "slovak_designated_colleague_in_copy": (
        "Dobrý deň,\n\nprosíme o prístup z adresy 198.51.100.21.\n"
        "Na komunikáciu s Vami je určená kolegyňa Zuzana Hrušková (v kópii), "
        "hruskova@vychod.example.\n\nS pozdravom\nPeter Baláž\n",
        "Zuzana Hrušková",
        "hruskova@vychod.example",
    ),
    "czech_entrusted_technician": (
        "Vážení,\n\nžádáme o přístup k XML z adresy 198.51.100.21.\n"
        "Vyřízením žádosti je pověřen náš technik Ondřej Bureš, bures@sever-info.example.\n\n"
        "S úctou\nMgr. Lenka Čížková\n",
        "Ondřej Bureš",
        "bures@sever-info.example",
    ),
    "english_questions_should_be_directed_to": (
        "Dear Sir or Madam,\n\nwe request the results feed for 198.51.100.21.\n"
        "Questions should be directed to Ms Maria Lopez (m.lopez@coastal-news.example).\n\n"
        "Yours faithfully,\nGeorge Hill\nPublisher\n",
        "Maria Lopez",
        "m.lopez@coastal-news.example",
    ),
    "english_has_been_designated_reply": (
        "Hello again,\n\nas you asked: our request has been assigned "
        "to Daniel Okoro (okoro@lagos-wire.example), who runs 198.51.100.21.\n\n"
        "Best,\nRuth Adams\n\n> Dear applicant, please name your contact.\n",
        "Daniel Okoro",
        "okoro@lagos-wire.example",
    ),
    "polish_osoba_do_kontaktu_w_sprawie_jest": (
        "Dzień dobry,\n\nprosimy o dostęp z adresu 198.51.100.21.\n"
        "Osobą do kontaktu w sprawie wniosku jest pani Ewa Zielińska, zielinska@slask.example.\n\n"
        "Z poważaniem\nAdam Nowicki\nprezes zarządu\n",
        "Ewa Zielińska",
        "zielinska@slask.example",
    ),
}


@pytest.mark.parametrize("key", sorted(DESIGNATED))
def test_the_person_the_text_designates_is_the_contact_not_the_signer(key: str) -> None:
    text, person, email = DESIGNATED[key]
    x = _mail(text)
    assert x.contact_person == person
    assert x.contact_email == email


def test_a_designated_person_in_an_attached_letter_of_a_data_message() -> None:
    letter = (
        "ZPRAVODAJ PODLESÍ, z.s. – IČO 26543210\n"
        "žádáme o přístup k výsledkům z adresy 198.51.100.21.\n"
        "Dotazy k technice prosím směřujte na Ing. Pavla Němce (nemec@podlesi.example, 606 700 800).\n"
        "S pozdravem\nMgr. Irena Pokorná, předsedkyně spolku\n"
    )
    x = extract(data_message("Žádost o přístup", text_file("zadost.txt", letter), dm_sender="Zpravodaj Podlesí, z.s."))
    assert x.contact_person == "Pavel Němec"
    assert x.contact_email == "nemec@podlesi.example"
    assert x.contact_phone == "+420606700800"
    assert not certain(x, "contact.person")  # reached by a sentence's wording, beside a signer



SIGNER_IN_DOUBT: dict[str, str] = {
    # another person given with their own details, in words the rules do not read as a
    # contact sentence: the signer is no certain contact
    "czech_spolehnout_na_with_details": (
        "Dobrý den,\n\nžádáme o přístup z adresy 198.51.100.21.\n"
        "V technických věcech se můžete spolehnout na Tomáše Berana (beran@sever.example, "
        "604 111 222).\n\nS pozdravem\nAlena Vránová\nředitelka\n"
    ),
    "slovak_spolahnut_na_with_details": (
        "Dobrý deň,\n\nžiadame o prístup z adresy 198.51.100.21.\n"
        "V technických veciach sa môžete spoľahnúť na Mareka Kováča (kovac@vychod.example).\n\n"
        "S pozdravom\nJana Hudecová\n"
    ),
    "polish_liczyc_na_with_details": (
        "Dzień dobry,\n\nprosimy o dostęp z adresu 198.51.100.21.\n"
        "W sprawach technicznych można liczyć na Tomasza Berę (bera@radio-slask.example).\n\n"
        "Pozdrawiam\nEwa Lis\n"
    ),
    "czech_posilejte_na_accusative": (
        "Dobrý den,\n\nžádáme o přístup z adresy 198.51.100.21.\n"
        "Technické dotazy prosím posílejte přímo na Filipa Moravce (moravec@zpravy.example).\n\n"
        "S pozdravem\nAlena Vránová\n"
    ),
}


@pytest.mark.parametrize("key", sorted(SIGNER_IN_DOUBT))
def test_the_signer_is_no_certain_contact_beside_a_person_with_own_details(key: str) -> None:
    x = _mail(SIGNER_IN_DOUBT[key])
    assert x.contact_person is not None
    assert not certain(x, "contact.person")


# ------------- 2. a name written surname first, in the order the text tells (given first) --

ORDER_TOLD: dict[str, tuple[str, str, str]] = {
    # (text, header display name, the person given name first)
    "german_mit_besten_gruessen_signature_over_header": (
        "Grüß Gott,\n\nbitte schalten Sie 198.51.100.21 für den Ergebnis-Feed frei.\n\n"
        "Mit besten Grüßen\nStefan Pichler\nSendeleitung\n",
        "Pichler Stefan",
        "Stefan Pichler",
    ),
    "german_freundliche_gruesse_signature_over_header": (
        "Sehr geehrte Damen und Herren,\n\nwir beantragen Zugang für 198.51.100.21.\n\n"
        "Freundliche Grüße\nAnna Berger\nRedaktion Online\n",
        "Berger Anna",
        "Anna Berger",
    ),
    "swiss_beste_gruesse_ss": (
        "Guten Tag\n\nWir bitten um Freischaltung von 198.51.100.21.\n\nBeste Grüsse\nUrs Meier\n",
        "Meier Urs",
        "Urs Meier",
    ),
    "german_kollegialer_gruss_with_degree": (
        "Sehr geehrte Kolleginnen und Kollegen,\n\nunser Institut bittet um Zugang für "
        "198.51.100.21.\n\nMit kollegialem Gruß\nDr. Klaus Vogt\n",
        "Vogt Klaus",
        "Klaus Vogt",
    ),
    "hungarian_restated_in_brackets": (
        "Tisztelt Hölgyem/Uram,\n\nhozzáférést kérünk a 198.51.100.21 címről.\n"
        "Kapcsolattartó: Nagy Eszter (Eszter Nagy), +36 30 555 1234\n",
        "",
        "Eszter Nagy",
    ),
    "korean_restated_after_slash": (
        "Hello,\n\nwe request access to the results feed from 198.51.100.21.\n"
        "Contact: Park Jiwoo / Jiwoo Park, +82 2 555 0123\n",
        "",
        "Jiwoo Park",
    ),
    "czech_form_hungarian_restated": (
        "Dobrý den,\n\nžádáme o přístup z adresy 198.51.100.21.\n"
        "Kontaktní osoba: Horváth Lajos (Lajos Horváth), tel. +36 1 555 0198\n",
        "",
        "Lajos Horváth",
    ),
    "english_japanese_restated": (
        "Dear Sir or Madam,\n\nour bureau requests the results feed for 198.51.100.21.\n"
        "Contact person: Sato Haruki (Haruki Sato), sato@nippon-wire.example\n",
        "",
        "Haruki Sato",
    ),
    "german_capitals_surname_first": (
        "Guten Tag,\n\nwir bitten um Zugang für 198.51.100.21.\n"
        "Ansprechpartner: HUBER Florian, Tel. +43 1 555 0110\n",
        "",
        "Florian Huber",
    ),
}


@pytest.mark.parametrize("key", sorted(ORDER_TOLD))
def test_a_name_written_surname_first_is_read_in_the_order_the_text_tells(key: str) -> None:
    text, display, person = ORDER_TOLD[key]
    x = _mail(text, sender="redakce@media.example", sender_name=display)
    assert x.contact_person == person


# ------ 3. a contact phrase that points on to the name ("bude tedy on: Jan Kratochvíl") --

POINTED_ON: dict[str, tuple[str, str]] = {
    # (text, the person the phrase points on to) - the writer signs with another name
    "czech_bude_tedy_on_colon": (
        "Dobrý den,\n\nžádáme o přístup z adresy 198.51.100.21.\nVše technické řeší kolega Pepa, "
        "kontaktní osobou bude tedy on: Josef Hrubý, hruby@radio-jih.example.\n\nDíky\nKlára Malá\n",
        "Josef Hrubý",
    ),
    "czech_no_diacritics_bude_ona_colon": (
        "Dobry den,\n\nzadame o pristup z adresy 198.51.100.21.\n"
        "Kontaktni osobou bude ona: Petra Dvorakova, dvorakova@tyden.example\n\nZdravim\nLuboš Kraus\n",
        "Petra Dvorakova",
    ),
    "slovak_bude_teda_on_colon": (
        "Dobrý deň,\n\nžiadame o prístup z adresy 198.51.100.21.\n"
        "Kontaktnou osobou bude teda on: Peter Hudec, hudec@zahorie.example\n\nS pozdravom\nIveta Malá\n",
        "Peter Hudec",
    ),
    "english_contact_person_will_be_him_colon": (
        "Hi,\n\nwe'd like the results feed for 198.51.100.21.\n"
        "The contact person will be him: Oliver Grant, grant@valley-news.example\n\nCheers\nAmy Fox\n",
        "Oliver Grant",
    ),
    "german_ansprechpartner_ist_dann_er_colon": (
        "Hallo,\n\nwir bitten um Zugang für 198.51.100.21.\n"
        "Ansprechpartner ist dann er: Max Berger, berger@tal-kurier.example\n\nViele Grüße\nLena Roth\n",
        "Max Berger",
    ),
    "polish_osoba_kontaktowa_bedzie_wiec_on_colon": (
        "Cześć,\n\nprosimy o dostęp z adresu 198.51.100.21.\n"
        "Osoba kontaktowa będzie więc on: Jan Kowal, kowal@radio-wisla.example\n\nPozdrawiam\nOla Nowak\n",
        "Jan Kowal",
    ),
    "czech_bude_nove_colleague_colon_in_attachment_style": (
        "Vážení,\n\nnaše redakce žádá o přístup z adresy 198.51.100.21.\n"
        "Kontaktní osobou pro tuto žádost je od dnešního dne: Ing. Radek Šimon, "
        "simon@kraj-dnes.example, 604 300 200.\n\nS úctou\nMgr. Hana Lišková\n",
        "Radek Šimon",
    ),
    "czech_je_nase_kolegyne_colon": (
        "Dobrý den,\n\nprosíme o přístup z adresy 198.51.100.21.\n"
        "Kontaktní osobou je naše nová kolegyně: Bc. Tereza Vlčková, vlckova@mesto-info.example\n\n"
        "S pozdravem\nJan Beneš\n",
        "Tereza Vlčková",
    ),
}


@pytest.mark.parametrize("key", sorted(POINTED_ON))
def test_a_contact_phrase_pointing_on_to_a_name_names_the_contact(key: str) -> None:
    text, person = POINTED_ON[key]
    x = _mail(text)
    assert x.contact_person == person


# ------------- 4. a person Polish text directs questions to, in the genitive ---------------

POLISH_DIRECTED: dict[str, tuple[str, str]] = {
    "kierowac_do_pana": (
        "Dzień dobry,\n\nprosimy o dostęp z adresu 198.51.100.21.\n"
        "Pytania prosimy kierować do Pana Adama Nowaka (nowak@radio-mazury.example).\n\n"
        "Z poważaniem\nKrystyna Lis\nprezes\n",
        "Adam Nowak",
    ),
    "kierowac_do_pani_skiej": (
        "Szanowni Państwo,\n\nnasza gazeta prosi o dostęp z adresu 198.51.100.21.\n"
        "Wszelkie pytania proszę kierować do pani Anny Kowalskiej, kowalska@gazeta.example.\n\n"
        "Pozdrawiam\nMarek Zając\n",
        "Anna Kowalska",
    ),
    "zwracac_sie_do_no_title": (
        "Dzień dobry,\n\nprosimy o dostęp z adresu 198.51.100.21.\n"
        "W sprawach technicznych prosimy zwracać się do Ewy Malinowskiej (malinowska@tv.example).\n\n"
        "Pozdrawiam\nJan Bąk\n",
        "Ewa Malinowska",
    ),
    "zwrocic_sie_do_no_diacritics": (
        "Dzien dobry,\n\nprosimy o dostep z adresu 198.51.100.21.\n"
        "Prosze zwrocic sie do Tomasza Wojcika, wojcik@portal.example.\n\nPozdrawiam\nOla Nowak\n",
        "Tomasz Wojcik",
    ),
}


@pytest.mark.parametrize("key", sorted(POLISH_DIRECTED))
def test_the_person_polish_text_directs_questions_to_is_the_contact(key: str) -> None:
    text, person = POLISH_DIRECTED[key]
    x = _mail(text)
    assert x.contact_person == person
    assert not certain(x, "contact.person")
