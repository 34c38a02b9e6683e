"""The ``metacot`` command: one module per subcommand, registered in :data:`COMMANDS`.

A subcommand module has ``add_parser(subparsers)``, which adds its parser and sets
``func`` to the function that runs it (returning the exit status). Adding a command is
one module plus one line here.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Sequence

COMMANDS: tuple[str, ...] = (
    "envs",
    "solve",
    "play",
    "evaluate",
    "traces",
    "train",
    "leaderboard",
    "metastar",
    "serve",
    "export-model",
)
"""subcommands, in help order; each is the module ``agents.cli.<name>_command`` (``-`` as ``_``)"""


def build_parser() -> argparse.ArgumentParser:
    """The ``metacot`` argument parser with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="metacot",
        description="Gymnasium environments and agents for research on search in LLM reasoning.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    for name in COMMANDS:
        importlib.import_module(f"agents.cli.{name.replace('-', '_')}_command").add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``metacot`` with ``argv`` (default: the process arguments); returns the exit status."""
    args = build_parser().parse_args(argv)
    return int(args.func(args))
