"""The contract check every env's tests call, and the registry the registry-wide tests cover."""

from __future__ import annotations

import pickle
import warnings
from typing import Any

import gymnasium as gym
import numpy as np
from gymnasium.utils.env_checker import check_env

from metacot_envs.core.env import ReasoningEnv
from metacot_envs.registry import EnvSpec, registered_specs


def make_raw(spec: EnvSpec, view: str = "text", **kwargs: Any) -> gym.Env[Any, Any]:
    """Build a registered env without Gymnasium's outer checker wrappers."""
    return spec.make(view=view, **kwargs)


def registered_views() -> list[tuple[EnvSpec, str]]:
    """Every (spec, view) pair of the registry (plugins included), for test parametrization."""
    return [(spec, view) for spec in registered_specs() for view in spec.views]


def check_reasoning_env(env: gym.Env[Any, Any], seed: int = 0) -> None:
    """Gymnasium's ``check_env``, replay of the solver's steps to reward 1.0, seeded determinism
    and pickling. ``env`` is a raw env (a ReasoningEnv or one view wrapper around it)."""
    with warnings.catch_warnings():
        # views are wrappers by design; the checker's "not unwrapped" advice does not apply
        warnings.filterwarnings("ignore", message=".*different from the unwrapped version.*")
        check_env(env, skip_render_check=True)
    base = env.unwrapped
    assert isinstance(base, ReasoningEnv)

    obs_a, _ = env.reset(seed=seed)
    state_a = base.state
    obs_b, _ = env.reset(seed=seed)
    assert base.state == state_a, "same seed gave a different problem"
    assert _same(obs_a, obs_b)

    clone = pickle.loads(pickle.dumps(env))
    obs_c, _ = clone.reset(seed=seed)
    assert _same(obs_a, obs_c), "a pickled copy does not reproduce the episode"

    env.reset(seed=seed)
    try:
        plan = base.task.solve(base.state)
    except NotImplementedError:
        return
    assert plan is not None, "the generator produced an unsolvable problem"
    reward, terminated = 0.0, False
    for step in plan:
        _, reward, terminated, _, info = base.step(base.task.format_step(step))
        assert "error" not in info, info["error"]
    assert terminated and reward == 1.0 and info["solved"]


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, np.ndarray):
        return bool(np.array_equal(a, b))
    return bool(a == b)
