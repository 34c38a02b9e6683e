"""``metacot leaderboard``: validate results rows and render the leaderboard README and plots.

``metacot leaderboard`` checks every row of ``--results/*.jsonl``; any refusal is
printed as ``file:line: reason`` and the README is left byte-for-byte as it was
(``--skip-invalid`` renders the good rows anyway). ``metacot leaderboard merge RUN``
turns a run directory's episode records (every shard's) into rows;
``metacot leaderboard schema`` prints the row JSON Schema.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from pathlib import Path
from typing import Any

from agents.leaderboard import MIN_RANKED_EPISODES, LeaderboardError, render, update_readme
from agents.results import append_new_rows, row_json_schema, write_text_atomically
from agents.row_validation import validate_files
from agents.run_dir import RunCell, RunDirError, find_cells


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "leaderboard",
        help="validate results rows and render the leaderboard (merge: shards into rows)",
        description=__doc__,
    )
    parser.add_argument("--results", default="leaderboards/results", help="folder of *.jsonl rows")
    parser.add_argument("--readme", default="leaderboards/README.md")
    parser.add_argument("--plots", help="plot folder (default: plots/ beside the README)")
    parser.add_argument("--no-plots", action="store_true")
    parser.add_argument(
        "--skip-invalid", action="store_true", help="render the valid rows, list the refused ones"
    )
    parser.add_argument(
        "--import",
        dest="imports",
        action="append",
        default=[],
        metavar="MODULE",
        help="import a module that registers more envs (rows are never allowed to import code)",
    )
    parser.set_defaults(func=run_render)
    actions = parser.add_subparsers(dest="action")
    merge = actions.add_parser("merge", help="turn a run directory's records into rows")
    merge.add_argument("run_dir", help="a run directory (runs/<name>) holding shard records")
    merge.add_argument("--out", help="append the merged rows to this JSONL file")
    merge.set_defaults(func=run_merge)
    schema = actions.add_parser("schema", help="print the results row JSON Schema")
    schema.add_argument("--write", metavar="PATH", help="write it to PATH instead")
    schema.set_defaults(func=run_schema)


def run_render(args: argparse.Namespace) -> int:
    try:
        for module in args.imports:
            importlib.import_module(module)
    except ImportError as exc:
        return _refuse(f"--import: {exc}")
    results, readme = Path(args.results), Path(args.readme)
    if not results.is_dir():
        return _refuse(f"{results}: no such results folder; the README is left as it was")
    paths = sorted(results.glob("*.jsonl"))
    if not paths:
        return _refuse(f"{results}: no *.jsonl results files; the README is left as it was")
    report = validate_files(paths)
    for refusal in report.refusals:
        print(f"refused: {refusal}", file=sys.stderr)
    if report.refusals and not args.skip_invalid:
        return _refuse(
            f"{len(report.refusals)} row(s) or file(s) refused; {readme} is left as it was "
            "(fix them, or --skip-invalid to render the valid rows)"
        )
    if not report.rows:
        return _refuse(f"{results}: no valid rows; {readme} is left as it was")
    if not readme.is_file():
        return _refuse(f"{readme}: no such README (give --readme PATH); nothing rendered")
    plots = {} if args.no_plots else _plots(report.rows, readme, args.plots)
    try:
        changed = update_readme(readme, report.rows, plots)
    except LeaderboardError as exc:
        return _refuse(str(exc))
    state = "rendered" if changed else "unchanged:"
    print(f"{state} {len(report.rows)} rows from {len(paths)} files into {readme}")
    return 0


def _plots(rows: list[Any], readme: Path, folder: str | None) -> dict[str, str]:
    from agents.leaderboard_plots import PlotsUnavailable, render_plots

    out = Path(folder) if folder else readme.parent / "plots"
    try:
        written = render_plots(rows, out, min_episodes=MIN_RANKED_EPISODES)
    except PlotsUnavailable as exc:
        print(f"no plots: {exc}", file=sys.stderr)
        return {}
    print(f"plots written to {out}/: {', '.join(p.name for p in written.values())}")
    return {key: os.path.relpath(path, readme.parent) for key, path in written.items()}


def run_merge(args: argparse.Namespace) -> int:
    try:
        cells = [RunCell.load(path) for path in find_cells(Path(args.run_dir))]
    except RunDirError as exc:
        return _refuse(str(exc))
    if not cells:
        return _refuse(f"{args.run_dir}: no cells (config.json) found")
    rows, incomplete = [], 0
    for cell in cells:
        try:
            row = cell.row()
            missing = [] if row is not None else cell.missing()
        except RunDirError as exc:
            return _refuse(str(exc))
        if row is None:
            incomplete += 1
            print(
                f"incomplete: {cell.path}: {len(missing)} seed(s) missing, e.g. {missing[:5]}",
                file=sys.stderr,
            )
        else:
            rows.append(row)
    if rows:
        print(render(rows, provenance=False, min_episodes=1))
    if args.out and rows:
        print(f"{append_new_rows(rows, Path(args.out))} new row(s) appended to {args.out}")
    print(f"merged {len(rows)} cell(s); {incomplete} incomplete")
    return 1 if incomplete else 0


def run_schema(args: argparse.Namespace) -> int:
    text = json.dumps(row_json_schema(), indent=2) + "\n"
    if args.write:
        write_text_atomically(Path(args.write), text)
        print(f"schema written to {args.write}")
    else:
        print(text, end="")
    return 0


def _refuse(message: str) -> int:
    print(f"metacot leaderboard: {message}", file=sys.stderr)
    return 1
