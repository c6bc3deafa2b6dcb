"""Request types, tenth round (issue 18): a foreign medium writes in its own language, so the
words of filming, of a crew, of access to the results, of asking, of declining and of taking
back are read as a class in the Romance, Dutch, Hungarian and Nordic languages too (with and
without their diacritics); a decline of the server's data is a decline of the feed. Wording,
formats and names are the tests' own, none a corpus case."""

from __future__ import annotations

import pytest

from intake.extraction.request_types import FEED, RECORDING, Part, request_types
from intake.extraction.review import Reason


def _types(text: str, has_ips: bool = False) -> tuple[str, ...]:
    return request_types([(text, Part.TEXT)], has_ips=has_ips)[0]


# ----------------------------------- filming asked for in any language -------------------
# Filming is asked for by any word of filming, shooting, recording picture or sound, or a
# camera crew, with a verb of asking: 'riprese', 'tournage', 'rodaje', 'filmagem', 'opnames',
# 'forgatás', 'inspelning', 'optagelse' - written with or without diacritics.


@pytest.mark.parametrize(
    "text",
    [
        "Chiediamo il permesso di effettuare riprese video nel centro di Ostrava.",
        "Vorremmo filmare lo spoglio presso la sede regionale di Zlín.",
        "Nous sollicitons une autorisation de tournage au bureau de Brno.",
        "Notre équipe souhaite filmer le dépouillement à Plzeň.",
        "Solicitamos permiso de rodaje en el centro de recogida de Olomouc.",
        "Queremos grabar un reportaje en la sede de Liberec.",
        "Solicitamos autorização de filmagem no centro de Jihlava.",
        "Wij vragen toestemming voor filmopnames in het verzamelcentrum in Pardubice.",
        "Szeretnénk forgatási engedélyt kérni a brünni gyűjtőhelyre.",
        "Vi ansöker om tillstånd för inspelning vid uppsamlingsplatsen i Kladno.",
        "Vi anmoder om tilladelse til optagelse på indsamlingsstedet i Opava.",
        "Nostra troupe televisiva chiede l'accesso alla sala per le riprese.",
    ],
)
def test_filming_asked_in_any_language_is_a_permit(text: str) -> None:
    assert _types(text) == (RECORDING,)


# ----------------------------------- access to the results in any language --------------
# The feed is asked for by access to the results, the data or the server, or by the election
# results, in any language: 'accesso ai risultati', 'accès aux données', 'toegang tot de
# uitslagen', 'hozzáférés az eredményekhez', 'åtkomst till valresultaten'.


@pytest.mark.parametrize(
    "text",
    [
        "Chiediamo l'accesso ai dati dei risultati elettorali.",
        "Nous demandons l'accès aux résultats du scrutin.",
        "Solicitamos acceso a los resultados electorales en formato XML.",
        "Solicitamos acesso aos dados eleitorais.",
        "Wij vragen toegang tot de verkiezingsuitslagen.",
        "Kérjük a hozzáférést a választási eredményekhez.",
        "Vi ansöker om åtkomst till valresultaten.",
    ],
)
def test_access_to_results_in_any_language_is_the_feed(text: str) -> None:
    assert _types(text) == (FEED,)


def test_both_asked_in_a_list_in_french() -> None:
    text = (
        "Nous souhaitons :\n"
        "1. un accès au serveur des résultats depuis nos adresses ;\n"
        "2. l'autorisation de filmer au centre de Prague (une caméra, deux personnes).\n"
    )
    assert _types(text, has_ips=True) == (FEED, RECORDING)


def test_both_asked_in_spanish_table() -> None:
    text = "Solicitud\tSí\tNo\nAcceso a los datos\tx\t\nPermiso de grabación\tx\t\n"
    assert _types(text) == (FEED, RECORDING)


# ----------------------------------- declined in any language ---------------------------
# A negation of the Romance, Dutch, Hungarian or Nordic languages ('non', 'pas', 'no
# necesitamos', 'não', 'geen', 'niet', 'nem kérünk', 'ikke', 'inte') declines the request of
# its clause, in prose and as a form's value; a decline of the server's data is a decline
# of the feed in any language, Czech included.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Non ci serve l'accesso ai dati. Chiediamo solo il permesso per le riprese.",
            (RECORDING,),
        ),
        ("Nous ne souhaitons pas filmer. Nous demandons l'accès aux résultats.", (FEED,)),
        ("No necesitamos acceso al servidor; solicitamos permiso de rodaje.", (RECORDING,)),
        ("Não vamos filmar. Solicitamos acesso aos resultados.", (FEED,)),
        ("Wij hebben geen toegang tot de gegevens nodig, alleen een filmvergunning.", (RECORDING,)),
        ("Filmopnames: nee\nToegang tot de uitslagen: ja", (FEED,)),
        (
            "Vi behöver inte åtkomst till data, vi ansöker om tillstånd för inspelning.",
            (RECORDING,),
        ),
        (
            "Natáčet bychom chtěli v sále komise v Táboře. Data ze serveru nepotřebujeme.",
            (RECORDING,),
        ),
        ("We will film at the count in Most. We do not need the server data.", (RECORDING,)),
    ],
)
def test_a_negation_in_any_language_declines(text: str, expected: tuple[str, ...]) -> None:
    assert _types(text) == expected


# ----------------------------------- withdrawn in any language --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Chiediamo l'accesso ai risultati.\nLa richiesta di riprese la ritiriamo.",
        "Nous demandons l'accès aux résultats. Nous retirons la demande de tournage.",
        "Solicitamos acceso a los resultados. Retiramos la solicitud de rodaje.",
        "Wij vragen toegang tot de uitslagen. De aanvraag voor filmopnames trekken wij in.",
        "Kérjük a hozzáférést az eredményekhez. A forgatási kérelmet visszavonjuk.",
    ],
)
def test_a_withdrawal_in_any_language_takes_filming_back(text: str) -> None:
    assert _types(text) == (FEED,)


# ----------------------------------- the results as a report's topic --------------------
# A sentence that only names the election results as what a report is about ("a documentary
# on how the results come about"), with no verb asking and no access, server or address, is
# the topic of the filming, not a request for the feed: a filming permit asked for beside
# it stands alone, and the reading stays unsure (the officer looks).


@pytest.mark.parametrize(
    "text",
    [
        "Natáčíme dokument o sčítání výsledků voleb. Žádáme o povolení natáčet v Kroměříži.",
        "Our students make a feature on how the election results are counted. We ask for "
        "permission to film at the count in Písek.",
        "Unsere Reportage handelt von den Wahlergebnissen. Wir beantragen eine Drehgenehmigung "
        "für Znaim.",
        "Il servizio racconta i risultati elettorali nella regione. Chiediamo il permesso di "
        "effettuare riprese a Třebíč.",
        "Le reportage porte sur les résultats de l'élection. Nous sollicitons une autorisation "
        "de tournage à Kolín.",
        "Pripravujeme reportáž o spracovaní výsledkov volieb.\nProsíme o povolenie natáčať "
        "v Hodoníne.",
    ],
)
def test_results_named_as_a_topic_are_no_feed_request(text: str) -> None:
    assert _types(text) == (RECORDING,)


def test_results_named_as_a_topic_leave_the_reading_unsure() -> None:
    text = "Točíme reportáž o zpracování volebních výsledků.\nProsíme o povolení natáčet v Jihlavě."
    assert request_types([(text, Part.TEXT)], has_ips=False) == ((RECORDING,), Reason.OTHER_TYPE)


def test_results_named_beside_addresses_still_ask_for_the_feed() -> None:
    text = "Reportáž o výsledcích voleb, adresa 192.0.2.10. Žádáme o povolení natáčet."
    assert _types(text, has_ips=True) == (FEED, RECORDING)


# ----------------------------------- forms and verb forms of any language ---------------
# A form's row is read by its label and its yes/no value in the form's language ('sì',
# 'oui', 'sim', 'igen', 'ja' / 'no', 'non', 'não', 'nem', 'nej'); a verb of filming counts
# in any person or tense ('filmerons', 'filmaremos', 'filmning', 'tourner').


@pytest.mark.parametrize(
    "text",
    [
        "Riprese video: no\nAccesso ai dati: sì",
        "Tournage : non\nAccès aux données : oui",
        "Filmagem: não\nAcesso aos dados: sim",
        "Forgatás: nem\nHozzáférés az adatokhoz: igen",
        "Filmning: nej\nÅtkomst till data: ja",
        "Nous demandons l'accès aux résultats. Nous ne filmerons pas.",
        "Vi ansöker om åtkomst till resultaten. Vi kommer inte att filma.",
    ],
)
def test_a_form_or_a_verb_in_any_language_declines_filming(text: str) -> None:
    assert request_types([(text, Part.TEXT)], has_ips=False) == ((FEED,), None)


@pytest.mark.parametrize(
    "text",
    [
        "Nous souhaitons également tourner des images au centre de collecte, et accéder aux "
        "résultats.",
        "Queremos filmar en el centro y acceder a los resultados en XML.",
        "Filmaremos en Brno; solicitamos también acceso a los datos.",
    ],
)
def test_both_asked_with_verbs_of_any_language(text: str) -> None:
    assert _types(text) == (FEED, RECORDING)


@pytest.mark.parametrize(
    "text",
    [
        "Our non-profit institute requests access to the results and permission to film.",
        "Als non-profit stichting vragen wij toegang tot de uitslagen en een filmvergunning.",
    ],
)
def test_a_non_profit_is_no_negation(text: str) -> None:
    assert _types(text) == (FEED, RECORDING)
