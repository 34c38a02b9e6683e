"""The one table of registered environments. Adding an env is its task folder plus one row here.

A row names the task's config dataclass (``"module:Class"``, imported only when the
env is first made, so importing the package stays light); one generic factory,
:func:`metacot_envs.make.make_env`, builds every row. Tasks that live in other
packages add their rows with :func:`register_specs`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import gymnasium as gym


@dataclass(frozen=True)
class EnvSpec:
    """One registered env id: its task's config class, defaults, views and one-line summary."""

    id: str
    """the id ``gym.make`` takes, e.g. ``MetaCoT/Countdown-v0``"""
    config: str
    """``"module:Class"`` of the task's config dataclass (a :class:`~metacot_envs.core.task.TaskConfig`)"""
    summary: str
    """one line for the env table (``metacot envs``, the README)"""
    kwargs: dict[str, Any] = field(default_factory=dict)
    """default keyword arguments of this id (config fields or common env options)"""
    views: tuple[str, ...] = ("text",)
    """views the task offers; ``discrete`` needs ``Task.discrete_codec()``"""
    vector_entry_point: str | None = None
    """a batched ``gym.make_vec`` entry point, where the task has one"""

    def make(self, **kwargs: Any) -> gym.Env[Any, Any]:
        """Build this env (the entry point Gymnasium calls); ``kwargs`` override the defaults."""
        from metacot_envs.make import make_env

        return make_env(self.config, **{**self.kwargs, **kwargs})


ENV_SPECS: tuple[EnvSpec, ...] = (
    EnvSpec(
        "MetaCoT/Countdown-v0",
        "metacot_envs.tasks.countdown.config:CountdownConfig",
        "Combine 3-6+ numbers with + - * / to reach a target",
        views=("text", "discrete"),
    ),
    EnvSpec(
        "MetaCoT/Game24-v0",
        "metacot_envs.tasks.countdown.config:Game24Config",
        "Make 24 from four numbers 1-13 (all 1,362 solvable puzzles or a ranked CSV)",
        views=("text", "discrete"),
    ),
    EnvSpec(
        "MetaCoT/Maze-v0",
        "metacot_envs.tasks.maze.config:MazeConfig",
        "Walk a grid maze from start to goal; A* search trace as Meta-CoT (Searchformer-style)",
        views=("text", "discrete"),
        vector_entry_point="metacot_envs.tasks.maze.vector:make_maze_vector_env",
    ),
    EnvSpec(
        "MetaCoT/Math-v0",
        "metacot_envs.tasks.math.config:MathConfig",
        "Step-by-step math reasoning ending in \\boxed{}: procedural (sympy) or MATH/GSM8K JSONL",
    ),
)

_EXTRA_SPECS: list[EnvSpec] = []
"""rows registered by other packages (plugins, test fixtures) through :func:`register_specs`"""


def register_all() -> None:
    """Register every row of :data:`ENV_SPECS` with Gymnasium (idempotent)."""
    register_specs(*ENV_SPECS)


def register_specs(*specs: EnvSpec) -> None:
    """Register rows of another package's table (idempotent); they join :func:`registered_specs`.

    A task that lives outside this package is its folder plus one row passed here,
    e.g. from its package's ``__init__``: ``gym.make("its_package:Its/Id-v0")`` imports
    the package and so registers the row.
    """
    for spec in specs:
        if spec not in ENV_SPECS and spec not in _EXTRA_SPECS:
            _EXTRA_SPECS.append(spec)
        if spec.id in gym.registry:
            continue
        gym.register(
            id=spec.id,
            entry_point=spec.make,
            kwargs=dict(spec.kwargs),
            vector_entry_point=spec.vector_entry_point,
        )


def registered_specs() -> tuple[EnvSpec, ...]:
    """This package's rows followed by every row registered through :func:`register_specs`."""
    return (*ENV_SPECS, *_EXTRA_SPECS)


def spec_for(env_id: str) -> EnvSpec:
    """The table row of ``env_id`` (a ``module:`` prefix, as ``gym.make`` takes, is ignored)."""
    name = env_id.split(":", 1)[-1]
    for spec in registered_specs():
        if spec.id == name:
            return spec
    known = [s.id for s in registered_specs()]
    raise KeyError(f"unknown env id {env_id!r}; known: {known}")


def env_table(specs: tuple[EnvSpec, ...] | None = None) -> str:
    """The Markdown env table of the README and ``metacot envs``."""
    rows = ["| id | views | summary |", "|---|---|---|"]
    for spec in ENV_SPECS if specs is None else specs:
        rows.append(f"| `{spec.id}` | {', '.join(spec.views)} | {spec.summary} |")
    return "\n".join(rows)
