"""The detail page says in Czech how the receipt time was decided (intake.receipt)."""

from __future__ import annotations

import html as htmllib
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from fastapi.testclient import TestClient

from intake.model import Channel, RawItem
from intake.receipt import Arrival, ArrivalKind, Receipt, ReceiptPolicy, receipt_of
from tests.fakes import FakeStages
from tests.web.seed import Seeded, eml


class RealReceipt(FakeStages):
    """The fakes, but the receipt time decided by the real rule."""

    def receipt(
        self, raw: bytes, channel: Channel, arrival: Arrival, policy: ReceiptPolicy
    ) -> Receipt:
        return receipt_of(raw, channel, arrival, policy)


def basis(client: TestClient, sub: int | None) -> str:
    page = client.get(f"/ui/submissions/{sub}").text
    m = re.search(r'<span class="small" id="zaklad-casu">([^<]*)</span>', page)
    assert m, page
    return htmllib.unescape(m.group(1))


def test_trusted_relay_basis(seeded: Seeded, client_for: Callable[[str | None], TestClient]) -> None:
    assert basis(client_for("officer"), seeded.ids["approve"]) == (
        "podle přijetí serverem mx.podatelna.example (důvěryhodný předávající server)"
    )


def test_arrival_basis_with_the_reason(
    seeded: Seeded, client_for: Callable[[str | None], TestClient]
) -> None:
    now = datetime.now(UTC).replace(microsecond=0)
    service = seeded.app.service
    service.stages = RealReceipt()
    service.receipt_policies = {
        "drop": ReceiptPolicy("mx.csu.example", arrival=ArrivalKind.REGISTRATION),
        "mail": ReceiptPolicy("mx.podatelna.example", arrival=ArrivalKind.IMAP_INTERNALDATE),
    }
    old = (now - timedelta(days=3, hours=1)).strftime("%a, %d %b %Y %H:%M:%S +0000")
    # the fixtures' header is "from mx.example by mx.podatelna.example"
    items = [
        RawItem("drop", "forged.eml", eml(801, date="Sat, 1 Jan 2000 00:00:00 +0000"), Channel.EMAIL),
        RawItem("mail", "INBOX/1/7", eml(802, date=old), Channel.EMAIL, received_at=now),
        RawItem("import", "x", eml(803, date="Sat, 1 Jan 2000 00:00:00 +0000"), Channel.EMAIL),
    ]
    forged, too_old, imported = (service.receive(i).submission for i in items)
    assert forged.received_at >= now and forged.registry_number.startswith(
        f"CSU-EP/{forged.received_at.year}/"
    )
    assert too_old.received_at == now
    officer = client_for("officer")
    assert basis(officer, forged.id) == (
        "podle času zaevidování – hlavička Received není od důvěryhodného serveru mx.csu.example"
    )
    assert basis(officer, too_old.id) == (
        "podle času uložení do poštovní schránky (IMAP INTERNALDATE) – hlavička Received od "
        "serveru mx.podatelna.example je o 3 dny starší než přijetí (povolený rozdíl nejvýše "
        "1 den)"
    )
    assert basis(officer, imported.id) == (
        "podle času zaevidování – pro tento zdroj není určen důvěryhodný předávající server"
    )
