"""Request types, fifty-third round (issue 18, helper r53-req): a drill written and labelled
by ``tests/corpus/LABELS.md`` before extraction was run on it. Every text is invented.

Class D — filming asked now, the feed request put off to a later election "not now" ("quella
richiesta la presenteremo per le prossime elezioni, non ora", "la presentaremos para las
próximas elecciones, no ahora", "ara no", "pas maintenant", "nie teraz") (cl008): the feed
and the address named with it do not count. Near misses: the feed asked now and filming put
off, and an application for the coming ("next") election.

Class C — Catalan declining filming ("No cal permís de filmació", "no necessitem", "no
volem filmar") beside a feed request (cl016). Near misses: "ens cal també el permís".

Class Q — a reply to the office's defect notice that gives only the missing value and says
the rest stands ("Ostatní údaje platí, jak je máte", "everything else stands as you have
it"): the request type is the one the quoted notice restates (cj003), never for certain.
"""

from __future__ import annotations

from typing import Any

import pytest

from intake.model import ParsedMessage
from tests.unit.extraction_helpers import SIG, body, extract, mail

F, R = "feed_access", "recording_permit"


def _mail(text: str) -> ParsedMessage:
    return mail(body(text + SIG))


def _reply(answer: str, notice: str, subject: str = "Re: Výzva k odstranění vad podání") -> ParsedMessage:
    quoted = "\n".join("> " + ln if ln else ">" for ln in notice.splitlines())
    text = (
        answer
        + "\n\n----- Původní zpráva -----\nOd: \"Podatelna ČSÚ\" <podatelna@czso.cz>\n"
        + "Komu: redakce@zpravy.example\nPředmět: Výzva k odstranění vad podání\n\n"
        + quoted
        + "\n>\n> Český statistický úřad\n> Na padesátém 81, 100 82 Praha 10\n"
        + "> IČO 00025593, ID datové schránky 2gfaasy\n"
    )
    return mail(body(text), subject=subject)


_NOTICE_FEED = (
    "Vážení,\nVaše žádost ze dne 2. 9. 2025 o zpřístupnění výsledků voleb na dedikovaném\n"
    "serveru (žadatel Zprávy s.r.o., IČO 27082440, produkční IP adresa 198.51.100.71)\n"
    "neobsahuje kontaktní osobu. Vyzýváme Vás k doplnění do 5 pracovních dnů."
)
_NOTICE_REC = (
    "Vážení,\nVaše žádost ze dne 2. 9. 2025 o povolení pořizovat obrazové záznamy\n"
    "ve sběrném místě (žadatel Zprávy s.r.o., IČO 27082440) neobsahuje telefon\n"
    "kontaktní osoby. Vyzýváme Vás k doplnění do 5 pracovních dnů."
)

_CASES: list[Any] = [
    # class D: filming now, the feed put off "not now"
    pytest.param(
        _mail(
            "Gentili signori, chiediamo il permesso di effettuare riprese presso la vostra sede.\n"
            "Quanto al feed XML: il server 192.0.2.77 verrà spento, quindi quella richiesta la "
            "presenteremo per le prossime elezioni, non ora.\n"
        ),
        [R],
        id="d1-it-presenteremo-non-ora",
    ),
    pytest.param(
        _mail(
            "Buongiorno, vorremmo fare riprese video durante lo spoglio. Il feed lo chiederemo "
            "più avanti (server 192.0.2.78).\n"
        ),
        [R],
        id="d2-it-chiederemo-piu-avanti",
    ),
    pytest.param(
        _mail(
            "Buenos días: solicitamos permiso para filmar en el punto de recogida. En cuanto al "
            "XML, la solicitud la presentaremos para las próximas elecciones, no ahora "
            "(servidor 192.0.2.79).\n"
        ),
        [R],
        id="d3-es-presentaremos-no-ahora",
    ),
    pytest.param(
        _mail(
            "Bom dia, pedimos autorização para filmar a contagem. Quanto ao feed XML, o pedido "
            "apresentaremos nas próximas eleições, não agora. O servidor 192.0.2.80 ainda não "
            "está pronto.\n"
        ),
        [R],
        id="d4-pt-apresentaremos-nao-agora",
    ),
    pytest.param(
        _mail(
            "Bon dia, demanem permís per filmar a la seu durant l'escrutini. Pel que fa a "
            "l'XML, la sol·licitud la presentarem per a les properes eleccions, ara no "
            "(servidor 192.0.2.81).\n"
        ),
        [R],
        id="d5-ca-presentarem-ara-no",
    ),
    pytest.param(
        _mail(
            "Madame, Monsieur, nous demandons l'autorisation de filmer le dépouillement. Quant "
            "au flux XML, nous présenterons cette demande pour les prochaines élections, pas "
            "maintenant (serveur 192.0.2.82).\n"
        ),
        [R],
        id="d6-fr-presenterons-pas-maintenant",
    ),
    pytest.param(
        _mail(
            "Guten Tag, wir bitten um eine Drehgenehmigung für die Auszählung. Den XML-Zugang "
            "beantragen wir erst zur nächsten Wahl, nicht jetzt (Server 192.0.2.83).\n"
        ),
        [R],
        id="d7-de-erst-naechste-wahl",
    ),
    pytest.param(
        _mail(
            "Dzień dobry, prosimy o zgodę na filmowanie w punkcie zbierania. O dostęp do XML "
            "wystąpimy przy następnych wyborach, nie teraz (serwer 192.0.2.84).\n"
        ),
        [R],
        id="d8-pl-wystapimy-nie-teraz",
    ),
    # near misses: the feed asked now, filming put off; an application for the next election
    pytest.param(
        _mail(
            "Buongiorno, chiediamo l'accesso al feed XML, server di produzione 192.0.2.85. Il "
            "permesso di riprese lo chiederemo più avanti, non ora.\n"
        ),
        [F],
        id="d9-it-feed-now-filming-later",
    ),
    pytest.param(
        _mail(
            "Buenos días: solicitamos acceso al XML de resultados para las próximas elecciones "
            "(servidor 192.0.2.86) y permiso para filmar en la sede.\n"
        ),
        [F, R],
        id="d10-es-next-election-both",
    ),
    # class C: Catalan declining filming
    pytest.param(
        _mail(
            "Bon dia, som un mitjà comarcal i només ens interessen els resultats d'una regió. "
            "Demanem l'accés al servidor XML.\nServidor de producció: 198.51.100.3\n\n"
            "No cal permís de filmació.\n"
        ),
        [F],
        id="c1-ca-no-cal-permis",
    ),
    pytest.param(
        _mail(
            "Bon dia, sol·licitem l'accés als resultats en XML (producció 198.51.100.4). No "
            "necessitem permís per filmar.\n"
        ),
        [F],
        id="c2-ca-no-necessitem",
    ),
    pytest.param(
        _mail(
            "Hola, demanem accés al feed XML, IP 198.51.100.5. No volem gravar ni filmar res "
            "a la seu.\n"
        ),
        [F],
        id="c3-ca-no-volem-gravar",
    ),
    pytest.param(
        _mail(
            "Bon dia, demanem l'accés al servidor XML (198.51.100.6) i ens cal també el permís "
            "de filmació a la seu.\n"
        ),
        [F, R],
        id="c4-ca-ens-cal-tambe",
    ),
    pytest.param(
        _mail(
            "Bon dia, demanem accés als gràfics i resultats en XML de la regió (servidor "
            "198.51.100.7).\n"
        ),
        [F],
        id="c5-ca-resultats-grafics",
    ),
    # class Q: a reply to the office's defect notice, the rest stands
    pytest.param(
        _reply(
            "Dobrý den,\n\nkontaktní osoba v žádosti chyběla. Je to Martina Horká, "
            "horka@zpravy.example, tel. 605 112 873.\n\nOstatní údaje platí, jak je máte.\n\n"
            "redakce Zprávy",
            _NOTICE_FEED,
        ),
        [F],
        id="q1-cz-ostatni-plati",
    ),
    pytest.param(
        _reply(
            "Dobrý deň,\n\nkontakt: Peter Malý, maly@zpravy.example, 0905 112 873.\n\n"
            "Ostatné údaje zostávajú bez zmeny.\n\nPeter Malý",
            _NOTICE_FEED,
        ),
        [F],
        id="q2-sk-bez-zmeny",
    ),
    pytest.param(
        _reply(
            "Hello,\n\nthe contact person is Anna Grey, grey@zpravy.example, +420 605 112 874. "
            "Everything else stands as you have it.\n\nAnna Grey",
            _NOTICE_FEED,
            subject="Re: defect notice",
        ),
        [F],
        id="q3-en-everything-else-stands",
    ),
    pytest.param(
        _reply(
            "Dobrý den,\n\ntelefon kontaktní osoby: 605 112 875 (Jan Kos, kos@zpravy.example).\n"
            "Jinak beze změny.\n\nJan Kos",
            _NOTICE_REC,
        ),
        [R],
        id="q4-cz-permit-beze-zmeny",
    ),
    # near miss: the reply drops the filming the notice restates
    pytest.param(
        _reply(
            "Dobrý den,\n\ntelefon: 605 112 876 (Eva Malá, mala@zpravy.example). Natáčet "
            "nakonec nebudeme, ostatní údaje platí.\n\nEva Malá",
            _NOTICE_FEED.replace("na dedikovaném\nserveru", "na dedikovaném\nserveru a o povolení natáčení"),
        ),
        [F],
        id="q5-cz-drops-filming",
    ),
]


@pytest.mark.parametrize(("p", "want"), _CASES)
def test_request_types_r53(p: ParsedMessage, want: list[str]) -> None:
    x = extract(p)
    got = sorted(x.request_types)
    field = x.fields["production_ips"] if "production_ips" in x.fields else None
    stray_certain = F not in want and bool(x.production_ips) and field is not None and field.certain
    assert (got, stray_certain) == (sorted(want), False), (
        f"types certain={x.fields['request_types'].certain}"
    )


@pytest.mark.parametrize("i", [0, 1, 2, 3])
def test_reply_types_never_certain_r53(i: int) -> None:
    """The request type read from the office's quoted notice is never certain."""
    p = [c for c in _CASES if c.id.startswith("q")][i].values[0]
    x = extract(p)
    assert not (x.request_types and x.fields["request_types"].certain)
