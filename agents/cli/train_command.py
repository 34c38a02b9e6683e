"""``metacot train EXPERIMENT.yaml``: train an agent as an experiment file says (configs/experiments/).

The file's ``algorithm`` picks the runner: the SB3 / step-PPO rows of
:data:`agents.train.ALGORITHMS` (``--set``, ``--resume``, checkpoints), ``grpo`` (TRL GRPO
with the episode rollout, :mod:`agents.integrations.grpo_experiment`: before/after rows in
``<out>/rows.jsonl``) or ``metastar`` (corpus, SFT and rounds, :mod:`agents.metastar`:
everything in ``<out>``). GRPO and Meta-STaR runs take no ``--set`` or ``--resume``.
"""

from __future__ import annotations

import argparse
import json
import shlex
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from agents.rl.run import AGENT_ENV_KEYS, CheckpointError
from agents.train import ALGORITHMS, ExperimentError, load_experiment, run_experiment
from metacot_envs.config_files import ConfigError, read_yaml_with_lines


def add_parser(sub: Any) -> None:
    parser = sub.add_parser(
        "train", help="train an agent from an experiment YAML (configs/experiments/*.yaml)"
    )
    parser.add_argument(
        "experiment", help="experiment YAML, e.g. configs/experiments/ppo_maze5x5.yaml"
    )
    parser.add_argument("--out", help="run folder (default: run.out_dir, else runs/<name>)")
    parser.add_argument(
        "--resume",
        action="store_true",
        help="continue the run folder's checkpoint to run.total_steps",
    )
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="override a config value by its dotted path, e.g. run.total_steps=5000",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    runners: dict[object, Callable[[argparse.Namespace], int]] = {
        "grpo": _run_grpo,
        "metastar": _run_metastar,
    }
    runner = runners.get(_algorithm(args.experiment))
    if runner is not None:
        if args.set or args.resume:
            print(
                f"metacot train: {args.experiment}: --set and --resume work for "
                f"{sorted(ALGORITHMS)} experiments; edit a copy of this file instead",
                file=sys.stderr,
            )
            return 2
        return runner(args)
    try:
        config = load_experiment(args.experiment, args.set)
        checkpoint = run_experiment(config, args.out, resume=args.resume)
    except (ExperimentError, CheckpointError) as exc:
        print(f"metacot train: {exc}", file=sys.stderr)
        return 2
    sets = "".join(
        f" --set {key}={_yaml_scalar(value)}"
        for key, value in config.env.kwargs.items()
        if key not in AGENT_ENV_KEYS
    )
    print(
        f"{config.name}: trained to {config.run.total_steps} env steps; checkpoint {checkpoint}\n"
        f"evaluate it: metacot evaluate --env {config.env.id}{sets} --agent checkpoint:{checkpoint}"
    )
    return 0


def _yaml_scalar(value: Any) -> str:
    text = json.dumps(value, separators=(",", ":"))
    return text if all(c not in text for c in ' []{}"') else shlex.quote(text)


def _algorithm(path: str) -> object:
    """The file's top-level ``algorithm`` (None when unreadable: the RL loader reports why)."""
    try:
        data, _ = read_yaml_with_lines(Path(path))
    except ConfigError:
        return None
    return data.get("algorithm") if isinstance(data, dict) else None


def _run_grpo(args: argparse.Namespace) -> int:
    from agents.integrations.grpo_experiment import load_experiment as load_grpo
    from agents.integrations.grpo_experiment import run as run_grpo

    try:
        experiment = load_grpo(args.experiment)
    except ConfigError as exc:
        print(f"metacot train: {exc}", file=sys.stderr)
        return 2
    rows = Path(args.out or Path("runs") / experiment.name) / "rows.jsonl"
    before, after = run_grpo(experiment, rows)
    print(
        f"{experiment.name}: success {before.success_rate:.3f} before, "
        f"{after.success_rate:.3f} after {experiment.max_steps} GRPO steps; rows in {rows}"
    )
    return 0


def _run_metastar(args: argparse.Namespace) -> int:
    from agents.cli.metastar_command import run_config

    return run_config(args.experiment, out_dir=args.out, rounds=None, threads=1)
