"""The solver-backed oracle policy: an upper bound that also checks the env end to end."""

from __future__ import annotations

from typing import Any

import gymnasium as gym

from agents.policies.base import BasePolicy
from metacot_envs.core.searchable import SearchableEnv, as_searchable

NO_PLAN = "no solution from here"
"""what the oracle says where the solver finds no plan (the env rejects it as a step)"""


class OraclePolicy(BasePolicy):
    """Plays the first step of the env's exact solver (``SearchableEnv.solution``).

    Where no plan exists (a dead end) it says so, which the env rejects as an
    invalid step; on a task without a solver ``act`` raises ``NotImplementedError``.
    """

    name = "oracle"

    def __init__(self) -> None:
        super().__init__()
        self._env: SearchableEnv | None = None

    def reset(self, env: gym.Env[Any, Any], seed: int) -> None:
        self._env = as_searchable(env)

    def act(self, observation: Any, info: dict[str, Any]) -> Any:
        assert self._env is not None, "call reset() first"
        plan = self._env.solution()
        return plan[0] if plan else NO_PLAN
