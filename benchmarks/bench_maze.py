"""Maze speed goals, each timed against its anchor in the same run.

1. ``MetaCoT/Maze-v0`` step time vs gymnasium's ``CartPole-v1`` (goal: <= 3x), text and
   discrete views, both built with ``gym.make(..., disable_env_checker=True)``; only
   ``env.step`` is timed (action choice and resets are not).
2. The batched ``MazeVectorEnv`` (``make_vec(..., vectorization_mode="vector_entry_point")``)
   vs ``gymnasium.vector.SyncVectorEnv`` over the single discrete env, 256 envs, uniform
   random actions, autoresets included (goal: >= 10x steps/s).

Anchor and candidate run in alternating blocks and each keeps its fastest block, so
load from other processes on a shared machine hits both sides alike.

Usage: python benchmarks/bench_maze.py [--steps N] [--rounds N] [--num-envs N] [--batches N]
"""

from __future__ import annotations

import argparse
import time
from typing import Any

import gymnasium as gym
import numpy as np
from timing import alternating_blocks, mean_step_seconds

import metacot_envs  # noqa: F401  (registers the ids)

MAZE = "MetaCoT/Maze-v0"


def step_time_rows(steps: int, rounds: int) -> list[str]:
    rng = np.random.default_rng(0)
    cartpole = gym.make("CartPole-v1", disable_env_checker=True)
    cartpole.action_space.seed(0)

    def anchor(block: int) -> float:
        return mean_step_seconds(cartpole, cartpole.action_space.sample, steps, block)

    rows = []
    for size, view in ((10, "text"), (10, "discrete"), (5, "discrete"), (30, "discrete")):
        env = gym.make(MAZE, view=view, width=size, height=size, disable_env_checker=True)
        base = env.unwrapped
        if view == "text":

            def choose(base: Any = base) -> str:
                legal = base.legal_steps() or ["up"]
                return str(legal[int(rng.integers(len(legal)))])
        else:

            def choose(env: Any = env) -> int:
                return int(rng.choice(np.flatnonzero(env.get_wrapper_attr("action_masks")())))

        cart, ours, ratio = alternating_blocks(
            anchor, lambda block, e=env, c=choose: mean_step_seconds(e, c, steps, block), rounds
        )
        rows.append(
            f"| Maze-v0 {view} {size}x{size} | {ours * 1e6:.2f} | {cart * 1e6:.2f} | {ratio:.2f}x "
            f"| goal <= 3x: {'met' if ratio <= 3 else 'MISSED'} |"
        )
    return rows


def steps_per_second(envs: gym.vector.VectorEnv[Any, Any, Any], batches: int, seed: int) -> float:
    """Sub-env steps per second of ``envs.step`` under uniform random actions."""
    envs.reset(seed=seed)
    actions = np.random.default_rng(seed).integers(0, 4, size=(batches, envs.num_envs))
    start = time.perf_counter()
    for batch in actions:
        envs.step(batch)
    return batches * envs.num_envs / (time.perf_counter() - start)


def vector_rows(num_envs: int, batches: int, rounds: int) -> list[str]:
    rows = []
    for size in (5, 10):
        kwargs = {"view": "discrete", "width": size, "height": size}
        sync = gym.vector.SyncVectorEnv(
            [
                lambda kw=kwargs: gym.make(MAZE, disable_env_checker=True, **kw)
                for _ in range(num_envs)
            ]
        )
        batched = gym.make_vec(MAZE, num_envs, vectorization_mode="vector_entry_point", **kwargs)
        # the sync side is ~10x slower: fewer batches give it a comparable block time
        slow, fast, inverse = alternating_blocks(
            lambda block, s=sync: 1 / steps_per_second(s, max(batches // 10, 10), block),
            lambda block, b=batched: 1 / steps_per_second(b, batches, block),
            rounds,
        )
        ratio = 1 / inverse
        rows.append(
            f"| Maze-v0 discrete {size}x{size} | {num_envs} | {1 / slow:,.0f} | {1 / fast:,.0f} "
            f"| {ratio:.1f}x | goal >= 10x: {'met' if ratio >= 10 else 'MISSED'} |"
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=5_000, help="steps per timed block")
    parser.add_argument("--rounds", type=int, default=5, help="alternating blocks per comparison")
    parser.add_argument("--num-envs", type=int, default=256, help="sub-envs of the vector envs")
    parser.add_argument("--batches", type=int, default=500, help="vector steps per timed block")
    args = parser.parse_args()
    print(
        f"## Maze step time vs CartPole-v1 ({args.rounds} alternating block pairs of {args.steps} steps: fastest block times, median paired ratio)\n"
    )
    print("| env | maze step (us) | CartPole step (us) | ratio | goal |\n|---|---|---|---|---|")
    print("\n".join(step_time_rows(args.steps, args.rounds)))
    print(
        f"\n## Batched MazeVectorEnv vs SyncVectorEnv ({args.rounds} alternating block pairs: fastest blocks, median paired ratio)\n"
    )
    print(
        "| env | envs | SyncVectorEnv steps/s | MazeVectorEnv steps/s | speed-up | goal |\n"
        "|---|---|---|---|---|---|"
    )
    print("\n".join(vector_rows(args.num_envs, args.batches, args.rounds)))


if __name__ == "__main__":
    main()
