"""``metacot play``: play an env by hand, one step per line on stdin."""

from __future__ import annotations

import argparse
import sys
from typing import Any

import gymnasium as gym

from agents.cli.env_args import add_env_args, env_from_args


def add_parser(sub: Any) -> None:
    parser = sub.add_parser("play", help="play an env: one step per line on stdin")
    add_env_args(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    env_id, kwargs = env_from_args(args)
    env = gym.make(env_id, **kwargs)
    observation, info = env.reset(seed=args.seed)
    print(observation)
    for line in sys.stdin:
        observation, reward, terminated, truncated, info = env.step(line.rstrip("\n"))
        if "error" in info:
            print(f"! {info['error']}")
        print(observation)
        if terminated or truncated:
            print(f"episode over: reward {float(reward):.1f}, solved: {info['solved']}")
            return 0
        legal = info.get("legal_steps")
        if legal:
            more = " ..." if len(legal) > 12 else ""
            print(f"(legal steps: {', '.join(list(legal)[:12])}{more})")
    return 0
