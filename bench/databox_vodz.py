"""Big-message (VoDZ) throughput: download a sealed ZFO of N MiB through the ISDS stand-in
over HTTP (SOAP 1.2, base64 twice) and parse it; prints times and peak memory.

    .venv/bin/python bench/databox_vodz.py [--mib 50] [--repeat 2]
"""

from __future__ import annotations

import argparse
import os
import resource
import time
from datetime import datetime, timedelta

from databox.client import DataboxClient
from databox.standin.messages import MessageSpec, new_dm_id
from databox.standin.server import StandIn
from databox.zfo import PRAGUE, parse_zfo


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mib", type=int, default=50)
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args()
    payload = os.urandom(args.mib * 1024 * 1024)
    with StandIn(username="bench", password="bench") as server:
        t = time.perf_counter()
        msg = server.mailbox.add_message(
            MessageSpec(
                dm_id=new_dm_id(),
                sender_box="abc1234",
                sender_name="Bench",
                annotation="VoDZ bench",
                files=[("big.bin", "application/octet-stream", payload)],
                delivery_time=datetime.now(PRAGUE) - timedelta(minutes=1),
            ),
            vodz=True,
        )
        print(f"sealed {len(msg.zfo) / 2**20:.1f} MiB ZFO in {time.perf_counter() - t:.2f} s")
        client = DataboxClient(base_url=server.url, username="bench", password="bench", timeout=300)
        for i in range(args.repeat):
            t = time.perf_counter()
            zfo = client.signed_big_message_download(msg.dm_id)
            t_dl = time.perf_counter() - t
            t = time.perf_counter()
            parsed = parse_zfo(zfo)
            t_parse = time.perf_counter() - t
            assert parsed.components[1].data == payload
            print(
                f"run {i + 1}: download {t_dl:.2f} s ({args.mib / t_dl:.1f} MiB/s), "
                f"parse {t_parse:.2f} s"
            )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {peak:.0f} MiB (client and stand-in in one process)")


if __name__ == "__main__":
    main()
