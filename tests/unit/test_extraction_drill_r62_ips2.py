"""A drill of the sixty-second round (issue 18), second part on production and test addresses:
two classes the first part left. A cover note (or a later paragraph) striking a whole use of
the application with a verb of striking or deleting ("testovací adresu z PDF škrtněte",
"vymažte", "vyškrtnite", "cross out", "delete", "streichen Sie", "usuńcie", "rayez", "tachad"),
naming no address: that use's addresses are withdrawn. And a correction giving a use a new
value in a clause of its own beside a drop ("A vynechte a testovací bude B", "the test address
is now B", "Neue Testadresse: B", "nowy adres testowy: B"): it replaces the quoted or earlier
value of that use. Each in Czech, Slovak, English, German, Polish, French or Spanish, in plain
text, HTML, PDF, DOCX, ODT or a data message, with near misses that must not trigger the rules:
last year's test address struck while the new one is in the form, a request not to delete it,
a disclaimer asking to delete the message, a verb of striking said of a listed address or of
another part of the form, and a test address added beside the quoted one ("a ještě testovací
B", "additionally B for testing", "zusätzlich"). Every message was labelled by
``tests/corpus/LABELS.md`` before extraction ran on it; each is scored field by field as the
corpus runner scores a case.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import Component, ParsedMessage
from tests.unit.docs import docx_bytes, odt_bytes, pdf_bytes
from tests.unit.drill_helpers import FEED, Label, drill_params, html_body, label, misses
from tests.unit.extraction_helpers import attachment, body, data_message, mail

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _m(text: str, sender: str, name: str, *extra: Component, subject: str = "Žádost") -> ParsedMessage:
    return mail(body(text), *extra, subject=subject, sender=sender, sender_name=name)


# --- A. A whole use of the attached form struck by a verb of striking or deleting

_FORM = ["Žadatel: Náchodský zpravodaj s.r.o., IČO 27410838",
         "Produkční IP adresy: 192.0.2.60, 192.0.2.61", "Testovací IP adresa: 192.0.2.69",
         "Kontaktní osoba: Petra Vlčková, tel. 491 420 377"]
_EN_FORM = ["Applicant: Náchodský zpravodaj s.r.o., Company ID 27410838",
            "Production IP addresses: 192.0.2.60, 192.0.2.61", "Test IP address: 192.0.2.69",
            "Contact person: Petra Vlčková, phone 491 420 377"]
_ORG = ("Náchodský zpravodaj s.r.o.", "27410838", None)
_WHO = ("vlckova@nachodskyzpravodaj.example", "Petra Vlčková")
_CONTACT = ("Petra Vlčková", "vlckova@nachodskyzpravodaj.example", "+420491420377")
_PROD = ["192.0.2.60", "192.0.2.61"]
_TEST = ["192.0.2.69"]


def _cover(text: str, name: str, data: bytes) -> ParsedMessage:
    return _m(text, *_WHO, attachment(name, data))


CASES["a_cz_skrtnete_pdf"] = (
    _cover("Dobrý den,\n\nposílám žádost. Testovací IP adresu v PDF prosím škrtněte, testovat budeme"
           " z produkčních strojů.\n\nPetra Vlčková\n", "zadost.pdf", pdf_bytes(_FORM)),
    label(FEED, _ORG, _PROD, [], _CONTACT),
)

CASES["a_cz_vyskrtnete_docx"] = (
    _cover("Dobrý den,\n\nv příloze žádost o přístup k XML. Vyškrtněte prosím z ní testovací adresu,"
           " testovací server jsme nestihli připravit.\n\nS pozdravem\nPetra Vlčková\n",
           "zadost.docx", docx_bytes(_FORM)),
    label(FEED, _ORG, _PROD, [], _CONTACT),
)

CASES["a_cz_html_smazte"] = (
    mail(html_body("<p>Dobrý den,</p><p>zasíláme vyplněný formulář. <b>Testovací adresu z formuláře"
                   " smažte</b>, budeme testovat přímo z produkce.</p><p>Petra Vlčková</p>"),
         attachment("formular.pdf", pdf_bytes(_FORM)), subject="Žádost", sender=_WHO[0],
         sender_name=_WHO[1]),
    label(FEED, _ORG, _PROD, [], _CONTACT),
)

CASES["a_cz_odt_vymazte"] = (
    _cover("Dobrý den,\n\nžádost je v příloze. Prosím vymažte z ní testovací IP, nakonec ji"
           " nepotřebujeme.\n\nPetra Vlčková\n", "zadost.odt", odt_bytes(_FORM)),
    label(FEED, _ORG, _PROD, [], _CONTACT),
)

CASES["a_sk_vyskrtnite"] = (
    _cover("Dobrý deň,\n\nv prílohe posielame žiadosť. Testovaciu IP adresu v nej, prosím,"
           " vyškrtnite, testovať budeme z produkčného servera.\n\nPetra Vlčková\n",
           "ziadost.pdf", pdf_bytes(_FORM)),
    label(FEED, _ORG, _PROD, [], _CONTACT),
)

CASES["a_sk_vymazte"] = (
    _cover("Dobrý deň,\n\nposielam vyplnený formulár. Prosím vymažte z neho testovaciu adresu,"
           " testovacie prostredie nemáme.\n\nPetra Vlčková\n", "ziadost.docx", docx_bytes(_FORM)),
    label(FEED, _ORG, _PROD, [], _CONTACT),
)

CASES["a_en_cross_out"] = (
    _cover("Hello,\n\nplease find our application attached. Kindly cross out the test IP in the"
           " form, we will test from production.\n\nPetra Vlčková\n", "application.pdf",
           pdf_bytes(_EN_FORM)),
    label(FEED, _ORG, _PROD, [], _CONTACT),
)

CASES["a_en_delete"] = (
    _cover("Hello,\n\nattached is the filled-in form. Please delete the test address from it, our"
           " staging server will not be ready in time.\n\nBest regards,\nPetra Vlčková\n",
           "application.docx", docx_bytes(_EN_FORM)),
    label(FEED, _ORG, _PROD, [], _CONTACT),
)

CASES["a_de_streichen_sie"] = (
    _cover("Guten Tag,\n\nanbei unser Antrag. Streichen Sie bitte die Testadresse im Formular, wir"
           " testen direkt von der Produktion aus.\n\nMit freundlichen Grüßen\nPetra Vlčková\n",
           "antrag.pdf", pdf_bytes(_FORM)),
    label(FEED, _ORG, _PROD, [], _CONTACT),
)

CASES["a_pl_usuncie"] = (
    _cover("Dzień dobry,\n\nw załączniku wniosek. Proszę usunąć z niego adres testowy, testować"
           " będziemy z serwera produkcyjnego.\n\nZ poważaniem\nPetra Vlčková\n", "wniosek.pdf",
           pdf_bytes(_FORM)),
    label(FEED, _ORG, _PROD, [], _CONTACT),
)

CASES["a_fr_rayez"] = (
    _cover("Bonjour,\n\nveuillez trouver notre demande en pièce jointe. Rayez l'adresse de test du"
           " formulaire, nous testerons depuis la production.\n\nCordialement,\nPetra Vlčková\n",
           "demande.pdf", pdf_bytes(_EN_FORM)),
    label(FEED, _ORG, _PROD, [], _CONTACT),
)

CASES["a_es_tachad"] = (
    _cover("Hola,\n\nadjuntamos la solicitud. Por favor, tachad la dirección IP de prueba del"
           " formulario, haremos las pruebas desde producción.\n\nSaludos,\nPetra Vlčková\n",
           "solicitud.pdf", pdf_bytes(_EN_FORM)),
    label(FEED, _ORG, _PROD, [], _CONTACT),
)

CASES["a_dm_skrtnete"] = (
    data_message(
        "Žádost o přístup k výsledkům voleb",
        body("Dobrý den, v příloze žádost; testovací adresu prosím škrtněte, budeme testovat z"
             " produkce. Petra Vlčková"),
        attachment("zadost.pdf", pdf_bytes(_FORM)),
        sender="n4zp7qa", dm_sender="Náchodský zpravodaj s.r.o."),
    label(FEED, ("Náchodský zpravodaj s.r.o.", "27410838", "n4zp7qa"), _PROD, [],
          ("Petra Vlčková", None, "+420491420377")),
)

CASES["a_cz_later_paragraph"] = (
    _m("Dobrý den,\n\nNáchodský zpravodaj s.r.o., IČO 27410838, žádá o přístup k XML.\n\n"
       "Produkční IP: 192.0.2.60, 192.0.2.61\nTestovací IP: 192.0.2.69\n\n"
       "Ještě doplním: testovací adresu prosím škrtněte, testovat budeme z produkce.\n\n"
       "Petra Vlčková, tel. 491 420 377\n", *_WHO),
    label(FEED, _ORG, _PROD, [], _CONTACT),
)

CASES["a_pl_later_paragraph"] = (
    _m("Dzień dobry,\n\nNáchodský zpravodaj s.r.o., IČO 27410838, prosi o dostęp do XML.\n\n"
       "Adresy produkcyjne: 192.0.2.60, 192.0.2.61\nAdres testowy: 192.0.2.69\n\n"
       "Jednak proszę skreślić adres testowy, testować będziemy z produkcji.\n\n"
       "Petra Vlčková, tel. 491 420 377\n", *_WHO),
    label(FEED, _ORG, _PROD, [], _CONTACT),
)

# the form's test address struck and a new one given in the cover: the cover's stands
CASES["a_cz_struck_and_new_given"] = (
    _cover("Dobrý den,\n\ntestovací adresu z PDF škrtněte, nová testovací je 192.0.2.70.\n\n"
           "Petra Vlčková\n", "zadost.pdf", pdf_bytes(_FORM)),
    label(FEED, _ORG, _PROD, ["192.0.2.70"], _CONTACT),
)

# near miss: a negated Slovak verb of deleting
CASES["a_sk_near_nevymazavajte"] = (
    _cover("Dobrý deň,\n\nv prílohe žiadosť. Testovaciu adresu tentoraz prosím nevymazávajte,"
           " budeme ju používať.\n\nPetra Vlčková\n", "ziadost.pdf", pdf_bytes(_FORM)),
    label(FEED, _ORG, _PROD, _TEST, _CONTACT),
)

# near miss: last year's test address is struck; the new one is the form's
CASES["a_cz_near_old_struck_new_in_pdf"] = (
    _cover("Dobrý den,\n\nloňskou testovací adresu ze systému prosím smažte, nová je v PDF.\n\n"
           "Petra Vlčková\n", "zadost.pdf", pdf_bytes(_FORM)),
    label(FEED, _ORG, _PROD, _TEST, _CONTACT),
)

CASES["a_en_near_old_struck"] = (
    _cover("Hello,\n\nplease delete our old test address from your allow-list, the new one is in"
           " the attached form.\n\nPetra Vlčková\n", "application.pdf", pdf_bytes(_EN_FORM)),
    label(FEED, _ORG, _PROD, _TEST, _CONTACT),
)

# near miss: the test address is NOT to be deleted
CASES["a_cz_near_nemazte"] = (
    _cover("Dobrý den,\n\nv příloze žádost. Testovací adresu z PDF prosím nemažte, letos ji budeme"
           " opravdu používat.\n\nPetra Vlčková\n", "zadost.pdf", pdf_bytes(_FORM)),
    label(FEED, _ORG, _PROD, _TEST, _CONTACT),
)

CASES["a_en_near_dont_delete"] = (
    _cover("Hello,\n\nthe form is attached. Please don't delete the test address this time, we"
           " will use it on election night.\n\nPetra Vlčková\n", "application.pdf",
           pdf_bytes(_EN_FORM)),
    label(FEED, _ORG, _PROD, _TEST, _CONTACT),
)

# near miss: a disclaimer asking to delete the message
CASES["a_en_near_disclaimer_delete"] = (
    _cover("Hello,\n\nplease find our application for the test and production feed attached.\n\n"
           "Petra Vlčková\n\nThis e-mail is confidential. If you received it in error, please"
           " delete it and notify the sender.\n", "application.pdf", pdf_bytes(_EN_FORM)),
    label(FEED, _ORG, _PROD, _TEST, _CONTACT),
)

# near miss: a listed address struck, the form's test address stays
CASES["a_cz_near_address_struck"] = (
    _cover("Dobrý den,\n\nv PDF prosím škrtněte adresu 192.0.2.61, ten server už nemáme."
           " Testovací zůstává.\n\nPetra Vlčková\n", "zadost.pdf", pdf_bytes(_FORM)),
    label(FEED, _ORG, ["192.0.2.60"], _TEST, _CONTACT),
)

# near miss: another part of the form struck
CASES["a_cz_near_other_part_struck"] = (
    _cover("Dobrý den,\n\nv PDF prosím škrtněte poznámku o parkování u sběrného místa, ta tam"
           " zůstala omylem.\n\nPetra Vlčková\n", "zadost.pdf", pdf_bytes(_FORM)),
    label(FEED, _ORG, _PROD, _TEST, _CONTACT),
)

# --- B. A new value of a use in a clause of its own beside a drop: it replaces the old one

_QUOTED = ("\n\n> Podřipský týdeník s.r.o., IČO 28155262, žádá o přístup k XML.\n"
           "> Produkce: 198.51.100.131, 198.51.100.132, 198.51.100.133\n> Test: 198.51.100.140\n")
_Q_ORG = ("Podřipský týdeník s.r.o.", "28155262", None)
_Q_WHO = ("malek@podripsky.example", "Ondřej Málek")
_Q_CONTACT = ("Ondřej Málek", "malek@podripsky.example", "+420416532118")
_SIGN = "\n\nOndřej Málek, 416 532 118"


def _reply(text: str) -> ParsedMessage:
    return _m(text + _SIGN + _QUOTED, *_Q_WHO, subject="Re: Žádost")


CASES["b_cz_vynechte_a_testovaci_bude"] = (
    _reply("Dobrý den,\n\noprava mé žádosti níže: 198.51.100.133 vynechte a testovací bude"
           " 198.51.100.141."),
    label(FEED, _Q_ORG, ["198.51.100.131", "198.51.100.132"], ["198.51.100.141"], _Q_CONTACT),
)

CASES["b_cz_vypustte_testovaci_adresa_je_nove"] = (
    _reply("Dobrý den,\n\nmalá oprava: adresu 198.51.100.132 prosím vypusťte, testovací adresa je"
           " nově 198.51.100.142."),
    label(FEED, _Q_ORG, ["198.51.100.131", "198.51.100.133"], ["198.51.100.142"], _Q_CONTACT),
)

CASES["b_sk_vynechajte_a_testovacia_bude"] = (
    _reply("Dobrý deň,\n\noprava: 198.51.100.131 prosím vynechajte a testovacia bude"
           " 198.51.100.143."),
    label(FEED, _Q_ORG, ["198.51.100.132", "198.51.100.133"], ["198.51.100.143"], _Q_CONTACT),
)

CASES["b_en_drop_test_is_now"] = (
    _reply("Hello,\n\na correction to my request below: please drop 198.51.100.133; the test"
           " address is now 198.51.100.144."),
    label(FEED, _Q_ORG, ["198.51.100.131", "198.51.100.132"], ["198.51.100.144"], _Q_CONTACT),
)

CASES["b_de_neue_testadresse"] = (
    _reply("Guten Tag,\n\nKorrektur zu meiner Mail unten: bitte 198.51.100.131 streichen. Neue"
           " Testadresse: 198.51.100.145."),
    label(FEED, _Q_ORG, ["198.51.100.132", "198.51.100.133"], ["198.51.100.145"], _Q_CONTACT),
)

CASES["b_pl_nowy_adres_testowy"] = (
    _reply("Dzień dobry,\n\nkorekta do wniosku poniżej: proszę usunąć 198.51.100.132, nowy adres"
           " testowy: 198.51.100.146."),
    label(FEED, _Q_ORG, ["198.51.100.131", "198.51.100.133"], ["198.51.100.146"], _Q_CONTACT),
)

CASES["b_cz_testovaci_bude_alone"] = (
    _reply("Dobrý den,\n\noprava k žádosti níže: testovací bude 198.51.100.147, produkce beze"
           " změny."),
    label(FEED, _Q_ORG, ["198.51.100.131", "198.51.100.132", "198.51.100.133"],
          ["198.51.100.147"], _Q_CONTACT),
)

CASES["b_cz_later_paragraph"] = (
    _m("Dobrý den,\n\nPodřipský týdeník s.r.o., IČO 28155262, žádá o přístup k XML.\n\n"
       "Produkce: 198.51.100.131, 198.51.100.132\nTest: 198.51.100.140\n\n"
       "Oprava po poradě s kolegy: 198.51.100.132 vynechte a testovací bude 198.51.100.148.\n\n"
       "Ondřej Málek, 416 532 118\n", *_Q_WHO),
    label(FEED, _Q_ORG, ["198.51.100.131"], ["198.51.100.148"], _Q_CONTACT),
)

CASES["b_en_later_paragraph"] = (
    _m("Hello,\n\nPodřipský týdeník s.r.o. (IČO 28155262) applies for the XML feed.\n\n"
       "Production: 198.51.100.131, 198.51.100.132\nTest: 198.51.100.140\n\n"
       "Correction after talking to IT: please drop 198.51.100.131, and the test one is now"
       " 198.51.100.149.\n\nOndřej Málek, 416 532 118\n", *_Q_WHO),
    label(FEED, _Q_ORG, ["198.51.100.132"], ["198.51.100.149"], _Q_CONTACT),
)

CASES["b_sk_later_paragraph"] = (
    _m("Dobrý deň,\n\nPodřipský týdeník s.r.o., IČO 28155262, žiada o prístup k XML.\n\n"
       "Produkcia: 198.51.100.131, 198.51.100.132\nTest: 198.51.100.140\n\n"
       "Oprava: 198.51.100.132 prosím vynechajte, nová testovacia adresa je 198.51.100.153.\n\n"
       "Ondřej Málek, 416 532 118\n", *_Q_WHO),
    label(FEED, _Q_ORG, ["198.51.100.131"], ["198.51.100.153"], _Q_CONTACT),
)

CASES["b_pl_html_later_paragraph"] = (
    mail(html_body("<p>Dzień dobry,</p><p>Podřipský týdeník s.r.o., IČO 28155262, prosi o dostęp"
                   " do XML.</p><p>Produkcja: 198.51.100.131, 198.51.100.132<br>Test:"
                   " 198.51.100.140</p><p>Korekta: proszę usunąć 198.51.100.131, nowy adres"
                   " testowy: 198.51.100.154.</p><p>Ondřej Málek, 416 532 118</p>"),
         subject="Wniosek", sender=_Q_WHO[0], sender_name=_Q_WHO[1]),
    label(FEED, _Q_ORG, ["198.51.100.132"], ["198.51.100.154"], _Q_CONTACT),
)

# near miss: in one text, a test address added on the line that drops another
CASES["b_cz_near_later_added"] = (
    _m("Dobrý den,\n\nPodřipský týdeník s.r.o., IČO 28155262, žádá o přístup k XML.\n\n"
       "Produkce: 198.51.100.131, 198.51.100.132\nTest: 198.51.100.140\n\n"
       "Doplnění: 198.51.100.132 vynechte a ještě přidejte testovací 198.51.100.156.\n\n"
       "Ondřej Málek, 416 532 118\n", *_Q_WHO),
    label(FEED, _Q_ORG, ["198.51.100.131"], ["198.51.100.140", "198.51.100.156"], _Q_CONTACT),
)

# near miss: a test address added beside the quoted one
CASES["b_cz_near_a_jeste_testovaci"] = (
    _reply("Dobrý den,\n\nk žádosti níže: 198.51.100.133 vynechte a ještě přidejte testovací"
           " 198.51.100.150."),
    label(FEED, _Q_ORG, ["198.51.100.131", "198.51.100.132"], ["198.51.100.140", "198.51.100.150"],
          _Q_CONTACT),
)

CASES["b_en_near_additionally_for_testing"] = (
    _reply("Hello,\n\nregarding my request below: please drop 198.51.100.131, and additionally"
           " allow 198.51.100.151 for testing."),
    label(FEED, _Q_ORG, ["198.51.100.132", "198.51.100.133"], ["198.51.100.140", "198.51.100.151"],
          _Q_CONTACT),
)

CASES["b_de_near_zusaetzlich"] = (
    _reply("Guten Tag,\n\nzu meinem Antrag unten: bitte 198.51.100.132 streichen und zusätzlich"
           " die Testadresse 198.51.100.152 freischalten."),
    label(FEED, _Q_ORG, ["198.51.100.131", "198.51.100.133"], ["198.51.100.140", "198.51.100.152"],
          _Q_CONTACT),
)

# near miss: the quoted test address named as staying
CASES["b_cz_near_test_stays"] = (
    _reply("Dobrý den,\n\noprava: 198.51.100.131 vynechte, testovací 198.51.100.140 zůstává."),
    label(FEED, _Q_ORG, ["198.51.100.132", "198.51.100.133"], ["198.51.100.140"], _Q_CONTACT),
)


_FOREIGN_PHONE = (
    "a Czech number of nine digits with no country code, in a message written in German, is read"
    " with Germany's code (+49, flagged): the contact's phone, not this drill's classes; the"
    " addresses are read right"
)
XFAIL: dict[str, str] = {
    "b_de_neue_testadresse": _FOREIGN_PHONE,
    "b_de_near_zusaetzlich": _FOREIGN_PHONE,
}
WRONG_AND_CERTAIN: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill_r62_ips2(p: ParsedMessage, want: Label) -> None:
    assert misses(p, want) == []


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, WRONG_AND_CERTAIN))
def test_drill_r62_ips2_never_wrong_and_certain(p: ParsedMessage, want: Label) -> None:
    """Every message, read right or not: no wrong value is presented as certain."""
    assert [m for m in misses(p, want) if m.endswith("(certain=True)")] == []
