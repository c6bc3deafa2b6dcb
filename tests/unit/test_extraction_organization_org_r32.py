"""The organisation, thirty-second round (issue 18).

An article of another language before a name with a legal form is the sentence's, also after
a tag whose value is a sentence ("DE: Die X AG beantragt …", "Remarque : La Y SA demande …");
a name read with an article it keeps is never certain. A sole trader who says they work on
their own and writes their full name, a dash and their trade name names themself by both,
kept whole. Wording, formats and names are the tests' own, none a corpus case; the values
were labelled by ``tests/corpus/LABELS.md`` before the rules were run on them.
"""

from __future__ import annotations

import pytest

from tests.unit.extraction_helpers import body, certain, extract, mail

_IP = "\n\nProduction IP: 192.0.2.10\n"


def _read(text: str, sender: str = "redakce@drill.example") -> tuple[str | None, bool]:
    x = extract(mail(body(text + _IP), sender=sender))
    return x.organization_name, certain(x, "organization.name")


# ------------------------- an article before a name, in every place --------------------------

_ARTICLES = [
    pytest.param(
        "Buongiorno / Guten Tag,\n\nIT: La Dolomiten Media S.r.l. chiede l'accesso al server XML dei risultati.\n"
        "DE: Die Dolomiten Media S.r.l. beantragt den Zugang zum XML-Server der Ergebnisse.\n\n"
        "Cordiali saluti / Mit freundlichen Grüßen\nMarta Egger",
        "Dolomiten Media S.r.l.",
        id="it-de-tags",
    ),
    pytest.param(
        "Bonjour,\n\nRemarque : La Presse Lémanique SA demande aussi une autorisation de tournage.\n"
        "Nous vous remercions d'avance.\n\nJean Morel",
        "Presse Lémanique SA",
        id="fr-remark-tag",
    ),
    pytest.param(
        "Geachte heer, mevrouw,\n\nNL: Het Utrechts Persbureau B.V. vraagt toegang tot de XML-uitslagen.\n"
        "EN: Utrechts Persbureau B.V. requests access to the XML results.\n\nMet vriendelijke groet,\nPieter de Wit",
        "Utrechts Persbureau B.V.",
        id="nl-en-tags",
    ),
    pytest.param(
        "Bom dia,\n\nPT – A Gazeta do Minho Lda. pede acesso ao servidor XML com os resultados.\n\n"
        "Cumprimentos,\nRui Costa",
        "Gazeta do Minho Lda.",
        id="pt-dash-tag",
    ),
    pytest.param(
        "Sehr geehrte Damen und Herren,\n\nZur Info: Die Nordsee Rundschau GmbH beantragt den Zugang zum XML-Feed "
        "für die Wahlnacht.\n\nViele Grüße\nHanna Lorenz",
        "Nordsee Rundschau GmbH",
        id="de-info-tag",
    ),
    pytest.param(
        "Hola,\n\nES: El Diario Aragonés S.L. solicita el acceso al servidor XML.\n"
        "CZ: Společnost Diario Aragonés S.L. žádá o přístup k XML.\n\nSaludos,\nPilar Ruiz",
        "Diario Aragonés S.L.",
        id="es-cz-tags",
    ),
]


@pytest.mark.parametrize(("text", "name"), _ARTICLES)
def test_a_tag_s_sentence_article_is_cut(text: str, name: str) -> None:
    assert _read(text)[0] == name


def test_a_labelled_value_keeps_its_article() -> None:
    # a labelled line's value is the name from its first word (certain, ``test_extraction_reqorg_r17``)
    text = "Antragsteller: Die Brücke Medien GmbH\nWir beantragen den Zugang zum XML-Server.\n\nOtto Lang"
    assert _read(text)[0] == "Die Brücke Medien GmbH"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Il Piccolo Editore S.r.l. – Trieste\n\nChiediamo l'accesso al server XML, per conto de Il Piccolo "
            "Editore S.r.l.\n\nLuca Bassi",
            "Il Piccolo Editore S.r.l.",
            id="it-letterhead-keeps-it",
        ),
        pytest.param(
            "Guten Tag,\n\ndie Brücke Medien GmbH beantragt den XML-Zugang.\n\nOtto Lang\n"
            "Die Brücke Medien GmbH | Hamburg",
            "Die Brücke Medien GmbH",
            id="de-lower-case-article-and-letterhead",
        ),
    ],
)
def test_a_name_read_with_its_article_keeps_it_and_is_unsure(text: str, name: str) -> None:
    assert _read(text) == (name, False)


# ------------------- a sole trader's full name and trade name joined by a dash -----------------

_TRADERS = [
    pytest.param(
        "Dobrý den,\n\njsem OSVČ a podnikám pod vlastním jménem: Marek Holub – Vltava Reportáže, IČO 22989218.\n"
        "Žádám o přístup k výsledkům voleb v XML.\n\nMarek Holub",
        "Marek Holub – Vltava Reportáže",
        id="cs-osvc",
    ),
    pytest.param(
        "Dobrý deň,\n\npodnikám ako živnostníčka, Zuzana Kováčová - Dunajské Listy, IČO: 45838950.\n"
        "Prosím o prístup k XML.\n\nZuzana Kováčová",
        "Zuzana Kováčová - Dunajské Listy",
        id="sk-zivnost",
    ),
    pytest.param(
        "Hello,\n\nI work freelance and publish under my trade name.\nI would like access to the XML results.\n\n"
        "Best regards,\nTom Reed — Northern Lens Media\nCompany ID 34267417",
        "Tom Reed — Northern Lens Media",
        id="en-signature-em-dash",
    ),
    pytest.param(
        "Guten Tag,\n\nich bin freiberuflich tätig (Jana Berger – Prager Tagesnotizen, IČO 60856491) und "
        "beantrage den XML-Zugang.\n\nJana Berger",
        "Jana Berger – Prager Tagesnotizen",
        id="de-bracketed",
    ),
    pytest.param(
        "Dzień dobry,\n\nprowadzę jednoosobową działalność: Anna Nowak – Morawski Serwis, IČO 49895371.\n"
        "Proszę o dostęp do XML.\n\nAnna Nowak",
        "Anna Nowak – Morawski Serwis",
        id="pl-dzialalnosc",
    ),
    pytest.param(
        "Hi,\n\nself-employed journalist here; my business: Ivan Bondar - Brno Ukrainian Radio, "
        "business ID (IČO) 93257350.\nPlease grant XML access.\n\nIvan Bondar",
        "Ivan Bondar - Brno Ukrainian Radio",
        id="en-business-id",
        # the institution word's reading cuts the place opening the trade name ("Ukrainian
        # Radio", flagged): the bounds of ``_institution``, left for a later round
        marks=pytest.mark.xfail(strict=True, reason="institution bounds drop the leading place"),
    ),
]


@pytest.mark.parametrize(("text", "name"), _TRADERS)
def test_a_sole_trader_s_person_and_trade_name_are_kept_whole(text: str, name: str) -> None:
    assert _read(text) == (name, False)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "Dobrý den,\n\nza naši redakci žádám o přístup k XML.\n\nS pozdravem\nPavla Nová – Rádio Horácko\n"
            "redaktorka",
            "Rádio Horácko",
            id="cs-employee-signs-for-outlet",
        ),
        pytest.param(
            "Hello,\n\nI write for the Baltic Wire Service and ask for XML access on its behalf.\n\n"
            "Kind regards,\nTom Reed – Baltic Wire Service",
            "Baltic Wire Service",
            id="en-employee-no-own-account",
            # the sentence's reading stops at the institution word ("Baltic Wire", flagged)
            marks=pytest.mark.xfail(strict=True, reason="institution bounds stop at its word"),
        ),
    ],
)
def test_an_employee_s_dash_keeps_the_outlet_alone(text: str, name: str) -> None:
    assert _read(text)[0] == name
