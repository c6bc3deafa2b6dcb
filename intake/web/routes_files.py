"""Downloads of components and of the original message, and the sandboxed HTML body view.

Everything here is hostile input: downloads are always ``attachment`` with ``nosniff`` and a
sandboxing CSP; an HTML body is sanitised with nh3 (no scripts, no styles, no images, no remote
content) and served with a CSP that forbids everything but inline styles, for display only in a
``sandbox`` iframe of the detail page.
"""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

import nh3
from fastapi import APIRouter, Depends, Request
from starlette.responses import Response

from intake.model import Channel
from intake.pipeline import CHANNELS
from intake.web.access import DOWNLOADED, VIEWED, record_access
from intake.web.auth import Principal
from intake.web.common import PREFIX, Id, app_of, reader, render
from storage.db import session_scope
from storage.tables import Component, Submission

router = APIRouter(include_in_schema=False)

HTML_TAGS = {
    "a",
    "abbr",
    "b",
    "blockquote",
    "br",
    "caption",
    "code",
    "dd",
    "div",
    "dl",
    "dt",
    "em",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "li",
    "ol",
    "p",
    "pre",
    "q",
    "s",
    "small",
    "span",
    "strong",
    "sub",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "u",
    "ul",
}
DOWNLOAD_CSP = "default-src 'none'; sandbox"
HTML_VIEW_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'; sandbox"


def sanitise_html(html: str) -> str:
    """Only harmless markup survives; links keep their text but lose nothing else dangerous."""
    return nh3.clean(
        html,
        tags=HTML_TAGS,
        attributes={
            "a": {"href", "title"},
            "td": {"colspan", "rowspan"},
            "th": {"colspan", "rowspan"},
        },
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )


def _ascii_name(name: str) -> str:
    safe = "".join(c if c.isascii() and (c.isalnum() or c in "._-") else "_" for c in name)
    return safe.strip("._")[:100] or "priloha"


def attachment_response(data: bytes, name: str) -> Response:
    disposition = f"attachment; filename=\"{_ascii_name(name)}\"; filename*=UTF-8''{quote(name)}"
    return Response(
        data,
        media_type="application/octet-stream",
        headers={
            "content-disposition": disposition,
            "x-content-type-options": "nosniff",
            "content-security-policy": DOWNLOAD_CSP,
        },
    )


def _component(request: Request, sub_id: int, comp_id: int) -> Component | None:
    with session_scope(app_of(request).engine) as s:
        comp = s.get(Component, comp_id)
    return comp if comp is not None and comp.submission_id == sub_id else None


def _missing(request: Request) -> Response:
    return render(
        request,
        "error.html",
        status_code=404,
        message="Soubor neexistuje nebo není v úložišti k dispozici.",
    )


@router.get(PREFIX + "/submissions/{sub_id}/components/{comp_id}")
def download_component(
    request: Request, sub_id: Id, comp_id: Id, who: Annotated[Principal, Depends(reader)]
) -> Response:
    comp = _component(request, sub_id, comp_id)
    if comp is None or not app_of(request).evidence.exists(comp.sha256):
        return _missing(request)
    data = app_of(request).evidence.get(comp.sha256)
    record_access(request, who, DOWNLOADED, sub_id, _what(comp))
    return attachment_response(data, comp.name)


def _what(comp: Component) -> dict[str, object]:
    return {"component": comp.id, "name": comp.name[:200], "sha256": comp.sha256}


@router.get(PREFIX + "/submissions/{sub_id}/original")
def download_original(
    request: Request, sub_id: Id, who: Annotated[Principal, Depends(reader)]
) -> Response:
    app = app_of(request)
    with session_scope(app.engine) as s:
        sub = s.get(Submission, sub_id)
    if sub is None or not app.evidence.exists(sub.sha256):
        return _missing(request)
    name = f"{sub.registry_number.replace('/', '-')}.{CHANNELS[Channel(sub.channel)].extension}"
    data = app.evidence.get(sub.sha256)
    record_access(request, who, DOWNLOADED, sub_id, {"original": True, "sha256": sub.sha256})
    return attachment_response(data, name)


@router.get(PREFIX + "/submissions/{sub_id}/components/{comp_id}/view")
def view_html(
    request: Request, sub_id: Id, comp_id: Id, who: Annotated[Principal, Depends(reader)]
) -> Response:
    comp = _component(request, sub_id, comp_id)
    if comp is None or comp.role != "body_html" or not app_of(request).evidence.exists(comp.sha256):
        return _missing(request)
    raw = app_of(request).evidence.get(comp.sha256).decode("utf-8", errors="replace")
    record_access(request, who, VIEWED, sub_id, _what(comp))
    page = (
        '<!doctype html><html lang="cs"><head><meta charset="utf-8">'
        '<meta name="referrer" content="no-referrer"></head><body>'
        + sanitise_html(raw)
        + "</body></html>"
    )
    return Response(
        page,
        media_type="text/html; charset=utf-8",
        headers={
            "content-security-policy": HTML_VIEW_CSP,
            "x-frame-options": "SAMEORIGIN",
            "x-content-type-options": "nosniff",
        },
    )
