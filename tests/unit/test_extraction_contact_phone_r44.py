"""A drill, forty-fourth round (issue 18): contact phones. (a) Foreign numbers written in
their national form with the country clear from the message: a "(0)" trunk prefix after the
country code ("+44 (0)7700 900412", "+49 (0)30 …"), or the country code in brackets after a
national number ("06 12 45 78 39 (+33)"); (b) a signature listing several people with their
phones, the text naming one of them as the contact: the contact's phone is the one beside their
name. Near misses: a company number or a date in brackets, a number of someone else named in the
same sentence. Every message was labelled by ``tests/corpus/LABELS.md`` before extraction ran on
it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import FEED, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, mail

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _mail(text: str, sender: str, name: str) -> ParsedMessage:
    return mail(body(text), subject="Election results XML access", sender=sender, sender_name=name)


def _en(org: str, ip: str, sign: str, sender: str, name: str, phone: str | None) -> None:
    CASES[f"{sender.split('@')[0]}"] = (
        _mail(
            f"Hello,\n\n{org} would like to apply for access to the election results XML.\n\n"
            f"Production server: {ip}\n\nKind regards,\n{sign}",
            sender,
            name,
        ),
        label(FEED, (org, None, None), [ip], [], (name, sender, phone)),
    )


# (a) national form with the country made clear
_en("Harbour Data Ltd", "203.0.113.11", "Emily Shaw\nHarbour Data Ltd\nM: +44 (0)7700 900412\n",
    "emily.shaw@harbour.example", "Emily Shaw", "+447700900412")
_en("Thameside Media Ltd", "203.0.113.12", "Tom Reid\nThameside Media Ltd\nT +44 (0) 20 7946 0321\n",
    "tom.reid@thameside.example", "Tom Reid", "+442079460321")
_en("Spree Daten GmbH", "203.0.113.13", "Jonas Weber\nSpree Daten GmbH\nTel. +49 (0)30 2547 7314\n",
    "j.weber@spreedaten.example", "Jonas Weber", "+493025477314")
_en("Alpen Rundfunk GmbH", "203.0.113.14", "Lena Gruber\nAlpen Rundfunk GmbH\nMobil: +43 (0)664 123 4567\n",
    "gruber@alpenrundfunk.example", "Lena Gruber", "+436641234567")
_en("Polder Nieuws B.V.", "203.0.113.15", "Sanne de Vries\nPolder Nieuws B.V.\nMob. +31 (0)6 1234 5678\n",
    "s.devries@poldernieuws.example", "Sanne de Vries", "+31612345678")
_en("Kustradio AB", "203.0.113.16", "Erik Lindqvist\nKustradio AB\nTel: +46 (0)8 410 233 57\n",
    "erik@kustradio.example", "Erik Lindqvist", "+46841023357")
_en("Rhône Info SAS", "203.0.113.17", "Claire Martin\nRhône Info SAS\nTél. : 06 12 34 56 78 (+33)\n",
    "c.martin@rhoneinfo.example", "Claire Martin", "+33612345678")
_en("Lyon Presse SARL", "203.0.113.18", "Hugo Bernard\nLyon Presse SARL\n(+33) 04 72 10 20 30\n",
    "h.bernard@lyonpresse.example", "Hugo Bernard", "+33472102030")
_en("Kent Wire Ltd", "203.0.113.19", "Amy Cole\nKent Wire Ltd\nmobile 07700 900518 (+44)\n",
    "amy.cole@kentwire.example", "Amy Cole", "+447700900518")
# near misses: brackets round what is no phone
_en("Mersey Graphics Ltd", "203.0.113.20",
    "Ian Moss\nMersey Graphics Ltd (company no. 11829043)\n+44 151 496 0732\n",
    "ian.moss@mersey.example", "Ian Moss", "+441514960732")
_en("Elbe Grafik GmbH", "203.0.113.21", "Tim Vogel\nElbe Grafik GmbH (HRB 123456, 01.02.2019)\n",
    "vogel@elbegrafik.example", "Tim Vogel", None)

# (b) a signature listing several people with their phones
CASES["cs_signature_three_people"] = (
    _mail(
        "Dobrý den,\n\njménem společnosti Labské listy s.r.o. žádám o přístup k XML s výsledky voleb. "
        "Server: 198.51.100.31.\n\nTechnicky vše zařizuji já, ale kontaktní osobou pro Vás bude "
        "kolegyně Petra Malá, která má volební noc na starosti.\n\nS pozdravem\n\n"
        "Ondřej Novák | správce sítě | +420 603 111 222\n"
        "Mgr. Petra Malá | vedoucí zpravodajství | +420 725 333 444 | mala@labske.example\n"
        "Jan Dvořák | šéfredaktor | +420 602 555 666\n",
        "novak@labske.example",
        "Ondřej Novák",
    ),
    label(FEED, ("Labské listy s.r.o.", None, None), ["198.51.100.31"], [],
          ("Petra Malá", "mala@labske.example", "+420725333444")),
)
CASES["cs_pointer_role_contacts_below"] = (
    _mail(
        "Dobrý den,\n\nžádáme o přístup k XML s výsledky voleb pro Ostravské listy a.s., server "
        "198.51.100.71.\nKontaktní osobou je náš správce sítě (kontakty níže).\n\nS pozdravem\n\n"
        "Ing. Eva Černá | ředitelka | +420 731 400 500 | cerna@ostravske.example\n"
        "Michal Kubíček | správce sítě | +420 732 600 700 | kubicek@ostravske.example\n",
        "cerna@ostravske.example",
        "Eva Černá",
    ),
    label(FEED, ("Ostravské listy a.s.", None, None), ["198.51.100.71"], [],
          ("Michal Kubíček", "kubicek@ostravske.example", "+420732600700")),
)
CASES["en_other_person_phone_in_text"] = (
    _mail(
        "Hello,\n\nFjord Radio AS asks for access to the XML results.\n\nProduction: 192.0.2.51\n\n"
        "Our reporter in Prague will be Nils Berg (+47 912 34 567); for this application please "
        "contact me.\n\nBest regards\nIngrid Solberg\nFjord Radio AS\n+47 22 33 44 55\n",
        "ingrid@fjordradio.example",
        "Ingrid Solberg",
    ),
    label(FEED, ("Fjord Radio AS", None, None), ["192.0.2.51"], [],
          ("Ingrid Solberg", "ingrid@fjordradio.example", "+4722334455")),
)
CASES["sk_signature_two_people_contact_second"] = (
    _mail(
        "Dobrý deň,\n\nžiadame o prístup k XML výsledkom volieb pre Novohradský týždenník s.r.o., "
        "server 198.51.100.41. Kontaktnou osobou je Zuzana Kováčová.\n\nS pozdravom\n\n"
        "Peter Horváth, IT, tel. +421 905 111 222\n"
        "Zuzana Kováčová, redakcia, tel. +421 907 333 444\n",
        "horvath@novohrad.example",
        "Peter Horváth",
    ),
    label(FEED, ("Novohradský týždenník s.r.o.", None, None), ["198.51.100.41"], [],
          ("Zuzana Kováčová", "horvath@novohrad.example", "+421907333444")),
)

CASES["de_reporter_phone_then_signature"] = (
    _mail(
        "Guten Tag,\n\nNordwelle Radio GmbH beantragt den Zugang zu den XML-Wahlergebnissen.\n\n"
        "Produktion: 192.0.2.61\n\nUnser Reporter in Prag ist Jonas Keller (+49 171 2345678); für "
        "diesen Antrag wenden Sie sich bitte an mich.\n\nMit freundlichen Grüßen\nMarie Hoffmann\n"
        "Technische Leitung, Nordwelle Radio GmbH\n+49 40 3012 4455\n",
        "hoffmann@nordwelle.example",
        "Marie Hoffmann",
    ),
    label(FEED, ("Nordwelle Radio GmbH", None, None), ["192.0.2.61"], [],
          ("Marie Hoffmann", "hoffmann@nordwelle.example", "+494030124455")),
)
CASES["cs_reporter_phone_then_signature"] = (
    _mail(
        "Dobrý den,\n\nžádáme o přístup k XML s výsledky voleb pro Rádio Vltava Jih s.r.o., "
        "server 192.0.2.62.\n\nNa místě bude náš reportér Tomáš Bláha (+420 731 222 333), ohledně "
        "žádosti ale pište mně.\n\nS pozdravem\nKlára Veselá\nRádio Vltava Jih s.r.o.\n"
        "+420 387 111 222\n",
        "vesela@vltavajih.example",
        "Klára Veselá",
    ),
    label(FEED, ("Rádio Vltava Jih s.r.o.", None, None), ["192.0.2.62"], [],
          ("Klára Veselá", "vesela@vltavajih.example", "+420387111222")),
)
CASES["pl_en_two_closings_producer_line"] = (
    _mail(
        "Dzień dobry!\n\nRadio Wisła Sp. z o.o. (Kraków) covers the Czech election. We would like "
        "access to the XML results server.\n\nProduction IP: 192.0.2.64\n\n"
        "Our correspondent in Prague will be Piotr Zieliński (+48 601 234 567); for this "
        "application please contact me.\n\nPozdrawiam / Best regards\nAnna Nowak\n"
        "Technical producer, Radio Wisła Sp. z o.o.\n+48 12 345 67 89\n",
        "anna.nowak@radiowisla.example",
        "Anna Nowak",
    ),
    label(FEED, ("Radio Wisła Sp. z o.o.", None, None), ["192.0.2.64"], [],
          ("Anna Nowak", "anna.nowak@radiowisla.example", "+48123456789")),
)
# near miss: the number in brackets is the writer's own
CASES["en_own_phone_beside_own_name"] = (
    _mail(
        "Hello,\n\nBaltic Wave Ltd asks for access to the XML results.\n\nProduction: 192.0.2.63\n\n"
        "For this application please contact me, Mark Hale (+44 7911 123456).\n\n"
        "Best regards\nMark Hale\nBaltic Wave Ltd\n",
        "mark.hale@balticwave.example",
        "Mark Hale",
    ),
    label(FEED, ("Baltic Wave Ltd", None, None), ["192.0.2.63"], [],
          ("Mark Hale", "mark.hale@balticwave.example", "+447911123456")),
)

XFAIL: dict[str, str] = {
    "sk_signature_two_people_contact_second": "a department word as the person's role cell "
    "('redakcia') makes the number read as the newsroom's, so no phone is given (missing, not wrong)",
}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_contact_phone_r44(p: ParsedMessage, want: Label) -> None:
    assert misses(p, want) == []
