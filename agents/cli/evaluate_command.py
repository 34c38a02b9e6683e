"""``metacot evaluate``: agents × eval sets × seeded episodes → per-episode records and rows.

With no arguments it runs the main job, the ``quick`` suite (``configs/evaluate/quick.yaml``):
every task family with baselines, solver-PRM search and the offline SmolLM2 model on a
few episodes each, then prints one table per family and writes plots. Records go to
a run directory (``agents/run_dir.py``), so an interrupted run resumes where it stopped.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import metacot_envs
from agents.backends.base import BackendError
from agents.cli.env_args import add_env_args, check_env, env_from_args, parse_sets
from agents.cli.scale_args import RunnerFactory, add_scale_args
from agents.eval_sets import EVAL_SEED_START, EVAL_SETS, EvalSet, eval_set, set_kwargs
from agents.evaluate import EpisodesFailed, ProblemOrder, cell_spec, run_cell
from agents.leaderboard import render
from agents.policies.base import Policy
from agents.registry import AGENTS, agent_name, make_agent
from agents.results import ResultRow, append_new_rows, code_fingerprint, git_commit
from agents.run_dir import RunCell, RunDirError, Shard, cell_path, kwargs_suffix
from agents.suites import SuiteError, load_suite

DEFAULT_SUITE = "quick"


@dataclass(frozen=True)
class Target:
    """One env setting to evaluate on: an eval set (or a bare env id) with its kwargs."""

    label: str
    env_id: str
    kwargs: dict[str, Any]
    chosen: EvalSet | None = None


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "evaluate",
        help="evaluate agents on eval sets (no arguments: the main job over every family)",
        description=__doc__,
    )
    add_env_args(parser, positional=False)
    parser.set_defaults(seed=EVAL_SEED_START)
    parser.add_argument(
        "--suite", help=f"suite name in configs/evaluate/ or a YAML path (default {DEFAULT_SUITE})"
    )
    parser.add_argument(
        "--eval-set",
        action="append",
        choices=[s.name for s in EVAL_SETS],
        help="named evaluation set (repeatable)",
    )
    parser.add_argument("--env", action="append", help="registered env id (repeatable)")
    parser.add_argument(
        "--agent",
        action="append",
        type=agent_name,
        help=f"agent (repeatable): one of {sorted(AGENTS)} or checkpoint:PATH",
    )
    parser.add_argument("--episodes", type=int, help="episodes per agent and set")
    parser.add_argument("--shard", default="1/1", help="play shard i of N of the seeds (i/N)")
    parser.add_argument("--run-dir", help="where records go (default runs/<suite or evaluate>)")
    parser.add_argument("--fresh", action="store_true", help="start cells over, not resume")
    parser.add_argument("--data-dir", help="folder with 24.csv, math500.jsonl, gsm8k_test.jsonl")
    parser.add_argument("--out", help="append finished rows to this JSONL file (no duplicates)")
    parser.add_argument("--plots", help="folder for the plots (default <run-dir>/plots)")
    parser.add_argument("--no-plots", action="store_true")
    parser.add_argument(
        "--threads",
        type=int,
        help="torch CPU threads for in-process models (default: torch's own; 1 on a shared machine)",
    )
    add_scale_args(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.threads is not None:
        if args.threads < 1:
            print(
                f"metacot evaluate: --threads must be at least 1, got {args.threads}",
                file=sys.stderr,
            )
            return 2
        import torch

        torch.set_num_threads(args.threads)
    try:
        shard = Shard.parse(args.shard)
        plan, suite_name = _plan(args)
    except (SuiteError, ValueError, KeyError) as exc:
        print(f"metacot evaluate: {exc}", file=sys.stderr)
        return 2
    try:
        runners = RunnerFactory.from_args(args)
    except ValueError as exc:
        print(f"metacot evaluate: {exc}", file=sys.stderr)
        return 2
    run_dir = Path(args.run_dir or f"runs/{suite_name}")
    commit, fingerprint = git_commit(), code_fingerprint()
    rows: list[ResultRow] = []
    waiting = 0
    failures = 0
    policies: dict[str, Policy] = {}
    for agent, target, episodes in plan:
        try:
            policy = policies.get(agent) or policies.setdefault(agent, make_agent(agent))
            order = _order(target, args.seed)
            spec = cell_spec(
                target.env_id,
                policy,
                episodes,
                args.seed,
                target.kwargs,
                order,
                target.chosen.name if target.chosen else None,
            )
            cell = RunCell.open(
                cell_path(run_dir, target.label, policy.name), spec, commit, fingerprint, args.fresh
            )
            for note in cell.notes:
                print(note, file=sys.stderr)
            try:
                runner = runners.runner(agent, policy)
                row = run_cell(
                    cell, policy, shard, order, f"{target.label} {policy.name}", runner=runner
                )
            finally:
                cell.close()
        except EpisodesFailed as exc:
            print(f"failed episodes: {exc}", file=sys.stderr)
            failures += 1
            continue
        except NotImplementedError as exc:
            print(f"skipped {agent} on {target.label}: {exc}", file=sys.stderr)
            continue
        except (ValueError, RunDirError, BackendError) as exc:
            print(f"failed {agent} on {target.label}: {exc}", file=sys.stderr)
            failures += 1
            continue
        if row is None:
            waiting += 1
        else:
            rows.append(row)
    _report(args, rows, run_dir, shard, waiting)
    return 1 if failures else 0


def _plan(args: argparse.Namespace) -> tuple[list[tuple[str, Target, int]], str]:
    """(agent, target, episodes) triples, agent-major so each model loads once; the run name."""
    overrides = parse_sets(args.set)
    ad_hoc = args.config or args.env or args.eval_set
    if ad_hoc and not args.suite:
        targets = _targets(args, overrides)
        agents = args.agent or ["random", "oracle"]
        triples = [(a, t, args.episodes or 10) for a in agents for t in targets]
        return triples, "evaluate"
    suite = load_suite(args.suite or DEFAULT_SUITE, AGENTS)
    triples = []
    for entry in suite.runs:
        for name in entry.eval_sets:
            try:
                target = _set_target(eval_set(name), overrides, args.data_dir)
            except ValueError as exc:
                print(f"skipped {name}: {exc}", file=sys.stderr)
                continue
            for agent in args.agent or entry.agents:
                triples.append((agent, target, args.episodes or entry.episodes))
    first = {a: k for k, a in enumerate(dict.fromkeys(a for a, _, _ in triples))}
    triples.sort(key=lambda t: first[t[0]])  # stable: set order kept within an agent
    seen: set[tuple[str, str]] = set()
    plan = []
    for agent, target, episodes in triples:  # an agent listed twice on a set: the first entry
        if (agent, target.label) not in seen:
            seen.add((agent, target.label))
            plan.append((agent, target, episodes))
    return plan, suite.name


def _targets(args: argparse.Namespace, overrides: dict[str, Any]) -> list[Target]:
    if args.config:
        env_id, kwargs = env_from_args(args)
        return [Target(_env_label(env_id, kwargs), env_id, kwargs)]
    targets = [_set_target(eval_set(n), overrides, args.data_dir) for n in args.eval_set or ()]
    for env_id in args.env or ():
        check_env(env_id, overrides)
        targets.append(Target(_env_label(env_id, overrides), env_id, dict(overrides)))
    return targets


def _set_target(chosen: EvalSet, overrides: dict[str, Any], data_dir: str | None) -> Target:
    kwargs = set_kwargs(chosen, overrides, data_dir)
    changed = {k: v for k, v in overrides.items() if k != chosen.needs}
    label = f"{chosen.name}-{kwargs_suffix(changed)}" if changed else chosen.name
    return Target(label, chosen.env_id, kwargs, chosen)


def _env_label(env_id: str, kwargs: dict[str, Any]) -> str:
    name = env_id.rpartition(":")[2].replace("/", "-")
    return f"{name}-{kwargs_suffix(kwargs)}" if kwargs else name


def _order(target: Target, seed: int) -> ProblemOrder | None:
    if target.chosen is None or target.chosen.problems is None:
        return None
    return ProblemOrder(seed, target.chosen.problems(target.kwargs))


def _report(
    args: argparse.Namespace, rows: list[ResultRow], run_dir: Path, shard: Shard, waiting: int
) -> None:
    print(
        f"\nmetacot-envs {metacot_envs.__version__}: seeds from {args.seed}; records in {run_dir}/"
    )
    if rows:
        print()
        print(render(rows, provenance=False, min_episodes=1))
    if waiting:
        print(
            f"{waiting} cell(s) wait for other shards (this was shard {shard.index}/{shard.count}); "
            f"when all are in: metacot leaderboard merge {run_dir}"
        )
    if args.out and rows:
        added = append_new_rows(rows, Path(args.out))
        print(f"{added} new row(s) appended to {args.out}")
    if rows and not args.no_plots:
        _plots(rows, Path(args.plots) if args.plots else run_dir / "plots")


def _plots(rows: list[ResultRow], folder: Path) -> None:
    from agents.leaderboard_plots import PlotsUnavailable, render_plots

    try:
        written = render_plots(rows, folder)
    except PlotsUnavailable as exc:
        print(f"no plots: {exc}")
        return
    names = ", ".join(path.name for path in written.values())
    print(f"plots written to {folder}/: {names}")
