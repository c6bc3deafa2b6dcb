"""``podatelna trust refresh [--from DIR]`` and ``podatelna trust status``: the EU trusted lists.

``refresh`` downloads the EU LOTL and the member-state lists (or reads them from DIR offline),
verifies their signatures and replaces the cached copy only when that succeeded: on failure the
last good copy stays in use and the exit code is non-zero. ``status`` reports what is in use
and whether every list is before its NextUpdate.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from intake.errors import UsageError


def register(sub: Any) -> None:
    p = sub.add_parser("trust", help="EU trusted lists: refresh and status")
    tsub = p.add_subparsers(dest="trust_command", metavar="ACTION")
    r = tsub.add_parser("refresh", help="download (or load) and verify the EU trusted lists")
    r.add_argument(
        "--from",
        dest="from_dir",
        type=Path,
        metavar="DIR",
        help="load the LOTL and member-state lists from DIR (offline)",
    )
    r.add_argument(
        "--territory",
        action="append",
        default=[],
        metavar="CC",
        help="only these member states (repeatable), e.g. CZ",
    )
    r.set_defaults(func=handler)
    s = tsub.add_parser("status", help="freshness of the trusted lists in use")
    s.add_argument("--json", action="store_true", help="machine-readable output")
    s.set_defaults(func=handler)
    p.set_defaults(func=handler)


def _status_dict(st: Any, now: datetime) -> dict[str, Any]:
    return {
        "source": st.source,
        "loaded_at": st.loaded_at.isoformat(),
        "lotl_sequence": st.lotl_sequence,
        "fresh": st.fresh(now),
        "lists": [
            {
                "territory": x.territory,
                "sequence": x.sequence,
                "issued": x.issued.isoformat() if x.issued else None,
                "next_update": x.next_update.isoformat() if x.next_update else None,
                "fresh": x.next_update is None or x.next_update >= now,
            }
            for x in st.lists
        ],
        "errors": list(st.errors),
    }


def handler(args: argparse.Namespace, ctx: Any) -> int:
    from verifiers.tl import read_status, refresh_from_dir, refresh_online

    action = getattr(args, "trust_command", None)
    if action is None:
        raise UsageError("give an action: podatelna trust refresh | status")
    settings = ctx.settings
    cache = settings.path(settings.trust.tl_cache_dir)
    now = datetime.now(UTC)
    if action == "refresh":
        only = {t.upper() for t in args.territory} or None
        if args.from_dir is not None:
            if not args.from_dir.is_dir():
                raise UsageError(f"--from {args.from_dir}: not a directory")
            st = refresh_from_dir(args.from_dir, cache, only_territories=only)
        else:
            st = refresh_online(cache, settings.trust.lotl_url, only_territories=only)
        print(
            f"trusted lists refreshed from {st.source}: LOTL sequence {st.lotl_sequence}, "
            f"{len(st.lists)} lists ({', '.join(f'{x.territory} #{x.sequence}' for x in st.lists)})"
        )
        for e in st.errors:
            print(f"warning: {e}", file=sys.stderr)
        return 0
    current = read_status(cache)
    if current is None:
        if getattr(args, "json", False):
            print(json.dumps({"source": None, "fresh": False, "lists": []}))
        else:
            print(f"no trusted lists cached in {cache}; run: podatelna trust refresh")
        return 1
    d = _status_dict(current, now)
    if args.json:
        print(json.dumps(d, indent=2, ensure_ascii=False))
    else:
        print(
            f"source: {d['source']}\nverified and stored: {d['loaded_at']}\n"
            f"LOTL sequence: {d['lotl_sequence']}\nfresh: {'yes' if d['fresh'] else 'NO'}"
        )
        for x in d["lists"]:
            print(
                f"  {x['territory']} #{x['sequence']} issued {x['issued']} next update "
                f"{x['next_update']}{'' if x['fresh'] else '  (STALE)'}"
            )
    return 0 if d["fresh"] else 3
