"""Evaluation episodes/s with 1 worker (this process) vs 2 Ray workers, on a CPU-bound agent.

Goal (issue 11): >= 1.7x episodes/s on 2 cores. The agent is a solver-PRM search
(``solver-prm-mcts`` by default; pure CPU: env copies, the exact solver as PRM, tree
search) on Countdown with 5 numbers. Each round times the same seeds both ways, back
to back (the 1-worker anchor, then the Ray pool), and the reported ratio is the median
of the per-round ratios (this VM's speed drifts; see ``timing.alternating_blocks``).
Both sides are warmed up first (each Ray worker builds its policy and env once and
keeps them). The records are checked to be the same both ways before any number is
printed. As a ceiling for this machine at this moment, the same rounds also time a
pure-Python busy loop run twice in this process vs once in each of the 2 Ray workers:
on a shared machine whose other jobs keep both cores busy, that ceiling (not our
code) is what bounds the episodes' speedup.

Usage: nice -n 10 python benchmarks/bench_eval_scale.py [--agent A] [--episodes N] [--rounds R]
"""

from __future__ import annotations

import argparse
import functools
import os
import time

from timing import alternating_blocks

import metacot_envs  # noqa: F401  (registers the ids)
from agents.distributed.ray_runner import RayRunner, start_ray
from agents.evaluate import EpisodeFailure, SequentialRunner
from agents.registry import make_agent

ENV = "MetaCoT/Countdown-v0"


def burn(loops: int = 2_000_000) -> int:
    """Pure-Python CPU work (the ceiling's unit)."""
    total = 0
    for i in range(loops):
        total += i
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--agent", default="solver-prm-mcts")
    parser.add_argument("--num-numbers", type=int, default=5)
    parser.add_argument("--episodes", type=int, default=120, help="episodes per block")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2, help="Ray CPUs")
    parser.add_argument("--episodes-per-task", type=int, default=1)
    args = parser.parse_args()
    kwargs = {"num_numbers": args.num_numbers}
    sequential = SequentialRunner(make_agent(args.agent))
    start_ray(num_cpus=args.workers)
    pool = RayRunner(
        functools.partial(make_agent, args.agent),
        key=args.agent,
        episodes_per_task=args.episodes_per_task,
    )

    def play(runner, seeds):
        out = list(runner.play(ENV, kwargs, seeds, None))
        failed = [o for o in out if isinstance(o, EpisodeFailure)]
        if failed:
            raise SystemExit(f"episodes failed: {failed[:3]}")
        return sorted((o.seed, o.solved, o.env_steps, o.actions) for o in out)

    warm = list(range(10_000, 10_000 + 4 * args.workers))
    if play(sequential, warm) != play(pool, warm):
        raise SystemExit("Ray and the single process disagree on the warm-up seeds")

    def block(runner, round_: int) -> float:
        seeds = list(range(round_ * args.episodes, (round_ + 1) * args.episodes))
        start = time.perf_counter()
        play(runner, seeds)
        return time.perf_counter() - start

    import ray

    remote_burn = ray.remote(burn)
    ray.get([remote_burn.remote(10) for _ in range(2 * args.workers)])

    def burn_here(_: int) -> float:
        start = time.perf_counter()
        for _ in range(args.workers):
            burn()
        return time.perf_counter() - start

    def burn_ray(_: int) -> float:
        start = time.perf_counter()
        ray.get([remote_burn.remote() for _ in range(args.workers)])
        return time.perf_counter() - start

    load = os.getloadavg()
    paired = alternating_blocks(
        lambda r: block(sequential, r), lambda r: block(pool, r), args.rounds
    )
    ceiling = alternating_blocks(burn_here, burn_ray, args.rounds)
    speedup = 1 / paired.ratio
    print(
        f"{args.agent} on Countdown-{args.num_numbers}, {args.episodes} episodes per block, "
        f"{args.rounds} rounds, {args.episodes_per_task} episode(s) per Ray task; load average before {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}, "
        f"after {os.getloadavg()[0]:.1f}"
    )
    print("| runner | fastest block (s) | episodes/s |\n|---|---|---|")
    print(
        f"| 1 worker (this process) | {paired.anchor:.2f} | {args.episodes / paired.anchor:.1f} |"
    )
    print(
        f"| Ray, {args.workers} workers | {paired.ours:.2f} | {args.episodes / paired.ours:.1f} |"
    )
    print(f"speedup (median of per-round ratios): {speedup:.2f}x (goal >= 1.7x on 2 cores)")
    print(
        f"machine ceiling now: {args.workers} busy loops on {args.workers} Ray workers vs one "
        f"after another here: {1 / ceiling.ratio:.2f}x"
    )


if __name__ == "__main__":
    main()
