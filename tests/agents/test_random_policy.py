"""The random baseline acts legally on every registered env's discrete view, as on its text view."""

from __future__ import annotations

import gymnasium as gym
import pytest

from agents.episode import play_episode
from agents.policies.random_policy import RandomPolicy
from metacot_envs.registry import registered_specs

DISCRETE_IDS = [spec.id for spec in registered_specs() if "discrete" in spec.views]


@pytest.mark.parametrize("env_id", DISCRETE_IDS)
def test_random_policy__plays_only_legal_actions_on_a_discrete_view(env_id: str) -> None:
    env = gym.make(env_id, view="discrete")
    records = [play_episode(env, RandomPolicy(), seed) for seed in range(5)]
    assert all(not record.rejected for record in records), records[0].rejected
    assert all(isinstance(action, int) for r in records for action in r.actions)


def test_random_policy__plays_a_meta_episode_of_trials_on_a_discrete_maze() -> None:
    env = gym.make("MetaCoT/Maze-v0", view="discrete", width=5, height=5, trials=3)
    record = play_episode(env, RandomPolicy(), 0)
    assert not record.rejected and record.env_steps >= 3


def test_random_policy__is_seeded() -> None:
    env = gym.make("MetaCoT/Maze-v0", view="discrete", width=5, height=5)
    first, second = (play_episode(env, RandomPolicy(), 7).actions for _ in range(2))
    assert first == second
