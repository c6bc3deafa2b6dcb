"""The languages the rules read, told apart by their function words.

The rules read Czech, Slovak, English, German and Polish (their labels, role words, request
words, negations and closings). The words that carry a sentence in each language (articles,
prepositions, conjunctions, pronouns, auxiliaries, greetings and closings) are few, frequent
and nearly never part of a name or an address, so counting them tells which language a text
is written in (``written_in``) and whether it is written in one of these at all (the
language safety net, ``intake.extraction.foreign``)."""

from __future__ import annotations

import re

from intake.extraction.memo import per_application

KNOWN_WORDS = {
    # Czech (with and without diacritics) and Slovak
    "cs": "a v ve na se je jsou pro z ze k ke s o do že ze by bych bychom jsme jste jsem "
    "nás nas náš nas naše nase tento tato toto tyto ten ta to za po při pri od jako ale nebo "
    "i u jen už uz také take též tez byl byla bylo budou bude prosím prosim děkujeme dekujeme "
    "děkuji dekuji dobrý dobry den vážení vazeni vážená vazena s pozdravem zdravím zdravim "
    "který ktery která ktera které ktere kde kdy co jak tak než nez jeho její jeji jejich "
    "však vsak pouze mezi před pred pod nad podle bez sme som ste sú su aj ako alebo pre "
    "ďakujem dakujem prosíme prosime ktorý ktory ktorá ktora ktoré ktore sa zo už tiež tiez "
    "bol bola bolo nie áno ano ne ani máme mame mám mam žádáme zadame žiadame ziadame si mi ti "
    "mu ji jí jim nám vám vam bych tam zde již jiz tedy dal dál ma má mas máš dat dát este ešte",
    "en": "the and for of to in on at by with from as is are was were be been this that these "
    "those we our us you your it its an or not no please would will can could should may "
    "have has had do does dear regards kind best thanks thank hello hi which who whom what "
    "when where there here also only but if into about after before per via than then come "
    "over",
    "de": "der die das den dem des ein eine einen einem einer und oder für fur mit von vom zu "
    "zum zur im ist sind war wir uns unser unsere sie ihr ihre ich es nicht kein keine bitte "
    "auf aus bei nach über uber unter vor wie als auch nur noch schon sehr freundlichen grüßen "
    "grussen grüße gruesse herr frau damen herren liebe sehr geehrte geehrter wird werden "
    "haben hat sein dass daß an am ja nein da um was wenn so man guten tag hallo servus gruß "
    "gruss viele anbei möchten mochten bin mich mir mein meine meiner ihnen gerne gern",
    "pl": "i w we na z ze do od dla jest są sa to się sie nie tak oraz lub albo przez przy po "
    "za o że ze jak jako który ktory która ktora które ktore nasz nasza nasze my nam nas "
    "proszę prosze dziękuję dziekuje pozdrawiam pozdrowieniami szanowni szanowny szanowna "
    "państwo panstwo pan pani ten ta te tym tej jego jej ich już juz także takze czy gdy mi "
    "prosimy poważaniem powazaniem dzień dzien dobry osoba kontaktowa kontaktu naszej naszego "
    # the words of a Polish request form, which has few function words ("Imię i nazwisko")
    "wniosek wniosku dostęp dostep imię imie nazwisko wyników wynikow",
}
"""Function words of the languages the rules read."""

WORD = re.compile(r"[^\W\d_]+")
READ = 4000
"""Characters read: the opening of the text decides its language."""


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_OWN = {
    lang: words(w) - frozenset().union(*(words(o) for k, o in KNOWN_WORDS.items() if k != lang))
    for lang, w in KNOWN_WORDS.items()
}
"""The words of each known language that no other known language shares ("się", "und",
"the", "jsme"): a word two of them share tells neither."""
_OWNER = {w: lang for lang, own in _OWN.items() for w in own}


@per_application(maxsize=256)
def written_in(text: str) -> str | None:
    """The known language ``text`` is written in ("cs" for Czech and Slovak, "en", "de",
    "pl"): the one whose own function words are at least three and outnumber every other's
    twice; None when no language is that plain."""
    counts = dict.fromkeys(_OWN, 0)
    for w in WORD.findall(text[:READ].lower()):
        if (lang := _OWNER.get(w)) is not None:
            counts[lang] += 1
    (first, top), (_, second) = sorted(counts.items(), key=lambda kv: -kv[1])[:2]
    return first if top >= 3 and top > 2 * second else None
