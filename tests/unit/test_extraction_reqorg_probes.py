"""Probes for the request types and the organisation (issue 18, round 10b): short
applications written deliberately unlike the corpus - other sentence shapes, moods,
politeness forms, negation at a distance, withdrawals in a PS, ticks in several notations,
filming named only as context; organisation names with and without legal forms, in quotes,
abbreviated, declined in Czech cases, only in the signature or the sender's domain, and IČO
written in several ways next to a DIČ, VAT number or bank account. Each expected value is what
a careful officer reads. Wording, formats and names are the tests' own, none a corpus case."""

from __future__ import annotations

import pytest

from intake.extraction.model import Extraction
from intake.model import ComponentRole
from tests.unit.extraction_helpers import BOTH, FEED, REC
from tests.unit.extraction_helpers import body as _body
from tests.unit.extraction_helpers import data_message as _data_message
from tests.unit.extraction_helpers import extract as _x
from tests.unit.extraction_helpers import mail as _mail
from tests.unit.extraction_helpers import text_file as _text_file

NONE: tuple[str, ...] = ()
_SIG = "\nKontakt: Iva Nová, 603 123 456, iva@zpravy.example\n"
_IP = "\nProdukční IP: 192.0.2.10\n"


def _read(text: str, sender: str = "a@zpravy.example") -> Extraction:
    return _x(_mail(_body(text + _SIG), sender=sender))


def _types(text: str) -> tuple[str, ...]:
    return _read(text).request_types


# ----------------------------------- request types -------------------------------------------

REQUEST_PROBES = [
    # asking as a question, in a conditional, in the future, politely
    pytest.param(
        "Mohli bychom u vás na krajském pracovišti natáčet sčítání hlasů?",
        REC,
        id="cs-question-could-we-film",
    ),
    pytest.param(
        "Bylo by možné, abychom si u vás v Brně natočili krátkou reportáž?",
        REC,
        id="cs-conditional-reportage",
    ),
    pytest.param(
        "Would it be possible for our crew to shoot some footage at the Brno counting centre?",
        REC,
        id="en-would-it-be-possible-footage",
    ),
    pytest.param(
        "Dovolujeme si požádat o zřízení přístupu k volebním výsledkům ve formátu XML." + _IP,
        FEED,
        id="cs-dovolujeme-si-pozadat-xml",
    ),
    pytest.param(
        "Poprosil bych o napojení na výsledkový server, IP níže." + _IP,
        FEED,
        id="cs-poprosil-bych-napojeni",
    ),
    pytest.param(
        "Chceli by sme požiadať o prístup k výsledkom volieb cez XML." + _IP,
        FEED,
        id="sk-chceli-by-sme",
    ),
    pytest.param(
        "Prosíme o povolenie nakrúcať v zbernom mieste v Trenčíne.", REC, id="sk-nakrucat"
    ),
    pytest.param(
        "Könnten wir am Wahlabend im Zählzentrum in Brünn drehen?", REC, id="de-konnten-wir-drehen"
    ),
    pytest.param(
        "Czy moglibyśmy nagrywać materiał w punkcie zbiorczym w Ostrawie?",
        REC,
        id="pl-czy-moglibysmy-nagrywac",
    ),
    # negation at a distance, double negation
    pytest.param(
        "Letos, na rozdíl od minulých voleb, natáčet nebudeme; žádáme jen o XML přístup." + _IP,
        FEED,
        id="cs-negation-at-distance-film",
    ),
    pytest.param(
        "We do not intend, unlike last year, to film anywhere; we only need the XML feed." + _IP,
        FEED,
        id="en-do-not-intend-unlike-last-year",
    ),
    pytest.param(
        "Nie zamierzamy w tym roku, inaczej niż poprzednio, filmować. Prosimy tylko o dostęp do danych XML."
        + _IP,
        FEED,
        id="pl-nie-zamierzamy-filmowac",
    ),
    pytest.param(
        "Nevylučujeme, že budeme chtít natáčet, proto žádáme i o povolení k natáčení. A samozřejmě o XML přístup."
        + _IP,
        BOTH,
        id="cs-double-negation-nevylucujeme",
    ),
    pytest.param(
        "It is not that we don't want to film - we do: please grant a filming permit as well as XML access."
        + _IP,
        BOTH,
        id="en-double-negation-not-that-we-dont",
    ),
    # withdrawal in a PS or in a reply
    pytest.param(
        "Žádáme o XML přístup a o povolení natáčet v Praze."
        + _IP
        + "\nPS: Natáčení nakonec rušíme, kameraman onemocněl.",
        FEED,
        id="cs-ps-withdraws-filming",
    ),
    pytest.param(
        "We apply for XML access and a filming permit in Prague."
        + _IP
        + "\nP.S. Please disregard the filming part, our crew is booked elsewhere.",
        FEED,
        id="en-ps-disregard-filming",
    ),
    pytest.param(
        "Dobrý den, ještě upřesňuji: o natáčení už nestojíme, XML přístup platí.\n\n> Žádáme o XML přístup a povolení natáčet.\n"
        + _IP,
        FEED,
        id="cs-reply-withdraws-filming",
    ),
    # forms with ticks
    pytest.param(
        "Přístup k XML datům: ☒\nPovolení k natáčení: ☐\n" + _IP, FEED, id="form-ballot-box-x"
    ),
    pytest.param(
        "[X] přístup k výsledkům (XML)\n[ ] natáčení na přebíracím místě\n" + _IP,
        FEED,
        id="form-bracket-x",
    ),
    pytest.param("(x) XML access\n( ) filming permit\n" + _IP, FEED, id="form-paren-x"),
    pytest.param("XML přístup - ANO\nNatáčení - NE\n" + _IP, FEED, id="form-ano-ne-dash"),
    pytest.param("XML access: yes\nRecording permit: no\n" + _IP, FEED, id="form-yes-no-colon"),
    pytest.param("✔ přístup k datům XML\n✘ natáčení\n" + _IP, FEED, id="form-check-and-cross"),
    pytest.param(
        "přístup XML .......... ano\npovolení natáčet ..... ano\n" + _IP,
        BOTH,
        id="form-dotted-leaders-both-yes",
    ),
    # filming only as context
    pytest.param(
        "Náš štáb o minulých volbách natáčel reportáž z Brna. Letos prosíme jen o XML přístup."
        + _IP,
        FEED,
        id="cs-filming-past-context",
    ),
    pytest.param(
        "Our camera crew reported on the last elections from Ostrava. This year we ask for XML access only."
        + _IP,
        FEED,
        id="en-camera-crew-context",
    ),
    pytest.param(
        "Jsme televizní stanice s vlastním kamerovým štábem. Žádáme o přístup k výsledkům voleb přes XML."
        + _IP,
        FEED,
        id="cs-tv-station-with-crew-context",
    ),
    pytest.param(
        "Unser Kamerateam hat schon 2021 berichtet. Wir beantragen den Zugang zu den Wahlergebnissen."
        + _IP,
        FEED,
        id="de-kamerateam-context",
    ),
    # no diacritics, typos
    pytest.param(
        "dobry den, chtel bych poprosit o povoleni natacet na prebiracim miste v Jihlave",
        REC,
        id="cs-no-diacritics-natacet",
    ),
    pytest.param(
        "Zadame o pristup k vysledkum voleb (XML), natacet nechceme." + _IP,
        FEED,
        id="cs-no-diacritics-natacet-nechceme",
    ),
    pytest.param("Zadost o pristp k XML a povoleni k natacni." + _IP, BOTH, id="cs-typos-both"),
    # other languages
    pytest.param(
        "Nous aimerions, si possible, filmer le dépouillement à Brno.",
        REC,
        id="fr-nous-aimerions-filmer",
    ),
    pytest.param(
        "Vorremmo chiedere anche l'accesso ai risultati, ma non faremo riprese." + _IP,
        FEED,
        id="it-non-faremo-riprese",
    ),
    pytest.param(
        "¿Podríamos grabar en el centro de recuento de Praga?", REC, id="es-podriamos-grabar"
    ),
    pytest.param(
        "Zouden wij mogen filmen in het telcentrum in Brno?", REC, id="nl-zouden-wij-mogen-filmen"
    ),
    pytest.param(
        "Szeretnénk hozzáférést kérni a választási eredményekhez, forgatni nem fogunk." + _IP,
        FEED,
        id="hu-forgatni-nem-fogunk",
    ),
    # the same principles in other wording (written after the fixes, to check they are no fit)
    pytest.param(
        "Můžeme u vás v Olomouci natáčet průběh zpracování?", REC, id="more-cs-muzeme-natacet"
    ),
    pytest.param("Mohol by som v Žiline nakrúcať krátku reportáž?", REC, id="more-sk-mohol-by-som"),
    pytest.param(
        "May we record video at the Plzeň collection point on Saturday?",
        REC,
        id="more-en-may-we-record",
    ),
    pytest.param("Dürfen wir am Samstag in Pilsen filmen?", REC, id="more-de-durfen-wir"),
    pytest.param("Pourrions-nous filmer au centre de Liberec ?", REC, id="more-fr-pourrions-nous"),
    pytest.param("Potremmo fare delle riprese a Brno?", REC, id="more-it-potremmo"),
    pytest.param(
        "Is filming allowed at all collection points?",
        NONE,
        id="more-en-question-to-office-no-request",
    ),
    pytest.param("✓ XML\n❌ natáčení\n" + _IP, FEED, id="more-tick-and-red-cross"),
    pytest.param("✔ povolení k natáčení\n✗ přístup k XML", REC, id="more-tick-filming-cross-feed"),
    pytest.param(
        "Nechceme, stejně jako loni, natáčet; prosíme jen o XML." + _IP,
        FEED,
        id="more-cs-nechceme-aside-natacet",
    ),
    pytest.param(
        "We don't plan, as in 2021, to film at the centre. XML access please." + _IP,
        FEED,
        id="more-en-dont-plan-aside",
    ),
    pytest.param(
        "Natáčení už nepotřebujeme, stačí XML přístup." + _IP, FEED, id="more-cs-uz-nepotrebujeme"
    ),
    pytest.param(
        "O nakrúcanie už nežiadame, prosíme len o XML." + _IP, FEED, id="more-sk-uz-neziadame"
    ),
    pytest.param(
        "No es que no queramos grabar: solicitamos permiso de grabación y acceso XML." + _IP,
        BOTH,
        id="more-es-no-es-que-no",
    ),
    # a second batch, written after the first fixes
    pytest.param(
        "Natáčet nebudeme.\nOprava: natáčet nakonec budeme, prosíme tedy i o povolení k natáčení."
        + _IP,
        BOTH,
        id="b2-cs-correction-later-asks",
    ),
    pytest.param(
        "Požadavek | Ano | Ne\nXML přístup | | x\nNatáčení | x |\n",
        REC,
        id="b2-yes-no-table-filming-only",
    ),
    pytest.param(
        "Yes, please include the filming permit too.\n\n> Do you also need a filming permit?\n> We asked for XML access.\n"
        + _IP,
        BOTH,
        id="b2-en-reply-yes-to-office-question",
    ),
    pytest.param("XML access: requested\nFilming: N/A\n" + _IP, FEED, id="b2-filming-na"),
    pytest.param(
        "We'd love to film the count at the Brno centre.", REC, id="b2-en-wed-love-to-film"
    ),
    pytest.param("Radi by sme nakrúcali v Košiciach.", REC, id="b2-sk-radi-by-sme"),
    pytest.param(
        "Kindly grant us permission to film at the Ostrava collection point.",
        REC,
        id="b2-en-kindly-grant",
    ),
    pytest.param(
        "Natáčení: ne (letos opravdu ne)\nXML: ano\n" + _IP, FEED, id="b2-nataceni-ne-aside"
    ),
    pytest.param(
        "Eine Drehgenehmigung brauchen wir diesmal nicht, nur den XML-Zugang." + _IP,
        FEED,
        id="b2-de-brauchen-nicht",
    ),
    pytest.param(
        "Nie potrzebujemy zgody na filmowanie, tylko dostępu do danych XML." + _IP,
        FEED,
        id="b2-pl-nie-potrzebujemy",
    ),
    pytest.param(
        "Nous n'avons pas besoin d'autorisation de tournage, seulement de l'accès XML." + _IP,
        FEED,
        id="b2-fr-pas-besoin",
    ),
    pytest.param(
        "Non chiediamo il permesso per le riprese, solo l'accesso XML." + _IP,
        FEED,
        id="b2-it-non-chiediamo",
    ),
    pytest.param(
        "We will not be filming, but we'd like the XML feed." + _IP,
        FEED,
        id="b2-en-will-not-be-filming",
    ),
    pytest.param(
        "Loni jsme u vás natáčeli a letos vás opět prosíme o povolení natáčet.",
        REC,
        id="b2-cs-past-and-now",
    ),
    pytest.param(
        "Nebudeme natáčet ani fotit, prosíme pouze o XML." + _IP, FEED, id="b2-cs-ani-fotit"
    ),
    pytest.param("XML přístup ✓, natáčení ✗" + _IP, FEED, id="b2-inline-tick-cross"),
    # a third batch, after the second fixes
    pytest.param("Natáčet? Ne." + _IP, FEED, id="b3-cs-question-answered-ne"),
    pytest.param("Natáčení – zatím nevíme, dáme vědět." + _IP, FEED, id="b3-cs-zatim-nevime"),
    pytest.param(
        "Žádáme o XML přístup. Natáčení bychom rádi, ale ne letos." + _IP,
        FEED,
        id="b3-cs-ale-ne-letos",
    ),
    pytest.param(
        "XML access please. Filming would be nice, but not this time." + _IP,
        FEED,
        id="b3-en-but-not-this-time",
    ),
    pytest.param(
        "Wir bitten um XML-Zugang. Drehen würden wir gern, aber nicht dieses Jahr." + _IP,
        FEED,
        id="b3-de-aber-nicht",
    ),
    pytest.param(
        "Prosimy o dostęp XML. Nagrywanie chętnie, ale nie w tym roku." + _IP,
        FEED,
        id="b3-pl-ale-nie",
    ),
    pytest.param(
        "Please do NOT process the filming request from last week." + _IP,
        FEED,
        id="b3-en-do-not-process",
    ),
    pytest.param("Without filming, just XML." + _IP, FEED, id="b3-en-without-filming"),
    pytest.param("Nakrúcanie: áno", REC, id="b3-sk-nakrucanie-ano"),
    pytest.param("Forgatási engedélyt is kérünk.", REC, id="b3-hu-forgatasi-engedely"),
    pytest.param(
        "We're not asking for XML this time - only filming permission.",
        REC,
        id="b3-en-not-xml-only-filming",
    ),
    pytest.param("Feed: no thanks. Filming: yes please.", REC, id="b3-en-feed-no-thanks"),
    pytest.param(
        "Tu žádost o natáčení prosím stornujte.\n\n-----Original Message-----\nFrom: Jan Novák <jan@zpravy.example>\nSubject: Žádost\n\nŽádáme o XML a natáčení.\n"
        + _IP,
        FEED,
        id="b3-cs-outlook-reply-stornujte",
    ),
    pytest.param(
        "Prosíme o XML přístup a zároveň o povolení vstupu našeho štábu na přebírací místo v Kolíně."
        + _IP,
        BOTH,
        id="b3-cs-vstup-stabu",
    ),
    pytest.param("ad 1) XML - ano\nad 2) natáčení - ne" + _IP, FEED, id="b3-ad-items"),
    pytest.param(
        "O XML nežádáme, máme ho od loňska. Žádáme o natáčení v Brně.",
        REC,
        id="b3-cs-xml-declined-filming-asked",
    ),
    pytest.param(
        "Nicht dass wir nicht drehen wollten - wir beantragen die Drehgenehmigung und den XML-Zugang."
        + _IP,
        BOTH,
        id="more-de-nicht-dass-wir-nicht",
    ),
]


@pytest.mark.parametrize(("text", "expected"), REQUEST_PROBES)
def test_request_type_probe(text: str, expected: tuple[str, ...]) -> None:
    assert _types(text) == expected


# ----------------------------------- organisation ---------------------------------------------


def _org(text: str, sender: str = "a@zpravy.example") -> str | None:
    return _read(text + _IP, sender=sender).organization_name


ORG_PROBES = [
    pytest.param(
        "Za redakci Deníku Jih žádám o XML přístup.\n\nJan Novák\nDeník Jih",
        "Deník Jih",
        id="cs-za-redakci-deniku-with-sig",
    ),
    pytest.param(
        'Žádáme o XML přístup.\n\nS pozdravem\nPetr Malý\nredakce "Večerník Vysočina"',
        "Večerník Vysočina",
        id="cs-quoted-in-signature",
    ),
    pytest.param(
        "Žadatel: Rádio Haná, s.r.o.\nŽádáme o XML přístup.",
        "Rádio Haná, s.r.o.",
        id="cs-label-sro-comma",
    ),
    pytest.param(
        "Žádáme o XML přístup pro ČTK (Česká tisková kancelář).",
        "Česká tisková kancelář",
        id="cs-abbreviation-then-full",
    ),
    pytest.param(
        "We, Nordic Wire Ltd, request XML access.", "Nordic Wire Ltd", id="en-we-comma-ltd"
    ),
    pytest.param(
        "Request on behalf of our client Danube Broadcasting GmbH (we are their PR agency).",
        "Danube Broadcasting GmbH",
        id="en-agency-for-client",
    ),
    pytest.param(
        "Píšu jako nezávislý novinář (OSVČ) Tomáš Krátký, žádám o XML přístup.",
        "Tomáš Krátký",
        id="cs-freelancer-osvc",
    ),
    pytest.param(
        "Žádáme o XML přístup.\n\nGymnázium Jana Keplera, Praha 6\nmediální kroužek",
        "Gymnázium Jana Keplera",
        id="cs-school-signature",
    ),
    pytest.param(
        "Obec Dolní Lhota žádá o přístup k výsledkům voleb (XML) pro svůj zpravodaj.",
        "Obec Dolní Lhota",
        id="cs-municipality",
    ),
    pytest.param(
        "Zasielame žiadosť o XML prístup.\n\nS pozdravom\nMária Kováčová\nTlačová agentúra Podunajsko, a.s.",
        "Tlačová agentúra Podunajsko, a.s.",
        id="sk-signature-as",
    ),
    pytest.param(
        "Bitte um XML-Zugang.\n\nMit freundlichen Grüßen\nAnna Berger\nSüdmähren Kurier GmbH & Co. KG",
        "Südmähren Kurier GmbH & Co. KG",
        id="de-gmbh-co-kg",
    ),
    pytest.param(
        "Prosimy o dostęp XML.\n\nZ poważaniem\nJan Kowalski\nGazeta Śląska Sp. z o.o.",
        "Gazeta Śląska Sp. z o.o.",
        id="pl-sp-z-oo",
    ),
    pytest.param(
        "zadame o xml pristup\n\nredakce zpravodaje Hlas Pojizeri, z.s.",
        "Hlas Pojizeri, z.s.",
        id="cs-no-diacritics-zs",
    ),
    pytest.param(
        "Týdeník Krkonoše vydává Krkonošská media s.r.o.; žádáme o XML přístup pro týdeník.",
        "Krkonošská media s.r.o.",
        id="cs-medium-owned-by-publisher",
    ),
    pytest.param(
        "Jménem vydavatelství Moravské listy, a.s. žádám o XML přístup.",
        "Moravské listy, a.s.",
        id="cs-jmenem-vydavatelstvi",
    ),
    pytest.param(
        "V zastoupení společnosti Rádio Beskydy s.r.o. podáváme žádost o XML přístup.",
        "Rádio Beskydy s.r.o.",
        id="cs-v-zastoupeni-spolecnosti",
    ),
    pytest.param(
        "Applicant (legal entity): Baltic Newswire UAB\nTrading as: BNW News",
        "Baltic Newswire UAB",
        id="en-trading-as",
    ),
    pytest.param(
        "Organizace: Město Kuřim – Kuřimské noviny", "Město Kuřim", id="cs-town-and-its-paper"
    ),
    pytest.param(
        "We are writing on behalf of Helvetia Radio AG, Zurich, to request XML access.",
        "Helvetia Radio AG",
        id="en-on-behalf-ag",
    ),
    pytest.param(
        "Wnioskodawca: Radio Karpaty Sp. z o.o.\nProsimy o dostęp do danych XML.",
        "Radio Karpaty Sp. z o.o.",
        id="pl-wnioskodawca",
    ),
    pytest.param(
        "Demandeur : Presse Alsacienne SARL\nNous demandons l'accès XML.",
        "Presse Alsacienne SARL",
        id="fr-demandeur",
    ),
    pytest.param(
        "Žiadateľ: Rádio Tatry, s. r. o.\nŽiadame o XML prístup.",
        "Rádio Tatry, s. r. o.",
        id="sk-ziadatel-spaced-sro",
    ),
    pytest.param(
        "Žádáme o XML přístup.\n\nDíky a hezký den\nRadek Bílý\nzpravodajský server „Pražský kurýr“",
        "Pražský kurýr",
        id="more-quoted-after-noun-in-signature",
    ),
    pytest.param(
        "Please set up XML access for Radio Upper Danube (RUD).",
        "Radio Upper Danube",
        id="more-name-then-abbreviation",
    ),
    pytest.param(
        "I am a freelance reporter Anna Berg and I request XML access for my blog.",
        "Anna Berg",
        id="more-freelance-reporter-named",
    ),
    pytest.param(
        "Vydavatel: Vltava Labe Media a.s., titul: Deník Jihlava\nŽádáme o XML přístup.",
        "Vltava Labe Media a.s.",
        id="b2-vydavatel-and-title",
    ),
    pytest.param(
        "Za Českou televizi žádám o XML přístup.",
        "Česká televize",
        id="b2-cs-za-ceskou-televizi",
        marks=pytest.mark.xfail(
            strict=True,
            reason="a declined name without a legal form is not bounded in a sentence (read: none)",
        ),
    ),
    pytest.param(
        "Zasíláme za Rádio Blaník žádost o XML přístup.", "Rádio Blaník", id="b2-cs-za-radio-blanik"
    ),
    pytest.param(
        "Statutární město Opava, odbor vnějších vztahů, žádá o XML přístup.",
        "Statutární město Opava",
        id="b2-statutarni-mesto",
    ),
    pytest.param(
        "Žádáme o XML přístup.\n\nS pozdravem\nPavel Dvořák – PD Foto\nfotograf na volné noze",
        "Pavel Dvořák – PD Foto",
        id="b2-sole-trader-trade-name",
    ),
    # a third batch
    pytest.param(
        "Žádáme o XML přístup pro náš web Brnozpravy.cz.\n\nProvozovatel: Brněnské zprávy s.r.o., IČO 52856569",
        "Brněnské zprávy s.r.o.",
        id="b3-web-and-operator",
    ),
    pytest.param(
        "Jsme PR agentura Komunikace Alfa s.r.o. (IČO 70152276) a žádáme o XML přístup pro našeho klienta, společnost Radio Morava a.s., IČO 98925938.",
        "Radio Morava a.s.",
        id="b3-agency-client-apposition",
    ),
    pytest.param(
        "We are an agency writing for our client, the company Adriatic Wire d.o.o., and request XML access.",
        "Adriatic Wire d.o.o.",
        id="b3-en-client-the-company",
    ),
    pytest.param(
        "Deník Sever (vydavatel Severočeská media, a.s., IČ 14866269) žádá o XML.",
        "Severočeská media, a.s.",
        id="b3-title-with-publisher-in-brackets",
    ),
    pytest.param(
        'Hello, this is Anna from "Prague Daily Wire" (Prague Daily Wire s.r.o., IČO 51784106). We request XML access.',
        "Prague Daily Wire s.r.o.",
        id="b3-trade-name-and-entity",
    ),
    pytest.param(
        'Firma: "MEDIA 24" spol. s r.o.\nICO 18699537\nZadame o XML.',
        "MEDIA 24 spol. s r.o.",
        id="b3-quoted-name-then-form",
    ),
    pytest.param(
        "Wir, die Redaktion der Sächsischen Rundschau (Rundschau Verlag GmbH), beantragen XML-Zugang.",
        "Rundschau Verlag GmbH",
        id="b3-de-redaktion-and-verlag",
    ),
    pytest.param(
        "My name is Luca Bianchi, I work for RAI (Radiotelevisione italiana S.p.A.) and request XML access.",
        "Radiotelevisione italiana S.p.A.",
        id="b3-it-abbreviation-and-spa",
    ),
    pytest.param(
        "Základní škola Komenského, Kolín, příspěvková organizace, IČO: 88118517, žádá o XML přístup pro školní časopis.",
        "Základní škola Komenského, Kolín, příspěvková organizace",
        id="b3-school-seat-between-commas",
    ),
    pytest.param(
        "za obec Horní Bříza - starosta Jan Pech - zadame o XML pristup pro obecni web",
        "Obec Horní Bříza",
        id="b3-za-obec-lower-case",
        marks=pytest.mark.xfail(
            strict=True, reason="a municipality named in lower case after 'za' is not read (none)"
        ),
    ),
    pytest.param(
        "Firma / company: NORDSEE MEDIEN GMBH\nWir beantragen den XML-Zugang.",
        "NORDSEE MEDIEN GMBH",
        id="de-upper-case",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ORG_PROBES)
def test_organization_name_probe(text: str, expected: str) -> None:
    assert _org(text) == expected


def _ico(text: str) -> str | None:
    return _read("Žádáme o XML přístup.\n" + text + _IP).organization_ico


ICO_PROBES = [
    pytest.param("Redakce Jih s.r.o., IČ 52856569", "52856569", id="ic-space"),
    pytest.param("Redakce Jih s.r.o., ICO: 70152276", "70152276", id="ico-no-diacritics"),
    pytest.param("Redakce Jih s.r.o.\nIČO: 989 25 938", "98925938", id="ico-grouped-3-2-3"),
    pytest.param("Redakce Jih s.r.o., IČO 14.866.269", "14866269", id="ico-dots"),
    pytest.param(
        "Redakce Jih s.r.o., DIČ: CZ88118517, IČO: 88118517", "88118517", id="ico-after-dic"
    ),
    # a legal person's DIČ is CZ and its IČO: read from it, unsure
    pytest.param(
        "Redakce Jih s.r.o.\nDIČ CZ51784106\nč. ú. 1234567/0100", "51784106", id="only-dic-no-ico"
    ),
    pytest.param(
        "Redakce Jih s.r.o., IČO: 18699537, č. účtu 36315281/0800",
        "18699537",
        id="ico-next-to-bank-account",
    ),
    pytest.param(
        "Donau Media GmbH, Firmenbuchnummer FN 36315281", None, id="foreign-register-number"
    ),
    pytest.param(
        "Nordic Wire Ltd, Company No. 52856569, VAT GB 70152276", None, id="uk-company-number"
    ),
    pytest.param(
        "Tlačová agentúra Podunajsko, a.s., IČO 36 315 281", "36315281", id="sk-ico-grouped"
    ),
    pytest.param("Company ID (IČO): 51784106", "51784106", id="en-company-id-ico"),
    pytest.param(
        "Vydavatel: Jižní listy a.s., IČ: 70.152.276", "70152276", id="ic-dots-after-colon"
    ),
    pytest.param(
        "Alpenpresse GmbH\nHandelsregister: Amtsgericht München, HRB 52856569",
        None,
        id="de-handelsregister",
    ),
    pytest.param(
        "Gazeta Śląska Sp. z o.o., KRS 0000123456, NIP PL 7015227600", None, id="pl-krs-nip"
    ),
    pytest.param(
        "Radio Lago S.r.l., P.IVA IT 01234567890, Reg. No. 98925938", None, id="it-partita-iva"
    ),
    pytest.param(
        "Redakce Jih s.r.o., IČO/DIČ: 52856569 / CZ52856569", "52856569", id="b2-ico-slash-dic"
    ),
    pytest.param("Redakce Jih s.r.o., IC:70152276", "70152276", id="b2-ic-no-space"),
    pytest.param(
        "Tlačová agentúra Podunajsko, a.s.\nIČO: 36 315 281, DIČ: 2020123456, IČ DPH: SK2020123456",
        "36315281",
        id="b2-sk-ico-dic-icdph",
    ),
    pytest.param(
        "Redakce Jih s.r.o., č. ú. 2600123456/2010, IČO 528 56 569",
        "52856569",
        id="b2-bank-account-before-ico",
    ),
    pytest.param(
        "Mitteldeutsche Nachrichten GmbH, organizační složka, IČO 52856569",
        "52856569",
        id="czech-branch-of-gmbh-keeps-ico",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ICO_PROBES)
def test_ico_probe(text: str, expected: str | None) -> None:
    assert _ico(text) == expected


# ----------------------------------- other carriers: a data message, an attachment, HTML ------

_LETTER = (
    "Český statistický úřad\nNa padesátém 81, Praha 10\nID DS: 2gfaasy\n\n"
    "Věc: žádost o přístup k výsledkům voleb\n\n"
    "Tímto žádáme o přístup k XML výsledkům. Natáčet nebudeme.\n"
    "Produkční IP: 192.0.2.44\n\n"
    "Mgr. Eva Lišková, ředitelka\nRádio Podještědí, spol. s r.o.\nIČO: 88118517\n"
    "Kontakt: Eva Lišková, 603 123 456, eva@podjestedi.example\n"
)


def _carrier(kind: str) -> Extraction:
    if kind == "databox-attachment":
        return _x(
            _data_message(
                "Žádost",
                _text_file("zadost.txt", _LETTER),
                sender="k3mtq9w",
                dm_sender="Rádio Podještědí, spol. s r.o.",
            )
        )
    if kind == "mail-attachment":
        return _x(
            _mail(
                _body("V příloze zasílám žádost.\nEva Lišková"), _text_file("zadost.txt", _LETTER)
            )
        )
    html = "<html><body><p>" + _LETTER.replace("\n", "<br>\n") + "</p></body></html>"
    return _x(_mail(_body(html, ComponentRole.BODY_HTML)))


@pytest.mark.parametrize("kind", ["databox-attachment", "mail-attachment", "html-body"])
def test_the_letter_reads_alike_in_any_carrier(kind: str) -> None:
    x = _carrier(kind)
    got = (x.request_types, x.organization_name, x.organization_ico)
    assert got == (FEED, "Rádio Podještědí, spol. s r.o.", "88118517")
    if kind == "databox-attachment":
        assert x.organization_databox_id == "k3mtq9w"  # the sender's, never the office's
