"""A drill, forty-third round (issue 18): the contact person of a data message whose text
names them only by their role in an attached power of attorney ("kontaktní osoba: zmocněnec
dle přílohy", "the authorised person", "Bevollmächtigter", "pełnomocnik"): the person the
power authorises, not its grantor who signs it; and a sole trader's own box sending a bare
annotation and a casual file that names no contact: the box's owner, who signs it.

Every message was labelled by ``tests/corpus/LABELS.md`` before extraction ran on it; each is
scored field by field as the corpus runner scores a case. Every text here is written for the
test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import dataclasses

import pytest

from intake.model import Component, ParsedMessage
from tests.unit.docs import docx_bytes, pdf_bytes
from tests.unit.drill_helpers import FEED, Label, drill_params, label, misses
from tests.unit.extraction_helpers import attachment, body, data_message, mail, text_file

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _dm(annotation: str, *files: Component, owner: str, box: str, kind: str = "20") -> ParsedMessage:
    p = data_message(annotation, *files, dm_sender=owner, sender=box)
    return dataclasses.replace(p, envelope={**p.envelope, "dmSenderType": kind})


# --- A. a contact named by role: the agent of the attached power of attorney ------------------

CASES["a1_cs_zmocnenec_pdf"] = (
    _dm(
        "Žádost o XML výsledky voleb, produkce 198.51.100.31, test 198.51.100.32. Kontakt: "
        "zmocněnec dle přiložené plné moci, tel. 731 402 118",
        attachment(
            "plna_moc.pdf",
            pdf_bytes([
                "PLNÁ MOC",
                "Moravský týdeník s.r.o., IČO 27716082, zastoupená jednatelem Ing. Petrem "
                "Sklenářem, tímto zmocňuje pana Tomáše Vrbu, nar. 1979, k jednání s Českým "
                "statistickým úřadem ve věci přístupu k výsledkům voleb.",
                "V Brně dne 3. 9. 2025",
                "Ing. Petr Sklenář",
            ]),
        ),
        owner="Moravský týdeník s.r.o.",
        box="m7tq2ka",
    ),
    label(
        FEED,
        ("Moravský týdeník s.r.o.", "27716082", "m7tq2ka"),
        ["198.51.100.31"],
        ["198.51.100.32"],
        ("Tomáš Vrba", None, "+420731402118"),
    ),
)

CASES["a2_cs_poverena_osoba_paní"] = (
    _dm(
        "Žádost o přístup k XML (produkce 203.0.113.41). Kontaktní osobou je pověřená osoba "
        "uvedená v plné moci, e-mail zpravy@jizerka.example",
        attachment(
            "plna_moc.pdf",
            pdf_bytes([
                "Plná moc",
                "Jizerské zprávy, z.s., IČO 04812590, jejímž jménem jedná předseda Karel "
                "Holub, zmocňuje paní Janu Řezníčkovou k podání žádosti o přístup k "
                "výsledkům voleb a k jednání ve věci.",
                "V Liberci 1. 9. 2025",
                "Karel Holub, předseda",
            ]),
        ),
        owner="Jizerské zprávy, z.s.",
        box="j4zp9wr",
    ),
    label(
        FEED,
        ("Jizerské zprávy, z.s.", "04812590", "j4zp9wr"),
        ["203.0.113.41"],
        [],
        ("Jana Řezníčková", "zpravy@jizerka.example", None),
    ),
)

CASES["a3_sk_splnomocnenec"] = (
    _dm(
        "Žiadosť o prístup k XML výsledkom volieb, produkčná IP 192.0.2.61. Kontakt: "
        "splnomocnenec podľa priloženého plnomocenstva, 0905 113 226",
        text_file(
            "plnomocenstvo.txt",
            "PLNOMOCENSTVO\nVýchodné noviny s.r.o., IČO 45207194, v zastúpení konateľom Jánom "
            "Hudákom, týmto splnomocňuje pána Mareka Kováča na zastupovanie vo veci prístupu "
            "k výsledkom volieb.\nV Košiciach 2. 9. 2025\nJán Hudák, konateľ\n",
        ),
        owner="Východné noviny s.r.o.",
        box="v5hn2qe",
    ),
    label(
        FEED,
        ("Východné noviny s.r.o.", "45207194", "v5hn2qe"),
        ["192.0.2.61"],
        [],
        ("Marek Kováč", None, "+421905113226"),
    ),
)

CASES["a4_en_authorised_person"] = (
    _dm(
        "Request for access to the election results XML, production 198.51.100.81. Contact: "
        "the authorised person named in the attached power of attorney, +420 604 118 392",
        attachment(
            "power_of_attorney.pdf",
            pdf_bytes([
                "POWER OF ATTORNEY",
                "Danube Wire s.r.o., ID No. 53564359, represented by its managing director "
                "Peter Walsh, hereby authorises Mr Daniel Hughes to act on its behalf before "
                "the Czech Statistical Office in the matter of access to election results.",
                "Prague, 4 September 2025",
                "Peter Walsh, managing director",
            ]),
        ),
        owner="Danube Wire s.r.o.",
        box="d8wx3mn",
    ),
    label(
        FEED,
        ("Danube Wire s.r.o.", "53564359", "d8wx3mn"),
        ["198.51.100.81"],
        [],
        ("Daniel Hughes", None, "+420604118392"),
    ),
)

CASES["a5_de_bevollmaechtigter"] = (
    _dm(
        "Antrag auf Zugang zu den XML-Wahlergebnissen, Produktion 203.0.113.91. "
        "Ansprechpartner: der Bevollmächtigte laut beigefügter Vollmacht, +420 777 340 512",
        attachment(
            "vollmacht.pdf",
            pdf_bytes([
                "VOLLMACHT",
                "Die Alpenblick Medien s.r.o., IČO 27382044, vertreten durch den "
                "Geschäftsführer Lukas Brandner, bevollmächtigt hiermit Herrn Stefan Gruber, "
                "sie gegenüber dem Tschechischen Statistischen Amt in Sachen Zugang zu den "
                "Wahlergebnissen zu vertreten.",
                "Pilsen, 5. 9. 2025",
                "Lukas Brandner, Geschäftsführer",
            ]),
        ),
        owner="Alpenblick Medien s.r.o.",
        box="a2bm7kp",
    ),
    label(
        FEED,
        ("Alpenblick Medien s.r.o.", "27382044", "a2bm7kp"),
        ["203.0.113.91"],
        [],
        ("Stefan Gruber", None, "+420777340512"),
    ),
)

CASES["a6_pl_pelnomocnik"] = (
    _dm(
        "Wniosek o dostęp do wyników wyborów w XML, produkcja 192.0.2.71. Kontakt: pełnomocnik "
        "wskazany w załączonym pełnomocnictwie, tel. +420 725 610 443",
        text_file(
            "pelnomocnictwo.txt",
            "PEŁNOMOCNICTWO\nŚląski Kurier s.r.o., IČO 45207194, reprezentowana przez prezesa "
            "Adama Wójcika, udziela pełnomocnictwa Panu Piotrowi Nowakowi do reprezentowania "
            "spółki przed Czeskim Urzędem Statystycznym w sprawie dostępu do wyników wyborów."
            "\nOstrawa, 6.09.2025\nAdam Wójcik\n",
        ),
        owner="Śląski Kurier s.r.o.",
        box="s3kk8pq",
    ),
    label(
        FEED,
        ("Śląski Kurier s.r.o.", "45207194", "s3kk8pq"),
        ["192.0.2.71"],
        [],
        ("Piotr Nowak", None, "+420725610443"),
    ),
)

CASES["a7_cs_zmocnenci_docx"] = (
    _dm(
        "Žádost o přístup k XML výsledkům, prod. 198.51.100.121; věc vyřizuje zmocněnec "
        "(viz plná moc v příloze), 602 331 870",
        attachment(
            "plna_moc.docx",
            docx_bytes([
                "Plná moc",
                "Obec Horní Lhota, IČO 00025593, zastoupená starostou Josefem Dvořákem, "
                "zmocňuje paní Ing. Alenu Marešovou k jednání s Českým statistickým úřadem.",
                "Josef Dvořák, starosta",
            ]),
        ),
        owner="Obec Horní Lhota",
        box="h9lo4tv",
    ),
    label(
        FEED,
        ("Obec Horní Lhota", None, "h9lo4tv"),
        ["198.51.100.121"],
        [],
        ("Alena Marešová", None, "+420602331870"),
    ),
)

# near miss: the annotation names the contact; the power of attorney is only attached
CASES["a8_neg_named_contact_with_power"] = (
    _dm(
        "Žádost o XML výsledky voleb, produkce 198.51.100.141. Kontaktní osoba: Lenka Šťastná, "
        "731 220 615. Přikládáme plnou moc.",
        attachment(
            "plna_moc.pdf",
            pdf_bytes([
                "PLNÁ MOC",
                "Polabský deník s.r.o., IČO 27716082, zastoupená jednatelem Martinem Veselým, "
                "zmocňuje pana Ondřeje Kříže k jednání ve věci přístupu k výsledkům voleb.",
                "Martin Veselý, jednatel",
            ]),
        ),
        owner="Polabský deník s.r.o.",
        box="p6ld2xs",
    ),
    label(
        FEED,
        ("Polabský deník s.r.o.", "27716082", "p6ld2xs"),
        ["198.51.100.141"],
        [],
        ("Lenka Šťastná", None, "+420731220615"),
    ),
)

# near miss: an agent named by role, but no power of attorney is attached: the signer
CASES["a9_neg_role_no_power"] = (
    _dm(
        "Žádost o XML",
        text_file(
            "zadost.txt",
            "Dobrý den,\nLoketské listy s.r.o. (IČO 53564359) žádají o přístup k XML výsledkům "
            "voleb, produkce 203.0.113.55.\nPlnou moc pro zmocněnce dodáme dodatečně.\n\n"
            "S pozdravem\nPavel Novotný\njednatel\n",
        ),
        owner="Loketské listy s.r.o.",
        box="l2kl5ds",
    ),
    label(
        FEED,
        ("Loketské listy s.r.o.", "53564359", "l2kl5ds"),
        ["203.0.113.55"],
        [],
        ("Pavel Novotný", None, None),
    ),
)

# --- B. a sole trader's own box, a bare annotation, nobody else named --------------------------

CASES["b1_cs_osvc_signed_surname"] = (
    _dm(
        "žádost",
        text_file(
            "zadost.txt",
            "dobrý den,\nmám web Volby v kraji (IČO 27382044) a prosím o přístup k XML výsledkům."
            "\nIP 203.0.113.15 produkce, 203.0.113.16 test\ntel 724 118 903\ndíky, Šimek\n",
        ),
        owner="Radim Šimek",
        box="r8sm3kw",
        kind="40",
    ),
    label(
        FEED,
        ("Radim Šimek", "27382044", "r8sm3kw"),
        ["203.0.113.15"],
        ["203.0.113.16"],
        ("Radim Šimek", None, "+420724118903"),
    ),
)

CASES["b2_cs_osvc_unsigned"] = (
    _dm(
        "Žádost XML",
        text_file(
            "xml.txt",
            "žádám o přístup k XML výsledkům voleb pro svůj zpravodajský web.\n"
            "IČO 04812590\nprodukční IP 192.0.2.141\nmail hana@volebnik.example\n",
        ),
        owner="Hana Pokorná",
        box="h2pk6vn",
        kind="40",
    ),
    label(
        FEED,
        ("Hana Pokorná", "04812590", "h2pk6vn"),
        ["192.0.2.141"],
        [],
        ("Hana Pokorná", "hana@volebnik.example", None),
    ),
)

CASES["b3_en_freelancer_box"] = (
    _dm(
        "application",
        text_file(
            "request.txt",
            "hi, I run a small election blog as a sole trader (ID No. 45207194) and would like "
            "access to the XML results.\nproduction 198.51.100.161\ncheers, Tom\n",
        ),
        owner="Thomas Reid",
        box="t5rd9qa",
        kind="40",
    ),
    label(
        FEED,
        ("Thomas Reid", "45207194", "t5rd9qa"),
        ["198.51.100.161"],
        [],
        ("Thomas Reid", None, None),
    ),
)

CASES["b6_de_trade_name_box"] = (
    _dm(
        "Antrag",
        text_file(
            "antrag.txt",
            "Hallo, ich betreibe als Einzelunternehmerin (Marie Lang – Wahlkarte, IČO 27716082) "
            "eine Website und bitte um Zugang zu den XML-Ergebnissen.\nProduktion 192.0.2.201, "
            "Test 192.0.2.202\nmarie@wahlkarte.example\nDanke!\n",
        ),
        owner="Marie Lang",
        box="m6lg3wk",
        kind="40",
    ),
    label(
        FEED,
        ("Marie Lang – Wahlkarte", "27716082", "m6lg3wk"),
        ["192.0.2.201"],
        ["192.0.2.202"],
        ("Marie Lang", "marie@wahlkarte.example", None),
    ),
)

# near miss: the sole trader names someone else as the contact
CASES["b4_neg_osvc_names_assistant"] = (
    _dm(
        "žádost",
        text_file(
            "zadost.txt",
            "Dobrý den, jako OSVČ (IČO 53564359) žádám o přístup k XML výsledkům voleb.\n"
            "IP: 203.0.113.25\nKontaktní osoba: Eva Malá, 608 221 904\nS pozdravem Jan Hrubý\n",
        ),
        owner="Jan Hrubý",
        box="j7hr2mz",
        kind="40",
    ),
    label(
        FEED,
        ("Jan Hrubý", "53564359", "j7hr2mz"),
        ["203.0.113.25"],
        [],
        ("Eva Malá", None, "+420608221904"),
    ),
)

# near miss: a company's box with a bare annotation and an unsigned file: no one is named
CASES["b5_neg_company_box_unsigned"] = (
    _dm(
        "žádost",
        text_file(
            "zadost.txt",
            "Žádáme o přístup k XML výsledkům voleb.\nIČO 27716082\nprodukce 192.0.2.181\n",
        ),
        owner="Kraj Media s.r.o.",
        box="k3md8uw",
    ),
    label(
        FEED,
        ("Kraj Media s.r.o.", "27716082", "k3md8uw"),
        ["192.0.2.181"],
        [],
        (None, None, None),
    ),
)

# --- C. near misses of the widened replacement and surname rules ------------------------------

# "instead" about something else than the contact, the same contact named again
CASES["c1_neg_en_instead_same_contact"] = (
    mail(
        body(
            "Hello,\nNorthgate Press s.r.o. (ID No. 27716082) requests access to the XML results.\n"
            "Production: 198.51.100.90\nContact: Mark Hollis, +420 731 555 128\n\n"
            "Please contact Mark Hollis directly instead of our general mailbox.\n\nMark Hollis\n"
        ),
        subject="XML access",
        sender="hollis@northgate.example",
        sender_name="Mark Hollis",
    ),
    label(
        FEED,
        ("Northgate Press s.r.o.", "27716082", None),
        ["198.51.100.90"],
        [],
        ("Mark Hollis", "hollis@northgate.example", "+420731555128"),
    ),
)

# "zuständig" for another matter, nobody replaced
CASES["c2_neg_de_zustaendig_no_change"] = (
    mail(
        body(
            "Guten Tag,\ndie Alpenblick Medien GmbH bittet um Zugang zu den XML-Ergebnissen.\n"
            "Produktion: 203.0.113.160\n"
            "Ansprechpartner: Lukas Brandner, +420 777 340 219\n"
            "Für die Rechnung ist wie bisher Frau Eva Roth aus der Buchhaltung zuständig.\n\n"
            "Mit freundlichen Grüßen\nLukas Brandner\n"
        ),
        subject="Zugang XML",
        sender="brandner@alpenblick.example",
        sender_name="Lukas Brandner",
    ),
    label(
        FEED,
        ("Alpenblick Medien GmbH", None, None),
        ["203.0.113.160"],
        [],
        ("Lukas Brandner", "brandner@alpenblick.example", "+420777340219"),
    ),
)

# a surname-only contact in a data message's annotation, a feminine one
CASES["c3_cs_annotation_pani_surname"] = (
    _dm(
        "Zadost o XML vysledky - produkce 192.0.2.221, kontakt pí. Horká 602 118 447",
        owner="Kladenské listy s.r.o.",
        box="k8ls2mt",
    ),
    label(
        FEED,
        ("Kladenské listy s.r.o.", None, "k8ls2mt"),
        ["192.0.2.221"],
        [],
        ("Horká", None, "+420602118447"),
    ),
)

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_contact_r43(p: ParsedMessage, want: Label) -> None:
    assert misses(p, want) == []
