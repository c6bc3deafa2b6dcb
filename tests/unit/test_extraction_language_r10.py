"""The language safety net, tenth round (issue 18): an application written mainly in a
language the rules have no words for (Italian, French, Spanish, Hungarian, Dutch, Portuguese,
Swedish …) gets every wording-dependent value flagged (``Reason.FOREIGN_LANGUAGE``); an
application in a language the rules read (Czech with or without diacritics, Slovak, English,
German, Polish) never gets this reason.

Every text here is written for the test; none is a corpus case."""

from __future__ import annotations

import pytest

from intake.extraction.foreign import mainly_foreign
from intake.extraction.model import Extraction
from intake.extraction.review import Reason
from tests.unit.extraction_helpers import body, extract, mail, text_file

FOREIGN = {
    "italian": """Spettabile Ufficio,

la nostra redazione Radio Lago Maggiore chiede l'accesso al server dei risultati
dagli indirizzi 198.51.100.41 e 198.51.100.42 e, per le prove, dall'indirizzo 198.51.100.49.
Non chiediamo il permesso di effettuare riprese.

Distinti saluti,
Giulia Ferraro, redazione tecnica, giulia.ferraro@radiolago.example
Paolo Bianchi, direttore, p.bianchi@radiolago.example
""",
    "french": """Madame, Monsieur,

Nous vous prions de bien vouloir autoriser l'accès de notre chaîne aux résultats depuis
les adresses 203.0.113.14 et 203.0.113.15 ; l'adresse 203.0.113.19 servira uniquement
pour les essais. Nous ne demandons pas d'autorisation de tournage.

Veuillez agréer nos salutations distinguées,
Camille Renard (camille.renard@tele-loire.example), responsable technique
Hugo Marchal (h.marchal@tele-loire.example), rédacteur en chef
""",
    "spanish": """Estimados señores:

Por la presente solicitamos para nuestra agencia Noticias del Ebro el acceso al servidor
de resultados desde las direcciones 192.0.2.31 y 192.0.2.32, y la dirección 192.0.2.39
para las pruebas. No necesitamos permiso de grabación en el centro.

Atentamente,
Lucía Navarro, lucia.navarro@ebro-noticias.example, tel. +34 612 448 903
Javier Ortega, j.ortega@ebro-noticias.example, tel. +34 611 204 557
""",
    "hungarian": """Tisztelt Hölgyem, Uram!

Kérjük, hogy a Dunamenti Hírek szerkesztősége számára engedélyezzék a hozzáférést az
eredményekhez a 198.51.100.71 és a 198.51.100.72 címekről, a 198.51.100.79 cím pedig csak
tesztelésre szolgál. Forgatási engedélyt nem kérünk, mert ez most nem szükséges.

Üdvözlettel:
Kovács Eszter, kovacs.eszter@dunamenti.example
Szabó Gergely, szabo.g@dunamenti.example
""",
    "dutch": """Geachte heer, mevrouw,

Graag vragen wij voor onze omroep Omroep Schelde toegang tot de server met de uitslagen
vanaf de adressen 203.0.113.51 en 203.0.113.52; het adres 203.0.113.59 is alleen voor
het testen. Wij hebben geen opnamevergunning nodig.

Met vriendelijke groet,
Sanne de Wit, s.dewit@omroep-schelde.example
Pieter Jansen, pieter.jansen@omroep-schelde.example
""",
    "portuguese": """Prezados senhores,

Vimos por este meio solicitar o acesso da nossa rádio Rádio Tejo aos resultados a partir
dos endereços 192.0.2.81 e 192.0.2.82; o endereço 192.0.2.89 será usado apenas para os
testes. Não pedimos autorização de filmagem.

Com os melhores cumprimentos,
Inês Carvalho, ines.carvalho@radiotejo.example
Rui Mendes, rui.mendes@radiotejo.example
""",
}

KNOWN = {
    "czech": """Dobrý den,

žádáme o přístup k výsledkům voleb pro naši redakci Zpravodaj Polabí z adres
198.51.100.11 a 198.51.100.12, testovací adresa je 198.51.100.19.

S pozdravem
Tereza Málková, tel. 603 111 222
""",
    "czech without diacritics": """Dobry den,

zadame o pristup k vysledkum voleb pro nasi redakci Zpravodaj Polabi z adres
198.51.100.11 a 198.51.100.12, testovaci adresa je 198.51.100.19. Dekuji.

S pozdravem
Tereza Malkova, tel. 603 111 222
""",
    "slovak": """Dobrý deň,

žiadame o prístup k výsledkom volieb pre našu redakciu Noviny spod Tatier z adries
198.51.100.11 a 198.51.100.12, testovacia adresa je 198.51.100.19. Ďakujem.

S pozdravom
Zuzana Kováčová
""",
    "english": """Dear Sir or Madam,

we would like to request access to the results server for our newsroom from the
addresses 198.51.100.11 and 198.51.100.12; the test address is 198.51.100.19.

Kind regards,
Oliver Grant
""",
    "german": """Sehr geehrte Damen und Herren,

wir beantragen für unsere Redaktion den Zugang zum Ergebnisserver von den Adressen
198.51.100.11 und 198.51.100.12; die Testadresse ist 198.51.100.19. Eine Drehgenehmigung
brauchen wir nicht.

Mit freundlichen Grüßen
Katrin Vogel
""",
    "polish": """Szanowni Państwo,

prosimy o dostęp do serwera wyników dla naszej redakcji z adresów 198.51.100.11 oraz
198.51.100.12; adres testowy to 198.51.100.19. Nie potrzebujemy zgody na nagrywanie.

Z poważaniem
Agnieszka Nowicka
""",
}


def _mail(text: str) -> Extraction:
    return extract(mail(body(text), subject="Request", sender="redakce@media.example"))


def _foreign_fields(x: Extraction) -> set[str]:
    return {k for k, v in x.fields.items() if v.reason == Reason.FOREIGN_LANGUAGE}


@pytest.mark.parametrize("language", sorted(FOREIGN))
def test_a_foreign_application_flags_its_wording_dependent_values(language: str) -> None:
    x = _mail(FOREIGN[language])
    assert x.production_ips  # the addresses are read; their roles come from wording
    wording = {"request_types", "production_ips", "test_ips", "organization.name"}
    assert wording & set(x.fields) <= set(x.uncertain)
    assert mainly_foreign(FOREIGN[language])
    # two people with their own mailboxes: the contact is chosen among them by wording
    assert {"contact.person", "contact.email"} & set(x.fields) <= set(x.uncertain)


@pytest.mark.parametrize("language", sorted(KNOWN))
def test_an_application_in_a_language_the_rules_read_gets_no_language_flag(
    language: str,
) -> None:
    assert _foreign_fields(_mail(KNOWN[language])) == set()
    assert not mainly_foreign(KNOWN[language])


def test_an_english_cover_note_with_a_foreign_letter_attached_is_foreign() -> None:
    note = "Hello,\n\nplease find our application attached (in Spanish).\n\nBest,\nLucía Navarro\n"
    x = extract(
        mail(body(note), text_file("solicitud.txt", FOREIGN["spanish"]), subject="Application")
    )
    # the attached letter's language makes its wording-dependent values unsure (an address
    # already unsure for another reason keeps that reason)
    assert "request_types" in _foreign_fields(x)
    assert {"production_ips", "test_ips"} <= set(x.uncertain)


def test_a_czech_text_with_a_foreign_name_and_address_stays_known() -> None:
    text = (
        "Dobrý den,\n\nžádáme o přístup pro Agencia de Noticias del Sur de la Plata, "
        "Calle de la Paz 12, Madrid, z adresy 192.0.2.5.\n\nS pozdravem\nJosé de la Vega\n"
    )
    assert _foreign_fields(_mail(text)) == set()


def test_a_swedish_one_liner_is_too_short_to_decide_but_a_letter_is_foreign() -> None:
    assert not mainly_foreign("Hej och tack!")
    letter = (
        "Hej! Vi på Radio Mälaren vill ha tillgång till resultaten från adressen 192.0.2.7 "
        "och det är för vår nyhetssändning. Med vänliga hälsningar, Anna Lind"
    )
    assert mainly_foreign(letter)


SHORT_FOREIGN = {
    "spanish": "Hola, solicitamos acceso al servidor XML desde 192.0.2.1 (producción) y 192.0.2.2 (pruebas). Saludos, Juan Pérez",
    "italian": "Buongiorno, vorremmo accedere ai risultati dal 192.0.2.1 (produzione), 192.0.2.2 per i test. Grazie, Luca Rossi",
    "french": "Bonjour, nous souhaitons accéder aux résultats depuis 192.0.2.1 (production) et 192.0.2.2 (test). Merci, Paul Martin",
    "portuguese": "Olá, gostaríamos de aceder aos resultados a partir de 192.0.2.1 (produção) e 192.0.2.2 (testes). Obrigado, Rui Costa",
    "dutch": "Hallo, wij willen graag toegang tot de uitslagen vanaf 192.0.2.1 (productie) en 192.0.2.2 (test). Groet, Jan de Boer",
    "hungarian": "Jó napot, szeretnénk hozzáférést kérni a 192.0.2.1 (éles) és a 192.0.2.2 (teszt) címekről. Köszönöm, Kiss Anna",
    "swedish": "Hej, vi vill ha tillgång till resultaten från 192.0.2.1 (produktion) och 192.0.2.2 (test). Tack, Erik Berg",
    "romanian": "Bună ziua, solicităm acces la rezultate de la 192.0.2.1 (producție) și 192.0.2.2 (test). Mulțumim, Ion Pop",
}
SHORT_KNOWN = {
    "czech without diacritics": "Dobry den, chteli bychom pristup k vysledkum z 192.0.2.1 (ostry provoz) a 192.0.2.2 (test). Diky, Jan Novak",
    "slovak": "Dobrý deň, chceli by sme prístup k výsledkom z 192.0.2.1 (produkcia) a 192.0.2.2 (test). Ďakujem, Ján Kováč",
    "polish": "Dzień dobry, prosimy o dostęp do wyników z adresu 192.0.2.1 (produkcja) i 192.0.2.2 (test). Dziękuję, Jan Nowak",
    "german": "Guten Tag, wir möchten Zugang zu den Ergebnissen von 192.0.2.1 (Produktion) und 192.0.2.2 (Test). Danke, Jan Meyer",
    "english": "Hi, we would like access to the results from 192.0.2.1 (production) and 192.0.2.2 (test). Thanks, John Smith",
}


@pytest.mark.parametrize("language", sorted(SHORT_FOREIGN))
def test_a_two_line_foreign_note_is_foreign_by_its_greeting_and_request_words(language: str) -> None:
    assert mainly_foreign(SHORT_FOREIGN[language])
    x = _mail(SHORT_FOREIGN[language])
    roles = {"production_ips", "test_ips", "request_types"} & set(x.fields)
    assert {"production_ips", "test_ips"} & roles  # the addresses are read
    assert roles <= set(x.uncertain)  # but whose role they have is the officer's to check


@pytest.mark.parametrize("language", sorted(SHORT_KNOWN))
def test_a_two_line_note_in_a_known_language_is_not_foreign(language: str) -> None:
    assert not mainly_foreign(SHORT_KNOWN[language])
    assert _foreign_fields(_mail(SHORT_KNOWN[language])) == set()
