"""The organisation, twenty-fifth round (issue 18): a generalisation drill. The messages are
the tests' own, written and labelled (by tests/corpus/LABELS.md) before extraction ran on
them, none a corpus case.

Classes widened: a faculty, an institute, a department or a chair applies as its university,
wherever the university is written: on the line after or before the unit's (a letterhead, a
signature), in the same cell, in a sentence in any case ("Za Západomoravskou univerzitu v
Třebíči"), in any encoding; a name read in an oblique case (the accusative after any verb,
the instrumental) is put back in the nominative by the agreement of its adjectives and noun.
"""

from __future__ import annotations

import pytest

from intake.model import Channel, ComponentRole, ParsedMessage
from intake.pipeline import parse
from tests.unit.extraction_helpers import body, extract, mail

_IP = "\nProdukční IP: 192.0.2.10\n"

D: list[tuple[str, ParsedMessage, str]] = []


def add(i: str, text: str, name: str, *, html: bool = False) -> None:
    role = ComponentRole.BODY_HTML if html else ComponentRole.BODY_TEXT
    D.append((i, mail(body(text, role)), name))


def add_raw(i: str, text: str, charset: str, name: str) -> None:
    raw = (
        "From: Lidia Sova <sova@example.invalid>\nTo: volby@czso.example\nSubject: Zadost XML\n"
        f"MIME-Version: 1.0\nContent-Type: text/plain; charset={charset}\n"
        "Content-Transfer-Encoding: 8bit\n\n"
    ).encode("ascii") + text.encode(charset)
    D.append((i, parse(raw, Channel.EMAIL), name))


# --- a university's unit applies as the university ---------------------------------------
add(
    "u01-signature-university-above-unit",
    "Dobrý den,\nžádáme o přístup k výsledkům voleb v XML pro náš studentský projekt."
    + _IP
    + "\nS pozdravem\nIng. Petra Malá\nPodhorská univerzita v Jeseníku\nKatedra politologie\n"
    "IČO: 22905103\n",
    "Podhorská univerzita v Jeseníku",
)
add(
    "u02-english-letterhead-department-then-university",
    "Department of Journalism\nRiverside University\n\nDear Sir or Madam,\nour students run an"
    " election night newsroom and we would like access to the XML results feed.\n"
    "Production IP: 203.0.113.20\n\nKind regards\nDr Alan Price\n",
    "Riverside University",
)
add(
    "u03-html-table-cell-unit-comma-university",
    "<html><body><p>Dobrý den,</p><table><tr><td>Žadatel</td><td>Ústav mediálních studií,"
    " Vltavská univerzita v Týně</td></tr><tr><td>IČO</td><td>57821119</td></tr><tr><td>IP"
    "</td><td>192.0.2.30</td></tr></table><p>Děkujeme.<br>Jana Rybová</p></body></html>",
    "Vltavská univerzita v Týně",
    html=True,
)
add(
    "u04-slovak-genitive-chain-no-id",
    "Dobrý deň,\nKatedra žurnalistiky Filozofickej fakulty Považskej univerzity v Žiline žiada"
    " o prístup k výsledkom volieb vo formáte XML.\nProdukčná IP: 192.0.2.40\n\nS pozdravom\n"
    "Mgr. Juraj Kováč, PhD.\n",
    "Považská univerzita v Žiline",
)
add(
    "u05-accusative-after-verb-with-seat",
    "Dobrý den,\nzastupuji Jihočeskou vysokou školu v Táboře (IČO 19725132) a žádám o přístup"
    " k XML s výsledky.\n" + _IP + "\nRNDr. Ota Skála\n",
    "Jihočeská vysoká škola v Táboře",
)
add(
    "u06-signature-university-comma-faculty",
    "Dobrý den,\nprosíme o zřízení přístupu k serveru s výsledky voleb."
    + _IP
    + "\nS úctou\nprof. Emil Vrba\nděkan\nUniverzita Horního Polabí, Fakulta sociálních věd\n"
    "IČO 69982988\n",
    "Univerzita Horního Polabí",
)
add(
    "u07-english-faculty-sentence-with-id",
    "Hello,\nI am writing for the Faculty of Social Sciences, Eastbrook University (Company ID"
    " 77743881). We ask for access to the XML results.\nIP: 203.0.113.70\n\nBest,\nMaria Lopez\n",
    "Eastbrook University",
)
add(
    "u08-german-chair-then-university-line",
    "Sehr geehrte Damen und Herren,\nwir bitten um Zugang zu den Wahlergebnissen im XML-Format."
    "\nIP: 203.0.113.80\n\nMit freundlichen Grüßen\nDr. Jens Roth\nLehrstuhl für Journalistik\n"
    "Universität Oderland\n",
    "Universität Oderland",
)
add_raw(
    "u09-latin2-institute-before-university",
    "Dobrý den,\nÚstav politologie Středočeské univerzity v Kolíně žádá o přístup k XML"
    " s výsledky voleb.\nIP: 192.0.2.90\n\nS pozdravem\nLýdie Sovová\n",
    "iso-8859-2",
    "Středočeská univerzita v Kolíně",
)
add_raw(
    "u10-cp1250-dative-university",
    "Dobrý den,\npíšu z Katedry sociologie. Přístup k XML prosím přidělte Středočeské univerzitě"
    " v Kolíně, IČO 76420019.\nIP: 192.0.2.91\n\nŠárka Žížalová\n",
    "windows-1250",
    "Středočeská univerzita v Kolíně",
)
add(
    "u11-near-miss-company-cooperates-with-department",  # the applicant is the company
    "Dobrý den,\nMediální dům Sever s.r.o. (IČO 39477673) žádá o přístup k XML. Na volebním"
    " studiu spolupracujeme s Katedrou žurnalistiky Polabské univerzity."
    + _IP
    + "\nPetr Dvořák\nMediální dům Sever s.r.o.\n",
    "Mediální dům Sever s.r.o.",
)
add(
    "u12-near-miss-student-union-legal-entity",  # a registered association of its own
    "Dobrý den,\nStudentská unie Polabské univerzity, z. s., IČO 18615244, žádá o přístup"
    " k výsledkům voleb v XML." + _IP + "\nKlára Bílá\n",
    "Studentská unie Polabské univerzity, z. s.",
)

# --- a name read in an oblique case -----------------------------------------------------------
add(
    "c01-plural-verb-accusative",
    "Dobrý den,\nzastupujeme Pražskou zpravodajskou agenturu s.r.o., IČO 39457877, a žádáme"
    " o přístup k XML." + _IP + "\nLenka Horká\n",
    "Pražská zpravodajská agentura s.r.o.",
)
add(
    "c02-slovak-accusative",
    "Dobrý deň,\nzastupujem Východoslovenskú tlačovú agentúru, s.r.o. (IČO 80183875) a žiadam"
    " o prístup k XML.\nIP: 192.0.2.22\n\nMarek Hudák\n",
    "Východoslovenská tlačová agentúra, s.r.o.",
)
add(
    "c03-instrumental-passive",
    "Dobrý den,\nnáš volební web je provozován Hanáckou internetovou televizí s.r.o., IČO"
    " 24861219; žádáme o přístup k XML." + _IP + "\nRoman Pospíšil\n",
    "Hanácká internetová televize s.r.o.",
)
add(
    "c04-accusative-consonant-noun-html",
    "<p>Dobrý den,</p><p>dovoluji si požádat o přístup k XML pro <b>Severočeskou rozhlasovou"
    " společnost s.r.o.</b> (IČO 45388903).</p><p>IP: 192.0.2.23</p><p>Eva Kubíčková</p>",
    "Severočeská rozhlasová společnost s.r.o.",
    html=True,
)
add(
    "c05-masculine-genitive-after-noun",
    "Dobrý den,\nžádáme o přístup k XML pro potřeby Moravskoslezského deníku a.s., IČO 66003946."
    + _IP
    + "\nIvo Sedlák\n",
    "Moravskoslezský deník a.s.",
)
add(
    "c06-slovak-instrumental",
    "Dobrý deň,\nnaša stránka je prevádzkovaná Záhorskou mediálnou spoločnosťou, s.r.o., IČO"
    " 13753754. Žiadame o prístup k XML.\nIP: 192.0.2.24\n\nJana Straková\n",
    "Záhorská mediálna spoločnosť, s.r.o.",
)
add(
    "c07-near-miss-nominative-after-company-word",  # written in the nominative already
    "Dobrý den,\nzastupuji společnost Slezská mediální agentura s.r.o. (IČO 89319222) a žádám"
    " o přístup k XML." + _IP + "\nRoman Kuchař\n",
    "Slezská mediální agentura s.r.o.",
)
add(
    "c08-near-miss-name-of-its-own-in-ou",  # the name's own words end in "-ou"
    "Dobrý den,\nCestou necestou s.r.o., IČO 14342111, žádá o přístup k XML."
    + _IP
    + "\nS pozdravem\nAdam Novák\nCestou necestou s.r.o.\n",
    "Cestou necestou s.r.o.",
)

# --- the second batch, written after the first was fixed ----------------------------------
add(
    "u13-english-dash-school",
    "Hello,\nplease grant us access to the XML election results.\nIP: 203.0.113.90\n\nRegards\n"
    "Tom Hale\nNorthgate University – School of Media\n",
    "Northgate University",
)
add(
    "u14-polish-wydzial-then-uniwersytet",
    "Dzień dobry,\nprosimy o dostęp do wyników wyborów w formacie XML.\nIP: 192.0.2.14\n\n"
    "Z poważaniem\ndr Anna Nowak\nWydział Dziennikarstwa\nUniwersytet Nadodrzański w Głogowie\n",
    "Uniwersytet Nadodrzański w Głogowie",
)
add(
    "u15-html-cell-unit-br-university",
    "<html><body><p>Dobrý den, žádáme o přístup k XML.</p><p>IP: 192.0.2.15</p><table><tr><td>"
    "Fakulta humanitních studií<br>Univerzita Jižních Čech</td><td>IČO 23625872</td></tr>"
    "</table></body></html>",
    "Univerzita Jižních Čech",
    html=True,
)
add(
    "u16-relative-clause",
    "Dobrý den,\nobracím se na Vás jménem Ústavu žurnalistiky, který je součástí Krkonošské"
    " univerzity v Trutnově. Žádáme o přístup k XML." + _IP + "\nMarta Veselá\n",
    "Krkonošská univerzita v Trutnově",
)
add(
    "u17-near-miss-company-department",  # a company's department: the company
    "Dobrý den,\nžádáme o přístup k XML." + _IP + "\nS pozdravem\nJan Kos\nOddělení digitálních"
    " médií\nSeverní Média a.s.\n",
    "Severní Média a.s.",
)
add(
    "c09-possessive-nasi",
    "Dobrý den,\npřístup žádám pro naši Jihlavskou obrazovou agenturu, s.r.o., IČO 77608135."
    + _IP
    + "\nPavel Brož\n",
    "Jihlavská obrazová agentura, s.r.o.",
)
add(
    "c11-name-on-a-line-of-its-own-after-verb",  # was wrong AND certain at first
    "Dobrý den,\nzastupuji\nOlomouckou regionální agenturu s.r.o.\na žádám o přístup k XML."
    + _IP
    + "\nIvana Černá\n",
    "Olomoucká regionální agentura s.r.o.",
)
add(
    "c12-soft-noun-accusative",
    "Dobrý den,\nzastupuji Krajskou televizi s.r.o., IČO 45460078, a žádám o přístup k XML."
    + _IP
    + "\nOldřich Malý\n",
    "Krajská televize s.r.o.",
)
add(
    "c13-near-miss-masculine-nominative",
    "Dobrý den,\nzastupuji Pražský deník s.r.o. a žádám o přístup k XML." + _IP + "\nOto Rak\n",
    "Pražský deník s.r.o.",
)
add(
    "c14-near-miss-ou-inside-the-name",
    "Dobrý den,\nAgentura Modrou cestou s.r.o. žádá o přístup k XML."
    + _IP
    + "\nOto Rak\nAgentura Modrou cestou s.r.o.\n",
    "Agentura Modrou cestou s.r.o.",
)
add(
    "c15-dative-after-imperative",
    "Dobrý den,\npřístup k XML prosím přidělte Valašské regionální agentuře s.r.o."
    + _IP
    + "\nOto Rak\n",
    "Valašská regionální agentura s.r.o.",
)
add(
    "c16-instrumental-after-s",
    "Dobrý den,\ns Moravskou regionální televizí s.r.o. spolupracujeme; žádáme za ni o přístup"
    " k XML." + _IP + "\nRoman Kuchař\n",
    "Moravská regionální televize s.r.o.",
)


def _norm(v: object) -> str:
    return " ".join(str(v).casefold().split())


_LEFT = {
    # a feminine dative ("Valašské regionální agentuře") is not read, nor an imperative
    # ("přidělte") as the sentence's verb: the value is wrong but flagged
    "c15-dative-after-imperative",
}


@pytest.mark.parametrize(
    "case",
    [pytest.param(c, marks=pytest.mark.xfail(strict=True)) if c[0] in _LEFT else c for c in D],
    ids=[c[0] for c in D],
)
def test_drill(case: tuple[str, ParsedMessage, str]) -> None:
    _cid, msg, name = case
    x = extract(msg)
    got = x.fields.get("organization.name")
    assert got is not None and _norm(got.value) == _norm(name)
