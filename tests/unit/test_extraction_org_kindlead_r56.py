"""A drill, fifty-sixth round (issue 18): an organisation's name after a document's word and
the noun of its kind ("Žádost spolku X, z. s. (IČO …)", "Žiadosť spoločnosti X s.r.o.",
"Wniosek spółki X sp. z o.o.", "Antrag des Vereins X e. V.", "Request from the association X
Ltd"): the name is the words after the kind noun, not the document's words. Near misses: a
kind noun that is the name's own first word ("Spolek Přátel Jihlavy, z. s."), a document
word before the name with no kind noun. Every message was labelled by
``tests/corpus/LABELS.md`` before extraction ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import FEED, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, mail

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _mail(text: str, sender: str, name: str) -> ParsedMessage:
    return mail(body(text), subject="XML volby / election results", sender=sender, sender_name=name)


def _case(
    key: str, text: str, sender: str, name: str, org: str | None, ico: str | None, prod: str, phone: str | None
) -> None:
    CASES[key] = (
        _mail(text, sender, name),
        label(FEED, (org, ico, None), [prod], [], (name, sender, phone)),
    )


_case(
    "cs_zadost_spolku_ico_paren",
    "Dobrý den,\n\nŽádost spolku Hlas Vysočiny, z. s. (IČO 27074358):\npřístup k výsledkům voleb "
    "v XML z adresy 192.0.2.61.\n\nS pozdravem\nJana Rybová\ntel. 731 220 415\n",
    "rybova@hlasvysociny.example", "Jana Rybová", "Hlas Vysočiny, z. s.", "27074358", "192.0.2.61",
    "+420731220415",
)
_case(
    "cs_zadost_spolecnosti_line",
    "Dobrý den,\n\nŽádost společnosti Rádio Podlesí s.r.o. o přístup k XML s výsledky voleb.\n\n"
    "IP adresa: 192.0.2.62\n\nDěkuji\nPetr Král\n602 118 330\n",
    "kral@radiopodlesi.example", "Petr Král", "Rádio Podlesí s.r.o.", None, "192.0.2.62", "+420602118330",
)
_case(
    "cs_vec_zadost_vydavatelstvi",
    "Věc: Žádost vydavatelství Nový Obzor a.s.\n\nDobrý den, prosíme o přístup k datům voleb ve "
    "formátu XML.\nProdukční IP: 192.0.2.63\n\nS pozdravem\nMarta Holá\n",
    "hola@novyobzor.example", "Marta Holá", "Nový Obzor a.s.", None, "192.0.2.63", None,
)
_case(
    "sk_ziadost_spolocnosti",
    "Dobrý deň,\n\nŽiadosť spoločnosti Liptovské echo s.r.o. (IČO 47120398) o prístup k výsledkom "
    "volieb v XML.\nIP: 198.51.100.64\n\nS pozdravom\nMarek Kováč\n0905 332 118\n",
    "kovac@liptovskeecho.example", "Marek Kováč", "Liptovské echo s.r.o.", "47120398", "198.51.100.64",
    "+421905332118",
)
_case(
    "sk_ziadost_obcianskeho_zdruzenia",
    "Dobrý deň,\n\nŽiadosť združenia Kysucký kuriér, o. z.: prosíme o prístup k XML s výsledkami "
    "volieb.\nIP adresa servera: 198.51.100.65\n\nS pozdravom\nEva Hrušková\n",
    "hruskova@kysuckykurier.example", "Eva Hrušková", "Kysucký kuriér, o. z.", None, "198.51.100.65", None,
)
_case(
    "pl_wniosek_spolki",
    "Dzień dobry,\n\nWniosek spółki Gazeta Śląska sp. z o.o. o dostęp do wyników wyborów w XML.\n"
    "Adres IP: 203.0.113.66\n\nZ poważaniem\nTomasz Nowak\ntel. +48 601 224 735\n",
    "nowak@gazetaslaska.example", "Tomasz Nowak", "Gazeta Śląska sp. z o.o.", None, "203.0.113.66",
    "+48601224735",
)
_case(
    "pl_wniosek_stowarzyszenia",
    "Dzień dobry,\n\nWniosek stowarzyszenia Głos Podhala (KRS 0000412233): prosimy o dostęp do "
    "danych XML z wynikami wyborów.\nIP: 203.0.113.67\n\nPozdrawiam\nAnna Zając\n",
    "zajac@glospodhala.example", "Anna Zając", "Głos Podhala", None, "203.0.113.67", None,
)
_case(
    "de_antrag_der_firma",
    "Guten Tag,\n\nAntrag der Firma Donauwelle Medien GmbH auf Zugang zu den Wahlergebnissen im "
    "XML-Format.\nIP-Adresse: 203.0.113.68\n\nMit freundlichen Grüßen\nStefan Huber\n+43 664 218 4470\n",
    "huber@donauwelle.example", "Stefan Huber", "Donauwelle Medien GmbH", None, "203.0.113.68",
    "+436642184470",
)
_case(
    "de_antrag_des_vereins",
    "Guten Tag,\n\nAntrag des Vereins Freies Radio Passau e. V. auf Zugang zum XML-Dienst der "
    "Wahlergebnisse.\nServer-IP: 203.0.113.69\n\nViele Grüße\nLena Bauer\n",
    "bauer@frpassau.example", "Lena Bauer", "Freies Radio Passau e. V.", None, "203.0.113.69", None,
)
_case(
    "en_request_from_the_company",
    "Hello,\n\nRequest from the company Harbour Post Media Ltd for access to the election results "
    "XML feed.\nServer IP: 198.51.100.70\n\nBest regards,\nOliver Grant\n+44 117 496 0712\n",
    "grant@harbourpost.example", "Oliver Grant", "Harbour Post Media Ltd", None, "198.51.100.70",
    "+441174960712",
)
# near misses: the kind noun is the name's own first word; a document word with no kind noun
_case(
    "cs_spolek_is_name_word",
    "Dobrý den,\n\nžádost podává Spolek přátel Telče, z. s. (IČO 22718346). Prosíme o přístup k "
    "výsledkům voleb v XML.\nIP: 192.0.2.71\n\nS pozdravem\nKarel Dvořák\n",
    "dvorak@spolektelc.example", "Karel Dvořák", "Spolek přátel Telče, z. s.", "22718346", "192.0.2.71", None,
)
_case(
    "cs_zadost_no_kind_noun",
    "Dobrý den,\n\nŽádost Jihočeský zpravodaj s.r.o. o přístup k XML s výsledky voleb.\n"
    "IP: 192.0.2.72\n\nS pozdravem\nLucie Malá\n",
    "mala@jczpravodaj.example", "Lucie Malá", "Jihočeský zpravodaj s.r.o.", None, "192.0.2.72", None,
)
XFAIL: dict[str, str] = {
    "pl_wniosek_stowarzyszenia": "a name with no legal form after the kind noun (\"Wniosek stowarzyszenia "
    "Głos Podhala (KRS …)\"): nothing marks where a name without a form ends (missing, not wrong)",
}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_org_kindlead_r56(p: ParsedMessage, want: Label) -> None:
    assert misses(p, want) == []
