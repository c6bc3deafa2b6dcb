"""Subcommands of ``podatelna``; one module per command group, discovered by ``intake.cli``."""
