"""One exception tree for the whole service; adapters translate their library errors into it.

::

    IntakeError
     ├── ConfigurationError        bad or missing configuration (exit code 2)
     ├── UsageError                a user error on the command line (exit code 2)
     ├── SourceError               a source account is unusable (login, TLS, folder, SOAP fault)
     │    ├── MailSourceError
     │    └── DataboxError
     ├── ParseError                input could not be parsed at all
     ├── VerificationUnavailable   a signature could not be evaluated (trust data missing …)
     ├── StorageError              the registry or the evidence store refused a write
     └── NotFound                  an ID that does not exist

Each error can give ``diagnostics()``: a short, secret-free explanation for operators.
The CLI and the web layer map these to exit codes and HTTP statuses in one place each.
"""

from __future__ import annotations


class IntakeError(Exception):
    """Base of every error podatelna raises on purpose."""

    exit_code = 1

    def diagnostics(self) -> str:
        return str(self) or self.__class__.__name__


class ConfigurationError(IntakeError):
    exit_code = 2


class UsageError(IntakeError):
    exit_code = 2


class SourceError(IntakeError):
    """A whole source account could not be used; other sources carry on."""


class MailSourceError(SourceError):
    pass


class DataboxError(SourceError):
    pass


class ParseError(IntakeError):
    pass


class VerificationUnavailable(IntakeError):
    pass


class StorageError(IntakeError):
    pass


class NotFound(IntakeError):
    exit_code = 3
