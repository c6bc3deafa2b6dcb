"""A drill, fiftieth round (issue 18): the contact among several people. (a) A signature of
several people where the text names one of them, in another case, as the contact ("berte
Ondřeje Šimka z IT (viz podpis)"); (b) a vCard pasted into the text beside the sender's own
signature; (c) a table of people whose contact column holds yes/no marks with remarks ("ne
(štáb)", "yes – primary"); (d) a letter signed by a role title ("Il Direttore Generale",
"Der Geschäftsführer", "The Managing Director"), never a person, with the contact named
elsewhere. Near-miss negatives: a vCard of someone else while the writer names themselves
the contact; a table whose contact column marks nobody by a remark. Every message was
labelled by ``tests/corpus/LABELS.md`` before extraction ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import FEED, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, mail

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _mail(text: str, sender: str, name: str) -> ParsedMessage:
    return mail(body(text), subject="Přístup k výsledkům voleb", sender=sender, sender_name=name)


# (a) a signature of several people; the text names one of them in another case
CASES["cz_signature_three_mobile_e"] = (
    _mail(
        "Dobrý den,\n\nžádáme o přístup k XML s výsledky voleb. Server: 192.0.2.10.\n"
        "Jako kontaktní osobu k žádosti uveďte prosím Pavla Kozla (viz podpis), ostatní věci "
        "řeší jednatel.\n\nS pozdravem\n\n"
        "Mgr. Jiří Beran, jednatel, +420 602 111 222, beran@hornik.example\n"
        "Pavel Kozel, technik, +420 603 444 555, kozel@hornik.example\n"
        "Eva Malá, asistentka, +420 604 777 888\n\nHorník media s.r.o.\n",
        "info@hornik.example",
        "Horník media",
    ),
    label(
        FEED,
        ("Horník media s.r.o.", None, None),
        ["192.0.2.10"],
        [],
        ("Pavel Kozel", "kozel@hornik.example", "+420603444555"),
    ),
)
CASES["sk_signature_three_mobile_e"] = (
    _mail(
        "Dobrý deň,\n\nžiadame o prístup k výsledkom volieb v XML. Server: 192.0.2.20.\n"
        "Ako kontakt k žiadosti berte prosím Mareka Hrnčiara z IT (pozri podpis nižšie), "
        "ostatné vybavuje šéfredaktor.\n\nS pozdravom\n\n"
        "Ivan Lipták, šéfredaktor, +421 905 111 222, liptak@zahorie.example\n"
        "Marek Hrnčiar, správca IT, +421 905 333 444, hrnciar@zahorie.example\n"
        "Zuzana Kráľová, asistentka, +421 905 555 666\n\nZáhorie dnes s.r.o.\n",
        "redakcia@zahorie.example",
        "Redakcia Záhorie dnes",
    ),
    label(
        FEED,
        ("Záhorie dnes s.r.o.", None, None),
        ["192.0.2.20"],
        [],
        ("Marek Hrnčiar", "hrnciar@zahorie.example", "+421905333444"),
    ),
)
CASES["cz_signature_three_nemec"] = (
    _mail(
        "Dobrý den,\n\nprosíme o přístup k datovému výstupu voleb (XML), server 192.0.2.30.\n"
        "Technické dotazy a kontakt k žádosti: obracejte se na Tomáše Němce (viz podpis níže).\n\n"
        "Děkujeme\n\n"
        "Jana Horká, šéfredaktorka, +420 605 100 200, horka@vysocina.example\n"
        "Tomáš Němec, správce sítě, +420 605 300 400, nemec@vysocina.example\n"
        "Petr Vlk, grafik, +420 605 500 600\n\nVysočina dnes s.r.o.\n",
        "redakce@vysocina.example",
        "Redakce Vysočina dnes",
    ),
    label(
        FEED,
        ("Vysočina dnes s.r.o.", None, None),
        ["192.0.2.30"],
        [],
        ("Tomáš Němec", "nemec@vysocina.example", "+420605300400"),
    ),
)

# (b) a vCard pasted into the text
CASES["en_vcard3_beside_signature"] = (
    _mail(
        "Hello,\n\nRiver Media s.r.o. applies for access to the election results XML feed.\n"
        "Production: 198.51.100.10\n\nOur contact person is the head of IT, card below:\n\n"
        "BEGIN:VCARD\nVERSION:3.0\nN:Walsh;Owen;;;\nFN:Owen Walsh\nORG:River Media s.r.o.\n"
        "TEL;TYPE=WORK,VOICE:+420 777 123 456\nEMAIL;TYPE=INTERNET:walsh@rivermedia.example\n"
        "END:VCARD\n\nBest regards\nClara Dunn\noffice manager\n",
        "dunn@rivermedia.example",
        "Clara Dunn",
    ),
    label(
        FEED,
        ("River Media s.r.o.", None, None),
        ["198.51.100.10"],
        [],
        ("Owen Walsh", "walsh@rivermedia.example", "+420777123456"),
    ),
)
CASES["de_vcard_item_prefix"] = (
    _mail(
        "Sehr geehrte Damen und Herren,\n\ndie Elbtal Medien GmbH beantragt den Zugang zum "
        "XML-Dienst der Wahlergebnisse.\nProduktion: 198.51.100.20\n\n"
        "Ansprechpartner ist unser Systemadministrator, seine Visitenkarte füge ich ein:\n\n"
        "BEGIN:VCARD\nVERSION:3.0\nN:Krüger;Jonas;;;\nFN:Jonas Krüger\n"
        "item1.EMAIL;type=INTERNET;type=pref:krueger@elbtal.example\n"
        "item2.TEL;type=CELL:+49 151 2345 6789\nEND:VCARD\n\n"
        "Mit freundlichen Grüßen\nSabine Roth\nAssistenz der Geschäftsführung\n",
        "roth@elbtal.example",
        "Sabine Roth",
    ),
    label(
        FEED,
        ("Elbtal Medien GmbH", None, None),
        ["198.51.100.20"],
        [],
        ("Jonas Krüger", "krueger@elbtal.example", "+4915123456789"),
    ),
)
CASES["cz_vcard_n_only"] = (
    _mail(
        "Dobrý den,\n\nza Radio Beta s.r.o. žádám o přístup k výsledkům voleb v XML.\n"
        "Produkce: 192.0.2.40\n\nKontaktní osobou bude kolegyně, vizitka:\n\n"
        "BEGIN:VCARD\nVERSION:2.1\nN:Svobodová;Lucie\nTEL;CELL:+420731222333\n"
        "EMAIL;INTERNET:svobodova@radiobeta.example\nEND:VCARD\n\n"
        "Díky\nOndřej Král\n",
        "kral@radiobeta.example",
        "Ondřej Král",
    ),
    label(
        FEED,
        ("Radio Beta s.r.o.", None, None),
        ["192.0.2.40"],
        [],
        ("Lucie Svobodová", "svobodova@radiobeta.example", "+420731222333"),
    ),
)
# near miss: the writer is the contact; the card is someone else's, for the record
CASES["cz_vcard_but_contact_me"] = (
    _mail(
        "Dobrý den,\n\nza Radio Gama s.r.o. žádám o přístup k výsledkům voleb v XML.\n"
        "Produkce: 192.0.2.50\n\nKontaktujte prosím mě. Pro úplnost vizitka našeho ředitele:\n\n"
        "BEGIN:VCARD\nVERSION:4.0\nFN:Karel Dub\nTEL:+420601000111\n"
        "EMAIL:dub@radiogama.example\nEND:VCARD\n\n"
        "S pozdravem\nMartina Lesná\ntel. 602 333 444\n",
        "lesna@radiogama.example",
        "Martina Lesná",
    ),
    label(
        FEED,
        ("Radio Gama s.r.o.", None, None),
        ["192.0.2.50"],
        [],
        ("Martina Lesná", "lesna@radiogama.example", "+420602333444"),
    ),
)

# (c) a table of people with a contact column of marks with remarks
CASES["cz_table_marks_with_remarks"] = (
    _mail(
        "Dobrý den,\n\nDeník Jih a.s. žádá o přístup k výsledkům voleb (XML), server "
        "192.0.2.60.\n\nLidé:\n"
        "Jméno\tFunkce\tKontakt pro ČSÚ\tE-mail\tTelefon\n"
        "Jan Dvořák\tšéfredaktor\tne\tdvorak@denikjih.example\t724 100 200\n"
        "Alena Kubová\tIT\tano (hlavní)\tkubova@denikjih.example\t724 100 206\n"
        "Josef Mach\tkameraman\tne (štáb)\tmach@denikjih.example\t724 100 215\n\n"
        "Redakce Deníku Jih\n",
        "redakce@denikjih.example",
        "Redakce Deník Jih",
    ),
    label(
        FEED,
        ("Deník Jih a.s.", None, None),
        ["192.0.2.60"],
        [],
        ("Alena Kubová", "kubova@denikjih.example", "+420724100206"),
    ),
)
CASES["en_table_marks_with_remarks"] = (
    _mail(
        "Hello,\n\nNorth Star Radio s.r.o. applies for the election results XML feed, server "
        "198.51.100.30.\n\n"
        "Name | Role | Contact for CZSO | Email | Phone\n"
        "Mark Rowe | editor | no, crew | rowe@northstar.example | +420 777 100 100\n"
        "Lily Hart | sysadmin | yes - primary | hart@northstar.example | +420 777 100 101\n\n"
        "Regards\nNorth Star Radio\n",
        "office@northstar.example",
        "North Star Radio",
    ),
    label(
        FEED,
        ("North Star Radio s.r.o.", None, None),
        ["198.51.100.30"],
        [],
        ("Lily Hart", "hart@northstar.example", "+420777100101"),
    ),
)

# (d) a letter signed by a role title, the contact named elsewhere
CASES["it_direttore_referente"] = (
    _mail(
        "Egregi Signori,\n\nEco delle Valli S.r.l. chiede di poter accedere al servizio XML dei "
        "risultati elettorali.\nServer principale 203.0.113.10.\n"
        "Referente: dott.ssa Giulia Ferri, cellulare +39 347 555 1212, g.ferri@ecovalli.example.\n\n"
        "Distinti saluti\n\nIl Direttore Generale\n",
        "segreteria@ecovalli.example",
        "Segreteria",
    ),
    label(
        FEED,
        ("Eco delle Valli S.r.l.", None, None),
        ["203.0.113.10"],
        [],
        ("Giulia Ferri", "g.ferri@ecovalli.example", "+393475551212"),
    ),
)
CASES["de_geschaeftsfuehrer_ansprechpartnerin"] = (
    _mail(
        "Sehr geehrte Damen und Herren,\n\ndie Alpen Rundschau GmbH beantragt den Zugang zu den "
        "Wahlergebnissen im XML-Format.\nProduktionsserver: 203.0.113.20\n"
        "Ansprechpartnerin: Frau Dr. Petra Lang, Tel. +49 89 4411 2233, lang@alpenrundschau.example\n\n"
        "Mit freundlichen Grüßen\n\nDer Geschäftsführer\n",
        "sekretariat@alpenrundschau.example",
        "Sekretariat",
    ),
    label(
        FEED,
        ("Alpen Rundschau GmbH", None, None),
        ["203.0.113.20"],
        [],
        ("Petra Lang", "lang@alpenrundschau.example", "+498944112233"),
    ),
)
CASES["en_managing_director_contact"] = (
    _mail(
        "Dear Sir or Madam,\n\nHarbour News Ltd applies for access to the election results XML "
        "feed.\nProduction server: 203.0.113.30\n"
        "Contact person: Mr Daniel Price, +44 7700 900 123, price@harbournews.example\n\n"
        "Yours faithfully,\n\nThe Managing Director\nHarbour News Ltd\n",
        "office@harbournews.example",
        "Harbour News",
    ),
    label(
        FEED,
        ("Harbour News Ltd", None, None),
        ["203.0.113.30"],
        [],
        ("Daniel Price", "price@harbournews.example", "+447700900123"),
    ),
)

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert misses(p, want) == []
