"""Grid mazes: types, generators, rules, A*/BFS solver, discrete view, PRM, renderer, vector env."""

from metacot_envs.tasks.maze.config import MazeConfig
from metacot_envs.tasks.maze.discrete import MazeCodec
from metacot_envs.tasks.maze.distance_prm import MazeDistancePRM
from metacot_envs.tasks.maze.generator import MazeGenerator, MazeList, MazeSource, RepeatedMazes
from metacot_envs.tasks.maze.render import render_maze, save_gif, save_png_strip
from metacot_envs.tasks.maze.solver import (
    AStarResult,
    astar,
    bfs_distances,
    maze_prompt_tokens,
    search_mode_actions,
)
from metacot_envs.tasks.maze.task import MazeTask
from metacot_envs.tasks.maze.types import MOVES, Maze, MazeMove, MazeState

__all__ = [
    "MOVES",
    "AStarResult",
    "Maze",
    "MazeCodec",
    "MazeConfig",
    "MazeDistancePRM",
    "MazeGenerator",
    "MazeList",
    "MazeMove",
    "MazeSource",
    "MazeState",
    "MazeTask",
    "RepeatedMazes",
    "astar",
    "bfs_distances",
    "maze_prompt_tokens",
    "render_maze",
    "save_gif",
    "save_png_strip",
    "search_mode_actions",
]
