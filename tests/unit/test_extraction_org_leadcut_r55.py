"""A drill, fifty-fifth round (issue 18): an organisation's name with the words before it or
cut short. (a) The words of writing for a firm in a language the rules had no words for
("Vă scriu în numele X SRL", "Escrevo em nome da X Lda", "Skriver på vegne av X AS"): the
name after them, not the words; (b) an Iberian "SL" written without dots after a comma ("X
del Penedès, SL"); (c) a Baltic form before a name whose later words are in lower case, as
Lithuanian and Latvian write them ("UAB Žemaitijos transliacijos", "SIA Kurzemes vārds").
Near misses: a person named after the words of writing for someone, "SL" as a server's
label, a prefix form whose name ends before a lower-case verb. Every message was labelled by
``tests/corpus/LABELS.md`` before extraction ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import FEED, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, mail

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _mail(text: str, sender: str, name: str) -> ParsedMessage:
    return mail(body(text), subject="XML access / přístup k výsledkům voleb", sender=sender, sender_name=name)


def _case(key: str, text: str, sender: str, name: str, org: str | None, prod: str, phone: str | None) -> None:
    CASES[key] = (
        _mail(text, sender, name),
        label(FEED, (org, None, None), [prod], [], (name, sender, phone)),
    )


# (a) the words of writing for a firm, in other languages
_case(
    "ro_in_numele_srl",
    "Bună ziua,\n\nVă contactez în numele Ecoul Banatului SRL (ziar online, Timișoara). Solicităm "
    "acces la fluxul XML cu rezultatele alegerilor.\n\nIP producție: 198.51.100.70\n\n"
    "Persoană de contact: Andrei Popa, tel. +40 722 418 905\n\nCu stimă,\nAndrei Popa\n",
    "andrei.popa@ecoulbanatului.example", "Andrei Popa", "Ecoul Banatului SRL", "198.51.100.70", "+40722418905",
)
_case(
    "ro_in_numele_no_diacritics",
    "Buna ziua,\n\nscriu in numele Radio Mures Expres SRL si va rugam sa ne acordati acces la "
    "serverul XML.\n\nAdresa IP: 203.0.113.71\n\nContact: Elena Bălan, +40 745 310 221\n\n"
    "Multumesc,\nElena Bălan\n",
    "elena.balan@radiomures.example", "Elena Bălan", "Radio Mures Expres SRL", "203.0.113.71", "+40745310221",
)
_case(
    "pt_em_nome_da_lda",
    "Bom dia,\n\nescrevo em nome da Notícias do Minho, Lda., jornal regional de Braga. Pedimos acesso "
    "ao servidor XML dos resultados eleitorais.\n\nIP de produção: 192.0.2.72\n\n"
    "Contacto: Rui Carvalho, +351 912 345 678\n\nCumprimentos,\nRui Carvalho\n",
    "rui.carvalho@noticiasminho.example", "Rui Carvalho", "Notícias do Minho, Lda.", "192.0.2.72", "+351912345678",
)
_case(
    "no_paa_vegne_av_as",
    "Hei,\n\njeg skriver på vegne av Fjordposten Media AS og ber om tilgang til XML-strømmen med "
    "valgresultater.\n\nProduksjons-IP: 198.51.100.73\n\nKontakt: Kari Nygaard, +47 912 34 567\n\n"
    "Vennlig hilsen\nKari Nygaard\n",
    "kari.nygaard@fjordposten.example", "Kari Nygaard", "Fjordposten Media AS", "198.51.100.73", "+4791234567",
)
_case(
    "sv_pa_uppdrag_av_ab",
    "Hej,\n\njag skriver på uppdrag av Norrlandsbladet AB och ansöker om åtkomst till XML-flödet med "
    "valresultat.\n\nProduktions-IP: 203.0.113.74\n\nKontakt: Erik Lindqvist, +46 70 123 45 67\n\n"
    "Med vänliga hälsningar\nErik Lindqvist\n",
    "erik.lindqvist@norrlandsbladet.example", "Erik Lindqvist", "Norrlandsbladet AB", "203.0.113.74", "+46701234567",
)
_case(
    "en_writing_in_the_name_of",
    "Hello,\n\nI am writing in the name of Danube Wire Ltd to request access to the election results "
    "XML feed.\n\nProduction IP: 192.0.2.75\n\nContact: Peter Hollis, +44 20 7946 0321\n\nRegards,\nPeter Hollis\n",
    "peter.hollis@danubewire.example", "Peter Hollis", "Danube Wire Ltd", "192.0.2.75", "+442079460321",
)
# near miss: the words of writing for a person, the firm named apart
_case(
    "ro_in_numele_colegului_firm_in_signature",
    "Bună ziua,\n\nvă scriu în numele colegului meu, domnul Mihai Ionescu, care este în concediu. "
    "Solicităm acces la fluxul XML.\n\nIP producție: 198.51.100.76\n\nCu stimă,\nLaura Stan\n"
    "Gazeta de Sud SRL\ntel. +40 731 220 418\n",
    "laura.stan@gazetadesud.example", "Laura Stan", "Gazeta de Sud SRL", "198.51.100.76", "+40731220418",
)

# (b) an Iberian "SL" without dots
_case(
    "ca_som_la_sl_comma",
    "Bon dia,\n\nsom la Ràdio Vall del Ter, SL, una emissora comarcal. Demanem l'accés al servidor XML "
    "dels resultats.\n\nServidor de producció: 203.0.113.77\n\nSalutacions,\nMarta Soler i Puig\n"
    "mòbil +34 619 22 31 40\n",
    "marta.soler@radiovallter.example", "Marta Soler i Puig", "Ràdio Vall del Ter, SL", "203.0.113.77", "+34619223140",
)
_case(
    "es_sl_in_signature",
    "Buenos días:\n\nsolicitamos acceso al servidor XML de resultados electorales.\n\n"
    "IP de producción: 192.0.2.78\n\nUn saludo,\nPablo Ortega\nDiario del Bierzo SL\n+34 655 10 20 30\n",
    "pablo.ortega@diariobierzo.example", "Pablo Ortega", "Diario del Bierzo SL", "192.0.2.78", "+34655102030",
)
# near miss: "SL" labels a server, the firm is an s.r.o.
_case(
    "cs_sl_server_label",
    "Dobrý den,\n\nžádáme o přístup k XML s výsledky voleb pro Vysočina Press s.r.o.\n\n"
    "Produkční server SL: 198.51.100.79\n\nS pozdravem\nPavel Krejčí\ntel. 603 221 540\n",
    "krejci@vysocinapress.example", "Pavel Krejčí", "Vysočina Press s.r.o.", "198.51.100.79", "+420603221540",
)

# (c) a Baltic prefix form before words in lower case
_case(
    "lt_uab_lower_words",
    "Laba diena,\n\nUAB Aukštaitijos naujienos (regioninis portalas, Panevėžys) prašo prieigos prie "
    "rinkimų rezultatų XML serverio.\n\nGamybinis adresas: 203.0.113.80\n\n"
    "Kontaktinis asmuo: Tomas Kazlauskas, +370 612 11 223\n\nPagarbiai\nTomas Kazlauskas\n",
    "tomas.kazlauskas@auknaujienos.example", "Tomas Kazlauskas", "UAB Aukštaitijos naujienos", "203.0.113.80",
    "+37061211223",
)
_case(
    "lv_sia_lower_words",
    "Labdien,\n\nSIA Kurzemes vārds lūdz piekļuvi vēlēšanu rezultātu XML serverim.\n\n"
    "Ražošanas IP: 192.0.2.81\n\nKontaktpersona: Ilze Ozola, +371 29 123 456\n\nAr cieņu\nIlze Ozola\n",
    "ilze.ozola@kurzemesvards.example", "Ilze Ozola", "SIA Kurzemes vārds", "192.0.2.81", "+37129123456",
)
_case(
    "lt_uab_signature",
    "Hello,\n\nwe would like access to the Czech election results XML feed.\n\nProduction IP: 198.51.100.82\n\n"
    "Best regards\nJonas Petrauskas\nUAB Kauno žinių tinklas\n+370 615 55 123\n",
    "jonas.petrauskas@kaunozinios.example", "Jonas Petrauskas", "UAB Kauno žinių tinklas", "198.51.100.82",
    "+37061555123",
)

_case(
    "lv_sia_lower_words_bracket",
    "Labdien,\n\nSIA Vidzemes ziņas (reģionālais portāls, Valmiera) lūdz piekļuvi vēlēšanu rezultātu "
    "XML serverim.\n\nRažošanas IP: 203.0.113.83\n\nKontaktpersona: Jānis Bērziņš, +371 29 555 321\n\n"
    "Ar cieņu\nJānis Bērziņš\n",
    "janis.berzins@vidzemeszinas.example", "Jānis Bērziņš", "SIA Vidzemes ziņas", "203.0.113.83", "+37129555321",
)
_case(
    "es_slu_comma_sentence",
    "Hola,\n\nos escribo en nombre de Onda Rioja Digital, SLU, para pedir acceso al servidor XML de "
    "resultados.\n\nIP de producción: 192.0.2.84\n\nSaludos,\nLucía Martín\n+34 622 40 50 60\n",
    "lucia.martin@ondarioja.example", "Lucía Martín", "Onda Rioja Digital, SLU", "192.0.2.84", "+34622405060",
)

# (d) the writer's firm named as the provider of the applicant, both with a legal form
_case(
    "en_it_provider_of_client",
    "Hello,\n\nwe are Nordbyte s.r.o., the IT provider of Rádio Krumlov s.r.o. On behalf of our client we "
    "ask for access to the XML election results.\n\nProduction IP: 192.0.2.85\n\nRegards,\nTomáš Beran\n"
    "+420 605 112 300\n",
    "beran@nordbyte.example", "Tomáš Beran", "Rádio Krumlov s.r.o.", "192.0.2.85", "+420605112300",
)
_case(
    "cs_dodavatel_it_pro_client",
    "Dobrý den,\n\njsme Netcore Brno s.r.o., dodavatel IT pro Rádio Beskydy s.r.o., a jménem klienta žádáme "
    "o přístup k XML s výsledky voleb.\n\nProdukční IP: 198.51.100.86\n\nS pozdravem\nLukáš Vávra\n"
    "tel. 604 330 221\n",
    "vavra@netcore.example", "Lukáš Vávra", "Rádio Beskydy s.r.o.", "198.51.100.86", "+420604330221",
)
_case(
    "es_proveedor_de_client",
    "Hola,\n\nsomos Redes Miño SL, proveedor de Radio Ourense, S.A. En nombre de nuestro cliente solicitamos "
    "acceso al servidor XML.\n\nIP de producción: 203.0.113.87\n\nSaludos,\nIker Vidal\n+34 988 22 33 44\n",
    "iker.vidal@redesmino.example", "Iker Vidal", "Radio Ourense, S.A.", "203.0.113.87", "+34988223344",
)
# near miss: the applicant names its own supplier after it
_case(
    "cs_own_supplier_named_after",
    "Dobrý den,\n\nRádio Javor s.r.o. žádá o přístup k XML s výsledky voleb. Server nám spravuje náš "
    "dodavatel Hostik s.r.o.\n\nProdukční IP: 192.0.2.88\n\nS pozdravem\nIrena Malá\ntel. 731 002 118\n",
    "mala@radiojavor.example", "Irena Malá", "Rádio Javor s.r.o.", "192.0.2.88", "+420731002118",
)

XFAIL: dict[str, str] = {
    "lv_sia_lower_words": "the name's lower-case words run on into a Latvian verb with no mark "
    "between them: where the name ends needs a dictionary the rules do not have (flagged)",
    "es_slu_comma_sentence": "\"SLU\" without its dots is left out of the designators: it is as often a "
    "university's initials (\"Radio SLU\"); the name is not read (missing, not wrong)",
}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_org_leadcut_r55(p: ParsedMessage, want: Label) -> None:
    assert misses(p, want) == []
