"""The organisation's name, thirty-ninth round (issue 18).

What stands before a name with a legal form without being part of it: a desk's or office's
noun and its place ("Studio Prag der X GmbH", "le bureau de Prague de l'agence X SAS"), a
kind of medium in lower case after the genitive's article ("de l'agence", "della rete",
"van het persbureau"), and a first-person "to be" opening the writer's role ("Soy productora
de informativos de X S.A.", "Sono corrispondente di X S.p.A."). A form's labelled applicant
written as a person and a trade name joined by a dash, the IČO beside it and no legal form,
is the sole trader's name kept whole, unless the mail names an employee's job. Wording,
formats and names are the tests' own, none a corpus case; the values were labelled by
``tests/corpus/LABELS.md`` before the rules were run on them.
"""

from __future__ import annotations

import pytest

from tests.unit.extraction_helpers import body, certain, extract, mail, text_file

_IP = "\nIP: 192.0.2.10\n"


def _name(text: str) -> str:
    return extract(mail(body(text), sender="a@drill.example")).organization_name or ""


# ------------------------------ a desk, its place and a genitive before the name ----------

_DESKS = [
    pytest.param(
        "Gentili signori,\n\nl'ufficio di Praga della rete Telealpi S.r.l. chiede l'accesso ai "
        "risultati elettorali in formato XML." + _IP + "\nCordiali saluti,\nGiulia Ferri",
        "Telealpi S.r.l.",
        id="it-ufficio-di-praga-della-rete",
    ),
    pytest.param(
        "Exmos. Senhores,\n\nA delegação em Praga da agência Lusonotícias Lda. solicita o acesso "
        "aos resultados eleitorais em XML." + _IP + "\nCom os melhores cumprimentos,\nRui Matos",
        "Lusonotícias Lda.",
        id="pt-delegacao-em-praga-da-agencia",
    ),
    pytest.param(
        "Sehr geehrte Damen und Herren,\n\ndie Redaktion Wien der Donaukurier Verlags GmbH bittet "
        "um den Zugang zu den Wahlergebnissen im XML-Format." + _IP + "\nBeste Grüße\nKlaus Berger",
        "Donaukurier Verlags GmbH",
        id="de-redaktion-wien-der",
    ),
    pytest.param(
        "Guten Tag,\n\nunser Korrespondentenbüro Prag der Alpenland Rundfunk AG möchte in der "
        "Wahlnacht in der Sammelstelle drehen." + "\n\nFreundliche Grüße\nMartina Egger",
        "Alpenland Rundfunk AG",
        id="de-korrespondentenbuero-prag-der",
    ),
    pytest.param(
        "Geachte heer, mevrouw,\n\nHet Bureau Praag van het persbureau Lage Landen Media B.V. vraagt "
        "toegang tot de verkiezingsuitslagen in XML." + _IP + "\nMet vriendelijke groet,\nSanne de Vries",
        "Lage Landen Media B.V.",
        id="nl-bureau-praag-van-het-persbureau",
    ),
    pytest.param(
        "Estimados señores:\n\nLa oficina de Praga del diario Norte Castellano Ediciones S.L. solicita "
        "el acceso a los resultados en XML." + _IP + "\nAtentamente,\nPablo Ruiz",
        "Norte Castellano Ediciones S.L.",
        id="es-oficina-de-praga-del-diario",
    ),
    pytest.param(
        "Madame, Monsieur,\n\nLe studio de Prague de la chaîne Alpes Info SAS souhaite filmer au point "
        "de collecte pendant la soirée électorale.\n\nCordialement,\nMarc Girard",
        "Alpes Info SAS",
        id="fr-studio-de-prague-de-la-chaine",
    ),
    pytest.param(
        "Dear Sir or Madam,\n\nThe Prague bureau of Harbourline News Ltd would like access to the XML "
        "results feed on election night." + _IP + "\nKind regards,\nOwen Price",
        "Harbourline News Ltd",
        id="en-prague-bureau-of",
    ),
]


@pytest.mark.parametrize(("text", "want"), _DESKS)
def test_a_desk_and_its_place_before_the_name(text: str, want: str) -> None:
    assert _name(text).casefold() == want.casefold()


_DESK_NEGATIVES = [
    pytest.param(
        "Guten Tag,\n\ndie Studio Hamburg Produktion GmbH beantragt den Zugang zu den Wahlergebnissen "
        "im XML-Format." + _IP + "\nGrüße\nJan Möller",
        "Studio Hamburg Produktion GmbH",
        id="de-studio-in-the-name",
    ),
    pytest.param(
        "Madame, Monsieur,\n\nLe bureau de Prague de Radio de la Suisse Romande SA demande l'accès au "
        "flux XML des résultats." + _IP + "\nCordialement,\nLuc Favre",
        "Radio de la Suisse Romande SA",
        id="fr-name-with-its-own-de-la",
    ),
    pytest.param(
        "Madame, Monsieur,\n\nLe bureau de Prague de l'Agence Europresse SA demande l'accès au flux "
        "XML des résultats." + _IP + "\nCordialement,\nLuc Favre",
        "Agence Europresse SA",
        id="fr-capital-agence-is-the-names",
    ),
]


@pytest.mark.parametrize(("text", "want"), _DESK_NEGATIVES)
def test_a_names_own_desk_words_stay(text: str, want: str) -> None:
    assert _name(text).casefold() == want.casefold()


# ------------------------------ a first-person "to be" and a role before the name -------

_ROLES = [
    pytest.param(
        "Gentili signori,\n\nSono corrispondente di Rete Alpina S.p.A. e vi chiedo l'accesso al flusso "
        "XML dei risultati." + _IP + "\nCordiali saluti,\nMarco Bellini",
        "Rete Alpina S.p.A.",
        id="it-sono-corrispondente-di",
    ),
    pytest.param(
        "Madame, Monsieur,\n\nJe suis journaliste reporter d'images chez Lumière Est SAS et je "
        "souhaite filmer au point de collecte.\n\nCordialement,\nNadia Roux",
        "Lumière Est SAS",
        id="fr-je-suis-chez",
    ),
    pytest.param(
        "Guten Tag,\n\nIch bin Redakteurin bei der Nordwelle Produktion GmbH und bitte um den Zugang "
        "zu den XML-Daten." + _IP + "\nViele Grüße\nJana Peters",
        "Nordwelle Produktion GmbH",
        id="de-ich-bin-redakteurin-bei-der",
    ),
    pytest.param(
        "Exmos. Senhores,\n\nSou jornalista da Rádio Atlântico Lda. e peço o acesso aos resultados em "
        "XML." + _IP + "\nCumprimentos,\nAna Lopes",
        "Rádio Atlântico Lda.",
        id="pt-sou-jornalista-da",
    ),
    pytest.param(
        "Estimados señores:\n\nSoy corresponsal de la cadena Onda Ibérica S.A. en Praga y solicito el "
        "permiso de grabación en el centro de recogida.\n\nSaludos,\nElena Vidal",
        "Onda Ibérica S.A.",
        id="es-soy-corresponsal-de-la-cadena",
    ),
    pytest.param(
        "Geachte heer, mevrouw,\n\nIk ben verslaggever bij Lage Landen Media B.V. en vraag toegang tot "
        "de XML-uitslagen." + _IP + "\nGroet,\nBram Jansen",
        "Lage Landen Media B.V.",
        id="nl-ik-ben-verslaggever-bij",
    ),
    pytest.param(
        "Dzień dobry,\n\nJestem reporterką w redakcji Pomorze Media Sp. z o.o. i prosimy o dostęp do "
        "wyników w XML." + _IP + "\nPozdrawiam,\nAnna Nowak",
        "Pomorze Media Sp. z o.o.",
        id="pl-jestem-reporterka-w-redakcji",
    ),
    pytest.param(
        "Hello,\n\nI am the Prague stringer for Harbourline News Ltd. and would like access to the XML "
        "results." + _IP + "\nBest,\nOwen Price",
        "Harbourline News Ltd.",
        id="en-i-am-the-stringer-for",
    ),
]


@pytest.mark.parametrize(("text", "want"), _ROLES)
def test_a_first_person_role_before_the_name(text: str, want: str) -> None:
    assert _name(text).casefold() == want.casefold()


_ROLE_NEGATIVES = [
    pytest.param(
        "Gentili signori,\n\nSono Media S.r.l. chiede l'accesso al flusso XML dei risultati."
        + _IP
        + "\nSaluti,\nLuca Conti",
        "Sono Media S.r.l.",
        id="it-sono-opens-a-name",
    ),
    pytest.param(
        "Hello,\n\nBen Hill Productions Ltd requests access to the XML results feed."
        + _IP
        + "\nRegards,\nAmy Cole",
        "Ben Hill Productions Ltd",
        id="en-ben-opens-a-name",
    ),
]


@pytest.mark.parametrize(("text", "want"), _ROLE_NEGATIVES)
def test_a_names_own_first_word_stays(text: str, want: str) -> None:
    assert _name(text).casefold() == want.casefold()


# ------------------------------ a form's applicant: a person and a trade name -------------

_TRADERS = [
    pytest.param(
        "Dobrý den,\n\nposílám vyplněnou žádost.\n\nTereza Kalinová",
        "Žadatel: Tereza Kalinová – Kulturní listy Mělnicka\nIČO: 13481517\nIP: 192.0.2.10\n",
        "Tereza Kalinová – Kulturní listy Mělnicka",
        id="cs-ico-below",
    ),
    pytest.param(
        "Dobrý deň,\n\nv prílohe žiadosť.\n\nPeter Hudák",
        "Žiadateľ: Peter Hudák – Spišský hlas, IČO: 85521736\nIP: 192.0.2.10\n",
        "Peter Hudák – Spišský hlas",
        id="sk-ico-on-the-line",
    ),
    pytest.param(
        "Hello,\n\nthe completed form is attached.\n\nJana Králová",
        "Applicant: Jana Králová – Vltava Voice\nCompany ID: 10714774\nProduction IP: 192.0.2.10\n",
        "Jana Králová – Vltava Voice",
        id="en-company-id-below",
    ),
    pytest.param(
        "Dobrý den,\n\nformulář v příloze.\n\nIvana Lorencová",
        "Žadatel\tIvana Lorencová – Lounský týdeník\nIČO\t2303 3631\nIP\t192.0.2.10\n",
        "Ivana Lorencová – Lounský týdeník",
        id="cs-tab-cells-spaced-ico",
    ),
    pytest.param(
        "Dobrý den,\n\nzasílám žádost.\n\nRoman Pešek",
        "Žadatel (název): Roman Pešek — Rádio Beskydy online\nIČO: 87910853\nIP: 192.0.2.10\n",
        "Roman Pešek — Rádio Beskydy online",
        id="cs-em-dash-label-remark",
    ),
    pytest.param(
        "Dobrý den,\n\nžádost přikládám.\n\nHana Vlčková",
        "1. Žadatel: Hana Vlčková - Podbrdský zpravodaj\n2. IČO: 97475190\n3. IP: 192.0.2.10\n",
        "Hana Vlčková - Podbrdský zpravodaj",
        id="cs-numbered-hyphen",
    ),
]


@pytest.mark.parametrize(("text", "form", "want"), _TRADERS)
def test_a_forms_sole_trader_with_ico(text: str, form: str, want: str) -> None:
    x = extract(mail(body(text), text_file("zadost.txt", form), sender="a@drill.example"))
    assert (x.organization_name or "").casefold() == want.casefold()
    assert not certain(x, "organization.name")


_TRADER_NEGATIVES = [
    pytest.param(
        "Dobrý den,\n\nposílám žádost.\n\nPavla Nová",
        "Žadatel: Pavla Nová – TV Východ s.r.o.\nIČO: 33151113\nIP: 192.0.2.10\n",
        "TV Východ s.r.o.",
        id="cs-company-with-its-form",
    ),
    pytest.param(
        "Dobrý den,\n\njako reportérka posílám žádost našeho rádia.\n\nMarta Veselá",
        "Žadatel: Marta Veselá – Rádio Polabí\nIČO: 23309156\nIP: 192.0.2.10\n",
        "Rádio Polabí",
        id="cs-employee-names-her-job",
    ),
    pytest.param(
        "Dobrý den,\n\nposílám žádost.\n\nPavla Nová",
        "Žadatel: Pavla Nová – Rádio Polabí\nIP: 192.0.2.10\n",
        "Rádio Polabí",
        id="cs-no-ico",
    ),
]


@pytest.mark.parametrize(("text", "form", "want"), _TRADER_NEGATIVES)
def test_an_outlet_without_its_ico_stays_alone(text: str, form: str, want: str) -> None:
    x = extract(mail(body(text), text_file("zadost.txt", form), sender="a@drill.example"))
    assert (x.organization_name or "").casefold() == want.casefold()
