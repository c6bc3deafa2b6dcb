"""A drill, sixty-second round (issue 18), topic r62-cover: a cover text (a mail body or a
data message's annotation or cover file) that corrects or replaces one value of the
application carried by an attachment (an attached .eml, a PDF, DOCX, ODT or XLSX form) or
forwarded inline: the phone, the e-mail, the contact person, a test address, the IČO; in
Czech, Slovak, English, German and Polish ("v původním mailu je starý", "správné číslo je",
"the right one is", "bitte korrigieren Sie", "poprawny numer to"). Near misses: a cover that
repeats the same value, one that gives a switchboard for general questions, one signed by
someone else who gives their own number without correcting anything, one correcting another
field than the phone. Each message was labelled by ``tests/corpus/LABELS.md`` before
extraction ran on it; each is scored field by field as the corpus runner scores a case.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import Component, ParsedMessage
from mail.mime import parse_email
from tests.unit.docs import docx_bytes, odt_bytes, pdf_bytes, xlsx_bytes
from tests.unit.drill_helpers import FEED, Label, drill_params, html_body, label, misses
from tests.unit.extraction_helpers import attachment, body, data_message, mail, text_file

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _eml(cover: str, inner: str, *, sender: str, author: str, subject: str = "Žádost o XML") -> ParsedMessage:
    """A cover note with the application attached as an e-mail (message/rfc822); the
    author's address is that of the inner sender, ``sender`` forwards it."""
    raw = (
        f"From: {sender}\nTo: podatelna@czso.cz\nSubject: Fw: {subject}\n"
        "Date: Mon, 02 Dec 2030 10:00:00 +0000\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="b1"\n\n'
        '--b1\nContent-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n\n'
        f"{cover}\n\n--b1\nContent-Type: message/rfc822\n"
        'Content-Disposition: attachment; filename="zadost.eml"\n\n'
        f"From: {author}\nTo: podatelna@czso.cz\nSubject: {subject}\n"
        "Date: Mon, 25 Nov 2030 09:00:00 +0000\nMIME-Version: 1.0\n"
        'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n\n'
        f"{inner}\n\n--b1--\n"
    )
    return parse_email(raw.encode("utf-8"))


def _fwd(cover: str, inner: str, *, sender: str, author: str) -> ParsedMessage:
    """The same cover with the application forwarded inline in the body."""
    text = (
        f"{cover}\n\n-------- Přeposlaná zpráva --------\nOd: {author}\nKomu: podatelna@czso.cz\n"
        f"Předmět: Žádost o XML\n\n{inner}\n"
    )
    return mail(body(text), subject="Fwd: Žádost o XML", sender=sender)


def _m(cover: str, *files: Component, sender: str, name: str = "") -> ParsedMessage:
    return mail(body(cover), *files, subject="Žádost o XML výsledky", sender=sender, sender_name=name)


def _form(org: str, ico: str, prod: str, test: str, person: str, email: str, phone: str) -> list[str]:
    return [
        "Žádost o přístup k XML výsledkům voleb",
        f"Žadatel: {org}",
        f"IČO: {ico}",
        f"Produkční IP adresa: {prod}",
        f"Testovací IP adresa: {test}",
        f"Kontaktní osoba: {person}",
        f"E-mail: {email}",
        f"Telefon: {phone}",
    ]


# --- the phone, attached .eml --------------------------------------------------------------

_INNER_1 = (
    "Dobrý den,\nRakovnický týdeník s.r.o. (IČO 28164318) žádá o přístup k XML výsledkům.\n"
    "Produkce 198.51.100.11, test 198.51.100.12.\n\nS pozdravem\nMilan Hořejší, 313 520 000"
)
_LABEL_1 = label(FEED, ("Rakovnický týdeník s.r.o.", "28164318", None), ["198.51.100.11"], ["198.51.100.12"],
                 ("Milan Hořejší", "horejsi@rakovnickytydenik.example", "+420313522417"))

CASES["eml_cz_old_in_original"] = (
    _eml("Dobrý den, posílám žádost pana Hořejšího. Jeho telefon je 313 522 417, v původním mailu je starý.\n"
         "Děkuji, Věra Dlouhá",
         _INNER_1, sender="dlouha@rakovnickytydenik.example",
         author="Milan Hořejší <horejsi@rakovnickytydenik.example>"),
    _LABEL_1,
)
CASES["fwd_cz_old_in_original"] = (
    _fwd("Dobrý den, posílám žádost pana Hořejšího. Jeho telefon je 313 522 417, v původním mailu je starý.\n"
         "Děkuji, Věra Dlouhá",
         _INNER_1, sender="dlouha@rakovnickytydenik.example",
         author="Milan Hořejší <horejsi@rakovnickytydenik.example>"),
    _LABEL_1,
)
CASES["eml_cz_spatne_cislo_spravne_je"] = (
    _eml("Dobrý den,\nv přeposlané žádosti je špatně číslo, správné číslo je 313 522 417.\nVěra Dlouhá",
         _INNER_1, sender="dlouha@rakovnickytydenik.example",
         author="Milan Hořejší <horejsi@rakovnickytydenik.example>"),
    _LABEL_1,
)
CASES["eml_en_wrong_right_one"] = (
    _eml("Hello,\nforwarding Milan's application. The number in the application is wrong, the right one is "
         "+420 313 522 417.\nRegards, Vera",
         _INNER_1, sender="dlouha@rakovnickytydenik.example",
         author="Milan Hořejší <horejsi@rakovnickytydenik.example>"),
    _LABEL_1,
)
CASES["eml_de_bitte_korrigieren"] = (
    _eml("Guten Tag,\nbitte korrigieren Sie die Telefonnummer im Antrag, richtig ist +420 313 522 417.\n"
         "Mit freundlichen Grüßen\nVera Dlouha",
         _INNER_1, sender="dlouha@rakovnickytydenik.example",
         author="Milan Hořejší <horejsi@rakovnickytydenik.example>"),
    _LABEL_1,
)
CASES["eml_pl_poprawny_numer"] = (
    _eml("Dzień dobry,\nnumer telefonu we wniosku jest błędny, poprawny numer to +420 313 522 417.\n"
         "Pozdrawiam, Wiera Dlouha",
         _INNER_1, sender="dlouha@rakovnickytydenik.example",
         author="Milan Hořejší <horejsi@rakovnickytydenik.example>"),
    _LABEL_1,
)
CASES["eml_sk_spravne_cislo"] = (
    _eml("Dobrý deň,\nv žiadosti pána Hořejšího je nesprávne telefónne číslo, správne je 313 522 417.\n"
         "S pozdravom Viera Dlhá",
         _INNER_1, sender="dlouha@rakovnickytydenik.example",
         author="Milan Hořejší <horejsi@rakovnickytydenik.example>"),
    _LABEL_1,
)
CASES["eml_cz_misto_prosim"] = (
    _eml("Dobrý den,\nmísto čísla 313 520 000 z žádosti prosím volejte panu Hořejšímu na 313 522 417.\n"
         "Věra Dlouhá",
         _INNER_1, sender="dlouha@rakovnickytydenik.example",
         author="Milan Hořejší <horejsi@rakovnickytydenik.example>"),
    _LABEL_1,
)

# --- the e-mail -------------------------------------------------------------------------------

_INNER_2 = (
    "Dobrý den,\nžádáme o XML výsledky voleb pro Podbrdské listy z.s., IČO 07349521.\n"
    "Produkční IP: 203.0.113.21\nTestovací IP: 203.0.113.22\n"
    "Kontakt: Alena Kubíčková, alena.kubickova@podbrdskelisty.example, tel. 724 318 660\n"
)
_LABEL_2 = label(FEED, ("Podbrdské listy z.s.", "07349521", None), ["203.0.113.21"], ["203.0.113.22"],
                 ("Alena Kubíčková", "kubickova@podbrdskelisty.example", "+420724318660"))

CASES["eml_sk_preklep_email"] = (
    _eml("Dobrý deň,\nv žiadosti je preklep v e-maile, správna adresa je kubickova@podbrdskelisty.example.\n"
         "Ďakujem, Ján Hudec",
         _INNER_2, sender="hudec@podbrdskelisty.example",
         author="Alena Kubíčková <alena.kubickova@podbrdskelisty.example>"),
    _LABEL_2,
)
CASES["fwd_en_email_correct_address"] = (
    _fwd("Hi,\nplease note the e-mail in Alena's application below is outdated; the correct address is "
         "kubickova@podbrdskelisty.example.\nJohn",
         _INNER_2, sender="hudec@podbrdskelisty.example",
         author="Alena Kubíčková <alena.kubickova@podbrdskelisty.example>"),
    _LABEL_2,
)
CASES["eml_de_email_richtig"] = (
    _eml("Guten Tag,\ndie E-Mail-Adresse im Antrag ist falsch, richtig ist kubickova@podbrdskelisty.example.\n"
         "Gruß, J. Hudec",
         _INNER_2, sender="hudec@podbrdskelisty.example",
         author="Alena Kubíčková <alena.kubickova@podbrdskelisty.example>"),
    _LABEL_2,
)

# --- other carriers: PDF, DOCX, ODT, XLSX, data messages ------------------------------------------

_FORM_3 = _form("Kladenský kurýr a.s.", "46190881", "192.0.2.31", "192.0.2.32", "Petr Šindelář",
                "sindelar@kladenskykuryr.example", "312 640 100")
_LABEL_3 = label(FEED, ("Kladenský kurýr a.s.", "46190881", None), ["192.0.2.31"], ["192.0.2.32"],
                 ("Petr Šindelář", "sindelar@kladenskykuryr.example", "+420731455812"))

CASES["pdf_cz_oprava_telefon"] = (
    _m("Dobrý den,\nv příloze žádost. Oprava: telefon uvedený ve formuláři je chybný, správně 731 455 812.\n"
       "Petr Šindelář",
       attachment("zadost.pdf", pdf_bytes(_FORM_3)), sender="sindelar@kladenskykuryr.example"),
    _LABEL_3,
)
CASES["docx_en_correct_number"] = (
    _m("Hello,\nattached is our application. The phone number in the form is out of date, the correct "
       "number is 731 455 812.\nPetr Sindelar",
       attachment("application.docx", docx_bytes(_FORM_3)), sender="sindelar@kladenskykuryr.example"),
    _LABEL_3,
)
CASES["odt_sk_telefon_nespravny"] = (
    _m("Dobrý deň,\nzasielam žiadosť. Telefón vo formulári je nesprávny, platí 731 455 812.\n"
       "Peter Šindelář",
       attachment("ziadost.odt", odt_bytes(_FORM_3)), sender="sindelar@kladenskykuryr.example"),
    _LABEL_3,
)
CASES["xlsx_cz_novy_telefon"] = (
    _m("Dobrý den,\nposílám vyplněnou tabulku. Pan Šindelář má nové číslo 731 455 812, v tabulce je staré.\n"
       "Eva Malá",
       attachment("zadost.xlsx", xlsx_bytes([[x.split(": ", 1)[0], x.split(": ", 1)[1]] for x in _FORM_3[1:]])),
       sender="mala@kladenskykuryr.example"),
    _LABEL_3,
)
CASES["pdf_pl_poprawny_numer"] = (
    _m("Dzień dobry,\nw załączeniu wniosek. Numer telefonu we wniosku jest nieaktualny, poprawny numer to "
       "731 455 812.\nPiotr Szyndlarz",
       attachment("wniosek.pdf", pdf_bytes(_FORM_3)), sender="sindelar@kladenskykuryr.example"),
    _LABEL_3,
)

_LABEL_4 = label(FEED, ("Kladenský kurýr a.s.", "46190881", "k4dk7ur"), ["192.0.2.31"], ["192.0.2.32"],
                 ("Petr Šindelář", "sindelar@kladenskykuryr.example", "+420731455812"))
CASES["dm_annotation_spravne_cislo"] = (
    data_message("Žádost o XML – správné číslo p. Šindeláře je 731 455 812",
                 attachment("zadost.pdf", pdf_bytes(_FORM_3)),
                 sender="k4dk7ur", dm_sender="Kladenský kurýr a.s."),
    _LABEL_4,
)
CASES["dm_txt_cover_korrektur"] = (
    data_message("Žádost o XML výsledky",
                 attachment("zadost.pdf", pdf_bytes(_FORM_3)),
                 text_file("pruvodni.txt", "Průvodní dopis\nV žádosti je u telefonu překlep, správné číslo "
                                           "je 731 455 812.\nPetr Šindelář"),
                 sender="k4dk7ur", dm_sender="Kladenský kurýr a.s."),
    _LABEL_4,
)

# --- the person, a test address, the IČO ------------------------------------------------------

_FORM_5 = _form("Mělnický obzor s.r.o.", "25501739", "198.51.100.51", "198.51.100.52", "Ivana Holubová",
                "holubova@melnickyobzor.example", "315 620 118")
CASES["pdf_cz_test_ip_prekelp"] = (
    _m("Dobrý den,\nv příloze žádost; u testovací adresy je překlep, správně 198.51.100.53.\nIvana Holubová",
       attachment("zadost.pdf", pdf_bytes(_FORM_5)), sender="holubova@melnickyobzor.example"),
    label(FEED, ("Mělnický obzor s.r.o.", "25501739", None), ["198.51.100.51"], ["198.51.100.53"],
          ("Ivana Holubová", "holubova@melnickyobzor.example", "+420315620118")),
)
CASES["docx_en_ico_typo"] = (
    _m("Hello,\nthe IČO in the attached form has a typo, the correct IČO is 25501739.\nIvana Holubova",
       attachment("form.docx", docx_bytes(_form("Mělnický obzor s.r.o.", "25501793", "198.51.100.51",
                                                  "198.51.100.52", "Ivana Holubová",
                                                  "holubova@melnickyobzor.example", "315 620 118"))),
       sender="holubova@melnickyobzor.example"),
    label(FEED, ("Mělnický obzor s.r.o.", "25501739", None), ["198.51.100.51"], ["198.51.100.52"],
          ("Ivana Holubová", "holubova@melnickyobzor.example", "+420315620118")),
)
CASES["pdf_cz_person_replaced"] = (
    _m("Dobrý den,\nv příloze žádost. Kontaktní osobou místo paní Holubové bude Tomáš Vrba, "
       "vrba@melnickyobzor.example, tel. 608 114 372.\nIvana Holubová",
       attachment("zadost.pdf", pdf_bytes(_FORM_5)), sender="holubova@melnickyobzor.example"),
    label(FEED, ("Mělnický obzor s.r.o.", "25501739", None), ["198.51.100.51"], ["198.51.100.52"],
          ("Tomáš Vrba", "vrba@melnickyobzor.example", "+420608114372")),
)

# --- near misses: the value of the application stays ------------------------------------------

_LABEL_6 = label(FEED, ("Rakovnický týdeník s.r.o.", "28164318", None), ["198.51.100.11"], ["198.51.100.12"],
                 ("Milan Hořejší", "horejsi@rakovnickytydenik.example", "+420313520000"))
CASES["near_eml_repeats_same_number"] = (
    _eml("Dobrý den, posílám žádost pana Hořejšího. Jeho telefon je 313 520 000, jak uvádí v žádosti.\n"
         "Věra Dlouhá",
         _INNER_1, sender="dlouha@rakovnickytydenik.example",
         author="Milan Hořejší <horejsi@rakovnickytydenik.example>"),
    _LABEL_6,
)
CASES["near_eml_switchboard_general"] = (
    _eml("Dobrý den, přeposílám žádost pana Hořejšího.\nS obecnými dotazy se obracejte na naši ústřednu "
         "313 500 100.\nVěra Dlouhá, asistentka",
         _INNER_1, sender="dlouha@rakovnickytydenik.example",
         author="Milan Hořejší <horejsi@rakovnickytydenik.example>"),
    _LABEL_6,
)
CASES["near_eml_forwarder_own_number"] = (
    _eml("Dobrý den, na žádost pana Hořejšího přeposílám jeho žádost.\n\nS pozdravem\nVěra Dlouhá\n"
         "asistentka ředitele\ntel. 313 500 244",
         _INNER_1, sender="dlouha@rakovnickytydenik.example",
         author="Milan Hořejší <horejsi@rakovnickytydenik.example>"),
    _LABEL_6,
)
CASES["near_fwd_corrects_fax_not_phone"] = (
    _fwd("Dobrý den, v žádosti je špatně číslo faxu, správně fax 313 520 009. Telefon pana Hořejšího "
         "platí.\nVěra Dlouhá",
         _INNER_1 + "\nfax 313 520 001", sender="dlouha@rakovnickytydenik.example",
         author="Milan Hořejší <horejsi@rakovnickytydenik.example>"),
    _LABEL_6,
)
CASES["near_pdf_phone_right_email_old"] = (
    _m("Hello,\nthe phone number in the attached form is correct, but the e-mail there is outdated, "
       "please use petr.sindelar@kladenskykuryr.example.\nPetr Sindelar",
       attachment("application.pdf", pdf_bytes(_FORM_3)), sender="sindelar@kladenskykuryr.example"),
    label(FEED, ("Kladenský kurýr a.s.", "46190881", None), ["192.0.2.31"], ["192.0.2.32"],
          ("Petr Šindelář", "petr.sindelar@kladenskykuryr.example", "+420312640100")),
)
CASES["near_pdf_corrects_test_ip_only"] = (
    _m("Dobrý den,\nv přiložené žádosti je chybná testovací adresa, správně je 192.0.2.33. Ostatní údaje "
       "platí.\nPetr Šindelář",
       attachment("zadost.pdf", pdf_bytes(_FORM_3)), sender="sindelar@kladenskykuryr.example"),
    label(FEED, ("Kladenský kurýr a.s.", "46190881", None), ["192.0.2.31"], ["192.0.2.33"],
          ("Petr Šindelář", "sindelar@kladenskykuryr.example", "+420312640100")),
)
CASES["near_dm_annotation_own_phone"] = (
    data_message("Žádost o XML výsledky – formulář v příloze, ústředna 312 640 155",
                 attachment("zadost.pdf", pdf_bytes(_FORM_3)),
                 sender="k4dk7ur", dm_sender="Kladenský kurýr a.s."),
    label(FEED, ("Kladenský kurýr a.s.", "46190881", "k4dk7ur"), ["192.0.2.31"], ["192.0.2.32"],
          ("Petr Šindelář", "sindelar@kladenskykuryr.example", "+420312640100")),
)

CASES["near_pdf_test_ip_and_helpdesk_phone"] = (
    _m("Dobrý den,\nv přiložené žádosti je chybná testovací adresa, správně 192.0.2.33, technické dotazy "
       "na tel. 312 640 999.\nPetr Šindelář",
       attachment("zadost.pdf", pdf_bytes(_FORM_3)), sender="sindelar@kladenskykuryr.example"),
    label(FEED, ("Kladenský kurýr a.s.", "46190881", None), ["192.0.2.31"], ["192.0.2.33"],
          ("Petr Šindelář", "sindelar@kladenskykuryr.example", "+420312640100")),
)
CASES["near_eml_forwarder_changes_own_number"] = (
    _eml("Dobrý den, přeposílám žádost pana Hořejšího. Moje staré číslo 313 500 244 už neplatí, mně "
         "volejte na 313 500 245.\nVěra Dlouhá, asistentka",
         _INNER_1, sender="dlouha@rakovnickytydenik.example",
         author="Milan Hořejší <horejsi@rakovnickytydenik.example>"),
    _LABEL_6,
)

# --- more carriers and phrasings ------------------------------------------------------------

CASES["pdf_cz_wrong_no_value"] = (
    _m("Dobrý den,\nv příloze žádost. Telefon ve formuláři je chybný, správné číslo doplníme zítra.\n"
       "Petr Šindelář",
       attachment("zadost.pdf", pdf_bytes(_FORM_3)), sender="sindelar@kladenskykuryr.example"),
    label(FEED, ("Kladenský kurýr a.s.", "46190881", None), ["192.0.2.31"], ["192.0.2.32"],
          ("Petr Šindelář", "sindelar@kladenskykuryr.example", None)),
)
CASES["html_de_pdf_korrigieren"] = (
    mail(html_body("<p>Guten Tag,</p><p>anbei unser Antrag. Bitte korrigieren Sie die Telefonnummer im "
                   "Formular: richtig ist +420 731 455 812.</p><p>Peter Schindler</p>"),
         attachment("antrag.pdf", pdf_bytes(_FORM_3)), subject="Antrag XML",
         sender="sindelar@kladenskykuryr.example"),
    _LABEL_3,
)
CASES["fwd_sk_email_below_invalid"] = (
    _fwd("Dobrý deň,\ne-mail v žiadosti nižšie už neplatí, píšte na kubickova@podbrdskelisty.example.\n"
         "Ján Hudec",
         _INNER_2, sender="hudec@podbrdskelisty.example",
         author="Alena Kubíčková <alena.kubickova@podbrdskelisty.example>"),
    _LABEL_2,
)
CASES["eml_en_instead_of_number"] = (
    _eml("Hi,\ninstead of the number in the application please call Milan on +420 313 522 417.\nVera",
         _INNER_1, sender="dlouha@rakovnickytydenik.example",
         author="Milan Hořejší <horejsi@rakovnickytydenik.example>"),
    _LABEL_1,
)
CASES["dm_txt_cover_en_email_wrong"] = (
    data_message("Application XML feed",
                 attachment("form.pdf", pdf_bytes(_FORM_3)),
                 text_file("cover.txt", "Cover letter\nThe e-mail address in the form is wrong, the right address "
                                        "is petr.sindelar@kladenskykuryr.example.\nPetr Sindelar"),
                 sender="k4dk7ur", dm_sender="Kladenský kurýr a.s."),
    label(FEED, ("Kladenský kurýr a.s.", "46190881", "k4dk7ur"), ["192.0.2.31"], ["192.0.2.32"],
          ("Petr Šindelář", "petr.sindelar@kladenskykuryr.example", "+420312640100")),
)
CASES["xlsx_en_email_outdated"] = (
    _m("Hello,\nthe e-mail in the spreadsheet is outdated, please write to petr.sindelar@kladenskykuryr.example.\n"
       "Eva Mala",
       attachment("zadost.xlsx", xlsx_bytes([[x.split(": ", 1)[0], x.split(": ", 1)[1]] for x in _FORM_3[1:]])),
       sender="mala@kladenskykuryr.example"),
    label(FEED, ("Kladenský kurýr a.s.", "46190881", None), ["192.0.2.31"], ["192.0.2.32"],
          ("Petr Šindelář", "petr.sindelar@kladenskykuryr.example", "+420312640100")),
)


XFAIL: dict[str, str] = {
    "pdf_cz_wrong_no_value": "a cover calling the form's phone wrong and giving no other: the form's"
    " number is kept, flagged (the label has none)",
}
WRONG_AND_CERTAIN: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill_r62_cover(p: ParsedMessage, want: Label) -> None:
    assert misses(p, want) == []


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, WRONG_AND_CERTAIN))
def test_drill_r62_cover_never_wrong_and_certain(p: ParsedMessage, want: Label) -> None:
    """Every message, read right or not: no wrong value is presented as certain."""
    assert [m for m in misses(p, want) if m.endswith("(certain=True)")] == []
