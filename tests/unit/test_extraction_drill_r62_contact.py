"""A blind drill, sixty-second round, contact topic (issue 18): whole applications aimed at
the contact classes the fifty-ninth part missed. A Hungarian writer's contact line written
surname first ("NAGY Zsófia", "Kovács Eszter") beside a cover mail signed given name first,
and the other way round; Czech and Slovak names in capitals surname first as near misses. A
foreign number written nationally whose country only the address shows (an Irish Eircode, a
"Co. Limerick", "based in Cork") under a legal form ("Ltd") that many countries share; a New
Zealand address as a near miss. A note signed by a given name alone ("Díky / Tomáš / noční
redakce") in Czech, Slovak, English and German, beside a desk's signature and a full name
given elsewhere (near misses). A contact named by role ("Kontaktní osobou je náš technik")
in a signature listing several people. A forwarding note that corrects the forwarded
application's phone. Every message was labelled by ``tests/corpus/LABELS.md`` before
extraction ran on it; each is scored field by field as the corpus runner scores a case.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import Component, ParsedMessage
from tests.unit.docs import docx_bytes, pdf_bytes
from tests.unit.drill_helpers import FEED, REC, Label, drill_params, html_body, label, misses
from tests.unit.extraction_helpers import attachment, body, mail

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _m(text: str, sender: str, name: str, *extra: Component, subject: str = "Žádost") -> ParsedMessage:
    return mail(body(text), *extra, subject=subject, sender=sender, sender_name=name)


# --- A. A Hungarian name's order: the order of the line the contact is given on ---------

CASES["hu_docx_caps_contact_cover_given_first"] = (
    _m(
        "Dear Sir or Madam,\n\nplease find our application for the XML results feed attached."
        "\n\nBest regards\nBence Tóth\n",
        "tothb@pusztahir.example", "Tóth Bence",
        attachment("kerelem.docx", docx_bytes([
            "Pusztai Hírek Kft., Kecskemét",
            "Tárgy: hozzáférés az XML választási eredményekhez",
            "Éles szerver: 198.51.100.40",
            "Kapcsolattartó: TÓTH Bence, +36 30 512 7740, toth.bence@pusztahir.example",
        ])),
        subject="XML feed application",
    ),
    label(FEED, ("Pusztai Hírek Kft.", None, None), ["198.51.100.40"], [],
          ("Tóth Bence", "toth.bence@pusztahir.example", "+36305127740")),
)

CASES["hu_plain_contact_surname_first_sig_given_first"] = (
    _m(
        "Tisztelt Hivatal!\n\nA Tiszai Napló Kft. hozzáférést kér az XML eredményekhez.\n"
        "Éles IP: 203.0.113.21, teszt IP: 203.0.113.22\n"
        "Kapcsolattartó: Kovács Eszter, +36 20 414 5512\n\nÜdvözlettel\nEszter Kovács\n",
        "kovacs.eszter@tiszainaplo.example", "",
    ),
    label(FEED, ("Tiszai Napló Kft.", None, None), ["203.0.113.21"], ["203.0.113.22"],
          ("Kovács Eszter", "kovacs.eszter@tiszainaplo.example", "+36204145512")),
)

CASES["hu_contact_given_first_sig_surname_first"] = (
    _m(
        "Hello,\n\nDebreceni Hírek Zrt. would like access to the XML results feed.\n"
        "Production server: 198.51.100.44\n"
        "Contact: Péter Szabó, +36 30 227 1180\n\nRegards,\nSzabó Péter\n",
        "szabo.peter@debhir.example", "Szabó Péter",
    ),
    label(FEED, ("Debreceni Hírek Zrt.", None, None), ["198.51.100.44"], [],
          ("Péter Szabó", "szabo.peter@debhir.example", "+36302271180")),
)

CASES["hu_pdf_caps_contact_cover_given_first_filming"] = (
    _m(
        "Dear Sir or Madam,\n\nattached is our request for a filming permit.\n\nKind regards\n"
        "Boglárka Nagy\n",
        "nagy.boglarka@matratv.example", "Boglárka Nagy",
        attachment("forgatas.pdf", pdf_bytes([
            "Mátra Televízió Zrt., Gyöngyös",
            "Tárgy: forgatási engedély kérése a választás éjszakájára",
            "Kérjük, engedélyezzék stábunk számára a forgatást a prágai adatgyűjtő helyen.",
            "Kapcsolattartó: NAGY Boglárka, +36 1 488 2037, nagy.boglarka@matratv.example",
        ])),
        subject="Filming permit request",
    ),
    label(REC, ("Mátra Televízió Zrt.", None, None), [], [],
          ("Nagy Boglárka", "nagy.boglarka@matratv.example", "+3614882037")),
)

CASES["hu_html_caps_contact_only"] = (
    mail(
        html_body(
            "<p>Tisztelt Hivatal!</p><p>A Balatoni Hírportál Kft. hozzáférést kér az XML "
            "választási eredményekhez. Éles szerver: 192.0.2.61.</p>"
            "<p>Kapcsolattartó: HORVÁTH Réka, +36 70 318 4426</p>"
        ),
        subject="XML hozzáférés", sender="horvath.reka@balatonihir.example", sender_name="Horváth Réka",
    ),
    label(FEED, ("Balatoni Hírportál Kft.", None, None), ["192.0.2.61"], [],
          ("Horváth Réka", "horvath.reka@balatonihir.example", "+36703184426")),
)

CASES["hu_docx_table_caps_cover_given_first"] = (
    _m(
        "Good afternoon,\n\nour application is attached.\n\nThank you,\nLevente Szabó\n",
        "szabo.levente@alfoldiradio.example", "",
        attachment("application.docx", docx_bytes([
            "Alföldi Rádió Kft. – kérelem az XML eredményekhez",
            [["Éles IP", "198.51.100.52"],
             ["Kapcsolattartó", "SZABÓ Levente"],
             ["Telefon", "+36 30 945 2218"],
             ["E-mail", "szabo.levente@alfoldiradio.example"]],
        ])),
        subject="Application",
    ),
    label(FEED, ("Alföldi Rádió Kft.", None, None), ["198.51.100.52"], [],
          ("Szabó Levente", "szabo.levente@alfoldiradio.example", "+36309452218")),
)

CASES["hu_signature_surname_first_header_given_first"] = (
    _m(
        "Dear Sir or Madam,\n\nSzegedi Esti Hírek Kft. would like access to the XML feed from "
        "our server 203.0.113.80. Please reach me at +36 30 661 2054.\n\nBest regards\nNagy Zsófia\n",
        "nagy.zsofia@szegedesti.example", "Zsófia Nagy",
    ),
    label(FEED, ("Szegedi Esti Hírek Kft.", None, None), ["203.0.113.80"], [],
          ("Nagy Zsófia", "nagy.zsofia@szegedesti.example", "+36306612054")),
)

CASES["cz_near_caps_surname_first_sig_given_first"] = (
    _m(
        "Dobrý den,\n\nžádáme o přístup k XML výsledkům voleb pro server 192.0.2.90.\n"
        "Žadatel: Berounský týdeník s.r.o., IČO 92137458\n"
        "Kontaktní osoba: NOVÁK Jan, tel. 603 551 220\n\nS pozdravem\nJan Novák\n",
        "novak@berounskytydenik.example", "",
    ),
    label(FEED, ("Berounský týdeník s.r.o.", "92137458", None), ["192.0.2.90"], [],
          ("Jan Novák", "novak@berounskytydenik.example", "+420603551220")),
)

CASES["sk_near_caps_surname_first"] = (
    _m(
        "Dobrý deň,\n\nžiadame o prístup k XML výsledkom volieb.\nProdukčná IP adresa: 198.51.100.71\n"
        "Žiadateľ: Zemplínske noviny s.r.o.\nKontaktná osoba: KOVÁČ Peter, 0905 318 442\n\n"
        "S pozdravom\nPeter Kováč\n",
        "kovac@zemplinskenoviny.example", "",
    ),
    label(FEED, ("Zemplínske noviny s.r.o.", None, None), ["198.51.100.71"], [],
          ("Peter Kováč", "kovac@zemplinskenoviny.example", "+421905318442")),
)

# --- B. A foreign number written nationally: the country the address shows ---------------

CASES["ie_galway_eircode_mobile"] = (
    _m(
        "Hello,\n\nAtlantic Post Ltd would like access to the XML results feed for the Czech "
        "election.\n\nAtlantic Post Ltd\n5 Eyre Square, Galway\nH91 X2F4\n\n"
        "Production server 198.51.100.90.\n\nContact: Siobhán Keane, news editor, mobile 086 314 2207.\n"
        "\nThanks,\nSiobhán\n",
        "skeane@atlanticpost.example", "Siobhán Keane",
    ),
    label(FEED, ("Atlantic Post Ltd", None, None), ["198.51.100.90"], [],
          ("Siobhán Keane", "skeane@atlanticpost.example", "+353863142207")),
)

CASES["ie_dublin_eircode_landline"] = (
    _m(
        "Dear colleagues,\n\nwe request access to the XML feed of results from 203.0.113.140.\n\n"
        "Liffey Wire Ltd, 12 Dame Street, Dublin 2, D02 X285\n"
        "Contact person: Declan Byrne, tel. 01 677 0123\n\nRegards\nDeclan Byrne\n",
        "declan.byrne@liffeywire.example", "Declan Byrne",
    ),
    label(FEED, ("Liffey Wire Ltd", None, None), ["203.0.113.140"], [],
          ("Declan Byrne", "declan.byrne@liffeywire.example", "+35316770123")),
)

CASES["ie_based_in_cork_mobile"] = (
    _m(
        "Hi,\n\nRebel Digital Ltd is a news site based in Cork and we would like the XML "
        "results feed for our live blog. Our server is 192.0.2.201.\n\n"
        "Contact: Aoife Murphy, mobile 085 771 3409\n\nAoife Murphy\n",
        "aoife@rebeldigital.example", "Aoife Murphy",
    ),
    label(FEED, ("Rebel Digital Ltd", None, None), ["192.0.2.201"], [],
          ("Aoife Murphy", "aoife@rebeldigital.example", "+353857713409")),
)

CASES["ie_county_limerick_mobile"] = (
    _m(
        "Good morning,\n\nWest Limerick Echo Ltd asks for access to the XML results feed.\n"
        "Live: 198.51.100.150\n\nWest Limerick Echo Ltd, Main Street, Newcastle West, Co. Limerick\n"
        "Contact: Pádraig Collins, mobile 087 390 1122\n\nBest,\nPádraig Collins\n",
        "pcollins@wlecho.example", "Pádraig Collins",
    ),
    label(FEED, ("West Limerick Echo Ltd", None, None), ["198.51.100.150"], [],
          ("Pádraig Collins", "pcollins@wlecho.example", "+353873901122")),
)

CASES["ie_county_eircode_no_form"] = (
    _m(
        "Hello,\n\nMidlands Community Radio would like to film at the results centre on "
        "election night.\n\nMidlands Community Radio, Church Street, Athlone, Co. Westmeath, "
        "N37 A2B3, Ireland\nContact: Niamh Daly, mobile 083 114 5527\n\nNiamh Daly\n",
        "niamh@midlandsradio.example", "Niamh Daly",
    ),
    label(REC, ("Midlands Community Radio", None, None), [], [],
          ("Niamh Daly", "niamh@midlandsradio.example", "+353831145527")),
)

CASES["nz_near_auckland_ltd"] = (
    _m(
        "Kia ora,\n\nHarbour Times Ltd, 10 Queen Street, Auckland 1010, would like access to "
        "the XML results feed from 203.0.113.160.\n\nContact: Aroha Walker, mobile 021 234 5678\n"
        "\nNgā mihi\nAroha Walker\n",
        "aroha@harbourtimes.example", "Aroha Walker",
    ),
    label(FEED, ("Harbour Times Ltd", None, None), ["203.0.113.160"], [],
          ("Aroha Walker", "aroha@harbourtimes.example", "+64212345678")),
)

# --- C. A note signed by a given name alone ----------------------------------------------

CASES["cz_signed_given_name_only_desk"] = (
    _m(
        "Dobrý večer,\n\npíšu z noční směny: chtěli bychom výsledky voleb brát z vašeho XML. "
        "Stahovat bude server 192.0.2.77. Provozovatel je Rádio Pojizeří s.r.o., IČO 28220421.\n\n"
        "Díky moc\nPetra\nzpravodajská směna, Rádio Pojizeří\nmobil 604 228 913\n",
        "zpravy@radiopojizeri.example", "Zpravodajství",
    ),
    label(FEED, ("Rádio Pojizeří s.r.o.", "28220421", None), ["192.0.2.77"], [],
          ("Petra", "zpravy@radiopojizeri.example", "+420604228913")),
)

CASES["en_signed_given_name_only"] = (
    _m(
        "Hi,\n\nTyne Evening Post Ltd would like the XML results feed on election night; our "
        "server is 198.51.100.12.\n\nCheers,\nMike\nNight desk, Tyne Evening Post\n+44 191 496 0123\n",
        "nightdesk@tyneeveningpost.example", "Night Desk",
    ),
    label(FEED, ("Tyne Evening Post Ltd", None, None), ["198.51.100.12"], [],
          ("Mike", "nightdesk@tyneeveningpost.example", "+441914960123")),
)

CASES["sk_signed_given_name_only"] = (
    _m(
        "Dobrý deň,\n\nRádio Zemplín s.r.o., IČO 10778055, žiada o prístup k XML výsledkom volieb "
        "pre server 203.0.113.33.\n\nĎakujem\nZuzana\nspravodajstvo, Rádio Zemplín\n0905 318 442\n",
        "spravy@radiozemplin.example", "Spravodajstvo",
    ),
    label(FEED, ("Rádio Zemplín s.r.o.", "10778055", None), ["203.0.113.33"], [],
          ("Zuzana", "spravy@radiozemplin.example", "+421905318442")),
)

CASES["de_signed_given_name_only"] = (
    _m(
        "Guten Abend,\n\ndie Radio Erzgebirge GmbH bittet um Zugang zum XML-Ergebnisdienst für "
        "unseren Server 192.0.2.88.\n\nDanke\nKatrin\nNachtredaktion, Radio Erzgebirge\n"
        "Tel. +49 371 5123456\n",
        "nacht@radioerzgebirge.example", "Nachtredaktion",
    ),
    label(FEED, ("Radio Erzgebirge GmbH", None, None), ["192.0.2.88"], [],
          ("Katrin", "nacht@radioerzgebirge.example", "+493715123456")),
)

CASES["near_signed_by_desk_no_person"] = (
    _m(
        "Dobrý den,\n\nZpravodaj Podřipsko s.r.o., IČO 92315879, žádá o přístup k XML výsledkům "
        "pro server 198.51.100.99.\n\nS pozdravem\nRedakce Zpravodaje Podřipsko\ntel. 416 500 100\n",
        "redakce@podripsko.example", "Redakce",
    ),
    label(FEED, ("Zpravodaj Podřipsko s.r.o.", "92315879", None), ["198.51.100.99"], [],
          (None, "redakce@podripsko.example", "+420416500100")),
)

CASES["near_given_name_signer_full_name_given"] = (
    _m(
        "Dobrý den,\n\nžádáme o přístup k XML výsledkům voleb pro server 192.0.2.120.\n"
        "Mělnický deník s.r.o., IČO 90964551\nKontakt: Jana Malá, 603 412 887, mala@melnickydenik.example\n"
        "\nDíky\nJana\n",
        "redakce@melnickydenik.example", "Redakce",
    ),
    label(FEED, ("Mělnický deník s.r.o.", "90964551", None), ["192.0.2.120"], [],
          ("Jana Malá", "mala@melnickydenik.example", "+420603412887")),
)

CASES["near_given_name_signer_header_full_name"] = (
    _m(
        "Ahoj,\n\nposílám žádost o XML výsledky pro Rádio Kokořín s.r.o., IČO 70449635, "
        "server 203.0.113.57.\n\nDíky\nTomáš\nmobil 731 220 914\n",
        "broz@radiokokorin.example", "Tomáš Brož",
    ),
    label(FEED, ("Rádio Kokořín s.r.o.", "70449635", None), ["203.0.113.57"], [],
          ("Tomáš Brož", "broz@radiokokorin.example", "+420731220914")),
)

# --- D. A contact named by role in a signature of several people --------------------------

CASES["cz_role_pointer_spravce_site"] = (
    _m(
        "Dobrý den,\nžádáme o přístup k výsledkům voleb. Produkční 198.51.100.170, testovací "
        "198.51.100.171. Kontaktní osobou je náš správce sítě.\n\n"
        "Hradecký kurýr s.r.o., IČO 94329095\n"
        "Karel Dvořák, jednatel, 491 600 100\n"
        "Pavel Šťastný, správce sítě, stastny@hradeckykuryr.example, 491 600 112\n"
        "Eva Malá, redaktorka, 491 600 130\n",
        "redakce@hradeckykuryr.example", "Redakce",
    ),
    label(FEED, ("Hradecký kurýr s.r.o.", "94329095", None), ["198.51.100.170"], ["198.51.100.171"],
          ("Pavel Šťastný", "stastny@hradeckykuryr.example", "+420491600112")),
)

CASES["en_role_pointer_it_manager"] = (
    _m(
        "Hello,\n\nNorth Sea Courier Ltd asks for access to the XML results feed from "
        "203.0.113.180. The contact person is our IT manager (listed below).\n\n"
        "Jane Roe, editor-in-chief, jane@northseacourier.example\n"
        "Tom Hill, IT manager, tom.hill@northseacourier.example, +44 191 496 0456\n"
        "Amy Fox, reporter, amy@northseacourier.example\n",
        "office@northseacourier.example", "North Sea Courier",
    ),
    label(FEED, ("North Sea Courier Ltd", None, None), ["203.0.113.180"], [],
          ("Tom Hill", "tom.hill@northseacourier.example", "+441914960456")),
)

CASES["sk_role_pointer_technik"] = (
    _m(
        "Dobrý deň,\nžiadame o prístup k XML výsledkom volieb pre server 192.0.2.210. "
        "Kontaktnou osobou je náš technik.\n\nNitrianske listy s.r.o.\n"
        "Mária Horná, šéfredaktorka, 037 650 1100\n"
        "Juraj Kollár, technik, kollar@nitrianskelisty.example, 037 650 1120\n",
        "redakcia@nitrianskelisty.example", "Redakcia",
    ),
    label(FEED, ("Nitrianske listy s.r.o.", None, None), ["192.0.2.210"], [],
          ("Juraj Kollár", "kollar@nitrianskelisty.example", "+421376501120")),
)

CASES["near_role_pointer_first_listed"] = (
    _m(
        "Dobrý den,\nžádáme o přístup k XML výsledkům pro server 198.51.100.190. Kontaktní "
        "osobou je šéfredaktorka.\n\nChrudimský posel s.r.o., IČO 99302322\n"
        "Lenka Horáková, šéfredaktorka, horakova@chrudimskyposel.example, 469 600 200\n"
        "Martin Beneš, technik, 469 600 210\n",
        "redakce@chrudimskyposel.example", "Redakce",
    ),
    label(FEED, ("Chrudimský posel s.r.o.", "99302322", None), ["198.51.100.190"], [],
          ("Lenka Horáková", "horakova@chrudimskyposel.example", "+420469600200")),
)

CASES["cz_listed_staff_ordinal_pointer"] = (
    _m(
        "Dobrý den,\nžádáme o přístup k výsledkům voleb, server 203.0.113.90. Kontaktní osobou je "
        "náš grafik (třetí níže).\n\nOrlický týdeník s.r.o., IČO 92526861\n"
        "Jiří Kubát, jednatel, 494 300 100\n"
        "Hana Vondrová, redaktorka, vondrova@orlickytydenik.example, 494 300 120\n"
        "Ondřej Mach, grafik, mach@orlickytydenik.example, 494 300 125\n"
        "Petra Sobotková, inzerce, 494 300 140\n",
        "redakce@orlickytydenik.example", "Redakce",
    ),
    label(FEED, ("Orlický týdeník s.r.o.", "92526861", None), ["203.0.113.90"], [],
          ("Ondřej Mach", "mach@orlickytydenik.example", "+420494300125")),
)

CASES["en_listed_staff_ordinal_pointer"] = (
    _m(
        "Hello,\nWessex Gazette Ltd asks for the XML results feed for 198.51.100.210. Our contact "
        "is the technician (second below).\n\n"
        "Laura Price, editor, +44 117 496 0100\n"
        "Owen Hughes, technician, owen.hughes@wessexgazette.example, +44 117 496 0155\n",
        "desk@wessexgazette.example", "Wessex Gazette",
    ),
    label(FEED, ("Wessex Gazette Ltd", None, None), ["198.51.100.210"], [],
          ("Owen Hughes", "owen.hughes@wessexgazette.example", "+441174960155")),
)

CASES["cz_listed_staff_role_see_signature"] = (
    _m(
        "Dobrý den,\nžádáme o XML výsledky voleb pro server 192.0.2.230. Kontaktní osobou bude "
        "náš technik (viz podpis).\n\nJizerské noviny s.r.o., IČO 56705883\n"
        "Marta Šindelářová, šéfredaktorka, 481 500 100\n"
        "Lukáš Bartoš, technik, bartos@jizerskenoviny.example, 481 500 118\n",
        "redakce@jizerskenoviny.example", "Redakce",
    ),
    label(FEED, ("Jizerské noviny s.r.o.", "56705883", None), ["192.0.2.230"], [],
          ("Lukáš Bartoš", "bartos@jizerskenoviny.example", "+420481500118")),
)

CASES["near_listed_staff_labelled_contact"] = (
    _m(
        "Dobrý den,\nžádáme o XML výsledky voleb pro server 198.51.100.240.\n"
        "Kontakt: Radek Štěpánek, stepanek@vysockelisty.example, 565 300 150\n\n"
        "Vysocké listy s.r.o., IČO 11071389\n"
        "Ivana Kalinová, šéfredaktorka, 565 300 100\n"
        "Radek Štěpánek, technik, stepanek@vysockelisty.example, 565 300 150\n",
        "redakce@vysockelisty.example", "Redakce",
    ),
    label(FEED, ("Vysocké listy s.r.o.", "11071389", None), ["198.51.100.240"], [],
          ("Radek Štěpánek", "stepanek@vysockelisty.example", "+420565300150")),
)


# --- E. A forwarding note correcting the forwarded application's phone --------------------

CASES["cz_forward_note_corrects_phone"] = (
    _m(
        "Dobrý den, přeposílám žádost paní Malé. Její nové číslo je 608 222 111, v žádosti "
        "je uvedeno staré.\n\nS pozdravem\nasistentka\n\n"
        "---------- Forwarded message ---------\n"
        "From: Eva Malá <mala@kolinskyzpravodaj.example>\n"
        "Subject: žádost o přístup\n\n"
        "Kolínský zpravodaj s.r.o. (IČO 15774350) žádá o XML výsledky.\n"
        "Produkce 203.0.113.230, test 203.0.113.231.\nEva Malá, 608 000 999\n",
        "asistentka@kolinskyzpravodaj.example", "", subject="Fw: žádost o přístup",
    ),
    label(FEED, ("Kolínský zpravodaj s.r.o.", "15774350", None), ["203.0.113.230"], ["203.0.113.231"],
          ("Eva Malá", "mala@kolinskyzpravodaj.example", "+420608222111")),
)


XFAIL: dict[str, str] = {
    "ie_county_eircode_no_form": "an organisation without a legal form whose first word is a"
    " place ('Midlands Community Radio') is read without it (flagged; the organisation topic's)",
}
WRONG_AND_CERTAIN: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill_r62_contact(p: ParsedMessage, want: Label) -> None:
    assert misses(p, want) == []


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, WRONG_AND_CERTAIN))
def test_drill_r62_contact_never_wrong_and_certain(p: ParsedMessage, want: Label) -> None:
    """Every message, read right or not: no wrong value is presented as certain."""
    assert [m for m in misses(p, want) if m.endswith("(certain=True)")] == []
