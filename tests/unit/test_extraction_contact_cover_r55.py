"""A drill, fifty-fifth round (issue 18), the contact's second pass. (a) A staff list closing
a letter, one "role: Name, phone, e-mail" line a person, with no contact sentence: a job title
("správce sítě", "network administrator", "administrátor webu", "Administrator") does not
name a contact, so the contact is the signer (``tests/corpus/LABELS.md``); near misses write a
real contact label on one of the lines ("Technický kontakt: …", "Kontakt (správce sítě): …",
"Ansprechpartner Technik: …") or point at a role from a contact sentence.

Every message was labelled by ``tests/corpus/LABELS.md`` before extraction ran on it; every
text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import Component, ParsedMessage
from tests.unit.drill_helpers import FEED, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, mail

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _mail(text: str, sender: str, name: str, *extra: Component, subject: str = "Žádost") -> ParsedMessage:
    return mail(body(text), *extra, subject=subject, sender=sender, sender_name=name)


# (a) a staff list of job titles, no contact named: the signer
CASES["cs_spravce_site_staff_list"] = (
    _mail(
        "Dobrý den,\n\nPísecký deník s.r.o. žádá o přístup k výsledkům voleb v XML z adresy "
        "192.0.2.61.\n\nS pozdravem\nMiroslava Černá\n\nPísecký deník s.r.o.\n"
        "jednatelka: Miroslava Černá, 382 214 100\n"
        "správce sítě: Aleš Vondra, 603 218 447, vondra@piseckydenik.example\n",
        "cerna@piseckydenik.example",
        "Miroslava Černá",
    ),
    label(FEED, ("Písecký deník s.r.o.", None, None), ["192.0.2.61"], [],
          ("Miroslava Černá", "cerna@piseckydenik.example", "+420382214100")),
)
CASES["cs_spravkyne_site_first_line"] = (
    _mail(
        "Dobry den,\nprosime o pristup k XML s vysledky voleb pro adresu 192.0.2.62.\n\n"
        "Dekuji\nOndrej Kalina\n\nRadio Brdy s.r.o.\n"
        "spravkyne site: Lucie Pokorna, 731 905 118, pokorna@radiobrdy.example\n"
        "reditel: Ondrej Kalina, 318 600 200\n",
        "kalina@radiobrdy.example",
        "Ondrej Kalina",
    ),
    label(FEED, ("Radio Brdy s.r.o.", None, None), ["192.0.2.62"], [],
          ("Ondrej Kalina", "kalina@radiobrdy.example", "+420318600200")),
)
CASES["cs_administrator_webu_dash_signature"] = (
    _mail(
        "Dobrý den,\n\nžádáme o přístup k výsledkům voleb v XML, produkční adresa 198.51.100.63.\n\n"
        "Děkuji\nKarel Šťastný\n\n-- \nZlínské noviny a.s.\nšéfredaktor: Karel Šťastný, 577 120 300\n"
        "administrátor webu: Petr Zítek, 605 772 139, zitek@zlinskenoviny.example\n"
        "inzerce: Dana Holá, 577 120 340\n",
        "stastny@zlinskenoviny.example",
        "Karel Šťastný",
    ),
    label(FEED, ("Zlínské noviny a.s.", None, None), ["198.51.100.63"], [],
          ("Karel Šťastný", "stastny@zlinskenoviny.example", "+420577120300")),
)
CASES["cs_spravce_it_tabs"] = (
    _mail(
        "Dobrý den,\nžádáme o přístup k XML s výsledky voleb z adresy 198.51.100.64.\n\n"
        "Jana Nováková\nOrlický týdeník s.r.o.\n"
        "ředitelka:\tJana Nováková, 494 320 111\n"
        "správce IT:\tMarek Pešek, 736 118 204, pesek@orlickytydenik.example\n",
        "novakova@orlickytydenik.example",
        "Jana Nováková",
    ),
    label(FEED, ("Orlický týdeník s.r.o.", None, None), ["198.51.100.64"], [],
          ("Jana Nováková", "novakova@orlickytydenik.example", "+420494320111")),
)
CASES["sk_spravca_siete"] = (
    _mail(
        "Dobrý deň,\n\nžiadame o prístup k výsledkom volieb v XML z adresy 192.0.2.65.\n\n"
        "S pozdravom\nZuzana Hudecová\n\nPovažský hlas s.r.o.\nkonateľka: Zuzana Hudecová, +421 42 432 1100\n"
        "správca siete: Ivan Baláž, +421 905 118 220, balaz@povazskyhlas.example\n",
        "hudecova@povazskyhlas.example",
        "Zuzana Hudecová",
    ),
    label(FEED, ("Považský hlas s.r.o.", None, None), ["192.0.2.65"], [],
          ("Zuzana Hudecová", "hudecova@povazskyhlas.example", "+421424321100")),
)
CASES["en_network_administrator"] = (
    _mail(
        "Hello,\n\nHarbour Radio Ltd asks for access to the XML election results from 203.0.113.66.\n\n"
        "Kind regards\nSarah Mills\n\nHarbour Radio Ltd\nManaging editor: Sarah Mills, +44 117 496 0200\n"
        "Network administrator: Daniel Frost, +44 7700 900 215, frost@harbourradio.example\n",
        "mills@harbourradio.example",
        "Sarah Mills",
    ),
    label(FEED, ("Harbour Radio Ltd", None, None), ["203.0.113.66"], [],
          ("Sarah Mills", "mills@harbourradio.example", "+441174960200")),
)
CASES["en_it_administrator_webmaster"] = (
    _mail(
        "Hi,\nwe'd like access to the XML results feed, production IP 203.0.113.67.\n\n"
        "Thanks\nPaul Young\n\nLakeside Weekly Ltd\neditor: Paul Young, +44 161 496 0311\n"
        "IT administrator: Grace Lee, +44 7700 900 512, lee@lakesideweekly.example\n"
        "webmaster: Ian Ross, +44 7700 900 513, ross@lakesideweekly.example\n",
        "young@lakesideweekly.example",
        "Paul Young",
    ),
    label(FEED, ("Lakeside Weekly Ltd", None, None), ["203.0.113.67"], [],
          ("Paul Young", "young@lakesideweekly.example", "+441614960311")),
)
CASES["de_administrator"] = (
    _mail(
        "Guten Tag,\n\ndie Donau Kurier GmbH beantragt den Zugang zu den XML-Ergebnissen von "
        "203.0.113.68.\n\nMit freundlichen Grüßen\nSabine Keller\n\nDonau Kurier GmbH\n"
        "Geschäftsführerin: Sabine Keller, +49 941 2200 100\n"
        "Administrator: Tobias Wolf, +49 151 2200 3344, wolf@donaukurier.example\n",
        "keller@donaukurier.example",
        "Sabine Keller",
    ),
    label(FEED, ("Donau Kurier GmbH", None, None), ["203.0.113.68"], [],
          ("Sabine Keller", "keller@donaukurier.example", "+499412200100")),
)
CASES["pl_administrator_sieci"] = (
    _mail(
        "Dzień dobry,\n\nRadio Śląsk Sp. z o.o. prosi o dostęp do wyników wyborów w XML z adresu "
        "198.51.100.69.\n\nZ poważaniem\nAnna Kowalczyk\n\nRadio Śląsk Sp. z o.o.\n"
        "prezes: Anna Kowalczyk, +48 32 255 1100\n"
        "administrator sieci: Tomasz Lis, +48 601 220 874, lis@radioslask.example\n",
        "kowalczyk@radioslask.example",
        "Anna Kowalczyk",
    ),
    label(FEED, ("Radio Śląsk Sp. z o.o.", None, None), ["198.51.100.69"], [],
          ("Anna Kowalczyk", "kowalczyk@radioslask.example", "+48322551100")),
)
CASES["de_techniker_informatyk_other_roles"] = (
    _mail(
        "Guten Tag,\n\nwir beantragen den Zugang zu den XML-Ergebnissen von 203.0.113.70.\n\n"
        "Gruß\nMarkus Brandl\n\nInn Echo GmbH\nChefredakteur: Markus Brandl, +49 851 3300 10\n"
        "Techniker: Stefan Raab, +49 160 3300 4411, raab@innecho.example\n",
        "brandl@innecho.example",
        "Markus Brandl",
    ),
    label(FEED, ("Inn Echo GmbH", None, None), ["203.0.113.70"], [],
          ("Markus Brandl", "brandl@innecho.example", "+49851330010")),
)

# near misses: a real contact label on a staff line, or a sentence pointing at a role
CASES["cs_near_miss_technicky_kontakt"] = (
    _mail(
        "Dobrý den,\n\nPísecký deník s.r.o. žádá o přístup k výsledkům voleb v XML z adresy "
        "192.0.2.71.\n\nS pozdravem\nMiroslava Černá\n\nPísecký deník s.r.o.\n"
        "jednatelka: Miroslava Černá, 382 214 100\n"
        "Technický kontakt: Aleš Vondra, 603 218 447, vondra@piseckydenik.example\n",
        "cerna@piseckydenik.example",
        "Miroslava Černá",
    ),
    label(FEED, ("Písecký deník s.r.o.", None, None), ["192.0.2.71"], [],
          ("Aleš Vondra", "vondra@piseckydenik.example", "+420603218447")),
)
CASES["cs_near_miss_kontakt_spravce_site"] = (
    _mail(
        "Dobrý den,\nžádáme o přístup k XML s výsledky voleb z adresy 198.51.100.72.\n\n"
        "Jana Nováková\nOrlický týdeník s.r.o.\n"
        "ředitelka: Jana Nováková, 494 320 111\n"
        "Kontakt (správce sítě): Marek Pešek, 736 118 204, pesek@orlickytydenik.example\n",
        "novakova@orlickytydenik.example",
        "Jana Nováková",
    ),
    label(FEED, ("Orlický týdeník s.r.o.", None, None), ["198.51.100.72"], [],
          ("Marek Pešek", "pesek@orlickytydenik.example", "+420736118204")),
)
CASES["de_near_miss_ansprechpartner_technik"] = (
    _mail(
        "Guten Tag,\n\ndie Donau Kurier GmbH beantragt den Zugang zu den XML-Ergebnissen von "
        "203.0.113.73.\n\nMit freundlichen Grüßen\nSabine Keller\n\nDonau Kurier GmbH\n"
        "Geschäftsführerin: Sabine Keller, +49 941 2200 100\n"
        "Ansprechpartner Technik: Tobias Wolf, +49 151 2200 3344, wolf@donaukurier.example\n",
        "keller@donaukurier.example",
        "Sabine Keller",
    ),
    label(FEED, ("Donau Kurier GmbH", None, None), ["203.0.113.73"], [],
          ("Tobias Wolf", "wolf@donaukurier.example", "+4915122003344")),
)
CASES["en_near_miss_pointer_to_administrator"] = (
    _mail(
        "Hello,\n\nHarbour Radio Ltd asks for access to the XML election results from 203.0.113.74.\n"
        "Our contact for this is the network administrator, see the signature.\n\n"
        "Kind regards\nSarah Mills\n\nHarbour Radio Ltd\nManaging editor: Sarah Mills, +44 117 496 0200\n"
        "Network administrator: Daniel Frost, +44 7700 900 215, frost@harbourradio.example\n",
        "mills@harbourradio.example",
        "Sarah Mills",
    ),
    label(FEED, ("Harbour Radio Ltd", None, None), ["203.0.113.74"], [],
          ("Daniel Frost", "frost@harbourradio.example", "+447700900215")),
)
CASES["cs_near_miss_kontaktni_osoba_with_role"] = (
    _mail(
        "Dobrý den,\n\nžádáme o přístup k výsledkům voleb v XML, produkční adresa 198.51.100.75.\n\n"
        "Karel Šťastný\nZlínské noviny a.s.\nšéfredaktor: Karel Šťastný, 577 120 300\n"
        "Kontaktní osoba: Petr Zítek (správce sítě), 605 772 139, zitek@zlinskenoviny.example\n",
        "stastny@zlinskenoviny.example",
        "Karel Šťastný",
    ),
    label(FEED, ("Zlínské noviny a.s.", None, None), ["198.51.100.75"], [],
          ("Petr Zítek", "zitek@zlinskenoviny.example", "+420605772139")),
)

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert misses(p, want) == []
