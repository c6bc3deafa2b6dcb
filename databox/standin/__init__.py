"""ISDS stand-in: ``StandIn`` (server), ``Mailbox`` (state, faults), ``SealingAuthority``
(test CA + seal), ``make_demo_zfo`` / ``break_seal`` / ``MessageSpec`` (message builders).

Demo use::

    authority = SealingAuthority.generate()
    authority.write_ca(trust_anchors_dir / "isds-standin-ca.pem")   # so the seal verifies
    with StandIn(username="csu", password="…", authority=authority) as isds:
        isds.mailbox.add_zfo(make_demo_zfo(authority, "abc1234", "Redakce", "Žádost", files))
        ...  # a databox source with base_url=isds.url
"""

from databox.standin.authority import SealingAuthority
from databox.standin.messages import MessageSpec, break_seal, make_demo_zfo
from databox.standin.server import StandIn
from databox.standin.store import Mailbox

__all__ = ["Mailbox", "MessageSpec", "SealingAuthority", "StandIn", "break_seal", "make_demo_zfo"]
