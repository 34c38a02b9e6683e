"""``metacot evaluate``: agents × envs × seeded episodes → a results table (the main job)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import metacot_envs
from agents.cli.env_args import add_env_args, check_env, env_from_args, parse_sets
from agents.evaluate import evaluate
from agents.registry import AGENTS, agent_name, make_agent
from agents.results import ResultRow, append_jsonl, format_table

DEFAULT_EVAL_ENVS: dict[str, dict[str, Any]] = {
    "MetaCoT/Countdown-v0": {"num_numbers": 4},
    "MetaCoT/Game24-v0": {"split": "test"},
}
"""what ``metacot evaluate`` runs when no env is named (registered ids only)"""
DEFAULT_AGENTS = ("random", "oracle", "smollm2", "smollm2-rank")
"""what ``metacot evaluate`` runs when no agent is named: baselines and the offline default LLM"""


def add_parser(sub: Any) -> None:
    parser = sub.add_parser("evaluate", help="evaluate agents and print a results table")
    add_env_args(parser, positional=False)
    parser.add_argument("--env", action="append", help="registered env id (repeatable)")
    parser.add_argument(
        "--agent",
        action="append",
        type=agent_name,
        help=f"agent (repeatable): one of {sorted(AGENTS)} or checkpoint:PATH",
    )
    parser.add_argument("--episodes", type=int, default=10)
    parser.add_argument("--out", help="append the rows to this JSONL file")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.config:
        targets = [env_from_args(args)]
    elif args.env:
        targets = [(env_id, parse_sets(args.set)) for env_id in args.env]
    else:
        targets = [
            (env_id, {**kw, **parse_sets(args.set)}) for env_id, kw in DEFAULT_EVAL_ENVS.items()
        ]
    for env_id, kwargs in targets:
        check_env(env_id, kwargs)
    rows: list[ResultRow] = []
    for env_id, kwargs in targets:
        for agent in args.agent or DEFAULT_AGENTS:
            policy = make_agent(agent)
            try:
                rows.append(evaluate(env_id, policy, args.episodes, args.seed, kwargs))
            except NotImplementedError as exc:
                print(f"skipped {agent} on {env_id}: {exc}", file=sys.stderr)
    version = metacot_envs.__version__
    print(f"metacot-envs {version}: {args.episodes} episodes per row, seeds from {args.seed}\n")
    print(format_table(rows))
    if args.out:
        append_jsonl(rows, Path(args.out))
        print(f"\nrows appended to {args.out}")
    return 0
