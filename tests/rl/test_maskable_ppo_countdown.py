"""sb3-contrib MaskablePPO on the discrete Countdown view: real training, small budget."""

import gymnasium as gym
import numpy as np
from sb3_contrib import MaskablePPO

import metacot_envs  # noqa: F401

ENV_KWARGS = {"view": "discrete", "num_numbers": 3, "number_max": 10, "target_max": 30}


def success_rate(choose, episodes=200, seed=10_000):
    env = gym.make("MetaCoT/Countdown-v0", **ENV_KWARGS)
    wins = 0
    for episode in range(episodes):
        obs, _ = env.reset(seed=seed + episode)
        done, reward = False, 0.0
        while not done:
            mask = env.get_wrapper_attr("action_masks")()
            obs, reward, terminated, truncated, _ = env.step(choose(obs, mask))
            done = terminated or truncated
        wins += reward > 0
    return wins / episodes


def test_maskable_ppo__beats_random_on_held_out_problems():
    env = gym.make("MetaCoT/Countdown-v0", **ENV_KWARGS)
    model = MaskablePPO("MlpPolicy", env, n_steps=256, batch_size=64, seed=0, verbose=0)
    model.learn(2048)
    assert model.num_timesteps >= 2048

    rng = np.random.default_rng(1)
    random_rate = success_rate(lambda obs, mask: int(rng.choice(np.flatnonzero(mask))))
    trained_rate = success_rate(
        lambda obs, mask: int(model.predict(obs, action_masks=mask, deterministic=True)[0])
    )
    assert trained_rate > random_rate + 0.1, (trained_rate, random_rate)
