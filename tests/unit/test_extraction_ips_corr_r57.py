"""A drill, fifty-seventh round (issue 18): corrections and replacements keep the written
order. (a) Two addresses, then a correction naming the one it corrects by its place ("A a B –
pardon, ta první má být C", "A and B, sorry, the first should be C"): C takes A's place, the
list reads C, B. (b) A table of two address columns whose header calls one old or to be
removed, in more languages ("RÉGI (törlendő) / ÚJ", "Oud / Nieuw", "Gammal / Ny", "Vanha /
Uusi"): only the new column is asked for. Near misses: a correction naming the second place,
a table of two current columns (production and test). Every message was labelled by
``tests/corpus/LABELS.md`` before extraction ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import FEED, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, mail, text_file

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _case(
    key: str, text: str, sender: str, name: str, org: str, prod: list[str], test: list[str], phone: str | None
) -> None:
    CASES[key] = (
        mail(body(text), subject="XML volby / election results", sender=sender, sender_name=name),
        label(FEED, (org, None, None), prod, test, (name, sender, phone)),
    )


# (a) a correction naming the place of the address it corrects
_case(
    "cs_prvni_ma_byt_inline",
    "Dobrý den, žádáme o přístup k XML s výsledky voleb pro Rádio Bečva s.r.o. Produkční IP "
    "192.0.2.61 a 192.0.2.15 – pardon, překlep, ta první má být 192.0.2.16.\n\nS pozdravem\n"
    "Karel Doležal\nRádio Bečva s.r.o.\n",
    "dolezal@radiobecva.example", "Karel Doležal", "Rádio Bečva s.r.o.",
    ["192.0.2.16", "192.0.2.15"], [], None,
)
_case(
    "en_first_should_be_inline",
    "Hello, Valley Courier Ltd asks for access to the election results XML feed. Production "
    "servers 203.0.113.44 and 203.0.113.45, sorry, typo, the first one should be 203.0.113.41.\n\n"
    "Regards,\nNora Hill\nValley Courier Ltd\n",
    "hill@valleycourier.example", "Nora Hill", "Valley Courier Ltd",
    ["203.0.113.41", "203.0.113.45"], [], None,
)
_case(
    "de_erste_sollte_inline",
    "Guten Tag, die Tal Zeitung GmbH bittet um Zugang zum XML der Wahlergebnisse. Produktiv: "
    "198.51.100.81 und 198.51.100.82 - Korrektur, die erste Adresse sollte 198.51.100.18 lauten.\n\n"
    "Mit freundlichen Grüßen\nJonas Weber\nTal Zeitung GmbH\n",
    "weber@talzeitung.example", "Jonas Weber", "Tal Zeitung GmbH",
    ["198.51.100.18", "198.51.100.82"], [], None,
)
_case(
    "sk_prva_ma_byt_next_line",
    "Dobrý deň,\n\nžiadame o prístup k XML s výsledkami volieb pre Liptovský kuriér s.r.o.\n"
    "Produkčné IP: 192.0.2.71, 192.0.2.72\n"
    "Oprava: prvá adresa má byť 192.0.2.17.\n\nS pozdravom\nJán Kováč\nLiptovský kuriér s.r.o.\n",
    "kovac@liptovskykurier.example", "Ján Kováč", "Liptovský kuriér s.r.o.",
    ["192.0.2.17", "192.0.2.72"], [], None,
)
_case(
    "cs_druha_ma_byt_inline_nearmiss",
    "Dobrý den, žádáme o XML s výsledky voleb pro Deník Vysočina s.r.o. Produkce "
    "198.51.100.30 a 198.51.100.13 - pardon, ta druhá má být 198.51.100.31.\n\nDěkuji\n"
    "Eva Marková\nDeník Vysočina s.r.o.\n",
    "markova@denikvysocina.example", "Eva Marková", "Deník Vysočina s.r.o.",
    ["198.51.100.30", "198.51.100.31"], [], None,
)

# (b) a table whose header calls one column old or to be removed
_case(
    "hu_regi_uj_table",
    "Tisztelt Hölgyem/Uram!\n\nA Balaton Hírek Kft. hozzáférést kér a választási eredmények "
    "XML-jéhez. Kérjük, a régi címeket töröljék:\n\n"
    "                 RÉGI (törlendő)    ÚJ\n"
    "éles szerver     192.0.2.40         192.0.2.140\n"
    "teszt            192.0.2.49         192.0.2.149\n\n"
    "Üdvözlettel:\nKiss Anna\nBalaton Hírek Kft.\n",
    "kiss.anna@balatonhirek.example", "Kiss Anna", "Balaton Hírek Kft.",
    ["192.0.2.140"], ["192.0.2.149"], None,
)
_case(
    "nl_oud_nieuw_table",
    "Geachte heer/mevrouw,\n\nDe Kempen Krant B.V. vraagt toegang tot de XML-feed met de "
    "verkiezingsuitslagen. Wij zijn verhuisd:\n\n"
    "              Oud (verwijderen)    Nieuw\n"
    "productie     203.0.113.60         203.0.113.160\n"
    "test          203.0.113.69         203.0.113.169\n\n"
    "Met vriendelijke groet,\nSanne de Vries\nDe Kempen Krant B.V.\n",
    "devries@kempenkrant.example", "Sanne de Vries", "De Kempen Krant B.V.",
    ["203.0.113.160"], ["203.0.113.169"], None,
)
_case(
    "sv_gammal_ny_tabs",
    "Hej,\n\nNorrlands Nyheter AB ber om tillgång till valresultatens XML. Nya adresser:\n\n"
    "\tGammal (ta bort)\tNy\n"
    "produktion\t198.51.100.90\t198.51.100.190\n"
    "test\t198.51.100.99\t198.51.100.199\n\n"
    "Med vänliga hälsningar\nErik Lund\nNorrlands Nyheter AB\n",
    "lund@norrlandsnyheter.example", "Erik Lund", "Norrlands Nyheter AB",
    ["198.51.100.190"], ["198.51.100.199"], None,
)
_case(
    "fi_vanha_uusi_pipes",
    "Hei,\n\nSavon Sanomat Oy pyytää pääsyä vaalitulosten XML-tietoihin.\n\n"
    "| | Vanha (poistetaan) | Uusi |\n"
    "| tuotanto | 192.0.2.50 | 192.0.2.150 |\n"
    "| testi | 192.0.2.59 | 192.0.2.159 |\n\n"
    "Ystävällisin terveisin\nMikko Virtanen\nSavon Sanomat Oy\n",
    "virtanen@savonsanomat.example", "Mikko Virtanen", "Savon Sanomat Oy",
    ["192.0.2.150"], ["192.0.2.159"], None,
)
_case(
    "ro_vechi_nou_table",
    "Bună ziua,\n\nGazeta de Vest S.R.L. solicită acces la fluxul XML cu rezultatele alegerilor.\n\n"
    "              Vechi (de șters)    Nou\n"
    "producție     203.0.113.70        203.0.113.170\n"
    "test          203.0.113.79        203.0.113.179\n\n"
    "Cu stimă,\nAndrei Popescu\nGazeta de Vest S.R.L.\n",
    "popescu@gazetadevest.example", "Andrei Popescu", "Gazeta de Vest S.R.L.",
    ["203.0.113.170"], ["203.0.113.179"], None,
)
_case(
    "cs_two_current_columns_nearmiss",
    "Dobrý den,\n\nžádáme o přístup k XML s výsledky voleb pro Rádio Úpa s.r.o.\n\n"
    "              Produkce          Test\n"
    "server 1      192.0.2.80        192.0.2.89\n"
    "server 2      192.0.2.81\n\n"
    "S pozdravem\nPetr Novák\nRádio Úpa s.r.o.\n",
    "novak@radioupa.example", "Petr Novák", "Rádio Úpa s.r.o.",
    ["192.0.2.80", "192.0.2.81"], ["192.0.2.89"], None,
)

# (c) a table whose columns are named by their use in more languages
_case(
    "fi_tuotanto_testi_tabs",
    "Hei,\n\nLapin Uutiset Oy hakee pääsyä vaalitulosten XML-palveluun.\n\n"
    "\ttuotanto\ttesti\n"
    "palvelin 1\t192.0.2.110\t192.0.2.119\n"
    "palvelin 2\t192.0.2.111\t\n\n"
    "Ystävällisin terveisin\nLiisa Korhonen\nLapin Uutiset Oy\n",
    "korhonen@lapinuutiset.example", "Liisa Korhonen", "Lapin Uutiset Oy",
    ["192.0.2.110", "192.0.2.111"], ["192.0.2.119"], None,
)
_case(
    "et_tootmine_test_spaced",
    "Tere,\n\nLõuna Leht OÜ palub juurdepääsu valimistulemuste XML-ile.\n\n"
    "              tootmiskeskkond    test\n"
    "server 1      203.0.113.80       203.0.113.89\n"
    "server 2      203.0.113.81\n\n"
    "Lugupidamisega\nKadri Tamm\nLõuna Leht OÜ\n",
    "tamm@lounaleht.example", "Kadri Tamm", "Lõuna Leht OÜ",
    ["203.0.113.80", "203.0.113.81"], ["203.0.113.89"], None,
)
_case(
    "lv_razosana_tests_pipes",
    "Labdien,\n\nKurzemes Vārds SIA lūdz piekļuvi vēlēšanu rezultātu XML.\n\n"
    "| serveris | ražošana | tests |\n"
    "| 1 | 198.51.100.60 | 198.51.100.69 |\n"
    "| 2 | 198.51.100.61 | |\n\n"
    "Ar cieņu\nJānis Bērziņš\nKurzemes Vārds SIA\n",
    "berzins@kurzemesvards.example", "Jānis Bērziņš", "Kurzemes Vārds SIA",
    ["198.51.100.60", "198.51.100.61"], ["198.51.100.69"], None,
)
_case(
    "lt_gamybine_testine_labels",
    "Laba diena,\n\nUAB Kauno Aidas prašo prieigos prie rinkimų rezultatų XML.\n\n"
    "Gamybinė aplinka: 192.0.2.120, 192.0.2.121\n"
    "Testinė aplinka: 192.0.2.129\n\n"
    "Pagarbiai\nTomas Petrauskas\nUAB Kauno Aidas\n",
    "petrauskas@kaunoaidas.example", "Tomas Petrauskas", "UAB Kauno Aidas",
    ["192.0.2.120", "192.0.2.121"], ["192.0.2.129"], None,
)
_case(
    "el_latin_paragogi_dokimi",
    "Kalimera,\n\nAigaio Nea A.E. requests access to the election results XML feed.\n\n"
    "Paragogi: 203.0.113.90\n"
    "Test: 203.0.113.99\n\n"
    "Regards,\nNikos Papadopoulos\nAigaio Nea A.E.\n",
    "papadopoulos@aigaionea.example", "Nikos Papadopoulos", "Aigaio Nea A.E.",
    ["203.0.113.90"], ["203.0.113.99"], None,
)
_case(
    "is_unknown_use_word_column",
    "Góðan dag,\n\nFréttablað Norðurlands ehf. requests access to the election results XML feed.\n\n"
    "              framleiðsla        test\n"
    "server 1      192.0.2.130        192.0.2.139\n"
    "server 2      192.0.2.131\n\n"
    "Kveðja,\nJón Sigurðsson\nFréttablað Norðurlands ehf.\n",
    "jon@frettabladnordurlands.example", "Jón Sigurðsson", "Fréttablað Norðurlands ehf.",
    ["192.0.2.130", "192.0.2.131"], ["192.0.2.139"], None,
)

# (d) an address the cover note adds to the attached form's list, which "no longer fitted"
def _cover(key: str, text: str, rows: str, sender: str, name: str, org: str, prod: list[str]) -> None:
    CASES[key] = (
        mail(body(text), text_file("formular.txt", rows), subject="XML volby", sender=sender, sender_name=name),
        label(FEED, (org, None, None), prod, [], (name, sender, None)),
    )


_cover(
    "cs_uz_se_nevesla",
    "Dobrý den,\n\nžádost o přístup k XML s výsledky voleb je v příloze. K produkčním adresám doplňte "
    "prosím ještě 192.0.2.37, kterou teď zapojujeme; do formuláře se už nevešla.\n\nS pozdravem\nHana Malá\nRádio Jizera s.r.o.\n",
    "Žadatel: Rádio Jizera s.r.o.\nProdukční IP: 192.0.2.35, 192.0.2.36\nKontakt: Hana Malá\n",
    "mala@radiojizera.example", "Hana Malá", "Rádio Jizera s.r.o.",
    ["192.0.2.35", "192.0.2.36", "192.0.2.37"],
)
_cover(
    "sk_uz_sa_nezmestila",
    "Dobrý deň,\n\nžiadosť o prístup k XML s výsledkami volieb je v prílohe. K produkčným adresám "
    "pridajte prosím ešte 198.51.100.57, na ktorú prechádzame; do formulára sa už nezmestila.\n\nS pozdravom\nIvan Hrubý\n"
    "Spiš dnes s.r.o.\n",
    "Žiadateľ: Spiš dnes s.r.o.\nProdukčné IP: 198.51.100.55, 198.51.100.56\nKontakt: Ivan Hrubý\n",
    "hruby@spisdnes.example", "Ivan Hrubý", "Spiš dnes s.r.o.",
    ["198.51.100.55", "198.51.100.56", "198.51.100.57"],
)
_cover(
    "cs_uz_neplati_nearmiss",
    "Dobrý den,\n\nžádost o přístup k XML s výsledky voleb je v příloze. Adresa 203.0.113.36 z formuláře "
    "už neplatí, server jsme zrušili.\n\nS pozdravem\nOldřich Veselý\nTýdeník Brdy s.r.o.\n",
    "Žadatel: Týdeník Brdy s.r.o.\nProdukční IP: 203.0.113.35, 203.0.113.36\nKontakt: Oldřich Veselý\n",
    "vesely@tydenikbrdy.example", "Oldřich Veselý", "Týdeník Brdy s.r.o.",
    ["203.0.113.35"],
)

# (e) a server the text says it will not use for the results (perfective "nepoužijeme")
_case(
    "cs_nepouzijeme_web_server",
    "Dobrý den,\n\nžádáme o přístup k XML s výsledky voleb pro Hlas Hané s.r.o.\n\nNa volby máme "
    "dočasný server 192.0.2.240, ten berte jako produkční. Testovat budeme z 192.0.2.241. Náš webový "
    "server 192.0.2.5 pro výsledky nepoužijeme.\n\nS pozdravem\nJana Vlková\nHlas Hané s.r.o.\n",
    "vlkova@hlashane.example", "Jana Vlková", "Hlas Hané s.r.o.",
    ["192.0.2.240"], ["192.0.2.241"], None,
)
_case(
    "sk_nepouzijeme_web_server",
    "Dobrý deň,\n\nžiadame o prístup k XML s výsledkami volieb pre Hlas Gemera s.r.o.\n\nProdukčný "
    "server: 198.51.100.240\nTestovací server: 198.51.100.241\nNáš bežný web 198.51.100.5 na výsledky "
    "nepoužijeme.\n\nS pozdravom\nMária Horváthová\nHlas Gemera s.r.o.\n",
    "horvathova@hlasgemera.example", "Mária Horváthová", "Hlas Gemera s.r.o.",
    ["198.51.100.240"], ["198.51.100.241"], None,
)

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_ips_corr_r57(p: ParsedMessage, want: Label) -> None:
    assert misses(p, want) == []
