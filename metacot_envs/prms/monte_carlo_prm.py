"""The Monte-Carlo rollout PRM: Φ(s) = share of a policy's rollouts from s that end correct."""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Hashable, Sequence
from typing import Any

import numpy as np

from metacot_envs.core.task import StepError, Task
from metacot_envs.prms.rollout_policies import RolloutPolicy


class MonteCarloPRM:
    """Estimates the value of a state under a rollout policy (Xiang et al. 2025 §5; Math-Shepherd).

    From each scored state, ``rollouts`` continuations of ``policy`` (see
    :mod:`metacot_envs.prms.rollout_policies`) are played through the task's own
    ``parse_step``/``apply`` until a terminal state or ``max_depth`` steps; Φ(s) is
    the fraction that end correct. A rejected step or the depth limit ends a
    rollout as a failure. A terminal state scores 1.0 if correct, else 0.0.

    Estimates are deterministic: rollouts from a state use a generator seeded by
    ``seed`` and a digest of the state's ``repr``, so one state always gets the same
    estimate, and up to ``cache_size`` estimates are cached by (task name, state).
    """

    def __init__(
        self,
        policy: RolloutPolicy,
        rollouts: int = 16,
        max_depth: int = 32,
        seed: int = 0,
        cache_size: int = 100_000,
    ) -> None:
        if rollouts < 1 or max_depth < 1:
            raise ValueError("rollouts and max_depth must be at least 1")
        self.policy = policy
        self.rollouts = int(rollouts)
        self.max_depth = int(max_depth)
        self.seed = int(seed)
        self.cache_size = int(cache_size)
        self._cache: OrderedDict[tuple[str, Hashable], float] = OrderedDict()

    def score(self, task: Task[Any, Any, Any], states: Sequence[Hashable]) -> list[float]:
        return [self.estimate(task, state) for state in states]

    def estimate(self, task: Task[Any, Any, Any], state: Hashable) -> float:
        """Φ(state), from the cache or from fresh rollouts."""
        key = (task.name, state)
        if key in self._cache:
            self._cache.move_to_end(key)
            return self._cache[key]
        if task.is_terminal(state):
            value = 1.0 if task.is_correct(state) else 0.0
        else:
            rng = np.random.default_rng([self.seed, _digest(state)])
            wins = sum(self._rollout(task, state, rng) for _ in range(self.rollouts))
            value = wins / self.rollouts
        self._cache[key] = value
        if len(self._cache) > self.cache_size:
            self._cache.popitem(last=False)
        return value

    def _rollout(
        self, task: Task[Any, Any, Any], state: Hashable, rng: np.random.Generator
    ) -> bool:
        for _ in range(self.max_depth):
            if task.is_terminal(state):
                break
            step = task.parse_step(state, self.policy(task, state, rng))
            if isinstance(step, StepError):
                return False
            state = task.apply(state, step)
        return task.is_terminal(state) and task.is_correct(state)

    def cache_info(self) -> dict[str, int]:
        """How many estimates are cached."""
        return {"size": len(self._cache), "max_size": self.cache_size}


def _digest(state: Hashable) -> int:
    text = repr(state).encode("utf-8", "surrogatepass")
    return int.from_bytes(hashlib.blake2b(text, digest_size=8).digest(), "little")
