"""The Policy contract agents implement: choose the next action from obs and info."""

from __future__ import annotations

from typing import Any, Protocol

import gymnasium as gym


class Policy(Protocol):
    """Maps an env's observation and info to an action (text in the text view).

    ``reset`` is called at the start of every episode with the env (so policies
    that need the :class:`~metacot_envs.core.env.ReasoningEnv` snapshot API, like
    the oracle, can reach it) and the episode seed.
    """

    name: str

    def reset(self, env: gym.Env[Any, Any], seed: int) -> None:
        """Start an episode."""
        ...

    def act(self, observation: Any, info: dict[str, Any]) -> Any:
        """The next action."""
        ...
