"""Searchformer-compatible maze traces: its three reference traces, and an independent A* on 100 mazes."""

import json
from pathlib import Path

import gymnasium as gym
import pytest

import metacot_envs  # noqa: F401
from metacot_envs.tasks.maze.searchformer_trace import (
    searchformer_astar,
    searchformer_prompt,
    searchformer_tokens,
)
from metacot_envs.tasks.maze.solver import astar, bfs_distances, search_mode_actions
from metacot_envs.tasks.maze.types import Maze

FIXTURE = Path(__file__).parent / "fixtures" / "searchformer_reference_traces.json"
REFERENCES = json.loads(FIXTURE.read_text())["mazes"]


def _maze(width, height, start, goal, walls):
    cells = bytearray(width * height)
    for x, y in walls:
        cells[y * width + x] = 1
    return Maze(width, height, bytes(cells), tuple(start), tuple(goal))


@pytest.mark.parametrize("reference", REFERENCES, ids=[r["name"] for r in REFERENCES])
def test_searchformer_tokens__reproduce_the_reference_traces(reference):
    maze = _maze(**{k: reference[k] for k in ("width", "height", "start", "goal", "walls")})
    prompt, trace = searchformer_tokens(maze)
    assert prompt == reference["prompt"]
    assert trace == reference["trace"]


def _independent_astar(maze):
    """Searchformer's A* restated plainly: scan the open set for the least (f, y, x) each time."""
    goal = maze.goal

    def h(cell):
        return abs(cell[0] - goal[0]) + abs(cell[1] - goal[1])

    tokens = ["bos"]
    open_cost = {maze.start: 0}
    closed_cost = {}
    came_from = {}
    tokens += ["create", *map(str, maze.start), "c0", f"c{h(maze.start)}"]
    while open_cost:
        cell = min(open_cost, key=lambda c: (open_cost[c] + h(c), c[1], c[0]))
        cost = open_cost.pop(cell)
        closed_cost[cell] = cost
        tokens += ["close", *map(str, cell), f"c{cost}", f"c{h(cell)}"]
        if cell == goal:
            path = [cell]
            while path[-1] in came_from:
                path.append(came_from[path[-1]])
            for x, y in reversed(path):
                tokens += ["plan", str(x), str(y)]
            return tokens + ["eos"]
        x, y = cell
        for nxt in ((x, y + 1), (x, y - 1), (x - 1, y), (x + 1, y)):
            if not maze.is_open(nxt):
                continue
            new = cost + 1
            if nxt in open_cost and open_cost[nxt] <= new:
                continue
            if nxt in closed_cost and closed_cost[nxt] <= new:
                continue
            closed_cost.pop(nxt, None)
            open_cost[nxt] = new
            came_from[nxt] = cell
            tokens += ["create", str(nxt[0]), str(nxt[1]), f"c{new}", f"c{h(nxt)}"]
    return None


def _seeded_mazes(count):
    mazes = []
    for seed in range(count):
        side = 5 + seed % 6
        env = gym.make("MetaCoT/Maze-v0", width=side, height=side)
        env.reset(seed=seed)
        mazes.append(env.unwrapped.state.maze)
    return mazes


def test_searchformer_astar__agrees_with_an_independent_implementation_on_100_mazes():
    same_as_project = 0
    for maze in _seeded_mazes(100):
        prompt, trace = searchformer_tokens(maze)
        assert trace == _independent_astar(maze)
        assert prompt[1:-1] == searchformer_prompt(maze)
        result = searchformer_astar(maze)
        optimal = int(bfs_distances(maze, maze.goal)[maze.start[1], maze.start[0]])
        assert len(result.moves) == optimal
        same_as_project += list(result.trace) == list(astar(maze).trace)
    assert same_as_project < 100  # the two orders differ (Searchformer's is not the default)


def test_maze_trace_format_option__selects_searchformer_order():
    env = gym.make("MetaCoT/Maze-v0", width=8, height=8, trace_format="searchformer")
    env.reset(seed=3)
    task, state = env.unwrapped.task, env.unwrapped.state
    assert task.astar_trace(state) == list(searchformer_astar(state.maze).trace)
    default = gym.make("MetaCoT/Maze-v0", width=8, height=8)
    default.reset(seed=3)
    assert default.unwrapped.task.astar_trace(default.unwrapped.state) == list(
        astar(state.maze).trace
    )


def test_searchformer_search__replays_through_search_mode_to_the_goal():
    env = gym.make("MetaCoT/Maze-v0", width=7, height=7, search=True)
    env.reset(seed=5)
    result = searchformer_astar(env.unwrapped.state.maze)
    reward = 0.0
    for action in search_mode_actions(result):
        _, reward, terminated, _, info = env.step(action)
        assert "error" not in info
    assert reward == 1.0 and terminated
