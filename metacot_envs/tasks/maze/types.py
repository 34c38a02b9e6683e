"""Data types of the maze task: the maze (a problem), the agent's state and a move.

Coordinates are ``(x, y)``: ``x`` is the column (0 on the left), ``y`` the row
(0 at the top), so ``up`` decreases ``y``. This matches Searchformer's
``create x y`` tokens and the row/column labels of the text view.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

Cell = tuple[int, int]
"""(x, y): column, row"""

WALL, OPEN, START, GOAL, AGENT = "#", ".", "S", "G", "A"
"""characters of the text grid"""


@dataclass(frozen=True)
class Maze:
    """A grid maze: walls, a start cell and a goal cell (one problem of the task)."""

    width: int
    height: int
    walls: bytes
    """row-major ``(height, width)`` cells, 1 = wall, 0 = open; cell (x, y) is ``walls[y * width + x]``"""
    start: Cell
    goal: Cell

    def __post_init__(self) -> None:
        if len(self.walls) != self.width * self.height:
            raise ValueError(
                f"walls has {len(self.walls)} cells, expected {self.width}x{self.height}"
            )
        for name, cell in (("start", self.start), ("goal", self.goal)):
            if not self.is_open(cell):
                raise ValueError(
                    f"{name} {cell} is a wall or outside the {self.width}x{self.height} maze"
                )

    def in_bounds(self, cell: Cell) -> bool:
        """Whether ``cell`` lies inside the grid."""
        x, y = cell
        return 0 <= x < self.width and 0 <= y < self.height

    def is_open(self, cell: Cell) -> bool:
        """Whether ``cell`` is inside the grid and not a wall."""
        x, y = cell
        return 0 <= x < self.width and 0 <= y < self.height and not self.walls[y * self.width + x]

    def wall_array(self) -> np.ndarray:
        """Walls as a boolean ``(height, width)`` array."""
        flat = np.frombuffer(self.walls, dtype=np.uint8)
        return flat.reshape(self.height, self.width).astype(bool)

    @classmethod
    def from_array(cls, walls: np.ndarray, start: Cell, goal: Cell) -> Maze:
        """Build from a boolean ``(height, width)`` wall array."""
        height, width = walls.shape
        cells = np.ascontiguousarray(walls, dtype=np.uint8).tobytes()
        return cls(
            int(width),
            int(height),
            cells,
            (int(start[0]), int(start[1])),
            (int(goal[0]), int(goal[1])),
        )

    @classmethod
    def from_rows(cls, rows: Sequence[str]) -> Maze:
        """Build from text rows of ``#`` (wall), ``.`` (open), ``S`` (start) and ``G`` (goal)."""
        rows = [row.strip() for row in rows if row.strip()]
        if not rows or len({len(row) for row in rows}) != 1:
            raise ValueError("maze rows must be non-empty and of equal length")
        found: dict[str, Cell] = {}
        walls = np.zeros((len(rows), len(rows[0])), dtype=bool)
        for y, row in enumerate(rows):
            for x, char in enumerate(row):
                if char == WALL:
                    walls[y, x] = True
                elif char in (START, GOAL):
                    if char in found:
                        raise ValueError(f"more than one {char!r} in the maze")
                    found[char] = (x, y)
                elif char != OPEN:
                    raise ValueError(f"unknown maze character {char!r}; use # . S G")
        if set(found) != {START, GOAL}:
            raise ValueError("a maze needs exactly one S and one G")
        return cls.from_array(walls, found[START], found[GOAL])

    def to_rows(self) -> list[str]:
        """The inverse of :meth:`from_rows`."""
        rows = []
        for y in range(self.height):
            chars = []
            for x in range(self.width):
                cell = (x, y)
                chars.append(
                    START
                    if cell == self.start
                    else GOAL
                    if cell == self.goal
                    else WALL
                    if self.walls[y * self.width + x]
                    else OPEN
                )
            rows.append("".join(chars))
        return rows


@dataclass(frozen=True, slots=True)
class MazeState:
    """The maze and where the agent stands in it."""

    maze: Maze
    pos: Cell


@dataclass(frozen=True)
class MazeMove:
    """One move to an adjacent cell; ``name`` is its canonical text."""

    name: str
    dx: int
    dy: int
    index: int
    """action index of the discrete view"""

    def __str__(self) -> str:
        return self.name


MOVES: tuple[MazeMove, ...] = (
    MazeMove("up", 0, -1, 0),
    MazeMove("down", 0, 1, 1),
    MazeMove("left", -1, 0, 2),
    MazeMove("right", 1, 0, 3),
)
"""the four moves, in discrete action order"""

MOVE_BY_DELTA: dict[tuple[int, int], MazeMove] = {(m.dx, m.dy): m for m in MOVES}


def neighbor(cell: Cell, move: MazeMove) -> Cell:
    """The cell one ``move`` away from ``cell`` (may be outside the maze)."""
    return (cell[0] + move.dx, cell[1] + move.dy)
