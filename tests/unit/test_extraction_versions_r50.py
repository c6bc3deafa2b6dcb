"""Drill of round 50: an older and a newer version of the application in one message.

Two attached files are two versions of one form (file names with versions, dates or a
correction word; the covering text calls them the original and the corrected one, or says
which one holds): the valid one gives every field. Near misses: the text says the older one
still holds; two files that are two parts of one application (form and annex, form and
covering letter)."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import FEED, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, data_message, mail, text_file


def form(
    org: str, ico: str, prod: str, test: str, contact: str, head: str = "Žádost o přístup k výsledkům voleb (XML)"
) -> str:
    return (
        f"{org}, IČO {ico}\n{head}\n\nProdukční IP: {prod}\nTestovací IP: {test}\n\nKontakt: {contact}\n"
    )


def en_form(org: str, prod: str, test: str, contact: str, head: str = "Application for the election results XML feed") -> str:
    return f"{org}\n{head}\n\nProduction IP: {prod}\nTest IP: {test}\n\nContact: {contact}\n"


ORG = ("Rozhlas Polabí, s.r.o.", "05832195", None)
P = ["203.0.113.10", "203.0.113.11"]
PS = "203.0.113.10, 203.0.113.11"
DUSEK = ("Marek Dušek", "dusek@rozhlaspolabi.example", "+420604112873")
DUSEK_S = "Marek Dušek, dusek@rozhlaspolabi.example, 604 112 873"
ZED = ("Iveta Zedníková", "zednikova@rozhlaspolabi.example", "+420585330618")
ZED_S = "Iveta Zedníková, zednikova@rozhlaspolabi.example, 585 330 618"
KOP_S = "Pavel Kopecký, kopecky@rozhlaspolabi.example, 585 330 601"

EN_ORG = ("Harbour Radio Ltd", None, None)
EN_NEW = ("Ruth Gale", "ruth.gale@harbourradio.example", "+442079460123")
EN_NEW_S = "Ruth Gale, ruth.gale@harbourradio.example, +44 20 7946 0123"
EN_OLD_S = "Tom Price, tom.price@harbourradio.example, +44 20 7946 0999"


def _two(subject: str, a: tuple[str, str], b: tuple[str, str], text: str) -> ParsedMessage:
    return mail(
        body(text),
        text_file(*a),
        text_file(*b),
        subject=subject,
        sender="dusek@rozhlaspolabi.example",
        sender_name="Marek Dušek",
    )


def _box(annotation: str, a: tuple[str, str], b: tuple[str, str]) -> ParsedMessage:
    return data_message(
        annotation, text_file(*a), text_file(*b), sender="k7wfa3p", dm_sender="Rozhlas Polabí, s.r.o."
    )


def _paste(test_label: str, test: str) -> str:
    return (
        f"Žadatel: {ORG[0]}, IČO {ORG[1]}\nProdukční IP: {PS}\n{test_label}: {test}\n"
        f"Kontakt: {DUSEK_S}\n"
    )


def _two1(text: str) -> ParsedMessage:
    return mail(body(text), subject="Žádost o přístup k výsledkům voleb (XML)",
                sender="dusek@rozhlaspolabi.example", sender_name="Marek Dušek")


BOX_ORG = ("Rozhlas Polabí, s.r.o.", "05832195", "k7wfa3p")
OLD_T = form(*ORG[:2], PS, "203.0.113.91", DUSEK_S)
NEW_T = form(*ORG[:2], PS, "203.0.113.19", DUSEK_S, head="Žádost o přístup k výsledkům voleb (XML) – opravená verze")
OLD_C = form(*ORG[:2], PS, "203.0.113.19", KOP_S)
NEW_C = form(*ORG[:2], PS, "203.0.113.19", ZED_S)
SIGN = "\n\nMarek Dušek\nRozhlas Polabí, s.r.o."

CASES: dict[str, tuple[ParsedMessage, Label]] = {
    "cz_mail_valid_named_parenthesis": (
        _two(
            "Žádost ČSÚ",
            ("zadost_v1.txt", OLD_T),
            ("zadost_v2.txt", NEW_T),
            "Dobrý den, posílám obě verze, platí zadost_v2.txt (ve v1 je chybná testovací adresa)." + SIGN,
        ),
        label(FEED, ORG, P, ["203.0.113.19"], DUSEK),
    ),
    "cz_box_subject_valid_named_parenthesis": (
        _box(
            "Žádost o přístup – přikládáme obě verze, platí zadost_v2.txt (ve v1 chybná testovací adresa)",
            ("zadost_v1.txt", OLD_T),
            ("zadost_v2.txt", NEW_T),
        ),
        label(FEED, BOX_ORG, P, ["203.0.113.19"], DUSEK),
    ),
    "sk_box_dates_original_and_corrected": (
        _box(
            "Prikladáme pôvodnú žiadosť z 2. 9. a opravenú z 9. 9. – v opravenej je nový kontakt "
            "(p. Zedníková namiesto p. Kopeckého).",
            ("ziadost_2025-09-02.txt", OLD_C),
            ("ziadost_2025-09-09_oprava.txt", NEW_C),
        ),
        label(FEED, BOX_ORG, P, ["203.0.113.19"], ZED),
    ),
    "cz_box_dates_dmy_original_and_corrected": (
        _box(
            "Zasíláme původní i opravenou žádost, v opravené je nová kontaktní osoba.",
            ("zadost_02.09.2025.txt", OLD_C),
            ("zadost_09.09.2025.txt", NEW_C),
        ),
        label(FEED, BOX_ORG, P, ["203.0.113.19"], ZED),
    ),
    "cz_mail_name_word_original_corrected": (
        _two(
            "žádost",
            ("zadost.txt", OLD_T),
            ("zadost_opravena.txt", NEW_T),
            "Dobrý den,\nv příloze původní žádost a její opravenou verzi (přečíslovali jsme testovací stroj)."
            + SIGN,
        ),
        label(FEED, ORG, P, ["203.0.113.19"], DUSEK),
    ),
    "en_original_and_updated": (
        mail(
            body("Hello,\nplease find attached the original application and the updated one (new contact).\nRuth Gale"),
            text_file("application_original.txt", en_form("Harbour Radio Ltd", PS, "203.0.113.19", EN_OLD_S)),
            text_file("application_updated.txt", en_form("Harbour Radio Ltd", PS, "203.0.113.19", EN_NEW_S)),
            subject="Election feed",
            sender="ruth.gale@harbourradio.example",
            sender_name="Ruth Gale",
        ),
        label(FEED, EN_ORG, P, ["203.0.113.19"], EN_NEW),
    ),
    "en_draft_and_final_use_final": (
        mail(
            body("Hi,\ntwo files attached: the draft and the final version. Please use the final one.\nRuth Gale"),
            text_file("request_draft.txt", en_form("Harbour Radio Ltd", PS, "203.0.113.91", EN_NEW_S)),
            text_file("request_final.txt", en_form("Harbour Radio Ltd", PS, "203.0.113.19", EN_NEW_S)),
            subject="Election feed",
            sender="ruth.gale@harbourradio.example",
            sender_name="Ruth Gale",
        ),
        label(FEED, EN_ORG, P, ["203.0.113.19"], EN_NEW),
    ),
    "de_original_and_corrected_dates": (
        mail(
            body("Guten Tag,\nanbei der ursprüngliche Antrag und die korrigierte Fassung (neue Testadresse).\nRuth Gale"),
            text_file("antrag_2025-08-30.txt", en_form("Harbour Radio Ltd", PS, "203.0.113.91", EN_NEW_S)),
            text_file("antrag_2025-09-04.txt", en_form("Harbour Radio Ltd", PS, "203.0.113.19", EN_NEW_S)),
            subject="Antrag",
            sender="ruth.gale@harbourradio.example",
            sender_name="Ruth Gale",
        ),
        label(FEED, EN_ORG, P, ["203.0.113.19"], EN_NEW),
    ),
    "pl_original_and_corrected_versions": (
        mail(
            body("Dzień dobry,\nw załączeniu pierwotny wniosek oraz poprawiony (zmieniony adres testowy).\nRuth Gale"),
            text_file("wniosek_v1.txt", en_form("Harbour Radio Ltd", PS, "203.0.113.91", EN_NEW_S)),
            text_file("wniosek_v2.txt", en_form("Harbour Radio Ltd", PS, "203.0.113.19", EN_NEW_S)),
            subject="Wniosek",
            sender="ruth.gale@harbourradio.example",
            sender_name="Ruth Gale",
        ),
        label(FEED, EN_ORG, P, ["203.0.113.19"], EN_NEW),
    ),
    "hu_original_and_corrected": (
        mail(
            body("Tisztelt Hivatal!\nCsatolom az eredeti és a javított kérelmet; a javított az érvényes.\nRuth Gale"),
            text_file("kerelem_v1.txt", en_form("Harbour Radio Ltd", PS, "203.0.113.91", EN_NEW_S)),
            text_file("kerelem_v2.txt", en_form("Harbour Radio Ltd", PS, "203.0.113.19", EN_NEW_S)),
            subject="Kérelem",
            sender="ruth.gale@harbourradio.example",
            sender_name="Ruth Gale",
        ),
        label(FEED, EN_ORG, P, ["203.0.113.19"], EN_NEW),
    ),
    # near misses
    "near_cz_older_still_holds": (
        _two(
            "žádost",
            ("zadost_v1.txt", OLD_T),
            ("zadost_v2.txt", NEW_T),
            "Dobrý den, přikládám původní žádost a opravenou verzi; platí ale ta původní, oprava byla "
            "poslána omylem." + SIGN,
        ),
        label(FEED, ORG, P, ["203.0.113.91"], DUSEK),
    ),
    "near_en_version1_still_applies": (
        mail(
            body("Hello,\nboth versions attached; version 1 still applies, version 2 was sent by mistake.\nRuth Gale"),
            text_file("request_v1.txt", en_form("Harbour Radio Ltd", PS, "203.0.113.91", EN_NEW_S)),
            text_file("request_v2.txt", en_form("Harbour Radio Ltd", PS, "203.0.113.19", EN_NEW_S)),
            subject="Election feed",
            sender="ruth.gale@harbourradio.example",
            sender_name="Ruth Gale",
        ),
        label(FEED, EN_ORG, P, ["203.0.113.91"], EN_NEW),
    ),
    "near_cz_form_and_annex": (
        _two(
            "žádost",
            ("zadost_2025.txt", f"{ORG[0]}, IČO {ORG[1]}\nŽádost o přístup k výsledkům voleb (XML)\n"
             f"Adresy viz příloha.\nKontakt: {DUSEK_S}\n"),
            ("priloha_adresy_2025.txt", f"Příloha k žádosti – adresy\nProdukční IP: {PS}\nTestovací IP: 203.0.113.19\n"),
            "Dobrý den, posílám žádost a přílohu s adresami." + SIGN,
        ),
        label(FEED, ORG, P, ["203.0.113.19"], DUSEK),
    ),
    "near_en_form_and_cover_letter": (
        mail(
            body("Hello,\nattached are the application form and the original cover letter.\nRuth Gale"),
            text_file("form.txt", en_form("Harbour Radio Ltd", PS, "203.0.113.19", EN_NEW_S)),
            text_file("cover_letter_original.txt", "Dear Sirs,\nwe kindly ask for access to the feed.\nHarbour Radio Ltd\n"),
            subject="Election feed",
            sender="ruth.gale@harbourradio.example",
            sender_name="Ruth Gale",
        ),
        label(FEED, EN_ORG, P, ["203.0.113.19"], EN_NEW),
    ),
    "near_cz_form_and_correction_note": (
        _box(
            "Posíláme žádost a opravu jedné adresy",
            ("zadost_CSU.txt", form(*ORG[:2], PS, "203.0.113.19", DUSEK_S)),
            ("oprava_adresy.txt", "Oprava k žádosti: produkční adresa 203.0.113.11 je chybně, správně "
             "má být 203.0.113.12. Ostatní údaje platí.\nMarek Dušek\n"),
        ),
        label(FEED, BOX_ORG, ["203.0.113.10", "203.0.113.12"], ["203.0.113.19"], DUSEK),
    ),
    # an application pasted twice into one body, the second copy changed
    "cz_pasted_twice_second_holds": (
        _two1(
            "Dobrý den,\n\n" + _paste("Testovací IP", "203.0.113.91") + "\nOprava:\n\n"
            + _paste("Testovací IP", "203.0.113.19") + "\nPlatí ta druhá, omlouvám se." + SIGN,
        ),
        label(FEED, ORG, P, ["203.0.113.19"], DUSEK),
    ),
    "en_pasted_twice_second_correct": (
        _two1(
            "Hello,\n\n" + _paste("Test IP", "203.0.113.91") + "\n---\n\n"
            + _paste("Test IP", "203.0.113.19") + "\nSorry, the second one is the correct one." + SIGN,
        ),
        label(FEED, ORG, P, ["203.0.113.19"], DUSEK),
    ),
    "de_pasted_twice_zweite_gilt": (
        _two1(
            "Guten Tag,\n\n" + _paste("Test-IP", "203.0.113.91") + "\nKorrektur:\n\n"
            + _paste("Test-IP", "203.0.113.19") + "\nDie zweite Fassung gilt." + SIGN,
        ),
        label(FEED, ORG, P, ["203.0.113.19"], DUSEK),
    ),
    "pl_pasted_twice_obowiazuje_druga": (
        _two1(
            "Dzień dobry,\n\n" + _paste("Testowe IP", "203.0.113.91") + "\n\n"
            + _paste("Testowe IP", "203.0.113.19") + "\nPrzepraszam, obowiązuje druga wersja." + SIGN,
        ),
        label(FEED, ORG, P, ["203.0.113.19"], DUSEK),
    ),
    "near_cz_pasted_twice_first_holds": (
        _two1(
            "Dobrý den,\n\n" + _paste("Testovací IP", "203.0.113.91") + "\n\n"
            + _paste("Testovací IP", "203.0.113.19")
            + "\nDruhou kopii vložil kolega omylem, platí ta první." + SIGN,
        ),
        label(FEED, ORG, P, ["203.0.113.91"], DUSEK),
    ),
}

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_versions(p: ParsedMessage, want: Label) -> None:
    assert misses(p, want) == []
