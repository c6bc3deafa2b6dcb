"""The files a corpus part's generator renders, read back for the part's own tests: a case by
its id's prefix, the files a rendered case carries (a data message's ``dmFile`` or a mail's
attachments, inside forwarded mails too), one of them by its name's ending, a member of a
zipped office file, a PDF's text."""

from __future__ import annotations

import base64
import email
import email.policy
import io
import zipfile
from collections.abc import Callable
from functools import cached_property
from typing import Any

from lxml import etree


class Rendered:
    """One part's rendered files (``files()``) and case specs (``all_cases()``)."""

    def __init__(
        self, all_cases: Callable[[], list[dict[str, Any]]], files: Callable[[], dict[str, bytes]]
    ) -> None:
        self._all_cases = all_cases
        self._files = files

    @cached_property
    def written(self) -> dict[str, bytes]:
        return self._files()

    def case(self, prefix: str) -> dict[str, Any]:
        return next(c for c in self._all_cases() if c["id"].startswith(prefix))

    def attachments(self, prefix: str) -> dict[str, tuple[str, bytes]]:
        """File name → (content type, bytes) of every file a rendered case carries (inside
        forwarded mails too)."""
        case = self.case(prefix)
        if "databox" in case:
            root = etree.fromstring(self.written[case["id"] + ".xml"])
            return {
                f.get("dmFileDescr"): (
                    f.get("dmMimeType"),
                    base64.b64decode(f.findtext("{*}dmEncodedContent") or ""),
                )
                for f in root.iter("{*}dmFile")
            }
        raw = self.written[case["id"] + ".eml"]
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        out: dict[str, tuple[str, bytes]] = {}
        for part in msg.walk():
            name = part.get_filename()
            payload = part.get_payload(decode=True)
            if name and isinstance(payload, bytes):
                out[name] = (part.get_content_type(), payload)
        return out

    def only(self, prefix: str, suffix: str) -> bytes:
        """The one file of the case whose name ends with ``suffix``."""
        found = [d for name, (_, d) in self.attachments(prefix).items() if name.endswith(suffix)]
        assert len(found) == 1, (prefix, suffix)
        return found[0]


def member(data: bytes, name: str) -> str:
    """A member of a zipped office file (DOCX, XLSX, ODT, ODS) as text."""
    return zipfile.ZipFile(io.BytesIO(data)).read(name).decode("utf-8")


def pdf_text(data: bytes) -> str:
    import pypdf

    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)
