"""IP addresses, tenth round: principles generalised from the tenth held-out part.

Foreign media write in their own language: the words naming an address's use are read as a
class in every language such a medium may write in, and where the reader does not know a
word, it does not guess a use for certain."""

from __future__ import annotations

import pytest

from intake.extraction.ips import find_ips
from tests.unit.extraction_helpers import body as _body
from tests.unit.extraction_helpers import certain, extract, mail


def _roles(text: str) -> list[tuple[str, str | None]]:
    return [(str(a), m.role and m.role.value) for m in find_ips(text) for a in m.addresses]


P, T = "production", "test"

# Principle 1: the words for production, backup and test (and their abbreviations) are one
# class across the languages of foreign media - French, Italian, Spanish, Portuguese, Dutch,
# Hungarian, the Nordic languages - in a label, a sentence, a table cell or a form.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # French: a label line each
        (
            "Adresse de production : 203.0.113.40\nAdresse d'essai : 203.0.113.41",
            [("203.0.113.40", P), ("203.0.113.41", T)],
        ),
        # French: acceptance environment ("recette") and a backup ("secours") in a tab table
        (
            "Serveur principal\t198.51.100.10\nServeur de secours\t198.51.100.11\n"
            "Environnement de recette\t198.51.100.12",
            [("198.51.100.10", P), ("198.51.100.11", P), ("198.51.100.12", T)],
        ),
        # Italian: a sentence giving both uses
        (
            "Vi chiediamo di abilitare l'indirizzo di produzione 192.0.2.70 e quello di prova "
            "192.0.2.71.",
            [("192.0.2.70", P), ("192.0.2.71", T)],
        ),
        # Italian: labels with a backup ("riserva") and acceptance testing ("collaudo")
        (
            "Server principale: 192.0.2.80\nServer di riserva: 192.0.2.81\n"
            "Ambiente di collaudo: 192.0.2.82",
            [("192.0.2.80", P), ("192.0.2.81", P), ("192.0.2.82", T)],
        ),
        # Spanish: a pipe table with a header row
        (
            "Entorno | Dirección IP\nProducción | 198.51.100.150\nRespaldo | 198.51.100.151\n"
            "Pruebas | 198.51.100.152",
            [("198.51.100.150", P), ("198.51.100.151", P), ("198.51.100.152", T)],
        ),
        # Portuguese: production and the Brazilian "homologação" (the test stage)
        (
            "Endereço de produção: 203.0.113.120\nAmbiente de homologação: 203.0.113.121",
            [("203.0.113.120", P), ("203.0.113.121", T)],
        ),
        # Dutch
        (
            "Productie-omgeving: 192.0.2.140, 192.0.2.141\nProefomgeving: 192.0.2.142",
            [("192.0.2.140", P), ("192.0.2.141", P), ("192.0.2.142", T)],
        ),
        # Hungarian: "éles" is production, "teszt" and "próba" test
        (
            "Éles környezet: 198.51.100.200\nTeszt környezet: 198.51.100.201\n"
            "Próbaüzem: 198.51.100.202",
            [("198.51.100.200", P), ("198.51.100.201", T), ("198.51.100.202", T)],
        ),
        # Swedish / Norwegian / Danish
        (
            "Produktionsmiljö: 203.0.113.180\nTestmiljø: 203.0.113.181\n"
            "Reserveserver: 203.0.113.182",
            [("203.0.113.180", P), ("203.0.113.181", T), ("203.0.113.182", P)],
        ),
        # abbreviations: "préprod" and "prod." in a French note
        (
            "IP prod. : 192.0.2.90\nIP préprod : 192.0.2.91",
            [("192.0.2.90", P), ("192.0.2.91", T)],
        ),
    ],
)
def test_role_words_of_foreign_languages_are_read_as_a_class(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _roles(text) == expected


def test_a_foreign_pdf_table_with_role_cells_reads_each_row() -> None:
    text = (
        "Nous souhaitons accéder aux résultats depuis les adresses suivantes :\n\n"
        "          Environnement            Adresse IP\n"
        "          production               198.51.100.61\n"
        "          production               198.51.100.62\n"
        "          essai                    198.51.100.63\n"
    )
    assert _roles(text) == [("198.51.100.61", P), ("198.51.100.62", P), ("198.51.100.63", T)]


# The words joining a list ("a", "and") are a class too: a use opened after the last address
# of a line by a foreign conjunction leads the address on the next line, not the one before.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nous demandons l'accès depuis les adresses de production 192.0.2.1 et 192.0.2.2 et "
            "depuis l'adresse d'essai\n192.0.2.3.",
            [("192.0.2.1", P), ("192.0.2.2", P), ("192.0.2.3", T)],
        ),
        (
            "Solicitamos acceso desde las direcciones de producción 198.51.100.1 y "
            "198.51.100.2 y la de pruebas\n198.51.100.3.",
            [("198.51.100.1", P), ("198.51.100.2", P), ("198.51.100.3", T)],
        ),
        (
            "Zugriff bitte für die Produktion von 203.0.113.1 und 203.0.113.2 und zum Testen\n"
            "von 203.0.113.3.",
            [("203.0.113.1", P), ("203.0.113.2", P), ("203.0.113.3", T)],
        ),
        (
            "Vi ber om åtkomst för produktion från 192.0.2.5 och 192.0.2.6 och för testmiljön\n"
            "från 192.0.2.7.",
            [("192.0.2.5", P), ("192.0.2.6", P), ("192.0.2.7", T)],
        ),
        (
            "Az éles rendszer címei 198.51.100.9 és 198.51.100.10 és a teszt rendszeré\n"
            "198.51.100.11.",
            [("198.51.100.9", P), ("198.51.100.10", P), ("198.51.100.11", T)],
        ),
        (
            "Graag toegang voor productie vanaf 203.0.113.20 en 203.0.113.21 en voor de "
            "testomgeving\nvanaf 203.0.113.22.",
            [("203.0.113.20", P), ("203.0.113.21", P), ("203.0.113.22", T)],
        ),
    ],
)
def test_a_use_opened_after_a_foreign_conjunction_leads_the_next_line(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _roles(text) == expected


# Principle 2: a table row whose role cell holds a word the reader does not know names a use
# of its own: it is a row apart, never a continuation of the row above, and its address
# never takes the row above's use for certain.


@pytest.mark.parametrize(
    "text",
    [
        # a PDF table aligned by spaces (Swahili "majaribio" = trials)
        "          Rol                 IP\n"
        "          production          203.0.113.11\n"
        "          production          203.0.113.12\n"
        "          majaribio           203.0.113.13\n",
        # the same with the unknown row in the middle
        "     Umgebung        Adresse\n"
        "     Produktion      192.0.2.31\n"
        "     ujicoba         192.0.2.32\n"
        "     Produktion      192.0.2.33\n",
        # a tab table
        "production\t198.51.100.41\nmajaribio\t198.51.100.42",
        # a pipe table
        "Live | 198.51.100.51\nMazingira ya majaribio | 198.51.100.52",
        # label lines of a form
        "Production IP: 192.0.2.51\nMajaribio IP: 192.0.2.52",
        # a reply listing them under a live heading
        "Live servers:\n203.0.113.71\nujicoba 203.0.113.72",
    ],
)
def test_a_row_with_an_unknown_role_word_never_takes_a_use_for_certain(text: str) -> None:
    x = extract(mail(_body(f"Dobrý den,\n\nžádáme o přístup k XML.\n\n{text}\n\nDěkujeme")))
    assert x.production_ips, text
    assert not certain(x, "production_ips"), text


# Principle 3: addresses given apart - a second group introduced by words of its own after a
# connector, or under a label of its own - may serve another use even when the reader knows
# none of the words: the use the first group has (or production, by default) is then unsure.


@pytest.mark.parametrize(
    "text",
    [
        # Swahili: two labelled groups, no word known (the Turkish words are known since
        # the sixty-third round)
        "Anwani za uzalishaji: 192.0.2.11, 192.0.2.12\nAnwani ya majaribio: 192.0.2.13",
        # Indonesian sentence: a second group with its own words
        "Kami meminta akses dari alamat 198.51.100.21 dan 198.51.100.22 serta dari alamat "
        "uji coba 198.51.100.23.",
        # a known use on the first group, a second group in unknown words
        "Please allow our production address 203.0.113.31 and also the ujicoba machine "
        "203.0.113.32.",
        # Romanian form lines
        "Adresa principală de lucru: 203.0.113.41\nAdresa de încercare: 203.0.113.42",
        # Greek (transliterated) in a reply
        "Diefthinsi paragogis 192.0.2.61 kai diefthinsi dokimis 192.0.2.62",
        # Estonian with a known first label
        "Live: 198.51.100.71; katsekeskkond 198.51.100.72",
    ],
)
def test_groups_given_apart_in_unknown_words_leave_the_use_unsure(text: str) -> None:
    x = extract(mail(_body(f"Dobrý den,\n\nžádáme o přístup k XML.\n\n{text}\n\nDěkujeme")))
    assert x.production_ips, text
    assert not certain(x, "production_ips"), text


def test_one_group_in_unknown_words_stays_certain() -> None:
    """Nothing divides the addresses: one list of one use (production by default)."""
    x = extract(mail(_body("Dobrý den,\n\nžádáme o přístup k XML z adres "
                           "192.0.2.11 a 192.0.2.12.\n\nDěkujeme")))
    assert x.production_ips == ("192.0.2.11", "192.0.2.12")
    assert certain(x, "production_ips")


# Principle 4: an address its own sentence calls out of use - gone, switched off, no longer
# valid - is withdrawn, in whatever language the medium writes; the address given with it
# stays.


def _kept(text: str) -> list[str]:
    return [str(a) for m in find_ips(text) if not m.excluded for a in m.addresses]


@pytest.mark.parametrize(
    "text",
    [
        "Our former box 192.0.2.44 has been switched off, please don't use it any more.\n"
        "Production now: 192.0.2.45",
        "Der bisherige Rechner 192.0.2.44 ist abgeschaltet.\nNeu für die Produktion: 192.0.2.45",
        "L'ancienne machine 192.0.2.44 n'est plus utilisée depuis l'été.\n"
        "Adresse de production : 192.0.2.45",
        "Il vecchio server 192.0.2.44 non è più in uso.\nIndirizzo di produzione: 192.0.2.45",
        "El servidor 192.0.2.44 ya no existe; la dirección de producción es ahora 192.0.2.45.",
        "Server 192.0.2.44 | buiten gebruik\nServer 192.0.2.45 | productie",
        "Serwer 192.0.2.44 już nie działa.\nAdres produkcyjny: 192.0.2.45",
    ],
)
def test_an_address_said_to_be_out_of_use_is_withdrawn_in_any_language(text: str) -> None:
    assert _kept(text) == ["192.0.2.45"], text


# Principle 5: an address the text calls wrong, followed by the right one, is replaced - the
# words of setting right (wrong, right, a slip, "should read") read as a class in every
# language a foreign medium writes in.


@pytest.mark.parametrize(
    "text",
    [
        "Petite correction : l'adresse d'essai 198.51.100.5 est erronée, la bonne est "
        "198.51.100.6.",
        "L'indirizzo di prova 198.51.100.5 è sbagliato, quello giusto è 198.51.100.6.",
        "La dirección de pruebas 198.51.100.5 es errónea; la buena es 198.51.100.6.",
        "Het testadres 198.51.100.5 is fout, dat moet zijn 198.51.100.6.",
        "Adres testowy 198.51.100.5 jest błędny, poprawny to 198.51.100.6.",
        "A teszt cím 198.51.100.5 hibás, a helyes 198.51.100.6.",
        "Testadressen 198.51.100.5 er feil, riktig adresse er 198.51.100.6.",
        "Test: 198.51.100.5 (Tippfehler) – gemeint war 198.51.100.6",
    ],
)
def test_an_address_called_wrong_is_replaced_by_the_right_one_in_any_language(
    text: str,
) -> None:
    assert _kept(text) == ["198.51.100.6"], text
    assert [m.role and m.role.value for m in find_ips(text) if not m.excluded] == [T], text


# Principle 6: a range written in words is one block, whatever the language's word for "up
# to" ("až po", "jusqu'à", "fino a", "hasta", "até", "tot en met", "till").


@pytest.mark.parametrize(
    "text",
    [
        "Pro ostrý provoz použijeme stroje od 192.0.2.10 až po 192.0.2.12.",
        "Produkčné adresy: 192.0.2.10 až do 192.0.2.12",
        "Adresses de production : de 192.0.2.10 à 192.0.2.12",
        "Indirizzi di produzione da 192.0.2.10 fino a 192.0.2.12.",
        "Producción: desde 192.0.2.10 hasta 192.0.2.12",
        "Produção: de 192.0.2.10 até 192.0.2.12",
        "Productie | 192.0.2.10 tot en met 192.0.2.12",
        "Produktion: 192.0.2.10 till 192.0.2.12",
    ],
)
def test_a_range_in_words_is_one_block_in_any_language(text: str) -> None:
    assert _roles(text) == [("192.0.2.10", P), ("192.0.2.11", P), ("192.0.2.12", P)], text


# Principle 7: the use an address was listed under ("listed as test", "uvedené jako
# testovací", "als Test angegeben") is not its use: the use the sentence says it has is.


@pytest.mark.parametrize(
    "text",
    [
        "The addresses listed as test (192.0.2.20 and 192.0.2.21) are actually production; "
        "192.0.2.30 is the test one.",
        "Die als Test angegebenen Adressen 192.0.2.20 und 192.0.2.21 sind in Wirklichkeit "
        "Produktion, 192.0.2.30 ist die Testadresse.",
        "Les adresses indiquées comme essai (192.0.2.20 et 192.0.2.21) sont en réalité de "
        "production ; l'adresse d'essai est 192.0.2.30.",
        "Adresy uvedené ako testovacie (192.0.2.20 a 192.0.2.21) sú v skutočnosti produkčné "
        "a testovacia je 192.0.2.30.",
        "Gli indirizzi indicati come prova (192.0.2.20 e 192.0.2.21) sono in realtà di "
        "produzione; quello di prova è 192.0.2.30.",
        "Las direcciones indicadas como prueba (192.0.2.20 y 192.0.2.21) son en realidad de "
        "producción; la de pruebas es 192.0.2.30.",
    ],
)
def test_the_use_an_address_was_listed_under_is_not_its_use(text: str) -> None:
    assert _roles(text) == [("192.0.2.20", P), ("192.0.2.21", P), ("192.0.2.30", T)], text


# Principle 8: an address of the office's own server ("your test server", "Ihr XML-Testserver",
# "votre serveur de test") is never the applicant's, however many words stand between the
# possessive and the server.


@pytest.mark.parametrize(
    "text",
    [
        "Z vašeho testovacího serveru 192.0.2.250 jsme stáhli vzorová data. Ostrý provoz: "
        "192.0.2.45",
        "We already fetched sample files from your public test server 192.0.2.250.\n"
        "Production: 192.0.2.45",
        "Von Ihrem neuen XML Testserver 192.0.2.250 haben wir Daten geladen. Produktion: "
        "192.0.2.45",
        "Nous avons testé votre serveur de démonstration 192.0.2.250. Production : 192.0.2.45",
        "Abbiamo già provato il vostro server di esempio 192.0.2.250. Produzione: 192.0.2.45",
        "Hemos descargado datos de vuestro servidor de pruebas 192.0.2.250. Producción: "
        "192.0.2.45",
    ],
)
def test_the_offices_own_server_is_never_the_applicants(text: str) -> None:
    assert _kept(text) == ["192.0.2.45"], text


# Principle 9: an address the text asks to add stays requested; a negation later in its
# sentence is about something else ("it did not fit in the form any more").


@pytest.mark.parametrize(
    "text",
    [
        "Produkční: prosím doplňte ještě záložní server 192.0.2.77, do formuláře se už nevešel.",
        "Please add our backup server 192.0.2.77 for production too, the form had no room "
        "left and no longer accepted a line.",
        "Bitte ergänzen Sie noch den Reserveserver 192.0.2.77, im Formular war nicht mehr "
        "genug Platz.",
        "Merci d'ajouter aussi le serveur de secours 192.0.2.77, il n'est plus possible de "
        "modifier le formulaire.",
        "Vi preghiamo di aggiungere il server di riserva 192.0.2.77, il modulo non è più "
        "modificabile.",
        "Por favor, añadan el servidor de respaldo 192.0.2.77, ya no cabía en el formulario.",
    ],
)
def test_an_address_asked_to_be_added_stays_despite_a_later_negation(text: str) -> None:
    assert _roles(text) == [("192.0.2.77", P)], text
    assert _kept(text) == ["192.0.2.77"], text


# Principle 10: a note cell of an address's table row that says it is cancelled or out of
# use withdraws that row's address, in any table form and language.


@pytest.mark.parametrize(
    "text",
    [
        "ip;prostredi;poznamka\n192.0.2.31;produkce;web\n192.0.2.39;produkce;zruseno - nepouzivat",
        "| IP | use | note |\n| 192.0.2.31 | production | web |\n"
        "| 192.0.2.39 | production | decommissioned |",
        "Adresse\tUmgebung\tHinweis\n192.0.2.31\tProduktion\t\n192.0.2.39\tProduktion\tabgeschaltet",
        "adresse;usage;remarque\n192.0.2.31;production;\n192.0.2.39;production;n'est plus utilisée",
        "adres;środowisko;uwagi\n192.0.2.31;produkcja;\n192.0.2.39;produkcja;wyłączony",
        "IP | omgeving | opmerking\n192.0.2.31 | productie | ok\n192.0.2.39 | productie | "
        "buiten gebruik",
    ],
)
def test_a_note_cell_saying_out_of_use_withdraws_its_rows_address(text: str) -> None:
    assert _kept(text) == ["192.0.2.31"], text


# Principle 11: a reply that gives an address of the quoted original a use of its own moves
# it: the original's other use of that address is not kept.


@pytest.mark.parametrize(
    ("reply", "quoted"),
    [
        ("Ta 192.0.2.9 je jen testovací stroj.", "Produkční: 192.0.2.7, 192.0.2.8, 192.0.2.9"),
        ("192.0.2.9 is our staging box, sorry.", "Production IPs: 192.0.2.7 192.0.2.8 192.0.2.9"),
        ("Die 192.0.2.9 ist nur unser Testrechner.", "Produktion: 192.0.2.7, 192.0.2.8, 192.0.2.9"),
        ("La 192.0.2.9 est la machine d'essai.", "Production : 192.0.2.7, 192.0.2.8, 192.0.2.9"),
        ("Test: 192.0.2.9", "Produkcia | 192.0.2.7\nProdukcia | 192.0.2.8\nProdukcia | 192.0.2.9"),
        ("Adres testowy to 192.0.2.9.", "Adresy produkcyjne: 192.0.2.7, 192.0.2.8, 192.0.2.9"),
    ],
)
def test_a_reply_giving_an_address_another_use_moves_it(reply: str, quoted: str) -> None:
    q = "\n".join(f"> {ln}" for ln in ["Dobrý den, žádáme o přístup k XML.", *quoted.split("\n")])
    text = f"Dobrý den,\n\n{reply}\n\nJan Novák\n\nDne 1. 12. 2022 Jan Novák napsal(a):\n{q}\n"
    x = extract(mail(_body(text)))
    assert x.production_ips == ("192.0.2.7", "192.0.2.8"), reply
    assert x.test_ips == ("192.0.2.9",), reply
