"""Contact person, thirty-fourth round (issue 18), helper r34-who.

Listed misses:

* cb011: a mail from the agent, signed by her, with a power of attorney attached ("Rozhlas
  Brdy s.r.o., …, zastoupená jednatelem Ing. Karlem Stejskalem (tel. …), zmocňuje paní
  Elišku Navrátilovou …"): the "zastoupená …" clause was read as a contact sentence, so the
  statutory body granting the power (and his phone) became the contact.
* cb035: an IT contractor's note "kontaktujte prosím přímo paní Kalinovou" forwarding the
  client's message signed "Martina Kalinová": the surname in the accusative stayed as
  written, as the full name was looked up for the surname in the nominative only.

Classes fixed:

1. In a document granting a power of attorney ("zmocňuje", "plná moc", "hereby authorises",
   "bevollmächtigt", "splnomocňuje") the representative of "zastoupená …" / "represented by
   …" is the principal's statutory body, not the contact; unless represented by the power
   itself ("zastoupená na základě plné moci …", "zmocněncem").
2. A contact named by a surname in an oblique case ("paní Kalinovou", "panem Šimkem", "paní
   Horákové", "pana Procházku") is the one full name the message writes with that surname in
   the nominative, also in a forwarded or attached message; the verb's adverbs ("přímo",
   "rovnou", "directly") do not hide the form of address.

The drill's messages were labelled by ``tests/corpus/LABELS.md`` before any extraction was
run on them; wording and names are the tests' own, none a corpus case."""

from __future__ import annotations

import pytest

from intake.model import Component
from tests.unit.extraction_helpers import body, extract, mail, text_file

# (id, wanted person, wanted phone or None (not checked), sender's name, components)
_Case = tuple[str, str, str | None, str, tuple[Component, ...]]

_POWER: list[_Case] = [
    (
        "a01-cs-obec-zmocnuje-pana",
        "Ondřej Musil",
        "+420731222456",
        "Ondřej Musil",
        (
            body(
                "Dobrý den,\n\njménem obce Dolní Lhota žádám o přístup k výsledkům voleb ve formátu XML "
                "z adresy 203.0.113.41. Pověření od pana starosty je v příloze.\n\nS pozdravem\n\n"
                "Ondřej Musil\nIT správce obce\n731 222 456\n"
            ),
            text_file(
                "povereni.txt",
                "PLNÁ MOC\n\nObec Dolní Lhota, IČO 00231456, se sídlem Dolní Lhota 1, zastoupená starostou "
                "Mgr. Pavlem Kratochvílem, tel. 565 432 100, tímto zmocňuje pana Ondřeje Musila, "
                "nar. 3. 2. 1990, k podání žádosti o přístup k volebním výsledkům.\n\n"
                "V Dolní Lhotě dne 2. 9. 2025\n\nMgr. Pavel Kratochvíl, starosta\n",
            ),
        ),
    ),
    (
        "a02-cs-inline-power-after-request",
        "Hana Šindelářová",
        "+420605118244",
        "Hana Šindelářová",
        (
            body(
                "Dobrý den,\n\nžádáme o zřízení přístupu k XML výsledkům pro Kraslický zpravodaj s.r.o. "
                "(IČO 27451239), adresa serveru 198.51.100.77.\n\nPlnou moc vkládám níže:\n\n"
                "Kraslický zpravodaj s.r.o., IČO 27451239, zastoupený jednatelem Ing. Tomášem Hrubešem, "
                "zmocňuje paní Hanu Šindelářovou k jednání s Českým statistickým úřadem ve věci přístupu "
                "k výsledkům voleb.\nIng. Tomáš Hrubeš, jednatel\n\nDěkuji,\nHana Šindelářová\n"
                "redakce, tel. 605 118 244\n"
            ),
        ),
    ),
    (
        "a03-en-represented-by-director-authorises",
        "Emily Clarke",
        "+447700900456",
        "Emily Clarke",
        (
            body(
                "Dear Sir or Madam,\n\nplease find attached our application for the XML results feed; "
                "our server is 192.0.2.61. The letter of authority from our director is attached too.\n\n"
                "Kind regards,\nEmily Clarke\nNewsdesk engineer, Harbour Radio Ltd\n+44 7700 900456\n"
            ),
            text_file(
                "authority.txt",
                "LETTER OF AUTHORITY\n\nHarbour Radio Ltd, company no. 08812345, represented by its managing "
                "director John Barker (tel. +44 20 7946 0123), hereby authorises Ms Emily Clarke to submit "
                "the application for access to the election results and to act in all related matters.\n\n"
                "John Barker, Managing Director\n",
            ),
        ),
    ),
    (
        "a04-cs-power-zastoupena-predsedou-spolek",
        "Lukáš Beran",
        "+420777301552",
        "Lukáš Beran",
        (
            body(
                "Dobrý den,\n\nza spolek Nezávislé listy Vysočiny posílám žádost o XML feed, IP 203.0.113.150. "
                "Předseda spolku mě k tomu pověřil, přikládám plnou moc.\n\nLukáš Beran\n777 301 552\n"
            ),
            text_file(
                "plna_moc.txt",
                "Plná moc\n\nNezávislé listy Vysočiny, z. s., IČO 22671391, zastoupený předsedou výboru "
                "PhDr. Jiřím Novotným (mobil 602 909 808), uděluje plnou moc panu Lukáši Beranovi "
                "k podání žádosti a ke všem souvisejícím úkonům.\n\nPhDr. Jiří Novotný\npředseda\n"
                "Plnou moc přijímám: Lukáš Beran\n",
            ),
        ),
    ),
    (
        "a05-sk-splnomocnenie",
        "Zuzana Kováčová",
        "+421905123456",
        "Zuzana Kováčová",
        (
            body(
                "Dobrý deň,\n\nv mene spoločnosti Záhorie Media s.r.o. žiadam o prístup k výsledkom volieb "
                "vo formáte XML, adresa 198.51.100.201. Splnomocnenie od konateľa prikladám.\n\n"
                "S pozdravom\nZuzana Kováčová\n+421 905 123 456\n"
            ),
            text_file(
                "splnomocnenie.txt",
                "SPLNOMOCNENIE\n\nZáhorie Media s.r.o., IČO 46512378, zastúpená konateľom Ing. Jánom Hudákom, "
                "tel. 034 651 2200, splnomocňuje pani Zuzanu Kováčovú na podanie žiadosti.\n\n"
                "Ing. Ján Hudák, konateľ\n",
            ),
        ),
    ),
    (
        "a06-de-vollmacht",
        "Anna Schulz",
        "+4915112345678",
        "Anna Schulz",
        (
            body(
                "Sehr geehrte Damen und Herren,\n\nhiermit beantrage ich für die Stadtfunk GmbH den Zugang "
                "zum XML-Ergebnisdienst (Server 192.0.2.93). Die Vollmacht unseres Geschäftsführers liegt "
                "bei.\n\nMit freundlichen Grüßen\nAnna Schulz\nTechnik, Stadtfunk GmbH\nMobil +49 151 12345678\n"
            ),
            text_file(
                "vollmacht.txt",
                "VOLLMACHT\n\nDie Stadtfunk GmbH, vertreten durch den Geschäftsführer Herrn Thomas Berger, "
                "Tel. +49 30 901820, bevollmächtigt hiermit Frau Anna Schulz, den Antrag auf Zugang zu den "
                "Wahlergebnissen zu stellen.\n\nThomas Berger, Geschäftsführer\n",
            ),
        ),
    ),
    (
        "a07-cs-zastoupena-reditelem-agent-no-signature-phone",
        "Petra Vojtíšková",
        None,
        "Petra Vojtíšková",
        (
            body(
                "Dobrý den, v příloze zasílám žádost a plnou moc. IP adresa našeho serveru je 203.0.113.8.\n\n"
                "Petra Vojtíšková\nasistentka ředitele\n"
            ),
            text_file(
                "plna_moc_vojtiskova.txt",
                "PLNÁ MOC\nMěstské kulturní středisko Hlinsko, příspěvková organizace, IČO 00271420, "
                "zastoupené ředitelem Bc. Martinem Šebestou,\nzmocňuje\npaní Petru Vojtíškovou "
                "k podání žádosti o přístup k výsledkům voleb.\nBc. Martin Šebesta, ředitel\n",
            ),
        ),
    ),
    (
        "a08-en-acting-through-director-appoints",
        "Daniel Osei",
        "+447700900781",
        "Daniel Osei",
        (
            body(
                "Hello,\n\nNorthgate Media Ltd would like access to the XML results service from "
                "203.0.113.171. I am filing this on the company's behalf; the power of attorney is attached.\n\n"
                "Best,\nDaniel Osei\nSystems, Northgate Media\nmobile +44 7700 900781\n"
            ),
            text_file(
                "poa.txt",
                "POWER OF ATTORNEY\n\nNorthgate Media Ltd, represented by its director Ms Sarah Whitfield, "
                "phone +44 161 496 0000, hereby appoints Mr Daniel Osei as its attorney to apply for access "
                "to the Czech election results.\n\nSarah Whitfield\nDirector\n",
            ),
        ),
    ),
    (
        "a09-de-vertreten-durch-vorstand-bevollmaechtigt",
        "Felix Brandt",
        "+4917098765432",
        "Felix Brandt",
        (
            body(
                "Guten Tag,\n\nim Auftrag der Ostsee Rundfunk AG beantrage ich den XML-Zugang von der "
                "Adresse 198.51.100.88. Die Vollmacht finden Sie im Anhang.\n\nBeste Grüße\nFelix Brandt\n"
                "Tel. +49 170 98765432\n"
            ),
            text_file(
                "vollmacht.txt",
                "Vollmacht\n\nDie Ostsee Rundfunk AG, vertreten durch den Vorstand Dr. Klaus Meier (Tel. "
                "+49 381 555 100), bevollmächtigt Herrn Felix Brandt zur Antragstellung beim Tschechischen "
                "Statistikamt.\n\nDr. Klaus Meier, Vorstand\n",
            ),
        ),
    ),
    (
        "a10-cs-predsedkyne-predstavenstva-inline",
        "Jakub Řezníček",
        "+420739445667",
        "Jakub Řezníček",
        (
            body(
                "Dobrý den,\n\nposílám žádost Jihočeských médií a.s. o přístup k výsledkům voleb (XML), "
                "IP 192.0.2.199.\n\nText plné moci:\nJihočeská média a.s., IČO 26093111, zastoupená "
                "předsedkyní představenstva Ing. Alenou Kubátovou, tel. 387 001 200, zmocňuje tímto "
                "Jakuba Řezníčka k podání žádosti.\n\nS pozdravem\nJakub Řezníček\ntel. 739 445 667\n"
            ),
        ),
    ),
    # near misses: a "zastoupená …" representative who is the writer, no power granted
    (
        "an1-cs-mayor-writes-himself",
        "Milan Veselý",
        "+420377912345",
        "Milan Veselý",
        (
            body(
                "Dobrý den,\n\nobec Horní Bříza, zastoupená starostou Ing. Milanem Veselým, žádá o přístup "
                "k výsledkům voleb ve formátu XML z adresy 192.0.2.14.\n\nIng. Milan Veselý\nstarosta\n"
                "tel. 377 912 345\n"
            ),
        ),
    ),
    (
        "an2-cs-represented-by-power-itself",
        "Radka Pešková",
        None,
        "Tomáš Kříž",
        (
            body(
                "Dobrý den,\n\nPražský kurýr a.s., IČO 25688901, zastoupená na základě plné moci paní Radkou "
                "Peškovou, žádá o přístup k XML výsledkům z adresy 198.51.100.18. Plnou moc přikládáme.\n\n"
                "Tomáš Kříž\nsekretariát\n"
            ),
        ),
    ),
]

_OBLIQUE: list[_Case] = [
    (
        "b01-cs-forwarded-obracejte-se-na-pani",
        "Lenka Vondráčková",
        None,
        "Jiří Kopecký",
        (
            body(
                "Dobrý den,\n\nposílám dál žádost naší klientky, z její schránky odejít nešla. S dotazy se "
                "obracejte rovnou na paní Vondráčkovou, já jsem jen technik.\n\nJiří Kopecký\n\n"
                "---------- Forwarded message ---------\nFrom: Lenka Vondráčková <vondrackova@hlasbeskyd.example>\n"
                "Date: Tue, 9 Sep 2025 at 10:02\nSubject: Žádost o XML\n\nDobrý den,\nHlas Beskyd s.r.o., "
                "IČO 28614321, žádá o přístup k XML s výsledky voleb z adresy 203.0.113.66.\n\n"
                "Lenka Vondráčková\nredaktorka, 736 554 120\n"
            ),
        ),
    ),
    (
        "b02-cs-resit-s-panem-instrumental",
        "Vojtěch Šimek",
        "+420608111222",
        "Klára Dušková",
        (
            body(
                "Dobrý den,\n\nv příloze posíláme formulář žádosti. Technické věci prosím řešte přímo "
                "s panem Šimkem, má to na starosti.\n\nKlára Dušková\nsekretariát redakce\n"
            ),
            text_file(
                "formular.txt",
                "Žádost o přístup k výsledkům voleb\nOrganizace: Týdeník Podřipsko s.r.o.\nIČO: 26789510\n"
                "Produkční IP: 192.0.2.120\n\nZpracoval: Vojtěch Šimek, správce sítě, tel. 608 111 222\n",
            ),
        ),
    ),
    (
        "b03-cs-odpoved-posilejte-pani-dative",
        "Ivana Horáková",
        None,
        "Petr Bílek",
        (
            body(
                "Dobrý den,\n\nžádost za náš spolek je v příloze. Odpověď prosím posílejte paní Horákové, "
                "já od října ve spolku nepůsobím.\n\nPetr Bílek\n"
            ),
            text_file(
                "zadost.txt",
                "Spolek Hlas Vltavy, IČO 26999911, žádá o přístup k výsledkům voleb ve formátu XML.\n"
                "IP adresa: 198.51.100.12\nŽádost sepsala Ivana Horáková, jednatelka spolku, "
                "ivana.horakova@hlasvltavy.example, 720 111 333\n",
            ),
        ),
    ),
    (
        "b04-sk-kontaktujte-priamo-pani",
        "Mária Bieliková",
        "+421905777123",
        "Marek Oravec",
        (
            body(
                "Dobrý deň,\n\nposielam žiadosť nášho vydavateľstva. V prípade otázok kontaktujte priamo "
                "pani Bielikovú, ona to má na starosti.\n\nMarek Oravec\n"
            ),
            text_file(
                "ziadost.txt",
                "Žiadosť o prístup k výsledkom volieb\nVydavateľstvo Tatry s.r.o., IČO 36512345\n"
                "IP: 203.0.113.99\nMária Bieliková, technická redaktorka, 0905 777 123\n",
            ),
        ),
    ),
    (
        "b05-cs-adresujte-na-pana-genitive-forwarded",
        "Petr Procházka",
        None,
        "Eva Malá",
        (
            body(
                "Dobrý den,\n\npřeposílám žádost našeho kolegy, kterou poslal omylem na starou adresu. "
                "Dotazy adresujte na pana Procházku.\n\nEva Malá\n\n"
                "-------- Původní zpráva --------\nOd: Petr Procházka <prochazka@kurierslapy.example>\n"
                "Datum: 8. 9. 2025 14:11\nPředmět: XML výsledky\n\nDobrý den, Kurýr Slapy s.r.o. "
                "(IČO 27766115) žádá o přístup k XML výsledkům, IP 192.0.2.230.\n\nPetr Procházka\n"
            ),
        ),
    ),
    (
        "b06-cs-surname-only-accusative",
        "Kalinová",
        None,
        "Libor Hrubý",
        (
            body(
                "Dobrý den,\n\npřeposílám žádost Prostějovského večerníku s.r.o. (IČO 26981025) o XML, "
                "IP 198.51.100.140. Kontaktujte prosím přímo paní Kalinovou.\n\nLibor Hrubý\n"
                "IT servis\n"
            ),
        ),
    ),
    (
        "b07-cs-surname-only-pana-genitive",
        "Vlček",
        None,
        "Jana Zelená",
        (
            body(
                "Dobrý den,\n\nRadio Krkonoše s.r.o., IČO 26011111, žádá o přístup k XML, IP 203.0.113.3. "
                "S technickými dotazy se prosím obracejte na pana Vlčka.\n\nJana Zelená\nasistentka\n"
            ),
        ),
    ),
    (
        "b08-de-wenden-an-herrn-forwarded",
        "Jens Krause",
        None,
        "Sabine Roth",
        (
            body(
                "Guten Tag,\n\nanbei leite ich den Antrag unseres Kollegen weiter. Bei Rückfragen wenden Sie "
                "sich bitte direkt an Herrn Krause.\n\nSabine Roth\n\n---------- Forwarded message ---------\n"
                "Von: Jens Krause <krause@lausitzwelle.example>\nBetreff: XML-Zugang\n\nGuten Tag,\n"
                "die Lausitzwelle GmbH beantragt den Zugang zum XML-Dienst von 192.0.2.81.\n\nJens Krause\n"
            ),
        ),
    ),
    (
        "b09-cs-spojte-se-s-pani-instrumental",
        "Alena Šťastná",
        None,
        "Roman Kubíček",
        (
            body(
                "Dobrý den,\n\nv příloze žádost Rádia Haná. V případě nejasností se prosím spojte s paní "
                "Šťastnou, která žádost připravila.\n\nRoman Kubíček\nvedoucí provozu\n"
            ),
            text_file(
                "zadost_haná.txt",
                "Rádio Haná s.r.o., IČO 25511111\nŽádost o přístup k XML výsledkům\nProdukce: 203.0.113.30\n"
                "Připravila: Alena Šťastná, alena.stastna@radiohana.example, 604 321 765\n",
            ),
        ),
    ),
    (
        "b10-sk-obratte-sa-na-pana-forwarded",
        "Peter Kollár",
        None,
        "Ivan Baláž",
        (
            body(
                "Dobrý deň,\n\nposielam ďalej žiadosť kolegu. S otázkami sa obráťte priamo na pána Kollára."
                "\n\nIvan Baláž\n\n---------- Forwarded message ---------\nFrom: Peter Kollár "
                "<kollar@novinyorava.example>\nSubject: XML\n\nDobrý deň,\nNoviny Orava s.r.o. žiadajú o "
                "prístup k XML z adresy 198.51.100.61.\n\nPeter Kollár\n"
            ),
        ),
    ),
    # near misses: another person of a related surname, and two of the same family
    (
        "bn1-cs-dative-male-not-female-namesake",
        "Beneš",
        None,
        "Marta Benešová",
        (
            body(
                "Dobrý den,\n\nžádost Deníku Brdy s.r.o. (IČO 27123459) o XML, IP 198.51.100.9, je v "
                "příloze. Odpověď prosím pošlete panu Benešovi, vede u nás IT.\n\nMarta Benešová\n"
                "účtárna\n"
            ),
        ),
    ),
    (
        "bn2-cs-accusative-male-with-female-relative",
        "Jan Novák",
        None,
        "Petra Nováková",
        (
            body(
                "Dobrý den,\n\nv příloze je žádost. Kontaktujte prosím pana Nováka, naši síť spravuje on.\n\n"
                "Petra Nováková\n"
            ),
            text_file(
                "zadost.txt",
                "Žádost o přístup k XML\nOrganizace: Vysočina Press s.r.o., IČO 26444441\nIP: 203.0.113.201\n"
                "Správce: Jan Novák, 731 000 111\n",
            ),
        ),
    ),
]


@pytest.mark.parametrize("case", _POWER + _OBLIQUE, ids=lambda c: c[0])
def test_contact_person_drill(case: _Case) -> None:
    _, person, phone, sender_name, comps = case
    x = extract(mail(*comps, sender="x@zpravy.example", sender_name=sender_name))
    assert x.contact_person == person
    if phone is not None:
        assert x.contact_phone == phone


def test_power_of_attorney_flags_the_agent_when_a_grantor_is_named() -> None:
    """cb011's class: the agent signs the mail, the attached power names the statutory body:
    the agent, with her own phone; never the grantor's."""
    _, person, phone, sender_name, comps = _POWER[0]
    x = extract(mail(*comps, sender="x@zpravy.example", sender_name=sender_name))
    assert (x.contact_person, x.contact_phone) == (person, phone)
