"""``extract_application``: the application record of one parsed submission."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from intake.content.formats import detect
from intake.content.result import ContentResult
from intake.extraction import permit as rp
from intake.extraction.contact import find_contact
from intake.extraction.fields import CSU, Hit, Office, find_databox, find_ico
from intake.extraction.ips import Mention, Role, dedup, find_ips, is_public
from intake.extraction.model import Extraction, FieldValue
from intake.extraction.org import find_organization, org_from_signature
from intake.extraction.segments import Block, Kind, split_body, whole
from intake.extraction.text import TextExtractionError, decode, document_text, html_to_text
from intake.model import Channel, Code, Component, ComponentRole, ParsedMessage, Problem

_AMENDS = re.compile(
    r"\b(?:doplněn\w*|doplňuj\w*|doplňk\w*|oprav\w*|změn\w*|nahrazuj\w*|nahrazen\w*|aktualiz\w*|"
    r"místo\s+dříve|namísto\s+dříve|ruší\s+se|amend\w*|updat\w*|replac\w*|correct\w*|supersed\w*)",
    re.IGNORECASE,
)
MAX_TEXT = 500_000
"""Characters read per component: an application is a page or two; beyond this is noise."""
_FORWARD_SUBJECT = re.compile(r"^\s*(?:fwd?|fw|přep|tr|wg)\s*:", re.IGNORECASE)


def _component_text(c: Component) -> str | None:
    if c.role is ComponentRole.BODY_HTML:
        # our own rendering keeps table cells apart and marks quoted blocks
        return html_to_text(decode(c.data, c.charset))
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


def _blocks(parsed: ParsedMessage, content: ContentResult | None) -> list[Block]:
    comps = content.components if content is not None else parsed.components
    bad = {f.name for f in content.findings if f.problem} if content is not None else set()
    fwd = bool(_FORWARD_SUBJECT.match(parsed.subject))
    parents_with_plain = {c.parent for c in comps if c.role is ComponentRole.BODY_TEXT}
    own: list[Block] = []
    other: list[Block] = []
    for c in comps:
        if c.name in bad or c.role in (ComponentRole.SIGNATURE, ComponentRole.ENVELOPE):
            continue
        if c.role is ComponentRole.BODY_HTML and c.parent in parents_with_plain:
            continue
        text = _component_text(c)
        if not text or not text.strip():
            continue
        text = text[:MAX_TEXT]
        if c.role in (ComponentRole.BODY_TEXT, ComponentRole.BODY_HTML) and c.parent is None:
            for b in split_body(c.name, text, forwarded_subject=fwd):
                (own if b.kind in (Kind.OWN, Kind.SIGNATURE) else other).append(b)
        else:
            own.append(whole(c.name, text))
    return own + other


def _hit_field(h: Hit | None, *, certain: bool = True) -> FieldValue | None:
    if h is None:
        return None
    return FieldValue(h.value, h.component, h.line, h.certain and certain)


def _collect_ips(blocks: Sequence[Block]) -> list[tuple[Block, Mention]]:
    out: list[tuple[Block, Mention]] = []
    for b in blocks:
        for m in find_ips(b.text):
            line = b.lines[m.line - 1].no
            out.append((b, dataclasses.replace(m, line=line)))
    return out


def extract_application(
    parsed: ParsedMessage,
    content: ContentResult | None,
    *,
    max_production_ips: int = 5,
    max_test_ips: int = 5,
    office: Office = CSU,
) -> Extraction:
    blocks = _blocks(parsed, content)
    primary = [b for b in blocks if b.kind in (Kind.OWN, Kind.ATTACHMENT)]
    signature = [b for b in blocks if b.kind is Kind.SIGNATURE]
    forwarded = [b for b in blocks if b.kind is Kind.FORWARDED]
    quoted = [b for b in blocks if b.kind is Kind.QUOTED]
    fields: dict[str, FieldValue] = {}
    problems: list[Problem] = []

    # ---- IP addresses: own text and attachments, else forwarded, else quoted (uncertain)
    ips_certain = True
    mentions = _collect_ips(primary + signature)
    if not mentions and forwarded:
        mentions = _collect_ips(forwarded)
        if mentions:
            # the application itself is the forwarded text: read it as the primary text and
            # keep the forwarder's own note and signature only as a fallback
            primary, signature, forwarded = (
                forwarded + [b for b in primary if b.kind is Kind.ATTACHMENT],
                [],
                [b for b in primary if b.kind is Kind.OWN] + signature,
            )
    if not mentions:
        mentions = _collect_ips(quoted)
        ips_certain = not mentions
    mentions = [(b, m) for b, m in mentions if not m.excluded]
    all_text = "\n".join(b.text for b in primary + signature + forwarded)
    has_test_cue = any(m.role is Role.TEST for _, m in mentions)
    prod: list[tuple[Block, Mention]] = []
    test: list[tuple[Block, Mention]] = []
    for b, m in mentions:
        (test if m.role is Role.TEST else prod).append((b, m))
    prod_ips = dedup(a for _, m in prod for a in m.addresses)
    test_ips = dedup(a for _, m in test for a in m.addresses)
    prod_count = len(prod_ips) + sum(m.count for _, m in prod if not m.addresses)
    test_count = len(test_ips) + sum(m.count for _, m in test if not m.addresses)
    for key, group in (("production_ips", prod), ("test_ips", test)):
        if group:
            b0, m0 = group[0]
            unsure = any(m.role is None for _, m in group) and has_test_cue
            fields[key] = FieldValue(
                [str(a) for a in (prod_ips if key == "production_ips" else test_ips)],
                b0.component,
                m0.line,
                ips_certain and not unsure,
            )

    types = rp.request_types(parsed.subject + "\n" + all_text, bool(mentions))
    if not types and not mentions:
        types = ()
    fields["request_types"] = FieldValue(list(types), None, None, bool(types))

    # ---- organisation
    name_hit = find_organization(primary + signature)
    envelope_name = parsed.envelope.get("dmSender") if parsed.channel is Channel.DATABOX else None
    if name_hit is not None:
        fields["organization.name"] = _hit_field(name_hit)  # type: ignore[assignment]
    elif envelope_name:
        fields["organization.name"] = FieldValue(envelope_name, "envelope", None)
    ico = find_ico(primary + signature) or find_ico(forwarded)
    if ico is None and parsed.channel is Channel.DATABOX and parsed.envelope.get("dbIDSender"):
        env_ico = parsed.envelope.get("dmSenderIdent") or parsed.envelope.get("ic")
        if env_ico:
            ico = Hit(env_ico, "envelope", 0)
    if ico is not None:
        fields["organization.ico"] = FieldValue(
            ico.value, ico.component, ico.line or None, ico.certain
        )
    if parsed.channel is Channel.DATABOX and parsed.sender:
        fields["organization.databox_id"] = FieldValue(parsed.sender, "envelope", None)
    else:
        box = find_databox(primary + signature, office) or find_databox(forwarded, office)
        if box is not None:
            fields["organization.databox_id"] = _hit_field(box)  # type: ignore[assignment]

    # ---- contact
    contact = find_contact(primary, signature, forwarded + quoted, office)
    if contact.person is None and forwarded and not primary_has_content(primary):
        contact = find_contact(forwarded, [], [], office)
    if contact.person:
        fields["contact.person"] = _hit_field(contact.person)  # type: ignore[assignment]
    elif parsed.sender_name and parsed.channel is Channel.EMAIL:
        from intake.extraction.fields import clean_name

        n = clean_name(parsed.sender_name)
        if n:
            fields["contact.person"] = FieldValue(n, "header:From", None, certain=False)
    if contact.email:
        fields["contact.email"] = _hit_field(contact.email)  # type: ignore[assignment]
    elif parsed.channel is Channel.EMAIL and parsed.sender and "@" in parsed.sender:
        fields["contact.email"] = FieldValue(
            parsed.sender.lower(), "header:From", None, certain=False
        )
    if contact.phone:
        fields["contact.phone"] = _hit_field(contact.phone)  # type: ignore[assignment]
    if "organization.name" not in fields:
        sig_org = org_from_signature(signature, contact.person.value if contact.person else None)
        if sig_org:
            fields["organization.name"] = _hit_field(sig_org)  # type: ignore[assignment]
    if "organization.name" not in fields and parsed.channel is Channel.EMAIL:
        display = _org_from_display_name(parsed.sender_name)
        if display:
            fields["organization.name"] = FieldValue(display, "header:From", None, certain=False)

    permit = None
    if rp.RECORDING in types:
        permit = rp.recording_permit(primary + signature, fields, office)
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
        if missing:
            problems.append(
                Problem(
                    Code.INCOMPLETE_RECORDING_PERMIT,
                    "Žádosti o povolení k přítomnosti na přebíracím místě chybí: "
                    + ", ".join(missing),
                )
            )

    own_text = parsed.subject + "\n" + "\n".join(b.text for b in primary if b.kind is Kind.OWN)
    amends = bool(_AMENDS.search(own_text))

    problems += _problems(
        types,
        mentions,
        prod_ips,
        test_ips,
        prod_count,
        test_count,
        fields,
        max_production_ips,
        max_test_ips,
    )

    def val(k: str) -> str | None:
        v = fields.get(k)
        return None if v is None else str(v.value)

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
        amends=amends,
        recording_permit=permit,
        language=_language(own_text),
        fields=fields,
        problems=tuple(problems),
    )


_EN = re.compile(
    r"\b(?:the|and|for|please|we|our|would|like|access|addresses|request|regards|dear|"
    r"hereby|kindly|with|will|be|to|of|thanks|hello|requests|contact|is|are|this)\b",
    re.IGNORECASE,
)
_CS = re.compile(
    r"\b(?:a|je|jsou|pro|na|se|dobrý|den|žádost\w*|prosím|děkuji|pozdravem|adres\w*|"
    r"ostr\w+|kontakt\w*|zasíláme|žádáme|vážen\w+)\b|[ěščřžůťďň]",
    re.IGNORECASE,
)


def _language(text: str) -> str:
    en, cs = len(_EN.findall(text)), len(_CS.findall(text))
    return "en" if en > 2 * cs and en >= 5 else "cs"


_GENERIC_SENDER = re.compile(
    r"^(?:redakce|sekretariát|sekretariat|podatelna|kancelář|kancelar|it|it\s+oddělení|"
    r"oddělení\s+it|noc|ops(?:\s+team)?|it\s+operations|servis|info|newsdesk|asistent\w*|"
    r"technik\w*|správa|admin\w*|vedení|office|support|helpdesk)$",
    re.IGNORECASE,
)


def _org_from_display_name(name: str) -> str | None:
    """``Deník Ukázkový <redakce@…>``: a From display name that names an organisation."""
    from intake.extraction.fields import clean_name

    v = re.sub(r"^(?:redakce|redakční\s+tým|newsroom)\s+", "", name.strip(), flags=re.IGNORECASE)
    if len(v) < 3 or "@" in v or _GENERIC_SENDER.match(v) or clean_name(v) is not None:
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


_LABELS_CS = {
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
) -> list[Problem]:
    out: list[Problem] = []
    if not mentions and (rp.FEED in types or not types):
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
        if m.is_block and not m.public:
            item = [m.text]
        else:
            item = [str(a) for a in m.addresses if not is_public(a)]
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
    for key, fv in fields.items():
        if not fv.certain and key in _LABELS_CS:
            out.append(
                Problem(
                    Code.NEEDS_REVIEW,
                    f"Nejistý údaj – {_LABELS_CS[key]}: {fv.value}; ověří referent.",
                    component=fv.component,
                )
            )
    return out
