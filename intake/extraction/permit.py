"""Request types, and the fields of a recording-permit request (přítomnost na přebíracím
místě): person, applicant, newsroom and address, phones and e-mails, scope, kraj/okres."""

from __future__ import annotations

import re
from collections.abc import Sequence

from intake.extraction.fields import CSU, Office, emails_in, lines_of, phones_in
from intake.extraction.model import FieldValue, RecordingPermit
from intake.extraction.names import clean_name
from intake.extraction.org import legal_name_in
from intake.extraction.review import Reason
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
    r"natáč\w*|natač\w*|natoč\w*|natac\w*|nakrúc\w*|přebírac\w*\s+míst\w*|"
    r"prebirac\w*\s+mist\w*|preberac\w*\s+miest\w*|to\s+film\b|"
    r"povolení\s+k\s+přítomnosti|přítomnost\w*\s+(?:na|médií|štábu)|kameram\w*|štáb\w*|"
    r"pořízení\s+(?:záznamu|zvukov|obrazov)|obrazov\w*\s+záznam\w*|zvukov\w*\s+záznam\w*|"
    r"fotograf\w*|filming|film\b|camera\s+crew|record(?:ing)?\s+(?:at|in)\s+(?:the\s+)?"
    r"collection|collection\s+point|reportáž\w*",
    re.IGNORECASE,
)


_UNTICKED = re.compile(r"^\s*(?:[☐□❏○◯]|\[\s?\]|\(\s?\))")
_TICKED = re.compile(r"^\s*(?:[☒☑✓✔✗✘■●◉]|\[[xX✓✔*]\]|\([xX✓✔*]\))")
_NEGATION = re.compile(
    r"\b(?:ne(?:žádá|zadá|požaduj|pozaduj|potřebuj|potrebuj|žiad|ziad|chce|máme\s+zájem|"
    r"mame\s+zajem)\w*|nemáme\s+zájem|není\s+(?:třeba|potřeba|předmětem)|nie\s+je\s+potrebn\w*|"
    r"bez\s+(?:natáčení|záznamu|přístupu)|nebud\w*|nechce\w*|nepůjde|won'?t|will\s+not|"
    r"(?:do|does)\s+not|don'?t|doesn'?t|not\s+(?:needed|"
    r"required|requested|necessary)|no\s+need|nor|neither)\b|:\s*(?:ne|no|nie)\s*$",
    re.IGNORECASE,
)
_CLAUSE = re.compile(r"[.;!?\n]|,\s+(?=\w+\s+\w+)")
_AFTER_STOP = re.compile(r"(?<=[.!?])")
_CLOSE_NEGATION = re.compile(
    r"\b(?:no|without|bez|žádn\w*|zadn\w*|žiadn\w*|ziadn\w*|nijak\w*)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
"""A negating word right before a request's cue ("no camera crew", "bez natáčení")."""
_YES_COL = re.compile(r"^(?:ano|áno|yes|y|ja|oui)$", re.IGNORECASE)
_NO_COL = re.compile(r"^(?:ne|nie|no|n|nein|non)$", re.IGNORECASE)
_MARK = re.compile(r"^(?:[xX×✓✔☒☑■●]|ano|áno|yes|ja)$", re.IGNORECASE)


def _cells(line: str) -> list[str] | None:
    if "\t" in line:
        return [c.strip() for c in line.split("\t")]
    if "|" in line:
        return [c.strip() for c in line.strip().strip("|").split("|")]
    return None


def _yes_no_header(line: str) -> tuple[int, int] | None:
    """The (yes, no) column indices of a form's header row ("Požadavek | ano | ne")."""
    cells = _cells(line)
    if not cells:
        return None
    yes = [i for i, c in enumerate(cells) if _YES_COL.match(c)]
    no = [i for i, c in enumerate(cells) if _NO_COL.match(c)]
    return (yes[0], no[0]) if len(yes) == 1 and len(no) == 1 else None


def _yes_no_row(line: str, columns: tuple[int, int]) -> tuple[str, bool | None] | None:
    """A row under a yes/no header: its text and whether the yes column (True) or the no
    column (False) is marked (None: neither or both)."""
    cells = _cells(line)
    if cells is None:
        return None
    yes, no = columns
    marked = [i < len(cells) and bool(_MARK.match(cells[i])) for i in (yes, no)]
    text = " ".join(c for i, c in enumerate(cells) if i not in columns)
    return text, (marked[0] if marked[0] != marked[1] else None)


_BOX = re.compile(r"[☐□❏☒☑]|\[[\sxX✓✔*]?\]")
"""A form box anywhere in a line (boxes in a row: "Typ: ☒ přístup ☐ záznam")."""


def _boxed_parts(line: str) -> list[tuple[str, bool | None]]:
    """A line with boxes in a row split before each box: each part with its box (the text
    before the first box has none); a line with one leading box or none is one part."""
    marks = list(_BOX.finditer(line))
    if not marks or (len(marks) == 1 and not line[: marks[0].start()].strip()):
        box = True if _TICKED.match(line) else False if _UNTICKED.match(line) else None
        return [(line, box)]
    parts: list[tuple[str, bool | None]] = [(line[: marks[0].start()], None)]
    for m, nxt in zip(marks, [*marks[1:], None], strict=True):
        part = line[m.start() : nxt.start() if nxt else len(line)]
        parts.append((part, bool(_TICKED.match(part))))
    return [(p, box) for p, box in parts if p.strip()]


def _clauses(text: str) -> list[tuple[str, bool | None]]:
    """Clauses of ``text`` with what a form box or a yes/no column says about them: True
    ticked, False unticked, None no box."""
    out: list[tuple[str, bool | None]] = []
    columns: tuple[int, int] | None = None
    for line in text.splitlines():
        row = _yes_no_row(line, columns) if columns is not None else None
        if row is not None:
            out.append(row)
            continue
        columns = _yes_no_header(line)
        for part, box in _boxed_parts(line):
            if "?" in part:  # a question asks about, it does not request
                part = " ".join(p for p in _AFTER_STOP.split(part) if not p.rstrip().endswith("?"))
            out += [(c, box) for c in _CLAUSE.split(part) if c.strip()]
    return out


def _negated(cues: re.Pattern[str], clause: str) -> bool:
    if _NEGATION.search(clause):
        return True
    return any(
        _CLOSE_NEGATION.search(clause[max(0, m.start() - 60) : m.start()])
        for m in cues.finditer(clause)
    )


def _asked(
    cues: re.Pattern[str], clauses: list[tuple[str, bool | None]]
) -> tuple[bool, bool, bool]:
    """(asked for, declined somewhere, the last mention asks for it): a cue counts in a
    clause that is not negated and not an unticked box."""
    asked = declined = last = False
    # a form's box for this request decides it: the form's other lines only label fields
    boxed = any(box is not None and cues.search(c) for c, box in clauses)
    for clause, box in clauses:
        if not cues.search(clause) or (boxed and box is None):
            continue
        if box is False or (box is None and _negated(cues, clause)):
            declined, last = True, False
        else:
            asked, last = True, True
    return asked, declined, last


def request_types(text: str, has_ips: bool) -> tuple[tuple[str, ...], Reason | None]:
    """The request types ``text`` asks for, and why that reading is unsure (None: sure): a type counts
    only where it is asked for or ticked, never where it is declined or left unticked; a
    request both asked for and declined counts as its last mention says (a later sentence
    corrects an earlier one) and is not sure, nor are addresses given while the feed is
    declined."""
    clauses = _clauses(text)
    feed, feed_no, _ = _asked(_FEED_CUES, clauses)
    no_cue = (False, False, False)
    rec, rec_no, rec_last = _asked(_REC_CUES, clauses) if _REC_CUES.search(text) else no_cue
    out: list[str] = []
    if feed or (has_ips and not feed_no) or (has_ips and feed_no and not rec):
        out.append(FEED)
    if rec and (rec_last or not rec_no):
        out.append(RECORDING)
    reason: Reason | None = None
    if not out:
        reason = Reason.NO_TYPE
    elif has_ips and feed_no:
        reason = Reason.ADDRESSES_DECLINED
    elif (feed and feed_no) or (rec and rec_no):
        reason = Reason.DECLINED
    return tuple(out), reason


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
