"""The organisation, nineteenth round (issue 18). Wording, formats and names are the tests'
own, none a corpus case.

- A contractor, an IT supplier or an agency writing for a client names the client with its
  IČO after words of applying for it ("za X s.r.o. (IČO …)", "on behalf of our client, X Ltd
  (Company ID …)"), in the new text, a forwarded note or an attached authorisation: the
  client is the applicant with the client's IČO, never for certain; the writer's own firm
  (its signature) is not. A name said for certain elsewhere (a label) stays, in doubt.
- A publisher's name whose first word is a common noun ("Vydavatelství X, spol. s r.o.")
  keeps that word when a line of its own (a footer, a signature) writes it as one name,
  though a sentence writes the word in lower case.
"""

from __future__ import annotations

import pytest

from intake.extraction.fields import ico_without_zeros
from intake.extraction.model import Extraction
from intake.extraction.org import client_with_ico
from intake.extraction.review import Reason
from intake.extraction.segments import Block, Kind, Line
from intake.model import Component, ComponentRole
from tests.unit.extraction_helpers import body, extract, mail, text_file

_IPS = "\nAdresy pro ostrý provoz: 192.0.2.10, 192.0.2.11\n"


def _x(text: str, *extra: Component, sender: str = "brouk@webovna.example") -> Extraction:
    return extract(mail(body(text), *extra, sender=sender, sender_name="Tomáš Brouk"))


def _org(x: Extraction) -> tuple[object, object, bool, bool]:
    name, ico = x.fields.get("organization.name"), x.fields.get("organization.ico")
    return (
        name.value if name else None,
        ico.value if ico else None,
        bool(name and name.certain),
        bool(ico and ico.certain),
    )


def _attached_mail(text: str, sender: str) -> list[Component]:
    raw = (
        f"From: {sender}\r\nTo: x@example.invalid\r\nSubject: Re: IP\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n" + text
    ).encode()
    return [
        Component("puvodni.eml", ComponentRole.ATTACHMENT, raw, "message/rfc822"),
        Component(
            "body-2.txt",
            ComponentRole.BODY_TEXT,
            text.encode(),
            "text/plain",
            parent="puvodni.eml",
            charset="utf-8",
            text=text,
        ),
    ]


# ------------- a client named with its IČO, the writer's firm in the signature -------------


@pytest.mark.parametrize(
    ("text", "name", "ico"),
    [
        pytest.param(
            "Dobrý den,\n\njménem klienta, společnosti Lužní Hlasatel s.r.o. (IČO 26147351), "
            "žádáme o přístup k XML."
            + _IPS
            + "\nS pozdravem\nTomáš Brouk\nWebovna Plus s.r.o., IČO 47153067\n",
            "Lužní Hlasatel s.r.o.",
            "26147351",
            id="cs-jmenem-klienta-apposition",
        ),
        pytest.param(
            "Dobrý deň,\n\nza klienta, Záhorské noviny, a.s., IČO: 06318274 žiadame o prístup k XML."
            + _IPS
            + "\nS pozdravom\nTomáš Brouk\nSieťový servis Senica s.r.o.\n",
            "Záhorské noviny, a.s.",
            "06318274",
            id="sk-za-klienta-ico-colon",
        ),
        pytest.param(
            "Hello,\n\non behalf of our client, Riverside Press Ltd (Company ID 27504191), we ask for "
            "access to the XML feed.\nProduction: 192.0.2.10\n\nBest regards\nTomas Brouk\nNordhost s.r.o.\n",
            "Riverside Press Ltd",
            "27504191",
            id="en-on-behalf-of-our-client",
        ),
        pytest.param(
            "Dobrý den,\n\njsme Webovna Plus s.r.o., správce webu. Za vydavatele, Podhorský kurýr a.s. "
            "(IČ 31982468), prosíme o přístup."
            + _IPS
            + "\nTomáš Brouk\nWebovna Plus s.r.o., IČ 47153067\n",
            "Podhorský kurýr a.s.",
            "31982468",
            id="cs-za-vydavatele-after-we-are",
        ),
    ],
)
def test_client_with_its_ico_over_the_writers_firm(text: str, name: str, ico: str) -> None:
    assert _org(_x(text)) == (name, ico, False, False)


def test_client_in_a_forwarding_note_over_the_attached_suppliers_signature() -> None:
    note = (
        "Dobrý den,\n\nposílám za Vltavský občasník a.s. (IČ 60472138) žádost o přístup k XML, "
        "adresy nám připravil správce sítě, jeho zprávu přikládám.\n\nS pozdravem\nEva Malá\n"
    )
    inner = "Ahoj Evo,\n\nprodukce 192.0.2.10 a 192.0.2.11.\n\nPetr\n--\nPetr Síť\nSíťař Plus s.r.o. | hosting\n"
    x = _x(
        note, *_attached_mail(inner, "Petr Síť <sit@sitar.example>"), sender="mala@obcasnik.example"
    )
    assert _org(x) == ("Vltavský občasník a.s.", "60472138", False, False)


def test_client_in_an_attached_authorisation_over_the_contractors_signature() -> None:
    own = (
        "Dobrý den,\n\nv zastoupení vydavatele (pověření přikládám) posílám adresy:"
        + _IPS
        + "\nS pozdravem\nTomáš Brouk\nWebovna Plus s.r.o., IČO 47153067\n"
    )
    auth = "Dobrý den,\n\ntímto Vás za Horní listy, s.r.o. (IČO 29035716) pověřujeme podáním žádosti.\n\nJana Horná\njednatelka\n"
    x = _x(own, *_attached_mail(auth, "Jana Horná <horna@listy.example>"))
    assert _org(x) == ("Horní listy, s.r.o.", "29035716", False, False)


# ------------- near misses -------------


def test_the_same_organisation_in_the_text_and_the_signature_stays_certain() -> None:
    text = (
        "Dobrý den,\n\nžádáme za Lužní Hlasatel s.r.o. (IČO 26147351) o přístup k XML."
        + _IPS
        + "\nS pozdravem\nTomáš Brouk\nLužní Hlasatel s.r.o.\n"
    )
    name, ico, _, _ = _org(_x(text))
    assert (name, ico) == ("Lužní Hlasatel s.r.o.", "26147351")


def test_a_supplier_with_its_ico_but_no_words_of_applying_is_not_the_client() -> None:
    text = (
        "Žadatel: Lužní Hlasatel s.r.o.\n\nServery nám spravuje Webovna Plus s.r.o. (IČO 47153067), "
        "žádáme o přístup k XML." + _IPS + "\nS pozdravem\nTomáš Brouk\n"
    )
    name, _, name_sure, _ = _org(_x(text))
    assert (name, name_sure) == ("Lužní Hlasatel s.r.o.", True)


def test_a_labelled_applicant_stays_in_doubt_beside_another_client() -> None:
    text = (
        "Žadatel: Lužní Hlasatel s.r.o.\nIČO: 26147351\n\nŽádost podáváme za Podhorský kurýr a.s. "
        "(IČ 31982468) i za sebe." + _IPS
    )
    name, ico, name_sure, ico_sure = _org(_x(text))
    assert (name, ico, name_sure, ico_sure) == ("Lužní Hlasatel s.r.o.", "26147351", False, False)


def test_client_with_ico_skips_a_signature_and_a_name_far_from_the_words() -> None:
    sig = Block("body", Kind.SIGNATURE, (Line(1, "za Alfa Beta s.r.o. (IČO 26147351)"),))
    far = Block(
        "body", Kind.OWN, (Line(1, "Za pomoc děkujeme, firma Alfa Beta s.r.o. (IČO 26147351)"),)
    )
    assert client_with_ico([sig]) is None
    assert client_with_ico([far]) is None


# ------------- a publisher's common noun kept where a line writes the name whole -------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param(
            "Dobrý den,\nvydavatelství Podhůří, spol. s r.o., vydavatel týdeníku Podhůří, žádá o přístup."
            + _IPS
            + "\nVydavatelství Podhůří, spol. s r.o. · Nábřeží 3, Písek · IČO: 14826356\n",
            "Vydavatelství Podhůří, spol. s r.o.",
            id="cs-footer-dots",
        ),
        pytest.param(
            "Dobrý den,\nnakladatelství Rokycansko a.s. žádá o přístup k XML."
            + _IPS
            + "\nNakladatelství Rokycansko a.s. | Husova 4, Rokycany | IČO 05839149\n",
            "Nakladatelství Rokycansko a.s.",
            id="cs-footer-bars",
        ),
        pytest.param(
            "Dobrý deň,\nvydavateľstvo Spiš, s.r.o. žiada o prístup k XML."
            + _IPS
            + "\nS pozdravom\nMária Tichá\nVydavateľstvo Spiš, s.r.o., Hlavná 5, Levoča\n",
            "Vydavateľstvo Spiš, s.r.o.",
            id="sk-signature-comma",
        ),
        pytest.param(
            "Hello,\nour publisher Baltic Wire Ltd asks for access."
            + _IPS
            + "\nPublisher Baltic Wire Ltd - 5 Dock Road, Riga\n",
            "Publisher Baltic Wire Ltd",
            id="en-footer-dash",
        ),
    ],
)
def test_descriptive_word_kept_where_a_line_writes_the_name_whole(text: str, want: str) -> None:
    assert _org(_x(text))[0] == want


def test_descriptive_word_apart_from_a_name_in_capitals_is_dropped() -> None:
    text = (
        "Dobrý den,\nvydavatelství ALFA MEDIA s.r.o. žádá o přístup."
        + _IPS
        + "\nVydavatelství ALFA MEDIA s.r.o. · Dlouhá 1, Brno\n"
    )
    assert _org(_x(text))[0] == "ALFA MEDIA s.r.o."


def test_two_words_before_a_name_in_a_footer_are_not_its_own() -> None:
    text = (
        "Dobrý den,\nžádáme o přístup za Podhůří, spol. s r.o."
        + _IPS
        + "\nVydavatel deníku Podhůří, spol. s r.o. · Nábřeží 3, Písek\n"
    )
    assert _org(_x(text))[0] == "Podhůří, spol. s r.o."


# ------------- an IČO that a spreadsheet stored as a number (its leading zeros lost) -------------


@pytest.mark.parametrize(
    ("line", "want"),
    [
        pytest.param("IČO\t471160", "00471160", id="cell-six-digits"),
        pytest.param("IČO:\t4561", None, id="cell-too-short"),
        pytest.param("ICO: 75205", None, id="five-digits-not-read"),
        pytest.param("IČ\t601942.0", "00601942", id="cell-float-written"),
        pytest.param("Identifikace: IČO 543217, obec", "00543217", id="after-label-in-text"),
        pytest.param("ičo = 5432170", None, id="seven-digits-checksum-fails"),
    ],
)
def test_ico_padded_with_its_lost_zeros(line: str, want: str | None) -> None:
    hit = ico_without_zeros([Block("t.xlsx", Kind.ATTACHMENT, (Line(1, line),))])
    assert (hit.value if hit else None) == want
    assert hit is None or not hit.certain


def test_ico_padded_only_after_its_label() -> None:
    block = Block("t.xlsx", Kind.ATTACHMENT, (Line(1, "Tel.\t471160"), Line(2, "PSČ\t601942")))
    assert ico_without_zeros([block]) is None


def test_a_spreadsheet_ico_without_zeros_reaches_the_record_unsure() -> None:
    sheet = "Žadatel\tObec Dolní Lhota\nIČO\t471160\nProdukční\t192.0.2.10\nKontakt\tIva Nová, 603 123 456\n"
    x = _x(
        "Dobrý den, žádost v příloze.", text_file("zadost.txt", sheet), sender="nova@lhota.example"
    )
    ico = x.fields["organization.ico"]
    assert (ico.value, ico.certain, ico.reason) == ("00471160", False, Reason.LEADING_ZEROS)


def test_a_full_ico_is_read_as_it_is() -> None:
    x = _x("Žadatel: Obec Dolní Lhota\nIČO: 00471160\n" + _IPS)
    ico = x.fields["organization.ico"]
    assert (ico.value, ico.certain) == ("00471160", True)


# ------------- a freelancer: their own name, never a postscript's words -------------


def _freelancer(
    text: str, sender: str = "karel@posta.example", name: str = ""
) -> tuple[object, bool]:
    x = extract(mail(body(text), sender=sender, sender_name=name))
    v = x.fields.get("organization.name")
    return (v.value, v.certain) if v is not None else (None, False)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param(
            "Dobrý den,\njsem fotograf na volné noze, žádám o přístup k XML.\nProdukce: 192.0.2.10\n"
            "Tel. 606 111 222\n\nDíky, Karel Vodák\n\nPS: pardon, test je 192.0.2.12.\n",
            "Karel Vodák",
            id="cs-ps-colon",
        ),
        pytest.param(
            "Hello,\nI am a freelance reporter and ask for the XML feed.\nProduction: 192.0.2.10\n"
            "Phone +420 606 111 222\n\nThanks, Karel Vodak\n\nP.S. sorry, the test host is 192.0.2.12.\n",
            "Karel Vodak",
            id="en-p-s-dot",
        ),
        pytest.param(
            "Dobrý deň,\nsom nezávislý novinár, žiadam o prístup k XML.\nProdukcia: 192.0.2.10\n"
            "Tel. 0905 111 222\n\nĎakujem, Karel Vodák\n\nPS ospravedlňujem sa, test je 192.0.2.12.\n",
            "Karel Vodák",
            id="sk-ps-no-colon",
        ),
        pytest.param(
            "Dobrý den,\njsem OSVČ, žádám o přístup k XML.\nProdukce: 192.0.2.10\nTel. 606 111 222\n\n"
            "Díky, Karel Vodák\n\nPozn.: adresy platí od září.\n",
            "Karel Vodák",
            id="cs-labelled-note",
        ),
    ],
)
def test_freelancers_name_not_a_postscript(text: str, want: str) -> None:
    assert _freelancer(text) == (want, False)


def test_an_organisation_opening_with_ps_stays() -> None:
    text = "Dobrý den,\nžádáme o přístup k XML.\nProdukce: 192.0.2.10\n\nS pozdravem\nJan Malý, PS Media\n"
    assert _freelancer(text)[0] == "PS Media"


@pytest.mark.parametrize(
    ("text", "name", "want"),
    [
        pytest.param(
            "Buenos días:\nSoy periodista autónomo y pido acceso al XML. Producción: 192.0.2.10\n"
            "Un saludo,\nLucía Ferrer Ortiz\n",
            "Lucía Ferrer Ortiz",
            "Lucía Ferrer Ortiz",
            id="es-autonomo",
        ),
        pytest.param(
            "Bonjour,\nje suis journaliste pigiste et je demande l'accès au XML. Production : 192.0.2.10\n"
            "Cordialement,\nMarc Dubois\n",
            "Marc Dubois",
            "Marc Dubois",
            id="fr-pigiste",
        ),
        pytest.param(
            "Guten Tag,\nich bin freiberuflich tätig und bitte um Zugang zum XML. Produktion: 192.0.2.10\n"
            "Mit freundlichen Grüßen\nAnna Weber\n",
            "Anna Weber",
            "Anna Weber",
            id="de-freiberuflich",
        ),
        pytest.param(
            "Buongiorno,\nchiedo a titolo personale l'accesso al XML. Produzione: 192.0.2.10\n"
            "Cordiali saluti\nLuca Bianchi\n",
            "Luca Bianchi",
            "Luca Bianchi",
            id="it-a-titolo-personale",
        ),
    ],
)
def test_a_foreign_freelancer_is_the_applicant(text: str, name: str, want: str) -> None:
    assert _freelancer(text, "x@posta.example", name) == (want, False)


def test_a_foreign_writer_of_a_firm_names_the_firm() -> None:
    text = (
        "Buenos días:\nSoy la directora de informativos y pido acceso al XML. Producción: 192.0.2.10\n"
        "Un saludo,\nLucía Ferrer\nRadio Norte S.A.\n"
    )
    assert _freelancer(text, "ferrer@norte.example", "Lucía Ferrer")[0] == "Radio Norte S.A."


# ------------- a name opening with a capital letter outside Czech ("Østlandets Avis AS") -------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param(
            "Østlandets Budstikke AS (org.nr. 987 654 321) asks for access.",
            "Østlandets Budstikke AS",
            id="no-o-slash",
        ),
        pytest.param(
            "Åbo Tidning AB asks for access to the XML feed.", "Åbo Tidning AB", id="fi-a-ring"
        ),
        pytest.param(
            "Łódzkie Media sp. z o.o. prosi o dostęp do XML.",
            "Łódzkie Media sp. z o.o.",
            id="pl-l-stroke",
        ),
        pytest.param(
            "Ärztezeitung Verlags-GmbH bittet um Zugang zum XML.",
            "Ärztezeitung Verlags-GmbH",
            id="de-a-umlaut",
        ),
    ],
)
def test_a_name_opening_with_a_foreign_capital_keeps_its_first_word(text: str, want: str) -> None:
    assert _org(_x("Hello,\n\n" + text + _IPS))[0] == want


def test_a_lower_case_foreign_letter_opens_no_name() -> None:
    assert _org(_x("Hello,\n\nøstlandets Avis AS asks for access." + _IPS))[0] == "Avis AS"


# ------------- a labelled sole trader: the person and their own trade name -------------


@pytest.mark.parametrize(
    ("line", "want"),
    [
        pytest.param(
            "Žadatel\tPetr Kolář - KOLÁŘ FOTO", "Petr Kolář - KOLÁŘ FOTO", id="cs-tab-caps"
        ),
        pytest.param("Žiadateľ: Jana Malá – JM Video", "Jana Malá – JM Video", id="sk-initials"),
        pytest.param("Applicant: Tom Berg – Berg Media", "Tom Berg – Berg Media", id="en-surname"),
        pytest.param(
            "Žadatel: Eva Šťastná - Stastna Press", "Eva Šťastná - Stastna Press", id="cs-folded"
        ),
    ],
)
def test_a_labelled_sole_trader_keeps_the_person_with_the_trade_name(line: str, want: str) -> None:
    assert _org(_x(line + "\n" + _IPS))[0] == want


def test_a_labelled_person_with_an_employer_names_the_employer() -> None:
    assert _org(_x("Žadatel: Pavla Nová – Rádio Východ\n" + _IPS))[0] == "Rádio Východ"


# ------------- "(IČO nemám)": a sentence before words saying there is no number -------------


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Fotím sám, bez firmy (IČO nemám, jsem student).", id="cs-ico-nemam"),
        pytest.param("Natáčím to na vlastní pěst (IČ zatím nemám).", id="cs-ic-zatim"),
        pytest.param("Robím to sám, bez firmy (IČO nemám).", id="sk-ico-nemam"),
        pytest.param("I film it on my own (no Company ID yet, sorry).", id="en-no-company-id"),
    ],
)
def test_words_of_no_number_name_no_organisation(sentence: str) -> None:
    text = "Dobrý den,\n\njmenuji se Karel Vodák. " + sentence + "\n" + _IPS + "\nKarel Vodák\n"
    name, _, sure, _ = _org(_x(text, sender="vodak@posta.example"))
    assert name in (None, "Karel Vodák")
    assert not sure


def test_a_name_before_its_number_in_brackets_is_read() -> None:
    text = "Dobrý den,\n\nSpolek Zelený Vrch (IČO 26147351) žádá o přístup k XML.\n" + _IPS
    assert _org(_x(text))[0] == "Spolek Zelený Vrch"


# ------------- a table's header row is no labelled line -------------


@pytest.mark.parametrize(
    "header",
    [
        pytest.param("Jméno        Role        Telefon", id="cs-jmeno-role"),
        pytest.param("Meno\tFunkcia\tTelefón", id="sk-tabs"),
        pytest.param("Jméno a příjmení     Pozice      E-mail", id="cs-pozice"),
        pytest.param("Name      Role      Phone", id="en-name-role"),
    ],
)
def test_a_header_row_is_no_labelled_value(header: str) -> None:
    text = (
        "Město Horní Dvůr, Náměstí 1, IČO 00471160\nŽádáme o povolení natáčet.\n\n"
        + header
        + "\nIva Nová        redaktorka        603 123 456\n"
    )
    name, _, _, _ = _org(_x(text, sender="nova@dvur.example"))
    assert name != "Role Telefon" and "Telefon" not in str(name) and "Phone" not in str(name)


def test_a_labelled_line_with_a_gap_is_still_read() -> None:
    text = "Žadatel        Obec Dolní Lhota\nIČO        00471160\n" + _IPS
    assert _org(_x(text))[0] == "Obec Dolní Lhota"


# ------------- an IČO label written with a dot and a colon ("ič.: …") -------------


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Lesní Echo s.r.o., ič.: 26147351", id="lower-dot-colon"),
        pytest.param("Lesní Echo s.r.o., IČ.: 26147351", id="upper-dot-colon"),
        pytest.param("Lesní Echo s.r.o., ICO.:26147351", id="no-diacritics-no-space"),
        pytest.param("Lesní Echo s.r.o., IČO. : 26 147 351", id="spaced-groups"),
    ],
)
def test_ico_after_a_dotted_label_with_a_colon(line: str) -> None:
    _, ico, _, sure = _org(_x("Dobrý den, žádáme o přístup.\n" + line + "\n" + _IPS))
    assert (ico, sure) == ("26147351", True)


def test_a_dotted_label_with_a_failing_number_is_no_ico() -> None:
    x = _x("Dobrý den, žádáme o přístup.\nLesní Echo s.r.o., ič.: 26147352\n" + _IPS)
    ico = x.fields.get("organization.ico")
    assert ico is not None and ico.value is None and not ico.certain


def test_a_dic_with_a_dotted_label_is_no_ico_label() -> None:
    x = _x("Dobrý den, žádáme o přístup.\nLesní Echo s.r.o., DIČ.: CZ7501011234\n" + _IPS)
    ico = x.fields.get("organization.ico")
    assert ico is None or not ico.certain


# ------------- a publication's title and a dash before the publisher in a signature -------------


@pytest.mark.parametrize(
    ("text", "sig", "want"),
    [
        pytest.param(
            "vydává ho Lesní Echo s.r.o. a žádáme o přístup.",
            "Zpravodaj Hvozd - Lesní Echo s.r.o.",
            "Lesní Echo s.r.o.",
            id="cs-hyphen",
        ),
        pytest.param(
            "vydavateľom je Horehronské vysielanie, s.r.o., žiadame o prístup.",
            "Týždenník Hron – Horehronské vysielanie, s.r.o.",
            "Horehronské vysielanie, s.r.o.",
            id="sk-en-dash",
        ),
        pytest.param(
            "published by Riverside Press Ltd, we ask for access.",
            "The Valley Post — Riverside Press Ltd",
            "Riverside Press Ltd",
            id="en-em-dash",
        ),
        pytest.param(
            "édité par la Société Vosgienne de Presse SAS, nous demandons l'accès.",
            "Le Petit Vosgien - Société Vosgienne de Presse SAS",
            "Société Vosgienne de Presse SAS",
            id="fr-hyphen",
        ),
    ],
)
def test_a_title_cell_before_the_publisher_is_not_its_name(text: str, sig: str, want: str) -> None:
    x = _x("Dobrý den,\n\n" + text + "\n" + _IPS + "\nIva Nová\n" + sig + "\n")
    assert _org(x)[0] == want


def test_a_descriptive_opening_without_a_dash_stays_the_name() -> None:
    text = (
        "Dobrý den,\n\nv příloze zasíláme žádost Televizní společnosti Lipa, a.s. o přístup.\n"
        + _IPS
        + "\nS pozdravem\nTelevizní společnost Lipa, a.s.\nNábřežní 4, Kolín\n"
    )
    assert _org(_x(text))[0] == "Televizní společnost Lipa, a.s."
