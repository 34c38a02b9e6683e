"""The ``metacot`` command: list envs, solve or play a problem, evaluate agents."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import gymnasium as gym
import yaml

import metacot_envs
from agents.evaluate import ResultRow, evaluate, format_table, write_jsonl
from agents.policies import POLICIES
from metacot_envs.config import ConfigError, load_env_config
from metacot_envs.registry import ENV_SPECS

DEFAULT_EVAL_ENVS: dict[str, dict[str, Any]] = {
    "MetaCoT/Countdown-v0": {"num_numbers": 4},
    "MetaCoT/Game24-v0": {"split": "test"},
}
"""what ``metacot evaluate`` runs when no env is named (registered ids only)"""
DEFAULT_AGENTS = ("random", "oracle", "smollm2", "smollm2-rank")
"""what ``metacot evaluate`` runs when no agent is named: baselines and the offline default LLM"""


def _parse_sets(pairs: Sequence[str]) -> dict[str, Any]:
    """``key=value`` pairs; values are read as YAML scalars/lists (safe loader, never code)."""
    out: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise SystemExit(f"--set expects key=value, got {pair!r}")
        out[key.strip()] = yaml.safe_load(value)
    return out


def _env_from_args(args: argparse.Namespace) -> tuple[str, dict[str, Any]]:
    if args.config:
        try:
            env_id, kwargs = load_env_config(args.config)
        except ConfigError as exc:
            raise SystemExit(str(exc)) from None
    else:
        env_id, kwargs = args.env, {}
    return env_id, {**kwargs, **_parse_sets(args.set)}


def cmd_envs(args: argparse.Namespace) -> int:
    print("| id | views | summary |\n|---|---|---|")
    for spec in ENV_SPECS:
        print(f"| `{spec.id}` | {', '.join(spec.views)} | {spec.summary} |")
    return 0


def cmd_solve(args: argparse.Namespace) -> int:
    env_id, kwargs = _env_from_args(args)
    env = gym.make(env_id, **kwargs)
    observation, info = env.reset(seed=args.seed)
    base = env.unwrapped
    print(observation, end="\n\n")
    try:
        plan = base.task.solve(base.state)  # type: ignore[attr-defined]
    except NotImplementedError:
        print(f"{env_id} has no exact solver")
        return 1
    if plan is None:
        print("no solution")
        return 1
    reward = 0.0
    for number, step in enumerate(plan, 1):
        text = base.task.format_step(step)  # type: ignore[attr-defined]
        _, reward, _, _, info = env.step(text)
        print(f"{number}. {text}")
    print(f"\nreward {float(reward):.1f}, solved: {info['solved']}")
    return 0 if info["solved"] else 1


def cmd_play(args: argparse.Namespace) -> int:
    env_id, kwargs = _env_from_args(args)
    env = gym.make(env_id, **kwargs)
    observation, info = env.reset(seed=args.seed)
    print(observation)
    for line in sys.stdin:
        action = line.rstrip("\n")
        observation, reward, terminated, truncated, info = env.step(action)
        if "error" in info:
            print(f"! {info['error']}")
        print(observation)
        if terminated or truncated:
            print(f"episode over: reward {float(reward):.1f}, solved: {info['solved']}")
            return 0
        legal = info.get("legal_steps")
        if legal:
            print(
                f"(legal steps: {', '.join(list(legal)[:12])}{' ...' if len(legal) > 12 else ''})"
            )
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    if args.config:
        targets = [_env_from_args(args)]
    elif args.env:
        targets = [(env_id, _parse_sets(args.set)) for env_id in args.env]
    else:
        targets = [
            (env_id, {**kw, **_parse_sets(args.set)}) for env_id, kw in DEFAULT_EVAL_ENVS.items()
        ]
    rows: list[ResultRow] = []
    for env_id, kwargs in targets:
        for agent in args.agent:
            policy = POLICIES[agent]()
            config = policy.config() if hasattr(policy, "config") else {}
            needs = getattr(policy, "env_kwargs", {})  # e.g. search mode for search agents
            try:
                rows.append(
                    evaluate(env_id, policy, args.episodes, args.seed, {**kwargs, **needs}, config)
                )
            except NotImplementedError as exc:
                print(f"skipped {agent} on {env_id}: {exc}", file=sys.stderr)
    print(
        f"metacot-envs {metacot_envs.__version__}: {args.episodes} episodes per row, seeds from {args.seed}\n"
    )
    print(format_table(rows))
    if args.out:
        write_jsonl(rows, Path(args.out))
        print(f"\nrows appended to {args.out}")
    return 0


def cmd_traces(args: argparse.Namespace) -> int:
    from agents.traces import collect_traces, sft_example

    env_id, kwargs = _env_from_args(args)
    policy = POLICIES[args.agent]()
    records = list(
        collect_traces(
            env_id, policy, args.episodes, args.seed, kwargs, only_solved=not args.keep_unsolved
        )
    )
    out = Path(args.out)
    out.unlink(missing_ok=True)
    write_jsonl(records, out)
    if args.sft_out:
        sft = Path(args.sft_out)
        sft.parent.mkdir(parents=True, exist_ok=True)
        sft.write_text("".join(json.dumps(sft_example(r)) + "\n" for r in records), "utf-8")
    solved = sum(r.solved for r in records)
    print(
        f"{policy.name} on {env_id}: {solved} of {args.episodes} episodes solved; "
        f"wrote {len(records)} traces to {out}"
    )
    return 0


def cmd_leaderboard(args: argparse.Namespace) -> int:
    from agents.leaderboard import RowRejected, load_rows, update_readme

    try:
        rows = load_rows(Path(args.results))
    except RowRejected as exc:
        print(f"refused: {exc}", file=sys.stderr)
        return 1
    update_readme(Path(args.readme), rows)
    print(f"rendered {len(rows)} rows into {args.readme}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="metacot", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("envs", help="list the registered environments").set_defaults(func=cmd_envs)

    def env_args(p: argparse.ArgumentParser, positional: bool = True) -> None:
        if positional:
            p.add_argument("env", nargs="?", default="MetaCoT/Game24-v0", help="registered env id")
        p.add_argument(
            "--config", help="YAML env config (id + kwargs), e.g. configs/envs/game24.yaml"
        )
        p.add_argument(
            "--set", action="append", default=[], metavar="KEY=VALUE", help="env kwarg override"
        )
        p.add_argument("--seed", type=int, default=0)

    solve = sub.add_parser("solve", help="solve one seeded problem with the exact solver")
    env_args(solve)
    solve.set_defaults(func=cmd_solve)
    play = sub.add_parser("play", help="play an env: one step per line on stdin")
    env_args(play)
    play.set_defaults(func=cmd_play)
    ev = sub.add_parser("evaluate", help="evaluate agents and print a results table")
    env_args(ev, positional=False)
    ev.add_argument("--env", action="append", help="registered env id (repeatable)")
    ev.add_argument("--agent", action="append", choices=sorted(POLICIES), help="agent (repeatable)")
    ev.add_argument("--episodes", type=int, default=10)
    ev.add_argument("--out", help="append the rows to this JSONL file")
    ev.set_defaults(func=cmd_evaluate)
    traces = sub.add_parser(
        "traces", help="collect Meta-CoT traces of a search agent (Meta-STaR data) as JSONL"
    )
    env_args(traces)
    traces.add_argument("--agent", default="solver-prm-best-first", choices=sorted(POLICIES))
    traces.add_argument("--episodes", type=int, default=20)
    traces.add_argument("--out", required=True, help="JSONL file of trace records (overwritten)")
    traces.add_argument("--sft-out", help="also write prompt/completion pairs to this JSONL file")
    traces.add_argument(
        "--keep-unsolved", action="store_true", help="keep unsolved episodes (no STaR filter)"
    )
    traces.set_defaults(func=cmd_traces)
    board = sub.add_parser(
        "leaderboard", help="validate results JSONL and render the leaderboard README"
    )
    board.add_argument("--results", default="leaderboards/results")
    board.add_argument("--readme", default="leaderboards/README.md")
    board.set_defaults(func=cmd_leaderboard)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "evaluate" and args.agent is None:
        args.agent = list(DEFAULT_AGENTS)
    return int(args.func(args))


if __name__ == "__main__":
    raise SystemExit(main())
