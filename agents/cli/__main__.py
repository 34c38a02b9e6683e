"""``python -m agents.cli`` runs the ``metacot`` command."""

from agents.cli import main

raise SystemExit(main())
