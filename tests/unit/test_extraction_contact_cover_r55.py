"""A drill, fifty-fifth round (issue 18), the contact's second pass. (a) A staff list closing
a letter, one "role: Name, phone, e-mail" line a person, with no contact sentence: a job title
("správce sítě", "network administrator", "administrátor webu", "Administrator") does not
name a contact, so the contact is the signer (``tests/corpus/LABELS.md``); near misses write a
real contact label on one of the lines ("Technický kontakt: …", "Kontakt (správce sítě): …",
"Ansprechpartner Technik: …") or point at a role from a contact sentence. (b) A cover note
over an attached form whose contact it sets aside and replaces with the writer ("kolega X,
uvedený jako kontakt, u nás už nepracuje, kontaktem budu já", "kontaktom budem odteraz ja"):
the writer, with the details of that sentence; near misses keep the form's contact. (c) A
contact label ending in the writer ("Contactpersoon voor deze aanvraag ben ik: Joost …",
"The contact person for this request is me: …", "Ansprechpartner für den Antrag bin ich:
…"), a sentence or more into a paragraph and another person named after it. (d) A colleague
replying to all with one added detail above the applicant's quoted mail, whose reply header
names its writer without an address ("Dne … Alena Vršková napsal(a):", "On …, Sam Reid
wrote:", "Am … schrieb Jonas Weber:") and who says they are the contact: that writer, with
the phone of their quoted signature.

Every message was labelled by ``tests/corpus/LABELS.md`` before extraction ran on it; every
text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import dataclasses

import pytest

from intake.model import Component, ParsedMessage
from tests.unit.docs import docx_bytes, odt_bytes
from tests.unit.drill_helpers import FEED, Label, drill_params, label, misses
from tests.unit.extraction_helpers import attachment, body, mail

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _mail(text: str, sender: str, name: str, *extra: Component, subject: str = "Žádost") -> ParsedMessage:
    return mail(body(text), *extra, subject=subject, sender=sender, sender_name=name)


# (a) a staff list of job titles, no contact named: the signer
CASES["cs_spravce_site_staff_list"] = (
    _mail(
        "Dobrý den,\n\nPísecký deník s.r.o. žádá o přístup k výsledkům voleb v XML z adresy "
        "192.0.2.61.\n\nS pozdravem\nMiroslava Černá\n\nPísecký deník s.r.o.\n"
        "jednatelka: Miroslava Černá, 382 214 100\n"
        "správce sítě: Aleš Vondra, 603 218 447, vondra@piseckydenik.example\n",
        "cerna@piseckydenik.example",
        "Miroslava Černá",
    ),
    label(FEED, ("Písecký deník s.r.o.", None, None), ["192.0.2.61"], [],
          ("Miroslava Černá", "cerna@piseckydenik.example", "+420382214100")),
)
CASES["cs_spravkyne_site_first_line"] = (
    _mail(
        "Dobry den,\nprosime o pristup k XML s vysledky voleb pro adresu 192.0.2.62.\n\n"
        "Dekuji\nOndrej Kalina\n\nRadio Brdy s.r.o.\n"
        "spravkyne site: Lucie Pokorna, 731 905 118, pokorna@radiobrdy.example\n"
        "reditel: Ondrej Kalina, 318 600 200\n",
        "kalina@radiobrdy.example",
        "Ondrej Kalina",
    ),
    label(FEED, ("Radio Brdy s.r.o.", None, None), ["192.0.2.62"], [],
          ("Ondrej Kalina", "kalina@radiobrdy.example", "+420318600200")),
)
CASES["cs_administrator_webu_dash_signature"] = (
    _mail(
        "Dobrý den,\n\nžádáme o přístup k výsledkům voleb v XML, produkční adresa 198.51.100.63.\n\n"
        "Děkuji\nKarel Šťastný\n\n-- \nZlínské noviny a.s.\nšéfredaktor: Karel Šťastný, 577 120 300\n"
        "administrátor webu: Petr Zítek, 605 772 139, zitek@zlinskenoviny.example\n"
        "inzerce: Dana Holá, 577 120 340\n",
        "stastny@zlinskenoviny.example",
        "Karel Šťastný",
    ),
    label(FEED, ("Zlínské noviny a.s.", None, None), ["198.51.100.63"], [],
          ("Karel Šťastný", "stastny@zlinskenoviny.example", "+420577120300")),
)
CASES["cs_spravce_it_tabs"] = (
    _mail(
        "Dobrý den,\nžádáme o přístup k XML s výsledky voleb z adresy 198.51.100.64.\n\n"
        "Jana Nováková\nOrlický týdeník s.r.o.\n"
        "ředitelka:\tJana Nováková, 494 320 111\n"
        "správce IT:\tMarek Pešek, 736 118 204, pesek@orlickytydenik.example\n",
        "novakova@orlickytydenik.example",
        "Jana Nováková",
    ),
    label(FEED, ("Orlický týdeník s.r.o.", None, None), ["198.51.100.64"], [],
          ("Jana Nováková", "novakova@orlickytydenik.example", "+420494320111")),
)
CASES["sk_spravca_siete"] = (
    _mail(
        "Dobrý deň,\n\nžiadame o prístup k výsledkom volieb v XML z adresy 192.0.2.65.\n\n"
        "S pozdravom\nZuzana Hudecová\n\nPovažský hlas s.r.o.\nkonateľka: Zuzana Hudecová, +421 42 432 1100\n"
        "správca siete: Ivan Baláž, +421 905 118 220, balaz@povazskyhlas.example\n",
        "hudecova@povazskyhlas.example",
        "Zuzana Hudecová",
    ),
    label(FEED, ("Považský hlas s.r.o.", None, None), ["192.0.2.65"], [],
          ("Zuzana Hudecová", "hudecova@povazskyhlas.example", "+421424321100")),
)
CASES["en_network_administrator"] = (
    _mail(
        "Hello,\n\nHarbour Radio Ltd asks for access to the XML election results from 203.0.113.66.\n\n"
        "Kind regards\nSarah Mills\n\nHarbour Radio Ltd\nManaging editor: Sarah Mills, +44 117 496 0200\n"
        "Network administrator: Daniel Frost, +44 7700 900 215, frost@harbourradio.example\n",
        "mills@harbourradio.example",
        "Sarah Mills",
    ),
    label(FEED, ("Harbour Radio Ltd", None, None), ["203.0.113.66"], [],
          ("Sarah Mills", "mills@harbourradio.example", "+441174960200")),
)
CASES["en_it_administrator_webmaster"] = (
    _mail(
        "Hi,\nwe'd like access to the XML results feed, production IP 203.0.113.67.\n\n"
        "Thanks\nPaul Young\n\nLakeside Weekly Ltd\neditor: Paul Young, +44 161 496 0311\n"
        "IT administrator: Grace Lee, +44 7700 900 512, lee@lakesideweekly.example\n"
        "webmaster: Ian Ross, +44 7700 900 513, ross@lakesideweekly.example\n",
        "young@lakesideweekly.example",
        "Paul Young",
    ),
    label(FEED, ("Lakeside Weekly Ltd", None, None), ["203.0.113.67"], [],
          ("Paul Young", "young@lakesideweekly.example", "+441614960311")),
)
CASES["de_administrator"] = (
    _mail(
        "Guten Tag,\n\ndie Donau Kurier GmbH beantragt den Zugang zu den XML-Ergebnissen von "
        "203.0.113.68.\n\nMit freundlichen Grüßen\nSabine Keller\n\nDonau Kurier GmbH\n"
        "Geschäftsführerin: Sabine Keller, +49 941 2200 100\n"
        "Administrator: Tobias Wolf, +49 151 2200 3344, wolf@donaukurier.example\n",
        "keller@donaukurier.example",
        "Sabine Keller",
    ),
    label(FEED, ("Donau Kurier GmbH", None, None), ["203.0.113.68"], [],
          ("Sabine Keller", "keller@donaukurier.example", "+499412200100")),
)
CASES["pl_administrator_sieci"] = (
    _mail(
        "Dzień dobry,\n\nRadio Śląsk Sp. z o.o. prosi o dostęp do wyników wyborów w XML z adresu "
        "198.51.100.69.\n\nZ poważaniem\nAnna Kowalczyk\n\nRadio Śląsk Sp. z o.o.\n"
        "prezes: Anna Kowalczyk, +48 32 255 1100\n"
        "administrator sieci: Tomasz Lis, +48 601 220 874, lis@radioslask.example\n",
        "kowalczyk@radioslask.example",
        "Anna Kowalczyk",
    ),
    label(FEED, ("Radio Śląsk Sp. z o.o.", None, None), ["198.51.100.69"], [],
          ("Anna Kowalczyk", "kowalczyk@radioslask.example", "+48322551100")),
)
CASES["de_techniker_informatyk_other_roles"] = (
    _mail(
        "Guten Tag,\n\nwir beantragen den Zugang zu den XML-Ergebnissen von 203.0.113.70.\n\n"
        "Gruß\nMarkus Brandl\n\nInn Echo GmbH\nChefredakteur: Markus Brandl, +49 851 3300 10\n"
        "Techniker: Stefan Raab, +49 160 3300 4411, raab@innecho.example\n",
        "brandl@innecho.example",
        "Markus Brandl",
    ),
    label(FEED, ("Inn Echo GmbH", None, None), ["203.0.113.70"], [],
          ("Markus Brandl", "brandl@innecho.example", "+49851330010")),
)

# near misses: a real contact label on a staff line, or a sentence pointing at a role
CASES["cs_near_miss_technicky_kontakt"] = (
    _mail(
        "Dobrý den,\n\nPísecký deník s.r.o. žádá o přístup k výsledkům voleb v XML z adresy "
        "192.0.2.71.\n\nS pozdravem\nMiroslava Černá\n\nPísecký deník s.r.o.\n"
        "jednatelka: Miroslava Černá, 382 214 100\n"
        "Technický kontakt: Aleš Vondra, 603 218 447, vondra@piseckydenik.example\n",
        "cerna@piseckydenik.example",
        "Miroslava Černá",
    ),
    label(FEED, ("Písecký deník s.r.o.", None, None), ["192.0.2.71"], [],
          ("Aleš Vondra", "vondra@piseckydenik.example", "+420603218447")),
)
CASES["cs_near_miss_kontakt_spravce_site"] = (
    _mail(
        "Dobrý den,\nžádáme o přístup k XML s výsledky voleb z adresy 198.51.100.72.\n\n"
        "Jana Nováková\nOrlický týdeník s.r.o.\n"
        "ředitelka: Jana Nováková, 494 320 111\n"
        "Kontakt (správce sítě): Marek Pešek, 736 118 204, pesek@orlickytydenik.example\n",
        "novakova@orlickytydenik.example",
        "Jana Nováková",
    ),
    label(FEED, ("Orlický týdeník s.r.o.", None, None), ["198.51.100.72"], [],
          ("Marek Pešek", "pesek@orlickytydenik.example", "+420736118204")),
)
CASES["de_near_miss_ansprechpartner_technik"] = (
    _mail(
        "Guten Tag,\n\ndie Donau Kurier GmbH beantragt den Zugang zu den XML-Ergebnissen von "
        "203.0.113.73.\n\nMit freundlichen Grüßen\nSabine Keller\n\nDonau Kurier GmbH\n"
        "Geschäftsführerin: Sabine Keller, +49 941 2200 100\n"
        "Ansprechpartner Technik: Tobias Wolf, +49 151 2200 3344, wolf@donaukurier.example\n",
        "keller@donaukurier.example",
        "Sabine Keller",
    ),
    label(FEED, ("Donau Kurier GmbH", None, None), ["203.0.113.73"], [],
          ("Tobias Wolf", "wolf@donaukurier.example", "+4915122003344")),
)
CASES["en_near_miss_pointer_to_administrator"] = (
    _mail(
        "Hello,\n\nHarbour Radio Ltd asks for access to the XML election results from 203.0.113.74.\n"
        "Our contact for this is the network administrator, see the signature.\n\n"
        "Kind regards\nSarah Mills\n\nHarbour Radio Ltd\nManaging editor: Sarah Mills, +44 117 496 0200\n"
        "Network administrator: Daniel Frost, +44 7700 900 215, frost@harbourradio.example\n",
        "mills@harbourradio.example",
        "Sarah Mills",
    ),
    label(FEED, ("Harbour Radio Ltd", None, None), ["203.0.113.74"], [],
          ("Daniel Frost", "frost@harbourradio.example", "+447700900215")),
)
CASES["cs_near_miss_kontaktni_osoba_with_role"] = (
    _mail(
        "Dobrý den,\n\nžádáme o přístup k výsledkům voleb v XML, produkční adresa 198.51.100.75.\n\n"
        "Karel Šťastný\nZlínské noviny a.s.\nšéfredaktor: Karel Šťastný, 577 120 300\n"
        "Kontaktní osoba: Petr Zítek (správce sítě), 605 772 139, zitek@zlinskenoviny.example\n",
        "stastny@zlinskenoviny.example",
        "Karel Šťastný",
    ),
    label(FEED, ("Zlínské noviny a.s.", None, None), ["198.51.100.75"], [],
          ("Petr Zítek", "zitek@zlinskenoviny.example", "+420605772139")),
)


# (b) a cover note setting the form's contact aside: the writer
def _form(org: str, ip: str, contact: str, odt: bool = True) -> Component:
    rows = [["Žadatel", org], ["Produkční IP", ip], ["Kontakt", contact]]
    if odt:
        return attachment("formular.odt", odt_bytes([], rows))
    return attachment("formular.docx", docx_bytes([rows]))


CASES["cs_cover_colleague_left_kontaktem_budu_ja"] = (
    _mail(
        "Dobrý den,\n\nposílám formulář z jara. Jedna změna: kolega Vávra, uvedený jako kontakt, "
        "už u nás nepracuje, kontaktem budu já (sykorova@hornickelisty.example, 604 225 918).\n\n"
        "Petra Sýkorová\n",
        "sykorova@hornickelisty.example",
        "Petra Sýkorová",
        _form("Hornické listy s.r.o.", "192.0.2.91", "Jakub Vávra, 602 118 400, vavra@hornickelisty.example"),
    ),
    label(FEED, ("Hornické listy s.r.o.", None, None), ["192.0.2.91"], [],
          ("Petra Sýkorová", "sykorova@hornickelisty.example", "+420604225918")),
)
CASES["sk_cover_kontaktom_budem_ja_docx"] = (
    _mail(
        "Dobrý deň,\nv prílohe je formulár. Pán Kollár, ktorý je tam uvedený ako kontakt, od "
        "októbra odchádza, kontaktom budem odteraz ja, tel. 0905 771 238.\nS pozdravom\nMarta Lukáčová\n",
        "lukacova@novohradske.example",
        "Marta Lukáčová",
        _form("Novohradské noviny s.r.o.", "198.51.100.92", "Milan Kollár, +421 905 110 220", odt=False),
    ),
    label(FEED, ("Novohradské noviny s.r.o.", None, None), ["198.51.100.92"], [],
          ("Marta Lukáčová", "lukacova@novohradske.example", "+421905771238")),
)
CASES["cs_near_miss_cover_names_form_contact_stays"] = (
    _mail(
        "Dobrý den,\n\nv příloze formulář, kontaktní osobou je kolega Vávra uvedený ve formuláři. "
        "Já jsem jen odeslala.\n\nPetra Sýkorová\n",
        "sykorova@hornickelisty.example",
        "Petra Sýkorová",
        _form("Hornické listy s.r.o.", "192.0.2.93", "Jakub Vávra, 602 118 400, vavra@hornickelisty.example"),
    ),
    label(FEED, ("Hornické listy s.r.o.", None, None), ["192.0.2.93"], [],
          ("Jakub Vávra", "vavra@hornickelisty.example", "+420602118400")),
)

# (c) a contact label ending in the writer
CASES["nl_contactpersoon_ben_ik_mid_paragraph"] = (
    _mail(
        "Geachte heer, mevrouw,\n\nOmroep Westhoek B.V. vraagt toegang tot de XML-uitslagen "
        "vanaf 203.0.113.94. Contactpersoon voor deze aanvraag ben ik: Pieter de Vries, +31 6 1234 "
        "5601. Onze directeur, de heer Bram Jansen, steunt dit verzoek.\n\nMet vriendelijke groet,\n"
        "Pieter de Vries\n",
        "pieter@westhoek.example",
        "Pieter de Vries",
    ),
    label(FEED, ("Omroep Westhoek B.V.", None, None), ["203.0.113.94"], [],
          ("Pieter de Vries", "pieter@westhoek.example", "+31612345601")),
)
CASES["en_contact_person_is_me_long_label"] = (
    _mail(
        "Hello,\n\nwe at Fenland Radio Ltd would like access to the XML results from 203.0.113.95. "
        "The contact person for this request is me: Laura Bell, +44 7700 900 318. Our station "
        "manager, Mr Owen Clarke, has approved it.\n\nBest,\nLaura Bell\n",
        "bell@fenlandradio.example",
        "Laura Bell",
    ),
    label(FEED, ("Fenland Radio Ltd", None, None), ["203.0.113.95"], [],
          ("Laura Bell", "bell@fenlandradio.example", "+447700900318")),
)
CASES["de_ansprechpartner_bin_ich"] = (
    _mail(
        "Guten Tag,\n\ndie Altmühl Bote GmbH beantragt den Zugang zu den XML-Ergebnissen von "
        "203.0.113.96. Ansprechpartner für den Antrag bin ich: Jonas Weber, +49 151 4433 9021. "
        "Frau Petra Hahn, unsere Geschäftsführerin, ist informiert.\n\nGruß\nJonas Weber\n",
        "weber@altmuehlbote.example",
        "Jonas Weber",
    ),
    label(FEED, ("Altmühl Bote GmbH", None, None), ["203.0.113.96"], [],
          ("Jonas Weber", "weber@altmuehlbote.example", "+4915144339021")),
)
CASES["fr_personne_de_contact_cest_moi"] = (
    _mail(
        "Bonjour,\n\nRadio Meuse SAS demande l'accès aux résultats XML depuis 198.51.100.97. "
        "La personne de contact pour cette demande, c'est moi : Claire Martin, +33 6 12 34 56 78. "
        "Notre directeur, M. Paul Girard, est d'accord.\n\nCordialement,\nClaire Martin\n",
        "martin@radiomeuse.example",
        "Claire Martin",
    ),
    label(FEED, ("Radio Meuse SAS", None, None), ["198.51.100.97"], [],
          ("Claire Martin", "martin@radiomeuse.example", "+33612345678")),
)
CASES["nl_near_miss_contactpersoon_colleague"] = (
    _mail(
        "Geachte heer, mevrouw,\n\nOmroep Westhoek B.V. vraagt toegang tot de XML-uitslagen "
        "vanaf 203.0.113.98. Contactpersoon voor deze aanvraag: Sanne Bakker, +31 6 1234 5602, "
        "sanne@westhoek.example.\n\nMet vriendelijke groet,\nPieter de Vries\n",
        "pieter@westhoek.example",
        "Pieter de Vries",
    ),
    label(FEED, ("Omroep Westhoek B.V.", None, None), ["203.0.113.98"], [],
          ("Sanne Bakker", "sanne@westhoek.example", "+31612345602")),
)


# (d) a colleague's one-line addition above the applicant's quoted self-declaration
def _reply_all(text: str, sender: str, name: str, cc: str) -> ParsedMessage:
    p = mail(body(text), subject="Re: Žádost o XML", sender=sender, sender_name=name)
    return dataclasses.replace(p, headers={"Cc": cc})


CASES["cs_reply_all_quoted_kontaktni_osobou_jsem_ja"] = (
    _reply_all(
        "a testovací bude 198.51.100.31\n\nM. Král, IT\n\nDne 3. 10. 2025 v 10:15 Jitka Řeháková napsal(a):\n"
        "> Dobrý den,\n> prosíme o přístup k XML s výsledky voleb pro Mělnický deník s.r.o.\n"
        "> Produkční server: 198.51.100.30\n> Testovací adresu doplní kolega.\n"
        "> Kontaktní osobou jsem já.\n>\n> Jitka Řeháková\n> editorka\n> +420 776 301 452\n",
        "kral@melnickydenik.example",
        "Martin Král",
        "Jitka Řeháková <rehakova@melnickydenik.example>",
    ),
    label(FEED, ("Mělnický deník s.r.o.", None, None), ["198.51.100.30"], ["198.51.100.31"],
          ("Jitka Řeháková", "rehakova@melnickydenik.example", "+420776301452")),
)
CASES["en_reply_all_quoted_ill_be_the_contact"] = (
    _reply_all(
        "test box will be 203.0.113.41\n\nDan (IT)\n\nOn Fri, 3 Oct 2025 at 10:15, Sam Reid wrote:\n"
        "> Hello,\n> Coastline News Ltd asks for access to the XML results.\n"
        "> Production server: 203.0.113.40\n> Our IT will send the test address.\n"
        "> I'll be the contact for this.\n>\n> Sam Reid\n> Editor\n> +44 7700 900 415\n",
        "dan@coastline.example",
        "Dan Brooks",
        "Sam Reid <reid@coastline.example>",
    ),
    label(FEED, ("Coastline News Ltd", None, None), ["203.0.113.40"], ["203.0.113.41"],
          ("Sam Reid", "reid@coastline.example", "+447700900415")),
)

XFAIL: dict[str, str] = {
    "cs_reply_all_quoted_kontaktni_osobou_jsem_ja": "the quoted applicant's production address "
    "under a colleague's one-line addition is not read (the ips rules' class); the contact is right",
    "en_reply_all_quoted_ill_be_the_contact": "the quoted applicant's production address under a "
    "colleague's one-line addition is not read (the ips rules' class); the contact is right",
}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert misses(p, want) == []
