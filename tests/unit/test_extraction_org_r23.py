"""The organisation, twenty-third round (issue 18): a generalisation drill. The messages are
the tests' own, written and labelled before extraction ran on them, none a corpus case.

Classes widened: the words of acting for someone running on into a name ("im Namen der X
GmbH", "reprezentuję firmę X"); a greeting line taken for a letterhead; a declined head noun
read as a verb ("s Vydavatelstvím X") and masculine or neuter heads declined ("v Rádiu X");
an adjective and noun opening a name with a genitive complement ("Studentská unie Západočeské
univerzity …", "Student Union of the University of …"); the applicant's original quoted in
the office's own attached message; the writer's correction of the applicant ("není X, ale Y");
a role labelled as the applicant ("Objednatel (žadatel):"); a signature cell naming the firm's
group ("člen skupiny Y a.s.").
"""

from __future__ import annotations

import pytest

from intake.extraction.model import Extraction
from intake.extraction.org import legal_name_in
from intake.model import ParsedMessage
from tests.unit.extraction_helpers import body, data_message, extract, mail, text_file

D: list[tuple[str, ParsedMessage, str, str | None, str | None]] = []


def add(i: str, msg: ParsedMessage, name: str, ico_: str | None, box: str | None = None) -> None:
    D.append((i, msg, name, ico_, box))


add(
    "d01-redakce-sentence",
    mail(
        body(
            "Dobrý den,\n\npíšu za redakci Hlasu Vysočiny, týdeníku, který vydává Vysočina Media Group s.r.o. "
            "(IČ 284 51 023). Rádi bychom na volební noc dostali přístup k XML výsledkům.\n"
            "Produkční adresa 198.51.100.21.\n\nDěkuji\nMarta Šindelářová\n+420 731 220 118\n"
        ),
        sender="sindelarova@hlasvysociny.example",
    ),
    "Vysočina Media Group s.r.o.",
    "28451023",
)

add(
    "d02-jmenem-spolku",
    mail(
        body(
            "Vážení,\n\njménem spolku Okno do regionu, z. s., IČO: 06301177, žádáme o povolení natáčet "
            "ve sběrném místě v Jihlavě během sčítání hlasů.\n\nS úctou\nLubor Kratochvíl, předseda\n"
            "tel. 602 111 902\n"
        ),
        sender="kratochvil@oknodoregionu.example",
    ),
    "Okno do regionu, z. s.",
    "06301177",
)

add(
    "d03-on-behalf-ltd",
    mail(
        body(
            "Hi there,\n\nI'm writing on behalf of Harbour Lane Pictures Ltd (Company Reg. No. 09123456), a "
            "documentary producer based in Bristol, to ask for permission to film at one of your "
            "collection points on election night.\n\nKind regards,\nOwen Pritchard\nProducer\n+44 7700 900412\n"
        ),
        sender="owen@harbourlane.example",
        sender_name="Owen Pritchard",
    ),
    "Harbour Lane Pictures Ltd",
    None,
)

add(
    "d04-genitive-letterhead",
    mail(
        body(
            "Dobrý den,\n\nza vydavatele Týdeníku Poříčí, tedy společnosti Poříční noviny s.r.o., vás prosím "
            "o zřízení přístupu k výsledkovému serveru.\nIP: 203.0.113.77\n\nZdraví\nJan Fiala\n\n--\n"
            "Poříční noviny s.r.o.\nNábřežní 12, 397 01 Písek\nIČO 47118032\nDS: k3mzq7r\n"
        ),
        sender="fiala@poricni.example",
    ),
    "Poříční noviny s.r.o.",
    "47118032",
    "k3mzq7r",
)

add(
    "d05-gmbh-sentence",
    mail(
        body(
            "Sehr geehrte Damen und Herren,\n\nim Namen der Alpenblick Rundfunk GmbH (FN 412233a) bitten wir um "
            "Zugang zum XML-Ergebnisserver. Produktion: 192.0.2.14, Test: 192.0.2.15.\n\n"
            "Mit freundlichen Grüßen\nKatrin Holzer\nAlpenblick Rundfunk GmbH\nTel. +43 662 123 4567\n"
        ),
        sender="k.holzer@alpenblick.example",
    ),
    "Alpenblick Rundfunk GmbH",
    None,
)

add(
    "d06-spzoo",
    mail(
        body(
            "Dzień dobry,\n\nnazywam się Tomasz Wrona i reprezentuję firmę Nowa Fala Media Sp. z o.o. z Katowic. "
            "Prosimy o dostęp do wyników wyborów w formacie XML.\nAdres IP: 198.51.100.130\n\n"
            "Pozdrawiam\nTomasz Wrona\n+48 601 222 333\n"
        ),
        sender="wrona@nowafala.example",
    ),
    "Nowa Fala Media Sp. z o.o.",
    None,
)

add(
    "d07-publisher-vs-title",
    mail(
        body(
            "Dobrý den,\n\njsem zástupkyně šéfredaktora deníku Ranní Ostrava. Vydavatel deníku Ranní Ostrava, "
            "společnost Slezská tisková a.s., IČO 26309556, žádá o přístup k volebním datům.\n"
            "Produkce 203.0.113.10, test 203.0.113.11.\n\nPetra Hůlková\n"
        ),
        sender="hulkova@ranniostrava.example",
    ),
    "Slezská tisková a.s.",
    "26309556",
)

add(
    "d08-contractor-for-client",
    mail(
        body(
            "Dobrý den,\n\njsme dodavatel IT pro Rádio Blaník Západ, s.r.o. (IČO 21790035), pro které "
            "zajišťujeme příjem volebních výsledků. Prosím zřiďte přístup pro adresu 192.0.2.200 "
            "(test 192.0.2.201).\n\nDěkuji\nRadek Mach\nNetCraft Solutions s.r.o.\nIČO 07216238\n"
        ),
        sender="mach@netcraft.example",
    ),
    "Rádio Blaník Západ, s.r.o.",
    "21790035",
)

add(
    "d09-student-union",
    mail(
        body(
            "Dobrý den,\n\nStudentská unie Západočeské univerzity v Plzni, z. s. provozuje studentské rádio "
            "a ráda by přenášela volební výsledky. Žádáme o přístup k XML serveru z adresy 198.51.100.66.\n\n"
            "S pozdravem\nAdéla Koubková\nmediální koordinátorka\nStudentská unie ZČU, z. s.\nIČ: 04805917\n"
        ),
        sender="koubkova@su-zcu.example",
    ),
    "Studentská unie Západočeské univerzity v Plzni, z. s.",
    "04805917",
)

add(
    "d10-faculty",
    mail(
        body(
            "Vážení,\n\nFakulta sociálních studií Masarykovy univerzity (katedra mediálních studií) by ráda "
            "natáčela ve sběrném místě pro výzkumný projekt. Univerzita má IČO 00216224.\n\n"
            "S pozdravem\ndoc. Pavel Rybář\nMasarykova univerzita, Fakulta sociálních studií\n"
        ),
        sender="rybar@fss.example",
    ),
    "Masarykova univerzita",
    "00216224",
)

add(
    "d11-municipality-periodical",
    mail(
        body(
            "Dobrý den,\n\nměsto Horní Lhota vydává zpravodaj Lhotecké listy a rádi bychom z volební noci "
            "přinesli reportáž. Prosíme o povolení natáčení.\n\nZa Město Horní Lhota\nIveta Pospíšilová, "
            "referentka\nIČO: 00263273, datová schránka: 6hbvx2a\n"
        ),
        sender="pospisilova@hornilhota.example",
    ),
    "Město Horní Lhota",
    "00263273",
    "6hbvx2a",
)

add(
    "d12-ico-dots-footer",
    mail(
        body(
            "Dobrý den,\nposíláme žádost o přístup k výsledkům, IP 203.0.113.55.\nDěkujeme.\n\n"
            "Martin Kos\n\n________________\nZprávy Podbrdska s.r.o. | Husova 4, Příbram | IČ 245.81.194 | www.podbrdsko.example\n"
        ),
        sender="kos@podbrdsko.example",
    ),
    "Zprávy Podbrdska s.r.o.",
    "24581194",
)

add(
    "d13-ico-quoted-original",
    mail(
        body(
            "Dobrý den,\n\nposílám doplnění k naší žádosti níže: testovací adresa bude 192.0.2.90.\n\n"
            "Jana Benešová\n\n-----Original Message-----\nFrom: Jana Benešová <benesova@tvkrumlov.example>\n"
            "Sent: Monday, October 5, 2026 9:12\nTo: podatelna@czso.cz\nSubject: Žádost o přístup\n\n"
            "Dobrý den,\nza TV Krumlov s.r.o., IČO 28963342, žádáme o přístup k XML výsledkům z adresy 192.0.2.88.\n"
            "Jana Benešová\n"
        ),
        sender="benesova@tvkrumlov.example",
    ),
    "TV Krumlov s.r.o.",
    "28963342",
)

add(
    "d14-kft-sentence",
    mail(
        body(
            "Dear Sir or Madam,\n\nour company, Dunamenti Hírek Kft., a Hungarian online news portal, would "
            "like to access the XML results during the Czech elections. Production IP 198.51.100.3.\n"
            "Tax number 12345678-2-41.\n\nBest regards,\nLászló Varga\n"
        ),
        sender="varga@dunamenti.example",
    ),
    "Dunamenti Hírek Kft.",
    None,
)

add(
    "d15-databox-sig",
    data_message(
        "Žádost o natáčení",
        text_file(
            "zadost.txt",
            "Žádost o povolení pořizování záznamu\n\nŽadatel: Regionální televize Haná, o.p.s.\n"
            "Sídlo: Palackého 18, Olomouc\nIČO 49077520\n\nŽádáme o povolení natáčet ve sběrném místě Olomouc.\n\n"
            "Mgr. Filip Vrba, ředitel\nID DS: p4xw9nd\n",
        ),
        sender="p4xw9nd",
        dm_sender="Regionální televize Haná, o.p.s.",
    ),
    "Regionální televize Haná, o.p.s.",
    "49077520",
    "p4xw9nd",
)

add(
    "d16-no-form-freelancer",
    mail(
        body(
            "Ahoj,\n\njsem nezávislá novinářka, píšu pro několik webů a ráda bych si na volební noc natočila "
            "materiál ve sběrném místě v Brně.\nIČO 05590124 (OSVČ).\n\nDíky\nKlára Dvořáková\n777 432 109\n"
        ),
        sender="klara.dvorakova@email.example",
    ),
    "Klára Dvořáková",
    "05590124",
)

add(
    "d17-instrumental",
    mail(
        body(
            "Dobrý den,\n\ns Vydavatelstvím Moravská brána s.r.o. (IČO 27143902) jsme se domluvili, že za "
            "ně vyřídím žádost o přístup k volebním výsledkům. IP adresa serveru: 203.0.113.140.\n\n"
            "Ondřej Sýkora\nexterní správce\n"
        ),
        sender="sykora@gmail.example",
    ),
    "Vydavatelství Moravská brána s.r.o.",
    "27143902",
)

add(
    "d18-slovak-redakcia",
    mail(
        body(
            "Dobrý deň,\n\nv mene redakcie denníka Východniar, ktorý vydáva spoločnosť Východ Press, s. r. o., "
            "IČO 17762511, žiadame o prístup k výsledkom volieb vo formáte XML. Produkčná IP 192.0.2.30.\n\n"
            "S pozdravom\nŽofia Kováčová\n"
        ),
        sender="kovacova@vychodniar.example",
    ),
    "Východ Press, s. r. o.",
    "17762511",
)

add(
    "d19-regno-english",
    mail(
        body(
            "Hello,\n\nplease find our request: we need access to the XML election results.\n"
            "Production: 198.51.100.201\n\nThanks,\nMarek Horák\nData Desk\nPraguewire a.s.\nID No.: 063 62 419\n"
        ),
        sender="horak@praguewire.example",
    ),
    "Praguewire a.s.",
    "06362419",
)

add(
    "d20-institute-vs-academy",
    mail(
        body(
            "Dobrý den,\n\nSociologický ústav AV ČR, v. v. i., IČO 68378025, připravuje analýzu volební noci. "
            "Žádáme o přístup k XML z IP 192.0.2.171.\n\nS pozdravem\nRNDr. Eva Malá\n"
        ),
        sender="mala@soc.example",
    ),
    "Sociologický ústav AV ČR, v. v. i.",
    "68378025",
)

# ---- batch 2 (labelled before running) ----
add(
    "d21-agency-for-client",
    mail(
        body(
            "Dobrý den,\n\nnaše agentura PR Brána s.r.o. (IČO 27411800) zajišťuje pro klienta, Rádio Luna Jih "
            "s.r.o., IČO 06177255, mediální servis. Rádio Luna Jih žádá o přístup k výsledkům voleb, IP 192.0.2.61.\n\n"
            "S pozdravem\nTereza Holá\nPR Brána s.r.o.\n"
        ),
        sender="hola@prbrana.example",
    ),
    "Rádio Luna Jih s.r.o.",
    "06177255",
)

add(
    "d22-title-then-publisher-paren",
    mail(
        body(
            "Dobrý den,\nTýdeník Krkonoše (vydavatel: Horská média, s.r.o., IČ 25301942) žádá o povolení "
            "natáčení ve sběrném místě v Trutnově.\n\nDěkuji, Pavel Sýkora, editor\n"
        ),
        sender="sykora@krkonose.example",
    ),
    "Horská média, s.r.o.",
    "25301942",
)

add(
    "d23-municipality-periodical-only",
    mail(
        body(
            "Dobrý den,\n\nredakce Radničních novin, měsíčníku obce Dolní Věstonice, by ráda natáčela "
            "ve sběrném místě. Vydavatelem je Obec Dolní Věstonice, IČO 00449083.\n\nS pozdravem\nHana Vlková\n"
        ),
        sender="vlkova@dolnivestonice.example",
    ),
    "Obec Dolní Věstonice",
    "00449083",
)

add(
    "d24-databox-in-signature",
    mail(
        body(
            "Dobrý den,\n\nžádáme o přístup k XML výsledkům, IP 198.51.100.101.\n\nS pozdravem\n"
            "Ing. Roman Bláha\nVýchodočeská televize a.s.\nIČ: 463 08 121\nID datové schránky: xq2bz9m\n"
        ),
        sender="blaha@vctv.example",
    ),
    "Východočeská televize a.s.",
    "46308121",
    "xq2bz9m",
)

add(
    "d25-aps-english",
    mail(
        body(
            "Dear ČSÚ team,\n\nNordvind Nyheder ApS (CVR 41234567), a Danish online outlet, would like to receive "
            "the XML result feed.\nServer: 203.0.113.201\n\nBest regards\nMette Lund\nNordvind Nyheder ApS\n"
        ),
        sender="mette@nordvind.example",
    ),
    "Nordvind Nyheder ApS",
    None,
)

add(
    "d26-oy-in-sentence",
    mail(
        body(
            "Hello,\n\nwe at Itäinen Sanomat Oy are preparing live coverage of the Czech elections and ask for "
            "access to the XML server from 192.0.2.77.\n\nRegards,\nJussi Laine\n"
        ),
        sender="jussi@itainen.example",
    ),
    "Itäinen Sanomat Oy",
    None,
)

add(
    "d27-sarl-locative",
    mail(
        body(
            "Bonjour,\n\nje travaille chez Presse Alpine SARL à Grenoble et nous souhaitons filmer dans un "
            "bureau de dépouillement.\n\nCordialement,\nClaire Martin\n"
        ),
        sender="c.martin@pressealpine.example",
    ),
    "Presse Alpine SARL",
    None,
)

add(
    "d28-regno-footer",
    mail(
        body(
            "Hi,\nplease whitelist 198.51.100.144 for the results feed.\nThanks, Tom\n\n--\nTom Vrána | "
            "Head of Data | Kapsa Digital s.r.o. | Reg. No. 02792150 | Karlín, Praha\n"
        ),
        sender="tom@kapsa.example",
    ),
    "Kapsa Digital s.r.o.",
    "02792150",
)

add(
    "d29-locative-worker",
    mail(
        body(
            "Dobrý den,\n\npracuji v Rádiu Dyje s.r.o. jako technik a potřebujeme přístup k volebním datům "
            "z adresy 192.0.2.140. IČO rádia je 08713341.\n\nLukáš Novotný\n"
        ),
        sender="novotny@radiodyje.example",
    ),
    "Rádio Dyje s.r.o.",
    "08713341",
)

add(
    "d30-slovak-zastupenie",
    mail(
        body(
            "Dobrý deň,\n\nv zastúpení spoločnosti Tatranský hlas, a.s. (IČO: 26193574) žiadam o povolenie "
            "nakrúcania vo volebnej miestnosti.\n\nS pozdravom\nMgr. Ivana Kubišová\n"
        ),
        sender="kubisova@thlas.example",
    ),
    "Tatranský hlas, a.s.",
    "26193574",
)

add(
    "d31-genitive-publisher-letterhead",
    mail(
        body(
            "Vážení,\n\nzástupce šéfredaktora Jihočeského zpravodaje, s.r.o. žádá o přístup k výsledkovému serveru "
            "(IP 203.0.113.8).\n\nMilan Kovář\n"
        ),
        sender="kovar@jzpravodaj.example",
    ),
    "Jihočeský zpravodaj, s.r.o.",
    None,
)

add(
    "d32-ico-with-dots-in-sentence",
    mail(
        body(
            "Dobrý den, jsme spolek Rozhlas Pod Horou, z. s., IČ 061.77.255 a žádáme o natáčení.\nDěkujeme\nEva Rybová\n"
        ),
        sender="rybova@rozhlaspodhorou.example",
    ),
    "Rozhlas Pod Horou, z. s.",
    "06177255",
)

# ---- batch 3 (labelled before running) ----
add(
    "d33-labelled-parent-ico",
    mail(
        body(
            "Žádost o přístup k výsledkům\n\nŽadatel: Rádio Vltava Sever s.r.o.\nIČO: 28123441\n"
            "Mateřská společnost: Media Holding CE a.s., IČO 05204712\nProdukční IP: 192.0.2.5\n\nPetr Malý\n"
        ),
        sender="maly@vltavasever.example",
    ),
    "Rádio Vltava Sever s.r.o.",
    "28123441",
)

add(
    "d34-contractor-labelled",
    mail(
        body(
            "Dobrý den,\nv příloze žádost.\n\nDodavatel: WebOps Brno s.r.o., IČO 45199884\n"
            "Objednatel (žadatel): Brněnský večerník a.s., IČO 29082170\nIP: 198.51.100.9\n\nJiří Dvořák, WebOps Brno\n"
        ),
        sender="dvorak@webops.example",
    ),
    "Brněnský večerník a.s.",
    "29082170",
)

add(
    "d35-firma-genitive-label",
    mail(
        body(
            "Dobrý den,\n\nFirma: Deníku Posázaví s.r.o.\nIČ: 06144501\nIP adresa: 203.0.113.66\n\nDík, Alois Bureš\n"
        ),
        sender="bures@posazavi.example",
    ),
    "Deník Posázaví s.r.o.",
    "06144501",
)

add(
    "d36-english-subsidiary",
    mail(
        body(
            "Hello,\n\nCompany: Danube Data Services Ltd (a subsidiary of Central Press Group plc)\n"
            "Company ID: 27770010\nProduction IP: 198.51.100.250\n\nKind regards,\nAnna Weiss\n"
        ),
        sender="weiss@danubedata.example",
    ),
    "Danube Data Services Ltd",
    "27770010",
)

add(
    "d37-two-firms-signature",
    mail(
        body(
            "Dobrý den,\nprosíme o přístup, IP 192.0.2.222.\n\nS pozdravem\nKarel Hora\n"
            "technický ředitel\nHorácké noviny s.r.o. | člen skupiny Regiony Média a.s.\nIČO 28123441\n"
        ),
        sender="hora@horacke.example",
    ),
    "Horácké noviny s.r.o.",
    "28123441",
)

add(
    "d38-cover-overrides-attachment",
    mail(
        body(
            "Dobrý den,\nposílám formulář. Oprava: žadatelem není Studio Kraken s.r.o., ale naše nová "
            "společnost Kraken Media s.r.o., IČO 05204712.\n\nPavla Ryšavá\n"
        ),
        text_file("formular.txt", "Žadatel: Studio Kraken s.r.o.\nIČO: 45199884\nIP: 192.0.2.33\n"),
        sender="rysava@kraken.example",
    ),
    "Kraken Media s.r.o.",
    "05204712",
)

add(
    "d39-name-no-form-label",
    mail(
        body(
            "Název organizace: Kulturní centrum Záhoří\nIČO: 29082170\nDatová schránka: m7tnq2w\n"
            "Požadavek: natáčení ve sběrném místě\n\nZ. Šimek\n"
        ),
        sender="simek@kczahori.example",
    ),
    "Kulturní centrum Záhoří",
    "29082170",
    "m7tnq2w",
)

add(
    "d40-instrumental-label-sentence",
    mail(
        body(
            "Dobrý den,\n\nna základě dohody s Agenturou Větrník s.r.o., IČO 06144501, podáváme žádost jejím "
            "jménem o přístup k XML (IP 203.0.113.19).\n\nAdam Krejčí, IT podpora\n"
        ),
        sender="krejci@itpodpora.example",
    ),
    "Agentura Větrník s.r.o.",
    "06144501",
)


def _norm(s: object) -> str | None:
    return None if s is None else " ".join(str(s).casefold().replace(",", " ").split())


_BY_ID = {c[0]: c for c in D}
_ICO_FLAGGED = {"d09-student-union"}
"""An IČO beside an abbreviated name ("Studentská unie ZČU") the rules cannot tie to the name
read in full: shown to the officer, not entered."""


@pytest.mark.parametrize("case", D, ids=[c[0] for c in D])
def test_drill(case: tuple[str, ParsedMessage, str, str | None, str | None]) -> None:
    cid, msg, name, ico, box = case
    x = extract(msg)
    got = {k: x.fields[k] for k in x.fields if k.startswith("organization")}
    assert _norm(got["organization.name"].value) == _norm(name)
    if cid in _ICO_FLAGGED:
        assert got["organization.ico"].value is None and not got["organization.ico"].certain
        assert ico is not None and ico in str(got["organization.ico"].reason)
    else:
        assert (got["organization.ico"].value if "organization.ico" in got else None) == ico
    assert (
        got["organization.databox_id"].value if "organization.databox_id" in got else None
    ) == box


@pytest.mark.parametrize(
    "cid",
    [
        "d05-gmbh-sentence",  # once "Namen der Alpenblick Rundfunk GmbH", certain
        "d06-spzoo",
        "d17-instrumental",
        "d29-locative-worker",
        "d34-contractor-labelled",
        "d38-cover-overrides-attachment",  # once the attachment's name, certain
        "d09-student-union",
    ],
)
def test_sentence_readings_are_flagged(cid: str) -> None:
    x: Extraction = extract(_BY_ID[cid][1])
    assert not x.fields["organization.name"].certain


# --- near misses: what must stay as it was ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Represent Media s.r.o. žádá o přístup, represent nás Jan", "Represent Media s.r.o."),
        (
            "Dobrý den, redakce Sdružení pro Boskovice, z. s. žádá o přístup.",
            "Sdružení pro Boskovice, z. s.",
        ),
        ("Výsledky pro Alfa Media s.r.o. chceme zobrazovat.", "Alfa Media s.r.o."),
        ("Prosím Moravská brána s.r.o. žádá o přístup.", "Moravská brána s.r.o."),
        ("Studio Alfa s.r.o. žádá o přístup.", "Studio Alfa s.r.o."),
        ("Jsme Česká regionální média a.s. a žádáme o přístup.", "Česká regionální média a.s."),
        (
            "Krajská knihovna Vysočiny, příspěvková organizace, žádá o přístup.",
            "Krajská knihovna Vysočiny, příspěvková organizace",
        ),
    ],
)
def test_legal_name_unchanged(text: str, want: str) -> None:
    assert legal_name_in(text) == want


def _org(text: str) -> dict[str, tuple[object, bool]]:
    x = extract(mail(body(text), sender="a@b.example"))
    return {k: (f.value, f.certain) for k, f in x.fields.items() if k.startswith("organization")}


@pytest.mark.parametrize(
    ("text", "name", "ico"),
    [
        # a unit of the university is the university; the university alone stays
        (
            "Dear team,\nthe Faculty of Arts of the University of Westbury asks for access.\n"
            "IP 192.0.2.1\nJane Roe\n",
            ("University of Westbury", False),
            None,
        ),
        (
            "Hello,\nthe University of Eastern Lakeland would like access.\nIP 192.0.2.1\nJane Roe\n",
            ("University of Eastern Lakeland", False),
            None,
        ),
        # "není" and "ale" that correct nothing of the applicant
        (
            "Dobrý den,\nžadatelem je Rádio Sever s.r.o., IČO 28123441, není to ale naše jediná "
            "stanice.\nIP 192.0.2.1\nJan Kos\n",
            ("Rádio Sever s.r.o.", True),
            ("28123441", True),
        ),
        (
            "Dobrý den,\nžádáme nejen za Deník Sever s.r.o., IČO 28123441. Nejde jen o web, ale i o "
            "rádio.\nIP 192.0.2.1\nJan Kos\n",
            ("Deník Sever s.r.o.", True),
            ("28123441", True),
        ),
        # a contact labelled as the applicant is no organisation's label
        (
            "Dobrý den,\nKontakt (žadatel): Jan Novák, 603 111 222\nFirma: Rádio Sever s.r.o.\n"
            "IČO 28123441\nIP 192.0.2.1\n",
            ("Rádio Sever s.r.o.", True),
            ("28123441", True),
        ),
        # a signature cell that is a place, not a group: the firm owns the IČO below (both
        # unsure: the certainty gate's signature check, a firm read off a signature)
        (
            "Dobrý den,\nIP 192.0.2.1\n\nJan Kos\nHorácké noviny s.r.o. | Jihlava\nIČO 28123441\n",
            ("Horácké noviny s.r.o.", False),
            ("28123441", False),
        ),
        # a greeting above a real letterhead
        (
            "Ahoj,\n\nposílám žádost.\n\nRádio Kobra s.r.o.\nIČO 28123441\nIP 192.0.2.1\n",
            ("Rádio Kobra s.r.o.", True),
            ("28123441", True),
        ),
    ],
)
def test_near_misses_unchanged(
    text: str, name: tuple[str, bool], ico: tuple[str, bool] | None
) -> None:
    got = _org(text)
    assert got["organization.name"] == name
    assert got.get("organization.ico") == ico


def test_office_message_without_quoted_original_reads_nothing() -> None:
    office = (
        b"From: podatelna@czso.cz\r\nTo: a@b.example\r\nSubject: Doplnte\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
        + "Dobrý den, doplňte IČO. Např. Alfa s.r.o., IČO 28123441.\r\nČeský statistický úřad\r\n".encode()
    )
    from intake.model import Component, ComponentRole

    att = Component("vyzva.eml", ComponentRole.ATTACHMENT, office, "message/rfc822")
    x = extract(
        mail(body("Dobrý den,\ndoplňuji IP 192.0.2.1.\nJan Kos\n"), att, sender="kos@b.example")
    )
    ico = x.fields.get("organization.ico")
    assert ico is None or ico.value != "28123441"
