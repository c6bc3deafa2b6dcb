"""A drill, sixtieth round (issue 18): replies whose application is in the quoted thread.
(a) An HTML-only reply (iPhone, Gmail, Outlook) answering the office's question, the
applicant's original application in a blockquote nested in the office's quoted message;
(b) a reply adding a value to its own quoted original below the office's question, which
is signed only by the office's name ("Podatelna ČSÚ"), no reply header; (c) a reply above
the office's quoted approval letter of last year, saying a value stays as it was. Near
misses: a reply whose own text is the whole application, a reply changing every address.
Every message was labelled by ``tests/corpus/LABELS.md`` before extraction ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.drill_helpers import FEED, Label, drill_params, html_body, label, misses
from tests.unit.extraction_helpers import body, mail

CASES: dict[str, tuple[ParsedMessage, Label]] = {}


def _html(html: str, sender: str, name: str) -> ParsedMessage:
    return mail(html_body(html), subject="Re: Vaše žádost", sender=sender, sender_name=name)


def _text(text: str, sender: str, name: str, subject: str = "Re: Žádost o přístup") -> ParsedMessage:
    return mail(body(text), subject=subject, sender=sender, sender_name=name)


# (a) HTML-only replies, the application in the nested blockquote
CASES["cs_iphone_nested"] = (
    _html(
        '<html><body><div dir="auto">Ne, testovací adresu nemáme, testovat budeme z produkce.</div>'
        '<div dir="auto"><br>Odesláno z iPhonu</div><blockquote type="cite">'
        "<div>Dne 3. 9. v 9:12 volby@czso.cz napsal(a):</div><div>Máte i testovací adresu?</div>"
        '<blockquote type="cite"><div>Vltavský kurýr s.r.o., IČO 27082440, žádá o přístup k XML '
        "výsledkům voleb ze serveru 198.51.100.61. Kontakt Petr Kolář, 731 204 118.</div>"
        "</blockquote></blockquote></body></html>",
        "kolar@vltavskykuryr.example",
        "Petr Kolář",
    ),
    label(
        FEED,
        ("Vltavský kurýr s.r.o.", "27082440", None),
        ["198.51.100.61"],
        [],
        ("Petr Kolář", "kolar@vltavskykuryr.example", "+420731204118"),
    ),
)
CASES["sk_gmail_nested"] = (
    _html(
        '<div dir="ltr">Testovacia adresa je 203.0.113.77.</div><br>'
        '<div class="gmail_quote"><div class="gmail_attr">Dňa po 8. 9. o 10:01 '
        "podatelna@czso.cz napísal(a):<br></div>"
        '<blockquote class="gmail_quote">Dobrý deň, chýba testovacia adresa, doplňte ju prosím.'
        '<div class="gmail_quote"><blockquote class="gmail_quote">Dobrý deň,<br>'
        "Spiš Média s.r.o., IČO 36223425, žiada o prístup k výsledkom volieb.<br>"
        "Produkčný server 203.0.113.70.<br>Kontakt: Ján Baláž, 0905 318 221.</blockquote></div>"
        "</blockquote></div>",
        "balaz@spismedia.example",
        "Ján Baláž",
    ),
    label(
        FEED,
        ("Spiš Média s.r.o.", "36223425", None),
        ["203.0.113.70"],
        ["203.0.113.77"],
        ("Ján Baláž", "balaz@spismedia.example", "+421905318221"),
    ),
)
CASES["en_applemail_nested"] = (
    _html(
        "<html><body><div>Yes, we will test from the same host.</div><div><br></div>"
        '<div>Sent from my iPad</div><blockquote type="cite"><div>On 9 Sep at 11:02, '
        "volby@czso.cz wrote:</div><div>Do you also have a test address?</div>"
        '<blockquote type="cite"><div>Dear Sir or Madam, Danube Wire Ltd requests access to '
        "the election results feed from 192.0.2.140. Contact: Emma Hart, emma.hart@danubewire.example, "
        "+44 20 7946 0311.</div></blockquote></blockquote></body></html>",
        "emma.hart@danubewire.example",
        "Emma Hart",
    ),
    label(
        FEED,
        ("Danube Wire Ltd", None, None),
        ["192.0.2.140"],
        [],
        ("Emma Hart", "emma.hart@danubewire.example", "+442079460311"),
    ),
)
# near miss: the HTML reply's own text is the whole application; the quote is the office's
CASES["cs_html_own_application_near_miss"] = (
    _html(
        "<div>Dobrý den, posílám opravenou žádost: Kladenský večerník s.r.o., IČO 27082440, "
        "žádá o přístup k XML výsledkům, produkční server 192.0.2.15, testovací 192.0.2.16. "
        "Kontakt Jana Malá, 604 118 225.</div>"
        '<blockquote type="cite"><div>Dne 2. 9. podatelna@czso.cz napsal(a):</div>'
        "<div>Žádost neobsahuje IP adresy, pošlete ji prosím znovu.</div></blockquote>",
        "mala@kladenskyvecernik.example",
        "Jana Malá",
    ),
    label(
        FEED,
        ("Kladenský večerník s.r.o.", "27082440", None),
        ["192.0.2.15"],
        ["192.0.2.16"],
        ("Jana Malá", "mala@kladenskyvecernik.example", "+420604118225"),
    ),
)

# (b) the office's question signed only by its name, the original quoted under it
CASES["cs_podatelna_signed_question"] = (
    _text(
        "Dobrý den,\n\ntestovací adresa je 198.51.100.29.\n\nK. Veselá\n\n"
        "> Dobrý den, v žádosti chybí testovací IP adresa, doplňte ji prosím.\n"
        "> Podatelna ČSÚ\n>\n"
        ">> Dobrý den,\n>> Berounský deník s.r.o., IČO 27082440, žádá o přístup k XML výsledkům.\n"
        ">> Produkční servery 198.51.100.20 a 198.51.100.21.\n"
        ">> Kontaktní osoba Klára Veselá, tel. 311 624 118.\n",
        "vesela@berounskydenik.example",
        "Klára Veselá",
    ),
    label(
        FEED,
        ("Berounský deník s.r.o.", "27082440", None),
        ["198.51.100.20", "198.51.100.21"],
        ["198.51.100.29"],
        ("Klára Veselá", "vesela@berounskydenik.example", "+420311624118"),
    ),
)
CASES["en_czso_signed_question"] = (
    _text(
        "Hello,\n\nsorry, the test server is 203.0.113.59.\n\nTom\n\n"
        "> Hello, the test address is missing from your application, please provide it.\n"
        "> Elections team, CZSO\n>\n"
        ">> Hello,\n>> Lakeside Post Ltd applies for access to the XML election results.\n"
        ">> Production hosts: 203.0.113.50, 203.0.113.51\n"
        ">> Contact: Tom Reed, tom.reed@lakesidepost.example, +44 161 496 0723\n",
        "tom.reed@lakesidepost.example",
        "Tom Reed",
    ),
    label(
        FEED,
        ("Lakeside Post Ltd", None, None),
        ["203.0.113.50", "203.0.113.51"],
        ["203.0.113.59"],
        ("Tom Reed", "tom.reed@lakesidepost.example", "+441614960723"),
    ),
)
# near miss: the answer replaces the production address it gives a use of its own
CASES["cs_question_answer_replaces_production_near_miss"] = (
    _text(
        "Dobrý den,\n\nprodukční adresa je nově 198.51.100.44, testovací 198.51.100.49.\n\n"
        "Karel Brož\n\n"
        "> Dobrý den, v žádosti chybí testovací adresa, doplňte ji prosím.\n> Podatelna ČSÚ\n>\n"
        ">> Hanácký týdeník s.r.o., IČO 27082440, žádá o přístup k XML výsledkům ze serveru "
        "198.51.100.40.\n>> Kontakt Karel Brož, 585 204 118.\n",
        "broz@hanackytydenik.example",
        "Karel Brož",
    ),
    label(
        FEED,
        ("Hanácký týdeník s.r.o.", "27082440", None),
        ["198.51.100.44"],
        ["198.51.100.49"],
        ("Karel Brož", "broz@hanackytydenik.example", "+420585204118"),
    ),
)

# (c) a reply above the office's approval letter of last year: a value stays as it was
_APPROVAL_CS = (
    "Dne 10.09.2024 v 9:40 podatelna@czso.cz napsal(a):\n"
    "> Vážená paní Hronková,\n>\n"
    "> Český statistický úřad povoluje společnosti Jihlavské listy s.r.o. (IČO 27082440)\n"
    "> přístup k dedikovanému serveru s výsledky voleb z těchto adres:\n>\n"
    ">   produkční: 192.0.2.30, 192.0.2.31\n>   testovací: 192.0.2.39\n>\n"
    "> S pozdravem\n> Odbor zpracování výsledků voleb\n> Český statistický úřad\n"
    "> IČO 00025593, ID DS 2gfaasy\n"
)
CASES["cs_test_stays_as_last_year"] = (
    _text(
        "Dobrý den,\n\nletos opět žádáme o výsledky. Produkční adresa je nově 203.0.113.80, "
        "testovací adresa zůstává stejná jako loni.\n\nEva Hronková\nJihlavské listy s.r.o.\n"
        "tel. 567 118 204\n\n" + _APPROVAL_CS,
        "hronkova@jihlavskelisty.example",
        "Eva Hronková",
    ),
    label(
        FEED,
        ("Jihlavské listy s.r.o.", "27082440", None),
        ["203.0.113.80"],
        ["192.0.2.39"],
        ("Eva Hronková", "hronkova@jihlavskelisty.example", "+420567118204"),
    ),
)
CASES["en_test_remains_the_same"] = (
    _text(
        "Hello,\n\nwe would like the results again this year. Production is now 203.0.113.81; "
        "the test address remains the same as last year.\n\nEva Hronková\nJihlavské listy s.r.o.\n"
        "tel. 567 118 204\n\n" + _APPROVAL_CS,
        "hronkova@jihlavskelisty.example",
        "Eva Hronková",
    ),
    label(
        FEED,
        ("Jihlavské listy s.r.o.", "27082440", None),
        ["203.0.113.81"],
        ["192.0.2.39"],
        ("Eva Hronková", "hronkova@jihlavskelisty.example", "+420567118204"),
    ),
)
CASES["de_test_bleibt_unveraendert"] = (
    _text(
        "Guten Tag,\n\nwir beantragen den Zugang auch dieses Jahr. Produktion neu: 203.0.113.82, "
        "die Testadresse bleibt unverändert.\n\nEva Hronková\nJihlavské listy s.r.o.\n"
        "tel. 567 118 204\n\n" + _APPROVAL_CS,
        "hronkova@jihlavskelisty.example",
        "Eva Hronková",
    ),
    label(
        FEED,
        ("Jihlavské listy s.r.o.", "27082440", None),
        ["203.0.113.82"],
        ["192.0.2.39"],
        ("Eva Hronková", "hronkova@jihlavskelisty.example", "+420567118204"),
    ),
)
# near miss: every address changes; nothing of last year's letter stays
CASES["cs_all_changed_near_miss"] = (
    _text(
        "Dobrý den,\n\nletos opět žádáme o výsledky. Adresy se změnily: produkční 203.0.113.90, "
        "testovací 203.0.113.99.\n\nEva Hronková\nJihlavské listy s.r.o.\ntel. 567 118 204\n\n"
        + _APPROVAL_CS,
        "hronkova@jihlavskelisty.example",
        "Eva Hronková",
    ),
    label(
        FEED,
        ("Jihlavské listy s.r.o.", "27082440", None),
        ["203.0.113.90"],
        ["203.0.113.99"],
        ("Eva Hronková", "hronkova@jihlavskelisty.example", "+420567118204"),
    ),
)

XFAIL: dict[str, str] = {
    "cs_all_changed_near_miss": "organisation (r60-replies, left): the IČO given only in the office's quoted approval letter of last year is not read when the reply adopts nothing of that letter (every address changes); missing, not wrong",
}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert misses(p, want) == []
