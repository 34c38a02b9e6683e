"""``metacot leaderboard``: validate the results JSONL files and render the leaderboard README."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from agents.leaderboard import update_readme
from agents.results import RowRejected, load_rows


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "leaderboard", help="validate results JSONL and render the leaderboard README"
    )
    parser.add_argument("--results", default="leaderboards/results")
    parser.add_argument("--readme", default="leaderboards/README.md")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        rows = load_rows(Path(args.results))
    except RowRejected as exc:
        print(f"refused: {exc}", file=sys.stderr)
        return 1
    update_readme(Path(args.readme), rows)
    print(f"rendered {len(rows)} rows into {args.readme}")
    return 0
