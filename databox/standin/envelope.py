"""SOAP envelopes of the stand-in: parse and XSD-validate requests, wrap answers (plain or
MTOM/XOP), build faults."""

from __future__ import annotations

import base64
import copy
import secrets
import threading
from functools import cache
from pathlib import Path

from lxml import etree

from databox.zfo import NS, hardened_parser

SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/"
SOAP12 = "http://www.w3.org/2003/05/soap-envelope"
XSD_PATH = Path(__file__).resolve().parents[1] / "wsdl" / "dmBaseTypes.xsd"
OPERATIONS: dict[str, tuple[str, ...]] = {
    "dx": (
        "GetListOfReceivedMessages",
        "MarkMessageAsDownloaded",
        "GetDeliveryInfo",
        "GetSignedDeliveryInfo",
    ),
    "dz": (
        "MessageDownload",
        "SignedMessageDownload",
        "AuthenticateMessage",
        "CreateMessage",
        "DummyOperation",
    ),
    "vodz": ("SignedBigMessageDownload",),
}


class SoapError(Exception):
    """A request the stand-in refuses with a SOAP fault (HTTP 500)."""


_SCHEMA_LOCK = threading.Lock()


@cache
def schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(XSD_PATH), hardened_parser()))


def validate(element: etree._Element) -> str | None:
    """None when ``element`` is valid against our XSD, else the first error message (one
    validation at a time: the schema object and its error log are shared)."""
    doc = etree.ElementTree(copy.deepcopy(element))
    with _SCHEMA_LOCK:
        s = schema()
        if s.validate(doc):
            return None
        err = s.error_log.last_error
        return err.message if err else "invalid"


def parse_request(body: bytes, service: str) -> tuple[str, str, etree._Element]:
    """``(SOAP namespace, operation, validated request element)``, or SoapError."""
    try:
        tree = etree.fromstring(body, hardened_parser()).getroottree()
    except etree.XMLSyntaxError as exc:
        raise SoapError(f"request is not well-formed XML: {exc.msg}") from exc
    if tree.docinfo.doctype:
        raise SoapError("DTDs are not allowed")
    env = tree.getroot()
    soap_ns = etree.QName(env).namespace or ""
    want = SOAP12 if service == "vodz" else SOAP11
    if etree.QName(env).localname != "Envelope" or soap_ns != want:
        raise SoapError(f"expected a SOAP {'1.2' if want == SOAP12 else '1.1'} envelope")
    bodies = [c for c in env if isinstance(c.tag, str) and etree.QName(c).localname == "Body"]
    if len(bodies) != 1:
        raise SoapError("expected exactly one SOAP Body")
    payload = [c for c in bodies[0] if isinstance(c.tag, str)]
    if len(payload) != 1:
        raise SoapError("expected exactly one element in the SOAP Body")
    request = payload[0]
    q = etree.QName(request)
    if q.namespace != NS or q.localname not in OPERATIONS[service]:
        raise SoapError(f"unknown operation {q.localname} on /{service}")
    error = validate(request)
    if error is not None:
        raise SoapError(f"request does not validate: {error}")
    return soap_ns, q.localname, request


def envelope_xml(soap_ns: str, payload: etree._Element | None, fault: str | None = None) -> bytes:
    env = etree.Element(f"{{{soap_ns}}}Envelope", nsmap={"soap": soap_ns})
    body = etree.SubElement(env, f"{{{soap_ns}}}Body")
    if payload is not None:
        body.append(payload)
    elif fault is not None:
        f = etree.SubElement(body, f"{{{soap_ns}}}Fault")
        if soap_ns == SOAP12:
            code = etree.SubElement(f, f"{{{soap_ns}}}Code")
            etree.SubElement(code, f"{{{soap_ns}}}Value").text = "soap:Receiver"
            reason = etree.SubElement(f, f"{{{soap_ns}}}Reason")
            text = etree.SubElement(reason, f"{{{soap_ns}}}Text")
            text.set("{http://www.w3.org/XML/1998/namespace}lang", "en")
            text.text = fault
        else:
            etree.SubElement(f, "faultcode").text = "soap:Server"
            etree.SubElement(f, "faultstring").text = fault
    return bytes(etree.tostring(env, encoding="UTF-8", xml_declaration=True))


XOP = "http://www.w3.org/2004/08/xop/include"


def mtom_reply(soap_ns: str, response: etree._Element) -> tuple[str, bytes]:
    """``(content type, body)`` of a multipart/related (MTOM/XOP) answer: each
    ``dmSignature`` goes out as a binary part referenced by ``xop:Include``."""
    boundary = "uuid:" + secrets.token_hex(16)
    parts: list[tuple[str, bytes]] = []
    for i, el in enumerate(response.iter(f"{{{NS}}}dmSignature")):
        cid = f"part{i}@isds-standin"
        parts.append((cid, base64.b64decode(el.text or "")))
        el.text = None
        etree.SubElement(el, f"{{{XOP}}}Include", nsmap={"xop": XOP}).set("href", f"cid:{cid}")
    root = envelope_xml(soap_ns, response)
    inner = "application/soap+xml" if soap_ns == SOAP12 else "text/xml"
    out = [
        f"--{boundary}\r\n"
        f'Content-Type: application/xop+xml; charset=UTF-8; type="{inner}"\r\n'
        "Content-Transfer-Encoding: binary\r\n"
        "Content-ID: <root@isds-standin>\r\n\r\n".encode(),
        root,
    ]
    for cid, data in parts:
        out.append(
            f"\r\n--{boundary}\r\n"
            "Content-Type: application/octet-stream\r\n"
            "Content-Transfer-Encoding: binary\r\n"
            f"Content-ID: <{cid}>\r\n\r\n".encode()
        )
        out.append(data)
    out.append(f"\r\n--{boundary}--\r\n".encode())
    ctype = (
        f'multipart/related; type="application/xop+xml"; start="<root@isds-standin>"; '
        f'start-info="{inner}"; boundary="{boundary}"'
    )
    return ctype, b"".join(out)
