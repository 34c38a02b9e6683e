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
    """Maze: walk from start to goal in a grid maze, one move per step.

    ## Description
    A :class:`~metacot_envs.core.env.ReasoningEnv` over :class:`MazeTask`. Each episode
    draws a maze from :class:`MazeGenerator` (random walls at 30-50% density, or a
    ``backtracker`` / ``prim`` perfect maze) whose optimal plan has at least
    ``min_plan_length`` moves, or takes ``options={"problem": maze_or_rows}``. The
    solver is A*; ``task.astar_trace(state)`` is its Searchformer-style Meta-CoT.

    ## Action Space
    Text view: one move as text: ``up``/``down``/``left``/``right``, ``U``/``D``/``L``/``R``
    or ``move x y`` (an adjacent cell); ``backtrack <node>`` in search mode. Discrete
    view: ``Discrete(4)`` (0 up, 1 down, 2 left, 3 right) with ``action_masks()``.

    ## Observation
    Text view: the grid (``#`` wall, ``.`` open, ``A`` agent, ``S`` start, ``G`` goal)
    with column and row numbers, and both coordinates. Discrete view: wall, agent
    and goal planes, float32 ``(3, height, width)`` or uint8 images (``observation="image"``).

    ## Rewards
    1.0 on reaching the goal, else 0.0; a bump into a wall or the edge is a rejected
    step (state unchanged, ``invalid_penalty`` paid, ``info["error"]`` says where the
    wall is). Add ``PRMShaping(env, MazeDistancePRM())`` for dense progress shaping.

    ## Termination
    Terminated at the goal; truncated after ``max_steps`` (default ``4 * (width +
    height)``, four times that in search mode).

    ## Registered Configurations
    ``MetaCoT/Maze-v0`` (10x10 random walls); every :class:`MazeConfig` field is a
    keyword argument, and ``gym.make_vec(..., vectorization_mode="vector_entry_point")``
    gives the batched :class:`~metacot_envs.tasks.maze.vector.MazeVectorEnv`.
    """
    options, rest = split_options(kwargs)
    cfg: MazeConfig = config_from_kwargs(MazeConfig, rest)
    return build_env(maze_task(cfg), options)
