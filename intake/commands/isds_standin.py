"""``podatelna isds-standin``: run the ISDS stand-in server (tests, demo, development)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path
from typing import Any

from intake.errors import UsageError

logger = logging.getLogger(__name__)


def register(sub: Any) -> None:
    p = sub.add_parser(
        "isds-standin",
        help="run the ISDS (data box) stand-in server on loopback",
        description=(
            "A stand-in for the ISDS web services: Basic auth, XSD-validated requests, "
            "received messages sealed by a test authority generated at start, recorded "
            "CreateMessage calls, fault injection over /_admin/faults."
        ),
        epilog=(
            "Admin endpoint (same credentials): GET /_admin/state; POST /_admin/messages "
            "with a ZFO body (?vodz=1 for a big one); POST /_admin/faults with JSON "
            '{"kind": "http503|slow|hang|status|malformed|auth|soapfault", '
            '"operation": "GetListOfReceivedMessages", "times": 1, "code": "3009", '
            '"delay": 2.0, "dm_id": null}; DELETE /_admin/faults.'
        ),
    )
    p.add_argument("--listen", default="127.0.0.1:8081", help="HOST:PORT (default %(default)s)")
    p.add_argument("--username", required=True, help="Basic-auth user name")
    p.add_argument(
        "--password",
        help="Basic-auth password (or set PODATELNA_STANDIN_PASSWORD)",
    )
    p.add_argument(
        "--messages",
        type=Path,
        help="serve the .zfo files in this directory, exactly as they are",
    )
    p.add_argument("--ca-out", type=Path, help="write the test CA certificate (PEM) here")
    p.add_argument("--tls", action="store_true", help="serve HTTPS (certificate from the test CA)")
    p.add_argument(
        "--mtom",
        action="store_true",
        help="answer SignedBigMessageDownload as MTOM/XOP (multipart/related)",
    )
    p.add_argument(
        "--vodz-threshold",
        type=int,
        default=None,
        metavar="BYTES",
        help="messages with more file bytes than this are big (VoDZ); default 20 MiB",
    )
    p.add_argument(
        "--demo",
        type=int,
        default=0,
        metavar="N",
        help="also put N generated demo applications in the box",
    )
    p.set_defaults(func=handler)


def handler(args: argparse.Namespace, ctx: Any) -> int:
    from databox.standin.demo import add_demo_messages
    from databox.standin.server import StandIn

    host, _, port = str(args.listen).rpartition(":")
    if not host or not port.isdigit():
        raise UsageError(f"--listen expects HOST:PORT, got {args.listen!r}")
    password = args.password or os.environ.get("PODATELNA_STANDIN_PASSWORD")
    if not password:
        raise UsageError("give --password or set PODATELNA_STANDIN_PASSWORD")
    if host not in ("127.0.0.1", "::1", "localhost"):
        logger.warning("the ISDS stand-in listens on %s, not on loopback", host)
    server = StandIn(
        username=args.username, password=password, host=host, port=int(port), tls=args.tls
    )
    server.mailbox.mtom = args.mtom
    if args.vodz_threshold is not None:
        server.mailbox.big_threshold = args.vodz_threshold
    if args.ca_out:
        server.authority.write_ca(args.ca_out)
    loaded = 0
    if args.messages:
        if not args.messages.is_dir():
            raise UsageError(f"--messages {args.messages} is not a directory")
        loaded = server.mailbox.load_dir(args.messages)
    if args.demo:
        add_demo_messages(server.mailbox, args.demo)
    print(
        f"ISDS stand-in listening on {server.url} ({loaded} message(s) from --messages, "
        f"{len(server.mailbox.messages)} in total)",
        file=sys.stderr,
        flush=True,
    )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0
