"""The SB3 training loop shared by PPO, MaskablePPO and RecurrentPPO: envs, logs, checkpoints, resume.

The algorithms are SB3's and sb3-contrib's, unchanged; this module builds their
vectorized env (each env wrapped in SB3's ``Monitor`` so episode statistics come from
one place), renames their TensorBoard keys into ``charts/*`` and ``losses/*``, writes a
checkpoint every ``run.checkpoint_every`` steps and at the end, and resumes from one.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import gymnasium as gym
import torch
from stable_baselines3.common.base_class import BaseAlgorithm
from stable_baselines3.common.callbacks import BaseCallback, CallbackList
from stable_baselines3.common.logger import Logger, TensorBoardOutputFormat
from stable_baselines3.common.monitor import Monitor
from stable_baselines3.common.utils import set_random_seed
from stable_baselines3.common.vec_env import DummyVecEnv

from agents.results import git_commit
from agents.rl.run import start_run, tensorboard_dir, write_checkpoint

if TYPE_CHECKING:
    from agents.train import ExperimentConfig

MODEL_FILE = "model.zip"
"""the SB3 save file inside a checkpoint folder"""

SB3_KEYS = {
    "train/value_loss": "losses/value_loss",
    "train/policy_gradient_loss": "losses/policy_loss",
    "train/entropy_loss": "losses/entropy_loss",
    "train/approx_kl": "losses/approx_kl",
    "train/clip_fraction": "losses/clip_fraction",
    "train/loss": "losses/total_loss",
    "train/explained_variance": "losses/explained_variance",
    "train/learning_rate": "charts/learning_rate",
    "train/clip_range": "charts/clip_range",
    "train/n_updates": "charts/updates",
    "time/fps": "charts/steps_per_second",
    "rollout/ep_rew_mean": "charts/episode_return",
}
"""SB3's logger keys → this project's TensorBoard keys (others pass through unchanged)"""


class RenamedTensorBoard(TensorBoardOutputFormat):
    """SB3's TensorBoard writer with keys renamed by :data:`SB3_KEYS` (``rollout/ep_len_mean`` dropped:
    ``charts/episode_steps`` replaces it)."""

    def write(
        self, key_values: dict[str, Any], key_excluded: dict[str, Any], step: int = 0
    ) -> None:
        values = {
            SB3_KEYS.get(k, k): v for k, v in key_values.items() if k != "rollout/ep_len_mean"
        }
        excluded = {
            SB3_KEYS.get(k, k): v for k, v in key_excluded.items() if k != "rollout/ep_len_mean"
        }
        super().write(values, excluded, step)


class EpisodeCharts(BaseCallback):
    """Records ``charts/success_rate`` and ``charts/episode_steps`` after each rollout.

    Read from the model's episode buffer, which SB3 fills from ``Monitor`` (the last
    100 finished episodes, with ``solved`` and the inner ``steps`` kept per episode;
    for a meta-episode those are the final trial's, logged as ``charts/final_trial_steps``).
    """

    def __init__(self, meta_episodes: bool) -> None:
        super().__init__()
        self.meta_episodes = meta_episodes

    def _on_step(self) -> bool:
        return True

    def _on_rollout_end(self) -> None:
        episodes = list(self.model.ep_info_buffer or [])
        if not episodes:
            return
        self.logger.record(
            "charts/success_rate", statistics.fmean(float(e["solved"]) for e in episodes)
        )
        self.logger.record("charts/episode_steps", statistics.fmean(e["l"] for e in episodes))
        if self.meta_episodes:
            self.logger.record(
                "charts/final_trial_steps", statistics.fmean(e["steps"] for e in episodes)
            )


class PeriodicCheckpoint(BaseCallback):
    """Calls ``save()`` at the first rollout start after every ``every`` env steps.

    A rollout start follows a finished update, so the saved step count is exactly the
    experience the saved weights were trained on.
    """

    def __init__(self, every: int, save: Callable[[], None], start: int) -> None:
        super().__init__()
        self.every = every
        self.save = save
        self.last = start

    def _on_step(self) -> bool:
        return True

    def _on_rollout_start(self) -> None:
        if self.num_timesteps - self.last >= self.every:
            self.save()
            self.last = self.num_timesteps


def make_vec_env(
    experiment: ExperimentConfig,
    gamma: float,
    n_envs: int,
    wrap: Callable[[gym.Env[Any, Any]], gym.Env[Any, Any]] | None = None,
) -> DummyVecEnv:
    """``n_envs`` training envs (each passed through ``wrap`` if given), each in a ``Monitor``
    that keeps ``solved`` and ``steps``."""

    def one() -> gym.Env[Any, Any]:
        env = experiment.env.make(gamma)
        if wrap is not None:
            env = wrap(env)
        return Monitor(env, info_keywords=("solved", "steps"))

    return DummyVecEnv([one] * n_envs)


def train_sb3(
    experiment: ExperimentConfig,
    out_dir: Path,
    resume: bool,
    algorithm: type[BaseAlgorithm],
    build: Callable[[DummyVecEnv], BaseAlgorithm],
    gamma: float,
    n_envs: int,
    agent: dict[str, Any],
    wrap: Callable[[gym.Env[Any, Any]], gym.Env[Any, Any]] | None = None,
) -> Path:
    """Train (or resume) an SB3 algorithm to ``run.total_steps``; returns the checkpoint folder.

    ``build(env)`` makes a fresh model; ``agent`` is stored in the manifest for the
    checkpoint agent (e.g. whether it acts deterministically); ``wrap`` wraps each
    training env (what the policy needs to see, such as the mask in the observation).
    """
    run = experiment.run
    config = experiment.to_dict()
    resumed = start_run(out_dir, config, resume)
    torch.set_num_threads(run.torch_threads)
    set_random_seed(run.seed)
    env = make_vec_env(experiment, gamma, n_envs, wrap)
    env.seed(run.seed)
    if resumed is None:
        model = build(env)
    else:
        model = algorithm.load(out_dir / "checkpoint" / MODEL_FILE, env=env, device="cpu")
        model.set_random_seed(run.seed + model.num_timesteps)
    model.set_logger(
        Logger(str(tensorboard_dir(out_dir)), [RenamedTensorBoard(str(tensorboard_dir(out_dir)))])
    )
    commit = git_commit()

    def save() -> None:
        manifest = {
            "algorithm": experiment.algorithm,
            "name": experiment.name,
            "env_id": experiment.env.id,
            "env_kwargs": experiment.env.kwargs,
            "steps": int(model.num_timesteps),
            "files": {"model": MODEL_FILE},
            "agent": agent,
            "experiment": config,
            "commit": commit,
        }
        write_checkpoint(out_dir, lambda folder: model.save(folder / MODEL_FILE), manifest)

    start = int(model.num_timesteps)
    meta = int(experiment.env.kwargs.get("trials", 1)) > 1
    callbacks = CallbackList(
        [EpisodeCharts(meta), PeriodicCheckpoint(run.checkpoint_every, save, start)]
    )
    remaining = run.total_steps - start
    try:
        if remaining > 0:
            model.learn(
                remaining,
                callback=callbacks,
                reset_num_timesteps=False,
                progress_bar=run.progress_bar,
            )
        save()
    finally:
        env.close()
        model.logger.close()
    return out_dir / "checkpoint"
