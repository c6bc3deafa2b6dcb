"""The e-mail channel. Imports only ``intake.model`` and ``intake.errors`` from ``intake``.

- ``mail.mime.parse_email(raw) -> ParsedMessage`` and ``mail.mime.receipt_time(raw, mx)``:
  pure parsing (charsets, RFC 2047/2231 names, HTML to text, TNEF, S/MIME unwrap without
  verification, forwarded messages kept byte for byte); never raises.
- ``mail.imap.ImapSource``: the IMAP intake behind ``intake.model.Source`` (plus ``wait`` and
  ``flush``); the registry is the ledger, acknowledged messages are moved out of the folder.
- ``mail.smtp.SmtpSender``: sending notices (plain on loopback, STARTTLS, implicit TLS, AUTH).
"""
