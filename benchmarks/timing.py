"""Timing helpers shared by the benchmark scripts: step timing and paired alternating blocks."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any, NamedTuple

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


class Paired(NamedTuple):
    """Block timings of an anchor and ours, taken in turns."""

    anchor: float
    """fastest anchor block"""
    ours: float
    """fastest block of ours"""
    ratio: float
    """median over rounds of ours / anchor in back-to-back blocks"""


def alternating_blocks(
    anchor: Callable[[int], float], ours: Callable[[int], float], rounds: int
) -> Paired:
    """Time both sides in alternating blocks; report the fastest blocks and the paired ratio.

    On a shared machine other load comes and goes (this VM's speed drifts up to ~2x
    within minutes). Each round times the anchor and ours back to back, so both see
    the same conditions; the median of those per-round ratios discards rounds that a
    load change split, which the ratio of the two minima does not.
    """
    anchors, ours_times = [], []
    for block in range(rounds):
        anchors.append(anchor(block))
        ours_times.append(ours(block))
    ratio = statistics.median(o / a for o, a in zip(ours_times, anchors, strict=True))
    return Paired(min(anchors), min(ours_times), ratio)
