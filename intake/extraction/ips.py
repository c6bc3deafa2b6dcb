"""IP addresses in free text: single addresses, CIDR blocks, ranges and last-octet shorthand,
each with its role (production or test) read from Czech and English cues.

Pure functions; the caller decides which text (which component, which part of a mail) to feed.
"""

from __future__ import annotations

import dataclasses
import ipaddress
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import partial
from typing import TypedDict, Unpack

from intake.extraction.alternation import grouped, regroup_case_blind
from intake.extraction.casefree import CASE_TWINS, case_free_search, lowered
from intake.extraction.layout import table_rows
from intake.extraction.memo import per_application
from intake.extraction.review import Reason
from intake.extraction.sections import OLD_WORDS
from intake.extraction.segments import logical_lines
from intake.gate import is_documentation

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

MAX_EXPAND = 4096
"""Blocks larger than this are counted but not listed address by address."""


class Role(StrEnum):
    PRODUCTION = "production"
    TEST = "test"


_V4 = r"(?:\d{1,3}\.){3}\d{1,3}"
_V6 = r"(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?:(?<=:)(?:\d{1,3}\.){3}\d{1,3})?"
_MASK_OCTET = r"(?:255|254|252|248|240|224|192|128|0)"
_NETMASK = rf"255\.{_MASK_OCTET}\.{_MASK_OCTET}\.{_MASK_OCTET}(?![\d.]\d)"
_DASH = (
    r"(?:\s*(?:-|–|—|‒|až|az|to|through|thru|until|bis|\.\.)\s*|\s+(?:do|"
    # a range in words, as each language writes "up to" ("až po", "jusqu'à", "fino a",
    # "hasta", "até", "tot en met", "till"), always before a whole address
    r"(?:až|az)\s+(?:po|do)|jusqu['’]\s?à|à|fino\s+a|hasta|al|até|tot(?:\s+en\s+met)?|t/m|"
    # "up to" in Cyrillic and Greek ("від A до B", "с A по B", "από A έως B")
    r"till?|до|по|έως|εώς|ως|μέχρι|"
    # Estonian, Lithuanian and Latvian ("A kuni B", "A iki B", "A līdz B")
    r"kuni|iki|l[īi]dz)\s+"
    # a whole address after the word: IPv4, or IPv6 whole or from its "::" ("A do ::12")
    r"(?=(?:\d{1,3}\.){3}\d|[0-9A-Fa-f]{0,4}:[0-9A-Fa-f]{0,4}:))"
)
_AND = r"a|and|i|plus|&|e|et|y|und|en|og|och|és|oraz|ja|ir|và|и|і|й|та|και|și|agus"
_BARE_END = (
    rf"(?=\s*(?:[,;)&+|]|$|\t|\s(?:{_AND}|sowie|aj)\s|\((?:test\w*|tst)\s*[:=]?\s*(?:\d{{1,3}}\.){{0,3}}\d{{1,3}}\s*\))|"
    rf"\.(?=\s+[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]|\s*$))"
)
"""What may follow a last octet written alone ("198.51.100.70, 71 a 72"): a list mark or the
end of the sentence or of a table cell (a converted document's "|" or a tab), or a test octet's bracket ("…17 a 18 (test 19)"), never a word ("…70, 2
servery") or a date ("…70, 14. 1. 2023")."""
_MASK_LABEL = (
    # a preposition and an article before the word ("with a", "mit der", "z", "avec le")
    r"(?:(?:with|mit|s|se|so|z|ze|avec|con|com|met|med)\s+(?:(?:a|the|der|le|un|la|el|een|het|"
    r"una|uma)\s+)?)?"
    # an adjective of the network ("síťovou maskou", "alhálózati maszk")
    r"(?:(?:síťov|sitov|sieťov|sietov)\w*\s+|alhálózati\s+)?"
    # the word for a mask in any case of the languages the rules read (Czech, Slovak, Polish,
    # English, German, French, Spanish, Portuguese, Italian, Dutch, Hungarian, Nordic,
    # Finnish), a compound with the network's word before it ("nätmask", "nettmaske",
    # "undernätsmask", "aliverkon maski", "verkkomaski")
    r"(?:sub-?|under|del|ali)?(?:(?:net(?:z|work)?|n[äæe]tt?s?|verkko|aliverkon)[\s-]?)?"
    r"(?:mask(?:a|ou|y|u|e|ą|ę|i|er|en|et|ens|in)?|masce|masque|"
    r"m[áa]scara|maschera|maszk\w*)(?!\w)"
    # what network it masks ("podsítě", "podsieci", "de sous-réseau", "di sottorete")
    r"(?:\s+(?:podsítě|podsite|podsiete|podsieci|sieci|sítě|site|siete|de\s+sous-r[ée]seau|"
    r"de\s+subred|di\s+sottorete|d[ae]\s+sub-?rede))?"
)
"""A netmask's label, however it is written: "maska", "z maską", "avec le masque de
sous-réseau", "mit der Subnetzmaske", "netmask", "subnet mask", "máscara", "maszk"."""
# one "item": an address with an optional CIDR suffix, a range end, or shorthand tails
_ITEM = re.compile(
    # the lookahead of the first characters (an address's digit, hex digit or colon) only
    # makes it quick: the lookbehind keeps the engine from skipping to them by itself
    rf"""(?=[\dA-Fa-f:])(?<![\w.:])
    (?P<addr>{_V4}(?!\.?\d)|{_V6})
    (?:/(?P<prefix>\d{{1,3}})(?!\d)(?!\.\d)(?!/\d)
       |\s*/\s*(?P<mask>255\.\d{{1,3}}\.\d{{1,3}}\.\d{{1,3}})
       |\s*[(,/|;]?\s*{_MASK_LABEL}
        \s*:?\s*(?P<mask2>255\.\d{{1,3}}\.\d{{1,3}}\.\d{{1,3}})\)?
       |\s*[(,]?\s*(?:{_MASK_LABEL}|prefix\w*|s\s+prefixem|with\s+prefix)
        \s*:?\s*/(?P<prefix2>\d{{1,3}})(?!\d)\)?
       |(?:\s+|\s*\(\s*)(?P<mask3>{_NETMASK})(?:\s*\))?)?
    (?:{_DASH}(?P<end>{_V4}|{_V6}|\.?\d{{1,3}}(?![A-Fa-f])|(?<=[0-9A-Fa-f][-–])[0-9A-Fa-f]{{1,4}}(?![\w.:]))
       (?![\d.:]\d)(?!\.\s*\d))?
    (?P<tails>(?:\s*(?:,|;|{_AND}|sowie|aj|/)\s*\.\d{{1,3}}(?!\d|\.\d))+
       |(?:(?:\s*(?:,|&|\+)|\s+(?:{_AND}|sowie|aj))\s*\d{{1,3}}{_BARE_END})+)?
    (?P<slashed>(?:/\d{{1,3}}){{2,}}(?![\d/]|\.\d))?
    """,
    re.VERBOSE | re.IGNORECASE,
)
_TAIL = re.compile(r"\.?(\d{1,3})")

_PROD_CUES = re.compile(
    # the lookahead of first letters only makes the search quick
    r"\b(?=[oplzbsfrhmnéevtgcaüuyidрвпогбсπεδκ本生])(?<!pre-)(?<!před-)(?<!non[- ])(?:ostr(?!av|ov)\w*|produk\w*|production|prod|prd|live|en\s+(?:vivo|directo)|live(?:betrieb|system|server|umgebung)\w*|záložn\w*|"
    r"zalozn\w*|záloh\w*|zaloh\w*|zál(?=\.)|zal(?=\.)|back-?up\w*|bkp|bck|primár\w*|primar\w*|"
    r"prim(?=\.)|sekundár\w*|secondary|failover|standby|redundan\w*|hlavn(?![ěe]\b)\w*|main|reáln\w*|"
    r"realn\w*|real|provozn\w*|naostro|ostře|ostřeji|"
    # the same uses as foreign media write them (French, Italian, Spanish, Portuguese,
    # Dutch, Hungarian, Nordic): production, main, backup, secondary
    r"produc(?:ci|ti|ão|ao)\w*|produç\w*|produz\w*|produc[țţ]\w*|proizvodn\w*|principa\w*|primair\w*|second(?:ar|air)\w*|"
    r"secours|respaldo|riserv\w*|reserv(?!ed\b|ations?\b|ing\b)\w*|éles\w*|"
    # production in Finnish, Estonian, Latvian, Lithuanian and Greek written in Latin letters
    # ("tuotanto", "tootmine", "tootmiskeskkond", "ražošana", "gamybinė", "paragogi")
    r"tuotan\w*|toodang\w*|tootmi[sn]\w*|ra[žz]o[šs]an\w*|gamyb\w*|paragog\w*|"
    # a broadcaster's on-air machine is its production one ("vysílací / testovací")
    r"vysílac[íi]\w*|vysilac[íi]\w*|vysielac[íi]\w*|on[- ]air|"
    # the words of the other languages foreign media write in (every official EU language,
    # Ukrainian, Russian, Serbian, Norwegian, Icelandic, Turkish, Vietnamese): production,
    # main, primary, backup, reserve, secondary, contingency - stems, so that every case
    # ending, gender and number is read
    r"rezerv(?!ac|ov|uj)\w*|rezerwow\w*|ri[żz]erv\w*|zapasow\w*|pri[čc]uvn\w*|tartal[ée]k\w*|atsargin\w*|"
    r"conting(?:[eê]nci|enc)\w*|yedek\w*|d[ựu]\s+ph[òo]ng|uitwijk\w*|ersatz\w*|ausweich\w*|"
    r"c[úu]ltaca|varu(?:server|süsteem|susteem)\w*|vara(?:palvelin|järjestelm|jarjestelm|þjón|"
    r"thjon|netþjón|vél)\w*|"
    r"primær\w*|primār\w*|primaar\w*|sekund[äæāáa]r\w*|secund[áa]r\w*|sekondarj\w*|"
    r"elsődleges\w*|elsodleges\w*|másodlagos\w*|masodlagos\w*|birincil\w*|ikincil\w*|"
    r"ensisijai\w*|toissijai\w*|podstawow\w*|"
    r"g[łl][óo]wn\w*|glavn\w*|galven\w*|pagrindin\w*|p[õo]hi(?:server|süsteem|susteem)\w*|"
    r"pää(?:palvelin|järjestelm)\w*|huvud\w*|hoved\w*|hoofd(?:server|systeem|locatie)\w*|"
    r"haupt(?:server|system|rechner|anbindung|standort|leitung)\w*|aðal\w*|adal(?:thjon|server|vel)\w*|pr[íi]omh\w*|"
    r"ewlieni|fő(?:szerver\w*|(?=\s+szerver|\s+gép))|ana(?=\s+sunucu)|"
    r"üretim\w*|uretim\w*|s[ảa]n\s+xu[ấa]t|ch[íi]nh\s+th[ứu]c|(?<=ch[ủu]\s)ch[íi]nh|"
    r"framlei[ðd]sl\w*|t[áa]irg\w*|termel[ée]s\w*|"
    # Cyrillic (Ukrainian, Russian, Bulgarian, Serbian) and Greek
    r"робоч\w*|рабоч\w*|работн\w*|радн(?:и|а|о|ог|ом|е)\b|виробнич\w*|производствен\w*|"
    r"производн\w*|продакш\w*|продукцій\w*|продукци[јя]\w*|продукцион\w*|продуктивн\w*|бойов\w*|боев(?:ой|ая|ое|ые|ого|ом)|"
    r"основн\w*|головн\w*|главн\w*|первинн\w*|первичн\w*|първичн\w*|примарн\w*|"
    r"вторинн\w*|вторичн\w*|секундарн\w*|резервн\w*|резервен|"
    r"παραγωγ\w*|εφεδρικ\w*|πρωτε[υύ]\w*|δευτερε[υύ]\w*|"
    r"κ[υύ]ρ[ιί]ο\w{0,2}(?=\s+(?:διακομιστ|εξυπηρετητ|server))|"
    # Japanese and Chinese (a note from a head office pasted in): production
    r"本番\w*|生[产產]\w*)\b",
    re.IGNORECASE,
)
_TEST_CUES = re.compile(
    r"\b(?=[tuqszdvpoechrnakgrbтпивсδπテ試検测測])(?:test\w*|tst|uat|qa|sandbox|stg|zkušeb\w*|zkuseb\w*|zkoušen\w*|"
    # what is not production is the test stage ("non-prod", "non-production", "neprodukční")
    r"non[- ]?(?:prod\w*|live)|neprodukč\w*|neprodukc\w*|"
    # the test stage as foreign media write it (French, Italian, Spanish, Portuguese, Dutch,
    # Hungarian, Polish, Nordic): trial, acceptance, homologation
    r"essai\w*|ensa[iy]o\w*|recette|collaud\w*|homolog\w*|prova|(?<=di\s|le\s)prove|prueba\w*|"
    # the Catalan plural after its preposition or article ("per a proves", "entorn de proves")
    r"(?:(?<=de\s)|(?<=en\s)|(?<=\ba\s)|(?<=les\s))proves|"
    r"proef\w*|teszt\w*|próba\w*|próbn\w*|prøve\w*|"
    r"zkousen\w*|zkoušk\w*|zkousk\w*|zkuš(?=\.)|zkus(?=\.)|"
    # trying the connection out, whatever the verb's prefix or language
    r"(?:od|vy|pro)zkouš\w*|(?:od|vy|pro)zkous\w*|vyskúš\w*|vyskus\w*|otest\w*|"
    r"(?:ověř\w*|over\w*|prověř\w*|zkouš\w*|zkous\w*|skúš\w*|skus\w*|check\w*|verif\w*|"
    r"vérifi\w*|prüf\w*|pruf\w*|sprawdz\w*|comprob\w*|try|trying)\s+(?:\w+\s+){0,2}?"
    r"(?:spojen\w*|připojen\w*|pripojen\w*|spojenia|konektivit\w*|connect\w*|verbindung\w*|"
    r"anbindung\w*|połączen\w*|polaczen\w*|connexion\w*|connession\w*|conexi\w*|conexão)|"
    r"(?:spojen\w*|připojen\w*|pripojen\w*|spojenia|konektivit\w*|connection|verbindung|"
    r"anbindung|połączen\w*|polaczen\w*|connexion|connessione|conexi[oó]n|conexão)\s+"
    r"(?:\w+\s+){0,2}?(?:zkouš\w*|zkous\w*|skúš\w*|skus\w*|ověř\w*|prověř\w*|check\w*|"
    r"prüf\w*|pruf\w*|sprawdz\w*|vérifi\w*|verific\w*)|try(?:ing)?\s+out|"
    r"skúšob\w*|staging|"
    # a stage server ("stage", "(stage)", "stage-1"), not a step of the work ("in the first
    # stage", "at this stage", "a stage of")
    r"(?<!first\s)(?<!second\s)(?<!third\s)(?<!final\s)(?<!early\s)(?<!later\s)(?<!this\s)"
    r"(?<!that\s)(?<!next\s)(?<!each\s)(?<!every\s)(?<!initial\s)(?<!a\s)stage(?!\s+(?:of|we|i)\b)|"
    r"trial|dry[- ]?runs?|"
    # trying it out from a machine ("zkoušet to budeme z", "zkusíme to nejdřív ze",
    # "vyskúšame to zo", "we'll try it from")
    r"(?:(?:vy)?zkouš\w*|(?:vy)?zkous\w*|zkusí\w*|zkusi\w*|(?:vy)?skúš\w*|(?:vy)?skus\w*|try|tried)"
    r"\s+(?:[^\W\d_]+\s+){0,4}?(?:z|ze|zo|from)|"
    # a rehearsal of the night (English, Czech, Slovak, German, French, Spanish, Italian)
    r"rehears\w*|generálk\w*|generalk\w*|nanečisto|nanecisto|simulac\w*|"
    r"simulation\w*|probe(?:lauf|betrieb|phase|system|server|zugriff)\w*|generalprobe\w*|"
    r"répétition\w*|simulacro\w*|simulazion\w*|"
    r"vývoj\w*|vyvoj\w*|development|dev|pr[eé]-?prod\w*|"
    r"předprodukč\w*|predprodukč\w*|predprodukc\w*|"
    # the test stage in the other languages foreign media write in: trial, acceptance,
    # experiment ("probni", "bandomasis", "deneme", "thử nghiệm", "prófun", "tástáil")
    r"probn\w*|preizkus\w*|bandom\w*|deneme\w*|acceptati\w*|th[ửu]\s+nghi[ệe]m|"
    r"ki[ểe]m\s+th[ửu]|pr[óo]fun\w*|prufu\w*|tilrauna\w*|t[áa]st[áa]il\w*|t[áa]st[áa]la|"
    # Cyrillic (Ukrainian, Russian, Bulgarian, Serbian) and Greek
    r"тест\w*|пробн\w*|пробен|випробувальн\w*|испытательн\w*|изпитателн\w*|стейдж\w*|"
    r"предпродакш\w*|δοκιμ\w*|πιλοτικ\w*|"
    # Japanese and Chinese: test, trial, verification
    r"テスト\w*|試験\w*|検証\w*|[测測]試\w*|测试\w*)\b",
    re.IGNORECASE,
)
_LISTED_USE = (
    r"(?:test\w*|zkušeb\w*|zkuseb\w*|skúšob\w*|ostr\w*|produ\w*|live|essai\w*|prova|prueba\w*|"
    r"teszt\w*|próba\w*)"
)
"""A use named as the one an address was listed under ("uvedené jako testovací")."""
_NOT_ASKED = (
    r"nepožad\w*|nepozad\w*|nežád\w*|nežiad\w*|neziad\w*|nepožiad\w*|nepoziad\w*|"
    r"(?:do|does)\s+not\s+(?:request|want|ask\s+for)|don'?t\s+(?:request|want|ask\s+for)|"
    r"(?:are|am|is)\s+not\s+(?:requesting|asking\s+for|applying\s+for)"
)
"""Verbs of not asking for a thing (Czech, Slovak, English): "testovací nepožadujeme",
"nežiadame testovaciu adresu", "we do not request a test address"."""
_SAME_PLACE = (
    r"(?:z|ze|zo|na|v|ve|from|on|at|auf|von|vom|im|dallo|dalla|dal|sullo|sulla|sul|sur|"
    r"depuis|desde|en|no|"
    # the Nordic and Dutch prepositions ("från samma maskin", "fra den samme server", "på
    # samme maskine", "vanaf dezelfde machine", "op dezelfde server")
    r"från|fran|frå|fra|på|vid|ved|van|vanaf|vanuit|op|"
    # the Portuguese and Spanish preposition joined with its demonstrative ("a partir dessa
    # mesma máquina", "nesse mesmo servidor", "desde esa misma máquina")
    r"dessa|desse|desta|deste|nessa|nesse|nesta|neste|daquel[ae]|naquel[ae]|esa|ese|esta|este)\s+"
    r"(?:(?:the|this|that|tom|toho|tej|tego|tym|dem|der|le|la|lo|il|el|o|den|det|"
    # the Czech and Slovak demonstrative in any case, written as spoken ("na ty samy
    # adrese", "na tý samý", "tú istú", "tom istom")
    r"t(?:en|a|o|y|u|é|e|ý|ú|ou|omu|ým|ěch|ech|ěm|em)|tento|této|teto|tomto|tejto|tohoto)\s+)?"
    r"(?:very\s+)?(?:same|stejn\w*|tomtéž|tomtez|téhož|tehoz|téže|teze|tejže|tejze|tentýž|tentyz|"
    r"denselben|dieselben?|sam[éýeya]\w*|ist\w*|"
    r"rovnak\w*|identick\w*|selbe\w*|demselben|derselben|stess[oa]|même|meme|mism[oa]|mesm[oa]|"
    r"samm[ae]|zelfde|dezelfde|hetzelfde)"
)
_MACHINE = (
    r"(?:stroj\w*|server\w*|počítač\w*|pocitac\w*|machine|box|host|VPS|adres\w*|address|IP|"
    r"Rechner\w*|Maschine|serveur|macchina|servidor|serwer\w*|maszyn\w*|maskin\w*|dator\w*|"
    r"computer\w*|máquina|maquina)\b"
)
_SAME_MACHINE = _SAME_PLACE + r"\s+" + _MACHINE
"""A place said to be the same as the address's: "na tom samém (stroji)", "from the same
server", "auf demselben Server", "dallo stesso server"."""
# "…budou během ostrého provozu odpojeny" describes test addresses; these phrases are not cues
_NEUTRAL = re.compile(
    # the lookahead of the words' first letters only makes the search quick
    r"(?=[bdhlnopstvwzžumgaijkcfeżтδ])(?:"
    r"(?:ostr\w*|produk\w*|test\w*|live|production)(?:\s+\w+){0,2}\s+(?:zůstáv\w*|zůstane|"
    r"zustav\w*|zustane|zostáva\w*|zostava\w*|zostane|stays|remains)\s+(?:beze\s+změny|"
    r"bez\s+změny|beze\s+zmeny|bez\s+zmeny|stejn\w*|rovnak\w*|unchanged|the\s+same)(?!\w)"
    # with its address written right after (straight on: "testovací zůstává beze změny A",
    # the head's space before the address; a sentence cut at its full stop ends in no space),
    # in its clause, it names that address's use
    # (also after a word of apposition: "test zůstává stejný jako minule, tj. A")
    # or after a noun of address: "testovací zůstává stejná adresa A", "test stays the same
    # IP A"
    r"(?!\s+(?:(?:at|on|as)\s+)?$|[^.;!?\n]{0,40}?(?:[,:–—-]|(?<![^\W\d_])(?:tj|t\.\s?j|i\.\s?e|tzn|tedy|čili|cili|"
    r"namely|that\s+is|d\.\s?h)\.?)\s*$|[^.;!?\n,]{0,20}?(?<![^\W\d_])(?:IP\s*)?(?:adres[ayu]?|"
    r"adries[ayu]?|address|IP|IPv4|IPv6)(?:\s*:\s*|\s+)$)|"
    r"(?:ostr\w*|produk\w*|test\w*|live|production)(?:\s+\w+){0,2}\s+is\s+unchanged|"
    r"(?:test\w*|zkušeb\w*|zkuseb\w*|skúšob\w*|skusob\w*|staging)"
    # "zatím nemáme" / "not yet": testing is still spoken of
    r"(?:\s+(?!zatím|zatim|ještě|jeste|ešte|este|yet|for\s+now)\w+){0,2}\s+(?:nemáme|"
    # ("testovací adresa nebude A, ale B" names the use of the address after it)
    r"nemám|nemame|nemam|nepot[řr]eb\w*|nebude\w*(?!\w)(?!\s+$|\s+(?:\d{1,3}\.\d|[0-9a-f]{0,4}::?[0-9a-f]))|"
    r"nepoužív\w*|nepouziv\w*|netřeba|netreba|"
    # Polish: "testowego nie mam", "testowej nie potrzebuję"
    r"nie\s+mam\w*|nie\s+potrzeb\w*|"
    r"nie\s+je\s+potrebn\w*|not\s+(?:needed|required)|none|nie\s+u[żz]ywa\w*|"
    r"(?:is\s+)?no\s+longer\s+(?:in\s+use|used)|" + _NOT_ASKED + r"|not\s+requested)\b|"
    r"(?<![^\W\d_])(?:bez|žádn\w*|zadn\w*|no|" + _NOT_ASKED + r"|"
    # (the Portuguese "sem" before a noun or an article, not the Czech "sem" (here) before a
    # verb: "Sem přikládám i testovací adresu")
    r"without|sans|senza|sin|sem(?=\s+(?:o|a|os|as|um|uma|servidor\w*|endere\w*|ambiente\w*|"
    r"m[áa]quina\w*|ip\w*|testes?)\b)|ohne|zonder|"
    # "no" in the Nordic languages, Dutch, Italian, Spanish, French and Polish ("ingen
    # separat testadress", "geen testserver", "nessun server di test", "żadnego testowego")
    r"ingen|inga|inget|geen|nessun\w*|ningún|ningun\w*|aucun\w*|żadn\w*|"
    r"nemáme|nemám|nemame|nemam|nepot[řr]eb\w*|netřeba|netreba|(?:do\s+not|don'?t)\s+need|"
    r"(?:do|does)\s+not\s+have|(?:don|doesn)'?t\s+have|have\s+no|has\s+no|nemá|nema|nemajú|"
    r"nemaju"
    # a noun of a machine may take its use after a preposition ("no tengo servidor de
    # pruebas", "no server for testing", "nemám server pro testy")
    r")\s+(?:\w+\s+){0,2}?(?:(?:de|di|da|del|of|for|pour|per|para|pro|na|für|do)\s+)?"
    r"(?:test\w*|zkušeb\w*|zkuseb\w*|skúšob\w*|skusob\w*|staging|essai\w*|prueba\w*|"
    r"prova|prove|proef\w*|teszt\w*)|"
    # a use denied: "není testovací", "not for testing", "keine Testadresse", "nikoli ostrá"
    # (not "not only for testing": that names the use), not the end of "spravne" ("spravne je
    # produkcna B" names the use)
    r"(?<!sprav)(?<!správ)(?:není|neni|nejde\s+o|nie\s+je|nikoli\w*|nikoliv|ne|not|isn'?t|keine?[nrms]?|nicht|pas|"
    r"non|nie|no)(?!\s+(?:only|just|nur|jen|jenom|pouze|len|iba|seulement|solo|solamente|"
    r"tylko|alleen|csak)\b)\s+(?:\w+\s+){0,2}?(?:(?:de|di|da|of|for|pour|per|para|pro|für)\s+)?(?:test\w*|zkušeb\w*|zkuseb\w*|skúšob\w*|"
    r"skusob\w*|staging|essai\w*|prueba\w*|prova|prove|proef\w*|teszt\w*|ostr(?!av|ov)\w*|"
    r"produk\w*|production|live)|"
    # the use run from the same machine as the address: "testy poběží na tomtéž stroji",
    # "testovat budu na tom samém", "I will test also from same server", "auf demselben";
    # the noun may be left out where the clause ends, and the use may follow the machine
    # ("na tom samém stroji i testujeme")
    r"(?:(?:test\w*|zkušeb\w*|zkuseb\w*|skúšob\w*|skusob\w*|staging|zkouš\w*|zkous\w*|"
    # trying it out, in any hand ("zkusím to z té samé", "spróbuję z tego samego", "I'll try
    # it from the same one")
    r"zkus\w*|vyzkouš\w*|vyzkous\w*|vyskúš\w*|vyskus\w*|skús\w*|spróbuj\w*|sprobuj\w*|"
    r"try|tried|trying|probier\w*|"
    r"skúša\w*|skusa\w*)(?:\s+[\w']+){0,4}?\s+(?:" + _SAME_PLACE + r"(?:\s+" + _MACHINE
    + r"|\s*(?=[).,;!?\n–—]|$)"
    # or with any noun of the place where the clause ends ("na tej samej mašine", "on the
    # same old laptop."), not one that names an address of its own ("na stejné síti B")
    # (a gap before an address keeps its trailing space: the noun must end the text)
    r"|(?:\s+[^\W\d_]+){1,2}?(?=[ \t]*[).,;!?\n–—]|$))|"
    # or a pronoun pointing back at the addresses, where the clause ends ("obě produkční,
    # testovat budeme na nich", "we will run the tests from them as well")
    r"(?:z|ze|zo|na|from|on|auf|von|with|s|se)\s+(?:them|it|nich|něj|nej|neho|nim|ní|ihnen|ihm)"
    r"(?:\s+(?:too|also|as\s+well|také|take|tiež|tiez|auch))?(?=[ \t]*[).,;:!?\n–—]|$)|"
    # or both machines, where the clause ends ("un test di collegamento da entrambi", "we
    # test from both", "testujeme z obou")
    r"(?:z|ze|zo|from|on|von|auf|da|dai|de|desde|från|fra|van|vanaf|din|na)\s+(?:both|"
    r"entramb[ie]|ambos|ambas|beiden|obou|oboch|obu|båda|begge|beide|ambele|ambii)"
    r"(?:\s+(?:of\s+them|machines|servers|stroj\w*|server\w*))?(?=[ \t]*[).,;!?\n–—]|$)|"
    # or an adverb of the place, where the clause ends ("testovat budu odtud taky", "we'll
    # test from here too"; not a label before the test address: "Testovat budeme odtud: B")
    r"(?:odtud|odsud|odtiaľto|odtialto|odtiaľ|odtial|from\s+here|von\s+hier|d['’]ici|"
    r"desde\s+aqu[íi]|da\s+qui|stąd|stad|härifrån|harifran|herfra|hiervandaan|"
    r"vanaf\s+hier|täältä|taalta)(?:\s+(?:too|also|as\s+well|také|take|taky|tiež|tiez|"
    r"auch|aussi|też|tez|också|ogsa|også|ook|myös|myos))?(?=[ \t]*[).,;!?\n–—]|$)|"
    # or the same machine in the languages whose words the Latin lists above lack (Finnish,
    # Estonian, Romanian, Baltic, South Slavic: "testaamme samalla palvelimella", "testime
    # samas serveris", "vom testa de pe același server", "testirat ćemo s istog servera")
    r"sama(?:lla|lta|ssa|sta)\s+(?:palvelim\w*|konee\w*|osoittee\w*)|"
    r"sama(?:s|st|lt|l)\s+(?:serveri\w*|masina\w*|aadressi\w*)|"
    r"(?:de\s+pe|pe|de\s+la|din)\s+(?:același|acelasi|aceeași|aceeasi)\s+(?:server\w*|"
    r"mașin\w*|masin\w*|adres\w*)|(?:no\s+)?t[āa]\s+pa[šs]a\s+(?:server\w*|dator\w*)|"
    r"(?:iš\s+)?to\s+paties\s+(?:serverio|kompiuterio)|tame\s+pačiame\s+(?:serveryje|"
    r"kompiuteryje)|(?:s|sa|iz|z|na)\s+(?:istog|istom|istega|istem)\s+(?:server\w*|"
    r"strežnik\w*|poslužitelj\w*|računal\w*|mašin\w*)|"
    # or from production itself, which stays the address's cue: "we'll test from production"
    r"(?:z|ze|zo|na|from|on|auf|von|dalla|dalle|depuis|sur)\s+(?=(?:the\s+|der\s+)?"
    r"(?:production|produk\w*|ostr\w*|live|Produktion\w*|produzione|producción)\b))|"
    + _SAME_MACHINE + r"\s+(?:[\w']+\s+){0,3}?(?:test\w*|otestuj\w*|vyzkouš\w*|vyzkous\w*))|"
    # the use, then a word saying there is none: "test žádný", "test: none", "testovacia – žiadna"
    r"(?:test\w*|zkušeb\w*|zkuseb\w*|skúšob\w*|skusob\w*|staging)\s*(?:[:=–—-]\s*|\s)"
    r"(?:žádn\w*|zadn\w*|žiadn\w*|ziadn\w*|none|nic|nothing|n/a|(?-i:NA)|nemáme|nemame|nemám|nemam|"
    r"není|neni|nie\s+je|nejsou|nie\s+sú)(?![\w/])|"
    # the use, then a word saying it is the production one, where the clause ends: "A, test
    # stejná", "adresa A, testovací - tatáž", "test IP the same as production" (tested from the
    # production machine: no test address, LABELS); not "test: stejná jako minule, tj. B",
    # nor one whose sentence goes on to a number or a "but" ("testovací stejná, jen poslední
    # číslo 31"; a gap before an address or a number keeps its trailing space)
    r"(?:test\w*|zkušeb\w*|zkuseb\w*|skúšob\w*|skusob\w*|staging)(?:\s+(?:IP|adres\w*|adries\w*|"
    r"address\w*))?(?:\s*[:=–—-]\s*|\s+)(?:(?:je|bude|is|will\s+be|ist)\s+)?(?:the\s+)?"
    r"(?:stejn\w*|tatáž|tataz|tutéž|tutez|táž|rovnak\w*|tá\s+istá|ta\s+ista|same|identick\w*|"
    r"identical|dieselbe\w*|gleiche?)(?=$|[ \t]*(?:[;!?\n]|\.(?!\d)|[),](?![^.;!?\n]*(?:\d|\b(?:"
    r"jen|jenom|pouze|len|iba|only|just|nur|except|but|až|az|kromě|krome|okrem|außer|ausser|ale|"
    r"aber|ending|končí|konci|posledn\w*|last)\b))|(?:jako|ako|as|wie)\s+(?:\w+\s+)?"
    r"(?:ostr\w*|produk\w*|production|live|prod)\b))|"
    # the same machine named before the testing (Hungarian, Finnish: "ugyanarról a
    # szerverről tesztelünk", "samalta palvelimelta testaamme")
    r"(?:ugyan(?:arr|azon|err|ezen|az)\w*\s+(?:a\s+)?(?:szerver\w*|gép\w*|cím\w*)|"
    r"sama(?:lla|lta|ssa|sta)\s+palvelim\w*)\s+(?:[^\W\d_]+\s+){0,2}?(?:teszt\w*|test\w*)|"
    # testing from the same machine in Turkish, Cyrillic and Greek ("bu sunucudan test
    # edeceğiz", "test için aynı sunucuyu", "тестировать будем с этого же сервера", "з того ж
    # сервера", "δοκιμές από τον ίδιο διακομιστή")
    r"(?:bu|aynı|ayni)\s+(?:sunucu|makine|adres)\w*\s+(?:[^\W\d_]+\s+){0,2}?test\w*|"
    r"test\w*(?:\s+[^\W\d_]+){0,4}?\s+(?:bu|aynı|ayni)\s+(?:sunucu|makine)\w*|"
    r"(?:тест\w*|δοκιμ\w*)(?:\s+[^\W\d_]+){0,4}?\s+(?:с|з|із|от|од|από)\s+(?:(?:этого|того|цього|"
    r"същия|този|истог|τον|το)\s+)?(?:же|ж|самого|самия|ίδιο)\s+(?:сервер\w*|сървър\w*|машин\w*|"
    r"διακομιστ\w*)|"
    r"(?:odpoj\w*|disconnect\w*|vypn\w*)[^.\n]{0,40}?(?:ostr\w*|reáln\w*|produk\w*|live)|"
    r"(?:během|during|při)\s+(?:ostr\w*|reáln\w*|live|produk\w*)[^.\n]{0,30}?"
    r"(?:odpoj\w*|disconnect\w*|vypn\w*)|"
    # the use an address was listed under, not the one it has: "adresy uvedené jako
    # testovací (A a B) jsou ve skutečnosti produkční", "listed as test", "als Test angegeben"
    # ("uvedená ve formuláři jako testovací", "kterou formulář uvádí jako testovací", "listed
    # in the form as test")
    r"(?:uveden\w*|označen\w*|oznacen\w*|vedené|vedene|listed|marked|labell?ed|shown|given|"
    r"uvád\w*|uvad\w*|lists|shows|states|"
    r"angegeben\w*|bezeichnet\w*|indiqué\w*|indique\w*|indicat[oaie]|indicad[oa]s?|"
    r"vermeld|aangegeven)\s+(?:[^\W\d_]+\s+){0,2}?"
    r"(?:jako|ako|as|als|comme|come|como)\s+(?:\w+\s+)?" + _LISTED_USE
    + r"|(?:als|jako|ako)\s+" + _LISTED_USE + r"\s+(?:angegeben\w*|bezeichnet\w*|markiert\w*|"
    r"uveden\w*|označen\w*|oznacen\w*|vermeld|aangegeven))",
    re.IGNORECASE,
)
_DROP = (
    r"vypou[sš]t\w*|vypust\w*|vypúš[tť]\w*|vypus[tť]\w*|vynech\w*|drop(?:s|ped|ping)?|omit\w*|"
    r"streich\w*|gestrichen|entfern(?:e|en|t)\b|weglass\w*|weggelassen|lösch\w*|losch\w*|"
    r"usuwa\w*|usun\w*|pomija\w*|pomi[nń]\w*|wykreśl\w*|skreśl\w*|rezygnuj\w*|"
    # removing it from the allow-list, in the other languages foreign media write in:
    # "supprimer A de la liste blanche", "rimuovere A", "eliminar A" (verbs before it)
    # - with the address or its noun next, not "eliminar retrasos"
    r"(?:supprim\w*|rimuov\w*|elimin\w*|borr\w*|quit(?:ad|en|ar|a|e|amos)\b|togli\w*|"
    r"cancell\w*)(?=(?:\s+\S+){0,2}?\s+(?:[ld]'|[ld]’)?(?:adres\w*|indirizz\w*|"
    r"direcci\w*|IP\b|\d)|[\s)]*$)"
)
"""Verbs of dropping or omitting an address in our five languages (Czech, Slovak, English,
German, Polish): "vypouštíme", "vynecháme", "we drop", "omit", "streichen", "usuwamy"; and of
removing one in French, Italian and Spanish."""
_DISREGARD = (
    # not counting or considering it: "nezapočítávejte", "nepočítejte", "nezohľadňujte",
    # "disregard", "ignore", "nicht berücksichtigen", "nie uwzględniać", "not be counted"
    r"(?:nezapočít\w*|nezapocit\w*|nepočít\w*|nepocit\w*|nezohľad\w*|nezohlad\w*|"
    r"disregard\w*|ignor\w*|nicht\s+(?:berücksichtig\w*|beachte\w*|mitzähl\w*)|"
    r"nie\s+(?:uwzględn\w*|uwzgledn\w*|licz\w*)|(?:not|never)\s+(?:be\s+)?count\w*)"
    # of this address, not of an earlier message or list ("ignore my earlier mail and use A")
    r"(?!\s+(?:(?:the|my|our|this|that|die|den|das|meine\w*|unsere\w*|moj\w*|naš\w*|nas[ei]\w*|"
    r"on|s|se|with|mit|z|ze|from)\s+)?(?:previous|earlier|old|first|last|original|vorherig\w*|"
    r"frühere\w*|alte\w*|poprzedni\w*|předchoz\w*|predchoz\w*|předešl\w*|původn\w*|puvodn\w*|"
    r"star[ýáéyae]\w*|e-?mail\w*|mail\w*|zpráv\w*|zprav\w*|správ\w*|sprav\w*|message\w*|"
    r"nachricht\w*|wiadomo\w*|list\w*|seznam\w*|tím|tim|tem|tym|it\s+being))"
)
"""A request not to count or consider an address: after it in its clause ("A prosím
nezapočítávejte") or right before it ("please disregard A")."""
_DROP_BEFORE = re.compile(
    r"\b(?:(?:" + _DROP + r")\b[^,;:–—]*|" + _DISREGARD + r"\s+(?:(?:the|die|den|das|adres\w*|"
    r"address\w*|IP|row|line|zeile|řád\w*|rad\w*|prosím|prosim|please|bitte|also|auch|též|"
    r"take|také)\s+){0,3})$",
    re.IGNORECASE,
)
"""A verb of dropping in the address's own clause before it ("we omit A"), not one that ends
the clause of the address before ("A vypouštíme, povolte B")."""
_EXCLUDE = re.compile(
    r"(?=[adeijmnorstvwyz])\b(?:(?<!přebírací\s)(?<!prebiraci\s)(?:místo|misto)(?!\s+(?:ní|něj|nich|toho|této|tohoto|nej|nich)\b)|instead\s+of(?!\s+(?:it|them|that|this)\b)|in\s+place\s+of|rather\s+than|namísto|namisto|namiesto|odebr\w*|odstran\w*|zruš\w*|zrus\w*|remove\w*|"
    r"delete\w*|nahra[dď]\w*|vyměň\w*|vymeň\w*|replace|ersetzen\s+Sie|vyřa[dď]\w*|vyrad\w*|retired|"
    # the new address "replaces (the former) A", in a note after it: A is the replaced one
    # (not after a clitic object pronoun: "la sustituye la A", "lo sostituisce A", "le remplace
    # A" - A, after the verb, is its subject, the new one)
    r"(?<!\bla\s)(?<!\blo\s)(?<!\ble\s)(?<!\blas\s)(?<!\blos\s)(?<!\bles\s)(?<!\bl')(?<!\bl’)"
    r"(?:nahrazuj\w*|nahrádza\w*|nahradza\w*|replaces|replacing|ersetzt|zastępuje|zastepuje|"
    r"remplace|sostituisce|reemplaza|sustituye|substitui|vervangt|ersätter|ersatter|erstatter)(?!\s+(?:ho|ji|jej|je|ju|ich|go|ją|ja|it|them|ihn|sie|es)\b)"
    # (a few words may stand between: "vervangt het eerder gestuurde A", "replaces the
    # previously sent address A")
    r"(?=(?:\s+[^\W\d_]+){0,4}\s*$)|"
    r"(?:shut|switched|turned)\s+(?:down|off)|"
    r"decommission\w*|smaž\w*|smazat|"
    # the writer's server not to be used ("we will not use our web server A")
    r"(?:will\s+not|won'?t|shall\s+not)\s+(?:be\s+)?us(?:e|ing)\b|"
    r"(?:(?<=[,(]\s)|(?<=\())(?:ne|not|nie|nikoli\w*|non|nicht|não|nao|niet|nem|ikke|inte)(?=\s*$)|"
    # "instead of" in the languages foreign media write in: "B statt A", "B au lieu de A"
    r"statt|anstatt|anstelle\s+von|au\s+lieu\s+d[e']|invece\s+d(?:[ie']|ell[aeo'’]|el|egli)|"
    r"al\s+posto\s+d[ie']|en\s+(?:lugar|vez)\s+de|em\s+(?:lugar|vez)\s+de|zamiast|in\s+plaats\s+van|"
    r"i\s+stedet\s+for|i\s*st[äa]llet\s+f[öo]r|"
    r"(?:váš|vaš|your|její|jejich|jeho|their|its)\w*\s+(?:XML\s+|výsledkov\w+\s+)?server\w*(?![^.;\n]*\b(?:server|stroj|machine|host|počítač|pocitac))|"
    # a server of another party ("server agentury ČTK"), not a server described by an
    # adjective of its service ("server agenturního servisu": the applicant's own)
    r"server\w*\s+(?:ČSÚ|agentur(?!n[íi])\w*|of\s+the\s+agency))\b",
    re.IGNORECASE,
)


_PAREN = re.compile(r"^\s*\(([^)]{0,60})\)")
"""The words joining two items of a list, in the languages foreign media write in too
("A e B", "A et B", "A y B", "A und B", "A och B", "A és B")."""
_OPENS_NEXT = re.compile(
    rf";|\s(?:{_AND}|sowie|as well as|ainsi que|así como|nonché|jakož i|jakož aj)"
    r"(?:\s+(?:also|too|additionally|auch|außerdem|zudem|také|taky|tiež|aj|též|rovněž|ještě|"
    r"dále|też|również|aussi|anche|inoltre|también|además|ook|bovendien|még))?\s*,",
    re.IGNORECASE,
)
"""A semicolon, or a conjunction with a comma right after it ("A and, for testing, from B",
"A e, per le prove, B", "A; for testing, B"): the words it opens, set off by commas, lead
the next address - they do not trail the one before."""
_LAST_CONNECTOR = re.compile(rf"(?:[,;]|\s(?:{_AND})\s)(?!.*(?:[,;]|\s(?:{_AND})\s))")
_CONNECTOR = re.compile(rf"^\s*(?:,|;|{_AND}|\+|/)?\s*$", re.IGNORECASE)
_TAIL_END = re.compile(
    rf"[.;,]|\s(?!a\s)(?:{_AND})\s|(?<!\bis)(?<!\bas)(?<!\bbe)(?<!\bwas)(?<!\bare)\sa\s"
)
"""Where the words said of an address after it end: a sentence's or clause's end, a
conjunction (not the English article of "it is a test box")."""
_REMOVAL_HEADING = re.compile(
    # the lookahead of the words' first letters only makes the search quick
    r"(?=[dnorsvz])\b(?:odebr\w*|odstran\w*|zruš\w*|zrus\w*|remove\w*|delete\w*|smaž\w*|smazat|vyřa[dď]\w*|"
    r"nepoužív\w*|no\s+longer)\b",
    re.IGNORECASE,
)
_DONT_PUT = (
    r"(?=[nvld])(?:ne(?:dáv|dav)ej\w*|nep[řr]id[aá]v\w*|nep[řr]idej\w*|nezahr[nň]\w*|nevkl[aá]d\w*|"
    # a negated verb of entering or filling in, Czech and Slovak: "nezadávejte",
    # "nezadávajte", "nevyplňujte", "nezanášejte", "neudávejte"
    r"ne(?:za|u)(?:dáv|dav)(?:ej|aj|at)\w*|nevypl[nň]\w*|nezan[aá][šs]\w*|"
    r"nezapis\w*|nezapíš\w*|vynech\w*|leave\s+(?:(?:it|them|this|these|that)\s+)?out|"
    # a negated imperative of writing, Czech and Slovak: "nepiš", "nepište", "nepíšte"
    r"nep[ií][šs](?:te)?\b|nepi[šs]te\b|"
    # a negated imperative of setting up or granting: "nezřizujte", "nezriaďujte",
    # "nenastavujte", "neaktivujte", "nepřidělujte", "nezakládejte", "neotevírejte"
    r"ne(?:z[řr]iz|zria[dď]|nastav|aktiv|konfigur|p[řr]id[ěe]l|pride[lľ]|zakl[aá]d|registr|"
    r"zap[ií]n|otev[ií]r|otv[aá]r)\w*?(?:ujte|ajte|ejte|[ií]te|te)\b|"
    r"(?:do\s+not|don'?t|never)\s+(?:add|allow|include|put|list|whitelist|register|enter|"
    r"write|mention|set\s+up|configure)|nicht\s+(?:eintrag\w*|einzutragen|freischalt\w*|freigeb\w*|"
    r"freizugeben|aufnehm\w*|aufzunehmen))"
)
"""An instruction to leave an address out: a negated verb of putting, adding or including."""
_OUT_OF_USE = (
    r"gone|(?:do\s+not|don'?t)\s+use|not\s+(?:be\s+)?(?:in\s+use|used|valid)|(?:any\s*more|longer)\s+in\s+use|"
    # (not a state left behind: "back online after being out of service in May")
    r"(?<!after\sbeing\s)(?<!after\s)out\s+of\s+(?:use|service|operation|commission)|mimo\s+(?:prev[aá]dz\w*|provoz\w*)|"
    r"won'?t\s+be\s+(?:in\s+use|used|valid)|(?:is|are)\s+being\s+replaced|"
    r"switched\s+off|shut\s+down|vypnut\w*|vypnul\w*|vypli|odstaven\w*|odstavil\w*|"
    # falls away, is dropped (Czech, Slovak, English): "adresa tedy odpadá", "odpadne",
    # "odpadávajú", "that one is dropped", "falls away" - not the noun "odpad" (waste)
    r"odpad(?:á|a|ají|aji|ne|nou|nú|nu|ávaj\w*|ava\w*|l[aoiy]?)\b|"
    r"(?:is|are|gets|get|was|were|be|been)\s+dropped|fall(?:s|en)?\s+away|"
    # the same in the languages foreign media write in (German, French, Italian, Spanish,
    # Portuguese, Dutch, Polish, Hungarian, Nordic): out of use, no more, switched off
    r"nicht\s+mehr|abgeschaltet|stillgelegt|außer\s+(?:Betrieb|Dienst)|ungültig|entfällt|"
    # not to be used by the writer, in the future ("A nie będziemy używać", "A nie użyjemy",
    # "A werden wir nicht nutzen", "A non useremo", "A n'utiliserons pas", "A no usaremos")
    r"nie\s+b[eę]dziemy\s+(?:ju[zż]\s+)?u[zż]ywa\w*|nie\s+u[zż]yjemy|"
    r"werden\s+wir\s+nicht\s+(?:nutzen|verwenden|benutzen)|"
    r"non\s+(?:la\s+|lo\s+|li\s+|le\s+)?(?:useremo|utilizzeremo)|n['’]utiliserons\s+pas|"
    r"no\s+(?:la\s+|lo\s+|los\s+|las\s+)?(?:usaremos|utilizaremos)|"
    r"n['’](?:est|sont)\s+plus|plus\s+(?:utilisée?s?|valables?|en\s+service)|hors\s+service|"
    r"obsolète|désactivée?s?|supprimée?s?|non\s+(?:è|sono)\s+più|non\s+più|dismess[oaie]|"
    r"disattivat[oaie]|ya\s+no|dad[oa]s?\s+de\s+baja|fuera\s+de\s+servicio|já\s+não|"
    r"desativad[oa]s?|desligad[oa]s?|fora\s+de\s+serviço|niet\s+(?:meer|langer)|buiten\s+gebruik|"
    r"vervalt|"
    # marked inactive ("A (neaktivní)", "A – inactive", "A inaktiv"), not a machine not yet
    # running ("A zatím neaktivní", "A noch inaktiv", "A yet inactive")
    r"(?<!zatím\s)(?<!zatim\s)(?<!ještě\s)(?<!jeste\s)(?<!zatiaľ\s)(?<!ešte\s)(?<!noch\s)"
    r"(?<!yet\s)(?:neaktivn\w*|neaktívn\w*|inactive|inaktiv\w*|inaktív\w*|nieaktywn\w*|"
    r"inattiv[oaie]|inactiv[oa]s?)|"
    # Italian "no longer" with the verb between: "non verrà più usato", "non sarà più valido"
    r"non\s+(?:[^\W\d_]+\s+){1,2}?più\s+(?:us|utili|valid|attiv|in\s+uso)\w*|"
    r"już\s+nie|nieaktualn\w*|wyłączon\w*|"
    # switched off by the writer, past ("wyłączyliśmy", "wyłączył"), not "wyłączymy" (will)
    r"wyłączy(?:li|ł|l)\w*|wylaczy(?:li|l)\w*|"
    # withdrawn by the writer: "adres testowy wycofujemy", "wurde zurückgezogen", "withdrawn"
    r"wycof(?:uj|an|a[lł]|am|ać|ac)\w*|usuwam\w*|usuni[eę]t\w*|zurückgezogen|zuruckgezogen|"
    r"withdrawn|már\s+nem|megszűnt\w*|ikke\s+(?:længere|lenger|mere)|"
    r"inte\s+längre|(?:ur|ut\s+av|ud[e]?\s+af)\s+drift|udgået|utgått|"
    # Finnish "no longer" ("ei enää käytetä", "ei ole enää käytössä")
    r"ei\s+(?:ole\s+)?enää|"
    # a Nordic verb of using denied for good, the verb between ("skal ikke brukes lenger",
    # "ska inte användas längre", "må ikke bruges længere", "ikke i bruk lenger")
    r"(?:ikke|inte|ej)\s+(?:[^\W\d_]+\s+){1,3}?(?:længere|lenger|lengre|längre)"
)
"""Words saying an address is out of use: gone, switched off, no longer valid, in the
languages foreign media write in too ("ist abgeschaltet", "n'est plus utilisé", "non è più
in uso", "ya no se usa", "niet meer", "już nie")."""
_OLD_ONE = (
    r"\b(?=[adefloprstvz])(?:původní|puvodni|pôvodn\w*|předchozí|predchozi|the\s+old|"
    r"the\s+original|the\s+previous|the\s+former|"
    # the other, older addresses named as the clause's subject: "loňské adresy už neplatí",
    # "last year's addresses are no longer valid", "die alten Adressen entfallen"
    r"(?:(?:lo[ňn]sk|vla[ňn]aj[šs]|dosavadn|d[řr][íi]v[ěe]j[šs]|zesz[łl]oroczn|vorj[aä]hrig|"
    r"star|poprzedn|predošl|predosl|vorherig|bisherig)\w*|alte[nrs]?|last\s+year'?s|old|previous|"
    r"earlier|former)\s+(?:IP\s*)?(?:adres\w*|"
    r"adries\w*|address\w*|IPs|ones|"
    # or the old machine: "starý virtuál se ruší", "the old box is retired", "der alte
    # Server entfällt"
    r"server\w*|serwer\w*|servidor\w*|serveur\w*|stroj\w*|počítač\w*|pocitac\w*|"
    r"virtu[aá]l\w*|VMs?|machines?|box(?:es)?|hosts?|rechner\w*|maschine\w*)|"
    # the one replaced, pointed at: "ten starý už neexistuje", "der alte ist abgeschaltet"
    r"(?:ten|ta|to|tu|tá|tie|tamt\w+|der|die|das|den)\s+(?:star|alt|p[oô]vodn|dřívější|"
    r"predošl|poprzedn)\w*)\b"
)
"""The old, original or previous one(s) named: what a clause of removal is about."""
_NO_MORE = r"(?:již|už|jiz|uz)\s+ne(?!vešl|vesl|vejd|vešel|vesel|zmest|vlez|stih)\w*"
"""Not any more ("už neplatí", "již nepoužíváme"), not a negated verb of fitting or of making
it in time ("do formuláře se už nevešla", "už jsme ji nestihli zapsat" aside)."""
_REPLACED_OBJECT = (
    r"\s+(?:(?:jí|jím|ní|ním|jimi|nimi|ji|ho|ju|it|them)\b|(?:(?:ten|tu|to|the)\s+)?"
    r"(?:star|old|původn|puvodn|p[oô]vodn|previous|dosavad|předchoz|predchoz|predošl)\w*)"
)
"""What a verb of replacing after the address names as replaced when the address is the new
one ("A – nahradili jsme jí starý server", "A, we replaced the old box with it")."""
_EXCLUDE_AFTER = re.compile(
    # a clause about the old or original one withdraws that one, not the address before it
    r"^(?![^.;\n]{0,30}?" + _OLD_ONE + r")"
    # the dot of an abbreviation or a date goes on in the clause ("do r. 2024 již
    # nepoužíváme", "od 1. 9. neplatí", "cca. od května"): a lower-case word or a number
    # after a space follows it, not a new sentence nor a last octet (".33")
    r"(?:[^.;\n]|\.(?=\s\d|\s?(?-i:[a-záčďéěíňóřšťúůýž]))){0,60}?\b(?:" + _DONT_PUT + r"|"
    + _DROP + r"|" + _DISREGARD + r"|"
    r"odeber\w*|odebr\w*|odstra\w*|zruš\w*|zrus\w*|remove\w*|delete\w*|"
    r"nepoužív\w*|nepouziv\w*|nepoužij\w*|nepouzij\w*|no\s+longer|" + _NO_MORE + r"|"
    + _OUT_OF_USE + r"|"
    # out of use from now on: "se nebude používat", "sa nebude používať", "won't be used"
    r"nebud\w*\s+(?:se\s+|sa\s+|ji\s+|ho\s+|ju\s+|je\s+)?(?:používat|pouzivat|používať|"
    r"pouzivat)|"
    # the verb first, the negated future after it: "se už vůbec používat nebude"
    r"(?:používat|pouzivat|používať)\s+(?:už\s+|uz\s+|již\s+|jiz\s+)?nebud\w*|(?:will\s+not|won'?t|will\s+no\s+longer)\s+be\s+used|"
    r"už\s+nie\w*|uz\s+nie\w*|neplat\w*|přest\w*\s+platit|prest\w*\s+platit|obsolete|"
    # valid no more from now on: "platit nebudou", "nebudou už platit", "platiť nebude"
    r"plati[tť]\s+(?:už\s+|uz\s+|již\s+|jiz\s+)?nebud\w*|"
    r"nebud\w*\s+(?:už\s+|uz\s+|již\s+|jiz\s+)?plati[ťt]\b|"
    r"outdated|decommission\w*|retired|vyřa\w*|vyrad\w*|smaž\w*|smaz\w*|ruš\w*|"
    r"neuvád\w*|nahraďte|vyměňte|replace\s+(?:it|this|them)|nepovol\w*|neregistr\w*|"
    # replaced by the writer, or in the passive: "A jsme museli vyměnit", "A jsme nahradili",
    # "A byl vyměněn", "A had to be replaced", "A we replaced"
    # (not the machine replaced at the same address: "A has been replaced by a bigger box at
    # the same address")
    r"(?:(?:jsme|jsem|sme|som|museli|musel[aio]?|musíme|musime|budeme|chceme|potřebujeme|"
    r"potrebujeme|byl[aoiy]?|bol[aoiy]?|bude|budou|budú)\s+(?:[^\W\d_]+\s+){0,2}?"
    r"(?:vym[ěe][nň]|nahra[dzď])\w*\b(?!" + _REPLACED_OBJECT + r")|"
    r"(?:vym[ěe]nil|nahradil)\w*\s+(?:jsme|jsem|sme|som)\b(?!" + _REPLACED_OBJECT + r")|"
    r"(?:was|were|has\s+been|have\s+been|had\s+to\s+be|got|is\s+being|are\s+being|"
    r"will\s+be|must\s+be)\s+(?:\w+\s+)?replaced|"
    # the same passive in German and the Nordic languages: "A wurde ersetzt", "A er udskiftet",
    # "A er byttet ut", "A har ersatts"
    r"(?:wurde|wurden|ist|sind|er|ble|blev|blitt|blevet|är|har)\s+(?:\w+\s+){0,2}?"
    r"(?:ersetzt|ausgetauscht|udskiftet|utskiftet|erstattet|ersatt|ersatts|utbytt|utbytta|"
    r"byttet\s+u[dt])\b|"
    r"(?:we|I)\s+(?:have\s+|had\s+to\s+|need\s+to\s+|must\s+)?replace[ds]?\b)"
    r"(?![^.;\n]*\b(?:same\s+(?:address|IP)|(?:stejn|rovnak|tent|tut|tú\s+ist|gleich|selb)\w*\s+"
    r"(?:IP\s+)?(?:adres\w*|IP|Adresse))\b)|"
    r"škrt\w*|vyškrt\w*|strike\s+(?:it|this|them)|cross\s+(?:it|this|them)\s+out|"
    # not asked for yet, the clause ending there ("třetí server A zatím ne, ověřit s IT",
    # "A – not yet", "A noch nicht.", "A jeszcze nie"), or a verb of asking negated after
    # "yet" ("A zatím nežádáme"); not "A not yet live" (a state of the machine)
    r"(?:(?:zatím|zatim|ještě|jeste|zatiaľ|zatial|ešte|este)\s+(?:ne|nie)|not\s+yet|"
    r"noch\s+nicht|jeszcze\s+nie|pas\s+encore|non\s+ancora|todav[ií]a\s+no|nog\s+niet|"
    r"még\s+nem)(?=\s*(?:[,.;:)\]!?–—]|-\s|$))|"
    r"(?:zatím|zatim|zatiaľ|zatial)\s+(?:ne[žz][aá]d\w*|ne[žz]iad\w*|nepo[žz]ad\w*|nechce\w*)|"
    r"(?:nakonec|nakoniec|after\s+all)\s+(?:ne\w+|(?:do|does)\s+not\s+need|don'?t\s+need)|"
    r"(?:do|does)\s+not\s+(?:allow|add|regist|whitelist|includ)\w*|not\s+to\s+be\s+\w+ed|"
    # its machine as the subject needing no access ("ten ale přístup nepotřebuje", "those
    # do not need access"), not needing something else ("ten nepotřebuje úpravy")
    r"(?:ten|tie|those|they)\b[^.;\n]{0,30}?\b(?:(?:přístup|prístup|access|povol)\w*"
    r"[^.;\n]{0,15}?\b(?:nepotřeb|nepotreb)\w*|(?:nepotřeb\w*|nepotreb\w*|(?:do|does)\s+not\s+"
    r"need)\s+(?:\w+\s+)?(?:přístup|prístup|access|povol|whitelist)\w*)|"
    # "need not" only about the address itself ("tu povolovat nemusíte"), not about others
    r"(?:tu|ji|ho|tuto|tyto|ty|tento|these|this|that|it|them)\b[^.;\n]{0,30}?\b"
    r"(?:nemusí\w*|nepotřeb\w*|need\s+not|needn'?t|(?:do|does)\s+not\s+need))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Mention:
    """One written item (address, block, range or shorthand list) found in a line."""

    addresses: tuple[IPAddress, ...]
    count: int
    """Number of addresses it stands for (may exceed len(addresses) for huge blocks)."""
    role: Role | None
    certain: bool
    """The role comes from structure (a labelled line, a table column, a heading), not from
    the wording of a sentence."""
    line: int
    """1-based line number in the text."""
    text: str
    is_block: bool
    """A CIDR block or range (not a single address or shorthand list)."""
    excluded: bool = False
    """Marked for removal / replaced (``místo``, ``odebrat`` …): not requested."""
    span: tuple[IPAddress, IPAddress] | None = None
    """First and last address of a block or range."""
    doubt: Reason | None = None
    """Why the reading is a guess that no structure confirms (a table row whose lines the
    page layout leaves in doubt, an address in a sentence about the past): never certain."""

    def public(self, *, documentation_public: bool = False) -> bool:
        """Every address it stands for is public (also for blocks too big to list);
        ``documentation_public`` as in ``is_public``."""
        doc = documentation_public
        if self.span is not None:
            first, last = self.span
            return is_public(first, documentation_public=doc) and is_public(
                last, documentation_public=doc
            )
        return all(is_public(a, documentation_public=doc) for a in self.addresses)


def _v4_value(s: str) -> int | None:
    """The value of a dotted quad of decimal octets (leading zeros read as decimal)."""
    parts = s.split(".")
    if len(parts) != 4:
        return None
    value = 0
    for p in parts:
        if not p.isdigit() or (octet := int(p)) > 255:
            return None
        value = value << 8 | octet
    return value


def parse_address(s: str) -> IPAddress | None:
    s = s.strip()
    if "." in s and ":" not in s:
        # built from its value: the same address as from its canonical text, without the
        # module's parsing of that text again
        v = _v4_value(s)
        return ipaddress.IPv4Address(v) if v is not None else None
    try:
        return ipaddress.IPv6Address(s)
    except ValueError:
        return None


def _expand(first: IPAddress, last: IPAddress) -> tuple[tuple[IPAddress, ...], int]:
    count = int(last) - int(first) + 1
    if count <= 0:
        return (), 0
    if count > MAX_EXPAND:
        return (), count
    return tuple(ipaddress.ip_address(int(first) + i) for i in range(count)), count  # type: ignore[misc]


_Item = tuple[tuple[IPAddress, ...], int, bool, tuple[IPAddress, IPAddress] | None]
"""What ``_item`` reads from one match: addresses, count, is a block, span."""


def _item(m: re.Match[str]) -> _Item | None:
    addr = parse_address(m.group("addr"))
    if addr is None:
        return None
    prefix, end, tails = m.group("prefix") or m.group("prefix2"), m.group("end"), m.group("tails")
    mask = m.group("mask") or m.group("mask2") or m.group("mask3")
    if mask is not None:
        try:
            prefix = str(ipaddress.IPv4Network(f"0.0.0.0/{mask}").prefixlen)
        except ValueError:
            return None
    if prefix is not None:
        try:
            net = ipaddress.ip_network(f"{addr}/{int(prefix)}", strict=False)
        except ValueError:
            return None
        if net.num_addresses == 1:
            return (addr,), 1, False, None
        addrs, n = _expand(net.network_address, net.broadcast_address)
        return addrs, n, True, (net.network_address, net.broadcast_address)
    if end is not None:
        last: IPAddress | None = None
        e = end.lstrip(".")
        if e.isdigit() and isinstance(addr, ipaddress.IPv4Address):
            last = parse_address(".".join(str(addr).split(".")[:3] + [e]))
        elif end.startswith("::") and isinstance(addr, ipaddress.IPv6Address):
            last = _v6_short_end(m.group("addr"), end)
        elif _HEX_GROUP.fullmatch(e) and isinstance(addr, ipaddress.IPv6Address):
            # "2001:db8::10-12", "…::10-1f": the last group's end, a hex group as the address
            # writes it
            last = _v6_last_group(m.group("addr"), e)
        else:
            last = parse_address(end)
        if last is not None and last.version == addr.version and int(last) > int(addr):
            addrs, n = _expand(addr, last)
            return addrs, n, True, (addr, last)
        if last is not None and last == addr:
            return (addr,), 1, False, None
    out: list[IPAddress] = [addr]
    if m.group("slashed"):
        return _slashed(addr, m.group("slashed"))
    if tails and isinstance(addr, ipaddress.IPv4Address):
        base = str(addr).split(".")[:3]
        for t in _TAIL.findall(tails):
            a = parse_address(".".join([*base, t]))
            if a is not None:
                out.append(a)
    return tuple(out), len(out), False, None


def _v6_short_end(first: str, end: str) -> IPAddress | None:
    """The last address of an IPv6 range whose end is written after "::" alone
    ("2001:db8:ab::10 – ::12", "…::a-::c"): the first address's groups before its "::" with
    the end's groups; a first address written whole ("2001:db8:1:2:3:4:5:10 – ::12") keeps
    its groups but the last ones the end gives; None when neither can be read."""
    if "::" not in first:
        groups, tail = first.split(":"), end[2:].split(":")
        if len(groups) != 8 or not 0 < len(tail) < 8:
            return None
        return parse_address(":".join(groups[: 8 - len(tail)] + tail))
    return parse_address(first.split("::", 1)[0] + end)


_HEX_GROUP = re.compile(r"[0-9A-Fa-f]{1,4}")


def _v6_last_group(first: str, end: str) -> IPAddress | None:
    """The last address of an IPv6 range written with its last group's end alone
    ("2001:db8:aa::10-12"): the first address with that group replaced; None when the first
    address does not end in a group."""
    head, sep, group = first.rpartition(":")
    if not sep or not group:
        return None
    return parse_address(head + ":" + end)


def _slashed(addr: IPAddress, slashed: str) -> _Item | None:
    """"A/41/42": the last octets of the next addresses after slashes (two or more, rising
    above A's: a CIDR block has one prefix length, never two); anything else is not read."""
    if not isinstance(addr, ipaddress.IPv4Address):
        return None
    base = str(addr).split(".")
    octets = [int(base[3])] + [int(t) for t in slashed.strip("/").split("/")]
    if any(b <= a for a, b in itertools.pairwise(octets)) or octets[-1] > 255:
        return None
    out = tuple(ipaddress.IPv4Address(".".join([*base[:3], str(o)])) for o in octets)
    return out, len(out), False, None


_NEUTRAL_HINT = re.compile(
    r"(?=[odvzsrunbžwhtijackpmfgeżжсί])(?:\bbu\s|ayni\s|(?:же|ж|самого|самия|ίδιο)\s|odpoj|disconnect|vypn|zůst|stays|remains|unchanged|nemá|nema|nepot|nepož|nepoz|nežád|nežiad|neziad|don'?t\s|"
    r"nejde|nikoli|\bne\s|\bnot\s|isn'?t|\bkein|nicht|\bpas\s|\bnon\s|\bnie\s|"
    r"\b(?:sans|senza|sin|sem|ohne|zonder|ingen|inga|inget|geen)\s|nessun|ningun|ningún|aucun|żadn|"
    r"nebud|nepouž|nepouz|netřeba|netreba|bez\s|žádn|zadn|\bno\s|without|none|not\s+needed|"
    r"nie\s+je|not\s+required|don'?t\s+need|do\s+not\s+need|(?:do|does)\s+not\s+have|"
    r"(?:don|doesn)'?t\s+have|ha(?:ve|s)\s+no\s|žiadn|ziadn|\bnic\b|nothing|n/?a\b|není|neni|"
    r"nejsou|nie\s+sú|same|stejn|tomt|téhož|tehoz|téže|teze|tejže|tejze|denselb|dieselb|"
    r"\b(?:z|ze|zo|na|from|on|auf|von|with|s|se)\s+(?:them|it|nich|něj|nej|neho|nim|ní|ihnen|ihm)\b|"
    r"tentý|tenty|\bist|rovnak|\bsam[éýeya]|samm[ae]|zelfde|selbe|stess|même|meme|mismo|mesmo|identick|"
    r"(?:\bz|\bze|\bzo|\bna|from|\bon|\bauf|\bvon|dalla|depuis|\bsur)\s+(?:the\s+|der\s+)?"
    r"(?:produ|ostr|live)|"
    r"(?:jako|ako|as|als|comme|come|como)\s|"
    # the testing from here, or from the same machine in the languages of the lists added in
    # the sixty-fourth round ("odtud", "samalla palvelimella", "același", "ugyanarról")
    r"odtud|odsud|odtia|from\s+here|von\s+hier|d['’]ici|desde\s+aqu|da\s+qui|stąd|stad|"
    r"härifr|harifr|herfra|hiervand|vanaf\s+hier|täält|taalt|samal|samas|același|acelasi|"
    r"aceeași|aceeasi|pa[šs]a\s|paties|pačiame|ugyan|both|entramb|ambos|ambas|beiden|obou|"
    r"oboch|obu\b|båda|begge|beide|ambele|ambii)",
    re.IGNORECASE,
)


@per_application(maxsize=1024)
def _neutralised(text: str) -> str:
    """``text`` without the phrases that name a use without being a cue (``_NEUTRAL``)."""
    hint = case_free_search(_NEUTRAL_HINT, _NEUTRAL_HINT_LOWER, text)  # the same, quicker
    return _NEUTRAL.sub(" ", text) if hint else text


def mentions_test(text: str) -> bool:
    """The text speaks of testing somewhere (not only in phrases about the live service).
    A text without a neutral phrase's hint is read case-free (``_TEST_LOWER``, a proof:
    ``test_cue_case``)."""
    low = lowered(text)
    if low is None or _NEUTRAL_HINT_LOWER.search(low):
        return bool(_TEST_CUES.search(_neutralised(text)))
    return _TEST_LOWER.search(low) is not None


def _cue(text: str) -> Role | None:
    """The first role cue in a piece of text (None when there is none)."""
    return _cues(text)[0]


_PROD_LOWER = re.compile(grouped(_PROD_CUES.pattern))
_TEST_LOWER = re.compile(grouped(_TEST_CUES.pattern))
_NEUTRAL_HINT_LOWER = re.compile(grouped(_NEUTRAL_HINT.pattern))
"""The cue patterns blind to no case, for a text in lower case: their letters are all lower
case, so they find the same matches there (``CASE_TWINS`` aside), two or three times
quicker (the engine skips an alternative by its first letter only where case counts; a
proof: ``test_cue_case``)."""


@per_application(maxsize=4096)
def _cues(text: str) -> tuple[Role | None, bool]:
    """The first role cue in a piece of text (None when there is none), and whether the text
    names both uses. Remembered: the rules ask it of the same line, head and gap many times
    (a line's cue, its layout's heads, the context's heading)."""
    if CASE_TWINS.search(text):
        low, prod, test, hint = text, _PROD_CUES, _TEST_CUES, _NEUTRAL_HINT
    else:
        low, prod, test, hint = text.lower(), _PROD_LOWER, _TEST_LOWER, _NEUTRAL_HINT_LOWER
    p, t = prod.search(low), test.search(low)
    if p is None and t is None:
        return None, False  # neutral phrases only take cues away: nothing to neutralise
    if hint.search(low):
        text = _NEUTRAL.sub(" ", text)
        p, t = _PROD_CUES.search(text), _TEST_CUES.search(text)
    if p and t:
        return (Role.PRODUCTION if p.start() < t.start() else Role.TEST), True
    if p:
        return Role.PRODUCTION, False
    if t:
        return Role.TEST, False
    return None, False


def _cells_under(line: str, columns: list[Role | None]) -> list[str]:
    """The cells of a row under a table header: a row of addresses set off by semicolons is
    cells only when it has the header's number of them ("web1;A;B" under "Server;Prod;Test")."""
    cells = _split_cells(line)
    if cells is None and line.count(";") == len(columns) - 1 and not ("\t" in line or "|" in line):
        return [c.strip() for c in line.split(";")]
    return cells or []


def _split_cells(line: str) -> list[str] | None:
    if "\t" in line:
        return [c.strip() for c in line.split("\t")]
    if line.count("|") >= 1:
        return [c.strip() for c in line.strip().strip("|").split("|")]
    if ";" in line and line.count(";") >= 1 and not _ITEM.search(line):
        return [c.strip() for c in line.split(";")]
    return None


_HEADING = re.compile(r"^\s*[\w][^:\d]{0,50}:\s*$")
_FIELD = re.compile(r"^\s*(?:[-*•–]\s*)?[A-Za-zÀ-ž][\w .()/-]{0,40}:\s*\S")


@dataclass(frozen=True)
class _Context:
    """What the lines read so far say about the addresses on the next line."""

    role: Role | None = None
    """The role named by the last heading or cue line."""
    weak: bool = False
    """That role came from a long sentence: it ends at the next blank line."""
    columns: list[Role | None] | None = None
    """The roles of a table's columns, from its header row."""
    col_starts: list[int] | None = None
    """Where those columns start, for a table aligned with spaces."""
    drop: bool = False
    """Under a heading that asks to remove addresses."""
    drop_open: bool = False
    """That heading is a heading, not a sentence, its last sentence the removal's: the blank
    lines an HTML paragraph, table or list leaves between its rows do not end it; the next
    line of words does."""
    carried: bool = False
    """The role was named on an earlier line with addresses ("Testovací IP: …"), not by a
    heading: a later line with words of its own does not take it for certain."""
    wrapped: tuple[tuple[str, ...], tuple[int, ...]] | None = None
    """The cells and starts of a space-aligned line that may be the first line of a header
    whose cells wrap onto the next line."""
    both: bool = False
    """The line that named the role names the other use too ("Adresy pro ostrý a testovací
    provoz:"): its role is not certain."""
    pair: tuple[Role, ...] | None = None
    """The uses that line names apart by "/" or "|", in order ("ostrá / testovací:")."""
    bars: int | None = None
    """The number of "|" of a table header that starts with one ("|Prod|Test|"): a row with
    as many that does not ("1|A|B|") ends every cell with one, so the header's first "|"
    ended an empty first cell (a table exported from RTF)."""
    inner_bars: int | None = None
    """The number of "|" of a table header set off by "|" that does not start with one
    ("Prod | Test"): a row with as many that does (" | C") starts with an empty cell."""
    old_rows: bool = False
    """The removal heading is a heading calling the list below the old one ("Staré adresy:",
    "Bisherige Freigabe"): its labelled rows ("Produkce: A") are old too, up to the next
    heading."""
    new_list: bool = False
    """The text names a new or current list somewhere ("Nové:", "Neu:", "Current:"): only
    then do the labelled rows under an old heading drop out with it (an old heading over the
    only list withdraws nothing)."""
    lone: bool = False
    """The table's header names one use for a column and, beside it, heads a column with words
    of no use the reader knows ("Test | Framleiðsla"): that column's addresses are not the
    named one's (a use the reader does not know, or no use at all)."""
    off_col: tuple[int, int] | None = None
    """The column of a table's header that says whether the row is in use ("aktivní",
    "aktiv", "active") and the header's number of cells: a row whose cell there says no
    ("ne", "nein", "no") is out of use, up to the next blank line."""


class _ContextChanges(TypedDict, total=False):
    """The fields of ``_Context`` a copy may change (typed as there: ``_ctx_with``)."""

    role: Role | None
    weak: bool
    columns: list[Role | None] | None
    col_starts: list[int] | None
    drop: bool
    drop_open: bool
    carried: bool
    wrapped: tuple[tuple[str, ...], tuple[int, ...]] | None
    both: bool
    pair: tuple[Role, ...] | None
    bars: int | None
    inner_bars: int | None
    old_rows: bool
    new_list: bool
    lone: bool
    off_col: tuple[int, int] | None


_CONTEXT_FIELDS = frozenset(f.name for f in dataclasses.fields(_Context))


def _ctx_with(ctx: _Context, **changes: Unpack[_ContextChanges]) -> _Context:
    """``dataclasses.replace(ctx, **changes)``, quicker (the reading of lines copies the
    context a few times a line, and ``replace`` reads every field by name and builds the copy
    through the frozen ``__init__``): ``_Context`` has init fields only, no ``__post_init__``
    and no slots, so its ``__dict__`` copied and updated by the changes is the object
    ``replace`` builds (a proof: ``test_extraction_ips_context_copy``). The changes are typed
    (``_ContextChanges``) and an unknown field is an error, as there."""
    if not changes.keys() <= _CONTEXT_FIELDS:
        raise TypeError(f"_ctx_with: no field {sorted(changes.keys() - _CONTEXT_FIELDS)}")
    new = object.__new__(_Context)
    new.__dict__.update(ctx.__dict__)
    new.__dict__.update(changes)
    return new


def _spaced(line: str) -> tuple[list[str], list[int]] | None:
    """The cells and their starts of a line whose columns are aligned with spaces."""
    if "  " not in line.strip():
        return None
    spaced = [(m.start(), m.group(0)) for m in re.finditer(r"\S+(?: \S+)*", line)]
    if len(spaced) >= 2 and re.search(r"\S {2,}\S", line):
        return [c for _, c in spaced], [p for p, _ in spaced]
    return None


def _table_header(line: str) -> tuple[list[Role | None], list[int] | None] | None:
    """The column roles (and, for space-aligned columns, their starts) when ``line`` is a
    table header naming at least two roles."""
    cells = _split_cells(line)
    starts: list[int] | None = None
    if cells is None and (spaced := _spaced(line)) is not None:
        cells, starts = spaced
    if cells and len(cells) >= 2:
        roles = [_cue(c) for c in cells]
        if sum(r is not None for r in roles) >= 2 or _lone_use(cells, roles):
            return roles, starts
    return None


_HEADER_CELL_MAX = 30
_HEADER_CELLS_MAX = 6


def _lone_use(cells: list[str], roles: list[Role | None]) -> bool:
    """A header row of short cells naming one use for one column and words of no use the
    reader knows over another ("Test | Framleiðsla", "Hostname | Test"): a table whose other
    column is not the named use's."""
    if not 2 <= len(cells) <= _HEADER_CELLS_MAX or any(len(c) > _HEADER_CELL_MAX for c in cells):
        return False
    if sum(r is not None for r in roles) != 1 or any(
        _SENTENCE_END.search(c) or c.endswith(":") or _MAYBE_ADDRESS.search(c) for c in cells
    ):
        return False  # a sentence, a label ("Příklad:") or a row with an address
    named = next(c for c, r in zip(cells, roles, strict=True) if r is not None)
    if _cues(named)[1] or len(named.split()) > 2:
        return False  # "Prod/Test", "Adresy pro testovací provoz": a label, not a column
    return any(_WORD.search(c) for c, r in zip(cells, roles, strict=True) if r is None)


def _wrapped_header(
    first: tuple[tuple[str, ...], tuple[int, ...]], line: str
) -> tuple[list[Role | None], list[int]] | None:
    """A space-aligned header whose cells wrap onto a second line: each piece of ``line``
    joins the column of ``first`` it starts in."""
    second = _spaced(line) or ([line.strip()], [len(line) - len(line.lstrip())])
    cells = list(first[0])
    starts = list(first[1])
    for text, pos in zip(*second, strict=True):
        col = max((i for i, p in enumerate(starts) if p <= pos + 2), default=0)
        cells[col] = f"{cells[col]} {text}"
    roles = [_cue(c) for c in cells]
    return (roles, starts) if sum(r is not None for r in roles) >= 2 else None


_ADDRESS_LABEL = re.compile(
    r"^\s*(?:(?:IP(?:v[46])?|adres\w*|adries\w*|address\w*|adress\w*|indirizz\w*|direcci\w*|"
    r"endere\w*|c[íi]m\w*|osoit\w*)[\s/-]*)+:\s*$",
    re.IGNORECASE,
)
"""A label of address words alone ("adresa:", "IP adresy:", "Adressen:", "IP:")."""
_LABEL_WORDS_MAX = 3


def _label_goes_on(prev: str, line: str) -> bool:
    """``line`` is the second line of a label wrapped after its use ("Testovací IP" /
    "adresa:", an OCR of a screenshot; "Produkční" / "IP adresy:"): a label of address words
    alone under a short line of no colon or sentence ending in a use or address word."""
    words = prev.split()
    return (
        bool(_ADDRESS_LABEL.match(line))
        and 0 < len(words) <= _LABEL_WORDS_MAX
        and not prev.rstrip().endswith(":")
        and not _is_sentence(prev)
        and (_cue(words[-1]) is not None or _ADDRESS_WORD.match(words[-1]) is not None)
    )


def _after_text_line(ctx: _Context, line: str, prev: str = "") -> _Context:
    """A line without addresses: a blank line ends weak roles, removal sections and
    space-aligned tables; a table header sets the columns; a cue or removal heading sets the
    role; the second line of a label wrapped after its use keeps it; another heading or
    field label clears it."""
    if not line.strip():
        if (ctx.drop and not ctx.drop_open) or ctx.wrapped is not None:  # (a copy only when
            ctx = _ctx_with(ctx, drop=ctx.drop_open, wrapped=None)  # a field changes)
        if ctx.weak:
            ctx = _ctx_with(ctx, role=None, weak=False)
        if ctx.col_starts is not None:
            ctx = _ctx_with(ctx, columns=None, col_starts=None)
        if ctx.off_col is not None:
            ctx = _ctx_with(ctx, off_col=None)
        return ctx
    if _ACTIVE_WORD.search(line) and (off := _active_column(line)) is not None:
        ctx = _ctx_with(ctx, off_col=off)
    header = _table_header(line)
    if header is None and ctx.wrapped is not None:
        header = _wrapped_header(ctx.wrapped, line)
    if header is not None:
        lead = line.lstrip().startswith("|") and header[1] is None
        lone = sum(r is not None for r in header[0]) == 1
        return _ctx_with(
            ctx,
            columns=header[0],
            col_starts=header[1],
            lone=lone,
            role=None,
            wrapped=None,
            bars=line.count("|") if lead else None,
            inner_bars=line.count("|") if header[1] is None and not lead else None,
        )
    spaced = _spaced(line)
    if spaced is not None or ctx.wrapped is not None:
        ctx = _ctx_with(
            ctx, wrapped=(tuple(spaced[0]), tuple(spaced[1])) if spaced is not None else None
        )
    cue, both = _cues(line)
    heading = not _is_sentence(line) and len(line) <= _HEADING_MAX
    gone = _REMOVAL_HEADING.search(line) or (_gone_heading(line) if heading else None)
    removal = gone is not None and not _another_use_none(line, gone.start())
    to_come = False
    if removal and gone is not None and (fut := _FUTURE_REMOVAL.search(line)) is not None:
        # "testovací virtuál – po volbách ho smažeme:": a removal still to come, no withdrawal
        # (the time the address is valid for leaves its use unsure)
        to_come = fut.start() <= gone.start() < fut.end() and not _REMOVED_ALREADY.search(line)
        removal = not to_come
    # (a heading's removal in its last sentence governs the rows below across blank lines)
    held = gone is not None and heading and _last_sentence_end(line[gone.start() :]) is None
    if cue is not None or removal:
        return _ctx_with(
            ctx,
            role=cue,
            weak=_is_sentence(line) or to_come or (cue is not None and _unknown_column_beside(line)),
            columns=None,
            drop=removal,
            drop_open=removal and held,
            old_rows=removal and heading and gone is not None and gone.re is not _GONE
            and _REMOVAL_HEADING.search(line) is None
            and not _header_row(line)  # a table's one old column alone: its rows stay (r35)
            and ctx.new_list,
            carried=False,
            both=both,
            pair=_label_pair(line) if both else None,
        )
    if ctx.role is not None and not ctx.drop and _label_goes_on(prev, line):
        return ctx
    if _HEADING.match(line) or _FIELD.match(line) or (
        ctx.drop_open and _WORD.search(line) and not _header_row(line)
    ):
        # (other words under a removal heading are other content: the table or list is over)
        return _ctx_with(
            ctx, role=None, columns=None, drop=False, drop_open=False, both=False, pair=None
        )
    return ctx


_WORD = re.compile(r"[^\W\d_]{2}")
_CORNER = re.compile(r"^(?:\t|\s{2,}\S|\s*\|\s*\|)")
"""An empty first cell of a header row: its table's first column labels the rows."""


def _unknown_column_beside(line: str) -> bool:
    """A header row over a table whose rows are labelled (an empty corner cell) naming one
    use for a column and, beside it, a column in words the reader does not know
    ("framleiðsla    test"): the other column may be the other use, so the one named is no
    sure heading for every address below."""
    if not _CORNER.match(line):
        return False
    cells = _any_cells(line)
    if cells is None or not 2 <= len(cells) <= 6 or any(len(c) > 30 for c in cells):
        return False
    named = [c for c in cells if _cue(c) is not None]
    return len(named) == 1 and any(_WORD.search(c) and _cue(c) is None for c in cells)


_ACTIVE_WORD = re.compile(r"aktiv|aktív|activ|attiv|aktywn|actif", re.IGNORECASE)
_ACTIVE_HEAD = re.compile(
    r"(?:aktivn[íi]|aktívn[ya]|aktiv|aktív|active|activ[oa]|actif|attiv[oa]|aktywn[ya])\??",
    re.IGNORECASE,
)
"""A table header's cell asking whether the row is in use: "aktivní", "aktiv", "active"."""
_NO_CELL = re.compile(
    r"(?:ne|no|nein|nie|non|nem|nej|nee|false|neaktivn[íi]|inactive|inaktiv)\.?", re.IGNORECASE
)


def _any_cells(line: str) -> list[str] | None:
    """A table line's non-empty cells, set off by tabs, bars, semicolons or spaces (the
    reading of rows sets an address off by tabs: "\tA\t| produkce | ne")."""
    if "\t" in line or "|" in line or ";" in line:
        return [c.strip() for c in _CELL_BREAK.split(line) if c.strip()]
    spaced = _spaced(line)
    return spaced[0] if spaced is not None else None


_CELL_BREAK = re.compile(r"[\t|;]")


def _active_column(line: str) -> tuple[int, int] | None:
    """The column of a header row ("IP adresa | účel | aktivní") asking whether the row is
    in use, and the header's number of cells."""
    cells = _any_cells(line)
    if cells is None or len(cells) < 2 or any(len(c) > 30 for c in cells):
        return None
    hits = [i for i, c in enumerate(cells) if _ACTIVE_HEAD.fullmatch(c.strip())]
    return (hits[0], len(cells)) if len(hits) == 1 else None


def _inactive_row(line: str, off: tuple[int, int]) -> bool:
    """A table row whose cell under the header's "aktivní" column says no."""
    cells = _any_cells(line)
    if not cells:
        return False
    if len(cells) != off[1]:
        if off[0] != off[1] - 1:
            return False
        # a row with an empty cell, or whose spaces the reading of rows closed up
        # ("\tA\tProduktion nein"): the last column's is the row's last word
        return bool(_NO_CELL.fullmatch(cells[-1].split()[-1]))
    return bool(_NO_CELL.fullmatch(cells[off[0]]))


_NEW_LIST = re.compile(
    r"(?=[acdfgjklntuzú])\b(?:nov[éáýaeoiu]\w*|nově|nove|neu\w*|new|aktu[áa]ln\w*|current|"
    r"nowe?|nowy|nowa|új|nouv\w*|nuev\w*|jetzt\w*|gültig\w*|zm[ěe]n[ěa]n\w*|updated|"
    r"letos\w*|letošn\w*|tentokr[áa]t|tento\s+rok|this\s+(?:election|time|year)|diesmal|"
    r"dieses\s+(?:Mal|Jahr)|kommende\w*|for\s+the\s+(?:coming|upcoming)|teraz)\b",
    re.IGNORECASE,
)
"""A word naming a new or current list, anywhere in the text: the old heading's rows then drop
out with it ("Staré adresy: … Nové: …", "Bisherige Freigabe: … Neu: …")."""


def _header_row(line: str) -> bool:
    """A table's header row of short cells ("Use | Address"): the table under an old heading
    goes on."""
    cells = _split_cells(line)
    return cells is not None and len(cells) >= 2 and all(len(c) <= 30 for c in cells)

_HEADING_MAX = 160
"""The longest line read as a heading over the addresses below it."""
_OLD_HEADING = re.compile(
    r"(?=[abdefhklmnoprstuvwz])\b(?:(?:lo[ňn]sk|vla[ňn]aj[šs]|star|p[uůô]vodn|p[řr]edchoz|predošl|"
    r"predosl|vorj[aä]hrig|alt|bisher|vorherig|dosavadn|d[řr][íi]v[ěe]j[šs]|doteraj[šs]|"
    r"dotychczas|korábbi|ancien)\w*|old|previous(?:ly)?|former|last\s+year'?s|(?:z|ze|from|aus|zo?)\s+(?:minul\w*|předchoz\w*|"
    r"predchoz\w*|minulor\w*|loňsk\w*|lonsk\w*|last|previous|den\s+letzten|vergangen\w*)\s+"
    r"(?:voleb|volieb|volbách|volbach|year|elections?|wahl\w*|roku|rok\w*|jahr\w*))\b",
    re.IGNORECASE,
)
"""A heading's word saying the addresses under it are the old ones: "Staré adresy:",
"Loňské adresy:", "Old addresses:", "Adresy z minulých voleb:", "Die alten Adressen:"."""
_ADDRESS_WORD = re.compile(
    r"(?=[aehimoprs])\b(?:adres\w*|adries\w*|address\w*|adress\w*|IPs?|IPv[46]|hosts?|server\w*|"
    r"rechner\w*|machines?|stroj\w*|počítač\w*|pocitac\w*|serwer\w*|servidor\w*|serveur\w*|"
    r"indirizz\w*|endere\w*|osoit\w*|palvelim\w*)",
    re.IGNORECASE,
)
"""A word naming addresses or their machines."""
_KEPT_HEADING = re.compile(
    r"(?=[abcdfgijlnprsuwz])\b(?:stejn\w*|beze?\s+změn\w*|bez\s+zmien\w*|nezměn\w*|nezmen\w*|"
    r"podle|podľa|according|like|wie|"
    # the list below named as the new one: "posílám finální seznam, předchozí už neplatí:"
    r"nov[éáýíouy]\w*|finál\w*|final\w*|new|aktuáln\w*|current|správn\w*|spravn\w*|"
    r"correct\w*|definitiv\w*|neue\w*|"
    r"zůstáv\w*|zustav\w*|zostáv\w*|zostav\w*|platí\s+(?:i\s+)?(?:dál|nadále|dále)|"
    r"plat\w*\s+naďalej|same|unchanged|remain\w*|still|continue\w*|as\s+before|"
    r"gleich\w*|unverändert|weiterhin|bleib\w*|also|jako|ako|i\s+nadále|znovu|again)\b",
    re.IGNORECASE,
)
"""A heading's word saying the old addresses stay: "Původní adresy zůstávají:"."""


@per_application(maxsize=2048)
def _gone_heading(line: str) -> re.Match[str] | None:
    """A heading saying the addresses under it are gone or old ("Adresy z roku 2024 – již
    neplatné:", "Old addresses (please remove):"), not that they stay; it names them
    ("Vyplnili jsme to podle loňska:" is about the form, not a list of old addresses), or it
    is a short title opening with the old word ("Dosavadní:", "Bisherige Freigabe",
    "Previously approved (2022)"). Remembered: the rules ask it of the same line again (the
    line as a text line, as a heading over the next, as a gap's heading)."""
    line = _last_sentence_of(line)  # "… napsal jsem špatně. Správně:": the last one heads
    if _KEPT_HEADING.search(line):
        return None
    if not _ADDRESS_WORD.search(line):
        return _OLD_TITLE.match(line)
    return _GONE.search(line) or _OLD_HEADING.search(line)


_OLD_TITLE = re.compile(
    r"^\s*(?=[abdfklopsvw])" + _OLD_HEADING.pattern[_OLD_HEADING.pattern.index(")") + 1 :]
    + r"(?:\s+[^\W\d_]+)?(?:\s*\(\s*(?:19|20)\d\d\s*\))?\s*:?\s*$",
    re.IGNORECASE,
)
"""A title of one or two words opening with the old word, perhaps with a year in parentheses:
"Dosavadní:", "Pôvodné", "Bisherige Freigabe", "Previously approved (2022)", "Staré:"."""


def _last_sentence_of(line: str) -> str:
    """The line's last sentence, blanked before it (the positions stay)."""
    cut = _last_sentence_end(line)
    return line if cut is None else " " * cut.end() + line[cut.end() :]


_SENTENCE_LINE = re.compile(r"[.!?]\s*$")


def _is_sentence(line: str) -> bool:
    """A line that is a sentence rather than a heading ("Testovat začneme v prosinci."): it
    ends like one."""
    return bool(_SENTENCE_LINE.search(line))


@dataclass(frozen=True)
class _Layout:
    """The words around the addresses of one line."""

    lead: str
    """Text before the first address."""
    lead_cue: Role | None
    trailing: bool
    """The line names roles after its addresses ("1.2.3.4 pro testy, …")."""
    gaps: list[str]
    """Text before each address, then the text after the last one."""
    heads: list[str]
    """The part of each address's gap that describes it (after the last connector)."""
    tails: list[Role | None]
    """A role stated right after an address (in parentheses or before a connector)."""
    end_cue: Role | None
    """The line's closing words, when nothing else on it names a role."""


_SENTENCE_BREAK = re.compile(
    r"(?:[!?]|\.(?<!\bbzw\.)(?<!\bresp\.)(?!(?<=\bprod\.|\btest\.|\bprim\.|\bzkuš\.|\bzkus\.)\s+(?:IP|[Aa]dres|[Ss]erver))"
    r"(?!(?<=\bzál\.|\bzal\.|\btst\.)\s+(?:IP|[Aa]dres|[Ss]erver)))\s+(?=[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ])"
)
"""The end of a sentence, not the dot of an abbreviated use before its label ("test. IP")."""


def _last_match(
    pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``text[pos:endpos]``."""
    last = None
    for last in pattern.finditer(text, pos, len(text) if endpos is None else endpos):  # noqa: B007
        pass
    return last


def _last_sentence_end(text: str) -> re.Match[str] | None:
    return _last_match(_SENTENCE_BREAK, text)


def _sole_use(text: str) -> Role | None:
    """The one use ``text`` names by its cue words as written, if it names one and not both."""
    prod, test = _PROD_CUES.search(text) is not None, _TEST_CUES.search(text) is not None
    return None if prod == test else Role.PRODUCTION if prod else Role.TEST


def own_sentence_use(line: str, at: int) -> Role | None:
    """The one use named by the words of the sentence that the address at ``at`` of ``line``
    is in after another ("…, testovat budeme z produkce. Produkční adresy jsou tedy A a B");
    None when no sentence ends before it on the line."""
    lead = line[:at]
    cut = _last_sentence_end(lead)
    return None if cut is None else _sole_use(_AN_ADDRESS.sub(" ", lead[cut.end() :]))


_ADDED_CLAUSE = re.compile(
    # a clause after a connector adding the next address ("A vynechte a ještě přidejte
    # testovací B", "drop A, and additionally allow B for testing", "A streichen und zusätzlich
    # B freischalten"): the words of removal before it are the clause before's, B no
    # replacement of A
    r"(?:[,;–—]|\s(?:a|and|und|i|oraz|et|y|e|en|och|és))\s+(?:[^\W\d_]+\s+){0,2}?(?:ještě|jeste|ešte|"
    r"navíc|navic|p[řr]id\w*|add\w*|also|zus[äa]tzlich\w*|hinzu\w*|dodaj\w*|dodatkow\w*|"
    r"również|rowniez|też|tez|rovněž|rovnez|además|ademas|añad\w*|anad\w*|inoltre|aggiung\w*|"
    r"en\s+plus|ajout\w*|daarnaast|bovendien|toevoeg\w*|dessutom|lägg\w*\s+till|emellett|"
    r"továbbá|tovabba)\b[^,;–—]*$",
    re.IGNORECASE,
)


_USE_LEADS = re.compile(r"[,;–—]\s+((?:[^\W\d_]+[\s-]+){1,3})$")
"""A clause of its own led by words naming the next address's use ("A vynechte, testovací B
zůstává")."""


def own_clause_added(line: str, at: int) -> bool:
    """Whether the address at ``at`` of ``line`` stands in a clause of its own adding it
    after a connector (``_ADDED_CLAUSE``)."""
    return " " in line[:at] and _ADDED_CLAUSE.search(line, 0, at) is not None


def own_clause_use(line: str, at: int) -> Role | None:
    """The use a clause of its own names for the address at ``at`` of ``line`` with a verb
    of being after a connector ("adresu A prosím vypusťte a test je B", "please drop A and
    the test one is B"); None when no such clause leads it."""
    if " " not in line[:at]:
        return None
    found = _USE_IS.search(line, 0, at) or _NEW_USE.search(line, 0, at) or _USE_LEADS.search(line, 0, at)
    return None if found is None else _sole_use(found.group(1))


_APPOSITION = re.compile(
    r"\s*(?:tedy|teda|tudíž|tudiz|čili|cili|čiže|cize|tj\.?|t\.\s?j\.|to\s+jest|"
    r"i\.\s?e\.?|that\s+is|namely|d\.\s?h\.|nämlich|"
    r"c['’]est[- ]à[- ]dire|cioè|es\s+decir|czyli|tzn\.?|(?<=\ba\s)(?:to|síce|sice))"
    r"\s*[:,–-]?\s*$",
    re.IGNORECASE,
)
"""A word of apposition alone before an address ("…, tedy B", "…, i.e. B", "…, tj. B"): the
clause before it says what the address after it is."""
_CLAUSE_COMMA = re.compile(r"[,;]")
_ADDS_NEXT = re.compile(
    rf"\s*,?\s*(?:{_AND})\s+(?:ještě|jeste|také|take|taky|tiež|tiez|též|tez|rovněž|rovnez|navíc|"
    r"navic|also|additionally|in\s+addition|additionally|auch|außerdem)(?![^\W\d_])",
    re.IGNORECASE,
)
"""A conjunction with a word of addition opening the words after an address ("A, a ještě
…", "A and also …"): they add the next address, none of them is said of the first."""


_RELATIVE_OPENS = re.compile(
    r",\s*(?:(?:do|v|ve|na|z|ze|s|se|pro|od|in|on|at|for|from|with|by|mit|auf|an|für|von|w|na|z|"
    r"dla|od)\s+)?(?:kter[ýáéouíh]\w*|ktor[ýáéúoíh]\w*|któr\w*|jež|jenž|již|jehož|jejíž|"
    r"which|who|whom|whose|welche\w*)\b",
    re.IGNORECASE,
)
"""A comma opening a relative clause ("…, kterou budeme používat do září, …", "…, which we
keep until May, …"): set off by commas, it is said of the noun before it."""


def _past_relative(gap: str, cut: re.Match[str]) -> re.Match[str] | None:
    """The connector before a relative clause the comma ``cut`` closes ("A a testovací
    adresa, kterou budeme používat do září, je B"): the noun the clause is said of leads the
    next address, so the cut is before that noun, not at the clause's closing comma."""
    if gap[cut.start()] != "," or _CLAUSE_COMMA.search(gap, cut.end()):
        return cut
    opened = _last_match(_RELATIVE_OPENS, gap, 0, cut.start())
    if opened is None or _CLAUSE_COMMA.search(gap, opened.start() + 1, cut.start()):
        return cut
    prefix = gap[: opened.start()]
    # no connector before it: the clause follows the first address ("A a B, které jsou
    # ostré, zatímco C …") and is said of it
    return _OPENS_NEXT.search(prefix) or _LAST_CONNECTOR.search(prefix) or cut


def _connector_cut(gap: str) -> re.Match[str] | None:
    """Where the words describing the first of two addresses end and those leading the second
    begin: a conjunction with a comma after it, else the last connector; when only a word
    of apposition follows that ("A, testovací je o jednu výš, tedy B"), the comma before the
    apposition's clause (the clause leads the next address; "a" may be an article there)."""
    if (added := _ADDS_NEXT.match(gap)) is not None:
        return added  # "A, a ještě bychom zkoušeli z notebooku, ten má B": all of it is B's
    cut = _OPENS_NEXT.search(gap) or _LAST_CONNECTOR.search(gap)
    if cut is not None and _RELATIVE_OPENS.search(gap):
        cut = _past_relative(gap, cut)
    if cut is None or not _APPOSITION.match(gap, cut.end()):
        return cut
    # (a comma right before the conjunction of ", a to B" ends no clause)
    earlier = [c for c in _CLAUSE_COMMA.finditer(gap, 0, cut.start()) if gap[c.end() : cut.start()].strip()]
    return earlier[-1] if earlier else cut


def _before_connector(gap: str) -> str:
    """The words between two addresses that describe the first: those before the last comma,
    semicolon or conjunction ("A, testovat budeme z B": none)."""
    cut = _connector_cut(gap)
    return gap if cut is None else gap[: cut.start()]


def _clause_leads_next(gap: str, cut: re.Match[str], head: str) -> re.Match[str] | None:
    """The comma opening the last clause of ``gap`` when that clause, closed by a comma
    right before the next address, names the other use than the address before it ("A až
    .42 (…), testovací server je jeden, B", "A for production, the test box is just one,
    B"): a clause set off that way says what the address after it is; None otherwise."""
    if gap[cut.start()] != "," or gap[cut.end() :].strip():
        return None
    earlier = _last_match(_CLAUSE_COMMA, gap, 0, cut.start())
    if earlier is None:
        return None
    clause = gap[earlier.end() : cut.start()]
    if (said := _sole_use(clause)) is None or _RELATIVE_OPENS.match(gap, earlier.start()):
        return None
    before = _sole_use(head) or _sole_use(gap[: earlier.start()])
    if before is None:
        # the use of the address before is not said next to it: a whole clause (not a bare
        # use word, "A, testovací, B") set off that way leads the next address
        return earlier if len(_WORD.findall(clause)) >= 3 else None
    return earlier if said != before else None


def _own_sentence(lead: str) -> str | None:
    """The sentence of a line's first address when an earlier sentence of the line names a
    use and its own names one too (the nearer use is its own)."""
    end = _last_sentence_end(lead) if "." in lead or "!" in lead or "?" in lead else None
    if end is None or _cue(lead[: end.start()]) is None:
        return None
    own = lead[end.end() :]
    return own if _cue(own) is not None else None


_LEAD_CLAUSE = re.compile(r"[,;]\s")


def _own_clause(lead: str) -> str | None:
    """The last clause of a lead naming both uses when that clause names one use alone
    ("Produkční adresa z formuláře platí dál, navíc přidáváme testovací A"): the nearer use
    is the address's own (not when the lead gives the uses in order)."""
    if not _cues(lead)[1] or _ORDERED.search(lead):
        return None
    cut = _last_match(_LEAD_CLAUSE, lead)
    if cut is None or _cue(lead[: cut.start()]) is None:
        return _own_use_words(lead)
    own = lead[cut.end() :]
    return own if _sole_use(own) is not None else _own_use_words(lead)


_OWN_USE_WORDS = re.compile(
    r"(?<![^\W\d_])(?P<own>[^\W\d_]+(?:\s+(?:IP|IPv4|IPv6|adres\w*|adries\w*|address\w*|"
    r"server\w*|stroj\w*|box|host))?)\s*$",
    re.IGNORECASE,
)
_WORD_RUN = re.compile(r"[^\W\d_]+")
_JOINING = re.compile(
    rf"^(?:\s|,|(?:{_AND}|či|ci|nebo|or|oder|resp|bzw|také|take|taky|tiež|tiez|též|also|auch|"
    r"i|aj|as\s+well\s+as|plus)\b|\.)*$",
    re.IGNORECASE,
)


_OBJECT_OF = re.compile(
    r"(?<![^\W\d_])(?:s|se|so|with|mit|než|nez|than|jako|ako|as|od|from|z|ze|zo)\s*$", re.IGNORECASE
)
"""A preposition right before the use words: they are its object ("prohozené s testovací
B"), not the address's label."""


def _own_use_words(lead: str) -> str | None:
    """The use words right before the address when the lead names the other use earlier,
    in words of their own ("k produkční adrese z mé původní žádosti přidáváme testovací
    adresu B", "to the live address given before we add the test IP B"): the address is
    what its own words name, the earlier use is the one it is added to. Not a pair of uses
    joined ("produkční a také testovací adresa B")."""
    found = _OWN_USE_WORDS.search(lead)
    if found is None or (use := _sole_use(found.group("own"))) is None:
        return None
    rest = lead[: found.start()]
    other = _PROD_CUES if use is Role.TEST else _TEST_CUES
    earlier = _last_match(other, rest)
    if earlier is None or _sole_use(rest) is not (Role.PRODUCTION if use is Role.TEST else Role.TEST):
        return None
    between = rest[earlier.end() :]
    if len(_WORD_RUN.findall(between)) < 3 or _JOINING.match(between) or _OBJECT_OF.search(between):
        return None
    return found.group("own")


def _tails(
    gaps: list[str], n: int, own: str | None = None
) -> tuple[list[str], list[Role | None]]:
    """What describes each address (its head) and the use stated right after it (its tail);
    ``own``: the first address's own sentence when an earlier one names a use."""
    heads: list[str] = []
    tails: list[Role | None] = [None] * n
    for i, gap in enumerate(gaps):
        paren = _PAREN.match(gap) if i else None
        if paren is not None:
            tails[i - 1] = _cue(paren.group(1))
            gap = gap[paren.end() :]
        if not i and own is not None:
            gap = own  # "Povolte jen tu, je to ostrý provoz. Testovat budeme z A"
        if i and i < n and (end := _last_sentence_end(gap)) is not None:
            # "… 1.1.1.2 – to je ostrá. Testovat budeme z 1.1.1.3": a new sentence
            if tails[i - 1] is None:
                tails[i - 1] = _cue(gap[: end.start()])
            gap = gap[end.end() :]
        elif i and i < n:
            # "… 1.1.1.2 for production and 1.1.1.3 …": what precedes the last
            # connector describes the previous address, the rest the next one (after a
            # sentence's end all of it is the next address's: "A a B. Pro test, C")
            cut = _connector_cut(gap)
            if cut is not None and (led := _clause_leads_next(gap, cut, heads[i - 1])):
                cut = led
            if cut is not None:
                if tails[i - 1] is None:
                    tails[i - 1] = _cue(gap[: cut.start()])
                gap = gap[cut.end() :]
        elif i == n and tails[i - 1] is None and not _LABEL_OPENS.match(gap):
            tails[i - 1] = _cue(_TAIL_END.split(gap, maxsplit=1)[0])
        if i < n:
            heads.append(gap)
    # "1.1.1.1, 1.1.1.2 (test)": a bare list shares the role stated after it
    for i in range(n - 2, -1, -1):
        if tails[i] is None and _cue(heads[i]) is None and _CONNECTOR.match(gaps[i + 1]):
            shared = tails[i + 1] if _cue(heads[i + 1]) is None else None
            # "we fetch from A; B is our test VM": a verb in the singular after the next
            # address states its use alone (not "A, B are test", "A a B jsou testovací")
            tails[i] = None if i + 2 < len(gaps) and _ONE_SUBJECT.match(gaps[i + 2]) else shared
    return heads, tails


_ONE_SUBJECT = re.compile(
    r"\s*(?:is|was|serves|je|bude|slouží|slouzi|slúži|sluzi|zůstává|zustava|ist|dient|est|"
    r"sert|è|es|är|jest|służy|sluzy)\s",
    re.IGNORECASE,
)
"""A verb in the singular right after an address: its clause states that address's use."""


_OPENS_CUE = re.compile(r"[(\[]\s*(?:[^\W\d_]+[\s-]*){1,3}:?\s*$")
"""A bracket opened right before the next address with a role word in it ("A (test B)"): the
word leads the next address, it does not trail the first."""


def _denies_own_use(lead: str, own: str) -> bool:
    """"IP (both production, no test yet): A", "Adresy obě produkční, test zatím nemáme: A":
    the clause right before the addresses names a use only to say there is none of it, and
    the words before it name the other use - that one is the addresses' use."""
    use = _cue(own)
    if use is None or not _NONE_OF_USE.search(own):
        return False
    cut = lead.rfind(own)
    other = _cue(lead[:cut]) if cut > 0 else None
    return other is not None and other is not use


_REPLACED_LEAD = re.compile(
    r"\b(?:místo|misto|namísto|namisto|miesto|namiesto|instead\s+of|rather\s+than|statt|"
    r"anstatt|anstelle|au\s+lieu\s+d[eu']|invece\s+d(?:[ie']|ell[aeo'’]|el|egli)|"
    r"al\s+posto\s+d[ie']|en\s+(?:lugar|vez)\s+de|em\s+(?:lugar|vez)\s+de|zamiast|"
    r"in\s+plaats\s+van|i\s*st[äa]llet\s+f[öo]r|i\s+stedet\s+for)"
    # the replaced address's words, elided articles joined ("de l'adresse de l'an dernier",
    # "dell'indirizzo dell'anno scorso", "het adres van vorig jaar")
    r"(?:\s*[^\W\d_]+(?:['’][^\W\d_]*)?){0,6}[\s(:]*$",
    re.IGNORECASE,
)
"""A lead ending in a word of replacing and the replaced address's words ("Místo loňské",
"Instead of last year's", "Statt der alten", "en lugar de la dirección del año pasado"): the
first address is the one replaced, the words after it head the next address, they are no use
of its own."""
_REPLACING = re.compile(
    r"\b(?:místo|misto|namísto|namisto|miesto|namiesto|instead\s+of|rather\s+than|statt|anstatt|"
    r"anstelle|au\s+lieu\s+d|invece\s+d|al\s+posto\s+d|en\s+(?:lugar|vez)\s+de|zamiast|"
    r"in\s+plaats\s+van|i\s*st[äa]llet\s+f[öo]r)",
    re.IGNORECASE,
)
"""A word of replacing, anywhere in a clause."""
_REPLACED_AFTER = re.compile(r"^[\s,)]*(?:helyett|sijaan|asemesta)\b", re.IGNORECASE)
"""A postposition of replacing right after the first address (Hungarian "a tavalyi A helyett
mostantól éles B"): as ``_REPLACED_LEAD``."""


def _layout(line: str, matches: list[re.Match[str]]) -> _Layout:
    first = matches[0]
    lead = line[: first.start()]
    lead_cue = _cue(lead)
    own = (_own_sentence(lead) or _own_clause(lead)) if lead_cue is not None else None
    if own is not None and _denies_own_use(lead, own):
        own = None  # "IP (obě produkční, test zatím nemáme): A, B": the clause denies its use
    lead_cue = lead_cue if own is None else _cue(own)
    trailing = False
    if lead_cue is None:
        nxt = matches[1].start() if len(matches) > 1 else len(line)
        between = line[first.end() : nxt]
        if len(matches) > 1:
            between = _before_connector(between)
        trailing = _closing_cue(_sentence_head(between)) is not None and not _OPENS_CUE.search(
            between
        )
        if trailing and len(matches) > 1 and (_REPLACED_LEAD.search(lead) or _REPLACED_AFTER.match(between)):
            trailing = False  # "Místo loňské A (už nepoužíváme) nově produkční B": B's words
    starts = [m.start() for m in matches]
    ends = [m.end() for m in matches]
    gaps = [line[(ends[i - 1] if i else 0) : starts[i]] for i in range(len(matches))]
    gaps.append(line[ends[-1] :])
    heads, tails = _tails(gaps, len(matches), own)
    end_cue = None
    if not any(_cue(h) for h in heads) and not any(tails):
        end_cue = _closing_cue(_sentence_head(gaps[-1]))
    return _Layout(lead, lead_cue, trailing, gaps, heads, tails, end_cue)


_NONE_OF_USE = re.compile(
    # the lookahead of the words' first letters only makes the search quick
    r"(?=[abdeknprzž])\b(?:nem[aá]\w*|nepot[řr]eb\w*|zat[ií]m\s+ne\w*|"
    r"zatia[lľ]\s+ne\w*|nie\s+(?:mamy|ma|potrzeb\w*)|niepotrzebn\w*|brak\w*|[žz][áa]dn\w*|"
    r"[žz]iadn\w*|none|no\s+(?:[^\W\d_]+\s+){0,2}(?:yet|needed|required)|"
    r"not\s+(?:yet|needed|required|necessary)|(?:don'?t|do\s+not)\s+(?:have|need)|kein\w*|"
    r"nicht\s+(?:n[öo]tig|erforderlich)|brauch\w*\s+(?:wir\s+)?(?:\w+\s+)?nicht|entf[aä]ll\w*|non\s+(?:l['’])?abbiamo|"
    r"non\s+serve|pas\s+(?:encore|besoin)|aucun\w*|noch\s+(?:nicht|kein\w*))(?!\w)",
    re.IGNORECASE,
)
"""Words saying there is none of a thing or none is needed ("zatím nemáme", "no test server
yet", "haben wir keinen", "nie mamy")."""
_LABEL_OPENS = re.compile(r"^\s*[^\W\d_][^\d:.,;()]{0,30}:\s*$")
"""A label with its colon closing a line's last address's words ("A, B Test:"): it opens what
follows on the next line (a column's next row), it does not say the use of the addresses
before it."""
_CLAUSE_SPLIT = re.compile(rf"[,;:–-]\s|\s(?:{_AND})\s", re.IGNORECASE)


def _closing_cue(head: str) -> Role | None:
    """The use named by a line's closing words, unless the clause naming it says there is
    none of that use ("A a B, testovací zatím nemáme", "A, no test server yet"): such a
    use is not the list's."""
    role = _cue(head)
    if role is not None and _LABEL_OPENS.match(head):
        return None  # "A, B Test:" at a line's end: the label of what follows
    if role is None or not _NONE_OF_USE.search(head):
        return role
    for clause in _CLAUSE_SPLIT.split(head):
        if _cue(clause) is not None:
            return None if _NONE_OF_USE.search(clause) else role
    return role


def _column_role(
    ctx: _Context, line: str, cells: list[str], pos: int, before: str, after: str
) -> Role | None:
    """The role of an address in a table row: its column's, unless the row's own words say."""
    assert ctx.columns is not None
    col = (
        _cell_index(line, pos)
        if ctx.col_starts is None
        else max((i for i, p in enumerate(ctx.col_starts) if p <= pos + 2), default=0)
    )
    if cells and ctx.col_starts is None and ";" in line and not ("\t" in line or "|" in line):
        col = line[:pos].count(";")  # a row of cells set off by semicolons ("web1;A;B")
    columns = ctx.columns
    if ctx.bars == line.count("|") and not line.lstrip().startswith("|"):
        columns = [None, *columns]  # "|Prod|Test|" over "1|A|B|": each cell ends with "|"
    if ctx.inner_bars and ctx.inner_bars == line.count("|") and line.lstrip().startswith("|"):
        col = line[:pos].count("|")  # "Prod | Test" over " | C": the first cell left empty
    role = columns[col] if col is not None and col < len(columns) else None
    if ctx.lone and (own := _cue(before) or _cue(after)) is not None:
        return own  # a row labelled with its use under a header naming one ("Test | A")
    if role is None and not cells and ctx.col_starts is not None:
        # columns aligned by spaces: a row's marks are its cells when each column has one,
        # else each piece of the row goes to the column it starts under ("A      x" with
        # the test column left empty)
        spaced = _SPACED.split(line.strip())
        cells = spaced if len(spaced) == len(columns) else _cells_by_start(line, ctx.col_starts)
    if role is None and cells:
        role = _ticked_column(columns, cells)
    if role is None and ctx.lone and cells:
        # a column headed by words of no use known: its own words, not the header's one use
        return _cue(before) or _cue(after)
    if not cells and ctx.col_starts is None:
        # no cell separators: the line's own words decide before the column
        role = _cue(before) or _cue(after) or role
    return role or _cue(before) or _cue(after) or ctx.role


_SPACED = re.compile(r"\s{2,}")
_PIECE = re.compile(r"\S+(?: \S+)*")


def _cells_by_start(line: str, starts: list[int]) -> list[str]:
    """The cells of a space-aligned row whose empty cells are left blank: each piece in the
    column it starts under (a piece starting between two columns goes to the nearer start's
    left one, as ``_wrapped_header`` places them); [] when two pieces share a column."""
    cells = [""] * len(starts)
    for m in _PIECE.finditer(line):
        col = max((i for i, p in enumerate(starts) if p <= m.start() + 2), default=0)
        if cells[col]:
            return []
        cells[col] = m.group(0)
    return cells


_YES = re.compile(
    r"^(?:ano|áno|yes|y|ja|oui|tak|igen|sí|si|x|✓|✔|✅|☒|☑|\[x\]|\(x\))$", re.IGNORECASE
)
"""A cell ticking its column: yes in the languages the office gets (cs, sk, en, de, fr, pl,
hu, es), or a cross or a tick."""


def _ticked_column(columns: list[Role | None], cells: list[str]) -> Role | None:
    """A table with yes/no columns per role ("IP | produkce | test" and "ano"/"ne" below):
    the role of the one column ticked in this row (None when none or both are)."""
    ticked = {
        columns[i] for i, c in enumerate(cells) if i < len(columns) and columns[i] and _YES.match(c)
    }
    return ticked.pop() if len(ticked) == 1 else None


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_SENTENCE_START = re.compile(r"[.!?]\s+")
_TABLE_ROW = re.compile(r"\S {3,}\S|[\t|]")
_WORD = re.compile(r"[^\W\d_]{2,}")
_PRODUCT = re.compile(
    r"\S\s+(?!(?:Sie|Ihnen|Ihre?[mnrs]?|Adresse\w*|IP-\w*|Server\w*|Rechner\w*|Host\w*|"
    r"Netz\w*|Bereich\w*|Testsystem\w*|Produktiv\w*)\s$)[A-Z][\w-]*[A-Za-z][\w-]*\s$"
)
"""A capitalised name right before the token, not at the start of the sentence ("runs
FeedBridge 3.10.2.7"): how software is named with its version - not a word German
capitalises anyway ("verwenden Sie A", "die Adresse A")."""


def _sentence_head(text: str) -> str:
    """``text`` up to the end of its sentence."""
    return _SENTENCE_END.split(text, maxsplit=1)[0]


def _role(
    ctx: _Context, layout: _Layout, idx: int, prev: Role | None, row: tuple[str, list[str], int]
) -> Role | None:
    """The role of the line's ``idx``-th address; ``row`` is (line, cells, position)."""
    before, after = layout.gaps[idx], layout.gaps[idx + 1]
    if ctx.columns:
        return _column_role(ctx, row[0], row[1], row[2], before, after)
    if layout.trailing:
        return _closing_cue(_sentence_head(after)) or _cue(layout.heads[idx]) or prev or ctx.role
    if _unknown_label(ctx, layout, idx):
        return None  # "Test: A; Ekoizpena: B", "Test<TAB>A" over "Framleiðsla<TAB>C"
    return (
        _cue(layout.heads[idx])
        or layout.tails[idx]
        or layout.end_cue
        or prev
        or (_closing_cue(
                _sentence_head(_before_connector(after) if len(layout.heads) > 1 else after)
            )
            if idx == 0 and not _OPENS_CUE.search(after) else None)
        or ctx.role
    )


_ROW_LABEL = re.compile(r"\s*\|?\s*([^\t|:]{2,30}?)\s*[\t|]\s*")
"""The first cell of a table row, a label set off by a tab or "|" ("Framleiðsla<TAB>")."""
_PROSE_LABEL = re.compile(r"[\s,;]*([^\W\d_][^\t|:;,.]{1,29}?)\s*:\s*")
"""A label of its own after the address before ("; Ekoizpena: ")."""


def _unknown_label(ctx: _Context, layout: _Layout, idx: int) -> bool:
    """The line's ``idx``-th address is labelled in words of no use the reader knows, apart
    from the use named before it: the first cell of a row under a row labelled with a use
    ("Test<TAB>A" over "Framleiðsla<TAB>C"), or a label of its own after another address
    ("Test: A; Ekoizpena: B"). That use is not this address's."""
    head = layout.heads[idx]
    if idx == 0:
        label = _ROW_LABEL.fullmatch(head) if ctx.carried and ctx.role is not None else None
    else:
        # labels side by side, the line's first naming a use ("Test: A; Ekoizpena: B")
        paired = layout.lead_cue is not None and _LABEL_LEAD.match(layout.lead) is not None
        label = _PROSE_LABEL.fullmatch(head) if paired and _apart(layout, idx) else None
    return label is not None and _cue(label.group(1)) is None and _own_words(label.group(1))


def _withdraws_and_gives(found: list[Mention]) -> bool:
    """A line that withdraws an address and gives another after it ("z A na B")."""
    gone = [i for i, m in enumerate(found) if m.excluded]
    return bool(gone) and any(not m.excluded for m in found[gone[0] + 1 :])


_INSTEAD_OF_OCTET = re.compile(
    r"\b(?:místo|misto|namísto|namisto|miesto|namiesto|instead\s+of|rather\s+than|statt|"
    r"anstatt|anstelle\s+von|au\s+lieu\s+d[e']|invece\s+d[ie']|al\s+posto\s+d[ie']|"
    r"en\s+(?:lugar|vez)\s+de|em\s+(?:lugar|vez)\s+de|zamiast|in\s+plaats\s+van|"
    r"istället\s+för|i\s+stedet\s+for)\s+(?:(?:the|die|der|adres\w*|address\w*|IP)\s+)?"
    # the replaced last octet (".15"), or a mistyped address that reads as none (an octet
    # over 255 or one missing: "místo 203.0.113.311 má být A", "instead of 10.0.12 read A";
    # a group typed with too many digits, a fifth group: "místo 198.51.100.11117 má být A")
    r"(?:\.\d{1,3}|\d{1,5}(?:\.\d{1,5}){1,4}\.?)(?![\d.]\d|\d)",
    re.IGNORECASE,
)



def mistyped_named(text: str) -> list[tuple[str, str]]:
    """The values reading as no address that the text sets right ("místo 198.51.100.11117 má
    být B", "instead of 192.0.2.1888 it should read B", "statt 203.0.113 muss es B heißen"),
    each with the words around it, where the address given in its place stands ("správně je
    B místo A" too)."""
    out = []
    for m in _INSTEAD_OF_OCTET.finditer(text):
        token = m.group(0).split()[-1].rstrip(".")
        if token.startswith("."):
            continue  # a last octet (".15"): one of the addresses of a use
        try:
            ipaddress.ip_address(token)
        except ValueError:
            out.append((token, text[max(m.start() - 60, 0) : m.end() + 80]))
    return out


def names_mistyped(text: str) -> bool:
    """The text sets right a value that reads as no address (``mistyped_named``): the
    address given replaces that one value, not every address of its use."""
    return bool(mistyped_named(text))


_IN_ITS_PLACE = re.compile(
    # the lookahead of the words' first letters only makes the search quick
    r"(?=[,;aimnorsuvz–—-])(?:"
    r"\b(?:(?:na)?m[íi]sto|(?:na)?miesto)\s+(?:něj|nej|ní|ni|nich|neho|nej|toho|této|tohoto|"
    r"tej|tých)\b|\bna\s+(?:jeho|její|jejich|jej|ich)\s+m[íi]esto\b|"
    r"\bzamiast\s+(?:tego|niego|niej|nich)\b|"
    r"\bna\s+(?:jeho|její|jejich)\s+místo\b|\binstead\b(?!\s+of)|\bin\s+(?:its|their)\s+place\b|"
    r"\bnáhradou\b|\bnahradou\b|\bako\s+náhradu\b|\bas\s+(?:a|the)\s+replacement\b|"
    # a verb of replacing whose object is the withdrawn one: "nahradila ho B", "vystřídal ji B"
    # (any form, the request too: "nahraďte ji B", "nahraďte ju B", "zastąp ją B")
    r"\b(?:nahra[dď]\w*|nahradz\w*|nahrazuj\w*|vyst[řr]ídal\w*|vystridal\w*|"
    r"vystriedal\w*|zastąp\w*|zastap\w*|replaced|superseded|succeeded)\s+"
    r"(?:ho|ji|jej|je|ju|ich|go|ją|ja|it|them)\b|"
    # a clause opened by "now"/"newly" after a withdrawal: "…, ten jsme zrušili, nově B"
    r"(?:[,;–—-]|\b(?:a|and|i|und|oraz))\s*(?:nově|nove|novo|nyní|nyni|teraz|teď|now|newly|"
    r"from\s+now\s+on|"
    # or by naming the new one: "…, the new one is B", "a nový je B", "die neue ist B"
    r"(?:the\s+|a\s+)?new(?:\s+(?:one|address|ip|server|host|machine|box))?\s+(?:is|will\s+be)|"
    r"(?:ten\s+|ta\s+|to\s+)?nov[ýáéyae](?:\s+(?:adresa|server|stroj|ip|počítač))?\s+"
    r"(?:je|bude|má|ma)|(?:der|die|das)\s+neue(?:\s+\w+)?\s+(?:ist|wird|lautet)|"
    r"now[yae](?:\s+\w+)?\s+(?:to|jest|będzie)|"
    # or by "is valid": "A prosím zrušte, platí B" (not "platí to i pro B")
    r"(?:platí|plati|platia|platná|platna|platný|platny|gilt|valid)"
    r"(?!\s+(?:to|i|také|take|též|tez|tiež|tiez|also|auch|the\s+same)\b))\b)",
    re.IGNORECASE,
)
"""A replacement named for what the clause before withdrew: the address after it is new."""
_NEW_ONE = re.compile(
    r"\b(?:za|by|with|durch|na|adresou|adresami|adresom)\b[\s,]*$",
    re.IGNORECASE,
)
"""What names the new address after a word of replacing: "nahraďte adresou B", "vymeňte za
B", "replace A with B", "ersetzen Sie A durch B"."""


_REPLACE_WITH_NEXT = re.compile(
    r"\s*(?:nahra[dď]te|nahra[dď]|vym[ěe][nň]te|vym[ěe][nň]|zam[ěe][nň]te|replace|"
    r"ersetzen\s+Sie|tauschen\s+Sie|zastąp(?:cie)?|zastap(?:cie)?|remplacez|sostituite|"
    r"erstat|ersätt|vervang)"
    r"[\s,]*(?:(?:prosím|prosim|prosíme|prosime|please|bitte|proszę|prosze|svp|kérem|gerne|"
    r"venligst|vennligst|gärna)[\s,]*)?(?:(?:za|na|by|with|durch|adresou|adresom|adresem|"
    r"novou|novú|novu|new|neue|nową|nowa)\s+)*",
    re.IGNORECASE,
)
"""The whole gap between two addresses a request to replace the first with the second ("A
nahraďte prosím B", "A vyměňte, prosím, B", "A ersetzen Sie bitte durch B"): the second is
the new one, not withdrawn by the verb before it."""


_NEW_CLAUSE = re.compile(
    r"[,;–—]\s*(?:(?:a|and|und|et|e|y|i)\s+)?(?:(?:the|its|our|die|der|das|la|el|le|il|ta|ten|"
    r"to|naše|nase|náš|nas)\s+)?(?:nov[áéýoaeyí]\w*|new\w*|neu\w*|nouv\w*|nuev\w*|nuov\w*|"
    r"now[aeyi]\w*)\b[^,;–—]*$",
    re.IGNORECASE,
)
"""A clause of its own naming the address the new one ("A jsme vyřadili, nová adresa je B",
"A was retired; the new one is B"): the words of removal before it are the clause before's."""


_USE_GIVEN = re.compile(
    r"[,;–—]\s*((?=[^,;–—]*\b(?:bude|budeme|budou|budú|budem|pob[ěe]ží|pobezi|p[ůô]jde|pujde|"
    r"pojede|jede|b[ěe]ží|bezi|použ[ií]v\w*|pouziv\w*|použijeme|pouzijeme|nasad[ií]me|"
    r"will|we\s+use|we['’]ll|runs|running|wird|werden|läuft|laufen)\b)[^,;–—]*)$",
    re.IGNORECASE,
)
"""A clause after the one of the address before that gives the next address its use in a
verb of now or of the future ("A jsme zrušili, testovat se bude z B", "A is retired, testing
will run from B"): a word of removal before it is the clause before's."""


def _excluded(ctx: _Context, layout: _Layout, idx: int) -> bool:
    """Marked for removal or replacement, or listed under a removal heading."""
    before, after = layout.gaps[idx], layout.gaps[idx + 1]
    if ctx.drop and (ctx.old_rows or _cue(layout.heads[idx]) is None):
        return True
    if _MAIL_HEADER.search(before.rsplit("\n", 1)[-1]):
        return True
    if before.endswith("://") and _url_without_use(before, after):
        return True
    if idx + 2 < len(layout.gaps) and _ENDS_FOR_NEW.match(after):
        return True  # "dočasně na A, ta ale končí 30. 9. a volby poběží z nové B"
    if _temporary_after_new(layout, idx):
        return True  # "volby poběží z nového B; dočasný A … končí 30. 9."
    if " . ." in before:
        before = _LEADER_DOTS.sub(":", before)  # "Výchozí brána . . . . : A" (ipconfig)
    if idx and (note := _PREVIOUS_NOTE.match(before)) is not None:
        before = before[note.end() :]  # "A (po volbách ho zrušíme), ostrý provoz z B"
    if idx and "(" in before:
        # a note in parentheses further on in the clause of the address before is about
        # that one too: "A už neplatí (ten server jsme zrušili), testovat budeme z B"
        before = _CLOSED_NOTE.sub(" ", before)
    before = re.split(r"[.!?;]\s+", before)[-1]  # the clause the address is in
    if ":" in before and (cut := before.rfind(":")) > 0 and _cue(before[cut:]) and _REPLACING.search(before, 0, cut):
        before = before[cut:]  # "instead of the web form we send it by e-mail: production A"
    if (instead := _IN_ITS_PLACE.search(before)) is not None:
        before = before[instead.end() :]  # "A jsme vyřadili, místo něj povolte B"
    if (new := _NEW_CLAUSE.search(before)) is not None:
        before = before[new.start() :]  # "A jsme vyřadili, nová adresa je B"
    if idx and (use := _USE_GIVEN.search(before)) is not None and _cue(use.group(1)):
        before = use.group(1)  # "A jsme zrušili, testovat se bude z B"
    elif idx and " " in before and (use := _USE_IS.search(before)) is not None and _cue(use.group(1)):
        before = use.group(1)  # "adresu A prosím vypusťte a test je B"
    if idx and " " in before and (added := _ADDED_CLAUSE.search(before)) is not None:
        before = before[added.start() :]  # "A vynechte a ještě přidejte testovací B"
    if "." in before:  # "místo .15 platí A", "místo 10.0.0.300 má být A": the replaced one
        before = _INSTEAD_OF_OCTET.sub(" ", before)
    if _FUTURE_REMOVAL.search(before) and not _REMOVED_ALREADY.search(before):
        # a removal still to come in the words before it ("Testovací server (po volbách
        # bude zrušen)  A"): in use now, for a time - no withdrawal
        before = _FUTURE_REMOVAL.sub(" ", before)
    if _OTHER_THAN_BEFORE.search(before):
        return False  # "Jinou adresu než A nepoužijeme", "we won't use any address other than A"
    return (
        (
            bool(_EXCLUDE.search(before) or _DROP_BEFORE.search(before))
            and not _NEW_ONE.search(before)
            and not _NEW_BEFORE_SECOND.search(before)
            and not (idx and _REPLACE_WITH_NEXT.fullmatch(layout.gaps[idx]))
        )
        or bool(
            (out := _EXCLUDE_AFTER.match(after)) is not None
            and not _LATER.search(_sentence_head(after))
            and not _removal_to_come(before, after, out.end())
            and not _next_ones_verb(layout, idx, after, out.end())
            and not _OLD_ONE_BEFORE.search(after, 0, out.end())
            and not _ANYTHING_ELSE.match(after, out.end())  # "A, do not whitelist anything else"
            and not _ADDED.search(before)
            and not _another_use_denied(after, out.end(), _cue(layout.heads[idx]) or ctx.role)
            and not _explains_correction(layout, idx, after[: out.end()])
            and not _ADDRESS_KEPT.search(_sentence_head(after))
        )
        or bool(
            (ref := _REFUSED_AFTER.match(after)) is not None
            and not _next_ones_verb(layout, idx, after, ref.end())
            and not _OLD_ONE_BEFORE.search(after, 0, ref.end())  # "(starou už nepovolujte)"
            and not _another_use_denied(after, ref.end(), _cue(layout.heads[idx]) or ctx.role)
        )
        or bool(_OTHER_HOST.search(before))
        or bool(_RULE_DESTINATION.search(before))
        or _infra_label(before)
        or bool(_SOMEONE_ELSES_AFTER.match(after) or _SOMEONE_ELSES_BEFORE.search(before))
        or (_cue(layout.heads[idx]) is None and _not_fetching(after))  # a backup keeps its use
        or bool(_OFFICE_SERVER.search(before))
        or bool(_NOT_ALLOWED.search(_CLAUSE_END.split(layout.heads[idx])[-1]))
        or bool(_NEGATED_IS.search(before) and _CONTRAST.match(after))
        or bool(_WRONG_BEFORE.search(before))
        or (idx + 2 < len(layout.gaps) and _REPLACED_AFTER.match(after) is not None)
    )


_END_VERB = (
    r"(?<![^\W\d_])(?:kon[čc][íi]|skon[čc][íi]|kon[čc]ia|"
    r"skon[čc]ia|ends|will\s+end|expires|endet|l[äa]uft\s+(?:[^\W\d_]+\s+){0,3}?aus|"
    r"ko[ńn]czy|sko[ńn]czy|se\s+termine|expire|"
    # Spanish, Italian, Portuguese, Hungarian, Dutch, Swedish
    r"termina|finaliza|caduca|se\s+apaga|scade|si\s+spegne|expira|megsz[űu]nik|lej[áa]r|"
    r"eindigt|vervalt|upph[öo]r|"
    # switched off: "sera arrêté fin septembre", "wird abgeschaltet", "will be shut down"
    r"sera\s+(?:arr[êe]t[ée]|coup[ée]|supprim[ée])|s'arr[êe]te|prend\s+fin|wygasa|"
    r"wird\s+(?:[^\W\d_]+\s+){0,3}?abgeschaltet|shuts?\s+down|"
    r"will\s+be\s+(?:switched\s+off|shut\s+down)|bude\s+vypnut\w*|vypr[šs][íi])(?![^\W\d_])"
)
_NEW_WORD = r"(?<![^\W\d_])(?:nov[éáýouyaei]\w*|new|neue[nrs]?|now[eyaą]\w*|nouvel\w*|nouveau|nuev[oa]s?|nuov[oai]|[úu]j|nieuwe?|ny(?:a|tt)?)(?:\s+[^\W\d_]+)?\s*[:(]?\s*$"
_ENDS_FOR_NEW = re.compile(
    # the address's machine ends (a date may follow), and the words up to the next address
    # name that one new: "A, ta ale končí 30. 9. a volby už poběží z nové B", "A, which ends
    # in September, and the election will run from the new B", "A läuft Ende September aus,
    # die Wahl dann über den neuen B"; the new one's clause may follow a semicolon ("A, das
    # endet aber Ende September; die Wahl läuft dann über den neuen Server B")
    r"^(?:[^.!?;\n]|(?<=\d)\.){0,80}?" + _END_VERB + r"(?:[^.!?\n]|(?<=\d)\.){0,120}?" + _NEW_WORD,
    re.IGNORECASE,
)
"""After an address, in its sentence: its machine ends, and the next address is named the
new one - the first is replaced by it (LABELS: replaced addresses are left out)."""
_NEW_BEFORE = re.compile(_NEW_WORD, re.IGNORECASE)
_TEMPORARY_NEXT = re.compile(
    r"^\s*[,;–—]\s*(?:(?:a|and|und|i|et|e|y)\s+)?"
    r"(?:(?:the|our|der|die|das|náš|naš\w*|el|la|il|lo|o|az|a|le|de|het|den|nuestro|nostro)\s+)?"
    r"(?:dočasn\w*|docasn\w*|temporar\w*|vorübergehend\w*|vorläufig\w*|provisori\w*|"
    r"tymczasow\w*|provizórn\w*|provizorn\w*|provisoire\w*|temporal\w*|temporane\w*|"
    r"provisional\w*|ideiglenes\w*|tijdelijk\w*|tillfällig\w*)(?:\s+[^\W\d_]+){0,2}\s*[:(]?\s*$",
    re.IGNORECASE,
)
_ENDS_IN_CLAUSE = re.compile(r"^(?:[^.!?;\n]|(?<=\d)\.){0,80}?" + _END_VERB, re.IGNORECASE)


def _temporary_after_new(layout: _Layout, idx: int) -> bool:
    """The new address named first and the temporary one after it, in the next clause, said
    to end ("Volby poběží z nového serveru B; dočasný A, ze kterého jedeme teď, končí 30. 9."):
    the temporary one is replaced (the order of _ENDS_FOR_NEW turned round)."""
    return (
        idx > 0
        and _TEMPORARY_NEXT.match(layout.gaps[idx]) is not None
        and _NEW_BEFORE.search(layout.gaps[idx - 1]) is not None
        and _ENDS_IN_CLAUSE.match(layout.gaps[idx + 1]) is not None
    )


_URL_REST = re.compile(r"\S*(?P<clause>[^!?;\n]*?)(?:[.!?;]\s|\n|$)")
"""The rest of a URL (its port and path) and the words after it up to the end of its sentence."""


def _url_without_use(before: str, after: str = "") -> bool:
    """An address inside a URL ("https://198.51.100.5/feed") whose sentence names no use,
    before it or after the URL ("https://A/api – to je naše testovací prostředí"): a web page,
    not an address to allow. With a use named ("Testovací prostředí běží na https://A/feed")
    the address is that use's; the URL's own path ("/test") names none."""
    if _cue(re.split(r"[.!?;\n]\s*", before)[-1]) is not None:
        return False
    rest = _URL_REST.match(after)
    return rest is None or _cue(rest.group("clause")) is None


_ADDRESS_KEPT = re.compile(
    # the machine replaced or moved, the address kept: "(the box was replaced, the address
    # stays)", "(server jsme vyměnili, adresa zůstává)", "(neuer Rechner, die Adresse bleibt)",
    # "at the same address"
    r"(?=[atidsgkz])\b(?:(?:address|adres[au]?|Adresse|IP)\s+(?:stays|remains|is\s+(?:the\s+same|"
    r"unchanged|kept)|bleibt|zůstává|zustava|zůstane|zustane|zostáva|zostava|zostane|pozostaje|"
    r"se\s+nem[ěe]n[íi]|sa\s+nemen[íi]|ändert\s+sich\s+nicht)|(?:same|stejn[áéoé]\w*|"
    r"t[áa]\s+ist[áa]|gleichen?|derselben|dieselbe|tej\s+samej|ten\s+sam)\s+(?:IP\s+)?"
    r"(?:address|adres\w*|Adresse))\b",
    re.IGNORECASE,
)
"""After an address, words that keep it though its machine was replaced."""
_OTHER_THAN_BEFORE = re.compile(
    r"(?=[jžzioa])\b(?:jin\w*|žádn\w*|zadn\w*|in[éúáý]\w*|other|another|andere\w*|inn\w*|"
    r"altr\w*|otr\w*|autres?)\b[^.;\n]{0,40}?\b(?:než|nez|kromě|krome|okrem|ako|than|except|als|"
    r"außer|ausser|niż|niz|poza|che|que)\s+(?:[^\W\d_]+\s+){0,3}$",
    re.IGNORECASE,
)
"""Another address than the one after it, in its clause ("jinou adresu než produkční A",
"any address other than A"): what the clause withdraws is every other one, not A."""
_ANYTHING_ELSE = re.compile(
    r"\s+(?:anything|any(?:thing)?\s+other|nothing|no\s+other|other|others|more|further|"
    r"nic(?:\s+jin\w*|\s+dalš\w*)?|žádn\w*\s+(?:jin|dalš)\w*|nič|ničeho|žiadn\w*\s+(?:in|ďalš)\w*|"
    r"jin\w*|další\w*|nichts|keine\s+(?:anderen|weiteren))\b",
    re.IGNORECASE,
)
"""The object of an instruction not to add after an address: anything else, not the address."""
_REFUSED_AFTER = re.compile(
    # in the address's own sentence after it: an instruction not to allow it, its object the
    # address pointed back at or none ("A is temporary and will be shut down, so please do not
    # whitelist it", "A – tu prosím nepovolujte", "A is not to be whitelisted"); it holds even
    # when the machine is called temporary or its end is still to come
    r"^(?:[^.!?;\n]|\.(?=\d)){0,140}?(?:"
    r"(?:\b(?:ji|ho|je|ju|ich|ihn|sie|es)\s+)?\b(?:" + _DONT_PUT + r"|nepovol\w*|nepovoľ\w*|"
    r"nepouštějte|nepoustejte|nezara[dď]\w*|nezařa[dz]\w*|nezaraz\w*|"
    # the Romance languages' negated imperative with the pronoun: "ne l'ajoutez pas", "ne
    # les autorisez pas", "no lo añadan", "non aggiungetelo", "não o adicionem"
    r"ne\s+(?:l['’]|les\s+|la\s+|le\s+)\w+(?:ez|er)\s+pas|no\s+(?:lo|la|los|las)\s+\w+(?:en|an|éis|ar|ir)|"
    r"non\s+\w+(?:telo|tela|teli|tele)|não\s+(?:o|a|os|as)\s+\w+(?:em|am))"
    r"(?:\s+(?:it|them|this(?:\s+one)?|that(?:\s+one)?|the\s+(?:address|host|server|machine|IP)|"
    r"ji|ho|je|ju|ich|ihn|sie|es))?"
    # a time after it: "for now", "yet", "pour l'instant", "zatím", "por ahora", "vorerst"
    r"(?:\s+(?:prosím|prosim|please|bitte|por\s+favor|per\s+favore))?"
    r"(?:\s+(?:(?:just\s+)?(?:for\s+now|yet|for\s+the\s+time\s+being)|pour\s+l['’]instant|"
    r"pour\s+le\s+moment|encore|zatím|zatim|zatiaľ|zatial|ještě|jeste|ešte|este|por\s+ahora|"
    r"todavía|per\s+ora|ancora|vorerst|noch|ainda|por\s+enquanto))?\s*(?:[.,;!)]|$)|"
    r"\b(?:is|are)\s+not\s+to\s+be\s+(?:whitelisted|allowed|added|included|registered|enabled)|"
    r"\b(?:should|must|need)\s+not\s+be\s+(?:whitelisted|allowed|added|included|registered)|"
    r"\bnem(?:á|a|ají|aji|ajú|aju)\s+(?:být|byt|byť)\s+(?:povolen|zařazen|zaradzen|zadán)\w*)|"
    # a clause of its own after a semicolon or dash, pointing back: "A; this one should not
    # be whitelisted", "A – ten nemá být povolen"
    r"^[^.!?\n]{0,140}?[;–—-]\s*(?:this|that|the\s+latter|it|ten|tu|ta|tento|tuto|tá|túto)"
    r"(?:\s+one)?\s+(?:should|must|is|shall|may)\s+not\s+be\s+(?:whitelisted|allowed|added|"
    r"included|registered|enabled)",
    re.IGNORECASE,
)
"""An instruction in the address's sentence after it not to allow that address."""


_REPLACING_ENDS = re.compile(
    r"(?:vym[ěe][nň]|nahra[dzď]|replac|swapp?|exchang|chang|změn|zmen|upgrad|migr)\w*"
    r"(?:\s+(?:jsme|jsem|sme|som))?\s*$",
    re.IGNORECASE,
)


def _explains_correction(layout: _Layout, idx: int, said: str) -> bool:
    """The right address of a correction "not A, but B" followed by a verb of replacing
    ("už nebude A, ale B (stroj jsme mezitím vyměnili)", "isn't A but B - we swapped the
    box"): the replacing explains why A gave way to B, it withdraws A, not B."""
    return (
        idx > 0
        and _CONTRAST.match(layout.gaps[idx]) is not None
        and _NEGATED_IS.search(layout.gaps[idx - 1]) is not None
        and _REPLACING_ENDS.search(said) is not None
    )


_NEXT_ONES_VERB = re.compile(
    r"(?:\s+(?:prosím|prosim|please|bitte|also|auch|i|také|take|též|tez|tiež|tiez|ještě|jeste|"
    r"ešte|este|the|die|den|das|adres[auy]?|address(?:es)?|IP|ale|však|vsak|but|however|aber|"
    # a note in parentheses: "zrušte ale (prosím co nejdříve) B"
    r"\([^()\n]{0,60}\)))*\s*$",
    re.IGNORECASE,
)
"""The word of removal after an address opens the clause of the next address, its object
("produkce A, kterou ponechte, a zrušte B", "keep A and remove the address B"): it withdraws
B, not A."""


def _next_ones_verb(layout: _Layout, idx: int, after: str, end: int) -> bool:
    """The word of removal ending at ``end`` in ``after`` opens a clause of its own that
    governs the next address (``_NEXT_ONES_VERB``), not the address before it."""
    return (
        idx + 2 < len(layout.gaps)
        and _NEXT_ONES_VERB.match(after, end) is not None
        and _CLAUSE_OPEN.search(after, 0, end) is not None
    )


_PREVIOUS_NOTE = re.compile(
    r"\s*(?:\([^()\n]*\)|[,–—]\s*(?:kter\w*|ktor\w*|which|that|who|der|die|das|den|ten|ta|to|"
    r"tu|ho|ji|ju|it|jenž|jenz|jež|jez|welche\w*|który\w*|ktory\w*|któr\w*)\b[^,;()\n–—]*[,–—])",
    re.IGNORECASE,
)
"""A note right after the address before, in parentheses or in a clause of its own that
refers back to it ("A (po volbách ho zrušíme), ostré vysílání z B", "A, which we will shut
down later, and B"): its words are about that address, not the next one."""


_CLOSED_NOTE = re.compile(r"\([^()\n]*\)(?=[^()\n]*?[,;–—])")
"""A note in parentheses between two addresses that a clause break follows before the next
address: it ends what is said of the address before."""
_OLD_ONE_BEFORE = re.compile(r"^[^.;\n]*?" + _OLD_ONE, re.IGNORECASE)
"""The removal after an address is about the old one, named anywhere between ("B – prosíme o
přístup pro něj (starou adresu už nepovolujte)"), in the same sentence: not about B."""


_WRONG_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:chybn[ěeá]\w*|mylně|mylne|omylem|omylom|nesprávn\w*|nespravn\w*|"
    r"wrongly|wrong|incorrectly|incorrect|by\s+mistake|erroneously|mistakenly|fälschlich\w*|"
    r"falsch)(?:\s+(?:uveden\w*|napsan\w*|zapsan\w*|adres\w*|address|listed|given|written|"
    # the writer's own slip in the active ("omylem jsem napsal A", "by mistake I typed A")
    r"jsem|som|I|napsal\w*|uvedl\w*|zadal\w*|vyplnil\w*|napísal\w*|uviedol\w*|"
    r"wrote|typed|entered|put|gave|"
    r"stated|gives|lists|states|shows|uvádí|uvadi|uvádza|uvadza|je|is|jsou|are|stojí|stoji|"
    r"was|ist))*"
    # the address's own noun phrase after the word, its use named ("chybná produkční adresa
    # (A)", "the wrong live IP was A", "falsche Test-Adresse: A")
    r"(?:\s+(?:[^\W\d_]+[\s-]+){0,2}?(?:IP[\s-]+)?(?:adres\w*|address\w*|IPs?|Adresse)"
    r"(?:\s+(?:je|is|jsou|are|was|byla?|ist|war))?)?\s*[:–(-]?\s*$",
    re.IGNORECASE,
)
"""Said to be wrong right before it ("v příloze je chybně A", "the letter wrongly gives A"):
the address is the mistake a note corrects, not one asked for."""


_CLAUSE_OPEN = re.compile(
    r"[,;:–—]\s*|\s-\s|\s(?:a|and|ale|but|aber|und|lecz|mais|ma|pero)\s", re.IGNORECASE
)


def _another_use_denied(after: str, end: int, own: Role | None) -> bool:
    """The words of being out of use after an address belong to a clause of their own that
    withdraws a request, not an address ("A – rušíme naopak žádost o natáčení"), or names a
    use the address does not have ("servery A až B, testovacie prostredie nepoužívame", "A,
    we do not use a test environment", "A, testy nepoužíváme"): they say there is none of
    that use, they do not withdraw the address."""
    opened = _last_match(_CLAUSE_OPEN, after, 0, end)
    if opened is None or after[: opened.start()].strip():
        return False  # the address's own words ("A testovací už nepoužíváme")
    if _OTHER_OBJECT.match(after, end):
        return True  # it withdraws something else ("A – rušíme naopak žádost o natáčení")
    use = _sole_use(_CLAUSE_END.split(after[opened.end() :], maxsplit=1)[0])
    return use is not None and use is not own


_OTHER_OBJECT = re.compile(
    r"(?:\s+[^\W\d_]+){0,2}?\s+(?:žádost\w*|zadost\w*|žiados\w*|ziados\w*|request\w*|"
    r"application|wnios\w*|Antrag\w*|natáčen\w*|natacen\w*|nakrúcan\w*|nakrucan\w*|filming|filmen|recording|"
    r"nagrywani\w*|Dreh\w*|Aufnahme\w*)\b",
    re.IGNORECASE,
)
"""The object of the word of removal, two words after it at most, that a clause of its own
after an address withdraws instead of the address: the application or one of its requests
("wycofujemy natomiast wniosek o nagrywanie", "we remove the request for filming")."""


def _another_use_none(line: str, at: int) -> bool:
    """The word of removal at ``at`` is in a clause after the line's addresses that names a
    use ("A až B; staging is no longer in use"): it says there is none of that use, it heads
    no list of addresses to remove."""
    before = line[:at]
    if _ITEM.search(before) is None:
        return False  # a heading ("Testovací server už nepoužíváme:") over what follows
    opened = _last_match(_CLAUSE_OPEN, before)
    if opened is None or any(c.isdigit() for c in before[opened.end() :]):
        return False
    return _sole_use(_CLAUSE_END.split(line[opened.end() :], maxsplit=1)[0]) is not None


_OFFICE_SERVER = re.compile(
    r"\b(?:váš|vaš|your|ihr|eur|vostr|votre|vos|vuestr|uw|wasz|önök|państw)\w* "
    # words of one phrase (single spaces), none of them the applicant's own ("our servers")
    r"(?:(?!our\b|naš|nas\b|unser|notre|nos\b|nostr|nuestr|onze|nasz)[^\W\d_]+ ){0,3}?"
    r"[^\W\d_]*?(?:server|serveur|servidor|rechner|szerver|serwer)\w*(?:\s+(?:de|di|del|of|für)\s+[^\W\d_]+)?"
    r"(?:\s+(?:at|na|an|unter|à|en|in|op|"
    r"with\s+(?:the\s+)?address|s\s+adresou))?[\s:,(]*$",
    re.IGNORECASE,
)
"""The office's own server named right before the address, with words between the possessive
and the server ("z vašeho testovacího serveru A", "your public test server A", "Ihrem
neuen XML-Testserver A", "votre serveur de démonstration A"): not an address of the
applicant's. Not "your server from A", where A is the applicant's."""


_ADDED = re.compile(
    r"\b(?:dopl[nň](?:te|it|ít|iť|íme|ime)|přidejte|pridajte|přidat|pridať|pridat|add|"
    r"please\s+also\s+allow|ergänzen|ergänzt|hinzufügen|hinzuzufügen|ajoutez|ajouter|"
    r"aggiungere|aggiungete|añadan|añadir|añadid|agreguen|agregar|adicionar|adicionem|"
    r"acrescentar|acrescentem|voeg\w*\s+toe|toevoegen|dodajcie|dodać|dodajte|tilføj|"
    r"lägg\s+till|legg\s+til|hozzáadni)\b",
    re.IGNORECASE,
)
"""A verb asking to add the address, in the clause before it ("doplňte ještě náš záložní
server A, do formuláře se už nevešel", "please add A", "ajoutez A", "bitte ergänzen Sie A"):
a negation later in the sentence is about something else, never a withdrawal of A."""


_NEGATED_IS = re.compile(
    r"\b(?:není|neni|nie\s+je|nejsou|nie\s+sú|nebude|nebudou|nikoli\w*|is\s+not|isn'?t|"
    r"are\s+not|aren'?t|was\s+not|wasn'?t|won'?t\s+be|will\s+not\s+be|not|"
    # a modal denied: "nemá být A, ale B", "nemala byť", "should not be A but B"
    r"(?:nem[aá]|nemaj[ií]|nem[ěe]l[aoiy]?|nemal[aoiy]?|should\s+not|shouldn'?t|must\s+not|"
    r"mustn'?t)\s+(?:b[ýy]t|byť|be))\s*$",
    re.IGNORECASE,
)
_CONTRAST = re.compile(
    r"^\s*[,;]?\s*(?:[-–—]\s*)?(?:ale|nýbrž|nybrz|avšak|no|but|rather|it'?s|it\s+is|je\s+to|"
    r"ide\s+o|správně|spravne|správne|correct\w*)\b",
    re.IGNORECASE,
)
"""After "is not A": the contrast that gives the right one ("není A, ale B", "isn't A - it's B")."""


_CLAUSE_END = re.compile(r"[.!?;]\s+")
"""Where a sentence or clause ends: a refusal before it is about something else."""


_FETCH_VERB = (
    r"(?:stahov\w*|stáhn\w*|stahn\w*|sťahov\w*|stiahn\w*|připojov\w*|pripojov\w*|připojí\w*|"
    r"pripojí\w*|přistupov\w*|pristupov\w*|přistoup\w*|odebír\w*|odebir\w*|fetch\w*|"
    r"download\w*|pull\w*|access\w*|connect\w*|poll\w*|retriev\w*|query\w*|talk\s+to|"
    r"abruf\w*|herunterlad\w*|zugreif\w*|verbind\w*|abholen)"
)
_NOT_FETCHING = re.compile(
    # a machine said not to fetch, download, access or connect ("data z vašeho serveru
    # stahovat nebude", "nebude se k vám připojovat", "nestahuje nic", "it will not fetch
    # anything", "never connects to you", "greift nicht zu"), in any word order
    r"\bne(?:bude|budou|bud[eú]|má|ma)\s+(?:[^\W\d_]+\s+){0,4}?" + _FETCH_VERB + r"|"
    + _FETCH_VERB + r"(?:\s+[^\W\d_]+){0,2}?\s+ne(?:bude|budou|bud[eú])\b|"
    r"\bne(?:stahuj|stáhn|stahn|sťahuj|stiahn|připoj|pripoj|přistup|pristup|odebír|odebir)\w*|"
    r"\b(?:will\s+not|won'?t|does\s+not|doesn'?t|do\s+not|don'?t|never|(?:is|are)\s+not\s+"
    r"going\s+to|isn'?t\s+going\s+to|wird\s+(?:[^\W\d_]+\s+){0,3}?nicht|nicht)\s+"
    r"(?:[^\W\d_]+\s+){0,1}?" + _FETCH_VERB + r"|"
    # only the web's front end, or given only for information ("to je jen frontend", "just
    # the web frontend", "jen pro informaci", "for information only")
    r"\b(?:jen|jenom|pouze|len|iba|only|just|merely|nur)\s+(?:(?:the|a|our|náš|naš\w*|web\w*|"
    r"statick\w*|static)\s+){0,2}(?:front-?end\w*|prezentac\w*|presentation)|"
    r"\b(?:(?:jen|jenom|pouze|len|iba|only|just|nur)\s+)?(?:pro\s+informaci|pre\s+informáciu|"
    r"pre\s+informaciu|for\s+(?:your\s+)?information(?:\s+only)?|zur\s+Information|FYI)\b",
    re.IGNORECASE,
)
"""Said after an address, in its sentence: its machine will not fetch the data or is only a
front end or named for information - not an address to allow (LABELS leaves it out)."""


def _not_fetching(after: str) -> bool:
    """The address's sentence after it (``after``, up to the next address) says its machine
    will not fetch the data (``_NOT_FETCHING``), with no use named in the words before and no
    time it starts from ("until the elections", "zatím")."""
    head = _sentence_head(after)
    said = _NOT_FETCHING.search(head)
    if said is None or _cue(head[: said.start()]) is not None or _LATER.search(head):
        return False
    return _UNTIL.search(head) is None


_UNTIL = re.compile(
    r"\b(?:zatím|zatim|zatiaľ|zatial|ještě|jeste|ešte|este|yet|until|till|before|dokud|"
    r"do\s+(?:voleb|volieb|spuštění|spusteni)|noch|bis)\b",
    re.IGNORECASE,
)
"""A time the machine's not fetching lasts until: it will fetch later."""


_LATER = re.compile(
    r"\b(?:po\s+(?:volbách|volbach|voľbách|volbami|skončení|skonceni|ukončení|ukonceni|"
    r"sečtení|sečítání)|after\s+(?:the\s+)?(?:elections?|vote|count|polling)|afterwards|"
    r"once\s+the\s+(?:elections?|count|vote)\s+(?:is|are)\s+over)\b",
    re.IGNORECASE,
)
"""A removal planned for after the elections ("…, kterou po volbách zrušíme"): no withdrawal."""
_TEMPORARY_HOST = re.compile(
    r"\b(?:dočasn\w*|docasn\w*|provizorn\w*|přechodn\w*|prechodn\w*|temporar\w*|interim|"
    r"vorübergehend\w*|vorubergehend\w*|vorläufig\w*|provisori\w*|tymczasow\w*)",
    re.IGNORECASE,
)
"""The address's machine called temporary ("dočasný stroj, který zrušíme v září", "a
temporary box we will remove in May"): it is in use now, its removal is to come - no
withdrawal (the time it is valid for leaves it unsure)."""

def _removal_to_come(before: str, after: str, end: int) -> bool:
    """The removal in ``after[:end]`` is still to come: the address's machine is called
    temporary (in its clause before it or in the words after it) or the removal is in the
    future; not when the words say it has happened ("dočasný stroj, už jsme ho zrušili")."""
    return bool(
        (
            _TEMPORARY_HOST.search(after, 0, end)
            or _TEMPORARY_HOST.search(_LAST_CLAUSE.split(before)[-1])
            or _FUTURE_REMOVAL.search(after, 0, end)
        )
        and not _REMOVED_ALREADY.search(after, 0, end)
        and not _removed_by_election(after, end)
    )


def _removed_by_election(after: str, end: int) -> bool:
    """The removal in ``after[:end]`` comes before the election ("do voleb ji rušíme", "will
    be shut down before the election"), not after a use until it ("použijeme jen do voleb,
    potom ho vyřadíme")."""
    by = _BY_ELECTION.search(after, 0, _clause_end(after, end))
    return by is not None and not _THEN.search(after, by.end(), max(end, by.end()))


_THEN = re.compile(
    r"(?=[ptaden])\b(?:potom|pak|poté|pote|potem|then|afterwards|after|danach|dann|"
    r"ensuite|následně|nasledne|następnie)\b",
    re.IGNORECASE,
)
"""A word of "after that" between a time and a removal: the removal follows that time."""


_CLAUSE_STOP = re.compile(r"[;!?\n]|\.(?!\d)")


def _clause_end(text: str, start: int) -> int:
    """Where the clause that goes on at ``start`` ends (a last octet's dot goes on)."""
    stop = _CLAUSE_STOP.search(text, start)
    return len(text) if stop is None else stop.start()


_BY_ELECTION = re.compile(
    # the lookahead of the words' first letters only makes the search quick
    r"(?=[dpbva])(?:(?<!jen\s)(?<!až\s)(?<!only\s)\b(?:do|před|pred|przed)\s+(?:\w+\s+)?(?:voleb|volbami|volieb|vo[lľ]bami|"
    r"wyborami|wybor[óo]w)\b|\bbefore\s+(?:the\s+)?(?:\w+\s+)?elections?\b|"
    r"\bvor\s+(?:der|den)\s+\w*wahl\w*|\bavant\s+(?:les\s+|l[’']\s?)[ée]lections?\b)",
    re.IGNORECASE,
)
"""A removal to come before the election (or by it: "do voleb ji rušíme", "will be shut down
before the election"): the address is gone when the feed is read, it is not asked for."""


_LAST_CLAUSE = re.compile(r"[,;–—(]")
_REMOVED_ALREADY = re.compile(
    r"\b(?:už|uz|již|jiz|already|bereits|schon|już|juz|has\s+been|have\s+been|was|were|wurde|"
    r"wurden|został\w*|zostal\w*)\b(?!\s+(?:brzy|skoro|bald|soon|wkrótce))|"
    # a removal's verb in the past: "zrušili", "vyřadil", "odstránili", "usunęliśmy"
    r"\b(?:zruš|zrus|vyřad|vyrad|odstran|odstrán|vypn|smaz|smaž|zmaz|odebr|usun|wyłącz|wylacz)"
    r"\w*?(?:l|la|li|lo|ly|ł|ła|łi|ły|liśmy|łem|ęliśmy)\b",
    re.IGNORECASE,
)
"""Words saying a removal has happened: already, a past tense."""
_FUTURE_REMOVAL = re.compile(
    # the lookahead of the words' first letters only makes the search quick
    r"(?=[zvosuwbi'sawgdt])(?:"
    # a perfective verb in the present, which is the future: "pak ji zrušíme", "vyřadí ho",
    # "potom ju odstránime", "potem ją usuniemy" (not the imperative "zrušte", not "rušíme")
    r"\b(?:zruš|zrus|vyřad|vyrad|odstran|odstrán|vypn|smaž|smaz|zmaž|zmaz|odeber|usun|"
    r"wyłącz|wylacz|skasuj)\w*?(?:íme|ime|eme|ieme|í|ia|ú|emy|ymy|imy)\b|"
    # an auxiliary of the future and a participle: "bude zrušena", "budou vyřazeny"
    r"\bbud(?:e|ou|eme)\s+(?:\w+\s+){0,2}?(?:zrušen|zrusen|vyřazen|vyrazen|vyraden|odstraněn|"
    r"odstranen|odstránen|vypnut|smazán|smazan|zmazan|odebrán|odebran)\w*|"
    r"\bzostan(?:ie|ą|a)\s+(?:\w+\s+){0,2}?(?:usunięt|usuniet|wyłączon|wylaczon|wycofan)\w*|"
    # "will be removed", "we'll shut it down", "is going to be decommissioned"
    r"(?:\bwill|'ll|\bshall|\b(?:is|are)\s+(?:going|scheduled|planned|due)\s+to)\s+"
    r"(?!not\b|no\b)(?:\w+\s+){0,2}?(?:remov|decommission|retir|delet|shut|switch|turn|"
    r"drop|cancel|disabl|tear)\w*|"
    r"\b(?:wird|werden)\s+(?!nicht\b)(?:[^\W\d_]+\s+){0,4}?(?:entfernt|abgeschaltet|stillgelegt|"
    r"gelöscht|abgebaut|abgemeldet))",
    re.IGNORECASE,
)
"""A removal still to come ("poběží do konce září, pak ji zrušíme", "will be shut down in
October", "wird Ende September abgeschaltet"): the address is in use now, for a time."""


_ANOTHER_SERVER = re.compile(
    r"\b(?:web\w*|www|stránk\w*|stranky|site|e-?mail\w*|mail\w*|pošt\w*|vpn|router\w*|"
    r"firewall\w*|intranet\w*|redakční\s+systém\w*|cms)\b",
    re.IGNORECASE,
)
"""Before an address with no use: a server that may not be the one fetching the results."""
_NOT_ALLOWED = re.compile(
    r"\b(?:" + _DONT_PUT + r"|nepovol\w*|nepovoľ\w*|neregistr\w*|nezařaz\w*|nezaraď\w*|do\s+not\s+(?:allow|add|"
    r"whitelist|register)|don'?t\s+(?:allow|add|whitelist|register)|not\s+to\s+be\s+allowed)\b",
    re.IGNORECASE,
)
"""Right before the address: it is not to be allowed ("Vývojové (nepovolovat): …")."""


_OLD_LABEL = re.compile(
    r"(?:^|\n)\W*(?=[abdfoprsv])(?:(?:star|p[uůô]vodn|p[řr]edchoz|predchádzajúc|dosavadn|"
    r"doteraj[šs]|bisherig|vorherig|dotychczasow|poprzedni|ancien)\w*|alte[nrs]?|old|"
    r"previous(?:ly\s+approved)?|former)\s+[^.!?:;\d]{0,35}:\s*$",
    re.IGNORECASE,
)
"""A field label opening with the old word ("Stará produkční IP:", "Bisherige Produktion:",
"Previous test IP:"): the addresses after it are the replaced ones."""
_DENY_WORD = (
    # a verb or adjective of blocking or denying (not "blok", a CIDR block), as a label:
    # "Zakázat:", "Blokovat:", "Zablokovať:", "Deny:", "Blocked:", "Blacklist:", "Sperren:",
    # "Gesperrt:", "Zablokować:", "Bloquer :", "Bloccare:", "Bloquear:", "Blokkeren:",
    # "Blockera:", "Tiltani:", "Letiltandó:"
    r"zak[aá]z(?:at|ať|an[aáéeéý]\w*|ujte)|za?blokov(?:at|ať|an[aáéeýy]\w*)|za?blokujte|"
    r"odep[řr][ií]t|deny|denied|blocked|to\s+block|blacklist\w*|blocklist\w*|denylist\w*|"
    r"sperren|gesperrt\w*|verweiger\w*|zablokow\w*|blokowa[cć]|odrzuc\w*|bloquer|bloqu[ée]\w*|"
    r"refuser|refus[ée]\w*|blocc\w*|bloquea\w*|denega\w*|blokkeer\w*|geblokkeerd|weiger\w*|"
    r"blockera\w*|spärra\w*|neka\w*|tiltan\w*|tiltott\w*|letilt\w*|blokkol\w*"
)
"""A word of blocking or denying access, for a label before addresses not to be allowed."""
_NOT_ALLOW_WORD = (
    # a verb of allowing, negated, as a label: "Nie dopuszczać:", "Nicht zulassen:",
    # "Do not allow:", "Disallow:", "Nie zezwalać:", "Nicht freigeben:", "Ne pas autoriser :"
    r"nie\s+(?:dopuszcza\w*|dopuści\w*|zezwala\w*|wpuszcza\w*|udostępnia\w*)|"
    r"nicht\s+(?:zulassen|zugelassen|freigeben|freischalten|erlauben|erlaubt)|"
    r"do\s+not\s+allow|don'?t\s+allow|disallow\w*|"
    # "Ne pas autoriser :", "Nem engedélyezni:", "No permitir:", "Non consentire:"
    r"ne\s+pas\s+(?:autoriser|accepter|ouvrir|permettre)|n'autorise[zr]?\s+pas|"
    r"nem\s+engedélyez\w*|ne\s+engedélyez\w*|no\s+(?:permitir|autorizar)|"
    r"non\s+(?:consentire|autorizzare|abilitare)"
)
"""A negated verb of allowing access, for a label before addresses not to be allowed."""
_UNNEEDED_LABEL = re.compile(
    r"(?:^|[.!?;]\s)[^.!?:;]{0,20}\b(?:not\s+(?:needed|required|to\s+be\s+allowed)|no\s+need|"
    r"nepot[řr]eb\w*|netřeba|netreba|nepotrebn\w*|nepovol\w*|nepovoľ\w*|exclude[d]?|vynech\w*|"
    r"mimo\s+seznam|leave\s+out|skip|" + _DENY_WORD + r"|" + _NOT_ALLOW_WORD
    + r")\b[^.!?:;]{0,25}:[^.!?:;]{0,30}$",
    re.IGNORECASE,
)
"""A label saying the addresses after it are not needed ("Not needed: …", "Netřeba povolit:")
or are to be blocked ("Zakázat: …", "Deny: …", "Sperren: …"); a semicolon ends its clause
("Testovací adresu nepotřebujeme; produkce: A" needs A)."""


_OTHER_HOST = re.compile(
    r"\b(?:DNS|resolver\w*|name\s*server\w*|nameserver\w*|brán[auyěo]\w*|bran[auyeo]|"
    # a gateway with its adjective after it ("Gateway predefinito", "Gateway par défaut",
    # "Gateway domyślna"), a router page's "Standard-Gateway", its "LAN:" row (a colon only:
    # "the office LAN is A/28" may hold the addresses asked for)
    r"(?:standard-?)?gateway(?:\s+(?:predefinit[oa]|predeterminad[oa]|par\s+d[ée]faut|"
    r"por\s+defecto|domy[śs]ln\w*|alap[ée]rtelmezett))?|LAN(?=\s*[:=])|default\s+route|"
    r"výchozí\s+brán\w*|NTP|SMTP|IMAP|POP3|MX|mail\s*server\w*|"
    r"poštovní\w*\s+server\w*|poštov[ýé]\w*\s+server\w*)(?:\s+server\w*)?"
    r"(?:\s*[:=]|\s+(?:je|is|at|na|na\s+adrese|s\s+adresou|with\s+address))?\s*$",
    re.IGNORECASE,
)
"""A host named as something else than a source of requests right before its address
("přes DNS 198.51.100.53", "gateway: …", "brána je …"): not an address to allow."""
_RULE_DESTINATION = re.compile(
    r"(?:^|(?<=[\s(\[]))(?:-d|--destination|--dst|dst|dst-address|daddr|dest|destination|"
    r"destination\s+address|dst\.?\s*ip|cíl|cil|cílová\s+adresa|cilova\s+adresa|ziel|"
    r"zieladresse|ziel-ip|destino|destinazione|cel)(?:\s*[:=]\s*|\s+)(?:host\s+)?$",
    re.IGNORECASE,
)
"""A firewall rule's destination flag right before the address ("-s A -d B", "src A dst B",
"dst-address=B", "Ziel: B"): the host the rule lets the applicant reach (the office's), not a
source of requests to allow."""
_LEADER_DOTS = re.compile(r"(?:\s\.){2,}\s*:")
"""The dotted leaders of a pasted ipconfig row ("Default Gateway . . . . . : A")."""
_MAIL_HEADER = re.compile(
    r"^[\s>]*(?:Received:\s+from\b|X-(?:Originating|Sender)-IP:|Authentication-Results:)",
    re.IGNORECASE,
)
"""A pasted mail header's relay ("Received: from mail.example (mail.example [A])"): the
applicant's mail relay, not a server fetching the results."""


_INFRA_LABEL = re.compile(
    # a function of the network that is not a client fetching the feed, as a label with up
    # to three words of owner after it ("Monitoring z:", "Our monitoring probe:", "z našeho
    # monitorovacího serveru", "Passerelle de notre hébergeur :", "DNS de l'hébergeur :",
    # "Puerta de enlace:", "Monitoring-Server des Dienstleisters:")
    r"\b(?:monitor\w*|dohled\w*|passerelle|pasarela|puerta\s+de\s+enlace|DNS|resolver\w*)"
    r"(?:[\s'’-]+[^\W\d_]+){0,3}?\s*[:=]?\s*$",
    re.IGNORECASE,
)
_FEED_WORD = re.compile(
    r"výsled|vysled|vol[ebi]|result|election|feed|XML|stahov|download|Wahl|résultat|resultad|"
    r"elecci",
    re.IGNORECASE,
)
"""A label of a network function that names the results or their download ("server pro
monitoring výsledků voleb:") is the applicant's fetching server."""


def _infra_label(before: str) -> bool:
    """The address is labelled with a network function that does not fetch the results."""
    return bool(_INFRA_LABEL.search(before)) and not _FEED_WORD.search(before)


_OTHER_OWNER = (
    # another client, customer or outlet than the applicant, in the languages applicants
    # write in ("pro jiného klienta", "inej redakcie", "another customer", "anderen Kunden")
    r"(?:(?:jin|cizí|cizi|cudz)\w*|in(?:[éáýú]\w*|ej|om)|druh[éeýy]\w*|another|other|"
    r"different|ander\w*|fremde\w*|autre\w*|otr[oa]s?|altr[oia])\s+(?:[^\W\d_]+\s+)?"
    r"(?:klient\w*|zákazník\w*|zakaznik\w*|odběratel\w*|odberatel\w*|client\w*|customer\w*|"
    r"kunde\w*|auftraggeber\w*|firm\w*|compan(?:y|ies)|organi[sz]ation\w*|"
    r"organizac\w*|společnost\w*|spolecnost\w*|spoločnost\w*|redakc\w*|redaktion\w*|"
    r"médi\w*|medi[aeu]m?\w*|outlet\w*|titul\w*|projekt\w*|project\w*|zadavatel\w*)"
)
_NOT_HERE = (
    # not this application's: "sem nepatří", "does not belong here", "gehört nicht hierher"
    r"sem\s+nepat\w*|nepat[řr]\w*\s+sem|"
    r"nepat[řr]\w*\s+(?:k|do)\s+(?:této|teto|tejto|naší|nasi|našej|nasej)\s+(?:žádost|zadost|"
    r"žiadost|ziadost)\w*|"
    r"(?:does\s+not|doesn'?t|do\s+not|don'?t)\s+belong\s+(?:here|to\s+(?:this|our|us))|"
    r"not\s+(?:part\s+of|for)\s+(?:this|our)\s+(?:request|application)|"
    r"geh[öo]r\w*\s+nicht\s+(?:hierher|dazu|zu\s+(?:diesem|unserem)\s+antrag)"
)
_SOMEONE_ELSES_AFTER = re.compile(
    # the address is the clause's subject: a verb of being, belonging or serving stands
    # between it and the other owner ("A je náš server pro jiného klienta", "A belongs to
    # another customer", "A ist der Server eines anderen Kunden"); a comparison ("jako u
    # jiných klientů", "like for other clients") names no owner
    r"^[\s),]*(?:[-–—:]\s*)?[^.;!?\n,]{0,40}?(?:\b(?:je|jsou|sú|su|is|are|ist|sind|est|es|"
    r"patří|patri|patrí|náleží|nalezi|belongs?|gehört|gehoert|slouží|slouzi|slúži|sluzi|serves?|"
    r"dient|used\s+by|používá|pouziva|používa)\b(?:(?!\b(?:jako|ako|like|as|wie|stejn\w*|"
    r"similar\w*|same)\b)(?:[^.;!?\n,]|,\s*(?=(?:kter|ktor|which|that|der|die|das)\w*\s)))"
    r"{0,50}?\b(?:" + _OTHER_OWNER + r")|\b(?:" + _NOT_HERE + r"))",
    re.IGNORECASE,
)
"""Said right after the address, in its clause, to be another client's or not to belong to
this application ("192.0.2.90 je náš server pro jiného klienta", "… does not belong here"):
not an address asked for."""
_SOMEONE_ELSES_BEFORE = re.compile(
    r"\b(?:" + _OTHER_OWNER + r")(?:\s+[^\W\d_]+){0,3}?(?:\s*[:=–-]|\s+(?:je|is|ist|má|has|"
    r"hat|běží\s+na|runs\s+on|läuft\s+auf|na|at|auf))?\s*\(?\s*$",
    re.IGNORECASE,
)
"""A machine of another client named right before the address ("server jiného klienta:
A", "another customer's host is A")."""


_RESPECTIVE_OTHER = (
    # "respectively" in the other languages foreign media write in (Portuguese after its
    # reform, Maltese, Serbian and Croatian, Slovenian, Finnish, Estonian, Latvian,
    # Lithuanian, Irish, Turkish, Vietnamese, Icelandic, Ukrainian, Russian, Bulgarian, Greek)
    r"respetiv\w*|rispettivament|respektivn\w*|oziroma|redom|редом|vastaavasti|vastavalt|attiecīgi|"
    r"attiecigi|atitinkamai|faoi\s+seach|s[ıi]ras[ıi]yla|l[ầa]n\s+l[ưu][ợo]t|t[ưu][ơo]ng\s+[ứu]ng|"
    r"í\s+(?:þessari|sömu)\s+röð|i\s+(?:thessari|somu)\s+rod|відповідно|соответственно|"
    r"съответно|респективно|αντ[ιί]στοιχ(?:α|ως)|αντιστο[ιί]χως|"
    # "in this order" in those languages ("i den ordningen", "în această ordine", "tässä
    # järjestyksessä", "в указанном порядке", "у зазначеному порядку", "με αυτή τη σειρά")
    r"i\s+(?:den|denna|samma)\s+ordning(?:en)?|în\s+(?:această|aceasta)\s+ordine|"
    r"in\s+aceasta\s+ordine|tässä\s+järjestyksessä|in\s+deze\s+volgorde|"
    r"(?:nesta|por\s+esta)\s+ordem|i\s+(?:den|denne|nævnte|nevnte)\s+(?:rækkefølge|rekkefølgen?)|"
    r"selles\s+järjekorras|šādā\s+secībā|tokia\s+(?:pačia\s+)?tvarka|v\s+tem\s+vrstnem\s+redu|"
    r"tim\s+redom|ovim\s+redoslijedom|ovim\s+redosledom|"
    r"в\s+(?:этом|указанном|таком|том\s+же|този|посочения)\s+(?:порядке|ред)|"
    r"[ув]\s+(?:такому|зазначеному|цьому|вказаному)\s+порядку|"
    r"με\s+(?:αυτ[ήη]ν?\s+)?τη(?:ν)?\s+σειρ[άα]|bu\s+s[ıi]rayla|san\s+ord\s+sin|"
    r"theo\s+th[ứu]\s+t[ựu]\s+(?:này|nay|trên|tren)"
)
"""The "respectively" words of the languages added in the sixty-third round."""


_LABEL_LEAD = re.compile(r"^[^.!?]{0,50}(?::|\t|\s[-–=]|\|)\s*[\[(„\"']?\s*$")
_ORDERED = re.compile(
    # "respectively" and "in this order" in the languages foreign media write in too
    r"\b(?:respect(?:iv|iev)\w*|rispettivamente|odpowiednio|beziehungsweise|bzw\.|illetve|"
    r"(?:ebben\s+a\s+)?sorrendben|jeweils|"
    r"w\s+tej\s+kolejno[śs]ci|in\s+dieser\s+Reihenfolge|dans\s+cet\s+ordre|"
    r"in\s+quest['’]ordine|en\s+(?:ese|este)\s+orden|in\s+die\s+volgorde|resp\.|respekt[íi]ve|v\s+(?:tomto|uvedeném|daném)\s+pořadí|"
    r"v\s+(?:tomto|uvedenom|danom|uvedenem|danem)\s+poradi|v\s+(?:tomto|uvedenom|danom)\s+poradí|postupně|postupne|in\s+(?:that|this|the\s+same)\s+order|"
    # the Czech and Slovak ordinals with or without their diacritics ("prvni … druha")
    r"prvn[íi]\w*|druh[áéýíaeyi]\w*|first|second|former|latter|prv[áéýaey]|henholdsvis|"
    r"först\w*|andra|erst\w*|zweit\w*|pierwsz\w*|drug[iae]\w*|premi[eè]r\w*|primer\w*|"
    r"segund\w*|prim[oa]|second[oa]|" + _RESPECTIVE_OTHER + r")(?!\w)",
    re.IGNORECASE,
)


def _cues_in_order(text: str) -> list[Role]:
    """Every role cue in ``text`` in order (after neutral phrases are removed)."""
    text = _neutralised(text)
    hits = [(m.start(), Role.PRODUCTION) for m in _PROD_CUES.finditer(text)]
    hits += [(m.start(), Role.TEST) for m in _TEST_CUES.finditer(text)]
    return [r for _, r in sorted(hits)]


def _ordered_roles(
    line: str, items: list[tuple[re.Match[str], _Item]]
) -> list[Role | None] | None:
    """"Adresy A a B pro ostrý, resp. testovací provoz" / "A and B for production and testing
    respectively": as many roles named in order as there are addresses, with a word that says
    the order matters - read sentence by sentence, so the line's other sentences keep their
    own reading (None for their addresses; None for the line when no sentence gives one)."""
    if len(items) < 2:
        return None
    words = line
    for m, _ in reversed(items):
        words = words[: m.start()] + " " * (m.end() - m.start()) + words[m.end() :]
    cuts = [0, *(b.end() for b in _SENTENCE_BREAK.finditer(words)), len(words)]
    out: list[Role | None] = [None] * len(items)
    spans = list(itertools.pairwise(cuts))
    for k, (lo, hi) in enumerate(spans):
        idxs = [i for i, (m, _) in enumerate(items) if lo <= m.start() < hi]
        if len(idxs) < 2:
            continue
        mine = [items[i] for i in idxs]
        roles = _ordered_in(words[lo:hi], mine)
        if roles is None and k + 1 < len(spans) and not _cues_in_order(words[lo:hi]):
            # "A, B a C. První dvě jsou ostré, poslední testovací": a next sentence giving
            # no address of its own assigns the uses of this list by count or position
            nlo, nhi = spans[k + 1]
            if not any(nlo <= m.start() < nhi for m, _ in items):
                roles = _ordered_in(words[lo:nhi], mine)
        if roles is None and k > 0 and not _cues_in_order(words[lo:hi]):
            # "Stahovat budou servery A1 (ostrý) … a A3 (zkušební). Jejich adresy v uvedeném
            # pořadí: …": the sentence before, giving no address, names the machines in order
            plo = spans[k - 1][0]
            if not any(plo <= m.start() < lo for m, _ in items):
                roles = _ordered_in(words[plo:hi], mine)
        if roles is None and ";" in words[lo:hi]:
            _clauses_ordered(words, lo, hi, items, out)
        if roles is None and (tail := _tail_run(mine)) < len(mine):
            # "intern op A en B, maar via NAT als C en D, respectievelijk productie en test":
            # the list the order word follows, after the words that part it from the others
            cut = mine[tail - 1][0].end()
            roles = _ordered_in(words[cut:hi], mine[tail:])
            idxs = idxs[tail:]
        for i, r in zip(idxs, roles or (), strict=False):
            out[i] = r
    return out if any(out) else None


_BETWEEN_ORDER = re.compile(r"(?<!\w)(?:odnosno|односно)(?!\w)", re.IGNORECASE)
_BETWEEN_LEAD = re.compile(
    r"\s*,?\s*(?:(?:za|na|sa|s|z|u|kao|за|на|са|с|у|као)\s+)?", re.IGNORECASE
)


def _between_ordered(words: str) -> bool:
    """"A, odnosno B", "za produkciju, odnosno za testiranje": the Serbian and Croatian
    "respectively", written between the two things it pairs - an address (blanked in
    ``words``) or a use right after it; not the "that is" of "A i B, odnosno sa naša dva
    produkciona servera"."""
    if "dnosno" not in words and "дносно" not in words and "ДНОСНО" not in words:
        return False
    for m in _BETWEEN_ORDER.finditer(words):
        after = words[m.end() : m.end() + 60]
        if re.match(r"\s*,?\s*(?:(?:za|na|sa|s|z|u|за|на|са|с|у)\s+)?\s{7}", after):
            return True  # an address right after it
        lead = _BETWEEN_LEAD.match(after)
        head = " ".join(after[lead.end() if lead else 0 :].split()[:2])
        if _cue(head) is not None:
            return True
    return False


def _tail_run(items: list[tuple[re.Match[str], _Item]]) -> int:
    """Where the last list of ``items`` starts: the addresses at the end joined by list joins
    only ("A, B a C"), not by words (``len(items)`` when all are one list or the last stands
    alone)."""
    start = len(items) - 1
    while start > 0:
        m1, m2 = items[start - 1][0], items[start][0]
        gap = " ".join(m1.string[m1.end() : m2.start()].strip(" \t()[]").lower().split())
        if not _JOIN.match(gap):
            break
        start -= 1
    return start if 0 < start < len(items) - 1 else len(items)


def _clauses_ordered(
    words: str, lo: int, hi: int, items: list[tuple[re.Match[str], _Item]], out: list[Role | None]
) -> None:
    """"I server di produzione e di test hanno rispettivamente gli indirizzi A e B; in
    aggiunta … di riserva, C": a sentence the order does not read whole, read clause by
    clause (between semicolons) - a clause's addresses in order, the others keep their own
    reading (``out``: the roles of ``items``, filled in place)."""
    cuts = [lo, *(lo + k + 1 for k, ch in enumerate(words[lo:hi]) if ch == ";"), hi]
    for clo, chi in itertools.pairwise(cuts):
        idxs = [i for i, (m, _) in enumerate(items) if clo <= m.start() < chi]
        if len(idxs) >= 2 and (roles := _ordered_in(words[clo:chi], [items[i] for i in idxs])):
            for i, r in zip(idxs, roles, strict=False):
                out[i] = r


def _ordered_in(words: str, items: list[tuple[re.Match[str], _Item]]) -> list[Role] | None:
    """The roles of the addresses of one sentence (``words``: the sentence without them),
    by number or by order (``_ordered_roles``)."""
    counted = _counted_roles(words, [max(1, len(item[0])) for _, item in items])
    if counted is not None or not (_ORDERED.search(words) or _between_ordered(words)):
        return counted
    last = items[-1][0]
    after = _SENTENCE_BREAK.split(last.string[last.end() :], maxsplit=1)[0]
    pointed = _pointed(after, len(items))
    if len(pointed) == len(items) and len(set(pointed.values())) > 1:
        # "A und B, wobei letztere für Tests dient und erstere produktiv ist": each use
        # pointed at by its ordinal, whatever order the uses are named in
        return [pointed[i] for i in range(len(items))]
    roles = _cues_in_order(words)
    if len(roles) != len(items) and "(" in words:
        # "our production server (a backup of the old one) and our test server use A and B
        # respectively": an aside in parentheses names no use of the order - unless the
        # uses are named only there ("A en B, respectievelijk C (eerst productie, dan test)")
        bare = _cues_in_order(_ASIDE.sub(" ", words))
        roles = bare if len(bare) >= 2 or len(roles) < 2 else roles
    if 2 <= len(roles) < len(items) and (groups := _groups(items, len(roles))) is not None:
        roles = [roles[g] for g in groups]  # "A/B and C/D respectively": a use per group
    if len(roles) != len(items) or len(set(roles)) < 2:
        # "stroje volby1 (produkce), volby2 (produkce, záloha) a volby-test; jejich adresy
        # jsou v tomto pořadí A, B a C": one use per named machine, however many words name it
        roles = _listed_uses(words)
    if len(roles) != len(items) or len(set(roles)) < 2 or _uses_between(items):
        return None
    return roles


_LIST_ITEM_END = re.compile(rf"[,;:]|[.!?](?:\s|$)|\s(?:{_AND}|oraz|sowie)\s", re.IGNORECASE)
_HOST_NAMED_TEST = re.compile(r"^[^\W_][\w.-]*?(?:test|tst)[\w.-]*$", re.IGNORECASE)
"""A machine's name alone that names the test use inside it ("feedtest", "volbytst01")."""


def _listed_uses(words: str) -> list[Role]:
    """The uses of a list of named machines, one per item that names any ("volby1 (produkce),
    volby2 (produkce, záloha) a volby-test"): the items are parted by commas, semicolons and
    conjunctions outside parentheses; an item naming both uses reads nothing ([])."""
    masked = _ASIDE.sub(lambda m: "(" + "x" * (len(m.group(0)) - 2) + ")", words)
    cuts = [0, *(c for m in _LIST_ITEM_END.finditer(masked) for c in (m.start(), m.end()))]
    out: list[Role] = []
    for lo, hi in zip(cuts[::2], [*cuts[1::2], len(words)], strict=True):
        item = words[lo:hi].strip()
        uses = set(_cues_in_order(item))
        if not uses and _HOST_NAMED_TEST.match(item):
            uses = {Role.TEST}
        if len(uses) > 1:
            return []
        out += uses
    return out


_RESPECTIVE_WORD = (
    r"resp\.|respektive|respekt[íi]ve|bzw\.|beziehungsweise|respectively|respectievelijk|"
    r"respectivement|respectivament|respectivamente|rispettivamente|odpowiednio|illetve|"
    + _RESPECTIVE_OTHER
)
_JOIN = re.compile(
    rf"^(?:[,;/+]|,?\s*(?:{_AND}|{_RESPECTIVE_WORD}|or|nebo|alebo|oder))$",
    re.IGNORECASE,
)
"""What may join two addresses of a list written in groups ("A/B a C/D")."""
_RESPECTIVE_GAP = re.compile(rf"^,?\s*(?:{_RESPECTIVE_WORD})$", re.IGNORECASE)
"""A "respectively" word alone between two addresses ("A a B, respektive C"): it parts the
groups of an order, whatever their sizes."""


def _groups(items: list[tuple[re.Match[str], _Item]], n: int) -> list[int] | None:
    """"A/B and C/D respectively", "A, B a C, D", "(A, B); (C, D)": the addresses of a list
    written as ``n`` groups - one kind of join between the groups and another within them -
    as the group of each address in order (None when the joins do not say the groups: the
    groups must be of one size unless "/" joins within them)."""
    joins = []
    for (m1, _), (m2, _) in itertools.pairwise(items):
        gap = " ".join(m1.string[m1.end() : m2.start()].strip(" \t()[]").lower().split())
        if (parted := _ONE_HAND.sub(" ", gap)) != gap:
            # "A et B, d'une part, et C, d'autre part": the words of a side end a group
            parted = " ".join(parted.strip(" ,").split())
            if parted and not _JOIN.match(parted):
                return None
            joins.append("part")
            continue
        if not _JOIN.match(gap):
            return None
        joins.append(re.sub(rf"^,?\s*(?:{_AND})$", "and", gap))
    found = None
    for kind in set(joins):
        inner = {j for j in joins if j != kind}
        if joins.count(kind) != n - 1 or len(inner) != 1:
            continue
        groups = list(itertools.accumulate((j == kind for j in joins), initial=0))
        sizes = {groups.count(g) for g in range(n)}
        if len(sizes) == 1 or inner == {"/"} or kind == "part" or _RESPECTIVE_GAP.match(kind):
            if found is not None:
                return None  # two readings
            found = groups
    return found


_ONE_HAND = re.compile(
    # "on the one hand … on the other" in the languages foreign media write
    r"\b(?:d['’]une\s+part|d['’]autre\s+part|einerseits|andererseits|on\s+the\s+one\s+hand|"
    r"on\s+the\s+other(?:\s+hand)?|por\s+un\s+lado|por\s+otro(?:\s+lado)?|da\s+un\s+lato|"
    r"dall['’]altro(?:\s+lato)?|z\s+jednej\s+strony|z\s+drugiej(?:\s+strony)?|"
    r"na\s+jedn(?:é|e|ej)\s+stran[ěee]|na\s+(?:druh(?:é|e|ej)\s+)?stran[ěe](?:\s+druh(?:é|e|ej))?|"
    r"egyrészt|másrészt)(?!\w)",
    re.IGNORECASE,
)
"""The words of one side of a list split in two ("d'une part … d'autre part", "einerseits …
andererseits"): they end a group of addresses."""


def _uses_between(items: list[tuple[re.Match[str], _Item]]) -> bool:
    """"Produktion A und B, Test C und D": a use named between the addresses labels the ones
    after it - the uses of an order are named together, before or after the addresses."""
    return any(
        _cue(_neutralised(m2.string[m1.end() : m2.start()])) is not None
        for (m1, _), (m2, _) in itertools.pairwise(items)
    )


_ASIDE = re.compile(r"\([^()]*\)")


_NUMBERS = {
    "dvě": 2, "dva": 2, "dve": 2, "two": 2, "zwei": 2, "dwa": 2, "dwie": 2, "deux": 2, "dos": 2,
    "due": 2, "två": 2, "tři": 3, "tri": 3, "three": 3, "drei": 3, "trzy": 3, "trois": 3,
    "tres": 3, "tre": 3, "čtyři": 4, "štyri": 4, "four": 4, "vier": 4, "cztery": 4,
    "quatre": 4, "cuatro": 4, "quattro": 4, "fyra": 4, "pět": 5, "päť": 5, "five": 5,
    "fünf": 5, "pięć": 5, "cinq": 5, "cinco": 5, "cinque": 5, "fem": 5,
}
"""The number words of the languages applicants write in, two to five."""
_NUMBER_WORD = "|".join(sorted(_NUMBERS, key=len, reverse=True))
_COUNT = re.compile(
    rf"(?:\b(?P<n>[1-9])|\b(?P<word>jedn[aouéy]|jeden|one|single|{_NUMBER_WORD})(?!\w)|"
    r"\b(?P<ordinal>posledn\w*|last|letzt\w*|ostatn\w*|derni[eè]r\w*|[uú]ltim\w*|sist\w*|"
    r"druh[áéýíaeyi]|second|třetí|treti|"
    # the number and its use in one clause, a few words apart ("dvě z nich jsou pro ostrý")
    r"tretí|third|[čc]tvrt[áéýaey]|[šs]tvrt[áéýaey]|fourth))(?:\s+[^\W\d_]+){0,5}(?:\s*[=:])?\s*$",
    re.IGNORECASE,
)
_COUNT_HINT = re.compile(
    rf"(?<![\d.])[1-9]\s+(?:[=:]\s*)?[^\W\d_]|\b(?:jedn\w*|jeden|one|single|{_NUMBER_WORD})(?!\w)",
    re.IGNORECASE,
)
"""A number of addresses may be written: a digit before a word, or a number word."""


def _counts(words: str) -> list[tuple[Role, int | None, bool]]:
    """The uses named in ``words`` in order, each with the number written before it ("dvě
    produkční a jedna testovací", "the first two for production, the last for testing") and
    whether that number is a cardinal; a repeated use without a number is left out."""
    text = _neutralised(words)
    hits = sorted(
        [(m.start(), m.end(), Role.PRODUCTION) for m in _PROD_CUES.finditer(text)]
        + [(m.start(), m.end(), Role.TEST) for m in _TEST_CUES.finditer(text)]
    )
    out: list[tuple[Role, int | None, bool]] = []
    prev = 0
    for start, end, role in hits:
        c = _COUNT.search(text, prev, start)
        if c is not None and c.group("ordinal") is not None:
            # "the last two", "poslední dvě": the number after the position word counts
            nxt = _COUNT.search(text, c.end("ordinal"), start)
            c = nxt if nxt is not None and nxt.group("ordinal") is None else c
        prev = end
        if c is None:
            if not out or out[-1][0] is not role:
                out.append((role, None, False))
            continue
        word = (c.group("word") or "").lower()
        n = int(c.group("n")) if c.group("n") else _NUMBERS.get(word, 1)
        out.append((role, n, c.group("ordinal") is None))
    return out


def _counted_roles(words: str, sizes: list[int]) -> list[Role] | None:
    """"Dvě produkční a jedna testovací: A, B, C": the uses in order, each for as many
    addresses as the number before it says (one use without a number takes the rest);
    None when the numbers do not add up or split an item."""
    if not _COUNT_HINT.search(words) or not (
        _PROD_CUES.search(words) and _TEST_CUES.search(words)
    ):
        return None
    counts = _counts(words)
    if not any(cardinal for *_, cardinal in counts) or len({r for r, *_ in counts}) < 2:
        return None
    total = sum(sizes)
    missing = [i for i, (_, n, _) in enumerate(counts) if n is None]
    known = sum(n or 0 for _, n, _ in counts)
    if len(missing) > 1 or (missing and known >= total) or (not missing and known != total):
        return None
    seq = [r for r, n, _ in counts for _ in range(n if n is not None else total - known)]
    out: list[Role] = []
    pos = 0
    for size in sizes:
        part = set(seq[pos : pos + size])
        if len(part) != 1:
            return None
        out.append(part.pop())
        pos += size
    return out


_PAIR_SEPARATOR = re.compile(r"\s*[/|]\s*")


def _label_pair(label: str) -> tuple[Role, ...] | None:
    """The uses a label names apart by "/" or "|" ("Produkční / testovací IP:"), one in each
    part, in order (None: not such a label)."""
    if ("/" not in label and "|" not in label) or len(label) > 120:
        return None
    roles: list[Role] = []
    for part in _PAIR_SEPARATOR.split(_neutralised(label)):
        p, t = _PROD_CUES.search(part), _TEST_CUES.search(part)
        if p and t:
            return None  # "IP pro ostrý i testovací provoz / …": no pairing
        if p or t:
            roles.append(Role.PRODUCTION if p else Role.TEST)
    return tuple(roles) if len(roles) >= 2 and len(set(roles)) >= 2 else None


_RESPECTIVE_JOIN = re.compile(
    r"\s*,?\s*(?:resp\.|respektive|respekt[íi]ve|bzw\.|beziehungsweise|respectively|"
    r"odpowiednio|illetve|ill\.|respectivement|rispettivamente|respectivamente)\s*",
    re.IGNORECASE,
)
"""A word joining the addresses of two uses one after the other ("A resp. B", "A bzw. B")
under a label naming the uses in order ("produkce / test"): it parts the groups as "/"
does."""


def _grouped(roles: tuple[Role, ...], gaps: list[str], n: int) -> list[Role] | None:
    """The addresses of a line in as many groups apart by "/" or "|" as ``roles``: each
    group's use is the one in its place (None: the groups do not match)."""
    if n < 2:
        return None
    out: list[Role] = [roles[0]]
    group = 0
    for gap in gaps[1:n]:
        if _PAIR_SEPARATOR.fullmatch(gap) or _RESPECTIVE_JOIN.fullmatch(gap):
            group += 1
        elif not _CONNECTOR.match(gap):
            return None  # words between the values: not a plain list of groups
        if group >= len(roles):
            return None
        out.append(roles[group])
    return out if group == len(roles) - 1 else None


def _paired_roles(ctx: _Context, layout: _Layout, n: int) -> list[Role] | None:
    """"Produkční / testovací IP: A / B" (or the label on the line above): as many groups
    of addresses as the label names uses (a label naming two uses: never certain)."""
    if layout.lead_cue is None:
        return _grouped(ctx.pair, layout.gaps, n) if ctx.pair else None
    if not _LABEL_LEAD.match(layout.lead):
        return None
    pair = _label_pair(layout.lead.rstrip().rstrip(":|=-–").rstrip())
    return _grouped(pair, layout.gaps, n) if pair else None


_JOINED_LABEL = re.compile(r"(?:^|[.!?;]\s)(?P<label>[^.!?;:=\n]{0,60}?)\s*(?::|=|\s[-–])\s*$")
"""The label before a line's addresses in its own sentence ("…, prosím. Prod a test: ")."""
_PAIR_JOIN = re.compile(rf"^\W*(?:{_AND}|aj|sowie|plus)?\W*$", re.IGNORECASE)
"""Between the two uses of a label: a conjunction or a comma only ("prod a test")."""
_ORDER_END = re.compile(r"[.!?;\n]")
_EACH_FOR_BOTH = re.compile(
    # the lookahead of the words' first letters only makes the search quick
    r"(?=[abdsvor])\b(?:ob[aěe]|obidv\w*|oboj\w*|both|beide\w*|all|alle|všechn\w*|vsechn\w*|"
    r"všetk\w*|vsetk\w*|stejn\w*|rovnak\w*|same|dieselbe\w*|oba|obie|obydw\w*)\b",
    re.IGNORECASE,
)
"""Words giving every address both uses, not one each ("obě pro oba účely", "both")."""


def _joined_pair(lead: str) -> tuple[Role, Role] | None:
    """"Prod a test: A a B" / "Live and test servers: A, B": a label naming two uses joined
    by a conjunction and nothing else - the two addresses after it in that order."""
    m = _JOINED_LABEL.search(lead)
    if m is None:
        return None
    label = _neutralised(m.group("label"))
    hits = sorted(
        [(c.start(), c.end(), Role.PRODUCTION) for c in _PROD_CUES.finditer(label)]
        + [(c.start(), c.end(), Role.TEST) for c in _TEST_CUES.finditer(label)]
    )
    if len(hits) != 2 or hits[0][2] is hits[1][2]:
        return None
    if not _PAIR_JOIN.match(label[hits[0][1] : hits[1][0]]):
        return None
    return hits[0][2], hits[1][2]


def _order_of_addresses(
    line: str, items: list[tuple[re.Match[str], _Item]], layout: _Layout
) -> list[Role] | None:
    """The use of each address a line lists in order of the uses named together: "prod a
    test: A a B" (a label joining two uses, exactly two addresses), or a shorthand list
    ("A a .121") in a sentence that says the order ("v tomto pořadí", "respectively").
    One use per address (an item of a shorthand list stands for several); never certain."""
    if any(blk for _, (_, _, blk, _) in items):
        return None
    total = sum(len(addrs) for _, (addrs, *_) in items)
    if total < 2 or any(not _CONNECTOR.match(g) for g in layout.gaps[1:-1]):
        return None
    if _cue(_ORDER_END.split(layout.gaps[-1], maxsplit=1)[0]) is not None:
        return None  # "A a B, test zatím nemáme": the words after the list name a use
    after = _ORDER_END.split(layout.gaps[-1], maxsplit=1)[0]
    if total == 2 and (pair := _joined_pair(layout.lead)) is not None:
        # "obě adresy pro oba účely", "both servers", "dieselben": each address for both
        label = _JOINED_LABEL.search(layout.lead)
        said = (label.group("label") if label else "") + " " + after
        return None if _EACH_FOR_BOTH.search(said) else list(pair)
    if len(items) == total:
        return None  # single addresses: ``_ordered_roles`` reads the word of order
    words = line
    for m, _ in reversed(items):
        words = words[: m.start()] + " " * (m.end() - m.start()) + words[m.end() :]
    lo = max((b.end() for b in _SENTENCE_BREAK.finditer(words, 0, items[0][0].start())), default=0)
    end = _SENTENCE_BREAK.search(words, items[-1][0].end())
    sentence = words[lo : end.start() if end else len(words)]
    if not _ORDERED.search(sentence):
        return None
    roles = _cues_in_order(_ASIDE.sub(" ", sentence)) if "(" in sentence else []
    roles = roles if len(roles) == total else _cues_in_order(sentence)
    return roles if len(roles) == total and len(set(roles)) > 1 else None


def _split_in_order(
    lineno: int, items: list[tuple[re.Match[str], _Item]], roles: list[Role], gone: list[bool]
) -> list[Mention]:
    """The mentions of ``_order_of_addresses``: one per address, each with its use."""
    out: list[Mention] = []
    it = iter(roles)
    for idx, (m, (addrs, *_)) in enumerate(items):
        for a in addrs:
            # each address its own text: the mentions of one written item are not one value
            text = m.group(0).strip() if len(addrs) == 1 else str(a)
            out.append(Mention((a,), 1, next(it), False, lineno, text, False, gone[idx]))
    return out


def _names_both(text: str) -> bool:
    """The text names both uses (after the phrases that name a use without being a cue)."""
    return _cues(text)[1]


def _strong(
    ctx: _Context, layout: _Layout, idx: int, role: Role | None, prev_strong: bool | None
) -> bool:
    """Whether the role of the line's ``idx``-th address comes from structure: a table
    column, a heading or cue line before, or a short label right before the addresses
    ("Produkční IP: …", "…, testovací: …") - and no words after it name another use."""
    if role is None:
        return False
    if ctx.columns:
        return True
    if layout.tails[idx] not in (None, role):
        return False  # "Test IP: A (po volbách bude produkční)"
    if prev_strong is not None:
        return prev_strong
    lead = layout.lead
    if layout.lead_cue is not None:
        if role is not layout.lead_cue:
            # a use of its own after the line's label: certain only as a label of its own
            head = layout.heads[idx]
            return bool(idx and _LABEL_LEAD.match(head) and _cue(head) is role)
        combined = _PROD_CUES.search(lead) and _TEST_CUES.search(lead)
        return bool(_LABEL_LEAD.match(lead)) and not combined and not layout.trailing
    return (
        ctx.role is role
        and not ctx.weak
        and not ctx.both
        and _notes_agree(layout, role)
        and not (ctx.carried and layout.lead.strip())
        and not _own_words(layout.lead)
    )


def _notes_agree(layout: _Layout, role: Role) -> bool:
    """No words after a line's addresses name a use, or they all name ``role``: a note
    after the address repeating its heading's use ("Test only:" / "203.0.113.5  staging")."""
    if not layout.trailing and not any(layout.tails):
        return True
    return all(t is role for t in layout.tails)


def _apart(layout: _Layout, idx: int) -> bool:
    """The line's ``idx``-th address is introduced apart from the one before it, by words of
    its own after the connector that name no use the reader knows ("A e B e dall'indirizzo
    di prova C"): a group of its own, which may serve another use than the one before."""
    head = layout.heads[idx]
    return (
        idx > 0 and layout.tails[idx] is None and _cue(head) is None and _own_words(head)
        and not _FILLERS.fullmatch(head.strip(" ,;:-–()"))
        # a correction's own words ("A – překlep, má být B"): the correction rules judge it
        and not _CORRECTION.search(head) and not _CHANGE.search(head)
    )


_FILLERS = re.compile(
    r"(?:(?:a|and|i|und|et|e|y|en|og|och|oraz|plus|také|take|též|tez|ještě|jeste|also|as\s+well|"
    r"dále|dale|further|then|pak|potom|nebo|alebo|or|oder|ou|o)\s*)*",
    re.IGNORECASE,
)
"""Words that only join two addresses of one list ("A a také B", "A and also B")."""


def _own_words(lead: str) -> bool:
    """Words of its own before a line's address under a heading ("Poznámka: do 15. 1. půjde
    z …"), more than a bullet, a number or a word for an address ("server 2:")."""
    return any(not _ADDRESS_WORDS.fullmatch(w) for w in _OWN_WORD.findall(lead))


_OWN_WORD = re.compile(r"[^\W\d_]{3,}|\b[A-Z]{2}\b")
"""A word of its own: three letters or more, or an abbreviation in two capitals ("GW", "FW")."""


_CORRECTION = re.compile(
    # the lookahead of the words' first letters only makes the search quick
    r"(?=[cimnopstrkfedvljbh])\b(?:oprav\w*|správně|spravne|správn[áé]|spravn[ae]|correction|corrected|should\s+(?:be|read)|"
    r"i\s+mean|i\s+meant|překlep\w*|preklep\w*|přepis|prepis|typo|sorry|pardon|omyl\w*|chybně|chybne|nesprávně|správne|"
    # the Czech and Slovak "chyba" (an error) before a comma or colon, not the Polish
    # "chyba" (probably): "chyba, spravne je B"
    r"chyba(?=\s*[,:;–—-])|"
    r"(?:má|ma|mají|maji|mělo|melo|mala|malo)\s+(?:být|byt|byť)|"
    # the same words of setting right in the languages foreign media write in: wrong, right,
    # a slip, "should read" (German, French, Italian, Spanish, Portuguese, Dutch, Polish,
    # Hungarian, Nordic)
    r"richtig|korrekt\w*|korekt\w*|korekc\w*|korrigier\w*|falsch|tippfehler|versehen|sollte\s+(?:sein|lauten)|"
    r"correcte|erron\w*|erreur|coquille|il\s+faut\s+lire|corrett\w*|errat[oaie]|"
    r"correzion\w*|rectif\w*|correcci[oó]n|correç[aã]o|correc[aã]o|berichtig\w*|poprawk\w*|"
    r"rättelse|"
    r"sbagliat\w*|refuso|correct[ao]|errónea?|erronea?|equivocad\w*|corret[ao]|errad[ao]|"
    r"juist|fout\w*|verbeter\w*|moet\s+zijn|tikfout|poprawn\w*|błędn\w*|błąd|literówk\w*|"
    r"powinno\s+by[ćc]|pomyłk\w*|pomylk\w*|helyes\w*|hibás\w*|elírás\w*|riktig\w*|rigtig\w*|feil\w*|rettelse)\b",
    re.IGNORECASE,
)
_CHANGE = re.compile(
    # the lookahead of the words' first letters only makes the search quick
    r"(?=[abcmnrsvzewrl→⇒=-])(?:\b(?:(?:m[ěe]n[íi]\w*|změn\w*|zmen\w*|změň\w*|zmeň\w*|chang\w*|replaced|nahraz\w*|nahrad\w*|vymen\w*|"
    r"vyměn\w*|vymeň\w*|swapped)(?:[\s,]+\w+){0,2}[\s,]+(?:na|za|to|by|with|for)|becomes)(?!\w)"
    # a passive of replacing whose agent is the next address, in the instrumental or after
    # "durch"/"przez": "A bude nahrazena adresou B", "A wird durch B ersetzt", "A zostanie
    # zastąpiony (przez) B", "A bude nahradená novou adresou B"
    r"|\b(?:nahrazen\w*|nahraden\w*|vystřídán\w*|vystridan\w*|vystriedan\w*|ersetzt|"
    r"vyměněn\w*|vymenen\w*|replaced|superseded|abgelöst|abgeloest|"
    r"zastąpion\w*|zastapion\w*|remplacée?s?|sostituit[oaie]|reemplazad[oa]s?)"
    r"(?:\s+(?:adres\w*|nov\w*|IP|server\w*|stroj\w*|przez|par|da|por|durch|die|den|"
    r"la|le|el|il|by|with)){0,3}"
    # or the new one in a clause of its own: "A – nahrazen, nyní B", "A (replaced; now B)"
    r"(?:\s*\)?\s*[,;:–—-]\s*(?:nově|nove|nyní|nyni|teď|ted|teraz|odteraz|now|newly|"
    r"jetzt|nun|neu|désormais|maintenant|ora|ahora)(?:\s+(?:je|is|ist|jest|to|it's))?\s*:?)?"
    r"\s*$|\b(?:wird|werden|wurde|wurden)\s+durch\s+(?:die\s+)?$"
    # the writer replacing it, the new one in the instrumental: "A nahrazujeme adresou B",
    # "A nahrádzame novou adresou B", "A zastępujemy adresem B", "A ersetzen wir durch B"
    r"|\b(?:nahrazuj\w*|nahrad[íi]me|nahr[áa]dzame|vym[ěe][nň]ujeme|vym[eě]n[íi]me|"
    r"zast[ęe]pujemy|zast[ąa]pimy|ersetzen)(?:\s+(?:ji|ho|ju|je|ich|wir|sie|ihn))?"
    r"(?:\s+(?:nov\w*|durch|die|den)){0,2}\s+(?:(?:IP\s+)?(?:adresou|adresom|adresem)|"
    r"server(?:em|om)|stroj(?:em|om)|durch)(?:\s+IP)?\s*$"
    # the new one as the subject of replacing the old, named by a pronoun: "A je stará,
    # nahrazuje ji B", "A je stará, nahrádza ju B", "A jest stary, zastępuje go B", "A ist
    # alt, es ersetzt sie B", "A est ancienne, la remplace B"
    r"|\b(?:nahrazuj[eí]|nahrad[íi]|nahrádza|nahradza|zast[ęe]puje|zast[ąa]pi|ersetzt|vervangt|"
    r"ersätter|erstatter)\s+(?:ji|ho|je|ju|ich|go|ją|ja|ihn|sie|het|den|det)\s*$"
    r"|\b(?:la|le|lo|l['’]\s*)(?:remplace|sostituisce|sustituye|reemplaza)\s*$"
    r"|→|⇒|->|=>)",
    re.IGNORECASE,
)
"""A change between two addresses: "A se mění na B", "A sa mení na B", "A changes to B",
"A is replaced by B", "A → B"."""
_ARROWS = frozenset(("→", "⇒", "->", "=>"))
_ADDRESS_SHAPE = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}")


def _changes(text: str) -> bool:
    """``_CHANGE`` in ``text``, but not an arrow after a word of its own since the last
    address: "xml1.noviny.example.cz -> A (produkce)", "Production -> A, Test -> B" point
    a host or a use to an address; "A -> B", "A (stará) → B" change one into another."""
    for ch in _CHANGE.finditer(text):
        if ch.group(0) not in _ARROWS:
            return True
        before = text[: ch.start()]
        ends = [a.end() for a in _ADDRESS_SHAPE.finditer(before)]
        before = _ASIDE.sub(" ", before[ends[-1] :] if ends else before)
        if _OWN_WORD.search(before) is None:
            return True
    return False
"""Words between two addresses that make the second replace the first ("… – oprava, správně …",
"A se mění na B", "A changes to B")."""
_CHANGED_FROM = re.compile(
    r"(?:změn\w*|zmen\w*|mění|meni|mení|chang\w*|switch\w*|přešl\w*|presl\w*|moved)"
    r"(?:\s+\w+){0,2}\s+(?:z|ze|from)\s*$|"
    # the change announced, the pair after a colon: "IP sa mení: A na B", "Změna: A na B"
    r"\b(?:změn\w*|zmen\w*|m[ěe]n[íi]\w*|chang\w*)\s*:\s*$",
    re.IGNORECASE,
)
"""Before the first of two addresses joined by "na"/"to": "se změnila z A na B", "changed
from A to B" - the first is replaced."""
_CHANGED_TO = re.compile(r"^\s*(?:na|to)\s*$", re.IGNORECASE)
_REPLACING_VERB = (
    r"(?:nahra[dzď]\w*|vyst[řr]ídal\w*|vystridal\w*|vystriedal\w*|vym[eě]nil\w*|ersetz\w*|"
    r"abgel[öo]st\w*|zast[ąa]pi\w*|replac\w*|supersed\w*|remplac\w*|sustitu\w*|sostitu\w*|"
    r"vervang\w*|ersatt\w*|erstat\w*|udskift\w*|utskift\w*)"
)


_BY_SECOND = re.compile(
    r"(?=[abdpwzm])\b(?:durch|by|with|przez|zu|adresou|adresom|door|av|af|med)\s*$",
    re.IGNORECASE,
)
_REPLACING_AFTER = re.compile(r"^\s*" + _REPLACING_VERB + r"\b", re.IGNORECASE)
_REPLACING_AFTER_WORD = re.compile(r"\s*" + _REPLACING_VERB + r"\b", re.IGNORECASE)


def _replaced_by_second(gap: str, after: str) -> bool:
    """A passive replacement of the first address by the second, the verb before or after it
    ("A ist durch B ersetzt", "A wird durch B abgelöst", "A was replaced by B", "A bude
    nahrazena adresou B"): the first is withdrawn."""
    if not _BY_SECOND.search(gap) or _last_sentence_end(gap) is not None:
        return False
    return re.search(_REPLACING_VERB, gap, re.IGNORECASE) is not None or bool(
        _REPLACING_AFTER.match(after)
    )


_PASSIVE_BY = re.compile(
    r"\b(?:sostituit[oaie]|replaced|superseded|ersetzt|abgel[öo]st|nahrazen\w*|nahraden\w*|"
    r"vym[ěe]n[ěe]n\w*|vystřídán\w*|vystriedan\w*|zast[ąa]pion\w*|remplacée?s?|reemplazad[oa]s?|"
    r"sustituid[oa]s?|substituíd[oa]s?|vervangen|ersatt\w*|erstattet|udskiftet|utskiftet)"
    r"(?:\s+[^\W\d_]+){0,2}?\s+(?:by|da|dal|dall['’]|dalla|door|durch|par|por|pelo|pela|przez|av|"
    r"adresou|adresom|adresem|with|af|med)(?:\s+[^\W\d_]+){0,3}\s*$",
    re.IGNORECASE,
)
_SUBJECT_GONE = re.compile(
    r"\s*,?\s*(?:and|e|ed|y|et|und|a|i|en|och|og|oraz|és)\s+(?:[^\W\d_]+\s+){0,2}?"
    r"(?:" + _OUT_OF_USE + r"|no\s+longer|" + _NO_MORE + r"|"
    r"nepoužív\w*|nepouziv\w*|neplat\w*)",
    re.IGNORECASE,
)


def _subject_gone_after(gap: str, after: str) -> bool:
    """A passive replacement whose second clause leaves its subject out ("A è stato
    sostituito da B e non è più in uso", "A was replaced by B and is no longer used", "A byla
    nahrazena adresou B a už neplatí"): the words of removal are about A, the subject, not B."""
    if _last_sentence_end(gap) is not None:
        return False
    if _BY_SECOND.search(gap) and (verb := _REPLACING_AFTER_WORD.match(after)) is not None:
        return _SUBJECT_GONE.match(after, verb.end()) is not None  # "A wurde durch B ersetzt und …"
    return _PASSIVE_BY.search(gap) is not None and _SUBJECT_GONE.match(after) is not None


def _before_second(adjective: str) -> re.Pattern[str]:
    """A verb of replacing between two addresses with ``adjective`` ("new"/"old") before the
    second."""
    return re.compile(
        rf"(?<!\w){_REPLACING_VERB}(?:[\s,]+[^\W\d_]+){{0,3}}?[\s,]+"
        rf"(?:l['’])?{adjective}(?!\w)(?:\s+[^\W\d_]+){{0,2}}\s*$",
        re.IGNORECASE,
    )


# A replacement between two addresses read from the words "new"/"old" before the second,
# whichever way the sentence runs (a verb alone does not say which replaces which).
_NEW_BEFORE_SECOND = _before_second(
    # the second called new: "A z něj nahradil nový B" (Czech names the subject after the
    # verb), "A was superseded by the new B"
    r"(?:nov(?:[áéýyaoiu]|ého|ému|ém|ou|ým|ých)|new|neu(?:e[nmrs]?)?|"
    r"now(?:[aeyi]|ego|ym|ych)|nuev[oa]s?|nouvel(?:le)?|nouveau|nuov[oa])"
)
_OLD_BEFORE_SECOND = _before_second(
    # "nový A nahradil starý B", "the new A replaces the old B": the second is withdrawn
    r"(?:star(?:[áéýyaoiu]|ého|ému|ém|ou|ým|ých|ego|ym)|old|alt(?:e[nmrs]?)?|"
    r"ancien(?:ne)?|vecchi[oa]|antigu[oa])"
)
_INSTEAD_AFTER = re.compile(
    r"^[\s,]*(?:instead(?!\s+of)|in\s+(?:its|their)\s+place|stattdessen|statt\s+dessen|"
    r"an\s+(?:seiner|ihrer|dessen|deren)\s+Stelle|(?:na)?m[íi]sto\s+(?:toho|něj|nej|ní|ni)|"
    r"(?:na)?miesto\s+(?:toho|neho|nej)|zamiast\s+(?:tego|niego|niej)|à\s+la\s+place|"
    r"au\s+lieu\s+de\s+cela|invece|al\s+suo\s+posto|en\s+su\s+lugar)(?!\w)",
    re.IGNORECASE,
)
""""Instead" right after an address ("A is in the form - please use B instead", "A je ve
formuláři, použijte B místo něj"): B replaces the address before it in its sentence."""
_INSTEAD_BEFORE = re.compile(_INSTEAD_AFTER.pattern.replace("^[\\s,]*", r"\b", 1), re.IGNORECASE)
_STOPS = re.compile(r"[.,;:!?()]")


def _instead_before(gap: str) -> bool:
    """"A je moc. Zapište místo něj jen B", "We listed A. Please register in its place B":
    a word of replacing pointing back ("místo něj", "in its place", "stattdessen") in the
    clause that leads the next address withdraws the address before it."""
    found = _INSTEAD_BEFORE.search(gap)
    return (
        found is not None
        and _STOPS.search(gap, found.end()) is None
        and bool(_STOPS.search(gap, 0, found.start()) or _WORD.search(gap, 0, found.start()))
    )
_ADDRESS_WORDS = re.compile(
    r"\b(?:ip\w*|adres\w*|address\w*|server\w*|povol\w*|allow\w*|regist\w*|whitelist\w*|"
    r"rozsah\w*|blok\w*|range\w*|subnet\w*|síť\w*|network|host\w*|přístup\w*|access|feed|xml|"
    r"prevádzk\w*|provoz\w*|stroj\w*|počítač\w*|machine|stanic\w*|zdroj\w*|source)\b",
    re.IGNORECASE,
)
_BOTH_JOIN = re.compile(
    r"^\W*(?:\w+\s+)?(?:i|a|and|&|\+|as\s+well\s+as|aj|plus|und|ale\s+i)\s+(?:\w+\s+)?$|"
    # "not only for testing but also for the live service", "nicht nur … sondern auch …"
    r"^\W*(?:\w+\s+)?(?:but|ale|aber|sondern|mais|ma|sino|maar)\s+(?:also|také|taky|též|aj|"
    r"auch|aussi|anche|también|ook|także|też)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


_NOT_YET = re.compile(
    r"\b(?:nemá\w*|nebude\w*|nepoužív\w*|nepotřeb\w*|zatím|not|no|don'?t|without|bez|yet)\b",
    re.IGNORECASE,
)


def _both_roles(text: str) -> bool:
    """The text gives one address both uses, joined by "and" ("ostrý i testovací provoz",
    "live and test"), not one use each in turn ("respectively")."""
    text = _neutralised(text)
    p, t = _PROD_CUES.search(text), _TEST_CUES.search(text)
    if p is None or t is None or _ORDERED.search(text):
        return False
    first, second = (p, t) if p.start() < t.start() else (t, p)
    if _NOT_YET.search(text[second.start() :]):
        return False  # "ostrý provoz a testovací zatím nemáme"
    between = text[first.end() : second.start()]
    return bool(_BOTH_JOIN.match(between) or _SAME_AS.search(between))


_SAME_AS = re.compile(
    # the lookahead of the words' first letters only makes the search quick
    r"(?=[irst])\b(?:stejn\w*|shodn\w*|tut[éo]ž|tutez|tot[ée]ž|totez|rovnak\w*|t[áúoeiy]\w{0,2}\s+ist\w*|"
    r"the\s+same|same|identick\w*|identical)\b",
    re.IGNORECASE,
)
"""Between two uses: the same addresses serve both ("pro test stejné adresy jako pro ostrý
provoz", "test: same as production")."""


def _ticked_both(ctx: _Context, line: str, cells: list[str]) -> bool:
    """A row of a table with yes/no columns per use where both uses are ticked."""
    assert ctx.columns is not None
    if not cells and ctx.col_starts is not None:
        cells = _SPACED.split(line.strip())
    ticked = {
        ctx.columns[i]
        for i, c in enumerate(cells)
        if i < len(ctx.columns) and ctx.columns[i] and _YES.match(c)
    }
    return len(ticked) == 2


_ALSO = re.compile(
    r"^\s*[(,–-]?\s*(?:\w+\s+)?(?:i|aj|také|taky|rovněž|tiež|also|too|as\s+well)\s+"
    r"(?:\w+\s+)?(?:pro\s+|pre\s+|for\s+|na\s+)?(\w+)",
    re.IGNORECASE,
)


def _also_the_other(after: str, role: Role | None) -> bool:
    """"Produkční IP: A (bude i testovací)": right after the address, "also" with the
    other use: the address serves both."""
    m = _ALSO.match(after)
    return m is not None and role is not None and _cue(m.group(1)) not in (None, role)


def _gives_both(layout: _Layout, n: int, idx: int) -> bool:
    """An address written alone with both uses, or followed by both in parentheses."""
    if n == 1:
        return _both_roles(layout.lead + " " + layout.gaps[1])
    paren = _PAREN.match(layout.gaps[idx + 1])
    return paren is not None and _both_roles(paren.group(1))


def _unplaced(line: str, m: re.Match[str]) -> bool:
    """An address-like token after a product name in a sentence that says nothing about
    addresses ("all nodes run FeedBridge 3.10.2.7"): a version, not taken (the field is
    flagged)."""
    if _TABLE_ROW.search(line):
        return False  # a table row
    before = _SENTENCE_START.split(line[: m.start()])[-1]
    after = _SENTENCE_END.split(line[m.end() :], maxsplit=1)[0]
    sentence = before + " " + after
    if len(_WORD.findall(sentence)) < 3 or _cue(sentence) is not None:
        return False  # a list item or a label, not a sentence
    named = _PRODUCT.search(before) or _SOFTWARE.search(before)
    return named is not None and not _ADDRESS_WORDS.search(sentence)


_SOFTWARE = re.compile(
    r"\b(?:klient\w*|client|aplikac\w*|program\w*|skript\w*|script|nástroj\w*|nastroj\w*|"
    r"tool|stahovač\w*|stahovac\w*|downloader|importér\w*|importer|fetcher)\s+"
    r"(?!(?:na|z|ze|s|se|v|ve|do|od|k|ke|from|on|at|to|pro|pre|for|with|je|is)\s)[\w.-]+\s$",
    re.IGNORECASE,
)
"""A program named right before the token ("klientem volby-fetch 2.4.1.7"): its version."""


_POINT_FIRST = (
    r"první|prvn[íi]|prvá|prvý|prvé|first|the\s+former|former|erste\w*|premi(?:er|ère)|primo|"
    r"la\s+prima|primer[oa]?|primeir[oa]|primul|pierwsz\w*|eerste|első|"
    # "the former" in the other languages the corpus has (Dutch, Nordic, Finnish, Estonian,
    # Baltic, Hungarian, Romanian, South Slavic, Cyrillic, Greek, Turkish, Icelandic)
    r"eerstgenoemde|eerstgenoemd|(?:den|det)\s+förra|förstnämnd[ae]?|førstnævnte|førstnevnte|"
    r"ensimmäi\w*|edellinen|esimene|pirm(?:asis|oji|ais|ā)|előbbi|cel\s+dintâi|prv(?:i|o)|"
    r"перв(?:ый|ая|ое|ого)|перш(?:ий|а|е|ого)|първи(?:ят|я)?|първата|први|прва|"
    r"πρώτ(?:ος|η|ο)|ilki|birincisi|(?:sá|sú|það)\s+fyrri|fyrrnefnd\w*|"
    # Maltese, Irish and Vietnamese ("l-ewwel", "an chéad cheann", "địa chỉ đầu tiên")
    r"ewwel|an\s+ch[ée]ad(?:\s+cheann)?|đầu\s+tiên|dau\s+tien|thứ\s+nhất|thu\s+nhat"
)
_POINT_SECOND = (
    r"druh[áéýí]|second|zweite\w*|deuxième|secondo|la\s+seconda|segund[oa]|drug[iaą]|tweede|"
    r"második|al\s+doilea|a\s+doua|(?:den|det)\s+andra|den\s+anden|den\s+andre|toinen|teine|"
    r"antr(?:asis|oji)|otr(?:ais|ā)|втор(?:ой|ая|ое|ият|ия|ата|и)|друг(?:ий|а|ого)|други|друга|"
    r"δε[υύ]τερ(?:ος|η|ο)|ikincisi|tieni|an\s+dara(?:\s+ceann)?|thứ\s+hai|thu\s+hai"
)
_POINT_LAST = (
    r"posledn\w*|last|the\s+latter|latter|letzte\w*|derni(?:er|ère)|ultim[oa]|últim[oa]|"
    r"ostatni\w*|laatste|utolsó|laatstgenoemde|laatstgenoemd|(?:den|det)\s+senare|"
    r"sistnämnd[ae]?|sidstnævnte|sistnevnte|jälkimmäi\w*|viimane|pastar(?:asis|oji)|"
    r"pēdēj(?:ais|ā)|utóbbi|(?:acesta|aceasta|cel|cea)\s+din\s+urmă|ultimul|potonji|"
    r"potonja|slednj(?:i|a)|posljednj(?:i|a)|последн(?:ий|яя|ее|ият|ия|ата)|останн(?:ій|я|є)|"
    r"последњи|потоњи|τελευτα[ίι](?:ος|α|ο)|sonuncusu|(?:sá|sú|það)\s+síðari|síðarnefnd\w*"
)
_POINTER = re.compile(
    rf"(?<!\w)(?:(?P<first>{_POINT_FIRST})|(?P<second>{_POINT_SECOND})|"
    r"(?P<third>třetí|treti|tretia|tretí|third|dritte\w*|troisième|terz[oa]|"
    r"tercer[oa]?|trzeci\w*|derde|harmadik)|"
    rf"(?P<last>{_POINT_LAST}))(?!\w)"
    # the words up to the next pointer: "první je produkční, druhá testovací" names two
    rf"(?P<rest>(?:(?!(?<!\w)(?:{_POINT_FIRST}|{_POINT_SECOND}|{_POINT_LAST}|třetí|tretia|third|"
    r"dritte)(?!\w))[^.;·]){0,40})",
    re.IGNORECASE,
)
_POINTED_ELSEWHERE = re.compile(
    # an ordinal counting rounds, stages or time, not the addresses ("první kolo voleb",
    # "the first round of testing", "die erste Runde", "v prvním týdnu")
    r"^\s*(?:kol[oaeu]|kole|round|runde|tour|vuelta|turno|týd\w*|tyd\w*|week|woche|fáz\w*|"
    r"faz\w*|phase|stage|etap\w*|krok\w*|step|část\w*|cast\w*|part|teil|den|dni|day|tag|"
    r"měsíc\w*|month|monat|rok\w*|year|jahr|polovin\w*|half|hälfte|time|mal|verz\w*|version|"
    r"termín\w*|date|datum|vln\w*|wave|welle)\b|"
    # an ordinal counting runs of an event, a noun of its own with no machine's noun after it
    # ("the first test on 24.9.", "první testování proběhne", "der erste Testlauf", "first
    # production run"): it points at no address ("the first test server" still does)
    r"^\s*(?:(?:production|produkčn\w*|ostr\w*|produktiv\w*)\s+)?"
    r"(?:test(?:s|ing|ování|ovani|ovanie|u|y|em|ech|lauf\w*|durchlauf\w*)?|zkoušk\w*|zkousk\w*|"
    r"skúšk\w*|skusk\w*|pokus\w*|attempt\w*|trial\w*|run|runs|spuštění|spusteni|spustenie|"
    r"nasazení|nasazeni|deployment|launch|import\w*|download\w*|stažení|stazeni|fetch)\b"
    r"(?!\s*(?:server\w*|serveru|machine\w*|host\w*|instance\w*|box\w*|adres\w*|address\w*|"
    r"IP|stroj\w*|one|VM|node|prostředí|prostredi|environment|"
    # the machine's noun in the other languages ("test sunucusu", "testipalvelin")
    r"sunucu\w*|palvelin\w*|szerver\w*|gép\w*|сервер\w*|сървър\w*|διακομιστ\w*|"
    r"strežnik\w*|poslužitelj\w*|maskin\w*|servidor\w*|serveur\w*|macchina|máquina|"
    r"rechner\w*|serwer\w*|þjón\w*)\b)",
    re.IGNORECASE,
)


def _pointed(after: str, n: int) -> dict[int, Role]:
    """"A a B. Ta druhá je jen pro testy." / "The latter is our test box.": after a line's
    addresses, an ordinal pointing at one of them with a use (never certain)."""
    if n < 2 or not _POINTER.search(after):
        return {}
    out: dict[int, Role] = {}
    for m in _POINTER.finditer(after):
        if _POINTED_ELSEWHERE.match(m.group("rest")):
            continue
        role = _cue(m.group("rest"))
        if m.group("first"):
            which = 0
        elif m.group("second"):
            which = 1
        elif m.group("third"):
            which = 2
        else:
            which = n - 1
        if role is not None and which < n:
            out[which] = role
    return out


def _exclusions(ctx: _Context, layout: _Layout, n: int) -> list[bool]:
    """Which of a line's ``n`` addresses are withdrawn: marked for removal (``_excluded``),
    corrected by the next one ("A – oprava, správně B"), or in a list whose removal is
    stated after it ("A a B již nepoužíváme")."""
    out = [_excluded(ctx, layout, i) for i in range(n)]
    if ":" in layout.lead and _UNNEEDED_LABEL.search(layout.lead):
        # "Not needed: A, B. Test: C": the label's list, up to its sentence's end
        for i in range(n):
            if i and _last_sentence_end(layout.gaps[i]) is not None:
                break
            out[i] = True
    cell = layout.lead.strip(" |\t;")
    if ctx.columns and len(cell) <= 30 and _OLD_HEADER.match(cell) and not _KEPT_HEADING.search(cell):
        return [True] * n  # "Původní | A | B" under "Stav | Produkce | Test": the old row
    if ":" in layout.lead and _OLD_LABEL.search(layout.lead) and not _KEPT_HEADING.search(layout.lead):
        # "Bisherige Produktion: A", "Stará produkční IP: A": the old one of the use, up to
        # the next label or sentence
        for i in range(n):
            if i and (":" in layout.gaps[i] or _last_sentence_end(layout.gaps[i]) is not None):
                break
            out[i] = True
    for i in range(n - 1):
        gap = layout.gaps[i + 1]
        fix = _CORRECTION.search(gap)
        if fix and any(_USE_SET_RIGHT.match(gap, f.end()) for f in _CORRECTION.finditer(gap)):
            fix = None  # "A should be production and B test": A's use set right, not A
        if fix and _PLACE_NAMED.search(gap, fix.end()):
            continue  # "A1, A2, T, oprava - ta první má být B": the place named is corrected
        if fix and _octet_fixes(gap, fix.end()):
            fix = None  # "A, pardon .9, a záložní B": the last octet is what sets A right
        changes = fix or _SELF_CORRECTED.match(gap) or (_changes(gap) and not _NAT.search(gap))
        if not out[i + 1] and changes:  # "A -> B" is a change, "A -> NAT -> B" a translation
            out[i] = True
        elif _CHANGED_TO.match(layout.gaps[i + 1]) and _CHANGED_FROM.search(layout.heads[i]):
            out[i] = True
        elif not out[i + 1] and _NEW_BEFORE_SECOND.search(gap):
            out[i] = True
        elif not out[i + 1] and _replaced_by_second(gap, layout.gaps[i + 2]):
            out[i] = True
        elif out[i + 1] and _subject_gone_after(gap, layout.gaps[i + 2]):
            out[i], out[i + 1] = True, False
        elif _OLD_BEFORE_SECOND.search(gap):
            out[i + 1] = True
        elif (
            not out[i + 1]
            and _INSTEAD_AFTER.match(layout.gaps[i + 2])
            and not _CONNECTOR.match(gap)  # "new A and B instead": one list replacing others
            and _last_sentence_end(gap) is None
        ):
            out[i] = True
        elif not out[i + 1] and _instead_before(gap):
            out[i] = True
        elif not out[i + 1] and _only_new_one(gap, layout.gaps[i + 2]):
            out[i] = True
    for i in range(n - 1):
        if out[i] and not out[i + 1] and _dropped_pair(layout, i):
            out[i + 1] = True  # "Vyřadili jsme A a B", "we removed A and B": both dropped
    for i in range(n - 2, -1, -1):
        if out[i + 1] and _CONNECTOR.match(layout.gaps[i + 1]) and _EXCLUDE_AFTER.match(
            layout.gaps[i + 2]
        ) and not _own_note(layout.gaps[i + 2]):
            out[i] = True
    for i in range(n):
        if not out[i] and _no_server_after(layout.gaps[i + 1]):
            out[i] = True  # "A je tiskárna", "A is not a server": no address asked for
        elif not out[i] and _old_and_gone_note(layout.gaps[i + 1]):
            out[i] = True  # "A (starý server, nepoužívat)": that one address is left out
    if n == 1 and not out[0] and _CELL_SEP.search(layout.gaps[1]):
        out[0] = _noted_gone(layout.gaps[1])
    return _withdrawn_by_next_sentence(layout, out)


def _octet_fixes(gap: str, start: int) -> bool:
    """After a word of correction at ``start`` of the gap between two addresses, a last octet
    written alone that no denial comes right before ("A, pardon .9, a záložní B"; not "A –
    pardon, ne .55 ale B"): the correction gives that octet, not the next address."""
    o = _OCTET.search(gap, start)
    return o is not None and not (
        _NOT_BEFORE.search(gap, 0, o.start()) or _DENIED_BEFORE.search(gap, 0, o.start())
    )


_USE_IS = re.compile(
    r"(?:[,;–—]|\s(?:a|and|und|i|et|e|y|oraz|en|és|och|og))\s+((?:(?:the|die|der|das|le|la|el|il|"
    r"ta|ten)\s+|l['’]|dell['’])?[^\W\d_]+(?:[\s-]+[^\W\d_]+){0,2}?\s+"
    r"(?:(?:now|nyní|nyni|teď|ted|jetzt|nun|teraz|ahora|ora|adesso|nu)\s+)?(?:je|jest|is|ist|est|es|è|bude|będzie|"
    r"will\s+be|wird|lautet)(?:\s+(?:now|nov[ěe]|nyní|nyni|teď|ted|jetzt|nun|teraz|désormais|"
    r"ahora|ora|adesso))?\s*:?\s*)$",
    re.IGNORECASE,
)
_NEW_USE = re.compile(
    # "…, nowy adres testowy: B", "… und die neue Test-IP ist B", "… a nová testovací je B"
    r"(?:[,;–—.]|\s(?:a|and|und|i|oraz))\s+((?:(?:the|its|our|die|der|das|la|el|le|il)\s+)?"
    r"(?:nov[áéýoaeyí]\w*|new|neue?[nrs]?|nouv\w*|nuev\w*|nuov\w*|now[aeyi]\w*)\s+"
    r"[^\W\d_]+(?:[\s-]+[^\W\d_]+){0,2}?\s*(?:(?:je|jest|is|ist|est|es|bude|będzie|lautet)\s*)?:?\s*)$",
    re.IGNORECASE,
)
"""A clause after a connector naming the next address's use with a verb of being ("… a test
je B", "… and the test one is B", "… und Test ist B"): a word of removal before it is the
clause before's."""


def _dropped_pair(layout: _Layout, i: int) -> bool:
    """Address ``i`` is dropped by a verb of dropping right before it in its clause, and the
    next one follows it after a bare "and" or comma and ends the line or its clause: the verb
    drops both ("Vyřadili jsme A a B, zbylo pět", "We removed A and B from the list")."""
    if not _CONNECTOR.match(layout.gaps[i + 1]) or layout.gaps[i + 1].strip() in ("", "/", "+"):
        return False
    clause = re.split(r"[.!?;:]\s+", layout.gaps[i])[-1]
    if not (_EXCLUDE.search(clause) or _DROP_VERB.search(clause)):
        return False  # (not "please ignore A and B": a request declined says so elsewhere)
    if _NEW_ONE.search(clause) or _NEW_BEFORE_SECOND.search(clause):
        return False
    after = layout.gaps[i + 2]
    return not _NEW_WORD_AFTER.match(after) and not _ADDED.search(_sentence_head(after))


_DROP_VERB = re.compile(r"\b(?:" + _DROP + r")\b", re.IGNORECASE)
_NEW_WORD_AFTER = re.compile(
    r"^\W*(?:nov\w*|new|neu\w*|now[aeyi]\w*|nouv\w*|nuev\w*|nuov\w*|új\w*|jako\s+nov\w*|as\s+new)\b",
    re.IGNORECASE,
)


_BRACKET_NOTE = re.compile(r"^\s*\(([^()\n]{1,60})\)")


def _old_and_gone_note(after: str) -> bool:
    """A bracketed note right after an address that calls it the old one and, in a part of
    its own, out of use ("(starý server, nepoužívat)", "(old box, do not use)", "(alter
    Server, bitte nicht verwenden)"), and speaks of no more than that address."""
    note = _BRACKET_NOTE.match(after)
    if note is None or "," not in note.group(1) and ";" not in note.group(1):
        return False
    first, *rest = re.split(r"[,;]", note.group(1))
    return (
        _OLD_NOTE.match(first + ",") is not None
        and not _PLURAL_NOTE.search(note.group(1))
        and any(
            _EXCLUDE_AFTER.match(" " + part) or _GONE.search(part) or _NOTE_DONT_USE.search(part)
            for part in rest
        )
    )


_NOTE_DONT_USE = re.compile(
    # "do not use" in a note's own part, French, Polish, Italian, Spanish, Hungarian, German:
    # "ne plus utiliser", "nie używać", "non usare", "no usar", "ne használja", "nicht nutzen"
    r"\b(?:ne\s+(?:plus|pas)\s+utiliser|n'est\s+plus\s+utilis\w*|hors\s+service|"
    r"nie\s+u[żz]ywa\w*|nieu[żz]ywan\w*|non\s+(?:pi[uù]\s+)?(?:usare|utilizzare|in\s+uso)|fuori\s+servizio|"
    r"no\s+(?:usar|utilizar)|fuera\s+de\s+servicio|en\s+desuso|ne\s+haszn[áa]l\w*|nem\s+haszn[áa]l\w*|"
    r"nicht\s+(?:mehr\s+)?(?:verwenden|benutzen|nutzen|in\s+betrieb))",
    re.IGNORECASE,
)
_PLURAL_NOTE = re.compile(
    # a quantifier over the list or a verb in the plural: "(obě vypnuté)", "(both inactive)",
    # "(beide außer Betrieb)", "(nepoužívají se)", "(are off)", "(sind abgeschaltet)"
    r"\b(?:ob[aěe]|obidv\w*|oboj\w*|v[šs]echn\w*|v[šs]etk\w*|both|all|each|beide\w*|alle\w*|"
    r"obie|obydw\w*|wszystk\w*|mindk[eé]t\w*|mind\b|les\s+deux|tou(?:s|tes)|entramb\w*|"
    r"tutt[ie]|ambos|ambas|tod[oa]s|jsou|js[uo]|s[úu]|are|were|sind|waren|s[oą]|sont|sono|son|"
    r"est[aá]n|nepou[žz][íi]vaj[íi]|nepou[žz][íi]vaj[úu]|neplat[íi]|nejsou|nie\s+s[aą])\b",
    re.IGNORECASE,
)


_BARE_STATE = re.compile(
    # a bare word of state closing the line after the last address, its number not told:
    # "A, B – neaktivní", "A, B inactive", "A, B außer Betrieb"
    r"^\s*[–—-]?\s*(?:neaktivn\w*|neaktívn\w*|inactive|inaktiv\w*|inaktív\w*|nieaktywn\w*|"
    r"inattiv[oaie]|inactiv[oa]s?|vypnut\w*|switched\s+off|out\s+of\s+(?:use|service)|"
    r"außer\s+Betrieb|ausser\s+Betrieb|mimo\s+provoz)\s*[.;]?\s*$",
    re.IGNORECASE,
)


def _own_note(after: str) -> bool:
    """A note in brackets right after the last of several addresses ("A, B (neaktivní)",
    "A, B (inactive)", "A, B (außer Betrieb)") is that address's own unless it speaks of
    more than one ("(obě vypnuté)", "(both inactive)", "(nepoužívají se)"); a bare word of
    state closing the line ("A, B – neaktivní") may be either's: the others stay, never
    certain (``_note_scope_doubt``)."""
    note = _BRACKET_NOTE.match(after)
    if note is None:
        return bool(_BARE_STATE.match(after.split("\n", 1)[0]))
    # the words of removal are the note's own, not the clause's after it ("A a B (naše
    # Wi-Fi) prosím nepovolujte" takes both)
    return (
        not _PLURAL_NOTE.search(note.group(1))
        and _EXCLUDE_AFTER.match(" " + note.group(1)) is not None
        and _EXCLUDE_AFTER.match(after[note.end() :]) is None
    )


def old_one_noted(after: str) -> bool:
    """A bracketed note right after an address calling it the old one or out of use ("A
    (starý server, nepoužívat)", "A (old box, do not use)", "A (alter Server)"): the
    address may be withdrawn, whatever the removal rule read (the caller flags it)."""
    note = _BRACKET_NOTE.match(after)
    if note is None:
        return False
    text = note.group(1)
    return bool(_OLD_ONE_BEFORE.search(text) or _EXCLUDE_AFTER.match(" " + text))


_OFFICE_HEADING = re.compile(
    r"\bserver\w*\s+(?:ČSÚ|CSU|ČSU|CZSO|(?:of\s+|des\s+)?(?:the\s+)?(?:office|agency|CZSO|ČSÚ)|"
    r"úřadu|uradu)\b|"
    r"\b(?:ČSÚ|CSU|CZSO)(?:'s)?\s+(?:\w+\s+)?server|"
    r"\b(?:váš|vaš|your|ihr|votre|vos|vostr|vuestr|uw|wasz)\w*\s+(?:[^\W\d_]+\s+)?"
    r"(?:server|serveur|servidor|rechner|szerver|serwer)",
    re.IGNORECASE,
)
"""A heading or a table's header naming the office's own servers ("Server ČSÚ | IP",
"přístup k těmto serverům ČSÚ:", "Your feed servers:")."""
_FROM_WORD = re.compile(
    # (not before a relative pronoun: "Servery ČSÚ, ze kterých budeme stahovat:", "from which
    # we download" - the servers themselves)
    r"\b(?:z|ze|zo|from|von|aus|de|desde|da|van|från|fra|od|z\s+adres\w*)\b"
    r"(?!\s+(?:kter\w*|ktor\w*|jejichž|nichž|nich|which|whom|denen|welche\w*|których|ktorych|"
    r"lesquels|lesquelles|quoi|los\s+que|las\s+que|cuales|quali|cui)\b)",
    re.IGNORECASE,
)


def _office_heading(line: str) -> bool:
    """A heading naming the office's servers, not the applicant's addresses for reaching
    them ("Adresy pro přístup k serveru ČSÚ", "přístup k serveru ČSÚ z těchto adres:")."""
    hit = _OFFICE_HEADING.search(line)
    return (
        hit is not None
        and not _FROM_WORD.search(line)
        and not _ADDRESS_WORD.search(line, 0, hit.start())
    )


_ROW_ADDRESS = re.compile(_V4 + r"|[0-9A-Fa-f]{1,4}::?[0-9A-Fa-f]{0,4}:")


_ACCESS_WORD = re.compile(
    r"\b(?:přístup\w*|pristup\w*|prístup\w*|access\w*|zugang\w*|zugriff\w*|dostęp\w*|dostep\w*|"
    r"accès|acces|acceso|accesso|hozzáférés\w*|toegang|åtkomst|žádost\w*|zadost\w*|žiadosť|"
    r"ziadost\w*|request\w*|antrag\w*|wniosek\w*|demande|solicitud|richiesta)\b",
    re.IGNORECASE,
)
"""Words of asking for access ("Žádost o přístup k XML serveru ČSÚ"): a heading of the
application itself, its rows the applicant's addresses for reaching the office's server."""


def rows_under_doubtful_heading(lines: Sequence[str], *, servers_only: bool = False) -> dict[int, Reason]:
    """The rows of addresses (indexes into ``lines``) right under a heading that calls them
    old ("Loňské adresy (2025, již neplatí):" over a table, with no blank line before the
    next table under "Adresy pro letošní volby:") or names the office's servers ("Server
    ČSÚ | IP"): an address kept there may be someone else's or withdrawn, never certain.
    A blank line or another line of words ends the heading's reach; a table's header row
    does not. ``servers_only``: a heading asking for access to the office's server
    ("Žádost o přístup k XML serveru ČSÚ") heads no rows of the office's servers."""
    out: dict[int, Reason] = {}
    state: Reason | None = None
    for i, line in enumerate(lines):
        if _ROW_ADDRESS.search(line):
            if state is not None:
                out[i] = state
            continue
        if not line.strip() or _is_sentence(line) or len(line) > _HEADING_MAX:
            state = None
        elif _office_heading(line):
            state = None if servers_only and _ACCESS_WORD.search(line) else Reason.OTHER_HOST
        elif _gone_heading(line) and not _NEW_LIST.search(line):
            state = Reason.WITHDRAWN
        elif not (state is not None and _header_row(line)):
            state = None
    return out


def _note_scope_doubt(layout: _Layout, excluded: list[bool], idx: int, gone: bool) -> Reason | None:
    """An address kept in a list whose last address a bracketed note after it withdraws:
    whether the note was about that one only is read from its number, so never certain."""
    n = len(excluded)
    if gone or n < 2 or idx >= n - 1 or excluded[idx] or not excluded[-1]:
        return None
    if not all(_CONNECTOR.match(layout.gaps[k]) for k in range(idx + 1, n)):
        return None
    note = layout.gaps[n]
    if _own_note(note) and _EXCLUDE_AFTER.match(note) and _cue(note.split(")", 1)[0]) is None:
        return Reason.WITHDRAWN  # (a note naming its use, "(testovací server je vypnutý)", is its own)
    return None


def _line_exclusions(ctx: _Context, layout: _Layout, line: str, n: int) -> list[bool]:
    """``_exclusions``, and a table row whose column of being active says no
    ("198.51.100.7 | produkce | ne" under "aktivní") takes all of its addresses out."""
    if ctx.off_col is not None and _inactive_row(line, ctx.off_col):
        return [True] * n
    return _exclusions(ctx, layout, n)


_SELF_CORRECTED = re.compile(
    r"^\s*[,;–—-]\s*(?:vlastně|vlastne|właściwie|wlasciwie|actually|or\s+rather|rather|"
    r"eigentlich|vielmehr|besser\s+gesagt|spíš[e]?|spis[e]?|lépe\s+řečeno|lepšie\s+povedané|"
    r"en\s+fait|plutôt|anzi|in\s+realtà|o\s+mejor\s+dicho|en\s+realidad|valójában)"
    r"\s*[:,]?\s*$",
    re.IGNORECASE,
)
"""Between two addresses, a word of "actually" after a dash or comma and nothing else ("test
A – vlastně B", "A, actually B", "A – eigentlich B"): the writer sets the first right, the
second replaces it ("A, vlastně i B" adds one: the word is not the gap's last)."""


_NEW_WORDS = r"nov\w*|new|neu\w*|now[aeyi]\w*|nouv\w*|nuev\w*|nuov\w*|új\w*|uj[ae]\w*"
_NEW_JUST_BEFORE = re.compile(rf"\b(?:{_NEW_WORDS})(?:\s+[^\W\d_]+){{0,2}}\s*:?\s*$", re.IGNORECASE)
_ONLY_NEW_AFTER = re.compile(
    r"^(?:[^.!?;\n]|\.(?=\d)){0,80}?\b(?:jen|jenom|pouze|výhradně|iba|len|only|just|nur|"
    r"lediglich|tylko|wyłącznie|csak|seulement|uniquement|solo|sólo|soltanto|apenas|alleen)"
    r"\s+(?:(?:ten|tu|to|tento|tuto|the|den|die|das|tę|az|le|la|el|il|o|a|de|het)\s+)?"
    rf"(?:{_NEW_WORDS})\b",
    re.IGNORECASE,
)


def _only_new_one(gap: str, after: str) -> bool:
    """"… z dočasného A, od října z nového B – registrujte prosím jen ten nový", "… the new B,
    so please register only the new one": the second address called new, then in its
    sentence an instruction to take only the new one - the first is withdrawn."""
    return bool(_NEW_JUST_BEFORE.search(gap) and _ONLY_NEW_AFTER.match(after))


_CELL_SEP = re.compile(r"\s*[;|\t]\s*")
_USE_SET_RIGHT = re.compile(
    rf"\s*(?:[^\W\d_]+\s+){{0,2}}?(?:{_PROD_CUES.pattern}|{_TEST_CUES.pattern})\s*(?:,|;|{_AND})\s*$",
    re.IGNORECASE,
)
"""After the word of correction between two addresses, a use and a conjunction ("A should be
production and B test", "A je správně testovací a B ostrá"): the first address's use is set
right, the first address is not replaced by the second."""


def _noted_gone(after: str) -> bool:
    """A later cell of the address's table row (a CSV line, a pipe or tab table) says it is
    cancelled or out of use ("192.0.2.150;produkce;zrušeno - nepoužívat", "| retired |"):
    the row's address is withdrawn."""
    cells = _CELL_SEP.split(after)[1:]
    return any(
        (_GONE.search(c) or _OLD_NOTE.match(c)) and not _use_gone(c) for c in cells if c.strip()
    )


_OLD_NOTE = re.compile(
    r"^\W*(?:" + OLD_WORDS + r")(?:\s+(?:IP\s*)?(?:adres\w*|adries\w*|address\w*|IP|server\w*|"
    r"serwer\w*|stroj\w*|host|machine|box|rechner|servidor|serveur)?)?\s*(?:[,;.(/–-]|$)",
    re.IGNORECASE,
)
"""A note cell calling the row's address old or out of use by itself ("stará adresa",
"old (inactive)", "neaktivní", "stary adres, nieużywany"), not a note saying more of it
("starý server nahrazen tímto")."""


def _use_gone(cell: str) -> bool:
    """A clause after a semicolon that names a use as the thing out of use ("A až B; staging
    is no longer in use"): it says there is none of that use, it is no cell of the row."""
    return len(cell.split()) >= 3 and _sole_use(cell) is not None


_BACK_REF = re.compile(
    r"^\W*(?:(?:all|and|a|i|ale|but|however|avšak|však)\s+)?(?:(?:they|it|the\s+old\s+ones?|"
    r"obě|obe|oba|obidve|obe\s+dve)\b|"
    # a word that may also be a determiner ("This year …", "Tento rok …") points back only
    # when a verb or an adverb follows it, not a noun
    r"(?:this|these|those|both|ty|tyto|tyhle|ta|tato|tahle|ten|tento|tie|tieto|tá|táto)\s+"
    r"(?:is|are|was|were|has|have|had|will|won'?t|should|must|can|už|uz|již|jiz|je|jsou|sú|su|"
    r"byla?|byly|bola|boli|prosím|prosim|please|ne\w+|nie\w*|not|jsme|sme|we)\b)",
    re.IGNORECASE,
)
"""A sentence opening with a word that points back at what the sentence before named."""
_BACK_NAMED = re.compile(
    r"\b(?:(?:those|these|both|the\s+old|ty|tyto|tyhle|obě|obe|tie|tieto|obidve)\s+"
    r"(?:addresses|IPs|servers|machines|boxes|adres\w*|adries|IP\s*adres\w*|IP\s*adries|"
    r"server\w*|stroj\w*)|"
    # one address pointed back at by a demonstrative and a word for it: "That machine has
    # been decommissioned", "Ten stroj už nepoužíváme", "Táto adresa už neplatí", "Dieser
    # Server ist abgeschaltet"
    r"(?:that|this|ten|tento|tenhle|tamten|ta|tato|tahle|tá|táto|tu|tuto|tuhle|toto|tohle|"
    r"dieser|diese|dieses|jene[rs]?)\s+(?:address|IP|server|machine|box|host|computer|"
    r"adres[aue]|IP\s*adres[aue]|adries|stroj|počítač|pocitac|server|rechner|maschine))\b",
    re.IGNORECASE,
)
"""Inside a sentence: the addresses the sentence before named ("… and those addresses are no
longer in use"), or the one address it named ("That machine has been decommissioned")."""
_GONE = re.compile(
    r"\b(?:" + _DONT_PUT + r"|no\s+longer|not\s+(?:in\s+use|valid|used)|gone|obsolete|"
    r"decommission\w*|retired|removed|disabled|" + _NO_MORE + r"|"
    r"už\s+nie\w*|uz\s+nie\w*|neplat\w*|nepoužív\w*|nepouziv\w*|nepovol\w*|nepovoľ\w*|"
    r"zruš\w*|zrus\w*|vyřa[dď]\w*|vyrad\w*|odebr\w*|odeber\w*|odstra\w*|smaž\w*|vymaž\w*|"
    r"(?:do\s+not|don'?t)\s+(?:allow|whitelist|use)|" + _OUT_OF_USE + r")\b",
    re.IGNORECASE,
)


_SUBCLAUSE = re.compile(
    r"[,;–(]|\s(?:which|that|who|který|která|které|kterou|ktorý|ktorá|ktoré|replac\w*|"
    r"nahra\w*|místo|misto|namísto|namiesto|instead|than|než|jako|as)\s",
    re.IGNORECASE,
)


def _withdrawn_by_next_sentence(layout: _Layout, out: list[bool]) -> list[bool]:
    """"V seznamu máte A a B. Tyto adresy prosím vyřaďte." / "… A and B. Those addresses are
    no longer in use": the sentence after an address's own that points back at it and says it
    is gone or not to be allowed withdraws it and the list it closes."""
    n = len(out)
    for i in range(n):
        end = _SENTENCE_END.search(layout.gaps[i + 1])
        if out[i] or end is None:
            continue
        nxt = _SENTENCE_END.split(layout.gaps[i + 1][end.end() :], maxsplit=1)[0]
        # only the main clause: "It replaces the box that is no longer in use" withdraws none
        named = _BACK_NAMED.search(nxt)
        head = nxt[named.start() :] if named else nxt if _BACK_REF.match(nxt) else ""
        if not (head and _GONE.search(_SUBCLAUSE.split(head, maxsplit=1)[0])):
            continue
        j = i
        while j >= 0 and not out[j]:
            out[j] = True
            if not j or not _CONNECTOR.match(layout.gaps[j]):
                break
            j -= 1
    return out


def _read_ip_line(
    ctx: _Context, lineno: int, line: str, items: list[tuple[re.Match[str], _Item]]
) -> tuple[list[Mention], _Context]:
    """The mentions on a line with addresses, and the context for the lines after it (a
    role named before the addresses carries on). ``Mention.certain``: the role comes from
    structure (``_strong``), not from the wording of a sentence."""
    layout = _layout(line, [m for m, _ in items])
    cells = _cells_under(line, ctx.columns) if ctx.columns else []
    ordered = None if ctx.columns else (
        _ordered_roles(line, items) or _paired_roles(ctx, layout, len(items))
    )
    by_address = None if ctx.columns or ordered else _order_of_addresses(line, items, layout)
    if by_address is not None and len(by_address) == len(items):
        ordered = list(by_address)
    elif by_address is not None:
        return _split_in_order(lineno, items, by_address, _exclusions(ctx, layout, len(items))), ctx
    out: list[Mention] = []
    prev: Role | None = None
    prev_strong: bool | None = None
    excluded = _line_exclusions(ctx, layout, line, len(items))
    past = _in_the_past(layout, len(items))
    pointed = {} if ordered is not None or ctx.columns else _pointed(layout.gaps[-1], len(items))
    if pointed:
        # the words after the pointer describe the address it points at, not the others
        cut = items[-1][0].end() + _POINTER.search(layout.gaps[-1]).start()  # type: ignore[union-attr]
        layout = _layout(line[:cut], [m for m, _ in items])
    for idx, (m, (addrs, count, is_block, span)) in enumerate(items):
        role: Role | None
        if ordered is not None and ordered[idx] is not None:
            role, strong = ordered[idx], False
        else:
            role = _role(ctx, layout, idx, prev, (line, cells, m.start()))
            same = prev is not None and role is prev and prev_strong
            strong = _strong(ctx, layout, idx, role, True if same else None)
            if strong and not ctx.columns and _apart(layout, idx) and not excluded[idx - 1]:
                strong = False  # "Live: A; katsekeskkond B": B's words name no use we know
            if idx in pointed and (role is None or not strong):
                # "A a B. Ta druhá je jen pro testy.": its use, not the next address's
                prev, prev_strong = role, strong
                role, strong = pointed[idx], False
        gone = excluded[idx] or (not ctx.columns and _unplaced(line, m))
        text = m.group(0).strip()
        both = (
            _gives_both(layout, len(items), idx)
            or bool(ctx.columns and _ticked_both(ctx, line, cells))
            or _also_the_other(layout.gaps[idx + 1], role)
        )
        if ordered is None and not gone and both:
            for r in Role:
                out.append(Mention(addrs, count, r, False, lineno, text, is_block, False, span))
        else:
            doubt = Reason.PAST if past[idx] else _note_scope_doubt(layout, excluded, idx, gone)
            strong = strong and doubt is not Reason.WITHDRAWN  # "A, B (neaktivní)": A, unsure
            if doubt is None:
                doubt = _placement_doubt(ctx, layout, cells, excluded, idx, role)
                strong = strong and doubt is not Reason.LAYOUT
            out.append(
                Mention(addrs, count, role, strong, lineno, text, is_block, gone, span, doubt)
            )
        if idx not in pointed:
            prev, prev_strong = role, strong
    if not ctx.columns and not layout.trailing and layout.lead_cue is not None and prev:
        ctx = _ctx_with(
            ctx,
            role=prev,
            weak=len(layout.lead.strip()) > 30,
            carried=True,
            both=_names_both(layout.lead),
            pair=None,
        )
    if not ctx.columns and (opened := _opened_use(layout.gaps[-1])) is not None:
        ctx = _ctx_with(
            ctx, role=opened[0], weak=not opened[1], carried=False, both=False, pair=None
        )
    return out, ctx


def _placement_doubt(
    ctx: _Context, layout: _Layout, cells: list[str], excluded: list[bool], idx: int, role: Role | None
) -> Reason | None:
    """Why the ``idx``-th address's place on its line leaves its use unsure: a ragged row under
    a table's header (LAYOUT, the use given is not sure), a column headed by a word the rules do
    not know beside a named use (UNKNOWN_COLUMN), another server named before it (OTHER_HOST),
    an address apart from the group before it (UNPLACED); None when nothing does."""
    if role is not None:
        return Reason.LAYOUT if _ragged(ctx, cells, layout, idx) else None
    if (ctx.columns and ctx.lone) or (not ctx.columns and _unknown_label(ctx, layout, idx)):
        return Reason.UNKNOWN_COLUMN  # "Test | Framleiðsla": not the named use's
    if _ANOTHER_SERVER.search(layout.heads[idx]):
        return Reason.OTHER_HOST  # "náš web běží na A, XML stahujeme z B"
    if not ctx.columns and _apart(layout, idx) and not excluded[idx - 1]:
        return Reason.UNPLACED  # "z A a B a z adresy uji coba C": another group
    return None


_STARTS_WITH_ADDRESS = re.compile(r"^\s*(?:(?:\d{1,3}\.){3}\d|[0-9A-Fa-f]{1,4}:[0-9A-Fa-f:]*:)")


_OPEN_BRACKET = re.compile(r"\(")


def _wrapped_use(
    line: str, items: list[tuple[re.Match[str], _Item]], following: str
) -> tuple[int, Role] | None:
    """A clause naming a use opened after a comma or conjunction at the end of ``line`` while
    ``following`` begins with an address ("…na A, k testování použijeme" / "B."): where the
    clause starts and its use, which leads the next line and not the address before it."""
    if not _STARTS_WITH_ADDRESS.match(following):
        return None
    end = items[-1][0].end()
    tail = line[end:]
    cut = _LAST_CONNECTOR.search(tail)
    if "(" in tail and ")" not in tail[(opened := tail.rindex("(")) :]:
        # "z adresy A (testovací přístup z" / "B);": a bracket left open at the line's end
        cut = _OPEN_BRACKET.search(tail, opened) if cut is None or cut.start() < opened else cut
    if cut is None or tail.rstrip()[-1:] in (".", "!", "?", ")", ":"):
        return None
    role = _cue(tail[cut.end() :])
    return None if role is None or _cue(tail[: cut.start()]) else (end + cut.start(), role)


_CLAUSE_BREAK = re.compile(r";\s*")


def _opened_use(after: str) -> tuple[Role, bool] | None:
    """The use a new sentence or clause after a line's last address names while left open at
    the line's end ("… 1.2.3.5. Testovací adresa:", "…; test address is"): it leads the
    addresses of the next line. With it, whether it is a label (ends in a colon); a label
    right after the last address ("A, B Test:") opens the next line too."""
    if _LABEL_OPENS.match(after) and (role := _cue(after)) is not None:
        return None if _both_roles(after) else (role, True)
    end = _last_sentence_end(after)
    clause = _CLAUSE_BREAK.search(after) if end is None else end
    if clause is None:
        return None
    tail = after[clause.end() :].strip(" \t|")
    if not tail or tail[-1] in ".!?)" or _both_roles(tail):
        return None
    role = _cue(tail)
    return None if role is None else (role, tail.endswith(":"))


_NOT_AN_ADDRESS = re.compile(
    # a version, firmware, release, revision or build in any inflection and language
    # ("s firmwarem", "firmvér", "Firmwarestand", "w wersji", "versione", "softwareversie",
    # "patch level", "sestavení"), perhaps with a linking word ("firmware je …")
    r"\b(?:verz\w*|\w*versi(?:on|e|one|o|ón)\b|versi\w*|wersj\w*|ver\.|vers\.|wer\.|v\.|"
    # the edition of a form or a template ("šablona 2.4.1.7", "template 1.2.0.3", "Vorlage …")
    r"šablon\w*|sablon\w*|templat\w*|vorlag\w*|plantilla|modello|modèle|wzorzec|szablon\w*|"
    r"reviz\w*|revíz\w*|edition|edice|vydání|vydanie|ausgabe|"
    r"release\w*(?:-\w+)?|rel\.|rev\.|revision|(?:firm|soft)w\w*|firmv\w*|build|sw|oid|policy|politik\w*|"
    r"patch(?:\s*level)?|sestaven\w*|zostaven\w*|"
    # an operating system's kernel: "kernel 6.1.0.25", "jádro 5.15.0.91", "Kernel-Version"
    r"kernel\w*|jádr\w*|jadr\w*)"
    # a number's mark after the word ("verze č. 4.1.2.0", "version no. …", "version n° …")
    r"(?:\s*(?:č\.?|c\.|no\.?|nr\.?|n[°º]|num\.?|number))?"
    r"(?:\s+(?:je|is|ist|jest))?"
    r"\s*[:#=]?\s*v?\s*$|"
    # a serial number, perhaps of a device named after it ("S/N:", "Serial number", "Výrobní
    # číslo routeru:", "Seriennummer des Geräts:", "sériové číslo zariadenia je")
    r"\b(?:serial(?:\s*(?:no\.?|number|#))?|s/n|sn|seriennummer|numer\s+seryjny|"
    r"num[ée]ro\s+de\s+s[ée]rie|(?:sériov|seriov|výrobn|vyrobn)\w*\s+(?:čísl|cisl)\w*)"
    r"(?:\s+(?!(?:ip|adres\w*|address\w*|server\w*|host\w*)\b)[^\W\d_]+){0,3}"
    r"(?:\s+(?:je|is|ist|jest|lautet))?\s*[:#=]?\s*$|"
    # a telephone's label ("Tel.: 221.12.34.56", "Phone", "Mobil", "Téléphone"); not a call
    # the text refers to ("jak jsme se domluvili po telefonu: …", "as agreed on the phone: …",
    # "dle telefonátu: …", "telefonicky:"): a preposition or an article before the word, or a
    # call's or an adverb's ending; the first letters of the labels looked ahead for first, a
    # quick test before the fourteen lookbehinds at every position (``test_branch_prefilters``)
    r"(?=[tpmfgh])(?<!\bpo )(?<!\bby )(?<!\bon )(?<!\bthe )(?<!\bover )(?<!\bper )(?<!\bvia )(?<!\bam )"
    r"(?<!\bpri )(?<!\bpři )(?<!\bcez )(?<!\bpřes )(?<!\bprez )(?<!\bmy )(?<!\bour )"
    r"\b(?:tel\.?|telefon(?!át|at|ick|ic)\w*|phone|mobil\w*|mobile|fax|gsm|t[ée]l[ée]phone|"
    r"tel[ée]fono|handy)"
    r"\s*[:#=]?\s*\+?\s*$|"
    # a cell or line labelled as a version of something named after it ("Verze parseru<tab>",
    # "Version of the client:", "Firmware routeru |"), never of an address or a server
    r"(?:^|[\t|;])\s*(?:verz\w*|versi\w*|version|wersj\w*|(?:firm|soft)w\w*|firmv\w*)"
    r"(?:\s+(?!(?:ip|adres\w*|address\w*|server\w*|serveru|host\w*|stroj\w*)\b)[^\W\d_]+){1,3}"
    r"\s*[:=\t|;]\s*$|"
    # the version of something named between them in a sentence ("verze formuláře 1.4.2.0",
    # "version of the form 1.4.2.0", "wersja formularza 1.4.2.0"), never of an address or a
    # server, nor a preposition leading a use ("verze pro test 192.0.2.1")
    r"\b(?:verz[eiíy]|verzia|verziou|version|versione|versión|wersj[aię])"
    r"(?:\s+(?:of|der|des|du|de|di|del)(?:\s+(?:the|la|le|il))?)?"
    r"(?:\s+(?!(?:ip|adres\w*|address\w*|server\w*|host\w*|stroj\w*|pro|pre|for|na|z|ze|"
    r"on|at|from|für|dla|je|is|ist|jest)\b)[^\W\d_]{3,}){1,2}\s*$|"
    # a numbered part of a text: "section 2.1.3.4", "čl. 4.1.2.3", "§ 3.1.1.2", "Abschnitt …"
    r"(?:\b(?:section|sect\.|clause|paragraph|chapter|článk\w*|článek|čl\.|odst\.|odstav\w*|"
    r"kapitol\w*|abschnitt\w*|kapitel|ziffer|ziff\.|pkt\.|punkt\w*|rozdział\w*|"
    r"ustęp\w*|ust\.|art\.|article|articolo|"
    r"artículo|sezione|sección|hoofdstuk)|§)\s*$|"
    # a software name (joined by "-" or "_") and a version mark: "volby-sync v 4.2.0.11"
    r"\b[^\W\d_]+[-_][\w-]*\w\s+v\.?\s*$|"
    r"\b(?:running|runs|run|běží|beží|spouští|spúšťa|spuštěn\w*|spustený)\s+"
    # not a machine's adjective or pointer ("beží nový 198.51.100.121", "runs the new …")
    r"(?!(?:at|on|from|na|z|ze|v|ve|nov\w*|new\w*|neu\w*|now[yae]\w*|the|our|náš|naš\w*|"
    r"unser\w*|ten|tento|tenhle|"
    # nor a word of "also", "still", "now" ("nyní běží i 198.51.100.11", "still runs …")
    r"i|a|aj|také|take|tiež|tiez|also|too|auch|noch|stále|stale|still|už|uz|již|jiz|nyní|"
    r"nyni|teď|ted|now|jetzt)\b)[\w.-]+\s*$|"
    # a program's label and its name: "klient: volby-stahovac 2.4.1.7", "Software<tab>dl<tab>…"
    r"(?:^|[\t|;]|\b)(?:klient|client(?:\s+app)?|aplik(?:ace|acia|ácia|ation)|app|program|"
    r"software|sw|skript|script|nástroj|nastroj|tool|stahovač|stahovac|downloader|parser|"
    r"reader|agent|importér|importer|fetcher)"
    # the label's separator: a colon, a tab, a bar, or dot leaders ("Klient ....... name")
    r"\s*(?:[:=\t|]|[.…]{2,})[\s.…]*(?!(?:server|stroj|počítač|pocitac|host|ip|adresa|address|machine|node)\b)"
    r"[^\W\d][\w.-]*[\t ]+(?:v\.?\s*)?$|"
    # an item of a list of programs: a program's word and its name ("…, klient feedsync
    # 3.1.2.7", "and the client feedpull 4.0.3.2"), on a line that may speak of a server too
    r"(?:^|[,;(]|\b(?:a|and|the|und|i|oraz|et|e|y)\s)\s*(?:klient\w*|client|aplikac\w*|"
    r"app|program\w*|software|sw|skript\w*|script|nástroj\w*|nastroj\w*|tool|agent)\s+"
    r"(?!(?:na|z|ze|s|se|v|ve|do|od|k|ke|from|on|at|to|pro|pre|for|with|je|is|server|stroj|"
    r"host|ip|adresa|address|machine|node)\s)[^\W\d][\w.-]*\s+(?:v\.?\s*)?$",
    re.IGNORECASE,
)


_NOT_AN_ADDRESS_LOWER = re.compile(grouped(_NOT_AN_ADDRESS.pattern))
"""``_NOT_AN_ADDRESS`` blind to no case, for a text in lower case (as ``_PROD_LOWER``)."""


def _looks_like_address(line: str, m: re.Match[str]) -> bool:
    """Not a version number ("verze 4.12.1.3", "v10.2.0.1 build 7", "FeedReader 2.4.1.9") or
    an OID."""
    if not m.start() and m.end() == len(line):
        return True
    if _CAMEL_PRODUCT.search(line[max(0, m.start() - 80) : m.start()]):
        return False
    if _VERSION_SHAPE.fullmatch(m.group("addr")) and (
        _program_before(line, m.start()) or _among_versions(line, m.start(), m.end())
    ):
        return False
    return not _named_look_alike(line, m.start(), m.end(), m.group("addr"))


def _named_look_alike(line: str, start: int, end: int, token: str) -> bool:
    """The token at ``line[start:end]`` is named as something else than an address: a version
    or an OID by the word before it ("verze", "OID", "running …"), a build after it, a netmask
    after a mask's label ("Maska: 255.255.255.248", which ``find_ips`` applies to the address
    above), or struck through between "~~" marks."""
    before = line[max(0, start - 80) : start]  # the words right before it
    if case_free_search(_NOT_AN_ADDRESS, _NOT_AN_ADDRESS_LOWER, before):
        return True
    if before.endswith(("v", "v ", "V", "V ")) and _version_mark_after_name(before):
        return True
    if _NETMASK_ONLY.fullmatch(token) and _MASK_WORD.search(before):
        return True
    if _example(before) or _EXAMPLE_LEAD.match(line) is not None:
        return True
    if "~~" in before and line.count("~~", 0, start) % 2 and "~~" in line[end:]:
        return True  # struck through as Markdown writes it ("~~198.51.100.100~~ 198.51.100.101")
    if _VERSION_SHAPE.fullmatch(token) and _in_heading(line, start, end):
        return True
    if "ms" in line and _HOP.match(line) or _REPLY_FROM.search(before):
        return True
    if _TOOL_TARGET.search(before):
        return True
    if _date_time(token) and _HOURS_AFTER.match(line, end) is not None:
        return True
    if line[end : end + 13].lower() == ".in-addr.arpa":
        return True  # a reverse-DNS name ("50.100.51.198.in-addr.arpa"): octets reversed
    return _BUILD_AFTER.match(line, end) is not None


_HOURS_AFTER = re.compile(
    # an hour's word right after the token: "9.10.14.30 h", "… hod.", "… Uhr", "… óra", "… godz."
    r"[^\S\n]?(?:h|hod|hodin|hodín|uhr|óra|órakor|godz|hrs?|o'clock)\b",
    re.IGNORECASE,
)


def _date_time(token: str) -> bool:
    """Four numbers a day, a month, an hour and a minute can be ("9.10.14.30")."""
    parts = token.split(".")
    if len(parts) != 4 or not all(p.isdigit() for p in parts):
        return False
    day, month, hour, minute = map(int, parts)
    return 1 <= day <= 31 and 1 <= month <= 12 and hour <= 24 and minute <= 59


def _example(before: str) -> bool:
    """The token is a form's example of how to write an address, not one of the applicant's:
    under an example's label ("Příklad: …", "Example: …", "Beispiel: …"), or after an
    example's mark ("např.", "e.g.", "z. B.", "Bsp.", "np.", "p. ex.", "ex.", "es.", "ej.",
    "pl.", "bijv.", "t.ex.") in a hint - an instruction to
    fill in or a note of the format, or words in brackets ("(Vyplňte IP adresu ve tvaru např.
    …)", "(format e.g. …)"), or right after the format's words in an instruction ("IP adresu
    uveďte ve tvaru …"). A mark in a free sentence ("z adres, např. A a B") may list the
    applicant's own addresses: those stay."""
    if "." not in before and ":" not in before and "=" not in before:
        return False
    if _EXAMPLE_LABEL.search(before):
        return True
    mark = _EXAMPLE_MARK.search(before) or _FORMAT_TAIL.search(before)
    if mark is None:
        return False
    lead = before[: mark.start()]
    opened = lead.rfind("(") > lead.rfind(")")
    return opened or _HINT_WORDS.search(lead) is not None


_EXAMPLE_MARK = re.compile(
    r"(?=[abefnptz])(?<![^\W\d_])(?:např|napr|napříkl\w*|napríkl\w*|e\.\s?g|z\.\s?b|np|bspw|"
    r"beispielsweise|zum\s+beispiel|for\s+(?:example|instance)|par\s+exemple|p\.\s?ex|"
    r"por\s+ejemplo|p\.\s?ej|ad\s+es|per\s+esempio|ad\s+esempio|na\s+przykład|"
    r"na\s+przyklad|például|bijv|bijvoorbeeld|t\.\s?ex|till\s+exempel|f\.\s?eks|"
    r"(?:bsp|ex|es|ej|pl|bv)(?=\.))\.?\s*[:,]?\s*$",
    re.IGNORECASE,
)
"""An example's mark right before a token."""
_FORMAT_TAIL = re.compile(
    r"(?=[aeinuvw])(?<![^\W\d_])(?:ve?\s+tvar[eu]|in\s+the\s+(?:form|format)|im\s+format|"
    r"au\s+format|w\s+formacie|en\s+formato|nel\s+formato|in\s+(?:het\s+)?formaat|"
    r"i\s+formatet)\s*:?\s*$",
    re.IGNORECASE,
)
"""The format's words right before a token ("uveďte ve tvaru 123.45.67.89", "enter in the
form 1.2.3.4"): with an instruction before them, the token shows how to write a value."""
_EXAMPLE_LABEL = re.compile(
    r"(?:^|[(\[\t|;]|[.!?]\s)\s*(?:příklad\w*|priklad\w*|ukázk\w*|ukazk\w*|vzor\w*|"
    r"example|sample|beispiel|muster|exemple|ejemplo|esempio|przykład\w*|przyklad\w*)"
    r"(?:\s+\w+){0,2}\s*[:=]\s*$",
    re.IGNORECASE,
)
"""An example's label right before a token ("Příklad: ", "(vzor zápisu: ", "Example: ")."""
_EXAMPLE_LEAD = re.compile(
    r"^\W*(?:příklad|priklad|príklad|vzor|muster|beispiel|example|sample|exemple|ejemplo|"
    r"esempio|przykład|przyklad|wzór|wzor|minta|példa|voorbeeld|exempel)"
    r"[^\S\t\n]*(?::|\t|\|)",
    re.IGNORECASE,
)
"""A line led by an example's label, its values after it ("Muster: Beispiel GmbH, Server A"),
or a table's row led by a cell of that word alone ("Příklad | 123.45.67.89 | produkční")."""
_HINT_WORDS = re.compile(
    r"\b(?:vypl[nň]\w*|uve[dď]\w*|zadejte|zadajte|napište|napiste|vpište|vpiste|enter|fill|"
    r"specify|provide|geben|tragen|ausfüllen|indiquez|remplir|indique|rellen\w*|podaj|wpisz|"
    r"wypełn\w*|tvar\w*|formát\w*|format\w*|form|notation|zápis\w*|zapis\w*|schreibweise)\b",
    re.IGNORECASE,
)
"""A hint's words: an instruction to fill a value in, or the format it is written in."""


def _in_heading(line: str, start: int, end: int) -> bool:
    """A version-shaped token alone in brackets after a heading in capitals ("ŽÁDOST O
    PŘÍSTUP K VÝSLEDKŮM (2.4.1.7)"): the form's version, no address."""
    before, after = line[:start].rstrip(), line[end:].lstrip()
    if not before.endswith(("(", "[")) or not after.startswith((")", "]")):
        return False
    title = before[:-1]
    letters = [c for c in title if c.isalpha()]
    return len(letters) >= 8 and title.upper() == title and _cue(title) is None


def _version_mark_after_name(before: str) -> bool:
    """A bare "v" between a name and the token ("ParseVote v 10.2.1.7", "Volby3 v 4.0.1.2"):
    a version mark, as "v." is; the name is capitalised or holds a digit, so the Czech and
    Slovak preposition after a common word ("běží v …") and a role or address word
    ("Test v …", "Server v …") are not marks."""
    m = _NAME_V_MARK.search(before)
    if m is None:
        return False
    name = m.group("name")
    if not any(c.isupper() or c.isdigit() for c in name):
        return False
    return not _ADDRESS_WORDS.search(name) and _cue(name) is None


_NAME_V_MARK = re.compile(r"(?<![\w-])(?P<name>[^\W_][\w-]*)\)?\s+[vV]\s*$")
"""A name and a bare version mark "v" right before a token."""


_HOP = re.compile(r"^\s*\d{1,2}\s+(?=.*\d\s*ms\b)")
"""A hop of a trace's output ("  2  192.0.2.1  1.907 ms"): a router on the way, no host of
the applicant's."""
_REPLY_FROM = re.compile(
    r"\b(?:bytes\s+from|reply\s+from|odpověď\s+od|odpoved\s+od|odpoveď\s+od|antwort\s+von|"
    r"réponse\s+de|respuesta\s+desde|odpowiedź\s+z)\s*$",
    re.IGNORECASE,
)
"""A ping's reply line ("64 bytes from 192.0.2.1: …"): the address answering, as a trace's
hops, is read from a tool's output, not named by the applicant."""
_TOOL_TARGET = re.compile(
    r"(?:\b(?:traceroute6?|tracepath|mtr|ping6?)\s+(?:to\s+)?[\w.-]+\s*[(\[]|"
    r"\b(?:tracing\s+route|pinging)\s+(?:to\s+)?[\w.-]+\s*\[|"
    # Windows tracert's and ping's own lines in their localised hands ("Výpis trasy k host [A]",
    # "Routenverfolgung zu host [A]", "Pinging A with 32 bytes", "Ping statistics for A:")
    r"\b(?:výpis\s+trasy\s+k|vypis\s+trasy\s+k|routenverfolgung\s+zu|śledzenie\s+trasy\s+do|"
    r"détermination\s+de\s+l['’]itinéraire\s+vers|traza\s+a\s+la\s+dirección|"
    r"rilevazione\s+instradamento\s+verso)\s+[\w.-]+\s*\[|"
    r"\b(?:pinging|ping\s+wird\s+ausgeführt\s+für|příkaz\s+ping\s+na|envoi\s+d['’]une\s+requête\s+['’]?ping['’]?\s+sur)"
    r"\s+(?:[\w.-]+\s*\[)?|"
    r"\b(?:ping\s+statistics\s+for|ping-statistik\s+für|statistika\s+ping\s+pro|"
    r"statistiques\s+ping\s+pour|statystyka\s+badania\s+ping\s+dla)\s+|"
    r"\b(?:failed\s+to\s+connect|could\s+not\s+connect|unable\s+to\s+connect|connect|connection)\s+to\s+(?:[\w.-]+\s*\(\s*)?|"
    # netcat's command and its report ("nc -vz A 443", "Connection to A 443 port [tcp/https] succeeded!")
    r"(?:^|[$#>]\s*)(?:nc|ncat|netcat)\s+(?:-\w+\s+)*|"
    r"\bconnected\s+to\s+[\w.-]+\s*\(|^\s*\*\s+trying\s+|"
    # ncat's report ("Ncat: Connected to A:443."), PowerShell's Test-NetConnection ("RemoteAddress : A")
    r"\bncat:\s+connected\s+to\s+|^\s*remoteaddress\s*:\s*|^;;\s*server:\s*|\bserver:\s+\S+#\d+\()\s*$",
    re.IGNORECASE,
)
"""A network tool's output naming its target or its resolver ("traceroute to host (A)",
"PING host (A) 56(84) bytes", "Tracing route to host [A]", "curl: (28) Failed to connect to
A port 443", "* Trying A:443...", ";; SERVER: A#53(A)"; Windows: "Pinging A with 32 bytes of
data", "Ping statistics for A:", "Výpis trasy k host [A]"): read from the output, not named by
the applicant as a host of theirs."""


_BUILD_AFTER = re.compile(r"\s*(?:build|beta|rc\d|sp\d)\b", re.IGNORECASE)
"""A build or a pre-release named right after a token: a version."""


_VERSION_SHAPE = re.compile(r"1?[0-9]\.(?:[12]?[0-9]|3[01])\.(?:[12]?[0-9]|3[01])\.(?:[12]?[0-9]|3[01])")
"""Four small numbers, the first below 20 ("2.4.1.0", "3.10.2.7", "10.2.1.7"): how versions are
numbered; a public server's address so shaped is rare (a resolver's "8.8.8.8")."""
_PROGRAM_NAME = re.compile(
    r"(?<![\w.-])[^\W\d_]+(?:[-_][^\W\d_]+)+\s*$|"
    r"\b(?:parser\w*|pars\w*|klient\w*|client|reader|agent|aplikac\w*|app|program\w*|"
    r"software|logiciel\w*|skript\w*|script|nástroj\w*|nastroj\w*|tool|stahovač\w*|stahovac\w*|"
    r"downloader|importér\w*|importer|fetcher|plugin\w*|modul\w*|module|knihovn\w*|"
    r"library|balíč\w*|balik\w*|package)\s+[^\W\d][\w.-]*\s*$",
    re.IGNORECASE,
)
"""A program's name right before a token: letters joined by "-" or "_" ("volby-parser"), or a
word naming software and the name after it ("klient feedpull", "modul xmlfetch")."""


def _program_before(line: str, start: int) -> bool:
    """A version-shaped token in a stretch about software, not about a server or network:
    a program named right before it (in parentheses too: "parser (volby-parser 2.4.1.0)"), or
    a clause about a program or its version with no address's or server's word before the
    token ("the current release of feedgrab is 4.1.0.2"); after a preposition only when it
    is paired with another version ("aktualizovali z 2.3.1.9 na 2.4.0.0"). Never after a
    use's word ("Pre-prod 3.12.5.20", "produkce 3.12.5.20")."""
    before = line[max(0, start - 100) : start]
    sentence = _SENTENCE_START.split(before)[-1]
    # the clause of the token, after any address written in it ("na serveri A beží B 2.0.3.1")
    part = _VERSION_CLAUSE.split(sentence)[-1]
    clause = _AN_ADDRESS.split(part)[-1]
    if _ADDRESS_WORDS.search(_names_out(clause)) or _cue(clause) is not None:
        return False  # a server's word or a use before it ("Pre-prod 3.12.5.20")
    if _PROGRAM_NAME.search(clause):
        return True
    if not _SOFTWARE_WORD.search(part) or _ADDRESS_WORDS.search(_names_out(sentence)):
        return False
    return not _PREPOSITION_END.search(clause) or _VERSION_PAIR.search(
        line[max(0, start - 30) : start + 40]
    ) is not None


_ITEM_NAME = re.compile(r"(?:^|[(\[,;/])\s*(?P<name>[^\W\d_][\w+-]*(?:\s+[^\W\d_][\w+-]*)?)\s+v?\.?\s*$")
"""A list item's name right before the token ("(Debian 12.7, kernel 6.1.0.25")."""
_VERSION_ITEM = re.compile(
    r"^\s*[^\W\d_][\w+-]*(?:\s+[^\W\d_][\w+-]*)?\s+v?\.?\s*\d{1,4}(?:\.\d{1,4}){1,2}"
    r"(?:[-+~]\w+)?\s*\)?\s*$"
)
"""A list item naming a program and a version of two or three numbers ("curl 8.5.0")."""
_ITEM_SEP = re.compile(r"[,;]")


def _among_versions(line: str, start: int, end: int) -> bool:
    """A version-shaped token as an item of a list of programs and their versions ("(Debian
    12.7, kernel 6.1.0.25, curl 8.5.0)", "PHP 8.2.1, Apache 2.4.5.7"): a name right before it
    (no use's or address's word) and another item of its list a name with a version no address
    could be."""
    before = line[max(0, start - 60) : start]
    item = _ITEM_NAME.search(before)
    if item is None or _ADDRESS_WORDS.search(item["name"]) or _cue(item["name"]) is not None:
        return False
    opened = before.rfind("(")
    lo = opened + 1 if opened > before.rfind(")") else len(before) - len(
        _SENTENCE_START.split(before)[-1]
    )
    tail = line[end : end + 60]
    closed = tail.find(")") if opened > before.rfind(")") else -1
    hi = closed if closed >= 0 else len(_sentence_head(tail))
    items = _ITEM_SEP.split(before[lo : item.start() + 1]) + _ITEM_SEP.split(tail[:hi])[1:]
    if any(_AN_ADDRESS.search(i) for i in items):
        return False  # a list of machines too ("web 10.1.2.3, Debian 12.7, db 10.1.2.4")
    return any(_VERSION_ITEM.match(i) for i in items)


def _names_out(text: str) -> str:
    """``text`` without the names joined by "-" that hold no machine's or address's word:
    the data a program handles, named in its name ("volby-xml", "xml-stream", "feed-sync"),
    is no address's word; "IP-adresa", "web-server", "backup-host" still are."""
    if "-" not in text:
        return text
    return _JOINED_NAME.sub(lambda m: m[0] if _MACHINE_WORD.search(m[0]) else "_", text)


_JOINED_NAME = re.compile(r"\w+(?:-\w+)+")
_MACHINE_WORD = re.compile(
    r"\b(?:ip\w*|adres\w*|address\w*|server\w*|host\w*|stroj\w*|počítač\w*|pocitac\w*|"
    r"machine|stanic\w*|síť\w*|sit|network|subnet\w*|rozsah\w*|blok\w*|range\w*|node\w*|"
    r"uzel\w*|vm|box)\b",
    re.IGNORECASE,
)
"""A word of a machine or of an address, naming one even inside a joined name."""
_VERSION_CLAUSE = re.compile(r"[,;(]")
_AN_ADDRESS = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f]*:[0-9a-f:]*:[0-9a-f]*", re.IGNORECASE)
_SOFTWARE_WORD = re.compile(
    r"\b(?:parser\w*|reader|aplikac\w*|program\w*|software|logiciel\w*|"
    r"skript\w*|script|nástroj\w*|nastroj\w*|tool|stahovač\w*|stahovac\w*|downloader|"
    r"importér\w*|importer|fetcher|plugin\w*|modul\w*|module|knihovn\w*|library|package|"
    r"verz\w*|version\w*|versi\w*|release\w*|firmw\w*|aktualiz\w*|update\w*|upgrad\w*)\b",
    re.IGNORECASE,
)
"""A word of software or of its versions."""
_PREPOSITION_END = re.compile(
    r"\b(?:z|ze|zo|od|na|do|v|ve|from|to|on|at|von|auf|aus|vom)\s*$", re.IGNORECASE
)
_VERSION_PAIR = re.compile(
    r"\b(?:z|ze|zo|od|from|von|vom)\s+[0-9](?:\.\d{1,2}){3}\s+(?:na|do|to|auf|->|→)\s+"
    r"[0-9](?:\.\d{1,2}){3}(?![\d.]\d)",
    re.IGNORECASE,
)
"""An upgrade from one version to another ("z 2.3.1.9 na 2.4.0.0", "from 1.2.0.0 to …")."""


_CAMEL_PRODUCT = re.compile(r"\b(?!(?:GmbH|SpA|ApS|SrL|SaS)\b)[A-Z][a-z]+[A-Z][A-Za-z]*\s$")
"""A product named in CamelCase right before the token ("FeedReader 2.4.1.9"): a version;
not a legal form written so ("Alpenbote Verlag GmbH<tab>A": a firm's row of a table)."""
_MASK_WORD = re.compile(
    rf"\b{_MASK_LABEL}\s*[:=]?\s*$",
    re.IGNORECASE,
)
_NETMASK_ONLY = re.compile(_NETMASK)
_MASK_LINE = re.compile(
    rf"^\s*(?:[-*•]\s*)?{_MASK_LABEL}\s*"
    rf"[:=]?\s*(?P<mask>{_NETMASK})\s*$",
    re.IGNORECASE,
)


_STARTS_WITH_MASK = re.compile(rf"^\s*(?:{_NETMASK})")


def _masks_joined(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """"… síť 192.0.2.200 s maskou" / "255.255.255.252 – tu povolte": a mask that a line
    break parts from its word (a wrapped sentence) is read on the word's line."""
    out: list[tuple[int, str]] = []
    skip = False
    for i, (lineno, line) in enumerate(lines):
        if skip:
            skip = False
            continue
        nxt = lines[i + 1][1] if i + 1 < len(lines) else ""
        if _MASK_WORD.search(line) and _STARTS_WITH_MASK.match(nxt):
            out.append((lineno, f"{line.rstrip()} {nxt.lstrip()}"))
            skip = True
        else:
            out.append((lineno, line))
    return out


def _with_mask(mentions: list[Mention], lineno: int, line: str) -> bool:
    """"IP: 198.51.100.8" / "Maska: 255.255.255.248": the mask on its own line makes the one
    address above it a block (in place); False when the line is no such mask."""
    found = _MASK_LINE.match(line)
    column = False
    if found is None and "   " in line:
        # a text in columns ("06300341 Horní nám. 2    maska 255.255.255.254"): the mask in
        # the last column, below the address in it, the other columns giving no address
        *others, last = _COLUMN_GAP.split(line.strip())
        column = bool(others) and not any(_MAYBE_ADDRESS.search(c) for c in others)
        found = _MASK_LINE.match(last) if column else None
    if found is None or not mentions:
        return False
    last = mentions[-1]
    single = len(last.addresses) == 1 and last.addresses[0].version == 4
    if last.is_block or not single or last.line < lineno - 2:
        return True  # a mask with nothing to apply it to: not an address either
    net = ipaddress.IPv4Network(f"{last.addresses[0]}/{found.group('mask')}", strict=False)
    addrs, n = _expand(net.network_address, net.broadcast_address)
    mentions[-1] = dataclasses.replace(
        last,
        addresses=addrs,
        count=n,
        is_block=n > 1,
        span=(net.network_address, net.broadcast_address) if n > 1 else None,
        text=f"{last.text}/{found.group('mask')}",
    )
    if column:  # which column's address the mask is below is a reading of the layout
        mentions[-1] = dataclasses.replace(mentions[-1], certain=False, doubt=Reason.LAYOUT)
    return True


_COLUMN_GAP = re.compile(r"\s{3,}")


_MAYBE_ADDRESS = re.compile(r"\d\.\d|[0-9A-Fa-f]?:[0-9A-Fa-f:]")
"""What every IPv4 (a digit, a dot, a digit) or IPv6 address (a colon among hex digits)
contains: lines without it skip the costly item pattern."""


_SHORT_TAIL = re.compile(r"(?<=[\s,;:])\.(\d{1,3})(?!\d|\.\d)")


def _items(
    line: str, maybe: bool | None = None, strays: list[str] | None = None
) -> list[tuple[re.Match[str], _Item]]:
    """The address items of a line (``maybe``: whether ``_MAYBE_ADDRESS`` finds anything in
    it, when the caller knows); an address-like token set aside as a look-alike that its
    words do not name (a version after a product's name) goes to ``strays``."""
    if maybe is None:
        maybe = _MAYBE_ADDRESS.search(line) is not None
    out: list[tuple[re.Match[str], _Item]] = []
    for m in _ITEM.finditer(line) if maybe else ():
        if line.endswith("://", 0, m.start()) and _url_without_use(line[: m.start()], line[m.end() :]):
            continue  # a web page's address ("http://A/status je náš monitoring"): no item
        m = _octet_said_no_server(line, m)
        if (r := _item(m)) is None:
            continue
        if _looks_like_address(line, m):
            out.append((m, r))
        elif strays is not None and not _named_look_alike(line, m.start(), m.end(), m.group("addr")):
            strays.append(m.group("addr"))
    return _masks_applied(line, out) if "255." in line else out


def _octet_said_no_server(line: str, m: re.Match[str]) -> re.Match[str]:
    """"test 192.0.2.45 - .44 to nasza drukarka", "A, .44 is our NAS": a last octet written
    alone after the address that the words after it call no server names an address written
    before, not the item's range end or tail: the item is the address alone."""
    short = m.group("tails") or (m.group("end") or "").startswith(".")
    if not short or not _no_server_after(line[m.end() :]):
        return m
    return _ITEM.match(line, m.start(), m.end("addr")) or m


def _masks_applied(
    line: str, items: list[tuple[re.Match[str], _Item]]
) -> list[tuple[re.Match[str], _Item]]:
    """A netmask is never an address: one right after a single IPv4 address on its line, apart
    from it by a cell's border, a comma or a mask's label only ("192.0.2.52 | 255.255.255.252",
    "10.1.2.0; maska 255.255.255.0"), makes that address its block; any other is dropped."""
    out: list[tuple[re.Match[str], _Item]] = []
    for m, r in items:
        if not _NETMASK_ONLY.fullmatch(m.group(0).strip()):
            out.append((m, r))
            continue
        if not out:
            continue
        pm, (addrs, _, block, _) = out[-1]
        if block or len(addrs) != 1 or addrs[0].version != 4:
            continue
        if not _MASK_GAP.fullmatch(line[pm.end() : m.start()]):
            continue
        net = ipaddress.IPv4Network(f"{addrs[0]}/{m.group(0).strip()}", strict=False)
        full, n = _expand(net.network_address, net.broadcast_address)
        span = (net.network_address, net.broadcast_address) if n > 1 else None
        out[-1] = (pm, (full, n, n > 1, span))
    return out


_MASK_GAP = re.compile(
    rf"[\s|;,/\t(]*(?:{_MASK_LABEL}\s*[:=]?\s*)?",
    re.IGNORECASE,
)


def _with_role_tails(line: str, items: list[tuple[re.Match[str], _Item]]) -> str | None:
    """"ostré 1.1.1.101, .102, testovací .110": a last octet after a role word, left over
    after the items, written in full with the previous IPv4 address's first three octets
    (None: the line has no such tail)."""
    last = items[-1][0]
    if not _V4_FULL.fullmatch(last.group("addr")):
        return None
    start = last.end()
    # the first tail after a role word: one before it without a use is another note ("A
    # (starý .11 už nepoužíváme), test zůstává .19": the withdrawn octet, read elsewhere)
    for tail in _SHORT_TAIL.finditer(line, last.end()):
        if int(tail.group(1)) > 255:
            return None
        gap = line[start : tail.start()]
        if _cue(gap) is not None or (start == last.end() and _RESPECTIVE_JOIN.fullmatch(gap)):
            # "A resp. .51 na test": the octet after a "respectively" word is the next use's
            prefix = last.group("addr").rsplit(".", 1)[0]
            return f"{line[: tail.start()]}{prefix}.{tail.group(1)}{line[tail.end() :]}"
        start = tail.end()
    if (test := _TEST_OCTET.match(line, last.end())) is not None and int(test.group(1)) <= 255:
        # "203.0.113.17 a 18 (test 19)": a bracket right after the list names the test
        # address by its last octet
        prefix = last.group("addr").rsplit(".", 1)[0]
        return f"{line[: test.start(1)]}{prefix}.{test.group(1)}{line[test.end(1) :]}"
    return None


_V4_FULL = re.compile(_V4)
_TEST_OCTET = re.compile(r"[ \t]*\(\s*(?:test\w*|tst)\s*[:=]?\s*(\d{1,3})\s*\)", re.IGNORECASE)
"""A bracket naming a test address by its last octet alone ("(test 19)", "(Test: 92)")."""


_BRACKET_RANGE = re.compile(r"\b((?:\d{1,3}\.){3})\[(\d{1,3})\s*[-–]\s*(\d{1,3})\]")
_WILDCARD_HINT = re.compile(r"\d\.(?:[xX]{1,3}|\*)(?![\w.]\w)")
_WILDCARD = re.compile(
    r"\b(?P<pre>(?:\d{1,3}\.){3})(?:[xX]{1,3}|\*)(?![\w.]\w)"
    # the words naming the last number: "last octet", "koncovka", "x = ", "(* je"
    r"(?P<mid>[^\n\d]{0,40}?(?:\b(?:konc\w*|konec|posledn\w*|last|end\w*|letzte\w*|octet\w*|"
    r"oktet\w*)\b|[(,]?\s*(?:[xX]{1,3}|\*)\s*(?:=|:|je|is|jsou|are))[^\n\d]{0,20}?)"
    r"(?P<a>\d{1,3})(?:\s*(?:-|–|—|až|az|to|through|do|bis)\s*(?P<b>\d{1,3}))?(?![\d.]*\d)",
    re.IGNORECASE,
)
"""A network written with a wildcard and its last numbers named after it ("203.0.113.x,
last octet 20-22", "198.51.100.* (* = 5)"): the addresses written out."""


def _wildcard(m: re.Match[str]) -> str:
    b = f"-{m.group('b')}" if m.group("b") else ""
    return f"{m.group('pre')}{m.group('a')}{b}"


_RANGE_PAIRS: dict[str, frozenset[str]] = {
    # the words opening a range written in words, each with the words its language closes
    # it with ("od … do", "from … to", "von … bis", "de … à", "da … a", "desde … hasta")
    "od": frozenset({"do", "až", "az", "až do", "az do", "až po", "az po", "po"}),
    "from": frozenset({"to", "through", "thru", "till", "until", "up to"}),
    "between": frozenset({"and"}),
    "von": frozenset({"bis"}),
    "zwischen": frozenset({"und"}),
    "de": frozenset({"à", "a", "jusqu'à", "hasta", "até"}),
    "entre": frozenset({"et", "y", "e"}),
    "da": frozenset({"a", "al", "all'", "alla", "fino a", "fino al", "fino all'"}),
    "tra": frozenset({"e"}),
    "fra": frozenset({"e"}),
    "desde": frozenset({"hasta", "a", "al", "até"}),
    "van": frozenset({"tot", "t/m", "tot en met"}),
    # Portuguese "do A ao B" (de + o), Romanian "de la A până la B"
    "do": frozenset({"ao", "até"}),
    "de la": frozenset({"pana la", "la"}),
    # the first and the last address named as such, in any language ("počínaje A a konče B",
    # "starting with A, ending with B", "beginnend mit A und endend mit B")
    "start": frozenset({"end"}),
}
_RANGE_NOUN = (
    r"(?:(?:the|der|la|le|el|il|o)\s+)?(?:ip[- ]?)?(?:adres[aeuy]?|address|adresse|indirizzo|"
    r"direcci[oó]n|endere[cç]o|adresu)\s*"
)
_RANGE_START = (
    r"počínaj(?:e|íc)|pocinaj(?:e|ic)|počnúc|pocnuc|začínaj(?:e|íc)(?:\s+od)?|"
    r"zacinaj(?:e|ic)(?:\s+od)?|(?:za|po)czynaj[aą]c\s+od|(?:starting|beginning)\s+(?:with|at|from)|"
    r"(?:beginnend|angefangen|anfangend)\s+(?:mit|bei|von)|commen[cç]ant\s+(?:par|à)|"
    r"(?:empezando|comenzando)\s+(?:por|en|con)|(?:a\s+)?cominciando\s+da"
)
_RANGE_END = (
    r"(?:(?:a|and|und|i|et|y|e|och|og)\s+)?(?:konč(?:e|íc|iac)|konc(?:e|ic|iac)|"
    r"kończ[aą]c\s+na|ending\s+(?:with|at|in)|(?:endend|aufhörend)\s+(?:mit|bei)|"
    r"finissant\s+(?:par|à)|terminando\s+(?:en|con|por|a))"
)
_WORDED_RANGE = re.compile(
    rf"(?=[ofbvzdetpsac])(?<![^\W\d_])(?P<open>od|from|between|von|zwischen|de\s+la|de|do|entre|"
    rf"dal(?:l['’]|la)?|da|tra|fra|desde|van(?:af)?|{_RANGE_START})(?:\s+|(?<=['’]))"
    rf"(?:{_RANGE_NOUN}|l['’]\s?{_RANGE_NOUN})?"
    rf"(?P<first>{_V4}|{_V6}(?<=[0-9A-Fa-f]))(?:\s+|,\s*)(?P<close>{_RANGE_END}|(?:až|az)(?:\s+(?:do|po))?|"
    rf"p[âa]n[ăa]\s+la|ao|la|"
    rf"fino\s+(?:a|al|all['’])|"
    rf"jusqu['’]\s?à|up\s+to|tot\s+en\s+met|t/m|all['’]|alla|al|do|po|to|through|thru|till|"
    rf"until|and|bis|und|à|a|et|y|e|hasta|até|tot)(?:\s+|(?<=['’]))"
    rf"(?:{_RANGE_NOUN}|l['’]\s?{_RANGE_NOUN})?"
    rf"(?P<end>{_V4}(?![\d.]\d)|{_V6}(?<=[0-9A-Fa-f])(?![\w:])|\.\d{{1,3}}(?![\d.]\d|\d)|\d{{1,3}}(?=\s*(?:[,;)]|$|\.(?:\s|$))))",
    re.IGNORECASE,
)
"""A range written in words ("od A do B", "from A through .13", "dall'indirizzo A
all'indirizzo B", "von A bis 13"): the opening word and the closing word of one language,
perhaps with the noun "address" after each, the last octet repeated or not."""


_SUFFIXED_RANGE = re.compile(
    # the lookahead only makes the search quick: a digit before the first suffix
    rf"(?=\d)(?<![\d.])(?P<first>{_V4})\s*-?\s*t[óoő]l\s+(?:az?\s+)?"
    rf"(?P<end>{_V4}|\.?\d{{1,3}})\s*-?\s*ig(?![^\W\d_])",
    re.IGNORECASE,
)
"""A range written with Hungarian suffixes ("198.51.100.30-tól 198.51.100.32-ig", "A-től
.32-ig"): the first address takes "-tól/-től", the last "-ig"."""


def _suffixed_range(m: re.Match[str]) -> str:
    """The range ``m`` in the dash form ("A-B") when it rises by at most 256 addresses."""
    first, end = m.group("first"), m.group("end")
    full = end if "." in end.lstrip(".") else first.rsplit(".", 1)[0] + "." + end.lstrip(".")
    a, b = parse_address(first), parse_address(full)
    if a is None or b is None or not 0 < int(b) - int(a) < 256:
        return m.group(0)
    return f"{first}-{full}"


_EXCEPT_WORD = (
    r"kromě|krome|okrem|mimo|except(?:\s+for)?|excluding|excl\.|außer|ausser|ausgenommen|"
    r"utom|förutom|forutom|oprócz|oprocz|z\s+wyjątkiem|z\s+wyjatkiem|sauf|excepté|excepte|"
    r"hormis|tranne|eccetto|escluso|esclusa|excepto|salvo|menos|behalve|uitgezonderd|kivéve|"
    r"kiveve"
)
_CLOSING_WORD = (
    # a range's closing word written without its opening one ("A bis .14", "A to .14", "A až
    # .14"); never "a", "and", "und", "et": those join two addresses
    r"bis|to|through|thru|till|until|(?:až|az)(?:\s+(?:do|po))?|do|jusqu['’]\s?à|hasta|"
    r"tot(?:\s+en\s+met)?|t/m|fino\s+a"
)
_EXCEPT_HINT = re.compile(
    # the lookahead only makes the search quick: the first letter of an exception word
    rf"(?=[abefhkmostuz])(?<![^\W\d_])(?:{_EXCEPT_WORD})(?![^\W\d_])",
    re.IGNORECASE,
)
"""An exception word ("außer", "except", "kromě") anywhere in a line: the gate of a range
written with its closing word only ("A bis .14 (außer .12)")."""
_EXCEPTED_ITEM = rf"(?:{_V4}|\.\d{{1,3}})(?![\d.]*\d)(?:\s*\([^()\n]{{0,60}}\))?"
_EXCEPTED = re.compile(
    # the lookahead only makes the search quick: a digit opens the block
    rf"(?=\d)(?<![\d.])(?P<base>{_V4})(?:/(?P<prefix>\d{{1,2}})|(?:\s*[-–]\s*|\s+(?:{_CLOSING_WORD})\s+)"
    rf"(?P<end>{_V4}|\.\d{{1,3}}))"
    rf"(?![\d.]*\d)\s*(?P<open>[,;(]?)\s*(?:(?:ale|but|aber|mais|ma|pero|men|maar)\s+)?"
    rf"(?:{_EXCEPT_WORD})(?![^\W\d_])\s*:?\s*"
    rf"(?P<items>{_EXCEPTED_ITEM}(?:\s*(?:,|;|\b(?:a|and|und|i|et|e|y|és|och|og|oraz|as\s+well\s+as)\b)"
    rf"\s*{_EXCEPTED_ITEM})*)(?:(?P<tail>\s*[-–,:;]\s*[^()\n]{{0,80}}?)(?=\)))?(?P<close>\)?)",
    re.IGNORECASE,
)
"""A block or a range and the addresses it leaves out ("203.0.113.4/30 okrem .7",
"198.51.100.8/29 kromě .8 (síť), .9 (brána) a .15", "…10-.14 außer .12", "/30 except
192.0.2.16"): written out as the list of the addresses left."""
_EXCEPTED_ONE = re.compile(rf"{_V4}|\.\d{{1,3}}")


def _excepted(m: re.Match[str]) -> str:
    """The block ``m`` less its exceptions as a list of addresses, when the block is at most
    sixteen addresses and every exception lies in it; else ``m`` as written."""
    base = m.group("base")
    first, last = _block_ends(base, m.group("prefix"), m.group("end"))
    if first is None or last is None or not 0 < last - first < 16:
        return m.group(0)
    stem = base.rsplit(".", 1)[0]
    out: set[int] = set()
    for one in _EXCEPTED_ONE.findall(m.group("items")):
        addr = parse_address(stem + one if one.startswith(".") else one)
        if addr is None or not first <= int(addr) <= last:
            return m.group(0)
        out.add(int(addr))
    left = [str(ipaddress.IPv4Address(i)) for i in range(first, last + 1) if i not in out]
    if not left:
        return m.group(0)
    if m.group("open") == "(":  # "(außer .12 - das ist unser Mailserver)": the note goes too
        return ", ".join(left)
    return ", ".join(left) + (m.group("tail") or "") + m.group("close")


def _block_ends(base: str, prefix: str | None, end: str | None) -> tuple[int | None, int | None]:
    """The first and the last address of a block ("A/29") or a range ("A-.14") as numbers."""
    if prefix is not None:
        try:
            net = ipaddress.IPv4Network(f"{base}/{int(prefix)}", strict=False)
        except ValueError:
            return None, None
        return int(net.network_address), int(net.broadcast_address)
    full = end or ""
    full = full if "." in full.lstrip(".") else base.rsplit(".", 1)[0] + "." + full.lstrip(".")
    a, b = parse_address(base), parse_address(full)
    return (int(a), int(b)) if a is not None and b is not None else (None, None)


_RANGE_START_WORD = re.compile(_RANGE_START, re.IGNORECASE)
_RANGE_END_WORD = re.compile(_RANGE_END, re.IGNORECASE)


def _range_word(word: str) -> str:
    if _RANGE_START_WORD.fullmatch(word):
        return "start"
    if _RANGE_END_WORD.fullmatch(word):
        return "end"
    word = re.sub(r"\s+", " ", word.lower().replace("’", "'").replace("ă", "a").replace("â", "a"))
    return {"dal": "da", "dall'": "da", "dalla": "da", "vanaf": "van"}.get(word, word)


def _worded_range(m: re.Match[str]) -> str:
    """The range ``m`` in the dash form the item pattern reads ("A-B"), when its words are
    one language's pair and it rises by at most 256 addresses; else ``m`` as written."""
    close = _range_word(m.group("close"))
    if close not in _RANGE_PAIRS.get(_range_word(m.group("open")), ()):
        return m.group(0)
    first, end = m.group("first"), m.group("end")
    if ":" in first:  # an IPv6 range ("de 2001:db8::100 à 2001:db8::103"): both ends whole
        full = end if ":" in end else ""
    else:
        full = end if "." in end.lstrip(".") else first.rsplit(".", 1)[0] + "." + end.lstrip(".")
    a, b = parse_address(first), parse_address(full)
    if a is None or b is None or a.version != b.version or not 0 < int(b) - int(a) < 256:
        return m.group(0)
    return f"{m.group('open')} {first}-{full}"


_GLUED = re.compile(r":(?<=[^\W\d_]:)(?=(?:\d{1,3}\.){3}\d)")
"""A label's colon right before an IPv4 address ("IP:198.51.100.7")."""


_ENUMERATED = re.compile(r",(?<=\d,)(?=\s*([2-9])[.)]\s+[^\W\d_])")
"""A comma after an address before the next item of an enumeration ("1) … 198.51.100.9,
2) povolení …")."""


_LETTER_FOR_DIGIT = re.compile(
    # the lookahead only makes the search quick: a letter O or l (I) among the groups
    r"(?<![\w.])(?=[\dOolI]{0,2}[OolI]|[\dOolI]{1,3}\.[\dOolI.]*[OolI])"
    r"(?:[\dOolI]{0,2}\d[\dOolI]{0,2}\.){3}"
    r"[\dOolI]{0,2}\d[\dOolI]{0,2}(?![\w]|\.\d)"
)
"""An IPv4 address typed with a letter O (o) for a zero or l (I) for a one in a group of its
digits ("198.51.100.2O", "203.0.113.l5", "198.51.1OO.44", "l92.0.2.18"): every group still
has a digit."""
_DIGIT_OF = str.maketrans("OolI", "0011")


def _letters_as_digits(m: re.Match[str]) -> str:
    """The address ``m`` with its letters read as the digits they stand for, when that makes
    an address (each group 0-255, "2O" and not "2OO"); else as written."""
    digits = m.group(0).translate(_DIGIT_OF)
    groups = digits.split(".")
    if any(len(g) > 1 and g[0] == "0" or int(g) > 255 for g in groups):
        return m.group(0)
    return digits


def _spaced_out_typed(line: str) -> tuple[str, bool]:
    """``_spaced_out``'s line with letters typed for digits read as the digits and a space
    typed beside an address's dot left out, and whether any were (a guess: never certain)."""
    line = _spaced_out(line)
    apart = False
    if _OTHER_DOTS_HINT.search(line):
        dotted = _OTHER_DOTS.sub(lambda m: _dots_read(m, line), line)
        dotted = _ONE_OTHER_DOT.sub(lambda m: _one_dot_read(m, line), dotted)
        line, apart = dotted, dotted != line
    if ". " in line or " ." in line:
        joined = _OCTET_APART.sub(_octet_joined, line)
        line, apart = joined, joined != line
    if _LETTER_FOR_DIGIT.search(line) is None:
        return line, apart
    read = _LETTER_FOR_DIGIT.sub(_letters_as_digits, line)
    return read, apart or read != line


_OTHER_DOTS_HINT = re.compile(
    r"\d,\d{1,3},\d|\d \d{1,3} \d{1,3} \d|\d\.\d{1,3}[, ]\d|\d[, ]\d{1,3}\.\d"
)
"""What an address typed with commas or spaces for its dots (all or one) contains (a quick
test)."""
_ONE_OTHER_DOT = re.compile(
    r"(?<![\w.,:/+-])(?<!\d )(?<!\d,)\d{1,3}(?:\.\d{1,3}){0,2}[, ]\d{1,3}(?:\.\d{1,3}){0,2}"
    r"(?![\w/:-]|[.,]\d| \d)"
)
"""Numbers joined by dots but for one comma or space ("203.0.113,17", "203 0.113.30"): an
address typed on a phone with one dot mistyped, when ``_one_dot_read`` finds it one."""
_OTHER_DOTS = re.compile(
    r"(?<![\w.,+/-])(?<!\d )(?<!\d,)[1-9]\d{0,2}(?P<sep>[, ])(?:0|[1-9]\d{0,2})"
    r"(?:(?P=sep)(?:0|[1-9]\d{0,2})){2}(?![\w/-]|[.,]\d| \d)"
)
"""Four numbers joined by commas or by single spaces ("203,0,113,50", "198 51 100 33"): an
address typed on a phone whose keyboard gave no dot, when ``_dots_read`` finds it one."""
_ADDRESS_WORD = re.compile(
    # the lookahead of the words' first letters only makes the search quick
    r"(?=[aeipdst])\b(?:ip(?:v4)?|adres\w*|address\w*|adresse\w*|adrese|endere[cç]\w*|"
    r"indirizz\w*|direcci\w*|produk\w*|produc\w*|prod|test\w*|teszt\w*|tst|server\w*|"
    r"serwer\w*|szerver\w*)\b",
    re.IGNORECASE,
)
_PHONE_BEFORE = re.compile(
    r"(?:tel|tlf|mob|phone|fax|gsm|handy|č\.|číslo|cislo|\+|iban|účet|ucet|account|konto|kč|czk|"
    r"cvr|ičo|ico|ič|nip|krs|regon|vat|nr|kvk|siren|siret|"
    r"eur|€|\$|datum|date)\W{0,3}$",
    re.IGNORECASE,
)


def _dots_read(m: re.Match[str], line: str) -> str:
    """The four numbers of ``_OTHER_DOTS`` joined by dots when they make an address in a line
    about addresses: each 0-255, not three digits each after the first (money's thousands:
    "1,200,250,100"), not all in pairs ("38 41 27 90"), not after a phone's, a register's, an
    account's or a price's word; else as written."""
    groups = m.group(0).split(m.group("sep"))
    if any(int(g) > 255 for g in groups) or all(len(g) == 3 for g in groups[1:]):
        return m.group(0)
    if all(len(g) <= 2 for g in groups):  # a number in pairs: a Danish phone, a CVR number
        return m.group(0)
    if _PHONE_BEFORE.search(line[max(0, m.start() - 12) : m.start()].rstrip()):
        return m.group(0)
    if not _ADDRESS_WORD.search(line):
        return m.group(0)
    return ".".join(groups)


def _one_dot_read(m: re.Match[str], line: str) -> str:
    """The numbers of ``_ONE_OTHER_DOT`` joined by dots when they are four with two dots
    among them and make an address in a line about addresses (``_dots_read``'s tests of the
    octets and the words before); else as written."""
    text = m.group(0)
    groups = re.split(r"[., ]", text)
    if len(groups) != 4 or text.count(".") != 2:
        return text
    if any(int(g) > 255 or (len(g) > 1 and g[0] == "0") for g in groups):
        return text
    if _PHONE_BEFORE.search(line[max(0, m.start() - 12) : m.start()].rstrip()):
        return text
    return ".".join(groups) if _ADDRESS_WORD.search(line) else text


_OCTET_APART = re.compile(r"(?<![\w.:])\d{1,3}(?:(?:\. ?| \.)\d{1,3}){3}(?!\w|\s?\.\s?\d)")
"""Four groups of digits joined by dots, a space typed beside one of the dots
("198.51.100. 80", "203.0.113 .16"): an address typed sloppily, read without the space."""


def _octet_joined(m: re.Match[str]) -> str:
    """The address of ``_OCTET_APART`` without its one space; two spaces or more (a date, a
    numbered list) are left as written."""
    return m.group(0).replace(" ", "") if m.group(0).count(" ") == 1 else m.group(0)


def _as_typed(found: list[Mention], reason: Reason) -> list[Mention]:
    """The mentions of a line whose address had a letter typed for a digit ("198.51.100.2O")
    or commas for its dots: read as the digit or the dots, a guess - never certain."""
    return [dataclasses.replace(m, certain=False, doubt=m.doubt or reason) for m in found]


_PLACEHOLDER_HINT = re.compile(r"(?<![\w.])[xX*]\.[xX*]\.[xX*]\.\d")
_NAMED_NETWORK = re.compile(
    r"(?<![\w.])(?P<stem>(?:\d{1,3}\.){3})\d{1,3}/(?:2[4-9]|3[0-2])(?!\d)"
)
_PLACEHOLDER = re.compile(r"(?<![\w.])[xX*]\.[xX*]\.[xX*]\.(?=\d)")


def _placeholders_filled(line: str) -> str:
    """``line`` with addresses written inside a network named before them ("síť
    198.51.100.0/24, adresy x.x.x.10 – 12 a x.x.x.20"): each "x.x.x." the network's first three
    numbers, the network itself left out (it is the context, not the value)."""
    net = _NAMED_NETWORK.search(line)
    if net is None or not _PLACEHOLDER.search(line, net.end()):
        return line
    rest = _PLACEHOLDER.sub(net.group("stem"), line[net.end() :])
    return line[: net.start()] + rest


def _spaced_out(line: str) -> str:
    """``line`` with a label's colon glued to its address spaced out ("IP:198.51.100.7"), a
    bracketed last-octet range written out ("198.51.100.[70-72]"), and the comma before an
    enumeration's next item ("…, 2) …" after "1) …") a semicolon, so that the item's number
    is no last octet."""
    if ("x." in line or "X." in line or "*." in line) and _PLACEHOLDER_HINT.search(line):
        line = _placeholders_filled(line)
    if "[" in line:
        line = _BRACKET_RANGE.sub(r"\1\2-\3", line)
    if _WILDCARD_HINT.search(line):
        line = _WILDCARD.sub(_wildcard, line)
    if _WORDED_RANGE.search(line):
        line = _WORDED_RANGE.sub(_worded_range, line)
    if ("/" in line or "-" in line or "–" in line or _EXCEPT_HINT.search(line)) and _EXCEPTED.search(
        line
    ):
        line = _EXCEPTED.sub(_excepted, line)
    if "ig" in line and _SUFFIXED_RANGE.search(line):
        line = _SUFFIXED_RANGE.sub(_suffixed_range, line)
    if "," in line and (")" in line or ". " in line):
        line = _ENUMERATED.sub(lambda m: ";" if _item_before(line, m) else ",", line)
    line = _GLUED.sub(": ", line) if ":" in line else line
    if _SAME_WORD.search(line):
        line = _SAME_BUT.sub(_same_but, line)
    return _NEXT_ONES.sub(_next_ones, line) if _NEXT_WORD.search(line) else line


_SAME = (
    r"tatáž|tataz|tutéž|tutez|táž|taz|stejn\w*|same|identical|dieselbe|gleiche\w*|"
    r"tá\s+istá|ta\s+ista|rovnak\w*|t[uoaá]\s+sam\w*|taki\s+sam\w*|identyczn\w*|"
    r"même|meme|stess[oa]|uguale|mism[oa]|igual|dezelfde|hetzelfde|samma|ugyanaz"
)
_SAME_WORD = re.compile(
    # the lookahead of the words' first letters only makes the search quick
    r"(?=[dghimrstuDGHIMRSTU])\b(?:" + _SAME + r")\b",
    re.IGNORECASE,
)
_INSTEAD = (
    r"místo|misto|namísto|namisto|miesto|namiesto|instead\s+of|rather\s+than|statt|anstatt|"
    r"zamiast|au\s+lieu\s+de|invece\s+di|al\s+posto\s+di|en\s+lugar\s+de|en\s+vez\s+de|"
    r"in\s+plaats\s+van|i\s+stället\s+för|istället\s+för"
)
_SAME_BUT = re.compile(
    rf"(?P<addr>{_V4})(?![\d/]|\.\d)(?P<mid>[^\n\d]{{0,60}}?\b(?:{_SAME})\b[^\n\d]{{0,50}}?)"
    rf"(?:(?P<instead>{_INSTEAD})\s+\.?(?P<old>\d{{1,3}})\s+"
    r"(?:je|bude|is|ist|jest|sa|a|use|nutze)?\s*(?:(?:tam|there|da)\s+)?\.?)?(?P<new>\d{1,3})(?![\d.]*\d)(?![\d.]\d)"
    # the new end written first, the replaced one after it: "jen .71 místo .70", Hungarian
    # "csak .92 a .90 helyett"
    rf"(?:\s+(?:{_INSTEAD})\s+\.?(?P<old2>\d{{1,3}})(?![\d.]*\d)|"
    r"\s+az?\s+\.?(?P<old3>\d{1,3})\s+helyett)?"
    # the end, and nothing said of the number after it ("poslední 3 roky" is no end)
    r"(?=\s*(?:[.,;()!]|$|\s(?:a|and|und|i|oraz)\s))",
    re.IGNORECASE,
)
"""An address and another one said to be the same but for its end: "192.0.2.77. Testovací
adresa je tatáž, jen na konci místo 77 je 78", "the test one is the same, only ending in 78",
"dieselbe, nur am Ende 78"."""
_ENDING = re.compile(
    r"\b(?:konc\w*|konec|posledn\w*|last|end\w*|am\s+ende|letzte\w*|końc\w*|konc\w*|"
    r"ostatni\w*|octet\w*|oktet\w*|číslo|cislo|number|zahl)\b",
    re.IGNORECASE,
)


def _same_but(m: re.Match[str]) -> str:
    """The match of ``_SAME_BUT`` with the other address written out in the place of the
    changed end ("… jen na konci 192.0.2.78"), when the words speak of the end and the end
    replaced, if named, is the address's own."""
    addr = m.group("addr")
    head, _, last = addr.rpartition(".")
    new = int(m.group("new"))
    replaced = m.group("old") or m.group("old2") or m.group("old3")
    # the words speak of the end, or name the end replaced ("jen .71 místo .70")
    if not (_ENDING.search(m.group("mid")) or replaced) or new > 255 or m.group("new") == last:
        return m.group(0)
    if replaced is not None and int(replaced) != int(last):
        return m.group(0)
    # the other address right after the word "same", where the words of its use stand
    mid = m.group("mid")
    at = [w.end() for w in _SAME_WORD.finditer(mid)][-1]
    rest = (mid[at:] + m.group(0)[m.end("mid") - m.start() :]).strip(" ,")
    # the ends written alone lose their dots there: no last octet to read again
    rest = _LONE_END.sub(r"\1", rest)
    return f"{addr}{mid[:at]} {head}.{new} ({rest})"


_LONE_END = re.compile(r"(?<![\w.])\.(\d)")
_SAME_BUT_ALONE = re.compile(
    rf"^(?P<mid>[^\n\d]{{0,80}}?\b(?:{_SAME})\b[^\n\d]{{0,50}}?)\.?(?P<new>\d{{1,3}})\s+(?:{_INSTEAD})\s+"
    r"\.?(?P<old>\d{1,3})(?![\d.]*\d)(?=\s*(?:[.,;()!]|$))",
    re.IGNORECASE,
)
_LAST_ADDRESS = re.compile(r"(?<![\d.])(?P<head>(?:\d{1,3}\.){2}\d{1,3})\.(?P<last>\d{1,3})\W*$")


def _same_as_line_above(line: str, above: str) -> str | None:
    """A line of no address saying its one is the one on the line above but for its end, the
    new end before the replaced one ("Produktion: A" / "Test: dieselbe wie Produktion, nur .21
    statt .20"): the line with the other address written out after the word "same" (as
    ``_same_but`` writes it); None when the replaced end is not the address's above."""
    m = _SAME_BUT_ALONE.match(line)
    prev = _LAST_ADDRESS.search(above) if m is not None else None
    if m is None or prev is None or _V4_FULL.search(line) is not None:
        return None
    new, old = int(m.group("new")), int(m.group("old"))
    if old != int(prev.group("last")) or new > 255 or new == old:
        return None
    mid = m.group("mid")
    at = [w.end() for w in _SAME_WORD.finditer(mid)][-1]
    # the words after "same" that name the use compared with ("jako produkční,") are the
    # line above's, not this one's: only the clause of the ends is kept
    rest = _LONE_END.sub(r"\1", (mid[at:] + line[m.end("mid") : m.end()]).rsplit(",", 1)[-1].strip())
    return f"{mid[:at]} {prev.group('head')}.{new} ({rest}){line[m.end():]}"


_OFFSET_WORDS = {
    "jedna": 1, "jednu": 1, "jeden": 1, "jednou": 1, "one": 1, "dvě": 2, "dve": 2, "dva": 2,
    "two": 2, "zwei": 2, "tři": 3, "tri": 3, "three": 3, "drei": 3, "trzy": 3, "čtyři": 4,
    "ctyri": 4, "štyri": 4, "styri": 4, "four": 4, "vier": 4, "cztery": 4,
}
_OFFSET = r"(?:\d|" + "|".join(_OFFSET_WORDS) + r")"
_NEXT_WORD = re.compile(
    r"(?=[nfkvo])(?:následuj\w*|nasleduj\w*|nasledujúc\w*|next|following|folgend\w*|nächst\w*|"
    r"naechst\w*|następn\w*|nastepn\w*|kolejn\w*|vyšš\w*|vyss\w*|o\s+jedn)",
    re.IGNORECASE,
)
_NEXT_ONES = re.compile(
    rf"(?P<addr>{_V4})(?![\d./])(?P<gap>\s*,?\s*(?:a|i|and|und|oraz|plus|&)\s+(?:z\s+|ze\s+|from\s+|"
    r"the\s+|die\s+|den\s+)?(?:adres[auy]?\s+|address\s+|adresse\s+|IP\s+)?)"
    rf"(?:(?P<n1>{_OFFSET})\s+)?"
    r"(?P<word>o\s+(?P<by>" + _OFFSET + r")\s+(?:vyšš|vyss)\w*|následuj\w*|nasleduj\w*|next|following|"
    r"folgend\w*|nächst\w*|naechst\w*|następn\w*|nastepn\w*|kolejn\w*|the\s+one\s+after(?:\s+it)?)\b"
    rf"(?:\s+(?P<n2>{_OFFSET})(?!\.\d))?"
    r"(?P<tail>(?>(?:\s+(?:adres[auy]?|adresách|addresses|address|ones?|adressen?|adresów|adresow|"
    r"IPs?))?(?:\s+(?:v\s+pořadí|v\s+poradi|in\s+sequence|in\s+order))?))"
    r"(?![\s:]*(?:\d|[0-9a-f]{1,4}:))",
    re.IGNORECASE,
)
"""An IPv4 address and the next ones named by their offset from it, not written out: "198.51.100.22
a z adresy o jedna vyšší", "192.0.2.5 and the next two addresses", "… i kolejny adres",
"… und die nächste Adresse"."""


def _next_ones(m: re.Match[str]) -> str:
    """The match of ``_NEXT_ONES`` with the addresses it names written out (its words kept)."""
    addr = ipaddress.IPv4Address(m.group("addr"))
    if m.group("by") is not None:
        n, start = 1, _count(m.group("by"))
    else:
        n, start = _count(m.group("n1") or m.group("n2") or "1"), 1
    if n > 16 or int(addr) + start + n - 1 > 0xFFFFFFFF:
        return m.group(0)
    nxt = ", ".join(str(addr + start + i) for i in range(n))
    return f"{m.group('addr')}{m.group('gap')}{nxt} ({m.group('word')}{m.group('tail')})"


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _OFFSET_WORDS.get(word.lower(), 1)


def _item_before(line: str, m: re.Match[str]) -> bool:
    """The enumeration's previous number stands before ``m`` as an item's mark ("1)", "1.")."""
    n = int(m.group(1)) - 1
    mark = line[m.end() :].lstrip()[1]
    return re.search(rf"(?:^|\s|\(){n}\{mark}\s", line[: m.start()]) is not None


_COMMENT_MARK = re.compile(r"^[ \t]*(?:#|//|--|REM[ \t])", re.IGNORECASE | re.MULTILINE)
_COMMENTED_OUT = re.compile(
    rf"^\s*(?:#+|//|--|REM\s)\s*(?:{_V4}|{_V6})(?![\w.:])", re.IGNORECASE
)
"""A row of a plain-text list or config excerpt commented out: the comment mark ("#", "//",
"--", "REM") right before the address it opens ("#192.0.2.12  old server"); not ";", which
opens a row of a semicolon table whose first cell is empty."""
_BARE_ROW = re.compile(rf"^\s*(?:[-*•]\s*)?(?:{_V4}|{_V6})(?![\w.:])")


def _commented_out(lines: list[tuple[int, str]]) -> set[int]:
    """The rows of a list of addresses that a comment mark takes out of it (not read): only
    beside rows the list keeps, each opening with its address - a list whose every row bears
    the mark is marked by it, not commented out ("-- A", "-- B")."""
    out = {n for n, t in lines if _COMMENTED_OUT.match(t)}
    if out and any(_BARE_ROW.match(t) for _, t in lines):
        return out
    return set()


def _lines_to_read(
    text: str, joined: bool
) -> tuple[list[tuple[int, str]], set[int], set[int], dict[str, Role] | None]:
    """The numbered lines of a text as ``find_ips`` reads them (tables' other cells hidden,
    ranges joined, space-aligned rows joined, lists under their lead, masks on their word's
    line); the numbers of the rows whose reading is a guess, of the rows a column denies,
    and the legend of letter cells (None: not read yet)."""
    lines = list(enumerate(text.splitlines(), start=1)) if joined else logical_lines(text)
    legend: dict[str, Role] | None = None
    unsure: set[int] = set()
    tabled = "\t" in text or "|" in text or ";" in text or "   " in text
    denied = _denied_rows(lines) if tabled and _ALLOW_CELL.search(text) else set()
    if _COMMENT_MARK.search(text) and (hidden := _commented_out(lines)):
        lines = [(n, t) for n, t in lines if n not in hidden]  # not a row of any table
    if tabled and (
        case_free_search(_OTHER_COLUMN, _OTHER_COLUMN_LOWER, text) or _OLD_HEADER.search(text)
    ):
        lines = _other_cells_hidden(lines)
    if tabled and _RANGE_HEADER.search(text):
        lines = _ranges_joined(lines)
    if "\t" in text:
        lines = _uses_row_below(lines)
    if "   " in text:  # a table aligned by spaces: its letter cells are read before its rows
        if legend := _legend(text):
            lines = [(n, _with_legend(t, legend)) for n, t in lines]
        lines, unsure = _as_table_rows(lines)
    if ":\n" in text or text.rstrip().endswith(":") or ":\r" in text or ".\n\n" in text:
        lines = _leads_with_lists(lines)
    if "255." in text:
        lines = _masks_joined(lines)
    return lines, unsure, denied, legend


def _use_cells(line: str, width: int) -> bool:
    """A row of ``width`` tab-separated cells: a label, then each cell a use's short name
    ("Použití | produkce | test") and no number."""
    cells = line.split("\t")
    return (
        len(cells) == width
        and _cue(cells[0]) is None
        and all(
            c.strip() and len(c.split()) <= 3 and _cue(c) is not None and not any(
                ch.isdigit() for ch in c
            )
            for c in cells[1:]
        )
    )


def _uses_row_below(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A table turned on its side: a labelled row of addresses ("IP adresa | A | B") with the
    row of their uses under it ("Použití | produkce | test") is read as a table whose header
    is that row (the uses row first, keeping its number)."""
    out = list(lines)
    for i in range(len(out) - 1):
        (n, row), (m, below) = out[i], out[i + 1]
        cells = row.split("\t")
        if len(cells) < 3 or _MAYBE_ADDRESS.search(cells[0]):
            continue
        if not all(_MAYBE_ADDRESS.search(c) for c in cells[1:]):
            continue
        if i and len(out[i - 1][1].split("\t")) == len(cells):
            continue  # a header above already
        if _use_cells(below, len(cells)):
            out[i], out[i + 1] = (m, below), (n, row)
    return out


def find_ips(text: str, *, joined: bool = False, context: str = "") -> list[Mention]:
    """Every IP mention in ``text`` with its role, in order of appearance; ``joined``: the
    text's wrapped lines are joined already (``segments.unwrap``); ``context``: more text
    (quoted, forwarded) whose whole IPv6 addresses complete one written as its last groups."""
    if not text.isascii() and _WIDE_DIGIT.search(text):
        text = _narrowed(text)
    return list(_mentions_of(text, joined, context))


_WIDE_DIGIT = re.compile(r"[０-９]")
_WIDE = str.maketrans("０１２３４５６７８９．：／－", "0123456789.:/-")
_WIDE_STOP = re.compile(r"(?<=[0-9])[。．｡](?=[0-9])")


def _narrowed(text: str) -> str:
    """An East Asian text's full-width digits, dots, colons and slashes as ASCII, and its
    ideographic full stop between two digits as a dot ("２０３。０。１１３。２９"): each
    character one for one, so every line and offset stays where it was."""
    return _WIDE_STOP.sub(".", text.translate(_WIDE))


@per_application(maxsize=512)
def _mentions_of(text: str, joined: bool, context: str) -> tuple[Mention, ...]:
    """``find_ips``, remembered within one application: the block sets the addresses are
    read from overlap (the primary texts, the original, the applicants' quoted messages),
    and a block read twice costs as much as once more (a twentieth of the reading)."""
    return tuple(_find_ips(text, joined, context))


def _find_ips(text: str, joined: bool, context: str) -> list[Mention]:
    mentions: list[Mention] = []
    lines, unsure, denied, legend = _lines_to_read(text, joined)
    looked_up: set[int] = set()
    if ("ddress" in text or "IN" in text) and _LOOKUP_SIGN.search(text):
        lines, looked_up = _without_lookups(lines)
    maybes = [
        _MAYBE_ADDRESS.search(t) is not None or _OTHER_DOTS_HINT.search(t) is not None
        for _, t in lines
    ]
    if not any(maybes):
        return mentions  # no line has an address's shape: the lines below would add none
    ctx = _Context(new_list=_NEW_LIST.search(text) is not None)
    copies: list[tuple[int, Role, Role]] = []
    labels: set[str] = set()  # the labels naming no use we know ("Deneme adresi:")
    unread = False  # a use's label whose value has an address's shape but no address
    for i, (lineno, line) in enumerate(lines):
        maybe = maybes[i]
        line, typo = _spaced_out_typed(line) if maybe else (line, False)
        if i and "." in line and _SAME_WORD.search(line) and (above := _same_as_line_above(line, lines[i - 1][1])):
            line, maybe = above, True
        if maybe and _CELL_LETTER.search(line):
            legend = _legend(text) if legend is None else legend
            line = _with_legend(line, legend) if legend else line
        broken = maybe and "/" in line and _SPLIT_PREFIX.search(line) is not None
        line = _SPLIT_PREFIX.sub(_prefix_joined, line) if broken else line
        strays: list[str] = []
        items = _items(line, maybe, strays)
        mentions += _strays(strays, lineno)
        completed: set[IPAddress] = set()
        if items and any(_is_v6_fragment(m.group("addr")) for m, _ in items):
            line, completed, cut = _v6_fragments_completed(line, items, text + "\n" + context)
            items, unread = _items(line), unread or cut
        if items and ("." in (after := line[items[-1][0].end() :]) or "(" in after):
            full = _with_role_tails(line, items)
            if full is not None:
                line, items = full, _items(full)
        if not items and "255." in line and _with_mask(mentions, lineno, line):
            continue
        read: list[Mention] = []
        if not items and "." in line:
            read, not_read = _text_line_values(line, lineno, mentions, lines[i - 1][0], maybe)
            mentions, unread = mentions + read, unread or not_read
        if not items:
            # "Pro test použijeme .41 ze stejné sítě": the octet is the address, not a copy
            if not read and (same := _same_as(line)) is not None:
                copies.append((lineno, *same))
            ctx = _after_text_line(ctx, line, lines[i - 1][1] if i else "")
            continue
        if ctx.drop_open and i and not lines[i - 1][1].strip() and _WORD.search(line[: items[0][0].start()]):
            # a line of words of its own after the rows' blank line: other content, not a row
            ctx = _ctx_with(ctx, drop=False, drop_open=False)
        wrapped = _wrapped_use(line, items, lines[i + 1][1]) if i + 1 < len(lines) else None
        unwrapped = ctx if ctx.wrapped is None else _ctx_with(ctx, wrapped=None)
        found, ctx = _read_ip_line(
            unwrapped, lineno, line[: wrapped[0]] if wrapped else line, items
        )
        if wrapped is not None and not ctx.columns:
            ctx = _ctx_with(ctx, role=wrapped[1], weak=True, carried=False, both=False)
        found = _line_doubts(found, line, lineno, items, mentions, lineno in unsure, lineno in denied)
        if typo:
            dots = _OTHER_DOTS_HINT.search(lines[i][1]) is not None
            found = _as_typed(found, Reason.OTHER_DOTS if dots else Reason.UNREAD)
        found = _mended(found, broken, completed) if broken or completed else found
        if (label := _unread_label(line, items, found)) is not None:
            labels.add(label)
        mentions += found
    if len(labels) > 1:
        mentions = [m if m.role or m.doubt else dataclasses.replace(m, doubt=Reason.UNPLACED)
                    for m in mentions]
    if unread:
        mentions = [m if m.doubt else dataclasses.replace(m, certain=False, doubt=Reason.UNREAD)
                    for m in mentions]
    if looked_up:  # a lookup's answer, kept as the only address written: maybe the office's host
        mentions = [dataclasses.replace(m, certain=False, doubt=m.doubt or Reason.OTHER_HOST)
                    if m.line in looked_up else m for m in mentions]
    return _whole_text_read(mentions, lines, text, copies)


_LOOKUP_SIGN = re.compile(
    r"nslookup|\bauthoritative|autori(?:sierende|tativn|tatívn|tatív)|autorytatywn|#53\b|"
    r"\bIN\s+A(?:AAA)?\s|\shas\s+(?:IPv6\s+)?address\s", re.IGNORECASE
)
"""nslookup named, its localised "Non-authoritative answer:" line, or a resolver's port; a
record of dig's answer section or host's answer: a text that may carry a lookup's output
(``_without_lookups``)."""
_LOOKUP_RECORD = re.compile(
    # dig's answer record ("volby.example.  300  IN  A  198.51.100.10"), host's answer
    # ("volby.example has address 198.51.100.10")
    r"[ \t]*[\w-]+(?:\.[\w-]+)+\.?(?:[ \t]+\d+[ \t]+IN[ \t]+A(?:AAA)?|[ \t]+has[ \t]+(?:IPv6[ \t]+)?address)"
    r"[ \t]+[\d.:a-fA-F]+[ \t]*"
)
_LOOKUP_DIG_SERVER = re.compile(r"[ \t]*;;[ \t]*SERVER:.*")
"""dig's resolver line (";; SERVER: 192.0.2.53#53(192.0.2.53)")."""
_LOOKUP_SERVER = re.compile(r"[ \t]*(?:Server|Serwer|Serveur|Servidor)[ \t]*:[ \t]*\S+[ \t]*")
_LOOKUP_NAME = re.compile(r"[ \t]*(?:Name|Nazwa|Název|Nom|Nombre|Nome|Név)[ \t]*:[ \t]*[\w-]+(?:\.[\w-]+)+\.?[ \t]*")
_LOOKUP_ADDRESS = re.compile(r"[ \t]*Address(?:es)?[ \t]*:[ \t]*[\d.:a-fA-F]+(?:#\d+)?[ \t]*")
_LOOKUP_MORE = re.compile(r"[ \t]+[\d.:a-fA-F]+[ \t]*")
_IPV4_SHAPE = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")


def _without_lookups(lines: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], set[int]]:
    """The lines without nslookup's output: its resolver ("Server: host" over "Address: A",
    "A#53") is never the applicant's; its answer ("Name: host" over "Address(es): A" and the
    further addresses under it) names the looked-up host, mostly the office's feed server -
    left out where the text writes an address elsewhere, else kept (the applicant's own
    server looked up) and returned by number to be flagged."""
    resolver: set[int] = {n for n, t in lines if t.startswith(";;") and _LOOKUP_DIG_SERVER.fullmatch(t)}
    answer: set[int] = {n for n, t in lines if ("IN" in t or " has " in t) and _LOOKUP_RECORD.fullmatch(t)}
    for i in range(len(lines) - 1):
        head, nxt = lines[i][1], lines[i + 1][1]
        if _LOOKUP_ADDRESS.fullmatch(nxt) is None:
            continue
        if _LOOKUP_SERVER.fullmatch(head):
            resolver |= {lines[i][0], lines[i + 1][0]}
        elif _LOOKUP_NAME.fullmatch(head):
            answer |= {lines[i][0], lines[i + 1][0]}
            j = i + 2
            while j < len(lines) and _LOOKUP_MORE.fullmatch(lines[j][1]):
                answer.add(lines[j][0])
                j += 1
    if not resolver and not answer:
        return lines, set()
    kept = [(n, t) for n, t in lines if n not in resolver]
    if any(_IPV4_SHAPE.search(t) for n, t in kept if n not in answer):
        return [(n, t) for n, t in kept if n not in answer], set()
    return kept, answer


def _line_doubts(
    found: list[Mention],
    line: str,
    lineno: int,
    items: list[tuple[re.Match[str], _Item]],
    mentions: list[Mention],
    laid_out: bool,
    denied: bool,
) -> list[Mention]:
    """A line's mentions with what the line itself puts in doubt: a use read only from the
    layout (``laid_out``), mistyped octets, a correction, a denial (``denied``) and the
    line's other doubts (``_doubted``)."""
    if laid_out:
        found = [dataclasses.replace(m, certain=False, doubt=Reason.LAYOUT) for m in found]
    if "." in line:
        found = _wrong_octets(line, lineno, items, mentions) + found
    if _CORRECTION.search(line) or _changes(line) or _withdraws_and_gives(found):
        # a line that corrects: which of its addresses replaces which is a reading (the
        # use may still come from a label: only the list it is in is in doubt)
        found = [
            m if m.excluded else dataclasses.replace(m, doubt=m.doubt or Reason.CORRECTED)
            for m in found
        ]
    if denied:
        found = [dataclasses.replace(m, excluded=True) for m in found]
    found = _doubted(line, lineno, items, found, mentions)
    if any(m.is_block for m in found) and _HOSTS_ONLY.search(line) and not _HOSTS_TOO.search(line):
        found = [_hosts_only(m) for m in found]
    return found


_HOSTS_ONLY = re.compile(
    r"(?:network|síťov\w*|sitov\w*|sieťov\w*|sietov\w*|netz\w*|sieci\w*|réseau|hálózat\w*)"
    r"[^.;\n]{0,40}?(?:broadcast\w*|rozgłosz\w*|diffusion)",
    re.IGNORECASE,
)
"""A line saying a block's network and broadcast addresses are left out ("síťová a broadcast
adresa se nepoužívají", "network and broadcast addresses excluded", "ohne Netz- und
Broadcastadresse"): the request is the block's hosts."""
_HOSTS_TOO = re.compile(
    r"včetně|vcetne|vrátane|vratane|including|included|inklusive|einschließlich|łącznie|"
    r"wraz\s+z|y\s+compris|i\s+s\s+(?:síťov|sitov)",
    re.IGNORECASE,
)


def _hosts_only(m: Mention) -> Mention:
    """A small block (/30 to /24, every address listed) without its first and last address,
    no longer excluded by the words that left those two out; never certain."""
    if not m.is_block or "/" not in m.text or m.span is None or not 4 <= m.count <= 256:
        return m
    if m.count != len(m.addresses):
        return m
    hosts = m.addresses[1:-1]
    return dataclasses.replace(
        m, addresses=hosts, count=len(hosts), excluded=False, certain=False,
        span=(hosts[0], hosts[-1]), doubt=m.doubt or Reason.HOSTS_ONLY,
    )


def _whole_text_read(
    mentions: list[Mention],
    lines: list[tuple[int, str]],
    text: str,
    copies: list[tuple[int, Role, Role]],
) -> list[Mention]:
    """The mentions of ``find_ips``'s lines as the whole text reads them: notes pointing into
    lists, slips corrected, past and context addresses withdrawn, copies of a use added."""
    if sum(m.role is None for m in mentions) > 1:
        mentions = _pointed_below(mentions, lines)
    if any(m.doubt is Reason.CORRECTED for m in mentions):
        mentions = _role_corrected(_slips_corrected(mentions, lines), lines)
        mentions = _place_corrected(mentions, lines)
    if len(mentions) > 2 and _SUMMING_UP_HINT.search(text):
        mentions = _restated(mentions, lines)
    if len(mentions) > 1 and _MOVED_HINT.search(text):
        mentions = _use_moved(mentions, lines)
    if len(mentions) > 1 and _OCTET_HINT.search(text):
        mentions = _octets_named_withdrawn(mentions, lines)
    mentions = _networks_as_context(_past_withdrawn(mentions))
    if len(mentions) > 1 and (case_free_search(_REFUSAL, _REFUSAL_LOWER, text) or _STRIKE.search(text)):
        mentions = _use_refused_after(mentions, lines)
    if any(m.role is Role.TEST and not m.certain for m in mentions):
        mentions = _production_tested(mentions, lines)
    if any(_internal(m) and not m.excluded for m in mentions):
        mentions = _internal_noted(mentions, lines)
    if mentions and _nat_hinted(text) and _NAT.search(text):
        mentions = _translated_as_context(mentions)
    mentions = [_large_block_unsure(m) for m in _private_blocks_as_context(mentions)]
    if any(m.doubt is None and not m.excluded and _internal(m) for m in mentions):
        # an address the internet never sees (RFC 1918, ULA) is never one the feed is read
        # from as written: the reading may be right, but never certain
        mentions = [
            dataclasses.replace(m, certain=False, doubt=Reason.PRIVATE_ADDRESS)
            if m.doubt is None and not m.excluded and _internal(m) else m
            for m in mentions
        ]
    return _with_copies(mentions, copies) if copies else mentions


_MOVED = re.compile(
    # the lookahead of the words' first letters only makes the search quick
    r"(?=[nijvaeutlmgowbs])(?:\b(?:není|neni|nie\s+je|isn'?t|is\s+not|ist\s+(?:\w+\s+)?nicht|"
    r"nejde\s+o)\s+(?:\w+\s+){0,2}?(?:test\w*|zkušeb\w*|zkuseb\w*|skúšob\w*|skusob\w*|"
    r"ostr\w*|produk\w*|production)|\bve?\s+skute[čc]nosti\b|\bv\s+skuto[čc]nosti\b|"
    r"\bin\s+(?:fact|reality|truth|wahrheit|wirklichkeit|realt[àa])\b|\bactually\b|"
    r"\beigentlich\b|\btatsächlich\b|\btatsachlich\b|\ben\s+(?:réalité|realite|realidad)\b|"
    r"\bw\s+rzeczywisto\w+|\bna\s+verdade\b|"
    r"\b(?:uveden\w*|označen\w*|oznacen\w*|listed|marked|labell?ed|given|angegeben\w*|"
    r"uvád\w*|uvad\w*|lists|shows|states|"
    r"bezeichnet\w*)\s+(?:[^\W\d_]+\s+){0,2}?(?:jako|ako|as|als)\s+(?:\w+\s+)?"
    + _LISTED_USE + r"|\bals\s+" + _LISTED_USE + r"\s+(?:angegeben\w*|bezeichnet\w*))",
    re.IGNORECASE,
)
"""A sentence moving an address to another use than it was listed under: "A není testovací,
ale záložní produkční", "A, listed above as test, is in fact our backup production server",
"die als Test angegebene Adresse A ist in Wahrheit unser Backup-Produktionsserver"."""
_MOVED_HINT = re.compile(
    r"(?=[nijvaeutlmgowbs])\b(?:není|neni|nie|isn|is\s+not|nicht|nejde|ve?\s+skute|v\s+skuto|"
    r"in\s+(?:fact|reality|truth|wahrheit|wirklichkeit|realt)|actually|eigentlich|tats|"
    r"en\s+r[ée]al|w\s+rzeczywisto|na\s+verdade|uveden|označen|oznacen|listed|marked|label|given|"
    r"angegeben|bezeichnet|als|uvád|uvad|lists|shows|states)",
    re.IGNORECASE,
)
"""A quick test before ``_MOVED`` reads the lines: one of its words is in the text."""


def _use_moved(mentions: list[Mention], lines: list[tuple[int, str]]) -> list[Mention]:
    """"192.0.2.10 – produkce / 192.0.2.12 – test / … 192.0.2.12 není testovací, ale záložní
    produkční server": a later line that gives one address alone a use and says (``_MOVED``)
    it is not the use it was listed under moves it: the earlier mentions of that address
    alone under the other use are withdrawn. Never certain (a reading of the sentence)."""
    text = dict(lines)
    out = list(mentions)
    for k, m in enumerate(mentions):
        if k == 0 or m.excluded or m.role is None or m.count != 1 or m.is_block:
            continue
        if not _MOVED.search(text.get(m.line, "")):
            continue
        earlier = [
            j
            for j, x in enumerate(mentions[:k])
            if x.line < m.line and not x.excluded and x.role not in (None, m.role)
            and x.addresses == m.addresses
        ]
        for j in earlier:
            out[j] = dataclasses.replace(out[j], excluded=True)
        if earlier:
            out[k] = dataclasses.replace(m, certain=False, doubt=m.doubt or Reason.CORRECTED)
    return out


_SUMMING_UP = re.compile(
    r"(?:^|[.!?]\s+|[-–—]\s+)(?:(?:takže|takze|tedy|teda|čili|cili|čiže|cize|zkrátka|zkratka|"
    r"skrátka|skratka|shrnuto|shrnutí|shrnuti|zhrnutie|výsledně|vysledne|finálně|finalne|"
    r"definitivně|definitivne|nakonec|nakoniec|so|thus|therefore|hence|finally|final|"
    r"in\s+(?:short|sum|summary)|to\s+sum\s+up|summing\s+up|bottom\s+line|zusammengefasst|"
    r"somit|kurz(?:um|\s+gesagt)|donc|bref|en\s+résumé|quindi|insomma|riassumendo|"
    r"así\s+que|entonces|en\s+resumen|czyli|więc|wiec|podsumowując|podsumowujac)\b"
    r"[\s,:;–—-]*)(?P<rest>(?:[^.!?]|\.(?=\d))*[.!?]?\s*)$",
    re.IGNORECASE,
)
"""A closing sentence opened by a word of summing up ("Takže produkce A, test B.", "So: prod
A, test B", "Zusammengefasst: …"): the writer restates what stands."""
_SUMMING_UP_HINT = re.compile(
    r"(?=[tčcszvfdnhibkaeqrpw])\b(?:takže|takze|tedy|teda|čili|cili|čiže|cize|zkrátka|zkratka|"
    r"skrátka|skratka|shrnut|zhrnut|výsledně|vysledne|finálně|finalne|definitivn|nakone|"
    r"so|thus|therefore|hence|final|in\s+(?:short|sum)|to\s+sum|summing|bottom\s+line|"
    r"zusammengefasst|somit|kurz|donc|bref|en\s+résumé|quindi|insomma|riassumendo|"
    r"así\s+que|entonces|en\s+resumen|czyli|więc|wiec|podsumow)\b",
    re.IGNORECASE,
)
_ADDING = re.compile(
    r"\b(?:navíc|navic|ještě|jeste|ešte|este|také|take|taky|tiež|tiez|též|rovněž|rovnez|"
    r"also|additionally|too|as\s+well|auch|zusätzlich|aussi|anche|también|też|dále|dale|"
    r"další\w*|dalsi\w*|ďalš\w*|dals\w*|another|more|weitere\w*)\b"
)
"""Words adding to what was given: a closing sentence with them does not restate it."""


def _restated(mentions: list[Mention], lines: list[tuple[int, str]]) -> list[Mention]:
    """"Produkce A, test B. Aha, .12 je stará, máme dát C. Takže produkce C, test B.": the
    last addresses of the text, in a closing sentence opened by a word of summing up that
    gives every use the text names, restate what stands - the other addresses given for
    those uses before are withdrawn. Never certain (a reading of the sentences)."""
    live = [k for k, m in enumerate(mentions) if not m.excluded]
    if not live:
        return mentions
    last = mentions[live[-1]].line
    line = dict(lines).get(last, "")
    summing = _SUMMING_UP.search(line)
    if summing is None or _ADDING.search(summing.group("rest")):
        return mentions
    sentence, pos, closing = summing.group("rest"), len(summing.group("rest")), []
    for k in reversed(live):
        m = mentions[k]
        at = sentence.rfind(m.text, 0, pos) if m.line == last else -1
        if at < 0:
            break
        closing.append(k)
        pos = at
    uses = {mentions[k].role for k in closing}
    earlier = [k for k in live if k not in closing]
    if not closing or not earlier or None in uses:
        return mentions
    if any(mentions[k].role not in uses for k in earlier):
        return mentions  # a use the closing words leave out: not a restatement of all
    given = {(a, m.role) for m in (mentions[k] for k in closing) for a in m.addresses}
    gone = [k for k in earlier if not {(a, mentions[k].role) for a in mentions[k].addresses} <= given]
    if not gone:
        return mentions
    out = list(mentions)
    for k in earlier:
        out[k] = dataclasses.replace(out[k], excluded=True)
    for k in closing:
        out[k] = dataclasses.replace(out[k], certain=False, doubt=out[k].doubt or Reason.CORRECTED)
    return out


_TESTED_FROM = re.compile(
    r"(?:test\w*|zkouš\w*|zkous\w*|skúša\w*|skusa\w*|vyzkouš\w*|vyzkous\w*|otestuj\w*)"
    r"(?:\s+[\w']+){0,4}?\s+(?:z|ze|zo|na|from|on|via|von|vom|aus|auf|über|přes|pres|cez|"
    r"fra|från|fran|på|van|vanaf|vanuit|vid|ved)"
    r"\s+(?:(?:the|our|naš\w*|nas\w*|unser\w*|adres\w*|address|IP|server\w*)\s+){0,2}$",
    re.IGNORECASE,
)
"""A sentence of testing from (or on) the address written right after: "takže testovat
budeme také z A", "testing will run from A as well", "getestet wird auch von A aus"."""


_TESTING = (
    r"(?:test(?!ova[cč]|owy|ow[ae]\b|adres|[-\s]+(?:adres|address|IP|server|stroj|VM))\w*|"
    r"zkouš\w*|zkous\w*|skúša\w*|skusa\w*|vyzkouš\w*|vyzkous\w*|vyskúš\w*|otestuj\w*|"
    r"prueb\w*|probar\w*|przetest\w*|sprawdz\w*)"
)
_MACHINE_NOUN = (
    r"(?:box\w*|host\w*|machine\w*|server\w*|serwer\w*|servidor\w*|stroj\w*|počítač\w*|"
    r"pocitac\w*|rechner\w*|maschine\w*|maszyn\w*|adres\w*|address\w*|IPs?|one|ones|VMs?|"
    r"máquina\w*|maquina\w*|macchin\w*|serveur\w*|ordinateur\w*|equipo\w*|indirizz\w*|"
    r"direcci\w*|maskin\w*|machin\w*)"
)
_ALIKE_WORD = (
    r"(?:same|stejn\w*|rovnak\w*|ist[éáýúeaoy]\w*|sam[éáýeaoy]\w*|gleich\w*|selb\w*|mism\w*|"
    r"mêmes?|memes?|stess[aeio]|samm[ea]|zelfde|dezelfde|hetzelfde)"
)
_THE_SAME = (
    # a pronoun or demonstrative pointing back, or "the same (machine)", or production
    rf"(?:it|them|there|nich|něj|nej|neho|ňho|ní|niej|niego|ihm|ihnen|dort|él|ellos|ellas|"
    rf"tam|odtud|odtiaľ|odtial|dense[lb]ben|demselben|derselben|dieselbe\w*|"
    rf"(?:th(?:ese|ose|is|at)|těchto|tyto|tohoto|tohto|týchto|tychto|diese[mnrs]?|tego|tych|"
    rf"es[eoa]s?|est[eoa]s?|aquell[oa]s?|ces|cette|cet|quest[eio]|quell[eio])"
    rf"(?:\s+{_ALIKE_WORD})?(?:\s+{_MACHINE_NOUN})?|"
    rf"(?:(?:the|tom|tomtéž|tej|tú|tu|ten|te|tie|tých|tych|těch|tech|tém|tem|den|dem|el|los|"
    rf"las|la|les|le|gli|lo|det|de|die|het)\s+)?"
    rf"{_ALIKE_WORD}(?:\s+{_MACHINE_NOUN})?|téhož|tehoz|týchž|tychz|těchže|techze|týchže|"
    rf"tychze|tímtéž|timtez)"
)
_FROM = (
    r"(?:z|ze|zo|na|from|on|via|von|vom|aus|auf|über|přes|pres|cez|desde|de|con|with|s|se|"
    r"depuis|da|dalla|dalle|dallo|dagli|dai|dal|fra|från|fran|frå|på|van|vanaf|vanuit|op|"
    r"vid|ved)"
)
_TESTED_FROM_IT = re.compile(
    rf"\b(?:{_TESTING}(?:\s+[\w']+){{0,4}}?\s+{_FROM}\s+(?:the\s+|our\s+)?"
    rf"(?:{_THE_SAME}|produk\w*|production|prod|live|ostr\w*)|"
    rf"{_FROM}\s+{_THE_SAME}(?:\s+[\w']+){{0,4}}?\s+{_TESTING}|"
    rf"{_TESTING}(?:\s+[\w']+){{0,3}}?\s+(?:use|nutzen|verwenden|použij\w*|pouzij\w*|"
    rf"použi\w*|vezm\w*|usamos|używ\w*|uzyw\w*)(?:\s+\w+)?\s+{_THE_SAME}|"
    rf"{_THE_SAME}(?:\s+[\w']+){{0,5}}?\s+(?:for|na|pro|zum|zu|do|para|k)\s+{_TESTING}|"
    # the tests run there, an adverb of the place pointing back ("the tests run there",
    # "testy poběží tam", "testerna körs där", "die Tests laufen dort")
    rf"{_TESTING}(?:\s+[\w']+){{0,3}}?\s+(?:there|tam|tamtéž|tamtez|tamtiež|tamtiez|där|dar|"
    r"dær|daar|dort|ott|là|lì|allí)(?:\s+(?:too|also|as\s+well|také|take|tiež|tiez|också|"
    r"ook|auch))?\s*(?:[.,;!?)]|$)|"
    r"(?:no|without|keine?\w*|ohne|sin|bez|žádn\w*|zadn\w*|žiadn\w*|nemáme|nemame|nie\s+ma\w*|"
    r"ingen|inga|inget|geen)"
    r"\s+(?:\w+\s+){0,1}?(?:separate|extra|additional|dedicated|own|other|different|"
    r"separat\w*|eigen\w*|gesondert\w*|zvláštn\w*|zvlastn\w*|samostatn\w*|oddělen\w*|"
    r"oddelen\w*|jin\w*|iné\w*|ine\w*|osobn\w*|oddzieln\w*|dodatkow\w*|aparte|distint\w*)"
    r"\s+(?:\w+\s+){0,1}?(?:test\w*|zkušeb\w*|zkuseb\w*|skúšob\w*|prueba\w*)|"
    # the separate test environment denied with the word after ("no tenemos entorno de
    # pruebas aparte", "pas d'environnement de test séparé", "samostatné testovací
    # prostředí nemáme")
    r"(?:no|non|sin|senza|pas|bez|nemáme|nemame|nie)\s+(?:[\w']+\s+){0,4}?"
    r"(?:test\w*|prueba\w*)\s+(?:aparte|separat\w*|séparé\w*|separe\w*|distint\w*|"
    r"dedicat\w*|propi[oa])|"
    r"(?:samostatn\w*|zvláštn\w*|zvlastn\w*|oddělen\w*|oddelen\w*|jin\w*|separate)\s+"
    r"(?:test\w*|zkušeb\w*|zkuseb\w*|skúšob\w*)\s+(?:\w+\s+)?(?:nemáme|nemame|nemám|nemam|"
    r"nemáte|neexistuje|nebude|we\s+do\s+not\s+have))(?!\w)",
    re.IGNORECASE,
)
"""Words after a list of addresses naming no use that say the tests run from those very
machines ("servery A a B, testovat budeme přímo z nich", "I will test from it as well",
"zum Testen nutzen wir denselben", "the same box will be used for testing", "no separate
test address"): production, no test."""
_FOR_NOW = re.compile(
    r"\b(?:until|till|for\s+now|temporar\w*|provisional\w*|meanwhile|dokud|než|dočasn\w*|"
    r"docasn\w*|zatím|zatim|prozatím|prozatim|zatiaľ|zatial|kým|kym|do\s+(?:té|te|tej)\s+doby|"
    r"bis|vorläufig\w*|vorerst|zunächst|hasta|mientras|por\s+ahora|dopóki|dopoki|do\s+czasu|"
    r"tymczasow\w*|na\s+razie|later|později|pozdeji|neskôr|neskor|später|ale|but|aber|pero)\b",
    re.IGNORECASE,
)
"""Words making the testing from a machine last only till another comes (or setting it
against something): the machine's use is not plainly production then."""
_LIST_JOIN = re.compile(rf"^(?:[\s,;/&+]|(?:{_AND}|sowie)\b)*$", re.IGNORECASE)


def _tested_from_them(lead: str, rest: str) -> bool:
    """"servery A a B, testovat budeme přímo z nich": a list of addresses whose
    words before (``lead``, in its sentence) name no use or production ("direcciones de
    producción A y B (las pruebas desde esas mismas máquinas)"), and whose words after (``rest``)
    say the tests run from those machines - no other address, no "until", no use named
    before those words."""
    cut = _last_sentence_end(lead)
    if _sole_use(lead[cut.end() :] if cut else lead) is Role.TEST:
        return False  # given for tests; production named before them restates the run's use
    rest = rest[:240]
    if _MAYBE_ADDRESS.search(rest) or _FOR_NOW.search(rest):
        return False
    return any(
        _cues(rest[: said.start()])[0] is None  # a use named before, a neutral phrase aside
        and _PROD_CUES.search(rest, said.end()) is None  # "…, v tomto pořadí pro ostrý a test"
        for said in _TESTED_FROM_IT.finditer(rest)
    )


def _runs(mentions: list[Mention], lines: list[tuple[int, str]]) -> list[tuple[int, int, int]]:
    """For each mention, the run of addresses it belongs to in its line: (where the words
    before the run start - after the line's previous run -, where the run starts, where it
    ends); a run is addresses joined by nothing but commas and "and" ("A, B a C"). All -1
    where the mention is not found in its line."""
    text = dict(lines)
    spans: list[tuple[int, int]] = []  # each mention's place in its line
    read_to: dict[int, int] = {}
    for m in mentions:
        at = text.get(m.line, "").find(m.text, read_to.get(m.line, 0))
        read_to[m.line] = at + len(m.text) if at >= 0 else read_to.get(m.line, 0)
        spans.append((at, at + len(m.text)) if at >= 0 else (-1, -1))
    groups: list[list[int]] = []
    for k, m in enumerate(mentions):
        at = spans[k][0]
        last = groups[-1][-1] if groups else -1
        if (
            at >= 0
            and last >= 0
            and mentions[last].line == m.line
            and spans[last][0] >= 0
            and _LIST_JOIN.match(text.get(m.line, "")[spans[last][1] : at])
        ):
            groups[-1].append(k)
        else:
            groups.append([k])
    out: list[tuple[int, int, int]] = [(-1, -1, -1)] * len(mentions)
    line_end: dict[int, int] = {}  # where the line's previous run ended
    for group in groups:
        first, last = group[0], group[-1]
        if spans[first][0] < 0:
            continue
        no = mentions[first].line
        for k in group:
            out[k] = (line_end.get(no, 0), spans[first][0], spans[last][1])
        line_end[no] = spans[last][1]
    return out


def _use_refused_after(mentions: list[Mention], lines: list[tuple[int, str]]) -> list[Mention]:
    """"Produkce A, B / Test T / Jo a ještě - tu testovací prosím vůbec nezadávejte, budeme
    testovat z produkce": the words after the text's last address that refuse one use as a
    whole and name no address (``refused_uses``) withdraw that use's addresses, when the
    other use keeps some. Never certain (the withdrawn mentions leave the fields unsure)."""
    last = max(m.line for m in mentions)
    tail = "\n".join(t for n, t in lines if n > last)
    if not tail.strip() or _MAYBE_ADDRESS.search(tail):
        return mentions
    refused = refused_uses(tail)
    if len(refused) != 1:
        return mentions
    use = next(iter(refused))

    def gone(m: Mention) -> bool:
        return not m.excluded and (m.role or Role.PRODUCTION) is use

    if not any(gone(m) for m in mentions) or all(gone(m) or m.excluded for m in mentions):
        return mentions  # nothing of that use, or nothing of the other would remain
    return [dataclasses.replace(m, excluded=True, certain=False) if gone(m) else m for m in mentions]


def _production_tested(mentions: list[Mention], lines: list[tuple[int, str]]) -> list[Mention]:
    """"Veřejná adresa serveru: A / … takže testovat budeme také z A": an address given for
    production, then named again in a sentence of testing from it, is the production machine
    the tests run from - no test address (LABELS: testing from the production address). Only
    for a test use read from a sentence naming no other use (the mention is read as the
    production address it restates). So too a list naming no use whose closing words say
    the tests run from it ("servery A a B, testovat budeme přímo z nich": ``_tested_from_them``)."""
    text = dict(lines)
    out: list[Mention] = []
    production: set[IPAddress] = set()
    read_to: dict[int, int] = {}  # how far each line's mentions were found
    runs = _runs(mentions, lines)
    # the run of addresses each mention is in, and whether it is the text's only one
    alone = {
        r for r in set(zip(runs, (m.line for m in mentions), strict=True))
        if not any(
            n.role is not Role.TEST and not n.excluded and (runs[j], n.line) != r
            for j, n in enumerate(mentions)
        )
    }
    for k, m in enumerate(mentions):
        at = text.get(m.line, "").find(m.text, read_to.get(m.line, 0))
        read_to[m.line] = at + len(m.text) if at >= 0 else read_to.get(m.line, 0)
        after_run, start, end = runs[k]
        if (
            m.role is Role.TEST
            and not m.certain
            and not m.excluded
            and start >= 0
            and (runs[k], m.line) in alone  # another address given for production: A is test
        ):
            line = text.get(m.line, "")
            if _tested_from_them(line[after_run:start], line[end:]):
                m = dataclasses.replace(m, role=Role.PRODUCTION)
        if (
            m.role is Role.TEST
            and not m.certain
            and not m.excluded
            and not m.is_block
            and m.addresses
            and production.issuperset(m.addresses)
        ):
            lead = text.get(m.line, "")[:at] if at >= 0 else ""
            cut = _last_sentence_end(lead)
            lead = lead[cut.end() :] if cut else lead
            if at >= 0 and _TESTED_FROM.search(lead) and _sole_use(lead) is Role.TEST:
                m = dataclasses.replace(m, role=Role.PRODUCTION)  # its use stays production
        if m.role is not Role.TEST and not m.excluded:
            production.update(m.addresses)  # no use named: production by default
        out.append(m)
    return out


def _private_blocks_as_context(mentions: list[Mention]) -> list[Mention]:
    """"Public egress 198.51.100.23; our servers sit in the 172.16.4.0/22 LAN behind it": a
    block of internal addresses (RFC 1918, shared, link-local, ULA) under no label, beside an
    address that reaches the internet, is the network behind it, never what the feed sees
    (withdrawn)."""
    def context(m: Mention) -> bool:
        return m.is_block and not m.certain and not m.excluded and _internal(m)

    if not any(context(m) for m in mentions):
        return mentions
    if all(_internal(m) for m in mentions if not m.excluded):
        return mentions
    return [dataclasses.replace(m, excluded=True) if context(m) else m for m in mentions]


_ALLOWED = 5
"""The most addresses of one use the campaign allows (the quota's default)."""


def _large_block_unsure(m: Mention) -> Mention:
    """A block or range of more addresses than may be allowed is never certain: an
    applicant names the machines to allow, a bigger block is more likely the network they
    stand in (an internal one, the provider's) than what is asked for."""
    if not m.is_block or m.count <= _ALLOWED or not m.certain or m.excluded:
        return m
    return dataclasses.replace(m, certain=False, doubt=m.doubt or Reason.LARGE_BLOCK)


def _mended(found: list[Mention], broken: bool, completed: set[IPAddress]) -> list[Mention]:
    """A line's mentions, flagged where the line was mended before reading: a prefix split
    by a space joined (all of them), an IPv6 address's last groups completed (those)."""
    return [
        dataclasses.replace(m, certain=False, doubt=m.doubt or Reason.BROKEN_ADDRESS)
        if broken
        else dataclasses.replace(m, certain=False, doubt=m.doubt or Reason.SHORTHAND)
        if completed.intersection(m.addresses)
        else m
        for m in found
    ]


_SPLIT_PREFIX = re.compile(r"(?<![\d.])((?:\d{1,3}\.){3}\d{1,3})/([1-3]) ([0-9])(?=\s|$|[,;)])")
"""An IPv4 prefix a space splits in two (a PDF's text: "203.0.113.160/3 1"): its first digit
alone would be a block of a quarter of the internet or more, no one's network."""


def _prefix_joined(m: re.Match[str]) -> str:
    joined = int(m.group(2) + m.group(3))
    return f"{m.group(1)}/{joined}" if 8 <= joined <= 32 else m.group(0)


def _is_v6_fragment(token: str) -> bool:
    """An IPv6 address written as its last groups only ("::1", "::a:2"): the part of a whole
    address after its "::", never an address anyone asks access for (an IPv4 address
    mapped into IPv6, "::ffff:192.0.2.1", is whole)."""
    return token.startswith("::") and "." not in token


_WHOLE_V6 = re.compile(rf"(?<![\w:.])(?:{_V6})(?![\w:])")


def _v6_fragments_completed(
    line: str, items: list[tuple[re.Match[str], _Item]], text: str
) -> tuple[str, set[IPAddress], bool]:
    """The line with each IPv6 fragment ("::11") written whole: after a whole address on
    the line ("2001:db8::10 and ::11") with that address's groups before its "::", else as
    the one whole address of the text that ends so ("the first (ending ::1) is production"
    under a quoted "2001:db8:c0::1 a 2001:db8:c0::2"); the addresses so completed, and
    whether a fragment was left unread (no single whole address it belongs to: blanked,
    never a value)."""
    out, at, completed, cut = [], 0, set[IPAddress](), False
    head: str | None = None
    whole: set[IPAddress] | None = None
    for m, _ in items:
        token = m.group("addr")
        if not _is_v6_fragment(token):
            head = token.split("::")[0] if "::" in token and "." not in token else None
            continue
        if head is None:
            whole = _whole_v6(text) if whole is None else whole
            heads = {h for a in whole if a == parse_address((h := str(a).split("::")[0]) + token)}
        else:
            heads = {head}
        full = parse_address(next(iter(heads)) + token) if len(heads) == 1 else None
        out.append(line[at : m.start("addr")])
        if full is None:
            out.append(" " * len(token))
            cut = True
        else:
            out.append(str(full))
            completed.add(full)
        at = m.end("addr")
    return "".join(out) + line[at:], completed, cut


def _whole_v6(text: str) -> set[IPAddress]:
    """The whole IPv6 addresses written in ``text`` (with groups before their "::")."""
    out: set[IPAddress] = set()
    for m in _WHOLE_V6.finditer(text):
        token = m.group()
        if not token.startswith(":") and (a := parse_address(token)) is not None:
            out.add(a)
    return out


_NOTE_REACH = 2
"""How many lines after a list a note pointing into it may stand."""


def _list_run(
    mentions: list[Mention], at: dict[int, int], k: int, lines: list[tuple[int, str]]
) -> list[int]:
    """The mentions from the ``k``-th on that make a list of one address a line with no use
    named (blank lines between its items too, as an HTML list or paragraphs render), or the
    list of one line ("A, B a C;" / "první je …"), their indexes."""
    run = [k]
    while (j := run[-1] + 1) < len(mentions) and mentions[j].line == mentions[k].line and (
        mentions[j].role is None and not mentions[j].excluded
    ):
        run.append(j)
    if len(run) > 1:
        return run
    while (j := run[-1] + 1) < len(mentions) and mentions[j].role is None and not mentions[
        j
    ].excluded and _next_row(lines, at.get(mentions[run[-1]].line, -3), at.get(mentions[j].line, -1)):
        run.append(j)
    return run


def _next_row(lines: list[tuple[int, str]], prev: int, nxt: int) -> bool:
    """The line ``nxt`` follows the line ``prev`` (indexes of ``lines``) with only blank
    lines between them."""
    return prev >= 0 and nxt > prev and all(not t.strip() for _, t in lines[prev + 1 : nxt])


def _pointed_below(mentions: list[Mention], lines: list[tuple[int, str]]) -> list[Mention]:
    """"A / B (one a line) / Pozn.: druhá adresa je testovací", "The last one is our test
    box": a note right under a list of addresses with no use named points at one of them by
    its place - that address takes the note's use (never certain)."""
    at = {lineno: i for i, (lineno, _) in enumerate(lines)}
    out = list(mentions)
    k = 0
    while k < len(out):
        if out[k].role is not None or out[k].excluded:
            k += 1
            continue
        run = _list_run(out, at, k, lines)
        k = run[-1] + 1
        last = at.get(out[run[-1]].line)
        if len(run) < 2 or last is None:
            continue
        below = [t for _, t in lines[last + 1 : last + 1 + 2 * _NOTE_REACH] if t.strip()]
        for note in below[:_NOTE_REACH]:
            if _MAYBE_ADDRESS.search(note):
                break
            for which, role in _pointed(note, len(run)).items():
                i = run[which]
                out[i] = dataclasses.replace(out[i], role=role, certain=False, doubt=Reason.WORDING)
    return out


def _unread_label(
    line: str, items: list[tuple[re.Match[str], _Item]], found: list[Mention]
) -> str | None:
    """The label of a line's addresses when it names no use the reader knows ("Üretim
    adresleri: A, B" / "Deneme adresi: C"): two such labels in one text may name two uses,
    so the default use of their addresses is a guess."""
    lead = line[: items[0][0].start()]
    if found and all(m.role is None for m in found) and _LABEL_LEAD.match(lead):
        words = [w.casefold() for w in _OWN_WORD.findall(lead)]
        if any(not _ADDRESS_WORDS.fullmatch(w) for w in words):
            return " ".join(words)
    return None


_OCTET = re.compile(r"(?=[\.])(?<![\w.])\.(\d{1,3})(?![\d.]\d|\d)")
"""A last octet written alone (".26"), naming an address written in full before."""
_NOT_BEFORE = re.compile(
    r"(?:\b(?:není|neni|nie\s+je|nejsou|is\s+not|isn'?t|not|nikoli|nikoliv|místo|misto|"
    r"namísto|namisto|miesto|namiesto|instead\s+of|rather\s+than|statt|anstatt|anstelle|zamiast|"
    r"au\s+lieu\s+de)|(?:^|[(,;–-])\s*(?:ne|nie)"
    # a denial right after the value given in its place (".87 ne .78", ".87, not .78",
    # ".87 und nicht .78", ".87 nem .78")
    r"|\d\s*,?\s+(?:(?:a|and|und|i|et|és|es)\s+)?(?:ne|nie|not|nicht|nem|non|pas))"
    r"\s*$",
    re.IGNORECASE,
)
_WRONG_AFTER = re.compile(
    r"^\W{0,3}(?:(?:je|is|was|byla?)\s+)?(?:špatn\w*|spatn\w*|chybn\w*|wrong|incorrect|"
    r"nesprávn\w*|nespravn\w*|neplatn\w*|invalid|zle)\b",
    re.IGNORECASE,
)


_NOT_A_SERVER_AFTER = re.compile(
    r"^\W{0,3}(?:(?:that|this|das|dies|ten|ta|tá)(?:\s+one)?\s+)?(?:(?:je|is|was|byla?|bola?|"
    r"ist|war|jest|to(?:\s+je|\s+jest)?|it'?s|that'?s|est|c'est)\s+(?:(?:jen|len|only|"
    r"nur|just|a|an|ein\w*|náš|nas|naše|nase|naš\w*|our|unser\w*|nasz\w*|síťov\w*|sitov\w*|"
    r"sieťov\w*|network|netzwerk|notre|une?|seulement)\s+){0,2}(?:tiskárn\w*|tiskarn\w*|"
    r"tlačiar\w*|tlaciar\w*|printer|drucker|drukark\w*|nas|kopírk\w*|kopirk\w*|copier|kopierer|"
    r"scanner|skener\w*|imprimante|copieur|photocopieuse|chyb[aou]|omyl|překlep|preklep|mistake|"
    r"typo|error|fehler|irrtum|tippfehler|błąd|blad|erreur)\b|"
    # Hungarian names what it is without a verb: "a .112 a nyomtatónk"
    r"az?\s+(?:[^\W\d_]+\s+)?(?:nyomtató\w*|fénymásoló\w*|szkenner\w*)|"
    # "ist unser Router, kein Server", "is our gateway, not a server", "a routerünk, nem szerver"
    r"(?:(?:is|ist|je|jest|est|c'est)\s+|az?\s+)(?:[^\W\d_]+\s+){0,2}[^\W\d_]+,?\s+"
    r"(?:not|kein\w*|ne|nie|pas|nem)\s+(?:(?:a|un|egy)\s+)?(?:server|serwer\w*|serveur|szerver\w*)\b|"
    r"(?:(?:is|was)\s+not|isn'?t|wasn'?t|není|neni|nie\s+je|ist\s+kein\w*|nie\s+jest)\s+"
    r"(?:(?:a|an|our|náš|nas|žádný|zadny|žiadny|ziadny|any)\s+)?(?:server|serwer\w*|serverem))",
    re.IGNORECASE,
)
"""The address or last octet before is no server at all: a printer, or a slip ("ta .61 je
tiskárna", ".9 is not a server", "die .77 ist ein Drucker", "tá .39 bola chyba", "la .115 est notre imprimante", "a .112 a
nyomtatónk")."""


_OTHER_SERVICE_AFTER = re.compile(
    r"^\W{0,3}(?:(?:už|uz|již|jiz|je|is|was|are|ist|wird|schon|bereits|already|już|juz|jest|"
    r"nyní|nyni|now|jetzt)\s+){0,3}(?:"
    # "(.20) už používá jiná služba", "nutzt schon ein anderer Dienst", "używa inna usługa",
    # "another service uses it"
    r"(?:používá|pouziva|používa|využívá|vyuziva|nutzt|verwendet|używa|uzywa|uses|has)\s+"
    r"(?:(?:ho|ji|ju|ihn|sie|go|it|už|uz|již|schon|bereits|już|already)\s+){0,2}"
    r"(?:jiná|jina|iná|ina|jiný|jiny|iný|iny|ein\w*\s+ander\w*|inn[ay]|another|some\s+other)\s+"
    r"(?:služb\w*|sluzb\w*|systém\w*|system\w*|aplikac\w*|zákazník\w*|zakaznik\w*|"
    r"dienst\w*|usług\w*|uslug\w*|service|application|customer|kunde\w*|klient\w*)|"
    # "is used by another service", "wird von einem anderen Dienst genutzt", "patří jiné službě"
    r"(?:used|taken|occupied)\s+by\s+(?:another|some\s+other|a\s+different)\s+\w+|"
    r"(?:von|durch)\s+(?:einem|einer)\s+ander\w*\s+\w+\s+(?:genutzt|verwendet|belegt)|"
    r"(?:patří|patri|patrí|belongs\s+to|gehört\s+zu)\s+(?:jiné|jine|inej|another|einem\s+ander\w*)\s+\w+)",
    re.IGNORECASE,
)
"""The address or last octet before is another service's, not the applicant's ("…, .20 už
používá jiná služba", ".40 is used by another service", "die .60 nutzt schon ein anderer
Dienst")."""


def _no_server_after(tail: str) -> bool:
    """The words right after an address or last octet say it is no server of the request."""
    return bool(_NOT_A_SERVER_AFTER.match(tail) or _OTHER_SERVICE_AFTER.match(tail))


def _wrong_octets(
    line: str, lineno: int, items: list[tuple[re.Match[str], _Item]], before: list[Mention]
) -> list[Mention]:
    """"… ta druhá ostrá adresa není .26, ale 203.0.113.62" / ".99 je náš starý router, který
    už nepoužíváme": a last octet written alone that the line says is wrong withdraws the one
    address written before with that last octet (the line's address then takes its place)."""
    out: list[Mention] = []
    spans = [(m.start(), m.end()) for m, _ in items]
    for o in _OCTET.finditer(line):
        if any(lo <= o.start() < hi for lo, hi in spans):
            continue
        if not _said_wrong(line, o):
            continue
        named = [
            (m, a)
            for m in before
            if not m.excluded
            for a in m.addresses
            if a.version == 4 and str(a).rsplit(".", 1)[1] == o.group(1)
        ]
        if len({a for _, a in named}) == 1:
            m, a = named[-1]
            out.append(Mention((a,), 1, m.role, False, lineno, o.group(0), False, excluded=True))
        elif not named and (near := _same_prefix(items, o)) is not None:
            # "správně 192.0.2.27, ne .21": the octet names an address of the line's prefix
            out.append(Mention((near,), 1, None, False, lineno, o.group(0), False, excluded=True))
    return out


def octets_said_wrong(text: str, before: Sequence[Mention]) -> set[IPAddress]:
    """The addresses of ``before`` (the mentions of the writer's earlier text, another block)
    whose last octet a line of ``text`` with no address of its own calls wrong ("P.S. the
    test IP ends in .9, not .6" below the signature, the list above it): which address takes
    its place is not read across texts, so the caller leaves the named one unsure."""
    out: set[IPAddress] = set()
    for lineno, line in enumerate(text.splitlines(), start=1):
        if "." not in line or _OCTET.search(line) is None or _ADDRESS_IN_LINE.search(line):
            continue
        for m in _wrong_octets(line, lineno, [], list(before)):
            out.update(m.addresses)
    return out


_ADDRESS_IN_LINE = re.compile(r"\d\.\d{1,3}\.\d|[0-9A-Fa-f]:[0-9A-Fa-f]*:")


_OR = re.compile(r"(?<![^\W\d_])(?:nebo|alebo|or|oder|ou|lub|albo|eller|vagy|o)(?![^\W\d_])",
                 re.IGNORECASE)
_PREFIX_LEFT = re.compile(r"\s*/\s*\d{1,3}(?![\d.])")


def _read_in_part(line: str, items: list[tuple[re.Match[str], _Item]]) -> bool:
    """A line whose addresses are not a plain list the items read whole: two joined by "or"
    in any language ("A nebo B", "A or B", "A oder B" - alternatives, one of them meant), a
    prefix left after an address ("A / 29"), or an IPv6 address written as its last groups
    only ("2001:db8::10 and ::11"). Its addresses are never certain."""
    for k, (m, _) in enumerate(items):
        if m.group("addr").startswith("::") and k:
            return True
        nxt = items[k + 1][0].start() if k + 1 < len(items) else len(line)
        gap = line[m.end() : nxt]
        if k + 1 < len(items) and _OR.search(gap) and _cue(gap) is None:
            return True
        if "/" in gap[:4] and _PREFIX_LEFT.match(gap):
            return True
    return False


_TENTATIVE = re.compile(
    # the lookahead of the words' first letters only makes the search quick
    r"(?=[pmkvzfntc])(?<![^\W\d_])(?:"
    r"prozat[ií]m|provizorn\w*|provisori\w*|provisional\w*|provvisori\w*|provisoire\w*|"
    r"vorl[äa]ufig\w*|vorerst|"
    r"mo[žz]n[áa]\s+se\s+(?:je[šs]t[ěe]\s+)?zm[ěe]n\w*|m[ôo][žz]e\s+sa\s+(?:e[šs]te\s+)?zmeni\w*|"
    r"(?:may|might|could)\s+(?:still\s+)?change|k[öo]nnte\s+sich\s+(?:noch\s+)?[äa]ndern|"
    r"for\s+now|for\s+the\s+time\s+being|na\s+razie|tymczasowo|zat[ií]m\s+jen|"
    r"zatia[lľ]\s+len)(?![^\W\d_])",
    re.IGNORECASE,
)
"""Words saying a list is provisional and may still change ("prozatím", "vorläufig", "for
now", "možná se ještě změní", "may change")."""
_IN_TIME = re.compile(
    # the lookahead of the words' first letters only makes the search quick
    r"(?=[dtujfbpslanehov])(?<![^\W\d_])(?:"
    r"do[čc]asn\w*|temporar\w*|temporane\w*|tymczasow\w*|vor[üu]bergehend\w*|"
    r"until|till|bis\s+(?:zum|ende|\d)|jusqu|fino\s+al|hasta\s+el|do\s+(?:konce|ko[ńn]ca|\d)|"
    r"then|later|pak|potom|pot[ée]|pozd[ěe]ji|nesk[ôo]r|danach|sp[äa]ter|ensuite|puis|"
    r"dopo|luego|despu[ée]s|potem|p[óo][źz]niej|"
    r"(?:od|from|ab|dès|dal|desde)\s+\d{1,2}\.\s*\d{0,2}\.?\s*(?:\d{4})?(?![\d.]\d))"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
"""Words limiting an address to a time or putting addresses in a sequence ("(until 31 Oct),
then B", "A jen do pátku, pak B", "A, ab 1. 11. B"): between two addresses they say which
holds when."""


def _in_time(line: str, items: list[tuple[re.Match[str], _Item]]) -> bool:
    """The words after a line's first address, outside its items, say the list is provisional
    ("prozatím", "may change"), or words between two of its addresses limit one to a time or
    put them in a sequence: which address holds when is a reading, never certain."""
    gaps = [line[m.end() : (items[k + 1][0].start() if k + 1 < len(items) else len(line))]
            for k, (m, _) in enumerate(items)]
    return (
        any(_TENTATIVE.search(g) for g in gaps)
        or any(_IN_TIME.search(g) for g in gaps[:-1])
        or any(_FUTURE_REMOVAL.search(g) for g in gaps)
    )


_OTHER_MACHINE = re.compile(
    r"\b(?:DNS|resolver\w*|gateway|brán\w*|NTP|SMTP|IMAP|MX|Mailserver\w*|Webserver\w*)\b",
    re.IGNORECASE,
)
_CLAUSE_ENDS = re.compile(r"[,;.!?()]")


def _said_other_machine(line: str, items: list[tuple[re.Match[str], _Item]]) -> bool:
    """The clause right after a line's last address says it is another machine ("A; B is
    our mail server", "B – to je náš web", "B ist unser DNS") and names no use: the list
    holds a host that does not download, so it is never certain. Not in a table's row,
    whose cell after an address names the host ("web-01")."""
    if _TABLE_ROW.search(line):
        return False
    # words between two addresses describe the next one (its head: the role rules read them)
    clause = _CLAUSE_ENDS.split(line[items[-1][0].end() :].lstrip(" –-:=(),"), maxsplit=1)[0]
    return len(clause) > 3 and _cue(clause) is None and bool(
        _ANOTHER_SERVER.search(clause) or _OTHER_MACHINE.search(clause)
    )


_DIGIT_DOT = re.compile(r"\d\.\d")


def _line_doubt(line: str, items: list[tuple[re.Match[str], _Item]]) -> Reason | None:
    """Why a line's addresses are never certain whatever gave their use: the list changes
    in time, it is read only in part, or one of its addresses is said to be another machine.
    A plain list (nothing but marks after its addresses, no number before them, no IPv6
    address of its last groups only) has none: the tests below are not run on it."""
    if (
        all(len(line[m.end() : (items[k + 1][0].start() if k + 1 < len(items) else len(line))])
            <= 2 for k, (m, _) in enumerate(items))
        and not any(m.group("addr").startswith("::") for m, _ in items)
        and not _DIGIT_DOT.search(line, 0, items[0][0].start())
    ):
        return None
    if _in_time(line, items):
        return Reason.TEMPORARY
    if _read_in_part(line, items):
        return Reason.OTHER_CANDIDATE
    if _unread_value(line, items):
        return Reason.UNREAD
    return Reason.OTHER_HOST if _said_other_machine(line, items) else None


# a group of up to five digits too: a digit typed twice or more ("198.51.100.11117")
_DOTTED_RUN = re.compile(r"(?<![\w.])\d{1,3}(?:\.\d{1,5}){2,}(?![\w.]*\d)")


def _unread_value(line: str, items: list[tuple[re.Match[str], _Item]] | None = None) -> bool:
    """A dotted number on a line of addresses, or as the value of a use's label, that is
    no address and no date ("198.51.100.10.1", "198.51.100.300", "198.51.100"): a value the
    reader could not read, so the uses are never certain."""
    spans = [(m.start(), m.end()) for m, _ in items or []]
    for t in _DOTTED_RUN.finditer(line):
        if any(lo <= t.start() < hi for lo, hi in spans):
            continue
        parts = t.group(0).split(".")
        date = len(parts) == 3 and len(parts[0]) <= 2 and len(parts[1]) <= 2
        if date or (len(parts) == 4 and all(int(p) <= 255 for p in parts)):
            continue  # a date ("12.10.2025"), or an address-shaped look-alike (a version)
        if items or (_LABEL_LEAD.match(line[: t.start()]) and _cue(line[: t.start()])):
            return True
    return False


_LINE_START = re.compile(r"[\s,;&+>*•–-]*")
_USE_LEAD = re.compile(r"[\s>*•–-]*[^\W\d_][^\W\d_.]{1,14}\.?(?:\s+IP)?\s*[:=]?\s*", re.IGNORECASE)
"""A line's own use word alone before a last octet ("test .205", "TST: .9") on the line
after a list's line: the list's prefix, the word's use."""


def _text_line_values(
    line: str, lineno: int, mentions: list[Mention], prev_lineno: int, maybe: bool
) -> tuple[list[Mention], bool]:
    """On a line without addresses: a last octet alone right after a list's line ("Production:
    A,\n  .21"), read as the list's next address, and one the line calls wrong withdrawing its
    address (".87 ne .78"); and whether the line holds a value left
    unread - a last octet no list takes ("Test: jako produkce, jen .11") or a dotted number
    as a use's value that is no address ("Test: 198.51.100.10.1")."""
    unread = maybe and _unread_value(line)
    if not mentions or not _OCTET.search(line):
        return [], unread
    after = mentions[-1:] if mentions[-1].line == prev_lineno else []
    # "ta testovací má končit .87 ne .78": the octet called wrong withdraws its address
    wrong = _wrong_octets(line, lineno, [], mentions)
    if wrong and not after:
        # a correction paragraph of its own below the list (a blank line between): the octet
        # given in place of the wrong one continues the corrected address's list
        gone = set(wrong[0].addresses)
        after = [m for m in mentions if gone & set(m.addresses)][-1:]
    read, placed = _left_octets(line, lineno, [], [], after)
    read = wrong + read
    return read, unread or not placed and _octet_unread(line, mentions)


_DENIED_USE = re.compile(
    # the lookahead of the words' first letters only makes the search quick
    r"(?=[nhdzjeatpk])\b(?:nem(?:áme|ame|ám|am|áte|ate|á|a|ajú|aju)|nie\s+mam\w*|not\s+yet|"
    r"(?:do\s+not|don'?t)\s+have|have\s+not|haven'?t|noch\s+(?:kein\w*|nicht)|"
    r"(?:haben|hat)\s+(?:wir\s+|ich\s+)?(?:noch\s+)?kein\w*|jeszcze\s+nie|"
    r"(?:zatím|zatim|zatiaľ|zatial|ještě|jeste|ešte|este)\s+(?:ne|nie)\b|pas\s+encore|"
    r"todav[ií]a\s+no|a[uú]n\s+no|no\s+tenemos|non\s+abbiamo|nincs)",
    re.IGNORECASE,
)
"""A label's words denying what it names ("Test zatím nemáme: A", "test server not yet:
A", "Testserver haben wir noch keinen: A"): the address after it is not plainly of that use."""


def _denied_label(line: str, items: list[tuple[re.Match[str], _Item]], found: list[Mention]) -> bool:
    """The words before one of a line's addresses (after the one before it) name a use and
    deny it, and an address of the line took that use: the label gives no use for
    certain."""
    start = 0
    for m, _ in items:
        head = line[start : m.start()]
        start = m.end()
        if _DENIED_USE.search(head) and (role := _cue(head)) is not None:
            if any(f.role is role for f in found):
                return True
    return False


def _doubted(
    line: str,
    lineno: int,
    items: list[tuple[re.Match[str], _Item]],
    found: list[Mention],
    before: list[Mention],
) -> list[Mention]:
    """A line's mentions with the last octets the items left read into them (all then
    uncertain) and uncertain whenever the line itself gives a doubt (``_line_doubt``)."""
    if "." in line and (left := _left_octets(line, lineno, items, found, before))[1]:
        found = [dataclasses.replace(m, certain=False) for m in found] + left[0]
    if (doubt := _line_doubt(line, items)) is not None:
        found = [m if m.doubt else dataclasses.replace(m, certain=False, doubt=doubt)
                 for m in found]
    if _denied_label(line, items, found):
        found = [m if m.doubt else dataclasses.replace(m, certain=False, doubt=Reason.WORDING)
                 for m in found]
    return found


def _octet_unread(line: str, mentions: list[Mention]) -> bool:
    """A last octet written alone on a line without addresses that names none of the
    addresses read before it ("Test: jako produkce, jen .11"; not "production .31 and .32"
    restating them) and that no words call wrong: a value left unread."""
    ends = {str(a).rsplit(".", 1)[1] for m in mentions for a in m.addresses if a.version == 4}
    return any(
        o.group(1) not in ends and not _said_wrong(line, o) for o in _OCTET.finditer(line)
    )


def _said_wrong(line: str, o: re.Match[str]) -> bool:
    """The words around the last octet ``o`` say it is wrong, replaced or not to be used."""
    head, tail = line[: o.start()], line[o.end() :]
    return bool(
        _NOT_BEFORE.search(head) or _WRONG_AFTER.match(tail) or _EXCLUDE_AFTER.match(tail)
        or _no_server_after(tail)
    )


def _left_octets(
    line: str,
    lineno: int,
    items: list[tuple[re.Match[str], _Item]],
    found: list[Mention],
    before_line: list[Mention],
) -> tuple[list[Mention], bool]:
    """Last octets written alone that no item took and no words call wrong ("A and also
    .41", "A (the second box ends in .21)", ".21" alone on the line after "A,"): the list
    goes on past what the items read, so each is the address of the IPv4 address before it
    with that last octet, in its use, and none of the line's addresses is certain (a list
    read only in part is never certain); one in a later sentence than its address ("A. Adresy
    .6 a .7 vypouštíme") is read as no address, the line's still uncertain. Returns the
    octets' mentions and whether any such octet is on the line."""
    spans = [(m.start(), m.end()) for m, _ in items]
    out: list[Mention] = []
    left = False
    for o in _OCTET.finditer(line):
        if any(lo <= o.start() < hi for lo, hi in spans) or _said_wrong(line, o):
            continue
        before = [k for k, (m, _) in enumerate(items) if m.end() <= o.start()]
        host: Mention | None = None
        role: Role | None = None
        if before and found:
            item = items[before[-1]][0]
            prefix = item.group("addr")
            written = item.group(0).strip()
            host = next((f for f in reversed(found) if f.text == written), found[-1])
            left = True
            if _last_sentence_end(line[item.end() : o.start()]) is not None:
                continue  # another sentence: not the list's next address
        elif before_line and (
            (listed := _LINE_START.fullmatch(line[: o.start()]) is not None)
            or (_USE_LEAD.fullmatch(line[: o.start()]) and _cue(line[: o.start()]))
            or _sentence_use(line, o) is not None
        ):
            # the line goes on with the list of the line before ("A a\n.21, test B"), or
            # gives an address of its own use in the list's prefix ("prod A-B\ntest .205",
            # "Für Tests nutzen wir die .92 aus demselben Netz")
            host = before_line[-1]
            prefix = str(host.addresses[-1]) if host.addresses else ""
            role = _cue(line[: o.start()]) or (None if listed else _sentence_use(line, o))
            left = True
        if host is None:
            continue
        role = role or host.role
        if ":" in prefix or not prefix:
            continue
        a = parse_address(prefix.rsplit(".", 1)[0] + "." + o.group(1))
        if a is None or any(a in f.addresses for f in found):
            continue
        if before and found and (fixed := _octet_sets_right(line, items[before[-1]], o)):
            # "A, pardon .9": the octet takes the place of the address before it
            out.append(Mention((fixed,), 1, role, False, lineno, str(fixed), False, excluded=True))
            out.append(Mention((a,), 1, role, False, lineno, o.group(0), False,
                               False, None, Reason.CORRECTED))
            continue
        # "A, v příloze je chybně .41": the octet the note says is wrong, withdrawn
        wrong = host.excluded or _WRONG_BEFORE.search(line, 0, o.start()) is not None
        out.append(Mention((a,), 1, role, False, lineno, o.group(0), False,
                           wrong, None, Reason.SHORTHAND))
    return out, left


_ADDING_WORD = re.compile(
    r"(?<![^\W\d_])(?:ještě|jeste|ešte|este|také|take|taky|tiež|tiez|and|also|too|plus|"
    r"auch|noch|und|też|tez|oraz|még|és|aussi|også|även|dazu|ještě\s+i)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
"""A word of adding between a correction and a last octet ("pardon, ještě .71", "sorry, also
.71"): the octet is one more address, not the one set right."""


def _octet_sets_right(
    line: str, item: tuple[re.Match[str], _Item], o: re.Match[str]
) -> IPAddress | None:
    """"A, pardon .9", "A, sorry, I mean .15", "A – Korrektur: .8", "A – vlastně .9": a word
    of correction (and nothing of a use, a place or an addition) between a single address and
    a last octet written alone right after it: the address the octet sets right."""
    m, (addrs, n, block, _) = item
    gap = line[m.end() : o.start()]
    if n != 1 or block or len(gap) > 40 or _cue(gap) is not None or _ADDING_WORD.search(gap):
        return None
    fix = _CORRECTION.search(gap) or _SELF_CORRECTED.match(gap)
    if fix is None or _PLACE_NAMED.search(gap) or _last_sentence_end(gap) is not None:
        return None
    if _WRONG_BEFORE.search(gap):
        return None  # "A, v příloze je chybně .41": the octet is the wrong one
    return addrs[0]


_SENTENCE_STOP = re.compile(r"[.!?;](?:\s|$)")
_DENIED_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:ne|nie|not|nicht|kein\w*|nikoli\w*|statt|instead\s+of|místo|misto|miesto)"
    r"\s+(?:[^\W\d_]+\s+)?$",
    re.IGNORECASE,
)
"""A denial right before the octet ("ne na .61", "not on .61", "nicht die .61")."""


def _sentence_use(line: str, o: re.Match[str]) -> Role | None:
    """The one use the first sentence of a line names around a last octet written alone in
    it ("Für Tests nutzen wir die .92 aus demselben Netz", "Na testy pôjde .92"), if the
    octet stands in that first sentence and the sentence names one use, not both."""
    if _last_sentence_end(line[: o.start()]) is not None or _DENIED_BEFORE.search(line, 0, o.start()):
        return None
    stop = _SENTENCE_STOP.search(line, o.end())
    return _sole_use(line[: stop.start() if stop else len(line)])


def _same_prefix(items: list[tuple[re.Match[str], _Item]], o: re.Match[str]) -> IPAddress | None:
    """The address with the first three numbers of the full IPv4 address nearest to the last
    octet ``o`` on its line and ``o``'s last number (None when the line has none)."""
    full = [m for m, _ in items if ":" not in m.group("addr")]
    if not full:
        return None
    near = min(full, key=lambda m: min(abs(m.start() - o.end()), abs(o.start() - m.end())))
    return parse_address(near.group("addr").rsplit(".", 1)[0] + "." + o.group(1))


_LEGEND = re.compile(r"([A-Z])\s*(?:=|–|:|-)\s*([^\W\d_]{3,})")
_CELL_LETTER = re.compile(r"(?=[ABCDEFGHIJKLMNOPQRSTUVWXYZ])(?:^|(?<=[\t|])|(?<=\| )|(?<=\s\s))([A-Z])(\t|\s*\||\s{2,}|\s*$)")
"""A cell holding one capital letter: the first, a middle or the last cell of its row."""
_LEGEND_WORD = {Role.PRODUCTION: "prod", Role.TEST: "test"}


def _legend(text: str) -> dict[str, Role]:
    """The letters a legend gives the two uses ("Role: P = produkční, T = testovací")
    (empty: the text has no such legend)."""
    out: dict[str, Role] = {}
    for m in _LEGEND.finditer(text):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in ".-_"):
            continue  # a letter of a word ("IP: …")
        role = _cue(m.group(2))
        if role is not None:
            out.setdefault(m.group(1), role)
    return out if len(set(out.values())) == 2 else {}


def _with_legend(line: str, legend: dict[str, Role]) -> str:
    """A line with addresses whose cell holds only a legend's letter ("P   198.51.100.180"),
    with the use's word in that cell (the columns kept where the spaces allow)."""
    if not _MAYBE_ADDRESS.search(line):
        return line

    def word(m: re.Match[str]) -> str:
        role = legend.get(m.group(1))
        if role is None:
            return m.group(0)
        gap = m.group(2)
        if gap.startswith("  ") and len(gap) >= 5:
            gap = gap[3:]  # the word is three characters longer than the letter
        return _LEGEND_WORD[role] + gap

    return _CELL_LETTER.sub(word, line)


def _strays(tokens: list[str], lineno: int) -> list[Mention]:
    """Address-like tokens that no rule placed and no words named as something else (a
    version after a product's name): withdrawn mentions whose ``doubt`` says so, a
    candidate for either list that leaves both unsure (``extract``)."""
    out: list[Mention] = []
    for token in tokens:
        a = parse_address(token)
        if a is not None:
            out.append(Mention((a,), 1, None, False, lineno, token, False, True, None, Reason.STRAY))
    return out


def _same_as(line: str) -> tuple[Role, Role] | None:
    """"Testovací IP: stejné jako produkční" / "Test: same as production": the use the line
    names first takes the addresses of the other (None: no such line)."""
    if not _SAME_AS.search(line):
        return None
    text = _neutralised(line)
    p, t = _PROD_CUES.search(text), _TEST_CUES.search(text)
    if (p is None and t is None) or _NOT_YET.search(text) or _AS_BEFORE.search(text):
        return None
    first = p if t is None or (p is not None and p.start() < t.start()) else t
    assert first is not None
    if p is None or t is None:
        # one use named: only as a short label that says it ("Testovací IP bude stejná")
        same = _SAME_AS.search(text, first.end())
        if same is None or len(text[: first.start()].split()) > 2:
            return None
        if len(text[first.end() : same.start()].split()) > 3:
            return None
    return (Role.PRODUCTION, Role.TEST) if first is p else (Role.TEST, Role.PRODUCTION)


def _with_copies(mentions: list[Mention], copies: list[tuple[int, Role, Role]]) -> list[Mention]:
    """The addresses of one use given the other too, as lines saying they are the same ask;
    never for certain (one address for both uses). Not the test use said to be the production
    one ("Testovací IP: stejná jako produkční"): the tests run from the production machine,
    which gives no test address (LABELS)."""
    out = list(mentions)
    for lineno, target, source in copies:
        if target is Role.TEST:
            continue  # tested from the production machine: no test address (LABELS)
        out += [
            dataclasses.replace(m, role=target, certain=False, line=lineno)
            for m in mentions
            if m.role is source and not m.excluded
        ]
    return out


_LIST_LINE = re.compile(
    rf"^\s*(?:[-*•–]|\(?[1-9a-z][.)])?\s*(?:{_V4}|{_V6})(?:/\d{{1,3}})?"
    rf"(?:\s*(?:,|;|and|a|i|&)\s*(?:{_V4}|{_V6})(?:/\d{{1,3}})?)*\s*[.,;]?\s*$",
    re.IGNORECASE,
)
"""A line that is nothing but a list item of addresses ("- 192.0.2.7", "2) A, B.")."""
_LEAD_END = re.compile(r"(?::|(?<=[^\W\d_])\.)\s*$")
"""A lead's end before its list: a colon, or a sentence's full stop after a word (the list
may stand after one blank line: "The first is live, the second staging." / "" / "A" / "B")."""


def _leads_with_lists(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A lead ending in a colon that gives the uses by count or order ("dvě ostré a jedna
    testovací, v tomto pořadí:", "the first two live, the last for testing:") with the list of
    bare addresses below it read as one line, numbered by the list's first line - only when
    that line's reading gives every address a use (``_ordered_roles``)."""
    out: list[tuple[int, str]] = []
    i = 0
    while i < len(lines):
        no, line = lines[i]
        first = i + 2 if i + 2 < len(lines) and not lines[i + 1][1].strip() else i + 1
        j = first
        while j < len(lines) and _LIST_LINE.match(lines[j][1]):
            j += 1
        if j > first and (end := _LEAD_END.search(line)) and (
            _COUNT_HINT.search(line) or _ORDERED.search(line)
        ):
            items = [t.strip().lstrip("-*•–").strip() for _, t in lines[first:j]]
            items = [re.sub(r"^\(?[1-9a-z][.)]\s*", "", t).rstrip(".,;") for t in items]
            joined = f"{line[: end.start()]}: {', '.join(items)}."
            found = _items(joined)
            roles = _ordered_roles(joined, found) if found else None
            if roles is not None and all(r is not None for r in roles):
                out.append((lines[first][0], joined))
                i = j
                continue
        out.append((no, line))
        i += 1
    return out


def _whole_address(token: str) -> bool:
    return parse_address(token.split("/", 1)[0]) is not None


_NOTE_LINES = 4
"""A bracket left open for more lines than this is no wrapped note."""


def _wrapped_notes(lines: list[tuple[int, str]]) -> set[str]:
    """The pieces (between column gaps) of bracketed notes wrapped over several lines of a
    cell ("(bude odpojeno při" / "ostrém zpracování)"): a use word in them describes the row
    and starts no row of its own; a bracket closed on its own line is left alone ("(test)")."""
    notes: set[str] = set()
    depth = open_for = col = 0
    for _, line in lines:
        if not line.strip() or open_for >= _NOTE_LINES:
            depth = open_for = 0
        # a carried note goes on in its own cell: from the first piece reaching the column it
        # opened in, not a role cell left of it ("Produkce 1      Jihlava)")
        start: int | None = _piece_reaching(line, col) if depth else None
        carried = depth > 0
        for i, ch in enumerate(line):
            if ch == "(":
                # the note's lines wrap back to its cell's left edge: the column of the piece
                # the bracket opens in ("192.0.2.7 (nový server," / "až v lednu)")
                cell = max(line.rfind("  ", 0, i) + 2, len(line) - len(line.lstrip()))
                start, col = (i, min(i, cell)) if depth == 0 else (start, col)
                depth += 1
            elif ch == ")" and depth:
                depth -= 1
                if depth == 0 and start is not None and carried:
                    notes.update(_SPACED.split(line[start : i + 1].strip()))
                start, carried = (None, False) if depth == 0 else (start, carried)
        if depth and start is not None:
            notes.update(_SPACED.split(line[start:].strip()))
        open_for = open_for + 1 if depth else 0
    return {n for n in notes if _WORD.search(n)}


def _piece_reaching(line: str, col: int) -> int:
    """Where the first piece of ``line`` (between column gaps) ending past ``col`` starts."""
    pos = 0
    for piece in _SPACED.split(line):
        at = line.index(piece, pos) if piece else pos
        if piece and at + len(piece) > col:
            return at
        pos = at + len(piece)
    return 0


_ONE_SPACE_VALUE = re.compile(r"^(\s*[^\W\d_][^:\t]{0,40}:) (?=[0-9A-Fa-f]*[.:][0-9A-Fa-f:.]*\d)")
"""A form's label and its value one space after the colon (the longest label of the form:
"Production IPs: A" above "Test IP:        B")."""


def _form_values_aligned(texts: list[str]) -> list[str]:
    """A form's labelled value that goes on below it ("Production IPs: A" / "      B"), the
    next lines' values aligned under it: the label's single space widened to a column gap, so
    the value and its continuation are read as one cell of the label's row."""
    out = list(texts)
    for i in range(len(texts) - 1):
        m = _ONE_SPACE_VALUE.match(texts[i])
        nxt = texts[i + 1]
        if m is None or not nxt[:1].isspace() or "  " in texts[i][: m.end()]:
            continue
        at = m.end()
        if len(nxt) - len(nxt.lstrip()) == at and _MAYBE_ADDRESS.search(nxt[at : at + 8]):
            out[i] = f"{m.group(1)}  {texts[i][at:]}"
    return out


def _under_role_columns(lines: list[tuple[int, str]]) -> set[int]:
    """The indexes of the lines under a space-aligned header naming a use per column ("IP
    adresa   Produkce   Test   Poznámka"), up to the next blank line: a row's notes there
    ("hlavní stroj") are a cell of their own, not a role cell taller than its address."""
    out: set[int] = set()
    under = False
    for i, (_, text) in enumerate(lines):
        if not text.strip():
            under = False
        elif under:
            out.add(i)
        elif _MAYBE_ADDRESS.search(text) is None and (header := _table_header(text)):
            under = header[1] is not None and len({r for r in header[0] if r}) == 2
    return out


def _as_table_rows(lines: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], set[int]]:
    """The lines with each row of a space-aligned table whose role cells stand beside several
    lines of one address column read as one line (``layout.table_rows``), numbered by its
    first line; and the numbers of the rows whose reading is a guess."""
    notes = _wrapped_notes(lines) if "(" in "".join(t for _, t in lines) else set()

    def names_use(cell: str) -> bool:
        for note in notes:
            cell = cell.replace(note, " ") if note in cell else cell
        # a cell saying its address is not to be registered ("interní stroj, neregistrovat")
        # is a row of its own, not a taller cell of the row below
        return _cue(cell) is not None or _NOT_ALLOWED.search(cell) is not None

    rows = table_rows(_form_values_aligned([t for _, t in lines]), names_use, _whole_address)
    if not rows:
        return lines, set()
    columned = _under_role_columns(lines)
    out: list[tuple[int, str]] = []
    unsure: set[int] = set()
    i = 0
    for row in rows:
        if row.first in columned:
            continue  # a header names each column's use: each line is a row of its own
        out += lines[i : row.first]
        out.append((lines[row.first][0], row.text))
        if row.unsure:
            unsure.add(lines[row.first][0])
        i = row.last + 1
    return out + lines[i:], unsure


_PAST = re.compile(
    r"\b(?:loni|vloni|vlani|loňsk\w*|lonsk\w*|minul\w*\s+(?:rok\w*|volb\w*)|last\s+year|"
    r"previously|formerly|in\s+the\s+past|v\s+minulosti|dříve|dřív|drive|původně|puvodne|"
    r"pôvodne|predtým|předtím|used\s+to)\b",
    re.IGNORECASE,
)
_AS_BEFORE = re.compile(
    r"\b(?:(?:jako|as|ako|než|than)\s+(?:loni|vloni|vlani|last\s+year|minule|dříve|previously|"
    r"before|predtým|minul\w*\s+rok\w*|(?:in\s+)?the\s+last\s+elections?|in\s+\d{4})|"
    r"(?:dříve|dřív|drive|earlier)\s+(?:než|nez|than)|"
    # the past named to set the present against it: "oproti minulým volbám nový server A",
    # "unlike last year, we now use A", "im Vergleich zur letzten Wahl neu A"
    r"(?:oproti|naproti|proti|na\s*rozdíl\s+od|na\s*rozdiel\s+od|compared\s+(?:to|with)|"
    r"unlike|in\s+contrast\s+to|im\s+Vergleich\s+zu[rm]?|anders\s+als|gegenüber)\s+"
    r"(?:(?:the|den|der|dem|tomu|to)\s+)?(?:loni|vloni|vlani|loňsk\w*|lonsk\w*|minul\w*\s+(?:rok\w*|volb\w*)|"
    r"minule|last\s+(?:year|time|elections?)|(?:the\s+)?previous\s+\w+|předchoz\w*\s+\w+|"
    r"predchádzajúc\w*\s+\w+|letzte[nmr]?\s+\w+|Vorjahr\w*))\b",
    re.IGNORECASE,
)
""""Stejné jako loni": the past named as the model of the present, not a past address."""
_PRESENT = re.compile(
    r"\b(?:letos\w*|tento\s+rok|this\s+year|nově|nove|nyní|nyni|teď|ted|now|currently|"
    r"aktuáln\w*|aktualn\w*|tentokrát|this\s+time|od\s+letoška|napříště|nadále|"
    # a conditional or future clause: "předtím"/"before that" is then "beforehand"
    r"bychom|bysme|budeme|budem|will|would|we['’]ll)\b",
    re.IGNORECASE,
)


_KEPT = re.compile(
    r"^[^.;]{0,30}?\b(?:zůstáv\w*|zůstane|ponechá\w*|ponech\w*|platí|plati|stays|remains|"
    r"keep\w*|still|nadále|zostáva\w*)\b",
    re.IGNORECASE,
)
"""After an address: it stays ("původně uvedená adresa A zůstává")."""


_SUCCEEDED_BY = re.compile(
    r"\b(?:nahradil[aoiy]?|vyst[řr]ídal[aoiy]?|vystriedal[aoiy]?|zast[ąa]pi[łl]\w*)\s+"
    r"(?:ho|ji|ju|je|jej|ich|go|j[aą])\b|"
    r"\b(?:replaced|superseded|succeeded|ersetzt|abgel[öo]st|erstattet|ersatt|zast[ąa]pion\w*|"
    r"nahrazen\w*|nahraden\w*)\s+(?:by|durch|af|av|przez|adresou|adresom)\b",
    re.IGNORECASE,
)
"""A verb of replacing whose subject or agent is the address after it: its successor."""


def _in_the_past(layout: _Layout, n: int) -> list[bool]:
    """Which of a line's ``n`` addresses stand in a clause about the past ("loni jsme měli A
    a B, letos C"): a past word before it in its sentence, or a list joined to such an
    address, until a word of the present."""
    out: list[bool] = []
    for i in range(n):
        clause = _SENTENCE_START.split(layout.gaps[i])[-1]
        if _PRESENT.search(clause) or _KEPT.match(layout.gaps[i + 1]):
            out.append(False)
        elif (past := _last_match(_PAST, said := _AS_BEFORE.sub(" ", clause))) is not None and not (
            # the successor named after the past: "A z loňské žádosti jsme vyřadili, nahradil
            # ho B", "A from last year was retired; it was replaced by B"
            (verb := _last_match(_SUCCEEDED_BY, said)) is not None
            and verb.start() > past.start()
        ):
            out.append(True)
        else:
            out.append(bool(i and out[-1] and _CONNECTOR.match(layout.gaps[i])))
    return out


def _slip(a: IPAddress, b: IPAddress) -> bool:
    """``b`` differs from ``a`` as a slip of typing (or of a phone's autocorrect) does: the same
    first three octets, and last octets one edit apart (two digits swapped, one digit wrong,
    left out or added: ".71" for ".17", ".14" for ".140")."""
    if not isinstance(a, ipaddress.IPv4Address) or not isinstance(b, ipaddress.IPv4Address):
        return False
    x, y = (str(a).rsplit(".", 1), str(b).rsplit(".", 1))
    if x[0] != y[0] or x[1] == y[1]:
        return False
    s, t = x[1], y[1]
    if len(s) == len(t):
        diff = [i for i in range(len(s)) if s[i] != t[i]]
        swapped = len(diff) == 2 and diff[1] == diff[0] + 1 and s[diff[0]] == t[diff[1]] and (
            s[diff[1]] == t[diff[0]]
        )
        return len(diff) == 1 or swapped
    short, long_ = sorted((s, t), key=len)
    return len(long_) == len(short) + 1 and any(
        long_[:i] + long_[i + 1 :] == short for i in range(len(long_))
    )


_SLIP_REACH = 2
"""How many lines before a correcting line the address it corrects may stand."""


def _slips_corrected(mentions: list[Mention], lines: list[tuple[int, str]]) -> list[Mention]:
    """"IP A / *B – oprava, telefon mi to přehodil", "IP A / sorry, I mean B": a line that
    corrects (``_CORRECTION``) and gives an address a slip away from exactly one address of
    the address line just before it withdraws that one (the correction takes its place and
    use); an address unlike the earlier ones is an addition the text does not make plain
    and stays, flagged as the correcting line's addresses are."""
    text = dict(lines)
    out = list(mentions)
    for k in range(len(mentions) - 1, 0, -1):
        m = mentions[k]
        if m.excluded or m.doubt is not Reason.CORRECTED or mentions[k - 1].line == m.line:
            continue
        if any(x.line == m.line and x.excluded for x in mentions):
            continue  # the line's own words say what it replaces
        line = text.get(m.line, "")
        if not _CORRECTION.search(line) or _PLACE_NAMED.search(line):
            continue  # no correction, or one naming what it corrects by its place
        before = [x for x in mentions[:k] if not x.excluded and x.line < m.line]
        if not before or m.line - before[-1].line > _SLIP_REACH:
            continue
        # a correction naming its use ("produkční má být B") corrects an address of that use
        earlier = [
            a
            for x in before
            if x.line == before[-1].line and (m.role is None or x.role in (None, m.role))
            for a in x.addresses
        ]
        if set(m.addresses) <= {a for x in before for a in x.addresses}:
            continue  # addresses written before given a use again ("vice versa: B is …")
        for a in m.addresses:
            slips = {b for b in earlier if _slip(a, b)}
            if len(slips) == 1 and not slips & set(m.addresses):
                (b,) = slips
                gone = Mention((b,), 1, None, False, m.line, str(b), False, excluded=True)
                out.insert(k, gone)
    return out


_APOLOGY = re.compile(r"\b(?:sorry|pardon)\b", re.IGNORECASE)
_DOTTED = re.compile(r"\d+(?:\.\d+){3}")


def _role_corrected(mentions: list[Mention], lines: list[tuple[int, str]]) -> list[Mention]:
    """"Production IP: A / … / Correction: the production address should be B", "I mistyped
    the production one above, it should read B": a later line (or a later sentence of the
    same line: "… test A. Correction: drop C, and the test one is B") that corrects (an
    apology alone does not) and gives one address of a use of which the text gave exactly one
    address before withdraws that one (the correction takes its place) - unless the line
    adds or says what it replaces itself."""
    text = dict(lines)
    out = list(mentions)
    pos = _line_offsets(mentions, text)
    for k in range(len(out) - 1, 0, -1):
        m = out[k]
        line = text.get(m.line, "")
        if m.excluded or m.doubt is not Reason.CORRECTED or m.role is None or m.count != 1:
            continue
        cut = _last_sentence_end(line[: pos[k]]) if pos[k] > 0 else None
        start = 0 if cut is None else cut.end()
        here = line[start:]
        others = [x for j, x in enumerate(mentions) if x.line == m.line and x is not m and (not start or pos[j] >= start)]
        if (others and not _use_anew_beside_drops(others, here, m)) or _ADDED.search(here):
            continue  # the line's own words say what it replaces, or it gives several
        if not _CORRECTION.search(_APOLOGY.sub(" ", here)) or _ORDERED.search(here):
            continue  # no correction, or one of several named by its place ("the second")
        earlier = [
            (j, x) for j, x in enumerate(out[:k]) if x.line < m.line or (x.line == m.line and 0 <= pos[j] < start)
        ]
        if any(set(m.addresses) & set(x.addresses) for _, x in earlier):
            continue  # an address written before moves to this use ("Oprava: B je testovací")
        kept = [(j, x) for j, x in earlier if x.role is m.role and not x.excluded]
        if (
            len(kept) == 1
            and kept[0][1].count == 1
            and kept[0][1].addresses != m.addresses
            # no other dotted value on its line (one left unread is another address); on the
            # correction's own line, none left unread before its sentence
            and (
                len(_DOTTED.findall(line[:start])) == sum(x.line == m.line for _, x in earlier)
                if kept[0][1].line == m.line
                else len(_DOTTED.findall(text.get(kept[0][1].line, ""))) == 1
            )
        ):
            j, x = kept[0]
            out[j] = dataclasses.replace(x, excluded=True)
    return out


def _line_offsets(mentions: list[Mention], text: dict[int, str]) -> list[int]:
    """Each mention's offset in its line, found in their order (-1 when its text is not
    there)."""
    pos: list[int] = []
    last: dict[int, int] = {}
    for x in mentions:
        at = text.get(x.line, "").find(x.text, last.get(x.line, 0)) if x.text else -1
        pos.append(at)
        if at >= 0:
            last[x.line] = at + len(x.text)
    return pos


def _use_anew_beside_drops(others: list[Mention], line: str, m: Mention) -> bool:
    """A correcting line whose other addresses it drops and which gives ``m``'s use in a
    clause or sentence of its own ("Oprava: A vynechte a testovací bude B", "please drop A,
    and the test one is now B"): ``m`` is that use's value anew, not A's replacement."""
    at = line.find(m.text)
    return (
        all(x.excluded and x.text and x.text in line for x in others)  # dropped as written there
        and at >= 0
        and m.role in (own_sentence_use(line, at), own_clause_use(line, at))
    )


_PLACE_WORDS = (
    (1, r"first|prvn[íi]\w*|prv[áéúýaeuy]|erst\w*|pierwsz\w*|premi[eè]r\w*|primer\w*"),
    (2, r"second|druh[áéýíouaeyi]\w*|zweit\w*|drug[iae]\w*|deuxi[eè]me|segund\w*"),
    (3, r"third|t[řr]et[íi]\w*|tret[íi]\w*|dritt\w*|trzec\w*|troisi[eè]me|tercer\w*"),
)
_PLACE_NAMED = re.compile(
    # the lookahead of the words' first letters only makes the search quick
    r"(?=[fpesdzdtz])\b(?:" + "|".join(f"(?P<p{n}>{w})" for n, w in _PLACE_WORDS) + r")"
    r"(?:\s+(?:one|address\w*|adres\w*|IP\w*|Adresse\w*|entry|z\s+nich|of\s+them|"
    r"(?:produk\w*|test\w*|ostr\w*|zku[šs]\w*)(?:\s+(?:one|address\w*|adres\w*|IP)))|"
    r"\s+(?:should|has\s+to|must|má|ma|sollte|powinien|powinna))",
    re.IGNORECASE,
)
"""A correction naming the address it corrects by its place: "the second one should read B",
"druhá adresa má být B", "die zweite Adresse sollte B lauten", "the first test IP is B"."""


def _place_corrected(mentions: list[Mention], lines: list[tuple[int, str]]) -> list[Mention]:
    """"Production: A1, A2 / Test: T / Sorry, the second one should read B": a later line that
    corrects and names by its place (counted over the addresses written before, or over one
    use's when it names the use) the address it corrects withdraws that one; the correction
    takes its use. Never certain (the correcting line's doubt stays)."""
    text = dict(lines)
    out = list(mentions)
    for k in range(len(out) - 1, 0, -1):
        m = out[k]
        if m.excluded or m.doubt is not Reason.CORRECTED or m.count != 1:
            continue
        line = text.get(m.line, "")
        place = _PLACE_NAMED.search(line)
        if place is None or not _CORRECTION.search(line):
            continue
        if any(x.line == m.line for x in out[k + 1 :]):
            continue  # several addresses, or the line's own words say what it replaces
        same = [x for x in out[:k] if x.line == m.line]
        if same and (place := _place_in_gap(line, same[-1], m)) is None:
            continue  # the line's own words say what it replaces
        n = int(next(g for g, v in place.groupdict().items() if v)[1:])
        use = _cue(place.group(0))
        earlier = [
            (j, x) for j, x in enumerate(out[:k])
            if x.line <= m.line and not x.excluded and x.count == 1
            and (use is None or x.role is use)
        ]
        if len(earlier) < max(n, 2) or any(x.is_block for _, x in earlier):
            continue
        j, x = earlier[n - 1]
        if x.addresses == m.addresses:
            # the place named holds the address already ("192.0.2.1O" read as .10): the
            # correction confirms it there, unsure as the correcting line is
            out[j] = dataclasses.replace(x, certain=False, doubt=x.doubt or m.doubt)
            del out[k]
            continue
        # withdrawn as the slips are: the correction takes the withdrawn one's place and use
        out[k] = dataclasses.replace(m, role=x.role, certain=False)
        out.insert(k, Mention(x.addresses, 1, None, False, m.line, x.text, False, excluded=True))
    return out


def _place_in_gap(line: str, prev: Mention, m: Mention) -> re.Match[str] | None:
    """The place named by a correction between ``prev`` and ``m`` on one line ("…, test T
    oprava - ta první adresa má být B", a sloppy line the unwrapping joined)."""
    at = line.rfind(m.text)
    start = line.rfind(prev.text, 0, max(at, 0))
    if at < 0 or start < 0:
        return None
    gap = line[start + len(prev.text) : at]
    fix = _CORRECTION.search(gap)
    return _PLACE_NAMED.search(gap, fix.end()) if fix else None


_OCTET_HINT = re.compile(
    # the lookahead of the words' first letters only makes the search quick
    r"(?=[mnisazh])\b(?:m[íi]sto|namiesto|instead\s+of|statt|anstatt|zamiast|helyett|"
    r"nen[íi]|nie|not|nicht|nem|ne(?=\s+\.?\d{1,3}\s*\)))\s+\.?\d{1,3}\b",
    re.IGNORECASE,
)
_OCTET_REPLACED = re.compile(
    # "místo .61 nyní B", "instead of .11 now B", "statt .61 jetzt B", "není 8 ale B", "not 41
    # but B", "nicht .61 sondern B", "nie 111 tylko B", "nem 8 hanem B"
    r"\b(?:(?:m[íi]sto|namiesto|instead\s+of|statt|anstatt|zamiast)\s+\.?(?P<old>\d{1,3})"
    r"(?![\d.]*\d)[\s,:;–—-]*(?:(?:nyní|nyni|teď|ted|nově|nove|teraz|now|jetzt|neu|je|is|ist|"
    r"bude|will\s+be|platí|plati|nun|nowy|nowa)\b[\s,:;–—-]*)?"
    r"|(?:nen[íi]|nie|not|nicht|nem)\s+\.?(?P<neg>\d{1,3})(?![\d.]*\d)[\s,;–—-]*"
    r"(?:ale|but|sondern|tylko|lecz|hanem|ale\s+až)\s+)$",
    re.IGNORECASE,
)
"""Right before an address, the last octet it replaces named on its own: "místo .61 nyní B",
"ta druhá není 8 ale B", "not 41 but B", "nicht .61 sondern B"."""
_OCTET_REPLACED_AFTER = re.compile(
    # in brackets right after it: "prod je B (ne 177)", "B (not .77)", "B (místo 77)"
    r"\s*\(\s*(?:ne|nie|not|nicht|nem|non|m[íi]sto|namiesto|instead\s+of|statt|zamiast)\s+\.?"
    r"(?P<old>\d{1,3})\s*\)",
    re.IGNORECASE,
)


def _octets_named_withdrawn(mentions: list[Mention], lines: list[tuple[int, str]]) -> list[Mention]:
    """"Test 198.18.55.61 … místo .61 nyní 198.18.55.66", "prod A.7, A.8 / … není 8 ale A.9":
    an address after words naming the last octet it replaces withdraws the one address
    written before with its first three octets and that end; the new one takes its use (never
    for certain: it keeps the doubt of the line that corrects)."""
    text = dict(lines)
    out = list(mentions)
    for m in mentions:
        if m.excluded or m.count != 1 or not isinstance(m.addresses[0], ipaddress.IPv4Address):
            continue
        line = text.get(m.line, "")
        at = line.find(m.text)
        named = _OCTET_REPLACED.search(line[max(at - 60, 0) : at]) if at > 0 else None
        if named is None and at >= 0:
            named = _OCTET_REPLACED_AFTER.match(line, at + len(m.text))
        if named is None or int(n := named.group("old") or named.groupdict().get("neg") or "999") > 255:
            continue
        old = ipaddress.IPv4Address(str(m.addresses[0]).rsplit(".", 1)[0] + "." + str(int(n)))
        hits = [j for j, x in enumerate(out) if not x.excluded and x.addresses == (old,)
                and (x.line, line.find(x.text)) < (m.line, at)]
        if len(hits) == 1 and old != m.addresses[0]:
            gone = out[hits[0]]
            out[hits[0]] = dataclasses.replace(gone, excluded=True)
            # the new one takes the replaced one's place and use, as a corrected slip does
            new = dataclasses.replace(m, role=gone.role or m.role, certain=False)
            out = [x for x in out if x is not m]
            out.insert(hits[0] + 1, new)
    return out


def _past_withdrawn(mentions: list[Mention]) -> list[Mention]:
    """Addresses in a clause about the past are withdrawn when the text gives others for
    now ("loni jsme měli A, letos prosíme o B"); alone, they stay, never for certain."""
    past = [m.doubt is Reason.PAST for m in mentions]
    if not any(past):
        return mentions
    now = any(not p and not m.excluded for m, p in zip(mentions, past, strict=True))
    return [
        dataclasses.replace(m, excluded=True) if p and now else
        dataclasses.replace(m, certain=False) if p else m
        for m, p in zip(mentions, past, strict=True)
    ]


_ALLOW_HEADER = re.compile(
    r"\b(?:povol(?:it|iť|ovat|ovať|ení|enie)?|allow(?:ed|list)?|whitelist\w*|permit(?:ted)?|"
    r"za[řr]adit|zaradiť|include[d]?|p[řr]idat|pridať)\b",
    re.IGNORECASE,
)
"""A table header cell asking whether to let the row's address in ("Povolit", "Allow?")."""
_ALLOW_CELL = re.compile(
    r"(?:^|[\t|;]|\s\s)\s*(?:povol|allow|whitelist|permit|za[řr]adit|zaradiť|include|p[řr]idat|"
    r"pridať)", re.IGNORECASE | re.MULTILINE
)
"""The quick test for ``_ALLOW_HEADER`` opening a table cell."""
_NO = re.compile(r"^(?:ne|nie|no|n|nein|✗|✘|☐|\[\s\]|-|—|–)$", re.IGNORECASE)


def _row_cells(line: str, sep: str | None) -> list[str] | None:
    """A table row's cells, split as its header was (``sep``: the header's separator)."""
    if sep is not None and sep in line:
        # a tab before the first cell is an empty first cell (a workbook's corner), kept
        outer = " \r\n" if sep == "\t" else None
        return [c.strip() for c in line.strip(outer).strip("|").split(sep)]
    cells = _split_cells(line)
    if cells is None and (spaced := _spaced(line)) is not None:
        cells = spaced[0]
    return cells


def _denied_rows(lines: list[tuple[int, str]]) -> set[int]:
    """The rows of a table whose cell under a header asking whether to allow the row says no
    ("Povolit: ne", "Allow?: no"): the table withdraws their addresses."""
    denied: set[int] = set()
    col: tuple[int, int, str | None] | None = None  # (column, cells, separator) of the header
    for lineno, line in lines:
        cells = _row_cells(line, col[2] if col else None) if line.strip() else None
        if cells is None or len(cells) < 2:
            col = None
            continue
        asks = [
            i for i, c in enumerate(cells) if len(c) <= 30 and _ALLOW_HEADER.match(c.strip())
        ]
        if asks and not _MAYBE_ADDRESS.search(line):
            sep = next((c for c in "\t|;" if c in line), None)
            col = (asks[0], len(cells), sep)
        elif col is not None and len(cells) == col[1] and _NO.match(cells[col[0]].strip()):
            denied.add(lineno)
    return denied


_OTHER_COLUMN = re.compile(
    r"\b(?:(?P<sure>verz\w*|version\w*|versi[oó]n\w*|wersj\w*|ver|firmware|fw|build\w*|"
    r"release|oid|serial\w*|sériov\w*|seriov\w*)|klient\w*|client\w*|software|sw|"
    r"program\w*|aplikac\w*|app|agent|skript\w*|script|nástroj\w*|nastroj\w*|tool)\b",
    re.IGNORECASE,
)
"""A table header cell naming something else than an address: a version, a firmware, a
build, an OID (for certain); a client program, a tool (only beside a column of addresses)."""
_OTHER_COLUMN_LOWER = re.compile(_OTHER_COLUMN.pattern)
"""``_OTHER_COLUMN`` blind to no case (as ``_NOT_AN_ADDRESS_LOWER``)."""
_ADDRESS_COLUMN = re.compile(
    r"\b(?:ip\w*|adres\w*|address\w*|indirizz\w*|direcci\w*|endereç\w*|endereco\w*|cím\w*)\b",
    re.IGNORECASE,
)
_DOTTED = re.compile(r"\d+(?:\.\d+)+")


def _column_spans(line: str, sep: str | None) -> list[int]:
    """Where each cell of a table line starts (``sep``: the table's separator)."""
    if sep is None:
        spaced = _spaced(line)
        return spaced[1] if spaced is not None else []
    body = line.rstrip()
    starts = [0] + [i + 1 for i, c in enumerate(body) if c == sep]
    return starts[1:] if sep == "|" and body.lstrip().startswith("|") else starts


def _other_columns(line: str) -> tuple[str | None, list[int], set[int]] | None:
    """A table header naming columns that hold no address ("Verze", "Klient" beside "IP",
    "OID"): its separator, its cells' starts and the indexes of those columns."""
    sep = next((c for c in "\t|;" if c in line), None)
    cells = _row_cells(line, sep)
    if cells is None or len(cells) < 2 or _MAYBE_ADDRESS.search(line):
        return None
    addressed = any(len(c) <= 30 and _ADDRESS_COLUMN.search(c) for c in cells)
    other = _old_columns(cells)
    for i, cell in enumerate(cells):
        if len(cell) > 30 or _ADDRESS_COLUMN.search(cell):
            continue
        if (m := _OTHER_COLUMN.search(cell)) is not None and (m.group("sure") or addressed):
            other.add(i)
    return (sep, _column_spans(line, sep), other) if other else None


_OLD_CELL_WORDS = (
    # old, in languages OLD_WORDS leaves out: Hungarian, Dutch, Swedish, Norwegian, Danish,
    # Finnish, Estonian, Latvian, Lithuanian, Romanian, Portuguese, Greek (transliterated)
    r"r[ée]gi|oude?|gammal|gamla|gammel|gamle|vanha\w*|vanad?|vec[āa]\w*|sen(?:a|as|oji|ieji|os)|"
    r"vechi\w*|antig[oa]s?|palia|palaia|"
    # to be removed: a column of addresses the writer asks to drop ("RÉGI (törlendő)")
    r"t[öo]r[öo]?lend[őöo]|t[öo]rl[ée]s\w*|verwijder\w*|ta\s+bort|fjern\w*|poist\w*|"
    r"kustuta\w*|dz[ēe]st\w*|pa[šs]alin\w*|(?:de\s+)?[șşs]ters\w*|obrisat\w*|izbris\w*|"
    r"remove[dr]?|to\s+remove|delete[d]?|l[öo]schen|smazat|zru[šs]it|odebrat|usun[ąa][ćc]|"
    r"eliminar|remover|supprimer"
)
"""Words of a table header cell calling its column old or to be removed, beyond OLD_WORDS:
only a header cell beside a current column reads them so."""
_OLD_HEADER = re.compile(
    r"(?=[abdefgijklmnoprstuvzíșş])\b(?:" + OLD_WORDS + r"|p[ůuô]vodn\w*|povodn\w*|previously|"
    r"bisher\w*|dosavadn\w*|doteraj[šs]\w*|dotychczas\w*|"
    r"(?:už|již|uz|jiz)\s+(?:ne|nie)\w*|neplatí|neplati|loni|vlani|"
    r"no\s+longer\b[^|\t;]*|" + _OLD_CELL_WORDS + r")\b",
    re.IGNORECASE,
)
"""A table header cell calling its column old or out of use ("Stará IP", "2025 (již
neplatí)", "Původní adresa", "Old (retired)", "RÉGI (törlendő)", "Oud (verwijderen)",
"Gammal", "Vanha", "Vechi (de șters)")."""


def _old_columns(cells: list[str]) -> set[int]:
    """The columns of a table header whose cells call them old or out of use, when a column
    beside them (not the first, which labels the rows) is not: the addresses under them are
    the ones replaced by the current column's, not the application's."""
    old = {i for i, c in enumerate(cells) if len(c) <= 40 and _OLD_HEADER.search(c)}
    current = [i for i in range(1, len(cells)) if i not in old and cells[i].strip()]
    return old if old and current else set()


def _other_cells_hidden(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines with the dotted numbers under a column naming no address (a version, a
    client program, an OID) blanked out: they are no addresses, whatever their shape."""
    out: list[tuple[int, str]] = []
    header: tuple[str | None, list[int], set[int]] | None = None
    for lineno, line in lines:
        if header is not None and _in_table(line, header[0]):
            sep, starts, other = header
            starts = starts if sep is None else _column_spans(line, sep)
            line = _DOTTED.sub(partial(_hidden, starts=starts, other=other), line)
        else:
            header = (
                _other_columns(line)
                if _OTHER_COLUMN.search(line) or _OLD_HEADER.search(line)
                else None
            )
        out.append((lineno, line))
    return out


_RANGE_COLUMNS = re.compile(
    # the lookahead of the words' first letters only makes the search quick
    r"(?=[abdefklopstvzč])\b(?:od|from|von|bis|do|to|start\w*|end\w*|first|last|erste\w*|"
    r"letzte\w*|anfang\w*|ende|začát\w*|zacat\w*|začiat\w*|zaciat\w*|konec|koniec|"
    r"počáteční|pocatecni|počiatočn\w*|pociatocn\w*|koncov\w*|konečn\w*|konecn\w*|"
    r"początk\w*|poczatk\w*|końcow\w*)\b",
    re.IGNORECASE,
)
"""A word that may name the first or the last column of a table of ranges (the header is
then read cell by cell with ``_FROM_CELL`` and ``_TO_CELL``)."""
_COLUMN_NOUN = r"(?:\s+|^)(?:ip|rozsah\w*|range|adres\w*|address\w*|addr\.?|ip-adress\w*|bereich\w*)"
_FROM_CELL = re.compile(
    rf"(?:(?:ip|rozsah\w*|range|adres\w*|address|bereich\w*)\s+)?(?:od|from|von|start\w*|first|"
    r"erste\w*|anfang\w*|začát\w*|zacat\w*|začiat\w*|zaciat\w*|počáteční|pocatecni|"
    rf"počiatočn\w*|pociatocn\w*|początk\w*|poczatk\w*)(?:{_COLUMN_NOUN})*\s*:?",
    re.IGNORECASE,
)
_TO_CELL = re.compile(
    rf"(?:(?:ip|rozsah\w*|range|adres\w*|address|bereich\w*)\s+)?(?:do|to|bis|end\w*|last|"
    r"letzte\w*|ende|konec|koniec|koncov\w*|konečn\w*|konecn\w*|końcow\w*)"
    rf"(?:{_COLUMN_NOUN})*\s*:?",
    re.IGNORECASE,
)
"""A header cell naming the first (``_FROM_CELL``) or the last (``_TO_CELL``) address of a
range: "Od", "From", "von", "Start", "First address", "Počáteční adresa", "Range end"."""
_RANGE_HEADER = re.compile(
    # the lookahead of the words' first letters only makes the search quick
    r"(?=[abefioprsvz])\b" + _FROM_CELL.pattern + r"\s*(?:[\t|;]|\s{2,})\s*" + _TO_CELL.pattern
    + r"\s*(?:[\t|;]|\s{2,}|$)",
    re.IGNORECASE | re.MULTILINE,
)
"""A first and a last column side by side in a text (only a quick test before the rows)."""


def _range_columns(line: str) -> tuple[str | None, int] | None:
    """A table header with a column of first addresses right before one of last addresses
    ("Od | Do | Typ", "Start<tab>End", "von;bis"): its separator (None: aligned by spaces)
    and the index of the first-address column."""
    if _MAYBE_ADDRESS.search(line):
        return None
    sep = next((c for c in "\t|;" if c in line), None)
    cells = _row_cells(line, sep)
    if cells is None or len(cells) < 2:
        return None
    for i in range(len(cells) - 1):
        if _FROM_CELL.fullmatch(cells[i]) and _TO_CELL.fullmatch(cells[i + 1]):
            return sep, i
    return None


_TWO_CELLS = re.compile(rf"({_V4})(\s*[\t|;]\s*|\s{{2,}})({_V4}|\d{{1,3}})(?![\d.])")


def _range_row(line: str, sep: str | None, i: int) -> str:
    """A row under first/last columns with the two addresses written as one range ("A-B",
    the last cell left empty) in the columns' place; other rows as they are."""
    cells = _row_cells(line, sep)
    if cells is None or len(cells) <= i + 1:
        return line
    end = cells[i + 1]
    if end.isdigit() and len(end) <= 3 and cells[i].count(".") == 3:
        end = cells[i].rsplit(".", 1)[0] + "." + end  # the last cell gives the last octet
    first, last = parse_address(cells[i]), parse_address(end)
    if first is None or last is None or first.version != last.version or int(first) > int(last):
        return line
    for m in _TWO_CELLS.finditer(line):
        if m.group(1) == cells[i] and m.group(3) == cells[i + 1]:
            between = m.group(2)
            one = cells[i] if first == last else f"{cells[i]}-{end}"
            # a separator keeps the later cells in their columns; spaces keep their starts
            gap = between.strip() if sep is not None else ""
            text = (one + gap).ljust(len(m.group(0))) if sep is None else one + gap
            return line[: m.start()] + text + line[m.end() :]
    return line


def _ranges_joined(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The rows of a table whose header names a first and a last address column, each row's
    two addresses read as the range they give ("Od: 198.51.100.180, Do: …182" is three)."""
    out: list[tuple[int, str]] = []
    header: tuple[str | None, int] | None = None
    for lineno, line in lines:
        if header is not None and _in_table(line, header[0]):
            line = _range_row(line, *header)
        elif _RANGE_COLUMNS.search(line):
            header = _range_columns(line)
        else:
            header = None
        out.append((lineno, line))
    return out


def _in_table(line: str, sep: str | None) -> bool:
    """A row of a table separated by ``sep`` (``None``: aligned by spaces)."""
    return _spaced(line) is not None if sep is None else sep in line


def _hidden(m: re.Match[str], starts: list[int], other: set[int]) -> str:
    col = max((i for i, p in enumerate(starts) if p <= m.start() + 2), default=0)
    return re.sub(r"\d", "#", m.group(0)) if col in other else m.group(0)


_NAT = re.compile(
    # NAT in any inflection ("za NATem", "v NATu", "NATted")
    r"\b(?:(?-i:[SD]?NAT(?:[a-zá-ž]\w*)?)|masquerad\w*|p[řr]eklad\w*\s+adres\w*|"
    r"preklad\w*\s+adries|address\s+translation|"
    # an address called internal, or a machine going out through another one
    r"(?:intern\w*|vnit[řr]n\w*|vnútorn\w*|vnutorn\w*|privátn\w*|privatn\w*|private)\s+"
    r"(?:\w+\s+)?(?:IP|adres\w*|address\w*|adries|s[íi][ťt]\w*|sie[ťt]\w*|network\w*|netz\w*|"
    # or the block they are in ("the internal range", "vnitřní rozsah", "privátny segment")
    r"rozsah\w*|range\w*|blok\w*|block\w*|subnet\w*|pods[íi]ť\w*|podsi[eť]\w*|segment\w*|"
    r"prefix\w*|pool\w*|LAN|VLAN|"
    # or an internal machine ("náš interní proxy server", "an internal host", "interner Rechner")
    r"server\w*|stroj\w*|proxy\w*|host\w*|počítač\w*|pocitac\w*|machine|rechner\w*|node\w*|"
    r"VM)|"
    # the address the internet sees, set against another ("vystupuje pod veřejnou adresou",
    # "goes out under the public address", "unter der öffentlichen IP")
    r"(?:pod|under|unter|cez|přes|pres|through|via|as|jako|ako|als)\s+"
    r"(?:(?:the|our|naši|naší|naš\w*|unser\w*|der|die|její|jeho|jej\w*)\s+)?"
    r"(?:veřejn\w*|verejn\w*|public|öffentlich\w*)\s+(?:IPv[46]\s+|IP\s+)?"
    r"(?:adres\w*|address\w*|adries|IP\w*)|"
    # the address a machine goes out under, or its address on the local network ("výstupní
    # IP", "egress address", "public-facing IP", "LAN IP", "interně má A")
    r"(?:výstupn\w*|vystupn\w*|odchoz\w*|egress|outbound|outgoing|ausgehend\w*|"
    r"public-facing|LAN|intranet\w*)\s+(?:IPv[46]\s+|IP\s+)?(?:adres\w*|address\w*|IP\w*)|"
    r"interně|interne|internally|vnitřně|vnitrne|"
    # the same inside and outward in the Nordic languages, Finnish, Polish and Spanish
    # ("internt henter vi … men utad er vi B", "sisäverkossa A, ulospäin B", "serwer
    # wewnętrzny A (adres zewnętrzny B)", "internamente A")
    r"internt|utad|utåt|udadtil|sisäverko\w*|sisaverko\w*|sisäise\w*|ulospäin|ulospain|"
    r"wewn[ęe]trzn\w*|zewn[ęe]trzn\w*|na\s+zewn[ąa]trz|internamente|"
    # an address marked internal in brackets after it ("172.16.8.20 (intern)", "(interní)"),
    # or the way out named alone ("nach außen 203.0.113.240", "navenek …")
    r"(?:intern|interní|interni|internal|interna|interno|vnitřní|vnitrni|vnútorná|vnutorna)(?=\))|"
    r"nach\s+au(?:ß|ss)en|navenek|navonok|"
    # a machine the internet cannot reach: "není dostupný zvenku", "not reachable from the
    # internet", "von außen nicht erreichbar"
    r"(?:nedostupn\w*|(?:dostupn\w*|viditeľn\w*|viditeln\w*|reachable|accessible|visible|"
    r"erreichbar|sichtbar)\s+(?:\w+\s+)?(?:z\s+internetu|zvenku|zvenčí|zvenci|zvonku|"
    r"z\s+vonku|from\s+(?:the\s+)?(?:internet|outside)|von\s+au(?:ß|ss)en|aus\s+dem\s+internet))|"
    r"(?:von\s+au(?:ß|ss)en|zvenku|zvonku|from\s+outside)\s+(?:\w+\s+)?(?:nicht|nen[íi]|not)\s+"
    r"(?:erreichbar|sichtbar|dostupn\w*|vid[ěe]t|reachable|accessible)|"
    r"(?:ven|von|out|do\s+internetu|to\s+the\s+internet)\s+(?:\w+\s+){0,2}?"
    r"(?:přes|pres|cez|through|via|pod|under|unter)|odch[áa]z\w*\s+(?:přes|pres|cez)|"
    r"vystupuj\w*\s+(?:jako|ako|pod))\b",
    re.IGNORECASE,
)
"""Words of network address translation, or of an internal machine behind another address:
the feed sees the public address, not the inner."""
_NAT_HINT = re.compile(
    # the lookahead of the words' first letters only makes the search quick
    r"(?=[aeinorvdzspölwu])(?:(?-i:NAT)|utad|utåt|udadtil|ulosp|wewn|zewn|sisäv|sisav|sisäi|asquerad|eklad|ranslation|ntern|nit[řr]n|nútorn|nutorn|rivát|rivat|\bven\b|\bvon\b|"
    r"au(?:ß|ss)en|navenek|navonok|"
    r"ve[řr]ejn|public|öffentlich|v[ýy]stupn|odchoz|egress|outbound|outgoing|ausgehend|"
    r"\bLAN\b|intranet|"
    r"dostupn|reachable|accessible|erreichbar|sichtbar|viditeľn|viditeln|zvenku|zvonku|"
    r"\bout\b|internet|odch[áa]z|vystupuj)",
    re.IGNORECASE,
)
_NAT_HINT_WORDS = re.compile(
    _NAT_HINT.pattern.replace("(?-i:NAT)|", "").replace(r"\bLAN\b", r"\blan\b"), re.IGNORECASE
)
_NAT_HINT_WORDS_LOWER = re.compile(grouped(_NAT_HINT_WORDS.pattern))
"""``_NAT_HINT`` but its "NAT" (a test of its own: ``_nat_hinted``), and the same blind to
no case for a text in lower case (``case_free_search``; a proof: ``test_cue_case``)."""


def _nat_hinted(text: str) -> bool:
    """``_NAT_HINT`` anywhere in ``text``, quicker: "NAT" by containment, its words in the
    lower case."""
    return "NAT" in text or case_free_search(_NAT_HINT_WORDS, _NAT_HINT_WORDS_LOWER, text) is not None


_INTERNAL = tuple(
    ipaddress.ip_network(n)
    for n in (
        "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "169.254.0.0/16",
        "fc00::/7", "fe80::/10",
    )
)
"""Addresses that never reach the internet unchanged (RFC 1918, RFC 6598 shared, link-local,
ULA)."""


def _internal(m: Mention) -> bool:
    ends = m.span if m.span is not None else (m.addresses[0], m.addresses[-1])
    return all(any(a in n for n in _INTERNAL) for a in ends) if m.addresses or m.span else False


_INTERNAL_NOTE = re.compile(
    r"(?<![^\W\d_])(?:ne[řr]e[šs]\w*|nerie[šs]\w*|ignor\w*|nepovol\w*|nevším\w*|nevsim\w*|"
    r"netreba|net[řr]eba|disregard\w*|skip|"
    # it never reaches the office itself: "k Vám nepřistupuje", "nestahuje", "does not
    # connect to you", "greift nicht zu", "nie łączy się"
    r"nep[řr][íi]stup\w*|nepr[íi]stup\w*|nep[řr]ipoj\w*|nepripoj\w*|nepripáj\w*|nestahuj\w*|"
    r"nes[ťt]ahuj\w*|(?:does\s+not|doesn'?t|do\s+not|don'?t|never|will\s+not|won'?t)\s+"
    r"(?:\w+\s+)?(?:access|connect|reach|download|fetch|contact)\w*|greift\s+nicht|"
    r"nie\s+(?:łączy|laczy|pobiera)\w*|"
    # it does not concern the office: "is not relevant to you", "nerelevantní", "Vás se netýká"
    r"(?:not|nie)\s+(?:relevant|needed|required|important|of\s+interest)|irrelevant|"
    r"nerelevantn\w*|irelevantn\w*|net[ýy]k\w*|netýč\w*|netyc\w*|nezaj[íi]m\w*|"
    r"nepot[řr]eb\w*|nepotreb\w*|nemus[íi]\w*|"
    # any verb denied of it towards the office: "never talks to you", "s Vámi nekomunikuje"
    r"(?:never|not|(?:do|does|did|wo|is)n'?t)\s+(?:\w+\s+){0,2}(?:to|with)\s+you|"
    # a verb, not a superlative or a conjunction ("k vám nejdřív", "k vám nebo k nám")
    r"(?:k|s|na|u)\s+(?:vám|vámi|vami|vás|vam|vas)\s+ne(?!jd[řr]|jen|jprv|bo\b|ž\b)\w+|"
    r"ne(?!jd[řr]|jen|jprv|bo\b|ž\b)\w+\s+(?:k|s|na|u)\s+(?:vám|vámi|vami|vás))"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
"""What a line says of an address to leave be: to be ignored, not to be allowed, not needed
(an internal address merely called internal may still be asked for)."""


def _internal_noted(mentions: list[Mention], lines: list[tuple[int, str]]) -> list[Mention]:
    """"feed-int / 10.0.5.10 je náš interní stroj, ten neřešte": an internal address (RFC
    1918, ULA) on a line that says to leave it be, beside an address
    that reaches the internet, is no address asked for (withdrawn)."""
    if all(_internal(m) for m in mentions if not m.excluded):
        return mentions
    text = dict(lines)
    return [
        dataclasses.replace(m, excluded=True)
        if not m.excluded and _internal(m) and _INTERNAL_NOTE.search(text.get(m.line, ""))
        else m
        for m in mentions
    ]


def _translated_as_context(mentions: list[Mention]) -> list[Mention]:
    """A text that translates addresses (NAT) beside an address that reaches the internet:
    the internal ones are the machines behind it, not what the feed sees (withdrawn)."""
    internal = [_internal(m) for m in mentions]
    if all(internal) or not any(internal):
        return mentions
    return [
        dataclasses.replace(m, excluded=True) if i and not m.excluded else m
        for m, i in zip(mentions, internal, strict=True)
    ]


def _networks_as_context(mentions: list[Mention]) -> list[Mention]:
    """"Naše servery jsou v síti 203.0.113.64/26, povolte 203.0.113.66 a .67": a block or
    range under no label that holds addresses the text names one by one, or a narrower range
    ("z adres .17 až .19 (naše síť .16, maska …248)"), is where those addresses are, not a
    request for all of it (withdrawn: the field is unsure)."""
    blocks = [m for m in mentions if m.span is not None and not m.certain and not m.excluded]
    if not blocks:
        return mentions
    singles = [
        (a, m.role) for m in mentions if not m.is_block and not m.excluded for a in m.addresses
    ]
    narrower = [
        n
        for n in mentions
        if n.is_block and not n.excluded and n.span is not None and _narrower(n, blocks)
    ]
    out: list[Mention] = []
    for m in mentions:
        if m in blocks and m.span is not None:
            first, last = m.span
            lo, hi = int(first), int(last)
            named = singles + [(a, n.role) for n in narrower if n is not m for a in n.addresses]
            inside = [r for a, r in named if a.version == first.version and lo <= int(a) <= hi]
            # addresses of another use only inside a block of one: both are requested; a
            # block holding those of its own use too is the network of them all
            if inside and (m.role is None or any(r in (None, m.role) for r in inside)):
                # the block withdraws its other addresses, not those named in it
                kept = {a for a, _ in named}
                rest = tuple(a for a in m.addresses if a not in kept)
                m = dataclasses.replace(m, excluded=True, addresses=rest)
        out.append(m)
    return out


def networks_as_context(mentions: list[Mention]) -> list[Mention]:
    """``_networks_as_context`` over the mentions of several texts of one submission: "Naše
    síť je 203.0.113.0/24, konkrétní adresy jsou v příloze" beside an attachment naming
    203.0.113.58 and .59 - the cover note's block is where they are, not a request."""
    return _networks_as_context(mentions)


def _narrower(m: Mention, blocks: list[Mention]) -> bool:
    """A range strictly inside one of the blocks (not the block itself)."""
    assert m.span is not None
    lo, hi = int(m.span[0]), int(m.span[1])
    return any(
        b.span is not None
        and b.span[0].version == m.span[0].version
        and int(b.span[0]) <= lo <= hi <= int(b.span[1])
        and (int(b.span[0]), int(b.span[1])) != (lo, hi)
        for b in blocks
        if b is not m
    )


def _ragged(ctx: _Context, cells: list[str], layout: _Layout, idx: int) -> bool:
    """A row of no cells under a header of cells set off by tabs, "|" or ";" naming two
    uses, with no words of its own: a lone address whose empty cells the writer left out
    ("Prod<TAB>Test" over "C"), in whichever column it was meant for (the grids the documents
    become keep an empty first cell, so this is text typed so)."""
    if cells or ctx.col_starts is not None or not ctx.columns:
        return False
    if len({r for r in ctx.columns if r is not None}) < 2 and not ctx.lone:
        return False
    return _cue(layout.gaps[idx]) is None and _cue(layout.gaps[idx + 1]) is None


def _cell_index(line: str, pos: int) -> int | None:
    if "\t" not in line and "|" not in line:
        return 0  # a row whose later cells are empty
    if "\t" in line:
        return line[:pos].count("\t")
    if "|" in line:
        stripped = line.lstrip()
        offset = len(line) - len(stripped)
        head = line[:pos]
        n = head.count("|")
        return n - 1 if stripped.startswith("|") and pos >= offset else n
    return None


def dedup(addresses: Iterable[IPAddress]) -> list[IPAddress]:
    seen: set[IPAddress] = set()
    out: list[IPAddress] = []
    for a in addresses:
        if a not in seen:
            seen.add(a)
            out.append(a)
    return out


def is_public(a: IPAddress, *, documentation_public: bool = False) -> bool:
    """A global unicast address. ``documentation_public`` (demo mode only, passed down from
    ``Settings.demo``): the documentation ranges count as public too."""
    if documentation_public and is_documentation(str(a)):
        return True
    return bool(a.is_global) and not a.is_multicast


_NOT_NEEDED = (
    # a use said not to be needed or not to be given after all: "testovací IP nakonec
    # nepotřebujeme", "není potřeba", "neuvádějte", "we don't need a test IP after all",
    # "is not needed", "brauchen wir doch nicht", "nie potrzebujemy", "nem kell",
    # "pas besoin"
    r"(?=[nbdiuspmkaw])(?:nepot[řr]eb\w*|ne(?:ní|ni|bude)\s+(?:\w+\s+)?(?:pot[řr]eb\w*|t[řr]eba)\b|"
    r"nie\s+je\s+(?:\w+\s+)?(?:potreb\w*|treba)\b|netreba\b|neuv[aá]d\w*|"
    r"(?:do\s+not|don'?t|doesn'?t|won'?t)\s+need\b|"
    r"(?:is|are|be)\s+not\s+(?:needed|required|necessary)|(?:is|are)n'?t\s+(?:needed|required|necessary)|"
    r"no\s+need\b|unnecessary\b|"
    r"nicht\s+(?:mehr\s+)?(?:nötig|notwendig|erforderlich|benötigt|gebraucht)\b|"
    r"brauchen\s+(?:wir\s+)?(?:\w+\s+){0,2}?nicht\b|"
    r"nie\s+potrzeb\w*|niepotrzebn\w*|nie\s+(?:jest|b[ęe]dzie)\s+potrzebn\w*|"
    r"m[ée]gsem\s+kell\b|nem\s+kell\b|nincs\s+sz[üu]ks[ée]g\w*|sz[üu]ks[ée]gtelen\w*|"
    r"pas\s+(?:besoin|n[ée]cessaire)\b|inutile\b)"
)
"""Words saying a use is not needed or not to be given (a refusal of the use as a whole,
unless the sentence asks for no *further* address: ``_ANOTHER``)."""
_NOT_NEEDED_RE = re.compile(_NOT_NEEDED, re.IGNORECASE)
_ANOTHER = re.compile(
    r"(?=[adejikmwz])\b(?:another|additional|extra|more|further|weiter\w*|zusätzlich\w*|"
    r"dal[šs][ií]\w*|ďal[šs]\w*|jin[aáéeouýy]\w*|in[áa]\w*|inn[aąeyi]\w*|kolejn\w*|"
    r"m[aá]sik\w*|tov[áa]bbi)\b",
    re.IGNORECASE,
)
"""A word of one more address ("a further test IP we don't need"): a sentence saying so does
not drop the address already given."""
_REFUSAL = re.compile(
    # the lookahead of the words' first letters only makes the search quick
    r"(?=[abdfijklmnoprvzcsetuw])\b(?:" + _NOT_NEEDED + r"|" + _DONT_PUT + r"|nepovol\w*|nepovoľ\w*|nezařa\w*|nezara\w*|nezaraď\w*|"
    r"neregistr\w*|nepoužív\w*|nepouziv\w*|nepoužívaj\w*|ignor\w*|"
    # a whole use cancelled: "testovacie prostredie rušíme", "cancel the test access",
    # "die Testumgebung entfällt", "środowisko testowe usuwamy"
    r"ruš(?:íme|ime|ím|te)\b|zruš(?:te|íme|ime|iť|it)\b|zrus(?:te|ime|it)\b|rusime\b|"
    r"(?<!\bnon\s)(?<!\bnot\s)(?<!n't\s)cancel\w*|entf[aä]llt|streichen|usuwamy|usuńcie|usuncie|rezygnujemy|"
    r"(?:do\s+not|don'?t|never)\s+(?:use|enable|whitelist)|no\s+longer\s+(?:use|need|valid)|"
    # a whole use no longer holding: "testovací IP z formuláře již neplatí", "odpadá",
    # "the test address in the form no longer applies", "is not valid any more"
    r"neplat\w*|(?:již|už|jiz|uz)\s+nie?\s+(?:je\s+)?(?:platn\w*|aktuáln\w*|aktualn\w*)|"
    r"no\s+longer\s+(?:holds?|applies|stands|in\s+use)|not\s+valid\s+any\s*(?:more|longer)|"
    r"odpad(?:á|a|ají|aji|ne|nou|nú)\b|(?:is|are)\s+dropped|"
    # a whole use done away with, in the past tense or as a state ("testovací server jsme
    # zrušili", "test VM was shut down", "the staging box is decommissioned"), to be
    # forgotten or left out ("forget the test address", "bez testovací adresy")
    r"zru[šs](?:il|ila|ili|ilo|ili|en\w*)\b|ru[šs]ili\b|vypn(?:ul\w*|ut\w*)|"
    r"odstav(?:il\w*|en\w*)|odstran(?:il\w*|ěn\w*|en\w*)|odstráni\w*|"
    r"removed|dropped|drop\b|decommission\w*|discontinu\w*|retired|"
    r"(?:shut|switched|turned)\s+(?:it\s+)?(?:down|off)|"
    r"forget\b|zapome[ňn]\w*|"
    r"(?:bez|without)(?=\s+(?:\w+\s+)?(?:test|produk|production))|"
    # a using refused in another tense or aspect: perfective and future ("nepoužijeme",
    # "nevyužijete"), passive ("nebude použita"), "will not be used", "won't be using",
    # "wird nicht verwendet", "nie będziemy używać"
    r"nepou[žz]ij\w*|nepou[žz]it[áaéeýyo]?\b|nevyu[žz][ií](?:j|t|v)\w*|"
    r"nebud(?:e|eme|ete|ou)\s+(?:\w+\s+)?(?:pou[žz]\w*|vyu[žz]\w*)|"
    r"(?:will\s+not|won'?t|shall\s+not|(?:is|are|am)\s+not\s+going\s+to)\s+(?:be\s+)?"
    r"(?:us(?:e|ed|ing)|utili[sz]\w*)\b|"
    r"nicht\s+(?:mehr\s+)?(?:verwend\w*|benutz\w*|genutzt|nutzen|verwenden)|"
    r"nie\s+(?:b[ęe]dziemy\s+)?(?:u[żz]ywa\w*|u[żz]yj\w*|wykorzyst\w*)|"
    # a negated verb of entering, Polish: "proszę nie wpisywać", "nie dodawajcie", "nie rejestrujcie"
    r"nie\s+(?:wpis\w*|dodaw\w*|dodaj\w*|rejestr\w*))",
    re.IGNORECASE,
)
"""A negated verb of allowing, putting in or using."""
_REFUSAL_LOWER = re.compile(grouped(_REFUSAL.pattern))
"""``_REFUSAL`` blind to no case, for a text in lower case (``case_free_search``; a proof:
``test_cue_case``)."""
_STRIKE = re.compile(
    # a verb of striking or deleting, as an instruction about the form ("testovací adresu z
    # PDF škrtněte", "vyškrtnite", "vymažte", "smažte", "cross out", "delete", "löschen Sie",
    # "skreślić", "usuńcie", "rayez", "supprimez", "tachad", "borrad", "cancellate",
    # "rimuovete", "töröljék", "schrap", "verwijder", "stryk", "ta bort", "ștergeți"); a
    # negated Czech or Slovak one ("nemažte") starts otherwise
    r"(?=[svdcelrwubteškrtșş])\b(?:(?:vy)?škrt\w*|(?:vy)?skrtn\w*|(?:vy|s)ma[žz]\w*|vypus[tť]\w*|"
    r"strike\b|strike\s+(?:out|off|through)|cross\s+(?:out|off)|delete\b|erase\b|remove\b|"
    r"lösch\w*|losch\w*|streich\w*|entfernen\b|"
    r"usu[nń]\w*|skreśl\w*|skresl\w*|wykreśl\w*|wykresl\w*|"
    r"ray(?:ez|er)\b|barr(?:ez|er)\b|supprim(?:ez|er)\b|effac(?:ez|er)\b|"
    r"tach(?:ad|e|en|ar)\b|borr(?:ad|e|en|ar)\b|elimin(?:ad|en|ar|ate|are|a[țţt]i)\b|"
    r"suprim(?:id|a|an|ir)\b|cancell(?:ate|are|i|a)\b|rimuov(?:ete|ere|i|a)\b|"
    r"togli(?:ete|ere)\b|depenn\w*|"
    r"t[öo]r[öo]l(?:j\w*|ni|d)\b|kih[úu]z\w*|schrap(?:t|pen)?\b|verwijder\w*|doorhal\w*|"
    r"stryk\b|radera\w*|ta\s+bort\b|[șşs]terge[țţt]i\b|[șşs]terg(?:e|eți|ere)\b|t[ăa]ia[țţt]i\b)",
    re.IGNORECASE,
)
"""A verb of striking or deleting: a refusal of the use its clause names (``_struck``)."""
_STRUCK_NOUN = re.compile(
    # a noun of an address, also a compound's end ("testadres", "testadressen") and Hungarian
    # "cím"
    r"\b(?:\w*adres\w*|adries\w*|\w*address\w*|\w*adress\w*|IPs?|direcci\w*|indirizz\w*|"
    r"c[íi]m\w*)\b",
    re.IGNORECASE,
)
_STRUCK_OLD = re.compile(
    # the old one struck while the new one stands ("loňskou testovací smažte, nová je v PDF",
    # "delete our old test address")
    r"\b(?:lo[ňn]sk\w*|vla[ňn]aj\w*|star[ýáéouy]\w*|p[ůu]vodn\w*|p[oô]vodn\w*|p[řr]edchoz\w*|"
    r"predošl\w*|dosavadn\w*|old\w*|previous|former|last\s+year\W*s|alte[nrs]?|"
    r"vorj[aä]hrig\w*|bisherig\w*|poprzedn\w*|zesz[łl]oroczn\w*|ancien\w*|antigu\w*|"
    r"anterior\w*)\b",
    re.IGNORECASE,
)
_NEGATED_BEFORE = re.compile(
    r"(?:\bnot|n't|\bnever|\bnie|\bne|\bno|\bnon|\bnem|\bnu|\bniet|\binte)\s+(?:\w+\s+)?$", re.IGNORECASE
)
_NEGATED_AFTER = re.compile(r"^(?:\W+\w+){0,5}?\W+(?:nicht|pas|niet|inte)\b", re.IGNORECASE)


def _struck(clause: str) -> bool:
    """A clause striking a whole use's address ("testovací adresu z PDF škrtněte", "please
    cross out the test IP"): a verb of striking with a noun of an address, not negated ("don't
    delete", "nie usuwać", "löschen Sie sie nicht", "ne supprimez pas") and not said of an old
    one."""
    verb = _STRIKE.search(clause)
    return (
        verb is not None
        and _STRUCK_NOUN.search(clause) is not None
        and _STRUCK_OLD.search(clause) is None
        and not _NEGATED_BEFORE.search(clause, 0, verb.start())
        and not _NEGATED_AFTER.search(clause[verb.end() :])
    )


def _refusal(clause: str) -> bool:
    """A refusal of a use in a clause: ``_REFUSAL``, or a verb of striking (``_struck``)."""
    return case_free_search(_REFUSAL, _REFUSAL_LOWER, clause) is not None or _struck(clause)
_COVER_SENTENCE = re.compile(
    r"(?<=[.!?])(?<!\bbzw\.)(?<!\bresp\.)(?<!\ba\.u\.b\.)(?<!\bs\.v\.p\.)\s+|\n\s*\n"
)
"""A cover's sentence break; the dot of "bzw."/"resp." ends none (a use given in order), nor
that of a "please" abbreviated inside an instruction ("schrap a.u.b. het testadres", "s.v.p.")."""
# a clause ends at a comma, a dash, a colon spaced as French writes it ("pas besoin de
# l'adresse de test : nous testerons depuis la production") or a word of contrast
_REFUSAL_CLAUSE = re.compile(r"[,;–—]\s|\s[-:]\s|\s(?:but|ale|aber|mais|ma|pero|while|zatímco|zatiaľ)\s")


_NO_CHANGE_NEEDED = re.compile(
    # words of a use not needed followed by a verb of changing: the address stays ("testovací
    # adresu není potřeba měnit", "need not be changed", "brauchen wir nicht zu ändern",
    # "nem kell módosítani", "pas besoin de la modifier")
    _NOT_NEEDED + r"\s+(?:to\s+|zu\s+|de\s+|d'|l')?(?:be\s+|(?:la|le|les|ji|ju|ho|ich|sie|it|them)\s+)?"
    r"(?:m[ěe]ni\w*|zm[ěe]n\w*|meni\w*|zmeni\w*|upravov\w*|upravit|upraviť|opravov\w*|aktualiz\w*|"
    r"chang\w*|updat\w*|modif\w*|amend\w*|[äa]nder\w*|ge[äa]ndert|anpass\w*|angepasst|"
    r"zmienia\w*|zmieni\w*|m[óo]dos[íi]t\w*|v[áa]ltoztat\w*)",
    re.IGNORECASE,
)
"""Words of a use not needed that only say its address need not change (no refusal)."""


def _refuses(sentence: str) -> bool:
    """A sentence refusing a use: a refusal beyond words of one not needed, or those words
    with no word of a further address ("eine weitere Test-IP brauchen wir nicht"); words that
    the address need not change refuse nothing."""
    if _NOT_NEEDED_RE.search(sentence):
        sentence = _NO_CHANGE_NEEDED.sub(" ", sentence)
    if not _refusal(sentence):
        return False
    if not _ANOTHER.search(sentence):
        return True
    return _refusal(_NOT_NEEDED_RE.sub(" ", sentence))


def _refusing_clauses(sentence: str) -> list[str]:
    """The clauses of a sentence that refuse a use; a verb of striking alone in its clause
    takes the clauses before it, its object set off by commas ("testovaciu adresu v nej,
    prosím, vyškrtnite")."""
    parts = _REFUSAL_CLAUSE.split(sentence)
    out: list[str] = []
    for k, c in enumerate(parts):
        if _refusal(c):
            out.append(c)
        elif k and _STRIKE.search(c) and _struck(head := ", ".join(parts[: k + 1])):
            out.append(head)
    return out


def refused_uses(text: str) -> set[Role]:
    """The uses a text refuses as a whole, naming no address: a sentence with a refusal of
    allowing or using ("testovací adresu z formuláře nepovolujte", "do not allow the test
    address") that names one use only and gives no address. A cover note saying so
    withdraws that use's addresses from the application it sends."""
    refused: set[Role] = set()
    for sentence in _COVER_SENTENCE.split(" ".join(text.split("\n"))):
        if not _refuses(sentence):
            continue
        if _MAYBE_ADDRESS.search(sentence):
            # "Testovací IP z formuláře již neplatí, nově B": the one clause refusing, with
            # no address of its own, refuses its use; the address given stands on its own
            gone = _refusing_clauses(sentence)
            if len(gone) == 1 and not _MAYBE_ADDRESS.search(gone[0]) and (
                use := _sole_use(gone[0])
            ) is not None:
                refused.add(use)
            continue
        # the clause of the refusal, when the sentence names both uses ("testovacie
        # prostredie rušíme, produkcia ostáva")
        clauses = _refusing_clauses(sentence)
        clause = (
            clauses[0]
            if len(clauses) == 1 and (_PROD_CUES.search(clauses[0]) or _TEST_CUES.search(clauses[0]))
            else sentence
        )
        if (use := _sole_use(clause)) is not None:
            refused.add(use)
    return refused | _restricted_uses(text)


_ONLY_USE = re.compile(
    r"(?=[jpiolna])\b(?:jen(?:om)?|pouze|iba|len|only|nur|ausschließlich)\s+(?:\w+\s+){0,2}?"
    r"(?P<use>produk\w*|production|prod|live|ostr\w*|test\w*)",
    re.IGNORECASE,
)
"""A restriction to one use ("prosím tedy jen o produkční adresu", "only production now"):
the other use is refused."""


def _restricted_uses(text: str) -> set[Role]:
    """The use a text refuses by restricting the application to the other one, in a sentence
    giving no address ("jen o produkční adresu", "only the production one now")."""
    out: set[Role] = set()
    for sentence in _COVER_SENTENCE.split(" ".join(text.split("\n"))):
        if _MAYBE_ADDRESS.search(sentence):
            continue
        for m in _ONLY_USE.finditer(sentence):
            use = _sole_use(m.group("use"))
            if use is not None:
                out.add(Role.TEST if use is Role.PRODUCTION else Role.PRODUCTION)
    return out


_ROW_NOUN = (
    r"(?:řád\w*|rad(?:ek|ku|ky|kem)|riad\w*|rows?|lines?|zeile\w*|wiersz\w*|linh\w*|lign\w*|"
    r"rig(?:a|he)|fila\w*|regel\w*|sor(?:a|t)?)"
)
_ORDINAL = (
    r"(?:(?P<first>prvn\w*|prv[áéýú]\w*|first|erste\w*|pierwsz\w*)|(?P<second>druh\w*|second|"
    r"zweite\w*|drug\w*)|(?P<third>třet\w*|tret\w*|third|dritte\w*|trzec\w*)|"
    r"(?P<fourth>čtvrt\w*|ctvrt\w*|štvrt\w*|stvrt\w*|fourth|vierte\w*|czwart\w*)|"
    r"(?P<fifth>pát[ýáé]\w*|pat[yae]|piat\w*|fifth|fünfte\w*|piąt\w*)|"
    r"(?P<last>posledn\w*|last|letzte\w*|ostatni\w*|derni\w*|ultim\w*|laatste)|"
    r"(?P<digit>\d{1,2})\.)"
)
_ROW_REF = re.compile(
    # "třetí řádek", "the last row", "die letzte Zeile", "řádek 4", "row #4", "4. řádek"
    rf"\b{_ORDINAL}\s+(?:\w+\s+)?{_ROW_NOUN}\b|\b{_ROW_NOUN}\s+(?:(?:č\.|c\.|no\.|nr\.?|#)\s*)?"
    r"(?P<number>\d{1,2})\b",
    re.IGNORECASE,
)
_ROW_GONE = re.compile(
    # the lookahead of the words' first letters only makes the search quick
    r"(?=[abcdefghijklmnopqrstuvwyz])\b(?:" + _DONT_PUT + r"|" + _DROP + r"|" + _DISREGARD + r"|"
    + _OUT_OF_USE + r"|"
    r"neplat\w*|" + _NO_MORE + r"|no\s+longer\s+\w+|"
    r"odstra\w*|odeb\w*|remove\w*|delete\w*|smaž\w*|smaz\w*|zruš\w*|zrus\w*|"
    r"nepoužív\w*|nepouziv\w*|nepotřeb\w*|nepotreb\w*|entf[aä]ll\w*|gilt\s+nicht|"
    r"(?:bez|without|ohne|kromě|krome|okrem|except|oprócz|oprocz)\s+(?:the\s+|die\s+|der\s+)?"
    r"(?:\w+\s+){0,2}?" + _ROW_NOUN + r")",
    re.IGNORECASE,
)
"""A row withdrawn: dropped, out of use, no longer valid, or left out ("bez posledního řádku",
"without the last row")."""


@dataclass(frozen=True)
class RowRefs:
    """Rows of an attached table a note withdraws by their place: ``places`` count the rows
    that give addresses (1 the first, -1 the last), ``numbers`` the table's lines as a
    spreadsheet numbers them (its header the first)."""

    places: frozenset[int] = frozenset()
    numbers: frozenset[int] = frozenset()


def _place(m: re.Match[str]) -> tuple[int, bool] | None:
    """The place a row reference names and whether it is a number of the sheet's own."""
    for k, name in enumerate(("first", "second", "third", "fourth", "fifth"), start=1):
        if m.group(name):
            return k, False
    if m.group("last"):
        return -1, False
    number = m.group("digit") or m.group("number")
    return (int(number), True) if number else None


def withdrawn_rows(text: str) -> RowRefs:
    """The rows of an attached table a note withdraws by their place, naming no address:
    "třetí řádek už neplatí", "ignore row 4", "bez posledního řádku", "die letzte Zeile
    entfällt". Only a sentence that gives no address and says the row goes counts."""
    places: set[int] = set()
    numbers: set[int] = set()
    for sentence in _COVER_SENTENCE.split(" ".join(text.split("\n"))):
        if _MAYBE_ADDRESS.search(sentence) or not _ROW_REF.search(sentence):
            continue
        if not _ROW_GONE.search(sentence):
            continue
        for m in _ROW_REF.finditer(sentence):
            if (found := _place(m)) is not None:
                (numbers if found[1] else places).add(found[0])
    return RowRefs(frozenset(places), frozenset(numbers))


_DOCUMENT = (
    r"(?:p[řr][íi]lo[hzž]\w*|p[řr]ikl[aá]d\w*|formul[aá][řr]\w*|p[řr]ihl[aá][šs]k\w*|"
    r"dokument\w*|document\w*|attach\w*|enclos\w*|forms?|application|anh[aä]ng\w*|"
    r"angeh[aä]ngt\w*|beigef[uü]gt\w*|antrag\w*|za[łl][aą]cz\w*|wniose?k\w*|allegat\w*|"
    r"modul[oi]|pdf|docx?|xlsx?)"
)
_OLD_WORDS = (
    r"(?:lo[ňn]sk\w*|z\s+lo[ňn]ska|vla[ňn]aj[šs]\w*|minul\w*\s+rok\w*|"
    r"minulor\w*|p[řr]edchoz\w*\s+rok\w*|star(?:[ýyáaéeoúu]|[ée]ho|ou|[ýy]m|[sš][ií]\w*|ego)|"
    r"old(?:er)?|last\s+year\w*|previous\s+year\w*|outdated|out\s+of\s+date|superseded|"
    r"obsolete|veraltet\w*|vorj[aä]hrig\w*|letzte[ns]?\s+jahr\w*|vorjahr\w*|alte[nrs]?|"
    r"zesz[łl]oroczn\w*|zesz[łl]ego\s+roku|ubieg[łl]oroczn\w*|nieaktualn\w*|neaktu[aá]ln\w*|"
    r"zastaral\w*|vecchi\w*|anno\s+scorso)"
)
_OLD_DOCUMENT = re.compile(
    # a document, then within a few words of its clause a word calling it old ("formulář z
    # loňska", "the attached form is from last year"), or such a word just before it
    # the lookahead of the words' first letters only makes the search quick
    rf"(?=[abdefilmnopsuvwxz])(?:\b{_DOCUMENT}\s+(?:[^\W\d_]+\s+){{0,4}}?(?P<after>{_OLD_WORDS})\b"
    rf"|\b(?P<before>{_OLD_WORDS})\s+(?:[^\W\d_]+\s+){{0,2}}?{_DOCUMENT}\b)",
    re.IGNORECASE,
)
"""A word calling a document old: of last year, of an earlier year, out of date."""
_NEW_DOCUMENT = re.compile(
    r"\b(?:nov\w*|new|updated|corrected|revised|opraven\w*|aktualizovan\w*|neue\w*|"
    r"aktualisiert\w*|korrigiert\w*|nowy|now[ąae]|poprawion\w*|zaktualizowan\w*|nuov\w*)\s+"
    rf"(?:\w+\s+)?{_DOCUMENT}\b",
    re.IGNORECASE,
)
"""A new or corrected document named: it is the one sent, the old one is another."""


def superseded_attachment(text: str) -> bool:
    """A covering text calls the document it sends old, of last year or out of date
    ("přikládám formulář z loňska", "the attached form is from last year", "das angehängte
    Formular ist veraltet"): a sentence naming a document and calling it old, naming no new
    or corrected document ("posílám nový formulář, starý neplatí" sends a new one). The
    addresses the text gives itself are the current ones."""
    if not _OLD_DOCUMENT.search(text):
        return False
    for sentence in _COVER_SENTENCE.split(" ".join(text.split("\n"))):
        if _NEW_DOCUMENT.search(sentence):
            continue
        for m in _OLD_DOCUMENT.finditer(sentence):
            group = "after" if m.group("after") else "before"
            # a capital inside the sentence names a place ("formulář obce Staré Město")
            if not m.group(group)[0].isupper() or not sentence[: m.start(group)].strip():
                return True
    return False


_ANOTHER = re.compile(
    r"\b(?:jin\w*|dal[šs]\w*|other|another|further|more|weiter\w*|andere\w*|inn\w*|in[ýéáa]\w*|"
    r"altr\w*)\b",
    re.IGNORECASE,
)


_ABSENT_CLAUSE = re.compile(
    r"[.!?;,()–]\s|[()]|\s-\s|\s(?:and|und|oraz|ale|but|aber|mais|ma|avšak|však)\s", re.IGNORECASE
)
"""Where a clause ends (a label's colon does not: "Test: žádný"; nor a one-letter word, which
may be an article: "we don't need a test address")."""


def absent_uses(text: str) -> set[Role]:
    """The uses a text says it has none of or needs none of, in a clause naming one use and
    giving no address ("testovací adresu tentokrát nepotřebujeme", "a test server we do not
    have yet", "eine Testumgebung brauchen wir nicht"): addresses of that use from elsewhere
    (an attached form) are in doubt."""
    if not _NONE_OF_USE.search(text):
        return set()
    out: set[Role] = set()
    for line in text.split("\n"):
        if not _NONE_OF_USE.search(line):
            continue
        for clause in _ABSENT_CLAUSE.split(line):
            if _MAYBE_ADDRESS.search(clause) or not _NONE_OF_USE.search(clause):
                continue
            if _ANOTHER.search(clause):
                continue  # "jinou ostrou nemám", "no other test server": the one given is all
            # the cue words as written: a phrase of absence is what the role rules neutralise
            if (use := _sole_use(clause)) is not None:
                out.add(use)
    return out


_COUNT_WORD = (
    r"(?P<count>\d|one|two|three|four|jed(?:en|na|no)|dva|dvě|dve|dvoch|tři|tri|čtyři|ctyri|"
    r"štyri|styri|zwei|drei|vier|dwa|dwie|trzy|cztery)"
)
_COUNTS = {**_NUMBERS, "dvoch": 2, "ctyri": 4, "styri": 4}  # "one", "jeden" …: 1 by default
_ROW_PLACE = re.compile(
    # "the first two rows", "poslední řádek", "the last one", "první dva servery"
    rf"\b{_ORDINAL}(?:\s+{_COUNT_WORD})?\b",
    re.IGNORECASE,
)
_ROWS_SPOKEN = re.compile(
    rf"\b(?:{_ROW_NOUN}|hosts?|servers?|server[yůe]\w*|stroj\w*|entries|položk\w*|adres\w*|address\w*|IPs|"
    r"sheet|tabul\w*|table|spreadsheet|tabelle)\b",
    re.IGNORECASE,
)
_PLACE_CLAUSE = re.compile(rf"[,;:]\s|\s(?:{_AND}|while|whereas|zatímco|zatiaľ\s+čo)\s", re.IGNORECASE)


_RESPECTIVELY = re.compile(
    # "respectively" in every language the rules know (as ``_ORDERED`` without ordinals)
    r"\b(?:(?:respect(?:iv|iev)\w*|respekt[íi]ve|postupně|postupne|rispettivamente|odpowiednio|"
    r"beziehungsweise|illetve|henholdsvis|"
    r"(?:in|v|w)\s+(?:this|that|the\s+same|tomto|uvedeném|uvedenom|tej)\s+(?:order|pořadí|poradí|"
    r"poradi|kolejności|kolejnosci)|in\s+dieser\s+Reihenfolge|dans\s+cet\s+ordre|"
    r"in\s+quest['’]ordine|in\s+die\s+volgorde|en\s+(?:ese|este)\s+orden|"
    + _RESPECTIVE_OTHER
    + r")\b|(?:bzw|resp)\.)",
    re.IGNORECASE,
)


def placed_rows(text: str) -> list[tuple[int, int, Role]]:
    """The uses a note gives the rows of an attached table by their place, naming no
    address: "the first two rows are production, the last one is for testing", "první dva
    servery jsou ostré, poslední testovací", or in order ("production, production and test
    respectively"). Each as (place, count, use): place 1 the first row, -1 the last; only
    clauses naming one place and one use."""
    out: list[tuple[int, int, Role]] = []
    for sentence in _COVER_SENTENCE.split(" ".join(text.split("\n"))):
        if _MAYBE_ADDRESS.search(sentence) or not _ROWS_SPOKEN.search(sentence):
            continue
        if _RESPECTIVELY.search(sentence):
            # "the three hosts are production, production and test respectively"
            out += [(i, 1, r) for i, r in enumerate(_cues_in_order(sentence), start=1)]
            continue
        for clause in _PLACE_CLAUSE.split(sentence):
            places = list(_ROW_PLACE.finditer(clause))
            role, both = _cues(clause)
            if len(places) != 1 or role is None or both or places[0].group("digit"):
                continue
            place = _place(places[0])
            count = places[0].group("count")
            if place is not None:
                n = int(count) if count and count.isdigit() else _COUNTS.get((count or "one").lower(), 1)
                out.append((place[0], n, role))
    return out


def asks_which_use(text: str) -> bool:
    """A question naming both uses ("Je adresa A produkční, nebo testovací?", "Is A a
    production or a test address?")."""
    return "?" in text and _cues(text)[1]


def clause_use(text: str) -> Role | None:
    """The one use a short clause names ("zbylé dvě jsou ostré", "the .12 one is test"),
    None when it names none or both."""
    role, both = _cues(text)
    return None if both else role


regroup_case_blind(globals())  # the large case-blind patterns, read quicker (``alternation``)
