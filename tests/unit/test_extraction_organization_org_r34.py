"""The organisation, thirty-fourth round (issue 18).

A value made of digits and signs (a phone, a postcode, a date) is never an organisation's
name, whatever label stands before it. A one-person business's form ("ENK", "e.U.", "e.K.",
"JDG", "e.v.", "EIRL", "s.p.") is a legal form: the trade name with it applies. A university
whose name opens with a capitalised adjective before its lower-case head ("Středočeská
univerzita v Kladně") keeps the adjective when a unit's name is written before it in another
language. A registered name in quotes after the words that register it ("registered as",
"obchodní firma", "działalność pod nazwą", "registrert som") is the applicant as written.
Wording, formats and names are the tests' own, none a corpus case; the values were labelled
by ``tests/corpus/LABELS.md`` before the rules were run on them.
"""

from __future__ import annotations

import pytest

from tests.unit.extraction_helpers import body, certain, extract, mail

_IP = "\n\nProduction IP: 192.0.2.10\n"


def _read(
    text: str, sender: str = "redakce@drill.example", name: str = ""
) -> tuple[str | None, bool]:
    x = extract(mail(body(text + _IP), sender=sender, sender_name=name))
    return x.organization_name, certain(x, "organization.name")


# ------------------------------ digits and signs are no name ---------------------------------

_DIGITS = [
    pytest.param(
        "Dobrý den,\n\nv zastoupení šéfredaktora posílám žádost o přístup k XML výsledkům.\n\n"
        "S pozdravem\nJana Veselá, sekretariát\n\nRádio Podbrdy s.r.o.\nRedakce: 311 555 010\n"
        "Náměstí 12, 261 01 Příbram",
        "Rádio Podbrdy s.r.o.",
        id="cs-newsroom-phone",
    ),
    pytest.param(
        "Dobrý deň,\n\nžiadame o prístup k výsledkom volieb vo formáte XML pre Denník Záhorie s.r.o.\n\n"
        "S pozdravom\nPeter Hudec\nRedakcia: +421 34 654 11 22 (sekretariát)",
        "Denník Záhorie s.r.o.",
        id="sk-redakcia-phone-bracket",
    ),
    pytest.param(
        "Hello,\n\nplease find our request for the XML results feed below.\n\nBest wishes,\nOliver Grant\n"
        "Thames Valley Herald Ltd\nNewsroom: 020 7946 0321",
        "Thames Valley Herald Ltd",
        id="en-newsroom-phone",
    ),
    pytest.param(
        "Sehr geehrte Damen und Herren,\n\nwir beantragen den Zugang zum XML-Dienst der Wahlergebnisse.\n\n"
        "Mit freundlichen Grüßen\nSabine Roth\nWiener Wahlblatt GmbH\nUnternehmen: +43 1 534 52 0",
        "Wiener Wahlblatt GmbH",
        id="de-unternehmen-phone",
    ),
    pytest.param(
        "Dzień dobry,\n\nprosimy o dostęp do wyników wyborów w formacie XML.\n\nZ poważaniem\nAnna Lis\n"
        "Gazeta Mazowiecka sp. z o.o.\nOrganizacja: 22 555 01 02",
        "Gazeta Mazowiecka sp. z o.o.",
        id="pl-organizacja-phone",
    ),
    pytest.param(
        "Dobrý den,\n\nza Zpravodaj Lhotka s.r.o. žádám o přístup k XML.\n\nVydavatel: 15. 4. 2030\n\n"
        "Karel Mach",
        "Zpravodaj Lhotka s.r.o.",
        id="cs-date-after-label",
    ),
    pytest.param(
        "Dobrý den,\n\nprosíme o přístup k XML výsledkům voleb.\n\nS pozdravem\nMarek Dolejš\n"
        "Firma: 602 111 222 | Týdeník Brdy s.r.o.",
        "Týdeník Brdy s.r.o.",
        id="cs-firma-phone-cell",
    ),
]


@pytest.mark.parametrize(("text", "want"), _DIGITS)
def test_digits_are_no_name(text: str, want: str) -> None:
    assert _read(text)[0] == want


_DIGITS_NEAR = [
    pytest.param(
        "Dobrý den,\n\nSpolečnost: K2 Studio s.r.o.\nžádá o přístup k XML.\n\nEva Malá",
        "K2 Studio s.r.o.",
        id="cs-name-with-digit",
    ),
    pytest.param(
        "Dobrý den,\n\nMédium: Rádio 1\n\nprosíme o přístup k XML.\n\nPetr Novák",
        "Rádio 1",
        id="cs-title-ending-digit",
    ),
]


@pytest.mark.parametrize(("text", "want"), _DIGITS_NEAR)
def test_a_name_with_a_digit_stays(text: str, want: str) -> None:
    assert _read(text)[0] == want


# ------------------------------ a one-person business's form ---------------------------------

_ONE_PERSON = [
    pytest.param(
        "Grüß Gott,\n\nich bin freier Fotograf und möchte in der Wahlnacht in einer Ihrer Sammelstellen "
        "fotografieren.\n\nMit besten Grüßen\nAlpenbild Fotografie e.U.\nLukas Hofer\n+43 664 123 4567",
        "Alpenbild Fotografie e.U.",
        id="at-eu",
    ),
    pytest.param(
        "Sehr geehrte Damen und Herren,\n\nhiermit beantrage ich den XML-Zugang.\n\n"
        "Weber Medienbüro e.K.\nInh. Jonas Weber\nHRA 12345, Amtsgericht Leipzig",
        "Weber Medienbüro e.K.",
        id="de-ek-letterhead",
    ),
    pytest.param(
        "Dzień dobry,\n\njako niezależna fotografka proszę o zgodę na zdjęcia w lokalu komisji.\n\n"
        "Kamila Wróbel\nWróbel Foto JDG, NIP 5252345678",
        "Wróbel Foto JDG",
        id="pl-jdg",
    ),
    pytest.param(
        "Tisztelt Hivatal!\n\nszabadúszó újságíróként kérem a hozzáférést az XML adatokhoz.\n\n"
        "Üdvözlettel:\nKovács Anna\nKovács Média e.v., adószám: 12345678-1-42",
        "Kovács Média e.v.",
        id="hu-ev",
    ),
    pytest.param(
        "Hello,\n\nI run a one-person company, Fjord Pictures ENK (org. no. 998 877 665), and would like "
        "to film at a counting site.\n\nBest,\nKari Lunde",
        "Fjord Pictures ENK",
        id="no-enk-in-sentence",
    ),
    pytest.param(
        "Bonjour,\n\nje suis photographe indépendant et je souhaite photographier le dépouillement.\n\n"
        "Cordialement,\nLumière Reportages EIRL – Luc Garnier\nSIRET 123 456 789 00012",
        "Lumière Reportages EIRL",
        id="fr-eirl",
    ),
    pytest.param(
        "Pozdravljeni,\n\nkot samostojni novinar prosim za dostop do podatkov XML.\n\nLep pozdrav,\n"
        "Foto Zupan s.p.\nMatej Zupan",
        "Foto Zupan s.p.",
        id="si-sp",
    ),
]


@pytest.mark.parametrize(("text", "want"), _ONE_PERSON)
def test_one_person_business_form(text: str, want: str) -> None:
    assert _read(text)[0] == want


def test_freelancer_without_a_firm_is_herself() -> None:
    text = "Hei!\n\nJeg er frilans fotograf og vil gjerne fotografere på valgnatten.\n\nKari Nordmann\n+47 912 00 111"
    assert _read(text, "kari@nordmann.example", "Kari Nordmann")[0] == "Kari Nordmann"


def test_a_former_sole_trade_is_not_the_applicant() -> None:
    text = (
        "Sehr geehrte Damen und Herren,\n\nfrüher war ich als e.U. selbständig, heute arbeite ich für die "
        "Tiroler Tagesblatt GmbH, die den XML-Zugang beantragt.\n\nMartin Egger"
    )
    assert _read(text)[0] == "Tiroler Tagesblatt GmbH"


# --------------------- a university's adjective before its lower-case head --------------------

_UNIVERSITY = [
    pytest.param(
        "Dear colleagues,\n\nI am a PhD student at the Department of Political Science of Masarykova univerzita "
        "(IČO 00216224) and would like the XML results.\n\nKind regards,\nTomáš Král",
        "Masarykova univerzita",
        id="en-of-masarykova",
    ),
    pytest.param(
        "Hello,\n\nthe Centre for Regional Studies at Ostravská univerzita asks for access to the XML feed.\n\n"
        "Regards,\nLinda Kříž",
        "Ostravská univerzita",
        id="en-at-ostravska",
    ),
    pytest.param(
        "Dear Sir or Madam,\n\nour Faculty of Economics of Západočeská univerzita v Plzni runs an election "
        "night model.\n\nPetr Šíma",
        "Západočeská univerzita v Plzni",
        id="en-faculty-zapadoceska",
    ),
    pytest.param(
        "Sehr geehrte Damen und Herren,\n\nder Lehrstuhl für Wahlforschung an der Technická univerzita v Liberci "
        "beantragt den XML-Zugang.\n\nDr. Anna Bauer",
        "Technická univerzita v Liberci",
        id="de-lehrstuhl-technicka",
    ),
    pytest.param(
        "Hi,\n\nI write for the Institute of Geography of Mendelova univerzita v Brně, we need the XML "
        "results.\n\nJan Los",
        "Mendelova univerzita v Brně",
        id="en-institute-mendelova",
    ),
    pytest.param(
        "Hello,\n\nthe Laboratory of Data Science at Jihočeská univerzita v Českých Budějovicích would like "
        "to download the results.\n\nEva Pokorná",
        "Jihočeská univerzita v Českých Budějovicích",
        id="en-lab-jihoceska",
    ),
]


@pytest.mark.parametrize(("text", "want"), _UNIVERSITY)
def test_university_adjective_kept(text: str, want: str) -> None:
    name, sure = _read(text)
    assert (name, sure) == (want, False)


_UNIVERSITY_NEAR = [
    pytest.param(
        "Dear colleagues,\n\nthe Department of Sociology of Univerzita Karlova asks for XML access.\n\nIvan Beneš",
        "Univerzita Karlova",
        id="en-capital-head",
    ),
    pytest.param(
        "Hello,\n\nthe Faculty of Arts of Univerzita Palackého v Olomouci would like the XML results.\n\nJana Zich",
        "Univerzita Palackého v Olomouci",
        id="en-capital-head-place",
    ),
]


@pytest.mark.parametrize(("text", "want"), _UNIVERSITY_NEAR)
def test_university_with_capital_head_unchanged(text: str, want: str) -> None:
    assert _read(text)[0] == want


# ------------------------------ a quoted registered name -------------------------------------

_REGISTERED = [
    pytest.param(
        "Dobrý den,\n\njsem OSVČ a podnikám pod obchodním jménem „Volební Data Eva Malá“. Prosím o přístup "
        "k XML výsledkům.\n\nEva Malá",
        "Volební Data Eva Malá",
        id="cs-podnikam-pod-jmenem",
    ),
    pytest.param(
        "Dobrý deň,\n\nako živnostník mám obchodné meno „Kováč Media – Martin Kováč“ a žiadam o prístup "
        "k XML.\n\nMartin Kováč",
        "Kováč Media – Martin Kováč",
        id="sk-obchodne-meno",
    ),
    pytest.param(
        "Dzień dobry,\n\nprowadzę jednoosobową działalność gospodarczą pod nazwą „Dane Wyborcze Piotr Nowak”. "
        "Proszę o dostęp do XML.\n\nPiotr Nowak",
        "Dane Wyborcze Piotr Nowak",
        id="pl-dzialalnosc-pod-nazwa",
    ),
    pytest.param(
        "Guten Tag,\n\nmein Einzelunternehmen ist eingetragen als „Datenblick Lena Huber“; ich bitte um den "
        "XML-Zugang.\n\nLena Huber",
        "Datenblick Lena Huber",
        id="de-eingetragen-als",
    ),
    pytest.param(
        "Hello,\n\nI'm a sole trader, trading as \"Northfield Election Maps\", and I'd like the XML feed.\n\n"
        "Cheers,\nSam Hart",
        "Northfield Election Maps",
        id="en-trading-as",
    ),
    pytest.param(
        "Hei,\n\nenkeltpersonforetaket mitt er registrert som «Fjellbyen Data Ola Hansen». I would like "
        "access to the XML results.\n\nOla Hansen",
        "Fjellbyen Data Ola Hansen",
        id="no-registrert-som",
    ),
    pytest.param(
        "Dobrý den,\n\njsem zapsaná v živnostenském rejstříku jako „Tereza Dvořáková – Volební mapy“ a prosím "
        "o přístup k XML.\n\nTereza Dvořáková",
        "Tereza Dvořáková – Volební mapy",
        id="cs-zapsana-v-rejstriku-jako",
    ),
]


@pytest.mark.parametrize(("text", "want"), _REGISTERED)
def test_registered_name_in_quotes(text: str, want: str) -> None:
    name, sure = _read(text)
    assert (name, sure) == (want, False)


def test_a_series_title_is_no_registered_name() -> None:
    text = (
        "Dobrý den,\n\npřipravujeme seriál pod názvem „Volby živě“ a prosíme o přístup k XML.\n\n"
        "S pozdravem\nLucie Hrubá\nRádio Dyje s.r.o."
    )
    assert _read(text)[0] == "Rádio Dyje s.r.o."


def test_a_registered_host_name_is_no_name() -> None:
    text = (
        'Hello,\n\nour collection server is registered as "vote-feed-01" in DNS.\n\nBest,\nMary Cole\n'
        "Eastfield Gazette Ltd"
    )
    assert _read(text)[0] == "Eastfield Gazette Ltd"
