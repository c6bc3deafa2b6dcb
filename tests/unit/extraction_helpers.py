"""Building a parsed message in a test and extracting the application from it.

Shared by the extraction unit tests; each test file keeps only the sender and
defaults that its cases are about.
"""

from __future__ import annotations

from intake.content.check import ContentPolicy, check_content
from intake.extraction.extract import extract_application
from intake.extraction.model import Extraction
from intake.model import Channel, Component, ComponentRole, ParsedMessage

SIG = "\nKontakt: Iva Nová, 603 123 456, iva@zpravy.example\n"
"""A contact signature that makes a body complete for the contact fields."""

FEED = ("feed_access",)
REC = ("recording_permit",)
BOTH = ("feed_access", "recording_permit")


def body(text: str, role: ComponentRole = ComponentRole.BODY_TEXT, name: str = "body") -> Component:
    """A plain-text or HTML body; only a plain-text body carries its decoded text."""
    ctype = "text/html" if role is ComponentRole.BODY_HTML else "text/plain"
    text_value = text if role is ComponentRole.BODY_TEXT else None
    return Component(name, role, text.encode(), ctype, charset="utf-8", text=text_value)


def attachment(name: str, data: bytes) -> Component:
    """An attachment declared as application/octet-stream (its type is sniffed)."""
    return Component(name, ComponentRole.ATTACHMENT, data, "application/octet-stream")


def text_file(name: str, text: str) -> Component:
    """A plain-text attachment in UTF-8."""
    return Component(name, ComponentRole.ATTACHMENT, text.encode(), "text/plain", charset="utf-8")


def mail(
    *components: Component,
    subject: str = "Žádost",
    sender: str = "a@zpravy.example",
    sender_name: str = "",
) -> ParsedMessage:
    """An e-mail submission made of the given components."""
    return ParsedMessage(
        channel=Channel.EMAIL,
        subject=subject,
        sender=sender,
        sender_name=sender_name,
        components=components,
    )


def data_message(
    annotation: str,
    *components: Component,
    sender: str = "q7wz3kp",
    dm_sender: str,
    sender_name: str = "",
    subject: str | None = None,
) -> ParsedMessage:
    """A data-box message: its annotation (the subject unless given) and sender in the envelope."""
    return ParsedMessage(
        channel=Channel.DATABOX,
        subject=annotation if subject is None else subject,
        sender=sender,
        sender_name=sender_name,
        envelope={"dbIDSender": sender, "dmSender": dm_sender, "dmAnnotation": annotation},
        components=components,
    )


def extract(p: ParsedMessage) -> Extraction:
    """Content check with the default policy (no scanner), then extraction."""
    return extract_application(p, check_content(p, policy=ContentPolicy(), scanner=None))


def certain(x: Extraction, key: str) -> bool:
    return x.fields[key].certain
