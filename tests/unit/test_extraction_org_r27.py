"""The organisation, twenty-seventh round (issue 18): a generalisation drill. The messages are
the tests' own, written and labelled (by tests/corpus/LABELS.md) before extraction ran on
them, none a corpus case.

Classes widened: a self-introduction ("my name is X and I am a reporter of Y", in any
language) names the organisation after the person's job or post, put back in the nominative
(the person's name and the verb never belong to it); a unit of a university (a faculty, an
institute, a department) written after the university's name (a comma, a cell's border, a
dash, the next cell) is not part of the name: the university applies.
"""

from __future__ import annotations

import pytest

from intake.model import ParsedMessage
from tests.unit.extraction_helpers import body, extract, mail

_IP = "\nProdukční IP: 192.0.2.10\n"


def _norm(v: str) -> str:
    return " ".join(v.split()).casefold()


NAMES: list[tuple[str, ParsedMessage, str]] = []
"""(id, message, the label's organisation name)."""


def add(i: str, text: str, name: str) -> None:
    NAMES.append((i, mail(body(text)), name))


# --- a self-introduction: the organisation after the person's job --------------------------
add(
    "s01-czech-instrumental-job",
    "Dobrý den,\njmenuji se Petra Králová a jsem redaktorkou Rádia Podlesí s.r.o. Rádi bychom "
    "ve volební noc vysílali průběžné výsledky.\nProdukční IP: 192.0.2.21\n\nDěkuji\n"
    "Petra Králová\nRádio Podlesí s.r.o.\n",
    "Rádio Podlesí s.r.o.",
)
add(
    "s02-slovak-genitive-job",
    "Dobrý deň,\nvolám sa Martin Hudec a som redaktor Televízie Záhorie, s.r.o. so sídlom v "
    "Senici. Žiadame o prístup k výsledkom volieb vo formáte XML.\nIP adresa: 192.0.2.22\n\n"
    "S pozdravom\nMartin Hudec\nTelevízia Záhorie, s.r.o.\n",
    "Televízia Záhorie, s.r.o.",
)
add(
    "s03-english-correspondent-for",
    "Hello,\nmy name is Oliver Grant and I work as a correspondent for Northgate Broadcasting "
    "Ltd, based in Leeds. We would like to receive the XML results feed on election night.\n"
    "Production IP: 203.0.113.23\n\nKind regards,\nOliver Grant\n",
    "Northgate Broadcasting Ltd",
)
add(
    "s04-german-redakteurin-bei",
    "Guten Tag,\nmein Name ist Katrin Vogel, ich bin Redakteurin bei der Oberlausitzer Rundschau "
    "GmbH in Görlitz und wir möchten die Wahlergebnisse im XML-Format beziehen.\n"
    "IP-Adresse: 203.0.113.24\n\nMit freundlichen Grüßen\nKatrin Vogel\n",
    "Oberlausitzer Rundschau GmbH",
)
add(
    "s05-polish-instrumental-genitive",
    "Dzień dobry,\nnazywam się Piotr Zając, jestem dziennikarzem Gazety Śląskiej Sp. z o.o. "
    "i prosimy o dostęp do wyników wyborów w formacie XML.\nAdres IP: 203.0.113.25\n\n"
    "Z poważaniem\nPiotr Zając\nGazeta Śląska Sp. z o.o.\n",
    "Gazeta Śląska Sp. z o.o.",
)
add(
    "s06-french-journaliste-a",
    "Bonjour,\nje m'appelle Claire Dubois et je suis journaliste à Radio Vosges SARL, à Épinal. "
    "Nous souhaitons recevoir les résultats des élections au format XML.\n"
    "Adresse IP : 203.0.113.26\n\nCordialement,\nClaire Dubois\n",
    "Radio Vosges SARL",
)
add(
    "s07-spanish-periodista-de",
    "Buenos días:\nMe llamo Lucía Ortega y soy periodista de Noticias Ebro S.L., con sede en "
    "Zaragoza. Solicitamos el acceso a los resultados electorales en XML.\n"
    "Dirección IP: 203.0.113.27\n\nSaludos,\nLucía Ortega\n",
    "Noticias Ebro S.L.",
)
add(
    "s08-czech-apposition-cameraman",
    "Dobrý den,\njsem Tomáš Vlk, kameraman společnosti Beskydská televize s.r.o., a rád bych "
    "požádal o povolení natáčet ve volební noc na sběrném místě ve Frýdku-Místku.\n\n"
    "Tomáš Vlk\n+420 604 555 111\n",
    "Beskydská televize s.r.o.",
)
add(
    "s09-english-employee-of",
    "Dear Sir or Madam,\nI am Sarah Mills, an employee of Riverside Media Group Ltd, and I am "
    "writing to apply for access to the election results in XML.\n"
    "Production IP: 203.0.113.29\n\nSarah Mills\n",
    "Riverside Media Group Ltd",
)
add(
    "s13-german-korrespondent-fuer",
    "Sehr geehrte Damen und Herren,\nich heiße Jonas Weber und arbeite als Korrespondent für die "
    "Mitteldeutsche Presseagentur GmbH. Wir bitten um Zugang zu den Wahlergebnissen (XML).\n"
    "IP: 203.0.113.33\n",
    "Mitteldeutsche Presseagentur GmbH",
)
add(
    "s14-czech-moderator-declined-no-signature",
    "Dobrý den,\njmenuji se Eva Horká a pracuji jako moderátorka Rádia Haná s.r.o. Prosíme o "
    "přístup k výsledkům voleb ve formátu XML.\nIP: 192.0.2.34\n\nEva Horká\n",
    "Rádio Haná s.r.o.",
)
add(
    "s15-english-producer-with",
    "Hi,\nthis is Mark Jensen, senior producer with Coastline Radio Ltd. We'd like to take the "
    "XML results feed for our election night programme.\nProduction IP: 203.0.113.35\n",
    "Coastline Radio Ltd",
)
# near misses: a job noun that is the name's own (a plural's genitive, capitalised)
add(
    "s10-neg-plural-genitive-in-name",
    "Dobrý den,\nŽadatel: Syndikát novinářů Vysočiny, z.s.\nIČO: 26985896" + _IP,
    "Syndikát novinářů Vysočiny, z.s.",
)
add(
    "s11-neg-photographers-club",
    "Dobrý den,\nza Klub fotografů Podbeskydí, z.s. žádám o povolení fotografovat ve volební "
    "noc na sběrném místě.\n\nJana Malá\n",
    "Klub fotografů Podbeskydí, z.s.",
)
add(
    "s12-neg-capitalised-job-word-in-name",
    "Hello,\nwe are Reporters Without Limits Ltd, a small agency in Bristol, and we need the "
    "XML feed.\nProduction IP: 203.0.113.32\n",
    "Reporters Without Limits Ltd",
)

# --- a unit written after its university -------------------------------------------------
add(
    "u01-labelled-comma-faculty-adjective",
    "Dobrý den,\nŽadatel: Univerzita Karlova, Filozofická fakulta\nIČO: 00216208" + _IP,
    "Univerzita Karlova",
)
add(
    "u02-tab-cells",
    "Organizace:\tMasarykova univerzita\tFakulta sociálních studií\nIČO:\t00216224" + _IP,
    "Masarykova univerzita",
)
add(
    "u03-english-dash-department",
    "Hello,\nApplicant: University of Eastham – Department of Politics\n"
    "Production IP: 203.0.113.43\n",
    "University of Eastham",
)
add(
    "u04-signature-next-row",
    "Dobrý den,\nprosím o přístup k XML výsledkům voleb pro náš studentský projekt."
    + _IP
    + "\nS pozdravem\nMgr. Jan Novák\nOstravská univerzita\nPřírodovědecká fakulta\n"
    "jan.novak@osu.example\n",
    "Ostravská univerzita",
)
add(
    "u05-polish-wydzial",
    "Dzień dobry,\nWnioskodawca: Uniwersytet Opolski, Wydział Nauk Społecznych\n"
    "Adres IP: 203.0.113.45\n",
    "Uniwersytet Opolski",
)
add(
    "u06-german-institut",
    "Guten Tag,\nAntragsteller: Technische Universität Chemnitz, Institut für "
    "Politikwissenschaft\nIP-Adresse: 203.0.113.46\n",
    "Technische Universität Chemnitz",
)
add(
    "u07-slovak-faculty-place",
    "Dobrý deň,\nŽiadateľ: Univerzita Komenského v Bratislave, Fakulta sociálnych a "
    "ekonomických vied\nIČO: 00397865\nIP adresa: 192.0.2.47\n",
    "Univerzita Komenského v Bratislave",
)
add(
    "u08-pipe-cell-katedra",
    "Žadatel | Univerzita Palackého v Olomouci | Katedra politologie a evropských studií\n"
    "IČO | 61989592\nIP | 192.0.2.48\n",
    "Univerzita Palackého v Olomouci",
)
add(
    "u11-english-comma-faculty-of",
    "Dear colleagues,\nApplicant: Charles University, Faculty of Social Sciences\n"
    "Production IP: 203.0.113.51\n",
    "Charles University",
)
add(
    "u12-czech-dashed-university-name",
    "Dobrý den,\nŽadatel: Vysoká škola báňská – Technická univerzita Ostrava, Ekonomická "
    "fakulta\nIČO: 61989100" + _IP,
    "Vysoká škola báňská – Technická univerzita Ostrava",
)
add(
    "u13-broadcaster-regional-studio",
    "Dobrý den,\nŽadatel: Česká televize, Televizní studio Ostrava\nIČO: 00027383" + _IP,
    "Česká televize",
)
# near misses: an institute that is a legal entity; a university's name ending in a unit-like word
add(
    "u09-neg-institute-legal-entity",
    "Dobrý den,\nŽadatel: Sociologický ústav AV ČR, v. v. i.\nIČO: 68378025" + _IP,
    "Sociologický ústav AV ČR, v. v. i.",
)
add(
    "u14-neg-university-word-in-company",
    "Hello,\nApplicant: University Radio Eastham Ltd\nProduction IP: 203.0.113.54\n",
    "University Radio Eastham Ltd",
)
add(
    "u10-neg-students-union",
    "Dobrý den,\nŽadatel: Studentská unie Univerzity Tomáše Bati, z.s.\nIČO: 22669019" + _IP,
    "Studentská unie Univerzity Tomáše Bati, z.s.",
)


_OPEN = {
    # "… senior producer with Coastline Radio Ltd. We'd like …": the legal form's own dot is
    # kept (``_fix_legal_dot``), the label drops it as the sentence's full stop; left open
    "s15-english-producer-with": "the sentence's full stop after 'Ltd' is read as the form's dot",
}


def _param(case: tuple[str, ParsedMessage, str]) -> object:
    why = _OPEN.get(case[0])
    marks = (pytest.mark.xfail(reason=why, strict=True),) if why else ()
    return pytest.param(case, id=case[0], marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in NAMES])
def test_name(case: tuple[str, ParsedMessage, str]) -> None:
    _cid, msg, name = case
    got = extract(msg).fields.get("organization.name")
    assert got is not None and _norm(got.value) == _norm(name)
