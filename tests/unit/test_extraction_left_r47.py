"""A drill, forty-seventh round (issue 18), two classes left over by the round's helpers.

(a) A covering text sets right a value of the attached form that reads as no address - a
group with too many digits ("198.51.100.11117"), a fifth group, a letter in a group - and
gives the right one ("místo … má být", "správne", "should read", "richtig", "powinno być",
"au lieu de"): the right address takes the mistyped one's place in the form's list, the
form's other addresses stand. Near misses: a version number or a phone number set right the
same way leaves the addresses as the form gives them.

(b) A note forwarding another's request says so and asks the office to answer that writer
directly ("odpovídejte prosím přímo jí", "please reply to her directly", "bitte antworten
Sie direkt ihm", "proszę odpowiadać bezpośrednio jemu", "merci de lui répondre
directement"): the forwarded writer applies and is the contact with the e-mail of their
sender line and their own phone. Near misses: a note asking the office to answer its own
writer keeps the writer as the contact.

Every message was labelled by ``tests/corpus/LABELS.md`` before extraction ran on it.
Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import FEED, REC, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, mail, text_file

CASES: dict[str, tuple[ParsedMessage, Label]] = {}

_ORG = ("Test Media s.r.o.", None, None)
_WHO = ("Jana Testová", "testova@testmedia.example", None)


def _cover(name: str, cover: str, form: str, prod: list[str], test: list[str]) -> None:
    p = mail(
        body(cover),
        text_file("zadost.txt", "Test Media s.r.o.\nŽádost o přístup k výsledkům voleb (XML)\n\n" + form),
        subject="Žádost o přístup k výsledkům voleb",
        sender="testova@testmedia.example",
        sender_name="Jana Testová",
    )
    CASES[name] = (p, label(FEED, _ORG, prod, test, _WHO))


# (a) a mistyped address in the form set right by the cover
_cover(
    "cz_five_digit_group_tam_ma_byt",
    "Dobrý den,\nposílám naši žádost. V PDF se u druhé produkční adresy vloudil překlep – "
    "místo 198.51.100.11117 tam má být 198.51.100.117. Ostatní platí.\n\nJana Testová\n",
    "Produkční adresy\t198.51.100.116 198.51.100.11117\nTestovací adresa\t198.51.100.120\n",
    ["198.51.100.116", "198.51.100.117"],
    ["198.51.100.120"],
)
_cover(
    "en_fifth_group_should_read",
    "Hello,\nour application is attached. Sorry, the second production address in the form "
    "is wrong: instead of 192.0.2.17.5 it should read 192.0.2.175.\n\nBest regards,\nJana Testová\n",
    "Production IPs: 192.0.2.10, 192.0.2.17.5\nTest IP: 192.0.2.50\n",
    ["192.0.2.10", "192.0.2.175"],
    ["192.0.2.50"],
)
_cover(
    "de_letter_in_group_statt_richtig",
    "Guten Tag,\nanbei unser Antrag. Leider ein Tippfehler: statt 203.0.113.4b1 ist richtig "
    "203.0.113.41.\n\nMit freundlichen Grüßen\nJana Testová\n",
    "Produktion: 203.0.113.40, 203.0.113.4b1\nTest: 203.0.113.49\n",
    ["203.0.113.40", "203.0.113.41"],
    ["203.0.113.49"],
)
_cover(
    "pl_zamiast_powinno_byc_first",
    "Dzień dobry,\nw załączniku wniosek. W formularzu jest literówka: zamiast 203.0.113.25555 "
    "powinno być 203.0.113.25.\n\nPozdrawiam\nJana Testová\n",
    "Adresy produkcyjne: 203.0.113.25555, 203.0.113.26\nAdres testowy: 203.0.113.27\n",
    ["203.0.113.25", "203.0.113.26"],
    ["203.0.113.27"],
)
_cover(
    "sk_namiesto_spravne_ma_byt",
    "Dobrý deň,\nv prílohe posielam žiadosť. Je v nej preklep, namiesto 192.0.2.1000 správne "
    "má byť 192.0.2.100.\n\nJana Testová\n",
    "Produkčné IP: 192.0.2.1000, 192.0.2.101\nTestovacia IP: 192.0.2.109\n",
    ["192.0.2.100", "192.0.2.101"],
    ["192.0.2.109"],
)
_cover(
    "en_test_address_mistyped",
    "Hi,\nplease find our form attached. One correction: instead of 198.51.100.2500 the test "
    "address should read 198.51.100.250.\n\nJana Testová\n",
    "Production: 198.51.100.201, 198.51.100.202\nTest: 198.51.100.2500\n",
    ["198.51.100.201", "198.51.100.202"],
    ["198.51.100.250"],
)
_cover(
    "fr_au_lieu_de_lire",
    "Bonjour,\nvous trouverez notre demande ci-jointe. Une faute de frappe s'y est glissée : "
    "au lieu de 192.0.2.77777, lire 192.0.2.77.\n\nCordialement,\nJana Testová\n",
    "Adresses de production : 192.0.2.76, 192.0.2.77777\nAdresse de test : 192.0.2.79\n",
    ["192.0.2.76", "192.0.2.77"],
    ["192.0.2.79"],
)
_cover(
    "cz_middle_of_three",
    "Dobrý den,\nv příloze žádost, ve formuláři je chyba: místo 198.51.100.1111 má být "
    "198.51.100.11.\n\nJana Testová\n",
    "Produkční IP: 198.51.100.10, 198.51.100.1111, 198.51.100.12\nTestovací IP: 198.51.100.19\n",
    ["198.51.100.10", "198.51.100.11", "198.51.100.12"],
    ["198.51.100.19"],
)
_cover(
    "cz_right_value_first_table",
    "Dobrý den,\nu serveru 2 je ve formuláři překlep, správně je 198.51.100.31 místo "
    "198.51.100.3131.\n\nJana Testová\n",
    "Produkční server 1\t198.51.100.30\nProdukční server 2\t198.51.100.3131\n"
    "Testovací server\t198.51.100.39\n",
    ["198.51.100.30", "198.51.100.31"],
    ["198.51.100.39"],
)
# near misses: a version number or a phone number set right, the addresses stand
_cover(
    "cz_version_number_set_right",
    "Dobrý den,\nv příloze žádost. Oprava k formuláři: místo verze 2.4.11117 má být 2.4.1117, "
    "adresy jsou správně.\n\nJana Testová\n",
    "Produkční IP: 192.0.2.61, 192.0.2.62\nTestovací IP: 192.0.2.69\nSoftware: verze 2.4.11117\n",
    ["192.0.2.61", "192.0.2.62"],
    ["192.0.2.69"],
)
_cover(
    "en_valid_address_replaced",
    "Hello,\nour form is attached. Correction: instead of 192.0.2.80 it should read "
    "192.0.2.81.\n\nJana Testová\n",
    "Production IPs: 192.0.2.80, 192.0.2.82\nTest IP: 192.0.2.89\n",
    ["192.0.2.81", "192.0.2.82"],
    ["192.0.2.89"],
)
CASES["cz_phone_set_right"] = (
    mail(
        body(
            "Dobrý den,\nposílám žádost. Ve formuláři mám špatně telefon: místo 604 772 1800 "
            "má být 604 772 180.\n\nJana Testová\n"
        ),
        text_file(
            "zadost.txt",
            "Test Media s.r.o.\nŽádost o přístup k výsledkům voleb (XML)\n\n"
            "Produkční IP: 198.51.100.71, 198.51.100.72\nTestovací IP: 198.51.100.79\n",
        ),
        subject="Žádost o přístup k výsledkům voleb",
        sender="testova@testmedia.example",
        sender_name="Jana Testová",
    ),
    label(
        FEED, _ORG, ["198.51.100.71", "198.51.100.72"], ["198.51.100.79"],
        ("Jana Testová", "testova@testmedia.example", "+420604772180"),
    ),
)


# (b) a note forwarding another's request, asking the office to answer that writer
def _fwd(
    name: str,
    note: str,
    forwarded: str,
    sender: tuple[str, str],
    org: str,
    contact: tuple[str, str, str],
) -> None:
    p = mail(body(note + forwarded), subject="Fwd: filming", sender=sender[1], sender_name=sender[0])
    CASES[name] = (p, label(REC, (org, None, None), [], [], contact))


_GMAIL = "\n\n---------- Forwarded message ---------\n"
_OUTLOOK = "\n\n-----Original Message-----\n"
_APPLE = "\n\nBegin forwarded message:\n\n"

_fwd(
    "cz_note_hu_freelancer_odpovezte_jemu",
    "Dobrý den,\npřeposílám žádost maďarského fotografa, kterému tu dělám produkci. "
    "Odpovězte prosím přímo jemu.\n\nPetr Hájek\n",
    _GMAIL + "From: Nagy Bence <bence.nagy@nagybence.example>\nDate: Tue, 9 Sep 2025 at 09:12\n"
    "Subject: Forgatási engedély\nTo: Petr Hájek <hajek@fixerpraha.example>\n\n"
    "Tisztelt Hivatal!\n\nSzabadúszó fotósként (magánszemélyként) kérem, hogy a választás "
    "éjszakáján forgathassak az Önök prágai eredménygyűjtő helyén. Adatfeedre nincs szükségem.\n\n"
    "Nagy Bence\n+36 30 441 2281\n",
    ("Petr Hájek", "hajek@fixerpraha.example"),
    "Nagy Bence",
    ("Nagy Bence", "bence.nagy@nagybence.example", "+36304412281"),
)
_fwd(
    "en_note_pl_freelancer_reply_to_her_directly",
    "Hello,\nI am forwarding the request of a Polish photographer I am helping in Prague. "
    "Please reply to her directly.\n\nTom Baker\n",
    _OUTLOOK + "From: Anna Wójcik <anna.wojcik@wojcikfoto.example>\nSent: Monday, 8 September 2025 10:40\n"
    "To: Tom Baker <tom@pragueproduction.example>\nSubject: Zgoda na filmowanie\n\n"
    "Szanowni Państwo,\njako niezależna fotoreporterka (osoba prywatna) proszę o zgodę na "
    "filmowanie w punkcie zbierania wyników w noc wyborczą. Dostęp do danych XML nie jest mi "
    "potrzebny.\n\nAnna Wójcik\ntel. +48 601 234 987\n",
    ("Tom Baker", "tom@pragueproduction.example"),
    "Anna Wójcik",
    ("Anna Wójcik", "anna.wojcik@wojcikfoto.example", "+48601234987"),
)
_fwd(
    "de_note_sk_freelancer_antworten_sie_direkt_ihm",
    "Guten Tag,\nich leite Ihnen die Anfrage eines slowakischen Kollegen weiter. Bitte "
    "antworten Sie direkt ihm.\n\nKlaus Berger\n",
    _GMAIL + "From: Martin Kováč <kovac@kovacmedia.example>\nDate: Mon, 8 Sep 2025 at 14:02\n"
    "Subject: Povolenie na nakrúcanie\nTo: Klaus Berger <berger@bergerproduktion.example>\n\n"
    "Dobrý deň,\nako nezávislý novinár (fyzická osoba) žiadam o povolenie nakrúcať na "
    "zbernom mieste výsledkov počas volebnej noci. Dátový prístup nepotrebujem.\n\n"
    "Martin Kováč\n+421 905 112 334\n",
    ("Klaus Berger", "berger@bergerproduktion.example"),
    "Martin Kováč",
    ("Martin Kováč", "kovac@kovacmedia.example", "+421905112334"),
)
_fwd(
    "sk_note_at_freelancer_odpovedzte_priamo_jej",
    "Dobrý deň,\npreposielam žiadosť kolegyne z Rakúska. Odpovedzte prosím priamo jej.\n\n"
    "Ján Horváth\n",
    _GMAIL + "From: Lena Huber <lena.huber@huberfilm.example>\nDate: Mon, 8 Sep 2025 at 16:30\n"
    "Subject: Drehgenehmigung\nTo: Ján Horváth <horvath@produkcia.example>\n\n"
    "Sehr geehrte Damen und Herren,\nals freie Journalistin (Privatperson) bitte ich um eine "
    "Drehgenehmigung an Ihrer Sammelstelle der Wahlergebnisse in der Wahlnacht. Den XML-Zugang "
    "brauche ich nicht.\n\nLena Huber\nTel. +43 660 123 4567\n",
    ("Ján Horváth", "horvath@produkcia.example"),
    "Lena Huber",
    ("Lena Huber", "lena.huber@huberfilm.example", "+436601234567"),
)
_fwd(
    "pl_note_cz_freelancer_bezposrednio_jemu",
    "Dzień dobry,\nprzekazuję prośbę czeskiego fotografa, któremu pomagam. Proszę odpowiadać "
    "bezpośrednio jemu.\n\nPiotr Zieliński\n",
    _GMAIL + "From: Tomáš Beneš <benes@benesfoto.example>\nDate: Tue, 9 Sep 2025 at 08:15\n"
    "Subject: Povolení natáčet\nTo: Piotr Zieliński <piotr@zielinskiprod.example>\n\n"
    "Dobrý den,\njako fotograf na volné noze (fyzická osoba) žádám o povolení natáčet ve "
    "sběrném místě výsledků ve volební noci. Přístup k XML datům nepotřebuji.\n\n"
    "Tomáš Beneš\n+420 777 321 654\n",
    ("Piotr Zieliński", "piotr@zielinskiprod.example"),
    "Tomáš Beneš",
    ("Tomáš Beneš", "benes@benesfoto.example", "+420777321654"),
)
_fwd(
    "fr_note_en_freelancer_lui_repondre_directement",
    "Bonjour,\nje vous transmets la demande de ma consœur britannique, merci de lui répondre "
    "directement.\n\nClaire Martin\n",
    _APPLE + "From: Emma Clarke <emma@emmaclarke.example>\nDate: 8 September 2025 at 11:20\n"
    "To: Claire Martin <claire@martinprod.example>\nSubject: Filming permit\n\n"
    "Dear Sir or Madam,\nas a freelance journalist (a private person) I would like to film at "
    "your results collection point on election night. I do not need the data feed.\n\n"
    "Emma Clarke\n+44 7700 900123\n",
    ("Claire Martin", "claire@martinprod.example"),
    "Emma Clarke",
    ("Emma Clarke", "emma@emmaclarke.example", "+447700900123"),
)
_fwd(
    "cz_note_pisite_rovnou_ji",
    "Dobrý den,\nposílám dál žádost slovenské novinářky. Pište prosím rovnou jí, já jen "
    "pomáhám s produkcí.\n\nMarek Dvořák\n",
    _GMAIL + "From: Zuzana Kolárová <kolarova@zuzanakolarova.example>\nDate: Tue, 9 Sep 2025 at 12:40\n"
    "Subject: Žiadosť o povolenie nakrúcať\nTo: Marek Dvořák <dvorak@produkcepraha.example>\n\n"
    "Dobrý deň,\nako novinárka na voľnej nohe (fyzická osoba) žiadam o povolenie nakrúcať vo "
    "vašom zbernom mieste počas volebnej noci.\n\nZuzana Kolárová\n0908 765 432\n",
    ("Marek Dvořák", "dvorak@produkcepraha.example"),
    "Zuzana Kolárová",
    ("Zuzana Kolárová", "kolarova@zuzanakolarova.example", "+421908765432"),
)
_fwd(
    "de_note_von_header_bitte_direkt_an_sie_antworten",
    "Hallo,\nanbei die Anfrage einer ungarischen Journalistin, für die wir in Prag die Produktion "
    "machen. Wir bitten Sie, direkt an sie zu antworten.\n\nJonas Weber\n",
    "\n\n-------- Weitergeleitete Nachricht --------\nBetreff: Forgatási engedély\n"
    "Datum: Mon, 8 Sep 2025 09:30\nVon: Kiss Réka <kiss.reka@kissreka.example>\n"
    "An: Jonas Weber <weber@weberprod.example>\n\n"
    "Tisztelt Hivatal!\n\nSzabadúszó újságíróként (magánszemélyként) szeretnék engedélyt kérni "
    "a választási éjszakán az eredménygyűjtő helyen való forgatásra.\n\nKiss Réka\n+36 70 312 4455\n",
    ("Jonas Weber", "weber@weberprod.example"),
    "Kiss Réka",
    ("Kiss Réka", "kiss.reka@kissreka.example", "+36703124455"),
)
# near misses: the note asks the office to answer its own writer
_fwd(
    "cz_note_odpovidejte_mne",
    "Dobrý den,\npřeposílám žádost maďarské novinářky, pro kterou zajišťuji produkci. "
    "Odpovídejte prosím mně, vše s ní vyřizuji já.\n\nFilip Král\ntel. 604 118 227\n",
    _GMAIL + "From: Tóth Eszter <toth.eszter@totheszter.example>\nDate: Mon, 8 Sep 2025 at 11:02\n"
    "Subject: Forgatási engedély\nTo: Filip Král <kral@fixer.example>\n\n"
    "Tisztelt Hivatal!\n\nSzabadúszó újságíróként (magánszemélyként) kérem, hogy a választás "
    "éjszakáján forgathassak az Önök eredménygyűjtő helyén.\n\nTóth Eszter\n+36 20 517 3390\n",
    ("Filip Král", "kral@fixer.example"),
    "Tóth Eszter",
    ("Filip Král", "kral@fixer.example", "+420604118227"),
)
_fwd(
    "en_note_reply_to_me_not_her",
    "Hello,\nforwarding the request of a Polish freelancer I produce for. Please reply to me "
    "directly, she does not read Czech or English mail.\n\nTom Baker\n+420 731 552 118\n",
    _OUTLOOK + "From: Ewa Nowak <ewa.nowak@ewanowak.example>\nSent: Monday, 8 September 2025 10:40\n"
    "To: Tom Baker <tom@pragueproduction.example>\nSubject: Zgoda na filmowanie\n\n"
    "Szanowni Państwo,\njako niezależna dziennikarka (osoba prywatna) proszę o zgodę na "
    "filmowanie w punkcie zbierania wyników w noc wyborczą.\n\nEwa Nowak\ntel. +48 601 777 210\n",
    ("Tom Baker", "tom@pragueproduction.example"),
    "Ewa Nowak",
    ("Tom Baker", "tom@pragueproduction.example", "+420731552118"),
)

XFAIL: dict[str, str] = {
    # the note's writer is the contact; the forwarded freelancer applying as herself is not
    # read as the organisation: the note's writer comes out, flagged (NATURAL_PERSON)
    "cz_note_odpovidejte_mne": "a forwarder who stays the contact is taken for the applicant (flagged)",
    "en_note_reply_to_me_not_her": "a forwarder who stays the contact is taken for the applicant (flagged)",
}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_left_r47(p: ParsedMessage, want: Label) -> None:
    assert misses(p, want) == []
