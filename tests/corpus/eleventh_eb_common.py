"""Shared pieces of the eleventh held-out part, prefix ``eb`` (eb001–eb042): the label builder,
the IČO rule, the request-type lists and the closed set of styles (the blind set's).

Written by hand apart from the extraction rules and the tuning cases (issue 18); its emphasis
is attachments, forms and data-box messages."""

from __future__ import annotations

from tests.corpus.blind_a_common import Style as Style
from tests.corpus.label_rules import L as L
from tests.corpus.label_rules import ico as ico

FEED = ["feed_access"]
REC = ["recording_permit"]
BOTH = ["feed_access", "recording_permit"]
