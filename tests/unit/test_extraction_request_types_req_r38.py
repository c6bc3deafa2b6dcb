"""Round 38 (r38-req): a request said to be made in another application or at a later
election, after a clause asking for it, is not asked now (flagged); near misses ask now."""

from __future__ import annotations

import pytest

from intake.extraction.request_types import FEED, RECORDING, Part, request_types

# (message text, expected types, expected certain)
CASES: list[object] = [
    # deferrals: filming named, then said to be asked for separately or later
    pytest.param(
        "Dobrý den, žádáme o přístup k XML výsledkům voleb. Při příštích volbách bychom rádi i natáčeli "
        "ve vaší sběrné místnosti, o povolení ale zažádáme zvlášť.",
        (FEED,),
        False,
    ),
    pytest.param(
        "Prosíme o zpřístupnění datového serveru. Natáčet bychom chtěli také, žádost o to podáme "
        "samostatnou žádostí, až budeme znát štáb.",
        (FEED,),
        False,
        marks=pytest.mark.xfail(strict=True, reason="feed named only as 'zpřístupnění datového serveru'"),
    ),
    pytest.param(
        "Dobrý deň, žiadame o prístup k XML. Radi by sme natáčali aj pri ďalších voľbách, o povolenie "
        "požiadame osobitne.",
        (FEED,),
        False,
    ),
    pytest.param(
        "Hello, we request access to the XML results feed. We would also like to film at your counting "
        "centre, but we will apply for that separately once our crew is confirmed.",
        (FEED,),
        False,
    ),
    pytest.param(
        "Sehr geehrte Damen und Herren, wir beantragen den Zugang zum XML-Datendienst. Dreharbeiten in "
        "der Sammelstelle würden wir gern machen, den Antrag dafür stellen wir gesondert.",
        (FEED,),
        False,
    ),
    pytest.param(
        "Dzień dobry, prosimy o dostęp do danych XML. Chcielibyśmy także nagrywać w punkcie zbierania "
        "wyników, o to jednak wystąpimy oddzielnie.",
        (FEED,),
        False,
    ),
    pytest.param(
        "Bonjour, nous demandons l'accès au flux XML des résultats. Nous aimerions aussi filmer au centre "
        "de collecte, mais nous en ferons la demande séparément.",
        (FEED,),
        False,
    ),
    pytest.param(
        "Buenos días, solicitamos acceso al servidor XML de resultados. También nos gustaría grabar en el "
        "centro de recogida, pero eso lo solicitaremos por separado.",
        (FEED,),
        False,
    ),
    pytest.param(
        "Buongiorno, chiediamo l'accesso al feed XML dei risultati. Vorremmo anche filmare nel centro di "
        "raccolta, ma lo chiederemo separatamente.",
        (FEED,),
        False,
    ),
    pytest.param(
        "Jó napot! Kérjük a hozzáférést az XML eredményszolgáltatáshoz. Forgatni is szeretnénk a "
        "gyűjtőhelyen, ezt azonban külön kérjük majd.",
        (FEED,),
        False,
    ),
    pytest.param(
        "Dobrý den, chceme přístup k datům ve formátu XML. Natáčení zvažujeme až v příštích volbách, "
        "o povolení pak požádáme samostatně.",
        (FEED,),
        True,  # put off by "až v příštích volbách" before it: decided, may be certain
    ),
    pytest.param(
        "Good afternoon, please grant us access to the results server. Filming permission we'll request in "
        "a separate application before next year's election.",
        (FEED,),
        False,
    ),
    # near misses: asked now
    pytest.param(
        "Dobrý den, žádáme o přístup k XML a o povolení natáčet ve sběrném místě. Obě žádosti platí i pro "
        "příští volby.",
        (FEED, RECORDING),
        True,
    ),
    pytest.param(
        "Hello, we request access to the XML feed and permission to film at the collection point, "
        "as we did at the last election.",
        (FEED, RECORDING),
        True,
    ),
    pytest.param(
        "Žiadame o prístup k XML výsledkom a o povolenie natáčať na zbernom mieste.",
        (FEED, RECORDING),
        True,
    ),
    pytest.param(
        "Wir beantragen den Zugang zum XML-Dienst sowie eine Drehgenehmigung für die Sammelstelle.",
        (FEED, RECORDING),
        True,
    ),
    pytest.param(
        "Prosimy o dostęp do danych XML oraz o zgodę na nagrywanie w punkcie zbierania wyników.",
        (FEED, RECORDING),
        True,
    ),
    pytest.param(
        "Nous demandons l'accès au flux XML ainsi que l'autorisation de filmer au centre de collecte.",
        (FEED, RECORDING),
        True,
    ),
    pytest.param(
        "Solicitamos acceso al servidor XML y permiso para grabar en el centro de recogida.",
        (FEED, RECORDING),
        True,
    ),
    pytest.param(
        "Chiediamo l'accesso al feed XML e il permesso di filmare nel centro di raccolta.",
        (FEED, RECORDING),
        True,
    ),
    pytest.param(
        "Dobrý den, žádáme o přístup k XML výsledkům. O natáčení nežádáme.",
        (FEED,),
        True,
    ),
    pytest.param(
        "Žádáme o povolení natáčet ve sběrném místě. O přístup k XML požádáme samostatně.",
        (RECORDING,),
        False,
    ),
    pytest.param(
        "We request access to the XML feed now; the filming permit form is attached separately and "
        "we ask for that permit too.",
        (FEED, RECORDING),
        True,
        marks=pytest.mark.xfail(strict=True, reason="'that permit too' pointing back is not read as asking"),
    ),
    pytest.param(
        "Dobrý den, žádáme o přístup k XML a zároveň o povolení natáčet, i pro příští volby.",
        (FEED, RECORDING),
        True,
    ),
]


@pytest.mark.parametrize(("text", "want", "certain"), CASES)
def test_deferred_to_another_application(text: str, want: tuple[str, ...], certain: bool) -> None:
    got, why = request_types([(text, Part.TEXT)], False)
    assert set(got) == set(want)
    assert (why is None) == certain
