"""The organisation, twelfth round (issue 18): a clause about how one works is never a name
(a freelancer is their own organisation); a university's faculty or department is no part of
the applicant's name (the university is the legal person); of two spellings of one
name, the one with diacritics. Wording, formats and names are the tests' own, none a corpus
case."""

from __future__ import annotations

import pytest

from tests.unit.extraction_helpers import body as _body
from tests.unit.extraction_helpers import certain
from tests.unit.extraction_helpers import extract as _x
from tests.unit.extraction_helpers import mail as _mail
from tests.unit.extraction_helpers import text_file as _text_file

_IP = "\nProduction IP: 192.0.2.10\n"


def _org(text: str, *attachments: str) -> str | None:
    files = [_text_file(f"a{i}.txt", a) for i, a in enumerate(attachments)]
    x = _x(_mail(_body(text + _IP), *files, sender="x@posta.example"))
    value = x.fields.get("organization.name")
    return value.value if value is not None else None


# ------------------------------ how one works is no name ---------------------------------
# A sentence saying how the writer works (a trade licence, self-employed, on their own
# account) before their IČO names no organisation: the freelancer is their own organisation,
# their own name.


@pytest.mark.parametrize(
    ("text", "person"),
    [
        pytest.param(
            "Dobrý den, píšu zprávy o obcích na Šumavě.\nPodnikám jako OSVČ, IČO 27082440.\n\nS pozdravem\nLibor Kratochvíl",
            "Libor Kratochvíl",
            id="cs-osvc-clause",
        ),
        pytest.param(
            "Dobry den, delam web o volbach.\nPodnikam na zivnostensky list (ICO 27082440).\n\nS pozdravem\nLibor Kratochvil",
            "Libor Kratochvil",
            id="cs-ascii-trade-licence",
        ),
        pytest.param(
            "Dobrý deň, píšem o voľbách na Orave.\nPracujem na živnosť, IČO 27082440.\n\nS pozdravom\nMatúš Hrnčiar",
            "Matúš Hrnčiar",
            id="sk-zivnost",
        ),
        pytest.param(
            "Hello, I write about local politics.\nI work as a sole trader, Company ID 27082440.\n\nBest\nOwen Marsh",
            "Owen Marsh",
            id="en-sole-trader",
        ),
        pytest.param(
            "Guten Tag, ich berichte über Wahlen.\nIch arbeite auf eigene Rechnung, IČO 27082440.\n\nMit freundlichen Grüßen\nLena Vogt",
            "Lena Vogt",
            id="de-eigene-rechnung",
        ),
        pytest.param(
            "Dzień dobry, piszę o wyborach.\nPracuję na własny rachunek, IČO 27082440.\n\nPozdrawiam\nPiotr Zając",
            "Piotr Zając",
            id="pl-wlasny-rachunek",
        ),
        pytest.param(
            "Hi, I run a small election blog.\nSelf-employed (IČO 27082440), so no company name.\n\nCheers\nNora Quinn",
            "Nora Quinn",
            id="en-self-employed",
        ),
        pytest.param(
            "Dobrý den,\n| Žadatel | Fotograf na volné noze |\n| IČO | 27082440 |\n\nEva Lánská",
            "Eva Lánská",
            id="cs-table-volna-noha",
        ),
        pytest.param(
            "Bonjour, je couvre les élections.\nJe travaille à mon compte, IČO 27082440.\n\nCordialement\nLuc Morel",
            "Luc Morel",
            id="fr-a-mon-compte",
        ),
    ],
)
def test_how_one_works_is_no_name_the_freelancer_is(text: str, person: str) -> None:
    assert _org(text) == person


# ------------------------------ a university's unit ---------------------------------------
# The legal person is the university: a faculty, department, chair or desk named before it
# ("X of Univerzita Y", "X, Univerzita Y", "X der Universität Y") is no part of the name.


@pytest.mark.parametrize(
    ("text", "org"),
    [
        pytest.param(
            "Dear colleagues, the Faculty of Law of Univerzita Horní Pootaví (IČO 27082440) asks for XML.",
            "Univerzita Horní Pootaví",
            id="en-faculty-of-czech-university",
        ),
        pytest.param(
            "Dobry den, Katedra mediálních studií, Univerzita Dolni Pomoravi (ICO 27082440) zada o XML.",
            "Univerzita Dolni Pomoravi",
            id="cs-ascii-department-comma",
        ),
        pytest.param(
            "Guten Tag, der Lehrstuhl für Medien der Universität Elbtal (IČO 27082440) bittet um XML.",
            "Universität Elbtal",
            id="de-lehrstuhl-der-universitat",
        ),
        pytest.param(
            "Dzień dobry, Wydział Dziennikarstwa, Uniwersytet Nadwiślański (IČO 27082440) prosi o XML.",
            "Uniwersytet Nadwiślański",
            id="pl-wydzial-comma",
        ),
        pytest.param(
            "Hello, the Data Desk of Univerzita Západní Haná (IČO 27082440) would like XML access.",
            "Univerzita Západní Haná",
            id="en-desk-of-university",
        ),
        pytest.param(
            "Our lab at the Department of Media of Univerzita Západní Haná (IČO 27082440) asks for XML.",
            "Univerzita Západní Haná",
            id="en-department-of-czech-university",
        ),
        pytest.param(
            "The Institute of Politics of Universität Oberland (IČO 27082440) asks for XML access.",
            "Universität Oberland",
            id="en-institute-of-german-university",
        ),
        pytest.param(
            "Katedra žurnalistiky, Univerzita Dolní Pomoraví (IČO 27082440) žádá o XML.",
            "Univerzita Dolní Pomoraví",
            id="cs-department-comma-university",
        ),
    ],
)
def test_the_university_is_the_applicant_not_its_unit(text: str, org: str) -> None:
    assert (_org(text) or "").casefold() == org.casefold()


# ------------------------------ the fuller spelling --------------------------------------
# One name written with and without diacritics (a hasty mail, a form, an attachment): the
# spelling with diacritics is how the name is written.


@pytest.mark.parametrize(
    ("text", "attachment", "org"),
    [
        pytest.param(
            "Posilam IP, Radio Pootavi s.r.o.", "Žadatel: Rádio Pootaví s.r.o.\nIČO 27082440", "Rádio Pootaví s.r.o.",
            id="cs-body-ascii-attachment-marks",
        ),
        pytest.param(
            "Zdravim, za Zpravodaj Lomnicka a.s. posilam adresy.", "Zpravodaj Lomnická a.s.\nIČO 27082440",
            "Zpravodaj Lomnická a.s.", id="cs-signature-file",
        ),
        pytest.param(
            "Posielam IP za Dennik Zahorie s.r.o.", "Denník Záhorie s.r.o., IČO 27082440", "Denník Záhorie s.r.o.",
            id="sk-daily",
        ),
        pytest.param(
            "Zurcher Blatt AG sends its IPs.", "Zürcher Blatt AG, Bahnhofstrasse 1", "Zürcher Blatt AG",
            id="de-umlaut",
        ),
        pytest.param(
            "W zalaczniku IP dla Gazeta Slaska sp. z o.o.", "Gazeta Śląska sp. z o.o.", "Gazeta Śląska sp. z o.o.",
            id="pl-ogonek",
        ),
        pytest.param(
            "IP za firmu TELEVIZE ZAPAD s.r.o. v příloze.", "Televize Západ s.r.o. | IČO 27082440", "Televize Západ s.r.o.",
            id="cs-capitals-and-title-case",
        ),
        pytest.param(
            "Hello, the addresses for Kozep Media Kft. follow.", "Közép Média Kft.", "Közép Média Kft.",
            id="hu-accents",
        ),
        pytest.param(
            "Zasilame IP, Horacko Dnes, z.s.", "| Organizace | Horácko Dnes, z.s. |", "Horácko Dnes, z.s.",
            id="cs-table-cell",
        ),
    ],
)
def test_of_two_spellings_the_one_with_diacritics(text: str, attachment: str, org: str) -> None:
    assert (_org(text, attachment) or "").casefold() == org.casefold()


@pytest.mark.parametrize(
    ("text", "org"),
    [
        pytest.param("Žadatel: Freie Presse Lausitz GmbH\nBitte um XML.", "Freie Presse Lausitz GmbH", id="de-freie-name"),
        pytest.param("Žadatel: Nezávislý Hlas, z.s.\nŽádáme o XML.", "Nezávislý Hlas, z.s.", id="cs-adjective-name"),
    ],
)
def test_a_name_with_such_a_word_stays_a_name(text: str, org: str) -> None:
    assert (_org(text) or "").casefold() == org.casefold()


# ------------------------------ a contractor writes for its client -----------------------
# An IT contractor or an agency writing on behalf of its client names its own firm (and
# IČO) and the client's: the applicant is the client, wherever the sentence wraps.


@pytest.mark.parametrize(
    ("text", "org"),
    [
        pytest.param(
            "Dobrý den,\nnaše firma Bitovna s.r.o. (IČO 27082440) spravuje servery Hlasu Posázaví. Jménem\n"
            "našeho klienta, vydavatelství Posázavský hlas a.s., žádáme o přístup k XML.",
            "Posázavský hlas a.s.",
            id="cs-wrapped-client-apposition",
        ),
        pytest.param(
            "Dobry den,\njsme Kodovna s.r.o. a v zastoupeni\nnaseho klienta Radio Brdy s.r.o. zadame o XML.",
            "Radio Brdy s.r.o.",
            id="cs-ascii-v-zastoupeni-wrapped",
        ),
        pytest.param(
            "Hello,\nwe at Pixel Forge Ltd administer the servers of our client and, on behalf of\n"
            "our client Moorland Radio Ltd, ask for XML access.",
            "Moorland Radio Ltd",
            id="en-on-behalf-wrapped",
        ),
        pytest.param(
            "Guten Tag,\ndie Netzwerk Nord GmbH betreut die Technik. Im Auftrag der\n"
            "Elbtal Rundfunk GmbH beantragen wir den XML-Zugang.",
            "Elbtal Rundfunk GmbH",
            id="de-im-auftrag-der",
        ),
        pytest.param(
            "Dzień dobry,\nfirma Serwerownia sp. z o.o. pisze w imieniu\nRadio Podhale sp. z o.o. z prośbą o XML.",
            "Radio Podhale sp. z o.o.",
            id="pl-w-imieniu",
        ),
        pytest.param(
            "Dobrý den,\nagentura Most Media, s.r.o. podává žádost, žadatelem je\nVltavská televize a.s.",
            "Vltavská televize a.s.",
            id="cs-zadatelem-je-wrapped",
        ),
        pytest.param(
            "Dobrý deň,\nnaša spoločnosť Servis IT s.r.o. v mene\nnášho klienta Rádio Hron s.r.o. žiada o XML.",
            "Rádio Hron s.r.o.",
            id="sk-v-mene-klienta",
        ),
        pytest.param(
            "Bonjour,\nla société Réseau Ouest SARL écrit pour le compte de\nRadio Loire SARL pour l'accès XML.",
            "Radio Loire SARL",
            id="fr-pour-le-compte-de",
        ),
        pytest.param(
            "Hi,\nHostly Ltd runs the machines; the applicant is\nFenland Gazette Ltd, who will use the feed.",
            "Fenland Gazette Ltd",
            id="en-the-applicant-is",
        ),
    ],
)
def test_a_contractor_writing_for_its_client_the_client_applies(text: str, org: str) -> None:
    assert (_org(text) or "").casefold() == org.casefold()


def test_the_client_chosen_over_the_writer_stays_flagged() -> None:
    x = _x(_mail(_body("Jsme Bitovna s.r.o. a jménem\nnašeho klienta Radio Brdy s.r.o. žádáme o XML." + _IP)))
    assert not certain(x, "organization.name")


# ------------------------------ a name written in lower case -----------------------------
# A hasty phone mail writes everything in lower case: a name with its legal form right
# before its IČO is still the organisation, as written, never for certain.


@pytest.mark.parametrize(
    ("text", "org"),
    [
        pytest.param("dobry den posilam ip 192.0.2.10 radio jih s.r.o. ico 27082440 jana mala", "radio jih s.r.o.", id="cs-ascii-one-line"),
        pytest.param("dobrý den, ip 192.0.2.10.\nrádio jih s.r.o., ičo 27082440\njana malá", "rádio jih s.r.o.", id="cs-own-line"),
        pytest.param("zdravim posielam ip 192.0.2.10 tv zahorie a.s. ico: 27082440 dik", "tv zahorie a.s.", id="sk-colon"),
        pytest.param("ip 192.0.2.10; noviny pod horami spol. s r.o. ič 27082440", "noviny pod horami spol. s r.o.", id="cs-spol-ic"),
        pytest.param("hi ip is 192.0.2.10 fenland gazette ltd company id 27082440 thx", "fenland gazette ltd", id="en-company-id"),
        pytest.param("posilam za hlas pootavi z.s. ico 27082440 ip 192.0.2.10", "hlas pootavi z.s.", id="cs-za-before"),
        pytest.param("dobry den\n| ip | 192.0.2.10 |\n| radio brdy s.r.o. | ico 27082440 |", "radio brdy s.r.o.", id="cs-table-row"),
        pytest.param("ahoj, firma kodovna a.s. ico 27082440, ip 192.0.2.10", "kodovna a.s.", id="cs-firma-before"),
    ],
)
def test_a_lower_case_name_before_its_ico_is_the_organisation(text: str, org: str) -> None:
    x = _x(_mail(_body(text), sender="x@posta.example"))
    value = x.fields.get("organization.name")
    assert value is not None and value.value.casefold() == org.casefold()
    assert not value.certain


# ------------------------------ a freelancer said so earlier -----------------------------
# A short reply quoting the applicant's own earlier message, where they said they work on
# their own and gave their name: the freelancer is still the applicant (never for certain).

_REPLY = "Dobrý den,\n{new}\n{sign}\n\nDne 3. 3. 2025 v 9:00 {sign} napsal(a):\n{quoted}\n"


@pytest.mark.parametrize(
    ("new", "sign", "quoted", "person"),
    [
        pytest.param("pište mi prosím už na novou adresu vlcek@nova.example.", "J. Vlček", "> Dobrý den, jsem OSVČ Jakub Vlček a žádám o XML.\n> IP 192.0.2.10", "Jakub Vlček", id="cs-osvc-name"),
        pytest.param("piste mi uz na vlcek@nova.example, stara schranka konci.", "J. Vlcek", "> Dobry den, jsem na volne noze Jakub Vlcek, zadam o XML.\n> IP 192.0.2.10", "Jakub Vlcek", id="cs-ascii-volna-noha"),
        pytest.param("please write to my new address berg@new.example from now on.", "A. Berg", "> Hello, freelance reporter Anna Berg here, asking for XML.\n> IP 192.0.2.10", "Anna Berg", id="en-freelance-reporter"),
        pytest.param("my old mailbox closes, use holm@new.example.", "T. Holm", "> Hi, I am a freelancer Tor Holm and need the XML.\n> IP 192.0.2.10", "Tor Holm", id="en-freelancer"),
        pytest.param("odpovídejte prosím na sykora@nova.example.", "M. Sýkora", "> Dobrý den, jako nezávislý novinář Marek Sýkora žádám o XML.\n> IP 192.0.2.10", "Marek Sýkora", id="cs-nezavisly-novinar"),
        pytest.param("odpovedajte mi prosím na hudec@nova.example.", "P. Hudec", "> Dobrý deň, som nezávislý reportér Pavol Hudec, žiadam o XML.\n> IP 192.0.2.10", "Pavol Hudec", id="sk-nezavisly-reporter"),
        pytest.param("kindly reply to novak@new.example instead.", "L. Novak", "> Good morning, self-employed journalist Lena Novak, requesting XML.\n> IP 192.0.2.10", "Lena Novak", id="en-self-employed-journalist"),
        pytest.param("moje nová adresa je kolar@nova.example.", "R. Kolář", "> Dobrý den, píšu jako OSVČ (Radim Kolář, bez firmy) o XML.\n> IP 192.0.2.10", "Radim Kolář", id="cs-osvc-bracket"),
    ],
)
def test_a_freelancer_in_the_quoted_own_message_is_the_applicant(new: str, sign: str, quoted: str, person: str) -> None:
    text = _REPLY.format(new=new, sign=sign, quoted=quoted)
    x = _x(_mail(_body(text), sender="x@posta.example", subject="Re: XML"))
    value = x.fields.get("organization.name")
    assert value is not None and value.value == person
    assert not value.certain


# ------------------------------ a letter headed by its sender's address ------------------
# A letter or form whose first line is a name and a postal address names its sender: a
# business name (a trade word after a person's name too) is the organisation, unsure.


@pytest.mark.parametrize(
    ("letter", "org"),
    [
        pytest.param("Maya Finch Photography, 22 Harbour Road, Leeds, UK\nRequest to photograph on election night.", "Maya Finch Photography", id="en-photography"),
        pytest.param("Foto Lipa, Lipová 12, Tábor\nŽádost o povolení fotografovat na přebíracím místě.", "Foto Lipa", id="cs-foto-street"),
        pytest.param("Studio Vrba, Husova 3, 370 01 České Budějovice\nŽádost o přístup k XML.", "Studio Vrba", id="cs-studio-postcode"),
        pytest.param("Anna Kos Produkcja, Długa 5, Gdańsk\nProsimy o zgodę na filmowanie.", "Anna Kos Produkcja", id="pl-produkcja"),
        pytest.param("Nordlicht Film, Hauptstraße 8, Dresden\nWir beantragen eine Drehgenehmigung.", "Nordlicht Film", id="de-film"),
        pytest.param("Hlas Podhůří, Náměstí 1, Jeseník\nŽádáme o XML výsledky.", "Hlas Podhůří", id="cs-newsletter"),
        pytest.param("Rádio Rožnava, Šafárikova 14, Rožňava\nŽiadame o prístup k XML.", "Rádio Rožnava", id="sk-radio"),
        pytest.param("Tom Reed Video, 9 Station Street, York\nWe ask for a permit to film.", "Tom Reed Video", id="en-video"),
    ],
)
def test_a_letter_headed_by_name_and_address_names_the_sender(letter: str, org: str) -> None:
    text = "Dobrý den, žádost je v příloze.\nS pozdravem\nIva Nová"
    x = _x(_mail(_body(text), _text_file("letter.txt", letter + "\nKontakt: Iva Nová, 603 123 456"), sender="x@posta.example"))
    value = x.fields.get("organization.name")
    assert value is not None and value.value == org
    assert not value.certain


def test_a_person_heading_a_letter_is_no_business_name() -> None:
    letter = "Iva Nová, Lipová 12, Tábor\nŽádám o přístup k XML.\nKontakt: Iva Nová, 603 123 456"
    x = _x(_mail(_body("Dobrý den, žádost v příloze."), _text_file("letter.txt", letter), sender="x@posta.example"))
    value = x.fields.get("organization.name")
    assert value is None or value.value == "Iva Nová"
