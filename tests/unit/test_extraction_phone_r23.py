"""Contact phone, twenty-third round (issue 18): a generalisation drill, messages written for
the test in wording unlike the corpus cases and labelled before extraction ran on them.

1. A number split over a line break (a prose line wrapped by the mail client in the middle
   of the number, a signature line "tel. 603 221" / "908"): joined when a phone label, a
   word for a number or an international prefix stands before its first part; never for
   certain. Digits split after a case or contract number stay apart.
2. A German area code set apart by " / " ("Durchwahl: 030 / 2 54 77-314"): a number with a
   trunk zero, read in the German-speaking plans.
3. A signature set right under the text without a break or a closing formula (a line with
   the writer's name alone, then the firm and "tel. …"): the writer's details, not those of
   the contact the text names.
4. A contact named by a form of address and the surname ("Frau Krauß") is the person whose
   full name an attached document gives with a number ("Sabine Krauß, …, +49 172 …").
5. The drill's other messages, which the rules read right at once: switchboards, faxes,
   direct lines and mobiles in one signature; foreign numbers; identifiers, accounts and
   dates beside a number; a corrected number; a number only in a quoted original.

Every text here is written for the test; names, firms and numbers are invented."""

from __future__ import annotations

import pytest

from intake.extraction.model import Extraction
from intake.extraction.review import Reason
from tests.unit.extraction_helpers import body, extract, mail, text_file


def _phone(x: Extraction) -> tuple[str | None, bool | None]:
    f = x.fields.get("contact.phone")
    return (None, None) if f is None else (str(f.value), f.certain)


def _read(text: str, sender: str = "pisatel@noviny.example", name: str = "") -> Extraction:
    return extract(mail(body(text), sender=sender, sender_name=name))


# ------------------------------- 1. a number split over a line break ------------------------

_ASK = "Dobrý den,\nžádáme o přístup k XML výsledkům voleb, IP 203.0.113.15."


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param(
            "Dobrý den,\n\nprosíme o přístup k serveru s výsledky voleb pro Krajské listy, IP adresa"
            " 203.0.113.15. V případě dotazů mě prosím kontaktujte, můj telefon je +420 739\n"
            "512 004.\n\nPavel Sedláček\n",
            "+420739512004",
            id="prose-wrapped-after-plus",
        ),
        pytest.param(
            f"{_ASK} Kdybyste cokoli potřebovali, volejte na číslo 739\n512 004, jsem k zastižení.\n"
            "Pavel Sedláček\n",
            "+420739512004",
            id="prose-wrapped-after-cislo",
        ),
        pytest.param(
            f"{_ASK}\n\nPavel Sedláček\nKrajské listy\ntel. 603 221\n908\n",
            "+420603221908",
            id="signature-label-wrapped",
        ),
    ],
)
def test_a_number_split_over_a_line_break_is_joined_unsure(text: str, want: str) -> None:
    x = _read(text, "sedlacek@krajskelisty.example", "Pavel Sedláček")
    assert _phone(x) == (want, False)
    assert x.fields["contact.phone"].reason is Reason.SPLIT_NUMBER


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            f"{_ASK[:-1]}, naše č. j. 2026/104\n523 ze dne 3. 9.\nPavel Sedláček\n",
            id="case-number",
        ),
        pytest.param(
            f"{_ASK[:-1]}, číslo smlouvy 2026\n104 523.\nPavel Sedláček\n", id="contract-number"
        ),
        pytest.param(
            f"{_ASK}\nPavel Sedláček, Krajské listy, ústředna 222\n710 500\n", id="switchboard"
        ),
    ],
)
def test_digits_split_after_no_phone_word_or_a_switchboard_are_no_contact_phone(text: str) -> None:
    x = _read(text, "sedlacek@krajskelisty.example", "Pavel Sedláček")
    assert (
        x.fields.get("contact.phone") is None
        or x.fields["contact.phone"].reason is not Reason.SPLIT_NUMBER
    )


# ------------------------------- 2. a German area code set apart by " / " ------------------

_DE = """Sehr geehrte Damen und Herren,
hiermit beantragen wir den Zugang zu den XML-Wahlergebnissen, Server-IP 198.51.100.88.
Mit freundlichen Grüßen
Lisa Hoffmann
Spree-Kurier, Berlin
{}
"""


@pytest.mark.parametrize(
    "line",
    ["Durchwahl: 030 / 2 54 77-314", "Durchwahl: 030 / 254773-14", "Durchwahl: 030/2547731 4"],
)
def test_a_german_area_code_set_apart_by_a_slash_is_read(line: str) -> None:
    x = _read(_DE.format(line), "redaktion@spree-kurier.example", "Lisa Hoffmann")
    assert _phone(x)[0] == "+493025477314"


def test_a_slashed_number_in_a_czech_letter_is_no_german_one() -> None:
    x = _read(f"{_ASK}\nJan Malý, Noviny\ntel. 603 / 221 908\n", "maly@noviny.example", "Jan Malý")
    assert _phone(x)[0] == "+420603221908"


# ------------------- 3. a signature set right under the text is the signer's ----------------

_CLIENT = """Dobrý den,
za našeho zákazníka Týdeník Blansko žádáme o přístup k XML výsledkům, IP 203.0.113.99.
Kontaktní osobou je paní Lenka Hájková (hajkova@tydenikblansko.example).{}
Adam Kříž
HostIT s.r.o., technická podpora
tel. 530 331 200
"""


@pytest.mark.parametrize(
    "gap", ["", "\n", "\n\nS pozdravem"], ids=["glued", "blank-line", "formula"]
)
def test_the_signers_number_under_the_text_is_not_the_named_contacts(gap: str) -> None:
    x = _read(_CLIENT.format(gap), "support@hostit.example", "Adam Kříž")
    assert x.fields["contact.person"].value == "Lenka Hájková"
    assert _phone(x) == (None, None)


def test_a_name_line_of_the_contact_keeps_the_number_under_it() -> None:
    text = (
        f"{_ASK}\nKontaktní osoba pro přístup:\nLenka Hájková\ntel. 604 118 273\n"
        "\nS pozdravem\nAdam Kříž\n"
    )
    x = _read(text, "support@hostit.example", "Adam Kříž")
    assert _phone(x)[0] == "+420604118273"


def test_the_writers_own_glued_signature_stays_theirs_when_they_are_the_contact() -> None:
    text = f"{_ASK}\nJiří Kadlec\nRádio Podbrdsko\nmobil 731 205 886\n"
    x = _read(text, "kadlec@podbrdsko.example", "Jiří Kadlec")
    assert _phone(x) == ("+420731205886", True)


def test_a_number_written_with_the_contact_after_the_signers_name_line_is_theirs() -> None:
    text = (
        f"{_ASK}\nKontaktní osobou je paní Lenka Hájková.\nAdam Kříž\nHostIT s.r.o.\n"
        "Telefon na paní Hájkovou: 608 771 204\n"
    )
    x = _read(text, "support@hostit.example", "Adam Kříž")
    assert _phone(x)[0] == "+420608771204"


# --------- 4. a form of address with the surname is the full name of an attachment ---------


def test_frau_and_surname_is_the_attachments_full_name_with_her_number() -> None:
    cover = (
        "Sehr geehrte Damen und Herren,\n\nanbei unser Antrag auf eine Drehgenehmigung. Für Rückfragen"
        " wenden Sie sich bitte an Frau Lorenz (Kontaktdaten im Antrag).\n\nMit freundlichen Grüßen\n"
        "Jörg Brandl\nGeschäftsführer\nSaale Film GmbH\nTel. +49 345 4821 7730\n"
    )
    letter = (
        "Antrag auf Drehgenehmigung\nWir bitten um die Genehmigung, am Wahlabend an der Sammelstelle"
        " in Ústí nad Labem zu drehen.\nAnsprechpartnerin: Carola Lorenz, Produktionsleitung,"
        " +49 171 552 3098, lorenz@saale-film.example\n"
    )
    x = extract(
        mail(
            body(cover),
            text_file("antrag.txt", letter),
            sender="brandl@saale-film.example",
            sender_name="Jörg Brandl",
        )
    )
    assert x.fields["contact.person"].value == "Carola Lorenz"
    assert _phone(x)[0] == "+491715523098"


def test_frau_and_another_surname_takes_no_number_of_the_attachment() -> None:
    cover = (
        "Sehr geehrte Damen und Herren,\n\nanbei unser Antrag. Für Rückfragen wenden Sie sich bitte an"
        " Frau Lorenz.\n\nMit freundlichen Grüßen\nJörg Brandl\nSaale Film GmbH\n"
    )
    letter = "Antrag auf Drehgenehmigung\nKameramann: Peter Vogt, +49 171 552 3098\n"
    x = extract(
        mail(
            body(cover),
            text_file("antrag.txt", letter),
            sender="brandl@saale-film.example",
            sender_name="Jörg Brandl",
        )
    )
    assert _phone(x)[0] != "+491715523098"


# ------------------------- 5. the drill's messages read right at once ----------------------

_DRILL = [
    (
        "switchboard-direct-fax",
        "Dobrý den,\nžádáme o přístup k XML výsledkům, IP 203.0.113.40.\nS pozdravem\n\nMgr. Petra Holubová\n"
        "šéfredaktorka\nDeník Jihlavsko, s.r.o.\nústředna: +420 567 300 100\npřímá linka: +420 567 300 147\n"
        "fax: +420 567 300 199\n",
        "+420567300147",
    ),
    (
        "telfax-then-mobile",
        "Dobrý den,\nprosíme o přístup k serveru s výsledky, IP 203.0.113.40\nJiří Kadlec\ntechnik vysílání\n"
        "Rádio Podbrdsko\ntel./fax 318 622 410\nmobil 731 205 886\n",
        "+420731205886",
    ),
    (
        "german-zentrale-mobil",
        "Sehr geehrte Damen und Herren,\nwir beantragen den Zugang zum XML-Ergebnisdienst, IP 203.0.113.5\n"
        "Mit freundlichen Grüßen\nMarkus Brenner\nMitteldeutsche Rundschau GmbH\nZentrale: +49 (0)341 2188-0\n"
        "Mobil: +49 (0) 172 55 40 318\n",
        "+491725540318",
    ),
    (
        "polish-centrala-kom",
        "Dzień dobry,\nprosimy o dostęp do serwera z wynikami wyborów (XML). Adres IP: 198.51.100.23\n"
        "Pozdrawiam\nAnna Kowalczyk\nGazeta Śląska sp. z o.o.\ncentrala: +48 32 255 41 90\nkom. +48 601 233 487\n",
        "+48601233487",
    ),
    (
        "hungarian-kozpont-mobil",
        "Dear Sir or Madam,\nwe would like to request access to the election results XML server, IP"
        " 198.51.100.90.\nBest regards\nPéter Nagy\nDél-Magyarországi Hírlap Kft.\nKözpont: +36 1 555 0100\n"
        "Mobil: +36 30 412 5567\n",
        "+36304125567",
    ),
    (
        "uk-switchboard-direct",
        "Hello,\nwe would like access to the live results XML feed, our IP is 203.0.113.200.\nKind regards\n"
        "James Fraser\nNorthern Daily\nSwitchboard +44 20 7946 0000\nDirect +44 20 7946 0321\n",
        "+442079460321",
    ),
    (
        "identifiers-account-postcode",
        "Dobrý den,\nžádáme o přístup k XML výsledkům voleb, IP 198.51.100.31, č. j. 2026/1045 ze dne 12. 9."
        " 2026.\nAlena Marková\nBrněnský týden s.r.o., Kounicova 12, PSČ 602 00 Brno\nIČO: 26 45 78 13,"
        " DIČ: CZ26457813\nč. ú. 2701234567/2010\ntel. 545 211 780\n",
        "+420545211780",
    ),
    (
        "contractor-names-client-contact",
        "Dobrý den,\nv zastoupení našeho klienta, vydavatelství Horácký deník a.s., žádáme o přístup\nk serveru"
        " s výsledky voleb. IP adresa: 203.0.113.120.\nKontaktní osobou na straně klienta je paní Jana Malá,"
        " mobil 608 771 204,\njana.mala@horacky.example.\n\nRoman Beneš\nNetServis s.r.o.\ntel. 222 111 333\n",
        "+420608771204",
    ),
    (
        "ustredna-and-prima-in-brackets",
        "Dobrý den,\nžádám o přístup k XML výsledkům, IP 198.51.100.101.\nMartin Beneš, Listy Pardubicka,"
        " tel. 466 100 100 (ústředna), 466 100 137 (přímá linka)\n",
        "+420466100137",
    ),
    (
        "secretariat-and-named-contact-in-brackets",
        "Dobrý den,\nv příloze zasíláme žádost o přístup k XML výsledkům (IP 198.51.100.33).\nKontaktní osoba:"
        " Ing. Vít Roubal\nTelefon: 566 520 111 (sekretariát), 731 448 902 (p. Roubal)\nS pozdravem\n"
        "Klára Pospíšilová, sekretariát\n",
        "+420731448902",
    ),
]


@pytest.mark.parametrize(("text", "want"), [pytest.param(t, w, id=i) for i, t, w in _DRILL])
def test_the_drills_signatures_give_the_persons_own_number(text: str, want: str) -> None:
    assert _phone(_read(text)) == (want, True)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param(
            "Dobrý den,\nposílám žádost o přístup k výsledkům voleb (XML), IP 203.0.113.88. Kontakt: Karel Doležal,"
            " tel. 604 323 178.\n\nOprava: omlouvám se, číslo jsem napsal špatně, správně je 604 332 178.\n\n"
            "Karel Doležal\n",
            "+420604332178",
            id="corrected-number",
        ),
        pytest.param(
            "Dobrý den,\ndoplňuji ještě testovací IP 198.51.100.9, ostatní údaje viz moje původní zpráva níže.\n"
            "M. Fiala\n\n-----Original Message-----\nFrom: Michal Fiala <fiala@vecernik-plzen.example>\n"
            "Sent: Monday, September 7, 2026 9:12 AM\nTo: podatelna@czso.cz\nSubject: Žádost\n\n"
            "Dobrý den, žádáme o přístup k XML výsledkům voleb, IP 203.0.113.41.\n"
            "Michal Fiala, Večerník Plzeň, tel. 777 904 215\n",
            "+420777904215",
            id="quoted-original",
        ),
        pytest.param(
            "Dobrý deň,\nprosíme o prístup k serveru s výsledkami volieb, naša IP adresa je 203.0.113.61.\n"
            "S pozdravom\nMartin Kováč\nredaktor, Denník Záhorie\n0905 123 456\n",
            "+421905123456",
            id="slovak-national",
        ),
    ],
)
def test_doubtful_readings_of_the_drill_are_right_and_flagged(text: str, want: str) -> None:
    assert _phone(_read(text)) == (want, False)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Dobrý den,\nžádáme o přístup k XML výsledkům voleb, IP 198.51.100.31, sp. zn. 12 345 678/2026 ze dne"
            " 12. 9. 2026.\nAlena Marková\nBrněnský týden s.r.o., Kounicova 12, 602 00 Brno\nIČO: 26 45 78 13,"
            " DIČ: CZ26457813\nč. ú. 2701234567/2010\n",
            id="identifiers-only",
        ),
        pytest.param(
            "Dobrý den,\nžádáme o přístup k XML výsledkům, IP 198.51.100.9.\nKontaktní osobou bude náš technik"
            " Radek Pech, jeho číslo vám pošlu zítra.\nJan Kasal, Krkonoše dnes, tel. 499 300 200\n",
            id="contact-number-to-follow",
        ),
    ],
)
def test_no_contact_number_in_the_drill_gives_none(text: str) -> None:
    assert _phone(_read(text)) == (None, None)


# ------------- 6. a trunk prefix of two digits: Hungary's "06" before the number ------------

_HU = """Dear Sir or Madam,
Szegedi Napló would like to request access to the XML results, IP 203.0.113.140.
Best regards,
Anna Kiss
Szegedi Napló, Szeged, {}
mobile: 06 30 412 5567
"""


def test_a_hungarian_national_number_in_a_letter_from_hungary_is_read_unsure() -> None:
    x = _read(_HU.format("Hungary"), "kiss.anna@szegedi-naplo.example", "Anna Kiss")
    assert _phone(x) == ("+36304125567", False)


def test_a_long_account_like_run_with_a_zero_is_no_phone() -> None:
    text = f"{_ASK}\nJan Malý, Noviny\nč. ú. 0100 123 456 789\n"
    assert _phone(_read(text, "maly@noviny.example", "Jan Malý")) == (None, None)
