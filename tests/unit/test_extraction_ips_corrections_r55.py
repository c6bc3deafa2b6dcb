"""A drill, fifty-fifth round (issue 18): addresses set right, replaced or dropped in the
writer's own words. (a) A last octet written alone after a word of correction ("A, pardon
.9", "A, sorry, I mean .15", "A – Korrektur: .8"): the octet replaces the address before it;
(b) a last octet that the words after it say another service uses (".20 už používá jiná
služba", ".40 is used by another service"): that address is withdrawn; (c) "A nahraďte
prosím B": only A is replaced, B is the new one; (d) a Nordic passive of replacing after the
address ("A er udskiftet", "A er erstattet av B", "A har ersatts av B"); (e) a verb of
dropping before two addresses joined by "and" ("Vyřadili jsme A a B", "We removed A and
B"): both are withdrawn. Near-miss negatives: a word of correction after the octet, an
apology followed by "also" (an addition), a drop verb whose second address is newly added.
Every message was labelled by ``tests/corpus/LABELS.md`` before extraction ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import FEED, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, mail

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _case(
    name: str, text: str, org: str, person: str, email: str, phone: str,
    prod: list[str], test: list[str],
) -> None:
    signed = f"{text}\n\n{person}\n{org}\ntel. {phone}\n"
    CASES[name] = (
        mail(body(signed), subject="Přístup k výsledkům voleb", sender=email, sender_name=person),
        label(FEED, (org, None, None), prod, test, (person, email, None)),
    )


# (a) a last octet after a word of correction replaces the address before it
_case("cs_pardon_octet_then_backup",
      "Dobrý den,\nrádi bychom XML s výsledky voleb. Náš server je 192.0.2.30, pardon .31, "
      "a záložní stroj 192.0.2.40. Testovat budeme na tom samém.",
      "Polabský týdeník, z.s.", "Jan Malý", "maly@polabsky.example", "602 118 442",
      ["192.0.2.31", "192.0.2.40"], [])
_case("en_sorry_i_mean_octet",
      "Hello,\nplease grant us access to the results feed.\n"
      "Production server: 203.0.113.14, sorry, I mean .15\nTest server: 203.0.113.20",
      "Harbour Echo Ltd", "Amy Cole", "amy.cole@harbourecho.example", "+44 161 496 0731",
      ["203.0.113.15"], ["203.0.113.20"])
_case("de_korrektur_octet",
      "Guten Tag,\nwir bitten um Zugang zu den Wahlergebnissen.\n"
      "Produktion: 198.51.100.7 – Korrektur: .8\nTest: 198.51.100.9",
      "Oberlausitzer Bote GmbH", "Jens Albrecht", "albrecht@oberlausitzer.example",
      "+49 3581 770 214", ["198.51.100.8"], ["198.51.100.9"])
_case("sk_oprava_octet",
      "Dobrý deň,\nžiadame o prístup k výsledkom volieb.\n"
      "Produkčná IP 192.0.2.50, oprava .51\nTestovacia IP 192.0.2.60",
      "Liptovské noviny s.r.o.", "Peter Hudec", "hudec@liptovske.example", "0905 331 208",
      ["192.0.2.51"], ["192.0.2.60"])
_case("pl_poprawka_octet",
      "Dzień dobry,\nprosimy o dostęp do wyników wyborów.\n"
      "Serwer produkcyjny: 203.0.113.20, poprawka: .21\nSerwer testowy: 203.0.113.30",
      "Gazeta Beskidzka sp. z o.o.", "Anna Nowak", "nowak@beskidzka.example",
      "+48 33 812 40 17", ["203.0.113.21"], ["203.0.113.30"])
_case("cs_near_sorry_after_octets",
      "Dobrý den,\nžádáme o přístup k XML.\nProdukce 192.0.2.70 a .71, sorry za zpoždění.\n"
      "Test 192.0.2.80",
      "Vysočina dnes s.r.o.", "Eva Dvořáková", "dvorakova@vysocinadnes.example", "731 220 915",
      ["192.0.2.70", "192.0.2.71"], ["192.0.2.80"])
_case("cs_near_pardon_jeste_octet",
      "Dobrý den,\nžádáme o přístup k XML.\nProdukce 192.0.2.70, pardon, ještě .71\n"
      "Test 192.0.2.80",
      "Vysočina dnes s.r.o.", "Eva Dvořáková", "dvorakova@vysocinadnes.example", "731 220 915",
      ["192.0.2.70", "192.0.2.71"], ["192.0.2.80"])
_case("en_near_sorry_not_octet_but_full",
      "Hi,\nwe would like access to the feed. Main server 203.0.113.55 - sorry, not .55 but "
      "203.0.113.57, the .55 is our printer - and for testing 203.0.113.60.",
      "Fenland Post Ltd", "Tom Hart", "tom.hart@fenlandpost.example", "+44 1354 960 221",
      ["203.0.113.57"], ["203.0.113.60"])
_case("en_near_plain_octet_list",
      "Hi,\nwe would like access to the feed.\nProduction: 203.0.113.60, .61\nTest: 203.0.113.62",
      "Fenland Post Ltd", "Tom Hart", "tom.hart@fenlandpost.example", "+44 1354 960 221",
      ["203.0.113.60", "203.0.113.61"], ["203.0.113.62"])

# (b) a last octet that another service uses: its address is withdrawn
_case("en_octet_used_by_another_service",
      "Hello,\nwe apply for access to the results feed.\nProduction: 203.0.113.33\n"
      "Test: 203.0.113.40\n\nCorrection: the test address is 203.0.113.41, .40 is used by "
      "another service.",
      "Wessex Courier Ltd", "Lucy Grant", "lucy.grant@wessexcourier.example", "+44 1202 960 443",
      ["203.0.113.33"], ["203.0.113.41"])
_case("sk_octet_pouziva_ina_sluzba",
      "Dobrý deň,\nžiadame o prístup k výsledkom volieb.\nProdukcia: 192.0.2.88\n"
      "Test: 192.0.2.90\n\nOprava: testovacia adresa je 192.0.2.91, .90 už používa iná služba.",
      "Spišský kuriér s.r.o.", "Martin Kováč", "kovac@spisskykurier.example", "0908 441 273",
      ["192.0.2.88"], ["192.0.2.91"])
_case("de_octet_anderer_dienst",
      "Guten Tag,\nwir beantragen den Zugang.\nProduktion: 198.51.100.50\nTest: 198.51.100.60\n\n"
      "Korrektur: die Testadresse ist 198.51.100.61, die .60 nutzt schon ein anderer Dienst.",
      "Elbtal Rundschau GmbH", "Sabine Roth", "roth@elbtal.example", "+49 351 440 2218",
      ["198.51.100.50"], ["198.51.100.61"])

# (c) "A nahraďte prosím B": A replaced, B the new one
_case("cs_nahradte_prosim",
      "Dobrý den,\nžádáme o přístup k výsledkům voleb.\nProdukce: 192.0.2.5\n"
      "Test: 192.0.2.6, 192.0.2.7\n\nJedna změna: testovací 192.0.2.7 nahraďte prosím 192.0.2.8.",
      "Rakovnický deník s.r.o.", "Josef Král", "kral@rakovnicky.example", "724 551 030",
      ["192.0.2.5"], ["192.0.2.6", "192.0.2.8"])
_case("sk_nahradte_prosim_commas",
      "Dobrý deň,\nžiadame o prístup k výsledkom volieb.\nProdukcia: 203.0.113.5\n"
      "Test: 203.0.113.6\n\nZmena: testovaciu 203.0.113.6 nahraďte, prosím, 203.0.113.9.",
      "Orava dnes s.r.o.", "Ján Baláž", "balaz@oravadnes.example", "0915 220 617",
      ["203.0.113.5"], ["203.0.113.9"])
_case("cs_vymente_prosim",
      "Dobrý den,\nžádáme o přístup k výsledkům voleb.\nProdukce: 198.51.100.40, 198.51.100.41\n\n"
      "Prosím ještě úpravu: produkční 198.51.100.41 vyměňte prosím 198.51.100.42.",
      "Brdský zpravodaj s.r.o.", "Karel Šimek", "simek@brdsky.example", "777 302 816",
      ["198.51.100.40", "198.51.100.42"], [])

# (d) a Nordic passive of replacing after the address
_case("da_er_udskiftet",
      "Hej,\nvi vil gerne have adgang til valgresultaterne.\nProduktion: 192.0.2.60, 192.0.2.61\n"
      "Test: 192.0.2.69\n\nBemærk: 192.0.2.61 er udskiftet, den nye hedder 192.0.2.64.",
      "Vestjysk Avis A/S", "Lars Holm", "holm@vestjyskavis.example", "+45 21 44 80 19",
      ["192.0.2.60", "192.0.2.64"], ["192.0.2.69"])
_case("no_er_erstattet_av",
      "Hei,\nvi ønsker tilgang til valgresultatene.\nProduksjon: 198.51.100.30, 198.51.100.31\n\n"
      "Merk: 198.51.100.31 er erstattet av 198.51.100.32.",
      "Nordlys Medier AS", "Kari Berg", "berg@nordlysmedier.example", "+47 913 40 227",
      ["198.51.100.30", "198.51.100.32"], [])
_case("sv_har_ersatts_av",
      "Hej,\nvi vill ha tillgång till valresultaten.\nProduktion: 203.0.113.70, 203.0.113.71\n\n"
      "203.0.113.71 har ersatts av 203.0.113.72.",
      "Smålandsbladet AB", "Erik Lind", "lind@smalandsbladet.example", "+46 36 440 12 90",
      ["203.0.113.70", "203.0.113.72"], [])

# (e) a drop verb before two addresses joined by "and"
_case("cs_vyradili_jsme_a",
      "Dobrý den,\nžádáme o přístup.\nProdukce: 192.0.2.1, 192.0.2.2, 192.0.2.3\n\n"
      "Po kontrole: vyřadili jsme 192.0.2.2 a 192.0.2.3, zbývá jedna produkční.",
      "Kutnohorský list s.r.o.", "Marie Veselá", "vesela@kutnohorsky.example", "606 441 902",
      ["192.0.2.1"], [])
_case("en_we_removed_and",
      "Hello,\nwe apply for the feed.\nProduction: 203.0.113.1, 203.0.113.2, 203.0.113.3\n\n"
      "Update: we removed 203.0.113.2 and 203.0.113.3 from the list.",
      "Dales Herald Ltd", "Mark Wood", "mark.wood@daleshearld.example", "+44 1748 960 112",
      ["203.0.113.1"], [])
_case("cs_near_vyradili_a_nove",
      "Dobrý den,\nžádáme o přístup.\nProdukce: 198.51.100.9\n\n"
      "Vyřadili jsme 198.51.100.9 a nově přidáváme 198.51.100.10.",
      "Klatovský týden s.r.o.", "Ivan Pokorný", "pokorny@klatovsky.example", "728 330 145",
      ["198.51.100.10"], [])


# (f) a reply of one line adding an address by its last octet above the quoted application
def _reply(name: str, text: str, quoted: str, sender: tuple[str, str], prod: list[str],
           test: list[str], org: str) -> None:
    full = text + "\n\n" + "\n".join("> " + ln if ln else ">" for ln in quoted.split("\n"))
    CASES[name] = (
        mail(body(full), subject="Re: Přístup k výsledkům voleb", sender=sender[1],
             sender_name=sender[0]),
        label(FEED, (org, None, None), prod, test, (None, None, None)),
    )


_reply("cs_reply_jeste_octet_test",
       "a ještě .31 na testování\n\nM. Bureš, IT\n\nDne 2. 9. 2025 v 10:14 Jana Kubíková napsal(a):",
       "Dobrý den,\nžádáme o přístup k XML s výsledky voleb pro Blanický kurýr s.r.o.\n"
       "Produkční servery: 192.0.2.21, 192.0.2.22\nTestovací doplní kolega.\n\nJana Kubíková",
       ("Michal Bureš", "bures@blanicky.example"), ["192.0.2.21", "192.0.2.22"], ["192.0.2.31"],
       "Blanický kurýr s.r.o.")
_reply("en_reply_also_octet_testing",
       "and also .45 for testing\n\nRob (IT)\n\nOn Tue, 2 Sep 2025 at 10:14, Clare Dunn wrote:",
       "Hello,\nplease grant Tyneside Voice Ltd access to the results feed.\n"
       "Production: 203.0.113.40, 203.0.113.41\nOur IT will send the test address.\n\nClare Dunn",
       ("Rob Kerr", "rob.kerr@tynesidevoice.example"), ["203.0.113.40", "203.0.113.41"],
       ["203.0.113.45"], "Tyneside Voice Ltd")
_reply("de_reply_noch_die_octet_test",
       "und noch die .52 als Testserver\n\nGruß, Uwe (IT)\n\nAm 2. Sep. 2025 schrieb Petra Lang:",
       "Guten Tag,\nwir bitten um Zugang für Vogtland Anzeiger GmbH.\n"
       "Produktion: 198.51.100.50, 198.51.100.51\nDen Testserver nennt die IT.\n\nPetra Lang",
       ("Uwe Frank", "frank@vogtland.example"), ["198.51.100.50", "198.51.100.51"],
       ["198.51.100.52"], "Vogtland Anzeiger GmbH")
_reply("cs_near_reply_pointer_octet",
       "ta .22 je testovací, .21 ostrá\n\nM. Bureš\n\nDne 2. 9. 2025 v 10:14 Jana Kubíková napsal(a):",
       "Dobrý den,\nžádáme o přístup k XML s výsledky voleb pro Blanický kurýr s.r.o.\n"
       "Servery: 192.0.2.21, 192.0.2.22\n\nJana Kubíková",
       ("Michal Bureš", "bures@blanicky.example"), ["192.0.2.21"], ["192.0.2.22"],
       "Blanický kurýr s.r.o.")

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert [m for m in misses(p, want) if m.split(":")[0].endswith("_ips")] == []
