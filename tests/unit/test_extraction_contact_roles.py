"""Contact person (issue 18, eighth round), one principle per section:

- a role written in a name's own cell or right after it ("Radim Šimek (kontakt)", "Owen
  Pratt – contact") designates that person, never the person on the next line;
- a writer who names themselves the contact and gives their name there ("obracejte se na mě:
  Alena Vrbová") is the contact, before the person who signs (a statutory signer);
- the sender's name in the header written surname first ("Kolář, Ondřej") is the sender's
  name; a familiar form of a given name gives way to that full form, and a familiar form
  alone is never certain.

Every text here is written for the test, in varied wording; none is a corpus case."""

from __future__ import annotations

from intake.extraction.model import Extraction
from intake.extraction.review import Reason
from tests.unit.extraction_helpers import body as _body
from tests.unit.extraction_helpers import certain as _certain
from tests.unit.extraction_helpers import data_message, mail
from tests.unit.extraction_helpers import extract as _x
from tests.unit.extraction_helpers import text_file as _file


def _mail(body: str, *files: tuple[str, str], sender: str = "redakce@zpravy.example", name: str = "") -> Extraction:
    return _x(mail(_body(body), *(_file(n, t) for n, t in files), sender=sender, sender_name=name))


def _databox(annotation: str, *files: tuple[str, str]) -> Extraction:
    return _x(
        data_message(
            annotation, *(_file(n, t) for n, t in files), sender="k8wq2mz",
            dm_sender="Zpravodaj Poodří s.r.o.", sender_name="Zpravodaj Poodří s.r.o.",
            subject=annotation[:60],
        )
    )


def _contact(x: Extraction) -> tuple[str | None, str | None, str | None]:
    return x.contact_person, x.contact_email, x.contact_phone


# ------------------------------------------ a role in the name's own cell or after it ----


def test_czech_tab_table_marks_the_contact_in_the_second_row() -> None:
    x = _databox(
        "Žádost o natáčení",
        (
            "zadost.txt",
            "Žadatel: Zpravodaj Poodří s.r.o., IČO 27082440\nŽádáme o povolení natáčet.\n"
            "Jméno\tMobil\tE-mail\n"
            "Eva Lichá (kamera)\t731 200 301\tlicha@poodri.example\n"
            "Tomáš Beneš (kontakt)\t731 200 302\tbenes@poodri.example\n",
        ),
    )
    assert _contact(x) == ("Tomáš Beneš", "benes@poodri.example", "+420731200302")


def test_czech_tab_table_contact_first_is_not_the_next_rows_person() -> None:
    x = _databox(
        "Žádost o povolení",
        (
            "zadost.txt",
            "Žádáme o povolení k přítomnosti na přebíracím místě.\n"
            "Pracovník\tTelefon\tE-mail\n"
            "Irena Dušková (kontaktní osoba)\t604 555 101\tduskova@poodri.example\n"
            "Pavel Šrámek (fotograf)\t604 555 102\tsramek@poodri.example\n",
        ),
    )
    assert _contact(x) == ("Irena Dušková", "duskova@poodri.example", "+420604555101")


def test_english_pipe_table_with_the_role_after_a_dash() -> None:
    x = _mail(
        "Hello,\nwe ask for permission to film at the collection point.\n\n"
        "Name | Phone | Email\n"
        "Sarah Cole – camera | +420 777 300 401 | cole@northwind.example\n"
        "Owen Pratt – contact | +420 777 300 402 | pratt@northwind.example\n\n"
        "Regards,\nNorthwind Media",
    )
    assert _contact(x) == ("Owen Pratt", "pratt@northwind.example", "+420777300402")


def test_slovak_space_aligned_table_with_the_role_in_brackets() -> None:
    x = _mail(
        "Dobrý deň,\nžiadame o povolenie nakrúcať na preberacom mieste.\n\n"
        "Meno                          Telefón             E-mail\n"
        "Juraj Kmeť (kameraman)        +421 905 111 222    kmet@dolina.example\n"
        "Zuzana Hrušková (kontaktná)   +421 905 111 333    hruskova@dolina.example\n\n"
        "S pozdravom\nTV Dolina",
    )
    assert _contact(x) == ("Zuzana Hrušková", "hruskova@dolina.example", "+421905111333")


def test_czech_form_lines_without_diacritics_role_in_brackets_before_a_colon() -> None:
    x = _mail(
        "Dobry den,\nzadame o pristup k vysledkum voleb.\n"
        "Marek Tichy (kontakt): tel. 602 880 991, tichy@vltava-info.example\n"
        "Lenka Roubickova (jednatelka): tel. 602 880 992\n\nVltava info s.r.o.",
    )
    assert _contact(x) == ("Marek Tichy", "tichy@vltava-info.example", "+420602880991")


def test_a_former_contact_in_brackets_marks_nobody() -> None:
    x = _databox(
        "Žádost o natáčení",
        (
            "zadost.txt",
            "Žádáme o povolení natáčet.\n"
            "Osoba\tTelefon\tE-mail\n"
            "Jiří Kos (dříve kontakt)\t777 400 501\tkos@poodri.example\n"
            "Hana Vlčková (kontakt)\t777 400 502\tvlckova@poodri.example\n",
        ),
    )
    assert _contact(x) == ("Hana Vlčková", "vlckova@poodri.example", "+420777400502")


# ------------------------------------- the writer names themselves the contact, by name ----


def test_czech_letter_turn_to_me_with_the_name_beats_the_statutory_signer() -> None:
    x = _mail(
        "Posíláme žádost.",
        (
            "dopis.txt",
            "Vážení,\nžádáme o přístup k výsledkům voleb z adresy 198.51.100.7.\n"
            "V technických věcech se obracejte na mě: Ing. Klára Benešová, správkyně sítě, "
            "mobil 720 310 455, benesova@horacko.example.\n"
            "S úctou\nMgr. Richard Pech\njednatel",
        ),
    )
    assert _contact(x) == ("Klára Benešová", "benesova@horacko.example", "+420720310455")


def test_czech_without_diacritics_contact_me_with_a_dash() -> None:
    x = _mail(
        "Dobry den,\nzadame o pristup k vysledkum.\n"
        "Kontaktujte prosim me - Karel Novy, tel. 731 404 505.\n\n"
        "S pozdravem\nJana Horakova\njednatelka",
    )
    assert x.contact_person == "Karel Novy"
    assert x.contact_phone == "+420731404505"


def test_slovak_turn_to_me_with_the_name() -> None:
    x = _mail(
        "Dobrý deň,\nžiadame o prístup k výsledkom volieb.\n"
        "V technických veciach sa obracajte na mňa, Zuzana Kmeťová, tel. +421 905 606 707.\n\n"
        "S pozdravom\nJán Mrva\nriaditeľ",
    )
    assert x.contact_person == "Zuzana Kmeťová"
    assert x.contact_phone == "+421905606707"


def test_english_contact_me_with_the_name_in_apposition() -> None:
    x = _mail(
        "Dear Sir or Madam,\nwe apply for access to the results feed.\n"
        "For any technical questions please contact me, Daniel Reeve, at reeve@harbour.example "
        "or +420 775 808 909.\n\nYours faithfully,\nMargaret Hale\nManaging Director",
    )
    assert _contact(x) == ("Daniel Reeve", "reeve@harbour.example", "+420775808909")


def test_a_phone_wrapped_onto_the_next_line_of_the_letter() -> None:
    x = _mail(
        "V příloze žádost.",
        (
            "zadost.txt",
            "Žádáme o přístup k výsledkům.\n"
            "Ve věcech technických se obracejte na mne: Aleš Vrba, vedoucí IT, mobil 604 777\n"
            "818, vrba@podlesi.example.\nS úctou\nIng. Eva Hanzlová\npředsedkyně",
        ),
    )
    assert _contact(x) == ("Aleš Vrba", "vrba@podlesi.example", "+420604777818")


def test_the_signer_who_says_contact_me_without_a_name_stays_the_contact() -> None:
    x = _mail(
        "Dobrý den,\nžádáme o přístup k výsledkům.\nV případě dotazů se obracejte na mě, "
        "tel. 777 909 101.\n\nS pozdravem\nRoman Šafránek",
    )
    assert x.contact_person == "Roman Šafránek"


# ---------------------------------- the header's "Surname, Given" and familiar forms ------


def test_header_surname_first_gives_the_full_given_name_of_a_familiar_signature() -> None:
    x = _mail(
        "Dobrý den,\nžádáme o přístup k výsledkům.\nDíky\nKatka Veselá",
        sender="katerina.vesela@listy.example", name="Veselá, Kateřina",
    )
    assert x.contact_person == "Kateřina Veselá"
    assert not _certain(x, "contact.person")


def test_czech_without_diacritics_header_surname_first() -> None:
    x = _mail(
        "Dobry den,\nposilam zadost o pristup k vysledkum.\nVojta Kriz",
        sender="kriz@obzor.example", name="Kriz, Vojtech",
    )
    assert x.contact_person == "Vojtech Kriz"
    assert not _certain(x, "contact.person")


def test_slovak_header_surname_first() -> None:
    x = _mail(
        "Dobrý deň,\nžiadame o prístup k výsledkom.\nĎakujem\nMaťo Hudák",
        sender="hudak@vychod.example", name="Hudák, Martin",
    )
    assert x.contact_person == "Martin Hudák"


def test_english_header_surname_first() -> None:
    x = _mail(
        "Hello,\nwe would like access to the results feed.\nThanks,\nBill Turner",
        sender="w.turner@harbour.example", name="Turner, William",
    )
    assert x.contact_person == "William Turner"
    assert not _certain(x, "contact.person")


def test_a_familiar_form_alone_is_never_certain() -> None:
    x = _mail(
        "Dobrý den,\nžádáme o přístup k výsledkům.\nKontakt: Honza Dvořák, tel. 606 707 808\n",
        sender="redakce@jih.example", name="Redakce Jih",
    )
    assert x.contact_person == "Honza Dvořák"
    assert not _certain(x, "contact.person")


def test_the_same_name_surname_first_in_the_header_keeps_the_contact_certain() -> None:
    x = _mail(
        "Dobrý den,\nžádáme o přístup k výsledkům.\nKontakt: Jan Novák, tel. 606 707 809\n",
        sender="novak@jih.example", name="Novák, Jan",
    )
    assert x.contact_person == "Jan Novák"
    assert _certain(x, "contact.person")


# ------------------------------- a person written with an initial for the given name ------


def test_czech_two_liner_signed_with_an_initial() -> None:
    x = _mail(
        "Dobrý den, Jizerský občasník s.r.o. žádá o přístup k výsledkům z 198.51.100.31.\n"
        "P. Novotná, 777 123 456",
    )
    assert x.contact_person == "P. Novotná"
    assert x.contact_phone == "+420777123456"
    assert not _certain(x, "contact.person")


def test_english_contact_label_with_an_initial() -> None:
    x = _mail(
        "Hello,\nplease grant us access to the results feed from 203.0.113.41.\n"
        "Contact: R. Whitaker, +420 776 212 313\n",
    )
    assert x.contact_person == "R. Whitaker"
    assert not _certain(x, "contact.person")


def test_slovak_data_box_annotation_with_an_initial() -> None:
    x = _databox("Prístup k výsledkom, IP 192.0.2.45, kontakt M. Kováčová +421 905 313 414")
    assert x.contact_person == "M. Kováčová"
    assert not _certain(x, "contact.person")


def test_czech_without_diacritics_signature_with_an_initial() -> None:
    x = _mail(
        "Dobry den,\nzadame o pristup k vysledkum voleb z adresy 198.51.100.52.\n\n"
        "S pozdravem\nJ. Dvorak\n",
    )
    assert x.contact_person == "J. Dvorak"
    assert not _certain(x, "contact.person")


def test_attached_letter_signed_with_an_initial_and_a_role() -> None:
    x = _databox(
        "Žádost o přístup k výsledkům",
        ("zadost.txt", "Žádáme o přístup k výsledkům voleb z adresy 203.0.113.61.\n\nK. Malá, starostka\n"),
    )
    assert x.contact_person == "K. Malá"
    assert not _certain(x, "contact.person")


def test_the_full_name_elsewhere_is_preferred_to_the_initial() -> None:
    x = _mail(
        "Dobrý den,\nžádáme o přístup k výsledkům.\nKontakt: Jana Malá, tel. 602 414 515\n\n"
        "S pozdravem\nJ. Malá",
    )
    assert x.contact_person == "Jana Malá"


def test_an_initial_gives_way_to_the_full_name_of_the_header_unsure() -> None:
    x = _mail(
        "Hello,\nwe apply for the results feed from 198.51.100.71.\nBest,\nT. Brennan",
        sender="tessa.brennan@harbour.example", name="Tessa Brennan",
    )
    assert x.contact_person == "Tessa Brennan"
    assert not _certain(x, "contact.person")


# ------------------------------ a later sentence puts another contact in the first's place --


def test_slovak_new_contact_in_place_of_the_first_one() -> None:
    x = _mail(
        "Dobrý deň,\nžiadame o prístup k výsledkom.\nKontakt: Ján Novák, +421 905 111 000\n\n"
        "Zmena: kontaktnou osobou bude namiesto neho Eva Horáková, +421 905 222 333, "
        "horakova@zahorie.example.\n",
    )
    assert _contact(x) == ("Eva Horáková", "horakova@zahorie.example", "+421905222333")
    assert not _certain(x, "contact.person")


def test_czech_correction_colleague_instead_of_me() -> None:
    x = _mail(
        "Dobrý den,\nžádáme o přístup k výsledkům.\nKontaktní osoba: Pavel Dušek, 777 111 222\n"
        "Oprava: kontaktní osobou bude místo mě kolega Lukáš Vítek, 777 333 444, vitek@hornik.example.\n"
        "S pozdravem\nPavel Dušek",
    )
    assert _contact(x) == ("Lukáš Vítek", "vitek@hornik.example", "+420777333444")
    assert not _certain(x, "contact.person")


def test_czech_without_diacritics_instead_of_me() -> None:
    x = _mail(
        "Dobry den,\nzadame o pristup k vysledkum.\nKontakt: Petr Sykora, 602 100 200\n"
        "Jeste oprava - kontaktni osobou bude misto me Lucie Brabcova, 602 300 400.\n"
        "Diky\nPetr Sykora",
    )
    assert x.contact_person == "Lucie Brabcova"
    assert x.contact_phone == "+420602300400"


def test_english_contact_instead_of_me_after_the_name() -> None:
    x = _mail(
        "Hello,\nwe apply for the results feed.\nContact person: Tom Reed, +420 777 010 020\n\n"
        "Correction: the contact person will be Helen Ward instead of me, +420 777 030 040, "
        "ward@harbour.example.\n\nTom Reed",
    )
    assert _contact(x) == ("Helen Ward", "ward@harbour.example", "+420777030040")


def test_czech_in_place_of_the_named_first_contact() -> None:
    x = _mail(
        "Dobrý den,\nžádáme o přístup k výsledkům.\nKontaktní osoba: Pavel Dušek, 777 111 222\n"
        "Místo Pavla Duška bude kontaktní osobou Jana Krátká, tel. 606 500 600.\n",
    )
    assert x.contact_person == "Jana Krátká"
    assert x.contact_phone == "+420606500600"


def test_a_signer_in_place_of_someone_is_no_new_contact() -> None:
    x = _mail(
        "Dobrý den,\nžádáme o přístup k výsledkům.\nKontaktní osoba: Pavel Dušek, 777 111 222\n"
        "Žádost místo něj podepisuje Jana Krátká, jednatelka.\n",
    )
    assert x.contact_person == "Pavel Dušek"


# ------------------------- a writer asking to be contacted is the contact of their text ---


def _forward(note: str, head: str, body: str, sender: str, name: str) -> Extraction:
    return _mail(f"{note}\n\n________________________________\n{head}\n\n{body}", sender=sender, name=name)


def test_english_forward_the_forwarded_writer_asks_to_be_called() -> None:
    x = _forward(
        "Passing on our editor's application, I only handle the paperwork.\nMia",
        "From: Grace Lin <grace.lin@eastwire.example>\nSent: 3 May 2024 10:00\nSubject: results feed",
        "Hello,\nEastwire Ltd applies for the results feed from 203.0.113.90. For questions, "
        "please call me on +420 777 515 616.\n\nGrace Lin\nEditor",
        "mia.hart@eastwire.example", "Mia Hart",
    )
    assert x.contact_person == "Grace Lin"
    assert x.contact_phone == "+420777515616"
    assert not _certain(x, "contact.person")


def test_czech_forward_the_forwarded_writer_says_call_me() -> None:
    x = _forward(
        "Dobrý den, posílám dál žádost kolegy z vedení, já ji jen předávám.\nIva",
        "Od: Karel Bureš <bures@hanacke-listy.example>\nOdesláno: 3. 5. 2024 10:00\nPředmět: žádost",
        "Dobrý den,\nžádáme o přístup k výsledkům z adresy 198.51.100.95. S dotazy volejte mi "
        "na 603 717 818.\n\nKarel Bureš",
        "iva.rysava@hanacke-listy.example", "Iva Ryšavá",
    )
    assert x.contact_person == "Karel Bureš"
    assert x.contact_phone == "+420603717818"


def test_slovak_forward_the_forwarded_writer_says_contact_me() -> None:
    x = _forward(
        "Posielam ďalej žiadosť nášho šéfa, ja som len asistentka.\nLucia",
        "Od: Marek Sloboda <sloboda@dunaj-tv.example>\nOdoslané: 3. 5. 2024\nPredmet: žiadosť",
        "Dobrý deň,\nžiadame o prístup k výsledkom z adresy 192.0.2.95. V prípade otázok "
        "kontaktujte ma prosím na +421 905 919 020.\n\nMarek Sloboda",
        "lucia.kralova@dunaj-tv.example", "Lucia Králová",
    )
    assert x.contact_person == "Marek Sloboda"
    assert x.contact_phone == "+421905919020"


def test_czech_without_diacritics_forward_call_me() -> None:
    x = _forward(
        "Preposilam zadost sefa, ja jsem jen asistentka.\nOlga",
        "Od: Ales Kral <kral@sumava-info.example>\nOdeslano: 3. 5. 2024\nPredmet: zadost",
        "Dobry den,\nzadame o pristup k vysledkum z 198.51.100.99. Kdyztak volejte mi na "
        "731 121 232.\n\nAles Kral",
        "olga.fialova@sumava-info.example", "Olga Fialova",
    )
    assert x.contact_person == "Ales Kral"
    assert x.contact_phone == "+420731121232"


def test_english_forward_get_in_touch_with_me() -> None:
    x = _forward(
        "Sending this on for our bureau chief.\nTom",
        "From: Ingrid Holm <holm@fjord-news.example>\nSent: 3 May 2024\nSubject: filming",
        "Hello,\nFjord News AS asks permission to film at a collection point. Crew of two. "
        "Get in touch with me at +420 774 626 737.\n\nIngrid Holm",
        "tom.berg@fjord-news.example", "Tom Berg",
    )
    assert x.contact_person == "Ingrid Holm"
    assert x.contact_phone == "+420774626737"


def test_czech_forward_ozvete_se_mi() -> None:
    x = _forward(
        "Posílám dál, píše to naše šéfredaktorka.\nDan",
        "Od: Věra Šindelářová <sindelarova@kraj-dnes.example>\nOdesláno: 3. 5. 2024\nPředmět: žádost",
        "Dobrý den,\nžádáme o přístup k XML výsledkům z adresy 203.0.113.97. Kdyby něco, "
        "ozvěte se mi na 606 838 949.\n\nVěra Šindelářová",
        "dan.pokorny@kraj-dnes.example", "Dan Pokorný",
    )
    assert x.contact_person == "Věra Šindelářová"
    assert x.contact_phone == "+420606838949"


def test_the_writer_asking_to_be_called_beats_a_colleague_in_copy() -> None:
    x = _mail(
        "Dobrý den,\nžádáme o přístup k výsledkům. Kolegyně Jana Bílá dostává kopii.\n"
        "Ozvěte se mi prosím na 777 343 454.\n\nS pozdravem\nPetr Malý",
    )
    assert x.contact_person == "Petr Malý"
    assert x.contact_phone == "+420777343454"


def test_english_get_in_touch_with_me_beside_a_crew_member() -> None:
    x = _mail(
        "Hello,\nwe would like to film at the collection point. Our cameraman Ben Cole will "
        "attend.\nGet in touch with me at +420 775 454 565.\n\nKind regards,\nRuth Baker",
    )
    assert x.contact_person == "Ruth Baker"
    assert x.contact_phone == "+420775454565"


# ------------------- the writer's own quoted message gives the details the reply lacks ----


def _reply(new: str, quoted_head: str, quoted: str, sender: str, name: str) -> Extraction:
    body = f"{new}\n\n{quoted_head}\n" + "\n".join(f"> {ln}" for ln in quoted.split("\n"))
    return _mail(body, sender=sender, name=name)


def test_czech_reply_signed_with_initials_takes_the_phone_of_the_own_quoted_mail() -> None:
    x = _reply(
        "Doplňuji ještě záložní server 198.51.100.142.\nK.B.",
        "Dne 3. 5. 2024 v 10:00 Karel Beran <beran@orlicke.example> napsal(a):",
        "Dobrý den,\nOrlické listy s.r.o. žádají o přístup k výsledkům z 198.51.100.141.\n"
        "Karel Beran, 605 212 323",
        "beran@orlicke.example", "Karel Beran",
    )
    assert x.contact_person == "Karel Beran"
    assert x.contact_phone == "+420605212323"
    assert not _certain(x, "contact.phone")


def test_english_reply_signed_with_an_initial_takes_the_phone_of_the_own_quoted_mail() -> None:
    x = _reply(
        "One more address for testing: 203.0.113.143.\nThanks,\nJ. Doyle",
        "On Fri, 3 May 2024 at 10:00, Julia Doyle <doyle@rivermedia.example> wrote:",
        "Hello,\nRiver Media Ltd applies for the results feed from 203.0.113.142.\n"
        "Julia Doyle, +420 776 323 434",
        "doyle@rivermedia.example", "Julia Doyle",
    )
    assert x.contact_person == "Julia Doyle"
    assert x.contact_phone == "+420776323434"


def test_slovak_reply_with_initials_only() -> None:
    x = _reply(
        "Ešte jedna testovacia adresa: 192.0.2.144.\nM. K.",
        "Dňa 3. 5. 2024 o 10:00 Mária Kostková <kostkova@zemplin.example> napísal(a):",
        "Dobrý deň,\nZemplínsky týždenník s.r.o. žiada o prístup k výsledkom z 192.0.2.143.\n"
        "Mária Kostková, +421 905 434 545",
        "kostkova@zemplin.example", "Mária Kostková",
    )
    assert x.contact_phone == "+421905434545"


def test_czech_without_diacritics_reply_without_signature() -> None:
    x = _reply(
        "Jeste pridavame 198.51.100.146 jako testovaci.",
        "Dne 3. 5. 2024 v 10:00 Tomas Riha <riha@polabi.example> napsal(a):",
        "Dobry den,\nPolabsky zpravodaj s.r.o. zada o pristup k vysledkum z 198.51.100.145.\n"
        "Tomas Riha, 731 545 656",
        "riha@polabi.example", "Tomas Riha",
    )
    assert x.contact_phone == "+420731545656"


def test_a_colleagues_quoted_mail_gives_no_phone_to_the_sender() -> None:
    x = _reply(
        "Doplňuji testovací adresu 198.51.100.148.\nPetra Nová",
        "Dne 3. 5. 2024 v 10:00 Karel Beran <beran@orlicke.example> napsal(a):",
        "Dobrý den,\nOrlické listy s.r.o. žádají o přístup k výsledkům z 198.51.100.147.\n"
        "Karel Beran, 605 212 324",
        "nova@orlicke.example", "Petra Nová",
    )
    assert x.contact_phone != "+420605212324" or not _certain(x, "contact.phone")


def test_an_initial_of_another_given_name_is_not_the_quoted_writer() -> None:
    x = _reply(
        "Doplňuji testovací adresu 198.51.100.150.\nP. Beran",
        "Dne 3. 5. 2024 v 10:00 Karel Beran <beran@orlicke.example> napsal(a):",
        "Dobrý den,\nOrlické listy s.r.o. žádají o přístup k výsledkům z 198.51.100.149.\n"
        "Karel Beran, 605 212 325",
        "p.beran@orlicke.example", "",
    )
    assert x.contact_person == "P. Beran"
    assert x.contact_phone is None or not _certain(x, "contact.phone")


# --------------------- the fullest form of the writer's name in their own quoted message ----


def test_czech_reply_with_an_initial_the_quoted_own_mail_gives_the_full_name() -> None:
    x = _reply(
        "Ještě testovací 198.51.100.152.\nK. Beran",
        "Dne 3. 5. 2024 v 10:00 <redakce@orlicke.example> napsal(a):",
        "Dobrý den,\nOrlické listy s.r.o. žádají o přístup k výsledkům z 198.51.100.151.\n"
        "S pozdravem\nKarel Beran, 605 212 326",
        "redakce@orlicke.example", "",
    )
    assert x.contact_person == "Karel Beran"
    assert not _certain(x, "contact.person")
    assert x.fields["contact.person"].reason is not Reason.INITIAL_NAME


def test_english_familiar_form_the_quoted_own_mail_gives_the_full_name() -> None:
    x = _reply(
        "Adding a test address, 203.0.113.153.\nThanks,\nBill Turner",
        "On Fri, 3 May 2024 at 10:00, <desk@harbour.example> wrote:",
        "Hello,\nHarbour News Ltd applies for the results feed from 203.0.113.152.\n"
        "Regards,\nWilliam Turner",
        "desk@harbour.example", "",
    )
    assert x.contact_person == "William Turner"
    assert not _certain(x, "contact.person")


def test_slovak_familiar_form_the_quoted_own_mail_gives_the_full_name() -> None:
    x = _reply(
        "Ešte testovacia 192.0.2.154.\nĎakujem\nMaťo Hudák",
        "Dňa 3. 5. 2024 o 10:00 <redakcia@vychod.example> napísal(a):",
        "Dobrý deň,\nVýchodné noviny s.r.o. žiadajú o prístup k výsledkom z 192.0.2.153.\n"
        "S pozdravom\nMartin Hudák",
        "redakcia@vychod.example", "",
    )
    assert x.contact_person == "Martin Hudák"


def test_czech_without_diacritics_familiar_form_and_quoted_full_name() -> None:
    x = _reply(
        "Jeste testovaci 198.51.100.156.\nS pozdravem\nPepa Novotny",
        "Dne 3. 5. 2024 v 10:00 <info@polabi.example> napsal(a):",
        "Dobry den,\nPolabsky zpravodaj s.r.o. zada o pristup k vysledkum z 198.51.100.155.\n"
        "S pozdravem\nJosef Novotny",
        "info@polabi.example", "",
    )
    assert x.contact_person == "Josef Novotny"


def test_the_offices_quoted_staff_name_is_no_fuller_form() -> None:
    x = _reply(
        "Posílám doplnění: testovací 198.51.100.158.\nS pozdravem\nJ. Malá\nListy Vysočiny s.r.o.",
        "Dne 3. 5. 2024 v 10:00 <podatelna@czso.cz> napsal(a):",
        "Dobrý den, doplňte prosím testovací adresu.\nIng. Jana Malá\nČeský statistický úřad",
        "redakce@vysocina-listy.example", "",
    )
    assert x.contact_person == "J. Malá"
    assert not _certain(x, "contact.person")


def test_a_quoted_own_mail_of_another_given_name_is_no_fuller_form() -> None:
    x = _reply(
        "Ještě testovací 198.51.100.160.\nDíky\nHonza Sýkora",
        "Dne 3. 5. 2024 v 10:00 <redakce@jih.example> napsal(a):",
        "Dobrý den,\nJižní listy s.r.o. žádají o přístup k výsledkům z 198.51.100.159.\n"
        "S pozdravem\nPetr Sýkora",
        "redakce@jih.example", "",
    )
    assert x.contact_person == "Honza Sýkora"
    assert not _certain(x, "contact.person")


# ------------------- a name with its details opening a sentence inside a running line ------


def test_czech_paragraph_name_and_details_after_a_sentence() -> None:
    x = _databox(
        "Žádost",
        ("zadost.txt", "Zpravodaj Poodří s.r.o. žádá o přístup k výsledkům z 192.0.2.161. Testovat "
         "nebudeme. Marie Šebestová, jednatelka, sebestova@poodri.example, 605 111 262."),
    )
    assert _contact(x) == ("Marie Šebestová", "sebestova@poodri.example", "+420605111262")
    assert not _certain(x, "contact.person")


def test_english_paragraph_name_and_details_after_a_sentence() -> None:
    x = _databox(
        "Application",
        ("application.txt", "Finch Media Ltd applies for the results feed from 203.0.113.162. No test "
         "server. Laura Finch, editor, finch@finchmedia.example, +420 777 161 262."),
    )
    assert _contact(x) == ("Laura Finch", "finch@finchmedia.example", "+420777161262")


def test_slovak_paragraph_name_and_details_after_a_sentence() -> None:
    x = _databox(
        "Žiadosť",
        ("ziadost.txt", "Hlas Oravy s.r.o. žiada o prístup k výsledkom z 192.0.2.163. Testovať "
         "nebudeme. Ivan Kráľ, konateľ, kral@orava.example, +421 905 163 264."),
    )
    assert _contact(x) == ("Ivan Kráľ", "kral@orava.example", "+421905163264")


def test_czech_without_diacritics_after_an_exclamation_mark() -> None:
    x = _databox(
        "Zadost",
        ("zadost.txt", "Zadame o pristup k vysledkum z 198.51.100.164, diky predem! Petr Cerny, "
         "602 164 265, cerny@sever.example"),
    )
    assert _contact(x) == ("Petr Cerny", "cerny@sever.example", "+420602164265")


def test_czech_after_a_question() -> None:
    x = _databox(
        "Žádost",
        ("zadost.txt", "Žádáme o přístup z 198.51.100.165, stačí to takto? Eva Bednářová, "
         "bednarova@jih.example, 731 165 266"),
    )
    assert x.contact_person == "Eva Bednářová"


def test_an_organisation_opening_a_sentence_is_no_person() -> None:
    x = _databox(
        "Žádost",
        ("zadost.txt", "Žádáme o přístup z 198.51.100.166. Děkujeme. Redakce Sever, "
         "redakce@sever.example, 731 166 267"),
    )
    assert x.contact_person != "Redakce Sever"


# ------------------------------ a surname particle is part of the name (de, van, von …) ----


def test_english_form_contact_with_a_dutch_particle() -> None:
    x = _mail(
        "Please find the application attached.",
        ("form.txt", "Applicant\tNoord Media B.V.\nContact person\tPieter van den Berg\n"
         "E-mail\tp.vandenberg@noordmedia.example\nPhone\t+31 6 23456789\n"),
    )
    assert x.contact_person == "Pieter van den Berg"


def test_czech_label_with_a_german_particle() -> None:
    x = _mail(
        "Dobrý den,\nžádáme o přístup k výsledkům.\nKontaktní osoba: Ludwig von Hartmann, "
        "tel. +49 151 23456789\n",
    )
    assert x.contact_person == "Ludwig von Hartmann"


def test_slovak_label_with_a_portuguese_particle() -> None:
    x = _mail(
        "Dobrý deň,\nžiadame o prístup k výsledkom.\nKontaktná osoba: Maria dos Santos, "
        "santos@lusa-media.example\n",
    )
    assert x.contact_person == "Maria dos Santos"


def test_english_signature_with_an_italian_particle() -> None:
    x = _mail(
        "Hello,\nwe apply for the results feed from 203.0.113.170.\n\nBest regards,\n"
        "Giulia de Luca\nRoma Notizie S.r.l.",
    )
    assert x.contact_person == "Giulia de Luca"


def test_czech_without_diacritics_french_particle_in_a_sentence_label() -> None:
    x = _mail(
        "Dobry den,\nzadame o pristup k vysledkum.\nKontakt: Amelie de la Fontaine, "
        "fontaine@paris-info.example\n",
    )
    assert x.contact_person == "Amelie de la Fontaine"


def test_a_czech_preposition_after_a_name_is_no_particle() -> None:
    x = _mail(
        "Dobrý den,\nžádáme o přístup k výsledkům.\nKontaktní osoba: Jan Novák do Brna "
        "nejezdí, tel. 606 170 271\n",
    )
    assert x.contact_person != "Jan Novák do Brna"


# --------------- a hyphenated given name with its second part in lower case (Ji-woo) -------


def test_english_label_korean_given_name() -> None:
    x = _mail(
        "Hello,\nwe apply for the results feed.\nTechnical contact: Seo-yeon Kim, "
        "kim@campus-news.example\n\nThanks,\nMark Lowe",
    )
    assert x.contact_person == "Seo-yeon Kim"


def test_czech_label_chinese_given_name() -> None:
    x = _mail(
        "Dobrý den,\nžádáme o přístup k výsledkům.\nKontaktní osoba: Xiao-ming Chen, tel. 777 180 281\n"
        "S pozdravem\nPetra Malá",
    )
    assert x.contact_person == "Xiao-ming Chen"


def test_slovak_label_korean_given_name() -> None:
    x = _mail(
        "Dobrý deň,\nžiadame o prístup k výsledkom.\nKontaktná osoba: Min-jun Choi, +421 905 181 282\n",
    )
    assert x.contact_person == "Min-jun Choi"


def test_english_signature_korean_given_name() -> None:
    x = _mail(
        "Hello,\nplease grant us access to the results feed from 203.0.113.182.\n\nBest regards,\n"
        "Hye-jin Lee\nSeoul Data Desk",
    )
    assert x.contact_person == "Hye-jin Lee"


def test_a_table_row_with_a_korean_given_name() -> None:
    x = _mail(
        "Hello,\nwe ask to film at the collection point.\n\nName\tRole\tPhone\n"
        "Tom Grant\tcamera\t+420 777 183 284\nJi-ho Yoon\tcontact\t+420 777 183 285\n",
    )
    assert x.contact_person == "Ji-ho Yoon"


def test_a_hyphenated_word_in_lower_case_alone_is_no_name() -> None:
    x = _mail(
        "Dobrý den,\nžádáme o přístup k výsledkům.\nKontakt: Open-source Tým, info@tym.example\n"
        "S pozdravem\nKarel Vlk",
    )
    assert x.contact_person != "Open-source Tým"


def test_a_table_of_people_at_the_foot_of_a_mail_marks_the_contact() -> None:
    x = _mail(
        "Dobrý den,\nprosíme o povolení natáčet na přebíracím místě.\n\nJméno\tÚloha\tTelefon\n"
        "Ota Brázda\tkamera\t777 186 287\nIda Sýkorová\tkontakt\t777 186 288\n",
    )
    assert x.contact_person == "Ida Sýkorová"
    assert x.contact_phone == "+420777186288"


# ------------------------ a contact sentence wrapped onto the next line is one sentence -----


def _letter(text: str) -> tuple[str, str]:
    return ("zadost.txt", text)


def test_czech_set_phrase_wrapped_before_the_name() -> None:
    x = _mail(
        "Dobrý den,\nv příloze zasíláme podepsanou žádost. Kontaktní osobou pro vyřízení bude\n"
        "Ing. Tereza Horká, horka@vltava-press.example, 731 190 291.\nPodatelna Vltava Press",
        _letter("Vltava Press a.s.\nŽádáme o přístup k výsledkům z adresy 198.51.100.190.\n"
                "Ing. Robert Kolman, předseda představenstva"),
    )
    assert _contact(x) == ("Tereza Horká", "horka@vltava-press.example", "+420731190291")


def test_english_set_phrase_wrapped_before_the_name() -> None:
    x = _mail(
        "Hello,\nplease find our signed application attached. The contact person for this is\n"
        "Oliver Grant, grant@harbourline.example, +420 777 192 293.\nHarbourline front desk",
        _letter("Harbourline Ltd\nWe apply for the results feed from 203.0.113.192.\n"
                "Diana Shaw, Managing Director"),
    )
    assert _contact(x) == ("Oliver Grant", "grant@harbourline.example", "+420777192293")


def test_slovak_set_phrase_wrapped_before_the_name() -> None:
    x = _mail(
        "Dobrý deň,\nv prílohe posielame podpísanú žiadosť. Kontaktnou osobou pre vybavenie je\n"
        "Mgr. Jana Kováčiková, kovacikova@tatry-media.example, +421 905 194 295.\nSekretariát",
        _letter("Tatry Media, a.s.\nŽiadame o prístup k výsledkom z adresy 192.0.2.194.\n"
                "Ing. Peter Gallo, generálny riaditeľ"),
    )
    assert _contact(x) == ("Jana Kováčiková", "kovacikova@tatry-media.example", "+421905194295")


def test_czech_without_diacritics_wrapped_set_phrase() -> None:
    x = _mail(
        "Dobry den,\nposilame podepsanou zadost v priloze. Kontaktni osobou pro vyrizeni je\n"
        "Pavel Hruby, hruby@krkonose-info.example, 602 198 299.\nRecepce",
        _letter("Krkonose info s.r.o.\nZadame o pristup k vysledkum z adresy 198.51.100.198.\n"
                "Mgr. Libor Kana, jednatel"),
    )
    assert x.contact_person == "Pavel Hruby"


def test_czech_relative_clause_wrapped_names_the_contact_before_the_signer() -> None:
    x = _mail(
        "Dobrý den,\nžádáme o přístup k výsledkům. Technickou stránku řeší náš správce Jakub Sova, který je\n"
        "zároveň kontaktní osobou pro tuto žádost: sova@orlice.example, 608 196 297.\n\n"
        "S pozdravem\nMarta Dlouhá\nasistentka",
    )
    assert x.contact_person == "Jakub Sova"
    assert x.contact_email == "sova@orlice.example"


def test_a_sentence_that_ends_at_the_line_end_does_not_run_on() -> None:
    x = _mail(
        "Dobrý den,\nžádáme o přístup k výsledkům, kontaktní údaje níže jsou aktuální.\n"
        "Martin Novotný si převezme jen tisk.\nKontakt: Eva Šimková, 731 200 301\n",
    )
    assert x.contact_person == "Eva Šimková"


def test_last_years_contact_named_in_a_wrapped_sentence_is_none() -> None:
    x = _mail(
        "Dobrý den,\nhlásíme se znovu o přístup k výsledkům voleb, jako každý rok. Loňský kontakt\n"
        "Karel Vrána u nás už nepracuje, letos to mám na starosti já - Iveta Malá, 608 202 303.\n"
        "Díky\nIveta",
    )
    assert x.contact_person == "Iveta Malá"


# --------------- the quoted message's writer named only in its reply header ----------------


def test_czech_quoted_writer_named_in_the_reply_header_gives_the_phone() -> None:
    x = _reply(
        "Ještě doplňuji testovací 198.51.100.210.\nS pozdravem\nL. Hájek",
        "Dne 3. 5. 2024 v 10:00 Lukáš Hájek <hajek@brdy.example> napsal(a):",
        "Dobrý den,\nBrdský deník s.r.o. žádá o přístup k výsledkům z 198.51.100.209.\n"
        "Tel. 606 210 311",
        "hajek@brdy.example", "",
    )
    assert x.contact_phone == "+420606210311"
    assert not _certain(x, "contact.phone")


def test_english_quoted_writer_named_in_the_reply_header_gives_the_phone() -> None:
    x = _reply(
        "Also a test address: 203.0.113.212.\nThanks,\nN. Reyes",
        "On Fri, 3 May 2024 at 10:00, Nora Reyes <reyes@coastline.example> wrote:",
        "Hello,\nCoastline News Ltd applies for the results feed from 203.0.113.211.\n"
        "Phone: +420 777 212 313",
        "reyes@coastline.example", "",
    )
    assert x.contact_phone == "+420777212313"


def test_another_writer_in_the_reply_header_gives_no_phone() -> None:
    x = _reply(
        "Ještě doplňuji testovací 198.51.100.214.\nS pozdravem\nM. Dostál",
        "Dne 3. 5. 2024 v 10:00 Lukáš Hájek <hajek@brdy.example> napsal(a):",
        "Dobrý den,\nBrdský deník s.r.o. žádá o přístup k výsledkům z 198.51.100.213.\n"
        "Tel. 606 214 315",
        "dostal@brdy.example", "",
    )
    assert x.contact_phone is None or not _certain(x, "contact.phone")


# ------------------------------ a name written in capitals is the same name -----------------


def test_czech_capitals_closing_and_name_on_one_line() -> None:
    x = _mail(
        "DOBRY DEN,\nZADAME O PRISTUP K VYSLEDKUM Z 198.51.100.220.\nVOLEJTE 603 220 321.\n\n"
        "S POZDRAVEM MIROSLAV KUBIK, JEDNATEL",
    )
    assert x.contact_person is not None and x.contact_person.casefold() == "miroslav kubik"


def test_slovak_capitals_signature_on_its_own_line() -> None:
    x = _mail(
        "DOBRÝ DEŇ,\nŽIADAME O PRÍSTUP K VÝSLEDKOM Z 192.0.2.222.\n\nS POZDRAVOM\nĽUBOMÍR ŠTEFÁNIK",
    )
    assert x.contact_person is not None and x.contact_person.casefold() == "ľubomír štefánik"


def test_english_capitals_closing_and_name_on_one_line() -> None:
    x = _mail(
        "HELLO,\nWE APPLY FOR THE RESULTS FEED FROM 203.0.113.224.\n\nBEST REGARDS, JOHN MILLER",
    )
    assert x.contact_person is not None and x.contact_person.casefold() == "john miller"


def test_czech_capitals_name_with_a_role_after_a_dash() -> None:
    x = _mail(
        "DOBRÝ DEN,\nŽÁDÁME O PŘÍSTUP K VÝSLEDKŮM Z 198.51.100.226.\n\nS ÚCTOU\nKATEŘINA NOVÁ - REDAKTORKA",
    )
    assert x.contact_person is not None and x.contact_person.casefold() == "kateřina nová"


def test_english_capitals_signature_with_the_company_below() -> None:
    x = _mail(
        "HELLO,\nPLEASE GRANT US ACCESS FROM 203.0.113.228.\n\nKIND REGARDS\nEMILY STONE\nSTONE MEDIA LTD",
    )
    assert x.contact_person is not None and x.contact_person.casefold() == "emily stone"


def test_capitals_naming_a_newsroom_are_no_person() -> None:
    x = _mail(
        "DOBRY DEN,\nZADAME O PRISTUP K VYSLEDKUM Z 198.51.100.230.\n\nS POZDRAVEM REDAKCE DENIKU JIH",
    )
    assert x.contact_person is None or "redakce" not in x.contact_person.casefold()


# ------------- a North American number written nationally beside its country named ---------


def test_english_us_number_in_brackets_notation() -> None:
    x = _mail("Hello,\nwe apply for the results feed.\nContact: Dana Ross, (415) 555-0142 (US office)\n")
    assert x.contact_phone == "+14155550142"


def test_english_usa_number_with_dashes() -> None:
    x = _mail("Hello,\nwe apply for the results feed.\nContact: Kyle Hunt, USA mobile 646-555-0199\n")
    assert x.contact_phone == "+16465550199"


def test_czech_american_number() -> None:
    x = _mail("Dobrý den,\nžádáme o přístup.\nKontakt: Eva Kralik, americké číslo 212 555 0123\n")
    assert x.contact_phone == "+12125550123"


def test_slovak_american_number_with_dots_is_no_phone_guess() -> None:
    x = _mail("Dobrý deň,\nžiadame o prístup.\nKontakt: Ján Hric, americké číslo 212.555.0124, hric@x.example\n")
    assert x.contact_phone != "+12125550124"


def test_english_canadian_number() -> None:
    x = _mail("Hello,\nwe apply for the results feed.\nContact: Luc Gagnon, Canadian mobile (514) 555-0175\n")
    assert x.contact_phone == "+15145550175"


def test_a_czech_number_beside_the_word_us_in_lower_case_is_czech() -> None:
    x = _mail("Hello,\nplease call us.\nContact: Jan Malý, 603 555 017\n")
    assert x.contact_phone == "+420603555017"
