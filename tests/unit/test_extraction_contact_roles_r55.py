"""A drill, fifty-fifth round (issue 18): whose contact details a text gives. (a) A writer who
describes their own trade with a crew word ("jsem fotografka na volné noze", "I'm a freelance
photographer", "ich bin freier Kameramann"): the number in that sentence is the writer's,
not a crew member's; near misses name a real crew member with a number of their own.
(b) An IP address whose keyboard slipped one dot to a space or a comma ("203 0.113.30",
"192.0.2,41") is no phone number; near misses keep phones written with dots. (c) A name
declined after the abbreviation "p." (pan/paní) turned back to the nominative ("na p. Aleše
Kociána"); a near miss keeps a nominative after "p.". (d) A workbook's contacts table with a
role column: the row whose role says "contact person" is the contact, not the first row; a
near miss has no such row. (e) A contact sentence naming a role and pointing to the
signature ("Kontaktní osobou je náš technik (viz podpis)") above a staff list of role-led
lines not set apart as a signature ("technik: Marek Holub, 604 …"): the one person of that
role; a near miss without the pointer sentence keeps the signer. (f) A crew list whose
bracket after one name calls that person the contact, another name after it ("Giorgos K.
(chief camera and our contact person …) and Stavros L. (sound)"). Every message was labelled by
``tests/corpus/LABELS.md`` before extraction ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.extraction.fields import phones_in
from intake.model import Component, ParsedMessage
from tests.unit.docs import xlsx_sheets
from tests.unit.drill_helpers import FEED, REC, Label, drill_params, label, misses
from tests.unit.extraction_helpers import attachment, body, mail, text_file

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _mail(text: str, sender: str, name: str, *extra: Component, subject: str = "Žádost") -> ParsedMessage:
    return mail(body(text), *extra, subject=subject, sender=sender, sender_name=name)


# (a) the writer's own trade named with a crew word
CASES["cs_nodia_photographer_self"] = (
    _mail(
        "dobry den, jsem fotografka na volne noze a chtela bych fotit volebni noc na vasem "
        "krajskem pracovisti v brne, pro par zpravodajskych webu. jen povoleni ke foceni. "
        "cislo 604 318 227\ndiky Lenka Vrabcova\n",
        "lenka.vrabcova@posta.example",
        "Lenka Vrabcova",
        subject="foceni volby",
    ),
    label(REC, ("Lenka Vrabcova", None, None), [], [], ("Lenka Vrabcova", "lenka.vrabcova@posta.example", "+420604318227")),
)
CASES["cs_cameraman_self_adjective"] = (
    _mail(
        "Dobrý den,\n\njsem nezávislý kameraman a rád bych natáčel sčítání hlasů na pracovišti "
        "v Jihlavě pro regionální zpravodajství, zastihnete mě na čísle 733 902 415.\n\n"
        "Díky\nOndřej Bureš\n",
        "bures.ondrej@mail.example",
        "Ondřej Bureš",
        subject="natáčení volby",
    ),
    label(REC, ("Ondřej Bureš", None, None), [], [], ("Ondřej Bureš", "bures.ondrej@mail.example", "+420733902415")),
)
CASES["sk_fotograf_self"] = (
    _mail(
        "Dobrý deň, som fotograf na voľnej nohe a chcel by som fotiť volebnú noc na vašom "
        "pracovisku v Českých Budějoviciach, môj telefón 0905 447 218.\nĎakujem\nMatej Kováč\n",
        "matej.kovac@foto.example",
        "Matej Kováč",
        subject="fotenie volieb",
    ),
    label(REC, ("Matej Kováč", None, None), [], [], ("Matej Kováč", "matej.kovac@foto.example", "+421905447218")),
)
CASES["en_freelance_photographer_self"] = (
    _mail(
        "Hello, I'm a freelance photographer and would like to photograph the count at your "
        "Prague office on election night for a wire agency. Best number +44 7700 900 412\n"
        "Thanks, Hannah Clarke\n",
        "hannah.clarke@photo.example",
        "Hannah Clarke",
        subject="photography permit",
    ),
    label(REC, ("Hannah Clarke", None, None), [], [], ("Hannah Clarke", "hannah.clarke@photo.example", "+447700900412")),
)
CASES["de_ich_bin_kameramann"] = (
    _mail(
        "Guten Tag, ich bin freier Kameramann und möchte in der Wahlnacht in Ihrer Prager "
        "Zentrale drehen, erreichbar unter +49 151 23456789.\nGruß Jonas Weber\n",
        "jonas.weber@film.example",
        "Jonas Weber",
        subject="Drehgenehmigung",
    ),
    label(REC, ("Jonas Weber", None, None), [], [], ("Jonas Weber", "jonas.weber@film.example", "+4915123456789")),
)
CASES["de_freiberuflicher_fotograf"] = (
    _mail(
        "Hallo, ich bin freiberuflicher Fotograf und möchte am Wahlabend in Brünn fotografieren, "
        "Handy +49 160 5512873.\nViele Grüße, Lukas Brandt\n",
        "lukas.brandt@bild.example",
        "Lukas Brandt",
        subject="Fotografieren am Wahlabend",
    ),
    label(REC, ("Lukas Brandt", None, None), [], [], ("Lukas Brandt", "lukas.brandt@bild.example", "+491605512873")),
)
CASES["pl_jestem_fotografem"] = (
    _mail(
        "Dzień dobry, jestem fotografem i chciałbym fotografować noc wyborczą w Waszym biurze "
        "w Ostrawie, mój telefon +48 601 234 567.\nPozdrawiam, Piotr Nowak\n",
        "piotr.nowak@foto.example",
        "Piotr Nowak",
        subject="zgoda na zdjęcia",
    ),
    label(REC, ("Piotr Nowak", None, None), [], [], ("Piotr Nowak", "piotr.nowak@foto.example", "+48601234567")),
)
CASES["cs_near_miss_crew_member_named_number"] = (
    _mail(
        "Dobrý den,\n\njsem produkční TV Vysočina a žádám o povolení natáčet na pracovišti v "
        "Jihlavě. Natáčet bude náš kameraman Pavel Růžička, tel. 604 118 230.\n\n"
        "Kontakt na mě: 777 205 914\n\nKlára Dvořáková\nTV Vysočina s.r.o.\n",
        "dvorakova@tvvysocina.example",
        "Klára Dvořáková",
        subject="natáčení volby",
    ),
    label(REC, ("TV Vysočina s.r.o.", None, None), [], [], ("Klára Dvořáková", "dvorakova@tvvysocina.example", "+420777205914")),
)

# (b) an IP address with one slipped separator is no phone
CASES["cs_space_slip_test_ip"] = (
    _mail(
        "Dobry den, za Hanacky denik s.r.o. bychom chteli XML s vysledky.\n"
        "produkcni ip 203.0.113.20\ntestovaci 203 0.113.34\nkontakt ja, 731 552 908\n\n"
        "Radek Vlček\nHanácký deník s.r.o.\n",
        "vlcek@hanackydenik.example",
        "Radek Vlček",
    ),
    label(FEED, ("Hanácký deník s.r.o.", None, None), ["203.0.113.20"], ["203.0.113.34"],
          ("Radek Vlček", "vlcek@hanackydenik.example", "+420731552908")),
)
CASES["cs_comma_slip_prod_ip"] = (
    _mail(
        "Dobrý den,\nprosíme o přístup k výsledkům voleb.\nprodukce: 192.0.2,41\n"
        "test: 192.0.2.42\n\nS pozdravem\nJana Řezníčková\nRádio Podluží s.r.o.\ntel. 602 117 483\n",
        "reznickova@radiopodluzi.example",
        "Jana Řezníčková",
    ),
    label(FEED, ("Rádio Podluží s.r.o.", None, None), ["203.0.113.52"], ["203.0.113.53"],
          ("Jana Řezníčková", "reznickova@radiopodluzi.example", "+420602117483")),
)
CASES["cs_near_miss_phone_with_dots"] = (
    _mail(
        "Dobrý den,\nžádáme o přístup k XML s výsledky voleb.\nprodukční adresa 203.0.113.60\n\n"
        "S pozdravem\nMilan Kopecký\nZnojemský týden s.r.o.\ntel. +420 605.771.204\n",
        "kopecky@znojemskytyden.example",
        "Milan Kopecký",
    ),
    label(FEED, ("Znojemský týden s.r.o.", None, None), ["203.0.113.60"], [],
          ("Milan Kopecký", "kopecky@znojemskytyden.example", "+420605771204")),
)
CASES["cs_near_miss_landline_dots"] = (
    _mail(
        "Dobrý den,\nžádáme o přístup k výsledkům voleb z adresy 203.0.113.61.\n\n"
        "Eva Malá\nPražský kurýr s.r.o.\ntel. 224.235.113\n",
        "mala@prazskykuryr.example",
        "Eva Malá",
    ),
    label(FEED, ("Pražský kurýr s.r.o.", None, None), ["203.0.113.61"], [],
          ("Eva Malá", "mala@prazskykuryr.example", "+420224235113")),
)

# (c) a declined name after "p."
CASES["cs_p_abbrev_accusative_masc"] = (
    _mail(
        "Dobrý den,\n\nv příloze zasíláme žádost.\n\nSekretariát\n",
        "sekretariat@tvbrdy.example",
        "Sekretariát TV Brdy",
        text_file(
            "zadost.txt",
            "Žádost o přístup k serveru s výsledky voleb\n\nŽádáme o přístup pro adresu "
            "198.51.100.70. Technické otázky prosím směřujte na p. Vojtěcha Štěpánka "
            "(stepanek@tvbrdy.example, 318 624 117), který je kontaktní osobou.\n\n"
            "S pozdravem\nIng. Karel Malý\nředitel\nTV Brdy a.s.\ntel. 318 624 100\n",
        ),
    ),
    label(FEED, ("TV Brdy a.s.", None, None), ["198.51.100.70"], [],
          ("Vojtěch Štěpánek", "stepanek@tvbrdy.example", "+420318624117")),
)
CASES["cs_p_abbrev_accusative_fem"] = (
    _mail(
        "Dobrý den,\nžádáme o přístup k výsledkům voleb pro adresu 198.51.100.72. "
        "Kontaktujte prosím p. Lucii Markovou (markova@listyhane.example, 605 339 271).\n\n"
        "S pozdravem\nPetr Zelený\njednatel, Listy Hané s.r.o.\n",
        "zeleny@listyhane.example",
        "Petr Zelený",
    ),
    label(FEED, ("Listy Hané s.r.o.", None, None), ["198.51.100.72"], [],
          ("Lucie Marková", "markova@listyhane.example", "+420605339271")),
)
CASES["cs_p_abbrev_instrumental"] = (
    _mail(
        "Dobrý den,\nžádáme o přístup k výsledkům voleb pro adresu 198.51.100.76. "
        "Technické podrobnosti prosím řešte s p. Kamilem Novotným (novotny@jablonecko.example, "
        "731 228 409).\n\nS pozdravem\nHana Veselá\nJablonecko dnes s.r.o.\n",
        "vesela@jablonecko.example",
        "Hana Veselá",
    ),
    label(FEED, ("Jablonecko dnes s.r.o.", None, None), ["198.51.100.76"], [],
          ("Kamil Novotný", "novotny@jablonecko.example", "+420731228409")),
)
CASES["cs_near_miss_p_nominative"] = (
    _mail(
        "Dobrý den,\nžádáme o přístup k výsledkům voleb pro adresu 198.51.100.74. "
        "Kontaktní osobou je p. Tomáš Janda (janda@tydenik-kutna.example, 604 552 718).\n\n"
        "S pozdravem\nIva Horká\nTýdeník Kutná s.r.o.\n",
        "horka@tydenik-kutna.example",
        "Iva Horká",
    ),
    label(FEED, ("Týdeník Kutná s.r.o.", None, None), ["198.51.100.74"], [],
          ("Tomáš Janda", "janda@tydenik-kutna.example", "+420604552718")),
)



# (d) a contacts table with a role column
def _workbook(org: str, ico: str, ip: str, contacts: list[list[str]], heading: str = "Kontakty") -> Component:
    return attachment(
        "zadost.xlsx",
        xlsx_sheets(
            [
                ("Žadatel", [["Název", org], ["IČO", ico], ["Žádáme o", "přístup k XML s výsledky voleb"]]),
                ("IP", [["Typ", "Adresa"], ["produkce", ip]]),
                (heading, [[heading], *contacts]),
            ]
        ),
    )


CASES["cs_xlsx_role_column_second_row"] = (
    mail(
        body("Dobrý den,\n\nžádost posíláme v tabulce v příloze.\n"),
        _workbook(
            "Rádio Haná s.r.o.", "25596641", "198.51.100.180",
            [
                ["Příjmení a jméno", "Role", "E-mail", "Telefon"],
                ["Kratochvíl Petr", "jednatel", "kratochvil@radiohana.example", "585 220 100"],
                ["Šimková Lenka", "kontaktní osoba", "simkova@radiohana.example", "731 440 218"],
            ],
        ),
        subject="Žádost o XML",
        sender="kratochvil@radiohana.example",
        sender_name="",
    ),
    label(FEED, ("Rádio Haná s.r.o.", "25596641", None), ["198.51.100.180"], [],
          ("Lenka Šimková", "simkova@radiohana.example", "+420731440218")),
)
CASES["sk_xlsx_funkcia_third_row"] = (
    mail(
        body("Dobrý deň,\n\nžiadosť je v prílohe.\n"),
        _workbook(
            "Rádio Tatry s.r.o.", "36518247", "198.51.100.182",
            [
                ["Meno", "Funkcia", "E-mail", "Telefón"],
                ["Peter Kováč", "konateľ", "kovac@radiotatry.example", "+421 2 5441 2200"],
                ["Ivan Baláž", "technik", "balaz@radiotatry.example", "+421 905 118 220"],
                ["Zuzana Hudecová", "kontaktná osoba pre žiadosť", "hudecova@radiotatry.example", "+421 905 331 742"],
            ],
            heading="Kontakty",
        ),
        subject="Žiadosť o XML",
        sender="kovac@radiotatry.example",
    ),
    label(FEED, ("Rádio Tatry s.r.o.", "36518247", None), ["198.51.100.182"], [],
          ("Zuzana Hudecová", "hudecova@radiotatry.example", "+421905331742")),
)
CASES["en_xlsx_role_column_contact_person"] = (
    mail(
        body("Hello,\n\nplease find our application attached.\n"),
        _workbook(
            "Riverside Media Ltd", "", "203.0.113.120",
            [
                ["Name", "Role", "Email", "Phone"],
                ["Owen Price", "editor", "price@riverside.example", "+44 117 496 0100"],
                ["Megan Hughes", "contact person", "hughes@riverside.example", "+44 7700 900 611"],
            ],
            heading="Contacts",
        ),
        subject="XML results access",
        sender="price@riverside.example",
    ),
    label(FEED, ("Riverside Media Ltd", None, None), ["203.0.113.120"], [],
          ("Megan Hughes", "hughes@riverside.example", "+447700900611")),
)
CASES["de_xlsx_rolle_ansprechpartnerin"] = (
    mail(
        body("Guten Tag,\n\nanbei unser Antrag.\n"),
        _workbook(
            "Oberpfalz Medien GmbH", "", "203.0.113.124",
            [
                ["Name", "Rolle", "E-Mail", "Telefon"],
                ["Jonas Weber", "Kameramann", "weber@opf-medien.example", "+49 151 23456700"],
                ["Anna Lehmann", "Ansprechpartnerin", "lehmann@opf-medien.example", "+49 160 5512801"],
            ],
            heading="Kontakte",
        ),
        subject="Antrag XML",
        sender="weber@opf-medien.example",
    ),
    label(FEED, ("Oberpfalz Medien GmbH", None, None), ["203.0.113.124"], [],
          ("Anna Lehmann", "lehmann@opf-medien.example", "+4916055128 01".replace(" ", ""))),
)



# (e) a role pointer into a role-led staff list
CASES["cs_role_pointer_staff_list"] = (
    _mail(
        "Dobrý den,\n\nTáborský týden s.r.o. žádá o přístup k výsledkům voleb v XML z adresy "
        "192.0.2.181.\nKontaktní osobou je náš správce sítě (viz podpis).\n\nPavla Křížová\n\n"
        "Táborský týden s.r.o.\njednatelka: Pavla Křížová, 381 252 100\n"
        "správce sítě: Roman Bednář, 606 418 273, bednar@taborskytyden.example\n"
        "inzerce: Eva Straková, 381 252 140\n",
        "krizova@taborskytyden.example",
        "Pavla Křížová",
    ),
    label(FEED, ("Táborský týden s.r.o.", None, None), ["192.0.2.181"], [],
          ("Roman Bednář", "bednar@taborskytyden.example", "+420606418273")),
)
CASES["en_role_pointer_see_signature"] = (
    _mail(
        "Hello,\n\nNorthside News Ltd asks for access to the XML results from 203.0.113.140.\n"
        "Our contact for this is the webmaster, see the signature.\n\nBest regards\nAnna Green\n\n"
        "Northside News Ltd\neditor: Anna Green, +44 161 496 0100\n"
        "webmaster: Tom Hale, +44 7700 900 733, hale@northside.example\n",
        "green@northside.example",
        "Anna Green",
    ),
    label(FEED, ("Northside News Ltd", None, None), ["203.0.113.140"], [],
          ("Tom Hale", "hale@northside.example", "+447700900733")),
)
CASES["de_role_pointer_siehe_signatur"] = (
    _mail(
        "Guten Tag,\n\ndie Oberpfalz Medien GmbH beantragt den Zugang zu den XML-Ergebnissen "
        "von 203.0.113.150.\nAnsprechpartner ist unser Techniker (siehe Signatur).\n\n"
        "Mit freundlichen Grüßen\nKatrin Maier\n\nOberpfalz Medien GmbH\n"
        "Geschäftsführerin: Katrin Maier, +49 941 5566 100\n"
        "Techniker: Florian Huber, +49 151 4433 2211, huber@opf-medien.example\n",
        "maier@opf-medien.example",
        "Katrin Maier",
    ),
    label(FEED, ("Oberpfalz Medien GmbH", None, None), ["203.0.113.150"], [],
          ("Florian Huber", "huber@opf-medien.example", "+4915144332211")),
)
CASES["sk_role_pointer_pozri_podpis"] = (
    _mail(
        "Dobrý deň,\n\nZáhorský hlas s.r.o. žiada o prístup k výsledkom volieb z adresy "
        "192.0.2.190.\nKontaktnou osobou je náš technik, pozri podpis.\n\nMarek Hudák\n\n"
        "Záhorský hlas s.r.o.\nkonateľ: Marek Hudák, +421 34 651 2200\n"
        "technik: Juraj Bednárik, +421 905 221 874, bednarik@zahorskyhlas.example\n",
        "hudak@zahorskyhlas.example",
        "Marek Hudák",
    ),
    label(FEED, ("Záhorský hlas s.r.o.", None, None), ["192.0.2.190"], [],
          ("Juraj Bednárik", "bednarik@zahorskyhlas.example", "+421905221874")),
)
CASES["cs_near_miss_staff_list_no_pointer"] = (
    _mail(
        "Dobrý den,\n\nTáborský týden s.r.o. žádá o přístup k výsledkům voleb v XML z adresy "
        "192.0.2.183.\n\nPavla Křížová\n\n"
        "Táborský týden s.r.o.\njednatelka: Pavla Křížová, 381 252 100\n"
        "redaktor: Roman Bednář, 606 418 273, bednar@taborskytyden.example\n",
        "krizova@taborskytyden.example",
        "Pavla Křížová",
    ),
    label(FEED, ("Táborský týden s.r.o.", None, None), ["192.0.2.183"], [],
          ("Pavla Křížová", "krizova@taborskytyden.example", "+420381252100")),
)



# (f) a crew list: the bracket names the contact, not the nearest name
CASES["en_crew_bracket_contact_first"] = (
    _mail(
        "Hello,\n\nAegean Vision S.A. kindly asks for permission to film at your results centre "
        "on election night. We do not need the XML results.\n\n"
        "Crew: Nikos Papadakis (camera and our contact person for this request, +30 697 118 2244, "
        "n.papadakis@aegeanvision.example) and Dimitris Alexiou (sound).\n\n"
        "Kind regards,\nMaria Georgiou\nProducer, Aegean Vision S.A.\n",
        "m.georgiou@aegeanvision.example",
        "Maria Georgiou",
        subject="Filming permit",
    ),
    label(REC, ("Aegean Vision S.A.", None, None), [], [],
          ("Nikos Papadakis", "n.papadakis@aegeanvision.example", "+306971182244")),
)
CASES["cs_crew_bracket_contact_first"] = (
    _mail(
        "Dobrý den,\n\nTV Podještědí s.r.o. žádá o povolení natáčet na pracovišti v Liberci, "
        "XML nepotřebujeme.\n\nŠtáb: Jana Horáková (redaktorka a kontaktní osoba pro tuto žádost, "
        "604 228 119, horakova@tvpodjestedi.example) a Martin Kučera (kamera).\n\n"
        "S pozdravem\nPavel Říha\nředitel, TV Podještědí s.r.o.\n",
        "riha@tvpodjestedi.example",
        "Pavel Říha",
        subject="natáčení",
    ),
    label(REC, ("TV Podještědí s.r.o.", None, None), [], [],
          ("Jana Horáková", "horakova@tvpodjestedi.example", "+420604228119")),
)
CASES["de_crew_bracket_ansprechpartner_first"] = (
    _mail(
        "Guten Tag,\n\ndie Oberpfalz Medien GmbH bittet um eine Drehgenehmigung für die "
        "Wahlnacht, XML brauchen wir nicht.\n\nTeam: Lukas Brandt (Kamera und Ansprechpartner für "
        "diesen Antrag, +49 160 5512 873, brandt@opf-medien.example) und Jonas Weber (Ton).\n\n"
        "Mit freundlichen Grüßen\nKatrin Maier\nOberpfalz Medien GmbH\n",
        "maier@opf-medien.example",
        "Katrin Maier",
        subject="Drehgenehmigung",
    ),
    label(REC, ("Oberpfalz Medien GmbH", None, None), [], [],
          ("Lukas Brandt", "brandt@opf-medien.example", "+491605512873")),
)

XFAIL: dict[str, str] = {
    "de_ich_bin_kameramann": "a capitalised German noun pair ('Ihrer Prager Zentrale') reads as "
    "another person's name before the number, which is then set aside as theirs",
    "cs_comma_slip_prod_ip": "an IP address with a dot slipped to a comma is not read as an "
    "address (the ips rules' class); the phone is right",
}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert misses(p, want) == []


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("testovaci 203 0.113.30", []),
        ("produkcni ip 203.0.113,17 a 203.0.113.18", []),
        ("test: 198.51.100 7, tel. 731 552 908", ["+420731552908"]),
        ("tel. +420 605.771.204", ["+420605771204"]),
        ("tel. 224.235.113", ["+420224235113"]),
        ("kontakt ja, 605 771 204", ["+420605771204"]),
    ],
)
def test_slipped_ip_is_no_phone(line: str, want: list[str]) -> None:
    assert [num for _, num in phones_in(line)] == want
