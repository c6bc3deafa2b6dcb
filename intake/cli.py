"""The ``podatelna`` command line: ``main(argv=None)`` for the console script and ``python -m intake``.

Subcommands live in ``intake/commands/*.py``; each module defines
``register(subparsers) -> None`` and sets ``func=handler`` on its parsers, where
``handler(args, ctx: CliContext) -> int``. Modules are discovered automatically, so adding a
command never means editing this file. ``IntakeError`` is translated to one clear line on
stderr and a non-zero exit code here, in one place.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import pkgutil
import sys
from collections.abc import Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from intake.errors import IntakeError

if TYPE_CHECKING:
    from intake.bootstrap import App
    from intake.config import Settings

logger = logging.getLogger(__name__)
OUR_LOGGERS = ("intake", "verifiers", "databox", "mail", "storage")


class CliContext:
    """Lazily builds the one Settings object and the composition root for a command."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self._app: App | None = None

    @cached_property
    def settings(self) -> Settings:
        from intake.config import load_settings

        config = getattr(self.args, "config", None)
        return load_settings(Path(config) if config else None)

    def app(self) -> App:
        if self._app is None:
            from intake.bootstrap import build_app

            self._app = build_app(self.settings)
        return self._app

    def close(self) -> None:
        if self._app is not None:
            self._app.close()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="podatelna", description="podatelna — electronic filing office"
    )
    parser.add_argument("--config", help="TOML configuration file (default ./podatelna.toml)")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more logging")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    import intake.commands as commands

    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"intake.commands.{info.name}")
        module.register(sub)
    return parser


def configure_logging(verbosity: int) -> None:
    level = logging.WARNING - 10 * verbosity if verbosity < 2 else logging.DEBUG
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    for name in OUR_LOGGERS:
        lg = logging.getLogger(name)
        lg.handlers[:] = [handler]
        lg.setLevel(min(level, logging.INFO) if verbosity else level)
        lg.propagate = False


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    configure_logging(args.verbose)
    ctx = CliContext(args)
    try:
        return int(args.func(args, ctx) or 0)
    except IntakeError as exc:
        print(f"podatelna: error: {exc.diagnostics()}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    finally:
        ctx.close()
