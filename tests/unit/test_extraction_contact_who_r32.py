"""Contact person, thirty-second round (issue 18), helper r32-who: a self-introduction that
gives the writer's full name (a second surname) beside a shorter From header or signature.

Listed miss: zc006 ("Soy Lucía Fernández Ortega, periodista independiente …", From "Lucía
Fernández", signed "Lucía"): the contact and the freelancer's own name were read as "Lucía
Fernández". Two causes: a capitalised "I am" opening the sentence ("Soy", "Jsem", "Sou")
was read as the first word of a name run, so "Soy Lucía Fernández" hid the full name; and
with a shorter signature of the same person the fuller form was never looked for when the
name had diacritics.

Classes fixed:

1. A capitalised "I am" of a self-introduction ("Soy …", "Jsem …", "Sou …", "Sono …",
   "Jestem …") is no word of the name after it.
2. A self-introduction ("soy", "me llamo", "jmenuji se", "volám sa", "my name is", "I'm",
   "mein Name ist", "ich bin", "je m'appelle", "je suis") naming the writer with a second
   surname beside a header or signature of the first surname only: the fuller form wins,
   unsure unless only diacritics differ.

The drill's messages were labelled by ``tests/corpus/LABELS.md`` before any extraction was
run on them; wording and names are the tests' own, none a corpus case."""

from __future__ import annotations

import pytest

from tests.unit.extraction_helpers import body, extract, mail

# (id, wanted contact person, sender's header name, subject, body text) - labelled before running
_CASES: list[tuple[str, str, str, str, str]] = [
    (
        "b01-es-me-llamo",
        "Carmen López García",
        "Carmen López",
        "Solicitud de grabación",
        "Hola:\n\nMe llamo Carmen López García y trabajo como reportera freelance para varios "
        "diarios. Solicito permiso para grabar en el centro de recogida de Brno.\n\n"
        "Teléfono: +34 622 333 444\n\nGracias,\nCarmen\n",
    ),
    (
        "b02-pt-sou-signed-short",
        "João Pereira Santos",
        "João Pereira",
        "Pedido de autorização",
        "Bom dia,\n\nSou João Pereira Santos, jornalista independente em Praga. Peço "
        "autorização para filmar no centro de apuramento na noite eleitoral.\n\n"
        "Cumprimentos,\nJoão Pereira\n+351 913 222 111\n",
    ),
    (
        "b03-cs-jsem-signed-short",
        "Tereza Malá Horáková",
        "Tereza Malá",
        "Žádost o fotografování",
        "Dobrý den,\n\nJsem Tereza Malá Horáková, fotografka na volné noze. Prosím o povolení "
        "fotografovat ve sběrném místě v Jihlavě.\n\nDěkuji\nTereza Malá\n604 222 333\n",
    ),
    (
        "b04-en-my-name-is",
        "Ana Torres Vidal",
        "Ana Torres",
        "Filming request",
        "Hello,\n\nmy name is Ana Torres Vidal and I'm a freelance video journalist based in "
        "Prague. I'd like to ask for permission to film at the Prague collection point.\n\n"
        "Best wishes,\nAna Torres\n+420 777 123 987\n",
    ),
    (
        "b05-de-mein-name-ist",
        "Pablo Ortiz Romero",
        "Pablo Ortiz",
        "Drehgenehmigung",
        "Guten Tag,\n\nmein Name ist Pablo Ortiz Romero, ich arbeite als freier Kameramann. "
        "Ich möchte eine Drehgenehmigung für die Sammelstelle in Brünn beantragen.\n\n"
        "Viele Grüße\nPablo Ortiz\n+49 151 2345 6789\n",
    ),
    (
        "b06-fr-je-m-appelle",
        "Inés Navarro Gil",
        "Inés Navarro",
        "Demande de tournage",
        "Bonjour,\n\nje m'appelle Inés Navarro Gil, journaliste indépendante. Je souhaite "
        "filmer au centre de collecte de Prague le soir des élections.\n\nMerci d'avance,\n"
        "Inés\n+33 7 11 22 33 44\n",
    ),
    (
        "b07-sk-volam-sa",
        "Elena Ruiz Prieto",
        "Elena Ruiz",
        "Žiadosť o nakrúcanie",
        "Dobrý deň,\n\nvolám sa Elena Ruiz Prieto, som nezávislá novinárka. Žiadam o povolenie "
        "nakrúcať na zbernom mieste v Bratislave.\n\nĎakujem\nElena Ruiz\n+421 911 222 333\n",
    ),
    (
        "b08-es-soy-no-header-name",
        "Lucas Moreno Díaz",
        "",
        "Permiso",
        "Buenos días:\n\nSoy Lucas Moreno Díaz, fotógrafo independiente. Les pido permiso para "
        "fotografiar en el centro de recogida de Ostrava.\n\nSaludos,\nLucas Moreno\n"
        "+34 633 444 555\n",
    ),
    (
        "b09-en-i-am",
        "Sofía Herrera Blanco",
        "Sofía Herrera",
        "Filming",
        "Hello,\n\nI am Sofía Herrera Blanco, a freelance reporter. I would like to film at the "
        "Brno collection point.\n\nSofía Herrera\n",
    ),
    (
        "b10-de-ich-bin",
        "Raúl Castro Peña",
        "Raúl Castro",
        "Drehgenehmigung",
        "Guten Tag,\n\nich bin Raúl Castro Peña, freier Journalist. Ich beantrage eine "
        "Drehgenehmigung für die Sammelstelle Brünn.\n\nGruß\nRaúl Castro\n",
    ),
    # near-miss negatives: a colleague's longer name, a trade name after the writer's own
    (
        "bn1-es-colleague-longer-name",
        "Marta Gil",
        "Marta Gil",
        "Solicitud",
        "Hola:\n\nSoy Marta Gil, fotógrafa. Solicito permiso para fotografiar en el centro de "
        "recogida de Brno; me acompañará mi colega Pedro Sanz Blanco.\n\nUn saludo,\nMarta Gil\n"
        "+34 644 555 666\n",
    ),
    (
        "bn2-en-trade-name-after-name",
        "Daniel Weber",
        "Daniel Weber",
        "Photo permit",
        "Hello,\n\nI'm Daniel Weber, a freelance photographer, and I'd like to ask for a permit "
        "to photograph at the Plzeň collection point for Daniel Weber Photography.\n\n"
        "Regards,\nDaniel Weber\n+420 602 333 444\n",
    ),
    (
        "bn3-cs-name-then-town",
        "Jana Vlková",
        "Jana Vlková",
        "Žádost",
        "Dobrý den,\n\njsem Jana Vlková Brno, tedy z brněnské redakce ne, píšu za sebe jako "
        "nezávislá novinářka. Prosím o povolení natáčet ve sběrném místě.\n\nDěkuji\n"
        "Jana Vlková\n603 555 666\n",
    ),
]


@pytest.mark.parametrize(
    ("cid", "want", "sender_name", "subject", "text"), _CASES, ids=[c[0] for c in _CASES]
)
def test_round32_self_introduction_full_name(
    cid: str, want: str, sender_name: str, subject: str, text: str
) -> None:
    x = extract(
        mail(body(text), subject=subject, sender="writer@press.example", sender_name=sender_name)
    )
    assert x.contact_person == want, cid
    if want.count(" ") > 1:  # a second surname the header or signature leaves out: unsure
        assert not x.fields["contact.person"].certain, cid
