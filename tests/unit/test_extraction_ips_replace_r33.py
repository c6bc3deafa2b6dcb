"""Round 33 (issue 18): a correction that withdraws an address and names its successor; a
drill written and labelled by LABELS.md before extraction was run on it.

The class: the successor takes the withdrawn address's place and use, whatever the shape -
"replace A with B" (a verb of replacing, its object a pronoun pointing back: "nahraďte ji B",
ba035), "A → B", "B instead of A", "the former A is out of use … now B" (ba026), a clause
giving the next address its use after the withdrawal ("A jsme zrušili, testovat se bude z B",
bb006), "new server B (old A no longer used)" set against the past ("oproti minulým volbám",
bc041) - in the body, in a cover note over a forwarded application, in CZ/SK/EN/DE. Near
misses: an old address mentioned for history with no successor, "A stays", "in addition to A",
a removal that goes on to the next address ("…, B taky").
"""

from __future__ import annotations

import pytest

from tests.unit.extraction_helpers import SIG, body, extract, mail

_HELLO = "Dobrý den,\n\nžádáme o přístup k XML výsledkům voleb.\n\n"


def _read(text: str) -> tuple[list[str], list[str]]:
    x = extract(mail(body(_HELLO + text + "\n" + SIG)))
    return [str(a) for a in x.production_ips], [str(a) for a in x.test_ips]


_FORWARD = (
    "Dobrý den, přeposílám žádost našeho klienta. Jedna změna: testovací stroj "
    "198.51.100.81 jsme mezitím zrušili, testovat se bude z 198.51.100.88.\n\n"
    "---------- Forwarded message ---------\n"
    "Od: Petr Král <kral@jihlavsky.example>\n"
    "Předmět: Žádost o přístup k XML\n\n"
    "Dobrý den,\nžádáme o přístup k výsledkům voleb.\n"
    "Produkční IP: 198.51.100.80\nTestovací IP: 198.51.100.81\n"
)

_CASES = [
    # replace A with B
    pytest.param(
        "Produkční IP: 203.0.113.40\nTestovací IP: 203.0.113.41\n\n"
        "Ještě oprava – adresu 203.0.113.40 prosím nahraďte adresou 203.0.113.44.",
        ["203.0.113.44"], ["203.0.113.41"], id="a1-cz-replace-with-instrumental",
    ),
    pytest.param(
        "Produkčná IP: 203.0.113.50\nTestovacia IP: 203.0.113.51\n\n"
        "Oprava: 203.0.113.50 už neplatí, nahraďte ju 203.0.113.55, prosím.",
        ["203.0.113.55"], ["203.0.113.51"], id="a2-sk-replace-pronoun",
    ),
    pytest.param(
        "Production: 198.51.100.60\nTest: 198.51.100.61\n\n"
        "Update: please drop 198.51.100.61 and replace it with 198.51.100.66.",
        ["198.51.100.60"], ["198.51.100.66"], id="a3-en-replace-it-with",
    ),
    pytest.param(
        "Produktiv: 198.51.100.70\nTest: 198.51.100.71\n\n"
        "Korrektur: bitte 198.51.100.70 streichen und durch 198.51.100.77 ersetzen.",
        ["198.51.100.77"], ["198.51.100.71"], id="a4-de-durch-ersetzen",
    ),
    pytest.param(
        "Testovací adresu 192.0.2.81 jsme museli vyměnit, nahradila ji 192.0.2.88. "
        "Produkce zůstává 192.0.2.80.",
        ["192.0.2.80"], ["192.0.2.88"], id="a5-cz-replaced-it-past",
    ),
    pytest.param(
        "Our live server 192.0.2.90 was retired last month; 192.0.2.99 replaced it. "
        "Testing from 192.0.2.91.",
        ["192.0.2.99"], ["192.0.2.91"], id="a6-en-replaced-it-subject",
    ),
    # A → B
    pytest.param(
        "Změna IP: produkce 203.0.113.10 → 203.0.113.12, test beze změny 203.0.113.11.",
        ["203.0.113.12"], ["203.0.113.11"], id="b1-cz-arrow",
    ),
    pytest.param(
        "Test box moved: 198.51.100.30 -> 198.51.100.33. Production 198.51.100.31 unchanged.",
        ["198.51.100.31"], ["198.51.100.33"], id="b2-en-ascii-arrow",
    ),
    # B instead of A
    pytest.param(
        "Pro testování prosím povolte 192.0.2.140 místo 192.0.2.130. "
        "Ostrý provoz: 192.0.2.131.",
        ["192.0.2.131"], ["192.0.2.140"], id="c1-cz-misto",
    ),
    pytest.param(
        "Für den Testbetrieb bitte 192.0.2.150 statt 192.0.2.151 freischalten; "
        "Produktion 192.0.2.152.",
        ["192.0.2.152"], ["192.0.2.150"], id="c2-de-statt",
    ),
    # the former A … now B
    pytest.param(
        "Our production feed box is now 203.0.113.120 (the old 203.0.113.100 is out of "
        "service). Test: 203.0.113.121.",
        ["203.0.113.120"], ["203.0.113.121"], id="d1-en-old-out-of-service",
    ),
    pytest.param(
        "Produkční server má nově adresu 203.0.113.130, původní 203.0.113.110 už "
        "nepoužíváme. Test 203.0.113.131.",
        ["203.0.113.130"], ["203.0.113.131"], id="d2-cz-original-unused",
    ),
    pytest.param(
        "Produkčný server je teraz 203.0.113.140 (predošlý 203.0.113.104 je mimo prevádzky). "
        "Testovací: 203.0.113.141.",
        ["203.0.113.140"], ["203.0.113.141"], id="d3-sk-previous-out-of-operation",
    ),
    pytest.param(
        "Der Produktivserver ist jetzt 203.0.113.150, der alte 203.0.113.105 ist außer "
        "Betrieb. Testsystem: 203.0.113.151.",
        ["203.0.113.150"], ["203.0.113.151"], id="d4-de-der-alte-ausser-betrieb",
    ),
    pytest.param(
        "The ingest server is 203.0.113.160 these days; the former 203.0.113.106 is out of "
        "use. Staging: 203.0.113.161.",
        ["203.0.113.160"], ["203.0.113.161"], id="d5-en-former-out-of-use",
    ),
    # a clause giving the next address its use after the withdrawal
    pytest.param(
        "Testovací server 192.0.2.201 jsme zrušili, testovat budeme z 192.0.2.210. "
        "Produkce beze změny: 192.0.2.200.",
        ["192.0.2.200"], ["192.0.2.210"], id="e1-cz-test-will-be-from",
    ),
    pytest.param(
        "Testovací stroj 192.0.2.221 sme zrušili, testovať sa bude z 192.0.2.222. "
        "Produkcia: 192.0.2.220.",
        ["192.0.2.220"], ["192.0.2.222"], id="e2-sk-test-will-be-from",
    ),
    pytest.param(
        "The staging VM 192.0.2.231 has been decommissioned, testing will run from "
        "192.0.2.233. Production: 192.0.2.230.",
        ["192.0.2.230"], ["192.0.2.233"], id="e3-en-testing-will-run-from",
    ),
    pytest.param(
        "Ostrý server 192.0.2.241 jsme vyřadili, produkce poběží z 192.0.2.244. "
        "Test: 192.0.2.242.",
        ["192.0.2.244"], ["192.0.2.242"], id="e4-cz-production-will-run-from",
    ),
    # new server B (old A no longer used)
    pytest.param(
        "Nový server 203.0.113.60 (starý 203.0.113.50 už nepoužíváme), test 203.0.113.61.",
        ["203.0.113.60"], ["203.0.113.61"], id="g1-cz-new-server-old-in-parens",
    ),
    pytest.param(
        "New server 203.0.113.70 (the old .69 is retired); test stays 203.0.113.71.",
        ["203.0.113.70"], ["203.0.113.71"], id="g2-en-new-server-old-octet",
    ),
    pytest.param(
        "Na rozdiel od minulých volieb nový server 203.0.113.80 (starý 203.0.113.79 už "
        "nepoužívame), testovací zostáva 203.0.113.81.",
        ["203.0.113.80"], ["203.0.113.81"], id="g3-sk-unlike-last-elections",
    ),
    # near misses
    pytest.param(
        "Produkční IP: 198.51.100.90. (Dříve jsme používali i 198.51.100.91, ten už ale "
        "nepoužíváme.) Test: 198.51.100.92.",
        ["198.51.100.90"], ["198.51.100.92"], id="n1-cz-history-no-successor",
    ),
    pytest.param(
        "Produkce zůstává 198.51.100.100, testovací 198.51.100.101 měníme na 198.51.100.102.",
        ["198.51.100.100"], ["198.51.100.102"], id="n2-cz-stays-and-change",
    ),
    pytest.param(
        "Kromě stávající produkční 198.51.100.110 prosím povolte pro produkci i "
        "198.51.100.111. Test 198.51.100.112.",
        ["198.51.100.110", "198.51.100.111"], ["198.51.100.112"], id="n3-cz-in-addition-to",
    ),
    pytest.param(
        "In addition to 198.51.100.120 (production), please also allow 198.51.100.121 for "
        "production. Test: 198.51.100.122.",
        ["198.51.100.120", "198.51.100.121"], ["198.51.100.122"], id="n4-en-in-addition-to",
    ),
    pytest.param(
        "Production 198.51.100.130; last year we used 198.51.100.131 which is out of use "
        "now. Test 198.51.100.132.",
        ["198.51.100.130"], ["198.51.100.132"], id="n5-en-history-out-of-use",
    ),
    pytest.param(
        "Produkce 198.51.100.140. Testovací 198.51.100.141 zrušte, testovací 198.51.100.142 "
        "taky.",
        ["198.51.100.140"], [], id="n6-cz-removal-goes-on",
    ),
    pytest.param(
        "Produkce 198.51.100.150 zůstává, testovat budeme z 198.51.100.151.",
        ["198.51.100.150"], ["198.51.100.151"], id="n7-cz-stays-then-test-from",
    ),
    pytest.param(
        "Compared to last year nothing changes: production 198.51.100.160, test "
        "198.51.100.161.",
        ["198.51.100.160"], ["198.51.100.161"], id="n8-en-compared-to-last-year",
    ),
    # batch 2
    pytest.param(
        "Zmena: testovacia 203.0.113.20 => 203.0.113.22. Produkčná ostáva 203.0.113.21.",
        ["203.0.113.21"], ["203.0.113.22"], id="b3-sk-fat-arrow",
    ),
    pytest.param(
        "Umstellung Produktion: 203.0.113.25 → 203.0.113.26; Test weiterhin 203.0.113.27.",
        ["203.0.113.26"], ["203.0.113.27"], id="b4-de-arrow",
    ),
    pytest.param(
        "For production please whitelist 192.0.2.160 rather than 192.0.2.161; "
        "test 192.0.2.162.",
        ["192.0.2.160"], ["192.0.2.162"], id="c3-en-rather-than",
    ),
    pytest.param(
        "Pre testovanie povoľte namiesto 192.0.2.171 adresu 192.0.2.172. "
        "Produkcia 192.0.2.170.",
        ["192.0.2.170"], ["192.0.2.172"], id="c4-sk-namiesto-first",
    ),
    pytest.param(
        "Hi, a change to the below: the test box 192.0.2.61 is gone, we'll test from "
        "192.0.2.66.\n\n> Production IP: 192.0.2.60\n> Test IP: 192.0.2.61",
        ["192.0.2.60"], ["192.0.2.66"], id="e5-en-reply-over-quote",
    ),
    pytest.param(
        "Der Testserver 192.0.2.71 wurde abgeschaltet, getestet wird künftig von "
        "192.0.2.77. Produktion: 192.0.2.70.",
        ["192.0.2.70"], ["192.0.2.77"], id="e6-de-getestet-wird",
    ),
    pytest.param(
        "Nová produkční adresa 198.51.100.50 (stará .49 už neplatí), test beze změny .51.",
        ["198.51.100.50"], ["198.51.100.51"], id="g4-cz-old-octet-in-parens",
    ),
    pytest.param(
        "Prod moved to 198.51.100.55 (old 198.51.100.54 no longer used), test 198.51.100.56.",
        ["198.51.100.55"], ["198.51.100.56"], id="g5-en-prod-moved",
    ),
    pytest.param(
        "Production 198.51.100.170 (back online after being out of service in May), "
        "test 198.51.100.171.",
        ["198.51.100.170"], ["198.51.100.171"], id="n9-en-back-after-out-of-service",
    ),
    pytest.param(
        "Loni jsme měli 198.51.100.180. Letos produkce 198.51.100.181, test 198.51.100.182.",
        ["198.51.100.181"], ["198.51.100.182"], id="n10-cz-last-year-history",
    ),
    pytest.param(
        "Oproti minulým volbám se nic nemění: produkce 198.51.100.190, test 198.51.100.191.",
        ["198.51.100.190"], ["198.51.100.191"], id="n11-cz-compared-nothing-changes",
    ),
    # batch 3
    pytest.param(
        'Bitte ersetzen Sie die Testadresse 192.0.2.31 durch 192.0.2.33. Produktion: 192.0.2.30.',
        ['192.0.2.30'], ['192.0.2.33'], id='a7-de-ersetzen-sie-durch',
    ),
    pytest.param(
        'Produkční 192.0.2.40 už neplatí – vyměňte ji prosím za 192.0.2.44. Test 192.0.2.41.',
        ['192.0.2.44'], ['192.0.2.41'], id='a8-cz-vymente-ji-za',
    ),
    pytest.param(
        'Testovací IP se mění z 203.0.113.31 na 203.0.113.35; produkce 203.0.113.30.',
        ['203.0.113.30'], ['203.0.113.35'], id='b5-cz-meni-z-na',
    ),
    pytest.param(
        'prod: 203.0.113.40 → 203.0.113.45 (new DC)\ntest: 203.0.113.41 (unchanged)',
        ['203.0.113.45'], ['203.0.113.41'], id='b6-en-arrow-in-label',
    ),
    pytest.param(
        'Produkčná IP sa mení: 203.0.113.50 na 203.0.113.56. Test 203.0.113.51.',
        ['203.0.113.56'], ['203.0.113.51'], id='b7-sk-meni-colon',
    ),
    pytest.param(
        'Test: 203.0.113.61 wird durch 203.0.113.66 ersetzt. Produktiv: 203.0.113.60.',
        ['203.0.113.60'], ['203.0.113.66'], id='b8-de-wird-durch-ersetzt',
    ),
    pytest.param(
        'Testovací 192.0.2.180 prosím zapište namísto 192.0.2.181, produkční 192.0.2.182 platí.',
        ['192.0.2.182'], ['192.0.2.180'], id='c5-cz-namisto',
    ),
    pytest.param(
        'Please use 192.0.2.190 in place of 192.0.2.191 for our production feed. Test: 192.0.2.192.',
        ['192.0.2.190'], ['192.0.2.192'], id='c6-en-in-place-of',
    ),
    pytest.param(
        'Testovacia: 192.0.2.201 – prosím namiesto nej povoľte 192.0.2.205. Produkcia: 192.0.2.200.',
        ['192.0.2.200'], ['192.0.2.205'], id='c7-sk-namiesto-nej',
    ),
    pytest.param(
        'Produkční stroj je nyní 203.0.113.170; dřívější 203.0.113.107 je vypnutý. Testovací 203.0.113.171.',
        ['203.0.113.170'], ['203.0.113.171'], id='d6-cz-drivejsi-vypnuty',
    ),
    pytest.param(
        'Production is now on 203.0.113.180 – the previous box, 203.0.113.108, was shut down. Test 203.0.113.181.',
        ['203.0.113.180'], ['203.0.113.181'], id='d7-en-previous-box-shut-down',
    ),
    pytest.param(
        'Produktion läuft jetzt über 203.0.113.190; die frühere 203.0.113.109 gilt nicht mehr. Test: 203.0.113.191.',
        ['203.0.113.190'], ['203.0.113.191'], id='d8-de-fruehere-nicht-mehr',
    ),
    pytest.param(
        'Testovací VM 192.0.2.251 jsme smazali, na testy teď používáme 192.0.2.252. Produkce 192.0.2.250.',
        ['192.0.2.250'], ['192.0.2.252'], id='e7-cz-na-testy-pouzivame',
    ),
    pytest.param(
        'We shut down the test VM 192.0.2.11 - for tests we will use 192.0.2.17 from now on. Production: 192.0.2.10.',
        ['192.0.2.10'], ['192.0.2.17'], id='e8-en-for-tests-we-will-use',
    ),
    pytest.param(
        'Neuer Server 198.51.100.60 (der alte 198.51.100.59 ist abgeschaltet), Test bleibt 198.51.100.61.',
        ['198.51.100.60'], ['198.51.100.61'], id='g6-de-neuer-server',
    ),
    pytest.param(
        'Máme nový server 198.51.100.65, starý 198.51.100.64 jsme vyřadili. Testujeme z 198.51.100.66.',
        ['198.51.100.65'], ['198.51.100.66'], id='g7-cz-novy-stary-vyradili',
    ),
    pytest.param(
        'Nový server 198.51.100.70, starý .69 sme vyradili; test ostáva .71.',
        ['198.51.100.70'], ['198.51.100.71'], id='g8-sk-octets',
    ),
    pytest.param(
        'Testovací 198.51.100.200 zrušte, produkční budeme mít dál 198.51.100.201.',
        ['198.51.100.201'], [], id='n12-cz-removal-then-other-use-kept',
    ),
    pytest.param(
        'Navíc k produkční 198.51.100.210 přidejte testovací 198.51.100.211.',
        ['198.51.100.210'], ['198.51.100.211'], id='n13-cz-in-addition',
    ),
    pytest.param(
        'The old server 198.51.100.220 is gone. Test: 198.51.100.221.',
        [], ['198.51.100.221'], id='n14-en-old-gone-no-successor',
    ),
    # batch 4
    pytest.param(
        'The ingest box is now 198.51.100.212 (the former box is out of use). Test 198.51.100.213.',
        ['198.51.100.212'], ['198.51.100.213'], id='d9-en-former-box-no-address',
    ),
    pytest.param(
        'Feed server: 198.51.100.214 (our former server is out of use). Test 198.51.100.215.',
        ['198.51.100.214'], ['198.51.100.215'], id='d10-en-our-former-server',
    ),
    pytest.param(
        'Testovací 192.0.2.5 ruším, testovat teď budeme z 192.0.2.6. Produkce 192.0.2.4.',
        ['192.0.2.4'], ['192.0.2.6'], id='e9-cz-rusim-testovat-budeme',
    ),
    pytest.param(
        'Produkčný 192.0.2.7 sme odstavili, ostrá prevádzka pôjde z 192.0.2.8. Test 192.0.2.9.',
        ['192.0.2.8'], ['192.0.2.9'], id='e10-sk-odstavili-pojde-z',
    ),
]


@pytest.mark.parametrize(("text", "prod", "test"), _CASES)
def test_successor_takes_the_withdrawn_ones_place(
    text: str, prod: list[str], test: list[str]
) -> None:
    assert _read(text) == (prod, test)


def test_cover_note_over_forwarded_application() -> None:
    x = extract(mail(body(_FORWARD + SIG)))
    assert [str(a) for a in x.production_ips] == ["198.51.100.80"]
    assert [str(a) for a in x.test_ips] == ["198.51.100.88"]
