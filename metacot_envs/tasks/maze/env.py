"""Entry point of the registered maze env, ``MetaCoT/Maze-v0``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import gymnasium as gym

from metacot_envs.make import build_env, config_from_kwargs, split_options
from metacot_envs.tasks.maze.generator import MazeGenerator, MazeSource, RepeatedMazes
from metacot_envs.tasks.maze.rules import MazeTask


@dataclass
class MazeConfig:
    """Generator and view knobs of ``MetaCoT/Maze-v0``."""

    width: int = 10
    """columns (5 to 30+)"""
    height: int = 10
    """rows (5 to 30+)"""
    wall_density: float | tuple[float, float] = (0.3, 0.5)
    """wall probability of ``kind="random"``, or a (low, high) range drawn per maze (Searchformer)"""
    kind: str = "random"
    """``random`` walls, or a structured ``backtracker`` / ``prim`` perfect maze"""
    min_plan_length: int | None = None
    """keep only mazes whose optimal plan has at least this many moves; None: max(width, height)"""
    trials_per_maze: int = 1
    """keep each maze for this many consecutive episodes (E-RL² / RL² trials)"""
    observation: str = "channels"
    """discrete view: ``channels`` (float32 planes, MlpPolicy) or ``image`` (uint8, CnnPolicy)"""
    cell_pixels: int | None = None
    """pixels per cell of ``observation="image"``; None: the least reaching 36 pixels"""
    render_cell_pixels: int = 16
    """pixels per cell of ``render_mode="rgb_array"``"""


def maze_source(cfg: MazeConfig) -> MazeSource:
    """The generator a config describes, without the trials repetition."""
    density = cfg.wall_density
    return MazeGenerator(
        width=cfg.width,
        height=cfg.height,
        wall_density=density if isinstance(density, (int, float)) else (density[0], density[1]),
        kind=cfg.kind,
        min_plan_length=cfg.min_plan_length,
    )


def maze_task(cfg: MazeConfig, repeat: bool = True) -> MazeTask:
    """The task a config describes; ``repeat=False`` leaves trial repetition to the caller."""
    source = maze_source(cfg)
    if repeat and cfg.trials_per_maze > 1:
        source = RepeatedMazes(source, cfg.trials_per_maze)
    return MazeTask(
        source,
        observation=cfg.observation,
        cell_pixels=cfg.cell_pixels,
        render_cell_pixels=cfg.render_cell_pixels,
    )


def make_maze_env(**kwargs: Any) -> gym.Env[Any, Any]:
    """Maze: walk from start to goal in a grid maze, one move per step (see :class:`MazeConfig`)."""
    options, rest = split_options(kwargs)
    cfg: MazeConfig = config_from_kwargs(MazeConfig, rest)
    return build_env(maze_task(cfg), options)
