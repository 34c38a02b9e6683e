"""The Policy contract every agent implements, and the compute counters it reports."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from typing import Any, Final, Protocol

import gymnasium as gym


class GiveUp:
    """The type of :data:`GIVE_UP`: one instance, so no text action can be mistaken for it."""

    def __repr__(self) -> str:
        return "GIVE_UP"

    def __reduce__(self) -> str:
        return "GIVE_UP"


GIVE_UP: Final = GiveUp()
"""What ``act`` returns to end its episode early (a search agent whose budget or tree is spent).

:func:`agents.episode.play_episode` stops there without stepping the env and records
the episode as truncated and given up; nothing is sent to the env, so the env step
count is what the agent really played.
"""


@dataclass
class Compute:
    """What an agent spent, in the units every agent reports (counts only grow).

    A policy adds to its counters as it works; the episode runner
    (:func:`agents.episode.play_episode`) records the difference over one episode,
    and adds env steps and wall time itself. Search agents count every candidate,
    whether or not it was played.
    """

    tokens_generated: int = 0
    """tokens a model generated (prompts and scored continuations are not counted)"""
    steps_proposed: int = 0
    """candidate steps a proposal source produced (sampled by a model, or enumerated)"""
    steps_scored: int = 0
    """candidate steps scored by a model or a PRM (one shared prompt pass may score many)"""
    prm_calls: int = 0
    """states a process reward model evaluated"""

    def copy(self) -> Compute:
        """An independent copy (a starting point for :meth:`since`)."""
        return Compute(**asdict(self))

    def since(self, start: Compute) -> Compute:
        """What was spent after ``start`` was copied."""
        return Compute(
            **{f.name: getattr(self, f.name) - getattr(start, f.name) for f in fields(self)}
        )

    def add(self, other: Compute) -> None:
        """Add another counter's totals to this one (e.g. a scorer's into its agent's)."""
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))


class Policy(Protocol):
    """Maps an env's observation and info to an action (text in the text view).

    ``reset`` is called at the start of every episode, after ``env.reset``, with the
    env (search agents reach the :class:`~metacot_envs.core.searchable.SearchableEnv`
    beneath its wrappers with ``as_searchable(env)``) and the episode seed. An agent
    never reads an env's ``task``, ``state`` or ``search_tree``.
    """

    name: str
    """the agent's name in results rows"""
    compute: Compute
    """counters the policy adds to as it works (see :class:`Compute`)"""

    @property
    def env_kwargs(self) -> Mapping[str, Any]:
        """what the env must be built with, e.g. ``{"search": True}`` for search agents"""
        ...

    def config(self) -> dict[str, Any]:
        """What identifies the agent's behaviour (model, decoding, scorer): hashed into rows."""
        ...

    def reset(self, env: gym.Env[Any, Any], seed: int) -> None:
        """Start an episode."""
        ...

    def act(self, observation: Any, info: dict[str, Any]) -> Any:
        """The next action, or :data:`GIVE_UP` to end the episode unsolved."""
        ...


class BasePolicy:
    """Defaults for the :class:`Policy` contract: a fresh :class:`Compute`, no env needs, no config."""

    name = "policy"
    env_kwargs: Mapping[str, Any] = {}

    def __init__(self) -> None:
        self.compute = Compute()

    def config(self) -> dict[str, Any]:
        return {}

    def reset(self, env: gym.Env[Any, Any], seed: int) -> None:
        return None
