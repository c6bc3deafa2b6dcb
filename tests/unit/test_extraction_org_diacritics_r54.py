"""A drill, fifty-fourth round (issue 18): the organisation's name typed without diacritics in
the body (a phone's keyboard) while the Subject, the signature or the sender's display name
writes the same name with them: by ``tests/corpus/LABELS.md`` the spelling with diacritics is
labelled. Near misses: a name written nowhere with diacritics stays as typed; a similar but
different name in the Subject lends it nothing. Every message was labelled before extraction
ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import FEED, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, mail

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _mail(text: str, subject: str, sender: str, name: str = "") -> ParsedMessage:
    return mail(body(text), subject=subject, sender=sender, sender_name=name)


CASES["cs_subject_with_marks"] = (
    _mail(
        "dobry den,\nJizersky zpravodaj s.r.o. zada o pristup k xml vysledkum voleb.\n"
        "server 198.51.100.21\nkontakt Ales Bartos 604 221 873\n",
        "xml volby – Jizerský zpravodaj",
        "bartos@jizerskyzpravodaj.example",
    ),
    label(FEED, ("Jizerský zpravodaj s.r.o.", None, None), ["198.51.100.21"], [],
          ("Ales Bartos", "bartos@jizerskyzpravodaj.example", "+420604221873")),
)
CASES["sk_signature_with_marks"] = (
    _mail(
        "Dobry den,\nZahorske noviny s.r.o. ziadaju o pristup k vysledkom volieb.\n"
        "Produkcny server: 198.51.100.34\n\nS pozdravom\nJan Kollar\nZáhorské noviny s.r.o.\n"
        "tel. 0905 331 742\n",
        "Pristup k vysledkom",
        "kollar@zahorskenoviny.example",
    ),
    label(FEED, ("Záhorské noviny s.r.o.", None, None), ["198.51.100.34"], [],
          ("Jan Kollar", "kollar@zahorskenoviny.example", "+421905331742")),
)
CASES["pl_subject_with_marks"] = (
    _mail(
        "Dzien dobry,\nGazeta Slaska sp. z o.o. prosi o dostep do wynikow wyborow (XML).\n"
        "Serwer: 203.0.113.41\n\nPozdrawiam\nPiotr Nowak\n+48 601 234 567\n",
        "Dostęp do wyników – Gazeta Śląska",
        "nowak@gazetaslaska.example",
    ),
    label(FEED, ("Gazeta Śląska sp. z o.o.", None, None), ["203.0.113.41"], [],
          ("Piotr Nowak", "nowak@gazetaslaska.example", "+48601234567")),
)
CASES["de_subject_with_umlaut"] = (
    _mail(
        "Guten Tag,\ndie Sudkurier Medien GmbH bittet um Zugang zum XML-Wahlergebnisdienst.\n"
        "Server: 203.0.113.52\n\nMit freundlichen Gruessen\nJonas Weber\n+49 7531 998 120\n",
        "Zugang Wahlergebnisse – Südkurier Medien",
        "weber@suedkurier.example",
    ),
    label(FEED, ("Südkurier Medien GmbH", None, None), ["203.0.113.52"], [],
          ("Jonas Weber", "weber@suedkurier.example", "+497531998120")),
)
CASES["hu_subject_with_marks"] = (
    _mail(
        "Jo napot,\na Delvideki Hirlap Kft. hozzaferest ker a valasztasi eredmenyek XML adataihoz.\n"
        "Szerver: 192.0.2.61\n\nUdvozlettel\nKiss Peter\n+36 30 412 5567\n",
        "Hozzáférés – Délvidéki Hírlap Kft.",
        "kiss@delvideki.example",
    ),
    label(FEED, ("Délvidéki Hírlap Kft.", None, None), ["192.0.2.61"], [],
          ("Kiss Peter", "kiss@delvideki.example", "+36304125567")),
)
CASES["cs_display_name_with_marks"] = (
    _mail(
        "dobry den, Tydenik Hranicar s.r.o. zada o pristup k vysledkum voleb v XML.\n"
        "IP 192.0.2.88\nkontakt Eva Mala, 731 552 014\n",
        "pristup k xml",
        "redakce@hranicar.example",
        "Týdeník Hraničář",
    ),
    label(FEED, ("Týdeník Hraničář s.r.o.", None, None), ["192.0.2.88"], [],
          ("Eva Mala", "redakce@hranicar.example", "+420731552014")),
)
# near misses
CASES["cs_nowhere_with_marks"] = (
    _mail(
        "dobry den,\nPodkrkonosky denik s.r.o. zada o pristup k xml vysledkum voleb.\n"
        "server 198.51.100.77\nkontakt Petr Hajek 602 118 450\n",
        "xml volby",
        "hajek@podkrkonosky.example",
    ),
    label(FEED, ("Podkrkonosky denik s.r.o.", None, None), ["198.51.100.77"], [],
          ("Petr Hajek", "hajek@podkrkonosky.example", "+420602118450")),
)
CASES["cs_other_name_in_subject"] = (
    _mail(
        "dobry den,\nKrkonose Media s.r.o. zada o pristup k xml vysledkum voleb.\n"
        "server 198.51.100.78\nkontakt Petr Hajek 602 118 451\n",
        "xml volby – jako loni Krkonošské noviny",
        "hajek@krkonosemedia.example",
    ),
    label(FEED, ("Krkonose Media s.r.o.", None, None), ["198.51.100.78"], [],
          ("Petr Hajek", "hajek@krkonosemedia.example", "+420602118451")),
)
CASES["sk_marks_in_body_already"] = (
    _mail(
        "Dobrý deň,\nOravské správy s.r.o. žiadajú o prístup k výsledkom volieb.\n"
        "Server: 198.51.100.90\n\nS pozdravom\nMiro Kubík\n0907 551 208\n",
        "Pristup – Oravske spravy",
        "kubik@oravske.example",
    ),
    label(FEED, ("Oravské správy s.r.o.", None, None), ["198.51.100.90"], [],
          ("Miro Kubík", "kubik@oravske.example", "+421907551208")),
)

XFAIL: dict[str, str] = {
}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_org_diacritics_r54(p: ParsedMessage, want: Label) -> None:
    assert misses(p, want) == []
