"""A uniformly random policy over the legal steps the env reports."""

from __future__ import annotations

from typing import Any

import gymnasium as gym
import numpy as np

from agents.policies.base import BasePolicy

FALLBACK_STEP = "I am not sure. Answer: 0"
"""what the random policy says when the env cannot enumerate steps (e.g. free-text math)"""


class RandomPolicy(BasePolicy):
    """Picks uniformly among ``info["legal_steps"]``; the baseline every agent must beat."""

    name = "random"

    def __init__(self) -> None:
        super().__init__()
        self._rng = np.random.default_rng(0)

    def reset(self, env: gym.Env[Any, Any], seed: int) -> None:
        self._rng = np.random.default_rng(seed)

    def act(self, observation: Any, info: dict[str, Any]) -> Any:
        legal = info.get("legal_steps")
        if not legal:
            return FALLBACK_STEP
        return legal[int(self._rng.integers(len(legal)))]
