"""A drill, forty-sixth round (issue 18): addresses replaced in words. (a) A mistyped address
that reads as none (an octet over 255, an octet missing) set right by the cover or a later
line ("místo … má být", "should read", "richtig", "powinno być"); (b) a passive replacement
whose second clause leaves its subject out ("A è stato sostituito da B e non è più in uso");
(c) replacement wording in the languages foreign media write in ("B sostituisce A", "B en
lugar de A", "B remplace A", "B vervangt A", "B ersätter A", "B substitui A"). Each class has
near-miss negatives. Every message was labelled by ``tests/corpus/LABELS.md`` before
extraction ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import Component, ParsedMessage
from tests.unit.drill_helpers import FEED, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, mail, text_file

CASES: dict[str, tuple[ParsedMessage, Label]] = {}

_ORG = ("Test Media s.r.o.", None, None)
_WHO = ("Jana Testová", "testova@testmedia.example", None)


def _mail(text: str, *extra: Component) -> ParsedMessage:
    return mail(
        body(text),
        *extra,
        subject="Přístup k výsledkům voleb",
        sender="testova@testmedia.example",
        sender_name="Jana Testová",
    )


def _case(name: str, text: str, prod: list[str], test: list[str], *extra: Component) -> None:
    CASES[name] = (_mail(text, *extra), label(FEED, _ORG, prod, test, _WHO))


_FORM_CZ = text_file(
    "zadost.txt",
    "Test Media s.r.o. žádá o přístup k výsledkům voleb (XML).\n"
    "Produkční IP: 198.51.100.311, 198.51.100.32\nTestovací IP: 198.51.100.39\n",
)
_FORM_EN = text_file(
    "application.txt",
    "Application for access to the election results feed.\n"
    "Production IPs: 192.0.2.17, 192.0.2.1888\nTest IP: 192.0.2.50\n",
)
_FORM_MISSING = text_file(
    "antrag.txt",
    "Antrag auf Zugang zum XML-Feed der Wahlergebnisse.\n"
    "Produktion: 203.0.113.7, 203.0.113\nTest: 203.0.113.9\n",
)

# (a) a mistyped address that reads as none, set right elsewhere
_case(
    "cz_cover_misto_ma_byt",
    "Dobrý den, v příloze žádost. Ve formuláři je překlep, místo 198.51.100.311 má být "
    "198.51.100.31.\n\nJana Testová\n",
    ["198.51.100.31", "198.51.100.32"],
    ["198.51.100.39"],
    _FORM_CZ,
)
_case(
    "en_cover_should_read",
    "Hello, our form is attached. Sorry, there is a typo: instead of 192.0.2.1888 it "
    "should read 192.0.2.188.\n\nJana Testová\n",
    ["192.0.2.17", "192.0.2.188"],
    ["192.0.2.50"],
    _FORM_EN,
)
_case(
    "de_cover_statt_missing_octet",
    "Guten Tag, anbei unser Antrag. Statt 203.0.113 muss es 203.0.113.8 heißen, da fehlt "
    "eine Zahl.\n\nJana Testová\n",
    ["203.0.113.7", "203.0.113.8"],
    ["203.0.113.9"],
    _FORM_MISSING,
)
_case(
    "pl_zamiast_powinno_byc_inline",
    "Dzień dobry,\nprosimy o dostęp do wyników wyborów (XML).\n"
    "Produkcja: 198.51.100.60\nTest: 198.51.100.61\n"
    "Poprawka: zamiast 198.51.100.600 w poprzednim piśmie powinno być 198.51.100.60.\n\n"
    "Jana Testová\n",
    ["198.51.100.60"],
    ["198.51.100.61"],
)
_case(
    "sk_namiesto_ma_byt",
    "Dobrý deň, v prílohe je žiadosť. Namiesto 198.51.100.311 má byť 198.51.100.31, "
    "prepáčte.\n\nJana Testová\n",
    ["198.51.100.31", "198.51.100.32"],
    ["198.51.100.39"],
    _FORM_CZ,
)
# near-miss: a valid old address set right keeps only the new one
_case(
    "cz_misto_valid_address",
    "Dobrý den,\nžádáme o přístup k výsledkům voleb.\nProdukční IP: 192.0.2.81\n"
    "Oprava: místo 192.0.2.80 má být 192.0.2.81.\nTestovací IP: 192.0.2.90\n\nJana Testová\n",
    ["192.0.2.81"],
    ["192.0.2.90"],
)

# (b) a passive replacement, the subject of its second clause left out
_case(
    "it_sostituito_da_non_piu_in_uso",
    "Gentili signori,\nchiediamo l'accesso ai risultati elettorali in XML.\n"
    "Indirizzi di produzione: 192.0.2.31 e 192.0.2.32.\n"
    "Nota: il vecchio indirizzo 192.0.2.30, che usavamo prima, è stato sostituito da "
    "192.0.2.31 e non è più in uso.\nIndirizzo di test: 192.0.2.40.\n\nJana Testová\n",
    ["192.0.2.31", "192.0.2.32"],
    ["192.0.2.40"],
)
_case(
    "en_replaced_by_no_longer_in_use",
    "Hello,\nwe apply for access to the results feed.\n"
    "Production: 203.0.113.21 and 203.0.113.22\n"
    "Note: 203.0.113.20, our server from the last election, was replaced by 203.0.113.21 "
    "and is no longer in use.\nTest: 203.0.113.29\n\nJana Testová\n",
    ["203.0.113.21", "203.0.113.22"],
    ["203.0.113.29"],
)
_case(
    "de_ersetzt_nicht_mehr",
    "Guten Tag,\nwir beantragen den Zugang zum XML-Feed.\n"
    "Produktion: 198.51.100.71, 198.51.100.72\n"
    "Hinweis: 198.51.100.70 wurde durch 198.51.100.71 ersetzt und wird nicht mehr genutzt.\n"
    "Test: 198.51.100.79\n\nJana Testová\n",
    ["198.51.100.71", "198.51.100.72"],
    ["198.51.100.79"],
)
_case(
    "cz_nahrazena_uz_neplati",
    "Dobrý den,\nžádáme o přístup k výsledkům voleb.\n"
    "Produkční IP: 192.0.2.121, 192.0.2.122\n"
    "Pozn.: adresa 192.0.2.120 z minulých voleb byla nahrazena adresou 192.0.2.121 a už "
    "neplatí.\nTestovací IP: 192.0.2.129\n\nJana Testová\n",
    ["192.0.2.121", "192.0.2.122"],
    ["192.0.2.129"],
)
# near-miss: the active verb, a relative clause about the replaced one
_case(
    "en_active_replaces_which_gone",
    "Hello,\nwe apply for access to the results feed.\n"
    "Production: 203.0.113.41 (it replaces 203.0.113.40, which is no longer in use)\n"
    "Test: 203.0.113.49\n\nJana Testová\n",
    ["203.0.113.41"],
    ["203.0.113.49"],
)

# (c) replacement wording in other languages: the new one first, the old one after
_case(
    "it_sostituisce",
    "Buongiorno,\nchiediamo l'accesso al feed XML.\n"
    "Produzione: 192.0.2.141 (sostituisce 192.0.2.140)\nTest: 192.0.2.149\n\nJana Testová\n",
    ["192.0.2.141"],
    ["192.0.2.149"],
)
_case(
    "it_al_posto_di",
    "Buongiorno,\nchiediamo l'accesso al feed XML.\n"
    "Produzione: 192.0.2.151 al posto di 192.0.2.150\nTest: 192.0.2.159\n\nJana Testová\n",
    ["192.0.2.151"],
    ["192.0.2.159"],
)
_case(
    "es_en_lugar_de",
    "Buenos días,\nsolicitamos acceso al feed XML de resultados.\n"
    "Producción: 198.51.100.161 en lugar de 198.51.100.160\nPrueba: 198.51.100.169\n\n"
    "Jana Testová\n",
    ["198.51.100.161"],
    ["198.51.100.169"],
)
_case(
    "fr_remplace",
    "Bonjour,\nnous demandons l'accès au flux XML des résultats.\n"
    "Production : 198.51.100.171 (remplace 198.51.100.170)\nTest : 198.51.100.179\n\n"
    "Jana Testová\n",
    ["198.51.100.171"],
    ["198.51.100.179"],
)
_case(
    "nl_in_plaats_van",
    "Goedendag,\nwij vragen toegang tot de XML-feed.\n"
    "Productie: 203.0.113.181 in plaats van 203.0.113.180\nTest: 203.0.113.189\n\n"
    "Jana Testová\n",
    ["203.0.113.181"],
    ["203.0.113.189"],
)
_case(
    "sv_ersatter",
    "Hej,\nvi ansöker om tillgång till XML-flödet.\n"
    "Produktion: 203.0.113.191 (ersätter 203.0.113.190)\nTest: 203.0.113.199\n\n"
    "Jana Testová\n",
    ["203.0.113.191"],
    ["203.0.113.199"],
)
_case(
    "pt_substitui",
    "Bom dia,\nsolicitamos acesso ao feed XML.\n"
    "Produção: 192.0.2.201 (substitui 192.0.2.200)\nTeste: 192.0.2.209\n\nJana Testová\n",
    ["192.0.2.201"],
    ["192.0.2.209"],
)
# near-misses: a clitic pronoun before the verb, the new one after it as its subject
_case(
    "es_la_sustituye_la",
    "Buenos días,\nsolicitamos acceso al feed XML de resultados.\n"
    "Atención: la antigua dirección 198.51.100.220 ya no se utiliza; la sustituye la "
    "198.51.100.221 (producción). Para pruebas usaremos 198.51.100.229.\n\nJana Testová\n",
    ["198.51.100.221"],
    ["198.51.100.229"],
)
_case(
    "it_lo_sostituisce",
    "Buongiorno,\nchiediamo l'accesso al feed XML.\n"
    "Il vecchio server 192.0.2.230 è dismesso, lo sostituisce il 192.0.2.231 (produzione). "
    "Test: 192.0.2.239.\n\nJana Testová\n",
    ["192.0.2.231"],
    ["192.0.2.239"],
)
# near-miss: "sostituisce" about a machine at the same address keeps it
_case(
    "it_new_machine_same_address",
    "Buongiorno,\nchiediamo l'accesso al feed XML.\n"
    "Produzione: 192.0.2.211\nTest: 192.0.2.219\n\nJana Testová\n",
    ["192.0.2.211"],
    ["192.0.2.219"],
)

# (d) corrections about IPv6 addresses and about uses: a test address dropped, production
# restated in a sentence of its own
_case(
    "cz_ipv6_test_dropped_restated",
    "Dobrý den,\n\noprava mého e-mailu: testovací adresu 2001:db8:41::2 ruším, testovat "
    "budeme z produkce. Produkční adresy jsou tedy 2001:db8:41::1 a 192.0.2.41.\n\n"
    "Jana Testová\n\nOd: Jana Testová <testova@testmedia.example>\n"
    "Odesláno: úterý 9. září 2025 9:12\nKomu: podatelna@czso.cz\nPředmět: žádost\n\n"
    "Produkce: 2001:db8:41::1, 192.0.2.41\nTest: 2001:db8:41::2\n",
    ["2001:db8:41::1", "192.0.2.41"],
    [],
)
_case(
    "en_ipv6_test_dropped_restated",
    "Hello,\n\na correction to my earlier mail: please drop the test address 2001:db8:42::2, "
    "we will test from production. Our production addresses are 198.51.100.42 and "
    "2001:db8:42::1.\n\nJana Testová\n\n"
    "On Tue, 9 Sep 2025 at 9:12, Jana Testová <testova@testmedia.example> wrote:\n"
    "> Production: 198.51.100.42, 2001:db8:42::1\n> Test: 2001:db8:42::2\n",
    ["198.51.100.42", "2001:db8:42::1"],
    [],
)
_case(
    "de_ipv6_test_dropped_restated",
    "Guten Tag,\n\nKorrektur: die Testadresse 2001:db8:43::2 entfällt, wir testen aus der "
    "Produktion. Produktiv bleiben 2001:db8:43::1 und 203.0.113.43.\n\nJana Testová\n\n"
    "-----Ursprüngliche Nachricht-----\nVon: Jana Testová <testova@testmedia.example>\n"
    "Gesendet: Dienstag, 9. September 2025 09:12\nAn: podatelna@czso.cz\nBetreff: Antrag\n\n"
    "Produktion: 2001:db8:43::1, 203.0.113.43\nTest: 2001:db8:43::2\n",
    ["2001:db8:43::1", "203.0.113.43"],
    [],
)
# near-misses: the address after the withdrawal is the new one of the same use
_case(
    "cz_ipv6_test_replaced_same_use",
    "Dobrý den,\n\nProdukční IP: 192.0.2.44\n"
    "Oprava: testovací adresu 2001:db8:44::2 ruším, správně je testovací 2001:db8:44::3.\n\n"
    "Jana Testová\n\nOd: Jana Testová <testova@testmedia.example>\n"
    "Odesláno: úterý 9. září 2025 9:12\nKomu: podatelna@czso.cz\nPředmět: žádost\n\n"
    "Produkce: 192.0.2.44\nTest: 2001:db8:44::2\n",
    ["192.0.2.44"],
    ["2001:db8:44::3"],
)
_case(
    "cz_ipv6_misto_ma_byt",
    "Dobrý den,\n\nProdukční IP: 2001:db8:45::5\nTestovací IP: 192.0.2.45\n"
    "Oprava: místo 2001:db8:45::5 má být 2001:db8:45::6.\n\nJana Testová\n",
    ["2001:db8:45::6"],
    ["192.0.2.45"],
)

# (e) an address the cover adds to the attachment's list goes after that list
_PDF_EN = text_file(
    "application.txt",
    "Application for access to the election results feed.\n"
    "Production IPs: 198.51.100.138, 198.51.100.139\nTest IP: 198.51.100.150\n",
)
_FORM_DE = text_file(
    "antrag.txt",
    "Antrag auf Zugang zum XML-Feed der Wahlergebnisse.\n"
    "Produktion: 203.0.113.61, 203.0.113.62\nTest: 203.0.113.69\n",
)
_FORM_PL = text_file(
    "wniosek.txt",
    "Wniosek o dostęp do wyników wyborów (XML).\n"
    "Produkcja: 192.0.2.161\nTest: 192.0.2.169\n",
)
_case(
    "en_cover_forgot_in_pdf",
    "Dear Sir or Madam,\n\nplease find our application attached. One addition: we forgot a "
    "third production server in the PDF, please also whitelist 198.51.100.140.\n\n"
    "Jana Testová\n",
    ["198.51.100.138", "198.51.100.139", "198.51.100.140"],
    ["198.51.100.150"],
    _PDF_EN,
)
_case(
    "de_cover_im_antrag_vergessen",
    "Guten Tag,\n\nanbei unser Antrag. Im Antrag haben wir einen Produktionsserver "
    "vergessen, bitte zusätzlich 203.0.113.63 freischalten.\n\nJana Testová\n",
    ["203.0.113.61", "203.0.113.62", "203.0.113.63"],
    ["203.0.113.69"],
    _FORM_DE,
)
_case(
    "pl_cover_w_zalaczniku_zapomnielismy",
    "Dzień dobry,\n\nw załączniku wniosek. Zapomnieliśmy w nim o drugim serwerze "
    "produkcyjnym: 192.0.2.162.\n\nJana Testová\n",
    ["192.0.2.161", "192.0.2.162"],
    ["192.0.2.169"],
    _FORM_PL,
)
_case(
    "cz_cover_v_pdf_chybi",
    "Dobrý den,\n\nv příloze posílám žádost. V PDF nám chybí ještě jedna produkční adresa, "
    "doplňte prosím 198.51.100.140.\n\nJana Testová\n",
    ["198.51.100.138", "198.51.100.139", "198.51.100.140"],
    ["198.51.100.150"],
    _PDF_EN,
)
# near-miss: the cover gives the production list itself, the attachment only the test one
_case(
    "en_cover_list_form_has_test",
    "Hello,\n\nour production addresses are 192.0.2.171 and 192.0.2.172; the test address "
    "is in the attached form.\n\nJana Testová\n",
    ["192.0.2.171", "192.0.2.172"],
    ["192.0.2.179"],
    text_file("form.txt", "Application for the results feed.\nTest IP: 192.0.2.179\n"),
)

XFAIL: dict[str, str] = {
    "de_cover_statt_missing_octet": "addresses (r46-ips, order left): the cover's corrected address goes before the attachment's list instead of in the missing one's place (the bm009 class); flagged",
    "pl_zamiast_powinno_byc_inline": "addresses (r46-ips, left): a later line setting right a mistyped address of an earlier mail drops the right one from the labelled line too; flagged (no value)",
}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert [m for m in misses(p, want) if m.split(":")[0].endswith("_ips")] == []
