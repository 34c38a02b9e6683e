"""``metacot traces``: Meta-CoT trace records of a search agent (Meta-STaR data) as JSONL."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from agents.cli.env_args import add_env_args, env_from_args
from agents.cli.scale_args import RunnerFactory, add_scale_args
from agents.evaluate import EpisodesFailed
from agents.registry import AGENTS, agent_name, make_agent
from agents.results import append_jsonl
from agents.traces import collect_traces, sft_example


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "traces", help="collect Meta-CoT traces of a search agent (Meta-STaR data) as JSONL"
    )
    add_env_args(parser)
    parser.add_argument(
        "--agent",
        default="solver-prm-best-first",
        type=agent_name,
        help=f"one of {sorted(AGENTS)} or checkpoint:PATH",
    )
    parser.add_argument("--episodes", type=int, default=20)
    parser.add_argument("--out", required=True, help="JSONL file of trace records (overwritten)")
    parser.add_argument("--sft-out", help="also write prompt/completion pairs to this JSONL file")
    parser.add_argument(
        "--keep-unsolved", action="store_true", help="keep unsolved episodes (no STaR filter)"
    )
    add_scale_args(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    env_id, kwargs = env_from_args(args)
    try:
        runners = RunnerFactory.from_args(args)
        policy = make_agent(args.agent)
        runner = runners.runner(args.agent, policy)
        records = list(
            collect_traces(
                env_id,
                policy,
                args.episodes,
                args.seed,
                kwargs,
                only_solved=not args.keep_unsolved,
                runner=runner,
            )
        )
    except (ValueError, EpisodesFailed) as exc:
        print(f"metacot traces: {exc}; nothing written", file=sys.stderr)
        return 1
    out = Path(args.out)
    out.unlink(missing_ok=True)
    append_jsonl(records, out)
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
