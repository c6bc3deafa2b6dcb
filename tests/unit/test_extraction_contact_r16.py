"""Contact person, e-mail and phone, sixteenth round (issue 18): principles a careful
officer applies in any language and format, each probed in wording unlike the corpus case.

1. The words that describe the contact after their name ("Oliver Grant, Central Europe
   producer", "Jana Malá, Nové Zámky zpravodajka") are the contact's job: a capitalised
   run of words right before a job title qualifies the title (a region, a desk, a beat)
   and names nobody else, so the contact's own numbers after it stay theirs (a mobile
   beside a switchboard).
2. A sentence that sends the office to settle the matter with a person ("technické věci
   prosím řešit s panem Novotným", "please deal with Mr Hale", "bitte mit Frau Roth
   klären", "sprawy proszę ustalać z panem Nowakiem") names the contact, by a form of
   address and the surname alone in the case the preposition governs: the full name the
   text writes for that surname (a second signer), never certain.
3. A contact a sentence names by the surname alone, in whatever case the sentence puts it
   ("kontaktujte prosím přímo pana Kubíčka"), is the one full name the text writes for that
   surname anywhere (a signature, the forwarded message), in the nominative as written
   there; never certain.
4. A familiar name in quotes between the given name and the surname ("Vojtěch „Vojta“
   Černý", 'Thomas "Tom" Baker') is no part of the name: the contact is the given name and
   the surname, and their details are theirs, not the signer's.
5. A full name a sentence declines ("zastoupená jednatelem Karlem Vaňkem", "kontaktujte
   Pavla Šimka") is read in the nominative the text itself writes for that person ("Karel
   Vaněk" signing below), not one turned back by rule ("Karl Vaňk").
6. The writer saying in the first person that they handle the matter, with their name set
   beside it ("žádost za klienta vyřizuji já – Klára Šimková", "I am handling this request
   – …"), names themselves the contact, before a person an attached document names (the
   client's statutory signer of a power of attorney), with their own details.
7. In a reply that only supplies what was missing, the applicant's first message quoted
   back (by the office's request) is still the applicant's: a phone written there with the
   contact's name is theirs, never for certain.

Every text here is written for the test; names, firms and numbers are invented."""

from __future__ import annotations

import pytest

from intake.extraction.model import Extraction
from tests.unit.extraction_helpers import body, certain, extract, mail, text_file


def _value(x: Extraction, key: str) -> str | None:
    f = x.fields.get(key)
    return None if f is None else str(f.value)


# ----------- 1. a qualifier before the contact's job title names nobody else --------------

# key: (text, the contact's phone)
QUALIFIED: dict[str, tuple[str, str]] = {
    "english_region_producer": (
        "Hello,\n\nwe would like the results feed.\n\nContact: Megan Ford, Northern Europe "
        "correspondent, +44 20 7946 0100 (switchboard), mobile +44 7911 123456.\n\nBest\nMegan\n",
        "+447911123456",
    ),
    "english_desk_editor": (
        "Hi,\n\nplease register our servers.\nReach me: Daniel Price, Foreign Desk editor, "
        "+44 161 496 0000 (reception), direct +44 161 496 0123\n",
        "+441614960123",
    ),
    "czech_region_zpravodajka": (
        "Dobrý den,\n\nžádáme o XML výstup.\nKontakt: Jana Malá, Jižní Morava zpravodajka, "
        "ústředna 541 000 111, mobil 604 222 333.\n\nDěkuji\n",
        "+420604222333",
    ),
    "czech_no_diacritics": (
        "Dobry den,\n\nzadame o pristup k datum.\nKontakt: Petr Hajek, Severni Cechy reporter, "
        "recepce 475 000 100, mobil 731 555 666\n",
        "+420731555666",
    ),
    "slovak_region_redaktor": (
        "Dobrý deň,\n\nžiadame o prístup k výsledkom.\nKontakt: Marek Kováč, Stredné Slovensko "
        "redaktor, ústredňa +421 48 415 0000, mobil +421 905 123 456\n",
        "+421905123456",
    ),
    "german_ressort_leiter": (
        "Guten Tag,\n\nwir beantragen den Zugang.\nKontakt: Jonas Weber, Digitale Medien "
        "Leiter, Zentrale +49 30 5555 0000, Handy +49 151 2345 6789\n",
        "+4915123456789",
    ),
    "polish_region_koordynator": (
        "Dzień dobry,\n\nprosimy o dostęp.\nKontakt: Anna Nowak, Dolny Śląsk koordynator, "
        "centrala +48 71 555 00 00, komórka +48 601 234 567\n",
        "+48601234567",
    ),
    "english_table_row": (
        "Hello,\n\nplease grant access.\n\nContact | Laura Green, Central Asia producer | "
        "+44 20 7946 0200 (switchboard) | mobile +44 7700 123456\n",
        "+447700123456",
    ),
}


@pytest.mark.parametrize("key", sorted(QUALIFIED))
def test_a_qualifier_before_the_job_title_names_nobody_else(key: str) -> None:
    text, phone = QUALIFIED[key]
    x = extract(mail(body(text), sender="desk@media.example"))
    assert _value(x, "contact.phone") == phone


# ------------- 2. the person the office is to settle the matter with ----------------------

# key: (text, the contact, their phone)
SETTLE_WITH: dict[str, tuple[str, str, str]] = {
    "czech_domluvit_s_pani": (
        "Dobrý den,\n\nžádáme o přístup k výsledkům. Podrobnosti prosím domluvte s paní Kubelkovou.\n\n"
        "S pozdravem\nMartin Sedlák, ředitel, 602 100 200\nIveta Kubelková, IT, 733 300 400\n",
        "Iveta Kubelková", "+420733300400",
    ),
    "czech_no_diacritics_resit_s_panem": (
        "Dobry den,\n\nzadame o XML data. Vse technicke prosim resit s panem Brabcem.\n\n"
        "Zdravi\nAlena Vesela, sefredaktorka, 608 111 222\nTomas Brabec, technik, 774 333 444\n",
        "Tomas Brabec", "+420774333444",
    ),
    "slovak_s_panom": (
        "Dobrý deň,\n\nžiadame o prístup. Technické otázky prosím riešte s pánom Hudákom.\n\n"
        "S pozdravom\nZuzana Kmeťová, riaditeľka, +421 905 111 222\nPeter Hudák, správca, +421 907 333 444\n",
        "Peter Hudák", "+421907333444",
    ),
    "english_deal_with_mr": (
        "Hello,\n\nwe request the results feed. Please deal with Mr Hale on anything technical.\n\n"
        "Regards\nSophie Turner, editor, +44 20 7946 0311\nGeorge Hale, systems, +44 20 7946 0322\n",
        "George Hale", "+442079460322",
    ),
    "english_liaise_with_ms": (
        "Hi,\n\nplease register our servers. Kindly liaise with Ms Okoro regarding the setup.\n\n"
        "Thanks\nDavid Moss, publisher, +44 161 496 0555\nAdaeze Okoro, network admin, +44 161 496 0666\n",
        "Adaeze Okoro", "+441614960666",
    ),
    "german_mit_frau_klaeren": (
        "Guten Tag,\n\nwir beantragen den Zugang. Technische Fragen bitte mit Frau Roth klären.\n\n"
        "Mit freundlichen Grüßen\nMarkus Bauer, Chefredakteur, +49 30 5555 2100\n"
        "Katrin Roth, IT-Leitung, +49 30 5555 2200\n",
        "Katrin Roth", "+493055552200",
    ),
    "polish_z_panem": (
        "Dzień dobry,\n\nprosimy o dostęp do danych. Sprawy techniczne proszę ustalać z panem Nowakiem.\n\n"
        "Pozdrawiam\nEwa Zielińska, redaktor naczelna, +48 22 555 01 01\n"
        "Piotr Nowak, informatyk, +48 22 555 02 02\n",
        "Piotr Nowak", "+48225550202",
    ),
    "czech_kolegyni_in_a_form_reply": (
        "Dobrý den,\n\nv příloze posíláme žádost. Vše ohledně IP adres prosím konzultujte s kolegyní "
        "Dvořákovou.\n\nDěkujeme\nJiří Pokorný, jednatel, 721 500 600\nLenka Dvořáková, 739 700 800\n",
        "Lenka Dvořáková", "+420739700800",
    ),
}


@pytest.mark.parametrize("key", sorted(SETTLE_WITH))
def test_the_person_to_settle_the_matter_with_is_the_contact(key: str) -> None:
    text, person, phone = SETTLE_WITH[key]
    x = extract(mail(body(text), sender="info@media.example"))
    assert _value(x, "contact.person") == person
    assert _value(x, "contact.phone") == phone
    assert not certain(x, "contact.person")


# ------------- 3. a surname alone read as the full name the text writes -------------------

# key: (text, the contact)
IN_FULL: dict[str, tuple[str, str]] = {
    "czech_forward_primo_pana": (
        "Dobrý den,\nza klienta přeposílám jeho žádost. Kontaktujte prosím přímo pana Vlčka.\nEva Malá, agentura\n\n"
        "From: Ondřej Vlček <vlcek@klient.example>\nSubject: žádost\n\nŽádáme o XML data. Ondřej Vlček, 777 888 999\n",
        "Ondřej Vlček",
    ),
    "czech_no_diacritics_kontakt": (
        "Dobry den,\nposilam zadost klienta. Kontaktni osobou je jejich technik, pan Hruska, piste mu primo.\n"
        "Jana Mala\n\nFrom: Karel Hruska <hruska@klient.example>\n\nZadame o pristup. Karel Hruska, 777 101 202\n",
        "Karel Hruska",
    ),
    "czech_kontaktni_osoba_pani_genitive": (
        "Dobrý den,\nv příloze je žádost. Kontakt: prosím přes paní Hájkovou, ona vše ví.\n\n"
        "S pozdravem\nPetr Novák, jednatel\nMartina Hájková, asistentka, 603 123 456\n",
        "Martina Hájková",
    ),
    "slovak_kontaktujte_priamo": (
        "Dobrý deň,\npreposielam žiadosť klienta. Kontaktujte prosím priamo pána Kováča.\nLucia Hrmová\n\n"
        "From: Marián Kováč <kovac@klient.example>\n\nŽiadame o prístup. Marián Kováč, +421 905 111 333\n",
        "Marián Kováč",
    ),
    "english_contact_mr_directly": (
        "Hello,\nforwarding our client's request. The contact for this is their CTO, Mr Whitaker, directly.\n"
        "Amy Lee\n\nFrom: Simon Whitaker <simon@client.example>\n\nWe request access. Simon Whitaker, +44 20 7946 0999\n",
        "Simon Whitaker",
    ),
    "german_ansprechpartner_herr": (
        "Guten Tag,\nanbei der Antrag unseres Kunden. Ansprechpartner ist dort Herr Brandt.\nLea Fuchs\n\n"
        "From: Tobias Brandt <brandt@kunde.example>\n\nWir beantragen den Zugang. Tobias Brandt, +49 30 5555 7700\n",
        "Tobias Brandt",
    ),
    "polish_kontakt_pan": (
        "Dzień dobry,\nprzesyłam wniosek klienta. Osobą kontaktową jest pan Wójcik.\nAnna Lis\n\n"
        "From: Tomasz Wójcik <wojcik@klient.example>\n\nProsimy o dostęp. Tomasz Wójcik, +48 601 222 333\n",
        "Tomasz Wójcik",
    ),
    "czech_kontaktni_osobou_panem_instrumental": (
        "Dobrý den,\nkontaktní osobou bude pan Kratochvíl z IT.\n\n"
        "S pozdravem\nIrena Bílá, ředitelka\nMiloš Kratochvíl, správce, 724 555 666\n",
        "Miloš Kratochvíl",
    ),
}


@pytest.mark.parametrize("key", sorted(IN_FULL))
def test_a_surname_alone_is_the_full_name_the_text_writes(key: str) -> None:
    text, person = IN_FULL[key]
    x = extract(mail(body(text), sender="agentura@pr.example"))
    assert _value(x, "contact.person") == person
    assert not certain(x, "contact.person")


# ------------- 4. a familiar name in quotes inside a full name ----------------------------

# key: (text, the contact, their phone)
NICKNAMED: dict[str, tuple[str, str, str]] = {
    "czech_low_high_quotes": (
        "Dobrý den,\n\nžádáme o XML data. Kontaktní osobou je náš technik Jaroslav „Jarda“ Kubát, "
        "mobil 731 222 333.\n\nZa redakci\nPavla Svobodová, 602 999 888\n",
        "Jaroslav Kubát", "+420731222333",
    ),
    "czech_no_diacritics_straight_quotes": (
        'Dobry den,\n\nzadame o pristup. Kontaktni osoba: Frantisek "Franta" Beran, tel. 776 444 555.\n\n'
        "Diky\nMonika Cerna, 605 111 000\n",
        "Frantisek Beran", "+420776444555",
    ),
    "slovak_nickname": (
        "Dobrý deň,\n\nžiadame o prístup. Kontaktnou osobou je Jozef „Jožo“ Baláž, mobil +421 905 777 888.\n\n"
        "S pozdravom\nEva Kráľová, +421 2 5555 1111\n",
        "Jozef Baláž", "+421905777888",
    ),
    "english_double_quotes": (
        'Hello,\n\nwe request the feed. Our contact is Thomas "Tom" Baker, mobile +44 7911 765432.\n\n'
        "Regards\nHelen Price, +44 20 7946 0500\n",
        "Thomas Baker", "+447911765432",
    ),
    "english_curly_quotes_label": (
        "Hi,\n\nplease set up access.\nContact person: Robert “Bob” Fielding, +44 161 496 0777\n\n"
        "Thanks\nClaire Dunn\n",
        "Robert Fielding", "+441614960777",
    ),
    "german_guillemets": (
        "Guten Tag,\n\nwir beantragen den Zugang. Ansprechpartner: Hans-Jürgen »Hajo« Meier, "
        "Handy +49 151 9876 5432.\n\nGrüße\nSabine Vogt, +49 30 5555 0001\n",
        "Hans-Jürgen Meier", "+4915198765432",
    ),
    "polish_low_high_quotes": (
        "Dzień dobry,\n\nprosimy o dostęp. Osobą kontaktową jest Jakub „Kuba“ Wrona, tel. +48 601 555 444.\n\n"
        "Pozdrawiam\nAnna Mazur, +48 22 555 33 33\n",
        "Jakub Wrona", "+48601555444",
    ),
    "czech_table_row": (
        "Dobrý den,\n\nžádost:\nKontaktní osoba | Markéta „Majka“ Holubová | 739 123 000\n\n"
        "S pozdravem\nIvan Říha, 608 000 111\n",
        "Markéta Holubová", "+420739123000",
    ),
}


@pytest.mark.parametrize("key", sorted(NICKNAMED))
def test_a_nickname_in_quotes_is_no_part_of_the_name(key: str) -> None:
    text, person, phone = NICKNAMED[key]
    x = extract(mail(body(text), sender="redakce@media.example"))
    assert _value(x, "contact.person") == person
    assert _value(x, "contact.phone") == phone


# ------------- 5. a declined full name in the nominative the text writes ------------------

# key: (text, the contact)
DECLINED: dict[str, tuple[str, str]] = {
    "czech_zastoupena_instrumental_mobile_e": (
        "Dobrý den,\nžádáme o XML data. Společnost je zastoupena jednatelem Pavlem Šimkem.\n\n"
        "V Brně dne 3. 9.\nPavel Šimek, jednatel\n",
        "Pavel Šimek",
    ),
    "czech_kontaktujte_accusative_soft": (
        "Dobrý den,\nžádáme o přístup. Kontaktujte prosím Marka Vlčka z našeho IT.\n\nS pozdravem\nMarek Vlček\n",
        "Marek Vlček",
    ),
    "czech_no_diacritics": (
        "Dobry den,\nzadame o data. Firma je zastoupena jednatelem Karlem Hajkem.\n\nKarel Hajek, jednatel\n",
        "Karel Hajek",
    ),
    "czech_obratte_se_na_accusative_e_stem": (
        "Dobrý den,\nžádáme o XML výstup. S technickými dotazy se obraťte na Pavla Kozla.\n\nDěkuji\nPavel Kozel\n",
        "Pavel Kozel",
    ),
    "slovak_zastupena_instrumental": (
        "Dobrý deň,\nžiadame o prístup. Spoločnosť je zastúpená konateľom Marekom Kováčikom.\n\nMarek Kováčik, konateľ\n",
        "Marek Kováčik",
    ),
    "polish_reprezentowana_instrumental": (
        "Dzień dobry,\nprosimy o dostęp. Kontakt z Piotrem Szymańskim, tel. +48 601 111 222.\n\nPiotr Szymański\n",
        "Piotr Szymański",
    ),
    "czech_zastoupena_feminine": (
        "Dobrý den,\nspolek je zastoupen předsedkyní Janou Kozlovou.\nŽádáme o přístup k datům.\n\nJana Kozlová, předsedkyně\n",
        "Jana Kozlová",
    ),
    "czech_attachment_power_of_attorney": (
        "PLNÁ MOC\nObec Lhota, zastoupená starostou Zdeňkem Pecem, zmocňuje firmu Data s.r.o.\n"
        "V Lhotě dne 1. 9.\nZdeněk Pec, starosta\n",
        "Zdeněk Pec",
    ),
}


@pytest.mark.parametrize("key", sorted(DECLINED))
def test_a_declined_name_in_the_nominative_the_text_writes(key: str) -> None:
    text, person = DECLINED[key]
    x = extract(mail(body(text), sender="info@firma.example"))
    assert _value(x, "contact.person") == person


# ------------- 6. the writer who says they handle the matter ------------------------------

POA = "PLNÁ MOC\nFirma Alfa s.r.o., zastoupená jednatelem Bohumilem Pražákem, zmocňuje agenturu Beta.\nBohumil Pražák, jednatel\n"

# key: (covering text, the contact, their phone)
HANDLING: dict[str, tuple[str, str, str]] = {
    "czech_vyrizuji_ja_dash": (
        "Dobrý den,\nza klienta žádáme o XML data, plnou moc přikládám.\nVše vyřizuji já – Dana Králová, "
        "agentura Beta, tel. 777 321 654.\n\nS pozdravem\nDana Králová\n",
        "Dana Králová", "+420777321654",
    ),
    "czech_no_diacritics_vyrizuju": (
        "Dobry den,\nzadame za klienta o pristup, plna moc v priloze.\nZadost vyrizuju ja, Ota Beneš, 608 765 432.\n",
        "Ota Beneš", "+420608765432",
    ),
    "slovak_vybavujem_ja": (
        "Dobrý deň,\nv mene klienta žiadame o prístup, plnú moc prikladám.\nŽiadosť vybavujem ja: Lenka Hudecová, "
        "+421 905 654 321.\n",
        "Lenka Hudecová", "+421905654321",
    ),
    "polish_prowadze_ja": (
        "Dzień dobry,\nw imieniu klienta prosimy o dostęp, pełnomocnictwo w załączniku.\nSprawę prowadzę ja – "
        "Marta Kowalczyk, +48 601 987 654.\n",
        "Marta Kowalczyk", "+48601987654",
    ),
    "german_betreue_ich": (
        "Guten Tag,\nim Auftrag unseres Kunden beantragen wir den Zugang, die Vollmacht liegt bei.\n"
        "Den Antrag betreue ich – Felix Wagner, +49 30 5555 4321.\n",
        "Felix Wagner", "+493055554321",
    ),
    "english_i_am_handling": (
        "Hello,\non behalf of our client we request access; the power of attorney is attached.\n"
        "I am handling this request – Chloe Adams, +44 20 7946 0444.\n",
        "Chloe Adams", "+442079460444",
    ),
    "english_im_coordinating": (
        "Hi,\nattached is our client's authorisation.\nI'm coordinating the setup personally, Ryan Shaw, +44 161 496 0888.\n",
        "Ryan Shaw", "+441614960888",
    ),
    "czech_zajistuji_osobne": (
        "Dobrý den,\nžádáme v zastoupení klienta, plná moc je v příloze.\nPodání zajišťuji osobně – "
        "Tereza Malá, 739 456 123.\n",
        "Tereza Malá", "+420739456123",
    ),
}


@pytest.mark.parametrize("key", sorted(HANDLING))
def test_the_writer_handling_the_matter_is_the_contact(key: str) -> None:
    text, person, phone = HANDLING[key]
    x = extract(mail(body(text), text_file("plna_moc.txt", POA), sender="agentura@beta.example"))
    assert _value(x, "contact.person") == person
    assert _value(x, "contact.phone") == phone


# ------------- 7. the contact's phone in their own first message, quoted back -------------

# key: (reply text, the quoted original line, the contact's phone)
QUOTED_BACK: dict[str, tuple[str, str, str]] = {
    "czech_initial_signature": (
        "Dobrý den, IČO je 27082440.\nJ. Doležal", "Jiří Doležal, 603 222 111", "+420603222111",
    ),
    "czech_no_diacritics": (
        "Dobry den, ICO doplnuji: 27082440.\nM. Rehakova", "Marie Rehakova, tel. 731 000 222", "+420731000222",
    ),
    "slovak": (
        "Dobrý deň, IČO je 35757442.\nP. Mikuláš", "Pavol Mikuláš, +421 905 333 444", "+421905333444",
    ),
    "czech_phone_in_brackets": (
        "Dobrý den, doplňuji IČO 27082440.\nL. Beneš", "Lukáš Beneš (mobil 777 666 555)", "+420777666555",
    ),
    "english_reply": (
        "Hello, our company number is 27082440.\nA. Clarke", "Anna Clarke, +44 20 7946 0707", "+442079460707",
    ),
    "german_reply": (
        "Guten Tag, die IČO lautet 27082440.\nS. Braun", "Stefan Braun, +49 30 5555 9090", "+493055559090",
    ),
    "polish_reply": (
        "Dzień dobry, IČO: 27082440.\nK. Zając", "Kamil Zając, +48 601 444 555", "+48601444555",
    ),
    "czech_mobil_label": (
        "Dobrý den, posílám IČO 27082440.\nO. Kratochvíl", "Ondřej Kratochvíl, mobil 724 111 999", "+420724111999",
    ),
}


@pytest.mark.parametrize("key", sorted(QUOTED_BACK))
def test_the_contacts_phone_in_their_quoted_first_message(key: str) -> None:
    reply, original, phone = QUOTED_BACK[key]
    text = (
        f"{reply}\n\nDne 9. 9. 2026 v 8:31 podatelna napsal(a):\n> prosíme o doplnění IČO žadatele.\n>\n"
        f"> > Firma Alfa s.r.o. žádá o přístup k XML, ostrá adresa 198.51.100.5,\n"
        f"> > testovací 198.51.100.6. {original}\n"
    )
    writer = original.split(",")[0].split(" (")[0]
    x = extract(mail(body(text), sender="info@firma.example", sender_name=writer))
    assert _value(x, "contact.phone") == phone
    assert not certain(x, "contact.phone")
