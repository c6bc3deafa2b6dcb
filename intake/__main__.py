"""``python -m intake`` runs the ``podatelna`` command line."""

from intake.cli import main

raise SystemExit(main())
