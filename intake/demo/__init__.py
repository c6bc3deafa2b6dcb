"""The embedded demo (``podatelna serve --demo``, what ``scripts/run`` starts).

On first start it creates, under ``var/demo``: a demo PKI whose CA is configured as a
(qualified) trust anchor, demo e-mails of every kind in the drop folder (``var/inbox/new``),
sealed data-box messages for the ISDS stand-in, which runs in-process as the demo data box
(their detail pages show the ISDS seal as the seal of the data message), the delivery receipt
(doručenka) of the first of them in the drop folder (filed, not an application), and a demo
campaign whose deadline fell one hour before that first start. Every start prints a
fresh password for the demo officer. Later starts reuse everything (nothing is registered
twice: the sources deduplicate as always).

``prepare.prepare_demo`` builds it; ``pki``, ``messages`` and ``mailcatcher`` are its parts.
This file imports nothing.
"""
