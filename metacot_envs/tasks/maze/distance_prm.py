"""Oracle process reward model of the maze: progress along the BFS distance to the goal."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from functools import lru_cache
from typing import Any

import numpy as np

from metacot_envs.core.task import Task
from metacot_envs.tasks.maze.solver import bfs_distances
from metacot_envs.tasks.maze.types import Maze, MazeState


@lru_cache(maxsize=2048)
def goal_distances(maze: Maze) -> np.ndarray:
    """BFS move counts from every cell to the goal (``(height, width)``, -1 where unreachable)."""
    distances = bfs_distances(maze, maze.goal)
    distances.setflags(write=False)
    return distances


class MazeDistancePRM:
    """Φ(s) = clip(1 − d(s)/d(s₀), 0, 1), d the BFS distance to the goal, s₀ the maze's start.

    0 at the start (and anywhere no closer), rising by ``1/d(s₀)`` per move along
    an optimal plan, 1 at the goal; 0 where the goal is unreachable. Used as
    the potential of :class:`~metacot_envs.wrappers.prm_shaping.PRMShaping`,
    which sets Φ(terminal) = 0 itself, so every optimal move is rewarded
    ``1/d(s₀)`` (with γ = 1) and every move away penalised as much. Distance maps
    are cached per maze.
    """

    def score(self, task: Task[Any, Any, Any], states: Sequence[Hashable]) -> list[float]:
        return [self._one(state) for state in states]

    def _one(self, state: Hashable) -> float:
        if not isinstance(state, MazeState):
            raise TypeError(f"MazeDistancePRM scores MazeState, got {type(state).__name__}")
        distances = goal_distances(state.maze)
        start = int(distances[state.maze.start[1], state.maze.start[0]])
        here = int(distances[state.pos[1], state.pos[0]])
        if here < 0 or start <= 0:
            return 1.0 if here == 0 else 0.0
        return min(1.0, max(0.0, 1.0 - here / start))
