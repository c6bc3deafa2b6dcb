"""ISDS stand-in: ``server.StandIn`` (server), ``store.Mailbox`` (state, faults),
``authority.SealingAuthority`` (test CA + seal), ``messages.make_demo_zfo`` / ``break_seal`` /
``MessageSpec`` (message builders). Import from those modules; this file imports nothing.

Demo use::

    authority = SealingAuthority.generate()
    authority.write_ca(trust_anchors_dir / "isds-standin-ca.pem")   # so the seal verifies
    with StandIn(username="csu", password="…", authority=authority) as isds:
        isds.mailbox.add_zfo(make_demo_zfo(authority, "abc1234", "Redakce", "Žádost", files))
        ...  # a databox source with base_url=isds.url
"""
