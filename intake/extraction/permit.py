"""Request types, and the fields of a recording-permit request (přítomnost na přebíracím
místě): person, applicant, newsroom and address, phones and e-mails, scope, kraj/okres."""

from __future__ import annotations

import re
from collections.abc import Sequence

from intake.extraction.fields import clean_name, emails_in, lines_of, phones_in
from intake.extraction.model import FieldValue, RecordingPermit
from intake.extraction.segments import Block

FEED = "feed_access"
RECORDING = "recording_permit"

_FEED_CUES = re.compile(
    r"\bXML\b|vyhrazen\w*\s+(?:připojení|server)|výsledk\w*\s+voleb|volebn\w*\s+výsledk\w*|"
    r"\bIP\s*(?:adres\w*|address\w*|v4|v6)?\b|přístup\w*\s+k\s+(?:serveru|datům|výsledkům)|"
    r"results?\s+(?:server|feed)|dedicated\s+(?:connection|server|access)|data\s+feed",
    re.IGNORECASE,
)
_REC_CUES = re.compile(
    r"natáčen\w*|natoč\w*|natacen\w*|přebírac\w*\s+míst\w*|prebirac\w*\s+mist\w*|"
    r"povolení\s+k\s+přítomnosti|přítomnost\w*\s+(?:na|médií|štábu)|kameram\w*|štáb\w*|"
    r"pořízení\s+(?:záznamu|zvukov|obrazov)|obrazov\w*\s+záznam\w*|zvukov\w*\s+záznam\w*|"
    r"fotograf\w*|filming|film\b|camera\s+crew|record(?:ing)?\s+(?:at|in)\s+(?:the\s+)?"
    r"collection|collection\s+point|reportáž\w*",
    re.IGNORECASE,
)


def request_types(text: str, has_ips: bool) -> tuple[str, ...]:
    out: list[str] = []
    if has_ips or _FEED_CUES.search(text):
        out.append(FEED)
    if _REC_CUES.search(text):
        out.append(RECORDING)
    return tuple(out)


_LABELS: dict[str, re.Pattern[str]] = {
    "person": re.compile(
        r"^\s*(?:[-*•]\s*)?(?:jméno\s+(?:a\s+příjmení\s+)?osoby[^:]{0,40}|osoba[^:]{0,40}povol\w*"
        r"|povolovan\w+\s+osoba|kameraman\w*|fotograf\w*|reportér\w*|redaktor\w*|"
        r"person\s+to\s+be\s+permitted|camera\s+operator|reporter)\s*:\s*(?P<v>.+)$",
        re.IGNORECASE,
    ),
    "applicant": re.compile(
        r"^\s*(?:[-*•]\s*)?(?:jméno\s+žadatele|žadatel(?:ka)?|žádá|applicant)\s*:\s*(?P<v>.+)$",
        re.IGNORECASE,
    ),
    "newsroom": re.compile(
        r"^\s*(?:[-*•]\s*)?(?:(?:název\s+)?redakce|newsroom|médium)\s*:\s*(?P<v>.+)$",
        re.IGNORECASE,
    ),
    "address": re.compile(
        r"^\s*(?:[-*•]\s*)?(?:adresa(?:\s+redakce)?|sídlo|address)\s*:\s*(?P<v>.+)$", re.IGNORECASE
    ),
    "scope": re.compile(
        r"^\s*(?:[-*•]\s*)?(?:(?:zamýšlený\s+)?rozsah(?:\s+(?:záznamu|natáčení|pořizovaného\s+"
        r"záznamu))?|scope(?:\s+of\s+(?:the\s+)?recording)?)\s*:\s*(?P<v>.+)$",
        re.IGNORECASE,
    ),
    "collection_point": re.compile(
        r"^\s*(?:[-*•]\s*)?(?:(?:preferované\s+|požadované\s+)?přebírací\s+místo|kraj|okres|"
        r"(?:preferred\s+)?collection\s+point)[^:]{0,30}:\s*(?P<v>.+)$",
        re.IGNORECASE,
    ),
}
_POINT_PROSE = re.compile(
    r"přebírací\w*\s+míst\w*\s+(?:v\s+|ve\s+|pro\s+|ČSÚ\s+)?(?:(?:kraj|okres)\w*\s+)?"
    r"(?P<v>[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][\w\-]+(?:[\s-]+(?:nad|pod|a|v|[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ])[\w\-]*){0,3})"
    r"|(?P<k>(?:Středočesk|Jihočesk|Plzeňsk|Karlovarsk|Ústeck|Libereck|Královéhradeck|Pardubick|"
    r"Jihomoravsk|Olomouck|Moravskoslezsk|Zlínsk)\w*\s+kraj\w*|kraj\w*\s+Vysočina|"
    r"okres\w*\s+[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][\w\-]+(?:[\s-][A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]?[\w\-]+){0,2})",
)


def recording_permit(blocks: Sequence[Block], fields: dict[str, FieldValue]) -> RecordingPermit:
    found: dict[str, str] = {}
    for b, ln in lines_of(blocks):
        for key, rx in _LABELS.items():
            if key in found:
                continue
            m = rx.match(ln.text)
            if m:
                v = m.group("v").strip()
                if key in ("person", "applicant"):
                    v = clean_name(v) or v.split(",")[0].strip()
                found[key] = v
                fields[f"recording_permit.{key}"] = FieldValue(v, b.component, ln.no)
    if "collection_point" not in found:
        for b, ln in lines_of(blocks):
            m = _POINT_PROSE.search(ln.text)
            if m:
                v = (m.group("v") or m.group("k")).strip(" .,")
                found["collection_point"] = v
                fields["recording_permit.collection_point"] = FieldValue(
                    v, b.component, ln.no, certain=False
                )
                break
    text = "\n".join(b.text for b in blocks)
    phones: list[str] = []
    for _, p in phones_in(text):
        if p not in phones:
            phones.append(p)
    emails: list[str] = []
    for e in emails_in(text):
        if e not in emails:
            emails.append(e)
    return RecordingPermit(
        person=found.get("person"),
        applicant=found.get("applicant"),
        newsroom=found.get("newsroom"),
        address=found.get("address"),
        phones=tuple(phones),
        emails=tuple(emails),
        scope=found.get("scope"),
        collection_point=found.get("collection_point"),
    )
