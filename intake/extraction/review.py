"""Why an extracted value is not certain, and the ``needs_review`` notes that name each such
field with its reason: one function for the extraction and for the re-check after an
officer's correction (``intake.recheck``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import StrEnum
from typing import Any

from intake.model import Code, Problem

FIELD_LABELS_CS = {
    "organization.name": "název organizace",
    "organization.ico": "IČO",
    "organization.databox_id": "ID datové schránky",
    "contact.person": "kontaktní osoba",
    "contact.email": "kontaktní e-mail",
    "contact.phone": "kontaktní telefon",
    "production_ips": "adresy pro ostrý provoz",
    "test_ips": "testovací adresy",
    "request_types": "druh žádosti",
}
"""Czech names of the extracted fields, as officers read them in a ``needs_review`` note."""


class Reason(StrEnum):
    """Why a value is unsure, in the words the officer reads."""

    WORDING = "účel adres vyplývá jen ze znění věty"
    LAYOUT = "adresy nebo jejich účel jsou odvozeny jen z rozložení tabulky v dokumentu"
    PAST = "adresa je uvedena ve větě o minulosti, nemusí už platit"
    OTHER_HOST = "adresa může patřit jinému serveru (web, pošta, VPN), ne tomu, který bude stahovat"
    UNPLACED = "část adres nemá v textu určený účel"
    BOTH_USES = "jedna adresa je uvedena pro ostrý i testovací provoz"
    CORRECTED = "text údaj později opravuje nebo mění"
    WITHDRAWN = "text některé adresy opravuje, ruší nebo je nelze zařadit"
    EARLIER = "dřívější zpráva žadatele uvádí pro tento účel jiné adresy"
    STRAY = "text uvádí ještě jinou adresu, kterou nelze zařadit"
    UNREAD = "text uvádí hodnotu podobnou adrese, kterou nelze přečíst jako adresu"
    TEMPORARY = "adresa platí podle textu jen dočasně, od určité doby, nebo se může ještě změnit"
    SHORTHAND = "adresa je v textu jen zkrácena na poslední číslo, doplněna podle adresy před ní"
    ORIGINAL = "převzato z dřívější (citované nebo přeposlané) zprávy"
    QUOTED = "nalezeno jen v citovaném textu"
    DECLINED = "text druh žádosti zároveň žádá i odmítá"
    NO_TYPE = "text neuvádí, o co žádá"
    FORM_UNRESOLVED = "formulář druh žádosti jednoznačně neurčuje"
    QUESTION = "text se na druh žádosti jen ptá"
    TENTATIVE = "text druh žádosti jen zvažuje"
    PEOPLE = "text zmiňuje jen štáb nebo fotografa, o povolení výslovně nežádá"
    REQUEST_PAST = "text zmiňuje druh žádosti jen z dřívějška"
    ECHO = "druh žádosti je jen v předmětu odpovědi nebo přeposlané zprávy"
    ELSEWHERE = "druh žádosti je podle textu předmětem jiné žádosti"
    ADDRESSES_DECLINED = "text přístup k serveru odmítá, ale uvádí adresy"
    HEADER = "převzato z hlavičky zprávy, v textu chybí"
    SIGNATURE = "odvozeno z podpisu"
    SENTENCE = "vyčteno z volné věty"
    OTHER_PERSON = "text uvádí ještě další osobu"
    DEPARTED = "text o osobě uvádí, že už v organizaci nepracuje, odchází nebo je nepřítomna"
    OTHER_CANDIDATE = "text uvádí více možných údajů"
    OTHER_ORGANIZATION = "text uvádí více organizací"
    DEFAULT_CONTACT = "kontaktní údaj v textu nelze přečíst, použit podepsaný"
    NATURAL_PERSON = "převzato ze jména žadatele – fyzické osoby"
    DIC = "odvozeno z DIČ"
    CHECKSUM = "uvedené IČO nemá platný kontrolní součet"
    LETTER_CASE = "ID schránky je psáno velkými písmeny"
    NO_DIGIT = "ID schránky neobsahuje číslici"
    LETTERHEAD = "odvozeno ze záhlaví dopisu nebo z řádku s IČO"
    SUBJECT = "převzato z předmětu zprávy"
    QUOTES = "název je v textu v uvozovkách"
    WRAPPED = "údaj je v tabulce zalomen na více řádků"
    BROKEN_ADDRESS = "adresa je v textu rozdělena mezerou nebo zalomením řádku, složena z částí"
    FOREIGN_PHONE = "číslo bez předvolby státu čteno jako slovenské"
    COUNTRY_PHONE = "číslo bez předvolby státu čteno podle země, kterou text uvádí (adresa, doména e-mailu)"
    LANGUAGE_PHONE = "číslo bez předvolby státu čteno podle jazyka textu (německy psaný text: Německo, Rakousko, nebo Švýcarsko)"
    PLAN_IN_DOUBT = "číslo bez předvolby státu je platné ve více zemích (např. v Polsku i v Česku) a text neříká, ve které"
    UNVERIFIED_PHONE = "číslo s předvolbou státu nelze ověřit v číslovacím plánu"
    FAMILIAR_NAME = "jméno je uvedeno jen v domácké podobě (např. Honza), úplné jméno v textu chybí"
    INITIAL_NAME = "křestní jméno je uvedeno jen iniciálou"
    NAME_WORDS = "jméno má víc než dvě slova, jedno z nich může být funkce nebo titul"
    OBLIQUE_NAME = "název je v textu jen v jiném pádě než v 1. pádě, jeho tvar je odvozen"
    ORGANIZATION_PHONE = "uveden jen telefon organizace (ústředna, redakce), ne kontaktní osoby"
    OTHER_TYPE = "text zmiňuje i druhý druh žádosti a výslovně o něm nerozhoduje"
    UNPLACED_DECLINE = "text něco odmítá a není jisté, který druh žádosti"
    GIVEN_NAME = "odesílatel zprávy má stejné příjmení, ale jiné křestní jméno"
    DESCRIPTIVE = "název začíná obecným slovem (vydavatelství, společnost), nemusí k němu patřit"
    FOREIGN_LANGUAGE = "text je psán v jazyce, pro který pravidla nemají slovník; údaj závisí na znění"
    SECTIONS = "dokument uvádí adresy pro tentýž účel ve více oddílech (listech, tabulkách) a text neříká, který platí"
    LEADING_ZEROS = "IČO je v textu bez úvodních nul (tabulka je uložila jako číslo), nuly doplněny"
    SPLIT_NUMBER = "telefonní číslo je v textu rozděleno na dva řádky, části spojeny"
    FORM_COUNTRY_PHONE = "číslo bez předvolby státu čteno podle země, kterou určuje právní forma organizace"
    COVER_TYPE = "průvodní text mluví i o druhém druhu žádosti, který přiložený formulář nežádá"
    ORGANIZATION_EMAIL = "uvedena jen společná adresa organizace (redakce, sekretariát), ne kontaktní osoby"
    LARGE_BLOCK = "blok nebo rozsah obsahuje víc adres, než kolik lze povolit; nemusí jít o žádané adresy"
    ARTICLE = "název je v textu uveden se členem cizího jazyka (např. die, la, il); člen nemusí k názvu patřit"
    BRANCH = "datová schránka odesílatele patří organizační složce (pobočce) organizace, kterou uvádí text"
    OTHER_DOCUMENT = (
        "údaj je převzat z jiného dokumentu u žádosti (faktura, objednávka, smlouva, výpis z rejstříku,"
        " plná moc, životopis); nemusí patřit žadateli"
    )
    DISOWNED_FILE = "převzato z přílohy, jejíž adresy průvodní text označuje za staré nebo neplatné"
    NAME_ORDER = "pořadí jména a příjmení nejisté; jméno může být zapsáno příjmením napřed"
    RENDERINGS = "textová a HTML verze e-mailu se v tomto údaji liší; platí ta, kterou odesílatel viděl"
    EXAMPLE_SECTION = (
        "dokument nebo list obsahuje vzor či příklad vyplnění; údaj může být vzorovou hodnotou"
    )
    POWER_AGENT = "kontaktní osoba je v textu uvedena jen jako zmocněnec; jméno převzato z přiložené plné moci"
    MAIL_TEST = "zpráva se sama označuje za zkoušku doručení pošty (test); žádost může teprve přijít"
    LOWER_CASE_NAME = "jméno napsané jen malými písmeny, čtené podle okolí (štítek, závěr zprávy) a nepotvrzené hlavičkou From"
    MANGLED_LABEL = "IČO čteno za zkomoleným označením (např. „Ivo“ nebo „IČ0“ místo „IČO“); číslo prošlo kontrolou, označení ověří referent"
    LATER_ELECTION = "text uvádí volby v pozdějším roce; není jisté, zda o druh žádosti žádá už nyní, nebo ji odkládá"
    EXCEPTED_BLOCK = "blok nebo rozsah adres je uveden s výjimkou (např. „/29 kromě .8“); které adresy platí, ověří referent"
    FEED_UNSURE = "není jisté, zda text o přístup k XML vůbec žádá (druh žádosti je nejistý); adresy slouží jen jemu"
    OCR_SLIP = "číslice čteny z textu rozpoznaného ze skenu (OCR), kde byly zapsány jako písmena (např. „O“ za 0, „l“ za 1); hodnotu ověří referent se skenem"
    COMPANY_OF_BRANCH = "text uvádí odštěpný závod české společnosti; jako žadatel uvedena společnost (právnická osoba), ověří referent"
    OTHER_DOTS = "adresa je v textu napsána s čárkami nebo mezerami místo teček (např. „203,0,113,50“); čtena jako adresa, ověří referent"
    BOX_OF_ANOTHER = "zprávu odeslala datová schránka jiného subjektu (např. mateřské společnosti) než žadatele; ID schránky žadatele jen z textu, ověří referent"
    POINTED = "adresy převzaty z citovaného textu podle odpovědi, která na ně jen odkazuje (např. „ta .12 je testovací, zbylé dvě ostré“); ověří referent"
    INLINE_ANSWERS = "adresy vepsány mezi citované otázky úřadu; ke které otázce (produkční či testovací) patří, ověří referent"
    HOSTS_ONLY = "z bloku vynechána síťová a broadcastová adresa, jak text uvádí; ověří referent"
    RUNNING_HEADER = "adresa stojí jen v řádku, který se v dokumentu opakuje beze změny (záhlaví či zápatí stránky, třeba z loňské žádosti); zda k žádosti patří, ověří referent"
    WRAPPED_PHONE = "telefon rozdělený koncem řádku, dočteno z následujícího řádku"
    UNKNOWN_COLUMN = (
        "adresa stojí pod popiskem (záhlaví sloupce či řádku, štítek), jehož slovo pravidla neznají "
        "(jiný jazyk či vlastní označení), vedle popisku s uvedeným účelem; účel adresy ověří referent"
    )
    BROKEN_WORD = "slovo v buňce tabulky PDF rozdělené na dva řádky je čteno jako jedno slovo; zda jde o jedno slovo, nebo o dvě, ověří referent"
    WRAPPED_CELL = (
        "název stojí v buňce tabulky (sloupci textu), jejíž řádky nad ním mohou být začátkem téhož názvu "
        "zalomeného na více řádků; celý název ověří referent"
    )
    PREMIUM_PHONE = (
        "číslo je podle českého číslovacího plánu placená linka, což telefon kontaktní osoby nebývá "
        "(spíše jde o číslo jiné země napsané bez předvolby); ověří referent"
    )
    ANSWERED_ICO = (
        "IČO stojí bez označení jako odpověď pod citovanou otázkou úřadu, která se na IČO ptá; "
        "ověří referent"
    )
    PRIVATE_ADDRESS = (
        "neveřejná (vnitřní) adresa, ze které server úřadu spojení nikdy neuvidí; "
        "zda žadatel neuvedl i veřejnou adresu, ověří referent"
    )


def review_note(label: str, value: Any, reason: str | None) -> str:
    """``Nejistý údaj – IČO: 12345678 (odvozeno z DIČ); ověří referent.``"""
    shown = ", ".join(map(str, value)) if isinstance(value, list | tuple) else value
    if shown in (None, ""):
        return f"Nejistý údaj – {label}: {reason or 'neuvedeno'}; ověří referent."
    why = f" ({reason})" if reason else ""
    return f"Nejistý údaj – {label}: {shown}{why}; ověří referent."


def review_problems(
    provenance: Mapping[str, Any], value_of: Callable[[str], Any]
) -> list[Problem]:
    """One ``needs_review`` per uncertain field of ``provenance`` (the ``fields`` map of an
    extraction), naming the field, its current value (``value_of``) and the reason."""
    out: list[Problem] = []
    for key, p in provenance.items():
        if isinstance(p, Mapping) and p.get("certain") is False and key in FIELD_LABELS_CS:
            out.append(
                Problem(
                    Code.NEEDS_REVIEW,
                    review_note(FIELD_LABELS_CS[key], value_of(key), p.get("reason")),
                    component=p.get("component"),
                )
            )
    return out
