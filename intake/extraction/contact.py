"""The applicant's contact (person, e-mail, phone), told apart from quoted or forwarded
footers: labelled contact lines first, then the sender's own text, then their signature.

A contact's e-mail and phone are read where the contact is named (the labelled line, its
table row, the rest of a footer line), else from text that is about that person (a line or
row with their name, their signature, a forwarded message they wrote); details written for
another person (a crew member, a former contact, a signer who is not the contact) are never
taken for the contact's."""

from __future__ import annotations

import dataclasses
import gettext
import itertools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from email.utils import getaddresses
from enum import Enum
from functools import lru_cache

import phonenumbers
import pycountry
from cleanco.classify import countrysources
from nameparser.config.particles import PARTICLES
from nameparser.config.suffixes import SUFFIX_ACRONYMS

from intake.extraction.alternation import any_of, grouped
from intake.extraction.fields import (
    CSU,
    Hit,
    Office,
    find_ico,
    is_office_address,
    lines_of,
)
from intake.extraction.fields import emails_in as _emails_in
from intake.extraction.fields import phones_in as _phones_in
from intake.extraction.given_names import is_familiar_form, may_be_familiar, only_familiar
from intake.extraction.languages import KNOWN_WORDS, written_in
from intake.extraction.legal_forms import DESIGNATORS, designator_forms
from intake.extraction.lowercase_names import lowercase_person
from intake.extraction.memo import per_application
from intake.extraction.name_data import GIVEN_NAMES
from intake.extraction.names import SURNAME_PREFIX, TITLES, ascii_folded, clean_name, unmarked
from intake.extraction.org import field_heads, legal_name_in, trader_of
from intake.extraction.people import contact_row, own_role
from intake.extraction.places import places_country
from intake.extraction.review import Reason
from intake.extraction.segments import Block, Kind, Line, is_reply_header

_CONTACT_LABEL = re.compile(
    r"^\s*(?:[-*•–]\s*)?\*{0,2}(?:(?:žadatel\w*|žiadateľ\w*|applicant)\s+(?:a|and|&)\s+)?"
    r"(?:(?:hlavní\s+|technick[áýé]\s+|odpovědn[áý]\s+)?kontakt(?:y|n[íái]\s+osob[ay]|né\s+osoby)?"
    r"(?:\s+pro\s+[\w\s]{1,30}?)?(?:\s+(?:jsem\s+já|budu\s+já|jsem|je|bude))?|technick[áý]\s+(?:osoba|kontakt|správce)|"
    r"(?:odpovědn|zodpovědn)\w*\s+(?:osoba|pracovník\w*)|kontaktní\s+pracovník\w*|"
    r"správce\s+(?:serveru|systému)|contact\s+details|"
    r"osoba\s+odpovědná[\w\s]{0,30}?|vyřizuje|vybavuje|kontaktní\s+údaje|"
    r"kontakt\s+(?:na\s+)?žadatel[e]?|kontakt\s+žiadateľa|applicant'?s\s+contact|"
    r"(?:technical\s+|main\s+)?contact(?:s|\s+persons?|\s+people)?|responsible\s+person|"
    r"person\s+responsible[\w\s]{0,30}?|ansprechpartner(?:in)?|ansprechperson|kontaktperson|"
    r"osob[ay]\s+(?:kontaktow[ae]|do\s+kontaktu)|personne\s+de\s+contact|contactpersoon|"
    # the contact labels of the languages a foreign medium writes in
    r"referente(?:\s+tecnic[oa])?|persona\s+(?:di\s+contatto|de\s+contacto)|pessoa\s+de\s+conta(?:c)?to|"
    r"(?:contatto|contacto|contato)(?:\s+t[ée]cnic[oa])?|interlocut(?:eur|rice)(?:\s+techniques?)?|personne\s+à\s+contacter|"
    r"aanspreekpunt|kapcsolattartó(?:\s+személy)?|yhteyshenkilö|persoan[aă]\s+de\s+contact|"
    # a letter head's clerk line, as "Vyřizuje:" in other languages
    r"(?:dossier|affaire)\s+suivie?\s+par|spraw[ęe]\s+prowadzi|"
    r"pratica\s+seguita\s+da|tramitado\s+por|handled\s+by|"
    # Hungarian, Dutch and Nordic clerk lines ("Ügyintéző:", "Behandeld door:", "Handläggare:",
    # "Saksbehandler:")
    r"[üu]gyint[ée]z[őoö]|behandeld\s+door|handl[äa]ggare|"
    r"saksbehandler|sagsbehandler|"
    # Cyrillic and Greek contact labels ("Контактна особа:", "Контактное лицо:", "Лице за
    # контакт:", "Контакт особа:", "Υπεύθυνος επικοινωνίας:")
    r"контакт(?:н\w+\s+(?:особ\w+|лиц\w+)|\s+особа)?|(?:лице|особа|лицо)\s+за\s+контакт\w*|"
    r"υπε[υύ]θυν(?:ος|η|ο[σς])\s+επικοινων[ιί]ας|επικοινων[ιί]α)\*{0,2}"
    r"(?:\s*[:\-–|]|\t|\s*(?:\.\s?){2,}|\s*…+|\s*$|(?<=vyřizuje|vybavuje)\s)"
    r"\s*(?P<v>.*)$",
    re.IGNORECASE,
)
_LABEL_CELL = re.compile(
    r"^\s*(?:[-*•–]\s*)?\*{0,2}(?P<l>[^\W\d_][^\d:\t|@\n]{0,60}?)\*{0,2}"
    r"(?:\s*:|\t|\s{2,}|\s?\|\s?|\s*(?:\.\s?){2,}|\s*…+)\s*(?P<v>\S.*)$"
)
"""A label cell and its value: ``Label: value``, ``Label<TAB>value``, ``Label   value`` (a
form's columns aligned by spaces) or ``Label | value`` (``Label|value``: a table's cells as
an RTF or a document converter joins them)."""
_CONTACT_WORD = re.compile(
    r"(?=[acdikloprstvwzřü])\b(?:kontakt\w*|contact(?:perso(?:on|nen))?|vyřizuje|vyrizuje|vybavuje|odpov[ěe]dn\w*|zodpov[ěe]dn\w*|responsible|"
    r"správce|administrátor\w*|administrator|"
    # the person the matter is handed over to, or the office is to deal with from now on
    # (verbs only: "přebírací místo" is the office's collection point)
    r"p[řr]eb[ií]r(?:á|a|ám|am|áme|ame|ají|aji|ať|at)|p[řr]eber(?:e|ie|ou|ú|u|á|a|ajú|aju)|"
    # "ab sofort übernimmt Frau …", "sprawę przejmuje kolega …"
    # (a person's verb only: "die Ergebnisse übernehmen" is taking the data over)
    r"übernimmt|przejmuje|przejmie|"
    r"p[řr]evezm(?:e|ou|ú|u)|p[řr]evz(?:al|ala|ali|alo|ít|it|iať|iat)|"
    r"(?:takes?|taking|took|will\s+take)\s+over|komunikujte|komunikovat|komunikovať|"
    r"komunikuj|communicate|liaise|"
    # the communication the office is asked to conduct with a person (the object of a verb:
    # "veškerou komunikaci veďte s …", "korešpondenciu adresujte …"; never a label's noun)
    r"komunikaci|komunikáciu|komunikaciu|korespondenci|korešpondenciu|korespondenciu|"
    # the one in charge, the one to arrange things with: "zuständig ist …", "in charge",
    # "se stará", "domlouvejte vše s ní"
    r"ansprech(?:partner|person)\w*|zust[äa]ndig\w*|in\s+charge|(?:se|sa)\s+star(?:á|a|ají|aji)|domlouv\w+|domluvt\w*|dohodn[ie]te|"
    # the one the office is asked to deal with: "technické věci řešte s kolegou …"
    r"řešte|reste|riešte|rieste|"
    # questions the office is asked to direct to someone ("dotazy směřujte na něj")
    r"sm[ěe][rř]ujte|adresujte|dotazy\s+(?:prosím\s+)?(?:na|pro))\b",
    re.IGNORECASE,
)
_CONTACT_STEMS = (
    "kontakt", "contact", "vyřizuj", "vyrizuj", "vybavuj", "odpověd", "odpoved", "responsible",
    "správc", "administr", "přebír", "prebír", "prebir", "preber", "převez", "prevez", "převz",
    "prevz", " over", "komunik", "communicate", "liaise", "ansprech", "zuständ", "zustand", "charge",
    "se star", "sa star", "domlouv", "domluvt", "dohodn", "řešte", "reste", "riešte",
    "rieste", "korespond", "korešpond", "řeši", "řeší", "řešil", "rieši", "riešil", "handl", "směřujte",
    "kümmer", "kummer", "betreu", "starosti", "übernimmt", "przejmuje", "przejmie",
    "smerujte", "směrujte", "adresujte", "dotazy", "zařizuj", "zarizuj", "organi", "coordinat", "suivi",
    "suivra", "follow", "encarg",
)  # fmt: skip
"""A quick test before ``_CONTACT_WORD``: one of these is in every line it matches."""
_CONTACT_STEM = any_of(_CONTACT_STEMS)
"""Where one of ``_CONTACT_STEMS`` is (one search, not a test per stem)."""
_FORMER = re.compile(
    r"(?=[abdfjlmnopuvz])\b(?:dříve|drive|dřívějš\w*|drivejs\w*|předešl\w*|predesl\w*|predošl\w*|predosl\w*|"
    r"původn\w*|puvodn\w*|pôvodn\w*|předchozí|predchozi|bývalý|bývalá|"
    r"zastupoval\w*|previous\w*|former\w*|formerly|old|until\s+now|dosud|doteď|no\s+longer|"
    r"již\s+není|už\s+není|already\s+left|"
    # of an earlier year or campaign: "loňský kontakt", "last year's contact", "vlaňajší"
    r"loňsk\w*|lonsk\w*|vlaňajš\w*|vlanajs\w*|minulo(?:roč|roc)n\w*|last\s+year['’]?s?)\b",
    re.IGNORECASE,
)
"""Words of a contact who was, not who is ("dříve nás zastupoval", "previous contact")."""
_OTHER_SIDE = re.compile(
    # a contact label of another party than the applicant, or of another matter: the
    # supplier's or host's ("Technický kontakt dodavatele:", "Vendor contact:"), the billing
    # one ("Kontakt pro fakturaci:", "Billing contact:", "Kontakt pre fakturáciu:")
    r"(?=[bdfhilprsuvú])\b(?:dodavatel\w*|dodávateľ\w*|poskytovatel\w*|poskytovateľ\w*|"
    r"supplier\w*|vendor\w*|provider\w*|hosting\w*|lieferant\w*|dostawc\w*|"
    r"fakturac\w*|fakturác\w*|billing|invoic\w*|účtárn\w*|uctarn\w*|rechnung\w*|"
    r"faktur(?:y|u|ami)?)\b",
    re.IGNORECASE,
)
"""Words of a contact label that is another party's or the billing's, not the applicant's."""
_LABEL_NOT_PERSON = re.compile(
    r"\b(?:telefon\w*|tel|phone|mobil\w*|e-?mail\w*|mail|adres\w*|address|web|fax|"
    r"redakc\w+|newsroom|organizac\w+|firm\w+|společnost\w*|úřad\w*|čsú|czso|office|sídlo|"
    # the office's collection point ("kontaktní místo Jihlava"), no contact of the applicant
    r"kontaktn\w*\s+(?:m[íi]st\w*|miest\w*))\b",
    re.IGNORECASE,
)
"""Words of a label whose value is no person ("Kontaktní telefon", "Kontakt na redakci",
"kontaktní místo Jihlava")."""
_NAME_LABEL_WORDS = (
    r"(?:(?:celé\s+)?jméno(?:\s+a\s+příjmení)?(?:\s+kontaktní\s+osoby)?|meno(?:\s+a\s+priezvisko)?(?:\s+kontaktnej"
    r"\s+osoby)?|(?:full\s+)?name(?:\s+of\s+(?:the\s+)?contact(?:\s+person)?)?|contact\s+name|osoba|person|"
    r"imię(?:\s+i\s+nazwisko)?|vor-?\s+und\s+(?:zu|nach)name|nom(?:\s+et\s+prénom)?|név|"
    # the surname asked first ("Příjmení a jméno", "Priezvisko, meno", "Surname, first name",
    # "Nachname, Vorname", "Nazwisko i imię")
    r"příjmení\s*(?:a|,|/)\s*jméno|priezvisko\s*(?:a|,|/)\s*meno|"
    r"(?:surname|last\s+name|family\s+name)\s*(?:,|/|and)\s*(?:first|given)\s+name|"
    r"(?:nach|familien)name\s*(?:,|/|und)\s*vorname|nazwisko\s*(?:i|,|/)\s*imi[ęe])"
)
_PERSON_LABEL = re.compile(
    # also a bilingual label ("Jméno / Name", "Meno a priezvisko / Full name")
    rf"^\s*(?:[-*•–]\s*)?{_NAME_LABEL_WORDS}(?:\s*/\s*{_NAME_LABEL_WORDS})?"
    r"(?:\s*[:\-–]|\t|\s*(?:\.\s?){2,}|\s*…+)\s*(?P<v>.+)$",
    re.IGNORECASE,
)
_EMAIL_LABEL = re.compile(r"\b(?:e-?mail|email|mail)\b", re.IGNORECASE)
_PHONE_LABEL = re.compile(
    r"\b(?:tel\w*|t[ée]l\w*|phone|mobil\w*|mob\.|gsm|call|"
    # a mobile in the languages of foreign writers: "móvil", "celular", "cellulare", "cell",
    # "Handy", "komórka" and its abbreviation "kom."
    r"m[óo]vil\w*|celular|cellulare|cell|handy|kom[óo]rk\w*|kom(?=\.))\b",
    re.IGNORECASE,
)
_ORG_PHONE = re.compile(
    r"(?=[cdefghikmnoprsuvwzú])\b(?:dispečink|dispatch|recepce|recepcia|reception|ústředn\w*|ustredn\w*|ústred\w*|switchboard|"
    r"fax|nonstop|redakce|redakcia|newsroom|sekretariát\w*|sekretariat\w*|kancelář\w*|"
    r"office|helpdesk|hotline|infolink\w*|centrál\w*|main\s+line|general|noc|(?-i:F)(?=\s?:)|"
    # the same desks in the languages of the neighbours: "Zentrale", "Vermittlung", "Empfang",
    # "centrala", "recepcja", "centralino", "standard", "központ"
    r"zentral\w*|vermittlung|empfang|centrala|centralin\w*|recepcj\w*|standard|k[öo]zpont\w*|"
    r"front\s+desk|"
    # and of writers further away: "redazione", "redacción", "oficina", "ufficio", "centralita"
    r"redazion\w*|redacci[óo]n|oficina|ufficio|centralita|recepci[óo]n|"
    # the newsroom and the secretariat in Polish, German, French, Dutch
    r"redakcj\w*|redaktion|r[ée]daction|redactie|secr[ée]tariat\w*|"
    # a support line ("podpora, 499 …", "technical support", "wsparcie techniczne", "soporte")
    r"podpor[auy]|support|service\s+desk|servicedesk|wsparci\w*|soporte|supporto|"
    # the switchboard in Swedish, Danish, Norwegian, Finnish and Dutch
    r"v[äa]xel|omstilling|sentralbord|vaihde|centrale|"
    # the general line in Portuguese, Italian, French ("Telefone (geral)", "Téléphone général");
    # the Portuguese newsroom ("redação")
    r"geral|generale|g[ée]n[ée]ral|reda[çc][ãa]o|redac[çc][ãa]o)\b",
    re.IGNORECASE,
)
"""Words of a phone that belongs to the organisation (a switchboard, the newsroom, a desk; a
signature's one-letter label "F:" of a fax)."""
_OWN_PHONE = re.compile(
    r"\b(?:mobil\w*|mob|gsm|cell\w*|přím\w+|prim\w+|priam\w+|direct|osobní|volejte|call\s+me|"
    r"klapka|ext|(?-i:M)(?=\s?:)|"
    # "Durchwahl", "Handy", "direkt", "komórka", "bezpośredni", "portable"
    r"durchwahl|handy\w*|direkt\w*|kom[óo]rk\w*|bezpo[śs]redni\w*|portable|"
    # "móvil", "celular", "cellulare", "telemóvel"; Polish "kom." for "komórka"
    r"m[óo]vil\w*|celular|cellulare|telem[óo]vel|kom(?=\.)|"
    # a direct line in Portuguese, Italian, Spanish ("direto", "diretto", "directo")
    r"diret[oa]|dirett[oa]|direct[oa])\b",
    re.IGNORECASE,
)
"""Words of a phone that is the person's own (a mobile, a direct line, "volejte sem"; a
signature's one-letter label "M:" of a mobile)."""
_EMAIL_TOKEN = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*")
_SLOVAK = re.compile(r"[ľĺŕĽĹŔ]|\.sk\b|\+421|\bSlovensk|\bslovensk|žiadosť|žiadost", re.IGNORECASE)
_SLOVAK_SHARED = re.compile(r"[ôäÄÔ]")
"""Slovak letters that French and German share ("Rhône", "Grüße … gemäß"): Slovak only in a
text written in Czech or Slovak."""


def _slovak(text: str) -> bool:
    """Whether ``text`` shows it is Slovak: a letter or word of its own, or a letter it shares
    with French and German in a text written in Czech or Slovak."""
    return bool(_SLOVAK.search(text)) or (bool(_SLOVAK_SHARED.search(text)) and written_in(text) == "cs")


@dataclass(frozen=True)
class Contact:
    person: Hit | None
    email: Hit | None
    phone: Hit | None


@per_application(maxsize=2048)
def _phones_cached(text: str, office: Office, region: str) -> tuple[tuple[int, str], ...]:
    if len(text) <= _LONG_LINE:
        return tuple(_phones_in(text, office, region))
    # a long line (a paragraph without breaks, a table flattened to one line): only the
    # stretches round its digit runs are read, each widened to the spaces around it
    out: list[tuple[int, str]] = []
    for lo, hi in _digit_windows(text):
        out += [(lo + off, num) for off, num in _phones_in(text[lo:hi], office, region)]
    return tuple(out)


_LONG_LINE = 2000
_DIGITS = re.compile(r"\d(?:[^\S\n]{0,2}[-–./()]?[^\S\n]{0,2}\d){6,}")
"""Seven digits or more, as ``fields.phones_in`` looks for them."""


def _digit_windows(text: str) -> list[tuple[int, int]]:
    windows: list[list[int]] = []
    for run in _DIGITS.finditer(text):
        lo = text.rfind(" ", 0, max(0, run.start() - 40)) + 1
        hi = text.find(" ", min(len(text), run.end() + 40))
        hi = len(text) if hi < 0 else hi
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    return [(lo, hi) for lo, hi in windows]


def phones_in(text: str, office: Office = CSU, region: str = "CZ") -> list[tuple[int, str]]:
    """``fields.phones_in``, remembered per line within one ``find_contact``: the rules read
    a line's phones several times (labelled, sole candidate, unlabelled, the organisation's)."""
    return list(_phones_cached(text, office, region))


@per_application(maxsize=2048)
def _emails_cached(text: str, office: Office) -> tuple[str, ...]:
    if ":" in text and _COPY_LINE.search(text) is not None:
        text = _COPY_LINE.sub("", text)  # "Kopie: šéfredaktor (sefredaktor@…)": not the writer's
    return tuple(_emails_in(text, office))


_COPY_LINE = re.compile(
    r"^[ \t>*]*(?:kopie|k[oó]pia|na\s+v[ěe]dom[íi]e?|copy|w\s+kopii|do\s+wiadomo[śs]ci|"
    r"m[áa]solat|m[áa]solatot\s+kap|copie|copie\s+[àa]|copia|copia\s+a|in\s+kopie|kopie\s+an|"
    r"kopie\s+aan|b?cc)\s*:[^\n]*",
    re.IGNORECASE | re.MULTILINE,
)
"""A copy's line after a letter or a signature ("Kopie: šéfredaktor", "Na vědomí: …",
"Copy: …", "W kopii: …", "Másolat: …", "Copie : …"): the addresses on it are those of the
people copied, never the writer's own."""


def emails_in(text: str, office: Office = CSU) -> list[str]:
    """``fields.emails_in``, remembered per line within one ``find_contact``; an address
    whose at-sign is written out ("jan.novak (at) denik.cz", "petra[zavináč]zpravy.cz",
    "mark [at] fm [dot] example") is an address as well."""
    if "@" not in text:
        if _AT_WORD.search(text) is None:
            return []
        text = _SPELLED_OUT.sub(_spelled_address, text)
    else:
        if " @" in text or "@ " in text:
            text = _SPACED_AT.sub(_closed_address, text)
        if ". " in text and _SPACED_DOT_HINT.search(text) is not None:
            text = _SPACED_DOT.sub(r"\1.\2", text)
    return list(_emails_cached(text, office))


_SPACED_DOT = re.compile(r"(?<![\w.+-])([\w.+-]+@[\w-]+)\.[^\S\n]([a-z]{2,}(?:\.[\w-]+)*)(?![\w@-])")
"""An address broken by a space at a dot of its domain before it has any ("…@uhp. example",
a PDF's wrapped cell joined with a space): no address ends at that dot, so one address."""
_SPACED_DOT_HINT = re.compile(r"@[\w-]+\.[^\S\n][a-z]")
"""What every match of ``_SPACED_DOT`` holds from its at-sign on: a search from the at-sign
(a literal the engine skips to) tells the texts it changes, before the costly one from every
word (a proof: ``test_extraction_speed_r62b``)."""


_SPACED_AT = re.compile(
    r"(?<![\w.+-])([\w.+-]{3,})(?:[^\S\n]@[^\S\n]?|@[^\S\n])([\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,})(?![\w@-])"
)
"""An address broken by a space at its at-sign (a PDF's wrapped cell joined with a space,
"starosta @obec.example"; "jan.novak@ denik.cz" typed so): one address, its local part a
token of three or more characters, its domain with a top-level domain."""


def _closed_address(m: re.Match[str]) -> str:
    local = m.group(1)
    if local.casefold() in _SENTENCE_WORDS or not any(c.isalpha() for c in local):
        return m.group(0)
    return f"{local}@{m.group(2)}"


_AT_WORD = re.compile(
    # the lookahead of the first characters (a bracket, the word's "z") only makes it quick: the
    # lookbehind before the bare word keeps the engine from skipping to them by itself
    r"(?=[(\[{<z])(?:[(\[{<]\s*(?:at|zavin[aá][cč]|ma[łl]p[aąę]|kukac|affe|arobase|arroba|chiocciola)\s*[)\]}>]"
    r"|(?<!\w)zavin[aá][cč](?!\w))",
    re.IGNORECASE,
)
"""An at-sign written out in brackets, in English, Czech and Slovak, Polish, Hungarian,
German, French, Spanish or Italian ("(at)", "[zavináč]", "(małpa)", "(kukac)"); the Czech and
Slovak word names nothing but the sign, so it counts bare as well ("eva.kralova zavináč
listy.example")."""
_DOT_WORD = r"(?:\.|\s*[(\[{<]\s*(?:dot|te[cč]ka|bodka|punkt|kropk[aą]|pont|point|punto)\s*[)\]}>]\s*)"
_SPELLED_OUT = re.compile(
    rf"(?<![\w.+-])([\w+-]+(?:{_DOT_WORD}[\w+-]+)*)\s*{_AT_WORD.pattern}\s*([\w-]+(?:{_DOT_WORD}[\w-]+)+)",
    re.IGNORECASE,
)
"""An address with its at-sign (and perhaps its dots, in the local part as well: "tom [dot]
harris [at] …") written out in brackets."""


def _spelled_address(m: re.Match[str]) -> str:
    return f"{re.sub(_DOT_WORD, '.', m.group(1))}@{re.sub(_DOT_WORD, '.', m.group(2))}"


# ---------------------------------------------------------------- persons ---------------

_ORG_NOUNS = frozenset(
    "město mesto obec městys kraj statutární magistrát městský městská obecní krajský krajská "
    "nadace spolek sdružení svaz unie klub institut centrum studio univerzita škola divadlo "
    "muzeum knihovna společnost tým team rada úřad ministerstvo agentura vydavatelství "
    "nakladatelství tiskové tiskový mestská mestský obecný denník týždenník kanál televízia "
    "agentúra vydavateľstvo časopis zpravodajství spravodajstvo média médiá ltd inc gmbh llc "
    "plc corp ag spol".split()
)
"""Words of an organisation (a town, a body, a medium, a legal form) in what looks like a
name: "Město Třebíč", "Denník Tatry", "Datawire Ltd"."""
_FORMULA_WORDS = frozenset(
    # German
    "grusse grussen gruss gruesse gruessen freundlichen freundliche herzliche herzlichen herzlich "
    "viele vielen besten beste liebe lieben hochachtungsvoll geehrte geehrter geehrten damen herren guten "
    "mfg "
    # Polish
    "pozdrawiam pozdrawiamy pozdrowienia pozdrowieniami serdecznie serdeczne serdecznymi powazaniem "
    "szanowni szanowny szanowna panstwo dzien witam dziekuje dziekujemy "
    # Czech, Slovak
    "pozdrav pozdravy pozdravem pozdravom pozdravuji pozdravujem srdecne srdecny srdecnym uctou "
    "dekuji dekuju dekujeme dakujem dakujeme zdravim zdravime vazeni vazena vazeny vazene "
    # the greeting verb in the third person before the writer's name ("Zdraví Eva", "Pozdravuje
    # Petr", "Zdravia Kováčovci", Polish "Pozdrawia Anna", German "Es grüßt Anna Roth")
    "zdravi zdravia pozdravuje pozdravuju pozdravujeme pozdravujete pozdrawia grusst gruesst grust "
    # thanks as a closing on the signer's own line ("Díky Novák", "Vďaka, Kováč", "Danke Huber")
    "diky dik dicky vdaka dzieki danke dankeschon merci grazie gracias thx "
    # English
    "regards wishes thanks cheers sincerely faithfully truly respectfully greetings dear hello "
    # French, Dutch, Italian, Spanish, Hungarian, Slovenian, Croatian
    "cordialement salutations amities bonjour bonsoir groet groeten groetjes vriendelijke hartelijke "
    "saluti cordiali distinti buongiorno saludos cordiales atentamente buenos udvozlettel tisztelettel "
    "lp srdacan "
    # Romanian, Portuguese, Croatian, Lithuanian, Latvian, Estonian ("Cu stimă", "Mulțumesc",
    # "Com os melhores cumprimentos", "S poštovanjem", "Pagarbiai", "Ar cieņu",
    # "Lugupidamisega", "Parimate soovidega", "Tervitades")
    "stima multumesc salutari cumprimentos atenciosamente postovanjem pagarbiai linkejimai "
    "linkejimais cienu lugupidamisega soovidega tervitades".split()
)
"""Words of a closing or greeting formula in the languages our senders write, folded ("Viele
Grüße", "Pozdrawiam serdecznie", "Met vriendelijke groet", "Srdečné pozdravy", "Warm
regards", "Dzień dobry"): a name with one of them is a formula, never a person. Words that are
also surnames ("Best", "Dobrý", "Pěkný", "Kind") are left out: the formula's other word
decides."""
_CLOSING_SHORT = frozenset(
    "mvh mvg vh mfg vg lg bg sg br brgds rgds kr thx tx ty cdlt cdt bav slds atte udv pzdr pozdr "
    "pozdro hilsen hilsner hälsningar halsningar terveisin groetjes gr grtz".split()
)
"""Closing formulas written short, and closings of further languages, folded: "Mvh" (med
venlig hilsen), "MfG", "VG", "LG", "BR", "KR", "Cdlt", "Pozdr.", "Üdv", "Hilsen",
"Terveisin"."""
_GREETING_WORDS = frozenset(
    "dear hello liebe lieben geehrte geehrter geehrten damen herren guten szanowni szanowny szanowna "
    "panstwo dzien witam vazeni vazena vazeny vazene bonjour bonsoir buongiorno buenos".split()
)
"""The formula words that open a letter: the name after one is the addressee's."""
_CLOSING_LINKS = frozenset(
    "s se so z ze mit met med with con avec w best kind many warm warmest all the my our viele liebe "
    "lieben herzliche herzlichen freundlichen beste besten vriendelijke hartelijke venlig venlige "
    "vennlig vennlige vanliga vanlig ystavallisin distinti cordiali un y a".split()
)
"""Words of a closing that are no closing alone ("S pozdr.", "Med venlig hilsen", "Kind
regards")."""
_DAY_WISHES = frozenset("dobry pekny hezky krasny prijemny dobreho pekneho hezkeho krasneho".split())
"""Words wishing a good day before "den"/"deň" ("Dobrý den", "Pekný deň"); "den" alone is also
a surname particle ("van den Berg")."""
_TEAM_WORDS = frozenset(
    "redaktion redakcja redakce redakcia redaction redazione redaccion abteilung dzial zespol oddeleni "
    "oddelenie newsroom desk sekretariat sekretariatu buro biuro kancelar kancelaria verlag zeitung "
    "gazeta agentur agencja wydawnictwo fundacja stiftung verein stowarzyszenie instytut department "
    "editorial studio team jornal diario giornale quotidiano quotidien journal periodico revista "
    "rivista noticias semanario hebdo dziennik tygodnik kurier gazette gazzetta gaceta noviny denik "
    "dennik tydenik tyzdennik hirlap naplo ujsag krant dagblad courant tidning".split()
)
"""Words of a team, desk or body in any of our senders' languages, folded ("Redaktion
Mitteleuropa", "Dział Grafiki", "Oddelenie Grafiky", "Desk Europe"), and a paper's title word
("Jornal Tejo Digital", "Diário …", "Giornale …", "Dziennik Bałtycki", "Somogyi Hírlap")."""
_TEAM_ENDINGS = ("abteilung", "redaktion", "studio", "team", "desk", "buro", "verlag", "zeitung", "agentur")
"""A German compound ending in one of these is a team or body ("Grafikabteilung",
"Wahlstudio", "Datenteam")."""


def _formula_or_team(name: str) -> bool:
    """Whether a name-like run of words is a closing or greeting formula or a team's name."""
    prev = ""
    for word in name.split():
        w = _fold(word).strip(".,!")
        if w in _FORMULA_WORDS or w in _CLOSING_SHORT or w in _TEAM_WORDS or (w == "den" and prev in _DAY_WISHES):
            return True
        prev = w
        # (one ``endswith`` of them all first: a word ending in none needs no test of each)
        if w.endswith(_TEAM_ENDINGS) and any(w.endswith(e) and len(w) > len(e) + 2 for e in _TEAM_ENDINGS):
            return True
    return False


def _without_closing(raw: str) -> str:
    """``raw`` without a closing formula before a name on its line ("Mvh Mads Kjærgaard",
    "S pozdr. Jan Malý", "Viele Grüße Anna Roth", "BR Tom Reed"): a closing, written out or
    short, in any language, is never part of the name; a greeting's name is the addressee's
    and stays as it is (rejected whole)."""
    words = raw.split(" ")
    k, closed = 0, False
    while k < len(words) - 2:
        w = _fold(words[k]).strip(".,!:;")
        if w in _GREETING_WORDS:
            return raw
        if w in _CLOSING_SHORT or w in _FORMULA_WORDS:
            closed = True
        elif w not in _CLOSING_LINKS:
            break
        k += 1
    return " ".join(words[k:]) if closed and k and words[k][:1].isupper() else raw


def display_person(display: str) -> str | None:
    """The person a sender's display name gives ("Novák Jan" read in text order), never a
    closing formula or a team ("Redaktion Mitteleuropa"); a surname that is also a word of an
    organisation ("Vojtěch Rada") stays a name here, one with particles ("Sanne van der
    Berg") too."""
    written = surname_first(display)
    name = clean_name(written) or (_with_particles(written) or _with_joined_surnames(written) if " " in written else None)
    return None if name is None or _formula_or_team(name) else name


_OUTLET_WORD = (
    r"(?:web\w*|webov\w+\s+stránk\w*|stránk\w*|portál\w*|portal\w*|server\w*|blog\w*|časopis\w*|"
    r"casopis\w*|magazín\w*|magazin\w*|zpravodaj\w*|spravodaj\w*|noviny|novin\w*|deník\w*|denník\w*|"
    r"týdeník\w*|tydenik\w*|týždeník\w*|rádi\w*|radio|televiz\w*|periodik\w*|titul\w*|podcast\w*|"
    r"kanál\w*|site|website|newsletter|e-?shop\w*|outlet|channel|magazine|newspaper|zeitung|zeitschrift)"
)
_OUTLET_BEFORE = re.compile(rf"\b{_OUTLET_WORD}\s+[„\"'“]?$", re.IGNORECASE)
"""An outlet's noun right before a name ("pro web Lokálka Semily", "portál „…“", "the
website …"): the name is the outlet's."""


def outlet_name(name: str, texts: Sequence[str]) -> bool:
    """Whether the texts write ``name`` (a sender's display name read as a person) as the
    name of an outlet, a site or a publication: a trade name, never a person."""
    for text in texts:
        at = text.find(name)
        while at >= 0:
            if _OUTLET_BEFORE.search(text, max(0, at - 40), at):
                return True
            at = text.find(name, at + len(name))
    return False


_HOLDER = re.compile(
    r"(?P<n>(?:[^\W\d_][\w'’-]*\s+){1,2}[^\W\d_][\w'’-]*)\s*[,;(]?\s*(?:[^\W\d][\w.]*\s+){0,2}\(?"
    r"(?:IČO|IČ|ICO|IC)\b\)?\s*:?\s*\d"
)
"""A name with an IČO right after it ("Jiří Kotek, IČO 7…", "Lucie Malá, ID no. (IČO) …")."""


def ico_holder(blocks: Sequence[Block]) -> Hit | None:
    """The one person the texts write with an IČO after the name: a sole trader, a natural
    person applying for themselves; never certain."""
    found: dict[str, Hit] = {}
    for b in blocks:
        if "IČ" not in b.text and "IC" not in b.text:
            continue
        for ln in b.lines:
            for m in _HOLDER.finditer(ln.text):
                words = m.group("n").split()
                name = next((n for k in (2, 3) if len(words) >= k and (n := person_name(" ".join(words[-k:])))), None)
                if name is not None:
                    found.setdefault(name, Hit(name, b.component, ln.no, False, Reason.NATURAL_PERSON))
    return next(iter(found.values())) if len(found) == 1 else None


_LEGAL_AFTER = re.compile(
    r"^[\s,]*(?:spol\.|s\.\s?r\.\s?o|a\.\s?s\.|z\.\s?[úsu]\.|o\.\s?p\.\s?s|v\.\s?o\.\s?s|"
    r"k\.\s?s\.|s\.\s?p\.|p\.\s?o\.|ltd|gmbh|inc\b|llc)",
    re.IGNORECASE,
)


_NOT_PARTICLES = frozenset({"do", "st", "ste", "san", "santa"})
"""Words of the particle list that are Czech or Slovak prepositions ("do Brna") or saints'
abbreviations, never read as part of a surname here."""


@lru_cache(maxsize=1)
def _particle_run() -> re.Pattern[str]:
    """Surname particles ("van den", "de la", "von", "dos") between a given name and a
    surname, from nameparser's maintained list."""
    words = sorted((p for p in PARTICLES if p.isalpha() and p.islower() and p not in _NOT_PARTICLES), key=len, reverse=True)
    alts = "|".join(map(re.escape, words))
    return re.compile(rf"(?<=\w)\s+((?:(?:{alts})\s+){{1,3}})(?=[{_UP}])")


def _with_particles(raw: str) -> str | None:
    """A given name and a surname with particles between them ("Sanne de Vries"), as
    written; the name without the particles must be a name."""
    m = _particle_run().search(raw)
    if m is None:
        return None
    name = clean_name(raw[: m.start()] + " " + raw[m.end() :])
    if name is None or len(name.split()) not in (2, 3):
        return None
    # a second surname after the one with particles ("María de la Fuente García"), or a
    # second given name before them ("João Pedro dos Santos"): the particles where written
    words = name.split()
    for i in range(1, len(words)):
        before, after = (r"\s+".join(map(re.escape, part)) for part in (words[:i], words[i:]))
        if (whole := re.search(rf"{before}\s+({m.group(1).strip()})\s+{after}", raw)) is not None:
            return " ".join([*words[:i], whole.group(1), *words[i:]])
    return None


_JOINED = re.compile(r"^(?P<a>\S+(?:\s+\S+)*?\s+[^\W\d_][\w'’-]+)\s+(?P<and>i|y|e)\s+(?P<b>[^\W\d_][\w'’-]+)$")
"""Two surnames joined by "and" as Catalan, Spanish and Portuguese write them ("Jordi Puig i
Ferrer", "José Ortega y Gasset", "Pedro Costa e Silva"): the conjunction ends the run, one
capitalised word after it."""


def _with_joined_surnames(raw: str) -> str | None:
    """A name whose two surnames "i", "y" or "e" joins (``_JOINED``), as written: a given name
    and a surname (with particles: "María de la Cruz y Pérez") before the conjunction, one
    capitalised word after it (not a pair of people: "Jordi Puig i jo", "Petr a Jana")."""
    m = _JOINED.match(raw.strip())
    if m is None or not m["b"][0].isupper():
        return None
    first = clean_name(m["a"]) or _with_particles(m["a"])
    if first is None or len(first.split()) < 2 or clean_name(f"{first.split()[0]} {m['b']}") is None:
        return None
    return f"{first} {m['and']} {m['b']}"


_SYLLABLES = re.compile(r"(?<![\w-])([A-Z][a-z]{1,5})-([a-z]{2,6})(?![\w-])")
"""A given name of two romanised syllables, the second in lower case: "Ji-woo", "Xiao-ming"."""


def _with_syllables(raw: str) -> str | None:
    """``raw`` read as a name when its given name is written "Ji-woo" (Korean, Chinese
    romanisation), the name as written."""
    found = _SYLLABLES.findall(raw)
    if not found:
        return None
    name = clean_name(_SYLLABLES.sub(lambda m: f"{m[1]}-{m[2].capitalize()}", raw))
    if name is None:
        return None
    for first, second in found:
        name = name.replace(f"{first}-{second.capitalize()}", f"{first}-{second}")
    return name


_DEGREE = re.compile(
    r"(?:D?DI|Dipl\.-?[^\W\d_]*\.?|DDr\.?|Dr\.-Ing\.|Dr\.(?:in|ssa)?|M?Mag\.(?:a(?!\w))?|MMag|"
    r"Univ\.-(?:Prof|Doz|Lekt)\.|Priv\.-Doz\.|Doz\.|Prof\.|Ao\.\s?Univ\.-Prof\.|[Dd]ott\.(?:ssa)?|[Dd]ott\.?ssa|[Pp]rof\.ssa|[Aa]vv\.|[Gg]eom\.|[Rr]ag\.|"
    r"Lic\.|lic\.|mgr|dr|prof\.?|inż\.?|inz\.|Ing\.(?:\s?arch\.)?|Mgr\.(?:\s?art\.)?|akad\.|"
    r"Bakk\.|B\.?\s?Ed\.|M\.?\s?Ed\.|MEng|BEng|BSc|MSc|PhD|DPhil|MPhil|LL\.?\s?[BM]\.?|"
    r"(?:Ing|Mag|DI|Dipl\.-Ing\.)\(FH\))"
)
"""A degree of the German-speaking, Polish and other countries before or after a name ("DI",
"Dipl.-Ing.", "Mag.", "MMag.", "Dr.-Ing.", "mgr inż.", "dr hab.", "Dott.ssa", "MSc"),
beside the Czech and Slovak ones ``TITLES`` knows; acronyms in capitals come from
nameparser's maintained list of suffixes (``_acronym_degree``)."""
_DEGREE_TAIL = re.compile(r"\(FH\)|(?:techn|rer|nat|med|univ|phil|iur|jur|oec|soc|pol|hab|habil|inż|inz|arch|art|dent|vet|mont)\.?")
"""The lower-case words a degree continues with ("Dr. techn.", "Dr. rer. nat.", "dr hab.",
"mgr inż.")."""


def _acronym_degree(word: str) -> bool:
    """A word that is a degree or post-nominal written as an acronym ("MBA", "B.Sc.", "PhD",
    "MSc", "CISSP"): in nameparser's list and with two capitals at least, so that a name such
    as "Ma" or "Do" is never one."""
    bare = word.replace(".", "")
    return sum(c.isupper() for c in bare) >= 2 and bare.casefold() in SUFFIX_ACRONYMS


@lru_cache(maxsize=8192)
def _is_degree(word: str) -> bool:
    """Whether a word is a degree of any country; remembered (the same words of names are
    asked again and again)."""
    w = word.rstrip(",;")
    return bool(TITLES.fullmatch(w) or _DEGREE.fullmatch(w) or _acronym_degree(w))


@per_application(maxsize=4096)
def without_degrees(raw: str) -> str:
    """``raw`` without the degrees before and after a name, of any country ("DI Florian
    Pichler" -> "Florian Pichler", "Anna Berg MSc MBA" -> "Anna Berg", "mgr inż. Jan
    Kowalski" -> "Jan Kowalski"); the rest of the text as it is; remembered (the same
    candidates are cleaned by several rules)."""
    words = raw.split(" ")
    out: list[str] = []
    after_degree = False
    for w in words:
        if _is_degree(w) or (after_degree and _DEGREE_TAIL.fullmatch(w.rstrip(",;"))):
            after_degree = True
            if w.endswith(","):
                out.append(",")
            continue
        after_degree = False
        out.append(w)
    return " ".join(out).replace(" ,", ",")


_ON_BEHALF = re.compile(r"^(?:i\.\s?A\.|i\.\s?V\.|p\.\s?p\.|ppa\.|z\s?up\.|v\.\s?z\.|v\s+z\.)\s*(?=\w)", re.IGNORECASE)
"""A mark of signing for someone else before a name ("i. A.", "i. V.", "p.p.", "z up.", "v z."):
no part of the name."""


_SENTENCE_WORDS = frozenset(
    w for w in " ".join(KNOWN_WORDS.values()).split() if len(w) > 1
) - {"will", "may", "herr", "frau", "pan", "pani", "dear", "liebe", "ma", "mira", "an", "do"}
"""Function words of the languages the rules read: a capitalised run of words that opens
with one is the start of a sentence ("Bei Rückfragen", "Am Wahltag", "Für Fragen"), never a
name; given names that are also such words ("Will", "May", "An") are kept out."""


_ROLE_WORD = re.compile(
    r"(?:redakt|redakcn|sefredakt|chefredakt|reditel|riaditel|vedouc|veduc|produkcn|produc|"
    r"produz|kamera|camera|fotograf|photograph|report|moderat|presenter|zpravodaj|spravodaj|"
    r"korespond|korrespond|correspond|technik|technic|koordy?nat|coordinat|manaz|manag|mluvc|"
    r"hovorc|spokes|asist|assist|tajemn|secretar|editor|reziser|regiss|journal|dziennikar|"
    r"kierown|dyrekt|direkt|direct|leiter|sprecher|geschaftsfuhr|mitarbeit|koleg|kolleg|"
    r"referent|operat|spravc|spravkyn|admin|analyt|analyst|engineer|inzenyr|developer|"
    r"consult|konzult|officer|dramaturg|jednatel|konatel|predsed|prezes|starost|praktikant|"
    r"senior|junior|chief|lead|head|responsab|jef[ae]|diret|presiden|prezyd|amministr|segretar|"
    r"sekretar|vorstand|prokurist|gerant|fellow|researcher|vyzkumn|wissenschaftl|"
    # a lawyer's title before the name ("Rechtsanwalt Stefan Roth", "advokát", "avvocato")
    r"rechtsanw|anwalt|advokat|notar|attorney|lawyer|solicitor|avvocat|abogad|avocat)\w*"
)
"""A job title or function written before a name, in the languages the rules read, folded
("Producerin", "Redakteur", "Kameramann", "redaktorka", "vedúci", "ředitel", "Head
Engineer"): no part of the name."""


_COMPOUND_ROLE = re.compile(
    r"[a-z]{3,}(?:redakt|reditel|riaditel|vedouc|produkc|produc|kamera|camera|fotograf|report|moderat|"
    r"zpravodaj|spravodaj|korespond|korrespond|correspond|technik|technic|koordinat|coordinat|"
    r"secretar|sekretar|editor|regiss|journal|direkt|direct|leiter|sprecher|mitarbeit|referent|"
    r"operat|spravc|spravkyn|admin|analyt|engineer|inzenyr|developer|consult|konzult|officer|"
    r"manag|assist|asist|planer|planner|betreu|starost|predsed)\w*"
)
"""A compound job title, a role after a word naming its field ("Systemadministratorin",
"Netzwerktechniker", "Chefredakteurin", "sysadmin", "Projektleiterin"): no part of the name."""


def _role_word(word: str) -> bool:
    folded = _fold(word).strip(".,:")
    return bool(_ROLE_WORD.fullmatch(folded) or _COMPOUND_ROLE.fullmatch(folded))


def _without_role(raw: str) -> str:
    """``raw`` without the job titles before a name ("Producerin Anke Vogt" -> "Anke Vogt",
    "Editor Sarah Mills"), with a capitalised word qualifying the title ("Prager
    Korrespondentin Katrin", "Leitende Redakteurin Eva Roth"); two words stay whole (a surname
    may be such a word)."""
    words = raw.split(" ")
    if len(words) > 2 and words[0][:1].isupper() and not _role_word(words[0]) and _role_word(words[1]) and words[2][:1].isupper():
        words = words[1:]  # the qualifier goes with its title, and the title goes below
        if len(words) == 2:
            return words[1]  # one given name left: no full name here
    while len(words) > 2 and _role_word(words[0]) and words[1][:1].isupper():
        words = words[1:]
    return " ".join(words)


_ADDRESS_FORM = re.compile(
    r"(?:herrn?|frau|hr\.|fr\.|mme\.?|mlle\.?|madame|mademoiselle|monsieur|m\.|señora?|sra?\.|"
    r"srta\.|doña|dña\.|signora?|signorina|sig\.(?:ra)?|mevrouw|meneer|dhr\.|mevr\.|pan|pani|"
    r"panna|pán|paní|mr\.?|mrs\.?|ms\.?|miss|sir|dame)",
    re.IGNORECASE,
)
"""A form of address of the languages our senders write in ("Mme", "Herr", "Señora",
"mevrouw", "pan"): no part of the name it stands before."""
_FORM_OF_ADDRESS = re.compile(r"(?:frau|herrn?|pan|pana|panem|pánom|paní|pani|panią|pán|mr|mrs|ms|dr|madame|monsieur)\.?", re.IGNORECASE)


_ARTICLES = frozenset("il lo la le l' der die das the el los las les".split())
"""A definite article: a person's name never opens with one before a role ("Il Direttore
Generale", "Le Président", "Der Geschäftsführer", "The Managing Director")."""
_ROLE_QUALIFIERS = frozenset(
    "generale general generalny generalna generální generalni zarządu zarzadu společnosti spolecnosti "
    "spoločnosti executive managing delegato delegata tecnico tecnica editoriale adjoint adjointe".split()
)
"""A word qualifying a role after it ("Direttore Generale", "Prezes Zarządu", "Managing
Director" read the other way round)."""


def _role_title(name: str) -> bool:
    """Whether a would-be name is a role title and names no one: an article before a role
    ("Il Direttore Generale", "La Directrice") or a role with a role or qualifier beside it
    ("Direttore Generale", "Prezes Zarządu", "Managing Director"), in any language."""
    words = name.split()
    if len(words) >= 2 and words[0].casefold() in _ARTICLES and any(_role_word(w) for w in words[1:]):
        return True
    if len(words) != 2:
        return False
    first, second = (w.casefold() for w in words)
    return (_role_word(words[0]) and (_role_word(words[1]) or second in _ROLE_QUALIFIERS)) or (
        first in _ROLE_QUALIFIERS and _role_word(words[1])
    )


def _without_address(raw: str) -> str:
    """``raw`` without the forms of address before a name ("Mme Claire Roux" -> "Claire
    Roux", "Herr Dr. Jan Vogt"); a surname alone after one stays as it is ("Frau Roth")."""
    words = raw.split(" ")
    while len(words) > 2 and _ADDRESS_FORM.fullmatch(words[0]) and words[1][:1].isupper():
        words = words[1:]
    return " ".join(words)


def person_name(raw: str, after: str = "") -> str | None:
    """``clean_name`` of ``raw``, except an organisation that looks like a name: a town or
    body ("Město Třebíč", "Obec Lhota") or a name with a legal form after it ("Mladá
    Vysočina, z.ú."; ``after`` is the text that follows ``raw``). Only the start of ``raw``
    is read, its spaces collapsed: a name is short, and ``clean_name`` is quadratic in a long
    run of spaces (a line of 50 000 spaces: two minutes)."""
    return _person_name(raw[:300], after)


_COLUMN_CUT = re.compile(r"\t|\s{3,}")
"""A gap between columns of a signer's line: a name never runs across it. Two people side
by side in a signature of two columns ("Jan Malý          Ing. Eva Nová") are two names."""


@per_application(maxsize=4096)
def _person_name(raw: str, after: str) -> str | None:
    """``person_name``, remembered within one application: the rules read the same cells
    and lines for a name again and again (nearly half of the calls repeat one)."""
    titled = without_degrees(_without_address(_ON_BEHALF.sub("", " ".join(raw.split())[:120])))
    raw = _without_role(_without_closing(titled))
    if raw != titled and _ADDRESS_FORM.fullmatch(raw.split(" ")[0]):
        raw = raw.split(" ", 1)[-1]  # a form of address after a title ("Administrator Herr Lukas …")
    name = clean_name(raw) or (_with_particles(raw) or _with_syllables(raw) or _with_joined_surnames(raw) if " " in raw else None)
    if name is None or name.split()[0].casefold() in _SENTENCE_WORDS or _role_title(name):
        return None
    if any(w.casefold() in _ORG_NOUNS for w in name.split()) or _LEGAL_AFTER.match(after):
        return None
    if _formula_or_team(name):
        return None
    tail = raw[len(raw.split(",")[0]) :]
    return None if _LEGAL_AFTER.match(tail) else name


_CELLS = re.compile(r"[,;/|()•·]|\s[-–]\s|\s{2,}|\t|\s(?:or|nebo|alebo|and|&)\s|\s(?=[^\W\d_][\w.-]*:\s)")
"""Where a cell of a value ends: a separator, a wide gap, a conjunction, or the next label
of a form row ("Jana Kubíková Linka: 215", "Petra Lisá E-mail: …")."""


_NUMBER_AFTER = re.compile(r"\s+(?=[+(]?\d{3}|[+(]?\d{2,3}[\s/-]\d{2,3})")
"""Where a phone written after a name in one cell begins."""


_RANK = re.compile(
    r"^(?:(?:\d\.|[12]\)|(?:prvn[ia]|prv[aye]|druh[aye]|hlavn[iaey]|zalozn[iaey]|nahradn[iaey]|"
    r"primarn[iaey]|sekundarn[iaey]|first|second|primary|secondary|backup|alternate|deputy|"
    r"zastup(?:ce|kyne|kyna)?|erste[rn]?|zweite[rn]?|stellvertret(?:er|erin|ung)|"
    r"deuxieme|suplente|pierwsz[aye]|drug[aiy]|zapasow[aye]))(?=[\s:)])[\s:)]+)+"
    r"(?=[^\W\d_])",
    re.IGNORECASE,
)
"""Rank words of a list of contacts before a name in its cell ("první Tereza Malá", "1.
Jan Malý", "primary: Adam Reed", "záložní Eva Nová", "Stellvertreter Max Lang"): the order
of the contacts, no part of a name; matched on folded text."""


def _without_rank(cell: str) -> str:
    """``cell`` without the rank words of a list of contacts before the name."""
    m = _RANK.match(_fold(cell))
    return cell[m.end() :] if m is not None and m.end() < len(cell) else cell


def _first_person(value: str) -> str | None:
    """The first person's name among the cells of ``value`` ("Ing. Jan Malý, správce"); a
    name in capitals ("JAN MALÝ", a form filled in block letters) is read in title case."""
    return next(iter(_persons(value)), None)


def _persons(value: str) -> list[str]:
    """The persons' names among the cells of ``value``, in order."""
    out: list[str] = []
    start = 0
    for m in [*_CELLS.finditer(value), None]:
        end = m.start() if m else len(value)
        # a name with its e-mail after a space in one cell ("Adam Kratochvíl kratochvil@…")
        raw = value[start:end]
        if any(c.isdigit() for c in raw):  # or its phone ("Eva Malá 602 111 222 malá@…", a PDF row)
            raw = _LABEL_TAIL.sub("", _NUMBER_AFTER.split(raw, maxsplit=1)[0].rstrip(" .:"))  # "… Tel.: 602 …"
        cell = _capitals_surname(_without_rank((_EMAIL_TOKEN.split(raw, maxsplit=1)[0] if "@" in raw else raw).strip()))
        if cell.isupper() and " " in cell:
            cell = cell.title()
        if out and _title_after_name(cell):
            pass
        elif cell and "@" not in cell and (name := person_name(cell, value[end:])):
            out.append(name)
        start = m.end() if m else end
    if not out and (name := person_name(value) or _comma_surname_first(value)) is not None:
        out.append(name)
    return _restated(out)


def _title_after_name(cell: str) -> bool:
    """A cell of two words after a name whose first is a job title ("Jan Malý, vedoucí
    grafiky", "Reto Baumgartner, Leiter Daten & Grafik", "Tom Reed, Head Engineer"): the named
    person's function, no second person."""
    words = cell.split()
    return len(words) == 2 and _role_word(words[0])


def _restated(names: list[str]) -> list[str]:
    """A name the text restates in the other order at once ("Tóth Bence (Bence Tóth)", "Kim
    Jisoo / Jisoo Kim"): one person, in the order of the restatement, which is written for
    the reader (given name first)."""
    out: list[str] = []
    for name in names:
        if out and len(words := name.split()) == 2 and out[-1].split() == words[::-1]:
            out[-1] = name
        else:
            out.append(name)
    return out


_CAPS_WORD = re.compile(r"[^\W\d_]{2,}(?:-[^\W\d_]{2,})?")
_VOWEL = re.compile(r"[AEIOUYÁÉÍÓÚŮÝĚÄÖÜĄĘÔ]")
"""A surname in capitals has a vowel (an acronym - "ČTK", "RTL", "TV" - has none)."""


def _capitals_surname(cell: str) -> str:
    """A name with its surname in capitals, as forms and registers write it ("NOVÁK Jan",
    "Jan NOVÁK", "Mgr. DVOŘÁKOVÁ Eva"), in the order of the text with the surname in title
    case ("Jan Novák"); any other cell as it is."""
    ws = cell.split()
    if not any(w.isupper() for w in ws):
        return cell  # no word in capitals: no surname in capitals (most cells)
    titles = [i for i, w in enumerate(ws) if _is_degree(w)]
    names = [i for i in range(len(ws)) if i not in titles]
    caps = [i for i in names if ws[i].isupper() and _CAPS_WORD.fullmatch(ws[i]) and _VOWEL.search(ws[i])]
    given = [i for i in names if i not in caps and ws[i][:1].isupper() and not ws[i].isupper()]
    if len(caps) != 1 or not 1 <= len(given) <= 2 or len(caps) + len(given) != len(names):
        return cell
    if caps[0] not in (names[0], names[-1]):
        return cell
    return " ".join([*(ws[i] for i in titles), *(ws[i] for i in given), ws[caps[0]].title()])


def _comma_surname_first(value: str) -> str | None:
    """A name written surname first and apart by a comma, as registers and address books
    write it ("Schneider, Anna (Tel. …)"): the given name and the surname, when that reads
    as a name."""
    m = _COMMA_SURNAME.match(value)
    return None if m is None else person_name(f"{m.group(2)} {m.group(1)}", value[m.end() :])


@per_application(maxsize=8192)
def _fold(text: str) -> str:
    """``text`` in lower case without diacritics ("Tichý" → "tichy", "Michał" → "michal");
    remembered (one application folds the same words and lines again and again). The shared
    fold (``names.UNMARKED``) after ``casefold``, not ``names.unmarked_lower``: "ß" reads as
    "ss" here ("Weiß" is the "Weiss" of an address), so the length may change."""
    return unmarked(text.casefold())


def _stem(word: str) -> str:
    f = _fold(word)
    return f[: max(3, len(f) - 2)]


@per_application(maxsize=1024)
def _same_person(name: str, person: str) -> bool:
    """Whether two names are one person's, in any case ("Luboše Mácu", "Luboš Máca"): the
    same surname stem and, when both give one, the same first name (not "Eva Nováková" for
    "Jan Novák"). Remembered: the rival check compares the same names for each line. A
    run of three words that opens a longer name ("María José García" of "María José García
    López": a name run stops at three words) is that name."""
    a, b = _addressed(name.split()), _addressed(person.split())
    if len(b) > len(a) >= 3 and [_fold(w) for w in a] == [_fold(w) for w in b[: len(a)]]:
        return True
    if not _mentions(_fold(name), person):
        return False
    if len(a) < 2 or len(b) < 2 or _fold(a[0])[:3] == _fold(b[0])[:3] or _fold(a[-1])[:3] == _fold(b[0])[:3]:
        return True
    return _declined_short(_fold(a[0]), _fold(b[0])) or _declined_short(_fold(b[0]), _fold(a[0]))


_SHORT_CASE_ENDINGS = ("u", "y", "e", "ou")
"""The case endings of a feminine given name of three letters ending in -a ("Evu Malou",
"Ivy Novotné", "Emě", "s Evou"): only its first two letters stay."""


def _declined_short(word: str, given: str) -> bool:
    """Whether ``word`` is a case of the short feminine given name ``given`` ("evu" of
    "eva", "ivou" of "iva"), which the three letters compared otherwise miss; never a man's
    name ("Ivo" is not "Iva")."""
    return len(given) == 3 and given.endswith("a") and word[:2] == given[:2] and word[2:] in _SHORT_CASE_ENDINGS


def _addressed(words: list[str]) -> list[str]:
    """A name's words without a form of address before the surname ("Frau Krauß", "pan
    Novák"): the form is no given name to compare."""
    return words[1:] if len(words) == 2 and _FORM_OF_ADDRESS.fullmatch(words[0]) else words


_AUTHOR_BEFORE_ADDRESS = re.compile(r"(?:^|[,:;])\s*\"?(?P<n>[^,:;<>\"]{3,60}?)\"?\s*<[^<>@\s]+@[^<>\s]+>")


def quoted_author(blocks: Sequence[Block]) -> str | None:
    """The writer a quoted message's reply header names ("On Fri, …, Vojta Kriz <…> wrote:",
    "Dne … Jana Malá <…> napsal(a):"), the first such header's."""
    for b in blocks:
        for ln in b.lines:
            if is_reply_header(ln.text) and (m := _AUTHOR_BEFORE_ADDRESS.search(ln.text)):
                words = m.group("n").split()
                # the name ends the header's words before the address ("… 10:05 Jana Malá")
                for k in range(max(0, len(words) - 3), len(words) - 1):
                    if (name := person_name(" ".join(words[k:]))) is not None:
                        return name
            if is_reply_header(ln.text):
                return None
    return None


def one_person(name: str, other: str) -> bool:
    """Whether two names are one person's as ``_same_person`` reads them, or the same
    surname with an initial standing for the other's given name ("S. Marková")."""
    if _same_person(name, other) and _same_person(other, name):
        return True
    a, b = name.split(), other.split()
    if len(a) < 2 or len(b) < 2 or _fold(a[-1]) != _fold(b[-1]):
        return False
    x, y = _fold(a[0]), _fold(b[0])
    return (x.endswith(".") and len(x) == 2 and y[0] == x[0]) or (y.endswith(".") and len(y) == 2 and x[0] == y[0])


def senders_own_address(
    contact: Contact, sender: str, display_name: str, blocks: Sequence[Block]
) -> Contact:
    """An address read from a forwarded or quoted message (taken from there, or written on
    its sender line) is its author's (a team mailbox, a colleague): when the sender is the
    contact, the contact's address is the sender's own, so the one read there is dropped
    (the sender's is taken instead)."""
    e = contact.email
    if e is None or "@" not in sender or e.value == sender.lower():
        return contact
    if e.reason not in (Reason.QUOTED, Reason.ORIGINAL) and not _authors_address(e.value, blocks):
        return contact
    name, person = person_name(display_name), contact.person
    if name is None or person is None or not _same_person(name, person.value):
        return contact
    return dataclasses.replace(contact, email=None)


_RECIPIENT_HEADERS = ("Reply-To", "Cc", "To")


def header_address(person: Hit | None, headers: Mapping[str, str], office: Office = CSU) -> Hit | None:
    """The address the message's own headers (Reply-To, Cc, To) give with the contact's name
    ("Cc: Petra Horká <horka@…>"), never the office's; as certain as the person."""
    if person is None:
        return None
    for key in _RECIPIENT_HEADERS:
        value = headers.get(key) or headers.get(key.lower()) or ""
        for name, address in getaddresses([value]):
            name, address = name.strip(), address.strip().lower()
            if "@" not in address or is_office_address(address, office) or not name:
                continue
            if (cleaned := person_name(name)) is not None and _same_person(cleaned, person.value):
                reason = None if person.certain else Reason.HEADER
                return Hit(address, f"header:{key}", 0, person.certain, reason)  # no line: a header
    return None


def header_spelling(person: Hit | None, headers: Mapping[str, str], office: Office = CSU) -> Hit | None:
    """The contact typed without diacritics ("Pavla Richterova", a phone's keyboard) in the
    spelling a recipient header of the message gives the same name ("Cc: Pavla Richterová
    <…>"): the same words but for their diacritics, so as certain as the person was."""
    if person is None or not person.value.isascii():
        return person
    bare = person.value.casefold()
    for key in _RECIPIENT_HEADERS:
        value = headers.get(key) or headers.get(key.lower()) or ""
        for name, address in getaddresses([value]):
            if not name.strip() or name.isascii() or is_office_address(address.strip().lower(), office):
                continue
            cleaned = person_name(name.strip())
            if cleaned is not None and _fold(cleaned) == bare:
                return dataclasses.replace(person, value=cleaned)
    return person


def _authors_address(address: str, blocks: Sequence[Block]) -> bool:
    """Whether ``address`` stands on the sender line of a forwarded or quoted message."""
    for b in blocks:
        if b.kind in (Kind.FORWARDED, Kind.QUOTED) and address in b.text.lower():
            heads = (_FROM_LINE.match(ln.text) for ln in b.lines[:8])
            if any(h is not None and h.group("e").lower() == address for h in heads):
                return True
    return False


def sender_is_contact(display_name: str, contact: Hit | None) -> bool:
    """The message's sender (their From display name, in either order: "Novák Jan") is the
    contact person found for certain in the text: the sender's address is then theirs."""
    name = person_name(display_name)
    return (
        name is not None
        and contact is not None
        and contact.certain
        and _same_person(name, contact.value)
    )


def _mentions(folded_text: str, person: str) -> bool:
    """Whether a text (already ``_fold``-ed) names ``person``, in any case of the surname; a
    double-barrelled surname also by its first part ("Claire Dubois" for Claire
    Dubois-Lefèvre, a name run stops at the capital after the hyphen)."""
    surname = person.split()[-1]
    if _stem(surname) in folded_text:
        return True
    first = surname.split("-")[0]
    return first != surname and len(first) >= 3 and _stem(first) in folded_text


_LATIN = [chr(c) for c in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00))]
"""Latin letters with marks, Vietnamese's of Latin Extended Additional among them ("Nguyễn")."""
_UP = "A-Z" + "".join(c for c in _LATIN if c.isupper())
_LOW = "a-z" + "".join(c for c in _LATIN if c.islower())
_NAME_WORD = rf"(?:[{_UP}]['’]|Ma?c)?[{_UP}][{_LOW}'’-]+"
"""A word of a name, with the prefixes of Irish and Scottish surnames ("O'Neill", "McKay")."""
_COMMA_SURNAME = re.compile(rf"^\s*({_NAME_WORD}),\s*({_NAME_WORD})\s*(?:$|[(\[,;/|]|\s[-–]\s)")
"""A name written surname first, apart by a comma ("Schneider, Anna (Tel. …)")."""
_SELF_VERB = r"(?:Jsem|Som|Jestem|Soy|Sou|Sono|Suis)\s"
"""A capitalised "I am" that opens a self-introduction ("Soy Lucía Fernández Ortega",
"Jsem Jana Malá"): the verb, no given name of the run after it."""
_NAME_RUN = re.compile(
    rf"(?<![\w@.])(?!{_SELF_VERB}){_NAME_WORD}\s+{SURNAME_PREFIX}?{_NAME_WORD}(?:\s+(?!{_NAME_WORD}\s?:){SURNAME_PREFIX}?{_NAME_WORD})?"
)
"""Two or three capitalised words; a third one with a colon after it is the next label of a
form row ("Vyřizuje: Bc. Lucie Drábková Datum: 12. 9.", "Jana Malá Tel.: …"), no surname."""


_GLUED_RUN = re.compile(rf"{_NAME_WORD}(?:[^\S\n]+{_NAME_WORD}){{2,4}}")
"""Capitalised words run together past a name's length (the one replaced glued to the new
one: "místo Pavla Beneše Lucie Novotná")."""


def _names_in(text: str, *, rows: bool = True) -> list[str]:
    """The persons ``text`` names; with ``rows``, a name of a form row ends at the next label
    (``_before_label``), which a text joined from its lines (``rows=False``) cannot tell."""
    return [
        n for m in _name_runs(text) if (n := person_name(_first_cell(_before_label(text, m, 0) if rows else m.group(0))))
    ]


def _first_cell(run: str) -> str:
    """A run of capitalised words up to a tab: a table row's next cell ("Priya Nair\tPrimary
    contact") is no part of the name."""
    return run.split("\t", 1)[0]


def mailbox_person(address: str, blocks: Sequence[Block]) -> str | None:
    """The one full name in ``blocks`` that the sender's mailbox spells ("jakub.lorenc@",
    "hruskova.eva@", "mnovotny@", "dvorakp@"): the writer, when the text names no contact;
    names compared without case and diacritics."""
    local = re.sub(r"[^a-z]", "", _fold(address.partition("@")[0]))
    if len(local) < 5:
        return None
    found = set()
    for b in blocks:
        for name in _names_in(b.text):
            words = _fold(name).split()
            given, surname = words[0], words[-1]
            if local in (given + surname, surname + given, given[0] + surname, surname + given[0]):
                found.add(name)
    return found.pop() if len(found) == 1 else None


_CREW = re.compile(
    r"\b(?:kameram\w*|kameraman\w*|fotograf\w*|fotoreportér\w*|photographer|camera\w*|"
    r"zvukař\w*|reportér\w*|redaktor\w*|štáb\w*|crew|osvětlovač\w*|člen\w*)\b",
    re.IGNORECASE,
)
"""Words naming a member of a recording crew: the person a permit is for, not the contact."""
_ABSENT = re.compile(
    r"\b(?:bez|žádn\w*|zadn\w*|žiadn\w*|ziadn\w*|without|no|ohne|kein\w*|sans|senza|sin|sem|"
    r"zonder|nie|brak)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
"""A negation right before a crew word ("bez štábu", "without a crew", "žádný kameraman"):
no crew member is named."""
_SELF_TRADE = re.compile(
    r"(?:^|[^\w'’])(?:jsem|som|jestem|(?-i:I)\s+am|(?-i:I)[’']m|ich\s+bin|je\s+suis|sono|soy|ik\s+ben|sem)"
    r"(?:\s+(?:an?|ein\w?|une?|un\w?|een))?(?:\s+[^\W\d_]{3,}){0,2}\s+$",
    re.IGNORECASE,
)
"""The writer's "I am (a freelance)" right before a crew word ("jsem fotografka na volné
noze", "I'm a freelance photographer", "ich bin freier Kameramann", "jestem fotografem"):
the writer's own trade, no crew member besides them; up to two adjectives between, of three
letters or more (no preposition: "jsem s kameramanem" is with one)."""


def _crew_words(text: str, *, negated: bool = False) -> list[re.Match[str]]:
    """The crew words of ``text`` naming a crew member: not the writer's own trade ("jsem
    fotografka"), nor (unless ``negated``) negated ("bez štábu")."""
    return [
        m
        for m in _CREW.finditer(text)
        if (negated or not _ABSENT.search(text, 0, m.start()))
        and not _SELF_TRADE.search(text, max(0, m.start() - 40), m.start())
    ]
_HELPER = re.compile(
    r"(?=[acdfghikmprstvwř])\b(?:fixer\w*|produkční\w*|produkcni\w*|producent\w*|producer|productor\w*|produttor\w*|producteur\w*|produzent\w*|asistent\w*|assistant\w*|"
    r"assistent\w*|tlumočn\w*|tlumocn\w*|tlmočn\w*|interpret\w*|dolmetscher\w*|překladatel\w*|"
    r"translator|průvodc\w*|pruvodc\w*|sprievodc\w*|guide|řidič\w*|ridic\w*|vodič\w*|driver|"
    r"fahrer\w*|koleg\w*|kolleg\w*|colleague\w*|collega|partner\w*|spolupracovn\w*|"
    r"manžel\w*|wife|husband|frau|mann)\b",
    re.IGNORECASE,
)
"""Words of someone who helps the writer (a fixer, a producer, an interpreter, a driver, a
colleague): in a line where the writer then speaks of themself, a number right after them
is the helper's."""
_SELF = re.compile(
    r"\b(?:me|my|myself|mě|mne|mně|mi|mňa|mnie|mich|mir|mein\w*|moi|mio|mia|mój|moj[ae]|"
    r"můj|moje|mé|mého|mým|mojom|môj|mnou|mnú|mną|já|ja(?=\s+(?:jsem|som)\b)|(?-i:I)|ich|io|yo|ik|mij|mijn|én)\b",
    re.IGNORECASE,
)
"""The writer speaking of themself ("contact me directly", "volejte mi", "mé číslo",
"meine Nummer", "I'm on", "erreichbar bin ich"): a number after it, past a helper's, is the
writer's again."""


_OWN_ROLE_BEFORE = re.compile(
    r"\b(?:mnou|mnú|mną|me|mich|mir|mi|mě|mne|mně|mňa|(?-i:I)|ich|moi)[^\S\n]+"
    r"(?:jako|jakožto|ako|as|als|comme|come)(?:[^\S\n]+(?:the|a|an|ta|ten))?[^\S\n]+$",
    re.IGNORECASE,
)
"""A word of the writer speaking of themself and "as" right before a helper's word ("se mnou
jako producentkou", "contact me as the producer", "mich als Produzentin"): the writer's own
role, no helper."""


def _someone_else(text: str, person: str | None) -> bool:
    """A line about another person than the contact: it names someone else, or a crew
    member or a former contact, and not the contact."""
    names = _names_in(text) if person is not None else []
    if person is not None and any(_same_person(n, person) for n in names):
        return False
    if person is not None and not names and _mentions(_fold(text), person):
        return False
    if _FORMER.search(text) or (_CREW.search(text) and _crew_words(text, negated=True)):
        return True
    return bool(names)


# ---------------------------------------------------------------- phones and e-mails -----


class _PhoneKind(Enum):
    OWN = 0
    NEUTRAL = 1
    ORGANIZATION = 2
    OTHER = 3
    """Written for another person (a crew member, a former contact)."""
    EXTENSION = 4
    """A line reached through the switchboard with an extension ("416 731 200 (linka 25)"):
    the person's, but a number of their own written beside it is the more direct one."""


_EXTENSION = re.compile(
    r"[\s,;/(]*(?:linka|linky|lin\.|klapka|klapky|kl\.|ext\.?|extension|ext\.?\s?č\.|"
    r"durchwahl|dw\.?|wewn\.?|wew\.)\s*:?\s*\d{1,5}\b",
    re.IGNORECASE,
)
"""An extension written right after a number ("(linka 25)", ", kl. 112", "ext. 4410")."""


def _extension_after(text: str, off: int, end: int) -> bool:
    m = _NUMBER_TAIL.match(text, off, end)
    return _EXTENSION.match(text, m.end() if m else off, end) is not None


def _blank_emails(text: str) -> str:
    return _EMAIL_TOKEN.sub(lambda m: " " * len(m.group(0)), text) if "@" in text else text


def _cues(text: str, person: str | None) -> list[tuple[int, bool]]:
    """Where a line speaks of a person, and whether of someone other than the contact: a
    name, or (in a line that does not name the contact) a crew member or a former contact.
    A value belongs to the person of the nearest cue before it."""
    return list(_line_cues(text, person))


def _addressed_run(run: str) -> str:
    """A run of capitalised words without a form of address that opens it: Polish writes
    "Pana Adama Nowaka" capitalised, and "Pana" is no given name."""
    first, _, rest = run.partition(" ")
    return rest if rest and _FORM_OF_ADDRESS.fullmatch(first) else run


@per_application(maxsize=1024)
def _line_cues(text: str, person: str | None) -> tuple[tuple[int, bool], ...]:
    """``_cues``, remembered within one application: a line's phones, e-mails and the
    details after a label ask it of the same line and person (half of the calls repeat one)."""
    folded = _fold(text)
    named = person is not None and _mentions(folded, person)
    cues = (
        [
            (m.start(), not _same_person(n, person))
            for m in _NAME_RUN.finditer(text)
            # a run of three words whose last is a role: "Daniel Shaw Editor"; a job title
            # alone is no person ("Systems Engineer")
            if (n := person_name(run := _addressed_run(m.group(0))) or _leading_name(run))
            and _names_someone(n)
            and text[m.start() - 1 : m.start()] != "-"  # the end of a double name
            and not _qualifies_role(text, m)
            and not _organisation_run(text, m.end())
            and not _role_place(text, m, person)
            and not _after_article(text, m)
        ]
        if person is not None
        else []
    )
    if person is not None and _TITLE_STEM.search(text) is not None:
        # a person named after a form of address, also by one name alone ("kolega Pavel")
        cues += [
            (m.start(), not _same_person(m.group("n"), person))
            for m in _TITLED.finditer(text)
            if not m.group("n").endswith("-")  # a double name cut short ("Dr. Hans-Peter")
        ]
    if not named:
        cues += [(m.start(), True) for m in _crew_words(text)]
        # a helper's number set against the writer's own ("my fixer Tomáš (+420 …), but contact
        # me directly: +39 …"); a helper the writer only points to ("obracejte se na kolegu,
        # … na čísle …") is the contact
        # ("se mnou jako producentkou", "me as the producer": the writer's own role, no helper)
        helpers = [
            m.start()
            for m in _HELPER.finditer(text)
            if not _ABSENT.search(text, 0, m.start()) and not _OWN_ROLE_BEFORE.search(text, max(0, m.start() - 30), m.start())
        ]
        # the writer speaking of themself after a helper's or a crew member's number ("Štáb:
        # kameraman … (732 …). Vše ostatní řešte se mnou – 736 …")
        others = [*helpers, *(at for at, other in cues if other)]
        selves = [m.start() for m in _SELF.finditer(text) if others and m.start() > min(others)]
        if selves:
            cues += [(at, True) for at in helpers] + [(at, False) for at in selves]
        former = [m for m in _FORMER.finditer(text) if not _FORMER_THING.match(text, m.end())]
        cues += [(m.start(), True) for m in former]
        if former:
            # a contact named anew after a former one: "… z původní žádosti, kontakt - já, tel."
            cues += [
                (m.start(), False)
                for m in _CONTACT_NOUN.finditer(text)
                if not any(0 <= m.start() - f.end() <= 25 for f in former)
            ]
    # a person set aside as the one replaced owns no value after them ("budu já (ne kolega X),
    # tel. …", "I'll be the contact instead of Mr X, phone …")
    return tuple(sorted(c for c in cues if not (c[1] and _REPLACED_BEFORE.search(text[max(0, c[0] - 40) : c[0]]))))


_FORMER_THING = re.compile(
    r"[^\S\n]+(?:žádost\w*|zadost\w*|žiadost\w*|ziadost\w*|zpráv\w*|zprav\w*|správ\w*|sprav\w*|"
    r"dopis\w*|podání|podani|formulář\w*|formular\w*|verz\w*|request\w*|application\w*|"
    r"message\w*|letter\w*|form|forms|version\w*)\b",
    re.IGNORECASE,
)
"""A document a word of the past qualifies ("z původní žádosti", "the previous message",
"the original request"): no former contact."""
_CONTACT_NOUN = re.compile(r"\b(?:kontakt(?:n[íáéi]\w*)?|contact)\b", re.IGNORECASE)


_WORD_AFTER = re.compile(r"[^\S\n]+([^\W\d_]+)")
_ORG_ID_AFTER = re.compile(
    r"[^\S\n]*[,;(|–-]?[^\S\n]*(?:I[ČC]O?|DI[ČC]|NIP|KRS|REGON|VAT|UID|NIF|CIF|EIN|Reg\.|Company\s+No)\b"
    r"|[^\S\n]*,?[^\S\n]*(?:spol\.|s\.\s?r\.\s?o|a\.\s?s\.|z\.\s?[úsu]\.|o\.\s?p\.\s?s|"
    r"sp\.\s?z\s?o\.\s?o|ltd|gmbh|inc\b|llc)",
    re.IGNORECASE,
)
"""An identifier or a legal form right after a run of capitalised words: the run names the
organisation the identifier belongs to ("Kurýr Brodska, IČ 74026194", "Horní Mlýn s.r.o.")."""


_ARTICLE_BEFORE = re.compile(r"(?<![^\W\d_])(?:the|des|der|dem|den|das|eines|einer)[^\S\n]+$", re.IGNORECASE)
"""A German or English article right before a run of capitalised words ("im Auftrag des
Salzburger Tagblatts", "for the Northern Echo"): a title or body, not a person, unless the
run opens with a job title or a form of address ("der Kollegin Eva Berger")."""


def _after_article(text: str, m: re.Match[str]) -> bool:
    """Whether an article stands right before the run ``m`` that does not open with a job
    title or a form of address: the run names no person a later value could belong to."""
    if _ARTICLE_BEFORE.search(text, max(0, m.start() - 8), m.start()) is None:
        return False
    first = m.group(0).split()[0]
    return not _role_word(first) and _ADDRESS_FORM.fullmatch(first) is None


def _organisation_run(text: str, end: int) -> bool:
    """Whether the run of capitalised words ending at ``end`` is an organisation's name, its
    identifier or legal form right after it: no person a later value could belong to."""
    return _ORG_ID_AFTER.match(text, end) is not None


def _qualifies_role(text: str, m: re.Match[str]) -> bool:
    """Whether a run of capitalised words set off by a comma qualifies a job title at its
    end or right after it ("Jana Malá, Jižní Morava zpravodajka", "Oliver Grant, Central
    Europe producer", "Jonas Weber, Digitale Medien Leiter"), or is a job title and its field
    ("Leiterin Kommunikation"): the contact's job, a region, desk or beat, and nobody else."""
    if not text[: m.start()].rstrip().endswith(","):
        return False
    words = m.group(0).split()
    if _role_word(words[-1]) or (len(words) == 2 and _role_word(words[0])):
        # a job title with its field after it is no name: "Reto Aebischer, Leiter
        # Digitalentwicklung, …", "Helen Price, Head Digital, …"
        return True
    nxt = _WORD_AFTER.match(text, m.end())
    return nxt is not None and _role_word(nxt.group(1))


_LINK_WORDS = frozenset(
    "a i nebo alebo či ci případně pripadne prípadne popř popr resp or and und oder ou et lub albo "
    "oraz also plus sowie eller og".split()
)
"""Words that join a second person to the first ("…, případně kolegyně Jana Malá")."""


def _role_place(text: str, m: re.Match[str], person: str) -> bool:
    """Whether a run of capitalised words names the place or body of the contact's job
    title in the cell right after the contact's name ("Kamila Nosková, redaktorka TV Horní
    Bříza, tel. …", "Jan Malý, starosta obce Dolní Lhota", "Tom Reed, producer at Radio
    North"): the cell opens with a job title, words stand between the title and the run,
    and the cell before it ends with the contact's name. A title right before the run names
    a person ("…, redaktorka Jana Malá"), as does a cell joined by "a", "or", "případně"."""
    cut = text.rfind(",", 0, m.start())
    if cut < 0:
        return False
    words = _STRETCH_WORD.findall(text, cut, m.start())
    if len(words) < 2 or not _role_word(words[0]) or _role_word(words[-1]):
        return False
    if any(_fold(w) in _LINK_WORDS for w in words):
        return False
    before = text[:cut].rstrip()
    runs = [r for r in _NAME_RUN.finditer(before) if r.end() == len(before)]
    name = person_name(runs[-1].group(0)) if runs else None
    return name is not None and _same_person(name, person)


def _names_someone(name: str) -> bool:
    """A name read from a run of words still names a person without the job titles after
    it ("Julia Brandt Redakteurin"), unlike a job title alone ("Systems Engineer")."""
    words = name.split()
    while words and _role_word(words[-1]):
        words.pop()
    return len(words) >= 2


def _other_at(cues: Sequence[tuple[int, bool]], off: int) -> bool:
    before = [other for pos, other in cues if pos < off]
    return bool(before) and before[-1]


def _phones(
    text: str, office: Office, person: str | None = None, *, attribute: bool = False
) -> list[tuple[str, _PhoneKind]]:
    return list(_phones_of(text, office, person, attribute))


@per_application(maxsize=2048)
def _phones_of(
    text: str, office: Office, person: str | None, attribute: bool
) -> tuple[tuple[str, _PhoneKind], ...]:
    """Each phone of ``text`` with what its words before it (since the previous number) say
    it is, and (``attribute``) whether it is written for someone other than ``person``; a
    number with a trunk zero in the Slovak plan ("0905 …", "02/5441 …")."""
    found = _line_phones(text, office)
    if not found:
        return ()
    cues = _cues(text, person) if attribute else []
    out: list[tuple[str, _PhoneKind]] = []
    prev = 0
    for k, (off, num) in enumerate(found):
        words = _blank_emails(text[max(prev, off - 40) : off])
        end = found[k + 1][0] if k + 1 < len(found) else len(text)
        after = _after_number(text, off, end)
        kind = (
            _PhoneKind.OTHER
            if cues and _other_at(cues, off)
            else _PhoneKind.OWN
            if _OWN_PHONE.search(after)
            or (not _ORG_PHONE.search(after) and _OWN_PHONE.search(words))
            else _PhoneKind.ORGANIZATION
            if _ORG_PHONE.search(after)
            or _desk_words(words, _blank_emails(text[max(prev, off - 80) : off]))
            or _switchboard(text, off, end)
            else _PhoneKind.NEUTRAL
        )
        if kind in (_PhoneKind.OWN, _PhoneKind.NEUTRAL) and _extension_after(text, off, end):
            kind = _PhoneKind.EXTENSION
        out.append((num, kind))
        prev = _qualified_end(text, off, end)
    return tuple(out)


_ROLE_BEFORE = re.compile(r"([^\W\d_]+)[^\S\n]+(?:(of|the|der|des|of[^\S\n]+the)[^\S\n]+)?$", re.IGNORECASE)
_GENITIVE_END = ("e", "ě", "y", "u", "i")
"""How a Czech or Slovak desk noun ends in the genitive that completes a job title ("technik
redakce", "vedoucí ústředny", "asistentka sekretariátu", "koordinátor redakcie"), unlike
the nominative of a desk's own label ("ústředna 571 …")."""


_STRETCH_WORD = re.compile(r"[^\W\d_]+")


def _titled_stretch(words: str, at: int) -> bool:
    """Whether the stretch of words before a desk noun at ``at`` (since the last comma,
    semicolon, colon, bracket or line end) holds a job title whose department the desk
    names, with words between them ("vedoucí odboru kancelář starosty", "head of the press
    office", "Leiterin der Abteilung Zentrale Dienste"): the desk is the person's place of
    work, not a line of its own."""
    cut = max(words.rfind(c, 0, at) for c in ",;:(|\n") + 1
    found = _STRETCH_WORD.findall(words, cut, at)
    if found and _PHONE_LABEL.fullmatch(found[-1]):
        return False  # a phone label opens the desk's own number ("… tel. ústředna 495 …")
    # the title right before the desk is the genitive rule's ("programový ředitel ústředna …"
    # is a switchboard's label after the title): here words stand between them
    return len(found) >= 2 and not _role_word(found[-1]) and any(_role_word(w) for w in found[:-1])


_QUERIES = re.compile(
    r"\b(?:dotaz\w*|otázk\w*|otazk\w*|question\w*|quer(?:y|ies)|issues|fragen|anfragen|pytani\w*|"
    r"preguntas|consultas|domande|questions)\b",
    re.IGNORECASE,
)
"""Questions sent to a desk ("technické dotazy na naši hotline …", "technical questions to
our helpdesk"): the words before the desk say what it is for, no job title of a person."""


def _desk_words(words: str, wide: str = "") -> bool:
    """Whether the words before a number name an organisation's desk it belongs to
    ("ústředna", "redakce: …"); a desk that only completes a person's job title before it,
    in the genitive or after "of" ("technik redakce, tel. …", "vedoucí recepce", "Head of
    Newsroom"), is the person's, as is one that a job title opening its stretch of ``wide``
    (more of the line before the number) leads to ("vedoucí odboru kancelář starosty")."""
    wide = wide or words
    for m in _ORG_PHONE.finditer(words):
        at = len(wide) - len(words) + m.start()
        if wide.endswith(words) and _titled_stretch(wide, at) and not _QUERIES.search(wide, 0, at):
            continue  # "vedoucí odboru kancelář starosty, tel. …": the head's own number
        if wide.endswith(words) and _persons_bracket(wide, at):
            continue  # "Frau Katrin Weißflog (Online-Redaktion), Tel. …": her department
        role = _ROLE_BEFORE.search(words, 0, m.start())
        if role is None or not _role_word(role.group(1)):
            return True
        if not role.group(2) and not m.group(0).lower().endswith(_GENITIVE_END):
            return True
    return False


_LABEL_AFTER_BRACKET = re.compile(
    r"[^\S\n]*[,;]?[^\S\n]*(?:tel|telefon|telephone|phone|t[ée]l[ée]phone|mobil|mobile|handy)\.?[^\S\n]*:?[^\S\n]*",
    re.IGNORECASE,
)


def _persons_bracket(wide: str, at: int) -> bool:
    """Whether a desk word at ``at`` stands in a bracket right after a person's name, closed
    before the number's own phone label ("Frau Katrin Weißflog (Online-Redaktion), Tel. …",
    "Jan Malý (redakce), tel. …"): the person's department, not the desk's line."""
    opened, close = wide.rfind("(", 0, at), wide.find(")", at)
    if opened < 0 or close < 0 or ")" in wide[opened:at]:
        return False
    if _LABEL_AFTER_BRACKET.fullmatch(wide, close + 1) is None:
        return False
    words = wide[:opened].split()[-4:]
    return any(person_name(" ".join(words[-k:])) is not None for k in (2, 3) if len(words) >= k)


def _qualified_end(text: str, off: int, end: int) -> int:
    """Where a number's own words end: after the words in brackets right after it ("+48 33
    852 17 00 (centrala), kom. +48 601 …"), which say what that number is and not what the
    next one is; else one past its start, as before."""
    m = _NUMBER_TAIL.match(text, off, end)
    tail = m.end() if m else off
    b = _BRACKET.match(text, tail, end) or _BRACKET.match(text, max(off, tail - 1), end)
    return b.end() if b else off + 1


_ZERO_EXTENSION = re.compile(r"\d[-–]\s?0$")


def _switchboard(text: str, off: int, end: int) -> bool:
    """A number written with the extension 0 after a dash ("+43 2572 30 40-0", "0221 5508-0"):
    the organisation's switchboard, as German and Austrian letterheads write it."""
    m = _NUMBER_TAIL.match(text, off, end)
    return m is not None and _ZERO_EXTENSION.search(m.group(0).split("\n")[0].rstrip(" ./()\t")) is not None


_ID_BEFORE = re.compile(
    r"\b(?:EIN|NIP|KRS|REGON|VAT|USt-IdNr|I[ČC]O?|DI[ČC]|company\s+no|reg(?:istration)?\.?\s+no|"
    r"registered\s+in\s+[\w\s]{1,30}no|UID|TVA|NIF|CIF|IVA|BTW|BCE|KBO|SIRET|SIREN|KvK|I[ČC]\s+DPH|Steuer-?nummer|St\.?-Nr|"
    # Portugal's, Albania's, Croatia's, Serbia's, Romania's, Denmark's, Australia's tax or company
    # numbers ("NIPC 514 280 377", "OIB 48217396054", "PIB 108472936")
    r"NIPC|NIPT|OIB|PIB|CUI|CVR|ABN|"
    # Bulgaria's, Greece's, Norway's, Finland's, Estonia's, Latvia's, Lithuania's and Ukraine's
    # ("EIK 204567891", "AFM 801234567", "Org.nr. 912 345 678", "Reģ. Nr. 40103456789",
    # "Įmonės kodas 302456781", "ЄДРПОУ 41983548")
    r"EIK|BULSTAT|AFM|Org\.?\s*nr|Y-tunnus|registrikood|Re[gģ]\.?\s*Nr|kodas|EDRPOU|ЄДРПОУ)\.?"
    # a verb or a noun between the label and the digits: "USt-IdNr. lautet", "VAT number is"
    r"(?:\s*[:#]?(?:\s+[^\W\d_]+){1,3}?)?\s*[:#]?\s*"
    # a VAT number's country prefix: "DE 812 334 507", "ATU 12345678", Swiss "CHE-214.556.908"
    r"(?-i:(?:[A-Z]{2,3}U?[\s-]?)?)$",
    re.IGNORECASE,
)
"""A label of an identifier right before digits ("EIN 47-3318206", "NIP 548-267-33-10", "USt-IdNr.
lautet DE 812 334 507"): no phone number however its digits are grouped."""
_FIELD_LABEL = re.compile(
    # a label's words (from the line's or cell's start) and its colon or hash right before the
    # value, a code of capitals glued to the digits allowed ("Číslo průkazu: SN-2025-…")
    r"(?:^|[;|\t]|\s{3,}|(?<=[.!?])\s)\s*(?:[-*•–]\s*)?(?P<label>[^\W\d_][^:#\n;|\t]{0,40}?)\s*[:#]\s*"
    r"(?-i:(?:[A-Z]{1,4}[\s/-]?)?)$",
    re.IGNORECASE,
)
_ID_NOUN = re.compile(
    r"\b(?:ident\w*|id|ref\w*|značk\w*|zn|kód\w*|code|pin|iban|bic|swift|symbol\w*|vs|účt\w*|účet|"
    r"ucet|account|acct|konto|licen[cs]\w*|průkaz\w*|prukaz\w*|preukaz\w*|pas|passport|ausweis\w*|"
    r"evidenč\w*|jednací|spis\w*|objednáv\w*|order|faktur\w*|invoice|smlouv\w*|zmluv\w*|contract|"
    r"card|kart\w*|rodné|serial|sériov\w*|registra\w*|doklad\w*|ticket|case|zakázk\w*|rezervac\w*|"
    r"booking|member\w*|člen\w*|permit|povolen\w*|akredita\w*|accredit\w*)\b",
    re.IGNORECASE,
)
"""Nouns of an identifier a label names: a card, a licence, a case, an account, an order, a
reference ("Číslo průkazu", "Spisová značka", "Card no.", "Evidenční číslo")."""
_NUMBER_WORDS = r"číslo|čísla|čís|cislo|č|c|no|nr|number|num|nummer|numer|numero|número"
"""The noun "number" and its abbreviations in the writers' languages."""
_NUMBER_NOUN = re.compile(rf"\b(?:{_NUMBER_WORDS})\b", re.IGNORECASE)
_NUMBER_FILLER = re.compile(
    rf"\b(?:{_NUMBER_WORDS}|moje|mé|můj|moj[ea]?|my|our|"
    r"naše|náš|her|his|její|jeho|na|mě|mne|me|for|pro|the|a|an|je|is|ist|do|domů|sem|v|ve|of|us|nás)\b",
    re.IGNORECASE,
)
_PHONE_FIELD = re.compile(
    r"\b(?:kontakt\w*|contact\w*|spojen\w*|link\w*|klapk\w*|ext\w*|fax|vol\w*|zavol\w*|sms|"
    r"whats\w*|signal|hovor\w*|dosaž\w*|zastiž\w*|zastihn\w*|reach\w*|dial\w*|ring)\b",
    re.IGNORECASE,
)


def _other_field(before: str) -> bool:
    """Whether the digits after ``before`` are the value of a label that names something other
    than a phone: an identifier ("Číslo průkazu:", "Spisová značka:", "Card no.:", "IBAN:"),
    or a number of something ("Číslo přihlášky:"), never a phone, contact or call word's
    ("Kontaktní číslo:", "Číslo na mobil:", "Moje číslo:")."""
    m = _FIELD_LABEL.search(before)
    if m is None:
        return False
    label = m.group("label")
    if _PHONE_LABEL.search(label) or _PHONE_FIELD.search(label) or _ORG_PHONE.search(label):
        return False
    if _ID_NOUN.search(label):
        return True
    # a number of something named after it ("Číslo přihlášky", "Nummer des Vertrags"), not a
    # phone's own adjective before it ("a Czech number", "private number")
    noun = _NUMBER_NOUN.search(label)
    return noun is not None and bool(_NUMBER_FILLER.sub("", label[noun.end() :]).strip(" .,/-"))


_NUMBER_TAIL = re.compile(r"[+\d][\d\s/().–-]*")
_BRACKET = re.compile(r"\s*\(([^()]{1,40})\)")


def _after_number(text: str, off: int, end: int) -> str:
    """The words in brackets right after a number ("+420 222 710 500 (redakce, ústředna)",
    "+1 402 555 0147 (cell)"): they say whose it is as words before it do."""
    m = _NUMBER_TAIL.match(text, off, end)
    rest = text[m.end() if m else off : end]
    b = _BRACKET.match(rest) or _BRACKET.match(text, max(off, (m.end() if m else off) - 1), end)
    return b.group(1) if b else ""


def _line_phones(text: str, office: Office) -> list[tuple[int, str]]:
    return list(_line_phones_cached(text, office))


@per_application(maxsize=2048)
def _line_phones_cached(text: str, office: Office) -> tuple[tuple[int, str], ...]:
    """The phones of a line: the Czech plan's and the international ones, and numbers with a
    trunk zero in the Slovak plan ("mob.: 0908 123 456" beside a Czech or foreign number);
    never the digits of an identifier ("EIN 47-3318206")."""
    found = phones_in(text, office)
    zero_run = _ZERO_RUN.search(text) is not None
    if zero_run:
        have = {o for o, _ in found}
        found += [
            (o, n)
            for o, n in phones_in(text, office, "SK")
            if n.startswith("+421") and o not in have
        ]
        found.sort()
    if zero_run and (region := _country_named(text) or _code_marked(text)) is not None:
        # the named country's plan, not the Slovak guess, reads a number written nationally
        named = dict(_national(text, region))
        found = [(o, n) for o, n in found if o not in named or not n.startswith("+421")]
        have = {o for o, _ in found}
        found += [(o, n) for o, n in named.items() if o not in have]
        found.sort()
    elif not zero_run and "(+" in text and (region := _code_marked(text)) is not None:
        # a number written without a trunk zero, its country code alone beside it ("Móvil: 655
        # 318 402 (+34)", "tel. 512 345 678 (+48)"): read in that country's plan
        found = _code_marked_numbers(text, office, region, found)
    elif _ZERO_RUN.search(text) and _GERMAN_LINE.search(text):
        # a number written nationally in a German sentence: the German-speaking plans
        have = {o for o, _ in found}
        found += [(o, n) for o, n in _german_plans(text) if o not in have]
        found.sort()
    if _NANP.search(text) and ("+" not in text or _code_marked(text) == "US"):
        # North America writes its numbers nationally without a trunk prefix: "(312) 555-0187
        # (US)", also with its country code standing alone beside them ("… (US, +1)")
        have = {o for o, _ in found}
        found += [(o, n) for o, n in _north_american(text) if o not in have]
        found.sort()
    if "+" in text:
        known = {o for o, _ in found}
        for m in _PLUS_NUMBER.finditer(text):
            if m.start() not in known:  # a number with a country code the plan did not accept
                # the trunk zero in brackets is no digit of it ("+44 (0)7700 …", "+420 (0) 602 …")
                number = text[m.start() : m.end() + 1].replace("(0)", "   ")
                found += [(m.start() + o, n) for o, n in _unverified(number)]
        found.sort()
    return tuple(
        (o, n)
        for o, n in found
        if not _ID_BEFORE.search(text[max(0, o - 40) : o])
        and not _other_field(text[max(0, o - 60) : o])
        and not ("(" in text[max(0, o - 40) : o] and _EXAMPLE_BEFORE.search(text, max(0, o - 40), o))
    )


_EXAMPLE_BEFORE = re.compile(
    r"[(\[][^()\[\]]{0,30}?(?<![\w.@-])(?:např|napr|napříkl\w*|napríkl\w*|e\.\s?g|z\.\s?B|np|bspw|"
    r"for\s+(?:example|instance)|zum\s+Beispiel|par\s+exemple|p\.\s?ex|por\s+ejemplo|per\s+esempio|"
    r"na\s+przykład|vzor\w*|příklad\w*|priklad\w*|example|sample|beispiel|muster|exemple|ejemplo)"
    r"\.?\s*[:,=]?\s*$",
    re.IGNORECASE,
)
"""An example's mark or label in an open bracket right before a number: a form's example of
how to write a phone ("Telefon (např. +420 123 456 789): …", "(v tvare napr. +421 …)",
"Phone (e.g. +44 20 7946 0000)"), no one's number."""


_PLUS_NUMBER = re.compile(r"\+\d{1,3}\s?(?:\(0\)\s?)?[\s\d]{6,}")
"""A number with a country code, also with the trunk zero in brackets ("+44 (0)7700 900412")."""
_CODE_MARK = re.compile(r"(?=[(+])\(?\+(\d{1,3})\)?(?![\d\s]*\d{3})")
"""A country code standing alone beside a number written nationally ("06 12 45 78 39 (+33)",
"(+33) 04 72 10 20 30"): the plan that number is read in."""
_GERMAN_LINE = re.compile(
    r"\b(?:ich|mich|mir|wir|uns|unter|erreichbar|erreichen|Handy\w*|Rufnummer|Telefonnummer|"
    r"Mobilnummer|Festnetz|Durchwahl|bitte)\b",
    re.IGNORECASE,
)
"""Words of a German sentence: its number written with a trunk zero is Germany's, Austria's or
Switzerland's ("mobil unter 0151 2345 6789")."""


def _code_marked(text: str) -> str | None:
    """The one foreign country whose code ``text`` writes alone beside a national number."""
    codes = {m.group(1) for m in _CODE_MARK.finditer(text)}
    if len(codes) != 1:
        return None
    region = phonenumbers.region_code_for_country_code(int(codes.pop()))
    return region if region not in ("ZZ", "CZ", "SK", "001") else None


def _code_marked_numbers(
    text: str, office: Office, region: str, found: list[tuple[int, str]]
) -> list[tuple[int, str]]:
    """``found`` with the numbers ``region``'s plan reads in ``text`` (the one country whose
    code the line writes alone beside a national number) in place of another plan's reading
    at the same place."""
    code = f"+{phonenumbers.country_code_for_region(region)}"
    named = {o: n for o, n in phones_in(text, office, region) if n.startswith(code)}
    return sorted([*((o, n) for o, n in found if o not in named), *named.items()])


def _german_plans(text: str) -> list[tuple[int, str]]:
    """Valid numbers written with a trunk zero in the first German-speaking plan (Germany,
    Austria, Switzerland) that knows them."""
    out: dict[int, str] = {}
    for region in ("DE", "AT", "CH"):
        for o, n in _national(text, region):
            if o not in out and _verified(n):
                out[o] = n
    return sorted(out.items())



_COUNTRIES = re.compile(
    r"\b(?=[ubeagdnör])(?:(?P<GB>UK|U\.K\.|British|Britain|England|britsk\w*|anglick\w*)|"
    r"(?P<DE>German\w*|Deutsch\w*|německ\w*|nemeck\w*)|"
    r"(?P<AT>Austria\w*|österreich\w*|rakousk\w*|rakúsk\w*|rakusk\w*))\b",
    re.I,
)
"""Words naming the country of a number written nationally ("my UK mobile", "britské číslo",
"deutsche Handynummer", "rakouský mobil"), each group named by its numbering plan. The
lookahead of the words' first letters only makes the search of a whole text quick; one
pass finds every country the three patterns of each country alone found: no two countries'
words start with the same two letters, and no word has a boundary inside it where another
could start, so no match hides another. ("osterreich" without its umlaut, never admitted by
the first letters of the earlier pattern of Austria, is left out: it never matched.)"""


_WRITERS_LANGUAGES = ("de", "fr", "it", "pl", "es", "hu", "nl")


@lru_cache(maxsize=1)
def _country_names() -> tuple[re.Pattern[str], dict[str, str]]:
    """Every country's name in English, Czech and Slovak (the maintained ISO 3166 list of
    ``pycountry`` and its translations; the part before a comma: "Bolivia, Plurinational
    State of"), folded, and the pattern finding them; and, of five letters or more, in the
    languages foreign writers name their own country in ("Schweiz", "Belgique", "Polska")."""
    cs, sk = (gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]) for lang in ("cs", "sk"))
    names: dict[str, str] = {}
    for c in pycountry.countries:
        for n in (c.name, getattr(c, "common_name", c.name), cs.gettext(c.name), sk.gettext(c.name)):
            names.setdefault(_fold(n.split(",")[0].strip()), c.alpha_2)
    for lang in _WRITERS_LANGUAGES:
        tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        for c in pycountry.countries:
            # the office's own country in a foreign writer's words is where they call from
            # ("aus Tschechien bitte +49 …"), not the plan of their number
            if c.alpha_2 != "CZ" and len(n := _fold(tr.gettext(c.name).split(",")[0].strip())) >= 5:
                names.setdefault(n, c.alpha_2)
    # the lookahead of the names' first letters only makes the search quick
    firsts = re.escape("".join(sorted({n[0] for n in names if len(n) >= 4})))
    return re.compile(rf"(?=[{firsts}])(?<!\w)(?:{_by_first_letter(names)})(?!\w)"), names


def _by_first_letter(names: Iterable[str]) -> str:
    """The alternation of ``names`` of four letters or more, longest first, grouped by their
    first letter ("a(?:ustria|lbania)|b(?:elgium)"): the same match at every place (only the
    names of one letter can start there, in the same order), but the engine tries one group
    instead of every name at each word."""
    groups: dict[str, list[str]] = {}
    for n in sorted(names, key=len, reverse=True):
        if len(n) >= 4:
            groups.setdefault(n[0], []).append(re.escape(n[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rest)})" for first, rest in groups.items())


def _countries_named(text: str) -> set[str]:
    """The numbering plans of the countries ``text`` names: by a word of ``_COUNTRIES`` or by
    the country's name ("06 71 42 98 15 (France)", "číslo z Belgie")."""
    rx, names = _country_names()
    return {str(m.lastgroup) for m in _COUNTRIES.finditer(text)} | {
        names[m.group(0)] for m in rx.finditer(_fold(text))
    }


def _country_named(text: str) -> str | None:
    """The numbering plan of the one country ``text`` names, if any."""
    named = _countries_named(text)
    return named.pop() if len(named) == 1 else None


_NANP = re.compile(
    # the lookahead of the words' first letters only makes the search quick
    r"(?=[acku])(?:(?-i:\bUS\b|\bUSA\b|\bU\.S\.)|\b(?:American|americk\w*|Canad\w*|Kanad\w*)\b)",
    re.IGNORECASE,
)
"""Words naming a country of the North American Numbering Plan (United States, Canada)."""


def _north_american(text: str) -> list[tuple[int, str]]:
    """Valid numbers of the North American plan written nationally (ten digits in groups,
    no dots), for a line naming the United States or Canada."""
    out: list[tuple[int, str]] = []
    for m in phonenumbers.PhoneNumberMatcher(text, "US", leniency=phonenumbers.Leniency.VALID):
        if "." not in m.raw_string and not m.raw_string.startswith("0"):
            out.append((m.start, phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)))
    return out


_EXTENSION_WORD = re.compile(r"[^\W\d_]")
"""Where the letters of an extension's label start in a number the matcher read with it."""


def _national(text: str, region: str) -> list[tuple[int, str]]:
    """Numbers written with a trunk zero, read in ``region``'s plan: a valid one, or one the
    plan does not know as assigned (read, but never for certain: ``_phone_hit``)."""
    out: list[tuple[int, str]] = []
    for m in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.POSSIBLE):
        # digits in groups: never a date or an address written with dots; an extension's
        # label after them ("0113 496 0000 ext. 45", "… Durchw. 12") is no part of them
        raw = _EXTENSION_WORD.split(m.raw_string, maxsplit=1)[0]
        if raw.startswith("0") and not raw.startswith("00") and "." not in raw:
            out.append((m.start, phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)))
    return out


_REGISTERS = (
    (re.compile(r"\b(?:BCE|KBO)\b|\bBE\s?0\d{3}\.?\d{3}\.?\d{3}\b"), "BE"),
    (re.compile(r"\bP\.\s?IVA\b|\b[Pp]artita\s+IVA\b|\bC\.\s?F\.\s?e\s+P\.\s?IVA\b"), "IT"),
    (re.compile(r"\b(?:SIRET|SIREN)\b|\bN°\s?TVA\s+FR\b"), "FR"),
    (re.compile(r"\bCHE[-\s]?\d{3}\.\d{3}\.\d{3}\b"), "CH"),
    (re.compile(r"\b(?:KRS|REGON)\b"), "PL"),
    (re.compile(r"\b(?:HRB|USt-IdNr)\b"), "DE"),
    (re.compile(r"\bATU\s?\d{8}\b|\bFN\s?\d{5,6}\s?[a-z]\b"), "AT"),
    (re.compile(r"\b(?:KvK|KVK)\b"), "NL"),
    (re.compile(r"\b(?=[ac])(?:adószám|cégjegyzékszám)\b", re.IGNORECASE), "HU"),
)
"""Identifiers of a country's company register or tax office that name the applicant's
country ("BCE 0742.318.906" Belgian, "P. IVA 06417290721" Italian, "SIRET …" French,
"CHE-318.402.771" Swiss, "KRS", "HRB", "FN 123456 a", "KvK", "adószám")."""
_REGISTER_MARKS = {
    "BE": ("BCE", "KBO", "BE"), "IT": ("IVA",), "FR": ("SIRE", "TVA"), "CH": ("CHE",), "PL": ("KRS", "REGON"),
    "DE": ("HRB", "USt-IdNr"), "AT": ("ATU", "FN"), "NL": ("KvK", "KVK"),
}  # fmt: skip
"""Text one of which every match of a (case-sensitive) register pattern holds: a quick test
before searching a whole text with it (Hungarian's words, matched in any case, have none)."""


def _may_name_register(region: str, text: str) -> bool:
    marks = _REGISTER_MARKS.get(region)
    return marks is None or any(m in text for m in marks)


@per_application(maxsize=1024)
def _registers_country(text: str) -> str | None:
    """The one country the register identifiers of ``text`` name; remembered (several rules
    ask it of the same text)."""
    found = {region for rx, region in _REGISTERS if _may_name_register(region, text) and rx.search(text)}
    return found.pop() if len(found) == 1 else None


@per_application(maxsize=512)
def _applicants_country(text: str) -> str | None:
    """The one foreign country a text places its writer in: by its name in the text ("75008
    Paris, France", "Francie"), else by the one country domain of its e-mail addresses, else
    by the register its organisation's identifier is in ("BCE 0742.318.906, Charleroi")."""
    if (named := _country_named(text)) is not None:
        return named if named not in ("CZ", "SK") else None
    plans = _address_plans(text) - {"CZ", "SK"}
    if plans:
        return plans.pop() if len(plans) == 1 else None
    if (register := _registers_country(text)) is not None:
        return register
    return _placed_abroad(text)


@per_application(maxsize=512)
def _placed_abroad(text: str, forms: bool = True) -> str | None:
    """The one foreign country (not Slovakia) the places of ``text`` put its writer in (a
    postcode and town, "based in Cork", "Sp. z o.o."), else the one its legal forms name
    ("B.V."); without ``forms``, by its towns only."""
    if (placed := places_country(text, forms)) is not None:
        return placed if placed not in ("CZ", "SK") else None
    if not forms:
        return None
    forms_of = _form_regions(text)
    return forms_of.pop() if len(forms_of) == 1 else None


_FAX_BEFORE = re.compile(r"\b(?:tele)?fax\b", re.IGNORECASE)


def _country_phone(t: _Texts, hit: Hit | None, address: str = "") -> Hit | None:
    """A number written nationally with a trunk zero that the Czech plan does not read and
    the Slovak one only by guess ("01 53 44 81 20", "04 72 10 20 30" in a letter from Lyon,
    France), or a German-speaking plan only by the language ("0664 …" from Vienna), read in
    the plan of the country the text places its writer in (``address``: the sender's, whose
    country domain counts as one written in the text); never certain (the country is
    inferred)."""
    if hit is not None and hit.reason not in (Reason.FOREIGN_PHONE, Reason.LANGUAGE_PHONE):
        return hit
    blocks = [*t.own, *t.signature]
    if not any(_ZERO_RUN.search(b.text) for b in blocks):
        return _form_country_phone(blocks, hit, t.office, address)
    if (region := _applicants_country("\n".join([*(b.text for b in blocks), address]))) is None:
        if (found := _form_country_phone(blocks, hit, t.office, address)) is not hit:
            return found
        return _language_country_phone(blocks, hit, t.office) or hit
    if hit is not None and hit.reason is Reason.LANGUAGE_PHONE and region not in _LANGUAGE_PLANS["de"]:
        return hit  # a German-speaking writer's number: only their own country re-reads it
    for b in blocks:
        for ln in b.lines:
            if hit is not None and (b.component, ln.no) != (hit.component, hit.line):
                continue
            if _ZERO_RUN.search(ln.text) is None or (hit is None and _line_phones(ln.text, t.office)):
                continue
            for off, num in _national(ln.text, region):
                if _ID_BEFORE.search(ln.text[max(0, off - 40) : off]):
                    continue  # an identifier's digits: "P. IVA 07329110634", "BCE 0742.318.906"
                if _FAX_BEFORE.search(ln.text[max(0, off - 25) : off]):
                    continue  # a fax's number: "fax 0592 345 678"
                if _country_number(num, ln.text[max(0, off - 40) : off]):
                    return Hit(num, b.component, ln.no, False, Reason.COUNTRY_PHONE)
    # the only trunk zero an identifier's ("P.IVA 01234560321"): a labelled number the legal
    # form's plans read ("cell. 347 128 6604" from "… S.p.A.")
    return hit if hit is not None else _form_country_phone(blocks, hit, t.office, address)


_COUNTRY_WORDS = (
    ("SE", "och att är för från vår våra inte också vänliga hälsningar tack tillgång ansöker även"),
    ("NL", "het een van voor niet geen ook graag vriendelijke groet groeten geachte goedendag "
     "toegang uitslagen wij onze mijn ik"),
    ("DK", "venlig kære gerne adgang modtager"),
    ("NO", "vennlig kjære ønsker tilgang takk"),
    ("FI", "ja pyytää pyydämme ystävällisin terveisin hyvä kiitos osoite pääsyä"),
)
"""Words of one country's language only (Swedish, Dutch, Danish, Norwegian, Finnish): a letter
written in it is from that country (Dutch: the Netherlands, whose plan is read first)."""
_COUNTRY_OF_WORD = {w: region for region, ws in _COUNTRY_WORDS for w in ws.split()}
_ENGLISH_PLANS = ("GB", "IE")


@per_application(maxsize=512)
def _language_plans(text: str) -> tuple[str, ...]:
    """The plans of the country whose language ``text`` is plainly written in: three of its
    own words at least, outnumbering any other's twice ("Vänliga hälsningar", "Met
    vriendelijke groet"); Britain's and Ireland's for English beside a British legal form."""
    counts: dict[str, int] = {}
    for w in _WORD_RUN.findall(text[:4000].lower()):
        if (region := _COUNTRY_OF_WORD.get(w)) is not None:
            counts[region] = counts.get(region, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1]) + [("", 0)]
    if ranked[0][1] >= 3 and ranked[0][1] > 2 * ranked[1][1]:
        return (ranked[0][0], "BE") if ranked[0][0] == "NL" else (ranked[0][0],)
    # English alone is no country ("Call 07911 123 458."): a British or Irish legal form is
    english = written_in(text) == "en" and _form_regions(text) & set(_ENGLISH_PLANS)
    return _ENGLISH_PLANS if english else ()


_WORD_RUN = re.compile(r"[^\W\d_]+")


def _language_country_phone(blocks: Sequence[Block], hit: Hit | None, office: Office) -> Hit | None:
    """A number written nationally with a trunk zero ("070-312 44 81", "06-41 88 23 17",
    "0113 243 8765") in a text that names no country but is plainly written in one country's
    language (English with a British legal form: "… Ltd"): read in the plans of that language (of its block, else of the whole text), the
    first that knows it as assigned, else the first one's when a phone's label says it is a
    phone ("mob: 07700 900 123"); not a switchboard's or a fax's, never certain. A Slovak
    guess is read again only in a language other than English."""
    text = "\n".join(b.text for b in blocks)
    whole = _language_plans(text)
    if not whole and hit is None and written_in(text) == "de":
        # a German letter's number alone under the writer's name ("0151 12873940"): the
        # German-speaking plans, the first that knows it as assigned
        whole = _LANGUAGE_PLANS["de"]
    for b in blocks:
        plans = _language_plans(b.text) or whole
        if not plans or (hit is not None and plans == _ENGLISH_PLANS):
            continue
        for ln in b.lines:
            if hit is not None and (b.component, ln.no) != (hit.component, hit.line):
                continue
            if _ZERO_RUN.search(ln.text) is None or (hit is None and _line_phones(ln.text, office)):
                continue
            if (num := _language_number(ln.text, plans, hit is None)) is not None:
                return Hit(num, b.component, ln.no, False, Reason.COUNTRY_PHONE)
    return None


def _language_number(text: str, plans: tuple[str, ...], labelled_ok: bool) -> str | None:
    """The first number of a line read in ``plans`` (see ``_language_country_phone``)."""
    read = [
        (region, num, text[max(0, off - 40) : off]) for region in plans for off, num in _national(text, region)
    ]
    own = [(r, n, b) for r, n, b in read if not (_ID_BEFORE.search(b) or _ORG_PHONE.search(b[-25:]) or _other_field(b))]
    valid = [n for _, n, _ in own if _verified(n)]
    if valid:
        return valid[0]
    labelled = [n for r, n, b in own if labelled_ok and r == plans[0] and _country_number(n, b)]
    return labelled[0] if labelled else None


def _country_number(num: str, before: str) -> bool:
    """A number read in the writer's country's plan is theirs when the plan knows it as
    assigned, or when a phone's label right before it says it is a phone ("my mobile, 07700
    900412": a range the plan keeps unassigned, as fiction and examples use)."""
    number = phonenumbers.parse(num)
    if phonenumbers.is_valid_number(number):
        return True
    return _PHONE_LABEL.search(before) is not None and phonenumbers.is_possible_number(number)


@lru_cache(maxsize=1)
def _designator_regions() -> tuple[re.Pattern[str], dict[str, frozenset[str]]]:
    """The countries each company-type designator belongs to (``cleanco``'s list: "S.p.A."
    Italy and Chile, "Kft." Hungary), by its written form folded, and the pattern finding
    the designators."""
    regions: dict[str, set[str]] = {}
    for country, term in countrysources():
        try:
            code = pycountry.countries.lookup(country).alpha_2
        except LookupError:
            continue
        for form in designator_forms([term]):
            regions.setdefault(form.casefold(), set()).add(code)
    dotted = sorted((f for f in regions if "." in f), key=len, reverse=True)
    either = "|".join(r"\.\s?".join(map(re.escape, f.split("."))) for f in dotted)
    # a form with dots in any case ("S.p.A.", "s.r.o."), the others as ``DESIGNATORS`` writes them;
    # the dotted forms ``grouped`` (case-blind, as the scoped flag reads them): a trie of their
    # leading letters, not some hundred alternatives tried at every word of a whole text
    either = grouped(either, re.IGNORECASE)
    rx = re.compile(rf"(?<!\w)((?i:{either})|{DESIGNATORS})(?!\w)")
    return rx, {k: frozenset(v) for k, v in regions.items()}


def _form_regions(text: str) -> set[str]:
    """The foreign countries the legal forms of ``text``'s organisations name."""
    rx, regions = _designator_regions()
    out: set[str] = set()
    for m in rx.finditer(text):
        out |= regions.get(re.sub(r"\.\s+", ".", m.group(1)).casefold(), frozenset())
    return out - {"CZ", "SK"}


def _form_country_phone(blocks: Sequence[Block], hit: Hit | None, office: Office, address: str = "") -> Hit | None:
    """A labelled number no plan of ours reads and no country code marks ("cell. 347 128
    6604" from "Il Giornale … S.p.A."), read in the plans of the countries the legal form of
    the writer's organisation names (those of them the country domain of the sender's
    ``address`` is in, when any: "S.A." is Spanish and Polish, "…@….es" Spanish), or else that
    domain's ("tel. 788-123-456" from "…@….pl"): valid in exactly one of them. Never certain."""
    if hit is not None and hit.reason is not Reason.FOREIGN_PHONE:
        return hit
    regions, home = _form_regions("\n".join(b.text for b in blocks)), _address_plans(address) - {"CZ", "SK"}
    regions = (
        (regions & home)
        or regions
        or home
        or _placed_regions(blocks)
        or set(_language_plans("\n".join(b.text for b in blocks)))
    )
    if not regions:
        return hit
    for b in blocks:
        for ln in b.lines:
            # a phone's label, or a contact's ("Contact: Paweł Nowicki, 698 412 537")
            label = _PHONE_LABEL.search(ln.text) or _CONTACT_LABEL.search(ln.text)
            if hit is not None and (b.component, ln.no) != (hit.component, hit.line):
                continue  # a Slovak guess: its own line read again
            if label is None or (hit is None and _line_phones(ln.text, office)):
                continue
            found: dict[str, str] = {}
            for region in regions:
                for m in phonenumbers.PhoneNumberMatcher(ln.text, region, leniency=phonenumbers.Leniency.VALID):
                    if m.start > label.start() and not m.raw_string.startswith("+"):
                        found[region] = phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)
                        break
            if len(found) == 1:
                return Hit(next(iter(found.values())), b.component, ln.no, False, Reason.FORM_COUNTRY_PHONE)
    return hit


def _placed_regions(blocks: Sequence[Block]) -> set[str]:
    """The one foreign country the places of the writer's text put them in ("50-066
    Wrocław"), as a set of plans."""
    placed = places_country("\n".join(b.text for b in blocks))
    return {placed} if placed is not None and placed not in ("CZ", "SK") else set()


def _unverified(text: str) -> list[tuple[int, str]]:
    """Numbers written with a country code that the numbering plan does not know as assigned
    (a reserved or new range: "+44 7700 900412", "+353 91 555 0183"): still the applicant's
    number, read but never for certain (``_phone_hit``)."""
    out: list[tuple[int, str]] = []
    for m in phonenumbers.PhoneNumberMatcher(text, "ZZ", leniency=phonenumbers.Leniency.POSSIBLE):
        if m.raw_string.startswith("+") and not phonenumbers.is_valid_number(m.number):
            e164 = phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)
            out.append((m.start, e164))
    return out


@per_application(maxsize=1024)
def _verified(num: str) -> bool:
    try:
        return phonenumbers.is_valid_number(_parsed(num))
    except phonenumbers.NumberParseException:
        return False


@per_application(maxsize=1024)
def _parsed(num: str) -> phonenumbers.PhoneNumber:
    """``phonenumbers.parse`` of a number read (E.164), remembered within one application:
    the certainty checks parse the contact's number again (``_verified``, ``_plan_in_doubt``,
    ``_written_nationally``). Shared: the callers only read it, never change it."""
    return phonenumbers.parse(num)


def _cues_since(text: str, person: str | None, start: int) -> list[tuple[int, bool]]:
    """``_cues`` of the line from ``start`` on (the words after a contact label)."""
    return [c for c in _cues(text, person) if c[0] >= start]


def _phones_after(
    text: str, office: Office, start: int, person: str | None = None
) -> list[tuple[str, _PhoneKind]]:
    """``_phones`` of the line from ``start`` on, read from the whole line (remembered); with
    ``person``, a number written after someone else named since ``start`` is theirs."""
    found = _line_phones(text, office)
    kinds = _phones(text, office)  # one per number found
    cues = _cues_since(text, person, start) if person is not None and found else []
    return [
        (num, _PhoneKind.OTHER) if cues and _other_at(cues, off) else (num, kind)
        for (off, _), (num, kind) in zip(found, kinds, strict=True)
        if off >= start
    ]


def _emails_after(text: str, office: Office, start: int, person: str | None = None) -> list[str]:
    """The e-mail addresses of the line from ``start`` on; with ``person``, not one written
    after someone else named since ``start``."""
    low = text.lower()
    found = emails_in(text, office)
    cues = _cues_since(text, person, start) if person is not None and found else []
    offsets = ((e, low.find(e.split("@")[0].lower(), start)) for e in found)
    return [e for e, off in offsets if off >= 0 and not (cues and _other_at(cues, off))]


def _emails(text: str, office: Office, person: str | None) -> list[str]:
    """The e-mail addresses of ``text`` not written for someone other than ``person``."""
    found = emails_in(text, office)
    if not found:
        return found
    cues = _cues(text, person)
    low = text.lower()
    return [e for e in found if not _other_at(cues, max(0, low.find(e.split("@")[0])))]


_ZERO_RUN = re.compile(r"(?=[0])(?<![\d+.:/])0\d{1,3}(?:(?:[ /-]{0,2}|[ ][/-][ ])\d){6,9}(?!\d|\.\d)")
"""A number with a trunk zero ("0905 662 140", "02/5441 2233", "030 / 2 54 77-314": a slash or dash
set apart by spaces, as German letterheads write the area code; "06 30 412 5567": Hungary's
trunk prefix of two digits): no Czech number has one."""


def _best_phone(phones: Sequence[tuple[str, _PhoneKind]]) -> str | None:
    """The first of the person's own or neutral numbers, else a line with an extension;
    never the organisation's or another person's."""
    return next((n for n, k in phones if k in (_PhoneKind.OWN, _PhoneKind.NEUTRAL)), None) or next(
        (n for n, k in phones if k is _PhoneKind.EXTENSION), None
    )


_COLUMN_GAP = re.compile(r"\s{2,}|\t")


def _fragments(text: str) -> list[tuple[int, str]]:
    """(column, text) of the cells of a line laid out in columns by spaces."""
    out: list[tuple[int, str]] = []
    start = len(text) - len(text.lstrip())
    for m in [*_COLUMN_GAP.finditer(text, start), None]:
        end = m.start() if m else len(text)
        if end > start:
            out.append((start, text[start:end]))
        if m is None:
            break
        start = m.end()
    return out


def _continuation(lines: Sequence[Line], idx: int, col: int) -> str | None:
    """The cell text of line ``idx`` that starts in column ``col`` (±1): the continuation
    of a cell wrapped onto the next line of a table."""
    if idx >= len(lines):
        return None
    for c, frag in _fragments(lines[idx].text):
        if abs(c - col) <= 1:
            return frag
    return None


_ADDRESS_REST = re.compile(r"[a-z0-9][a-z0-9.-]{0,24}|\.[a-z0-9.-]{1,24}")
"""A fragment that may go on with a wrapped address below it in its cell ("ple", ".cz",
"-ostrava.cz"): lower case, no space, no "@"; a name or a word of the next row is none."""
_TRAILING_DIGITS = re.compile(r"\d[\d ]{1,12}$")
_LEADING_DIGITS = re.compile(r"^\d[\d ]{0,12}\d?")


def _wrapped(lines: Sequence[Line], idx: int, office: Office) -> tuple[list[str], list[str]]:
    """E-mails and phones whose cell wraps from line ``idx`` onto the next ones
    ("jana@moravsky-ku" / "ryr.example", "tel. 585 201" / "773")."""
    emails: list[str] = []
    phones: list[str] = []
    text = lines[idx].text
    if idx + 1 >= len(lines) or ("@" not in text and not _TRAILING_DIGITS.search(text)):
        return emails, phones
    whole = emails_in(text, office)
    for col, frag in _fragments(text):
        more = _continuation(lines, idx + 1, col)
        if more is None:
            continue
        low = frag.lower()
        if "@" in frag and not any(e in low for e in whole) and not emails_in(frag, office):
            joined = frag + more.strip()
            labelled = any(lines[j].text[:col].strip() for j in (idx, idx + 1))
            for nxt in range(idx + 2, min(idx + 4, len(lines)) + 1):
                further = _continuation(lines, nxt, col) if nxt < len(lines) else None
                if further is not None and labelled and lines[nxt].text[:col].strip():
                    further = None  # a row label after the cell's own: the next row begins
                labelled = labelled or (nxt < len(lines) and bool(lines[nxt].text[:col].strip()))
                if emails_in(joined, office) and (further is None or not _ADDRESS_REST.fullmatch(further.strip())):
                    emails += emails_in(joined, office)  # the cell ends: no more of an address below
                    break
                if further is None:
                    break
                joined += further.strip()
        head = _LEADING_DIGITS.match(more.strip())
        tail = _TRAILING_DIGITS.search(frag)
        if tail and _desk_words(frag[max(0, tail.start() - 40) : tail.start()], frag[max(0, tail.start() - 80) : tail.start()]):
            continue  # the organisation's number ("tel. ústředna 387 411" / "900")
        if head and tail and not phones_in(frag, office):
            phones += [n for _, n in phones_in(frag + " " + head.group(0), office)]
    return emails, phones


def _first_email(
    lines: Sequence[Line], block: Block, office: Office, person: str | None = None
) -> Hit | None:
    for ln in lines:
        es = _emails(ln.text, office, person)
        if es and person is not None:
            es = [e for e in es if not _spells_other(e, person, block.text)]
        if es:
            return Hit(es[0], block.component, ln.no)
    return None


def _phone_hit(num: str, block: Block, ln: Line, text: str) -> Hit:
    if not _verified(num):
        return Hit(num, block.component, ln.no, False, Reason.UNVERIFIED_PHONE)
    if num.startswith("+421") and not _slovak(text) and "+421" not in ln.text:
        return Hit(num, block.component, ln.no, False, Reason.FOREIGN_PHONE)
    return Hit(num, block.component, ln.no)


def _first_phone(
    lines: Sequence[Line],
    block: Block,
    office: Office,
    person: str | None = None,
    *,
    attribute: bool = False,
    language: str | None = None,
) -> Hit | None:
    """The first contact phone of ``lines`` (never the organisation's, nor one written for
    someone other than ``person`` when given); a labelled line's number in the Slovak plan
    when it is no Czech one ("tel. 02/5441 2233" in a Slovak letter), or in the plans of the
    language the block (or the whole letter: ``language``, for a signature of three lines)
    is written in ("Tel. 0171 2345678" in a German one, unsure)."""
    for ln in lines:
        num = _best_phone(_phones(ln.text, office, person, attribute=attribute))
        if num is not None:
            return _phone_hit(num, block, ln, block.text)
    for ln in lines:
        label = _PHONE_LABEL.search(ln.text)
        if label is None:
            continue
        kinds = dict(_phones(ln.text, office))  # a switchboard is nobody's own number
        for off, num in phones_in(ln.text, office, "SK"):
            if off > label.start() and kinds.get(num) is not _PhoneKind.ORGANIZATION:
                return _phone_hit(num, block, ln, block.text)
        if (language or written_in(block.text)) == "de":
            for off, num in _german_plans(ln.text):
                if off > label.start():
                    return Hit(num, block.component, ln.no, False, Reason.LANGUAGE_PHONE)
    return None


# ---------------------------------------------------------------- the labelled contact ---


@dataclass(frozen=True)
class _Anchor:
    block: Block
    idx: int
    person: Hit | None
    col: int
    """Where the label's value starts in its line (the value column of a form); the
    contact's details are read from there on (a footer line's cells before the label are
    not the contact's)."""


_SPACED_CELL = re.compile(r"\S+(?: \S+)*")


def _under_spaced_header(block: Block, idx: int) -> Hit | None:
    """A header row laid out with spaces (a PDF's table: "Kontaktní osoba      Telefon
    E-mail"): the person in the next row's cell that starts in the contact column."""
    cells = [(m.start(), m.group(0)) for m in _SPACED_CELL.finditer(block.lines[idx].text)]
    col = next((j for j, (_, c) in enumerate(cells) if _CONTACT_LABEL.fullmatch(c)), None)
    if col is None or len(cells) < 2:
        return None
    lo = cells[col][0] - 2
    hi = cells[col + 1][0] - 2 if col + 1 < len(cells) else 10**6
    row = [(m.start(), m.group(0)) for m in _SPACED_CELL.finditer(block.lines[idx + 1].text)]
    value = next((v for c, v in row if lo <= c < hi), None)
    name = person_name(value) if value and len(row) >= 2 else None
    return Hit(name, block.component, block.lines[idx + 1].no) if name else None


def _under_header(block: Block, idx: int) -> Hit | None:
    """A header row of a table ("Kontaktní osoba | Telefon | E-mail" as tab-separated cells,
    or laid out with spaces): the person in the contact column of the next row."""
    header = block.lines[idx].text
    if idx + 1 >= len(block.lines):
        return None
    if "\t" not in header:
        return _under_spaced_header(block, idx)
    cells = header.split("\t")
    col = next((j for j, c in enumerate(cells) if _CONTACT_LABEL.fullmatch(c.strip())), None)
    row = block.lines[idx + 1].text.split("\t")
    if col is None and _contact_table_head(cells) and not _titled(block, idx):
        return _under_name_column(block, idx)
    if col is None or col >= len(row) or len(row) != len(cells):
        return None
    name = person_name(row[col].strip())
    return Hit(name, block.component, block.lines[idx + 1].no) if name else None


_DETAIL_COLUMN = re.compile(
    r"(?i:e-?mail|mail|telefon|telefón|tel\.?|phone|mobil|mobile|handy|telefon\s+kom[óo]rkowy|"
    r"telefonszám|téléphone|telefono|teléfono)"
)
"""A table's column header for a person's e-mail or phone ("E-mail", "Telefon", "Phone")."""


def _titled(block: Block, idx: int) -> bool:
    """Whether a short title stands right above a table's header row ("Dodavatel serveru" /
    "Jméno | Telefon"): the table is that title's (a supplier's, a crew's), a contact heading's
    table is read by ``_labelled_under_heading``."""
    if idx == 0:
        return False
    above = block.lines[idx - 1].text.strip()
    return bool(above) and "\t" not in above and len(above.split()) <= 6 and not any(c.isdigit() for c in above)


def _contact_table_head(cells: Sequence[str]) -> bool:
    """A header row of a contacts table with no heading above it ("Příjmení, jméno | E-mail |
    Telefon" in a form): a name column, an e-mail or phone column and no role column (a crew
    list, "Jméno | Funkce | Telefon", names no contact)."""
    stripped = [c.strip() for c in cells]
    return (
        any(_NAME_COLUMN.fullmatch(c) for c in stripped)
        and any(_DETAIL_COLUMN.fullmatch(c) for c in stripped)
        and not any(_ROLE_COLUMN.fullmatch(c) for c in stripped)
    )


_SEGMENT = re.compile(r"\s[•·|]\s|;\s|[.!?]\s+|\t|(?<=\d)\s(?=(?:[^\W\d_]+\s){0,2}[^\W\d_]+\s?:\s)")
"""Where a later cell of a line may begin: a separator, the end of a sentence, a tab, or a
label of up to three words after a number ending the value of the one before ("… test:
192.0.2.250 technický kontakt: Adam …", a table cell of a PDF laid out in two columns)."""


def _label_value(text: str) -> tuple[str, int] | None:
    """The value of a contact label that starts ``text`` and where it starts: the set
    labels of ``_CONTACT_LABEL``, or a label cell whose words name a contact ("Kontaktní
    osoba (správce IT)", "Kontakt beze změny", "Žadatelka a kontaktní osoba") and no
    telephone, address, organisation, crew member or former contact."""
    m = _CONTACT_LABEL.match(text)
    if m is not None:
        return None if _OTHER_SIDE.search(text, 0, m.start("v")) else (m.group("v"), m.start("v"))
    head = text[:90].lower()
    if not _CONTACT_STEM.search(head):
        return None
    c = _LABEL_CELL.match(text)
    if c is None:
        return None
    label = c.group("l")
    name, role = own_role(label)
    if role and _CONTACT_WORD.search(role) and person_name(name):
        # "Jan Malý (kontakt): …" - the role marks the name before it, not the value after
        return (name, c.start("l")) if not _FORMER.search(role) else None
    if len(label.split()) > (11 if _SELF_END.search(label) else 7) or not _CONTACT_WORD.search(label):
        return None
    if _LABEL_NOT_PERSON.search(label) or _FORMER.search(label) or _CREW.search(label):
        return None
    if _OTHER_SIDE.search(label):
        return None
    return c.group("v"), c.start("v")


_SELF_END = re.compile(
    r"(?=[abcijst])\b(?:(?:is|am|ben|bin|jsem|som|jestem|suis|sono|soy)\s+"
    r"(?:me|myself|ik|ich|já|ja|moi|io|yo)|(?:c|that|it)['’]s?\s*(?:est\s+moi|me))\s*$",
    re.IGNORECASE,
)
"""A contact label ending by naming the writer before the colon ("The contact person for
this request is me:", "Contactpersoon voor deze aanvraag ben ik:", "Ansprechpartner für
den Antrag bin ich:"): the name after the colon is the writer's, the label may be long."""


@per_application(maxsize=4096)
def _labelled(text: str) -> tuple[str, int] | None:
    """A contact label at the start of the line, else in a later cell of it (a letterhead or
    footer: "Alfa, z.ú. • IČO … • kontakt: Jana Malá, …"). Returns the value and its offset.
    Remembered: the contact rules read the same lines for a label several times."""
    if (found := _label_value(text)) is not None:
        return found
    low = text.lower()
    if not _CONTACT_STEM.search(low) or _CONTACT_WORD.search(text) is None:
        return None
    for m in _SEGMENT.finditer(text):
        start = m.end()
        while start < len(text) and text[start] in " \t|•·":
            start += 1
        if (found := _label_value(text[start:])) is not None:
            if _role_of_named(text, m, start, found[1]):
                continue
            return found[0], start + found[1]
    return None


def _role_of_named(text: str, sep: re.Match[str], start: int, col: int) -> bool:
    """A role cell right after a cell naming a person in a row of cells ("Ivan Malý | správce
    sítě | +420 …"): that person's role, not a label of the cells after it."""
    if sep.group(0).strip() not in ("|", "•", "·") or ":" in text[start : start + col]:
        return False
    cell = re.split(r"\s[•·|]\s", text[: sep.start()])[-1]
    return person_name(cell.strip()) is not None


def _wrapped_person(block: Block, idx: int, col: int) -> str | None:
    """A name in the value column of the lines around a label whose own value cell holds
    none (a narrow PDF cell wraps "Ing. Kristián" / "Procházka, 518" above its label)."""
    lines = block.lines
    parts: list[str] = []
    for j in (idx - 2, idx - 1, idx, idx + 1):
        if 0 <= j < len(lines) and (j == idx or not lines[j].text[:col].strip()):
            frag = _continuation(lines, j, col)
            if frag:
                parts.append(frag.strip())
    return _first_person(" ".join(parts)) if parts else None


def _person_of_label(block: Block, i: int, value: str, col: int) -> Hit | None:
    """The person a contact label names: in its value, else on the next line (alone or
    labelled "Jméno:"), else wrapped round it in its column (unsure)."""
    ln = block.lines[i]
    if value.strip() and (persons := _persons(value)):
        if len(set(persons)) > 1:  # "Kontaktní osoby: Jan Malý (technika), Eva Nová (obsah)"
            return Hit(persons[0], block.component, ln.no, False, Reason.OTHER_PERSON)
        return Hit(persons[0], block.component, ln.no)
    for nxt in block.lines[i + 1 : i + 3]:
        if "\t" in nxt.text and any(_NAME_COLUMN.fullmatch(c.strip()) for c in nxt.text.split("\t")):
            break  # a table's header row ("Nom | Prénom | Téléphone"): the row below names the person
        pm = _PERSON_LABEL.match(nxt.text)
        if cand := person_name(pm.group("v") if pm else nxt.text):
            return Hit(cand, block.component, nxt.no)
    if not value.strip() and (listed := _listed_people(block.lines[i + 1 : i + 5])):
        # a heading over a list of people with their roles ("Contacts:" / "- primary: Adam
        # Reed, …" / "- backup: Beth Cole, …"): the first, unsure when others follow
        (no, first), others = listed[0], {p for _, p in listed[1:]} - {listed[0][1]}
        return Hit(first, block.component, no, not others, Reason.OTHER_PERSON if others else None)
    if value.strip() and (person := _wrapped_person(block, i, col)):
        return Hit(person, block.component, ln.no, False, Reason.WRAPPED)
    return None


def _listed_people(lines: Sequence[Line]) -> list[tuple[int, str]]:
    """The people of the list items that start ``lines`` ("- primary: Adam Reed, …",
    "• technik: Jan Malý, …"): each item's role cell and the first person of its value."""
    out: list[tuple[int, str]] = []
    for ln in lines:
        item = _LIST_ITEM.match(ln.text)
        if item is None:
            break
        c = _LABEL_CELL.match(ln.text[item.end() :])
        # an item without a role cell names the person first ("1) Mgr. Lucie Dvořáková, tel. …")
        value = c.group("v") if c is not None and "@" not in c.group("l") else ln.text[item.end() :]
        if (person := _first_person(value)) is None:
            break
        if c is not None and (_FORMER.search(c.group("l")) or _CREW.search(c.group("l"))):
            continue
        out.append((ln.no, person))
    return out


_LIST_ITEM = re.compile(r"^\s*(?:[-*•–]|\d{1,2}[.)])\s")


_HEAD_STEMS = (
    "kontakt", "contact", "osob", "person", "vyřizuj", "vybavuj", "ansprech", "odpovědn", "správce",
    "referente", "contatto", "contacto", "contato", "interlocut", "aanspreek", "kapcsolat", "yhteys",
    "responsible",
)  # fmt: skip
"""A quick test for a contact column's header among cells laid out with spaces."""
_HEAD_STEM = any_of(_HEAD_STEMS)


def _spaced_head(text: str) -> bool:
    low = text.lower()
    return "  " in text.strip() and _HEAD_STEM.search(low) is not None


_JOB_WORD = re.compile(r"(?=[sSaA])(?:správce|spravce|administrátor\w*|administrator)", re.IGNORECASE)
"""The words of ``_CONTACT_WORD`` that are also job titles ("správce sítě", "Network
administrator", "administrátor webu"): alone in a label, they name a job, not a contact."""
_STAFF_SPLIT = re.compile(r"\s[|•·–-]\s|,\s|\t")


def _job_label(text: str, col: int) -> bool:
    """Whether the label before ``col`` names a job and no contact: its only contact words
    are job titles ("správce sítě:", "IT administrator:"; not "Kontakt (správce sítě):")."""
    words = [m.group(0) for m in _CONTACT_WORD.finditer(text, 0, col)]
    return bool(words) and all(_JOB_WORD.fullmatch(w) for w in words)


def _staff_person(text: str) -> str | None:
    """The person of a line led by a role naming them with their details ("jednatelka:
    Pavla Křížová, 381 …"), not a contact label."""
    m = _ROLE_LED.match(text)
    if m is None or not _has_details(text):
        return None
    if (label := _labelled(text)) is not None and not _job_label(text, label[1]):
        return None
    return person_name(_STAFF_SPLIT.split(m.group("rest"))[0].strip())


def _others_staff_line(b: Block, idx: int, person: str) -> bool:
    """A staff list's line of another person than the contact, in a list of two or more
    ("správce sítě: Roman Bednář, 606 …, bednar@…" under the signer's): their details."""
    other = _staff_person(b.lines[idx].text)
    if other is None or _same_person(other, person):
        return False
    near = (j for j in (idx - 2, idx - 1, idx + 1, idx + 2) if 0 <= j < len(b.lines))
    return any(_staff_person(b.lines[j].text) is not None for j in near)


def _staff_job(b: Block, i: int, col: int) -> bool:
    """A job title labelling a line of a staff list ("správce sítě: Roman Bednář, 606 …"
    beside "jednatelka: Pavla Křížová, 381 …"): a job, no contact label (LABELS.md: the
    contact is the person named as such, else the signer)."""
    if not _job_label(b.lines[i].text, col):
        return False
    near = (j for j in (i - 1, i + 1, i - 2, i + 2) if 0 <= j < len(b.lines))
    return any(_staff_person(b.lines[j].text) is not None for j in near)


def _anchor(blocks: Sequence[Block], office: Office = CSU) -> _Anchor | None:
    """The labelled contact line; not one of the office's own text quoted in a document (its
    e-mail or number on the contact's lines: "Z e-mailu ČSÚ: Kontaktní osoba: …")."""
    for b in blocks:
        for i, ln in enumerate(b.lines):
            if ("\t" in ln.text or _spaced_head(ln.text)) and (below := _under_header(b, i)) is not None:
                return _Anchor(b, i, below, 0)
            found = _labelled(ln.text)
            if found is None or _office_contact(b.lines[i : i + 2], office) or _staff_job(b, i, found[1]):
                continue
            if (marked := _marked_contact_row(b, i)) is not None:
                return marked
            value, col = found
            person = _person_of_label(b, i, value, col)
            if person is None and (full := _label_in_full(blocks, b, i, value, office)) is not None:
                return full
            if person is None and not value.strip() and (under := _labelled_under_heading(b, i)) is not None:
                return under
            return _Anchor(b, i, person, col)
    return None


_MARKED_CONTACT = re.compile(
    r"\b(?:kontaktn[íiá]\s+osob\w*|kontaktn[ée]\s+osob\w*|contact\s+person|main\s+contact|"
    r"ansprechpartner\w*|kontaktperson\w*|osob[aąy]\s+(?:kontaktow\w*|do\s+kontaktu)|"
    r"kapcsolattart\w*|personne\s+de\s+contact|persona\s+di\s+contatto|persona\s+de\s+contacto)\b",
    re.IGNORECASE,
)
"""Words in a row's role cell marking that row's person as the contact ("technika
(kontaktní osoba pro žádost)", "Technik (Ansprechpartner für den Antrag)")."""
_NOT_MARKED = re.compile(r"\b(?:není|neni|nie\s+je|not|nicht|kein\w*|nie)\b", re.IGNORECASE)


def _marked_contact_row(b: Block, i: int) -> _Anchor | None:
    """Rows of one merged contacts cell ("Kontakty | redakce | Miluše Tesařová, …" /
    "Kontakty | technika (kontaktní osoba pro žádost) | Stanislav Pech, …"; a merged cell
    repeats its text or leaves the next rows empty) where the role cell of exactly one row
    marks its person as the contact: that row's person, from its last cell on."""
    head = b.lines[i].text.split("\t")
    if len(head) < 3:
        return None
    rows = [i]
    for j in range(i + 1, min(i + 6, len(b.lines))):
        cells = b.lines[j].text.split("\t")
        if len(cells) != len(head) or cells[0].strip() not in ("", head[0].strip()):
            break
        rows.append(j)
    marked = []
    for j in rows:
        cells = b.lines[j].text.split("\t")
        role = " ".join(cells[1:-1])
        if _MARKED_CONTACT.search(role) and not _NOT_MARKED.search(role) and not _FORMER.search(role):
            marked.append(j)
    if len(rows) < 2 or len(marked) != 1:
        return None
    ln = b.lines[marked[0]]
    col = ln.text.rfind("\t") + 1
    person = _first_person(ln.text[col:])
    return None if person is None else _Anchor(b, marked[0], Hit(person, b.component, ln.no), col)


def _labelled_under_heading(b: Block, i: int) -> _Anchor | None:
    """A bare contact heading (a sheet or section titled "Kontakt") whose rows below label
    the person again ("Žadatel\tRádio …" / "Kontakt\tOndřej Fiala\t380 …"): the first of the
    next three lines that labels a contact and names a person in its value."""
    for j in range(i + 1, min(i + 4, len(b.lines))):
        if "\t" in b.lines[j].text and j + 1 < len(b.lines) and (row := _contact_role_row(b, j)) is not None:
            return _Anchor(b, row[0], row[1], 0)
        if "\t" in b.lines[j].text and j + 1 < len(b.lines) and (named := _under_name_column(b, j)) is not None:
            return _Anchor(b, j + 1, named, 0)
        found = _labelled(b.lines[j].text)
        if found is None or not found[0].strip():
            continue
        person = _person_of_label(b, j, found[0], found[1])
        return _Anchor(b, j, person, found[1]) if person is not None else None
    return None


_NAME_COLUMN = re.compile(
    r"(?i)(?P<full>(?:celé\s+)?jméno(?:\s+a\s+příjmení)?|příjmení\s*(?:,|a|/)\s*jméno|"
    r"meno(?:\s+a\s+priezvisko)?|priezvisko\s*(?:,|a|/)\s*meno|(?:full\s+)?name|"
    r"(?:sur|last\s+|family\s+)name,?\s*(?:first|given)\s+name|name,\s*vorname|vor-?\s*(?:und\s+)?nachname|"
    r"nachname,\s*vorname|imię\s+i\s+nazwisko|nazwisko\s+i\s+imię|nom(?:\s+et\s+prénom)?|"
    r"nom\s+complet|név|nome(?:\s+e\s+cognome)?|nombre(?:\s+y\s+apellidos?)?)"
    r"|(?P<surname>příjmení|priezvisko|surname|last\s+name|family\s+name|nachname|nazwisko|"
    r"vezetéknév)"
    r"|(?P<given>křestní\s+jméno|krstné\s+meno|first\s+name|given\s+name|vorname|imię|"
    r"keresztnév|prénom)"
)
"""A table's column header that asks for a person's name: whole ("Jméno", "Příjmení, jméno",
"Name, Vorname", "Imię i nazwisko"), the surname alone or the given name alone."""


def _under_name_column(b: Block, j: int) -> Hit | None:
    """The person in the row below a header row (tab-separated cells) that has a name column
    under a contact heading (a sheet "Kontakt": "Příjmení, jméno | E-mail | Telefon" /
    "Zbořil, Lukáš | …"), surname first with a comma turned round; with a surname and a
    given-name column, the two joined given name first. Unsure when the next row names
    another person (a list of contacts: which one is meant is open)."""
    cells = [c.strip() for c in b.lines[j].text.split("\t")]
    name = _row_person(cells, b.lines[j + 1].text)
    if name is None:
        return None
    other = _row_person(cells, b.lines[j + 2].text) if j + 2 < len(b.lines) else None
    if other is not None and other != name:
        return Hit(name, b.component, b.lines[j + 1].no, False, Reason.OTHER_PERSON)
    return Hit(name, b.component, b.lines[j + 1].no)


_ROLE_COLUMN = re.compile(
    r"(?i:role|úloha|uloha|funkce|funkcia|pozice|pozícia|rolle|funktion|position|function|rola|"
    r"funkcja|szerep|beosztás|fonction|rôle|ruolo|rol|función|functie)"
)
"""A table's column header for a person's role ("Role", "Funkce", "Rolle", "Rola")."""


def _contact_role_row(b: Block, j: int) -> tuple[int, Hit] | None:
    """The row of a contacts table (a header row with a name column and a role column, the
    rows of people under it) whose role cell says the person is the contact ("Hrubý Aleš |
    kameraman | …" / "Nováková Iveta | kontaktní osoba pro žádost | …"): that person, when
    exactly one row's role says so."""
    cells = [c.strip() for c in b.lines[j].text.split("\t")]
    col = next((k for k, c in enumerate(cells) if _ROLE_COLUMN.fullmatch(c)), None)
    if col is None:
        return None
    found: list[tuple[int, str]] = []
    for k in range(j + 1, len(b.lines)):
        row = [c.strip() for c in b.lines[k].text.split("\t")]
        name = _row_person(cells, b.lines[k].text)
        if name is None:
            break
        if _CONTACT_LABEL.match(row[col]) and not _FORMER.search(row[col]):
            found.append((k, name))
    if len(found) != 1:
        return None
    k, name = found[0]
    return k, Hit(name, b.component, b.lines[k].no)


def _row_person(cells: Sequence[str], line: str) -> str | None:
    """The person a table's row names in the name columns of its header ``cells``."""
    row = [c.strip() for c in line.split("\t")]
    if len(row) != len(cells):
        return None
    kinds: dict[str | None, int] = {}
    for k, c in enumerate(cells):
        if (m := _NAME_COLUMN.fullmatch(c)) is not None:
            kinds.setdefault(m.lastgroup, k)
    surname, given = kinds.get("surname"), kinds.get("given")
    if surname is None and given is not None:
        surname = kinds.get("full")  # "Nom | Prénom": beside a given-name column, the surname
    elif given is None and surname is not None:
        given = kinds.get("full")  # "Příjmení | Jméno": beside a surname column, the given name
    if surname is not None and given is not None and surname != given:
        family = row[surname].strip()
        family = family.title() if family.isupper() and _VOWEL.search(family) else family
        return person_name(f"{row[given].strip()} {family}")
    # a surname in capitals ("HORÁKOVÁ Jitka", "Jan NOVÁK") read given name first
    return person_name(surname_first(_capitals_surname(row[kinds["full"]].strip()))) if "full" in kinds else None


_SURNAME_PREFIX = (
    r"(?i:" + _ADDRESS_FORM.pattern + "|" + _FORM_OF_ADDRESS.pattern
    + r"|Hr|Fr|Ing|Mgr|Bc|MgA|BcA|PhDr|JUDr|RNDr|MUDr|PaedDr|Dr|doc|prof)\.?\s+"
)
_SURNAME_VALUE = re.compile(
    rf"^\s*(?:{_SURNAME_PREFIX})*(?!{_SURNAME_PREFIX})(?P<s>{_NAME_WORD})(?![\w'’-])"
    # a surname, not a given name before one ("Ing. Libor Hrubý"); a next label may follow
    rf"(?!\s+{_NAME_WORD}(?![\w'’-])(?!\s?:))"
)
"""A label's value that starts with a surname alone ("Vyřizuje: Ing. Hrubý Datum: …",
"Bearbeiter: Hr. Lang")."""


def _label_in_full(
    blocks: Sequence[Block], b: Block, i: int, value: str, office: Office
) -> _Anchor | None:
    """A contact label naming someone by the surname alone (a letterhead's "Vyřizuje: Ing.
    Hrubý"), and a later contact label of the texts naming the person of that surname in
    full ("Kontaktní osoba: Ing. Libor Hrubý, tel. …"): the later label, with its details;
    unsure when it names another surname."""
    m = _SURNAME_VALUE.match(value)
    if m is None or person_name(f"Jan {m.group('s')}") is None:
        return None
    surname = _fold(m.group("s"))
    rest = [(b, j) for j in range(i + 1, len(b.lines))]
    rest += [(x, j) for x in blocks[blocks.index(b) + 1 :] for j in range(len(x.lines))]
    for blk, j in rest:
        found = _labelled(blk.lines[j].text)
        if found is None or _office_contact(blk.lines[j : j + 2], office):
            continue
        person = _person_of_label(blk, j, *found)
        if person is None or " " not in person.value:
            continue
        if _fold(person.value.split()[-1]) != surname:  # another person: which one is meant is open
            person = dataclasses.replace(person, certain=False, reason=Reason.OTHER_PERSON)
        return _Anchor(blk, j, person, found[1])
    return None


def _office_contact(lines: Sequence[Line], office: Office) -> bool:
    """The office's own e-mail address or phone number on these lines (a reply header naming
    the office's sender is no contact of it)."""
    text = "\n".join(ln.text for ln in lines if not is_reply_header(ln.text))
    if "@" in text and any(
        is_office_address(m.group(0), office) for m in _EMAIL_TOKEN.finditer(text)
    ):
        return True
    digits = _NON_DIGIT.sub("", text)
    if not any(p[-5:] in digits for p in office.phone_prefixes):
        return False  # none of the office's numbers can be here: skip the phone matcher
    return any(
        num.startswith(office.phone_prefixes) for _, num in phones_in(text, office=_NO_OFFICE)
    )


_NON_DIGIT = re.compile(r"\D+")


# ---------------------------------------------------------------- contact sentences ------

_PROSE = re.compile(
    r"(?=[abcijkoprtz])(?:kontaktn(?:[íi]|ou|á|a)\s+osob(?:ou|a)(?:\s+[^\W\d_]+){0,5}?\s+(?:je|bude)|"
    # the verb first: "Nově je kontaktní osobou …", "od září bude kontaktnou osobou …"
    r"(?:je|bude)\s+(?:(?:nově|nove|nyní|nyni|teraz|odteraz|teď|ted)\s+)?kontaktn(?:[íi]|ou)\s+osob(?:ou)|technick\w+\s+(?:záležitosti|stránku)\s+"
    r"(?:má\s+na\s+starosti|zajišťuje|odpovídá)|za\s+technickou\s+stránku\s+odpovídá|"
    r"(?:contact\s+person|technical\s+contact|point\s+of\s+contact)"
    rf"(?:\s+(?-i:[{_LOW}]+)){{0,4}}?\s+(?:is|will\s+be)|"
    # the same role in our foreign senders' languages (German, Polish, French, Dutch, Spanish)
    r"(?:ansprechpartner(?:in)?|ansprechperson|kontaktperson|osob[aą]\s+(?:kontaktow[aą]|do\s+kontaktu)|"
    r"personne\s+de\s+contact|interlocut(?:eur|rice)|contactpersoon|persona\s+de\s+contacto|"
    r"referente|persona\s+di\s+contatto)"
    # lower-case words may stand between the role and its verb ("Osobą kontaktową w tej
    # sprawie jest …", "Ansprechpartnerin für diese Anfrage ist …")
    rf"(?:\s+(?-i:[{_LOW}]+)){{0,4}}?\s+"
    r"(?:ist|wird\s+sein|jest|będzie|est|sera|is|es|será|è|sarà))\s+"
    r"(?:(?-i:[a-záčďéěíňóřšťúůýžľĺŕôä][\w.]*|[A-Z]{2,4}):?\s+){0,6}?"
    r"(?:pan\s+|paní\s+|pani\s+|kolega\s+|kolegyně\s+|Mr\.?\s+|Ms\.?\s+|Mrs\.?\s+|Frau\s+|Herrn?\s+|"
    r"Fr\.\s+|Hr\.\s+|Madame\s+|Monsieur\s+|Mme\.?\s+|M\.\s+|Señora?\s+|mevrouw\s+|meneer\s+)?"
    r"(?:(?:Ing|Mgr|Bc|MgA|BcA|PhDr|JUDr|RNDr|MUDr|PaedDr|Dr|doc|prof)\.\s*)*"
    rf"(?P<v>(?-i:[{_UP}][{_LOW}])[^,;()\n]{{1,58}})",
    re.IGNORECASE,
)
"""A contact named in a set phrase, after words that describe them ("Kontaktní osobou je
vedoucí našeho datového týmu Veronika Malá", "… bude náš technik pan Martin Bláha")."""


_LOOSE = re.compile(
    r"\b(?:(?:kontakt\w*|contact)\b[^.;:\n]{0,40}?\s(?:je|bude|is|will\s+be)|"
    r"(?:kontakt(?:ní\s+osoba)?|kontaktná\s+osoba|contact(?:\s+person)?)\b|"
    r"(?:questions|dotaz\w*|obra[ťc]\w*|direct|reach|kontaktujte|volejte|call)\b[^.\n]{0,60}?"
    r"(?=\b(?:Mr|Ms|Mrs|Dr|pan|paní|pana|Ing|Mgr)\b))\s*"
    r"(?:pan\s+|paní\s+|(?P<acc>pana\s+)|Mr\.?\s+|Ms\.?\s+|Mrs\.?\s+|Dr\.?\s+|Ing\.\s+|Mgr\.\s+)?"
    r"(?P<v>[^\W\d_][\w'’-]+(?:\s+[^\W\d_][\w'’-]+){1,2})",
    re.IGNORECASE,
)
"""A contact named in a looser sentence ("our contact in all technical matters is Mr …",
"kontakt Jan Lukeš 606 …"): taken, never for certain."""

_TITLE_WORDS = (
    r"(?:(?:pan|paní|pana|panu|pánovi|kolega|kolegu|kolegovi|kolegyně|kolegyni|kolegou|kolegyňa|kolegyňu|"
    r"Mr\.?|Ms\.?|Mrs\.?|"
    r"Dr\.?|Ing\.|"
    # the forms of address of the languages a foreign medium writes in
    r"Mgr\.|Bc\.|Herrn?|Frau|panem|panią|pani|M\.|Mme\.?|Monsieur|Madame|sig\.(?:ra)?|"
    r"signor[ae]?|dott\.(?:ssa)?|Sra?\.|señora?|heer|mevrouw|dhr\.|mevr\.)\s+)*"
)
_VERB = re.compile(
    r"(?=[abcdefghijklmopqrsvwz])\b(?:(?P<nom>vyřizuje|vyřídí|vybavuje|zajišťuje|zajistí|odpoví|odpovídá|zodpovídá|"
    # one who acts in the matter: "Ve věci jedná …", "V této záležitosti za nás jedná …",
    # "Vo veci koná …" (not "za společnost jedná jednatel …": the statutory body)
    r"(?<=\s)(?:věci|veci|záležitosti|zalezitosti)(?:\s+za\s+(?:nás|nas))?\s+"
    r"(?:jedná|jedna|bude\s+jednat|koná|kona|bude\s+konať)|"
    r"má\s+na\s+starosti|(?:answered|handled|dealt\s+with)\s+by|handles|contact|reach|"
    # a referral in a language that does not decline names: "wenden Sie sich bitte an",
    # "veuillez contacter", "rivolgervi al", "diríjanse por favor a la", "contactar con"
    r"wenden(?:\s+[^\W\d_]+){0,5}?\s+an|kontaktieren(?:\s+Sie)?|contacte[rz]|adresse[rz]-vous\s+à|"
    r"rivolg\w*(?:\s+[^\W\d_]+){0,2}?\s+(?:a|al|alla)|contatta\w*|"
    r"dir[ií]j\w*(?:\s+[^\W\d_]+){0,3}?\s+(?:a|al)(?:\s+la)?|contactar(?:\s+con)?|"
    # getting in touch, the office's answers sent to a person: "get in touch with our …",
    # "send any replies to", "Antworten bitte an"
    # "direct all communication to", "send any enquiries to", "richten Sie alle Anfragen an"
    r"(?:get|be|keep)\s+in\s+touch\s+with|"
    # the one to settle things with: "please deal with my colleague …", "liaise with our …"
    r"(?:deal|liaise|coordinate)\s+(?:directly\s+|only\s+)?with|"
    # questions referred to a person: "for any question please refer to", "with queries turn
    # to", "for more information speak to" (not "for the addresses refer to Annex Two")
    r"(?:questions?|quer(?:y|ies)|enquir(?:y|ies)|inquir(?:y|ies)|issues?|problems?|information)\b"
    r"[^.\n]{0,40}?\b(?:refer|turn|speak|talk)\s+(?:directly\s+|only\s+)?to|"
    r"(?:send|address|direct|forward|refer)\s+"
    # with any words qualifying what is sent: "all practical and technical questions"
    r"(?:(?-i:[a-z]+)\s+){0,5}?"
    r"(?:repl(?:y|ies)|answers?|questions|queries|correspondence|communications?|enquir(?:y|ies)|"
    r"inquir(?:y|ies)|requests?|matters|messages)\s+to|antwort\w*\s+(?:bitte\s+)?an|"
    r"richten\s+sie(?:\s+[^\W\d_]+){0,3}?\s+an|"
    # a person designated for the matter: "pro komunikaci je určena kolegyně …", "je pověřen"
    r"(?:je|bude|jest|będzie|is|has\s+been)\s+(?:určen\w*|urcen\w*|pověřen\w*|poveren\w*|"
    r"wyznaczon\w*|designated|assigned)(?:\s+to)?)|"
    r"(?P<acc>obra[ťc]\w*(?:\s+se)?(?:\s+[^\W\d_]+){0,2}?\s+na|(?:kontaktujte|kontaktovat|"
    r"kontaktuj|oslovte)(?:\s+(?-i:[a-záčďéěíňóřšťúůýž]+)){0,2}?|"
    # questions directed to a person: "dotazy prosím směřujte na …", "otázky smerujte na …"
    r"(?:sm[ěe][rř](?:ujte|ovat|ovať)|adresujte|pos[ií]lejte|zas[ií]lejte|pi[šs]te|posielajte|pí[šs]te)"
    r"(?:\s+(?:prosím|prosim|prosíme|prosime|laskavo|přímo|primo|priamo))*\s+na|"
    # Polish "pytania prosimy kierować do Pana Adama …", "proszę zwracać się do" (genitive)
    r"(?:kierowa[cć]|kierujcie|kieruj|zwraca[cć]\s+si[eę]|zwróci[cć]\s+si[eę]|zwroci[cć]\s+si[eę])"
    r"(?:\s+(?:bezpośrednio|bezposrednio|proszę|prosze|prosimy))*\s+do)|"
    r"(?P<ins>zastoupen\w*(?:\s+[^\W\d_]+){0,4}?|"
    # "spojte se s …", also with the reflexive first: "se prosím spojte přímo s …"
    r"(?:spojte\s+se|se\s+(?:(?:prosím|prosim|laskavě)\s+)?spojte)(?:\s+(?:prosím|prosim|přímo|primo|rovnou))*\s+s|"
    r"represented\s+by|"
    r"(?:s?kontaktowa\w*|skontaktuj\w*)\s+się\s+z|kontakt\s+z)|"
    r"(?P<dat>(?:(?:odpov[ěe]\w*|odpove\w*)\s+(?:prosím\s+|prosim\s+)?)?(?:pos[ií]lejte|zas[ií]lejte|"
    r"za[šs]lete|po[šs]lete|adresujte|posielajte|za[šs]lite|po[šs]lite)"
    # the words that may follow the verb before the person: "posílejte prosím přímo Mgr. …"
    r"(?:\s+(?:prosím|prosim|prosíme|prosime|laskavě|laskavo|přímo|primo|priamo|vždy|už|rovnou))*))\s+"
    # a role in apposition before the name: "our IT manager, Priya …", "našemu technikovi, panu …"
    # or without a comma: "my PhD student Daniel …", "mého doktoranda Ondřeje …"
    r"(?:(?:our|my|náš\w*|naš\w*|unser\w*|mein\w*|nasz\w*|m[éůô]\w*|moj\w*)\s+(?:[\w-]+\s+){0,3}?[\w-]+,?\s+)?"
    + _TITLE_WORDS
    + rf"(?P<v>(?-i:[{_UP}])[\w'’-]+(?:\s+(?-i:[{_UP}])[\w'’-]+){{1,2}})",
    re.IGNORECASE,
)
"""A sentence whose verb gives the contact: one who handles the matter or whom the office is
to get in touch with or send its answers to, in a language that does not decline names (a
name in the nominative), one to turn to (accusative), who represents the applicant
(instrumental) or whom the office's answers go to (dative)."""


_PROSE_WORDS = (
    "kontakt", "contact", "technick", "questions", "dotaz", "obra", "direct", "reach",
    "volejte", "call", "vyří", "vybav", "zajiš", "zajist", "odpov", "starosti", "answered",
    "handle", "dealt", "zastoup", "spojte", "represent", "oslov", "touch", "ozv", "volaj", "piš",
    "píš", "ring", "phone", "ansprech", "interlocut", "wenden", "kontaktier", "kontaktow",
    "skontaktuj", "referent", "adressez", "adresser", "rivolg", "contatt", "diríj", "dirij", "repl", "answer",
    "queries", "correspondence", "antwort", "odpove", "communicat", "enquir", "inquir", "richten",
    "určen", "urcen", "pověř", "pover", "wyznacz", "designat", "assigned", "směřujte", "směrujte",
    "smerujte", "směřovat", "smerovat", "smerovať", "adresujte",
    "posílejte", "posilejte", "zasílejte", "zasilejte", "pište", "piste", "posielajte", "kieruj",
    "kierowa", "zwraca", "zwróci", "zwroci", "dispozic", "dispozíc", "available", "verfügung", "dyspozycj",
    "refer", "turn", "speak", "talk", "deal", "liaise", "coordinat", "věci ", "veci ", "záležitosti ",
    "zalezitosti ", "kapcsolat",
)  # fmt: skip
"""A quick test before the sentence patterns: one of these is in every line they match."""


_PROSE_WORD = re.compile(grouped("|".join(map(re.escape, _PROSE_WORDS))))
"""Any of ``_PROSE_WORDS`` (literals: a search finds one wherever ``in`` would)."""


@per_application(maxsize=2048)
def _hinted(text: str) -> bool:
    """Remembered within one application (``memo.per_application``): the rules ask it
    of the same lines again and again."""
    return _PROSE_WORD.search(text.lower()) is not None


_SENTENCE_END = re.compile(r"[.!?:;]\s*$")


def _run_on(b: Block, i: int) -> str | None:
    """Line ``i`` with the next one when its sentence runs on there (a mail or PDF line
    wrapped mid-sentence: "Kontaktní osobou pro vyřízení je" / "Mgr. Šárka Němcová, …")."""
    text = b.lines[i].text.rstrip()
    if i + 1 >= len(b.lines) or len(text) < 30 or _SENTENCE_END.search(text):
        return None
    nxt = b.lines[i + 1].text.strip()
    return f"{text} {nxt}" if nxt else None


def _place(b: Block, i: int, off: int) -> tuple[int, int]:
    """The line and column of offset ``off`` of line ``i`` read on into the next line."""
    head = len(b.lines[i].text.rstrip()) + 1
    if off < head:
        return i, off
    nxt = b.lines[i + 1].text
    return i + 1, off - head + len(nxt) - len(nxt.lstrip())


def _prose_anchor(blocks: Sequence[Block], office: Office, also: Sequence[Block] = ()) -> _Anchor | None:
    """``Kontaktní osobou je Jan Malý (…)``: a contact named in a sentence (certain only in
    the set phrases of ``_PROSE``), also one that runs on into the next line."""
    hinted = [
        (b, i, ln) for b in blocks for i, ln in enumerate(b.lines) if _hinted(ln.text)
    ]
    for rx in (_PROSE, _VERB, _LOOSE):
        for b, i, ln in hinted:
            if (found := _prose_match(rx, b, i, ln.text, office, [*blocks, *also])) is not None:
                return found
        for b, i, _ in hinted:
            if (text := _run_on(b, i)) is not None and (
                found := _prose_match(rx, b, i, text, office, [*blocks, *also])
            ):
                return found
    return None


def _prose_match(
    rx: re.Pattern[str], b: Block, i: int, text: str, office: Office, pool: Sequence[Block] = ()
) -> _Anchor | None:
    ln = b.lines[i]
    for m in rx.finditer(text):
        if _FORMER.search(text, max(0, m.start() - 25), m.start("v")):
            continue  # "our previous contact Mark …", "dřívější kontakt …"
        if _grantors_representative(m, b):
            continue  # "zastoupená jednatelem …, zmocňuje paní …": the principal, no contact
        at, col = _place(b, i, m.start("v")) if len(text) > len(ln.text) else (i, m.start("v"))
        hit = _sentence_person(rx, m, b, b.lines[at], office, pool)
        if hit is None and m.end("v") == len(text.rstrip()) and at + 1 < len(b.lines):
            hit = _wrapped_sentence_person(m.group("v"), b, b.lines[at + 1])
        if hit is not None and _aside_at(b.lines[at].text, hit.value.split()[0], m.start("v")):
            continue  # "bude místo Ing. X paní Y": X is the one replaced
        if hit is not None:
            return _Anchor(b, at, hit, col)
    return None


_GRANTS_POWER = re.compile(
    r"\b(?:zmocňuj\w*|zmocnuj\w*|splnomocňuj\w*|splnomocnuj\w*|plnou\s+moc|plná\s+moc|"
    r"plné\s+moci|bevollmächtig\w*|bevollmachtig\w*|"
    r"vollmacht\w*|power\s+of\s+attorney|hereby\s+(?:authori[sz]es?|appoints?|empowers?)|"
    r"pełnomocnictw\w*|udziela\w*\s+pełnomocnictw\w*|plnomocenstv\w*|plnú\s+moc|upoważnia\w*|"
    r"procuration|donne\s+pouvoir|meghatalmaz\w*|conferisc\w*\s+(?:una\s+)?procura|"
    r"otorga\w*\s+(?:un\s+|el\s+)?poder|volmacht\w*)\b",
    re.IGNORECASE,
)
"""Words of a document that grants a power of attorney ("zmocňuje", "plná moc", "hereby
authorises", "Vollmacht", "splnomocňuje", "pełnomocnictwo")."""
_BY_POWER = re.compile(r"\b(?:moc\w*|zmocn\w*|zmocň\w*|splnomoc\w*|attorney|proxy|agent|vollmacht\w*|bevollm\w*)\b", re.IGNORECASE)
"""Words of representation by an agent ("zastoupená na základě plné moci", "zmocněncem",
"represented by its attorney"): the agent, unlike the statutory body, acts in the matter."""


def _grantors_representative(m: re.Match[str], b: Block) -> bool:
    """The representative of a sentence's "zastoupen(á) …" / "represented by …" in a document
    granting a power of attorney: the statutory body of the principal who grants it
    ("Rozhlas Brdy s.r.o., zastoupená jednatelem Ing. Karlem Stejskalem, zmocňuje paní …"),
    not the agent who handles the matter, unless represented by that power itself."""
    ins = (m.groupdict().get("ins") or "").lower()
    if not ins.startswith(("zastoup", "zastúp", "represented")) or _BY_POWER.search(ins):
        return False
    return _GRANTS_POWER.search(b.text) is not None


_AGENT_ROLE = re.compile(
    r"\b(?:zmocněn(?:ec|ce|cem|ci|á|é|ou|ý)|zmocnen(?:ec|ce|cem|ci|a|e|ou|y)|splnomocnen\w*|splnomocněn\w*|"
    r"pověřen\w*\s+osob\w*|poveren\w*\s+osob\w*|authori[sz]ed\s+(?:person|representative|agent)|"
    r"(?:attorney|agent|proxy)\s+(?:named|designated|appointed)|"
    r"bevollmächtigt\w*|bevollmachtigt\w*|pełnomocnik\w*|pelnomocnik\w*|meghatalmazott\w*)\b",
    re.IGNORECASE,
)
"""A contact referred to by the role of the agent a power of attorney appoints ("kontaktní
osoba: zmocněnec dle přílohy", "pověřená osoba uvedená v plné moci", "the authorised person",
"der Bevollmächtigte", "pełnomocnik", "splnomocnenec")."""
_AGENT_NAME = rf"(?P<v>(?-i:{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}}))(?![\w'’-])"
_GRANTED = re.compile(
    # the accusative: "zmocňuje pana Radka Čiháka", "splnomocňuje pána Mareka Kováča"
    r"(?:\b(?P<acc>(?:zmocňuj\w*|zmocnuj\w*|splnomocňuj\w*|splnomocnuj\w*)(?:\s+(?:tímto|timto|týmto|tymto))?"
    r"\s+(?:pana|paní|pani|pána|pániu|Ing\.|Mgr\.|Bc\.|JUDr\.|Dr\.|PhDr\.|RNDr\.|\s)+)|"
    # Polish declines as Czech does: "upoważnia Pana Adama Nowaka"
    r"\b(?P<pacc>upoważnia\w*(?:\s+(?:niniejszym|tym\s+samym))?\s+(?:Pana|Panią|Pania|Dr\.|\s)+)|"
    # the dative: "uděluje plnou moc panu …", Polish "udziela pełnomocnictwa Panu Piotrowi …"
    r"\b(?P<dat>(?:uděluj\w*|udeluj\w*|uděli\w*|udziela\w*)\s+(?:plnou\s+moc|pełnomocnictw\w*|"
    r"pelnomocnictw\w*)\s+(?:panu|paní|pani|pánovi|Panu|Pani|Ing\.|Mgr\.|Dr\.|\s)+)|"
    # a language that does not decline names: "hereby authorises Mr …", "bevollmächtigt Herrn …"
    r"\b(?P<nom>(?:authori[sz]es?|appoints?|empowers?|bevollmächtig\w*|bevollmachtig\w*)"
    r"(?:\s+(?:hiermit|hereby))?\s+(?:Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Herrn?|Frau|"
    # the agent's profession before the name ("Herrn Rechtsanwalt Stefan Roth", "attorney")
    r"Rechtsanw[äa]lt(?:in)?|RA|Notar(?:in)?|attorney(?:-at-law)?|lawyer|solicitor|\s)+)|"
    # French: "donne pouvoir à Mme Sophie Laurent", "donne procuration à M. …"
    r"\b(?P<fr>donne\w*\s+(?:pouvoir|procuration|mandat)\s+(?:à|a)\s+(?:M\.|Mme|Mlle|Monsieur|Madame|\s)+)|"
    # Italian, Spanish: "conferisce procura alla Sig.ra Giulia Rota", "otorga poder a D. Javier Soto"
    r"\b(?P<it>conferisc\w*\s+(?:una\s+)?procura\s+(?:a|al|alla|allo)\s+"
    r"(?:Sig\.(?:ra)?|Sig(?:nor[ae]?)?|Dott\.(?:ssa)?|\s)+)|"
    r"\b(?P<es>otorga\w*\s+(?:un\s+|el\s+)?poder\s+(?:a|al)\s+(?:D\.|Dña\.|Don|Doña|Sr\.|Sra\.|\s)+))"
    + _AGENT_NAME,
    re.IGNORECASE,
)
"""The agent a power of attorney appoints, after the verb of granting it and a form of
address, in the case the verb governs."""


def _granted_to(blocks: Sequence[Block]) -> Hit | None:
    """The one person the attached power(s) of attorney of ``blocks`` appoint(s) as agent, in
    the nominative; None when none or several."""
    found: dict[str, Hit] = {}
    for b in blocks:
        if _GRANTS_POWER.search(b.text) is None:
            continue
        for m in _GRANTED.finditer(b.text):
            case = "acc" if m.group("acc") or m.group("pacc") else "dat" if m.group("dat") else "nom"
            written = " ".join(m.group("v").split())
            name = written if case == "nom" else _agent_nominative(written, case, blocks)
            line = b.lines[b.text.count("\n", 0, m.start("v"))].no
            found.setdefault(_fold(name), Hit(name, b.component, line, False, Reason.POWER_AGENT))
    return next(iter(found.values())) if len(found) == 1 else None


def _agent_nominative(written: str, case: str, blocks: Sequence[Block]) -> str:
    """An agent's declined name turned back: as the text writes it elsewhere in the
    nominative, or by its endings (Polish datives "Piotrowi Nowakowi" lose "owi")."""
    if case == "dat" and all(w.endswith("owi") for w in written.split()):
        return " ".join(w[:-3] for w in written.split())
    return _written_nominative(written, case, blocks) or _nominative(written, case)


def _power_agent(t: _Texts) -> Hit | None:
    """The contact the text refers to only by the role of the agent of an attached power of
    attorney ("Kontaktní osoba zmocněnec dle přílohy"): the person that power appoints, not
    the grantor who signs it; never for certain."""
    blocks = [*t.own, *t.signature]
    if not any(
        (_AGENT_ROLE.search(ln.text) or _SEE_POWER.search(ln.text)) and not _GRANTED.search(ln.text)
        for b in blocks
        for ln in b.lines
    ):
        return None
    return _granted_to(blocks)


_SEE_POWER = re.compile(
    r"\b(?:kontakt\w*|contact\w*|contatt\w*|ansprechpartner\w*|kapcsolat\w*)\b[^.\n]{0,30}?"
    r"\b(?:viz|vizte|pozri|see|siehe|patrz|zob\.|lásd|voir|vedi|véase|vease|ver|zie)\b[^.\n]{0,20}?"
    r"\b(?:pln[áéouí]\w*\s+mo[cc]\w*|power\s+of\s+attorney|vollmacht|pełnomocnictw\w*|pelnomocnictw\w*|"
    r"meghatalmaz\w*|procuration|splnomocnen\w*|plnomocenstv\w*|procura|poder|volmacht)",
    re.IGNORECASE,
)
"""A contact label that points to the attached power of attorney for the person ("Kontakt
viz plná moc", "contact: see the power of attorney", "Ansprechpartner siehe Vollmacht")."""


_ADDRESSED = re.compile(
    r"\b(?:(?P<acc>obra[ťc]\w*(?:\s+[^\W\d_]+){0,2}?\s+na|kontaktuj\w*|kontaktovat|oslovte|"
    r"volejte|zavolejte)|(?:contact|reach|call|ask|write\s+to)|"
    # the office's answers sent to a person (dative): "odpověď prosím pošlete panu Benešovi"
    r"(?P<dat>pos[ií]lejte|zas[ií]lejte|za[šs]lete|po[šs]lete|posielajte|za[šs]lite|po[šs]lite))\s+"
    r"(?:(?:prosím|prosim|please|přímo|primo|priamo|directly|rovnou|laskavě|laskavo)\s+)*"
    r"(?:pana|pána|pan|pán|paní|pani|kolegu|kolegyni|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Ing\.|Mgr\.|"
    r"(?(dat)(?:panu|pánovi|pánu|kolegovi)|(?!)))\s+"
    rf"(?P<v>(?-i:[{_UP}][{_LOW}'’-]+))(?![\w'’-]|\s+(?-i:[{_UP}][{_LOW}]))",
    re.IGNORECASE,
)
"""A sentence directing the office to a person by a form of address and the surname alone
("obracejte se prosím na pana Holečka", "kontaktujte paní Novotnou", "please contact Mr
Whitlock", "reach Ms" / "Okafor", "odpověď pošlete panu Benešovi")."""
_ADDRESSED_STEMS = ("obra", "kontakt", "oslov", "volej", "contact", "reach", "call", "ask", "write")
_CONTACT_OR_ADDRESSED = any_of((*_CONTACT_STEMS, *_ADDRESSED_STEMS))
_ADDRESSED_SENT = ("lejte", "šlete", "slete", "šlite", "slite", "sielajte")
"""Stems of the verbs of sending the answers to a person (the dative of ``_ADDRESSED``)."""
_ADDRESSED_ONE = re.compile(
    r"\b(?:(?P<acc>obra[ťc]\w*(?:\s+[^\W\d_]+){0,2}?\s+na|kontaktuj\w*|kontaktovat|oslovte|"
    r"volejte|zavolejte)|(?:contact|reach|call|ask|write\s+to))\s+"
    r"(?:(?:prosím|prosim|please|přímo|primo|priamo|directly|rovnou|laskavě|laskavo)\s+)*"
    rf"(?P<v>(?-i:[{_UP}][{_LOW}'’-]+))(?=\s*[:,;.(]|\s+(?:na|at|on|under|z|ze|from)\b)",
    re.IGNORECASE,
)
"""A sentence directing the office to a person by one name alone, a given name or a surname
("kontaktujte prosím Tomáše:", "please contact Priya at …", "obraťte se na Horáka,"): the
person the text names in full with that name."""


_SETTLE_VERB = (
    r"(?:ř|r)e[šs]\w*|rie[šs]\w*|domluv\w*|dohodn\w*|dohodnut\w*|projedn\w*|prebr\w*|"
    r"konzult\w*|komunik\w*|koordin\w*|spojte|spojit|spojiť|ustal\w*|uzgadnia\w*|uzgodni\w*|omawia\w*|omówi\w*|"
    r"rozmawia\w*|deal|discuss|liaise|speak|talk|arrange|coordinate|check"
)
"""Verbs of settling the matter with a person ("řešte", "domluvte", "liaise")."""
_SETTLED = re.compile(
    # a verb of settling the matter earlier in the sentence ("prosím řešit", "domluvte",
    # "deal", "liaise", "ustalać") or, in German, after the name ("mit Frau Roth klären")
    r"(?:\b(?P<verb>" + _SETTLE_VERB + r")\b[^.!?\n]{0,60}?)?"
    r"\b(?:(?P<ins>s|se|z|ze)\s+(?:panem|paní|pani|panią|pánom|paňou|kolegou|kolegyní|kolegyňou)|"
    r"with\s+(?:Mr|Ms|Mrs|Dr)\.?|mit\s+(?:Herrn|Frau|Dr\.))\s+"
    rf"(?P<v>(?-i:[{_UP}][{_LOW}'’-]+))(?![\w'’-]|\s+(?-i:[{_UP}][{_LOW}]))"
    r"(?P<after>[^.!?\n]{0,40}?\b(?:klären|besprechen|abstimmen|absprechen|sprechen)\b)?",
    re.IGNORECASE,
)
"""A sentence sending the office to settle the matter with a person by a form of address and
the surname alone ("technické věci prosím řešit s panem Novotným", "please deal with Mr
Hale", "bitte mit Frau Roth klären", "proszę ustalać z panem Nowakiem"): the verb of
settling before the name, or after it in German."""
_SETTLED_STEMS = ("s pan", "se pan", "s pán", "z pan", "s koleg", "se koleg", "with m", "with d", "mit ")
_SETTLED_STEM = any_of(_SETTLED_STEMS)


_SETTLED_ROLE = re.compile(
    rf"\b(?:{_SETTLE_VERB})\b[^.!?\n]{{0,60}}?\b(?:s|se|z|ze)\s+(?:(?-i:[{_LOW}]+)\s+){{1,3}}"
    rf"(?P<v>(?-i:[{_UP}][{_LOW}'’-]+)\s+(?-i:[{_UP}][{_LOW}'’-]+))(?![\w'’-]|\s+(?-i:[{_UP}][{_LOW}]))",
    re.IGNORECASE,
)
"""The same sentence naming the person in full after their role instead of a form of address
("řešte s vedoucí produkce Kamilou Stejskalovou", "domluvte se s naším technikem Petrem
Malým"): the instrumental full name."""


def _settled_with(text: str) -> tuple[re.Match[str], str] | None:
    """The match of ``_SETTLED`` with a verb of settling, and the case of its surname."""
    low = text.lower()
    if _SETTLED_STEM.search(low) is not None:
        for m in _SETTLED.finditer(text):
            if m.group("verb") or m.group("after"):
                return m, "ins" if m.group("ins") else "nom"
    if (" s " in low or " se " in low or " z " in low or " ze " in low) and (r := _SETTLED_ROLE.search(text)):
        return r, "ins"
    return None


def _addressed_anchor(t: _Texts) -> _Anchor | None:
    """The person a sentence of the own text directs the office to by the surname alone
    (read across a line break after the form of address): the full name the text writes
    for that surname, or the surname turned to the nominative; never for certain."""
    for b in t.own:
        low = b.text.lower()
        if not any(w in low for w in (*_ADDRESSED_STEMS, *_ADDRESSED_SENT)):
            continue
        for i, ln in enumerate(b.lines):
            nxt = b.lines[i + 1].text.strip() if i + 1 < len(b.lines) else ""
            text = f"{ln.text.rstrip()} {nxt}"
            m = _ADDRESSED.search(text)
            if m is not None and m.start() < len(ln.text.rstrip()):
                case = "acc" if m.group("acc") else "dat" if m.group("dat") else "nom"
                name = _full_name(_word_forms(m.group("v"), case), [*t.own, *t.signature])
                if " " not in name and t.fallback:
                    # the forwarded message's From line, an address book's "Okafor Chinedu"
                    name = _surname_first_in(_word_forms(m.group("v"), case), t.fallback) or name
                return _Anchor(b, i, Hit(name, b.component, ln.no, False, Reason.SENTENCE), m.end("v"))
            if (one := _one_name_anchor(text, b, i, t)) is not None:
                return one
    return _settled_anchor(t)


def _settled_anchor(t: _Texts) -> _Anchor | None:
    """The person a sentence of the own text says to settle the matter with (``_SETTLED``):
    the full name the text writes for the surname, never for certain."""
    for b in t.own:
        for i, ln in enumerate(b.lines):
            found = _settled_with(ln.text)
            if found is None:
                continue
            m, case = found
            words = m.group("v").split()
            if len(words) > 1:  # a role and the full name: as the text writes it elsewhere
                name = _written_nominative(m.group("v"), case, [*t.signature, *t.own]) or ""
                if " " not in name or _fold(name) == _fold(m.group("v")):
                    continue  # written nowhere else in full: no person sure enough to name
            else:
                name = _full_name(_word_forms(words[-1], case), [*t.own, *t.signature])
            return _Anchor(b, i, Hit(name, b.component, ln.no, False, Reason.SENTENCE), m.end("v"))
    return None


def _one_name_anchor(text: str, b: Block, i: int, t: _Texts) -> _Anchor | None:
    """A sentence directing the office to a person by one name (``_ADDRESSED_ONE``), when the
    text names exactly one person in full with that given name or surname; never certain."""
    m = _ADDRESSED_ONE.search(text)
    if m is None or m.start() >= len(b.lines[i].text.rstrip()):
        return None
    forms = {_fold(f) for f in _word_forms(m.group("v"), "acc" if m.group("acc") else "nom")}
    found = {
        n for x in (*t.own, *t.signature) for n in _names_in(x.text)
        if len(n.split()) > 1 and (_fold(n.split()[0]) in forms or _fold(n.split()[-1]) in forms)
    }
    if len(found) != 1:
        return None
    hit = Hit(found.pop(), b.component, b.lines[i].no, False, Reason.SENTENCE)
    return _Anchor(b, i, hit, m.end("v"))




def _full_for_surname(forms: Sequence[str], blocks: Sequence[Block]) -> str:
    """The one full name the text writes with one of the surname's ``forms`` as its last
    word; the surname alone when two people share it, the likeliest nominative when nobody
    is written."""
    folded = {_fold(f) for f in forms}
    found: list[str] = []
    for b in blocks:
        for n in _names_in(b.text):
            if _FORM_OF_ADDRESS.fullmatch(n.split()[0]):
                continue  # "Frau Roth", "Mr Hale": the surname again, no full name
            if _fold(n.split()[-1]) in folded and not any(_fold(n) == _fold(f) for f in found):
                found.append(n)
    if len(found) > 1:
        return found[0].split()[-1]
    return found[0] if found else forms[0]


def _full_name(forms: Sequence[str], blocks: Sequence[Block]) -> str:
    """The full name the text writes for one name: for the surname, else for the given name
    ("s kolegou Ondřejem" and "Ondřej Vávra, technik" below); the name alone otherwise."""
    full = _full_for_surname(forms, blocks)
    return full if " " in full else _full_for_given(forms, blocks) or full


def _full_for_given(forms: Sequence[str], blocks: Sequence[Block]) -> str | None:
    """The one full name the text writes with one of the given name's ``forms`` as its
    first word ("my colleague Daniel is the contact" and "From: Daniel Novotny" in the
    forwarded message); None when it writes none or two people of that given name."""
    folded = {_fold(f) for f in forms}
    found: list[str] = []
    for b in blocks:
        for n in _names_in(b.text):
            words = n.split()
            if len(words) < 2 or _FORM_OF_ADDRESS.fullmatch(words[0]) or _fold(words[0]) not in folded:
                continue
            if not any(_same_person(n, f) or _same_person(f, n) for f in found):
                found.append(n)
    return found[0] if len(found) == 1 else None


def _wrapped_sentence_person(head: str, b: Block, nxt: Line) -> Hit | None:
    """A name the line breaks in two ("… je vedoucí oddělení Ing. Aleš" / "Procházka, e-mail
    …"): read across the break, never for certain."""
    name = _leading_name(head.strip() + " " + nxt.text.strip())
    return None if name is None else Hit(name, b.component, nxt.no, False, Reason.WRAPPED)


_ITALIAN_ROLE = re.compile(r"\b(?:referente|persona\s+di\s+contatto)\b", re.IGNORECASE)


def _sentence_person(
    rx: re.Pattern[str], m: re.Match[str], b: Block, ln: Line, office: Office, pool: Sequence[Block] = ()
) -> Hit | None:
    name = _leading_name(m.group("v"))
    groups = m.groupdict()
    case = next((c for c in ("acc", "ins", "dat") if groups.get(c)), "nom")
    if name is None:
        return _addressed_surname(m, case, ln, b, pool)
    if case != "nom":
        hints = [e.split("@")[0] for e in emails_in(ln.text[m.start("v") :], office)]
        name = _written_nominative(name, case, pool or [b]) or _nominative(name, case, hints)
    # the Italian role ("Referente … sarà …"): a language the rules keep no dictionary of
    certain = rx is _PROSE and _ITALIAN_ROLE.search(m.group(0)) is None
    return Hit(name, b.component, ln.no, certain, None if certain else Reason.SENTENCE)


_ADDRESS_BEFORE = re.compile(
    # also abbreviated: "p. Kováčová", "pí Nováková", "Hr. Roth", "Fr. Roth"
    r"(?:^|\s)(?:(?:pan|pana|panem|paní|pani|pán|pána|Frau|Herrn?|Mr|Mrs|Ms)\.?|(?:p|Hr|Fr)\.|pí\.?)\s+$",
    re.IGNORECASE,
)


def _addressed_surname(
    m: re.Match[str], case: str, ln: Line, b: Block, pool: Sequence[Block]
) -> Hit | None:
    """A contact sentence naming a person by a form of address and the surname alone ("bude
    pan Pazdera (údaje v jeho podpisu)"): the one full name the texts write for that surname,
    never for certain; nothing when they write none."""
    word = m.group("v").split()[0].rstrip(".,:;")
    if not _ADDRESS_BEFORE.search(m.string, max(0, m.start("v") - 12), m.start("v")):
        return None
    if person_name(f"Jan {word}") is None:
        return None
    forms = _word_forms(word, case) if case != "nom" else [word]
    full = _full_for_surname(forms, pool or [b])
    if " " not in full:  # an address book's From line of a forwarded message: "Malec Jiří"
        full = _surname_first_in(forms, pool) or full
    return Hit(full, b.component, ln.no, False, Reason.SENTENCE) if " " in full else None


def _leading_name(text: str) -> str | None:
    """The person's name at the start of ``text``, dropping what follows it."""
    words = text.split()
    for n in (3, 2):
        if len(words) >= n and (name := person_name(" ".join(words[:n]), " ".join(words[n:]))):
            return name
    return None


# ---------------------------------------------------------------- declension -------------

_SOFT = "šžčřjťďňcŠŽČŘJŤĎŇ"
_VOWELS = "aeiouyáéíóúůýěAEIOUYÁÉÍÓÚŮÝĚ"
_MOBILE_E = re.compile(r"(?:[bdfhmprvtz]l|[bcčdfhmpvtz]k|[áéíóúůý]nk)a$")
"""An accusative whose stem ends in a cluster no Czech nominative ends in ("Pavla" for Pavel,
"Karla" for Karel, "Šimka" for Šimek, "Vlčka" for Vlček, "Jelínka" for Jelínek): the nominative has a mobile e."""


def word_forms(word: str, case: str) -> list[str]:
    """The nominatives a Czech name's word may have in ``case`` (``_word_forms``)."""
    return _word_forms(word, case)


def _word_forms(word: str, case: str) -> list[str]:
    """Nominatives a Czech name may have in the accusative or genitive (``acc``) or the
    instrumental (``ins``), the likeliest first."""
    w = word
    forms: list[str] = []
    if case == "dat":
        return [*_dative_forms(w), w]
    if case == "ins":
        if w.endswith("ą"):  # Polish: "Katarzyną Lewandowską"
            forms.append(w[:-1] + "a")
        elif w.endswith("skim") or w.endswith("ckim") or w.endswith("dzkim"):  # "Kowalskim"
            forms.append(w[:-1])
        elif w.endswith("iem"):  # "Nowakiem", "Markiem" (a mobile e)
            forms += [w[:-3], w[:-4] + "e" + w[-4]] if len(w) > 4 else [w[:-3]]
        elif w.endswith("ovou") or w.endswith("skou") or w.endswith("ckou"):
            forms.append(w[:-2] + "á")
        elif w.endswith("ou"):
            forms += [w[:-2] + "a", w[:-2] + "á"]
        elif w.endswith("ým") or w.endswith("ím"):
            forms.append(w[:-1].rstrip("ý").rstrip("í") + ("ý" if w.endswith("ým") else "í"))
        elif (w.endswith("ym") or w.endswith("im")) and len(w) > 4:  # without diacritics: "Novotnym"
            forms.append(w[:-1])
        elif w.endswith("em") and len(w) > 4 and _MOBILE_E.search(w[:-2] + "a"):
            forms += [w[:-3] + "e" + w[-3], w[:-2]]  # "Pavlem", "Šimkem": a mobile e first
        elif w.endswith("em"):
            forms += [w[:-2], w[:-3] + "e" + w[-3] if len(w) > 3 else w[:-2]]
        elif w.endswith("om") and len(w) > 4:  # Slovak: "Tiborom", "Szabom" (of "Szabo")
            forms += [w[:-2], w[:-2] + "o"]
    else:
        if w.endswith("ého"):
            forms.append(w[:-3] + "ý")
        elif w.endswith("ího"):
            forms.append(w[:-3] + "í")
        elif w.endswith("ou"):
            forms.append(w[:-2] + "á")
        elif w.endswith("ové") and len(w) > 4:  # a feminine surname's genitive: "Říhové"
            forms.append(w[:-1] + "á")
        elif w.endswith("ú") and len(w) > 3:  # Slovak "Hudcovú", "Kováčovú", "Malú"
            forms.append(w[:-1] + "á")
        elif w.endswith("u"):
            forms.append(w[:-1] + "a")
        elif w.endswith("ii"):
            forms.append(w[:-2] + "ie")
        elif w.endswith(("skiej", "ckiej", "dzkiej")):  # Polish genitive: "Kowalskiej"
            forms.append(w[:-3] + "a")
        elif w.endswith("ej") and len(w) > 4:  # a Slovak feminine surname's genitive: "Kováčovej"
            forms.append(w[:-2] + "á")
        elif w.endswith("y") and len(w) >= 3 and w[-2] not in _VOWELS:  # "Anny", "Ewy"
            forms.append(w[:-1] + "a")
        elif w.endswith("ce") and len(w) > 3 and w[-3] not in _VOWELS:
            forms += [w[:-2] + "ec", w[:-1]]  # "Moravce", "Němce" (a mobile e)
        elif w.endswith("e") and len(w) > 2 and w[-2] in _SOFT:
            forms.append(w[:-1])
        elif w.endswith("a") and len(w) > 4 and _MOBILE_E.search(w):
            # "Pavla", "Šimka", "Kopecka": a stem no Czech name ends in takes its mobile e first
            forms += [w[:-2] + "e" + w[-2], w[:-1], w[:-1] + "o"]
        elif w.endswith("a"):
            # "Nováka", "Holečka" (a mobile e), Slovak "Hraška" for "Hraško"
            forms += [w[:-1], w[:-2] + "e" + w[-2] if len(w) > 3 else w[:-1], w[:-1] + "o"]
    return [*forms, w]


def _dative_forms(w: str) -> list[str]:
    """Nominatives a Czech or Slovak name may have in the dative ("Horákovi", "Martinu",
    "Novákové", "Janě"), the likeliest first."""
    if w.endswith("ovi"):
        return [w[:-3], w[:-4] + "e" + w[-4]] if len(w) > 4 else [w[:-3]]
    if w.endswith("ové"):  # "Novákové"
        return [w[:-1] + "á"]
    if w.endswith("ej"):  # Slovak "Novákovej"
        return [w[:-2] + "á"]
    if w.endswith("ému"):
        return [w[:-3] + "ý"]
    if w.endswith("ímu"):
        return [w[:-3] + "í"]
    if w.endswith("u"):
        return [w[:-1], w[:-1] + "o"]
    if w.endswith("ě") or w.endswith("e"):
        return [w[:-1] + "a"]
    if w.endswith("ii"):
        return [w[:-2] + "ie"]
    if w.endswith("i") and len(w) > 3 and w[-2] not in "aeiouyáéíóúýšžčřj":
        # a South Slavic woman's given name: Croatian "kolegici Ivani", "Marini" (not a soft
        # consonant's: "Tomáši", "Ondřeji" are a Czech man's dative, turned back elsewhere)
        return [w[:-1] + "a"]
    return []


def _written_nominative(name: str, case: str, blocks: Sequence[Block]) -> str | None:
    """The full name the block writes whose every word is one of the nominatives of the
    declined ``name`` ("Karel Vaněk" signing under "zastoupená jednatelem Karlem Vaňkem"), in
    ``blocks`` (the text and its signatures):
    the fullest form the text itself writes, rather than one turned back by rule."""
    words = name.split()
    forms = [{_fold(f) for f in _word_forms(w, case)} for w in words]
    for n in (n for b in blocks for n in _names_in(b.text)):
        if _declines_to(n.split(), words, forms):
            return n
    return None


def _declines_to(written: list[str], words: list[str], forms: list[set[str]]) -> bool:
    """``written`` is another spelling of ``words`` whose every word is among its ``forms``."""
    return (
        written != words
        and len(written) == len(words)
        and all(_fold(w) in f for w, f in zip(written, forms, strict=True))
    )


def _nominative(name: str, case: str, hints: Sequence[str] = ()) -> str:
    """A name after "na", "kontaktujte", "pana" (accusative) or "zastoupený" (instrumental)
    turned back by its regular endings; the form an e-mail of the sentence spells (its local
    part ``hints``: "lubos.maca") wins. Used only for a value that is unsure anyway."""
    words = name.split()
    options = [_word_forms(w, case) for w in words]
    folded = [_fold(h) for h in hints]
    chosen: list[str] = []
    for forms in options:
        # the longest form an e-mail spells: "szabo" spells "Szabo" rather than "Szab"
        matches = [f for f in forms if any(_fold(f) in h for h in folded)]
        chosen.append(max(matches, key=len) if matches else forms[0])
    if case == "ins" and len(words) == 2 and chosen[0].endswith("a") and words[1].endswith("ou"):
        # a woman's surname: "Ivanou Pokornou" is "Ivana Pokorná", not "Pokorna"
        chosen[1] = next((f for f in options[1] if f.endswith("á") and _fold(f) in map(_fold, chosen[1:])), chosen[1])
    return " ".join(chosen)


# ---------------------------------------------------------------- other persons ----------

_APPLICANT_LABEL = re.compile(
    r"^\s*(?:[-*•–]\s*)?(?:[žz]adatel(?:ka)?|[žz]iadate[ľl](?:ka)?|applicant|requester|"
    r"wnioskodawc[ay]|antragsteller(?:in)?)(?:\s*[:\-–|]|\t)"
    r"\s*(?P<v>.+)$",
    re.IGNORECASE,
)


_CONTACT_PREFIX = (
    r"(?:(?:kontaktn[íá]\s+osob[ay]|kontaktni\s+osoba|contact(?:\s+person)?|ansprechpartner(?:in)?|"
    r"osoba\s+do\s+kontaktu)\s*(?:[-–,/(]\s*)?)?"
)
"""The form's words for whose name a row gives ("Kontaktní osoba – příjmení: …", "Contact person
(last name): …") before a surname or given-name label."""
_SURNAME_ROW = re.compile(
    rf"^\s*(?:[-*•–]\s*)?{_CONTACT_PREFIX}(?:příjmení|prijmeni|priezvisko|surname|last\s+name|family\s+name|"
    r"nachname|familienname|nazwisko|nom(?:\s+de\s+famille)?|cognome|apellidos?|name)\)?"
    r"\s*(?::\s*|\t\s*|\s[-–]\s+)(?P<v>[^\W\d_][\w'-]*(?:\s[^\W\d_][\w'-]*)?)\s*$",
    re.IGNORECASE,
)
"""A form's or sheet's row with the contact's surname alone ("Příjmení: Vávra", "Surname |
Atkinson", "Nachname | Lehmann", "Nazwisko | Kowalczyk"; a German form's bare "Name: Schulz"
beside "Vorname: Lena", as only a given-name row next to it makes it a surname row)."""
_GIVEN_ROW = re.compile(
    rf"^\s*(?:[-*•–]\s*)?{_CONTACT_PREFIX}(?:jméno|jmeno|meno|křestní\s+jméno|first\s+name|given\s+name|forename|"
    r"vorname|imi[ęe]|prénom|prenom|nome|nombre)\)?"
    r"\s*(?::\s*|\t\s*|\s[-–]\s+)(?P<v>[^\W\d_][\w'-]*(?:\s[^\W\d_][\w'-]*)?)\s*$",
    re.IGNORECASE,
)
"""A form's or sheet's row with the contact's given name alone ("Jméno: Matěj", "First name |
Claire", "Vorname | Katrin", "Imię | Marta")."""


def _split_name(lines: Sequence[Line], i: int) -> tuple[str, int] | None:
    """A name a form writes in two rows of their own, a surname row (line ``i``) and a
    given-name row just before or after it ("Příjmení | Vávra" / "Jméno | Matěj"): the given
    name and the surname, and the index of the later row."""
    sm = _SURNAME_ROW.match(lines[i].text)
    if sm is None:
        return None
    for j in (i + 1, i - 1, i + 2, i - 2):
        if 0 <= j < len(lines) and (gm := _GIVEN_ROW.match(lines[j].text)) is not None:
            name = person_name(f"{gm.group('v')} {sm.group('v')}")
            return None if name is None else (name, max(i, j))
    return None


def _no_person_cell(text: str, m: re.Match[str]) -> bool:
    """Whether a labelled line's value holds no person: a section's heading merged across a
    sheet's cells ("Wnioskodawca | Wnioskodawca"), an organisation's name with its legal form
    ("Név | Tisza Hírek Kft."), or a table's header row ("Name | Production | Test")."""
    label = text[: m.start("v")].strip(" \t:-–|*•").casefold()
    cells = [c.strip() for c in m.group("v").split("\t") if c.strip()]
    if not cells or any(c.casefold() == label for c in cells) or legal_name_in(cells[0]) is not None:
        return True
    return len(cells) > 1 and field_heads(cells)


def _labelled_person(own: Sequence[Block]) -> tuple[Hit, Block, int] | None:
    """The person of a labelled line ("Jméno: …", "Žadatel: Jana Nová, editorka"): a
    crew member ("Osoba: Petr Malý, kameraman") yields to another labelled person; two
    different people left are for the officer to decide. Returns the hit, its block and the
    index of its line there."""
    found: list[tuple[Hit, Block, int, bool]] = []
    for b in own:
        for i, ln in enumerate(b.lines):
            m = _PERSON_LABEL.match(ln.text) or _APPLICANT_LABEL.match(ln.text)
            if m and _no_person_cell(ln.text, m):
                continue
            # also written surname first ("Osoba | Dostál, Lubomír", an address book's order)
            if m and (n := person_name(m.group("v")) or _comma_surname_first(m.group("v"))):
                found.append((Hit(n, b.component, ln.no), b, i, bool(_CREW.search(m.group("v")))))
            elif (split := _split_name(b.lines, i)) is not None:
                found.append((Hit(split[0], b.component, b.lines[split[1]].no), b, split[1], False))
    if not found:
        return None
    kept = [f for f in found if not f[3]] or found
    hit, b, i, _ = kept[0]
    if len({f[0].value for f in kept}) > 1:
        hit = dataclasses.replace(hit, certain=False, reason=Reason.OTHER_PERSON)
    return hit, b, i


def _signature_person(blocks: Sequence[Block]) -> Hit | None:
    for b in blocks:
        if b.kind is Kind.SIGNATURE and (hit := _block_signer(b)) is not None:
            return hit
    return None


@per_application(maxsize=256)
def _block_signer(b: Block) -> Hit | None:
    """``_signature_person`` of one signature block, remembered within one application: the
    rules ask for the signer of the same signature some four times a message."""
    for ln in b.lines[:8]:
        legal = legal_name_in(ln.text) or ""  # an organisation (s.r.o., a.s. …), no person
        cells = _SIGNATURE_CELL.split(_CLOSING.sub("", ln.text))
        names = [_signature_cell_name(cells, k, legal) for k in range(len(cells))]
        if (name := next((n for n in names if n), None)) is not None:
            if (named := _signer_called_contact(b, name)) is not None:
                return named
            # two people signing side by side (two columns, "A | B"): which is the
            # contact the signature does not say
            beside = any(n and not _same_person(n, name) for n in names)
            return Hit(name, b.component, ln.no, not beside, Reason.OTHER_PERSON if beside else None)
    return None


def _signer_called_contact(b: Block, first: str) -> Hit | None:
    """Another signer of the block, on a line of their own, whose cells call them the contact
    ("Jan Doležal, jednatel" / "Simona Pátková, produkce – kontakt pro natáčení, 739 …",
    "… | contact person | …", "…, Ansprechpartnerin"): that one, when exactly one other line
    says so and the first signer's does not; never for certain."""
    found: list[Hit] = []
    for ln in b.lines[:8]:
        cells = _SIGNATURE_CELL.split(_CLOSING.sub("", ln.text))
        rest = ", ".join(cells[1:])
        # the role named as such, not a job that may be one ("správce sítě"); the name (the
        # costly reading) only of a line whose other cells name the role
        if not rest or _CONTACT_ROLE.search(rest) is None or _OTHER_SIDE.search(rest) or _FORMER.search(rest):
            continue
        if (name := _signature_cell_name(cells, 0, legal_name_in(ln.text) or "")) is None:
            continue
        if _same_person(name, first):
            return None
        found.append(Hit(name, b.component, ln.no, False, Reason.OTHER_PERSON))
    return found[0] if len(found) == 1 else None


_SIGNATURE_CELL = re.compile(r"\s[|•·]\s|,\s|\t|\s{3,}")
"""Where a cell of a signature line ends: a separator or a gap between columns."""


def _signed_beside(line: str, name: str) -> bool:
    """Another person signs on the signer's line, in another column ("Jan Malý      Eva
    Nová", "Jan Malý | Eva Nová")."""
    cells = _SIGNATURE_CELL.split(line)
    return len(cells) > 1 and any(
        (n := _signature_cell_name(cells, k, "")) is not None and not _same_person(n, name) for k in range(len(cells))
    )


def _signature_cell_name(cells: Sequence[str], k: int, legal: str) -> str | None:
    """The person's name in cell ``k`` of a signature line, if any; an organisation's
    name (``legal``, s.r.o., a.s. …) is none."""
    cell = cells[k].strip(" -–")
    if not cell or legal and cell in legal:
        return None
    # "DVOŘÁK Tomáš": a surname in capitals, as registers write it
    return person_name(_title_case(_capitals_surname(cell)), ", ".join(cells[k + 1 : k + 2]))


def _title_case(cell: str) -> str:
    """A cell written in capitals ("JAROSLAV PETRZELKA", a form or a mail in block letters)
    in title case, as a name is written; any other cell as it is."""
    return cell.title() if cell.isupper() and " " in cell else cell


_CLOSING = re.compile(
    r"^\s*(?:s\s+pozdravem|s\s+úctou|s\s+pozdravom|se\s+srdečným\s+pozdravem|"
    r"(?:best|kind)\s+regards|regards|sincerely|yours\s+\w+|"
    # thanks, alone or with a word of degree, before the signer's name on the same line
    # ("Díky Petr Hrubý", "Dekuji Jana Mala", "Thanks Tom Baker", "Vďaka Martin Kováč")
    r"(?:(?:předem|predem|vopred)\s+)?(?:díky|diky|děkuj[iu]|dekuj[iu]|děkujeme|dekujeme|ďakujem|dakujem|"
    r"ďakujeme|dakujeme|vďaka|vdaka|thanks|thank\s+you|cheers|danke|merci|grazie|gracias)"
    r"(?:\s+(?:moc|mnohokrát|mnohokrat|pěkně|pekne|veľmi|velmi|a\s+lot|so\s+much|very\s+much|"
    r"many|again|schön|schon|vielmals|beaucoup|mille))?)\b[\s,!.]*",
    re.IGNORECASE,
)


def _letter_signer(own: Sequence[Block], office: Office) -> Hit | None:
    """The signer of a letter in an attachment or a data message's annotation: a name among
    its last lines (a job title may follow), certain only after a closing formula; never a
    name of the office's own text quoted at the end (its address, IČO or data box near)."""
    for b in own:
        if b.kind is not Kind.ATTACHMENT and not b.component.startswith("envelope:"):
            continue
        tail = _last_written(b, 6)
        # the name first, the costlier test of the office's own text (its phones) only for a
        # tail that names someone: a tail naming no one yields nothing either way
        if (hit := _tail_signer(b, tail[-4:])) is not None and not _from_office(tail, office):
            return hit
    return None


def _last_written(b: Block, n: int) -> list[Line]:
    """The last ``n`` written lines of block ``b``, in order, found from its end (an
    attachment's text is long, its tail short)."""
    out: list[Line] = []
    for ln in reversed(b.lines):
        if len(out) == n:
            break
        if ln.text.strip():
            out.append(ln)
    out.reverse()
    return out


def _tail_signer(b: Block, last: Sequence[Line]) -> Hit | None:
    """``_letter_signer``'s name among the ``last`` lines of block ``b``."""
    for j, ln in enumerate(last):
        text = _COLUMN_CUT.split(ln.text.strip(), maxsplit=1)[0]
        if len(text) > 60 or not (name := person_name(text)):
            continue
        closed = j > 0 and bool(_CLOSING.match(last[j - 1].text))
        if closed and _signed_beside(ln.text, name):  # two signers side by side
            return Hit(name, b.component, ln.no, False, Reason.OTHER_PERSON)
        return Hit(name, b.component, ln.no, closed, None if closed else Reason.SIGNATURE)
    return None


_BARE_CLOSING = re.compile(r"\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*[,!]?\s*")
"""A line of one to three words and no more than a comma or "!": a closing formula no list
holds ("Greetings", "Med vennlig hilsen") above the signer's name."""


def _closing_line(text: str) -> bool:
    """A line of a closing formula alone written short or in a language the signature
    rules do not list ("LG", "Mvh", "S pozdr.", "Cdlt", "Med venlig hilsen"): the name below
    it is its signer's. A closing those rules know is theirs to read."""
    words = [_fold(w).strip(".,!:;") for w in text.split()]
    return 0 < len(words) <= 4 and any(w in _CLOSING_SHORT for w in words) and all(
        w in _CLOSING_SHORT or w in _FORMULA_WORDS or w in _CLOSING_LINKS for w in words
    ) and not any(w in _GREETING_WORDS for w in words)


def _unclosed_signer(own: Sequence[Block], office: Office, *, bare: bool = False) -> Hit | None:
    """A mail's own text that ends in a signature with no closing formula before it (a line
    of the name alone, then the firm, a phone: "Jiri Marek" / "Infokanal CZ s.r.o." / "+420
    …"): the name is the signer, the default contact; read from its place alone, never
    certain. ``bare``: also below a closing no list holds (``_BARE_CLOSING``), for a writer
    who names themselves the contact."""
    for b in own:
        if b.kind is not Kind.OWN:
            continue
        tail = _signature_tail(b)
        # the name first, the office's own text (its phones) only for a tail that names one
        if len(tail) >= 2 and (hit := _unclosed_name(b, tail, bare)) is not None and not _from_office(tail, office):
            return hit
    return None


def _unclosed_name(b: Block, tail: Sequence[Line], bare: bool) -> Hit | None:
    """``_unclosed_signer``'s name in the ``tail`` of block ``b``."""
    for j, ln in enumerate(tail[1:], 1):
        text = ln.text.strip()
        after = tail[j + 1 :]
        if len(text) > 40 or any(len(a.text.strip()) > 60 for a in after):
            continue
        above = tail[j - 1].text
        closing = _SENTENCE_END.search(above) or _closing_line(above) or bare and _BARE_CLOSING.fullmatch(above)
        # a mail typed in capitals throughout is signed in capitals ("ROBERT SVOBODA")
        if closing and (name := person_name(_title_case(text) if b.text.isupper() else text)):
            return Hit(name, b.component, ln.no, False, Reason.SIGNATURE)
    return None


_CLIENT_SIGN_OFF = re.compile(
    r"\s*(?:sent\s+from|get\s+outlook|odesl[áa]no\s+z|odoslan[éeá]\s+z|gesendet\s+von|"
    r"envoy[ée]\s+de|enviado\s+desde|inviato\s+da|wys[łl]ane\s+z|verzonden\s+(?:vanaf|met))\b",
    re.IGNORECASE,
)
"""A mail client's line below the writer's signature ("Odesláno z Outlooku verze …", "Sent
from my iPhone"): no line of the signature."""


def _signature_tail(b: Block) -> list[Line]:
    """The last four written lines of a text, or its last paragraph of up to eight short
    lines with the line above it: a signature of a name, role, firm, IČO, account and phone
    is longer than four lines. A mail client's sign-off at the end is left out."""
    lines = list(b.lines)
    while lines and (not lines[-1].text.strip() or _CLIENT_SIGN_OFF.match(lines[-1].text)):
        lines.pop()
    written = [ln for ln in lines if ln.text.strip()]
    gap = next((k for k in range(len(lines) - 1, -1, -1) if not lines[k].text.strip()), -1)
    paragraph = [ln for ln in lines[gap + 1 :] if ln.text.strip()]
    if 4 < len(paragraph) <= 8 and all(len(ln.text.strip()) <= 60 for ln in paragraph):
        return written[-len(paragraph) - 1 :]
    return written[-4:]


def _from_office(lines: Sequence[Line], office: Office) -> bool:
    """Lines of the office's own text: its IČO, data box, e-mail domain or phone number."""
    text = "\n".join(ln.text for ln in lines)
    low = text.lower()
    if office.ico and office.ico in text:
        return True
    if office.databox_id and office.databox_id.lower() in low:
        return True
    if any(d.lower() in low for d in office.domains if d):
        return True
    return any(
        num.startswith(office.phone_prefixes) for _, num in phones_in(text, office=_NO_OFFICE)
    )


_NO_OFFICE = Office(domains=(), databox_id="", phone_prefixes=(), ico="")
"""No office at all: to see the office's own numbers, which ``phones_in`` leaves out."""


_CELL = re.compile(r"\s[-–—|•·]\s|,\s|;\s|(?<=\w\w)[.!?]\s+")


_BRACKET_CONTACT = re.compile(
    r"\b(?:kontaktn\w*\s+osob\w*|kontaktn[áa]\s+osob\w*|contact\s+person|(?:main|primary)\s+contact|"
    r"ansprechpartner\w*|kontaktperson\w*|osoba\s+kontaktow\w*|kapcsolattart\w*|personne\s+de\s+contact|"
    r"persona\s+de\s+contacto|persona\s+di\s+contatto)\b",
    re.IGNORECASE,
)
"""The role of the contact person named in a bracket after a name ("(redaktorka, kontaktní
osoba, …)", "(reporter, contact person)", "(Ansprechpartnerin)", "(osoba kontaktowa)")."""
_BRACKET_BARE = re.compile(
    r"\(\s*(?:contact|kontakt|contatto|contacto|kapcsolat)\s*(?:[,;:)]|$)", re.IGNORECASE
)
"""A bracket opening with the bare word "contact" as its first item ("Julie B. (contact, +33
…)", "(Kontakt)"): the role of the contact as the fuller words name it."""
_BRACKET_AFTER = re.compile(r"[^\W\d_]+\.?\s*\(([^()]{3,200})\)")
"""A name's last word and the bracket right after it."""
_NOT_CONTACT = re.compile(r"\b(?:není|nie\s+je|není\s+už|ne|not|nicht|kein\w*|nem|nie)\b", re.IGNORECASE)


def _bracketed_contact(own: Sequence[Block], office: Office) -> tuple[Hit, Hit | None, Hit | None] | None:
    """A person whose own bracket right after their name calls them the contact in a list of
    people (a crew, a staff list: "Štáb: Petra Malá (redaktorka, kontaktní osoba, malá@…,
    tel. …), Jan Novák (kamera)"), where no label or sentence named one: that person, with
    the e-mail and phone of the bracket; never for certain, and none when two are so called."""
    found: list[tuple[Hit, Hit | None, Hit | None]] = []
    for b in own:
        for ln in b.lines:
            if "(" not in ln.text or not (_BRACKET_CONTACT.search(ln.text) or _BRACKET_BARE.search(ln.text)):
                continue
            for off, name in _person_mentions(ln.text, always=True):
                at = ln.text.find(name.split()[-1], off)
                m = _BRACKET_AFTER.match(ln.text, at) if 0 <= at - off <= len(name) + 8 else None
                inner = m.group(1) if m is not None else ""
                role = _BRACKET_CONTACT.search(inner) or _BRACKET_BARE.match(f"({inner}")
                if role is None or _NOT_CONTACT.search(inner, 0, role.start()) or _FORMER.search(inner):
                    continue
                mails, nums = _emails(inner, office, name), _contact_phones(inner, office, name)
                mail = Hit(mails[0], b.component, ln.no, False, Reason.OTHER_PERSON) if mails else None
                phone = Hit(nums[0], b.component, ln.no, False, Reason.OTHER_PERSON) if nums else None
                found.append((Hit(name, b.component, ln.no, False, Reason.OTHER_PERSON), mail, phone))
    if len({f[0].value for f in found}) != 1:
        return None
    return found[0]


def _bracket_over_sentence(sentence: _Anchor, t: _Texts) -> tuple[Hit, Hit | None, Hit | None] | None:
    """A person whose own bracket calls them the contact on the line a contact sentence was
    read from, another person than the sentence's ("Crew: Giorgos K. (chief camera and our
    contact person for this request, +30 …) and Stavros L. (sound)"): the bracket says whose
    role it is, the sentence's clause only stands near a name."""
    found = _bracketed_contact([sentence.block], t.office)
    if found is None or sentence.person is None or found[0].line != sentence.person.line:
        return None
    return None if _same_person(found[0].value, sentence.person.value) else found


def _person_beside_contact(own: Sequence[Block], office: Office) -> Hit | None:
    """A name written in one line with an e-mail or phone ("Jana Malá, 603 …, jana@…"), a
    signature without its block: taken, never for certain."""
    for b in own:
        for ln in b.lines:
            if is_reply_header(ln.text):  # "On Fri, 3 May … Jana Malá <…> wrote:"
                continue
            mails, nums = emails_in(ln.text, office), phones_in(ln.text, office)
            if not (mails or nums):
                continue  # no detail on the line: its names need not be read
            cells = _CELL.split(_detail_sentence(ln.text, mails, nums))
            names = (
                person_name(cell.strip(), cells[k + 1] if k + 1 < len(cells) else "")
                for k, cell in enumerate(cells)
            )
            if name := next((n for n in names if n), None):
                return Hit(name, b.component, ln.no, False, Reason.SIGNATURE)
    return None


_SENTENCE_BREAK = re.compile(r"(?<=\w\w)[.!?]\s+(?=[^\W\d_])")


def _detail_sentence(text: str, mails: Sequence[str], nums: Sequence[tuple[int, str]]) -> str:
    """The sentence of a line that holds its first e-mail or phone, from the sentence before
    it on ("… IČO 22805176. Josef Hrubý, 731 660 215"): a signature run on after a one-line
    note, whose first names are the note's (an outlet's title, a firm); the whole line when
    the detail stands in its first sentence."""
    low = text.lower()
    offs = [o for o, _ in nums] + [at for m in mails if (at := low.find(m.lower())) >= 0]
    if not offs:
        return text
    start = 0
    for m in _SENTENCE_BREAK.finditer(text, 0, min(offs)):
        start = m.end()
    return text[start:] if start and _person_name_in(text[start : min(offs)]) else text


def _person_name_in(text: str) -> bool:
    """Whether a cell of ``text`` reads as a person's name."""
    return any(person_name(c.strip()) for c in _CELL.split(text))


def _second_person(blocks: Sequence[Block], block: Block, idx: int, person: str) -> bool:
    """Another labelled contact line after the first names someone else: which of the two is
    the applicant's contact is for the officer to decide."""
    rest = list(blocks[blocks.index(block) + 1 :]) if block in blocks else []
    later = [Block(block.component, block.kind, block.lines[idx + 1 :]), *rest]
    other = _anchor(later)
    return other is not None and other.person is not None and other.person.value != person


def _unplaced_contact(own: Sequence[Block], person: str) -> bool:
    """A labelled contact line in the own text names no person the rules can read, or
    names someone other than ``person``."""
    for b in own:
        for ln in b.lines:
            found = _labelled(ln.text)
            if found is not None and not _line_names_surname(found[0], person.split()[-1]):
                return True
    return False


_FEMININE_FROM = re.compile(r"ov(?:á|a|é|ou|ej|ú)(?![^\W\d_])")
"""The feminine surname made of a man's ("Nováková", "Novákovou", Slovak "Novákovej"):
another person's name, not a case of his."""


def _line_names_surname(value: str, surname: str) -> bool:
    """Whether a contact line's value writes ``surname``, in any case ("Novák", "Nováka",
    "Novákovi"); the feminine surname made of it ("J. Nováková") names someone else."""
    at = value.find(surname)
    while at >= 0:
        if not _FEMININE_FROM.match(value, at + len(surname)):
            return True
        at = value.find(surname, at + 1)
    return False


# ---------------------------------------------------------------- rival candidates -------

_CAMEL = rf"[{_UP}][{_LOW}'’-]+(?:[{_UP}][{_LOW}'’-]+)?"
"""A capitalised word, also with a capital inside it (a surname: "McAllister", "DeVries")."""
_TITLED = re.compile(
    r"(?<![\w.])(?:(?:Ing|Mgr|Bc|MgA|BcA|PhDr|JUDr|RNDr|MUDr|PaedDr|Dr|doc|prof|Mr|Mrs|Ms)\.?|"
    r"[Pp]an(?:í|i|a|e|u|em)?|[Kk]oleg(?:a|u|ou|yně|yni|yňa|yňu)|[Pp]án(?:a)?|[Cc]olleague)"
    r"\s+(?:(?:Ing|Mgr|Bc|PhDr|JUDr|RNDr|Dr|doc)\.\s+)*"
    rf"(?P<n>[{_UP}][{_LOW}'’-]+(?:\s+{_CAMEL}(?:\s+(?!{_CAMEL}\s?:){_CAMEL})?)?)"
)
"""A name after a degree or a form of address ("Ing. Aleš Procházka", "pan Bláha", "kolega
Jan Doubek", "Ms Reid"): a person, also with the surname alone; a third word with a colon
after it is the next label of a form row ("Bc. Lucie Drábková Datum: …")."""
_GREETING = re.compile(
    r"^\s*(?:vážen\w*|vazen\w*|dobrý\s+den|dobry\s+den|dobrý\s+deň|milá|milý|ahoj|dear|hello|"
    r"hi|good\s+(?:morning|afternoon|evening))\b",
    re.IGNORECASE,
)
"""A salutation line: the name in it is the addressee (the office's clerk), not a candidate."""


_HEADER_FIELD = re.compile(
    r"^\s*\*?(?:to|komu|cc|kopie|od|from|sent|odesláno|date|datum|subject|předmět|věc)\s*:",
    re.IGNORECASE,
)
_ABSENCE = re.compile(
    # the lookahead of the words' first letters only makes the search quick
    r"\b(?=[anow])(?:nepřítomnost\w*|nepritomnost\w*|neprítomnost\w*|absence|abwesenheit|nieobecno\w*|"
    r"(?:while|when)\s+I(?:['’]m|\s+am)\s+(?:away|off|out)|out\s+of\s+(?:the\s+)?office)",
    re.IGNORECASE,
)
"""Words of a deputy who stands in whenever the contact is not there ("v mé nepřítomnosti",
"in my absence", "while I'm away"): a deputy, neither the contact nor a replacement (unlike
one who stands in for the elections: "po dobu voleb mě zastupuje …", "budu na dovolené,
kontaktní osobou proto bude …")."""
_SET_ASIDE = re.compile(
    r"\b(?:kameram\w*|kameraman\w*|fotograf\w*|photographer|camera\w*|zvukař\w*|štáb\w*|crew|"
    r"natáč\w*|natac\w*|nahráv\w*|nahrav\w*|přebírac\w*|prebírac\w*|povolen\w*|permit\w*|"
    r"filming|recording|v\s+kopii|do\s+kopie|do\s+kópie|na\s+vědomí|na\s+vedomi|cc|in\s+copy|"
    r"copied|pro\s+informaci|for\s+(?:your\s+)?information)\b|" + _FORMER.pattern,
    re.IGNORECASE,
)
"""Words before a name that set it aside as no contact: a crew member or the person a permit
is for, a colleague in copy, a deputy for the contact's absence, a former contact."""
_SIGNER_ROLE = re.compile(
    r"\b(?:předsed\w*|predsed\w*|jednatel\w*|konatel\w*|ředitel\w*|riaditeľ\w*|statutár\w*|"
    r"statutar\w*|za\s+(?:společnost|spolecnost|spoločnosť|žadatele|zadatele|organizaci)|"
    r"director|ceo|chair\w*|managing|on\s+behalf)\b",
    re.IGNORECASE,
)
"""Words of a statutory signer, whom a labelled contact replaces as the contact."""
_CLAUSE = re.compile(r"[.;!?]\s")
_ABBREVIATION = re.compile(
    r"(?:^|[\s(])(?:Ing|Mgr|Bc|MgA|BcA|PhDr|JUDr|RNDr|MUDr|PaedDr|ThDr|Dr|doc|prof|Mr|Mrs|Ms|"
    r"Mx|St|Sr|Jr|p|pí|pi|tel|mob|č|resp|tzv|např|napr|cca|ul|nám)$",
    re.IGNORECASE,
)
"""A word ending in a full stop that ends no sentence: a degree, a form of address, a usual
abbreviation ("… je náš vedúci IT Ing. Marek Hudák", "… colleague Dr. Reid")."""


def _clause_ends(text: str, lo: int = 0, hi: int | None = None) -> list[int]:
    """Where the sentences and clauses of ``text[lo:hi]`` end (after the punctuation and
    space), an abbreviation's full stop not counted."""
    out = []
    for m in _CLAUSE.finditer(text, lo, len(text) if hi is None else hi):
        if text[m.start()] == "." and _ABBREVIATION.search(text, max(0, m.start() - 8), m.start()):
            continue
        out.append(m.end())
    return out
_NOT_FIRST = frozenset("our my your their the this that we please dear our".split())
_PREPOSITION = re.compile(r"(?:^|\s)(?:v|ve|z|ze|na|do|u|pro|za|in|at|from)\s+$", re.IGNORECASE)


_TITLE_STEMS = (
    "Ing", "Mgr", "Bc", "MgA", "PhDr", "JUDr", "RNDr", "MUDr", "PaedDr", "Dr", "doc", "prof",
    "Mr", "Ms", "an ", "aní ", "ani ", "ana ", "ane ", "anu ", "anem ", "án ", "ána ", "oleg",
    "olleague",
)  # fmt: skip
"""A quick test before ``_TITLED``: one of these is in every line it matches."""
_TITLE_STEM = any_of(_TITLE_STEMS)


def _person_mentions(text: str, *, always: bool = False) -> list[tuple[int, str]]:
    """(offset, name) of the persons a line of the applicant's text names in a way that marks
    them as persons: after a degree or a form of address, or any name in a line that also
    gives an e-mail or phone (a person's own details) or (``always``) in any line."""
    return _mentions_in(text, always) if always else list(_line_mentions(text))


@per_application(maxsize=2048)
def _line_mentions(text: str) -> tuple[tuple[int, str], ...]:
    """``_person_mentions`` of a line, remembered within one application: ``rival_person``
    reads the same lines for each candidate it checks."""
    return tuple(_mentions_in(text, False))


_DETAILS_AFTER = re.compile(r"\s*[(,]\s*(?:[\w.+-]+@|\+?\d[\d ]{7,})")
"""A person's own details at once after a name: an e-mail address or a phone number."""


_LABEL_NEXT = re.compile(r"\s?:(?:\s|$)")
_DETAILS_NEXT = re.compile(r"\s?:\s*(?:[\w.+-]+@|\+?\d[\d ]{7,})")
"""The person's own details after a colon ("Kontakt: Jan Novák: 603 …"): no next label."""
_ROW_LABEL = re.compile(r"\s*[^\W\d_][^\W\d_.-]*(?:[ .-]+[^\W\d_]+){0,2}\.?\s*:")
"""A label starting a form row ("Vyřizuje:", "Naše zn.:")."""


def _before_label(text: str, m: re.Match[str], group: str | int) -> str:
    """A name of a form row up to the next label ("Vyřizuje: Ing. Hrubý Datum: 17. 9."): in
    a row that a label starts, a last word with a colon after it is the next label, not a
    surname."""
    run = m.group(group)
    words = run.split()
    row = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
    if (
        len(words) < 2
        or not _LABEL_NEXT.match(text, m.end(group))
        or _DETAILS_NEXT.match(text, m.end(group))
        or not _ROW_LABEL.match(row)
    ):
        return run
    return " ".join(words[:-1])


def _mentions_in(text: str, always: bool) -> list[tuple[int, str]]:
    titled = _TITLE_STEM.search(text) is not None
    out = [(m.start(), n) for m in _TITLED.finditer(text) if (n := _before_label(text, m, "n"))] if titled else []
    # the cheap tests first: a line with no run of capitalised words names no one, whatever
    # phones it gives (its phones are read only for a line that has a run)
    runs = _name_runs(text) if always or "@" in text or _DIGITS.search(text) is not None else []
    if runs and (always or "@" in text or phones_in(text)):
        for m in runs:
            tail = text[m.end() :]
            if tail[:1].isalpha() or (_PREPOSITION.search(text[: m.start()]) and not _DETAILS_AFTER.match(tail)):
                # part of a longer word ("Nachrichten GmbH") or a place ("v Hradci"), not a
                # person with their own details after a preposition ("na Filipa Moravce (f@…")
                continue
            if (
                text[m.start() - 1 : m.start()] == "-"
                or m.group(0).split()[0].lower() in _NOT_FIRST
            ):
                continue  # the end of a double name ("Jan-Niklas Weber"), "Our London"
            run = _LABEL_TAIL.sub("", _first_cell(_before_label(text, m, 0)))  # "Eva Marešová Tel.: …"
            if out and _title_after_name(run) and text[: m.start()].rstrip().endswith((",", "–", "-")):
                continue  # the function of the name before ("Reto Baumgartner, Leiter Daten & …")
            if run and (name := person_name(run, tail)) is not None:
                out.append((m.start(), name))
            elif (after := _after_qualified_role(text, m)) is not None:
                out.append(after)
    return out


def _name_runs(text: str) -> list[re.Match[str]]:
    """The runs of capitalised words of ``text``; a run that opens with the job title of a
    compound ("IT-Leiter Herr Markus Seidlhuber", "IT-Managerin Anna Roth") read again from
    its next word, where the person's name starts; so is a run of a form of address and a
    title ("Herrn Rechtsanwalt Stefan Roth", "Frau Redakteurin Eva Roth")."""
    out: list[re.Match[str]] = []
    for m in _NAME_RUN.finditer(text):
        words = m.group(0).split()
        first = words[0]
        if len(words) == 3 and _ADDRESS_FORM.fullmatch(first) and _role_word(words[1]):
            again = _NAME_RUN.match(text, m.start() + m.group(0).rindex(words[2]))
            if again is not None:
                out.append(again)
                continue
        if text[m.start() - 1 : m.start()] == "-" and _role_word(first):
            rest = m.start() + len(first)
            again = _NAME_RUN.match(text, rest + len(text[rest : m.end()]) - len(text[rest : m.end()].lstrip()))
            if again is not None:
                out.append(again)
                continue
        out.append(m)
    return out


def _after_qualified_role(text: str, m: re.Match[str]) -> tuple[int, str] | None:
    """The name after a title with a capitalised word qualifying it, which the run of
    capitalised words took in ("unsere Prager Korrespondentin Katrin Vogelsang", "Leitende
    Redakteurin Eva Roth"): the run read again from the word after the title."""
    words = m.group(0).split()
    if len(words) != 3 or not (_role_word(words[1]) or _ADDRESS_FORM.fullmatch(words[1])):
        return None  # a title, or a form of address after one ("Administrator Herr Lukas")
    at = m.start() + m.group(0).rindex(words[2])
    again = _NAME_RUN.match(text, at)
    if again is None or (name := person_name(_first_cell(again.group(0)), text[again.end() :])) is None:
        return None
    return at, name


def _sentence_anchor(blocks: Sequence[Block], office: Office) -> _Anchor | None:
    """A sentence that speaks of a contact and names exactly one person, whatever its wording
    ("Please treat our systems editor, Callum Reid, as the contact", "… má na starost Ondřej
    Sýkora, prosím obracejte se na něj jako na kontaktní osobu", "místo mě bude kontaktem
    kolega Jan Doubek"): that person, never for certain."""
    for b in blocks:
        for i, ln in enumerate(b.lines):
            if (found := _sentence_in(b, i, ln.text, office)) is not None:
                return found
    for b in blocks:  # a sentence wrapped onto the next line
        for i in range(len(b.lines)):
            if (text := _run_on(b, i)) is not None and (found := _sentence_in(b, i, text, office)):
                return found
    return None


_ONE_WORD = re.compile(rf"(?<![\w.@'’-])[{_UP}][{_LOW}'’]{{2,}}(?![\w@'’-]|\s+[{_UP}])")
"""A capitalised word alone (no capitalised word after it): a given name or a surname a
contact sentence may name a person by ("Please use Giulia as the contact", "kontaktní osobou
bude kolegyně Jana", "the contact is Ferri")."""


def _one_word_anchor(t: _Texts) -> _Anchor | None:
    """A contact sentence of the own text that names nobody in full but one person by a part
    of their name (a given name or a surname, in any case), when the text writes exactly one
    full name with that part (a signature block of several people): that person, never
    for certain."""
    blocks = t.signature  # the people of the signature, not a place or a column's head
    if not blocks:
        return None
    for b in t.own:
        for i, ln in enumerate(b.lines):
            text = ln.text
            head = text[:2000].lower()  # lowered once, not once per stem
            if not _CONTACT_STEM.search(head) or _GREETING.match(text):
                continue
            start = 0
            for end in [*_clause_ends(text), len(text)]:
                if (found := _one_word_in(text, start, end, blocks)) is not None:
                    name, col = found
                    return _Anchor(b, i, Hit(name, b.component, ln.no, False, Reason.SENTENCE), col)
                start = end
    return None


def _one_word_in(text: str, start: int, end: int, blocks: Sequence[Block]) -> tuple[str, int] | None:
    """The one full name a contact sentence (``text[start:end]``) means by one word, and where."""
    sentence = text[start:end]
    if _CONTACT_WORD.search(sentence) is None or _contact_me(sentence) or _FORMER.search(sentence):
        return None
    if _person_mentions(sentence, always=True):  # a person named in full, also one set aside
        return None
    lead = len(sentence) - len(sentence.lstrip(" \t-–—•*>"))
    found: dict[str, int] = {}
    for m in _ONE_WORD.finditer(sentence, lead):
        w = m.group(0)
        forms = [w, *_word_forms(w, "acc"), *_word_forms(w, "ins"), *_word_forms(w, "dat")]
        full = _full_name(forms, blocks)
        if " " in full:
            found.setdefault(full, start + m.start())
    if len(found) != 1:
        return None
    return next(iter(found.items()))


def _in_full(anchor: _Anchor, blocks: Sequence[Block]) -> _Anchor:
    """A person a sentence names by the surname alone, in whatever case ("kontaktujte přímo
    pana Kubíčka"), read as the one full name the text writes for that surname ("Richard
    Kubíček"); as written when the text writes none or two."""
    hit = anchor.person
    words = hit.value.split() if hit is not None else []
    if words and _FORM_OF_ADDRESS.fullmatch(words[0]):
        words = words[1:]  # "Herr Brandt": the surname alone after a form of address
    if hit is None or len(words) != 1:
        return anchor
    forms = [*_word_forms(words[0], "acc"), *_word_forms(words[0], "ins"), *_word_forms(words[0], "dat")]
    full = _full_name(forms, blocks)
    if " " not in full:
        return anchor
    if _fold(full.split()[0]) in {_fold(f) for f in forms} and _addressed_by_surname(anchor.block.lines[anchor.idx].text, forms):
        # "pana Jelínka" is a surname, so "Jelínek Martin" (an address book's From line) is
        # written surname first: the name in the order of the text
        full = " ".join([*full.split()[1:], full.split()[0]])
    return dataclasses.replace(anchor, person=dataclasses.replace(hit, value=full, certain=False))


def _surname_first_in(forms: Sequence[str], blocks: Sequence[Block]) -> str | None:
    """The one name of two words the texts write with a form of a surname (``forms``) first
    (a From line of an address book: "Okafor Chinedu"), in the order of the text; None when
    they write none or two."""
    folded = {_fold(f) for f in forms}
    found = {
        _fold(n): f"{words[1]} {words[0]}"
        for b in blocks
        for n in _names_in(b.text)
        if len(words := n.split()) == 2 and _fold(words[0]) in folded and not _FORM_OF_ADDRESS.fullmatch(words[0])
    }
    return next(iter(found.values())) if len(found) == 1 else None


_ADDRESSED_WORD = re.compile(_FORM_OF_ADDRESS.pattern + r"\s+(?P<w>[^\W\d_]+)", re.IGNORECASE)


def _addressed_by_surname(text: str, forms: Sequence[str]) -> bool:
    """Whether ``text`` writes a form of ``forms`` after a form of address ("pana Jelínka",
    "Mr Hale"): that word is a surname."""
    folded = {_fold(f) for f in forms}
    return any(
        folded & {_fold(f) for f in _word_forms(m.group("w"), "acc")}
        for m in _ADDRESSED_WORD.finditer(text)
        if m.start() == 0 or not text[m.start() - 1].isalpha()
    )


def _sentence_in(b: Block, i: int, text: str, office: Office) -> _Anchor | None:
    ln = b.lines[i]
    low = text[:2000].lower()
    if not _CONTACT_STEM.search(low) or _GREETING.match(text):
        return None
    start = prev = 0
    for end in [*_clause_ends(text), len(text)]:
        hit = _one_person(text, start, end, b, ln) or _referred(text, prev, start, end, b, ln)
        if hit is not None and not _office_contact(b.lines[i : i + 2], office):
            at, col = _place(b, i, hit[1]) if len(text) > len(ln.text) else (i, hit[1])
            return _Anchor(b, at, dataclasses.replace(hit[0], line=b.lines[at].no), col)
        prev, start = start, end
    return None


_PRONOUN = re.compile(
    r"^\W*(?:he|she|they|this\s+person|on|ona|oni|ten|ta|tá|tento|táto|tato|jeho|ju|ji|jej|ho|"
    r"him|her)\b",
    re.IGNORECASE,
)
"""A sentence that opens with a pronoun for a person ("He is the contact", "On bude
kontaktní osobou", "Ten je pre vás kontaktnou osobou")."""
_PRONOUN_COMPLEMENT = re.compile(
    r"\b(?:je|jest|bude|budou|bývá|sú|budú|is|will\s+be|ist|wird|sera|est|es|será|è|sarà)\s+"
    r"(?:(?:tedy|teda|proto|preto|therefore|then|also|také|tiež|taky)\s+)?"
    r"(?:he|she|they|him|her|them|on|ona|oni|ony|ten|ta|tá|tento|táto|tato|er|sie|il|elle|él|ella|lui|lei)"
    r"(?=\s*(?:[(,.;:!?–—]|\s-\s|$))",
    re.IGNORECASE,
)
"""A pronoun for a person as the complement of a contact sentence, the rest of the sentence
only its details ("Kontaktní osobou je on (d.v@…)", "The contact will be him.", "Kontaktnou
osobou bude ona, tel. …"): it names the person the sentence before names, like a pronoun
that opens the sentence. "The contact is on leave" is no pronoun (a word follows)."""


def _referred(
    text: str, prev: int, start: int, end: int, b: Block, ln: Line
) -> tuple[Hit, int] | None:
    """A contact sentence that names nobody and opens with a pronoun means the only person
    the sentence before it names ("… to our engineer Tom Ashby, …. He is the contact"):
    that person, never for certain."""
    sentence = text[start:end]
    if start == 0 or not (_PRONOUN.match(sentence) or _PRONOUN_COMPLEMENT.search(sentence)):
        return None
    if _CONTACT_WORD.search(sentence) is None:
        return None
    if _person_mentions(sentence, always=True):
        return None
    names = _distinct_names(text, prev, start)
    if len(names) != 1:
        return None
    off, name = names[0]
    return Hit(_as_nominative(text, prev, off, start, name, sentence), b.component, ln.no, False, Reason.SENTENCE), off


def _distinct_names(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """The persons ``text[start:end]`` names and no words set aside, one entry each."""
    found = [
        (start + off, name)
        for off, name in _person_mentions(text[start:end], always=True)
        if not _set_aside(text, start + off, False)
    ]
    names: list[tuple[int, str]] = []
    for off, name in found:
        if not any(_same_person(name, n) or _same_person(n, name) for _, n in names):
            names.append((off, name))
    return names


_CONTACT_ME = re.compile(
    r"(?=[acknopvw])\b(?:(?:ne)?(?:kontakt\w*|obra[tťc]\w*|volejte|pište)|contact|ansprech\w*|call|write)\b[^.;]{0,25}?"
    r"(?<!místo\s)(?<!misto\s)(?<!miesto\s)(?<!namísto\s)(?<!of\s)(?<!from\s)(?<!ode\s)(?<!odo\s)"
    r"(?<!od\s)(?<!po\s)\b(?:mě|mně|mne|mňa|me|mnou|mich)\b",
    re.IGNORECASE,
)
"""The writer names themselves the contact ("kontaktovat prosím mě", "contact me"): the
other person of the sentence is not."""
_NOT_ME = re.compile(
    # a negated verb or a negation before the pronoun ("nebudete mě", "ne na mě", "not me",
    # "nie mňa", "nicht mich"), not a superlative ("nejlépe mě") nor "nebo" (or)
    r"\b(?:ne(?!j|bo\b)\w{2,}|ne|not|never|nie|nicht|nikoli|nikoliv|don['’]t|do\s+not)\s+(?:\w+\s+){0,2}?$",
    re.IGNORECASE,
)
_BUT = re.compile(r"\W{0,3}(?:ale|nýbrž|nybrz|but|lecz|sondern|mais|pero)\b", re.IGNORECASE)
"""A negation before the writer's pronoun (or ``_BUT``, a contrast after it): the writer
sends the office to someone else ("Kontaktovat nebudete mě, ale kolegu …", "not me but …")."""


def _negated_me(text: str, m: re.Match[str]) -> bool:
    """A ``_CONTACT_ME`` match the writer negates or contrasts with another (``_NOT_ME``)."""
    me = m.end() - len(m.group(0).split()[-1])
    return bool(_NOT_ME.search(text[m.start() : me]) or _BUT.match(text, m.end()))


def _contact_me(text: str) -> bool:
    """The writer names themselves the contact in ``text`` and does not negate it."""
    return any(not _negated_me(text, m) for m in _CONTACT_ME.finditer(text))


def _not_me(text: str) -> bool:
    """The writer sends the office away from themselves in ``text`` ("nekontaktujte mňa, ale
    kolegyňu …", "not me but …"): a contact sentence about the other person it names."""
    return any(_negated_me(text, m) for m in _CONTACT_ME.finditer(text))


_APPOSITION = re.compile(r"(?:\s+(?:instead|now|please|prosím|teď|nyní|jetzt|bitte))?\s*(?:[:,]|\s[-–—])\s*")
"""What sets a name beside the pronoun it names: "na mě: Jana Malá", "contact me, Tom Ray"."""
_ME_WORDS = ("mě", "mně", "mne", "mňa", "me", "mnou", "mich", "já", "ja", "ich")
_ME_WORD = any_of(_ME_WORDS)
_I_AM_ROLE = re.compile(
    r"(?:\b(?:jsem|som|jestem|bin|suis|soy|sono)|(?-i:\bI)(?:\s+am|['’]m))\s+"
    r"(?:[^\W\d_]+\s+){0,3}?[^\W\d_]+(?=\s*:\s|\s[-–—]\s)",
    re.IGNORECASE,
)
"""The writer gives their role in the first person and sets their name after it ("jsem
koordinátorka projektu: Tereza …", "I'm the producer – Ann …", "ich bin die Redakteurin: …")."""
_I_AM_STEMS = ("jsem", "som", "jestem", "bin", "suis", "soy", "sono", "i am", "i'm", "i’m")
_I_AM_STEM = any_of(_I_AM_STEMS)
_CONTACT_I = re.compile(
    r"\b(?:kontakt\w*|ansprech\w*|contact)\s+(?:[^\W\d_]+\s+){0,6}?"
    r"(?:(?:jsem|som|jestem|bin|budu|budem|będę|bede)\s+(?:[^\W\d_]+\s+){0,4}?(?:já|ja|ich)|"
    r"(?:is|will\s+be)\s+(?:[^\W\d_]+\s+){0,2}?(?:me|myself))\b",
    re.IGNORECASE,
)
"""The writer names themselves the contact in the nominative, now or from now on ("kontaktní
osobou jsem nově já, …", "budu já", "budem odteraz ja", "będę ja", "Ansprechpartnerin bin ab
sofort ich, …", "the contact person is me, …"), also with the matter the role covers between
("kontaktní osobou pro technické otázky jsem já, …", "contact for the feed will be me, …"):
a name set beside it is theirs."""


_HANDLE_I = re.compile(
    r"\b(?:(?:vyřizuj|vyrizuj|zajišťuj|zajistuj|vybavuj|vedu|koordinuj)(?:i|u|em)|řeším|resim|riešim|"
    r"prowadz[ęe]|zajmuj[ęe]\s+si[ęe]|koordynuj[ęe]|bearbeite|betreue|koordiniere|"
    r"(?-i:I)(?:\s+am|'m|’m)?\s+(?:handling|coordinating|managing|handle|coordinate|manage))"
    r"(?:\s+[^\W\d_]+){0,4}?(?:\s+(?:já|ja|ich|osobně|osobne|osobiście|selbst|myself|personally))?(?=\s*(?:[:,]|\s[-–—]))",
    re.IGNORECASE,
)
"""The writer says in the first person that they handle the matter ("žádost za klienta
vyřizuji já – Klára …", "vybavujem ja: …", "sprawę prowadzę ja, …", "den Antrag betreue
ich – …", "I am handling this request – …"): a name set beside it is theirs."""
_HANDLE_STEMS = ("vyřizuj", "vyrizuj", "zajišťuj", "zajistuj", "vybavuj", "vedu", "koordin", "řeším", "resim",
                 "riešim", "prowadz", "zajmuj", "bearbeite", "betreue", "handl", "manag", "coordin")
_HANDLE_STEM = any_of(_HANDLE_STEMS)


def _named_self(text: str) -> tuple[str, int] | None:
    """The name the writer gives themselves right after saying they are the contact
    ("obracejte se na mne: Alena Vrbová", "contact me - Tom Ray, …") and where it starts."""
    low = text.lower()
    me, handle = _ME_WORD.search(low) is not None, _HANDLE_STEM.search(low) is not None
    if not (me or handle):
        return None
    found = [m for m in _CONTACT_ME.finditer(text) if not _negated_me(text, m)] if me else []
    found = [*found, *_CONTACT_I.finditer(text)] if me else []
    for m in [*found, *(_HANDLE_I.finditer(text) if handle else ())]:
        sep = _APPOSITION.match(text, m.end())
        if sep is not None and sep.end() > m.end() and (name := person_name(text[sep.end() :])):
            return name, sep.end()
    return None


def _introduced_self(text: str) -> tuple[str, int] | None:
    """The name the writer sets after their own role ("volejte, jsem koordinátorka projektu:
    Tereza Malá, 736 …") and where it starts: a free sentence, never certain."""
    low = text.lower()
    if ":" not in text and "-" not in text and "–" not in text or _I_AM_STEM.search(low) is None:
        return None
    for m in _I_AM_ROLE.finditer(text):
        sep = _APPOSITION.match(text, m.end())
        if sep is not None and sep.end() > m.end() and (name := person_name(text[sep.end() :])):
            return name, sep.end()
    return None


def _introduced_anchor(t: _Texts) -> _Anchor | None:
    """The person the writer introduces as themselves by their role (``_introduced_self``)
    in the own text: the contact when nothing names another, never for certain."""
    for b in t.own:
        for i, ln in enumerate(b.lines):
            if (found := _introduced_self(ln.text)) is not None:
                return _Anchor(b, i, Hit(found[0], b.component, ln.no, False, Reason.SENTENCE), found[1])
    return None


_AT_DISPOSAL = re.compile(
    # a verb in the third person (never the writer's own "je reste", "resto", "quedo",
    # "jsem", "stehe"), words or the person's details, then the phrase
    r"(?<![\w'’])(?P<verb>se\s+tien(?:t|dra)|est|reste|restera|sera|demeure|steht|wird|è|resta|rimane|"
    r"sarà|rimarrà|está|esta|queda|quedará|estará|permanece|jest|pozostaje|pozostanie|będzie|"
    r"je|bude|zůstává|zůstane|zostáva|ostáva)\s+"
    r"[^\n]{0,90}?(?:(?<![\w'’])(?:à|a)\s+(?:[^\W\d_]+\s+){0,2}?disposi(?:tion|zione|ción|cion)|"
    r"zur\s+Verfügung|do\s+(?:[^\W\d_]+\s+)?dyspozycji|k\s+dispoz[ií]ci(?:i|ii))\b",
    re.IGNORECASE,
)
"""A person "at your disposal" for the matter, named before the phrase ("Notre responsable
technique, M. … (…), se tient à votre disposition", "Herr … steht Ihnen gern zur Verfügung",
"… è a vostra disposizione", "… está a su disposición", "… pozostaje do Państwa dyspozycji",
"… je vám k dispozici")."""
_AT_DISPOSAL_WORDS = ("dispos", "dispoz", "verfügung", "dyspozycj")
_CLAUSE_START = re.compile(r"(?:(?<=\w\w)[.!?]|[:;])\s+|[.!?]\s*\n|\n\s*\n")
_BRACKETED = re.compile(r"\([^()\n]*\)")
_OF_BEFORE = re.compile(r"(?:\b(?:de|du|des|of|von|vom|der|di|del|della|da|do|dos|das|z|ze|od)\s+|\bd['’])$", re.IGNORECASE)
"""A preposition of belonging before a name: "La rédaction de Lyon Matin", "the desk of …"
(an outlet or a place named after it, not the subject)."""
_CAPITALISED_RUN = re.compile(rf"{_NAME_WORD}(?:\s+(?:[A-Z][a-z]{{0,3}}\.\s*)?{_NAME_WORD}){{1,3}}")


def _disposal_person(text: str) -> tuple[str, int] | None:
    """The one person named in the clause before the "at your disposal" phrase of ``text``,
    with the offset of the name; none when the clause names none or several."""
    m = _AT_DISPOSAL.search(text)
    if m is None:
        return None
    start = max((c.end() for c in _CLAUSE_START.finditer(text, 0, m.start())), default=0)
    clause = _BRACKETED.sub(lambda b: " " * len(b.group(0)), text[start : m.start()])
    found: dict[str, int] = {}
    for run in _CAPITALISED_RUN.finditer(clause):
        if _OF_BEFORE.search(clause[: run.start()]):
            continue
        words = run.group(0).split()
        for k in range(len(words) - 1):  # "Notre Tobias Brandt": from the first word a name reads
            if (name := person_name(" ".join(words[k:]))) is not None:
                found.setdefault(name, start + run.start() + clause[run.start() :].find(words[k]))
                break
    return next(iter(found.items())) if len(found) == 1 else None


def _disposal_anchor(t: _Texts) -> _Anchor | None:
    """A person the own text names at the office's disposal for the matter, the phrase on
    the name's line or the next (a wrapped letter): the contact, never for certain."""
    for b in t.own:
        for i, ln in enumerate(b.lines):
            low = ln.text.lower()
            if not any(w in low for w in _AT_DISPOSAL_WORDS):
                continue
            for j in (i, i - 1):
                if j < 0 or (j < i and not b.lines[j].text.strip()):
                    continue
                text = "\n".join(x.text for x in b.lines[j : i + 1])
                found = _disposal_person(text)
                if found is None or found[1] >= len(b.lines[j].text):
                    continue
                name, col = found
                return _Anchor(b, j, Hit(name, b.component, b.lines[j].no, False, Reason.SENTENCE), col)
    return None


def _named_self_anchor(t: _Texts) -> _Anchor | None:
    """The person the writer names as themselves in a sentence making them the contact:
    before the one who signs (a statutory signer of the letter), but not for certain when
    a signer of another name competes."""
    for b in t.own:
        for i, ln in enumerate(b.lines):
            if (found := _named_self(ln.text)) is None:
                continue
            name, col = found
            # the signer only now: few texts name the writer so (the signer's reading is costly)
            signer = _signature_person(t.signature) or _letter_signer(t.own, t.office)
            sure = signer is None or _same_person(signer.value, name)
            person = Hit(name, b.component, ln.no, sure, None if sure else Reason.OTHER_PERSON)
            return _Anchor(b, i, person, col)
    return None


_HANDLING = re.compile(
    r"\b(?:(?:vy)?řeš(?:it|í|il|ila|ili)|(?:vy)?rieš(?:iť|i|il|ila)|handl(?:e|es|ed|ing)|"
    r"(?:be|bude|budou)\s+(?:mít|mať)\s+na\s+starosti|k[üu]mmer\w*|betreu\w*|"
    # organising or following up the matter: "vše zařizuje …", "Všechno organizuje …",
    # "assurera le suivi de ce dossier", "suivra ce dossier", "will follow up", "se encarga"
    r"zařizuj\w*|zarizuj\w*|organizuj\w*|organi[sz](?:es|ing)|coordinat(?:es|ing)|"
    r"(?:assur\w*|fera|fait)\s+le\s+suivi|suivra|follow(?:s|ing)?\s+up|se\s+encarg\w*)\b",
    re.IGNORECASE,
)
"""A verb of handling the matter, in any tense or person ("technické věci bude řešit kolega
…", "vše vyřeší paní …", "rieši to kolegyňa …", "handles the server side", "betreut …"): a
contact word only in a sentence that gives the person's own e-mail or phone."""


def _handled_by(sentence: str) -> bool:
    """A sentence saying who handles the matter, with an e-mail or phone offered there."""
    return _HANDLING.search(sentence) is not None and ("@" in sentence or bool(phones_in(sentence)))


def _one_person(text: str, start: int, end: int, b: Block, ln: Line) -> tuple[Hit, int] | None:
    """The only person a sentence (``text[start:end]``) with a contact word names, and where."""
    sentence = text[start:end]
    if (_CONTACT_WORD.search(sentence) is None and not _handled_by(sentence) and not _not_me(sentence)) or _contact_me(
        sentence
    ):
        return None
    names = _distinct_names(text, start, end)
    if len(names) != 1:
        return None
    off, name = names[0]
    return Hit(_as_nominative(text, start, off, end, name, sentence), b.component, ln.no, False, Reason.SENTENCE), off


def _as_nominative(text: str, start: int, off: int, end: int, name: str, details: str) -> str:
    """A name a sentence names at ``off`` turned back to the nominative when the words before
    it decline it ("řešte s kolegou Šimonem Kratochvílem", "žádost pana Daniela Vacka"); the
    e-mails of ``details`` (the contact sentence) spell the form."""
    at = max(off, text.find(name, off, end))  # past a role word the mention starts with ("kolegu X")
    if (case := _case_of(text[max(start, at - 45) : at], name)) != "nom":
        hints = [e.split("@")[0] for e in emails_in(details, CSU)]
        return _nominative(name, case, hints)
    return name


_CASE_BEFORE = re.compile(
    r"(?:^|\s)(?:(?P<ins>s|se|sa)|(?P<acc>na|pro|pre))"
    r"(?:\s+(?:kolegou|kolegyní|kolegyňou|panem|paní|pánom|pani|pana|kolegu|kolegyni|p\.))?\s+$"
    # a masculine colleague or Mr in the accusative, the object of a verb ("uveďte kolegu …")
    r"|(?:^|\s)(?:kolegu|pana|pána)\s+$"
    # a possessive in the accusative before a role ("uveďte mého nástupce …", "mou zástupkyni")
    r"|(?:^|\s)(?:mého|mou|moji|našeho|svého|svou|môjho|moju|nášho|našu|"
    # … or in the genitive of a feminine one ("žádost naší kolegyně …")
    r"naší|vaší|své|mé|našej|vašej|mojej|svojej)\s+"
    r"(?-i:[a-záčďéěíňóřšťúůýžľĺŕôä]+)\s+$",
    re.IGNORECASE,
)
"""A Czech or Slovak preposition right before a name that declines it: "s" (with) the
instrumental, "na"/"pro" (to, for) the accusative."""


def _case_before(head: str) -> str:
    m = _CASE_BEFORE.search(head)
    return "nom" if m is None else "ins" if m.group("ins") else "acc"


_WITH_ROLE = re.compile(r"(?:^|\s)(?:s|se|sa)\s+(?:(?-i:[a-záčďéěíňóřšťúůýžľĺŕôä]+),?\s+){1,4}$", re.IGNORECASE)
""""s"/"se" (with) and up to four lower-case words before a name: a role in the
instrumental and its complement ("s producentkou", "se zástupcem šéfredaktora"), also in an
apposition after a comma ("s naším správcem sítě, panem …")."""
_INSTRUMENTAL_END = re.compile(r"(?:ou|em|ým|ím|om)$")
"""The endings of Czech and Slovak names in the instrumental ("Alenou Bartošovou", "Pavlem
Matějkou", "Petrem Novým", "Tiborom Hudákom"); no nominative pair of names has them both."""


_ACC_GIVEN_F = re.compile(r"(?:[^oO\W]u|ii)$")
"""A Czech or Slovak feminine given name in the accusative ("Kamilu", "Zuzanu", "Lucii");
no given name ends so in the nominative, and the instrumental ends in "-ou"/"-í"."""


def _accusative_by_endings(words: Sequence[str]) -> bool:
    """A name whose own endings mark it the object of a verb, whatever verb or words stand
    before it ("kontaktujte prosím místo něj Kamilu Jandovou", "uveďte jako kontakt Lucii
    Drábkovou", "Jana Nového"): a feminine given name in "-u"/"-ii" with a surname in "-ou"
    (Slovak "-ú"), or any given name with an adjective surname in "-ého"; no nominative pair has them."""
    if len(words) != 2:
        return False
    given, surname = words
    if surname.endswith(("ého", "ieho")):  # "Jana Nového", "Ondřeje Veselého", "Jiřího Malého"
        return given[-1:] in "aue" or given.endswith("ího")
    return bool(_ACC_GIVEN_F.search(given)) and surname.endswith(("ou", "ú")) and len(surname) > 3


def _case_of(head: str, name: str) -> str:
    """The case of ``name`` after the words ``head`` before it: the case its preposition
    governs; the instrumental also after "s"/"se" and a role in between ("domluvte s
    producentkou Alenou Bartošovou", "veďte se zástupcem šéfredaktora Pavlem Matějkou") when
    every word of the name has an instrumental ending; the accusative when the name's own
    endings say so (``_accusative_by_endings``)."""
    case = _case_before(head)
    words = name.split()
    if case == "nom" and _accusative_by_endings(words):
        return "acc"
    if (
        case == "nom"
        and len(words) > 1
        and all(len(w) > 3 and _INSTRUMENTAL_END.search(w) for w in words)
        and _WITH_ROLE.search(head)
    ):
        return "ins"
    return case


def _set_aside(text: str, off: int, named: bool) -> bool:
    """The words of the name's own cell or bracket after it, else of the clause before it,
    set it aside (a crew member, a colleague in copy, a former contact; beside a labelled
    contact also a statutory signer), unless they speak of a contact."""
    after = _CELL_END.split(text[off : off + 60], maxsplit=1)[0]
    if _CONTACT_WORD.search(after):  # "Stefan Hofer (reporter, applicant and contact person)"
        return False
    if _CREW.search(after) or (_SET_ASIDE.search(after) and not _handed_in_copy(text, off, after)):
        return True  # "Nils Berg (photographer)"
    start = max(_clause_ends(text, 0, off), default=0)
    prefix = text[start:off]
    if _REPLACED_BEFORE.search(text, max(0, off - 40), off) or _REPLACED_LEAD.match(text, off):
        return True  # "instead of Ms X, who left, I will be …", "Statt Frau X bin ich …"
    if (word := _CONTACT_WORD.search(prefix)) is not None:  # unless a former contact
        # or the one replaced: "kontaktní osobou místo kolegyně X, která odchází, budu já"
        return bool(_FORMER.search(prefix, max(0, word.start() - 25), word.end()) or _REPLACED_BEFORE.search(prefix))
    if _ABSENCE.search(text, max(0, off - 80), off):  # "v mé nepřítomnosti (…) mě zastoupí X"
        return True
    return bool(_SET_ASIDE.search(prefix) or (named and _SIGNER_ROLE.search(text[start:])))


_COPIED = re.compile(r"\b(?:v\s+kopii|do\s+kopie|do\s+kópie|w\s+kopii|in\s+copy|in\s+cc|copied|cc|in\s+kopie)\b", re.IGNORECASE)


def _handed_in_copy(text: str, off: int, after: str) -> bool:
    """A colleague copied in to whom the sentence hands the application's communication over
    ("od zítřka přebírá komunikaci kolegyně X (v kopii)", "X (in cc) takes over the
    correspondence"): the copy does not set the one taking over aside."""
    if _COPIED.search(after) is None or _SET_ASIDE.search(_COPIED.sub(" ", after)):
        return False
    return _HANDED_MATTER.search(text, max(0, off - 120), min(len(text), off + 160)) is not None


_REPLACED_BEFORE = re.compile(
    r"\b(?:místo|namísto|miesto|namiesto|instead\s+of|rather\s+than|statt|anstelle|anstatt|"
    r"nikoliv?|(?:(?<=\()|(?<=[,;–]\s))(?:ne|nie|not|nicht))\s+"
    # never a pronoun set aside ("místo mě kolega X", "místo něho paní X", "instead of him, Ms X")
    r"(?:(?!(?:mě|mne|mňa|ma|me|mich|mir|moi|nás|nas|us|uns|něho|něj|neho|nej|ní|ni|nej|jeho|ji|ju|"
    r"him|her|them|ihn|sie|ihm|ihr|nich|nie)\b)[^\W\d_]+\.?,?\s+){0,2}$",
    re.IGNORECASE,
)
"""The words just before a name setting it aside as the one replaced ("místo kolegyně ",
"instead of Ms ", "(ne kolega ", ", nicht Herr ")."""
_REPLACED_LEAD = re.compile(r"(?:Místo|Namísto|Miesto|Namiesto|Statt|Anstelle|Anstatt)\s")
"""A name run that starts with the word setting it aside ("Statt Frau Jandl")."""
_CELL_END = re.compile(r"\)|\s(?:and|a|und|i)\s|;")
"""Where the words about a name end: its bracket closes, the next name is joined on."""
_LABEL_TAIL = re.compile(r"\s+(?:Tel|Telefon|Phone|Mobil|Mobile|Fax|Email|Mail|Web)$")


def rival_person(
    blocks: Sequence[Block],
    person: str,
    skip: Sequence[str] = (),
    *,
    named: bool = False,
    office: Office = CSU,
) -> str | None:
    """Another person the applicant's own text names beside ``person`` whom no rule sets
    aside (the ``skip`` names, such as the signer beside a labelled contact; an addressee;
    a message header; the office's staff): a second candidate contact."""
    for b in blocks:
        for ln in b.lines:
            text = ln.text
            mentions = _person_mentions(text) if text.strip() else []
            if not mentions or _GREETING.match(text) or _HEADER_FIELD.match(text):
                continue
            if is_reply_header(text) or _office_contact([ln], office):
                continue
            for off, name in mentions:
                if _same_person(name, person) or any(_same_person(name, s) for s in skip):
                    continue
                if not _set_aside(text, off, named):
                    return name
    return None


_OWN_DETAILS = re.compile(r"\s*(?:[(,:;]|\s[-–—])\s*(?:[\w.+-]+@|\+?\d[\d /.-]{7,})")
"""A person's own e-mail or phone at once after their name, apart by a comma, a bracket, a
colon or a dash ("Alena Trnková, alena@…", "Luboš Kníže (602 …)", "Eva Malá – 777 …")."""


def _detailed_rival(blocks: Sequence[Block], person: str, office: Office) -> str | None:
    """Another person of the own text who gives their own e-mail or phone beside their name,
    whatever words stand before it (a crew member, a producer, a colleague): when no label
    or contact sentence chose among them, each such person is a candidate contact."""
    for b in blocks:
        for ln in b.lines:
            text = ln.text
            if ("@" not in text and _DIGITS.search(text) is None) or _HEADER_FIELD.match(text):
                continue
            if is_reply_header(text) or _office_contact([ln], office):
                continue
            for m in _NAME_RUN.finditer(text):
                if _OWN_DETAILS.match(text, m.end()) is None or text[m.start() - 1 : m.start()] == "-":
                    continue
                if _role_word(m.group(0).split()[-1]):
                    continue  # a job title alone ("Systems Engineer, …")
                name = person_name(m.group(0)) or _leading_name(m.group(0))
                if name is not None and not _same_person(name, person):
                    return name
    return None


# ---------------------------------------------------------------- the contact's details --


def _anchor_details(a: _Anchor, office: Office) -> tuple[Hit | None, Hit | None]:
    """E-mail and phone of a labelled contact: the rest of its line, else the next lines up
    to one about another person (the address that spells the contact's name first), with
    cells wrapped onto the next lines joined (unsure)."""
    b, ln = a.block, a.block.lines[a.idx]
    person = a.person.value if a.person else None
    email = phone = None
    if es := _emails_after(ln.text, office, a.col, person):
        email = Hit(es[0], b.component, ln.no)
    if num := _best_phone(_phones_after(ln.text, office, a.col, person)):
        phone = _phone_hit(num, b, ln, b.text)
    win = [ln]
    for nxt in b.lines[a.idx + 1 : a.idx + 4]:
        if _labelled(nxt.text) is not None or _someone_else(nxt.text, person):
            break
        win.append(nxt)
    email = email or _window_email(win[1:], b, office, person)
    phone = phone or _first_phone(win[1:], b, office, person, attribute=person is not None)
    if email is None or phone is None:
        email, phone = _wrapped_details(a, len(win), office, email, phone)
    return email, phone


def _window_email(
    lines: Sequence[Line], block: Block, office: Office, person: str | None
) -> Hit | None:
    first: Hit | None = None
    for ln in lines:
        for e in emails_in(ln.text, office):
            if person is not None and _stem(person.split()[-1]) in _fold(e.split("@")[0]):
                return Hit(e, block.component, ln.no)
            first = first or Hit(e, block.component, ln.no)
    return first


def _wrapped_details(
    a: _Anchor, size: int, office: Office, email: Hit | None, phone: Hit | None
) -> tuple[Hit | None, Hit | None]:
    """Cells wrapped onto several lines in the anchor's column, from the two lines above it
    (a label set at the foot of its cell) to the end of its window: never for certain."""
    b = a.block
    for j in range(max(0, a.idx - 2), a.idx + size):
        if email and phone:
            break
        if j < a.idx and b.lines[j].text[: a.col].strip():
            continue
        w_emails, w_phones = _wrapped(b.lines, j, office)
        no = b.lines[j].no
        if email is None and w_emails:
            email = Hit(w_emails[0], b.component, no, False, Reason.WRAPPED)
        if phone is None and w_phones:
            phone = Hit(w_phones[0], b.component, no, False, Reason.WRAPPED)
    return email, phone


_FROM_LINE = re.compile(
    # the sender line of a forwarded or quoted header, in the mail clients' languages too
    r"^\s*\*?(?:from|od|odesílatel|von|absender|nadawca|de|feladó|felado|expéditeur|da|mittente)"
    r"\s*:\*?\s*(?P<n>[^<\n]*)<(?P<e>[^>\s]+)>",
    re.I,
)


@dataclass(frozen=True)
class _Texts:
    own: Sequence[Block]
    signature: Sequence[Block]
    fallback: Sequence[Block]
    office: Office
    candidates: dict[str | None, tuple[tuple[Block, Line], ...]] = dataclasses.field(
        default_factory=dict, init=False, compare=False, repr=False
    )
    """``_candidates`` of these texts by person, once read (a new ``_Texts``, also one made by
    ``dataclasses.replace``, starts empty)."""


def _named_details(person: Hit, t: _Texts, signer: Hit | None) -> tuple[Hit | None, Hit | None]:
    """E-mail and phone written with the contact's name (a row of a table, a line of the own
    text) or in their own signature; certain there."""
    email = phone = None
    blocks = [*t.own, *t.signature]
    if signer is not None and signer.value == person.value:
        for b in t.signature:
            # not a colleague's stanza under the signer's ("V kopii kolega:" / "Pavel …" / "Tel.: …")
            ls = [ln for ln in b.lines if not _others_stanza(b, ln.no, person.value)] if len(b.lines) > 3 else b.lines
            # nor a staff list's line of another person ("správce sítě: Roman Bednář, 606 …")
            theirs = {b.lines[j].no for j in range(len(b.lines)) if _others_staff_line(b, j, person.value)}
            ls = [ln for ln in ls if ln.no not in theirs]
            email = email or _first_email(ls, b, t.office)
            # not the number of another signer's own line ("Jan Doležal, jednatel, 602 …")
            phone = phone or _first_phone([ln for ln in ls if not _other_signer_line(ln.text, person.value)], b, t.office)
    for b in blocks:
        for i, ln in enumerate(b.lines):
            if (email and phone) or not _mentions(_fold(ln.text), person.value):
                continue
            namesakes = (n for n in _names_in(ln.text) if _mentions(_fold(n), person.value))
            if any(not _same_person(n, person.value) for n in namesakes):
                continue  # "Eva Nováková, fotografka" is not "Jan Novák"
            # a value written after another person named on the line is theirs
            es = [e for e in _emails(ln.text, t.office, person.value) if not _spells_other(e, person.value, b.text)]
            if email is None and es:
                email = Hit(es[0], b.component, ln.no)
            if phone is None and (num := _best_phone(_phones(ln.text, t.office, person.value, attribute=True))):
                phone = _phone_hit(num, b, ln, b.text)
            if phone is None and (wrapped := _wrapped(b.lines, i, t.office)[1]):
                phone = Hit(wrapped[0], b.component, ln.no, False, Reason.WRAPPED)
            if (email is None or phone is None) and (stanza := _stanza(b, i, person.value)):
                email = email or _first_email(stanza, b, t.office, person.value)
                phone = phone or _first_phone(stanza, b, t.office, person.value, attribute=True)
    return email, phone


def _other_signer_line(text: str, person: str) -> bool:
    """Whether a signature line opens with another person's name in a cell of its own and goes
    on with their details ("Jan Doležal, jednatel, 602 300 411" above the contact's own line):
    that person's line."""
    cells = _SIGNATURE_CELL.split(_CLOSING.sub("", text))
    if len(cells) < 2:
        return False
    name = _signature_cell_name(cells, 0, legal_name_in(text) or "")
    return name is not None and not _same_person(name, person) and not _same_person(person, name)


def _in_others_stanza(hit: Hit | None, signature: Sequence[Block], person: Hit | None) -> Hit | None:
    """A number read as the contact's from a signature stanza that opens with another
    person's name ("Eva Malá" / "šéfredaktorka" / "tel. …" when the contact is Ondřej
    Vrána): theirs, not the contact's; kept, unsure."""
    if hit is None or person is None or not hit.certain:
        return hit
    if (where := _hit_place(hit, signature)) is None:
        return hit
    b, idx = where
    if _titled_other(b.lines[idx].text, person.value):
        return dataclasses.replace(hit, certain=False, reason=Reason.OTHER_PERSON)
    for k in range(idx - 1, max(idx - 5, -1), -1):
        text = b.lines[k].text.strip()
        if not text:
            break
        if k == 0 or not b.lines[k - 1].text.strip():
            name = person_name(text.lstrip("-–— "))
            if name is not None and not _same_person(name, person.value):
                return dataclasses.replace(hit, certain=False, reason=Reason.OTHER_PERSON)
            break
    return hit


_TITLED_OTHER = re.compile(
    r"^\s*(?P<role>[^\W\d_][^\W\d_ -]*(?:[ -][^\W\d_]+){0,3}?)\s*:?\s+"
    r"(?P<name>[^\W\d_]+\s+[^\W\d_]+(?:-[^\W\d_]+)?)\s*[,|–-]"
)
"""A signature line opening with a job title or a desk's label and a person's name before
the number ("šéfredaktor Petr Velký, tel. …", "Assistenz: Eva Roth, Tel. …")."""


def _titled_other(text: str, person: str) -> bool:
    """Whether a signature line gives its number for another person it names after a job
    title or a label: that person's number, not the contact's."""
    m = _TITLED_OTHER.match(text)
    if m is None:
        return False
    role = m.group("role").split()[-1].split("-")[0]
    if not (_role_word(role) or text[m.end("role") : m.start("name")].strip() == ":"):
        return False
    name = person_name(m.group("name"))
    return name is not None and not _same_person(name, person)


def _stanza(b: Block, i: int, person: str) -> list[Line]:
    """The lines under a line of the contact's name alone, up to a blank line or another
    person's name (a signature of several people, each a stanza of name, role, phone and
    e-mail: "Klára Pilná" / "vydavatelka" / "+420 …" / "" / "Daniel Vacek" / …): their own."""
    name = person_name(b.lines[i].text.strip().lstrip("-–— "))
    if name is None or not _same_person(name, person):
        return []
    out: list[Line] = []
    for j, ln in enumerate(b.lines[i + 1 : i + 6], i + 1):
        text = ln.text.strip()
        if not text or (len(text) <= 40 and "@" not in text and person_name(text)) or _others_staff_line(b, j, person):
            break
        out.append(ln)
    return out


_COLUMN = re.compile(r"[^\s|]+(?: [^\s|]+)*")
"""A cell of a line set in columns: words joined by single spaces, apart by a tab, a pipe
or a run of spaces."""


def _columns(text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group(0)) for m in _COLUMN.finditer(text)]


def _column_at(cells: Sequence[tuple[int, str]], index: int, col: int, width: int) -> str:
    """The cell of a later line under the ``index``-th cell of the names' line (starting at
    ``col``, ``width`` cells in all): the same place when the line has as many cells, else
    the cell starting nearest the column."""
    if len(cells) == width:
        return cells[index][1]
    return min(cells, key=lambda c: abs(c[0] - col))[1] if cells else ""


def _column_details(person: Hit, blocks: Sequence[Block], office: Office) -> tuple[Hit | None, Hit | None]:
    """People signing side by side ("Eva Horáková      Martin Holub", each with a role,
    phone and address under their name, or cells apart by tabs or pipes): the contact's
    e-mail and phone are those in the contact's column, never another's column. Unsure: the
    column is read from the layout (OTHER_PERSON)."""
    for b in blocks:
        for i, ln in enumerate(b.lines):
            cells = _columns(ln.text)
            if len(cells) < 2 or not _mentions(_fold(ln.text), person.value):
                continue
            mine = [k for k, (_, c) in enumerate(cells) if _same_person(person_name(c) or "-", person.value)]
            others = [k for k, (_, c) in enumerate(cells) if k not in mine and person_name(c)]
            if len(mine) != 1 or not others:
                continue
            return _column_values(b, i, mine[0], cells, office)
    return None, None


def _column_values(
    b: Block, i: int, index: int, cells: Sequence[tuple[int, str]], office: Office
) -> tuple[Hit | None, Hit | None]:
    email = phone = None
    for ln in b.lines[i + 1 : i + 8]:
        if not ln.text.strip():
            break
        cell = _column_at(_columns(ln.text), index, cells[index][0], len(cells))
        if email is None and (es := emails_in(cell, office)):
            email = Hit(es[0], b.component, ln.no, False, Reason.OTHER_PERSON)
        if phone is None and (num := _best_phone(_phones(cell, office))):
            phone = Hit(num, b.component, ln.no, False, Reason.OTHER_PERSON)
    return email, phone


@per_application(maxsize=256)
def _text_names(text: str) -> tuple[str, ...]:
    """The persons a text names, a name broken across its lines read whole."""
    return tuple(_names_in(text.replace("\n", " "), rows=False))


def _spells_other(email: str, person: str, text: str) -> bool:
    """An e-mail address whose name part spells the surname of another person the text
    names, and nothing of the contact's name ("vlcek@…" beside "Standa Vlček" when the
    contact is Adéla Pospíšilová): that person's address."""
    return _spelled_other(email, person, text) is not None


def _spelled_other(email: str, person: str, text: str) -> str | None:
    """The other person of the text whose surname ``email``'s name part spells, or whose
    given name and the surname's start ("kamila.riha" for Kamila Říhová); see
    ``_spells_other``. Any person of the text when ``person`` is empty."""
    local = _fold(email.split("@")[0])
    if any(len(w) >= 3 and _fold(w)[:4] in local for w in person.split()):
        return None
    lines = (n for ln in text.splitlines() if "@" not in ln for n in _names_in(ln))
    for name in dict.fromkeys([*_text_names(text), *lines]):
        words = [_fold(w) for w in name.split()]
        if person and (trader := trader_of(text, name)) and _same_person(trader, person):
            continue  # the person's own trade name ("Barbora Nedomová – Nedoma Foto"), no one else
        surname, given = words[-1], words[0]
        spelled = len(surname) >= 4 and surname in local
        if not spelled and len(given) >= 3 and local.startswith(given):
            spelled = surname[:3] in local[len(given) :]
        if spelled and (not person or not _same_person(name, person)):
            return name
    return None


_SENTENCE_BREAK = re.compile(r"(?:(?<=[^\W\d_]{4}[.!?])|(?<=[)\d][.!?]))\s+(?=[^\W\d_])")
"""A sentence end: after a word of four letters or more, a bracket or a digit (never an
abbreviation: "Tel. +49 …", "Ing. Jan …"), a letter opening the next."""


def _sentence_of(line: str, value: str) -> str:
    """The sentence of ``line`` that holds ``value`` (the whole line when it is not there):
    an e-mail in brackets after a name ("… náš dodavatel Jan X (x@…).") belongs to that
    sentence, not to the plea of the next one ("Kontaktovat prosím mě.")."""
    at = line.lower().find(value.lower())
    if at < 0:
        return line
    start = max((m.end() for m in _SENTENCE_BREAK.finditer(line, 0, at)), default=0)
    nxt = _SENTENCE_BREAK.search(line, at + len(value))
    return line[start : nxt.start() if nxt else len(line)]


def _directs_to(sentence: str) -> bool:
    low = sentence.lower()
    return _CONTACT_OR_ADDRESSED.search(low) is not None


def _set_aside_owner(contact: Contact, person: Hit, blocks: Sequence[Block], text: str, office: Office) -> Contact:
    """The contact unsure among rival people and no e-mail read for them: an e-mail that a
    sentence directing the office to someone gives ("obracejte se prosím na něj: ondrej.maly@…")
    and that spells another person of the text (so it was set aside as theirs) names that
    person, with the phone of the same line; chosen so, never certain."""
    for b in blocks:
        if b.kind is Kind.SIGNATURE:
            continue
        for ln in b.lines:
            low = ln.text.lower()
            if "@" not in low or not _CONTACT_OR_ADDRESSED.search(low):
                continue
            for e in emails_in(ln.text, office):
                if not _directs_to(_sentence_of(ln.text, e)) or (name := _spelled_other(e, person.value, text)) is None:
                    continue
                unsure = Reason.OTHER_PERSON
                phones = _line_phones(ln.text, office)
                # person, e-mail and phone together: the number of the e-mail's line first
                phone = Hit(phones[0][1], b.component, ln.no, False, unsure) if phones else contact.phone
                chosen = dataclasses.replace(person, value=name)
                return Contact(chosen, Hit(e, b.component, ln.no, False, unsure), phone)
    return contact


def _owner_of_email(
    contact: Contact,
    blocks: Sequence[Block],
    signers: Sequence[Hit | None],
    office: Office,
    sender: tuple[str, str] = ("", ""),
) -> Contact:
    """The contact's e-mail spells the name of another person of the text ("kontaktujte
    jeho: filip.stastny@…" beside the signers "Adéla Ryšavá, Filip Šťastný"): the person and
    the e-mail disagree, and neither is certain. The person the e-mail spells is the contact
    when no one was found, when the person read is unsure for another person, or is only a
    signer (the default contact); chosen so, never certain."""
    person, email = contact.person, contact.email
    text = "\n".join(b.text for b in blocks)
    if email is None and person is not None and not person.certain and person.reason is Reason.OTHER_PERSON:
        return _set_aside_owner(contact, person, blocks, text, office)
    if email is None:
        return contact
    if (name := _spelled_other(email.value, person.value if person else "", text)) is None:
        return contact
    unsure = dataclasses.replace(email, certain=False, reason=Reason.OTHER_PERSON) if email.certain else email
    if person is None:
        found = Hit(name, email.component, email.line, False, Reason.OTHER_PERSON)
        return Contact(found, contact.email, _owners_phone(contact.phone, email, name, blocks, office))
    signed = any(s is not None and s.value == person.value for s in signers)
    if signed and _beside_owner(email, name, blocks) and (mine := _senders_address(person, sender)) is not None:
        # the signer sent the message: another person's address in the signature (a boss, a
        # colleague signing below) does not make them the contact; the sender's address is
        # the signer's
        return Contact(dataclasses.replace(person, certain=False, reason=Reason.OTHER_PERSON), mine, contact.phone)
    if person.reason is Reason.OTHER_PERSON or signed:  # only a default: the e-mail's person
        chosen = dataclasses.replace(person, value=name, certain=False, reason=Reason.OTHER_PERSON)
        return Contact(chosen, contact.email, _owners_phone(contact.phone, email, name, blocks, office))
    doubted = dataclasses.replace(person, certain=False, reason=Reason.OTHER_PERSON)
    return dataclasses.replace(contact, person=doubted, email=unsure)


def _owners_phone(phone: Hit | None, email: Hit, name: str, blocks: Sequence[Block], office: Office) -> Hit | None:
    """The phone of the person an e-mail makes the contact: the one number written for them
    in the e-mail's own line ("Persona de contacto: Ana Ruiz, +420 …, aruiz@…") rather than
    one read elsewhere for the person first taken (a signer's office line); never certain."""
    line = _hit_line(email, blocks) or ""
    if phone is not None and (phone.component, phone.line) == (email.component, email.line):
        return phone
    nums = _contact_phones(line, office, name) if _DIGITS.search(line) else []
    if len(set(nums)) != 1:
        return phone
    return Hit(nums[0], email.component, email.line, False, Reason.OTHER_PERSON)


def _beside_owner(email: Hit, name: str, blocks: Sequence[Block]) -> bool:
    """The e-mail is written in its owner's own entry: a line that names them in full
    ("Jan Kříž | šéfredaktor | kriz@…"), not a sentence that sends the office to them."""
    line = _hit_line(email, blocks) or ""
    return _fold(name) in _fold(line)


def _senders_address(person: Hit, sender: tuple[str, str]) -> Hit | None:
    """The sender's address (``sender``: the From header's name and address) when the
    sender is ``person``; never for certain."""
    display, address = sender
    name = person_name(surname_first(display)) if display else None
    if "@" not in address or name is None or not _same_person(name, person.value):
        return None
    return Hit(address.lower(), "header:From", 0, False, Reason.OTHER_PERSON)


def _forwarded_details(person: Hit, t: _Texts) -> tuple[Hit | None, Hit | None]:
    """A forwarded or quoted message the contact wrote ("From: Tichý Vít <tichy@…>"): its
    sender's address and its first phone, never for certain."""
    every = [*t.fallback, *t.own]
    for i, b in enumerate(every):
        if b.kind not in (Kind.FORWARDED, Kind.QUOTED):
            continue
        head = next((m for ln in b.lines[:6] if (m := _FROM_LINE.match(ln.text))), None)
        below = _signature_after(every, i) or _signature_below(b, [*every, *t.signature])
        if head is None and (_signs_off(b, person.value) or _signed_below(below, person.value)):
            email = None  # no header: a message signed with the contact's name ("Peter")
        elif head is None or not _mentions(_fold(head.group("n") + " " + head.group("e")), person.value):
            continue
        else:
            es = emails_in(head.group("e"), t.office)
            email = Hit(es[0], b.component, b.lines[0].no, False, Reason.ORIGINAL) if es else None
        phone = None
        for part in [b, *below]:  # the message's own signature block below it
            phone = phone or _first_phone(part.lines, part, t.office)
        if phone is not None:
            phone = dataclasses.replace(phone, certain=False, reason=Reason.ORIGINAL)
        return email, phone
    return None, None


def _signature_after(blocks: Sequence[Block], i: int) -> list[Block]:
    """The signature blocks that follow ``blocks[i]`` in its component: the signature of
    the forwarded message it opens."""
    out = []
    for b in blocks[i + 1 :]:
        if b.kind is not Kind.SIGNATURE or b.component != blocks[i].component:
            break
        out.append(b)
    return out


def _signature_below(b: Block, blocks: Sequence[Block]) -> list[Block]:
    """The signature blocks right below a message ``b`` in its component, wherever the
    reading filed them (a message attached as a file has its signature among the signatures,
    not after it): those after its last line, up to the first block that is no signature."""
    if not b.lines:
        return []
    end = b.lines[-1].no
    after = sorted(
        (x for x in blocks if x.component == b.component and x.lines and x.lines[0].no > end),
        key=lambda x: x.lines[0].no,
    )
    return list(itertools.takewhile(lambda x: x.kind is Kind.SIGNATURE, after))


def _signed_below(signatures: Sequence[Block], person: str) -> bool:
    """A message without a header whose own signature block (after "-- ") opens with the
    contact's full name, or a full name ending with the contact's surname when the text
    names them by it alone ("pan Šustr z IT" / "Daniel Šustr"): the contact wrote it."""
    names = [_fold(w) for w in person.split()]
    for b in signatures:
        for ln in b.lines[:2]:
            words = _fold(ln.text.strip().lstrip("-–— ")).split()
            if len(names) > 1 and words == names:
                return True
            if len(names) == 1 and len(words) == 2 and words[1] == names[0] and person_name(ln.text.strip()):
                return True
    return False


def _signs_off(b: Block, person: str) -> bool:
    """A message without a header whose last line is the contact's name, full or given
    alone ("Peter" for Peter Kubík)."""
    last = next((ln.text.strip() for ln in reversed(b.lines) if ln.text.strip()), "")
    words, names = _fold(last).split(), [_fold(w) for w in person.split()]
    return 0 < len(words) <= len(names) and len(names) > 1 and words[0] == names[0] and set(words) <= set(names)


def _quoted_named_phone(person: Hit, t: _Texts) -> Hit | None:
    """A phone written with the contact's name in a quoted or forwarded message (the
    applicant's first message that the office's request, replied to, quotes back: "> >
    Karel Vondráček, 602 400 733"): still theirs, never for certain."""
    for b in [*t.fallback, *t.own]:
        if b.kind not in (Kind.FORWARDED, Kind.QUOTED):
            continue
        for ln in b.lines:
            if not _DIGITS.search(ln.text) or not _mentions(_fold(ln.text), person.value):
                continue
            # the name as the line writes it ("Karel Vondráček" for "K. Vondráček")
            name = next((n for n in _names_in(ln.text) if _mentions(_fold(n), person.value)), person.value)
            if (phone := _first_phone([ln], b, t.office, name, attribute=True)) is not None:
                return dataclasses.replace(phone, certain=False, reason=Reason.ORIGINAL)
    return None


def _name_email(person: Hit, t: _Texts) -> Hit | None:
    """An address whose local part spells the contact's surname ("tichy@", "jana.vesela@"),
    when the text has one: certain when it is the only such address of the own text."""
    surname = _stem(person.value.split()[-1])
    found: list[Hit] = []
    for b in [*t.own, *t.signature, *t.fallback]:
        for ln in b.lines:
            for e in emails_in(ln.text, t.office):
                if surname in _fold(e.split("@")[0]):
                    own = b.kind is not Kind.QUOTED and b.kind is not Kind.FORWARDED
                    found.append(Hit(e, b.component, ln.no, own, None if own else Reason.ORIGINAL))
    if len({h.value for h in found}) > 1:
        return dataclasses.replace(found[0], certain=False, reason=Reason.OTHER_CANDIDATE)
    return found[0] if found else None


def _labelled_value(
    t: _Texts,
    person: str | None,
    label: re.Pattern[str],
    read: Callable[[Line, Block], Hit | None],
) -> Hit | None:
    """The first e-mail or phone (``read``, which leaves out values written for someone
    else) on a labelled line of the own text or the signature."""
    stems = _EMAIL_STEMS if label is _EMAIL_LABEL else _PHONE_STEMS
    for b, ln in _candidates(t, person):
        low = ln.text.lower()
        if any(w in low for w in stems) and label.search(ln.text):
            if b.kind is Kind.SIGNATURE and person is not None and _others_stanza(b, ln.no, person):
                continue
            if (hit := read(ln, b)) is not None:
                return hit
    return None


_VCARD_NAME = re.compile(r"^\s*(?:FN|N)\s*[:;]\s*", re.IGNORECASE)


def _others_stanza(b: Block, no: int, person: str) -> bool:
    """Whether line ``no`` of a signature block stands in a stanza under a line of another
    person's name alone, up to a blank line ("W zastępstwie:" / "Tomasz Nowicki" / "Tel.:
    …", "V kopii kolega:" / "Pavel Souček" / "kameraman" / "E-mail: …", a vCard's "FN:Eva
    Königová"): that person's details, not the contact's."""
    idx = next((k for k, ln in enumerate(b.lines) if ln.no == no), None)
    if idx is None:
        return False
    for k in range(idx - 1, max(idx - 6, 0), -1):
        raw = b.lines[k].text.strip().lstrip("-–— ")
        text = _VCARD_NAME.sub("", raw)
        if not text:
            return False
        lead_in = text != raw or b.lines[k - 1].text.rstrip().endswith(":")
        if lead_in and len(text) <= 40 and _NAME_LINE.fullmatch(text) and (name := person_name(text)) is not None:
            return not _same_person(name, person)
    return False


_EMAIL_STEMS = ("mail",)
_PHONE_STEMS = ("tel", "phone", "mobil", "mob.", "gsm", "call", "vil", "cel", "handy", "kom")
"""Quick tests before ``_EMAIL_LABEL`` and ``_PHONE_LABEL``."""


def _signer_lines(t: _Texts, person: str | None) -> dict[str, set[int]]:
    """The signature lines of a signer who is not the contact: their details, not the
    contact's."""
    signer = _signature_person(t.signature)
    if person is None or signer is None or _mentions(_fold(signer.value), person):
        return {}
    out: dict[str, set[int]] = {}
    for b in t.signature:
        out.setdefault(b.component, set()).update(ln.no for ln in b.lines)
    return out


def _candidates(t: _Texts, person: str | None) -> list[tuple[Block, Line]]:
    """The lines of the own text and the signature that may hold the contact's details (a
    signer's who is not the contact left out, also from a signature set right under the
    text without a break or a closing formula)."""
    if (known := t.candidates.get(person)) is None:
        known = t.candidates[person] = tuple(_read_candidates(t, person))
    return list(known)


def _read_candidates(t: _Texts, person: str | None) -> list[tuple[Block, Line]]:
    skip = _signer_lines(t, person)
    return [
        (b, ln)
        for b in [*t.own, *t.signature]
        for glued in [
            _glued_signer(b, person)
            if person is not None and b.kind is not Kind.SIGNATURE
            else frozenset[int]()
        ]
        for i, ln in enumerate(b.lines)
        if not (b.kind is Kind.SIGNATURE and ln.no in skip.get(b.component, ()))
        and ln.no not in glued
        and not (person is not None and _others_staff_line(b, i, person))
    ]


_NAME_LINE = re.compile(r"\s*(?:[^\W\d_][\w.'’-]*\s+){1,4}[^\W\d_][\w'’-]*\s*$")
"""A line of two to five words and nothing else (no digits, commas or punctuation but for
dots, hyphens and apostrophes): perhaps a name alone."""


@per_application(maxsize=1024)
def _glued_signer(b: Block, person: str) -> frozenset[int]:
    """The lines of a block of the own text from a line holding only the name of someone
    other than the contact to the block's end: a signature set right under the text ("…
    kontaktní osobou je paní Hájková." / "Adam Kříž" / "HostIT s.r.o." / "tel. …"), the
    signer's details and not the contact's (up to a line naming the contact again)."""
    out: set[int] = set()
    inside = False
    for ln in b.lines:
        if _NAME_LINE.match(ln.text) and (name := person_name(ln.text.strip())) is not None:
            inside = not (_same_person(name, person) or _same_person(person, name))
        elif inside and _mentions(_fold(ln.text), person):
            inside = False
        if inside:
            out.add(ln.no)
    return frozenset(out)


def _unlabelled(
    t: _Texts,
    person: str | None,
    first: Callable[[Sequence[Line], Block], Hit | None],
    every: Callable[[str], list[str]],
) -> Hit | None:
    """The first e-mail or phone (``first``) in the own text, else in the signature, where no
    label or contact line names one, leaving out values written for another person: certain
    only when the text has no other candidate."""
    found: Hit | None = None
    others: set[str] = set()
    helped = False
    for b, ln in _candidates(t, person):
        values = every(ln.text)
        if values and not _under_id_label(b, ln):
            others.update(values)
            found = found or first([ln], b)
            helped = helped or _helpers_phone(ln.text, t.office, values)
    if found is not None and (len(others) > 1 or helped):
        return dataclasses.replace(found, certain=False, reason=Reason.OTHER_CANDIDATE)
    return found


def _helpers_phone(text: str, office: Office, values: Sequence[str]) -> bool:
    """Whether a free sentence sets a phone aside as a helper's ("my fixer Tomáš (+420 …),
    contact me directly: +39 …"): the words of the sentence, not a label, tell the two
    numbers apart, so the one kept is a guess between candidates."""
    if _HELPER.search(text) is None:
        return False
    return any(num not in values for _, num in _line_phones(text, office))


def _sole(
    hit: Hit | None, t: _Texts, person: str | None, every: Callable[[str], list[str]]
) -> Hit | None:
    """A value read away from the contact's name is certain only when no other candidate of
    the text (leaving out values written for other persons) differs from it."""
    if hit is None or not hit.certain:
        return hit
    for b, ln in _candidates(t, person):
        if any(v != hit.value for v in every(ln.text)) and not _under_id_label(b, ln):
            return dataclasses.replace(hit, certain=False, reason=Reason.OTHER_CANDIDATE)
    return hit


def _under_id_label(b: Block, ln: Line) -> bool:
    """Whether line ``ln`` holds the value of an identifier's label standing alone on the
    line above it, as a form run through OCR or typed as lines writes it ("IČO:" / "0471
    6299", "NIP:" / "0527 2314 88", "Steuernummer:", "Company No.:", "Číslo účtu:"): its
    digits are no phone, however they are grouped."""
    if _PHONE_LABEL.search(ln.text):
        return False
    idx = next((k for k, x in enumerate(b.lines) if x.no == ln.no), 0)
    above = b.lines[idx - 1].text.strip() if idx > 0 else ""
    if not above or len(above) > 40 or any(c.isdigit() for c in above) or not above.endswith((":", "#")):
        return False
    return bool(_ID_BEFORE.search(above) or _other_field(above))


_CHANGE = re.compile(
    r"\b(?:správn\w*|spravn\w*|oprav\w*|překlep\w*|preklep\w*|nově|nove|změn\w*|zmen\w*|"
    # the right value named so: "správné číslo je …", "správna adresa je …", "the right one is …"
    r"right\s+(?:one|number|phone|address|e-?mail)|"
    # a value introduced as new: "mám nové číslo", "nový mail", "novú adresu", "new number"
    r"nov[éáýúo]|nového|novou|novým|novej|nova|novy|"
    r"now|new|correct\w*|typo|instead|should\s+(?:be|read)|"
    # the value in force from now, or given instead of another: "je nyní …", "odteraz",
    # "ab sofort", "místo čísla … používejte …"
    r"nyní|nyni|odteď|odted|odteraz|jetzt|ab\s+sofort|místo|misto|namiesto|statt|anstatt|"
    # German, Polish and Hungarian words of correction or of a new value: "Korrektur: die
    # Nummer lautet richtig …", "neue Nummer", "poprawny numer to …", "nowy numer",
    # "helyesen …", "javítás", "új szám"
    r"korrektur|korrigier\w*|berichtig\w*|richtig\w*|neue?[nrs]?|popraw\w*|właściw\w*|"
    r"wlasciw\w*|now[yeaą]|nowym|helyes\w*|javít\w*|javit\w*|új|"
    # French, Italian, Spanish, Dutch: "le bon numéro est …", "quello giusto è …", "il numero
    # corretto", "het juiste nummer is …", "nouveau numéro", "nuevo correo"
    r"bon(?:ne)?\s+(?:num[ée]ro|adresse|e-?mail|courriel)|giust[oai]|corrett\w*|esatt[oai]|"
    r"juist\w*|nouve(?:au|lle)|nuov[oai]|nuev[oa]|nieuw\w*|rectifi\w*|"
    # a value said to change to another: "telefon se mění na …", "sa mení na …", "changes to
    # …", "ändert sich auf …", "geändert:", "zmienia się na …" (not "měníme kontaktní osobu")
    r"m[ěe]n[ií]\w*\s+na|chang\w*\s+(?:to|into)|chang\w*(?=\s*:)|(?:ge)?(?:ä|ae)nder\w*\s+(?:sich\s+)?(?:auf|zu|in)|"
    r"(?:ge)?(?:ä|ae)nder\w*(?=\s*:)|zmieni\w*\s+(?:się\s+)?na)\b",
    re.IGNORECASE,
)
_CHANGE_STEMS = (
    "správn", "spravn", "oprav", "překlep", "preklep", "nov", "změn", "zmen", "now",
    "new", "correct", "typo", "instead", "should", "nyní", "nyni", "odte", "jetzt", "sofort",
    "místo", "misto", "namiesto", "statt", "korr", "richtig", "neu", "popraw", "właściw",
    "wlasciw", "helyes", "javít", "javit", "új", "mění", "měni", "mení", "meni", "chang", "änder",
    "aender", "zmieni", "right", "bon", "giust", "corrett", "esatt", "juist", "nouve", "nuov",
    "nuev", "nieuw", "rectifi",
)  # fmt: skip
"""A quick test before ``_CHANGE``: one of these is in every line it matches."""
_CHANGE_STEM = any_of(_CHANGE_STEMS)
_INSTEAD_OF = re.compile(
    r"\b(?:místo|misto|namiesto|instead\s+of|rather\s+than|statt|anstatt|anstelle|zamiast|"
    r"en\s+lugar\s+de|en\s+vez\s+de|au\s+lieu\s+de|invece\s+di|dříve|drive|předtím|previously|"
    r"formerly|früher|bisher)\b",
    re.IGNORECASE,
)
"""Words before a value that name it as the one replaced ("místo čísla …", "instead of …",
"(dříve …)")."""


def _instead_of(text: str, off: int) -> bool:
    """The value at ``off`` follows words naming it as the one replaced, no number between."""
    ends = [m.end() for m in _INSTEAD_OF.finditer(text, max(0, off - 30), off)]
    return bool(ends) and not any(c.isdigit() for c in text[ends[-1] : off])


_UNCHANGED = re.compile(r"\b(?:beze?\s+změny|bez\s+zmeny|nezměněn\w*|unchanged|stays|zůstává)\b", re.I)


_NUMBER_WORD = re.compile(
    r"\b(?:číslo|čísle|čísla|cislo|cisle|cisla|číslom|number|num[ée]ro|número|nummer|numer|numeru)\b",
    re.IGNORECASE,
)
"""A phone called a number ("uvedl jsem špatné číslo, správně je …", "wrong number", "il numero
è sbagliato", "le bon numéro")."""


_OUTDATED = re.compile(
    r"(?=[acdgijnosuz])\b(?:star[éáýeay]|starého|starej|old|outdated|obsolete|neplatn\w*|neplatí|neplati|"
    r"neplat[ií]|nefung\w*|nefunkčn\w*|nefunkcn\w*|nepoužív\w*|nepouziv\w*|nepouží\w*|"
    r"no\s+longer|out\s+of\s+(?:service|date)|not\s+(?:working|valid|in\s+use)|(?:doesn't|does\s+not)\s+work|"
    r"ignore|ignorujte|neaktuáln\w*|neaktualn\w*|nieaktualn\w*|"
    # a line cancelled or disconnected: "pevnou linku jsme zrušili", "zrušené číslo"
    r"zruš\w*|zrus\w*|disconnected|cancell?ed|abgemeldet|gekündigt|gekuendigt|"
    # no longer had or used: "už nemáme", "již nepoužívám", "už nie je", "nicht mehr", "już nie"
    r"(?:už|uz|již|jiz|już|juz)\s+(?:ne|nie)\w*|nicht\s+mehr|no\s+more|not\s+any\s?more|"
    r"(?:ne(?!bo\b)|nie)\w*\s+(?:už|uz|již|jiz|już|juz))\b",
    re.IGNORECASE,
)
_OUTDATED_STEMS = (
    "star", "old", "outdat", "obsolete", "neplat", "nefung", "nefunk", "nepou", "longer", "service", "of date",
    "not ", "n't", "ignor", "už", "uz ", "již", "jiz", "już", "juz", "mehr", "more", "neaktu",
    "nieaktu", "zruš", "zrus", "disconn", "cancel", "abgemeld", "gekünd", "gekuend",
)  # fmt: skip
"""A quick test before ``_OUTDATED``: one of these is in every text it matches."""
_OUTDATED_STEM = any_of(_OUTDATED_STEMS)
_WRONG = re.compile(
    r"(?=[bcfhinsšweov])\b(?:špatn\w*|spatn\w*|chybn\w*|nesprávn\w*|nespravn\w*|wrong|incorrect\w*|falsch\w*|"
    r"fehlerhaft\w*|błędn\w*|bledn\w*|nieprawidłow\w*|nieprawidlow\w*|hibás\w*|hibas\w*|"
    # French, Italian, Spanish, Dutch: "erroné", "faux", "sbagliato", "errato", "equivocado",
    # "onjuist", "verkeerd", "fout"
    r"erron[ée]\w*|faux|fausse|sbagliat\w*|errat[oaie]|equivocad\w*|err[óo]ne[oa]|onjuist\w*|"
    r"verkeerd\w*|fout(?:ief|ieve)?)\b",
    re.IGNORECASE,
)
"""Words calling a value wrong ("je chybný", "is wrong", "ist falsch", "jest błędny"): read
only where their clause names the text the value stands in (``_ELSEWHERE``)."""
_WRONG_STEM = any_of((
    "špatn", "spatn", "chybn", "správn", "spravn", "wrong", "incorrect", "falsch", "fehlerhaft", "błędn",
    "bledn", "nieprawid", "hibás", "hibas", "erron", "faux", "fausse", "sbagliat", "errat", "equivoc",
    "onjuist", "verkeerd", "fout",
))  # fmt: skip
_ELSEWHERE = re.compile(
    # the text the old or wrong value stands in, another than the cover's: "v původním mailu",
    # "v žádosti", "vo formulári", "v příloze", "in the application", "in Alena's form", "im
    # Antrag", "we wniosku", "níže", "below"
    r"(?=[bdiknuvwBDIKNUVWe])\b(?:(?:v|ve|vo|w|we)\s+(?:\w+\s+)?(?:původn\w*|puvodn\w*|pôvodn\w*|"
    r"přeposlan\w*|preposlan\w*|přiložen\w*|prilozen\w*|přílo\w*|prílo\w*|prilo\w*|žádost\w*|zadost\w*|"
    r"žiadost\w*|ziadost\w*|formulář\w*|formular\w*|formulár\w*|tabul\w*|dokument\w*|e-?mailu|mailu|"
    r"zprávě|zprave|správe|sprave|wniosk\w*|formularz\w*|załącz\w*|zalacz\w*|oryginal\w*|pierwotn\w*|"
    r"wiadomo\w*)|"
    r"in\s+(?:\S+\s+){0,2}?(?:application|form|original|attachment|request|document|spreadsheet|"
    r"message|e-?mail)|"
    r"(?:im|in\s+(?:der|dem))\s+(?:\w+\s+)?(?:Antrag|Formular|Anhang|Anlage|Original|Mail|E-Mail|Nachricht)|"
    r"níže|nize|nižšie|nizsie|below|unten|niżej|nizej|dole|"
    # "dans la demande transférée", "nella domanda", "en/de la solicitud", "in de aanvraag"
    r"dans\s+(?:\S+\s+){0,2}?(?:demande|formulaire|courriel|message|document|pi[èe]ce\w*)|"
    r"nell[ao'’]\s*(?:\S+\s+)?(?:domanda|richiesta|modulo|allegato|e-?mail|messaggio)|"
    r"(?:en|de)\s+(?:la|el)\s+(?:\S+\s+)?(?:solicitud|formulario|petici[óo]n|mensaje|correo)|"
    r"in\s+(?:de|het)\s+(?:\S+\s+)?(?:aanvraag|formulier|bijlage|e-?mail|bericht))\b",
    re.IGNORECASE,
)
"""Words naming the text a value stands in, another than the cover's own line."""


def _clause_bounds(text: str, off: int) -> tuple[int, int]:
    """Where the clause of ``text`` around ``off`` starts and ends (see ``_clause_around``)."""
    start = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, off)), default=0)
    nxt = _CLAUSE_BREAK.search(text, off)
    return start, nxt.start() if nxt else len(text)


def _wrong_elsewhere(text: str) -> re.Match[str] | None:
    """Words calling a value wrong whose clause names the text it stands in ("telefon ve
    formuláři je chybný", "the number in the application is wrong")."""
    if _WRONG_STEM.search(text.lower()) is None:
        return None
    for m in _WRONG.finditer(text):
        start, end = _clause_bounds(text, m.start())
        if _ELSEWHERE.search(text, start, end):
            return m
    return None


_FIELD_WORD = re.compile(
    r"(?=[acčefijmnopt])\b(?:ip|adres\w*|address\w*|ičo|ico|název\w*|nazev\w*|name\w*|jméno|jmeno|fax\w*|"
    r"e-?mail\w*|mail\w*|telef\w*|tel|phone|číslo|čísla|cislo|cisla|number|nummer|numer\w*|osob\w*|person\w*)\b",
    re.IGNORECASE,
)
"""Words naming a field of the application (a phone, an e-mail, an address, the IČO, a name)."""


def _other_field_only(text: str, m: re.Match[str], words: re.Pattern[str]) -> bool:
    """Whether the clause of the words at ``m`` calling a value old or wrong names a field of
    the application, and not the one of ``words`` ("v žádosti je chybná testovací adresa, …",
    "die IP im Antrag ist falsch, …"): they speak of that other field."""
    start, end = _clause_bounds(text, m.start())
    clause = text[start:end]
    if _FIELD_WORD.search(clause) is None:
        return False
    clause = _ELSEWHERE.sub(" ", clause)  # "v původním e-mailu je starý": the text, no field
    return _FIELD_WORD.search(clause) is not None and words.search(clause) is None


def _about_elsewhere(text: str, m: re.Match[str], found: Sequence[tuple[int, str]]) -> bool:
    """Whether the words at ``m`` calling a value old or wrong speak, in a clause of their own
    that gives no value, of the text the value stands in ("Jeho telefon je 313 …, v původním
    mailu je starý", "the number in the application is wrong, the right one is …"): the values
    of the line are the ones given in its place."""
    start, end = _clause_bounds(text, m.start())
    if any(start <= off < end for off, _ in found):
        return False
    return _ELSEWHERE.search(text, start, end) is not None


_SENTENCE_START = re.compile(r"(?:^|[.!?:;•\-–(\[]\s*|\t\s*|\s{2,})$")
"""What stands before a word that begins a sentence, a cell or a list item."""


_SPACE = re.compile(r"\s")
_NEXT_WORD = re.compile(r"\s+([^\W\d_][^\s:]*)(?=\s|$)")


def _old_word(text: str) -> re.Match[str] | None:
    """The first word of ``text`` saying a value is old, not counting the same letters in a
    name or an address: a surname ("Hedvika Stará", "paní Stará", "Stará Hedvika" at a
    cell's start), an e-mail address or domain ("stara@…", "stary.cz")."""
    for m in _OUTDATED.finditer(text):
        token = _SPACE.split(text[: m.start()])[-1] + m.group() + _SPACE.split(text[m.end() :], maxsplit=1)[0]
        if "@" in token or "://" in token or "www." in token.lower():
            continue
        if m.group()[0].isupper():
            if not _SENTENCE_START.search(text[: m.start()]):
                continue  # capitalised inside a sentence: a name
            nxt = _NEXT_WORD.match(text, m.end())
            if nxt and nxt.group(1)[0].isupper() and person_name(f"{m.group()} {nxt.group(1)}"):
                continue  # "Stará Hedvika": surname first
        return m
    return None


_FOOTER = re.compile(r"\b(?:patič\w*|patic\w*|pätič\w*|patick\w*|podpis\w*|footer|signature)\b", re.I)
_CALL_WORDS = re.compile(r"\b(?:(?:za)?vol[ae]j\w*|zastihn\w*|call|ring|reach)\b", re.IGNORECASE)


_INSTEAD = re.compile(
    r"\b(?:(?:za)?vol[ae]j\w*|zastihn\w*|call|ring|reach|pište|piste|napište|napiste|píšte|"
    r"pis\w*|write|nov[éáý]\w*|new|správn\w*|spravn\w*|správne|correct\w*|instead|radši|radsi|"
    r"raději|radeji|now|reach(?:ed|able)?|kontaktuj\w*|contact|kontaktier\w*|"
    # the only number to use: "jen na mobilu …", "iba na čísle …", "nur noch mobil unter …",
    # "only on …"
    r"(?:jen|jenom|pouze|výhradně|vyhradne|iba|len|only|nur|solo|seulement|tylko)\s+"
    r"(?:\w+\s+){0,2}?(?:na|on|at|unter|pod|al|au)|"
    # the value in force now: "platné je …", "aktuální číslo …", "my current number …"
    r"platn[éáýíoa]|platí|plati|aktuáln\w*|aktualn\w*|current\w*)\b",
    re.IGNORECASE,
)
"""Words before a value that give it as the one to use now ("volejte mi na …", "please call
…", "pište na …", "nové číslo …", "platné je …"), not the one called old."""
_IN_USE = re.compile(
    r"\b(?:použív\w*|pouzív\w*|pouziv\w*|používať|uses|using|is\s+using|nutzt|benutzt|verwendet|"
    r"używa\w*|uzywa\w*|használ\w*|hasznal\w*|utilise\w*|usa)\b",
    re.IGNORECASE,
)
"""A verb in a value's own clause giving it as the one in use ("paní X od září používá adresu
…, stará adresa se ruší", "she uses … from now on, the old one is closed"): never the value
called old by another clause."""
_CLAUSE_BREAK = re.compile(r"[.;!?]\s|,\s|\s[-–—]\s")


def _clause_around(text: str, off: int) -> str:
    """The clause of ``text`` that the value at ``off`` is written in (between commas,
    dashes and sentence ends; a bracket around the value stays in it)."""
    start, end = _clause_bounds(text, off)
    return text[start:end]


def _called_old(text: str, found: Sequence[tuple[int, str]]) -> list[str]:
    """The values of a line whose own clause calls them old and gives no other value ("to
    staré (…) už nefunguje", "the old one, …, no longer works"): withdrawn, whichever value
    the words of the other clauses are nearer to ("Platné je …, to staré (…) už nefunguje")."""
    out = []
    for off, value in found:
        clause = _clause_around(text, off)
        if _old_word(clause) and sum(1 for _, v in found if v in clause) == 1:
            out.append(value)
    return out
_PHONE_WORDS = re.compile(
    f"{_PHONE_LABEL.pattern}|{_NUMBER_WORD.pattern}|{_CALL_WORDS.pattern}", re.IGNORECASE
)
_EMAIL_WORDS = re.compile(rf"{_EMAIL_LABEL.pattern}|\badres\w*|\baddress\w*|@", re.IGNORECASE)


@dataclass(frozen=True)
class _Outdated:
    """Values the text calls old or out of use, and the values it gives instead (with
    where), for one field."""

    old: frozenset[str]
    new: Hit | None
    elsewhere: bool = False
    """The words name no value of their line and no footer: the value out of use is the one
    written elsewhere (a form, an attached earlier application), whatever it was."""
    unsure: bool = False
    """The words call the value of another text old or wrong ("telefon ve formuláři je
    chybný") and give none in its place: the value found is unsure."""


def _outdated_lines(blocks: Sequence[Block]) -> list[tuple[Block, int, re.Match[str]]]:
    """The lines of the own text (not the signature) with words saying a value is old, does
    not work or is not valid, and where those words are."""
    out = []
    for b in blocks:
        if b.kind is Kind.SIGNATURE:
            continue
        low = b.text.lower()
        if _OUTDATED_STEM.search(low) is None and _WRONG_STEM.search(low) is None:
            continue
        out += [(b, i, m) for i, ln in enumerate(b.lines) if (m := _old_word(ln.text) or _wrong_elsewhere(ln.text))]
    return out


_LATER_SENTENCE = re.compile(r"[.;!?]\s")
"""A sentence's end between the words calling a value old and a value written after them."""


def _outdated(
    blocks: Sequence[Block],
    lines: Sequence[tuple[Block, int, re.Match[str]]],
    every: Callable[[str], list[tuple[int, str]]],
    words: re.Pattern[str],
) -> _Outdated:
    """A phone or e-mail the text says is old, does not work or is not valid ("číslo …
    v patičce je staré", "no longer works", "už neplatí") on one of ``lines``: the value
    nearest to those words (or, for words about the footer naming none, the footer's
    values) is withdrawn; the first other value after them in that line or the next two is
    given instead."""
    old: set[str] = set()
    new: Hit | None = None
    elsewhere = named = False
    for b, i, m in lines:
        ln = b.lines[i]
        if not words.search(ln.text):
            continue
        found = every(ln.text)
        if _slip_between(ln.text, found):
            continue  # "602 …, ne pardon, 603 …, ta dvojka je stará": the slip put right decides
        # not a value given instead, nor one in a later sentence ("The landline on the form
        # was disconnected. Please call … on her mobile, …")
        given = [
            f for f in found
            if not _INSTEAD.search(ln.text, max(0, f[0] - 30), f[0])
            and not _LATER_SENTENCE.search(ln.text, m.end(), f[0])
            and not _IN_USE.search(_clause_around(ln.text, f[0]))
            and not _other_line_kind(ln.text, m, f[0])
        ]
        if _other_field_only(ln.text, m, words):
            continue  # "v žádosti je chybná testovací adresa, správně …": about another field
        if given and _about_elsewhere(ln.text, m, found):
            given = []  # "Jeho telefon je 313 …, v původním mailu je starý": the line's value is the new one
        if called := _called_old(ln.text, found):
            old.update(called)
        elif given:
            old.add(min(given, key=lambda f: abs(f[0] - m.start()))[1])
        elif _FOOTER.search(ln.text):
            old.update(v for s in blocks if s.kind is Kind.SIGNATURE for sl in s.lines for _, v in every(sl.text))
        else:
            elsewhere = True
            named = named or _about_elsewhere(ln.text, m, found)
        # given instead, before or after the words ("zastihnete ho jen na mobilu …, pevná
        # linka už nefunguje", "reach me on … – the landline no longer works")
        later = [(ln, v) for off, v in found if (off > m.start() or called or (off, v) not in given) and v not in old]
        later += [(n, v) for n in b.lines[i + 1 : i + 3] for _, v in every(n.text) if v not in old]
        if new is None and later:
            new = Hit(later[0][1], b.component, later[0][0].no, False, Reason.CORRECTED)
    return _Outdated(frozenset(old), new, elsewhere and new is not None, named and new is None)


def _line_kind(words: str) -> str | None:
    """Whether ``words`` name a mobile ("mobil", "Handy", "cell") or a landline ("pevná
    linka", "Festnetz", "landline"), or neither."""
    if _LANDLINE_WORD.search(words):
        return "fixed"
    return "mobile" if _MOBILE_WORD.search(words) else None


_WORDS_AFTER_DIGIT = re.compile(r"\d")
_LINE_WORDS_END = re.compile(r"[\d,.;:()]")
"""Where the words about a line end: a number, or the clause's or bracket's end."""


def _other_line_kind(text: str, m: re.Match[str], off: int) -> bool:
    """Whether the words calling a line old name another kind of line than the words right
    before the number at ``off`` ("mobil 731 … (pevnou linku už nemám)", "Handy 0151 …,
    Festnetz gibt es nicht mehr", "mobile … - the landline no longer works"): the number is
    the one in force, the old one is written elsewhere."""
    before = _WORDS_AFTER_DIGIT.split(text[max(0, m.start() - 25) : m.start()])[-1]
    after = _LINE_WORDS_END.split(text[m.end() : m.end() + 25], maxsplit=1)[0]
    said = _line_kind(before + " " + m.group(0) + " " + after)
    labelled = _line_kind(text[max(0, off - 20) : off])
    return said is not None and labelled is not None and said != labelled


def _replace_outdated(hit: Hit | None, out: _Outdated) -> Hit | None:
    """The value found, unless the text calls it old: then the one given instead, else the
    value unsure. Words naming no value of their line withdraw the value found, wherever it
    was written, for the one the line gives instead."""
    if out.elsewhere and out.new is not None and (hit is None or hit.value != out.new.value):
        return out.new
    if hit is not None and hit.value not in out.old:
        # another value is called old: which one is in force is read from wording
        return hit if not (out.old or out.unsure) or not hit.certain else dataclasses.replace(hit, certain=False, reason=Reason.CORRECTED)
    if out.new is not None and (hit is not None or out.old):
        return out.new
    if hit is None:
        return None
    return dataclasses.replace(hit, certain=False, reason=Reason.CORRECTED)


def _email_offsets(office: Office) -> Callable[[str], list[tuple[int, str]]]:
    def every(text: str) -> list[tuple[int, str]]:
        low = text.lower()
        return [(low.find(e), e) for e in emails_in(text, office)]

    return every


_NUMBER_HEAD = re.compile(r"[+(]?\d[\d\s()/.-]*")
_FIX_BETWEEN = re.compile(
    r"[\s,;:.!()\-–—]*(?:"
    # a slip put right at once: "605 118 224 - pardon, 605 118 242", "…, sorry, I mean …"
    r"(?P<fix>(?:pardon\w*|pardón|sorry|promi[nň]\w*|omlouv\w*|ospravedl\w*|entschuldig\w*|"
    r"verzeihung|perdón|perdon|perdona\w*|perdone|scus[aie]\w*|przepraszam|bocsánat|désolée?|desolee?|"
    r"disculp\w*|excusez(?:-moi)?|förlåt|forlat|ursäkta|oops|ups|jejda|i\s+mean|correction|oprava|opravuji|"
    r"opravujem|správně|spravne|správne|correctly|rather|vlastně|vlastne|tedy|teda|besser|genauer|"
    # a negation puts right only with a stop or a word of a slip after it ("ne, …", "ne
    # pardon, …", "no sorry …"); "ne …" rejects what follows
    r"(?:ne|nie|no|nein|non)(?=\s*[,;:.!—–-]|\s+(?:pardon|pardón|perdon|perdón|sorry|promi[nň]|"
    r"omlouv|entschuldig|verzeihung|przepraszam|bocsánat|scus[aie]|désolé|desole|disculp|excusez|förlåt|"
    r"oops|ups|jejda)|$))(?:[\s,;:.!()\-–—]+|$))+"
    # the number named again: "pardon, tel je …", "sorry, my number is …", "Korrektur: Telefon …"
    r"(?:(?:my\s+|the\s+|meine\s+|die\s+)?(?:tel\.?|telefon\w*|mobil\w*|číslo|cislo|number|nummer|phone)\s*:?\s+)?"
    r"(?:(?:je|jest|is|it's|ist|to|má\s+být|should\s+be|lautet)\s+)?|"
    # the value written, not the one after: "605 118 224, ne 605 118 242", "… (not …)"
    r"(?P<not>ne|nie|not|nicht|non|no)\s+)",
    re.IGNORECASE,
)
"""The words between two numbers of one line that put the first right ("pardon", "sorry, I
mean", "oprava:", "ne,") or that reject the second ("…, ne …"; a negation without a
comma)."""


def _slip_between(text: str, found: Sequence[tuple[int, str]]) -> bool:
    """Whether two neighbouring values of a line are apart by words of a slip put right at
    once ("602 418 275, ne pardon, 603 418 275"): the line's later words about an old value
    speak of the slip."""
    for (off, first), (nxt, second) in zip(found, found[1:], strict=False):
        head = _NUMBER_HEAD.match(text, off)
        m = _FIX_BETWEEN.fullmatch(text, head.end() if head else off, nxt)
        if m is not None and m.group("fix") and first != second:
            return True
    return False


def _slip_fixed(phone: Hit | None, b: Block, ln: Line, office: Office) -> Hit | None:
    """The phone a line puts right at once after writing it, where the found one is one of
    the two numbers: the first after words of a slip, the first again before a negated
    second; never for certain. ``phone`` as it is in any other line."""
    if phone is None or phone.value[-3:] not in ln.text:
        return phone  # a quick test: the number's last digits are written in the line
    found = _line_phones(ln.text, office)
    if len(found) < 2 or phone.value not in {v for _, v in found}:
        return phone
    for (off, first), (nxt, second) in zip(found, found[1:], strict=False):
        head = _NUMBER_HEAD.match(ln.text, off)
        m = _FIX_BETWEEN.fullmatch(ln.text, head.end() if head else off, nxt)
        if m is None or first == second or phone.value not in (first, second):
            continue
        right = first if m.group("not") else second
        return Hit(right, b.component, ln.no, False, Reason.CORRECTED)
    return phone


_SLIP_WORD = re.compile(
    # the lookahead of the words' first letters only makes the search quick
    r"\b(?=[bcdefjkopsuvBCDEFJKOPSUV])(?:pardon\w*|pardón|sorry|promi[nň]\w*|omlouv\w*|ospravedl\w*|"
    r"entschuldig\w*|verzeihung|perdón|perdon|perdona\w*|scus[aie]\w*|désolée?|desolee?|disculp\w*|excusez|"
    r"förlåt|forlat|oops|ups|jejda|correction|korrektur|oprava|opravuji|opravujem|"
    r"przepraszam|poprawka|bocsánat|javítás)\b",
    re.IGNORECASE,
)
"""Words owning up to a slip ("pardon, tel je …", "sorry, my number is …", "Korrektur: …")."""


def _near_copy(a: str, b: str) -> bool:
    """Two numbers of one length that differ in one digit or by two swapped neighbours
    ("…853" and "…835"): a typo put right, not another number (a switchboard "…100")."""
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    if len(diff) == 1:
        return True
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _slip_in_later_line(phone: Hit | None, b: Block, ln: Line, office: Office) -> Hit | None:
    """The one number of another line that owns up to a slip ("pardon, tel je 602 418 835,
    ne 853", "sorry, the number is …") where it is a near copy of the phone found (a digit
    or two put right); never for certain."""
    if phone is None or (b.component == phone.component and ln.no == phone.line):
        return phone
    if not _SLIP_WORD.search(ln.text):
        return phone
    found = {v for _, v in _line_phones(ln.text, office)}
    if len(found) != 1 or not _near_copy(phone.value, (right := next(iter(found)))):
        return phone
    return Hit(right, b.component, ln.no, False, Reason.CORRECTED)


def corrected_contact(
    contact: Contact, blocks: Sequence[Block], office: Office = CSU, supplements: Sequence[Block] = ()
) -> Contact:
    """A phone or e-mail the text changes or corrects after giving it ("v telefonu jsem
    udělala překlep, správně je …", "my phone is now …"): the value right after the word of
    change replaces the one found, never for certain. ``supplements`` (the attachments) are
    read only for words calling a value out of use ("the phone in the form does not work at
    weekends, call …") and for a number put right at once in its own line ("603 482 171 –
    oprava, správně 603 482 117"): a second document that supplements the first."""
    contact = _replaced_contact(contact, blocks, office)
    contact = _replaced_in_cover(contact, supplements, office)
    phone, email = contact.phone or _phone_for(contact.person, blocks, office), contact.email
    # a slip put right at once in the line of the number found, in any text of the applicant's
    # (a data message's main file is an attachment)
    for b in supplements:
        for ln in b.lines:
            phone = _slip_fixed(phone, b, ln, office)
    # a cover note among the attachments (a data message's TXT beside its PDF form) changes
    # the phone read from another attachment ("pan Jelínek má nově číslo …")
    attached = {s.component for s in supplements}
    covers = [s for s in supplements if phone is not None and phone.component in attached and s.component != phone.component]
    for b in [*blocks, *covers]:
        for ln in b.lines:
            if b in blocks:
                phone = _slip_in_later_line(_slip_fixed(phone, b, ln, office), b, ln, office)
            phone, email = _changed_in_line(phone, email, b, ln, office)
    every = [*blocks, *supplements]
    if lines := _outdated_lines(every):
        phones = _outdated(every, lines, lambda s: _line_phones(s, office), _PHONE_WORDS)
        phone = _replace_outdated(phone, phones)
        email = _replace_outdated(email, _outdated(every, lines, _email_offsets(office), _EMAIL_WORDS))
    return Contact(contact.person, email, _others_number(phone, contact.person, blocks))


def _others_number(phone: Hit | None, person: Hit | None, blocks: Sequence[Block]) -> Hit | None:
    """A certain phone of the new text beside a contact read from the quoted original, where
    its line gives it as someone else's ("na telefon kolegy …", "our switchboard …"): unsure."""
    if phone is None or not phone.certain or person is None or person.reason not in _OLDER:
        return phone
    line = _hit_line(phone, blocks) or ""
    if _COLLEAGUES.search(line):
        return None  # "technické dotazy na telefon kolegy …": a colleague's line, not the contact's
    return dataclasses.replace(phone, certain=False, reason=Reason.OTHER_PERSON) if _SOMEONE_ELSE.search(line) else phone


_OTHER_VALUE = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}|[\w.-]@|(?<![\d ])\d{8}(?![\d ])")
"""Another field's value (an IP address, an e-mail, an IČO) between a word of change and a
phone: the change gives that value ("u testovací adresy je překlep, správně 192.0.2.33,
technické dotazy na tel. …")."""


def _changed_in_line(
    phone: Hit | None, email: Hit | None, b: Block, ln: Line, office: Office
) -> tuple[Hit | None, Hit | None]:
    """The phone and e-mail a line gives after a word of change ("nově", "správně", "is now",
    "místo čísla … používejte …"), in place of those found; never for certain."""
    low = ln.text.lower()
    if _CHANGE_STEM.search(low) is None:
        return phone, email
    change = _CHANGE.search(ln.text)
    if change is None or _UNCHANGED.search(_clause_around(ln.text, change.start())):
        return phone, email
    found = _line_phones(ln.text, office)
    # the change's own clause gives another field's value: "…, správně 192.0.2.33, tel. …"
    other = _OTHER_VALUE.search(ln.text, change.end(), _clause_bounds(ln.text, change.start())[1])
    after = [n for off, n in found if off > change.start() and not _instead_of(ln.text, off) and not (other and other.start() < off)]
    phone_words = _PHONE_LABEL.search(ln.text) or _NUMBER_WORD.search(ln.text)
    if after and phone_words and (phone is None or phone.value != after[0]):
        phone = Hit(after[0], b.component, ln.no, False, Reason.CORRECTED)
    tail = emails_in(ln.text[change.start() :], office)
    if tail and other and other.start() < ln.text.lower().find(tail[0]):
        tail = []  # "nová IP adresa 192.0.2.5, kontakt …@…": the change gives the address
    if tail and _EMAIL_NAMED.search(ln.text) and (email is None or email.value != tail[0]):
        email = Hit(tail[0], b.component, ln.no, False, Reason.CORRECTED)
    return phone, email


_EMAIL_NAMED = re.compile(
    r"(?=[aemAEM])\b(?:e-?mail\w*|email\w*|mail\w*|adres\w*|address\w*|adresse\w*)\b", re.IGNORECASE
)
"""An e-mail named in a line of change, in any case ("e-mail", "v e-maile", "správna adresa",
"the correct address")."""


def _phone_for(person: Hit | None, blocks: Sequence[Block], office: Office) -> Hit | None:
    """A contact with no phone yet (read from a quoted original): the one number a line of
    the new text gives with the contact's name, in any case ("telefon na pana Zemana je …",
    "Mr Zeman's number is …"); never for certain."""
    if person is None or len(person.value.split()) < 2:
        return None
    for b in blocks:
        if b.kind is Kind.SIGNATURE:
            continue
        for ln in b.lines:
            if not _DIGITS.search(ln.text) or not _mentions(_fold(ln.text), person.value):
                continue
            names = [n for _, n in _person_mentions(ln.text, always=True)]
            if any(not _same_person(n, person.value) and not _same_person(person.value, n) for n in names):
                continue  # the line names someone else too
            found = {n for _, n in _line_phones(ln.text, office)}
            if len(found) == 1:
                return Hit(found.pop(), b.component, ln.no, False, Reason.SENTENCE)
    return _writers_own_phone(blocks, office) if person.reason in _OLDER else None


_SOMEONE_ELSE = re.compile(
    r"\b(?:koleg\w*|colleague\w*|kolleg\w*|kolleg\w*|technik\w*|technician|správc\w*|spravc\w*|"
    r"admin\w*|dodavatel\w*|dodávateľ\w*|supplier|vendor|lieferant\w*|ústředn\w*|ustredn\w*|"
    r"switchboard|zentrale|recepc\w*|reception|sekretariát\w*|sekretariat\w*|office)\b",
    re.IGNORECASE,
)
"""Words giving a number that is someone else's ("telefon na kolegu", "our switchboard")."""
_COLLEAGUES = re.compile(
    r"\b(?:koleg(?:y|u|ovi|yně|yne|yni|yňa|yne|yňu|ov|ů|u)|colleague'?s?|kolleg(?:e|en|in)|"
    r"coworker'?s?|co-worker'?s?|koleżank\w*|kolezank\w*|kolegi|kolegów|colega|collega)\b",
    re.IGNORECASE,
)
"""A colleague named as the owner of the number ("na telefon kolegy", "my colleague's
number", "beim Kollegen"): a person other than the contact, whose number is not theirs."""


def _writers_own_phone(blocks: Sequence[Block], office: Office) -> Hit | None:
    """A contact read from the writer's quoted original with no phone: the one number the new
    text gives, in a line that calls it a phone and names no one ("v původním mailu jsem
    zapomněla na telefon – je to 604 990 231", "forgot my phone: …"), the writer's own;
    never for certain. None when the new text gives another number or names someone."""
    hits = []
    for b in blocks:
        if b.kind is Kind.SIGNATURE:
            continue
        for ln in b.lines:
            if _DIGITS.search(ln.text) and (found := {n for _, n in _line_phones(ln.text, office)}):
                hits.append((found, b, ln))
    if len(hits) != 1 or len(hits[0][0]) != 1:
        return None
    found, b, ln = hits[0]
    if not _PHONE_LABEL.search(ln.text) or _SOMEONE_ELSE.search(ln.text) or _person_mentions(ln.text, always=True):
        return None
    return Hit(next(iter(found)), b.component, ln.no, False, Reason.SENTENCE)


_IN_PLACE = re.compile(
    r"(?=[acehimnoprstuvzàäü])\b(?:místo|misto|namísto|namisto|miesto|namiesto|instead(?:\s+of)?|in\s+place\s+of|"
    r"nahrad\w*|zastoup\w*|zastúp\w*|replac\w*|takes?\s+over\s+from|"
    # one who takes the agenda over: "po mně agendu přebírá kolega …", "X takes over", "ab
    # Oktober übernimmt Frau …", "sprawę przejmuje …", "prevezme to kolegyňa …"
    # (verb forms only: "přebírací místo" is the collection point)
    r"přebír(?:á|ají|at|ám)|preber(?:á|ie|ú)|preberať|převezm(?:e|ou|u)|prevezm(?:e|ú|em)|"
    r"převzal\w*|prevzal\w*|"
    r"takes?\s+over|taking\s+over|took\s+over|übernimmt|übernehm\w*|übernommen|przejm\w*|"
    # the one who comes after: "moje nástupkyně", "môj nástupca", "my successor", "Nachfolgerin"
    r"nástupc\w*|nástupkyn\w*|nástupkyň\w*|nastupc\w*|nastupkyn\w*|successor\w*|nachfolger\w*|następc\w*|"
    # the contact first given, then another: "původně jsem uvedl …", "originally …"
    r"původně|puvodne|pôvodne|originally|previously|ursprünglich|pierwotnie|"
    # the contact changed: "měníme kontaktní osobu", "zmena kontaktu", "we are changing"
    r"měn[íi]\w*|mění|změn\w*|zmen\w*|mení\w*|chang\w*|änder\w*|zmienia\w*|"
    # other languages' "instead of": anstelle/statt, zamiast, en lugar/vez de, à la place de,
    # invece di/al posto di, helyett (Hungarian), in plaats van
    r"anstelle|statt|anstatt|vertritt|zamiast|zastąp\w*|en\s+(?:lugar|vez)\s+de|sustitu\w*|"
    r"à\s+la\s+place\s+de|remplac\w*|invece\s+di|al\s+posto\s+di|sostitu\w*|helyett\w*|"
    r"in\s+plaats\s+van|vervang\w*)\b",
    re.IGNORECASE,
)
"""Words putting one person in another's place ("místo mě", "namiesto neho", "instead of me",
"původně jsem uvedl …", "měníme kontaktní osobu", "helyettem")."""
_CONTACT_ROLE = re.compile(
    r"(?=[acikoprz])\b(?:kontaktn\w+\s+osob\w*|kontakt(?:em|om)?|contact(?:\s+person)?|"
    # the office asked to turn to someone: "kontaktujte prosím jeho", "obracejte se na ni",
    # "kontaktieren Sie", "prosimy o kontakt"
    r"kontaktuj\w*|kontaktova\w*|kontaktier\w*|obracej\w*|obraťte|obráťte|obracaj\w*|"
    r"ansprechpart\w*|kontaktperson\w*|osob\w*\s+kontaktow\w*|persona\s+de\s+contacto|"
    r"interlocut\w*|referente|kapcsolattart\w*|contactpersoon|"
    # the one in charge of the matter: "ab sofort ist Frau … zuständig"
    r"zuständig\w*|zustandig\w*)\b",
    re.IGNORECASE,
)


_HANDED_MATTER = re.compile(
    # a verb of taking a matter over and, within a few words either side, the application's
    # communication as its object: "přebírá komunikaci ohledně voleb kolegyně …", "korešpondenciu
    # preberá …", "takes over the correspondence", "übernimmt die Kommunikation", "sprawę
    # przejmuje …" (never the technical set-up or anything else taken over); the lookahead of
    # the words' first letters only makes the search quick
    r"(?=[ackpstü])(?:\b(?:(?:přebír|prebír|prebir|preber|převezm|prevezm|převz|prevz|przejm)\w*|takes?\s+over|"
    r"taking\s+over|took\s+over|übernimm\w*|übernehm\w*|übernommen)\b(?=(?:\W+\w+){0,6}?\W+"
    r"(?:komunikac|komunikáci|korespondenc|korešpondenc|komunikacj|korespondencj|agend|communication|"
    r"correspondence|kommunikation|korrespondenz|spraw[eęy]))|"
    r"\b(?:komunikac|komunikáci|korespondenc|korešpondenc|komunikacj|korespondencj|agend|communication|"
    r"correspondence|kommunikation|korrespondenz|spraw[eęy])\w*(?=(?:\W+\w+){0,6}?\W+"
    r"(?:přebír|prebír|prebir|preber|převezm|prevezm|převz|prevz|przejm|übernimm|übernehm)))",
    re.IGNORECASE,
)
"""A hand-over of the application's communication to someone: the role of the contact in
other words, for the sentence that puts a person in the first one's place."""


_NO_LONGER = re.compile(
    r"(?=[ijnuw])\b(?:nebude|nebudou|nebudu|nebudem|nebudeme|nejsem|nie\s+som|not\s+me|není|neni|nie\s+je|nebude|už\s+nie|(?:už|již|uz|jiz)\s+ne\w*|no\s+longer|"
    r"not\s+(?:be|the)|will\s+not|won't|isn't|is\s+not|nicht\s+mehr|ist\s+nicht|nie\s+będzie|nie\s+jest)\b",
    re.IGNORECASE,
)
"""Words saying a person is not (or no longer) the contact ("kontaktní osobou nebude pan X",
"X už není kontaktní osobou", "X is no longer our contact"): read only beside a word for the
contact's role."""


_NEGATED_CONTACT = re.compile(
    r"\b(?:ne(?:obracej|obracaj|obraťte|obráťte|kontaktuj|kontaktova|volej|píš|piš|pis)\w*|"
    r"(?:do\s+not|don['’]t)\s+(?:contact|call|write\s+to|email)\s+me|kontaktieren\s+sie\s+mich\s+nicht|"
    r"nie\s+(?:kontaktuj|dzwoń|dzwon|pisz)\w*)",
    re.IGNORECASE,
)
"""The office asked no longer to turn to the writer ("Na mě se už neobracejte", "please do not
contact me", "nekontaktujte mě"): the role is dropped by the one who held it."""
_LEAVE = re.compile(
    r"\b(?:dovolen\w*|dovolenk\w*|vacation|holiday\w*|urlaub\w*|urlop\w*|sabbati\w*|"
    r"mateřsk\w*|materskej|materskú|rodičovsk\w*|rodicovsk\w*|nemocensk\w*|elternzeit|on\s+(?:\w+\s+)?leave)\b",
    re.IGNORECASE,
)
_CONSEQUENCE = re.compile(
    r"\b(?:proto|preto|tedy|teda|takže|takze|tak|therefore|so|hence|thus|deshalb|daher|darum|dlatego|więc)\b",
    re.IGNORECASE,
)
_LEAVE_STOP = re.compile(r"[.!?;\n]")
_DESIGNATE = re.compile(
    r"\b(?:uveďte|uvedte|uvádějte|uvadejte|uvádzajte|uvadzajte|zapište|zapiste|zapíšte|"
    r"please\s+(?:list|put|name|enter|use)|tragen\s+sie|geben\s+sie|nennen\s+sie|"
    r"proszę\s+(?:wpisać|podać)|prosze\s+(?:wpisac|podac))\b",
    re.IGNORECASE,
)
"""Words asking the office to enter someone as the contact ("kontaktní osobou prosím uveďte
kolegu …", "please list … as the contact"): beside a leave, they hand the role on as a word
of consequence does."""


def _leave_handover(text: str) -> re.Match[str] | None:
    """A leave that hands the contact's role on ("od října jsem na dlouhodobé dovolené,
    kontaktní osobou proto bude …", "I'm on parental leave from May, so the contact will be
    …", "jsem na dovolené – kontaktní osobou uveďte …"): the leave, a word of consequence or
    of entering someone as the contact, and the role in one sentence; unlike a deputy for
    an absence ("v mé nepřítomnosti") the one named stands in for the rest."""
    for m in _LEAVE.finditer(text):
        stop = _LEAVE_STOP.search(text, m.end())
        seg = text[m.end() : min(m.end() + 120, stop.start() if stop else len(text))]
        if (_CONSEQUENCE.search(seg) or _DESIGNATE.search(seg)) and _CONTACT_ROLE.search(seg):
            return m
    return None


def _dropped_role(text: str) -> re.Match[str] | None:
    """The words of a line taking the contact's role from someone, right beside that role;
    the holder asking not to be turned to any more, or handing the role on for a leave."""
    for m in _NO_LONGER.finditer(text):
        if _CONTACT_ROLE.search(text, max(0, m.start() - 40), m.end() + 40):
            return m
    if _CONTACT_ROLE.search(text) is not None:
        return _NEGATED_CONTACT.search(text) or _leave_handover(text)
    return None


def _hit_line(hit: Hit, blocks: Sequence[Block]) -> str | None:
    """The text of the line a value was read from, None when no block has it."""
    where = _hit_place(hit, blocks)
    return None if where is None else where[0].lines[where[1]].text


def _nominative_in(name: str, head: str, blocks: Sequence[Block]) -> str:
    """``name`` as written after ``head``, in the nominative: the form the text itself
    writes (a signature under "uveďte mě, Petru Malou"), else turned back by its case."""
    case = _case_of(head, name)
    words = name.split()
    # in the order written (a set's order would change between runs)
    written = dict.fromkeys(tuple(n.split()) for b in blocks for ln in b.lines for n in _names_in(ln.text))
    for c in dict.fromkeys((case, "acc", "ins")):
        forms = [{_fold(f) for f in _word_forms(w, c)} for w in words]
        for n in written:
            if _declines_to(list(n), words, forms):
                return " ".join(n)
    return name if case == "nom" else _nominative(name, case)


def _after_first(text: str, first: str) -> int | None:
    """Where a line that names the first contact goes on past that name (the replacement
    is read only after it), or None when the line does not name them."""
    for off, n in _person_mentions(text, always=True):
        if _same_person(n, first) or _same_person(first, n):
            return off + len(n)
    return None


_OLDER = (Reason.ORIGINAL, Reason.QUOTED)
"""A first contact read from a quoted or forwarded message: any line of the new text is
newer, above it or below."""


def _before_first(text: str, earlier: bool, first: str) -> int | None:
    """Where a line at or above the first contact's may name the one who replaces them: past
    the first one's name in their own line; in an earlier line, past the writer's words
    making themselves the contact (the first one is the signer below: "kontaktní osobou jsem
    měl být já, ale …, uveďte mou nástupkyni …")."""
    if not earlier:
        return _after_first(text, first)
    own = _SELF_CONTACT.search(text) if _hinted(text) else None
    return None if own is None else own.end()


def _replaced_in_cover(contact: Contact, supplements: Sequence[Block], office: Office) -> Contact:
    """A contact read from one attachment whom another attachment (a cover note, a
    "Doplnění"/"Nachtrag" beside a data message's form) replaces: the sentence there that
    makes another person the contact, also as the new contact ("Nová kontaktní osoba: …",
    "the contact person is now …", "Neue Ansprechpartnerin ist …", "Zmiana osoby
    kontaktowej: …"); never for certain."""
    first = contact.person
    if first is None or first.reason is Reason.CORRECTED or first.component not in {s.component for s in supplements}:
        return contact
    covers = [s for s in supplements if s.component != first.component]
    new = _replaced_contact(contact, covers, office, _NEW_CONTACT) if covers else contact
    if new.person is None or new.person is first:
        return contact
    hit = new.person
    said = [_wrapped_sentence(b, i) for b in covers if b.component == hit.component for i, ln in enumerate(b.lines) if ln.no == hit.line]
    # "kontaktní osobou zůstává X": the first one stays, whoever else is named
    return contact if any(_STAYS.search(t) for t in said) else new


_STAYS = re.compile(
    r"\b(?:zůstává|zustava|zůstane|zustane|zostáva|zostava|zostane|remains?|stays?|bleibt|"
    r"pozostaje|marad|reste|rimane|beze?\s+změny|bez\s+zmeny|bez\s+zmiany|unchanged|unverändert)\b",
    re.IGNORECASE,
)
"""Words of a contact who stays the contact ("kontaktní osobou zůstává …", "remains …")."""


_NEW_CONTACT = re.compile(
    _IN_PLACE.pattern[:-3].replace("(?=[acehimnoprstuvzàäü])", "(?=[acehimnoprstuvzàäüú])", 1)
    # a new contact named in a second document: "nová kontaktní osoba", "novou kontaktnou
    # osobou", "new contact", "neue Ansprechpartnerin", "nowa osoba kontaktowa", "zmiana
    # osoby kontaktowej", "új kapcsolattartó", "nouveau contact"
    + r"|nov[áaéýouú]\w*\s+kontakt\w*|new\s+contact|neue[nrs]?\s+(?:ansprechpart|kontakt)\w*|"
    r"now[aąy]\w*\s+(?:osob\w*\s+)?kontakt\w*|zmian\w*|új\s+kapcsolattart\w*|nouve\w*\s+contact|"
    r"(?:contact(?:\s+person)?|ansprechpart\w*)\s+(?:is|will\s+be|ist|wird)\s+(?:now|from\s+now\s+on|jetzt|nun|ab\s+sofort|neu)"
    r")\b",
    re.IGNORECASE,
)
"""``_IN_PLACE`` and the words of a new contact, read in a document beside the form."""


def _replaced_contact(
    contact: Contact, blocks: Sequence[Block], office: Office, cues: re.Pattern[str] | None = None
) -> Contact:
    """A later sentence that makes another person the contact in the place of the first
    ("kontaktní osobou bude místo mě kolega …", "the contact will be Helen Ward instead of
    me", "původně jsem uvedl X (…), kontaktní osobou bude Y"): that person, with the e-mail
    and phone the sentence gives (the first one's never stay); never for certain."""
    first = contact.person
    if first is None:
        return contact
    for b in blocks:
        for idx, ln in enumerate(b.lines):
            text = ln.text
            start, named = 0, True
            if ln.no <= first.line and b.component == first.component and first.reason not in _OLDER:
                if (after := _before_first(text, ln.no < first.line, first.value)) is None:
                    continue
                start = after  # the same line: only a name written after the first one's
                named = ln.no == first.line  # after the writer's own claim the cue says it
            else:
                text = _wrapped_sentence(b, idx)
            cue = (cues or _IN_PLACE).search(text) or _dropped_role(text)
            role = _CONTACT_ROLE.search(text) or _HANDED_MATTER.search(text)
            if cue is None or role is None or _ABSENCE.search(text, start):
                continue  # a deputy while the contact is away takes nobody's place
            names: dict[str, int] = {}
            for off, n in _person_mentions(text, always=True):
                if off == cue.start():  # "Místo Pavla Duška" at the start of a sentence
                    n = " ".join(n.split()[1:])
                elif (run := _GLUED_RUN.match(text, off)) and _REPLACED_BEFORE.search(text, max(0, off - 40), off):
                    # the one replaced glued to the new one: "místo T. Richtera Petra Kalinová"
                    words = run.group(0).split()
                    off = max(off, text.find(words[-2], off))
                    n = " ".join(words[-2:])
                if off < start or (start and named and _CONTACT_ROLE.search(text, start, off) is None):
                    continue  # in the first one's line: a name after them, called the contact
                if cue.re is _LEAVE and off < cue.end():  # "Ab Oktober bin ich im Urlaub – …"
                    continue  # in the first one's line: a name after them, called the contact
                if _FORM_OF_ADDRESS.fullmatch(n.split()[0]):  # "anstelle von Herrn Weber"
                    n = " ".join(n.split()[1:])
                if len(n.split()) > 1 and not _same_person(n, first.value) and not _same_person(first.value, n):
                    names.setdefault(n, off)
            if len(names) != 1:
                continue
            name, off = next(iter(names.items()))
            name = _nominative_in(name, text[max(0, off - 30) : off], blocks)
            tail = text[off:]
            es = emails_in(tail, office)
            num = _best_phone(_phones_after(text, office, off))
            return Contact(
                Hit(name, b.component, ln.no, False, Reason.CORRECTED),
                Hit(es[0], b.component, ln.no, False, Reason.CORRECTED) if es else None,
                Hit(num, b.component, ln.no, False, Reason.CORRECTED) if num else None,
            )
    return _replacing(contact, blocks)


def _wrapped_sentence(b: Block, idx: int) -> str:
    """The line ``idx`` read on into the next two lines while its sentence runs on there (a
    handover wrapped at the line end: "… přebírá kolega X, takže" / "kontaktujte prosím
    jeho:" / "x@…, mobil …")."""
    text = b.lines[idx].text
    for nxt in b.lines[idx + 1 : idx + 3]:
        if not text.strip() or not nxt.text.strip() or _SENTENCE_STOP.search(text):
            break
        text = f"{text.rstrip()} {nxt.text.strip()}"
    return text


_SENTENCE_STOP = re.compile(r"[.!?]\s*$")


def _replacing(contact: Contact, blocks: Sequence[Block]) -> Contact:
    """The contact read from a line that puts them in another person's place, named before
    them ("původně jsme uvedli X (…), kontaktní osobou bude Y"): a choice between two
    people, so the contact and the details read with them are never certain."""
    first = contact.person
    if first is None or not any(h is not None and h.certain for h in (first, contact.email, contact.phone)):
        return contact
    line = _hit_line(first, blocks) or ""
    if not line or _IN_PLACE.search(line) is None or _CONTACT_ROLE.search(line) is None:
        return contact
    at = _after_first(line, first.value)
    others = [
        n for off, n in _person_mentions(line, always=True)
        if at is not None and off < at - len(first.value) and len(n.split()) > 1
        and not _FORM_OF_ADDRESS.fullmatch(n.split()[0]) and not _same_person(n, first.value) and not _same_person(first.value, n)
    ]
    if not others:
        return contact
    return Contact(*(h if h is None or not h.certain else dataclasses.replace(h, certain=False, reason=Reason.CORRECTED) for h in (first, contact.email, contact.phone)))


def _window(block: Block, idx: int, size: int = 4) -> list[Line]:
    return list(block.lines[idx : idx + size])


_DENIED_FOR_ME = (
    r"(?:kontaktn\w+\s+osob\w*|kontakt(?:em|om)?|contact(?:\s+person)?|Ansprechpartner\w*)\s+"
    r"(?:(?:už|již|uz|jiz|už\s+ďalej|nadále|nadale|from\s+now\s+on)\s+)?"
    r"(?:nebude|nebudou|není|neni|nie\s+je|won['’]t\s+be|will\s+not\s+be|will\s+no\s+longer\s+be|"
    r"is\s+not|isn['’]t|is\s+no\s+longer|ist\s+nicht\s+mehr|ist\s+nicht|wird\s+nicht)\b"
    r"(?:[^.;!?\n]|\.(?=\s?(?-i:[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ])[^\W\d_]))*?[\s,–-]"
    r"(?:ale|nýbrž|nybrz|avšak|ale\s+až|but|sondern)\s+(?:(?:nově|nyní|teď|odteraz|now|instead|rather)\s+)?"
    r"(?:(?:to\s+)?(?:já|ja)|me|myself|ich|mich)\b"
)
"""The role denied to another, then the writer in the contrast ("kontaktní osobou nebude
kolega X, který odchází, ale já", "kontaktom už nie je pán X, ale ja", "the contact won't be
Tom Hill any more but me"): the writer is the contact, the other one is set aside."""
_DENIED_FOR_ME_RE = re.compile(_DENIED_FOR_ME, re.IGNORECASE)


_SELF_CONTACT = re.compile(
    # words of a qualifier between ("Kontaktní osobou za město pro tuto žádost budu já",
    # "… za Město Kolín …", "… pro ČSÚ …"), never a verb naming someone else ("… bude
    # kolega Novák a já budu …") nor a name run but after a preposition
    r"(?=[abcdfgijkmnoprsvyz])\b(?:kontaktn\w+\s+osob\w*(?:\s+(?!(?:je|bude|jest|a|i|nebo|ale)\b)"
    r"(?:(?<=\bza\s)|(?<=\bpro\s)|(?<=\bve\s)|(?<=\bv\s)|(?<=\bna\s)|(?<=\bod\s)|(?<=\bu\s)|(?!(?-i:" + _NAME_WORD + r"\s+" + _NAME_WORD + r")))[^\W\d_]+){0,7}?"
    r"\s+(?:jsem|budu|som|budem)(?:\s+já|\s+ja)?|"
    # the role, a clause setting someone aside between commas, then the verb with the pronoun
    # ("kontaktní osobou místo kolegyně X, která odchází, budu já", "kontaktom namiesto pána
    # X budem ja"), never a verb naming someone else in the gap ("… je X, jsem já jen …")
    r"(?:kontaktn\w+\s+osob\w*|kontakt(?:em|om))\s+(?!(?:je|bude|jest|jsou|budou|bol|byl\w*|zůst\w+|zost\w+)\b)"
    # a name run in the gap only after a word setting it aside ("Kontaktní osobou Jan Novák
    # budu já" names Jan Novák first)
    r"(?=(?:místo|namísto|miesto|namiesto)\b|(?:(?!(?-i:" + _NAME_WORD + r"\s+" + _NAME_WORD + r"))[^;!?\n])*?"
    r"[\s,)](?:jsem|budu|som|budem)\b)"
    r"(?:[^\W\d_]{1,4}\.|[^\W\d_]+|\d{1,2}\.)(?:[\s,()–-]+(?:[^\W\d_]{1,4}\.|[^\W\d_]+|\d{1,2}\.)){0,11}?"
    r"[\s,)]+(?:jsem|budu|som|budem)"
    # a word or a date between the verb and the pronoun ("budu nově já", "budu od 1. 10. já")
    r"(?:\s+(?!(?:ne|nie|not)\b)(?:[^\W\d_]+|\d{1,2}\.)){0,3}?\s+(?:já|ja)\b|"
    # the role right before the verb ("kontaktem budu já", "kontaktom budem odteraz ja")
    r"kontakt(?:em|om)\s+(?:jsem|budu|som|budem)(?:\s+(?:nově|nove|nyní|teď|odteraz|teraz|už|uz))?\s+(?:já|ja)\b|"
    # the verb before the role ("od října budu kontaktní osobou já", "budem kontaktnou osobou ja")
    r"(?<!\bne)(?:jsem|budu|som|budem)\s+(?:(?:nově|nyní|teď|odteraz|teraz|už)\s+)?kontaktn\w+\s+osob\w*\s+(?:já|ja)\b|"
    # the verb of turning to someone, with up to four words between it and "na mě" in any
    # order ("se proto prosím obracejte na mě", "obráťte sa v tejto veci na mňa")
    r"(?:směřujte|smerujte|obracejte|obraťte|obracajte|obráťte|kontaktujte)"
    r"(?:\s+(?!(?:ne|nie|na|not)\b)[^\W\d_]+){0,4}?\s+na\s+(?:mě|mne|mně|mňa)\b|"
    r"kontaktujte(?:\s+prosím)?\s+mě|"
    # the writer asks for the correspondence about the application ("please direct all
    # correspondence about this application to me", "veškerou korespondenci zasílejte mně",
    # "richten Sie die Korrespondenz an mich")
    r"(?<!\bnot\s)(?:direct|send|address|forward)\s+(?:all\s+|any\s+)?(?:(?:further|the|your)\s+)?"
    r"(?:correspondence|communication|queries|questions)(?:\s+[^\W\d_]+){0,5}?\s+to\s+me\b|"
    r"(?:korespondenci|komunikaci|korešpondenciu|korespondenciu|komunikáciu)(?:\s+(?!(?:ne\w*|nie)\b)[^\W\d_]+){0,5}?"
    r"\s+(?:mně|mne|mi|na\s+mě|na\s+mňa)\b|"
    r"Korrespondenz(?:\s+(?!nicht\b)[^\W\d_]+){0,5}?\s+an\s+mich\b|"
    # the writer asks to be contacted or called: "please contact me directly", "volejte mi",
    # "ozvite sa mi", "get in touch with me"
    r"(?:contact|call|reach|phone|ring)\s+me\b|get\s+in\s+touch\s+with\s+me|"
    # any form of the verb of the plea ("kontaktovat prosím mě", "kontaktovať prosím mňa"),
    # never the pronoun before it: "mě prosím kontaktujte jen v obsahových věcech" restricts
    # the pronoun always: "kontaktujte prosím našeho správce" is no self-declaration
    # up to four words between, never a negation nor another person ("kontaktujte proto v
    # této věci mě")
    # the writer remaining the contact: the verb of remaining in the first person ("kontaktní
    # osobou ale i nadále zůstávám já", "zostávam kontaktnou osobou")
    r"kontaktn\w+\s+osob\w*\s+(?:[^\W\d_]+\s+){0,3}?(?:zůstávám|zůstanu|zustavam|zustanu|zostávam|zostanem|zostavam)\b|"
    r"(?<!\bne)(?:zůstávám|zůstanu|zustavam|zustanu|zostávam|zostanem|zostavam)\s+(?:[^\W\d_]+\s+){0,2}?kontaktn\w+\s+osob|"
    r"(?:kontaktujte|kontaktuj|kontaktovat|kontaktovať)(?:\s+(?!(?:ne\w*|nie|not|jeho|ho|ji|ju|jej|pana|pána|paní|pani|"
    r"kolegu|kolegyni|kolegyňu|našeho|nášho|naši|našu)\b)[^\W\d_]+){0,4}?\s+(?:ma|mě|me|mne|mňa)\b"
    r"(?!\s*,?\s*(?:ale|nýbrž|but|lecz|sondern)\b)"
    r"(?:\s+(?:prosím|prosim))?"
    # never a third person after the plea ("kontaktujte prosím přímo jeho", "… pana Nováka")
    r"(?!\s+(?:(?:přímo|priamo|rovnou|raději|radšej|spíše|skôr)\s+)?(?:jeho|jej|ho|ji|ju|ně|něj|ni|nich|"
    r"je|pana|pána|paní|pani|kolegu|kolegyni|kolegyňu|kolegov|kolegy|(?-i:[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ])))|"
    r"(?:volejte|volajte|zavolejte|zavolajte|ozvěte\s+se|ozvite\s+sa|pište|píšte|napište|napíšte)"
    # up to two words of a plea or a preference between ("volejte prosím spíš mně",
    # "volajte radšej mne")
    r"(?:\s+(?:prosím|prosim|přímo|priamo|rovnou|spíš|spíše|spis|radši|raději|radsi|radšej|"
    r"skôr|skor|hlavně|hlavne|nejlépe|najlepšie)){0,2}\s+(?:mi|mně|mne)\b|"
    # German and Polish: "rufen Sie bitte lieber mich an", "proszę dzwonić raczej do mnie"
    r"rufen\s+Sie\s+(?:bitte\s+)?(?:lieber\s+|direkt\s+|besser\s+|stattdessen\s+)?mich\s+an\b|"
    r"(?:dzwoń(?:cie)?|dzwonić|zadzwoń(?:cie)?)\s+(?:(?:raczej|bezpośrednio|proszę)\s+)?do\s+mnie\b|"
    r"kontaktnou\s+osobou(?:\s+[^\W\d_]+){0,3}?\s+(?:som|budem)|"
    # the role, then a verb of putting down with the pronoun ("Kontakt pro ČSÚ klidně dej na
    # mě", "kontakt dajte na mňa", "als Kontakt trag(t) mich ein" is below), never a negated
    # verb ("kontakt nedávejte na mě") nor another clause between
    r"(?:kontakt\w*|osob\w+\s+kontaktow\w+)(?:\s+(?!(?:ne\w*|nie|a|ale|i)\b)[^\W\d_]+){0,4}?\s+"
    r"(?:dej|dejte|dávej|dávejte|davej|davejte|daj|dajte|dávaj|dávajte|uveď|uveďte|uvádějte|uvádzajte|"
    r"napiš|napište|napíš|napíšte|zapiš|zapište|zapíš|zapíšte|zadej|zadejte|zadaj|zadajte|"
    r"wpisz|wpiszcie|wpiszta|podaj|podajcie)(?:\s+(?:klidně|kludne|pokojne|prosím|prosim|proszę|tam|tu|prostě))?"
    r"\s+(?:na\s+)?(?:mě|mne|mně|mňa|mnie)\b(?!\s*(?:,\s*)?(?:ale|nýbrž|but|lecz|alebo|nebo|či)\b)|"
    # the writer asks to be recorded as the contact, the role and the pronoun in one clause
    # in either order ("jako kontakt pro tuto žádost uvádějte prosím mě", "uveďte mě jako
    # kontaktní osobu", "ako kontakt zapíšte mňa", "list me as the contact", "als
    # Ansprechpartner tragen Sie bitte mich ein"), never a negated verb between
    r"(?:jako|ako|as|als|comme)\s+(?:(?:the|your|a|hlavn\w+|technick\w+|main|technical)\s+)?"
    r"(?:kontakt\w*|contact\w*|Ansprechpartner\w*|Kontaktperson\w*)\b"
    r"(?:(?!\b(?:ne(?!j|bo\b|t|w|ed|ž)[^\W\d_]{2,}|not|never|nie|nicht|nikoli\w*|don['’]t)\b)"
    # the gap stops at another clause ("… as the contact and send me …") and at a name run
    r"(?!\b(?:and|und|et|oraz)\s)(?!(?-i:" + _NAME_WORD + r"\s+" + _NAME_WORD + r"))[^.;!?\n]){0,60}?"
    r"\b(?:mě|mne|mňa|ma|me|mich|moi|mnie)\b(?!\s*(?:,\s*)?(?:ale|nýbrž|but|sondern|mais|lecz)\b)|"
    r"(?<!\bne\s)(?<!\bnot\s)(?<!\bnie\s)\b(?:mě|mne|mňa|me|mich|moi|mnie)\b(?:\s+[^\W\d_]+){0,3}?\s+(?:jako|ako|as|als|comme)\s+"
    r"(?:(?:the|your|a|hlavn\w+|technick\w+|main|technical)\s+)?"
    r"(?:kontakt\w*|contact(?:\s+person)?\b|Ansprechpartner\w*|Kontaktperson\w*|osob\w+\s+kontaktow\w+)|"
    + _DENIED_FOR_ME + r"|"
    # "Kontakt jsem já", "Kontaktem pro vás budu já", "kontaktom budem ja"
    r"kontakt(?:em|om)?(?:\s+[^\W\d_]+){0,3}?\s+(?:jsem|budu|som|budem)\s+(?:já|ja)|"
    r"I\s*(?:'|’)?\s*(?:am|m)\s+(?:the|your)\s+(?:main\s+|technical\s+)?contact|"
    # "I'll be the contact", "I am based in Brno and will be your contact"
    r"(?-i:I)\b[^.;!?\n]{0,50}?(?:\bwill|['’]ll)\s+be\s+(?:the|your)\s+(?:main\s+|technical\s+)?contact|"
    # the writer's clause goes on to name them the contact: "I'm the paper's correspondent
    # in Prague and the contact for …"
    r"I\s*(?:'|’)?\s*(?:am|m)\b[^.;:!?]{0,60}?\s(?:and|&)\s+(?:also\s+)?"
    r"(?:the|your)\s+(?:main\s+|technical\s+)?contact|"
    # the writer offers themselves for the arrangements: "pro domluvu jsem k dispozici já",
    # "k dispozícii som vám ja", "I am available on", "stehe Ihnen zur Verfügung", "jestem do
    # dyspozycji"
    r"(?:jsem|som|budu|budem)\s+(?:(?:vám|vam|Vám|Vam|rád|ráda|rad|rada|plně|stále)\s+){0,2}"
    r"k\s+dispoz[ií]c\w*|k\s+dispoz[ií]c\w*\s+(?:(?:vám|vam)\s+)?(?:jsem|som|budu|budem)|"
    r"I\s*(?:(?:'|’)\s*m|am|(?:'|’)ll\s+be|will\s+be)\s+(?:\w+\s+){0,2}?available|"
    r"(?:stehe|bin)\s+ich\s+(?:Ihnen\s+)?(?:gern\w*\s+)?(?=[^.;!?]{0,60}?zur\s+Verfügung)|"
    r"jestem\s+(?:\w+\s+){0,2}?do\s+(?:Państwa\s+)?dyspozycji|"
    # the first person with a contact role of the other languages: "je reste votre
    # interlocutrice", "ich bin Ihre Ansprechpartnerin", "sono il vostro referente", "soy su
    # persona de contacto", "jestem osobą kontaktową", "ik ben uw contactpersoon", "I remain
    # your contact"
    r"I\s+(?:remain|stay)\s+(?:(?!(?:not|no|never|longer)\b)\w+\s+){0,2}?(?:your|the|my)\s+"
    r"(?:main\s+|technical\s+)?contact\b|"
    r"(?:je\s+(?:suis|reste|serai|resterai)|(?:ich\s+)?(?:bin|bleibe)(?:\s+ich)?|sono|sarò|resto|"
    r"(?:yo\s+)?(?:soy|seré|sigo\s+siendo)|(?<!\bnie\s)(?:jestem|będę)|ik\s+(?:ben|blijf))\s+"
    # never a negation in the gap ("ich bin nicht (mehr) Ihr Ansprechpartner")
    r"(?:(?!(?:nicht|not|pas|nie|ne|no|never|kein\w*|mehr|longer|niet|geen)\b)\w+\s+){0,2}?(?:votre|vos|la|le|l['’]|Ihr\w*|der|die|il\s+vostro|la\s+vostra|su|vuestr[oa]|"
    r"uw|jullie|your|the)?\s*(?:interlocut\w+|contact\b|personne\s+de\s+contact|référent\w*|"
    r"Ansprechpartner\w*|Kontaktperson|referente|persona\s+de\s+contacto|contacto\b|"
    r"osobą\s+(?:kontaktową|do\s+kontaktu)|contactpersoon|aanspreekpunt|main\s+contact))\b",
    re.IGNORECASE,
)
"""The writer names themselves the contact ("Kontaktní osobou pro tuto žádost jsem já",
"směřujte prosím na mě", "I'm the contact", "pro domluvu jsem k dispozici já"): the
signer."""


_SELF_WORDS = (
    "jsem", "budu", "mě", "som", "budem", "i am", "i'm", "i’m", "am the", "m the", "ll be",
    "will be", " me", " mi", " ma", "mne", "mňa", "stehe", "bin ", "jestem", "je ", "ich ",
    "bleibe", "sono", "sarò", "resto", "soy", "seré", "siendo", "będę", "ik ", "remain", "stay",
    "já", " ja", "myself", "mně", "zůstávám", "zůstanu", "zustavam", "zustanu", "zostávam", "zostanem", "zostavam",
    "mnie",
)  # fmt: skip
"""A quick test before ``_SELF_CONTACT``: one of these is in every line it matches."""
_SELF_WORD = any_of(_SELF_WORDS)



# ---------------------------------------------------------- a pointer into the signature ------

_ORDINAL_POINTER = re.compile(
    r"\b(?P<o>prvn\w*|druh(?:á|ý|é|ou|a|y|ym|ým)|t[řr]et(?:í|i|ia|ie|ou)|first|second|third|"
    r"posledn\w*|last)\s+(?:z|ze|zo|of)\s+(?:(?:the|us|nás|nas)\b|podepsan\w*|podpísan\w*|"
    r"podpisan\w*|signator\w*|signee\w*|undersigned)",
    re.IGNORECASE,
)
"""A contact sentence pointing at one of several people who sign ("kontaktní osobou je druhá
z podepsaných", "the second of us is the contact")."""
_ORDINALS = (
    ("prv", 0), ("first", 0), ("1st", 0), ("erst", 0), ("druh", 1), ("second", 1), ("2nd", 1), ("zweit", 1),
    ("třet", 2), ("tret", 2), ("third", 2), ("3rd", 2), ("dritt", 2),
    # Italian, French, Spanish, Polish, Hungarian
    ("prim", 0), ("premi", 0), ("pierwsz", 0), ("elso", 0), ("deuxi", 1), ("segund", 1), ("drug", 1),
    ("maso", 1), ("terz", 2), ("trois", 2), ("tercer", 2), ("trzec", 2), ("harmad", 2),
)  # fmt: skip
_LAST_ORDINALS = ("posledn", "last", "letzt", "ultim", "dernier", "ostatni", "utols")
_LISTED_ORDINAL = re.compile(
    r"\b(?P<o>prvn\w*|prv(?:á|ý|é|ou|ého|ej|ému|a|y)|druh(?:á|ý|é|ou|ého|ej|ému|a|y)|t[řr]et(?:í|i|ia|ie|ou|ího|ieho)|"
    r"first|second|third|1st|2nd|3rd|last|posledn\w*|erst(?:e|er|en)|zweit(?:e|er|en)|dritt(?:e|er|en)|"
    r"letzt(?:e|er|en)|"
    # Italian, French, Spanish, Polish, Hungarian: "il secondo qui sotto", "la deuxième personne
    # ci-dessous", "la segunda persona de abajo", "druga osoba poniżej", "a második lent"
    r"prim[oa]|second[oa]|terz[oa]|ultim[oa]|premi[eè]re?|deuxi[eè]me|seconde|troisi[eè]me|"
    r"derni[eè]re?|primer[oa]?|segund[oa]|tercer[oa]?|últim[oa]|pierwsz[aey]|drug[aiy]|trzeci[aey]?|"
    r"ostatni[aey]?|első|második|harmadik|utolsó)"
    r"(?:[\s-]+(?:(?:osob|person|jm[ée]n|men|name|kolleg|koleg|řád|rad|riad|line|row|"
    r"zeile|eintrag|entry|contact|kontakt|uveden|listed|named|genannt|podepsan|podpísan|signator|"
    r"undersigned|unterzeichn)\w*)){0,2}"
    r"(?=\s*(?:[.,;:)!]|$|(?:z|ze|zo|of|in|im|v|ve|vo|na|below|níže|nize|nižšie|nizsie|unten|dole|"
    r"pod|from|there|tam|tu|here|podpis\w*|signatur\w*|qui|sotto|ci-dessous|de|abajo|debajo|"
    r"poniżej|ponizej|niżej|nizej|lent\w*|alább)\b))",
    re.IGNORECASE,
)
"""An ordinal standing for a person, alone or with a word for one ("jako druhá.", "the second
below", "die zweite Person in der Signatur", "druhý řádek podpisu"), not one of a thing ("the
first week", "druhá adresa"): a pointer into a list of people when the sentence also speaks of
the signature."""
_OF_US = re.compile(
    r"\b(?:z|ze|zo|of|von)\s+(?:the\s+)?(?:nás|nas|us|uns|podepsan\w*|podpísan\w*|podpisan\w*|"
    r"signator\w*|signee\w*|undersigned|unterzeichn\w*)\b|\b(?:podpis\w*|signatur\w*|sign-?off)\b|"
    r"\b(?:níže|nize|nižšie|nizsie|below|unten|beneath|underneath|ci-dessous|ci-après|"
    r"poniżej|ponizej|niżej|alább|lent|lentebb|sotto|abajo|debajo)\b|\b(?:soussign\w*|signatair\w*)|"
    # the signers themselves, without "of": "náš technik (druhý podepsaný)", "the second
    # undersigned", "die zweite Unterzeichnende"
    r"\b(?:podepsan\w*|podpísan\w*|podpisan\w*|undersigned|unterzeichn\w*|signator\w*)",
    re.IGNORECASE,
)
"""The sentence speaks of the people who sign or of the list below ("z podepsaných", "druhý
podepsaný", "v podpisu", "in der Signatur", "below", "voir ci-dessous", "dane poniżej", "lásd lent")."""
_SIGNATURE_REF = re.compile(
    r"\b(?:viz|vid|see|pozri|siehe|patrz|zob\.?|voir)\s+(?:the\s+|my\s+|our\s+|die\s+|la\s+)?"
    r"(?:podpis|signature|Signatur)|\b(?:vedi|vedere|ver|véase|vease)\s+(?:la\s+)?firma\b|"
    r"\b(?:nella|en\s+la)\s+firma\b|\blásd\s+(?:az\s+)?aláírás|\b(?:v|ve|in|w)\s+(?:the\s+|der\s+)?"
    r"(?:podpisu|podpise|podpisie|signature|Signatur)|\b(?:podpis\w*|signature)\s+(?:níže|nize|nižšie|nizsie|below)|"
    r"\b(?:uveden\w*|listed|named)\s+(?:níže|nize|nižšie|nizsie|below)|"
    r"\b(?:kontakty|kontakt|contacts|details|údaje|udaje|Kontaktdaten|Angaben)\s+(?:níže|nize|nižšie|nizsie|below|unten)|"
    # a bare "see below" in brackets ("náš kolega z IT (viz níže)", "(see below)", "(siehe unten)")
    r"\((?:viz|vid|see|pozri|siehe|patrz|zob\.?|voir)\s+(?:níže|nize|nižšie|nizsie|below|unten|niżej|nizej|"
    r"poniżej|ponizej|ci-dessous)\)",
    re.IGNORECASE,
)
"""A contact sentence referring the reader to the signature ("náš správce sítě (viz podpis
níže)", "our webmaster, see the signature", "náš správce sítě (kontakty níže)")."""
_POINTER_CONTACT = re.compile(r"(?=[cr])\b(?:contatt\w*|contact[aeo]\w*|referent[ea]\b)", re.IGNORECASE)
"""A contact verb or noun of a Romance language, read only in a sentence pointing into the
signature ("contattate il nostro tecnico (vedi firma)", "contacte con nuestro técnico (ver
firma)", "il referente è …")."""
_ROLE_TOKEN = re.compile(r"[^\W\d_]{3,}")
_ROLE_STEM = re.compile(r"[^\W\d_]{3,}|(?<![^\W\d_])[A-Z]{2}(?![^\W\d_])")
"""A word of a role: three letters or more, or a department of two capitals ("IT", "PR")."""
_DETAIL_WORDS = frozenset("tel telefon mobil mob phone mail email fax web gsm".split())


@dataclasses.dataclass(frozen=True)
class _Signee:
    block: Block
    idx: int
    person: str
    role: tuple[str, ...]
    """The folded stems of the role written beside or under the name ("správce sítě")."""


def _role_of(rest: str) -> tuple[str, ...]:
    if "@" in rest or any(c.isdigit() for c in rest):
        return ()
    return tuple(_fold(w)[:5] for w in _ROLE_STEM.findall(rest) if _fold(w) not in _DETAIL_WORDS)


def _signees(blocks: Sequence[Block]) -> list[_Signee]:
    """The people of a signature, each starting a line ("Ing. Jan Kos, předseda" or "Aleš
    Kopecký" with "správce sítě" under it), with their roles."""
    found: list[_Signee] = []
    for b in blocks:
        if b.kind is not Kind.SIGNATURE:
            continue
        for i, ln in enumerate(b.lines):
            cells = re.split(r"\s[|•·–-]\s|,\s", _CLOSING.sub("", ln.text).strip())
            name = person_name(_title_case(cells[0].strip(" -–")), ", ".join(cells[1:2])) if cells[0] else None
            if name is None or any(_same_person(name, s.person) for s in found):
                continue
            # the role among the line's cells, its e-mail and phone cells aside ("Bc. Tomáš Vlk
            # – technik – vlk@…, 604 …"); a staff line's the role leading it ("technik: Piotr
            # Wójcik, 602 …"), never the line under it (the firm's name closing the list)
            if (led := _ROLE_LED.match(ln.text) if _staff_person(ln.text) is not None else None) is not None:
                found.append(_Signee(b, i, name, _role_of(led.group("r"))))
                continue
            role = _role_of(" ".join(c for c in cells[1:] if "@" not in c and not any(d.isdigit() for d in c)))
            if not role and i + 1 < len(b.lines):
                role = _role_of(b.lines[i + 1].text)
            found.append(_Signee(b, i, name, role))
    return found


_ROLE_LED = re.compile(r"^\s*(?P<r>[^\W\d_][^\W\d_.]*(?:[ -][^\W\d_]+){0,3})\s*(?::|\t)\s*(?P<rest>\S.*)$")
"""A line led by a role before a colon or a tab ("technik: Marek Holub, 604 …")."""


def _role_led_signees(blocks: Sequence[Block]) -> list[_Signee]:
    """The people of a staff list closing the own text, one a line, each led by their role
    and followed by their details ("šéfredaktorka: Renata Zemanová, 353 …" / "technik: Marek
    Holub, 604 …, holub@…"), when two or more such lines stand in one block (a signature not
    set apart); a contact label's line is the label rules'."""
    for b in blocks:
        if b.kind is Kind.ATTACHMENT:
            continue
        found: list[_Signee] = []
        for i, ln in enumerate(b.lines):
            m = _ROLE_LED.match(ln.text)
            if m is None or not _has_details(ln.text):
                continue
            if (label := _labelled(ln.text)) is not None and not _staff_job(b, i, label[1]):
                continue
            role = _role_of(m.group("r"))
            cells = re.split(r"\s[|•·–-]\s|,\s|\t", m.group("rest"))
            name = person_name(cells[0].strip())
            if role and name is not None and not any(_same_person(name, s.person) for s in found):
                found.append(_Signee(b, i, name, role))
        if len(found) >= 2:
            return found
    return []


def _listed_signees(own: Sequence[Block]) -> list[_Signee]:
    """The people of a staff list closing the own text that no split set apart as a
    signature, one a line, each line led by the name and giving their details ("Anna
    Vítková, šéfredaktorka, 466 780 500" / "Vojtěch Kratochvíl, technik, kratochvil@…"), when
    two or more such lines stand in one block."""
    for b in own:
        if b.kind is not Kind.OWN:
            continue
        listed = [(i, ln) for i, ln in enumerate(b.lines) if _has_details(ln.text) and ", " in ln.text]
        if len(listed) < 2:
            continue
        found = _signees([dataclasses.replace(b, kind=Kind.SIGNATURE, lines=tuple(ln for _, ln in listed))])
        found = [dataclasses.replace(s, block=b, idx=listed[s.idx][0]) for s in found]
        if len(found) >= 2:
            return found
    return []


def _surname_stem(person: str) -> str:
    """The start of a surname every case of it shares ("Vrb" of Vrba, Vrbu; "Holeč" of
    Holeček, Holečka)."""
    surname = _fold(person.split()[-1])
    return surname[: max(3, min(5, len(surname) - 1))]


_MOBILE_E_END = re.compile(r"(?<=[^aeiouy])e([kcln])$")
"""A surname's last syllable whose "e" drops in the other cases ("Šimek" -> "Šimka",
"Němec" -> "Němce", "Kozel" -> "Kozla")."""


def _names_surname(word: str, person: str) -> bool:
    """Whether a folded word is the person's surname in some case: its shared start, or the
    start of the cases without the surname's mobile "e" ("Šimka", "Šimkovi" of Šimek)."""
    if word.startswith(_surname_stem(person)):
        return True
    surname = _fold(person.split()[-1])
    short = _MOBILE_E_END.sub(r"\1", surname)
    if short == surname or len(short) < 3:
        return False
    # a short one takes only a case ending after it ("Orla", "Orlovi", "Orlem" of Orel)
    return word.startswith(short) if len(short) >= 4 else word[3:] in _SHORT_SURNAME_ENDINGS and word.startswith(short)


_SHORT_SURNAME_ENDINGS = frozenset(("a", "u", "ovi", "em", "e"))


def _listed_ordinal(text: str) -> re.Match[str] | None:
    """An ordinal standing for a person, in a sentence that speaks of the signature or of
    the people below; one ordinal only (two set people against each other)."""
    if _OF_US.search(text) is None:
        return None
    found = list(_LISTED_ORDINAL.finditer(text))
    return found[0] if len({_fold(m.group("o"))[:4] for m in found}) == 1 else None


def _pointed_signee(text: str, signees: Sequence[_Signee]) -> _Signee | None:
    """The one signee a contact sentence points at: by its order among them, or by the role
    the sentence names that only one of them bears."""
    if (m := _ORDINAL_POINTER.search(text) or _listed_ordinal(text)) is not None:
        word = _fold(m.group("o"))
        if word.startswith(_LAST_ORDINALS):
            return signees[-1]
        index = next((n for stem, n in _ORDINALS if word.startswith(_fold(stem))), None)
        return signees[index] if index is not None and index < len(signees) else None
    if _SIGNATURE_REF.search(text) is None:
        return None
    words = [_fold(w) for w in _ROLE_TOKEN.findall(text)]
    # the sentence names one of them: a name outranks a role (not its verb of contact:
    # "contattare" is no "Conti")
    if any(_names_surname(w, s.person) for s in signees for w in words if not _POINTER_CONTACT.fullmatch(w)):
        return None
    stems = {_fold(w)[:5] for w in _ROLE_STEM.findall(text)}
    bearers = [s for s in signees if s.role and all(r in stems for r in s.role)]
    return bearers[0] if len(bearers) == 1 else None


def _named_signee(text: str, signees: Sequence[_Signee], worded: bool = False) -> _Signee | None:
    """The one signee a sentence about the contact names by surname and points below to
    ("řeší pan Zedník (viz níže), obracejte se na něj", "our technical contact is Mr Bell,
    listed below", "Ansprechpartner ist Herr Wagner (siehe unten)"), or, in a sentence worded
    as the contact's (``worded``), names by given name and surname in another case ("Jako
    kontakt uveďte prosím Petra Orla"); none when it names two."""
    if not _hinted(text):
        return None
    if _OF_US.search(text) is None:
        return _signee_in_case(text, signees) if worded else None
    words = [_fold(w) for w in _ROLE_TOKEN.findall(text)]
    named = [s for s in signees if any(_names_surname(w, s.person) for w in words)]
    if not named:  # Hungarian writes the surname first: "Szabó úr (lásd lent)"
        hu = [_fold(m.group(1)) for m in _HU_HONORIFIC.finditer(text)]
        named = [s for s in signees if _fold(s.person.split()[0]) in hu]
    if len(named) > 1:
        named = _named_in_pointer_clause(text, named)
    return named[0] if len(named) == 1 else None


_CLAUSE_SPLIT = re.compile(r"[,;]\s")


def _named_in_pointer_clause(text: str, named: Sequence[_Signee]) -> list[_Signee]:
    """Of several signees a sentence names, those named in its one clause that both points
    below and speaks of the contact ("řeší paní Vávrová (viz podpis), fotit bude pan Tichý":
    the film crew's clause aside); none when no single clause does."""
    clauses = [c for c in _CLAUSE_SPLIT.split(text) if _OF_US.search(c) is not None and _hinted(c)]
    if len(clauses) != 1:
        return []
    words = [_fold(w) for w in _ROLE_TOKEN.findall(clauses[0])]
    return [s for s in named if any(_names_surname(w, s.person) for w in words)]


def _signee_in_case(text: str, signees: Sequence[_Signee]) -> _Signee | None:
    """The one signee a sentence names by given name and surname, both in another case than
    the signature's ("Petra Orla" of Petr Orel, "Markovi Koníčkovi" of Marek Koníček), and
    gives no details of its own ("domlouvejte s Evou Klímovou (tel. …)" keeps its number),
    while the signee's own entry gives some (an e-mail or a number on their line)."""
    if "@" in text or any(c.isdigit() for c in text):
        return None
    signees = [s for s in signees if _has_details(s.block.lines[s.idx].text)]
    words = [_fold(w) for w in _ROLE_TOKEN.findall(text)]
    named = [
        s for s in signees
        if any(
            _names_surname(b, s.person) and a.startswith(_fold(s.person.split()[0])[:3])
            for a, b in itertools.pairwise(words)
        )
    ]
    return named[0] if len(named) == 1 else None


def _has_details(line: str) -> bool:
    return "@" in line or sum(c.isdigit() for c in line) >= 6


_HU_HONORIFIC = re.compile(r"(\w{3,})\s+(?:úr|urat|úrral|úrhoz|asszony\w*|hölgy\w*)\b", re.IGNORECASE)
"""A Hungarian surname before its honorific ("Szabó úr", "Kiss asszonyt")."""


def _signature_pointer_anchor(t: _Texts) -> _Anchor | None:
    """``Kontaktní osobou je druhá z podepsaných`` or ``… bude náš správce sítě (viz podpis
    níže)`` above a signature of two or more people: the one it points at, with the details
    of their own entry, never for certain (a free sentence)."""
    signees = _signees(t.signature)
    if (len(signees) < 2 or not any(s.role for s in signees)) and len(led := _role_led_signees([*t.own, *t.signature])) >= 2:
        signees = led  # a staff list whose roles lead its lines ("Techniker: Florian Huber, …")
    if len(signees) < 2:
        signees = _listed_signees(t.own)  # a signature not set apart: "Anna Vítková, šéfredaktorka, 466 …"
    if len(signees) < 2:
        return None
    for b in t.own:
        if b.kind is Kind.ATTACHMENT:
            continue
        for ln in b.lines:
            low = ln.text.lower()
            worded = (
                _CONTACT_STEM.search(low) is not None and _CONTACT_WORD.search(ln.text) is not None
            ) or _POINTER_CONTACT.search(ln.text) is not None
            if (s := _pointed_signee(ln.text, signees) if worded else None) or (s := _named_signee(ln.text, signees, worded)):
                line = s.block.lines[s.idx]
                hit = Hit(s.person, s.block.component, line.no, False, Reason.SENTENCE)
                return _Anchor(s.block, s.idx, hit, 0)
    return None


_FIRST_PERSON = re.compile(r"\b(?:mě|mne|mně|mňa|me|mich|moi|já|ich|(?-i:I))\b", re.IGNORECASE)
"""A first-person pronoun: the self-declaration names the writer, not just a verb of contact."""


def _self_anchor(t: _Texts) -> _Anchor | None:
    """The signer, when the own text (not an attached document) says the writer is the
    contact; the details are read from that line on."""
    for b in t.own:
        if b.kind is Kind.ATTACHMENT:
            continue
        for i in range(len(b.lines)):
            if (at := _self_declared(b, i)) is None:
                continue
            signer = _signature_person(t.signature) or _block_author(b, i)
            if signer is None and _FIRST_PERSON.search(b.lines[at[0]].text):
                signer = _unclosed_signer(t.own, t.office, bare=True)
            if signer is not None and signer.certain and _quoted_rival(t, signer.value):
                signer = dataclasses.replace(signer, certain=False, reason=Reason.OTHER_PERSON)
            return None if signer is None else _Anchor(b, at[0], signer, at[1])
    return None


def _quoted_rival(t: _Texts, person: str) -> bool:
    """Whether the forwarded or quoted text labels another person the contact: the writer
    taking the role over ("… se proto obracejte na mě") is then only a sentence against a
    label, never certain."""
    if not t.fallback:
        return False
    other = _anchor(t.fallback, t.office)
    return other is not None and other.person is not None and not _same_person(other.person.value, person)



_RATHER = re.compile(
    r"\b(?:rather\s+than|instead\s+of|místo|namísto|miesto|namiesto|nikoliv?|nie\s+však|"
    r"statt|anstelle|anstatt|plutôt\s+que|au\s+lieu\s+de|zamiast)\b",
    re.IGNORECASE,
)
"""A contrast setting a person aside after the writer named themselves the contact in the
same sentence ("… rather than Mr Vrba", "… místo pana ředitele Vrby")."""


def _named_over_self(anchor: _Anchor | None, t: _Texts) -> _Anchor | None:
    """The writer asking to be turned to ("technické dotazy směřujte na mě") gives way to a
    set phrase naming another person the contact ("Kontaktní osobou za klienta je Jana …"):
    that person, never for certain (the writer is a second candidate)."""
    if anchor is None or anchor.person is None:
        return anchor
    cover = [b for b in t.own if b.kind is not Kind.ATTACHMENT]
    hinted = [(b, i, ln) for b in cover for i, ln in enumerate(b.lines) if _hinted(ln.text)]
    for b, i, ln in hinted:
        named = _prose_match(_PROSE, b, i, ln.text, t.office, [*cover, *t.signature, *t.fallback])
        if named is not None and b is anchor.block and named.idx == anchor.idx and named.col > anchor.col:
            if _RATHER.search(b.lines[named.idx].text, anchor.col, named.col):
                continue  # "treat me as the contact rather than Mr …": the writer's own choice
        if named is not None and named.person is not None and not _same_person(named.person.value, anchor.person.value):
            person = dataclasses.replace(named.person, certain=False, reason=Reason.OTHER_PERSON)
            return dataclasses.replace(named, person=person)
    return anchor


def _block_author(b: Block, upto: int) -> Hit | None:
    """The author a forwarded message (read as the application) names on its sender line
    ("Od: Mgr. Karel Šebek <…>"), the last one above line ``upto`` (a forward of a forward
    holds several), never for certain."""
    if b.kind is not Kind.FORWARDED:
        return None
    for ln in reversed(b.lines[:upto]):
        if (head := _FROM_LINE.match(ln.text)) is not None:
            name = person_name(head.group("n").strip(" \"'"))
            return None if name is None else Hit(name, b.component, ln.no, False, Reason.ORIGINAL)
    return None


_CLAUSE_END = re.compile(r"[,;.!?]\s|\s(?:ale|avšak|však|but|aber|mais|lecz|no)\s|$")
_WAS = re.compile(r"\b(?:byl[ai]?|bol[ai]?|was|war|have\s+been|had\s+been|byłem|byłam)\b", re.IGNORECASE)


_PAST_VERB = re.compile(
    r"\b(?:byl[ai]?|bol[ai]?|byłem|byłam)\s+(?:jsem|som)\b|\b(?:war|was)\s+ich\b", re.IGNORECASE
)
_PAST_AFTER = re.compile(r"\s*(?:,\s*)?" + _WAS.pattern, re.IGNORECASE)
_TWO_WORDS_AFTER = re.compile(r"(?:\s+[^\W\d_]+){1,2}")


def _former_self(text: str, m: re.Match[str]) -> bool:
    """Whether the writer says they were the contact, not that they are ("Kontaktní osobou
    jsem byl dosud já, ale …", "Kontaktní osobou byl jsem já"): the verb of the match in a
    past tense ("jsem byl", "byl jsem") or a word of a former contact within the two words
    after the match ("… jsem dosud byla já"), never a past tense or an "old" farther on in
    the clause ("… budu já a nová adresa byla doplněna", "… for the old and the new range")."""
    if _PAST_VERB.search(m.group()) or _PAST_AFTER.match(text, m.end()):
        return True
    end = _CLAUSE_END.search(text, m.end())
    stop = end.start() if end else len(text)
    after = _TWO_WORDS_AFTER.match(text, m.end(), stop)
    return after is not None and _FORMER.search(after.group()) is not None


def _self_declared(b: Block, i: int) -> tuple[int, int] | None:
    """Whether the line ``i`` (read on into the next line, a sentence wrapped there) says
    the writer is the contact: the line and the column where those words end."""
    head = b.lines[i].text.rstrip()
    nxt = b.lines[i + 1].text if i + 1 < len(b.lines) else ""
    text = f"{head} {nxt.strip()}" if nxt.strip() else head
    low = text.lower()
    if _SELF_WORD.search(low) is None or not _hinted(text):
        return None
    m = _SELF_CONTACT.search(text)
    if m is None or m.start() >= len(head) or _former_self(text, m):
        return None
    if m.end() <= len(head):
        return i, m.end()
    return i + 1, m.end() - len(head) - 1 + len(nxt) - len(nxt.lstrip())


def self_declaration(blocks: Sequence[Block]) -> tuple[Block, int] | None:
    """The first block and line of ``blocks`` where the writer says they are the contact
    ("Kontakt pro ČSÚ klidně dej na mě (776 …)", "put me down as the contact")."""
    for b in blocks:
        for i in range(len(b.lines)):
            if (at := _self_declared(b, i)) is not None:
                return b, at[0]
    return None


def _closing_name(blocks: Sequence[Block]) -> Hit | None:
    """The name alone on the last written line of a short note ("… 777 000 124." / "Jan
    Kos"), as its writer signs it."""
    for b in reversed(blocks):
        for ln in reversed(b.lines):
            text = ln.text.strip()
            if text:
                name = person_name(text) if len(text.split()) <= 4 else None
                return None if name is None else Hit(name, b.component, ln.no)
    return None


def _forwarder_anchor(t: _Texts) -> _Anchor | None:
    """The writer's own note, read only as a fallback because the application is the text
    it forwards, says the writer is the contact ("see below, I will be your contact: …"):
    the note's signer, whatever the forwarded text names; never for certain."""
    notes = [b for b in t.fallback if b.kind is Kind.OWN]
    if not notes:
        return None
    signer = (
        _signature_person([b for b in t.fallback if b.kind is Kind.SIGNATURE])
        or _letter_signer(notes, t.office)
        or _closing_name(notes)
    )
    for b in notes:
        for i in range(len(b.lines)):
            if signer is not None and (at := _self_declared(b, i)) is not None:
                person = dataclasses.replace(signer, certain=False, reason=Reason.DEFAULT_CONTACT)
                return _Anchor(b, at[0], person, at[1])
    return None


def _forwarded_self(t: _Texts) -> tuple[Hit, Hit | None, Hit | None] | None:
    """A forwarded or quoted message (not the office's) whose author says they are the
    contact ("Kontakt jsem já, mobil …", "I'll be the contact"): its author from its sender
    line ("Od: Jana Malá <…>") or its reply header ("Dne … Jana Malá napsal(a):"), with the
    e-mail there and the phone of the line, else of the author's signature below; never for
    certain."""
    author: tuple[str, str] | None = None
    for b in t.fallback:
        for i, ln in enumerate(b.lines):
            if (head := _FROM_LINE.match(ln.text)) is not None:
                author = head.group("n"), head.group("e").lower()
                continue
            if is_reply_header(ln.text) and (attributed := _attributed(ln.text)) is not None:
                author = attributed, ""
                continue
            if author is None or (at := _self_declared(b, i)) is None:
                continue
            name, address = person_name(author[0].strip(" \"'")), author[1]
            if name is None or address.split("@")[-1] in t.office.domains:
                return None
            said = b.lines[at[0]]
            num = _best_phone(_phones_after(said.text, t.office, at[1]))
            phone = Hit(num, b.component, said.no) if num is not None else _signed_phone(b, at[0], name, t.office)
            return (
                Hit(name, b.component, ln.no, False, Reason.QUOTED),
                Hit(address, b.component, ln.no, False, Reason.QUOTED) if address else None,
                None if phone is None else dataclasses.replace(phone, certain=False, reason=Reason.QUOTED),
            )
    return None


_ATTRIBUTION_VERB = re.compile(
    r"\s(?:nap[ií]?sal|napisał|wrote|a\s+écrit|escribió|kirjoitti|schreef|írta)\w*(?:\(a\))?\s?:\s*$"
    r"|\bschrieb\s+(?P<n>[^\d<>:]{3,60}?)\s*:\s*$",
    re.IGNORECASE,
)
"""The verb closing a reply header without an address ("Dne … Jana Malá napsal(a):", "On …,
John Smith wrote:", "Am … schrieb Jonas Weber:")."""


def _attributed(text: str) -> str | None:
    """The writer a reply header without an address names: the last words before its verb
    that make a name, or the name after "schrieb"."""
    m = _ATTRIBUTION_VERB.search(text)
    if m is None:
        return None
    if m.group("n"):
        return person_name(m.group("n").strip())
    words = text[: m.start()].replace(",", " ").split()
    for k in range(max(0, len(words) - 4), len(words) - 1):
        if (name := person_name(" ".join(words[k:]))) is not None:
            return name
    return None


def _signed_phone(b: Block, after: int, name: str, office: Office) -> Hit | None:
    """The phone in the stanza under the author's name signing a quoted message below the
    line ``after`` ("Alena Vršková" / "vedoucí online vydání" / "+420 777 …")."""
    for j in range(after + 1, min(len(b.lines), after + 8)):
        if (stanza := _stanza(b, j, name)):
            return _first_phone(stanza, b, office, name)
    return None



_ANSWER_AUTHOR = re.compile(
    # a note asking the office to answer the forwarded writer, not its own writer: "odpovídejte
    # prosím přímo jí", "pište rovnou jemu", "please reply to her directly", "bitte direkt an
    # sie antworten", "proszę odpowiadać bezpośrednio jej", "répondez-lui directement"; the
    # lookahead of the words' first letters only makes the search quick
    r"(?=[acdgklnoprsw])(?:\b(?:odpov[ií]dejte|odpov[eě]zte|odpovedajte|odpovedzte|pi[sš]te|napi[sš]te|obracejte\s+se|"
    r"obracajte\s+sa|kontaktujte|komunikujte)(?:\s+(?:pros[ií]m|laskavo|laskav[eě]))?"
    r"(?:\s+(?:p[řr][ií]mo|priamo|rovnou|rovno))?\s+(?:s\s+)?(?:j[ií]|jemu|mu|jim|nej|jej|ním|nim|n[ií]|"
    r"ňou|nou|nimi|ho|ju)\b(?:\s+(?:pros[ií]m|laskavo))?(?:\s+(?:p[řr][ií]mo|priamo|rovnou))?|"
    r"\b(?:reply|respond|answer|write|get\s+back)\s+(?:directly\s+)?(?:to\s+)?(?:her|him|them)\s+"
    r"directly\b|\b(?:reply|respond|write)\s+directly\s+to\s+(?:her|him|them)\b|"
    r"\b(?:contact|answer)\s+(?:her|him|them)\s+directly\b|"
    r"\bdirekt\s+(?:an\s+(?:sie|ihn)|ihr|ihm)\s+(?:zu\s+)?(?:antwort\w*|schreib\w*|wenden)|"
    r"\b(?:antworten|schreiben|wenden)\s+Sie\s+(?:sich\s+)?(?:bitte\s+)?direkt\s+(?:an\s+(?:sie|ihn)|ihr|ihm)\b|"
    r"\b(?:odpowiada[cć]|odpowiedzie[cć]|odpowiedz|pisa[cć]|kontaktowa[cć]\s+si[eę])\s+"
    r"bezpo[sś]rednio\s+(?:z\s+)?(?:jej|jemu|ni[aą]|nim|do\s+niej|do\s+niego)\b|"
    r"\br[ée]pond(?:ez|re)[-\s](?:lui|leur)\s+directement\b|\blui\s+r[ée]pondre\s+directement\b|"
    r"\bk[öo]zvetlen[üu]l\s+(?:neki|nekik)\s+v[áa]laszol\w*)",
    re.IGNORECASE,
)


_APPLIES_ALONE = re.compile(
    # a note saying the forwarded writer applies in their own name: "žádá sama za sebe", "žiada
    # sám za seba", "applies on her own behalf", "beantragt es im eigenen Namen", "składa wniosek
    # we własnym imieniu", "en son propre nom"; the lookahead of the first letters is for speed
    r"(?=[žzaisbwe])(?:\b(?:žádá|zada|žiada|ziada)\s+(?:s[aá]m[a]?\s+)?za\s+seb[ea]\b|"
    r"\b(?:žádá|zada|žiada|ziada)\s+(?:vlastním|vlastnim|vlastným|vlastnym)\s+(?:jménem|jmenem|menom)\b|"
    r"\bapplies\s+(?:\w+\s+){0,2}(?:on\s+(?:her|his|their)\s+own\s+behalf|in\s+(?:her|his|their)\s+own\s+name)\b|"
    r"\b(?:im|in)\s+eigenen\s+Namen\b|\bwe\s+własnym\s+imieniu\b|\ben\s+son\s+(?:propre\s+)?nom\b)",
    re.IGNORECASE,
)
"""A forwarding note's word that the forwarded writer applies for themselves ("přeposílám
žádost paní Vrbové, … žádá sama za sebe"): that writer is the applicant and the contact."""


def asks_answer_to_author(blocks: Sequence[Block]) -> bool:
    """Whether the writer's own text asks the office to answer the writer of the message it
    forwards ("Odpovídejte prosím přímo jí", "please reply to him directly") or says that
    writer applies in their own name ("žádá sama za sebe")."""
    return any(b.kind is Kind.OWN and _answers_author(b.text) for b in blocks)


@per_application(maxsize=1024)
def _answers_author(text: str) -> bool:
    """Whether ``text`` asks the office to answer the writer it forwards; remembered per text."""
    return _ANSWER_AUTHOR.search(text) is not None or _APPLIES_ALONE.search(text) is not None


def _answer_author(t: _Texts) -> tuple[Hit, Hit | None, Hit | None] | None:
    """A note forwarding another's message that asks the office to answer that writer
    directly ("přeposílám žádost novinářky … Odpovídejte prosím přímo jí", "please reply to
    him directly"): the forwarded writer applies and is the contact, with the e-mail of
    their sender line and the phone their own text gives below it; never for certain."""
    if not asks_answer_to_author(t.own):
        return None
    for b in t.fallback:
        for i, ln in enumerate(b.lines):
            if (head := _FROM_LINE.match(ln.text)) is None:
                continue
            name, address = person_name(head.group("n").strip(" \"'")), head.group("e").lower()
            if name is None or address.split("@")[-1] in t.office.domains:
                return None
            rest = [x for x in b.lines[i + 1 :] if not _FROM_LINE.match(x.text)]
            phone = _first_phone(rest[-6:], b, t.office, name)
            return (
                Hit(name, b.component, ln.no, False, Reason.QUOTED),
                Hit(address, b.component, ln.no, False, Reason.QUOTED),
                None if phone is None else dataclasses.replace(phone, certain=False, reason=Reason.QUOTED),
            )
    return None


_TABLE_MARKS = (
    "kontakt", "contact", "vyřizuj", "vyrizuj", "vybavuj", "ansprechpart", "interlocut", "referente",
    "kapcsolattart",
)  # fmt: skip
"""A quick test before reading a block's tables of people: a table that marks the contact
names one (its role cell or its mark column's header)."""
_TABLE_MARK = any_of(_TABLE_MARKS)


def _table_contact(t: _Texts) -> tuple[Hit, Hit | None, Hit | None] | None:
    """The person of the row a table of people marks as the contact (its role cell, or a
    yes in a contact column), with the e-mail and phone of that row. Certain only when the
    table marks no other row and the own text names no other candidate outside the table.
    A table at the foot of a mail is read as well where it was taken for a signature block."""
    for b in [*t.own, *t.signature]:
        low = b.text.lower()
        if not _TABLE_MARK.search(low) or not any(c in b.text for c in ("\t", "  ", " | ")):
            continue
        row = contact_row([ln.text for ln in b.lines])
        if row is None or (name := person_name(row.name)) is None:
            continue
        ln = b.lines[row.idx]
        certain = row.sole and not _table_rival(t, name, row.others)
        person = Hit(name, b.component, ln.no, certain, None if certain else Reason.OTHER_PERSON)
        es = _emails(row.text, t.office, name)
        email = Hit(es[0], b.component, ln.no) if es else None
        num = _best_phone(_phones(row.text, t.office))
        phone = _phone_hit(num, b, ln, b.text) if num else None
        return person, email, phone
    return None


_VCARD_PROPERTY = re.compile(r"^\s*(?:item\d+\.)?(?P<k>FN|N|EMAIL|TEL)(?:;[^:\n]*)?:(?P<v>.*)$", re.IGNORECASE)
"""A property of a vCard pasted into a text ("FN:Ing. Filip Dvořák", "TEL;TYPE=cell:+420…",
"item1.EMAIL;type=INTERNET:…"), with its value."""


def _vcard_people(b: Block) -> list[tuple[int, dict[str, str]]]:
    """The cards of a block between "BEGIN:VCARD" and "END:VCARD": the index of the card's
    first line and its first name, structured name, e-mail and phone."""
    cards: list[tuple[int, dict[str, str]]] = []
    card: dict[str, str] | None = None
    for i, ln in enumerate(b.lines):
        word = ln.text.strip().upper()
        if word == "BEGIN:VCARD":
            card, start = {}, i
        elif word == "END:VCARD" and card is not None:
            cards.append((start, card))
            card = None
        elif card is not None and (m := _VCARD_PROPERTY.match(ln.text)) is not None:
            card.setdefault(m.group("k").upper(), m.group("v").strip())
            card.setdefault(f"{m.group('k').upper()}@", str(i))
    return cards


def _vcard_name(card: dict[str, str]) -> str | None:
    """The person of a card: its formatted name, else its structured name (family;given)."""
    if (fn := card.get("FN")) and (name := person_name(fn)) is not None:
        return name
    parts = card.get("N", "").split(";")
    return person_name(f"{parts[1]} {parts[0]}") if len(parts) > 1 and parts[0] and parts[1] else None


def _in_others_card(hit: Hit | None, blocks: Sequence[Block], person: Hit | None) -> Hit | None:
    """``hit``, unless it was read from a pasted vCard of another person than the contact
    (the director's card "for the record" beside "kontaktujte mě"): that value is theirs."""
    if hit is None:
        return None
    for b in blocks:
        if b.component != hit.component or "BEGIN:VCARD" not in b.text.upper():
            continue
        for start, card in _vcard_people(b):
            end = max((int(v) for k, v in card.items() if k.endswith("@")), default=start)
            if b.lines[start].no <= (hit.line or 0) <= b.lines[end].no:
                name = _vcard_name(card)
                return hit if person is not None and name is not None and one_person(name, person.value) else None
    return hit


def _without_others_card(contact: Contact, own: Sequence[Block]) -> Contact:
    """``contact`` without an e-mail or phone read from another person's pasted vCard."""
    if not any("BEGIN:VCARD" in b.text.upper() for b in own):
        return contact
    email, phone = (_in_others_card(h, own, contact.person) for h in (contact.email, contact.phone))
    return Contact(contact.person, email, phone)


def _labelled_other(t: _Texts, name: str) -> bool:
    """Whether the own text's contact label names another person than a pasted card's
    ("Kontaktní osoba: Zuzana Kopecká, 606 …" above "kontakt na dodavatele: BEGIN:VCARD
    FN:Libor Hrubý …"): the label designates the contact, the card is a third party's."""
    anchor = _anchor(t.own, t.office)
    return anchor is not None and anchor.person is not None and not one_person(anchor.person.value, name)


def _vcard_contact(t: _Texts) -> tuple[Hit, Hit | None, Hit | None] | None:
    """The person of the one vCard pasted into the own text ("Kontaktní osobou je náš
    technický ředitel, vizitku vkládám níže: BEGIN:VCARD …"), with the card's e-mail and
    phone, when the text outside the card speaks of a contact. The card's fields are
    structure; whom it designates is the sentence's: certain only when the line leading into
    the card is the contact sentence."""
    found = [(b, i, c) for b in t.own if "BEGIN:VCARD" in b.text.upper() for i, c in _vcard_people(b)]
    if len(found) != 1:
        return None
    b, start, card = found[0]
    if (name := _vcard_name(card)) is None or _labelled_other(t, name):
        return None
    before = [ln.text for ln in b.lines[:start] if ln.text.strip()]
    if any(_contact_me(text) for text in before) or not any(_CONTACT_WORD.search(text) for text in before):
        return None  # the writer is the contact, or no sentence speaks of one
    led = _CONTACT_WORD.search(before[-1]) is not None and _FIRST_PERSON.search(before[-1]) is None
    line = b.lines[int(card.get("FN@", card.get("N@", str(start))))].no
    person = Hit(name, b.component, line, led, None if led else Reason.SENTENCE)
    es = _emails(card.get("EMAIL", ""), t.office, name)
    email = Hit(es[0], b.component, b.lines[int(card["EMAIL@"])].no) if es else None
    num = _best_phone(_phones(card.get("TEL", ""), t.office))
    phone = _phone_hit(num, b, b.lines[int(card["TEL@"])], b.text) if num else None
    return person, email, phone


def _column_cell(b: Block, idx: int, col: int) -> list[tuple[Line, str]]:
    """The pieces of cell ``col`` of the row under the header line ``idx`` of a table whose
    cells are parted by "|" and run over several lines (an RTF or a pasted table: "Jan
    Malý, jednatel⏎tel. …|Eva Nová, redakce⏎…"), each with its line."""
    pieces: list[tuple[Line, str]] = []
    k = 0
    for ln in b.lines[idx + 1 : idx + 16]:
        if not ln.text.strip() or k > col:
            break
        for j, piece in enumerate(ln.text.split("|")):
            if k + j == col and piece.strip():
                pieces.append((ln, piece.strip()))
        k += ln.text.count("|")
    return pieces


def _column_header(text: str) -> int | None:
    """The contact column of a header line of cells parted by "|" ("Za společnost|Kontaktní
    osoba pro žádost|Na vědomí|"): the one cell that is a contact label, beside cells that
    hold no value (no digits, no address)."""
    cells = [c.strip() for c in text.split("|")]
    if len([c for c in cells if c]) < 2 or any(ch.isdigit() or ch == "@" for ch in text):
        return None
    cols = [j for j, c in enumerate(cells) if c and _CONTACT_LABEL.fullmatch(c)]
    return cols[0] if len(cols) == 1 else None


def _column_contact(t: _Texts) -> tuple[Hit, Hit | None, Hit | None] | None:
    """The person heading the cell of a table's contact column (a letter's table of
    signatories: "Za firmu | Kontaktní osoba | Na vědomí", each cell a name with its role,
    phone and e-mail on several lines), with that cell's e-mail and phone. Certain: the
    column is labelled and its cell names one person first."""
    for b in [*t.own, *t.signature]:
        if "|" not in b.text:
            continue
        for i, ln in enumerate(b.lines):
            if ln.text.count("|") < 2 or (col := _column_header(ln.text)) is None:
                continue
            pieces = _column_cell(b, i, col)
            if not pieces or (name := person_name(pieces[0][1])) is None:
                continue
            person = Hit(name, b.component, pieces[0][0].no)
            email = next((Hit(es[0], b.component, pl.no) for pl, p in pieces if (es := _emails(p, t.office, name))), None)
            num = next(((n, pl) for pl, p in pieces if (n := _best_phone(_phones(p, t.office)))), None)
            phone = _phone_hit(num[0], b, num[1], b.text) if num else None
            return person, email, phone
    return None


def _table_rival(t: _Texts, person: str, rows: Sequence[str]) -> bool:
    """Another candidate beside a table's contact: a person outside the table's rows and
    the signers."""
    signers = [
        h.value
        for h in (_signature_person(t.signature), _letter_signer(t.own, t.office))
        if h is not None
    ]
    skip = [*signers, *(n for r in rows if (n := person_name(r)) is not None)]
    return rival_person([*t.own, *t.signature], person, skip, named=True, office=t.office) is not None


def _covering_anchor(t: _Texts) -> _Anchor | None:
    """The contact the covering text (not an attachment) names: the writer naming themselves
    ("kontaktní osobou budu já – …") or a contact sentence naming one person ("kontaktom bude
    odteraz Peter Horváth")."""
    cover = [b for b in t.own if b.kind is not Kind.ATTACHMENT]
    if not cover:
        return None
    covering = dataclasses.replace(t, own=cover)
    named = _prose_anchor(cover, t.office) or _sentence_anchor(cover, t.office)
    if named is not None and _named_aside(named):
        named = None  # "instead of Ms X, who has left, I will be the contact": X is replaced
    return _named_self_anchor(covering) or named or _role_self_anchor(covering)


def _named_aside(a: _Anchor) -> bool:
    """Whether the person a contact sentence was read with is written after words setting
    them aside as the one replaced ("místo kolegyně X", "instead of Ms X", "Statt Frau X")."""
    if a.person is None:
        return False
    text, word = a.block.lines[a.idx].text, a.person.value.split()[-1][:4]
    if _aside_at(text, word):
        return True
    denied = _DENIED_FOR_ME_RE.search(text)
    return denied is not None and word in denied.group(0)


def _aside_at(text: str, word: str, start: int = 0) -> bool:
    """Whether ``word`` (from ``start`` on) stands after words setting it aside as the one
    replaced, or in a name run led by such a word."""
    at = text.find(word, start)
    return at >= 0 and bool(_REPLACED_BEFORE.search(text, max(0, at - 40), at) or _REPLACED_LEAD.match(text, at))


_SELF_ROLE = re.compile(
    r"\bkontaktn\w+|\bkontakt(?:em|om)?\b|\bcontact\b(?!\s+me\b)|Ansprechpartner|Kontaktperson|"
    r"\bosob\w+\s+(?:kontakt|do\s+kontaktu)|interlocut|référent|referente|contactpersoon|aanspreekpunt",
    re.IGNORECASE,
)
"""The contact's role in a self-declaration ("Kontaktní osobou jsem já", "I'm the contact"),
not a mere plea to be called or written to ("ozvěte se mi", "kontaktujte mě")."""


_CONTACT_VERB = re.compile(r"\bkontakt(?:ujte|uj|ovat|ovať)\b|\bcontact\s+me\b", re.IGNORECASE)


_ME_FIRST = re.compile(
    r"(?<!\bne\s)(?<!\bnie\s)\b(?:mě|mne|mňa)\s+(?:[^\W\d_]+\s+){0,2}?kontakt(?:ujte|uj|ovat|ovať)\b", re.IGNORECASE
)


def _pleads_contact(t: _Texts) -> bool:
    """The covering text asks, with the verb of contacting, to contact the writer
    ("kontaktujte proto v této věci mě", "please contact me") without naming them the contact."""
    cover = [b for b in t.own if b.kind is not Kind.ATTACHMENT]
    if not cover or not any(_CONTACT_VERB.search(b.text) for b in cover):
        return False
    if any(_ME_FIRST.search(b.text) for b in cover):
        return True  # "mě prosím kontaktujte (jen …)": a candidate, never read as the contact
    anchor = _self_anchor(dataclasses.replace(t, own=cover))
    if anchor is None:
        return False
    b, i = anchor.block, anchor.idx
    text = " ".join(ln.text for ln in b.lines[max(0, i - 1) : i + 1])
    found = _SELF_CONTACT.search(text)
    return found is not None and _CONTACT_VERB.search(found.group(0)) is not None


def _role_self_anchor(t: _Texts) -> _Anchor | None:
    """The writer naming themselves in the contact's role (see ``_SELF_ROLE``): only that
    replaces the contact an attached form labels; "kdyby něco chybělo, ozvěte se mi" is about
    the submission."""
    anchor = _self_anchor(t)
    if anchor is None:
        return None
    b, i = anchor.block, anchor.idx
    text = " ".join(ln.text for ln in b.lines[max(0, i - 1) : i + 1])
    found = _SELF_CONTACT.search(text)
    return anchor if found is not None and _SELF_ROLE.search(found.group(0)) else None


def _unaddressed(name: str) -> str:
    """A name without the form of address it starts with ("Frau Krauß": "Krauß"), so that the
    surname alone is compared with a full name."""
    words = name.split()
    return " ".join(words[1:]) if len(words) > 1 and _FORM_OF_ADDRESS.fullmatch(words[0]) else name


def _newer_than_attached(anchor: _Anchor | None, t: _Texts) -> tuple[_Anchor | None, Block | None]:
    """A newer statement replaces an older one for the person too: a contact labelled in an
    attached document gives way to the contact the covering text names ("v tabulce je uveden
    kolega X … kontaktní osobou jsem nově já, Y", "kontaktní osobou bude nově kolegyně Z"),
    unsure; and the attached document, whose details are the replaced person's."""
    if anchor is None or anchor.block.kind is not Kind.ATTACHMENT or anchor.person is None:
        return anchor, None
    newer = _covering_anchor(t)
    if newer is None and _pleads_contact(t):
        # "ohledně přístupu mě prosím kontaktujte": a second candidate, no replacement
        person = dataclasses.replace(anchor.person, certain=False, reason=Reason.OTHER_PERSON)
        return dataclasses.replace(anchor, person=person), None
    if newer is not None and newer.person is not None and _same_person(_unaddressed(newer.person.value), anchor.person.value):
        # the covering text names the attached contact to set them aside ("kolega Hlaváč,
        # uvedený jako kontakt, u nás nepracuje, kontaktem budu já"): the writer saying so
        newer = _self_anchor(dataclasses.replace(t, own=[b for b in t.own if b.kind is not Kind.ATTACHMENT]))
        if newer is not None and newer.person is not None and _same_person(newer.person.value, anchor.person.value):
            return anchor, None
    if newer is None or newer.person is None:
        return anchor, None
    person = dataclasses.replace(newer.person, certain=False, reason=Reason.CORRECTED)
    return dataclasses.replace(newer, person=person), anchor.block


def _contact_person(t: _Texts) -> tuple[Hit | None, Hit | None, Hit | None, bool, Block | None]:
    """The contact person, with the e-mail and phone written where they are named; whether
    those came from a contact label that names no person ("Kontaktujte nás: …"); and an
    attached document whose contact the covering text replaced."""
    if (forwarder := _forwarder_anchor(t)) is not None:
        return forwarder.person, *_anchor_details(forwarder, t.office), False, None
    if (author := _answer_author(t)) is not None:
        return *author, False, None
    if (table := _table_contact(t) or _column_contact(t) or _vcard_contact(t)) is not None:
        return *table, False, None
    anchor, replaced = _newer_than_attached(
        _anchor(t.own, t.office)
        or _anchor(t.signature, t.office)
        or _named_self_anchor(t)
        or _named_over_self(_self_anchor(t), t)
        or _prose_anchor(t.own, t.office, [*t.signature, *t.fallback])
        or _signature_pointer_anchor(t)
        or _addressed_anchor(t)
        or _introduced_anchor(t)
        or _disposal_anchor(t),
        t,
    )
    person = email = phone = None
    if anchor and anchor.person is None and (one := _one_name_anchor(anchor.block.lines[anchor.idx].text, anchor.block, anchor.idx, t)):
        # a contact label naming no one in full ("kontaktujte prosím Tomáše: …"): the one
        # person the text names in full with that name
        anchor = dataclasses.replace(anchor, person=one.person)
    elif anchor and anchor.person is None and (pointed := _signature_pointer_anchor(t)) is not None:
        # a contact label pointing into a signature of several ("Kontakt: náš správce sítě
        # (viz podpis níže)"): the one it points at
        anchor = pointed
    if anchor:
        person = anchor.person
        if person is not None and _second_person(t.own, anchor.block, anchor.idx, person.value):
            person = dataclasses.replace(person, certain=False, reason=Reason.OTHER_PERSON)
        email, phone = _anchor_details(anchor, t.office)
    if person is None and (labelled := _labelled_person(t.own)) is not None:
        person, b, i = labelled
        win = _window(b, i, 2)
        email = email or _first_email(win, b, t.office)
        phone = phone or _first_phone(win, b, t.office)
    if person is None and (sentence := _sentence_anchor(t.own, t.office) or _one_word_anchor(t)) is not None:
        sentence = _in_full(sentence, [*t.own, *t.signature, *t.fallback])
        anchor, person = sentence, sentence.person
        email, phone = _anchor_details(sentence, t.office)
        if (bracketed := _bracket_over_sentence(sentence, t)) is not None:
            person, email, phone = bracketed
    if person is None and anchor is None and (forwarded := _forwarded_self(t)) is not None:
        person, email, phone = forwarded
    if person is None and anchor is None and (bracketed := _bracketed_contact(t.own, t.office)) is not None:
        person, email, phone = bracketed
    if person is None:
        person = _power_agent(t) or _signature_person(t.signature) or _letter_signer(t.own, t.office)
        if person is not None and person.reason != Reason.POWER_AGENT and _unplaced_contact(t.own, person.value):
            # a contact line the rules could not read, or another name: the signer is only
            # the default contact, after a name the contact line writes with an initial
            initialled = _initialled_person(t.own)
            person = (
                initialled
                if initialled is not None and not one_person(initialled.value, person.value)
                else dataclasses.replace(person, certain=False, reason=Reason.DEFAULT_CONTACT)
            )
    personless = anchor is not None and anchor.person is None
    if person is None:
        person = _person_beside_contact(t.own, t.office) or _unclosed_signer(t.own, t.office)
    return _rivalled(person, t, named=anchor is not None), email, phone, personless, replaced


_INITIALLED = re.compile(rf"(?<![\w.@])([{_UP}])\.\s?({_NAME_WORD})(?![\w@.])")
"""A name whose given name is an initial: "J. Holub", "A.Vrbová"."""


def _initialled_person(blocks: Sequence[Block]) -> Hit | None:
    """A person the text writes only with an initial for the given name, where a contact
    is named ("kontakt J. Holub 494 …") or where a writer signs (a line of a signature
    block or the last written line of a text begins with it: "J. Hruška, 603 …", "K. Malá,
    starostka"): as written, never for
    certain (the register wants the full name)."""
    for b in blocks:
        last = next((i for i in range(len(b.lines) - 1, -1, -1) if b.lines[i].text.strip()), -1)
        for i, ln in enumerate(b.lines):
            text = ln.text
            if "." not in text:
                continue
            for m in _INITIALLED.finditer(text):
                if person_name(f"Jan {m.group(2)}") is None:
                    continue  # no surname: a town, an organisation's word
                lead = text[max(0, m.start() - 30) : m.start()]
                signs = (i == last or b.kind is Kind.SIGNATURE) and not text[: m.start()].strip()
                if signs or _CONTACT_WORD.search(lead):
                    name = f"{m.group(1)}. {m.group(2)}"
                    return Hit(name, b.component, ln.no, False, Reason.INITIAL_NAME)
    return None


_LONE_SURNAME = re.compile(rf"\s*(?P<n>[{_UP}][{_LOW}]{{2,}}(?:-[{_UP}][{_LOW}]{{2,}})?)\s*[,;:–-]?\s*(?P<rest>.*)")
"""A signature line of one capitalised word, alone or before a phone ("Bezděk 602 118 375")."""


def _lone_surname_signer(blocks: Sequence[Block], address: str, office: Office) -> Hit | None:
    """A terse note signed by a surname alone, on its own line or before a phone, that the
    sender's mailbox spells ("Bezděk 602118375" from bezdek@…, p.bezdek@…): that surname,
    never for certain (no first name, no closing)."""
    local = _fold(address.split("@")[0]) if "@" in address else ""
    if not local:
        return None
    # a mailbox of one word, with an initial at most ("bezdek@", "vesely.m@", "pdvorak@"):
    # "jan.novak@" names the first name as well, which a full name elsewhere gives
    parts = {p for p in re.split(r"[._-]", local) if len(p) > 1}
    if len(parts) != 1:
        return None
    for b in blocks:
        if b.kind not in (Kind.OWN, Kind.SIGNATURE):
            continue
        for ln in _last_written(b, 4):
            m = _LONE_SURNAME.fullmatch(ln.text)
            if m is None or (m.group("rest") and not _phones(m.group("rest"), office)):
                continue
            word = _fold(m.group("n"))
            if person_name(f"Jan {m.group('n')}") is None:
                continue  # no surname: a town, a desk ("Praha 602 …", "Redakce …")
            if word in parts or (len(parts) == 1 and local.endswith(word) and len(local) - len(word) <= 1):
                return Hit(m.group("n"), b.component, ln.no, False, Reason.SIGNATURE)
    return None


_LONE_GIVEN = re.compile(rf"\s*([{_UP}][{_LOW}]{{2,}})\s*[.,]?\s*")
"""A signature line of one capitalised word and at most a stop after it ("Tomáš")."""


def _given_name_signer(own: Sequence[Block], signature: Sequence[Block], display: str) -> Hit | None:
    """A signature block signed below its closing by a given name alone ("Díky moc / Tomáš /
    noční redakce", "Cheers, / Mike / Night desk"), or the own text's last lines so signed
    ("Danke / Katrin"), the lists knowing the word as a given name: the person who signs, by
    that name (LABELS.md adds no surname the message nowhere gives); never for certain. A desk's name ("Redakce") is no given name; a name the From
    header's ``display`` name holds is the header's to give in full ("Tomáš Brož")."""
    held = {_fold(w) for w in display.split()}
    tails = [(b, [ln for ln in b.lines if ln.text.strip()]) for b in signature]
    tails += [(b, _last_written(b, 5)) for b in own if b.kind is Kind.OWN]  # a closing no split knows
    for b, lines in tails:
        for prev, ln in zip(lines, lines[1:], strict=False):
            m = _LONE_GIVEN.fullmatch(ln.text)
            if m is None or not (_CLOSING.match(prev.text) or _closing_line(prev.text)):
                continue
            if ascii_folded(m.group(1)).casefold() in GIVEN_NAMES and _fold(m.group(1)) not in held:
                return Hit(m.group(1), b.component, ln.no, False, Reason.SIGNATURE)
    return None


def signer_of(own: Sequence[Block], signature: Sequence[Block], office: Office = CSU) -> Hit | None:
    """The person who signs the sender's own text: in its signature block, else the name
    ending the text below a closing no list holds ("Gracias," / "Pablo Iriarte")."""
    return _signature_person(signature) or _unclosed_signer(own, office, bare=True)


def designated_person(
    own: Sequence[Block], signature: Sequence[Block], office: Office = CSU
) -> Hit | None:
    """The person a text designates as the contact (a table of people, a label, a contact
    sentence, the writer naming themselves), never one who merely signs it."""
    t = _Texts(own, signature, [], office)
    if (table := _table_contact(t)) is not None:
        return table[0]
    anchor = (
        _anchor(own, office)
        or _anchor(signature, office)
        or _named_self_anchor(t)
        or _self_anchor(t)
        or _prose_anchor(own, office)
        or _sentence_anchor(own, office)
    )
    if anchor is not None:
        # a contact label giving details but no person, in a signed text: the writer's own
        return anchor.person or _signature_person(signature)
    labelled = _labelled_person(own)
    return labelled[0] if labelled is not None else None


def _rivalled(person: Hit | None, t: _Texts, *, named: bool) -> Hit | None:
    """The certainty check of the person: certain only when the own text names no other
    candidate; a signer is set aside only when a contact label or sentence (``named``)
    gave the person."""
    if person is None or not person.certain:
        return person
    blocks = [*t.own, *t.signature]
    rival = rival_person(blocks, person.value, named=named, office=t.office)
    if rival is None and named:
        return person
    signers = [
        h.value
        for h in (_signature_person(t.signature), _letter_signer(t.own, t.office))
        if h is not None
    ]
    if named:  # the signers are set aside beside a labelled contact
        rival = rival_person(blocks, person.value, signers, named=True, office=t.office)
    elif rival is None:
        # a signer of the mail and another of its attached letter: two candidates; or
        # another person giving their own details (a crew or staff list): no label chose
        rival = next((s for s in signers if not _same_person(s, person.value)), None)
        rival = rival or _detailed_rival(blocks, person.value, t.office)
    if rival is None:
        return person
    return dataclasses.replace(person, certain=False, reason=Reason.OTHER_PERSON)


_IRISH_O = frozenset(("Ó", "O"))
"""The Irish surname particle written as a word of its own (``SURNAME_PREFIX``)."""


def _extra_word(person: Hit | None) -> Hit | None:
    """A name of three or more capitalised words ("Producerin Anke Vogt", "Anna Maria
    Berg") is not certain: a word before the given name may be a function or title no list
    knows. A surname particle ("Sanne de Vries", the Irish "Ó" of "Ciarán Ó Briain") is no
    such word."""
    if person is None or not person.certain:
        return person
    words = [w for w in person.value.split() if w not in _IRISH_O]
    if len(words) < 3 or not all(w[:1].isupper() for w in words):
        return person
    return dataclasses.replace(person, certain=False, reason=Reason.NAME_WORDS)


_DEPARTED = re.compile(
    # the lookahead of the words' first letters only makes the search quick
    r"(?=[aehijlmnoprsuvwz])\b(?:(?:už|uz|již|jiz|juž|jeszcze)\s+(?:u\s+nás\s+|u\s+nas\s+|u\s+nich\s+)?nepracuj\w*|"
    r"nepracuj\w*\s+(?:už|uz|již|jiz)|już\s+(?:u\s+nas\s+)?nie\s+pracuj\w*|juz\s+(?:u\s+nas\s+)?nie\s+pracuj\w*|"
    r"odešl\w*|odešel|odesel|odesl[aiy]|odchází|odchazi|odišiel|odišl\w*|odisiel|odisl\w*|odchádza|"
    r"odszedł|odszedl|odeszł\w*|odeszl\w*|"
    r"mateřsk\w*|materske\w*|materská|materskej|rodičovsk\w*|rodicovsk\w*|rodičovskej|nemocensk\w*|"
    r"macierzyńsk\w*|urlop\w*|"
    r"has\s+left|have\s+left|left\s+(?:the|our|us)\b|no\s+longer\s+(?:works?|with|at|employed)|"
    r"(?:is|are)\s+(?:now\s+|currently\s+)?on\s+(?:\w+\s+)?leave|retired|"
    r"nicht\s+mehr\s+(?:bei|für|fur|in|tätig|im)|ausgeschieden|verlässt\s+uns|uns\s+verlassen|"
    r"elternzeit|mutterschutz|in\s+rente|im\s+ruhestand)\b",
    re.IGNORECASE,
)
"""Words saying a person has left the organisation, is leaving or is on leave (maternity,
parental, sick): "už u nás nepracuje", "odešla", "je na mateřské", "has left", "is on
parental leave", "nicht mehr bei uns", "in Elternzeit", "już nie pracuje", "na urlopie"."""
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?;])\s+|\n")


def _departed(person: str, blocks: Sequence[Block]) -> bool:
    """Whether a sentence of the text says ``person`` has left, is leaving or is on leave: it
    names the person (any case of the surname), or opens with a pronoun for the person the
    sentence before it names ("… kolega Kratochvíl. Ten už u nás nepracuje")."""
    for b in blocks:
        if _DEPARTED.search(b.text) is None:
            continue
        sentences = _SENTENCE_SPLIT.split(b.text)
        for k, sentence in enumerate(sentences):
            if _DEPARTED.search(sentence) is None:
                continue
            if _mentions(_fold(sentence), person):
                return True
            if k and _PRONOUN.match(sentence) and _mentions(_fold(sentences[k - 1]), person):
                return True
    return False


def _departed_contact(contact: Contact, blocks: Sequence[Block]) -> Contact:
    """A person the text says has left or is on leave is never the contact for certain, nor
    the details read for them."""
    person = contact.person
    if person is None or not person.certain or not _departed(person.value, blocks):
        return contact

    def unsure(h: Hit | None) -> Hit | None:
        return dataclasses.replace(h, certain=False, reason=Reason.DEPARTED) if h is not None and h.certain else h

    return Contact(unsure(person), unsure(contact.email), unsure(contact.phone))


def _from_fallback(t: _Texts) -> Contact:
    """A contact named only in quoted or forwarded text, with the details of its line:
    never for certain."""
    a = (
        _anchor(t.fallback, t.office)
        or _prose_anchor(t.fallback, t.office)
        or _sentence_anchor(t.fallback, t.office)
    )
    if a is None or a.person is None:
        return Contact(None, None, None)
    email, phone = _anchor_details(a, t.office)
    return Contact(*(
        None if h is None else Hit(h.value, h.component, h.line, False, Reason.QUOTED)
        for h in (a.person, email, phone)
    ))


_NICKNAME = re.compile(
    rf"(?P<g>(?<![\w-])[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?\s)(?P<q>[„“\"‚‘'»«]\s?[{_UP}][{_LOW}'-]+\s?[“”\"‘’'«»])(?=\s+[{_UP}])"
)
"""A familiar name in quotes between a given name and a surname ("Vojtěch „Vojta“ Černý",
'Thomas "Tom" Baker', "Jakub »Kuba« Wrona"): no part of the name the register wants."""
_QUOTES = frozenset("„“\"‚‘'»«")


def _blank_nickname(m: re.Match[str]) -> str:
    return m.group("g") + " " * len(m.group("q"))


def _without_nicknames(blocks: Sequence[Block]) -> list[Block]:
    """``blocks`` with each familiar name in quotes inside a full name blanked out (as many
    spaces: offsets stay), so that the name reads as the given name and the surname."""
    out = []
    for b in blocks:
        # (a containment test per quote: ``isdisjoint`` reads the text a character at a time)
        if not any(q in b.text for q in _QUOTES) or _NICKNAME.search(b.text) is None:
            out.append(b)
            continue
        lines = tuple(
            dataclasses.replace(ln, text=_NICKNAME.sub(_blank_nickname, ln.text))
            for ln in b.lines
        )
        out.append(dataclasses.replace(b, lines=lines))
    return out


def find_contact(
    own: Sequence[Block],
    signature: Sequence[Block],
    fallback: Sequence[Block],
    office: Office = CSU,
    sender: tuple[str, str] = ("", ""),
) -> Contact:
    """``own``: the sender's own text and attachments; ``signature``: their signature blocks;
    ``fallback``: forwarded or quoted text, used only when nothing else has a value;
    ``sender``: the From header's name and address of an e-mail."""
    own, signature, fallback = _without_nicknames(own), _without_nicknames(signature), _without_nicknames(fallback)
    signature = [*signature, *(b for b in own if b.kind is Kind.SIGNATURE)]
    own = [b for b in own if b.kind is not Kind.SIGNATURE]
    t = _Texts(own, signature, fallback, office)
    person, email, phone, personless, replaced = _contact_person(t)
    if replaced is not None:  # the replaced contact's document holds no details of the new one
        t = dataclasses.replace(t, own=[b for b in own if b is not replaced])
    quoted = _from_fallback(t) if person is None and fallback else Contact(None, None, None)
    person = person or quoted.person or (
        None if sender[0] else _lone_surname_signer([*own, *signature], sender[1], office)
    )
    person = person or lowercase_person([*own, *signature], sender) or _given_name_signer(own, signature, sender[0])
    name = person.value if person is not None else None

    def mails(s: str) -> list[str]:
        return _emails(s, office, name)

    def phones(s: str) -> list[str]:
        return _contact_phones(s, office, name)

    def first_mail(ls: Sequence[Line], b: Block) -> Hit | None:
        return _first_email(ls, b, office, name)

    language = written_in("\n".join(b.text for b in [*own, *signature]))

    def first_phone(ls: Sequence[Line], b: Block) -> Hit | None:
        return _first_phone(ls, b, office, name, attribute=True, language=language)

    if personless:  # a label naming no person: its details are certain only when alone
        email, phone = _sole(email, t, name, mails), _sole(phone, t, name, phones)
    if person is not None and (email is None or phone is None):
        e1, p1 = _column_details(person, [*own, *signature], office)
        email, phone = email or e1, phone or p1
    if person is not None and (email is None or phone is None):
        e2, p2 = _named_details(person, t, _signature_person(signature))
        email = email or _sole(e2, t, name, mails)
        phone = phone or _sole(p2, t, name, phones)
    if person is not None and email is None:
        email = _name_email(person, t)
    email = email or _sole(_labelled_value(t, name, _EMAIL_LABEL, lambda ln, b: first_mail([ln], b)), t, name, mails)
    phone = phone or _sole(_labelled_value(t, name, _PHONE_LABEL, lambda ln, b: first_phone([ln], b)), t, name, phones)
    if person is not None and (email is None or phone is None):
        e3, p3 = _forwarded_details(person, t)
        email, phone = email or e3, phone or p3 or _quoted_named_phone(person, t)
    email = email or _unlabelled(t, name, first_mail, mails)
    phone = phone or _unlabelled(t, name, first_phone, phones) or _split_phone(t, name)
    phone = _country_phone(t, phone or _organization_phone(t, name), sender[1])
    if person is None or not person.certain:
        # whose details these are is in doubt: any other value of the text competes
        email = _rivalled_value(email, t, lambda s: emails_in(s, office))
        phone = _rivalled_value(phone, t, lambda s: _contact_phones(s, office, None))
    # a name with an initial only after the details are read: they are found as for no name
    person = _extra_word(person) or _initialled_person([*own, *signature])
    if phone is None and person is not None:
        phone = _quoted_named_phone(person, t)
    phone = _in_language_plan(phone or quoted.phone, [*own, *signature, *fallback])
    phone = _asked_for(_untold_apart(phone, [*own, *signature], office, name), [*own, *signature], office)
    phone = _unread_qualifier(phone, [*own, *signature], office, person)
    phone = _plan_in_doubt(phone, [*own, *signature], office, sender[1])
    phone = _said_mine(phone, t, person)
    phone = _in_others_stanza(phone, signature, person)
    phone = _wrapped_phone(phone, [*own, *signature, *fallback])
    contact = Contact(person, _rejoined_email(email, t, name) or quoted.email, phone)
    signers = (_signature_person(signature), _letter_signer(own, office))
    contact = _owner_of_email(contact, [*t.own, *signature], signers, office, sender)  # not a replaced document's
    contact = _without_others_card(contact, own)
    if name is None:
        contact = _phone_for_person(contact, t, language, display_person(sender[0]))
    return _with_persons_doubt(_departed_contact(contact, [*own, *signature]), own)


_WRAP_LINE_END = re.compile(r"\+\d[\d \t]*\d[ \t]*$")
"""A number with a country code that ends its line (a PDF's wrapped line: "Tel. +43 1 523")."""

_WRAP_NEXT = re.compile(r"[ \t]*(\d{1,4}(?:[ \t]\d{1,4}){0,3})[ \t]*(?=[,;.)]|$)")
"""Short digit groups alone at the start of the next line ("88 10"): the cut number's end."""


def _wrapped_phone(phone: Hit | None, blocks: Sequence[Block]) -> Hit | None:
    """A number with a country code that the plan rejects because a line break cut it (a
    PDF's wrapped line: "Tel. +43 1 523" / "88 10"): read with the next line's leading digit
    groups when that makes a valid number, never for certain."""
    if phone is None or not phone.value.startswith("+") or _verified(phone.value):
        return phone
    for b in blocks:
        if b.component != phone.component:
            continue
        for ln, nxt in zip(b.lines, b.lines[1:], strict=False):
            end = _WRAP_LINE_END.search(ln.text) if ln.no == phone.line else None
            if end is None or re.sub(r"\D", "", end.group(0)) != phone.value[1:]:
                continue
            tail = _WRAP_NEXT.match(nxt.text)
            if tail is not None and _verified(joined := phone.value + re.sub(r"\D", "", tail.group(1))):
                return Hit(joined, phone.component, ln.no, False, Reason.WRAPPED_PHONE)
    return phone


def _phone_for_person(contact: Contact, t: _Texts, language: str | None, writer: str | None) -> Contact:
    """A phone read before the contact was known ("Our reporter will be Anders Nyberg (+46
    …); please contact me" / "Linnea Holmqvist" / "+46 8 …"), read again for the person found
    later (or the sender, by the From header's name): a number written for someone else named
    beside it is theirs, so the first number the text gives for no other person is taken
    instead, never for certain."""
    phone = contact.phone
    name = contact.person.value if contact.person is not None else writer
    if name is None or phone is None or phone.certain:
        return contact

    def first(ls: Sequence[Line], b: Block) -> Hit | None:
        return _first_phone(ls, b, t.office, name, attribute=True, language=language)

    again = _unlabelled(t, name, first, lambda s: _contact_phones(s, t.office, name))
    if again is None or again.value[-9:] == phone.value[-9:]:
        return contact  # the same digits, read in another plan by a later rule
    return dataclasses.replace(contact, phone=dataclasses.replace(again, certain=False, reason=Reason.OTHER_CANDIDATE))


_MY_PHONE = re.compile(
    r"\b(?:mi|my|můj|muj|moje|mojí|moj|mój|mein\w*|mon|il\s+mio|o\s+meu)\s+(?:[^\W\d_]+\s+){0,2}?"
    r"(?:m[óo]vil\w*|mobil\w*|cell\w*|handy\w*|komórk\w*|portable|telem[óo]vel|"
    r"(?:telefonní\s+|telefonne\s+)?(?:číslo|cislo)|number|n[úu]mero|numer)\b|"
    # the writer says where they are reached, never another ("Kameramana zastihnete na …"):
    # "mě zastihnete na mobilu", "jsem k zastižení na", "zastihnete ma na", "bin ich am besten
    # mobil erreichbar", "I can be reached on", "reach me at", "je suis joignable au", "sono
    # raggiungibile al", "estoy localizable en", "jestem osiągalny pod numerem"
    r"\b(?:mě|mne|ma)\s+(?:[^\W\d_]+\s+){0,2}?zastihnete|\bzastihnete\s+(?:mě|mne|ma)\b|"
    r"\b(?:jsem|som|budu|budem)\s+(?:[^\W\d_]+\s+){0,2}?(?:k\s+zastižení|k\s+zastihnutiu|dosažiteln\w+|"
    r"dosiahnuteľn\w+|k\s+dosažení)|\bvolejte\s+(?:mi|mně)\s+na\b|"
    r"\b(?:bin\s+ich|ich\s+bin)\s+(?:[^\W\d_]+\s+){0,4}?erreichbar|\berreichen\s+Sie\s+mich\b|"
    r"\bI\s*(?:can\s+be|(?:'|’)m|am|(?:'|’)ll\s+be|will\s+be)\s+(?:\w+\s+){0,2}?(?:reached|reachable)\b|"
    r"\b(?:reach|call|ring|phone)\s+me\s+(?:on|at)\b|"
    r"\bje\s+suis\s+(?:\w+\s+){0,2}?joignable|\bme\s+joindre\b|\bsono\s+(?:\w+\s+){0,2}?raggiungibile|"
    r"\bestoy\s+(?:\w+\s+){0,2}?localizable|\bjestem\s+(?:\w+\s+){0,2}?(?:osiągaln\w+|dostępn\w+)",
    re.IGNORECASE,
)
"""The writer gives a number as their own in a sentence ("mi móvil checo es el …", "můj
mobil během voleb: …", "my Czech mobile is …", "meine Handynummer …")."""
_MY_STEMS = (
    "mi ", "my ", "můj", "muj", "moj", "mój", "mein", "mon ", "mio", "meu", "zastih", "zastiž",
    "dosažitel", "dosiahnute", "dosažení", "erreich", "reach", " me ", "joign", "joindre", "raggiung",
    "localizable", "osiągal", "dostępn",
)  # fmt: skip
_MY_STEM = any_of(_MY_STEMS)


def _said_mine(hit: Hit | None, t: _Texts, person: Hit | None) -> Hit | None:
    """The number the writer's own text (not the signature) calls their own ("during the
    count I am in Prague, my Czech mobile is …") over another number of the signer read
    elsewhere (their signature's home number): the writer is the contact only when the
    contact is the signer; chosen by wording, never certain. A number called old stays out."""
    if hit is None or person is None:
        return hit
    signer = _signature_person(t.signature) or _letter_signer(t.own, t.office)
    if signer is None or not _same_person(signer.value, person.value):
        return hit
    for b in t.own:
        if b.kind is Kind.ATTACHMENT:
            continue
        for ln in b.lines:
            low = ln.text.lower()
            if _MY_STEM.search(low) is None or (m := _MY_PHONE.search(ln.text)) is None:
                continue
            if _old_word(ln.text):
                continue
            nums = [n for off, n in _line_phones(ln.text, t.office) if off > m.start()]
            if len(nums) != 1 or nums[0] == hit.value or (hit.component, hit.line) == (b.component, ln.no):
                return hit
            return Hit(nums[0], b.component, ln.no, False, Reason.OTHER_CANDIDATE)
    return hit


def _with_persons_doubt(contact: Contact, blocks: Sequence[Block]) -> Contact:
    """Details read in the same line as a person who is unsure because the text changes
    the contact, or names another person in a line putting one in the other's place ("pan X
    už není naší kontaktní osobou, obracejte se na Y, …"): as unsure as the person."""
    person = contact.person
    if person is None or person.certain or person.reason not in (Reason.OTHER_PERSON, Reason.CORRECTED):
        return contact
    if person.reason is Reason.OTHER_PERSON:
        line = _hit_line(person, blocks) or ""
        if not line or not _CONTACT_ROLE.search(line) or not (_IN_PLACE.search(line) or _dropped_role(line)):
            return contact

    def doubted(h: Hit | None) -> Hit | None:
        if h is None or not h.certain or (h.component, h.line) != (person.component, person.line):
            return h
        return dataclasses.replace(h, certain=False, reason=person.reason)

    return Contact(person, doubted(contact.email), doubted(contact.phone))


# ------------------------------------------- a number written in the plan of its text ----

_LANGUAGE_PLANS = {"pl": ("PL",), "de": ("DE", "AT", "CH")}
"""The numbering plans of a known language other than Czech and Slovak: Polish numbers have
nine digits and no trunk prefix (as Czech ones), German-speaking ones a trunk zero (as
Slovak ones)."""
_GUESSED = {"+420": ("420",), "+421": ("+421", "00421")}
"""The plans a number written nationally is read in by default, and how a text writes the
country code when it means that plan."""


def _in_language_plan(hit: Hit | None, blocks: Sequence[Block]) -> Hit | None:
    """A number written without a country code, read in the plan of the language its text
    is written in: "tel. kom. 601-234-567" in a Polish letter is Polish, "Tel. 089/12345-67"
    in a German one German - not the Czech plan's or the Slovak guess's reading of the
    same digits. Certain when one plan knows it (Polish), else unsure."""
    if hit is None or (code := hit.value[:4]) not in _GUESSED:
        return hit
    found = _hit_place(hit, blocks)
    if found is None or any(c in found[0].lines[found[1]].text for c in _GUESSED[code]):
        return hit
    text = "\n".join(b.text for b in blocks)
    plans = _LANGUAGE_PLANS.get(written_in(text) or "", ())
    if (placed := _placed_abroad(text, forms=False)) is not None and placed not in plans and not _registered_here(blocks):
        # the writer's address abroad ("… 50-062 Wrocław" under a German letter) over the
        # language: read there, never for certain (the country is inferred)
        num = f"+{phonenumbers.country_code_for_region(placed)}{hit.value[4:]}"
        if _verified(num):
            return Hit(num, hit.component, hit.line, False, Reason.PLAN_IN_DOUBT)
    for region in plans:
        num = f"+{phonenumbers.country_code_for_region(region)}{hit.value[4:]}"
        if _verified(num):
            sure = len(plans) == 1 and hit.certain
            return Hit(num, hit.component, hit.line, sure, None if sure else Reason.LANGUAGE_PHONE)
    return hit


# ------------------------------------------------ an e-mail address broken by layout ----

_TAIL = re.compile(r"([a-z0-9-]{1,12})(?:\s*$|\s{2,}\S)")
_HEAD = re.compile(r"(?<![\w.,;:@-])([a-z][a-z0-9.]{0,15}) $")


def _rejoined_email(hit: Hit | None, t: _Texts, name: str | None) -> Hit | None:
    """The address the layout broke, rejoined and unsure: a space inside the local part
    (``dvora kova@…`` when the joined part spells the contact's surname), or the end of the
    domain wrapped onto the next line of a two-column document at the address's column."""
    if hit is None:
        return None
    for b in [*t.own, *t.signature, *t.fallback]:
        if b.component != hit.component:
            continue
        for i, ln in enumerate(b.lines):
            at = ln.text.find(hit.value) if ln.no == hit.line else -1
            if at < 0:
                continue
            nxt = b.lines[i + 1].text if i + 1 < len(b.lines) else ""
            whole = _split_local(ln.text[:at], hit.value, name) or _wrapped_domain(ln.text, at, hit.value, nxt)
            if whole is not None:
                return dataclasses.replace(hit, value=whole, certain=False, reason=Reason.BROKEN_ADDRESS)
    return hit


def _split_local(before: str, email: str, name: str | None) -> str | None:
    """``email`` with the word before it joined to its local part, when only the joined
    part spells the contact's surname."""
    head = _HEAD.search(before)
    surname = _fold(name.split()[-1]) if name else ""
    if head is None or len(surname) < 3:
        return None
    local = _fold(email.split("@", 1)[0])
    joined = _fold(head.group(1)) + local
    return head.group(1) + email if surname in joined and surname not in local else None


def _wrapped_domain(line: str, at: int, email: str, nxt: str) -> str | None:
    """``email`` with the fragment that continues it on the next line: both lines are
    two columns (the address and the fragment each followed by a wide gap and more text),
    the fragment starts at the address's column."""
    end = at + len(email)
    if not re.match(r"\s{2,}\S", line[end:]) or nxt[:at].strip() or nxt[at : at + 1].isspace():
        return None
    tail = _TAIL.match(nxt, at)
    if tail is None or not re.match(r"\s{2,}\S", nxt[tail.end(1) :]):
        return None
    return email + tail.group(1)


def _rivalled_value(hit: Hit | None, t: _Texts, every: Callable[[str], list[str]]) -> Hit | None:
    """The certainty check of an e-mail or phone when the contact person is unsure: certain
    only when no line of the own text or signature gives another value of the field (none is
    set aside as another person's: who the contact is, is itself in doubt)."""
    if hit is None or not hit.certain:
        return hit
    for b in [*t.own, *t.signature]:
        for ln in b.lines:
            if any(v != hit.value for v in every(ln.text)):
                return dataclasses.replace(hit, certain=False, reason=Reason.OTHER_CANDIDATE)
    return hit


_NEXT_SENTENCE = re.compile(r"[.!?](?=\s+[A-ZÁ-Ž])")


def _old_beside(value: str, line: str, found: Sequence[tuple[int, str]]) -> bool:
    """Whether the phone's line gives another number and words calling one of them old
    ("Tel.: 605 … (old, no longer in use) 731 …", "tel. (původní číslo … už neplatí) …"):
    which one the words qualify (the number before a bracket or the one after it) is told by
    position alone, so the number read is never certain."""
    low = line.lower()
    if not any(n != value for _, n in found) or _OUTDATED_STEM.search(low) is None:
        return False
    return _old_word(line) is not None


def _untold_apart(
    hit: Hit | None, blocks: Sequence[Block], office: Office, person: str | None
) -> Hit | None:
    """The certainty check of a phone against the other numbers of its own line: certain
    only when no other number there could be the contact's as well (two numbers with no
    role told apart, "601 222 333, 602 444 555"; a mobile beside a second mobile). A
    number the line marks as the organisation's or someone else's is no rival, nor an
    unmarked one beside a number marked as the person's own ("mobil …, pevná linka …")."""
    if hit is None or not hit.certain:
        return hit
    line = _hit_line(hit, blocks)
    if line is None:
        return hit
    phones = _phones(line, office, person, attribute=True)
    found = _line_phones(line, office)
    if len(found) != len(phones):
        return hit
    if _old_beside(hit.value, line, found):
        return dataclasses.replace(hit, certain=False, reason=Reason.OTHER_CANDIDATE)
    at = next((off for (off, n) in found if n == hit.value), None)
    kind = next((k for n, k in phones if n == hit.value), None)
    if at is None or kind not in (_PhoneKind.NEUTRAL, _PhoneKind.OWN, _PhoneKind.EXTENSION):
        return hit
    # a number in a sentence of its own comes with its own words ("Please use this Czech
    # number; his Ukrainian number … will not be reachable")
    start = max((m.end() for m in _NEXT_SENTENCE.finditer(line, 0, at)), default=0)
    end = m.start() if (m := _NEXT_SENTENCE.search(line, at)) else len(line)
    # a number marked as the person's own is rivalled only by another so marked, or by their
    # line through the switchboard (which of the two the officer should call is a choice)
    rivalling = (
        (_PhoneKind.OWN, _PhoneKind.EXTENSION)
        if kind is _PhoneKind.OWN
        else (_PhoneKind.OWN, _PhoneKind.NEUTRAL, _PhoneKind.EXTENSION)
    )
    if any(
        n != hit.value and k in rivalling and start <= off < end
        for (off, n), (_, k) in zip(found, phones, strict=True)
    ):
        return dataclasses.replace(hit, certain=False, reason=Reason.OTHER_CANDIDATE)
    return hit


_BRACKET_QUALIFIER = re.compile(r"\(\s*([^\W\d_][^()\d\n]{0,30})\)[\s:.-]*$")
"""A phone label's qualifier in brackets right before the number ("Telefone (geral): …",
"Tel. (sede) …")."""


def _unread_qualifier(
    hit: Hit | None, blocks: Sequence[Block], office: Office, person: Hit | None
) -> Hit | None:
    """A number under a label whose bracketed qualifier the rules cannot read as the
    person's own ("Telefone (sede): …"), with a mobile marked as the person's own on the next
    lines of its block: the qualifier may name the organisation's general line, so which
    number is the contact's is not told apart (never certain)."""
    if hit is None or not hit.certain:
        return hit
    name = person.value if person is not None else None
    if (where := _hit_place(hit, blocks)) is None:
        return hit
    b, i = where
    ln = b.lines[i]
    at = next((off for off, n in _line_phones(ln.text, office) if n == hit.value), None)
    q = _BRACKET_QUALIFIER.search(ln.text[:at]) if at is not None else None
    if q is None or _OWN_PHONE.search(q.group(1)):
        return hit
    following = b.lines[i + 1 : i + 3]
    if any(
        n != hit.value and k is _PhoneKind.OWN
        for nxt in following
        for n, k in _phones(nxt.text, office, name, attribute=True)
    ):
        return dataclasses.replace(hit, certain=False, reason=Reason.OTHER_CANDIDATE)
    return hit


def _hit_place(hit: Hit, blocks: Sequence[Block]) -> tuple[Block, int] | None:
    """The block holding ``hit``'s line and the line's index in it (the first such block)."""
    for b in blocks:
        if b.component != hit.component:
            continue
        for i, ln in enumerate(b.lines):
            if ln.no == hit.line:
                return b, i
    return None


_MOBILE_NOUN = r"(?:mobil\w*|handy\w*|cell\w*|komórk\w*|komork\w*)"
_ASKS_MOBILE = re.compile(
    r"(?=[abchijklmnopt])\b(?:(?:jen|pouze|only|nur|tylko|len|ideáln\w*|idealn\w*|ideal\w*|nejlépe|nejlepe|"
    r"najlepšie|najlepsie|preferabl\w*|best|am\s+besten|bevorzugt|najlepiej|přednostně|prednostne)"
    r"\s+(?:(?:na|on|via|über|auf|per|my|mein\w*|the|můj|muj|môj|moj\w*|mój|a)\s+){0,2}"
    rf"{_MOBILE_NOUN}|{_MOBILE_NOUN}[\s,:(–-]*(?:ideáln\w*|idealn\w*|nejlépe|nejlepe|"
    r"preferabl\w*|preferred|bevorzugt|najlepiej|přednostně|prednostne))",
    re.IGNORECASE,
)
"""Words that ask for the mobile of two numbers ("zastihnete mě jen na mobilu", "mobil,
ideálně", "best on my mobile", "am besten per Handy", "najlepiej na komórkę")."""


def _asked_for(hit: Hit | None, blocks: Sequence[Block], office: Office) -> Hit | None:
    """The one mobile of the contact's line when its words (or the next line's) ask for the
    mobile, over the number read first; chosen by wording among rivals: never certain."""
    if hit is None or (where := _hit_place(hit, blocks)) is None:
        return hit
    b, i = where
    words = " ".join(x.text for x in b.lines[i : i + 2])
    if _ASKS_MOBILE.search(words) is None:
        return hit
    mobiles = [n for _, n in _line_phones(b.lines[i].text, office) if _is_mobile(n, _OFFICE_PLAN)]
    if len(mobiles) != 1 or mobiles[0] == hit.value:
        return hit
    return Hit(mobiles[0], hit.component, hit.line, False, Reason.OTHER_CANDIDATE)


_OFFICE_PLAN = "CZ"
"""The numbering plan of the office's own country: a number written nationally may be in it
whatever language its text is written in."""
_WRITTEN_PLANS = {"cs": ("CZ", "SK"), **_LANGUAGE_PLANS}
"""The plans a number written nationally in a text of a known language may be in."""


def _plan_in_doubt(hit: Hit | None, blocks: Sequence[Block], office: Office = CSU, address: str = "") -> Hit | None:
    """A number written nationally and read in one plan is certain only when no other plan
    it may be written in - those of its text's language and the office's own country's - reads
    the same written digits as a number too (as what its line says it is, a mobile), or the
    text names the number's country: "558 711 402" in a Polish letter is a Polish and a Czech
    number, "0664 812 3390" in a German one an Austrian mobile and a German number. The
    country domain of the sender's ``address`` is a plan the writer may write in as well;
    when it is the one rival plan, its reading is taken (a writer from Poland writing Czech),
    never for certain; so is that of the one foreign country the text places the writer in
    ("a newspaper from Kraków, Poland" … "mobile 601 228 457"; a Slovak mobile written
    without its trunk zero, "905 412 377", read there too)."""
    if hit is None or not hit.certain:
        return hit
    line = _hit_line(hit, blocks)
    number = _parsed(hit.value)  # parsed once: its plan here, its digits below
    if line is None or (region := phonenumbers.region_code_for_number(number)) is None:
        return hit
    text = "\n".join(b.text for b in blocks)
    home = _address_plans(address) - {_OFFICE_PLAN, "SK"}
    plans = {*_WRITTEN_PLANS.get(written_in(text) or "", ()), *_address_plans(text), *home, _OFFICE_PLAN}
    writers = _writers_country(text, address)
    # a foreign firm's legal form alone ("… sp. z o.o."): its plan a rival, never taken
    formed = _placed_abroad(text) if writers is None else None
    plans = ({*plans, *(r for r in (writers, formed) if r is not None)}) - {region}
    national = phonenumbers.national_significant_number(number)
    if not any(_in_plan(national, r) or _in_plan("0" + national, r) for r in plans):
        return hit  # no other plan reads the digits however written: no need to find them
    if (written := _written_nationally(hit.value, line)) is None:
        return hit  # written with its country code, or not found as written
    rivals = [r for r in sorted(plans) if _in_plan(written, r) or (r == writers and _trunkless_mobile(written, r))]
    if rivals and _MOBILE_WORD.search(line) and _is_mobile(written, region):
        # a line saying it is a mobile: the plans that read the digits as a mobile
        rivals = [r for r in rivals if _is_mobile(written, r)]
    elif rivals and _LANDLINE_WORD.search(line) and not _is_mobile(written, region):
        # a line saying it is a landline: the plans that read the digits as one
        rivals = [r for r in rivals if not _is_mobile(written, r)]
    if not rivals:
        return hit
    on_line = _line_country(line)
    if on_line == region:
        return hit
    if on_line in rivals:  # "czeski numer 558 711 402": the plan the line names reads it
        num = phonenumbers.parse(written, on_line)
        value = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
        return dataclasses.replace(hit, value=value)
    if _country_named(text) == region:
        return hit
    if writers is not None and writers in rivals and not (_OFFICE_PLAN in rivals and _registered_here(blocks, office)):
        # "Kraków, Poland" … "mobile 601 228 457"; not a Polish firm's branch with an IČO
        value = phonenumbers.format_number(phonenumbers.parse(written, writers), phonenumbers.PhoneNumberFormat.E164)
        return dataclasses.replace(hit, value=value, certain=False, reason=Reason.PLAN_IN_DOUBT)
    if rivals == sorted(home):  # the sender's country's plan reads the digits: the writer's
        value = phonenumbers.format_number(phonenumbers.parse(written, rivals[0]), phonenumbers.PhoneNumberFormat.E164)
        return dataclasses.replace(hit, value=value, certain=False, reason=Reason.PLAN_IN_DOUBT)
    if _OFFICE_PLAN in rivals and (ico := find_ico(blocks, office)) is not None and ico.certain:
        # an applicant registered in the office's country (an IČO) has its number there
        value = phonenumbers.format_number(phonenumbers.parse(written, _OFFICE_PLAN), phonenumbers.PhoneNumberFormat.E164)
        return dataclasses.replace(hit, value=value, certain=False, reason=Reason.PLAN_IN_DOUBT)
    return dataclasses.replace(hit, certain=False, reason=Reason.PLAN_IN_DOUBT)


def _registered_here(blocks: Sequence[Block], office: Office = CSU) -> bool:
    """The applicant is registered in the office's country (a certain IČO): a foreign firm's
    branch there ("… Sp. j., organizační složka (IČO 06682413)") has its numbers there."""
    ico = find_ico(blocks, office)
    return ico is not None and ico.certain


@per_application(maxsize=512)
def _writers_country(text: str, address: str) -> str | None:
    """The one foreign country (Slovakia too) the applicant writes from: the country domain
    of the sender's ``address``, else the one foreign country the text names ("Kraków,
    Poland", "Popradu (Slovensko)"), else its register ("KRS 0000412233"). None for a sender
    in the office's country's domain (a correspondent of a foreign medium writing from there)."""
    home = _address_plans(address)
    if _OFFICE_PLAN in home:
        return None
    if len(home) == 1:
        return next(iter(home))
    named = _countries_named(text) - {_OFFICE_PLAN}
    if named:
        return named.pop() if len(named) == 1 else None
    if (register := _registers_country(text)) is not None:
        return register
    # the places of its address: "ul. Mariacka 17, 40-014 Katowice", "1020 Wien"
    placed = places_country(text, forms=False)
    return placed if placed != _OFFICE_PLAN else None


def _trunkless_mobile(written: str, region: str) -> bool:
    """``written`` is a mobile of ``region`` written without the plan's trunk prefix, as its
    own writers often do ("905 412 377" in a Slovak letter for 0905 412 377)."""
    meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
    prefix = meta.national_prefix if meta is not None else None
    return bool(prefix) and not written.startswith(prefix or "") and _is_mobile(f"{prefix}{written}", region)


_NEIGHBOURS = (
    (re.compile(r"\b(?:(?-i:CZ)|česk\w*|cesk\w*|czech\w*|czesk\w*|tschech\w*)\b", re.I), "CZ"),
    (re.compile(r"\b(?:(?-i:PL)|polsk\w*|polish|polnisch\w*)\b", re.I), "PL"),
    (re.compile(r"\b(?:(?-i:SK)|slovensk\w*|slovak\w*|słowack\w*|slowakisch\w*)\b", re.I), "SK"),
)
"""Words naming the country of the plans a number written nationally is read in, read on
the number's own line only (the office's country is named in many a letter's address)."""


_WEB_NAME = re.compile(r"[\w.+-]*[@.][\w-]+(?:\.[\w-]+)+")


def _line_country(line: str) -> str | None:
    """The one country the phone's line names, by ``_NEIGHBOURS`` or ``_country_named``."""
    line = _WEB_NAME.sub(" ", line)  # "redakcja@gazeta.pl", "www.zpravy.cz" name no country
    named = {region for rx, region in _NEIGHBOURS if rx.search(line)}
    if (other := _country_named(line)) is not None:
        named.add(other)
    return named.pop() if len(named) == 1 else None


def _address_plans(text: str) -> set[str]:
    """The plans of the countries whose domains the text's e-mail addresses are in
    ("redakcja@gazeta-slask.pl"): a writer from there may write a number in their plan."""
    out = set()
    # an address never spans a line break: only the lines with an at-sign are read (a whole
    # application's text, searched at every position, for two or three addresses)
    for address in (a for line in text.split("\n") if "@" in line for a in _EMAIL_TOKEN.findall(line)):
        tld = address.rsplit(".", 1)[-1].upper()
        region = "GB" if tld == "UK" else tld
        if len(region) == 2 and region in phonenumbers.SUPPORTED_REGIONS:
            out.add(region)
    return out


def _written_nationally(value: str, line: str) -> str | None:
    """The digits of the number ``value`` (E.164) as ``line`` writes it nationally (with its
    trunk zero when written with one); None when the line writes its country code or the
    number is not found there."""
    number = _parsed(value)
    region = phonenumbers.region_code_for_number(number)
    for m in phonenumbers.PhoneNumberMatcher(line, region, leniency=phonenumbers.Leniency.POSSIBLE):
        if m.number.national_number == number.national_number:
            raw = m.raw_string.lstrip("(")
            return None if raw.startswith(("+", "00")) else _NON_DIGIT.sub("", raw)
    return None


def _in_plan(written: str, region: str) -> bool:
    """``written`` is a valid number of ``region`` as written: with the plan's trunk prefix
    where it has one (Slovakia's, Germany's), without one where it has none (Czechia's)."""
    meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
    prefix = meta.national_prefix if meta is not None else None
    as_written = written.startswith(prefix) if prefix else not written.startswith("0")
    return as_written and _valid_in(written, region)


_MOBILE_WORD = re.compile(r"\b(?:mobil\w*|handy\w*|cell\w*|mob|kom\.?|komórk\w*|komork\w*)(?!\w)", re.IGNORECASE)
_LANDLINE_WORD = re.compile(
    r"\b(?:pevn\w*|stacjonarn\w*|festnetz\w*|landline|land\s+line|stacionárn\w*|pevná\s+linka)\b", re.IGNORECASE
)
_MOBILE_TYPES = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)


@per_application(maxsize=1024)
def _valid_in(national: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(national, region))
    except phonenumbers.NumberParseException:
        return False


def _is_mobile(national: str, region: str) -> bool:
    try:
        return phonenumbers.number_type(phonenumbers.parse(national, region)) in _MOBILE_TYPES
    except phonenumbers.NumberParseException:
        return False


# ------------------------------------------------ the fullest form of the same person --


def _marks(name: str) -> int:
    """How many letters of ``name`` carry diacritics."""
    return sum(1 for c in name if _fold(c) != c.casefold())


def _fuller(cand: str, name: str, *, header: bool) -> bool | None:
    """Whether ``cand`` is a fuller form of the person ``name``: True when only diacritics
    differ ("Tomáš Kroupa" for "Tomas Kroupa"); False when the surname alone or a short
    given name stands for the full name ("Tom"/"Thomas", or a familiar form sharing two first letters when the
    full one is the sender's name in the header: weaker evidence); None when not fuller or
    not the same person (another given name: "Petr" is not "Pavel")."""
    cw, nw = cand.split(), name.split()
    if len(nw) == 1 and len(cw) >= 2:  # the surname alone ("doc. Fričová")
        return False if _fold(cw[-1]) == _fold(nw[0]) else None
    if (
        2 <= len(nw) < len(cw) <= 4
        and [_fold(w) for w in cw[: len(nw)]] == [_fold(w) for w in nw]
        and _LABEL_TAIL.search(cand) is None
        and not any(len(w) < 3 or _is_degree(w) or _role_word(w) for w in cw[len(nw) :])
    ):
        # a second surname the short form leaves out ("Lucía Ferrer" for "Lucía Ferrer
        # Ibáñez", "João Silva" for "João Silva Santos"): inferred
        return False
    if len(cw) != len(nw) or len(cw) < 2 or cand == name:
        return None
    if [_fold(w) for w in cw[1:]] != [_fold(w) for w in nw[1:]]:
        return None  # the surname (and any middle name) spelled with the same letters
    if any(c[-1] in "ąę" and n[-1] not in "ąę" for c, n in zip(cw, nw, strict=True)):
        return None  # a Polish case ending ("Katarzyną Lewandowską"), no diacritic of the name
    fc, fn = _fold(cw[0]), _fold(nw[0])
    if len(fn) == 2 and fn.endswith(".") and len(fc) > 2 and fc[0] == fn[0] and not fc.endswith("."):
        return False  # "T. Beneš" written in full: "Tomáš Beneš"
    if fc == fn:
        return True if _marks(cand) > _marks(name) else None
    if is_familiar_form(nw[0], cw[0]):
        return False  # "Honza" for "Jan", "Bill" for "William": one person, inferred
    if is_familiar_form(cw[0], nw[0]):
        return None  # "Jirka" in the header for "Jiří" in the signature: never fuller
    if len(fc) <= len(fn):
        return None
    if fc.startswith(fn) and len(fn) >= 3:
        return False
    return False if header and fc[:2] == fn[:2] else None


def _may_be_fuller(person: Hit | None, name: str, header: str | None) -> bool:
    """Whether a fuller form of ``name`` can exist: none was found in the text, or it has
    no diacritics, or is a surname alone, or the header writes the sender otherwise (a
    short given name for the header's full one); a quick test before the search."""
    words = name.split()
    return (
        person is None
        or len(words) == 1
        or _marks(name) == 0
        or may_be_familiar(words[0])
        or words[0].endswith(".")
        or (header is not None and _fold(header) != _fold(name))
    )


_SELF_INTRO = re.compile(
    r"(?:\b(?:jsem|som|jestem|soy|sou|sono|suis|bin|am)|(?-i:\bI)['’]m|jmenuj[iu]\s+se|vol[aá]m\s+sa|"
    r"nazywam\s+si[eę]|me\s+llamo|mi\s+chiamo|chamo-me|m['’]appelle|hei(?:ß|ss)e|"
    r"\b(?:name|nombre|nom|nome|jméno|meno)\s+(?:is|ist|es|est|é|è|je)|name['’]s)\s+$",
    re.IGNORECASE,
)
"""The writer's self-introduction right before a name ("soy …", "me llamo …", "jmenuji se …",
"my name is …", "ich bin …", "je m'appelle …"): the name they give there is their own, in
full."""


def _written_on(name: str, blocks: Sequence[Block]) -> bool:
    """Whether the writer introduces themselves (``_SELF_INTRO``) as ``name`` with another
    capitalised word after it (a second surname: "soy Lucía Fernández Ortega", "jmenuji se
    Jana Malá Nová", beside a header or signature of the first surname only): a fuller form
    may exist."""
    if len(name.split()) < 2:
        return False
    for b in blocks:
        at = b.text.find(name + " ")
        while at >= 0:
            if _SELF_INTRO.search(b.text[max(0, at - 30) : at]) and _name_goes_on(b.text[at:], name):
                return True
            at = b.text.find(name + " ", at + 1)
    return False


def _surname_lines(blocks: Sequence[Block], name: str) -> list[tuple[Block, Line]]:
    """The lines that write the surname of ``name`` with or without diacritics, other than
    as the whole ``name`` itself once (such a line has no fuller form of it)."""
    surname = ascii_folded(name.split()[-1])
    whole = len(name.split()) > 1
    out = []
    for b in blocks:
        folded = ascii_folded(b.text)
        if surname not in folded:
            continue
        for ln, low in zip(b.lines, folded.split("\n"), strict=True):
            if surname in low and not (whole and name in ln.text and low.count(surname) == 1 and not _name_goes_on(ln.text, name)):
                out.append((b, ln))
    return out


def _name_goes_on(text: str, name: str) -> bool:
    """Whether ``name`` is followed in ``text`` by another capitalised word (a second
    surname: "Lucía Ferrer Ibáñez")."""
    at = text.find(name) + len(name)
    return bool(re.match(rf" [{_UP}][{_LOW}]", text[at : at + 3]))


def fullest_person(person: Hit | None, blocks: Sequence[Block], display_name: str) -> Hit | None:
    """The contact in the fullest form the message writes them: with diacritics where the
    header or another line has none, the full given name for a short or familiar one (the
    header's name for a signature "Kasia Nowak"). With no ``person`` found, the sender's
    header name as the text writes it (unsure), or None when the text does not. A form that
    differs in more than diacritics makes the person unsure."""
    header = person_name(surname_first(display_name)) if display_name else None
    name = person.value if person is not None else header
    if name is None or not (_may_be_fuller(person, name, header) or _written_on(name, blocks)):
        return person
    best = _fullest_form(person, blocks, name, header)
    if best is None:
        return _familiar_alone(person)
    if person is None:
        return Hit(best[0], best[1], best[2], False, Reason.HEADER)
    certain = person.certain and best[3]
    return dataclasses.replace(
        person,
        value=best[0],
        certain=certain,
        reason=None if certain else _kept_reason(person.reason) or Reason.OTHER_CANDIDATE,
    )


def _fullest_form(
    person: Hit | None, blocks: Sequence[Block], name: str, header: str | None
) -> tuple[str, str, int, bool] | None:
    """The fullest form of ``name`` the lines or the header write: the name, its component
    and line, and whether it differs only in diacritics; None when there is none, or when
    two people of a surname written alone are named."""
    best: tuple[str, str, int, bool] | None = None
    written = [(n, b.component, ln.no) for b, ln in _surname_lines(blocks, name) for n in _line_names(ln.text)]
    if person is not None and header is not None:
        written.append((header, person.component, person.line))
    for cand, comp, no in written:
        if best is not None and len(name.split()) == 1 and _fuller(cand, name, header=False) is not None:
            if _fold(cand) != _fold(best[0]) and _fuller(cand, best[0], header=False) is None:
                return None  # two people of that surname: which one is meant is open
        cand, turned = _given_first(cand, best[0] if best else name)
        sure = _fuller(cand, best[0] if best else name, header=cand == header)
        if sure is not None:
            best = (cand, comp, no, sure and not turned and (best is None or best[3]))
    return best


def _line_names(text: str) -> list[str]:
    """The persons a line names (``_names_in``) and, on a table's row, those its cells name
    one by one ("Kontakt\tRadek Vondrák, správce IT": a run across the tab starts with the
    label) and a surname and a given name in two cells side by side ("Pokorná\tHana": a
    table of surname and given-name columns)."""
    out = _names_in(text)
    if "\t" not in text:
        return out
    cells = [c.strip() for c in text.split("\t")]
    out += [n for c in cells if " " in c for n in _names_in(c)]
    pairs = zip(cells, cells[1:], strict=False)
    return out + [n for a, b in pairs if a and b and " " not in a + b and (n := person_name(f"{a} {b}"))]


def _given_first(cand: str, name: str) -> tuple[str, bool]:
    """``cand`` turned given name first where it writes ``name``'s surname first ("Pokorná
    Hana", "VONDRÁK Radek" for "Hana Pokorna", "R. Vondrák"), with whether it was turned."""
    cw, nw = cand.split(), name.split()
    if len(cw) != 2 or len(nw) != 2 or _fold(cw[0]) != _fold(nw[1]) or _fold(cw[1]) == _fold(nw[1]):
        return cand, False
    return f"{cw[1]} {cw[0]}", True


def _kept_reason(reason: str | None) -> str | None:
    """The doubt of a contact that still holds once its fuller form is reported (a short
    form's own doubt, an initial or a familiar name, is answered by it)."""
    return None if reason in (Reason.INITIAL_NAME, Reason.FAMILIAR_NAME) else reason


def _familiar_alone(person: Hit | None) -> Hit | None:
    """A contact whose given name is written only in a familiar form ("Honza Dvořák"): the
    register wants the full name, which the text does not give - never for certain."""
    words = person.value.split() if person is not None else []
    if person is None or not person.certain or len(words) < 2 or not only_familiar(words[0]):
        return person
    return dataclasses.replace(person, certain=False, reason=Reason.FAMILIAR_NAME)


_SURNAME_FIRST = re.compile(r"^\s*(?P<s>[^\W\d_][\w'’-]+(?:\s+[^\W\d_][\w'’-]+)?),\s*(?P<g>[^\W\d_][\w'’.-]+)\s*$")


def surname_first(display_name: str) -> str:
    """A sender's name the header writes surname first ("Kolář, Ondřej", as address books
    of many organisations do) in the order of the text ("Ondřej Kolář"); any other name as
    it is."""
    m = _SURNAME_FIRST.match(display_name.strip(" \"'"))
    return f"{m.group('g')} {m.group('s')}" if m else display_name


def _contact_phones(text: str, office: Office, person: str | None) -> list[str]:
    kinds = (_PhoneKind.OWN, _PhoneKind.NEUTRAL, _PhoneKind.EXTENSION)
    return [n for n, k in _phones(text, office, person, attribute=True) if k in kinds]


_REACH_THEM = re.compile(
    # the lookahead of the words' first letters only makes the search quick
    r"(?=[aczdrvez])\b(?:(?:za)?vol[ae]j\w*|zastihn\w*|call|ring|reach\w*|erreich\w*|anruf\w*|"
    r"dzwo\w*|zadzwo\w*|złapi\w*|zlapi\w*)\b",
    re.IGNORECASE,
)
_THIRD_PERSON = re.compile(
    r"\b(?:ho|jej|ji|jí|něj|nej|ni|ní|ju|neho|him|her|ihn|ihm|sie|go|ją|jego|nią)\b", re.IGNORECASE
)
"""A call to someone else than the writer: "zastihnete ho na mobilu …", "you can reach him
on …", "erreichen Sie ihn unter …", "można go złapać pod …"."""


def note_phone(note: Sequence[Block], office: Office) -> Hit | None:
    """The one number a forwarder's note gives for reaching the person of the forwarded
    application ("telefonicky ho ale zastihnete spíš na mobilu 731 225 906"): never certain
    (whose number it is the note says only by a pronoun)."""
    found: list[Hit] = []
    for b, ln in lines_of(note):
        call = _REACH_THEM.search(ln.text)
        if call is None or not _THIRD_PERSON.search(ln.text):
            continue
        nums = [n for n, k in _phones(ln.text, office, None, attribute=True) if k is _PhoneKind.OWN]
        found += [Hit(n, b.component, ln.no, False, Reason.OTHER_CANDIDATE) for n in dict.fromkeys(nums)]
    return found[0] if len(found) == 1 else None


def _organization_phone(t: _Texts, person: str | None) -> Hit | None:
    """Only the organisation's number (a switchboard, the newsroom) is given: taken, never
    for certain."""
    for b, ln in _candidates(t, person):
        for num, kind in _phones(ln.text, t.office, person, attribute=True):
            if kind is _PhoneKind.ORGANIZATION:
                return Hit(num, b.component, ln.no, False, Reason.ORGANIZATION_PHONE)
    return None



_SPLIT_TAIL = re.compile(r"(?:\+|\b00)?\d[\d ]{1,12}\s*$")
"""The digits a line ends with: perhaps the first part of a number split over a break."""
_SPLIT_HEAD = re.compile(r"^\s*\d[\d ]{1,12}\d")
"""The digits the next line starts with: the rest of that number."""
_SPLIT_NUMBER_WORD = re.compile(
    r"\b(?:[čc][ií]sl\w*|number|nummer|numer\w*)\b", re.IGNORECASE
)
"""A word for a (phone) number before digits: "číslo", "na čísle", "number", "Nummer"."""


def _split_phone(t: _Texts, person: str | None) -> Hit | None:
    """A phone number split over a line break (a prose line wrapped by the mail client in
    the middle of "+420 739" / "512 004", a signature line "tel. 603 221" / "908"), neither
    part a number alone: the two parts joined when a phone label or a word for a number, or
    an international prefix, stands right before the first; never for certain."""
    for b, ln in _candidates(t, person):
        tail = _SPLIT_TAIL.search(ln.text)
        if tail is None or ln is b.lines[-1]:
            continue
        before = ln.text[max(0, tail.start() - 30) : tail.start()]
        if not (tail.group(0)[0] == "+" or tail.group(0).startswith("00")) and not (
            _PHONE_LABEL.search(before) or _SPLIT_NUMBER_WORD.search(before)
        ):
            continue
        nxt = b.lines[b.lines.index(ln) + 1].text
        head = _SPLIT_HEAD.match(nxt)
        if head is None or _line_phones(ln.text[tail.start() :], t.office) or _line_phones(head.group(0), t.office):
            continue
        joined = f"{ln.text[tail.start():].rstrip()} {head.group(0).strip()}"
        # the whole line before it: a job title a desk completes ("responsabile della
        # redazione web, tel. +39" / "06 …") makes the number the person's own
        kinds = [k for _, k in _phones(ln.text[: tail.start()] + joined, t.office)]
        found = _line_phones(joined, t.office)
        if len(found) == 1 and (not kinds or kinds[-1] is not _PhoneKind.ORGANIZATION):
            return Hit(found[0][1], b.component, ln.no, False, Reason.SPLIT_NUMBER)
    return None


# ----------------------------------------- a newer statement replaces an older one -------


def _written_by(new: Sequence[Block], person: str) -> bool:
    """Whether the new text is the contact's own: it names the contact and no one else.
    Names are read line by line: a signer's name on its own line above the firm's name
    ("Michal Sýkora" / "Mediální servis Orbis") is a name, not one run with the next line."""
    names = {n for b in new for ln in b.lines for n in _names_in(ln.text)}
    return bool(names) and all(_same_person(n, person) or _same_person(person, n) for n in names)


def _newer_value(
    hit: Hit | None,
    new: Sequence[Block],
    every: Callable[[str], list[tuple[int, str]]],
    words: re.Pattern[str],
) -> Hit | None:
    """The value the new text gives in place of ``hit`` read from an older text: the one
    value of its kind the new text gives (certain), or the one left when the others are
    called old there (unsure); ``hit`` unsure when the new text gives several."""
    found = [(b, ln, v) for b in new for ln in b.lines for _, v in every(ln.text)]
    if hit is None or not found:
        return hit
    lines = _outdated_lines(new)
    old = _outdated(new, lines, every, words).old if lines else frozenset()
    fresh = [(b, ln, v) for b, ln, v in found if v not in old]
    values = {v for *_, v in fresh}
    if values == {hit.value} or (not values and hit.value in old):
        return hit if values else dataclasses.replace(hit, certain=False, reason=Reason.CORRECTED)
    if len(values) != 1:
        return dataclasses.replace(hit, certain=False, reason=Reason.OTHER_CANDIDATE) if values else hit
    b, ln, v = fresh[0]
    sure = not old and hit.value not in {x for *_, x in found}
    return Hit(v, b.component, ln.no, sure, None if sure else Reason.CORRECTED)


def newer_details(
    contact: Contact, new: Sequence[Block], older: Callable[[Hit], bool], office: Office = CSU
) -> Contact:
    """A newer statement of the applicant replaces an older one: when the contact's phone or
    e-mail was read from an older text (an earlier message forwarded or attached, or a file
    attached to it) and the new text - written by the contact, naming no one else - gives
    a phone or e-mail of its own ("volejte mi nyní na …", "reach me at …", "Sie erreichen
    mich unter …"), the new text's value is the contact's. ``older`` tells whether a hit
    was read from an older text."""
    phone, email = contact.phone, contact.email
    old_phone, old_email = phone is not None and older(phone), email is not None and older(email)
    if not (old_phone or old_email) or contact.person is None or not _written_by(new, contact.person.value):
        return contact
    if old_phone:
        phone = _newer_value(phone, new, lambda s: _line_phones(s, office), _PHONE_WORDS)
    if old_email:
        email = _newer_value(email, new, _email_offsets(office), _EMAIL_WORDS)
    return Contact(contact.person, email, phone)


def _is_address_form(word: str) -> bool:
    """A form of address ("Mme", "Señora", "Mevrouw", "pan", "Dr."): no given name."""
    return bool(_ADDRESS_FORM.fullmatch(word) or _FORM_OF_ADDRESS.fullmatch(word))


def surname_in_full(
    person: Hit | None, blocks: Sequence[Block], authors: Sequence[tuple[str, Sequence[Block]]], office: Office = CSU
) -> tuple[Hit | None, Hit | None]:
    """A contact named by the surname alone ("kontaktní osobou bude pan Hájek") where the
    message writes the full name elsewhere: a line of any of its texts, or the From header of
    an attached e-mail (``authors``: the header's name with that message's bodies). The one
    full name with that surname, never for certain (the surname alone when two are
    written); and when an attached e-mail's author is the person (named by the surname alone
    or in full), the one number that message gives (unsure: their own message, "jsem na
    585 204 917")."""
    if person is None:
        return person, None
    written = person.value.split()

    def written_names() -> list[str]:
        # read only where asked: a contact named in full (most of them) needs no names
        return [*(n for b in blocks for n in _names_in(b.text)), *(a for a, _ in authors)]

    # an initial before a form of address's reading ("M. Kováč" is no Monsieur)
    if (
        len(written) == 2
        and _an_initial(written[0])
        and (full := _initial_in_full(written[0], written[1], written_names())) is not None
    ):
        # "Kontakt: L. Marek" with "pana Luboše Marka" in the power of attorney: Luboš Marek
        hit = dataclasses.replace(person, value=full, certain=False, reason=person.reason or Reason.INITIAL_NAME)
        return hit, _authors_phone(full, authors, office)
    if len(written) == 2 and _is_address_form(written[0]):
        written = written[1:]  # "Herrn Krause", "Frau Roth": the surname after a form of address
    if len(written) != 1:
        # named in full: still the number of the attached e-mail they wrote
        return person, _authors_phone(person.value, authors, office)
    word = written[0]
    names = written_names()
    found = _with_surname(names, {_fold(word)})
    if not found and word[:1].isupper():
        # a surname in an oblique case ("kontaktujte přímo paní Kalinovou", "Herrn Müller"):
        # the full name written in the nominative elsewhere ("Martina Kalinová")
        found = _with_surname(names, {_fold(f) for c in ("acc", "ins", "dat") for f in _word_forms(word, c)})
    if len(found) != 1:
        return person, None
    full = next(iter(found.values()))
    hit = dataclasses.replace(person, value=full, certain=False, reason=person.reason or Reason.SENTENCE)
    return hit, _authors_phone(full, authors, office)


def _an_initial(word: str) -> bool:
    """A given name written as its initial ("L.")."""
    return len(word) == 2 and word.endswith(".") and word[0].isupper()


def _initial_in_full(initial: str, surname: str, names: Sequence[str]) -> str | None:
    """The one full name of ``names`` that a name written with an initial ("L. Marek")
    stands for: the same surname, in the nominative or an oblique case ("pana Luboše Marka",
    "s Lubošem Markem"), and a given name with that initial, turned to the nominative."""
    if not _an_initial(initial):
        return None
    found: set[str] = set()
    for name in names:
        words = name.split()
        if len(words) != 2 or _is_address_form(words[0]) or _fold(words[0][:1]) != _fold(initial[0]):
            continue
        if _fold(words[1]) == _fold(surname):
            found.add(name)
            continue
        cases = [c for c in ("acc", "ins", "dat") if _fold(surname) in {_fold(f) for f in _word_forms(words[1], c)}]
        given = [g for c in cases if (g := _given_nominative(_word_forms(words[0], c))) != words[0]]
        if cases:  # the case that turns the given name back too ("Janou" is instrumental)
            found.add(f"{given[0] if given else words[0]} {surname}")
    return next(iter(found)) if len(found) == 1 else None


_HARD_CLUSTER = re.compile(r"[^\W\daeiouyáéíóúůýě][lkcň]$")
"""Two consonants ending a stem ("Pavl", "Radk", "Karl"): the nominative has a mobile e."""


def _given_nominative(forms: Sequence[str]) -> str:
    """The likeliest nominative of a given name among its ``forms``: the stem with the mobile
    e ("Pavla" -> "Pavel", "Radka" -> "Radek") when the bare stem ends in two consonants."""
    forms = [f for f in forms if not f.endswith("á")] or list(forms)  # no given name ends in -á
    first = forms[0]
    if len(forms) > 1 and _HARD_CLUSTER.search(first) and forms[1] == f"{first[:-1]}e{first[-1]}":
        return forms[1]
    return first


_ADDRESSED_SURNAME = re.compile(
    r"\b(?:kontaktn\w+\s+osob\w*|kontakt(?:em|om)?|contact(?:\s+person)?|ansprechpartner\w*)"
    r"\s*[:–-]?\s*(?:(?:je|bude|is|ist)\s+)?"
    r"(?:p\.|pí\.|pan|paní|pani|pán|mr\.?|mrs\.?|ms\.?|herr|frau)\s+"
    r"(?P<surname>(?-i:[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ])[^\W\d_]{2,})(?![^\W\d_])(?!\s+(?-i:[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]))",
    re.IGNORECASE,
)
"""A contact named by a form of address and the surname alone ("kontakt p. Tolar", "Kontaktní
osoba: paní Horká", "contact: Mr Reed", "Ansprechpartner ist Herr Braun")."""


def addressed_surname(person: Hit | None, cue_blocks: Sequence[Block], blocks: Sequence[Block]) -> Hit | None:
    """The contact a line of ``cue_blocks`` names by a form of address and the surname alone,
    in the full name that ``blocks`` write with that surname, in any case ("kontakt p.
    Tolar" with "zmocňuje pana Adama Tolara": Adam Tolar), when the person found is another
    (a signer); never for certain. ``person`` as found when no line so names anyone, the
    person found bears that surname, or no one full name or several are written."""
    for b in cue_blocks:
        for ln in b.lines:
            if (m := _ADDRESSED_SURNAME.search(ln.text)) is None:
                continue
            surname = _fold(m.group("surname"))
            if person is not None and _fold(person.value.split()[-1]) == surname:
                return person
            found = {_fold(f): f for f in _full_names_of(surname, blocks)}
            if person is None and not found:
                # named nowhere in full: the surname as written ("kontakt p. Tolar")
                return Hit(m.group("surname"), b.component, ln.no, False, Reason.SENTENCE)
            if len(found) != 1:
                return person
            return Hit(next(iter(found.values())), b.component, ln.no, False, Reason.SENTENCE)
    return person


def _full_names_of(surname: str, blocks: Sequence[Block]) -> list[str]:
    """The full names of two words that ``blocks`` write with the folded ``surname``, in the
    nominative ("Adam Tolar") or turned to it from an oblique case ("pana Adama Tolara")."""
    out = []
    for n in (n for b in blocks for n in _names_in(b.text)):
        words = n.split()
        if len(words) != 2 or _is_address_form(words[0]):
            continue
        if _fold(words[1]) == surname:
            out.append(n)
            continue
        for case in ("acc", "ins", "dat"):
            if surname in {_fold(f) for f in _word_forms(words[1], case)}:
                out.append(_nominative(n, case))
                break
    return out


def _with_surname(names: Sequence[str], surnames: set[str]) -> dict[str, str]:
    """The full names (two words or more, no form of address first) of ``names`` whose last
    word is one of the folded ``surnames``, once each."""
    found: dict[str, str] = {}
    for name in names:
        words = name.split()
        if len(words) > 1 and not _is_address_form(words[0]) and _fold(words[-1]) in surnames:
            found.setdefault(_fold(name), name)
    return found


def _authors_phone(full: str, authors: Sequence[tuple[str, Sequence[Block]]], office: Office) -> Hit | None:
    """The one number the attached e-mail(s) of the author ``full`` give ("ať mi volají na
    739 …"): unsure, their own message; None when they give none or several."""
    own = [bs for a, bs in authors if _fold(a) == _fold(full) or one_person(a, full)]
    numbers = {
        (n, b.component, ln.no) for bs in own for b in bs for ln in b.lines for n in _contact_phones(ln.text, office, full)
    }
    if len({n for n, _, _ in numbers}) != 1:
        return None
    n, comp, no = min(numbers, key=lambda x: x[2])
    return Hit(n, comp, no, False, Reason.ORIGINAL)


_PERSON_WORDS = re.compile(r"\b(?:kontakt\w*|contact|ansprech\w*|osob\w*|person)\b", re.IGNORECASE)
"""Words of a label naming a person's own address ("Kontakt redakce: …" is still no desk's)."""
_DESK_LABEL = re.compile(r"(?:" + _ORG_PHONE.pattern + r")\w*\s*:\s*$", re.IGNORECASE)
"""A desk's word as the label right before an address ("Newsroom: news@…"), not a word
anywhere before it ("Redaktion Politik | Anna Weber | anna.weber@…", "General Manager: …")."""


_DESK_MAILBOX = re.compile(
    r"(?:" + _ORG_PHONE.pattern + r"|info\w*|podateln\w*|podatel\w*|posta|pošta|mail|kontakt\w*|contact|"
    r"press|presse|tisk|inzerce|inzercia|ads|marketing|hello|team|tym|tím|studio|desk)(?:[._-]?\w{0,3})?",
    re.IGNORECASE,
)
"""A mailbox that names a desk, not a person ("redakce@", "newsroom@", "info@",
"podatelna@", "sekretariat.praha@"): a shared address of the organisation."""


def _desk_mailbox(address: str) -> bool:
    return _DESK_MAILBOX.fullmatch(address.split("@", 1)[0]) is not None


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})


def _umlauts(word: str) -> str:
    """A German name as a mailbox spells it ("Krüger" in "krueger@")."""
    return word.translate(_UMLAUTS)


def desk_address(contact: Contact, sender: str, blocks: Sequence[Block]) -> Contact:
    """An address the text gives under a desk's label ("Newsroom: news@…", "Redakce:
    redakce@…", "Sekretariát: …", "Zentrale: …"), or whose mailbox names a desk (a
    signature's "Týdeník X | redakce@… | inzerce …"), is the organisation's, not the person's:
    when the sender's own mailbox spells the contact's surname, the contact's address is the
    sender's (unsure: the text gives none of the person's own); else the desk's address is
    never certain (ORGANIZATION_EMAIL)."""
    e, person = contact.email, contact.person
    if e is None or person is None or e.value == sender.lower():
        return contact
    line = _hit_line(e, blocks)
    at = line.lower().find(e.value) if line is not None else -1
    if line is None or at < 0 or _PERSON_WORDS.search(line[:at]):
        return contact
    if _DESK_LABEL.search(line[:at]) is None and not _desk_mailbox(e.value):
        return contact
    local = _fold(sender.split("@", 1)[0])
    last = person.value.split()[-1]
    spelled = {_fold(w).replace("'", "").replace("’", "") for w in (last, _umlauts(last))}
    surname = min(spelled, key=len)
    if len(surname) >= 3 and any(w in _fold(e.value.split("@", 1)[0]).replace("'", "") for w in spelled):
        return contact  # the address spells the contact's surname: their own
    if len(surname) < 3 or not any(w in local.replace("'", "") for w in spelled):
        return contact if not e.certain else dataclasses.replace(
            contact, email=dataclasses.replace(e, certain=False, reason=Reason.ORGANIZATION_EMAIL)
        )
    return dataclasses.replace(contact, email=Hit(sender.lower(), "header:From", 0, False, Reason.HEADER))

