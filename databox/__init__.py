"""ISDS (Czech data boxes, datové schránky) for a receiving filing office.

- ``databox.zfo``: ``parse_zfo(raw) -> ParsedMessage`` and ``delivery_time(raw)``; pure,
  never raises on bad input; the seal is read, not verified (``verifiers`` does that).
- ``databox.client.DataboxClient``: zeep over our own WSDL/XSD subset (``databox/wsdl``):
  list, signed download (ws1 and VoDZ on ws2), mark as downloaded, delivery info,
  AuthenticateMessage, CreateMessage, DummyOperation. One account never sends two requests
  at once; back-off on HTTP 503 and on 3008/3009; typed errors in ``databox.errors``.
- ``databox.endpoints.service_url``: production/test, current and legacy domains, the four
  login methods (password, system certificate, user certificate, hosted records service).
- ``databox.source.DataboxSource``: the channel adapter (``intake.model.Source``).
- ``databox.standin``: an ISDS stand-in server for tests, the demo and development
  (``podatelna isds-standin``), with a test sealing authority and fault injection.

Only ``intake.model``, ``intake.errors`` and libraries are imported from outside.
"""
