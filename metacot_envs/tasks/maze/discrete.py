"""Discrete view of the maze: ``Discrete(4)`` moves over binary wall/agent/goal planes.

Actions are ``0 up, 1 down, 2 left, 3 right``; moves into a wall or off the grid
are masked (and at the goal every move is, the episode being over).

Observations are channel-first planes ``[walls, agent, goal]`` (with ``hide_goal`` the goal
plane stays empty: the goal is found by walking onto it):

- ``observation="channels"``: float32 ``(3, height, width)`` of 0/1, for ``MlpPolicy``
  (or a small custom CNN);
- ``observation="image"``: uint8 ``(3, height*k, width*k)`` of 0/255 with each cell
  ``k`` pixels wide (``k`` defaults to the least that makes the image 36 pixels,
  the minimum of SB3's NatureCNN), so ``CnnPolicy`` runs unmodified.
"""

from __future__ import annotations

import math

import numpy as np

from metacot_envs.tasks.maze.types import MOVES, Maze, MazeMove, MazeState

OBSERVATIONS = ("channels", "image")
WALL_PLANE, AGENT_PLANE, GOAL_PLANE = 0, 1, 2
NATURE_CNN_MIN_PIXELS = 36


class MazeCodec:
    """Maps maze states to observation planes and action indices to moves (see module doc)."""

    num_actions = len(MOVES)

    def __init__(
        self,
        width: int,
        height: int,
        observation: str = "channels",
        cell_pixels: int | None = None,
        *,
        hide_goal: bool = False,
    ) -> None:
        if observation not in OBSERVATIONS:
            raise ValueError(f"observation must be one of {OBSERVATIONS}, got {observation!r}")
        self.width, self.height = width, height
        self.observation = observation
        self.hide_goal = hide_goal
        if observation == "image":
            self.cell_pixels = cell_pixels or math.ceil(NATURE_CNN_MIN_PIXELS / min(width, height))
            self.observation_shape: tuple[int, ...] = (
                3,
                height * self.cell_pixels,
                width * self.cell_pixels,
            )
            self.observation_low, self.observation_high = 0.0, 255.0
            self.observation_dtype: type = np.uint8
        else:
            self.cell_pixels = 1
            self.observation_shape = (3, height, width)
            self.observation_low, self.observation_high = 0.0, 1.0
            self.observation_dtype = np.float32
        self._maze: Maze | None = None
        self._base = np.zeros((3, height, width), dtype=np.float32)

    def step(self, state: MazeState, action: int) -> MazeMove | None:
        """The move ``action`` means, or None when it is masked."""
        if state.pos == state.maze.goal:
            return None
        move = MOVES[action]
        target = (state.pos[0] + move.dx, state.pos[1] + move.dy)
        return move if state.maze.is_open(target) else None

    def step_text(self, state: MazeState, action: int) -> str | None:
        move = self.step(state, action)
        return None if move is None else move.name

    def action_mask(self, state: MazeState) -> np.ndarray:
        if state.pos == state.maze.goal:
            return np.zeros(self.num_actions, dtype=bool)
        x, y = state.pos
        maze = state.maze
        return np.array([maze.is_open((x + m.dx, y + m.dy)) for m in MOVES], dtype=bool)

    def planes(self, state: MazeState) -> np.ndarray:
        """Float32 ``(3, height, width)`` 0/1 planes of ``state``."""
        if state.maze is not self._maze:
            self._set_maze(state.maze)
        planes = self._base.copy()
        planes[AGENT_PLANE, state.pos[1], state.pos[0]] = 1.0
        return planes

    def encode(self, state: MazeState) -> np.ndarray:
        return self.finish(self.planes(state))

    def finish(self, planes: np.ndarray) -> np.ndarray:
        """Turn 0/1 planes (``(..., 3, height, width)``, batched or not) into observations."""
        if self.observation == "channels":
            return planes
        k = self.cell_pixels
        pixels = (planes * 255).astype(np.uint8)
        return np.repeat(np.repeat(pixels, k, axis=-2), k, axis=-1)

    def _set_maze(self, maze: Maze) -> None:
        if (maze.width, maze.height) != (self.width, self.height):
            raise ValueError(
                f"this discrete view is {self.width}x{self.height}; got a {maze.width}x{maze.height} maze"
            )
        self._maze = maze
        self._base[:] = 0.0
        self._base[WALL_PLANE] = maze.wall_array()
        if not self.hide_goal:
            self._base[GOAL_PLANE, maze.goal[1], maze.goal[0]] = 1.0
