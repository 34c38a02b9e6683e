"""Maze rules as a Task: parse a move, check it against the walls, apply it, show the grid.

A step is one move to an adjacent cell, written ``up``/``down``/``left``/``right``,
``U``/``D``/``L``/``R`` (any case) or ``move x y`` (also ``move (x, y)``). Step
text is matched by ASCII-only regular expressions with a length cap, never
evaluated.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import numpy as np

from metacot_envs.core.task import DiscreteCodec, StepError, Task
from metacot_envs.tasks.maze.discrete import MazeCodec
from metacot_envs.tasks.maze.generator import MazeSource
from metacot_envs.tasks.maze.render import render_maze
from metacot_envs.tasks.maze.solver import astar
from metacot_envs.tasks.maze.types import (
    AGENT,
    GOAL,
    MOVE_BY_DELTA,
    MOVES,
    OPEN,
    START,
    WALL,
    Cell,
    Maze,
    MazeMove,
    MazeState,
)

MAX_STEP_CHARS = 64
_FLAGS = re.ASCII | re.IGNORECASE
_MOVE_WORD = re.compile(r"\s*(up|down|left|right|u|d|l|r)\s*", _FLAGS)
_MOVE_TO = re.compile(
    r"\s*move\s*(?:to\s*)?\(?\s*([0-9]{1,4})\s*(?:,\s*|\s+)([0-9]{1,4})\s*\)?\s*", _FLAGS
)
_BY_WORD = {m.name: m for m in MOVES} | {m.name[0]: m for m in MOVES}
_HOW = "write up, down, left or right (or U/D/L/R), or 'move x y' for an adjacent cell"


class MazeTask(Task[Maze, MazeState, MazeMove]):
    """Walk a grid maze from its start to its goal, one cell per step.

    The maze generator (any :class:`MazeSource`) is injected; the codec options
    pick the discrete view's observation (see :mod:`~metacot_envs.tasks.maze.discrete`).
    The exact solver is A*; :meth:`astar_trace` gives its search as a Meta-CoT.
    """

    name = "maze"
    problem_help = "a Maze, or its rows of '# . S G' (one S, one G) as a list or multi-line text"

    def __init__(
        self,
        source: MazeSource,
        *,
        observation: str = "channels",
        cell_pixels: int | None = None,
        render_cell_pixels: int = 16,
        trace_format: str = "project",
        hide_goal: bool = False,
    ) -> None:
        self.source = source
        self.trace_format = trace_format
        self.observation = observation
        self.cell_pixels = cell_pixels
        self.render_cell_pixels = render_cell_pixels
        self.hide_goal = hide_goal
        self.default_max_steps = 4 * (source.width + source.height)
        MazeCodec(source.width, source.height, observation, cell_pixels)  # fail fast on bad options

    # -- problems ------------------------------------------------------------
    def sample(self, rng: np.random.Generator) -> Maze:
        return self.source.sample(rng)

    def as_problem(self, value: Any) -> Maze:
        return as_maze(value)

    def initial_state(self, problem: Maze) -> MazeState:
        return MazeState(problem, problem.start)

    # -- steps ---------------------------------------------------------------
    def parse_step(self, state: MazeState, text: str) -> MazeMove | StepError:
        if not isinstance(text, str) or len(text) > MAX_STEP_CHARS:
            return StepError(f"a move is a few characters: {_HOW}")
        word = _MOVE_WORD.fullmatch(text)
        if word is not None:
            move = _BY_WORD[word.group(1).lower()]
        else:
            target = _MOVE_TO.fullmatch(text)
            if target is None:
                return StepError(f"could not read move {text[:24]!r}: {_HOW}")
            cell = (int(target.group(1)), int(target.group(2)))
            delta = (cell[0] - state.pos[0], cell[1] - state.pos[1])
            if delta not in MOVE_BY_DELTA:
                return StepError(
                    f"({cell[0]}, {cell[1]}) is not adjacent to ({state.pos[0]}, {state.pos[1]}); "
                    "move one cell up, down, left or right",
                    "illegal",
                )
            move = MOVE_BY_DELTA[delta]
        return self._check(state, move)

    def _check(self, state: MazeState, move: MazeMove) -> MazeMove | StepError:
        maze, (x, y) = state.maze, state.pos
        if state.pos == maze.goal:
            return StepError("the goal is already reached; reset for a new maze", "illegal")
        nx, ny = x + move.dx, y + move.dy
        if not maze.in_bounds((nx, ny)):
            return StepError(
                f"moving {move.name} from ({x}, {y}) leaves the maze "
                f"(x is 0..{maze.width - 1}, y is 0..{maze.height - 1}); legal moves: {self._legal_names(state)}",
                "illegal",
            )
        if maze.walls[ny * maze.width + nx]:
            return StepError(
                f"bump: moving {move.name} from ({x}, {y}) hits the wall at ({nx}, {ny}); "
                f"legal moves: {self._legal_names(state)}",
                "illegal",
            )
        return move

    def _legal_names(self, state: MazeState) -> str:
        return ", ".join(m.name for m in self.legal_steps(state)) or "none"

    def legal_steps(self, state: MazeState) -> list[MazeMove]:
        if state.pos == state.maze.goal:
            return []
        x, y = state.pos
        return [m for m in MOVES if state.maze.is_open((x + m.dx, y + m.dy))]

    def apply(self, state: MazeState, step: MazeMove) -> MazeState:
        return MazeState(state.maze, (state.pos[0] + step.dx, state.pos[1] + step.dy))

    # -- outcome -------------------------------------------------------------
    def is_terminal(self, state: MazeState) -> bool:
        return state.pos == state.maze.goal

    def is_correct(self, state: MazeState) -> bool:
        return state.pos == state.maze.goal

    def solve(self, state: MazeState) -> list[MazeMove] | None:
        result = astar(state.maze, state.pos)
        return None if result is None else list(result.moves)

    def astar_trace(
        self, state: MazeState, rng: np.random.Generator | None = None
    ) -> list[str] | None:
        """The A* search from ``state`` as Meta-CoT lines (``create``/``close``/``plan``), None if unsolvable.

        ``trace_format="searchformer"`` (config) gives Searchformer's own A* order
        (deterministic: ``rng`` is not used); the default is the project's A*.
        """
        if self.trace_format == "searchformer":
            from metacot_envs.tasks.maze.searchformer_trace import searchformer_astar

            found = searchformer_astar(state.maze, state.pos)
            return None if found is None else list(found.trace)
        result = astar(state.maze, state.pos, rng)
        return None if result is None else list(result.trace)

    # -- text ----------------------------------------------------------------
    def format_state(self, state: MazeState) -> str:
        maze = state.maze
        (x, y), (gx, gy) = state.pos, maze.goal
        return (
            f"Maze {maze.width}x{maze.height}: walk from S to the goal G, one cell per step.\n"
            f"{WALL} wall, {OPEN} open, {AGENT} you, {START} start, {GOAL} goal; "
            "x is the column, y the row (y grows downward).\n"
            f"{grid_text(maze, state.pos)}\n"
            f"You are at ({x}, {y}); the goal is at ({gx}, {gy}).\n"
            f"Answer with one move: {_HOW}."
        )

    def format_step(self, step: MazeMove) -> str:
        return step.name

    def describe_state(self, state: MazeState) -> str:
        return f"at {state.pos[0]} {state.pos[1]}"

    def min_observation_chars(self) -> int:
        """The text of a maze of this size: every row must reach the agent, uncut."""
        width, height = self.source.width, self.source.height
        blank = Maze.from_array(
            np.zeros((height, width), dtype=bool), (0, 0), (width - 1, height - 1)
        )
        return len(self.format_state(MazeState(blank, (width - 1, height - 1)))) + 16

    def answer(self, state: MazeState) -> str | None:
        """The cell reached, once at the goal (every terminal maze state is the goal)."""
        return f"{state.pos[0]} {state.pos[1]}" if self.is_terminal(state) else None

    def discrete_codec(self) -> DiscreteCodec[MazeState]:
        return MazeCodec(
            self.source.width,
            self.source.height,
            self.observation,
            self.cell_pixels,
            hide_goal=self.hide_goal,
        )

    def render_rgb(self, state: MazeState) -> np.ndarray:
        return render_maze(state.maze, state.pos, cell=self.render_cell_pixels)


def grid_text(maze: Maze, agent: Cell | None = None) -> str:
    """The maze as labelled rows of ``# . S G A`` (column numbers on top, row numbers left)."""
    header, rows = _grid_lines(maze)
    if agent is None:
        return "\n".join(header + rows)
    ax, ay = agent
    label = len(str(maze.height - 1)) + 1
    row = rows[ay]
    marked = row[: label + ax] + AGENT + row[label + ax + 1 :]
    return "\n".join(header + rows[:ay] + (marked,) + rows[ay + 1 :])


@lru_cache(maxsize=512)
def _grid_lines(maze: Maze) -> tuple[tuple[str, ...], tuple[str, ...]]:
    # cached: an episode re-renders the same maze every step, only the agent moves
    label = len(str(maze.height - 1))
    pad = " " * (label + 1)
    header = []
    if maze.width > 10:
        header.append(pad + "".join(str(x // 10) if x >= 10 else " " for x in range(maze.width)))
    header.append(pad + "".join(str(x % 10) for x in range(maze.width)))
    rows = tuple(f"{y:>{label}} {row}" for y, row in enumerate(maze.to_rows()))
    return tuple(header), rows


def as_maze(value: Any) -> Maze:
    """Accept a :class:`Maze`, a multi-line string or a list of rows of ``# . S G``."""
    if isinstance(value, Maze):
        return value
    if isinstance(value, str):
        return Maze.from_rows(value.splitlines())
    if isinstance(value, (list, tuple)) and all(isinstance(row, str) for row in value):
        return Maze.from_rows(list(value))
    raise ValueError(f"a maze is text rows, got {type(value).__name__}")
