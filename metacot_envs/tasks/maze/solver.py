"""Maze solvers: A* with the Manhattan heuristic (plan + Searchformer-style trace) and BFS.

The A* trace is the maze's Meta-CoT: every search event as one line, in the
tokenizer-friendly format of Searchformer (Lehnert et al., 2024)::

    create 0 0 c0 c8      a node (x=0, y=0) enters the frontier with cost 0, heuristic 8
    close 0 0 c0 c8       the node is expanded (taken off the frontier)
    create 1 0 c1 c7
    ...
    plan 0 0              then the optimal plan, one cell per line, start to goal
    plan 1 0

A node is created again when a cheaper path to it is found. Ties in ``f = cost +
heuristic`` go to the lower heuristic (deeper node), then to the earlier created
node, or to a random order when an ``rng`` is given (Searchformer's
non-deterministic A*). :func:`maze_prompt_tokens` writes the matching prompt
(``start x y goal x y wall x y ...``).
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

import numpy as np

from metacot_envs.tasks.maze.types import MOVE_BY_DELTA, MOVES, Cell, Maze, MazeMove

UNREACHABLE = -1


def bfs_distances(maze: Maze, source: Cell) -> np.ndarray:
    """Shortest move counts from ``source`` to every cell, ``(height, width)`` int32, -1 where unreachable."""
    flat = flat_distances(maze.walls, maze.width, maze.height, source[1] * maze.width + source[0])
    return np.array(flat, dtype=np.int32).reshape(maze.height, maze.width)


def flat_distances(walls: bytes, width: int, height: int, source: int) -> list[int]:
    """BFS over row-major cells (``walls[i]`` nonzero = wall) from flat index ``source``; -1 where unreachable."""
    neighbors = grid_neighbors(width, height)
    dist = [UNREACHABLE] * (width * height)
    dist[source] = 0
    frontier, depth = [source], 0
    while frontier:
        depth += 1
        reached = []
        for index in frontier:
            for nxt in neighbors[index]:
                if dist[nxt] == UNREACHABLE and not walls[nxt]:
                    dist[nxt] = depth
                    reached.append(nxt)
        frontier = reached
    return dist


@lru_cache(maxsize=64)
def grid_neighbors(width: int, height: int) -> tuple[tuple[int, ...], ...]:
    """Flat indices of the in-grid up/down/left/right neighbours of every cell."""
    out = []
    for y in range(height):
        for x in range(width):
            cells = ((x, y - 1), (x, y + 1), (x - 1, y), (x + 1, y))
            out.append(
                tuple(ny * width + nx for nx, ny in cells if 0 <= nx < width and 0 <= ny < height)
            )
    return tuple(out)


def manhattan(a: Cell, b: Cell) -> int:
    """|dx| + |dy|: the A* heuristic (admissible and consistent on a 4-connected grid)."""
    return abs(a[0] - b[0]) + abs(a[1] - b[1])


@dataclass(frozen=True)
class AStarResult:
    """An optimal plan and the search that found it."""

    path: tuple[Cell, ...]
    """cells from start to goal, both included"""
    moves: tuple[MazeMove, ...]
    """the plan as moves (``len(path) - 1`` of them)"""
    trace: tuple[str, ...]
    """``create``/``close`` lines, then ``plan`` lines (see module doc)"""
    expanded: tuple[tuple[Cell, Cell | None], ...]
    """(cell, the cell it was reached from) for every closed node, in closing order"""

    @property
    def expansions(self) -> int:
        """How many nodes were closed."""
        return len(self.expanded)


def astar(
    maze: Maze, start: Cell | None = None, rng: np.random.Generator | None = None
) -> AStarResult | None:
    """A* from ``start`` (default: the maze's start) to the goal; None if the goal is unreachable."""
    origin = maze.start if start is None else start
    goal = maze.goal
    trace: list[str] = []
    best: dict[Cell, int] = {origin: 0}
    parent: dict[Cell, Cell] = {}
    closed: set[Cell] = set()
    expanded: list[tuple[Cell, Cell | None]] = []
    counter = 0
    h0 = manhattan(origin, goal)
    frontier: list[tuple[int, int, float, int, Cell]] = [(h0, h0, 0.0, 0, origin)]
    trace.append(f"create {origin[0]} {origin[1]} c0 c{h0}")
    while frontier:
        _, h, _, cost, cell = heapq.heappop(frontier)
        if cell in closed or cost > best[cell]:
            continue
        closed.add(cell)
        expanded.append((cell, parent.get(cell)))
        trace.append(f"close {cell[0]} {cell[1]} c{cost} c{h}")
        if cell == goal:
            path = _walk_back(parent, cell)
            trace.extend(f"plan {x} {y}" for x, y in path)
            moves = tuple(MOVE_BY_DELTA[(b[0] - a[0], b[1] - a[1])] for a, b in pairwise(path))
            return AStarResult(path, moves, tuple(trace), tuple(expanded))
        for move in MOVES:
            nxt = (cell[0] + move.dx, cell[1] + move.dy)
            if nxt in closed or not maze.is_open(nxt):
                continue
            new_cost = cost + 1
            if new_cost >= best.get(nxt, new_cost + 1):
                continue
            best[nxt] = new_cost
            parent[nxt] = cell
            nh = manhattan(nxt, goal)
            counter += 1
            tie = float(rng.random()) if rng is not None else float(counter)
            heapq.heappush(frontier, (new_cost + nh, nh, tie, new_cost, nxt))
            trace.append(f"create {nxt[0]} {nxt[1]} c{new_cost} c{nh}")
    return None


def search_mode_actions(result: AStarResult) -> list[str]:
    """Env actions that replay an A* search in the env's search mode, node for node.

    Each closed cell is entered from the cell A* reached it from, after a
    ``backtrack`` to that cell's node when the agent stands elsewhere; the env's
    Meta-CoT then records A*'s exploration and the episode ends at the goal.
    Node ids follow the env's numbering: the root is 0, each new node the next id.
    """
    node_of: dict[Cell, int] = {}
    actions: list[str] = []
    here = -1
    for cell, came_from in result.expanded:
        if came_from is None:
            node_of[cell] = here = 0
            continue
        if node_of[came_from] != here:
            actions.append(f"backtrack {node_of[came_from]}")
        actions.append(MOVE_BY_DELTA[(cell[0] - came_from[0], cell[1] - came_from[1])].name)
        node_of[cell] = here = len(node_of)
    return actions


def _walk_back(parent: dict[Cell, Cell], cell: Cell) -> tuple[Cell, ...]:
    path = [cell]
    while cell in parent:
        cell = parent[cell]
        path.append(cell)
    path.reverse()
    return tuple(path)


def maze_prompt_tokens(maze: Maze) -> str:
    """Searchformer-style prompt: ``start x y goal x y wall x y wall x y ...`` (walls row by row)."""
    parts = [f"start {maze.start[0]} {maze.start[1]}", f"goal {maze.goal[0]} {maze.goal[1]}"]
    for y in range(maze.height):
        for x in range(maze.width):
            if maze.walls[y * maze.width + x]:
                parts.append(f"wall {x} {y}")
    return " ".join(parts)


def format_trace(lines: tuple[str, ...] | list[str]) -> str:
    """One trace line per text line (e.g. a fine-tuning target)."""
    return "\n".join(lines)
