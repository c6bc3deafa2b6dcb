"""Contact person, e-mail and phone, thirty-sixth round (issue 18), helper r36-who.

Listed misses:

* ae017: a freelancer's data message with a press card attached: the card's line "Číslo
  průkazu: SN-2025-04417" was read as a Czech landline (+420202504417), certain.
* ae024: "Kontakt: L. Marek, 605 …" in a data message's annotation with a power of attorney
  for "pana Luboše Marka": the initial was unreadable, the grantor's signer was taken.
* ae025: "Zdraví Eva" (a greeting verb in the third person) was read as a name.
* ad031: "od října jsem na dlouhodobé dovolené, kontaktní osobou proto bude kolegyně …
  Na mě se prosím už neobracejte.": the contact replaced in the same text was not seen.

Classes fixed:

1. A number that is the value of a label naming something else (a card, a case, an
   account, an order, a reference: "Číslo průkazu:", "Spisová značka:", "Card no.:",
   "IBAN:") or glued to a code of capitals ("SN-2025-04417") is no phone.
2. A contact written with an initial ("L. Marek") resolves to the one full name with that
   initial and surname written anywhere, also in an oblique case (unsure).
3. A greeting verb in the third person ("Zdraví Eva", "Pozdravuje Petr") is no part of a name.
4. The holder of the contact role asking not to be turned to any more, or handing the role
   on for a leave, replaces the contact with the person named there (unsure).

The drill's messages were labelled by ``tests/corpus/LABELS.md`` before any extraction was
run on them; wording and names are the tests' own, none a corpus case."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.extraction_helpers import body, data_message, extract, mail, text_file

# (id, message, wanted (person, e-mail, phone)); a field wanted as ... is not checked
_Want = tuple[object, object, object]
_CASES: list[tuple[str, ParsedMessage, _Want]] = []


def _case(cid: str, p: ParsedMessage, person: object, email: object, phone: object) -> None:
    _CASES.append((cid, p, (person, email, phone)))


# ---- class 1: a number labelled as something else is no phone -------------------------
_case(
    "p01-cs-op-number-before-phone",
    mail(
        body(
            "Dobrý den,\n\nžádáme o povolení k natáčení ve volební noc.\n\nJméno: Petra Kolářová\n"
            "Číslo OP: 204 556 781\nTelefon: 731 220 415\nE-mail: kolarova@tvjih.example\n\nDěkuji\nPetra Kolářová\n"
        ),
        sender="kolarova@tvjih.example",
        sender_name="Petra Kolářová",
    ),
    "Petra Kolářová",
    "kolarova@tvjih.example",
    "+420731220415",
)
_case(
    "p02-en-press-card-no",
    mail(
        body(
            "Hello,\n\nI would like to photograph the count in Prague for our agency.\n\n"
            "Name: Mark Hill\nPress card no.: 603-118-447\nMobile: +44 7700 900 812\n\nBest regards\nMark Hill\n"
        ),
        sender="mark.hill@pressagency.example",
        sender_name="Mark Hill",
    ),
    "Mark Hill",
    "mark.hill@pressagency.example",
    "+447700900812",
)
_case(
    "p03-sk-preukaz-then-tel",
    mail(
        body(
            "Dobrý deň,\n\nprosím o povolenie fotografovať na zbernom mieste.\n\nMeno: Jana Bieliková\n"
            "Číslo preukazu: 905 112 334\nTel.: +421 908 765 432\n\nS pozdravom\nJana Bieliková\n"
        ),
        sender="bielikova@dennik.example",
        sender_name="Jana Bieliková",
    ),
    "Jana Bieliková",
    "bielikova@dennik.example",
    "+421908765432",
)
_case(
    "p04-databox-spisova-znacka",
    data_message(
        "Žádost o přístup k XML, IP 203.0.113.91. Spisová značka: 603 441 200. Kontakt Jiří Doležal, 777 301 552.",
        dm_sender="Rádio Horácko s.r.o.",
    ),
    "Jiří Doležal",
    None,
    "+420777301552",
)
_case(
    "p05-glued-accreditation-code",
    mail(
        body(
            "Dobrý den,\n\nv příloze posílám žádost o akreditaci na volební noc.\n\nS pozdravem\n\n"
            "Ondřej Vávra\nfotograf, Akreditace CZ-602-445-118\nmob. 736 512 009\n"
        ),
        sender="vavra@foto.example",
        sender_name="Ondřej Vávra",
    ),
    "Ondřej Vávra",
    "vavra@foto.example",
    "+420736512009",
)
_case(
    "p06-de-ausweisnummer",
    mail(
        body(
            "Sehr geehrte Damen und Herren,\n\nich bitte um eine Drehgenehmigung in Brno.\n\n"
            "Name: Anna Roth\nAusweisnummer: 601 223 344\nHandy: +49 151 23456789\n\nMit freundlichen Grüßen\nAnna Roth\n"
        ),
        sender="anna.roth@sender.example",
        sender_name="Anna Roth",
    ),
    "Anna Roth",
    "anna.roth@sender.example",
    "+4915123456789",
)
_case(
    "p07-vs-in-table-cells",
    mail(
        body(
            "Dobrý den,\n\nžádost o přístup k výsledkům:\n\nKontaktní osoba\tMartin Krejčí\n"
            "Variabilní symbol\t725 118 904\nTelefon\t720 456 123\n\nKrejčí\n"
        ),
        sender="krejci@mesto.example",
        sender_name="Martin Krejčí",
    ),
    "Martin Krejčí",
    "krejci@mesto.example",
    ...,
)
_case(
    "p08-order-number-only",
    mail(
        body(
            "Dobrý den,\n\nobjednáváme přístup k XML. Číslo objednávky: 606 778 990.\n\n"
            "Kontakt: Lenka Musilová, musilova@noviny.example\n\nLenka Musilová\n"
        ),
        sender="musilova@noviny.example",
        sender_name="Lenka Musilová",
    ),
    "Lenka Musilová",
    "musilova@noviny.example",
    None,
)
# near misses: a number label that is a phone's
_case(
    "p09-neg-kontaktni-cislo",
    mail(
        body(
            "Dobrý den,\n\nžádám o přístup.\n\nJméno: Tomáš Brož\nKontaktní číslo: 604 221 337\n\nTomáš Brož\n"
        ),
        sender="broz@web.example",
        sender_name="Tomáš Brož",
    ),
    "Tomáš Brož",
    "broz@web.example",
    "+420604221337",
)
_case(
    "p10-neg-cislo-na-me",
    mail(
        body(
            "Dobrý den,\n\nprosím o povolení natáčet.\nČíslo na mě: 777 654 321\n\nS pozdravem\nKlára Vondrová\n"
        ),
        sender="vondrova@tv.example",
        sender_name="Klára Vondrová",
    ),
    "Klára Vondrová",
    "vondrova@tv.example",
    "+420777654321",
)

# ---- class 2: an initial resolves to the full name written elsewhere -------------------
_POA = (
    "PLNÁ MOC\nSpolečnost {org}, IČO 27455123, zastoupená jednatelem Ing. Aloisem Kubíčkem,\n"
    "zmocňuje {who}, nar. 3. 4. 1988,\nk podání žádosti u Českého statistického úřadu.\n\n"
    "Ing. Alois Kubíček, jednatel\n"
)
_case(
    "i01-cs-body-initial-poa-pavla",
    mail(
        body(
            "Dobrý den,\n\nžádost a plnou moc přikládáme. Kontakt: P. Svoboda, 603 221 998.\n\nRedakce Jih\n"
        ),
        text_file("plna_moc.txt", _POA.format(org="Jih Media s.r.o.", who="pana Pavla Svobodu")),
        sender="redakce@jih.example",
    ),
    "Pavel Svoboda",
    "redakce@jih.example",
    "+420603221998",
)
_case(
    "i02-databox-initial-radka",
    data_message(
        "Prosíme o přístup k XML (IP 203.0.113.40). Kontaktní osoba: R. Horák, tel. 724 000 111.",
        text_file("plna_moc.txt", _POA.format(org="Horácký deník s.r.o.", who="pana Radka Horáka")),
        dm_sender="Horácký deník s.r.o.",
    ),
    "Radek Horák",
    None,
    "+420724000111",
)
_case(
    "i03-cs-initial-nominative-elsewhere",
    mail(
        body(
            "Dobrý den,\n\nposíláme žádost o natáčení. Kontakt: K. Říha, 605 998 112.\n\n"
            "Štáb: Karel Říha (redaktor), Jan Tůma (kameraman)\n\nTV Sever\n"
        ),
        sender="info@tvsever.example",
    ),
    "Karel Říha",
    "info@tvsever.example",
    "+420605998112",
)
_case(
    "i04-sk-initial-splnomocnuje",
    mail(
        body("Dobrý deň,\n\nžiadosť je v prílohe. Kontakt: M. Kováč, 0905 333 221.\n\nRedakcia\n"),
        text_file(
            "splnomocnenie.txt",
            "SPLNOMOCNENIE\nSpoločnosť Východ Media s.r.o. splnomocňuje pána Martina Kováča\n"
            "na podanie žiadosti.\n\nIng. Eva Lysá, konateľka\n",
        ),
        sender="redakcia@vychod.example",
    ),
    "Martin Kováč",
    "redakcia@vychod.example",
    "+421905333221",
)
_case(
    "i05-cs-feminine-instrumental",
    mail(
        body(
            "Dobrý den,\n\nv příloze žádost. Kontaktní osoba: J. Benešová, 731 000 456.\n\nS pozdravem\nredakce\n"
        ),
        text_file(
            "zadost.txt",
            "Žádost o přístup k výsledkům voleb\nŽadatel: Benešov dnes s.r.o., zastoupený na základě plné moci "
            "paní Janou Benešovou\n",
        ),
        sender="redakce@benesovdnes.example",
    ),
    "Jana Benešová",
    "redakce@benesovdnes.example",
    "+420731000456",
)
_case(
    "i06-en-initial-accreditation",
    mail(
        body(
            "Hello,\n\nplease find our request attached. Contact: T. Walsh, +44 7700 900 456.\n\nNewsdesk\n"
        ),
        text_file(
            "accreditation.txt",
            "ACCREDITATION REQUEST\nJournalist: Thomas Walsh\nOutlet: Northern Wire\n",
        ),
        sender="desk@northernwire.example",
    ),
    "Thomas Walsh",
    "desk@northernwire.example",
    "+447700900456",
)
# near misses: no full name with that initial and surname
_case(
    "i07-neg-other-initial",
    mail(
        body(
            "Dobrý den,\n\nžádost a plnou moc přikládáme. Kontakt: L. Marek, 603 221 771.\n\nRedakce Jih\n"
        ),
        text_file("plna_moc.txt", _POA.format(org="Jih Media s.r.o.", who="pana Petra Marka")),
        sender="redakce@jih.example",
    ),
    "L. Marek",
    "redakce@jih.example",
    "+420603221771",
)
_case(
    "i08-neg-other-surname",
    mail(
        body(
            "Dobrý den,\n\nžádost a plnou moc přikládáme. Kontakt: L. Marek, 603 221 772.\n\nRedakce Jih\n"
        ),
        text_file("plna_moc.txt", _POA.format(org="Jih Media s.r.o.", who="paní Lenku Markovou")),
        sender="redakce@jih.example",
    ),
    "L. Marek",
    "redakce@jih.example",
    "+420603221772",
)

# ---- class 3: a greeting verb is no part of a name -------------------------------------
_case(
    "g01-cs-pozdravuje-first-name",
    mail(
        body(
            "Dobrý den,\n\nposílám žádost o XML, kontaktní osobou jsem já.\n\nPozdravuje Petr\n\n--\n"
            "Petr Sýkora, IT | 608 200 311\nRedakce: info@listy.example\n"
        ),
        sender="sykora@listy.example",
        sender_name="Petr Sýkora",
    ),
    "Petr Sýkora",
    "sykora@listy.example",
    "+420608200311",
)
_case(
    "g02-sk-zdravia-full-name",
    mail(
        body(
            "Dobrý deň,\n\nžiadame o prístup k výsledkom volieb.\n\nZdraví Marta Holá\n0911 222 333\n"
        ),
        sender="hola@noviny.example",
        sender_name="Marta Holá",
    ),
    "Marta Holá",
    "hola@noviny.example",
    "+421911222333",
)
_case(
    "g03-pl-pozdrawia",
    mail(
        body(
            "Dzień dobry,\n\nprosimy o dostęp do wyników wyborów w XML.\n\nPozdrawia\nAnna Nowak\ntel. +48 601 234 567\n"
        ),
        sender="anna.nowak@gazeta.example",
        sender_name="Anna Nowak",
    ),
    "Anna Nowak",
    "anna.nowak@gazeta.example",
    "+48601234567",
)
_case(
    "g04-de-es-gruesst",
    mail(
        body(
            "Guten Tag,\n\nwir bitten um Zugang zu den Wahlergebnissen im XML-Format.\n\nEs grüßt\nJonas Weber\n+49 151 98765432\n"
        ),
        sender="weber@zeitung.example",
        sender_name="Jonas Weber",
    ),
    "Jonas Weber",
    "weber@zeitung.example",
    "+4915198765432",
)
_case(
    "g05-cs-zdravi-first-name-form",
    mail(
        body("Ahoj,\n\nžádost posílám v příloze, kontakt jsem já.\nZdraví Hana\n"),
        text_file(
            "zadost.txt",
            "Žádost o přístup k XML\nKontaktní osoba: Hana Šimková, 602 300 400, simkova@radio.example\n",
        ),
        sender="simkova@radio.example",
        sender_name="Hana Šimková",
    ),
    "Hana Šimková",
    "simkova@radio.example",
    "+420602300400",
)
_case(
    "g06-cs-zdravime-team",
    mail(
        body(
            "Dobrý den,\n\nžádáme o přístup. Kontaktní osoba: Vít Kalina, 603 909 101.\n\nZdravíme\nRedakce Brno\n"
        ),
        sender="redakce@brno.example",
    ),
    "Vít Kalina",
    "redakce@brno.example",
    "+420603909101",
)
# near misses: a surname that only looks like the verb's stem stays
_case(
    "g07-neg-surname-zdravy",
    mail(
        body("Dobrý den,\n\nžádám o přístup.\n\nS pozdravem\nJan Zdravý\n604 555 111\n"),
        sender="zdravy@web.example",
        sender_name="Jan Zdravý",
    ),
    "Jan Zdravý",
    "zdravy@web.example",
    "+420604555111",
)
_case(
    "g08-neg-plain-signoff",
    mail(
        body("Dobrý den,\n\nžádám o přístup k XML.\n\nS pozdravem\nEva Zdražilová\n604 555 112\n"),
        sender="zdrazilova@web.example",
        sender_name="Eva Zdražilová",
    ),
    "Eva Zdražilová",
    "zdrazilova@web.example",
    "+420604555112",
)

# ---- class 4: the contact replaced in the same text ------------------------------------
_case(
    "r01-cs-neobracejte-later",
    mail(
        body(
            "Dobrý den,\n\nžádáme o přístup k XML.\nKontaktní osoba: Pavel Rys, 605 100 200, rys@echo.example\n\n"
            "Doplnění: od ledna přecházím jinam, kontaktní osobou bude kolega Aleš Bureš, 605 100 300, "
            "bures@echo.example. Na mě se prosím neobracejte.\n\nPavel Rys\n"
        ),
        sender="rys@echo.example",
        sender_name="Pavel Rys",
    ),
    "Aleš Bureš",
    "bures@echo.example",
    "+420605100300",
)
_case(
    "r02-en-leave-so-contact",
    mail(
        body(
            "Hello,\n\nwe request XML access. Contact person: Helen Ward, helen@wire.example, +44 7700 900 111.\n\n"
            "Update: I will be on parental leave from October, so the contact person will be my colleague "
            "Oliver Grant, oliver@wire.example, +44 7700 900 222.\n\nHelen Ward\n"
        ),
        sender="helen@wire.example",
        sender_name="Helen Ward",
    ),
    "Oliver Grant",
    "oliver@wire.example",
    "+447700900222",
)
_case(
    "r03-sk-dovolenka-preto",
    mail(
        body(
            "Dobrý deň,\n\nKontaktná osoba: Ivan Hric, 0905 111 222, hric@tlac.example\n\n"
            "Od novembra som na dlhodobej dovolenke, kontaktnou osobou preto bude kolegyňa Zuzana Ďurišová, "
            "0905 111 333, durisova@tlac.example.\n\nIvan Hric\n"
        ),
        sender="hric@tlac.example",
        sender_name="Ivan Hric",
    ),
    "Zuzana Ďurišová",
    "durisova@tlac.example",
    "+421905111333",
)
_case(
    "r04-cs-nekontaktujte-me",
    mail(
        body(
            "Dobrý den,\n\nv žádosti jsem uvedl sebe (Karel Brabec, 606 777 888, brabec@vysocina.example). "
            "Mě už prosím nekontaktujte, kontaktní osobou je nyní Dana Lišková, 606 777 999, liskova@vysocina.example.\n\n"
            "Karel Brabec\n"
        ),
        sender="brabec@vysocina.example",
        sender_name="Karel Brabec",
    ),
    "Dana Lišková",
    "liskova@vysocina.example",
    "+420606777999",
)
_case(
    "r05-en-do-not-contact-me",
    mail(
        body(
            "Hi,\n\nContact: Sam Reed, sam@metro.example, +44 7700 900 333\n\n"
            "Correction: please do not contact me about this any more; the contact person is Lucy Park, "
            "lucy@metro.example, +44 7700 900 444.\n\nSam Reed\n"
        ),
        sender="sam@metro.example",
        sender_name="Sam Reed",
    ),
    "Lucy Park",
    "lucy@metro.example",
    "+447700900444",
)
_case(
    "r06-cs-materska-proto",
    mail(
        body(
            "Dobrý den,\n\nKontaktní osoba: Lucie Vránová, 608 111 000, vranova@zpravy.example\n\n"
            "Od prosince nastupuji na mateřskou, kontaktní osobou tedy bude Jakub Mach, 608 111 222, "
            "mach@zpravy.example.\n\nLucie Vránová\n"
        ),
        sender="vranova@zpravy.example",
        sender_name="Lucie Vránová",
    ),
    "Jakub Mach",
    "mach@zpravy.example",
    "+420608111222",
)
# near misses: a deputy for an absence, a leave without handing the role on
_case(
    "r07-neg-absence-deputy",
    mail(
        body(
            "Dobrý den,\n\nKontaktní osoba: Petr Hůla, 603 333 444, hula@zpravy.example\n\n"
            "V mé nepřítomnosti (dovolená 1.–5. 10.) mě zastupuje kolega Jan Bílek, 603 333 555.\n\nPetr Hůla\n"
        ),
        sender="hula@zpravy.example",
        sender_name="Petr Hůla",
    ),
    "Petr Hůla",
    "hula@zpravy.example",
    "+420603333444",
)
_case(
    "r08-neg-leave-no-handover",
    mail(
        body(
            "Dobrý den,\n\nKontaktní osoba: Alena Kubů, 603 333 666, kubu@zpravy.example\n\n"
            "Po volbách jedu na dovolenou, proto prosím o vyřízení do konce září.\n\nAlena Kubů\n"
        ),
        sender="kubu@zpravy.example",
        sender_name="Alena Kubů",
    ),
    "Alena Kubů",
    "kubu@zpravy.example",
    "+420603333666",
)


def _norm(v: object) -> str | None:
    return None if v is None else " ".join(str(v).split()).casefold()


def _wrong(p: ParsedMessage, want: _Want) -> list[str]:
    got = extract(p).to_dict()
    out = []
    for key, w in zip(("person", "email", "phone"), want, strict=True):
        if w is ...:
            continue
        have = got["contact"][key]
        if _norm(have) != _norm(w):
            certain = got.get("fields", {}).get(f"contact.{key}", {}).get("certain")
            out.append(f"contact.{key}: want {w!r}, got {have!r} (certain={certain})")
    return out


@pytest.mark.parametrize(("cid", "p", "want"), _CASES, ids=[c[0] for c in _CASES])
def test_drill(cid: str, p: ParsedMessage, want: _Want) -> None:
    assert _wrong(p, want) == []
