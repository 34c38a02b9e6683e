"""Resident memory of long random masked play, against a CartPole-v1 loop of the same length.

Usage: python benchmarks/bench_memory.py [--steps N] [--samples N] [--env NAME ...]

Defaults: ``--steps 1000000 --samples 20 --env countdown6``; ``--env`` also takes
``countdown4`` and ``game24`` (repeat the flag for several). Every env, and the anchor
(gymnasium ``CartPole-v1``, random actions, same number of steps), runs in its own fresh
interpreter started by this script, so one measurement never inherits another's heap.

Each run reads VmRSS from ``/proc/self/status`` after import + ``gym.make`` + first
reset, then every ``steps / samples`` steps of random masked play (a uniformly random
legal action; reset whenever an episode ends). It prints the RSS curve, the final
RSS, the growth over the last 20% of steps and the solver's cache size at the end.
"Flat at the end" means that growth is at most ``FLAT_MB`` (a sawtooth of a bounded
memo or allocator noise stays within it; a leak of one cache entry per reset does not).
The goal (<= ``GOAL_MB`` for 6-number Countdown) is checked on the final RSS.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from typing import Any

FLAT_MB = 2.0
GOAL_MB = 100.0
ENVS: dict[str, tuple[str, dict[str, Any]]] = {
    "countdown6": ("MetaCoT/Countdown-v0", {"view": "discrete", "num_numbers": 6}),
    "countdown4": ("MetaCoT/Countdown-v0", {"view": "discrete", "num_numbers": 4}),
    "game24": ("MetaCoT/Game24-v0", {"view": "discrete"}),
    "cartpole": ("CartPole-v1", {}),
}


def rss_mb() -> float:
    """This process's resident set size in MB, from ``/proc/self/status``."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS line in /proc/self/status (Linux only)")


def solver_cache_entries() -> int | None:
    """Entries held by the Countdown solver's memo, if this version exposes a count."""
    from metacot_envs.tasks.countdown import solver

    info = getattr(solver, "solver_cache_info", None)
    if info is not None:
        return int(info().entries)
    reachable = getattr(solver, "_reachable", None)
    return int(reachable.cache_info().currsize) if hasattr(reachable, "cache_info") else None


def play(name: str, steps: int, samples: int) -> dict[str, Any]:
    """Random masked play of ``ENVS[name]`` for ``steps`` steps, sampling RSS along the way."""
    import gymnasium as gym
    import numpy as np

    import metacot_envs  # noqa: F401  (registers the ids)

    env_id, kwargs = ENVS[name]
    env = gym.make(env_id, disable_env_checker=True, **kwargs)
    rng = np.random.default_rng(0)
    masked = name != "cartpole"
    num_actions = int(env.action_space.n)  # type: ignore[attr-defined]
    env.reset(seed=0)
    curve = [(0, rss_mb())]
    every = max(steps // samples, 1)
    episode, resets = 0, 0
    start = time.perf_counter()
    for step in range(1, steps + 1):
        if masked:
            legal = np.flatnonzero(env.get_wrapper_attr("action_masks")())
            action = int(legal[rng.integers(len(legal))])
        else:
            action = int(rng.integers(num_actions))
        _, _, terminated, truncated, _ = env.step(action)
        if terminated or truncated:
            episode += 1
            resets += 1
            env.reset(seed=episode)
        if step % every == 0 or step == steps:
            curve.append((step, rss_mb()))
    return {
        "name": name,
        "curve": curve,
        "seconds": time.perf_counter() - start,
        "resets": resets,
        "cache_entries": solver_cache_entries() if masked else None,
    }


def measure_in_child(name: str, steps: int, samples: int) -> dict[str, Any]:
    """Run :func:`play` in a fresh interpreter and return its result."""
    out = subprocess.run(
        [
            sys.executable,
            __file__,
            "--child",
            name,
            "--steps",
            str(steps),
            "--samples",
            str(samples),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    return dict(json.loads(out.stdout.splitlines()[-1]))


def rss_at(curve: list[tuple[int, float]], step: int) -> float:
    """RSS of the last sample taken at or before ``step``."""
    return max((s, mb) for s, mb in curve if s <= step)[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--steps", type=int, default=1_000_000, help="steps per run")
    parser.add_argument("--samples", type=int, default=20, help="RSS samples after the first")
    parser.add_argument(
        "--env", action="append", choices=[n for n in ENVS if n != "cartpole"], help="repeatable"
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(play(args.child, args.steps, args.samples)))
        return
    names = args.env or ["countdown6"]
    anchor = measure_in_child("cartpole", args.steps, args.samples)
    results = [measure_in_child(name, args.steps, args.samples) for name in names]
    anchor_mb = anchor["curve"][-1][1]
    print(f"## RSS over {args.steps:,} steps of random play (MB)\n")
    header = ["step", "CartPole-v1 (anchor)", *names]
    print("| " + " | ".join(header) + " |\n|" + "---|" * len(header))
    for i, (step, mb) in enumerate(anchor["curve"]):
        row = [f"{step:,}", f"{mb:.1f}", *(f"{r['curve'][i][1]:.1f}" for r in results)]
        print("| " + " | ".join(row) + " |")
    print("\n## Summary\n")
    print(
        "| env | after first reset (MB) | final RSS (MB) | vs anchor | growth, last 20% (MB) "
        f"| flat (<= {FLAT_MB} MB) | solver cache entries | resets | wall time (s) | goal |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in [anchor, *results]:
        curve = r["curve"]
        final = curve[-1][1]
        growth = final - rss_at(curve, int(args.steps * 0.8))
        goal = (
            f"<= {GOAL_MB:.0f} MB: {'met' if final <= GOAL_MB else 'MISSED'}"
            if r["name"] == "countdown6"
            else "-"
        )
        print(
            f"| {r['name']} | {curve[0][1]:.1f} | {final:.1f} | {final - anchor_mb:+.1f} MB "
            f"| {growth:+.1f} | {'yes' if growth <= FLAT_MB else 'NO'} "
            f"| {r['cache_entries'] if r['cache_entries'] is not None else '-'} "
            f"| {r['resets']:,} | {r['seconds']:.0f} | {goal} |"
        )


if __name__ == "__main__":
    main()
