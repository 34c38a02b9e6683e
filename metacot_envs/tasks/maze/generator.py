"""Seeded maze generators; every maze they emit is solvable with a plan of a minimum length.

Generators are injected into :class:`~metacot_envs.tasks.maze.task.MazeTask`
(Jumanji style): variants of the env are generator arguments, not new classes.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from metacot_envs.tasks.maze.solver import flat_distances
from metacot_envs.tasks.maze.types import Cell, Maze


class MazeSource(ABC):
    """Draws mazes of a fixed ``width`` x ``height`` using the rng it is given, only."""

    width: int
    height: int

    @abstractmethod
    def sample(self, rng: np.random.Generator) -> Maze:
        """A solvable maze."""


class MazeSettings(Protocol):
    """What :class:`MazeGenerator` reads from its settings: the fields and derived bounds of
    :class:`~metacot_envs.tasks.maze.config.MazeConfig` that shape a maze."""

    width: int
    height: int
    kind: str
    max_tries: int

    @property
    def density_range(self) -> tuple[float, float]: ...

    @property
    def plan_floor(self) -> int: ...


class MazeGenerator(MazeSource):
    """Random mazes as a :class:`~metacot_envs.tasks.maze.config.MazeConfig` asks: walls, a random start, a goal far enough away.

    ``kind="random"`` puts a wall on each cell independently with a probability
    drawn per maze from ``wall_density`` (Searchformer: uniform 30-50%).
    ``"backtracker"`` (recursive backtracker, long corridors) and ``"prim"``
    (randomized Prim, many short dead ends) carve perfect mazes: rooms on even
    coordinates joined through the odd cells between them, so an even width or
    height leaves the last column or row all wall. The start is uniform over
    open cells and the goal uniform over the open cells at least
    ``min_plan_length`` moves from it; draws with no such cell are retried.
    """

    def __init__(self, config: MazeSettings) -> None:
        self.config = config
        self.width, self.height, self.kind = config.width, config.height, config.kind
        self.max_tries = config.max_tries
        self._density = config.density_range
        self.plan_floor = config.plan_floor

    def __repr__(self) -> str:
        return f"MazeGenerator({self.config!r})"

    def sample(self, rng: np.random.Generator) -> Maze:
        width, height = self.width, self.height
        for _ in range(self.max_tries):
            walls = self._walls(rng)
            open_cells = np.flatnonzero(~walls)
            if len(open_cells) < 2:
                continue
            start = int(open_cells[rng.integers(len(open_cells))])
            cells = walls.tobytes()  # a bool array's bytes are 0/1: the Maze.walls layout
            distances = flat_distances(cells, width, height, start)
            far = [i for i, d in enumerate(distances) if d >= self.plan_floor]
            if not far:
                continue
            goal = far[int(rng.integers(len(far)))]
            return Maze(width, height, cells, _cell(start, width), _cell(goal, width))
        raise RuntimeError(
            f"no {self.width}x{self.height} {self.kind} maze with a plan of >= {self.plan_floor} moves "
            f"in {self.max_tries} draws; lower min_plan_length or wall_density"
        )

    def _walls(self, rng: np.random.Generator) -> np.ndarray:
        if self.kind == "random":
            density = rng.uniform(*self._density)
            return rng.random((self.height, self.width)) < density
        return carve_perfect_maze(self.width, self.height, rng, prim=self.kind == "prim")


def _cell(index: int, width: int) -> Cell:
    y, x = divmod(index, width)
    return (x, y)


def carve_perfect_maze(
    width: int, height: int, rng: np.random.Generator, prim: bool = False
) -> np.ndarray:
    """A perfect maze (exactly one path between any two open cells) as a ``(height, width)`` wall array."""
    walls = np.ones((height, width), dtype=bool)
    rooms_x, rooms_y = (width + 1) // 2, (height + 1) // 2
    visited = np.zeros((rooms_y, rooms_x), dtype=bool)
    first = (int(rng.integers(rooms_x)), int(rng.integers(rooms_y)))
    visited[first[1], first[0]] = True
    walls[2 * first[1], 2 * first[0]] = False

    def unvisited_neighbors(room: Cell) -> list[Cell]:
        rx, ry = room
        out = []
        for nx, ny in ((rx, ry - 1), (rx, ry + 1), (rx - 1, ry), (rx + 1, ry)):
            if 0 <= nx < rooms_x and 0 <= ny < rooms_y and not visited[ny, nx]:
                out.append((nx, ny))
        return out

    def join(a: Cell, b: Cell) -> None:
        visited[b[1], b[0]] = True
        walls[a[1] + b[1], a[0] + b[0]] = False  # the odd cell between two rooms
        walls[2 * b[1], 2 * b[0]] = False

    if prim:
        frontier = [(first, n) for n in unvisited_neighbors(first)]
        while frontier:
            k = int(rng.integers(len(frontier)))
            frontier[k], frontier[-1] = frontier[-1], frontier[k]
            src, room = frontier.pop()
            if visited[room[1], room[0]]:
                continue
            join(src, room)
            frontier.extend((room, n) for n in unvisited_neighbors(room))
    else:
        stack = [first]
        while stack:
            options = unvisited_neighbors(stack[-1])
            if not options:
                stack.pop()
                continue
            room = options[int(rng.integers(len(options)))]
            join(stack[-1], room)
            stack.append(room)
    return walls


@dataclass
class RepeatedMazes(MazeSource):
    """The same maze for ``trials`` consecutive samples, then a fresh one (for RL² / E-RL²).

    Only every ``trials``-th call draws from the rng; the others return the
    current maze. A pickled copy continues the cycle where the original was.
    """

    source: MazeSource
    """where fresh mazes come from"""
    trials: int = 2
    """episodes per maze"""
    _current: Maze | None = field(default=None, init=False, repr=False)
    _uses: int = field(default=0, init=False, repr=False)

    def __post_init__(self) -> None:
        if self.trials < 1:
            raise ValueError(f"trials must be at least 1, got {self.trials}")
        self.width, self.height = self.source.width, self.source.height

    def sample(self, rng: np.random.Generator) -> Maze:
        if self._current is None or self._uses >= self.trials:
            self._current = self.source.sample(rng)
            self._uses = 0
        self._uses += 1
        return self._current


@dataclass
class MazeList(MazeSource):
    """A fixed list of mazes drawn uniformly (hand-made mazes make tests exact)."""

    mazes: Sequence[Maze]
    """all of one size"""

    def __post_init__(self) -> None:
        if not self.mazes or len({(m.width, m.height) for m in self.mazes}) != 1:
            raise ValueError("MazeList needs at least one maze, all of the same size")
        self.width, self.height = self.mazes[0].width, self.mazes[0].height

    def sample(self, rng: np.random.Generator) -> Maze:
        return self.mazes[int(rng.integers(len(self.mazes)))]
