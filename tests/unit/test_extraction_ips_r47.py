"""A drill, forty-seventh round (issue 18): addresses. (a) A list of last octets after a full
address closed by a conjunction ("198.51.100.170, 171 a 172") in a table cell of a converted
document (cells joined by "|" or a tab), in every language: its last member is never dropped;
near misses: a number after the list that is no octet. (b) IPv6 ranges written with a dash or
a word ("::10 – ::12", "::a-::c", "::10 až ::12", "::10 to ::12"), whole or wrapped at the
dash, read as the small range they give. Every message was labelled by
``tests/corpus/LABELS.md`` before extraction ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import Component, ParsedMessage
from tests.unit.drill_helpers import FEED, Label, drill_params, html_body, label, misses
from tests.unit.extraction_helpers import body, mail, text_file

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _mail(text: str, sender: str, name: str, *extra: Component) -> ParsedMessage:
    return mail(
        body(text), *extra, subject="Přístup k výsledkům voleb", sender=sender, sender_name=name
    )


def _case(key: str, text: str, prod: list[str], test: list[str], *extra: Component) -> None:
    CASES[key] = (
        _mail(text, "jan@noviny.example", "Jan Malý", *extra),
        label(FEED, ("Noviny s.r.o.", None, None), prod, test,
              ("Jan Malý", "jan@noviny.example", None)),
    )


_P3 = ["198.51.100.170", "198.51.100.171", "198.51.100.172"]

# (a) last octets after a full address, closed by a conjunction, in a table cell
_case(
    "sk_pipe_cells_a",
    "Dobrý deň, v prílohe posielam žiadosť.\nJan Malý\n",
    _P3,
    ["198.51.100.175"],
    text_file(
        "ziadost.txt",
        "Noviny s.r.o. žiada o prístup k výsledkom volieb vo formáte XML.\n"
        "Produkčné IP|198.51.100.170, 171 a 172|\nTestovacia IP|198.51.100.175|\n",
    ),
)
_case(
    "pl_tab_cells_oraz",
    "Dzień dobry, w załączniku wniosek.\nJan Malý\n",
    _P3,
    ["198.51.100.175"],
    text_file(
        "wniosek.txt",
        "Noviny s.r.o. prosi o dostęp do wyników wyborów w formacie XML.\n"
        "Adresy produkcyjne\t198.51.100.170, 171 oraz 172\t\nAdres testowy\t198.51.100.175\n",
    ),
)
_case(
    "de_pipe_cells_und",
    "Guten Tag, anbei unser Antrag.\nJan Malý\n",
    ["192.0.2.40", "192.0.2.41", "192.0.2.42"],
    [],
    text_file(
        "antrag.txt",
        "Die Noviny s.r.o. beantragt den Zugang zu den Wahlergebnissen (XML).\n"
        "Produktion | 192.0.2.40, 41 und 42 |\n",
    ),
)
_case(
    "hu_tab_cells_es",
    "Jó napot, csatolom a kérelmet.\nJan Malý\n",
    ["203.0.113.7", "203.0.113.8", "203.0.113.9"],
    ["203.0.113.20"],
    text_file(
        "kerelem.txt",
        "A Noviny s.r.o. hozzáférést kér a választási eredményekhez (XML).\n"
        "Éles szerverek\t203.0.113.7, 8 és 9\nTeszt szerver\t203.0.113.20\n",
    ),
)
_case(
    "fr_pipe_cells_et",
    "Bonjour, ci-joint notre demande.\nJan Malý\n",
    ["198.51.100.60", "198.51.100.61", "198.51.100.62"],
    [],
    text_file(
        "demande.txt",
        "Noviny s.r.o. demande l'accès aux résultats des élections en XML.\n"
        "|Production|198.51.100.60, 61 et 62|\n",
    ),
)
_case(
    "en_tab_cells_and",
    "Hello, our application is attached.\nJan Malý\n",
    ["192.0.2.140", "192.0.2.141", "192.0.2.142"],
    ["192.0.2.150"],
    text_file(
        "application.txt",
        "Noviny s.r.o. applies for access to the election results feed (XML).\n"
        "Production IPs\t192.0.2.140, 141 and 142\tfetching servers\n"
        "Test IP\t192.0.2.150\n",
    ),
)
_case(
    "cz_body_sentence_i",
    "Dobrý den,\nžádáme o přístup k XML výsledkům voleb.\nOstré adresy: 203.0.113.30, 31 i 32.\n"
    "Jan Malý, Noviny s.r.o.\n",
    ["203.0.113.30", "203.0.113.31", "203.0.113.32"],
    [],
)
_case(
    "es_body_y_line_end",
    "Hola,\nsolicitamos acceso a los resultados en XML.\nProducción: 198.51.100.80, 81 y 82\n"
    "Jan Malý, Noviny s.r.o.\n",
    ["198.51.100.80", "198.51.100.81", "198.51.100.82"],
    [],
)
# (a) near misses: the number after the list is no octet
_case(
    "cz_near_count_after_cell",
    "Dobrý den, v příloze žádost.\nJan Malý\n",
    ["198.51.100.70", "198.51.100.71"],
    [],
    text_file(
        "zadost.txt",
        "Noviny s.r.o. žádá o přístup k výsledkům voleb ve formátu XML.\n"
        "Produkční IP|198.51.100.70 a 71|2 servery\n",
    ),
)
_case(
    "sk_near_date_after",
    "Dobrý deň,\nžiadame o prístup k XML výsledkom volieb.\n"
    "Produkčná IP: 198.51.100.90, platná od 14. 1. 2026\nJan Malý, Noviny s.r.o.\n",
    ["198.51.100.90"],
    [],
)

# (b) IPv6 ranges
_V6_3 = ["2001:db8:ab::10", "2001:db8:ab::11", "2001:db8:ab::12"]
_case(
    "cz_v6_range_wrapped_at_dash",
    "Dobrý den,\nžádáme o zpřístupnění průběžných výsledků na dedikovaném serveru ve formátu\n"
    "XML. Stahovat budeme ze tří serverů v rozsahu 2001:db8:ab::10 –\n"
    "2001:db8:ab::12; testovací prostředí běží na adrese 2001:db8:ab::20.\n"
    "Jan Malý, Noviny s.r.o.\n",
    _V6_3,
    ["2001:db8:ab::20"],
)
_case(
    "en_v6_short_end",
    "Hello,\nwe apply for access to the XML results feed.\n"
    "Production: 2001:db8:ab::10–::12\nTest: 2001:db8:ab::20\nJan Malý, Noviny s.r.o.\n",
    _V6_3,
    ["2001:db8:ab::20"],
)
_case(
    "sk_v6_az_short_end",
    "Dobrý deň,\nžiadame o prístup k XML výsledkom.\n"
    "Produkčné adresy: 2001:db8:ab::10 až ::12\nJan Malý, Noviny s.r.o.\n",
    _V6_3,
    [],
)
_case(
    "de_v6_hex_short_end",
    "Guten Tag,\nwir beantragen Zugang zum XML-Ergebnisdienst.\n"
    "Produktion: 2001:db8:5e::a-::c\nJan Malý, Noviny s.r.o.\n",
    ["2001:db8:5e::a", "2001:db8:5e::b", "2001:db8:5e::c"],
    [],
)
_case(
    "pl_v6_to_full_end",
    "Dzień dobry,\nprosimy o dostęp do wyników w XML.\n"
    "Serwery produkcyjne: 2001:db8:c1::1 to 2001:db8:c1::3\nJan Malý, Noviny s.r.o.\n",
    ["2001:db8:c1::1", "2001:db8:c1::2", "2001:db8:c1::3"],
    [],
)
_case(
    "en_v6_wrapped_to_short_end",
    "Hello,\nwe would like to ask for access to the XML results feed for our newsroom's\n"
    "three fetching machines, whose addresses are 2001:db8:ab::10 to\n"
    "::12. We have no test machine.\nJan Malý, Noviny s.r.o.\n",
    _V6_3,
    [],
)
# (b) near miss: two addresses joined by "a" are no range
_case(
    "cz_near_v6_two_addresses",
    "Dobrý den,\nžádáme o přístup k XML výsledkům.\n"
    "Produkce: 2001:db8:ab::10 a 2001:db8:ab::12\nJan Malý, Noviny s.r.o.\n",
    ["2001:db8:ab::10", "2001:db8:ab::12"],
    [],
)

# (c) trying the connection out from the same machine names no test address (the address is
# production); near miss: trying it out from another address names that one as test
_case(
    "cz_zkusim_z_te_same",
    "Dobrý den, dělám podcast, chtěl bych na volební noc stahovat XML. IP 203.0.113.150, "
    "test netřeba, zkusím to z té samé. Tel 777 210 448.\nDík, J. Malý\n",
    ["203.0.113.150"],
    [],
)
_case(
    "sk_vyskusam_z_tej_istej",
    "Dobrý deň, chcel by som sťahovať XML výsledky. Adresa 198.51.100.33, testovaciu "
    "nemám, vyskúšam to z tej istej.\nJ. Malý\n",
    ["198.51.100.33"],
    [],
)
_case(
    "en_try_from_same",
    "Hi, I'd like to pull the XML results on election night. IP 192.0.2.77, no separate "
    "test box, I'll try it from the same one.\nJan\n",
    ["192.0.2.77"],
    [],
)
_case(
    "pl_sprobuje_z_tego_samego",
    "Dzień dobry, chciałbym pobierać wyniki XML. IP 203.0.113.61, testowego nie mam, "
    "spróbuję z tego samego.\nJan Malý\n",
    ["203.0.113.61"],
    [],
)
_case(
    "cz_near_zkusim_z_jine",
    "Dobrý den, chtěl bych stahovat XML. IP 203.0.113.150, zkusím to nejdřív z "
    "203.0.113.151.\nJ. Malý\n",
    ["203.0.113.150"],
    ["203.0.113.151"],
)

# (d) the new address "replaces the earlier sent A", however many words stand between the verb
# and A: A is withdrawn
_case(
    "nl_vervangt_eerder_gestuurde",
    "Goedendag,\nGraag vraag ik toegang tot de XML-server met uitslagen.\nMijn IP-adres is "
    "198.18.20.5; dit adres vervangt het eerder gestuurde 198.18.20.4. Een apart testadres "
    "heb ik niet.\nJan Malý\n",
    ["198.18.20.5"],
    [],
)
_case(
    "cz_nahrazuje_drive_zaslanou_adresu",
    "Dobrý den,\nžádáme o přístup k XML výsledkům. Produkční IP je 192.0.2.15, nahrazuje "
    "dříve zaslanou adresu 192.0.2.14.\nJan Malý\n",
    ["192.0.2.15"],
    [],
)
_case(
    "en_replaces_previously_sent_address",
    "Hello,\nwe ask for access to the XML feed. Our server is 203.0.113.45, which replaces "
    "the previously sent address 203.0.113.44.\nJan Malý\n",
    ["203.0.113.45"],
    [],
)
_case(
    "de_ersetzt_die_frueher_gesendete",
    "Guten Tag,\nwir beantragen den XML-Zugang. Produktion: 198.51.100.25 – sie ersetzt die "
    "früher gesendete Adresse 198.51.100.24.\nJan Malý\n",
    ["198.51.100.25"],
    [],
)
_case(
    "nl_near_vervangen_door",
    "Goedendag,\nGraag toegang tot de XML-uitslagen. Het adres 198.18.20.4 is vervangen door "
    "198.18.20.5.\nJan Malý\n",
    ["198.18.20.5"],
    [],
)


def _spelled(text: str) -> str:
    return "".join(f"<td>{c if c != ' ' else ''}</td>" for c in text)


# (e) a word and an address spelled one character per table cell: read as the text spelled
CASES["cz_html_table_spelled_v6"] = (
    mail(
        html_body(
            "<p>Žádost o zpřístupnění výsledků voleb ve formátu XML.</p><table>"
            f"<tr>{_spelled('Produkční adresa')}</tr><tr>{_spelled('2001:db8:5e::7')}</tr>"
            "</table><p>Testovací adresu nemám.</p><p>Jan Malý</p>"
        ),
        subject="Přístup k výsledkům voleb",
        sender="jan@noviny.example",
        sender_name="Jan Malý",
    ),
    label(FEED, ("Noviny s.r.o.", None, None), ["2001:db8:5e::7"], [],
          ("Jan Malý", "jan@noviny.example", None)),
)

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert [m for m in misses(p, want) if m.split(":")[0].endswith("_ips")] == []
