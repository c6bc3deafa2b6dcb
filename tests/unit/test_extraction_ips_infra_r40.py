"""A drill, fortieth round (issue 18): addresses that are not the applicant's request. (a) An
address labelled with a network function that fetches nothing (monitoring, DNS, gateway) or
the office's own server; (b) addresses under a short title that calls them old or names a
past grant. Each class has near-miss negatives: a monitoring word naming the applicant's own
fetching server, a lone "NAT:" sentence, a heading with this election's year. Every message
was labelled by ``tests/corpus/LABELS.md`` before extraction ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import Component, ParsedMessage
from tests.unit.drill_helpers import FEED, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, mail, text_file

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _mail(text: str, sender: str, name: str, *extra: Component) -> ParsedMessage:
    return mail(
        body(text), *extra, subject="Přístup k výsledkům voleb", sender=sender, sender_name=name
    )


# (a) network functions that fetch nothing
CASES["sk_vendor_monitoring_label"] = (
    _mail(
        "Dobrý deň,\n\nžiadame o prístup k výsledkom volieb pre Záhorský hlas s.r.o.\n\n"
        "Server na sťahovanie: 192.0.2.70\n"
        "Monitorovací server dodávateľa: 192.0.2.77\n\n"
        "S pozdravom\nMarek Hudák\nZáhorský hlas s.r.o.\ntel. 0905 221 318\n",
        "hudak@zahorskyhlas.example",
        "Marek Hudák",
    ),
    label(
        FEED,
        ("Záhorský hlas s.r.o.", None, None),
        ["192.0.2.70"],
        [],
        ("Marek Hudák", "hudak@zahorskyhlas.example", "+421905221318"),
    ),
)
CASES["en_uptime_monitor_at_provider"] = (
    _mail(
        "Hello,\n\nRiverside Gazette Ltd would like access to the results feed.\n\n"
        "Fetching host: 203.0.113.50\n"
        "Uptime monitor at our provider: 203.0.113.9\n\n"
        "Kind regards,\nOwen Price\nRiverside Gazette Ltd\n+44 117 496 0555\n",
        "owen.price@riverside.example",
        "Owen Price",
    ),
    label(
        FEED,
        ("Riverside Gazette Ltd", None, None),
        ["203.0.113.50"],
        [],
        ("Owen Price", "owen.price@riverside.example", "+441174960555"),
    ),
)
CASES["de_monitoring_server_hyphen"] = (
    _mail(
        "Guten Tag,\n\nwir beantragen den Zugang zu den Wahlergebnissen für die Oberland Post"
        " GmbH.\n\nAbrufserver (Produktion): 198.51.100.30\n"
        "Monitoring-Server des Dienstleisters: 198.51.100.33\n\n"
        "Mit freundlichen Grüßen\nSabine Huber\nOberland Post GmbH\n+49 8821 555 123\n",
        "huber@oberlandpost.example",
        "Sabine Huber",
    ),
    label(
        FEED,
        ("Oberland Post GmbH", None, None),
        ["198.51.100.30"],
        [],
        ("Sabine Huber", "huber@oberlandpost.example", "+498821555123"),
    ),
)
CASES["es_dns_del_proveedor"] = (
    _mail(
        "Buenos días:\n\nSolicitamos acceso a los resultados electorales para Noticias del"
        " Ebro S.L.\n\nIP de descarga: 198.51.100.80\n"
        "Servidor DNS del proveedor: 198.51.100.2\n\n"
        "Atentamente,\nLucía Gómez\nNoticias del Ebro S.L.\n+34 976 555 210\n",
        "lgomez@noticiasebro.example",
        "Lucía Gómez",
    ),
    label(
        FEED,
        ("Noticias del Ebro S.L.", None, None),
        ["198.51.100.80"],
        [],
        ("Lucía Gómez", "lgomez@noticiasebro.example", "+34976555210"),
    ),
)
CASES["pl_office_server_polite"] = (
    _mail(
        "Dzień dobry,\n\nw imieniu Gazety Beskidzkiej sp. z o.o. prosimy o dostęp do wyników."
        " Pobieranie będzie z adresu 192.0.2.150; połączenie z Państwa serwerem"
        " (193.85.199.4) już sprawdziliśmy.\n\n"
        "Z poważaniem\nTomasz Wójcik\nGazeta Beskidzka sp. z o.o.\ntel. +48 33 555 12 40\n",
        "wojcik@gazetabeskidzka.example",
        "Tomasz Wójcik",
    ),
    label(
        FEED,
        ("Gazeta Beskidzka sp. z o.o.", None, None),
        ["192.0.2.150"],
        [],
        ("Tomasz Wójcik", "wojcik@gazetabeskidzka.example", "+48335551240"),
    ),
)
CASES["cz_attached_dohled"] = (
    _mail(
        "Dobrý den,\n\nžádáme o přístup k výsledkům voleb, síť popisuje příloha.\n\n"
        "S pozdravem\nIvana Kubíčková\nPodřipský týdeník s.r.o.\ntel. 731 442 906\n",
        "kubickova@podripsky.example",
        "Ivana Kubíčková",
        text_file(
            "sit.txt",
            "Stahování výsledků: 203.0.113.210\nDohledové centrum dodavatele: 203.0.113.215\n",
        ),
    ),
    label(
        FEED,
        ("Podřipský týdeník s.r.o.", None, None),
        ["203.0.113.210"],
        [],
        ("Ivana Kubíčková", "kubickova@podripsky.example", "+420731442906"),
    ),
)
# (a) near misses: the words name the applicant's own fetching server
CASES["cz_near_monitoring_results"] = (
    _mail(
        "Dobrý den,\n\nprosíme o přístup k výsledkům.\n\n"
        "Server pro monitoring výsledků voleb: 203.0.113.60\n\n"
        "S pozdravem\nRadek Šimek\nVolební monitor s.r.o.\ntel. 604 118 223\n",
        "simek@volmonitor.example",
        "Radek Šimek",
    ),
    label(
        FEED,
        ("Volební monitor s.r.o.", None, None),
        ["203.0.113.60"],
        [],
        ("Radek Šimek", "simek@volmonitor.example", "+420604118223"),
    ),
)
CASES["en_near_monitoring_host_feed"] = (
    _mail(
        "Hello,\n\nplease enable the results feed for Lakeside Media Ltd.\n\n"
        "Monitoring host (downloads the XML feed): 198.51.100.61\n\n"
        "Best,\nNina Shaw\nLakeside Media Ltd\n+44 20 7946 0112\n",
        "nina.shaw@lakeside.example",
        "Nina Shaw",
    ),
    label(
        FEED,
        ("Lakeside Media Ltd", None, None),
        ["198.51.100.61"],
        [],
        ("Nina Shaw", "nina.shaw@lakeside.example", "+442079460112"),
    ),
)
CASES["en_near_nat_only"] = (
    _mail(
        "Hello,\n\nNorthfield Weekly Ltd asks for access to the election results.\n\n"
        "NAT: all our traffic leaves from 203.0.113.5\n\n"
        "Regards,\nGareth Lloyd\nNorthfield Weekly Ltd\n+44 29 2018 0044\n",
        "g.lloyd@northfield.example",
        "Gareth Lloyd",
    ),
    label(
        FEED,
        ("Northfield Weekly Ltd", None, None),
        ["203.0.113.5"],
        [],
        ("Gareth Lloyd", "g.lloyd@northfield.example", "+442920180044"),
    ),
)

# (b) a short title that calls the rows below old or names a past grant
CASES["cz_prideleno_v_roce"] = (
    _mail(
        "Dobrý den,\n\nžádáme opět o přístup.\n\nPřiděleno v roce 2024:\n"
        "Produkční IP: 192.0.2.10\n\nLetos žádáme o:\nProdukční IP: 192.0.2.20\n\n"
        "S pozdravem\nPavel Souček\nBlanický kurýr s.r.o.\ntel. 603 775 140\n",
        "soucek@blanickykuryr.example",
        "Pavel Souček",
    ),
    label(
        FEED,
        ("Blanický kurýr s.r.o.", None, None),
        ["192.0.2.20"],
        [],
        ("Pavel Souček", "soucek@blanickykuryr.example", "+420603775140"),
    ),
)
CASES["sk_povodne_nove"] = (
    _mail(
        "Dobrý deň,\n\nposielame aktualizáciu.\n\nPôvodné\nProdukcia: 198.51.100.110\n"
        "Test: 198.51.100.111\n\nNové\nProdukcia: 198.51.100.120\nTest: 198.51.100.121\n\n"
        "S pozdravom\nJana Kováčová\nKysucký denník s.r.o.\n0911 402 337\n",
        "kovacova@kysuckydennik.example",
        "Jana Kováčová",
    ),
    label(
        FEED,
        ("Kysucký denník s.r.o.", None, None),
        ["198.51.100.120"],
        ["198.51.100.121"],
        ("Jana Kováčová", "kovacova@kysuckydennik.example", "+421911402337"),
    ),
)
CASES["en_previously_approved_table"] = (
    _mail(
        "Dear team,\n\nwe apply for this election's feed.\n\nPreviously approved (2022)\n"
        "Use | Address\nProduction | 198.51.100.12\n\nFor this election:\n"
        "Production: 198.51.100.22\n\n"
        "Regards,\nClaire Dunn\nHarbour Post Ltd\n+44 131 496 0732\n",
        "c.dunn@harbourpost.example",
        "Claire Dunn",
    ),
    label(
        FEED,
        ("Harbour Post Ltd", None, None),
        ["198.51.100.22"],
        [],
        ("Claire Dunn", "c.dunn@harbourpost.example", "+441314960732"),
    ),
)
CASES["de_bisherige_freigabe"] = (
    _mail(
        "Guten Tag,\n\nbitte um Freigabe für die kommende Wahl.\n\nBisherige Freigabe\n"
        "Produktion: 203.0.113.30\n\nNeu:\nProduktion: 203.0.113.31\n\n"
        "Mit freundlichen Grüßen\nJonas Weber\nAllgäuer Bote GmbH\n+49 831 555 0190\n",
        "weber@allgaeuerbote.example",
        "Jonas Weber",
    ),
    label(
        FEED,
        ("Allgäuer Bote GmbH", None, None),
        ["203.0.113.31"],
        [],
        ("Jonas Weber", "weber@allgaeuerbote.example", "+498315550190"),
    ),
)
# (b) near misses: this election's year, a title with no past
CASES["cz_near_volby_year_heading"] = (
    _mail(
        "Dobrý den,\n\nžádáme o přístup k výsledkům.\n\nVolby 2026\n"
        "Produkční IP: 198.51.100.40\nTestovací IP: 198.51.100.41\n\n"
        "S pozdravem\nLenka Marešová\nJesenický občasník s.r.o.\ntel. 736 410 525\n",
        "maresova@jesobcasnik.example",
        "Lenka Marešová",
    ),
    label(
        FEED,
        ("Jesenický občasník s.r.o.", None, None),
        ["198.51.100.40"],
        ["198.51.100.41"],
        ("Lenka Marešová", "maresova@jesobcasnik.example", "+420736410525"),
    ),
)
CASES["en_near_allocation_request"] = (
    _mail(
        "Hello,\n\nplease find our request below.\n\n2026 allocation request\n"
        "Production: 203.0.113.44\nTest: 203.0.113.45\n\n"
        "Regards,\nSam Ellis\nValley Courier Ltd\n+44 1632 960 018\n",
        "sam.ellis@valleycourier.example",
        "Sam Ellis",
    ),
    label(
        FEED,
        ("Valley Courier Ltd", None, None),
        ["203.0.113.44"],
        ["203.0.113.45"],
        ("Sam Ellis", "sam.ellis@valleycourier.example", "+441632960018"),
    ),
)
CASES["cz_near_schvaleno_vedenim"] = (
    _mail(
        "Dobrý den,\n\nposíláme žádost o přístup.\n\nSchváleno vedením redakce, volby 2026\n"
        "Produkční IP: 192.0.2.88\n\n"
        "S pozdravem\nMichal Beneš\nPosázavský zpravodaj s.r.o.\ntel. 725 318 664\n",
        "benes@posazavsky.example",
        "Michal Beneš",
    ),
    label(
        FEED,
        ("Posázavský zpravodaj s.r.o.", None, None),
        ["192.0.2.88"],
        [],
        ("Michal Beneš", "benes@posazavsky.example", "+420725318664"),
    ),
)

XFAIL: dict[str, str] = {
    "cz_prideleno_v_roce": "addresses (r40-infra, class b left): labelled rows under a title calling them a past year's grant ('Přiděleno v roce 2024:') are kept; flagged",
}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert [m for m in misses(p, want) if m.split(":")[0].endswith("_ips")] == []
