"""A drill, forty-fourth round (issue 18), helper r44-org: the organisation. Three classes:
(a) a reply answering the office's questions inline, between the quoted ("> …") questions:
the answers are the applicant's own text, the quoted office lines are not; (b) the label
words of a form or table that name the name together with another field ("Název a IČO",
"Name and ID", "Name und Sitz", "Nazwa i NIP") are never part of the name; (c) a supplier
(an IT contractor, an agency) forwarding the medium's application attached as a message: the
applicant is the medium. Near-miss negatives keep what must stay: a plain top-posted reply
over a quote, a wrapped quoted line, a supplier applying in its own name. Each message was
labelled by ``tests/corpus/LABELS.md`` before extraction ran on it.

Every text here is written for the test; names, firms, numbers and addresses are invented."""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from mail.mime import parse_email
from tests.unit.drill_helpers import FEED, Label, drill_params, label, misses
from tests.unit.extraction_helpers import body, mail

CASES: dict[str, tuple[ParsedMessage, Label]] = {}

_OFFICE_SIG = (
    "> Děkujeme.\n> Podatelna Českého statistického úřadu\n"
    "> tel.: +420 274 052 733 | ID DS: 2gfaasy | www.czso.cz\n"
)


def _reply(text: str, sender: str, name: str) -> ParsedMessage:
    return mail(
        body(text), subject="Re: Doplnění žádosti o přístup k výsledkům voleb", sender=sender,
        sender_name=name,
    )


def _eml(cover: str, inner: str, *, sender: str, name: str, inner_from: str) -> ParsedMessage:
    """A cover note with the medium's application attached as a message (.eml)."""
    raw = (
        f"From: {name} <{sender}>\nTo: podatelna@czso.cz\nSubject: Fwd: Žádost o XML\n"
        "Date: Mon, 02 Dec 2030 10:00:00 +0000\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="b1"\n\n'
        '--b1\nContent-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n\n'
        f"{cover}\n\n--b1\nContent-Type: message/rfc822\n"
        'Content-Disposition: attachment; filename="zadost.eml"\n\n'
        f"From: {inner_from}\nTo: info@statistika.example\nSubject: Žádost o XML\n"
        "Date: Mon, 25 Nov 2030 09:00:00 +0000\nMIME-Version: 1.0\n"
        'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n\n'
        f"{inner}\n\n--b1--\n"
    )
    return parse_email(raw.encode("utf-8"))


# (a) answers written between the quoted questions
CASES["cz_inline_answers"] = (
    _reply(
        "Dobrý den, odpovídám přímo do textu.\n\n"
        "Dne 3. 9. 2030 v 9:15 Podatelna ČSÚ napsal(a):\n"
        "> Dobrý den,\n> k vyřízení Vaší žádosti potřebujeme doplnit:\n"
        "> 1. přesný název žadatele a IČO\n\nPodkrkonošský deník s.r.o., IČO 27110931\n\n"
        "> 2. produkční IP adresy\n\n192.0.2.41\n\n" + _OFFICE_SIG,
        "ruzicka@podkrkonossky.example",
        "Tomáš Růžička",
    ),
    label(FEED, ("Podkrkonošský deník s.r.o.", "27110931", None), ["192.0.2.41"], [],
          ("Tomáš Růžička", "ruzicka@podkrkonossky.example", None)),
)
CASES["sk_inline_answers"] = (
    _reply(
        "Dobrý deň,\n\nDňa 3. 9. 2030 o 9:15 Podatelna ČSÚ napísal(a):\n"
        "> prosíme o doplnenie:\n> - názov a IČO žiadateľa\n\n"
        "Považské noviny s.r.o., IČO 36751022\n\n> - IP adresa servera\n\n198.51.100.62\n\n"
        + _OFFICE_SIG,
        "kovac@povazske.example",
        "Ján Kováč",
    ),
    label(FEED, ("Považské noviny s.r.o.", "36751022", None), ["198.51.100.62"], [],
          ("Ján Kováč", "kovac@povazske.example", None)),
)
CASES["en_inline_answers"] = (
    _reply(
        "Hello,\n\nOn 3 Sep 2030, at 09:15, CZSO filing office wrote:\n"
        "> Please complete:\n> (a) the applicant's name and company ID\n\n"
        "Danube Wire Ltd, company ID 08815429\n\n> (b) the production address\n\n"
        "203.0.113.144\n\n" + _OFFICE_SIG,
        "news@danubewire.example",
        "",
    ),
    label(FEED, ("Danube Wire Ltd", "08815429", None), ["203.0.113.144"], [],
          (None, "news@danubewire.example", None)),
)
CASES["de_inline_answers"] = (
    _reply(
        "Guten Tag,\n\nAm 03.09.2030 um 09:15 schrieb Podatelna ČSÚ:\n"
        "> Bitte ergänzen Sie:\n> 1. Name der Organisation und IČO\n\n"
        "Egerland Rundschau GmbH, IČO 05227381\n\n> 2. IP-Adresse\n\n192.0.2.205\n\n"
        + _OFFICE_SIG,
        "redaktion@egerland.example",
        "",
    ),
    label(FEED, ("Egerland Rundschau GmbH", "05227381", None), ["192.0.2.205"], [],
          (None, "redaktion@egerland.example", None)),
)
# near miss: a top-posted reply; the quoted office text names the office only
CASES["cz_top_posted_neg"] = (
    _reply(
        "Dobrý den,\n\nžadatelem je Hanácký týdeník s.r.o., IČO 28615409, server 192.0.2.90.\n\n"
        "S pozdravem\nEva Šťastná\n\n"
        "Dne 3. 9. 2030 v 9:15 Podatelna ČSÚ napsal(a):\n"
        "> prosíme o doplnění názvu žadatele, IČO a IP adresy.\n" + _OFFICE_SIG,
        "stastna@hanacky.example",
        "Eva Šťastná",
    ),
    label(FEED, ("Hanácký týdeník s.r.o.", "28615409", None), ["192.0.2.90"], [],
          ("Eva Šťastná", "stastna@hanacky.example", None)),
)

# (b) label words naming the name with another field
def _form(rows: str, sender: str, name: str) -> ParsedMessage:
    return mail(
        body("Dobrý den,\nžádáme o přístup k výsledkům voleb (XML).\n\n" + rows), subject="Žádost o XML",
        sender=sender, sender_name=name,
    )


CASES["cz_nazev_a_ico_columns"] = (
    _form("Název a IČO              Berounský kurýr s.r.o., 04413091\n"
          "Produkční IP             192.0.2.17\n", "info@berounsky.example", ""),
    label(FEED, ("Berounský kurýr s.r.o.", "04413091", None), ["192.0.2.17"], [],
          (None, "info@berounsky.example", None)),
)
CASES["cz_nazev_a_ico_colon"] = (
    _form("Název a IČO: Rakovnický posel, z.s., 22750061\nIP: 192.0.2.18\n",
          "info@rakposel.example", ""),
    label(FEED, ("Rakovnický posel, z.s.", "22750061", None), ["192.0.2.18"], [],
          (None, "info@rakposel.example", None)),
)
CASES["en_name_and_id"] = (
    _form("Name and ID: Moravia Daily a.s., 26180057\nIP address: 192.0.2.19\n",
          "desk@moraviadaily.example", ""),
    label(FEED, ("Moravia Daily a.s.", "26180057", None), ["192.0.2.19"], [],
          (None, "desk@moraviadaily.example", None)),
)
CASES["de_name_und_sitz"] = (
    _form("Name und Sitz: Vogtland Kurier GmbH, Plauen\nIČO: 07126417\nIP: 192.0.2.20\n",
          "info@vogtlandkurier.example", ""),
    label(FEED, ("Vogtland Kurier GmbH", "07126417", None), ["192.0.2.20"], [],
          (None, "info@vogtlandkurier.example", None)),
)
CASES["pl_nazwa_i_nip"] = (
    _form("Nazwa i NIP:   Gazeta Cieszyńska sp. z o.o., IČO 09871527\nIP: 192.0.2.21\n",
          "redakcja@gazetacieszynska.example", ""),
    label(FEED, ("Gazeta Cieszyńska sp. z o.o.", "09871527", None), ["192.0.2.21"], [],
          (None, "redakcja@gazetacieszynska.example", None)),
)
CASES["cz_obchodni_firma_ico"] = (
    _form("Obchodní firma / IČO: Orlický hlasatel s.r.o. / 29045118\nIP: 192.0.2.22\n",
          "info@orlicky.example", ""),
    label(FEED, ("Orlický hlasatel s.r.o.", "29045118", None), ["192.0.2.22"], [],
          (None, "info@orlicky.example", None)),
)
CASES["en_name_and_id_columns"] = (
    _form("Name and ID            Silesia Wire s.r.o., 08102490\n"
          "Production IP          192.0.2.24\n", "desk@silesiawire.example", ""),
    label(FEED, ("Silesia Wire s.r.o.", "08102490", None), ["192.0.2.24"], [],
          (None, "desk@silesiawire.example", None)),
)
CASES["pl_nazwa_i_nip_tab"] = (
    _form("Nazwa i NIP\tBeskidzki Tygodnik sp. z o.o., IČO 06231578\nIP\t192.0.2.25\n",
          "redakcja@beskidzki.example", ""),
    label(FEED, ("Beskidzki Tygodnik sp. z o.o.", "06231578", None), ["192.0.2.25"], [],
          (None, "redakcja@beskidzki.example", None)),
)
# near miss: a plain name label keeps the name whole ("A a B" in a name stays)
CASES["cz_name_with_a_neg"] = (
    _form("Název: Noviny Lesy a Pole s.r.o.\nIČO: 05512271\nIP: 192.0.2.23\n",
          "info@lesyapole.example", ""),
    label(FEED, ("Noviny Lesy a Pole s.r.o.", "05512271", None), ["192.0.2.23"], [],
          (None, "info@lesyapole.example", None)),
)

# (c) a supplier forwards the medium's application attached as a message
CASES["cz_contractor_attached_eml"] = (
    _eml(
        "Dobrý den,\n\njako správci serverů vydavatelství přeposíláme jejich žádost v příloze.\n\n"
        "Karel Dvořák\nServerPark s.r.o.",
        "Dobrý den,\n\nJihočeská Vlna s.r.o., IČO 26071223, žádá o přístup k výsledkům voleb "
        "(XML).\nProdukce: 203.0.113.70\n\nS pozdravem\nLenka Bártová\njednatelka",
        sender="dvorak@serverpark.example", name="Karel Dvořák",
        inner_from="Lenka Bártová <bartova@jihoceskavlna.example>",
    ),
    label(FEED, ("Jihočeská Vlna s.r.o.", "26071223", None), ["203.0.113.70"], [],
          ("Lenka Bártová", "bartova@jihoceskavlna.example", None)),
)
CASES["en_agency_attached_eml"] = (
    _eml(
        "Hello,\n\nwe host the website of our client and pass on their request attached below.\n\n"
        "Best regards,\nPeter Novak\nHostline Systems s.r.o.",
        "Dear Sir or Madam,\n\nPrague Observer s.r.o. (company ID 07733216) requests access "
        "to the election results feed.\nServer: 198.51.100.140\n\nKind regards,\nAnna Brown",
        sender="novak@hostline.example", name="Peter Novak",
        inner_from="Anna Brown <anna@pragueobserver.example>",
    ),
    label(FEED, ("Prague Observer s.r.o.", "07733216", None), ["198.51.100.140"], [],
          ("Anna Brown", "anna@pragueobserver.example", None)),
)
CASES["de_dienstleister_attached_eml"] = (
    _eml(
        "Guten Tag,\n\nwir sind IT-Dienstleister für Egerer Wochenblatt und leiten ihren Antrag "
        "im Anhang weiter.\n\nMit freundlichen Grüßen\nTobias Kern\nKernIT GmbH",
        "Guten Tag,\n\ndie Egerer Wochenblatt s.r.o., IČO 06455735, beantragt den Zugang zu den "
        "Wahlergebnissen (XML).\nServer: 192.0.2.150\n\nMit freundlichen Grüßen\nAnke Vogel",
        sender="kern@kernit.example", name="Tobias Kern",
        inner_from="Anke Vogel <vogel@egererwochenblatt.example>",
    ),
    label(FEED, ("Egerer Wochenblatt s.r.o.", "06455735", None), ["192.0.2.150"], [],
          ("Anke Vogel", "vogel@egererwochenblatt.example", None)),
)
# near miss: the medium forwards its supplier's mail with the server's address
CASES["cz_medium_forwards_supplier_neg"] = (
    _eml(
        "Dobrý den,\n\nžádáme o přístup k výsledkům voleb (XML). Přeposílám e-mail našeho "
        "dodavatele pro hosting s adresou serveru.\n\nMarie Holá\nPísecký deník s.r.o.",
        "Dobrý den,\nserver pro výsledky voleb: 192.0.2.160\n\nS pozdravem\nLukáš Mráz\n"
        "HostBrno s.r.o.",
        sender="hola@piseckydenik.example", name="Marie Holá",
        inner_from="Lukáš Mráz <mraz@hostbrno.example>",
    ),
    label(FEED, ("Písecký deník s.r.o.", None, None), ["192.0.2.160"], [],
          ("Marie Holá", "hola@piseckydenik.example", None)),
)
# near miss: a supplier applying for itself, with a colleague's mail attached
CASES["cz_supplier_own_request_neg"] = (
    _eml(
        "Dobrý den,\n\nNetPolis s.r.o., IČO 24811564, žádá o přístup k výsledkům voleb (XML) "
        "pro vlastní zpravodajský portál. Adresy jsou v přiložené zprávě kolegy.\n\n"
        "Ondřej Kalina\nNetPolis s.r.o.",
        "Ahoj,\nserver pro výsledky: 192.0.2.240\nPavel",
        sender="kalina@netpolis.example", name="Ondřej Kalina",
        inner_from="Pavel Hron <hron@netpolis.example>",
    ),
    label(FEED, ("NetPolis s.r.o.", "24811564", None), ["192.0.2.240"], [],
          ("Ondřej Kalina", "kalina@netpolis.example", None)),
)

XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("p", "want"), drill_params(CASES, XFAIL))
def test_drill(p: ParsedMessage, want: Label) -> None:
    assert [m for m in misses(p, want) if m.startswith("organization.")] == []
