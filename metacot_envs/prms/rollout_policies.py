"""Rollout policies: the step-proposing callables the Monte-Carlo PRM runs from a state.

A rollout policy is any callable ``policy(task, state, rng) -> str`` that returns
the text of one next step for ``state`` (as an agent would send it to the env),
drawing randomness only from ``rng``. The text goes through ``task.parse_step``
like any action, so a policy may also propose rejected steps.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any, Protocol

import numpy as np

from metacot_envs.core.task import Task


class RolloutPolicy(Protocol):
    """``(task, state, rng) -> step text``: one step of a rollout."""

    def __call__(self, task: Task[Any, Any, Any], state: Hashable, rng: np.random.Generator) -> str:
        """The text of the next step from ``state``."""
        ...


class RandomLegalPolicy:
    """A uniformly random legal step, for tasks whose steps can be enumerated."""

    def __call__(self, task: Task[Any, Any, Any], state: Hashable, rng: np.random.Generator) -> str:
        steps = task.legal_steps(state)
        if not steps:
            raise ValueError(f"{type(task).__name__} has no enumerable legal steps here")
        return task.format_step(steps[int(rng.integers(len(steps)))])


class NoisySolverPolicy:
    """The solver's next step with probability ``accuracy``, else ``fallback``'s step.

    Generic over tasks with ``solve``; the fallback defaults to a random legal step.
    A state the solver calls unsolvable always gets the fallback.
    """

    def __init__(self, accuracy: float = 0.8, fallback: RolloutPolicy | None = None) -> None:
        if not 0.0 <= accuracy <= 1.0:
            raise ValueError(f"accuracy must be in [0, 1], got {accuracy}")
        self.accuracy = float(accuracy)
        self.fallback: RolloutPolicy = fallback or RandomLegalPolicy()

    def __call__(self, task: Task[Any, Any, Any], state: Hashable, rng: np.random.Generator) -> str:
        if rng.random() < self.accuracy:
            plan = task.solve(state)
            if plan:
                return task.format_step(plan[0])
        return self.fallback(task, state, rng)
