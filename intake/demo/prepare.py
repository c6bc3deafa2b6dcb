"""``prepare_demo``: everything the embedded demo needs under ``var/demo``, made on first start
and reused later (see the package docstring)."""

from __future__ import annotations

import json
import logging
import secrets
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from intake.bootstrap import App, build_app
from intake.config import PRAGUE, Settings
from intake.demo.messages import DATABOX, MAILS, OFFICE, PEOPLE, RECEIPT_FILE, build_mail
from intake.demo.pki import DemoPKI, _write_secret, make_crl

logger = logging.getLogger(__name__)
STANDIN_USER = "podatelna-demo"


def _state(root: Path) -> dict[str, Any]:
    path = root / "state.json"
    if path.exists():
        return dict(json.loads(path.read_text()))
    state = {
        "start": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "standin_password": secrets.token_urlsafe(16),
    }
    root.mkdir(parents=True, exist_ok=True)
    _write_secret(path, json.dumps(state).encode())
    return state


def _authority(root: Path, start: datetime) -> Any:
    """The demo ISDS sealing authority, kept across restarts (its ZFOs stay verifiable)."""
    from databox.standin.authority import SealingAuthority

    d = root / "isds-authority"
    names = ("ca_cert", "ca_key", "seal_cert", "seal_key")
    if all((d / f"{n}.pem").exists() for n in names):
        load_key = serialization.load_pem_private_key
        return SealingAuthority(
            ca_cert=x509.load_pem_x509_certificate((d / "ca_cert.pem").read_bytes()),
            ca_key=load_key((d / "ca_key.pem").read_bytes(), None),  # type: ignore[arg-type]
            seal_cert=x509.load_pem_x509_certificate((d / "seal_cert.pem").read_bytes()),
            seal_key=load_key((d / "seal_key.pem").read_bytes(), None),  # type: ignore[arg-type]
        )
    auth = SealingAuthority.generate(valid_days=3650)
    d.mkdir(parents=True, exist_ok=True)
    for n in ("ca_cert", "seal_cert"):
        (d / f"{n}.pem").write_bytes(getattr(auth, n).public_bytes(serialization.Encoding.PEM))
    for n in ("ca_key", "seal_key"):
        _write_secret(
            d / f"{n}.pem",
            getattr(auth, n).private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            ),
        )
    return auth


def _seed(base: Path, root: Path, start: datetime, pki: DemoPKI, authority: Any) -> None:
    """Write the demo messages once (drop folder + stand-in ZFO directory)."""
    marker = root / "seeded"
    if marker.exists():
        return
    inbox = base / "var" / "inbox"
    for sub in ("tmp", "new", "cur"):
        (inbox / sub).mkdir(parents=True, exist_ok=True)
    for mail in MAILS:
        tmp = inbox / "tmp" / mail.file
        tmp.write_bytes(build_mail(mail, pki, start))
        tmp.replace(inbox / "new" / mail.file)
    from databox.standin.messages import make_demo_zfo

    zfo_dir = root / "isds-messages"
    zfo_dir.mkdir(parents=True, exist_ok=True)
    for i, (box, name, annotation, text, hours) in enumerate(DATABOX):
        zfo = make_demo_zfo(
            authority,
            box,
            name,
            annotation,
            [("zadost.txt", "text/plain", text.encode("utf-8"))],
            delivery_time=(start - timedelta(hours=hours)).astimezone(PRAGUE),
        )
        (zfo_dir / f"{i + 1:02d}.zfo").write_bytes(zfo)
        if i == 0:
            _seed_receipt(inbox, authority, zfo, start - timedelta(hours=hours))
    marker.write_text(start.isoformat())


def _seed_receipt(inbox: Path, authority: Any, zfo: bytes, delivered: datetime) -> None:
    """The delivery receipt (doručenka) of the first demo data message, as a sender would
    save it from its data box and the office would get it: a ``.zfo`` in the drop folder."""
    from databox.standin.soap import make_delivery_receipt

    receipt = make_delivery_receipt(
        authority, zfo, acceptance_time=delivered + timedelta(minutes=10)
    )
    tmp = inbox / "tmp" / RECEIPT_FILE
    tmp.write_bytes(receipt)
    tmp.replace(inbox / "new" / RECEIPT_FILE)


def demo_settings(
    base: Settings, start: datetime, standin_url: str, password: str, smtp_port: int
) -> Settings:
    root = base.path("var/demo")
    deadline = (start - timedelta(hours=1)).astimezone(PRAGUE)
    day = (start + timedelta(days=2)).astimezone(PRAGUE).replace(hour=14, minute=0, second=0)
    windows = [
        [
            day.isoformat(),
            (day + timedelta(days=1)).replace(hour=23, minute=59, second=59).isoformat(),
        ],
        [
            (day + timedelta(days=14)).isoformat(),
            (day + timedelta(days=15)).replace(hour=23, minute=59, second=59).isoformat(),
        ],
    ]
    data = base.model_dump(mode="json", exclude={"source"})
    data.update(
        mode="development",
        demo=True,
        campaign={
            **data["campaign"],
            "name": "demo",
            "deadline": deadline.isoformat(),
            "title": "Demo: přístup k výsledkům voleb",
            "live_windows": windows,
        },
        trust={
            **data["trust"],
            "anchors_dir": str(root / "trust" / "anchors"),
            "crl_dir": str(root / "trust" / "crl"),
            "fetch_revocation": False,
            "use_trusted_lists": False,
        },
        source=[
            {
                "kind": "dropfolder",
                "name": "drop",
                "path": str(base.path("var/inbox")),
                # the demo e-mails are stored as the demo MX received them, up to 30 hours
                # before the first start
                "trusted_mx": "mx.czso.demo",
                "max_receipt_skew": "3d",
            },
            {
                "kind": "databox",
                "name": "demo-isds",
                "base_url": standin_url,
                "username": STANDIN_USER,
                "password": password,
                "box_id": "czsodem",
            },
        ],
        notices={**data["notices"], "reply_source": "demo-isds"},
        smtp={"host": "127.0.0.1", "port": smtp_port, "security": "plain", "sender": OFFICE},
    )
    data["web"]["secret_key"] = secrets.token_urlsafe(32)
    return Settings(**data)


def prepare_demo(ctx: Any) -> tuple[App, str]:
    """Create (once) and start the demo; returns the App to serve and the start-up banner
    (with the demo officer's fresh password, for the terminal only — never logged)."""
    from databox.standin.server import StandIn

    base = ctx.settings
    root = base.path("var/demo")
    state = _state(root)
    start = datetime.fromisoformat(state["start"])
    pki = DemoPKI.load_or_create(root / "pki", PEOPLE, start)
    authority = _authority(root, start)
    trust = root / "trust"
    (trust / "anchors").mkdir(parents=True, exist_ok=True)
    (trust / "crl").mkdir(parents=True, exist_ok=True)
    (trust / "anchors" / "demo-qualified-ca.pem").write_bytes(
        pki.ca_cert.public_bytes(serialization.Encoding.PEM)
    )
    (trust / "anchors" / "demo-isds-ca.pem").write_bytes(
        authority.ca_cert.public_bytes(serialization.Encoding.PEM)
    )
    crl_from, crl_until = start - timedelta(days=3), datetime.now(UTC) + timedelta(days=60)
    (trust / "crl" / "demo-qualified-ca.crl").write_bytes(pki.crl(crl_from, crl_until))
    (trust / "crl" / "demo-isds-ca.crl").write_bytes(
        make_crl(authority.ca_cert, authority.ca_key, crl_from, crl_until)
    )
    _seed(base.base_dir, root, start, pki, authority)

    standin = StandIn(
        username=STANDIN_USER, password=state["standin_password"], authority=authority
    )
    standin.mailbox.load_dir(root / "isds-messages")
    standin.start()
    from intake.demo.mailcatcher import start_mail_catcher

    catcher = start_mail_catcher(root / "sent-mail")
    settings = demo_settings(base, start, standin.url, state["standin_password"], catcher.port)
    app = build_app(settings)
    app.closers += [standin.stop, catcher.stop]
    ctx._app = app  # the CLI context closes it on exit

    from intake.demo.officer import seed_demo_officer

    user, password = seed_demo_officer(app)
    banner = (
        "\n  podatelna DEMO\n"
        f"  officer login: {user}   password: {password}\n"
        f"  demo data box (ISDS stand-in): {standin.url}\n"
        f"  filings: {len(MAILS)} e-mails and a delivery receipt (doručenka) in var/inbox,"
        f" {len(DATABOX)} data-box messages;"
        f" deadline {settings.campaign.deadline.astimezone(PRAGUE):%d.%m.%Y %H:%M:%S}\n"
        f"  office address: {OFFICE}; notices sent by e-mail land in {root / 'sent-mail'}\n"
    )
    return app, banner
