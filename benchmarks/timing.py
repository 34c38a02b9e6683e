"""Timing helpers shared by the benchmark scripts: step timing and alternating best-of blocks."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import gymnasium as gym


def mean_step_seconds(
    env: gym.Env[Any, Any], choose: Callable[[], Any], steps: int, seed: int
) -> float:
    """Mean wall time of one ``env.step`` over ``steps`` calls (action choice and resets untimed)."""
    env.reset(seed=seed)
    total, episode = 0.0, seed
    for _ in range(steps):
        action = choose()
        start = time.perf_counter()
        _, _, terminated, truncated, _ = env.step(action)
        total += time.perf_counter() - start
        if terminated or truncated:
            episode += 1
            env.reset(seed=episode)
    return total / steps


def best_of_alternating(
    anchor: Callable[[int], float], ours: Callable[[int], float], rounds: int
) -> tuple[float, float]:
    """Fastest block of each side, the two sides taking turns.

    On a shared machine other load comes and goes; alternating blocks exposes both
    sides to the same conditions and the minimum discards interrupted blocks.
    """
    best_anchor = best_ours = float("inf")
    for block in range(rounds):
        best_anchor = min(best_anchor, anchor(block))
        best_ours = min(best_ours, ours(block))
    return best_anchor, best_ours
