"""Shared pieces of the tenth held-out part ``z`` (z001–z042): the closed set of styles and
the request-type shorthands. This part's emphasis is unusual applicants and wording: foreign
media writing in their own languages or mixed English, freelancers, universities and
institutes, municipalities, agencies and IT contractors writing for a medium; addresses as
ranges, CIDR, netmasks, words, counts and order, IPv6, old or corrected addresses, NAT or
internal hosts; request types declined, withdrawn, conditional or filming only.

Written by hand apart from the extraction rules and the tuning cases (issue 18)."""

from __future__ import annotations

from enum import StrEnum

from tests.corpus.label_rules import L as L

FEED = ["feed_access"]
REC = ["recording_permit"]
BOTH = ["feed_access", "recording_permit"]


class Style(StrEnum):
    """How an application of this part is written; every case has exactly one."""

    FOREIGN = "foreign-media"
    """A foreign medium, in its own language, in English or in a mix of both."""
    FREELANCE = "freelancer"
    UNIVERSITY = "university-institute"
    MUNICIPAL = "municipal-newsroom"
    CONTRACTOR = "contractor-for-medium"
    """An IT contractor or an agency writing on behalf of the medium that applies."""
    AGENCY = "news-agency"
    NOTATION = "address-notation"
    """Addresses as ranges, CIDR blocks, netmasks, in words or by count and order."""
    IPV6 = "ipv6"
    OLD_NEW = "old-or-corrected"
    """Old addresses no longer used, or an address corrected later in the message."""
    DECLINED = "declined-withdrawn-conditional"
    RECORDING = "filming-only"
    SLOVAK = "slovak"
    HTML_TABLE = "html-table"
    FORM = "form-checkboxes"
    ATTACHMENT = "attachment"
    REPLY = "reply-quoting-office"
    FORWARD = "forward-own"
    DATABOX = "databox-message"
