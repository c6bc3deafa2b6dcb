"""The organisation, tenth round (issue 18): a foreign applicant writes its name the way its
own language and law write it, so legal forms, institutions' head words, articles, job
titles and a freelancer's marks are read as a class in any language, not one phrase per case.
Wording, formats and names are the tests' own, none a corpus case."""

from __future__ import annotations

import pytest

from tests.unit.extraction_helpers import body as _body
from tests.unit.extraction_helpers import extract as _x
from tests.unit.extraction_helpers import mail as _mail
from tests.unit.extraction_helpers import text_file as _text_file

_SIG = "\nContact: Iva Nová, +420 603 123 456, iva@zpravy.example\n"


def _org(text: str) -> str | None:
    return _x(_mail(_body(text + "\nProduction IP: 192.0.2.10\n" + _SIG))).organization_name


# ----------------------------------- legal forms of every country --------------------------
# A company-type designator written in capitals after a capitalised name ends the name in any
# language, two letters without dots too ("SA", "NV", "BV") and the German "mbH" of a
# "Gesellschaft mbH"; where it stands (a letter, a signature, a form, an attachment) does
# not matter.


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Nous sommes Éditions du Vieux Port SA et demandons l'accès XML.",
            "Éditions du Vieux Port SA",
        ),
        ("Applicant: Noordzee Omroep NV", "Noordzee Omroep NV"),
        (
            "We request XML access.\n\nKind regards\nPieter Jansen\nZeeland Media Groep BV",
            "Zeeland Media Groep BV",
        ),
        (
            "Bitte um Zugang zum XML-Server.\n\nMit freundlichen Grüßen\nKarin Vogt\n"
            "Rheinische Presse- und Verlagsgesellschaft mbH\nRheinweg 4, 53111 Bonn",
            "Rheinische Presse- und Verlagsgesellschaft mbH",
        ),
        ("Empresa | Notícias do Minho Lda\nPedido | acesso XML", "Notícias do Minho Lda"),
        ("Solicitamos acceso XML para Radio Meseta SA (Madrid).", "Radio Meseta SA"),
    ],
)
def test_a_foreign_legal_form_ends_the_name(text: str, name: str) -> None:
    assert _org(text) == name


def test_a_legal_form_in_an_attachment_names_the_applicant() -> None:
    letter = "Demande d'accès aux résultats\n\nAgence Liégeoise d'Images SA\nRue Haute 3, Liège\n"
    msg = _mail(
        _body("Veuillez trouver notre demande ci-jointe." + _SIG), _text_file("demande.txt", letter)
    )
    assert _x(msg).organization_name == "Agence Liégeoise d'Images SA"


# ----------------------------------- an article is a word of the sentence -------------------
# An article opening a name read from a sentence ("die", "der", "the", "la", "le", "il",
# "el", "de", "het") belongs to the sentence, not to the name, in any language.


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Wir vertreten die Alpenland Rundfunk GmbH und beantragen XML-Zugang.",
            "Alpenland Rundfunk GmbH",
        ),
        ("Im Auftrag der Moselwelle Medien GmbH bitte ich um Zugang.", "Moselwelle Medien GmbH"),
        (
            "Scriviamo per conto de la Voce Adriatica S.r.l. e chiediamo l'accesso.",
            "Voce Adriatica S.r.l.",
        ),
        ("Au nom de la Radio Côte Sud SARL, nous demandons l'accès.", "Radio Côte Sud SARL"),
        ("Namens het Omroepbedrijf Zuid BV vragen wij toegang.", "Omroepbedrijf Zuid BV"),
        ("El Diario Pirenaico S.L. solicita acceso a los resultados.", "Diario Pirenaico S.L."),
    ],
)
def test_an_article_before_a_name_is_not_part_of_it(text: str, name: str) -> None:
    assert _org(text) == name


# ----------------------------------- institutions in any language --------------------------
# An institute, foundation, association, academy or university is named by its head word in
# its own language followed by its capitalised words and their connectives ("für", "de",
# "di", "voor", "för"): such a name has no legal form, so it is read from the sentence and
# stays unsure.


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "the Institut für Alpine Medienforschung is a research body in Graz.",
            "Institut für Alpine Medienforschung",
        ),
        (
            "Lo Istituto di Studi Elettorali Adriatici chiede l'accesso XML.",
            "Istituto di Studi Elettorali Adriatici",
        ),
        (
            "Nous écrivons au nom de la Fondation pour la Démocratie Locale.",
            "Fondation pour la Démocratie Locale",
        ),
        (
            "Wij schrijven namens de Stichting Open Verkiezingsdata.",
            "Stichting Open Verkiezingsdata",
        ),
        ("Universidad de Castilla Norte\nSolicitud de acceso XML", "Universidad de Castilla Norte"),
        (
            "Our Verein für Freie Wahlbeobachtung asks for access.",
            "Verein für Freie Wahlbeobachtung",
        ),
        ("Vi skriver för Föreningen för Öppna Valdata i Uppsala.", "Föreningen för Öppna Valdata"),
    ],
)
def test_a_foreign_institution_is_named_by_its_head_word(text: str, name: str) -> None:
    assert _org(text) == name


# ----------------------------------- a job title is no organisation ------------------------
# A signature's job title in any language ("Leiterin Nachrichten", "Caporedattrice",
# "Chargée de production", "Jefa de informativos", "Hoofdredacteur") is who the signer is,
# never the organisation; the organisation is the name with a legal form below it, or none.


@pytest.mark.parametrize(
    ("signature", "name"),
    [
        (
            "Dr. Jana Ebner\nLeiterin Politikredaktion\nSüdwest Rundfunk GmbH",
            "Südwest Rundfunk GmbH",
        ),
        ("Marco Ferri\nCaporedattore Esteri\nRadio Lagune S.r.l.", "Radio Lagune S.r.l."),
        ("Lucie Morel\nChargée de communication\nOnde Alpine SAS", "Onde Alpine SAS"),
        ("Ana Ruiz\nJefa de Informativos\nOnda Norte S.L.", "Onda Norte S.L."),
        ("Bram de Vries\nHoofdredacteur Nieuws\nKustomroep BV", "Kustomroep BV"),
    ],
)
def test_a_job_title_in_a_signature_is_no_organisation(signature: str, name: str) -> None:
    text = (
        "Please grant our newsroom access to the XML results server.\n\nBest regards\n" + signature
    )
    assert _org(text) == name


@pytest.mark.parametrize(
    "signature",
    [
        "Jana Ebner\nLeiterin Nachrichten",
        "Marco Ferri\nDirettore Responsabile",
        "Lucie Morel\nRédactrice en chef",
        "Bram de Vries\nEindredacteur Buitenland",
    ],
)
def test_a_job_title_alone_names_no_organisation(signature: str) -> None:
    text = "Please grant access to the XML results server.\n\nBest regards\n" + signature
    assert _org(text) != signature.splitlines()[1]


# ----------------------------------- a freelancer is their own organisation ----------------
# A person who says they work on their own ("freelance", "freier Journalist", "indépendant",
# "autónomo", "zzp'er", "frilans", "szabadúszó", "OSVČ") applies for themselves: the
# organisation is the person, whatever town or country follows in brackets, unsure.


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Applicant: Jonas Berg, freelance reporter (Gothenburg, Sweden)", "Jonas Berg"),
        ("Antragsteller: Lena Hartmann, freie Journalistin (Leipzig)", "Lena Hartmann"),
        ("Demandeur : Hugo Lefèvre, journaliste indépendant, Lille", "Hugo Lefèvre"),
        ("Solicitante: Lucía Moreno, periodista autónoma (Sevilla, España)", "Lucía Moreno"),
        ("Aanvrager: Sanne Visser, freelance journalist (Utrecht)", "Sanne Visser"),
        ("Applicant: Ágnes Kovács, freelance (Debrecen, Hungary)", "Ágnes Kovács"),
    ],
)
def test_a_freelancer_is_their_own_organisation(line: str, name: str) -> None:
    assert _org(line + "\nWe request XML access.") == name


# ----------------------------------- "we are …" and media names in any language ------------
# A sentence saying who writes ("wir sind", "nous sommes", "siamo", "somos", "wij zijn",
# "vi är", "jesteśmy") names the organisation after it, not with its verb; a newspaper,
# broadcaster or agency is named by its head word in its own language ("Omroep …",
# "Corriere della …", "… Zeitung", "Diario de …").


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Siamo Radio Laguna Blu, emittente locale, e chiediamo l'accesso.", "Radio Laguna Blu"),
        ("Somos Radio Sierra Alta, una emisora local, y solicitamos acceso.", "Radio Sierra Alta"),
        ("Wij zijn Omroep Polderland en vragen toegang.", "Omroep Polderland"),
        ("Jesteśmy Radio Beskidy i prosimy o dostęp.", "Radio Beskidy"),
        ("Escribimos en nombre del Diario de Navarra Sur.", "Diario de Navarra Sur"),
        ("Die Redaktion der Tiroler Zeitung ersucht um Zugang.", "Tiroler Zeitung"),
    ],
)
def test_who_writes_is_read_in_any_language(text: str, name: str) -> None:
    assert _org(text) == name
