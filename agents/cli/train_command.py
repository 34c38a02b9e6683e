"""``metacot train EXPERIMENT.yaml``: train an agent as an experiment file says (configs/experiments/)."""

from __future__ import annotations

import argparse
import json
import shlex
import sys
from typing import Any

from agents.rl.checkpoint_policy import AGENT_ENV_KEYS
from agents.rl.run import CheckpointError
from agents.train import ExperimentError, load_experiment, run_experiment


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
