"""Solver-backed oracle PRMs for tasks with an exact solver."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Any

from metacot_envs.core.task import Task


class SolverPRM:
    """Φ(s) = 1 if a correct state is still reachable from ``s`` (by the task's solver), else 0.

    ``graded=True`` refines the reachable case to ``(1 + p) / 2`` where ``p`` is
    the share of legal next steps after which a solution is still reachable: a
    state with many good continuations scores higher than a knife-edge one. A
    correct state scores 1.
    """

    def __init__(self, graded: bool = False) -> None:
        self.graded = graded

    def score(self, task: Task[Any, Any, Any], states: Sequence[Hashable]) -> list[float]:
        return [self._one(task, s) for s in states]

    def _one(self, task: Task[Any, Any, Any], state: Hashable) -> float:
        if task.is_correct(state):
            return 1.0
        if task.is_terminal(state) or task.solve(state) is None:
            return 0.0
        if not self.graded:
            return 1.0
        steps = task.legal_steps(state) or []
        if not steps:
            return 0.5
        good = sum(1 for step in steps if _reachable(task, task.apply(state, step)))
        return 0.5 * (1.0 + good / len(steps))


def _reachable(task: Task[Any, Any, Any], state: Hashable) -> bool:
    return task.is_correct(state) or (not task.is_terminal(state) and task.solve(state) is not None)
