"""The solver-backed oracle policy: an upper bound that also checks the env end to end."""

from __future__ import annotations

from typing import Any

import gymnasium as gym

from metacot_envs.core.env import ReasoningEnv


class OraclePolicy:
    """Plays the first step of the task's exact solver from the current state.

    Needs a text-view :class:`ReasoningEnv` whose task has ``solve``; where no plan
    exists (a dead end) it says so, which the env rejects as an invalid step.
    """

    name = "oracle"

    def __init__(self) -> None:
        self._env: ReasoningEnv | None = None

    def reset(self, env: gym.Env[Any, Any], seed: int) -> None:
        base = env.unwrapped
        if not isinstance(base, ReasoningEnv):
            raise TypeError("the oracle policy needs a metacot ReasoningEnv")
        self._env = base

    def act(self, observation: Any, info: dict[str, Any]) -> Any:
        assert self._env is not None, "call reset() first"
        plan = self._env.task.solve(self._env.state)
        if not plan:
            return "no solution from here"
        return self._env.task.format_step(plan[0])
