"""A separate intake process for crash and concurrency tests (run with ``python -m``).

Modes:
  poll   — poll a drop folder once with fake stages; with --kill-after-commit the process
           SIGKILLs itself at the first acknowledgement, i.e. after the commit and before the
           acknowledgement reaches the source.
  import — register the given .eml files (in a shuffled order) as a manual importer.
Every acknowledgement is appended to --ack-log so tests can count them.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
from pathlib import Path

from intake.bootstrap import build_app
from intake.config import load_settings
from intake.dropfolder import DropFolderSource
from intake.model import Channel, RawItem
from tests.fakes import FakeStages


class LoggingDropFolder(DropFolderSource):
    def __init__(self, *a: object, ack_log: Path, kill: bool, **kw: object) -> None:
        super().__init__(*a, **kw)  # type: ignore[arg-type]
        self.ack_log = ack_log
        self.kill = kill

    def acknowledge(self, ref: str) -> None:
        if self.kill:
            os.kill(os.getpid(), signal.SIGKILL)
        super().acknowledge(ref)
        with self.ack_log.open("a") as f:
            f.write(ref + "\n")
            f.flush()
            os.fsync(f.fileno())


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=["poll", "import"])
    ap.add_argument("--db", required=True)
    ap.add_argument("--evidence", required=True)
    ap.add_argument("--drop")
    ap.add_argument("--ack-log")
    ap.add_argument("--kill-after-commit", action="store_true")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("files", nargs="*")
    args = ap.parse_intermixed_args()
    settings = load_settings(
        None, mode="development", database={"url": args.db}, evidence={"dir": args.evidence}
    )
    app = build_app(settings, stages=FakeStages(), sources={})
    if args.mode == "poll":
        src = LoggingDropFolder(
            "drop", Path(args.drop), ack_log=Path(args.ack_log), kill=args.kill_after_commit
        )
        app.service.poll_source(src)
        app.service.process_pending()
    else:
        files = list(args.files)
        random.Random(args.seed).shuffle(files)
        for f in files:
            data = Path(f).read_bytes()
            app.service.receive(
                RawItem(source="import", ref=Path(f).name, data=data, channel=Channel.EMAIL)
            )
    app.close()


if __name__ == "__main__":
    main()
