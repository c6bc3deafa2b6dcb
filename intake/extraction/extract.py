"""``extract_application``: the application record of one parsed submission."""

from __future__ import annotations

import dataclasses
import email.errors
import email.policy
import functools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from email.parser import BytesHeaderParser
from email.utils import getaddresses
from typing import Any

from intake.content.formats import EML, detect
from intake.content.marks import STROKE, struck_runs, unstrike
from intake.content.pdfgrid import BROKEN_WORD
from intake.content.result import ContentResult
from intake.content.text import (
    TextExtractionError,
    decode,
    document_text,
    html_to_text,
    poorer_alternative,
)
from intake.extraction import permit as rp
from intake.extraction import request_types as rt
from intake.extraction.casefree import lowered
from intake.extraction.certainty import certainty_gate
from intake.extraction.contact import (
    Contact,
    addressed_surname,
    asks_answer_to_author,
    corrected_contact,
    designated_person,
    desk_address,
    display_person,
    find_contact,
    fullest_person,
    header_address,
    header_spelling,
    ico_holder,
    mailbox_person,
    newer_details,
    note_phone,
    one_person,
    outlet_name,
    person_name,
    quoted_author,
    self_declaration,
    sender_is_contact,
    senders_own_address,
    signer_of,
    surname_first,
    surname_in_full,
    without_degrees,
    word_forms,
)
from intake.extraction.fields import (
    CSU,
    Hit,
    Office,
    emails_in,
    find_databox,
    find_ico,
    ico_answered,
    ico_mangled_label,
    ico_without_zeros,
    is_office_address,
    mobile_number,
    phones_in,
    premium_rate,
)
from intake.extraction.foreign import foreign_net
from intake.extraction.given_names import is_familiar_form
from intake.extraction.inline_refs import octets_added, shorthand_answers
from intake.extraction.ips import (
    IPAddress,
    Mention,
    Role,
    absent_uses,
    asks_which_use,
    clause_use,
    dedup,
    find_ips,
    is_public,
    mentions_test,
    mistyped_named,
    names_mistyped,
    networks_as_context,
    octets_said_wrong,
    old_one_noted,
    own_clause_added,
    own_clause_use,
    own_sentence_use,
    placed_rows,
    refused_uses,
    rows_under_doubtful_heading,
    superseded_attachment,
    withdrawn_rows,
)
from intake.extraction.memo import forget_texts, per_application
from intake.extraction.model import Extraction, FieldValue, RecordingPermit
from intake.extraction.name_order import NameOrder, name_order, nominative_name, ordered_name
from intake.extraction.names import clean_name, unmarked_lower, without_marks
from intake.extraction.ocr import OcrRepairs, undo_ocr_slips
from intake.extraction.org import (
    FREELANCE_ABROAD,
    applicants_ico,
    beside_envelope,
    box_of_another,
    client_ico_over_signature,
    client_with_ico,
    corrected_applicant,
    find_organization,
    freelancer_named,
    has_legal_form,
    ico_after_name,
    ico_beside_name,
    ids_in_columns,
    in_signature,
    legal_name_in,
    names_own_outlet,
    natural_person_of_trade,
    org_beside_person,
    org_from_subject,
    own_outlet,
    owner_written_apart,
    same_organisation,
    third_party_at,
    trader_of,
    works_on_own_account,
    written_for_a_client,
)
from intake.extraction.org_spelling import marked_spelling
from intake.extraction.reference import find_sender_reference
from intake.extraction.review import Reason, review_problems
from intake.extraction.rivals import rivals
from intake.extraction.sections import Section, sections, status
from intake.extraction.segments import (
    Block,
    Kind,
    Line,
    attached_text,
    is_list_item,
    signed_message,
    split_body,
    starts_message,
    unwrap,
    whole,
)
from intake.extraction.versions import copy_that_holds, disowned_files
from intake.model import Channel, Code, Component, ComponentRole, ParsedMessage, Problem

_AMENDS = re.compile(
    # the lookahead of the words' first letters only makes the search quick
    r"(?=[acdmnorsuz])\b(?:doplněn\w*|doplňuj\w*|doplňk\w*|oprav\w*|změn\w*|nahrazuj\w*|nahrazen\w*|aktualiz\w*|"
    r"místo\s+dříve|namísto\s+dříve|ruší\s+se|amend\w*|updat\w*|replac\w*|correct\w*|supersed\w*)",
    re.IGNORECASE,
)
MAX_TEXT = 500_000
"""Characters read per component: an application is a page or two; beyond this is noise."""
_FORWARD_SUBJECT = re.compile(r"^\s*(?:fwd?|fw|přep|tr|wg)\s*:", re.IGNORECASE)


def _component_text(c: Component, checked: bool = False) -> str | None:
    """``checked``: the component comes from the content check, which rendered an HTML body
    with our own rendering already."""
    if c.role is ComponentRole.BODY_HTML:
        # our own rendering keeps table cells apart and marks quoted blocks (the parser's
        # text of an HTML body is another rendering)
        return c.text if checked and c.text is not None else html_to_text(decode(c.data, c.charset))
    if c.text is not None:
        return c.text
    if c.role is ComponentRole.BODY_TEXT:
        return decode(c.data, c.charset)
    if c.role is ComponentRole.BODY_HTML:
        return html_to_text(decode(c.data, c.charset))
    if c.role is ComponentRole.ATTACHMENT:
        try:
            return document_text(c.data, detect(c.data, c.name), c.charset)
        except TextExtractionError:
            return None
    return None


_EMPHASIS = re.compile(r"(?<![\w*])(?P<m>\*\*|__)(?=[^\s*_])(?P<t>[^*\n]{1,80}?)(?<=[^\s*_])(?P=m)(?![\w*])")
"""A stretch set in bold the way Markdown writes it ("**IČO:** 06915345", "__Žadatel:__ X"):
a mail typed in a terminal or a chat app; the marks are no part of a label or a value."""


def _without_emphasis(text: str) -> str:
    """``text`` without Markdown's bold marks (``_EMPHASIS``); the lines stay as they are."""
    if "**" not in text and "__" not in text:
        return text
    return _EMPHASIS.sub(r"\g<t>", text)


_CLIENT_FOOTER = re.compile(
    r"^[^\S\n]*(?:"
    r"(?:sent|posted)\s+(?:from|with|via|using|by)\s|(?:get|download)\s+outlook\s|"
    r"st[áa]hn[ěe]te\s+si\s+outlook\s|scarica\s+outlook\s|holen\s+sie\s+sich\s+outlook\s|"
    r"odesl[áa]no\s+(?:z|ze|s|pomoc[íi])\s|odoslan[éeá]\s+(?:z|zo|s|pomocou)\s|"
    r"von\s+meinem\s[^\n]{1,40}\s(?:gesendet|versendet)|gesendet\s+(?:von|mit|via)\s|"
    r"wys[łl]ane\s+(?:z|ze|przez|za\s+pomoc[ąa])\s|envoy[ée]\s+(?:de|depuis|avec|via)\s|"
    r"enviado\s+(?:desde|de|con|via)\s|inviato\s+(?:da|con|tramite)\s|"
    r"verzonden\s+(?:vanaf|met|via)\s|skickat\s+från\s|sendt\s+fra\s|poslano\s+(?:z|s|sa|iz)\s|"
    r"küldve\s|elküldve\s|lähetetty\s|"
    r"(?:отправлено|надіслано|надислано|изпратено|послато|послано)\s+(?:с|з|из|от|од|со|із)\s|"
    r"εστ[άα]λη\s+(?:απ[όο]|μ[έε]σω)\s"
    # the client's name, perhaps "my iPhone" or "Proton Mail secure email.": no digits of an
    # address, no e-mail address (a line of the text: "Sent from 198.51.100.7 …")
    r")(?![^\n]*(?:@|\d[.:]\d))[^\n]{0,60}$",
    re.IGNORECASE | re.MULTILINE,
)
"""A mail client's or a mail service's line below a writer's signature ("Sent from my
iPhone", "Sent with Proton Mail secure email.", "Get Outlook for Android", "Odesláno z
aplikace Pošta pro Windows", "Von meinem iPhone gesendet", "Wysłane z aplikacji Poczta",
"Отправлено с iPhone", "Εστάλη από το iPhone μου"): never an organisation or a person."""


def _without_client_footers(text: str) -> str:
    """A body's text with its mail client's lines (``_CLIENT_FOOTER``) left blank: no rule
    reads them as a signature's firm or name; the lines keep their numbers."""
    return _CLIENT_FOOTER.sub("", text)


def _blocks(
    parsed: ParsedMessage,
    content: ContentResult | None,
    office: Office = CSU,
    attached: Mapping[str, Kind | None] | None = None,
    repairs: OcrRepairs | None = None,
) -> list[Block]:
    """``attached``: the e-mails attached to the new one (``_attached_messages``);
    ``repairs``: records the values read by undoing OCR slips (``ocr.undo_ocr_slips``)."""
    comps = content.components if content is not None else parsed.components
    bad = {f.name for f in content.findings if f.problem} if content is not None else set()
    fwd = bool(_FORWARD_SUBJECT.match(parsed.subject))
    checked = content is not None
    texts = _alternatives(comps, checked)
    attached = _attached_messages(comps, office) if attached is None else attached
    own: list[Block] = []
    other: list[Block] = []
    for c in comps:
        if c.name in bad or c.role in (ComponentRole.SIGNATURE, ComponentRole.ENVELOPE):
            continue
        text = texts[c.name] if c.name in texts else _component_text(c, checked)
        if not text or not text.strip():
            continue
        text = _without_emphasis(text[:MAX_TEXT])
        if repairs is not None:
            text = _unmark_broken_words(undo_ocr_slips(text, repairs), repairs)
        if c.role in _BODIES:
            text = _without_client_footers(text)
        if c.role in (ComponentRole.BODY_TEXT, ComponentRole.BODY_HTML) and c.parent is None:
            for b in split_body(c.name, text, forwarded_subject=fwd):
                (own if b.kind in (Kind.OWN, Kind.SIGNATURE) else other).append(b)
        elif c.role in _BODIES and c.parent is not None and c.parent in attached:
            if (kind := attached[c.parent]) is not None:
                other.append(whole(c.name, text, kind))
            else:  # the office's own message: only the applicant's text it quotes is read
                other += [b for b in split_body(c.name, text) if b.kind is Kind.QUOTED]
        else:
            for b in attached_text(c.name, text):
                (own if b.kind is Kind.ATTACHMENT else other).append(b)
    if parsed.channel is Channel.EMAIL and (subject := _subject_application(parsed.subject, own)):
        own.append(subject)
    annotation = parsed.envelope.get("dmAnnotation", "") if parsed.channel is Channel.DATABOX else ""
    if annotation.strip():
        # a data message's annotation may be the whole application
        own.insert(0, whole("envelope:dmAnnotation", annotation, Kind.OWN))
    return [unwrap(b) for b in own + other]


_BODIES = (ComponentRole.BODY_TEXT, ComponentRole.BODY_HTML)
_SUBJECT_IP = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?!\.?\d)")
_REPLY_SUBJECT = re.compile(r"^\s*(?:re|aw|sv|odp|vs|fwd?|wg|tr|přep)\s*:", re.IGNORECASE)
_SUBJECT_ITEMS = re.compile(r"\s*[,;|]\s+|\s+[-–—]\s+")
SUBJECT_BLOCK = "header:Subject"


def _subject_application(subject: str, own: Sequence[Block]) -> Block | None:
    """The subject line read as the applicant's text, one item a line, when it writes an
    address and the new text writes none ("Žádost o XML – Rádio X, IČO …, ostrá IP …,
    testovací …" above "Vše je v předmětu"): a subject of a reply or forward repeats an
    earlier one and is not read. Nothing read from it is certain (``_from_subject``)."""
    if not _SUBJECT_IP.search(subject) or _REPLY_SUBJECT.match(subject):
        return None
    if any(_SUBJECT_IP.search(b.text) for b in own):
        return None
    items = [t for t in _SUBJECT_ITEMS.split(subject) if t.strip()]
    return whole(SUBJECT_BLOCK, "\n".join(items), Kind.OWN)


def _from_subject(fields: Mapping[str, FieldValue]) -> dict[str, FieldValue]:
    """The certain fields read from the subject line, unsure: a subject is no application
    text, its items may be cut short or run together."""
    return {
        k: dataclasses.replace(f, certain=False, reason=Reason.HEADER)
        for k, f in fields.items()
        if f.certain and f.component == SUBJECT_BLOCK
    }


def _unmark_broken_words(text: str, repairs: OcrRepairs) -> str:
    """``text`` with a space where a PDF cell broke a line that filled it (the rules read the
    pieces as words: "środowisko" / "produkcyjne" is two words, and a role word broken by a
    narrow cell keeps its stem), the marked tokens recorded in ``repairs`` so that a name
    holding one is glued back and flagged (``_broken_words``)."""
    if BROKEN_WORD not in text:
        return text
    repairs.broken_words.update(re.findall(rf"\S*{BROKEN_WORD}\S*", text))
    return text.replace(BROKEN_WORD, " ")


def _broken_words(fields: Mapping[str, FieldValue], repairs: OcrRepairs) -> dict[str, FieldValue]:
    """The names that hold a word a PDF cell broke over two lines (BROKEN_WORD), glued back
    and never certain: "Východo" above "český" is one word the cell was too narrow for, but a
    whole word that happens to fill the cell ("Jihočeský" / "deník") looks the same."""
    out: dict[str, FieldValue] = {}
    if not repairs.broken_words:
        return out
    for key in ("organization.name", "contact.person"):
        f = fields.get(key)
        if f is None or not isinstance(f.value, str):
            continue
        value = f.value
        for marked in repairs.broken_words:
            word = marked.strip(".,;:()")  # the token without the punctuation around it
            value = value.replace(word.replace(BROKEN_WORD, " "), word.replace(BROKEN_WORD, ""))
        if value != f.value or (f.certain and _holds_broken(f.value, repairs.broken_words)):
            out[key] = dataclasses.replace(f, value=value, certain=False, reason=Reason.BROKEN_WORD)
    return out


def _holds_broken(value: str, marked: set[str]) -> bool:
    """Whether a name holds a broken token already glued by another reading."""
    return any(w.replace(BROKEN_WORD, "").strip(".,;:()") in value for w in marked)


def _premium_phone(fields: Mapping[str, FieldValue], own: str) -> dict[str, FieldValue]:
    """The contact's phone, never certain when it is a premium-rate line (PREMIUM_PHONE): a
    bare "905 123 456" in a Slovak mail is a mobile there, a premium line in the Czech plan,
    so a text written in Slovak reads it as the Slovak mobile (still unsure)."""
    f = fields.get("contact.phone")
    if f is None or not isinstance(f.value, str) or not premium_rate(f.value):
        return {}
    value = f.value
    if value.startswith("+420") and _SLOVAK.search(own) and mobile_number("+421" + value[4:]):
        value = "+421" + value[4:]
    reason = Reason.PREMIUM_PHONE if f.certain else f.reason
    return {"contact.phone": dataclasses.replace(f, value=value, certain=False, reason=reason)}


_SLOVAK = re.compile(
    # the lookahead of the words' first letters only makes the search quick
    r"(?=[dsžpľôäĺŕDSŽPĽÔÄĹŔ])(?:[ľôäĺŕĽÔÄĹŔ]|\b(?:deň|s\s+pozdravom|žiadame|žiadosť|prosíme\s+o\s+prístup)\b)"
)
"""Letters and words only Slovak writes (not Czech): "Dobrý deň", "S pozdravom", "ľ", "ô"."""


def _ocr_slipped(fields: Mapping[str, FieldValue], repairs: OcrRepairs) -> dict[str, FieldValue]:
    """The fields whose value was read by undoing OCR slips, never certain (OCR_SLIP)."""
    out: dict[str, FieldValue] = {}
    for key, f in fields.items():
        values = [str(v) for v in f.value] if isinstance(f.value, list | tuple) else [str(f.value)]
        if key in IP_KEYS:
            slipped = any(repairs.has_ip(v) for v in values)
        elif key == "organization.ico":
            slipped = values[0] in repairs.icos
        elif key == "contact.phone":
            slipped = values[0][-9:] in repairs.phones
        else:
            slipped = False
        if slipped and f.certain:
            out[key] = dataclasses.replace(f, certain=False, reason=Reason.OCR_SLIP)
    return out


def _eml_from(c: Component) -> str:
    """The From header of an attached e-mail; "" when the header cannot be read (the
    parser of Python 3.11 fails on some broken ones: "From: Jan <a@[1.2.3")."""
    try:
        return str(BytesHeaderParser(policy=email.policy.default).parsebytes(c.data).get("From", ""))
    except (AttributeError, IndexError, TypeError, ValueError, email.errors.MessageError):
        return ""


def _attached_messages(comps: Sequence[Component], office: Office) -> dict[str, Kind | None]:
    """The e-mails attached to the new one (``message/rfc822``), by the kind of text their
    bodies are: an earlier message passed on (forwarded as an attachment, last year's
    application) - never the new text; of the office's own message (None) only what it quotes."""
    out: dict[str, Kind | None] = {}
    for c in comps:
        if c.role is not ComponentRole.ATTACHMENT or c.declared_type.lower() != EML:
            continue
        sender = _eml_from(c)
        office_sent = any(is_office_address(a, office) for a in _ADDR.findall(sender))
        out[c.name] = None if office_sent else Kind.FORWARDED
    return out


def _alternatives(comps: Sequence[Component], checked: bool) -> dict[str, str | None]:
    """The texts of the bodies that are two renderings of one message (a plain and an HTML
    part with one parent): the plain one is read, unless it lacks much of what the HTML shows
    (a stub pointing to the HTML version, a table left out) - then the HTML. The one not read
    maps to None."""
    out: dict[str, str | None] = {}
    parents = {c.parent for c in comps if c.role is ComponentRole.BODY_TEXT}
    for parent in parents:
        bodies = [c for c in comps if c.parent == parent and c.role in _BODIES]
        html = [c for c in bodies if c.role is ComponentRole.BODY_HTML]
        if not html:
            continue
        plain = {c.name: _component_text(c) for c in bodies if c.role is ComponentRole.BODY_TEXT}
        markup = "\n".join(decode(c.data, c.charset) for c in html)
        plain_text = "\n".join(t or "" for t in plain.values())
        if poorer_alternative(plain_text, markup) or _strikes_unshown(plain_text, markup, html, checked):
            out |= dict.fromkeys(plain) | {c.name: _component_text(c, checked) for c in html}
        else:
            out |= plain | dict.fromkeys(c.name for c in html)
    return out


_STRUCK_MARKUP = re.compile(r"<(?:s|strike|del)\b|line-through", re.IGNORECASE)
_STRUCK_RUN_OUT = re.compile(rf"[^\s{STROKE}]{STROKE}+")
_STRUCK_VALUE = re.compile(r"\d+(?:[.:/ -]\d+)+|\d{8,}|[^\s@]+@[^\s@]+")


def _strikes_unshown(
    plain: str, markup: str, html: Sequence[Component], checked: bool
) -> bool:
    """Whether the HTML rendering strikes out a value (an address, number, phone, e-mail)
    that the plain rendering writes unmarked, and writes another value on the same line (the
    corrected one): the plain part lost the correction the reader saw, so the HTML is the one
    to read. A struck value with none beside it (a row withdrawn) is left to the plain part,
    which says so in words as a rule (and ``_renderings_differ`` flags what it does not)."""
    if not _STRUCK_MARKUP.search(markup) or "~~" in plain:
        return False
    for c in html:
        for line in (_component_text(c, checked) or "").splitlines():
            runs = list(struck_runs(line)) if STROKE in line else []
            struck = [v.group() for m in runs for v in _STRUCK_VALUE.finditer(unstrike(m.group()))]
            if any(v in plain for v in struck) and _STRUCK_VALUE.search(_STRUCK_RUN_OUT.sub(" ", line)):
                return True
    return False


def _renderings(comps: Sequence[Component], checked: bool) -> dict[str, tuple[str, str]]:
    """For each body read of a plain and an HTML rendering of one message, its text and the
    text of the rendering not read (``_alternatives``); nothing for a single rendering."""
    if not any(c.role is ComponentRole.BODY_HTML for c in comps):
        return {}
    texts = _alternatives(comps, checked)
    out: dict[str, tuple[str, str]] = {}
    for parent in {c.parent for c in comps if c.name in texts}:
        pair = [c for c in comps if c.parent == parent and c.name in texts]
        unread = "\n".join(_component_text(c, checked) or "" for c in pair if texts[c.name] is None)
        out |= {c.name: (t, unread) for c in pair if (t := texts[c.name]) is not None}
    return out


_EIGHT_DIGITS = re.compile(r"(?<!\d)\d{8}(?!\d)")


def _written(key: str, text: str) -> frozenset[str] | None:
    """The values of a field's kind that ``text`` writes (addresses, e-mails, phones as their
    last nine digits, eight-digit numbers); None for a kind not compared."""
    if key in IP_KEYS:
        return _written_kind("ip", text)  # both address fields share one reading
    if key in ("contact.email", "contact.phone", "organization.ico"):
        return _written_kind(key, text)
    return None


@per_application(maxsize=64)
def _written_kind(kind: str, text: str) -> frozenset[str]:
    if kind == "ip":
        return frozenset(str(a) for m in find_ips(text) for a in m.addresses)
    if kind == "contact.email":
        return frozenset(e.lower() for e in emails_in(text))
    if kind == "contact.phone":
        return frozenset(n[-9:] for _, n in phones_in(text))
    return frozenset(_EIGHT_DIGITS.findall(text))


def _as_written(key: str, value: Any) -> set[str]:
    values = [str(v) for v in value] if isinstance(value, list) else [str(value)]
    if key in IP_KEYS:
        return {v.split("/")[0] for v in values}
    if key == "contact.phone":
        return {v[-9:] for v in values}
    return {v.lower() for v in values}


def _renderings_differ(
    fields: Mapping[str, FieldValue], renderings: Mapping[str, tuple[str, str]]
) -> dict[str, FieldValue]:
    """The certain values that the rendering read writes and the other rendering of the same
    message replaces with another value of their kind (a plain part left as first typed, an
    HTML part corrected, or the other way): which one the sender saw is not known, so the
    value is unsure. A rendering that only lacks the value (a stub, a table left out) is none."""
    out: dict[str, FieldValue] = {}
    for key, fv in fields.items():
        if not fv.certain or fv.component is None or fv.component not in renderings or not fv.value:
            continue
        read, unread = renderings[fv.component]
        in_unread = _written(key, unread)
        if not in_unread or _as_written(key, fv.value) <= in_unread:
            continue  # the other rendering writes no such value, or writes all of this one
        in_read = _written(key, read)
        if in_read is None:
            continue
        mine = _as_written(key, fv.value) & in_read
        if mine - in_unread and in_unread - in_read:
            out[key] = dataclasses.replace(fv, certain=False, reason=Reason.RENDERINGS)
    return out


def _unsure(h: Hit | None, reason: Reason = Reason.ORIGINAL) -> Hit | None:
    """A value read from weaker evidence (by default: an earlier, quoted or forwarded text)."""
    return None if h is None else dataclasses.replace(h, certain=False, reason=h.reason or reason)


def _field(h: Hit) -> FieldValue:
    line = None if h.component.startswith("header:") else h.line  # a header has no line
    return FieldValue(h.value, h.component, line, h.certain, None if h.certain else h.reason)


def _collect_ips(
    blocks: Sequence[Block], earlier: Sequence[Block] = ()
) -> list[tuple[Block, Mention]]:
    """The IP mentions of ``blocks``; an IPv6 address written as its last groups ("::1") is
    completed from the whole addresses of the ``earlier`` (quoted, forwarded) text too."""
    out: list[tuple[Block, Mention]] = []
    for b in blocks:
        context = "\n".join(e.text for e in earlier) if earlier and "::" in b.text else ""
        found = find_ips(b.text, joined=True, context=context)
        for m in found:
            line = b.lines[m.line - 1].no
            out.append((b, dataclasses.replace(m, line=line)))
        if not found and out and b.kind is Kind.OWN and "." in b.text:
            out = _said_wrong_below(out, b)
    return out


def _said_wrong_below(out: list[tuple[Block, Mention]], b: Block) -> list[tuple[Block, Mention]]:
    """A later own text with no address of its own that calls the last octet of an address
    above wrong ("P.S. the test IP ends in .9, not .6" below the signature): the address is
    in doubt (which one takes its place is read within one text only)."""
    own = [m for ob, m in out if ob.kind is Kind.OWN and ob.component == b.component]
    denied = octets_said_wrong(b.text, own) if own else set()
    if not denied:
        return out
    return [
        (ob, dataclasses.replace(m, certain=False, doubt=m.doubt or Reason.CORRECTED))
        if ob.component == b.component and set(m.addresses) & denied
        else (ob, m)
        for ob, m in out
    ]


@dataclass(frozen=True)
class _Texts:
    """The blocks of one submission by what they are to the application: ``primary`` (the
    applicant's own text and the attachments), their ``signature``, ``forwarded`` and
    ``quoted`` text."""

    primary: list[Block]
    signature: list[Block]
    forwarded: list[Block]
    quoted: list[Block]
    original: list[Block] = dataclasses.field(default_factory=list)
    """The applicant's own earlier text the new one builds on: the forwarded application, or
    their quoted original when the new text refers to it (never the office's text). Fields
    the new text lacks are read from it, never for certain."""
    applicants: list[Block] = dataclasses.field(default_factory=list)
    """The quoted messages the office did not write, whether the new text refers to them or
    not: the addresses of a reply that gives none of its own are read from them (unsure)."""
    restated: list[Block] = dataclasses.field(default_factory=list)
    """The office's quoted message restating the application's addresses, when the new text
    confirms it or corrects one of its values: its addresses are the applicant's, unsure."""
    note: list[Block] = dataclasses.field(default_factory=list)
    """The forwarder's own note and signature, when the forwarded text is the application."""
    office: Office = CSU
    messages: list[tuple[Block, Block | None]] = dataclasses.field(default_factory=list)
    """The forwarded messages read as the application, each with its writer's signature."""

    attached: list[Block] = dataclasses.field(default_factory=list)
    """The bodies of e-mails attached to the new one (an earlier application): part of the
    ``original``, never read as the new text even when the new text gives no address."""

    @classmethod
    def of(
        cls, blocks: Sequence[Block], office: Office = CSU, attached: frozenset[str] = frozenset()
    ) -> _Texts:
        primary = [b for b in blocks if b.kind in (Kind.OWN, Kind.ATTACHMENT)]
        earlier = [b for b in blocks if b.component in attached and b.kind is Kind.FORWARDED]
        forwarded = [b for b in blocks if b.kind is Kind.FORWARDED and b not in earlier]
        quoted = [b for b in blocks if b.kind is Kind.QUOTED]
        own_forwarded = [b for b in forwarded if not _from_office(b, office)] + earlier
        if not quoted:
            return cls(
                primary, _signed(blocks), forwarded, [], own_forwarded, attached=earlier, office=office
            )
        new = "\n".join(b.text for b in primary if b.kind is Kind.OWN)
        parts = _quoted_messages([_with_header_above(b, blocks) for b in quoted])
        offices = _office_parts(parts, office)
        mine = [b for b, o in zip(parts, offices, strict=True) if not o]
        # an addition ("přidali jsme ještě B", "one more host") presupposes the list it
        # extends, and an answer to the office's question completes the application quoted
        # under it: the applicant's own quoted message
        refers = (
            _REFERS_TO_ORIGINAL.search("\n".join(b.text for b in primary))
            or (mine and (_ADDS.search(new) or _CORRECTS.search(new)))
            or (mine and _answers_office(offices))
            or any(_shared_values(new, b.text) for b in mine)
        )
        return cls(
            primary=primary,
            signature=_signed(blocks),
            forwarded=forwarded,
            quoted=quoted,
            original=own_forwarded + ([_without_header(b) for b in mine] if refers else []),
            applicants=mine,
            restated=[
                b for b, o in zip(parts, offices, strict=True) if o and _adopted(new, b.text)
            ],
            attached=earlier,
            office=office,
        )

    @property
    def written(self) -> list[Block]:
        """What the applicant wrote and signed."""
        return self.primary + self.signature

    @functools.cached_property
    def own_text(self) -> str:
        """The new text's own words (the cover of any attachment), as one text: read by each
        rule about what the cover says of the rest. When the forwarded application is read as
        the primary text, the forwarder's note is that cover: what it drops or changes of the
        application still overrides it."""
        own = [b for b in self.primary if b.kind is Kind.OWN]
        return "\n".join(b.text for b in own or [b for b in self.note if b.kind is Kind.OWN])

    def forwarded_as_primary(self) -> _Texts:
        """The application itself is the forwarded text: read it as the primary text, each
        forwarded message signed by its writer, and keep the forwarder's own note and
        signature as the ``note`` (a contact it names is the newest word) and a fallback."""
        messages = [
            signed_message(b)
            for b in _by_sender(self.forwarded + self.attached)
            if not _by_office(b, self.office)  # the office's reply quoted in the thread
        ]
        bodies = [body for body, _ in messages if body.lines]
        signatures = [signed for _, signed in messages if signed is not None]
        note = [b for b in self.primary if b.kind is Kind.OWN] + self.signature
        return _Texts(
            primary=bodies + [b for b in self.primary if b.kind is Kind.ATTACHMENT],
            signature=signatures,
            forwarded=note,
            quoted=self.quoted,
            applicants=self.applicants,
            restated=self.restated,
            note=note,
            attached=self.attached,
            office=self.office,
            messages=messages,
        )


def _without_header(block: Block) -> Block:
    """A quoted message without its reply header ("On Tue, … Jana Malá <…> wrote:"): the
    header says who wrote it, the text below it is what they wrote."""
    lines = block.lines
    if lines and _SENDER_LINE.search(lines[0].text) and "@" in lines[0].text:
        return Block(block.component, block.kind, lines[1:])
    return block


_ADDR = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


_SENDER_LINE = re.compile(
    r"^\s*\*?(?:od|from|odesílatel)\b|napsal|napísal|napisał|napisal|wrote|schrieb|a\s+écrit|"
    r"escribió|ha\s+scritto|schreef|skrev",
    re.IGNORECASE,
)


def _from_office(block: Block, office: Office) -> bool:
    """Quoted or forwarded text written by the office: its sender line (``Od:``, ``… napsal:``)
    names an office address."""
    head = "\n".join(ln.text for ln in block.lines[:6] if _SENDER_LINE.search(ln.text))
    return any(is_office_address(a, office) for a in _ADDR.findall(head))


def _with_header_above(block: Block, blocks: Sequence[Block]) -> Block:
    """A quoted block with the reply header right above it when another block ends with it
    ("… odesílatel Volby <volby@czso.cz> napsal:" closing the sender's signature): who wrote
    the quoted text is read from it."""
    if not block.lines:
        return block
    first = block.lines[0].no
    above = max(
        (
            ln
            for b in blocks
            if b.component == block.component
            for ln in b.lines
            if first - 3 <= ln.no < first and ln.text.strip()
        ),
        key=lambda ln: ln.no,
        default=None,
    )
    if above is None or not _SENDER_LINE.search(above.text):
        return block
    return Block(block.component, block.kind, (above, *block.lines))


def _signed(blocks: Sequence[Block]) -> list[Block]:
    return [b for b in blocks if b.kind is Kind.SIGNATURE]


def _quoted_messages(quoted: Sequence[Block]) -> list[Block]:
    """Quoted text as the messages of the thread, each from its header down (a nested
    reply header, or an ``Od:``/``From:`` line)."""
    parts: list[Block] = []
    for b in _by_sender(quoted):
        start = 0
        for i, ln in enumerate(b.lines):
            if i > start and _QUOTED_HEADER.match(ln.text):
                parts.append(Block(b.component, b.kind, b.lines[start:i]))
                start = i
        parts.append(Block(b.component, b.kind, b.lines[start:]))
    return [b for b in parts if b.lines]


def _by_office(block: Block, office: Office) -> bool:
    return _from_office(block, office) or _office_named_sender(block)


def _answers_office(offices: Sequence[bool]) -> bool:
    """The reply answers the office's message that quotes the applicant's own application
    below it (applicant → office's question → answer): the answer completes that application.
    ``offices``: which of the thread's quoted messages the office wrote."""
    first_office = next((i for i, o in enumerate(offices) if o), None)
    return first_office is not None and not all(offices[first_office + 1 :])


def _office_parts(parts: Sequence[Block], office: Office) -> list[bool]:
    """Which quoted messages the office wrote: those whose sender line names it, and a
    message signed by the office ("Český statistický úřad, tel. +420 274 052 733") with the
    quoted blocks above it up to a sender's header (a question answered inline is cut into
    blocks by the answers, its signature in the last)."""
    flags = [_by_office(b, office) for b in parts]
    for i in range(len(parts) - 1, -1, -1):
        if flags[i] or not (_office_signed(parts[i], office) or _office_name_signed(parts[i])):
            continue
        for j in range(i, -1, -1):
            flags[j] = True
            first = parts[j].lines[0].text if parts[j].lines else ""
            if _QUOTED_HEADER.match(first) or _SENDER_LINE.search(first):
                break
    return flags


_OFFICE_SIGNATURE = re.compile(
    r"statistick\w*\s+(?:úřad|urad|office)|Statistical\s+Office|(?<![\w@.])(?:ČSÚ|CZSO)(?![\w.@])",
    re.IGNORECASE,
)
"""The office's name as a signature writes it, not inside an e-mail address or a domain."""
_HEADER_FIELD = re.compile(
    r"^\s*\*?(?:to|komu|cc|kopie|subject|předmět|predmet|od|from|sent|odesláno|date|datum)\s*:",
    re.IGNORECASE,
)


_OFFICE_NAME_LINE = re.compile(
    r"^[^\W\d][\w.,–-]*(?:\s+[\w.,–-]+){0,3}?\s*[,–-]?\s*(?:ČSÚ|CZSO|Český\s+statistický\s+úřad|"
    r"Czech\s+Statistical\s+Office)\W*$|^(?:ČSÚ|CZSO|Český\s+statistický\s+úřad|"
    r"Czech\s+Statistical\s+Office)\W*$",
    re.IGNORECASE,
)
"""A signature line of a few words ending with the office's name ("Podatelna ČSÚ",
"Elections team, CZSO", "Český statistický úřad")."""


def _office_name_signed(block: Block) -> bool:
    """A quoted message without a reply header whose last line signs it with the office's
    name ("Dobrý den, v žádosti chybí testovací adresa …" / "Podatelna ČSÚ"): the office's
    question above the application it quotes."""
    last = next((ln.text.strip() for ln in reversed(block.lines) if ln.text.strip()), "")
    return bool(_OFFICE_NAME_LINE.match(last)) and not _HEADER_FIELD.match(last) and "@" not in last


def _office_signed(block: Block, office: Office) -> bool:
    """The block's last lines sign it with the office's name and one of its own identifiers
    on that line or the next (its IČO, domain, data box, a telephone number of its own)."""
    tail = [ln.text for ln in block.lines[-5:]]
    for k, text in enumerate(tail):
        if not _OFFICE_SIGNATURE.search(text) or _HEADER_FIELD.match(text):
            continue
        near = " ".join(tail[k : k + 2])
        digits = re.sub(r"\D", "", near)
        if (
            office.ico in digits
            or office.databox_id in near
            or any(d in near.lower() for d in office.domains)
            or any(p.lstrip("+")[3:] in digits for p in office.phone_prefixes)
        ):
            return True
    return False


_VALUE = re.compile(r"(?<![\w.:])(?:\d{1,3}\.){3}\d{1,3}(?![\w:]|\.\d)")
"""What identifies an application's value across the texts of a thread: an IPv4 address."""


def _shared_values(new: str, earlier: str) -> bool:
    """The new text names an address of the earlier message (to change, withdraw or keep
    it): it builds on that message, whatever its words."""
    if not new or not earlier:
        return False
    mine = set(_VALUE.findall(new))
    return bool(mine) and bool(mine & set(_VALUE.findall(earlier)))


_CONFIRMS = re.compile(
    r"\b(?:(?:je|jsou|sú|su|is|are|looks?|all)\s+(?:v\s+pořádku|v\s+poradku|v\s+poriadku|"
    r"správn\w*|spravn\w*|ok|okay|fine|correct|right|good)|v\s+pořádku|v\s+poriadku|"
    r"sed[íi]|souhlas[íi]|súhlas[íi]|potvrzuj\w*|potvrdzuj\w*)\b",
    re.IGNORECASE,
)
"""The applicant confirms what the office's message restates ("Ostré adresy jsou v
pořádku", "adresy v potvrzení sedí", "the addresses in your summary are correct")."""


_REST_STANDS = re.compile(
    r"\b(?:ostatní|ostatni|ostatné|ostatne|zbytek|zvyšok|zvysok|jinak|inak|everything\s+else|"
    r"all\s+else|the\s+rest|alles\s+andere|sonst|reszta|pozostałe|pozostale|poza\s+tym)\s+"
    r"(?:\w+\s+){0,3}?(?:platí|plati|platia|zůstáv\w*|zustav\w*|zostáv\w*|zostav\w*|"
    r"beze?\s+změn\w*|beze?\s+zmen\w*|bez\s+zmian\w*|stands?|holds?|remains?|unchanged|"
    r"gilt|gelten|bleibt|bleiben|unverändert|aktualne|obowiązuj\w*|obowiazuj\w*)\b",
    re.IGNORECASE,
)
"""The applicant says the rest of the application stands ("Ostatní údaje platí, jak je
máte", "Jinak beze změny", "everything else stands as you have it"): with an answer to the
office's notice, what the notice restates of the application is the applicant's word."""


def _adopted(new: str, office_text: str) -> bool:
    """The office's quoted message restates addresses and the new text confirms it or names
    one of its addresses (a correction of a typo in it), or the office asks for a missing
    value and the new text says the rest stands: the rest of what it restates is the
    applicant's word."""
    if _REST_STANDS.search(new) and _ASKS_MISSING.search(office_text):
        return True  # "chybí kontaktní osoba" answered with it: "ostatní údaje platí"
    if not _VALUE.search(office_text):
        return False
    if _VALUE.search(new) and _ASKS_MISSING.search(office_text):
        return True  # "Produkční A máme, chybí testovací" answered with the missing one
    if _STAYS_AS_BEFORE.search(new):
        return True  # "testovací adresa zůstává stejná jako loni" above last year's approval
    return bool(_CONFIRMS.search(new)) or _shared_values(new, office_text)


_STAYS_AS_BEFORE = re.compile(
    r"\b(?:zůstáv\w*|zustav\w*|zostáv\w*|zostav\w*|remains?|stays?|bleib\w*|pozostaj\w*|"
    r"marad\w*|reste\w*|demeure\w*|resta|restano|rimane|rimangono|sigue|siguen|permanece\w*|queda|"
    r"quedan|blijft|blijven|förblir|forblir)\s+(?:\w+\s+){0,2}?(?:stejn\w*|rovnak\w*|(?:the\s+)?same|"
    r"invariat[oaie]|uguale|(?:lo|la)\s+stess[oa]|igual(?:es)?|(?:el|la)\s+mism[oa]|sin\s+cambios|"
    r"hetzelfde|dezelfde|ongewijzigd|oförändrad\w*|oforandrad\w*|samma|"
    r"unchanged|gleich\w*|unverändert\w*|wie\s+(?:bisher|im\s+Vorjahr|letztes)|bez\s+zmian\w*|"
    r"tak\w*\s+sam\w*|ugyanaz|változatlan\w*|inchangé\w*|(?:la\s+|le\s+)?même|"
    r"jako\s+(?:loni|vloni|minule)|ako\s+(?:vlani|minule))\b"
    r"|\b(?:stejn\w*|rovnak\w*|(?:the\s+)?same)\s+(?:jako|ako|as)\s+(?:loni|vloni|vlani|minule|"
    r"minul\w+\s+rok\w*|last\s+(?:year|time))\b|\bváltozatlan\w*\s+marad\w*",
    re.IGNORECASE,
)
"""The new text keeps a value as it was ("testovací adresa zůstává stejná jako loni", "the
test address remains the same", "die Testadresse bleibt unverändert"): with the office's
quoted letter restating the addresses (last year's approval), the value kept is its."""


_ASKS_MISSING = re.compile(
    r"\b(?:chybí|chybi|chýba|chyba|doplňte|doplnte|doplnit|doplnění|doplneni|doplnenie|"
    r"missing|please\s+(?:add|provide|send|supply)|fehlt|ergänzen|brakuje|uzupełni\w*|"
    r"hiányzik|manque)\b",
    re.IGNORECASE,
)
"""The office's message asks for a value missing from the application ("chybí testovací IP
adresa", "please provide a test address"): an answer giving an address adopts the rest of
what it restates."""


_QUOTED_HEADER = re.compile(r"^\s*\*?(?:od|from)\s*:\*?\s+\S", re.IGNORECASE)


def _applicants_quoted(quoted: Sequence[Block], office: Office) -> list[Block]:
    """Quoted text that the office did not write, split at each quoted message's header
    (``Od:``/``From:`` or ``… napsal:``): a reply completing an application after the
    office's query, or a follow-up, quotes the applicant's original below the office's."""
    return [b for b in _quoted_messages(quoted) if not _by_office(b, office)]


_OFFICE_NAME = re.compile(r"statistick|ČSÚ|CZSO", re.IGNORECASE)


def _office_named_sender(block: Block) -> bool:
    """Quoted text whose sender line names the office without its address ("Dne … Volby
    ČSÚ napsal(a):")."""
    return any(
        _SENDER_LINE.search(ln.text) and _OFFICE_NAME.search(ln.text) for ln in block.lines[:6]
    )


def _by_sender(blocks: Sequence[Block]) -> list[Block]:
    """Quoted text split where a nested reply header starts another sender's text (a thread
    quoting the office's reply and, below it, the applicant's original)."""
    out: list[Block] = []
    for b in blocks:
        start = 0
        texts = [ln.text for ln in b.lines]
        for i in range(len(texts)):
            if i > start and starts_message(texts, i):
                out.append(Block(b.component, b.kind, b.lines[start:i]))
                start = i
        out.append(Block(b.component, b.kind, b.lines[start:]))
    return out


Mentions = list[tuple[Block, Mention]]


IP_KEYS = ("production_ips", "test_ips")


def _key(m: Mention) -> str:
    return "test_ips" if m.role is Role.TEST else "production_ips"


def _locate_ips(texts: _Texts, office: Office = CSU) -> tuple[_Texts, Mentions, _Withdrawn]:
    """The IP addresses from the own text and attachments, else from the forwarded text (which
    then is the application), else from quoted text (uncertain). Returns the texts as read,
    the mentions that are not excluded, and what was withdrawn or is unsure."""
    written = _octets_completed(texts.written, texts.original or texts.applicants)
    mentions, stray = _without_strays(_collect_ips(written, texts.quoted + texts.forwarded))
    mentions = _confirmed_asked(texts, _answers_placed(texts, _networks_across(mentions)))
    if texts.quoted and not texts.original and any(m.excluded for _, m in mentions):
        texts = _builds_on_quoted(texts, [(b, m) for b, m in mentions if m.excluded], office)
    if not mentions and (texts.forwarded or texts.attached):
        # a note giving no address passes on the application: forwarded in the body or
        # attached as an e-mail
        passed_on = texts.forwarded_as_primary()
        mentions, stray = _without_strays(
            _collect_ips([b for b in passed_on.written if b.kind is not Kind.ATTACHMENT])
        )
        if mentions:
            texts = passed_on
    quoted = False
    from_original: set[str] = set()
    pointed = False
    if not mentions:
        mentions = _pointed(texts)
        pointed = bool(mentions)
    if not mentions:
        # a reply giving no address of its own: the applicant's quoted messages, and the
        # office's restatement the reply confirms (never the office's other text)
        mentions = _without_strays(_collect_ips(texts.applicants + texts.restated))[0]
        mentions = _one_word_answer(texts, mentions)
        quoted = bool(mentions)
    earlier: set[str] = set()
    narrowed: set[str] = set()
    own_mentions = mentions if not quoted else []
    base = texts.original + texts.restated
    if own_mentions and base:
        # "k mé žádosti níže doplňuji testovací adresu …": a use the new text does not name
        # keeps the original's addresses (the new text's withdrawals still apply to them)
        # a use the new text names (a replacement "místo A uveďte B" names none)
        old = [(b, m) for b, m in _collect_ips(base) if not m.excluded]
        own_mentions = mentions = _old_values_named(mentions, old, texts.own_text)
        own_mentions, narrowed = _narrowed(own_mentions, old, texts.own_text)
        mentions = own_mentions
        have = _uses_named(own_mentions, {a for _, m in old for a in m.addresses})
        if _ADDS.search(texts.own_text) and not _corrects_values(texts.own_text):
            have = set()  # "k původní žádosti přidáváme produkční IP …": the original's stay
        # an address the new text gives a use of its own moves there ("ta A je testovací
        # stroj"): the original's other use of it is not kept
        placed = {a for _, m in own_mentions if not m.excluded and m.role for a in m.addresses}
        extra = [
            (b, m)
            for b, m in old
            if _key(m) not in have | narrowed and not placed.intersection(m.addresses)
        ]
        from_original = {_key(m) for _, m in extra}
        earlier = _earlier_candidates(old, own_mentions, have)
        mentions = extra + mentions
    kept, withdrawn = _corrected(mentions)
    kept, refused, overruled, competing = _read_by_cover(texts, kept, mentions)
    unsure = {k: Reason.WITHDRAWN for k in refused} | {k: Reason.CORRECTED for k in overruled}
    unsure |= {k: Reason.STRAY for k in IP_KEYS if stray}
    unsure |= {k: Reason.SECTIONS for k in competing if k not in unsure}
    unsure |= {k: Reason.CORRECTED for k in IP_KEYS if _octet_named_by_cover(texts, kept)}
    unsure |= {k: Reason.CORRECTED for k in _label_given_twice(kept) if k not in unsure}
    kept = _copy_kept(texts, kept)
    unsure |= {k: Reason.QUOTED for k in IP_KEYS if quoted}
    unsure |= {k: Reason.POINTED for k in IP_KEYS if pointed}
    unsure |= {k: Reason.INLINE_ANSWERS for k in IP_KEYS if _under_quoted_uses(texts, kept)}
    unsure |= {k: Reason.WITHDRAWN for k in _old_noted(texts, kept) if k not in unsure}
    kept = _without_office_rows(kept)
    unsure |= {k: r for k, r in _under_doubtful_heading(kept).items() if k not in unsure}
    unsure |= {k: Reason.EARLIER for k in earlier}
    unsure |= {k: Reason.CORRECTED for k in narrowed if k not in unsure}
    unsure |= {k: Reason.ORIGINAL for k in from_original} | dict(withdrawn.unsure)
    return texts, kept, dataclasses.replace(withdrawn, unsure=unsure)



def _one_word_answer(texts: _Texts, mentions: Mentions) -> Mentions:
    """A reply of one use word ("Testovací.", "Test.", "Produkčná.") answering the office's
    one quoted question whether an address is for production or testing ("Je adresa A
    produkční, nebo testovací?", "Jsou A a B …?"): the addresses it asks about take the use
    in the quoted application (unsure, as every value read from the quote)."""
    own = [ln.text.strip() for b in texts.primary if b.kind is Kind.OWN for ln in b.lines]
    own = [t for t in own if t]
    if not mentions or not own or len(own) > 3 or len(own[0].split()) > 2:
        return mentions
    use = clause_use(own[0])
    office = [b for b in texts.quoted if b not in texts.applicants]
    if use is None or not office:
        return mentions
    questions: dict[tuple[str, int], set[IPAddress]] = {}
    for b, m in _collect_ips(office):
        if not m.is_block and asks_which_use(_question_at(b, m.line)):
            questions.setdefault((b.component, m.line), set()).update(m.addresses)
    if len(questions) != 1:
        return mentions  # one question, about one address or several: the answer is theirs
    asked = next(iter(questions.values()))
    out: Mentions = []
    for b, m in mentions:
        rest = tuple(a for a in m.addresses if a not in asked)
        if m.is_block or len(rest) == len(m.addresses):
            out.append((b, m))
            continue
        if rest:
            out.append((b, dataclasses.replace(m, addresses=rest, count=len(rest))))
        mine = tuple(a for a in m.addresses if a in asked)
        out.append((b, dataclasses.replace(m, addresses=mine, count=len(mine), role=use, certain=False)))
    return out


def _question_at(b: Block, line: int) -> str:
    """The text of line ``line`` of ``b``, with the next line when the question wraps there
    (no question mark on the line itself)."""
    texts = {ln.no: ln.text for ln in b.lines}
    text = texts.get(line, "")
    return text if "?" in text else f"{text} {texts.get(line + 1, '')}"


def _answers_placed(texts: _Texts, mentions: Mentions) -> Mentions:
    """Own addresses of no use of their own typed under a quoted question naming one (the
    office's ">> IP adresy testovací (max. 5):" then "198.51.100.150" unquoted): the answer
    takes the use of the nearest quoted line above it, across the answer's own unbroken
    lines. The use stays uncertain (``_under_quoted_uses`` flags it)."""
    if not texts.quoted or not any(m.role is None for _, m in mentions):
        return mentions
    asked = {(b.component, ln.no): ln.text for b in texts.quoted for ln in b.lines}
    own = {id(b) for b in texts.primary}
    out: Mentions = []
    for b, m in mentions:
        role = None
        if m.role is None and not m.excluded and id(b) in own:
            role = _question_above(b, m.line, asked)
        out.append((b, dataclasses.replace(m, role=role, certain=False) if role else m))
    return out


def _question_above(b: Block, line: int, asked: dict[tuple[str, int], str]) -> Role | None:
    """The use the quoted line right above an answer's unbroken own lines names, if it asks
    for something (ends with ":" or "?")."""
    no = _asked_above(b, line, asked)
    question = asked.get((b.component, no), "").strip().rstrip(">").strip()
    if not question.endswith((":", "?")) and not is_list_item(question) and not _ASKS.match(question):
        return None
    return clause_use(question)


_ASKS = re.compile(
    # a request written as a sentence ("Uveďte testovací adresu, pokud ji máte.", "Please
    # give the test address, if any.", "Geben Sie die Testadresse an.")
    r"(?=[pusndkgtvibzl])(?:prosím\s+|prosim\s+|please\s+|kindly\s+|bitte\s+)?(?:uveďte|uvedte|"
    r"sdělte|sdelte|napište|napiste|napíšte|doplňte|doplnte|pošlete|poslete|pošlite|zašlete|"
    r"zaslete|upřesněte|upresnete|give|provide|state|specify|send|list|"
    r"geben\s+Sie|nennen\s+Sie|teilen\s+Sie|podaj\w*|veuillez|indiquez|indique|indicate)\b",
    re.IGNORECASE,
)


_YES = re.compile(
    r"^\W*(?:ano|áno|yes|yep|ja|jo|oui|sí|si|sim|tak|igen|da|kyllä|jah|taip|jā|ναι|да|так|"
    r"evet|correct|správně|spravne|přesně|presne|exactly|richtig|genau)"
    # a word of its own, set off by a stop or a comma ("Ano, produkční."; not the Czech "Tak
    # posílám …", "so I send …")
    r"\s*(?:[,.!;:–—-]|$)",
    re.IGNORECASE,
)


def _confirmed_asked(texts: _Texts, mentions: Mentions) -> Mentions:
    """"> Je adresa A produkční?" answered "Ano, produkční." below it: the quoted question's
    addresses with the use it asks about, confirmed by the own answer (never certain), before
    the answer's own addresses. An answer that is no "yes" confirms nothing."""
    if not texts.quoted or not mentions:
        return mentions
    asked = {(b.component, ln.no): ln.text for b in texts.quoted for ln in b.lines}
    have = {a for _, m in mentions for a in m.addresses}
    out = list(mentions)
    for b in texts.primary:
        first = next((ln for ln in b.lines if ln.text.strip()), None)
        if b.kind is not Kind.OWN or first is None or not _YES.match(first.text):
            continue
        no = _asked_above(b, first.no, asked)
        question = asked.get((b.component, no), "").strip()
        if not question.endswith("?") or (role := clause_use(question)) is None:
            continue
        new = [
            (b, dataclasses.replace(m, role=role, certain=False, line=no))
            for m in find_ips(question)
            if m.addresses and not m.excluded and not have.intersection(m.addresses)
        ]
        at = next(
            (k for k, (ob, m) in enumerate(out) if ob.component == b.component and m.line > no),
            len(out),
        )
        out[at:at] = new
    return out


def _asked_above(b: Block, line: int, asked: Mapping[tuple[str, int], str] | set[tuple[str, int]]) -> int:
    """The number of the quoted line right above an answer's unbroken own lines - across the
    blank lines typed between the question and the answer ("> Uveďte testovací adresu." /
    "" / "192.0.2.78"); 0 when own text of another paragraph stands between."""
    texts = {ln.no: ln.text for ln in b.lines}
    if isinstance(asked, Mapping):  # a quoted blank line under the question is no question
        texts |= {n: "" for (c, n), t in asked.items() if c == b.component and not t.strip()}
    no = line - 1
    blank = unknown = 0
    while no > 0 and ((b.component, no) not in asked or no in texts):
        # a line of no block is a blank line the blocks leave out (at most two of them)
        unknown += no not in texts
        said = texts.get(no, "").strip()
        if unknown > 2 or blank and said:
            return 0  # another text's lines, or own words of another paragraph
        blank = blank or not said
        no -= 1
    return no


def _under_quoted_uses(texts: _Texts, kept: Mentions) -> bool:
    """Own addresses typed right under a quoted line naming a use (answers inline under the
    office's ">> IP adresy testovací:"): which question each answers is read from quoted
    text the section rules skip, so never certain."""
    if not texts.quoted:
        return False
    asked = {
        (b.component, ln.no)
        for b in texts.quoted
        for ln in b.lines
        if clause_use(ln.text) is not None
    }
    own = {id(b) for b in texts.primary}
    return bool(asked) and any(
        id(b) in own and _asked_above(b, m.line, asked) > 0 for b, m in kept if not m.excluded
    )


def _old_noted(texts: _Texts, kept: Mentions) -> set[str]:
    """The uses of kept addresses a bracketed note right after calls the old one or out of
    use ("192.0.2.21 (starý server, nepoužívat)" in a table cell): maybe withdrawn, so the
    use is never certain."""
    out: set[str] = set()
    for b, m in kept:
        if m.excluded or m.role is None or not m.text:
            continue
        line = next((ln.text for ln in b.lines if ln.no == m.line), "")
        at = line.find(m.text)
        if at >= 0 and old_one_noted(line[at + len(m.text) :].split("\t", 1)[0]):
            out.add(_key(m))
    return out


def _heading_doubts(kept: Mentions, servers_only: bool = False) -> dict[int, Reason]:
    """The kept addresses (by index) on rows right under a heading calling them old or the
    office's servers (``rows_under_doubtful_heading``), with that heading's reason."""
    out: dict[int, Reason] = {}
    rows: dict[int, dict[int, Reason]] = {}
    for k, (b, m) in enumerate(kept):
        if m.excluded or not m.addresses:
            continue
        if id(b) not in rows:
            doubt = rows_under_doubtful_heading([ln.text for ln in b.lines], servers_only=servers_only)
            rows[id(b)] = {b.lines[i].no: r for i, r in doubt.items()}
        if (reason := rows[id(b)].get(m.line)) is not None:
            out[k] = reason
    return out


def _under_doubtful_heading(kept: Mentions) -> dict[str, Reason]:
    """The uses of kept addresses on rows right under a heading calling them old or the
    office's servers (``rows_under_doubtful_heading``): maybe not the applicant's to allow."""
    out: dict[str, Reason] = {}
    for k, reason in _heading_doubts(kept).items():
        out.setdefault(_key(kept[k][1]), reason)
    return out


def _without_office_rows(kept: Mentions) -> Mentions:
    """The rows right under a heading naming the office's servers ("Servery ČSÚ, ze kterých
    budeme stahovat:", "Server ČSÚ | IP", "CZSO servers") left out where the text gives
    other addresses (the applicant's own); else kept, flagged (``_under_doubtful_heading``)."""
    if not any(m.addresses and not m.excluded for _, m in kept[1:]):
        return kept
    office = {k for k, r in _heading_doubts(kept, servers_only=True).items() if r is Reason.OTHER_HOST}
    others = [m for k, (_, m) in enumerate(kept) if k not in office and m.addresses and not m.excluded]
    if not office or not others:
        return kept
    return [x for k, x in enumerate(kept) if k not in office]


def _pointed(texts: _Texts) -> Mentions:
    """An inline answer pointing at the quoted addresses by shorthand ("ta .12, zbylé dvě jsou
    ostré"): the quoted addresses with the uses it gives them (never certain); none when the
    own text points at nothing."""
    own = texts.own_text
    if not texts.quoted or not ("." in own or _POINTS.search(own)):
        return []
    own_blocks = [b for b in texts.primary if b.kind is Kind.OWN]
    answers = shorthand_answers(own_blocks, _collect_ips(texts.quoted), texts.quoted)
    if answers:
        return _collect_ips(answers)
    # "a ještě .20 na test" above the quoted application: its addresses and the one added
    listed = _collect_ips(texts.applicants)
    added = octets_added(own_blocks, listed) if listed and len(texts.own_text) < 300 else []
    return listed + _collect_ips(added) if added else []


def _read_by_cover(
    texts: _Texts, kept: Mentions, mentions: Mentions
) -> tuple[Mentions, set[str], set[str], set[str]]:
    """What a covering text or a later correction does to the addresses kept: those it refuses,
    renews, drops by row, supersedes or leaves in an old section (refused), those it overrules
    or replaces (overruled), and the uses given in competing sections. Returns the addresses
    kept and those three sets of uses."""
    kept, refused = _refused_by_cover(texts, kept)
    kept, renewed = _renewed_by_cover(texts, kept)
    refused |= renewed
    kept, dropped = _rows_dropped_by_cover(texts, kept)
    refused |= dropped
    kept = _rows_placed_by_cover(texts, kept)
    kept, overruled = _overruled_by_cover(kept)
    kept, replaced = _replaced_by_correction(texts, kept, mentions)
    overruled |= replaced
    kept, superseded = _superseded_by_cover(texts, kept, mentions)
    refused |= superseded
    kept = _mistyped_in_place(texts, kept)
    kept, aged, competing = _old_sections(texts, kept)
    refused |= aged
    return kept, refused, overruled, competing

_POINTS = re.compile(
    r"(?=[vwamotpflbe])\b(?:všechny|všetky|wszystkie|all|alle|tous|toutes|obě|oba|both|beide|"
    r"prvn\w*|prv[áúý]|pierwsz\w*|first|erste\w*|posledn\w*|last|letzte\w*)\b",
    re.IGNORECASE,
)
"""A word of an inline answer pointing at the quoted list as a whole or at its first or
last address ("ano, všechny", "the first one")."""
_BARE_OCTET = re.compile(r"(?=[\.])(?<![\w.])\.(\d{1,3})(?![\d.]\d|\d)")
_LAST_OCTET = re.compile(r"\b\d{1,3}\.\d{1,3}\.\d{1,3}\.(\d{1,3})\b")


def _narrowed(own: Mentions, old: Mentions, text: str) -> tuple[Mentions, set[str]]:
    """A correction narrowing the original's block or list ("náš rozsah není /29, ale jen
    /30, tedy A až B", "only .40-.43 of that range are ours") gives addresses without a use
    of their own, every one of them among one use's addresses in the original: they are that
    use's addresses now (the original's wider list of that use is replaced), never for
    certain. Returns the mentions and the fields so narrowed."""
    if not _CORRECTS.search(text):
        return own, set()
    before: dict[Role, set[IPAddress]] = {}
    for _, m in old:
        if m.role is not None:
            before.setdefault(m.role, set()).update(m.addresses)
    out: Mentions = []
    keys: set[str] = set()
    for b, m in own:
        within = [r for r, a in before.items() if set(m.addresses) < a]
        if b.kind is Kind.OWN and m.role is None and not m.excluded and len(within) == 1:
            m = dataclasses.replace(m, role=within[0], certain=False)
            keys.add(_key(m))
        out.append((b, m))
    return out, keys


def _old_values_named(own: Mentions, old: Mentions, text: str) -> Mentions:
    """A text correcting or adding to its own original ("uvedl jsem špatnou testovací adresu,
    správně má být B, ta A patří tiskárně"; "doplňuji testovací B, ta A zůstává") names a new
    value for a use and may name the original's value of that use again (to say what it is
    or that it stays): it is not given anew - a correction drops it, an addition keeps it
    where the original gave it."""
    if not _CORRECTS.search(text) and not _ADDS.search(text):
        return own
    before: dict[Role, set[IPAddress]] = {}
    for _, m in old:
        if m.role is not None:
            before.setdefault(m.role, set()).update(m.addresses)
    new = {m.role for _, m in own if m.role and not m.excluded and not set(m.addresses) & before.get(m.role, set())}

    def restated(m: Mention) -> bool:
        return m.role in new and not m.excluded and set(m.addresses) <= before.get(m.role, set())

    again: dict[Role, set[IPAddress]] = {}
    for b, m in own:
        if b.kind is Kind.OWN and m.role is not None and restated(m):
            again.setdefault(m.role, set()).update(m.addresses)
    # only every old value of the use named again is the replaced one ("správně A a B"
    # keeping one of the original's two is the new list)
    whole = {r for r, a in again.items() if a == before.get(r)}
    return [(b, m) for b, m in own if not (b.kind is Kind.OWN and m.role in whole and restated(m))]


def _octets_completed(blocks: Sequence[Block], original: Sequence[Block] = ()) -> Sequence[Block]:
    """"V příloze jsem prohodil produkci a test, správně je: .11 je produkce, .10 je test": a
    cover note naming addresses of the attached document by their last octet alone is read
    with each octet completed to the one address of the attachments ending in it (an octet
    two addresses share stays unread; ``_octet_named_by_cover`` keeps the uses unsure). A
    reply with no attachment correcting its quoted original so ("oprava: test je .250, ta
    .249 je stará") is completed against the original; an octet no text gives takes the
    network of an octet completed in the same line (``_line_completed``)."""
    own = {id(b) for b in blocks if b.kind is Kind.OWN and "." in b.text and _BARE_OCTET.search(b.text)}
    attached = [b for b in blocks if b.kind is Kind.ATTACHMENT]
    if not own or not (attached or original):
        return blocks
    full: dict[str, set[IPAddress]] = {}
    for _, m in _collect_ips(attached or list(original)):
        for a in m.addresses:
            if a.version == 4:
                full.setdefault(str(a).rsplit(".", 1)[-1], set()).add(a)
    if not attached and _LAST_OCTET.search("\n".join(b.text for b in blocks if id(b) in own)):
        return blocks  # a reply writing addresses in full: its octets are its own shorthand

    # an octet of an address the cover writes in full points back to it ("nemá být A, ale B
    # (.58 je naše tiskárna)"), not to the attachment's
    written = {o for b in blocks if id(b) in own for o in _LAST_OCTET.findall(b.text)}

    def completed(o: re.Match[str]) -> str:
        found = full.get(o.group(1), set())
        if len(found) != 1 or o.group(1) in written:
            return o.group(0)
        return str(next(iter(found)))

    def line(text: str) -> str:
        if not attached and not _CALLED_OLD.search(text):
            return text  # a reply's octets are completed only where it calls one old
        done = _BARE_OCTET.sub(completed, text)
        return done if attached else _line_completed(done)

    return [
        Block(b.component, b.kind, tuple(Line(ln.no, line(ln.text)) for ln in b.lines)) if id(b) in own else b
        for b in blocks
    ]


def _line_completed(text: str) -> str:
    """"test je .250, ta 198.51.100.249 je stará" (one octet completed against the quoted
    original): a last octet left bare in a line whose completed addresses share one network
    (the first three octets) is the next address of that network (a new one the reply
    gives in place of the old)."""
    if not _BARE_OCTET.search(text):
        return text
    nets = {m.group(0).rsplit(".", 1)[0] for m in _FULL_V4.finditer(text)}
    if len(nets) != 1:
        return text
    net = next(iter(nets))
    return _BARE_OCTET.sub(lambda o: f"{net}.{o.group(1)}" if int(o.group(1)) <= 255 else o.group(0), text)


_CALLED_OLD = re.compile(
    r"(?=[ijnuoaesz])(?:\b(?:je|jest|ist|is)\s+(?:stará|stara|starý|stary|staré|stare|alt|old)\b|"
    r"\b(?:neplatí|neplati|neplatí|neplatia|nie\s+jest\s+ważn\w*|(?:už|uz|již|jiz)\s+(?:ne|nie)\b|"
    r"(?:is\s+)?not\s+valid|no\s+longer|obsolete|nicht\s+mehr|ungültig|ungultig|"
    r"stará|stara|stary|starý|alt|old)\b)",
    re.IGNORECASE,
)
"""A line calling an address old or out of use ("ta .249 je stará", ".70 už neplatí", ".44 už
nie", "the .11 is old", ".88 is not valid", "die .65 ist alt", "ta .51 jest stara")."""

_FULL_V4 = re.compile(r"\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b")


_LABEL_HEAD = re.compile(r"^\s*([^\W\d_][^:\d\n]{0,40}?)\s*:")
"""A label opening a line ("Testovací IP:", "Production:"), without digits."""


def _givings(kept: Mentions) -> dict[tuple[str, str], dict[tuple[int, int], set[IPAddress]]]:
    """The addresses each label opening a line gives, by use and label, line by line."""
    lines: dict[tuple[str, str], dict[tuple[int, int], set[IPAddress]]] = {}
    for b, m in kept:
        if m.role is None:
            continue
        text = next((ln.text for ln in b.lines if ln.no == m.line), "")
        label = _LABEL_HEAD.match(text)
        if label is not None:
            at = lines.setdefault((_key(m), label.group(1).casefold()), {})
            at.setdefault((id(b), m.line), set()).update(m.addresses)
    return lines


def _label_given_twice(kept: Mentions) -> set[str]:
    """The address fields whose label opens two lines with different addresses ("Testovací
    IP: A" … "Testovací IP: B": an application pasted twice, its second copy changed): the
    two givings rival, whichever the text says holds, so neither is certain."""
    return {
        key
        for (key, _), given in _givings(kept).items()
        if len({frozenset(a) for a in given.values()}) > 1
    }


def _copy_kept(texts: _Texts, kept: Mentions) -> Mentions:
    """An application pasted twice, a label giving different addresses in the two copies,
    and the text saying which copy holds ("Omlouvám se za zmatek, platí ta druhá", "the
    second one is the correct one"): the other copy's giving of that label is left out (the
    use stays unsure, ``_label_given_twice``)."""
    twice = {
        k: given
        for k, given in _givings(kept).items()
        if len(given) == 2 and len({frozenset(a) for a in given.values()}) == 2
    }
    which = copy_that_holds(texts.own_text) if twice and texts.own_text else None
    if which is None:
        return kept
    drop: set[tuple[str, int, int]] = set()
    for (key, _), given in twice.items():
        ordered = list(given)  # in reading order
        drop |= {(key, *at) for at in ordered if at != ordered[which]}
    return [(b, m) for b, m in kept if (_key(m), id(b), m.line) not in drop]


def _octet_named_by_cover(texts: _Texts, kept: Mentions) -> bool:
    """A cover note speaking of an address of another text by its last octet alone ("Oprava
    k příloze: .71 je testovací stroj"): what it says of that address is not read, so the
    uses of the addresses are not certain."""
    own = texts.own_text
    octets = {o for o in _BARE_OCTET.findall(own)} if own and "." in own else set()
    return bool(octets) and any(
        str(a).rsplit(".", 1)[-1] in octets
        for b, m in kept
        if b.kind is not Kind.OWN
        for a in m.addresses
    )


def _refused_by_cover(texts: _Texts, kept: Mentions) -> tuple[Mentions, set[str]]:
    """A cover note refusing a whole use of addresses and naming none of that use ("testovací
    adresu z formuláře nepovolujte"): that use's addresses from the other texts (the
    attached application) are withdrawn, the cover's own stand. Returns the rest and the
    fields withdrawn from."""
    if not any(b.kind is not Kind.OWN for b, _ in kept):
        return kept, set()  # nothing but the cover's own addresses, which stand
    refused = refused_uses(texts.own_text) if texts.own_text else set()
    if not refused:
        return kept, set()
    out = [(b, m) for b, m in kept if b.kind is Kind.OWN or m.role not in refused]
    return out, {_key(m) for b, m in kept if b.kind is not Kind.OWN and m.role in refused}


_ANEW = re.compile(
    r"\b(?:nov[ěeáéýaoy]|nowy|nowa|nowe|nowym|new|changed\s+to|neue[nrs]?|neu|geändert|"
    r"změn\w*\s+na|zmen\w*\s+na|zmieni\w*\s+na|"
    # a being verb with a word of "now" ("Die Test-IP lautet inzwischen B", "the test IP is
    # now B", "testovací IP je nyní B", "adres testowy jest teraz B", "l'IP de test est
    # désormais B", "a teszt IP mostantól B")
    r"(?:lautet|ist)\s+(?:jetzt|nun|inzwischen|mittlerweile|ab\s+sofort)|is\s+now|"
    r"(?:je|bude|jest|będzie|bedzie)\s+(?:nyní|nyni|teď|ted|teraz|odteraz|obecnie)|"
    r"(?:est|sera)\s+(?:désormais|desormais|maintenant|dorénavant)|nouvel(?:le)?|mostantól|mostantol)\b",
    re.IGNORECASE,
)
"""A value given anew ("testovací adresa bude nově B", "the test IP has changed to B",
"Neue Produktiv-IP: B", "nowy adres produkcyjny")."""
_CLAUSE_BREAK = re.compile(r"[,;–—]\s|[.!?](?:\s|$)")


def _clause_of(b: Block, m: Mention) -> str:
    """The clause of its line that a mention stands in (between commas, dashes and sentence
    ends)."""
    line = next((ln.text for ln in b.lines if ln.no == m.line), "")
    at = line.find(m.text)
    if at < 0:
        return ""
    start = max((x.end() for x in _CLAUSE_BREAK.finditer(line, 0, at)), default=0)
    end = _CLAUSE_BREAK.search(line, at + len(m.text))
    return line[start : end.start() if end else len(line)]


def _renewed_by_cover(texts: _Texts, kept: Mentions) -> tuple[Mentions, set[str]]:
    """A cover note giving a use's address anew for the application it passes on ("Jen
    doplňuji, že testovací adresa bude nově B", "the test IP has changed to B"), in a clause
    that adds nothing ("navíc přidáváme testovací B" keeps the enclosed one): that use's
    addresses of the enclosed texts are replaced. Returns the rest and the fields involved
    (a reading: unsure). A cover naming an enclosed address in full replaces that one only
    (read elsewhere)."""
    enclosed = [(b, m) for b, m in kept if b.kind in (Kind.ATTACHMENT, Kind.FORWARDED)]
    if not enclosed or not texts.own_text or not _ANEW.search(texts.own_text):
        return kept, set()
    if set(_VALUE.findall(texts.own_text)) & {v for b, _ in enclosed for v in _VALUE.findall(b.text)}:
        return kept, set()  # "A z něj nahradil nový B": the old value named, one replaced
    renewed = {
        m.role
        for b, m in kept
        if b.kind is Kind.OWN
        and m.role is not None
        and not m.excluded
        and _ANEW.search(clause := _clause_of(b, m))
        and not _ADDS_TO.search(clause)
    }
    own = {a for b, m in kept if b.kind is Kind.OWN for a in m.addresses}
    gone = [
        (b, m)
        for b, m in enclosed
        if m.role in renewed and not own.intersection(m.addresses)
    ]
    if not gone:
        return kept, set()
    return [bm for bm in kept if bm not in gone], {_key(m) for _, m in gone}


def _one_attachment(kept: Mentions) -> Block | None:
    """The one attached block the kept mentions come from, if exactly one has any."""
    attached = {b.component: b for b, _ in kept if b.kind is Kind.ATTACHMENT}
    return next(iter(attached.values())) if len(attached) == 1 else None


def _rows_dropped_by_cover(texts: _Texts, kept: Mentions) -> tuple[Mentions, set[str]]:
    """A cover note withdrawing a row of the one attached table by its place, naming no
    address ("třetí řádek už neplatí", "ignore row 4", "bez posledního řádku"): that row's
    addresses are withdrawn. Returns the rest and the fields withdrawn from (unsure: which
    row a place names is a reading)."""
    block = _one_attachment(kept)
    if block is None or not texts.own_text:
        return kept, set()  # no table, or which table the note means is not clear
    refs = withdrawn_rows(texts.own_text)
    if not (refs.places or refs.numbers):
        return kept, set()
    rows = sorted({m.line for b, m in kept if b is block})
    gone = {rows[p - 1] if p > 0 else rows[p] for p in refs.places if -len(rows) <= p <= len(rows)}
    lines = block.text.split("\n")
    # a spreadsheet's numbers count its header too: the line above the first row of addresses
    first = rows[0] - 1
    header = first >= 1 and bool(lines[first - 1].strip()) and not find_ips(lines[first - 1])
    start = first - 1 if header else first
    gone |= {start + n for n in refs.numbers if n >= 1 and start + n in rows}
    out = [(b, m) for b, m in kept if b is not block or m.line not in gone]
    return out, {_key(m) for b, m in kept if b is block and m.line in gone}


def _one_placed_source(kept: Mentions) -> Block | None:
    """The one other text whose addresses a new text may place by order: the one attached
    block, or the one quoted message a reply giving no address of its own answers ("Z těch
    dvou adres níže je první produkční a druhá testovací")."""
    if (block := _one_attachment(kept)) is not None:
        return block
    blocks = {id(b): b for b, _ in kept}
    only = next(iter(blocks.values())) if len(blocks) == 1 else None
    return only if only is not None and only.kind is Kind.QUOTED else None


def _rows_placed_by_cover(texts: _Texts, kept: Mentions) -> Mentions:
    """A cover note giving the uses of the rows of the one attached table that names none
    by their place ("the first two rows are production, the last one is for testing"), or a
    reply giving the uses of the quoted message's addresses by their order ("the first is
    production, the second test"): each row (each address, when they stand on one line)
    takes its use, never for certain (a sentence's reading), when the places name every row
    once; otherwise the rows' uses are in doubt."""
    block = _one_placed_source(kept) if texts.own_text else None
    if block is None or not (places := placed_rows(texts.own_text)):
        return kept
    own = [m for b, m in kept if b is block]
    if any(m.role is not None or m.excluded for m in own):
        return kept
    lines = sorted({m.line for m in own})
    # the addresses of one line ("pro adresy A a B") are placed one by one
    rows: list[int] = lines if len(lines) > 1 else list(range(len(own)))
    uses: dict[int, Role] = {}
    for place, count, role in places:
        start = place - 1 if place > 0 else len(rows) + 1 + place - count
        for i in range(start, start + count):
            if 0 <= i < len(rows) and rows[i] not in uses:
                uses[rows[i]] = role
    if len(uses) != len(rows) or len(uses) != sum(count for _, count, _ in places):
        # the places name some rows only, or one twice: the rows' uses are in doubt
        return [(b, dataclasses.replace(m, doubt=Reason.UNPLACED) if b is block else m) for b, m in kept]
    index = {id(m): (m.line if len(lines) > 1 else k) for k, m in enumerate(own)}
    return [
        (b, dataclasses.replace(m, role=uses[index[id(m)]], certain=False, doubt=Reason.WORDING) if b is block else m)
        for b, m in kept
    ]


def _overruled_by_cover(kept: Mentions) -> tuple[Mentions, set[str]]:
    """The sender's own words name the use of an address an attached document gives another
    use ("v PDF jsme prohodili řádky: 198.51.100.180 je testovací", "in the attached form the
    roles are the wrong way round"): the own words count, the attachment's use of that
    address is dropped. Returns the rest and the fields involved (a reading: unsure)."""
    said: dict[IPAddress, set[Role]] = {}
    for b, m in kept:
        if b.kind is Kind.OWN and m.role is not None:
            for a in m.addresses:
                said.setdefault(a, set()).add(m.role)
    if not said:
        return kept, set()

    def overruled(b: Block, m: Mention) -> bool:
        if b.kind is not Kind.ATTACHMENT or m.role is None or not m.addresses:
            return False
        uses = [said.get(a) for a in m.addresses]
        return all(u is not None and m.role not in u for u in uses)

    def placed(b: Block, m: Mention) -> bool:
        # "v dopise jsou adresy jen vyjmenované: první dvě jsou produkční, poslední testovací":
        # the document lists them with no use, the own words place each one
        return b.kind is Kind.ATTACHMENT and m.role is None and bool(m.addresses) and all(
            a in said for a in m.addresses
        )

    out: Mentions = []
    moved: set[IPAddress] = set()
    for b, m in kept:
        if not overruled(b, m):
            out.append((b, m))
            continue
        uses = {r for a in m.addresses for r in said[a]}
        if len(uses) == 1:
            # one use the own words give otherwise ("A, kterou formulář uvádí jako testovací,
            # je ve skutečnosti záložní produkční"): it takes it where the document lists it
            out.append((b, dataclasses.replace(m, role=uses.pop(), certain=False, doubt=Reason.CORRECTED)))
            moved.update(m.addresses)
    changed = len(out) != len(kept) or bool(moved)
    out = [
        (b, m) for b, m in out
        if not placed(b, m) and not (b.kind is Kind.OWN and m.addresses and set(m.addresses) <= moved)
    ]
    if not changed:
        return out, set()
    return out, set(IP_KEYS)


def _replaced_by_correction(
    texts: _Texts, kept: Mentions, read: Mentions
) -> tuple[Mentions, set[str]]:
    """"Oprava k příloze: testovací adresa je B (v dokumentu je omylem stejná jako produkční)":
    a covering text that says it corrects and gives a use addresses of its own, naming none of
    the attached document's addresses of that use, replaces the document's addresses of that
    use when it is one address (its other uses stand: an address the document also gives
    another use keeps it). Not a text that adds ("doplňujeme další testovací") nor one naming
    the value it withdraws ("druhá produkční není A, ale B": ``_corrected``; ``read``: the
    mentions before withdrawals). Returns the rest and the fields involved (a reading:
    unsure)."""
    own = texts.own_text
    if not own or not _CORRECTS.search(own) or _ADDS.search(own):
        return kept, set()
    if any(m.excluded for b, m in read if b.kind is Kind.OWN) or names_mistyped(own):
        return kept, set()  # the withdrawn value named: "místo 198.51.100.11117 má být B"
    given: dict[Role, set[IPAddress]] = {}
    documented: dict[Role, set[IPAddress]] = {}
    for b, m in kept:
        if m.role is not None and b.kind in (Kind.OWN, Kind.ATTACHMENT):
            into = given if b.kind is Kind.OWN else documented
            into.setdefault(m.role, set()).update(m.addresses)
    uses = {
        r for r, a in given.items() if a and len(documented.get(r, ())) == 1 and not a & documented[r]
    }
    if not uses:
        return kept, set()
    out = [(b, m) for b, m in kept if b.kind is not Kind.ATTACHMENT or m.role not in uses]
    return out, {_key(m) for b, m in kept if b.kind is Kind.ATTACHMENT and m.role in uses}


def _mistyped_in_place(texts: _Texts, kept: Mentions) -> Mentions:
    """A covering text setting right a value of the attached document that reads as no
    address ("v PDF je překlep – místo 198.51.100.11117 má být 198.51.100.117"): the address
    given takes that value's place in the document's list, the order the lists are read in."""
    own = texts.own_text
    if not own or not any(b.kind is Kind.ATTACHMENT for b, _ in kept):
        return kept
    out = list(kept)
    for token, around in mistyped_named(own):
        given = [(b, m) for b, m in out if b.kind is Kind.OWN and m.text and m.text in around]
        where = [
            (b, ln) for b in dict.fromkeys(b for b, _ in out if b.kind is Kind.ATTACHMENT)
            for ln in b.lines if token in ln.text
        ]
        if len(given) != 1 or len(where) != 1:
            continue
        block, line = where[0]
        col = line.text.index(token)
        item = given[0]
        out.remove(item)
        at = next(
            (
                i for i, (b, m) in enumerate(out)
                if b is block and (m.line > line.no or m.line == line.no and line.text.find(m.text) > col)
            ),
            None,
        )
        if at is None:
            at = max((i + 1 for i, (b, _) in enumerate(out) if b is block), default=len(out))
        out.insert(at, item)
    return out


def _superseded_by_cover(
    texts: _Texts, kept: Mentions, read: Mentions
) -> tuple[Mentions, set[str]]:
    """A covering text calling the attached document old ("přikládám loňský formulář", "the
    attached form is from last year"): the addresses it gives itself replace the document's;
    giving none, it leaves them, unsure. A cover that names the document's old value itself
    ("testovací adresa A v něm je ještě ta stará; letos testujeme z B") replaces only the
    uses it gives: the document's other uses stay. Returns the rest and the fields involved
    (which document the words mean is a reading: unsure; ``read``: the mentions before
    withdrawals)."""
    attached = [(b, m) for b, m in kept if b.kind is Kind.ATTACHMENT]
    if not attached or not texts.own_text or not superseded_attachment(texts.own_text):
        return kept, set()
    current = [(b, m) for b, m in kept if b.kind is Kind.OWN and m.addresses]
    if not current:
        return kept, {_key(m) for _, m in attached}
    documented = {a for b, m in read if b.kind is Kind.ATTACHMENT for a in m.addresses}
    named = {a for b, m in read if b.kind is Kind.OWN and m.excluded for a in m.addresses}
    if named and named <= documented and all(m.role is not None for _, m in current):
        # the cover withdraws values of the document by name: the uses it gives are replaced
        given = {m.role for _, m in current}
        return [bm for bm in kept if bm not in attached or bm[1].role not in given], set(IP_KEYS)
    return [bm for bm in kept if bm not in attached], set(IP_KEYS)


def _disowned_titles(text: str, titles: Mapping[str, Section]) -> list[str]:
    """The section titles the text calls old (by the title, its year or its place); a title
    the text writes only inside a longer word or a title shorter than four characters is
    not named by it (a sheet "Test" is not what "Testovací server … je starý" means)."""

    def named_in_part(t: str) -> bool:
        if t.lower() not in text.lower():
            return False
        return len(t) < 4 or re.search(rf"(?<!\w){re.escape(t)}(?!\w)", text, re.IGNORECASE) is None

    return [t for t in disowned_files(text, list(titles), lambda _: True) if not named_in_part(t)]


def _old_sections(texts: _Texts, kept: Mentions) -> tuple[Mentions, set[str], set[str]]:
    """An attached document in sections under their own headings (a spreadsheet's sheets,
    tables under headings): the addresses of a section its heading or the covering text
    calls old or out of use are withdrawn, while another section still gives addresses;
    two remaining sections giving one use leave that use in doubt. Returns the rest, the
    fields withdrawn from and the fields in doubt."""
    blocks = {id(b): b for b, _ in kept if b.kind is Kind.ATTACHMENT and "\n\n" in b.text}
    gone: set[tuple[int, int]] = set()
    fields: set[str] = set()
    competing: set[str] = set()
    for key, block in blocks.items():
        parts = sections(block.text)
        if len(parts) < 2:
            continue
        index = {ln.no: i + 1 for i, ln in enumerate(block.lines)}
        own = [(m, s) for b, m in kept if b is block for s in parts if s.first <= index[m.line] <= s.last]
        given = {s for m, s in own if m.addresses}
        said = status([s for s in parts if s in given], texts.own_text)
        if not said.old and len(given) > 1 and texts.own_text:
            # the sections named by what tells them apart ("the 2023 one is obsolete",
            # "platí ten druhý"): two forms in one document
            titles = {s.title: s for s in parts if s in given}
            left = _disowned_titles(texts.own_text, titles) if len(titles) == len(given) else []
            said = dataclasses.replace(said, old=frozenset(titles[t] for t in left))
        if said.old and given - said.old:
            gone |= {(key, m.line) for m, s in own if s in said.old}
            fields |= {_key(m) for m, s in own if s in said.old - said.samples}
        uses: dict[str, set[Section]] = {}
        for m, s in own:
            if s not in said.old and m.addresses:
                uses.setdefault(_key(m), set()).add(s)
        if not said.current:
            competing |= {k for k, where in uses.items() if len(where) > 1}
    out = [(b, m) for b, m in kept if (id(b), m.line) not in gone]
    return out, fields, competing


def _builds_on_quoted(texts: _Texts, withdrawals: Mentions, office: Office) -> _Texts:
    """A reply that withdraws addresses the applicant's quoted text gives ("leave out A from
    the range below", "A jsme vyřadili, místo něj povolte B") builds on that text."""
    quoted = _applicants_quoted(texts.quoted, office)
    given = {a for _, m in _collect_ips(quoted) for a in m.addresses}
    if not any(set(m.addresses) & given for _, m in withdrawals):
        return texts
    return dataclasses.replace(texts, original=quoted)


def _earlier_candidates(old: Mentions, own: Mentions, named: set[str]) -> set[str]:
    """The address fields the new text names anew while the applicant's earlier text (the
    original it builds on) gives that use addresses the new text neither repeats nor
    withdraws: two candidate lists, the new text's taken, never for certain."""
    written = {a for _, m in own for a in m.addresses}
    return {_key(m) for _, m in old if _key(m) in named and set(m.addresses) - written}


def _networks_across(mentions: Mentions) -> Mentions:
    """A block under no label in one text (the cover note) holding addresses another text of
    the submission names singly (the attached form) is their network, not a request."""
    if len({id(b) for b, _ in mentions}) < 2 or not any(m.span for _, m in mentions):
        return mentions
    read = networks_as_context([m for _, m in mentions])
    return [(b, m) for (b, _), m in zip(mentions, read, strict=True)]


def _without_strays(mentions: Mentions) -> tuple[Mentions, bool]:
    """The mentions without the address-like tokens no rule placed (``Reason.STRAY``), and
    whether one of them is an address no other mention lists: a candidate for either list
    that the rules neither took nor ruled out."""
    strays = [m for _, m in mentions if m.doubt is Reason.STRAY]
    if not strays:
        return mentions, False
    kept = [(b, m) for b, m in mentions if m.doubt is not Reason.STRAY]
    listed = {a for _, m in kept for a in m.addresses}
    spans = [m.span for _, m in kept if m.span is not None]

    def placed(a: IPAddress) -> bool:
        return a in listed or any(
            lo.version == a.version and int(lo) <= int(a) <= int(hi) for lo, hi in spans
        )

    return kept, any(not placed(a) for m in strays for a in m.addresses)


_ADDS = re.compile(
    r"\b(?:přidáv\w*|přidat|přidejte|přidal\w*|přidám|navíc|pridáv\w*|pridať|pridajte|"
    r"pridav\w*|pridat|pridejte|pridam|navic|"
    r"pridal\w*|add(?:ing|ed)?|additional(?:ly)?|as\s+well\s+as|dopl[nň]uj\w*|dopĺňa\w*|"
    r"dopl[nň]ím|another|one\s+more|(?:two|three|\d)\s+more|p[řr]ib[yu]d?l\w*|p[řr]ibud\w*|"
    # the other languages' verbs of adding: "ich ergänze noch", "dodaję jeszcze", "j'ajoute"
    r"ergänz\w*|erganz\w*|zusätzlich\w*|zusatzlich\w*|dodaj[eę]\w*|dodajemy|dodatkow\w*|"
    r"ajout\w*|j'ajoute|aggiung\w*|añad\w*|toevoeg\w*|hozzáad\w*|"
    # the earlier one spoken of as still there: "ten původní", "té stávající", "the existing"
    r"(?:ten|tu|ta|tá|té|to|tej|the|our)\s+(?:původní|puvodni|pôvodn\w*|stávající\w*|"
    r"stavajic\w*|dosavadn\w*|existing|original|current))\b",
    re.IGNORECASE,
)
"""The new text adds addresses to those of the original rather than replacing them; a reply
saying so builds on its own quoted original."""
_CORRECTS = re.compile(
    r"(?=[bcefikmnopstwzš])\b(?:oprav\w*|chyba|chybu|chyby|chybou|chybn\w*|nesprávn\w*|nespravn\w*|překlep\w*|"
    r"preklep\w*|omyl\w*|correct(?:ed|ion|ions|s)?|mistake\w*|typo|wrong|errors?|"
    r"erroneous\w*|fehler\w*|falsch\w*|korrig\w*|berichtig\w*|korrektur\w*|korekt\w*|"
    r"popraw\w*|błęd\w*|błąd|bled\w*|pomyłk\w*|pomylk\w*|correcci[oó]n\w*|"
    # the value called wrong or the writer mistaken ("uvedl jsem špatnou adresu", "spletl
    # jsem se", "zlú adresu", "incorrect"), the right value said ("správně má být B")
    r"špatn\w*|spatn\w*|zl[úáé]\s+(?:adres\w*|IP)|incorrect\w*|spletl\w*|spletla|"
    r"pom[ýy]lil\w*|m[ýy]lk\w*|spr[áa]vn[ěeá]\s+(?:má|mají|ma|maji|mala|malo|bude|je|sú|jsou)\b|"
    r"should\s+(?:have\s+been|read))\b",
    re.IGNORECASE,
)
"""The new text says the original was wrong or sends a corrected version ("opravenou tabulku
posílám", "v původní žádosti byla chyba"): what it gives for a use replaces the original's,
even when it also supplements other details ("doplňujeme IČO")."""


_SENDING = re.compile(
    r"(?=[fopzsmgvweirkdt])\b(?:p[řr]eposla\w*|posla[lt]\w*|odesla\w*|odosla\w*|zasla[lt]\w*|"
    r"sent|send|mailed|forwarded|geschickt|gesendet|verschickt|weitergeleitet|wysła\w*|"
    r"przesła\w*|envoy[ée]\w*|envi[óoaé]\w*|reenvi\w*|mandat[oaie]|inviat[oaie]|inoltrat[oaie]|"
    r"k[üu]ld\w*|gestuurd|verzonden|doorgestuurd|transf[ée]r[ée]\w*)\b",
    re.IGNORECASE,
)
"""A verb of sending a message: a mistake said of it ("kterou omylem poslal jen mně",
"which he sent to me by mistake") is the sending's, not an address's."""
_SENTENCE_CUT = re.compile(r"[.!?;\n]\s")
_VALUE_WORDS = re.compile(r"\d|\b(?:adres\w*|address\w*|adresse\w*|IP\w*|server\w*)\b", re.IGNORECASE)


def _corrects_values(text: str) -> bool:
    """``_CORRECTS`` said of a value, not only of a message sent to the wrong person
    ("přeposílám žádost kolegy, kterou omylem poslal jen mně. Doplňuji …"): a sentence whose
    mistake word stands with a verb of sending and no word of an address corrects nothing."""
    for m in _CORRECTS.finditer(text):
        cuts = [c.end() for c in _SENTENCE_CUT.finditer(text, 0, m.start())]
        start = cuts[-1] if cuts else 0
        end = _SENTENCE_CUT.search(text, m.end())
        sentence = text[start : end.start() if end else len(text)]
        if not _SENDING.search(sentence) or _VALUE_WORDS.search(sentence):
            return True
    return False


def _uses_named(own: Mentions, original: set[IPAddress]) -> set[str]:
    """The address fields the new text names anew: those of its addresses with a use, but
    not of a replacement on a line that withdraws an address of the original ("v první
    testovací adrese místo A má být B": the original's other test addresses stand) nor of a
    line swapping the original's addresses."""
    corrects = {
        (b.component, m.line) for b, m in own if m.excluded and original & set(m.addresses)
    }
    return {
        _key(m)
        for b, m in own
        if not m.excluded
        and m.role is not None
        and ((b.component, m.line) not in corrects or _use_given_anew(b, m))
        and not _swaps_original(b, m, original)
    }


def _use_given_anew(block: Block, m: Mention) -> bool:
    """An address on a line withdrawing one of the original's, its use given in a clause of
    its own after the drop ("A vynechte a testovací bude B", "please drop A; the test address is
    now B", "usunąć A, nowy adres testowy: B"): the use's value anew, replacing the
    original's (not a replacement of A in its list). A clause adding ("a ještě přidejte
    testovací B") gives no verb of being and stays an addition."""
    text = _line_text(block, m.line)
    at = text.find(m.text) if m.text else -1
    return at >= 0 and m.role is not None and m.role is own_clause_use(text, at)


def _swaps_original(block: Block, m: Mention, original: set[IPAddress]) -> bool:
    """"V žádosti níže jsem prohodil role dvou adres: B je testovací a C ostrá": a line that
    swaps the uses of the original's own addresses names no use anew (``_swapped`` moves
    them, the original's other addresses stand)."""
    return set(m.addresses) <= original and bool(_SWAP.search(_line_text(block, m.line)))


@dataclass(frozen=True)
class _Withdrawn:
    """Addresses the text withdraws, corrects or does not place (``Mention.excluded``), and
    the address fields that are unsure because of them: such a reading is a heuristic."""

    texts: tuple[str, ...] = ()
    unsure: Mapping[str, Reason] = dataclasses.field(default_factory=dict)
    """The unsure address fields and why."""


def _corrected(mentions: Mentions) -> tuple[Mentions, _Withdrawn]:
    """The mentions that are not excluded, without the addresses that another mention
    withdraws ("oprava: … správně 9.9.9.10, ne 9.9.9.9"): an earlier one in the same text or
    one in another text (the attached or quoted original a message corrects); a replacement
    on the line of the withdrawal takes the place of the withdrawn address. And what was
    withdrawn: the field of the address it was withdrawn from, else of the withdrawn mention,
    is unsure."""
    slots: list[_Slot] = []
    withdrawals: list[tuple[int, Block, Mention]] = []
    for order, (b, m) in enumerate(mentions):
        if m.excluded:
            withdrawals.append((order, b, m))
        else:
            slots.append(_Slot(b, m, order))
    unsure: dict[str, Reason] = {}
    replaced: dict[tuple[str, int], tuple[int, Role | None]] = {}
    runs_on: dict[tuple[str, int], tuple[str, int]] = {}
    since: dict[tuple[str, int], int] = {}
    for order, b, m in withdrawals:
        line = (b.component, m.line)
        hit = False
        use = _use_corrected(slots, b, m)
        for i in range(len(slots) - 1, -1, -1):
            slot = slots[i]
            km = slot.mention
            if km is None or _unlisted(km) or not set(m.addresses) & set(km.addresses):
                continue
            if use is not None and km.role is not use:
                continue  # the address stands in its other use
            if slot.order > order and slot.block.component == b.component and not (
                _older_message_between(slot.block, m.line, km.line)
            ):
                # a later mention in the same text stands (not one in an older message of a
                # chain below the correcting one: the newest author's word wins)
                continue
            slots[i : i + 1] = slot.split(set(m.addresses), line)
            unsure[_key(km)] = Reason.WITHDRAWN
            replaced[line] = (order, km.role)
            if slot.block.component == b.component and km.line == m.line and slot.order < order:
                since[line] = slot.order  # the withdrawn address stands on the line itself
            if _runs_on(_line_text(b, m.line)):
                runs_on[(b.component, m.line + 1)] = line
            hit = True
        if not hit:
            unsure[_key(m)] = Reason.WITHDRAWN
    kept = _replacements_in_place(slots, (replaced, since), unsure, runs_on)
    kept = [(b, m) for b, m in _swapped(kept, unsure) if m.addresses or m.count]
    texts = tuple(dict.fromkeys(m.text for _, _, m in withdrawals))
    return kept, _Withdrawn(texts, unsure)


def _older_message_between(block: Block, lo: int, hi: int) -> bool:
    """A header of an earlier message of a thread (``From:``/``Sent:``, "On … wrote:")
    stands in ``block`` (the later mention's) between the lines ``lo`` and ``hi`` (the
    component's numbers)."""
    texts = [ln.text for ln in block.lines]
    return any(lo < ln.no < hi and starts_message(texts, i) for i, ln in enumerate(block.lines))


def _use_corrected(slots: Sequence[_Slot], block: Block, gone: Mention) -> Role | None:
    """"Oprava – testovací je B" after "Produkční: A / Testovací: A", "test má být B, ne A (ta
    je produkční)": a withdrawal on a line whose other addresses all have one use corrects
    that use only, when an earlier mention of that use gives the withdrawn address - its
    mentions of another use stand (a correction of one use leaves the others alone)."""
    uses = {
        s.mention.role
        for s in slots
        if s.mention is not None and s.block is block and s.mention.line == gone.line
    }
    if len(uses) != 1 or None in uses:
        return None
    (use,) = uses
    hits = [
        s.mention
        for s in slots
        if s.mention is not None
        and (s.block is not block or s.mention.line < gone.line)
        and set(gone.addresses) & set(s.mention.addresses)
    ]
    if not any(km.role is use for km in hits) or all(km.role is use for km in hits):
        return None
    return use


def _unlisted(m: Mention) -> bool:
    """A block too big to list its addresses: an address withdrawn from it is not cut out
    (a range or block that lists them loses the withdrawn one, the rest stands)."""
    return m.is_block and m.count != len(m.addresses)


@dataclass(frozen=True)
class _Slot:
    """A kept mention in order, or (``mention`` None) the place of an address withdrawn from
    one, where a replacement written on the line ``line`` of the withdrawal goes."""

    block: Block
    mention: Mention | None
    order: int = -1
    line: tuple[str, int] | None = None

    def split(self, gone: set[IPAddress], line: tuple[str, int]) -> list[_Slot]:
        """The mention without the ``gone`` addresses: the parts before, between and after
        them, with the place of each gone address."""
        assert self.mention is not None
        out: list[_Slot] = []
        part: list[IPAddress] = []
        for a in self.mention.addresses:
            if a in gone:
                out.append(self._part(part))
                out.append(_Slot(self.block, None, self.order, line))
                part = []
            else:
                part.append(a)
        out.append(self._part(part))
        return out

    def _part(self, addresses: list[IPAddress]) -> _Slot:
        assert self.mention is not None
        m = dataclasses.replace(
            self.mention, addresses=tuple(addresses), count=len(addresses), span=None
        )
        return _Slot(self.block, m, self.order)


def _replacements_in_place(
    slots: list[_Slot],
    withdrawn: tuple[Mapping[tuple[str, int], tuple[int, Role | None]], Mapping[tuple[str, int], int]],
    unsure: dict[str, Reason],
    runs_on: Mapping[tuple[str, int], tuple[str, int]],
) -> Mentions:
    """"Místo adresy A uveďte B" / "platí B místo A": B, on the line of A's withdrawal, takes
    A's place and use (written before A, only when its own words name no other use), never
    for certain. So does B on the next line when the withdrawal's sentence runs on there
    ("Místo A má být správně / B."; ``runs_on``: such a next line to the withdrawal's line)
    and no address of the withdrawal's own line replaced A. ``withdrawn`` holds the order and
    use of each line's withdrawal, and the order of the withdrawn address when the line itself
    wrote it before: an address between the two ("A a B - pardon, ta první má být C": B) is
    listed beside A, no replacement."""
    replaced, since = withdrawn
    moved: dict[tuple[str, int], Mentions] = {}
    taken: set[int] = set()
    for i, slot in enumerate(slots):
        m = slot.mention
        if m is None:
            continue
        own = (slot.block.component, m.line)
        line = own if own in replaced else runs_on.get(own, own)
        if line not in replaced:
            continue
        order, role = replaced[line]
        if line != own and (line in moved or m.role not in (None, role)):
            continue  # the next line's address is the replacement only when of its use
        if line == own and _own_use_after(slot.block, m, role, slot.order > order):
            continue
        if line == own and since.get(line, order) <= slot.order < order:
            continue  # written after the withdrawn address itself: listed beside it
        # one replacement per withdrawal: a later address of another use once the place is
        # filled keeps its own ("správně A, ne B. Test zůstává C")
        if slot.order > order and line not in moved or m.role in (None, role):
            m = dataclasses.replace(m, role=role if role is not None else m.role, certain=False)
            unsure[_key(m)] = Reason.WITHDRAWN
            moved.setdefault(line, []).append((slot.block, m))
            taken.add(i)
    out: Mentions = []
    for i, slot in enumerate(slots):
        if slot.mention is None:
            out += moved.pop(slot.line, []) if slot.line is not None else []
        elif i not in taken:
            out.append((slot.block, slot.mention))
    return out


def _own_use_after(block: Block, m: Mention, role: Role | None, later: bool) -> bool:
    """A later address of another use in a sentence of its own after the withdrawal's
    ("testovací A ruším, testovat budeme z produkce. Produkční adresy jsou tedy B a C"), or
    in a clause of its own naming it with a verb of being ("A prosím vypusťte a test je B"):
    it keeps its own use and place, no replacement of the withdrawn one."""
    if not later or role is None or m.role in (None, role):
        return False
    text = _line_text(block, m.line)
    at = text.find(m.text)
    return at >= 0 and (
        m.role in (own_sentence_use(text, at), own_clause_use(text, at)) or own_clause_added(text, at)
    )


_SENTENCE_ENDS = re.compile(r"[.!?:;]\s*$")


def _runs_on(text: str) -> bool:
    """A line whose sentence goes on to the next one (it ends in no stop)."""
    return bool(text.strip()) and _SENTENCE_ENDS.search(text) is None


def _line_text(block: Block, no: int) -> str:
    return next((ln.text for ln in block.lines if ln.no == no), "")


_SWAP = re.compile(
    # the lookahead of the words' first letters only makes the search quick
    r"(?=[bcimnopstuvz])\b(?:prohodil\w*|prohoz\w*|přehodil\w*|naopak|obráceně|opačně|swap\w*|switched|"
    r"the\s+other\s+way\s+round|vice\s+versa|oprav\w*|správně|spravne|correct\w*|"
    r"vertausch\w*|verwechsel\w*|umgekehrt|zamen\w*|zaměn\w*|zamieň\w*|opačne|"
    r"mixed\s+up|backwards|invers\w*|invert\w*|scambia\w*)\b",
    re.IGNORECASE,
)


def _sets_right(block: Block, m: Mention) -> bool:
    """A line of correction: it swaps or sets right ("prohodil jsem", "vice versa"), or the
    address reader found it correcting in any language it knows ("Sorry, I got it
    backwards: A should be test", "Korrektur: A sollte Test sein")."""
    return m.doubt is Reason.CORRECTED or bool(_SWAP.search(_line_text(block, m.line)))


def _swapped(kept: Mentions, unsure: dict[str, Reason]) -> Mentions:
    """A later line of correction ("prohodil jsem to: B je produkční a A testovací") gives an
    address another use than an earlier line: the later use replaces the earlier one, never
    for certain."""
    kept = _said_again(kept)
    out = list(kept)
    moves: list[_Move] = []
    for j, (b2, m2) in enumerate(kept):
        if m2.role is None or not _sets_right(b2, m2):
            continue
        for i, (b1, m1) in enumerate(out[:j]):
            same = set(m1.addresses) & set(m2.addresses)
            if same and m1.role is not None and m1.role != m2.role and m1.line != m2.line:
                rest = tuple(a for a in m1.addresses if a not in same)
                out[i] = (b1, dataclasses.replace(m1, addresses=rest, count=len(rest)))
                out[j] = (b2, dataclasses.replace(m2, certain=False))
                unsure[_key(m1)] = unsure[_key(m2)] = Reason.CORRECTED
                moves += [_Move(i, a, m1.role, j) for a in m1.addresses if a in same]
    return _exchanged(out, kept, moves) if len(moves) > 1 else out


def _said_again(kept: Mentions) -> Mentions:
    """On a line of correction, an address named again later on the line ("I swapped A and
    B - A is test, B production"): the later mention gives its use, the earlier one only
    names what is swapped."""
    out: Mentions = []
    for k, (b, m) in enumerate(kept):
        if m.role is not None and _sets_right(b, m):
            later = {
                a for b2, m2 in kept[k + 1 :] if b2 is b and m2.line == m.line for a in m2.addresses
            }
            if later & set(m.addresses) and not m.is_block:
                rest = tuple(a for a in m.addresses if a not in later)
                m = dataclasses.replace(m, addresses=rest, count=len(rest))
        out.append((b, m))
    return out


@dataclass(frozen=True)
class _Move:
    """An address a correction line moves: from the mention ``source`` of use ``role`` to
    the correction's mention ``to``."""

    source: int
    address: IPAddress
    role: Role
    to: int


def _exchanged(out: Mentions, kept: Mentions, moves: list[_Move]) -> Mentions:
    """Two addresses a correction line swaps ("prohodil jsem .11 a .12: .11 je testovací a
    .12 produkční"): each takes the other's place in the earlier lists, so the corrected
    lists keep the order written."""
    out = list(out)
    done: set[int] = set()
    for x, mx in enumerate(moves):
        for y, my in enumerate(moves):
            if {x, y} & done or x == y or mx.source == my.source:
                continue
            bx, cx = kept[mx.to]
            by, cy = kept[my.to]
            if bx is not by or cx.line != cy.line or cx.role != my.role or cy.role != mx.role:
                continue
            _put(out, kept, mx.source, mx.address, my.address)
            _put(out, kept, my.source, my.address, mx.address)
            for to, gone in ((mx.to, mx.address), (my.to, my.address)):
                b, m = out[to]
                rest = tuple(a for a in m.addresses if a != gone)
                out[to] = (b, dataclasses.replace(m, addresses=rest, count=len(rest)))
            done |= {x, y}
    return out


def _put(out: Mentions, kept: Mentions, i: int, gone: IPAddress, new: IPAddress) -> None:
    """``new`` into the mention ``i`` where ``gone`` stood."""
    written = kept[i][1].addresses
    before = set(written[: written.index(gone)])
    b, m = out[i]
    at = sum(1 for a in m.addresses if a in before)
    addresses = (*m.addresses[:at], new, *m.addresses[at:])
    out[i] = (b, dataclasses.replace(m, addresses=addresses, count=len(addresses)))


@dataclass(frozen=True)
class _Ips:
    """The mentioned addresses split by use; a count includes mentions without a listed
    address ("5 adres")."""

    production: Mentions
    test: Mentions

    @classmethod
    def of(cls, mentions: Mentions) -> _Ips:
        mentions = _attachment_placed(_additions_last(mentions))
        return cls(
            production=[(b, m) for b, m in mentions if m.role is not Role.TEST],
            test=[(b, m) for b, m in mentions if m.role is Role.TEST],
        )

    @staticmethod
    def addresses(group: Mentions) -> list[IPAddress]:
        return _restated(group, dedup(a for _, m in group for a in m.addresses))

    @classmethod
    def count(cls, group: Mentions) -> int:
        return len(cls.addresses(group)) + sum(m.count for _, m in group if not m.addresses)

    def fields(self, unsure_keys: Mapping[str, Reason]) -> dict[str, FieldValue]:
        """``production_ips`` and ``test_ips``, located at their first mention; uncertain when
        a role was read from the wording of a sentence rather than from structure, or (with
        both uses present) when some address was placed by wording or has no role."""
        both = bool(self.test) and bool(self.production)
        weak = any(not m.certain for _, m in self.production + self.test)
        out: dict[str, FieldValue] = {}
        for key, group in (("production_ips", self.production), ("test_ips", self.test)):
            if group:
                b0, m0 = group[0]
                # with both uses named, any address placed by wording rather than by a
                # label, column or heading may sit in the wrong list: both lists are unsure
                unsure = (
                    both
                    and weak
                    or any(not m.certain and m.role for _, m in group)
                    or any(m.doubt is not None for _, m in group)
                )
                addresses = [str(a) for a in self.addresses(group)]
                reason = unsure_keys.get(key) or (self._reason(group) if unsure else None)
                if reason is None and _sources_differ(group):
                    reason = Reason.OTHER_CANDIDATE
                if reason is None and self.shared():
                    reason = Reason.BOTH_USES  # cut off with the test addresses on the day
                out[key] = FieldValue(addresses, b0.component, m0.line, reason is None, reason)
        return out

    def shared(self) -> bool:
        """An address is in both lists."""
        return bool(set(self.addresses(self.production)) & set(self.addresses(self.test)))

    def _reason(self, group: Mentions) -> Reason:
        """Why addresses placed by wording are unsure: one address given both uses, an
        address with no use of its own, or a use read from a sentence."""
        if {m.text for _, m in self.production} & {m.text for _, m in self.test}:
            return Reason.BOTH_USES
        doubt = next((m.doubt for _, m in group if m.doubt is not None), None)
        if doubt is not None:
            return doubt
        return Reason.UNPLACED if any(m.role is None for _, m in group) else Reason.WORDING


_LIST_JOIN = re.compile(r"\s*(?:,|;|a|and|i|und|et|&|\+)?\s*", re.IGNORECASE)


def _restated(group: Mentions, addresses: list[IPAddress]) -> list[IPAddress]:
    """The addresses in the order of the list that restates them all at the end ("Loni A a B;
    B nahradila C. Letos tedy prosím A a C"): a later statement of the whole list overrides
    the order the earlier sentences gave them in. The list: the last mentions of the group,
    fewer than all, on one line, joined only by commas or conjunctions, each address once."""
    if len(addresses) < 2 or len(group) <= len(addresses):
        return addresses
    tail = group[-len(addresses) :]
    b, line = tail[0][0], tail[0][1].line
    listed = [a for _, m in tail for a in m.addresses]
    if (
        any(bm[0] is not b or bm[1].line != line for bm in tail)
        or len(listed) != len(addresses)
        or set(listed) != set(addresses)
    ):
        return addresses
    text, end = _line_text(b, line), None
    for _, m in reversed(tail):
        at = text.rfind(m.text, 0, end)
        if at < 0 or end is not None and not _LIST_JOIN.fullmatch(text, at + len(m.text), end):
            return addresses
        end = at
    return listed


_ADDS_TO = re.compile(
    rf"{_ADDS.pattern}|\b(?:přid\w*|prid\w*|doplň\w*|dopln\w*|dopĺň\w*|append\w*|navic|"
    # one left out of the other list, in the languages foreign media write in too: "we forgot
    # a server in the PDF", "im Antrag vergessen", "zapomnieliśmy", "abbiamo dimenticato"
    r"forg[oe]t\w*|left\s+out|zapom[nň]\w*|zabudl\w*|vergessen|zusätzlich|zusaetzlich|"
    r"ergänz\w*|hinzufüg\w*|dodaj\w*|dopisz\w*|aggiung\w*|dimentica\w*|ajout\w*|oubli\w*|"
    r"añad\w*|olvid\w*|toevoeg\w*|vergeten|glömt|glemt|kimaradt|elfelejt\w*)\b",
    re.IGNORECASE,
)
"""An address added to a list: what ``_ADDS`` says of a reply, and any form of the verbs
("doplňte", "pridajte aj", "please append"), or the list said to have left it out."""
_OTHER_LIST = re.compile(
    r"\b(?:formulář\w*|formular\w*|p[řr][íi]lo[hz]\w*|tabu[lľ]\w*|attach\w*|"
    r"form|document\w*|table|spreadsheet|sheet|pdf|docx?|odt|xlsx?|"
    # the form or attachment in the languages foreign media write in
    r"antrag\w*|anhang|anlage|tabelle|załącznik\w*|zalacznik\w*|formularz\w*|wniosk\w*|"
    r"wniosek|mellékle\w*|űrlap\w*|modulo|allegat[oi]|formulaire|pièce\s+jointe|"
    r"formulario|adjunto|bijlage|formulier|bilaga|blankett\w*|vedlegg\w*)\b",
    re.IGNORECASE,
)
"""The other text of the submission the list is in (the form, the attachment, the table)."""


def _additions_last(mentions: Mentions) -> Mentions:
    """The mentions in reading order, an address that a text adds to the list of another
    text ("k adresám ve formuláři přidejte ještě A", "please add A to the attached form")
    after that list: an addition appends, the form's own order comes first."""
    blocks = {id(b) for b, _ in mentions}
    if len(blocks) < 2:
        return mentions

    def adds(b: Block, m: Mention) -> bool:
        line = _line_text(b, m.line)
        return bool(_ADDS_TO.search(line) and _OTHER_LIST.search(line))

    added = [adds(b, m) for b, m in mentions]
    if not any(added) or all(added):
        return mentions
    return [bm for bm, a in zip(mentions, added, strict=True) if not a] + [
        bm for bm, a in zip(mentions, added, strict=True) if a
    ]


def _attachment_placed(mentions: Mentions) -> Mentions:
    """"Server A jsme zrušili, nahradil ho B. Platí jen příloha." with the attachment listing
    "Produkční: C", "Produkční: B": an address the new text names with no use of its own
    while an attachment lists it with a use is read at the attachment's place (LABELS.md:
    the order written, here the list's), not ahead of the list."""
    listed = {
        a: k
        for k, (b, m) in enumerate(mentions)
        if b.kind is Kind.ATTACHMENT and m.role is not None
        for a in m.addresses
    }
    if not listed:
        return mentions
    moved = {
        k: max(listed[a] for a in m.addresses)
        for k, (b, m) in enumerate(mentions)
        if b.kind is Kind.OWN and m.role is None and m.addresses and all(a in listed for a in m.addresses)
    }
    if not moved:
        return mentions
    out: list[tuple[Block, Mention]] = []
    for k, bm in enumerate(mentions):
        if k not in moved:
            out.append(bm)
        out.extend(mentions[j] for j, at in moved.items() if at == k)
    return out


def _sources_differ(group: Mentions) -> bool:
    """Two texts of the submission (the body and an attachment, two attachments) give one
    use different addresses: which list the applicant means is the officer's call."""
    sources: dict[str, set[IPAddress]] = {}
    for b, m in group:
        if m.addresses:
            sources.setdefault(b.component, set()).update(m.addresses)
    return len({frozenset(v) for v in sources.values()}) > 1


_ONLY_VALID = re.compile(
    r"\b(?:jen|pouze|len|iba|only)\b.{0,40}?\b(?:plat[ií]|platn|valid|spr[aá]vn|aktu[aá]ln|current|final)"
    r"|\b(?:plat[ií]|valid|spr[aá]vn[aáyý]?|aktu[aá]ln[ií]|current)\b.{0,12}?\b(?:jen|pouze|len|iba|only)\b",
    re.IGNORECASE | re.DOTALL,
)
"""The words naming the one valid thing ("platí jen …", "only … is valid")."""
_DISOWN = re.compile(
    r"\b(?:nepla[tť][ií]|neplatn|neberte|nebera|ignor|disregard|outdated|obsolete|star[aáé]\s+verz"
    r"|old\s+version|omylem|by\s+mistake|omylom|zastaral)",
    re.IGNORECASE,
)


def _other_file_by_type(sentence: str, files: set[str]) -> bool:
    """The sentence names another of the files by its type ("adresy v PDF už neplatí -
    platí ty v tabulce IP.xlsx"): which clause says what of which file is read apart."""
    low = sentence.lower()
    for f in files:
        ext = f.rsplit(".", 1)[-1].lower() if "." in f else ""
        if len(ext) >= 3 and re.search(rf"(?<![\w.]){re.escape(ext)}(?!\w)", low):
            return True
    return False


def _without_disowned(blocks: list[Block]) -> tuple[list[Block], set[str]]:
    """The blocks without the attached files the new text disowns: a file it names in a
    sentence saying the file is invalid or not to be considered, or every other file when a
    sentence names one file as the only valid one. Returns the names disowned."""
    files = {b.component for b in blocks if b.kind is Kind.ATTACHMENT}
    if len(files) < 2:
        return blocks, set()
    own = "\n".join(b.text for b in blocks if b.kind is Kind.OWN)
    disowned: set[str] = set()
    for sentence in re.split(r"(?<=[.!?;])\s+|\n", own):
        named = {f for f in files if f.rsplit("/", 1)[-1].lower() in sentence.lower()}
        if len(named) != 1 or _other_file_by_type(sentence, files - named):
            continue  # two files in one sentence: its clauses are read apart (below)
        if _ONLY_VALID.search(sentence):
            disowned |= files - named
        elif _DISOWN.search(sentence):
            disowned |= named
    if not disowned:
        # the files named by what tells them apart ("platí ten s rokem 2025", "verze 1
        # je jen pro srovnání", "platí formulář"): two versions of the form, a letter and a
        # form; said by the covering text, else by one of the documents ("pokud se údaje v
        # dopise a ve formuláři liší, platí formulář")
        order = list(dict.fromkeys(b.component for b in blocks if b.kind is Kind.ATTACHMENT))
        texts = {f: "\n".join(b.text for b in blocks if b.component == f) for f in order}
        for said, terse in ([(own, False)] if own else []) + [(texts[f], True) for f in order]:
            disowned = disowned_files(said, order, lambda f: bool(find_ips(texts[f])), terse)
            if disowned:
                break
    if not disowned or disowned == files:
        return blocks, set()
    return [b for b in blocks if b.component not in disowned], disowned


def _ip_fields(ips: _Ips, texts: _Texts, withdrawn: _Withdrawn) -> dict[str, FieldValue]:
    """The address fields, unsure where a default use or a use taken back is in doubt."""
    fields = ips.fields(withdrawn.unsure)
    if _default_role_in_doubt(ips, texts):
        fields["production_ips"] = dataclasses.replace(
            fields["production_ips"], certain=False, reason=Reason.UNPLACED
        )
    for key in _uses_taken_back(ips, texts) + _uses_said_absent(ips, texts):
        fields[key] = dataclasses.replace(fields[key], certain=False, reason=Reason.WITHDRAWN)
    unstated = [(b, m) for b, m in ips.production if m.role is None]
    if fields.get("production_ips") and fields["production_ips"].certain and _apart(unstated):
        fields["production_ips"] = dataclasses.replace(
            fields["production_ips"], certain=False, reason=Reason.UNPLACED
        )
    return fields


def _apart(group: Mentions) -> bool:
    """The safety net of addresses of no stated use, counted as production: they stand in
    two sections of one text (a blank line between them, as between the sheets of a
    spreadsheet or two tables), and each section may be a list of its own use whose name
    was lost or never written."""
    for b, m in group:
        for b2, m2 in group:
            if b is b2 and m.line < m2.line:
                if any(m.line < ln.no < m2.line and not ln.text.strip() for ln in b.lines):
                    return True
    return False


def _default_role_in_doubt(ips: _Ips, texts: _Texts) -> bool:
    """Addresses without a stated use count as production; when the text also speaks of
    testing, that default may be wrong."""
    if not any(m.role is None for _, m in ips.production):
        return False
    return any(mentions_test(b.text) for b in texts.written)


_TAKE_BACK = re.compile(
    # the lookahead of the words' first letters only makes the search quick
    r"(?=[dinvz])\b(?:nepovo[lľ]|nepou[zž][ií]v|neuv[aá]d[eě]j|nezad[aá]v|neaktiv|nenastav|ignor|vynechte"
    r"|nebert|neberte|zru[sš]te|nepla[tť][ií]|neplat[ií]"
    r"|do\s+not\s+(?:use|allow|enable|add|set\s+up|whitelist|configure)"
    r"|don'?t\s+(?:use|allow|enable|add|set\s+up|whitelist|configure)"
    r"|disregard|no\s+longer\s+(?:valid|in\s+use|needed))",
    re.IGNORECASE,
)
"""A word taking back, refusing or cancelling something (Czech, Slovak, English)."""
_PRODUCTION_WORD = re.compile(r"\b(?:produk[cč]|ostr[ýyéeá]|production|live)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")


def _uses_said_absent(ips: _Ips, texts: _Texts) -> list[str]:
    """The address fields of a use the new text says it has or needs none of ("testovací
    tentokrát nepotřebujeme", "no test server yet") while some text gives addresses of it:
    the rival readings stand against each other, the officer decides (the forwarder's note
    too, when the forwarded application is read as the primary text)."""
    own = texts.own_text
    absent = absent_uses(own) if own else set()
    uses = (("production_ips", ips.production, Role.PRODUCTION), ("test_ips", ips.test, Role.TEST))
    return [key for key, group, role in uses if group and role in absent]


def _uses_taken_back(ips: _Ips, texts: _Texts) -> list[str]:
    """The uses whose addresses come only from an attachment while the new text, naming no
    address, takes that use back in a sentence ("the test address in the form - please do
    not allow it"): unsure, the officer decides (the wording alone never removes them)."""
    own = " ".join(b.text for b in texts.written if b.kind is Kind.OWN)
    if not _TAKE_BACK.search(own):
        return []
    sentences = [s for s in _SENTENCE_END.split(" ".join(own.split())) if _TAKE_BACK.search(s)]
    sentences = [s for s in sentences if not find_ips(s)]
    out: list[str] = []
    for key, group in (("production_ips", ips.production), ("test_ips", ips.test)):
        named = (
            (lambda s: bool(_PRODUCTION_WORD.search(s)))
            if key == "production_ips"
            else mentions_test
        )
        if group and all(b.kind is Kind.ATTACHMENT for b, _ in group) and any(
            named(s) for s in sentences
        ):
            out.append(key)
    return out


_AGE = {Kind.FORWARDED: 0, Kind.ATTACHMENT: 1, Kind.OWN: 3, Kind.SIGNATURE: 3}
"""The order in which the texts of a message were written: a forwarded application, the
attached form, the subject and the new text (which may take back what the others ask)."""


def _request_types(
    parsed: ParsedMessage, texts: _Texts, mentions: Mentions, office: Office
) -> tuple[tuple[str, ...], Reason | None]:
    """Request types from the applicant's texts, oldest first (never the office's own text
    in a forward)."""
    blocks = texts.written + [b for b in texts.forwarded if not _from_office(b, office)]
    blocks.sort(key=lambda b: _AGE.get(b.kind, 1))

    def part(b: Block) -> rt.Part:
        if b.component == "envelope:dmAnnotation" and "\n" not in b.text.strip():
            return rt.Part.SUBJECT  # a data message's one-line annotation is its title
        return rt.Part.SIGNATURE if b.kind is Kind.SIGNATURE else rt.Part.TEXT

    pieces = [(b.text, part(b)) for b in blocks if _AGE.get(b.kind, 1) < 2]
    pieces += [(parsed.subject, rt.subject_part(parsed.subject))]
    pieces += [(b.text, part(b)) for b in blocks if _AGE.get(b.kind, 1) >= 2]
    types = rt.request_types(pieces, bool(mentions))
    earlier = [b for b in texts.original if b.kind is Kind.QUOTED or b in texts.attached]
    quoted = [(b.text, rt.Part.TEXT) for b in earlier if b not in blocks]
    if quoted:
        # the quoted original the new text refers to, or the applicant's own e-mail attached
        # to the new one (sent again): what it asks for and the new text does not take back
        # still counts, never for certain
        with_original = rt.request_types(quoted + pieces, bool(mentions))
        if with_original[0] != types[0]:
            return with_original[0], Reason.ORIGINAL
    restated = [(b.text, rt.Part.TEXT) for b in texts.restated if b not in blocks]
    if not types[0] and restated:
        # an answer to the office's notice naming no request ("ostatní údaje platí"): the
        # request the notice restates of the application, never for certain
        with_notice = rt.request_types(restated + pieces, bool(mentions))
        if with_notice[0]:
            return with_notice[0], Reason.ORIGINAL
    if types[1] is None and _reply_over_application(texts, blocks, pieces, mentions, types[0]):
        return types[0], Reason.ORIGINAL
    return types


def _reply_over_application(
    texts: _Texts,
    blocks: Sequence[Block],
    pieces: Sequence[tuple[str, rt.Part]],
    mentions: Mentions,
    types: tuple[str, ...],
) -> bool:
    """A reply whose own words ("ano, i natáčení") give other request types than those read
    with the addresses of the applicant's quoted application: the reply alone does not say
    what the application asks for, never for certain."""
    if not texts.applicants or not mentions or any(b in blocks for b, _ in mentions):
        return False
    asks = rt.request_types([(b.text, rt.Part.TEXT) for b in texts.applicants], True)[0]
    return bool(asks) and rt.request_types(pieces, False)[0] != types


def _organization(parsed: ParsedMessage, texts: _Texts, office: Office) -> dict[str, FieldValue]:
    """Name, IČO and data-box ID from the text, else from the data-box envelope."""
    out: dict[str, FieldValue] = {}
    databox = parsed.channel is Channel.DATABOX
    # the office's quoted message restating the application, adopted by the new text ("ostatní
    # údaje platí"): its applicant and IČO are the applicant's word, unsure
    earlier = texts.forwarded + (texts.original or _applicants_quoted(texts.quoted, office)) + texts.restated
    name = _fullest_organization(
        find_organization(texts.written, office_ico=office.ico), earlier, office.ico
    )
    envelope_name = parsed.envelope.get("dmSender") if databox else None
    raw_name = name
    if name is None and not envelope_name:
        name = org_from_subject(parsed.subject, [])
    name = natural_person_of_trade(beside_envelope(name, envelope_name, texts.written), texts.written)
    if name is not None:
        out["organization.name"] = dataclasses.replace(_field(name), line=name.line or None)
    column_ico, column_box = ids_in_columns(texts.written, office.ico, office.databox_id)
    ico = find_ico(texts.written, office) or column_ico
    ico = ico or _unsure(find_ico(earlier, office)) or ico_beside_name(texts.written, office.ico)
    if ico is not None and ico.certain and third_party_at(texts.written, ico):
        ico = dataclasses.replace(ico, certain=False, reason=Reason.OTHER_ORGANIZATION)
    if ico is not None and not ico.certain and name is not None and ico.reason is not Reason.CORRECTED:
        ico = ico_after_name(texts.written, name, office.ico) or ico  # the applicant's own
    if (name is None or not name.certain) and ico is not None and ico.certain:
        owner = owner_written_apart(texts.written, ico)  # the number's owner, not its brand
        if owner is not None and (name is None or not same_organisation(owner.value, name.value)):
            name = owner
            out["organization.name"] = _field(owner)
    if ico is None and parsed.subject:
        subject = Block("header:Subject", Kind.OWN, (Line(1, parsed.subject),))
        ico = _unsure(find_ico([subject], office), Reason.HEADER)
    if ico is None and databox and parsed.envelope.get("dbIDSender"):
        env_ico = parsed.envelope.get("dmSenderIdent") or parsed.envelope.get("ic")
        if env_ico:
            ico = Hit(env_ico, "envelope", 0)
    ico = ico or ico_without_zeros(texts.written, office) or ico_mangled_label(texts.written, office)
    ico = ico or ico_answered(texts.written, texts.quoted, office)
    other = None
    if ico is not None and name is not None and ico.reason is not Reason.CHECKSUM:
        own = applicants_ico(texts.written, ico, name.value, office.ico)
        other, ico = (ico, None) if own is None else (None, own)
        if ico is not None and ico.reason is not Reason.CHECKSUM:
            ico = client_ico_over_signature(texts.written, earlier, ico, name, office.ico) or ico
    if other is not None:
        # another organisation's number beside its own name: never the applicant's IČO
        why = f"{Reason.OTHER_ORGANIZATION}: {other.value}"
        out["organization.ico"] = FieldValue(None, other.component, other.line or None, False, why)
        out |= _envelope_beside_other(out, other)
    elif ico is not None and ico.reason is Reason.CHECKSUM:
        # a number that fails the checksum is not an IČO: the officer sees it, not the record
        why = f"{Reason.CHECKSUM}: {ico.value}"
        out["organization.ico"] = FieldValue(None, ico.component, ico.line or None, False, why)
    elif ico is not None:
        out["organization.ico"] = FieldValue(
            ico.value, ico.component, ico.line or None, ico.certain, ico.reason
        )
    out |= _client_over_writer(out, texts.written + earlier, office.ico)
    out |= _forwarder_over_writer(out, texts, office)
    out |= _forwarders_own_ico(out, texts, office)
    out |= _passed_on_applicant(out, texts, office)
    out |= _applicant_corrected(out, texts.written, office.ico)
    if databox and parsed.sender:
        # a representative's box (an attorney, an agency) sends for a client: the sender's
        # box may be the agent's, not the applicant's
        agent = any(_CLIENT_BOX.search(b.text) for b in texts.written) or other is not None
        unsure = Reason.OTHER_ORGANIZATION if agent else None
        out["organization.databox_id"] = FieldValue(parsed.sender, "envelope", None, not agent, unsure)
        out |= _sent_from_anothers_box(out, parsed, texts, office, raw_name)
        out |= _agents_box(out, parsed, texts, office)
    else:
        box = find_databox(texts.written, office)
        box = column_box if column_box and not (box and box.certain) else box
        box = box or _unsure(find_databox(earlier, office))
        applicant_ico = out["organization.ico"].value if "organization.ico" in out else None
        if box is not None and box_of_another(texts.written, box, applicant_ico, office.ico):
            box = None  # a representative's own box in its signature, beside its own IČO
        if box is not None:
            out["organization.databox_id"] = _field(box)
    return out


_ANOTHERS_BOX = re.compile(
    r"mate[řr]sk\w*\s+spole[čc]nost|dce[řr]in\w*\s+spol|mat[eě]rsk\w*\s+spolo[čc]nos|dc[ée]rsk\w*\s+spolo[čc]nos"
    r"|\bnem[áa]\w*\s+(?:z[řr]ízen\w*\s+|zriaden\w*\s+)?(?:vlastn\w*\s+)?d[áa]tov\w*\s+schr[áa]nk"
    r"|\bparent\s+(?:company|firm|group)|\bsubsidiar(?:y|ies)\b|\bno\s+data\s+box\s+of\s+its\s+own"
    r"|\b(?:does|do)\s+not\s+have\s+(?:its|their|our|a)\s+(?:own\s+)?data\s+box"
    r"|muttergesellschaft|tochtergesellschaft|kein\w*\s+eigen\w*\s+datenpostfach"
    r"|sp[óo][łl]k\w*\s+(?:matk|zale[żz]n|c[óo]rk|dominuj)|nie\s+posiada\w*\s+w[łl]asn\w*\s+skrzynk"
    r"|anyav[áa]llalat|le[áa]nyv[áa]llalat|soci[ée]t[ée]\s+m[èe]re"
    r"|schr[áa]nk\w*\s+(?:na[šs]\w*\s+|cel[ée]\s+)?(?:skupin|holding|koncern)"
    r"|\bgroup'?s\s+(?:data\s+)?box|\bdata\s+box\s+of\s+(?:our|the)\s+(?:group|holding)"
    r"|postfach\s+(?:unserer|der)\s+(?:gruppe|holding|konzern)|skrzynk\w*\s+(?:naszej\s+)?grup",
    re.IGNORECASE,
)
"""Words saying that a data message is sent from another entity's box: a parent company or
a subsidiary named ("mateřská společnost", "dceřiná společnost", "parent company",
"Muttergesellschaft", "spółka matka", "anyavállalat"), or the applicant having no box of its
own ("nemá zřízenu vlastní datovou schránku", "has no data box of its own")."""


_APPLICANT_BEFORE = re.compile(
    r"(?:dce[řr]in\w*|dc[ée]rsk\w*|subsidiar\w*|tochter\w*|zale[żz]n\w*|c[óo]rk\w*|le[áa]nyv[áa]llalat\w*|"
    r"filiale|[žz]adatel\w*|[žz]iadate[ľl]\w*|applicant|antragsteller\w*|wnioskodawc\w*)"
    r"[^\w\n]+(?:[^\W\d_]+[^\w\n]+){0,2}$",
    re.IGNORECASE,
)
"""The words right before a name that make it the applicant or the subsidiary ("žadatelem je
však dceřiná společnost ", "Applicant: ", "our subsidiary ")."""


def _owner_said_applicant(blocks: Sequence[Block], owner: str) -> bool:
    """Whether the text names the box's registered owner as the applicant or as the
    subsidiary ("jsme součástí skupiny X a.s., žadatelem je dceřiná společnost <owner>")."""
    key = owner.casefold()
    for b in blocks:
        for ln in b.lines:
            low = ln.text.casefold()
            at = low.find(key)
            while at >= 0:
                if _APPLICANT_BEFORE.search(low, max(0, at - 60), at):
                    return True
                at = low.find(key, at + 1)
    return False


def _sent_from_anothers_box(
    out: Mapping[str, FieldValue], parsed: ParsedMessage, texts: _Texts, office: Office, raw_name: Hit | None
) -> dict[str, FieldValue]:
    """A data message sent from a box registered to another entity than the applicant the
    text names (a parent company, a publisher sending for its station): the sender's box is
    not the applicant's (LABELS.md). The text's applicant differs from the box's registered
    name, and the text says so ("mateřská společnost", "parent company", "nemá vlastní
    datovou schránku") or writes a box ID of its own: that ID, else none; the applicant is
    the text's organisation, not the box's owner. Never for certain (BOX_OF_ANOTHER)."""
    owner = parsed.envelope.get("dmSender") or ""
    if raw_name is None or not owner or same_organisation(raw_name.value, owner):
        return {}
    if _owner_said_applicant(texts.written, owner):
        return {}  # "žadatelem je dceřiná společnost <the box's owner>": the owner applies
    own = find_databox(texts.written, office)
    if own is not None and own.value == parsed.sender:
        return {}  # the text writes the sender's box as its own
    ico = out["organization.ico"].value if "organization.ico" in out else None
    if own is not None and box_of_another(texts.written, own, ico, office.ico):
        own = None
    if (
        not any(_ANOTHERS_BOX.search(b.text) for b in texts.written)
        and not _persons_box_for_firm(parsed, raw_name)
        and not (own is not None and _box_beside_applicant(out, texts.written, own, raw_name))
    ):
        if own is None:
            # the box's registered owner is not the text's applicant and the text says
            # nothing of it (a town's box sending its TV company's file): kept, unsure
            why_kept = f"{Reason.BOX_OF_ANOTHER}: {owner}"
            return {"organization.databox_id": FieldValue(parsed.sender, "envelope", None, False, why_kept)}
        return {}  # a partner's box the text mentions ("Server provozuje partner X (ID DS: …)")
    why = Reason.BOX_OF_ANOTHER
    if own is None:
        res = {"organization.databox_id": FieldValue(None, "envelope", None, False, f"{why}: {parsed.sender}")}
    else:
        res = {"organization.databox_id": FieldValue(own.value, own.component, own.line, False, why)}
    name = out.get("organization.name")
    if name is not None and (name.component == "envelope" or same_organisation(str(name.value), owner)):
        if raw_name.component.startswith("envelope"):  # the annotation's words lead it ("Žádost X s.r.o.")
            body = [b for b in texts.written if not b.component.startswith("envelope")]
            raw_name = find_organization(body, office_ico=office.ico) or raw_name
        res["organization.name"] = FieldValue(raw_name.value, raw_name.component, raw_name.line, False, why)
        theirs = ico_after_name(texts.written, raw_name, office.ico)  # the applicant's own, not the owner's
        if theirs is not None and theirs.value != ico:
            res["organization.ico"] = FieldValue(theirs.value, theirs.component, theirs.line, False, why)
    return res


def _box_beside_applicant(out: Mapping[str, FieldValue], blocks: Sequence[Block], box: Hit, raw_name: Hit) -> bool:
    """Whether the box ID the text writes stands on the line of the applicant read from the
    text or in the three lines below its name ("Deník Polabí s.r.o., ID DS: p7lb3ka" signing
    a message sent from the parent's box): the applicant's own box, so the sender's is
    another's. Not where the applicant read is the envelope's (a partner named in the text
    with its box: "run by our partner X s.r.o. (data box ID: …)")."""
    name = out.get("organization.name")
    if name is None or name.component == "envelope" or not same_organisation(str(name.value), raw_name.value):
        return False
    key = str(raw_name.value).casefold()
    for b in blocks:
        if b.component != box.component:
            continue
        nos = [i for i, ln in enumerate(b.lines) if ln.no == box.line]
        if nos:
            near = b.lines[max(0, nos[0] - 3) : nos[0] + 1]
            return any(key in ln.text.casefold() for ln in near)
    return False


def _persons_box_for_firm(parsed: ParsedMessage, raw_name: Hit) -> bool:
    """Whether a natural person's own box (its ISDS type, or a registered name that is a
    person's) sends for an organisation the text names that is no person and does not carry
    the person's name (a managing director, an employee writing from a private box): the box
    is the person's, not the applicant's (LABELS.md)."""
    owner = person_name(parsed.envelope.get("dmSender") or "")
    persons_box = parsed.envelope.get("dmSenderType", "").startswith(_PERSONS_BOX)
    if owner is None and not persons_box:
        return False
    text_name = str(raw_name.value)
    if person_name(text_name) is not None or not has_legal_form(text_name):
        return False  # a person under their own name or a trade name: maybe their own box
    return owner is None or _fold_name(owner) not in _fold_name(text_name)


def _envelope_beside_other(out: Mapping[str, FieldValue], other: Hit) -> dict[str, FieldValue]:
    """The box's registered name taken for the applicant while the text gives another
    organisation's IČO beside its own name ("Za dceřinou společnost Rádio Střed s.r.o., IČO
    …" sent from the parent's box): the box may be the sender's, not the applicant's; the
    name and the box stay, unsure (OTHER_ORGANIZATION)."""
    name = out.get("organization.name")
    if name is None or not name.certain or name.component != "envelope":
        return {}
    why = f"{Reason.OTHER_ORGANIZATION}: {other.value}"
    return {"organization.name": dataclasses.replace(name, certain=False, reason=why)}


def _applicant_corrected(out: Mapping[str, FieldValue], blocks: Sequence[Block], office_ico: str) -> dict[str, FieldValue]:
    """The applicant the writer's own text puts in place of the one read ("žadatelem není X,
    ale Y s.r.o."): its name and the IČO written after it, both unsure; no other IČO stays."""
    name = out.get("organization.name")
    new = corrected_applicant(blocks, str(name.value)) if name is not None and name.value else None
    if new is None:
        return {}
    ico = ico_after_name(blocks, new, office_ico)
    why = Reason.CORRECTED
    return {
        "organization.name": _field(new),
        "organization.ico": FieldValue(ico.value if ico else None, new.component, new.line, False, why),
    }


def _client_over_writer(
    out: Mapping[str, FieldValue], blocks: Sequence[Block], office_ico: str
) -> dict[str, FieldValue]:
    """The organisation the text applies for with its IČO (``client_with_ico``) against
    another read as the applicant: a name from a signature or from weaker evidence is the
    writer's own firm's (a contractor, an agency), so the client's name and number replace
    it (unsure); a name said for certain elsewhere stays, in doubt (OTHER_ORGANIZATION)."""
    name = out.get("organization.name")
    client = client_with_ico(blocks, office_ico) if name is not None else None
    if client is None or name is None or same_organisation(client[0].value, str(name.value)):
        return {}
    if name.certain and name.component == "envelope" and _CLIENT_BOX.search(_hit_line(blocks, client[0])):
        # the box's owner writes for its client ("jménem našeho klienta, společnosti X s.r.o.,
        # IČO …"): the owner is the agent, the client applies (unsure, a sentence read)
        return {"organization.name": _field(client[0]), "organization.ico": _field(client[1])}
    if name.certain and not in_signature(blocks, name.component, name.line):
        why = Reason.OTHER_ORGANIZATION
        return {k: dataclasses.replace(v, certain=False, reason=why) for k, v in out.items() if k != "organization.databox_id"}
    return {"organization.name": _field(client[0]), "organization.ico": _field(client[1])}


def _hit_line(blocks: Sequence[Block], hit: Hit) -> str:
    """The text of the line ``hit`` was read from ("" when none)."""
    for b in blocks:
        if b.component == hit.component:
            for ln in b.lines:
                if ln.no == hit.line:
                    return ln.text
    return ""


def _agents_box(out: Mapping[str, FieldValue], parsed: ParsedMessage, texts: _Texts, office: Office) -> dict[str, FieldValue]:
    """A data message whose box's owner writes for its client (``_client_over_writer`` put the
    client in the owner's place) and names itself in the text (a contractor's letterhead
    "X s.r.o., … IČO …"): the box is the agent's, not the applicant's (LABELS.md); the
    client's own box where the text writes one, else none (unsure, BOX_OF_ANOTHER). An owner
    the text does not name keeps its box, unsure (the officer sees whose it is)."""
    name, owner = out.get("organization.name"), parsed.envelope.get("dmSender") or ""
    if name is None or not name.value or name.component == "envelope" or not owner:
        return {}
    if name.reason != Reason.OTHER_ORGANIZATION or same_organisation(str(name.value), owner):
        return {}
    if not any(_CLIENT_BOX.search(b.text) for b in texts.written):
        return {}
    if not any(_named_in(owner, b.text) for b in texts.written):
        return {}
    own = find_databox(texts.written, office)
    if own is not None and own.value != parsed.sender:
        return {"organization.databox_id": FieldValue(own.value, own.component, own.line, False, Reason.BOX_OF_ANOTHER)}
    why = f"{Reason.BOX_OF_ANOTHER}: {parsed.sender}"
    return {"organization.databox_id": FieldValue(None, "envelope", None, False, why)}


def _forwarder_over_writer(out: Mapping[str, FieldValue], texts: _Texts, office: Office) -> dict[str, FieldValue]:
    """A note passing on another's message (an IT contractor's, a host's) as the application:
    the note's writer applies. An organisation the note names with its IČO (in its text or
    its signature) replaces the forwarded writer's own firm (unsure), unless the note says it
    acts for a client."""
    name = out.get("organization.name")
    if not texts.note or name is None or _in_blocks(texts.note, name.component, name.line):
        return {}
    note = "\n".join(b.text for b in texts.note)
    if _AGENT.search(note) or _PASSES_ON.search(note):
        return {}
    own, ico = find_organization(texts.note, office_ico=office.ico), find_ico(texts.note, office)
    if own is None or same_organisation(own.value, str(name.value)):
        return {}
    why = Reason.OTHER_ORGANIZATION
    if ico is None or ico.reason is Reason.CHECKSUM:
        # no IČO that checks: a firm the note names with its legal form is still the writer's
        # own outlet ("Pilsen Daily s.r.o. asks … our supplier's details are forwarded below")
        if legal_name_in(own.value) != own.value:
            return {}
        return {"organization.name": _field(dataclasses.replace(own, certain=False, reason=own.reason or why))}
    return {
        "organization.name": _field(dataclasses.replace(own, certain=False, reason=own.reason or why)),
        "organization.ico": _field(dataclasses.replace(ico, certain=False, reason=ico.reason or why)),
    }


def _passed_on_applicant(out: Mapping[str, FieldValue], texts: _Texts, office: Office) -> dict[str, FieldValue]:
    """A cover passing on another's application (an agency, a contractor: ``_PASSES_ON``,
    ``_AGENT``) read as the text itself (it changes a value: "testovací IP je …, ne …"): the
    organisation it names is the writer's own firm; the one the passed-on message (attached
    or forwarded) names with its IČO applies. Its name and number replace the cover's,
    unsure (OTHER_ORGANIZATION)."""
    name = out.get("organization.name")
    passed = texts.attached + [b for b in texts.forwarded if not _from_office(b, office)]
    if name is None or not passed or not _in_blocks(texts.written, name.component, name.line):
        return {}
    own = texts.own_text
    agent = _AGENT.search(own) is not None
    if not own or not (agent or _PASSES_ON.search(own)) or (not agent and _ASKS_ITSELF.search(own)):
        return {}
    theirs = find_organization(passed, office_ico=office.ico)
    if theirs is None or same_organisation(theirs.value, str(name.value)):
        return {}
    if not _named_in(theirs.value, own) and not (agent and _CLIENTS_OWN.search(own)):
        return {}  # "za našeho klienta přeposílám jeho žádost": the client's own message passed on
    ico = ico_after_name(passed, theirs, office.ico)
    if ico is None or ico.reason is Reason.CHECKSUM:
        return {}
    why = Reason.OTHER_ORGANIZATION
    return {
        "organization.name": _field(dataclasses.replace(theirs, certain=False, reason=theirs.reason or why)),
        "organization.ico": _field(dataclasses.replace(ico, certain=False, reason=ico.reason or why)),
    }


_CLIENTS_OWN = re.compile(
    r"(?i)(?<!\w)(?:jeho|její|jeji|jejich|jej|ich|their|his|her|its|ihr\w*|jego|ich|leur|sa|son)\s+"
    r"(?:původní\s+|puvodni\s+|pôvodn\w+\s+|original\s+|own\s+)?"
    r"(?:žádost\w*|zadost\w*|žiadosť\w*|ziadost\w*|e-?mail\w*|zpráv\w*|zprav\w*|správ\w*|sprav\w*|"
    r"request\w*|application\w*|message\w*|mail|antrag\w*|nachricht\w*|wniosek\w*|wiadomoś\w*|demande\w*)"
)
"""The client's own request or message, passed on by its agent ("přeposílám jeho žádost",
"forwarding their request", "leite ihren Antrag weiter"): the client named there applies."""
_ASKS_ITSELF = re.compile(
    r"(?i)(?<!\w)(?:žádáme|zadame|žádám|zadam|žiadame|ziadame|žiadam|ziadam|"
    r"we\s+(?:would\s+like\s+to\s+|hereby\s+)?(?:request|apply|ask\s+for)|"
    r"wir\s+beantragen|beantragen\s+wir|wnioskujemy|prosimy\s+o|nous\s+demandons)(?!\w)"
)
"""A cover's writer asking in the first person ("žádáme o přístup", "we request"): the
writer's own firm applies, the message it passes on is a supplier's."""


def _named_in(name: str, text: str) -> bool:
    """Whether ``text`` names the organisation ``name`` by the longest word of its own (not its
    legal form): "pro TV Podlužan" names "TV Podlužan, s.r.o."."""
    words = [w for w in re.findall(r"[^\W\d_]{4,}", name) if not w.islower()]
    if not words:
        return False
    word = max(words, key=len)
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE) is not None


def _forwarders_own_ico(out: Mapping[str, FieldValue], texts: _Texts, office: Office) -> dict[str, FieldValue]:
    """A note passing on another's application (an agency, a contractor: ``_PASSES_ON``)
    gives its own firm's IČO beside its name, while the forwarded writer applies: the number
    is the note's firm's, never the applicant's; the officer sees it (OTHER_ORGANIZATION)."""
    name, ico = out.get("organization.name"), out.get("organization.ico")
    if not texts.note or name is None or ico is None or not isinstance(ico.value, str):
        return {}
    if not _in_blocks(texts.note, ico.component, ico.line) or _in_blocks(texts.note, name.component, name.line):
        return {}
    own = find_organization(texts.note, office_ico=office.ico)
    if own is None or same_organisation(own.value, str(name.value)):
        return {}
    theirs = ico_after_name(texts.note, own, office.ico)
    if theirs is None or theirs.value != ico.value:
        return {}
    why = f"{Reason.OTHER_ORGANIZATION}: {ico.value}"
    return {"organization.ico": FieldValue(None, ico.component, ico.line, False, why)}


def _forwarders_details(
    fields: Mapping[str, FieldValue], texts: _Texts, parsed: ParsedMessage, office: Office
) -> dict[str, FieldValue]:
    """A note passing on a message its writer got from another firm (a supplier, a host):
    the note names the applicant, so the forwarded writer's e-mail and phone are that
    firm's. The note's own details replace them, else the sender's address (unsure); the
    forwarded writer's phone is dropped."""
    name = fields.get("organization.name")
    if not texts.note or name is None or not _in_blocks(texts.note, name.component, name.line):
        return {}
    note_own = [b for b in texts.note if b.kind is Kind.OWN]
    note_sig = [b for b in texts.note if b.kind is Kind.SIGNATURE]
    mine = find_contact(note_own, note_sig, [], office)
    writers = find_organization(texts.written, office_ico=office.ico)
    if writers is None or same_organisation(writers.value, str(name.value)):
        return {}  # the forwarded writer names no firm, or the applicant's own
    if mine.phone is None and mine.email is None:
        return {}  # the note gives no details of its own: the forwarded writer may be the contact
    named = fields.get("contact.person")
    if (
        named is not None
        and named.value
        and mine.person is not None
        and _in_blocks(texts.note, named.component, named.line)
        and not one_person(str(named.value), mine.person.value)
    ):
        return {}  # the note names another person the contact ("pan Novotný z NetWise"): theirs
    if _named_in_note(named, mine.person, texts.note):
        return {}  # the note points to the forwarded writer by name ("p. Horváth z firmy WebPro")
    why = Reason.OTHER_ORGANIZATION
    out: dict[str, FieldValue] = {}
    keys = (("contact.person", mine.person), ("contact.email", mine.email), ("contact.phone", mine.phone))
    for key, hit in keys:
        old = fields.get(key)
        if old is None and hit is None:
            continue
        if old is not None and (_in_blocks(texts.note, old.component, old.line) or old.component == "header:From"):
            continue
        if hit is not None:
            out[key] = _field(dataclasses.replace(hit, certain=False, reason=hit.reason or why))
        elif key == "contact.email" and parsed.sender and "@" in parsed.sender:
            out[key] = FieldValue(parsed.sender.lower(), "header:From", None, False, Reason.HEADER)
        elif key == "contact.person" and (person := display_person(parsed.sender_name)):
            out[key] = FieldValue(person, "header:From", None, False, Reason.HEADER)
        elif old is not None:
            out[key] = FieldValue(None, old.component, old.line, False, f"{why}: {old.value}")
    return out


def _named_in_note(named: FieldValue | None, mine: Hit | None, note: Sequence[Block]) -> bool:
    """Whether the contact read from the forwarded part (not the note's writer, ``mine``) is
    one the note names by their surname ("p. Horváth z firmy WebPro … v podpise nižšie")."""
    if named is None or not named.value or named.component is None or named.component.startswith("header"):
        return False
    if _in_blocks(note, named.component, named.line) or (mine is not None and one_person(str(named.value), mine.value)):
        return False
    surname = str(named.value).split()[-1]
    return len(surname) > 2 and any(re.search(rf"(?<!\w){re.escape(surname)}(?!\w)", b.text) for b in note)


_WHO_KEYS = ("organization.name", "organization.ico", "contact.person", "contact.email", "contact.phone")


def _from_disowned(
    fields: Mapping[str, FieldValue], parsed: ParsedMessage, texts: _Texts, dropped: list[Block], office: Office
) -> dict[str, FieldValue]:
    """The cover calls an attached file's addresses old ("adresy v PDF už neplatí - platí ty
    v tabulce"): the file still names the applicant and the contact. A value the other texts
    lack is read from it too, unsure."""
    missing = [k for k in _WHO_KEYS if fields.get(k) is None or fields[k].value is None]
    if not dropped or not missing:
        return {}
    more = dataclasses.replace(texts, primary=texts.primary + dropped)
    found = _organization(parsed, more, office) | _contact(parsed, more, office)[1]
    why = Reason.DISOWNED_FILE
    return {
        k: dataclasses.replace(found[k], certain=False, reason=found[k].reason or why)
        for k in missing
        if k in found and found[k].value is not None
    }


def _in_blocks(blocks: Sequence[Block], component: str | None, line: int | None) -> bool:
    """The value was read from one of ``blocks``: its component, and its line among theirs (a
    note and the message it forwards share one body)."""
    return any(
        b.component == component and (line is None or any(ln.no == line for ln in b.lines))
        for b in blocks
    )


_AGENT = re.compile(
    r"\b(?:zastupuj(?:eme|i|u|ú|em|ete)|zastoupen[íi]|zastúpen[íi]\w*|zmocněn\w*|zmocnen\w*|"
    r"pln(?:é|e|ou)\s+moc\w*|splnomocnen\w*|(?:našeho|naseho|nášho|nasho)\s+klienta|"
    r"(?:pro|pre|jménem|jmenem|menom|za)\s+(?:našeho\s+|naseho\s+|nášho\s+|nasho\s+|svého\s+|sveho\s+)?klienta|we\s+represent|"
    r"our\s+client\w*|(?:for|of)\s+(?:a|the)\s+client)\b",
    re.IGNORECASE,
)
"""Words of acting for another ("zastupujeme", "v zastoupení", "plná moc", "našeho klienta",
"we represent", "our client"): the IČO written may be the agent's, not the applicant's."""

_PASSES_ON = re.compile(
    # a supplier naming whom it serves: "jsme dodavatel IT pro Rádio X", "we are the hosting
    # provider for X", "wir sind IT-Dienstleister für X", "jesteśmy dostawcą IT dla X"
    r"(?=[jswnapfltzüembf])\b(?:(?:jsme|sme|we\s+are|we['’]re|wir\s+sind|jesteśmy|jestesmy|nous\s+sommes|jako|ako|as)"
    r"\s+(?:(?:the|their|a|an|její|jejich|ich|ihr\w*|leur)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:dodavatel\w*|dodávateľ\w*|dodavatel|poskytovatel\w*|správc\w*|supplier|contractor|provider|"
    r"vendor|host|[\w-]*dienstleister|lieferant|dostawc\w*|prestataire|fournisseur|administrator\w*)"
    r"(?:\s+(?:IT|ICT|služeb|sluzeb|hostingu|serverů|serveru|webu))?\s+(?:pro|pre|for|für|fur|dla|de|du|pour)\s+"
    r"(?-i:[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽĽŁŚŻ\"„])"
    # passing on the applicant's own request: "přeposílám jejich žádost", "we pass on their
    # request", "leite ihren Antrag weiter", "przekazuję ich wniosek", "je transmets leur demande"
    r"|(?:přeposíl\w*|přeposl\w*|preposíl\w*|preposiel\w*|preposl\w*|forward\w*|pass\w*\s+on|"
    r"leite\w*|przekaz\w*|przesył\w*|przesyl\w*|transmet\w*|zasíl\w*|"
    # sending it on: "posíláme jeho žádost", "we send you its application", "senden Ihnen
    # seinen Antrag", "wysyłamy jego wniosek", "nous vous envoyons sa demande"
    r"posíl\w*|posil\w*|pošl\w*|posl\w*|posiel\w*|zasiel\w*|send\w*|schick\w*|übersend\w*|"
    r"übermittel\w*|wysył\w*|wysyl\w*|envoy\w*|attach\w*|"
    # enclosing it: "přikládáme jeho zprávu", "we enclose their message", "fügen seine Nachricht
    # bei", "załączamy jego wiadomość"
    r"přikládá\w*|prikláda\w*|priklada\w*|přiklád\w*|enclos\w*|füg\w*|fug\w*|załącza\w*|zalacza\w*|"
    r"joign\w*)(?:\s+(?:wir|my|nous))?"
    # where it is ("v příloze", "attached", "im Anhang", "w załączniku", "en pièce jointe")
    r"(?:\s+(?:v\s+příloze|v\s+prilohe|v\s+prílohe|in\s+the\s+attachment|attached|im\s+Anhang|anbei|"
    r"w\s+załączniku|w\s+zalaczniku|en\s+pi[èe]ce\s+jointe|ci-joint))?"
    r"\s+(?:(?:vám|vam|you|Ihnen|państwu|panstwu|vous)\s+)?"
    r"(?:(?:v\s+příloze|v\s+prilohe|attached|im\s+Anhang|anbei|w\s+załączniku|en\s+pi[èe]ce\s+jointe)\s+)?"
    r"(?:(?:jejich|jejích|jeho|její|jeji|ich|their|its|his|her|ihre[nm]?|seine[nm]?|sein|leur|son|sa|jego|jej|"
    r"zákazníkovu|klientovu)\s+(?:[\w-]+\s+)?(?:žádost|zadost|žiadosť|ziadost|request|application|antrag|"
    r"wniosek|demande|zprávu|zpravu|správu|spravu|message|nachricht|wiadomo\w+|courriel)"
    # or "the message of our partner" ("le message de notre partenaire", "die Nachricht unseres
    # Kunden", "správu nášho partnera", "wiadomość naszego klienta")
    r"|(?:(?:le|la|l['’]|the|die|den|das)\s+)?(?:žádost|zadost|žiadosť|ziadost|request|application|antrag|"
    r"wniosek|demande|zprávu|zpravu|správu|spravu|message|mail|e-mail|nachricht|wiadomo\w+|courriel)"
    r"\s+(?:(?:de|d['’]|of|von)\s+)?(?:notre|nos|our|unser\w*|naš\w*|náš\w*|nasz\w*)\s+"
    r"(?:partenaire|partner\w*|client\w*|klient\w*|zákazník\w*|zakaznik\w*|kunde\w*|customer))"
    # saying the note's own firm does not apply: "my sami letos nežádáme", "we are not
    # applying ourselves", "wir selbst beantragen nichts", "sami nie składamy wniosku"
    r"|(?:(?:my\s+)?sami\s+(?:\w+\s+){0,2}?(?:nežádáme|nezadame|nežiadame|neziadame)|"
    r"(?:nežádáme|nezadame|nežiadame|neziadame)\s+(?:\w+\s+){0,2}?sami(?!\w)|"
    r"we\s+(?:ourselves\s+)?(?:are\s+not|aren['’]t|do\s+not|don['’]t)\s+(?:\w+\s+)?apply\w*\s+(?:for\s+)?ourselves|"
    r"we\s+ourselves\s+(?:are\s+not|aren['’]t|do\s+not|don['’]t)\s+apply|"
    r"wir\s+(?:selbst\s+)?beantragen\s+(?:selbst\s+)?(?:nichts|keinen)|"
    r"(?:my\s+)?sami\s+nie\s+(?:składamy|skladamy|ubiegamy|wnioskujemy)|"
    r"nous(?:-|\s+)m[êe]mes\s+ne\s+(?:demandons|sollicitons)\s+(?:rien|pas|aucun\w*)))",
    re.IGNORECASE,
)
"""A forwarding note's writer serves the applicant or passes on its own request (an IT
contractor, a host, an agency): the forwarded message's writer applies, not the note's
firm."""

_CLIENT_BOX = re.compile(
    r"(?=[zZkKwWoOcC])\b(?:zastupujeme|klienta|klientovi|we\s+represent|our\s+client\w*|on\s+behalf\s+of\s+(?:a|the|our)\s+client)\b",
    re.IGNORECASE,
)
"""Words of an agent acting for a client ("zastupujeme", "jménem klienta", "our client"): a data
message sent from the agent's own box. A power of attorney alone ("plná moc") is the applicant
empowering its own person, sent from its own box."""


def _safety_nets(
    fields: Mapping[str, FieldValue], texts: _Texts, sender_name: str
) -> dict[str, FieldValue]:
    """Sure organisation and contact values that a signal in the text puts in doubt (the
    address and request-type nets sit with their rules)."""
    out = _represented(fields, texts)
    out |= _for_a_client(fields, texts)
    out |= _named_otherwise(fields, sender_name)
    out |= _outlet_sender({**fields, **out}, texts, sender_name)
    out |= _mailbox_of_another({**fields, **out}, texts)
    return out | _name_order_net({**fields, **out}, texts, sender_name)


def _name_order_net(fields: Mapping[str, FieldValue], texts: _Texts, sender_name: str) -> dict[str, FieldValue]:
    """The contact person in the order LABELS.md labels it (``ordered_name``): a Czech or
    Slovak name a form writes surname first turned round, a Hungarian writer's name in the
    writer's order; a sure name that the lists still read surname first is flagged
    (NAME_ORDER)."""
    person = fields.get("contact.person")
    if person is None or not isinstance(person.value, str) or len(person.value.split()) != 2:
        return {}
    if (nominative := nominative_name(person.value, word_forms)) is not None:
        return {"contact.person": dataclasses.replace(person, value=nominative, certain=False, reason=Reason.SENTENCE)}
    text = "\n".join(b.text for b in (*texts.primary, *texts.signature))
    line = next((_line_text(b, person.line) for b in texts.written if b.component == person.component and person.line), "")
    if (turned := ordered_name(person.value, text, sender_name, line)) is not None:
        value, sure = turned
        certain = sure and person.certain
        reason = person.reason if certain or not person.certain else Reason.NAME_ORDER
        return {"contact.person": dataclasses.replace(person, value=value, certain=certain, reason=reason)}
    if not person.certain or name_order(person.value) is not NameOrder.SURNAME_FIRST:
        return {}
    return {"contact.person": dataclasses.replace(person, certain=False, reason=Reason.NAME_ORDER)}


def _outlet_sender(fields: Mapping[str, FieldValue], texts: _Texts, sender_name: str) -> dict[str, FieldValue]:
    """A contact person read from the From header's display name that the text writes as an
    outlet's name ("pro web Lokálka Semily"), or none read where the display name is so
    written: a trade name, no person. The contact is the one person the text writes with an
    IČO (a sole trader applying for themselves), unsure."""
    person = fields.get("contact.person")
    if person is not None and person.component != "header:From":
        return {}
    name = str(person.value) if person is not None else sender_name.strip()
    if not name or not outlet_name(name, [b.text for b in texts.written]) or (holder := ico_holder(texts.written)) is None:
        return {}
    return {"contact.person": _field(holder)}


def _foreign_language(fields: Mapping[str, FieldValue], texts: _Texts, office: Office) -> dict[str, FieldValue]:
    """The language safety net (``foreign.foreign_net``) over the applicant's own texts:
    the new note, its attachments and the forwarded or quoted original it builds on."""
    own = [b.text for b in texts.primary + texts.original]
    return foreign_net(fields, own, [b.text for b in texts.written], office)


def _rival_net(fields: dict[str, FieldValue], texts: _Texts, office: Office) -> dict[str, FieldValue]:
    """The last net (``rivals.rivals``): a certain value on no labelled line with an
    unexplained rival of its kind anywhere in the message is made unsure; then the certainty
    gate (``certainty.certainty_gate``) unsures values whose kind of evidence fell short on
    unseen writing."""
    blocks = texts.written + texts.forwarded + texts.quoted + texts.attached
    fields = fields | rivals(fields, blocks, office)
    return fields | certainty_gate(fields, blocks)


def _represented(fields: Mapping[str, FieldValue], texts: _Texts) -> dict[str, FieldValue]:
    """The safety net of a sure IČO: its line says someone acts for another ("zastupujeme
    deník …, my jako agentura (IČO …)"), so the number may be the agent's, not the
    applicant's (OTHER_ORGANIZATION)."""
    ico = fields.get("organization.ico")
    if ico is None or not ico.certain:
        return {}
    at = [_line_text(b, ico.line) for b in texts.written if ico.line and b.component == ico.component]
    if not any(_AGENT.search(line) for line in at):
        return {}
    return {"organization.ico": dataclasses.replace(ico, certain=False, reason=Reason.OTHER_ORGANIZATION)}


def _for_a_client(fields: Mapping[str, FieldValue], texts: _Texts) -> dict[str, FieldValue]:
    """The safety net of a sure name and IČO: the writer says they act for a client and the
    value stands on none of the lines saying so (``written_for_a_client``): it may be the
    writer's own firm's (OTHER_ORGANIZATION)."""
    out: dict[str, FieldValue] = {}
    for key in ("organization.name", "organization.ico"):
        v = fields.get(key)
        if v is None or not v.certain or not isinstance(v.value, str):
            continue
        name = out.get("organization.name") or fields.get("organization.name")
        if key == "organization.ico" and name is not None and name.certain:
            continue  # the name is the client's, named where the text says so: the IČO is its
        if written_for_a_client(texts.written, v.value):
            out[key] = dataclasses.replace(v, certain=False, reason=Reason.OTHER_ORGANIZATION)
    return out


def _named_otherwise(fields: Mapping[str, FieldValue], sender_name: str) -> dict[str, FieldValue]:
    """The safety net of a sure contact person: the message's sender has the same surname
    but another given name ("Ondra Kolář" signs, the header says "Kolář, Ondřej"; "J. Novák"
    beside "Jana Nováková" is left to the rules): the name may be a familiar form or another
    member of the family (GIVEN_NAME)."""
    person = fields.get("contact.person")
    if person is None or not person.certain or not isinstance(person.value, str):
        return {}
    mine = _name_words(person.value)
    theirs = _name_words(sender_name.replace(",", " "))
    if len(mine) < 2 or len(theirs) < 2 or mine[-1] not in theirs:
        return {}
    if mine[0] in theirs:
        return {}
    return {"contact.person": dataclasses.replace(person, certain=False, reason=Reason.GIVEN_NAME)}


def _mailbox_of_another(fields: Mapping[str, FieldValue], texts: _Texts) -> dict[str, FieldValue]:
    """The safety net of a sure contact person: the contact e-mail is another person's
    (``mailbox_of_another``): the e-mail's owner may be the contact (OTHER_PERSON)."""
    person, mail = fields.get("contact.person"), fields.get("contact.email")
    if person is None or not person.certain or mail is None or not isinstance(mail.value, str):
        return {}
    if not mailbox_of_another(str(person.value), mail.value, [b.text for b in texts.written]):
        return {}
    return {"contact.person": dataclasses.replace(person, certain=False, reason=Reason.OTHER_PERSON)}


def mailbox_of_another(person: str, email: str, texts: Sequence[str]) -> bool:
    """The mailbox of ``email`` names none of ``person``'s names but the surname of another
    full name in ``texts`` ("Alena Vrbová … vrbova@…" while the signer "Petr Hanzal" was
    taken); a shared mailbox ("redakce@", "info@") names nobody."""
    mine = _name_words(person)
    box = [w for w in _name_words(email.split("@", 1)[0]) if len(w) >= 4]
    if not mine or not box or any(m in w or w in m for w in box for m in mine):
        return False
    surnames = {
        _name_words(m.group(2))[0]
        for text in texts
        for m in _FULL_NAME.finditer(text)
        if _name_words(m.group(2))
    }
    return bool(surnames.intersection(box))


_UPPER = "A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽĹĽÔŔÄÖÜ"
_LOWER = "a-záčďéěíňóřšťúůýžĺľôŕäöü"
_FULL_NAME = re.compile(rf"\b([{_UPPER}][{_LOWER}]+) (?=([{_UPPER}][{_LOWER}]{{2,}})\b)")
"""A given name and (in the lookahead, so names may overlap) a surname."""


def _name_words(name: str) -> list[str]:
    """A name's words of three or more letters, folded (no case, no diacritics), without
    degrees (``contact.without_degrees``, of any country) and initials."""
    return re.findall(r"[^\W\d_]{3,}", without_marks(without_degrees(name)).casefold())


def _fold_name(name: str) -> str:
    return re.sub(r"\W+", " ", name).strip().casefold()


def _fullest_organization(
    name: Hit | None, earlier: Sequence[Block], office_ico: str = ""
) -> Hit | None:
    """The organisation of the new text, else of the applicant's earlier message (unsure);
    a name the new text gives by weak evidence (a free sentence) that the earlier message
    writes fuller (with its legal form) is that fuller form - one organisation, never for
    certain."""
    if name is not None and name.certain:
        return name
    old = _unsure(find_organization(earlier, office_ico=office_ico)) if earlier else None
    if name is None or old is None:
        return name or old
    short, full = _fold_name(name.value), _fold_name(old.value)
    return old if len(full) > len(short) and full.startswith(short + " ") else name


def _newer_details(contact: Contact, parsed: ParsedMessage, texts: _Texts, office: Office) -> Contact:
    """The new text's own phone or e-mail in place of one read from an earlier message of
    the applicant (forwarded, quoted, attached as an e-mail or a file of such an e-mail)."""
    emls = {c.name for c in parsed.components if c.declared_type.lower() == EML}
    inner = {c.name for c in parsed.components if c.parent is not None and c.parent in emls}
    earlier = [b for b in texts.forwarded + texts.quoted if b.lines]
    new = [
        b for b in dict.fromkeys([*texts.written, *texts.note])
        if b.kind in (Kind.OWN, Kind.SIGNATURE) and b.component not in inner
    ]

    def older(h: Hit) -> bool:
        return h.component in inner or any(
            b.component == h.component and b.lines[0].no <= h.line <= b.lines[-1].no for b in earlier
        )

    return newer_details(contact, new, older, office)


def _contact(
    parsed: ParsedMessage, texts: _Texts, office: Office
) -> tuple[Contact, dict[str, FieldValue]]:
    """Contact person, e-mail and phone from the text; for e-mail the From header stands in
    (uncertain) for a missing person or address."""
    sender = (parsed.sender_name, parsed.sender) if parsed.channel is Channel.EMAIL and parsed.sender else ("", "")
    contact = find_contact(texts.primary, texts.signature, texts.forwarded + texts.quoted, office, sender)
    if contact.person is None and texts.forwarded and not primary_has_content(texts.primary):
        contact = find_contact(texts.forwarded, [], texts.primary, office)
    contact = _thread_contact(contact, texts, office, parsed.sender_name)
    if texts.note and (contact.phone is None or contact.phone.reason is Reason.ORGANIZATION_PHONE):
        # the forwarder's note tells how to reach the applicant's person instead
        own_note = [b for b in texts.note if b.kind is Kind.OWN]
        contact = dataclasses.replace(contact, phone=note_phone(own_note, office) or contact.phone)
    if texts.original:
        contact = _from_quoted_original(contact, texts.original, office)
    elif texts.applicants and not (contact.email and contact.phone):
        contact = _same_person_quoted(contact, texts.applicants, office, parsed.sender_name)
    # the forwarder's note is the newest word: a change it tells ("his mobile is now …") counts
    own = [b for b in dict.fromkeys([*texts.written, *texts.note]) if b.kind is not Kind.ATTACHMENT]
    attached = [b for b in texts.written if b.kind is Kind.ATTACHMENT]
    contact = corrected_contact(contact, own, office, attached)
    contact = _newer_details(contact, parsed, texts, office)
    authors = _attached_senders(parsed.components, texts)
    contact = dataclasses.replace(contact, person=_authors_full_name(contact.person, authors))
    contact = _author_over_signer(contact, authors, texts, office)
    email = parsed.channel is Channel.EMAIL
    display = parsed.sender_name if email and parsed.sender_name else ""
    if email and parsed.sender:
        threads = [*texts.primary, *texts.forwarded, *texts.quoted]
        contact = senders_own_address(contact, parsed.sender, display, threads)
        contact = desk_address(contact, parsed.sender, [*texts.primary, *texts.signature])
        if contact.email is None:
            contact = dataclasses.replace(contact, email=header_address(contact.person, parsed.headers, office))
        if contact.email is None:
            contact = dataclasses.replace(contact, email=_attached_author(contact.person, parsed.components))
    contact = dataclasses.replace(
        # the fullest form also from the applicant's own quoted messages (never the office's)
        contact,
        person=fullest_person(contact.person, [*texts.primary, *texts.signature, *texts.applicants], display),
    )
    if email:
        contact = dataclasses.replace(contact, person=header_spelling(contact.person, parsed.headers, office))
    person, phone = surname_in_full(
        contact.person, [*texts.primary, *texts.signature, *texts.forwarded, *texts.quoted], authors, office
    )
    contact = dataclasses.replace(contact, person=person, phone=_own_before_desk(contact.phone, phone))
    # "kontakt p. Tolar" with his full name in the power of attorney, the signer found instead
    contact = dataclasses.replace(
        contact, person=addressed_surname(contact.person, texts.primary, [*texts.primary, *texts.signature])
    )
    out: dict[str, FieldValue] = {}
    if contact.person:
        out["contact.person"] = _field(contact.person)
    elif (n := _subject_contact(parsed.subject)) is not None:
        out["contact.person"] = FieldValue(n, "header:Subject", None, False, Reason.HEADER)
    elif parsed.sender_name and email and (n := display_person(parsed.sender_name)):
        # a sole trader's trade name as the display name: the person the text joins to it
        n = next((p for b in texts.written if n in b.text and (p := trader_of(b.text, n))), n)
        out["contact.person"] = FieldValue(n, "header:From", None, False, Reason.HEADER)
    elif email and parsed.sender and (n := mailbox_person(parsed.sender, texts.written)):
        out["contact.person"] = FieldValue(n, "header:From", None, False, Reason.HEADER)
    if contact.email:
        out["contact.email"] = _rival_sender(_field(contact.email), contact, parsed)
    elif email and parsed.sender and "@" in parsed.sender:
        # the sender's address is the contact's when the sender is the contact person
        mine = sender_is_contact(parsed.sender_name, contact.person)
        out["contact.email"] = FieldValue(
            parsed.sender.lower(), "header:From", None, mine, None if mine else Reason.HEADER
        )
    if contact.phone:
        out["contact.phone"] = _field(contact.phone)
    return contact, out


def _authors_full_name(person: Hit | None, authors: Sequence[tuple[str, Sequence[Block]]]) -> Hit | None:
    """A contact read from an attached e-mail's text in the fullest form that e-mail's From
    header gives ("Káťa Matoušková" signing, "Kateřina Matoušková" in the header: a familiar
    given name with the same surname is the same person), as ``fullest_person`` does for the
    message's own header."""
    if person is None:
        return person
    for name, blocks in authors:
        if any(b.component == person.component for b in blocks):
            return fullest_person(person, blocks, name)
    return person


def _author_over_signer(
    contact: Contact, authors: Sequence[tuple[str, Sequence[Block]]], texts: _Texts, office: Office
) -> Contact:
    """The author of an attached e-mail who says there they are the contact ("Kontakt pro
    ČSÚ klidně dej na mě") over a forwarder who only signs the covering note: the author
    (unsure, their address read from that e-mail's From header later); when the note itself
    designates a contact, that stays, the author a second candidate (flagged)."""
    if (author := _self_declared_author(authors) or _answered_author(authors, texts)) is None:
        return contact
    if contact.person is not None and one_person(author.value, contact.person.value):
        return contact
    inner = {b.component for _, blocks in authors for b in blocks}
    if contact.person is not None and contact.person.component in inner:
        return contact  # read inside that e-mail (its own signer, not its From header's person)
    outer = [b for b in dict.fromkeys([*texts.note, *texts.primary]) if b.component not in inner]
    note = [b for b in outer if b.kind is Kind.OWN]
    signed = [*texts.signature, *(b for b in outer if b.kind is Kind.SIGNATURE)]
    if contact.person is None or designated_person(note, signed, office) is None:
        return dataclasses.replace(contact, person=author, email=None)
    return dataclasses.replace(contact, person=_unsure(contact.person, Reason.OTHER_PERSON))


def _self_declared_author(authors: Sequence[tuple[str, Sequence[Block]]]) -> Hit | None:
    """The author of an attached e-mail who writes there that they are the contact ("Kontakt
    pro ČSÚ klidně dej na mě"), when the text named no contact person: the name of that
    e-mail's From header, not the forwarder's (never for certain: a header, ORIGINAL)."""
    for name, blocks in authors:
        if (said := self_declaration(blocks)) is not None:
            b, i = said
            return Hit(name, b.component, b.lines[i].no, False, Reason.ORIGINAL)
    return None


def _answered_author(authors: Sequence[tuple[str, Sequence[Block]]], texts: _Texts) -> Hit | None:
    """The one author of an attached e-mail whom the forwarding note hands the matter to
    ("přeposílám žádost paní Vrbové, … žádá sama za sebe", "please reply to her directly"):
    the name of that e-mail's From header (never for certain: a header, ORIGINAL)."""
    named = [(name, blocks) for name, blocks in authors if blocks]
    if len(named) != 1 or not asks_answer_to_author([*texts.primary, *texts.note]):
        return None
    name, blocks = named[0]
    return Hit(name, blocks[0].component, blocks[0].lines[0].no if blocks[0].lines else 0, False, Reason.ORIGINAL)


def _own_before_desk(found: Hit | None, authors: Hit | None) -> Hit | None:
    """The phone found, or the contact's own number from the e-mail they wrote (attached or
    forwarded) when the text gave only a desk's number beside them (a forwarder's "na nás jen
    technické dotazy (podpora, 499 …)", a switchboard, a helpdesk): the contact's own line
    comes before a desk's (LABELS)."""
    if found is None or (authors is not None and found.reason == Reason.ORGANIZATION_PHONE):
        return authors or found
    return found


_SUBJECT_CONTACT = re.compile(
    r"(?i)(?<!\w)(?:kontaktn[íi]\s+osob[ay]|kontaktn[áa]\s+osoba|kontakt|contact(?:\s+person)?|"
    r"ansprechpartner(?:in)?|osoba\s+kontaktowa|kapcsolattart[óo])\s*:\s*(?P<name>[^,;()\n]{3,60})"
)
"""A contact person named in the subject line ("Žádost o přístup – kontakt: Radek Pokorný",
"Antrag – Ansprechpartner: …"): the application's contact when its text names nobody."""


def _subject_contact(subject: str) -> str | None:
    """The person the subject line names as the contact (never certain: the text is silent)."""
    m = _SUBJECT_CONTACT.search(subject)
    return person_name(m.group("name").strip()) if m is not None else None


def _attached_senders(comps: Sequence[Component], texts: _Texts) -> list[tuple[str, list[Block]]]:
    """The person in the From header of each e-mail attached to the message, with the blocks
    of that e-mail's bodies."""
    out: list[tuple[str, list[Block]]] = []
    for c in comps:
        if c.role is not ComponentRole.ATTACHMENT or c.declared_type.lower() != EML:
            continue
        sender = _eml_from(c)
        bodies = {x.name for x in comps if x.parent == c.name}
        blocks = [b for b in dict.fromkeys([*texts.primary, *texts.forwarded, *texts.attached]) if b.component in bodies]
        out += [(n, blocks) for name, _ in getaddresses([sender]) if name and (n := person_name(name))]
    return out


def _attached_author(person: Hit | None, comps: Sequence[Component]) -> Hit | None:
    """The contact wrote the e-mail that another passes on attached (a secretary forwards
    the editor's message as a file): the contact's address is the one that message was
    sent from, not the forwarder's (unsure, ORIGINAL)."""
    if person is None:
        return None
    for c in comps:
        if c.role is not ComponentRole.ATTACHMENT or c.declared_type.lower() != EML:
            continue
        sender = _eml_from(c)
        for name, address in getaddresses([sender]):
            author = person_name(name) if name else None
            if author is not None and "@" in address and one_person(author, person.value):
                return Hit(address.lower(), f"header:From ({c.name})", 0, False, Reason.ORIGINAL)
    return None


def _thread_contact(contact: Contact, texts: _Texts, office: Office, sender_name: str) -> Contact:
    """Whose word names the contact in a thread: a contact the forwarder's own note names
    (a person, or details the writer gives as the contact's) is the newest word and beats
    the forwarded messages' people; else a contact named in the applicant's earlier message
    (forwarded or the quoted original) beats one who merely signs the new text - a
    forwarder or a colleague replying is no contact by signing (then never for certain)."""
    if not texts.note and not texts.original:
        return contact  # no thread
    note_own = [b for b in texts.note if b.kind is Kind.OWN]
    note_sig = [b for b in texts.note if b.kind is Kind.SIGNATURE]
    if note_own and (mine := designated_person(note_own, note_sig, office)) is not None:
        # the forwarded messages still give the details of a contact who wrote one
        found = find_contact(note_own, note_sig, texts.primary + texts.signature, office)
        theirs = designated_person(texts.primary, texts.signature, office)
        if theirs is None or found.person is None or _same_name(theirs, found.person, mine):
            return found
        # the forwarded application names another contact: the newest word, not certain
        return dataclasses.replace(found, person=_unsure(found.person, Reason.OTHER_PERSON))
    named = designated_person(texts.primary, texts.signature, office) is not None
    if texts.note and named and len(texts.messages) > 1:
        contact = _designating_message(texts, office) or contact
    if texts.note:
        return _forwarder(contact, note_own, note_sig, office, named=named, sender=sender_name)
    if named:
        return contact
    for message in _by_sender(texts.original):
        if _auto_reply(message):
            continue  # the stand-in an out-of-office reply names
        body, signed = signed_message(message)
        sig = [signed] if signed is not None else []
        theirs = designated_person([body], sig, office)
        if theirs is None or (contact.person is not None and contact.person.value == theirs.value):
            continue
        found = find_contact([body], sig, [], office)
        return Contact(*(_unsure(h) for h in contact_hits(found)))
    return _colleagues_contact(contact, texts, office)


_AUTO_REPLY = re.compile(
    # the subject or the opening of an automatic reply, in the writers' languages (never the
    # absence an application itself announces: "budu mimo kancelář, kontaktní osobou je …")
    r"automatick[áa]\s+odpov[ěe][ďd]|automatic\s+reply|auto-?reply|out\s+of\s+office\s*:|"
    r"abwesenheitsnotiz|automatische\s+antwort|r[ée]ponse\s+automatique|respuesta\s+autom[áa]tica|"
    r"risposta\s+automatica|odpowied[źz]\s+automatyczna|automatikus\s+v[áa]lasz|automatisch\s+antwoord",
    re.IGNORECASE,
)
"""An out-of-office reply quoted in a thread: the stand-in it names for urgent matters ("V
naléhavých případech se obracejte na …", "please contact …") is no contact of the
application it answered."""


def _auto_reply(block: Block) -> bool:
    return _AUTO_REPLY.search(block.text) is not None


_COLLEAGUES_APPLICATION = re.compile(
    r"(?:žádost\w*|žiados[tť]\w*|application|request|antrag)\s+(?:(?:na[sš]\w*|n[áa]šho|of|my|our|"
    r"meine[sr]|unsere[sr])\s+){0,2}(?:koleg(?:y|yně|yne|yni|u|yňu)|colleague|kolleg\w+)\b|"
    r"colleague['’]s\s+(?:application|request)|(?:kolegova|kolegyni[ny])\s+žádost",
    re.IGNORECASE,
)
"""The new text passes on a colleague's application ("přeposílám žádost kolegy", "posielam
žiadosť kolegyne", "forwarding my colleague's application", "der Antrag meines Kollegen"):
the one who forwards it is not its contact by signing."""


def _colleagues_contact(contact: Contact, texts: _Texts, office: Office) -> Contact:
    """The forwarded application of a colleague, passed on by a text that names no contact
    (``_COLLEAGUES_APPLICATION``): the contact of the colleague's message, its writer who
    signs it, never for certain; else ``contact``."""
    own = "\n".join(b.text for b in texts.primary if b.kind is Kind.OWN)
    if _COLLEAGUES_APPLICATION.search(own) is None:
        return contact
    for message in _by_sender(texts.original):
        if _auto_reply(message) or _from_office(message, office):
            continue
        body, signed = signed_message(message)
        found = find_contact([body], [signed] if signed is not None else [], [], office)
        if found.person is not None and (contact.person is None or found.person.value != contact.person.value):
            return Contact(*(_unsure(h, Reason.ORIGINAL) for h in contact_hits(found)))
    return contact


def _same_name(theirs: Hit, person: Hit, mine: Hit) -> bool:
    return theirs.value in (person.value, mine.value)


def _designating_message(texts: _Texts, office: Office) -> Contact | None:
    """In a chain of forwarded messages, the contact of the first message that names one,
    read with that message's own writer as its signer ("Kontakt jsem já" is whoever wrote
    that message, not the one who forwarded it on)."""
    for body, signed in texts.messages:
        sig = [signed] if signed is not None else []
        if body.lines and not _auto_reply(body) and designated_person([body], sig, office) is not None:
            others = [b for b in texts.primary + texts.signature if b not in (body, signed)]
            return find_contact([body], sig, others, office)
    return None


def contact_hits(c: Contact) -> tuple[Hit | None, Hit | None, Hit | None]:
    return c.person, c.email, c.phone


def _forwarder(
    contact: Contact,
    note: Sequence[Block],
    signature: Sequence[Block],
    office: Office,
    *,
    named: bool,
    sender: str = "",
) -> Contact:
    """The forwarded application's contact beside the one who signs the forwarding note:
    the same person's e-mail or phone in the note is the newest word (the application's
    own competes, so neither is certain); another person writing the note (its signer, else
    the sender the From header names) is a second candidate (when the application ``named``
    its contact, only the person is unsure)."""
    p = contact.person
    if p is None:
        return contact
    mine = find_contact(note, signature, [], office) if signature else Contact(None, None, None)
    writer = mine.person.value if mine.person is not None else clean_name(sender)
    if writer is None:
        return contact  # the note's writer is unknown ("PA", no sender's name)
    if writer != p.value:
        if not p.certain:
            return contact
        if named:  # the application names its contact, the note's signer still competes
            return dataclasses.replace(contact, person=_unsure(p, Reason.OTHER_PERSON))
        # whose details these are is in doubt with the person
        return Contact(*(_unsure(h, Reason.OTHER_PERSON) for h in contact_hits(contact)))

    def newest(new: Hit | None, old: Hit | None) -> Hit | None:
        if new is None or old is None or new.value == old.value:
            return old or new
        return _unsure(new, Reason.OTHER_CANDIDATE)

    return Contact(p, newest(mine.email, contact.email), newest(mine.phone, contact.phone))


def _rival_sender(value: FieldValue, contact: Contact, parsed: ParsedMessage) -> FieldValue:
    """The sender's own address competes with an e-mail of the text while the contact person
    is unsure (the sender may be the contact, and their address is then the contact's)."""
    sender = (parsed.sender or "").lower()
    person_sure = contact.person is not None and contact.person.certain
    if not value.certain or person_sure or parsed.channel is not Channel.EMAIL:
        return value
    if "@" not in sender or sender == str(value.value).lower():
        return value
    return dataclasses.replace(value, certain=False, reason=Reason.OTHER_CANDIDATE)


_REFERS_TO_ORIGINAL = re.compile(
    r"\b(?:níže|nize|pod\s+tímto|viz\s+(?:původní|předchozí|moje|můj|naš)\w*|"
    r"(?:původní|puvodni|předchozí|predchozi|pôvodn|predchádzajúc|original|previous|earlier|"
    r"first|ursprünglich|vorherig|früher|pierwotn|poprzedni|initial|précédent|precedent)\w*\s+"
    r"(?:zpráv|e-?mail|žádost|správ|žiadost|message|mail|request|application|Antrag|Anfrage|"
    r"Nachricht|wniosek|wniosk|wiadomo|demande|courriel|richiesta|solicitud)\w*|"
    r"below|nižšie|unten|poniżej|ponizej|ci-dessous|qui\s+sotto|abajo|ostatní\s+(?:údaje\s+)?(?:platí|zůstávají)|"
    # one's own earlier request named by its owner: "k mé včerejší žádosti", "to my request"
    r"(?:mé|mojí|moji|mojej|mojou|mou|naší|naši|našej|našu|nasi|nasej|my|our)\s+(?:\w+\s+)?"
    r"(?:žádost|zadost|žiadost|ziadost|request|application|zpráv|zprav|správ|sprav|e-?mail)\w*|"
    # completing the earlier message: "doplňuji", "zapomněl jsem", "as requested", "in addition"
    r"dopl[nň]\w*|dopĺň\w*|ergänz\w*|erganz\w*|uzupełn\w*|uzupeln\w*|zapomn\w*|zabudl\w*|forgot\w*|as\s+requested|in\s+addition|"
    r"(?:podle|dle|na)\s+(?:vaší|vaši|vašej|vašu)\s+(?:výzv|žádost|žiadost|dotaz|otázk)\w*|"
    r"(?:everything|all)\s+else\s+(?:stays|remains|is\s+unchanged)|"
    # what the new text does not change stays as written before: "produkční zůstávají, jak
    # jsem psal", "the rest as before", "sonst unverändert", "reszta bez zmian"
    r"jak\s+(?:jsem|jsme)\s+(?:psal|psala|psali|uvedl\w*|napsal\w*)|ako\s+som\s+(?:písal|"
    r"pisal|uviedol|uviedla)\w*|beze?\s+změn\w*|beze?\s+zmen\w*|nezměněn\w*|nezmenen\w*|"
    r"as\s+(?:I|we)\s+(?:wrote|said|stated|gave)|as\s+before|unchanged|wie\s+(?:gehabt|bisher|"
    r"geschrieben|angegeben)|unverändert|bez\s+zmian|jak\s+(?:wcześniej|pisałe[mś]|pisałam)|"
    r"come\s+(?:prima|scritto|indicato)|invariat\w*|comme\s+(?:avant|indiqué|écrit)|"
    r"inchangée?s?|como\s+(?:antes|escrib\w*|indiqu\w*)|sin\s+cambios|"
    # the rest of the earlier request stands: "jinak vše platí", "wniosek o XML
    # podtrzymujemy", "the rest still stands", "der Rest gilt", "de rest blijft staan"
    r"(?:jinak|inak|zbytek|zvyšok|zvysok|ostatn[ée])\s+(?:(?:vše|vse|všetko|vsetko)\s+)?"
    r"(?:platí|plati|zůstává|zustava|ostáva|ostava)|podtrzym\w*|still\s+(?:stands|applies|valid)|"
    r"(?:remains?|stays?)\s+valid|(?:der\s+)?Rest\s+(?:gilt|bleibt)|aufrecht\w*|"
    r"maint(?:enons|iens|enue?s?)|resta(?:no)?\s+valid\w*|confermiamo|"
    r"blijft\s+(?:staan|gelden|geldig|ongewijzigd)|fenntart\w*|"
    r"(?:reszta|pozostał\w*)\s+(?:jest\s+)?(?:aktualn\w*|bez\s+zmian|obowiązuj\w*)|"
    # replacing or changing one of its addresses presupposes the list: "nahraďte testovací
    # adresu", "replace the test address", "ersetzen Sie die Testadresse", "change our IP"
    r"(?:nahra[dď]\w*|vyměň\w*|změň\w*|zmeň\w*|replace|change|ersetz\w*|änder\w*|"
    r"remplace[rz]?|sostitui\w*|reempla[cz]\w*|zastąp\w*|zmień\w*)"
    r"(?:\s+[^\W\d_]+){0,3}?\s+(?:[^\W\d_]['’])?(?:\w*adres\w*|\w*address\w*|IP)(?!\w))",
    re.IGNORECASE,
)


def _from_quoted_original(contact: Contact, quoted: Sequence[Block], office: Office) -> Contact:
    """The sender points to their own quoted original ("adresy jsou v původní zprávě
    níže"): what the new text lacks is read from it, never for certain (the office's own
    contacts are excluded by ``office`` as everywhere)."""
    old = find_contact(quoted, [], [], office)

    return Contact(
        contact.person or _unsure(old.person),
        contact.email or _unsure(old.email),
        contact.phone or _unsure(old.phone),
    )


def _same_person_quoted(
    contact: Contact, quoted: Sequence[Block], office: Office, sender_name: str
) -> Contact:
    """The contact's e-mail or phone that the new text lacks, from the applicant's quoted
    message naming the same person as the contact (written in any form: "S. Marková" for
    "Simona Marková"), or as the sender when the new text names nobody; never for certain."""
    old = find_contact(quoted, [], [], office)
    mine = contact.person.value if contact.person else person_name(surname_first(sender_name))
    theirs = old.person.value if old.person else quoted_author(quoted)
    if theirs is None or mine is None or not one_person(theirs, mine):
        return contact
    return Contact(
        contact.person, contact.email or _unsure(old.email), contact.phone or _unsure(old.phone)
    )


def _organization_fallback(
    parsed: ParsedMessage, texts: _Texts, contact: Contact, person_field: FieldValue | None
) -> dict[str, FieldValue]:
    """An organisation name from the signature, else (e-mail) from the sender's display name,
    else the contact person (``person_field``: as the text or the sender's header names them)
    when they write of their own work (a natural person applying for themselves)."""
    person = contact.person.value if contact.person else None
    sig_org = org_beside_person(texts.written, person) or org_from_subject(
        parsed.subject, texts.written
    )
    sig_org = natural_person_of_trade(sig_org, texts.written)
    if sig_org:
        return {"organization.name": _field(sig_org)}
    if parsed.channel is Channel.EMAIL:
        display = _org_from_display_name(parsed.sender_name)
        if display and not own_outlet(display, texts.written) and not _given_name_of(display, person):
            return {
                "organization.name": FieldValue(display, "header:From", None, False, Reason.HEADER)
            }
    # the note passing on the application (a host's mail) is the applicant's own word too
    own = "\n".join(b.text for b in dict.fromkeys([*texts.written, *texts.original, *texts.note]))
    # the applicant's own quoted message may say it ("jsem OSVČ, Jan Novák, bez firmy")
    named = freelancer_named(texts.written) or freelancer_named(texts.note) or freelancer_named(texts.applicants)
    if named is not None:
        return {"organization.name": _field(named)}
    solo = _ON_ONES_OWN.search(own) or works_on_own_account(own) or names_own_outlet(texts.written)
    if person_field is not None and person_field.value and solo:
        p = _writer(person_field, texts, parsed)
        return {"organization.name": FieldValue(p.value, p.component, p.line, False, Reason.NATURAL_PERSON)}
    return {}


def _writer(person: FieldValue, texts: _Texts, parsed: ParsedMessage) -> FieldValue:
    """The natural person applying for themselves: the one who writes of their own work, so
    the signer of the text when the contact named is someone else, sharing no name with
    either the signer or the sender ("the contact is my local producer, Veronika …" /
    "Pablo Iriarte"); a signer the sender's name does not confirm is no writer. Else the
    contact."""
    signer = signer_of(texts.primary, texts.signature)
    display = display_person(parsed.sender_name) if parsed.sender_name else None
    if asks_answer_to_author([*texts.primary, *texts.note]):
        return person  # "odpovídejte prosím přímo jí": the forwarded writer applies
    if signer is None or _shares_name(person.value, signer.value) or _shares_name(person.value, display):
        return person
    if display is not None and not _shares_name(signer.value, display):
        return person
    return FieldValue(signer.value, signer.component, signer.line, False, Reason.NATURAL_PERSON)


def _shares_name(a: str, b: str | None) -> bool:
    """Whether two names have a word in common ("Kuba Sedláček", "Jakub Sedláček"; "Lucía
    Ferrer", "Lucía Ferrer Ibáñez"): the same person written in another form."""
    if not b:
        return False
    words = {w.casefold() for w in b.split() if len(w) > 2}
    return any(w.casefold() in words for w in a.split() if len(w) > 2)


_ON_ONES_OWN = re.compile(
    r"\b(?:freelanc\w*|self-employed|independent\s+(?:journalist|reporter|videographer)|"
    r"na\s+voln[ée]\s+noze|OSV[ČC]|živnostník\w*|zivnostnik\w*|fyzick[áa]\s+osoba|"
    # a free (freelance) photographer or journalist in a few words ("volny fotograf",
    # "voľná novinárka", "wolny strzelec", "freier Fotograf")
    r"vo[lľ]n[ýyáaíi]\s+(?:fotograf\w*|novin[áa][řr]\w*|report[ée]r\w*|kameraman\w*|[žz]urnalist\w*|"
    r"publicist\w*|dokumentarist\w*)|wolny\s+strzelec|wolnym\s+strzelcem|freischaffend\w*|"
    r"frei(?:e|er|en)?\s+(?:Fotograf|Journalist|Reporter|Autor|Kamera)\w*|"
    r"jednočlenn\w*\s+redakc\w*|jednoclenn\w*\s+redakc\w*|one-(?:person|man|woman)\s+"
    r"(?:newsroom|outlet|team)|slobodn\w+\s+povolan\w*|"
    # the writer speaks of their own work in the first person singular
    r"nez[áa]visl\w*|independent|jsem|som|I'?m|I\s+am|I\s+work|my\s+name|jmenuj[iu]\s+se|"
    r"vol[áa]m\s+sa|studuj\w*|[šs]tuduj\w*|fot[íi]m|nat[áa][čc][íi]m|nakr[úu]cam|"
    r"sám\s+za\s+sebe|sama\s+za\s+sebe|sam\s+za\s+sebe|on\s+my\s+own|by\s+myself|"
    r"m[ůu]j|moj[ie]|moj[uo]|m[ôo]j|mou|my\s+own|"
    # one's own outlet with the reflexive possessive ("pro svůj blog", "pre svoj podcast")
    r"sv(?:[ůu]j|oj|oje|oju|ého|eho|ém|em)\s+(?:vlastn\w+\s+)?(?:blog|vlog|podcast|kan[áa]l|web)\w*|"
    # the same in the languages of foreign correspondents ("Soy periodista independiente",
    # "je suis pigiste", "ich bin freiberuflich", "a título personal", "jestem niezależnym")
    r"independ[ei]nt\w*|indipendent\w*|ind[ée]pendant\w*|niezależn\w*|niezalezn\w*|"
    r"aut[óo]nom[oa]|pigiste|freiberuflich\w*|freie[rn]?\s+Journalist\w*|selbstst[äa]ndig\w*|"
    r"soy|je\s+suis|ich\s+bin|sono|jestem|sou|me\s+llamo|je\s+m['’]appelle|ich\s+hei(?:ß|ss)e|mi\s+chiamo|"
    r"a\s+t[íi]tulo\s+personal|[àa]\s+titre\s+personnel|a\s+titolo\s+personale|privat\s+als|"
    # Nordic, Dutch and Hungarian: "jeg er frilans", "jag är frilansare", "ik ben zzp'er"
    r"frilans\w*|selvst[æe]ndig\w*|sj[äa]lvst[äa]ndig\w*|zzp\w*|szabad[úu]sz[óo]\w*|"
    r"jeg\s+er|jag\s+[äa]r|ik\s+ben|jeg\s+heter|jag\s+heter|"
    # Baltic, South Slavic, Finnish, Turkish, Ukrainian and Russian: "esmu ārštata žurnāliste",
    # "laisvai samdomas", "vabakutseline", "ja sam slobodni fotograf", "samostojna novinarka",
    # "vapaa toimittaja", "serbest gazeteci", "фрилансер", "независимый журналист"
    rf"{FREELANCE_ABROAD}|esmu|sav[āa]\s+v[āa]rd[āa]|ja\s+sam)\b",
    re.IGNORECASE,
)
"""The applicant works on their own (a freelancer, a one-person outlet, a student, a writer
speaking of their own work in the first person singular): with no organisation named
anywhere, the applicant is the person (LABELS.md), never for certain."""


def _recording_permit(
    texts: _Texts, fields: dict[str, FieldValue], office: Office
) -> tuple[RecordingPermit, list[Problem]]:
    """The details of a request for a recording permit, and a problem naming those missing."""
    permit = rp.recording_permit(texts.written, fields, office)
    missing = [
        label
        for label, v in (
            ("osoba, pro kterou se povolení žádá", permit.person),
            ("rozsah záznamu", permit.scope),
            ("preferované přebírací místo (kraj nebo okres)", permit.collection_point),
            ("název a adresa redakce", permit.newsroom and permit.address),
        )
        if not v
    ]
    if not missing:
        return permit, []
    return permit, [
        Problem(
            Code.INCOMPLETE_RECORDING_PERMIT,
            "Žádosti o povolení k přítomnosti na přebíracím místě chybí: " + ", ".join(missing),
        )
    ]


def _natural_person(fields: Mapping[str, FieldValue], parsed: ParsedMessage) -> dict[str, FieldValue]:
    """A data box of a person (a freelance journalist, a sole trader: the envelope's sender
    is a person's name) whose text names no other contact: that name is the contact person,
    never for certain; also when the text names the applicant otherwise (a sole trader's
    trade name "Ladislav Brož – Volební mapa") and the box is the person's own."""
    org = fields.get("organization.name")
    if "contact.person" in fields or org is None:
        return {}
    if org.component != "envelope":
        return _box_owner(org, parsed)
    name = person_name(org.value)
    if name is None:
        return {}
    return {"contact.person": FieldValue(name, org.component, org.line, False, Reason.NATURAL_PERSON)}


_PERSONS_BOX = ("3", "4")
"""The first digit of the ISDS box types of natural persons (30 a person in business, 40 a
natural person, with their subtypes); 10 and 20 are authorities' and legal persons'."""


def _box_owner(org: FieldValue, parsed: ParsedMessage) -> dict[str, FieldValue]:
    """The person whose own data box sends (the envelope's sender a person's name) as the
    contact when the text names no contact: the box is a natural person's (its type), or the
    applicant the text names is that person under a trade name ("Ladislav Brož – Volební
    mapa" from the box of Ladislav Brož); never for certain."""
    if parsed.channel is not Channel.DATABOX:
        return {}
    name = person_name(parsed.envelope.get("dmSender", ""))
    persons_box = parsed.envelope.get("dmSenderType", "").startswith(_PERSONS_BOX)
    if name is None or not (persons_box or _fold_name(name) in _fold_name(str(org.value))):
        return {}
    return {"contact.person": FieldValue(name, "envelope", None, False, Reason.NATURAL_PERSON)}


def _envelope_person(fields: Mapping[str, FieldValue], parsed: ParsedMessage) -> dict[str, FieldValue]:
    """What the envelope of a person's data box says of the contact: the person when the
    text names none, their full given name for a short form."""
    out = _natural_person(fields, parsed)
    out |= _completed_from_envelope({**fields, **out})
    return out | _marks_from_envelope({**fields, **out}, parsed)


def _marks_from_envelope(fields: Mapping[str, FieldValue], parsed: ParsedMessage) -> dict[str, FieldValue]:
    """A contact the text writes without diacritics ("Vladimir Kuchar") whose own data box
    sends the message, the envelope's registered name giving them ("Vladimír Kuchař"): the
    registered spelling (LABELS.md), as sure as the contact was; unsure where the text writes
    a mark the envelope does not (two spellings, neither known better)."""
    person = fields.get("contact.person")
    if person is None or not isinstance(person.value, str) or parsed.channel is not Channel.DATABOX:
        return {}
    name = person_name(parsed.envelope.get("dmSender", ""))
    org = fields.get("organization.name")
    persons_box = parsed.envelope.get("dmSenderType", "").startswith(_PERSONS_BOX)
    if name is None or not (persons_box or (org is not None and _fold_name(name) in _fold_name(str(org.value)))):
        return {}
    mine, theirs = person.value.casefold(), name.casefold()
    if mine == theirs or len(mine) != len(theirs) or unmarked_lower(mine) != unmarked_lower(theirs):
        return {}
    pairs = [(a, b) for a, b in zip(mine, theirs, strict=True) if a != b]
    if not any(a == unmarked_lower(b) for a, b in pairs):
        return {}  # the envelope gives no mark the text lacks
    # unsure where the text writes a mark the envelope does not
    certain = person.certain and all(a == unmarked_lower(b) for a, b in pairs)
    reason = person.reason if certain or not person.certain else Reason.OTHER_CANDIDATE
    return {"contact.person": dataclasses.replace(person, value=name, certain=certain, reason=reason)}


def _completed_from_envelope(fields: Mapping[str, FieldValue]) -> dict[str, FieldValue]:
    """A contact written with an initial or a familiar given name ("T. Bílková", "Honza
    Krejčí") by the person whose data box sends the message, the envelope giving their full
    name ("Tereza Bílková", "Jan Krejčí": the same surname, the short form fits): the full
    name, never for certain (NATURAL_PERSON)."""
    person, org = fields.get("contact.person"), fields.get("organization.name")
    if person is None or org is None or org.component != "envelope" or person.component == "envelope":
        return {}
    full = person_name(org.value)
    mine = str(person.value).split()
    if full is None or len(mine) != 2 or len(full.split()) < 2:
        return {}
    given, *_, surname = (without_marks(_fold_name(w)) for w in full.split())
    short, own_surname = (without_marks(_fold_name(w)) for w in mine)
    fits = given.startswith(short) if _INITIAL.fullmatch(mine[0]) else is_familiar_form(mine[0], given)
    if surname != own_surname or not fits or given == short:
        return {}
    return {"contact.person": FieldValue(full, person.component, person.line, False, Reason.NATURAL_PERSON)}


_INITIAL = re.compile(r"[^\W\d_]{1,2}\.")


def _applicant_fields(
    fields: dict[str, FieldValue],
    parsed: ParsedMessage,
    texts: _Texts,
    disowned: list[Block],
    office: Office,
) -> dict[str, FieldValue]:
    """The applicant and the contact, each rule's net and fallback in turn, added to the
    address and request-type ``fields``; ``disowned``: blocks of files whose addresses the cover
    calls old."""
    fields = fields | _organization(parsed, texts, office)
    contact, contact_fields = _contact(parsed, texts, office)
    fields |= contact_fields
    fields |= _forwarders_details(fields, texts, parsed, office)
    fields |= _from_disowned(fields, parsed, texts, disowned, office)
    fields |= _safety_nets(fields, texts, parsed.sender_name)
    fields |= _envelope_person(fields, parsed)
    if "organization.name" not in fields:
        fields |= _organization_fallback(parsed, texts, contact, fields.get("contact.person"))
    return _rival_net(fields | _foreign_language(fields, texts, office), texts, office)


def _org_marked(fields: dict[str, FieldValue], parsed: ParsedMessage, texts: _Texts) -> dict[str, FieldValue]:
    """The organisation's name typed without diacritics in the spelling the Subject, the
    sender's display name, the data box's sender name or another text gives the same words."""
    name = fields.get("organization.name")
    if name is None or not isinstance(name.value, str) or not name.value.isascii():
        return {}
    others = [parsed.subject, parsed.sender_name or "", parsed.envelope.get("dmSender") or ""]
    marked = marked_spelling(name.value, [*others, *(b.text for b in texts.written)])
    return {} if marked is None else {"organization.name": dataclasses.replace(name, value=marked)}


def extract_application(
    parsed: ParsedMessage,
    content: ContentResult | None,
    *,
    max_production_ips: int = 5,
    max_test_ips: int = 5,
    office: Office = CSU,
    documentation_public: bool = False,
) -> Extraction:
    """``documentation_public`` (demo mode only): the documentation ranges count as public
    addresses (``ips.is_public``)."""
    forget_texts()  # nothing remembered from another application's texts
    comps = content.components if content is not None else parsed.components
    attached = _attached_messages(comps, office)
    bodies = frozenset(c.name for c in comps if c.parent in attached and c.role in _BODIES)
    repairs = OcrRepairs()
    every = _blocks(parsed, content, office, attached, repairs)
    blocks, disowned = _without_disowned(every)
    texts, mentions, withdrawn = _locate_ips(_Texts.of(blocks, office, bodies), office)
    ips = _Ips.of(mentions)
    fields = _disowned_unsure(_ip_fields(ips, texts, withdrawn), disowned)
    types, types_unsure = _request_types(parsed, texts, mentions, office)
    if mentions and types and rt.FEED not in types:
        # addresses serve only the feed: with the feed declined or withdrawn none is asked
        # for (the request types are unsure and say that the text gives addresses)
        mentions, ips = [], _Ips([], [])
        fields = {k: v for k, v in fields.items() if k not in IP_KEYS}
    fields["request_types"] = FieldValue(list(types), None, None, types_unsure is None, types_unsure)
    if types_unsure is not None and rt.RECORDING in types:
        fields = _feed_unsure_ips(fields)
    fields = _applicant_fields(fields, parsed, texts, [b for b in every if b.component in disowned], office)
    fields |= _renderings_differ(fields, _renderings(comps, content is not None))
    fields |= _ocr_slipped(fields, repairs)
    fields |= _broken_words(fields, repairs)
    fields |= _premium_phone(fields, texts.own_text)
    fields |= _from_subject(fields)
    fields |= _org_marked(fields, parsed, texts)
    own = parsed.subject + "\n" + texts.own_text
    permit: RecordingPermit | None = None
    problems: list[Problem] = []
    if rt.RECORDING in types:
        permit, problems = _recording_permit(texts, fields, office)
    prod_ips, test_ips = ips.addresses(ips.production), ips.addresses(ips.test)
    prod_count, test_count = ips.count(ips.production), ips.count(ips.test)
    problems += _problems(
        types, mentions, prod_ips, test_ips, prod_count, test_count, fields,
        max_production_ips, max_test_ips, documentation_public=documentation_public,
    )  # fmt: skip
    reference = find_sender_reference(texts.written, office.reference_prefixes)

    def val(k: str) -> str | None:
        v = fields.get(k)
        return None if v is None or v.value is None else str(v.value)

    return Extraction(
        request_types=types,
        organization_name=val("organization.name"),
        organization_ico=val("organization.ico"),
        organization_databox_id=val("organization.databox_id"),
        production_ips=tuple(str(a) for a in prod_ips),
        test_ips=tuple(str(a) for a in test_ips),
        production_count=prod_count,
        test_count=test_count,
        contact_person=val("contact.person"),
        contact_email=val("contact.email"),
        contact_phone=val("contact.phone"),
        amends=bool(_AMENDS.search(own)),
        recording_permit=permit,
        language=_language(own),
        sender_reference=reference.value if reference is not None else None,
        fields=fields,
        problems=tuple(problems),
    )



def _disowned_unsure(fields: dict[str, FieldValue], disowned: set[str]) -> dict[str, FieldValue]:
    """With an attachment the covering text disowns left out, the addresses read are unsure."""
    for key in IP_KEYS if disowned else ():
        if key in fields:
            fields[key] = dataclasses.replace(fields[key], certain=False, reason=Reason.WITHDRAWN)
    return fields

_EN = re.compile(
    # the lookahead of the words' first letters only makes the search quick
    r"(?=[abcdfhikloprtw])\b(?:the|and|for|please|we|our|would|like|access|addresses|request|regards|dear|"
    r"hereby|kindly|with|will|be|to|of|thanks|hello|requests|contact|is|are|this)\b",
    re.IGNORECASE,
)
_CS = re.compile(
    # the lookahead of the words' first letters only makes the search quick
    r"(?=[adjknopsvzčďěňřšťůž])(?:\b(?:a|je|jsou|pro|na|se|dobrý|den|žádost\w*|prosím|děkuji|"
    r"pozdravem|adres\w*|ostr\w+|kontakt\w*|zasíláme|žádáme|vážen\w+)\b|[ěščřžůťďň])",
    re.IGNORECASE,
)


_EN_LOWER = re.compile(_EN.pattern)
_CS_LOWER = re.compile(_CS.pattern)
"""``_EN`` and ``_CS`` blind to no case, for a text in lower case (a proof: ``test_cue_case``)."""


def _language(text: str) -> str:
    low = lowered(text)
    if low is None:
        en, cs = len(_EN.findall(text)), len(_CS.findall(text))
    else:
        en, cs = len(_EN_LOWER.findall(low)), len(_CS_LOWER.findall(low))
    return "en" if en > 2 * cs and en >= 5 else "cs"


_GENERIC_SENDER = re.compile(
    r"^(?:redakce|sekretariát|sekretariat|podatelna|kancelář|kancelar|it|it\s+oddělení|"
    r"oddělení\s+it|noc|ops(?:\s+team)?|it\s+operations|servis|info|newsdesk|asistent\w*|"
    r"technik\w*|správa|admin\w*|vedení|office|support|helpdesk)$",
    re.IGNORECASE,
)


def _feed_unsure_ips(fields: dict[str, FieldValue]) -> dict[str, FieldValue]:
    """Addresses beside unsure request types that name filming too: the feed they serve may
    be put off or declined ("O XML feed (server …) požádáme až u příštích voleb"), so no
    address is certain."""
    return {
        k: dataclasses.replace(v, certain=False, reason=Reason.FEED_UNSURE)
        if k in IP_KEYS and v.certain
        else v
        for k, v in fields.items()
    }


def _given_name_of(display: str, person: str | None) -> bool:
    """A one-word display name that is the contact's given name or its familiar form ("Vojta"
    for "Vojtěch Kratochvíl", "Kuba", "Sepp"): the sender's nickname, no organisation."""
    words = (person or "").split()
    if " " in display.strip() or len(words) < 2:
        return False
    return display.strip().casefold() == words[0].casefold() or is_familiar_form(display.strip(), words[0])


def _org_from_display_name(name: str) -> str | None:
    """``Deník Ukázkový <redakce@…>``: a From display name that names an organisation."""
    v = re.sub(r"^(?:redakce|redakční\s+tým|newsroom)\s+", "", name.strip(), flags=re.IGNORECASE)
    # a person's name, also surname first ("Hughes, Oliver"), names no organisation
    if len(v) < 3 or "@" in v or _GENERIC_SENDER.match(v) or clean_name(surname_first(v)) is not None:
        return None
    if re.match(
        r"(?i)^(?:redakce|sekretariát|kancelář|oddělení|vedení|asistent\w*|podatelna|servis|"
        r"technick\w*|it|správa|office|team|tým|noc|ops)\b",
        v,
    ):
        return None
    return v


def primary_has_content(primary: Sequence[Block]) -> bool:
    return sum(len(b.text.strip()) for b in primary) > 200





def _value_of(fields: Mapping[str, FieldValue]) -> Callable[[str], Any]:
    def value_of(key: str) -> Any:
        fv = fields.get(key)
        return None if fv is None else fv.value

    return value_of


def _problems(
    types: Sequence[str],
    mentions: Sequence[tuple[Block, Mention]],
    prod_ips: Sequence[object],
    test_ips: Sequence[object],
    prod_count: int,
    test_count: int,
    fields: dict[str, FieldValue],
    max_prod: int,
    max_test: int,
    *,
    documentation_public: bool = False,
) -> list[Problem]:
    out: list[Problem] = []
    if not mentions and (rt.FEED in types or not types):
        out.append(Problem(Code.NO_IP_ADDRESSES, "Žádost neobsahuje žádnou IP adresu."))
    if prod_count > max_prod:
        out.append(
            Problem(
                Code.TOO_MANY_PRODUCTION_IPS,
                f"Požadováno {prod_count} adres pro ostrý provoz (nejvýše {max_prod}).",
            )
        )
    if test_count > max_test:
        out.append(
            Problem(
                Code.TOO_MANY_TEST_IPS,
                f"Požadováno {test_count} testovacích adres (nejvýše {max_test}).",
            )
        )
    non_public: list[str] = []
    for _, m in mentions:
        if m.is_block and not m.public(documentation_public=documentation_public):
            item = [m.text]
        else:
            item = [
                str(a)
                for a in m.addresses
                if not is_public(a, documentation_public=documentation_public)
            ]
        non_public += [x for x in item if x not in non_public]
    if len(non_public) > 20:
        non_public = non_public[:20] + [f"… a dalších {len(non_public) - 20}"]
    if non_public:
        out.append(
            Problem(
                Code.NON_PUBLIC_IP,
                "Neveřejné adresy (soukromé, rezervované, dokumentační): " + ", ".join(non_public),
            )
        )
    blocks = [m.text for _, m in mentions if m.is_block]
    if blocks:
        out.append(
            Problem(
                Code.IP_RANGE,
                "Žádost uvádí rozsahy nebo bloky adres: "
                + ", ".join(blocks)
                + "; započítána je každá adresa.",
            )
        )
    if "contact.email" not in fields:
        out.append(Problem(Code.MISSING_CONTACT_EMAIL, "Chybí kontaktní e-mail."))
    if "contact.phone" not in fields:
        out.append(Problem(Code.MISSING_CONTACT_PHONE, "Chybí kontaktní telefon."))
    out += review_problems({k: v.provenance() for k, v in fields.items()}, _value_of(fields))
    return out
