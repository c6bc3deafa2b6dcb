"""The applying organisation's name: from a labelled line, else a name with a legal form
(s.r.o., a.s. …), else the signature block."""

from __future__ import annotations

import dataclasses
import os.path
import re
from collections.abc import Callable, Iterator, Sequence
from enum import Enum

from intake.extraction.alternation import grouped, regroup_case_blind
from intake.extraction.casefree import case_free_search, lowered
from intake.extraction.fields import Hit, foreign_register, ico_valid, lines_of
from intake.extraction.given_names import is_familiar_form
from intake.extraction.legal_forms import BARE_DESIGNATORS, DESIGNATORS
from intake.extraction.lowercase_names import capitalised
from intake.extraction.memo import per_application
from intake.extraction.names import (
    TITLES,
    UNMARKED,
    ascii_folded,
    clean_name,
    unmarked,
    without_marks,
)
from intake.extraction.org_heads import (
    declined_head,
    entity_of_office,
    entity_of_town_office,
    letterhead_form,
)
from intake.extraction.review import Reason
from intake.extraction.segments import Block, Kind, Line


@per_application(maxsize=1024)
def _folded(text: str) -> str:
    """``text`` without diacritics, one character for one (``names.unmarked``: a folded text
    keeps the offsets of the original). Remembered: the rules fold the same lines again and
    again."""
    return unmarked(text)


def _bare(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` without diacritics, for a text folded by ``_folded``: a label or an opener
    typed without diacritics ("Zadatel", "Nazev spolecnosti", "Ziadatel") reads as written
    with them, every word of the pattern alike."""
    return re.compile(pattern.pattern.translate(UNMARKED), pattern.flags)

_KINDS = (
    r"(?:ve[řr]ejn[áa]|st[áa]tn[íi]|[šs]t[áa]tna|soukrom[áa]|s[úu]kromn[áa])\s+vysok[áa]\s+[šs]kola|"
    r"ve[řr]ejn[áa]\s+v[ýy]zkumn[áa]\s+instituce|verejn[áa]\s+v[ýy]skumn[áa]\s+in[šs]tit[úu]cia|"
    r"(?:organiza[čc]n[íi]\s+slo[žz]ka|organiza[čc]n[áa]\s+zlo[žz]ka|od[šs]t[ěe]pn[ýy]\s+z[áa]vod|"
    r"pobočka)(?:\s+st[áa]tu|\s+[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][\w-]+)?|"
    r"zapsan[ýy]\s+[úu]stav|[šs]kolsk[áa]\s+pr[áa]vnick[áa]\s+osoba|"
    r"obecn[ěe]\s+prosp[ěe][šs]n[áa]\s+spole[čc]nost|p[řr][íi]sp[ěe]vkov[áa]\s+organizace|"
    r"pr[íi]spevkov[áa]\s+organiz[áa]cia"
)
"""Kinds of legal entity that Czech and Slovak law names in words, written after a name in
apposition ("Univerzita X, veřejná vysoká škola", "X Agency, organizační složka"): the
entity's legal form, like "s.r.o." (with or without diacritics)."""
_KIND_IN_WORDS = re.compile(rf"(?:{_KINDS}|v\.\s?v\.\s?i\.)")
"""A kind written in words opens no name the way a designator ends one: where the name
before it starts is read from the sentence (unsure)."""
_LEGAL = (
    r"(?<!\w)(?:(?:g?GmbH|AG|SE|g?UG(?:\s?\(haftungsbeschr(?:ä|ae|a)nkt\))?|Ltd\.?|S\.\s?A\.|B\.\s?V\.)\s*&\s*Co\.?\s*(?:KGaA|KG|OHG)|"
    # German forms written with a bracket ("UG (haftungsbeschränkt)", the mini-GmbH, also
    # "gUG" for a charitable one), partnerships ("PartG mbB") and cooperatives ("eG")
    r"g?UG\s?\(haftungsbeschr(?:ä|ae|a)nkt\)|PartG(?:\s?mbB)?|PartGmbB|eG|gAG|gUG|"
    r"spol\.\s*s\s*r\.\s*o\.|s\.\s*r\.\s*o\.|a\.\s*s\.|z\.\s*s\.|z\.\s*ú\.|o\.\s*p\.\s*s\.|"
    r"v\.\s*o\.\s*s\.|k\.\s*s\.|s\.\s*p\.|š\.\s*p\.|p\.\s*o\.|n\.\s*o\.|o\.\s*s\.\s*z\.|o\.\s*z\.|o\.\s*s\.(?!\s*[řr]\.)|"
    r"příspěvková\s+organizace|príspevková\s+organizácia|státní\s+podnik|štátny\s+podnik|"
    r"(?<=,\s)(?:zapsaný\s+spolek|spolek|nadační\s+fond|nadace|družstvo|" + _KINDS + r")|"
    # the company forms written out in words after a comma ("X, akciová společnost", "Y,
    # spoločnosť s ručením obmedzeným"): the name's legal form as written
    r"(?<=,\s)(?:akciov[áa]\s+spole[čc]nos[tť]|akciov[áa]\s+spolo[čc]nos[tť]|"
    r"spole[čc]nost\s+s\s+ru[čc]en[íi]m\s+omezen[ýy]m|spolo[čc]nos[tť]\s+s\s+ru[čc]en[íi]m\s+obmedzen[ýy]m)|"
    # a branch set off by a dash ("X Agency – organizační složka") as by a comma
    r"(?<=[–—]\s)(?:" + _KINDS + r")|v\.\s?v\.\s?i\.|"
    # forms their law writes with accents (the designator list spells them without): Swiss
    # "Sàrl", Luxembourg "S.à r.l.", Turkish "A.Ş.", "Ltd. Şti."
    r"S[àa]rl|S\.\s?à\.?\s?r\.\s?l\.|SÀRL|A\.\s?Ş\.|Ltd\.\s?Şti\.|Şti\.|"
    r"Ltd\.?|Limited|gGmbH|GmbH|GesmbH|Ges\.\s?m\.\s?b\.\s?H\.|KGaA|KG|OHG|Inc\.?|LLC|LLP|Corp\.?|SE|Plc|PLC|"
    r"S\.A\.S\.|S\.A\.|SAS|SARL|S\.L\.|S\.L\.U\.|B\.V\.|N\.V\.|AG|AB|ApS|A/S|ASA|AS|Oy|S\.r\.l\.|"
    r"S\.p\.A\.|SpA|[Ss]p\.\s*z\s*o\.\s*o\.|Kft\.|e\.\s?V\.|"
    # a one-person business's form, the applicant's name with it (LABELS.md: a trade name
    # as written): Norwegian "ENK", Austrian "e.U.", German "e.K."/"e.Kfm."/"e.Kfr.",
    # Polish "JDG", Hungarian "e.v."
    r"ENK|e\.\s?U\.|e\.\s?K(?:fm|fr)?\.|JDG|e\.\s?v\.|"
    # forms the designator list leaves out as ambiguous, in the capitals (or the spelling)
    # their law writes after a name: "Agence X SA", "Omroep Y NV", "Z Gesellschaft mbH"
    r"SA|NV|BV|mbH|Lda|Srl|SRL|VZW|vzw|ASBL|asbl|Zrt\.?|Nyrt\.?|"
    + DESIGNATORS
    + ")"
)
"""Czech and Slovak forms written every way people write them, the usual foreign ones, then
every company-type designator of the world (``legal_forms``: SIA, plc, d.o.o. …)."""
_FORM_END = r"(?![^\W¹²³⁴⁵⁶⁷⁸⁹⁰])"
"""After a legal form: no letter or digit, but a footnote's superscript mark may follow it
("X s.r.o.¹ žádá")."""
_LEGAL_ANY = re.compile(grouped(rf"(?=[\&ABCDEFGIJKLMNOPSTUVXYZabcdefgijklmnopsuvxzŞšОПопЕАТДдаЗΑΕΙΜΟ]){_LEGAL}{_FORM_END}"))
"""A quick test for a legal form anywhere in a line, before the costly ``_WITH_LEGAL``."""


@per_application(maxsize=2048)
def _has_legal_form(text: str) -> bool:
    """``_LEGAL_ANY`` anywhere in ``text``, remembered: the organisation rules test the same
    lines and names several times (over half the tests of the tuning corpus repeat one)."""
    return _LEGAL_ANY.search(text) is not None

def has_legal_form(text: str) -> bool:
    """Whether ``text`` carries a legal form anywhere ("s.r.o.", "GmbH", "z.s.")."""
    return _has_legal_form(text)


def without_legal_form(name: str) -> str:
    """``name`` without its legal form and what follows it ("Alpenpost GmbH" → "Alpenpost")."""
    return _without_legal_tail(name)


_LATIN_CAPITALS = "".join(
    ch for ch in (*map(chr, range(0xC0, 0x250)), *map(chr, range(0x386, 0x530))) if ch.isupper() and ch.isalpha()
)
"""Every Latin capital with a diacritic or of another alphabet's letter (Á, Ș, Ő, Ø, Þ, Ð, İ…):
a name may open with any of them ("Þingvalla Fréttir ehf.", "Știri … s.r.o.")."""
_HYPHEN = rf"-(?!(?=[A-Za-z])(?:{_LEGAL})(?!\w))"
"""A hyphen inside a word of a name, not one joining a legal form to it ("Verlags-GmbH")."""
_WITH_LEGAL = re.compile(
    rf"((?:(?<![\w.])[\"„“»]?[A-Z{_LATIN_CAPITALS}](?:[\w&'’.+\"“”«]++|{_HYPHEN})*+\s?)"
    rf"(?:(?:[\w&'’.+\"„“”»«]++|{_HYPHEN})++\s?){{0,6}}?"
    rf"(?:,?\s?|-|\s[–—]\s(?={_KINDS})){_LEGAL}){_FORM_END}"
)
"""Word runs are possessive (``*+``, ``++``): a run is never split between repetitions, else a
long capitalised word without a legal form backtracks exponentially (seconds at 40 letters)."""
_ENDS_LEGAL = re.compile(rf"(?<![\w.]){_LEGAL}$")
"""A legal form written with spaces ("s. r. o.") whose last dot the clean-up removed."""
_PERSON_JOB = (
    r"(?:report[ée]r\w*|redakt\w*|rédact\w*|redatt\w*|redact\w*|journalist\w*|novinář\w*|novinar\w*|"
    r"dziennikar\w*|periodist\w*|giornalist\w*|korespondent\w*|korrespondent\w*|correspond\w*|corresponsal\w*|"
    r"zaměstnan\w*|zamestnan\w*|pracovní\w*|pracovník\w*|pracovnic\w*|pracownik\w*|pracownic\w*|"
    r"employee|employé\w*|empleado\w*|mitarbeiter\w*|spolupracovn\w*|moderátor\w*|moderator\w*|"
    r"kameraman\w*|operátor\w*|producent\w*|producer|produzent\w*|stážist\w*|fotograf\w*|"
    r"photographer|member|člen\w*|clen\w*|mluvčí|hovorc\w*|spokes\w*|"
    r"šéfredakt\w*|chefredakt\w*|leiter\w*|directeur|directrice|jef[ae]|zástupc\w*|novinár\w*"
    r")(?<!ů)(?<!ov)(?<!ów)(?<!zy)(?<!ých)(?<!ich)(?<!innen)"
)
"""A person's job or post, in lower case inside a sentence ("jestem reporterką …", "I am a
correspondent for …", "arbeite als Redakteurin bei …"): the organisation follows it; not a
plural's genitive, which a name's own words may be ("Syndikát novinářů ČR, z.s.")."""
_STOP = re.compile(
    r"^.*\b(?:pro|pre|za|od|na|ve|vo|v|zo|pri|cez|jménem|menom|společnosti|spoločnosti|"
    r"firmy|organizace|organizácie|společnost|"
    r"(?:je|jsou|jsme|žádá|žádáme|žádají|zastupuji|zastupujeme)(?:\s+[a-záčďéěíňóřšťúůýž]+){0,2}|"
    # a writer naming themselves, then the organisation they lead ("jmenuji se X a vedu Y",
    # "I am X and I run Y", "ich heiße X und leite die Y", "nazywam się X i prowadzę Y")
    r"(?:a|i|and|und|et|y|e|és)\s+(?:I\s+|je\s+)?(?:vedu|řídím|ridim|vediem|riadim|zastupuji|zastupujem|"
    r"run|manage|lead|head|leite|führe|fuhre|prowadzę|prowadze|kieruję|kieruje|reprezentuję|"
    r"représente|represente|dirige|dirijo|vezetem|képviselem)"
    # an article or a common noun between ("riadim spoločnosť Y", "leite die Firma Y", "I run the
    # company Y"): words in lower case only
    r"(?:\s+(?:l['’])?[a-záčďéěíňóřšťúůýžľĺŕôäöüßąćęłńśźżàâçèêëîïùû]+){0,2}|"
    r"spolecnost|firma|firmu|for|of|from|by|at|is|company|serveru|server|"
    r"para|pour|voor|per|pela|pelo|för|für|dla|"
    r"(?:IČO|ICO|IČ|DIČ|DIC|[Ss][íi]dlo|[Ee]-?mail|[Aa]dres[ay]|[Tt]elefon)(?:\s+[a-záčďéěíňóřšťúůýžľĺŕô]+){0,2}|(?:ředitel\w*|"
    r"redaktor\w*|editor\w*|vedoucí|jednatel\w*|manager|director|officer|head|specialist\w*|"
    rf"správce|administrátor\w*|{_PERSON_JOB})(?:\s+[a-záčďéěíňóřšťúůýžąćęłńśźżàâçèêëîïôùûüäöñß'’]+){{0,2}}|"
    # a job written capitalised, as a German noun is, and the sentence's lower-case words
    # after it ("ich bin Redakteurin bei der …")
    rf"(?i:{_PERSON_JOB})(?:\s+[a-zäöüß]+){{1,2}}|(?:za|pro|jménem)\s+"
    r"(?:redakc\w+|společnost\w*|firm\w+|vydavatel\w*|spolek|spolku|organizac\w+)|"
    # a preposition, an article and a common noun of another language ("pour la chaîne",
    # "for the channel", "für den Sender", "per il quotidiano"): the noun describes the name
    r"(?:pour|for|für|fur|per|para|voor|with|avec|con|mit)\s+(?:la|le|les|l['’]|the|a|an|den|die|der|das|"
    r"dem|il|lo|el|het|de|un|une|uno|una|einen|einem|eine)\s*[a-záàâçéèêëíîïóôúûùüäöñßœ]+"
    r"(?:\s+[a-záàâçéèêëíîïóôúûùüäöñßœ]+)?)"
    r"\s+(?=[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ])"
)
"""Everything up to a word that ends a phrase before a name: a preposition, a verb, or a job
title (a signature flattened to one line: "Jana Malá technická ředitelka Alfa a.s.")."""
_LABEL = re.compile(
    r"^\s*(?:[-*•–|│┃║¦]+\s*)?(?:\d+[.)]\s*)?\*{0,2}(?:žadatel(?:e)?|zadatel|žiadateľ|ziadatel|"
    # a party's role labelled as the applicant too: "Objednatel (žadatel)", "Client / applicant"
    r"(?!kontakt|contact|osob|person|telefon|phone|mail|adres|address|ip\W)[^\W\d_]{3,20}\s*"
    r"(?:\(\s*|/\s*)(?:žadatel|zadatel|žiadateľ|ziadatel|applicant)\s*\)?|"
    # the name labelled together with another field of the same row ("Název a IČO",
    # "Name and ID", "Name und Sitz", "Nazwa i NIP", "Név és adószám"): label words only; not
    # "Name and address" (a person's row as often)
    r"(?:název|nazev|názov|jméno|meno|name|nazwa|firma|obchodní\s+firma|nom|raison\s+sociale|"
    r"név|nev|denominación)(?:\s+(?:žadatele|organizace|organizácie|firmy|der\s+(?:organisation|"
    r"firma)|of\s+(?:the\s+)?(?:organi[sz]ation|company|applicant)|firmy|organizacji))?\s*"
    r"(?:a|and|und|i|&|\+|et|és|es|y|e)\s*(?:ičo|ico|ič|dič|id|nip|regon|krs|sídlo|sidlo|sitz|"
    r"seat|company\s+id|reg(?:istration)?\.?\s*(?:no\.?|number)|adószám|"
    r"siren|siret|cif|nif)(?=\W)"
    # and the owner named after the pair ("Název a IČO žadatele", "Name and ID of the applicant")
    r"(?:\s+(?:žadatele|zadatele|žiadateľa|ziadatela|organizace|organizácie|firmy|společnosti|"
    r"spoločnosti|of\s+(?:the\s+)?(?:applicant|organi[sz]ation|company)|des\s+antragstellers|"
    r"der\s+(?:organisation|firma)|wnioskodawcy|organizacji|firmy))?|"
    r"(?:(?:název|nazev|názov)(?=\W)|jméno\s|jmeno\s|meno\s)(?:\s*(?:žadatele|zadatele|žiadateľa|"
    r"organizace|organizácie|organizacie|společnosti|spolecnosti|spoločnosti|firmy|redakce|"
    r"redakcie|média|subjektu|zpravodajského\s+média))?|obchodní\s+(?:firma|název)|obchodné\s+meno|"
    r"obchodni\s+firma|redakce|redakcia|organizace|organizácia|organizacia|společnost|"
    r"spolecnost|spoločnosť|firma|médium|medium|vydavatel|vydavateľ|provozovatel|"
    r"prevádzkovateľ|zpravodajské\s+médium|applicant|organi[sz]ation(?:\s+name)?|"
    r"company(?:\s+name)?|(?:registered|legal|entity|business|trade|trading)\s+name|media\s+outlet|"
    r"firmenname|handelsname|name\s+der\s+(?:organisation|firma)|"
    r"newsroom|publisher|outlet|name\s+of\s+(?:the\s+)?(?:organi[sz]ation|company|applicant|media)|"
    # the applicant or organisation labelled in the languages a foreign medium writes in
    r"antragsteller(?:in)?|unternehmen|organisation|demandeu(?:r|se)|soci[ée]t[ée]|organisme|"
    r"entreprise|richiedente|societ[àa]|ente|solicitante|empresa|entidad|organizaci[óo]n|"
    r"wnioskodawc[ay]|organizacja|nazwa\s+(?:organizacji|firmy|wnioskodawcy)|"
    r"requerente|entidade|organiza[çc][ãa]o|aanvrager|organisatie|bedrijf|k[ée]relmez[őo]|"
    r"ig[ée]nyl[őo]|szervezet|c[ée]g|s[öo]kande|ans[øo]ger|s[øo]ker|f[öo]retag|virksomhed)"
    r"(?:\s*/\s*[^\W\d][^:/()\t]{0,30}?|\s*\([^():\t]{1,30}\))?"
    r"\*{0,2}(?:\s*[:\-–|│┃║¦]|\t|\s{2,}|\s*\.{2,}|\s*…+)\s*(?P<v>.+)$",
    re.IGNORECASE,
)
_LABEL_BARE = _bare(_LABEL)
_LABEL_LOWER = re.compile(grouped(_LABEL_BARE.pattern))
"""``_LABEL`` without diacritics and blind to no case, for a folded text in lower case (a
proof: ``test_cue_case``)."""
_REST = re.compile(r"(?P<v>.+)$")


def _label_match(text: str) -> re.Match[str] | None:
    """``_LABEL`` matched with its words' diacritics or without them ("Zadatel:" for
    "Žadatel:"); the value (group ``v``) as written in ``text``. Read by ``_LABEL_LOWER`` in the
    folded lower case where that is the same (folding and lowering keep the offsets and
    commute but for the Ångström sign: ``test_cue_case``), quicker."""
    low = lowered(text)
    if low is None or _ANGSTROM in text:
        m = _LABEL_BARE.match(_folded(text))
    else:
        m = _LABEL_LOWER.match(_folded(low))
    return None if m is None else _REST.match(text, m.start("v"))


_ANGSTROM = "\u212b"
"""The one character whose lower case folds otherwise than its fold lowers ("Å" → "a", but
"Å" is not folded and a case-blind "a" does not read it)."""


def _opens_with_label(text: str) -> bool:
    """Whether ``text`` opens with a label of the organisation (``_LABEL`` matches it,
    diacritics or none)."""
    low = lowered(text)
    return (_label_match(text) if low is None else _LABEL_LOWER.match(_folded(low))) is not None


_CUT = re.compile(
    r"\s*(?:[,;(|]\s*(?:I[ČC]O?\b|IČ\b|DIČ|se\s+sídlem|sídlo|sídlem|adresa|ID\s|datov|"
    r"company\s+id|reg|registered|address|with\s+registered|zastoupen|represented)|\s[|]\s|\t|;"
    r"|\s+(?:IČO?|IČ|DIČ)\b|,\s*(?:ul\.|\d{3}\s?\d{2}\b))",
    re.IGNORECASE,
)
_STREET = re.compile(
    r",\s*(?:[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][\w.]*\s){1,3}\d+[a-z]?(?:/\d+[a-z]?)?\b|\s\((?!.*\))|\s\(dále"
)
_BEFORE_ID = re.compile(
    r"(?:^|[.!?]\s+)(?P<v>[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][^()\n.;:]{2,80}?|"
    r"(?i:katedr|fakult|ústav|ustav|odd[ěe]len|laborato|kabinet|institut|centr|st[řr]edisk)\w*"
    r"\s[^()\n.;:]{2,80}?)\s*\(\s*"
    # before the identifier: the entity's kind in words, or its publisher or operator labelled
    r"(?:(?P<label>vydavatel\w*|vydavateľ\w*|publisher|provozovatel\w*|prevádzkovateľ\w*|"
    r"operator)\s*:\s*(?P<owner>[^()\n,:]{2,60}?),\s*|"
    rf"(?i:{_KINDS}|(?:an?\s+)?(?:public|private|state)\s+(?:university|college|research\s+"
    r"institution)|non-?profit(?:\s+\w+)?),\s*)?"
    # the number itself in the brackets ("(IČO nemám, …)", "(no company ID)" name none)
    r"(?:I[ČC]O?|IČ|Company\s+ID|Reg(?:istration)?\.?\s*(?:No\.?|number)|Business\s+ID)\b[^)\d]{0,12}\d[^)]*\)"
)
"""A name without a legal form given with its identifier: "Alpine Union, odštěpný závod
Praha (Company ID …) applies", "katedra … Univerzity X (veřejná vysoká škola, IČO …)", or
the publisher labelled inside the brackets: "Zpravodaj (vydavatel: město X, IČO …)" (a
guess from a sentence: never certain)."""
_BRANCH = re.compile(
    # a firm's branch written without a comma: a foreign firm's Polish one, or one in a city
    # ("N AB Oddział w Polsce", "M Sp. z o.o. Oddział w Krakowie")
    r"[ \t]+oddzia[łl]\s+w\s+(?:polsce\b|(?-i:[A-ZŁŚŻŹĆ][\w-]+))|"
    r"(?:,|\s[–—])\s*(?:organiza[čc]n[íi]\s+slo[žz]ka|organiza[čc]n[áa]\s+zlo[žz]ka|oddzia[łl](?:\s+w\s+polsce)?|"
    r"org\.\s*(?:slo[žz]ka|zlo[žz]ka)|od[šs]t[ěe]pn[ýy]\s+z[áa]vod|pobo[čc]ka|"
    # the same designations abbreviated, spaced or not ("o. s. z.", "o.z.", "o. s.")
    r"o\.\s?s\.\s?z\.|o\.\s?z\.|o\.\s?s\.(?!\s?[řr]\.)|"
    r"(?:Zweig)?niederlassung|branch(?:\s+office)?(?![ \t]+[a-z]))"  # not "branch manager"
    # a place after the designation is capitalised as written ("o. z. Praha", not "o. z. žádá")
    r"(?-i:\s+[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][\w-]+)?",
    re.IGNORECASE,
)
"""A branch or unit of a company or institution named after its name or legal form, in words
or abbreviated ("X SA, odštěpný závod Praha", "Český rozhlas Y, o. s. z.", "Z GmbH,
Zweigniederlassung Prag", "N AB Oddział w Polsce"): part of the name."""
_UNIT_ABBR_END = re.compile(r"(?<![\w.])o\.\s?(?:s\.\s?)?z\.?$")
_UNIT_PLACE = re.compile(r"[ \t]+[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][\w-]+(?=[ \t]*(?:$|[,;(]))", re.MULTILINE)
"""A branch's place written after its abbreviated designation at a line's or cell's end
("Televize Jih, o. z. Brno"): part of the name."""
_CONTRIBUTORY_END = re.compile(r"(?i)(?:příspěvková|prispevkova|príspevková)\s+(?:organizace|organizácia|organizacia)$")
_FOUNDER = re.compile(
    r"[ \t]+(?:statutárního[ \t]+|statutarniho[ \t]+|hlavního[ \t]+|hlavniho[ \t]+|štatutárneho[ \t]+)?"
    r"(?:města|mesta|obce|městyse|mestyse|kraje|kraja|městské[ \t]+části|mestske[ \t]+casti|mestskej[ \t]+časti)"
    r"[ \t]+[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽĽ][\w-]+(?:[ \t]+(?:nad|pod|u|v|ve|na|pri|při)[ \t]+[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽĽ][\w-]+|"
    r"[ \t]+[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽĽ][\w-]+)*"
)
"""A contributory organisation's founder written after its legal form ("příspěvková organizace
města Hradec nad Moravicí", "p. o. kraje …"): part of the name the register keeps."""
_FURTHER_LEGAL = re.compile(rf"(?:,\s?|\s)(?:{_LEGAL})(?!\w)")
"""A legal form right after the one a match ends with: a word the designator list holds ends
the shortest name ("Adriatic Corporation" of "Adriatic Corporation d.o.o.", "Nordic Holding
Limited AB"), but the name goes on to the form written last."""
_GREETING = re.compile(
    r"^(?:dear\s+[\w ]{1,30}|dobr[ýy]\s+de[nň]|vážen\w*(?:\s+\w+){0,3}|hello|hi|good\s+\w+|"
    r"guten\s+(?:tag|morgen|abend)|hallo|dzie[ńn]\s+dobry|bonjour|buongiorno|zdrav[íi]m|ahoj)\s*,\s*",
    re.IGNORECASE,
)
_OFFICE = re.compile(r"statistick|štatistick|statistical\s+office|ČSÚ|CZSO", re.IGNORECASE)
_PREFIX = re.compile(
    r"^(?:(?:v|ve|z|ze|k|ke|s|se|o|u|na|od|do|při|po|podle|dle|před|mezi|kvůli|díky|vzhledem|"
    r"píšu|píšeme|pisu|piseme|obracím\s+se|obracíme\s+se|posílám|posíláme|zasílám|zasíláme|"
    r"podávám|podáváme|předkládám|předkládáme|dovoluji\s+si|dovolujeme\s+si|i\s+am|"
    r"i'm|writing|sending)(?=\s+(?-i:[a-záčďéěíňóřšťúůýž]))|"
    r"(?:my\s+)?(?:jsme|sme|jsem|som)|we\s+are|we're|i\s+am|tímto|timto|týmto|hereby|"
    r"wir\s+sind|nous\s+sommes|siamo|somos|wij\s+zijn|we\s+zijn|vi\s+(?:är|er)|vagyunk|"
    r"jesteśmy|jestesmy|"
    # a Hungarian opener and the article before the name ("Mellékelten küldöm a X Kft.
    # kérelmét", "Ezúton a X Zrt. nevében", "Csatoltan küldjük az X Kft. …")
    r"(?:mellékelten|csatoltan|ezúton|ezennel)(?:\s+(?:küld|továbbít|benyújt|megküld)\w*)?"
    r"\s+az?(?=\s+(?-i:[A-ZÁÉÍÓÖŐÚÜŰ]))|"
    r"touto\s+cestou|zastupuj\w*|píšu\s+za|píšeme\s+za|pisu\s+za|"
    # the firm's board or management acting in its name ("Zarząd spółki X S.A. wnosi",
    # "Představenstvo společnosti X a.s. žádá", "Der Vorstand der X AG beantragt", "The Board
    # of X plc", "Die Geschäftsführung der X GmbH", "(The Board of) Directors of X Ltd",
    # "Le conseil d'administration de X SA", "Il consiglio di amministrazione di X S.p.A.")
    r"zarząd(?:\s+(?:spółki|firmy))?|představenstvo(?:\s+společnosti)?|predstavenstvo(?:\s+spoločnosti)?|"
    r"(?:vedení|vedeni)\s+společnosti|vedenie\s+spoločnosti|"
    r"(?:der\s+|die\s+)?(?:vorstand|geschäftsführung|geschaftsfuhrung|geschäftsleitung)\s+der|"
    r"(?:the\s+)?board\s+of(?:\s+directors\s+of)?|directors\s+of|(?:the\s+)?management\s+of|"
    r"(?:le\s+)?conseil\s+d['’]administration\s+de|(?:il\s+)?consiglio\s+di\s+amministrazione\s+di|"
    r"(?:el\s+)?consejo\s+de\s+administración\s+de|"
    r"(?:la\s+|il\s+)?(?:unser\w*|notre|nostr[ao]|nuestr[ao]|nasz\w*|onze|vår\w*|vores)\s+(?:firm\w*|"
    r"soci[ée]t[ée]|societ[àa]|empresa|organisatie|organisation|organizzazione|organizaci[óo]n|"
    r"agentur\w*|agence|agenzia|agencia|bedrijf|redaktion|r[ée]daction|redazione|redacci[óo]n|"
    r"unternehmen|kanzlei|spółk\w*|sp[óo][łl]k\w*|company|verlag|stacja|station|emittente)|wir\s+von|we\s+at|"
    r"naš[ei]|náš|naša|our|the\s+company|společnost|spolecnost|spoločnosť|"
    # the company as a noun with its article in another language ("Il-Kumpanija X Ltd", "La
    # società X S.r.l.", "La empresa X S.L.", "A empresa X Lda.", "Het bedrijf X B.V.")
    r"il-kumpan+ija|(?:la|il)\s+(?:societ[àa]|ditta|empresa|compa[ñn][íi]a|soci[ée]t[ée])|"
    r"(?:a|o)\s+empresa|het\s+bedrijf|"
    r"firma|company|za\s+společnost|za\s+firmu|za|for|on\s+behalf\s+of|jménem|jmenem|menom|"
    r"žadatel(?:em)?(?:\s+je)?|žiadateľ(?:om)?(?:\s+je)?|(?:the\s+)?applicant(?:\s+is)?|"
    # a document's word opening the line before the name ("Žádost X a.s. o přístup", "Věc:
    # Žádost X s.r.o.", "Antrag X GmbH auf", "Wniosek X sp. z o.o. o", "Request from X Ltd")
    r"(?:(?:věc|předmět|predmet|betreff|subject|temat)\s*:\s*)?"
    r"(?:žádost|žiadosť|antrag|wniosek|(?:request|application)\s+(?:from|of|by))"
    # and the noun of the applicant's kind in the genitive ("Žádost spolku X, z. s.",
    # "Wniosek spółki X sp. z o.o.", "Antrag des Vereins X e. V.", "Request from the company X")
    r"(?:\s+(?:spolku|společnosti|sdružení|vydavatelství|nakladatelství|nadace|firmy|"
    r"organizace|spoločnosti|združenia|organizácie|vydavateľstva|spółki|stowarzyszenia|fundacji|"
    r"redakcji|wydawnictwa|der\s+(?:firma|gesellschaft|stiftung|redaktion)|"
    r"des\s+(?:vereins|verlags|unternehmens)|(?:the\s+)?(?:company|association|society|"
    r"foundation|publisher)))?"
    r"(?=\s+(?-i:[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽĽŁŚŻ„\"]))|"
    r"(?:věc|předmět|predmet|betreff|subject|temat)\s*:)\s+",
    re.IGNORECASE,
)
"""A word that opens the sentence before a name ("Jsme X s.r.o.", "We are X Ltd", "Tímto X
a.s. žádá")."""
_PREFIX_BARE = _bare(_PREFIX)
"""``_PREFIX`` without diacritics, for a text folded by ``_folded`` ("Zadatel X s.r.o.")."""
_POSSESSIVE = re.compile(r"^(?:nas[ei]|nas|nasa|our)\s", re.IGNORECASE)
"""A possessive opening a name, matched in a text folded by ``_folded`` ("Naše", "Nase")."""
_LOWER_LEAD = re.compile(r"^(?:[a-záčďéěíňóřšťúůýžľĺŕô]\S*\s+){1,4}(?=[\"„“»]?[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽĽ])")
"""Lower-case words after an opener ("Jsme regionální vydavatelství X s.r.o."): a name read
from a sentence starts with a capital letter."""


def _strip_lead(v: str) -> str:
    """``v`` without the words opening its sentence; an opener followed only by lower-case
    words is the name's own first word ("Náš deník a.s.", "Naše rádio, z.s.")."""
    for _ in range(3):
        bare = _folded(v)
        lead = _PREFIX_BARE.match(bare)
        if lead is None:
            return v
        rest = v[lead.end() :]
        if _POSSESSIVE.match(bare) and not rest[:1].islower():
            return v  # "Naše Brno, z.s.": a possessive opens a name, unlike "naše redakce X"
        if rest[:1].islower():
            low = _LOWER_LEAD.match(rest)
            if low is None:
                return v
            rest = rest[low.end() :]
        v = rest
    return v


_BORDER = re.compile(r"\s*[|│┃║¦]+\s*")
"""A table's cell border written as text (an RTF or Markdown table, a box-drawn one): it ends
a cell, it is never part of a value."""


_SENTENCE_END = re.compile(
    r"(?<=[^\W\d_]{4})(?<!\bUniv)(?<!\bAssoc)(?<!\bCorp)(?<!\bDept)(?<!\bInst)(?<!\bIntl)"
    r"(?<!\bNatl)(?<!\bBros)(?<!\bAkad)(?<!\bNakl)\.[ \t]+(?=[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽĽ][a-záčďéěíňóřšťúůýžľĺŕôäöüß])"
)
"""A full stop after a whole word and a capitalised word after it: the sentence that named
the organisation ends there and the next begins ("correspondent of Radio X Info. We would
…"); an abbreviation's stop ("Dr. Karla", "St. Gallen", "Ltd. Prague") follows a short word
or one of the longer abbreviations of names ("Univ. Karlova", "Assoc. Press", "Corp. Media")."""


@per_application(maxsize=1024)
def _clean(raw: str) -> str | None:
    """A value as an organisation's name (None: no name), remembered: the rules clean the
    same cells and lines again (three of five calls over the tuning corpus repeat one)."""
    v = _BORDER.split(raw.strip(" |│┃║¦"), maxsplit=1)[0]
    v = _CUT.split(v, maxsplit=1)[0]
    v = _STREET.split(v, maxsplit=1)[0]
    v = re.sub(r"\s+", " ", v).strip(" .,:;-–*\"'„“”")
    if v.endswith((" s.r", " a", " s.r.o", " a.s", " spol. s r.o")):
        v += "."
    v = _strip_lead(v)
    if len(v) < 2 or len(v) > 120 or _OFFICE.search(v) or "@" in v:
        return None
    if (m := _HOW_ONE_WORKS.search(v)) and (_LOWER_WORD_IN.search(v) or m.group() == v) and not _has_legal_form(v):
        return None  # "podnikám na živnostenský list": how one works, no name
    if _LETTER.search(v) is None or _CAPTION.fullmatch(v) or _HOST_TOKEN.fullmatch(v):
        return None  # a phone, an IČO, a postcode, a date: a name is written in letters
    return v


_LETTER = re.compile(r"[^\W\d_]")
"""A letter: a value without one (a phone number, an IČO, a postcode, a date) is no name."""


_HOST_TOKEN = re.compile(
    r"[a-záčďéěíňóřšťúůýžľĺŕôäöü][\w.]*(?:[-_][\w.]+)+|[a-záčďéěíňóřšťúůýžľĺŕôäöü][\w.]*\d[\w.-]*|[A-Z]{2,}[-_]\d+"
)
"""A host's or a device's name ("vysielanie-1", "web01", "srv_prod", "SRV-02"): one token in
lower case with a hyphen or a digit, or capitals with a number: a machine, never a name."""


_CAPTION_NOUN = (
    r"(?:[úu]daje|[úu]daj[ůu]|informace|inform[áa]cie|podrobnosti|specifikace|parametry|"
    r"details?|information|particulars|specifications?|settings|"
    r"angaben|daten|informationen|informacje|szczeg[óo][łl]y|"
    r"donn[ée]es|coordonn[ée]es|d[ée]tails|informations|dati|informazioni|dettagli|recapiti|"
    r"datos|informaci[óo]n|detalles|adatok|uppgifter|oplysninger|gegevens|"
    # the heading of an address list's part ("Testovací prostředí", "Ostrý provoz",
    # "Production environment", "Środowisko testowe")
    r"prost[řr]ed(?:[íi]|ie)|provoz|prev[áa]dzka|environment|umgebung|betrieb|[śs]rodowisko|"
    r"environnement|ambiente|entorno)"
)
_CAPTION = re.compile(
    rf"(?i)(?:[^\W\d]+\s+){{0,2}}{_CAPTION_NOUN}|(?:{_CAPTION_NOUN}|dane)(?:\s+(?:o|k|ke|zum|zur|"
    rf"des|der|über|of|about|on|for|the|du|de|des|sur|di|dei|del|della|sul|o|dotycz[ąa]ce)\b"
    rf"(?:\s+[^\W\d]+){{1,3}}|(?:\s+[^\W\d]+)?)"
)
"""A form's section heading or caption ("Technické údaje", "Kontaktní údaje", "Údaje o
žadateli", "Technical details", "Angaben zum Antragsteller", "Dane techniczne",
"Coordonnées"): a caption names nobody, in any language."""


_HOW_ONE_WORKS = re.compile(
    r"(?=[abdefijnopswzàž])(?:\bpodnik[áa]m\b|\bpodnik[áa]me\b|\bpodnikaj[íi]c\w*|"
    r"\b[žz]ivnostensk\w*|\b[žz]ivnostn[íi]k\w*|\b[žz]ivnos[tť]\w*|\bOSV[ČC]\b|\bSZ[ČC]O\b|"
    r"\bsamostatn[ěe]\s+v[ýy]d[ěe]le[čc]\w*|\bsamostatne\s+z[áa]robkov\w*|"
    r"\bna\s+(?:vlastn[íi]|vlastnú|vlastnu)\s+(?:[úu][čc]et|p[ěe]st|p[äa]s[ťt])|"
    r"\bna\s+voln[ée]\s+noze|\bna\s+vo[ľl]nej\s+nohe|\bjako\s+(?:fyzick[áa]\s+osoba|OSV[ČC])|"
    r"\bfree-?lanc\w*|\bself-?employed|\bsole\s+(?:trader|proprietor\w*)|"
    r"\bon\s+my\s+own\s+account|\bauf\s+eigene\s+Rechnung|\bselbst(?:st)?[äa]ndig\w*|"
    r"\bfreiberuf\w*|\bfrei(?:e|er|en)?\s+\w*(?:journalist|autor|fotograf|reporter|redakteur)\w*|\bEinzelunternehm\w*|\bna\s+w[łl]asny\s+rachunek|"
    r"\bjednoosobow\w+\s+dzia[łl]alno\w*|\bprowadz[ęe]\s+dzia[łl]alno\w*|\bsamozatrudnion\w*|"
    r"\b[àa]\s+mon\s+compte|\bauto-?entrepreneur\w*|\bin\s+proprio\b|\bpor\s+cuenta\s+propia|"
    r"\begy[ée]ni\s+v[áa]llalkoz[óo]\w*|"
    # the writer (first person singular) has no firm and no IČO: "IČO nemám", "nemám
    # firmu", "žádná firma to není", "nie som firma", "I don't have a company (ID)"
    r"\bnem[áa]m\s+(?:ani\s+)?(?:I[ČC]O?|IČ|firm[uy]|spole[čc]nos[tť]|s\.\s?r\.\s?o\.)(?!\w)(?!\s+(?:po\s+ruce|u\s+sebe))|"
    r"(?<!\w)(?:I[ČC]O?|IČ|firmu)\s+(?:ani\s+)?nem[áa]m\b(?!\s+(?:po\s+ruce|u\s+sebe|teď|ted|zrovna))|\b[žz][áa]dn[áa]\s+firma\s+to\s+nen[íi]\b|"
    r"\b(?:nejsem|nie\s+som)\s+(?:žádná\s+|zadna\s+|žiadna\s+|ziadna\s+)?firm[ay]\b|"
    r"\bI\s+(?:don['’]t|do\s+not)\s+have\s+(?:a\s+)?(?:company|firm|business)\b|"
    r"\bI\s+have\s+no\s+(?:company|firm|business\s+ID)\b|"
    # "no company here, it is just me", "nie mam firmy", "ich habe keine Firma"
    r"\bno\s+(?:company|firm)\s+(?:here|behind\s+(?:me|it))\b|\b(?:it['’]?s|it\s+is)\s+just\s+me\b|"
    r"\bnie\s+mam\s+(?:firmy|NIP-?u)\b|\bfirmy\s+nie\s+mam\b|\bich\s+habe\s+keine\s+Firma\b|"
    # "dělám to sám, bez firmy", "bez žiadnej firmy", "without a company", "ohne Firma"
    r"\bbez\s+(?:(?:žádné|zadne|žiadnej|ziadnej|jakiejkolwiek)\s+)?(?:firmy|spole[čc]nosti|spolo[čc]nosti)\b|"
    r"\bwithout\s+(?:a\s+|any\s+)?(?:company|firm)\b|\bohne\s+(?:eigene\s+)?Firma\b|"
    r"\bd[ěe]l[áa]m\s+to\s+s[áa]m[a]?\b)",
    re.IGNORECASE,
)
"""A clause about how one works (a trade licence, self-employed, "jako OSVČ", "auf eigene
Rechnung", "na własny rachunek", "as a sole trader"): never an organisation's name, in a
value read as a sentence (a lower-case word in it) without a legal form; a freelancer is their
own organisation (the contact's name, ``_organization_fallback``)."""


def works_on_own_account(text: str) -> bool:
    """Whether ``text`` says how its writer works on their own (``_HOW_ONE_WORKS``)."""
    return _HOW_ONE_WORKS.search(text) is not None


_LOWER_WORD_IN = re.compile(r"(?:^|\s)[a-záčďéěíňóřšťúůýžľĺŕôäöüßąćęłńśźż]{2,}")


def _fix_legal_dot(line: str, value: str) -> str:
    """Keep the final dot of a legal form (``s.r.o.``, ``z.ú.``) that the strip removed."""
    idx = line.find(value)
    words = value.split()
    last = words[-1] if words else ""
    if (
        idx >= 0
        and line[idx + len(value) : idx + len(value) + 1] == "."
        and ("." in last or last in ("Inc", "Ltd", "Co", "spol") or _ENDS_LEGAL.search(value + "."))
        and not last.endswith(".")
    ):
        return value + "."
    return value


_QUOTES = re.compile(r"[\"„“”»«]")
_PARTS = re.compile(rf"\s[|•·–—/-]\s(?!{_KINDS})|\t")
"""Cells of a line; a dash before a branch's designation ("X – organizační složka") joins."""
_NOT_A_NAME = re.compile(r"(?i)(?:žádáme|žádám|we|my|prosím)\b")
_PREPOSITION = re.compile(r"(?<!\w)(?:pro|pre|za|od|na|ve|vo|v|zo|pri|cez|for|of|from|by|at)\s+$")
_THIRD_PARTY = re.compile(
    r"(?=[abcdfhiklmoprstuvwz])\b(?:poskytovatel\w*|dodavatel\w*|dodává|hosting\w*|hostuj\w*|provider|ISP|"
    r"konektivit\w*|připojení\s+(?:od|přes)|linku|via|through|přes|operated|provozuje|"
    r"spravuje|zajišťuje|outsourc\w*|supplie\w*|hosted|partner\w*|mateřsk\w*|parent|"
    r"vlastní\w*|owned|dceřin\w*|subsidiar\w*|smlouv\w*|contract\w*|klient\w*|client|"
    # a founder of a public body (a town founding its library), a German body's sponsor
    r"zřizovatel\w*|zrizovatel\w*|zriaďovateľ\w*|zriadovatel\w*|Träger\w*|Trager|założyciel\w*|"
    r"pro\s+nás|for\s+us|běží\s+u|u\s+společnosti|vyvíj\w*|develop\w*|manage[sd]|runs|"
    r"spolupracuj\w*|spoluprác\w*|cooperat\w*|collaborat\w*|datacent\w*|cloud\w*|"
    r"zástupc\w*|zastupc\w*|zmocněn\w*|zmocnen\w*|splnomocn\w*|representative|agent|"
    # the label of a document's issuer (a press card's, a certificate's, a membership card's):
    # "Vydal:", "Vystavila:", "Issued by:", "Ausgestellt von:", "Wystawca:"
    r"(?:vydal[aoi]?|vystavil[aoi]?|vydávající(?:\s+\w+)?|vydavajuci(?:\s+\w+)?|issued\s+by|issuer|"
    r"issuing\s+\w+|ausgestellt\s+(?:von|durch)|aussteller|wydany\s+przez|wystawc\w+|"
    r"délivré\s+par)(?=[^\S\n]*[:\t]))\b",
    re.IGNORECASE,
)
"""Words before a name that make it a third party: a provider, a parent, a client, a
representative filing for the applicant, the issuer of a document attached as proof."""


def legal_name_in(text: str) -> str | None:
    found = _legal_in(text)
    return found[0] if found else None


_ACTS_FOR = re.compile(
    r"(?i)(?:(?:v\s+zastoupen[íi]|v\s+zastúpení|jménem|jmenem|v\s+mene|menom|on\s+behalf\s+of|"
    r"represent\w*|reprezent\w*|zastupuj\w*|im\s+(?:Auftrag|Namen)|w\s+imieniu|na\s+zlecenie|pour\s+le\s+compte\s+de|"
    r"au\s+nom\s+de|per\s+conto\s+di|a\s+nome\s+di|en\s+nombre\s+de|namens|[îi]n\s+numele)(?:\s+(?:naš\w*|náš\w*|nas\w*|"
    r"our|the|my|klient\w*|zákazník\w*|zakaznik\w*|client|customer|unser\w*|des|der|von|Kunden|"
    r"Mandant\w*|nasz\w*|klienta|notre|nostro|nuestro|společnost\w*|spolecnost\w*|spoločnost\w*|"
    r"firm\w*|company|Firma|firmy|société|soci[eé]t[àa]))*"
    r"|(?:naš\w*|náš\w*|nas\w*|our|my)\s+(?:klienta?|zákazníka?|zakaznika?|client|customer)"
    # an apposition too: "pro našeho klienta, společnost …", "for our client, the company …"
    # (the noun written with a capital and no comma is the name's own first word: "za našeho
    # zákazníka Vydavatelství Polabí s.r.o.")
    r"(?:(?:\s*,\s*|\s+(?=(?-i:[a-z])))(?:the\s+)?(?:společnost\w*|spolecnost\w*|spoločnost\w*|firm\w*|company|"
    r"vydavatelstv\w*|vydavateľstv\w*|publisher|broadcaster))?"
    # the applicant named as such: "žadatelem je …", "the applicant is …"
    r"|(?:žadatelem|zadatelem|žiadateľom|ziadatelom)\s+(?:je|bude)|(?:the\s+)?applicant\s+is|"
    r"Antragsteller(?:in)?\s+ist|wnioskodawc[ąa]\s+jest"
    # the writer's firm serving the name: "the IT provider of X", "dodavatel IT pro X"
    r"|(?:provider|supplier|contractor|dodavatel\w*|dodávateľ\w*|poskytovatel\w*|Dienstleister|"
    r"proveedor\w*|prestataire|fournisseur)(?:\s+(?:IT|ICT))?\s+(?:of|for|pro|pre|für|de|del|pour)"
    r"(?:\s+(?:the|la|el|den|die|der))?)"
    # a relative apposition: "za našeho klienta, kterým je …", "our client, which is …"
    r"(?:\s*,?\s*(?:kter\w*|ktor\w*|which|who|that)\s+(?:je|jsou|sú|su|is|are))?\s+$"
)
"""Words before a name saying the writer acts for it ("v zastoupení našeho zákazníka",
"on behalf of our client", "v mene nášho klienta"): that name is the applicant, the writer's
own firm (a contractor, an agency) is not."""
_ACTS_FOR_ANY = re.compile(
    r"zastoup|zastúp|zastupuj|jménem|jmenem|v\s+mene|menom|behalf|represent|reprezent|klient|"
    r"zákazník|zakaznik|client|customer|auftrag|im\s+namen|imieniu|zlecenie|compte|au\s+nom|"
    r"conto|a\s+nome|en\s+nombre|namens|žadatelem|zadatelem|žiadateľom|ziadatelom|applicant\s+is|"
    r"antragsteller|wnioskodawc|ich\s+mene|leur\s+nom|[îi]n\s+numele|"
    r"(?:provider|supplier|contractor|dodavatel\w*|dodávateľ\w*|poskytovatel\w*|dienstleister|proveedor\w*|"
    r"prestataire|fournisseur)(?:\s+(?:it|ict))?\s+(?:of|for|pro|pre|für|de|del|pour)\s",
    re.IGNORECASE,
)
"""A quick test for the words of ``_ACTS_FOR`` anywhere in a text."""
_ACTS_FOR_ANY_LOWER = re.compile(grouped(_ACTS_FOR_ANY.pattern))
"""``_ACTS_FOR_ANY`` blind to no case, for a text in lower case (``case_free_search``; a
proof: ``test_cue_case``)."""


@per_application(maxsize=1024)
def _acts_for_any(text: str) -> bool:
    """Whether the words of ``_ACTS_FOR`` stand anywhere in ``text``. Remembered: the rules
    ask it of the same lines again."""
    return case_free_search(_ACTS_FOR_ANY, _ACTS_FOR_ANY_LOWER, text) is not None


@per_application(maxsize=2048)
def _legal_in(text: str) -> tuple[str, bool] | None:
    """The first name with a legal form in ``text`` that the writer acts for, else
    the first that is no third party's, else the first; and whether its bounds are sure: not
    when a capitalised word right before it may belong to it ("Spolek pro Boskovice, z. s."
    read from "pro"), nor when the words before it make it a third party (a provider), nor
    when it may be declined. Remembered: the organisation rules read the same lines
    several times (nearly half the asks repeat one)."""
    if not _has_legal_form(text):
        return None
    acting = _acts_for_any(text)
    best: tuple[int, str, bool] | None = None
    for part in _PARTS.split(text):
        prev = 0
        for m in _WITH_LEGAL.finditer(part):
            found = _legal_match(part, m, prev, acting)
            prev = m.end()
            if found is None:
                continue
            name, sure, rank = found
            if rank == _ISSUER:
                continue  # a card's issuer: no candidate at all
            if rank == _ACTING or (rank == _PLAIN and not acting):
                return name, sure
            if best is None or rank < best[0]:
                best = (rank, name, sure and rank == _PLAIN)
    if best is None and (comma := _COMMA_NAME.search(text)) is not None:
        return comma.group("name"), False
    if best is None and (first := _FORM_FIRST.search(text)) is not None:
        return first.group(), False
    return (best[1], best[2]) if best else None


_FORM_FIRST = re.compile(
    r"(?<!\w)(?:ООО|ТОВ|ТзОВ|ПрАТ|ПАТ|ЗАО|ОАО|ПАО|АО|ЕООД|ЕАД|ООД|АД)[^\S\n]+"
    r"(?:«[^«»\n]{2,60}»|„[^„“”\n]{2,60}[“”]|\"[^\"\n]{2,60}\"|“[^“”\n]{2,60}”)"
)
"""A name written after its legal form, in quotes, as Russian, Ukrainian and Bulgarian
write a company ("ООО «Пражский вестник»", "ТОВ „Медіа Схід“"): the whole, as written."""


_WORD_GAP = re.compile(r"\s+(?=\S)")


def _after_acting_words(before: str, v: str) -> int:
    """Where the name starts in ``v`` when the words of acting for someone (``_ACTS_FOR``)
    run on into what was read as the name, the name only after them ("im Namen der X GmbH",
    "i reprezentuję firmę X Sp. z o.o."): 0 when they do not."""
    start, tail = 0, before[-60:] + " "
    for gap in _WORD_GAP.finditer(_LEGAL_TAIL.sub("", v)):
        m = _ACTS_FOR.search(tail + v[: gap.end()])
        # a capitalised word of acting alone may be the name's own ("Represent Media s.r.o.")
        if m is not None and (m.start() < len(tail) or not m.group()[:1].isupper() or " " in m.group().strip()):
            start = gap.end()
    return start


_GROUP_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:skupin[aěyuo]\w*|skupín|group|Gruppe|grupy|grupa|grup[ęe]|groupe|gruppo|grupo|groep|"
    r"koncern\w*|Konzern\w*|holding\w*)(?:\s+(?:der|des|du|de|del|della|of|the|van|het))*[^\S\n]+$"
)
"""A group's word right before a name ("sme súčasťou skupiny X a.s.", "part of the group
X plc", "gehören zur Gruppe der X AG", "patříme do koncernu X a.s."): the parent the writer's
firm belongs to, a third party beside the member that applies."""
_ACTING, _PLAIN, _THIRD, _ISSUER = 0, 1, 2, 3
"""How the words before a name with a legal form place it: the party the writer acts for,
no words about it, a third party (a provider, a parent), the issuer of a document attached
as proof (never the applicant)."""
_ISSUER_LABEL = re.compile(
    r"(?i)(?<!\w)(?:vydal[aoi]?|vystavil[aoi]?|vydávající(?:\s+\w+)?|vydavajuci(?:\s+\w+)?|issued\s+by|"
    r"issuer|issuing\s+\w+|ausgestellt\s+(?:von|durch)|aussteller\w*|wydany\s+przez|wystawc\w+|"
    r"délivré\s+par)[^\S\n]*[:\t][^\S\n]*$"
)
"""The label of a document's issuer right before a name ("Vydal: Syndikát …, z. s.",
"Issued by: X Union AISBL"): the body issuing a press card, a certificate or a membership
card, not the applicant the card belongs to."""


_PLACE_PREP_AT_END = re.compile(
    r"(?<!\w)[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽĽ][\w-]+(?P<prep>[^\S\n]+(?:v|ve|na|při|pri)[^\S\n]+)$"
)
"""A preposition of place closing the words before a name, right after a capitalised word
("Spolek Nové Město v "): the preposition may be the name's own ("… v Praze, z.s.")."""
_ONE_PLACE = re.compile(
    r"[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽĽ][a-záčďéěíňóřšťúůýžľĺŕô]+"
    r"(?:e|ě|i|u|ách|ích|ech|och|ach)"
)
"""One place's name in the locative: "Praze", "Brně", "Olomouci", "Košiciach"."""


def _stop_past_place(raw: str) -> re.Match[str] | None:
    """``_STOP``'s match in ``raw``, unless what it leaves is one place's name after a
    preposition that follows a capitalised word ("Spolek Nové Město v Praze, z.s.": the
    place is the name's own; the words before the name end earlier, if anywhere)."""
    cut = _STOP.match(raw)
    for _ in range(3):
        if cut is None or (prep := _PLACE_PREP_AT_END.search(raw, 0, cut.end())) is None:
            return cut
        if not _ONE_PLACE.fullmatch(_LEGAL_TAIL.sub("", raw[cut.end() :]).strip(" ,")):
            return cut
        cut = _STOP.match(raw[: prep.start("prep")])
    return cut

_OTHER_SCRIPT = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")
"""A Greek or Cyrillic letter."""


def _after_other_script(v: str) -> str | None:
    """The words of a Latin name with a Latin legal form after the last word written in
    another script ("XML для видання Visnyk Kyiv s.r.o." is "Visnyk Kyiv s.r.o."): a
    Cyrillic or Greek sentence runs up to the name; a name in one script, or one whose form
    is written in the other script ("ООО …"), is left whole."""
    if _OTHER_SCRIPT.search(v) is None:
        return None
    words = v.split()
    last = max(i for i, w in enumerate(words) if _OTHER_SCRIPT.search(w))
    rest = words[last + 1 :]
    while rest and not rest[0][:1].isupper():
        rest = rest[1:]
    name = " ".join(rest)
    return name if name and _LEGAL_TAIL.sub("", name).strip(" ,") else None


def _legal_match(part: str, m: re.Match[str], prev: int, acting: bool) -> tuple[str, bool, int] | None:
    """The name of one match of ``_WITH_LEGAL`` (``prev``: where the previous one ended),
    whether its bounds are sure, and how the words before it place it (``_ACTING`` …;
    ``acting``: the text has words of acting for someone at all)."""
    raw = m.group(1)
    cut = _stop_past_place(raw)
    lead = raw[: cut.end()] if cut else ""
    lead, joined = _joined_lead(part[prev : m.start(1)], lead)
    body = raw[len(lead) :]
    if (stop := _LAST_SENTENCE.search(_without_legal_tail(body))) is not None:
        lead, body = lead + body[: stop.end()], body[stop.end() :]  # "Dobrý den. Alfa s.r.o."
    v = _clean(body)
    before_v = part[prev : m.start(1)] + raw[: max(0, raw.find(v[:6]))] if v else ""
    cut_off = (
        (_after_sentence_word(v) or _after_place(before_v, v) or _after_governing_word(v) or _after_person_or_office(before_v, v))
        if v
        else None
    )
    if cut_off is None and v and (script := _after_other_script(v)):
        cut_off = script  # "XML для видання Visnyk Kyiv s.r.o.": the Latin name after the sentence
    if cut_off is not None:  # "Časopis X vydává Y s.r.o.": the entity after the verb
        lead, v = lead + body[: max(0, body.find(cut_off[:6]))], cut_off
    if not v or _NOT_A_NAME.match(v):
        return None
    whole = not before_v.strip() and not part[m.end() :].strip(" .,;")  # a value, a cell
    place_name = _PLACE_NAME.match(v) is not None and (whole or _COMPLEMENT_END.search(before_v) is not None)
    if _PREFIX_BARE.match(bare := _folded(v)) and not _POSSESSIVE.match(bare) and not place_name:
        return None
    if cut_off is None:  # (a cut-off's words are in the lead already)
        lead += body[: max(0, body.find(v[:6]))]  # the opener _clean dropped ("V zastoupení")
    before = part[prev : m.start(1)] + lead
    if acting and (start := _after_acting_words(before, v)):  # "im Namen der X GmbH"
        lead, before, v, joined = lead + v[:start], before + v[:start], v[start:], True
    acts = acting and _ACTS_FOR.search(before[-80:]) is not None
    rank = _ACTING if acts else _THIRD if _THIRD_PARTY.search(before) or _GROUP_BEFORE.search(before[-50:]) else _PLAIN
    rank = _ISSUER if _ISSUER_LABEL.search(before[-60:]) else rank
    branch = _BRANCH.match(part, m.end())
    if branch is None and _UNIT_ABBR_END.search(v):  # "Televize Jih, o. z. Brno"
        branch = _UNIT_PLACE.match(part, m.end())
    if branch is None and _CONTRIBUTORY_END.search(v):
        branch = _FOUNDER.match(part, m.end())
    if branch is None and (more := _FURTHER_LEGAL.match(part, m.end())) is not None:
        at = part.find(v, m.start(1), m.end())
        v = part[at : more.end()] if at >= 0 else v + more.group(0)
    v = _fix_legal_dot(part, v)
    v = v + branch.group(0).rstrip(" ,") if branch else v  # "o. s. z." keeps its dot
    if (named := _name_before_seat(part[prev : m.start(1)], v)) is not None:
        v, joined = f"{named}{v}", True  # "Gymnázium X, Rychnovec, příspěvková organizace"
    if q := _QUOTES.search(v):  # quotes round a name are not part of it
        closes = _QUOTES.search(v, q.start() + 1) or _QUOTES.match(part, m.end(1))
        opens = q.start() and closes  # a pair: the name in it
        v = v[q.start() :] if opens else v
        return " ".join(_QUOTES.sub(" ", v).split()).replace(" ,", ","), False, rank
    sure = not joined and cut_off is None and _sure_bounds(before, part[prev : m.start(1)], v)
    sure = sure and not (place_name and not whole and not _LABEL_END.search(before_v))
    end = m.end() + (v.endswith(".") and part.startswith(".", m.end()))  # past the form's dot ("Lda.")
    in_sentence = _LOWER_WORD.match(part, end) is not None or _LOWER_END.search(before) is not None
    goes_on = in_sentence or _SENTENCE_AFTER.match(part, end) is not None
    value = _LABEL_END.search(before) is not None and _VERB_AFTER.match(part, end) is None
    article = _FOREIGN_ARTICLE.match(v)
    if article is not None and goes_on and not value and _LEGAL_TAIL.sub("", v[article.end() :]):
        v = v[article.end() :]  # "Die X GmbH bevollmächtigt …", "DE: Die X AG beantragt …"
    sure = sure and article is None  # the sentence's article cut, or one kept: a guess either way
    if (described := _ARTICLE_DESCRIBED.match(v)) is not None and _LEGAL_TAIL.sub("", v[described.end() :]).strip():
        v, sure = v[described.end() :], False  # "la télévision régionale X ASBL": the kind's words
        v = _after_place_of(described.group(), v) or v  # "Le bureau de Prague de l'Agence X SA"
    if (head := _last_genitive_head(v)) is not None:
        v, sure = v[head:], False  # "für den XML-Zugang der X GmbH", "… zum Webserver der X GmbH"
    if v.endswith(BARE_DESIGNATORS):  # "Baltic Wire OU": a form spelled without its marks,
        words = _LEGAL_TAIL.sub("", v).split()  # only after capitalised words typed without
        if not v.isascii() or not all(w[:1].isupper() and not w.isupper() for w in words):
            return None  # them too, no initials ("STV OU", "televize OU", "obce OU": a
            # university's initials, "OÚ" an office's)
        sure = False
    sure = sure and _GERMAN_POSSESSIVE_END.search(before[-20:]) is None
    return v, sure and not _KIND_IN_WORDS.search(v), rank


_SEAT_ONLY = re.compile(
    r"[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][\w-]+(?:[ \t]+(?:[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][\w-]+|nad|pod|u|v|ve|na|\d{1,2}))*"
    r",[ \t]*(?:příspěvková\s+organizace|prispevkova\s+organizace|príspevková\s+organizácia|p\.\s?o\.?)"
)
"""A contributory organisation's seat alone before its legal form ("Rychnovec, příspěvková
organizace", "Praha 6, p. o."): the register's name goes on before the seat's comma."""
_NAME_BEFORE_SEAT = re.compile(
    r"(?:^|[:;(\t][ \t]*)(?P<n>[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][\w.-]*(?:[ \t]+[\w.-]+){0,7}),[ \t]*"
    r"(?P<d>(?:okres|okr\.|district|Bezirk|powiat)[ \t]+)?$"
)
"""A school's, a museum's or a library's name opening a value or a line, then a comma
("Škola: Gymnázium Otakara Vrby, "), right before its seat, or before the word of a district
that the seat names ("Základní škola Dolní Lhota, okres Kolín, příspěvková organizace")."""


def _name_before_seat(before: str, v: str) -> str | None:
    """The name that a contributory organisation's seat written in apposition cut off
    ("Gymnázium Otakara Vrby, " of "Gymnázium Otakara Vrby, Rychnovec, příspěvková
    organizace", "Základní škola a mateřská škola, Lhota, p. o.", "…, okres " of "…, okres
    Kolín, p. o."), with its comma and district word: an institution's name opening the value
    or the line, else None."""
    if not _SEAT_ONLY.fullmatch(v) or (m := _NAME_BEFORE_SEAT.search(before[-120:])) is None:
        return None
    name = m.group("n") + ", " + (m.group("d") or "")
    return name if _INSTITUTION_WORD.search(m.group("n")) and not _LEGAL_ANY.search(m.group("n")) else None


_GERMAN_POSSESSIVE_END = re.compile(r"(?i)(?:^|\s)(?:unser|unsere[mnrs]?|meine[mnrs]?|mein)\s+$")
"""A German possessive right before a name ("für unsere Kanzlei X PartG", "unser Verlag X
GmbH"): German capitalises every noun, so whether the noun after it is the name's own first
word or a common one is a guess (flagged)."""


_GENITIVE_HEAD = re.compile(
    r"(?:^|(?<=\s))(?:(?:XML|API|JSON|CSV|IP|Web|Online|Live)[- ])?(?i:"
    # a German compound ends with its head noun ("XML-Zugang", "Datenzugang", "Webserver")
    r"[\w-]*?(?:zugang|zugriff|schnittstelle|antrag|anfrage|auftrag|anliegen|server|adressen|"
    r"webseite|website)|"
    r"access|request|application|behalf|servers?|feed|website|addresses|acc[èe]s|acceso|accesso|"
    r"demande|solicitud|richiesta|serveur|servidor|nome|nom|nombre|site|sitio|sito)"
    # the connective of the genitive, with its article ("der", "of the", "de la", "della")
    r"\s+(?:der|des|von|vom|of(?:\s+the)?|de(?:\s+la|\s+l['’])?|del|della|dello|di|du|d['’])\s*"
    r"(?=[\"„“»]?[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽĽÄÖÜ])"
)
"""A common noun of the request and a genitive connective among the words read as a name
("den XML-Zugang der X GmbH", "den Antrag der X AG", "the access of X Ltd", "l'accès de la
Y SA"): the noun is the sentence's, the name starts after the connective (a guess: unsure)."""


def _last_genitive_head(v: str) -> int | None:
    """Where the name starts after the last request's noun and its genitive connective in
    ``v`` (``_GENITIVE_HEAD``), when words of a name are left before its legal form."""
    heads = list(_GENITIVE_HEAD.finditer(v))
    if not heads or not _LEGAL_TAIL.sub("", v[heads[-1].end() :]).strip():
        return None
    return heads[-1].end()


_PLACE_NAME = re.compile(
    r"(?:Na|V|Ve|U|Pod|Nad|Za|Před|Pred|Při|Pri|Am|An|Im|Zum|Zur|Auf|Unter|Przy|Pod|W|Sur|Sous|Au|Aux)\s+[^\W\d_]"
)
_COMPLEMENT_END = re.compile(
    r"(?i)(?:(?<!\w)(?:je|jsme|jsou|sme|som|is|are|ist|sind|jest|jeste[śs]my|est|sommes|è|es|"
    r"hei[ßs]t|hei[ßs]en|called|named|jmenuje\s+se|jmenujeme\s+se|vol[áa]\s+se|nazywa\s+si[ęe]|"
    r"s'appelle)|[:|\t])[\s\"„“»]*$"
)
"""A name opening with a preposition ("Na Okraji Media s.r.o.", "U Zlatého klíče, z.s.", "Am
Markt Verlag GmbH") is read only where the words before it make it a complement ("Firma je
…", "we are …", "heißt …") or a label's value: elsewhere the preposition is the sentence's."""
_LABEL_END = re.compile(r"[:|\t]\s*$")
"""A label's end right before a name: a value, not a sentence, so its first word is its own
("Applicant: The Daily Ledger Ltd")."""
_LOWER = "a-záčďéěíňóřšťúůýžľĺŕôäöüßőűàâçèêëîïùûãõñ"
_VERB_AFTER = re.compile(rf"[ \t]+[{_LOWER}]{{2,}}")
"""A lower-case word right after a name, no comma or bracket between: the name is the subject
of a sentence, even after a label ("DE: Die X AG beantragt …", "Note: Le Y SA demande …"):
a language's or a remark's tag, whose value is a sentence, not the name alone."""
_LOWER_WORD = re.compile(r",?(?:[ \t]+\([^()\n]{1,40}\))?[ \t]+[^\W\d_]{2,}")
_LOWER_END = re.compile(rf"\b[{_LOWER}]{{2,}},?\s+$")
"""A word right after a name (past a remark in brackets: "A X Kft. (Győr) kér …"), or one in
lower case right before it: the name stands in a sentence (not alone in a footer or a cell)."""
_SENTENCE_AFTER = re.compile(rf"(?:[ \t]+\([^()\n]{{1,60}}\),?)?[ \t]+[{_LOWER}]")
"""A sentence going on right after a name, no comma between (past a remark in brackets):
any lower-case word, one letter too ("A X Kft. (Győr, IČO …) a … kiadója", "The X Ltd
applies"), as against a letterhead's address after a comma ("Le X SARL, rue …")."""
_FOREIGN_ARTICLE = re.compile(
    r"^(?:A|The|Die|Der|Das|Den|Dem|Eine?|La|Le|Les|L'|L’|Une?|Il|Lo|Gli|Uno|Una|El|Los|Las|Het|De|Een|O|Os|As|Az)"
    r"\s*(?<=\s|'|’)"
    r"(?=[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽĽÄÖÜ])"
)
"""An article of another language opening a name with a legal form: a company is a noun of
the sentence there ("die X GmbH", "la Y SARL"), its register name has no article (the article
is cut off, unsure: a title like "Der Standard" keeps its own)."""


_ARTICLE_DESCRIBED = re.compile(
    r"^(?:The|the|An?|an?|Die|die|Der|der|Das|das|Den|den|Dem|dem|Eine?[mnr]?|eine?[mnr]?|La|la|Le|le|Les|les|"
    r"L['’]|l['’]|Une?|une?|Il|il|Lo|lo|El|el|Los|los|Las|las|Het|het|De|Een|een|Uno|uno|Una|una)\s*(?<=\s|'|’)"
    rf"(?:[{_LOWER}][{_LOWER}'’-]+\s+){{1,3}}(?=[\"„“»]?[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽĽÄÖÜ])"
)
"""An article and lower-case words opening what was read as a name with a legal form ("La
télévision régionale X ASBL", "the regional broadcaster X Ltd", "die Regionalzeitung" is a
German noun, capitalised: not here): a kind of medium described, the name starts at its capital."""


_PLACE_BEFORE = re.compile(r"(?i)(?:^|\s)(?:v|ve|na|u|při|pri|in|at|w|we|bei|im)(?:\s+the)?\s+$")
_PLACE_OPENS = re.compile(r"^(?:V|Ve|Na|U|Při|Pri|In|At|W|We|Bei|Im)(?:\s+the)?\s+(?=[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽŁŚŻŹ])")
_PLACE_SECOND = re.compile(
    r"^[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽĽÄÖÜ]\w*\s+(?:in|at|w|we|bei|im)(?:\s+the)?\s+(?=[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽŁŚŻŹ])"
)
"""A sentence's noun and a preposition of place opening what was read as a name ("Wahl in
Brünn übernimmt X GmbH", "Election at Leeds goes to X Ltd"): the place and the words after it
belong to the sentence (Czech "v" is left out: "Univerzita v Jihlavě" is a name's own)."""
_CAPS_THEN_LOWER = re.compile(
    r"^(?:[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽĽÄÖÜŁŚŻŹ][\w'’-]*\s+){1,3}"
    r"(?:(?!(?:of|for|and|pro|pre|nad|pod|a|i|de|du|der|für|und|et|y|e|z|ze|na|v|ve)\s)"
    r"[a-záčďéěíňóřšťúůýžľĺŕôäöüßąćęłńśźż][\w'’-]*\s+){1,3}(?=[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽĽÄÖÜŁŚŻŹ])"
)
"""Capitalised words (a place), lower-case words (a description, no connective of a name's
own: "Institute of Political Science"), then a capital: "České republice estonský deník
Tallinna …", "Czech Republic the Polish daily Gazeta …"."""


_PLACE_UP = "A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽĽÄÖÜŁŚŻŹÀÂÇÈÊÎÔÛÑ"
_PLACE_PREP_END = re.compile(r"(?i)(?:^|\s)(?:en|a|à|em|in|im|bei|au|nel|v|ve|w|we)\s+$")
_OFFICE_OF_END = re.compile(rf"(?:^|[\s'’])[{_LOWER}]{{3,}}\s+(?:de|di|da|do|du|del)\s+$")
"""A lower-case noun and a connective of the genitive right before a place: an office of the
place ("le bureau de Prague de l'Agence X SA", "la oficina de Praga de X S.A.")."""
_PLACE_OF = re.compile(
    rf"^(?P<place>[{_PLACE_UP}][\w'’-]*(?:\s+[{_PLACE_UP}][\w'’-]*)?)\s+"
    r"(?:(?:de|di|da|du|des|del|della|do|dos|das|der|von|van|für|of|for)\s+(?:(?:la|le|les|il|lo|el|os|as|o|the|de|het)\s+|l['’]\s*)?|d['’]\s*)"
    # the kind of medium in lower case between ("de l'agence X SAS", "del diario X S.A.")
    rf"(?:[{_LOWER}]{{3,}}\s+){{0,2}}"
    rf"(?=[\"„“»]?[{_PLACE_UP}])"
)
"""A place written right after a preposition of place, then a connective of the genitive
("corresponsal en Praga de X S.A.", "corrispondente a Praga di X S.p.A.", "correspondant à
Prague d'X SA", "bureau de Prague de l'agence X SA", "Korrespondent in Prag der X GmbH"): the employer's name starts after the
connective; not when the words before it are an institution's or medium's head ("en Radio
de Galicia S.A.")."""


_ROLE_AT = re.compile(
    rf"^[{_PLACE_UP}][{_LOWER}]{{3,}}(?:[ \t]+[{_LOWER}]{{3,}}){{0,2}}[ \t]+"
    rf"(?:en|a|à|em|in|im|bei|au|nel|w|we)[ \t]+(?=[{_PLACE_UP}])"
)
"""A writer's role opening a sentence, then a preposition of place ("Correspondante à Prague
de …", "Corresponsal en Praga de …", "Korrespondent in Prag der …", "Correspondent in Prague
for …"): the role and the place are the sentence's, the name follows the connective."""


def _without_descriptor(name: str) -> str:
    """``name`` without the words describing it that open it: an article and a kind of
    medium (``_ARTICLE_DESCRIBED``), a writer's role and place (``_ROLE_AT``, ``_PLACE_OF``)."""
    if (d := _ARTICLE_DESCRIBED.match(name)) is not None:
        return name[d.end() :]
    if _ROLE_AT.match(name) and (rest := _after_place_of("", name)) is not None:
        return rest
    return name


_OFFICE_HEAD = re.compile(
    r"^(?:(?:Das|Der|Die|Unser|Unsere|Het|Ons|Onze)\s+)?(?:[A-ZÄÖÜ][a-zäöüß]*(?:studio|büro|buero|redaktion|stelle|vertretung|niederlassung|kantoor)|"
    r"Studio|Büro|Buero|Bureau|Redaktion|Redactie|Kantoor|Biuro|Außenstelle|Niederlassung|Vertretung)"
    rf"[ \t]+(?=[{_PLACE_UP}])"
)
"""A desk's or an office's noun opening what was read as a name, the place right after it
with no connective ("Studio Prag der X GmbH", "Korrespondentenbüro Prag der X AG", "Bureau
Praag van X B.V."): the desk is the sentence's, the place too (``_PLACE_OF``)."""


def _after_place_of(before: str, v: str) -> str | None:
    """The name after a place and a genitive connective (``_PLACE_OF``), a preposition of
    place right before the place (``_PLACE_PREP_END``) or an office's noun (``_OFFICE_HEAD``);
    None elsewhere."""
    if (role := _ROLE_AT.match(v)) is not None:  # "Correspondante à Prague de X SAS"
        before, v = before + " " + v[: role.end()], v[role.end() :]
    office = _OFFICE_HEAD.match(v)  # "Studio Prag der X GmbH"
    v = v[office.end() :] if office else v
    if (m := _PLACE_OF.match(v)) is None:
        return None
    office_of = (  # one word of a place, the noun before it no acting for ("en nombre de X")
        " " not in m.group("place")
        and (office is not None or _OFFICE_OF_END.search(" " + before))
        and not _ACTS_FOR.search(before)
    )
    if not office_of and not _PLACE_PREP_END.search(" " + before):
        return None
    if _INSTITUTION_WORD.search(m.group("place")) or not _LEGAL_TAIL.sub("", v[m.end() :]).strip():
        return None
    return v[m.end() :]


_I_AM_END = re.compile(r"(?i)(?:^|\s)(?:soy|sono|sou|suis|bin|jestem|jsem|som|ben|am|i['’]m|er|är)[ \t]+$")
_PERSON_OF = re.compile(
    rf"^(?:[{_PLACE_UP}][{_LOWER}'’-]+[ \t]+){{1,2}}[{_PLACE_UP}][{_LOWER}'’-]+,?[ \t]+"
    r"(?:di|de|da|do|of|from|von|vom|z|ze|van|fra|från|chez|du|del|della|bei|at)[ \t]+"
    r"(?:(?:redakce|redakcie|redakcji|firmy|společnosti|spolecnosti|spoločnosti|spółki|spolki)[ \t]+)?"
    r"(?:(?:der|la|the|het|il)[ \t]+)?"
    rf"(?=[\"„“»]?[{_PLACE_UP}])"
)
"""A writer's own name and a connective of belonging opening what was read as a name, right
after "I am" ("sono Marco Bellandi di X S.r.l.", "soy Ana Ruiz, de X S.L.", "I am Tom Baker of
X Ltd", "jsem Jan Novák z X s.r.o."): the person is the writer, the name follows."""
_OFFICE_IN_END = re.compile(r"[^\W\d_]{4,}[ \t]+(?:i|in|w|we|en|på|im|at|em|a)[ \t]+$")
_PLACE_IN = re.compile(
    rf"^[{_PLACE_UP}][\w'’-]*(?:[ \t]+[{_PLACE_UP}][\w'’-]*)?[ \t]+"
    r"(?:i|in|w|we|på|hos|bei|im|at|en|em|nel|chez)[ \t]+"
    rf"(?=[\"„“»]?[{_PLACE_UP}])"
)
"""A place after a regional office's noun and a preposition, then a preposition again
("distriktskontoret i Trøndelag i X AS", "regionkontoret i Skåne på X AB", "z oddziału w
Krakowie w X sp. z o.o."): the office and its region are the sentence's, the name follows."""


def _after_person_or_office(before: str, v: str) -> str | None:
    """The name after the writer's own name and "of" (``_PERSON_OF``) or after a regional
    office's place (``_PLACE_IN``); None elsewhere or when only the legal form is left."""
    m = _PERSON_OF.match(v) if _I_AM_END.search(" " + before) else None
    if m is None and _OFFICE_IN_END.search(" " + before):
        m = _PLACE_IN.match(v)
    if m is None or not _LEGAL_TAIL.sub("", v[m.end() :]).strip():
        return None
    return v[m.end() :]


def _after_place(before: str, v: str) -> str | None:
    """What follows a place written right after a preposition of place and the description
    after it ("v Německu bavorský týdeník Alpen Woche GmbH" → "Alpen Woche GmbH"); None
    when no preposition of place opens the name or stands right before it."""
    if (of := _after_place_of(before, v)) is not None:
        return of
    opens = _PLACE_OPENS.match(v) or _PLACE_SECOND.match(v)
    if opens is None and not _PLACE_BEFORE.search(" " + before):
        return None
    rest = v[opens.end() :] if opens else v
    cut = False
    while (m := _CAPS_THEN_LOWER.match(rest)) is not None and _LEGAL_TAIL.sub("", rest[m.end() :]):
        rest, cut = rest[m.end() :], True
    return rest if cut else None


def _after_sentence_word(v: str) -> str | None:
    """What follows the last word of a sentence (a verb, an auxiliary, a pronoun) inside
    what was read as a name, without the lower-case words opening it ("Časopis vydává spolek
    Kampus, z. s." → "Kampus, z. s."; "X is published by Y Ltd" → "Y Ltd"), also one
    opening it, capitalised as a sentence's first word ("Vydává Y s.r.o.", "I've joined Y
    Ltd"); None when no such word is there or no capitalised name with words of its own
    follows it."""
    words = _without_legal_tail(v)
    inside = next(reversed(list(_SENTENCE_INSIDE.finditer(words))), None)
    if inside is None:
        first = _FIRST_WORD.match(words)
        if first is None or not _opens_sentence(first.group(1), first.group(2)):
            return None
        inside = first
    rest = v[inside.end() :].lstrip()
    low = _LOWER_LEAD.match(rest)
    rest = rest[low.end() :] if low else rest
    if not rest[:1].isupper() or not _LEGAL_TAIL.sub("", rest).strip():
        return None
    return rest


_FIRST_WORD = re.compile(r"^[\"„“»]?([^\W\d_][\w'’]*)(?=\s+(\S+))")
_CONTRACTION = re.compile(r"(?i)[^\W\d_]+['’](?:m|re|ve|d|ll|t)|(?:it|let|that|he|she|what|there|here)['’]s")
"""A contraction of a pronoun and a verb ("I'm", "we've", "don't", "it's"): a sentence's."""
_SUBJECT_PRONOUN = re.compile(r"(?i)i|we|you|they|he|she|it|já|ja|my|vy|oni|ony|ona|on|vaš\w*|váš|vás|vám|ik|jeg|jag|yo|eu")
"""A pronoun opening a sentence ("I represent …", "My zastupujeme …") or addressing the
reader ("Vaší výzvy …"): a sentence's word only before a lower-case word ("On Air Media",
"We Media": a name's)."""
_FIRST_PERSON_BE = frozenset(
    ("soy", "sono", "sou", "suis", "bin", "jestem", "vagyok", "ben", "jsem", "som", "är", "er", "estoy", "sto")
)
"""A verb "to be" in the first person opening a sentence with the writer's role ("Soy
productora de informativos de X S.A.", "Sono corrispondente di X S.p.A.", "Jestem reporterką
X Sp. z o.o.", "Ik ben verslaggever bij X B.V."): a sentence's word only before a lower-case word ("Sono Media", "Ben Hill Ltd")."""
_NAME_LIKE_OPENER = frozenset(
    ("die", "das", "dem", "den", "eine", "einen", "einem", "einer", "het", "má", "our", "my", "your")
)
"""Words of ``_SENTENCE_INSIDE`` that open names too ("Die Presse", "Má vlast", "Our Town")."""
_ENGLISH_OPENER = re.compile(
    r"(?i)like|will|would|has|have|had|was|is|are|please|kindly|hereby|that|which|who|where|me|us|"
    r"wants|needs|plans|wishes|intends|operates|publishes|represents|requests|applies|asks|submits|sends"
)
"""English words of ``_SENTENCE_INSIDE`` that may open a name too ("Like Media", "Will
Harper Ltd"): a sentence's first word only before a lower-case word ("Please register …")."""
_VERB_ENDING = re.compile(r"(?i)[^\W\d_]{2,}(?:uje|ují|ujú|uji|uju|ujeme|ujem|ujete|áme|íme|ám|ím)")
"""A Czech or Slovak verb's ending ("spravuje", "zastupujeme", "žádáme", "prosím"): no
Czech name opens with a word so ending."""


_WORKPLACE_PREP = frozenset(("en", "presso", "chez", "bei", "em", "à", "nel", "nella", "dans", "auprès"))
"""Lower-case prepositions of a workplace or a place in the languages a foreign medium
writes in, right after a sentence's first word ("Trabajo en …", "Lavoro presso …",
"Travaille chez …"): a name's second word is nearly never one of them (never Czech "na",
"v": "Divadlo na Vinohradech"), unless its first is an institution's head ("Centre en …")."""


_OPENING_PREPOSITION = frozenset(
    ("desde", "depuis", "dalla", "dallo", "dal", "vom", "aus", "seitens", "from", "od", "ze")
)
"""Prepositions of the source a sentence opens with before the sender's name ("Desde X S.L.
solicitamos …", "Depuis X SAS nous …", "Dalla X S.p.A. …", "Vom X e.V. …", "From X Ltd
we …"): never a name's first word, unlike the particles of surnames that names carry ("De
Agostini", "Von Ardenne", "Da Vinci", "Van Dijk")."""


def _opens_sentence(word: str, following: str) -> bool:
    """Whether ``word``, capitalised as the first word of a sentence, is the sentence's own (a
    verb, a pronoun, a contraction: "Vydává", "Provozuje", "I've", "We", "Please")
    rather than a name's first word; ``following``: the next word."""
    if _CONTRACTION.fullmatch(word):
        return True
    if following in _WORKPLACE_PREP and not _INSTITUTION_WORD.search(word):
        return True  # "Trabajo en X S.A.", "Lavoro presso X S.p.A.", "Arbeite bei X GmbH"
    low, lower_next = word.lower(), following[:1].islower()
    if low in _OPENING_PREPOSITION:
        return True
    if _SUBJECT_PRONOUN.fullmatch(word) or low in _FIRST_PERSON_BE:
        return lower_next
    if low in _NAME_LIKE_OPENER or (_ENGLISH_OPENER.fullmatch(word) and not lower_next):
        return False
    if _SENTENCE_INSIDE.fullmatch(low) is not None:
        return True
    return _VERB_ENDING.fullmatch(word) is not None and not declined_head(word)  # "Vydavatelstvím X"


_UPPER_WORD = r"[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽĽ][\w'’.-]*"
_CONNECTIVE_END = re.compile(
    rf"(?:^|\s)(?P<run>{_UPPER_WORD}(?:\s+{_UPPER_WORD}){{0,3}}|"
    rf"(?P<adj>[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽĽ][{_LOWER}]+[ýáéí])\s+[{_LOWER}]{{3,}})\s+"
    r"(?:of|for|and|pro|pre|na|nad|pod|v|ve|u|a|de|du|der|für)\s+$"
)
"""Capitalised words and a connective ending the words cut off before a name: "Institute
of" in "Central European Institute of Political Science, o.p.s.", or a Czech or Slovak
adjective and its lower-case noun ("Ukrajinský hlas v" in "… hlas v Česku, z. s.")."""


_REQUEST_OBJECT = re.compile(
    r"(?i)(?:xml|api|json|csv|feed\w*|data|daten|dane|donn[ée]es|dati|datos|export\w*|"
    r"p[řr][íi]stup\w*|pr[íi]stup\w*|access|zugang|zugriff|dost[ęe]p\w*|acc[èe]s|accesso|"
    r"acceso|server\w*|v[ýy]sledk\w*|results?|ergebnisse|wyniki|r[ée]sultats|risultati|"
    r"resultados|povolen[íi]|permit|permission|genehmigung|zgod\w*|n[áa]t[áa][čc]en[íi]|"
    r"filming|dreh\w*)"
)
"""The object of the request ("XML", "přístup", "access", "Zugang", "dostęp", "permit"):
capitalised before "pro"/"for"/"für" it is the request's word, never the name's first."""


_PLACE_JOIN = re.compile(rf"^[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽĽ][{_LOWER}]{{2,}}\s+(?:na|v|ve|nad|pod|u)\s+$")
"""One capitalised word and a Czech preposition of place opening a sentence before the
capitalised rest of a name ("Divadlo na Vinohradech, s.r.o.", "Hostinec u Mlýna, s.r.o."):
the name's own first words (a sentence's verb is no noun before a place: ``_opens_sentence``
reads it first)."""


def _joined_lead(outside: str, lead: str) -> tuple[str, bool]:
    """``lead`` (the words cut off before a name) without the capitalised words that a
    connective joins to the name, and whether it joined any: only where a lower-case word
    of the sentence stands before them ("at the Central European Institute of …", "redakce
    Sdružení pro …"), never a person's name ("Jana Malá pro …") nor a sentence's first word
    ("Výsledky pro …"), which the name may or may not include."""
    m = _CONNECTIVE_END.search(lead) if lead else None
    if m is None or (clean_name(m.group("run")) and not _INSTITUTION_WORD.search(m.group("run"))):
        return lead, False
    if all(_REQUEST_OBJECT.fullmatch(w) for w in m.group("run").split()):
        return lead, False  # "přístup k XML pro Alfa s.r.o.": the request's words
    before = (outside + lead[: m.start("run")]).rstrip()
    if _NAME_OPENS_SENTENCE.search(before):  # "Studentská unie Západočeské univerzity v …"
        return "", True
    if _PLACE_JOIN.search(lead) and (not before or before.endswith((".", "!", "?"))):
        return lead[: m.start("run")], True  # "Divadlo na Vinohradech, s.r.o. žádá …"
    last = before.split()[-1] if before else ""
    if not last[:1].islower() or (_STOP_WORD.fullmatch(last) and not m.group("adj")):
        return lead, False  # after "from" only an adjective and its noun: "from Ukrajinský hlas v …"
    return lead[: m.start("run")], True


_NAME_OPENS_SENTENCE = re.compile(
    rf"(?:^|[.!?]\s+)[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽĽ][{_LOWER}]+(?:sk|ck|n|ov)[áýéa]\s+[{_LOWER}]{{3,}}$"
)
"""An adjective and a lower-case noun opening a sentence right before the capitalised words
("Studentská unie Západočeské univerzity …", "Krajská knihovna Vysočiny …"): the name's own
first words, which a genitive complement follows."""
_STOP_WORD = re.compile(r"(?i)za|jménem|jmenem|menom|by|from")
"""A word before the capitalised words that makes them another party ("za Rádio …")."""


_LAST_SENTENCE = re.compile(r"^.*[.!?]\s+(?=[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ])")
"""Everything up to the last sentence break inside what was read as a name."""
_DECLINED_AFTER = re.compile(
    r"(?i)(?:^|\s)(?:z|ze|od|do|u|k|ke|v|ve|při|s|se|mezi|zastoupení|(?:jsem|jsme|jako|coby|je)"
    r"\s+(?:\w+\s+)?(?:\w*redaktor\w*|\w*ředitel\w*|jednatel\w*|vedoucí|zástupc\w+|"
    r"zaměstnan\w*|člen\w*|pracovník\w*|spolupracovník\w*|šéf\w*|editor\w*|manažer\w*|"
    r"mluvčí))\s+$"
)
_GENITIVE_NOUN = re.compile(
    r"(?i)(?:^|\s)(?:žádost|žádosti|zadost|zadosti|žiadosť|žiadosti|jménem|jmenem|menom|redakce|"
    r"redakci|redakcia|redakcie)\s+$"
)
_DECLINED_START = re.compile(r"^[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽĽ][a-záčďéěíňóřšťúůýžľĺŕô]+[aeuyěi]\s")
"""A noun that governs the genitive of the name after it ("žádost Rádia X s.r.o.", "jménem
Deníku Y a.s.", "redakce Týdeníku Z") and a first word ending as a declined noun does (not
a nominative "Deník", "Pražský", nor an abbreviation "TV"): the name may be declined."""
_ADJ_SUFFIX = re.compile(r"(?i)\w+(?:sk|ck|ov|n)(?:ou|ú)$")
"""An adjective's own suffix in the accusative or instrumental ("Slezskou", "Hanáckou",
"Rozhlasovou", "Východoslovenskú"), unlike a noun's "-ou" ("Agenturou Větrník")."""
_GOVERNED_TAIL = re.compile(r"(?:^|\s)[a-záčďéěíňóřšťúůýžľĺŕô]+\s+$")
_ACCUSATIVE = re.compile(r"(?i)(?:^|\s)(?:za|pro|na|o|přes|jako)\s+$")
_ACCUSATIVE_ENDING = re.compile(r"(?:ou|[^\WaeiouyáéíóúůýěAEIOUY]u)(?!\w)")
"""A preposition or a person's role right before a name: the name may be declined ("píšu z
Rádia Vzor s.r.o.", "šéfredaktor Deníku Jih s.r.o."), not as the register writes it; after
"za", "pro" … only a feminine ending shows it ("pro Jihočeskou televizi s.r.o.")."""


_LEGAL_TAIL = re.compile(grouped(rf",?\s*{_LEGAL}.*$"))
"""A legal form and all after it; its alternatives grouped (``grouped``): the same matches,
read quicker (a proof: ``test_extraction_speed_r62b``)."""


@per_application(maxsize=2048)
def _without_legal_tail(text: str) -> str:
    """``_LEGAL_TAIL.sub("", text)``, remembered within one application: the rules cut the
    same names and lines again and again (five of six cuts of the bench repeat one)."""
    return _LEGAL_TAIL.sub("", text)


_GOVERNING_NOUN = re.compile(
    r"(?:(?:^|\s)[a-záčďéěíňóřšťúůýžľĺŕô]{3,}|(?<!\w)(?:I[ČC]O?|DIČ|DIC|ID(?:\s*DS)?|IDDS))\s+$"
)
_GENITIVE_START = re.compile(r"^[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽĽ]\w*(?:é|ého|ých|ej|ího|ích|ich|ske|cke|eho|ych|iho)\s")
"""A lower-case word of the sentence right before a name whose first word ends like a
genitive adjective ("studia Jihlavské televize", "štúdia Nitrianskej televízie",
"archivu Podhorských novin"): the name may be declined, not as the register writes it."""
_SENTENCE_INSIDE = re.compile(
    r"(?<!\S)(?:nám|nás|vám|vás|mi|mě|je|píše|píšu|píšeme|pisu|piseme|jsou|jsme|jsem|bude|budou|byl[aiy]?|má|mají|chce|chtějí|"
    r"chceme|žádá|žádají|žádáme|prosí|prosíme|rád|ráda|rádi|bychom|sme|som|is|are|was|will|"
    r"would|has|have|had|we|us|our|me|my|you|your|please|kindly|hereby|tímto|také|rovněž|že|"
    r"that|which|who|který|která|které|kde|where|podává\w*|předkládá\w*|posílá\w*|zasílá\w*|"
    r"potřebuje\w*|provozuje|vydává|zastupuje|hostuje|dodává|žiada\w*|posiela\w*|requests|"
    r"vydava|vydáva|vydávají|vydavaji|prevádzkuje|dodava|zadame|zada|zadaji|prosime|chteji|"
    r"applies|asks|submits|sends|wants|needs|operates|publishes|represents|"
    # verbs of wanting and intending, which open the request in any language ("… möchte
    # die X GmbH drehen", "… would like", "chtěla by", "chciałaby", "souhaite", "vorrebbe")
    r"like|wishes|intends|plans|chtěl[aio]?|chtel[aio]?|chcel[aio]?|hodlá|hodlají|plánuje|planuje|"
    r"chciałaby|chciałby|chcielibyśmy|zamierza|"
    r"(?:möchte|möchten|mochte|mochten|will|wollen|würde|würden|plant|beabsichtigt|souhaite|"
    r"souhaitons|voudrait|aimerait|vorrebbe|vorremmo|desidera|quiere|queremos|desea|quisiera|"
    r"wil|willen|zou|graag|szeretne|szeretnénk|vill|ønsker|önskar|braucht|brauchen|benötigt|"
    r"benötigen|potrzebuje|potrzebujemy|necesita|necessita|"
    # an article of a language whose nouns are capitalised opens the noun phrase of the name
    # ("… braucht die X GmbH"): no name of its register has it inside ("der" joins words)
    r"die|das|dem|den|eine|einen|einem|einer|het)|"
    # the same in the languages a foreign medium writes in: pronouns, auxiliaries, verbs of
    # asking and acting, the noun of acting for someone ("im Auftrag", "au nom de",
    # "per conto di", "en nombre de", "namens", "på vegne av")
    # (lower case, as inside a sentence; capitalised only the words that open one or are
    # nouns: a name's own capitalised word may spell another, "Cầu Nối Media")
    r"Wir|Ich|Nous|Wij|Vi|Auftrag|Namens|Nombre|Nome|"
    r"(?:wir|ich|sind|ist|vertreten|vertritt|beantragt|beantragen|bitten|schreiben|auftrag|"
    r"namens|nous|je|sommes|demandons|sollicitons|écrivons|représentons|nom|compte|noi|siamo|"
    r"scriviamo|chiediamo|chiede|rappresentiamo|conto|somos|solicitamos|solicita|escribimos|"
    r"representamos|nombre|escrevemos|nome|wij|zijn|vragen|vraagt|schrijven|"
    r"vertegenwoordigen|vagyunk|kérjük|képviseljük|nevében|vi|är|ansöker|søker|skriver|"
    r"representerar|representerer|vegne|räkning|"
    # the copula of a language the corpus's foreign writers use, after a capitalised noun
    # opening the sentence ("Hakija on X Oy", "Ansøger er X ApS", "Il richiedente è X S.r.l.",
    # "Solicitante es X S.L.", "Le demandeur est X SARL", "Wnioskodawcą jest X Sp. z o.o.")
    r"on|er|è|es|est|é|jest|"
    # Hungarian has no copula there: the role noun and the name's article ("A kérelmező a
    # X Kft.", "Az igénylő az Y Zrt.")
    r"k[ée]relmez[őo]\s+az?|ig[ée]nyl[őo]\s+az?))(?!\S)"
)
"""A word of a sentence (a pronoun, an auxiliary, a conjunction) inside what was read as a
name ("Výsledky nám bude ukazovat Deník Jih s.r.o."): where the name starts is a guess."""


def _sure_bounds(before: str, outside: str, name: str) -> bool:
    """``before``: the text of the part before the name; ``outside``: before the match."""
    if _THIRD_PARTY.search(before) or _THIRD_PARTY.search(name):
        return False
    words = _without_legal_tail(name)
    tail = " " + before[-60:]  # the words right before the name (a search ending at "$")
    if _SENTENCE_INSIDE.search(words) or _DECLINED_AFTER.search(tail):
        return False
    if _ACCUSATIVE.search(tail) and _ACCUSATIVE_ENDING.search(words):
        return False
    if _GOVERNING_NOUN.search(tail) and _GENITIVE_START.match(words):
        return False
    if _GENITIVE_NOUN.search(tail) and _DECLINED_START.match(words):
        return False
    if (prep := _PREPOSITION.search(tail)) and (w := tail[: prep.start()].split()):
        if w[-1][:1].isupper() and not w[-1].endswith((",", ".", ":", ";")):
            return False  # "Spolek pro Boskovice": the capitalised word may open the name
    last = outside.split()[-1:] if outside.strip() else []
    return not (last and last[0][:1].isupper() and not last[0].endswith((",", ".", ":", ";")))


_COLUMNS = re.compile(r"\s{2,}|\t")
_BAR_CELLS = re.compile(r"\s*\|\s*")


def _wrapped_pair(first: str, second: str) -> str | None:
    """Two lines of a two-column layout (a PDF form) where the label and its value both wrap
    ("Název      Zpravodajství Horní" / "organizace Pomoraví, z.s."): one labelled line."""
    a, b = _COLUMNS.split(first.strip(), maxsplit=1), _COLUMNS.split(second.strip(), maxsplit=1)
    if len(a) != 2 or len(b) != 2 or not b[0][:1].islower():
        return None
    return f"{a[0]} {b[0]}: {a[1]} {b[1]}" if _opens_with_label(f"{a[0]} {b[0]}: x") else None


def _value_above(above: str, line: str) -> str | None:
    """A value cell wrapped upwards in a two-column layout (a PDF form centres the label on
    the value's second line): "            Alfa Beta" / "Žadatel     s.r.o." read as
    "Žadatel: Alfa Beta s.r.o."."""
    cells = _COLUMNS.split(line.strip(), maxsplit=1)
    lone = above.strip()
    if len(cells) != 2 or not lone or _COLUMNS.search(lone) or not _opens_with_label(cells[0] + ": x"):
        return None
    col = line.find(cells[1], len(line) - len(line.lstrip()) + len(cells[0]))
    start = len(above) - len(above.lstrip())
    if abs(col - start) > 2 or start < 8:
        return None
    return f"{cells[0]}: {lone} {cells[1]}"


_FIELD_HEAD = re.compile(
    r"(?i)\b(?:I[ČC]O?|IČ|DIČ|IP|adres\w*|kontakt\w*|osoba|e-?mail|telefon\w*|tel|phone|"
    r"mobil\w*|contact|address|sídlo|web|www|poznámk\w*|note|role|účel|purpose|typ|type|"
    r"production|produkční|produkc\w*|produkčn\w*|produkt\w*|produc\w*|produzione|prod|live|éles|"
    r"staging|provoz\w*|betrieb|test\w*|teszt\w*|ostr\w*|server\w*|schránk\w*|data\s*box|DS|ID|"
    r"jméno|meno|příjmení|priezvisko|funkce|funkcia|pozice|pozícia|"
    # a crew's task column ("Úloha", "Aufgabe", "Task", "Zadanie", "Feladat", "Tâche")
    r"úloh[ay]|uloh[ay]|úkol|ukol|aufgabe|tasks?|zadanie|feladat|tâche|tache|rolle|rola|"
    # a remarks column ("Bemerkung", "Notes", "Uwagi", "Megjegyzés", "Remarque", "Komentář")
    r"bemerk\w*|anmerk\w*|hinweis\w*|kommentar\w*|comments?|remarks?|notes|uwag\w*|megjegyz\w*|"
    r"remarques?|komentář\w*|komentar\w*)\b"
)
"""Header cells of a table's other columns (IČO, addresses, contact …; production and test in
the words of any language: "Produkce", "Produktion", "Produkcja", "Éles", "Live", "Staging")."""


_RULE_ROW = re.compile(r"[\s|:=+-]*")
"""A ruled row under a typed table's header ("|----|:---|")."""


def _row_under(lines: Sequence[Line], i: int) -> Line | None:
    """The row under the header row ``lines[i]``: the next line, or the one after a ruled row."""
    below = lines[i + 1 : i + 3]
    if len(below) == 2 and "|" in below[0].text and _RULE_ROW.fullmatch(below[0].text):
        return below[1]
    return below[0] if below else None


def header_cells(header: str, row: str) -> list[tuple[str, str]] | None:
    """A table's header row and the row under it as (header, value) pairs, or None when
    ``header`` is no header row (every cell a label of a field) or ``row`` has another
    number of cells."""
    pairs = _header_cells(header, row)
    return None if pairs is None else list(pairs)


@per_application(maxsize=1024)
def _header_cells(header: str, row: str) -> tuple[tuple[str, str], ...] | None:
    """``header_cells``, remembered within one application: the rules pair the same two
    lines again (half of the asks repeat one)."""
    if "|" in header and "|" in row:  # a table typed with bars, or an RTF table's text
        heads = [h.strip() for h in header.strip().strip("|").split("|")]
        cells = [c.strip() for c in row.strip().strip("|").split("|")]
        if len(heads) < 2 or _RULE_ROW.fullmatch(row):
            return None
        if not all(_header_word(h) for h in heads) and not _over_addresses(heads, cells):
            return None
        return None if len(cells) != len(heads) or _header_word(cells[0]) else tuple(zip(heads, cells, strict=True))
    heads = _COLUMNS.split(header.strip())
    cells = _COLUMNS.split(row.strip())
    if len(set(heads)) == 1:
        return None  # a section's heading merged across the sheet ("Applicant | Applicant"): no columns
    if len(heads) < 2 or not all(_header_word(h) for h in heads) and not _over_addresses(heads, cells):
        return None
    if len(cells) < len(heads) and "\t" in row and header.count("\t") == len(heads) - 1:
        # a spreadsheet's or a document table's row keeps an empty cell as its tab ("X\t\tY"):
        # split on each tab, so the cells stay under their headers
        cells = [c.strip() for c in row.strip(" \r\n").split("\t")]
        cells += [""] * (len(heads) - len(cells))
    if len(cells) != len(heads) or _header_word(cells[0]):
        return None  # a form's rows of label and value ("Žadatel | X" over "IČO | 123")
    return tuple(zip(heads, cells, strict=True))


_ADDRESS_CELL = re.compile(r"(?:\d{1,3}\.){3}\d{1,3}(?:/\d{1,2})?")
"""A cell holding one IPv4 address (or a block)."""


def _over_addresses(heads: Sequence[str], cells: Sequence[str]) -> bool:
    """Whether a row of a label and short headings the rules do not know ("Antragsteller |
    Hauptrechner | Ersatzrechner") stands over a row of a value and addresses only: a table's
    header over its columns, whatever words name the columns, not a label with its value."""
    if len(cells) != len(heads) or not _is_label(heads[0]) or not cells[0].strip():
        return False
    words = all(0 < len(h.split()) <= 3 and not _has_legal_form(h) and not any(c.isdigit() for c in h) for h in heads[1:])
    return words and all(_ADDRESS_CELL.fullmatch(c.strip()) for c in cells[1:])


def _header_row(text: str) -> bool:
    """Whether ``text`` is a table's header row: two or more cells apart, each a field's
    header ("Jméno | Role | Telefon"), no value of a label; cells apart by a gap or by a
    typed bar ("Jméno | Funkce | E-mail")."""
    if "|" in text:
        heads = [h for h in _BAR_CELLS.split(text.strip()) if h]
    elif not _has_gap(text):
        return False
    else:
        heads = _COLUMNS.split(text.strip())
    return len(heads) >= 2 and all(_is_label(h) or _head_words(h) for h in heads)


def field_heads(cells: Sequence[str]) -> bool:
    """Whether every cell is a table's header of a field (``_head_words``: "Production",
    "Test", "Telefon"): a header row's cells, no values."""
    return bool(cells) and all(_head_words(c) for c in cells)


def _head_words(cell: str) -> bool:
    """Whether every word of ``cell`` is a field's header word ("Jméno a příjmení", "Role")."""
    words = cell.split()
    return 0 < len(words) <= 4 and all(w in ("a", "and", "&", "/") or _FIELD_HEAD.fullmatch(w) for w in words)


def _header_word(cell: str) -> bool:
    short = len(cell.split()) <= 4 and not any(c.isdigit() or c == "@" for c in cell)
    short = short and not _has_legal_form(cell)
    return short and (_FIELD_HEAD.search(cell) is not None or _is_label(cell))


def _is_label(cell: str) -> bool:
    m = _label_match(cell.rstrip(" :") + ": x")
    return m is not None and m.group("v") == "x"


_GAP = re.compile(r"\t|\S[ \u00a0]{2,}\S")
"""A gap between two columns (a tab, or spaces as a PDF lays out a table)."""


def _has_gap(text: str) -> bool:
    return "\t" in text or "  " in text or "\u00a0" in text


def _under_header(header: str, row: str) -> str | None:
    """A labelled column ("Organizace | IČO | IP" over "Volební blog | 123… | …") read as
    the labelled line "Organizace: Volební blog"."""
    for head, value in header_cells(header, row) or ():
        if _is_label(head):
            return f"{head.rstrip(' :')}: {value}"
    return None


_LABEL_EXAMPLE = re.compile(
    r"(?i)[^\S\n]*\((?:vzor|p[řr][íi]klad|např|napr|napríklad|np|e\.\s?g|z\.\s?b|bsp|ex|example|"
    r"for\s+example|beispiel|przyk[łl]ad|exemple|esempio|ejemplo|pl|minta)\b[^()\n]*\)(?=[^\S\n]*[:\t])"
)
"""A form's example value in brackets inside its label ("Název organizace (vzor: Zpravodaj,
s.r.o.):", "Company (e.g. Example Ltd):"): the template's words, never the value."""


_FORM_TITLE = re.compile(
    r"(?i)^\W*(?:žádost|zadost|žiadosť|žiadost|ziadost|request|application|antrag|wniosek|demande|"
    r"kérelem|kerelem|igénylés|solicitud|richiesta|pedido|aanvraag|ansökan|ansøgning)\s+"
    r"(?:o|na|for|auf|um|de|d['’]|pour|di|per|a|om|voor|til|about)\s"
)
"""A form's title ("Žádost o přístup k XML", "Application for access", "Antrag auf Zugang"):
under a label alone on its line (a sheet's "Žadatel"), the form's heading, not the label's
value."""


_FORM_ALONE = re.compile(grouped(rf"^[ \t|│¦]*,?[ \t]*(?:{_LEGAL}){_FORM_END}[ \t]*(?:$|[,;(])"))
"""A line that opens with a legal form and holds nothing else but a number's cell after a
comma ("s.r.o.", "a.s., IČO 45819301"): the end of the name on the line above, wrapped."""


def _cut_before_form(text: str) -> bool:
    """Whether ``text`` is a labelled name without a legal form whose next line may end it."""
    if len(text) > 80 or _has_legal_form(text) or (m := _label_match(text)) is None:
        return False
    v = m.group("v").strip()
    return bool(v) and v[-1].isalnum() and not _opens_with_label(v + ": x")


_FIELD_WORDS = (
    r"I[ČC]O?|IČ|DIČ|NIP|REGON|e-?mail|telefon\w*|telef[óo]n\w*|tel|phone|mobil\w*|fax|"
    r"IP(?:\s+adres\w*)?|adres\w*|address\w*|kontakt\w*|contact\w*|ansprechpartner\w*|"
    r"datov\w+\s+schr[áa]n\w*|data\s*box|ID\s*DS|web|www|n[áa]zev|n[áa]zov|name|nazwa|firma|"
    r"jm[ée]no|meno|s[íi]dlo|sitz|seat|produk\w*|produc\w*|test\w*"
)
_FIELD_LABEL_LINE = re.compile(rf"(?i)^\W{{0,3}}(?:{_FIELD_WORDS})(?:\s*[:\t]|\s*$|\s{{2,}})")
"""A line that is another field's label, alone or with its value in a cell or after a colon
("IČO", "Telefon<TAB>+48 …", "E-mail: …"): never the value of a label above it left empty (a
form's "Název" with nothing typed in)."""
_FIELD_WORD_ONLY = re.compile(rf"(?i)^\W{{0,3}}(?:{_FIELD_WORDS})\W{{0,3}}$")
"""A value that is only a field's label word ("IČO", "Telefon", "Name"): never a name."""


def _labelled_lines(blocks: Sequence[Block]) -> list[tuple[Block, Line]]:
    """The lines of ``blocks``, a label alone on its line ("Žadatel" as a heading) joined with
    the next non-empty line as its value, a label wrapped with its value in two columns
    joined with its second line."""
    out: list[tuple[Block, Line]] = []
    for b in blocks:
        lines = [ln for ln in b.lines if ln.text.strip()]
        columns = _has_gap(b.text)  # one test per block before each line's
        gaps = [columns and _GAP.search(ln.text) is not None for ln in lines]
        lines = [Line(ln.no, _LABEL_EXAMPLE.sub("", ln.text)) if "(" in ln.text else ln for ln in lines]
        for i, ln in enumerate(lines):
            nxt = i + 1 < len(lines)
            under = _row_under(lines, i) if nxt and (gaps[i] or "|" in ln.text) else None
            if under is not None and (cell := _under_header(ln.text, under.text)):
                out.append((b, Line(under.no, cell)))
                continue
            short = len(ln.text) < 80
            alone = short and not _opens_with_label(ln.text) and _opens_with_label(ln.text.rstrip(" :") + ": x")
            after = i + 1
            if (
                nxt
                and alone
                and not _FORM_TITLE.match(lines[i + 1].text)
                and not _opens_with_label(lines[i + 1].text)
                and not _FIELD_LABEL_LINE.match(lines[i + 1].text)
            ):
                # a sheet's "Žadatel" above its own labelled row ("Obchodní firma<TAB>X"): that row is read
                ln, after = Line(ln.no, f"{ln.text.rstrip(' :')}: {lines[i + 1].text.strip()}"), i + 2
            elif nxt and gaps[i] and gaps[i + 1] and (pair := _wrapped_pair(ln.text, lines[i + 1].text)):
                ln = Line(ln.no, pair)
            elif i and gaps[i] and (above := _value_above(lines[i - 1].text, ln.text)):
                ln = Line(ln.no, above)
            if after < len(lines) and _FORM_ALONE.match(lines[after].text) and _cut_before_form(ln.text):
                # "Žadatel: Mediální dům Úvaly⏎s.r.o." (an OCR paste, a wrapped cell): one name
                ln = Line(ln.no, f"{ln.text.rstrip()} {lines[after].text.strip(' |│¦')}")
            out.append((b, ln))
    return out


_PUBLICATION_LABEL = re.compile(
    r"^\W*(?:\d+[.)]\s*)?(?:redakce|médium|medium|zpravodajské\s+médium|media\s+outlet|outlet|"
    r"newsroom|název\s+(?:redakce|média|zpravodajského\s+média))\b",
    re.IGNORECASE,
)
"""Labels of a publication's title rather than of the legal entity behind it."""


def _labelled(blocks: Sequence[Block]) -> Hit | None:
    """The value of the first labelled line; a publication's title ("Médium: Hlas X") yields
    to a labelled name with a legal form (the publisher: "Vydavatel: X média s.r.o."), a
    value with a person or a remark in it to any plain one."""
    title: Hit | None = None
    weak: Hit | None = None
    for b, ln in _labelled_lines(blocks):
        m = _label_match(ln.text)
        if m is None or _header_row(ln.text) or _ICO_LABEL.match(m.group("v").lstrip(" –—-")):
            continue  # "Žadatel – IČO 27604977": the label gives the applicant's number, no name
        found = _legal_in(m.group("v"))
        if found:
            (legal, whole), quoted = _from_first_word(m.group("v"), found[0]), _QUOTES.search(m.group("v")) is not None
            sure = (title is None or not _PUBLICATION_LABEL.match(ln.text)) and not quoted and whole
            why = None if sure else Reason.QUOTES if quoted else Reason.SENTENCE if not whole else Reason.OTHER_ORGANIZATION
            return Hit(legal, b.component, ln.no, sure, why)
        if title is not None or _opens_with_label(m.group("v") + ": x"):
            continue  # a spanning header
        v, sure = _plain_value(m.group("v"))
        if v is None and (person := _applicant_person(m.group("v"))) is not None:
            if _TRADE_NAME_LABEL.match(ln.text) and (traded := _sole_trader(m.group("v"), person)) != person:
                return Hit(traded, b.component, ln.no, False, Reason.NATURAL_PERSON)  # the register's name
            weak = weak or Hit(person, b.component, ln.no, False, Reason.NATURAL_PERSON)
        elif v and not sure:
            weak = weak or Hit(v, b.component, ln.no, False, Reason.OTHER_CANDIDATE)
        elif v:
            title = Hit(_fix_legal_dot(ln.text, v), b.component, ln.no)
            if not _PUBLICATION_LABEL.match(ln.text):
                return _with_its_legal_form(title, blocks, publication=False)
    return _with_its_legal_form(title, blocks, publication=True) if title else weak


_CONNECTIVE = r"(?:pro|pre|pri|při|nad|pod|na|v|ve|z|ze|u|a|i|und|für|fur|for|of|and|the|de|du|des|la|le|der|di|del|della|w|we|y|e|et|van|von|zu|zum|zur|am|an|in|sur|per|para|dla)"
_NAME_LEAD = re.compile(rf"{_UPPER_WORD}(?:\s+(?:{_UPPER_WORD}|{_CONNECTIVE}))*?\s+{_CONNECTIVE}\s+")


def _from_first_word(value: str, legal: str) -> tuple[str, bool]:
    """A labelled value is the name from its first word: capitalised words and a connective
    that the reading of a sentence cut off before the name are its own ("Žadatel: Spolek pro
    Boskovice, z. s.", "Antragsteller: Verein für Medienbildung e.V."), unless they are a
    person's name or the words of the request ("Jana Malá pro …", "XML pro …"); so are the
    words of a name that writes its kind after it ("Žadatel: Západomoravská univerzita v
    Jihlavě, veřejná vysoká škola"): a label's value opens with the name. Whether the name
    is sure: not when words before it are left off (where it starts is a guess)."""
    at = value.find(legal)
    lead = value[:at].strip() if at > 0 else ""
    if not lead:
        return legal, True
    if _NAME_LEAD.fullmatch(lead + " "):
        run = re.split(rf"\s+{_CONNECTIVE}\s+", lead + " ", maxsplit=1)[0]
        if clean_name(run) or all(_REQUEST_OBJECT.fullmatch(w) for w in run.split()):
            return legal, True
        return f"{lead} {legal}", True
    if _whole_lead(lead):
        return f"{lead} {legal}", True
    return legal, False


_LEAD_BREAK = re.compile(r"[\d:;!?()@/|\t]|\.\s")
"""What no name's lead holds: a digit, a sentence's mark, a table cell's bound (a tab)."""


def _whole_lead(lead: str) -> bool:
    """Whether the words before a name's first capitalised word read by a sentence's rules
    belong to it: they open with a capital, hold no word of a sentence, no person's name."""
    return (
        lead[:1].isupper()
        and _LEAD_BREAK.search(lead) is None
        and _PREFIX_BARE.match(_folded(lead + " ")) is None
        and not _opens_with_label(lead.split()[0] + ": x")
        and _SENTENCE_INSIDE.search(lead) is None
        and not _starts_with_person(lead)
        and not all(_REQUEST_OBJECT.fullmatch(w) for w in lead.split())
    )


def _with_its_legal_form(title: Hit, blocks: Sequence[Block], *, publication: bool) -> Hit:
    """A labelled name without a legal form that the text also writes with one ("Žadatel:
    Rádio Vzor" and "Rádio Vzor s.r.o." in the signature) is the name with it; a labelled
    publication's title yields to another name with a legal form (its publisher), unsure."""
    legal = _by_legal_form(blocks)
    if legal is None:
        return title
    mine, theirs = _key(title.value), _key(legal.value)
    if theirs.startswith(mine) and _LEGAL_TAIL.sub("", legal.value).strip(" ,").casefold() == title.value.casefold():
        return Hit(legal.value, title.component, title.line)
    if publication and mine not in theirs:
        return dataclasses.replace(legal, certain=False, reason=Reason.OTHER_ORGANIZATION)
    if mine not in theirs:
        # the text writes another name, with a legal form: the label's plain value is
        # chosen over it by the label alone, never for certain
        return dataclasses.replace(title, certain=False, reason=Reason.OTHER_ORGANIZATION)
    return title


def _plain_value(raw: str) -> tuple[str | None, bool]:
    """A labelled value without a legal form, and whether it is sure: a person's name is
    the applicant as a natural person (no organisation) unless a name follows it ("Pavla
    Nová, TV Východ", "Jan Malý za Rádio Sever": unsure); a remark in brackets is cut off
    (unsure)."""
    if (unit := _UNIT_AFTER_UNIVERSITY.match(raw)) and not _has_legal_form(unit.group("unit")):
        v, _sure = _plain_value(unit.group("u"))  # "Uniwersytet Opolski, Wydział …": the
        return v, False  # university applies, unsure as the comma's other cell would be
    if clean_name(raw) and not _UNIVERSITY_WORD.search(raw):
        if _FREELANCE.search(raw) and not _has_legal_form(raw):
            return None, False  # a freelancer applies for themselves (``_applicant_person``)
        cells = _SIG_CELLS.split(raw)[1:]
        v = next((v for c in cells if (v := _org_cell(c))), None)
        return (_own_trade_name(raw, v) if v else None), False
    cut = _STOP.match(raw)
    if cut and _starts_with_person(raw[: cut.end()]) and not _UNIVERSITY_WORD.search(raw[: cut.end()]):
        return _clean(raw[cut.end() :]), False
    v = _clean(raw)
    if v is None or _PLACEHOLDER.match(v):
        return None, False
    if " (" in v:
        return _clean(v.split(" (", 1)[0]), False
    dash = _DASH.search(v)
    if dash is not None and not _UNIVERSITY_WORD.search(v[dash.end() :]):  # "Rádio Vzor – Jana
        # Nová": something else; not a university's name ("VŠB – Technická univerzita Ostrava")
        return _clean(v[: dash.start()]), False
    comma = v.find(", ")
    if comma > 0 and not _BRANCH.match(v, comma):  # "Rádio Vzor, Jana Nová": the first cell
        return _clean(v[:comma]), False
    return v, not v.split()[0].islower()  # "viz podpis", "naše redakce": no name as written


_DASH = re.compile(r"\s[-–—]\s")
_PLACEHOLDER = re.compile(
    r"(?i)^(?:viz|see|n/?a|neuvedeno|nevyplněno|není|none|nemáme|stejn\w*|dtto|totéž|"
    r"jako\s+výše|as\s+above|below|níže|výše)\b"
)
"""A labelled value that points elsewhere or says there is none."""


def _starts_with_person(text: str) -> bool:
    """Whether ``text`` opens with a person's name ("Jana Nová za …", "Ms Jane Doe on
    behalf of …")."""
    words = TITLES.sub(" ", text).split()
    return any(clean_name(" ".join(words[:n])) for n in (2, 3))


FREELANCE_ABROAD = (
    r"[āa]r[šs]tat\w*|laisvai\s+samdom\w*|vabakutseli\w*|"
    r"slobodn\w*\s+(?:sam\s+|sem\s+)?(?:novinar|fotograf|reporter|kamerman|snimatelj|publicist)\w*|"
    r"samostojn\w*\s+(?:sem\s+)?(?:novinar|fotograf|poro[čc]eval)\w*|vapaa\s+toimittaja|"
    r"vapaa\w*\s+valokuvaaja\w*|serbest\s+(?:gazeteci|foto[ğg]raf|muhabir|kameraman)\w*|"
    r"фрилансер\w*|независим\w*\s+журналист\w*|незалежн\w*\s+журналіст\w*|"
    r"ελε[ύυ]θερ\w*\s+επαγγελματ\w*"
)
"""A person saying they work on their own in the Baltic, South Slavic, Finnish, Turkish and
Cyrillic or Greek words ("ārštata žurnāliste", "laisvai samdomas", "vabakutseline", "slobodni
fotograf", "samostojna novinarka", "vapaa toimittaja", "serbest gazeteci", "фрилансер")."""
_FREELANCE = re.compile(
    r"(?i)\b(?:free-?lanc\w*|osv[čc]|freiberuf\w*|frei(?:e|er|en)?\s+\w*(?:journalist|autor|"
    r"fotograf|reporter|redakteur|kamera)\w*|freie\b|ind[ée]pendant\w*|pigiste|libero\s+professionista|"
    r"aut[óo]nom[oa]|aut[óo]nomo|independiente|zzp\w*|zelfstandig\w*|frilans\w*|"
    r"szabad[úu]sz[óo]\w*|egy[ée]ni\s+v[áa]llalkoz[óo]|wolny\s+strzelec|niezale[żz]n\w*|"
    r"selvstændig\w*|självständig\w*|sole\s+trader|self-?employed|na\s+voln[ée]\s+noze|"
    r"na\s+vo[ľl]nej\s+nohe|živnostn\w*|zivnostn\w*|" + FREELANCE_ABROAD + ")"
)
"""A person saying they work on their own, in any language ("freelance", "freie
Journalistin", "journaliste indépendant", "periodista autónoma", "zzp'er", "frilans",
"szabadúszó", "OSVČ"): they apply for themselves."""


def _applicant_person(raw: str) -> str | None:
    """A labelled applicant who is a person with no organisation beside them (a freelancer:
    "Žadatel: Mgr. Jana Horká, OSVČ"): their name without degrees; a person calling
    themselves a freelancer in any language is their own organisation whatever place
    follows ("Tom Berg, freelance reporter (Oslo, Norway)")."""
    if not clean_name(raw):
        return None
    cells = _SIG_CELLS.split(raw)
    name = clean_name(cells[0]) or clean_name(raw)
    if name and _FREELANCE.search(raw) and not _has_legal_form(raw):
        return name
    return name if name and not any(_org_cell(c) for c in cells[1:]) else None


_NOT_ORG = re.compile(
    r"(?i)^\s*(?:OSV[ČC]|I[ČC]O?\b|IČ\b|DIČ|Ph\.?\s?D|CSc|MBA|"
    # a mail client's sign-off ("Sent from my iPhone", "Odesláno z iPhonu", "Get Outlook for …")
    r"sent\s+from|get\s+outlook|odesl[áa]no\s+z|odoslan[éeá]\s+z|gesendet\s+von|envoy[ée]\s+de|"
    r"enviado\s+desde|inviato\s+da|wys[łl]ane\s+z|verzonden\s+(?:vanaf|met)|skickat\s+från)"
)
"""Cells after a person's name that name no organisation (the sole trader's own marks)."""


def as_named_person(hit: Hit) -> Hit:
    """An organisation that is a person's name (a natural person applying for themselves) as
    the register writes a person: without degrees or forms of address ("Ing. Tomáš Beneš"
    is "Tomáš Beneš"), never for certain."""
    name = clean_name(hit.value)
    if name is None or name == hit.value or _has_legal_form(hit.value):
        return hit
    if TITLES.sub(" ", hit.value).split() != name.split():
        return hit  # more than degrees around the name
    return Hit(name, hit.component, hit.line, False, hit.reason or Reason.NATURAL_PERSON)


def find_organization(
    blocks: Sequence[Block], *, skip_kinds: tuple[Kind, ...] = (), office_ico: str = ""
) -> Hit | None:
    """The applying organisation in ``blocks`` (see ``_find_organization``), a person's name
    as a person is written, a university's unit as the university; ``office_ico``: the
    office's, whose letterhead names no applicant."""
    found = _find_organization(_without_issuers(blocks), skip_kinds, office_ico)
    if found is not None and (_LETTER.search(found.value) is None or _FIELD_WORD_ONLY.match(found.value)):
        found = None  # digits and signs only (a phone, an IČO, a date), a label word: never a name
    if (found is None or not found.certain) and (town := _municipality_with_id(blocks, skip_kinds)):
        found = town if found is None or town.value.casefold() != found.value.casefold() else found
    if found is None:
        return None
    found = _with_its_article(_with_cell_above(found, blocks), blocks)
    if (head := letterhead_form(found.value)) != found.value:
        found = dataclasses.replace(found, value=head)
    found = _entity_of(_with_trader_name(found, blocks), blocks)
    found = without_unit_after_university(university_of_unit(found, blocks))
    return _as_its_branch(_in_full(_fullest_spelling(as_named_person(found), blocks), blocks), blocks)


_BRANCH_DESIGNATION = re.compile(
    r"(?:,|[ \t][–—-])[ \t]*(?:organiza[čc]n[íi][ \t]+slo[žz]ka|organiza[čc]n[áa][ \t]+zlo[žz]ka|"
    r"org\.[ \t]*(?:slo[žz]ka|zlo[žz]ka))(?![ \t]*(?:st[áa]tu|[^\W\d]))"
    r"(?=[ \t]*(?:$|[,;|(\t]|[–—-][ \t]|I[ČC]))",
    re.IGNORECASE | re.MULTILINE,
)
"""A foreign firm's Czech (Slovak) branch's designation closing its name in a cell of its
own ("X GmbH, organizační složka, IČO …", "Y SAS – organizační složka", "Z S.r.l., org.
složka |"); not a state's unit ("organizační složka státu"), nor one a sentence goes on in."""


def _word_start(text: str, at: int) -> bool:
    """Whether a word starts at ``text[at]``: the text's start or no letter or digit before."""
    return at == 0 or not text[at - 1].isalnum()


def _as_its_branch(hit: Hit | None, blocks: Sequence[Block]) -> Hit | None:
    """A foreign firm read from a sentence ("Baltic Wire Ltd requests …", "das Prager Büro
    der X GmbH beantragt …") whose signature or footer writes its Czech branch ("X GmbH,
    organizační složka, IČO …"): the branch applies under its registered name with the
    designation (LABELS.md: the name as the application writes it; the IČO is the branch's),
    never for certain. The firm is the name read or its end with two words at least before
    its legal form, written right before the designation."""
    if hit is None or _BRANCH.search(hit.value) or not _has_legal_form(hit.value):
        return hit
    words = hit.value.split()
    tails = [" ".join(words[i:]) for i in range(max(1, len(words) - 2))]
    for b in blocks:
        if "ložk" not in b.text and "lozk" not in b.text and "LOŽK" not in b.text:
            continue
        for m in _BRANCH_DESIGNATION.finditer(b.text):
            start = b.text.rfind("\n", 0, m.start()) + 1
            head = b.text[start : m.start()].rstrip()
            tail = next((t for t in tails if head.endswith(t) and _word_start(head, len(head) - len(t))), None)
            if tail is not None and (tail == hit.value or _has_legal_form(tail)):
                value = tail + b.text[start + len(head) : m.end()]
                return dataclasses.replace(hit, value=value, certain=False, reason=hit.reason or Reason.LETTERHEAD)
    return hit


_SPACE_GAP = re.compile(r"\S {2,}\S")
_CELL_END = re.compile(r"[).:;,!?@\d]$|[\d:@|]")
_CELL_PIECE = re.compile(r"^([ \t]*)(\S+(?: \S+)*)(?:\s{2,}|\t|$)")


def _piece_above(line: str, indent: int) -> tuple[str, bool] | None:
    """The first cell of a line above a name's line in a layout of columns when it starts at
    the name's column, and whether it goes on the name: in lower case, or alone on its line
    (the other cells empty); None when the line is blank, starts elsewhere, is a header row or
    its piece ends a cell of its own (a bracket, a number, a legal form, a label)."""
    m = _CELL_PIECE.match(line)
    if m is None or len(m.group(1).expandtabs()) != indent or _header_row(line):
        return None
    piece = m.group(2)
    if _CELL_END.search(piece) or _has_legal_form(piece) or _head_words(piece) or _opens_with_label(piece):
        return None
    return piece, piece[:1].islower() or not line[m.end() :].strip()


def _with_cell_above(hit: Hit, blocks: Sequence[Block]) -> Hit:
    """A name opening its line in a layout of columns (a PDF table's text), the cell wrapped
    onto the lines above it at the same column ("Vydavatelství" / "regionálního" /
    "zpravodajství" / "Vysočiny, s.r.o. (IČO …"): the pieces joined upwards while each goes
    on the name (``_piece_above``), never for certain; a name under a piece that may be its
    start but need not be is flagged as it is."""
    for b in blocks:
        if b.component != hit.component or not b.lines or not b.lines[0].no <= hit.line <= b.lines[-1].no:
            continue
        i = next((n for n, ln in enumerate(b.lines) if ln.no == hit.line), 0)
        if i < 1:
            return hit
        text = b.lines[i].text
        indent = len(text) - len(text.lstrip())
        if "\t" in text and text.startswith(hit.value):
            return _with_tab_cell_above(hit, b, i)
        if not text.lstrip().startswith(hit.value) or not _SPACE_GAP.search(text):
            return hit
        pieces: list[str] = []
        for ln in reversed(b.lines[max(0, i - 4) : i]):
            above = _piece_above(ln.text, indent) if ln.no == hit.line - len(pieces) - 1 else None
            if above is None:
                break
            if not above[1] or not (pieces or above[0][:1].islower()):  # a title alone ("Žádost")
                if not pieces:
                    return dataclasses.replace(hit, certain=False, reason=hit.reason or Reason.WRAPPED_CELL)
                break
            pieces.insert(0, above[0])
        if not pieces:
            return hit
        value = " ".join([*pieces, hit.value])
        return dataclasses.replace(hit, value=value, certain=False, reason=hit.reason or Reason.WRAPPED_CELL)
    return hit


def _with_tab_cell_above(hit: Hit, b: Block, i: int) -> Hit:
    """A name opening a row of cells apart by tabs (an ODT or a sheet's text) whose cell keeps
    its line breaks: the lines right above it without a tab are the cell's first lines
    ("Verlag" / "der oberpfälzer" / "Nachrichten GmbH<TAB>…"); joined when a row of cells
    stands right above them (the table's header or the row before), flagged when the piece
    right above goes on in lower case but no row bounds it; never for certain."""
    pieces: list[str] = []
    for ln in reversed(b.lines[max(0, i - 3) : i]):
        if ln.no != hit.line - len(pieces) - 1 or "\t" in ln.text or not ln.text.strip():
            bounded = "\t" in ln.text and ln.no == hit.line - len(pieces) - 1
            break
        piece = ln.text.strip()
        if _CELL_END.search(piece) or _has_legal_form(piece) or _head_words(piece) or _opens_with_label(piece):
            return hit if not pieces else dataclasses.replace(hit, certain=False, reason=Reason.WRAPPED_CELL)
        pieces.insert(0, piece)
    else:
        bounded = False
    if not pieces:
        return hit
    if bounded:
        value = " ".join([*pieces, hit.value])
        return dataclasses.replace(hit, value=value, certain=False, reason=hit.reason or Reason.WRAPPED_CELL)
    if pieces[-1][:1].islower():
        return dataclasses.replace(hit, certain=False, reason=hit.reason or Reason.WRAPPED_CELL)
    return hit


_ISSUER_LINE = re.compile(
    r"(?im)^[^\S\n]*(?=[vVIiAaWwDd])(?:vydal[aoi]?|vystavil[aoi]?|vydávající(?:\s+\w+)?|vydavajuci(?:\s+\w+)?|"
    r"issued\s+by|issuer|issuing\s+\w+|ausgestellt\s+(?:von|durch)|aussteller\w*|wydany\s+przez|"
    r"wystawc\w+|délivré\s+par)[^\S\n]*[:\t]"
)
"""A line labelled with a document's issuer ("Vydal: Syndikát …", "Issued by: …")."""


def _without_issuers(blocks: Sequence[Block]) -> Sequence[Block]:
    """The blocks with their issuer lines (``_ISSUER_LINE``) left blank: the body that issued
    an attached press card, certificate or membership card is not the applicant."""
    if not any(_ISSUER_LINE.search(b.text) for b in blocks):
        return blocks
    return [
        Block(b.component, b.kind, tuple(Line(ln.no, "" if _ISSUER_LINE.match(ln.text) else ln.text) for ln in b.lines))
        if _ISSUER_LINE.search(b.text)
        else b
        for b in blocks
    ]


def _with_trader_name(hit: Hit, blocks: Sequence[Block]) -> Hit:
    """A trade name read from a line that writes a person's full name and a dash right
    before it ("OSVČ: Olena Kovalenko – UA Brno News, IČO …"): a sole trader's business name
    as written, the person with it (``_sole_trader``), where the text says its writer works
    on their own ("OSVČ", "self-employed", "freelance") or the trade name carries the
    person's own name (``_own_trade_name``); never for certain. Elsewhere the person is an
    employee signing for the outlet ("Pavla Nová – TV Východ"): the outlet alone."""
    if hit.certain or _has_legal_form(hit.value):
        return hit
    person = clean_name(hit.value) is not None  # a person, or a trade name of two capitalised words
    for b in blocks:
        if b.component != hit.component or hit.value not in b.text:
            continue
        for i, ln in enumerate(b.lines):
            if ln.no != hit.line or (whole := _sole_trader(ln.text, hit.value)) == hit.value:
                continue
            if person and not whole.endswith(hit.value) and not _names_the_trader(b, i):
                continue  # the person read, a name after them: not this rule's
            # the writer may say so anywhere: a form attached to a mail saying "jsem OSVČ"
            own = _own_trade_name(ln.text, hit.value) == whole or (
                _applicant_with_ico(b, i) and not any(_JOB.search(o.text) for o in blocks if o.component != b.component)
            )  # a form's applicant with its IČO, the mail naming no job of an employee ("jsem redaktorka")
            if own or any(_says_own_account(o.text) for o in blocks):
                return dataclasses.replace(hit, value=whole, reason=hit.reason or Reason.NATURAL_PERSON)
    return hit


_TRADE_NAME_LABEL = re.compile(
    r"(?i)^\W*(?:\d+[.)]\s*)?\*{0,2}(?:obchodn[íié]\s+(?:firma|n[áa]zev|meno|jm[ée]no)|obchodni\s+(?:firma|nazev)|"
    r"(?:business|trade|trading|registered|company)\s+name|firmenname|handelsname|firmenbezeichnung|"
    r"raison\s+sociale|nom\s+commercial|nazwa\s+(?:firmy|przedsi[ęe]biorcy|dzia[łl]alno[śs]ci)|"
    r"firma\s+przedsi[ęe]biorcy|ragione\s+sociale|denominaci[óo]n\s+social|handelsnaam)\b[^:\n\t]{0,30}[:\t]"
)
"""A label naming a business's registered name ("Obchodní firma:", "Trade name:", "Nazwa
firmy:"): its value is the register's name as a whole, a sole trader's person and trade
name with it."""


def _names_the_trader(b: Block, i: int) -> bool:
    """Whether line ``i`` of ``b`` names the business by its label (``_TRADE_NAME_LABEL``) or
    is a labelled applicant with its IČO (``_applicant_with_ico``): a person's name joined to
    a name after it by a dash is then the sole trader's registered name, not an employee and
    their outlet."""
    return _TRADE_NAME_LABEL.match(b.lines[i].text) is not None or (
        _applicant_with_ico(b, i) and not _has_legal_form(b.lines[i].text)
    )


def _applicant_with_ico(b: Block, i: int) -> bool:
    """Whether line ``i`` of ``b`` is a labelled applicant ("Žadatel: Lucie Bendová – X")
    whose IČO stands on it or on a labelled line just below, no legal form in either: the
    registered number of a person trading under a name (a company's name carries its form),
    unless the mail beside the form names the writer's job (``_JOB``: an employee's)."""
    if not _APPLICANT_LABEL.match(b.lines[i].text):
        return False
    near = [x.text for x in b.lines[i : i + 2]]
    return any(_ICO_LABEL.search(t) for t in near) and not any(_has_legal_form(t) for t in near)


def _says_own_account(text: str) -> bool:
    """Whether ``text`` says its writer works on their own ("OSVČ", "freelance", …)."""
    return _FREELANCE.search(text) is not None or works_on_own_account(text)


def _entity_of(found: Hit, blocks: Sequence[Block]) -> Hit:
    """An office read as the applicant (a region's, a municipality's): the self-governing
    unit it acts for, never for certain."""
    if (entity := entity_of_office(found.value)) != found.value:  # the region, not its office
        return dataclasses.replace(found, value=entity, certain=False, reason=found.reason or Reason.LETTERHEAD)
    return _town_of_office(found, blocks)


def _town_of_office(found: Hit, blocks: Sequence[Block]) -> Hit:
    """A municipal office read as the applicant ("Městský úřad", "Obecní úřad Lhota"): the
    municipality it acts for (``entity_of_town_office``), never for certain."""
    if found.value[:1] not in "MmOoÚU" or "ad" not in found.value:
        return found
    texts = (b.text for b in blocks if b.kind is not Kind.QUOTED)
    if (town := entity_of_town_office(found.value, texts)) is None:
        return found
    return dataclasses.replace(found, value=town, certain=False, reason=found.reason or Reason.LETTERHEAD)


_ABBREVIATED = re.compile(r"^(?P<abbr>[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽĽ]{2,6}),?\s+(?P<legal>\S.*)$")


def _in_full(hit: Hit, blocks: Sequence[Block]) -> Hit:
    """A name read as its abbreviation and legal form ("ARDP SAS") that the texts also write
    in full with the same legal form ("Agence Rhône-Danube Presse SAS" in a signature, the
    initials spelling the abbreviation): the full form, never for certain."""
    m = _ABBREVIATED.match(hit.value)
    if m is None or _LEGAL_TAIL.sub("", hit.value).strip(" ,") != m.group("abbr"):
        return hit
    legal = m.group("legal")
    for b, ln in lines_of(b for b in blocks if legal in b.text):
        for part in _PARTS.split(ln.text) if legal in ln.text else ():
            full = legal_name_in(part)
            words = re.split(r"[\s-]+", _LEGAL_TAIL.sub("", full or "").strip(" ,"))
            if full and full.endswith(legal) and len(words) > 1 and _spells_out(m.group("abbr"), words):
                return Hit(full, b.component, ln.no, False, hit.reason or Reason.OTHER_CANDIDATE)
    return hit


_ARTICLE_WORDS = r"(?:The|Die|Der|Das|La|Le|Les|L'|L’|Il|Lo|Gli|El|Los|Las|Het|De|Az|O|Os|As)"


_CELL_REST = re.compile(r"^\s*(?:[,|•·–—]|\s-\s).*$")
_ARTICLE_BEFORE = re.compile(rf"(?<!\w)(?i:{_ARTICLE_WORDS})\s*$")
"""An article right before a name ("die X GmbH beantragt" too)."""


def _with_its_article(hit: Hit, blocks: Sequence[Block]) -> Hit:
    """A name read from a sentence that wrote it with an article, the article cut off
    ("la richiesta de Il Corriere …"), never written without one, which the text also writes with it where no sentence is - heading a line no sentence
    goes on in, after a label, in a letterhead ("Il Corriere Alpino S.r.l. – Bolzano"): the
    article is the name's own ("Die X GmbH bevollmächtigt …" is a sentence's article); so is
    a capitalised article right after a lower-case word, mid-sentence ("per conto de Il
    Gazzettino S.r.l.", "pour Le Courrier SARL"), where the sentence's own would be lower case."""
    if _FOREIGN_ARTICLE.match(hit.value) or not _has_legal_form(hit.value):
        return hit
    if (house := _article_of_the_house(hit, blocks)) is not None:
        return house
    body = _LEGAL_TAIL.sub("", hit.value)  # a letterhead may leave the legal form out
    for b in blocks:
        at = b.text.find(body)
        while at >= 0:
            if not _ARTICLE_BEFORE.search(b.text[max(0, at - 6) : at]):
                return hit  # the text writes it without one too ("for Harbour Radio Ltd")
            at = b.text.find(body, at + 1)
    if any(_article_right_before(hit.value, b.text) for b in blocks):  # built for its name only
        mid = re.compile(rf"(?<=[{_LOWER}]) ({_ARTICLE_WORDS}\s*{re.escape(hit.value)})(?!\w)")
        for b in blocks:  # a capital article after a lower-case word: mid-sentence, the name's
            if hit.value in b.text and (m := mid.search(b.text)):
                return dataclasses.replace(hit, value=m.group(1), certain=False, reason=hit.reason or Reason.ARTICLE)
    if not any(body in b.text for b in blocks):
        return hit
    written = re.compile(rf"(?m)(?:^|[:|\t])[ \t]*({_ARTICLE_WORDS}[ \t]*){re.escape(body)}(?!\w)(?P<rest>.*)$")
    tail = hit.value[len(body) :] if hit.value.startswith(body) else ""
    for b in blocks:
        if body not in b.text:
            continue
        for m in written.finditer(b.text):
            rest = m.group("rest")  # past the name's own legal form first: "X, S.A. solicita …"
            rest = rest[len(tail) :] if tail and rest.startswith(tail) else rest
            rest = _CELL_REST.sub("", rest)  # another cell: "– rédaction", ", Lyon"
            if not _LOWER_WORD_IN.search(rest):  # no sentence goes on after it
                return dataclasses.replace(
                    hit, value=m.group(1) + hit.value, certain=False, reason=hit.reason or Reason.ARTICLE
                )
    return hit


_ARTICLES = tuple(_ARTICLE_WORDS[3:-1].split("|"))


def _article_right_before(value: str, text: str) -> bool:
    """Whether an article (any case-sensitive one of ``_ARTICLE_WORDS``) ends right before
    ``value`` in ``text``, spaces aside: the necessary condition of ``_with_its_article``'s
    mid-sentence pattern, tested without building it per name."""
    at = text.find(value)
    while at >= 0:
        if text[:at].rstrip().endswith(_ARTICLES):
            return True
        at = text.find(value, at + 1)
    return False


_ARTICLE_OPENING = re.compile(rf"[ \t]*{_ARTICLE_WORDS}[ \t]+")
"""A line's start up to a name: an article alone (``_article_of_the_house``'s prefilter)."""


def _opened_by_article(value: str, text: str) -> bool:
    """Whether a line of ``text`` opens with an article right before ``value``: the
    necessary condition of ``_article_of_the_house``'s pattern, tested without building it
    per name (a compiled pattern per name cost more than the rest of the rule)."""
    at = text.find(value)
    while at >= 0:
        if _ARTICLE_OPENING.fullmatch(text, text.rfind("\n", 0, at) + 1, at):
            return True
        at = text.find(value, at + 1)
    return False


def _article_of_the_house(hit: Hit, blocks: Sequence[Block]) -> Hit | None:
    """A name cut from the article opening its sentence ("Les Éditions du Sillon SRL (…)
    souhaitent …") whose house writes its title with an article of its own, alone at a line's
    end ("Journaliste – Le Sillon"): the article is the name's too (flagged)."""
    if not any(_opened_by_article(hit.value, b.text) for b in blocks):
        return None  # cheap and exact: no line opens with an article before the name
    words = {w for w in _LEGAL_TAIL.sub("", hit.value).split() if len(w) > 2 and w[:1].isupper()}
    opened = re.compile(rf"(?m)^[ \t]*({_ARTICLE_WORDS})[ \t]+{re.escape(hit.value)}")
    for b in blocks:
        if hit.value not in b.text or (m := opened.search(b.text)) is None:
            continue
        for t in blocks:
            if any(title.group("word") in words for title in _TITLE_WITH_ARTICLE.finditer(t.text)):
                value = f"{m.group(1)} {hit.value}"
                return dataclasses.replace(hit, value=value, certain=False, reason=hit.reason or Reason.ARTICLE)
    return None


def _fullest_spelling(hit: Hit, blocks: Sequence[Block]) -> Hit:
    """Of two spellings of one name in the texts ("TV Podbeskydi s.r.o." in a hasty mail,
    "TV Podbeskydí s.r.o." in its attachment), the one with diacritics: the fuller one is
    how the name is written."""
    folded = _folded(hit.value).lower()
    if len(folded) < 4 or len(folded) != len(hit.value):
        return hit
    best, n = hit.value, len(folded)
    for b in blocks:
        text = b.text
        bare = _folded(text).lower()
        if len(bare) != len(text):
            continue  # a letter whose lower case is longer: the offsets differ
        at = bare.find(folded)
        while at >= 0:
            end = at + n
            whole = (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum())
            if whole and _marks(cand := text[at:end]) > _marks(best):
                best = cand
            at = bare.find(folded, at + 1)
    if best == hit.value:
        best = _fuller_words(best, blocks)
    return hit if best == hit.value else dataclasses.replace(hit, value=best)


_WORD_RUN = re.compile(r"[^\W\d_]{2,}(?:[ \t]+[^\W\d_]{2,})*")
"""Words of a name in a row, up to a comma, a digit or a legal form's dot."""


def _fuller_words(name: str, blocks: Sequence[Block]) -> str:
    """``name`` with each run of its words typed without diacritics ("Litomericky tydenik,
    spol. s r.o.") spelled as another text writes the same words with them ("Litoměřický
    týdeník" in the cover mail): the same letters in the same case, whole words only."""
    runs = [m for m in _WORD_RUN.finditer(name) if m.group().isascii() and len(m.group()) >= 5]
    if not runs:
        return name
    texts = [(b.text, unmarked(b.text)) for b in blocks if not b.text.isascii()]
    for m in reversed(runs):
        run, fuller = m.group(), m.group()
        for text, bare in texts:
            at = bare.find(run)
            while at >= 0 and fuller == run:
                end = at + len(run)
                if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                    fuller = text[at:end]
                at = bare.find(run, at + 1)
        name = name[: m.start()] + fuller + name[m.end() :]
    return name


_UP = "A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽĽĄĆĘŁŃŚŹŻÄÖÜŐŰ"


_GOVERNED_START = re.compile(
    rf"(?:^(?!{_CONNECTIVE}\s)[{_LOWER}]{{2,}}|(?:^|\s)(?:potřeb[yu]?|jménem|menom|zastoupení|"
    rf"zastúpení|účely|účel))\s+(?=[{_UP}]\w*(?:ého|ému|ou|ých|ým)\s)"
)
"""A lower-case word opening what was read as a name, or a governing noun ("potřeby", "jménem",
"zastoupení") inside it, right before a capitalised adjective in an oblique case ("… pro
potřeby Moravskoslezského deníku a.s."): the name starts at the adjective, which no nominative
name opens with. Not any lower-case word inside a name ("Nadační fond pro podporu Zlínského
kraje, z.s.", "Sdružení obcí Moravskoslezského kraje, z.s.")."""


def _after_governing_word(v: str) -> str | None:
    """What follows the last ``_GOVERNED_START`` inside what was read as a name; None without."""
    last = next(reversed(list(_GOVERNED_START.finditer(_without_legal_tail(v)))), None)
    return None if last is None else v[last.end() :]


_COMMA_NAME = re.compile(
    rf"(?<![\w.])(?P<name>(?:[{_UP}][\w&'’.-]*[ \t]){{0,4}}[{_UP}][\w&'’.-]*,[ \t]"
    rf"[{_LOWER}]{{3,}}(?:[ \t][{_LOWER}]+){{0,2}},?[ \t]?{_LEGAL})(?![\w])"
)
"""A name whose kind of business stands in lower case after a comma inside it, before its
legal form ("VYSOČINA DNES, vydavatelství s.r.o.", "Horal, výroba a obchod s.r.o."): the
capitalised words before the comma belong to it; where it starts is a guess (unsure)."""


_PLACE = rf"[{_UP}][\w'’-]*(?:\s+(?:(?:nad|pod|u|v|ve|na|pri|při|am|an|der|im|in|bei|ob|de|sur|sul)\s+)?[{_UP}][\w'’-]*){{0,3}}"
_MUNICIPALITY = re.compile(
    r"(?i)(?<!\w)(?P<kind>obec|m[ěe]sto|m[ěe]stys|statut[áa]rn[íi]\s+m[ěe]sto|mesto|gmina|miasto|"
    r"gemeinde|marktgemeinde|stadt|commune|comune|municipality\s+of|town\s+of|city\s+of)\s+"
    rf"(?P<place>(?-i:{_PLACE}))\s*[,(]?\s*(?:I[ČC]O?|IČ|REGON)\b"
)
"""A municipality written right before its IČO ("obec Vysoká Lhota (IČO …)", "mesto
Hradiste nad Jizerou (IC …)", "Gemeinde Bad Au, IČO …"): the legal person that applies -
not the office it runs ("Obecní úřad X") nor the newsletter it publishes."""


_GROUPED_ID = re.compile(r"\d(?:[ \u00a0]?\d){7}")
"""Eight digits, perhaps grouped by spaces as an IČO is often written ("286 41 396")."""


def _municipality_with_id(blocks: Sequence[Block], skip_kinds: tuple[Kind, ...]) -> Hit | None:
    """The municipality named before its IČO (``_MUNICIPALITY``), as the legal person is
    written ("Obec X", "Město X"): a guess from a sentence, never for certain."""
    for b, ln in lines_of(b for b in blocks if b.kind not in skip_kinds and _GROUPED_ID.search(b.text)):
        if (m := _MUNICIPALITY.search(ln.text) or _REGION.search(ln.text)) is not None and _FOUNDER_LABEL.search(
            ln.text, 0, m.start()
        ):
            continue  # "zřizovatel: město X, IČO organizace …": the founder of the body that applies
        if (m := _MUNICIPALITY.search(ln.text)) is not None:
            kind = " ".join(m.group("kind").split())
            return Hit(f"{kind[:1].upper()}{kind[1:]} {m.group('place')}", b.component, ln.no, False, Reason.SENTENCE)
        if (m := _REGION.search(ln.text)) is not None:
            return Hit(" ".join(m.group("name").split()), b.component, ln.no, False, Reason.SENTENCE)
    return _municipality_over_id(blocks, skip_kinds)


_MUNICIPALITY_HEAD = re.compile(
    r"^[^\S\n]*(?P<kind>(?=[OMSGTC])(?:Obec|M[ěe]sto|M[ěe]stys|Statut[áa]rn[íi]\s+m[ěe]sto|Mesto|Gmina|"
    r"Miasto|Gemeinde|Marktgemeinde|Stadt|Town\s+of|City\s+of|Municipality\s+of))\s+"
    rf"(?P<place>{_PLACE})[^\S\n]*(?:,|$)"
)
"""A line that opens with a municipality's name, capitalised as its legal name is, then a comma
(its address) or the line's end ("Město Hradec nad Svitavou, Náměstí 5, …", "Gmina Stare
Pole, ul. Główna 3", "Town of Greenvale"): a signature's or letterhead's address line."""
_ID_LINE = re.compile(r"^[^\S\n]*(?:I[ČC]O?|IČ|REGON)\b[^\S\n]*[:.]?[^\S\n]*\d")
"""A line that opens with an IČO's label and its number."""


def _municipality_over_id(blocks: Sequence[Block], skip_kinds: tuple[Kind, ...]) -> Hit | None:
    """The municipality whose name opens an address line right above a line with its IČO (a
    mayor's signature: "starostka / Město X, Náměstí 5, … / IČO: …"): the town applies, not
    the mayor who signs for it; never for certain (read by where it stands)."""
    for b in blocks:
        if b.kind in skip_kinds or b.kind is Kind.QUOTED or not _GROUPED_ID.search(b.text):
            continue
        for ln, below in zip(b.lines, b.lines[1:], strict=False):
            if (m := _MUNICIPALITY_HEAD.match(ln.text)) is None or not _ID_LINE.match(below.text):
                continue
            kind = " ".join(m.group("kind").split())
            return Hit(f"{kind} {m.group('place')}", b.component, ln.no, False, Reason.SENTENCE)
    return None


_FOUNDER_LABEL = re.compile(
    r"(?i)(?:zřizovatel\w*|zrizovatel\w*|zriaďovateľ\w*|zriadovatel\w*|träger\w*|trager|founder|"
    r"(?:founded|established)\s+by|założyciel\w*|zalozyciel\w*|organ\s+prowadz\w+|fondateur)"
    r"[^\S\n]*[:\-–]?[^\S\n]*(?:je[^\S\n]+|is[^\S\n]+)?(?:the[^\S\n]+)?$"
)
"""A founder's label right before a municipality or a region ("zřizovatel: město X", "Träger:
Stadt Y", "founded by the town of Z"): a contributory organisation's founder, which does not
apply for it."""


_REGION = re.compile(
    rf"(?<![\w-])(?P<name>[{_UP}][\w-]*(?:ý|ý\s+samosprávny|ký|ký\s+samosprávny)\s+kraj|"
    rf"(?:Kraj|Landkreis|Powiat|Województwo|Wojewodztwo|Bezirk)\s+[{_UP}][\w-]*(?:\s+[{_UP}][\w-]*)?)"
    r"\s*[,(]?\s*(?:I[ČC]O?|IČ|REGON)\b"
)
"""A region written right before its IČO ("Vysočanský kraj, IČ: …", "Trnavský samosprávny kraj
(IČO …)", "Kraj Vysočina", "Landkreis Hof, IČO …"): the self-governing region applies."""


"""A capital letter that opens a word of a name: Czech, Slovak, Polish, German, Hungarian."""
_UNIT_WORDS = (
    r"laborato\w*|katedr\w*|fakult\w*|ústav\w*|ustav\w*|odd[ěe]len\w*|centr\w*|"
    r"institut\w*|kabinet\w*|odbor\w*|st[řr]edisk\w*|lab|laboratory|department|faculty|"
    r"institute|cent(?:re|er)|school|division|unit|group|desk|wydzia\w*|zak[łl]ad\w*|instytut\w*|"
    r"lehrstuhl\w*|abteilung\w*|tansz[ée]k\w*|katedra|dipartiment\w*|d[ée]partement\w*|"
    r"departament\w*|istitut\w*|seminar\w*|sekce|section"
)
_UNIT_LAST = (
    r"osakond|instituut|teaduskond|laitos|tiedekunta|instituutti|fakult[āa]te|noda[ļl]a|"
    r"instit[ūu]ts|katedra|fakultetas|institutas|tansz[ée]k"
)
_UNIT = re.compile(rf"(?i)^(?:(?:{_UNIT_WORDS})\b|(?:[^\W\d_][\w-]*\s+){{1,3}}(?:{_UNIT_LAST})$)")
"""A word naming a part of a university (a faculty, a department, a lab), or a unit's name
whose head noun ends it, as Estonian, Finnish, Latvian, Lithuanian and Hungarian write it
("politoloogia osakond", "viestinnän laitos", "Politikas zinātnes katedra")."""
_UNIVERSITY_GENITIVE = re.compile(
    rf"(?:(?<=\s)|(?<=,\s))(?P<u>(?:[{_UP}][\w-]*\s+){{1,3}}(?:univerzity|vysoké\s+školy|vysoke\s+skoly)|"
    rf"(?:Univerzity|Vysoké\s+školy|Vysoke\s+skoly)(?:\s+[{_UP}][\w-]*){{1,3}}|"
    rf"(?:[{_UP}][\w-]*\s+){{0,3}}University(?:\s+of(?:\s+[{_UP}][\w-]*)+)?)$|"
    # a university named in the nominative after "of", "der", a comma ("Faculty of Arts of
    # Univerzita Jih", "Fakultät der Universität Nord", "Katedra X, Univerzita Jih")
    rf"(?:(?<=\sof\s)|(?<=\sder\s)|(?<=,\s))(?P<n>(?:Univerzita|Vysoká\s+škola|Vysoka\s+skola|"
    rf"Universität|Universitat|Uniwersytet|Université|Universidad|Università|Universiteit|"
    rf"Egyetem|Hochschule|Politechnika|Akademie|Akadémia)(?:\s+[{_UP}][\w-]*){{1,3}}|"
    rf"(?:[{_UP}][\w-]*\s+){{1,3}}(?:univerzita|vysoká\s+škola|vysoka\s+skola|Universität|"
    rf"Universitat|Hochschule|Uniwersytet|Egyetem|Akademie))$|"
    # a Polish university in the genitive ("Instytut X Uniwersytetu Nadodrzańskiego", "Wydział
    # Y Politechniki Wrocławskiej", "Katedra Z Uniwersytetu im. Adama Mickiewicza")
    rf"(?<=\s)(?P<p>(?:Uniwersytetu|Politechniki|Akademii|Szkoły)(?:\s+(?:im\.\s+)?[{_UP}][\w-]*){{1,4}})$"
)
"""The university a unit belongs to, at the end of the unit's name: "… Polabské univerzity",
"… Univerzity Tatry", "…, University of Eastham", or in the nominative after "of", "der" or a
comma: "Faculty of Arts of Univerzita Jih" (the legal person is the university)."""
_POSSESSIVE_AFTER = re.compile(r"^(\w+(?:ov|in))(?:y|u|ou|ě)$")
"""A possessive adjective's oblique case ("Masarykovy", "Masarykovou", "Karlově"): its stem."""
_NOMINATIVE = (
    (_POSSESSIVE_AFTER, r"\1a"),  # "Masarykovou", "Karlově": "Masarykova", "Karlova"
    (re.compile(r"(?i)^(univerzit|škol|skol)(?:y|ě|e|u|ou)$"), r"\1a"),
    (re.compile(r"(?i)^(akademi)(?:e|i|í)$"), r"\1e"),  # "akademii", "akademií": "akademie"
    (re.compile(r"(?i)^(akadémi)(?:e|i|ou|u)$"), r"\1a"),  # Slovak "akadémie": "akadémia"
    (re.compile(r"(?i)^(\w+[^\W\d_])(?:ou|ú|ej)$"), r"\1á"),  # "Západomoravskou", "Podunajskej"
    (re.compile(r"(?i)^(vysok\w*|\w+[sc]k|\w+)é$"), r"\1á"),
    (re.compile(r"(?i)^(\w+)e$"), r"\1a"),  # without diacritics: "Zapadoceske"
    (re.compile(r"^(\w+ov)y$"), r"\1a"),
)
"""Feminine oblique endings made nominative: "Polabské univerzity", "Polabskou univerzitu",
"Polabskou univerzitou", "Polabské univerzitě", "Podunajskej univerzity" are "Polabská
univerzita" ("Podunajská univerzita")."""


_UNIVERSITY_HEAD = (
    r"Univerzita|Univerzitě|Univerzite|Vysoká\s+škola|Vysoka\s+skola|Universität|Universitat|"
    r"Uniwersytet|Université|Universite|Universidad|Università|Universita|Universiteit|Egyetem|"
    r"Universitet|Hochschule|Politechnika|University|Akademie|Akadémia|Akademia|Academy|"
    r"Ülikool|Yliopisto|Universitāte|Universitetas"
)
_UNIVERSITY_AFTER = re.compile(
    # the words joining a unit to its university ("at", "of the", "an der", "na", "při", a
    # comma or a dash), any further units between them ("Katedra X, Fakulta Y, Univerzita Z")
    r"\s*(?:[,–—-]\s*)?(?:(?:at|of|der|an\s+der|am|na|při|pri|przy|de\s+la|de|della|del|"
    r"van\s+de|the)\s+|(?:de\s+l|dell|d)['’]\s*)*"
    rf"(?:[^,;()\n.]{{0,30}}?(?i:{_UNIT_WORDS})\b[^,;()\n.]{{0,60}},\s*)*"
    rf"(?P<u>(?:[{_UP}][\w-]*\s+){{0,3}}(?:(?<=\w\s)(?i:{_UNIVERSITY_HEAD})|{_UNIVERSITY_HEAD})"
    rf"(?:(?:\s+(?:(?:of|der|für|v|ve|w|we|de|di|in|u|nad|na|de\s+les|de\s+la|dels|del|della|delle|"
    rf"degli|des|du)\s+)?|\s+(?:de\s+l|dell|d)['’])[{_UP}][\w-]*){{0,6}})"
)
"""The university a unit is part of, written after the unit's name ("Institute of Political
Science at Technische Universität Oberlausitz", "Katedra sociologie, Fakulta …, Univerzita
Jih", "Lehrstuhl für Medien an der Universität Nord"): the legal person that applies."""


def _university_after(hit: Hit, blocks: Sequence[Block]) -> str | None:
    """The university named right after a unit's name on the unit's line (``_UNIVERSITY_AFTER``)."""
    for _b, ln in lines_of(b for b in blocks if b.component == hit.component):
        if ln.no != hit.line or (at := ln.text.find(hit.value)) < 0:
            continue
        m = _UNIVERSITY_AFTER.match(ln.text, at + len(hit.value))
        if m is not None and len(u := m.group("u").split()) >= 2:
            return " ".join(_name_opening_before(hit.value, u))
    return None


_NAME_OPENING = re.compile(rf"(?:^|\s)([{_UP}][\w-]*(?:á|ova|ina))$")
"""The capitalised adjectives a unit's name was cut before, at its end ("… of Středočeská",
"… at Masarykova", "… of Západočeská"): the first words of the university that follows."""


def _name_opening_before(unit: str, university: list[str]) -> list[str]:
    """``university``'s words with the capitalised adjective the unit's name ends with in
    front, where the university opens with its head noun in lower case ("Institute … of
    Středočeská" + "univerzita v Kladně"): a name never opens with its lower-case head, the
    adjective before it is the name's first word ("Technická univerzita v Liberci")."""
    if not university[0][:1].islower() or (m := _NAME_OPENING.search(unit)) is None:
        return university
    return university if _UNIT.match(m.group(1)) else [m.group(1), *university]


_SEAT_PLACE = (
    rf"(?:[{_UP}][\w-]*(?:é|ých|ych|ém|em|ej|ym|ím|im|ích|ich|ą|iej)\s+[{_UP}][\w-]*|"
    rf"[{_UP}][\w-]*\s+Králové(?!\w)|[{_UP}][\w-]*)"
    rf"(?:\s+(?:nad|pod|na|an\s+der)\s+[{_UP}][\w-]*)?"
)
"""A university's seat after "v", "w", "in" as its name writes it: one word, or two where
one is an adjective ("v Mladé Boleslavi", "v Českých Budějovicích", "w Nowym Sączu", "v Hradci
Králové"), with a river or a land after it ("v Ústí nad Labem", "ve Dvoře na Moravě")."""


_UNIVERSITY_FIELD_CELL = re.compile(
    rf"(?:[{_UP}][\w-]*\s+){{0,2}}(?:Univerzita|Vysok[áa]\s+[šs]kola|Akademie|Akadémia)"
    rf"(?:\s+(?:a\s+)?(?!\w*(?:uje|ují|ujú)(?!\w))[{_LOWER}]{{2,}}){{1,4}}"
    rf"(?:\s+(?:v|ve|na|nad)\s+{_SEAT_PLACE})?"
)
"""A university's nominative name with its field in lower-case words, a seat after them, a
cell of its own ("Vysoká škola podnikání a práva", "Akademie múzických umění v Praze")."""


def _university_beside(hit: Hit, blocks: Sequence[Block]) -> str | None:
    """The university of a unit named on a line of its own, as a letterhead or a signature
    stacks them: on the line right after or right before the unit's ("Fakulta X /
    Polabská univerzita v Nymburce", "Universität Nord / Lehrstuhl für Medien"), else
    wherever the text names the same unit with its university ("Fakulta X Polabské
    univerzity v Nymburce řeší …")."""
    lines = [ln for _b, ln in lines_of(b for b in blocks if b.component == hit.component)]
    for i, ln in enumerate(lines):
        if ln.no != hit.line or hit.value not in ln.text:
            continue
        for other in (*lines[i + 1 : i + 2], *lines[max(0, i - 1) : i]):
            cell = _HEAD_CELLS.split(other.text.strip())[0]
            if (m := _UNIVERSITY_AFTER.fullmatch(cell)) is not None and len(m.group("u").split()) >= 2:
                return " ".join(m.group("u").split())
            if _UNIVERSITY_FIELD_CELL.fullmatch(cell.strip()):  # "Vysoká škola podnikání a práva"
                return " ".join(cell.split())
    for _b, ln in lines_of(blocks):
        if (at := ln.text.find(hit.value)) >= 0 and (uni := _university_of_unit_in(ln.text[at:], blocks)):
            return uni
    return None


_UNIVERSITY_WORDS = (
    r"univerzit\w*|universit\w*|uniwersytet\w*|vysok\w+\s+[šs]kol\w*|egyetem\w*|"
    r"hochschule|politechnik\w*|akademi\w*|akadémi\w*|college"
)
_UNIVERSITY_WORD = re.compile(rf"(?i)\b(?:{_UNIVERSITY_WORDS})")
"""A word naming a university in any of the languages read: never a person's name."""
_UNIT_AFTER_UNIVERSITY = re.compile(
    rf"^(?P<u>.*?(?i:{_UNIVERSITY_WORDS})(?:\s+[^\W\d_][\w-]*){{0,4}}?)"
    rf"(?:\s*(?:[,;|/\t•·–—]|\s-)\s*|[ \t]+(?=[{_UP}]))"
    rf"(?P<unit>(?:[^\W\d_][\w-]*\s+){{0,2}}(?i:{_UNIT_WORDS})\b.*)$"
)
"""A university and one of its units written after it in the same value: after a comma, a
cell's border, a dash, or capitalised right after the university's name ("Západočeská
technická univerzita v Plzni, Fakulta sociálních věd", "Univerzita Karlova | Filozofická
fakulta", "University of Eastham – Department of Politics"): the university applies."""


def without_unit_after_university(hit: Hit) -> Hit:
    """``hit`` without a unit of its university written after the university's name
    (``_UNIT_AFTER_UNIVERSITY``), the certainty kept: the university is what was written;
    not when the rest carries a legal form of its own (an institute that is a legal entity,
    "Akademie věd ČR, Ústav X, v. v. i."), nor when the university's part has no capitalised
    word of a name."""
    m = _UNIT_AFTER_UNIVERSITY.match(hit.value)
    if m is None or _has_legal_form(m.group("unit")):
        return hit
    uni = m.group("u").strip(" ,;|/-–—")
    if len(uni.split()) < 2 or not uni[:1].isupper():
        return hit
    return dataclasses.replace(hit, value=uni)


def _university_before(hit: Hit, blocks: Sequence[Block]) -> str | None:
    """The university acted for (``_UNIVERSITY_ACTED_FOR``) written right before a unit's name
    on its line, a comma or a dash between them ("jménem Univerzity Podhůří – Fakulty X, IČO
    …"), as ``_university_acted_for`` reads it."""
    for _b, ln in lines_of(b for b in blocks if b.component == hit.component):
        if ln.no != hit.line or (at := ln.text.find(hit.value)) < 0:
            continue
        m = _UNIVERSITY_ACTED_FOR.search(ln.text, 0, at)
        if m is not None and not ln.text[m.end() : at].strip(" ,–—-"):
            return _acted_name(m, blocks)
    return None


_NAMED_FACULTY = re.compile(rf"^[{_UP}]\w+(?:á|ý|é)\s+(?:fakulta|katedra|fakulty|katedry)$")
"""A faculty or a department named by an adjective before its noun ("Pedagogická fakulta"):
a unit of a university, no legal entity."""


def university_of_unit(hit: Hit, blocks: Sequence[Block]) -> Hit:
    """A unit of a university ("Laboratoř volebních analýz Polabské univerzity", "Department
    of Politics, University of Eastham") as the legal entity that applies: the university as
    the text writes it with the same stems (a signature's "Polabská univerzita"), else its
    name made nominative; never for certain."""
    if not _UNIT.match(hit.value) and not _NAMED_FACULTY.match(hit.value):
        return hit
    if (m := _UNIVERSITY_GENITIVE.search(hit.value)) is None:
        after = (
            _university_after(hit, blocks)
            or _university_before(hit, blocks)
            or _university_of_unit_in(hit.value, blocks)
            or _university_beside(hit, blocks)
        )
        return hit if after is None else Hit(after, hit.component, hit.line, False, Reason.SENTENCE)
    if m.group("p") is not None:
        return Hit(_polish_nominative(m.group("p").split()), hit.component, hit.line, False, Reason.SENTENCE)
    uni = m.group("u") or m.group("n")
    if m.group("n") is None and "University" not in uni:
        stems = _stems(uni)
        written = (c for _, ln in lines_of(blocks) for c in _HEAD_CELLS.split(ln.text) if _stems(c) == stems)
        uni = next(written, None) or _nominative_name(uni.split())
    return Hit(uni.strip(), hit.component, hit.line, False, Reason.SENTENCE)


_POLISH_NOMINATIVE = (
    (re.compile(r"^(Uniwersytet|Instytut)u$"), r"\1"),
    (re.compile(r"^(Politechnik|Akademi)i$"), r"\1a"),
    (re.compile(r"^Szkoły$"), "Szkoła"),
    (re.compile(r"^(\w+[kg]i)ego$"), r"\1"),  # "Nadodrzańskiego", "Jagiellońskiego": "-ski"
    (re.compile(r"^(\w+)ego$"), r"\1y"),  # "Medycznego": "Medyczny"
    (re.compile(r"^([\w-]+[kg])iej$"), r"\1a"),  # "Wrocławskiej", "Drogiej": "-ska", "-ga"
    (re.compile(r"^([\w-]+)ej$"), r"\1a"),  # "Głównej", "Górniczo-Hutniczej": "-na", "-cza"
)
"""A Polish university's genitive words made nominative: the head noun ("Uniwersytetu",
"Politechniki", "Akademii") and its adjectives ("Nadodrzańskiego", "Wrocławskiej")."""


def _polish_nominative(words: Sequence[str]) -> str:
    """A Polish university's genitive name made nominative ("Uniwersytetu Nadodrzańskiego"
    → "Uniwersytet Nadodrzański"); the patron after "im." keeps the genitive, which is the
    name's own ("Uniwersytet im. Adama Mickiewicza")."""
    out: list[str] = []
    patron = False
    for w in words:
        patron = patron or w == "im."
        if not patron:
            w = next((pat.sub(rep, w) for pat, rep in _POLISH_NOMINATIVE if pat.match(w)), w)
        out.append(w)
    return " ".join(out)


_LOWER_COMPLEMENT = (
    rf"(?:\s+(?:a\s+)?(?!(?:je|sú|jsou|sídlí|sídli|má|bude|byla)\s)(?![\w]*(?:uje|ují|ujú|ujeme)(?!\w))"
    rf"[{_LOWER}]{{2,}}(?![\w.])){{1,4}}"
)
"""A university's field in lower-case words after its head noun ("regionálního rozvoje",
"obrany", "ekonomie a managementu", "múzických umení"), no verb of the sentence."""
_UNIVERSITY_PLACE = re.compile(
    rf"(?:(?:[{_UP}][\w-]*\s+){{1,3}}(?i:univerzit(?:[ayěeu]|ou)|vysok(?:[éáeaýú]|ou|ej)\s+škol(?:[ayeěu]|ou)|"
    rf"vysok(?:[eayu]|ou|ej)\s+skol(?:[ayeu]|ou)|uniwersytet\w*|universit\w*|akademi[ea]|hochschule)(?:{_LOWER_COMPLEMENT})?|"
    rf"(?:Uniwersytet|Universit|Akademi|Univerzit|Hochschule|Vysok\w+\s+[šs]kol)\w*(?:\s+(?:(?:sv\.|a)\s+)?[{_UP}][\w-]*){{1,3}}|"
    rf"(?:Vysok\w+\s+[šs]kol|Univerzit|Akademi|Akadémi)\w*{_LOWER_COMPLEMENT})"
    rf"\s+(?:v|ve|w|we|in|im|an\s+der|na|nad)\s+{_SEAT_PLACE}"
)
"""A university named with its seat ("Podunajskej univerzity v Trnave", "Uniwersytet
Nadwiślański w Płocku", "Hochschule Nord in Kiel"): the place is part of the name."""


def _university_with_place(lead: str, blocks: Sequence[Block]) -> str | None:
    """The university with its seat written in the words before an IČO, as the texts write it
    elsewhere with the same stems (a signature's nominative), else made nominative."""
    m = _UNIVERSITY_PLACE.search(lead)
    if m is None:
        return None
    found = m.group().split()
    at = next(i for i, w in enumerate(found) if w.casefold() in _SEAT_WORDS)
    for words in (found[k:] for k in range(at)):  # the words before may be the sentence's
        for _, ln in lines_of(blocks):
            for cell in _HEAD_CELLS.split(ln.text):
                if _same_declined(cell.split(), words):
                    return cell.strip()
    words = found[_sentence_words(found[:at]) :]
    at -= len(found) - len(words)
    return " ".join([_nominative_name(words[:at]), *words[at:]])


def _university_in_sentence(blocks: Sequence[Block]) -> Hit | None:
    """A university named with its seat in a sentence, in any case ("zastupuji Jihočeskou
    vysokou školu v Táboře", "přidělte Středočeské univerzitě v Kolíně"), as the text writes it
    elsewhere in the nominative, else made nominative (never certain)."""
    for b, ln in lines_of(blocks):
        if b.kind is Kind.QUOTED or len(ln.text) > _LONG or (m := _UNIVERSITY_PLACE.search(ln.text)) is None:
            continue
        found = m.group().split()
        lead = found[: _sentence_words(found[: next(i for i, w in enumerate(found) if w.casefold() in _SEAT_WORDS)])]
        if not _ON_BEHALF_END.search(" ".join([ln.text[: m.start()], *lead])):
            continue  # "ve spolupráci s Ostravskou univerzitou", "absolvent Masarykovy univerzity"
        if (uni := _university_with_place(m.group(), blocks)) is not None:
            return Hit(uni, b.component, ln.no, False, Reason.SENTENCE)
    return None


_UNIVERSITY_ACTED_FOR = re.compile(
    r"(?i:(?:^|\s)(?:jm[ée]nem|menom|v\s+mene|za|namens|on\s+behalf\s+of(?:\s+the)?|w\s+imieniu|"
    r"zastupuj\w*|zastupujem\w*|represent\w*|"
    # or the words naming it the operator or the banner of a medium or unit it runs ("které
    # provozuje", "provozovatelem je", "prevádzkovateľom je", "pod hlavičkou", "run by")
    r"provozuj[ei]|prevádzkuj[eú]|(?:provozovatel|prevádzkovate[lľ])(?:em|om)?(?:\s+[^\W\d_]+){0,4}?\s+(?:je|jsou|:)|"
    r"provozovan[áéýou]\w*|prevádzkovan[áéýou]\w*|pod\s+(?:hlavičkou|hlavickou|záštitou|zastitou)|"
    r"(?:run|operated)\s+by(?:\s+the)?|"
    # or a medium or unit it runs, its name, then "při", "na", "pri", "at" or the university
    # in the genitive ("Rádio Kampus při Vysoké škole …", "televize TVK na Univerzitě …",
    # "Studentské rádio Univerzity …", "Studentský časopis Výšky, Vysoké školy …")
    # (not one the writer works for or worked in: "pro časopis …", "for the radio of …")
    r"(?<!pro\s)(?<!pre\s)(?<!for\s)(?<!für\s)(?<!\sv\s)(?<!\sve\s)(?<!\sdo\s)"
    r"(?:r[áa]di\w*|televiz\w*|televízi\w*|redakc\w*|[čc]asopis\w*|magaz[íi]n\w*|zpravodaj\w*|"
    r"spravodaj\w*|podcast\w*|student\s+(?:radio|tv|television|magazine|newspaper|paper))"
    rf"(?:(?:\s+[\w\"„“”-]+){{0,3}}?\s+(?:při|pri|na|at|of(?:\s+the)?)|"
    rf"(?-i:(?:\s+[\"„“]?[{_UP}][\w-]*[\"“”]?){{0,3}}),?)"
    r")(?:\s+(?:naší|naši|našej|nasi|nasej|our))?\s+)"
    rf"(?P<u>(?:[{_UP}][\w-]*\s+){{1,3}}(?i:univerzit(?:[ayěeu]|ou)|vysok(?:[éáeaýú]|ou|ej)\s+[šs]kol(?:[ayeěu]|ou)|"
    r"akad[eé]mi(?:[aeiuí]|ou))"
    rf"(?:\s+[{_UP}][\w-]*){{0,2}}|"
    rf"(?:Univerzit\w*|Vysok\w+\s+[šs]kol\w*|Akademi\w*|Akadémi\w*)(?:\s+[{_UP}][\w-]*){{1,3}}|"
    # the head first, its field in lower-case adjectives after it ("Vysokou školu
    # polytechnickou Kladno", "Univerzity obranné"), a place or a name after them
    rf"(?:Univerzit\w*|Vysok\w+\s+[šs]kol\w*|Akademi\w*|Akadémi\w*)(?:\s+[{_LOWER}]{{3,}}(?:ou|é|á|ej|ú|ém|ého)){{1,2}}"
    rf"(?:\s+[{_UP}][\w-]*){{0,3}}|"
    # the head, its field in lower-case genitive words ("Vysoké školy regionálního rozvoje",
    # "Univerzitu obrany"), its seat after them
    # or the seat's name right after them, as a name writes it undeclined ("Vysoké školy
    # mediálních studií Kladno")
    rf"(?:Univerzit\w*|Vysok\w+\s+[šs]kol\w*|Akademi\w*|Akadémi\w*){_LOWER_COMPLEMENT}"
    rf"(?:(?=\s+(?:v|ve|na|nad)\s+[{_UP}])|(?:\s+[{_UP}][\w-]*){{1,2}}))"
    r"(?=\s*(?:[,(;:.!?]|[–—-]\s|\s[a-záčďéěíňóřšťúůýžľĺŕô]|$))"
)
"""A university named in any case right after the words of acting for it ("jménem Vysoké
školy Pobeskydí, IČ …", "za Univerzitu Jih žádáme", "v mene Podunajskej univerzity"), its
name ended by punctuation or a lower-case word of the sentence: the applicant, whatever
unit, programme or student medium of it the request is for (a faculty's TV is no legal
entity)."""


def _university_acted_for(blocks: Sequence[Block]) -> Hit | None:
    """The university acted for (``_UNIVERSITY_ACTED_FOR``) as the text writes it elsewhere
    with the same stems (a signature's nominative), else made nominative; never certain."""
    for b, ln in lines_of(blocks):
        if b.kind is Kind.QUOTED or len(ln.text) > _LONG or (m := _UNIVERSITY_ACTED_FOR.search(ln.text)) is None:
            continue
        seat = _UNIVERSITY_PLACE.match(ln.text, m.start("u"))  # "… vysokou školu v Táboře"
        uni = _university_with_place(seat.group(), blocks) if seat is not None else None
        return Hit(uni or _acted_name(m, blocks), b.component, ln.no, False, Reason.SENTENCE)
    return None


def _acted_name(m: re.Match[str], blocks: Sequence[Block]) -> str:
    """The university of an ``_UNIVERSITY_ACTED_FOR`` match as the text writes it elsewhere
    with the same stems (a signature's nominative), else made nominative."""
    words = m.group("u").split()
    stems = _stems(" ".join(words))
    after = " ".join(m.string[m.end("u") :].split())
    for _, o in lines_of(blocks):
        for cell in _HEAD_CELLS.split(o.text):
            head = cell.split()[: len(words)]
            if _stems(cell) == stems or (
                # written in full elsewhere, its further words (an undeclined complement,
                # "umění a médií") the same right after the name in the sentence
                (head == words or _same_declined(head, words))
                and len(cell.split()) > len(words)
                and (after + " ").startswith(" ".join(cell.split()[len(words) :]) + " ")
            ):
                return cell.strip()
    return _nominative_name(words)


_SENTENCE_LEAD = re.compile(r"(?i)jm[ée]nem|menom|mene|za|pro|pre|namens|im|names|on|behalf|for|w|imieniu|od")
_ON_BEHALF_END = re.compile(
    r"(?i)(?:^|\s)(?:jm[ée]nem|menom|za|pro|pre|namens|behalf\s+of|for|imieniu|zastupuj\w*|"
    r"zastupujem\w*|p[řr]id[ěe]l(?:te|it)|prideľte|součástí|súčasťou|part\s+of)(?:\s+(?:prosím|prosim|tímto|timto))?\s*$"
)
"""The words of acting for or giving to the university right before its name ("zastupuji",
"přidělte", "jménem", "za") or of a unit being part of it ("součástí"), not a partner or a school attended ("s …", "absolvent …")."""


def _sentence_words(words: Sequence[str]) -> int:
    """How many of the words opening a university's name are the sentence's ("Jménem", "Za")."""
    n = 0
    while n < len(words) - 1 and _SENTENCE_LEAD.fullmatch(words[n]):
        n += 1
    return n


_SEAT_WORDS = frozenset({"v", "ve", "w", "we", "in", "im", "an", "na", "nad"})
_SEAT_JOINS = frozenset({"nad", "pod", "an", "am", "der", "na"})
"""Words inside a seat's place name ("Ústí nad Labem", "Frankfurt an der Oder")."""


def _same_declined(one: list[str], other: list[str]) -> bool:
    """The same words but for their case endings ("Podunajskej univerzity v Trnave" and
    "Podunajská univerzita v Trnave"): as many words, each pair sharing all but its last three
    letters (at least three)."""
    if len(one) != len(other) or one == other:
        return False
    for a, b in zip(one, other, strict=True):
        n = max(3, min(len(a), len(b)) - 3)
        if a.casefold()[:n] != b.casefold()[:n]:
            return False
    return True


_HEAD_FIRST = re.compile(r"(?i)univerzit\w*|vysok\w*|škol\w*|skol\w*|akad[eé]mi\w*")
def _nominative_name(words: Sequence[str]) -> str:
    """A university's genitive name made nominative: all of it when its adjectives stand
    before the head noun ("Polabské univerzity"), else the head noun and a possessive
    adjective after it ("Univerzity Karlovy" → "Univerzita Karlova"), an adjective in lower
    case ("Vysoké školy báňské"), never a place or a person named after it, whose form is
    the name's own ("Univerzity Hradec Králové", "Univerzity Jana Ámose v Přerově")."""
    if not words or not _HEAD_FIRST.fullmatch(words[0]) or words[0][:1].islower():
        return " ".join(_nominative(w) for w in words)
    n = 2 if words[0].lower().startswith("vysok") else 1  # "Vysoké školy …": two words
    head = [_nominative(w) for w in words[:n]]
    rest: list[str] = []
    agrees = True  # the head's own adjectives, until a complement of its own case begins
    for w in words[n:]:
        agrees = agrees and (not w[:1].islower() or w == "a" or bool(_FEMININE_OBLIQUE.fullmatch(w)))
        rest.append((_nominative(w) if agrees else w) if w[:1].islower() else _POSSESSIVE_AFTER.sub(r"\1a", w))
    return " ".join([*head, *rest])


_FEMININE_OBLIQUE = re.compile(r"(?i)[^\W\d_]+(?:é|ou|ej|ú|í|[sckn]e)")
"""A feminine adjective's oblique ending ("báňské", "polytechnickou", "správní",
"Podunajskej", without diacritics "banske"): an adjective agreeing with a university's head
noun, made nominative with it; a genitive complement ("regionálního rozvoje", "obrany")
keeps its own case."""


def _nominative(word: str) -> str:
    for rx, to in _NOMINATIVE:
        if rx.match(word):
            return rx.sub(to, word)
    return word


_UNIT_OF_UNIVERSITY = re.compile(
    rf"(?<![\w-])(?:(?:[{_UP}]\w+(?:[éáý]|ou|ú)\s+)?(?:Fakult(?:[ayěu]|ou)|fakult(?:[ayěu]|ou)|katedr(?:[ayěu]|ou))|"
    r"Katedr(?:[ayěu]|ou)|Ústav(?:u|em)?|Ustav(?:u|em)?|Oddělení|Oddelenie|Institut(?:u|em)?|Faculty|"
    r"Department|Fakultät|Wydział|Lehrstuhl|Laborato[řr]\w*|Laboratóri\w+|Kabinet|Centrum|"
    r"St[řr]edisk[oa]|Sekce|Sekcia|Laboratory)(?:\s+[^\W\d_][\w-]*){0,5}?\s+"
    rf"(?P<u>(?P<adj>[{_UP}][\w-]*\s+(?:[{_UP}][\w-]*\s+|[^\W\d_]+(?:ské|cké|ní|ej|é)\s+)?)?(?P<head>(?(adj)(?i:univerzit[yěa]|akad[eé]mi[ea]|"
    r"vysok[éeáa]\s+škol[ya]|vysokej\s+školy)|(?:Univerzit[yěa]|Akad[eé]mi[ea]|Vysok[éeáa]\s+škol[ya]|"
    r"Vysokej\s+školy)))(?P<rest>[^(),;:\n]{0,80}))"
)
"""A unit of a university written with its university in the genitive after it, in a sentence
("Fakulta masmediálnej komunikácie Univerzity sv. Cyrila a Metoda v Trnave žiada",
"Fakulta X Západočeské akademie věd a umění (IČO …)"): the university applies."""
_HEAD_NOMINATIVE = {"univerzity": "univerzita", "univerzitě": "univerzita", "akadémie": "akadémia",
                    "školy": "škola", "vysoké": "vysoká", "vysokej": "vysoká", "vysoke": "vysoka"}


_SENTENCE_BREAK = re.compile(rf"(?<=[^\W\d_]{{4}})\.\s+(?=[{_UP}])")
"""A sentence's end after a word of four letters or more (no abbreviation: "sv.", "Dr.")."""


def _university_of_unit_in(text: str, blocks: Sequence[Block]) -> str | None:
    """The university of a unit named in ``text`` (``_UNIT_OF_UNIVERSITY``), up to the first
    word of the sentence after it, as the text writes it elsewhere with the same stems (a
    letterhead's "Západočeská akademie věd a umění"), else its head made nominative."""
    if (m := _UNIT_OF_UNIVERSITY.search(text)) is None:
        return None
    rest: list[str] = []
    seated = False
    for w in _SENTENCE_BREAK.split(m.group("rest"), 1)[0].rstrip(" .").split():
        after_seat = seated and w.casefold() not in _SEAT_JOINS  # "v Ústí nad Labem": the seat's own
        if w[:1].islower() and (after_seat or _VERB_ENDING.fullmatch(w) or _SENTENCE_INSIDE.fullmatch(w)):
            break  # the sentence's verb ("žiada", "provozuje"), any word after the seat, ends the name
        seated = seated or (bool(rest) and rest[-1].casefold() in _SEAT_WORDS and w[:1].isupper())
        rest.append(w)
    while seated and rest[-1].casefold() in _SEAT_JOINS:  # "v Tišnově na webu": the sentence's
        rest.pop()
    words = [*m.group("u")[: m.start("rest") - m.start("u")].split(), *rest]
    stems = _stems(" ".join(words))
    for _, ln in lines_of(blocks):
        for cell in _HEAD_CELLS.split(ln.text):
            if cell.strip() and _stems(cell) == stems:
                return cell.strip()
    head_at = len((m.group("adj") or "").split())
    made = [_nominative(w) for w in words[:head_at]]
    for w in words[head_at : head_at + len(m.group("head").split())]:
        low = _HEAD_NOMINATIVE.get(w.casefold(), w.casefold())
        made.append(low[:1].upper() + low[1:] if w[:1].isupper() else low)
    return " ".join([*made, *words[len(made) :]])


def _university_below(b: Block, ln: Line) -> str | None:
    """The university named alone on the line right below a unit's line (a signature's
    stack: "Politoloogia osakond" over "Lõuna-Eesti Ülikool")."""
    at = next((i for i, x in enumerate(b.lines) if x is ln), -1)
    below = next((x.text.strip() for x in b.lines[at + 1 :] if x.text.strip()), "")
    m = _UNIVERSITY_AFTER.fullmatch(below) if 0 < len(below) < 80 else None
    return " ".join(m.group("u").split()) if m is not None and len(m.group("u").split()) >= 2 else None


_POLISH_UNIT = re.compile(
    r"(?=[WZKIPC])\b(?:Wydział|Zakład|Katedra|Instytut|Pracownia|Centrum)(?:\s+[^\W\d_][\w-]*){1,6}?\s+"
    rf"(?P<p>(?:Uniwersytetu|Politechniki|Akademii)(?:\s+(?:im\.\s+)?[{_UP}][\w-]*){{1,4}})"
)
"""A Polish university's unit naming its university in the genitive ("Wydział Informatyki
Politechniki Wrocławskiej prosi …", "Katedra X Uniwersytetu im. Jana Nowaka"): the
university applies."""


def _unit_of_university(blocks: Sequence[Block]) -> Hit | None:
    for b, ln in lines_of(blocks):
        if b.kind is Kind.QUOTED or len(ln.text) > _LONG:
            continue
        if len(ln.text) < 60 and _UNIT.match(ln.text.strip()) and (uni := _university_below(b, ln)):
            return Hit(uni, b.component, ln.no, False, Reason.SIGNATURE)  # "Viestinnän laitos⏎Itä-Hämeen yliopisto"
        if (uni := _university_of_unit_in(ln.text, blocks)) is not None and len(uni.split()) >= 2:
            return Hit(uni, b.component, ln.no, False, Reason.SENTENCE)
        if (m := _POLISH_UNIT.search(ln.text)) is not None:
            return Hit(_polish_nominative(m.group("p").split()), b.component, ln.no, False, Reason.SENTENCE)
    return None


_PREPOSITION_PHRASE = re.compile(
    r"(?i)^(?:za|pro|pre|od|na|ve|vo|v|zo|z|ze|pri|při|cez|přes|jménem|jmenem|menom|for|of|from|by|at|on|"
    r"für|fur|im|namens|pour|de|par|per|para|dla|w|od)\s+(?-i:[a-záčďéěíňóřšťúůýžľĺŕôäöüßàâçèêëîïùû\s]+)$"
)
"""A preposition and lower-case words only ("Za univerzitu", "For the university", "Pro naši
redakci"): the sentence's opening, never a name (whose own words are capitalised)."""


def _find_organization(blocks: Sequence[Block], skip_kinds: tuple[Kind, ...], office_ico: str) -> Hit | None:
    """A labelled name, a name with a legal form, a labelled person applying for themselves,
    a name before its IČO, a letterhead, an institution, "we are …"."""
    usable = [b for b in blocks if b.kind not in skip_kinds]
    labelled = _labelled(usable)
    if labelled is not None and labelled.reason is not Reason.NATURAL_PERSON:
        return labelled
    if labelled is not None and (registered := _registered_name(usable)) is not None:
        if registered.component == labelled.component:
            return registered  # "Žadatel: Jan Malý, podnikající pod obchodní firmou „Jan Malý – Foto“"
    if (legal := _by_prefix_form(usable) or _by_legal_form(usable)) is not None:
        if labelled is not None and legal.certain and _key(labelled.value) not in _key(legal.value):
            # the labelled applicant, read as a person's name, is a rival the label names
            return dataclasses.replace(legal, certain=False, reason=Reason.OTHER_CANDIDATE)
        return legal
    if labelled is not None:
        return labelled
    if (trade := _trade_before_id_bracket(usable)) is not None:
        return trade
    for b, ln in lines_of(usable):
        m = _BEFORE_ID.search(ln.text)
        if m and m.group("owner") and (owner := _clean(m.group("owner"))):
            return Hit(owner, b.component, ln.no, False, Reason.SENTENCE)  # the publisher
        lead = _GREETING.sub("", m.group("v")).strip() if m else ""
        if _UNIT.match(lead) and _UNIVERSITY_GENITIVE.search(lead):  # before a cut at "of"
            return university_of_unit(Hit(lead, b.component, ln.no, False, Reason.SENTENCE), usable)
        if m and (uni := _university_with_place(lead, usable)) is not None:
            return Hit(uni, b.component, ln.no, False, Reason.SENTENCE)
        if m and lead[:1].isupper() and (v := _clean(_STOP.sub("", lead))) and clean_name(v) is None:
            if _PREPOSITION_PHRASE.match(v):
                continue  # "Za univerzitu (IČO …)": a preposition and a common noun, no name
            return Hit(v, b.component, ln.no, False, Reason.SENTENCE)
    return (
        _registered_name(usable)
        or _bracketed_with_ico(usable)
        or _trade_name_with_ico(usable)
        or _freelancer_bracketed_trade(usable)
        or _periodical_with_ico(usable)
        or _person_with_ico(usable)
        or _letterhead(usable, office_ico)
        or _unit_of_university(usable)
        or _university_acted_for(usable)
        or _institution(usable)
        or _we_are(usable)
        or _university_in_sentence(usable)
        or _abbreviated(usable)
        or _lower_case_before_ico(usable)
        or _address_head(usable)
        or _body_heading(usable)
        or _lower_case_legal_name(usable)
    )


_PERSON_ICO = re.compile(
    r"(?:^|[.;:,]\s+)(?P<name>[^\W\d_][^\W\d_'’ -]*(?:[ -][^\W\d_][^\W\d_'’-]*){1,3})\s*[,(]?\s*"
    r"(?:I[ČC]O?|IČ|REGON|Company\s+ID)\b\s*[:.]?\s*(?P<id>\d[\d ]{6,10}\d)"
)
"""A name written right before an identifier of a business ("Jiří Beneš, IČO 88120431",
"Ing. Eva Malá (IČ: 12345679)"): with a person's name, a sole trader."""
_ID_WORD = re.compile(r"I[ČC]|REGON|Company\s+ID")


def _person_with_ico(blocks: Sequence[Block]) -> Hit | None:
    """A person named right before an IČO that checks (``_PERSON_ICO``): a natural person in
    business applies for themselves, their name is the organisation; never for certain (the
    name is a person's, read by where it stands)."""
    for b, ln in lines_of(b for b in blocks if b.kind is not Kind.QUOTED and _ID_WORD.search(b.text)):
        for m in _PERSON_ICO.finditer(ln.text):
            ico = m.group("id").replace(" ", "")
            if len(ico) == 8 and ico_valid(ico) and (name := clean_name(m.group("name"))):
                return Hit(name, b.component, ln.no, False, Reason.NATURAL_PERSON)
    return None


_TRADE_BEFORE_ICO = re.compile(
    rf"(?P<cue>\b(?:pod\s+(?:obchodn[íi]m\s+)?(?:n[áa]zvem|jm[ée]nem|menom|n[áa]zvom|nazw[ąa])|"
    rf"under\s+the\s+(?:name|trade\s+name)|trading\s+as|unter\s+dem\s+Namen|jako|ako|as|als)\s+)?"
    rf"(?P<name>[{_UP}][\w'’&.-]*(?:\s+(?:[–—-]\s+)?[{_UP}][\w'’&.-]*){{1,5}})\s*[,(]?\s*"
    r"(?:I[ČC]O?|IČ|REGON|Company\s+ID)\b\s*[:.]?\s*(?P<id>\d[\d ]{6,10}\d)"
)
"""A name right before a business's identifier, as a sole trader writes their trade name
("podnikám pod názvem Foto Dvořák (IČO …)", "jako Foto Blažek – Ondřej Blažek (IČO …)",
"trading as Kite Studio Films, Company ID …")."""


_BRACKETED_WITH_ICO = re.compile(
    rf"[(\[]\s*(?P<name>[{_UP}\"„“»][^()\[\]\n,;:]{{2,80}}?)\s*[,;]\s*"
    r"(?:I[ČC]O?|IČ|REGON|Company\s+ID|Reg(?:istration)?\.?\s*No\.?)\b\s*[:.]?\s*(?P<id>\d[\d ]{6,10}\d)\s*[)\]]"
)
"""A name in brackets with its identifier, in apposition to the words before it ("jsme malý
spolek (Spolek pro X, IČO …)", "our publisher (Y Media, Company ID …)"): the entity that
the brackets identify."""


def _bracketed_with_ico(blocks: Sequence[Block]) -> Hit | None:
    """The name of ``_BRACKETED_WITH_ICO`` beside eight digits (a number failing the checksum
    is still written as the entity's identifier); never for certain (read from a sentence)."""
    for b, ln in lines_of(b for b in blocks if b.kind is not Kind.QUOTED and _ID_WORD.search(b.text)):
        if "(" not in ln.text and "[" not in ln.text:
            continue
        for m in _BRACKETED_WITH_ICO.finditer(ln.text):
            ico = m.group("id").replace(" ", "")
            if len(ico) == 8 and (v := _clean(m.group("name"))) and not works_on_own_account(v):
                return Hit(v, b.component, ln.no, False, Reason.SENTENCE)
    return None


_REGISTERED_AS = re.compile(
    # a verb of registering, a few words ("in the trade register"), the word naming the name
    r"\b(?i:(?:registered|zaps[áa]n\w*|zap[íi]san\w*|eingetragen|registr(?:ert|erad|eret))"
    r"(?:\s+[^\W\d_]+){0,3}?\s+(?:as|under(?:\s+the\s+name)?|jako|ako|pod|als|unter|som)|"
    r"trad(?:ing|es)\s+as|under\s+the\s+(?:trade|business)\s+name|"
    r"(?:business|trade|registered)\s+name(?:\s+is)?|obchodn(?:[íié]|[ýy]m|ou)\s+(?:firm(?:[auyěą]|ou)|men\w*)|"
    r"podnik[áa]\w*\s+pod\s+(?:obchodn\w+\s+)?(?:n[áa]zvem|jm[ée]nem|menom|n[áa]zvom)|"
    r"dzia[łl]alno[śs]\w*(?:\s+gospodarcz\w+)?\s+pod\s+(?:nazw[ąa]|firm[ąa])|"
    r"unter\s+der\s+Firma|firmiert\s+als|(?:handels|firma)navn(?:et)?)"
    r"\s*[:–—-]?\s*[\"„“»«‚'](?P<name>[^\"„“”«»\n]{2,80}?)[\"“”«»'‘]"
)
"""A registered name in quotes after the words that name it so ("registered as \"X\"",
"trading as", "obchodní firma „X“", "zapsaná jako", "podnikám pod názvem", "działalność pod
nazwą", "eingetragen als", "registrert som «X»"): the applicant's name as the register writes it."""


def _registered_name(blocks: Sequence[Block]) -> Hit | None:
    """The quoted name of ``_REGISTERED_AS`` in the writer's own text, as written (a sole
    trader's name may hold the person's: "MZ Data Marta Zielińska"); never for certain (read
    from a sentence); not a value without a capitalised word."""
    for b in blocks:
        if b.kind is Kind.QUOTED:
            continue
        for i, ln in enumerate(b.lines):
            for m in _REGISTERED_AS.finditer(_with_quote_closed(b.lines, i)):
                if m.start() < len(ln.text) and (v := _clean(m.group("name"))) and any(w[:1].isupper() for w in v.split()):
                    return Hit(v, b.component, ln.no, False, Reason.NATURAL_PERSON)
    return None


def _with_quote_closed(lines: Sequence[Line], i: int) -> str:
    """Line ``i``, joined with the next line where a quote it opens closes only there (a
    PDF wrapping „Jan Malý⏎– Foto Malý“)."""
    text = lines[i].text
    if i + 1 < len(lines) and (text.count("„") > text.count("“") or text.count('"') % 2 or text.count("»") > text.count("«")):
        return f"{text} {lines[i + 1].text}"
    return text


_AS = re.compile(r"jako|ako|as|als")
"""A weak cue ("jako X", "as X"): a trade name only with a trade word in it."""


def _trade_name_with_ico(blocks: Sequence[Block]) -> Hit | None:
    """A sole trader's trade name written right before their IČO: the name as written, with
    the person's name the register joins to it by a dash; only where a cue says it is the
    trade name ("pod názvem", "trading as") or a trade word is in it ("Foto", "Studio"), never
    a person's name alone (``_person_with_ico``); never for certain (read from a sentence)."""
    for b, ln in lines_of(b for b in blocks if b.kind is not Kind.QUOTED and _ID_WORD.search(b.text)):
        if _ID_WORD.search(ln.text) is None:
            continue  # the quick test: only a line with an identifier's label
        for m in _TRADE_BEFORE_ICO.finditer(ln.text):
            ico, name, cue = m.group("id").replace(" ", ""), m.group("name"), m.group("cue") or ""
            if len(ico) != 8 or not ico_valid(ico):
                continue
            if _TRADE_WORD.search(name) or (cue and not _AS.fullmatch(cue.strip())):
                return Hit(name, b.component, ln.no, False, Reason.NATURAL_PERSON)
        if (joined := _person_dash_trade(ln.text)) is not None:
            return Hit(joined, b.component, ln.no, False, Reason.NATURAL_PERSON)
    return None


_BRACKETED_TRADE = re.compile(
    rf"\((?P<person>[{_UP}][\w'’-]+(?:\s+[{_UP}][\w'’-]+){{1,2}})\s+(?P<dash>[–—-])\s+"
    rf"(?P<trade>[{_UP}0-9][\w'’&.+-]*(?:\s+[{_UP}0-9&][\w'’&.+-]*){{0,3}})\s*[,)]"
)
"""A person's full name, a dash and a capitalised name opening a bracket ("(Marta Ruiz Solano
– Datos Claros, Valencia)", "(Owen Hughes - Ballot Graphics)"): how a freelancer names
themselves and their trade name in a sentence, without an IČO."""
_TRADE_BEFORE_BRACKET = re.compile(
    rf"(?<!\w)(?i:als|as|jako|ako|comme|como|come|som|jak)\s+"
    rf"(?P<person>[{_UP}][\w'’-]+(?:\s+[{_UP}][\w'’-]+){{1,2}})\s+(?P<dash>[–—-])\s+"
    rf"(?P<trade>[{_UP}0-9][\w'’&.+-]*(?:\s+[{_UP}0-9&][\w'’&.+-]*){{0,3}})\s*\("
)
"""The same before a bracket, after "as" ("schreibe als Lena Hofbauer – Medienbüro Hofbauer
(Regensburg, …)", "writing as Ruth Ellis – Ellis Data (Leeds)")."""
_PERSON_DASH_WORK = re.compile(
    rf"(?<!\w)(?i:als|as|jako|ako|comme|como|come|som|jak)\s+"
    rf"(?P<person>[{_UP}][\w'’-]+(?:\s+[{_UP}][\w'’-]+){{1,2}})\s+[–—-]\s+[{_LOWER}]"
)
"""A person's full name after "as" and a dash before lower-case words ("als Jonas Keller –
freier Fotograf"): a description of the work, the person applies under their own name."""


_TRADER_ID_IN_BRACKET = re.compile(
    r"^[^()\n]{0,40}?(?<!\w)(?=[SNCPUKRIVDHo])(?:SIRET|SIREN|NIF|NIE|CIF|P\.?\s?IVA|Steuer-?(?:nr|nummer)\b\.?|"
    r"USt-?IdNr|UTR|NIP|REGON|I[ČC]O?|IČ|KvK|CVR|VAT|org\.?\s?nr)(?!\w)"
)
"""A sole trader's tax or register identifier inside the bracket after a trade name ("(Lyon,
SIRET …)", "(Madrid, NIF …)", "(Passau, Steuernr. …)"): the name before it is registered."""


def _trade_before_id_bracket(blocks: Sequence[Block]) -> Hit | None:
    """A person's full name and a trade name after "as" (``_TRADE_BEFORE_BRACKET``: "je vous
    écris comme Sophie Laurent – Atelier Laurent (Lyon, SIRET …)", "escribo como Diego Sanz –
    Sanz Datos (Madrid, NIF …)"), the bracket holding a trader's identifier: the trade name as
    written, before the bracket's town is read as the name before the identifier; never
    certain."""
    for b, ln in lines_of(b for b in blocks if b.kind is Kind.OWN and "(" in b.text):
        if "(" not in ln.text or "–" not in ln.text and "—" not in ln.text and " - " not in ln.text:
            continue
        for m in _TRADE_BEFORE_BRACKET.finditer(ln.text):
            person, trade = m.group("person"), m.group("trade").strip()
            if _TRADER_ID_IN_BRACKET.match(ln.text[m.end() :]) is None or clean_name(person) != person:
                continue
            if not _JOB.search(trade) and not _has_legal_form(trade):
                return Hit(f"{person} {m.group('dash')} {trade}", b.component, ln.no, False, Reason.NATURAL_PERSON)
    return None


def _freelancer_bracketed_trade(blocks: Sequence[Block]) -> Hit | None:
    """The sole trader's name of ``_BRACKETED_TRADE`` as written, on a line where the writer
    says they work on their own ("soy autónoma (…)", "I'm a freelancer (…)"), the words
    before the dash a person's full name and the name after it neither a job ("– periodista
    de datos" is in lower case anyway) nor a company's (a legal form); never certain."""
    for b, ln in lines_of(b for b in blocks if b.kind is Kind.OWN and _FREELANCE.search(b.text)):
        if "(" not in ln.text or _FREELANCE.search(ln.text) is None:
            continue
        for m in (*_BRACKETED_TRADE.finditer(ln.text), *_TRADE_BEFORE_BRACKET.finditer(ln.text)):
            person, trade = m.group("person"), m.group("trade").strip()
            if clean_name(person) == person and not _JOB.search(trade) and not _has_legal_form(trade):
                return Hit(f"{person} {m.group('dash')} {trade}", b.component, ln.no, False, Reason.NATURAL_PERSON)
        for m in _PERSON_DASH_WORK.finditer(ln.text):
            if clean_name(person := m.group("person")) == person:
                return Hit(person, b.component, ln.no, False, Reason.NATURAL_PERSON)
    return None


_PERIODICAL_BEFORE_ICO = re.compile(
    rf"(?:^|(?<=[.!?]\s))(?P<name>(?:[{_UP}][\w'’-]*\s+){{0,3}}(?i:zpravodaj|spravodaj|občasník|obcasnik|"
    r"noviny|listy|týdeník|tydenik|týždenník|tyzdennik|měsíčník|mesicnik|mesačník|mesacnik|"
    r"věstník|vestnik|čtvrtletník|ctvrtletnik|časopis|casopis|magazín|magazin|kurýr|kuryr|"
    r"gazeta|tygodnik|miesięcznik|kurier|zeitung|anzeiger|bote|blatt|kurier|gazette|herald|"
    rf"chronicle|courier|weekly|newsletter)(?!\w)(?:\s+[{_UP}][\w'’-]*){{0,2}})\s*[,(]?\s*"
    r"(?:I[ČC]O?|IČ|REGON)\b\s*[:.]?\s*(?P<id>\d[\d ]{6,10}\d)"
)
"""A periodical's name opening a line or a sentence right before an identifier, its kind a
common noun among capitalised words ("Hronův občasník, IČ …", "Losinský zpravodaj (IČO …)",
"Gazeta Lipnicka, REGON …", "Taler Bote, IČO …"): the outlet named is the applicant (its
publisher's IČO); not one after another name ("Gymnázium X, Studentský časopis Y, IČO …")."""


def _periodical_with_ico(blocks: Sequence[Block]) -> Hit | None:
    """The periodical named right before an IČO that checks (``_PERIODICAL_BEFORE_ICO``), as
    written; never for certain (no legal form, read by where it stands)."""
    for b, ln in lines_of(b for b in blocks if b.kind is not Kind.QUOTED and _ID_WORD.search(b.text)):
        for m in _PERIODICAL_BEFORE_ICO.finditer(ln.text):
            name = m.group("name").strip()
            if name[:1].isupper() and " " in name and ico_valid(m.group("id").replace(" ", "")):
                return Hit(name, b.component, ln.no, False, Reason.SENTENCE)
    return None


_PERSON_DASH_TRADE_ICO = re.compile(
    rf"(?P<person>[{_UP}][\w'’-]+(?:\s+[{_UP}][\w'’-]+){{1,2}})\s+(?P<dash>[–—-])\s+"
    rf"(?P<trade>[{_UP}0-9][\w'’&.+-]*(?:\s+[\w'’&.+-]+){{0,4}}?)\s*[,(]?\s*"
    r"(?:I[ČC]O?|IČ|REGON|Company\s+ID)\b\s*[:.]?\s*(?P<id>\d[\d ]{6,10}\d)"
)
"""A person's full name, a dash and a name right before an identifier ("Jana Malá – Volební
data, IČO …", "Jan Novák - JN Video (IČ …)"): the shape of a sole trader's registered name."""


def _person_dash_trade(text: str) -> str | None:
    """The sole trader's name of ``_PERSON_DASH_TRADE_ICO`` as written, where the words before
    the dash are a person's full name, the IČO checks and the name after it carries no legal
    form (an employee's company: "Pavla Nová – TV Východ s.r.o., IČO …") nor a job."""
    for m in _PERSON_DASH_TRADE_ICO.finditer(text):
        ico, person, trade = m.group("id").replace(" ", ""), m.group("person"), m.group("trade").strip()
        if len(ico) != 8 or not ico_valid(ico) or _has_legal_form(trade):
            continue
        if clean_name(person) == person and not _JOB.search(trade):
            return f"{person} {m.group('dash')} {trade}"
    return None


_STREET_CELL = re.compile(
    rf"^(?:[{_UP}][\w.'’-]*\s+){{1,4}}\d+[a-z]?(?:/\d+[a-z]?)?$|"
    rf"^\d+[a-z]?,?\s+(?:[{_UP}][\w.'’-]*\s+){{0,3}}[{_UP}][\w.'’-]*$"
)
"""A cell that is a street and its number, either order ("Lipová 12", "14 Mill Lane",
"Rue Haute 7")."""


def _address_head(blocks: Sequence[Block]) -> Hit | None:
    """A letter or form whose first line is its sender's name and postal address ("Harriet
    Cole Photography, 14 Mill Lane, Bristol, UK"; "Foto Lipa, Lipová 12, Tábor"): the name,
    never for certain; a person's name alone is left to the contact (a natural person)."""
    for b in blocks:
        if b.kind not in (Kind.OWN, Kind.ATTACHMENT):
            continue
        first = next((ln for ln in b.lines if ln.text.strip()), None)
        if first is None or first.text.count(", ") < 2:
            continue
        cells = [c.strip() for c in first.text.strip().split(", ")]
        if not _STREET_CELL.match(cells[1]) or (v := _head_name(cells[0])) is None:
            continue
        trade = clean_name(v) is None or _INSTITUTION_WORD.search(v) or _TRADE_WORD.search(v)
        if trade and not _sentence_line(cells[0]):
            return Hit(v, b.component, first.no, False, Reason.LETTERHEAD)
    return None


_TRADE_WORD = re.compile(
    r"(?i)\b(?:photograph\w*|photos?|foto\w*|fotografi\w*|productions?|produkc\w*|produkcj\w*|"
    r"produktion\w*|films?|video\w*|design|consulting|services|studio|atelier|ateliér)\b"
)
"""A trade word after a person's name makes it a business name ("Harriet Cole Photography",
"Jan Malý Foto", "Anna Kos Produkcja")."""


def _lower_case_before_ico(blocks: Sequence[Block]) -> Hit | None:
    """A name with a legal form written all in lower case right before its IČO (a hasty
    phone mail: "… testovacia 192.0.2.12 dennik vychod s.r.o. ico 36304522 peter …"): the
    words before the form back to a number, a punctuation mark or a preposition, at most
    four, as written; never for certain (the capitals that mark a name are missing)."""
    for b, ln in lines_of(_with_legal_form(blocks)):
        for m in _ICO_LABEL.finditer(ln.text):
            head = ln.text[: m.start()].rstrip(" \t|-–,;:")
            form = _ENDS_LEGAL.search(head)
            if form is None or head != head.lower():
                continue
            words: list[str] = []
            for w in reversed(head[: form.start()].split()):
                if len(words) == 4 or _NOT_IN_NAME.search(w) or _LEAD_WORD.fullmatch(w):
                    break
                words.insert(0, w)
            if words and (v := _clean(" ".join([*words, form.group()]))) is not None:
                return Hit(_fix_legal_dot(ln.text, v), b.component, ln.no, False, Reason.SENTENCE)
    return None


_LOWER_NAME_BORDER = frozenset(
    "die der das the la le el il een de het firma firmu spolecnost spolocnost company "
    "za pre pro for od by from we my sme jsme je is ist jest".split()
)
"""A word before a lower-case name that is the sentence's (an article, "firma", "za"): the
name's left border."""
_NOT_A_NAME_WORD = frozenset(
    "nasi nase nas nasa nasu our my unsere unser unserer unseres moje moja moje nasza nasze "
    "vasi vase your jejich their i we ich wir jsem sme jsme mi nam this tato tuto".split()
)
"""Possessives and pronouns: a lower-case run holding one names no organisation ("pro nasi
media s.r.o.")."""


def _lower_case_legal_name(blocks: Sequence[Block]) -> Hit | None:
    """A name with a legal form in a line typed all in lower case, without an IČO next to it
    ("dobry den, valassky web s.r.o. by chtel xml", "hallo, die lokalradio ost gmbh moechte
    …"): two to four words before the form, back to a punctuation mark, the line's start or
    a word of the sentence ("firma", an article); never for certain."""
    for b, ln in lines_of(_with_legal_form(blocks)):
        text = ln.text
        if capitalised(text):
            continue
        for form in _LEGAL_ANY.finditer(text):
            if form.group() != form.group().lower():
                continue
            words: list[str] = []
            bordered = False
            for w in reversed(text[: form.start()].split()):
                if _NOT_IN_NAME.search(w) or w in _LOWER_NAME_BORDER:
                    bordered = True
                    break
                if len(words) == 4:
                    break
                words.insert(0, w)
            else:
                bordered = True  # the line's start
            if not bordered or len(words) < 2 or any(ascii_folded(w) in _NOT_A_NAME_WORD for w in words):
                continue
            if (v := _clean(" ".join([*words, form.group()]))) is not None:
                return Hit(_fix_legal_dot(text, v), b.component, ln.no, False, Reason.SENTENCE)
    return None


_NOT_IN_NAME = re.compile(r"[\d:;,.!?@/()|]")
"""A word that ends the run of a name's words read backwards (a number, an address, a mark)."""
_LEAD_WORD = re.compile(
    r"(?i)za|pre|pro|for|od|ve|vo|v|na|by|from|firma|firmu|spolo[čc]nos[tť]|spole[čc]nost|"
    r"company|we|my|sme|jsme|ip|feed|xml|je|is|ist|jest"
)
"""A word before a name that is the sentence's, not the name's ("za", "firma", "jsme")."""


_ABBR = f"[{_UP}]{{2,6}}"
_SPELLED = re.compile(
    rf"(?<![\w-])(?P<abbr>{_ABBR})\s*\((?P<full>[{_UP}][^()\n]{{3,80}}?)\)|"
    rf"(?P<full2>(?:[{_UP}][\w'’&-]*\s+)(?:[\w'’&-]+\s+){{1,7}}?)\((?P<abbr2>{_ABBR})\)"
)
_SMALL_WORDS = frozenset(
    "a and of the for und für de des du la le et e di del della y en van het i v ve pro na".split()
)


def _spells_out(abbr: str, words: Sequence[str]) -> bool:
    """Whether ``words`` (small words skipped) begin with the letters of ``abbr``."""
    initials = "".join(w[0] for w in words if w.lower() not in _SMALL_WORDS)
    return initials.upper() == abbr


def _abbreviated(blocks: Sequence[Block]) -> Hit | None:
    """A name given with its abbreviation in brackets, either way round ("ČTK (Česká
    tisková kancelář)", "Rádio Horní Pomoraví (RHP)"): the full name, whose letters the
    abbreviation spells (never for certain)."""
    for b, ln in lines_of(blocks):
        if "(" not in ln.text:
            continue
        for m in _SPELLED.finditer(ln.text):
            abbr, full = m.group("abbr") or m.group("abbr2"), m.group("full") or m.group("full2")
            words = full.split()
            for start in range(len(words)):  # the shortest run of words that it spells
                if words[start][:1].isupper() and _spells_out(abbr, words[start:]):
                    name = _clean(" ".join(words[start:]))
                    if name is not None and clean_name(name) is None:
                        return Hit(name, b.component, ln.no, False, Reason.SENTENCE)
    return None


_ICO_LABEL = re.compile(r"(?=[cir])(?<!\w)(?:I[ČC]O?|IČ|Company\s+ID|Reg(?:istration)?\.?\s*No)\b\.?\s*[:.]?\s*\d", re.IGNORECASE)
_HEAD_CELLS = re.compile(r",\s|\s[|•·–—]\s|\t|\s{3,}")
_NOT_HEAD = re.compile(
    r"(?i)^(?:věc|vec|subject|re|předmět|dobr[ýy]|v[áa][žz]en\w*|mil[íiá]\w*|dear|hello|hi|naše|vaše|"
    r"č\.\s?j|sent\s+from|get\s+outlook|odesl[áa]no\s+z|odoslan[éeá]\s+z|gesendet\s+von|envoy[ée]\s+de|"
    r"datum|date|ulice|adresa|address|sídlo|tel|e-?mail|www|kontakt\w*|contact|vyřizuje|"
    r"telefon|phone|mobil|fax|bankovní|bank|účet|account|zapsan\w*|registered|spisov\w*|"
    r"s\s+pozdravem|regards|děkuj\w*|thank|osvč|fyzická|freelanc\w*|nezávisl\w*|"
    # a letter's closing in any of our languages
    r"d[íi]ky|d[íi]k|ďakuj\w*|dakuj\w*|vďaka|vdaka|many\s+thanks|thanks|cheers|kind\s+regards|"
    r"best(?:\s+(?:regards|wishes))?|all\s+the\s+best|s\s+[úu]ctou|s\s+pozdravom|zdrav[íi]|"
    r"sincerely|yours|se\s+srdečným|mějte\s+se|"
    r"pozdrawiam|z\s+powa[żz]aniem|serdeczno[śs]ci|dzi[ęe]kuj\w*|gr[üu][ßs]\w*|mfg|"
    r"mit\s+freundlichen|viele\s+gr[üu][ßs]e|danke|cordiali\s+saluti|cordialement|saludos|"
    r"podnikatel\w*|živnost\w*|"
    # a form's section heading or label ("Identifikační údaje žadatele", "Údaje o žadateli",
    # "Applicant details", "Žadatel")
    r"identifika\w*|identification|[úu]daj\w*|applicant\w*|[žz]adatel\w*|[žz]iadate\w*)\b"
)


_SPACED_HYPHEN = re.compile(r"\s-\s")


def _head_cells(text: str) -> list[str]:
    """A letterhead line's cells (``_HEAD_CELLS``), and a person's full name before a spaced
    hyphen and a description of their work a cell of its own ("Marek Hrubý - reportážní
    fotografie", "Anna Weber - Fotografie und Video"); a name on either side of it otherwise
    ("Studio Oko - Jan Doležal", "Petr Hudec - HUDEC MEDIA") stays whole, a sole trader's."""
    out: list[str] = []
    for cell in _HEAD_CELLS.split(text):
        person, *rest = _SPACED_HYPHEN.split(cell, maxsplit=1)
        if rest and (name := person.strip()) and clean_name(name) == name and _describes_worker(rest[0].strip()):
            out += [person, *rest]
        else:
            out.append(cell)
    return out


_WORK_WORD = re.compile(
    r"(?=[cdefghkprsvw])(?:foto|photo|fotó|video|vidéo|film|kamer|camera|grafi|graphi|design|"
    r"vizualiz|visuali[sz]|report[aá][žz]|reportag|dokument|documentar|střih|strih|"
    r"schnitt|dron|drohn|svatebn|wedding|hochzeit|event)",
    re.IGNORECASE,
)
"""Stems of the words of a freelancer's craft ("fotografie", "photography", "Video",
"vizualizace", "Reportagefotografie", "střih", "svatební", "wedding")."""
_WORK_JOIN = frozenset(("a", "i", "&", "+", "and", "und", "et", "e", "y", "és", "oraz", "/"))


def _describes_work(trade: str) -> bool:
    """Whether words after a person's name and a dash describe their work rather than name a
    business: two words or more, each a word of their craft (``_WORK_WORD``), a conjunction
    or in lower case ("Reportážní fotografie", "Fotografie und Video", "Foto a video"); a
    name of other words ("Volební data", "Ballot Graphics", "FOTO") is a trade name."""
    words = trade.split()
    return len(words) >= 2 and all(
        w.casefold() in _WORK_JOIN or _WORK_WORD.match(w) or w[:1].islower() for w in words
    )


def _describes_worker(text: str) -> bool:
    """Words after a person's name that say what they do, no name: in lower case ("reportážní
    fotografie", "freelance photographer"), of their craft (``_describes_work``) or a job."""
    return text[:1].islower() or _describes_work(text) or _JOB.search(text) is not None


def _head_name(cell: str) -> str | None:
    """A letterhead's cell that can be the organisation: capitalised, no digits, no label
    (a person's name may be a sole trader's)."""
    c = cell.strip(" -–—,:;")
    if cell.rstrip().endswith(":"):
        return None  # a label whose value follows ("Identifikační údaje žadatele: IČO …")
    if not c[:1].isupper() or any(ch.isdigit() for ch in c) or _NOT_HEAD.match(c):
        return None
    if c.endswith((".", "!", "?")) and not _ENDS_LEGAL.search(c):
        return None  # a sentence
    if ":" in c or "@" in c or len(c.split()) > 10 or _opens_with_label(c + ": x"):
        return None
    if c.count("(") != c.count(")"):
        return None  # the rest of a sentence wrapped from the line above ("Plzeň-město), …")
    return _clean(c)


_DASH_BEFORE = re.compile(r"\s([–—-])\s[\"„“»]?$")
_DASH_AFTER = re.compile(r"\s([–—-])\s(?P<trade>[^,;()|\"“”]+)")


def _sole_trader(text: str, v: str) -> str:
    """A sole trader's business name as the register writes it, a person's full name and a
    trade name joined by a dash: ``v`` (a trade name) with the person written right before
    it ("Petra Malá – Malá Foto"), or ``v`` (a person) with the trade name right after it;
    else ``v``."""
    at = text.find(v)
    if at < 0:
        return v
    if (dash := _DASH_BEFORE.search(text, 0, at)) is not None:
        words = text[: dash.start()].split()
        for n in (3, 2):
            person = " ".join(words[-n:]).lstrip("(„\"»“")
            if len(words) >= n and clean_name(person) == person:
                return f"{person} {dash.group(1)} {v}"
    elif clean_name(v) == v and (after := _DASH_AFTER.match(text, at + len(v))) is not None:
        trade = _head_name(after.group("trade"))
        # a trade name, or one carrying the person's own surname ("Barbora Nedomová – Nedoma
        # Foto"), which reads like a person's name too
        if (
            trade
            and (not clean_name(trade) or _carries_surname(trade, v) or _carries_surname(v, trade))
            and not _JOB.search(trade)
            and not (_describes_work(trade) and not _carries_surname(trade, v))
        ):
            return f"{v} {after.group(1)} {trade}"
    return v


def trader_of(text: str, trade: str) -> str | None:
    """The person whose full name a dash joins to ``trade`` in ``text`` ("Barbora Nedomová –
    Nedoma Foto", "Malá Foto – Petra Malá"), the trade name carrying their surname: the sole
    trader, a person, where ``trade`` (a sender's display name) is their business."""
    at = text.find(trade)
    if at < 0 or not trade.strip():
        return None
    before = _DASH_BEFORE.search(text, 0, at)
    after = _DASH_AFTER.match(text, at + len(trade))
    words = text[: before.start()].split()[-2:] if before else []
    person = clean_name(" ".join(words)) if len(words) == 2 else None
    if person is None and after is not None:
        person = clean_name(" ".join(after.group("trade").split()[:2]))
    return person if person and person != trade and _carries_surname(trade, person) else None


def _carries_surname(trade: str, person: str) -> bool:
    """Whether a name after a person's carries the person's surname (its first four letters,
    folded) and not the person's given name: their own business ("Nedoma Foto" after "Barbora
    Nedomová"), not another person."""
    words = person.split()
    folded = _folded(trade).casefold()
    surname = _folded(words[-1]).casefold()
    given = _folded(words[0]).casefold()
    return len(words) > 1 and len(surname) >= 4 and surname[:4] in folded and given not in folded.split()


def _own_trade_name(text: str, trade: str) -> str:
    """A trade name written after a person's name and a dash that carries the person's own
    surname or initials ("Petr Hudec – HUDEC MEDIA", "Jana Malá - JM Foto"): the sole
    trader's business name as written, the person with it (``_sole_trader``); another
    name after a person ("Pavla Nová – TV Východ") is their employer, kept alone."""
    whole = _sole_trader(text, trade)
    if whole == trade:
        return trade
    person = whole[: len(whole) - len(trade)].rstrip(" -–—").split()
    folded = _folded(trade).casefold()
    surname = _folded(person[-1]).casefold() if person else ""
    initials = "".join(w[0] for w in person).casefold()
    own = (len(surname) >= 3 and surname[:4] in folded) or folded.split()[0] == initials
    return whole if own else trade


def _sentence_line(text: str) -> bool:
    """A line of a letter's text, not of its head: a sentence's end, or many words."""
    t = text.strip()
    return len(t.split()) > 10 or (t.endswith((".", "!", "?")) and not _ENDS_LEGAL.search(t))


def _office_head(lines: Sequence[Line], office_ico: str) -> bool:
    """Whether a letterhead's lines (the heads above an IČO line and that line) are the
    office's own (its name or its IČO): quoted in a reply, never the applicant."""
    return any(_OFFICE.search(ln.text) or (office_ico and office_ico in ln.text) for ln in lines)


def _letterhead(blocks: Sequence[Block], office_ico: str = "") -> Hit | None:
    """The organisation at the head of a letter or beside its IČO: the first cell of the
    IČO's line ("Gymnázium Hranice, Zborovská 293, IČO …"), else the first line that can
    be a name among the five above it (a letterhead or sender's block: name, faculty,
    address, IČ; the office's recipient block above it is never a name); the first IČO line
    that gives one. Never certain."""
    for b in blocks:
        lines = [ln for ln in b.lines if ln.text.strip()]
        for i, ln in enumerate(lines):
            m = _ICO_LABEL.search(ln.text)
            if m is None or _office_head(lines[max(0, i - 5) : i + 1], office_ico):
                continue
            head = _GREETING.sub("", ln.text[: m.start()])
            if i and (wrapped := _wrapped_to_id(lines[i - 1].text, head, blocks)) is not None:
                if wrapped:  # the name began on the sentence's line above
                    return Hit(wrapped, b.component, lines[i - 1].no, False, Reason.SENTENCE)
                head = ""  # the rest of a sentence, no letterhead's cell
            for cell in _head_cells(head):
                if (v := _head_name(cell)) is not None:
                    return Hit(_sole_trader(head, v), b.component, ln.no, False, Reason.LETTERHEAD)
            heads = [
                (above, _sole_trader(above.text, v))
                for above in lines[max(0, i - 5) : i]
                if not _sentence_line(above.text)
                and not _GREETING.match(above.text)  # "Ahoj," opens a letter, heads nothing
                and (v := _line_head(above.text)) is not None
            ]
            heads = [h for h in heads if not _sign_off(h[1], heads)]
            # a person's name heads a sole trader's letter; another name above the IČO wins
            named = (h for h in heads if not clean_name(h[1]) or _INSTITUTION_WORD.search(h[1]))
            above, v = next(named, heads[0] if heads else (ln, ""))
            if (not v or clean_name(v) or _BODY_OFFICE.match(v)) and (top := _body_at_top(lines[:i])) is not None:
                above, v = top  # "Město X | Městský úřad" heads what "Ing. Y, starosta" signs
            if v:  # else a later IČO line may head a signature (a sentence named it first)
                return Hit(v, b.component, above.no, False, Reason.LETTERHEAD)
    return None


def _body_heading(blocks: Sequence[Block]) -> Hit | None:
    """A public body heading a letter or a form with its office or address beside it or
    under it ("Gemeinde X | Gemeindeamt", "Town of Y | Office of the Mayor", "Obec Z" over
    "Obecní úřad Z"), where no IČO line names it: the applicant, never for certain."""
    for b in blocks:
        if b.kind not in (Kind.OWN, Kind.ATTACHMENT):
            continue
        lines = [ln for ln in b.lines if ln.text.strip()][:2]
        if not lines or (top := _body_at_top(lines[:1])) is None:
            continue
        cells = _HEAD_CELLS.split(lines[0].text.strip())
        office = any(_BODY_OFFICE.search(c) for c in [*cells[1:], *(ln.text for ln in lines[1:])])
        if office or any(_STREET_CELL.match(c.strip()) for c in cells[1:]):
            return Hit(top[1], b.component, top[0].no, False, Reason.LETTERHEAD)
    return None


_WRAPPED_CAPITALS = re.compile(
    rf"(?:(?<=\s)|^)(?:[{_UP}][\w'’&-]*\s+(?:(?:v|ve|na|nad|pod|a|u|sv\.)\s+)?)*"
    rf"[{_UP}][\w'’&-]*(?:\s+(?:v|ve|na|nad|pod|a|u))?$"
)
"""The capitalised words ending a line (a seat's preposition after them): a name the line
break cut ("… žadatelem je Univerzita Jana Amose" / "Komenského v Přerově, IČO …")."""
_SENTENCE_OPEN_END = re.compile(r"[^.!?:;,]$")
_SENTENCE_WORDS = re.compile(
    rf"{_SENTENCE_INSIDE.pattern}|[;,]\s|(?i:(?<!\S)(?:jm[ée]nem|menom|zastupuj\w*|žadatel\w*|ziadatel\w*|"
    r"žiadateľ\w*|za|pro|pre|on\s+behalf\s+of)\s)|(?:\S+\s+){10}"
)
"""A sentence's words (a verb, a clause's comma, acting for, many words): no letterhead's."""


_LABEL_OPENS = re.compile(r"[^\W\d_][^\W\d_ ./-]*(?:[ ./-]+[^\W\d_]+){0,3}:[^\S\n]")
"""A line opened by a label of one to four words and its colon ("Kontakt: …", "Tel. a e-mail: …")."""


def _wrapped_to_id(above: str, head: str, blocks: Sequence[Block]) -> str | None:
    """A name that a sentence on the line above an IČO line opened and the break cut, the IČO
    line's first words its rest ("žadatelem je Univerzita Jana Amose" / "Komenského v
    Přerově, IČO …"): the whole name (a university's made nominative), "" when the line
    above ends in no name (the IČO line's words are the sentence's, no letterhead's cell);
    None when the line above is no sentence going on (a letterhead's line, a sentence's end)."""
    above = above.rstrip()
    if len(above.split()) < 6 or not _SENTENCE_OPEN_END.search(above) or not _SENTENCE_WORDS.search(above):
        return None  # a letterhead's line ("Univerzita X v Y" / "Fakulta Z · IČO …")
    first = _HEAD_CELLS.split(head.strip())[0].strip(" ,")
    if not first[:1].isalpha() or any(ch.isdigit() for ch in first) or len(first.split()) > 6:
        return None  # "… bydlím v Praze" / "(IČO …)": the sentence's own identifier
    if _PUBLIC_BODY.match(first):
        return None  # "Město X, nám. …, IČO" opens a name of its own: a signature's line, no rest
    joined = f"{above} {first}"
    if (uni := _university_with_place(joined, blocks)) is not None and joined.endswith(uni.split()[-1]):
        return uni
    for inst in _INSTITUTION.finditer(joined):  # "… vydává Vysoká škola polytechnická" / "Jihlava, IČO"
        if inst.start() < len(above) < inst.end() and (v := _clean(_strip_lead(inst.group()))):
            return v
    m = _WRAPPED_CAPITALS.search(above)
    if m is None and _LABEL_OPENS.match(above):
        return None  # "Kontakt: Jana Malá, 606 338 412": a labelled value ended, no sentence
    return "" if m is None else _clean(_strip_lead(f"{m.group()} {first}")) or ""


_DEPARTMENT = re.compile(
    r"(?i)^(?=[oadwrsbi])(?:odbor|oddělení|oddeleni|oddelenie|wydział|wydzial|dział|dzial|abteilung|referat|"
    r"department|dept\.?|service|servizio|servicio|afdeling|avdelning|osztály|osztaly|sekce|sekcia)\s"
)
"""A cell naming a department of an office or a firm ("odbor informatiky", "Wydział Promocji",
"Abteilung IT"): a unit, never the applicant; a signature line's next cell may name it."""


def _line_head(text: str) -> str | None:
    """The name a letterhead's or signature's line can give: its first cell, past a
    department's cell ("Wydział Promocji, Urząd Miasta X"); a municipal office's cell with
    the number of its district ("Úřad městské části Praha 17") as written."""
    cells = _head_cells(text.strip())
    while len(cells) > 1 and _DEPARTMENT.match(cells[0].strip()):
        cells = cells[1:]
    if entity_of_town_office(cells[0].strip(" ,"), ()) is not None:
        return cells[0].strip(" ,")
    return _head_name(cells[0])


def _sign_off(v: str, heads: Sequence[tuple[Line, str]]) -> bool:
    """A lone given name above a person's full name - the same or its familiar form ("Kuba"
    over "Jakub Sedláček", "Betka", "Sepp") - signs the letter off: it names nobody's
    organisation."""
    if " " in v.strip():
        return False
    firsts = [p.split()[0] for _, h in heads if (p := clean_name(h)) and " " in p]
    return any(v.casefold() == f.casefold() or is_familiar_form(v, f) for f in firsts)


_FOREIGN_HEAD = (
    r"Institut(?:et)?|Istituto|Instituto|Instituut|Intézet|Instytut|Inštitút|Inštitut|Institutas|Stiftung|Stiftelsen|Fondation|"
    r"Fondazione|Fundación|Fundacion|Fundação|Fundacao|Stichting|Alapítvány|Verein|Verband|"
    r"Association|Associazione|Asociación|Asociacion|Associação|Associacao|Vereniging|"
    r"Egyesület|Förening(?:en)?|Forening(?:en)?|Universität|Universitat|Université|Universite|"
    r"Università|Universita|Universidad|Universidade|Universiteit|Egyetem|Universitet(?:et)?|Uniwersytet|"
    r"Hochschule|Akademie|Académie|Accademia|Academia|Akademia|Zentrum|Centre|Centro|Centrum|"
    r"Observatoire|Osservatorio|Observatorio|Observatorium"
)
"""Head words of an institute, foundation, association, university, academy or centre in the
languages a foreign applicant writes in: the name opens with them ("Institut für …",
"Fondation pour …", "Stichting …")."""
_PUBLIC_BODY = re.compile(
    r"^(?:(?:Statut[áa]rn[íi]\s+|Hlavn[íi]\s+)[mM][ěe]sto|M[ěe]sto|Obec|M[ěe]stys|M[ěe]stsk[áa]\s+[čc][áa]st|"
    r"Mestsk[áa]\s+[čc]as[ťt]|Mesto|Kraj|Gemeinde|Marktgemeinde|Stadt|Landkreis|Kreis|Gmina|Miasto|"
    r"Powiat|Town\s+of|City\s+of|Borough\s+of|County\s+of|Municipality\s+of|Ville\s+de|"
    r"Commune\s+de|Comune\s+di|Ayuntamiento\s+de|Gymn[áa]zium|Univerzita|Knihovna|Muzeum|"
    + _FOREIGN_HEAD
    + r")\s+[\"„“»]?[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽĽÄÖÜŁŚŻŹ]|"
    r"^[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽĽ]\w+(?:sk|ck)[ýá]\s+kraj$"
)
"""A public body's or an institution's name as a letterhead opens with it: a municipality
("Město X", "Obec Y", "Gemeinde Z", "Town of W"), a region ("Jihomoravský kraj"), a school,
a library, a museum, a university."""


_BODY_OFFICE = re.compile(
    r"(?i)(?:magistr[áa]t|m[ěe]stsk[ýy]\s+[úu]ř?ad|obecn[íi]\s+[úu]ř?ad|obecn[ýy]\s+[úu]rad|"
    r"krajsk[ýy]\s+[úu]ř?ad|[úu]ř?ad\s+m[ěe]styse|gemeindeamt|stadtverwaltung|rathaus|"
    r"town\s+hall|city\s+hall|mayor'?s\s+office|office\s+of\s+the\s+mayor)\b"
)
"""The office of a public body ("Magistrát města X", "Obecní úřad"): the body applies."""


def _body_at_top(lines: Sequence[Line]) -> tuple[Line, str] | None:
    """A public body named in the first cell of one of a document's first three lines (its
    letterhead: a page header, a "|" separated line): the applicant a person's signature
    below signs for ("Ing. Y, starosta"), the person never the applicant then."""
    for ln in lines[:3]:
        cell = _HEAD_CELLS.split(ln.text.strip())[0]
        if not _sentence_line(cell) and (v := _head_name(cell)) and _PUBLIC_BODY.search(v):
            return ln, v
    return None


_POSSESSIVE_WORD = r"(?:Our|Unser\w*|Notre|Nos|Nostr\w*|Nuestr\w*|Noss[ao]s?|Onze|Ons|Vår\w*|Vor\w*)"
"""A possessive opening a sentence before an institution ("Our Verein …"): not its name."""
_FOREIGN_LINK = (
    r"für|fur|der|des|du|de|di|del|della|dei|degli|delle|do|da|dos|das|la|le|les|l'|van|voor|"
    r"het|för|for|og|och|und|et|e|y|zur|zum|pour|para|per|of|the|and|il|lo|gli|el|los|las|"
    # conjunctions and prepositions of place inside a name in its own language ("Akademia
    # Mediów i Dziennikarstwa w Krakowie", "Institut für Medien in Wien", "Centre de Presse
    # en Alsace"); never a Czech one ("TOV X ze Lvova": where the sentence says it is from);
    # a Polish "i" ("and") only with more of the name after its word - a Swedish "i" before
    # a last word is "in" ("Föreningen för Öppna Valdata i Uppsala": where it is)
    rf"i(?=\s+\S+\s+(?:w|we|i|[{_UP}]))|w|we|in|im|am|an|bei|en|sur|sul|nel|nella"
)
"""Connectives inside such a name ("Institut für Mitteleuropäische …", "Fondation pour la …",
"Föreningen för Öppna …")."""
_FOREIGN_ADJECTIVE = (
    r"libre|libera|catholique|cattolica|católica|catolica|autónoma|autonoma|nationale?|nacional|"
    r"nazionale|européenne|europea|polytechnique|politécnica|politecnica|pontificia|statale|"
    r"supérieure?|superiore?|internationale"
)
"""The lower-case adjective a Romance institution's name carries after its head word before
its place ("Université libre de …", "Universidad autónoma de …", "Institut national de …")."""
_ELIDED = r"(?:l|d|dell|dall|nell|sull|all|degl)['’](?=[A-ZÀ-ÖØ-Þ])(?!Univ|Accad|Acad|Écol|Ecol)|'t\s+(?=[A-ZÀ-ÖØ-Þ])"
"""An article or preposition elided onto the word of a name it opens ("de l'Empordà",
"Gazzetta dell'Adige", "Jornal d'Ouro") or Dutch "'t" before it ("Omroep 't Gooi")."""
_FOREIGN_INSTITUTION = (
    rf"(?:(?!{_POSSESSIVE_WORD}\s)[{_UP}][\w'’-]+\s+){{0,2}}(?:[{_UP}][\w'’]+-)?(?:{_FOREIGN_HEAD})"
    rf"(?:\s+(?:{_FOREIGN_ADJECTIVE})(?=\s+(?:{_FOREIGN_LINK})\s))?(?:(?:\s+(?:{_FOREIGN_LINK})){{0,2}}"
    rf"(?:\s+(?!(?:{_FOREIGN_LINK})\s)(?:{_ELIDED})?[{_UP}][\w'’-]+)+)+"
)
"""A foreign institution's name: its head word (a compound's last part too: "Donau-Institut",
"Ostsee-Akademie"), then capitalised words with connectives between them, at least one (a
head word alone is a noun of the sentence)."""
_FOREIGN_MEDIA = (
    r"(?:Rundfunk|Fernsehen|Zeitung|Nachrichten|Rundschau|Kurier|Télévision|Television|Télé|"
    r"Gazzetta|Giornale|Corriere|Televisione|Emittente|Televisión|Diario|Periódico|Periodico|"
    r"Noticias|Notícias|Jornal|Televisão|Krant|Dagblad|Omroep|Nieuws|Hírlap|Rádió|Televízió|"
    r"Tidning(?:en)?|Avis(?:en)?|Posten|Dziennik|Gazeta|Telewizja|Wiadomości)(?!\w)"
)
"""Head words of a newspaper, broadcaster or agency in the languages a foreign medium writes
in ("Omroep …", "Corriere della …", "… Zeitung")."""
_HUNGARIAN_HEAD = r"Intézet|Alapítvány|Egyesület|Egyetem|Társaság|Központ|Szövetség|Kamara|Műhely"
_HUNGARIAN_INSTITUTION = (
    rf"(?<![\w-])(?:[{_UP}][\w'’]+(?:-[\w'’]+)*-?\s+(?:és\s+)?){{1,5}}(?:{_HUNGARIAN_HEAD})(?![\w-])"
)
"""A Hungarian institution's name, its head word last after its capitalised words ("Közép-európai
Választáskutató Intézet", "Országos Adatelemző Alapítvány", "Medián Közvélemény- és
Piackutató Intézet"); an article before it ("A", "Az") is no word of the name."""
_NORDIC_INSTITUTION = (
    r"(?:Stiftelsen|Stiftelse|Föreningen|Foreningen|Förbundet|Forbundet|Institutet|Instituttet|"
    r"Akademien|Sällskapet|Selskabet|Selskapet)"
    rf"(?:\s+[{_UP}ÅÆØ][\w'’-]+){{0,3}}(?:\s+[a-zåäöæø]+(?:et|en|tt))?"
    r"\s+(?:för|for|om|til|till)\s+[a-zåäöæø]{3,}(?:\s+(?:(?:och|og|i)\s+)?[a-zåäöæø]{3,})?"
    r"(?=[^\S\n]*(?:$|[,·|(\n]))"
)
"""A Scandinavian institution's name as its letterhead line writes it, in lower case after its
first words, to the line's end or its comma ("Stiftelsen Nordiska institutet för valstudier",
"Föreningen för öppna data", "Instituttet for valgforskning")."""
_INSTITUTION = re.compile(
    rf"{_NORDIC_INSTITUTION}|{_HUNGARIAN_INSTITUTION}|{_FOREIGN_INSTITUTION}|"
    r"(?:(?:[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][\w'’-]+[^\S\t\n]+){0,3}"  # a tab bounds a cell
    r"(?:School|University|College|Institute|Academy|Faculty|Museum|Library|Foundation|Society|"
    r"News|Wire|Times|Post|Media|Broadcasting|Press|Journal|Herald|Gazette|Chronicle|Tribune|"
    + _FOREIGN_MEDIA
    + r")(?:\s+(?:of|for|and|the|de|für|della|del|di|da|do|des|du|van|voor)(?:\s+(?:the|la|le|l'))?"
    r"(?:\s+[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽÄÖÜ][\w'’-]+)+)*"
    r"|(?:[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][\w'’-]+\s+)?(?:(?:Gymnázium|Gymnazium|Univerzita|Akademie|"
    r"akademie|univerzita|Vysok[áa]\s+[šs]kola|St[řr]edn[íi]\s+[šs]kola|Z[áa]kladn[íi]\s+[šs]kola|"
    r"Konzervatoř|Konzervator)"
    # a school's own lower-case words: its field ("mediálních studií", "ekonomická a správní"),
    # or any complement in the genitive ("regionálního rozvoje", "obrany") when its seat
    # follows them ("… v Kladně"): no verb of the sentence ("připravuje")
    r"(?:(?:\s+(?:a\s+)?(?![\w]*(?:uje|ují|ujú|ujeme)(?!\w))[a-záčďéěíňóřšťúůýžľĺŕô]{2,}(?!\w)){1,4}"
    r"(?=\s+(?:v|ve|na|nad)\s+[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ])|"
    r"(?:\s+(?:(?<=[áí]\s)a\s+)?[a-záčďéěíňóřšťúůýžľĺŕô]{2,}"
    r"(?:ých|ích|ych|ich|ií|ii|ická|ská|cká|icka|ska|cka|ní|ni|ný|ná)(?=[\s,.;]|$)){0,3})|"
    # a municipality or its office with or without diacritics ("Mesto Stribro", Slovak "Mesto")
    r"M[ěe]sto|Obec|M[ěe]stys|M[ěe]stsk[ýy]\s+[úu][řr]ad|Obecn[íi]\s+[úu][řr]ad|M[ěe]stsk[áa]\s+[čc][áa]st|"
    r"Statut[áa]rn[íi]\s+m[ěe]sto|"
    r"Knihovna|Muzeum|Nadace|Spolek|Sdružení|Rádio|Radio|Deník|Denník|Týdeník|Televize|"
    r"Televízia|TV|Zpravodaj|Magazín|Noviny|Listy|Portál|Agentura|Vydavatelství|Vydavateľstvo|"
    r"Nakladatelství|Studio)"
    r"(?:\s+(?:v|ve|na|nad|pod|u|a|sv\.)?\s*[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][\w'’.-]+)*)"
)
"""A school, university, museum or municipal body named in a sentence ("at the Danube
School of Journalism", "za Gymnázium Jiřího Ortena", "Městský úřad Dačice")."""


_LONG = 2000
"""A line longer than this is no sentence naming an institution (a data message read as
text is base64 on one line)."""
_INSTITUTION_WORD = re.compile(
    grouped(
        r"School|University|College|Institute|Academy|Faculty|Museum|Library|Foundation|Society|"
        r"Gymn[áa]zium|[Uu]niverzita|[Aa]kademie|[šs]kola|Konzervato[řr]|M[ěe]sto|Obec|M[ěe]stys|[úu][řr]ad|"
        r"M[ěe]stsk[áa]|Statut[áa]rn[íi]|Knihovna|Muzeum|Nadace|Spolek|Sdružení|News|Wire|Times|Post|Media|Broadcasting|"
        r"Press|Journal|Herald|Gazette|Chronicle|Tribune|R[áa]dio|Deník|Denník|Týdeník|Televiz|"
        r"TV|Zpravodaj|Magazín|Noviny|Listy|Portál|Agentura|Vydavatel|Nakladatel|Studio|"
        + _FOREIGN_HEAD
        + "|"
        + _HUNGARIAN_HEAD
        + "|"
        + _FOREIGN_MEDIA
    )
)
"""A quick test for an institution's head word, before the costly ``_INSTITUTION`` (its
words grouped by their first letters, ``grouped``: the same matches, quicker)."""


_WE_ARE = re.compile(
    r"(?i:\b(?:my\s+)?(?:jsme|sme|we\s+are|we're|wir\s+sind|nous\s+sommes|siamo|somos|"
    r"wij\s+zijn|we\s+zijn|vi\s+(?:är|er)|jesteśmy|jestesmy)"
    r"\s+(?:(?:[a-záčďéěíňóřšťúůýžäöüåø]\S*|a|an|the)\s+){0,3}?)"
    r"(?P<v>[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][\w.'’-]*(?:\s+(?:[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ0-9][\w.'’-]*|a|and|&|of|the|pro|na|v)){0,5})"
)
"""A sentence saying who writes ("jsme Volební blog", "we are Valley Wire, a …")."""


def _we_are(blocks: Sequence[Block]) -> Hit | None:
    for b, ln in lines_of(blocks):
        if b.kind is Kind.QUOTED or len(ln.text) > _LONG:
            continue
        for m in _WE_ARE.finditer(ln.text):
            v = _SENTENCE_END.split(m.group("v"), maxsplit=1)[0]
            v = _clean(v.rstrip(" ,.").removesuffix(" a").removesuffix(" and"))
            if v and len(v.split()) >= 2:  # "jsme" + a name: a group, not a person
                return Hit(v, b.component, ln.no, False, Reason.SENTENCE)
    return None


_CAPITALS = "A-Z" + "".join(chr(c) for c in range(0xC0, 0x250) if chr(c).isupper())
"""Capital letters of every European language, with diacritics ("É", "Ö", "Ú", "Ł")."""
_ARTICLE = re.compile(rf"^(?:The|A|An|Die|Der|Das|La|Le|Les|Il|Lo|El|Los|Las|Het|De|Az)\s+(?=[{_CAPITALS}])")
_TITLE_WITH_ARTICLE = re.compile(
    rf"(?m)(?:^|[–—|][ \t]*)(?:{_ARTICLE_WORDS})[ \t]+(?P<word>[{_CAPITALS}][\w'’-]+)[ \t]*$"
)
"""A title of one word with its article ending a line, alone or after a dash ("Journaliste –
Le Sillon"): the house writes its names with their articles."""
"""An article opening a name read from a sentence ("The Vistula Institute … runs"): a word of
the sentence, not of the name."""


_BODY_OF = re.compile(
    r"(?<![\w'’-])(?P<body>(?:[A-Z][\w'’-]+\s+){0,2}(?:Union|Council|Association|Guild|Club|"
    r"Society|Senate|Parliament|Federation|Alumni))\s+of\s+(?:the\s+)?$"
)
"""A body of a university's members written before it ("the Student Union of the University
of X", "Alumni Association of Y College"): an entity of its own, the university only its
complement."""


_CAPITALS_TO_END = re.compile(rf"(?:[ \t]+[{_UP}][\w'’&-]*)+[ \t]*")


_CAPITALS_TO_CELL = re.compile(
    rf"(?:[ \t]+[{_UP}][\w'’&-]*)+[ \t]*(?=[|│¦•·\t]|[ \t][-–—/][ \t]|[.!?](?:\s|$))"
)
"""Capitalised words after a name up to the bound of its cell in a signature's row (a bar,
a bullet, a tab, a spaced dash or slash) or to its sentence's end: the rest of the name, not
another cell."""


def _institution(blocks: Sequence[Block]) -> Hit | None:
    for b, ln in lines_of(blocks):
        if len(ln.text) > _LONG or _INSTITUTION_WORD.search(ln.text) is None:
            continue
        for m in _INSTITUTION.finditer(ln.text):
            whole, *cut = _SENTENCE_END.split(m.group(0).strip(), maxsplit=1)
            v = _ARTICLE.sub("", _strip_lead(whole))
            if cut:
                pass  # the sentence ended inside: the line's further words are the next one's
            elif _CAPITALS_TO_END.fullmatch(ln.text, m.end()):  # the line's own further words
                v += ln.text[m.end() :].rstrip()  # ("Lis Media Studio" alone on its line)
            elif (cell := _CAPITALS_TO_CELL.match(ln.text, m.end())) is not None:
                v += cell.group().rstrip()  # the cell's ("Jan Berg | Nordic Wire Service | …")
            if (body := _BODY_OF.search(ln.text, 0, m.start())) is not None:
                v = f"{body.group('body')} {ln.text[body.end('body') : m.start()].strip()} {v}"
            if _JOB.match(v):
                continue  # "Leiterin Nachrichten": a job title, the desk named after it
            if len(v.split()) >= 2 and v[:1].isupper() and not _OFFICE.search(v):
                return Hit(v, b.component, ln.no, False, Reason.SENTENCE)
    return None


_PREFIX_FORM = re.compile(
    # the lookahead of the forms' first letters only makes the search quick
    rf"(?=[FOPSTUZ])(?<![\w-])(?:TOV|TzOV|OOO|ZAO|PAO|SIA|UAB|PT|PrAT|PAT|Fundacja|"
    rf"Stowarzyszenie|Stiftung|Stichting|Fundación|Fundacion|Fondation|Fondazione|Fundação)"
    rf"\s+(?:[{_UP}][\w'’-]+)(?:\s+(?:(?:{_FOREIGN_LINK})\s+){{0,2}}[{_UP}][\w'’-]+){{0,3}}"
)
"""A legal form written before the name, as Ukrainian, Russian, Baltic and Indonesian
companies write it ("TOV Lvivski Visti", "SIA Rigas Balss", "PT Kabar Nusantara"), and a
foundation or association of another language ("Fundacja …", "Stiftung …", "Stichting …",
"Fondation …"), with the capitalised words after it."""


def _by_prefix_form(blocks: Sequence[Block]) -> Hit | None:
    """The first name opened by a legal form in the text (not a quote, not a signature),
    with its lower-case words where its abbreviation after it spells them out; else a
    Lithuanian name before its ", VšĮ": where it ends is a guess, so it is flagged."""
    for b, ln in lines_of([b for b in blocks if b.kind in (Kind.OWN, Kind.ATTACHMENT, Kind.FORWARDED)]):
        if (m := _PREFIX_FORM.search(ln.text)) is not None and not _OFFICE.search(m.group()):
            return Hit(_with_lower_words(ln.text, m), b.component, ln.no, False, Reason.SENTENCE)
    for b, ln in lines_of([b for b in blocks if b.kind in (Kind.OWN, Kind.ATTACHMENT, Kind.FORWARDED, Kind.QUOTED)]):
        if "V" in ln.text and (m := _BEFORE_VSI.search(ln.text)) is not None and not _OFFICE.search(m.group()):
            return Hit(m.group(), b.component, ln.no, False, Reason.SENTENCE)
    return None


_LOWER_THEN_ABBR = re.compile(r"((?:\s+(?!\d)[^\W_A-Z][\w'’-]*){1,3})\s*\((?P<abbr>[^\W\d_]{2,6})\)")
"""Lower-case words after a name opened by a legal form, then an abbreviation in brackets
("UAB Baltijos naujienų agentūra (BNA)", "SIA Rīgas ziņu aģentūra (RZA)")."""
_BALTIC_SMALL = frozenset({"ir", "un", "ja", "ning"})
""""And" in Lithuanian, Latvian and Estonian: skipped in a name's initials."""


def _with_lower_words(text: str, m: re.Match[str]) -> str:
    """The name of ``_PREFIX_FORM`` with the lower-case words that follow it, as the Baltic
    languages write a name ("UAB Baltijos naujienų agentūra"), where the abbreviation in
    brackets right after them spells out the name's words (the form itself left out)."""
    name = m.group()
    if (low := _LOWER_THEN_ABBR.match(text, m.end())) is None:
        return _with_lower_words_before_mark(text, m)
    words = [w for w in (name.split()[1:] + low.group(1).split()) if w.lower() not in _BALTIC_SMALL]
    abbr = low.group("abbr")
    if abbr.isupper() and _spells_out(abbr, words):
        return name + low.group(1)
    return name


_BALTIC_FORM = re.compile(r"(?:UAB|SIA|AB)\s")
"""The Baltic forms before a name ("UAB", "SIA", "AB"), whose later words are in lower case."""
_LOWER_THEN_MARK = re.compile(r"((?:[^\S\n]+(?!\d)[^\W_A-Z][\w'’-]*){1,2})(?=[^\S\n]*(?:[(,;:]|$))", re.MULTILINE)
"""One or two lower-case words after a name opened by a legal form, then a bracket, a comma
or the line's end ("UAB Žemaitijos transliacijos (regional radio …)", "SIA Kurzemes vārds, …")."""


def _with_lower_words_before_mark(text: str, m: re.Match[str]) -> str:
    """The name of a Baltic ``_PREFIX_FORM`` with the lower-case words that follow it up to a
    bracket, a comma or the line's end, as Lithuanian and Latvian write a name ("UAB
    Žemaitijos transliacijos (regional radio)"); not past a word of "and" ("ir", "un")."""
    name = m.group()
    if _BALTIC_FORM.match(name) is None or (low := _LOWER_THEN_MARK.match(text, m.end())) is None:
        return name
    if any(w.lower() in _BALTIC_SMALL for w in low.group(1).split()):
        return name
    return name + low.group(1)


_BEFORE_VSI = re.compile(
    rf"(?<![\w-])[{_UP}][\w'’-]+(?:\s+(?!\d)[^\W_A-Z][\w'’-]*){{0,3}}(?:\s+[{_UP}][\w'’-]+)?,?\s+V[šs][ĮI](?!\w)"
)
"""A Lithuanian name before its legal form ("Žemaitijos radijas ir televizija, VšĮ" - a
public body): a capitalised word, the name's lower-case words and the form after a comma."""


def _by_legal_form(blocks: Sequence[Block]) -> Hit | None:
    """The name with a legal form that the writer says they act for (a client, the named
    applicant) anywhere in a paragraph of the text, else the first name with a legal form in
    the text, then in the signature."""
    first = _first_legal_form(blocks)
    client = _acted_for(blocks) or (_client_of_own_firm(blocks, first.value) if first else None)
    if client is not None and (first is None or not _same_org(client.value, first.value)):
        return client
    if first is not None and (own := _applicant_below_letterhead(blocks, first)) is not None:
        return own
    return first


_ID_AFTER_NAME = re.compile(r"[^\S\n]*[,(][^\S\n]*(?:I[ČC]O?|IČ|REGON|Company\s+ID)\b[^\S\n]*[:.]?[^\S\n]*\d(?:[ \u00a0]?\d){7}")
"""An IČO written right after a name ("X s.r.o., IČO 12345678", "Y Ltd (Company ID …")."""
_APPLIES_VERB = re.compile(
    r"(?i)(?<!\w)(?=[žzabewuds])(?:žádá|zada|žiada|ziada|applies|requests|beantragt|ersucht|wnioskuje|wnosi|"
    r"ubiega\s+się|sollicite|demande)(?!\w)"
)
"""A third-person verb of applying ("žádá", "žiada", "applies", "beantragt", "wnioskuje")."""


def _applicant_below_letterhead(blocks: Sequence[Block], first: Hit) -> Hit | None:
    """Another organisation that a sentence below a letterhead names with its own IČO as the
    one that applies ("Společnost Rádio X s.r.o., IČO …, člen skupiny Y, žádá o přístup"),
    where the first name with a legal form is the letterhead's, on its component's first line
    beside an IČO (a parent group's letterhead over its station's letter): the station
    applies; never for certain (the sentence's words choose it)."""
    for b in blocks:
        if b.component != first.component or b.kind not in (Kind.OWN, Kind.ATTACHMENT):
            continue
        if not b.lines or b.lines[0].no != first.line or not _GROUPED_ID.search(b.lines[0].text):
            return None  # the first name stands elsewhere than a letterhead with its IČO
        for ln in b.lines[1:]:
            if (m := _ID_AFTER_NAME.search(ln.text)) is None or (found := _legal_in(ln.text[: m.start()])) is None:
                continue
            rest = _ANY_STOP.split(ln.text[m.end() :], maxsplit=1)[0]
            if _APPLIES_VERB.search(rest) and not _same_org(found[0], first.value):
                article = _FOREIGN_ARTICLE.match(found[0])  # "Die X GmbH, IČO …, beantragt"
                name = found[0][article.end() :] if article and _LEGAL_TAIL.sub("", found[0][article.end() :]) else found[0]
                return Hit(name, b.component, ln.no, False, Reason.OTHER_ORGANIZATION)
    return None


def _line_before(block: Block, line: Line) -> str:
    """The text of the line above ``line`` in its block, "" for the first."""
    at = next((i for i, ln in enumerate(block.lines) if ln is line), 0)
    return block.lines[at - 1].text + " " if at else ""


def _first_legal_form(blocks: Sequence[Block]) -> Hit | None:
    """The first name with a legal form in the text, then in the signature; a line naming a
    deal's supplier by its label (``_SUPPLIER_LABEL``) only where no other line names one."""
    supplier: Hit | None = None
    for kinds in ((Kind.OWN, Kind.ATTACHMENT, Kind.FORWARDED, Kind.QUOTED), (Kind.SIGNATURE,)):
        for b, ln in lines_of(_with_legal_form([b for b in blocks if b.kind in kinds])):
            found = _legal_in(ln.text)
            if found and _supplied_customer(ln.text, found[0]):
                continue  # "Snímky budu dodávat agentuře X s.r.o.": the writer's customer
            if found and b.kind is not Kind.SIGNATURE and _serves_the_writer(ln.text, found[0]):
                continue  # "servery nám provozuje firma X s.r.o.": the writer's host or printer
            if found and supplier is None and _SUPPLIER_LABEL.match(ln.text):
                supplier = Hit(found[0], b.component, ln.no, False, Reason.OTHER_ORGANIZATION)
                continue  # "Poskytovatel: X a.s." in an attached contract: the other party
            if found:
                legal, sure = found
                hit = _nominative_in_signature(Hit(legal, b.component, ln.no), blocks)
                if hit.value == legal and (at := ln.text.find(legal)) >= 0:
                    before = ln.text[:at] or _line_before(b, ln)  # a line of its own: the one above
                    hit = dataclasses.replace(hit, value=_nominative_by_case(legal, before))
                    sure = sure and hit.value == legal
                why = Reason.QUOTES if _QUOTES.search(ln.text) else Reason.SENTENCE
                prose = b.kind is not Kind.SIGNATURE and _in_running_prose(ln.text, hit.value)
                if prose or not sure:  # the sentence guessed the bounds: a place of the
                    # name's own confirms them (not a third party's, not a quoted name)
                    sure = why is Reason.SENTENCE and _bounds_confirmed(hit.value, blocks, ln)
                hit = hit if sure else dataclasses.replace(hit, certain=False, reason=why)
                return _only_one(_fullest(_descriptive_lead(hit), b, ln, blocks), blocks)
    return supplier


_SUPPLIES_TO = re.compile(
    r"(?i)(?<!\w)(?=[dpsvlb])(?:dod[áa]v(?:at|ať|ám|am|áme|ame|al[ao]?|ala)|prod[áa]v(?:at|ám|áme|al[ao]?)|"
    r"pred[áa]v(?:ať|am|ame)|supply|supplying|sell|selling|deliver|delivering|liefer(?:e|n|t)|"
    r"verkaufe|verkaufen|dostarcza\w*|dostarcz[ęy]\w*|sprzedaw\w*|sprzedam|sprzeda[ćj]\w*|"
    r"budu\s+dod[áa]\w+|bud[eu]\s+prod[áa]\w+)(?!\w)"
)
"""A first-person or infinitive verb of supplying or selling one's work ("budu dodávat",
"prodávám", "dodávam", "I will supply", "liefere ich an", "będę dostarczać"): the name with a
legal form after it in the sentence is the writer's customer, not the applicant."""
_ANY_STOP = re.compile(r"[.!?]\s+(?=\S)")


_SERVICE_BY = re.compile(
    r"(?i)(?<!\w)(?=[hptgdisrombna])(?:hostuje|hostovan\w*\s+(?:u|v)|tiskne|tisknou|tiskla|tiskl[ao]?|hosted\s+(?:by|at|with)|"
    r"printed\s+by|gehostet\s+(?:von|bei)|gedruckt\s+(?:von|bei)|drukuje|drukowan\w*\s+przez|"
    r"hostowan\w*\s+(?:przez|w)|hébergée?s?\s+(?:par|chez)|imprimée?s?\s+par|"
    # Slovak, Italian, Spanish, Hungarian, Dutch, Swedish
    r"tlačí|tlačia|stampat[oaie]\s+da|ospitat[oaie]\s+da|impres[oa]s?\s+por|"
    r"alojad[oa]s?\s+(?:por|en)|nyomtatja|gedrukt\s+door|gehost\s+door|tryck(?:s|t)\s+(?:av|hos)|"
    r"(?P<run>provozuje|spravuje|prevádzkuje|run\s+by|operated\s+by|managed\s+by|"
    r"betrieben\s+von|betreut\s+von|obsługuje|obsługiwan\w*\s+przez))"
    # an object pronoun after the verb ("tiskne je X", "tlačí ich X", "hostuje nám X")
    r"(?:\s+(?:je|ho|ich|ju|nám|nam|nás|nas|nám\s+je|ich\s+nám|nas|nám))?"
    r"(?:\s+(?:firma|společnost|spolecnost|spoločnosť|firmou|společností|die|der|the|company|firm[ae]?|spółka))?\s*$"
)
"""A verb of hosting, printing or running something right before a name ("servery nám
provozuje firma X", "tiskne Y s.r.o.", "hosted by Z Ltd"): the writer's supplier."""
_MACHINE_WORD = re.compile(r"(?i)(?=[shidcv])(?:server|serwer|hosting|infrastruktur|datacent|data\s+cent|cloud|vps)")


def _serves_the_writer(line: str, name: str) -> bool:
    """Whether ``name`` stands in its sentence right after a verb of hosting or printing, or
    of running the writer's servers (``_SERVICE_BY``; "provozuje" only where the sentence
    speaks of servers or hosting, else a portal's operator may be the applicant): the
    writer's host or printer named in passing, never the applicant."""
    at = line.find(name)
    if at <= 0:
        return False
    ends = list(_ANY_STOP.finditer(line[:at]))
    sentence = line[ends[-1].end() if ends else 0 : at]
    if (m := _SERVICE_BY.search(sentence[-60:])) is None:
        return False
    return not m.group("run") or _MACHINE_WORD.search(sentence) is not None


def _supplied_customer(line: str, name: str) -> bool:
    """Whether ``name`` is the object of the writer's supplying or selling their work in its
    sentence of ``line`` (``_SUPPLIES_TO`` before its own words, no words of acting for
    someone): a natural person's customer ("Fotografie budu prodávat agentuře X s.r.o.", "I
    will supply the footage to Y Ltd"), never the applicant."""
    at = line.find(name)
    head = (line[:at] if at >= 0 else "") + _LEGAL_TAIL.sub("", name)
    ends = list(_ANY_STOP.finditer(head))
    sentence = head[ends[-1].end() :] if ends else head
    return _SUPPLIES_TO.search(sentence) is not None and not _acts_for_any(sentence)


_SUPPLIER_LABEL = re.compile(
    r"(?i)^[\s>*•-]*(?:\d+[.)]\s*)?(?=[cdlpsvwzah])(?:dodavatel|poskytovatel|zhotovitel|prodávající|pronajímatel|"
    r"dodávateľ|poskytovateľ|zhotoviteľ|predávajúci|prenajímateľ|seller|supplier|vendor|provider|"
    r"contractor|lessor|lieferant|auftragnehmer|anbieter|vermieter|dostawca|sprzedawca|wykonawca|"
    r"usługodawca|fournisseur|prestataire)\w*[^\S\n]*(?:\w+[^\S\n]*)?[:\t]"
)
"""A label naming a deal's supplying side ("Poskytovatel:", "Dodavatel:", "Provider:",
"Auftragnehmer:"): an attached contract's, order's or invoice's other party, whose name is
not the applicant's where the text names another."""


_CONNECTIVE_WORD = re.compile(rf"{_CONNECTIVE}|és|og|och|en|&")
"""A word joining the words of a name (``_CONNECTIVE``, "és", "og", "och"): its own, unlike
any other lower-case word, which a sentence lends it."""
_PROSE_BEFORE = re.compile(rf"(?:^|\s)[{_LOWER}]{{2,}},?[ \t]+$")
_PROSE_AFTER = re.compile(rf"^\.?,?[ \t]+[{_LOWER}]{{2,}}(?![\w.]*[:@/])")
"""A lower-case word right before a name (not a label's end) or right after it: the name is
a word of a running sentence ("… möchte die X GmbH in der Wahlnacht drehen")."""


def _in_running_prose(line: str, name: str) -> bool:
    """Whether ``name`` is read out of a running sentence of ``line``: a lower-case word of
    the sentence stands right before or after it, and no IČO or other identifier stands on
    the line to tie it to a record. Where such a name starts or ends is the reader's guess,
    never certain, whatever the words (any language, any phrasing)."""
    at = line.find(name)
    if at < 0 or _EIGHT_DIGITS.search(line):
        return False
    before, after = line[:at], line[at + len(name) :]
    if _LABEL_END.search(before):
        return False
    lent_before, lent_after = _PROSE_BEFORE.search(before) is not None, _PROSE_AFTER.match(after) is not None
    if lent_before and lent_after:
        return True  # the sentence goes on on both sides
    words = _LEGAL_TAIL.sub("", name).split()[1:]
    inside = any(w[:1].islower() and not _CONNECTIVE_WORD.fullmatch(w) for w in words)
    return inside and (lent_before or lent_after)


_OWN_FIRM = re.compile(
    r"(?i)(?:(?<!\w)(?:naš[ei]|náš|naša|nase|nasa|our|unser\w*|notre|nostr[ao]|nuestr[ao]|nasz\w*|"
    r"onze|vår\w*)\s+(?:(?:IT|technick\w*|technical|dodavatelsk\w*|servisn\w*)\s+)?(?:firm\w*|"
    r"společnost\w*|spolecnost\w*|spoločnos\w*|company|agentur\w*|agency|Unternehmen|soci[ée]t[ée]|"
    r"societ[àa]|empresa|spółk\w*|bedrijf|byrå|studio|dodavatel\w*|contractor)|(?<!\w)we\s+at|"
    r"(?<!\w)wir\s+von|(?<!\w)(?:my|jsme)\s+z|"
    # the writer writing for their firm: "píšu za firmu X s.r.o.", "píšem za spoločnosť X"
    r"(?<!\w)(?:píšu|pisu|píši|pisi|píšeme|piseme|píšem|pisem)\s+za\s+(?:firm[uy]|společnost|spolecnost|spoločnosť|spolocnost))[\s,]+"
)
"""The writer's words for their own firm right before its name ("naše firma X s.r.o.", "our
company X Ltd", "unsere Agentur X GmbH", "we at X Ltd"), before the name or opening what was
read as it."""
_OWN_FIRM_BEFORE = re.compile(_OWN_FIRM.pattern + "$")


def _client_of_own_firm(blocks: Sequence[Block], own: str) -> Hit | None:
    """Another organisation with a legal form named in the paragraph where the writer names
    their own firm (``_OWN_FIRM``) and says they act for a client ("naše firma X s.r.o.
    zajišťuje … pro studio společnosti Y a.s. … Jménem klienta žádáme"): the client applies,
    the writer's firm only writes; never for certain (chosen by the sentence's words)."""
    for b, para, text in _acting_paragraphs(blocks):
        at = text.find(own)
        if at < 0 or not _acts_for_any(text):
            continue
        if not _OWN_FIRM_BEFORE.search(text[:at]) and not _OWN_FIRM.match(own):
            continue
        for found in _legal_names(text[at + len(own) :], acting=False):
            if not _same_org(found[0], own):
                line = _para_line(para, found[0])
                return Hit(found[0], b.component, line, False, Reason.OTHER_ORGANIZATION)
    return None


def _bounds_confirmed(name: str, blocks: Sequence[Block], line: Line) -> bool:
    """Whether a name whose bounds a sentence of ``line`` guessed is written as it is in a
    place of its own (``_written_outside_prose``), and the sentence makes it no third party
    nor someone the writer acts for (those doubts are not about its bounds)."""
    at = line.text.find(name)
    before = line.text[:at] if at >= 0 else line.text
    if _THIRD_PARTY.search(before) or _acts_for_any(before):
        return False
    return _written_outside_prose(name, blocks, line)


def _written_outside_prose(name: str, blocks: Sequence[Block], line: Line) -> bool:
    """Whether the text writes ``name`` as it is also in a place of its own, outside a
    sentence: a signature, a letterhead or a cell, after a label, beside its IČO (another
    line than ``line``): that place bounds the name the sentence only guessed."""
    for b, ln in lines_of(b for b in blocks if b.kind is not Kind.QUOTED and name in b.text):
        if ln is line or ln.text == line.text or name not in ln.text:
            continue
        if b.kind is Kind.SIGNATURE or not _in_running_prose(ln.text, name):
            return True
    return False


def _acted_for(blocks: Sequence[Block]) -> Hit | None:
    """The organisation a contractor or an agency writes for ("naše firma X s.r.o. spravuje …
    Jménem našeho klienta, vydavatelství Y a.s., žádáme", "on behalf of our client Z Ltd",
    "im Auftrag der W GmbH", "žadatelem je V plc") read from a paragraph's sentences across
    its line wraps: the applicant, not the writer's own firm; never for certain (a sentence
    read)."""
    for b, para, text in _acting_paragraphs(blocks, _has_legal_form):
        if (name := _acting_name_in(text)) is not None:
            return Hit(name, b.component, _para_line(para, name), False, Reason.OTHER_ORGANIZATION)
    return None


def _acting_paragraphs(
    blocks: Sequence[Block], also: Callable[[str], bool] | None = None
) -> Iterator[tuple[Block, list[Line], str]]:
    """Each paragraph, with its lines joined across their wraps, of the writer's own text,
    attachments and forwarded messages whose block says the writer acts for someone (and
    passes ``also``)."""
    for b in blocks:
        if b.kind not in (Kind.OWN, Kind.ATTACHMENT, Kind.FORWARDED) or not _acts_for_any(b.text):
            continue
        if also is None or also(b.text):
            for para in _paragraphs(b.lines):
                yield b, para, " ".join(ln.text.strip() for ln in para)


def _para_line(para: list[Line], name: str) -> int:
    """The number of the paragraph's line that writes (the start of) ``name``, else its first."""
    return next((ln.no for ln in para if name[:12] in ln.text), para[0].no)


def _legal_names(text: str, *, acting: bool) -> Iterator[tuple[str, bool, int]]:
    """Each name with a legal form ``_legal_match`` reads in ``text``, part by part."""
    for part in _PARTS.split(text):
        prev = 0
        for m in _WITH_LEGAL.finditer(part):
            found = _legal_match(part, m, prev, acting)
            prev = m.end()
            if found is not None:
                yield found


_ICO_IN_PARAGRAPH = re.compile(r"(?<![^\W\d_])I[ČC]O?\W{0,3}(\d{8})(?!\d)", re.IGNORECASE)
"""A labelled IČO with its spaces removed ("IČO: 12345678", "IČ 12345678")."""
_AGENT_WORDS = re.compile(
    # a representative's words: "advokátní kancelář", "attorney at law", "právní zástupce",
    # "Rechtsanwalt"; not "zastoupená jednatelem" (a firm's own statutory body), nor a degree
    # ("JUDr." signs for firms too)
    r"(?=[aáljpr])\b(?:advok\w*|attorney\w*|lawyers?|law\s+firm|rechtsanw\w*|"
    r"právn\w+\s+zástup\w*|právn\w+\s+zastoup\w*|právn\w+\s+zástupc\w*)",
    re.IGNORECASE,
)


class BoxOwner(Enum):
    """Whose a data box read from a written paragraph is, by the paragraph around it."""

    APPLICANT = "applicant"  # nothing in the paragraph says otherwise
    DOUBTFUL = "doubtful"  # a representative's words, or an IČO beside the applicant's
    ANOTHER = "another"  # the paragraph's IČOs (the office's aside) are all another's


def box_owner(blocks: Sequence[Block], component: str, line: int, ico: str | None, office_ico: str) -> BoxOwner:
    """The one rule on a data box's paragraph, used both where the box is read (``ANOTHER``:
    a representative's or a supplier's own box in its signature, "AK Benešová, IČO: …,
    Datová schránka: …" below a letter for a client, is dropped) and by the certainty gate
    (anything but ``APPLICANT`` is unsure): its labelled IČOs against the applicant's
    (``ico``) and the office's, and a representative's words ("advokát", "attorney")."""
    block, lines = _box_paragraph(blocks, component, line)
    numbers = {n for ln in lines for n in _ICO_IN_PARAGRAPH.findall(ln.replace(" ", ""))}
    found = numbers - {office_ico}
    if ico is not None and found and ico not in found and all(ico_valid(n) for n in found):
        # dropped only where the block writes an IČO unspaced somewhere (a grouped one alone
        # is not sure enough to drop the box: it stays, unsure)
        if _ICO_IN_PARAGRAPH.search(block):
            return BoxOwner.ANOTHER
    if any(_AGENT_WORDS.search(ln) for ln in lines) or (ico is not None and bool(found - {ico})):
        return BoxOwner.DOUBTFUL
    return BoxOwner.APPLICANT


def box_of_another(blocks: Sequence[Block], box: Hit, ico: str | None, office_ico: str) -> bool:
    """Whether the data box read (``box``) is another's than the applicant's (``box_owner``)."""
    return box.line is not None and box_owner(blocks, box.component, box.line, ico, office_ico) is BoxOwner.ANOTHER


def _box_paragraph(blocks: Sequence[Block], component: str, line: int) -> tuple[str, list[str]]:
    """The text of the first block of ``component`` holding line ``line``, and the lines of
    that line's paragraph (between blank lines)."""
    for b in blocks:
        if b.component == component and any(ln.no == line for ln in b.lines):
            para = next(p for p in _paragraphs(b.lines) if any(ln.no == line for ln in p))
            return b.text, [ln.text for ln in para]
    return "", []


def _paragraphs(lines: Sequence[Line]) -> list[list[Line]]:
    """Lines grouped into paragraphs (split at blank lines)."""
    out: list[list[Line]] = [[]]
    for ln in lines:
        if ln.text.strip():
            out[-1].append(ln)
        elif out[-1]:
            out.append([])
    return [p for p in out if p]


def _acting_name_in(text: str) -> str | None:
    """The first name with a legal form in ``text`` that the words before it say the writer
    acts for (``_ACTS_FOR``)."""
    if not _acts_for_any(text) or not _has_legal_form(text):
        return None
    found = next((found[0] for found in _legal_names(text, acting=True) if found[2] == _ACTING), None)
    return found or _named_before_back_reference(text)


_ACTS_BACK = re.compile(
    r"(?i)(?:jejich|jeho|její|ich|jej|ihre[mnr]?|leur|loro|su)\s+(?:jménem|jmenem|menom|mene|"
    r"zastoupení|zastúpení|Auftrag|Namen|nom|conto|nombre)\b|\bv\s+(?:jejich|ich)\s+(?:zastoupení|"
    r"zastúpení|mene)|\bon\s+(?:their|its|his|her)\s+behalf|\bin\s+(?:their|its)\s+name\b"
)
"""Words of acting for someone that point back with a pronoun ("žádáme jejich jménem", "on
their behalf", "in ihrem Auftrag"): the organisation named before them."""


def _named_before_back_reference(text: str) -> str | None:
    """The last name with a legal form before ``_ACTS_BACK`` that the text does not introduce
    as the writer's own firm (``_OWN_FIRM_BEFORE``): the one the pronoun points to."""
    if (back := _ACTS_BACK.search(text)) is None:
        return None
    before = text[: back.start()]
    names = [f[0] for f in _legal_names(before, acting=False)]
    for name in reversed(names):
        at = before.rfind(name)
        if not _OWN_FIRM_BEFORE.search(before[:at]):
            return name
    return None


_RUN_AT_END = re.compile(rf"(?:^|\s)[(\[]?[a-záčďéěíňóřšťúůýžľĺŕô]\S*\s+(?P<run>{_UPPER_WORD}(?:\s+{_UPPER_WORD}){{0,3}})$")
"""Capitalised words ending a line after a lower-case word of a sentence ("… vydavatel
Severní"): the start of a name that a line wrap broke."""


_WRAPPED = 40
"""The shortest line a mail client or a writer wraps: a shorter line ends where it was meant to."""
_SENTENCE_GOES_ON = re.compile(r"\s[a-záčďéěíňóřšťúůýžľĺŕô]{2,}")


def _fullest(hit: Hit, block: Block, line: Line, blocks: Sequence[Block]) -> Hit:
    """The fullest form of a name with a legal form: the same name written longer elsewhere
    in the message ("Lipa, a.s." read from "žádost Televizní společnosti Lipa, a.s." is the
    signature's "Televizní společnost Lipa, a.s."), else the capitalised words ending the line
    before it when the name opens its line (a wrap broke it), joined and flagged."""
    mine = _key(hit.value)
    for b, ln in lines_of(_with_legal_form(blocks)):
        other = _opening_line(ln.text, hit.value) or ""
        other = _without_descriptor(other)
        if len(_key(other)) > len(mine) and _key(other).endswith(mine) and not _OFFICE.search(other):
            return dataclasses.replace(hit, value=_ARTICLE.sub("", other), component=b.component, line=ln.no)
    i = block.lines.index(line)
    if i == 0 or not _key(line.text).startswith(mine) or len(block.lines[i - 1].text) < _WRAPPED:
        return hit
    if not _SENTENCE_GOES_ON.search(line.text[line.text.find(hit.value[-3:]) + 3 :]):
        return hit  # a name filling its line (a signature) is no wrapped one
    m = _RUN_AT_END.search(block.lines[i - 1].text.rstrip())
    run = m.group("run") if m else ""
    if not run or run.endswith(".") or any(w.isupper() for w in run.split()):
        return hit
    if _OFFICE.search(run) or _JOB.search(run) or _SENTENCE_INSIDE.search(run.lower()):
        return hit
    if _DESCRIPTIVE.match(run + " x"):
        return hit
    return Hit(f"{run} {hit.value}", hit.component, hit.line, False, Reason.SENTENCE)


_OPENING = re.compile(r"^(?:[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽĽ][\w'’&-]*\.?\s+)(?:[\w'’&-]+\.?\s+){0,4}$")


_CELL_AFTER = re.compile(r"\s*(?:[|•·–—,;(]|\s-\s|$)")


def _opening_line(text: str, name: str) -> str | None:
    """``name`` with the words that open its line before it, when they read as the start of
    the name (a signature's or a footer's "Rozhlasová společnost Morava, a.s."): capitalised
    first, no punctuation between, no person's name, no word of a sentence."""
    at = text.find(name)
    lead = _ARTICLE.sub("", text[:at].lstrip()) if at > 0 else ""
    rest = text[at + len(name) :]
    if not lead or not _OPENING.match(lead) or _SENTENCE_INSIDE.search(lead.lower()) or "." in lead:
        return None
    if "\t" in text[:at]:
        return None  # "Name<tab>X Kft.": another cell (a label's), never the name's start
    if _DASH.search(lead[-3:]):
        return None  # "L'Écho de Lorraine - Société X SAS": a title's cell, then the name's
    words = lead.split()
    if words[0].isupper() or any(_JOB.fullmatch(w) for w in words) or _described_apart(lead, name):
        return None
    if _opens_sentence(words[0].strip(",.;:"), (words[1:] or name.split())[0]):
        return None  # "Desde X S.L. solicitamos …", "Vydává X s.r.o.": the sentence's word
    if rest.strip() and not _CELL_AFTER.match(rest):
        return None  # the name must fill its line or its cell (a signature, a footer)
    if clean_name(lead.strip()) or _GREETING.search(lead) or any(_STOP_WORD.fullmatch(w) for w in lead.split()):
        return None
    return None if _sentence_lead(lead, name) else lead + name


def _described_apart(lead: str, name: str) -> bool:
    """Whether the words opening a line before ``name`` are a descriptive word written apart
    from it (``_DESCRIPTIVE``: "Vydavatel ALFA MEDIA s.r.o.", "Společnost Beta, a.s. Praha"
    with more than the word): one descriptive word written like the name's own words
    ("Vydavatelství Horácko, spol. s r.o." in a footer) is the name's first word."""
    if _DESCRIPTIVE.match(lead + name) is None:
        return False
    return len(lead.split()) > 1 or _descriptive_lead(Hit(lead + name, "", 0)).value != lead + name


def _sentence_lead(lead: str, name: str) -> bool:
    """Whether the words before a name are a sentence's, not the start of the name: a
    contraction ("I'm writing on behalf of"), a first word that opens a sentence
    ("Zastupujeme", "We are …"), words of acting for someone or of an opener at its end (read
    with the name's first letter after it: "Žádost spolku " opens "Žádost spolku Hlas …")."""
    words = lead.split()
    if any(_CONTRACTION.fullmatch(w.strip(",.;:")) for w in words):
        return True
    if len(words) > 1 and _opens_sentence(words[0], words[1]):
        return True
    opened = _PREFIX_BARE.match(_folded(lead.rstrip() + " " + name[:1]))
    return opened is not None or _acts_for_any(lead) and _ACTS_FOR.search(lead) is not None


_DESCRIPTIVE = re.compile(
    r"^(?:Vydavatel\w*|Vydavateľ\w*|Nakladatel\w*|Společnost|Spolecnost|Spoločnosť|Firma|"
    r"Publisher|Publishing\s+house|Company|Obchodní\s+společnost|Obchodná\s+spoločnosť)\s+"
    r"(?=\S)"
)
"""A word describing what the organisation is, written before its name ("Vydavatelství
ALFA MEDIA s.r.o."): it may or may not belong to the name."""


def _descriptive_lead(hit: Hit) -> Hit:
    """A name with a legal form opening with a descriptive word written apart from the name
    (the name in capitals, the word not: "Vydavateľstvo ZÁHORIE MEDIA s. r. o.") is the
    name without the word, unsure; a word written like the rest of the name ("Vydavatelství
    Horácko, a.s.") is part of it."""
    m = _DESCRIPTIVE.match(hit.value)
    if m is None or m.group().isupper():
        return hit
    rest = hit.value[m.end() :]
    words = [w for w in _LEGAL_TAIL.sub("", rest).split() if any(c.isalpha() for c in w)]
    if not words or not all(w.isupper() for w in words):
        return hit
    return Hit(rest, hit.component, hit.line, False, Reason.DESCRIPTIVE)


def _stems(name: str) -> tuple[str, ...]:
    """The words of a name without their last two letters: "Jihočeské televize" and
    "Jihočeská televize" (a case ending) have the same stems."""
    return tuple(w[: max(3, len(w) - 2)] for w in _NON_WORD.sub(" ", name.casefold()).split())


def _nominative_in_signature(hit: Hit, blocks: Sequence[Block]) -> Hit:
    """A name found in a sentence is often declined ("adresy Jihočeské televize, s.r.o."):
    the signature's form of the same name (same stems) is the name as written."""
    for b, ln in lines_of([b for b in blocks if b.kind is Kind.SIGNATURE]):
        if _has_legal_form(ln.text) and (legal := legal_name_in(ln.text)):
            if legal != hit.value and _same_words(legal, hit.value):
                if _same_spelling(legal, hit.value) and _marks(legal) <= _marks(hit.value):
                    return hit  # the signature only drops the diacritics
                return Hit(legal, b.component, ln.no)
    return _nominative_on_own_line(hit, blocks)


def _nominative_on_own_line(hit: Hit, blocks: Sequence[Block]) -> Hit:
    """A signature the text does not set off ("Z wyrazami szacunku / … / Agencja X sp. z
    o.o., ul. …"): a line opening with the same name in another case ("w imieniu Agencji X
    sp. z o.o.") writes it as the name is written; a guess from the line's place, unsure."""
    for b, ln in lines_of([b for b in blocks if b.kind in (Kind.OWN, Kind.ATTACHMENT)]):
        if (b.component, ln.no) == (hit.component, hit.line) or not _has_legal_form(ln.text):
            continue
        legal = legal_name_in(ln.text)
        if legal and legal != hit.value and ln.text.lstrip().startswith(legal) and _same_words(legal, hit.value):
            if _same_spelling(legal, hit.value):
                return hit
            return Hit(legal, b.component, ln.no, False, Reason.SENTENCE)
    return hit


_ADJ_ACC = re.compile(r"(?i)^(\w+?)(?:ou|(?P<sk>ú))$")
_NOUN_ACC = (
    (re.compile(r"(?i)^(\w+)iu$"), "ia"),
    (re.compile(r"(?i)^(\w+)u$"), "a"),
    (re.compile(r"(?i)^(\w+[cčsšzžřjťďň])i$"), "e"),
)
_NOUN_INS = (
    (re.compile(r"(?i)^(\w+)iou$"), "ia"),
    (re.compile(r"(?i)^(\w+[ťďňľ])ou$"), ""),
    (re.compile(r"(?i)^(\w+)ou$"), "a"),
    (re.compile(r"(?i)^(\w+st)í$"), ""),
    (re.compile(r"(?i)^(\w+[cčsšzžřjťďň])í$"), "e"),
    (re.compile(r"(?i)^(\w+[^\W\d_aeiouyáéíóúůýěô])$"), ""),
)
"""The instrumental of the last noun ("Krajskou agenturou", "Moravskou televizí",
"společností", the Slovak "spoločnosťou") and a noun whose accusative is its nominative
("Severočeskou společnost"): read only at the name's end, where no adjective stands."""
_SLOVAK_WORD = re.compile(r"[äôľĺŕ]|[ťďň]ou$|ú$|ej$|iou$", re.IGNORECASE)
_LONG_END = re.compile(r"(?:[áéíóúýô]|i[aeu])[^aeiouyáéíóúýôäě]*$", re.IGNORECASE)
"""A Slovak phrase's mark, and a stem whose last syllable is long: the Slovak nominative
ending after it is short ("mediálna", "Regionálna"; but "Záhorská")."""
_ADJ_GEN = re.compile(r"(?i)^(\w+?)(?:é|(?P<sk>ej))$")
_NOUN_GEN = (
    (re.compile(r"(?i)^(\w+)ie$"), "ia"),
    (re.compile(r"(?i)^(\w+[cčsšzžřjťďň]e)$"), ""),
)
"""Feminine endings of an adjective and its noun in the accusative ("Jihočeskou televizi",
"Krajskou agenturu") and the genitive ("Studentské televize", "Regionálnej televízie"); a
genitive in "-é … -y" is left alone: it is also a plural's nominative ("Krajské listy")."""
_GENITIVE_PREPOSITION = re.compile(r"(?i)(?:^|\s)(?:z|ze|od|do|u)\s+$")


def _feminine(
    words: list[str], adj: re.Pattern[str], nouns: Sequence[tuple[re.Pattern[str], str]]
) -> list[str] | None:
    """``words`` with their leading adjectives and first noun made nominative, when an
    adjective opens them, every adjective before the noun has the case's ending (or a soft
    one, "Okresní", in the accusative) and the noun one of its endings; None otherwise. The
    nominative is the language's own ("-á"), also in a text typed without diacritics
    ("Krajskou" is "Krajská"); a Slovak phrase ("-ej", "-ú", "spoločnosťou") gives the Slovak
    nominative, "-a" after a long syllable ("Regionálnej" is "Regionálna")."""
    out: list[str] = []
    proved = adj is _ADJ_ACC  # an accusative's "-u" is feminine; a genitive needs "-é"
    slovak = any(_SLOVAK_WORD.search(w) for w in words)
    hard = False
    for i, w in enumerate(words):
        last = i == len(words) - 1
        # after an adjective, an "-ou" word followed by a capitalised word that is neither an
        # adjective nor a noun of the case (the name: "Slezskou agenturou Větrník") is the
        # noun, not one more adjective ("Severočeskou rozhlasovou společnost")
        nxt = "" if last else words[i + 1]
        noun_next = (
            hard
            and nxt[:1].isupper()
            and adj.match(nxt) is None
            and not nxt.endswith(("í", "i"))
            and not any(rx.match(nxt) for rx, _ in nouns)
        )
        # the last word an adjective of its own suffix after another ("Severočeskou
        # vydavatelskou, s.r.o."): the noun is left out, the adjective ends the name
        elided = last and hard and adj is _ADJ_ACC and _ADJ_SUFFIX_END.match(w) is not None
        if (m := adj.match(w)) is not None and (not last or elided) and not noun_next:
            proved = hard = True
            out.append(m.group(1) + ("a" if (slovak or m.group("sk")) and _LONG_END.search(m.group(1)) else "á"))
            if last:
                return out
            continue
        for rx, to in (*(_NOUN_INS if adj is _ADJ_ACC and (last or noun_next) and hard else ()), *nouns):
            if i and proved and (n := rx.match(w)) is not None:
                return [*out, n.group(1) + to, *words[i + 1 :]]
        if w.endswith(("í", "i")) and (i == 0 or hard) and not last:
            out.append(w)  # a soft adjective keeps its ending in every case ("Slezskou mediální")
        elif last and hard and adj is _ADJ_ACC and _SOFT_ADJ_END.search(w):
            # (not after a genitive's "-é": "Severočeské vysílání" is a neuter noun's nominative)
            return [*out, w]  # the noun left out after a soft adjective ("Jihočeskou mediální, a.s.")
        else:
            return None
    return None


_ADJ_SUFFIX_END = re.compile(r"(?i)\w{3,}[sc]k(?:ou|ú)$")
"""A feminine adjective's own suffix ("vydavatelskou", "zpravodajskou", "mediálnu" is no such)
in the accusative or instrumental at a name's end: no noun ends so."""
_SOFT_ADJ_END = re.compile(r"(?i)\w{3,}(?:n[íi]|[cč]í)$")
"""A soft adjective's ending ("mediální", "vysílací") at a name's end, its noun left out."""


_ADJ_GEN_M = re.compile(r"(?i)^(\w+?)(?:(?P<hard>é)|í)ho$")
_NOUN_GEN_M = (
    (re.compile(r"(?i)^(\w+[iíe])a$"), "o", "é"),  # "rádia" → "rádio" (neuter)
    (re.compile(r"(?i)^(\w+[^\Waeiouyáéíóúůýě])[ua]$"), "", "ý"),  # "večerníku", "týždenníka"
    (re.compile(r"(?i)^(\w+[jcčšžřťďň])e$"), "", "ý"),  # "zpravodaje"
    (re.compile(r"(?i)^(\w+[^\Waeiouyáéíóúůýě][ln])e$"), "", "ý"),  # "Kotle", "Týdne": a mobile vowel
)
"""Masculine and neuter endings of adjectives and their noun in the genitive ("Zlínského
večerníku", "Záhorského týždenníka", "Krajského rádia"), turned to the nominative."""


_MOBILE_STEM = re.compile(
    r"(?i)^(?P<s>\w*[aeiouyáéíóúůýěô]\w*?)(?:(?P<f>[^\Waeiouyáéíóúůýěôlrsš])(?P<k>k)|(?P<l>[^\Waeiouyáéíóúůýěô])(?P<l2>l)|"
    r"(?P<n>[^\Waeiouyáéíóúůýěôrlm])(?P<n2>[nň])|(?P<c>[^\Waeiouyáéíóúůýěôrn])(?P<c2>c))$"
)
"""A masculine stem ending in two consonants no nominative ends in: the oblique cases dropped
a mobile vowel ("Posla", "Orla", "Kotle", "Týdne", "Lístku", "Kopce", the Slovak "Týždňa");
"Smysl", "Park", "Disk", "Bobr" and "Cukr" end so in the nominative."""
_SLOVAK_TAIL = re.compile(r"(?i)[äôľĺŕ]|(?<!\w)(?:menom|mene|žiad\w*|ziad\w*|sme|som|spoločnos\w*|spolocnos\w*)(?!\w)")


def _with_mobile_vowel(stem: str, *, slovak: bool) -> str:
    """``stem`` (a masculine noun's genitive without its ending) in the nominative: the
    mobile vowel its oblique cases drop put back ("Posl" → "Posel", "Týdn" → "Týden"; the
    Slovak "Posol", "Lístok", "Týždeň"); any other stem as it is."""
    m = _MOBILE_STEM.match(stem)
    if m is None or stem.casefold().endswith("mysl"):
        return stem
    last = m.group("k") or m.group("l2") or m.group("n2") or m.group("c2")
    vowel = "o" if slovak and (m.group("k") or m.group("l2")) else "e"
    return stem[: len(stem) - 1] + vowel + last


def _masculine(words: list[str], *, slovak: bool = False) -> list[str] | None:
    """``words`` with their leading adjectives ("-ého", "-ího") and first noun made
    nominative, when at least one such adjective opens them and the noun has a genitive
    ending (``_NOUN_GEN_M``), its mobile vowel put back (``_with_mobile_vowel``); None
    otherwise."""
    adjs = []
    for w in words:
        if (m := _ADJ_GEN_M.match(w)) is None:
            break
        adjs.append(m)
    if not adjs or len(adjs) == len(words):
        return None
    noun = words[len(adjs)]
    for rx, to, hard in _NOUN_GEN_M:
        if (n := rx.match(noun)) is not None:
            made = [m.group(1) + (hard if m.group("hard") else "í") for m in adjs]
            stem = n.group(1) if to else _with_mobile_vowel(n.group(1), slovak=slovak)
            return [*made, stem + to, *words[len(adjs) + 1 :]]
    return None


_ADJ_GEN_PL = re.compile(r"^(\w+?)(?:(?P<hard>ých)|ích)$")
_NOUN_GEN_PL = re.compile(
    r"^(\w+?)(?:(?P<soft>[cčšžřjťďň])?ů|(?P<sk>ov)|(?P<zero>[^\WaeiouyáéíóúůýěAEIOUY])(?<=[^\W\d_]{3}))$"
)


def _plural(words: list[str]) -> list[str] | None:
    """``words`` with their leading adjectives ("-ých", "-ích") and first noun ("-ů", the
    Slovak "-ov") made nominative plural ("Mladoboleslavských listů" is "Mladoboleslavské
    listy"); a genitive plural has no other reading. None when they do not open so."""
    adjs = []
    for w in words:
        if (m := _ADJ_GEN_PL.match(w)) is None:
            break
        adjs.append(m)
    if not adjs or len(adjs) == len(words) or (n := _NOUN_GEN_PL.match(words[len(adjs)])) is None:
        return None
    made = [m.group(1) + ("é" if m.group("hard") else "í") for m in adjs]
    noun = n.group(1) + (n.group("soft") + "e" if n.group("soft") else (n.group("zero") or "") + "y")
    return [*made, noun, *words[len(adjs) + 1 :]]


def _nominative_by_case(name: str, before: str) -> str:
    """A name read right after a preposition taking the accusative ("za Krajskou agenturu
    X, a.s.") or after a governing noun ("redaktorka Studentské televize X, z. ú."): the
    nominative its feminine endings give; else the name as written."""
    tail = " " + before[-60:]
    body = _without_legal_tail(name)
    words = body.split()
    if not words or not words[0][:1].isupper():
        return name
    made = _plural(words)
    if made is None:
        if _ACCUSATIVE.search(tail) or (_ADJ_SUFFIX.match(words[0]) and _GOVERNED_TAIL.search(tail)):
            # "-ou"/"-ú" opening a name a word of the sentence governs is no nominative: the
            # accusative after any verb ("zastupuji Slezskou mediální agenturu s.r.o."), the
            # instrumental ("provozován Hanáckou televizí"); a sentence's subject is in the
            # nominative ("Slezská …"), which never ends so
            made = _feminine(words, _ADJ_ACC, _NOUN_ACC)
        elif (governed := _GOVERNING_NOUN.search(tail) or _GENITIVE_PREPOSITION.search(tail)) or _ADJ_GEN_M.match(words[0]):
            # a masculine adjective's "-ého"/"-ího" is never a nominative, whatever governs it
            # (an English "editor of Beskydského Lístku a.s." too)
            slovak = _SLOVAK_TAIL.search(tail) is not None or any(_SLOVAK_WORD.search(w) for w in words)
            made = (_feminine(words, _ADJ_GEN, _NOUN_GEN) if governed else None) or _masculine(words, slovak=slovak)
        else:
            return name
    return " ".join(made) + name[len(body) :] if made else name


_CELLS = re.compile(r"\s[|•·]\s|\t")
_NON_WORD = re.compile(r"[\W_]+")


def _with_legal_form(blocks: Sequence[Block]) -> list[Block]:
    """The blocks that name a legal form anywhere (one search per block, not per line)."""
    return [b for b in blocks if _has_legal_form(b.text)]


def _only_one(hit: Hit, blocks: Sequence[Block]) -> Hit:
    """A name found by its legal form is unsure when the text names another organisation
    with a legal form (a provider, a parent company …): which one applies is a guess."""
    mine = _key(hit.value)
    for _, ln in lines_of(_with_legal_form(blocks)):
        if not _has_legal_form(ln.text):
            continue
        for part in _CELLS.split(ln.text):
            for m in _WITH_LEGAL.finditer(part):
                other = _clean(_STOP.sub("", m.group(1)))
                if other and _key(other) not in mine and mine not in _key(other) and not _same_declined(other.split(), hit.value.split()):
                    return Hit(hit.value, hit.component, hit.line, False, Reason.OTHER_ORGANIZATION)
    return hit


def _key(name: str) -> str:
    return _NON_WORD.sub("", name.casefold())


_SIG_CELLS = re.compile(r",\s|\s[/|•·–—-]\s|\t|\s{3,}|\s?\(|\)")
_CONTACT_TAIL = re.compile(r"(?i)[^\S\n]+(?=[tmpef])(?:tel\.?|mob\.?|mobil|phone|e-?mail|fax)[^\S\n]*[:.]?[^\S\n]*[+\d]")
"""A contact detail's label and its number after a name in one cell ("Urząd Miasta X tel. +48 …")."""
_CONTACTISH = re.compile(r"[@+\d]|^(?:tel|mob|e-?mail|www|http|fax)\b", re.IGNORECASE)
_JOB = re.compile(
    r"(?i)\b(?:vedoucí|ředitel|redaktor|editor|manager|head|director|developer|specialist|"
    r"správce|administrátor|jednatel|odbor|oddělení|technik|asistent|šéf|chief|officer|"
    r"koordinátor|coordinator|referent|desk|team|tým|katedr\w*|department|IT\b|"
    # the same in the languages a foreign medium writes in ("Leiterin Nachrichten",
    # "Caporedattrice", "Chargée de production", "Jefa de informativos", "Hoofdredacteur")
    r"leiter|redakt|redatt|rédact|redact|caporedatt|chefredakt|hoofdredact|eindredact|"
    r"geschäftsführ|direkt|direttor|direttric|directeur|directrice|director|responsabil|"
    r"charg[ée]e?\s+de|jef[ae]\b|journalist|giornalist|periodist|újságíró|report[eé]r|"
    r"korrespondent|corrispondent|correspondant|corresponsal|correspondent|verslaggever|"
    r"szerkesztő|főszerkesztő|igazgató|sachbearbeit|producent|producer|productrice|"
    r"producteur|produttor|productor|moderat|presentat|anchor|"
    # a photographer, and a compound of a job noun at its end (German "Fotojournalist",
    # "Bildreporter", "Sportredakteurin", "Wahlkorrespondent", Dutch "fotojournalist")
    r"fotograf(?:in|en|o|a)?\b|photograph(?:er|e)\b|fotógraf[oa]\b|"
    r"\w+(?:journalist|reporter|redakteur|korrespondent)(?:in|innen|en)?\b)"
)


_CITY = re.compile(
    r"Praha|Prague|Brno|Ostrava|Plzeň|Olomouc|Liberec|Zlín|Pardubice|Jihlava|Kladno|Most|Opava|"
    r"Karviná|Teplice|Děčín|Chomutov|Přerov|Tábor|Písek|Kolín|Třebíč|Znojmo|Cheb|Trutnov|"
    r"Hradec\s+Králové|České\s+Budějovice|Ústí\s+nad\s+Labem|Karlovy\s+Vary|Bratislava|"
    r"Košice|Žilina|Nitra|Prešov|Wien|Vienna|Berlin|München|London|Warszawa|Kraków|"
    # a country or its code ("Sophie Grant, UK", "Jan Kos, Polska")
    r"UK|U\.K\.|GB|USA?|U\.S\.A?\.?|CZ|SK|PL|DE|AT|FR|IT|ES|NL|BE|HU|CH|IE|SI|HR|EU|"
    r"England|Scotland|Wales|(?:Great\s+)?Britain|United\s+(?:Kingdom|States)|Ireland|Germany|"
    r"Deutschland|Austria|Österreich|Poland|Polska|Slovakia|Slovensko|Czechia|Česko|Cesko|"
    r"Czech\s+Republic|Česká\s+republika|France|Italy|Italia|Spain|España|Hungary|"
    r"Magyarország|Netherlands|Nederland|Belgium|Switzerland|Schweiz|Suisse"
)
"""Towns and countries written beside a person's name in a signature ("Jana Malá, Praha",
"Sophie Grant, UK") or in a subject ("Election night - Prague"): no organisation."""


_QUOTED_AFTER_NOUN = re.compile(
    r"^[a-záčďéěíňóřšťúůýžľĺŕôäöüß]+(?:\s+[a-záčďéěíňóřšťúůýžľĺŕôäöüß]+){0,2}\s+"
    r"[\"„“»«'‚](?P<name>[^\"„“”»«]{2,60}?)[\"“”«»'‘]$"
)
"""A lower-case noun before a quoted name ('redakce "Večerník Vysočina"', 'časopis
„Krajina"', 'die Zeitung "Nordkurier"'): the name is in the quotes."""
_CELL_LABEL = re.compile(r"^[^\W\d]{2,20}(?:\s[^\W\d]{2,20})?\s?:\s*")
"""A cell opening with a field's label ("Kontakt: …", "Ansprechpartner: …")."""
_POSTSCRIPT = re.compile(
    r"^(?:P\.?\s?P\.?\s?)?P\.?\s?S(?:\.|\s*[:,–—-])|^(?:PP)?PS\s+(?=[a-záčďéěíňóřšťúůýžľĺŕôäöü])"
)
"""A postscript's opener ("PS:", "P.S.", "PPS -"): a sentence follows, never a name."""


def _org_cell(cell: str) -> str | None:
    """A cell of a signature after a person's name that can be an organisation's name:
    capitalised, no contact detail or job title (two capitalised words after a person's
    name are more likely a name like "Valley Wire" than a second person)."""
    c = cell.strip(" -–—.,")
    if not TITLES.sub("", c).strip(" .,"):
        return None  # "Mgr. Petr Malý, Ph.D."
    if (q := _QUOTED_AFTER_NOUN.match(c)) is not None:
        c = q.group("name")  # 'redakce "Večerník Vysočina"': the name in quotes
    if (lab := _CELL_LABEL.match(c)) is not None and clean_name(c[lab.end() :]):
        return None  # "Kontakt: Iva Nová": a labelled person
    if _POSTSCRIPT.match(c) or (lab is not None and c[lab.end() : lab.end() + 1].islower()):
        return None  # "PS: omlouvám se", "Pozn.: opravuji": a note's sentence, no name
    if (tail := _CONTACT_TAIL.search(c)) is not None and not _CONTACTISH.search(c[: tail.start()]):
        c = c[: tail.start()]  # "Urząd Miasta X tel. +48 …": a joined line's phone after the name
    if not c[:1].isupper() or _CONTACTISH.search(c) or _JOB.search(c) or _NOT_ORG.match(c):
        return None
    if _DEPARTMENT.match(c):  # "Wydział Promocji", "Abteilung IT": a unit, the office after it
        return _org_cell(c.split(",", 1)[1]) if "," in c else None
    if _MACHINE_CELL.match(c):
        return None  # "Můj server (VPS)", "My site (Hosting)": the writer's machine, no firm
    sentence = c.endswith(("?", "!")) or (_REQUEST_WORDS.search(c) and _LOWER_WORD_IN.search(c))
    if len(c.split()) > 6 or _CITY.fullmatch(c) or sentence:
        return None  # a place, or the sentence of the request ("Could I get the results feed?")
    return _clean(c)


_MACHINE_CELL = re.compile(
    r"(?i)^(?:(?:VPS|VM|VPN|NAT|DNS|CDN|VDS|server|serwer|hosting|webhosting|cloud|router|firewall|"
    r"proxy|virtu[áa]l|raspberry(?:\s+pi)?|NAS)\w{0,3}(?:$|\s)|"
    # a first-person possessive and a lower-case word: the writer's own thing, no name
    r"(?:m[ůu]j|moje?|moja|m[óôo]j|my|mein\w?|mon|ma|mes|mi|mis|nasz\w*|n[áa][šs]|na[šs]e|our|unser\w*)"
    r"\s+(?-i:[a-záčďéěíňóřšťúůýžľĺŕôäöüßąćęłńśźż]))"
)
"""A cell naming a machine or a service ("VPS", "Server", "Hosting") or opened by a
first-person possessive and a lower-case word ("Můj server", "My site", "Mój komputer"): what
the writer runs, never an organisation (a freelancer without a firm applies as herself)."""


_TOWN_CELL = re.compile(rf"(?:\d{{3}}[ \u00a0]?\d{{2}}\s+)?(?P<town>{_CITY.pattern})(?P<no>\s+\d{{1,2}})?")
"""A town alone in a cell, perhaps with its postcode or its district's number ("Praha 2",
"602 00 Brno", "Wien")."""


def _district_beside_town(line: str, cell: str, alone: bool) -> bool:
    """Whether ``cell`` is a district or a quarter written beside its town on an address
    line under a person's name ("Praha 2, Vinohrady", "Žabovřesky, Brno", "Wien,
    Leopoldstadt"): no organisation. A short name without a legal form beside a numbered
    town ("Praha 2") or in the signature of one who works on their own (a freelancer has no
    firm to name: ``alone``) is the place; an outlet's name beside a bare town stays one."""
    if _has_legal_form(cell) or len(cell.split()) > 2:
        return False
    towns = [m for c in _SIG_CELLS.split(line) if c.strip() != cell and (m := _TOWN_CELL.fullmatch(c.strip()))]
    return any(m.group("no") or m.group().strip()[:1].isdigit() for m in towns) or (bool(towns) and alone)


def _place_in_bracket(line: str, cell: str) -> bool:
    """Whether ``cell`` is one word closing a bracket after a comma or alone in it ("(Jan
    Kos – fotograf, Málaga)", "(Gdańsk)"): where a freelancer writing of themselves lives,
    never their organisation (a trade name is kept by ``_freelancer_bracketed_trade``)."""
    if len(cell.split()) != 1:
        return False
    return re.search(rf"[,(]\s*{re.escape(cell)}\s*\)", line) is not None


def _town_after_job(prev: tuple[Line, str], line: Line, cell: str) -> bool:
    """Whether ``cell`` is one capitalised word right after a job's cell on its line ("fotograf,
    Katowice", "Fotografin, Linz", "photographer, Gdańsk"), no legal form: the town of a writer
    who works on their own (the caller's ``alone``), never an organisation."""
    return (
        prev[0] is line
        and _JOB.search(prev[1]) is not None
        and len(cell.split()) == 1
        and cell[:1].isupper()
        and not _has_legal_form(cell)
    )


def org_beside_person(blocks: Sequence[Block], person: str | None) -> Hit | None:
    """A name beside a person's in a signature or a note's last line ("Jan Malý, Rádio
    Sever, 605 …", "Jan Malý / šéfredaktor / Rádio Sever"): the cell after the person's,
    job titles skipped (never certain). ``person``: the contact person, whose line is
    preferred."""
    found: Hit | None = None
    alone = any(_FREELANCE.search(b.text) for b in blocks if b.kind in (Kind.OWN, Kind.SIGNATURE))
    for b in blocks:
        if b.kind not in (Kind.OWN, Kind.SIGNATURE):
            continue
        cells = [
            (ln, c.strip(" -–—")) for ln in b.lines for c in _SIG_CELLS.split(ln.text) if c.strip(" -–—")
        ]
        for i, (ln, c) in enumerate(cells):
            if not clean_name(c) or len(c) > 60 or (_FREELANCE.search(c) and _JOB.search(c)):
                continue  # no person, or a freelancer's job read as one ("Freie Journalistin")
            same_line = [x for x in cells[i + 1 : i + 4] if x[0] is ln]
            after = same_line if b.kind is Kind.OWN else cells[i + 1 : i + 4]
            for k, (ln2, c2) in enumerate(after):
                if _FREELANCE.search(c2) and _JOB.search(c2) and not any(_has_legal_form(x) for _, x in after[k:]):
                    break  # "Freier Fotojournalist, Dresden": on his own, a place follows
                if ln2 is not ln and _district_beside_town(ln2.text, c2, alone):
                    continue  # "Praha 2, Vinohrady": an address line, no organisation
                if alone and _place_in_bracket(ln2.text, c2):
                    continue  # "(Lucía Navarro – periodista de datos, Málaga)": where she is
                if alone and k and _town_after_job(after[k - 1], ln2, c2):
                    continue  # "fotograf, Katowice": where a freelancer works, no firm
                if (v := _org_cell(c2)) is not None:
                    if ln2 is ln and _FREELANCE.search(b.text):  # "Pavel Dvořák – PD Foto"
                        v = _sole_trader(ln.text, v)
                    hit = _entity_of(Hit(v, b.component, ln2.no, False, Reason.SIGNATURE), blocks)
                    hit = without_unit_after_university(university_of_unit(hit, blocks))  # the legal person
                    if person and person.split()[-1] in c:
                        return hit
                    found = found or hit
                    break
    return found


_REPLY_PREFIX = re.compile(r"^(?:\s*(?:re|fwd?|fw|odp|aw|wg|tr|přep)\s*:\s*)+", re.IGNORECASE)
_SUBJECT_CELLS = re.compile(r"\s[-–—|/:]\s|:\s|\s\(|\)")
_REQUEST_WORDS = re.compile(
    r"(?i)(?:žádost|zadost|žiadosť|ziadost|request|applica|xml|výsled|vysled|výsledk|volb|"
    r"elect|přístup|pristup|prístup|access|feed|registr|server|\bIP\b|adres|address|připoj|"
    r"pripoj|connect|doplněn|doplnen|dotaz|query|povolen|natáč|natac|film|record|data|"
    r"urgent|důležit|oprava|correct|follow|informace|info\b|presidential|prezident|přihlášk|"
    r"prihlask|formulář|formular|\bform\b|požadav|pozadav|objednáv|akredit|accredit|souhlas|"
    r"oznámen|notice|ticket|změn|zmen|change|update|aktualiz|odpověď|odpoved|reply|answer|"
    # a permit, a permission, a request or a shooting in the languages a foreign writer uses
    # ("Permiso de grabación", "Drehgenehmigung", "Autorisation de tournage", "Zezwolenie na
    # nagranie"): what is asked for, never who asks
    r"permi[st]|permesso|autori[sz]|genehmig|erlaubnis|zezwol|pozwolen|dovolen|licen[cs]|"
    r"grabac|rodaje|filmac|tournage|dreh|ripres|nagr[ay]w|nagran|nakrúc|nakruc|solicitud|"
    r"demande|antrag|anfrage|wniosek|prośb|prosb|richiesta|pedido|acces|accès|zugang|dostęp|dostep)"
)


def org_from_subject(subject: str, blocks: Sequence[Block]) -> Hit | None:
    """The subject line ("Podlipanský deník a.s. – XML"): a name with a legal form, else a
    part of it that is neither request words nor a person and that the text repeats
    ("Volební blog – žádost" and "Volební blog by rád …"). Never certain."""
    s = _REPLY_PREFIX.sub("", subject).strip()
    if not s:
        return None
    if _has_legal_form(s) and (legal := legal_name_in(s)):
        return Hit(legal, "header:Subject", 0, False, Reason.SUBJECT)
    text = "\n".join(b.text for b in blocks)
    folded = text.casefold()
    for cell in _SUBJECT_CELLS.split(s):
        c = cell.strip(" .,;\"'„“”")
        if not c[:1].isupper() or _REQUEST_WORDS.search(c) or any(ch.isdigit() for ch in c):
            continue
        if clean_name(c) or len(c.split()) > 5 or len(c) < 3 or _OFFICE.search(c) or _CITY.fullmatch(c):
            continue
        if _describes_the_writer(c):
            continue
        # one word must be repeated as written (a capitalised word, not "přihláška" in a
        # sentence); a longer name in any case ("Brnensky kuryr" / "brnensky kuryr")
        where, what = (text, c) if len(c.split()) == 1 else (folded, c.casefold())
        if re.search(rf"(?<!\w){re.escape(what)}(?!\w)", where):
            full = _person_in_full(c, text) if len(c.split()) == 1 else None
            return Hit(full or c, "header:Subject", 0, False, Reason.SUBJECT)
    return None


def _describes_the_writer(cell: str) -> bool:
    """A subject's part that says how the writer works ("Freelance journalist", "Reportér
    na volné noze", "OSVČ") or what they are, in lower case after its first word
    ("Independent reporter"): a description, never an organisation's name."""
    if works_on_own_account(cell):
        return True
    return _JOB.search(cell) is not None and not any(w[:1].isupper() for w in cell.split()[1:])


def _person_in_full(surname: str, text: str) -> str | None:
    """A person the text names in full whose surname is ``surname`` (a subject's "Novotná"
    and a signature's "Eva Novotná"): the fullest form of the one person; None when the
    text names no such person or more than one."""
    found = {
        full
        for m in re.finditer(rf"(?<!\w)(\w+)\s+{re.escape(surname)}(?!\w)", text)
        if (full := clean_name(f"{m.group(1)} {surname}"))
    }
    return found.pop() if len(found) == 1 else None


_EIGHT_DIGITS = re.compile(r"\d{8}")
_ID_LABEL = (
    r"(?:I[ČC]O?|IČ|ID(?:\s+No\.?)?|Id\.\s*č\.|identifik\w*(?:\s+(?:číslo|čislo|cislo|number))?|"
    r"identification\s+(?:no\.?|number)|company\s+(?:id|no\.?|number)|"
    r"reg(?:istration)?\.?(?:\s*(?:no\.?|number|č\.))?)"
)
"""A label of an identifier, specific or generic ("ID", "identifikátor", "company number")."""
_NUMBER_AFTER = re.compile(rf"(?:\s*[,(]|[^\S\t\n]*\t)\s*(?:{_ID_LABEL}\s*[:.]?\s*)?(\d{{8}})(?!\d)", re.IGNORECASE)
"""Eight digits after a name past a comma, a bracket or a table's next cell (a tab)."""
_LABEL_AT_END = re.compile(rf"(?<!\w){_ID_LABEL}\s*[:.]?\s*$", re.IGNORECASE)
_DIGITS_AT_START = re.compile(r"^\W{0,2}(\d{3}\s?\d{2}\s?\d{3}|\d{2}\s?\d{2}\s?\d{2}\s?\d{2})(?!\d)")


def ico_wrapped(blocks: Sequence[Block], office_ico: str) -> Hit | None:
    """An identifier's label ending a line or its first column's cell and eight digits
    opening the next ("Město X (IČO" / "00277045)", "Alfa, z.s. IČO      produkce: …" /
    "06300341 Horní nám. 2"): one wrapped line, the IČO when it passes the checksum and is not the
    office's; never for certain."""
    for b in blocks:
        lines = [ln for ln in b.lines if ln.text.strip()]
        columns = _has_gap(b.text)
        for ln, nxt in zip(lines, lines[1:], strict=False):
            text, under = ln.text, nxt.text
            if columns and _GAP.search(text):  # a label ending a column's cell (a PDF form)
                cells = _COLUMNS.split(text.strip())
                ends = [c for c in (cells[0], cells[-1]) if _LABEL_AT_END.search(c.rstrip(" |│┃║¦"))]
                text, under = (ends[0] if ends else cells[0]), under.strip()  # its first or last
            if len(text) > _LONG or not _LABEL_AT_END.search(text.rstrip(" |│┃║¦")):
                continue
            m = _DIGITS_AT_START.match(under) or _DIGITS_AT_START.match(_value_cell(under) if columns else "")
            v = re.sub(r"\s", "", m.group(1)) if m else ""
            if v and ico_valid(v) and v != office_ico:
                return Hit(v, b.component, nxt.no, False, Reason.SENTENCE)
    return None


def _value_cell(line: str) -> str:
    """The second column of a form's row whose first cell is a label (no digit): the value
    a wrapped line goes on in ("KH s.r.o., … IČO" / "Žadatel      08542716"); else ""."""
    cells = _COLUMNS.split(line.strip(), maxsplit=1)
    return cells[1] if len(cells) == 2 and not any(c.isdigit() for c in cells[0]) else ""


def ico_beside_name(blocks: Sequence[Block], office_ico: str = "") -> Hit | None:
    """Eight digits right after a name with a legal form, without a label or under a generic
    one ("Alfa s.r.o. (12345678)", "(ID 12345678)"), that pass the IČO checksum, else a
    wrapped label's (``ico_wrapped``): the IČO, never for certain."""
    found = _ico_after_legal_name(blocks, office_ico)
    return found or ico_wrapped(blocks, office_ico)


def _ico_after_legal_name(blocks: Sequence[Block], office_ico: str) -> Hit | None:
    for b, ln in lines_of(blocks):
        if len(ln.text) > _LONG or _EIGHT_DIGITS.search(ln.text) is None:
            continue
        if not _has_legal_form(ln.text) or foreign_register(ln.text):
            continue
        for m in _WITH_LEGAL.finditer(ln.text):
            n = _NUMBER_AFTER.match(ln.text, m.end())
            if n and ico_valid(n.group(1)) and n.group(1) != office_ico:
                return Hit(n.group(1), b.component, ln.no, False, Reason.SENTENCE)
    return None


_ICO_AFTER = re.compile(
    r"\s*[,(;]?\s*(?:I[ČC]O?|IČ|Company\s+ID|ID\s+No\.?|Reg(?:istration)?\.?\s*No\.?)\s*[:.]?\s*"
    r"(\d{3}\s?\d{2}\s?\d{3}|\d{2}\s?\d{2}\s?\d{2}\s?\d{2})(?!\d)",
    re.IGNORECASE,
)


def ico_after_name(blocks: Sequence[Block], name: Hit, office_ico: str) -> Hit | None:
    """The IČO written right after the organisation's name on its line ("Rádio Alfa,
    s.r.o., IČO …", "Riverside Radio Ltd (IČO …)"): the applicant's among several (unsure)."""
    for b, ln in lines_of([b for b in blocks if b.component == name.component]):
        if ln.no != name.line:
            continue
        at = ln.text.find(name.value)
        m = _ICO_AFTER.match(ln.text, at + len(name.value)) if at >= 0 else None
        v = re.sub(r"\s", "", m.group(1)) if m else ""
        if v and ico_valid(v) and v != office_ico:
            return Hit(v, b.component, ln.no, False, Reason.OTHER_CANDIDATE)
    return _ico_in_footer(blocks, name, office_ico) or _ico_below_own_name(blocks, name, office_ico)


_ICO_LINE = re.compile(r"(?i)^\W{0,3}(?:I[ČC]O?|IČ)\s*[:.]?\s*(\d{3}\s?\d{2}\s?\d{3}|\d{2}\s?\d{2}\s?\d{2}\s?\d{2})\W{0,3}$")


def _ico_below_own_name(blocks: Sequence[Block], name: Hit, office_ico: str) -> Hit | None:
    """The IČO on a line of its own right below a line that is the applicant's name (a
    signature block: "Rádio Alfa s.r.o." over "IČO: …"), where a sentence named the
    applicant and another firm's number (a parent's box, "naší mateřské společnosti X a.s.
    (IČO …)"): the applicant's own (unsure)."""
    for b in blocks:
        if b.component != name.component or "\n" not in b.text:
            continue
        lines = [ln for ln in b.lines if ln.text.strip()]
        for ln, below in zip(lines, lines[1:], strict=False):
            own = ln.text.strip(" ,")
            if len(own) > 80 or not _same_org(own, name.value) or (m := _ICO_LINE.match(below.text)) is None:
                continue
            v = re.sub(r"\s", "", m.group(1))
            if ico_valid(v) and v != office_ico:
                return Hit(v, b.component, below.no, False, Reason.OTHER_CANDIDATE)
    return None


_ICO_IN_FOOTER = re.compile(r"(?P<cell>[^|\n]{0,80}?)\|[^\S\n]*(?:I[ČC]O?|IČ)[^\S\n]*[:.]?[^\S\n]*(\d(?:\s?\d){7})(?!\d)")
"""A letterhead's footer after a name: its address cell, then the IČO's cell ("X s.r.o.,
Náměstí 3, 382 78 Lipno | IČO 05731941 | ID datové schránky …")."""


def _ico_in_footer(blocks: Sequence[Block], name: Hit, office_ico: str) -> Hit | None:
    """The IČO in the cell after the name's address on a line that opens with the name (a
    letter's footer), no other organisation's name in the address cell (unsure)."""
    for b, ln in lines_of([b for b in blocks if b.component == name.component]):
        if not ln.text.lstrip().startswith(name.value) or "|" not in ln.text:
            continue
        m = _ICO_IN_FOOTER.match(ln.text, ln.text.find(name.value) + len(name.value))
        v = re.sub(r"\s", "", m.group(2)) if m and not _has_legal_form(m.group("cell")) else ""
        if v and ico_valid(v) and v != office_ico:
            return Hit(v, b.component, ln.no, False, Reason.OTHER_CANDIDATE)
    return None


_ICO_HEAD = re.compile(r"(?i)^\W*(?:I[ČC]O?|IČ|company\s+(?:id|no\.?)|reg(?:istration)?\.?\s*no\.?)\W*$")
_BOX_HEAD = re.compile(r"(?i)^\W*(?:ID\s*DS|IDDS|ID\s+datové\s+schránky|datová\s+schránka|data\s*box(?:\s+ID)?)\W*$")


def ids_in_columns(blocks: Sequence[Block], office_ico: str, office_box: str) -> tuple[Hit | None, Hit | None]:
    """The IČO and the data-box ID in a table's labelled columns ("Organizace | IČO | ID DS"
    over the row of values) or under a label alone on its line ("IČO:" over "123…"):
    certain, as a labelled line is (an IČO only when it passes the checksum)."""
    ico: Hit | None = None
    box: Hit | None = None
    for b in blocks:
        lines = [ln for ln in b.lines if ln.text.strip()]
        gaps = _has_gap(b.text)
        for i, (ln, nxt) in enumerate(zip(lines, lines[1:], strict=False)):
            if len(ln.text) < 40 and (_ICO_HEAD.match(ln.text) or _BOX_HEAD.match(ln.text)):
                pairs = [(ln.text.strip(), nxt.text.strip())]
            elif "|" in ln.text and (under := _row_under(lines, i)) is not None:
                pairs, nxt = header_cells(ln.text, under.text) or [], under
            elif gaps and _GAP.search(ln.text) is not None:
                pairs = header_cells(ln.text, nxt.text) or []
            else:
                continue
            for head, value in pairs:
                v = value.replace(" ", "")
                if ico is None and _ICO_HEAD.match(head) and ico_valid(v) and v != office_ico:
                    ico = Hit(v, b.component, nxt.no)
                elif box is None and _BOX_HEAD.match(head) and re.fullmatch(r"[a-z0-9]{7}", v):
                    if v != office_box and not v.isalpha() and not v.isdigit():
                        box = Hit(v, b.component, nxt.no)
    return ico, box


_TRADE_DASH = re.compile(r"\s+[–—-]\s+")


def without_degrees(name: Hit | None) -> Hit | None:
    """A person applying for themselves is named without academic degrees ("Bc. Jana Malá",
    "Petr Král, Ph.D." from the box register or a letterhead): a degree is never part of a
    name. Only a value that is a person's name once its degrees are gone, alone or before a
    trade name after a dash ("Ing. Petr Malý – Malý Foto"), loses them; a company's name
    ("MA Consulting s.r.o.") is kept as written."""
    if name is None:
        return None
    person, dash, trade = _split_trade(name.value)
    if TITLES.search(person) is None:
        return name
    bare = re.sub(r"\s+", " ", TITLES.sub(" ", person)).strip(" ,.")
    if clean_name(bare) != bare:
        return name
    return dataclasses.replace(name, value=bare + dash + trade)


def _split_trade(value: str) -> tuple[str, str, str]:
    """A value as the part before a dash, the dash with its spaces and the rest."""
    m = _TRADE_DASH.search(value)
    return (value, "", "") if m is None else (value[: m.start()], m.group(), value[m.end() :])


def beside_envelope(
    name: Hit | None, envelope_name: str | None, blocks: Sequence[Block] = ()
) -> Hit | None:
    """A data message's sender as the box register names it against the text's name (see
    ``_beside_envelope``), a person's name without degrees (``without_degrees``), a name
    opened by a word of its kind never certain (``_kind_lead``)."""
    name = _kind_lead(name)
    if name is not None and envelope_name and name.certain and _branch_of(name.value, envelope_name):
        return _company_of_branch(without_degrees(_beside_branch(name, envelope_name, blocks)), blocks)
    name = _with_public_form(without_degrees(_beside_envelope(name, envelope_name)), envelope_name, blocks)
    return _company_of_branch(name, blocks)


_CZECH_BRANCH = re.compile(
    r"(?P<firm>.+?(?:\ba\.\s?s\.|\bs\.\s?r\.\s?o\.|\bspol\.\s?s\s?r\.\s?o\.|\bv\.\s?o\.\s?s\.|\bk\.\s?s\.))"
    r"\s*(?:,|\s[–—-])\s*(?:od[šs]t[ěe]pn[ýy]\s+z[áa]vod|o\.\s?z\.)(?:\s+\S.*)?",
    re.IGNORECASE,
)
"""A company with a Czech legal form and its branch ("X a.s., odštěpný závod Plzeň", "Y
s.r.o. – o. z. Kolín")."""
_SLOVAK_TEXT = re.compile(r"[ľĺŕĽĹŔ]|\bžiad|\bziadam|\bslovensk|\.sk\b|\+421", re.IGNORECASE)
"""A Slovak letter or word: a Slovak company's Czech branch applies under the branch's name
(its own IČO in the Czech register), as a foreign firm's does."""


def _company_of_branch(name: Hit | None, blocks: Sequence[Block]) -> Hit | None:
    """A Czech company's branch (odštěpný závod) is no legal entity: the company is the
    applicant (LABELS.md), its name without the branch's designation. A foreign firm's
    branch (a foreign form, or a Slovak text) keeps its designation. Never certain."""
    if name is None or (m := _CZECH_BRANCH.fullmatch(name.value)) is None:
        return name
    if any(_SLOVAK_TEXT.search(ln.text) for _, ln in lines_of(blocks)):
        return name
    return dataclasses.replace(name, value=m.group("firm"), certain=False, reason=Reason.COMPANY_OF_BRANCH)


_PUBLIC_FORMS = r"(?:ve[řr]ejn[áa]|verejn[áa]|st[áa]tn[íi]|[šs]t[áa]tna)\s+vysok[áa]\s+[šs]kola"
_PUBLIC_FORM = re.compile(_PUBLIC_FORMS, re.IGNORECASE)
"""A public university's legal form in words ("veřejná vysoká škola", Slovak "verejná
vysoká škola", a state one's "státní vysoká škola")."""
_PUBLIC_FORM_AFTER = re.compile(
    rf"\s*(?:(?:,\s*|[–—-]\s+)(?P<form>{_PUBLIC_FORMS})(?!\w)|\(\s*(?P<inner>{_PUBLIC_FORMS})\s*\))",
    re.IGNORECASE,
)
"""The form written right after the name, in apposition or alone in brackets ("X, veřejná
vysoká škola", "X (veřejná vysoká škola)"); a bracket that goes on ("X (veřejná vysoká
škola, IČO …)") describes the applicant, its name is the one before it."""


def _with_public_form(name: Hit | None, envelope_name: str | None, blocks: Sequence[Block]) -> Hit | None:
    """A public university's name with its legal form in words when the box's registered
    name or the text writes it right after the name (a letterhead, a footer): the form is
    the name's (LABELS.md), even where the data box or the text's other line names the
    university without it. A name with a form of its own ("X, a.s.") keeps that."""
    if name is None or not name.value or _PUBLIC_FORM.search(name.value) or _has_legal_form(name.value):
        return name
    if not _UNIVERSITY_WORD.search(name.value):
        return name
    words = name.value.split()
    written = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)", re.IGNORECASE)
    texts = [envelope_name or ""] + [ln.text for _, ln in lines_of(blocks)]
    for text in texts:
        for m in written.finditer(text):
            form = _PUBLIC_FORM_AFTER.match(text, m.end())
            if form is not None:
                return dataclasses.replace(name, value=f"{name.value}, {form.group('form') or form.group('inner')}")
    if (declined := _declined_public_form(words, texts)) is not None:
        return dataclasses.replace(name, value=f"{name.value}, {declined}")
    return name


_DECLINED_FORM_AFTER = re.compile(
    r"\s*,\s*(?P<a>ve[řr]ejn|verejn|st[áa]tn|[šs]t[áa]tn)(?:é|e|ou|ej|ú|u|ého|ém)\s+"
    r"(?P<v>vysok)(?:é|e|ou|ej|ú|u)\s+(?P<s>[šs]kol)(?:y|e|ě|u|ou)(?!\w)",
    re.IGNORECASE,
)
"""A public university's form declined in apposition to its declined name ("Univerzity X,
veřejné vysoké školy", "Univerzitu X, veřejnou vysokou školu", Slovak "verejnej vysokej
školy")."""


def _declined_public_form(words: Sequence[str], texts: Sequence[str]) -> str | None:
    """The public form, made nominative, written declined right after the name's words in
    any case (each word's stem, all but its last three letters): "veřejná vysoká škola",
    "státní vysoká škola", the Slovak "štátna", as the text writes its diacritics."""
    stems = [re.escape(w[: max(3, len(w) - 3)]) + r"\w*" for w in words]
    declined = re.compile(r"(?<!\w)" + r"\s+".join(stems), re.IGNORECASE)
    for text in texts:
        if not _PUBLIC_STEM.search(text):
            continue
        for m in declined.finditer(text):
            if (form := _DECLINED_FORM_AFTER.match(text, m.end())) is not None:
                a, v, s = form.group("a"), form.group("v"), form.group("s")
                plain = form.group().isascii()
                end = "i" if plain else "í"
                if not a.casefold().startswith(("stát", "stat")):
                    end = "a" if plain or a[:1] in "šŠ" else "á"
                return f"{a}{end} {v}{'a' if plain else 'á'} {s}a"
    return None


_PUBLIC_STEM = re.compile(r"(?i)ve[řr]ejn|verejn|[sš]t[áa]tn")


_ICO_ON_LINE = re.compile(rf"(?i)(?<!\w){_ID_LABEL}\s*[:.]?\s*(\d(?:[ \t]?\d){{7}})(?!\d)")
"""An IČO written with its label ("IČO 08345261", "Reg. no.: 123 45 678")."""


def _beside_branch(name: Hit, envelope_name: str, blocks: Sequence[Block]) -> Hit:
    """The box register names a branch of the firm the text names ("X, s. r. o." and "X,
    s. r. o., organizační složka"). A text naming the firm with its IČO on the same line
    (a form's or a letter's own heading) names the applicant as it writes itself: its name
    is kept. A name written without one (a foreign parent's power of attorney, a
    letterhead) is the parent's, and the branch's box names the applicant: the register's
    name is taken. Either way the two differ, never certain."""
    own = _identified_on_line(blocks, name)
    value = name.value if own else envelope_name
    return dataclasses.replace(name, value=value, certain=False, reason=Reason.BRANCH)


def _identified_on_line(blocks: Sequence[Block], hit: Hit) -> bool:
    """Whether the line of ``hit`` gives, after it, a labelled IČO with a valid checksum."""
    for b, ln in lines_of(blocks):
        if b.component == hit.component and ln.no == hit.line:
            at = ln.text.find(hit.value)
            tail = ln.text[at + len(hit.value) :] if at >= 0 else ln.text
            return any(ico_valid(re.sub(r"\s", "", m.group(1))) for m in _ICO_ON_LINE.finditer(tail))
    return False


_KIND_LEAD = re.compile(
    r"(?i:spolek|nada[čc]n[íi]\s+fond|nada[čc]n[ýy]\s+fond|sdru[žz]en[íi]|zdru[žz]enie|"
    r"spole[čc]nost|spolo[čc]nos[ťt]|firma|verein|association|asociace|asoci[áa]cia|"
    r"stowarzyszenie|fundacja|stiftung|society|company|obchodn[íá]\s+spole[čc]nost|"
    r"obchodn[áa]\s+spolo[čc]nos[ťt])\s+(?=[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽĽŁŚŻ0-9„\"'])"
)
"""A generic word naming the kind of legal person ("Spolek", "Nadační fond", "Verein",
"Stowarzyszenie") before a capitalised name: "Spolek NetRádio Morava, z.s." may be the
association "NetRádio Morava, z.s." introduced by its kind, or a name that opens with it."""


_MEDIUM_LEAD = re.compile(
    r"(?i:redakce|redakcia|redaktion)\s+"
    r"(?=[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽĽŁŚŻ0-9„\"'])"
)
"""The newsroom before a capitalised name ("Redakce X, z. s."): the medium introduced by what
it is, no word of a register's name (a student medium's kind, "Studentská televize X, z. s.",
is its association's own first words)."""


def _kind_lead(name: Hit | None) -> Hit | None:
    """A certain name opening with a word of its kind before a capitalised name that carries
    its own legal form is unsure (DESCRIPTIVE): whether the word belongs to the name is a
    matter of the register, not of the text (a data box's register name decides). A
    newsroom (``_MEDIUM_LEAD``) is left out, unsure too."""
    if name is not None and name.certain and (m := _MEDIUM_LEAD.match(name.value)):
        if _has_legal_form(rest := name.value[m.end() :]):
            return dataclasses.replace(name, value=rest, certain=False, reason=Reason.DESCRIPTIVE)
    if name is None or not name.certain or not (m := _KIND_LEAD.match(name.value)):
        return name
    if not _has_legal_form(name.value[m.end() :]):
        return name
    return dataclasses.replace(name, certain=False, reason=Reason.DESCRIPTIVE)


def _signed_in_full(surname: str, text: str) -> str | None:
    """The one person written alone on a line (a signature) whose surname is ``surname``."""
    rx = re.compile(rf"(?m)^[ \t]*(\w+)[ \t]+{re.escape(surname)}[ \t]*$")
    found = {full for m in rx.finditer(text) if (full := clean_name(f"{m.group(1)} {surname}"))}
    return found.pop() if len(found) == 1 else None


_OWN_OUTLET_BEFORE = re.compile(
    r"(?:"
    # a verb of the first person singular: "píšu blog", "vedu podcast", "I run the podcast",
    # "ich betreibe den Blog", "prowadzę blog", "je tiens le blog"
    r"(?<!\w)(?:píšu|pisu|píšem|pisem|vedu|vediem|provozuji|provozuju|prevádzkujem|spravuji|spravuju|"
    r"tvořím|tvorim|točím|tocim|natáčím|natacim|moderuji|moderuju|dělám|delam|robím|robim|"
    r"založil(?:a)?\s+jsem|I\s+(?:write|run|host|publish|produce|make|edit|started|created|founded|"
    r"write\s+and\s+run)|I['’]m\s+running|ich\s+(?:betreibe|schreibe|moderiere|mache|produziere|führe)|"
    r"betreibe\s+ich|prowadzę|prowadze|piszę|je\s+(?:tiens|anime|publie|[ée]cris|g[èe]re|produis)|"
    r"llevo|escribo|gestisco|curo|scrivo)"
    r"\s+(?:(?:a|an|the|my|own|svůj|svuj|vlastní|vlastni|svoj|den|das|einen|ein|meinen|mein|le|un|mon|ma|la|"
    r"une|el|il|mio|mi|własny|wlasny)\s+){0,2}"
    # a possessive of the first person singular: "můj blog", "my podcast", "mein Blog"
    r"|(?<!\w)(?:můj|muj|mého|meho|mém|mem|mým|mym|moje|mojí|moji|mou|môj|mojom|mojho|mojej|my|mein(?:em|en|es)?|"
    r"mój|moj|mojego|moim|mon|ma|mi|il\s+mio)\s+(?:own\s+|vlastní\s+|vlastni\s+|eigene[mns]?\s+|własny\s+)?"
    # its author or host: "autor blogu", "author of the blog", "Autorin des Blogs"
    r"|(?<!\w)(?:autor(?:ka|in)?|author|host|creator|tvůrce|tvurce|auteur|autrice)"
    r"\s+(?:of\s+(?:the\s+|my\s+)?|des\s+|der\s+|du\s+|de\s+la\s+|del\s+)?)"
    r"(?:[\w-]+\s+){0,2}?"
    r"(?:blog\w*|vlog\w*|videoblog\w*|podcast\w*|kanál\w*|kanal\w*|kanał\w*|channel|cha[îi]ne|canal|"
    r"newsletter\w*|projekt\w*|project|projet|proyecto|progetto|web\w*|website|site)"
    r"(?:\s+(?:called|named|namens|s\s+názvem|s\s+nazvem|pod\s+názvem|pod\s+nazvem|nazvan\w*|"
    r"intitul\w*|o\s+nazwie|llamado|chiamato))?\s*[:\-–]?\s*[\"„“'»«‚]?\s*$",
    re.IGNORECASE,
)
"""The words just before a name that make it the writer's own blog, podcast, channel or
project (a first-person singular verb, possessive, or "author of"): a one-person outlet, whose
applicant is the writer themselves (LABELS.md), never the outlet's name."""


_OUTLET_NOUN_FIRST = re.compile(
    r"^(?:blog|vlog|videoblog|podcast|kanál|kanal|kanał|channel|newsletter)\s+(?=[^\W\d_])", re.IGNORECASE
)
"""An outlet's common noun opening its name ("Blog Čísla voleb", "Podcast X")."""


def own_outlet(name: str, blocks: Sequence[Block]) -> bool:
    """Whether the writer's own text (not a quote) calls ``name`` their own blog, podcast,
    channel or project (``_OWN_OUTLET_BEFORE``): a natural person applying for themselves.
    A name with a legal form is a company's, never so."""
    if not name or _has_legal_form(name):
        return False
    # the outlet's common noun written into the name ("Blog X" in the subject, "píšu blog X")
    name = _OUTLET_NOUN_FIRST.sub("", name) or name
    rx = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.IGNORECASE)
    for b in blocks:
        if b.kind is Kind.QUOTED:
            continue
        for m in rx.finditer(b.text):
            if _OWN_OUTLET_BEFORE.search(b.text, max(0, m.start() - 90), m.start()):
                return True
    return False


_OUTLET_THEN_NAME = re.compile(
    r"(?=[bvpkcnwsa])(?:blog\w*|vlog\w*|videoblog\w*|podcast\w*|kanál\w*|kanal\w*|kanał\w*|channel|cha[îi]ne|canal|"
    r"newsletter\w*|projekt\w*|project|projet|proyecto|progetto|web\w*|website|site)"
    r"(?:\s+\w+){0,2}?\s*[:\-–]?\s*[\"„“'»«‚]?\s*(?=[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽŁŚŻŹĆÉÈÀÄÖÜ])",
    re.IGNORECASE,
)


def names_own_outlet(blocks: Sequence[Block]) -> bool:
    """Whether the writer's own text (not a quote) names their own blog, podcast, channel or
    project ("prowadzę blog Mapa …", "je tiens le blog Carte …"): a one-person outlet."""
    for b in blocks:
        if b.kind is Kind.QUOTED:
            continue
        for m in _OUTLET_THEN_NAME.finditer(b.text):
            if m.end() < len(b.text) and b.text[m.end()].isupper():
                if _OWN_OUTLET_BEFORE.search(b.text, max(0, m.start() - 80), m.end()):
                    return True
    return False


def natural_person_of_trade(name: Hit | None, blocks: Sequence[Block]) -> Hit | None:
    """A business name read without a legal form and unsure, where the writer says they work
    on their own account ("jsem OSVČ", "I work as a freelancer (no company)"): the applicant
    is the natural person a line of its own (a signature) names in full by the surname in it
    ("Gruber Reportagen" of "Florian Gruber"); a trade name that writes the person in full ("Jana Malá – Malá Foto",
    "Harriet Cole Photography") is the name as written. Never for certain."""
    if name is None or name.certain or _has_legal_form(name.value) or _TRADE_DASH.search(name.value):
        return name  # a person joined to a trade by a dash is the register's name as written
    if name.reason is Reason.NATURAL_PERSON:
        return name  # a trade name the text gives as such ("pod názvem X", beside its IČO)
    if own_outlet(name.value, blocks):
        return None  # the writer's own blog or podcast: the writer applies (the fallback)
    own = [b for b in blocks if b.kind in (Kind.OWN, Kind.ATTACHMENT)]
    if not any(works_on_own_account(b.text) for b in own):
        return name
    text = "\n".join(b.text for b in blocks if b.kind is not Kind.QUOTED)
    for word in name.value.split():
        if len(word) >= 3 and word[:1].isupper() and (person := _signed_in_full(word, text)):
            if set(person.casefold().split()) <= set(name.value.casefold().split()):
                return name  # the person in full, in any order, is the name as written
            return Hit(person, name.component, name.line, False, Reason.NATURAL_PERSON)
    return name


def _beside_envelope(name: Hit | None, envelope_name: str | None) -> Hit | None:
    """A data message's sender as the box register names it against the text's name: a
    weak text name yields to it; a certain one naming another organisation is a conflict,
    where the one with a legal form (the publisher, not its publication) is kept, unsure."""
    if not envelope_name:
        return name
    env = Hit(envelope_name, "envelope", 0)
    if name is not None and not name.certain and _trade_name_of(name.value, envelope_name):
        return name  # the sender's business name as written, unsure: the register differs
    if name is None or not name.certain:
        return env
    if _same_spelling(name.value, envelope_name):  # one name: the register's spelling
        return dataclasses.replace(name, value=_official(name.value, envelope_name))
    mine, theirs = _key(name.value), _key(envelope_name)
    if mine in theirs or theirs in mine or _stems(name.value) == _stems(envelope_name):
        return name
    legal_env = _has_legal_form(envelope_name)
    pick = env if legal_env and not _has_legal_form(name.value) else name
    return dataclasses.replace(pick, certain=False, reason=Reason.OTHER_ORGANIZATION)


def _branch_of(text_name: str, envelope_name: str) -> bool:
    """Whether the box register names a branch of the text's firm: its name is the text's
    followed by a branch's designation ("X Ltd" and "X Ltd, organizační složka"; "Y SA" and
    "Y SA – odštěpný závod Praha"). The data box is the branch's, and a branch's designation
    is part of its registered name: a letter of the foreign parent (a power of attorney, a
    letterhead) writes the parent's name without it."""
    branch = next((m for m in _BRANCH.finditer(envelope_name) if m.end() == len(envelope_name)), None)
    if branch is None or _BRANCH.search(text_name):
        return False
    return _same_spelling(envelope_name[: branch.start()], text_name)


def _official(text_name: str, envelope_name: str) -> str:
    """One name written twice, the text's and the box register's, differing only in
    punctuation, spacing, case or diacritics ("Alfa, z.ú." and "Alfa z.ú."): the register's
    spelling is the official one, unless it lost diacritics the text has (the text's
    letters are then the fuller) or differs in letter case only (the text's is kept)."""
    if _marks(envelope_name) < _marks(text_name) or envelope_name.casefold() == text_name.casefold():
        return text_name  # the register lost diacritics, or writes the same in capitals
    return envelope_name


def _trade_name_of(value: str, person: str) -> bool:
    """Whether ``value`` is ``person``'s name and a business name joined by a dash ("Jana
    Malá – JM Foto", "Foto Malá - Jana Malá"): a sole trader's name as the letterhead writes
    it, fuller than the register's."""
    head, dash, tail = _split_trade(value)
    if not dash or not tail.strip() or not head.strip():
        return False
    key = _key(without_marks(person))
    return key in (_key(without_marks(TITLES.sub("", side))) for side in (head, tail))


def third_party_at(blocks: Sequence[Block], hit: Hit) -> bool:
    """Whether the words before a value on its line make it a third party's ("server nám
    hostuje Alfa a.s., IČO …")."""
    for b, ln in lines_of(blocks):
        if b.component == hit.component and ln.no == hit.line:
            at = ln.text.find(hit.value[:4])
            return _THIRD_PARTY.search(ln.text[: at if at > 0 else len(ln.text)]) is not None
    return False


_OWNER_GAP = re.compile(rf"\s*[,(;]?\s*(?:{_ID_LABEL})?\s*[:.]?\s*$", re.IGNORECASE)
"""What may stand between a name and its IČO ("Alfa s.r.o., IČO: ", "Beta Ltd (ID ")."""


_SPACED_DIGITS = re.compile(r"\d(?:\s?\d){7}")


def _digits_at(text: str, digits: str) -> int:
    """Where ``digits`` are written in ``text``, with or without spaces ("123 45 678")."""
    at = text.find(digits)
    if at >= 0:
        return at
    spaced = (m for m in _SPACED_DIGITS.finditer(text) if re.sub(r"\s", "", m.group()) == digits)
    return next((m.start() for m in spaced), -1)


_OWNER_CELLS = re.compile(r"\t|\s{2,}|\s?[|│¦]\s?")


_GROUP_NOTE = re.compile(
    r"(?i)\s*(?:člen\w*|clen\w*|součást\w*|soucast\w*|súčasť\w*|patří\s+do|patrí\s+do|"
    r"(?:a\s+)?(?:member|part|division|subsidiary)\s+of|ein\s+Unternehmen\s+der|Teil\s+der)\b"
)
"""A cell of a signature line naming the group the firm belongs to ("člen skupiny Y a.s.",
"part of Y plc", "součást holdingu Y")."""


def _owner_on(text: str) -> str | None:
    """The name with a legal form that ends ``text`` (before an IČO), if any; in a table's
    row, the name of its last cell before the IČO's own label cell."""
    if not _has_legal_form(text):
        return None
    cells = [c for c in _OWNER_CELLS.split(text) if c.strip()]
    while len(cells) > 1 and (_OWNER_GAP.fullmatch(cells[-1]) or _GROUP_NOTE.match(cells[-1])):
        cells.pop()  # "X s.r.o. | člen skupiny Y a.s.": the group is no owner of the number
    text = cells[-1] if cells else text
    last = next(reversed(list(_WITH_LEGAL.finditer(text))), None)
    if last is None or not _OWNER_GAP.match(text, last.end()):
        return None
    return _clean(_STOP.sub("", last.group(1)))


def ico_owner(blocks: Sequence[Block], hit: Hit) -> str | None:
    """The organisation an IČO is written for: the name with a legal form right before it
    on its line ("Alfa s.r.o., IČO …", "my (Beta s.r.o., IČO …)"), else, on a line that is
    only the IČO, the name with a legal form on the line above (a signature block)."""
    for b in blocks:
        if b.component != hit.component:
            continue
        lines = [ln for ln in b.lines if ln.text.strip()]
        for i, ln in enumerate(lines):
            if ln.no != hit.line:
                continue
            at = _digits_at(ln.text, hit.value)
            before = ln.text[:at] if at >= 0 else ""
            if at < 0 or len(before) > _LONG:
                return None
            owner = _owner_on(before)
            if owner is None and i and _OWNER_GAP.fullmatch(before):
                above = lines[i - 1].text.strip()
                owner = _owner_on(above) if len(above) < _WRAPPED * 2 else None
            return owner
    return None


def _same_org(one: str, other: str) -> bool:
    """One organisation: one key inside the other ("Alfa" and "Alfa s.r.o.") or the same
    stems (a case ending: "Moravského zpravodaje a.s." and "Moravský zpravodaj a.s.")."""
    a, b = _key(one), _key(other)
    if not (a and b):
        return False
    return a in b or b in a or _same_words(one, other)


def _marks(text: str) -> int:
    """How many letters of ``text`` carry diacritics: the fuller of two spellings has more."""
    return sum(1 for c in text if not c.isascii() and c.isalpha())


def _same_spelling(one: str, other: str) -> bool:
    """The same name but for diacritics ("Znojemsky tyden s.r.o." and "Znojemský týden
    s.r.o.")."""
    return _key(without_marks(one)) == _key(without_marks(other))


def _same_words(one: str, other: str) -> bool:
    """The same words but for their case endings ("Podřipského týdeníku a.s." and
    "Podřipský týdeník a.s."): as many words, each pair sharing all but its last three
    letters at most."""
    words = [_NON_WORD.sub(" ", without_marks(n).casefold()).split() for n in (one, other)]
    return len(words[0]) == len(words[1]) and all(
        x == y or len(os.path.commonprefix([x, y])) >= max(3, min(len(x), len(y)) - 3)
        for x, y in zip(*words, strict=True)
    )


def _unwrapped(lines: Sequence[Line], i: int) -> str:
    """A line joined with the next when it ends with an identifier's label ("… s.r.o. (IČO" /
    "56028717) …"): one line the mail program broke."""
    text = lines[i].text
    if i + 1 < len(lines) and _LABEL_AT_END.search(text):
        return text + " " + lines[i + 1].text.strip()
    return text


def client_ico_over_signature(
    written: Sequence[Block], earlier: Sequence[Block], ico: Hit, name: Hit, office_ico: str
) -> Hit | None:
    """The applicant's IČO when the one found (``ico``) stands in the writer's signature
    and the applicant (``name``) is named outside it: the writer (a contractor, an agency)
    signs with their own firm's number, the client's own text (a forwarded or attached
    message) writes the client's beside its name; None when no other is written (unsure)."""
    if not in_signature(written, ico.component, ico.line) or in_signature(written, name.component, name.line):
        return None
    own = _ico_beside_own_name([*written, *earlier], name.value, office_ico)
    return own if own is not None and own.value != ico.value else None


def _ico_beside_own_name(blocks: Sequence[Block], name: str, office_ico: str) -> Hit | None:
    """The IČO written right after the applicant's own name anywhere in the text, its label
    ending a line and the number opening the next included (``_unwrapped``)."""
    for b in _with_legal_form(blocks):
        for i, ln in enumerate(b.lines):
            if len(ln.text) > _LONG or not _has_legal_form(ln.text):
                continue
            if (hit := _ico_after_own(b, _unwrapped(b.lines, i), ln.no, name, office_ico)) is not None:
                return hit
    return None


def _ico_after_own(b: Block, text: str, no: int, name: str, office_ico: str) -> Hit | None:
    """The valid IČO written right after a name with a legal form on a line that is the
    applicant's own name (``_same_org``); never certain."""
    for m in _WITH_LEGAL.finditer(text):
        owner = _clean(_STOP.sub("", m.group(1)))
        n = _ICO_AFTER.match(text, m.end())
        v = re.sub(r"\s", "", n.group(1)) if n else ""
        if owner and v and _same_org(owner, name) and ico_valid(v) and v != office_ico:
            return Hit(v, b.component, no, False, Reason.OTHER_CANDIDATE)
    return None


def applicants_ico(blocks: Sequence[Block], ico: Hit, name: str, office_ico: str) -> Hit | None:
    """The applicant's IČO given the one found (``ico``) and the applicant's name: an IČO
    belongs to the organisation it is written beside, so one beside another organisation
    (an agency's or a contractor's own, a parent company's) is not the applicant's — the
    one beside the applicant's own name is (unsure), else none (None)."""
    owner = ico_owner(blocks, ico)
    if not owner or _same_org(owner, name):
        return ico
    return _ico_beside_own_name(blocks, name, office_ico)


_FREELANCER_NAMED = re.compile(
    r"\b(?:(?:freelanc\w*|self-employed|independent|nez[áa]visl\w*|voln[ée]\w*)\s+"
    r"(?:journalist|reporter|videographer|photographer|writer|novin[áa]\w*|report[ée]r\w*|"
    r"fotograf\w*|kameraman\w*)|freelancer|na\s+voln[ée]\s+noze|OSV[ČC])[)\s,:–—-]*"
    r"(?:\(OSV[ČC]\)\s*)?"
    rf"(?P<name>[{_UP}][\w'’-]+(?:\s+[{_UP}][\w'’-]+){{1,2}})"
)
"""A freelancer naming themself right after the word of their work ("jako nezávislý
novinář (OSVČ) Tomáš Krátký", "freelance reporter Anna Berg")."""


def freelancer_named(blocks: Sequence[Block]) -> Hit | None:
    """The applicant named in the sentence saying they work on their own, as against a
    contact named elsewhere: the person (never for certain)."""
    for b, ln in lines_of(blocks):
        m = _FREELANCER_NAMED.search(ln.text)
        if m is not None and (name := clean_name(m.group("name"))) is not None:
            return Hit(name, b.component, ln.no, False, Reason.NATURAL_PERSON)
    return None


_FOR_A_CLIENT = re.compile(
    r"(?=[ajnoptuvwz])\b(?:(?:naš\w*|náš\w*|nas\w*|nasz\w*|pro|pre|za|v\s+mene|jménem|jmenem|w\s+imieniu)\s+"
    r"(?:klienta|klientovi|zákazníka|zakaznika|zákazníkovi|zakaznikovi)|"
    r"zastupujeme\s+(?:klienta|společnost|spolecnost|spoločnosť|vydavatel\w*|firmu)|"
    r"(?:our|a|the)\s+client(?!s)|on\s+behalf\s+of\s+(?:our|a|the)\s+(?:client|customer)(?!s)|"
    r"unser\w*\s+(?:Kunden|Mandanten)(?!\w)|notre\s+client(?!s)|pour\s+le\s+compte\s+de\s+notre|"
    r"nostro\s+cliente|nuestro\s+cliente)",
    re.IGNORECASE,
)
"""Words of acting for a client, another organisation ("za našeho klienta", "zastupujeme
společnost", "on behalf of our client", "im Auftrag unseres Kunden", "w imieniu klienta"),
anywhere in a sentence; not acting for a person of one's own firm ("v zastoupení ředitelky"),
nor customers in the plural ("our clients"), nor software ("naším klientem")."""


def written_for_a_client(blocks: Sequence[Block], value: str) -> bool:
    """Whether the writer says (not in a quote) that they act for a client while ``value``
    (a name or an IČO said for certain) stands after those words on none of the lines saying
    so: it is then the writer's own firm's (an agency's signature, letterhead or number),
    not the client's - never for certain."""
    acting = [
        (ln.text, m.start())
        for b in blocks
        if b.kind is not Kind.QUOTED
        for ln in b.lines
        if (m := _FOR_A_CLIENT.search(ln.text)) is not None
    ]
    if not acting:
        return False
    for text, at in acting:
        # the client named after the words ("za klienta Alfa s.r.o."), not a firm that
        # says after its own name that it works for a client ("Beta s.r.o. (pro klienta)")
        if (where := text.find(value)) > at or (where < 0 and _same_org(value, text[at:])):
            return False
    return True


_RUN_BEFORE_ICO = re.compile(
    rf"(?P<run>[{_UP}][\w'’-]*(?:\s+(?:(?:v|ve|nad|pod|na|u|of|der|für|de|in|am)\s+)?[{_UP}][\w'’-]*){{1,5}})"
    r"\s*[,(]?\s*(?i:I[ČC]O?|IČ|Company\s+ID|Reg\.?\s*No\.?)\s*[:.]?\s*$"
)
"""Capitalised words right before an IČO's label ("tiskové oddělení Univerzity Palackého v
Olomouci (IČO …"): the number's owner as the sentence declines it."""


def owner_written_apart(blocks: Sequence[Block], ico: Hit) -> Hit | None:
    """The organisation an IČO is written beside (``_RUN_BEFORE_ICO``, no legal form needed)
    when a line of its own elsewhere (a signature's, a letterhead's) writes it with the same
    stems: the owner of the number as that line spells it - the legal person applying, as
    against a brand or product of its named in prose ("naše studentská televize UP TV");
    never for certain."""
    runs = [
        m.group("run")
        for b, ln in lines_of(b for b in blocks if b.component == ico.component)
        if ln.no == ico.line and (at := _digits_at(ln.text, ico.value)) > 0
        if (m := _RUN_BEFORE_ICO.search(ln.text[:at])) is not None
    ]
    if not runs:
        return None
    words = runs[0].split()
    # the name may start at any capitalised word of the run ("Pressestelle der Hochschule X")
    tails = {_stems(" ".join(words[k:])) for k in range(len(words) - 1) if words[k][:1].isupper()}
    for b, ln in lines_of(blocks):
        if b.kind is Kind.QUOTED or (b.component == ico.component and ln.no == ico.line):
            continue
        for cell in _HEAD_CELLS.split(ln.text.strip()):
            if len(cell.split()) >= 2 and _stems(cell) in tails:
                return Hit(cell.strip(), b.component, ln.no, False, Reason.OTHER_CANDIDATE)
    return None


def same_organisation(one: str, other: str) -> bool:
    """Whether two names are one organisation (``_same_org``)."""
    return _same_org(one, other)


_APPLYING_FOR = re.compile(
    r"(?i)(?<!\w)(?:za|jménem|jmenem|menom|v\s+mene|v\s+zastoupení|v\s+zastoupeni|v\s+zastúpení|"
    r"on\s+behalf\s+of|for|namens|im\s+Namen\s+(?:der|des|von)|au\s+nom\s+de|en\s+nombre\s+de|"
    r"w\s+imieniu)\s+(?:(?:(?:naš\w*|náš\w*|nas\w*|our|the|unser\w*)\s+)?(?:klient\w*|zákazník\w*|"
    r"zakaznik\w*|vydavatel\w*|vydavateľ\w*|společnost\w*|spolecnost\w*|spoločnos\w*|firm\w*|"
    r"client|customer|company|publisher|Kunden|Mandant\w*)\s*,?\s+){0,2}(?=[\"„“»]?[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽĽ])"
)
"""Words of applying for an organisation right before its name ("žádáme za X s.r.o.", "Za
vydavatele, X a.s.", "on behalf of our client, X Ltd"), a noun or two naming what it is
between ("jménem našeho klienta, společnosti X s.r.o.")."""
_WRITES_FOR_OWN_FIRM = re.compile(
    r"(?i)(?<!\w)(?:píšu|pisu|píši|pisi|píšeme|piseme|píšem|pisem)\s+za\s+"
    r"(?:firm[uy]|společnost|spolecnost|spoločnosť|spolocnost)\s*,?\s+$"
)
"""The writer writing for their own firm ("píšu za firmu X s.r.o.", "píšem za spoločnosť"): the
firm only writes when the same sentence goes on to name its client."""
_ITS_ICO = re.compile(
    r"\s*[,(]?\s*(?:I[ČC]O?|Company\s+(?:ID|No\.?)|Reg(?:istration)?\.?\s*No\.?)\s*[:.]?\s*(\d(?:\s?\d){7})(?!\d)"
)
"""The IČO written right after a name ("X s.r.o. (IČ 12345678)", "X a.s., IČO: 123 45 678")."""


_APPLICANT_LABEL = re.compile(
    r"(?i)^\W*(?:\d+[.)]\s*)?\*{0,2}(?:žadatel|zadatel|žiadateľ|ziadatel|applicant|antragsteller|demandeu|"
    r"richiedente|solicitante|wnioskodawc|requerente|aanvrager|k[ée]relmez|ig[ée]nyl|s[öo]kande|ans[øo]ger)"
)
"""A label naming the applicant itself (not its medium, not a company of any role)."""


def _labelled_client(b: Block, i: int, office_ico: str) -> tuple[Hit, Hit] | None:
    """The applicant a labelled line of ``b`` names with a legal form ("Žadatel: X s.r.o.,
    IČO …"), its IČO right after the name or on a labelled line just below: for certain, a
    label says which of two firms applies."""
    ln = b.lines[i]
    if not _APPLICANT_LABEL.match(ln.text) or (m := _label_match(ln.text)) is None:
        return None
    found = _legal_in(m.group("v"))
    if found is None or not found[1]:
        return None
    rest = m.group("v")[m.group("v").find(found[0]) + len(found[0]) :]
    below = [x.text for x in b.lines[i + 1 : i + 3] if _ICO_LABEL.search(x.text) and not _has_legal_form(x.text)]
    for text in (rest, *below[:1]):
        its = _ITS_ICO.search(text)
        digits = its.group(1).replace(" ", "") if its else ""
        if digits and ico_valid(digits) and digits != office_ico:
            return Hit(found[0], b.component, ln.no), Hit(digits, b.component, ln.no)
    return None


def client_with_ico(blocks: Sequence[Block], office_ico: str = "") -> tuple[Hit, Hit] | None:
    """The organisation the writer applies for, named with a legal form after the words of
    applying for it and followed by its IČO ("žádáme za X s.r.o. (IČ …)", "tímto Vás za X,
    a.s. (IČO …) pověřujeme", "Za vydavatele, X a.s. (IČO …), prosím") anywhere but in a
    signature: its name and number, never for certain (a sentence read); a contractor or
    an agency writing for it signs with its own firm."""
    return _client_said(blocks, office_ico) or _client_labelled(blocks, office_ico)


def _client_labelled(blocks: Sequence[Block], office_ico: str) -> tuple[Hit, Hit] | None:
    """The first applicant a labelled line names with its IČO (``_labelled_client``)."""
    for b in blocks:
        if b.kind in (Kind.SIGNATURE, Kind.QUOTED):
            continue
        for i in range(len(b.lines)):
            if (labelled := _labelled_client(b, i, office_ico)) is not None:
                return labelled
    return None


def _client_said(blocks: Sequence[Block], office_ico: str) -> tuple[Hit, Hit] | None:
    """The client named after words of applying for it, with its IČO (``client_with_ico``)."""
    for b, ln in lines_of(blocks):
        if b.kind is Kind.SIGNATURE or not _ICO_LABEL.search(ln.text) or not _has_legal_form(ln.text):
            continue
        for m in _APPLYING_FOR.finditer(ln.text):
            if _WRITES_FOR_OWN_FIRM.search(ln.text, 0, m.end()) and _FOR_A_CLIENT.search(ln.text, m.end()):
                continue  # "píšu za firmu X s.r.o., která … našemu klientovi Y a.s.": the writer's firm
            rest = ln.text[m.end() :]
            found = _legal_in(rest)
            at = rest.find(found[0]) if found else -1
            if found is None or not 0 <= at <= 1:
                continue
            its = _ITS_ICO.match(rest, at + len(found[0]))
            digits = its.group(1).replace(" ", "") if its else ""
            if digits and ico_valid(digits) and digits != office_ico:
                why = Reason.OTHER_ORGANIZATION
                return Hit(found[0], b.component, ln.no, False, why), Hit(digits, b.component, ln.no, False, why)
    return None


def in_signature(blocks: Sequence[Block], component: str | None, line: int | None) -> bool:
    """Whether ``line`` of ``component`` stands in a signature block of ``blocks``."""
    return any(
        b.kind is Kind.SIGNATURE and b.component == component and any(ln.no == line for ln in b.lines)
        for b in blocks
    )


_NOT_BUT = re.compile(
    r"(?i)(?<!\w)(?:není|neni|nebude|nie\s+je|is\s+not|isn['’]t|will\s+not\s+be|ist\s+nicht)"
    r"\s+(?!(?:jen|pouze|only|just|nur)\s)(?P<old>[^\n]{3,120}?)\s*[,;–—-]?\s+(?:ale|nýbrž|nybrz|no|but|sondern)"
    r"\s+(?!(?:i|také|taky|též|rovněž|also|even|too|auch)\s)(?P<new>[^\n]{3,160})"
)
"""A correction of the applicant in the new text ("žadatelem není X s.r.o., ale naše nová
společnost Y s.r.o.", "the applicant is not X Ltd but Y Ltd"): the name after "ale"/"but"."""
_NOT_BUT_ANY = re.compile(r"(?=[abns])\b(?:ale|nýbrž|nybrz|but|sondern|no)\b", re.IGNORECASE)


def corrected_applicant(blocks: Sequence[Block], name: str) -> Hit | None:
    """The organisation that the writer's own text puts in place of ``name`` (``_NOT_BUT``),
    never for certain (a sentence corrects a value read elsewhere)."""
    for b, ln in lines_of(b for b in blocks if b.kind is Kind.OWN and _NOT_BUT_ANY.search(b.text)):
        for m in _NOT_BUT.finditer(ln.text):
            old = legal_name_in(m.group("old")) or m.group("old")
            new = legal_name_in(m.group("new"))
            if new and _same_org(old, name) and not _same_org(new, name):
                return Hit(new, b.component, ln.no, False, Reason.CORRECTED)
    return None


regroup_case_blind(globals())  # the large case-blind patterns, read quicker (``alternation``)
