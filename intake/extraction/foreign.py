"""The language safety net: an application written mainly in a language the rules have no
words for (Italian, French, Spanish, Dutch, Hungarian, Portuguese, the Nordic languages …)
looks to the rules like a text with no words at all ("no test label, so production"; "no
withdrawal, so requested"). Every value that depends on wording is then unsure
(``Reason.FOREIGN_LANGUAGE``).

The rules read Czech, Slovak, English, German and Polish (their labels, role words, request
words, negations and closings); those are the *known* languages
(``intake.extraction.languages``). The test is a stop-word count: the words that carry a
sentence in each language (articles, prepositions, conjunctions, pronouns, auxiliaries) are
few, frequent and nearly never part of a name or an address. A word that is a function word of a known language as well ("a", "de", "in",
"to", "som") counts only as known, so names and short quotations in a Czech or English
text never tip the balance."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from intake.extraction.contact import emails_in, phones_in
from intake.extraction.fields import CSU, Office
from intake.extraction.languages import KNOWN_WORDS, READ, WORD, words
from intake.extraction.model import FieldValue
from intake.extraction.review import Reason

_FOREIGN_WORDS = {
    "it": "il lo la gli le di del della dello dei degli delle dal dalla dall dagli al alla "
    "allo ai agli alle nel nella nello nei negli nelle sul sulla con per tra fra che non è "
    "sono siamo nostro nostra nostri nostre vostro vostra questo questa questi quello quella "
    "anche come ma o e ed un una uno cordiali saluti gentili egregi grazie chiediamo chiede "
    "richiesta presso essere sarà sara dello della nell buongiorno salve vorremmo vorrei accedere "
    "accesso risultati produzione prova indirizzo indirizzi dal dai richiediamo",
    "fr": "le la les du des au aux un une et est sont nous notre nos vous votre vos ce cette "
    "ces qui que dans pour avec sur par pas ne plus être etre avons sera cordialement "
    "salutations madame monsieur mesdames messieurs veuillez merci aussi leur leurs où ou "
    "d l qu demandons demande bonjour depuis souhaitons souhaiterions accéder accès acces "
    "résultats resultats essai essais",
    "es": "el los las del al un una unos unas y que en por para con es son somos estamos "
    "nuestro nuestra nuestros nuestras su sus este esta estos estas ese esa muy también "
    "tambien pero no se le les lo saludos atentamente estimados estimadas señores senores "
    "gracias solicitamos solicitud hola buenos días dias desde acceso resultados producción "
    "produccion pruebas dirección direccion direcciones quisiéramos quisieramos queremos",
    "pt": "os as do da dos das no na nos nas um uma uns umas e é são sao para por pelo "
    "pela pelos pelas em que não nao nosso nossa nossos nossas seu sua este esta isto "
    "também tambem mas cumprimentos atenciosamente prezados prezadas senhores obrigado "
    "obrigada solicitamos pedido olá bom dia gostaríamos gostariamos aceder acessar acesso "
    "resultados produção producao testes endereço endereco endereços enderecos",
    "nl": "de het een en van voor met op aan bij naar uit over om te is zijn wij we onze ons "
    "u uw dit deze die dat niet geen ook maar of als wordt worden hebben heeft graag "
    "vriendelijke groet groeten geachte heer mevrouw dames heren verzoek verzoeken goedendag "
    "goedemiddag vanaf willen toegang uitslagen resultaten productie adressen bedankt",
    "hu": "a az egy és es hogy nem is van vagy mint de meg már mar csak ez ezt azt mi mink "
    "önök onok kérem kerem kérjük kerjuk köszönöm koszonom köszönettel koszonettel "
    "üdvözlettel udvozlettel tisztelettel tisztelt hölgyem holgyem uram számára szamara "
    "részére reszere szerint között kozott valamint illetve jó napot szeretnénk szeretnenk "
    "hozzáférés hozzaferes hozzáférést eredmények eredmenyek címekről címről éles",
    "sv": "och att det som en ett är ar för for med på pa av till från fran vi vår var våra "
    "vara ni er inte också ocksa men eller om vänliga vanliga hälsningar halsningar hej "
    "tack tillgång tillgang resultaten från",
    "da": "og at det som en et er for med på af til fra vi vores jer ikke også men eller om "
    "venlig hilsen hilsner kære kaere tak adgang resultater",
    "nb": "og at det som en et er for med på av til fra vi vår våre dere ikke også men eller "
    "om vennlig hilsen hilsner kjære takk hei tilgang resultater",
    "ro": "și si în in la cu pentru este sunt noi nostru noastră noastra vă va vom pe de din "
    "care că ca un o mai dar sau cu stimă stima vă rugăm rugam mulțumim multumim bună buna "
    "ziua acces rezultate adresele producție productie",
    "hr": "i u od s sa su smo mi naš naša naše našeg vaš vaša vaše vašeg vašem vašim koji koja "
    "koje kao ili ali te biti će ćemo ce cemo molimo poštovani postovani srdačan srdacan "
    "srdačno srdacno pozdravom lijep lijepi hvala zahvaljujemo zahtjev dozvolu dozvola pristup "
    "rezultatima izbora izbore tijekom ovim putem traži trazi tražimo trazimo privitku "
    "dostavljamo službeni sluzbeni poslužitelj posluzitelj poslužitelji snimanje",
    "sl": "in ter ki kot bo bomo smo sem so pri glede spoštovani spostovani prosimo lep "
    "lepa lepe pozdrav pozdravi hvala zahvaljujemo vaš vaša vaše naš naša naše dostop "
    "rezultatov volitev volitve dovoljenje snemanje zbirnem mestu strežnik streznik",
    "lt": "laba diena dėkojame dekojame pagarbiai su ir kad yra mes mūsų musu jūsų jusu "
    "prašome prasome prieigos prie rezultatų rezultatu rinkimų rinkimu leidimo dėl del kitus "
    "prieš pries serverio adresas adresai",
    "el": "kalimera kalispera efcharisto efharisto eyxaristo to ta tis tou ton gia kai me "
    "sas mas einai tha apo sto stin ston kentro zitame zitoume ekloges eklogon",
}
"""Function words, greetings and closings of languages a foreign medium may write in (Greek
in Latin letters, as a phone or an old mail client writes it)."""


_KNOWN = frozenset().union(*(words(w) for w in KNOWN_WORDS.values()))
_FOREIGN = frozenset().union(*(words(w) for w in _FOREIGN_WORDS.values())) - _KNOWN
"""A word shared with a known language counts as known only."""

_ENOUGH = 4
"""Foreign words that make a text foreign (when they outnumber the known ones twice)."""

WORDING_FIELDS = ("request_types", "production_ips", "test_ips", "organization.name")
CONTACT_FIELDS = ("contact.person", "contact.email", "contact.phone")


def mainly_foreign(text: str) -> bool:
    """Whether ``text`` is mainly in a language the rules have no words for."""
    foreign = known = 0
    for w in WORD.findall(text[:READ].lower()):
        if w in _FOREIGN:
            foreign += 1
        elif w in _KNOWN:
            known += 1
    return foreign >= _ENOUGH and foreign > 2 * known


def several_contacts(texts: Sequence[str], office: Office = CSU) -> bool:
    """The written text offers more than one e-mail address or more than one phone: the
    contact is chosen among several by wording."""
    emails = {e for t in texts for e in emails_in(t, office)}
    phones = {p for t in texts for _, p in phones_in(t, office)}
    return len(emails) > 1 or len(phones) > 1


def foreign_net(
    fields: Mapping[str, FieldValue],
    own: Sequence[str],
    written: Sequence[str],
    office: Office = CSU,
) -> dict[str, FieldValue]:
    """The sure values that depend on wording, made unsure when one of the applicant's own
    texts ``own`` (the note, an attached letter, a forwarded original: an English cover
    note may carry a French letter) is mainly foreign; the contact values only when
    ``written`` offers several."""
    if not any(mainly_foreign(t) for t in own):
        return {}
    keys = WORDING_FIELDS + (CONTACT_FIELDS if several_contacts(written, office) else ())
    out = {
        k: dataclasses.replace(v, certain=False, reason=Reason.FOREIGN_LANGUAGE)
        for k in keys
        if (v := fields.get(k)) is not None and v.certain
    }
    if "production_ips" in fields and "test_ips" not in fields:
        # no test label read is no evidence in a language the rules cannot read
        out["test_ips"] = FieldValue([], None, None, False, Reason.FOREIGN_LANGUAGE)
    return out
