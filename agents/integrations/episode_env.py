"""The env a trainer's episode is played in: a registered env, optionally PRM-shaped and discounted.

Both bridges (TRL, verifiers) score an episode by its return in this env, so the
reward a trainer sees is what :func:`agents.episode.play_episode` records as
``episode_return``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any, SupportsFloat

import gymnasium as gym

import metacot_envs  # noqa: F401  (registers the envs)
from metacot_envs.core.prm import ProcessRewardModel
from metacot_envs.prms import SolverPRM
from metacot_envs.wrappers.prm_shaping import PRMShaping

PRMS: dict[str, Callable[[], ProcessRewardModel]] = {
    "solver": SolverPRM,
    "solver-graded": lambda: SolverPRM(graded=True),
}
"""PRMs a bridge can shape its reward with, by name"""


class DiscountedReward(gym.Wrapper[Any, Any, Any, Any]):
    """Pays the reward of the t-th step (from 0) times ``gamma**t``, so the summed rewards are
    the discounted return; ``info["reward_components"]`` is scaled alike."""

    def __init__(self, env: gym.Env[Any, Any], gamma: float) -> None:
        if not 0.0 < gamma <= 1.0:
            raise ValueError(f"gamma must be in (0, 1], got {gamma}")
        super().__init__(env)
        self.gamma = float(gamma)
        self._factor = 1.0

    def reset(self, **kwargs: Any) -> tuple[Any, dict[str, Any]]:
        self._factor = 1.0
        return self.env.reset(**kwargs)

    def step(self, action: Any) -> tuple[Any, SupportsFloat, bool, bool, dict[str, Any]]:
        observation, reward, terminated, truncated, info = self.env.step(action)
        factor, self._factor = self._factor, self._factor * self.gamma
        components = info.get("reward_components")
        if components:
            info["reward_components"] = {k: float(v) * factor for k, v in components.items()}
        return observation, float(reward) * factor, terminated, truncated, info


def make_episode_env(
    env_id: str,
    env_kwargs: Mapping[str, Any] | None = None,
    *,
    gamma: float = 1.0,
    prm: str | None = None,
) -> gym.Env[Any, Any]:
    """``gym.make(env_id, **env_kwargs)`` in the text view, PRM-shaped (``prm``: a name in
    :data:`PRMS`, shaping ``gamma * Φ(s') - Φ(s)``) and discounted per step by ``gamma``."""
    if prm is not None and prm not in PRMS:
        raise ValueError(f"unknown prm {prm!r}; choose from {sorted(PRMS)}")
    env = gym.make(env_id, **dict(env_kwargs or {}))
    if prm is not None:
        env = PRMShaping(env, PRMS[prm](), gamma=gamma)
    if gamma != 1.0:
        env = DiscountedReward(env, gamma)
    return env


def dump_kwargs(env_kwargs: Mapping[str, Any] | None) -> str:
    """Env kwargs as canonical JSON text (a dataset column holds text, not a mapping)."""
    return json.dumps(dict(env_kwargs or {}), sort_keys=True)


def load_kwargs(text: str) -> dict[str, Any]:
    """The env kwargs a :func:`dump_kwargs` column holds; anything but a JSON object is refused."""
    try:
        value = json.loads(text)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"env_kwargs must be a JSON object, got {text[:80]!r}: {exc}") from None
    if not isinstance(value, dict):
        raise ValueError(f"env_kwargs must be a JSON object, got {text[:80]!r}")
    return value
