"""The stand-in's operations: one handler per ISDS operation of our WSDL subset."""

from __future__ import annotations

import base64
import copy
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from lxml import etree

from databox.standin.authority import SealingAuthority
from databox.standin.envelope import validate
from databox.standin.messages import isds_time
from databox.standin.store import Mailbox, StoredMessage, message_of
from databox.zfo import NS, NS_DELIVERY, hardened_parser, parse_time, unwrap_cms

XSI = "http://www.w3.org/2001/XMLSchema-instance"

ENVELOPE_ORDER = (
    "dmID",
    "dbIDSender",
    "dmSender",
    "dmSenderAddress",
    "dmSenderType",
    "dmRecipient",
    "dmRecipientAddress",
    "dmSenderOrgUnit",
    "dmSenderOrgUnitNum",
    "dbIDRecipient",
    "dmRecipientOrgUnit",
    "dmRecipientOrgUnitNum",
    "dmToHands",
    "dmAnnotation",
    "dmRecipientRefNumber",
    "dmSenderRefNumber",
    "dmRecipientIdent",
    "dmSenderIdent",
    "dmLegalTitleLaw",
    "dmLegalTitleYear",
    "dmLegalTitleSect",
    "dmLegalTitlePar",
    "dmLegalTitlePoint",
    "dmPersonalDelivery",
    "dmAllowSubstDelivery",
)


# -- response building ----------------------------------------------------------------------


def _e(parent: etree._Element, name: str, text: str | None = "") -> etree._Element:
    el = etree.SubElement(parent, f"{{{NS}}}{name}")
    if text is None:
        el.set(f"{{{XSI}}}nil", "true")
    else:
        el.text = text
    return el


def _response(op: str) -> etree._Element:
    return etree.Element(f"{{{NS}}}{op}Response", nsmap={"p": NS, "xsi": XSI})


def _status(
    parent: etree._Element, code: str = "0000", message: str = "Provedeno úspěšně."
) -> None:
    st = _e(parent, "dmStatus", None)
    del st.attrib[f"{{{XSI}}}nil"]
    _e(st, "dmStatusCode", code)
    _e(st, "dmStatusMessage", message)


def status_only(op: str, code: str, message: str) -> etree._Element:
    r = _response(op)
    _status(r, code, message)
    return r


def _child_text(el: etree._Element, name: str) -> str | None:
    for c in el:
        if isinstance(c.tag, str) and etree.QName(c).localname == name:
            if c.get(f"{{{XSI}}}nil") in ("true", "1"):
                return None
            return (c.text or "").strip()
    return None


def _time(el: etree._Element, name: str) -> datetime | None:
    return parse_time(_child_text(el, name))


def _envelope_fields(parent: etree._Element, m: StoredMessage) -> None:
    for name in ENVELOPE_ORDER:
        value = m.envelope.get(name) or None
        if name == "dmID":
            value = m.dm_id
        elif name == "dmSenderType":
            value = value or "0"
        _e(parent, name, value)


def _tail(m: StoredMessage) -> dict[str, etree._Element]:
    """dmHash / dmQTimestamp of the sealed message, in the service namespace."""
    inner = etree.fromstring(unwrap_cms(m.zfo), hardened_parser())
    out: dict[str, etree._Element] = {}
    for el in inner.iter(etree.Element):
        ln = etree.QName(el).localname
        if ln in ("dmHash", "dmQTimestamp") and ln not in out:
            new = etree.Element(f"{{{NS}}}{ln}")
            for k, v in el.attrib.items():
                new.set(k, v)
            new.text = el.text
            out[ln] = new
        if ln == "dmDm" and "dmDm" not in out:
            out["dmDm"] = el
    return out


def _list(box: Mailbox, req: etree._Element) -> etree._Element:
    offset = int(_child_text(req, "dmOffset") or 1)
    limit = int(_child_text(req, "dmLimit") or 1000)
    try:
        mask = int(_child_text(req, "dmStatusFilter") or -1)
    except ValueError:
        mask = -1
    rows = box.listed(_time(req, "dmFromTime"), _time(req, "dmToTime"), mask)
    r = _response("GetListOfReceivedMessages")
    records = _e(r, "dmRecords")
    for i, m in enumerate(rows[max(offset, 1) - 1 : max(offset, 1) - 1 + limit], start=offset):
        rec = _e(records, "dmRecord")
        if m.vodz:
            rec.set("dmVODZ", "true")
        _e(rec, "dmOrdinal", str(i))
        _envelope_fields(rec, m)
        _e(rec, "dmMessageStatus", str(m.status))
        _e(rec, "dmAttachmentSize", m.envelope.get("dmAttachmentSize") or None)
        _e(rec, "dmDeliveryTime", isds_time(m.delivery_time))
        acc = m.acceptance_time
        _e(rec, "dmAcceptanceTime", isds_time(acc) if acc else None)
    _status(r)
    return r


def _found(box: Mailbox, op: str, req: etree._Element) -> StoredMessage | etree._Element:
    dm_id = _child_text(req, "dmID") or ""
    m = box.get(dm_id)
    if m is None:
        return status_only(op, "1219", f"Zpráva {dm_id} v této schránce neexistuje.")
    return m


def _signed(box: Mailbox, op: str, req: etree._Element) -> etree._Element:
    m = _found(box, op, req)
    if not isinstance(m, StoredMessage):
        return m
    if m.vodz and op == "SignedMessageDownload":
        return status_only(op, "1281", "Velkoobjemovou zprávu stáhněte službou pro VoDZ.")
    r = _response(op)
    _e(r, "dmSignature", base64.b64encode(m.zfo).decode("ascii"))
    _status(r)
    return r


def _message_download(box: Mailbox, req: etree._Element) -> etree._Element:
    m = _found(box, "MessageDownload", req)
    if not isinstance(m, StoredMessage):
        return m
    if m.vodz:
        return status_only(
            "MessageDownload", "1281", "Velkoobjemovou zprávu stáhněte službou pro VoDZ."
        )
    t = _tail(m)
    r = _response("MessageDownload")
    ret = _e(r, "dmReturnedMessage")
    ret.append(copy.deepcopy(t["dmDm"]))
    ret.append(t["dmHash"])
    ret.append(t["dmQTimestamp"])
    _e(ret, "dmDeliveryTime", isds_time(m.delivery_time))
    _e(ret, "dmAcceptanceTime", isds_time(m.acceptance_time) if m.acceptance_time else None)
    _e(ret, "dmMessageStatus", str(m.status))
    _e(ret, "dmAttachmentSize", m.envelope.get("dmAttachmentSize") or None)
    _status(r)
    return r


def delivery_element(m: StoredMessage, ns: str = NS) -> etree._Element:
    """``dmDelivery`` (envelope, hash, times, events) of a stored message."""
    t = _tail(m)
    d = etree.Element(f"{{{ns}}}dmDelivery", nsmap={"p": NS, "xsi": XSI})
    dm = _e(d, "dmDm")
    _envelope_fields(dm, m)
    d.append(t["dmHash"])
    qt = t["dmQTimestamp"]
    qt.attrib.pop(f"{{{XSI}}}nil", None)
    d.append(qt)
    _e(d, "dmDeliveryTime", isds_time(m.delivery_time))
    _e(d, "dmAcceptanceTime", isds_time(m.acceptance_time) if m.acceptance_time else None)
    _e(d, "dmMessageStatus", str(m.status))
    events = _e(d, "dmEvents")
    ev = _e(events, "dmEvent")
    _e(ev, "dmEventTime", isds_time(m.delivery_time))
    _e(ev, "dmEventDescr", "EV5: Dodání zprávy do schránky")
    if m.acceptance_time:
        ev = _e(events, "dmEvent")
        _e(ev, "dmEventTime", isds_time(m.acceptance_time))
        _e(
            ev,
            "dmEventDescr",
            "EV1: Doručeno přihlášením oprávněné osoby nebo aplikace (§17 odst. 3)",
        )
    return d


def sealed_delivery_info(authority: SealingAuthority, m: StoredMessage) -> bytes:
    """The ZFO of the delivery receipt (doručenka) of ``m``, as ``GetSignedDeliveryInfo``
    returns it: ``GetDeliveryInfoResponse`` in the delivery namespace, sealed."""
    root = etree.Element(f"{{{NS_DELIVERY}}}GetDeliveryInfoResponse", nsmap={"q": NS_DELIVERY})
    root.append(delivery_element(m, NS_DELIVERY))
    return authority.seal(etree.tostring(root, encoding="UTF-8", xml_declaration=True))


def make_delivery_receipt(
    authority: SealingAuthority, message_zfo: bytes, *, acceptance_time: datetime | None = None
) -> bytes:
    """The sealed delivery receipt of a received-message ZFO (accepted at
    ``acceptance_time`` when given): what a sender downloads to prove the delivery."""
    m = message_of(message_zfo)
    if acceptance_time is not None:
        m = replace(m, acceptance_time=acceptance_time, status=6)
    return sealed_delivery_info(authority, m)


def _delivery(box: Mailbox, req: etree._Element) -> etree._Element:
    m = _found(box, "GetDeliveryInfo", req)
    if not isinstance(m, StoredMessage):
        return m
    r = _response("GetDeliveryInfo")
    r.append(delivery_element(m))
    _status(r)
    return r


def _signed_delivery(box: Mailbox, req: etree._Element) -> etree._Element:
    m = _found(box, "GetSignedDeliveryInfo", req)
    if not isinstance(m, StoredMessage):
        return m
    r = _response("GetSignedDeliveryInfo")
    zfo = sealed_delivery_info(box.authority, m)
    _e(r, "dmSignature", base64.b64encode(zfo).decode("ascii"))
    _status(r)
    return r


def _mark(box: Mailbox, req: etree._Element) -> etree._Element:
    dm_id = _child_text(req, "dmID") or ""
    if not box.mark(dm_id):
        return status_only("MarkMessageAsDownloaded", "1219", f"Zpráva {dm_id} neexistuje.")
    return status_only("MarkMessageAsDownloaded", "0000", "Provedeno úspěšně.")


def _authenticate(box: Mailbox, req: etree._Element) -> etree._Element:
    text = "".join((_child_text(req, "dmMessage") or "").split())
    data = base64.b64decode(text)
    with box.lock:
        known = any(m.zfo == data for m in box.messages.values())
    r = _response("AuthenticateMessage")
    _e(r, "dmAuthResult", "true" if known else "false")
    _status(r)
    return r


def _create(box: Mailbox, req: etree._Element) -> etree._Element:
    env_el = next(c for c in req if etree.QName(c).localname == "dmEnvelope")
    envelope = {etree.QName(c).localname: (c.text or "") for c in env_el if isinstance(c.tag, str)}
    files = []
    for f in req.iter(f"{{{NS}}}dmFile"):
        content = _child_text(f, "dmEncodedContent") or ""
        files.append(
            (
                f.get("dmFileDescr", ""),
                f.get("dmMimeType", ""),
                base64.b64decode("".join(content.split())),
            )
        )
    sent = box.record_sent(
        envelope.get("dbIDRecipient", ""), envelope.get("dmAnnotation", ""), envelope, files
    )
    r = _response("CreateMessage")
    _e(r, "dmID", sent.dm_id)
    _status(r, "0000", "Zpráva byla úspěšně odeslána.")
    return r


HANDLERS: dict[str, Callable[[Mailbox, etree._Element], etree._Element]] = {
    "GetListOfReceivedMessages": _list,
    "SignedMessageDownload": lambda b, r: _signed(b, "SignedMessageDownload", r),
    "SignedBigMessageDownload": lambda b, r: _signed(b, "SignedBigMessageDownload", r),
    "MessageDownload": _message_download,
    "MarkMessageAsDownloaded": _mark,
    "GetDeliveryInfo": _delivery,
    "GetSignedDeliveryInfo": _signed_delivery,
    "AuthenticateMessage": _authenticate,
    "CreateMessage": _create,
    "DummyOperation": lambda b, r: status_only("DummyOperation", "0000", "Provedeno úspěšně."),
}


def answer(box: Mailbox, operation: str, request: etree._Element) -> etree._Element:
    response = HANDLERS[operation](box, request)
    error = validate(response)
    if error is not None:
        raise RuntimeError(f"stand-in produced an invalid {operation} answer: {error}")
    return response
