"""Request types: what an application asks for (``feed_access``, ``recording_permit``),
read from the structure of what is written — form boxes, yes/no options, values and columns,
declines and withdrawals in Czech, Slovak and English, and as a class in the languages a
foreign medium writes in (German, Polish, the Romance, Dutch, Hungarian and Nordic ones) —
with why a reading is unsure."""

from __future__ import annotations

import bisect
import codecs
import dataclasses
import itertools
import re
import string
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from intake.content.marks import STROKE, strike, struck_runs, unstrike
from intake.extraction.alternation import grouped, regroup_case_blind
from intake.extraction.casefree import CASE_TWINS, case_free_search, lowered
from intake.extraction.memo import per_application
from intake.extraction.names import UNMARKED
from intake.extraction.review import Reason

FEED = "feed_access"
RECORDING = "recording_permit"

_LATIN_FOLD = {**UNMARKED, **{ord(c): plain for c, plain in zip("’ßæÆœŒİıſ", "'saAoOİıſ", strict=True)}}
_SCRIPT_FOLD = {
    ord(c): plain
    for small, plains in (
        # Cyrillic (Russian, Ukrainian, Belarusian, Bulgarian, Serbian, Macedonian), one Latin
        # letter each ("снимать" as "snimatj", "зйомка" as "zjomka", "снимање" as "snimane")
        ("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґђјљњћџўѓќѕ", "abvgdeezzijklmnoprstufhccssjyjeuaiiegdjlncduqkz"),
        # Greek, with its accented vowels ("βιντεοσκόπηση" as "vinteoskopisi")
        ("αάβγδεέζηήθιίϊΐκλμνξοόπρσςτυύϋΰφχψωώ", "aavgdeeziitiiiiklmnxooprsstyyyyfhpoo"),
        ("đ", "d"),
    )
    for pair in zip(small, plains, strict=True)
    for c, plain in (pair, (pair[0].upper(), pair[1].upper()))
    if len(c) == 1
}
"""The Cyrillic and Greek letters as Latin ones, one for one (every position stays), and the
Vietnamese "đ": the cues read the words of those scripts transliterated ("snimat", "sjemka",
"vinteoskopisi"); with the Latin letters of Vietnamese (``_VIETNAMESE``) kept apart from the
shared fold, which the names read."""
_VIETNAMESE = {
    cp: base
    for cp in range(0x1E00, 0x1F00)
    if (base := unicodedata.normalize("NFD", chr(cp))[0]).isascii() and base.isalpha()
}
"""The Latin letters with two marks (Vietnamese "ụ", "ả", "ề"), as their plain letter."""
_FOLD = {**_LATIN_FOLD, **_SCRIPT_FOLD, **_VIETNAMESE}
_TRANSLIT = {
    chr(k): plain for k, v in _FOLD.items() if len(plain := v if isinstance(v, str) else chr(v)) == 1 and plain.isascii()
}


def _translit_error(err: UnicodeError) -> tuple[str, int]:
    """The byte fold's (``_folded_bytes``) handler of a character cp1250 lacks: a Cyrillic,
    Greek, Vietnamese or other marked Latin letter as its plain one, any other as "?" (one
    for one)."""
    if not isinstance(err, UnicodeEncodeError):
        raise err
    part = err.object[err.start : err.end]
    return "".join(_TRANSLIT.get(c, "?") for c in part), err.end


codecs.register_error("cue_translit", _translit_error)
"""Letters without their diacritics, one for one (every position stays): the patterns of
this part are written without diacritics and read a text typed either way. The shared fold
(``names.UNMARKED``: every Latin letter with marks, Czech, Slovak, Polish, German, Romance,
Nordic, Hungarian, Romanian, Baltic, Croatian …) extended by this part's own job: the
typographic apostrophe as "'" (a cue's "don't") and "ß", "æ", "œ" as one plain letter each;
the case twins "İ", "ı", "ſ" stay (the case-blind cues read them as "i" and "s", ``CASE_TWINS``)."""


@per_application(maxsize=1024)
def _folded(text: str) -> str:
    """``text`` translated by ``_FOLD`` (an ASCII text is its own: the table has no ASCII key).
    Remembered: the nets fold the same pieces again and again."""
    return text if text.isascii() else text.translate(_FOLD)

_FEED_CUES = re.compile(
    r"\bxml\b|vyhra[zd]en\w*\s+(?:pripojen\w*|server\w*|pristup\w*)|vysledk\w*\s+vol(?:ie|e)b|"
    r"volebn\w*\s+vysledk\w*|"
    r"\bpristup\w*\s+(?:k|ke|na)\s+(?:\w+\s+)?(?:server\w*|datum|datam|vysledk\w*|"
    r"datov\w*\s+(?:vystup|sluzb|rozhran|zdroj|kanal|export)\w*)|"
    r"results?\s+(?:server|feed|data)|dedicated\s+(?:connection|server|access|line)|"
    r"\bdata\s+feed|\bfeed\b|access\s+to\s+(?:the\s+)?(?:\w+\s+)?(?:results|server|data)\b|"
    r"allow-?list\w*|whitelist\w*|"
    # German and Polish: access to the results or data ("Zugang zum Ergebnisdienst", "dostęp
    # do danych"), the results of the election ("Wahlergebnisse", "wyniki wyborów")
    r"\bzugang\s+(?:zu[mr]?|zu\s+den)\s+(?:\w+\s+)?(?:\w*daten\w*|\w*ergebnis\w*|server\w*)|"
    r"wahlergebnis\w*|"
    r"\bdostep\w*\s+do\s+(?:\w+\s+){0,2}?(?:danych|wynik\w*|serwer\w*)|wynik\w*\s+wybor\w*|"
    # any other language: access to the results, the data or the server ("accesso ai
    # risultati", "accès aux données", "toegang tot de uitslagen", "hozzáférés az
    # eredményekhez", "åtkomst till data"), the server's data ("data ze serveru"), and the
    # election's results ("risultati elettorali", "résultats du scrutin", "valresultat")
    r"\b(?:(?:aces|accc*es)s*o?|acced\w*|toegang|hozzafer\w*|tilgang|adgang|atkomst)\s+(?:\w+['\s]+){0,3}?"
    r"(?:(?:verkiezings)?(?:result|uitslag)\w*|risultat\w*|eredmeny\w*|dat[aiou]s?\b|dados|"
    r"donnees|gegevens|adat\w*|serv\w*|xml\w*)|\bdat(?:a|i|os)\s+(?:ze|z|from\s+the|from|del|dal|du)\s+serv\w*|"
    r"\bserver\s+data\b|\b(?:ri|re)sulta\w*\s+(?:\w+\s+)?(?:elettoral|electora|eleitora|del\s+voto|"
    r"(?:de\s+l'|des\s+|du\s+|delle\s+|dell'|de\s+las\s+|das\s+)(?:election|elezion|eleccion|"
    r"eleico|scrutin|vot))\w*|\bverkiezings(?:uitslag|result)\w*|\bval(?:g)?resultat\w*|"
    r"\bvalasztasi\s+eredmeny\w*|"
    # the results of the election in the Cyrillic and Greek scripts (transliterated by the
    # fold: "результаты выборов", "результатів виборів", "резултатите от изборите",
    # "αποτελέσματα των εκλογών"), in Turkish and Vietnamese ("seçim sonuçları", "kết quả bầu cử")
    r"\brezultat\w*\s+(?:\w+\s+){0,2}?(?:vybor(?:ov|am|ah|y)|vibor(?:iv|i|ah)|izbor\w*)\b|"
    r"\bapotelesm\w*\s+(?:\w+\s+){0,2}?eklog\w*|\bsecim\s+sonuc\w*|\bket\s+qua\s+bau\s+cu\b",
    re.IGNORECASE,
)
_IP_CUE = re.compile(r"\bIP\s*(?:adres\w*|address\w*|v4|v6)?\b", re.IGNORECASE)
"""Addresses ask for the feed, but a negation about them ("testovací IP nemáme") is about
the addresses, never a decline of the feed."""
_REC_CUES = re.compile(
    # coming with a camera to a place of the office ("přijet s kamerou na vaše pracoviště",
    # "prísť s kamerou na zberné miesto", "mit einer Kamera in Ihre Sammelstelle kommen");
    # the lookahead of the "k" only skips the lookbehinds where no "kamer" follows
    # (``test_regex_prefilter_clause``)
    r"(?=k)(?:(?<=\bs\s)|(?<=\bse\s)|(?<=\bso\s)|(?<=\bz\s))kamer(?:ou|ami|a)\s+(?:\w+\s+){0,3}?"
    r"(?:na|do|ve?|u|k|w)\s+(?:\w+\s+){0,2}?(?:pracovist|pracovisk|sbern|zbern|okrsk|punkt|"
    r"komis|sidl|budov)\w*|"
    r"(?=k)(?:(?<=\bmit\sder\s)|(?<=\bmit\seiner\s))kamera\s+(?:\w+\s+){0,3}?(?:in|zu|ins|zum|zur)\s+"
    r"(?:\w+\s+){0,2}?(?:\w*sammelstelle|\w*zentrale|dienststelle|wahllokal|zahlstelle)\w*|"
    r"natac\w*|natoc\w*|nakruc\w*|nakrut\w*|prebirac\w*\s+mist\w*|preberac\w*\s+miest\w*|"
    r"\bto\s+(?:film|record|shoot|photograph)\b|povoleni\w*\s+k\s+pritomnosti|"
    # leave to record or broadcast from a place ("povolení nahrávat/vysílat odtamtud",
    # "povolenie vysielať zo zberného miesta")
    # and leave to record ("povolení k záznamu", "povolenie na záznam")
    r"povoleni\w*\s+(?:k\s+|na\s+)?(?:nahr(?:at|av)\w*|vysil\w*|vysiel\w*|zaznam\w*)|"
    r"pritomnost\w*\s+(?:na|medii|stabu|nasho|novinar\w*)|poriz\w*\s+(?:\w+\s+)?\w*zaznam\w*|"
    r"\b(?:video|audio|foto|filmov|zvukov|obrazov)(?:y|e|ou|eho)?zaznam\w*|"
    r"(?:obrazov|zvukov|audiovizualn)\w*\s+zaznam\w*|fotografova\w*|foceni|"
    # a verb of taking pictures or shooting video in any person, tense or mood ("fotila
    # bych", "vyfotíme", "nafotil", "točila videa", "natočíme záběry"), not "točit" of a wheel
    r"\b(?:vy|na|po|o|s)?foti[tlmsv]\w*|"
    r"\b(?:na)?toci[tlmsv]?\w*\s+(?:\w+\s+){0,2}?(?:vide|zaber|zaznam|rozhovor|reportaz|dokument|"
    r"film|klip|spot|stream)\w*|"
    r"\bnahravan\w*|"
    # a verb of recording sound or pictures with what is recorded or where ("nahrát rozhovory",
    # "nahrávat zvuk", "nahrať atmosféru na zbernom mieste"), not data loaded into a system
    r"\bnahr(?:at|av|aj|an)\w*\s+(?:\w+\s+){0,3}?(?:rozhovor|atmosfer|zvuk|reportaz|vide|obraz|"
    r"zaznam|hlas|komentar|vyjadren|anket|audio|podcast|vstup|prenos|(?:na|v|ve|u)\s+"
    r"(?:sbern|zbern|prebirac|preberac|volebn|mist|miest))\w*|filming|\bfilm\s+(?:at|in|the)\b|record(?:ing)?\s+(?:at|in)\s+(?:the\s+)?"
    r"collection|recording\s+permi\w*|permi\w*\s+to\s+(?:film|record)|(?:audio|video)\s+"
    r"recording|footage|collection\s+points?|"
    # German: shooting, filming, pictures or sound taken ("Drehgenehmigung", "filmen",
    # "Fernsehaufnahmen", "Ton- und Bildaufnahmen", "Aufzeichnung", "fotografieren")
    r"\bdreh(?:arbeit|genehmigung|erlaubnis|bewilligung|termin|en\b|t\b)\w*|\bfilm(?:en|aufnahm\w*)\b|"
    # a permit to film or take pictures ("Filmbewilligung" in Switzerland and Austria,
    # "Aufnahmegenehmigung", "Filmerlaubnis")
    r"\bfilm(?:genehmigung|erlaubnis|bewilligung)\w*|\baufnahme(?:genehmigung|erlaubnis|bewilligung)\w*|"
    # a permit to film in one compound or phrase, in any language ("Filmtillatelse",
    # "fototilladelse", "filmtillstånd", "opptakstillatelse", "film permit", "filming
    # permission", "filmezési engedély")
    r"\b(?:film|foto|video|opptaks?|optagelses?|inspelnings?|tv|fjernsyns?)-?"
    r"(?:tillatelse|tilladelse|tillstand|vergunning|engedely)\w*|"
    r"\b(?:film(?:ing)?|video|photo(?:graphy)?|camera|tv)\s+(?:permit|permission|licen[cs]e)\w*|"
    r"\bfilmez\w*\s+engedely\w*|"
    # a compound's first part is read behind it (the search only starts at "aufnahm")
    r"(?=a)(?:(?<=bild)|(?<=video)|(?<=ton)|(?<=film)|(?<=fernseh)|(?<=foto)|(?<=tv)|(?<=tv-))"
    r"aufnahm\w*|\baufzeichn\w*|"
    r"\bfotografier\w*|"
    # Polish: recording, filming, shooting ("nagrywanie", "nagrać", "filmowanie", "nakręcić",
    # "zdjęcia filmowe", "rejestracja obrazu")
    r"\bnagr(?:yw|an|ac)\w*|\bs?filmow(?:an|ac|al)\w*|\bnakrec\w*|"
    # and photographing ("zgoda na fotografowanie", "sfotografować"), not the photographer
    r"\b(?:s|po)?fotografow(?:an|ac|al|ywa)\w*|"
    r"\bzdjec\w*\s+(?:filmow|telewizyj)\w*|\brejestrac\w*\s+(?:obrazu|dzwieku|wideo|video)|"
    # the Romance, Dutch, Hungarian and Nordic languages: filming, shooting, recording
    # ("riprese", "filmare", "tournage", "filmer", "prise de vues", "rodaje", "grabar",
    # "filmagem", "gravação", "filmopnames", "forgatás", "felvétel", "inspelning",
    # "optagelse", "opptak")
    r"\bripres[ae]\b|\briprend(?:ere|iamo|eremo)\b|\bfilm(?:are|ar|er|a|e|iamo|eremo|ons|erons|amos|aremos|ning|ag\w*|"
    r"acio\w*|ezes\w*|ez\w*|opnam\w*|"
    r"inspelning\w*|optag\w*|opptak\w*|vergunning\w*)\b|\btournage\w*|"
    r"\bprises?\s+de\s+vues?\b|\btourn(?:er|ons|erons)\b|\brodaj\w*|\bgrab(?:ar|acio|acion)\w*|\bgrava(?:r|cao|coes)\b|"
    # the Spanish and Portuguese verbs in another person or mood ("que grabe imágenes",
    # "rodar en la sede", "que el equipo ruede", "que filmemos", "que gravemos"), not a
    # press conference ("rueda de prensa") nor "grave" (serious)
    r"\bgrab(?:e|en|emos|ando)\b|\brodar\w*|\brodemos\b|\brodando\b|\brued(?:e|en)\b|"
    r"\bfilm(?:emos|ando)\b|\bgrav(?:emos|aremos|ando)\b|"
    # the Italian "girare" of pictures ("vorremmo girare alcune immagini", "giriamo un
    # servizio"), not of a mail passed on ("girare la mail")
    r"\bgir(?:are|iamo|eremo)\s+(?:\w+\s+)?(?:immagini|video|riprese|servizi|un\s+servizio)\b|"
    r"\bforgat(?:as|asi|ni|unk|ast)\w*|\bfelvetel\w*|\b(?:video|beeld)?opnam\w*|"
    r"\binspelning\w*|\boptagelse\w*|\bopptak\w*|"
    # the Nordic verb and noun of photographing ("fotografera", "fotografere", "fotograferar",
    # "fotografering"), not the photographers ("fotografer", "fotograferne"), and the Finnish
    # filming ("kuvata", "kuvaamaan", "kuvauslupa", "kuvausryhmä", "videokuvaus"), not a
    # description ("kuvaus")
    r"\bfotografer(?:a|ar|ade|at|e|er|te|ing|ingen)\b|\bkuvaus(?:lup|luv|ryhm|tiim|paik)\w*|"
    r"\bkuva(?:ta|amaan|amme|aminen|amisen|amista)\b|\b(?:video|valo)kuva(?:ta|amaan|amme|us|aminen)\w*|"
    # the South Slavic and Baltic languages: filming, recording, taking photos ("snimanje",
    # "snimati", "snimit ćemo", "snemanje", "snemati", "fotografirati", "filmuoti",
    # "filmavimas"), not a screenshot or a recording sent ("snimak zaslona", "posnetek")
    r"\bsnim(?:anj|at|it|am|ljen)\w*|\bsnem(?:anj|at|am|al)\w*|\bfotografir\w*|"
    r"\bfilm(?:uot|av|uos|uoj)\w*|"
    # Icelandic, folded: taking pictures or film, a recording ("leyfi til myndatöku",
    # "kvikmyndataka", "upptaka", "upptöku"); the words start at their second or third letter
    # (no cue starts with an "m", "u" or "y"), not pictures sent ("myndir fylgja")
    r"(?=n)(?<=\bmy)ndat(?:ak|ok)\w*|\bkvikmyndat(?:ak|ok)\w*|(?=p)(?<=\bu)ppt(?:ak|ok)\w*|"
    # Latvian and Estonian filming ("filmēt", "filmēsim", "filmēšanas atļauja", "filmima",
    # "filmimisluba"), not a film spoken of ("filmi", "filmid")
    r"\bfilm(?:et|esim|esana\w*|ej(?:am|at)|ima|imine|imis\w*|ida)\b|"
    # pictures taken there ("take photos at the collection point", "Fotos machen", "pořídit
    # fotky", "robiť fotografie"), not photos spoken of ("fotky z minulých voleb")
    r"\btak(?:e|ing)\s+(?:some\s+|a\s+few\s+)?(?:photo|pictur)\w*|"
    # a permit (of entry) for the one who takes the pictures ("povolení pro našeho
    # fotoreportéra", "povolenie vstupu pre fotografku", "permission for our photographer",
    # "Genehmigung für unseren Fotoreporter")
    r"\bpovoleni\w*\s+(?:\w+\s+){0,2}?(?:pro|pre)\s+(?:\w+\s+){0,2}?(?:fotoreport|fotograf)\w*|"
    r"\bpermi\w*\s+for\s+(?:\w+\s+){0,2}?(?:photo\s*(?:journalist|grapher|reporter))\w*|"
    r"\b(?:genehmigung|erlaubnis|zulassung|akkreditierung)\w*\s+f(?:u|ue)r\s+(?:\w+\s+){0,2}?"
    r"(?:fotoreport|fotograf|fotojournal)\w*|"
    r"\b(?:fotos?|bilder)\s+(?:\w+\s+)?(?:machen|aufnehmen|schie(?:ss|ß)en)\b|"
    # (the Slovak and Czech "urobiť", "udělat" start at "r" and "d": no cue starts with a "u")
    r"(?:\b(?:pori[dz]\w*|robit|delat|spravit|zhotov\w*)|(?<=\bu)(?:robit|delat))\s+(?:\w+\s+)?"
    r"(?:fotk|fotek|fotograf|snimk|snimek)\w*|"
    # the Romance and Hungarian verbs of taking photos ("prendre des photos", "scattare
    # alcune foto", "fare delle foto", "hacer / sacar / tomar fotos", "fényképeket készíteni", "készítenénk néhány fotót"), not
    # photos sent or a photocopy ("fotocopias")
    r"\bpren(?:dre|ons|drons|drions|ions)\s+(?:\w+\s+)?photo(?:s|graphies?)?\b|"
    r"\bscatt(?:are|iamo|eremo|eremmo)\s+(?:\w+\s+)?foto(?:grafie)?\b|"
    r"\b(?:hac(?:er|emos|ernos|ariamos)|sac(?:ar|amos|aremos|ariamos)|tom(?:ar|amos|aremos|ariamos))"
    r"\s+(?:\w+\s+)?fotos?(?:grafias?)?\b|"
    r"\bfa(?:re|remo|remmo)\s+(?:\w+\s+)?(?:foto|fotografie)\b|"
    r"\b(?:fenykep|foto)\w*\s+(?:\w+\s+)?keszit\w*|\bkeszit\w*\s+(?:\w+\s+)?(?:fenykep|foto)\w*|"
    # Polish and Portuguese: taking photos ("robić zdjęcia", "zrobimy kilka zdjęć", "tirar
    # fotos"), not photos sent ("wysyłamy zdjęcia")
    r"\b(?:z?robi(?:c|e|my|l\w*|eni\w*)|zrobim\w*)\s+(?:\w+\s+)?zdjec\w*|"
    r"\btir(?:ar|armos|aremos|amos)\s+(?:\w+\s+)?foto\w*|"
    r"\b(?:registrazion|enregistrement)\w*\s+(?:video|audio|sonor\w*|d'images)\b|"
    # a verb of recording with what is recorded or where, in French, English and German
    # ("enregistrer du son", "enregistrer des interviews au centre de collecte", "record some
    # audio", "recording vox pops", "Interviews in der Sammelstelle aufnehmen"), not a
    # request registered ("enregistrer notre demande") or a record of results
    r"\benregistr(?:er|ons|erons|erions|ez|e|es|ee|ees)?\s+(?:\w+(?:['\u2019]\s*|\s+)){0,3}?"
    r"\b(?:son|sons|audio|video\w*|images?|interviews?|entretiens?|ambiance|reportages?|sequences?|"
    r"temoignages?|podcasts?|(?:au|aux|dans|sur)\s+(?:le\s+|la\s+|les\s+|l['\u2019])?"
    r"(?:centre|bureau|lieu|point|salle)s?)\b|"
    r"\brecord(?:ing|ed|s)?\s+(?:\w+\s+){0,2}?(?:audio|sound|interviews?|vox\s+pops?|video|"
    r"clips?|pieces?\s+to\s+camera)\b|"
    r"\b(?:ton|bild|interviews?|o-tone|o-toene|stimmen|atmo|video\w*)\s+(?:\w+\s+){0,3}?"
    r"(?:aufnehmen|aufzunehmen)\b|"
    # streaming or broadcasting live from the place ("live-stream from the counting room",
    # "transmisja na żywo z punktu", "živé vysílání ze sběrného místa") or live crossings
    # ("živé vstupy"), not the results shown live ("live-stream the results", "our live
    # broadcast", "transmisja wyników na żywo")
    r"\b(?:live[- ]?stream\w*|broadcast(?:ing)?\s+live)\s+(?:\w+\s+){0,2}?"
    r"from\s+(?:the\s+|your\s+)?(?:count|collection|polling|office|venue|room|hall|site|point)\w*|"
    r"\btransmi(?:sj|tow)\w*\s+na\s+zywo\s+ze?\s|"
    r"\bziv(?:ych|ymi|ym|y|eho|emu|em|e|a|ou)\s+(?:vstup\w*|vys[ie]*lan\w*\s+(?:ze?|zo)\s)|"
    # the Cyrillic and Greek words of filming, transliterated by the fold ("съёмка",
    # "съёмочная группа", "снимем", "зйомка", "знімати", "заснемане", "снимање",
    # "фотографувати", "βιντεοσκόπηση", "κινηματογράφηση", "γυρίσματα"), not a snapshot
    # ("снимок экрана", "знімок") nor a return ("γυρισμός")
    r"\b(?:video|foto|tele|kino)?sjem(?:k|oc)\w*|\b(?:video|foto)?zjomk\w*|\bznim(?:at|al|em|aj|u)\w*|"
    r"\bzasnem\w*|\bsnimane\b|\bsnim(?:aem|em|ut|ajte)\b|\bfotografuv\w*|"
    r"\b(?:vinteoskop|magnitoskop|kinimatografis)\w*|\bgyrismat\w*|\bgyrisma\b|"
    # Turkish ("çekim izni", "film çekmek", "görüntü çekeceğiz"), not "geri çekmek" (withdraw)
    r"\bcekim\w*|\b(?:film|video|goruntu)\w*\s+(?:\w+\s+)?cek(?:me|ec|er)\w*|"
    # Vietnamese ("quay phim", "ghi hình", "chụp ảnh"), Maltese ("niffilmjaw", "filmjar") and
    # Irish ("scannánaíocht", "scannánú", "taifeadadh")
    r"\bquay\s+(?:phim|video)\b|\bghi\s+hinh\b|\bchup\s+anh\b|"
    r"\b[njt]iffilmj\w*|\bfilmjar\w*|\bscannan(?:aiocht|u|ai)\w*|\btaifead\w*",
    re.IGNORECASE,
)
_CREW = (
    # the lookahead of the first letter only makes it quick: the six lookbehinds are tried
    # only before an "s", not at every letter of a text
    r"(?=s)(?<!volebni\s)(?<!volebnim\s)(?<!volebnich\s)(?<!volebny\s)(?<!volebnom\s)(?<!volebnych\s)"
    r"\bstab(?:u|em|y|ech|e)?\b(?!\s+(?:stran|hnut|kandidat|koalic|partaj|politi|vitez|prezident)\w*)"
)
"""A crew ("štáb"), not a campaign's headquarters ("volební štáb", "ve štábu hnutí", "vo
volebnom štábe strany"): a place the applicant's people will be, not people coming to film."""
_REC_PEOPLE = re.compile(
    r"kameram\w*|\bkamer(?:a|ou|y|u)\b|" + _CREW + r"|fotograf\w*|\bfilm\w*|"
    # a photo reporter ("fotoreportér", "Fotoreporterin", "photojournalist", "Fotojournalist")
    r"\bfotoreport\w*|\b(?:photo|foto)journal\w*|\bphoto\s+reporter\w*|"
    r"\bcamera\w*|\bcrew\b|photograph\w*|reportaz\w*|"
    # German and Polish crews ("Kamerateam", "Kamerafrau", "Videoteam", "ekipa", "kamerzysta")
    r"\bkamera(?:team|frau|leut|crew)\w*|\b(?:videoteam|filmteam|fernsehteam|tvteam|tv-team|drehteam)\w*|(?=k)(?<=\be)kip\w*|"
    r"\bkamerzyst\w*|\boperator\w*\s+kamer\w*|"
    # other languages' crews and cameras ("troupe", "équipe de tournage", "telecamera",
    # "cámara", "cameraploeg", "operatore")
    r"\btroupe\w*|\btelecamer\w*|\bcamara\w*|\bcameraploeg\w*|\boperat(?:ore|eur)s?\s+"
    r"(?:video|di\s+ripresa|de\s+prise)\w*",
    re.IGNORECASE,
)
"""Who films or a film, not the filming itself ("fotografka", "Filmové studio", "camera
crew"): asks for a permit only with a verb of asking and no other request beside it."""
_CUES = ((FEED, _FEED_CUES, False), (RECORDING, _REC_CUES, False), (RECORDING, _REC_PEOPLE, True))
_ANY_CUE = re.compile(
    # the lookahead of the cues' first letters only makes the search quick
    "(?=[abcdefghijklmnopqrstvwxz])(?:"
    + "|".join(f"(?P<c{i}>{rx.pattern})" for i, (_, rx, _) in enumerate(_CUES))
    + ")",
    re.IGNORECASE,
)
"""All cues in one pattern (one scan); the group that matched names the request type."""
_ANY_CUE_LOWER = re.compile(grouped(_ANY_CUE.pattern))
"""``_ANY_CUE`` blind to no case, for a text in lower case: the pattern's letters are all
lower case, so it finds the same matches there (``CASE_TWINS`` aside), and quicker (the
engine skips an alternative by its first letter only where case counts; a proof:
``test_cue_case``)."""
_CUE_GROUPS = {f"c{i}": (kind, weak) for i, (kind, _, weak) in enumerate(_CUES)}
_CUE_STEMS = (
    *("vyhrazen", "vysledk", "volebn", "pristup", "result", "dedicated", "access", "natac"),
    *("natoc", "nakruc", "nakrut", "prebirac", "preberac", "povoleni", "pritomnost", "kameram"),
    *("poriz", "zaznam", "fotograf", "camera", "photograph", "record", "collection", "reportaz"),
    *("allow", "whitelist", "foti", "toci", "foceni", "nahr", "footage", "permi", "kamer", "shoot"),
    *("zugang", "wahlergebnis", "dostep", "wynik", "dreh", "aufnahm", "aufzeichn"),
    *("nagr", "sfilm", "nakrec", "zdjec", "rejestrac", "ekip", "videoteam"),
    *("filmteam", "fernsehteam", "drehteam", "tvteam", "tv-team"),
    *("toegang", "hozzafer", "tilgang", "acced", "tourn", "adgang", "tkomst"),
    *("sulta", "uitslag", "tillatelse", "tilladelse", "tillstand", "engedely", "licen"),
    *("valresultat", "valgresultat", "valasztasi", "ripres", "riprend", "tournage", "rodaj", "forgat"),
    *("felvetel", "opnam", "inspelning", "optagelse", "opptak", "registrazion", "enregistr"),
    *("rodar", "rodemos", "rodando", "rued", "gravemos", "girare", "giriamo", "gireremo"),
    *("telecamer", "cameraploeg", "troupe", "serv", "vergunning", "operatore", "operateur"),
    *("nehmen", "broadcast", "transmisj", "transmitow", "zivy", "zive", "ziva", "zivo"),
    *("fotoreport", "photojournal", "fotojournal", "photo", "pictur", "foto", "bilder"),
    *("genehmigung", "erlaubnis", "zulassung", "akkreditierung", "fotk", "snim", "snem"),
    *("kuva", "fotek", "fenykep", "ndatak", "ndatok", "pptak", "pptok"),
    *("rezultat", "apotelesm", "secim", "sjem", "zjomk", "znim", "zasnem", "snim"),
    *("vinteoskop", "magnitoskop", "kinimatograf", "gyrism", "cekim", "cekme", "cekec", "ceker"),
    *("quay", "ffilmj", "filmjar", "scannan", "taifead"),
)
"""A word stem of every alternative of the cue patterns, lower case, without diacritics."""
_WORD_STEMS = (
    *("ip", "xml", "feed", "film", "stab", "crew", "acc", "aces", "grab", "grava", "prise"),
    *("camara", "live", "ket", "ghi", "chup"),
)
"""Stems short enough to occur inside other words (base64, markup): only at a word's start."""
_ANY_STEM = re.compile(
    # the lookahead of the stems' first letters only makes the search quick, and so do the
    # stems grouped by their first letters (``grouped``)
    grouped(
        "(?=["
        + "".join(sorted({s[0] for s in _CUE_STEMS + _WORD_STEMS}))
        + "])(?:"
        + "|".join(map(re.escape, _CUE_STEMS + _WORD_STEMS))
        + ")"
    )
)
"""Any stem of the cue patterns, anywhere, in a text in lower case: every match of
``_CUES`` holds one (a proof: ``test_cue_stems``), so a text without one has no cue."""


def _may_hold_cue(text: str) -> bool:
    """A quick test before a case-blind cue pattern reads ``text``: false only where it
    cannot match (no stem in the lower case, no character it could read as another letter)."""
    return _ANY_STEM.search(text.lower()) is not None or CASE_TWINS.search(text) is not None

_NOT = re.compile(
    # the lookahead of the words' first letters only makes the search quick
    r"(?=[nziawdcukgpeyk:–—(-])(?:\bne(?:zad|pozad|potreb|ziad|chc|bud|musi|puj|planuj|hodl|zajim|"
    r"eviduj|zapisuj|registruj|vyrizuj|zahrnuj|"
    r"pojed|prijed|pocit|res|stoj\w*\s+o\b|"
    # not doing, making or preparing it: "nerobíme", "neděláme", "nechystáme", "nepořizujeme"
    r"rob|dela(?:m|me|ji|t)\b|chyst|priprav|poriz|organiz|zajist|realiz|"
    # cannot be done: "nestihneme", "nezvládneme", "nemůžeme", "nevyjde", "nedorazíme"
    r"stih|zvladn|muz|moh|dokaz|vyjd|vysl|dorazi|dostav|"
    r"mame\s+(?:zajem|zaujem|v\s+planu))\w*|\bnem(?:am|ame|aji)\b|\b(?:zadn|ziadn)\w*|"
    r"\bneni\s+(?:treba|potreba|nutn\w*|predmetem)|\bnetreba\b|\bnone\b|"
    r"\b(?:is|are|was|were)n'?t\b|\b(?:is|are)\s+not\b|[:–—-]\s*(?:ne|nie|no)\b|\(\s*no\s*\)|"
    r"\b(?:ne|nie)\b(?!\s+(?:vsak|jen|jenom|pouze|jako|moc|tak|vic|vice|driv\w*|pozdeji|len|iba|"
    r"vzdy|nutne|uplne|zcela|vsechn\w*|kazd\w*|\w+\s+nez\b))|"
    r"\bnie\s+je\s+(?:potrebn|nutn)\w*|\bwon'?t|\bwill\s+not|\b(?:do|does|did)\s+not|"
    r"\bcan(?:'?t|not)\b|\bunable\s+to\b|"
    r"\b(?:don|doesn|didn)'?t|\bnot\s+(?:needed|required|requested|necessary|applicable|wanted|"
    r"doing|making|preparing|bringing|sending|"
    r"planned|planning|going|intending|interested)|\bno\s+need|\bn/a\b|"
    # put off to another time: "not this time", "not for now", "not yet", "až příště",
    # "až nabudúce"
    r"\bnot\s+(?:this\s+(?:time|year|round|election)|(?:for\s+)?now|at\s+(?:the|this)\s+"
    r"(?:moment|stage|point))\b|\baz\s+(?:priste|nabuduce|pristi\w*|budouci\w*|buduc\w*)\b|"
    # German and Polish: "nicht" (not "nicht nur"), "kein", "nein", "żaden"
    r"\bnicht\b(?!\s+nur\b)|\bkein(?:e|en|er|em|es)?\b|\bnein\b|\bzaden\b|"
    # the Romance, Dutch, Hungarian and Nordic negations ("non", "ne … pas", "aucun",
    # "nessuno", "no necesitamos", "não", "nenhum", "niet", "geen", "nem kérünk", "nincs",
    # "ikke", "inte", "ingen")
    r"\bnon\b(?!-|\s+(?:solo|seulement|soltanto|only)\b)|\bpas\b|\baucun\w*|\bnessun\w*|\bniente\b(?!\s+(?:di|altro)\b)|"
    r"\bningun\w*|\bnenhum\w*|\bnao\b|\bno\s+(?:\w+\s+)?(?:necesit|quer|vamos|pedimos|"
    r"solicit|requer|precis|deseamos|hace\s+falta|tenemos|"
    # Catalan (folded): "no cal", "no necessitem", "no volem", "no demanem", "no fa falta"
    r"cal\b|necessit|volem|demanem|fa\s+falta)\w*|\bniet\b(?!\s+alleen\b)|"
    # Hungarian "nem" before any word ("nem tervezünk", "nem szükséges"), not the Czech "v
    # něm", "o něm" (folded "nem" after a preposition)
    r"\bgeen\b|(?<!\bv\s)(?<!\bve\s)(?<!\bo\s)(?<!\bna\s)(?<!\bpri\s)(?<!\bpo\s)\bnem\s+\w|"
    r"\bnincs\w*|\bikke\b|\binte\b|\bingen\b|\binget\b|\binga\b|"
    # the South Slavic, Baltic, Finnic and Romanian negations, folded ("nije potrebno",
    # "nisu nam potrebni", "nećemo snimati", "snemanje ni potrebno", "XML pole vaja", "ei ole
    # vaja", "ei tarvita", "nav vajadzīgs", "nevajag", "nereikia", "nu avem nevoie")
    r"\bnije\b|\bnisu\b|\bnismo\b|\bnec(?:u|e|emo|ete)\b|\bni\s+(?:potreb|treba|nujn)\w*|"
    r"\b(?:pole|ei\s+ole)\s+(?:\w+\s+)?(?:vaja|tarvis|vajalik\w*)\b|"
    r"\bei\s+(?:vaja|soovi|taotle|tarvi\w*|aiota|kuvata)\b|\bemme\b|"
    r"\bnav\s+(?:vajadzig|nepieciesam)\w*|\bnevajag\w*|\bnereik\w*|"
    r"\bnu\s+(?:avem|este|e|ne|dorim|solicit\w*|cerem|vom|intentionam)\b|"
    # the Lithuanian and Latvian verbs negated by their prefix ("neketiname", "nenorime",
    # "neprašome", "neplānojam", "nevēlamies"), the Turkish ("yapmayacağız", "istemiyoruz",
    # "gerek yok"), the Greek "δεν θα", "δεν χρειαζόμαστε" (transliterated), the Icelandic
    # "ekki" and the Vietnamese "không"
    r"\bne(?:ketin|norim|prasom|planuoj|planoj|velam|taisam)\w*|"
    r"\b(?:yap|cek|iste|kullan)m(?:a|e)y(?:a|e)c(?:a|e)g\w*|\bistemiyor\w*|\b(?:gerek|ihtiyac\w*)\s+yok\b|"
    # "Çekim izni gerekmiyor" (not needed), "gerekli değil"
    r"\bgerek(?:miyor|mez)\w*|\bgerekli\s+degil\b|"
    r"\bden\s+(?:ta|hreiaz\w*|epitym\w*|zit\w*)\b|\bekki\b|\bkhong\b)",
    re.IGNORECASE,
)
"""A negated request ("nežádáme", "natáčet nebudeme", "not needed")."""
_MISTAKE = (
    r"omylem|omylom|nedopatrenim|mylne|chybne\s+(?:zaskrt|oznac|vypln|zaznac)\w*|"
    r"by\s+(?:a\s+)?mistake|mistaken(?:ly)?|in\s+error|erroneous(?:ly)?|accidental(?:ly)?|"
    r"by\s+accident|inadvertent(?:ly)?|unintention\w*|(?:wrongly|incorrectly)\s+(?:ticked|checked|marked|selected|filled)|"
    r"(?:spatne|zle)\s+(?:\w+\s+)?(?:zaskrt|oznac|vypln|zaznac|zvol|vybr)\w*|versehentlich|irrt(?:u|ue)mlich|"
    r"f(?:a|ae)lschlich\w*|aus\s+versehen|omylkowo|przez\s+pomylk\w*|przypadkowo|"
    r"per\s+errore|erroneamente|par\s+erreur|par\s+megarde|por\s+error|por\s+equivocacion|"
    r"por\s+engano|per\s+ongeluk|abusievelijk|tevedesbol|veletlen\w*|ved\s+en\s+fejl|"
    r"ved\s+en\s+feil|av\s+misstag"
)
"""Words of a thing done by mistake (folded): with a request, the request is taken back, a box
ticked in error; unless what was done by mistake is leaving it out (``_OMITTED``)."""
_OMITTED = re.compile(
    r"\b(?:ne(?:zaskrt|oznac|vypln|uved|zaznac|zadal|zvol|vybral)\w*|zapomn\w*|zabudl\w*|"
    r"chyb(?:i|elo|ela|el)\b|vynech\w*|forg[oe]t\w*|omitt\w*|left\s+(?:\w+\s+)?out|missing|"
    r"(?:not|n't)\s+(?:been\s+)?(?:tick|check|mark|select)\w*|untick\w*|unchecked|"
    r"vergess\w*|nicht\s+(?:angekreuzt|markiert|ausgewahlt|ausgewaehlt)|zapomni\w*|"
    r"pomini\w*|nie\s+zaznacz\w*|dimentic\w*|oubli\w*|olvid\w*|esquec\w*|vergeten)",
    re.IGNORECASE,
)
"""Something left out ("nezaškrtli jsme", "forgot to tick", "vergessen"): a mistake that is an
omission takes nothing back."""
_WITHDRAW = re.compile(
    # the lookahead of the words' first letters only makes the search quick
    r"(?=[abcdefghijklmnoprstuvwz])\b(?:zrus\w*|rusim\w*|rusime|stahuj\w*|stahl\w*|stiahl\w*|"
    r"stahujem\w*|odvolav\w*|odpada\w*|upoust\w*|stazen(?!i)\w*|stiahnut(?!i)\w*|odvolan\w*|"
    r"upust\w*|bereme\s+zpet|berieme\s+spat|(?:uz|jiz)\s+(?:ne|nie)(?:\b|(?:chc|stoj|potreb|pozad|zad|ziad|planuj|bud|pocit)\w*)|"
    r"(?:uz\s+|jiz\s+)?neni\s+aktualn\w*|neaktualn\w*|withdraw\w*|cancel\w*|call(?:ed)?\s+off|"
    r"no\s+longer|(?:is|are|now)\s+off\b|disregard\w*|drop(?:ped|ping)?|scrap\w*|(?<!\bfrom\s)scratch(?:ed|ing)?\b|skrt(?:ame|am|nete|ete)\b|"
    r"vyskrt\w*|odstup\w*|vypust\w*|remov\w*|forget\b|omit\w*|leave\s+(?:\w+\s+){0,2}?out\b|"
    # "forget it" said to the reader ("zapomeňte na bod 2", "olvidad el punto 2", "oubliez le
    # point 2", "vergessen Sie Punkt 2", "pomińcie punkt 2"), not "don't forget" nor "we forgot"
    r"(?<!\bno\s)(?<!\bnon\s)(?:zapomen(?:te)?|zabudni(?:te)?|zapomnij(?:cie)?|zapomniec|pomin(?:cie|ac)?|"
    r"vergesst|vergessen\s+sie|olvid(?:ad|en|ense|e)|oubliez|oublie|dimentica(?:te)?|dimentichi)\b"
    r"(?!\s+(?:\w+\s+)?(?:nicht|pas)\b)|"
    # a mark that should not be there ("the box should have been left unticked", "mělo
    # zůstat nezaškrtnuté", "nemělo být zaškrtnuto", "should not be ticked")
    r"(?:should|ought\s+to)\s+(?:\w+\s+){0,3}?(?:unticked|unchecked|blank|empty|not\s+(?:be\s+|"
    r"have\s+been\s+)?(?:ticked|checked|marked|selected))|"
    r"mel[ao]?\s+(?:\w+\s+){0,2}?zustat\s+(?:\w+\s+)?(?:nezaskrt|prazdn|neoznac)\w*|"
    r"nem(?:el|al)[ao]?\s+(?:\w+\s+){0,2}?(?:byt|bejt)\s+(?:\w+\s+)?(?:zaskrt|oznac|vyznac)\w*|"
    # called moot, irrelevant or to be ignored ("berte jako bezpředmětný", "is now moot")
    r"bezpredmetn\w*|irelevantn\w*|nerelevantn\w*|irrelevant|moot|obsolete|ignor\w*|"
    # taken back in any person or tense ("beru zpět", "vezmeme zpět", "beriem späť", "I take
    # the request back", "taking back", "jsem vzala zpět")
    r"(?:ber\w*|vezm\w*|vzal\w*|vzit\w*|zober\w*|vzat\w*)\s+(?:\w+\s+){0,3}?(?:zpet|spat)|"
    r"(?:take|takes|taking|took|taken)\s+(?:\w+\s+){0,4}?back|retract\w*|revok\w*|"
    # German and Polish ("ziehen wir zurück", "storniert", "entfällt", "rezygnujemy",
    # "wycofujemy", "anulujemy")
    # ("zurückziehen", "ziehen … zurück", "nehmen … zurück"), not "back in time" ("rechtzeitig
    # zurück")
    r"zuru(?:e)?ck(?:zieh|zog|genomm|gezog|nehm|nahm|tret|getret|trat)\w*|"
    r"(?:zieh|zog|nehm|nahm|nimm|tret|trat|tritt)\w*\s+(?:\w+\s+){0,4}?zuru(?:e)?ck\b|storn\w*|entfall\w*|widerruf\w*|annull\w*|"
    r"rezygn\w*|wycof\w*|anul\w*|odwol\w*|nieaktualn\w*|"
    # renounced, skipped or put off to another time ("verzichten wir", "we'll skip the
    # filming", "natáčení odkládáme", "necháme na jindy", "vynecháme")
    r"verzicht\w*|f(?:a|ae)ll\w*\s+(?:\w+\s+){0,2}?weg\b|wegf(?:a|ae)ll\w*|sich\s+(?:\w+\s+){0,2}?erledigt\b|hinfall\w*|gegenstandslos\w*|"
    r"nicht\s+mehr\s+(?:notig|noetig|erforderlich|benotigt|gebraucht)|"
    r"(?:se|sa)\s+rus(?:i|ia)\b|rus(?:i|ia)\s+(?:se|sa)\b|"
    r"skip(?:s|ped|ping)?\b|odklad\w*|odloz\w*|na\s+jindy\b|na\s+inokedy\b|"
    r"another\s+time\b|vynech(?:ame|avame|am|avam)\b|"
    # the Romance, Dutch, Hungarian and Nordic languages ("ritiriamo", "retirons",
    # "retiramos", "annulons", "revochiamo", "rinunciamo", "renonçons", "trekken wij in",
    # "ingetrokken", "vervalt", "visszavonjuk", "töröljük", "lemondjuk", "trekker tilbake",
    # "återkallar")
    r"ritir\w*|retir\w*|annul\w*|geannul\w*|revoc\w*|rinunc\w*|renonc\w*|renunc\w*|"
    # the Romanian, Portuguese, South Slavic and Lithuanian ones ("nu mai avem nevoie",
    # "desistimos", "odustajemo", "odstopamo", "atsisakome")
    r"nu\s+mai\s+(?:\w+\s+)?(?:avem|are|dorim|solicitam|vrem|cerem|este|e|trebuie)\b|desist\w*|"
    r"odusta\w*|odstopa\w*|atsisak\w*|renunt\w*|"
    # the Slovenian, Croatian, Serbian, Latvian, Lithuanian, Estonian, Icelandic, Turkish,
    # Maltese and Irish ones ("umikam", "umaknemo", "prekličemo", "povlačimo", "otkazujemo",
    # "atsaucam", "atceļam", "atšaukiame", "võtame tagasi", "tühistame", "drögum til baka",
    # "geri çekiyoruz", "iptal", "vazgeçtik", "nirtiraw", "tarraingímid siar")
    r"umik\w*|umakn\w*|preklic\w*|povlac\w*|povuc\w*|otkazuj\w*|atsauc\w*|atcel\w*|atsauk\w*|"
    r"vot\w*\s+(?:\w+\s+){0,3}?tagasi\b|tuhist\w*|til\s+baka\b|afturkall\w*|"
    r"geri\s+(?:\w+\s+)?cek(?:iyor|tik|il|mek|ecek)\w*|iptal\w*|vazgec\w*|"
    r"nirtir\w*|nikkancell\w*|ghadniex\b|tarraing\w*\s+(?:\w+\s+){0,3}?siar\b|cealaig\w*|"
    # the Cyrillic and Greek ones, transliterated ("отзываем", "отменяем", "больше не",
    # "відкликаємо", "скасовуємо", "більше не", "оттегляме", "вече не", "више не",
    # "αποσύρουμε", "ακυρώνουμε", "πλέον"), and the Vietnamese "rút lại", "hủy", "không còn"
    r"otzyv\w*|otozv\w*|otmen\w*|vidklik\w*|skasov\w*|otteg\w*|otkazv\w*|"
    r"(?:bolj?se|bilj?se|vece|vise)\s+ne\b|aposyr\w*|akyron\w*|pleon\b|"
    r"rut\s+lai\b|huy\s+(?:bo|yeu)\b|khong\s+con\b|"
    r"trek\w*\s+(?:\w+\s+){0,2}?in\b|ingetrokken|intrek\w*|vervall\w*|vervalt|"
    r"visszavon\w*|torol\w*|lemond\w*|tilbake\w*|tilbage\w*|tillbaka\w*|aterkall\w*|"
    # an application drawn back without "tilbake" ("vi trekker søknaden om XML"), no longer
    # wanted ("inte längre", "ikke lenger", "ikke længere", "ei enää"), and the Finnish
    # "perumme", "peruutamme" (we cancel)
    r"tr(?:e|a)kk\w*\s+(?:\w+\s+){0,2}?(?:soknad|ansokan|ansogning)\w*|"
    r"(?:inte|ikke|ikkje)\s+(?:\w+\s+)?l(?:a|e)ng(?:re|er|ere)\b|(?:ei|emme)\s+enaa\b|"
    r"peru(?:mme|amme|utamme|ttu|tamme|ttaa)\b|"
    # to be left out of account: "neberte v úvahu", "neberte to do úvahy", "nepřihlížejte k",
    # "nezohledňujte", "nepočítejte s ním", "zaškrtnutí neplatí", "don't take it into account",
    # "pay no attention to", "treat it as void", "nicht berücksichtigen", "außer Acht lassen",
    # "nie brać pod uwagę"
    r"ne\s*(?:ber|brat|vezm|vzit|zober)\w*\s+(?:\w+\s+){0,3}?(?:v\s+uvahu|do\s+uvahy|v\s+potaz|"
    r"pod\s+uwage)|nie\s+(?:\w+\s+)?(?:brac|bierz\w*|uwzgledn\w*)|neprihl[ie]\w*|nezohl[ae]d\w*|"
    r"nepocit(?:ejte|ajte|at|ame|ejme)\s+s|"
    # a tick or an item that does not count ("zaškrtnutí natáčení neplatí", "bod 2 už
    # neplatí"), not an address that is no longer valid ("ta adresa už neplatí")
    r"(?:zaskrt|oznac|krizk|krizek|bod|polick|polic|polozk|pismen)\w*\s+(?:[\w()]+\s+){0,4}?neplat(?:i|ia)\b|"
    r"(?:don'?t|do\s+not|not)\s+(?:\w+\s+){0,3}?into\s+(?:account|consideration)|"
    r"pay\s+no\s+(?:\w+\s+)?attention|(?:as|is|now)\s+(?:null\s+and\s+)?void\b|"
    r"nicht\s+(?:\w+\s+)?beruck\w*|nicht\s+(?:\w+\s+)?beruecks\w*|unberucks\w*|unbeachtet|"
    r"au(?:ss|s|ß)er\s+acht|"
    # marked by mistake: a box or an option the applicant says they ticked in error ("zaškrtla
    # omylem", "nedopatřením označeno", "ticked by mistake", "versehentlich angekreuzt")
    rf"{_MISTAKE})",
    re.IGNORECASE,
)
"""A request taken back ("natáčení rušíme", "filming request withdrawn", "bod 2 berte jako
bezpředmětný", "please ignore the filming request")."""
_ALL_NEGATED = re.compile(r"\b(?:ani|neither|nor)\b", re.IGNORECASE)
"""With a negation, every request of the clause is declined ("nechceme XML ani natáčet")."""
_CLOSE_NEGATION = re.compile(
    r"\b(?:no|not|without|bez|zadn\w*|ziadn\w*|nijak\w*|ani|ohne|kein\w*|zaden|"
    # "without" in the Romance languages and Dutch ("sin grabación", "sans tournage", "senza
    # riprese", "zonder filmopnames"); not the Portuguese "sem" (the Czech "sem", here)
    r"sin|sans|senza|zonder)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
"""A negating word right before a request's cue ("no camera crew", "bez natáčení")."""
_NEGATION_AFTER = re.compile(r"\s*(?:n[ée]lk[üu]l|mentesen)\b", re.IGNORECASE)
"""A negating postposition right after a request's cue: the Hungarian "without"
("forgatás nélkül", "felvételek nélkül")."""
_ASK = re.compile(
    # the lookahead of the words' first letters only makes the search quick
    r"(?=[abcdeghijkmnopqrsvwyz✓✔])(?:\b(?:zad(?:am|ame|ate|a|aji|ost\w*)|pros\w*|pozad\w*|chc\w*|chtel\w*|chteli\w*|"
    r"rad[aiy]?\s+by\w*|(?:bychom|by\s*sme|bych|by)\s+rad[aiy]?|ziad\w*|potreb\w*|bud(?:e|eme|u)|planuj\w*|hodla\w*|dodatecne|"
    # "would like", "would also like", "we'd really like"
    r"registr\w*|prihlas\w*|(?:would|(?<=['\u2019])d)\s+(?:also\s+|really\s+|further\s+|still\s+)?like|request\w*|apply\w*|applies|appl(?:y|ied)\w*|"
    r"need\w*|want\w*|ask\w*|please|wish\w*|intend\w*|plan\w*|seek\w*|ano|yes|jo|"
    r"zajem\s+(?:mame|ma)|mame\s+zajem|interested\s+in|pocita\w*|"
    # German and Polish verbs and nouns of asking ("beantragen", "bitten", "ersuchen",
    # "möchten", "benötigen", "Antrag"; "prosimy", "wnioskujemy", "chcielibyśmy", "zgoda")
    r"beantrag\w*|bitte\w*|ersuch\w*|mochte\w*|moechte\w*|wunsch\w*|wuensch\w*|"
    r"benotig\w*|benoetig\w*|brauch\w*|antrag\w*|anfrag\w*|"
    r"wnios\w*|wnosi\w*|zwracam\w*|chcem\w*|chcial\w*|chciel\w*|potrzeb\w*|zgod\w*|"
    # the Romance, Dutch, Hungarian and Nordic verbs and nouns of asking ("chiediamo",
    # "richiesta", "vorremmo", "demandons", "souhaitons", "sollicitons", "solicitamos",
    # "queremos", "gostaríamos", "verzoeken", "aanvraag", "kérjük", "szeretnénk",
    # "ansöker", "anmoder", "ønsker")
    r"chied\w*|richied\w*|richiest\w*|vorre\w*|desider\w*|demand\w*|souhait\w*|voudr\w*|"
    r"aimer\w*|sollicit\w*|solicit\w*|queremos|queria\w*|quisier\w*|pedimos|necesit\w*|deseamos|"
    r"gostari\w*|desejamos|precisamos|requer\w*|vrag\w*|verzoek\w*|aanvra\w*|graag|"
    r"willen|ker(?:em|jek|jenek|jük|juk|unk|nenk|elem|elm)\w*|szeret\w*|igenyel\w*|"
    r"ansok\w*|ansog\w*|anmod\w*|onsk\w*|soker|soeker|gerne|gjerne|garna|"
    # the Finnish verbs of applying and asking ("haemme", "haetaan", "pyydämme", "anomme",
    # "haluaisimme")
    r"haemme|haen|haetaan|hakee|pyyda(?:mme|n)|pyytaa|anomme|haluaisi\w*|haluamme)\b|[✓✔])",
    re.IGNORECASE,
)
"""A verb that asks for something or plans it ("žádáme", "rádi bychom", "we would like")."""
_QUESTION_OR_MAYBE = re.compile(
    # the lookahead of the words' first letters only makes the search quick
    r"(?=[bcefjklmnopqrstuvwiz])\b(?:mozna|snad|maybe|perhaps|possibly|might|"
    # considering it in any person, tense or mood ("zvážili bychom", "zvážíme", "uvažujeme",
    # "we would consider", "rozważymy", "würden wir überlegen"), not "zväz" (a union)
    r"zvaz(?:it|im|il|ova|uj)\w*|uvaz(?:it|im|il|ova|uj)\w*|rozwaz\w*|(?:u|ue)berleg\w*|"
    r"premysl(?:i|ime|ite|eli|el|ela|et)\b|rozmysl(?:a|ame|ate|ali|al)\b|zastanawia\w*|"
    r"nachdenk\w*|thinking\s+(?:about|of)|"
    r"(?:would|will|could|we['\u2019]d|i['\u2019]d)\s+(?:also\s+|certainly\s+|then\s+)?consider|"
    # "may" as a modal of a verb ("we may ask for a permit", "may also apply"), not the month
    r"(?:we|i|they)\s+may|may\s+(?:also\s+|later\s+)?(?:ask|apply|request|want|need|send|file|come)|"
    # a request on a condition not yet met ("jen v případě, že to schválí", "only if",
    # "pod podmínkou", "provided that", "nur wenn"), "we'll only need the permit if …", "nur,
    # wenn …", or made "if need be" ("případně"): the group ``cond``, a doubt unless what the
    # condition waits for is the office's need, rule or leave (``_left_to_office``)
    r"(?P<cond>eventualne|pripadne|(?:jen|jenom|pouze|len|iba|only|nur),?\s+(?:v\s+pripade|pokud|"
    r"kdyz|ak|if|when|provided|wenn|falls)\b|only\s+(?:\w+\s+){1,5}?if\b|"
    r"pod\s+podmink\w*|on\s+condition|provided\s+that)|"
    r"considering|nerozhod\w*|nevime|jeste\s+nevime|nejsme\s+si\s+jist\w*|undecided|"
    r"not\s+(?:yet\s+)?decided|not\s+sure|vielleicht|eventuell|mo(?:e)?glicherweise|"
    r"ewentualnie|byc\s+moze|jeszcze\s+nie\s+wiemy|noch\s+nicht\s+entschieden|"
    r"forse|peut-etre|eventuel\w*|eventual(?:mente|ment)|quiza\w*|tal\s+vez|talvez|"
    r"posiblemente|possivelmente|misschien|talan|esetleg|kanskje|kanske|maske|maaske)\b",
    re.IGNORECASE,
)
"""A request only considered ("natáčení možná doplníme", "we might film")."""
_CONDITION = re.compile(
    r"\b(?:(?:if|unless|provided|assuming|as\s+long\s+as|in\s+case|"
    r"should\s+(?:a|an|the|it|this|that|one|we|our|there)|"
    r"pokud|jestli(?:ze)?|kdyz|kdyby|v\s+pripade|ak|keby|pokial|\w+-li|"
    r"falls|wenn|sofern|soweit|sollte(?:n)?\s+(?:es|eine?|dies|das|wir|unser\w*|sich)|"
    r"jesli|jezeli|o\s+ile|w\s+razie|qualora|s['\u2019]il)(?!\w)|"
    r"si\s+(?=(?:nous|notre|nos|on|l['\u2019]|le|la|les|c['\u2019]est|une?|des|cela|ca|besoin|"
    # Spanish articles ("si el rodaje no fuera posible")
    r"necessaire|possible|el|los|las|nuestr\w*)\b)|"
    # Italian articles ("se le riprese non fossero possibili"; not "i": Czech "zajímáme se i o")
    r"se\s+(?=(?:il|lo|gli|le|un|una|uno)\b|l['\u2019])|"
    r"se\s+(?=(?:necessari|possibil|richiest|consentit|autorizz|noi|nostr)\w*))",
    re.IGNORECASE,
)
"""A word opening a condition ("pokud", "if", "falls", "sollte es", "jeżeli", "s'il", "je-li",
"should a permit be"), in a folded text."""
_ENGLISH_ENDINGS = (
    r"(?!(?:site|sites|date|late|state|write|quite|white|complete|update|separate|private|"
    r"appropriate|accurate|immediate|ultimate|candidate|rate|create|estimate|debate|delete|"
    r"compete|concrete|obsolete|athlete|invite|unite|website|elite|polite|despite|favourite|"
    r"favorite|definite|opposite|time|same|name|came|became|game|frame|crime|prime|regime|"
    r"extreme|supreme|theme|scheme|blame|flame|overtime|sometime|anytime|daytime|lifetime|"
    r"army|enemy|academy|ame|eme|ime)\b)"
)
"""English words with the endings of a Czech or Slovak verb's person ("site", "date",
"state", "time", "same", "name"), which the suffix alternatives below do not read as one."""
_OFFICE_SIDE = re.compile(
    r"\b(?:potreb\w*|treba|nutn\w*|nezbytn\w*|vyzad\w*|mozn\w*|lze|dovol\w*|povol\w*|pravidl\w*|"
    rf"predpis\w*|vas\w*|vam|{_ENGLISH_ENDINGS}\w+(?:ete|ite|ate)|"
    r"need(?:ed|s)?|requir\w*|necessary|possible|allow\w*|permi\w*|rules?|regulations?|you|your|"
    r"n(?:o|oe)tig|notwendig|erforderlich|m(?:o|oe)glich|vorgeschrieben|verlangt|gestattet|erlaubt|"
    r"zul(?:a|ae)ssig|genehmig\w*|erlaubnis|sie|ihnen|"
    r"wymag\w*|potrzeb\w*|konieczn\w*|niezbedn\w*|mozliw\w*|dozwolon\w*|pozwol\w*|zgod\w*|panstw\w*|"
    r"necessaire\w*|requis\w*|exige\w*|faut|autoris\w*|permis|vous|votre|vos|besoin|"
    r"necessari\w*|richiest\w*|possibil\w*|consentit\w*|autorizz\w*|necesari\w*|requerid\w*|"
    r"posible|permitid\w*)\b",
    re.IGNORECASE,
)
"""What a condition left to the office waits for (folded): its need, rule, leave or what is
possible there ("je-li třeba", "if required", "sollte es möglich sein", "si une autorisation
est nécessaire", "jeżeli to wymagane"), or the office addressed ("pokud nám to dovolíte", "if
you require one"): the applicant wants it, the office decides whether it is needed."""
_CONDITION_END = re.compile(r"[,;.!?:()]")
_OWN_SIDE = re.compile(
    r"\b(?:we|we['\u2019](?:ll|re|ve|d)|our|ours|us|ourselves|my|i(?=\s+(?:can|could|manage|get|decide|"
    r"find|have|am|will|do)\b)|nam|nas|nasi|nase\w*|nas[ieu]\w*|sami|"
    rf"{_ENGLISH_ENDINGS}\w+(?:eme|ime|ame|emy|imy|amy|ymy|iamo)|wir|uns|unser\w*|nasz\w*|nous|notre|nos|"
    r"noi|nostr\w*)\b",
    re.IGNORECASE,
)
"""The applicant's own side in a condition (folded): a first person ("pokud seženeme", "if we
can", "falls wir", "jeśli zdążymy", "si nous", "se noi"), "our", "nám"."""


_TOPIC_OPENER = re.compile(
    r"\s+(?:jde|ide|se\s+tyce|sa\s+tyka|es\s+um|it\s+comes\s+to|chodzi\s+o)\b", re.IGNORECASE
)
"""What follows a condition's word that makes it a topic, not a condition ("pokud jde o
natáčení", "ak ide o", "wenn es um", "when it comes to")."""


def _supposed(clause: str) -> list[tuple[int, int]]:
    """Where a clause supposes a thing: from a condition's word to the condition's end (a
    comma, a stop, a bracket, a colon; at most 100 characters): "If filming inside isn't
    possible, …", "pokud by v sále nešlo natáčet", "falls das Filmen im Saal nicht erlaubt
    ist". A negation there is what is supposed, not a decline of the request the
    condition names; a topic opened by the word ("pokud jde o natáčení …") is no
    condition."""
    out: list[tuple[int, int]] = []
    for m in _CONDITION.finditer(clause):
        if _TOPIC_OPENER.match(clause, m.end()):
            continue
        stop = _CONDITION_END.search(clause, m.end())
        out.append((m.start(), min(stop.start() if stop else len(clause), m.end() + 100)))
    return out


def _own_side(text: str, at: int) -> bool:
    """Whether the condition opened at ``at`` waits for the applicant's own side (a first
    person, "our", or a crew: "pokud se uvolní štáb", "if our crew is free") and names no
    need, rule or leave of the office (``_OFFICE_SIDE``): a request only considered."""
    stop = _CONDITION_END.search(text, at + 1)
    end = min(stop.start() if stop else len(text), at + 100)
    own = _OWN_SIDE.search(text, at, end) or _REC_PEOPLE.search(text, at, end)
    return own is not None and _OFFICE_SIDE.search(text, at, end) is None


def _office_condition(text: str, at: int, opened: bool) -> bool:
    """Whether the condition opened at ``at`` (after its word; ``opened``: the word itself
    opens the condition, else the first ``_CONDITION`` after ``at`` does) waits for the
    office: its words up to the clause's end name the office's need, rule or leave."""
    if not opened:
        word = _CONDITION.search(text, at, at + 160)
        if word is None:
            return False
        at = word.end()
    stop = _CONDITION_END.search(text, at + 1)
    end = min(stop.start() if stop else len(text), at + 100)
    return _OFFICE_SIDE.search(text, at, end) is not None


def _left_to_office(clause: str, after: str) -> bool:
    """A clause considered only by conditions ("jen v případě, že …", "only … if", "případně …,
    je-li třeba") whose every condition waits for the office ("je-li třeba", "if you require
    one", "že to bude možné"): a request the office decides on, asked (``after``: the rest of
    the clause's sentence)."""
    sentence = clause + after
    found = False
    for m in _QUESTION_OR_MAYBE.finditer(clause):
        cond = m.group("cond")
        if cond is None:
            return False
        if not _office_condition(sentence, m.end(), not cond.lower().startswith(("eventu", "prip"))):
            return False
        found = True
    return found
_ELSEWHERE = re.compile(
    r"\b(?:(?:samostatn|zvlastn|separatn|osobitn)\w*\s+(?:zadost\w*|ziadost\w*|podani\w*|zprav\w*|sprav\w*|"
    r"e-?mail\w*|formular\w*)|samostatne|"
    r"zvlast|separately|separate\s+(?:application|request|e-?mail|message)|jin(?:ou|e|a)\s+"
    r"(?:zadost\w*|zpravou|e-?mailem|podani\w*)|another\s+(?:application|request|e-?mail)|"
    r"gesondert\w*|osobn\w*\s+(?:wnios\w*|e-?mail\w*|pism\w*)|osobno|"
    # the same in the other languages (folded): "osobitne", "oddzielnie", "separat", "in a
    # separate letter", "séparément", "dans une demande à part", "por separado", "aparte",
    # "in una richiesta separata", "a parte", "külön kérelemben"
    r"osobitne|oddzieln\w*|separat|eigene[nm]?\s+antrag\w*|separate\s+(?:letter|form|filing)|"
    r"separement|(?:demande|requete|lettre|courrier)\s+(?:\w+\s+)?(?:separee|a\s+part)|"
    r"por\s+separado|aparte|(?:solicitud|peticion|escrito)\s+(?:\w+\s+)?(?:separad\w*|distint\w*)|"
    r"separatamente|a\s+parte|(?:richiest\w*|istanz\w*|domand\w*)\s+(?:\w+\s+)?separat\w*|kulon)\b",
    re.IGNORECASE,
)
"""A request made in another application ("o natáčení žádáme samostatně")."""
_ANOTHER_ASKS = re.compile(
    r"(?=[adhioprstz])\b(?:has\s+(?:already\s+)?(?:applied|asked|requested|obtained|received|got|been\s+granted)|"
    r"(?:they|he|she)\s+(?:have\s+|has\s+|had\s+|will\s+)?(?:already\s+)?(?:apply|applied|ask|asked|"
    r"request|requested)|on\s+(?:its|their|his|her)\s+own|in\s+(?:its|their|his|her)\s+own\s+name|"
    r"(?:po|za)?(?:zadal|ziadal)[aiy]?|poziadal[aiy]?|(?:dostal|obdrzel)[aiy]?|podal[aiy]?\s+(?:\w+\s+)?"
    r"(?:zadost|ziadost)|(?:za\s+nas|sam[ao]?|sami|samy)\s+(?:\w+\s+)?(?:po|za)?(?:zada|ziada)\b|"
    r"(?:po|za)?(?:zada|ziada)\s+(?:\w+\s+){0,3}?(?:sam[ao]?|sami|samy|za\s+nas)\b|"
    # a request of the party's own, sent or filed by it ("will send its own request", "pošle
    # vlastní žádost"), or asked by it in the passive ("requested by our partner station")
    r"(?:its|their|his|her)\s+own\s+(?:separate\s+)?(?:request|application)s?|"
    r"(?:poda|posle|zasle|podaji|poslou|zaslou)\s+(?:\w+\s+){0,2}?(?:vlastn\w*|svou|svoji|svoju)\s+"
    r"(?:zadost|ziadost)\w*|(?:requested|applied\s+for|asked\s+for)\s+(?:separately\s+)?by\s+(?!(?:us|me)\b))\b",
    re.IGNORECASE,
)
"""Another party's request: asked in the third person's past ("kolegové povolení žádali",
"has applied"), got by them ("povolení dostali"), or asked by them on their own ("si o
povolení požádá sama", "applies on its own"): not asked for here (unsure)."""
_CONDITIONAL_BEFORE = re.compile(r"\bby\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
"""The conditional's "by" a few words before a past participle ("Týdeník by rád požádal o …",
"redakcia by rada požiadala", "rád by požádal"): the applicant's wish in the third person,
not a request another party made."""
_PARTICIPLE = re.compile(r"\w+l[aiy]?")
_ON_ITS_OWN_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}?(?:sam[ao]?|sami|samy)\b", re.IGNORECASE)


_OTHER_PARTY_OPENS = re.compile(
    # colleagues of another outlet as the clause's subject (folded): "Kolegové z Rádia X by rádi
    # přístup k XML", "our colleagues from Radio X would like the feed", "die Kollegen vom
    # Radio X möchten", "koledzy z Radia X", "i colleghi di", "les collègues de", "los
    # compañeros de", "de collega's van", "kollegerna på"
    r"\s*(?:(?:a|ale|i|and|but|also|und|aber|oraz|e|et|y|en|och|es)\s+)?(?:(?:our|the|nasi|"
    r"die|unsere|i|les|nos|los|nuestros|de|onze|vara)\s+)?"
    r"(?:kolegove|kolegyne|kolegovia|kolegynky|colleagues|kollegen|koledzy|kolezanki|colleghi|"
    r"collegues|companeros|collega's|collegas|kollegerna|kollegor)\s+"
    r"(?:z|ze|zo|od|from|at|of|vom|von|aus|bei|der|di|del|della|dello|dell'|de|du|des|van|bij|"
    r"pa|fran|vid)\s+(?!(?:nasi|nase|naseho|nasem|nasho|our|unserer|unserem|unseres|naszej|naszego|"
    r"nostra|nostro|notre|nuestra|nuestro|onze|var|vart)\b)",
    re.IGNORECASE,
)
"""Another outlet's people opening a clause as its subject: what they would like is their
request, not the applicant's (unsure); not colleagues "from our" own office."""


def _another_asks(text: str) -> bool:
    """Whether ``text`` (folded) tells of another party's request (``_ANOTHER_ASKS``, or
    another outlet's colleagues as the subject, ``_OTHER_PARTY_OPENS``); a past
    participle in the conditional ("by rád požádal") is a wish, unless the party asks on its
    own ("která by o povolení požádala sama")."""
    if _OTHER_PARTY_OPENS.match(text):
        return True
    for m in _ANOTHER_ASKS.finditer(text):
        if _PARTICIPLE.fullmatch(m.group()) is None:
            return True
        if not _CONDITIONAL_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            return True
        if _ON_ITS_OWN_AFTER.match(text, m.end()):
            return True
    return False


_FIRST_PERSON = re.compile(
    r"\b(?:jsme|jsem|sme|som|bychom|bysme|bych|by\s*sme|by\s*som|we|we've|i've|i\s+have)\b", re.IGNORECASE
)
"""A verb's first person ("požádali jsme", "bychom rádi požádali", "we have applied")."""
_RELATIVE = re.compile(
    r"\s*,\s*(?:ktera|ktery|ktere|kteri|jez|ktora|ktory|ktore|ktori|which|who)\b[^.;!?]*",
    re.IGNORECASE,
)
"""A relative clause after a clause ("…, která si o povolení zažádá sama", "…, which will
apply on its own"): says more of that clause's party."""

_LATER_YEAR = (
    r"(?:prist\w*|budouc\w*|buduc\w*|przyszl\w*|nastepn\w*|nachst\w*|naechst\w*|kommend\w*|"
    r"next|following)\s+(?:rok\w*|roce|roku|jahr\w*|year\b(?!'|\u2019))|za\s+rok\b|in\s+a\s+year|"
    # the Romance languages and Dutch, folded ("el año que viene", "el próximo año", "l'année
    # prochaine", "l'anno prossimo", "o ano que vem", "volgend jaar")
    r"(?:proxim\w*|prossim\w*|prochain\w*|volgend\w*)\s+(?:ano|anno|annee|jaar)\b|"
    r"(?:ano|anno|annee)\s+(?:que\s+(?:viene|vem)|proxim\w*|prossim\w*|prochain\w*|entrante)\b"
)
_LATER_ANY = (
    rf"{_LATER_YEAR}|(?:prist\w*|budouc\w*|buduc\w*|przyszl\w*|nastepn\w*|nachst\w*|naechst\w*|"
    r"next|following|future|dals(?:i|ich|im|ie|ich|ch)\b)\s+(?:\w+\s+)?(?:volb\w*|voleb|volieb|wybor\w*|wahl\w*|election\w*|round|time|mal)\b|"
    r"pozdeji|neskor\w*|pozniej|spater|spaeter|later|v\s+budoucnu|v\s+buducnosti|w\s+przyszlosci|"
    r"in\s+(?:the\s+)?future|in\s+zukunft|na\s+pozdeji|"
    # the Romance languages and Dutch: "las próximas elecciones", "plus tard", "más adelante"
    r"(?:proxim\w*|prossim\w*|prochain\w*|volgend\w*|propera|propers|properes)\s+(?:\w+\s+)?"
    r"(?:eleccio\w*|elezion\w*|election\w*|eleico\w*|verkiezing\w*|vez|volta|fois|keer)\b|"
    # Catalan "més endavant", "més tard" (folded)
    r"mas\s+(?:adelante|tarde)|mes\s+(?:endavant|tard)\b|"
    r"plus\s+tard|piu\s+tardi|mais\s+tarde|in\s+futuro|en\s+el\s+futuro|a\s+l'avenir|"
    # a bare "later" of the Romance languages ("più avanti", "in seguito", "ultérieurement",
    # "posteriormente"), not "in seguito a" (as a result of)
    r"piu\s+avanti|in\s+seguito\b(?!\s+(?:a|al|alla|alle|ai|agli|all')\b)|ulterieurement|posteriormente|"
    # the South Slavic, Romanian, Baltic languages and Greek in Latin letters: the next
    # elections ("sljedeći izbori", "naslednje volitve", "alegerile viitoare", "kiti
    # rinkimai", "epomenes ekloges")
    r"(?:sljedec\w*|slijedec\w*|iduc\w*|naslednj\w*|prihodnj\w*|urmatoar\w*|kit(?:us|iems|ais|ai|u)|"
    r"epomen\w*)\s+(?:\w+\s+)?(?:izbor\w*|volit\w*|alegeri\w*|rinkim\w*|eklog\w*)\b|"
    r"alegeri\w*\s+(?:\w+\s+)?(?:viitoar\w*|urmatoar\w*)|"
    # Hungarian (folded): "a következő választás(ok)ra", "később"
    r"kovetkez\w*\s+(?:\w+\s+)?valasztas\w*|kesobb\w*|"
    # Finnish, Estonian, Latvian and the Nordic languages (folded): the next elections
    # ("seuraavissa vaaleissa", "järgmistel valimistel", "nākamajās vēlēšanās", "næste valg",
    # "neste valg", "nästa val")
    r"seuraav\w*\s+(?:\w+\s+)?vaal\w*|jargmis\w*\s+(?:\w+\s+)?valimis\w*|"
    r"nakam\w*\s+(?:\w+\s+)?velesan\w*|n(?:\u00e6|ae|e|a)st[ae]\s+(?:\w+\s+)?val(?:g|get|et)?\b"
)
_DEFER = (
    # leaving or keeping a thing for a time ("lo dejamos para", "leave it for", "necháme na",
    # "on garde ça pour", "zostawiamy na", "heben wir uns für … auf"), putting it off to one
    # ("lo rimandiamo alle", "aplazamos a", "on reporte à", "adiamos para", "postpone to",
    # "verschieben auf", "przełożymy na"), or saying it will be, or stays, for one ("ce sera
    # pour", "será para", "fica para", "that's for", "to bude na")
    r"(?:dej\w*|leav\w*|left|sav(?:e|ing)|keep\w*|laiss\w*|gard\w*|lasci\w*|deix\w*|guard\w*|"
    r"reserv\w*|nech\w*|ponech\w*|zostaw\w*|heb\w*|bewahr\w*|lass\w*|rimand\w*|rinvi\w*|"
    r"aplaz\w*|pospon\w*|postpon\w*|report\w*|adi(?:a|o|amos|aremos|ar)|verschieb\w*|"
    r"przeloz\w*|przesun\w*|sera|sara|seria|is|that's|will\s+be|fic\w*|qued\w*|rest\w*|"
    r"bude|budou|zostan\w*)\s+(?:\w+\s+){0,4}?"
    r"(?:para|for|pour|per|pra|na|auf|fur|fuer|voor|till?|to|a|al|alla|alle|ai|au|aux|ao|aos|"
    r"ate|hasta|bis)\s+(?:\w+(?:['\u2019]|\s+)){0,3}?"
)
"""A verb leaving a thing for another time, putting it off to one or saying it is for one
("lo dejamos para las elecciones del año que viene", "we'll leave the feed for later",
"necháme na budúce voľby", "lo rimandiamo alle prossime elezioni", "ce sera pour l'année
prochaine"): with a later time after it, the thing is put off."""
_LATER_WORD = (
    # also the declined adjective of a later time ("zu einem späteren Zeitpunkt", "v pozdějším
    # termínu", "w późniejszym terminie", "v neskoršom termíne")
    r"(?:later|pozdeji|neskor\w*|pozniej\w*|spater\w*|spaeter\w*|pozdejsi\w*|"
    # the Romance languages, folded ("più avanti", "più tardi", "más adelante", "plus tard",
    # "ultérieurement", "mais tarde", "in seguito", "posteriormente")
    r"piu\s+(?:avanti|tardi)|mas\s+(?:adelante|tarde)|plus\s+tard|mais\s+tarde|ulterieurement|"
    r"in\s+seguito|posteriormente|kesobb\w*)\b"
)
_FILE_WORD = (
    r"(?:zadost\w*|ziadost\w*|wniosek|wnios\w*|antrag\w*|request\w*|application|pozada\w*|"
    r"zazada\w*|poziada\w*|podame|podam|zlozim\w*|zlozym\w*|apply|submit|file|beantrag\w*|"
    # the Polish "wystąpimy o …" (we shall apply for), "poprosimy" (we shall ask)
    r"wystapi\w*|poprosimy|"
    # the Romance languages and Dutch ("faremo domanda", "la solicitaremos", "nous ferons la
    # demande", "richiesta", "aanvraag")
    r"domand[ae]|richiest[ae]|solicit\w*|demandes?|requete|aanvra\w*|"
    # the first person's future of asking ("lo chiederemo", "la richiederemo", "nous la
    # demanderons", "la pediremos", "később kérjük", "igényeljük")
    r"(?:ri)?chieder(?:emo|o)|demanderons|demanderai|pedir(?:emos|ei|e)|kerjuk|kerni|igenyel\w*)"
)
_ELECTION_KIND = (
    r"(?:krajsk|komunaln|obecn|prezidentsk|senatn|evropsk|europsk|snemovn|parlamentn|zupn|"
    r"regional|municipal|local|presidential|senate|european|parliamentary|general|"
    r"samorzadow|prezydenck|europejsk|parlamentarn|landtag|kommunal|bundestag|europa|"
    r"gemeinderat|bundesprasident)\w*"
)
_LATER_EVENT = (
    rf"(?:\w+\s+){{0,3}}?(?:{_ELECTION_KIND}\s+(?:\w+\s+)?(?:volb\w*|voleb|wahl\w*|election\w*|"
    rf"wybor\w*|vote)|(?:volb\w*|voleb|wybor\w*|election\w*)\s+{_ELECTION_KIND}|{_ELECTION_KIND}wahl\w*)|"
    r"(?:\w+\s+){0,2}?(?:(?:v|w|in|im)\s+(?:(?:roce|roku|jahr|year)\s+)?|roku\s+)(?:19|20)\d\d\b"
)
"""An election of another kind or a year after "not until" ("až u krajských voleb",
"teprve v roce 2028", "erst bei der Landtagswahl"): the request is put off to it, as against
a time of this election ("až při vyhlášení výsledků voleb", "až po uzavření místností")."""
_UNTIL_EVENT = re.compile(rf"(?=[atden])\b(?:az|teprve|dopiero|erst|not\s+until)(?=\s+(?:{_LATER_EVENT}))", re.IGNORECASE)
"""The "not until" word before an election of another kind or a year."""
_COME_BACK = (
    # the writer will come back to the thing at another time, in the first person (folded
    # text): "nous vous recontacterons", "we'll get back to you about it", "ozveme se znovu",
    # "k tomu se ještě vrátíme", "wir melden uns später", "volveremos a escribirles"
    r"(?:nous\s+)?(?:vous\s+)?recontacter(?:ons|ai)|reviendrons\s+vers\s+vous|"
    r"(?:we|i)(?:'ll|\s+will|\s+shall)\s+(?:\w+\s+)?(?:get\s+back\s+to\s+you|come\s+back\s+to\s+(?:you|this|it)|"
    r"be\s+in\s+touch\s+again|contact\s+you\s+again|write\s+(?:to\s+you\s+)?again|reapply|apply\s+again)|"
    r"(?:s[ae]\s+(?:vam\s+)?)?(?:ozveme|ozvu|ozvem)(?:\s+s[ae])?\s+(?:\w+\s+){0,2}?(?:znovu|znova|opet|jeste|este|pozdeji|neskor\w*|"
    r"pristi\w*|buduc\w*)|(?:znovu|znova|opet|jeste|este|pozdeji|neskor\w*)\s+(?:sa?\s+)?(?:vam\s+)?"
    r"(?:ozveme|ozvu|ozvem)|vratime\s+(?:sa?\s+)?(?:k\s+tomu|k\s+nemu|k\s+nej)|"
    r"(?:k\s+tomu|k\s+nemu|k\s+nej)\s+(?:sa?\s+)?(?:\w+\s+)?vratime|"
    r"(?:wir\s+)?melden\s+(?:wir\s+)?uns\s+(?:\w+\s+)?(?:wieder|nochmals|erneut|spater|spaeter|"
    r"noch\s+einmal)|"
    # "k natáčení se vrátíme příště", "vrátime sa k tomu neskôr"
    r"(?:s[ae]\s+(?:\w+\s+)?)?vratime(?:\s+s[ae])?\s+(?:\w+\s+){0,2}?(?:pozdeji|neskor\w*|priste|pristi\w*|"
    r"buduc\w*|znovu|znova|opet)|"
    r"volveremos\s+a\s+(?:contactar|escribir)\w*|vi\s+ricontatter\w*|ci\s+rifaremo\s+viv\w*|"
    r"odezwiemy\s+sie\s+(?:\w+\s+)?(?:ponownie|pozniej|jeszcze)"
)
"""The writer's promise to come back to a thing later: it is put off, not asked now."""
_WRITE_LATER = (
    # the writer will write or get in touch about the thing at a later time, in the first
    # person (folded text): "vi scriveremo in vista delle prossime elezioni", "escreveremos
    # antes das próximas eleições", "vă vom scrie înaintea alegerilor viitoare", "javit ćemo
    # se pred sljedeće izbore", "vam bomo pisali pred naslednjimi volitvami", "parašysime
    # prieš kitus rinkimus", "napiszemy przed następnymi wyborami", "nous vous écrirons en vue
    # des prochaines élections", "tha sas grapsoume prin tis epomenes ekloges", "we'll write
    # to you before the next election"
    r"(?:(?:vi\s+|le\s+|ti\s+)?scriver(?:emo|o)|(?:lhes?\s+|vos\s+)?escrever(?:emos|ei)|"
    r"(?:les\s+|le\s+|os\s+)?escribiremos|nos\s+pondremos\s+en\s+contacto|"
    r"entraremos\s+em\s+conta(?:c)?to|(?:va\s+|iti\s+)?vom\s+(?:scrie|reveni|contacta)|"
    r"(?:javit|javiti|pisat|pisati|obratit|obratiti)\s+(?:cemo|cu)|(?:cemo|cu)\s+(?:se\s+)?"
    r"(?:javiti|pisati|obratiti)|(?:vam\s+)?bomo\s+(?:pisali|oglasili|sporocili)|"
    r"(?:se\s+)?oglasili\s+se\s+bomo|parasysime|susisieksime|napiszemy|skontaktujemy\s+sie|"
    r"(?:nous\s+)?(?:vous\s+)?ecrirons|reprendrons\s+contact|tha\s+(?:sas\s+)?(?:grapsoume|"
    r"epikoinonisoume)|(?:we|i)(?:'ll|\s+will|\s+shall)\s+(?:write|contact\s+you|be\s+in\s+touch))"
    r"\s+(?:\w+['\u2019]?\s*){0,6}?"
)
"""A first-person promise to write about a thing: with a later time after it
(``_LATER_ANY``), the thing is put off ("Per il feed XML vi scriveremo in vista delle
prossime elezioni"); alone it puts nothing off."""
_ASK_LATER = (
    # the first person's future of asking, or the German present that says it ("požádáme",
    # "zažiadame", "la pediremos", "we will apply for", "lo chiederemo", "nous demanderons",
    # "poprosimy", "beantragen wir"): with a later time after it, the thing is put off
    r"(?:(?:po|za)(?:zad|ziad)(?:ame|am)|pedir(?:emos|e|ei)|solicitar(?:emos|e|ei)|(?:ri)?chieder(?:emo|o)|"
    r"demander(?:ons|ai)|poprosimy|wystapimy|zlozymy|(?:beantragen|anfordern)\s+wir|"
    r"(?:we|i)(?:'ll|\s+will|\s+shall)\s+(?:\w+\s+)?(?:apply|ask|request|submit))"
)
_PUT_OFF = re.compile(
    rf"\b(?:{_ASK_LATER}\s+(?:\w+\s+){{0,8}}?(?:{_LATER_ANY})|{_WRITE_LATER}(?:{_LATER_ANY})|(?:az|teprve|dopiero|erst|not\s+until|until|only|vasta|alles|tikai|forst)\s+(?:\w+\s+){{0,4}}?(?:{_LATER_ANY})|"
    rf"(?:az|teprve|dopiero|erst|not\s+until)\s+(?:{_LATER_EVENT})|"
    rf"{_LATER_YEAR}|{_DEFER}(?:{_LATER_ANY})|{_FILE_WORD}\s+(?:\w+\s+){{0,4}}?{_LATER_WORD}|"
    rf"{_LATER_WORD}\s+(?:\w+\s+){{0,3}}?{_FILE_WORD}|{_COME_BACK}|"
    # the Hungarian verb of putting off after the time ("a következő választásra halasztjuk")
    rf"(?:{_LATER_ANY})\s+(?:\w+\s+){{0,2}}?(?:el)?halaszt\w*)",
    re.IGNORECASE,
)
"""A request put off to a later year, election or time ("natáčet budeme až v příštím roce",
"filming next year", "erst bei der nächsten Wahl", "o povolení požádáme později", "a
separate request later"): not asked for now. A later election alone is no putting off
(an applicant's "next election" may be the coming one)."""
_CAME_BACK = re.compile(rf"(?=[ceijkmnoprsvwz])\b(?:{_COME_BACK})", re.IGNORECASE)
"""A clause of its own promising to come back to the request its sentence named before it."""
_WROTE_LATER = re.compile(rf"(?=[bceijlnoprstvw])\b{_WRITE_LATER}(?:{_LATER_ANY})", re.IGNORECASE)
"""A clause of its own promising to write about the request its sentence named before it
at a later time ("Quanto ao feed XML, escreveremos antes das próximas eleições")."""
_DEFERRED = re.compile(rf"(?=[abdfghiklnpqrstvwz])\b{_DEFER}(?:{_LATER_ANY})", re.IGNORECASE)
"""A thing left for a later time (``_DEFER``): a clause of its own saying it puts off the
request its sentence named before it ("L'accès XML, on le garde pour plus tard")."""
_NOT_NOW = re.compile(
    # "not now" after a later time (folded): "non ora", "no ahora", "ara no", "não agora",
    # "pas maintenant", "nicht jetzt", "nie teraz", "teď ne", "not now", "not yet"
    r"(?=[ajnptz])\b(?:non\s+(?:ora|adesso|subito)|(?:no|nao)\s+(?:ahora|ara|agora|ja)|"
    r"(?:ahora|ara|agora)\s+(?:no|nao)|pas\s+(?:maintenant|tout\s+de\s+suite)|"
    r"(?:nicht|noch\s+nicht)\s+jetzt|jetzt\s+(?:noch\s+)?nicht|nie\s+teraz|teraz\s+nie|"
    r"ted\s+ne|zatim\s+ne|not\s+(?:now|yet)|nu\s+acum)\b",
    re.IGNORECASE,
)
"""A clause's "not now" (folded)."""
_LATER_BEFORE = re.compile(rf"\b(?:{_LATER_ANY})\s*(?:[,;:–—-]\s*)?(?:(?:e|y|i|et|und|and|a)\s+)?$", re.IGNORECASE)
"""A later time right before a "not now" ("per le prossime elezioni, non ora")."""


def _later_not_now(text: str) -> re.Match[str] | None:
    """A request put off to a later time "not now" ("quella richiesta la presenteremo per le
    prossime elezioni, non ora", "o pedido apresentaremos nas próximas eleições, não
    agora"): the later time is the one it is asked for, not the coming election."""
    now = _NOT_NOW.search(text)
    if now is None:
        return None
    return _LATER_BEFORE.search(text, 0, now.start())


_PUT_OFF_CLAUSE = re.compile(
    r"\s*(?:(?:ale|avsak|vsak|no|but|aber|doch|jedoch|lecz|jednak|however|mais|pero|maar)\s+)?"
    r"(?:az|teprve|dopiero|erst|not\s+until|until|only)\b",
    re.IGNORECASE,
)
"""A clause of its own opening with "but only (then)" ("…, ale až příští rok", "…, but not
until the next election", "…, ale dopiero w przyszłym roku"): with a later time it puts off
the request its sentence named before it."""
_PAST = re.compile(
    r"\b(?:loni|lonsk\w*|predloni|minule|minul\w*\s+(?:rok\w*|volb\w*)|v\s+minulosti|drive\s+jsme|"
    r"vlani|last\s+(?:year|time|election\w*)|previously|in\s+the\s+past|formerly|"
    # a request filed already ("žádost jsme podávali už v srpnu", "already submitted")
    r"(?:uz|jiz|already)\s+(?:\w+\s+){0,3}?(?:(?:po)?(?:dal|daval)[aiy]?|(?:po|za)?slal[aiy]?|submitted|"
    r"filed|sent)\b|(?:(?:po)?(?:dal|daval)[aiy]?|(?:po|za)?slal[aiy]?)\s+(?:\w+\s+)?(?:uz|jiz)\b|"
    r"(?:submitted|filed|sent)\s+already|"
    r"letzt\w*\s+(?:jahr|mal|wahl\w*)|vorig\w*\s+(?:jahr|wahl\w*)|damals|"
    r"w\s+zeszlym\s+roku|ubiegl\w*\s+rok\w*|poprzedni\w*\s+(?:wybor\w*|rok\w*)|"
    r"anno\s+scorso|annee\s+derniere|ano\s+pasado|ano\s+passado|vorig\w*\s+jaar|tavaly|"
    r"i\s+fjor|forra\s+aret|sidste\s+ar)\b",
    re.IGNORECASE,
)
"""An earlier year or election: what was asked for then is no request now."""
_ASK_NOW = re.compile(
    r"\b(?:zadam|zadame|prosim|prosime|pozadujeme|pozaduji|ziadame|ziadam|request|apply|"
    r"please|would\s+like|ask\s+for|beantragen|bitten|ersuchen|prosimy|prosze|wnosimy|"
    r"wnioskujemy|chiediamo|demandons|sollicitons|solicitamos|verzoeken|kerjuk|kerunk|"
    r"ansoker|anmoder)\b",
    re.IGNORECASE,
)
"""A verb asking now ("žádáme"), as against telling of an earlier request ("žádali jsme")."""
_POLITE_ASK = re.compile(
    # the lookahead of the words' first letters only makes the search quick
    r"(?=[bcdikmprstvwz])\b(?:"
    # a question asking the office to take the message as a request ("could you treat this
    # as a request for a filming permit too?", "můžete to brát i jako žádost o natáčení?",
    # "würden Sie dies als Antrag … ansehen?")
    r"(?:treat|consider|take|count|regard)\s+(?:this|it|that|the\s+\w+)\s+(?:also\s+)?as\s+"
    r"(?:a\s+|an\s+)?(?:request|application)|"
    r"(?:brat|berte|vzit|vezmete|povazovat|povazujte|chapat|chapte|zobrat)\s+"
    r"(?:(?:to|toto|tento\s+\w+|tuto\s+\w+)\s+)?(?:i\s+|take\s+|aj\s+)?(?:jako|za|ako)\s+"
    r"(?:zadost|ziadost)\w*|"
    # Czech and Slovak: "mohli bychom", "mohol by som", "můžeme", "smíme", "bylo by možné,
    # abychom"
    r"mohl[ai]?\s+(?:bych(?:om)?|by\s*(?:sme|som))|mohol\s+by\s*som|muzeme|mozeme|"
    r"muzu|mozem|smime|smeli\s+by(?:chom|\s*sme)|(?:bylo|bolo)\s+by\s+mozn\w*,?\s+aby(?:chom|\s*sme)|"
    # English: "could we", "may we", "would it be possible for us", "could you let us"
    r"(?:could|can|may|might)\s+(?:we|i)|(?:would|is)\s+it\s+(?:be\s+)?(?:possible|ok\w*|allowed)"
    r"\s+for\s+(?:us|our|me)|(?:could|would|can)\s+you\s+(?:allow|permit|"
    r"grant|let|give|provide|enable|set\s+up)|"
    # German, Polish: "könnten wir", "dürfen wir", "czy moglibyśmy"
    r"k(?:o|oe)nn(?:t)?en\s+wir|d(?:u|ue)rf(?:t)?en\s+wir|"
    r"czy\s+(?:moglibysmy|moglbym|moglabym|mozemy)|"
    # the Romance and Dutch languages: "podríamos", "pourrions-nous", "potremmo", "zouden
    # wij", "mogen we"
    r"podriamos|poderiamos|pourrions|pouvons[-\s]nous|potremmo|possiamo|zouden\s+(?:wij|we)|"
    r"mogen\s+(?:wij|we)|kunnen\s+(?:wij|we))\b",
    re.IGNORECASE,
)
"""A question that asks leave for the asker, in the first person ("Mohli bychom natáčet?",
"Could we film?", "Könnten wir drehen?"): a request put politely, not a question to the
office (nor one about another: "Mohl by u vás příště natáčet náš kameraman?", nor one
about what is possible: "Bylo by možné u vás natáčet?", unless it asks it for the asker:
"Bylo by možné, abychom …", "Would it be possible for our crew …")."""
_POSSIBLE_ASK = re.compile(
    # the lookahead of the words' first letters only makes the search quick
    r"(?=[abcdeijklmpsvwz])\b(?:"
    # English: "would it be possible to", "is it OK to", "am I allowed to", "may I", "is
    # there any chance I could"
    r"(?:would|will|is)\s+it\s+be\s+(?:possible|ok\w*|allowed|permitted|feasible)|is\s+it\s+(?:possible|"
    r"ok\w*|allowed|permitted|feasible)|am\s+i\s+(?:allowed|permitted)|may\s+i|"
    r"any\s+chance\s+(?:that\s+)?(?:i|we)\s+(?:could|can|might)|"
    # Czech and Slovak: "bylo by možné", "je možné", "šlo by", "dalo by se", "lze", "mohu",
    # "smím", "bolo by možné", "dá sa"
    r"(?:bylo|bolo|bude|je|jest)\s+(?:by\s+)?(?:\w+\s+)?mozn\w*|slo\s+by|dalo\s+by\s+sa?|da\s+sa|lze|"
    r"mohl[ai]?\s+bych|mohu|muzu|mozem|smim|smiem|"
    # German, Polish and the Romance languages: "wäre es möglich", "darf ich", "czy można",
    # "czy byłoby możliwe", "serait-il possible", "sería posible", "sarebbe possibile"
    r"(?:w(?:a|ae)re|ist)\s+es\s+m(?:o|oe)glich|darf\s+ich|k(?:o|oe)nnte\s+ich|"
    r"czy\s+(?:byloby|jest|bedzie)\s+mozliw\w*|czy\s+(?:moge|mozna)|"
    r"(?:serait|est)-il\s+possible|(?:seria|sera|es)\s+posible|(?:sarebbe|e)\s+possibile)\b",
    re.IGNORECASE,
)
"""A question asking whether the asker may do a thing ("Would it be possible to record a
few interviews …?", "Bylo by možné u vás natáčet?", "Darf ich filmen?"): a request put as a
question; it counts when nothing else decides its type, never for certain."""
_ONLY = re.compile(
    r"\b(?:jen|jenom|pouze|only|iba|len|vyhradne|solely|just|nur|tylko|jedynie|solo|soltanto|"
    r"solamente|seulement|uniquement|unicamente|apenas|somente|alleen|uitsluitend|csak|kun|"
    r"bara|endast|bloss|blot)\b",
    re.IGNORECASE,
)
_NAMED_ITEM = "".join(
    f"(?<!{w})"
    for w in (
        "bod", "Bod", "bodu", "bodem", "item", "Item", "point", "Point", "polozk[uay]", "Polozk[uay]",
        "pismeno", "Pismeno", "pismene", "letter", "Letter", "punkt", "Punkt", "punto", "Punto",
    )
)  # fmt: skip
"""No item's mark after a word referring to an item ("pod bodem b) …", "point (b)")."""
_ORDINAL_DOT = r"(?!(?<=\d\.)[ \t]+[a-záčďéěíňóřšťúůýžäöüßàâçèéêëîïôùûñąćęłńśźżľĺŕ])"
"""Not an ordinal's dot inside a sentence ("z bodu 2. rušíme", "Punkt 2. ziehen wir zurück",
"do 1. května"): a number's full stop with a word in small letters after it."""
_NUMBER_SIGN_DOT = (
    r"(?!(?i:(?<=\bč\.)|(?<=\bc\.)|(?<=\bčís\.)|(?<=\bcis\.)|(?<=\bnr\.)|(?<=\bno\.)|(?<=\bn\.)|"
    r"(?<=\bnum\.))[ \t]*\d)"
)
"""Not a number sign's dot ("žádost č. 1 stahujeme", "wniosek nr. 1", "request no. 1"): the
abbreviation's full stop before the number it introduces ends no sentence."""
_DASH_ASK = (
    # not after a word that points back ("zapomněla jsem zaškrtnout natáčení – to chceme
    # také": the ask is the clause before the dash)
    r"\s[–—]\s+(?=(?:(?!(?:to|toto|tohle|ten|tu|that|this|it|das|es)\s)\w+\s+)?(?:zadame|zadam|ziadame|ziadam|prosime|prosim|chceme|"
    r"we\s+(?:only\s+|just\s+|now\s+)?(?:ask|request|want|need|apply)|i\s+(?:only\s+)?(?:ask|request)|"
    r"wir\s+(?:beantragen|bitten)|prosimy|wnosimy|chiediamo|demandons|solicitamos|pedimos)\b"
    # nor when the ask points back ("– chceme i to", "– we want that too")
    r"(?!\s+(?:i\s+|ho\s+)?(?:to|toto|tohle|take|taky|too|also|it|that|das|es)\b))"
)
"""A spaced dash before a first-person ask ("…, ten bod neberte v úvahu – žádáme jen o
natáčení", "… disregard it – we only ask for …"): the ask is a clause of its own, so a
withdrawal before the dash is not read as taking back what the ask names."""
_CLAUSE = re.compile(rf"[.!?](?!\w){_ORDINAL_DOT}{_NUMBER_SIGN_DOT}|[;\n]|,\s+(?=\w+\s+\w+)|,?(?=\s){_NAMED_ITEM}\s+(?=\(?(?:\d{{1,2}}|[a-h])\)\s)|{_DASH_ASK}")
"""Where a clause ends: a sentence's end, a comma before two words, a numbered item ("…
nepotřebuji, 2) povolení …": the item's own request starts anew). The lookahead of a space
before the item's lookbehinds only makes the search quick: the space they stand before is
one (``test_regex_prefilter_clause``), and twenty lookbehinds at every character cost."""
_AFTER_STOP = re.compile(r"(?<=[.!?])(?!\w)" + _ORDINAL_DOT + _NUMBER_SIGN_DOT)

_YES = r"(?:ano|yes|y|ja|oui|tak|si|sim|igen|da)"
_NO = r"(?:ne|nie|no|n|nein|non|nee|nej|nao|nem|nu|ni)"
_YES_COL = re.compile(
    rf"^(?:{_YES}|pozaduj\w*|pozadovan\w*|zad(?:am|ame|ate|ano)|requested|required|wanted)$",
    re.IGNORECASE,
)
_NO_COL = re.compile(
    rf"^(?:{_NO}|nepozaduj\w*|nepozadovan\w*|nezad(?:am|ame|ate|ano)|not\s+(?:requested|required|wanted))$",
    re.IGNORECASE,
)
_MARK = re.compile(r"^(?:[x×✓✔✗✘☒☑■●✅⊠]|ano|yes|ja|oui|si|sim|igen|da)$", re.IGNORECASE)
_VALUE = re.compile(
    r"^(?P<label>(?:[^.;!?]|[.;!?](?!\s))*?[^\s:|.?–—-])"
    r"(?:\s*[:|\t?]+\s*[–—-]*|\s+[–—-]+|\s{2,}|\s*(?:\.\s?){3,})\s*"
    r"(?:(?P<both>(?:ano|yes|y)\s*[/|,–-]?\s*(?:ne|nie|no|n)|[✗✘])|"
    r"(?P<yes>ano|yes|y|x|true|pravda|ja|tak|oui|si|sim|igen|da|[✓✔☒☑✅])|"
    r"(?P<no>ne|nie|no|n|n/a|false|nepravda|nein|non|nee|nej|nao|nem|nu|ni|[–—-]))"
    # a remark in brackets after the value ("ano (2 osoby)", "JA (team på 2)")
    r"(?:\s*\((?P<aside>[^()]{0,80})\))?"
    r"(?:\s*,?\s*(?:dekujeme|dekuji|diky|thanks|thank\s+you|prosim|prosimy|please|bitte|danke))?"
    r"[\s.!|]*$",
    re.IGNORECASE,
)
"""A label and a yes/no value ("Natáčení: ne", "XML . . . ano", "Filming? – No"); a value
left as "ano / ne" is not resolved."""
_TICKED_BOX = r"[☒☑⊠✅🗹🗷]|\[\s*[xX✓✔*•]\s*\]|\(\s*[xX✓✔*•]\s*\)"
_EMPTY_BOX = r"[☐□❏⬜◻▢❐❑]|\[\s*\]|\(\s*\)"
_BOX = re.compile(rf"{_TICKED_BOX}|{_EMPTY_BOX}")
"""A form box anywhere in a line (boxes in a row: "Typ: ☒ přístup ☐ záznam")."""
_TICKED = re.compile(rf"^\s*(?:{_TICKED_BOX}|[✓✔✗✘■●◉])")
_UNTICKED = re.compile(rf"^\s*(?:{_EMPTY_BOX}|[○◯])")
"""A line's leading box; a leading tick, cross or filled circle counts too."""
_TICK_CHARS = re.compile(r"^\s*[✓✔✅]", re.MULTILINE)
_CROSS_CHARS = re.compile(r"^\s*[✗✘✖❌]", re.MULTILINE)
_LEADING_CROSS = re.compile(r"^\s*[✗✘✖❌]")
"""Lines opening with a tick and lines opening with a cross in one text ("✔ přístup k XML" /
"✘ natáčení"): the cross marks what is not asked for, as against a cross alone, which
may tick a box."""
_BOX_START = re.compile(r"[☐□❏☒☑⊠✅⬜◻▢❐❑🗹🗷\[(]")
_OPTION = re.compile(
    rf"(?P<box>{_TICKED_BOX}|{_EMPTY_BOX})|\b(?P<yes>{_YES})\b|\b(?P<no>{_NO})\b",
    re.IGNORECASE,
)
_OPTION_LINE = re.compile(
    rf"^\s*(?:(?P<b1>{_TICKED_BOX}|{_EMPTY_BOX})\s*(?:(?P<y1>{_YES})|{_NO})|"
    rf"(?:(?P<y2>{_YES})|{_NO})\s*:?\s*(?P<b2>{_TICKED_BOX}|{_EMPTY_BOX})?)\s*[.!]?\s*$",
    re.IGNORECASE,
)
"""A line that is only an option of the label above it ("☒ ano", "[ ] No", "NE")."""


@dataclass(frozen=True)
class _Row:
    """A line of a form, or a clause of prose: its text and what a box, a yes/no column or a
    yes/no value says about it (``form``: there is such a mark; ``mark`` None: it could not
    be read); ``question``: a clause that asks the office rather than requests."""

    text: str
    mark: bool | None = None
    form: bool = False
    question: bool = False
    bare: bool = False
    """A short line that is only a name of a request, no sentence ("Povolení k natáčení")."""
    struck: bool = False
    """Struck-out text (``intake.content.marks``): what it names is not requested."""
    before: str = ""
    """The clauses of the sentence before this one: what a decline naming no request
    ("o ten nežádáme", "we don't need that") refers to."""
    ended: bool = False
    """A clause of a finished sentence (ending with a full stop or an exclamation mark after
    a word, not after a number), as against a form's field ("Rozsah: obrazový záznam")."""
    opened: bool = False
    """The clause starts inside a bracketed aside opened before it."""
    after: str = ""
    """The rest of the clause's sentence after it: where a condition of the clause may stand
    ("natáčet bychom chtěli jen v případě, | že to bude možné")."""
    prior: str = ""
    """The sentence before this clause's sentence on its line (a paragraph): what a taking
    back or a decline that points back with a demonstrative ("Tuto žádost stahujeme.",
    "We withdraw that request.") refers to when its own sentence names nothing before it."""


@dataclass(frozen=True)
class _Columns:
    """The yes and no columns of a form's header ("Požadavek | ano | ne"): cell indices of a
    tab or '|' table, or character positions of columns aligned by spaces; a tab or '|'
    table may have a yes column alone ("Druh | Požadujeme"), ``no`` is then -1."""

    yes: int
    no: int
    aligned: bool

    @classmethod
    def of(cls, line: str) -> _Columns | None:
        cells = _cells(line)
        if cells is not None:
            spots = list(enumerate(cells))
        else:
            spots = [(m.start() + len(m.group()) // 2, m.group()) for m in _SPACED.finditer(line)]
        yes = [p for p, c in spots if _YES_COL.match(c)]
        no = [p for p, c in spots if _NO_COL.match(c)]
        label_caption = len(yes) > 1 or (cells is not None or not line[:1].isspace())
        if yes and yes[0] == spots[0][0] and label_caption:
            # the label column's caption ("Požadujeme | ANO | NE", "Požadujeme | Označte"):
            # the marks stand in the columns after it, whatever their captions say (an
            # indented header's first caption stands over a mark column: "      ANO   NE")
            yes = yes[1:]
        if len(no) > 1 and no[0] == spots[0][0]:
            no = no[1:]
        if len(yes) != 1 or len(no) > 1 or (not no and cells is None) or len(spots) < 2:
            return None
        if any(_has_cue(c) for _, c in spots):
            return None  # a request's label with its options left unmarked is no header
        return cls(yes[0], no[0] if no else -1, cells is None)

    def row(self, line: str) -> _Row | None:
        """A row under the header: the yes or the no column marked (True, False), neither or
        both (None; False under a yes column alone); None for a line that is no row."""
        if self.aligned:
            if _cells(line) is not None:
                return None
            spots = [(m.start() + len(m.group()) // 2, m.group()) for m in _SPACED.finditer(line)]
        else:
            cells = _cells(line)
            if cells is None:
                return None
            spots = list(enumerate(cells))
        if not spots:
            return None
        marks = [p for p, c in spots[1:] if _MARK.match(c)]
        label = " ".join(c for p, c in spots if p not in marks)
        if self.aligned and not marks and (len(spots) > 1 or ":" in line):
            return None  # a label with a value of its own, not a row of the yes/no table
        yes = any(self._nearest(p) is True for p in marks)
        no = any(self._nearest(p) is False for p in marks)
        if self.no < 0:
            return _Row(label, yes, form=True)
        return _Row(label, yes if yes != no else None, form=True)

    def _nearest(self, pos: int) -> bool | None:
        if not self.aligned:
            return True if pos == self.yes else False if pos == self.no else None
        dy, dn = abs(pos - self.yes), abs(pos - self.no)
        return None if abs(dy - dn) < 2 else dy < dn


_SPACED = re.compile(r"\S+(?: \S+)*")
"""The cells of a line aligned by spaces: text parted by two spaces or more."""


def _cells(line: str) -> list[str] | None:
    if "\t" in line:
        return [c.strip() for c in line.split("\t")]
    if "|" in line:
        return [c.strip() for c in line.strip().strip("|").split("|")]
    return None


_SENTENCE_END = re.compile(r"[.!?;](?:\s|$)")


def _bare_row(line: str) -> bool:
    """A short line without cells right under a table's rows: a row whose empty cells the
    rendering dropped ("Natáčení" under "XML<tab>x"), not a sentence."""
    return 0 < len(line.split()) <= 8 and not _SENTENCE_END.search(line) and not _ASK.search(line)


_ENUMERATED = re.compile(r"^\s*(?:\d{1,2}|[a-h])[.)]\s", re.IGNORECASE)


def _bare(line: str) -> bool:
    """A line that only names something, like a form's option (not a numbered heading of a
    letter's section, nor a table's row)."""
    if "\t" in line or "|" in line or _ENUMERATED.match(line):
        return False
    colon = line.find(":")
    return (colon < 0 or not line[colon + 1 :].strip()) and _bare_row(line)


def _names_request(text: str) -> bool:
    """A cue of a request itself, not only of who films ("Kameraman: –" is no decline)."""
    return _may_hold_cue(text) and bool(_FEED_CUES.search(text) or _REC_CUES.search(text))


def _has_cue(text: str) -> bool:
    return _may_hold_cue(text) and bool(
        _FEED_CUES.search(text) or _REC_CUES.search(text) or _REC_PEOPLE.search(text)
    )


_STRUCK_WORDS = (
    r"(?:p[řr]e)?[šs]krtnut\w*|(?:pre)?[čc]iarknut\w*|crossed(?:\s+out)?|struck(?:\s+out|\s+through)?|"
    r"deleted|(?:durch)?gestrichen|(?:s|prze)kre[śs]lon\w*|barr[ée]e?|ray[ée]e?|cancellat[oa]|"
    r"tachad[oa]|zru[šs]en[oa]|opraven[oa]|opraven[ée]|corrected|changed|korrigiert|ge[äa]ndert|"
    r"poprawion\w*|zmienion\w*|corrig[ée]e?|corrett[oa]"
)
_CORRECTION_WORD = re.compile(rf"(?i)(?=[bcdgkoprstzščBCDGKOPRSTZŠČ])\b(?:{_STRUCK_WORDS})")
"""A quick test for the words of ``_CORRECTED`` (the lookahead of their first letters only
makes the search quick)."""
_CORRECTED = re.compile(
    rf"(?i)\b(?:{_YES}|{_NO})\s*[(\[]?\s*(?:{_STRUCK_WORDS})\s*[)\]]?\s*,?\s*"
    r"(?:[–—→>:-]+|=>|\bna\b|\bto\b|\bauf\b|\bna\b|\bin\b|\ben\b)?\s*(?=\w)"
)
"""An answer written, then struck or corrected, before the one that replaces it ("ano
(škrtnuto) – NE", "yes (crossed out) no", "ja, gestrichen: nein", "tak (skreślone) nie",
"ano opraveno na ne"): the last answer stands, the struck one is left out."""


_ANSWER_VERB = (
    r"(?:zaskrt|oznac|vyznac|zaznac|vypln|uved|odpoved|zakrouz|zvol|vybr|krizk|tick|check|mark|"
    r"select|answer|circl|cross|kreuz|ankreuz|gewahlt|zaznacz|wybra|coch|segn|marc|escog)\w*"
)
_NO_ANSWER = (
    rf"(?:[\"„“'»‚‘]\s*(?i:{_NO})\s*[\"“'«‘’]|\b(?:NE|NO|NIE|NEIN|NON|NEE|NEJ)\b|"
    rf"(?i:{_ANSWER_VERB})\s+(?:\w+\s+){{0,2}}?(?i:ne|nie|no|nein|non|nee)\b(?!\s+(?:\w+\s+)?(?i:{_ANSWER_VERB})))"
)
_MISTAKEN_NO = re.compile(
    rf"(?i:{_MISTAKE})(?:\W+\w+){{0,5}}?\W+{_NO_ANSWER}|{_NO_ANSWER}(?:\W+\w+){{0,5}}?\W+(?i:{_MISTAKE})"
)
"""A "no" the applicant says they ticked, wrote or chose by mistake ("omylem jsem zaškrtl
NE", "accidentally ticked 'no' for filming", "NE u natáčení je tam nedopatřením",
"versehentlich Nein angekreuzt"): what was done by mistake is the decline, so the request
it answered is asked for (a correction of the form to yes), never taken back."""


_CORRECTED_TO_NO = re.compile(
    rf"(?i)\b(?:{_STRUCK_WORDS})(?:\s+(?:it|them|es|sie|to|je|ho|ji|ją|go))?\s*(?:na|to|auf|in|en|a|su|para)\s+[\"„“'»]?{_NO}\b(?![\"„“'»]?\s*(?:{_YES})\b)"
)
"""A form's answer said in prose to be corrected or changed to no ("opraveno na ne",
"changed to no", "auf nein geändert" aside): the request it answers is declined."""


def _value_row(line: str) -> _Row | None:
    """A label with a yes/no value after it, when the label names a request; a table row
    whose only filled cell names a request is a value left empty."""
    if _CORRECTION_WORD.search(line):
        line = _CORRECTED.sub("", line)
    m = _VALUE.match(line)
    aside = m.group("aside") if m is not None else None
    if m is not None and _names_request(m.group("label")) and not _CHANGE_OF_MIND.search(aside or ""):
        mark = None if m.group("both") or _undoes(aside) else bool(m.group("yes"))
        return _Row(m.group("label"), mark, form=True)
    cells = _cells(line)
    if cells is not None and len(cells) > 1:
        filled = [c for c in cells if c]
        if len(filled) == 1 and _has_cue(filled[0]):
            return _Row(filled[0], None, form=True)
    return None


def _undoes(aside: str | None) -> bool:
    """A value's bracketed remark that may undo or put off the value ("ano (ale až příště)",
    "yes (cancelled)", "ja (vielleicht)"): the value is not read (a remark of a change of mind,
    "ano (oprava: …)", leaves the line to the sentence rules and their safety net)."""
    if not aside:
        return False
    return any(rx.search(aside) for rx in (_NOT, _WITHDRAW, _PUT_OFF, _QUESTION_OR_MAYBE))


def _resolve(options: Sequence[tuple[bool, bool]]) -> bool | None:
    """(the option is yes, it is ticked) of one request's options: yes or no ticked, None
    when both or neither are; an unticked yes alone is a no."""
    yes = [t for w, t in options if w]
    no = [t for w, t in options if not w]
    if len(yes) > 1 or len(no) > 1:
        return None
    if any(yes) != any(no):
        return any(yes)
    return False if yes and not no and not any(yes) else None


def _options_row(line: str) -> _Row | None:
    """A line with boxed yes/no options ("Natáčení: ano ☐ ne ☒", "XML [x] yes [ ] no"):
    each box belongs to the word on the side the first pair shows."""
    if not _BOX_START.search(line):
        return None
    tokens = list(_OPTION.finditer(line))
    for i in range(len(tokens) - 1):
        pairs = _option_pairs(line, tokens[i:])
        if pairs:
            return _Row(line, _resolve(pairs), form=True)
    return None


_OPTION_GAP = re.compile(r"^[\s:=]{0,4}$")


def _option_pairs(line: str, tokens: list[re.Match[str]]) -> list[tuple[bool, bool]]:
    """(the word is yes, its box is ticked) for each box-and-word pair from the first token
    on, while the pairs keep the first pair's order; empty when the first two tokens are no
    pair."""
    out: list[tuple[bool, bool]] = []
    box_first = tokens[0].group("box") is not None
    for a, b in zip(tokens[::2], tokens[1::2], strict=False):
        box, word = (a, b) if box_first else (b, a)
        if box.group("box") is None or word.group("box") is not None:
            break
        if not _OPTION_GAP.match(line[a.end() : b.start()]):
            break
        out.append((word.group("yes") is not None, bool(_TICKED.match(box.group()))))
    return out


def _option_line(line: str) -> tuple[bool, bool] | None:
    """(yes, ticked) of a line that is only an option ("☒ ano", "No [ ]"); a bare "ANO" or
    "ne" is ticked."""
    m = _OPTION_LINE.match(line)
    if m is None:
        return None
    box = m.group("b1") or m.group("b2")
    return bool(m.group("y1") or m.group("y2")), box is None or bool(_TICKED.match(box))


def _boxed_parts(line: str) -> list[_Row]:
    """A line with boxes in a row split before each box: each part with its box (the text
    before the first box has none); a line with one leading box or none is one part. Boxes
    that end the line follow their labels ("XML ☒  natáčení ☐"); a line both opening and
    ending with a box does not say which text a box belongs to."""
    marks = list(_BOX.finditer(line))
    leads = bool(marks) and not line[: marks[0].start()].strip()
    if not marks or (len(marks) == 1 and leads):
        ticked, unticked = _TICKED.match(line), _UNTICKED.match(line)
        return [_Row(line, bool(ticked), form=bool(ticked or unticked))]
    if not line[marks[-1].end() :].strip(" \t|"):  # the boxes follow their labels (a cell's bar)
        if leads:
            return [_Row(line, None, form=True)]
        ends = [0, *(m.end() for m in marks[:-1])]
        return [
            _Row(line[start : m.end()], bool(_TICKED.match(m.group())), form=True)
            for start, m in zip(ends, marks, strict=True)
        ]
    parts = [_Row(line[: marks[0].start()])]
    for m, nxt in zip(marks, [*marks[1:], None], strict=True):
        part = line[m.start() : nxt.start() if nxt else len(line)]
        parts.append(_Row(part, bool(_TICKED.match(part)), form=True))
    return [p for p in parts if p.text.strip()]


_FOLD_BYTES = bytes.maketrans(
    ("áäčďéěíĺľňóôöŕřšťúůüýžÁÄČĎÉĚÍĹĽŇÓÔÖŔŘŠŤÚŮÜÝŽ" + string.ascii_uppercase).encode("cp1250")
    + "ąćęłńśźżßĄĆĘŁŃŚŹŻ".encode("cp1250"),
    ("aacdeeillnooorrstuuuyz" * 2 + string.ascii_lowercase + "acelnszzsacelnszz").encode("ascii"),
)
_STEM_BYTES = tuple((s.encode(), s in _WORD_STEMS) for s in _CUE_STEMS + _WORD_STEMS)
_NEWLINE_BYTES = re.compile(b"\n")


def _folded_bytes(text: str) -> bytes:
    """``text`` in lower case without diacritics, one byte per character (cp1250, a
    character it lacks becomes '?'): positions stay, and ``bytes.find`` and this fold are
    many times faster than the cue patterns and ``str.translate``."""
    return text.encode("cp1250", "cue_translit").translate(_FOLD_BYTES)


def _stem_hits(low: bytes) -> Iterator[int]:
    """Where a cue's word stem starts in ``low`` (``_folded_bytes``)."""
    for stem, word in _STEM_BYTES:
        i = low.find(stem)
        while i >= 0:
            if not word or i == 0 or not low[i - 1 : i].isalnum():
                yield i
            i = low.find(stem, i + 1)


_STEM_SCAN_WRITTEN = (
    b"|".join(re.escape(s) for s, word in _STEM_BYTES if not word)
    + b"|"
    + b"|".join(re.escape(s) for s, word in _STEM_BYTES if word)
)
_STEM_SCAN = re.compile(grouped(_STEM_SCAN_WRITTEN.decode("ascii")).encode("ascii"))
"""Any stem of ``_STEM_BYTES``; where stems of both kinds start, one of the stems to be found
anywhere matches (they come first). The stems (ASCII) ``grouped`` by their leading letters:
the same matches as the alternation as written (``_STEM_SCAN_WRITTEN``), some ten times
quicker (a proof: ``test_cued_lines``)."""
_WORD_STEM_BYTES = frozenset(s for s, word in _STEM_BYTES if word)


def _cued_lines(low: bytes) -> set[int]:
    """The numbers (from 0) of the lines of a text (``low``: ``_folded_bytes``) that may name
    a request or addresses (a line holding one of ``_stem_hits``); the other lines can only
    be a table's header or an option. One scan for all the stems, on from the next line
    after a hit (a proof: ``test_cued_lines``)."""
    breaks = [m.start() for m in _NEWLINE_BYTES.finditer(low)]
    out: set[int] = set()
    at = 0
    while (m := _STEM_SCAN.search(low, at)) is not None:
        i = m.start()
        if i and m.group() in _WORD_STEM_BYTES and low[i - 1 : i].isalnum():
            at = i + 1  # a word's stem inside a word: another stem may start after it
            continue
        line = bisect.bisect_left(breaks, i)
        out.add(line)
        at = breaks[line] + 1 if line < len(breaks) else len(low)
    return out


_LONG = 1000
"""A clause longer than this (markup, a document in one line) is searched for cues only
round the stems found in it."""


_REACH = 200
"""Characters round its cues that a long clause is read in."""


class _Cue(NamedTuple):
    start: int
    end: int
    kind: str
    weak: bool
    """Names who films, not the filming (``_REC_PEOPLE``)."""


def _cue_spans(text: str) -> list[_Cue]:
    """(start, end, request type) of each cue in ``text``, in order."""
    windows = [(0, len(text))]
    if len(text) > _LONG:
        windows = [(max(0, i - 60), i + 200) for i in sorted(_stem_hits(_folded_bytes(text)))]
    spans = set()
    # the lower case keeps every position (``CASE_TWINS``: the one that does not, and the
    # ones a case-blind pattern reads as another letter than their lower case)
    cues, subject = (_ANY_CUE, text) if CASE_TWINS.search(text) else (_ANY_CUE_LOWER, text.lower())
    if cues is _ANY_CUE_LOWER and _ANY_STEM.search(subject) is None:
        return []  # every cue holds a stem (``test_cue_stems``)
    for start, end in windows:
        for m in cues.finditer(subject, start, end):
            kind, weak = _CUE_GROUPS[m.lastgroup or ""]
            spans.add(_Cue(m.start(), m.end(), kind, weak))
    return sorted(spans)


class _Reader:
    """Reads a text line by line into form rows and prose clauses (folded: only the lines
    that may matter, the fold is costly for a long text): a yes/no
    table's header applies to the rows below it, a label ending with ':' or '?' to the
    option lines below it ("Natáčení:" / "☐ ano" / "☒ ne")."""

    def __init__(self, text: str, outer: tuple[tuple[str, str], ...] = ()) -> None:
        low = _folded_bytes(text)
        self.cued = _cued_lines(low)
        self.lines = text.split("\n")
        refers = _REF_SCAN.search(low) is not None
        self.items, refs = _items_and_references(self.lines, dict(outer)) if refers else ({}, set())
        self.cued |= refs
        self.table: _Columns | None = None
        self.label: str | None = None
        self.options: list[tuple[bool, bool]] = []
        self.under_marks = False
        """The line above was a table row with a request's mark."""
        self.cross_says_no = (
            any(c in text for c in "✓✔✅")
            and any(c in text for c in "✗✘✖❌")
            and _TICK_CHARS.search(text) is not None
            and _CROSS_CHARS.search(text) is not None
        )
        """The text marks lines with ticks and with crosses: a cross is the "no"."""

    def rows(self) -> Iterator[_Row]:
        blank = 0
        for i, raw in enumerate(self.lines):
            if "~~" in raw:  # a plain text's strikethrough ("~~Povolení k natáčení~~")
                raw = _TILDE_STRUCK.sub(lambda m: strike(m.group(1)), raw)
            if STROKE in raw:
                struck, raw = _struck_apart(raw)
                yield from struck
            blank = blank + 1 if not raw.strip() else 0
            if blank >= 2:
                self.table = None
            shaped = "\t" in raw or "|" in raw or "  " in raw  # a table's header or row
            needed = i in self.cued or shaped or self.label is not None
            line = _folded(raw) if needed else raw
            option = _option_line(line) if self.label is not None else None
            if option is not None or (blank and self.label is not None):
                self.options += [option] if option is not None else []
                continue
            yield from self._labelled()
            yield from self._line(i, line)
        yield from self._labelled()

    def _labelled(self) -> Iterator[_Row]:
        """The label above option lines, with what they say."""
        if self.label is not None and self.options:
            yield _Row(self.label, _resolve(self.options), form=True)
        self.label, self.options = None, []

    def _line(self, i: int, line: str) -> Iterator[_Row]:
        rows = list(self._line_rows(i, line))
        if rows and i and not (rows[0].prior or rows[0].form or rows[0].before.strip()) and self.lines[i - 1].strip():
            rows[0] = dataclasses.replace(rows[0], prior=self._above(i))
        if self.cross_says_no:
            rows = [_Row(r.text, False, form=True) if _LEADING_CROSS.match(r.text) else r for r in rows]
        if self.items:
            rows = [_with_item(r, self.items) for r in rows]
        self.under_marks = ("\t" in line or "|" in line) and any(r.form for r in rows)
        yield from rows

    def _above(self, i: int) -> str:
        """The last sentence of the line above (folded), when it ends a sentence: what a
        line's first clause pointing back refers to ("Přemýšlíme i o natáčení." / "O povolení
        požádáme později.")."""
        above = self.lines[i - 1].rstrip()
        if not above.endswith((".", "!")):
            return ""
        return _AFTER_STOP.split(_folded(above))[-2]  # the text ends with a stop

    def _line_rows(self, i: int, line: str) -> Iterator[_Row]:
        cells = "\t" in line or "|" in line
        if self.table is not None and (cells or self.table.aligned):
            row = self.table.row(line) if i in self.cued else None
            if row is not None:
                yield row
                return
        elif self.table is not None:
            self.table = None  # a tab or '|' table ends at the first line that is no row
        header = _Columns.of(line) if cells or "  " in line else None
        if header is not None:
            self.table = header
        elif i in self.cued:
            if line.rstrip().endswith((":", "?")):
                self.label = line.strip()
            if self.under_marks and not cells and _bare_row(line):
                yield _Row(line, None, form=True)  # a row with its value cell left empty
            else:
                yield from _line_rows(line)


_ITEM_MARK = re.compile(
    r"^\s*\(?(\d)[.)]\s+|(?<=[\s(,;:])(?:\((\d)\)|(\d)\))\s+|^\s*\(?([a-h])\)\s+|"
    r"(?<=[\s,;:])(?:\(([a-h])\)|([a-h])\))\s+"
)
"""A numbered or lettered item: "1) …", "2. …" or "b) …" opening a line, "(1) …", "2) …" or
"(b) …" inside one."""
_ITEM_REF = re.compile(
    r"(?=[abcdilnprsvwzčž])\b(?:bod(?:u|em|y)?|polo[zž]k\w*|po[zž]adav\w*|item|point|request|[cč][ií]slo|number|"
    # German and Polish: "Punkt 2", "punkt 2", "pozycję 2", "Nummer 2"
    r"punkt\w*|pozycj\w*|nummer|"
    # Slovak, Polish, Spanish, Italian, French: "bodu 2", "punkcie 2", "punto 2", "apartado
    # 2", "voce 2", "rubrique 2"
    r"punkc\w*|punto|apartado|voce|rubrique|p[ií]smen\w*|letter|"
    # the request itself named with its item's number: "žádost č. 1", "žiadosť č. 1",
    # "wniosek nr 1", "solicitud 1", "demande n° 1", "richiesta n. 1", "Antrag Nr. 1"
    r"[zž][aá]dost\w*|[zž]iados[tť]\w*|wnios\w*|solicitud\w*|demande|richiest\w*|antrag\w*)"
    r"\s*(?:(?:[cč](?:[ií]s)?|n[or°º]?|nr|num)\.?\s*)?"
    r"(?:(\d)\b(?!\s*[.)]\s|[/.\-]\d)|\(?([a-h])\)|(\d)(?=\.(?:\s|$)))",
    re.IGNORECASE,
)
"""A reference to a numbered or lettered item ("bod 2", "položku 1", "item 2", "pod bodem
b)", "point (b)"), with or without diacritics; a letter only with its bracket. A number
closing a sentence ("… del punto 2. El acceso …") only after words of that sentence
(``_item_ref``): at a line's start "Bod 2. …" is an item's own number."""


def _item_ref(text: str) -> re.Match[str] | None:
    """The first reference to an item in ``text`` (``_ITEM_REF``), a number closing a sentence
    only where words stand before the reference in its line ("retiramos la solicitud del
    punto 2.", "we withdraw item 2.")."""
    for m in _ITEM_REF.finditer(text):
        if m.group(3) is None:
            return m
        start = text.rfind("\n", 0, m.start()) + 1
        if any(c.isalpha() for c in text[start : m.start()]):
            return m
    return None
_REF_STEMS = (
    b"bod", b"polozk", b"pozadav", b"item", b"point", b"request", b"cislo", b"number", b"punkt",
    b"pozycj", b"nummer", b"punkc", b"punto", b"apartado", b"voce", b"rubrique", b"pismen", b"letter",
    b"zadost", b"ziadost", b"wnios", b"solicitud", b"demande", b"richiest", b"antrag",
)
"""The words of ``_ITEM_REF`` in ``_folded_bytes``: a quick test before reading lines."""
_REF_SCAN = re.compile(grouped(b"|".join(re.escape(s) for s in _REF_STEMS).decode("ascii")).encode("ascii"))
"""Any of ``_REF_STEMS``: one scan instead of a search per stem (``test_ref_scan``)."""
_CANON = {FEED: "xml", RECORDING: "natacet"}
"""A cue that names each request type, put beside a reference to the item naming it."""


def _items_and_references(
    lines: Sequence[str], outer: dict[str, str] | None = None
) -> tuple[dict[str, str], set[int]]:
    """The request each numbered item of the text names (an item naming one request), and
    the lines that refer to an item ("bod 2 škrtněte"); nothing when no line refers to
    one. ``outer``: the items of the message's other texts, for a text that has none of its
    own (a postscript below the signature: "PS: Punkt 2 ziehen wir zurück")."""
    refs = {i for i, ln in enumerate(lines) if _item_ref(ln)}
    if not refs:
        return {}, set()
    named = _numbered_items(lines)
    named = named or dict(outer or {})
    return named, refs if named else set()


_DECIMAL = re.compile(r"\d")
"""A digit: with ')' the quick test of a line for an item's mark (``_ITEM_MARK``)."""


def _numbered_items(lines: Sequence[str]) -> dict[str, str]:
    """The request each numbered item of the lines names (an item naming one request)."""
    items: dict[str, set[str]] = {}
    for ln in lines:
        if ")" not in ln and _DECIMAL.search(ln) is None:
            continue  # no mark: each of ``_ITEM_MARK`` holds one (the fold makes none, ``test_item_hint``)
        folded = _folded(ln)
        marks = list(_ITEM_MARK.finditer(folded))
        ends = [n.start() for n in marks[1:]] + [len(folded)]
        for m, end in zip(marks, ends[: len(marks)], strict=True):
            number = next(g for g in m.groups() if g)
            text = folded[m.end() : end]
            kinds = {c.kind for c in _cue_spans(text) if not c.weak}
            items.setdefault(number, set()).update(kinds)
    return {n: next(iter(k)) for n, k in items.items() if len(k) == 1}


def _with_item(row: _Row, items: dict[str, str]) -> _Row:
    """A clause referring to a numbered item and naming no request ("žádáme jen o bod 1")
    with the request the item names."""
    if row.form or _has_cue(row.text):
        return row
    m = _item_ref(row.text)
    kind = items.get(m.group(1) or m.group(2) or m.group(3)) if m else None
    return dataclasses.replace(row, text=f"{row.text} ({_CANON[kind]})") if kind else row


_TILDE_STRUCK = re.compile(r"~~(?=\S)([^~\n]+?)(?<=\S)~~")
"""A stretch struck out in a plain text the way Markdown writes it ("~~natáčení~~")."""


def _struck_apart(line: str) -> tuple[list[_Row], str]:
    """A line's struck-out stretches as rows of their own, and the line without them."""
    rows: list[_Row] = []
    kept: list[str] = []
    end = 0
    for m in struck_runs(line):
        rows.append(_Row(unstrike(m.group()).translate(_FOLD), struck=True))
        kept.append(line[end : m.start()])
        end = m.end()
    kept.append(line[end:])
    rest = " ".join(p.strip(" ") for p in kept if p.strip(" "))
    return rows, unstrike(rest)


_FORM_LINE = 300
"""Characters of a form's line at most: a longer line is prose (or markup), never a label
with its value or boxes."""


_ENDED = re.compile(r"[^\d\s][.!]\s*$")
"""A finished sentence: a full stop or an exclamation mark after a word (not a date's or
an item's number)."""


def _ended(sentence: str) -> bool:
    """``_ENDED`` found in ``sentence``, told by its last two characters before the trailing
    white space, not by a search from every position (``test_ended``)."""
    kept = sentence.rstrip()
    return len(kept) >= 2 and kept[-1] in ".!" and not (kept[-2].isdecimal() or kept[-2].isspace())


_WIDE_GAP = re.compile(r" {3,}|\t")
"""White space that sets two fields of a form apart on one line."""


def _fields_with_options(line: str) -> list[_Row] | None:
    """A line of two or more fields set apart by wide gaps, each a label with its boxed
    yes/no options ("XML: ☐ ano ☒ ne     Natáčení: ☒ ano ☐ ne"): one row a field; None
    unless every field is such a label with options read."""
    if not _BOX_START.search(line):
        return None
    fields = [f for f in _WIDE_GAP.split(line.strip()) if f.strip()]
    if len(fields) < 2:
        return None
    rows = [_options_row(f) for f in fields]
    if any(r is None or r.mark is None or not _LABEL_WORD.search(r.text) for r in rows):
        return None
    return [r for r in rows if r is not None]


_LABEL_WORD = re.compile(r"\w{3,}\s*[:?]")


def _line_rows(line: str) -> Iterator[_Row]:
    fields = _fields_with_options(line) if len(line) <= _FORM_LINE else None
    if fields is not None:
        yield from fields
        return
    row = _value_row(line) or _options_row(line) if len(line) <= _FORM_LINE else None
    if row is not None:
        yield row
        return
    for part in _boxed_parts(line) if len(line) <= _FORM_LINE else [_Row(line)]:
        if part.form:
            yield part
            continue
        if part.text is line and _bare(line):
            yield _Row(line, bare=True)
            continue
        depth = 0  # brackets opened by the line's earlier sentences (an address's dots)
        prior = ""
        for sentence in _AFTER_STOP.split(part.text):
            yield from _sentence_rows(sentence, depth, prior)
            depth = max(0, depth + _depth(sentence))
            prior = sentence if _WORDED.search(sentence) else prior  # not an ellipsis's dots


def _sentence_rows(sentence: str, depth: int, prior: str = "") -> Iterator[_Row]:
    """A sentence's clauses; ``depth``: brackets its line opened before it. A clause
    ending with a negated intention ("we do not intend", "nie zamierzamy w tym roku") whose
    object follows an aside ("…, unlike last year, to film") is read with that object."""
    question = sentence.rstrip().endswith("?") and not (_POLITE_ASK.search(sentence) and _for_asker(sentence))
    ended = _ended(sentence)
    at = carried = 0
    carry = ""
    for c in _CLAUSE.split(sentence):
        if not c.strip():
            continue
        at = sentence.find(c, at)
        if carry and _CONTRAST_OPEN.match(c):  # "to nechceme, jen XML": no object, a contrast
            yield _Row(carry, question=question, before=sentence[:carried], ended=ended, prior=prior)
            carry = ""
        if carry and not _cue_spans(c):
            continue  # the aside between the intention and its object
        opened = depth + _depth(sentence[:at]) > 0
        carried = at
        text = f"{carry}, {c}" if carry else c
        carry = "" if carry else _open_negation(c)
        if carry:
            continue
        after = sentence[at + len(c) :]
        yield _Row(
            text, question=question, before=sentence[:at], ended=ended, opened=opened, prior=prior, after=after
        )
    if carry:
        yield _Row(carry, question=question, before=sentence[:carried], ended=ended, prior=prior)


_CONTRAST_OPEN = re.compile(
    rf"\s*(?:(?:ale|avsak|but|aber|sondern|lecz|ale\s+jen|mais|ma|pero|maar|men)\s+)?"
    rf"(?:{_ONLY.pattern[5:-3]})\b|\s*(?:sondern|rather|instead|misto\s+toho|namiesto\s+toho)\b",
    re.IGNORECASE,
)
"""A clause opening with "only" or "instead" ("…, jen ten přístup k XML", "…, just the feed",
"…, sondern nur XML"): what it names is set against a negated intention before it ("to
nechceme, jen …"), not that intention's object."""


_NEGATED_INTENT = re.compile(
    # the lookahead of the words' first letters only makes the search quick
    r"(?=[dnh])(?:(?:\b(?:do|does|did)\s+not|\b(?:don|doesn|didn)'?t|\bnot)\s+(?:intend|plan|want|wish|"
    r"expect|mean)\w*\s*$|\bnie\s+(?:zamierza|planuj|chce|chcial|zamysla)\w*(?:\s+\w+){0,3}\s*$|"
    r"\bne(?:hodla|planuj|chc|zamysl|pocit)\w*(?:\s+\w+){0,3}\s*$|"
    r"\bnicht\s+(?:vor|beabsichtigt|geplant)\w*\s*$|\bhaben\s+nicht\s+vor\s*$)",
    re.IGNORECASE,
)
"""A negated intention ending a clause ("we do not intend", "nie zamierzamy w tym roku",
"nehodláme"): its object may follow an aside."""


def _open_negation(clause: str) -> str:
    """The clause when it ends with a negated intention and names no request: its object
    follows in a later clause."""
    if _NEGATED_INTENT.search(clause) and not _cue_spans(clause):
        return clause
    return ""


def _depth(text: str) -> int:
    return text.count("(") - text.count(")")


@dataclass(frozen=True)
class _Say:
    """What one form row or clause says about one request type."""

    kind: str
    asks: bool
    form: bool = False
    """Said by a box, a yes/no column or a yes/no value."""
    doubt: Reason | None = None
    """Why it decides nothing: a form's mark that could not be read, a question to the
    office, a request only considered; it makes the reading unsure when nothing else
    decides."""
    implicit: bool = False
    """Not asked for because the text asks "only" for the other type."""
    withdraws: bool = False
    """A request taken back ("natáčení rušíme")."""
    plain: bool = False
    """Only named, neither asked for by a verb nor by a form ("kameraman onemocněl"): it
    counts when nothing else decides."""
    bare: bool = False
    """Named by a line that is nothing else (an option whose box may be lost)."""
    nominal: bool = False
    """Named by a clause that opens with the request itself ("1) Přístup k XML …",
    "Natáčení: kameraman …", "Permission for our crew to film …"): a request without a verb."""
    prose: bool = False
    """Said by a clause of a finished sentence, not by a table's row, a form's field or a
    line naming addresses."""
    contests: bool = False
    apart: bool = False
    """Said to be asked for in another application or later by a clause naming no request
    ("…, o to však požiadame samostatne"): after a clause asking for it, it decides."""
    topic: bool = False
    """Named only by the election's results, no word of access, data, server or XML
    ("reportáž o zpracování výsledků voleb"): what a text is about, maybe not a request."""
    """Named again, without being asked for, below the form that decided it ("natáčení
    nakonec nestihneme" under a row "Natáčení: ano"): the form's reading may be corrected."""


_NOBODY = ""
"""The kind of a statement that names no request type (a decline the text does not place)."""
_DECLINE_ASK = re.compile(
    r"\bne(?:zad|pozad|potreb|ziad|chc|eviduj|zapisuj|registruj|vyrizuj|zahrnuj)\w*|\bwon'?t\b|\bwill\s+not\b|"
    # asked not to be registered or handled ("teď ho neevidujte", "please don't register it",
    # "bitte nicht bearbeiten")
    r"\b(?:do\s+not|don'?t)\s+(?:register|include|process|log)\b|"
    r"\bnicht\s+(?:bearbeit|registrier|berucksichtig|beruecksichtig|erfass)\w*|"
    r"\b(?:do|does|did)\s+not\s+(?:need|want|require)|\b(?:don|doesn|didn)'?t\s+"
    r"(?:need|want|require)|\bno\s+need\b|\bnot\s+(?:needed|required|necessary|wanted)\b",
    re.IGNORECASE,
)
"""A clause declining something without naming it ("o ten nežádáme", "we won't be sending
anyone"): which request it declines is a guess."""


_BUT_NOT = re.compile(
    r"\s*(?:ale|avsak|no|but|aber|doch|jedoch|mais|ma|pero|maar|lecz|ale\s+jednak)\s+"
    r"(?:ne|nie|not|nicht|pas|non|no|niet)\b(?!\s+(?:jen|jenom|pouze|len|iba|only|just|nur|"
    r"solo|seulement|tylko|alleen|vsak|ale)\b)",
    re.IGNORECASE,
)
"""A clause of its own opening with "but not" ("…, ale ne letos", "…, but not this year",
"…, aber nicht in diesem Jahr"): it takes back the request its sentence named before it."""
_CANNOT = re.compile(
    r"\s*(?:(?:ale|avsak|vsak|no|but|however|aber|jedoch|doch|lecz|mais|pero|maar)\s+(?:\w+\s+)?"
    r"|(?:bohuzel|zial|unfortunately|sadly|leider|niestety|purtroppo|malheureusement)\s+)"
    r"(?:\w+['\u2019]?\w*\s+){0,4}?(?:ne(?:pujd|vyjd|stihn|zvladn|muz|moz|lze|dovol|umozn)\w*|"
    r"neda\s+se|nebude\s+mozn\w*|(?:not|no\s+longer)\s+possible|impossible|"
    r"(?:doesn|won|don|didn)['\u2019]?t\s+(?:allow|permit|work|fit)\w*|(?:is|are|it['\u2019]?s|that['\u2019]?s)"
    r"\s+(?:now\s+)?off\b|can['\u2019]?t|cannot|unable|nicht\s+m(?:o|oe)glich|geht\s+nicht|"
    r"nie\s+da\s+sie|nie\s+(?:mozemy|bedzie|uda))",
    re.IGNORECASE,
)
"""A clause of its own opening with a contrast or a regret that says it cannot be done
("…, bohužel to nepůjde", "…, but our budget doesn't allow it", "…, but that's off now",
"…, leider geht das nicht"), pointing back with a pronoun ("to", "it", "das"): it takes back
the request its sentence named before it (unsure: the sentence both asks and declines); "ale
nemůžeme dorazit dřív" names no thing it cannot do."""
_OPTION_WORD = re.compile(rf"\b(?:{_YES}|{_NO})\b", re.IGNORECASE)


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


def _gap(cue: _Cue, start: int, end: int) -> int:
    return cue.start - end if end <= cue.start else start - cue.end if cue.end <= start else 0


def _row_says(row: _Row) -> list[_Say]:
    spans = _cue_spans(row.text)
    kinds = list(dict.fromkeys(c.kind for c in spans))
    if row.struck:  # a struck-out option or sentence: not requested, taken back
        return [_Say(k, False, withdraws=True) for k in kinds]
    if not kinds:
        ip = _IP_CUE.search(row.text) and not row.question and not row.form
        if ip:
            return [_Say(FEED, True, plain=True)]
        return _unnamed_decline(row)
    if row.question:
        # "Would it be possible to film …?": the one request named is asked, unsure
        may = len(kinds) == 1 and _may_we(f"{row.before} {row.text}")
        return [_Say(k, may, plain=may, doubt=Reason.QUESTION) for k in kinds]
    if not row.form and len(row.text) > _LONG:  # read round its cues only
        lo = max(0, spans[0].start - _REACH)
        text = row.text[lo : spans[-1].end + _REACH]
        moved = [c._replace(start=c.start - lo, end=c.end - lo) for c in spans]
        return _clause_says(text, moved, kinds)
    if not row.form:
        says = _clause_says(row.text, spans, kinds, row.opened, row.after)
        if row.bare:
            return [dataclasses.replace(s, bare=s.plain) for s in says]
        if not row.ended or "\t" in row.text or "|" in row.text:
            return says
        return [dataclasses.replace(s, prose=True) for s in says]
    if "@" in row.text and all(c.weak for c in spans):
        return []  # a contacts table's row: a person's role ("kamera"), not a request
    if row.mark is None:
        return [_Say(k, False, form=True, doubt=Reason.FORM_UNRESOLVED) for k in kinds]
    # a ticked "nežádáme" declines; an unticked one says nothing (the options' own words
    # "ano"/"ne" are no negation of the label)
    declined = _declined(_OPTION_WORD.sub(_blank, row.text), spans, kinds)
    if row.mark:
        return [_Say(k, k not in declined, form=True) for k in kinds]
    return [_Say(k, False, form=True) for k in kinds if k not in declined]


def _may_we(question: str) -> bool:
    """A question whether the asker may do what it names, not declining it and not asking
    it for another party (``_POSSIBLE_ASK``)."""
    if _POSSIBLE_ASK.search(question) is None or _NOT.search(question):
        return False
    return _for_asker(question) and not _another_asks(question)


def _for_asker(question: str) -> bool:
    """A question that asks for no other party than the asker or its crew ("possible for
    our partner station to film?" asks for another)."""
    other = _FOR_ANOTHER.search(question)
    return other is None or _has_cue(other[1])


_FOR_ANOTHER = re.compile(
    r"\b(?:for|pro|fur|fuer|dla|pour|para|per)\s+(?!(?:me|us|mne|nas|mich|uns|mnie|nas|moi|nous|mi|nosotros)\b)"
    r"(?:our|my|nas\w*|mou|moj\w*|unser\w*|mein\w*|the)\s+(\w+)"
    # the party itself doing the act ("for our partner station to film", "pro naši stanici,
    # aby natáčela"), not what the asker does it for ("for our viewers", "pro naši televizi")
    r"(?=(?:\s+\w+){0,2}?(?:\s+(?:to|zu)\s+\w|\s*,?\s*(?:aby|zeby|damit|afin|pour\s+qu)\b))",
    re.IGNORECASE,
)
"""Whom a question asks it for ("possible for our partner station to film", "pro kolegu,
aby natáčel"): not the asker, unless it names the asker's crew ("for our camera crew to
film")."""


_PART = re.compile(
    r"\b(?:zadost\w*|ziadost\w*|cast\w*|pozadav\w*|polozk\w*|bod\w*|request\w*|part|item|"
    r"application)\b",
    re.IGNORECASE,
)
"""A word naming a request or a part of one ("tu část žádosti", "that item")."""


def _unnamed_decline(row: _Row) -> list[_Say]:
    """A prose clause declining or taking back a request it does not name ("o ten proto
    nežádáme", "tu část žádosti berte jako staženou"): the one request its sentence named
    before it; a decline that cannot be placed leaves the reading unsure, a taking back
    that cannot (an older version of the mail) says nothing."""
    if row.form:
        return []
    decline = _DECLINE_ASK.search(row.text) or _BUT_NOT.match(row.text)
    if decline is None and _POINTS_BACK.search(row.text):  # "bohužel to nepůjde", "doesn't allow it"
        decline = _CANNOT.match(row.text)
    if decline is None and _CORRECTION_WORD.search(row.text):
        decline = _CORRECTED_TO_NO.search(row.text)  # "proto je tam opraveno na ne"
    if decline is None and _PUT_OFF_CLAUSE.match(row.text):
        decline = _PUT_OFF.search(row.text)  # "…, ale až příští rok", "…, but only later"
    if decline is None:
        decline = _DEFERRED.search(row.text)  # "…, lo dejamos para más adelante"
    if decline is None:
        decline = _CAME_BACK.search(row.text)  # "…, nous vous recontacterons avant les …"
    if decline is None:
        decline = _WROTE_LATER.search(row.text)  # "…, escreveremos antes das próximas eleições"
    if decline is None:
        decline = _later_not_now(row.text)  # "…, la presenteremo per le prossime elezioni, non ora"
    if decline is None and _LATER_BEFORE.search(row.before.rstrip()):
        decline = _NOT_NOW.match(row.text, len(row.text) - len(row.text.lstrip()))  # "…, | non ora"
    if decline and _about_addresses(row.text, [], decline.start()):
        decline = None
    spans = _withdrawals(row.text, lowered(row.text))
    withdraw = spans[0] if spans else None  # the first match left (the lowered text's: the same span)
    if withdraw and row.text[withdraw[0] : withdraw[1]].lower().startswith(("stah", "stiah")) and not _PART.search(row.text):
        withdraw = None  # "stahujeme data každou minutu": downloading, not taking back
    if decline is None and withdraw is None:
        return _asked_elsewhere(row)
    said = decline.start() if decline is not None else withdraw[0] if withdraw is not None else 0
    if _supposed_only(row.before):  # "Kdyby natáčení nešlo, ozvu se znovu": a fallback
        return []
    kind = FEED if _DATA_NOUN.search(row.text, 0, said) else _antecedent(row.before)
    back = _POINTS_BACK.search(row.text) if row.prior and _FILLER.fullmatch(_folded(row.before)) else None
    if not kind and back and not _MESSAGE_NOUN.match(row.text, back.end()):
        kind = _antecedent(row.prior)  # "… natáčení. Tuto žádost stahujeme."
    if decline is None and not kind:
        return []
    doubt = None if kind else Reason.UNPLACED_DECLINE
    return [_Say(kind, False, doubt=doubt, withdraws=withdraw is not None)]


_WORDED = re.compile(r"\w")
"""A sentence with a word in it, not the lone dots an ellipsis leaves ("…centru... ne")."""
_FILLER = re.compile(
    # an interjection or a word of second thought opening the sentence before a taking back
    # (folded): "ne, vlastně to škrtněte", "no, actually, scratch that", "nein, eigentlich:
    # streichen Sie das", "nie, właściwie to skreślcie", "non, en fait, oubliez ça"
    r"[\s,.…–—-]*(?:(?:ne|nie|no|nein|non|nee|nem|vlastne|vlastnie|wlasciwie|actually|wait|"
    r"sorry|pardon|oh|ach|aha|hm+|eh|ok|okay|also|doch|eigentlich|en\s+fait|enfin|"
    r"igazabol|megsem|inkabb|tedy|teda|takze|so|well)[\s,.…!–—-]*)*",
    re.IGNORECASE,
)
"""What may stand before a taking back that points back to the sentence before ("…natáčeli
ve volebním centru... ne, vlastně to škrtněte"): nothing, or interjections alone."""


_ASKING_WORD = re.compile(
    rf"(?=[abcdefgikprswz])\b(?:{_FILE_WORD}|povoleni\w*|permi(?:t|ssion)\w*|zgod\w*|genehmig\w*|erlaubnis\w*|"
    r"ask\w*|send\w*|posl\w*|zasl\w*|prihlas\w*|"
    # the other languages (folded): "wystąpimy", "poprosimy", "złożymy", "stellen", "demanderons",
    # "solicitaremos", "chiederemo", "kérjük", "kérelmet"
    r"wystap\w*|popros\w*|zloz\w*|stell\w*|demand\w*|solicit\w*|chied\w*|richied\w*|"
    r"present\w*|invi\w*|envo\w*|env(?:err|ia)\w*|ker(?:unk|elm|em|ni|j)\w*)",
    re.IGNORECASE,
)
"""A word of asking, filing or sending, or a permit (folded)."""


_DOCUMENT_SENT = re.compile(
    # a document sent apart from the request (folded): "přílohu pošleme zvlášť", "soubor …",
    # "plnou moc", "objednávku", "the attachment", "die Vollmacht", "załącznik", "le fichier",
    # "l'allegato", "el adjunto", "de bijlage", "bilagan", "a melléklet"
    r"(?=[abdfmopsvz])\b(?:priloh\w*|prilozk\w*|soubor\w*|subor\w*|"
    r"plnou\s+moc|plna\s+moc|plnomocenstv\w*|objednavk\w*|podklad\w*|sken\w*|scan\w*|"
    r"attachment\w*|files?|power\s+of\s+attorney|anhang\w*|anlage\w*|datei\w*|vollmacht\w*|"
    r"zalacznik\w*|pliki?|pelnomocnictw\w*|fichier\w*|piece\s+jointe|procuration|allegat\w*|"
    r"delega|adjunt\w*|archivo\w*|bijlage\w*|bestand\w*|volmacht|bilag\w*|fil(?:en)?|"
    r"fullmakt\w*|mellekle\w*|fajl\w*|meghatalmaz\w*)\b",
    re.IGNORECASE,
)
"""A document the clause sends apart ("Přílohu pošleme zvlášť", "we'll send the file
separately"): a file that follows, not a request asked in another application."""
_REQUEST_NOUN = re.compile(
    r"(?=[abdegkprstvwz])\b(?:zadost\w*|ziadost\w*|zadam\w*|ziadam\w*|pozad\w*|poziad\w*|"
    r"request\w*|application\w*|apply|antrag\w*|beantrag\w*|wnios\w*|demande\w*|"
    r"richiest\w*|domand\w*|solicit\w*|peticion\w*|aanvra\w*|ansok\w*|kerelem\w*|kerj\w*|"
    r"povoleni\w*|permi(?:t|ssion)\w*|genehmig\w*|zezwol\w*|autoris\w*|autorizz\w*|"
    r"vergunning\w*|tillstand\w*|engedely\w*)\b",
    re.IGNORECASE,
)
"""A word naming a request or a permit (folded): a clause sending a document and naming a
request ("žádost o povolení pošleme zvlášť") still puts that request elsewhere."""


_RELATIVE_HEAD = re.compile(
    r"(?:ktery|ktera|ktere|kterou|kteri|ktory|ktora|ktoru|ktore|jez|which|that|den|die|das|"
    r"welche\w*|ktor\w*|que|qui|lequel|laquelle|che|il\s+quale|la\s+quale|el\s+cual|la\s+cual|"
    r"dat|som|amit|amelyet)\b",
    re.IGNORECASE,
)
"""A relative pronoun opening a clause ("…v souboru, který pošleme zvlášť")."""


_CLAUSE_END = re.compile(r"[;:!?,]|\.(?:\s|$)")
"""Where a clause ends (a full stop only before a space: "objednavka.pdf" is one word)."""


def _sends_document(row: _Row) -> bool:
    """Whether the clause sends a document apart and names no request: the document named in
    it ("Přílohu pošleme zvlášť") or, in a relative clause, just before it ("v souboru,
    který pošleme zvlášť")."""
    if _REQUEST_NOUN.search(row.text):
        return False
    if _DOCUMENT_SENT.search(row.text):
        return True
    if _RELATIVE_HEAD.match(row.text.lstrip(" ,")) is None:
        return False
    head = row.before.rstrip(" ,")
    tail = _CLAUSE_END.split(head)[-1]
    return _DOCUMENT_SENT.search(tail) is not None and not _REQUEST_NOUN.search(tail)


def _asked_elsewhere(row: _Row) -> list[_Say]:
    """A prose clause naming no request that says it is asked for in another application,
    separately or later ("Pokud ano, požádáme o povolení samostatně", "we'll apply for that
    separately", "o to zažádáme zvlášť později"): the one request its sentence named before
    it, else the one the sentence before named ("Natáčení bychom zvážili. O povolení
    požádáme samostatně."): not asked for now, unsure (ELSEWHERE); none when neither
    names exactly one."""
    if not row.ended or _ASKING_WORD.search(row.text) is None:
        return []
    if _ELSEWHERE.search(row.text) is None and _PUT_OFF.search(row.text) is None:
        return []
    if _sends_document(row) or _supposed_only(row.before):
        return []
    kind = _antecedent(row.before) or _antecedent(row.prior)
    return [_Say(kind, False, doubt=Reason.ELSEWHERE, apart=True)] if kind else []


_DATA_NOUN = re.compile(
    r"\b(?:data|dat|datech|daty|udaj\w*|vysledk\w*|results?|daten|dane|danych|dati|donnees|datos|"
    r"dados|gegevens)\b|\bdatov\w*\s+(?:vystup|sluzb|rozhran|zdroj|kanal|export)\w*",
    re.IGNORECASE,
)
"""The data or the results named before a decline that names no request cue ("data
nepotřebujeme", "results we don't need", "Daten brauchen wir nicht"): the feed is declined,
whatever request the sentence named before."""


_DEMONSTRATIVES = (
    r"ten|ta|to|tu|tuto|tento|toto|tato|tieto|tuhle|toho|tomu|tom|tej|tou|tomto|teto|"
    r"this|that|these|those|it|esa|ese|eso|esta|este|esto|aquella|aquel|questa|questo|quella|"
    r"quello|cette|cela|ceci|celle|diese\w*|dieser|jene\w*|tego|te|dit|dat|deze|die|"
    r"dette|denne|det|ezt|azt|esse|essa|isso|aquilo"
)
_POINTS_BACK = re.compile(rf"(?=[acdeijqt])\b(?:{_DEMONSTRATIVES})\b", re.IGNORECASE)
"""A demonstrative pointing back ("tuto žádost", "od toho", "that request", "esa solicitud",
"cette demande", "diesen Antrag"): a clause naming no request refers to one named before."""
_MESSAGE_NOUN = re.compile(
    r"(?:\s+\w+){0,2}?\s+(?:e-?mail\w*|mail\w*|zprav\w*|sprav\w*|message\w*|priloh\w*|"
    r"attachment\w*|correo\w*|nachricht\w*|formul\w*|form)\b",
    re.IGNORECASE,
)
"""A message or a document after the demonstrative ("ten e-mail z pondělí", "that
attachment"): what is taken back is a text, not the request named before."""


def _antecedent(before: str) -> str:
    """The request a decline naming none refers to: the one request the sentence named
    before it ("Přístup k XML máme zajištěn, o ten proto nežádáme"), or the one its last
    stretch after a colon or a dash named when it named both, else none (``_NOBODY``: which
    one is declined is a guess)."""
    kinds = {c.kind for c in _cue_spans(before) if not c.weak} if before else set()
    if len(kinds) > 1:  # "Per ora solo riprese: il feed XML …, faremo domanda più avanti"
        cut = max(before.rfind(c) for c in ":–—") + 1
        kinds = {c.kind for c in _cue_spans(before[cut:]) if not c.weak} if cut else kinds
    return kinds.pop() if len(kinds) == 1 else _NOBODY


def _supposed_only(before: str) -> bool:
    """Whether every request the clauses before name stands inside a condition
    (``_supposed``: "Kdyby natáčení nešlo, …", "If the filming is refused, …", "Falls das
    Drehen nicht geht, …"): what follows is a fallback for that case ("ozvu se znovu", "we'll
    apply for the feed later"), no decline or putting off of the request supposed."""
    spans = [c for c in _cue_spans(before) if not c.weak] if before else []
    if not spans:
        return False
    conditions = _supposed(_folded(before))
    return bool(conditions) and all(any(a <= c.start < b for a, b in conditions) for c in spans)


_ADDRESS_NOUN = re.compile(
    r"\b(?:adres\w*|address\w*|ip|test\w*|zalozn\w*|zaloh\w*|backup|zaloha|produkc\w*|"
    r"production|primar\w*|primary|secondary|sekundar\w*)\b",
    re.IGNORECASE,
)
"""An address, or a role an address has ("testovací nepotřebuji", "no backup")."""


def _about_addresses(clause: str, spans: list[_Cue], start: int) -> bool:
    """Whether a negation at ``start`` is about addresses ("testovací adresu nemáme", "no
    second address"): an address noun in its own stretch of the clause (since the last
    bracket, comma, semicolon or colon), and no request's cue there."""
    cut = max(clause.rfind(c, 0, start) for c in "(),;:–—") + 1
    end = start + len(_STRETCH_END.split(clause[start:], maxsplit=1)[0])
    if _ADDRESS_NOUN.search(clause, cut, end) is None:
        return False
    return not any(cut <= c.start < end and not c.weak for c in spans)


_STRETCH_END = re.compile(r"[),;:–—]|\s(?:a|and|i|a\s+také|and\s+also)\s")


def _asides(clause: str, opened: bool) -> list[tuple[int, int]]:
    """The bracketed asides of a clause, (start, end) of each outermost one; ``opened``: the
    clause starts inside an aside its sentence opened before it (an aside left open runs
    to the clause's end)."""
    out: list[tuple[int, int]] = []
    depth, start = (1, 0) if opened else (0, 0)
    for i, ch in enumerate(clause):
        if ch == "(":
            start = i if depth == 0 else start
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
            if depth == 0:
                out.append((start, i + 1))
    if depth:
        out.append((start, len(clause)))
    return out


_ASIDE_ANSWER = re.compile(r"\(?\s*(?:ne|nie|no|none|n/a|nein)\s*[.!]?\s*\)?$", re.IGNORECASE)


def _target(
    clause: str, spans: list[_Cue], asides: list[tuple[int, int]], start: int, end: int
) -> str | None:
    """The request a negation at (start, end) declines: the nearest cue in its own bracketed
    aside — a negation inside one with no request there is about the aside's detail (an
    address's role: "(IP …, test žádná)") and declines nothing — else the nearest cue."""
    aside = next(((a, b) for a, b in asides if a <= start < b), None)
    if aside is not None and _ASIDE_ANSWER.match(clause, *aside):
        aside = None  # "natáčení (ne)": a bracketed answer to what precedes it
    pool = spans if aside is None else [c for c in spans if aside[0] <= c.start < aside[1]]
    return min(pool, key=lambda c: _gap(c, start, end)).kind if pool else None


_DOUBLE_NEGATION = re.compile(
    r"\b(?:(?:it\s+is|it'?s|this\s+is)\s+)?not\s+that\s+(?:we|i)\s+(?:do\s+not|don'?t|would\s+not|"
    r"wouldn'?t)\b|\b(?:ne|nie)\s+ze\s+by(?:chom|ch|\s+sme|\s+som)\s+ne\w*|"
    r"\bnie\s+zeby(?:smy|m)\s+nie\b|\bnicht\s+dass\s+wir\s+(?:nicht|kein\w*)|"
    r"\bce\s+n'est\s+pas\s+que\s+nous\s+ne\b|\bno\s+es\s+que\s+no\b|\bnon\s+e\s+che\s+non\b|"
    r"\bniet\s+dat\s+(?:wij|we)\s+(?:niet|geen)\b",
    re.IGNORECASE,
)
"""A negation of a negation ("it's not that we don't want to film", "ne že bychom
nechtěli natáčet", "nicht dass wir nicht drehen wollten"): the two cancel out."""


_WITHDRAW_LOWER = re.compile(grouped(_WITHDRAW.pattern))
_MISTAKE_LOWER = re.compile(grouped(_MISTAKE))
_ASK_LOWER = re.compile(grouped(_ASK.pattern))
_QUESTION_OR_MAYBE_LOWER = re.compile(_QUESTION_OR_MAYBE.pattern)
_ELSEWHERE_LOWER = re.compile(_ELSEWHERE.pattern)
_PAST_LOWER = re.compile(_PAST.pattern)
_ASK_NOW_LOWER = re.compile(_ASK_NOW.pattern)
_NOT_LOWER = re.compile(grouped(_NOT.pattern))
_PUT_OFF_LOWER = re.compile(grouped(_PUT_OFF.pattern))

"""A clause's patterns blind to no case, for the clause in lower case (as ``_ANY_CUE_LOWER``;
a proof: ``test_cue_case``)."""
_LATER_ELECTION = re.compile(
    rf"\b(?:volb\w*|voleb|wybor\w*|\w*wahl\w*|election\w*|elezion\w*|eleccion\w*|eleico\w*|"
    rf"alegeri\w*|izbor\w*|volit\w*|rinkim\w*|verkiezing\w*|valasztas\w*|scrutin\w*|eklog\w*)"
    rf"(?:['\u2019\s]+\w+){{0,3}}?['\u2019\s]+(?:{_LATER_YEAR})",
    re.IGNORECASE,
)
"""An election of a later year ("pour les élections régionales de l'année prochaine", "für die
Landtagswahl im nächsten Jahr"): whether a request beside it is asked now or put off to it
is a matter of wording, the reading is unsure."""
_LATER_ELECTION_LOWER = re.compile(_LATER_ELECTION.pattern)
"""``_LATER_ELECTION`` blind to no case, for a text in lower case (``case_free_search``; a
proof: ``test_cue_case``)."""


def _withdrawals(clause: str, low: str | None = None) -> list[tuple[int, int]]:
    """Where ``_WITHDRAW`` matches in a clause (``low``: ``lowered(clause)``, when known)."""
    found = _WITHDRAW.finditer(clause) if low is None else _WITHDRAW_LOWER.finditer(low)
    spans = [m.span() for m in found]
    if spans and (_OMITTED.search(clause) or _document_sent(clause)):
        # "omylem nezaškrtnuto": an omission, no taking back; "PDF je stará verze odeslaná
        # omylem": a file sent by mistake, not a request
        return [(a, b) for a, b in spans if not _MISTAKE_LOWER.fullmatch(clause[a:b].lower())]
    return spans


_DOCUMENT = re.compile(
    r"\b(?:pdf|docx?|xlsx?|odt|soubor\w*|subor\w*|dokument\w*|verz[ei]\w*|file|attachment|"
    r"version|datei|fassung|plik\w*|wersj\w*)\b",
    re.IGNORECASE,
)
_SENT = re.compile(
    r"\b(?:odeslan|zaslan|poslan|odoslan|priloz|prilozen|sent|attached|geschickt|gesendet|"
    r"verschickt|beigefugt|angehangt|wyslan|zalaczon|dolaczon)\w*",
    re.IGNORECASE,
)


def _document_sent(clause: str) -> bool:
    """A clause about a file sent or attached (by mistake) that names no request ("PDF je
    stará verze odeslaná omylem", "the PDF was attached by mistake")."""
    folded = _folded(clause)
    return bool(_DOCUMENT.search(folded) and _SENT.search(folded)) and not _has_cue(clause)


def _declined(
    clause: str,
    spans: list[_Cue],
    kinds: list[str],
    opened: bool = False,
    withdrawals: list[tuple[int, int]] | None = None,
    loose: set[str] | None = None,
    supposed: set[str] | None = None,
) -> set[str]:
    """The requests a clause declines: each negation declines the request whose cue is
    nearest to it ("XML ano – natáčet nebudeme") within its bracketed aside, a negating
    word right before a cue declines it, and "ani"/"nor" with a negation declines them
    all. ``withdrawals``: ``_withdrawals(clause)`` when the caller has them already;
    ``loose`` gathers the requests a negation would decline that has an object of its own
    in a part of the clause joined after the request ("píšu z natáčení a nemám u sebe
    počítač"): it may not be about the request at all. A negation inside a condition
    (``_supposed``: "if filming inside isn't possible") declines nothing; ``supposed``
    gathers the requests named inside such a condition: supposed, neither asked nor
    declined."""
    low = lowered(clause)
    if withdrawals is None:
        withdrawals = _withdrawals(clause, low)
    nots, put_offs = (_NOT, _PUT_OFF) if low is None else (_NOT_LOWER, _PUT_OFF_LOWER)
    negations = [m.span() for m in nots.finditer(low or clause)] + withdrawals
    negations += [m.span() for m in put_offs.finditer(low or clause)]
    if (later := _later_not_now(low or clause)) is not None:  # "…per le prossime elezioni, non ora"
        negations.append(later.span())
    double = _DOUBLE_NEGATION.search(clause) if negations else None
    cancelled = double.span() if double else (0, 0)  # the two negations cancel
    negations = [n for n in negations if not cancelled[0] <= n[0] < cancelled[1]]
    negations = [n for n in negations if not _about_addresses(clause, spans, n[0])]
    if negations:  # "we considered skipping it": weighed, not done; "won't disturb": no harm
        negations = [n for n in negations if not _WEIGHED_ACT.search(clause, max(0, n[0] - 40), n[0])]
        negations = [n for n in negations if not _no_harm(clause, *n)]
    conditions = _supposed(clause) if negations or supposed is not None else []
    if conditions:
        inside = [n for n in negations if any(a <= n[0] < b for a, b in conditions)]
        if supposed is not None:  # the kinds whose every cue stands in a negated condition
            named = {c.kind for c in spans for n in inside if _within(c.start, n[0], conditions)}
            outside = {c.kind for c in spans if not any(a <= c.start < b for a, b in conditions)}
            supposed |= named - outside
        negations = [n for n in negations if n not in inside]
    asides = _asides(clause, opened) if "(" in clause or ")" in clause else []
    present = _present_asides(clause, asides) if asides else []
    if present:  # "… v roce 2028 (letos bez kamery)": this year's plan, no decline
        negations = [n for n in negations if not any(a <= n[0] < b for a, b in present)]
        spans = [c for c in spans if not any(a <= c.start < b for a, b in present)]
    own = [n for n in negations if _own_object(clause, spans, *n)]
    if loose is not None:
        loose |= {t for n in own if (t := _target(clause, spans, asides, *n)) is not None}
    targets = [_target(clause, spans, asides, start, end) for start, end in negations if (start, end) not in own]
    declined = {t for t in targets if t is not None}
    # a cue word negated by its own prefix ("nenatáčíme", "nenakrúcame", "nefotografujeme")
    declined |= {c.kind for c in spans if _NEGATED_WORD.search(clause, max(0, c.start - 3), c.start)}
    if declined and _ALL_NEGATED.search(clause):
        declined |= set(kinds)
    for cue in spans:
        close = _CLOSE_NEGATION.search(clause[max(0, cue.start - 40) : cue.start])
        at = close.start() + max(0, cue.start - 40) if close else 0
        if close and not cancelled[0] <= at < cancelled[1] and not _within(cue.start, at, conditions):
            declined.add(cue.kind)
        elif _NEGATION_AFTER.match(clause, cue.end):
            declined.add(cue.kind)
    return declined


_THIS_YEAR = re.compile(
    r"(?=[cdehijlnqtw])\b(?:letos\w*|tento\s+rok|tohto\s+roku|this\s+(?:year|time)|"
    r"dieses\s+jahr|heuer|diesmal|w\s+tym\s+roku|tym\s+razem|iden|ebben\s+az\s+evben|"
    r"quest['\u2019]anno|cette\s+annee|este\s+ano|dit\s+jaar|nyni|ted|now|jetzt|teraz)\b",
    re.IGNORECASE,
)
"""A word of this year or time (folded): "letos", "this year", "heuer", "w tym roku"."""
_YEAR_AHEAD = re.compile(
    rf"(?=[abfiknpvz12])\b(?:(?:19|20)\d\d|{_LATER_YEAR})", re.IGNORECASE
)
"""A year written out, or a later year in words ("v roce 2028", "next year")."""


def _present_asides(clause: str, asides: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The bracketed asides that speak of this year ("letos jen obhlídka bez kamery", "this
    year only a visit, no camera") in a clause whose request names a year outside them
    ("povolení natáčet … v roce 2028"): a negation there is about this year, no decline of the
    request for that year."""
    folded = _folded(clause)
    present = [(a, b) for a, b in asides if _THIS_YEAR.search(folded, a, b)]
    if not present:
        return []
    rest = list(folded)
    for a, b in present:
        rest[a:b] = " " * (b - a)
    return present if _YEAR_AHEAD.search("".join(rest)) else []


def _within(cue: int, negation: int, conditions: list[tuple[int, int]]) -> bool:
    """Whether a cue and a negation stand in one condition (``_supposed``)."""
    return any(a <= cue < b and a <= negation < b for a, b in conditions)


_WEIGHED_ACT = re.compile(
    r"\b(?:considered|considering|thought\s+(?:about|of)|contemplated|weighed|zvazoval\w*|"
    r"uvazoval\w*|premyslel\w*|uberlegt\w*|ueberlegt\w*|erwog\w*|rozwazal\w*)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
"""A verb of weighing right before a negation or a taking back ("we considered skipping it",
"uvažovali jsme o zrušení", "wir überlegten abzusagen"): an act weighed, not done — no
decline."""

_HARM = (
    # Czech and Slovak (folded): to limit, disturb, hinder, delay, block, affect, burden
    r"omez|obmedz|rus[iey]|narus|zdrz|brzd|blok|prekaz|zasah|ovlivn|ovplyvn|obtez|obtaz|"
    r"komplik|ztez|stiz|"
    # English, German, Polish and the Romance languages
    r"disturb|interfer|disrupt|affect|obstruct|hinder|imped|restrict|limit|stor(?:en|t)\b|beeintrachtig|"
    r"behinder|einschrank|zakloc|utrudn|ogranicz|przeszkadz|derang|perturb|gen(?:er|era|eront)\b|"
    r"ostacol|intralc|molest|entorpec|interromp|interrump|atrapalh|zavar|akadaly"
)
_NO_HARM_AFTER = re.compile(rf"(?:[ \t]+\w+){{0,2}}?[ \t]+(?:{_HARM})\w*", re.IGNORECASE)
_NO_HARM_BEFORE = re.compile(rf"(?:{_HARM})\w*(?:[ \t]+\w+)?[ \t]+$", re.IGNORECASE)
"""A verb of disturbing or limiting right after a negation ("natáčení nebude nijak omezovat
provoz", "will not disturb your staff", "nie będzie zakłócać pracy", "ne dérangera pas") or
right before it ("werden den Betrieb nicht stören" reads "stören" after it; "stört nicht"):
a reassurance about the request, no decline of it."""


def _no_harm(clause: str, start: int, end: int) -> bool:
    """The negation at ``start``-``end`` negates a verb of disturbing (``_NO_HARM_AFTER``,
    ``_NO_HARM_BEFORE``), not the request: "natáčení nebude nijak omezovat provoz"."""
    return bool(
        _NO_HARM_AFTER.match(clause, end) or _NO_HARM_BEFORE.search(clause, max(0, start - 30), start)
    )


_JOINED = re.compile(r"\s(?:a|and|und|i|oraz|et|e|y|en|og|och|es)\s", re.IGNORECASE)
_PRONOUN = re.compile(
    rf"(?:{_DEMONSTRATIVES}|ho|jej|ji|je|ich|him|her|them|ihn|es|sie|go|ja|sa|si|se)$",
    re.IGNORECASE,
)


def _own_object(clause: str, spans: list[_Cue], start: int, end: int) -> bool:
    """A negation in a part of the clause joined by "a"/"and" after every request's cue,
    followed in that part by two or more words none of which points back to the request
    ("… a nemám u sebe počítač", "… and I don't have my laptop with me"): what it negates
    is its own object, not the request before the join."""
    join = None
    for m in _JOINED.finditer(clause, 0, start):
        join = m
    if join is None or any(c.end > join.start() for c in spans):
        return False
    stretch = _STRETCH_END.split(clause[end:], maxsplit=1)[0]
    words = re.findall(r"\w+", stretch)
    return len(words) >= 2 and not any(_PRONOUN.match(w) for w in words)


_NEGATED_WORD = re.compile(r"(?<!\w)ne$", re.IGNORECASE)
"""The negating prefix right before a cue that starts inside its word."""


_LACK = re.compile(
    # the lookahead of the words' first letters only makes the search quick
    r"(?=[hdnjzseb])\b(?:(?:have|has|had)(?:n'?t|\s+not)\s+(?:yet\s+|still\s+)?(?:got|gotten|received|"
    r"been\s+(?:given|granted)|had)\b|(?:do|does)(?:n'?t|\s+not)\s+(?:yet\s+|currently\s+|"
    r"already\s+)?have\b|(?:jeste|zatim|dosud|doposud|zatial|este|doteraz|stale)\s+(?:\w+\s+)?"
    r"nem(?:am|ame|aji|a|ate)\b(?!\s+(?:zajem|zaujem|v\s+planu))|nem(?:am|ame|aji|a)\s+(?:\w+\s+){0,5}?"
    r"(?:jeste|zatim|dosud|doposud|zatial|este|doteraz)\b|(?:haben|habe|hat)\s+(?:\w+\s+)?(?:noch|bisher)"
    r"\s+(?:keine[nm]?|kein|nicht)\b)",
    re.IGNORECASE,
)
"""Not having a thing yet, a state and the reason to ask ("we have not yet got access to the
XML feed, so please register us", "zatím nemáme přístup k XML", "wir haben noch keinen
Zugang"): no decline; the request it names is unsure (a later clause may ask for it)."""


def _lacked(clause: str, spans: list[_Cue]) -> tuple[str, set[str]]:
    """``clause`` with its phrases of lacking a thing blanked (``_LACK``), and the requests
    those phrases name (the nearest cue to each)."""
    if "n" not in clause:
        return clause, set()
    lacking: set[str] = set()
    for m in _LACK.finditer(clause):
        if spans:
            lacking.add(min(spans, key=lambda c: _gap(c, *m.span())).kind)
        clause = clause[: m.start()] + " " * (m.end() - m.start()) + clause[m.end() :]
    return clause, lacking


_DOC = (
    r"(?:zadost\w*|ziadost\w*|formular\w*|prilo[hz]\w*|pdf\w*|dokument\w*|tiskopis\w*|form|"
    r"forms|application|attachment|attached\s+(?:form|file|document)|antrag\w*|wniosk\w*|"
    r"formularz\w*|zalacz\w*)"
)
_IN_DOC = rf"(?:v|ve|vo|na|in|on|im|w|we)\s+(?:\w+\s+){{0,2}}?{_DOC}\b"
_ABSENT_NEG = (
    r"(?:nem(?:am|ame|aji|a|ate)|neni|nie\s+je|neobsahuj\w*|nebyl\w*|nebol\w*|chyb\w*|"
    r"neuv[aei]\w*|nezaskrt\w*|nezaznac\w*|neoznac\w*|nevypln\w*|"
    r"(?:is|was|are|were)(?:n'?t|\s+not)|not|fehl\w*|nicht|brak\w*|nie\s+ma)"
)
_ABSENT_FROM_FORM = re.compile(
    # the lookahead of the words' first letters only makes the search quick
    rf"(?=[vnoiwcfbmal])\b(?:{_IN_DOC}\s+(?:\w+\s+){{0,3}}?{_ABSENT_NEG}\b|"
    rf"{_ABSENT_NEG}\s+(?:\w+\s+){{0,3}}?{_IN_DOC}|"
    rf"(?:missing|absent|omitted|left\s+out)\s+(?:from|in)\s+(?:\w+\s+){{0,2}}?{_DOC}\b)",
    re.IGNORECASE,
)
"""What the form or the attached application does not hold ("věc, kterou v žádosti nemáme",
"co ve formuláři chybí", "which is not in the form", "missing from the application"): a cover
note telling what it adds, not a decline; the negation does not decline the request."""


def _left_out(clause: str, spans: list[_Cue]) -> tuple[str, set[str]]:
    """``clause`` with its phrases of what the form does not hold blanked
    (``_ABSENT_FROM_FORM``), and the requests those phrases name (the nearest cue to each)."""
    absent: set[str] = set()
    for m in _ABSENT_FROM_FORM.finditer(clause):
        if spans:
            absent.add(min(spans, key=lambda c: _gap(c, *m.span())).kind)
        clause = clause[: m.start()] + " " * (m.end() - m.start()) + clause[m.end() :]
    return clause, absent


def _clause_says(
    clause: str, spans: list[_Cue], kinds: list[str], opened: bool = False, after: str = ""
) -> list[_Say]:
    """A clause's statements: declined, asked for by a verb, or only named (plain); a
    request only considered, or told of an earlier year, decides nothing; a thing the
    applicant says they lack yet is neither declined nor asked for, unsure; ``opened``: the
    clause starts inside a bracketed aside; ``after``: the rest of its sentence, where a
    condition left to the office may stand (``_left_to_office``)."""
    mistaken_no = _MISTAKEN_NO.search(clause) if _MISTAKE_LOWER.search(clause.lower()) else None
    if mistaken_no is not None:  # "omylem jsem zaškrtl NE": the "no" is the mistake, an ask
        clause = clause[: mistaken_no.start()] + " " * len(mistaken_no[0]) + clause[mistaken_no.end() :]
    low = lowered(clause)
    withdrawals = _withdrawals(clause, low)
    unlacked, lacking = _lacked(clause, spans)
    unlacked, absent = _left_out(unlacked, spans)
    loose: set[str] = set()
    supposed: set[str] = set()
    declined = _declined(unlacked, spans, kinds, opened, withdrawals, loose, supposed)
    if _CORRECTION_WORD.search(clause) and _CORRECTED_TO_NO.search(clause):
        declined |= set(kinds)  # "natáčení … opraveno na ne", "changed to no": the last answer
    crossed = {min(spans, key=lambda c: _gap(c, *m.span())).kind for m in _CROSS.finditer(clause)}
    withdraws = bool(withdrawals)  # one search of the clause for both
    ask = mistaken_no or (_ASK.search(clause) if low is None else _ASK_LOWER.search(low))
    doubt = _doubt(clause, low, spans) or _party_asks(after)
    if doubt is None and _WHETHER.match(clause) and not _POLITE_ASK.search(clause):  # "Ob wir auch drehen, überlegen wir noch"
        doubt = Reason.TENTATIVE
    # "jen v případě, že to bude možné": the office decides, asked; its "only" is the
    # condition's, it asks for nothing "only"
    conditional = doubt is Reason.TENTATIVE and _left_to_office(clause, after)
    doubt = None if conditional else doubt
    out: list[_Say] = []
    for k in kinds:
        weak = all(c.weak for c in spans if c.kind == k)
        if k in crossed:  # "natáčení ✗": a cross may tick or strike out
            out.append(_Say(k, False, doubt=Reason.FORM_UNRESOLVED))
        elif k in supposed and k not in declined:  # "if filming inside isn't possible, …"
            out.append(_Say(k, False, doubt=Reason.TENTATIVE))
        elif (k in lacking or k in loose and not ask) and k not in declined:  # "we have not yet got access"
            out.append(_Say(k, False, doubt=Reason.UNPLACED_DECLINE))
        elif k in absent and k not in declined and not ask:  # "natáčení ve formuláři chybí"
            out.append(_Say(k, False, doubt=Reason.OTHER_TYPE))
        elif k in declined and weak and not withdraws:  # "bez štábu", "no crew": how, not whether
            out.append(_Say(k, False, doubt=Reason.PEOPLE))
        elif k in declined:
            out.append(_Say(k, False, withdraws=withdraws))
        elif weak and (not (ask and len(kinds) == 1) or _AWAY.search(clause)):
            # "fotografka", "camera crew"; on a condition ("jen pokud se uvolní štáb"): considered
            why = doubt if doubt is Reason.TENTATIVE else Reason.PEOPLE
            out.append(_Say(k, False, doubt=why))
        elif k == FEED and _filming_topic(clause, spans):  # "záznamy při zpracování výsledků"
            out.append(_Say(k, False, doubt=Reason.OTHER_TYPE))
        else:
            nominal = not ask and _opens_with(clause, spans, k)
            topic = all(_TOPIC_CUE.match(clause, c.start) for c in spans if c.kind == k)
            # who films ("fotograf bude na náměstí") counts as a plain mention: only when
            # nothing names the filming itself
            plain = not ask or weak
            # asked in another application by the words of "separately" ("we will apply for that
            # separately"), not by another party ("požiadala" may be a conditional)
            apart = doubt is Reason.ELSEWHERE and (
                _ELSEWHERE.search(clause) if low is None else _ELSEWHERE_LOWER.search(low)
            ) is not None
            out.append(
                _Say(k, doubt is None, plain=plain, doubt=doubt, nominal=nominal, topic=topic, apart=apart)
            )
    for cue in spans:
        only = _ONLY.search(clause, max(0, cue.start - 40), cue.start)
        if cue.kind not in declined and not cue.weak and only and doubt is not Reason.TENTATIVE and not conditional:
            now = _FOR_NOW.search(clause, max(0, only.start() - 30)) is not None  # or after: "… after all"
            out += [_Say(k, False, implicit=not now) for k in (FEED, RECORDING) if k not in kinds]
    return out


_WHETHER = re.compile(r"\s*(?:(?:and|a|und|i)\s+)?(?:ob|whether|zda|zdali)\b", re.IGNORECASE)
"""A clause opening as an indirect question ("Ob wir auch drehen, …", "Whether we film …",
"Zda budeme natáčet, …"): what it names is weighed, not asked; not the words that open a
direct question too ("Czy moglibyśmy nagrywać?", "Či by sme mohli …"), nor a polite ask
(``_POLITE_ASK``)."""


_FOR_NOW = re.compile(
    r"\b(?:ted|teraz|tentokrat|nyni|zatim|prozatim|zatial|momentalne|aktualne|letos|"
    r"now|currently|for\s+the\s+time\s+being|this\s+time|at\s+present|"
    r"jetzt|vorerst|zunachst|zunaechst|derzeit|diesmal|obecnie|na\s+razie|tym\s+razem|"
    r"adesso|maintenant|ahora|agora|"
    # a decision reached after all ("nakonec jen XML", "we only need the feed after all", "al
    # final solo", "letztlich nur", "ostatecznie tylko", "alla fine solo", "finalement")
    r"nakonec|nakoniec|after\s+all|in\s+the\s+end|eventually|letztlich|schlie(?:ss|ß)lich|"
    r"ostatecznie|w\s+koncu|al\s+final|finalmente|alla\s+fine|finalement|au\s+final)\b",
    re.IGNORECASE,
)
"""A word of the present time before "only" ("teď jen XML", "for now only the feed",
"vorerst nur den Zugang"), or of a decision reached after all, before or after it ("we only
need the feed after all"): the other request, named elsewhere, is not asked for now — a
decision, not an implication."""


_TOPIC_LINK = re.compile(
    r"^(?:\s+\w+)*?\s+(?:pri|behem|o|ohledne|k|ke|na|during|of|about|on|at|covering|bei|uber|"
    r"wahrend|podczas|przy|z|ze|zo)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
_AND = re.compile(r",|\b(?:a|i|and|und|oraz|as\s+well|plus|also|take|tiez|auch|rovnez)\b", re.IGNORECASE)


def _filming_topic(clause: str, spans: list[_Cue]) -> bool:
    """The feed named only by the election's results, after a filming cue and linked to it
    by a preposition, no conjunction between ("povolení pořizovat zvukové záznamy při
    zpracování výsledků voleb", "footage of the counting of the election results"): what
    the filming is about, not a request for the feed (unsure)."""
    feed = [c for c in spans if c.kind == FEED]
    first = feed[0] if feed else None
    if first is None or not all(_TOPIC_CUE.match(clause, c.start) for c in feed):
        return False
    rec = [c for c in spans if c.kind == RECORDING and not c.weak and c.end <= first.start]
    if not rec:
        return False
    between = clause[rec[-1].end : first.start]
    if len(between) < 60 and not _AND.search(between) and _TOPIC_LINK.match(between) is not None:
        return True
    # the results named as the filming's time ("natáčet pro zpravodaj a televizi na pracovišti
    # při zpracování výsledků voleb", "während der Auszählung der Wahlergebnisse"): what is
    # filmed when, however far, unless a request's noun stands between
    return len(between) < 200 and _TIME_LINK.search(between) is not None and not _REQUEST_NOUN.search(between)


_TIME_LINK = re.compile(
    r"\s(?:pri|behem|pocas|during|while|bei|wahrend|waehrend|podczas|przy|pendant|durante|"
    # a time named in two words ("w trakcie", "v průběhu", "in the course of", "im Laufe der")
    r"w\s+(?:trakcie|czasie|toku)|v\s+(?:prubehu|priebehu|dobe|case)|in\s+the\s+course\s+of|"
    r"im\s+(?:laufe|zuge)|au\s+cours|lors)\s+(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)
"""A preposition of time and up to three words before the feed's results cue."""


_AWAY = re.compile(
    r"\b(?:(?:ze?|zo|ve?|vo|w)\s+(?:(?:nas\w*|sv\w*|vlastn\w*|naszego|naszej)\s+)?"
    r"(?:studi\w*|redakc\w*|newsroom\w*)|(?:from|in|at)\s+(?:(?:the|our|its)\s+)?(?:own\s+)?"
    r"(?:studio|newsroom)s?|(?:aus|in)\s+(?:dem|unserem)\s+studio|im\s+studio|"
    r"(?:depuis|dans)\s+(?:le|notre)\s+studio|dal(?:lo)?\s+studio|desde\s+(?:el|nuestro)\s+estudio)\b",
    re.IGNORECASE,
)
"""The applicant's people working at their own place ("reportáže budeme vysílat pouze ze
studia", "our crew will report from the studio", "aus dem Studio"): a plan of their own
work, not a request to film at the office's collection points."""


_TOPIC_CUE = re.compile(
    r"vysledk|volebn|wahlergebnis|wynik|risultat|resultad|resultat|verkiezingsuitslag|"
    r"verkiezingsresult|valresultat|valgresultat|valasztasi",
    re.IGNORECASE,
)
"""The feed's cues that name only the election's results (see ``_Say.topic``)."""
_CROSS = re.compile(r"[✗✘]")
_REQUEST_NOUN = re.compile(
    r"(?:pristup\w*|povoleni\w*|zadost\w*|ziadost\w*|access|permission|permit|request)\b",
    re.IGNORECASE,
)
_ITEM = re.compile(r"^\s*(?:(?:\d{1,2}|[a-h])[.)]\s*|[-*•–]\s*)?", re.IGNORECASE)


def _opens_with(clause: str, spans: Sequence[_Cue], kind: str) -> bool:
    """Whether a clause opens (after a list item's number or bullet) with a request noun or
    with a cue of ``kind`` as a label ("XML: …", "natáčení: …")."""
    start = _ITEM.match(clause)
    at = start.end() if start else 0
    if _REQUEST_NOUN.match(clause, at):
        return True
    first = next((c for c in spans if c.start == at), None)
    return first is not None and first.kind == kind and clause[first.end :].lstrip()[:1] == ":"


def _doubt(clause: str, low: str | None = None, spans: list[_Cue] | None = None) -> Reason | None:
    """A request only considered ("možná"), made in another application, or told of an
    earlier year ("loni jsme natáčeli") without asking now (``low``: ``lowered(clause)``,
    when known). A word of "separately" in a stretch of its own about addresses or testing
    ("XML (servery A a B; zvlášť testovat nebudeme) a natáčení") puts off no request."""
    text, (maybe, elsewhere, past, now) = (
        (clause, (_QUESTION_OR_MAYBE, _ELSEWHERE, _PAST, _ASK_NOW))
        if low is None
        else (low, (_QUESTION_OR_MAYBE_LOWER, _ELSEWHERE_LOWER, _PAST_LOWER, _ASK_NOW_LOWER))
    )
    if maybe.search(text):
        return Reason.TENTATIVE
    apart = elsewhere.search(text)
    if apart and spans is not None and _about_addresses(clause, spans, apart.start()):
        apart = next(
            (m for m in elsewhere.finditer(text) if not _about_addresses(clause, spans, m.start())), None
        )
    if apart or _another_asks(text) and not _FIRST_PERSON.search(text):
        return Reason.ELSEWHERE
    if past.search(text) and not now.search(text):
        return Reason.REQUEST_PAST
    return None


def _party_asks(after: str) -> Reason | None:
    """A relative clause right after a clause telling that the party it names asks for
    itself ("natáčet bude partnerská televize, která si o povolení zažádá sama")."""
    rel = _RELATIVE.match(after) if after else None
    if rel is None or not _another_asks(rel[0]) or _FIRST_PERSON.search(rel[0]):
        return None
    return Reason.ELSEWHERE


class Part(StrEnum):
    """What a text is to the message, for reading its requests."""

    TEXT = "text"
    SUBJECT = "subject"
    """A message's own subject: it names what the message is about, never a form."""
    SIGNATURE = "signature"
    """A signature block: a job title ("kameraman") or a name there asks for nothing."""
    ECHO = "echo"
    """The subject of a reply or a forward: it repeats the earlier message's subject (often
    the office's own), so what it names is not asked for."""


_ECHO_SUBJECT = re.compile(
    r"^\s*(?:re|odp|aw|sv|vs|fwd?|fw|tr|wg|přep|prep)\s*(?:\[\d+\])?\s*:", re.I
)


def subject_part(subject: str) -> Part:
    return Part.ECHO if _ECHO_SUBJECT.match(subject) else Part.SUBJECT


def _piece_says(text: str, part: Part, outer: tuple[tuple[str, str], ...] = ()) -> tuple[_Say, ...]:
    """``_piece_read``, always called with every argument: ``lru_cache`` keys a call that
    leaves ``outer`` out apart from one that passes its default, and the titles' and the
    texts' readings ask for the same pieces both ways."""
    return _piece_read(text, part, outer)


@per_application(maxsize=512)
def _piece_read(text: str, part: Part, outer: tuple[tuple[str, str], ...]) -> tuple[_Say, ...]:
    """What one text (a body, an attachment, the subject) says about the request types; a
    form decides the requests it has a mark for, the text's other lines only label its
    fields, unless they take a request back. Remembered: the readings of one message ask
    it of the same texts again (the quoted application, the subject)."""
    says = _sub_items([(row, s) for row in _Reader(text, outer).rows() for s in _row_says(row)])
    if part is Part.SIGNATURE:
        says = [s for s in says if not (s.asks and s.plain) and s.doubt is None]
    elif part is Part.ECHO:
        says = [
            dataclasses.replace(s, asks=False, doubt=Reason.ECHO) if s.asks else s for s in says
        ]
    if part is not Part.SUBJECT:
        says = _unmarked_options(says)
    formed = {s.kind for s in says if s.form}
    kept = _below_the_form(says)
    return tuple(s for s in kept if s.form or s.kind not in formed or s.withdraws or s.contests)


_LABEL_NOISE = re.compile(rf"\b(?:{_YES}|{_NO})\b|[\W\d_]+", re.IGNORECASE)


def _sub_items(said: list[tuple[_Row, _Say]]) -> list[_Say]:
    """A form's statements, a type's "ne" on one row dropped where another row of the form,
    with another label, says "ano" to the same type ("Natáčení: ANO", "Fotografování: NE";
    "Filming: yes", "Audio only: no"): the two rows are two parts of that request, and the
    affirmed one asks for it. The same label answered twice (a form pasted again, changed)
    is left to the last answer."""
    yes = {(s.kind, _item_label(r.text)) for r, s in said if s.form and s.asks}
    if not yes:
        return [s for _, s in said]
    return [
        s
        for r, s in said
        if not (s.form and not s.asks and not s.withdraws)
        or not any(k == s.kind and lab != _item_label(r.text) for k, lab in yes)
    ]


def _item_label(line: str) -> str:
    """A form row's label without its options and marks, to tell its rows apart."""
    return _LABEL_NOISE.sub("", _folded(line)).lower()


def _contesting(s: _Say) -> _Say:
    """A statement that names a form's type again without asking for it: a possible
    correction of the form, not an ask."""
    return dataclasses.replace(s, asks=False, plain=False, doubt=Reason.CORRECTED, contests=True)


def _below_the_form(says: list[_Say]) -> list[_Say]:
    """A text's statements, a request that prose below the form's last mark for it names
    again without asking for it (neither a verb nor a label asks) or declines marked as
    contesting the form: a careful officer reads such a sentence as a possible correction, whatever its
    words ("natáčení nakonec padá", "filming is off"), and does not take the tick as sure."""
    last = {s.kind: i for i, s in enumerate(says) if s.form}
    return [
        _contesting(s)
        if i > last.get(s.kind, len(says)) and s.prose and _names_again(s)
        else s
        for i, s in enumerate(says)
    ]


def _names_again(say: _Say) -> bool:
    """A sentence names a request without asking for it (a plain mention), or says it is not
    wanted in words that are not a withdrawal ("natáčení nakonec nestihneme")."""
    return (say.asks and say.plain and not say.nominal) or (not say.asks and not say.withdraws)


def _unmarked_options(says: list[_Say]) -> list[_Say]:
    """Requests named by bare lines in a text that is a form (it has boxes, or names both
    requests so): options whose marks the text lost (a box drawn as a picture, a line drawn
    across a word in a PDF); they are unsure, and not asked for beside a ticked box."""
    bare = {s.kind for s in says if s.bare}
    boxed = any(s.form for s in says)
    if not bare or not (boxed or bare >= {FEED, RECORDING}):
        return says
    decided = {s.kind for s in says if not s.plain and s.doubt is None}
    return [
        dataclasses.replace(s, asks=s.asks and not boxed, doubt=Reason.FORM_UNRESOLVED)
        if s.bare and s.kind not in decided
        else s
        for s in says
    ]


@dataclass(frozen=True)
class _Verdict:
    """All the statements about one request type, read together."""

    wanted: bool
    """The last statement that decides asks for it (a plain mention when none does)."""
    asked: bool
    declined: bool
    doubts: tuple[Reason, ...]
    """Why statements that decide nothing leave it in doubt, when nothing else decides."""
    only_other: bool
    questioned: bool
    """Asked only by a question whether the asker may ("Would it be possible to film?")."""
    named_only: bool
    """Wanted only because a sentence of prose names the election's results, no verb, form,
    label or list item asking for it, no word of access ("a report on the election
    results"): the topic of a text, maybe."""

    @classmethod
    def of(cls, kind: str, says: Sequence[_Say]) -> _Verdict:
        mine = [s for s in says if s.kind == kind]
        # a request said to be made in another application by a clause naming none after a
        # clause asking for it ("chceli by sme natáčať, o to však požiadame samostatne"): not asked here, the
        # reading is unsure (the asking and this statement both decide)
        decisive = [
            s
            for i, s in enumerate(mine)
            if not s.implicit
            and (s.doubt is None or s.asks or (s.apart and any(t.asks for t in mine[:i])))
        ]
        strong = [s for s in decisive if not (s.asks and s.plain)]
        only_other = any(s.implicit for s in mine)
        # only named in prose ("kolegové povolení k natáčení dostali") while a sentence asks
        # "only" for the other type: the "only" decides (unsure)
        overruled = not strong and only_other and all(s.prose and not s.nominal for s in decisive)
        return cls(
            wanted=strong[-1].asks if strong else any(s.asks for s in decisive) and not overruled,
            asked=any(s.asks for s in decisive),
            declined=any(not s.asks for s in decisive),
            doubts=() if strong else tuple(s.doubt for s in mine if s.doubt is not None),
            only_other=only_other,
            questioned=bool(decisive) and not strong and all(s.doubt is Reason.QUESTION for s in decisive if s.asks),
            named_only=not strong
            and any(s.asks for s in decisive)
            and all(s.prose and s.topic and not (s.nominal or s.bare or s.form) for s in decisive),
        )

    def doubt(self, counted: bool) -> Reason | None:
        """Why the reading is unsure: a form left unresolved, or a request only asked
        about, considered, echoed or told of that was not counted."""
        if self.questioned and counted:
            return Reason.QUESTION
        for d in self.doubts:
            if d is Reason.FORM_UNRESOLVED or not counted:
                return d
        return None


def _beside_other(v: _Verdict, other: _Verdict) -> _Verdict:
    """A type asked only by a question whether the asker may ("Je možné natáčet?") is not
    counted beside the other type asked: the question only asks about it."""
    if v.questioned and other.wanted and not other.questioned:
        return dataclasses.replace(v, wanted=False, asked=False, questioned=False, doubts=(Reason.QUESTION,))
    return v


_MAIL_TEST = re.compile(
    # the message calling itself a test of the mail (folded text): "tohle je jen test", "this
    # is just a test", "das ist nur ein Test", "to jest tylko test", "c'est un test", "test
    # message", "testovací e-mail", "Testnachricht", "wiadomość testowa", "messaggio di prova";
    # the lookahead of the words' first letters only makes the search quick
    r"(?=[tdcwmjo])\b(?:(?:tohle|toto|tato\s+zprava|tento\s+(?:e-?)?mail|this(?:\s+(?:e-?)?mail|\s+message)?|"
    r"das|dies|to|c['\u2019]?|ceci)\s+(?:je|is|ist|jest|est)\s+(?:(?:jen|len|jenom|just|only|nur|"
    r"tylko|seulement|simplement)\s+)?(?:(?:a|ein|un|une)\s+)?(?:(?:zkusebn\w*|kratk\w*|maly|short|"
    r"quick|kurz\w*|petit)\s+)?test\b(?!\s+(?:server|adres|address|ip|stroj|machine|prostred|"
    r"environment|from|z|ze|od|on|na))|"
    r"test(?:ovac\w*)?\s*(?:-\s*)?(?:message|mail|e-?mail|zprav\w*|sprav\w*|nachricht)\b|"
    r"testnachricht|testmail|wiadomosc\w*\s+testow\w*|message\s+(?:de\s+)?test\b|"
    r"(?:messaggio|mensaje|mail)\s+de?\s*(?:prova|prueba)\b|testbericht|testmeddelande|"
    r"(?:just|only)\s+testing\b)",
    re.IGNORECASE,
)
"""A message calling itself a test of the mail ("tohle je test, žádost pošlu zítra"): no
application may have come yet; what it names is read, never for certain."""

_ASK_AT_NEXT = re.compile(
    r"(?=[pzwb])\b(?:pozadame|poziadame|zazadame|zaziadame|wystapimy|poprosimy|beantragen\s+wir|"
    r"we(?:'ll|\s+will|\s+shall)\s+(?:\w+\s+)?(?:request|apply|ask))\s+(?:\w+\s+){0,4}?"
    r"(?:prist\w*|budouc\w*|buduc\w*|przyszl\w*|nastepn\w*|nachst\w*|naechst\w*|next|following)"
    r"\s+(?:\w+\s+)?(?:volb\w*|voleb|volieb|wybor\w*|wahl\w*|election\w*)",
    re.IGNORECASE,
)
"""A first-person future of asking at the next election ("we will request at the next
elections", "požádáme u příštích voleb"): the applicant's next election may be the coming
one or a later one, the reading is unsure."""


def request_types(
    pieces: Sequence[tuple[str, Part]], has_ips: bool
) -> tuple[tuple[str, ...], Reason | None]:
    """The request types asked for in ``pieces`` (see ``_request_types``); a message calling
    itself a test of the mail (``_MAIL_TEST``) is unsure, and without addresses asks for
    nothing yet (its application is to follow). A request put off
    to an election of another kind or a year ("žádáme o povolení natáčet, ale až při
    komunálních volbách 2026") is not asked now beside what the message asks now; when the
    message asks nothing else, the application is for that election: it counts, unsure."""
    out, why = _until_event_types(pieces, has_ips)
    if out and why is None and any(
        case_free_search(_LATER_ELECTION, _LATER_ELECTION_LOWER, _folded(text))
        or _ASK_AT_NEXT.search(_folded(text))
        for text, _ in pieces
    ):
        why = Reason.LATER_ELECTION
    if any(_MAIL_TEST.search(_folded(text)) for text, _ in pieces):
        return (out if has_ips else ()), Reason.MAIL_TEST
    return out, why


def _until_event_types(
    pieces: Sequence[tuple[str, Part]], has_ips: bool
) -> tuple[tuple[str, ...], Reason | None]:
    """The request types, with a request put off to another election counting when the
    message asks nothing else (see ``request_types``)."""
    out, why = _request_types(pieces, has_ips)
    if out or not any(_UNTIL_EVENT.search(_folded(text)) for text, _ in pieces):
        return out, why
    again = _request_types([(_without_until(text), part) for text, part in pieces], has_ips)
    return (again[0], Reason.DECLINED) if again[0] else (out, why)


def _without_until(text: str) -> str:
    """The text with each "not until" word before another election or a year blanked (the
    folding keeps every position)."""
    for m in reversed(list(_UNTIL_EVENT.finditer(_folded(text)))):
        text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    return text


def _request_types(
    pieces: Sequence[tuple[str, Part]], has_ips: bool
) -> tuple[tuple[str, ...], Reason | None]:
    """The request types asked for in ``pieces`` (texts from the oldest to the newest: a
    forwarded application, the attachments, the subject, the new text), and why that reading
    is unsure (None: sure). A type counts only where it is asked for or ticked, never where
    it is declined, left unticked or ticked "ne"; a type both asked for and declined counts
    as its last statement says (a later sentence or the cover note corrects the form) and
    is unsure, as is a form left unresolved, a request only asked about or considered, a
    form's tick that a sentence below the form names again without asking for it (a
    possible correction), and addresses given while the feed is declined. A title (the subject) is read first, as the
    oldest word: it names what the message is about, any text's decision overrides it. The
    feed only named in prose (no verb, form or label asks for it) beside an asked filming
    and without addresses is the topic of the filming ("a report on the election results"),
    not counted, and the reading is unsure."""
    titles_first = sorted(pieces, key=lambda p: p[1] not in (Part.SUBJECT, Part.ECHO) or _note(*p))
    outer = _other_items(pieces)
    says = _newer_only(
        [(part, _piece_says(text, part, outer.get(text, ()))) for text, part in titles_first]
    )
    feed, rec = _Verdict.of(FEED, says), _Verdict.of(RECORDING, says)
    # a question whether the asker may, beside the other type asked: only a question
    feed, rec = _beside_other(feed, rec), _beside_other(rec, feed)
    topic = feed.named_only and not has_ips and rec.wanted and not rec.named_only
    out: list[str] = []
    if (feed.wanted and not topic) or (has_ips and not (feed.declined and rec.wanted)):
        out.append(FEED)
    if rec.wanted:
        out.append(RECORDING)
    if not out:
        return (), Reason.NO_TYPE
    if topic:  # the results only named beside an asked filming: the report's topic, maybe
        return tuple(out), Reason.OTHER_TYPE
    if has_ips and feed.declined:
        return tuple(out), Reason.ADDRESSES_DECLINED
    form_no = {s.kind for s in says if s.form and not s.asks} - {s.kind for s in says if s.form and s.asks}
    if any(s.contests and (s.kind in out or s.kind in form_no) for s in says):
        return tuple(out), Reason.CORRECTED
    only_other = (FEED in out and feed.only_other) or (RECORDING in out and rec.only_other)
    overruled = any(v.asked and not v.wanted and v.only_other for v in (feed, rec))
    if only_other or overruled or any(v.asked and v.declined for v in (feed, rec)):
        return tuple(out), Reason.DECLINED
    why = feed.doubt(FEED in out) or rec.doubt(RECORDING in out)
    why = why or _competing(says, out, pieces, has_ips)
    why = why or _title_only(titles_first, out)
    return tuple(out), why or _refused_beside(pieces, out) or _own_condition(pieces, out)


def _newer_only(read: Sequence[tuple[Part, tuple[_Say, ...]]]) -> list[_Say]:
    """The statements of the texts, oldest first, where a newer text (a cover note) asks
    "only" for one type while an older text (the form it sends) ticks the other: the newer
    text decides, so its "only" declines the ticked type (and the reading is unsure, asked
    and declined), as a cover note's correction of an address overrides the form's. Not
    when the newer text names that type itself: its own words about it decide; a sentence of
    it that leaves the ticked type in doubt ("natáčení platí jen v případě, že …") contests
    the tick, as prose below a form does (``_below_the_form``); a decline stays one (it
    decides against the tick), a crew named (who films) contests nothing."""
    out: list[_Say] = []
    for part, says in read:
        ticked = {s.kind for s in out if s.form and s.asks}
        unticked = {s.kind for s in out if s.form and not s.asks} - ticked
        if part is Part.TEXT and ticked:
            says = tuple(_against_older_form(s, ticked, says) for s in says)
        if part is Part.TEXT and unticked:
            says = tuple(_for_older_no(s, unticked) for s in says)
        out += says
    return out


def _for_older_no(say: _Say, unticked: set[str]) -> _Say:
    """One statement of a newer text (a cover note) about a type an older form leaves
    unticked or answers "no": an ask decides (the newer text wins), a plain mention or a
    question or a request only considered cannot tell whether it asks, so it contests the
    form's "no" (unsure), whatever its words; a crew named (who films) contests nothing."""
    if say.kind not in unticked or say.form or say.implicit or say.withdraws:
        return say
    if (say.asks and say.plain) or (not say.asks and say.doubt not in (None, Reason.PEOPLE)):
        return _contesting(say)
    return say


def _against_older_form(say: _Say, ticked: set[str], says: Sequence[_Say]) -> _Say:
    """One statement of a newer text read against the types an older form ticks."""
    if say.kind not in ticked or say.form:
        return say
    if say.implicit:  # "only the other", while the newer text does not name this type
        named = any(s.kind == say.kind and not s.implicit for s in says)
        return say if named else dataclasses.replace(say, implicit=False, prose=True)
    if say.prose and not say.asks and say.doubt not in (None, Reason.PEOPLE):
        return _contesting(say)
    return say


_SENTENCES = re.compile(r"\w[.!;]\s+\S")


def _refers(text: str) -> bool:
    return _REF_SCAN.search(_folded_bytes(text)) is not None


def _other_items(pieces: Sequence[tuple[str, Part]]) -> dict[str, tuple[tuple[str, str], ...]]:
    """For a text (a postscript, a signature's note) that refers to an item ("PS: Punkt 2
    ziehen wir zurück") and numbers none itself: the items the message's other texts number,
    each naming one request (none when two texts number the same item differently)."""
    referring = [t for t, p in pieces if p in (Part.TEXT, Part.SIGNATURE) and _refers(t)]
    referring = [t for t in referring if not _numbered_items(t.split("\n")) and _item_ref(t)]
    if not referring:
        return {}
    items: dict[str, set[str]] = {}
    for text, part in pieces:
        if part is Part.TEXT and text not in referring:
            for n, kind in _numbered_items(text.split("\n")).items():
                items.setdefault(n, set()).add(kind)
    found = tuple(sorted((n, next(iter(k))) for n, k in items.items() if len(k) == 1))
    return dict.fromkeys(referring, found) if found else {}


def _note(text: str, part: Part) -> bool:
    """A title that is a note of sentences (a data message's annotation "Žádost o XML –
    formulář v příloze. Natáčení je zaškrtnuté omylem, nežádáme o něj.") declining or taking
    back a request, or any title taking a request back ("natáčení uvedené v příloze již
    nežádáme", "Dreharbeiten entfallen"): it speaks as the newest text, the cover note that
    corrects the form, not as a title that any text overrides."""
    if part is not Part.SUBJECT:
        return False
    says = _piece_says(text, part)
    if any(s.withdraws for s in says):  # "natáčení uvedené v příloze již nežádáme": taken back
        return True
    return bool(_SENTENCES.search(text)) and any(not s.asks and not s.implicit and s.doubt is None for s in says)


def _title_only(pieces: Sequence[tuple[str, Part]], out: Sequence[str]) -> Reason | None:
    """A type counted only from a title (a subject, a data message's annotation) while the
    texts speak of requests and none of them of that type: the title names the filing, the
    texts say what it asks for, so the reading is unsure (OTHER_TYPE)."""
    titles = {s.kind for text, part in pieces if part is Part.SUBJECT for s in _piece_says(text, part)}
    if not titles & set(out):
        return None
    texts = {s.kind for text, part in pieces if part is not Part.SUBJECT for s in _piece_says(text, part)}
    return Reason.OTHER_TYPE if texts and any(k not in texts for k in titles & set(out)) else None


_CHANGE_OF_MIND = re.compile(
    r"\b(?:oprav\w*|korekc\w*|correct(?:ion|ed)|update[ds]?|zmen\w*|zmien\w*|change[ds]?|"
    r"stazen\w*|stiahnut\w*|nestihn\w*|nestihl\w*|nestihat\w*|nestiha\w*|nepodar\w*|"
    r"nemuz\w*|nemoz\w*|nebud\w*|nakonec|nakoniec|after\s+all|bohuzel|zial|unfortunately|"
    r"can'?t|cannot|unable|instead|misto\s+toho|namiesto\s+toho)\b",
    re.IGNORECASE,
)
"""Words of a change of mind, a failure or a correction ("natáčení nakonec nestihneme",
"oprava", "unfortunately we cannot film"): broader than the words that decide a decline,
they only make a reading unsure."""


_REC_STEMS = tuple(
    s.encode()
    for s in (
        *("natac", "natoc", "nakruc", "nakrut", "prebirac", "preberac", "povoleni", "poriz", "toci"),
        *("pritomnost", "zaznam", "fotograf", "foti", "foceni", "nahr", "film", "record"),
        *("footage", "collection", "permi", "photograph", "shoot", "dreh", "aufnahm"),
        *("aufzeichn", "nagr", "nakrec", "zdjec", "rejestrac", "ripres", "riprend", "tourn"),
        *("prise", "rodaj", "grab", "grava", "forgat", "felvetel", "opnam", "inspelning"),
        *("optagelse", "opptak", "registrazion", "enregistr", "tillatelse", "tilladelse"),
        *("tillstand", "vergunning", "engedely", "licen", "nehmen", "stream", "broadcast"),
        *("transmisj", "transmitow", "zivy", "zive", "ziva", "zivo", "photo", "pictur", "foto"),
        *("bilder", "genehmigung", "erlaubnis", "zulassung", "akkreditierung", "fotk"),
        *("rodar", "rodemos", "rodando", "rued", "gravemos", "girare", "giriamo", "gireremo"),
        *("snim", "snem", "kuva", "fotek", "fenykep", "kamer", "ndatak", "ndatok"),
        *("pptak", "pptok", "sjem", "zjomk", "znim", "zasnem", "vinteoskop", "magnitoskop"),
        *("kinimatograf", "gyrism", "cekim", "cekme", "cekec", "ceker", "quay", "ghi"),
        *("chup", "ffilmj", "filmjar", "scannan", "taifead"),
    )
)
"""A word stem of every alternative of ``_REC_CUES``, lower case, without diacritics."""


_REC_STEM_SCAN = re.compile(b"|".join(map(re.escape, _REC_STEMS)))


def _may_name_filming(text: str) -> bool:
    """A quick test before the filming nets read a text: one of the stems is in it."""
    return _REC_STEM_SCAN.search(_folded_bytes(text)) is not None


def _may_hold_rec_cue(text: str) -> bool:
    """Whether ``_REC_CUES`` may match in ``text``: every match holds one of ``_REC_STEMS``
    in ASCII letters of either case, which the byte fold keeps in place in lower case, or a
    ``CASE_TWINS`` character that the case-blind pattern reads as an ASCII letter and the
    fold does not (a proof: ``test_filming_stems``, as for ``_filming_lines``)."""
    return _REC_STEM_SCAN.search(_folded_bytes(text)) is not None or CASE_TWINS.search(text) is not None


_LINE_ENDS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
"""What ``str.splitlines`` ends a line with."""


def _filming_lines(folded: str) -> list[str]:
    """The lines (``str.splitlines``, in order) of a folded text in which ``_REC_CUES`` may
    match: those holding a stem of it or a character that the pattern, blind to case, could
    read as one of a stem's letters; in the other lines no clause names filming. One scan of
    the whole text instead of the lines' patterns (a proof: ``test_filming_stems``)."""
    lines = folded.splitlines(keepends=True)
    starts = list(itertools.accumulate(map(len, lines), initial=0))
    hits = [m.start() for m in _REC_STEM_SCAN.finditer(_folded_bytes(folded))]
    hits += [m.start() for m in CASE_TWINS.finditer(folded)]
    numbers = sorted({bisect.bisect_right(starts, i) - 1 for i in hits})
    return [lines[n].rstrip(_LINE_ENDS) for n in numbers]


def _refused_beside(pieces: Sequence[tuple[str, Part]], out: Sequence[str]) -> Reason | None:
    """The safety net of a sure reading: a clause (a sentence, a table or form row) naming
    a counted type's filming cue beside a negation or a withdrawal ("natáčení – zrušeno",
    "Filming | cancelled", "o natáčení už nežádáme") may decline it whatever the rules
    made of it, so the reading is unsure (DECLINED) and the officer looks. Only the filming
    permit: the feed's cue words are common in any text about addresses."""
    if RECORDING not in out:
        return _filming_left_out(pieces)
    for text, part in pieces:
        if part in (Part.ECHO, Part.SIGNATURE) or not _may_name_filming(text):
            continue
        for line in _filming_lines(_folded(text)):
            if _BOX.search(line) or _option_line(line) is not None:
                if _NO_AFTER_TICK.search(line):
                    return Reason.DECLINED  # "[X] (ne, děkujeme)": a "no" written by the tick
                continue  # a form's options: its marks decide, read by the rules
            if any(_refuses_filming(c) for c in _SENTENCE_END.split(line)):
                return Reason.DECLINED
    return None


_NO_AFTER_TICK = re.compile(
    rf"(?:{_TICKED_BOX})[^☐□❏☒☑⊠✅⬜◻▢❐❑🗹🗷\[\]]{{0,60}}?(?:[(–—:,]|\s-)\s*"
    rf"(?:{_NO}|nechc\w*|nechce\w*|nezad\w*|neziad\w*|nepotreb\w*|zrus\w*|storn\w*|"
    r"cancel\w*|withdrawn|not\s+needed|nicht\s+(?:notig|noetig|gewunscht)\w*)\b",
    re.IGNORECASE,
)
"""A "no" or a withdrawal written beside a ticked box, after a bracket, dash, colon or
comma ("[X] (ne, děkujeme)", "☒ – zrušeno", "[x] (no, thanks)"): the tick may be taken
back, the reading is unsure."""


def _filming_left_out(pieces: Sequence[tuple[str, Part]]) -> Reason | None:
    """The other side of the net: a plain sentence of prose asks for something and names
    filming itself (not only a crew), with no negation, withdrawal, doubt, question, earlier
    year or other application outside brackets, and the reading leaves filming out: unsure
    (OTHER_TYPE). Form and table rows are left to the rules that read their marks."""
    for text, part in pieces:
        if part is Part.SUBJECT and _TITLE_RECORDING.search(_folded(text)):
            return Reason.OTHER_TYPE  # the title names a recording the texts did not ask for
        if part in (Part.ECHO, Part.SIGNATURE):
            continue
        folded = _folded(text)
        if not _may_name_filming(text) and not _REC_LOOSE.search(folded):
            continue
        for paragraph in _PARAGRAPH.split(folded):
            prose = " ".join(ln for ln in paragraph.splitlines() if not _row_like(ln))
            if any(_asks_recording(c) for c in _SENTENCE_END.split(prose)):
                return Reason.OTHER_TYPE
    return None


def _own_condition(pieces: Sequence[tuple[str, Part]], out: Sequence[str]) -> Reason | None:
    """The net of a sure reading that counts filming: a sentence of prose asking to film on a
    condition on the applicant's own side ("pokud seženeme kameramana, rádi bychom natáčeli",
    "if we can find a camera operator", "falls wir ein Team zusammenbekommen") leaves the
    request in doubt (TENTATIVE); a condition left to the office ("je-li třeba", "if
    required", "sollte es möglich sein", ``_office_condition``) does not. Form and table rows
    are left to the rules that read their marks."""
    if RECORDING not in out:
        return None
    for text, part in pieces:
        if part in (Part.ECHO, Part.SIGNATURE, Part.SUBJECT) or not _may_name_filming(text):
            continue
        for paragraph in _PARAGRAPH.split(_folded(text)):
            prose = " ".join(ln for ln in paragraph.splitlines() if not _row_like(ln))
            for sentence in _SENTENCE_END.split(prose):
                if not _may_hold_rec_cue(sentence):
                    continue  # ``_REC_CUES`` cannot match in it: the search below finds none
                low = lowered(sentence)
                if low is None:
                    if _REC_CUES.search(sentence) is None or _ASK.search(sentence) is None:
                        continue
                elif _REC_CUES_LOWER.search(low) is None or _ASK_LOWER.search(low) is None:
                    continue
                if any(_own_side(sentence, c.end()) for c in _CONDITION.finditer(sentence)):
                    return Reason.TENTATIVE
    return None


_REC_LOOSE = re.compile(
    r"(?=[acfikmnprsvz])\b(?:nahr(?:at|av|aj|an)\w*|kamer\w*|mikrofon\w*|zaber\w*|audio\w*|video\w*|"
    r"record\w*|camera\w*|microphone\w*|shoot\w*|captur\w*|footage|interview\w*|rozhovor\w*|"
    # photographs beside a verb the cues do not know ("cvaknout pár fotek", "Fotos knipsen",
    # "snap a few photos", "zdjęcia pstrykać", "fényképezni")
    r"fot(?:o|k|ek)\w*|photo\w*|zdjec\w*|fenykep\w*|snim(?:ek|k)\w*)",
    re.IGNORECASE,
)
"""Words of recording sound or pictures that the request cues may not count ("nahrát",
"kamera", "mikrofon", "záběry", "record", "capture"): in a sentence asking for something,
left out of the reading, they make it unsure (read in a folded text)."""


_TITLE_RECORDING = re.compile(
    r"\b(?:\w*zaznam\w*|recording|aufnahme\w*|aufzeichnung\w*|nagrani\w*|nagranie|video\w*|"
    r"kamer\w*|camera|foto\w*|photo\w*|film\w*|natac\w*|natoc\w*|nakruc\w*)\b",
    re.IGNORECASE,
)
"""A word of a recording, a camera or a film in a message's own title ("Žádost – přístup k
datům a záznam"): the title names what the filing asks for; when no text is read as asking
for filming, the reading leaves out what the title may name."""
_PARAGRAPH = re.compile(r"\n\s*\n")
_ROW_LIKE = re.compile(r"\t|\||\S {2,}\S|\.{3,}|[?]")
"""A line of a table or a form (cells, a dotted leader, a wide gap) or a question."""


def _row_like(line: str) -> bool:
    return bool(_ROW_LIKE.search(line) or _BOX.search(line) or _TICKED.match(line))


_BRACKETED = re.compile(
    r"\([^()]*(?:\d|\btest|\bip\b|\badres|\baddress|\bserver)[^()]*\)", re.IGNORECASE
)
"""A bracket about addresses (a number, "test", "IP", "adresa", "server"): what it negates
is about the addresses ("(test žádný)"), never a request."""
_NOT_PLAIN = (_NOT, _WITHDRAW, _CHANGE_OF_MIND, _PAST, _QUESTION_OR_MAYBE, _ELSEWHERE)


_REC_CUES_LOWER = re.compile(grouped(_REC_CUES.pattern))
_REC_LOOSE_LOWER = re.compile(grouped(_REC_LOOSE.pattern))
_CHANGE_OF_MIND_LOWER = re.compile(_CHANGE_OF_MIND.pattern)
_CLOSE_NEGATION_LOWER = re.compile(_CLOSE_NEGATION.pattern)
_FEED_CUES_LOWER = re.compile(_FEED_CUES.pattern)
_NOT_PLAIN_LOWER = (
    _NOT_LOWER, _WITHDRAW_LOWER, _CHANGE_OF_MIND_LOWER, _PAST_LOWER, _QUESTION_OR_MAYBE_LOWER,
    _ELSEWHERE_LOWER,
)  # fmt: skip
"""The filming nets' patterns blind to no case, for a clause in lower case (as
``_ANY_CUE_LOWER``; a proof: ``test_cue_case``)."""


def _asks_recording(clause: str) -> bool:
    """A sentence (folded) asking for something and naming filming (``_REC_CUES``) or a word
    of recording (``_REC_LOOSE``) with no negation right before it, and no word that could
    decide against it (negation, withdrawal, doubt, earlier year) outside a bracket about the
    addresses ("(ip 192.0.2.7, test žádný)")."""
    bare = _BRACKETED.sub(" ", clause)
    low = lowered(bare)  # the patterns blind to no case read the lower case, the same matches
    text, rec, loose, ask, plain, close = (
        (bare, _REC_CUES, _REC_LOOSE, _ASK, _NOT_PLAIN, _CLOSE_NEGATION)
        if low is None
        else (low, _REC_CUES_LOWER, _REC_LOOSE_LOWER, _ASK_LOWER, _NOT_PLAIN_LOWER, _CLOSE_NEGATION_LOWER)
    )
    cue, word = rec.search(text), loose.search(text)
    if (cue is None and word is None) or not ask.search(text) or any(rx.search(text) for rx in plain):
        return False
    if cue is not None and not close.search(text, 0, cue.start()) and not _NEGATION_AFTER.match(text, cue.end()):
        return True
    return (
        word is not None
        and not _INTO.match(bare, word.end())  # "nahrávat do databáze": data loaded
        and not close.search(text, 0, word.start())
    )


_INTO = re.compile(r"(?i)(?:\s+\w+){0,3}?\s+(?:do|into|to\s+(?:our|the)\s+(?:database|system|site))\b")
"""Data loaded somewhere after a word of recording ("nahrávat do databáze"): no filming."""


def _refuses_filming(clause: str) -> bool:
    """A clause (folded) naming filming and a negation or withdrawal, with no feed cue or
    address beside it that the negation could be about ("XML nepotřebujeme")."""
    low = lowered(clause)
    if low is None:
        return bool(
            _REC_CUES.search(clause)
            and (_NOT.search(clause) or _WITHDRAW.search(clause) or _CHANGE_OF_MIND.search(clause))
            and not _FEED_CUES.search(clause)
            and not _IP_CUE.search(clause)
        )
    return bool(  # the same patterns blind to no case in the lower case
        _REC_CUES_LOWER.search(low)
        and (_NOT_LOWER.search(low) or _WITHDRAW_LOWER.search(low) or _CHANGE_OF_MIND_LOWER.search(low))
        and not _FEED_CUES_LOWER.search(low)
        and not _IP_CUE.search(clause)
    )


def _competing(
    says: Sequence[_Say], out: Sequence[str], pieces: Sequence[tuple[str, Part]], has_ips: bool
) -> Reason | None:
    """The certainty check of a reading no statement left in doubt: when the text names both
    request types, each must be decided explicitly — a type counted only because it is
    named (no verb, no box, no list item or label asks for it; the feed also by the
    addresses given for it) is unsure, as is a reading beside a decline that names no
    type, or both types asked for in prose where the text says to strike out an option
    (the stroke may be lost)."""
    named = {s.kind for s in says if s.kind != _NOBODY}
    if named != {FEED, RECORDING}:
        return None
    if any(s.kind == _NOBODY for s in says):
        return Reason.UNPLACED_DECLINE
    for kind in out:
        if kind == FEED and has_ips:
            continue
        mine = [s for s in says if s.kind == kind and s.asks]
        if mine and all(s.plain and not s.nominal for s in mine):
            return Reason.OTHER_TYPE
    formed = {s.kind for s in says if s.form}
    if len(out) == 2 and not formed and any(_STRIKE_OUT.search(t) for t, _ in pieces):
        return Reason.FORM_UNRESOLVED
    return None


_STRIKE_OUT = re.compile(
    r"n[eě]hod[ií]c[ií]\s+se|nehodiace\s+sa|[šs]krtn|[šs]krtl|(?:delete|strike|cross)\s+"
    r"(?:out|through|as\s+(?:appropriate|applicable)|whichever)",
    re.IGNORECASE,
)
"""A form's instruction to strike out the options that do not apply ("nehodící se
škrtněte", "delete as appropriate"), or a note that they were struck."""


# the names other modules read (``certainty``): the same objects as the private ones
FOLD = _LATIN_FOLD
"""Diacritics to plain letters (``str.translate``), as the Latin cues are matched (the names'
checks read it: no transliteration of other scripts)."""
NOT = _NOT
"""A negation of a request type's clause."""
cue_spans = _cue_spans


regroup_case_blind(globals())  # the large case-blind patterns, read quicker (``alternation``)
