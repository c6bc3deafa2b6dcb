"""The common noun that opens an organisation's name, as a letterhead writes it.

A name read from a sentence carries the sentence's grammar on its first word: a Czech or
Slovak head noun in the case the sentence needs ("za Agenturu X a.s.", "jménem Redakce Y",
"pro Televizi Z s.r.o."), or, in another language, an article and a common noun that are
no part of the name at all ("la société X SAS", "die Firma Y GmbH", "the company Z Ltd").
Imports nothing of ours.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_HEADS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    # (stem, nominative ending, endings of the other cases a name never starts with)
    ("agentur", "a", ("u", "y", "ou")),
    ("agentúr", "a", ("u", "y", "e", "ou")),
    ("společnost", "", ("i", "í")),
    ("spolecnost", "", ("i",)),
    ("spoločnos", "ť", ("ti", "ťou")),
    ("televiz", "e", ("i", "í")),
    ("televízi", "a", ("u", "e", "i", "ou")),
    ("redakc", "e", ("i", "í")),
    ("redakci", "a", ("u", "e", "i", "ou")),
    ("organizac", "e", ("i", "í")),
    ("organizáci", "a", ("u", "e", "i", "ou")),
    ("nadac", "e", ("i", "í")),
    ("nadáci", "a", ("u", "e", "i", "ou")),
    ("firm", "a", ("u", "y", "ou")),
    ("vydavateľstv", "o", ("a", "u", "om")),
    ("vydavatelstv", "í", ("ím",)),
    ("nakladatelstv", "í", ("ím",)),
    ("nakladateľstv", "o", ("a", "u", "om")),
    ("sdružen", "í", ("ím",)),
    # masculine and neuter heads of a medium's name ("v Rádiu X", "s Deníkem Y", "ze
    # Zpravodaje Z"): their forms that no name starts with
    ("rádi", "o", ("a", "u", "em", "om")),
    ("radi", "o", ("u", "em", "om")),
    ("deník", "", ("u", "em")),
    ("denník", "", ("a", "u", "om")),
    ("týdeník", "", ("u", "em")),
    ("týždenník", "", ("a", "u", "om")),
    ("zpravodaj", "", ("e", "i", "em")),
    ("studi", "o", ("u", "em", "om")),
    ("združen", "ie", ("ia", "iu", "ím")),
)
"""Nouns that open the names of media and organisations, with the endings of their declined
forms that are never a nominative singular."""

_SOFT_LOCATIVE = {"agentuř": "agentur", "firm": "firm"}
"""Dative and locative forms that soften the stem ("Agentuře", "Firmě")."""

_DECLINED = re.compile(
    r"^(?P<w>(?i:"
    + "|".join(
        f"{stem}(?:{'|'.join(sorted(ends, key=len, reverse=True))})" for stem, _, ends in _HEADS
    )
    + r"|agentuře|firmě))(?=\s+[\"„“»]?[^\W\d_])"
)

_FOREIGN_HEAD = re.compile(
    r"^(?:(?i:la|le|l['’]|die|der|das|the|il|lo|la|el|het|de)\s*)?"
    r"(?i:société|societe|compagnie|entreprise|firme|agence|maison|firma|gesellschaft|"
    r"unternehmen|agentur|company|firm|agency|corporation|società|societa|ditta|azienda|"
    r"agenzia|empresa|compañía|compania|agencia|bedrijf|onderneming)"
    r"\s+(?=[\"„“»]?[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽĽÄÖÜÀÂÇÈÊËÎÏÔÙÛ])"
)
"""An article of another language and a common noun for a firm before a capitalised name:
words of the sentence ("La société Horizons SAS prépare …"); a name's own first word would
be capitalised without an article ("Agence France-Presse")."""

_ARTICLE = re.compile(r"^(?i:la|le|l['’]|die|der|das|the|il|lo|el|het|de)\s*(?<=\s|'|’)")


def _nominative_word(word: str) -> str:
    """The nominative singular of a declined head noun ``word`` (its letter case kept)."""
    low = word.casefold()
    for soft, stem in _SOFT_LOCATIVE.items():
        if low in (soft + "e", soft + "ě"):
            return _cased(stem + "a", word)
    for stem, nom, ends in _HEADS:
        if low.startswith(stem) and low[len(stem) :] in ends:
            return _cased(stem + nom, word)
    return word


def _cased(low: str, like: str) -> str:
    if like.isupper():
        return low.upper()
    return low[:1].upper() + low[1:] if like[:1].isupper() else low


def declined_head(word: str) -> bool:
    """Whether ``word`` is a head noun of ``_HEADS`` in a case other than the nominative
    ("Vydavatelstvím", "Agenturou"): a name's first word as the sentence declines it, never
    a verb, however it ends."""
    return _DECLINED.match(word + " x") is not None


def letterhead_form(name: str) -> str:
    """``name`` as a letterhead writes it: a declined Czech or Slovak head noun turned to
    the nominative ("Agenturu Regiopress a.s." is "Agentura Regiopress a.s."), a foreign
    article and common noun cut off ("La société Horizons SAS" is "Horizons SAS"); else
    ``name`` unchanged."""
    if (m := _FOREIGN_HEAD.match(name)) is not None and (_ARTICLE.match(name) or name[:1].islower()):
        return name[m.end() :]
    if (d := _DECLINED.match(name)) is not None:
        return _nominative_word(d.group("w")) + name[d.end() :]
    return name


_REGION_OFFICE = re.compile(
    r"^(?:Krajsk[ýy]\s+[úu]řad|Krajsk[ýy]\s+urad|Krajsk[ýy]\s+[úu]rad)\s+"
    r"(?:(?P<adj>[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]\w*?)(?P<end>ého|eho)\s+kraje|Kraje\s+(?P<noun>[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]\w*))$"
)
"""A region's office ("Krajský úřad Podhorského kraje", "Krajský úřad Kraje Vysočina"): no
legal entity of its own, its IČO and data box are the region's."""


def entity_of_office(name: str) -> str:
    """The self-governing region an office's name stands for ("Krajský úřad Podhorského
    kraje" is "Podhorský kraj", "Krajský úřad Kraje Vysočina" is "Kraj Vysočina"): the legal
    entity that applies; else ``name`` unchanged."""
    if (m := _REGION_OFFICE.match(name)) is None:
        return name
    if m.group("noun"):
        return f"Kraj {m.group('noun')}"
    return f"{m.group('adj')}{'ý' if m.group('end') == 'ého' else 'y'} kraj"


_TOWN_OFFICE = re.compile(
    r"^(?:(?P<town>M[ěe]stsk[ýy])\s+[úu]ř?ad|(?P<village>Obecn[íi])\s+[úu]ř?ad|"
    r"[ÚU]ř?ad\s+(?P<borough>m[ěe]styse)|[ÚU]ř?ad\s+(?P<district>m[ěe]stsk[ée]\s+[čc][áa]sti)|"
    r"[ÚU]ř?ad\s+(?P<ward>m[ěe]stsk[ée]ho\s+obvodu))(?:\s+(?P<place>[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ].*))?$"
)
"""A municipality's office ("Městský úřad Dačice", "Obecní úřad", "Úřad městyse Lhota"): no
legal entity of its own - it acts for the town, the village or the market town whose IČO
and data box it uses; so is a city district's office ("Úřad městské části Praha-Lipence",
"Úřad městského obvodu Ostrava-Jih"), which acts for the district."""

_UP = "A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ"
_PLACE_AFTER = (
    rf"(?!(?i:nad|pod|u|v|ve|na|při)[^\S\n])[{_UP}][\w'’-]*(?:[^\S\n]+[{_UP}][\w'’-]*)?"
    rf"(?:[^\S\n]+(?i:nad|pod|u|v|ve|na|při)[^\S\n]+[{_UP}][\w'’-]*(?:[^\S\n]+[{_UP}][\w'’-]*)?)?"
    rf"(?![\w'’-]|[^\S\n]+[{_UP}])"
)
"""A place's name after its kind word: at most two capitalised words, then a preposition and
one or two more ("Rokytnice nad Jizerou"), the name's end not followed by a capitalised word
(a person's name after it: "obce Lhota Jan Novák"), not opened by a preposition ("města Ve
Lhotě")."""
_GENITIVE_PLACE = re.compile(r"(?<!\S)(?:m[ěe]sta|obce|m[ěe]styse)\s+[^\W\d_]+[^\W\d_aeiouyáéíóúůý]y$")
"""A one-word place in the genitive after a lower-case kind word ("jménem města Prahy"): not
the name's own form."""
_MUNICIPALITY_NAMED = {
    "town": re.compile(rf"(?<!\w)(?i:m[ěe]sto|m[ěe]sta)[^\S\n]+(?P<place>{_PLACE_AFTER})"),
    "village": re.compile(rf"(?<!\w)(?i:obec|obce)[^\S\n]+(?P<place>{_PLACE_AFTER})"),
    "borough": re.compile(rf"(?<!\w)(?i:m[ěe]stys|m[ěe]styse)[^\S\n]+(?P<place>{_PLACE_AFTER})"),
    # a district's place carries its number ("Praha 5", "Brno-střed")
    "district": re.compile(
        rf"(?<!\w)(?i:m[ěe]stsk[áa][^\S\n]+[čc][áa]st)[^\S\n]+(?P<place>{_PLACE_AFTER}(?:[^\S\n]+\d{{1,2}}(?!\d))?)"
    ),
    "ward": re.compile(rf"(?<!\w)(?i:m[ěe]stsk[ýy][^\S\n]+obvod)[^\S\n]+(?P<place>{_PLACE_AFTER})"),
}
_KIND_WORD = {"town": "Město", "village": "Obec", "borough": "Městys", "district": "Městská část", "ward": "Městský obvod"}
_LOWER_WORDS = frozenset({"nad", "pod", "u", "v", "ve", "na", "při"})


def _place_cased(place: str) -> str:
    """A place's name as it is written in a sentence, from capitals ("DOLNÍ BROD NAD
    ORLICÍ" is "Dolní Brod nad Orlicí")."""
    if not place.isupper():
        return place
    words = place.split()
    return " ".join(w.lower() if w.lower() in _LOWER_WORDS else w.capitalize() for w in words)


def entity_of_town_office(name: str, lines: Iterable[str]) -> str | None:
    """The municipality a municipal office's name stands for, the legal entity that applies:
    the place the name carries ("Městský úřad Dačice" is "Město Dačice"), else the one
    municipality of its kind the texts name ("MĚSTO DOLNÍ BROD – Městský úřad", "žádost
    města Dolní Brod"): None when they name none or several."""
    m = _TOWN_OFFICE.match(name)
    if m is None:
        return None
    kind = next(k for k in _KIND_WORD if m.group(k))
    if m.group("place"):
        return f"{_KIND_WORD[kind]} {m.group('place').strip()}"
    places = {
        _place_cased(p.group("place")).casefold(): _place_cased(p.group("place"))
        for text in lines
        for p in _MUNICIPALITY_NAMED[kind].finditer(text)
        if not _GENITIVE_PLACE.search(p.group())
    }
    if len(places) != 1:
        return None
    return f"{_KIND_WORD[kind]} {next(iter(places.values()))}"
