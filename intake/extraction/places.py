"""The country an applicant writes from, by the places of its text: the postcode and town of
an address ("ul. Mariacka 17, 40-014 Katowice", "Praterstraße 41, 1020 Wien", "1015 CX
Amsterdam", "London EC4Y 1AA"), the town the writer says they are based in ("a freelance
journalist based in Cork"), and a legal form used in one country only ("Sp. z o.o.",
"Kft."). A number written without its country code is read in that country's plan (never
for certain: the country is inferred). Czechia counts too: a text placing its writer both in
Czechia and abroad ("the Prague correspondent of Gazeta Krakowska Sp. z o.o.") places them
nowhere. Imports nothing of ours."""

from __future__ import annotations

import re
import unicodedata

from intake.extraction.memo import per_application

_TOWNS: dict[str, tuple[str, ...]] = {
    "CZ": ("Praha", "Prague", "Brno", "Ostrava", "Plzeň", "Plzen", "Olomouc", "Liberec", "České Budějovice",
           "Ceske Budejovice", "Hradec Králové", "Hradec Kralove", "Pardubice", "Zlín", "Zlin", "Jihlava",
           "Ústí nad Labem", "Usti nad Labem", "Karlovy Vary", "Opava", "Kladno", "Náchod"),
    "SK": ("Bratislava", "Košice", "Kosice", "Žilina", "Zilina", "Prešov", "Presov", "Nitra", "Trnava",
           "Banská Bystrica", "Banska Bystrica", "Trenčín", "Trencin", "Poprad"),
    "PL": ("Warszawa", "Warsaw", "Kraków", "Krakow", "Cracow", "Wrocław", "Wroclaw", "Katowice", "Gdańsk",
           "Gdansk", "Poznań", "Poznan", "Łódź", "Lodz", "Szczecin", "Lublin", "Białystok", "Bialystok",
           "Bydgoszcz", "Opole", "Gliwice", "Rzeszów", "Rzeszow", "Cieszyn", "Sosnowiec", "Bielsko-Biała"),
    "AT": ("Wien", "Vienna", "Graz", "Linz", "Salzburg", "Innsbruck", "Klagenfurt", "St. Pölten",
           "Bregenz", "Eisenstadt", "Wels", "Villach"),
    "DE": ("Berlin", "München", "Munich", "Hamburg", "Köln", "Cologne", "Frankfurt", "Dresden", "Leipzig",
           "Stuttgart", "Nürnberg", "Nuremberg", "Düsseldorf", "Regensburg", "Passau", "Chemnitz"),
    "CH": ("Zürich", "Zurich", "Genève", "Geneva", "Genf", "Basel", "Bern", "Lausanne", "Luzern", "Lugano"),
    "HU": ("Budapest", "Debrecen", "Szeged", "Győr", "Gyor", "Pécs", "Pecs", "Miskolc"),
    "IE": ("Dublin", "Cork", "Galway", "Limerick", "Waterford", "Kilkenny"),
    "GB": ("London", "Manchester", "Birmingham", "Leeds", "Glasgow", "Edinburgh", "Bristol", "Liverpool",
           "Cardiff", "Belfast"),
    "NL": ("Amsterdam", "Rotterdam", "Den Haag", "Utrecht", "Eindhoven", "Groningen", "Arnhem", "Nijmegen",
           "Doetinchem", "Maastricht", "Leiden"),
    "BE": ("Bruxelles", "Brussel", "Brussels", "Antwerpen", "Anvers", "Gent", "Ghent", "Liège", "Liege",
           "Charleroi", "Namur", "Leuven"),
    "FR": ("Paris", "Lyon", "Marseille", "Toulouse", "Lille", "Strasbourg", "Bordeaux", "Nantes", "Rennes",
           "Montpellier", "Grenoble"),
    "IT": ("Roma", "Milano", "Milan", "Torino", "Turin", "Napoli", "Naples", "Bologna", "Firenze", "Florence",
           "Genova", "Venezia", "Venice", "Trieste", "Palermo"),
    "ES": ("Madrid", "Barcelona", "Sevilla", "Seville", "Zaragoza", "Málaga", "Malaga", "Bilbao"),
    "SE": ("Stockholm", "Göteborg", "Gothenburg", "Malmö", "Malmo", "Uppsala", "Sundsvall"),
    "DK": ("København", "Copenhagen", "Aarhus", "Odense", "Aalborg"),
    "NO": ("Oslo", "Bergen", "Trondheim", "Stavanger"),
    "FI": ("Helsinki", "Espoo", "Tampere", "Turku", "Oulu"),
}  # fmt: skip
"""The main towns of the countries our applicants write from, as their own and English
writers spell them; a town counts only in an address (after a postcode) or after words
placing the writer there, never as a place the text merely names (the office's own cities
are named in many a letter)."""

_TOWN_REGION = {unicodedata.normalize("NFC", t): r for r, towns in _TOWNS.items() for t in towns}
_TOWN = "|".join(re.escape(t) for t in sorted(_TOWN_REGION, key=len, reverse=True))

_POSTCODE_TOWN = re.compile(rf"\d(?<![\w.-]\d)\d{{1,2}}[ -]?\d{{2,3}}[ \t]+({_TOWN})(?!\w)")
"""A postcode before a known town: "40-014 Katowice", "1020 Wien", "370 01 České Budějovice",
"8004 Zürich"; the town decides the country. It opens with the postcode's first digit and
looks behind it (the engine skips to the digits of a text instead of trying every place)."""
_BASED_IN = re.compile(
    rf"(?=[blmascg])(?:\bbased\s+in|\blocated\s+in|\bmit\s+sitz\s+in|\bansässig\s+in|\baus|\bsídlem\s+v|"
    # the same in French, Italian, Spanish, Dutch ("basée à Lyon", "con sede a Torino",
    # "con sede en Madrid", "gevestigd in Utrecht")
    rf"\bbas[ée]e?s?\s+à|\bcon\s+sede\s+(?:a|in|en)|\bgevestigd\s+in)"
    rf"\s+({_TOWN})(?!\w)",
    re.IGNORECASE,
)
"""Words placing the writer in a town ("based in Cork", "aus Graz", "se sídlem v Brno" is
declined and not read); never "from" (results fetched "from Vienna")."""
_COUNTRY_POSTCODES = (
    (re.compile(r"\d(?<![\w.-]\d)\d-\d{3}[ \t]+[A-ZŁŚŻŹĆÓ][a-ząćęłńóśźż]"), "PL"),
    (re.compile(r"[1-9](?<![\w.-][1-9])\d{3}[ \t]?[A-Z]{2}[ \t]+[A-Z][a-z]"), "NL"),
    (re.compile(r"\b(?:London|Manchester|Birmingham|Leeds|Bristol)\s+[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b"), "GB"),
)
"""Postcodes of one country's own shape before a town: Poland's "31-147 Kraków", the
Netherlands' "1015 CX Amsterdam", a British one after its town ("London EC4Y 1AA"). A
pattern opens with its first digit and looks behind it for what may not stand before the
postcode: the engine then skips to the digits of a text instead of trying every place."""
_GB_TOWNS = ("London", "Manchester", "Birmingham", "Leeds", "Bristol")
"""The towns of the British pattern: a text naming none of them has no British postcode."""
_IE_COUNTIES = (
    "Carlow|Cavan|Clare|Cork|Donegal|Dublin|Galway|Kerry|Kildare|Kilkenny|Laois|Leitrim|Limerick|"
    "Longford|Louth|Mayo|Meath|Monaghan|Offaly|Roscommon|Sligo|Tipperary|Waterford|Westmeath|"
    "Wexford|Wicklow"
)
_EIRCODE = r"[AC-FHKNPRTV-Y](?:\d{2}|6W)[ ]?[0-9AC-FHKNPRTV-Y]{4}"
_IRISH_ADDRESS = re.compile(
    rf"(?=C)\bCo\.[ ](?:{_IE_COUNTIES})\b"
    rf"|(?=[DCGLWK])\b(?:Dublin(?:[ ]\d{{1,2}})?|Cork|Galway|Limerick|Waterford|Kilkenny),?[ \t]*\n?[ \t]*{_EIRCODE}\b"
)
"""An Irish address: a county written "Co. Limerick", or an Eircode after an Irish town on its
line or the next ("Galway / H91 X2F4", "Dublin 2, D02 X285"). Read only in a text that has
"Co. " or one of those towns."""
_IE_HINTS = ("Co. ", "Dublin", "Cork", "Galway", "Limerick", "Waterford", "Kilkenny")
_ONE_COUNTRY_FORMS = (
    (re.compile(r"\b[Ss]p(?:ółka|olka|\.)\s?z\s?o\.\s?o\.|\b[Ss]p\.\s?[jk]\.", re.IGNORECASE), "PL"),
    (re.compile(r"\b(?:Kft|Zrt|Nyrt)\.?(?!\w)|\bBt\."), "HU"),
    (re.compile(r"\b(?:s\.\s?r\.\s?o\.|a\.\s?s\.|spol\.\s?s\s?r\.\s?o\.)(?!\w)", re.IGNORECASE), "CZSK"),
)
"""Legal forms of one country ("Sp. z o.o." Polish, "Kft." Hungarian), or of the office's own
country and Slovakia ("s.r.o."), which place the writer at home unless a town says Slovakia."""


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@per_application(maxsize=512)
def places_country(text: str, forms: bool = True) -> str | None:
    """The one country (ISO code) the places of ``text`` put its writer in, Czechia included;
    None when they put it in none or in more than one (a Czech "s.r.o." and a Slovak town
    give Slovakia). Without ``forms``, by towns only: a legal form alone is a foreign firm's,
    whose branch or correspondent may well be in Czechia."""
    text = _nfc(text)
    found = set(_towns_country(text))
    legal = {region for rx, region in _ONE_COUNTRY_FORMS if rx.search(text)} if forms else set()
    if "CZSK" in legal:
        legal.discard("CZSK")
        if not found & {"CZ", "SK"}:
            found.add("CZ")
    found |= legal
    found.discard("")
    return found.pop() if len(found) == 1 else None


@per_application(maxsize=512)
def _towns_country(text: str) -> frozenset[str]:
    """The countries (ISO codes, "" for a town of none) the towns and postcodes of ``text``
    (in NFC) name; remembered: ``places_country`` reads them with and without the legal
    forms of the same text."""
    found = {_TOWN_REGION[m.group(1)] for m in _POSTCODE_TOWN.finditer(text)}
    found |= {_TOWN_REGION.get(m.group(1)) or _town_any_case(m.group(1)) for m in _BASED_IN.finditer(text)}
    found |= {
        region
        for rx, region in _COUNTRY_POSTCODES
        if (region != "GB" or any(t in text for t in _GB_TOWNS)) and rx.search(text)
    }
    if any(h in text for h in _IE_HINTS) and _IRISH_ADDRESS.search(text):
        found.add("IE")
    return frozenset(found)


def _town_any_case(town: str) -> str:
    folded = town.casefold()
    return next((r for t, r in _TOWN_REGION.items() if t.casefold() == folded), "")
