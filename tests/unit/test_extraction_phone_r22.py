"""Contact phone, twenty-second round (issue 18): classes of writing probed in wording
unlike the corpus cases.

1. A desk noun that a job title leads to, with words between them ("vedoucí odboru
   kancelář starosty", "vedoucí studentské redakce", "head of the press office", "Leiterin
   der Abteilung Zentrale Dienste"): the title opens the stretch of words before the number
   (since the last comma), so the desk is where the person works and the number is theirs;
   a desk in a stretch of its own ("redaktor; ústředna …", "ředitel, sekretariát …") stays
   the organisation's.
2. The contact wrote an e-mail that the applicant passes on attached as a file, and the new
   text names them by surname alone ("pan Šustr z IT"): the attached message's signature
   opens with a full name ending with that surname, so the number the author gives in it
   ("volejte rovnou mně, …") is the contact's (never for certain).

Every text here is written for the test; names, firms and numbers are invented."""

from __future__ import annotations

import pytest

from intake.extraction.contact import CSU, _PhoneKind, _phones
from intake.extraction.model import Extraction
from intake.model import Channel
from intake.pipeline import parse
from tests.unit.extraction_helpers import body, extract, mail


def _phone(x: Extraction) -> tuple[str | None, bool | None]:
    f = x.fields.get("contact.phone")
    return (None, None) if f is None else (str(f.value), f.certain)


def _kind(text: str) -> _PhoneKind:
    found = _phones(text, CSU)
    assert len(found) == 1
    return found[0][1]


# ------------- 1. a desk noun that a job title leads to is the person's place -------------


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(
            "Ing. Libor Kratochvíl, vedoucí odboru kancelář tajemníka, tel. 604 118 273",
            id="cs-odbor-kancelar",
        ),
        pytest.param(
            "Bc. Marta Vlčková, zástupkyně vedoucí regionální redakce, 725 330 418",
            id="cs-regional-desk",
        ),
        pytest.param(
            "Ms Helen Ward, head of the press office, phone +420 608 221 904",
            id="en-head-of-the-office",
        ),
        pytest.param(
            "Anna Weber, Leiterin der Abteilung Zentrale Dienste, Tel. +420 602 333 444",
            id="de-leiterin-zentrale",
        ),
        pytest.param(
            "Karel Dub, koordinátor zahraniční redakce, mobil 777 100 200", id="cs-mobile-word"
        ),
    ],
)
def test_a_desk_noun_a_job_title_leads_to_is_no_switchboard(line: str) -> None:
    assert _kind(line) is not _PhoneKind.ORGANIZATION


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Jan Novák, redaktor; ústředna 222 710 500", id="desk-after-semicolon"),
        pytest.param("Jan Novák, ředitel, sekretariát 222 333 446", id="desk-after-comma"),
        pytest.param("Vedoucí: Jan Novák, kancelář 222 333 445", id="label-then-desk"),
        pytest.param("Redakce, tel. 222 333 444", id="desk-alone"),
    ],
)
def test_a_desk_in_a_stretch_of_its_own_stays_the_organisations(line: str) -> None:
    assert _kind(line) is _PhoneKind.ORGANIZATION


def test_a_replacing_contact_with_a_long_job_title_keeps_her_number() -> None:
    text = (
        "Dobrý den,\n\nobec Dolní Ves (IČO 00231456) žádá o přístup k výsledkům voleb ve formátu "
        "XML, server 192.0.2.77.\nKontaktní osobou jsem já, tel. 499 100 200.\n\nS pozdravem\n"
        "Petr Hruška\nstarosta\n\nDoplnění: od pondělí jsem mimo úřad, kontaktní osobou proto bude "
        "místo mě paní Jana Svobodová, vedoucí odboru kancelář obce, tel. 736 515 202, "
        "svobodova@dolnives.example.\n"
    )
    assert _phone(extract(mail(body(text), sender="hruska@dolnives.example"))) == (
        "+420736515202",
        False,
    )


# ------------- 2. the author of an attached e-mail named by surname alone ----------------

_EML = """From: {fwd_name} <{fwd_addr}>
To: podatelna@czso.cz
Subject: zadost o XML
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="BOUND"

--BOUND
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

{note}

--BOUND
Content-Type: message/rfc822
Content-Disposition: attachment; filename="od dodavatele.eml"

From: {name} <{addr}>
To: {fwd_addr}
Subject: adresy
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

{inner}

--BOUND--
"""

ATTACHED = {
    "cs-kontakt-v-priloze": (
        "Dobrý den,\n\nFirma Vltava Press s.r.o. žádá o přístup k výsledkům voleb v XML. "
        "Technické údaje posílá náš správce, kontaktem pro připojení je pan Klíma "
        "(údaje najdete v přiložené zprávě).\n\nS pozdravem\nJitka Malá\nredaktorka",
        "Ondřej Klíma",
        "klima@sitservis.example",
        "Ahoj Jitko,\n\nadresy: produkce 198.51.100.90, test 198.51.100.91. Kdyby něco, "
        "ozvěte se přímo mně na 731 552 604.\n\nOndřej Klíma\nSíťServis s.r.o., IČO 26112233",
        "+420731552604",
    ),
    "sk-pan-kontakt": (
        "Dobrý deň,\n\nžiadame o prístup k výsledkom volieb vo formáte XML. Kontaktnou osobou "
        "pre pripojenie bude pán Baláž z nášho IT, jeho správu prikladám.\n\nS pozdravom\n"
        "Eva Tóthová",
        "Marek Baláž",
        "balaz@itpartner.example",
        "Ahoj Eva,\n\nIP pre ČSÚ: 198.51.100.92 (produkcia). Pri problémoch nech volajú mne, "
        "+420 604 771 308.\n\nMarek Baláž\nIT Partner s.r.o.\nBratislavská 4, Brno",
        "+420604771308",
    ),
    "en-contractor": (
        "Hello,\n\nNorth Wire Ltd. applies for access to the election results in XML. The "
        "technical contact is Mr Ellis from our contractor; his message is attached.\n\n"
        "Kind regards\nSarah Cole",
        "Tom Ellis",
        "ellis@netcare.example",
        "Hi Sarah,\n\nthe addresses are 198.51.100.93 and 198.51.100.94 (test). If CSU needs "
        "anything they can ring me on +420 608 404 112.\n\nTom Ellis\nNetCare s.r.o.",
        "+420608404112",
    ),
    "cs-pani-signature-phone": (
        "Dobrý den,\n\nžádáme o XML s výsledky voleb. Kontaktní osobou bude paní Horáková, "
        "viz přeposlaná zpráva.\n\nDěkuji\nPavel Beran",
        "Lucie Horáková",
        "horakova@datafirma.example",
        "Dobrý den,\n\nadresa serveru je 198.51.100.95.\n\nLucie Horáková\nDataFirma s.r.o.\n"
        "tel. 777 215 406",
        "+420777215406",
    ),
}


def _attached(note: str, name: str, addr: str, inner: str) -> Extraction:
    raw = _EML.format(
        fwd_name="Redakce",
        fwd_addr="redakce@noviny.example",
        note=note,
        name=name,
        addr=addr,
        inner=inner,
    )
    return extract(parse(raw.encode(), Channel.EMAIL))


@pytest.mark.parametrize("key", list(ATTACHED))
def test_the_author_of_an_attached_mail_named_by_surname_gives_the_phone(key: str) -> None:
    note, name, addr, inner, want = ATTACHED[key]
    x = _attached(note, name, addr, inner)
    assert x.fields["contact.person"].value == name
    assert _phone(x) == (want, False)


def test_an_attached_mail_signed_by_another_person_gives_no_phone() -> None:
    note, _, _, _, _ = ATTACHED["cs-kontakt-v-priloze"]
    inner = (
        "Ahoj Jitko,\n\nadresy: produkce 198.51.100.90. Kdyby něco, volejte mi na 731 552 604."
        "\n\nRadek Vrba\nSíťServis s.r.o."
    )
    x = _attached(note, "Radek Vrba", "vrba@sitservis.example", inner)
    assert _phone(x)[0] != "+420731552604"


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(
            "Kontaktní osoba: Jan Dvořák, programový ředitel ústředna 466 300 100",
            id="title-then-desk-label",
        ),
        pytest.param(
            "Vyřizuje: Bc. Eva Malá, tisková mluvčí ústředna 571 400 600",
            id="spokeswoman-then-desk-label",
        ),
    ],
)
def test_a_desk_label_right_after_a_title_stays_the_organisations(line: str) -> None:
    assert _kind(line) is _PhoneKind.ORGANIZATION
