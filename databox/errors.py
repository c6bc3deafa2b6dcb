"""Typed data-box errors (all subclass ``intake.errors.DataboxError``) and the dmStatus map."""

from __future__ import annotations

from intake.errors import DataboxError


class DataboxAuthError(DataboxError):
    """Login refused (HTTP 401, usually an HTML page instead of a SOAP answer)."""


class DataboxUnavailable(DataboxError):
    """ISDS unreachable, timed out, or answering 503 (maintenance) beyond the retry budget."""


class DataboxProtocolError(DataboxError):
    """The answer was not the SOAP document the interface promises (malformed XML, a fault)."""


class DataboxRequestError(DataboxError):
    """A request ISDS would refuse, caught before sending (e.g. a field over its length)."""


class DataboxStatusError(DataboxError):
    """ISDS answered with a non-zero ``dmStatusCode``."""

    def __init__(self, code: str, message: str, operation: str = "") -> None:
        self.code = code
        self.status_message = message
        self.operation = operation
        super().__init__(f"{operation or 'ISDS'}: status {code} {message}".strip())


class DataboxThrottled(DataboxStatusError):
    """3008 (too many parallel requests) / 3009 (too many requests), after back-off."""


class MessageNotFound(DataboxStatusError):
    """1219: no message with this ID in this box."""


class BigMessageRequired(DataboxStatusError):
    """1281: a big (VoDZ) message requested through ws1; use the vodz service."""


class BoxInaccessible(DataboxStatusError):
    """1201: the data box is not accessible."""


class AttachmentRejected(DataboxStatusError):
    """1214: an attachment failed the content or extension check."""


STATUS_ERRORS: dict[str, type[DataboxStatusError]] = {
    "1201": BoxInaccessible,
    "1214": AttachmentRejected,
    "1219": MessageNotFound,
    "1281": BigMessageRequired,
    "3008": DataboxThrottled,
    "3009": DataboxThrottled,
}
RETRY_CODES = frozenset({"3008", "3009"})
OK_CODES = frozenset({"0000"})


def status_error(code: str, message: str, operation: str = "") -> DataboxStatusError:
    cls = STATUS_ERRORS.get(code, DataboxStatusError)
    return cls(code, message, operation)
