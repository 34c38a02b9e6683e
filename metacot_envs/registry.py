"""The one table of registered environments. Adding an env is one row here."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import gymnasium as gym


@dataclass(frozen=True)
class EnvSpec:
    """One registered env id: where it is built, its defaults and the views it offers."""

    id: str
    entry_point: str
    summary: str
    kwargs: dict[str, Any] = field(default_factory=dict)
    views: tuple[str, ...] = ("text",)
    vector_entry_point: str | None = None


ENV_SPECS: tuple[EnvSpec, ...] = (
    EnvSpec(
        "MetaCoT/Countdown-v0",
        "metacot_envs.tasks.countdown.env:make_countdown_env",
        "Combine 3-6+ numbers with + - * / to reach a target",
        views=("text", "discrete"),
    ),
    EnvSpec(
        "MetaCoT/Game24-v0",
        "metacot_envs.tasks.countdown.env:make_game24_env",
        "Make 24 from four numbers 1-13 (all 1,362 solvable puzzles or a ranked CSV)",
        views=("text", "discrete"),
    ),
    EnvSpec(
        "MetaCoT/Maze-v0",
        "metacot_envs.tasks.maze.env:make_maze_env",
        "Walk a grid maze from start to goal; A* search trace as Meta-CoT (Searchformer-style)",
        views=("text", "discrete"),
        vector_entry_point="metacot_envs.tasks.maze.vector:make_maze_vector_env",
    ),
    EnvSpec(
        "MetaCoT/Math-v0",
        "metacot_envs.tasks.math.env:make_math_env",
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
            entry_point=spec.entry_point,
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
