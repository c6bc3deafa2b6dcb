"""A drill, forty-third round (issue 18), helper r43-org: the organisation that applies.

(a) A public university's legal form written in words right after its name (", veřejná vysoká
škola", "(veřejná vysoká škola)", Slovak ", verejná vysoká škola") in a letterhead, a footer
or the box's registered name, while the data box or the text names it without: the tail is
the name's (LABELS.md). Near misses: ", Fakulta X" after the name is no part of it, nor is a
bracket that goes on ("(veřejná vysoká škola, IČO …)"); a private school with its own form
("…, a.s.") keeps that form.
(b) A document word opening the annotation, the subject or the first line ("Žádost X a.s. o
přístup", "Antrag X GmbH auf", "Wniosek X sp. z o.o. o", "Věc: Žádost X s.r.o."): never part
of the name. Near miss: a firm whose registered name opens with an English word ("Request
Media s.r.o.").
(c) A freelancer's signature whose last line is an address ("Praha 2, Vinohrady", "Wien,
Leopoldstadt"): a district is no organisation, the freelancer applies as herself. Near miss:
a signature naming an outlet after the person.

Every message was labelled by ``tests/corpus/LABELS.md`` before extraction ran on it; every
text is written for the test, names, firms, numbers and addresses invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import BOTH, FEED, REC, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, data_message, mail, text_file

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _mail(text: str, sender: str, name: str, subject: str = "Výsledky voleb - XML") -> ParsedMessage:
    return mail(body(text), subject=subject, sender=sender, sender_name=name)


def _box(annotation: str, dm_sender: str, box: str, text: str = "", name: str = "zadost.txt") -> ParsedMessage:
    files = (text_file(name, text),) if text else ()
    return data_message(annotation, *files, sender=box, dm_sender=dm_sender)


# (a) a public university's legal form in words after its name
CASES["cs_box_letterhead_tail"] = (
    _box(
        "Žádost o přístup k výsledkům voleb – katedra žurnalistiky",
        "Horácká univerzita v Jihlavě",
        "hu7jih2",
        "Horácká univerzita v Jihlavě, veřejná vysoká škola\nFakulta humanitních studií\n"
        "IČO 00601233\n\nVěc: Žádost o přístup k XML s výsledky voleb\n\n"
        "Katedra žurnalistiky žádá o přístup k výsledkům voleb ve formátu XML.\n"
        "Produkční server: 192.0.2.41\nTestovací server: 192.0.2.42\n\n"
        "Kontaktní osoba: Tomáš Řezníček, tel. 567 141 220, reznicek@huj.example\n",
    ),
    label(
        FEED,
        ("Horácká univerzita v Jihlavě, veřejná vysoká škola", "00601233", "hu7jih2"),
        ["192.0.2.41"],
        ["192.0.2.42"],
        ("Tomáš Řezníček", "reznicek@huj.example", "+420567141220"),
    ),
)
CASES["cs_box_letterhead_paren_tail"] = (
    _box(
        "Natáčení ve volební noc – studentská televize",
        "Polabská akademie v Mělníku",
        "pa3mel5",
        "Polabská akademie v Mělníku (veřejná vysoká škola)\nIČO 00471119\n\n"
        "Studentská televize naší akademie žádá o povolení natáčet na krajském pracovišti "
        "ČSÚ během zpracování výsledků voleb. O přístup k datům nežádáme.\n\n"
        "Kontakt: Adéla Horká, adela.horka@pam.example, 731 220 418\n",
    ),
    label(
        REC,
        ("Polabská akademie v Mělníku, veřejná vysoká škola", "00471119", "pa3mel5"),
        [],
        [],
        ("Adéla Horká", "adela.horka@pam.example", "+420731220418"),
    ),
)
CASES["sk_box_footer_tail"] = (
    _box(
        "Žiadosť o prístup k výsledkom volieb",
        "Podpolianska univerzita vo Zvolene",
        "pz4zvo1",
        "Dobrý deň,\n\nKatedra mediálnych štúdií žiada o prístup k výsledkom volieb vo formáte "
        "XML.\nProdukčná adresa: 198.51.100.61\nTestovacia adresa: 198.51.100.62\n\n"
        "Kontaktná osoba: Marek Chovanec, tel. +421 45 520 6110, chovanec@puz.example\n\n"
        "--\nPodpolianska univerzita vo Zvolene, verejná vysoká škola | IČO 00318205\n",
    ),
    label(
        FEED,
        ("Podpolianska univerzita vo Zvolene, verejná vysoká škola", "00318205", "pz4zvo1"),
        ["198.51.100.61"],
        ["198.51.100.62"],
        ("Marek Chovanec", "chovanec@puz.example", "+421455206110"),
    ),
)
CASES["cs_box_registered_with_tail"] = (
    _box(
        "Přístup k XML výsledkům voleb",
        "Horácká univerzita v Jihlavě, veřejná vysoká škola",
        "hu7jih2",
        "Horácká univerzita v Jihlavě\nIČO 00601233\n\n"
        "Žádáme o přístup k výsledkům voleb ve formátu XML pro volební studio fakulty.\n"
        "Ostrý provoz: 192.0.2.51\nTest: 192.0.2.52\n\n"
        "Kontakt: Ing. Lucie Bártová, bartova@huj.example, tel. 567 141 390\n",
    ),
    label(
        FEED,
        ("Horácká univerzita v Jihlavě, veřejná vysoká škola", "00601233", "hu7jih2"),
        ["192.0.2.51"],
        ["192.0.2.52"],
        ("Lucie Bártová", "bartova@huj.example", "+420567141390"),
    ),
)
CASES["cs_mail_letterhead_tail"] = (
    _mail(
        "Západočeská univerzita v Chebu, veřejná vysoká škola\nFakulta sociálních studií\n\n"
        "Dobrý den,\n\nžádáme o přístup k výsledkům voleb ve formátu XML i o povolení natáčet "
        "na pracovišti ČSÚ v Karlových Varech.\nServer: 203.0.113.81\n\n"
        "S pozdravem\nJakub Malina, tel. 354 410 227\n",
        "malina@zuc.example",
        "Jakub Malina",
    ),
    label(
        BOTH,
        ("Západočeská univerzita v Chebu, veřejná vysoká škola", None, None),
        ["203.0.113.81"],
        [],
        ("Jakub Malina", "malina@zuc.example", "+420354410227"),
    ),
)
CASES["cs_box_faculty_after_name"] = (
    _box(
        "Žádost o přístup k výsledkům voleb",
        "Horácká univerzita v Jihlavě",
        "hu7jih2",
        "Horácká univerzita v Jihlavě, Fakulta humanitních studií\nIČO 00601233\n\n"
        "Žádáme o přístup k výsledkům voleb ve formátu XML.\nProdukce: 192.0.2.61\n\n"
        "Kontakt: Petr Zedník, zednik@huj.example, 567 141 555\n",
    ),
    label(
        FEED,
        ("Horácká univerzita v Jihlavě", "00601233", "hu7jih2"),
        ["192.0.2.61"],
        [],
        ("Petr Zedník", "zednik@huj.example", "+420567141555"),
    ),
)
CASES["cs_mail_bracket_goes_on_with_ico"] = (
    _mail(
        "Dobrý den,\n\nHorácká univerzita v Jihlavě (veřejná vysoká škola, IČO 00601233) žádá "
        "o přístup k výsledkům voleb ve formátu XML pro své volební studio.\n"
        "Produkce: 203.0.113.83\n\nKontaktní osobou je Mgr. Eva Sýkorová "
        "(sykorova@huj.example, 567 141 602).\n\nS pozdravem\nEva Sýkorová\n",
        "sykorova@huj.example",
        "Eva Sýkorová",
    ),
    label(
        FEED,
        ("Horácká univerzita v Jihlavě", "00601233", None),
        ["203.0.113.83"],
        [],
        ("Eva Sýkorová", "sykorova@huj.example", "+420567141602"),
    ),
)
CASES["cs_box_private_school_own_form"] = (
    _box(
        "Žádost o přístup k XML",
        "Moravská vysoká škola médií, a.s.",
        "mv8med3",
        "Moravská vysoká škola médií, a.s., soukromá vysoká škola\nIČO 27451232\n\n"
        "Žádáme o přístup k výsledkům voleb ve formátu XML.\nProdukční IP: 198.51.100.71\n\n"
        "Kontakt: Hana Dvořáková, dvorakova@mvsm.example, tel. 545 210 118\n",
    ),
    label(
        FEED,
        ("Moravská vysoká škola médií, a.s.", "27451232", "mv8med3"),
        ["198.51.100.71"],
        [],
        ("Hana Dvořáková", "dvorakova@mvsm.example", "+420545210118"),
    ),
)

# (b) a document word opening the annotation, the subject or the first line
CASES["cs_annotation_zadost_name"] = (
    _box(
        "Žádost Jihočeská média s.r.o. o přístup k výsledkům voleb ve formátu XML",
        "Jihočeská média s.r.o.",
        "jm2cbu6",
        "Produkční server: 192.0.2.71\nTestovací server: 192.0.2.72\n"
        "Kontakt: Radka Vlková, vlkova@jcmedia.example, 602 331 814\n",
    ),
    label(
        FEED,
        ("Jihočeská média s.r.o.", None, "jm2cbu6"),
        ["192.0.2.71"],
        ["192.0.2.72"],
        ("Radka Vlková", "vlkova@jcmedia.example", "+420602331814"),
    ),
)
CASES["sk_annotation_ziadost_name"] = (
    _box(
        "Žiadosť Východné noviny, s.r.o. o prístup k výsledkom volieb a o povolenie nakrúcať",
        "Východné noviny, s.r.o.",
        "vn5kos2",
        "Produkčná IP: 198.51.100.81\n"
        "Kontakt: Peter Hudák, hudak@vychodne.example, +421 905 331 402\n",
    ),
    label(
        BOTH,
        ("Východné noviny, s.r.o.", None, "vn5kos2"),
        ["198.51.100.81"],
        [],
        ("Peter Hudák", "hudak@vychodne.example", "+421905331402"),
    ),
)
CASES["cs_vec_zadost_first_line"] = (
    _mail(
        "Věc: Žádost Krajské listy s.r.o. o přístup k výsledkům voleb\n\n"
        "Dobrý den,\n\nprosíme o přístup k XML z adresy 203.0.113.91 (test 203.0.113.92).\n\n"
        "S pozdravem\nOndřej Kříž\ntel. 777 120 334\n",
        "kriz@krajskelisty.example",
        "Ondřej Kříž",
    ),
    label(
        FEED,
        ("Krajské listy s.r.o.", None, None),
        ["203.0.113.91"],
        ["203.0.113.92"],
        ("Ondřej Kříž", "kriz@krajskelisty.example", "+420777120334"),
    ),
)
CASES["de_antrag_first_line"] = (
    _mail(
        "Antrag Lausitzer Medienhaus GmbH auf Zugang zu den Wahlergebnissen (XML)\n\n"
        "Sehr geehrte Damen und Herren,\n\nunser Server hat die Adresse 198.51.100.95.\n\n"
        "Mit freundlichen Grüßen\nKatrin Vogel\nTel. +49 355 4812 270\n",
        "vogel@lausitzer.example",
        "Katrin Vogel",
    ),
    label(
        FEED,
        ("Lausitzer Medienhaus GmbH", None, None),
        ["198.51.100.95"],
        [],
        ("Katrin Vogel", "vogel@lausitzer.example", "+493554812270"),
    ),
)
CASES["pl_wniosek_subject_box"] = (
    _box(
        "Wniosek Gazeta Cieszyńska sp. z o.o. o dostęp do wyników wyborów (XML)",
        "Gazeta Cieszyńska sp. z o.o.",
        "gc6cie4",
        "Serwer produkcyjny: 192.0.2.97\n"
        "Kontakt: Anna Wójcik, wojcik@gazetacieszynska.example, +48 33 852 1140\n",
    ),
    label(
        FEED,
        ("Gazeta Cieszyńska sp. z o.o.", None, "gc6cie4"),
        ["192.0.2.97"],
        [],
        ("Anna Wójcik", "wojcik@gazetacieszynska.example", "+48338521140"),
    ),
)
CASES["en_request_from_box"] = (
    _box(
        "Request from Danube Wire Ltd for access to the election results feed",
        "Danube Wire Ltd",
        "dw9lon3",
        "Production server: 203.0.113.97\n"
        "Contact: Oliver Grant, grant@danubewire.example, +44 20 7946 0311\n",
    ),
    label(
        FEED,
        ("Danube Wire Ltd", None, "dw9lon3"),
        ["203.0.113.97"],
        [],
        ("Oliver Grant", "grant@danubewire.example", "+442079460311"),
    ),
)
CASES["near_firm_named_request_box"] = (
    _box(
        "Request Media s.r.o. – přístup k výsledkům voleb XML",
        "Request Media s.r.o.",
        "rq4pra7",
        "Produkční server: 192.0.2.99\n"
        "Kontakt: Eva Šimková, simkova@requestmedia.example, 604 220 915\n",
    ),
    label(
        FEED,
        ("Request Media s.r.o.", None, "rq4pra7"),
        ["192.0.2.99"],
        [],
        ("Eva Šimková", "simkova@requestmedia.example", "+420604220915"),
    ),
)

# (c) an address line after a freelancer's name is no organisation
CASES["de_freelancer_prague_district"] = (
    _mail(
        "Guten Tag,\n\nich bin freie Journalistin ohne Firma und beantrage den XML-Zugang zu den "
        "Wahlergebnissen.\nProduktion: 192.0.2.111\n\n"
        "Jsem k zastižení na čísle +420 606 118 274.\n\nVielen Dank\nMaria Brandt\nPraha 2, Vinohrady\n",
        "maria.brandt@brandt-text.example",
        "Maria Brandt",
    ),
    label(
        FEED,
        ("Maria Brandt", None, None),
        ["192.0.2.111"],
        [],
        ("Maria Brandt", "maria.brandt@brandt-text.example", "+420606118274"),
    ),
)
CASES["de_freelancer_vienna_district"] = (
    _mail(
        "Grüß Gott,\n\nals freier Journalist ohne eigene Firma beantrage ich den Zugang zu den "
        "Wahlergebnissen im XML-Format. Server: 198.51.100.113\n\n"
        "Tel. +43 660 512 4470\n\nBeste Grüße\nFlorian Haider\nWien, Leopoldstadt\n",
        "haider@haider-text.example",
        "Florian Haider",
    ),
    label(
        FEED,
        ("Florian Haider", None, None),
        ["198.51.100.113"],
        [],
        ("Florian Haider", "haider@haider-text.example", "+436605124470"),
    ),
)
CASES["cs_freelancer_district_first"] = (
    _mail(
        "Dobrý den,\n\njsem novinářka na volné noze (bez firmy) a žádám o přístup k výsledkům "
        "voleb ve formátu XML z adresy 203.0.113.115.\n\nDěkuji\nKlára Hrubá\nŽabovřesky, Brno\n"
        "tel. 739 551 208\n",
        "hruba@hruba-text.example",
        "Klára Hrubá",
    ),
    label(
        FEED,
        ("Klára Hrubá", None, None),
        ["203.0.113.115"],
        [],
        ("Klára Hrubá", "hruba@hruba-text.example", "+420739551208"),
    ),
)
CASES["near_signature_outlet_after_person"] = (
    _mail(
        "Dobrý den,\n\nžádáme o přístup k výsledkům voleb ve formátu XML z adresy 192.0.2.117.\n\n"
        "S pozdravem\nPavel Kučera, Rádio Vltava Sever s.r.o.\nPraha 7, Holešovice\n"
        "tel. 720 118 365\n",
        "kucera@vltavasever.example",
        "Pavel Kučera",
    ),
    label(
        FEED,
        ("Rádio Vltava Sever s.r.o.", None, None),
        ["192.0.2.117"],
        [],
        ("Pavel Kučera", "kucera@vltavasever.example", "+420720118365"),
    ),
)

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert misses(p, want) == []
