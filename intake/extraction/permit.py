"""The fields of a recording-permit request (přítomnost na přebíracím místě): person,
applicant, newsroom and address, phones and e-mails, scope, kraj/okres."""

from __future__ import annotations

import re
from collections.abc import Sequence

from intake.extraction.fields import CSU, Office, emails_in, lines_of, phones_in
from intake.extraction.model import FieldValue, RecordingPermit
from intake.extraction.names import clean_name
from intake.extraction.org import legal_name_in
from intake.extraction.segments import Block

_LABELS: dict[str, re.Pattern[str]] = {
    "person": re.compile(
        r"^\s*(?:[-*•]\s*)?(?:jméno\s+(?:a\s+příjmení\s+)?osoby[^:\t]{0,40}|osoba[^:\t]{0,40}povol[^:\t]{0,25}"
        r"|povolovan\w+\s+osoba|kameraman\w*|fotograf\w*|reportér\w*|redaktor\w*|"
        r"person\s+to\s+be\s+permitted|camera\s+operator|reporter)(?:\s*:|\t)\s*(?P<v>.+)$",
        re.IGNORECASE,
    ),
    "applicant": re.compile(
        r"^\s*(?:[-*•]\s*)?(?:jméno\s+žadatele|žadatel(?:ka)?|žádá|applicant)(?:\s*:|\t)\s*(?P<v>.+)$",
        re.IGNORECASE,
    ),
    "newsroom": re.compile(
        r"^\s*(?:[-*•]\s*)?(?:(?:název\s+)?redakce|newsroom|médium)(?:\s*:|\t)\s*(?P<v>.+)$",
        re.IGNORECASE,
    ),
    "address": re.compile(
        r"^\s*(?:[-*•]\s*)?(?:adresa(?:\s+redakce)?|sídlo|address)(?:\s*:|\t)\s*(?P<v>.+)$",
        re.IGNORECASE,
    ),
    "scope": re.compile(
        r"^\s*(?:[-*•]\s*)?(?:(?:zamýšlený\s+)?rozsah(?:\s+(?:záznamu|natáčení|pořizovaného\s+"
        r"záznamu))?|scope(?:\s+of\s+(?:the\s+)?recording)?)(?:\s*:|\t)\s*(?P<v>.+)$",
        re.IGNORECASE,
    ),
    "collection_point": re.compile(
        r"^\s*(?:[-*•]\s*)?(?:(?:preferované\s+|požadované\s+)?přebírací\s+místo|kraj|okres|"
        r"(?:preferred\s+)?collection\s+point)(?:[^:\t]{0,30}:|[^:\t]{0,30}\t)\s*(?P<v>.+)$",
        re.IGNORECASE,
    ),
}
_POINT_PROSE = re.compile(
    r"přebírací\w*\s+míst\w*\s+(?:(?:v|ve|pro|na|ČSÚ|v\s+rámci)\s+)*(?:(?:kraj|okres)\w*\s+)?"
    r"(?P<v>[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][\w\-]+(?:[\s-]+(?:nad|pod|a|v|[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ])[\w\-]*){0,3})"
    r"|(?P<k>(?:Středočesk|Jihočesk|Plzeňsk|Karlovarsk|Ústeck|Libereck|Královéhradeck|Pardubick|"
    r"Jihomoravsk|Olomouck|Moravskoslezsk|Zlínsk)\w*\s+kraj\w*|kraj\w*\s+Vysočina|"
    r"okres\w*\s+[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][\w\-]+(?:[\s-][A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]?[\w\-]+){0,2})",
)


_NAME = r"([A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][a-záčďéěíňóřšťúůýž]+(?:\s+[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][a-záčďéěíňóřšťúůýž]+){1,2})"
_PERSON_PROSE = re.compile(
    rf"\b(?:kameram\w*|fotograf\w*|reportér\w*|redaktor\w*|camera\s+operator|cameraman|"
    rf"photographer|reporter)\s+(?:je\s+|bude\s+|is\s+)?{_NAME}",
    re.IGNORECASE,
)
_APPLICANT_PROSE = re.compile(rf"\b(?:žádá|žadatelem\s+je|žadatelkou\s+je)\s+{_NAME}")
_KRAJ = re.compile(
    r"(?:Středočesk|Jihočesk|Plzeňsk|Karlovarsk|Ústeck|Libereck|Královéhradeck|Pardubick|"
    r"Jihomoravsk|Olomouck|Moravskoslezsk|Zlínsk)\w*\s+kraj\w*|kraj\w*\s+Vysočina|"
    r"Hlavní\w*\s+měst\w*\s+Prah\w*|"
    r"okres\w*\s+[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][\w\-]+(?:[\s-](?:nad|pod|[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][\w\-]+)){0,2}"
)
_ADDRESS = re.compile(
    r"(?:^|,\s*)((?:ul\.\s*)?[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][\w .]{1,40}?\s\d+[a-z]?(?:/\d+[a-z]?)?,\s*"
    r"\d{3}\s?\d{2}\s+[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][\w \-]{1,40}?(?:\s\d{1,2})?)(?=$|[,.;)]|\s{2})"
)


def _first(
    blocks: Sequence[Block], rx: re.Pattern[str], group: int, *, name: bool = False
) -> tuple[str, FieldValue] | None:
    for b, ln in lines_of(blocks):
        m = rx.search(ln.text)
        if m and m.group(group):
            v = m.group(group).strip(" .,")
            if name:
                n = clean_name(v)
                if n is None:
                    continue
                v = n
            return v, FieldValue(v, b.component, ln.no, certain=False)
    return None


def recording_permit(
    blocks: Sequence[Block], fields: dict[str, FieldValue], office: Office = CSU
) -> RecordingPermit:
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
        for rx, group in ((_KRAJ, 0), (_POINT_PROSE, 1)):
            hit = _first(blocks, rx, group)
            if hit is not None:
                found["collection_point"] = hit[0]
                fields["recording_permit.collection_point"] = hit[1]
                break
    for key, rx in (("person", _PERSON_PROSE), ("applicant", _APPLICANT_PROSE)):
        if key not in found:
            hit = _first(blocks, rx, 1, name=True)
            if hit is not None:
                found[key] = hit[0]
                fields[f"recording_permit.{key}"] = hit[1]
    if "newsroom" in found:
        m = _ADDRESS.search(found["newsroom"])
        legal = legal_name_in(found["newsroom"])
        if m:
            found.setdefault("address", m.group(1).strip(" ,"))
            found["newsroom"] = found["newsroom"][: m.start()].strip(" ,")
        elif legal and found["newsroom"].startswith(legal) and found["newsroom"] != legal:
            found.setdefault("address", found["newsroom"][len(legal) :].strip(" ,"))
            found["newsroom"] = legal
    elif "organization.name" in fields:
        org = fields["organization.name"]
        found["newsroom"] = str(org.value)
        fields["recording_permit.newsroom"] = org
    if "address" not in found:
        hit = _first(blocks, _ADDRESS, 1)
        if hit is not None:
            found["address"] = hit[0]
            fields["recording_permit.address"] = hit[1]
    text = "\n".join(b.text for b in blocks)
    phones: list[str] = []
    for _, p in phones_in(text, office):
        if p not in phones:
            phones.append(p)
    emails: list[str] = []
    for e in emails_in(text, office):
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
