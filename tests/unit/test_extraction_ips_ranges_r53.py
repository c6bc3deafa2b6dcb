"""A drill, fifty-third round (issue 18): (a) an IPv6 range written in words ("od A do B",
"from A to B", "von A bis B", "de A à B", "desde A hasta B", "da A a B"), written out address
by address; (b) addresses written inside a network named before them ("síť 198.51.100.0/24,
adresy x.x.x.10 – 12"): the network is the context, the addresses in it the value. Near-miss
negatives: two IPv6 addresses joined by "and" (no range), an IPv6 range too wide to list, a
placeholder with no network named, a network named with whole addresses after it. Every
message was labelled by ``tests/corpus/LABELS.md`` before extraction ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import FEED, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, mail

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _case(
    key: str, text: str, sender: str, name: str, org: str, prod: list[str], test: list[str]
) -> None:
    CASES[key] = (
        mail(body(text), subject="Access to election results", sender=sender, sender_name=name),
        label(FEED, (org, None, None), prod, test, (name, sender, None)),
    )


# (a) IPv6 ranges in words
_case(
    "cz_v6_od_do",
    "Dobrý den,\n\nžádáme o přístup k XML výsledkům voleb pro Jizerský zpravodaj s.r.o.\n\n"
    "Produkční adresy: od 2001:db8:a1::20 do 2001:db8:a1::22\nTestovací: 2001:db8:a1::99\n\n"
    "S pozdravem\nPavel Sýkora\nJizerský zpravodaj s.r.o.\n",
    "sykora@jizersky.example",
    "Pavel Sýkora",
    "Jizerský zpravodaj s.r.o.",
    ["2001:db8:a1::20", "2001:db8:a1::21", "2001:db8:a1::22"],
    ["2001:db8:a1::99"],
)
_case(
    "en_v6_from_to",
    "Hello,\n\nNorthgate Media Ltd requests access to the election results feed.\n\n"
    "Our production hosts will be from 2001:db8:b2::a to 2001:db8:b2::c.\n\n"
    "Best regards,\nAlan Frost\nNorthgate Media Ltd\n",
    "frost@northgate.example",
    "Alan Frost",
    "Northgate Media Ltd",
    ["2001:db8:b2::a", "2001:db8:b2::b", "2001:db8:b2::c"],
    [],
)
_case(
    "de_v6_von_bis",
    "Guten Tag,\n\ndie Allgäuer Rundschau GmbH beantragt den Zugang zu den Wahlergebnissen.\n\n"
    "Produktion: von 2001:db8:c3::1:10 bis 2001:db8:c3::1:11\nTest: 2001:db8:c3::1:50\n\n"
    "Mit freundlichen Grüßen\nJonas Berger\nAllgäuer Rundschau GmbH\n",
    "berger@allgaeuer.example",
    "Jonas Berger",
    "Allgäuer Rundschau GmbH",
    ["2001:db8:c3::1:10", "2001:db8:c3::1:11"],
    ["2001:db8:c3::1:50"],
)
_case(
    "fr_v6_de_a",
    "Bonjour,\n\nLa Gazette du Jura SARL demande l'accès au flux des résultats électoraux.\n\n"
    "Adresses de production : de 2001:db8:d4::200 à 2001:db8:d4::203.\n\n"
    "Cordialement,\nClaire Morel\nLa Gazette du Jura SARL\n",
    "morel@gazettejura.example",
    "Claire Morel",
    "La Gazette du Jura SARL",
    ["2001:db8:d4::200", "2001:db8:d4::201", "2001:db8:d4::202", "2001:db8:d4::203"],
    [],
)
_case(
    "es_v6_desde_hasta",
    "Buenos días,\n\nNoticias del Sur S.L. solicita acceso a los resultados electorales.\n\n"
    "Producción: desde 2001:db8:e6::2:1 hasta 2001:db8:e6::2:2\nPruebas: 2001:db8:e6::2:9\n\n"
    "Saludos,\nLucía Navarro\nNoticias del Sur S.L.\n",
    "navarro@noticiasdelsur.example",
    "Lucía Navarro",
    "Noticias del Sur S.L.",
    ["2001:db8:e6::2:1", "2001:db8:e6::2:2"],
    ["2001:db8:e6::2:9"],
)
_case(
    "it_v6_da_a",
    "Buongiorno,\n\nEco di Bergamo S.r.l. chiede l'accesso ai risultati elettorali.\n\n"
    "Indirizzi di produzione: da 2001:db8:f7::5 a 2001:db8:f7::7\n\n"
    "Cordiali saluti,\nMarco Rota\nEco di Bergamo S.r.l.\n",
    "rota@ecobergamo.example",
    "Marco Rota",
    "Eco di Bergamo S.r.l.",
    ["2001:db8:f7::5", "2001:db8:f7::6", "2001:db8:f7::7"],
    [],
)
_case(
    "pl_v6_od_do_uppercase",
    "Dzień dobry,\n\nGłos Podhala Sp. z o.o. wnioskuje o dostęp do wyników wyborów.\n\n"
    "Adresy produkcyjne: od 2001:DB8:9A::E do 2001:DB8:9A::F\n\n"
    "Pozdrawiam\nAnna Zając\nGłos Podhala Sp. z o.o.\n",
    "zajac@glospodhala.example",
    "Anna Zając",
    "Głos Podhala Sp. z o.o.",
    ["2001:db8:9a::e", "2001:db8:9a::f"],
    [],
)
# near misses: two addresses joined by "and" / "a"; a pair of unlike ends
_case(
    "en_v6_two_joined_by_and",
    "Hello,\n\nHarbour Weekly Ltd requests access to the election results feed.\n\n"
    "Production: 2001:db8:b5::1 and 2001:db8:b5::4\n\n"
    "Regards,\nMia Lloyd\nHarbour Weekly Ltd\n",
    "lloyd@harbourweekly.example",
    "Mia Lloyd",
    "Harbour Weekly Ltd",
    ["2001:db8:b5::1", "2001:db8:b5::4"],
    [],
)
_case(
    "cz_v6_production_and_test_od",
    "Dobrý den,\n\nžádáme o přístup k výsledkům voleb pro Vysočina dnes s.r.o.\n\n"
    "Produkce 2001:db8:c6::10, test od 2001:db8:c6::11 do voleb jen dočasně.\n\n"
    "Děkuji\nIva Krejčí\nVysočina dnes s.r.o.\n",
    "krejci@vysocinadnes.example",
    "Iva Krejčí",
    "Vysočina dnes s.r.o.",
    ["2001:db8:c6::10"],
    ["2001:db8:c6::11"],
)

# (b) addresses inside a named network
_case(
    "cz_named_net_x_range",
    "Dobrý den,\n\nPodbrdský deník s.r.o. žádá o přístup k výsledkům voleb v XML.\n\n"
    "V naší síti 203.0.113.0/24 použijeme adresy x.x.x.40 – 42 (produkce) a x.x.x.50 (test).\n\n"
    "S pozdravem\nJan Kubíček\nPodbrdský deník s.r.o.\n",
    "kubicek@podbrdsky.example",
    "Jan Kubíček",
    "Podbrdský deník s.r.o.",
    ["203.0.113.40", "203.0.113.41", "203.0.113.42"],
    ["203.0.113.50"],
)
_case(
    "en_named_net_upper_x",
    "Hello,\n\nFenland Post Ltd requests access to the results feed.\n\n"
    "Within our network 198.51.100.0/24 we will use X.X.X.7 and X.X.X.8 for production.\n\n"
    "Regards,\nGeorge Hale\nFenland Post Ltd\n",
    "hale@fenlandpost.example",
    "George Hale",
    "Fenland Post Ltd",
    ["198.51.100.7", "198.51.100.8"],
    [],
)
_case(
    "de_named_net_star",
    "Guten Tag,\n\ndie Main-Echo Verlag GmbH beantragt den Zugang zu den Wahlergebnissen.\n\n"
    "Netz 192.0.2.0/25, davon Produktion *.*.*.30-31, Test *.*.*.33.\n\n"
    "Mit freundlichen Grüßen\nLena Vogt\nMain-Echo Verlag GmbH\n",
    "vogt@mainecho.example",
    "Lena Vogt",
    "Main-Echo Verlag GmbH",
    ["192.0.2.30", "192.0.2.31"],
    ["192.0.2.33"],
)
_case(
    "sk_named_net_next_line",
    "Dobrý deň,\n\nLiptovské noviny s.r.o. žiada o prístup k výsledkom volieb.\n\n"
    "Naša sieť: 198.51.100.0/24\nProdukcia: x.x.x.60, x.x.x.61\nTest: x.x.x.69\n\n"
    "S pozdravom\nEva Mrázová\nLiptovské noviny s.r.o.\n",
    "mrazova@liptovske.example",
    "Eva Mrázová",
    "Liptovské noviny s.r.o.",
    ["198.51.100.60", "198.51.100.61"],
    ["198.51.100.69"],
)
# near miss: a network named, whole addresses after it
_case(
    "cz_named_net_whole_addresses",
    "Dobrý den,\n\nHanácký kurýr s.r.o. žádá o přístup k výsledkům voleb.\n\n"
    "Ze sítě 192.0.2.0/24 budeme stahovat z adres 192.0.2.14 a 192.0.2.15.\n\n"
    "S pozdravem\nOta Vlček\nHanácký kurýr s.r.o.\n",
    "vlcek@hanacky.example",
    "Ota Vlček",
    "Hanácký kurýr s.r.o.",
    ["192.0.2.14", "192.0.2.15"],
    [],
)

XFAIL: dict[str, str] = {
    "sk_named_net_next_line": "addresses (r53-ranges, class b left): the network named on one line and its 'x.x.x.N' addresses on the lines after it are not joined; the whole block is read, flagged",
}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert [m for m in misses(p, want) if m.split(":")[0].endswith("_ips")] == []
