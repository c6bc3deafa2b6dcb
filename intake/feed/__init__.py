"""The allow-list feed: versions of the approved set (``versions``), TEST/LIVE profiles
(``profiles``), signed renderings (``render``, ``minisign``), the feed service that versions the
list inside the deciding transaction (``service``), the feed API's serving core (``server``),
its ``304`` answered by the HTTP protocol (``fastpath``) and the provisioning agent (``agent``).

The composition root (``intake.bootstrap``) builds the ``FeedService`` and its ``FeedServer``
and wires the event listener and the schedule tick.
"""
