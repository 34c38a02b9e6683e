"""Hand-made mazes that make maze tests exact."""

from __future__ import annotations

import pytest

from metacot_envs.tasks.maze import Maze

SNAKE_ROWS = (
    "S..#.",
    "##.#.",
    "...#.",
    ".###.",
    "....G",
)
"""one corridor from S to G (12 moves) plus a dead-end spur up the right column"""


@pytest.fixture
def snake() -> Maze:
    return Maze.from_rows(SNAKE_ROWS)
