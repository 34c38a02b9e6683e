"""``metacot metastar``: Meta-STaR corpora, experiments (SFT + rounds) and playing a checkpoint."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from agents.cli.env_args import add_env_args, env_from_args


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "metastar", help="Meta-STaR: search-trace corpora, fine-tuning, rounds, trained agents"
    )
    actions = parser.add_subparsers(dest="metastar_command", required=True)

    run = actions.add_parser("run", help="run an experiment YAML (corpus, SFT, evaluation, rounds)")
    run.add_argument("config", help="e.g. configs/experiments/metastar-countdown.yaml")
    run.add_argument("--out-dir", help="override the config's out_dir")
    run.add_argument("--rounds", type=int, help="override the number of rounds after round 0")
    run.add_argument("--threads", type=int, default=1, help="torch CPU threads")
    run.set_defaults(func=_run)

    collect = actions.add_parser("collect", help="write a corpus (train split only) as JSONL")
    add_env_args(collect)
    collect.add_argument("--problems", type=int, default=100, help="problems (seeds from --seed)")
    collect.add_argument(
        "--source", action="append", choices=["solution", "search", "agent"], help="(repeatable)"
    )
    collect.add_argument(
        "--agent", help="registered agent of --source agent (its verified episodes are kept)"
    )
    collect.add_argument("--strategy", action="append", help="search strategy (repeatable)")
    collect.add_argument("--max-lines", type=int, help="leave out longer searches")
    collect.add_argument("--out", required=True, help="JSONL corpus (overwritten)")
    collect.set_defaults(func=_collect)

    play = actions.add_parser("play", help="evaluate a fine-tuned checkpoint in search mode")
    add_env_args(play)
    play.add_argument("--checkpoint", required=True, help="a folder written by SFT (.../final)")
    play.add_argument("--episodes", type=int, default=20)
    play.add_argument("--max-tokens", type=int, default=768, help="generated tokens per episode")
    play.add_argument("--max-actions", type=int, default=48, help="env actions per episode")
    play.add_argument("--out", help="append the results row to this JSONL file")
    play.add_argument("--threads", type=int, default=1, help="torch CPU threads")
    play.add_argument(
        "--env-arithmetic",
        action="store_true",
        help="send 'a op b' without the model's '= c': the env computes results",
    )
    play.add_argument("--name", default="metastar", help="agent name in the results row")
    play.set_defaults(func=_play)


def _run(args: argparse.Namespace) -> int:
    return run_config(args.config, out_dir=args.out_dir, rounds=args.rounds, threads=args.threads)


def run_config(path: str, *, out_dir: str | None, rounds: int | None, threads: int) -> int:
    """Run the Meta-STaR experiment file ``path`` and print its rounds (also ``metacot train``)."""
    import dataclasses

    import torch

    from agents.metastar.config import load_metastar_config
    from agents.metastar.rounds import run_metastar
    from metacot_envs.config_files import ConfigError

    try:
        config = load_metastar_config(path)
    except ConfigError as exc:
        raise SystemExit(f"error: {exc}") from None
    if out_dir:
        assert config.sft is not None
        config.out_dir = out_dir
        config.sft = dataclasses.replace(config.sft, out_dir=str(Path(out_dir) / "round-0"))
    if rounds is not None:
        config.rounds.rounds = rounds
    torch.set_num_threads(threads)
    results = run_metastar(config)
    print("\nround  success  95% CI           held-out  train tokens  verified")
    for r in results:
        print(
            f"{r.round:>5}  {r.success_rate:7.3f}  [{r.ci_low:.3f}, {r.ci_high:.3f}]  "
            f"{r.eval_episodes:>8}  {r.train_tokens:>12}  {r.verified_traces:>8}"
        )
    return 0


def _collect(args: argparse.Namespace) -> int:
    from agents.metastar.collect import (
        agent_examples,
        deduplicate,
        search_examples,
        solution_examples,
        write_corpus,
    )
    from agents.registry import AGENTS

    env_id, kwargs = env_from_args(args)
    seeds = range(args.seed, args.seed + args.problems)
    examples = []
    try:
        for source in args.source or ["search"]:
            if source == "solution":
                examples += solution_examples(env_id, kwargs, seeds)
            elif source == "agent":
                if args.agent not in AGENTS:
                    raise ValueError(f"--source agent needs --agent NAME, one of {sorted(AGENTS)}")
                examples += agent_examples(env_id, kwargs, AGENTS[args.agent](), seeds)
            else:
                examples += search_examples(
                    env_id, kwargs, seeds, args.strategy, max_lines=args.max_lines
                )
    except ValueError as exc:
        raise SystemExit(f"error: {exc}") from None
    count = write_corpus(deduplicate(examples), args.out)
    print(f"wrote {count} examples from {args.problems} problems of {env_id} to {args.out}")
    return 0


def _play(args: argparse.Namespace) -> int:
    import torch

    from agents.evaluate import evaluate
    from agents.metastar.policy import MetaStarPolicy
    from agents.results import append_jsonl, format_table

    torch.set_num_threads(args.threads)
    env_id, kwargs = env_from_args(args)
    if not (Path(args.checkpoint) / "config.json").exists():
        raise SystemExit(f"error: {args.checkpoint}: not a checkpoint folder (no config.json)")
    policy = MetaStarPolicy(
        checkpoint=args.checkpoint,
        max_tokens=args.max_tokens,
        max_actions=args.max_actions,
        env_arithmetic=args.env_arithmetic,
        name=args.name,
    )
    row = evaluate(env_id, policy, args.episodes, args.seed, kwargs)
    print(format_table([row]))
    if args.out:
        append_jsonl([row], Path(args.out))
    return 0
