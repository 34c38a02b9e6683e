"""``metacot solve``: a seeded problem and the exact solver's plan, played through the env."""

from __future__ import annotations

import argparse
from typing import Any, SupportsFloat

import gymnasium as gym

from agents.cli.env_args import add_env_args, env_from_args
from metacot_envs.core.searchable import as_searchable


def add_parser(sub: Any) -> None:
    parser = sub.add_parser("solve", help="solve one seeded problem with the exact solver")
    add_env_args(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    env_id, kwargs = env_from_args(args)
    env = gym.make(env_id, **kwargs)
    observation, info = env.reset(seed=args.seed)
    print(observation, end="\n\n")
    try:
        plan = as_searchable(env).solution()
    except NotImplementedError:
        print(f"{env_id} has no exact solver")
        return 1
    if plan is None:
        print("no solution")
        return 1
    reward: SupportsFloat = 0.0
    for number, text in enumerate(plan, 1):
        _, reward, _, _, info = env.step(text)
        print(f"{number}. {text}")
    print(f"\nreward {float(reward):.1f}, solved: {info['solved']}")
    return 0 if info["solved"] else 1
