"""A* against BFS, plan replay through the env, and the Searchformer-style trace format."""

from __future__ import annotations

import re

import numpy as np
import pytest

from metacot_envs.registry import spec_for
from metacot_envs.tasks.maze import (
    Maze,
    MazeConfig,
    MazeGenerator,
    astar,
    bfs_distances,
    maze_prompt_tokens,
    search_mode_actions,
)

make_maze_env = spec_for("MetaCoT/Maze-v0").make

TRACE_LINE = re.compile(r"(create|close) [0-9]+ [0-9]+ c[0-9]+ c[0-9]+|plan [0-9]+ [0-9]+")


def random_mazes(count: int, seed: int = 0) -> list[Maze]:
    """Mazes of mixed sizes (5-16) and kinds, min plan length 1 so short plans are covered too."""
    rng = np.random.default_rng(seed)
    kinds = ("random", "random", "backtracker", "prim")
    mazes = []
    for i in range(count):
        width, height = (int(v) for v in rng.integers(5, 17, size=2))
        generator = MazeGenerator(
            MazeConfig(width=width, height=height, kind=kinds[i % 4], min_plan_length=1)
        )
        mazes.append(generator.sample(rng))
    return mazes


def test_astar__matches_bfs_on_1000_random_mazes():
    for maze in random_mazes(1000):
        result = astar(maze)
        distance = int(bfs_distances(maze, maze.start)[maze.goal[1], maze.goal[0]])
        assert result is not None and distance > 0
        assert len(result.moves) == distance
        assert result.path[0] == maze.start and result.path[-1] == maze.goal
        assert all(maze.is_open(cell) for cell in result.path)


def test_astar__with_random_tie_breaking_is_still_optimal():
    rng = np.random.default_rng(5)
    for maze in random_mazes(200, seed=1):
        assert len(astar(maze, rng=rng).moves) == len(astar(maze).moves)


def test_astar_plan__replayed_in_the_env_reaches_reward_1_on_200_mazes():
    env = make_maze_env(width=8, height=8)
    for seed in range(200):
        env.reset(seed=seed)
        plan = astar(env.unwrapped.state.maze)
        for step_text in [move.name for move in plan.moves]:
            _, reward, terminated, _, info = env.step(step_text)
            assert "error" not in info
        assert terminated and reward == 1.0 and info["solved"]


def test_astar__returns_none_when_the_goal_is_walled_off():
    maze = Maze.from_rows(["S.#..", "..#..", "###..", "....G", "....."])
    assert bfs_distances(maze, maze.start)[3, 4] == -1
    assert astar(maze) is None


def test_astar_trace__is_create_close_lines_then_the_plan(snake):
    result = astar(snake)
    lines = list(result.trace)
    assert all(TRACE_LINE.fullmatch(line) for line in lines)
    assert lines[0] == "create 0 0 c0 c8" and lines[1] == "close 0 0 c0 c8"
    plan = [line for line in lines if line.startswith("plan")]
    assert plan == [f"plan {x} {y}" for x, y in result.path]
    assert lines[-len(plan) :] == plan
    assert len(plan) == 13 and plan[-1] == "plan 4 4"
    closes = [line.split() for line in lines if line.startswith("close")]
    assert len(closes) == result.expansions
    f_values = [int(c[3][1:]) + int(c[4][1:]) for c in closes]
    assert f_values == sorted(f_values), "A* closes nodes in order of cost + heuristic"


def test_astar_trace__every_closed_node_was_created_before():
    for maze in random_mazes(50, seed=2):
        created = set()
        for line in astar(maze).trace:
            word, x, y, *_ = line.split()
            if word == "create":
                created.add((x, y))
            elif word == "close":
                assert (x, y) in created


def test_prompt_tokens__list_start_goal_and_every_wall(snake):
    tokens = maze_prompt_tokens(snake)
    assert tokens.startswith("start 0 0 goal 4 4 wall 3 0 wall 0 1")
    assert tokens.count("wall") == sum(row.count("#") for row in snake.to_rows())


@pytest.mark.parametrize("start", [(4, 0), (0, 2)])
def test_astar__from_a_mid_maze_cell_is_optimal(snake, start):
    result = astar(snake, start)
    assert len(result.moves) == bfs_distances(snake, start)[4, 4]


def test_search_mode__replays_the_astar_search_node_for_node_and_ends_on_its_plan():
    env = make_maze_env(search=True, max_steps=100_000)
    for maze in random_mazes(60, seed=4):
        result = astar(maze)
        env.reset(options={"problem": maze})
        for action in search_mode_actions(result):
            _, reward, terminated, _, info = env.step(action)
            assert "error" not in info, info["error"]
        assert terminated and reward == 1.0 and info["solved"]
        assert len(env.unwrapped.search_tree.nodes) == result.expansions
        assert info["trace"] == tuple(move.name for move in result.moves)
        backtracks = sum(line.startswith("backtrack to node") for line in info["meta_cot"])
        assert backtracks == sum(a.startswith("backtrack") for a in search_mode_actions(result))
