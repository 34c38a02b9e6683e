"""ActionMaskInObservation: every registered discrete view's observation, then its legal-action mask."""

from __future__ import annotations

import gymnasium as gym
import numpy as np
import pytest
from gymnasium.utils.env_checker import check_env

import metacot_envs  # noqa: F401
from metacot_envs.registry import registered_specs
from metacot_envs.wrappers import ActionMaskInObservation

DISCRETE_IDS = [spec.id for spec in registered_specs() if "discrete" in spec.views]


def _legal(env: gym.Env, rng: np.random.Generator) -> int:
    return int(rng.choice(np.flatnonzero(env.action_masks())))


@pytest.mark.parametrize("env_id", DISCRETE_IDS)
def test_mask_in_observation__ends_every_observation_with_the_current_mask(env_id: str) -> None:
    inner = gym.make(env_id, view="discrete")
    env = ActionMaskInObservation(inner)
    n = int(inner.action_space.n)
    assert env.observation_space.shape == (int(np.prod(inner.observation_space.shape)) + n,)
    rng = np.random.default_rng(0)
    obs, _ = env.reset(seed=0)
    for _ in range(30):
        assert env.observation_space.contains(obs)
        mask = inner.get_wrapper_attr("action_masks")()
        np.testing.assert_array_equal(obs[-n:], mask.astype(np.float32))
        assert obs[-n:].any(), "a live state has a legal action"
        obs, _, terminated, truncated, _ = env.step(_legal(env, rng))
        if terminated or truncated:
            obs, _ = env.reset()


def test_mask_in_observation__follows_the_new_trial_of_a_meta_episode() -> None:
    inner = gym.make("MetaCoT/Maze-v0", view="discrete", width=5, height=5, max_steps=3, trials=3)
    env = ActionMaskInObservation(inner)
    n = int(inner.action_space.n)
    rng = np.random.default_rng(1)
    obs, info = env.reset(seed=3)
    start_mask = obs[-n:].copy()
    trials_seen = {info["trial"]}
    done = False
    while not done:
        obs, _, terminated, truncated, info = env.step(_legal(env, rng))
        done = terminated or truncated
        np.testing.assert_array_equal(obs[-n:], env.action_masks().astype(np.float32))
        if not done and info["trial"] not in trials_seen:
            trials_seen.add(info["trial"])
            np.testing.assert_array_equal(obs[-n:], start_mask)  # the same maze, from its start
    assert trials_seen == {0, 1, 2}


def test_mask_in_observation__passes_the_gymnasium_env_checker() -> None:
    env = ActionMaskInObservation(gym.make("MetaCoT/Maze-v0", view="discrete", width=5, height=5))
    check_env(env, skip_render_check=True)


def test_mask_in_observation__refuses_a_text_view() -> None:
    with pytest.raises(TypeError, match="discrete view"):
        ActionMaskInObservation(gym.make("MetaCoT/Countdown-v0"))
