"""Real SB3 PPO on the discrete maze: MlpPolicy learns 5x5 mazes, CnnPolicy runs on the image view."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from stable_baselines3 import PPO
from stable_baselines3.common.env_util import make_vec_env
from stable_baselines3.common.preprocessing import is_image_space

from metacot_envs.registry import spec_for
from metacot_envs.tasks.maze import MazeDistancePRM
from metacot_envs.wrappers.prm_shaping import PRMShaping

make_maze_env = spec_for("MetaCoT/Maze-v0").make

MAZE_5X5 = {"view": "discrete", "width": 5, "height": 5, "max_steps": 20, "invalid_penalty": 0.05}


@pytest.fixture
def one_torch_thread():
    """A 64-unit MLP is slower on two threads than on one (sync overhead, worse on a busy box)."""
    previous = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(previous)


def success_rate(choose, episodes: int = 300, first_seed: int = 100_000) -> float:
    """Share of held-out mazes (seeds never used in training) solved within ``max_steps``."""
    env = make_maze_env(**MAZE_5X5)
    wins = 0
    for episode in range(episodes):
        obs, _ = env.reset(seed=first_seed + episode)
        done = False
        while not done:
            obs, _, terminated, truncated, info = env.step(choose(obs))
            done = terminated or truncated
        wins += bool(info["solved"])
    return wins / episodes


def test_ppo_mlp__solves_held_out_5x5_mazes_far_more_often_than_random(one_torch_thread):
    def shaped_env():
        return PRMShaping(make_maze_env(**MAZE_5X5), MazeDistancePRM(), gamma=1.0)

    envs = make_vec_env(shaped_env, n_envs=8, seed=0)
    model = PPO(
        "MlpPolicy",
        envs,
        n_steps=128,
        batch_size=256,
        n_epochs=4,
        learning_rate=1e-3,
        gamma=0.95,
        ent_coef=0.01,
        seed=0,
        verbose=0,
    )
    model.learn(40_000)

    rng = np.random.default_rng(0)
    random_rate = success_rate(lambda obs: int(rng.integers(4)))
    trained_rate = success_rate(lambda obs: int(model.predict(obs, deterministic=False)[0]))
    assert trained_rate > random_rate + 0.25, (trained_rate, random_rate)


def test_ppo_cnn__trains_unmodified_on_the_image_observation(one_torch_thread):
    env = make_maze_env(view="discrete", width=5, height=5, observation="image")
    assert env.observation_space.shape == (3, 40, 40) and is_image_space(env.observation_space)
    model = PPO("CnnPolicy", env, n_steps=64, batch_size=32, n_epochs=1, seed=0, verbose=0)
    model.learn(128)
    assert model.num_timesteps >= 128
