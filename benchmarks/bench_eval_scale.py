"""Evaluation episodes/s with 1 worker (this process) vs 2 Ray workers, on a CPU-bound agent.

Goal (issue 11): >= 1.7x episodes/s on 2 cores. The agent is a solver-PRM search
(``solver-prm-mcts`` by default; pure CPU: env copies, the exact solver as PRM, tree
search) on Countdown with 5 numbers. Each round times the same seeds both ways, back
to back (the 1-worker anchor and the Ray pool; every other round the pool goes first,
so a steady drift of this VM's speed favours neither side), and the reported speedup
is the median of the per-round ratios (as in ``timing.alternating_blocks``). Both sides
are warmed up first (each Ray worker builds its policy and env once and keeps them),
and a full garbage collection precedes every timed block of either side. The records
are checked to be the same both ways before any number is printed. Ray sizes its own
tasks (``RayRunner``'s default) unless ``--episodes-per-task`` fixes them.

As a ceiling for this machine at this moment, every round also times a pure-Python
busy loop (``--burn-loops``, about half a second each) run once per worker one after
another in this process vs once in each Ray worker at the same time: on a shared
machine whose other jobs take CPU, that ceiling (not our code) bounds the speedup.
Each round's episode ratio and ceiling are printed.

Usage: nice -n 10 python benchmarks/bench_eval_scale.py [--agent A] [--episodes N] [--rounds R]
"""

from __future__ import annotations

import argparse
import functools
import gc
import os
import statistics
import time
from collections.abc import Callable

import metacot_envs  # noqa: F401  (registers the ids)
from agents.distributed.ray_runner import RayRunner, start_ray
from agents.evaluate import EpisodeFailure, SequentialRunner
from agents.registry import make_agent

ENV = "MetaCoT/Countdown-v0"


def burn(loops: int) -> int:
    """Pure-Python CPU work (the ceiling's unit)."""
    total = 0
    for i in range(loops):
        total += i
    return total


def timed(work: Callable[[], object]) -> float:
    """Wall seconds of ``work()``, after a full collection so no side inherits the other's garbage."""
    gc.collect()
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--agent", default="solver-prm-mcts")
    parser.add_argument("--num-numbers", type=int, default=5)
    parser.add_argument("--episodes", type=int, default=400, help="episodes per block")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--workers", type=int, default=2, help="Ray CPUs")
    parser.add_argument(
        "--episodes-per-task", type=int, help="fixed Ray task size (default: the runner sizes)"
    )
    parser.add_argument("--burn-loops", type=int, default=20_000_000)
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
        return sorted((o.seed, o.solved, o.env_steps, o.actions, o.meta_cot) for o in out)

    warm = list(range(10_000, 10_000 + 25 * args.workers))
    if play(sequential, warm) != play(pool, warm):
        raise SystemExit("Ray and the single process disagree on the warm-up seeds")

    import ray

    remote_burn = ray.remote(burn)
    ray.get([remote_burn.remote(10) for _ in range(2 * args.workers)])

    def burn_here() -> None:
        for _ in range(args.workers):
            burn(args.burn_loops)

    def burn_ray() -> None:
        ray.get([remote_burn.remote(args.burn_loops) for _ in range(args.workers)])

    load = os.getloadavg()
    anchors, ours, ratios, ceilings = [], [], [], []
    for round_ in range(args.rounds):
        seeds = list(range(round_ * args.episodes, (round_ + 1) * args.episodes))
        here = functools.partial(play, sequential, seeds)
        there = functools.partial(play, pool, seeds)
        if round_ % 2:
            ray_s, one_s = timed(there), timed(here)
            on_ray, alone = timed(burn_ray), timed(burn_here)
        else:
            one_s, ray_s = timed(here), timed(there)
            alone, on_ray = timed(burn_here), timed(burn_ray)
        anchors.append(one_s)
        ours.append(ray_s)
        ratios.append(one_s / ray_s)
        ceilings.append(alone / on_ray)
    print(
        f"{args.agent} on Countdown-{args.num_numbers}, {args.episodes} episodes per block, "
        f"{args.rounds} rounds, Ray tasks of "
        f"{args.episodes_per_task or 'self-sized'} episodes; load average before "
        f"{load[0]:.1f} {load[1]:.1f} {load[2]:.1f}, after {os.getloadavg()[0]:.1f}"
    )
    print("| runner | fastest block (s) | episodes/s |\n|---|---|---|")
    print(f"| 1 worker (this process) | {min(anchors):.2f} | {args.episodes / min(anchors):.1f} |")
    print(f"| Ray, {args.workers} workers | {min(ours):.2f} | {args.episodes / min(ours):.1f} |")
    print("per-round speedup: " + " ".join(f"{r:.2f}" for r in ratios))
    print("per-round ceiling: " + " ".join(f"{c:.2f}" for c in ceilings))
    print(
        f"speedup (median of per-round ratios): {statistics.median(ratios):.2f}x "
        "(goal >= 1.7x on 2 cores)"
    )
    print(
        f"machine ceiling (median): {args.workers} busy loops on {args.workers} Ray workers vs "
        f"one after another here: {statistics.median(ceilings):.2f}x"
    )


if __name__ == "__main__":
    main()
