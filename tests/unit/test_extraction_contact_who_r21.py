"""Contact person, e-mail and phone, twenty-first round (issue 18): which person is the
contact and in which form, probed in wording unlike the corpus cases.

1. A name as the object of any verb, whatever words stand between ("kontaktujte prosím
   místo něj Kamilu …"): its own endings mark the accusative, read back in the nominative.
2. A job title qualified by a capitalised word before a name ("unsere Prager
   Korrespondentin …"): title and qualifier are no part of the name.
3. A name followed by the next label of a form row ("Vyřizuje: Bc. X Y Datum: …"): the
   label is no surname.
4. The writer who first made themselves the contact hands it to a successor in the same
   sentence: the successor, with their e-mail and phone, never certain.
5. A reply saying "not me, but my colleague X" outranks the contact of the quoted original.
6. A person who will handle the matter, or to whom questions are to be directed, named in
   one sentence: that person, never certain.

Every text here is written for the test; names, firms and numbers are invented."""

from __future__ import annotations

import pytest

from intake.extraction.model import Extraction
from tests.unit.extraction_helpers import body, extract, mail, text_file


def _value(x: Extraction, key: str) -> str | None:
    f = x.fields.get(key)
    return None if f is None else str(f.value)


def _certain(x: Extraction, key: str) -> bool:
    return bool(x.fields[key].certain)


_HEAD = (
    "Dobrý den,\n\nPodřipský týdeník s.r.o., IČO 27104567, žádá o přístup k výsledkům voleb v XML.\n"
    "Produkce: 198.51.100.40\n\n"
)

# ------------- 1. a name in the accusative after any words ---------------------------------

# key: (sentence, person)
ACCUSATIVE: dict[str, tuple[str, str]] = {
    "kontaktujte_misto": (
        "Formulář uvádí Karla Brože, ten už tu není; kontaktujte tedy raději místo něho "
        "Martinu Holubovou, holubova@podripsky.example, 602 118 430.\n",
        "Martina Holubová",
    ),
    "oslovte_od_rijna": (
        "Kontakt: od října oslovujte ve všech věcech Evu Krejčovou (krejcova@podripsky.example, "
        "602 118 430).\n",
        "Eva Krejčová",
    ),
    "uvedte_jako_kontakt": (
        "Jako kontaktní osobu prosím do evidence uveďte Lucii Pokornou, "
        "pokorna@podripsky.example, tel. 602 118 430.\n",
        "Lucie Pokorná",
    ),
    "slovak_kontaktujte": (
        "Kontaktnú osobu sme zmenili: kontaktujte odteraz prosím Zuzanu Hudcovú, "
        "hudcova@podripsky.example, 602 118 430.\n",
        "Zuzana Hudcová",
    ),
    "adjective_surname": (
        "Kontaktní osobou místo mě prosím berte Jana Nového, novy@podripsky.example, "
        "602 118 430.\n",
        "Jan Nový",
    ),
    "after_a_dash": (
        "Kontakt pro technické věci – zapište si prosím Hanu Vlasákovou "
        "(vlasakova@podripsky.example, 602 118 430).\n",
        "Hana Vlasáková",
    ),
}


@pytest.mark.parametrize("key", sorted(ACCUSATIVE))
def test_a_name_in_the_accusative_is_read_in_the_nominative(key: str) -> None:
    sentence, person = ACCUSATIVE[key]
    x = extract(
        mail(
            body(_HEAD + sentence + "\nS pozdravem\nPetr Kasal\n"), sender="kasal@podripsky.example"
        )
    )
    assert _value(x, "contact.person") == person


@pytest.mark.parametrize(
    "sentence, person",
    [
        # nominative pairs stay as written: a given name in -a, a surname in -ová
        (
            "Kontaktní osobou je Kamila Jandová, jandova@podripsky.example, 602 118 430.\n",
            "Kamila Jandová",
        ),
        # a surname in -ou with a given name that is no accusative ("Lou") stays
        ("Kontakt: Lou Pernou, pernou@podripsky.example, 602 118 430\n", "Lou Pernou"),
    ],
)
def test_a_nominative_name_is_not_turned(sentence: str, person: str) -> None:
    x = extract(
        mail(
            body(_HEAD + sentence + "\nS pozdravem\nPetr Kasal\n"), sender="kasal@podripsky.example"
        )
    )
    assert _value(x, "contact.person") == person


# ------------- 2. a title qualified by a capitalised word ----------------------------------

_DE_HEAD = (
    "Sehr geehrte Damen und Herren,\n\ndie Sächsische Rundschau GmbH beantragt den Zugang zu den "
    "Wahlergebnissen im XML-Format. Server: 198.51.100.71\n\n"
)

# key: (sentence, person)
QUALIFIED: dict[str, tuple[str, str]] = {
    "wiener_korrespondent": (
        "Ihr Ansprechpartner für die Daten ist unser Wiener Korrespondent Lukas Brandt "
        "(brandt@rundschau.example, +49 351 4862 0917).\n",
        "Lukas Brandt",
    ),
    "leitende_redakteurin_wrapped": (
        "Ansprechpartnerin in allen technischen Fragen ist unsere Leitende Redakteurin Eva\n"
        "Roth (roth@rundschau.example, Tel. +49 351 4862 0917).\n",
        "Eva Roth",
    ),
    "technischer_leiter": (
        "Kontakt: unser Technischer Leiter Jonas Weber, weber@rundschau.example, "
        "+49 351 4862 0917\n",
        "Jonas Weber",
    ),
    "prager_kollegin": (
        "Bitte wenden Sie sich bei Fragen an unsere Prager Kollegin Anna Seidel "
        "(seidel@rundschau.example, +49 351 4862 0917).\n",
        "Anna Seidel",
    ),
    "dresdner_redakteurin": (
        "Zuständig ist unsere Dresdner Redakteurin Maria Keller, keller@rundschau.example, "
        "+49 351 4862 0917.\n",
        "Maria Keller",
    ),
    "english_lower_role": (
        "Please get in touch with our Vienna correspondent Paul Novak (novak@rundschau.example, "
        "+49 351 4862 0917).\n",
        "Paul Novak",
    ),
}


@pytest.mark.parametrize("key", sorted(QUALIFIED))
def test_a_qualified_title_is_no_part_of_the_name(key: str) -> None:
    sentence, person = QUALIFIED[key]
    text = _DE_HEAD + sentence + "\nMit freundlichen Grüßen\n\nJens Lüdecke\nLeitung Online\n"
    x = extract(mail(body(text), sender="luedecke@rundschau.example"))
    assert _value(x, "contact.person") == person


def test_a_three_word_name_without_a_title_stays_whole() -> None:
    text = (
        _DE_HEAD
        + "Ansprechpartnerin: Anna Maria Seidel, seidel@rundschau.example, +49 351 4862 0917\n"
    )
    x = extract(
        mail(
            body(text + "\nMit freundlichen Grüßen\nJens Lüdecke\n"),
            sender="luedecke@rundschau.example",
        )
    )
    assert _value(x, "contact.person") == "Anna Maria Seidel"


# ------------- 3. the next label of a form row after a name --------------------------------

# key: (letter, person)
ROW_LABEL: dict[str, tuple[str, str]] = {
    "vyrizuje_datum": (
        "Č. j.: MUHL/512/2025 Vyřizuje: Ing. Petr Malina Datum: 3. 9. 2025\n",
        "Petr Malina",
    ),
    "vyrizuje_oddeleni": (
        "Naše zn.: 88/2025 Vyřizuje: Mgr. Jana Horká Oddělení: kancelář starosty\n",
        "Jana Horká",
    ),
    "vybavuje_slovak": (
        "Číslo: 77/2025 Vybavuje: Bc. Ivana Kolárová Dátum: 3. 9. 2025\n",
        "Ivana Kolárová",
    ),
    "no_title_linka": (
        "Č. j.: 12/2025 Vyřizuje: Jana Kubíková Linka: 215 Datum: 3. 9. 2025\n",
        "Jana Kubíková",
    ),
    "kontaktni_osoba_email": (
        "Kontaktní osoba: Mgr. Petra Lisá E-mail: lisa@hluboka.example\n",
        "Petra Lisá",
    ),
    "english_contact_date": (
        "Ref.: 12/2025 Contact: Sarah Cole Date: 3 September 2025\n",
        "Sarah Cole",
    ),
}


@pytest.mark.parametrize("key", sorted(ROW_LABEL))
def test_the_next_label_of_a_form_row_is_no_surname(key: str) -> None:
    row, person = ROW_LABEL[key]
    letter = (
        "Město Hluboká\nMěstský úřad\n" + row + "Věc: Žádost o povolení natáčení\n"
        "Žádáme o povolení natáčení na sběrném místě dne 4. 10. 2025.\n"
        "Ing. Karel Zelený\nstarosta\n"
    )
    x = extract(
        mail(
            body("Dobrý den, v příloze žádost.\n"),
            text_file("zadost.txt", letter),
            sender="podatelna@hluboka.example",
        )
    )
    assert _value(x, "contact.person") == person


# ------------- 4. the writer hands the contact to a successor -----------------------------

# key: (sentence, signer, person, email, phone)
SUCCESSOR: dict[str, tuple[str, str, str, str, str]] = {
    "nastupce": (
        "Kontaktní osobou jsem měla být já, jenže od listopadu nastupuji jinam, takže jako kontakt "
        "prosím zapište mého nástupce Ondřeje Kříže, kriz@podripsky.example, tel. 731 204 118.\n",
        "Iva Tichá",
        "Ondřej Kříž",
        "kriz@podripsky.example",
        "+420731204118",
    ),
    "english_successor": (
        "I was going to be your contact person, but I leave the company at the end of September; "
        "please use my successor Helen Ward instead (ward@podripsky.example, +420 731 204 118).\n",
        "Mark Byrne",
        "Helen Ward",
        "ward@podripsky.example",
        "+420731204118",
    ),
    "slovak_nastupkyna": (
        "Kontaktnou osobou som mal byť ja, ale odchádzam, preto ako kontakt uveďte moju "
        "nástupkyňu Janu Kováčovú, kovacova@podripsky.example, 0905 123 456.\n",
        "Peter Baláž",
        "Jana Kováčová",
        "kovacova@podripsky.example",
        "+421905123456",
    ),
    "english_im_your_contact": (
        "I'm your contact for this, but I am leaving next month, so please note my successor "
        "Rachel Stone (stone@podripsky.example, +420 731 204 118).\n",
        "Tom Reed",
        "Rachel Stone",
        "stone@podripsky.example",
        "+420731204118",
    ),
    "budu_jen_do": (
        "Kontaktem budu já jen do konce září, potom se prosím obracejte na mého nástupce "
        "Filipa Vrbu, vrba@podripsky.example, 731 204 118.\n",
        "Iva Tichá",
        "Filip Vrba",
        "vrba@podripsky.example",
        "+420731204118",
    ),
    "prebira_nastupce": (
        "Kontaktní osobou budu já do 30. 9.; od října to po mně převezme můj nástupce Aleš Hora "
        "(hora@podripsky.example, 731 204 118).\n",
        "Iva Tichá",
        "Aleš Hora",
        "hora@podripsky.example",
        "+420731204118",
    ),
}


@pytest.mark.parametrize("key", sorted(SUCCESSOR))
def test_the_writers_successor_is_the_contact_unsure(key: str) -> None:
    sentence, signer, person, email, phone = SUCCESSOR[key]
    text = _HEAD + sentence + f"\nDíky\n{signer}\ntechnik\n"
    x = extract(mail(body(text), sender="writer@podripsky.example"))
    assert _value(x, "contact.person") == person
    assert _value(x, "contact.email") == email
    assert _value(x, "contact.phone") == phone
    assert not _certain(x, "contact.person")


def test_the_writer_staying_the_contact_is_kept() -> None:
    text = (
        _HEAD + "Kontaktní osobou jsem já, tel. 731 204 118; kolega Ondřej Kříž u nás končí.\n"
        "\nDíky\nIva Tichá\n"
    )
    x = extract(mail(body(text), sender="ticha@podripsky.example"))
    assert _value(x, "contact.person") == "Iva Tichá"


# ------------- 5. a reply: not me, but a colleague -----------------------------------------

_QUOTED = (
    "\n\n> 11. 9. 2025 v 9:02, Pavla Hrdá <hrda@podripsky.example>:\n>\n> Dobrý den,\n>\n"
    "> Podřipský týdeník s.r.o., IČO 27104567, žádá o přístup k XML.\n> Produkce: 198.51.100.40\n>\n"
    "> Kontakt: Pavla Hrdá, 572 540 118\n>\n> Pavla Hrdá\n"
)

# key: (reply, person)
NOT_ME: dict[str, tuple[str, str]] = {
    "nebudu_ja": (
        "Jeste oprava: kontaktem nebudu ja, ale kolega Marek Bílý, bily@podripsky.example, 731 660 245.\n"
        "Hrda",
        "Marek Bílý",
    ),
    "not_me": (
        "One more thing - the contact person will not be me but my colleague Marek Bily, "
        "bily@podripsky.example, +420 731 660 245.\nPavla",
        "Marek Bily",
    ),
    "namisto_me": (
        "Ještě změna: kontaktní osobou bude namísto mě kolega Marek Bílý (bily@podripsky.example, "
        "731 660 245).\nP. Hrdá",
        "Marek Bílý",
    ),
    "slovak_nebudem": (
        "Este zmena: kontaktnou osobou nebudem ja, ale kolegyna Iveta Simkova, "
        "bily@podripsky.example, 731 660 245.\nHrda",
        "Iveta Simkova",
    ),
    "uz_nie_som": (
        "Oprava: kontaktní osoba už nie som ja, ale Marek Bílý, bily@podripsky.example, 731 660 245.\nP.",
        "Marek Bílý",
    ),
    "wont_be": (
        "Correction - I won't be the contact person, it will be my colleague Marek Bily "
        "(bily@podripsky.example, +420 731 660 245).\nPavla",
        "Marek Bily",
    ),
}


@pytest.mark.parametrize("key", sorted(NOT_ME))
def test_a_reply_naming_a_colleague_outranks_the_quoted_label(key: str) -> None:
    reply, person = NOT_ME[key]
    x = extract(mail(body("Dobrý den,\n" + reply + _QUOTED), sender="hrda@podripsky.example"))
    assert _value(x, "contact.person") == person
    assert _value(x, "contact.email") == "bily@podripsky.example"


def test_a_reply_without_a_change_keeps_the_quoted_contact() -> None:
    x = extract(
        mail(
            body(
                "Dobrý den,\nještě posílám IP testu 198.51.100.41, jinak vše platí.\nHrdá" + _QUOTED
            ),
            sender="hrda@podripsky.example",
        )
    )
    assert _value(x, "contact.person") == "Pavla Hrdá"


# ------------- 6. a person who handles the matter, or whom questions go to -----------------

# key: (sentence, person)
HANDLES: dict[str, tuple[str, str]] = {
    "bude_resit": (
        "Vše technické bude za redakci řešit kolegyně z IT, Mgr. Alena Dvořáková "
        "(dvorakova@podripsky.example, 731 204 118).\n",
        "Alena Dvořáková",
    ),
    "vyresi": (
        "Případné potíže s připojením vyřeší náš správce sítě Bc. Tomáš Ryba, "
        "ryba@podripsky.example, tel. 731 204 118.\n",
        "Tomáš Ryba",
    ),
    "handles": (
        "Our systems engineer, Grace Lin (lin@podripsky.example, +420 731 204 118), handles "
        "the server side of this request.\n",
        "Grace Lin",
    ),
    "direct_questions": (
        "Kindly direct any further practical or scheduling questions to our producer, Oliver "
        "Grant (grant@podripsky.example, +420 731 204 118).\n",
        "Oliver Grant",
    ),
    "smerujte_na_ni": (
        "Za redakci se o připojení stará Ing. Věra Malá (mala@podripsky.example, 731 204 118), "
        "dotazy prosím směřujte přímo na ni.\n",
        "Věra Malá",
    ),
    "resi_externista": (
        "Připojení k serveru za nás řeší externí dodavatel, Ing. Jiří Pech (pech@podripsky.example, "
        "731 204 118).\n",
        "Jiří Pech",
    ),
}


@pytest.mark.parametrize("key", sorted(HANDLES))
def test_the_person_who_handles_the_matter_is_the_contact(key: str) -> None:
    sentence, person = HANDLES[key]
    x = extract(
        mail(
            body(_HEAD + sentence + "\nS pozdravem\nPetr Kasal\nšéfredaktor\n"),
            sender="kasal@podripsky.example",
        )
    )
    assert _value(x, "contact.person") == person
    assert not _certain(x, "contact.person")


def test_a_sentence_about_the_newsroom_handling_names_no_contact() -> None:
    text = (
        _HEAD
        + "Naše redakce řeší volební zpravodajství již dvacet let.\n\nS pozdravem\nPetr Kasal\n"
    )
    x = extract(mail(body(text), sender="kasal@podripsky.example"))
    assert _value(x, "contact.person") == "Petr Kasal"


def test_a_lower_case_verb_before_a_role_is_no_qualifier() -> None:
    """ "zkuste kolegu X" names a backup, not a qualified title: the writer stays the contact."""
    text = (
        _HEAD + "Kontakt jsem já, mobil 728 517 640. Když to nevezmu, zkuste kolegu Vojtu Šimka "
        "(731 004 219), ale žádost vyřizuju já.\n\nDíky, M. Rybová\n"
    )
    x = extract(mail(body(text), sender="rybova@podripsky.example", sender_name="Marta Rybová"))
    assert _value(x, "contact.person") != "Vojtu Šimka"
    assert _value(x, "contact.person") != "Vojta Šimek"


def test_a_handler_named_without_details_does_not_displace_the_signer() -> None:
    text = (
        _HEAD
        + "Serverovou část u nás řeší kolega Jan Dvořák.\n\nS pozdravem\nPetr Kasal\nkasal@podripsky.example\n"
    )
    x = extract(mail(body(text), sender="kasal@podripsky.example"))
    assert _value(x, "contact.person") != "Jan Dvořák" or not _certain(x, "contact.person")
