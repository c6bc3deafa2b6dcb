"""Person names: the vocabulary of titles, forms of address and words that are never part
of a name, ``clean_name``, and the ways the rules compare text without diacritics (the shared one: ``unmarked``). Imports nothing of ours, so every extraction module may use it."""

from __future__ import annotations

import re
import unicodedata

from intake.extraction.memo import per_application


def ascii_folded(text: str) -> str:
    """``text`` in lower case with its letters' diacritics dropped (and any other non-ASCII
    letter with them), for a quick comparison or search; the C codecs, no translation table:
    fast on a long attachment. Not ``unmarked_lower``: a letter without a decomposition ("ł",
    "ß") is dropped, not folded, and the length may change (the NFKD of "ĳ" is "ij")."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()


def without_marks(text: str) -> str:
    """``text`` without its diacritic marks ("Jihočeský" is "Jihocesky"); letters without a
    decomposition ("ł", "ß") and the letter case stay. Not ``unmarked``: every script's marks
    go (NFKD: Greek, Vietnamese …) and the length may change ("ĳ" → "ij", "ǆ" → "dz")."""
    if text.isascii():
        return text  # ASCII has no marks and no compatibility forms: NFKD keeps it as it is
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


_NO_DECOMPOSITION = {"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ħ": "h", "Ħ": "H",
                     "ı": "i", "ŧ": "t", "Ŧ": "T"}  # fmt: skip
"""Latin letters with a stroke or without a dot that Unicode does not decompose, though
people type the plain letter for them (Polish "ł", Croatian "đ", Danish and Norwegian "ø",
Maltese "ħ", Turkish "ı", Sami "ŧ"). Not "ß", "æ", "œ", "ĸ", "þ", "ð": letters of their own,
not a plain letter with a mark (and "ß" would take two letters)."""

UNMARKED: dict[int, str] = {
    **{
        c: _NO_DECOMPOSITION.get(base, base)  # "Ǿ" is "Ø" with an acute: "O"
        for c in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00))
        if len(base := without_marks(chr(c))) == 1 and base != chr(c)
    },
    **{ord(c): base for c, base in _NO_DECOMPOSITION.items()},
}
"""The shared diacritic fold (``str.translate``): every Latin letter with marks in
U+00C0–U+024F (Latin-1, Latin Extended-A and -B) and U+1E00–U+1EFF (Latin Extended
Additional: Vietnamese "ễ", "ậ") to its base letter, and the letters of
``_NO_DECOMPOSITION``; one character for one, so a folded text keeps the offsets of the
original. No ASCII key (an ASCII text is its own). A rule with an extra job extends it
(``{**UNMARKED, ord("’"): "'"}``)."""


def unmarked(text: str) -> str:
    """``text`` folded by ``UNMARKED``, the case kept ("Łódź" → "Lodz"); as long as ``text``."""
    return text if text.isascii() else text.translate(UNMARKED)


def unmarked_lower(text: str) -> str:
    """``text`` folded by ``UNMARKED`` and in lower case ("Łódź" → "lodz"); as long as
    ``text``: folded first, so that "İ" is "i" (its ``lower()`` would take two characters)."""
    return unmarked(text).lower()


TITLES = re.compile(
    r"(?<!\w)(?:Ing|Mgr|Bc|MgA|BcA|Dr|PhDr|RNDr|MUDr|JUDr|PaedDr|ThDr|doc|prof|Ph\.\s?D|CSc|"
    r"DrSc|MBA|LL\.M|DiS|MSc|BSc|MA|BA|Dipl|Mr|Mrs|Ms|Miss|Dr)\.?(?!\w)",
)
_ADDRESSING = re.compile(
    r"(?<!\w)(?:pan|paní|pani|slečna|pí\.|p\.|ml\.|st\.|mladší|starší|jr\.?|sr\.?)(?!\w)",
    re.IGNORECASE,
)
_LATIN = [chr(c) for c in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00))]
"""Latin letters with marks: Latin-1, Extended-A and -B, and Latin Extended Additional, where
Vietnamese writes its letters with two marks ("Nguyễn Thị", "Trần", "Đặng Quốc Bảo")."""
_GREEK_CYRILLIC = [chr(c) for c in range(0x386, 0x530) if chr(c).isalpha()]
"""The letters of Greek (with its accents) and of Cyrillic (Russian, Ukrainian, Belarusian,
Bulgarian, Serbian, Macedonian …): a name written in its own script is a name ("Оксана
Мельник", "Δημήτρης Καραγιάννης"), read by the same rules as a Latin one."""
_UPPER = "A-Z" + "".join(c for c in (*_LATIN, *_GREEK_CYRILLIC) if c.isupper())
_LOWER = "a-z" + "".join(c for c in (*_LATIN, *_GREEK_CYRILLIC) if c.islower())
"""Letters with diacritics of every European language (Polish ś, Slovak ľ, German ß …), and
the Greek and Cyrillic ones."""
_NAME_WORD = rf"(?:[{_UPPER}]['’]|Ma?c)?[{_UPPER}][{_LOWER}'’]+(?:-[{_UPPER}][{_LOWER}]+)?"
"""A word of a name; Irish and Scottish surnames keep their prefix ("O'Neill", "McKay")."""
SURNAME_PREFIX = r"(?:[OÓ]\s|d['’]|(?:al|el)-)"
"""What a surname may open with after a given name, written as its own word or in lower
case: the Irish "Ó"/"O" ("Ciarán Ó Briain", "Sean O Neill"), the French and Italian "d'"
("Jean d'Arcy"), the Arabic article "al-"/"el-" ("Omar al-Rashid")."""
_NAME = re.compile(rf"^{_NAME_WORD}(?:\s+{SURNAME_PREFIX}?{_NAME_WORD}){{1,3}}$")
_NOT_NAMES = re.compile(
    r"\b(?:Praha|Brno|Ostrava|Plzeň|Olomouc|Liberec|Ulice|Redakce|Deník|Rádio|Radio|Televize|"
    r"Český|Česká|České|Statistický|Úřad|Media|Mediální|News|Group|Holding|Kontakt|Telefon|"
    r"Email|Mail|Server|Adresa|Volba|Prezident|Dobrý|Vážená|Vážený|Dear|Hello|Technick\w*|"
    r"Vedoucí|Ředitel\w*|Head|Manager|Director|Editor|Senior|Junior|Developer|Oddělení|IT|"
    r"Týdeník\w*|Zprávy|Zpravodaj\w*|Noviny|Novin|Listy|Magazín\w*|Rozhlas\w*|Televiz\w*|TV|"
    r"Agentur\w*|Vydavatel\w*|Nakladatel\w*|Portál\w*|Info|Press|Daily|Wire|Times|Post|"
    r"Journal|Network|Broadcast\w*|Hlas|Večerník|Sport\w*|Online|Rádia|Redakční|Vyřizuje|Vybavuje|"
    r"Kontaktní|Kontaktná|Contact|Žadatel\w*|Žiadateľ\w*|Applicant|"
    # a kind of institution: a municipality, a library, a school is never a person
    r"Obec|Obecní|Obecný|Město|Mesto|Města|Městys|Městsk\w*|Mestsk\w*|Statutární|Magistrát\w*|"
    r"Knihovna|Knižnica|Muzeum|Spolek|Nadace|Nadácia|Univerzit\w*|Gymn[áa]zium|Škola|Školy|"
    r"Fakult\w*|Laboratoř\w*|Ústav|University|College|Library|Museum|Council|Village|Town|"
    # the same words of an outlet in Cyrillic and Greek ("Пражские Новости", "Медиа Група",
    # "Εκδόσεις Αιγαίο"): a firm's or a title's name, never a person
    r"Новост\w*|Новин\w*|Новини|Вест\w*|Вести|Вісн\w*|Вестн\w*|Весник|Меди[аяйію]\w*|Медија|"
    r"Прес\w*|Пресс\w*|Груп\w*|Радио|Радіо|Телевиз\w*|Телевіз\w*|Телебач\w*|Центар|Центр\w*|"
    r"Редакц\w*|Редакція|Издател\w*|Издава\w*|Видав\w*|Газет\w*|Журнал\w*|Агенц\w*|Агенциј\w*|"
    r"Контакт\w*|Εκδ[οό]σ\w*|Μ[έε]σα|Ειδ[ήη]σ\w*|Ραδι[οό]\w*|Τηλε\w*|Εφημερ\w*|Ομ[άα]δα|Επικοινων\w*)\b"
)


_GLOSSED = re.compile(r"^[^\S\n]*[\u0370-\u052f][\u0370-\u052f\s.'’-]*\((?P<latin>[A-Za-z\u00c0-\u024f\s.'’-]+)\)")
"""A name in Greek or Cyrillic letters with its Latin spelling in brackets after it
("Γεώργιος Παπαδάκης (George Papadakis)", "Оксана Мельник (Oksana Melnyk)"): one person,
written as the rest of the message (a contact line in Latin letters) writes them."""
_KIN_TITLE = re.compile(rf"^(?:anh|chị|ông|bà|cô)\s+(?=[{_UPPER}])")
"""A Vietnamese form of address before a name, in lower case ("chị Nguyễn Thị Thu Hà", "anh
Lê Văn Hùng", "ông Trần Văn Minh"): not part of the name (a capitalised "Anh" is a given name)."""
_NAME_END = re.compile(r"\s*(?:[,|;(/]|\s[-–—]\s|\bt(?:el)?\.|\btelefon|\bmobil|\be-?mail)")
_SPACES = re.compile(r"\s+")


@per_application(maxsize=4096)
def clean_name(raw: str) -> str | None:
    """A person's name without academic titles, or None when ``raw`` is not a name.
    Remembered: the rules ask it of the same cell or line many times (6 in 10 asks repeat
    one over the tuning corpus)."""
    if "(" in raw and not raw.isascii() and (g := _GLOSSED.match(raw)) is not None:
        raw = g.group("latin")  # "Γεώργιος Παπαδάκης (George Papadakis)": the Latin spelling
    s = _NAME_END.split(raw, maxsplit=1)[0]
    s = TITLES.sub(" ", s)
    s = _ADDRESSING.sub(" ", s)
    s = _SPACES.sub(" ", s).strip(" .,:-–")
    if s[:1] in "acôb" and (k := _KIN_TITLE.match(s)) is not None:
        s = s[k.end() :]
    if not _NAME.match(s) or _NOT_NAMES.search(s):
        return None
    return s
