"""ISDS stand-in: ``StandIn`` (server), ``Mailbox`` (state, faults), ``SealingAuthority``
(test CA + seal), ``make_demo_zfo`` / ``break_seal`` (message builders)."""
