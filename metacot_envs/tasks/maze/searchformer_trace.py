"""Maze A* traces token for token as Searchformer (Lehnert et al., 2024) writes them.

The project's own A* (:func:`metacot_envs.tasks.maze.solver.astar`) uses Searchformer's
tokens but its own search order, so its create/close sequence matches Searchformer's on
few mazes. This module reproduces Searchformer's deterministic A* (read from the
``facebookresearch/searchformer`` repository; re-written here, no code copied):

* **neighbour order**: (x, y+1), (x, y-1), (x-1, y), (x+1, y) (Searchformer's "up" is y+1);
* **open list order**: lowest f = g + h first (h = Manhattan distance); on equal f, the
  cell with the smaller ``x + 100000 * y`` (the smaller y, then the smaller x); creation
  order and h play no part;
* a child already open with f at most the new one, or already closed with f at most the
  new one, is skipped; a cheaper path re-creates it (logged ``create`` again);
* the goal's ``close`` ends the search; ``plan`` then lists the path start to goal.

Token sequences (:func:`searchformer_tokens`) follow its ``SimpleMazeTokenizer`` and
``DictTokenizer``: the prompt ``bos start x y goal x y wall x y ... eos`` (walls in
row-major order, as its generator sorts them) and the trace ``bos create x y cG cH ...
close x y cG cH ... plan x y ... eos``. ``MazeConfig(trace_format="searchformer")``
makes ``task.astar_trace`` return this trace (lines without bos/eos); the default,
``"project"``, keeps the project's A*.
"""

from __future__ import annotations

import heapq
from itertools import pairwise

from metacot_envs.tasks.maze.solver import AStarResult, manhattan
from metacot_envs.tasks.maze.types import MOVE_BY_DELTA, Cell, Maze

NEIGHBOUR_DELTAS: tuple[tuple[int, int], ...] = ((0, 1), (0, -1), (-1, 0), (1, 0))
"""Searchformer's child order: its up (y+1), down (y-1), left, right"""
TRACE_FORMATS = ("project", "searchformer")


def _tie_key(cell: Cell) -> int:
    return cell[0] + 100_000 * cell[1]


def searchformer_astar(maze: Maze, start: Cell | None = None) -> AStarResult | None:
    """Searchformer's deterministic A* from ``start`` (default: the maze's start); None if stuck."""
    origin = maze.start if start is None else start
    goal = maze.goal
    g: dict[Cell, int] = {origin: 0}
    parent: dict[Cell, Cell] = {}
    open_f: dict[Cell, int] = {}
    closed_f: dict[Cell, int] = {}
    heap: list[tuple[int, int, Cell]] = []
    trace: list[str] = []
    expanded: list[tuple[Cell, Cell | None]] = []

    def create(cell: Cell, cost: int) -> None:
        h = manhattan(cell, goal)
        g[cell] = cost
        open_f[cell] = cost + h
        heapq.heappush(heap, (cost + h, _tie_key(cell), cell))
        trace.append(f"create {cell[0]} {cell[1]} c{cost} c{h}")

    create(origin, 0)
    while heap:
        f, _, cell = heapq.heappop(heap)
        if open_f.get(cell) != f:
            continue  # an entry superseded by a cheaper re-creation
        del open_f[cell]
        closed_f[cell] = f
        cost = g[cell]
        expanded.append((cell, parent.get(cell)))
        trace.append(f"close {cell[0]} {cell[1]} c{cost} c{manhattan(cell, goal)}")
        if cell == goal:
            path = [cell]
            while path[-1] in parent:
                path.append(parent[path[-1]])
            path.reverse()
            trace.extend(f"plan {x} {y}" for x, y in path)
            moves = tuple(MOVE_BY_DELTA[(b[0] - a[0], b[1] - a[1])] for a, b in pairwise(path))
            return AStarResult(tuple(path), moves, tuple(trace), tuple(expanded))
        for dx, dy in NEIGHBOUR_DELTAS:
            child = (cell[0] + dx, cell[1] + dy)
            if not maze.is_open(child):
                continue
            child_f = cost + 1 + manhattan(child, goal)
            if child in open_f and open_f[child] <= child_f:
                continue
            if child in closed_f and closed_f[child] <= child_f:
                continue
            closed_f.pop(child, None)
            parent[child] = cell
            create(child, cost + 1)
    return None


def searchformer_prompt(maze: Maze) -> list[str]:
    """The task as Searchformer's prompt tokens, without bos/eos."""
    tokens = ["start", str(maze.start[0]), str(maze.start[1])]
    tokens += ["goal", str(maze.goal[0]), str(maze.goal[1])]
    for y in range(maze.height):
        for x in range(maze.width):
            if maze.walls[y * maze.width + x]:
                tokens += ["wall", str(x), str(y)]
    return tokens


def searchformer_tokens(maze: Maze) -> tuple[list[str], list[str]] | None:
    """``(prompt, trace)`` token sequences with Searchformer's bos/eos; None if unsolvable."""
    result = searchformer_astar(maze)
    if result is None:
        return None
    trace = [token for line in result.trace for token in line.split()]
    return ["bos", *searchformer_prompt(maze), "eos"], ["bos", *trace, "eos"]
