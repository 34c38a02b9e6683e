"""The knobs of ``MetaCoT/Maze-v0``, declared once."""

from __future__ import annotations

from dataclasses import dataclass

from metacot_envs.core.option_checks import check_field_types, require_choice, require_range
from metacot_envs.tasks.maze.generator import MazeGenerator, MazeSource, RepeatedMazes
from metacot_envs.tasks.maze.searchformer_trace import TRACE_FORMATS
from metacot_envs.tasks.maze.task import MazeTask

KINDS = ("random", "backtracker", "prim")
OBSERVATIONS = ("channels", "image")
MAX_SIDE = 200
"""the widest and tallest maze (a 200x200 text view is ~41,000 characters)"""
MAX_CELL_PIXELS = 64
"""pixels per cell of images and renderings (a 200x200 maze at 64 is 12,800 pixels square)"""


@dataclass
class MazeConfig:
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
    and goal planes, float32 ``(3, height, width)`` or uint8 images (``observation="image"``);
    with ``hide_goal`` the goal plane stays empty (a partially observed maze).

    ## Rewards
    1.0 on reaching the goal, else 0.0; a bump into a wall or the edge is a rejected
    step (state unchanged, ``invalid_penalty`` paid, ``info["error"]`` says where the
    wall is). Add ``PRMShaping(env, MazeDistancePRM())`` for dense progress shaping.

    ## Termination
    Terminated at the goal; truncated after ``max_steps`` (default ``4 * (width +
    height)``, four times that in search mode).

    ## Registered Configurations
    ``MetaCoT/Maze-v0`` (10x10 random walls); every field is a keyword argument, and
    ``gym.make_vec(..., vectorization_mode="vector_entry_point")`` gives the batched
    :class:`~metacot_envs.tasks.maze.vector.MazeVectorEnv`.
    """

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
    max_tries: int = 10_000
    """draws before the generator gives up on impossible settings"""
    trials_per_maze: int = 1
    """keep each maze for this many consecutive episodes (E-RL² / RL² trials)"""
    observation: str = "channels"
    """discrete view: ``channels`` (float32 planes, MlpPolicy) or ``image`` (uint8, CnnPolicy)"""
    hide_goal: bool = False
    """discrete view: leave the goal plane empty, so the goal is found by walking onto it (for
    meta-RL: later trials of one maze can go straight to the goal an earlier trial found; the
    text view always shows it)"""
    cell_pixels: int | None = None
    """pixels per cell of ``observation="image"``; None: the least reaching 36 pixels"""
    render_cell_pixels: int = 16
    """pixels per cell of ``render_mode="rgb_array"``"""
    trace_format: str = "project"
    """``task.astar_trace``: ``project`` (the project's A*: ties to the lower heuristic, then
    creation order) or ``searchformer`` (Searchformer's A*, token for token; see
    :mod:`metacot_envs.tasks.maze.searchformer_trace`)"""

    def __post_init__(self) -> None:
        check_field_types(self)
        require_range("width", self.width, 2, MAX_SIDE)
        require_range("height", self.height, 2, MAX_SIDE)
        require_choice("kind", self.kind, KINDS)
        low, high = self.density_range
        require_range("wall_density", low, 0.0, 0.95)
        require_range("wall_density", high, low, 0.95)
        if self.min_plan_length is not None:
            require_range("min_plan_length", self.min_plan_length, 1, self.width * self.height)
        require_range("max_tries", self.max_tries, 1, 10_000_000)
        require_range("trials_per_maze", self.trials_per_maze, 1, 1_000_000)
        require_choice("observation", self.observation, OBSERVATIONS)
        if self.cell_pixels is not None:
            require_range("cell_pixels", self.cell_pixels, 1, MAX_CELL_PIXELS)
        require_range("render_cell_pixels", self.render_cell_pixels, 1, MAX_CELL_PIXELS)
        require_choice("trace_format", self.trace_format, TRACE_FORMATS)

    @property
    def density_range(self) -> tuple[float, float]:
        """``wall_density`` as a (low, high) range."""
        density = self.wall_density
        if isinstance(density, (int, float)):
            return float(density), float(density)
        return density

    @property
    def plan_floor(self) -> int:
        """The shortest optimal plan a maze may have."""
        return (
            max(self.width, self.height) if self.min_plan_length is None else self.min_plan_length
        )

    def build_source(self, repeat: bool = True) -> MazeSource:
        """The maze generator; ``repeat=False`` leaves the trials repetition to the caller."""
        source: MazeSource = MazeGenerator(self)
        if repeat and self.trials_per_maze > 1:
            source = RepeatedMazes(source, self.trials_per_maze)
        return source

    def build_task(self) -> MazeTask:
        return MazeTask(
            self.build_source(),
            observation=self.observation,
            cell_pixels=self.cell_pixels,
            hide_goal=self.hide_goal,
            render_cell_pixels=self.render_cell_pixels,
            trace_format=self.trace_format,
        )
