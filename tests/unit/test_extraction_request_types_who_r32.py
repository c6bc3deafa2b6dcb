"""Request types, thirty-second round (issue 18), helper r32-who: a request put off to a later
year, election or time in the Romance languages and by a verb leaving it for later.

Listed miss: zc006 (a Spanish freelancer asks to film and writes "Lo del acceso a los datos
XML lo dejamos para las elecciones del año que viene": the feed was counted as asked for).
The putting off of round 30 (``_PUT_OFF``) knew a later year or election only in Czech,
Slovak, Polish, German and English, and a verb that leaves a thing for another time not at
all.

Classes fixed:

1. A later year or election in the Romance languages and Dutch ("el año que viene", "el
   próximo año", "l'année prochaine", "o ano que vem", "l'anno prossimo", "volgend jaar";
   "las próximas elecciones", "plus tard", "más adelante").
2. A verb leaving a thing for a later time ("lo dejamos para …", "we'll leave it for later",
   "necháme na budúce voľby", "on garde ça pour plus tard", "zostawiamy na przyszły rok"),
   also as a clause of its own after the request it puts off.

The drill's messages were labelled by ``tests/corpus/LABELS.md`` before any extraction was
run on them; wording and names are the tests' own, none a corpus case."""

from __future__ import annotations

import pytest

from tests.unit.extraction_helpers import body, extract, mail

F = ("feed_access",)
R = ("recording_permit",)
B = ("feed_access", "recording_permit")

# (id, wanted types, subject, body text) - labelled before running
_CASES: list[tuple[str, tuple[str, ...], str, str]] = [
    (
        "a01-es-dejaremos-proximas-elecciones",
        R,
        "Acreditación",
        "Buenas tardes:\n\nSolicito acreditación para filmar en el centro de recuento de Brno el "
        "sábado. El acceso al XML de resultados lo dejaremos para las próximas elecciones "
        "europeas, de momento no hace falta.\n\nUn cordial saludo,\nMarta Vidal Ros\n"
        "+34 655 120 334\n",
    ),
    (
        "a02-fr-tournage-annee-prochaine",
        F,
        "Demande d'accès",
        "Bonjour,\n\nnous demandons l'accès au flux XML des résultats pour notre serveur "
        "203.0.113.50. Le tournage au centre de collecte, ce sera pour l'année prochaine.\n\n"
        "Cordialement,\nClaire Dubois\nDubois Médias SARL\n+33 6 12 34 56 78\n",
    ),
    (
        "a03-pt-fica-para-o-ano-que-vem",
        R,
        "Pedido de autorização",
        "Bom dia,\n\ngostaríamos de pedir autorização para filmar no centro de apuramento em "
        "Praga no dia das eleições. O acesso aos dados XML fica para o ano que vem.\n\n"
        "Obrigado,\nRui Costa\n+351 912 345 678\n",
    ),
    (
        "a04-en-left-for-later",
        R,
        "Filming permit",
        "Hi,\n\nI'm writing to ask for a permit to film at the Ostrava collection point on "
        "election night. The XML feed can be left for later - our server won't be ready in "
        "time anyway.\n\nThanks,\nGreg Lawson\n+44 7700 900123\n",
    ),
    (
        "a05-de-heben-fuer-spaeter-auf",
        F,
        "Antrag XML",
        "Guten Tag,\n\nwir beantragen den Zugang zu den XML-Daten für die Adresse 192.0.2.77. "
        "Die Drehgenehmigung heben wir uns für später auf.\n\nMit freundlichen Grüßen\n"
        "Lena Vogt\nVogt Medien GmbH\n+49 30 7654321\n",
    ),
    (
        "a06-pl-zostawiamy-na-przyszly-rok",
        R,
        "Wniosek",
        "Dzień dobry,\n\nprosimy o zgodę na nagrywanie w punkcie zbierania wyników w Pradze. "
        "Dostęp do danych XML zostawiamy na przyszły rok.\n\nPozdrawiam\nTomasz Wójcik\n"
        "+48 601 234 567\n",
    ),
    (
        "a07-sk-nechame-na-buduce-volby",
        F,
        "Žiadosť",
        "Dobrý deň,\n\nžiadame o prístup k XML výsledkom pre server 198.51.100.20. Nakrúcanie "
        "si necháme na budúce voľby do VÚC.\n\nS pozdravom\nMarek Kollár\nKollár media s.r.o.\n"
        "+421 905 111 222\n",
    ),
    (
        "a08-it-rimandiamo-prossime-elezioni",
        R,
        "Richiesta",
        "Buongiorno,\n\nchiediamo il permesso di riprendere al centro di raccolta di Praga. "
        "L'accesso ai dati XML lo rimandiamo alle prossime elezioni.\n\nCordiali saluti\n"
        "Giulia Romano\n+39 347 123 4567\n",
    ),
    # near-miss negatives: a next election with no putting off, leaving a crew somewhere
    (
        "an1-es-proximas-elecciones-both",
        B,
        "Solicitud",
        "Hola:\n\nSolicitamos acceso a los datos XML para las próximas elecciones (servidor "
        "203.0.113.9) y permiso para grabar en el centro de recogida de Plzeň.\n\nSaludos,\n"
        "Diego Marín\n+34 611 222 333\n",
    ),
    (
        "an2-en-leave-crew-for-night-both",
        B,
        "Application",
        "Hello,\n\nwe'd like to leave our camera crew at the collection point for the whole "
        "night to film the count, and we also need the XML feed for our server 203.0.113.19.\n\n"
        "Best,\nNora Quinn\nQuinn Media Ltd\n+44 20 7946 0555\n",
    ),
    (
        "an3-fr-both-then-later-remark",
        B,
        "Demande",
        "Bonjour,\n\nnous demandons l'accès aux données XML (serveur 198.51.100.61) et "
        "l'autorisation de filmer au centre de collecte de Brno.\n\nMerci,\nPaul Girard\n"
        "+33 6 98 76 54 32\n",
    ),
    (
        "an4-fr-both-coming-back-next-year",
        B,
        "Demande",
        "Bonjour,\n\nnous demandons l'accès aux données XML (serveur 198.51.100.61) et "
        "l'autorisation de filmer au centre de collecte de Brno. Si tout se passe bien, nous "
        "reviendrons aussi l'année prochaine pour les régionales.\n\nMerci,\nPaul Girard\n",
    ),
]


@pytest.mark.parametrize(("cid", "want", "subject", "text"), _CASES, ids=[c[0] for c in _CASES])
def test_round32_put_off_later(cid: str, want: tuple[str, ...], subject: str, text: str) -> None:
    x = extract(mail(body(text), subject=subject, sender="a@media.example"))
    assert x.request_types == want, cid
