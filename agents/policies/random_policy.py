"""A uniformly random policy over the legal steps (or legal discrete actions) of an env."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import gymnasium as gym
import numpy as np

from agents.policies.base import BasePolicy

FALLBACK_STEP = "I am not sure. Answer: 0"
"""what the random policy says when the env cannot enumerate steps (e.g. free-text math)"""


class RandomPolicy(BasePolicy):
    """Picks uniformly among ``info["legal_steps"]``; the baseline every agent must beat.

    On a discrete view (a ``Discrete`` action space) it picks among the actions
    ``action_masks()`` marks legal (all of them when the env has no masks), so the same
    baseline runs on text and discrete views of one task.
    """

    name = "random"

    def __init__(self) -> None:
        super().__init__()
        self._rng = np.random.default_rng(0)
        self._actions: int | None = None
        self._masks: Callable[[], np.ndarray] | None = None

    def reset(self, env: gym.Env[Any, Any], seed: int) -> None:
        self._rng = np.random.default_rng(seed)
        space = env.action_space
        self._actions = int(space.n) if isinstance(space, gym.spaces.Discrete) else None
        self._masks = None
        if self._actions is not None:
            try:
                self._masks = env.get_wrapper_attr("action_masks")
            except AttributeError:
                self._masks = None

    def act(self, observation: Any, info: dict[str, Any]) -> Any:
        if self._actions is not None:
            legal = np.flatnonzero(self._masks()) if self._masks is not None else np.array([])
            if legal.size == 0:
                return int(self._rng.integers(self._actions))
            return int(legal[int(self._rng.integers(legal.size))])
        legal_steps = info.get("legal_steps")
        if not legal_steps:
            return FALLBACK_STEP
        return legal_steps[int(self._rng.integers(len(legal_steps)))]
