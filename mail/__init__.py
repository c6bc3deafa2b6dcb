"""The e-mail channel: IMAP intake (``mail.imap``), MIME parsing (``mail.mime``) and SMTP
sending (``mail.smtp``). Imports only ``intake.model`` and ``intake.errors`` from ``intake``."""
