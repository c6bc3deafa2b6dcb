"""The certainty gate, run once over an extraction's result after the rival check: the kind of
evidence each certain value stands on (a labelled line, a table cell, a signature line, a free
sentence, …) and, for the kinds whose precision on unseen writing fell short
(``tests/corpus/certainty_audit.py``), the value is made unsure."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from nameparser.config.particles import PARTICLES

from intake.extraction.fields import CSU, is_automated_address
from intake.extraction.ips import find_ips
from intake.extraction.memo import per_application
from intake.extraction.model import FieldValue
from intake.extraction.org import BoxOwner, box_owner, has_legal_form, without_legal_form
from intake.extraction.request_types import FOLD, NOT, cue_spans
from intake.extraction.review import Reason
from intake.extraction.rivals import labelled, line_at
from intake.extraction.segments import Block, Kind


class Evidence(StrEnum):
    """What made a value certain, read from its provenance and its line."""

    NO_LINE = "no_line"
    """No component or line (the request types, a value derived from several places)."""
    HEADER = "header"
    """A message header (From, Reply-To)."""
    ENVELOPE = "envelope"
    """A data message's envelope field."""
    LABEL = "label"
    """A line opened by a label and a colon, bar or tab ("Kontaktní osoba: …")."""
    TABLE = "table"
    """A cell of a table row (bars or tabs) not opened by a label."""
    SIGNATURE = "signature"
    """A line of the writer's signature block."""
    BARE = "bare"
    """A line that holds the value alone (with a degree, a function word or punctuation)."""
    QUOTED_TEXT = "quoted_text"
    """A line of a forwarded or quoted message, not labelled."""
    ATTACHMENT = "attachment"
    """An unlabelled line of an attachment."""
    SENTENCE = "sentence"
    """A free sentence of the writer's own text."""


_CELL = re.compile(r"\||\t")
_BARE_NOISE = re.compile(r"[\W\d_]+")


def _bare(line: str, value: Any) -> bool:
    """The line is the value and little else (at most two short words besides)."""
    if not isinstance(value, str) or value not in line:
        return False
    rest = line.replace(value, " ", 1)
    words = [w for w in _BARE_NOISE.split(rest) if w]
    return len(words) <= 2 and len(rest.strip()) <= 24


@dataclass(frozen=True)
class Proof:
    """A certain value's evidence: its kind, the kind of block its line stands in, the line."""

    kind: Evidence
    place: Kind | None = None
    line: str | None = None
    document: Document | None = None
    """The kind of another document the line's paragraph belongs to (``other_document``)."""


def evidence(
    value: Any, component: str | None, no: int | None, blocks: Sequence[Block]
) -> Proof:
    """The kind of evidence of a value at ``component``/``no``, its block's kind and its line."""
    if component is not None and component.startswith("header:"):
        return Proof(Evidence.HEADER)
    if component is not None and component.startswith("envelope:") and no is None:
        return Proof(Evidence.ENVELOPE)
    found = line_at(blocks, component, no)
    if found is None:
        return Proof(Evidence.NO_LINE)
    block, line = found
    if labelled(line):
        kind = Evidence.LABEL
    elif block.kind is Kind.SIGNATURE:
        kind = Evidence.SIGNATURE
    elif _CELL.search(line):
        kind = Evidence.TABLE
    elif _bare(line, value):
        kind = Evidence.BARE
    elif block.kind in (Kind.FORWARDED, Kind.QUOTED):
        kind = Evidence.QUOTED_TEXT
    elif block.kind is Kind.ATTACHMENT:
        kind = Evidence.ATTACHMENT
    else:
        kind = Evidence.SENTENCE
    return Proof(kind, block.kind, line, other_document(block, no) if no is not None else None)


class Gate(StrEnum):
    """The certainty gates, each measured on its own (``tests/corpus/certainty_audit.py``)."""

    HISTORY = "history"
    """An organisation's or contact's value read from a forwarded or quoted message (the
    history a writer builds on, whose people and firms are often not the applicant's)."""
    SIGNATURE_ORG = "signature_org"
    """An organisation's name or IČO read from an unlabelled line of the writer's signature
    (a contractor's or agency's own firm)."""
    COVER_CONTACT = "cover_contact"
    """A contact's value read from an attachment while the writer's own text (the cover
    note) speaks of the contact: it may name another person or correct the attachment."""
    OTHER_EMAIL = "other_email"
    """A contact's person or e-mail taken from the signature or the header (the sender)
    while the writer's own text gives another person's e-mail address."""
    OBLIQUE_NAME = "oblique_name"
    """An organisation's name whose first word has an oblique-case ending (genitive,
    dative, locative, instrumental), whose nominative is not written in the
    message as the value: the case was left as written (the sentence's genitive)."""
    NAME_SENTENCE = "name_sentence"
    """An organisation's name holding three or more lower-case words before its last
    capitalised word: the words of the sentence it was read from ("… möchte die Nord GmbH",
    "writing on behalf of Nordlys AS")."""
    COVER_TYPE = "cover_type"
    """Request types without a type that a clause of the writer's own text, beside an
    attachment (the form), names alone and does not negate ("chtěli bychom ale i nahrávat
    zvuk", "prosíme také o povolení natáčet"): the cover note may add to the form."""
    PERSON_WORDS = "person_words"
    """A contact person of three or more words (particles such as "van", "de" aside) not
    read from a labelled line or a table cell: one word may be a function or a title
    ("Producerin Anke Vogt", "redaktor Petr Novák")."""
    ATTACHMENT_IPS = "attachment_ips"
    """Addresses read from an attachment while the writer's own text (the cover note) gives
    an IPv4 address that is not among them: the note may replace or drop the form's."""
    LETTER_WORD = "letter_word"
    """An organisation's name opened by a word of one letter (an article or a conjunction
    of the sentence: "A Hírvidék Média s.r.o.", "a Nord GmbH")."""
    OTHER_DOCUMENT = "other_document"
    """A party's value or an address read from a paragraph of another document pasted or
    attached beside the application (``other_document``): an invoice, order or contract
    naming the other party ("Dodavatel:", "Poskytovatel:", "Seller:"), a register extract, a
    power of attorney, a CV. Its labelled lines are that document's, not the application's."""
    OLD_SECTION = "old_section"
    """Addresses of one use read from two paragraphs, one of them headed as the past's (a
    year, "loni", "last year's allocation", "Původní"): a table of what was approved before,
    quoted beside this year's addresses, whose heading the address reader did not read as old."""
    EXAMPLE_SECTION = "example_section"
    """A value read from a document (an attachment, a sheet) that also holds a filled example
    under its own heading ("VZOR VYPLNĚNÍ:", a sheet named "vzor", "Muster: …"): the example's
    values are written as the application's are, and the readers may take them."""
    EXCEPTED_BLOCK = "excepted_block"
    """Addresses read from a line that writes a block or range and then an exception to it
    ("/29 kromě .72 a .79", "…/30 except .3", "…-.20 außer .15"): which addresses the
    exception leaves out depends on how its shorthand is read."""
    RUNNING_HEADER = "running_header"
    """Addresses of one use of which one stands only in a line repeated word for word in its
    document (a page's header or footer, often last year's application's) while another
    stands in a line of its own: the repeated line may not be this application's."""
    OTHER_FIRM_LINE = "other_firm_line"
    """A contact's phone read from a line that names another firm than the applicant (an
    IČO not the applicant's, or a legal form beside a name not the applicant's): a magazine's
    imprint ("Tiskne: Tiskárna … a.s., IČO …, tel. …"), a distributor's line, the phone is
    that firm's."""
    PURPOSE_EMAIL = "purpose_email"
    """A contact's e-mail read from a line that gives it for another purpose than contact:
    where to send the access credentials or the data ("Přístupové údaje zasílejte na …",
    "credentials to …", "Zugangsdaten an …")."""
    SWAPPED_ROLES = "swapped_roles"
    """Addresses of one use while the text says the roles were written the other way round
    ("pardon, obráceně", "naopak", "the other way round", "vertauscht"): which address is
    which depends on the correction, that the readers do not apply."""


_ORG_KEYS = frozenset(("organization.name", "organization.ico"))
_PARTY_KEYS = _ORG_KEYS | {"contact.person", "contact.email", "contact.phone"}
_FORM_PART = re.compile(
    r"^(?:spol\.?|s\.?|r\.?o\.?|s\.r\.o\.?|a\.s\.?|z\.s\.?|z\.ú\.?|o\.p\.s\.?|k\.s\.?|v\.o\.s\.?|"
    r"sp\.?|z|o\.o\.?|d\.o\.o\.?|se|a)[,.]?$",
    re.IGNORECASE,
)
_WORDS = re.compile(r"[^\s,;()]+")


def _sentence_words(name: str) -> bool:
    """Three or more lower-case words stand before the name's last capitalised word."""
    words = [w for w in _WORDS.findall(name) if not _FORM_PART.match(w)]
    last = max((i for i, w in enumerate(words) if w[:1].isupper()), default=-1)
    return sum(1 for w in words[:last] if w[:1].islower()) >= 3


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_CONTACT_TALK = re.compile(
    r"\bkontakt\w*|\bcontact\w*|\bansprech\w*|\bkontaktow\w*|\bpersona\s+de\s+contact\w*",
    re.IGNORECASE,
)
_OBLIQUE = re.compile(r"^([^\W\d_]{3,}?)(ých|ého|ému|ými|ým|ům|ů|ách|ích)$|^[^\W\d_]{2,}ě,$")
"""An oblique case's ending; the locative "-ě" before a comma ("… univerzita v Jihlavě,
veřejná vysoká škola" read after the place), not a nominative such as "Země Media")."""
_PARTICLES = frozenset(PARTICLES) | {"y", "ó", "o"}
"""The words of a surname's particle ("dos", "van", "y"), from nameparser's maintained list
(as ``contact._particle_run``), the Spanish "y" and the Irish "Ó"/"O" ("Ciarán Ó Briain")."""
_LETTER_WORD = re.compile(r"^[^\W\d_]\s+[^\W\d_]")
_PHONE_DIGITS = re.compile(r"\d(?:[ ./-]?\d){8,}")
_CONTACT_KEYS = _PARTY_KEYS - _ORG_KEYS
_IP_KEYS = frozenset(("production_ips", "test_ips"))
_GATED_KEYS = _PARTY_KEYS | _IP_KEYS | {"request_types"}
_SENDER_KINDS = frozenset((Evidence.SIGNATURE, Evidence.HEADER))


@dataclass(frozen=True)
class Context:
    """What the gates read from the whole message, once per message."""

    own_emails: frozenset[str] = frozenset()
    """E-mail addresses in the writer's own text (not its signature), lower-case."""
    own_contact_talk: bool = False
    """A line of the writer's own text (not its signature) speaks of a contact and gives an
    e-mail address or a phone number."""
    own_ips: frozenset[str] = frozenset()
    """IPv4 addresses written in the writer's own text (not its signature)."""
    cover_types: frozenset[str] = frozenset()
    """The request types a clause of the writer's own text names alone and does not negate,
    when the message has an attachment (empty without one)."""


_COVER_CLAUSE = re.compile(r"([.!?;\n]+|:\s|\s[–—-]\s)")
_BARE_NO = re.compile(r"(?:ne|no|nie|nein)\W*", re.IGNORECASE)


def _cover_types(own: str) -> frozenset[str]:
    """The request types a clause of ``own`` names alone (strong cues only) without a
    negation in the clause or at the start of the next one (split at a sentence's end, a
    colon or a dash)."""
    text = own.translate(FOLD)
    if not any(not c.weak for c in cue_spans(text)):
        return frozenset()
    out: set[str] = set()
    parts = _COVER_CLAUSE.split(text)
    clauses = [c.strip() for c in parts[::2]] + [""]
    seps = parts[1::2] + [""]
    for clause, sep, after in zip(clauses, seps, clauses[1:], strict=False):
        kinds = {c.kind for c in cue_spans(clause) if not c.weak}
        # a negation in the clause, or an answer after it: a negation after a colon
        # ("Natáčení: ne, děkujeme"), a bare "no" after any split ("Natáčení – ne.")
        answer = NOT.match(after) if ":" in sep else _BARE_NO.fullmatch(after)
        if len(kinds) == 1 and not NOT.search(clause) and not answer:
            out |= kinds
    return frozenset(out)


def _own_ips(own: str) -> frozenset[str]:
    """The IPv4 addresses the address reader finds in ``own`` and does not withdraw (no
    version number, no address struck out); a block by its first address."""
    return frozenset(
        str(a)
        for m in find_ips(own)
        if not m.excluded
        for a in (m.addresses[:1] if m.is_block else m.addresses)
        if a.version == 4
    )


def context(blocks: Sequence[Block]) -> Context:
    """The message-wide facts of ``blocks`` the gates read."""
    own = "\n".join(b.text for b in blocks if b.kind is Kind.OWN)
    attached = any(b.kind is Kind.ATTACHMENT for b in blocks)
    return Context(
        cover_types=_cover_types(own) if attached else frozenset(),
        own_ips=_own_ips(own) if attached else frozenset(),
        # an address needs its "@": a text without one is not scanned for any
        own_emails=frozenset(
            m.lower() for m in (_EMAIL.findall(own) if "@" in own else ()) if not is_automated_address(m)
        ),
        own_contact_talk=any(
            (("@" in ln and _EMAIL.search(ln)) or _PHONE_DIGITS.search(ln)) and _CONTACT_TALK.search(ln)
            for ln in own.splitlines()
        ),
    )


def _other_email(key: str, value: str, ctx: Context) -> bool:
    """The own text gives an e-mail address that is not this contact's."""
    if key == "contact.email":
        return any(e != value.lower() for e in ctx.own_emails)
    words = value.split()
    surname = words[-1].translate(FOLD).lower()[:4] if words else ""
    return any(surname not in e.split("@")[0].translate(FOLD) for e in ctx.own_emails)


def _person_words(value: str) -> bool:
    """Three or more words besides the particles of a surname."""
    return sum(1 for w in value.split() if w.lower() not in _PARTICLES) >= 3


def _oblique(value: str) -> bool:
    """The name's first word has an oblique-case ending (a nominative may be written
    elsewhere, even in the quoted history, but the value is not it)."""
    words = value.split()
    return bool(words) and _OBLIQUE.match(words[0]) is not None


_PARTY_ROLE = re.compile(
    # the other side of a contract or an invoice, as a label ("Dodavatel:", "Poskytovateľ
    # hostingu:"); it counts beside the applicant's side's label (``_COUNTERPART``)
    r"^[\s>*•-]*(?=[cdlpsvwz])(?:dodavatel|poskytovatel|zhotovitel|prodávající|pronajímatel|"
    r"dodávateľ|poskytovateľ|zhotoviteľ|predávajúci|prenajímateľ|seller|supplier|vendor|provider|"
    r"contractor|lessor|lieferant|dostawca|sprzedawca|wykonawca)\w*\s*(?:\w+\s*)?[:\t]",
    re.IGNORECASE,
)
_COUNTERPART = re.compile(
    # the applicant's side of the same contract or invoice ("Objednatel:", "Zákazník:")
    r"^[\s>*•-]*(?=[abcknoz])(?:objednatel|odběratel|zákazník|kupující|nájemce|objednávateľ|"
    r"odberateľ|kupujúci|nájomca|buyer|customer|client|bill\s+to|auftraggeber|kunde|"
    r"zamawiający|nabywca)\w*\s*[:\t]",
    re.IGNORECASE,
)
_DEAL_TITLE = re.compile(
    # a deal's document title opening a line (after a bullet or "Příloha –"): an invoice,
    # an order, a contract
    r"^[\s>*•=-]*(?:(?:příloh\w*|príloh\w*|attachment|annex)\s*[:–—-]\s*)?"
    r"(?:(?:potvrzení|potvrdenie|kopie|kópia|copy\s+of|daňový\s+doklad\s*[–-])\s+)?"
    r"(?=[acfiorsuvz])(?:faktur[ay]|faktúr[ay]|invoice|rechnung|objednávk[ay]|order\s+confirmation|"
    r"smlouv[ay]|zmluv[ay]|contract|agreement|vertrag|umowa)\b",
    re.IGNORECASE,
)
_PAPER_TITLE = re.compile(
    # a paper about a person or a firm, not the application: a register extract, a power of
    # attorney, a CV (the applicant's own often: its names are the applicant's)
    r"^[\s>*•=-]*(?:(?:příloh\w*|príloh\w*|attachment|annex)\s*[:–—-]\s*)?"
    r"(?=[acilnopstvž])(?:výpis\s+z[eo]?\s+\w+\s+(?:rejstříku|registra|registru)|plná\s+moc|"
    r"plnomocenstvo|splnomocnenie|power\s+of\s+attorney|vollmacht|pełnomocnictwo|životopis|"
    r"curriculum\s+vitae|lebenslauf|"
    # a card about a person: a press card, an accreditation, an identity card ("PRESS CARD",
    # "Novinářský průkaz", "Presseausweis", "Legitymacja prasowa", "Carte de presse")
    r"press\s+(?:card|pass|id)|presseausweis|novinářsk\w+\s+průkaz\w*|novinársk\w+\s+preukaz\w*|"
    r"průkaz\w*\s+novinář\w*|preukaz\w*\s+novinár\w*|legitymacj\w+\s+prasow\w+|"
    r"carte\s+de\s+presse|tessera\s+(?:stampa|giornalist\w*)|carné\s+de\s+prensa|"
    r"accreditation|akreditac\w+|akreditáci\w+|identity\s+card|id\s+card|"
    r"občansk\w+\s+průkaz\w*|občiansk\w+\s+preukaz\w*)\b",
    re.IGNORECASE,
)
_OTHER_PARTY = re.compile(
    # the paper's title says whose it is, and it is another firm's: the parent company's, a
    # supplier's, a contractor's ("výpis z obchodného registra materskej spoločnosti")
    r"\b(?=[cdhmpsz])(?:mateřsk\w+\s+společnost\w*|matersk\w+\s+spoločnost\w*|parent\s+company|"
    r"holding\w*|muttergesellschaft|spółk\w+\s+matk\w*|société\s+mère|dodavatel\w*|dodávateľ\w*|"
    r"supplier\w*|contractor\w*|zhotovitel\w*|subdodavatel\w*|provider\w*|poskytovatel\w*)\b",
    re.IGNORECASE,
)


class Document(StrEnum):
    """The kind of another document a value's paragraph belongs to (``other_document``)."""

    DEAL = "deal"
    """An invoice, order or contract (its parties' names and contacts), or a paper whose title
    says it is another firm's (its parent company's, its supplier's)."""
    PAPER = "paper"
    """A register extract, a power of attorney, a CV, a press card or an identity card."""


def _paragraph(block: Block, no: int) -> list[str]:
    """The lines of ``block`` between blank ones around line ``no``."""
    lines = [ln.text for ln in block.lines]
    at = next((i for i, ln in enumerate(block.lines) if ln.no == no), None)
    if at is None:
        return []
    start = at
    while start > 0 and lines[start - 1].strip():
        start -= 1
    end = at
    while end + 1 < len(lines) and lines[end + 1].strip():
        end += 1
    return lines[start : end + 1]


def _first_line(block: Block) -> str:
    """The block's first non-blank line (an attached document's title)."""
    return next((ln.text for ln in block.lines if ln.text.strip()), "")


def other_document(block: Block, no: int) -> Document | None:
    """Line ``no`` of ``block`` stands in a paragraph of another document: under a deal's
    title or naming both parties of a deal (``DEAL``), or under a paper's title (``PAPER``)."""
    first = _first_line(block) if block.kind is Kind.ATTACHMENT else None
    return _paragraph_document(tuple(_paragraph(block, no)), first)


@per_application(maxsize=256)
def _paragraph_document(paragraph: tuple[str, ...], first: str | None) -> Document | None:
    """``other_document`` of a paragraph; ``first``: the first line of the attachment it
    stands in (None: no attachment). Remembered: the values of one paragraph ask it again."""
    if any(_DEAL_TITLE.search(ln) for ln in paragraph):
        return Document.DEAL
    if first is not None and _DEAL_TITLE.search(first):
        return Document.DEAL  # the attached document is a contract or an invoice as a whole
    if any(_PARTY_ROLE.search(ln) for ln in paragraph) and any(_COUNTERPART.search(ln) for ln in paragraph):
        return Document.DEAL
    titles = [ln for ln in paragraph if _PAPER_TITLE.search(ln)]
    if any(_OTHER_PARTY.search(ln) for ln in titles):
        return Document.DEAL  # another firm's paper: its names are a party's, not the applicant's
    if titles:
        return Document.PAPER
    return None


def _message_gate(key: str, value: Any, proof: Proof, ctx: Context) -> tuple[Gate, Reason] | None:
    """The gates that read the message beyond the value's own line."""
    if key in _CONTACT_KEYS and proof.place is Kind.ATTACHMENT and ctx.own_contact_talk:
        return Gate.COVER_CONTACT, Reason.OTHER_PERSON
    if (
        key in ("contact.person", "contact.email")
        and proof.kind in _SENDER_KINDS
        and isinstance(value, str)
        and _other_email(key, value, ctx)
    ):
        return Gate.OTHER_EMAIL, Reason.OTHER_PERSON
    if key == "organization.name" and isinstance(value, str) and _oblique(value):
        return Gate.OBLIQUE_NAME, Reason.OBLIQUE_NAME
    if (
        key in _IP_KEYS
        and proof.place is Kind.ATTACHMENT
        and isinstance(value, list)
        and ctx.own_ips - {str(v).split("/")[0] for v in value}
    ):
        return Gate.ATTACHMENT_IPS, Reason.OTHER_CANDIDATE
    if key == "request_types" and isinstance(value, list) and ctx.cover_types - set(value):
        return Gate.COVER_TYPE, Reason.COVER_TYPE
    return None


_EXCEPTED_BLOCK = re.compile(
    # a CIDR prefix or a range's end, then (a comma, a bracket, "but" aside) a word of
    # exception: "/29 kromě .72", "/30 except 203.0.113.3", "- .20 (außer .15)", "/29 utom …"
    r"(?:/\d{1,3}|\d\s*[-–]\s*(?:\d{1,3}\.){0,3}\d{1,3})\s*[,;(]?\s*(?:(?:ale|but|aber|mais|ma|pero|men|maar)\s+)?"
    r"(?:kromě|krome|okrem|mimo|bez|except|excluding|excl\.|not|außer|ausser|ausgenommen|ohne|"
    r"utom|förutom|forutom|oprócz|oprocz|z\s+wyjątkiem|z\s+wyjatkiem|sauf|excepté|excepte|"
    r"hormis|tranne|eccetto|escluso|esclusa|excepto|salvo|menos|behalve|uitgezonderd|kivéve|kiveve)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)


def gate(
    key: str, value: Any, proof: Proof, ctx: Context | None = None
) -> tuple[Gate, Reason] | None:
    """The gate that makes a certain value with this evidence unsure, and its reason."""
    if key in _PARTY_KEYS and proof.place in (Kind.FORWARDED, Kind.QUOTED):
        return Gate.HISTORY, Reason.ORIGINAL
    if proof.document is Document.DEAL and (key in _PARTY_KEYS or key in _IP_KEYS):
        return Gate.OTHER_DOCUMENT, Reason.OTHER_DOCUMENT
    if proof.document is Document.PAPER and (key in _CONTACT_KEYS or key in _IP_KEYS):
        return Gate.OTHER_DOCUMENT, Reason.OTHER_DOCUMENT
    if key in _ORG_KEYS and proof.kind is Evidence.SIGNATURE:
        return Gate.SIGNATURE_ORG, Reason.SIGNATURE
    if key == "organization.name" and isinstance(value, str) and _sentence_words(value):
        return Gate.NAME_SENTENCE, Reason.SENTENCE
    if key == "organization.name" and isinstance(value, str) and _LETTER_WORD.match(value):
        return Gate.LETTER_WORD, Reason.SENTENCE
    if (
        key == "contact.person"
        and isinstance(value, str)
        and proof.kind not in (Evidence.LABEL, Evidence.TABLE)
        and _person_words(value)
    ):
        return Gate.PERSON_WORDS, Reason.NAME_WORDS
    if key in _IP_KEYS and proof.line is not None and _EXCEPTED_BLOCK.search(proof.line):
        return Gate.EXCEPTED_BLOCK, Reason.EXCEPTED_BLOCK
    return _message_gate(key, value, proof, ctx) if ctx is not None else None


def _unplaced_ips(ctx: Context, fields: Mapping[str, FieldValue]) -> Context:
    """``ctx`` with only the own text's addresses that no address field holds (an address the
    cover note gives another use is not a rival of this use's attached values)."""
    placed = {
        str(v).split("/")[0]
        for k in _IP_KEYS
        if k in fields and isinstance(fields[k].value, list)
        for v in fields[k].value
    }
    return dataclasses.replace(ctx, own_ips=ctx.own_ips - placed) if ctx.own_ips else ctx


_PAST_HEAD = re.compile(
    # a heading or intro line of an earlier year's or the original set of addresses:
    # "Schváleno pro volby 2024", "co nám bylo schváleno loni:", "2024 allocation",
    # "Původní (již nepoužíváme)", "last year's allocation", "Platnost do: 31. 12. 2024"
    r"(?=[12dlmpvfo])\b(?:(?:19|20)\d\d|loni|vloni|vlani|lo[ňn]sk\w*|vla[ňn]ajš\w*|minulor\w*|"
    r"p[uůô]vodn\w*|d[řr][íi]v[ěe]j[šs]\w*|last\s+year\w*|previous\w*|former\w*|old)\b",
    re.IGNORECASE,
)
_HEAD_LINES = 3
"""How many lines above a paragraph's first address are read as its heading."""


def _ip_at(ip: str, text: str) -> bool:
    """``text`` writes ``ip`` with no digit or dot before it and no digit after it (a plain
    search, not a pattern compiled per address)."""
    at = text.find(ip)
    while at >= 0:
        before, after = text[at - 1 : at] if at else "", text[at + len(ip) : at + len(ip) + 1]
        if not (before == "." or before.isdecimal()) and not after.isdecimal():
            return True
        at = text.find(ip, at + 1)
    return False


def _value_spots(values: Sequence[Any], blocks: Sequence[Block]) -> list[tuple[int, int]]:
    """Where each address is first written: its block's index and its line's index."""
    out: list[tuple[int, int]] = []
    for v in values:
        ip = str(v).split("/")[0]
        # a line writing ``ip`` is part of its block's text: a block without it is skipped
        spot = next(
            (
                (bi, li)
                for bi, b in enumerate(blocks)
                if ip in b.text
                for li, ln in enumerate(b.lines)
                if _ip_at(ip, ln.text)
            ),
            None,
        )
        if spot is not None:
            out.append(spot)
    return out


def _paragraph_start(block: Block, li: int) -> int:
    while li > 0 and block.lines[li - 1].text.strip():
        li -= 1
    return li


def _past_heading(block: Block, start: int, first: int) -> bool:
    """The lines of the paragraph before its first address, or the few non-blank lines just
    above it, name a past year or an earlier set."""
    above = [ln.text for ln in block.lines[max(0, start - _HEAD_LINES) : start] if ln.text.strip()]
    head = [ln.text for ln in block.lines[start:first]] + above[-2:]
    return any(_PAST_HEAD.search(h) and not find_ips(h) for h in head)


def _old_section(values: Sequence[Any], blocks: Sequence[Block]) -> bool:
    """The addresses stand in two or more paragraphs, one of them headed as the past's."""
    if len(values) < 2:
        return False
    firsts: dict[tuple[int, int], int] = {}
    for bi, li in _value_spots(values, blocks):
        key = (bi, _paragraph_start(blocks[bi], li))
        firsts[key] = min(firsts.get(key, li), li)
    if len(firsts) < 2:
        return False
    return any(_past_heading(blocks[bi], start, li) for (bi, start), li in firsts.items())


def _running_header(values: Sequence[Any], blocks: Sequence[Block]) -> bool:
    """One address stands only in a line written twice or more word for word in one block (a
    page's running header or footer), another in a line that is not repeated so."""
    if len(values) < 2:
        return False
    repeated = [_only_in_repeated_line(str(v).split("/")[0], blocks) for v in values]
    return any(repeated) and not all(repeated)


def _only_in_repeated_line(ip: str, blocks: Sequence[Block]) -> bool:
    texts = [
        (bi, ln.text.strip())
        for bi, b in enumerate(blocks)
        if ip in b.text  # a line writing ``ip`` is part of its block's text
        for ln in b.lines
        if _ip_at(ip, ln.text)
    ]
    return len(texts) >= 2 and len(set(texts)) == 1


_EXAMPLE_HEAD = re.compile(
    # a heading of a filled example, alone or as a label of its values: "vzor", "VZOR
    # VYPLNĚNÍ (příklad, nevyplňujte):", "Muster: Beispiel GmbH, …", "Example of a filled
    # form:"; not a form's title ("Vzor žádosti o přístup", "Sample application")
    r"^\W*(?:vzor|příklad|priklad|ukázka|ukazka|muster|beispiel|example|sample|wzór|wzor|"
    r"przykład|przyklad|minta|exemple|ejemplo)"
    r"(?:\s+(?:vyplněn\w*|vyplnen\w*|zur\s+ausfüllung|of\s+a\s+filled\s+form|filled\s+in|"
    r"wypełnien\w*|kitöltés\w*|de\s+remplissage))?"
    r"[^\S\n]*(?:\([^()\n]*\))?[^\S\n]*(?::.*)?$",
    re.IGNORECASE,
)


def _example_block(fv: FieldValue, blocks: Sequence[Block]) -> bool:
    """The value's attached document holds a filled example under its own heading."""
    found = line_at(blocks, fv.component, fv.line)
    if found is None or found[0].kind is not Kind.ATTACHMENT:
        return False
    return _holds_example(tuple(ln.text for ln in found[0].lines))


@per_application(maxsize=64)
def _holds_example(lines: tuple[str, ...]) -> bool:
    """A line of ``lines`` is a filled example's heading (``_EXAMPLE_HEAD``). Remembered:
    every gated value of one attachment asks it of the same lines."""
    return any(_EXAMPLE_HEAD.match(ln) or ("\t" in ln and _EXAMPLE_COLUMN.search(ln)) for ln in lines)


_EXAMPLE_COLUMN = re.compile(
    # a table's header cell after the first holding an example's word alone: "Položka | Vzor |
    # Vyplní žadatel", "Field | Example | Your data"
    r"\t[^\S\t]*(?:vzor|vzor\s+vyplnění|příklad|príklad|priklad|ukázka|ukazka|example|sample|"
    r"muster|beispiel|wzór|wzor|przykład|przyklad|minta|példa|exemple|ejemplo|esempio|"
    r"voorbeeld|exempel)[^\S\t]*(?:\t|$)",
    re.IGNORECASE,
)
"""A table's column of a filled example beside the applicant's own column."""


def _agent_box(fv: FieldValue, ico: Any, blocks: Sequence[Block]) -> bool:
    """The box's line stands in a paragraph naming a representative or another IČO
    (``org.box_owner``, the rule that also drops a representative's own box)."""
    if fv.line is None or fv.component is None or fv.component.startswith(("envelope", "header")):
        return False
    owner = box_owner(blocks, fv.component, fv.line, None if ico is None else str(ico), CSU.ico)
    return owner is not BoxOwner.APPLICANT


_ICO_WORD = re.compile(r"(?<![^\W\d_])i[čc]o?(?![^\W\d_])")
"""The label of an IČO as a word of its own ("IČ", "IČO", "ICO"), never the letters inside a
word ("Jičín", "Ičovice", "Ričany"); matched on the folded line."""
_ICO_DIGITS = re.compile(r"(?<!\d)\d{2}\s?\d{3}\s?\d{3}(?!\d)")


def _other_firm_line(line: str, fields: Mapping[str, FieldValue]) -> bool:
    """``line`` names a firm that is not the applicant: an IČO other than the applicant's
    (after its label as a word of its own), or a legal form (any the organisation rules
    know, ``org.has_legal_form``) while the applicant's name is not on the line."""
    folded = line.casefold()
    if ("ič" in folded or "ico" in folded) and _ICO_WORD.search(folded) is not None:
        ico = fields["organization.ico"].value if "organization.ico" in fields else None
        own = str(ico) if ico else None
        if any(m.group().replace(" ", "") != own for m in _ICO_DIGITS.finditer(line)):
            return True
    if not has_legal_form(line):
        return False
    name = fields["organization.name"].value if "organization.name" in fields else None
    if not name:
        return True
    head = " ".join(without_legal_form(str(name)).split()).casefold().strip(" ,")
    return not head or head not in " ".join(folded.split())


_PURPOSE = re.compile(
    # an e-mail given for the credentials or the data, not as the contact's
    r"(?=[pcaldhzluik])(?:přístupov\w*\s+údaj\w*|pristupov\w*\s+udaj\w*|prístupov\w*\s+údaj\w*|"
    r"přihlašovac\w*|prihlasovac\w*|credential\w*|login\w*|access\s+details|"
    r"zugangsdaten|dane\s+dost[ęe]pow\w*|hesl\w*|password\w*|identifiants|credenziali)",
    re.IGNORECASE,
)
_SWAP = re.compile(
    # the roles just given said to be the other way round
    r"(?=[oňnpzsmtrvuiaàlf])\b(?:obráceně|obracene|naopak|opačne|opacne|prohozen\w*|prohodil\w*|"
    r"přehozen\w*|prehozen\w*|přehodil\w*|prehoden\w*|zaměnil\w*|zamenil\w*|zaměněn\w*|"
    r"the\s+other\s+way\s+a?round|vice\s+versa|swapped|mixed\s+(?:them\s+)?up|"
    r"umgekehrt|vertauscht|verwechselt|odwrotnie|na\s+odwr[óo]t|zamienion\w*|"
    r"invers[ée]\w*|à\s+l['’]inverse|l['’]inverse|al\s+contrario|invertit\w*|scambiat\w*|"
    r"fordítva|felcserél\w*)",
    re.IGNORECASE,
)
_ROLE_OR_ADDRESS = re.compile(
    r"produk|product|prod\b|test|live|ostr|\d\.\d|\.\d{1,3}\b", re.IGNORECASE
)


def _swapped_roles(blocks: Sequence[Block]) -> bool:
    """A line of the writer's text (or of an attachment) says the roles were swapped and
    names a role or an address."""
    for b in blocks:
        if b.kind in (Kind.FORWARDED, Kind.QUOTED):
            continue
        for m in _SWAP.finditer(b.text):
            start = b.text.rfind("\n", 0, m.start()) + 1
            end = b.text.find("\n", m.end())
            if _ROLE_OR_ADDRESS.search(b.text[start : end if end >= 0 else None]):
                return True
    return False


def _line_gate(key: str, fv: FieldValue, proof: Proof, fields: Mapping[str, FieldValue]) -> tuple[Gate, Reason] | None:
    """The gates that read the value's own line beside the other fields."""
    if proof.line is None:
        return None
    if key == "contact.phone" and _other_firm_line(proof.line, fields):
        return Gate.OTHER_FIRM_LINE, Reason.OTHER_ORGANIZATION
    if key == "contact.email" and "@" in proof.line and _PURPOSE.search(proof.line):
        return Gate.PURPOSE_EMAIL, Reason.OTHER_CANDIDATE
    return None


def certainty_gate(
    fields: Mapping[str, FieldValue], blocks: Sequence[Block]
) -> dict[str, FieldValue]:
    """The hook of ``extract_application``: the certain values whose evidence is of a kind
    that was wrong too often on unseen writing, made unsure."""
    out: dict[str, FieldValue] = {}
    ctx: Context | None = None
    swapped: bool | None = None
    for key, fv in fields.items():
        if not fv.certain or fv.value in (None, "", []):
            continue
        if key == "organization.databox_id":
            ico = fields["organization.ico"].value if "organization.ico" in fields else None
            if _agent_box(fv, ico, blocks):
                out[key] = dataclasses.replace(fv, certain=False, reason=Reason.OTHER_ORGANIZATION)
            continue
        if key not in _GATED_KEYS:
            continue
        ctx = ctx or _unplaced_ips(context(blocks), fields)
        proof = evidence(fv.value, fv.component, fv.line, blocks)
        found = gate(key, fv.value, proof, ctx) or _line_gate(key, fv, proof, fields)
        if found is None and key in _IP_KEYS and swapped is None:
            swapped = _swapped_roles(blocks)
        if found is None and key in _IP_KEYS and swapped:
            found = Gate.SWAPPED_ROLES, Reason.CORRECTED
        if found is None and key in _IP_KEYS and _old_section(fv.value, blocks):
            found = Gate.OLD_SECTION, Reason.SECTIONS
        if found is None and key in _IP_KEYS and _running_header(fv.value, blocks):
            found = Gate.RUNNING_HEADER, Reason.RUNNING_HEADER
        if found is None and _example_block(fv, blocks):
            found = Gate.EXAMPLE_SECTION, Reason.EXAMPLE_SECTION
        if found is not None:
            out[key] = dataclasses.replace(fv, certain=False, reason=found[1])
    return out
