"""ISDS web-service client (zeep over our WSDL subset).

One ``DataboxClient`` per data-box account. It never sends two requests in parallel for one
account (a process-wide lock per account), backs off on HTTP 503 and on status codes
3008/3009, recognises the HTML 401 page as an authentication error, and translates every
``dmStatusCode`` other than ``0000`` into a typed ``DataboxError``.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import requests
import zeep
import zeep.exceptions
from requests.auth import HTTPBasicAuth

from databox.endpoints import Environment, Login, Service, service_url
from databox.errors import (
    OK_CODES,
    RETRY_CODES,
    DataboxError,
    DataboxProtocolError,
    DataboxRequestError,
    DataboxUnavailable,
    status_error,
)
from databox.records import DeliveryInfo, ReceivedRecord, as_int, repeated
from databox.transport import DEFAULT_LOCK_DIR, AccountLock, CheckedTransport, Retry503
from intake.errors import ConfigurationError

logger = logging.getLogger(__name__)

WSDL_DIR = Path(__file__).parent / "wsdl"
NS = "http://isds.czechpoint.cz/v20"
_WSDL = {"dx": "dm_info.wsdl", "dz": "dm_operations.wsdl", "vodz": "dm_VoDZ.wsdl"}
_BINDING = {"dx": "dmInfoBinding", "dz": "dmOperationsBinding", "vodz": "dmVoDZBinding"}


class DataboxClient:
    """A client for one ISDS account. See ``databox.endpoints`` for the address rules.

    ``lock_dir`` holds the per-account lock files that keep processes on one machine from
    calling ISDS in parallel for one account (None: only threads of this process)."""

    def __init__(
        self,
        *,
        environment: Environment = "production",
        login: Login = "password",
        username: str | None = None,
        password: str | None = None,
        certificate: str | Path | None = None,
        key: str | Path | None = None,
        box_id: str | None = None,
        base_url: str | None = None,
        legacy_domain: bool = False,
        timeout: float = 60.0,
        verify: bool | str = True,
        max_response_bytes: int = 256 * 1024 * 1024,
        retries: int = 4,
        backoff: float = 2.0,
        max_backoff: float = 60.0,
        sleep: Callable[[float], None] = time.sleep,
        lock_dir: Path | None = DEFAULT_LOCK_DIR,
    ) -> None:
        self._urls = {
            s: service_url(
                s,
                environment=environment,
                login=login,
                base_url=base_url,
                legacy_domain=legacy_domain,
            )
            for s in ("dx", "dz", "vodz")
        }
        session = requests.Session()
        session.verify = verify
        if login == "password":
            if not username or password is None:
                raise ConfigurationError("ISDS password login needs a username and a password")
            session.auth = HTTPBasicAuth(username, password)
            who = username
        elif login == "hosted":
            if not box_id or not certificate:
                raise ConfigurationError("ISDS hosted login needs the box ID and a certificate")
            session.auth = HTTPBasicAuth(box_id, "")  # base64("dbID:"), colon included
            who = box_id
        else:
            if not certificate:
                raise ConfigurationError(f"ISDS {login} login needs a certificate")
            if login == "user_certificate":
                if not username or password is None:
                    raise ConfigurationError(
                        "ISDS user-certificate login also needs a username and a password"
                    )
                session.auth = HTTPBasicAuth(username, password)
            who = str(certificate)
        if certificate:
            session.cert = (str(certificate), str(key)) if key else str(certificate)
        self._session = session
        self._timeout = timeout
        self._max_response_bytes = max_response_bytes
        self._retries = retries
        self._backoff = backoff
        self._max_backoff = max_backoff
        self._sleep = sleep
        self._lock = AccountLock(f"{login}:{who}@{self._urls['dx']}", lock_dir)
        self._services: dict[str, Any] = {}

    # -- plumbing ---------------------------------------------------------------------------

    def _service(self, service: Service) -> Any:
        if service not in self._services:
            transport = CheckedTransport(
                session=self._session,
                timeout=self._timeout,
                operation_timeout=self._timeout,
                max_bytes=self._max_response_bytes,
            )
            settings = zeep.Settings(xml_huge_tree=True, forbid_dtd=True, forbid_entities=True)
            client = zeep.Client(
                str(WSDL_DIR / _WSDL[service]), transport=transport, settings=settings
            )
            self._services[service] = client.create_service(
                f"{{{NS}}}{_BINDING[service]}", self._urls[service]
            )
        return self._services[service]

    def _call(self, service: Service, operation: str, *args: Any, **kwargs: Any) -> Any:
        """One operation under the account lock, with back-off on 503 and 3008/3009."""
        delay = self._backoff
        attempt = 0
        with self._lock:
            while True:
                attempt += 1
                try:
                    result = getattr(self._service(service), operation)(*args, **kwargs)
                except Retry503:
                    if attempt > self._retries:
                        raise DataboxUnavailable(
                            f"{operation}: ISDS unavailable (HTTP 503) after {attempt} attempts"
                        ) from None
                    logger.warning("ISDS %s: HTTP 503, retrying in %.1f s", operation, delay)
                else:
                    code, message = self._status(operation, result)
                    if code in OK_CODES:
                        return result
                    if code not in RETRY_CODES or attempt > self._retries:
                        raise status_error(code, message, operation)
                    logger.warning("ISDS %s: status %s, retrying in %.1f s", operation, code, delay)
                self._sleep(delay)
                delay = min(delay * 2, self._max_backoff)

    def call(self, service: Service, operation: str, *args: Any, **kwargs: Any) -> Any:
        """Call an operation of our WSDL subset; library errors become ``DataboxError``s."""
        try:
            return self._call(service, operation, *args, **kwargs)
        except DataboxError:
            raise
        except requests.Timeout as exc:
            raise DataboxUnavailable(f"{operation}: ISDS timed out") from exc
        except requests.exceptions.SSLError as exc:
            raise DataboxUnavailable(
                f"{operation}: TLS failure talking to ISDS (server certificate, CA file, or "
                "client certificate)"
            ) from exc
        except requests.ConnectionError as exc:
            raise DataboxUnavailable(f"{operation}: cannot connect to ISDS") from exc
        except requests.RequestException as exc:
            raise DataboxUnavailable(f"{operation}: {exc.__class__.__name__}") from exc
        except zeep.exceptions.Fault as exc:
            raise DataboxProtocolError(f"{operation}: SOAP fault {exc.message}") from exc
        except (zeep.exceptions.Error, ValueError) as exc:  # XMLSyntaxError, TransportError …
            raise DataboxProtocolError(
                f"{operation}: unusable answer ({exc.__class__.__name__})"
            ) from exc

    @staticmethod
    def _status(operation: str, result: Any) -> tuple[str, str]:
        status = result if hasattr(result, "dmStatusCode") else getattr(result, "dmStatus", None)
        if status is None:
            raise DataboxProtocolError(f"{operation}: the answer has no dmStatus")
        return str(status.dmStatusCode or "").strip(), str(status.dmStatusMessage or "")

    def close(self) -> None:
        self._session.close()

    # -- operations -------------------------------------------------------------------------

    def dummy(self) -> None:
        """DummyOperation: checks connectivity and credentials (no legal effect)."""
        self.call("dz", "DummyOperation", None)

    def list_received(
        self,
        from_time: datetime | None,
        to_time: datetime | None,
        *,
        offset: int = 1,
        limit: int = 1000,
        status_filter: str = "-1",
    ) -> list[ReceivedRecord]:
        """One page of received messages by delivery time (``offset`` counts from 1).

        Note: this is the operation that counts as delivery by login (§17(3) 300/2008)."""
        result = self.call(
            "dx",
            "GetListOfReceivedMessages",
            dmFromTime=from_time,
            dmToTime=to_time,
            dmRecipientOrgUnitNum=None,
            dmStatusFilter=status_filter,
            dmOffset=offset,
            dmLimit=limit,
        )
        rows = repeated(getattr(result, "dmRecords", None), "dmRecord")
        out = []
        for r in rows:
            dm_id = getattr(r, "dmID", None)
            if not dm_id:
                continue  # an empty record (the whole tRecord sequence is optional)
            out.append(
                ReceivedRecord(
                    dm_id=str(dm_id),
                    sender_box=r.dbIDSender or "",
                    sender_name=r.dmSender or "",
                    sender_type=as_int(r.dmSenderType),
                    annotation=r.dmAnnotation or "",
                    delivery_time=r.dmDeliveryTime,
                    acceptance_time=r.dmAcceptanceTime,
                    status=as_int(r.dmMessageStatus),
                    attachment_size=as_int(r.dmAttachmentSize),
                    vodz=bool(getattr(r, "dmVODZ", False)),
                )
            )
        return out

    def iter_received(
        self, from_time: datetime | None, to_time: datetime | None, *, page_size: int = 100
    ) -> Iterator[ReceivedRecord]:
        """All received messages in the window, page by page (until a short page)."""
        offset = 1
        while True:
            page = self.list_received(from_time, to_time, offset=offset, limit=page_size)
            yield from page
            if len(page) < page_size:
                return
            offset += page_size

    def _signature(self, service: Service, operation: str, dm_id: str) -> bytes:
        result = self.call(service, operation, dmID=dm_id)
        data = getattr(result, "dmSignature", None)
        if not data:
            raise DataboxProtocolError(f"{operation}: no dmSignature for message {dm_id}")
        return bytes(data)

    def signed_message_download(self, dm_id: str) -> bytes:
        """The sealed ZFO of a received message (ws1)."""
        return self._signature("dz", "SignedMessageDownload", dm_id)

    def signed_big_message_download(self, dm_id: str) -> bytes:
        """The sealed ZFO of a big (VoDZ) received message (ws2, SOAP 1.2)."""
        return self._signature("vodz", "SignedBigMessageDownload", dm_id)

    def download_zfo(self, dm_id: str, *, big: bool = False) -> bytes:
        return (
            self.signed_big_message_download(dm_id) if big else self.signed_message_download(dm_id)
        )

    def mark_downloaded(self, dm_id: str) -> None:
        """MarkMessageAsDownloaded (state 7 "read"; it does not cause delivery)."""
        self.call("dx", "MarkMessageAsDownloaded", dmID=dm_id)

    def delivery_info(self, dm_id: str) -> DeliveryInfo:
        result = self.call("dx", "GetDeliveryInfo", dmID=dm_id)
        d = getattr(result, "dmDelivery", None)
        if d is None:
            raise DataboxProtocolError(f"GetDeliveryInfo: no dmDelivery for message {dm_id}")
        events = repeated(d.dmEvents, "dmEvent")
        return DeliveryInfo(
            delivery_time=d.dmDeliveryTime,
            acceptance_time=d.dmAcceptanceTime,
            status=as_int(d.dmMessageStatus),
            events=tuple((e.dmEventTime, e.dmEventDescr or "") for e in events),
        )

    def signed_delivery_info(self, dm_id: str) -> bytes:
        """The sealed delivery note (doručenka) as ZFO."""
        return self._signature("dx", "GetSignedDeliveryInfo", dm_id)

    def authenticate_message(self, zfo: bytes) -> bool:
        """AuthenticateMessage: does ISDS know this ZFO as unmodified?"""
        result = self.call("dz", "AuthenticateMessage", dmMessage=zfo)
        return bool(getattr(result, "dmAuthResult", False))

    def create_message(
        self,
        recipient_box_id: str,
        subject: str,
        files: Sequence[tuple[str, str, bytes]],
        *,
        to_hands: str | None = None,
        sender_ref: str | None = None,
        recipient_ref: str | None = None,
        personal_delivery: bool = False,
        allow_subst_delivery: bool = True,
    ) -> str:
        """Send a message with ``files`` ((name, MIME type, bytes); the first is the main
        document) to ``recipient_box_id``; returns the new dmID. The subject is cut to the
        255 characters ISDS accepts; over-long references raise ``DataboxRequestError``."""
        if not files:
            raise DataboxRequestError("a data message needs at least one file")
        if len(recipient_box_id) != 7:
            raise DataboxRequestError(f"{recipient_box_id!r} is not a data-box ID (7 characters)")
        for label, ref in (("sender_ref", sender_ref), ("recipient_ref", recipient_ref)):
            if ref is not None and len(ref) > 50:
                raise DataboxRequestError(f"{label} is longer than ISDS allows (50 characters)")
        envelope = {
            "dmSenderOrgUnit": None,
            "dmSenderOrgUnitNum": None,
            "dbIDRecipient": recipient_box_id,
            "dmRecipientOrgUnit": None,
            "dmRecipientOrgUnitNum": None,
            "dmToHands": to_hands,
            "dmAnnotation": subject[:255],
            "dmRecipientRefNumber": recipient_ref,
            "dmSenderRefNumber": sender_ref,
            "dmRecipientIdent": None,
            "dmSenderIdent": None,
            "dmLegalTitleLaw": None,
            "dmLegalTitleYear": None,
            "dmLegalTitleSect": None,
            "dmLegalTitlePar": None,
            "dmLegalTitlePoint": None,
            "dmPersonalDelivery": personal_delivery,
            "dmAllowSubstDelivery": allow_subst_delivery,
        }
        dm_files = {
            "dmFile": [
                {
                    "dmEncodedContent": data,
                    "dmMimeType": mime,
                    "dmFileMetaType": "main" if i == 0 else "enclosure",
                    "dmFileDescr": name,
                }
                for i, (name, mime, data) in enumerate(files)
            ]
        }
        result = self.call("dz", "CreateMessage", dmEnvelope=envelope, dmFiles=dm_files)
        dm_id = getattr(result, "dmID", None)
        if not dm_id:
            raise DataboxProtocolError("CreateMessage: no dmID in the answer")
        return str(dm_id)
