"""The organisation's name, thirty-seventh round (issue 18).

What stands before a name with a legal form without being part of it: the writer's role and
the place they report from, joined by a genitive connective ("Correspondante à Prague de X
SAS", "Corresponsal en Praga de X S.L."), and an article with lower-case words describing the
kind of medium ("la télévision régionale X ASBL", "the regional broadcaster X Ltd"). A
preposition and a lower-case common noun before an IČO ("Za univerzitu (IČO …)") is no name;
the name written elsewhere is. A person's name joined by a dash to a trade name on a form is
the sole trader's business name when the message says anywhere (the mail carrying the form
too) that the writer works on their own. Wording, formats and names are the tests' own, none
a corpus case; the values were labelled by ``tests/corpus/LABELS.md`` before the rules were
run on them.
"""

from __future__ import annotations

import pytest

from tests.unit.extraction_helpers import body, certain, extract, mail, text_file

_IP = "\nIP: 192.0.2.10\n"


def _name(text: str, *files: tuple[str, str], sender: str = "a@drill.example") -> str:
    x = extract(mail(body(text), *(text_file(n, t) for n, t in files), sender=sender))
    return x.organization_name or ""


# ------------------------------ a role and a place before the name ------------------------

_ROLES = [
    pytest.param(
        "Estimados señores:\n\nCorresponsal en Praga de Diario del Sur Andaluz S.L., me dirijo a "
        "ustedes para solicitar el acceso a los resultados electorales en formato XML."
        + _IP
        + "\nAtentamente,\nLucía Márquez",
        "Diario del Sur Andaluz S.L.",
        id="es-corresponsal-en-praga-de",
    ),
    pytest.param(
        "Gentili signori,\n\ncorrispondente a Praga di Gazzetta Alpina S.r.l., vi scrivo per chiedere "
        "l'accesso al flusso XML dei risultati." + _IP + "\nCordiali saluti,\nMarco Bellini",
        "Gazzetta Alpina S.r.l.",
        id="it-corrispondente-a-praga-di-lower",
    ),
    pytest.param(
        "Sehr geehrte Damen und Herren,\n\nKorrespondentin in Prag der Oberland Nachrichten GmbH, "
        "bitte ich um den Zugang zu den Wahlergebnissen im XML-Format."
        + _IP
        + "\nMit freundlichen Grüßen\nAnna Huber",
        "Oberland Nachrichten GmbH",
        id="de-korrespondentin-in-prag-der",
    ),
    pytest.param(
        "Dear Sir or Madam,\n\nCorrespondent in Prague for Northvale Broadcasting Ltd, I am writing "
        "to request access to the XML results feed." + _IP + "\nKind regards,\nOwen Price",
        "Northvale Broadcasting Ltd",
        id="en-correspondent-in-prague-for",
    ),
    pytest.param(
        "Exmos. Senhores,\n\nCorrespondente em Praga do Jornal Atlântico Lda., venho solicitar o acesso "
        "aos resultados em XML." + _IP + "\nCumprimentos,\nRui Alves",
        "Jornal Atlântico Lda.",
        id="pt-correspondente-em-praga-do",
    ),
    pytest.param(
        "Bonjour,\n\nEnvoyée spéciale à Prague de Onde Nord SARL, je sollicite pour la soirée "
        "électorale un accès au flux XML." + _IP + "\nCordialement,\nJulie Marchand",
        "Onde Nord SARL",
        id="fr-envoyee-speciale-two-words",
    ),
]


@pytest.mark.parametrize(("text", "want"), _ROLES)
def test_a_role_and_place_before_the_name(text: str, want: str) -> None:
    assert _name(text).casefold() == want.casefold()


_ROLE_NEGATIVES = [
    pytest.param(
        "Buenos días:\n\nTrabajo en Radio de Galicia S.A. como redactora y solicito el acceso al "
        "XML de resultados." + _IP + "\nSaludos,\nNuria Castro",
        "Radio de Galicia S.A.",
        id="es-name-with-its-own-de",
    ),
    pytest.param(
        "Applicant: Radio in Prague for Children Ltd\nCompany ID: 04903111\n"
        + _IP
        + "\nContact: Eva Bell, eva@drill.example",
        "Radio in Prague for Children Ltd",
        id="en-labelled-name-with-in-and-for",
    ),
]


@pytest.mark.parametrize(("text", "want"), _ROLE_NEGATIVES)
def test_a_names_own_place_words_stay(text: str, want: str) -> None:
    assert _name(text).casefold() == want.casefold()


# ------------------------------ an article and a described kind ---------------------------

_DESCRIBED = [
    pytest.param(
        "Hello,\n\nThe regional broadcaster Northvale Media Ltd is applying for access to the XML "
        "results on election night." + _IP + "\nBest wishes,\nHelen Shaw",
        "Northvale Media Ltd",
        id="en-the-regional-broadcaster",
    ),
    pytest.param(
        "Buongiorno,\n\nil quotidiano Corriere Alpino S.p.A. chiede l'accesso ai risultati in XML."
        + _IP
        + "\nDistinti saluti,\nPaolo Greco",
        "Corriere Alpino S.p.A.",
        id="it-il-quotidiano",
    ),
    pytest.param(
        "Bon dia,\n\nLa emisora comarcal Ràdio Vall S.L. solicita el acceso a los resultados en XML "
        "para su programa especial." + _IP + "\nSalutacions,\nJordi Puig",
        "Ràdio Vall S.L.",
        id="es-la-emisora-comarcal",
    ),
    pytest.param(
        "Madame, Monsieur,\n\nJe vous écris pour l'hebdomadaire local Écho du Plateau SARL, qui "
        "souhaite recevoir les résultats au format XML." + _IP + "\nBien à vous,\nLouis Perrin",
        "Écho du Plateau SARL",
        id="fr-l-hebdomadaire-local",
    ),
    pytest.param(
        "Goedemiddag,\n\nDe regionale omroep Omroep Kempen BV vraagt toegang tot de XML-uitslagen."
        + _IP
        + "\nMet vriendelijke groet,\nSanne Peeters",
        "Omroep Kempen BV",
        id="nl-de-regionale-omroep",
    ),
    pytest.param(
        "Hi,\n\nI write on behalf of the community radio station Riverside Sound Ltd, which would like "
        "the XML results feed." + _IP + "\nThanks,\nAmy Cole",
        "Riverside Sound Ltd",
        id="en-on-behalf-of-the-community-radio-station",
    ),
]


@pytest.mark.parametrize(("text", "want"), _DESCRIBED)
def test_an_article_and_a_described_kind_before_the_name(text: str, want: str) -> None:
    assert _name(text).casefold() == want.casefold()


_DESCRIBED_NEGATIVES = [
    pytest.param(
        "Dobrý den,\n\nRegionální televize Jih, s.r.o. žádá o přístup k výsledkům voleb ve formátu "
        "XML." + _IP + "\nS pozdravem\nKarel Dvořák",
        "Regionální televize Jih, s.r.o.",
        id="cs-name-of-common-nouns",
    ),
    pytest.param(
        "Bonjour,\n\nnous souhaitons accéder au flux XML des résultats."
        + _IP
        + "\nCordialement,\nClaire Fabre\nLe Petit Courrier SARL, 12 rue des Lilas, Lyon",
        "Le Petit Courrier SARL",
        id="fr-article-of-the-names-own",
    ),
]


@pytest.mark.parametrize(("text", "want"), _DESCRIBED_NEGATIVES)
def test_a_names_own_words_stay(text: str, want: str) -> None:
    assert _name(text).casefold() == want.casefold()


# ------------------------------ a preposition and a common noun before an IČO -------------

_PREPOSITIONS = [
    pytest.param(
        "Dobrý den,\n\npíšu z redakce studentského časopisu. Za spolek (IČO 46721584) žádáme o "
        "přístup k XML s výsledky." + _IP + "\nDíky,\nOndřej Kříž\nČasopis Kvark, z. s.",
        "Časopis Kvark, z. s.",
        id="cs-za-spolek",
    ),
    pytest.param(
        "Dobrý deň,\n\nza školu (IČO 55201873) by sme chceli požiadať o prístup k výsledkom volieb "
        "v XML." + _IP + "\nS pozdravom\nMária Benková\nGymnázium Pavla Horova, Michalovce",
        "Gymnázium Pavla Horova",
        id="sk-za-skolu-lower",
    ),
    pytest.param(
        "Dobrý den,\n\nPro obec (IČO 51065690) žádám o přístup k výsledkům ve formátu XML pro náš "
        "zpravodaj." + _IP + "\nS pozdravem\nJana Veselá, starostka\nObec Lhota u Rokycan",
        "Obec Lhota u Rokycan",
        id="cs-pro-obec",
    ),
    pytest.param(
        "Dobrý den,\n\nvedu studentskou televizi při Pedagogické fakultě Univerzity Jana Blahoslava. "
        "Jménem univerzity (IČO 73029459) prosíme o přístup k XML." + _IP + "\nDěkuji,\nTomáš Bílý",
        "Univerzita Jana Blahoslava",
        id="cs-jmenem-univerzity-unit-sentence-ends",
    ),
]


@pytest.mark.parametrize(("text", "want"), _PREPOSITIONS)
def test_a_preposition_and_a_common_noun_are_no_name(text: str, want: str) -> None:
    assert _name(text).casefold() == want.casefold()


_PREPOSITION_NEGATIVES = [
    pytest.param(
        "Dobrý den,\n\nZa Rádio Haná (IČO 46721584) žádám o přístup k výsledkům v XML."
        + _IP
        + "\nS pozdravem\nPetr Novák",
        "Rádio Haná",
        id="cs-za-named-radio",
    ),
    pytest.param(
        "Dobrý den,\n\nvedu rádio při Fakultě sociálních studií Univerzity sv. Cyrila. Prosíme o "
        "přístup k XML." + _IP + "\nEva Malá",
        "Univerzita sv. Cyrila",
        id="cs-abbreviation-dot-is-no-sentence-end",
    ),
]


@pytest.mark.parametrize(("text", "want"), _PREPOSITION_NEGATIVES)
def test_a_name_after_a_preposition_stays(text: str, want: str) -> None:
    assert _name(text).casefold() == want.casefold()


# ------------------------------ a sole trader's form beside the mail ----------------------

_TRADERS = [
    pytest.param(
        "Dobrý den,\n\npracuji na volné noze jako fotografka, formulář přikládám.\n\nPetra Malá",
        "Žadatel: Petra Malá – FotoLens\nIČO: 46721584\nProdukční IP: 192.0.2.10\n",
        "Petra Malá – FotoLens",
        id="cs-na-volne-noze-in-mail",
    ),
    pytest.param(
        "Hello,\n\nI'm a self-employed photographer; the filled-in form is attached.\n\nTom Berg",
        "Applicant: Tom Berg - Northlight Pictures\nCompany ID: 04903111\nProduction IP: 192.0.2.10\n",
        "Tom Berg - Northlight Pictures",
        id="en-self-employed-in-mail",
    ),
    pytest.param(
        "Dobrý deň,\n\nsom živnostník, posielam vyplnenú žiadosť.\n\nJán Kováč",
        "Žiadateľ: Ján Kováč – TatraPix\nIČO: 34052313\nProdukčná IP: 192.0.2.10\n",
        "Ján Kováč – TatraPix",
        id="sk-zivnostnik-in-mail",
    ),
    pytest.param(
        "Guten Tag,\n\nich arbeite freiberuflich als Kamerafrau; der Antrag liegt bei.\n\nLena Vogt",
        "Antragsteller: Lena Vogt – Bergbild\nIČO: 32161891\nIP: 192.0.2.10\n",
        "Lena Vogt – Bergbild",
        id="de-freiberuflich-in-mail",
    ),
    pytest.param(
        "Dobrý den,\n\nposílám žádost jako OSVČ.\n\nS pozdravem\nKarel Hrubý",
        "[X] přístup k XML\nŽadatel: Karel Hrubý – Kadr Studio\nIČO: 27275621\nIP: 192.0.2.10\n",
        "Karel Hrubý – Kadr Studio",
        id="cs-jako-osvc-bracket-form",
    ),
    pytest.param(
        "Dobrý den,\n\nžádost je v příloze, podnikám na živnostenský list.\n\nIvana Kopecká",
        "Žadatel: Ivana Kopecká — Datavize\nIČO: 84350865\nIP: 192.0.2.10\n",
        "Ivana Kopecká — Datavize",
        id="cs-zivnostensky-list-em-dash",
    ),
]


@pytest.mark.parametrize(("text", "form", "want"), _TRADERS)
def test_a_sole_traders_form_beside_the_mail(text: str, form: str, want: str) -> None:
    x = extract(mail(body(text), text_file("zadost.txt", form), sender="a@drill.example"))
    assert (x.organization_name or "").casefold() == want.casefold()
    assert not certain(x, "organization.name")


_TRADER_NEGATIVES = [
    pytest.param(
        "Dobrý den,\n\njsem redaktorka, posílám žádost naší televize.\n\nPavla Nová",
        "Žadatel: Pavla Nová – TV Východ\nIČO: 46721584\nIP: 192.0.2.10\n",
        "TV Východ",
        id="cs-employee-no-own-account",
    ),
    pytest.param(
        "Hello,\n\nplease find our station's form attached.\n\nMark Ellis",
        "Applicant: Mark Ellis - Danube Wire Ltd\nCompany ID: 04903111\nIP: 192.0.2.10\n",
        "Danube Wire Ltd",
        id="en-employee-company-with-form",
    ),
]


@pytest.mark.parametrize(("text", "form", "want"), _TRADER_NEGATIVES)
def test_an_employees_outlet_stays_alone(text: str, form: str, want: str) -> None:
    x = extract(mail(body(text), text_file("zadost.txt", form), sender="a@drill.example"))
    assert (x.organization_name or "").casefold() == want.casefold()
