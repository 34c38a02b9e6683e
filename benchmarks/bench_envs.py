"""Env speed against gymnasium's CartPole-v1, and exact-solver wall times, in one run.

Usage: python benchmarks/bench_envs.py [--steps N] [--rounds N] [--countdown-problems N]

Covers Countdown and Game of 24 here and the maze sections of ``bench_maze.py``, so one
run prints every env speed goal.

Step times count only ``env.step`` calls (action choice and resets are outside the
timer) for envs built the same way (``gym.make(..., disable_env_checker=True)``).
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from typing import Any

import bench_maze
import gymnasium as gym
import numpy as np
from timing import alternating_blocks, mean_step_seconds

import metacot_envs  # noqa: F401  (registers the ids)
from metacot_envs.tasks.countdown import (
    CountdownConfig,
    CountdownGenerator,
    CountdownState,
    all_game24_puzzles,
    solve_countdown,
)
from metacot_envs.tasks.countdown.game24 import GAME24_RULES
from metacot_envs.tasks.countdown.solver import clear_solver_cache


def random_legal_text(env: gym.Env[Any, Any], rng: np.random.Generator) -> Callable[[], str]:
    def choose() -> str:
        legal = env.unwrapped.legal_steps() or ["1+1"]
        return str(legal[int(rng.integers(len(legal)))])

    return choose


def random_masked(env: gym.Env[Any, Any], rng: np.random.Generator) -> Callable[[], int]:
    def choose() -> int:
        return int(rng.choice(np.flatnonzero(env.get_wrapper_attr("action_masks")())))

    return choose


def step_time_rows(steps: int, rounds: int) -> list[tuple[str, float, float, float, str]]:
    rng = np.random.default_rng(0)
    cartpole = gym.make("CartPole-v1", disable_env_checker=True)
    cartpole.action_space.seed(0)

    def anchor(block: int) -> float:
        return mean_step_seconds(cartpole, cartpole.action_space.sample, steps, block)

    cases = [
        ("Countdown-v0 text", "MetaCoT/Countdown-v0", "text", 3.0),
        ("Game24-v0 text", "MetaCoT/Game24-v0", "text", 3.0),
        ("Countdown-v0 discrete", "MetaCoT/Countdown-v0", "discrete", 1.5),
        ("Game24-v0 discrete", "MetaCoT/Game24-v0", "discrete", 1.5),
    ]
    rows = []
    for label, env_id, view, goal in cases:
        env = gym.make(env_id, view=view, disable_env_checker=True)
        choose = random_legal_text(env, rng) if view == "text" else random_masked(env, rng)
        base, seconds, ratio = alternating_blocks(
            anchor, lambda block, e=env, c=choose: mean_step_seconds(e, c, steps, block), rounds
        )
        verdict = f"goal <= {goal}x: {'met' if ratio <= goal else 'MISSED'}"
        rows.append((label, seconds, base, ratio, verdict))
    return rows


def solver_rows(countdown_problems: int) -> list[tuple[str, str, str]]:
    clear_solver_cache()
    start = time.perf_counter()
    puzzles = all_game24_puzzles.__wrapped__()  # bypass the memo of the list itself
    enumerate_s = time.perf_counter() - start
    clear_solver_cache()
    start = time.perf_counter()
    solved = sum(solve_countdown(CountdownState(p, 24), GAME24_RULES) is not None for p in puzzles)
    solve_s = time.perf_counter() - start
    rows = [
        (
            "enumerate 1,820 multisets -> solvable",
            f"{len(puzzles)} puzzles",
            f"{enumerate_s:.3f} s",
        ),
        (
            f"solve all {len(puzzles)} Game of 24 puzzles (cold memo)",
            f"{solved} solved",
            f"{solve_s:.3f} s (goal < 1 s: {'met' if solve_s < 1 else 'MISSED'})",
        ),
    ]
    generator = CountdownGenerator(CountdownConfig(num_numbers=6))
    rng = np.random.default_rng(0)
    problems = [generator.sample(rng) for _ in range(countdown_problems)]
    times = []
    for problem in problems:
        clear_solver_cache()
        start = time.perf_counter()
        plan = solve_countdown(CountdownState(problem.numbers, problem.target), generator.rules)
        times.append(time.perf_counter() - start)
        assert plan is not None
    median_ms = statistics.median(times) * 1e3
    rows.append(
        (
            f"{countdown_problems} random 6-number Countdown (shortest plan, cold memo each)",
            f"median {median_ms:.2f} ms, max {max(times) * 1e3:.1f} ms",
            f"goal median < 20 ms: {'met' if median_ms < 20 else 'MISSED'}",
        )
    )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--steps", type=int, default=3_000, help="steps per timed block")
    parser.add_argument("--rounds", type=int, default=15, help="alternating block pairs per env")
    parser.add_argument("--countdown-problems", type=int, default=100)
    parser.add_argument(
        "--num-envs", type=int, default=256, help="sub-envs of the maze vector envs"
    )
    parser.add_argument("--batches", type=int, default=500, help="vector steps per timed block")
    args = parser.parse_args()
    print(
        f"## Step time vs CartPole-v1 ({args.rounds} alternating block pairs of {args.steps} steps: fastest block times, median paired ratio)\n"
    )
    print("| env | mean step (us) | CartPole step (us) | ratio | goal |\n|---|---|---|---|---|")
    for label, seconds, anchor, ratio, goal in step_time_rows(args.steps, args.rounds):
        print(f"| {label} | {seconds * 1e6:.2f} | {anchor * 1e6:.2f} | {ratio:.2f}x | {goal} |")
    print("\n## Maze step time vs CartPole-v1 (same block scheme)\n")
    print("| env | maze step (us) | CartPole step (us) | ratio | goal |\n|---|---|---|---|---|")
    print("\n".join(bench_maze.step_time_rows(args.steps, args.rounds)))
    print(f"\n## Batched MazeVectorEnv vs SyncVectorEnv ({args.num_envs} envs)\n")
    print(
        "| env | envs | SyncVectorEnv steps/s | MazeVectorEnv steps/s | speed-up | goal |\n|---|---|---|---|---|---|"
    )
    print("\n".join(bench_maze.vector_rows(args.num_envs, args.batches, args.rounds)))
    print("\n## Exact solvers\n")
    print("| task | result | wall time |\n|---|---|---|")
    for row in solver_rows(args.countdown_problems):
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
