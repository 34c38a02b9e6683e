"""Maze generators: seeded, solvable, long enough, sized 5x5 to 30x30, structured kinds perfect."""

from __future__ import annotations

import random

import numpy as np
import pytest

from metacot_envs.registry import spec_for
from metacot_envs.tasks.maze import (
    MazeConfig,
    MazeGenerator,
    MazeList,
    RepeatedMazes,
    bfs_distances,
)

make_maze_env = spec_for("MetaCoT/Maze-v0").make


def plan_length(maze) -> int:
    return int(bfs_distances(maze, maze.start)[maze.goal[1], maze.goal[0]])


@pytest.mark.parametrize("kind", ["random", "backtracker", "prim"])
@pytest.mark.parametrize("size", [(5, 5), (10, 10), (7, 12), (30, 30)])
def test_generator__every_maze_is_solvable_with_the_minimum_plan_length(kind, size):
    width, height = size
    generator = MazeGenerator(MazeConfig(width=width, height=height, kind=kind))
    rng = np.random.default_rng(0)
    for _ in range(40 if width < 30 else 8):
        maze = generator.sample(rng)
        assert (maze.width, maze.height) == size
        assert plan_length(maze) >= max(width, height)


def test_generator__respects_a_custom_min_plan_length():
    generator = MazeGenerator(MazeConfig(width=8, height=8, min_plan_length=12))
    rng = np.random.default_rng(1)
    assert min(plan_length(generator.sample(rng)) for _ in range(100)) >= 12


def test_generator__same_seed_same_maze_and_no_global_random():
    generator = MazeGenerator(MazeConfig(width=12, height=9, kind="prim"))
    random.seed(0)
    np.random.seed(0)
    before = (random.random(), np.random.random())
    random.seed(0)
    np.random.seed(0)
    a = generator.sample(np.random.default_rng(7))
    b = generator.sample(np.random.default_rng(7))
    assert a == b and a != generator.sample(np.random.default_rng(8))
    assert (random.random(), np.random.random()) == before, "the global generators were used"


def test_random_walls__density_is_drawn_from_the_range():
    generator = MazeGenerator(
        MazeConfig(width=20, height=20, wall_density=(0.3, 0.5), min_plan_length=1)
    )
    rng = np.random.default_rng(2)
    densities = [generator.sample(rng).wall_array().mean() for _ in range(200)]
    assert 0.2 < min(densities) and max(densities) < 0.6
    assert 0.36 < float(np.mean(densities)) < 0.44


@pytest.mark.parametrize("kind", ["backtracker", "prim"])
def test_structured_maze__is_perfect_one_tree_over_the_open_cells(kind):
    rng = np.random.default_rng(3)
    maze = MazeGenerator(MazeConfig(width=15, height=11, kind=kind)).sample(rng)
    open_cells = ~maze.wall_array()
    distances = bfs_distances(maze, maze.start)
    assert (distances[open_cells] >= 0).all(), "every open cell is connected"
    edges = int(
        (open_cells[:, 1:] & open_cells[:, :-1]).sum() + (open_cells[1:] & open_cells[:-1]).sum()
    )
    assert edges == int(open_cells.sum()) - 1, "a spanning tree has one edge fewer than nodes"


def test_repeated_mazes__keep_one_maze_for_k_episodes():
    env = make_maze_env(width=6, height=6, trials_per_maze=3)
    env.reset(seed=0)
    mazes = [env.unwrapped.problem]
    for _ in range(5):
        env.reset()
        mazes.append(env.unwrapped.problem)
    assert mazes[0] == mazes[1] == mazes[2]
    assert mazes[3] == mazes[4] == mazes[5]
    assert mazes[0] != mazes[3]


def test_maze_list__draws_only_the_given_mazes(snake):
    source = RepeatedMazes(MazeList([snake]), trials=2)
    assert source.sample(np.random.default_rng(0)) is snake


@pytest.mark.parametrize(
    "kwargs",
    [
        {"width": 1},
        {"kind": "spiral"},
        {"wall_density": (0.6, 0.2)},
        {"wall_density": 1.0},
        {"min_plan_length": 0},
    ],
)
def test_generator__rejects_bad_settings(kwargs):
    with pytest.raises(ValueError):
        MazeConfig(**kwargs)


def test_generator__impossible_settings_fail_with_a_hint():
    with pytest.raises(ValueError, match="option 'min_plan_length': must lie in"):
        MazeConfig(width=5, height=5, min_plan_length=30)  # longer than the maze has cells
    generator = MazeGenerator(MazeConfig(width=5, height=5, min_plan_length=24, max_tries=20))
    with pytest.raises(RuntimeError, match="lower min_plan_length"):
        generator.sample(np.random.default_rng(0))
