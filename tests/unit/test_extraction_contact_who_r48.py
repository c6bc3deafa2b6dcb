"""A drill, forty-eighth round (issue 18): the contact handed over to another person in the
writer's newest words ("od zítřka přebírá komunikaci kolegyně X", "takes over the
correspondence", "übernimmt die Kommunikation", "przejmuje korespondencję"): the one who
takes over is the contact, with the details given for them; never for certain. Near misses:
a colleague merely copied, a hand-over of something other than the application's
communication. (b) A contacts table that writes its names surname first, the contact's with no
diacritics ("Chalupa Roman") beside a woman's surname by its form ("Slaninová Eva"): the
contact given name first. (c) Two signers on lines of their own, the second called the contact
("– kontakt pro natáčení", "contact person", "Ansprechpartnerin"): the second, with the phone
and e-mail of their own line; near miss: the second is the billing contact. Every message was labelled by ``tests/corpus/LABELS.md`` before extraction
ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import FEED, REC, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, mail, text_file

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _mail(text: str, sender: str, name: str) -> ParsedMessage:
    return mail(body(text), subject="Přístup k výsledkům voleb", sender=sender, sender_name=name)


_CZ = (
    "Dobrý den,\n\nZlínský týdeník s.r.o., IČO 27714321, žádá o přístup k průběžným výsledkům voleb (XML).\n"
    "Produkční IP: 192.0.2.51\n\n{new}\n\nS pozdravem\nMarta Hrušková\nZlínský týdeník s.r.o.\ntel. 604 118 220\n"
)
_ORG_CZ = ("Zlínský týdeník s.r.o.", "27714321", None)


def _cz(key: str, new: str, who: tuple[str | None, str | None, str | None]) -> None:
    CASES[key] = (
        _mail(_CZ.format(new=new), "hruskova@zlinskytydenik.example", "Marta Hrušková"),
        label(FEED, _ORG_CZ, ["192.0.2.51"], [], who),
    )


_HRUSKOVA = ("Marta Hrušková", "hruskova@zlinskytydenik.example", "+420604118220")
_cz(
    "cs_prebira_komunikaci",
    "Od zítřka přebírá komunikaci ohledně voleb kolegyně Ivana Vítková, vitkova@zlinskytydenik.example, tel. 731 200 415.",
    ("Ivana Vítková", "vitkova@zlinskytydenik.example", "+420731200415"),
)
_cz(
    "cs_prebira_agendu_wrapped",
    "Upozorňuji, že od září celou agendu voleb přebírá kolega\nOndřej Mach, mach@zlinskytydenik.example, mobil 777 310 562.",
    ("Ondřej Mach", "mach@zlinskytydenik.example", "+420777310562"),
)
_cz(
    "cs_korespondenci_prevezme",
    "Veškerou korespondenci k žádosti převezme od pondělí kolega Pavel Rybář (rybar@zlinskytydenik.example, 608 455 019).",
    ("Pavel Rybář", "rybar@zlinskytydenik.example", "+420608455019"),
)
_cz(
    "sk_preberie_komunikaciu",
    "Komunikáciu k žiadosti odteraz preberá kolegyňa Zuzana Kováčová, kovacova@zlinskytydenik.example, 0905 312 774.",
    ("Zuzana Kováčová", "kovacova@zlinskytydenik.example", "+421905312774"),
)
_cz(
    "en_takes_over_correspondence",
    "From Monday my colleague Helen Ward takes over the correspondence on this application: "
    "ward@zlinskytydenik.example, +420 725 118 903.",
    ("Helen Ward", "ward@zlinskytydenik.example", "+420725118903"),
)
_cz(
    "de_uebernimmt_kommunikation",
    "Ab sofort übernimmt meine Kollegin Sabine Krüger die Kommunikation zu diesem Antrag "
    "(krueger@zlinskytydenik.example, +49 170 5512 880).",
    ("Sabine Krüger", "krueger@zlinskytydenik.example", "+491705512880"),
)
_cz(
    "pl_przejmuje_korespondencje",
    "Od jutra korespondencję w tej sprawie przejmuje kolega Tomasz Wójcik, wojcik@zlinskytydenik.example, +48 601 220 317.",
    ("Tomasz Wójcik", "wojcik@zlinskytydenik.example", "+48601220317"),
)
# near misses: a colleague merely in copy, or a hand-over of something else
_cz(
    "neg_cs_in_copy_only",
    "V kopii posílám kolegyni Ivaně Vítkové pro informaci, vitkova@zlinskytydenik.example.",
    _HRUSKOVA,
)
_cz(
    "neg_cs_prebira_technika",
    "Technické nastavení serveru přebírá od zítřka kolega Ondřej Mach z IT.",
    _HRUSKOVA,
)
_cz(
    "neg_en_takes_over_filming",
    "My colleague Helen Ward takes over the editing of our election-night coverage.",
    _HRUSKOVA,
)

# the hand-over in a reply above the quoted application, which names the writer as contact
_QUOTED = (
    "{new}\n\n{sig}\n\n________________________________\n"
    "From: Marta Hrušková <hruskova@zlinskytydenik.example>\nSent: Monday, September 8, 2025 10:02 AM\n"
    "To: podatelna@czso.cz\nSubject: Žádost o přístup k výsledkům voleb\n\n"
    "Dobrý den,\n\nZlínský týdeník s.r.o., IČO 27714321, žádá o přístup k průběžným výsledkům voleb (XML).\n"
    "Produkční IP: 192.0.2.51\nKontakt: Marta Hrušková, 604 118 220\n\nMarta Hrušková\nonline redakce\n"
)


def _reply(key: str, new: str, sig: str, who: tuple[str | None, str | None, str | None]) -> None:
    CASES[key] = (
        _mail(_QUOTED.format(new=new, sig=sig), "hruskova@zlinskytydenik.example", "Marta Hrušková"),
        label(FEED, _ORG_CZ, ["192.0.2.51"], [], who),
    )


_reply(
    "cs_reply_prebira_komunikaci_in_copy",
    "Dobrý den,\n\njen pro pořádek: od zítřka přebírá komunikaci ohledně voleb kolegyně Ivana Vítková "
    "(v kopii, vitkova@zlinskytydenik.example), tel. 731 200 415. Vše ostatní z původní žádosti platí.",
    "Díky, Marta Hrušková",
    ("Ivana Vítková", "vitkova@zlinskytydenik.example", "+420731200415"),
)
_reply(
    "en_reply_takes_over",
    "Hello,\n\nplease note that from tomorrow my colleague Helen Ward (ward@zlinskytydenik.example, "
    "+420 725 118 903) takes over the communication about this application.",
    "Thanks,\nMarta Hrušková",
    ("Helen Ward", "ward@zlinskytydenik.example", "+420725118903"),
)
_reply(
    "sk_reply_preberie_agendu",
    "Dobrý deň,\n\nagendu volieb od pondelka preberá kolegyňa Zuzana Kováčová, kovacova@zlinskytydenik.example, "
    "0905 312 774.",
    "Vďaka\nMarta Hrušková",
    ("Zuzana Kováčová", "kovacova@zlinskytydenik.example", "+421905312774"),
)
_reply(
    "neg_cs_reply_colleague_in_copy",
    "Dobrý den,\n\nv kopii je kolegyně Ivana Vítková (vitkova@zlinskytydenik.example), jen pro informaci. "
    "Vše z původní žádosti platí.",
    "Díky, Marta Hrušková",
    ("Marta Hrušková", "hruskova@zlinskytydenik.example", "+420604118220"),
)


# (b) a contacts table writing names surname first
def _table(key: str, table: str, who: tuple[str | None, str | None, str | None], note: str = "Žádost v příloze.") -> None:
    CASES[key] = (
        mail(
            body(f"Dobrý den,\n\n{note}\n\nS pozdravem\nredakce\n"),
            text_file("zadost.txt", "Žadatel: Severní listy s.r.o.\nIČO: 27714321\nProdukční IP: 192.0.2.61\n\n" + table),
            subject="Přístup k výsledkům voleb",
            sender="redakce@severnilisty.example",
        ),
        label(FEED, ("Severní listy s.r.o.", "27714321", None), ["192.0.2.61"], [], who),
    )


_table(
    "tab_rows_chalupa",
    "Kontakty\njméno\tfunkce\ttelefon\te-mail\tkontakt pro ČSÚ\n"
    "Chalupa Roman\tvedoucí IT\t602 849 173\tchalupa@severnilisty.example\tANO\n"
    "Slaninová Eva\tšéfredaktorka\t606 331 200\tslaninova@severnilisty.example\tNE\n",
    ("Roman Chalupa", "chalupa@severnilisty.example", "+420602849173"),
)
_table(
    "bar_rows_kolar_second",
    "| Jméno | Role | Telefon | E-mail |\n| Horáková Jana | jednatelka | 603 100 200 | horakova@severnilisty.example |\n"
    "| Kolar Martin | kontaktní osoba | 731 455 902 | kolar@severnilisty.example |\n",
    ("Martin Kolar", "kolar@severnilisty.example", "+420731455902"),
)
_table(
    "sk_tab_rows_novak",
    "Meno\tFunkcia\tTelefón\tE-mail\tKontakt\nBenko Peter\tIT\t0905 221 318\tbenko@severnilisty.example\táno\n"
    "Kováčová Zuzana\triaditeľka\t0905 100 200\tkovacova@severnilisty.example\tnie\n",
    ("Peter Benko", "benko@severnilisty.example", "+421905221318"),
)
# near miss: the table writes its names given name first; the contact stands as written
_table(
    "neg_tab_rows_given_first",
    "Kontakty\njméno\tfunkce\ttelefon\te-mail\tkontakt pro ČSÚ\n"
    "Roman Chalupa\tvedoucí IT\t602 849 173\tchalupa@severnilisty.example\tANO\n"
    "Eva Slaninová\tšéfredaktorka\t606 331 200\tslaninova@severnilisty.example\tNE\n",
    ("Roman Chalupa", "chalupa@severnilisty.example", "+420602849173"),
)


# (c) two signers, the second called the contact
def _two_signers(key: str, text: str, second: str, who: tuple[str | None, str | None, str | None]) -> None:
    CASES[key] = (
        _mail(f"{text}\n\nJan Doležal, jednatel, 602 300 411\n{second}\n\nStudio Kamera Plus s.r.o.\n",
              "dolezal@studiokamera.example", "Jan Doležal"),
        label(REC, ("Studio Kamera Plus s.r.o.", "24630977", None), [], [], who),
    )


_CS_REC = (
    "Dobrý den,\n\nStudio Kamera Plus s.r.o. (IČO 24630977) žádá o povolení natáčet v sídle ČSÚ "
    "během zpracování výsledků voleb. Přístup k XML výsledkům nepotřebujeme.\n\nS pozdravem"
)
_EN_REC = (
    "Hello,\n\nStudio Kamera Plus s.r.o. (IČO 24630977) asks for permission to film at the CZSO "
    "headquarters on election night. We do not need the XML feed.\n\nKind regards"
)
_PATKOVA = ("Simona Pátková", "patkova@studiokamera.example", "+420739215660")
_two_signers("cs_second_filming_contact", _CS_REC,
             "Simona Pátková, produkce – kontakt pro natáčení, 739 215 660, patkova@studiokamera.example", _PATKOVA)
_two_signers("cs_second_contact_person", _CS_REC,
             "Simona Pátková | kontaktní osoba | 739 215 660 | patkova@studiokamera.example", _PATKOVA)
_two_signers("en_second_contact_person", _EN_REC,
             "Simona Pátková, producer (contact person), +420 739 215 660, patkova@studiokamera.example", _PATKOVA)
_two_signers("de_second_ansprechpartnerin", _EN_REC,
             "Simona Pátková, Produktion, Ansprechpartnerin, +420 739 215 660, patkova@studiokamera.example", _PATKOVA)
# near miss: the second signer is the billing contact; the first signer stands
_two_signers("neg_cs_second_billing", _CS_REC,
             "Simona Pátková, kontakt pro fakturaci, 739 215 660, patkova@studiokamera.example",
             ("Jan Doležal", "dolezal@studiokamera.example", "+420602300411"))


XFAIL: dict[str, str] = {
    "neg_cs_prebira_technika": "contact (r48-who): a bare hand-over verb ('přebírá kolega X') is a contact word of "
    "the sentence rule whatever is taken over (here the server's set-up); the colleague is given, flagged",
    "neg_en_takes_over_filming": "contact (r48-who): 'takes over' is a contact word of the sentence rule whatever "
    "is taken over (here the editing); the colleague is given, flagged",
}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert [m for m in misses(p, want) if m.startswith("contact")] == []
